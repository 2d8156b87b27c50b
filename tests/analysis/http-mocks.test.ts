import { type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { isHttpMockMatcher } from '../../src/analysis/http-mocks.js';
import { runWithRule, type RunOptions } from './helpers.js';

/** `[string value, isHttpMockMatcher]` for every string literal and template of `code`. */
function matchers(code: string, options?: RunOptions): [string, boolean][] {
  const out: [string, boolean][] = [];
  runWithRule(
    code,
    (context) => ({
      Literal(node: TSESTree.Literal) {
        if (typeof node.value === 'string' && node.parent.type !== 'ImportDeclaration') {
          out.push([node.value, isHttpMockMatcher(node, context.sourceCode)]);
        }
      },
      TemplateLiteral(node: TSESTree.TemplateLiteral) {
        out.push([node.quasis.map((q) => q.value.raw).join('${}'), isHttpMockMatcher(node, context.sourceCode)]);
      },
    }),
    options,
  );
  return out;
}

describe('isHttpMockMatcher', () => {
  it('nock through require and import, first argument only', () => {
    expect(
      matchers(
        `
        const nock = require('nock');
        nock('http://a').get('/test').reply(200, 'b');
        nock('http://c', { reqheaders: { d: 'e' } });
        `,
        { parser: 'espree' },
      ).filter(([value]) => value !== 'nock'),
    ).toEqual([
      ['http://a', true],
      ['/test', false],
      ['b', false],
      ['http://c', true],
      ['e', false],
    ]);
    expect(matchers(`import nock from 'nock'; nock(\`http://f/\${id}\`); nock('http://g' as string);`)).toEqual([
      ['http://f/${}', true],
      ['http://g', true],
    ]);
  });

  it('msw http / rest handlers and fetch-mock methods', () => {
    expect(
      matchers(`
        import { http, rest as legacy } from 'msw';
        import fetchMock from 'fetch-mock';
        http.post('http://a', resolver); legacy.get('http://b', resolver); http.use('http://c');
        fetchMock.getOnce('http://d', {}); fetchMock.route('http://e', 200); fetchMock.called('http://f');
      `),
    ).toEqual([
      ['http://a', true],
      ['http://b', true],
      ['http://c', false],
      ['http://d', true],
      ['http://e', true],
      ['http://f', false],
    ]);
  });

  it('a const read only by mock calls; not when exported, reassigned or read elsewhere', () => {
    expect(
      matchers(`
        import nock from 'nock';
        const A = 'http://a'; nock(A); nock(A).get('/x');
        const B = 'http://b'; nock(B); fetch(B);
        export const C = 'http://c'; nock(C);
        let D = 'http://d'; nock(D); D = other;
        const E = 'http://e';
      `).filter(([value]) => value.startsWith('http')),
    ).toEqual([
      ['http://a', true],
      ['http://b', false],
      ['http://c', false],
      ['http://d', false],
      ['http://e', false],
    ]);
  });

  it('a function merely named like the library, or an unresolved global, is not a mock', () => {
    expect(
      matchers(`
        function nock(url: string) { return fetch(url); }
        nock('http://a');
        fetchMock.get('http://b');
        http.get('http://c');
      `),
    ).toEqual([
      ['http://a', false],
      ['http://b', false],
      ['http://c', false],
    ]);
  });

  it('does not crash on spreads, computed members and optional calls', () => {
    expect(
      matchers(`
        import nock from 'nock';
        import { http } from 'msw';
        nock(...origins); http[method]('http://a'); nock?.('http://b'); (0, nock)('http://c');
        const { x = 'http://d' } = opts;
      `),
    ).toEqual([
      ['http://a', false],
      ['http://b', true],
      ['http://c', false],
      ['http://d', false],
    ]);
  });
});
