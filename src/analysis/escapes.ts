/**
 * Escapes and character references in source text, decoded: the one decoder behind every text prefilter that must
 * also see words written with escapes (`'\x73k_live_…'`, `\u0063ardNumber`, `&#99;vc` in JSX, `require('\x68ttps')`).
 *
 * Prefilters read the plain text first; what they cannot find there, they look for in `escapeRegions`: the stretches
 * of the file around its escapes, decoded, computed once per file however many prefilters ask. Only the
 * neighbourhoods of escapes are decoded, so a file without any (most files) costs two `indexOf` calls.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { perFile } from './file-cache.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * A string / identifier escape (`\u{63}`, `\u0063`, `\x63`, octal `\143`, a line continuation, any other escaped
 * character) or a JSX character reference (`&#99;`, `&#x63;`).
 */
const ESCAPE = /\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|([0-7]{1,3})|(\r\n|[\r\n\u2028\u2029])|([^]))|&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));/g;
/** The same, anchored: how long the escape starting at a given position is. */
const ESCAPE_AT = new RegExp(ESCAPE.source, 'y');
const CONTROL_ESCAPES = new Set(['n', 'r', 't', 'b', 'f', 'v']);

const fromCode = (code: number): string => (code <= 0x10ffff ? String.fromCodePoint(code) : ' ');

/**
 * The text with escapes decoded (`'\x63vc'` → `'cvc'`, `\u0063ard` → `card`, `'\ncvv'` → a space then `cvv`,
 * `&#99;vc` → `cvc`, a line continuation → nothing), so words read from string values, escaped identifiers and JSX
 * text appear as the code means them. Control escapes become a space: they never spell a word character.
 */
export function decodeEscapes(text: string): string {
  return text.replace(
    ESCAPE,
    (_match, braced?: string, u4?: string, x2?: string, octal?: string, continuation?: string, other?: string, hexRef?: string, decRef?: string) => {
      const hex = braced ?? u4 ?? x2 ?? hexRef;
      if (hex !== undefined) return fromCode(parseInt(hex, 16));
      if (decRef !== undefined) return fromCode(parseInt(decRef, 10));
      if (octal !== undefined) return String.fromCharCode(parseInt(octal, 8));
      if (continuation !== undefined) return '';
      return CONTROL_ESCAPES.has(other!) ? ' ' : other!;
    },
  );
}

/**
 * How far from an escape a word that uses it can reach, in plain characters on either side: longer than every word a
 * prefilter looks for (the longest, `NODE_TLS_REJECT_UNAUTHORIZED` and card-name compounds, are under 30).
 */
export const ESCAPE_REACH = 96;

/**
 * The stretches of `text` around its escapes and character references, decoded and joined by line breaks (null when
 * it has none). A word spelled with at least one escape, whose plain stretches are each shorter than `reach`, lies
 * inside one stretch: each escape's window runs from `reach` characters before its start to `reach` after its end,
 * and overlapping windows merge, so no window starts or ends inside an escape.
 */
export function decodedEscapeRegions(text: string, reach = ESCAPE_REACH): string | null {
  const positions: number[] = [];
  for (const marker of ['\\', '&#']) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) positions.push(at);
  }
  if (positions.length === 0) return null;
  positions.sort((a, b) => a - b);
  const parts: string[] = [];
  let start = -1;
  let end = -1;
  for (const at of positions) {
    ESCAPE_AT.lastIndex = at;
    const length = ESCAPE_AT.exec(text)?.[0].length ?? 1;
    const from = Math.max(0, at - reach);
    const to = Math.min(text.length, at + length + reach);
    if (from <= end) {
      end = Math.max(end, to);
      continue;
    }
    if (end > start) parts.push(decodeEscapes(text.slice(start, end)));
    start = from;
    end = to;
  }
  parts.push(decodeEscapes(text.slice(start, end)));
  return parts.join('\n');
}

/** `decodedEscapeRegions` of the file, computed once per file. */
export const escapeRegions = (sourceCode: SourceCode): string | null =>
  perFile(sourceCode, 'escapes:regions', () => decodedEscapeRegions(sourceCode.text));
