/**
 * How a string value is used. A string that is only compared or searched for (`url.startsWith('http://…')`,
 * `key === 'sk_live_…'`, `case 'http://…':`) describes other data; it is not a value the program sends anywhere,
 * and rewriting it would change what the check does.
 */
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { escapeRegions } from './escapes.js';
import { textFinder, type FinderOptions } from './text-search.js';
import { splitWords } from './card-fields.js';
import { perFile } from './file-cache.js';
import { calleeName, constInit, isNeverReassigned, memberName, unwrap, variableOf, withTypeWrappers } from './values.js';
import { EQUALITY_OPERATORS } from './ast.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

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

/** The node and its parent, skipping TS wrappers around `node`. */
function outer(node: Node): { node: Node; parent: Node | undefined } {
  const current = withTypeWrappers(node);
  return { node: current, parent: current.parent };
}

/**
 * True when `node` is an operand of `==` / `===` / `!=` / `!==`, a `case` test, or the first argument of a search
 * method (`startsWith`, `includes`, `indexOf`, `replace`, `split`, `match`…).
 */
export function isComparedOrSearched(node: Node): boolean {
  const { node: self, parent } = outer(node);
  if (!parent) return false;
  if (parent.type === AST_NODE_TYPES.BinaryExpression) return EQUALITY_OPERATORS.has(parent.operator);
  if (parent.type === AST_NODE_TYPES.SwitchCase) return parent.test === self;
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === self) {
    const callee = parent.callee.type === AST_NODE_TYPES.ChainExpression ? parent.callee.expression : parent.callee;
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const name = memberName(callee);
    return name !== null && SEARCH_METHODS.has(name);
  }
  return false;
}

/**
 * Is `call` an assertion: `expect(…)` and the matchers chained on it (`expect(x).not.toBe(…)`), Node's and chai's
 * `assert(…)` / `assert.equal(…)`, `console.assert(…)`?
 */
function isAssertionCall(call: TSESTree.CallExpression): boolean {
  let callee: Node = call.callee.type === AST_NODE_TYPES.ChainExpression ? call.callee.expression : call.callee;
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name === 'expect' || callee.name === 'assert';
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  if (callee.object.type === AST_NODE_TYPES.Identifier) {
    return callee.object.name === 'assert' || (callee.object.name === 'console' && memberName(callee) === 'assert');
  }
  // A matcher: down the member chain to the call it is made on, which must be `expect(…)`.
  for (let depth = 0; callee.type === AST_NODE_TYPES.MemberExpression && depth < 8; depth++) callee = callee.object;
  return callee.type === AST_NODE_TYPES.CallExpression && callee.callee.type === AST_NODE_TYPES.Identifier && callee.callee.name === 'expect';
}

/** First words of a predicate's name: `isAllowedSdkUrl`, `hasStripeHost`, `validateUrl`, `checkOrigin`, `matchesPolicy`. */
const PREDICATE_FIRST_WORDS: ReadonlySet<string> = new Set([
  'is', 'has', 'can', 'should', 'must', 'allow', 'allows', 'check', 'validate', 'verify', 'match', 'matches', 'accept',
  'accepts', 'permit', 'permits', 'trust', 'trusts',
]);
/** Words of a predicate's name anywhere: `urlAllowed`, `originTrusted`, `safeUrl`. */
const PREDICATE_WORDS: ReadonlySet<string> = new Set(['valid', 'allowed', 'trusted', 'permitted', 'safe', 'secure', 'insecure']);

/** Is a call's callee named as a predicate, one that checks what it is handed (`isAllowedSdkUrl`, `validator.isSafeUrl`)? */
function isPredicateCall(call: TSESTree.CallExpression): boolean {
  const name = calleeName(call);
  if (name === null) return false;
  const words = splitWords(name);
  return words.length > 0 && (PREDICATE_FIRST_WORDS.has(words[0]!) || words.some((word) => PREDICATE_WORDS.has(word)));
}

/**
 * True when `node` is what a check is handed rather than data the program uses: an argument of an assertion
 * (`expect(…)`, a matcher on it, `assert.equal(…)`, `console.assert(…)`) or of a predicate, a call named for checking
 * what it is given (`isAllowedSdkUrl('http://…')`, `isPaymentFrameDomain('http://…') === false`: an allow-list's test
 * input, real-world batch 278). A request or a script load inside an assertion (`expect(await fetch('http://…'))`) is
 * still a use (regression probe 280).
 */
export function isAssertionInput(node: Node): boolean {
  const { node: self, parent } = outer(node);
  if (parent?.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.includes(self as TSESTree.CallExpressionArgument)) return false;
  return isAssertionCall(parent) || isPredicateCall(parent);
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
    // The source between the quasi's delimiters (`` ` `` or `}` before, `${` or `` ` `` after). The parser's
    // `value.raw` has its line breaks normalised (CR LF and CR to LF, as the language says), so in a file saved with
    // CR LF line endings it is not the source: compared once normalised the same way.
    const source = sourceText.slice(rawStart, quasi.range[1] - (quasi.tail ? 1 : 2));
    const raw = source === quasi.value.raw || source.replace(/\r\n?/g, '\n') === quasi.value.raw ? source : null;
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
// Can the file's text spell a word? (exact file-level prefilters)

/**
 * Words looked for in source text (see `sourceMaySpell`), made once at module level and shared by every module that
 * asks for the same words.
 */
export interface SpellingTerm {
  /** Position in the per-file answers. */
  readonly id: number;
  readonly words: readonly string[];
  /** The words in any ASCII case. */
  readonly ignoreCase: boolean;
  /** Does a text contain one of the words (as itself)? */
  readonly foundIn: (text: string) => boolean;
}

const terms: SpellingTerm[] = [];
const termsByKey = new Map<string, SpellingTerm>();

/**
 * The term for `words` (shared by every module that asks for the same words). `everyFile`: the term is asked of nearly
 * every file (see `FinderOptions`).
 */
export function spellingTerm(words: readonly string[], options: { ignoreCase?: boolean } & FinderOptions = {}): SpellingTerm {
  const ignoreCase = options.ignoreCase ?? false;
  const everyFile = options.everyFile ?? false;
  const key = `${ignoreCase ? 'i' : ''}${everyFile ? 'e' : ''}:${words.join('|')}`;
  const known = termsByKey.get(key);
  if (known) return known;
  const term: SpellingTerm = { id: terms.length, words, ignoreCase, foundIn: textFinder(words, { ignoreCase, everyFile }) };
  terms.push(term);
  termsByKey.set(key, term);
  return term;
}

/** What one file's text was found to spell, per term id: `undefined` until asked. */
interface SpellingFacts {
  plain: (boolean | undefined)[];
  escaped: (boolean | undefined)[];
}

/** Per file, asked a few times by a few rules. */
const spellingFacts = (sourceCode: SourceCode): SpellingFacts => perFile(sourceCode, 'spelling', () => ({ plain: [], escaped: [] }));

/**
 * Can the file's text spell a word of any of `wanted`? A necessary condition for any string value, template quasi,
 * identifier name, JSX text or comment of the file to contain one: written as itself, or with escapes
 * (`'\x73k_live_'`, `\u0073tripe`, `&#115;tripe`, line continuations; see escapes.ts). Each term is looked for once
 * per file, when first asked. A value assembled by evaluation (`'str' + 'ipe'`, `['sk', 'live'].join('_')`) is not
 * covered: analyses that evaluate expressions need their own condition.
 */
export function sourceMaySpell(sourceCode: SourceCode, wanted: readonly SpellingTerm[]): boolean {
  return sourceSpellsPlainly(sourceCode, wanted) || sourceSpellsEscaped(sourceCode, wanted);
}

/** Does the file's text write a word of any of `wanted` as itself (no escapes)? */
export function sourceSpellsPlainly(sourceCode: SourceCode, wanted: readonly SpellingTerm[]): boolean {
  const plain = spellingFacts(sourceCode).plain;
  for (const term of wanted) if ((plain[term.id] ??= term.foundIn(sourceCode.text))) return true;
  return false;
}

/**
 * Does the file's text spell a word of any of `wanted` near an escape: in the decoded stretches around its escapes
 * (`escapeRegions`), which hold every spelling that uses one (and may repeat plain ones)?
 */
export function sourceSpellsEscaped(sourceCode: SourceCode, wanted: readonly SpellingTerm[]): boolean {
  const escaped = spellingFacts(sourceCode).escaped;
  let regions: string | null | undefined;
  for (const term of wanted) {
    let found = escaped[term.id];
    if (found === undefined) {
      regions = regions === undefined ? escapeRegions(sourceCode) : regions;
      found = regions !== null && term.foundIn(regions);
      escaped[term.id] = found;
    }
    if (found) return true;
  }
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

  /**
   * staticPrefix: the whole static value, else a template's quasis and static values up to its first unknown value,
   * else a `+` chain's static left part.
   */
  private prefix(node: Node, depth: number): number {
    if (depth > MAX_DEPTH) return this.alphabet.all;
    const whole = this.characters(node);
    if (whole !== NO_STATIC_VALUE) return whole;
    const target = unwrap(node);
    if (target.type === AST_NODE_TYPES.TemplateLiteral) {
      let characters = 0;
      for (const [i, quasi] of target.quasis.entries()) {
        characters |= this.alphabet.of(quasi.value.cooked ?? quasi.value.raw);
        const expression = target.expressions[i];
        const value = expression ? this.characters(expression) : NO_STATIC_VALUE;
        if (value === NO_STATIC_VALUE) break;
        characters |= value;
      }
      return characters;
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
