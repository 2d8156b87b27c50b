/**
 * How a string value is used. A string that is only compared or searched for (`url.startsWith('http://…')`,
 * `key === 'sk_live_…'`, `case 'http://…':`) describes other data; it is not a value the program sends anywhere,
 * and rewriting it would change what the check does.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { perFile } from './file-cache.js';
import { memberName, unwrap } from './values.js';

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
 * file, so terms are made once, at module level; terms must not start the same way (`sk_` and `sk_live_`), since the
 * scan finds one term per position.
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
  /** Every term's plain words, one capture group per term in `id` order. */
  plain: RegExp;
  /** Every term's spellings, one capture group per term, sticky. */
  escaped: RegExp;
  reach: number;
  starts: ReadonlySet<string>;
}

/** Rebuilt (and re-run on a file already scanned) when a term is added. */
let patterns: SharedPatterns | null = null;

function shared(): SharedPatterns {
  patterns ??= {
    plain: new RegExp(terms.map((term) => `(${term.plain})`).join('|'), 'g'),
    escaped: new RegExp(terms.map((term) => `(${term.escaped})`).join('|'), 'y'),
    reach: Math.max(0, ...terms.map((term) => term.reach)),
    starts: new Set(terms.flatMap((term) => [...term.starts])),
  };
  return patterns;
}

const caseFree = (text: string): string => [...text].map((ch) => (/[a-z]/i.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : regExpLiteral(ch))).join('');

/** The term for `words` (shared by every module that asks for the same words). */
export function spellingTerm(words: readonly string[], options: { ignoreCase?: boolean } = {}): SpellingTerm {
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

/** Which term the match of a pattern with one group per term found. */
const matchedTerm = (match: RegExpExecArray): number => {
  let id = 0;
  while (match[id + 1] === undefined) id++;
  return id;
};

/** Which terms the file's text writes plainly: one pass of one regular expression over the text. */
function plainTerms(sourceCode: SourceCode, facts: SpellingFacts): readonly boolean[] {
  if (facts.plain !== null && facts.plain.length === terms.length) return facts.plain;
  const found = new Array<boolean>(terms.length).fill(false);
  const scan = shared().plain;
  const text = sourceCode.text;
  let missing = terms.length;
  scan.lastIndex = 0;
  for (let match = scan.exec(text); match !== null && missing > 0; match = scan.exec(text)) {
    const id = matchedTerm(match);
    if (!found[id]) {
      found[id] = true;
      missing--;
    }
    scan.lastIndex = match.index + 1;
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
        const match = escaped.exec(text);
        if (match) found[matchedTerm(match)] = true;
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
  const facts = spellingFacts(sourceCode);
  const plain = plainTerms(sourceCode, facts);
  for (const term of wanted) if (plain[term.id]) return true;
  const escaped = escapedTerms(sourceCode, facts);
  for (const term of wanted) if (escaped[term.id]) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Which expressions can have a static value (a scope-free pre-check before `staticValue` / `staticPrefix`)

/**
 * Globals whose value `getStaticValue` (@eslint-community/eslint-utils) reads from the running engine when they are
 * not declared in the file (its `builtinNames`). tests/analysis/string-use.test.ts checks that no other global
 * name evaluates.
 */
export const STATIC_GLOBALS: ReadonlySet<string> = new Set([
  'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'Boolean', 'DataView', 'Date', 'decodeURI',
  'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'escape', 'Float32Array', 'Float64Array', 'Function',
  'Infinity', 'Int16Array', 'Int32Array', 'Int8Array', 'isFinite', 'isNaN', 'isPrototypeOf', 'JSON', 'Map', 'Math',
  'NaN', 'Number', 'Object', 'parseFloat', 'parseInt', 'Promise', 'Proxy', 'Reflect', 'RegExp', 'Set', 'String',
  'Symbol', 'Uint16Array', 'Uint32Array', 'Uint8Array', 'Uint8ClampedArray', 'undefined', 'unescape', 'WeakMap',
  'WeakSet',
]);

/** Names `getStaticValue` may resolve to a value (see `StaticBindings`). */
export interface StaticNames {
  has(name: string): boolean;
}

/** `for (let i = 0; …; i++)`: a loop counter written by its own loop's update is never a const. */
function isLoopCounter(declarator: TSESTree.VariableDeclarator, name: string): boolean {
  const declaration = declarator.parent;
  const loop = declaration?.parent;
  if (declaration?.kind === 'const' || loop?.type !== AST_NODE_TYPES.ForStatement || loop.init !== declaration || !loop.update) return false;
  const writes = (expr: Node): boolean =>
    expr.type === AST_NODE_TYPES.SequenceExpression
      ? expr.expressions.some(writes)
      : (expr.type === AST_NODE_TYPES.UpdateExpression && expr.argument.type === AST_NODE_TYPES.Identifier && expr.argument.name === name) ||
        (expr.type === AST_NODE_TYPES.AssignmentExpression && expr.left.type === AST_NODE_TYPES.Identifier && expr.left.name === name);
  return writes(loop.update);
}

const NO_DECLARATORS: readonly TSESTree.VariableDeclarator[] = [];

/**
 * The names `getStaticValue` may follow to a value, by name and without scope lookups: fed every
 * `VariableDeclarator` of a file (`add`), a name counts when some declarator binds it as a plain identifier with an
 * initialiser that may itself be static (`const x = 'a'`, a `let` / `var` perhaps never reassigned; not a loop
 * counter). Asked lazily, per name, once the whole file has been traversed.
 */
export class StaticBindings implements StaticNames {
  private readonly added: TSESTree.VariableDeclarator[] = [];
  private byName: Map<string, TSESTree.VariableDeclarator[]> | null = null;
  private readonly known = new Map<string, boolean>();

  add(declarator: TSESTree.VariableDeclarator): void {
    this.added.push(declarator);
  }

  /** Declarators by the name they bind, built on the first question. */
  private declarators(): Map<string, TSESTree.VariableDeclarator[]> {
    if (this.byName) return this.byName;
    const byName = new Map<string, TSESTree.VariableDeclarator[]>();
    for (const declarator of this.added) {
      if (!declarator.init || declarator.id.type !== AST_NODE_TYPES.Identifier) continue;
      const name = declarator.id.name;
      if (isLoopCounter(declarator, name)) continue;
      const list = byName.get(name);
      if (list) list.push(declarator);
      else byName.set(name, [declarator]);
    }
    this.byName = byName;
    return byName;
  }

  /** Some declarator binds `name` with an initialiser (what `resolveValue` may follow). */
  binds(name: string): boolean {
    return this.declarators().has(name);
  }

  /** The initialisers bound to `name` (see `add`). */
  initialisers(name: string): readonly TSESTree.VariableDeclarator[] {
    return this.declarators().get(name) ?? NO_DECLARATORS;
  }

  has(name: string): boolean {
    const known = this.known.get(name);
    if (known !== undefined) return known;
    const declarators = this.declarators().get(name);
    if (!declarators) return false;
    this.known.set(name, true); // while deciding (a cycle), assume it may: a superset stays exact
    const result = declarators.some((declarator) => mayHaveStaticValue(declarator.init!, this));
    this.known.set(name, result);
    return result;
  }
}

/** Arrays and objects larger than this are assumed to have a static value (a superset is exact). */
const LARGE = 16;

const mayAll = (nodes: readonly (Node | null)[], names: StaticNames): boolean => {
  for (const node of nodes) {
    if (node === null) continue; // array hole
    if (!mayHaveStaticValue(node.type === AST_NODE_TYPES.SpreadElement ? node.argument : node, names)) return false;
  }
  return true;
};

/**
 * False only when `staticValue(node)` is certainly `undefined`, judged without scope lookups: it mirrors what
 * `getStaticValue` (@eslint-community/eslint-utils) evaluates — literals, templates, operators, members and calls of
 * static values, consts, the built-in globals — and fails on anything else (`this`, functions, `await`, parameters,
 * imports, names that no declarator of the file binds…). `names`: the file's `StaticBindings` (or any superset).
 */
export function mayHaveStaticValue(node: Node, names: StaticNames): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return true;
    case AST_NODE_TYPES.Identifier:
      return names.has(node.name) || STATIC_GLOBALS.has(node.name);
    case AST_NODE_TYPES.TemplateLiteral:
      return mayAll(node.expressions, names);
    case AST_NODE_TYPES.TaggedTemplateExpression:
      return mayHaveStaticValue(node.tag, names) && mayAll(node.quasi.expressions, names);
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator !== 'in' && node.operator !== 'instanceof' && mayHaveStaticValue(node.left, names) && mayHaveStaticValue(node.right, names);
    case AST_NODE_TYPES.LogicalExpression:
      return mayHaveStaticValue(node.left, names); // the result is the left value or, when the left is static, the right one
    case AST_NODE_TYPES.ConditionalExpression:
      return mayHaveStaticValue(node.test, names);
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator === 'void' || (node.operator !== 'delete' && mayHaveStaticValue(node.argument, names));
    case AST_NODE_TYPES.MemberExpression:
      // Also a call's member callee, which is read as its object and property name.
      return (
        node.property.type !== AST_NODE_TYPES.PrivateIdentifier &&
        mayHaveStaticValue(node.object, names) &&
        (!node.computed || mayHaveStaticValue(node.property, names))
      );
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return mayAll(node.arguments, names) && mayHaveStaticValue(node.callee, names);
    case AST_NODE_TYPES.ArrayExpression:
      return node.elements.length > LARGE || mayAll(node.elements, names);
    case AST_NODE_TYPES.ObjectExpression:
      if (node.properties.length > LARGE) return true; // not worth walking: assume it may
      for (const property of node.properties) {
        if (property.type === AST_NODE_TYPES.SpreadElement) {
          if (!mayHaveStaticValue(property.argument, names)) return false;
        } else if (property.kind !== 'init' || (property.computed && !mayHaveStaticValue(property.key, names)) || !mayHaveStaticValue(property.value, names)) {
          return false;
        }
      }
      return true;
    case AST_NODE_TYPES.SequenceExpression:
      return mayHaveStaticValue(node.expressions[node.expressions.length - 1]!, names);
    case AST_NODE_TYPES.AssignmentExpression:
      return node.operator === '=' && mayHaveStaticValue(node.right, names);
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSInstantiationExpression:
    case AST_NODE_TYPES.ExpressionStatement:
      return mayHaveStaticValue(node.expression, names);
    default:
      return false;
  }
}

/**
 * False only when `staticPrefix(node)` (values.ts) is certainly `null`: no static value, and not a template or a `+`
 * chain with a static prefix on its left. Scope-free, like `mayHaveStaticValue`.
 */
export function mayHaveStaticPrefix(node: Node, names: StaticNames): boolean {
  if (mayHaveStaticValue(node, names)) return true;
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.TemplateLiteral) return true;
  return target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+' && mayHaveStaticPrefix(target.left, names);
}

/** False only when `staticPrefix(resolveValue(node))` (values.ts) is certainly `null`. */
export function mayResolveToStaticPrefix(node: Node, bindings: StaticBindings): boolean {
  const target = unwrap(node);
  // resolveValue follows an identifier to the initialiser of its const (a template keeps a static prefix).
  if (target.type === AST_NODE_TYPES.Identifier && bindings.binds(target.name)) return true;
  return mayHaveStaticPrefix(target, bindings);
}

// ---------------------------------------------------------------------------------------------------------------
// Which characters a static value can contain (a scope-free pre-check before evaluating it)

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
 * Which characters of an alphabet the string form of an expression's static value (`staticValue`, or the text of
 * `staticPrefix(resolveValue(…))`) may contain, without scope lookups: the characters of its literals, of the
 * initialisers of the names it reads (by name, see `StaticBindings`), of what numbers, booleans, objects and
 * built-in functions print, and every character where the evaluator may synthesise text (`String.fromCharCode`,
 * `decodeURI`, dates, radix digits, case mapping of non-ASCII text…). Parts without a static value add nothing. A
 * value can contain a word only if the mask covers the word's characters.
 */
export class StaticCharacters {
  private readonly names = new Map<string, number>();
  private readonly numbers: number;
  private readonly booleans: number;
  /** What `ToString` of a built-in function or an object adds: `function name() { [native code] }`, `[object Object]`. */
  private readonly printed: number;

  constructor(
    private readonly bindings: StaticBindings,
    private readonly alphabet: Alphabet,
  ) {
    this.numbers = alphabet.of('0123456789.e+-InfinityNaN');
    this.booleans = alphabet.of('truefalse');
    this.printed = alphabet.of('function () { [native code] } [object Object] undefined null ,');
  }

  of(node: Node | null): number {
    if (node === null) return 0;
    const alphabet = this.alphabet;
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        return alphabet.of(String(node.value));
      case AST_NODE_TYPES.TemplateLiteral: {
        let mask = 0;
        for (const quasi of node.quasis) mask |= alphabet.of(quasi.value.cooked ?? quasi.value.raw);
        for (const expression of node.expressions) mask |= this.of(expression);
        return mask;
      }
      case AST_NODE_TYPES.Identifier:
        return STATIC_GLOBALS.has(node.name) ? alphabet.all : this.ofName(node.name);
      case AST_NODE_TYPES.BinaryExpression:
        return node.operator === '+' ? this.of(node.left) | this.of(node.right) | this.numbers : this.numbers | this.booleans;
      case AST_NODE_TYPES.LogicalExpression:
        return this.of(node.left) | this.of(node.right);
      case AST_NODE_TYPES.ConditionalExpression:
        return this.of(node.consequent) | this.of(node.alternate);
      case AST_NODE_TYPES.UnaryExpression:
        return node.operator === 'typeof' ? alphabet.all : node.operator === 'void' ? alphabet.of('undefined') : node.operator === '!' ? this.booleans : this.numbers;
      case AST_NODE_TYPES.ArrayExpression:
        return this.ofAll(node.elements) | this.printed;
      case AST_NODE_TYPES.ObjectExpression: {
        let mask = this.printed;
        for (const property of node.properties) {
          if (property.type === AST_NODE_TYPES.SpreadElement) mask |= this.of(property.argument);
          else mask |= this.ofKey(property) | this.of(property.value);
        }
        return mask;
      }
      case AST_NODE_TYPES.MemberExpression:
        return this.ofMember(node);
      case AST_NODE_TYPES.CallExpression:
        return this.ofCall(node);
      case AST_NODE_TYPES.SequenceExpression:
        return this.of(node.expressions[node.expressions.length - 1] ?? null);
      case AST_NODE_TYPES.AssignmentExpression:
        return this.of(node.right);
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSInstantiationExpression:
        return this.of(node.expression);
      default:
        // `new` (dates, regular expressions, maps), tagged templates (`String.raw`), anything else: anything.
        return alphabet.all;
    }
  }

  private ofAll(nodes: readonly (Node | null)[]): number {
    let mask = 0;
    for (const node of nodes) mask |= this.of(node?.type === AST_NODE_TYPES.SpreadElement ? node.argument : node);
    return mask;
  }

  /** A property key as `Object.keys` would list it. */
  private ofKey(property: TSESTree.Property): number {
    if (property.computed) return this.of(property.key);
    const key = property.key;
    return key.type === AST_NODE_TYPES.Identifier ? this.alphabet.of(key.name) : key.type === AST_NODE_TYPES.Literal ? this.alphabet.of(String(key.value)) : this.alphabet.all;
  }

  /** `object.name` / `object[index]`: a character or element of the object, or a property (a method prints its name). */
  private ofMember(member: TSESTree.MemberExpression): number {
    const object = this.of(member.object);
    if (member.computed) {
      const index = member.property;
      return index.type === AST_NODE_TYPES.Literal && typeof index.value === 'number' ? object | this.numbers | this.printed : this.alphabet.all;
    }
    if (member.property.type !== AST_NODE_TYPES.Identifier) return this.alphabet.all;
    const name = member.property.name;
    // A constructor prints its own name (`''.constructor.name` is `String`), a prototype anything.
    if (name === 'constructor' || name === '__proto__' || name === 'prototype') return this.alphabet.all;
    return object | this.alphabet.of(name) | this.numbers | this.booleans | this.printed;
  }

  private ofCall(call: TSESTree.CallExpression): number {
    const callee = call.callee;
    const args = this.ofAll(call.arguments);
    if (callee.type === AST_NODE_TYPES.Identifier) {
      return PLAIN_GLOBAL_CALLS.has(callee.name) ? args | this.numbers | this.booleans | this.printed : this.alphabet.all;
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return this.alphabet.all;
    const name = callee.property.name;
    if (SYNTHESISING_METHODS.has(name)) return this.alphabet.all;
    const receiver = this.of(callee.object);
    if (CASE_METHODS.has(name) && (receiver & this.alphabet.nonAscii) !== 0) return this.alphabet.all;
    // join / concat / slice / padStart / at / trim / indexOf…: the receiver's and the arguments' characters.
    return receiver | args | this.numbers | this.booleans | this.printed;
  }

  private ofName(name: string): number {
    const known = this.names.get(name);
    if (known !== undefined) return known;
    this.names.set(name, this.alphabet.all); // while deciding (a cycle): anything
    let mask = 0;
    for (const declarator of this.bindings.initialisers(name)) mask |= this.of(declarator.init);
    this.names.set(name, mask);
    return mask;
  }
}
