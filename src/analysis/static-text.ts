/**
 * The static text of a string expression, piece by piece, with where each piece sits in the source: literals,
 * templates, `+` chains, consts (followed to their initialiser) and TS wrappers. A piece whose characters map one to
 * one onto its source (no escapes) has a `start` offset, so a suggestion can rewrite part of it in place.
 * Reading stops at the first piece that is not static (`complete: false`): the text is then a prefix.
 *
 * `string-use.stringPieces` covers one literal or template with dynamic gaps (for substring fixes in place); this
 * module follows values across consts and concatenation and joins them (for classifying what a value says).
 */
import { getStaticValue } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { constInit, scopeOf, unwrap, variableOf } from './values.js';
import { textFinder } from './text-search.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

export interface TextPiece {
  text: string;
  /** Source offset of `text[0]` when every character of `text` is written as itself in the source; else null. */
  start: number | null;
}

export interface StaticText {
  pieces: TextPiece[];
  /** The whole text (all pieces joined). */
  text: string;
  /** False when an unknown part follows: `text` is only the static prefix of the value. */
  complete: boolean;
}

const MAX_DEPTH = 8;

/** Static pieces of `node`, or null when not even a prefix is static. */
export function staticTextPieces(node: Node, sourceCode: SourceCode): StaticText | null {
  const pieces: TextPiece[] = [];
  const complete = collect(node, sourceCode, pieces, 0);
  if (pieces.length === 0) return complete ? { pieces, text: '', complete } : null;
  return { pieces, text: pieces.map((p) => p.text).join(''), complete };
}

/** Push pieces of `node`; return whether the whole value was static. */
function collect(node: Node, sourceCode: SourceCode, out: TextPiece[], depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  const target = unwrap(node);
  switch (target.type) {
    case AST_NODE_TYPES.Literal: {
      if (typeof target.value !== 'string') break;
      const raw = sourceCode.getText(target);
      out.push({ text: target.value, start: raw.slice(1, -1) === target.value ? target.range[0] + 1 : null });
      return true;
    }
    case AST_NODE_TYPES.TemplateLiteral: {
      for (let i = 0; i < target.quasis.length; i++) {
        const quasi = target.quasis[i]!;
        const cooked = quasi.value.cooked;
        if (typeof cooked !== 'string') return false;
        if (cooked !== '') out.push({ text: cooked, start: quasi.value.raw === cooked ? quasi.range[0] + 1 : null });
        const expression = target.expressions[i];
        if (expression && !collect(expression, sourceCode, out, depth + 1)) return false;
      }
      return true;
    }
    case AST_NODE_TYPES.BinaryExpression: {
      if (target.operator !== '+') break;
      const whole = staticValueOf(target, sourceCode);
      const mark = out.length;
      if (!collect(target.left, sourceCode, out, depth + 1)) return false;
      const complete = collect(target.right, sourceCode, out, depth + 1);
      // `1 + 2 + 'px'` is '3px', not '12px': when the piecewise text disagrees with the value, keep the value only.
      if (whole !== undefined && out.slice(mark).map((p) => p.text).join('') !== String(whole)) {
        out.splice(mark, out.length - mark, { text: String(whole), start: null });
        return true;
      }
      return complete;
    }
    case AST_NODE_TYPES.Identifier: {
      const variable = variableOf(target, sourceCode);
      const init = variable ? constInit(variable) : null;
      if (init) return collect(init, sourceCode, out, depth + 1);
      break;
    }
    default:
      break;
  }
  const value = staticValueOf(target, sourceCode);
  if (value === undefined) return false;
  out.push({ text: String(value), start: null });
  return true;
}

/** A static string or number value (what can appear in string concatenation), else undefined. */
function staticValueOf(node: Node, sourceCode: SourceCode): string | number | undefined {
  try {
    const value = getStaticValue(node as never, scopeOf(node, sourceCode) as never)?.value;
    return typeof value === 'string' || typeof value === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Source range of `text[from, to)` when it lies inside one piece that maps onto the source, else null
 * (escapes, a span across pieces, a value computed by `getStaticValue`).
 */
export function sourceRangeOf(result: StaticText, from: number, to: number): [number, number] | null {
  let offset = 0;
  for (const piece of result.pieces) {
    const end = offset + piece.text.length;
    if (from >= offset && to <= end) {
      return piece.start === null ? null : [piece.start + (from - offset), piece.start + (to - offset)];
    }
    offset = end;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Fast text search, for file-level prefilters

const finders = new Map<string, (text: string) => boolean>();

/**
 * Does `text` contain `needle`? The answer of `text.includes(needle)`, or with `ignoreCase` (`needle` in lower case)
 * of `/needle/i` (ASCII letters match in either case), found several times faster on source files (`textFinder`).
 */
export function containsText(text: string, needle: string, ignoreCase = false): boolean {
  const key = `${ignoreCase ? 'i' : ''}:${needle}`;
  let find = finders.get(key);
  if (!find) {
    find = textFinder([needle], { ignoreCase });
    finders.set(key, find);
  }
  return find(text);
}

/** A run of identifier characters and `\\u` escapes, sticky: an escaped identifier is one, or the end of one. */
const ESCAPED_IDENTIFIER = /(?:[A-Za-z0-9_$]|\\u[0-9a-fA-F]{4}|\\u\{[0-9a-fA-F]+\})*/y;
const PLAIN_IDENTIFIER_CHARACTER = /[A-Za-z0-9_$]/;
/** An escaped spelling is at most this long (ten characters per character of a name): how far back it can start. */
const MAX_ESCAPED_NAME = 400;

/**
 * Is there an identifier in `text` written with a `\\u` escape (`webhooks.\\u0063onstructEvent`) whose name is one of
 * `names`? With `containsText` for names written plainly, a necessary condition for an identifier of the file to be
 * one of them. Looked for only around each `\\u` (`indexOf`): each run of identifier characters and escapes holding
 * one is read once, from its end, and a name is one of its ends that starts at or before its last escape. Linear in
 * the text: minified locale bundles hold tens of thousands of escapes in runs of hundreds (`moment-with-locales.min.js`).
 */
export function identifierEscapesSpell(text: string, names: ReadonlySet<string>): boolean {
  let longest = 0;
  for (const name of names) longest = Math.max(longest, name.length);
  let checkedTo = -1;
  for (let at = text.indexOf('\\u'); at >= 0; at = text.indexOf('\\u', at + 1)) {
    if (at < checkedTo) continue;
    // The run holding this escape starts at the plain identifier characters before it: an escape before those
    // started a run of its own, already read (or was malformed, and ends any identifier).
    let first = at;
    while (first > 0 && at - first < MAX_ESCAPED_NAME && PLAIN_IDENTIFIER_CHARACTER.test(text[first - 1]!)) first--;
    ESCAPED_IDENTIFIER.lastIndex = first;
    const end = first + ESCAPED_IDENTIFIER.exec(text)![0].length;
    if (end <= at) continue;
    checkedTo = end;
    if (endsSpellName(text, first, end, names, longest)) return true;
  }
  return false;
}

/**
 * Does a run of identifier characters and escapes end in one of `names`, begun at or before its last escape? Read
 * backwards from the run's end, a character at a time, no further than the longest name: in a valid run a `}` ends a
 * `\\u{…}` escape, and a character with `\\u` and a hex digit five and four places before it ends a `\\uXXXX` one.
 */
function endsSpellName(text: string, first: number, end: number, names: ReadonlySet<string>, longest: number): boolean {
  let suffix = '';
  let escaped = false;
  for (let last = end - 1; last >= first && suffix.length < longest; ) {
    let start = last;
    let codePoint: number | null = null;
    if (text[last] === '}') {
      start = text.lastIndexOf('\\u{', last);
      codePoint = parseInt(text.slice(start + 3, last), 16);
    } else if (last - 5 >= first && text[last - 5] === '\\' && text[last - 4] === 'u' && text[last - 3] !== '{') {
      start = last - 5;
      codePoint = parseInt(text.slice(start + 2, last + 1), 16);
    }
    if (codePoint === null) suffix = text[last]! + suffix;
    else {
      escaped = true;
      // `\\u{110000}` and above name no character (a comment or string may hold one): no name has it.
      suffix = (codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '\uFFFD') + suffix;
    }
    if (escaped && names.has(suffix)) return true;
    last = start - 1;
  }
  return false;
}
