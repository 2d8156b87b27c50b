/**
 * How a string value is used. A string that is only compared or searched for (`url.startsWith('http://…')`,
 * `key === 'sk_live_…'`, `case 'http://…':`) describes other data; it is not a value the program sends anywhere,
 * and rewriting it would change what the check does.
 */
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { perFile } from './file-cache.js';
import { constInit, isNeverReassigned, memberName, unwrap, variableOf } from './values.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

const EQUALITY = new Set(['==', '!=', '===', '!==']);
/** String / array methods whose argument is something to look for, not data to use. */
const SEARCH_METHODS = new Set([
  'startsWith',
  'endsWith',
  'includes',
  'indexOf',
  'lastIndexOf',
  'replace',
  'replaceAll',
  'split',
  'match',
  'matchAll',
  'search',
]);

const WRAPPERS = new Set<string>([
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSTypeAssertion,
]);

/** The node and its parent, skipping TS wrappers around `node`. */
function outer(node: Node): { node: Node; parent: Node | undefined } {
  let current = node;
  while (current.parent && WRAPPERS.has(current.parent.type)) current = current.parent;
  return { node: current, parent: current.parent };
}

/**
 * True when `node` is an operand of `==` / `===` / `!=` / `!==`, a `case` test, or the first argument of a search
 * method (`startsWith`, `includes`, `indexOf`, `replace`, `split`, `match`…).
 */
export function isComparedOrSearched(node: Node): boolean {
  const { node: self, parent } = outer(node);
  if (!parent) return false;
  if (parent.type === AST_NODE_TYPES.BinaryExpression) return EQUALITY.has(parent.operator);
  if (parent.type === AST_NODE_TYPES.SwitchCase) return parent.test === self;
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === self) {
    const callee = parent.callee.type === AST_NODE_TYPES.ChainExpression ? parent.callee.expression : parent.callee;
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const name = memberName(callee);
    return name !== null && SEARCH_METHODS.has(name);
  }
  return false;
}

export interface StringPiece {
  /** Cooked text of the piece. */
  text: string;
  /** Raw source text of the piece, or `null` when its position in the source could not be confirmed. */
  raw: string | null;
  /** Absolute source offset where `raw` starts. */
  rawStart: number;
  /** Nothing dynamic comes before this piece. */
  leading: boolean;
  /** Nothing dynamic comes after this piece. */
  trailing: boolean;
}

/**
 * The static pieces of a string literal (one piece) or template literal (one per quasi), with where their raw text
 * sits in the source, so a rule can report and fix a substring precisely.
 */
export function stringPieces(node: TSESTree.Literal | TSESTree.TemplateLiteral, sourceText: string): StringPiece[] {
  if (node.type === AST_NODE_TYPES.Literal) {
    if (typeof node.value !== 'string') return [];
    const rawStart = node.range[0] + 1;
    return [{ text: node.value, raw: sourceText.slice(rawStart, node.range[1] - 1), rawStart, leading: true, trailing: true }];
  }
  return node.quasis.map((quasi, i) => {
    const rawStart = quasi.range[0] + 1;
    const raw = sourceText.slice(rawStart, rawStart + quasi.value.raw.length) === quasi.value.raw ? quasi.value.raw : null;
    return {
      text: quasi.value.cooked ?? quasi.value.raw,
      raw,
      rawStart,
      leading: i === 0,
      trailing: i === node.quasis.length - 1,
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// How a word can be written in source text (for exact file-level prefilters)

/** Backslash + line terminator inside a string or template: a line continuation, which adds nothing to the value. */
export const LINE_CONTINUATIONS = String.raw`(?:\\(?:\r\n?|[\n\u2028\u2029]))*`;

const regExpLiteral = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
/** `n` in hex, zero-padded to `width`, each hex letter in either case (`\x4B` and `\x4b` are the same escape). */
const hexDigits = (n: number, width: number): string =>
  n
    .toString(16)
    .padStart(width, '0')
    .replace(/[a-f]/g, (d) => `[${d}${d.toUpperCase()}]`);

/**
 * Every way a character can be written so that it appears in the value of a string literal or template (as itself,
 * `\x73`, `\u0073`, `\u{73}`, legacy octal `\163`, an identity escape `\s`), in an identifier name (`\u0073`), in JSX
 * text or a JSX attribute string (`&#115;`, `&#x73;`; JSX's named entities spell no ASCII letter, digit, `_`, `.`, `:`
 * or `-`), or in a comment (as itself).
 */
function characterSpellings(ch: string): string[] {
  const code = ch.codePointAt(0)!;
  const out = [regExpLiteral(ch)];
  // `\b \f \n \r \t \v`, `\x…`, `\u…` and `\0`–`\7` mean something else; any other escaped character is itself.
  if (!/[0-7bfnrtuvx\r\n\u2028\u2029]/.test(ch)) out.push(`\\\\${regExpLiteral(ch)}`);
  if (code <= 0xff) out.push(`\\\\x${hexDigits(code, 2)}`);
  if (code <= 0xffff) out.push(`\\\\u${hexDigits(code, 4)}`);
  out.push(`\\\\u\\{0*${hexDigits(code, 1)}\\}`);
  if (code <= 0o377) out.push(`\\\\0{0,2}${code.toString(8)}`);
  out.push(`&#0*${code};`, `&#[xX]0*${hexDigits(code, 1)};`);
  return out;
}

/**
 * Regular-expression source matching every way `word` can be written in a JavaScript / TypeScript / JSX source text
 * so that a string value, template quasi, identifier name, JSX text or comment contains it: each character as itself
 * or escaped (see `characterSpellings`), with line continuations between characters. `ignoreCase`: the value may
 * spell the word in any ASCII case (for analyses that match it case-insensitively or lower-case it first).
 */
export function spellingSource(word: string, { ignoreCase = false }: { ignoreCase?: boolean } = {}): string {
  const groups = [...word].map((ch) => {
    const variants = ignoreCase ? new Set([ch.toLowerCase(), ch.toUpperCase()].filter((v) => v.length === ch.length)) : new Set([ch]);
    return `(?:${[...variants].flatMap(characterSpellings).join('|')})`;
  });
  return groups.join(LINE_CONTINUATIONS);
}

/**
 * Words looked for in source text (see `sourceMaySpell`). Every term of the plugin is found by one shared scan per
 * file, so terms are made once, at module level.
 */
export interface SpellingTerm {
  /** Position in the shared scan. */
  readonly id: number;
  readonly words: readonly string[];
  /** The words written as themselves (in any ASCII case with `ignoreCase`): regular-expression source. */
  readonly plain: string;
  /** Every spelling (`spellingSource`): regular-expression source, tried only where an escape starts. */
  readonly escaped: string;
  /** Longest word minus one: how many plain characters can come before the first escape of a spelling. */
  readonly reach: number;
  /** Characters a spelling can start with: the words' first characters (either case with `ignoreCase`), `\\`, `&`. */
  readonly starts: ReadonlySet<string>;
}

const terms: SpellingTerm[] = [];
const termsByKey = new Map<string, SpellingTerm>();
interface SharedPatterns {
  /** Every term's spellings, sticky. */
  escaped: RegExp;
  reach: number;
  starts: ReadonlySet<string>;
}

/** Rebuilt (and re-run on a file already scanned) when a term is added. */
let patterns: SharedPatterns | null = null;

function shared(): SharedPatterns {
  patterns ??= {
    escaped: new RegExp(terms.map((term) => term.escaped).join('|'), 'y'),
    reach: Math.max(0, ...terms.map((term) => term.reach)),
    starts: new Set(terms.flatMap((term) => [...term.starts])),
  };
  return patterns;
}

const caseFree = (text: string): string => [...text].map((ch) => (/[a-z]/i.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : regExpLiteral(ch))).join('');

/** The term for `words` (shared by every module that asks for the same words). */
export function spellingTerm(words: readonly string[], options: { ignoreCase?: boolean } = {}): SpellingTerm {
  if (terms.length >= 30) throw new Error('too many spelling terms for one scan');
  const key = `${options.ignoreCase ? 'i' : ''}:${words.join('|')}`;
  const known = termsByKey.get(key);
  if (known) return known;
  const term: SpellingTerm = {
    id: terms.length,
    words,
    plain: words.map((word) => (options.ignoreCase ? caseFree(word) : regExpLiteral(word))).join('|'),
    escaped: words.map((word) => spellingSource(word, options)).join('|'),
    reach: Math.max(0, ...words.map((word) => word.length - 1)),
    starts: new Set(['\\', '&', ...words.flatMap((word) => (options.ignoreCase ? [word[0]!.toLowerCase(), word[0]!.toUpperCase()] : [word[0]!]))]),
  };
  terms.push(term);
  termsByKey.set(key, term);
  patterns = null;
  plainScans.clear();
  return term;
}

/** What the shared scan found in one file. */
interface SpellingFacts {
  /** Per term id: written plainly. `null` until scanned. */
  plain: boolean[] | null;
  /** Per term id: spelled with an escape. `null` until scanned. */
  escaped: boolean[] | null;
}

const spellingFacts = (sourceCode: SourceCode): SpellingFacts => perFile(sourceCode, 'spelling', () => ({ plain: null, escaped: null }));

const stickyPatterns = new Map<SpellingTerm, RegExp>();

/** One term's spellings, sticky. */
function stickyPattern(term: SpellingTerm): RegExp {
  let pattern = stickyPatterns.get(term);
  if (!pattern) {
    pattern = new RegExp(term.escaped, 'y');
    stickyPatterns.set(term, pattern);
  }
  return pattern;
}

/** Plain scans for the terms not found yet (by bit set of term ids), with the term id of each capture group. */
const plainScans = new Map<number, { pattern: RegExp; ids: number[] }>();

function plainScan(missing: number): { pattern: RegExp; ids: number[] } {
  let scan = plainScans.get(missing);
  if (!scan) {
    const ids = terms.filter((term) => (missing & (1 << term.id)) !== 0).map((term) => term.id);
    scan = { pattern: new RegExp(ids.map((id) => `(${terms[id]!.plain})`).join('|'), 'g'), ids };
    plainScans.set(missing, scan);
  }
  return scan;
}

/**
 * Which terms the file's text writes plainly: one pass over the text; after each find the search goes on for the
 * terms still missing only, so a word written a thousand times costs one match.
 */
function plainTerms(sourceCode: SourceCode, facts: SpellingFacts): readonly boolean[] {
  if (facts.plain !== null && facts.plain.length === terms.length) return facts.plain;
  const found = new Array<boolean>(terms.length).fill(false);
  const text = sourceCode.text;
  let missing = terms.length >= 31 ? -1 : (1 << terms.length) - 1;
  let from = 0;
  while (missing !== 0) {
    const { pattern, ids } = plainScan(missing);
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (match === null) break;
    let group = 0;
    while (match[group + 1] === undefined) group++;
    const id = ids[group]!;
    found[id] = true;
    missing &= ~(1 << id);
    from = match.index; // another term may start at the same place
  }
  facts.plain = found;
  return found;
}

/** Characters that start every escaped spelling: a backslash (string and identifier escapes) or `&#` (JSX). */
const ESCAPE_STARTS = ['\\', '&#'];

/**
 * Which terms the file's text spells with an escape: tried only where a spelling could start, at most `reach`
 * characters before a backslash or `&#` (see `sourceMaySpell`), with one sticky pattern for every term.
 */
function escapedTerms(sourceCode: SourceCode, facts: SpellingFacts): readonly boolean[] {
  if (facts.escaped !== null && facts.escaped.length === terms.length) return facts.escaped;
  const found = new Array<boolean>(terms.length).fill(false);
  const text = sourceCode.text;
  const escapes: number[] = [];
  for (const marker of ESCAPE_STARTS) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) escapes.push(at);
  }
  if (escapes.length > 0) {
    const { escaped, reach, starts } = shared();
    let tried = -1;
    for (const at of escapes.sort((a, b) => a - b)) {
      for (let start = Math.max(tried + 1, at - reach); start <= at; start++) {
        if (!starts.has(text[start]!)) continue;
        escaped.lastIndex = start;
        if (!escaped.test(text)) continue;
        // Rare: find every term spelled from here (the shared pattern reports only the first).
        for (const term of terms) {
          if (found[term.id]) continue;
          const own = stickyPattern(term);
          own.lastIndex = start;
          if (own.test(text)) found[term.id] = true;
        }
      }
      tried = at;
    }
  }
  facts.escaped = found;
  return found;
}

/**
 * Can the file's text spell a word of any of `wanted` (see `spellingSource`)? A necessary condition for any string
 * value, template quasi, identifier name, JSX text or comment of the file to contain one; computed once per file. A
 * value assembled by evaluation (`'str' + 'ipe'`, `['sk', 'live'].join('_')`) is not covered: analyses that evaluate
 * expressions need their own condition.
 *
 * Fast: one shared plain scan for every term; escaped spellings are only tried next to a backslash or `&#`. A
 * spelling that is not plain contains an escape, and only plain characters (at most `reach`) come before its first
 * one, so it starts at most `reach` characters before that escape.
 */
export function sourceMaySpell(sourceCode: SourceCode, wanted: readonly SpellingTerm[]): boolean {
  return sourceSpellsPlainly(sourceCode, wanted) || sourceSpellsEscaped(sourceCode, wanted);
}

/** Does the file's text write a word of any of `wanted` as itself (no escapes)? */
export function sourceSpellsPlainly(sourceCode: SourceCode, wanted: readonly SpellingTerm[]): boolean {
  const plain = plainTerms(sourceCode, spellingFacts(sourceCode));
  for (const term of wanted) if (plain[term.id]) return true;
  return false;
}

/** Does the file's text spell a word of any of `wanted` with an escape? */
export function sourceSpellsEscaped(sourceCode: SourceCode, wanted: readonly SpellingTerm[]): boolean {
  const escaped = escapedTerms(sourceCode, spellingFacts(sourceCode));
  for (const term of wanted) if (escaped[term.id]) return true;
  return false;
}


// ---------------------------------------------------------------------------------------------------------------
// Which characters a static value can contain: a cheap pre-check before evaluating an expression

/**
 * A few ASCII characters of interest as bits of a number, letters in either case on one bit, and one more bit for
 * "some non-ASCII character" (which case mapping or normalisation may turn into ASCII: `'ſ'.toUpperCase()` is `S`).
 */
export class Alphabet {
  /** Every bit: anything. */
  readonly all: number;
  readonly nonAscii: number;
  private readonly table = new Int32Array(128);
  private readonly entries: [string, number][];

  constructor(readonly characters: string) {
    const chars = [...new Set(characters.toLowerCase())];
    if (chars.length > 30 || chars.some((ch) => ch.charCodeAt(0) > 127)) throw new Error('an Alphabet holds at most 30 ASCII characters');
    this.entries = chars.flatMap((ch, i): [string, number][] => (ch === ch.toUpperCase() ? [[ch, 1 << i]] : [[ch, 1 << i], [ch.toUpperCase(), 1 << i]]));
    for (const [ch, bit] of this.entries) this.table[ch.charCodeAt(0)] = bit;
    this.nonAscii = 1 << chars.length;
    this.all = (1 << (chars.length + 1)) - 1;
  }

  /** The characters of the alphabet that occur in `text` (either case), and the non-ASCII bit. */
  of(text: string): number {
    let mask = 0;
    if (text.length > 64) {
      for (const [ch, bit] of this.entries) if (text.includes(ch)) mask |= bit;
      return /[^\0-\x7f]/.test(text) ? mask | this.nonAscii : mask;
    }
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      mask |= code < 128 ? this.table[code]! : this.nonAscii;
    }
    return mask;
  }

  /** Does `mask` hold every character of `text`? */
  covers(mask: number, text: string): boolean {
    const needed = this.of(text);
    return (mask & needed) === needed;
  }
}

/** Methods the evaluator may call whose result can hold characters that neither the receiver nor the arguments hold. */
const SYNTHESISING_METHODS = new Set([
  'fromCharCode', 'fromCodePoint', 'raw', // String
  'toString', // radix digits of a number
  'entries', 'keys', 'values', // iterators print as '[object Array Iterator]'
  'for', 'keyFor', // Symbol
  'parse', // Date
]);
/** Methods whose result is the receiver with its case mapped or normalised (`ß` → `SS`, `ﬆ` → `st`). */
const CASE_METHODS = new Set(['toLowerCase', 'toUpperCase', 'normalize']);
/** Built-in functions whose result is a number, a boolean or the text of their arguments. */
const PLAIN_GLOBAL_CALLS = new Set(['String', 'Number', 'Boolean', 'BigInt', 'Object', 'parseInt', 'parseFloat', 'isNaN', 'isFinite']);

/**
 * Globals whose value `getStaticValue` (@eslint-community/eslint-utils) reads from the running engine when the file
 * does not declare them (its `builtinNames`). tests/analysis/string-use.test.ts checks that no other global
 * evaluates.
 */
export const STATIC_GLOBALS: ReadonlySet<string> = new Set([
  'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'Boolean', 'DataView', 'Date', 'decodeURI',
  'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'escape', 'Float32Array', 'Float64Array', 'Function',
  'Infinity', 'Int16Array', 'Int32Array', 'Int8Array', 'isFinite', 'isNaN', 'isPrototypeOf', 'JSON', 'Map', 'Math',
  'NaN', 'Number', 'Object', 'parseFloat', 'parseInt', 'Promise', 'Proxy', 'Reflect', 'RegExp', 'Set', 'String',
  'Symbol', 'Uint16Array', 'Uint32Array', 'Uint8Array', 'Uint8ClampedArray', 'undefined', 'unescape', 'WeakMap',
  'WeakSet',
]);

/** `StaticText.characters` of an expression `getStaticValue` certainly cannot evaluate. */
export const NO_STATIC_VALUE = -1;

/** Arrays and objects larger than this are not walked: they may hold anything (a superset stays exact). */
const LARGE = 16;
const MAX_DEPTH = 12;

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/**
 * Which characters of an alphabet the string form of an expression's static value may contain, judged without
 * evaluating it: the answer is a bit mask (`Alphabet`), or `NO_STATIC_VALUE` when `staticValue` (values.ts, i.e.
 * `getStaticValue` from the expression's scope) certainly returns nothing. A value can contain a word only if the
 * mask covers the word's characters, so a rule can skip the evaluation (and its scope walks) of nearly every
 * expression.
 *
 * It follows `getStaticValue` step by step: the same node types, names resolved the same way (from the evaluated
 * expression's scope, a const's initialiser evaluated in that same scope), the same built-in globals; then counts
 * the characters of literals, of what numbers, booleans, objects and built-in functions print, and every character
 * where the evaluator may synthesise text (`String.fromCharCode`, `decodeURI`, dates, radix digits, case mapping of
 * non-ASCII text, `new`). One per file and alphabet; results are memoised per scope and variable.
 */
export class StaticText {
  private readonly numbers: number;
  private readonly booleans: number;
  /** What `ToString` of a built-in function or an object adds: `function name() { [native code] }`, `[object Object]`. */
  private readonly printed: number;
  private readonly memo = new Map<Scope, Map<Variable, number>>();

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly alphabet: Alphabet,
  ) {
    this.numbers = alphabet.of('0123456789.e+-InfinityNaN');
    this.booleans = alphabet.of('truefalse');
    this.printed = alphabet.of('function () { [native code] } [object Object] undefined null ,');
  }

  /** The characters of `staticValue(node)`, or `NO_STATIC_VALUE`. */
  characters(node: Node): number {
    const scope = this.scopeOf(node);
    return scope ? this.walk(node, scope, 0) : this.alphabet.all;
  }

  /** The characters of the text of `staticPrefix(resolveValue(node))` (values.ts): 0 when there is none. */
  prefixCharacters(node: Node): number {
    // resolveValue: identifiers to the initialiser of their const, lexically.
    let target = unwrap(node);
    const seen = new Set<Node>();
    for (let depth = 0; depth < MAX_DEPTH && target.type === AST_NODE_TYPES.Identifier && !seen.has(target); depth++) {
      seen.add(target);
      const variable = this.lexicalVariable(target);
      const init = variable ? constInit(variable) : null;
      if (!init) break;
      target = unwrap(init);
    }
    return this.prefix(target, 0);
  }

  /** staticPrefix: the whole static value, else a template's first quasi, else a `+` chain's static left part. */
  private prefix(node: Node, depth: number): number {
    if (depth > MAX_DEPTH) return this.alphabet.all;
    const whole = this.characters(node);
    if (whole !== NO_STATIC_VALUE) return whole;
    const target = unwrap(node);
    if (target.type === AST_NODE_TYPES.TemplateLiteral) {
      const first = target.quasis[0];
      return first ? this.alphabet.of(first.value.cooked ?? first.value.raw) : 0;
    }
    if (target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+') {
      const left = this.prefix(target.left, depth + 1);
      const leftWhole = this.characters(target.left);
      return leftWhole === NO_STATIC_VALUE ? left : left | this.prefix(target.right, depth + 1);
    }
    return 0;
  }

  private scopeOf(node: Node): Scope | null {
    try {
      return this.sourceCode.getScope(node);
    } catch {
      return null;
    }
  }

  private lexicalVariable(id: TSESTree.Identifier): Variable | null {
    return variableOf(id, this.sourceCode);
  }

  /**
   * The variable `getStaticValue` finds for `id` when evaluating from `scope`: inside that scope's block, the
   * identifier's own scope chain (what `getInnermostScope` reaches); outside it (the initialiser of a const declared
   * elsewhere), the name looked up from `scope` upward.
   */
  private variableFor(id: TSESTree.Identifier, scope: Scope): Variable | null {
    const [from, to] = scope.block.range;
    if (id.range[0] >= from && id.range[0] < to) return this.lexicalVariable(id);
    return ASTUtils.findVariable(scope, id.name);
  }

  private walkAll(nodes: readonly (Node | null)[], scope: Scope, depth: number): number {
    let mask = 0;
    for (const node of nodes) {
      if (node === null) continue; // an array hole
      const chars = this.walk(node.type === AST_NODE_TYPES.SpreadElement ? node.argument : node, scope, depth);
      if (chars === NO_STATIC_VALUE) return NO_STATIC_VALUE;
      mask |= chars;
    }
    return mask;
  }

  private walk(node: Node, scope: Scope, depth: number): number {
    if (depth > MAX_DEPTH) return this.alphabet.all;
    const alphabet = this.alphabet;
    const next = depth + 1;
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        return alphabet.of(String(node.value));
      case AST_NODE_TYPES.TemplateLiteral: {
        const expressions = this.walkAll(node.expressions, scope, next);
        if (expressions === NO_STATIC_VALUE) return NO_STATIC_VALUE;
        let mask = expressions;
        for (const quasi of node.quasis) mask |= alphabet.of(quasi.value.cooked ?? quasi.value.raw);
        return mask;
      }
      case AST_NODE_TYPES.Identifier:
        return this.identifier(node, scope, next);
      case AST_NODE_TYPES.BinaryExpression: {
        if (node.operator === 'in' || node.operator === 'instanceof') return NO_STATIC_VALUE;
        const left = this.walk(node.left, scope, next);
        const right = left === NO_STATIC_VALUE ? NO_STATIC_VALUE : this.walk(node.right, scope, next);
        if (right === NO_STATIC_VALUE) return NO_STATIC_VALUE;
        return node.operator === '+' ? left | right | this.numbers : this.numbers | this.booleans;
      }
      case AST_NODE_TYPES.LogicalExpression: {
        const left = this.walk(node.left, scope, next);
        if (left === NO_STATIC_VALUE) return NO_STATIC_VALUE;
        const right = this.walk(node.right, scope, next);
        return right === NO_STATIC_VALUE ? left : left | right;
      }
      case AST_NODE_TYPES.ConditionalExpression: {
        if (this.walk(node.test, scope, next) === NO_STATIC_VALUE) return NO_STATIC_VALUE;
        const consequent = this.walk(node.consequent, scope, next);
        const alternate = this.walk(node.alternate, scope, next);
        if (consequent === NO_STATIC_VALUE) return alternate;
        return alternate === NO_STATIC_VALUE ? consequent : consequent | alternate;
      }
      case AST_NODE_TYPES.UnaryExpression: {
        if (node.operator === 'delete') return NO_STATIC_VALUE;
        if (node.operator === 'void') return alphabet.of('undefined');
        if (this.walk(node.argument, scope, next) === NO_STATIC_VALUE) return NO_STATIC_VALUE;
        return node.operator === 'typeof' ? alphabet.all : node.operator === '!' ? this.booleans : this.numbers;
      }
      case AST_NODE_TYPES.MemberExpression:
        return this.member(node, scope, next);
      case AST_NODE_TYPES.CallExpression:
        return this.call(node, scope, next);
      case AST_NODE_TYPES.NewExpression:
        // Dates, regular expressions, maps: anything.
        return this.walk(node.callee, scope, next) === NO_STATIC_VALUE || this.walkAll(node.arguments, scope, next) === NO_STATIC_VALUE ? NO_STATIC_VALUE : alphabet.all;
      case AST_NODE_TYPES.TaggedTemplateExpression:
        // Only String.raw evaluates: anything.
        return this.walk(node.tag, scope, next) === NO_STATIC_VALUE || this.walkAll(node.quasi.expressions, scope, next) === NO_STATIC_VALUE ? NO_STATIC_VALUE : alphabet.all;
      case AST_NODE_TYPES.ArrayExpression: {
        if (node.elements.length > LARGE) return alphabet.all;
        const elements = this.walkAll(node.elements, scope, next);
        return elements === NO_STATIC_VALUE ? NO_STATIC_VALUE : elements | this.printed;
      }
      case AST_NODE_TYPES.ObjectExpression:
        return this.object(node, scope, next);
      case AST_NODE_TYPES.SequenceExpression:
        return this.walk(node.expressions[node.expressions.length - 1]!, scope, next);
      case AST_NODE_TYPES.AssignmentExpression:
        return node.operator === '=' ? this.walk(node.right, scope, next) : NO_STATIC_VALUE;
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSInstantiationExpression:
      case AST_NODE_TYPES.ExpressionStatement:
        return this.walk(node.expression, scope, next);
      default:
        return NO_STATIC_VALUE; // this, functions, classes, await, yield, `x++`, JSX, imports…
    }
  }

  /** A built-in global, or a const (or never reassigned `let` / `var`) whose initialiser is evaluated in `scope`. */
  private identifier(id: TSESTree.Identifier, scope: Scope, depth: number): number {
    const variable = this.variableFor(id, scope);
    if (!variable) return NO_STATIC_VALUE;
    if (variable.defs.length === 0) return STATIC_GLOBALS.has(variable.name) ? this.alphabet.all : NO_STATIC_VALUE;
    const init = evaluatedInit(variable);
    if (!init) return NO_STATIC_VALUE;
    let byVariable = this.memo.get(scope);
    if (!byVariable) {
      byVariable = new Map();
      this.memo.set(scope, byVariable);
    }
    const known = byVariable.get(variable);
    if (known !== undefined) return known;
    byVariable.set(variable, this.alphabet.all); // while deciding (a cycle): anything
    const chars = this.walk(init, scope, depth);
    byVariable.set(variable, chars);
    return chars;
  }

  private object(node: TSESTree.ObjectExpression, scope: Scope, depth: number): number {
    if (node.properties.length > LARGE) return this.alphabet.all;
    let mask = this.printed;
    for (const property of node.properties) {
      let chars: number;
      if (property.type === AST_NODE_TYPES.SpreadElement) chars = this.walk(property.argument, scope, depth);
      else if (property.kind !== 'init') chars = NO_STATIC_VALUE;
      else {
        const key = property.computed ? this.walk(property.key, scope, depth) : this.keyName(property.key);
        chars = key === NO_STATIC_VALUE ? key : this.walk(property.value, scope, depth);
        if (chars !== NO_STATIC_VALUE) chars |= key; // `Object.keys` lists the key
      }
      if (chars === NO_STATIC_VALUE) return NO_STATIC_VALUE;
      mask |= chars;
    }
    return mask;
  }

  private keyName(key: TSESTree.Node): number {
    if (key.type === AST_NODE_TYPES.Identifier) return this.alphabet.of(key.name);
    if (key.type === AST_NODE_TYPES.Literal) return this.alphabet.of(String(key.value));
    return NO_STATIC_VALUE; // a private name
  }

  /** `object.name` / `object[index]`: a character or element of the object, or a property (a method prints its name). */
  private member(member: TSESTree.MemberExpression, scope: Scope, depth: number): number {
    if (member.property.type === AST_NODE_TYPES.PrivateIdentifier) return NO_STATIC_VALUE;
    const object = this.walk(member.object, scope, depth);
    if (object === NO_STATIC_VALUE) return NO_STATIC_VALUE;
    if (member.computed) {
      const index = member.property;
      if (this.walk(index, scope, depth) === NO_STATIC_VALUE) return NO_STATIC_VALUE;
      return index.type === AST_NODE_TYPES.Literal && typeof index.value === 'number' ? object | this.numbers | this.printed : this.alphabet.all;
    }
    const name = member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : '';
    // A constructor prints its own name (`''.constructor.name` is `String`), a prototype anything.
    if (name === 'constructor' || name === '__proto__' || name === 'prototype' || name === '') return this.alphabet.all;
    return object | this.alphabet.of(name) | this.numbers | this.booleans | this.printed;
  }

  private call(call: TSESTree.CallExpression, scope: Scope, depth: number): number {
    const args = this.walkAll(call.arguments, scope, depth);
    if (args === NO_STATIC_VALUE) return NO_STATIC_VALUE;
    const callee = call.callee;
    if (callee.type !== AST_NODE_TYPES.MemberExpression) {
      if (this.walk(callee, scope, depth) === NO_STATIC_VALUE) return NO_STATIC_VALUE;
      const plain = callee.type === AST_NODE_TYPES.Identifier && PLAIN_GLOBAL_CALLS.has(callee.name) && this.variableFor(callee, scope)?.defs.length === 0;
      return plain ? args | this.numbers | this.booleans | this.printed : this.alphabet.all;
    }
    // The receiver and the method name are evaluated, not the member as a whole.
    if (callee.property.type === AST_NODE_TYPES.PrivateIdentifier) return NO_STATIC_VALUE;
    const receiver = this.walk(callee.object, scope, depth);
    if (receiver === NO_STATIC_VALUE) return NO_STATIC_VALUE;
    if (callee.computed) return this.walk(callee.property, scope, depth) === NO_STATIC_VALUE ? NO_STATIC_VALUE : this.alphabet.all;
    const name = callee.property.name;
    if (SYNTHESISING_METHODS.has(name)) return this.alphabet.all;
    if (CASE_METHODS.has(name) && (receiver & this.alphabet.nonAscii) !== 0) return this.alphabet.all;
    // join / concat / slice / padStart / at / trim / indexOf…: the receiver's and the arguments' characters.
    return receiver | args | this.numbers | this.booleans | this.printed;
  }
}

/**
 * The initialiser `getStaticValue` evaluates for a variable: one `Variable` definition with a plain identifier
 * target, declared `const` or never reassigned.
 */
function evaluatedInit(variable: Variable): TSESTree.Expression | null {
  if (variable.defs.length !== 1) return null;
  const def = variable.defs[0]!;
  if (def.type !== 'Variable' || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) return null;
  return def.parent.kind === 'const' || isNeverReassigned(variable) ? def.node.init : null;
}
