// Fast fixed-word search for text prefilters (text-search.ts): the same answers as plain containment.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseFreeWordFinder, textFinder } from '../../src/analysis/text-search.js';

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
});

describe('caseFreeWordFinder', () => {
  // The same answers as the pattern searched anywhere (`g` instead of `y`): the pattern can only match at its word.
  const CASES: ReadonlyArray<[string, RegExp]> = [
    ['block', /(?<=pin[^a-z0-9]*)block/iy],
    ['track', /track[^a-z0-9]*(?:[12]|one|two)/iy],
    ['primary', /primary[^a-z0-9]*account/iy],
  ];
  const unit = fc.constantFrom(...'pinblocktrack12onetwoprimaryaccountPINBLOCKTRACK _-.x'.split(''));

  it('finds the pattern exactly when it matches somewhere in the text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CASES), fc.string({ unit, maxLength: 60 }), ([word, pattern], text) => {
        const anywhere = new RegExp(pattern.source, pattern.flags.replace('y', 'g'));
        expect(caseFreeWordFinder(word, pattern)(text)).toBe(anywhere.test(text));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('reads before the word with a lookbehind, at the start and end of the text, in any case', () => {
    const pinBlock = caseFreeWordFinder('block', /(?<=pin[^a-z0-9]*)block/iy);
    expect([pinBlock('PIN_BLOCK'), pinBlock('pinBlock'), pinBlock('block'), pinBlock('spin block'), pinBlock('pin blocks'), pinBlock('pinxblock')]).toEqual([
      true, true, false, true, true, false,
    ]);
    expect(() => caseFreeWordFinder('block', /block/i)).toThrow(/sticky/);
  });
});
