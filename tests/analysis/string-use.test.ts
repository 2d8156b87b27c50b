import { type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { isAssertionInput, isComparedOrSearched, stringPieces } from '../../src/analysis/string-use.js';
import { runWithRule } from './helpers.js';

/** Each string literal of `code`, with what `test` says of it, in source order. */
function literalVerdicts(code: string, test: (node: TSESTree.Literal) => boolean): [string, boolean][] {
  const out: [string, boolean][] = [];
  runWithRule(code, () => ({
    Literal(node: TSESTree.Literal) {
      if (typeof node.value === 'string') out.push([node.value, test(node)]);
    },
  }));
  return out;
}

describe('isComparedOrSearched', () => {
  it('comparisons, case tests and search-method arguments', () => {
    const out = literalVerdicts(
      `
      if (key === 'a') {}
      if ('b' != key) {}
      switch (url) { case 'c': break; }
      key.startsWith('d'); url?.includes('e'); src.replace('f', 'g'); key.startsWith('h' as string);
      send('i'); const j = 'j'; key < 'k'; fn(key, 'l');
      `,
      isComparedOrSearched,
    );
    expect(out).toEqual([
      ['a', true],
      ['b', true],
      ['c', true],
      ['d', true],
      ['e', true],
      ['f', true],
      ['g', false],
      ['h', true],
      ['i', false],
      ['j', false],
      ['k', false],
      ['l', false],
    ]);
  });
});

describe('isAssertionInput', () => {
  it("arguments of assertions and of predicates; not a request's or a loader's inside an assertion (regression probe 280)", () => {
    const out = literalVerdicts(
      `
      expect(isAllowed('a')).toBe(false);
      expect(normalize(src)).not.toEqual('b');
      assert.equal(isFrame('c'), false);
      assert(!isFrame('d'));
      console.assert(isFrame('e') === false);
      expect(await checkOrigin('f')).toBeTruthy();
      if (urlAllowed('g') === true) {}
      const h = isTrustedHost('h');
      expect(load(url, 'i').length).toBe(2);
      send('j') === false;
      expect(await fetch('k')).toBeTruthy();
      assert.ok(await fetch('l'));
      if ((await loadScript('m')) === false) {}
      expect(isAllowed?.('n' as string)).toBe(true);
      t.false(validator.isSafeUrl('o'));
      `,
      isAssertionInput,
    );
    expect(out).toEqual([
      ['a', true],
      ['b', true],
      ['c', true],
      ['d', true],
      ['e', true],
      ['f', true],
      ['g', true],
      ['h', true],
      ['i', false],
      ['j', false],
      ['k', false],
      ['l', false],
      ['m', false],
      ['n', true],
      ['o', true],
    ]);
  });
});

describe('stringPieces', () => {
  it('literal and template pieces with raw offsets', () => {
    const out: unknown[] = [];
    const code = "const a = 'x\\u0041y'; const b = `p${q}r`; const c = \"plain\";";
    runWithRule(code, (context) => ({
      'Literal, TemplateLiteral'(node: TSESTree.Literal | TSESTree.TemplateLiteral) {
        for (const piece of stringPieces(node, context.sourceCode.text)) {
          out.push([piece.text, piece.raw, code.slice(piece.rawStart, piece.rawStart + (piece.raw ?? '').length), piece.leading, piece.trailing]);
        }
      },
    }));
    expect(out).toEqual([
      ['xAy', 'x\\u0041y', 'x\\u0041y', true, true],
      ['p', 'p', 'p', true, false],
      ['r', 'r', 'r', false, true],
      ['plain', 'plain', 'plain', true, true],
    ]);
  });

  it.each(['espree', 'ts'] as const)('a template in a file saved with CR LF line endings keeps its source text (%s; real-world batch DW)', (parser) => {
    const out: unknown[] = [];
    const code = 'el.innerHTML = `<div>\r\n  <input name="cvc">${x}\r\n</div>`;\r\n';
    runWithRule(
      code,
      (context) => ({
        TemplateLiteral(node: TSESTree.TemplateLiteral) {
          for (const piece of stringPieces(node, context.sourceCode.text)) out.push([piece.text, piece.raw, piece.rawStart]);
        },
      }),
      { parser },
    );
    expect(out).toEqual([
      ['<div>\n  <input name="cvc">', '<div>\r\n  <input name="cvc">', 16],
      ['\n</div>', '\r\n</div>', 47],
    ]);
  });
});
