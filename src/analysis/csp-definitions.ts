/**
 * Where JS / TS code defines a Content-Security-Policy (stripe-facts.md §4.2), read into the data model of `csp.ts`,
 * with what a suggestion needs to edit it in place:
 *
 * - helmet: `helmet(opts)`, `helmet.contentSecurityPolicy(opts)`, the named `contentSecurityPolicy` export, the same
 *   from `koa-helmet`, and `fastify.register(fastifyHelmet, opts)` (`@fastify/helmet`): without `directives`, helmet's
 *   defaults; directives given are merged into them unless `useDefaults: false` (helmet 5+; where the project declares
 *   an older helmet, koa-helmet or fastify-helmet, only with `useDefaults: true`); `null` removes a directive; function
 *   entries are unknown;
 * - header values: `res.setHeader / set / header / append(name, value)`, `headers.set(name, value)`, object
 *   properties named `Content-Security-Policy` (`writeHead`, `new Response(…, { headers })`, `res.set({…})`),
 *   `{ key: 'Content-Security-Policy', value }` entries (next.config `headers()`), `h['Content-Security-Policy'] = v`;
 * - Hono's `secureHeaders({ contentSecurityPolicy: { defaultSrc: [...], scriptSrc: [...] } })` (`hono/secure-headers`),
 *   which sends only the directives it is given (no defaults; without `contentSecurityPolicy` it sends no policy);
 * - hapi's blankie plugin, `{ plugin: Blankie, options: { scriptSrc: ['self', 'https://js.stripe.com'] } }` (also
 *   hapi 16's `register:` key, and `Blankie` registered alone), with blankie 5's defaults and quoting;
 * - @nichtsam/helmet (the Epic Stack's): `contentSecurity(headers, { contentSecurityPolicy: { directives: { fetch: {
 *   'script-src': [...] } } } })`, `helmet(headers, { content: … })` (also its `node-http` entry) and the
 *   `contentSecurityPolicy` rule itself, with its defaults merged per group unless `useDefaults: false`;
 * - SvelteKit's `kit.csp.directives` in `svelte.config.js`, the directives SvelteKit sends with its pages (keywords
 *   quoted as SvelteKit quotes them, its nonce added to `script-src` and `script-src-elem` as it adds it);
 * - `<meta httpEquiv="Content-Security-Policy" content="…">` in JSX.
 *
 * Policy strings are read through consts, templates (non-static `${}` parts become unknown), `+`, `[…].join(sep)`
 * and whitespace clean-ups (`.replace(/\n/g, '')`, `.replace(/\s{2,}/g, ' ')`, `.trim()`).
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  HELMET_DEFAULT_DIRECTIVES,
  UNKNOWN,
  dashify,
  directiveEnd,
  helmetPolicy,
  isNoneOnly,
  namesStripeOrigin,
  parsePolicyList,
  sourceAllows,
  type CspDirective,
  type CspPolicy,
  type HelmetDirectiveOption,
  type HelmetDirectiveValue,
} from './csp.js';
import { enclosingFunction, EQUALITY_OPERATORS, returnedValues, someInBody, someNode, topLevelStatements, type PropertyOf } from './ast.js';
import { STRIPE_CSP_SOURCES } from '../stripe/csp.js';
import { markupAttribute, type MarkupElement } from './markup.js';
import { perFile, physicalFilenameOf } from './file-cache.js';
import { declaredMajor } from './package-json.js';
import { isModuleRef, moduleRefOf, type ModuleRef } from './modules.js';
import { stripeMentionedInCodeBut } from './stripe-clients.js';
import { textFinder } from './text-search.js';
import { constInit, contentsChanged, isNullish, localFunctionOf, memberName, objectEntry, propertyKey, requiredModule, resolveValue, staticString, staticValue, unwrap, variableOf, writtenName } from './values.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;
export type FixFunction = (fixer: Fixer) => Fix | Fix[];

export const CSP_HEADER = 'content-security-policy';
export const CSP_REPORT_ONLY_HEADER = 'content-security-policy-report-only';

const MAX_DEPTH = 10;

// ---------------------------------------------------------------------------------------------------------------
// Policy text read from code, mapped back to the source

export interface TextPiece {
  /** Offsets of the piece in the policy text. */
  start: number;
  end: number;
  /** Source offset of every text offset in [start, end]; null when the piece cannot be edited in place. */
  sourceOffsets: number[] | null;
  /** Text as it must be written inside this piece, or null when the piece cannot hold it. */
  escape: (text: string) => string | null;
  node: Node;
}

export interface PolicyText {
  /** The policy with `UNKNOWN` for every part that is not static. */
  text: string;
  /** The literal pieces the text was read from (static values computed elsewhere are not pieces). */
  pieces: TextPiece[];
}

/** While a policy's text is read: the branch taken at each condition met so far, and the conditions not yet chosen. */
interface Reading extends PolicyText {
  choices: ReadonlyMap<Node, 0 | 1>;
  /** Conditions met with no choice made (their first branch was read); null: read them as unknown. */
  open: Node[] | null;
}

/** How many texts one policy expression is read as, at most: one per combination of the branches of its conditions. */
const MAX_POLICY_VARIANTS = 8;

/**
 * Read the policy texts an expression evaluates to, keeping track of where each literal character is written. A
 * condition inside it (an element of a joined array, a template's hole, a `+` operand: `dev ? "connect-src 'self' ws:"
 * : "connect-src 'self'"`) makes one text per branch, each of which may reach a browser (real-world batch 247: a
 * Next.js config's policy array); past `MAX_POLICY_VARIANTS` texts, the conditions left are read as unknown parts.
 */
export function policyTexts(node: Node, sourceCode: SourceCode): PolicyText[] {
  const out: PolicyText[] = [];
  // Each condition read both ways adds one text.
  let budget = MAX_POLICY_VARIANTS - 1;
  const read = (choices: ReadonlyMap<Node, 0 | 1>): void => {
    const acc: Reading = { text: '', pieces: [], choices, open: budget > 0 ? [] : null };
    collectText(node, sourceCode, acc, 0);
    const next = acc.open?.[0];
    if (next === undefined) {
      out.push({ text: acc.text, pieces: acc.pieces });
      return;
    }
    budget--;
    read(new Map([...choices, [next, 0]]));
    read(new Map([...choices, [next, 1]]));
  };
  read(new Map());
  return out;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  v: '\v',
  "'": "'",
  '"': '"',
  '\\': '\\',
  '`': '`',
  $: '$',
  '{': '{',
  '}': '}',
};

/**
 * Source offset of each character of `cooked` as written in `raw` (which starts at `rawStart`), plus the end offset;
 * null for escapes other than the single-character ones (`\x41`, `\u0041`, octal).
 */
function mapEscapes(raw: string, cooked: string, rawStart: number, template: boolean): number[] | null {
  const offsets: number[] = [];
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i]!;
    if (ch === '\\') {
      const next = raw[i + 1];
      if (next === '\n' || next === '\r') {
        i += next === '\r' && raw[i + 2] === '\n' ? 3 : 2; // line continuation: no character
        continue;
      }
      const value = next === undefined ? undefined : SIMPLE_ESCAPES[next];
      if (value === undefined) return null;
      offsets.push(rawStart + i);
      out += value;
      i += 2;
      continue;
    }
    offsets.push(rawStart + i);
    if (template && ch === '\r') {
      out += '\n'; // a template normalises CRLF to LF
      i += raw[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    out += ch;
    i += 1;
  }
  offsets.push(rawStart + raw.length);
  return out === cooked ? offsets : null;
}

const quotedEscape = (quote: string) => (text: string): string => text.replace(/\\/g, '\\\\').split(quote).join(`\\${quote}`);
const templateEscape = (text: string): string => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

function pushPiece(acc: PolicyText, text: string, node: Node, sourceOffsets: number[] | null, escape: TextPiece['escape']): void {
  const start = acc.text.length;
  acc.text += text;
  acc.pieces.push({ start, end: acc.text.length, sourceOffsets, escape, node });
}

function collectText(node: Node, sourceCode: SourceCode, acc: Reading, depth: number): void {
  const target = unwrap(node);
  if (depth > MAX_DEPTH) {
    acc.text += UNKNOWN;
    return;
  }
  switch (target.type) {
    case AST_NODE_TYPES.Literal: {
      if (typeof target.value !== 'string') break;
      const raw = sourceCode.getText(target);
      const quote = raw[0]!;
      if (target.parent?.type === AST_NODE_TYPES.JSXAttribute) {
        // JSX attribute strings have no backslash escapes; entities (`&amp;`) make the text read-only.
        const inner = raw.slice(1, -1);
        const offsets = inner === target.value ? [...Array(inner.length + 1).keys()].map((i) => target.range[0] + 1 + i) : null;
        pushPiece(acc, target.value, target, offsets, (text) => (text.includes(quote) ? null : text));
        return;
      }
      pushPiece(acc, target.value, target, mapEscapes(raw.slice(1, -1), target.value, target.range[0] + 1, false), quotedEscape(quote));
      return;
    }
    case AST_NODE_TYPES.TemplateLiteral: {
      target.quasis.forEach((quasi, index) => {
        const cooked = quasi.value.cooked;
        if (typeof cooked !== 'string') {
          acc.text += UNKNOWN;
        } else {
          const rawStart = quasi.range[0] + 1; // after ` or }
          pushPiece(acc, cooked, quasi, mapEscapes(quasi.value.raw, cooked, rawStart, true), templateEscape);
        }
        const expression = target.expressions[index];
        if (expression) collectText(expression, sourceCode, acc, depth + 1);
      });
      return;
    }
    case AST_NODE_TYPES.BinaryExpression: {
      if (target.operator !== '+') break;
      if (typeof staticValue(target, sourceCode) === 'number') break;
      collectText(target.left, sourceCode, acc, depth + 1);
      collectText(target.right, sourceCode, acc, depth + 1);
      return;
    }
    case AST_NODE_TYPES.Identifier: {
      const resolved = resolveValue(target, sourceCode);
      if (resolved !== target) {
        collectText(resolved, sourceCode, acc, depth + 1);
        return;
      }
      break;
    }
    case AST_NODE_TYPES.JSXExpressionContainer: {
      if (target.expression.type === AST_NODE_TYPES.JSXEmptyExpression) break;
      collectText(target.expression, sourceCode, acc, depth + 1);
      return;
    }
    case AST_NODE_TYPES.CallExpression: {
      if (collectCall(target, sourceCode, acc, depth)) return;
      break;
    }
    case AST_NODE_TYPES.ConditionalExpression: {
      // A test the file decides is read as its value (below); else each branch makes a text of its own (policyTexts).
      if (staticValue(target.test, sourceCode) !== undefined) break;
      let branch = acc.choices.get(target);
      if (branch === undefined) {
        if (acc.open === null) break;
        acc.open.push(target);
        branch = 0;
      }
      collectText(branch === 0 ? target.consequent : target.alternate, sourceCode, acc, depth + 1);
      return;
    }
    default:
      break;
  }
  const value = staticString(target, sourceCode);
  acc.text += value ?? UNKNOWN;
}

const NON_WHITESPACE_PROBES = ['a', 'Z', '0', "'", '-', ':', '/', '.', ';', '*', '_', UNKNOWN];

/** `x.replace(/\n/g, '')`, `x.replace(/\s{2,}/g, ' ')`: clean-ups that only touch whitespace keep the policy. */
function isWhitespaceCleanup(call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const [pattern, replacement] = call.arguments;
  if (!pattern || !replacement || pattern.type !== AST_NODE_TYPES.Literal || !('regex' in pattern) || !pattern.regex) return false;
  const by = staticString(replacement, sourceCode);
  if (by !== '' && by !== ' ') return false;
  let regex: RegExp;
  try {
    regex = new RegExp(pattern.regex.pattern, pattern.regex.flags.replace(/[gy]/g, ''));
  } catch {
    return false;
  }
  if (NON_WHITESPACE_PROBES.some((probe) => regex.test(probe))) return false;
  // Removing single spaces would glue sources together: not a clean-up.
  return !(by === '' && regex.test(' '));
}

const TRIMS = new Set(['trim', 'trimStart', 'trimEnd', 'toString', 'valueOf']);

function collectCall(call: TSESTree.CallExpression, sourceCode: SourceCode, acc: Reading, depth: number): boolean {
  const callee = unwrap(call.callee);
  // `getCsp(nonce)`: a function of this file with one return value (its parameters are unknown parts).
  const fn = localFunctionOf(callee, sourceCode);
  if (fn) {
    const returned = returnedValues(fn, sourceCode);
    if (returned.length !== 1) return false;
    collectText(returned[0]!, sourceCode, acc, depth + 1);
    return true;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = memberName(callee, sourceCode);
  if (method !== null && TRIMS.has(method) && call.arguments.length === 0) {
    collectText(callee.object, sourceCode, acc, depth + 1);
    return true;
  }
  if ((method === 'replace' || method === 'replaceAll') && isWhitespaceCleanup(call, sourceCode)) {
    collectText(callee.object, sourceCode, acc, depth + 1);
    return true;
  }
  if (method === 'join') {
    const array = resolveValue(callee.object, sourceCode);
    if (array.type !== AST_NODE_TYPES.ArrayExpression) return false;
    const separatorNode = call.arguments[0];
    const separator = separatorNode === undefined ? ',' : separatorNode.type === AST_NODE_TYPES.SpreadElement ? null : staticString(separatorNode, sourceCode);
    if (separator === null) return false;
    array.elements.forEach((element, index) => {
      if (index > 0) acc.text += separator;
      if (element === null) return;
      if (element.type === AST_NODE_TYPES.SpreadElement) acc.text += UNKNOWN;
      else collectText(element, sourceCode, acc, depth + 1);
    });
    return true;
  }
  return false;
}

/** The piece that holds text offsets [from, to], when it can be edited in place. */
function editablePiece(text: PolicyText, from: number, to: number): TextPiece | null {
  for (const piece of text.pieces) {
    if (piece.sourceOffsets && from >= piece.start && to <= piece.end && (from < piece.end || from === to)) return piece;
  }
  return null;
}

function sourceOffset(piece: TextPiece, at: number): number {
  return piece.sourceOffsets![at - piece.start]!;
}

// ---------------------------------------------------------------------------------------------------------------
// Definitions

export type CheckedName = 'script-src' | 'frame-src' | 'connect-src';

export interface ReportTarget {
  node: Node;
  loc?: TSESTree.SourceLocation;
}

export interface CspDefinition {
  via: 'helmet' | 'hono' | 'blankie' | 'sveltekit' | 'nuxt-security' | 'next-secure-headers' | 'next-safe' | 'header' | 'meta';
  policy: CspPolicy;
  /** `Content-Security-Policy-Report-Only` or helmet `reportOnly: true`: the browser reports but blocks nothing. */
  reportOnly: boolean;
  /**
   * The package whose `helmet(options)` this is when the options do not name `contentSecurityPolicy` at all
   * (`helmet()`, `helmet({ hsts })`): the policy is sent only by helmet 4+ (koa-helmet 6+), which turned it on by default.
   */
  implicitHelmetPolicyOf?: string;
  /** Definitions that share `key` and `index` read the same policy (one const set as two headers): report once. */
  key: Node;
  index: number;
  /** Where to report a problem with a directive. */
  target(directive: CspDirective): ReportTarget;
  /**
   * A fix that makes `checked` (now decided by `governing`) allow `sources` without changing anything else it allows:
   * sources are appended to the governing directive, or a new `checked` directive copies the fallback's sources.
   */
  allowFix(checked: CheckedName, governing: CspDirective, sources: readonly string[]): FixFunction | null;
}

/** How deep conditions choosing a policy are read (`a ? x : b ? y : z`). */
const MAX_BRANCH_DEPTH = 3;

const isFallback = (checked: CheckedName, governing: CspDirective): boolean =>
  governing.name !== checked && !(checked === 'script-src' && governing.name === 'script-src-elem');

/**
 * Definitions read from a policy string (header value, meta content). A value chosen by a condition (`prod ? a : b`,
 * also through a const) is each of its branches: both may reach a browser (real-world batch DS: a development and a
 * production policy in `next.config.mjs`).
 */
export function stringDefinitions(
  valueNode: Node,
  via: 'header' | 'meta',
  reportOnly: boolean,
  sourceCode: SourceCode,
  depth = 0,
): CspDefinition[] {
  const chosen = unwrap(resolveValue(valueNode, sourceCode));
  if (chosen.type === AST_NODE_TYPES.ConditionalExpression && depth < MAX_BRANCH_DEPTH) {
    return pageBranches(chosen, sourceCode).flatMap((branch) => stringDefinitions(branch, via, reportOnly, sourceCode, depth + 1));
  }
  // A header given as a list of values (Electron's `responseHeaders`, Node's `setHeader(name, [...])`): each one is
  // a policy the browser enforces (real-world batch 248).
  if (via === 'header' && chosen.type === AST_NODE_TYPES.ArrayExpression && depth < MAX_BRANCH_DEPTH) {
    return chosen.elements.flatMap((element) =>
      element && element.type !== AST_NODE_TYPES.SpreadElement ? stringDefinitions(element, via, reportOnly, sourceCode, depth + 1) : [],
    );
  }
  const key = resolveValue(valueNode, sourceCode);
  return policyTexts(valueNode, sourceCode).flatMap((text) => policyDefinitions(text, valueNode, key, via, reportOnly, sourceCode));
}

/**
 * The branches of a policy chosen by a condition that may govern a page. A branch taken only where a value named for a
 * type (`contentType`, `file.mimeType`) is a type that is no document's (`contentType === 'application/pdf' ? "default-src
 * 'self'" : 'sandbox'`: a file download route's, real-world batch 255) is sent with that file, not with a page.
 */
function pageBranches(conditional: TSESTree.ConditionalExpression, sourceCode: SourceCode): Node[] {
  const test = unwrap(conditional.test);
  if (test.type !== AST_NODE_TYPES.BinaryExpression || !EQUALITY_OPERATORS.has(test.operator)) return [conditional.consequent, conditional.alternate];
  const sides = [unwrap(test.left), unwrap(test.right)];
  const type = sides.map((side) => (side.type === AST_NODE_TYPES.Literal && typeof side.value === 'string' ? side.value : null)).find((value) => value !== null);
  const named = sides.some((side) => {
    const name = writtenName(side, sourceCode);
    return name !== null && /type|mime/i.test(name);
  });
  if (!named || type === undefined || !type.includes('/') || !isNoDocumentType(type)) return [conditional.consequent, conditional.alternate];
  return [test.operator === '===' || test.operator === '==' ? conditional.alternate : conditional.consequent];
}

/** Definitions read from a policy text already collected; `valueNode` is reported on, `key` identifies the policy. */
function policyDefinitions(
  text: PolicyText,
  valueNode: Node,
  key: Node,
  via: 'header' | 'meta',
  reportOnly: boolean,
  sourceCode: SourceCode,
): CspDefinition[] {
  return parsePolicyList(text.text).map((policy, index) => ({
    via,
    policy,
    reportOnly,
    key,
    index,
    target(directive) {
      const first = directive.nameToken;
      const end = directiveEnd(directive);
      if (first && end !== null) {
        const piece = editablePiece(text, first.start, end);
        if (piece) {
          return {
            node: valueNode,
            loc: { start: sourceCode.getLocFromIndex(sourceOffset(piece, first.start)), end: sourceCode.getLocFromIndex(sourceOffset(piece, end)) },
          };
        }
      }
      return { node: valueNode };
    },
    allowFix(checked, governing, sources) {
      const end = directiveEnd(governing);
      if (end === null) return null;
      if (!isFallback(checked, governing)) {
        if (isNoneOnly(governing)) return replaceText(text, governing.tokens![0]!.start, governing.tokens![0]!.end, sources.join(' '));
        return replaceText(text, end, end, ` ${sources.join(' ')}`);
      }
      const copied = isNoneOnly(governing) ? [] : governing.sources;
      if (copied.some((s) => s.includes(UNKNOWN))) return null;
      return replaceText(text, end, end, `; ${[checked, ...copied, ...sources].join(' ')}`);
    },
  }));
}

function replaceText(text: PolicyText, from: number, to: number, insert: string): FixFunction | null {
  const piece = editablePiece(text, from, to);
  const written = piece?.escape(insert);
  if (!piece || written === null || written === undefined) return null;
  const range: [number, number] = [sourceOffset(piece, from), sourceOffset(piece, to)];
  return (fixer) => fixer.replaceTextRange(range, written);
}

// ---------------------------------------------------------------------------------------------------------------
// helmet

const HELMET_MODULES = new Set(['helmet', 'koa-helmet']);
const FASTIFY_HELMET_MODULES = new Set(['@fastify/helmet', 'fastify-helmet']);
/** Every module whose import is read as helmet. */
export const HELMET_MODULE_NAMES: readonly string[] = [...HELMET_MODULES, ...FASTIFY_HELMET_MODULES];
/** The word every helmet module name contains (the tests check it). */
const HELMET_WORD = 'helmet';

/**
 * Can this file's text hold a definition `helmetDefinitions`, `blankieDefinitions` or the header readers find? Helmet
 * and blankie are only recognised through an import / require of a module whose name contains `helmet` or is
 * `blankie` (npm names are lower case), and every header
 * or meta definition names the header, in any case. A file-level necessary condition for names written in the file;
 * the same answer as `/content-security-policy/i.test(text) || text.includes('helmet') || text.includes('blankie')`, found faster
 * (`textFinder`, asked of every file).
 */
export function mayDefineCsp(text: string): boolean {
  return spellsHelmet(text) || spellsCspHeader(text) || mayRegisterBlankie(text);
}
const spellsHelmet = textFinder([HELMET_WORD], { everyFile: true });
const spellsCspHeader = textFinder([CSP_HEADER], { ignoreCase: true, everyFile: true });

type HelmetEntry = 'helmet' | 'csp';

/**
 * Names this file binds to a helmet module: imports (TypeScript's `import x = require(…)` too), and `require()`
 * declarations (searched only when the text has one), so that most calls are ruled out without scope analysis.
 */
function helmetLocals(sourceCode: SourceCode): ReadonlySet<string> {
  return perFile(sourceCode, 'csp-helmet-locals', () => {
    const names = new Set<string>();
    const modules = [...HELMET_MODULES, ...FASTIFY_HELMET_MODULES];
    for (const statement of topLevelStatements(sourceCode)) {
      if (statement.type === AST_NODE_TYPES.ImportDeclaration && modules.includes(String(statement.source.value))) {
        for (const specifier of statement.specifiers) names.add(specifier.local.name);
      }
      // TypeScript's `import helmet = require('helmet')` (real-world batch DS).
      if (
        statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
        statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference &&
        modules.includes(String(statement.moduleReference.expression.value))
      ) {
        names.add(statement.id.name);
      }
    }
    if (/require\s*\(\s*['"`](?:koa-|@fastify\/|fastify-)?helmet/.test(sourceCode.text)) {
      someNode(sourceCode.ast, sourceCode, (n) => {
        if (n.type === AST_NODE_TYPES.VariableDeclarator && n.init) {
          const source = requiredModule(n.init);
          if (source !== null && modules.includes(source)) {
            if (n.id.type === AST_NODE_TYPES.Identifier) names.add(n.id.name);
            else if (n.id.type === AST_NODE_TYPES.ObjectPattern) {
              for (const p of n.id.properties) {
                const value = p.type === AST_NODE_TYPES.Property ? (p.value.type === AST_NODE_TYPES.AssignmentPattern ? p.value.left : p.value) : null;
                if (value?.type === AST_NODE_TYPES.Identifier) names.add(value.name);
              }
            }
          }
        }
        return false;
      });
    }
    return names;
  });
}

/** The helmet module member `node` refers to, gated by the names this file binds to helmet (no scope work otherwise). */
function helmetRef(node: Node, sourceCode: SourceCode): ModuleRef | null {
  let root = unwrap(node);
  while (root.type === AST_NODE_TYPES.MemberExpression) root = unwrap(root.object);
  if (root.type === AST_NODE_TYPES.Identifier && !helmetLocals(sourceCode).has(root.name)) return null;
  const ref = moduleRefOf(node, sourceCode);
  return ref && (HELMET_MODULES.has(ref.module) || FASTIFY_HELMET_MODULES.has(ref.module)) ? ref : null;
}

/** Is `node` helmet itself (`'helmet'`), its CSP middleware (`'csp'`), or neither? */
function helmetEntry(node: Node, sourceCode: SourceCode): HelmetEntry | null {
  const ref = helmetRef(node, sourceCode);
  if (!ref || !HELMET_MODULES.has(ref.module)) return null;
  if (ref.path.length === 0) return 'helmet';
  return ref.path.length === 1 && ref.path[0] === 'contentSecurityPolicy' ? 'csp' : null;
}

/** `fastify.register(fastifyHelmet, opts)`: the options, when the plugin is @fastify/helmet. */
function fastifyHelmetOptions(call: TSESTree.CallExpression, sourceCode: SourceCode): Node | null | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee, sourceCode) !== 'register') return undefined;
  const plugin = call.arguments[0];
  if (!plugin || plugin.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const ref = helmetRef(plugin, sourceCode);
  if (!ref || !FASTIFY_HELMET_MODULES.has(ref.module) || ref.path.length > 0) return undefined;
  const options = call.arguments[1];
  return options && options.type !== AST_NODE_TYPES.SpreadElement ? options : null;
}

interface HelmetShape {
  /** The call to insert options into where there are none (null: no fix then). */
  call: TSESTree.CallExpression | null;
  /** Where the options go among its arguments: first (`helmet()`), or after the plugin (`fastify.register(helmet)`). */
  optionsAt?: 0 | 1;
  /** The middleware's defaults, as its options write them (helmet's; none for Hono; blankie's): what a fix copies. */
  defaults: Readonly<Record<string, readonly string[]>>;
  /** helmet's options object (`helmet({...})`), when the call is helmet itself. */
  helmetOptions: TSESTree.ObjectExpression | null;
  /** The CSP options object. */
  cspOptions: TSESTree.ObjectExpression | null;
  directives: TSESTree.ObjectExpression | null;
  /** Explicit directive properties by dashed name. */
  props: Map<string, TSESTree.Property>;
  /** The options argument is missing (`helmet()`), so a fix inserts one. */
  entry: HelmetEntry;
  /**
   * Are directives given to the middleware merged into its defaults (helmet 5+ unless `useDefaults: false`)? Where they
   * are not, a directives object that a fix would add replaces the defaults the middleware sends without one.
   */
  mergesDefaults: boolean;
  /** A directive is named by its dashed name only (@nichtsam/helmet writes each key as the directive's name). */
  dashedKeys?: boolean;
}

/**
 * Is `node` a variable, or a member of one, whose contents the file changes after its literal (`directives.connectSrc
 * .push('https://api.stripe.com')`, `Object.assign(directives, …)`; mutation study 287)? What its literal says is then
 * not the policy sent: unknown.
 */
function changedLater(node: Node, sourceCode: SourceCode): boolean {
  let root = unwrap(node);
  while (root.type === AST_NODE_TYPES.MemberExpression) root = unwrap(root.object);
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(root, sourceCode);
  return variable !== null && contentsChanged(variable, sourceCode, (written, target) => !setsStripeDirective(target, sourceCode) || written.every((value) => allowsNoStripeOrigin(value, sourceCode)));
}

/**
 * May a change into `target` set a directive that Stripe's origins need: a member of any other name than
 * `NON_SOURCE_DIRECTIVE_KEYS` (`directives.connectSrc = …`, `directives.connectSrc.push(…)`, a computed one), or a
 * whole object or list (`Object.assign(directives, …)`, a shared source list pushed to)? Not `directives.reportUri = …`
 * (regression probe 290).
 */
function setsStripeDirective(target: Node, sourceCode: SourceCode): boolean {
  const member = unwrap(target);
  if (member.type !== AST_NODE_TYPES.MemberExpression) return true;
  const key = memberName(member, sourceCode);
  return key === null || !NON_SOURCE_DIRECTIVE_KEYS.test(key);
}

/** Policy options and directives that hold no sources Stripe's origins need (reports, upgrades, sandboxing, `object-src`…). */
const NON_SOURCE_DIRECTIVE_KEYS = /^(?:report-?uri|report-?to|upgrade-?insecure-?requests|block-?all-?mixed-?content|sandbox|base-?uri|form-?action|frame-?ancestors|object-?src|img-?src|style-?src|font-?src|media-?src|manifest-?src|worker-?src|prefetch-?src|require-?trusted-?types-?for|trusted-?types|use-?defaults|report-?only)$/i;

/**
 * Is a value written into a policy's options one that cannot allow a Stripe origin: a string, or a list of strings, no
 * source of which allows `js.stripe.com`, `api.stripe.com` or `hooks.stripe.com` (`ws://localhost:*` pushed in
 * development; regression probe 290)? Nothing written (a `delete`) allows none either.
 */
function allowsNoStripeOrigin(value: Node, sourceCode: SourceCode): boolean {
  const target = resolveValue(value, sourceCode);
  const texts = target.type === AST_NODE_TYPES.ArrayExpression ? target.elements.map((element) => (element && element.type !== AST_NODE_TYPES.SpreadElement ? staticString(element, sourceCode) : null)) : [staticString(target, sourceCode)];
  return texts.every((text) => text !== null && !STRIPE_ORIGINS.some((origin) => sourceAllows(text, origin) !== 'no'));
}
/** The origins Stripe.js needs, as the catalogue lists them per directive (`js.stripe.com`, `hooks.stripe.com`, `api.stripe.com`). */
const STRIPE_ORIGINS = [...new Set(Object.values(STRIPE_CSP_SOURCES.stripeJs).flatMap((sources) => sources.required))];

function objectOrNull(node: Node | undefined, sourceCode: SourceCode): TSESTree.ObjectExpression | null | undefined {
  if (!node) return null;
  if (changedLater(node, sourceCode)) return undefined;
  const target = resolveValue(node, sourceCode);
  if (target.type === AST_NODE_TYPES.ObjectExpression) return target;
  return undefined; // unknown
}

function entryValue(object: TSESTree.ObjectExpression, key: string, sourceCode: SourceCode): { found: boolean; value: Node | null; open: boolean } {
  let result: { found: boolean; value: Node | null; open: boolean } = { found: false, value: null, open: false };
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      const inner = objectOrNull(property.argument, sourceCode);
      if (!inner) return { found: false, value: null, open: true };
      const nested = entryValue(inner, key, sourceCode);
      if (nested.open) return nested;
      if (nested.found) result = nested;
      continue;
    }
    const name = propertyKey(property, sourceCode);
    if (name === null) {
      result = { ...result, open: true };
      continue;
    }
    if (name === key) result = property.kind === 'init' ? { found: true, value: property.value, open: false } : { found: true, value: null, open: true };
  }
  return result;
}

/** Is this helmet's `getDefaultDirectives()` (any path ending in it: `helmet.contentSecurityPolicy.getDefaultDirectives()`)? */
function isGetDefaultDirectives(node: Node, sourceCode: SourceCode): boolean {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.CallExpression) return false;
  return isModuleRef(helmetRef(target.callee, sourceCode), [...HELMET_MODULES], ['contentSecurityPolicy', 'getDefaultDirectives']);
}

function isDisableDefaultSrc(node: Node, sourceCode: SourceCode): boolean {
  return isModuleRef(helmetRef(node, sourceCode), [...HELMET_MODULES], ['contentSecurityPolicy', 'dangerouslyDisableDefaultSrc']);
}

const NEVER_STRING: ReadonlySet<string> = new Set([AST_NODE_TYPES.ArrayExpression, AST_NODE_TYPES.ObjectExpression, AST_NODE_TYPES.NewExpression]);

/** `undefined`, `null`, `void 0`, `false` or `''`: an entry that a list filtered by `Boolean` drops. */
const isFalsyEntry = (node: Node): boolean => {
  const target = unwrap(node);
  return isNullish(target) || (target.type === AST_NODE_TYPES.Literal && (target.value === false || target.value === ''));
};

/**
 * A directive's value: a string, a list of them (a `Set`, spreads), `null` (helmet: the directive removed), helmet's
 * `dangerouslyDisableDefaultSrc`, or unknown. `dropsFalsy`: the middleware filters the list by `Boolean`
 * (@nichtsam/helmet's `value.filter(Boolean)`), so an `undefined` entry, or a condition's `undefined` branch
 * (`dev ? 'ws:' : undefined`), adds no source.
 */
function helmetValue(node: Node, sourceCode: SourceCode, depth = 0, dropsFalsy = false): HelmetDirectiveValue {
  if (changedLater(node, sourceCode)) return { kind: 'unknown' };
  const target = resolveValue(node, sourceCode);
  if (target.type === AST_NODE_TYPES.Literal && target.value === null) return { kind: 'disabled' };
  if (isDisableDefaultSrc(target, sourceCode)) return { kind: 'disable-default-src' };
  // Arrays, objects and `new X()` never evaluate to a string: not evaluated.
  const text = NEVER_STRING.has(target.type) ? null : staticString(target, sourceCode);
  if (text !== null) return { kind: 'list', entries: [text] };
  if (target.type === AST_NODE_TYPES.NewExpression && unwrap(target.callee).type === AST_NODE_TYPES.Identifier && (unwrap(target.callee) as TSESTree.Identifier).name === 'Set') {
    const init = target.arguments[0];
    return init && init.type !== AST_NODE_TYPES.SpreadElement && depth < MAX_DEPTH ? helmetValue(init, sourceCode, depth + 1, dropsFalsy) : { kind: 'list', entries: [] };
  }
  if (target.type !== AST_NODE_TYPES.ArrayExpression) return { kind: 'unknown' };
  const entries: (string | null)[] = [];
  for (const element of target.elements) {
    if (element === null) continue;
    if (element.type === AST_NODE_TYPES.SpreadElement) {
      const inner = depth < MAX_DEPTH ? helmetValue(element.argument, sourceCode, depth + 1, dropsFalsy) : { kind: 'unknown' as const };
      if (inner.kind === 'list') entries.push(...inner.entries);
      else entries.push(null);
      continue;
    }
    // A source chosen by a condition between written ones (`dev ? 'ws://localhost:3000' : "'self'"`; mutation study
    // 287): every one it may be, so that an origin counts as allowed where any branch allows it.
    const choice = unwrap(element);
    if (dropsFalsy && isFalsyEntry(choice)) continue;
    if (choice.type === AST_NODE_TYPES.ConditionalExpression) {
      const written = [choice.consequent, choice.alternate].filter((branch) => !(dropsFalsy && isFalsyEntry(branch)));
      const branches = written.map((branch) => staticString(branch, sourceCode));
      if (branches.every((branch) => branch !== null)) {
        entries.push(...(branches as string[]));
        continue;
      }
    }
    entries.push(staticString(element, sourceCode));
  }
  return { kind: 'list', entries };
}

interface HelmetDirectivesRead {
  options: HelmetDirectiveOption[];
  props: Map<string, TSESTree.Property>;
  open: boolean;
}

/**
 * The directives written in `object`, each under its key as written. `dropsFalsy`: see `helmetValue`. `booleans`: a
 * directive written `false` is not sent, and one written `true` is sent without sources (nuxt-security's way to take one
 * of its defaults out, and to write `upgrade-insecure-requests`).
 */
function readDirectives(object: TSESTree.ObjectExpression, sourceCode: SourceCode, depth = 0, dropsFalsy = false, booleans = false): HelmetDirectivesRead {
  const read: HelmetDirectivesRead = { options: [], props: new Map(), open: false };
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      if (isGetDefaultDirectives(property.argument, sourceCode)) {
        for (const [name, sources] of Object.entries(HELMET_DEFAULT_DIRECTIVES)) read.options.push({ key: name, value: { kind: 'list', entries: [...sources] } });
        continue;
      }
      const inner = objectOrNull(property.argument, sourceCode);
      if (!inner || depth >= MAX_DEPTH) {
        read.open = true;
        continue;
      }
      const nested = readDirectives(inner, sourceCode, depth + 1, dropsFalsy, booleans);
      read.options.push(...nested.options);
      read.open ||= nested.open;
      continue;
    }
    const key = propertyKey(property, sourceCode);
    if (key === null || property.kind !== 'init') {
      read.open = true;
      continue;
    }
    const flag = booleans ? staticValue(property.value, sourceCode) : undefined;
    const value: HelmetDirectiveValue = flag === false ? { kind: 'disabled' } : flag === true ? { kind: 'list', entries: [] } : helmetValue(property.value, sourceCode, 0, dropsFalsy);
    read.options.push({ key, value });
    read.props.set(dashify(key), property);
  }
  return read;
}

/**
 * The directive objects that `directives: cspDirectives()` may get from a function of this file: one per `return`
 * when every one returns an object literal (`if (dev) return { … }; return { … };`) and the body cannot end without
 * one. Null for anything else (an async function, a bare `return`, a return of something else).
 */
function returnedDirectiveObjects(node: Node | null, sourceCode: SourceCode): TSESTree.ObjectExpression[] | null {
  const call = node ? unwrap(node) : null;
  if (call?.type !== AST_NODE_TYPES.CallExpression) return null;
  const fn = localFunctionOf(call.callee, sourceCode);
  if (!fn || fn.async || fn.generator) return null;
  if (fn.body.type === AST_NODE_TYPES.BlockStatement) {
    if (fn.body.body.at(-1)?.type !== AST_NODE_TYPES.ReturnStatement) return null;
    if (someInBody(fn.body, sourceCode, (n) => n.type === AST_NODE_TYPES.ReturnStatement && !n.argument)) return null;
  }
  const objects = new Set<TSESTree.ObjectExpression>();
  for (const value of returnedValues(fn, sourceCode)) {
    const object = resolveValue(value, sourceCode);
    if (object.type !== AST_NODE_TYPES.ObjectExpression) return null;
    objects.add(object);
  }
  return objects.size > 0 ? [...objects] : null;
}

/**
 * The first major of each package whose CSP middleware merges helmet's default directives into the directives it is
 * given when `useDefaults` is left out: helmet 5.0.0 (its changelog: "`useDefaults` option now defaults to `true`";
 * helmet 4 brought the option, defaulting to `false`, and helmet 3 had none: the directives given were the policy);
 * koa-helmet 7 (npm: koa-helmet@6 depends on helmet ^4.4.1, koa-helmet@7 on ^6.0.1); fastify-helmet 6 (npm:
 * fastify-helmet@5 depends on helmet ^4.0.0, fastify-helmet@6 on ^5.0.1). @fastify/helmet has always used helmet 5+.
 */
const FIRST_MAJOR_MERGING_DEFAULTS: Readonly<Record<string, number>> = { helmet: 5, 'koa-helmet': 7, 'fastify-helmet': 6 };

/**
 * Does the project declare a version of `module` whose CSP middleware sends the directives it is given as they are,
 * unless told to merge helmet's defaults (`useDefaults: true`)? Read from the nearest `package.json` up from the file
 * that declares it; a range that may reach several majors, a dependency declared nowhere, or a file not on disk counts
 * as a current helmet (no).
 */
function sendsGivenDirectivesOnly(module: string | undefined, sourceCode: SourceCode): boolean {
  const first = module === undefined ? undefined : FIRST_MAJOR_MERGING_DEFAULTS[module];
  const major = first === undefined ? null : declaredMajor(physicalFilenameOf(sourceCode), module!);
  return major !== null && major < first!;
}

/**
 * A boolean option as written: undefined when left out, null when it cannot be read (not a boolean the file decides, a
 * spread of unknown options).
 */
function booleanOption(options: TSESTree.ObjectExpression, key: string, sourceCode: SourceCode): boolean | null | undefined {
  const found = entryValue(options, key, sourceCode);
  if (found.open) return null;
  if (!found.found) return undefined;
  const value = found.value ? staticValue(found.value, sourceCode) : undefined;
  return typeof value === 'boolean' ? value : null;
}

/**
 * A policy's options `useDefaults` and `reportOnly` as written (left out: absent), in helmet's and @nichtsam/helmet's
 * options alike; null when one cannot be read (`booleanOption`).
 */
function policyFlags(options: TSESTree.ObjectExpression, sourceCode: SourceCode): { useDefaults?: boolean; reportOnly?: boolean } | null {
  const flags: { useDefaults?: boolean; reportOnly?: boolean } = {};
  for (const key of ['useDefaults', 'reportOnly'] as const) {
    const value = booleanOption(options, key, sourceCode);
    if (value === null) return null;
    if (value !== undefined) flags[key] = value;
  }
  return flags;
}

/**
 * The CSPs helmet sets for this call: one, or one per object a directives function of this file returns. Empty when
 * the call is not helmet, sets no CSP, or cannot be read.
 */
export function helmetDefinitions(call: TSESTree.CallExpression, sourceCode: SourceCode): CspDefinition[] {
  let entry = helmetEntry(call.callee, sourceCode);
  let optionsNode: Node | null | undefined = call.arguments[0] && call.arguments[0].type !== AST_NODE_TYPES.SpreadElement ? call.arguments[0] : null;
  if (call.arguments[0]?.type === AST_NODE_TYPES.SpreadElement) return [];
  let fastifyOptions: Node | null | undefined;
  if (entry === null) {
    fastifyOptions = fastifyHelmetOptions(call, sourceCode);
    if (fastifyOptions === undefined) return [];
    entry = 'helmet';
    optionsNode = fastifyOptions;
  }
  const options = objectOrNull(optionsNode ?? undefined, sourceCode);
  if (options === undefined) return [];
  let helmetOptions: TSESTree.ObjectExpression | null = null;
  let cspOptions: TSESTree.ObjectExpression | null = null;
  let implicitPolicyOf: string | undefined;
  if (entry === 'helmet') {
    helmetOptions = options;
    // The module whose `helmet()` it is, or the fastify plugin registered (`fastify-helmet` 3-4 sent no policy unless
    // told to, real-world batch ET): the rule reads the version the project declares.
    implicitPolicyOf = helmetRef(fastifyOptions === undefined ? call.callee : call.arguments[0]!, sourceCode)?.module;
    if (options) {
      const csp = entryValue(options, 'contentSecurityPolicy', sourceCode);
      if (csp.open) return [];
      if (csp.found) {
        implicitPolicyOf = undefined;
        const value = csp.value ? resolveValue(csp.value, sourceCode) : null;
        if (!value) return [];
        // An object literal is never `true` / `false`: no need to evaluate it.
        const flag = value.type === AST_NODE_TYPES.ObjectExpression ? undefined : staticValue(value, sourceCode);
        if (flag === false) return [];
        if (flag !== true) {
          if (value.type !== AST_NODE_TYPES.ObjectExpression) return [];
          cspOptions = value;
        }
      }
    }
  } else {
    cspOptions = options;
  }
  // As written (`useDefaults: true` / `false`), else undefined: the version decides.
  let useDefaults: boolean | undefined;
  let reportOnly = false;
  let variants: (TSESTree.ObjectExpression | null)[] = [null];
  if (cspOptions) {
    const flags = policyFlags(cspOptions, sourceCode);
    if (!flags) return [];
    ({ useDefaults, reportOnly = false } = flags);
    const found = entryValue(cspOptions, 'directives', sourceCode);
    if (found.open) return [];
    if (found.found) {
      // An object literal, or the objects a directives function of this file returns (`directives: cspDirectives()`).
      const object = objectOrNull(found.value ?? undefined, sourceCode);
      const objects = object ? [object] : object === undefined ? returnedDirectiveObjects(found.value, sourceCode) : null;
      if (!objects) return [];
      variants = objects;
    }
  }
  // The module the middleware comes from (`helmet`, `koa-helmet`, the fastify plugin registered): its version decides
  // whether the directives given are merged into helmet's defaults when `useDefaults` is left out.
  const module = useDefaults === undefined ? helmetRef(fastifyOptions === undefined ? call.callee : call.arguments[0]!, sourceCode)?.module : undefined;
  const mergesDefaults = useDefaults ?? !sendsGivenDirectivesOnly(module, sourceCode);
  return variants.map((directives, index) => {
    const read = directives ? readDirectives(directives, sourceCode) : { options: [], props: new Map<string, TSESTree.Property>(), open: false };
    // Without directives, helmet sends its defaults whatever `useDefaults` says (its `directives` option defaults to them).
    const policy = helmetPolicy({ useDefaults: directives === null || mergesDefaults, directives: read.options, open: read.open });
    const shape: HelmetShape = {
      call,
      optionsAt: fastifyOptions === undefined ? 0 : 1,
      defaults: HELMET_DEFAULT_DIRECTIVES,
      helmetOptions,
      cspOptions,
      directives,
      props: read.props,
      entry,
      mergesDefaults,
    };
    return {
      via: 'helmet',
      policy,
      reportOnly,
      ...(implicitPolicyOf === undefined ? {} : { implicitHelmetPolicyOf: implicitPolicyOf }),
      key: call,
      index,
      target(directive) {
        const prop = directive.fromDefaults === false ? shape.props.get(directive.name) : undefined;
        return { node: prop ?? shape.directives ?? shape.cspOptions ?? call };
      },
      allowFix: (checked, governing, sources) => helmetFix(shape, checked, governing, sources, sourceCode),
    } satisfies CspDefinition;
  });
}

/**
 * The one policy of a middleware or framework whose directives the file writes as an object (`shape.directives`):
 * reported at the directive's property, else at the directives object, the policy's options or `key`; fixed in that
 * object (none where it is not written).
 */
function objectDefinition(via: CspDefinition['via'], policy: CspPolicy, key: Node, shape: HelmetShape, sourceCode: SourceCode, reportOnly = false): CspDefinition {
  return {
    via,
    policy,
    reportOnly,
    key,
    index: 0,
    target(directive) {
      const prop = directive.fromDefaults === false ? shape.props.get(directive.name) : undefined;
      return { node: prop ?? shape.directives ?? shape.cspOptions ?? key };
    },
    allowFix: (checked, governing, sources) => (shape.directives ? helmetFix(shape, checked, governing, sources, sourceCode) : null),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Hono

const HONO_SECURE_HEADERS = 'hono/secure-headers';
const SECURE_HEADERS = 'secureHeaders';

/** The names this file imports `secureHeaders` of `hono/secure-headers` as (top-level imports; Hono is an ES module). */
const honoSecureHeadersLocals = (sourceCode: SourceCode): ReadonlySet<string> =>
  perFile(sourceCode, 'csp-hono-secure-headers', () => {
    const names = new Set<string>();
    for (const statement of topLevelStatements(sourceCode)) {
      if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.source.value !== HONO_SECURE_HEADERS) continue;
      for (const specifier of statement.specifiers) {
        if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) continue;
        const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
        if (imported === SECURE_HEADERS) names.add(specifier.local.name);
      }
    }
    return names;
  });

/**
 * Can this file define a policy: its text spells helmet or the header's name (`mayDefineCsp`), it imports Hono's
 * `secureHeaders` (read from its top-level imports, no text search), or it names next-secure-headers or next-safe?
 */
export const mayDefineCspIn = (sourceCode: SourceCode): boolean =>
  mayDefineCsp(sourceCode.text) || importsHonoSecureHeaders(sourceCode.ast) || mayUseNextHeadersLibrary(sourceCode.text);

/** Does the program import from `hono/secure-headers`? A look at its top-level statements, with nothing allocated. */
function importsHonoSecureHeaders(program: TSESTree.Program): boolean {
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration && statement.source.value === HONO_SECURE_HEADERS) return true;
  }
  return false;
}

/**
 * The policy Hono's `secureHeaders(options)` sends: the directives of its `contentSecurityPolicy` object, camelCased as
 * helmet's (`scriptSrc: ["'self'", NONCE]`; a function or `NONCE` entry is unknown), and nothing else: Hono adds no
 * default directive, and sends no policy without the option (`contentSecurityPolicyReportOnly` blocks nothing).
 * Batch 97. Empty when the call is not Hono's or its options cannot be read.
 */
export function honoSecureHeadersDefinitions(call: TSESTree.CallExpression, sourceCode: SourceCode): CspDefinition[] {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier || !honoSecureHeadersLocals(sourceCode).has(callee.name)) return [];
  if (variableOf(callee, sourceCode)?.defs[0]?.type !== 'ImportBinding') return [];
  const argument = call.arguments[0];
  const options = argument && argument.type !== AST_NODE_TYPES.SpreadElement ? objectOrNull(argument, sourceCode) : null;
  if (!options) return [];
  const csp = entryValue(options, 'contentSecurityPolicy', sourceCode);
  if (csp.open || !csp.found || !csp.value) return [];
  const directives = resolveValue(csp.value, sourceCode);
  if (directives.type !== AST_NODE_TYPES.ObjectExpression) return [];
  const read = readDirectives(directives, sourceCode);
  const shape: HelmetShape = { call, defaults: {}, helmetOptions: options, cspOptions: directives, directives, props: read.props, entry: 'helmet', mergesDefaults: false };
  return [objectDefinition('hono', helmetPolicy({ useDefaults: false, directives: read.options, open: read.open }), call, shape, sourceCode)];
}

// ---------------------------------------------------------------------------------------------------------------
// @nichtsam/helmet (the Epic Stack's entry.server)

/** Its functions that set a policy, by module, and how far down its options the policy's options are. */
const NICHTSAM_HELMET_ENTRIES: ReadonlyMap<string, { name: string; level: 'helmet' | 'content' | 'csp' }> = new Map([
  ['@nichtsam/helmet', { name: 'helmet', level: 'helmet' }],
  ['@nichtsam/helmet/node-http', { name: 'helmet', level: 'helmet' }],
  ['@nichtsam/helmet/content', { name: 'contentSecurity', level: 'content' }],
  ['@nichtsam/helmet/rules/content/content-security-policy', { name: 'contentSecurityPolicy', level: 'csp' }],
]);

/**
 * The fetch directives @nichtsam/helmet sends by default (0.3.3, `build/rules/content/content-security-policy.js`'s
 * `defaultDirectives.fetch`; its other groups hold no fetch directive).
 */
const NICHTSAM_DEFAULT_FETCH_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'font-src': ["'self'", 'https:', 'data:'],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", 'https:', "'unsafe-inline'"],
};

/**
 * The options object an option of `options` holds, as @nichtsam/helmet, nuxt-security and the Next.js header libraries
 * read it: `true`, its defaults (null); left out, `whenMissing` (its defaults, or none sent); `false`, none sent
 * (`'off'`); an object literal; anything else, unknown (undefined).
 */
function nestedOptions(options: TSESTree.ObjectExpression | null, key: string, whenMissing: null | 'off', sourceCode: SourceCode): TSESTree.ObjectExpression | null | 'off' | undefined {
  if (!options) return whenMissing;
  const found = entryValue(options, key, sourceCode);
  if (found.open) return undefined;
  if (!found.found) return whenMissing;
  if (!found.value) return undefined;
  const value = resolveValue(found.value, sourceCode);
  if (value.type === AST_NODE_TYPES.ObjectExpression) return changedLater(found.value, sourceCode) ? undefined : value;
  const flag = staticValue(value, sourceCode);
  return flag === true ? null : flag === false ? 'off' : undefined;
}

/**
 * The policy @nichtsam/helmet sets for this call: `contentSecurity(headers, options)` (`@nichtsam/helmet/content`;
 * its `contentSecurityPolicy` option left out or `true`: the defaults; `false`: none), `helmet(headers, { content })`
 * (its root or `node-http` entry; without `content` it sends no policy), or its `contentSecurityPolicy(headers,
 * options)` rule. The policy's options: `reportOnly`, `useDefaults` (by default the given directives are merged into
 * the defaults, group by group), and `directives` in groups, of which `fetch` holds every directive Stripe's origins
 * are checked in, each under its dashed name (`'connect-src': ["'self'", dev ? 'ws:' : undefined]`, its list filtered
 * by `Boolean`). Real-world batch 317. Empty when the call is not the package's or its options cannot be read.
 */
export function nichtsamHelmetDefinitions(call: TSESTree.CallExpression, sourceCode: SourceCode): CspDefinition[] {
  const ref = moduleRefOf(call.callee, sourceCode);
  const entry = ref && ref.path.length === 1 ? NICHTSAM_HELMET_ENTRIES.get(ref.module) : undefined;
  if (!entry || ref!.path[0] !== entry.name) return [];
  const argument = call.arguments[1];
  if (argument?.type === AST_NODE_TYPES.SpreadElement) return [];
  const given = argument ? objectOrNull(argument, sourceCode) : null;
  if (given === undefined) return [];
  let options: TSESTree.ObjectExpression | null | 'off' | undefined = given;
  if (entry.level === 'helmet') options = nestedOptions(given, 'content', 'off', sourceCode);
  if (entry.level !== 'csp' && options !== 'off' && options !== undefined) options = nestedOptions(options, 'contentSecurityPolicy', null, sourceCode);
  if (options === 'off' || options === undefined) return [];
  const cspOptions = options;
  const written = cspOptions ? policyFlags(cspOptions, sourceCode) : {};
  if (!written) return [];
  const flags = { useDefaults: written.useDefaults ?? true, reportOnly: written.reportOnly ?? false };
  const groups = cspOptions ? nestedOptions(cspOptions, 'directives', 'off', sourceCode) : 'off';
  if (groups === undefined) return [];
  // No directives and no defaults: no header.
  if (groups === 'off' && !flags.useDefaults) return [];
  const fetch = groups && groups !== 'off' ? nestedOptions(groups, 'fetch', 'off', sourceCode) : 'off';
  if (fetch === undefined) return [];
  const directives = fetch === 'off' || fetch === null ? null : fetch;
  const read = directives ? readDirectives(directives, sourceCode, 0, true) : { options: [], props: new Map<string, TSESTree.Property>(), open: false };
  const shape: HelmetShape = {
    call,
    defaults: NICHTSAM_DEFAULT_FETCH_DIRECTIVES,
    helmetOptions: null,
    cspOptions,
    directives,
    props: read.props,
    entry: 'csp',
    mergesDefaults: flags.useDefaults,
    dashedKeys: true,
  };
  // A suggestion goes only into a `fetch` group written out: another place would need the groups around it.
  const policy = helmetPolicy({ useDefaults: flags.useDefaults, directives: read.options, open: read.open, defaults: NICHTSAM_DEFAULT_FETCH_DIRECTIVES });
  return [objectDefinition('helmet', policy, call, shape, sourceCode, flags.reportOnly)];
}

// ---------------------------------------------------------------------------------------------------------------
// SvelteKit (`kit.csp` in svelte.config.js)

/** SvelteKit's configuration file: `svelte.config.js` (also `.mjs`, `.cjs`, `.ts`), where `kit.csp` is set. */
export const isSvelteKitConfig = (filename: string): boolean => /(?:^|[\\/])svelte\.config\.(?:[cm]?js|ts)$/.test(filename);

/**
 * The keywords SvelteKit quotes for the header (`'self'` written as `self`; its `runtime/server/page/csp.js`), and
 * nonces and hashes likewise.
 */
const SVELTEKIT_QUOTED: ReadonlySet<string> = new Set(['self', 'unsafe-eval', 'unsafe-hashes', 'unsafe-inline', 'none', 'strict-dynamic', 'report-sample', 'wasm-unsafe-eval', 'script']);
const SVELTEKIT_CRYPTO = /^(?:nonce|sha\d\d\d)-/;
const svelteKitSource = (entry: string | null): string | null => (entry !== null && (SVELTEKIT_QUOTED.has(entry) || SVELTEKIT_CRYPTO.test(entry)) ? `'${entry}'` : entry);

/**
 * Is `object` SvelteKit's `kit` options: the value of a `kit` property (`{ kit: { csp } }`), or a const's object that
 * is given as one (`const kit = { csp }; export default { kit }`, also `{ kit: options }`)?
 */
function isKitOptions(object: Node, sourceCode: SourceCode): boolean {
  const isKitValue = (value: Node): boolean => {
    const property = value.parent;
    return property?.type === AST_NODE_TYPES.Property && property.value === value && property.kind === 'init' && propertyKey(property, sourceCode) === 'kit';
  };
  if (isKitValue(object)) return true;
  const declarator = object.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== object || declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(declarator.id, sourceCode);
  return variable !== null && constInit(variable) === object && variable.references.some((reference) => isKitValue(reference.identifier));
}

/**
 * The policy SvelteKit sends with its pages, from the `csp` property of the `kit` options in `svelte.config.js`
 * (`kit: { csp: { mode, directives: { 'script-src': ['self', 'https://js.stripe.com'], … } } }`): the directives given
 * and no others (no defaults; none given, no header), keywords quoted as SvelteKit quotes them, and, unless `mode:
 * 'hash'`, a nonce added to `script-src` (or to `default-src`'s sources in a new `script-src`) and to `script-src-elem`,
 * each unless it lists a bare `unsafe-inline` without `strict-dynamic` (which a nonce would turn off), as SvelteKit
 * does for the scripts it renders (its `runtime/server/page/csp.js`): such a directive is then treated as allowing
 * Stripe.js, as any nonce is (`mode: 'auto'`, the default, uses hashes for prerendered pages only). `csp.reportOnly` is another,
 * report-only policy: not read. Empty when `node` is no such property or the options cannot be read.
 */
export function svelteKitCspDefinitions(node: TSESTree.Property, sourceCode: SourceCode): CspDefinition[] {
  if (propertyKey(node, sourceCode) !== 'csp' || node.kind !== 'init') return [];
  if (!isKitOptions(node.parent, sourceCode)) return [];
  const options = objectOrNull(node.value, sourceCode);
  if (!options) return [];
  const mode = entryValue(options, 'mode', sourceCode);
  if (mode.open) return [];
  const modeValue = mode.found && mode.value ? staticValue(mode.value, sourceCode) : 'auto';
  const found = entryValue(options, 'directives', sourceCode);
  if (found.open || !found.found || !found.value) return [];
  const directives = objectOrNull(found.value, sourceCode);
  if (!directives) return [];
  const read = readDirectives(directives, sourceCode);
  if (read.options.length === 0 && !read.open) return [];
  const policy = helmetPolicy({
    useDefaults: false,
    directives: read.options.map(({ key, value }) => ({ key, value: value.kind === 'list' ? { kind: 'list', entries: value.entries.map(svelteKitSource) } : value })),
    open: read.open,
  });
  if (modeValue !== 'hash') {
    const nonce = `'nonce-${UNKNOWN}'`;
    const directive = (name: string) => policy.directives.find((d) => d.name === name);
    // The sources as written (SvelteKit compares them before quoting): its last option of that name.
    const written = (name: string): readonly (string | null)[] | null | undefined => {
      const option = read.options.findLast(({ key }) => dashify(key) === name);
      return option === undefined ? undefined : option.value.kind === 'list' ? option.value.entries : null;
    };
    // SvelteKit's `script_needs_csp`: a nonce unless a bare `unsafe-inline` (without `strict-dynamic`) would be turned off by it.
    const needsNonce = (entries: readonly (string | null)[] | null): boolean => entries === null || !entries.includes('unsafe-inline') || entries.includes('strict-dynamic');
    const script = directive('script-src');
    const effective = script ?? directive('default-src');
    const effectiveWritten = script ? written('script-src') : written('default-src');
    if (effective && effectiveWritten !== undefined && needsNonce(effectiveWritten)) {
      if (script) script.sources.push(nonce);
      else policy.directives.push({ name: 'script-src', sources: [...effective.sources, nonce], fromDefaults: false });
    }
    const element = directive('script-src-elem');
    const elementWritten = written('script-src-elem');
    if (element && elementWritten !== undefined && needsNonce(elementWritten)) element.sources.push(nonce);
  }
  const shape: HelmetShape = { call: null, defaults: {}, helmetOptions: null, cspOptions: options, directives, props: read.props, entry: 'csp', mergesDefaults: false, dashedKeys: true };
  return [objectDefinition('sveltekit', policy, node, shape, sourceCode)];
}

// ---------------------------------------------------------------------------------------------------------------
// next-secure-headers and next-safe (Next.js `headers()`)

const NEXT_SECURE_HEADERS = 'next-secure-headers';
/** next-secure-headers' entries that take its options (2.2.0, `src/index.ts`): header lists, a header object, a page wrapper. */
const NEXT_SECURE_HEADERS_ENTRIES: ReadonlySet<string> = new Set(['createSecureHeaders', 'createHeadersObject', 'withSecureHeaders']);
const NEXT_SAFE = 'next-safe';

/** Does the text name next-secure-headers or next-safe (also `@next-safe/middleware`, which is not read)? */
const mayUseNextHeadersLibrary = textFinder([NEXT_SECURE_HEADERS, NEXT_SAFE], { everyFile: true });

/**
 * next-safe's policy when its option leaves a directive out (3.5.0, `lib/buildCSPHeaders.js`; the same since 2020 but for
 * `media-src`): `default-src`, `connect-src` and `script-src` `'self'`, `frame-src` and `child-src` `'none'`, so a page
 * that loads Stripe.js needs every one of Stripe's origins written in.
 */
const NEXT_SAFE_DEFAULT_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'base-uri': ["'none'"],
  'child-src': ["'none'"],
  'connect-src': ["'self'"],
  'default-src': ["'self'"],
  'font-src': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'frame-src': ["'none'"],
  'img-src': ["'self'"],
  'manifest-src': ["'self'"],
  'media-src': ["'self'"],
  'object-src': ["'none'"],
  'prefetch-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'worker-src': ["'self'"],
};

/**
 * The policy that next-secure-headers' `createSecureHeaders(options)` (or `createHeadersObject`, `withSecureHeaders`)
 * or next-safe's `nextSafe(options)` sends (each returns the headers that a Next.js `headers()` route lists). Empty when
 * the call is neither's, sends no policy, or its options cannot be read.
 */
export function nextHeadersLibraryDefinitions(call: TSESTree.CallExpression, sourceCode: SourceCode): CspDefinition[] {
  if (!mayUseNextHeadersLibrary(sourceCode.text)) return [];
  const ref = moduleRefOf(call.callee, sourceCode);
  if (ref?.module === NEXT_SECURE_HEADERS && ref.path.length === 1 && NEXT_SECURE_HEADERS_ENTRIES.has(ref.path[0]!)) return nextSecureHeadersDefinitions(call, sourceCode);
  if (ref?.module === NEXT_SAFE && ref.path.length === 0) return nextSafeDefinitions(call, sourceCode);
  return [];
}

/** The options object a call is given first: null when none is given, undefined when it cannot be read. */
function firstOptions(call: TSESTree.CallExpression, sourceCode: SourceCode): TSESTree.ObjectExpression | null | undefined {
  const argument = call.arguments[0];
  if (argument?.type === AST_NODE_TYPES.SpreadElement) return undefined;
  return argument ? objectOrNull(argument, sourceCode) : null;
}

/**
 * next-secure-headers (2.2.0, `src/rules/content-security-policy.ts`): the directives of `contentSecurityPolicy: {
 * directives }` as given (camelCase or dashed keys, a string or a list each; no defaults), report-only with
 * `reportOnly: true`, and no policy without the option or with `false`.
 */
function nextSecureHeadersDefinitions(call: TSESTree.CallExpression, sourceCode: SourceCode): CspDefinition[] {
  const options = firstOptions(call, sourceCode);
  if (!options) return [];
  const cspOptions = nestedOptions(options, 'contentSecurityPolicy', 'off', sourceCode);
  if (!cspOptions || cspOptions === 'off') return [];
  const flags = policyFlags(cspOptions, sourceCode);
  const found = entryValue(cspOptions, 'directives', sourceCode);
  if (!flags || found.open || !found.found || !found.value) return [];
  const directives = objectOrNull(found.value, sourceCode);
  if (!directives) return [];
  const read = readDirectives(directives, sourceCode);
  const shape: HelmetShape = { call, defaults: {}, helmetOptions: options, cspOptions, directives, props: read.props, entry: 'csp', mergesDefaults: false };
  const policy = helmetPolicy({ useDefaults: false, directives: read.options, open: read.open });
  return [objectDefinition('next-secure-headers', policy, call, shape, sourceCode, flags.reportOnly ?? false)];
}

/**
 * next-safe (3.5.0, `lib/buildCSPHeaders.js`): its defaults (`NEXT_SAFE_DEFAULT_DIRECTIVES`), each replaced by the
 * directive of that name in `contentSecurityPolicy` (dashed names only: it reads no other; a string or a list, whose
 * strings are its sources; none, an empty list or no string leaves the default; `false` takes it out), or added to
 * them with `mergeDefaultDirectives: true`; `'none'` dropped from a directive with other sources; report-only with
 * `reportOnly: true`, and no policy with `contentSecurityPolicy: false`. `isDev` adds no source Stripe needs.
 */
function nextSafeDefinitions(call: TSESTree.CallExpression, sourceCode: SourceCode): CspDefinition[] {
  const options = firstOptions(call, sourceCode);
  if (options === undefined) return [];
  const cspOptions = nestedOptions(options, 'contentSecurityPolicy', null, sourceCode);
  if (cspOptions === undefined || cspOptions === 'off') return [];
  let reportOnly = false;
  let merge = false;
  let read: HelmetDirectivesRead = { options: [], props: new Map(), open: false };
  if (cspOptions) {
    const flags = policyFlags(cspOptions, sourceCode);
    const merging = booleanOption(cspOptions, 'mergeDefaultDirectives', sourceCode);
    if (!flags || merging === null) return [];
    reportOnly = flags.reportOnly ?? false;
    merge = merging === true;
    read = readDirectives(cspOptions, sourceCode, 0, false, true);
    // Only the dashed names are read (`scriptSrc` is not `script-src` to next-safe); the flags are no directives.
    read.options = read.options.filter(({ key }) => key.includes('-') && key === key.toLowerCase());
  }
  const given = read.options.flatMap((option): HelmetDirectiveOption[] => {
    const { key, value } = option;
    if (value.kind !== 'list') return [option];
    const entries = value.entries.flatMap((entry) => (entry === null ? [null] : entry.trim().split(/\s+/).filter(Boolean)));
    const defaults = NEXT_SAFE_DEFAULT_DIRECTIVES[key];
    // No source given: the default stays, as if left out (an optional directive, `true`: sent without sources).
    if (entries.length === 0) return defaults ? [] : [option];
    const sources = [...new Set(merge && defaults ? [...defaults, ...entries] : entries)];
    return [{ key, value: { kind: 'list', entries: sources.length > 1 ? sources.filter((source) => source !== "'none'") : sources } }];
  });
  const policy = helmetPolicy({ useDefaults: true, directives: given, open: read.open, defaults: NEXT_SAFE_DEFAULT_DIRECTIVES });
  const shape: HelmetShape = { call, defaults: NEXT_SAFE_DEFAULT_DIRECTIVES, helmetOptions: options, cspOptions, directives: cspOptions, props: read.props, entry: 'csp', mergesDefaults: true, dashedKeys: true };
  return [objectDefinition('next-safe', policy, call, shape, sourceCode, reportOnly)];
}

// ---------------------------------------------------------------------------------------------------------------
// nuxt-security (`security` in nuxt.config)

/** Nuxt's configuration file: `nuxt.config.ts` (also `.js`, `.mjs`, `.cjs`, `.mts`, `.cts`), where modules are set up. */
export const isNuxtConfig = (filename: string): boolean => /(?:^|[\\/])nuxt\.config\.(?:[cm]?[jt]s)$/.test(filename);

const NUXT_SECURITY_MODULE = 'nuxt-security';
const NUXT_SECURITY_CONFIG_KEY = 'security';
/** nuxt-security's placeholder for the nonce it makes per request (its `runtime/nitro/plugins/50-updateCsp.ts`). */
const NUXT_SECURITY_NONCE = "'nonce-{{nonce}}'";

/**
 * nuxt-security's default policy (2.6.0, `src/defaultConfig.ts`; unchanged since 1.0): no `default-src`, so frames
 * and connections are not restricted, and a `script-src` that allows every HTTPS script.
 */
const NUXT_SECURITY_DEFAULT_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'base-uri': ["'none'"],
  'font-src': ["'self'", 'https:', 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", 'https:', "'unsafe-inline'"],
  'script-src': ["'self'", 'https:', "'unsafe-inline'", "'strict-dynamic'", NUXT_SECURITY_NONCE],
};

/** Its defaults under `strict: true` (the same file): `default-src 'none'`, and `'self'` for frames and connections. */
const NUXT_SECURITY_STRICT_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'base-uri': ["'none'"],
  'default-src': ["'none'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
  'frame-src': ["'self'"],
  'img-src': ["'self'"],
  'manifest-src': ["'self'"],
  'media-src': ["'self'"],
  'object-src': ["'none'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", NUXT_SECURITY_NONCE],
  'script-src': ["'self'", "'strict-dynamic'", NUXT_SECURITY_NONCE],
  'worker-src': ["'self'"],
};

/**
 * How a Nuxt config's `modules` list installs nuxt-security: `{ inline }` with the options written beside it
 * (`['nuxt-security', { … }]`; null for none), or null when the list does not name it, or undefined when the list
 * cannot be read where it might (an entry of unknown value, a spread).
 */
function nuxtSecurityInstall(config: TSESTree.ObjectExpression, sourceCode: SourceCode): { inline: TSESTree.ObjectExpression | null } | null | undefined {
  const modules = entryValue(config, 'modules', sourceCode);
  if (modules.open) return undefined;
  if (!modules.found || !modules.value) return null;
  const list = resolveValue(modules.value, sourceCode);
  if (list.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  for (const element of list.elements) {
    if (element === null) continue;
    if (element.type === AST_NODE_TYPES.SpreadElement) return undefined;
    const entry = resolveValue(element, sourceCode);
    const [name, options] = entry.type === AST_NODE_TYPES.ArrayExpression ? entry.elements : [entry];
    if (!name || name.type === AST_NODE_TYPES.SpreadElement) return undefined;
    const module = staticString(name, sourceCode);
    if (module !== NUXT_SECURITY_MODULE) continue;
    if (!options || options.type === AST_NODE_TYPES.SpreadElement) return options ? undefined : { inline: null };
    const inline = objectOrNull(options, sourceCode);
    return inline === undefined ? undefined : { inline };
  }
  return null;
}

/**
 * May the config give some routes nuxt-security options of their own (`routeRules: { '/checkout': { security: { … } } }`,
 * also under `nitro`), which replace the app's policy there: the app's policy may then be its other pages', where
 * Stripe.js does not load. True for route rules that cannot be read.
 */
function mayRouteSecurity(config: TSESTree.ObjectExpression, sourceCode: SourceCode): boolean {
  const nitro = entryValue(config, 'nitro', sourceCode);
  const nitroOptions = nitro.found && nitro.value ? objectOrNull(nitro.value, sourceCode) : null;
  if (nitro.open || nitroOptions === undefined) return true;
  for (const options of nitroOptions ? [config, nitroOptions] : [config]) {
    const rules = entryValue(options, 'routeRules', sourceCode);
    if (rules.open) return true;
    if (!rules.found) continue;
    // One set of rules, or one per branch of a condition (`routeRules: isProd ? {} : { '/**': { robots: … } }`, batch 321).
    const value = rules.value ? unwrap(rules.value) : null;
    const choices = value?.type === AST_NODE_TYPES.ConditionalExpression ? [value.consequent, value.alternate] : [rules.value ?? undefined];
    for (const choice of choices) {
      const routes = choice ? objectOrNull(choice, sourceCode) : undefined;
      if (!routes) return true;
      for (const property of routes.properties) {
        if (property.type === AST_NODE_TYPES.SpreadElement) return true;
        const route = objectOrNull(property.value, sourceCode);
        if (!route) return true;
        const security = entryValue(route, NUXT_SECURITY_CONFIG_KEY, sourceCode);
        if (security.open || security.found) return true;
      }
    }
  }
  return false;
}

/** A boolean option of nuxt-security's options: as written, `fallback` left out (or no options), null when it cannot be read. */
function nuxtFlag(options: TSESTree.ObjectExpression | null, key: string, fallback: boolean, sourceCode: SourceCode): boolean | null {
  if (!options) return fallback;
  const value = booleanOption(options, key, sourceCode);
  return value === undefined ? fallback : value;
}

/**
 * The policy nuxt-security sends with a Nuxt app's pages, from the config that `defineNuxtConfig({ … })` (or `export
 * default { … }`) is given in `nuxt.config.ts`, when its `modules` install `nuxt-security`: the module's options under
 * `security` (or written beside it in `modules`), `headers.contentSecurityPolicy`'s directives each replacing the
 * module's default of that name (`false` takes one out), on its defaults, or its strict ones under `strict: true` (2.6.0,
 * `src/defaultConfig.ts`, merged by its `defuReplaceArray`). `'nonce-{{nonce}}'` is the nonce it makes per request,
 * unless `nonce: false` (then removed). Nothing for `enabled: false`, `headers: false`, `contentSecurityPolicy: false`;
 * report-only with `contentSecurityPolicyReportOnly: true`. Not read: a module installed by a layer (`extends`), options
 * both beside the module and under `security` (merged by Nuxt), and anything not written in the config literal; an app
 * whose route rules give some routes options of their own (`mayRouteSecurity`) is not judged. Empty when `node` is no
 * such config or it cannot be read.
 */
export function nuxtSecurityDefinitions(node: TSESTree.CallExpression | TSESTree.ExportDefaultDeclaration, sourceCode: SourceCode): CspDefinition[] {
  let argument: Node | undefined;
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(node.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== 'defineNuxtConfig') return [];
    argument = node.arguments[0];
  } else if (node.declaration.type !== AST_NODE_TYPES.CallExpression) {
    argument = node.declaration;
  }
  if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return [];
  const config = objectOrNull(argument, sourceCode);
  if (!config) return [];
  const install = nuxtSecurityInstall(config, sourceCode);
  if (!install) return [];
  const security = entryValue(config, NUXT_SECURITY_CONFIG_KEY, sourceCode);
  if (security.open || (security.found && install.inline) || mayRouteSecurity(config, sourceCode)) return [];
  const options = install.inline ?? (security.found ? objectOrNull(security.value ?? undefined, sourceCode) : null);
  if (options === undefined) return [];
  const enabled = nuxtFlag(options, 'enabled', true, sourceCode);
  const strict = nuxtFlag(options, 'strict', false, sourceCode);
  const nonce = nuxtFlag(options, 'nonce', true, sourceCode);
  const reportOnly = nuxtFlag(options, 'contentSecurityPolicyReportOnly', false, sourceCode);
  if (enabled !== true || strict === null || nonce === null || reportOnly === null) return [];
  const headers = nestedOptions(options, 'headers', null, sourceCode);
  const csp = headers === 'off' || headers === undefined ? headers : nestedOptions(headers, 'contentSecurityPolicy', null, sourceCode);
  if (csp === 'off' || csp === undefined) return [];
  const defaults = strict ? NUXT_SECURITY_STRICT_DIRECTIVES : NUXT_SECURITY_DEFAULT_DIRECTIVES;
  const read = csp ? readDirectives(csp, sourceCode, 0, false, true) : { options: [], props: new Map<string, TSESTree.Property>(), open: false };
  const policy = helmetPolicy({ useDefaults: true, directives: read.options, open: read.open, defaults });
  for (const directive of policy.directives) {
    if (directive.sources.includes(NUXT_SECURITY_NONCE)) {
      directive.sources = directive.sources.flatMap((source) => (source !== NUXT_SECURITY_NONCE ? [source] : nonce ? [`'nonce-${UNKNOWN}'`] : []));
    }
  }
  const key = install.inline ?? (security.found ? security.value! : config);
  const shape: HelmetShape = { call: null, defaults, helmetOptions: null, cspOptions: csp, directives: csp, props: read.props, entry: 'csp', mergesDefaults: true, dashedKeys: true };
  return [objectDefinition('nuxt-security', policy, key, shape, sourceCode, reportOnly)];
}

// ---------------------------------------------------------------------------------------------------------------
// blankie (hapi)

const BLANKIE_MODULE = 'blankie';
/** The keys of a hapi plugin registration object that hold the plugin: `plugin` (hapi 17+), `register` (hapi 16). */
const PLUGIN_KEYS = ['plugin', 'register'] as const;
/**
 * The directives blankie 5 sends without options (its `lib/schema.js` defaults), as the header writes them; no
 * `frame-src`, so Stripe's iframes fall back to `default-src 'none'`.
 */
const BLANKIE_DEFAULT_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'default-src': ["'none'"],
  'img-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'worker-src': ["'self'"],
};
/** The options blankie writes as directives (camelCased); its schema rejects any key it does not know. */
const BLANKIE_DIRECTIVE_OPTIONS: ReadonlySet<string> = new Set([
  'baseUri', 'childSrc', 'connectSrc', 'defaultSrc', 'fontSrc', 'formAction', 'frameAncestors', 'frameSrc', 'imgSrc',
  'manifestSrc', 'mediaSrc', 'objectSrc', 'pluginTypes', 'requireSriFor', 'sandbox', 'scriptSrc', 'styleSrc', 'workerSrc', 'xhrSrc',
]);
/** Keywords blankie quotes for the header (`'self'` written as `self`). */
const BLANKIE_QUOTED: ReadonlySet<string> = new Set(['self', 'none', 'unsafe-inline', 'unsafe-eval', 'inline-script', 'eval-script', 'strict-dynamic']);
/** Blankie's defaults as its options write them (`self`, unquoted): what a fix copies into a new option. */
const BLANKIE_OPTION_DEFAULTS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(BLANKIE_DEFAULT_DIRECTIVES).map(([name, sources]) => [name, sources.map((source) => source.replace(/^'([^']*)'$/, (quoted, bare: string) => (BLANKIE_QUOTED.has(bare) ? bare : quoted)))]),
);
/** The directives blankie adds a nonce to, by the `generateNonces` value that turns it on besides `true`. */
const BLANKIE_NONCES: ReadonlyMap<string, string> = new Map([['scriptSrc', 'script'], ['styleSrc', 'style']]);

/**
 * Can the file import blankie: does its text spell the module's name (npm names are lower case)? Asked of every file
 * (`mayDefineCsp`, require-stripe-csp): answered by the shared scan.
 */
export const mayRegisterBlankie: (text: string) => boolean = textFinder([BLANKIE_MODULE], { everyFile: true });

/** Blankie's module (`Blankie`, `require('blankie')`) or its `plugin` export (`Blankie.plugin`), which hapi registers alike. */
const isBlankie = (node: Node, sourceCode: SourceCode): boolean => {
  const ref = moduleRefOf(node, sourceCode);
  return isModuleRef(ref, [BLANKIE_MODULE], []) || isModuleRef(ref, [BLANKIE_MODULE], ['plugin']);
};

/**
 * The policy blankie sends, from a hapi plugin registration object whose plugin is blankie (`{ plugin: Blankie,
 * options }`, hapi 16's `{ register: Blankie, options }`), or from blankie registered alone (`server.register([Scooter,
 * Blankie])`, `node` the plugin itself): blankie's defaults, replaced option by option (a string or a list; keywords
 * quoted as blankie quotes them), a nonce added to `script-src` / `style-src` unless `generateNonces` says otherwise
 * (`true` by default), `reportOnly` read. Options given as a function (a policy per request), spreads and unknown
 * values: nothing is read. Route-level `plugins.blankie` options are not read (docs: Limitations).
 */
export function blankieDefinitions(node: TSESTree.ObjectExpression | TSESTree.Identifier, sourceCode: SourceCode): CspDefinition[] {
  let options: TSESTree.ObjectExpression | null = null;
  if (node.type === AST_NODE_TYPES.ObjectExpression) {
    const plugin = PLUGIN_KEYS.map((key) => entryValue(node, key, sourceCode)).find((entry) => entry.found);
    if (!plugin?.value || plugin.open || !isBlankie(plugin.value, sourceCode)) return [];
    const given = entryValue(node, 'options', sourceCode);
    if (given.open) return [];
    if (given.found) {
      const object = given.value ? objectOrNull(given.value, sourceCode) : undefined;
      if (!object) return [];
      options = object;
    }
  } else if (!isBlankie(node, sourceCode)) return [];
  const directives: HelmetDirectiveOption[] = [];
  const props = new Map<string, TSESTree.Property>();
  let nonces: boolean | string = true;
  let reportOnly = false;
  for (const property of options?.properties ?? []) {
    const key = property.type === AST_NODE_TYPES.Property && property.kind === 'init' ? propertyKey(property, sourceCode) : null;
    if (key === null || property.type !== AST_NODE_TYPES.Property) return [];
    if (key === 'generateNonces' || key === 'reportOnly') {
      const value = staticValue(property.value, sourceCode);
      if (typeof value !== 'boolean' && typeof value !== 'string') return [];
      if (key === 'reportOnly') reportOnly = value === true;
      else nonces = value;
      continue;
    }
    if (!BLANKIE_DIRECTIVE_OPTIONS.has(key)) continue;
    const value = helmetValue(property.value, sourceCode);
    directives.push({
      key,
      value: value.kind === 'list' ? { kind: 'list', entries: value.entries.map((entry) => (entry !== null && BLANKIE_QUOTED.has(entry) ? `'${entry}'` : entry)) } : { kind: 'unknown' },
    });
    props.set(dashify(key), property);
  }
  const policy = helmetPolicy({ useDefaults: true, defaults: BLANKIE_DEFAULT_DIRECTIVES, directives });
  for (const [key, which] of BLANKIE_NONCES) {
    const directive = policy.directives.find((d) => d.name === dashify(key));
    if (directive && (nonces === true || nonces === which)) directive.sources.push(`'nonce-${UNKNOWN}'`);
  }
  const shape: HelmetShape = { call: null, defaults: BLANKIE_OPTION_DEFAULTS, helmetOptions: null, cspOptions: options, directives: options, props, entry: 'csp', mergesDefaults: true };
  return [
    {
      via: 'blankie',
      policy,
      reportOnly,
      key: node,
      index: 0,
      target(directive) {
        return { node: (directive.fromDefaults === false ? props.get(directive.name) : undefined) ?? options ?? node };
      },
      // Without an options object there is nothing to edit in place.
      allowFix: (checked, governing, sources) => (options ? helmetFix(shape, checked, governing, sources, sourceCode) : null),
    },
  ];
}

/** Blankie registered alone: `server.register(Blankie)`, `server.register([Scooter, Blankie])`. The plugin nodes. */
export function blankieRegisteredAlone(call: TSESTree.CallExpression, sourceCode: SourceCode): TSESTree.Identifier[] {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee, sourceCode) !== 'register') return [];
  const first = call.arguments[0];
  const candidates = first?.type === AST_NODE_TYPES.ArrayExpression ? first.elements : [first];
  return candidates.filter((c): c is TSESTree.Identifier => c?.type === AST_NODE_TYPES.Identifier && isBlankie(c, sourceCode));
}

/**
 * Is the policy of this helmet call replaced before any response goes out? `app.use(helmet())` followed, in the same
 * statement list, by `app.use(helmet.contentSecurityPolicy({ … }))` (or another helmet call that sets a policy) on the
 * same app for every path: helmet sets the header with `res.setHeader`, so the later middleware's policy is the one
 * the browser gets (`setsHelmetPolicy`, whatever the policy: its directives may be unknown). A later one that sets no
 * policy (`contentSecurityPolicy: false`), may be report-only, is mounted on a path, or names no policy at all
 * (`helmet()`, whose default policy depends on helmet's major) does not replace it.
 */
export function replacedByLaterHelmet(call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const use = call.parent;
  if (use?.type !== AST_NODE_TYPES.CallExpression || !use.arguments.includes(call)) return false;
  const app = useReceiver(use, sourceCode);
  const statement = use.parent;
  const list = statement?.type === AST_NODE_TYPES.ExpressionStatement ? statement.parent : undefined;
  if (!app || !list || (list.type !== AST_NODE_TYPES.Program && list.type !== AST_NODE_TYPES.BlockStatement)) return false;
  const last = lastPolicySetters(list, sourceCode).get(app);
  return last !== undefined && last > statement!.range[0];
}

const policySetters = new WeakMap<Node, Map<TSESLint.Scope.Variable, number>>();

/**
 * For a statement list: per app, where its last `app.use(…)` statement that sets a helmet policy for every path starts.
 * Read once per list (a file may register hundreds of middlewares).
 */
function lastPolicySetters(list: TSESTree.Program | TSESTree.BlockStatement, sourceCode: SourceCode): Map<TSESLint.Scope.Variable, number> {
  let setters = policySetters.get(list);
  if (setters) return setters;
  setters = new Map();
  for (const statement of list.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) continue;
    const call = unwrap(statement.expression);
    const app = call.type === AST_NODE_TYPES.CallExpression ? useReceiver(call, sourceCode) : null;
    if (!app || call.type !== AST_NODE_TYPES.CallExpression) continue;
    const [first] = call.arguments;
    if (!first || first.type === AST_NODE_TYPES.SpreadElement || staticString(first, sourceCode) !== null) continue;
    const setsPolicy = (argument: TSESTree.CallExpressionArgument): boolean => {
      const middleware = unwrap(argument);
      return middleware.type === AST_NODE_TYPES.CallExpression && setsHelmetPolicy(middleware, sourceCode);
    };
    if (call.arguments.some(setsPolicy)) setters.set(app, statement.range[0]);
  }
  policySetters.set(list, setters);
  return setters;
}

/**
 * Does this helmet call set an enforced policy, whatever the policy is? `helmet.contentSecurityPolicy(options)` and
 * `helmet({ contentSecurityPolicy: options })` with `options` missing (helmet's defaults) or an object literal that
 * does not make it report-only (its directives may be unknown: `directives: getCspDirectives()`). `helmet()` with no
 * CSP option sends a policy only from helmet 4 on: not counted.
 */
function setsHelmetPolicy(call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const entry = helmetEntry(call.callee, sourceCode);
  const [first] = call.arguments;
  if (entry === null || first?.type === AST_NODE_TYPES.SpreadElement) return false;
  const enforced = (options: Node | undefined): boolean => {
    if (!options) return true;
    const object = resolveValue(options, sourceCode);
    if (object.type !== AST_NODE_TYPES.ObjectExpression || object.properties.some((p) => p.type !== AST_NODE_TYPES.Property)) return false;
    const reportOnly = entryValue(object, 'reportOnly', sourceCode);
    return !reportOnly.open && (!reportOnly.found || (reportOnly.value !== null && staticValue(reportOnly.value, sourceCode) === false));
  };
  if (entry === 'csp') return enforced(first);
  const helmetOptions = first ? resolveValue(first, sourceCode) : null;
  if (helmetOptions?.type !== AST_NODE_TYPES.ObjectExpression) return false;
  const csp = entryValue(helmetOptions, 'contentSecurityPolicy', sourceCode);
  if (csp.open || !csp.found || csp.value === null) return false;
  const value = resolveValue(csp.value, sourceCode);
  return value.type === AST_NODE_TYPES.ObjectExpression ? enforced(value) : staticValue(value, sourceCode) === true;
}

/** The app variable of `app.use(…)`, or null. */
function useReceiver(call: TSESTree.CallExpression, sourceCode: SourceCode): TSESLint.Scope.Variable | null {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee, sourceCode) !== 'use') return null;
  const object = unwrap(callee.object);
  return object.type === AST_NODE_TYPES.Identifier ? variableOf(object, sourceCode) : null;
}

/** A JS string literal for `text`, in `quote` unless the text holds that quote. */
function jsString(text: string, quote: string): string {
  const q = text.includes(quote) ? (quote === "'" ? '"' : "'") : quote;
  return `${q}${text.replace(/\\/g, '\\\\').split(q).join(`\\${q}`)}${q}`;
}

/** The quote style of plain strings: in the directives (`'https://…'`), else in the file (imports), else `'`. */
function preferredQuote(shape: HelmetShape, sourceCode: SourceCode): string {
  for (const prop of shape.props.values()) {
    const value = unwrap(prop.value);
    const literals = value.type === AST_NODE_TYPES.ArrayExpression ? value.elements : [value];
    for (const element of literals) {
      if (element?.type !== AST_NODE_TYPES.Literal || typeof element.value !== 'string' || /["']/.test(element.value)) continue;
      const quote = sourceCode.getText(element)[0]!;
      if (quote === '"' || quote === "'") return quote;
    }
  }
  return fileQuote(sourceCode);
}

/** The quote of the file's first string token that holds no quote character (imports come first), else `'`. Once per file. */
function fileQuote(sourceCode: SourceCode): string {
  return perFile(sourceCode, 'csp-file-quote', () => {
    const plain = sourceCode.ast.tokens.find((t) => t.type === 'String' && !/["']/.test(t.value.slice(1, -1)));
    return plain ? plain.value[0]! : "'";
  });
}

function helmetFix(shape: HelmetShape, checked: CheckedName, governing: CspDirective, sources: readonly string[], sourceCode: SourceCode): FixFunction | null {
  const quote = preferredQuote(shape, sourceCode);
  const literals = sources.map((s) => jsString(s, quote));
  const explicit = governing.fromDefaults === false ? shape.props.get(governing.name) : undefined;
  if (explicit && !isFallback(checked, governing)) {
    const value = resolveValue(explicit.value, sourceCode);
    const array = value.type === AST_NODE_TYPES.NewExpression ? value.arguments[0] && resolveValue(value.arguments[0], sourceCode) : value;
    if (array?.type === AST_NODE_TYPES.ArrayExpression) return appendToArray(array, literals, isNoneOnly(governing), sourceCode);
    if (value.type === AST_NODE_TYPES.Literal && typeof value.value === 'string') {
      const raw = sourceCode.getText(value);
      const q = raw[0]!;
      const range: [number, number] = [value.range[1] - 1, value.range[1] - 1];
      return (fixer) => fixer.insertTextAfterRange(range, quotedEscape(q)(` ${sources.join(' ')}`));
    }
    return null;
  }
  // A new directive: copy what the fallback (or helmet's default) allowed, then add Stripe's sources.
  let copied: string[];
  if (governing.fromDefaults !== false) {
    copied = (shape.defaults[governing.name] ?? []).map((s) => jsString(s, quote));
  } else {
    const value = explicit ? resolveValue(explicit.value, sourceCode) : null;
    if (value?.type === AST_NODE_TYPES.Literal && typeof value.value === 'string') {
      // The fallback written as one string (`defaultSrc: "'self'"`): its sources, each a string of the list.
      copied = isNoneOnly(governing) ? [] : value.value.split(/\s+/).filter(Boolean).map((source) => jsString(source, quote));
    } else if (value?.type === AST_NODE_TYPES.ArrayExpression) {
      copied = isNoneOnly(governing) ? [] : value.elements.map((e) => (e ? sourceCode.getText(e) : '')).filter(Boolean);
    } else {
      return null;
    }
  }
  if (copied.some((s) => /^['"]'?none'?['"]$/i.test(s))) copied = [];
  const arrayText = `[${[...copied, ...literals].join(', ')}]`;
  const existing = shape.props.get(checked);
  if (existing) {
    const range = existing.value.range;
    return (fixer) => fixer.replaceTextRange(range, arrayText);
  }
  const dashedKeys = shape.dashedKeys === true || [...shape.props.values()].some((p) => p.key.type === AST_NODE_TYPES.Literal && String(p.key.value).includes('-'));
  const key = dashedKeys ? jsString(checked, quote) : checked.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  const property = `${key}: ${arrayText}`;
  if (shape.directives) return insertProperty(shape.directives, property, sourceCode);
  // No directives object: the middleware sends its defaults. Where directives given are not merged into them (helmet 4
  // and older, `useDefaults: false`), one written now would be the whole policy (and helmet requires a `default-src`).
  if (!shape.mergesDefaults) return null;
  if (shape.cspOptions) return insertProperty(shape.cspOptions, `directives: { ${property} }`, sourceCode);
  const cspText = `{ directives: { ${property} } }`;
  if (shape.entry === 'helmet') {
    if (shape.helmetOptions) return insertProperty(shape.helmetOptions, `contentSecurityPolicy: ${cspText}`, sourceCode);
    return insertArgument(shape.call, `{ contentSecurityPolicy: ${cspText} }`, sourceCode, shape.optionsAt);
  }
  return insertArgument(shape.call, cspText, sourceCode, shape.optionsAt);
}

function appendToArray(array: TSESTree.ArrayExpression, literals: readonly string[], replaceNone: boolean, sourceCode: SourceCode): FixFunction | null {
  const elements = array.elements;
  if (replaceNone) {
    const only = elements[0]!;
    return (fixer) => fixer.replaceText(only, literals.join(', '));
  }
  const last = elements.at(-1);
  if (last === undefined) {
    return (fixer) => fixer.replaceText(array, `[${literals.join(', ')}]`);
  }
  if (last === null) return null; // a trailing hole
  const multiline = last.loc.start.line !== array.loc.start.line;
  const indent = multiline ? leadingIndent(last, sourceCode) : '';
  const separator = multiline ? `,\n${indent}` : ', ';
  const after = sourceCode.getTokenAfter(last);
  if (after && after.value === ',') {
    const text = multiline ? `\n${indent}${literals.join(separator)},` : ` ${literals.join(', ')},`;
    return (fixer) => fixer.insertTextAfter(after, text);
  }
  return (fixer) => fixer.insertTextAfter(last, `${separator}${literals.join(separator)}`);
}

function leadingIndent(node: Node, sourceCode: SourceCode): string {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
  return /^\s*/.exec(line)![0];
}

/** Add `property` (source text) as the last property of an object literal, following its layout. */
function insertProperty(object: TSESTree.ObjectExpression, property: string, sourceCode: SourceCode): FixFunction {
  const last = object.properties.at(-1);
  if (!last) return (fixer) => fixer.replaceText(object, `{ ${property} }`);
  const multiline = last.loc.start.line !== object.loc.start.line;
  const indent = multiline ? leadingIndent(last, sourceCode) : '';
  const after = sourceCode.getTokenAfter(last);
  if (after && after.value === ',') {
    const text = multiline ? `\n${indent}${property},` : ` ${property},`;
    return (fixer) => fixer.insertTextAfter(after, text);
  }
  return (fixer) => fixer.insertTextAfter(last, multiline ? `,\n${indent}${property}` : `, ${property}`);
}

/** Write `argument` as the call's argument at `at`, where it has exactly the arguments before that one. */
function insertArgument(call: TSESTree.CallExpression | null, argument: string, sourceCode: SourceCode, at: 0 | 1 = 0): FixFunction | null {
  if (!call || call.arguments.length !== at) return null;
  const previous = call.arguments[at - 1];
  if (previous) return (fixer) => fixer.insertTextAfter(previous, `, ${argument}`);
  const closing = sourceCode.getLastToken(call);
  if (!closing || closing.value !== ')') return null;
  return (fixer) => fixer.insertTextBefore(closing, argument);
}

// ---------------------------------------------------------------------------------------------------------------
// Header values and meta tags

const HEADER_SETTERS = new Set(['setHeader', 'set', 'header', 'append']);

function headerKind(name: string | null): 'enforce' | 'report-only' | null {
  const lower = name?.toLowerCase();
  if (lower === CSP_HEADER) return 'enforce';
  if (lower === CSP_REPORT_ONLY_HEADER) return 'report-only';
  return null;
}

/** `res.setHeader('Content-Security-Policy', value)` and the other setters. */
export function headerCallDefinitions(call: TSESTree.CallExpression, sourceCode: SourceCode): CspDefinition[] {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return [];
  const method = memberName(callee, sourceCode);
  if (method === null || !HEADER_SETTERS.has(method)) return [];
  const [name, value] = call.arguments;
  if (!name || !value || name.type === AST_NODE_TYPES.SpreadElement || value.type === AST_NODE_TYPES.SpreadElement) return [];
  const kind = headerKind(staticString(name, sourceCode));
  if (!kind || sendsOwnPageWithoutStripe(callee.object, call, sourceCode) || setsNoDocumentType(callee.object, call, sourceCode)) return [];
  return stringDefinitions(value, 'header', kind === 'report-only', sourceCode);
}

/**
 * Does the function that sets this header set, on the same response or `Headers` object, a `Content-Type` that is no
 * document's (`res.setHeader('Content-Type', 'application/javascript')`, `headers.set('content-type', 'text/javascript')`,
 * `res.type('application/json')`), and none that is or may be one? The policy then goes with a script or data, no page
 * (a service worker's own policy set header by header, real-world batch 318), as a header object's `Content-Type` says
 * (`sendsNoDocument`).
 */
function setsNoDocumentType(response: Node, call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  let noDocument = false;
  const documentOrUnknown = someResponseCall(response, call, sourceCode, (method, node) => {
    const [first, second] = node.arguments;
    let type: string | null;
    if (HEADER_SETTERS.has(method) && first && second && staticString(first, sourceCode)?.toLowerCase() === CONTENT_TYPE) {
      type = staticString(second, sourceCode);
    } else if ((method === 'type' || method === 'contentType') && first) {
      // Express maps a bare extension to its type (`res.type('html')`): only a type written out is read.
      const written = staticString(first, sourceCode);
      type = written !== null && written.includes('/') ? written : null;
    } else return false;
    if (!isNoDocumentType(type)) return true;
    noDocument = true;
    return false;
  });
  return documentOrUnknown === false && noDocument;
}

/** Response methods that write a body the code gives (`res.send(html)`), and those that take one from elsewhere. */
const BODY_WRITERS: ReadonlySet<string> = new Set(['send', 'end', 'write']);
const OTHER_BODIES: ReadonlySet<string> = new Set(['render', 'sendFile', 'sendfile', 'download', 'pipe', 'json', 'jsonp']);
const WRITTEN_PAGE = /<!doctype\s+html|<html[\s>]/i;

/** Response methods that return the response, so that calls chain on it (`res.status(200).set(…).send(…)`). */
const CHAINED_RESPONSE_METHODS: ReadonlySet<string> = new Set([
  'status', 'set', 'header', 'type', 'contentType', 'append', 'cookie', 'clearCookie', 'vary', 'location', 'links', 'attachment',
  'setHeader', 'writeHead', 'code', 'headers',
]);

/** The response a chain of its own methods starts from (`res` of `res.status(200).set(…)`), or the node itself. */
function responseOf(node: Node, sourceCode: SourceCode): Node {
  let target = unwrap(node);
  for (let depth = 0; depth < 16 && target.type === AST_NODE_TYPES.CallExpression; depth++) {
    const callee = unwrap(target.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || !CHAINED_RESPONSE_METHODS.has(memberName(callee, sourceCode) ?? '')) break;
    target = unwrap(callee.object);
  }
  return target;
}

/**
 * Does `visit` hold for a call of the function around `call` on the response `response` starts from (by its variable's
 * name; its own chained methods included: `res.status(200).set(…)`)? Null where the response is no variable.
 */
function someResponseCall(response: Node, call: TSESTree.CallExpression, sourceCode: SourceCode, visit: (method: string, node: TSESTree.CallExpression) => boolean): boolean | null {
  const receiver = responseOf(response, sourceCode);
  const fn = receiver.type === AST_NODE_TYPES.Identifier ? enclosingFunction(call) : null;
  if (!fn || receiver.type !== AST_NODE_TYPES.Identifier) return null;
  return someInBody(fn.body, sourceCode, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const object = responseOf(node.callee.object, sourceCode);
    const method = memberName(node.callee, sourceCode);
    return object.type === AST_NODE_TYPES.Identifier && object.name === receiver.name && method !== null && visit(method, node);
  });
}

/**
 * A header set on a response whose page the same function writes out as text, naming no Stripe (real-world batch FG:
 * a route that serves a YouTube embed page with its own policy, beside a purchase route that calls Stripe's API):
 * `res.setHeader('Content-Security-Policy', …)`, then `res.send(\`<!DOCTYPE html>…\`)` (or `end` / `write`; also chained,
 * `res.status(200).set(…).send(…)`: real-world batch 261). Every
 * body the function writes on that response is a string or a template (its written text read; also through a
 * const), at least one is a page, and none names Stripe: the policy governs that page, which loads no Stripe.js. A
 * body from elsewhere (`res.render`, `res.sendFile`, a parameter or a variable set elsewhere) leaves the page unknown.
 */
function sendsOwnPageWithoutStripe(response: Node, call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  let page = false;
  const unknownOrStripe = someResponseCall(response, call, sourceCode, (method, node) => {
    if (OTHER_BODIES.has(method)) return true;
    if (!BODY_WRITERS.has(method) || node.arguments.length === 0) return false;
    const body = resolveValue(node.arguments[0]!, sourceCode);
    const text =
      body.type === AST_NODE_TYPES.Literal && typeof body.value === 'string'
        ? body.value
        : body.type === AST_NODE_TYPES.TemplateLiteral
          ? body.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw).join(' ')
          : null;
    if (text === null || /stripe/i.test(text)) return true;
    if (WRITTEN_PAGE.test(text)) page = true;
    return false;
  });
  return unknownOrStripe === false && page;
}

/**
 * Object properties that carry a header: `{ 'Content-Security-Policy': value }` and
 * `{ key: 'Content-Security-Policy', value }` (next.config `headers()`, edge functions).
 */
export function headerPropertyDefinitions(property: TSESTree.Property, sourceCode: SourceCode): CspDefinition[] {
  if (property.kind !== 'init' || property.parent?.type !== AST_NODE_TYPES.ObjectExpression) return [];
  // A plain identifier key can only be `key` here: header names contain `-`, which no identifier does.
  if (!property.computed && property.key.type === AST_NODE_TYPES.Identifier && property.key.name !== 'key') return [];
  const key = propertyKey(property, sourceCode);
  const direct = headerKind(key);
  if (direct) return sendsNoDocument(property.parent.properties, sourceCode) ? [] : stringDefinitions(property.value, 'header', direct === 'report-only', sourceCode);
  if (key !== 'key') return [];
  const kind = headerKind(staticString(property.value, sourceCode));
  if (!kind) return [];
  // An entry of a list that also sets a `Content-Type` (`{ source: '/sw.js', headers: [{ key: 'Content-Type', value:
  // 'application/javascript' }, { key: 'Content-Security-Policy', value }] }`).
  const list = property.parent.parent;
  if (list?.type === AST_NODE_TYPES.ArrayExpression && listSendsNoDocument(list, sourceCode)) return [];
  const valueProperty = property.parent.properties.find(
    (p): p is PropertyOf<typeof p> => p.type === AST_NODE_TYPES.Property && p.kind === 'init' && propertyKey(p, sourceCode) === 'value',
  );
  const definitions = valueProperty ? stringDefinitions(valueProperty.value, 'header', kind === 'report-only', sourceCode) : [];
  // One route's policy among several, naming none of Stripe's origins where another route's names them: a route where
  // Stripe.js does not load (a docs site's rewrite; real-world batch 257).
  if (list?.type === AST_NODE_TYPES.ArrayExpression && definitions.some((definition) => !namesStripeOrigin(definition.policy)) && anotherRouteNamesStripe(list, sourceCode)) {
    return definitions.filter((definition) => namesStripeOrigin(definition.policy));
  }
  return definitions;
}

/**
 * Does another route of a next.config `headers()` list (`[{ source: '/docs/:path*', headers }, { source: '/(.*)',
 * headers: [{ key: 'Content-Security-Policy', value }] }]`) than the one `headers` (a route's list of `{ key, value }`
 * entries) belongs to set a policy that names one of Stripe's origins? The file then writes a policy per route, with
 * Stripe's origins where Stripe.js loads.
 */
function anotherRouteNamesStripe(headers: TSESTree.ArrayExpression, sourceCode: SourceCode): boolean {
  const route = headers.parent.type === AST_NODE_TYPES.Property ? headers.parent.parent : null;
  const routes = route?.parent;
  if (route?.type !== AST_NODE_TYPES.ObjectExpression || routes?.type !== AST_NODE_TYPES.ArrayExpression || !objectEntry(route, sourceCode, 'source')) return false;
  return routes.elements.some((other) => {
    if (other === route || other?.type !== AST_NODE_TYPES.ObjectExpression || !objectEntry(other, sourceCode, 'source')) return false;
    const entry = objectEntry(other, sourceCode, 'headers');
    const list = entry ? unwrap(resolveValue(entry.value, sourceCode)) : null;
    if (list?.type !== AST_NODE_TYPES.ArrayExpression) return false;
    return list.elements.some((element) => {
      if (element?.type !== AST_NODE_TYPES.ObjectExpression) return false;
      const key = objectEntry(element, sourceCode, 'key');
      const value = objectEntry(element, sourceCode, 'value');
      if (!key || !value || headerKind(staticString(key.value, sourceCode)) !== 'enforce') return false;
      return stringDefinitions(value.value, 'header', false, sourceCode).some((definition) => namesStripeOrigin(definition.policy));
    });
  });
}

/**
 * Does a header object set a static `Content-Type` that is no document's (`application/json`, `application/javascript`:
 * an API's or a service worker's response, real-world batch EA)? A policy sent with it governs no page, so no page
 * that loads Stripe.js. HTML and XHTML are documents; a computed type may be either.
 */
function sendsNoDocument(properties: readonly TSESTree.ObjectLiteralElement[], sourceCode: SourceCode): boolean {
  return properties.some((p) => {
    if (p.type !== AST_NODE_TYPES.Property || p.kind !== 'init' || propertyKey(p, sourceCode)?.toLowerCase() !== CONTENT_TYPE) return false;
    return isNoDocumentType(staticString(p.value, sourceCode));
  });
}

/** Does a next.config `headers` list of `{ key, value }` entries set a static `Content-Type` that is no document's? */
function listSendsNoDocument(list: TSESTree.ArrayExpression, sourceCode: SourceCode): boolean {
  return list.elements.some((element) => {
    if (element?.type !== AST_NODE_TYPES.ObjectExpression) return false;
    const key = objectEntry(element, sourceCode, 'key');
    const value = objectEntry(element, sourceCode, 'value');
    return key !== undefined && value !== undefined && staticString(key.value, sourceCode)?.toLowerCase() === CONTENT_TYPE && isNoDocumentType(staticString(value.value, sourceCode));
  });
}

const CONTENT_TYPE = 'content-type';
const DOCUMENT_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml']);
const isNoDocumentType = (type: string | null): boolean => type !== null && !DOCUMENT_TYPES.has(type.split(';')[0]!.trim().toLowerCase());

/** `headers['Content-Security-Policy'] = value`. */
export function headerAssignmentDefinitions(assignment: TSESTree.AssignmentExpression, sourceCode: SourceCode): CspDefinition[] {
  if (assignment.operator !== '=' || assignment.left.type !== AST_NODE_TYPES.MemberExpression) return [];
  const kind = headerKind(memberName(assignment.left, sourceCode));
  return kind ? stringDefinitions(assignment.right, 'header', kind === 'report-only', sourceCode) : [];
}

function jsxAttribute(element: TSESTree.JSXOpeningElement, names: readonly string[]): TSESTree.JSXAttribute | undefined {
  return element.attributes.find(
    (a): a is TSESTree.JSXAttribute =>
      a.type === AST_NODE_TYPES.JSXAttribute && a.name.type === AST_NODE_TYPES.JSXIdentifier && names.includes(a.name.name.toLowerCase()),
  );
}

/** `<meta httpEquiv="Content-Security-Policy" content="…" />` (also `http-equiv`). */
export function metaDefinitions(element: TSESTree.JSXOpeningElement, sourceCode: SourceCode): CspDefinition[] {
  if (element.name.type !== AST_NODE_TYPES.JSXIdentifier || element.name.name !== 'meta') return [];
  const equiv = jsxAttribute(element, ['httpequiv', 'http-equiv']);
  if (!equiv?.value) return [];
  const kind = headerKind(staticString(equiv.value.type === AST_NODE_TYPES.JSXExpressionContainer ? equiv.value.expression : equiv.value, sourceCode));
  // A meta element cannot deliver a report-only policy (CSP3 §3.3): the browser ignores it.
  if (kind !== 'enforce') return [];
  const content = jsxAttribute(element, ['content']);
  if (!content?.value) return [];
  return stringDefinitions(content.value, 'meta', false, sourceCode);
}

/**
 * `<meta http-equiv="Content-Security-Policy" content="…">` in HTML or a Vue template. Template markers in the
 * content are unknown parts of the policy; the value is edited in place unless it needs its quote character.
 */
export function markupMetaDefinitions(element: MarkupElement, sourceCode: SourceCode): CspDefinition[] {
  if (element.tag !== 'meta') return [];
  // A meta element cannot deliver a report-only policy (CSP3 §3.3): the browser ignores it.
  if (headerKind(markupAttribute(element, 'http-equiv')?.value ?? null) !== 'enforce') return [];
  const content = markupAttribute(element, 'content');
  if (!content) return [];
  const firstStart = content.pieces.find((p) => p.start !== null)?.start;
  const quote = firstStart ? sourceCode.text[firstStart - 1] : undefined;
  const escape = (text: string): string | null => (quote === '"' || quote === "'" ? (text.includes(quote) ? null : text) : /[\s"'=<>`]/.test(text) ? null : text);
  const acc: PolicyText = { text: '', pieces: [] };
  for (const piece of content.pieces) {
    if (piece.template) {
      acc.text += UNKNOWN;
      continue;
    }
    const start = piece.start;
    const offsets = start === null ? null : [...Array(piece.text.length + 1).keys()].map((i) => start + i);
    pushPiece(acc, piece.text, content.valueNode as unknown as Node, offsets, escape);
  }
  const node = content.valueNode as unknown as Node;
  return policyDefinitions(acc, node, node, 'meta', false, sourceCode);
}

/**
 * Is every mention of Stripe in the file's code a source of a policy (`"script-src 'self' https://js.stripe.com"`, a
 * helmet directive's `'https://js.stripe.com'`)? Then the file's only evidence of Stripe is a policy for the pages that
 * load it: another policy of the file that names none of Stripe's origins is for other pages (a middleware that gives
 * its Stripe page a policy of its own, and the rest of the site one without Stripe; real-world batch 337). False where
 * the code does not mention Stripe.
 */
export function stripeNamedOnlyInPolicies(sourceCode: SourceCode): boolean {
  return perFile(sourceCode, 'csp-stripe-only-in-policies', () => {
    let mentioned = false;
    const elsewhere = stripeMentionedInCodeBut(sourceCode, (index) => {
      mentioned = true;
      return isPolicySourceAt(index, sourceCode);
    });
    return mentioned && !elsewhere;
  });
}

/** A directive's name as a policy text writes it (`script-src`, `frame-ancestors`). */
const POLICY_DIRECTIVE = /(?<![\w-])(?:(?:default|script|style|img|connect|frame|child|worker|font|media|object|manifest|prefetch)-src(?:-elem|-attr)?|frame-ancestors|form-action)(?![\w-])/i;
/** A directive's name as a key of helmet's or Hono's or blankie's options (`scriptSrc`, `'script-src'`, `frameSrcElem`). */
const DIRECTIVE_KEY = /^(?:[a-z]+(?:-[a-z]+)*-src(?:-elem|-attr)?|[a-z]+Src(?:Elem|Attr)?)$/;

/** Is the text at `index` inside a string that is a policy, or a source listed under a directive's key? */
function isPolicySourceAt(index: number, sourceCode: SourceCode): boolean {
  const node = sourceCode.getNodeByRangeIndex(index) as Node | null;
  if (!node) return false;
  let value: Node = node;
  let text: string;
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') text = node.value;
  else if (node.type === AST_NODE_TYPES.TemplateElement && node.parent.type === AST_NODE_TYPES.TemplateLiteral) {
    value = node.parent;
    text = node.parent.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw).join(' ');
  } else return false;
  if (POLICY_DIRECTIVE.test(text)) return true;
  const holder = value.parent?.type === AST_NODE_TYPES.ArrayExpression ? value.parent.parent : value.parent;
  if (holder?.type !== AST_NODE_TYPES.Property) return false;
  const key = propertyKey(holder, sourceCode);
  return key !== null && DIRECTIVE_KEY.test(key);
}
