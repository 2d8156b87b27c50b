import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isProcessEnvMember, mayImportModule, moduleRefOf } from '../../src/analysis/modules.js';
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

/** `mayImportModule` on the SourceCode of `code`. */
function mayImport(code: string, modules: readonly string[]): boolean {
  let result: boolean | null = null;
  runWithRule(code, (context) => {
    result = mayImportModule(context.sourceCode, modules);
    return {};
  });
  return result!;
}

/** Spell `text` as a string literal's raw body, escaping the characters picked by `escapes` (one flag per char). */
function spell(text: string, escapes: readonly number[]): string {
  return [...text]
    .map((char, i) => {
      const code = char.charCodeAt(0);
      switch (escapes[i % escapes.length]) {
        case 1:
          return `\\x${code.toString(16).padStart(2, '0')}`;
        case 2:
          return `\\u${code.toString(16).padStart(4, '0')}`;
        case 3:
          return `\\u{${code.toString(16)}}`;
        case 4:
          return /[a-z]/.test(char) && !'nrtbfvxu'.includes(char) ? `\\${char}` : char; // identity escape
        default:
          return char;
      }
    })
    .join('');
}

describe('mayImportModule', () => {
  const TLS = ['https', 'tls', 'http2', 'undici', 'got'];

  it('finds imports, requires and dynamic imports of the modules, with or without node:', () => {
    expect(mayImport(`import https from 'node:https';`, TLS)).toBe(true);
    expect(mayImport(`const { connect } = require("tls");`, TLS)).toBe(true);
    expect(mayImport('const { Agent } = await import(`undici`);', TLS)).toBe(true);
    expect(mayImport(`import got = require('got');`, TLS)).toBe(true);
  });

  it('decodes escaped specifiers', () => {
    expect(mayImport(`const https = require('\\x68ttps');`, TLS)).toBe(true);
    expect(mayImport(`const tls = require('node:\\u0074ls');`, TLS)).toBe(true);
    expect(mayImport(`const tls = require('\\u{74}l\\s');`, TLS)).toBe(true);
  });

  it('is false when no specifier can name the modules', () => {
    // Words in comments, URLs, other packages and sub-paths are not specifiers of these modules.
    expect(mayImport(`// see https://stripe.com/docs/tls\nimport axios from 'axios';\nconst url = 'https://api.stripe.com';`, TLS)).toBe(false);
    expect(mayImport(`import { HttpsProxyAgent } from 'https-proxy-agent';\nimport got from 'got/dist/source';`, TLS)).toBe(false);
    expect(mayImport(`const nl = '\\n'; const re = /\\x68ttps/; const t = '\\x74l';`, TLS)).toBe(false);
  });

  it('admits every spelling of every module in any surrounding code (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TLS),
        fc.boolean(),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom("'", '"', '`'),
        fc.constantFrom('import x from {}', 'const x = require({})', 'const x = await import({})', 'import x = require({})'),
        fc.string({ unit: fc.constantFrom('a', ' ', '\\', "'", '"', '\n', 'x', '1', '/', '*', ':'), maxLength: 40 }),
        (name, prefixed, escapes, quote, form, noise) => {
          // Declarations take string literals only; require() and import() take templates too.
          const q = quote === '`' && form.startsWith('import x') ? "'" : quote;
          const specifier = q + spell(prefixed ? `node:${name}` : name, escapes) + q;
          const code = `${form.replace('{}', specifier)};\n/* ${noise.replace(/\*\//g, '')} */`;
          expect(mayImport(code, TLS)).toBe(true);
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });
});
