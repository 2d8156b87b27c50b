// Fast fixed-word search for text prefilters (text-search.ts): the same answers as plain containment.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseFreeWordsFinder, textFinder } from '../../src/analysis/text-search.js';

const SEED = 20261128;

describe('textFinder', () => {
  // Word lists shaped like the plugin's terms: one word, a few sharing an anchor, a dozen (regular expression), any case.
  const LISTS: ReadonlyArray<{ words: string[]; ignoreCase: boolean }> = [
    { words: ['k_', 'whsec', "'sk'", '"rk"', '`sk`'], ignoreCase: false },
    { words: ['sk_live_', 'rk_test_', 'whsec_'], ignoreCase: false },
    { words: ['NODE_TLS_REJECT_UNAUTHORIZED'], ignoreCase: false },
    { words: ["'https'", '"tls"', '`got`', "'node:https'", '"node:tls"', "'undici'", '"http2"', "'got'", '"undici"', '`tls`'], ignoreCase: false },
    { words: ['k', 'wh', "'tls'", '"got"', 'x_', 'sk_live_', "'sk'", 'zz', 'e.'], ignoreCase: false },
    { words: ['stripe'], ignoreCase: true },
    { words: ['link.com'], ignoreCase: true },
    { words: ['stripe.com', 'link.com'], ignoreCase: true },
  ];
  const unit = fc.constantFrom(...'abcdehiklmnopqrstuwxzKLSTW_.:\'"`2 \n'.split(''));

  it('finds a word exactly when the text contains it (in any ASCII case with ignoreCase)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LISTS),
        fc.string({ unit, maxLength: 40 }),
        fc.string({ unit, maxLength: 40 }),
        fc.option(fc.nat(), { nil: undefined }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        ({ words, ignoreCase }, before, after, pick, upper) => {
          const word = pick === undefined ? '' : words[pick % words.length]!;
          const written = ignoreCase ? [...word].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch)).join('') : word;
          const text = before + written + after;
          const expected = ignoreCase ? words.some((w) => text.toLowerCase().includes(w.toLowerCase())) : words.some((w) => text.includes(w));
          expect(textFinder(words, { ignoreCase })(text)).toBe(expected);
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('words at the very start and end of the text, and overlapping anchors', () => {
    const key = textFinder(['k_', "'sk'"]);
    expect([key('k_'), key("'sk'"), key("x'sk"), key('kk_'), key("'sk")]).toEqual([true, true, false, true, false]);
    const link = textFinder(['link.com'], { ignoreCase: true });
    expect([link('LINK.COM'), link('k.com'), link('xlInK.cOm'), link('link.co')]).toEqual([true, false, true, false]);
  });

  it('a long word is looked for by a short piece of it: near misses of the piece do not end the search', () => {
    // `sk_live_` is found at each `k_li` and compared whole there.
    const live = textFinder(['sk_live_']);
    expect([live('k_lix sk_live_'), live('sk_live sk_live_x'), live('k_live_ rk_live_'), live('sk_liv'), live('sk_live_')]).toEqual([true, true, false, false, true]);
    const env = textFinder(['NODE_TLS_REJECT_UNAUTHORIZED']);
    expect([env('NODE_TLS_REJECT NODE_TLS_REJECT_UNAUTHORIZED=0'), env('NODE_TLS_REJECT_UNAUTHORIZE')]).toEqual([true, false]);
  });
});

describe('caseFreeWordsFinder', () => {
  // The same answers as the patterns searched anywhere (`g` instead of `y`; a word alone: case-free containment):
  // each pattern can only match at its word. `track` and `block` share their anchor, `k`.
  const WORDS: ReadonlyArray<[string, RegExp | null]> = [
    ['block', /(?<=pin[^a-z0-9]*)block/iy],
    ['track', /track[^a-z0-9]*(?:[12]|one|two)/iy],
    ['primary', /primary[^a-z0-9]*account/iy],
    ['magnetic', null],
  ];
  const anywhere = (word: string, pattern: RegExp | null, text: string): boolean =>
    pattern === null ? text.toLowerCase().includes(word) : new RegExp(pattern.source, pattern.flags.replace('y', 'g')).test(text);
  // Texts made of the words' pieces, so that words, near misses and several occurrences of one anchor meet.
  const piece = fc.constantFrom('pin', 'PIN', 'block', 'Block', 'track', 'TRACK', '1', 'one', 'Two', 'primary', 'account', 'magnetic', 'k', ' ', '_', '-', '.', 'x', 's');
  const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

  it('finds a pattern exactly when it matches somewhere in the text, alone or with the other words', () => {
    fc.assert(
      fc.property(fc.subarray([...WORDS], { minLength: 1 }), text, (words, written) => {
        const expected = words.some(([word, pattern]) => anywhere(word, pattern, written));
        expect(caseFreeWordsFinder(new Map(words))(written)).toBe(expected);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('reads before the word with a lookbehind, at the start and end of the text, in any case', () => {
    const pinBlock = caseFreeWordsFinder(new Map([['block', /(?<=pin[^a-z0-9]*)block/iy]]));
    expect([pinBlock('PIN_BLOCK'), pinBlock('pinBlock'), pinBlock('block'), pinBlock('spin block'), pinBlock('pin blocks'), pinBlock('pinxblock')]).toEqual([
      true, true, false, true, true, false,
    ]);
    expect(() => caseFreeWordsFinder(new Map([['block', /block/i]]))).toThrow(/sticky/);
  });
});

describe('finders asked of every file (one shared scan)', () => {
  // Several shared finders at once, shaped like the plugin's: case-sensitive words sharing letters and suffixes, words
  // in any case, a word with a pattern, one word that ends inside another (`k_` in `sk_`, `HTML` and `html`).
  const SPECS: ReadonlyArray<{ words: ReadonlyMap<string, RegExp | null>; ignoreCase: boolean }> = [
    { words: new Map([['sk_', null], ['rk_', null], ["'sk'", null]]), ignoreCase: false },
    { words: new Map([['k_', null]]), ignoreCase: false },
    { words: new Map([['HTML', null]]), ignoreCase: false },
    { words: new Map([['html', null], ['link.com', null]]), ignoreCase: true },
    { words: new Map([['block', /(?<=pin[^a-z0-9]*)block/iy], ['track', /track[^a-z0-9]*(?:[12]|one|two)/iy]]), ignoreCase: true },
    { words: new Map([['cc', /cc(?<!(?<!\\)[A-Za-z]cc)|CC(?<!(?<!\\)[A-Z]CC)|Cc|cC/y], ['card', null]]), ignoreCase: true },
  ];
  const make = (everyFile: boolean) =>
    SPECS.map(({ words, ignoreCase }) =>
      [...words.values()].some((pattern) => pattern !== null) ? caseFreeWordsFinder(words, { everyFile }) : textFinder([...words.keys()], { ignoreCase, everyFile }),
    );
  const own = make(false);
  const shared = make(true);
  const piece = fc.constantFrom('sk_', 'rk', 'k_', "'sk'", 'HTML', 'Html', 'hTmL', 'link.', 'LINK.COM', 'com', 'pin', 'PIN', 'block', 'track', '1', 'two',
    'cc', 'CC', 'Cc', 'ac', 'A', 'x', '\\', 'card', 'CARD', 'ca', ' ', '_', '.', '\n', 'é', '\u212A');
  // Long enough for the shared scan (shorter texts are searched by each finder alone), with the pieces anywhere in it.
  const text = fc.tuple(fc.array(piece, { maxLength: 20 }), fc.array(piece, { maxLength: 20 }), fc.nat({ max: 600 })).map(
    ([before, after, padding]) => before.join('') + ' '.repeat(256 + padding) + after.join(''),
  );

  it('answer as each finder alone does, for every finder and text', () => {
    fc.assert(
      fc.property(text, (written) => {
        expect(shared.map((find) => find(written))).toEqual(own.map((find) => find(written)));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('keep the answers of two texts asked in turn (a file and its decoded escapes)', () => {
    const file = `${' '.repeat(300)}const key = 'sk_x'; // HTML`;
    const regions = `${' '.repeat(300)}link.com`;
    const answers = (written: string) => shared.map((find) => find(written));
    expect([answers(file), answers(regions), answers(file)]).toEqual([
      [true, true, true, true, false, false],
      [false, false, false, true, false, false],
      [true, true, true, true, false, false],
    ]);
  });

  it('look for the words of a finder made after a scan', () => {
    const written = `${' '.repeat(300)}constructEvent(payload)`;
    expect(shared[0]!(written)).toBe(false);
    const later = textFinder(['constructEvent'], { everyFile: true });
    expect([later(written), later(written.replace('E', 'e')), shared[0]!(written)]).toEqual([true, false, false]);
  });

  it('search words outside ASCII, and short texts, by the finder alone', () => {
    const accented = textFinder(['café'], { everyFile: true });
    expect([accented(`${' '.repeat(300)}café`), accented('café'), accented(`${' '.repeat(300)}cafe`)]).toEqual([true, true, false]);
    expect([shared[2]!('<HTML>'), shared[2]!('<html>'), shared[3]!('<hTmL>')]).toEqual([true, false, true]);
  });
});
