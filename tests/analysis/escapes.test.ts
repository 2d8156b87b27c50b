// The shared escape decoder behind the text prefilters (escapes.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodedEscapeRegions, decodeEscapes, ESCAPE_REACH, escapeRegions } from '../../src/analysis/escapes.js';
import { analysisPasses, resetAnalysisPasses } from '../../src/analysis/file-cache.js';

type SourceCode = Parameters<typeof escapeRegions>[0];

describe('decodeEscapes', () => {
  it('reads every escape form of a character as the character', () => {
    for (const text of ['k_.', '\\x6b_.', '\\u006B\\x5f\\56', '\\153\\137\\056', '\\k\\_\\.', 'k\\\n_\\\r\n.', '&#107;&#x5F;&#46;', '&#X6b;_.', '\\u{6b}_.', '\\u{00000006b}_.', '&#0000107;_.']) {
      expect(decodeEscapes(text), text).toBe('k_.');
    }
  });

  it('control escapes are a space, an escaped backslash is one backslash (and what follows it is plain)', () => {
    expect(decodeEscapes('\\nk\\t')).toBe(' k ');
    expect(decodeEscapes('\\\\x6b')).toBe('\\x6b');
    expect(decodeEscapes('\\u{110000}')).toBe(' ');
    expect(decodeEscapes('&amp;k')).toBe('&amp;k'); // named references spell no word character
  });
});

/** The decoder as one regular expression (what `decodeEscapes` did until the thirty-second session): the reference. */
const REFERENCE_ESCAPE = /\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|([0-7]{1,3})|(\r\n|[\r\n\u2028\u2029])|([^]))|&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));/g;
const referenceCode = (code: number): string => (code <= 0x10ffff ? String.fromCodePoint(code) : ' ');
const referenceDecode = (text: string): string =>
  text.replace(REFERENCE_ESCAPE, (_m, braced?: string, u4?: string, x2?: string, octal?: string, continuation?: string, other?: string, hexRef?: string, decRef?: string) => {
    const hex = braced ?? u4 ?? x2 ?? hexRef;
    if (hex !== undefined) return referenceCode(parseInt(hex, 16));
    if (decRef !== undefined) return referenceCode(parseInt(decRef, 10));
    if (octal !== undefined) return String.fromCharCode(parseInt(octal, 8));
    if (continuation !== undefined) return '';
    return ['n', 'r', 't', 'b', 'f', 'v'].includes(other!) ? ' ' : other!;
  });

describe('decodeEscapes against the regular-expression reference', () => {
  it('decodes every text as the reference does', () => {
    const pieces = ['\\', 'u', 'x', '{', '}', '&', '#', ';', '0', '7', '8', 'a', 'F', 'g', 'X', '\n', '\r', '\u2028', 'c', 'v', ' ', '10ffff', '110000', 'é', '😀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(decodeEscapes(text)).toBe(referenceDecode(text));
      }),
      { seed: 20261201, numRuns: 3000 },
    );
  });
});

describe('decodedEscapeRegions', () => {
  it('null without escapes; otherwise the decoded neighbourhood of each escape, joined by line breaks', () => {
    expect(decodedEscapeRegions('const a = "plain";')).toBeNull();
    const far = ' '.repeat(3 * ESCAPE_REACH);
    const regions = decodedEscapeRegions(`a = '\\x73k_live_1';${far}b = "\\u0063vc";${far}c = 'untouched';`);
    expect(regions).not.toBeNull();
    expect(regions!.split('\n').map((part) => part.trim())).toEqual(["a = 'sk_live_1';", 'b = "cvc";']);
  });

  it('a word spelled with escapes lies whole inside one region, however long its escapes are', () => {
    const word = 'NODE_TLS_REJECT_UNAUTHORIZED';
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: word.length, maxLength: word.length }),
        fc.nat({ max: 2 * ESCAPE_REACH }),
        fc.nat({ max: 2 * ESCAPE_REACH }),
        fc.nat({ max: 40 }),
        (hows, before, after, zeros) => {
          const forms = hows.some((how) => how !== 0) ? hows : [1, ...hows.slice(1)]; // at least one escape
          const spelled = [...word]
            .map((ch, i) => {
              const code = ch.charCodeAt(0).toString(16);
              return [ch, `\\x${code}`, `\\u{${'0'.repeat(zeros)}${code}}`, `\\\n${ch}`, `&#${ch.charCodeAt(0)};`][forms[i]!]!;
            })
            .join('');
          const text = `${'x'.repeat(before)} "${spelled}" ${'y'.repeat(after)}`;
          expect(decodedEscapeRegions(text)).toContain(word);
        },
      ),
      { seed: 20261128, numRuns: 300 },
    );
  });

  it('escapeRegions: once per file, whoever asks', () => {
    resetAnalysisPasses();
    const source = { text: "const s = '\\x73tripe';" } as SourceCode;
    expect(escapeRegions(source)).toBe("const s = 'stripe';");
    expect(escapeRegions(source)).toBe("const s = 'stripe';");
    expect(analysisPasses().get('escapes:regions')).toBe(1);
  });
});
