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

/*
 * Escapes read: a string / identifier escape (`\u{63}`, `\u0063`, `\x63`, octal `\143`, a line continuation, any
 * other escaped character) or a JSX character reference (`&#99;`, `&#x63;`). Read by hand rather than with a regular
 * expression's `replace`: a file of thousands of escapes (a locale table) took the regular expression's callback, its
 * match arrays and a sort of every position some 35 ms (the scaling test's escape runs).
 */
const BACKSLASH = 92;
const AMPERSAND = 38;
const HASH = 35;
const SEMICOLON = 59;
const LEFT_BRACE = 123;
const RIGHT_BRACE = 125;
/** Control escapes (`\n`, `\r`, `\t`, `\b`, `\f`, `\v`): a space, they never spell a word character. */
const CONTROL_ESCAPES = new Set([110, 114, 116, 98, 102, 118]);
/** The largest code point: a larger escaped value (`\u{110000}`) reads as a space. */
const MAX_CODE_POINT = 0x10ffff;

const hexValue = (code: number): number =>
  code >= 48 && code <= 57 ? code - 48 : code >= 97 && code <= 102 ? code - 87 : code >= 65 && code <= 70 ? code - 55 : -1;
const isLineTerminator = (code: number): boolean => code === 10 || code === 13 || code === 0x2028 || code === 0x2029;

/** What the last `readEscape` decoded to: a code point, or -1 for nothing (a line continuation). */
let decoded = -1;

/** The code point spelled by `count` hex digits at `from` (-1 if one is not), capped above the largest one. */
function hexDigits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = i < text.length ? hexValue(text.charCodeAt(i)) : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

/** A code point above the largest one reads as a space. */
const codePoint = (code: number): number => (code <= MAX_CODE_POINT ? code : SPACE);
const SPACE = 32;

/**
 * The length of the escape or character reference at `at` (0 if none starts there), its value left in `decoded`
 * (nothing allocated: finding the regions reads every escape's length).
 */
function readEscape(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first === AMPERSAND) {
    if (text.charCodeAt(at + 1) !== HASH) return 0;
    const hex = (text.charCodeAt(at + 2) | 32) === 120; // x or X
    let i = at + (hex ? 3 : 2);
    const digits = i;
    let value = 0;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const digit = hex ? hexValue(code) : code >= 48 && code <= 57 ? code - 48 : -1;
      if (digit < 0) break;
      value = Math.min(value * (hex ? 16 : 10) + digit, MAX_CODE_POINT + 1);
    }
    if (i === digits || text.charCodeAt(i) !== SEMICOLON) return 0;
    decoded = codePoint(value);
    return i + 1 - at;
  }
  if (first !== BACKSLASH || at + 1 >= text.length) return 0;
  const next = text.charCodeAt(at + 1);
  if (next === 117) {
    // \u{…}: one or more hex digits in braces
    if (text.charCodeAt(at + 2) === LEFT_BRACE) {
      let i = at + 3;
      let value = 0;
      for (; i < text.length && hexValue(text.charCodeAt(i)) >= 0; i++) value = Math.min(value * 16 + hexValue(text.charCodeAt(i)), MAX_CODE_POINT + 1);
      if (i > at + 3 && text.charCodeAt(i) === RIGHT_BRACE) {
        decoded = codePoint(value);
        return i + 1 - at;
      }
    }
    const value = hexDigits(text, at + 2, 4);
    if (value >= 0) {
      decoded = value;
      return 6;
    }
  } else if (next === 120) {
    const value = hexDigits(text, at + 2, 2);
    if (value >= 0) {
      decoded = value;
      return 4;
    }
  } else if (next >= 48 && next <= 55) {
    let value = next - 48;
    let i = at + 2;
    for (; i < at + 4 && i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 48 || code > 55) break;
      value = value * 8 + code - 48;
    }
    decoded = value;
    return i - at;
  } else if (isLineTerminator(next)) {
    decoded = -1;
    return next === 13 && text.charCodeAt(at + 2) === 10 ? 3 : 2;
  }
  decoded = CONTROL_ESCAPES.has(next) ? SPACE : next;
  return 2;
}

/**
 * The backslashes and `&#`s of a text in order, from a position on: each kind's next occurrence is looked up again
 * only once passed (looking up both at every step read a file with thousands of escapes and no `&#` to its end
 * thousands of times).
 */
class Markers {
  private backslash: number;
  private reference: number;
  constructor(private readonly text: string, from: number) {
    this.backslash = text.indexOf('\\', from);
    this.reference = text.indexOf('&#', from);
  }

  /** The first marker at or after `from` (-1: none); `from` never decreases from one call to the next. */
  next(from: number): number {
    if (this.backslash >= 0 && this.backslash < from) this.backslash = this.text.indexOf('\\', from);
    if (this.reference >= 0 && this.reference < from) this.reference = this.text.indexOf('&#', from);
    return this.backslash < 0 ? this.reference : this.reference < 0 ? this.backslash : Math.min(this.backslash, this.reference);
  }
}

/**
 * The text with escapes decoded (`'\x63vc'` → `'cvc'`, `\u0063ard` → `card`, `'\ncvv'` → a space then `cvv`,
 * `&#99;vc` → `cvc`, a line continuation → nothing), so words read from string values, escaped identifiers and JSX
 * text appear as the code means them. Control escapes become a space: they never spell a word character.
 */
export function decodeEscapes(text: string, from = 0, to = text.length): string {
  let out = '';
  let plain = from;
  const markers = new Markers(text, from);
  for (let at = markers.next(from); at >= 0 && at < to; ) {
    const length = readEscape(text, at);
    if (length === 0 || at + length > to) {
      at = markers.next(at + 1);
      continue;
    }
    out += text.slice(plain, at);
    if (decoded >= 0) out += decoded < 0x10000 ? String.fromCharCode(decoded) : String.fromCodePoint(decoded);
    plain = at + length;
    at = markers.next(plain);
  }
  return out + text.slice(plain, to);
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
  const markers = new Markers(text, 0);
  let at = markers.next(0);
  if (at < 0) return null;
  const parts: string[] = [];
  let start = -1;
  let end = -1;
  for (; at >= 0; at = markers.next(at + 1)) {
    const length = Math.max(readEscape(text, at), 1);
    const from = Math.max(0, at - reach);
    const to = Math.min(text.length, at + length + reach);
    if (from <= end) {
      end = Math.max(end, to);
      continue;
    }
    if (end > start) parts.push(decodeEscapes(text, start, end));
    start = from;
    end = to;
  }
  parts.push(decodeEscapes(text, start, end));
  return parts.join('\n');
}

/** `decodedEscapeRegions` of the file, computed once per file. */
export const escapeRegions = (sourceCode: SourceCode): string | null =>
  perFile(sourceCode, 'escapes:regions', () => decodedEscapeRegions(sourceCode.text));
