// Exact text prefilters (string-use.ts): every way the analyses can read a word out of a file is a way the text
// spells it, and what static evaluation can compute is bounded by StaticText.
import { getStaticValue } from '@eslint-community/eslint-utils';
import { Linter } from 'eslint';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Alphabet,
  NO_STATIC_VALUE,
  sourceMaySpell,
  sourceSpellsEscaped,
  sourceSpellsPlainly,
  spellingTerm,
  STATIC_GLOBALS,
  StaticText,
} from '../../src/analysis/string-use.js';
import { resolveValue, staticPrefix, staticValue } from '../../src/analysis/values.js';
import { probeArguments } from './helpers.js';

type SourceCode = Parameters<typeof sourceMaySpell>[0];
/** `sourceMaySpell` reads only the text (and keys its per-file memo on the object). */
const source = (text: string): SourceCode => ({ text }) as SourceCode;

const VOCABULARY = ['sk_live_', 'rk_test_', 'whsec_', 'stripe', 'stripe.com', 'link.com', 'https', 'node:tls', 'NODE_TLS_REJECT_UNAUTHORIZED'];
const SEED = 20261128;

/** One character written in a JavaScript string literal so that the literal's value holds it. */
function spellCharacter(ch: string, how: number, upperHex: boolean): string {
  const code = ch.charCodeAt(0);
  const hex = (width: number): string => {
    const digits = code.toString(16).padStart(width, '0');
    return upperHex ? digits.toUpperCase() : digits;
  };
  switch (how) {
    case 1:
      return `\\x${hex(2)}`;
    case 2:
      return `\\u${hex(4)}`;
    case 3:
      return `\\u{00${hex(1)}}`;
    case 4:
      return `\\${code.toString(8).padStart(3, '0')}`; // legacy octal (sloppy-mode strings)
    case 5:
      return /[0-7bfnrtuvx]/.test(ch) ? ch : `\\${ch}`; // identity escape
    case 6:
      return `\\\n${ch}`; // a line continuation first
    case 7:
      return `\\\r\n${ch}`;
    default:
      return ch;
  }
}

const filler = fc.string({ unit: fc.constantFrom(...'abz09 ;=(){}.,/\n\t+-'.split('')), maxLength: 30 });

describe('sourceMaySpell', () => {
  it('every escaped spelling of a word inside a string literal: the value holds the word, the text passes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VOCABULARY),
        fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 30, maxLength: 30 }),
        fc.boolean(),
        fc.constantFrom("'", '"'),
        filler,
        filler,
        (word, hows, upperHex, quote, before, after) => {
          const literal = `${quote}${before.replace(/\n/g, ' ')}${[...word].map((ch, i) => spellCharacter(ch, hows[i]!, upperHex)).join('')}${quote}`;
          const value = (0, eval)(literal) as string; // sloppy mode: legacy octal escapes allowed
          expect(value).toContain(word);
          const text = `${before}\nconst x = ${literal};\n${after}`;
          expect(sourceMaySpell(source(text), [spellingTerm([word])])).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('ignoreCase: any ASCII case, escaped or not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VOCABULARY),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 30, maxLength: 30 }),
        (word, upper, hows) => {
          const cased = [...word].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join('');
          const text = `x = '${[...cased].map((ch, i) => spellCharacter(ch, hows[i]!, false)).join('')}';`;
          expect(((0, eval)(text.slice(4)) as string).toLowerCase()).toContain(word.toLowerCase());
          expect(sourceMaySpell(source(text), [spellingTerm([word], { ignoreCase: true })])).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('identifiers, JSX character references and comments', () => {
    const stripe = [spellingTerm(['stripe'], { ignoreCase: true })];
    expect(sourceMaySpell(source('const \\u0073tripe = 1;'), stripe)).toBe(true);
    expect(sourceMaySpell(source('const x = <a href="http://js.&#115;tripe.com">&#x53;TRIPE</a>;'), stripe)).toBe(true);
    expect(sourceMaySpell(source('const x = <a>&#X73;tripe</a>;'), stripe)).toBe(true);
    expect(sourceMaySpell(source('// see stripe docs'), stripe)).toBe(true);
    expect(sourceSpellsPlainly(source('const s = "\\x73tripe";'), stripe)).toBe(false);
    expect(sourceSpellsEscaped(source('const s = "\\x73tripe";'), stripe)).toBe(true);
  });

  it('text that cannot spell the word', () => {
    const key = [spellingTerm(['sk_live_'])];
    for (const text of [
      '',
      'const a = "sk_test_x"; const re = /\\d+\\.\\w/; // sk_liv e_',
      "const b = 'sk_' + 'live_';", // assembled by evaluation: not a spelling (StaticText covers these)
      'const c = "SK_LIVE_abc";', // case matters without ignoreCase
      'const d = "s\\k\\_\\l\\i\\v\\e";', // one character short
      'const e = "&#115;k_live";',
    ]) {
      expect(sourceMaySpell(source(text), key), text).toBe(false);
    }
  });

  it('terms found at the same place are all found (plain and escaped)', () => {
    const short = [spellingTerm(['stripe'], { ignoreCase: true })];
    const long = [spellingTerm(['stripe.com', 'link.com'], { ignoreCase: true })];
    const plain = source("fetch('http://stripe.com/x')");
    expect([sourceMaySpell(plain, short), sourceMaySpell(plain, long)]).toEqual([true, true]);
    const escaped = source("fetch('http://\\x73tripe.com/x')");
    expect([sourceMaySpell(escaped, long), sourceMaySpell(escaped, short)]).toEqual([true, true]);
  });
});

describe('Alphabet', () => {
  it('letters in either case on one bit, a bit for non-ASCII text', () => {
    const alphabet = new Alphabet('sk_');
    expect(alphabet.of('xyz')).toBe(0);
    expect(alphabet.of('SK')).toBe(alphabet.of('sk'));
    expect(alphabet.covers(alphabet.of('task_'), 'sk_')).toBe(true);
    expect(alphabet.covers(alphabet.of('ask'), 'sk_')).toBe(false);
    expect(alphabet.of('ſ') & alphabet.nonAscii).toBe(alphabet.nonAscii);
    expect(alphabet.of(`${'x'.repeat(100)}_K`)).toBe(alphabet.of('k_'));
    expect(() => new Alphabet('é')).toThrow();
  });
});

// ---------------------------------------------------------------------------------------------------------------
// StaticText: a superset of what getStaticValue (staticValue) and staticPrefix(resolveValue) can compute.

const ALPHABET = new Alphabet('skrp_livetwhc');
const FRAGMENTS = ["'sk_li'", "'ve_51Hq8ZtLkR2vN7mWxP4bYc9Dq'", "'sk'", "'_'", "'live_'", "'k_live'", "'ve_'", "'51Hq8ZtLkR2vN7mWxP4bYc9Dq'", "'Bearer '", "'SK_LIVE_'", "'ſk'", "'x'", "''", '1', '0.5', 'true', 'null'];
const NAMES = ['a', 'b', 'c'];

const expression: fc.Memo<string> = fc.memo((depth) => {
  const leaf = fc.oneof(
    fc.constantFrom(...FRAGMENTS),
    fc.constantFrom(...NAMES, 'param', 'undefined', 'Math.PI', 'String.name', 'this.k'),
    fc.constant("'sk_li' + 've_51Hq8ZtLkR2vN7mWxP4bYc9Dq'"),
  );
  if (depth <= 1) return leaf;
  const sub = expression(depth - 1);
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    fc.tuple(sub, sub).map(([x, y]) => `${x} + ${y}`),
    fc.tuple(sub, sub).map(([x, y]) => `\`\${${x}}-\${${y}}\``),
    fc.tuple(sub, sub, sub).map(([x, y, z]) => `[${x}, ${y}].join(${z})`),
    sub.map((x) => `(${x}).toUpperCase()`),
    sub.map((x) => `(${x}).toLowerCase()`),
    sub.map((x) => `String(${x}).slice(1)`),
    sub.map((x) => `({ k: ${x} }).k`),
    sub.map((x) => `[${x}][0]`),
    fc.tuple(sub, sub, sub).map(([x, y, z]) => `(${x} ? ${y} : ${z})`),
    fc.tuple(sub, sub).map(([x, y]) => `(${x} || ${y})`),
    sub.map((x) => `typeof ${x}`),
    fc.constant('String.fromCharCode(115, 107)'),
    fc.constant("decodeURIComponent('%73k')"),
    fc.constant('(25).toString(36)'),
    sub.map((x) => `(${x}).normalize('NFKC')`),
    sub.map((x) => `(${x}).constructor.name`),
  );
});

const program = fc
  .record({
    inits: fc.array(expression(3), { minLength: 3, maxLength: 3 }),
    kinds: fc.array(fc.constantFrom('const', 'let', 'var'), { minLength: 3, maxLength: 3 }),
    reassign: fc.boolean(),
    shadow: expression(2),
    probes: fc.array(expression(4), { minLength: 1, maxLength: 3 }),
  })
  .map(({ inits, kinds, reassign, shadow, probes }) =>
    [
      ...NAMES.map((name, i) => `${kinds[i]} ${name} = ${inits[i]};`),
      reassign ? 'b = "sk_";' : '',
      ...probes.map((p) => `probe(${p});`),
      `function f(param) { const a = ${shadow}; ${probes.map((p) => `probe(${p});`).join(' ')} }`,
      `class K { m() { ${probes.map((p) => `probe(${p});`).join(' ')} } }`,
    ].join('\n'),
  );

describe('StaticText', () => {
  it('holds every character of every static value and static prefix (random programs)', () => {
    const tally = { strings: 0, keys: 0, prefixes: 0 };
    fc.assert(
      fc.property(program, (code) => {
        probeArguments(
          code,
          (node, sourceCode) => {
            const text = new StaticText(sourceCode, ALPHABET);
            const value = staticValue(node, sourceCode);
            const characters = text.characters(node);
            if (value !== undefined) expect(characters, `${code}\n${sourceCode.getText(node)}`).not.toBe(NO_STATIC_VALUE);
            if (typeof value === 'string') {
              tally.strings++;
              if (value.includes('sk_live_')) tally.keys++;
              expect(ALPHABET.of(value) & ~characters, `${code}\n${sourceCode.getText(node)} = ${value}`).toBe(0);
            }
            const prefix = staticPrefix(resolveValue(node, sourceCode), sourceCode);
            if (prefix) tally.prefixes++;
            if (prefix) expect(ALPHABET.of(prefix.text) & ~text.prefixCharacters(node), `${code}\n${sourceCode.getText(node)}`).toBe(0);
          },
          { parser: 'espree', filename: 'file.js' },
        );
      }),
      { seed: SEED, numRuns: 250 },
    );
    // The generator reaches static strings, keys assembled from pieces, and prefixes.
    expect(tally.strings).toBeGreaterThan(200);
    expect(tally.keys).toBeGreaterThan(50);
    expect(tally.prefixes).toBeGreaterThan(200);
  }, 30_000); // 250 programs parsed and scoped: some 6 s on a busy machine

  it('evaluates names from the evaluated expression’s scope, as getStaticValue does', () => {
    // getStaticValue evaluates a module const's initialiser from the function's scope, where `a` is shadowed.
    const code = "const a = 'x'; const b = a + '_live_'; function f() { const a = 'sk'; probe(b + '51Hq8ZtLkR2vN7mWxP4bYc9Dq'); }";
    const [result] = probeArguments(code, (node, sourceCode) => [staticValue(node, sourceCode), new StaticText(sourceCode, ALPHABET).characters(node)] as const);
    expect(result![0]).toBe('sk_live_51Hq8ZtLkR2vN7mWxP4bYc9Dq');
    expect(ALPHABET.covers(result![1], 'sk_live_')).toBe(true);
  });

  it('rules out what cannot be static or cannot hold the characters', () => {
    const code = `
      function f(param) { probe('Error: ' + param); probe(this.k + 'sk_live_'); }
      const count = 1; probe(count + 1); probe('path/' + count);
      const key = ['sk', 'live', '51Hq8ZtLkR2vN7mWxP4bYc9Dq'].join('_'); probe('Bearer ' + key);
    `;
    const out = probeArguments(code, (node, sourceCode) => new StaticText(sourceCode, ALPHABET).characters(node));
    expect(out.slice(0, 2)).toEqual([NO_STATIC_VALUE, NO_STATIC_VALUE]);
    expect(out.slice(2, 4).map((mask) => ALPHABET.covers(mask, 'sk_live_'))).toEqual([false, false]);
    expect(ALPHABET.covers(out[4]!, 'sk_live_')).toBe(true);
  });
});

describe('STATIC_GLOBALS', () => {
  it('holds every global that getStaticValue evaluates', () => {
    const names = [...new Set([...Object.getOwnPropertyNames(globalThis), ...Object.getOwnPropertyNames(Object.prototype)])].filter((name) =>
      /^[A-Za-z_$][\w$]*$/.test(name),
    );
    const evaluated: string[] = [];
    const linter = new Linter();
    const rule = {
      meta: { type: 'problem' as const, schema: [] },
      create: (context: { sourceCode: { getScope(node: unknown): unknown } }) => ({
        'CallExpression > Identifier.arguments'(node: { name: string }) {
          const result = getStaticValue(node as never, context.sourceCode.getScope(node) as never);
          if (result && result.value !== undefined) evaluated.push(node.name);
        },
      }),
    };
    linter.verify(names.map((name) => `probe(${name});`).join('\n'), {
      plugins: { p: { rules: { r: rule } } },
      rules: { 'p/r': 'error' },
      languageOptions: { sourceType: 'script', globals: Object.fromEntries(names.map((name) => [name, 'readonly'])) },
    } as never);
    expect(evaluated.length).toBeGreaterThan(10);
    expect(evaluated.filter((name) => !STATIC_GLOBALS.has(name))).toEqual([]);
  });
});
