import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { isProcessEnvMember, moduleRefOf } from '../../src/analysis/modules.js';
import { runWithRule, type RunOptions } from './helpers.js';

/** `module:path` of every `probe(expr)` argument, or null. */
function probe(code: string, options?: RunOptions): (string | null)[] {
  const out: (string | null)[] = [];
  runWithRule(
    code,
    (context) => ({
      CallExpression(node: TSESTree.CallExpression) {
        if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'probe' && node.arguments[0]) {
          const ref = moduleRefOf(node.arguments[0], context.sourceCode);
          out.push(ref ? [ref.module, ...ref.path].join(':') : null);
        }
      },
    }),
    options,
  );
  return out;
}

describe('moduleRefOf', () => {
  it('ESM default, namespace, named and aliased imports; node: prefix', () => {
    expect(
      probe(`
        import https from 'node:https';
        import * as tls from 'tls';
        import { request, Agent as HttpsAgent } from 'https';
        import got from 'got';
        probe(https.request); probe(tls.connect); probe(request); probe(HttpsAgent); probe(got); probe(got.post);
      `),
    ).toEqual(['https:request', 'tls:connect', 'https:request', 'https:Agent', 'got', 'got:post']);
  });

  it('CommonJS require, destructuring with renames and defaults, .default, direct member', () => {
    expect(
      probe(
        `
        const https = require('https');
        const { Agent: A, connect = null } = require('node:tls');
        const got = require('got').default;
        const req = require('https').request;
        probe(https.get); probe(A); probe(connect); probe(got); probe(req); probe(require('undici').Agent);
      `,
        { parser: 'espree', filename: 'a.cjs' },
      ),
    ).toEqual(['https:get', 'tls:Agent', 'tls:connect', 'got', 'https:request', 'undici:Agent']);
  });

  it('import = require, await import, const aliases, computed static members', () => {
    expect(
      probe(
        `
        import https = require('https');
        const alias = https;
        probe(alias['Agent']);
        async function f() { const tls = await import('tls'); probe(tls.connect); }
      `,
        { filename: 'a.ts' },
      ),
    ).toEqual(['https:Agent', 'tls:connect']);
  });

  it('unknown shapes are null: parameters, reassigned lets, unknown computed members, locals', () => {
    expect(
      probe(`
        import https from 'https';
        function f(mod) { probe(mod.request); }
        let h = https; h = other;
        probe(h.request); probe(https[name]); probe(localThing.request);
      `),
    ).toEqual([null, null, null, null]);
  });
});

describe('isProcessEnvMember', () => {
  const check = (code: string, options?: RunOptions): boolean[] => {
    const out: boolean[] = [];
    runWithRule(
      code,
      (context) => ({
        AssignmentExpression(node: TSESTree.AssignmentExpression) {
          out.push(isProcessEnvMember(node.left, 'NODE_TLS_REJECT_UNAUTHORIZED', context.sourceCode));
        },
      }),
      options,
    );
    return out;
  };

  it('global process, bracket access, imported process / env', () => {
    expect(check(`process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;`)).toEqual([true, true]);
    expect(check(`import process from 'node:process'; process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';`)).toEqual([true]);
    expect(check(`import { env } from 'process'; env.NODE_TLS_REJECT_UNAUTHORIZED = '0';`)).toEqual([true]);
  });

  it('a local named process, other variables, other names', () => {
    expect(
      check(`
        function f(process) { process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; }
        config.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
        process.env.OTHER = '0';
      `),
    ).toEqual([false, false, false]);
  });
});
