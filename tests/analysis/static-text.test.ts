import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsText, identifierEscapesSpell, sourceRangeOf, staticTextPieces, type StaticText } from '../../src/analysis/static-text.js';
import { probeArguments, type RunOptions } from './helpers.js';

type Probed = { text: string; complete: boolean; mapped: (string | null)[] } | null;

/** For each `probe(x)`: the pieces' text, completeness, and the source text each positioned piece maps to. */
const probe = (code: string, options: RunOptions = {}): Probed[] =>
  probeArguments(
    code,
    (node, sourceCode) => {
      const result = staticTextPieces(node, sourceCode);
      return (
        result && {
          text: result.text,
          complete: result.complete,
          mapped: result.pieces.map((p) => (p.start === null ? null : code.slice(p.start, p.start + p.text.length))),
        }
      );
    },
    options,
  );

describe('staticTextPieces', () => {
  it('literals, templates, concatenation and consts keep their source positions', () => {
    expect(
      probe(`
        const base = 'https://js.stripe.com/';
        probe('https://js.stripe.com/v2/');
        probe(\`https://js.stripe.com/v1/\`);
        probe(base + 'v2/');
        probe(\`\${base}v2/\`);
        probe("https://checkout.stripe.com/checkout.js" as string);
      `),
    ).toEqual([
      { text: 'https://js.stripe.com/v2/', complete: true, mapped: ['https://js.stripe.com/v2/'] },
      { text: 'https://js.stripe.com/v1/', complete: true, mapped: ['https://js.stripe.com/v1/'] },
      { text: 'https://js.stripe.com/v2/', complete: true, mapped: ['https://js.stripe.com/', 'v2/'] },
      { text: 'https://js.stripe.com/v2/', complete: true, mapped: ['https://js.stripe.com/', 'v2/'] },
      { text: 'https://checkout.stripe.com/checkout.js', complete: true, mapped: ['https://checkout.stripe.com/checkout.js'] },
    ]);
  });

  it('unknown parts end the text (a prefix); escapes lose the position, not the text', () => {
    expect(
      probe(`
        let changing = 'a'; changing = other();
        probe(\`https://js.stripe.com/v2/?v=\${version}&x=1\`);
        probe('https://js.stripe.com/' + changing);
        probe('https:\\/\\/js.stripe.com/v2/');
        probe(unknown);
        probe(1 + 2 + 'px');
        probe(42);
      `),
    ).toEqual([
      { text: 'https://js.stripe.com/v2/?v=', complete: false, mapped: ['https://js.stripe.com/v2/?v='] },
      { text: 'https://js.stripe.com/', complete: false, mapped: ['https://js.stripe.com/'] },
      { text: 'https://js.stripe.com/v2/', complete: true, mapped: [null] },
      null,
      { text: '3px', complete: true, mapped: [null, 'px'] },
      { text: '42', complete: true, mapped: [null] },
    ]);
  });

  it('works with espree', () => {
    expect(probe(`const v = 'v1/'; probe('https://js.stripe.com/' + v);`, { parser: 'espree' })).toEqual([
      { text: 'https://js.stripe.com/v1/', complete: true, mapped: ['https://js.stripe.com/', 'v1/'] },
    ]);
  });
});

describe('sourceRangeOf', () => {
  const pieces: StaticText = {
    text: 'https://js.stripe.com/v2/',
    complete: true,
    pieces: [
      { text: 'https://js.stripe.com/', start: 100 },
      { text: 'v2/', start: null },
    ],
  };
  it('maps a span inside one positioned piece', () => expect(sourceRangeOf(pieces, 8, 21)).toEqual([108, 121]));
  it('refuses spans across pieces or in unpositioned pieces', () => {
    expect(sourceRangeOf(pieces, 0, 25)).toBeNull();
    expect(sourceRangeOf(pieces, 22, 25)).toBeNull();
  });
});

describe('containsText', () => {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  /** Text that often holds the needle, in mixed case, next to near misses and non-ASCII letters (ſ, K, İ). */
  const arbitrary = (needle: string) =>
    fc
      .array(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.constantFrom(needle, needle.toUpperCase(), needle.slice(1), needle.slice(0, -1), 'ſ', '\u212a', 'İ', '-'),
          fc.array(fc.boolean(), { minLength: needle.length, maxLength: needle.length }).map((up) => [...needle].map((c, i) => (up[i] ? c.toUpperCase() : c)).join('')),
        ),
        { maxLength: 6 },
      )
      .map((parts) => parts.join(''));

  it.each(['stripe', 'content-security-policy', 'helmet', '.payment', 'yment', 'x'])('answers as includes and /%s/i do', (needle) => {
    fc.assert(
      fc.property(arbitrary(needle), (text) => {
        expect(containsText(text, needle)).toBe(text.includes(needle));
        expect(containsText(text, needle, true)).toBe(new RegExp(escape(needle), 'i').test(text));
      }),
      { numRuns: 3000, seed: 9 },
    );
  });

  it('finds needles at the edges of the text', () => {
    expect(containsText('stripe', 'stripe', true)).toBe(true);
    expect(containsText('STRIPE', 'stripe', true)).toBe(true);
    expect(containsText('STRIPE', 'stripe')).toBe(false);
    expect(containsText('tripe', 'stripe', true)).toBe(false);
    expect(containsText('', 'stripe')).toBe(false);
    expect(containsText('anything', '')).toBe(true);
  });
});

describe('identifierEscapesSpell', () => {
  const NAMES = new Set(['constructEvent', 'data']);
  /** An identifier spelling of `word` with some characters as `\u` escapes. */
  const escapedIdentifier = (word: string) =>
    fc
      .tuple(...[...word].map((ch) => fc.constantFrom(ch, `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`, `\\u{${ch.charCodeAt(0).toString(16)}}`)))
      .map((chars) => chars.join(''))
      .filter((spelled) => spelled.includes('\\u'));

  it.each([...NAMES])('finds %s written with identifier escapes, whatever surrounds it', (word) => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), escapedIdentifier(word), fc.constantFrom(' ', '.', '(', '\n'), fc.string({ unit: 'binary' }), (before, spelled, edge, after) => {
        expect(identifierEscapesSpell(`${before}${edge}${spelled}${edge === '(' ? ')' : edge}${after}`, NAMES)).toBe(true);
      }),
      { numRuns: 2000, seed: 21 },
    );
  });

  it('reads whole identifiers only', () => {
    expect(identifierEscapesSpell(String.raw`stripe.webhooks.\u0063onstructEvent(body, sig, secret)`, NAMES)).toBe(true);
    expect(identifierEscapesSpell(String.raw`const d\u0061tum = 1; x.\u{64}ata.object`, NAMES)).toBe(true);
    expect(identifierEscapesSpell(String.raw`const d\u0061tum = 1; x.\u0063onstructEvents()`, NAMES)).toBe(false);
    expect(identifierEscapesSpell('no escapes: constructEvent(data)', NAMES)).toBe(false);
  });

  /**
   * The first implementation, kept as the model: for each escape, every start up to 400 characters before it whose
   * identifier run reaches it, decoded. Quadratic in a run's length; it also reads names that start inside an escape
   * (`u0061…`), which `NAMES_FOR_MODEL` avoids (no name starts with `u` or a hex digit).
   */
  const model = (text: string, names: ReadonlySet<string>): boolean => {
    for (let at = text.indexOf('\\u'); at >= 0; at = text.indexOf('\\u', at + 1)) {
      let first = at;
      while (first > 0 && at - first < 400 && /[A-Za-z0-9_$\\{}]/.test(text[first - 1]!)) first--;
      for (let start = first; start <= at; start++) {
        const run = /(?:[A-Za-z0-9_$]|\\u[0-9a-fA-F]{4}|\\u\{[0-9a-fA-F]+\})*/y;
        run.lastIndex = start;
        const match = run.exec(text)!;
        if (start + match[0].length <= at) continue;
        const name = match[0].replace(/\\u(?:([0-9a-fA-F]{4})|\{([0-9a-fA-F]+)\})/g, (_, four?: string, braced?: string) =>
          String.fromCodePoint(parseInt(four ?? braced!, 16)),
        );
        if (names.has(name)) return true;
      }
    }
    return false;
  };
  const NAMES_FOR_MODEL = new Set(['stripe', 'require', 'sig', 'si']);

  it('answers as the first, quadratic implementation did', () => {
    const piece = fc.constantFrom(
      's', 't', 'r', 'i', 'p', 'e', 'q', 'u', 'g', '1', '$', '_', '.', ' ', '(', '\\', '{', '}', '"', '\\u0073', '\\u{73}', '\\u0069',
      '\\u{069}', '\\u0065', '\\u{72}', '\\u0067', '\\u00', '\\u{', '\\u{zz}',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(identifierEscapesSpell(text, NAMES_FOR_MODEL)).toBe(model(text, NAMES_FOR_MODEL));
      }),
      { numRuns: 5000, seed: 19 },
    );
  });

  it('reads escapes past U+10FFFF (in a comment or string) as no character instead of throwing', () => {
    expect(identifierEscapesSpell(String.raw`// \u{110000}data and \u{FFFFFFFF}`, NAMES)).toBe(false);
    expect(identifierEscapesSpell(String.raw`// \u{110000}\u0064ata`, NAMES)).toBe(true);
  });

  it('is linear in runs of escapes (a minified locale bundle: 20,000 escapes in runs of 400)', () => {
    const run = Array.from({ length: 400 }, (_, i) => `\\u${(0x430 + (i % 32)).toString(16).padStart(4, '0')}`).join('');
    const text = Array.from({ length: 50 }, (_, i) => `m${i}:"${run}",`).join('');
    const started = performance.now();
    expect(identifierEscapesSpell(text, NAMES)).toBe(false);
    // The first implementation took over four minutes on this text (252 s); this one takes a few milliseconds.
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
