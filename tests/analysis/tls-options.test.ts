import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceMaySpell } from '../../src/analysis/string-use.js';
import { isProxyRequestOptions, tlsGlobalSettingOf, tlsOptionsOf, TLS_MODULES, TLS_SPECIFIER_TERMS } from '../../src/analysis/tls-options.js';
import { runWithRule, type RunOptions } from './helpers.js';

/** `via/role@line:column-of-options` for every TLS options site of every call / new in `code`. */
function sites(code: string, options?: RunOptions): string[] {
  const out: string[] = [];
  const visit = (context: { sourceCode: never }) => (node: TSESTree.CallExpression | TSESTree.NewExpression) => {
    for (const site of tlsOptionsOf(node, context.sourceCode)) {
      out.push(`${site.via}/${site.role}@${site.options.loc.start.line}:${site.options.loc.start.column}`);
    }
  };
  runWithRule(code, (context) => ({ CallExpression: visit(context as never), NewExpression: visit(context as never) }), options);
  return out;
}

describe('tlsOptionsOf', () => {
  it('https request / get / Agent / createServer, every import form', () => {
    expect(
      sites(`
import https, { Agent } from 'node:https';
https.request('https://api.stripe.com', { minVersion: 'TLSv1' }, cb);
https.get({ host: 'x' });
new Agent({ rejectUnauthorized: false });
https.createServer({ minVersion: 'TLSv1' }, app);
      `),
    ).toEqual([
      'https.request/client@3:14',
      'https.request/client@3:40',
      'https.get/client@4:10',
      'https.Agent/client@5:10',
      'https.createServer/server@6:19',
    ]);
  });

  it('tls connect / createSecureContext / TLSSocket / servers, http2', () => {
    expect(
      sites(
        `
const tls = require('tls');
const http2 = require('node:http2');
tls.connect(443, 'api.stripe.com', { rejectUnauthorized: false });
tls.createSecureContext({ minVersion: 'TLSv1' });
new tls.TLSSocket(socket, { minVersion: 'TLSv1' });
http2.connect('https://api.stripe.com', { rejectUnauthorized: false });
http2.createSecureServer({ minVersion: 'TLSv1' });
      `,
        { parser: 'espree', filename: 'a.cjs' },
      ),
    ).toEqual([
      'tls.connect/client@4:12',
      'tls.connect/client@4:17',
      'tls.connect/client@4:35',
      'tls.createSecureContext/context@5:24',
      'tls.TLSSocket/context@6:26',
      'http2.connect/client@7:40',
      'http2.createSecureServer/server@8:25',
    ]);
  });

  it('undici dispatchers: connect / requestTls / proxyTls sub-objects, through consts', () => {
    expect(
      sites(`
import { Agent, Pool, ProxyAgent, buildConnector } from 'undici';
const connect = { rejectUnauthorized: false };
new Agent({ connect });
new Pool('https://api.stripe.com', { connect: { minVersion: 'TLSv1' } });
new ProxyAgent({ uri: proxy, requestTls: { rejectUnauthorized: false }, proxyTls: {} });
buildConnector({ rejectUnauthorized: false });
new Agent({ keepAliveTimeout: 10 });
      `),
    ).toEqual([
      'undici.Agent connect/client@4:12',
      'undici.Pool connect/client@5:46',
      'undici.ProxyAgent requestTls/client@6:41',
      'undici.ProxyAgent proxyTls/client@6:82',
      'undici.buildConnector/client@7:15',
    ]);
  });

  it('got https options on the function, its methods and extend', () => {
    expect(
      sites(`
import got from 'got';
await got('https://api.stripe.com', { https: { rejectUnauthorized: false } });
got.post(url, { https: { minVersion: 'TLSv1' }, json: {} });
const client = got.extend({ https: { rejectUnauthorized: false } });
got(url, { timeout: 10 });
      `),
    ).toEqual(['got https/client@3:45', 'got.post https/client@4:23', 'got.extend https/client@5:35']);
  });

  it('look-alikes are not sinks: http.Agent, axios options, unknown modules, locals, unknown callees', () => {
    expect(
      sites(`
import http from 'http';
import axios from 'axios';
import { request } from './my-https';
new http.Agent({ rejectUnauthorized: false });
axios.get(url, { rejectUnauthorized: false });
request({ rejectUnauthorized: false });
const https = { request() {} };
https.request({ rejectUnauthorized: false });
client.connect({ rejectUnauthorized: false });
      `),
    ).toEqual([]);
  });
});

describe('isProxyRequestOptions', () => {
  it("express-http-proxy's decorator's first parameter, the decorator written in place on a call of the module's export", () => {
    const out: string[] = [];
    runWithRule(
      `import proxy from 'express-http-proxy';
      import other from './proxy';
      proxy(host, { proxyReqOptDecorator(a) { a.x = 1; } });
      proxy(host, { proxyReqOptDecorator: (b, req) => { b.x = req; } });
      proxy(host, { userResDecorator(c) { c.x = 1; } });
      other(host, { proxyReqOptDecorator(d) { d.x = 1; } });`,
      (context) => ({
        AssignmentExpression(node: TSESTree.AssignmentExpression) {
          const object = (node.left as TSESTree.MemberExpression).object as TSESTree.Identifier;
          if (isProxyRequestOptions(object, context.sourceCode as never)) out.push(object.name);
        },
      }),
    );
    expect(out).toEqual(['a', 'b']);
  });
});

describe('tlsGlobalSettingOf', () => {
  it('tls defaults and the https global agent', () => {
    const out: (string | null)[] = [];
    runWithRule(
      `
import tls from 'tls';
import * as https from 'https';
tls.DEFAULT_MIN_VERSION = 'TLSv1';
tls.DEFAULT_MAX_VERSION = 'TLSv1.3';
https.globalAgent.options.rejectUnauthorized = false;
tls.DEFAULT_CIPHERS = 'x';
other.DEFAULT_MIN_VERSION = 'TLSv1';
(https.globalAgent.options as https.AgentOptions).minVersion = 'TLSv1.1';
const key = 'rejectUnauthorized';
https.globalAgent['options'][key] = false;
config.options.rejectUnauthorized = false;
https.globalAgent.maxSockets = 10;
      `,
      (context) => ({
        AssignmentExpression(node: TSESTree.AssignmentExpression) {
          if (node.left.type !== AST_NODE_TYPES.MemberExpression) return;
          const setting = tlsGlobalSettingOf(node.left, context.sourceCode);
          out.push(setting ? `${setting.via}:${setting.option}/${setting.role}` : null);
        },
      }),
    );
    expect(out).toEqual([
      'tls.DEFAULT_MIN_VERSION:DEFAULT_MIN_VERSION/context',
      'tls.DEFAULT_MAX_VERSION:DEFAULT_MAX_VERSION/context',
      'https.globalAgent.options:rejectUnauthorized/client',
      null,
      null,
      'https.globalAgent.options:minVersion/client',
      'https.globalAgent.options:rejectUnauthorized/client',
      null,
      null,
    ]);
  });
});

describe('TLS_SPECIFIER_TERMS (exact text condition for TLS sinks)', () => {
  const source = (text: string): Parameters<typeof sourceMaySpell>[0] => ({ text }) as Parameters<typeof sourceMaySpell>[0];
  const spell = (ch: string, how: number): string =>
    how === 1 ? `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}` : how === 2 ? `\\u{${ch.charCodeAt(0).toString(16)}}` : how === 3 ? `\\${ch.charCodeAt(0).toString(8)}` : ch;

  it('every specifier moduleRefOf resolves to a TLS module, in any import form and spelling: the file text passes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TLS_MODULES),
        fc.boolean(),
        fc.constantFrom("'", '"'),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 12, maxLength: 12 }),
        fc.constantFrom((s: string) => `import x from ${s};`, (s: string) => `const x = require(${s});`, (s: string) => `const x = await import(${s});`, (s: string) => `import x = require(${s});`),
        (name, prefixed, quote, hows, form) => {
          const specifier = `${prefixed ? 'node:' : ''}${name}`;
          const literal = `${quote}${[...specifier].map((ch, i) => spell(ch, hows[i]!)).join('')}${quote}`;
          expect((0, eval)(literal)).toBe(specifier);
          const code = `${form(literal)}\nx.request({ rejectUnauthorized: false });`;
          expect(sourceMaySpell(source(code), TLS_SPECIFIER_TERMS)).toBe(true);
        },
      ),
      { seed: 20261128, numRuns: 200 },
    );
  });

  it('names that are not TLS specifiers', () => {
    for (const text of ["import https from 'https-proxy-agent';", "const got = require('./got');", '// uses https://example.com and tls', "import { Agent } from 'http';"]) {
      expect(sourceMaySpell(source(text), TLS_SPECIFIER_TERMS), text).toBe(false);
    }
  });
});
