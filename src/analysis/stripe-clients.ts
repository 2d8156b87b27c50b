/**
 * Which expressions are Stripe: the stripe-node module / class, stripe-node clients, Stripe.js loaders and
 * instances, and the Stripe.js global. Resolution is by scope analysis (no declared globals needed), on demand,
 * memoised per node for the file (stripe-facts.md §1.1, §2.4; STYLE.md "SDK resolution").
 *
 * Resolved: default / named / namespace imports of `stripe` (also `npm:stripe`, esm.sh), `import X = require()`,
 * `require('stripe')` (and `.default` / `.Stripe` / destructuring), `await import('stripe')`, aliases, `new X(k)` /
 * `X(k)`, `let` written only with clients (lazy singletons), factories returning a client in the same file
 * (`getStripe()`), `this.x` set in a constructor or as a class field, class fields / parameters / constructor
 * parameter properties typed `Stripe`. Stripe.js: `loadStripe` from `@stripe/stripe-js` (or `/pure`) awaited or
 * `.then`-ed, the global `Stripe(pk)` / `window.Stripe(pk)`, `useStripe()` from `@stripe/react-stripe-js`.
 *
 * Fallback: an expression that cannot be resolved at all but whose name contains `stripe` is `'stripe-by-name'`;
 * callers keep that precise by also requiring a Stripe method path and a card-shaped argument.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { CAPACITOR_CORE, CAPACITOR_LEGACY_PLUGIN, CARD_API_CLASS_SOURCES, CORDOVA_PLUGIN_EXPORT, CORDOVA_PLUGIN_SOURCES, NATIVE_SDK_SOURCES, TOKEN_CLIENT_SOURCES } from '../stripe/card-params.js';
import { enclosingClassBody, returnedValues, thisScope, type PropertyOf } from './ast.js';
import { escapeRegions } from './escapes.js';
import { isGlobalObject } from './globals.js';
import { perFile } from './file-cache.js';
import { splitWords } from './card-fields.js';
import { textFinder } from './text-search.js';
import { importBinding, isLocalSource } from './modules.js';
import { classMemberName, emberGetOfThis, localFunctionOf, memberName, passedInArguments, resolveValue, unwrap, variableOf, writtenName } from './values.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

export type StripeKind =
  /** The stripe-node module / class (`Stripe` in `new Stripe(key)`). */
  | 'node-module'
  /** A stripe-node client instance. */
  | 'node-client'
  /** `loadStripe` from @stripe/stripe-js. */
  | 'js-loader'
  /** A Promise of a Stripe.js instance (`loadStripe(pk)`). */
  | 'js-promise'
  /** A Stripe.js (v3+) instance. */
  | 'js-instance'
  /** The browser global `Stripe` (v3 factory when called; v1/v2 API when its members are used). */
  | 'js-global'
  /** `useStripe` from @stripe/react-stripe-js. */
  | 'js-hook'
  /**
   * The Cordova Stripe plugin (card-params CORDOVA_PLUGIN_SOURCES): ionic-native's `Stripe` (its static methods, or
   * an instance injected by Angular), `cordova.plugins.stripe`.
   */
  | 'card-plugin'
  /**
   * The Capacitor Stripe plugin of Capacitor 2 and before, registered as `Plugins.Stripe` of `@capacitor/core` (`const {
   * Stripe } = Plugins`; card-params CAPACITOR_LEGACY_PLUGIN).
   */
  | 'capacitor-plugin'
  /** The default export of a card-token client package (card-params TOKEN_CLIENT_SOURCES). */
  | 'token-client-factory'
  /** A client made by it (`createStripe(pk)`, or `new` on it: the factory returns an object). */
  | 'token-client'
  /** The class a card-token package exports by default (card-params CARD_API_CLASS_SOURCES: react-native-stripe-api). */
  | 'card-api-class'
  /** An instance of it (`new Stripe(pk)`). */
  | 'card-api-client'
  /** The React Native SDK instance that a package exports by default (card-params NATIVE_SDK_SOURCES: tipsi-stripe). */
  | 'native-sdk'
  /** Unresolvable, but named like a Stripe object (`stripe`, `this.stripeClient`, `props.stripe`). */
  | 'stripe-by-name';

const STRIPE_NODE_SOURCE = /^(?:npm:)?stripe(?:@[^/]*)?$|^https:\/\/esm\.sh\/stripe(?:@[^/?]*)?(?:\?.*)?$/;
/** Stripe.js's loader modules. */
export const STRIPE_JS_SOURCES: ReadonlySet<string> = new Set(['@stripe/stripe-js', '@stripe/stripe-js/pure']);
const REACT_STRIPE_SOURCE = '@stripe/react-stripe-js';
const MAX_DEPTH = 10;
/** The word every name- or text-based Stripe check looks for, in any case. */
const STRIPE_WORD = /stripe/i;
/** `STRIPE_WORD`'s test, asked of every file (one scan shared with the other file-level prefilters). */
const spellsStripe = textFinder(['stripe'], { ignoreCase: true, everyFile: true });

export const isStripeNodeSource = (source: string): boolean => STRIPE_NODE_SOURCE.test(source);

interface FileFacts {
  mentionsStripe: boolean;
  memo: WeakMap<Node, StripeKind | null>;
  /** Per variable: every reference of a client asks the same question, and the answer scans all its writes. */
  variables: WeakMap<Variable, StripeKind | null | undefined>;
  active: Set<Node>;
}

/**
 * Does the file's text mention Stripe in any case (`stripe`, `Stripe`, `STRIPE`)? Scanned once per file, shared by
 * every rule that gates on it.
 */
export function mentionsStripe(sourceCode: SourceCode): boolean {
  return perFile(sourceCode, 'mentions-stripe', () => spellsStripe(sourceCode.text));
}

/**
 * Does the file mention Stripe outside its comments (code, strings, templates), other than as the origin of one of its
 * hosted pages? A commented-out webhook route or SDK call says less about what the file does now; nor does
 * `checkout.stripe.com` or `billing.stripe.com` written without a path (a policy's `frame-src
 * https://checkout.stripe.com https://billing.stripe.com`): an app that redirects to hosted Checkout and the billing
 * portal loads nothing from them (real-world batch 329: a Next.js config whose only Stripe words were those two
 * origins). Legacy Checkout's script, `checkout.stripe.com/checkout.js`, has a path: it counts. Scanned once per file,
 * and only when asked (after `mentionsStripe`).
 */
export function mentionsStripeInCode(sourceCode: SourceCode): boolean {
  return perFile(sourceCode, 'mentions-stripe-in-code', () => mentionsStripe(sourceCode) && stripeMentionedInCodeBut(sourceCode, () => false));
}

/**
 * Does the file's code mention Stripe (as `mentionsStripeInCode` reads it) at a place `passed` does not take (the index
 * of that `stripe` in the text)?
 */
export function stripeMentionedInCodeBut(sourceCode: SourceCode, passed: (index: number) => boolean): boolean {
  const text = sourceCode.text;
  const comments = sourceCode.getAllComments();
  const word = new RegExp(STRIPE_WORD.source, 'gi');
  let next = 0; // comments are in source order, and so are the matches
  for (let match = word.exec(text); match !== null; match = word.exec(text)) {
    while (next < comments.length && comments[next]!.range[1] <= match.index) next++;
    const comment = comments[next];
    if (comment && match.index >= comment.range[0]) continue;
    HOSTED_PAGE_ORIGIN.lastIndex = match.index;
    if (!HOSTED_PAGE_ORIGIN.test(text) && !passed(match.index)) return true;
  }
  return false;
}

/** The `stripe` of `checkout.stripe.com` or `billing.stripe.com` written without a path (sticky, at that `stripe`). */
const HOSTED_PAGE_ORIGIN = /(?<=(?<![\w.-])(?:checkout|billing)\.)stripe\.com(?![\w-]|\.[\w-]|\/[\w.-])/iy;

/**
 * A Stripe package specifier as written in its string literal: `'stripe'`, `"npm:stripe@14"` (STRIPE_NODE_SOURCE),
 * `'https://esm.sh/stripe?…'`, `'@stripe/stripe-js'` (and `/pure`), `'@stripe/react-stripe-js'`, Connect.js's
 * `'@stripe/connect-js'`, `'@stripe/stripe-react-native'` (its `initStripe` and `StripeProvider` take keys); the
 * community SDKs'
 * `'stripe-client'` / `'react-native-stripe-client'` / `'tipsi-stripe'` / `'react-native-stripe-api'` /
 * `'indici-stripe-api'` (the Cordova plugin's specifiers import
 * `Stripe`, a global spelling below), and the Cordova plugin's global `cordova.plugins.stripe`.
 */
const STRIPE_SPECIFIER_SPELLING = /['"`](?:npm:)?stripe['"`@]|esm\.sh\/stripe|@stripe\/(?:react-)?(?:stripe|connect)-js|@stripe\/crypto|@stripe\/stripe-react-native|['"`](?:react-native-)?stripe-client['"`]|['"`](?:@commaai\/)?tipsi-stripe['"`]|['"`](?:react-native|indici)-stripe-api['"`]|plugins\s*\.\s*stripe\b/;
/** The Stripe.js global written as a word (an identifier, `window.Stripe`, `['Stripe']`), or the crypto onramp's (`StripeOnramp`). */
const STRIPE_GLOBAL_SPELLING = /\bStripe(?:Onramp)?\b/;
/** Either, in the decoded stretches around escapes (`'str\x69pe'`, `\u0053tripe`), without word bounds. */
const ESCAPED_ROOT_SPELLING = new RegExp(`${STRIPE_SPECIFIER_SPELLING.source}|Stripe`);

/**
 * Can an expression of this file resolve to a Stripe object other than by name (`stripeKindOf` other than
 * `'stripe-by-name'`)? Every other kind starts at a Stripe package specifier (an import, `require`, `import()`), at the
 * Stripe.js global `Stripe` or at `cordova.plugins.stripe`: the file's text must spell one (exact, escapes included).
 * Once per file. (A Cordova plugin import names `Stripe`; a member written `plugins['stripe']` is not covered.)
 */
export function mayResolveStripe(sourceCode: SourceCode): boolean {
  return perFile(sourceCode, 'stripe-roots', () => {
    if (!mentionsStripe(sourceCode)) return false;
    const text = sourceCode.text;
    // The word `Stripe` first: a literal word, found several times faster than the specifiers' alternation.
    if (STRIPE_GLOBAL_SPELLING.test(text) || STRIPE_SPECIFIER_SPELLING.test(text)) return true;
    const regions = escapeRegions(sourceCode);
    return regions !== null && ESCAPED_ROOT_SPELLING.test(regions);
  });
}

/**
 * Is `name` a container of raw card fields because it is Stripe's `source` (the Charges API took a card as
 * `source: { number, cvc, exp_month }`, stripe-facts §1)? Only in a file that mentions Stripe: elsewhere a `source`
 * (an axios cancel-token source, a stream or event source, a pull request's `source.number`) says nothing about cards.
 * Bracket names (`source[number]`, Stripe's form encoding) are card paths everywhere (card-fields).
 */
export function isStripeSourceContainer(name: string, sourceCode: SourceCode): boolean {
  return name === 'source' && mentionsStripe(sourceCode);
}

function facts(sourceCode: SourceCode): FileFacts {
  return perFile(sourceCode, 'stripe-clients', () => ({
    mentionsStripe: mentionsStripe(sourceCode),
    memo: new WeakMap(),
    variables: new WeakMap(),
    active: new Set(),
  }));
}

/** What Stripe object an expression evaluates to, or `null` when it is not (provably or by name) Stripe. */
export function stripeKindOf(node: Node, sourceCode: SourceCode): StripeKind | null {
  const file = facts(sourceCode);
  if (!file.mentionsStripe) return null;
  return kindOf(node, sourceCode, file, 0);
}

export const isStripeNodeClient = (node: Node, sourceCode: SourceCode): boolean => {
  const kind = stripeKindOf(node, sourceCode);
  return kind === 'node-client' || kind === 'stripe-by-name';
};

export const isStripeJsInstance = (node: Node, sourceCode: SourceCode): boolean => {
  const kind = stripeKindOf(node, sourceCode);
  return kind === 'js-instance' || kind === 'stripe-by-name';
};

/** `new Stripe(key, config)`, `Stripe(key)` or `require('stripe')(key)` on the stripe-node module. */
export function isStripeNodeConstruction(node: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: SourceCode): boolean {
  return stripeKindOf(node.callee, sourceCode) === 'node-module';
}

/** `loadStripe(pk)`, the global `Stripe(pk)` / `window.Stripe(pk)`: calls that create a Stripe.js instance. */
export function isStripeJsConstruction(node: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: SourceCode): boolean {
  const kind = stripeKindOf(node.callee, sourceCode);
  return kind === 'js-loader' || kind === 'js-global';
}

/**
 * `a.b` / `a['b']` whose name, read without scope work, can only give `null`: the object is not `this`, and the name
 * is none of the names `memberKind` turns into a Stripe kind (`Stripe`, `loadStripe`, `default`, anything containing
 * `stripe`). `memberKind` returns null for such a member whatever its object is, so its object is not resolved.
 */
export function isPlainMember(node: Node): boolean {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.MemberExpression) return false;
  if (target.computed && target.property.type !== AST_NODE_TYPES.Literal) return false; // `a[k]`: name needs scope work
  if (unwrap(target.object).type === AST_NODE_TYPES.ThisExpression) return false;
  const name = memberName(target);
  return name === null || (name !== 'default' && !STRIPE_WORD.test(name));
}

function kindOf(node: Node, sourceCode: SourceCode, file: FileFacts, depth: number): StripeKind | null {
  if (depth > MAX_DEPTH || file.active.has(node) || isPlainMember(node)) return null;
  const cached = file.memo.get(node);
  if (cached !== undefined) return cached;
  file.active.add(node);
  let kind: StripeKind | null = null;
  try {
    kind = compute(node, sourceCode, file, depth);
  } finally {
    file.active.delete(node);
  }
  file.memo.set(node, kind);
  return kind;
}

function compute(node: Node, sourceCode: SourceCode, file: FileFacts, depth: number): StripeKind | null {
  const target = unwrap(node);
  // (No local helper closure here: this runs for every node asked about.)
  switch (target.type) {
    case AST_NODE_TYPES.AwaitExpression: {
      const inner = kindOf(target.argument, sourceCode, file, depth + 1);
      if (inner === 'stripe-by-name') return unwrap(target.argument).type === AST_NODE_TYPES.CallExpression ? inner : null;
      return inner === 'js-promise' ? 'js-instance' : inner === 'node-client' || inner === 'js-instance' ? inner : null;
    }
    case AST_NODE_TYPES.ImportExpression:
      return null; // a Promise of the namespace; handled by its await / destructuring
    case AST_NODE_TYPES.NewExpression:
    case AST_NODE_TYPES.CallExpression: {
      if (target.type === AST_NODE_TYPES.CallExpression) {
        const source = requireSource(target);
        if (source !== null) return packageExportKind(source, MODULE_OBJECT) ?? null;
      }
      const callee = kindOf(target.callee, sourceCode, file, depth + 1);
      if (callee === 'node-module') return 'node-client';
      if (callee === 'token-client-factory') return 'token-client';
      if (callee === 'card-api-class' && target.type === AST_NODE_TYPES.NewExpression) return 'card-api-client';
      if (callee === 'card-plugin' && target.type === AST_NODE_TYPES.NewExpression) return 'card-plugin'; // an instance of its class
      if (callee === 'js-loader') return 'js-promise';
      if (callee === 'js-global' || callee === 'js-hook') return 'js-instance';
      if (target.type === AST_NODE_TYPES.CallExpression) {
        // Ember's getter of an injected service (`this.get('stripe')`: ember-stripe-service's), read as `this.stripe`.
        const got = emberGetOfThis(target, sourceCode);
        if (got !== null) return STRIPE_WORD.test(got) ? 'stripe-by-name' : null;
        return factoryResult(target, sourceCode, file, depth) ?? callByName(target, sourceCode);
      }
      return null;
    }
    case AST_NODE_TYPES.MemberExpression:
      return memberKind(target, sourceCode, file, depth);
    case AST_NODE_TYPES.Identifier:
      return identifierKind(target, sourceCode, file, depth);
    case AST_NODE_TYPES.ConditionalExpression: {
      const a = kindOf(target.consequent, sourceCode, file, depth + 1);
      return a !== null && a !== 'stripe-by-name' ? a : kindOf(target.alternate, sourceCode, file, depth + 1);
    }
    case AST_NODE_TYPES.LogicalExpression: {
      const a = kindOf(target.left, sourceCode, file, depth + 1);
      return a !== null && a !== 'stripe-by-name' ? a : kindOf(target.right, sourceCode, file, depth + 1);
    }
    // `this` in a method of a class that extends stripe-node's (`class BillingClient extends Stripe`; real-world batch 329).
    case AST_NODE_TYPES.ThisExpression: {
      const scope = thisScope(target);
      const member = scope?.type === AST_NODE_TYPES.FunctionExpression ? scope.parent : scope;
      const isInstanceMember = (member?.type === AST_NODE_TYPES.MethodDefinition || member?.type === AST_NODE_TYPES.PropertyDefinition) && !member.static;
      return isInstanceMember && subclassesStripeNode(member.parent.parent, sourceCode, file, depth) ? 'node-client' : null;
    }
    // A lazy singleton's assignment as an expression (`return (cached ??= new Stripe(key))`, real-world batch 278):
    // what it assigns, which is what it holds from then on.
    case AST_NODE_TYPES.AssignmentExpression:
      return target.operator === '=' || target.operator === '??=' || target.operator === '||=' ? kindOf(target.right, sourceCode, file, depth + 1) : null;
    default:
      return null;
  }
}

function requireSource(call: TSESTree.CallExpression): string | null {
  if (call.callee.type !== AST_NODE_TYPES.Identifier || call.callee.name !== 'require') return null;
  const arg = call.arguments[0];
  return arg?.type === AST_NODE_TYPES.Literal && typeof arg.value === 'string' ? arg.value : null;
}

function memberKind(member: TSESTree.MemberExpression, sourceCode: SourceCode, file: FileFacts, depth: number): StripeKind | null {
  const name = memberName(member, sourceCode);
  const object = unwrap(member.object);
  // window.Stripe / globalThis.Stripe with an unresolved root.
  if (name === 'Stripe' && object.type === AST_NODE_TYPES.Identifier && isGlobalObject(sourceCode, object)) {
    return 'js-global';
  }
  if (name === 'stripe' && isCordovaPlugins(object, sourceCode)) return 'card-plugin';
  if (name === CAPACITOR_LEGACY_PLUGIN && isCapacitorPlugins(object, sourceCode)) return 'capacitor-plugin';
  if (object.type === AST_NODE_TYPES.ThisExpression && name !== null) {
    const fromClass = thisMemberKind(member, name, sourceCode, file, depth);
    if (fromClass !== null) return fromClass;
    return STRIPE_WORD.test(name) ? 'stripe-by-name' : null;
  }
  // require('@stripe/stripe-js').loadStripe, (await import('stripe')).default: an export of a Stripe package, or null
  const source = moduleSourceOf(object);
  if (source !== null && name !== null) {
    const exported = packageExportKind(source, name);
    if (exported !== undefined) return exported;
  }
  const objectKind = kindOf(object, sourceCode, file, depth + 1);
  if (objectKind === 'node-module' && (name === 'default' || name === 'Stripe')) return 'node-module';
  if (objectKind === 'js-promise' && name === 'then') return null;
  if (objectKind !== null) return null; // a member of a Stripe object (e.g. `stripe.customers`) is not itself one
  return name !== null && STRIPE_WORD.test(name) ? 'stripe-by-name' : null;
}

/** The name `packageExportKind` gives a module object itself: what `require()` returns, a namespace import. */
const MODULE_OBJECT = '*';

/**
 * What an export of a Stripe package is: `name` is the export's name, `'default'`, or `MODULE_OBJECT` for the module
 * object (`require(source)`, `import * as ns`, `await import(source)`). `null`: another export of a Stripe package
 * (`import { Elements } from '@stripe/react-stripe-js'`), or the module object of one that exports functions;
 * `undefined`: not a package known here (`'./lib/stripe'`), so the binding may still be resolved by its name.
 * The one table of Stripe packages for imports, `require` (called, destructured or read) and `import()`.
 */
function packageExportKind(source: string, name: string): StripeKind | null | undefined {
  // stripe-node's CommonJS export is the class itself, with `Stripe` and `default` pointing at it.
  if (isStripeNodeSource(source)) return name === 'default' || name === 'Stripe' || name === MODULE_OBJECT ? 'node-module' : null;
  if (STRIPE_JS_SOURCES.has(source)) return name === 'loadStripe' ? 'js-loader' : null;
  if (source === REACT_STRIPE_SOURCE) return name === 'useStripe' ? 'js-hook' : null;
  if (CORDOVA_PLUGIN_SOURCES.has(source)) return name === CORDOVA_PLUGIN_EXPORT ? 'card-plugin' : null;
  // `require('stripe-client')` is the factory (its CommonJS export), as is the default import.
  if (TOKEN_CLIENT_SOURCES.has(source)) return name === 'default' || name === MODULE_OBJECT ? 'token-client-factory' : null;
  if (NATIVE_SDK_SOURCES.has(source)) return name === 'default' ? 'native-sdk' : null;
  if (CARD_API_CLASS_SOURCES.has(source)) return name === 'default' ? 'card-api-class' : null;
  return undefined;
}

/** The specifier of `require('x')` or `await import('x')` (the module object), else null. */
function moduleSourceOf(node: Node): string | null {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.CallExpression) return requireSource(target);
  if (target.type !== AST_NODE_TYPES.AwaitExpression) return null;
  const argument = unwrap(target.argument);
  return argument.type === AST_NODE_TYPES.ImportExpression &&
    argument.source.type === AST_NODE_TYPES.Literal &&
    typeof argument.source.value === 'string'
    ? argument.source.value
    : null;
}

/** Capacitor's plugin registry: `Plugins` imported from `@capacitor/core` (Capacitor 2 and before). */
function isCapacitorPlugins(node: Node, sourceCode: SourceCode): boolean {
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const def = variableOf(node, sourceCode)?.defs[0];
  const binding = def ? importBinding(def) : null;
  return binding !== null && binding.source === CAPACITOR_CORE && binding.name === 'Plugins';
}

/** `cordova.plugins` (also `window.cordova.plugins`) with the global `cordova`. */
function isCordovaPlugins(node: Node, sourceCode: SourceCode): boolean {
  if (node.type !== AST_NODE_TYPES.MemberExpression || memberName(node) !== 'plugins') return false;
  const cordova = unwrap(node.object);
  if (cordova.type === AST_NODE_TYPES.Identifier) return cordova.name === 'cordova' && isUnresolved(cordova, sourceCode);
  if (cordova.type !== AST_NODE_TYPES.MemberExpression || memberName(cordova) !== 'cordova') return false;
  const global = unwrap(cordova.object);
  return global.type === AST_NODE_TYPES.Identifier && isGlobalObject(sourceCode, global);
}

function isUnresolved(id: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const variable = variableOf(id, sourceCode);
  return variable === null || variable.defs.length === 0;
}

function identifierKind(id: TSESTree.Identifier, sourceCode: SourceCode, file: FileFacts, depth: number): StripeKind | null {
  const variable = variableOf(id, sourceCode);
  if (!variable || variable.defs.length === 0) {
    if (id.name === 'Stripe') return 'js-global';
    return byName(id.name);
  }
  let resolved: StripeKind | null | undefined;
  if (file.variables.has(variable)) {
    resolved = file.variables.get(variable);
  } else {
    resolved = variableKind(variable, sourceCode, file, depth);
    file.variables.set(variable, resolved);
  }
  if (resolved !== undefined) return resolved;
  return byName(id.name);
}

/** Named like Stripe, and not like a test double of it (`stripeMock`, `fakeStripe`). */
const byName = (name: string): StripeKind | null => (STRIPE_WORD.test(name) && !namesTestDouble(name) ? 'stripe-by-name' : null);

const TEST_DOUBLE_WORDS: ReadonlySet<string> = new Set(['mock', 'mocked', 'mocks', 'fake', 'faked', 'stub', 'stubbed', 'dummy', 'spy']);
const namesTestDouble = (name: string): boolean => splitWords(name).some((word) => TEST_DOUBLE_WORDS.has(word));

/**
 * A write that makes a variable something else than Stripe whatever its name: an instance of a class of this file
 * (`new InMemoryPayments()`), or a test double built by a class or factory so named (`new StripeMock()`,
 * `createFakeStripe()`), also one declared with such a type (`let stripe: StripeMock`).
 */
function isOtherObject(write: Node, sourceCode: SourceCode): boolean {
  if (write.type !== AST_NODE_TYPES.NewExpression && write.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrap(write.callee);
  const name = writtenName(callee);
  if (name !== null && namesTestDouble(name)) return true;
  if (write.type !== AST_NODE_TYPES.NewExpression || callee.type !== AST_NODE_TYPES.Identifier) return false;
  const def = variableOf(callee, sourceCode)?.defs[0];
  return def?.type === 'ClassName' && def.node.superClass === null;
}

function declaresTestDouble(id: TSESTree.Identifier): boolean {
  const type = id.typeAnnotation?.typeAnnotation;
  if (type?.type !== AST_NODE_TYPES.TSTypeReference) return false;
  const name = type.typeName.type === AST_NODE_TYPES.Identifier ? type.typeName.name : type.typeName.type === AST_NODE_TYPES.TSQualifiedName ? type.typeName.right.name : null;
  return name !== null && namesTestDouble(name);
}

/** `undefined`: could not resolve (fall back to the name); `null`: resolved to something that is not Stripe. */
function variableKind(variable: Variable, sourceCode: SourceCode, file: FileFacts, depth: number): StripeKind | null | undefined {
  const def = variable.defs[0]!;
  switch (def.type) {
    case 'ImportBinding':
      return importBindingKind(def.node, def.parent);
    case 'Variable': {
      const declarator = def.node;
      if (declarator.id.type === AST_NODE_TYPES.Identifier) {
        if (declaresTestDouble(declarator.id)) return null;
        // const / let: the init and every later write must agree.
        const writes: Node[] = [];
        if (declarator.init) writes.push(declarator.init);
        for (const ref of variable.references) {
          if (ref.isWrite() && !ref.init && ref.writeExpr) writes.push(ref.writeExpr);
        }
        let kind: StripeKind | null | undefined;
        for (const write of writes) {
          const w = unwrap(write);
          if (isNullish(w)) continue;
          if (isOtherObject(w, sourceCode)) return null;
          const k = kindOf(w, sourceCode, file, depth + 1);
          // Named like Stripe: the variable's own name decides, unless the value is a call so named (`const client =
          // getStripeClient(key)`), which holds for the variable whatever its name.
          if (k === null || (k === 'stripe-by-name' && !isCallByName(w))) return undefined;
          if (kind !== undefined && kind !== k) return undefined;
          kind = k;
        }
        return kind;
      }
      // const { Stripe } = require('stripe'); const { default: Stripe } = await import('stripe');
      // const { loadStripe } = require('@stripe/stripe-js')
      return destructuredKind(declarator, variable, sourceCode, file, depth);
    }
    case 'Parameter':
      return parameterKind(def.name, def.node, sourceCode, file, depth);
    case 'FunctionName':
      return null;
    case 'ClassName':
      return subclassesStripeNode(def.node, sourceCode, file, depth) ? 'node-module' : null;
    default:
      return undefined;
  }
}

/** A class that extends stripe-node's client class (`class StripeService extends Stripe`): its instances are clients. */
function subclassesStripeNode(node: Node | undefined, sourceCode: SourceCode, file: FileFacts, depth: number): boolean {
  if (node?.type !== AST_NODE_TYPES.ClassDeclaration && node?.type !== AST_NODE_TYPES.ClassExpression) return false;
  return node.superClass !== null && kindOf(node.superClass, sourceCode, file, depth + 1) === 'node-module';
}

function isNullish(node: Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.Literal && node.value === null) ||
    (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined')
  );
}

function importBindingKind(specifier: Node, declaration: Node): StripeKind | null | undefined {
  if (declaration.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
    const ref = declaration.moduleReference;
    return ref.type === AST_NODE_TYPES.TSExternalModuleReference &&
      ref.expression.type === AST_NODE_TYPES.Literal &&
      typeof ref.expression.value === 'string' &&
      isStripeNodeSource(ref.expression.value)
      ? 'node-module'
      : null;
  }
  if (declaration.type !== AST_NODE_TYPES.ImportDeclaration) return null;
  const source = String(declaration.source.value);
  const imported =
    specifier.type === AST_NODE_TYPES.ImportSpecifier
      ? specifier.imported.type === AST_NODE_TYPES.Identifier
        ? specifier.imported.name
        : String(specifier.imported.value)
      : specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier
        ? 'default'
        : MODULE_OBJECT;
  return packageExportKind(source, imported); // undefined for other modules (`import { stripe } from './lib/stripe'`)
}

function destructuredKind(
  declarator: TSESTree.VariableDeclarator,
  variable: Variable,
  sourceCode: SourceCode,
  file: FileFacts,
  depth: number,
): StripeKind | null | undefined {
  if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern || !declarator.init) return undefined;
  const property = declarator.id.properties.find(
    (p): p is PropertyOf<typeof p> =>
      p.type === AST_NODE_TYPES.Property && unwrapPatternValue(p.value)?.name === variable.name,
  );
  if (!property) return undefined;
  const key = property.computed ? null : property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : property.key.type === AST_NODE_TYPES.Literal ? String(property.key.value) : null;
  const init = unwrap(declarator.init);
  // const { loadStripe } = require('@stripe/stripe-js'); const { default: Stripe } = await import('stripe')
  const source = moduleSourceOf(init);
  if (source !== null) return key === null ? undefined : packageExportKind(source, key);
  // const { Stripe } = Plugins (Capacitor 2's plugin registry)
  if (key === CAPACITOR_LEGACY_PLUGIN && isCapacitorPlugins(init, sourceCode)) return 'capacitor-plugin';
  const objectKind = kindOf(init, sourceCode, file, depth + 1);
  if (objectKind === 'node-module' && (key === 'default' || key === 'Stripe')) return 'node-module';
  return undefined;
}

function unwrapPatternValue(node: Node): TSESTree.Identifier | null {
  if (node.type === AST_NODE_TYPES.Identifier) return node;
  if (node.type === AST_NODE_TYPES.AssignmentPattern && node.left.type === AST_NODE_TYPES.Identifier) return node.left;
  return null;
}

/** A parameter typed `Stripe` (stripe-node), or the callback parameter of `loadStripe(pk).then(stripe => …)`. */
function parameterKind(name: TSESTree.BindingName, fn: Node, sourceCode: SourceCode, file: FileFacts, depth: number): StripeKind | null | undefined {
  const typed = typeAnnotationKind(name.typeAnnotation?.typeAnnotation, sourceCode, file, depth);
  if (typed !== undefined) return typed;
  const injected = injectedKind(parameterDecorators(name), sourceCode);
  if (injected !== null) return injected;
  // loadStripe(pk).then((stripe) => ...)
  if (
    (fn.type === AST_NODE_TYPES.ArrowFunctionExpression || fn.type === AST_NODE_TYPES.FunctionExpression) &&
    fn.params[0] === name &&
    fn.parent?.type === AST_NODE_TYPES.CallExpression &&
    fn.parent.arguments[0] === fn
  ) {
    const callee = unwrap(fn.parent.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'then') {
      if (kindOf(callee.object, sourceCode, file, depth + 1) === 'js-promise') return 'js-instance';
    }
  }
  return name.type === AST_NODE_TYPES.Identifier ? passedInKind(name, sourceCode, file, depth) : undefined;
}

/** Kinds a helper's parameter takes from what every call of the file hands it: a client, not the module or a factory. */
const PASSED_IN_KINDS: ReadonlySet<StripeKind> = new Set(['node-client', 'js-instance']);

/**
 * A helper's parameter under any name that every call of the file hands the same Stripe client (`createCard(stripe,
 * card)` for `async function createCard(client, card) { … client.paymentMethods.create(…) }`); undefined when no call
 * passes one, or the calls disagree.
 */
function passedInKind(name: TSESTree.Identifier, sourceCode: SourceCode, file: FileFacts, depth: number): StripeKind | undefined {
  if (depth > MAX_DEPTH - 2) return undefined;
  const args = passedInArguments(name, sourceCode);
  if (!args || args.length === 0) return undefined;
  let kind: StripeKind | undefined;
  for (const arg of args) {
    const k = kindOf(arg, sourceCode, file, depth + 1);
    if (k === null || !PASSED_IN_KINDS.has(k) || (kind !== undefined && k !== kind)) return undefined;
    kind = k;
  }
  return kind;
}

/** `Stripe` (a type reference to the stripe-node import, value or type-only) → client; the Cordova plugin's class → it. */
function typeAnnotationKind(type: TSESTree.TypeNode | undefined, sourceCode: SourceCode, file: FileFacts, depth: number): StripeKind | null | undefined {
  if (!type) return undefined;
  if (type.type === AST_NODE_TYPES.TSUnionType) {
    for (const member of type.types) {
      const k = typeAnnotationKind(member, sourceCode, file, depth);
      if (k) return k;
    }
    return undefined;
  }
  if (type.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
  let typeName: TSESTree.EntityName = type.typeName;
  // Stripe.Stripe (namespace import)
  if (typeName.type === AST_NODE_TYPES.TSQualifiedName) {
    if (typeName.right.name !== 'Stripe') return undefined;
    typeName = typeName.left;
  }
  if (typeName.type !== AST_NODE_TYPES.Identifier) return undefined;
  const kind = kindOf(typeName, sourceCode, file, depth + 1);
  if (kind === 'node-module') return 'node-client';
  if (kind === 'card-plugin') return 'card-plugin'; // an instance of the plugin class (Angular injection)
  return undefined;
}

/** `this.x` in a class: field initialiser, typed field, constructor parameter property, or `this.x = …` writes. */
function thisMemberKind(member: TSESTree.MemberExpression, name: string, sourceCode: SourceCode, file: FileFacts, depth: number): StripeKind | null {
  const classBody = enclosingClassBody(member);
  if (!classBody) return null;
  for (const element of classBody.body) {
    if (
      (element.type === AST_NODE_TYPES.PropertyDefinition || element.type === AST_NODE_TYPES.AccessorProperty) &&
      classMemberName(element) === name
    ) {
      if (element.value) {
        const k = kindOf(element.value, sourceCode, file, depth + 1);
        if (k !== null && k !== 'stripe-by-name') return k;
      }
      const typed = typeAnnotationKind(element.typeAnnotation?.typeAnnotation, sourceCode, file, depth) ?? injectedKind(element.decorators, sourceCode);
      if (typed) return typed;
    }
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor') {
      const property = parameterProperty(element.value, name);
      const typed = property && (typeAnnotationKind(property.typeAnnotation?.typeAnnotation, sourceCode, file, depth) ?? injectedKind(parameterDecorators(property), sourceCode));
      if (typed) return typed;
      const assigned = constructorAssignment(element.value.body, name);
      if (assigned) {
        const k = kindOf(assigned, sourceCode, file, depth + 1);
        if (k !== null && k !== 'stripe-by-name') return k;
      }
    }
  }
  return null;
}

/** The decorators of a parameter: its own (`@Inject(X) x`), or its parameter property's (`@Inject(X) private x`). */
function parameterDecorators(name: Node): readonly TSESTree.Decorator[] {
  const parameter = name.parent?.type === AST_NODE_TYPES.AssignmentPattern ? name.parent : name;
  if (parameter.parent?.type === AST_NODE_TYPES.TSParameterProperty) return parameter.parent.decorators;
  return 'decorators' in name && Array.isArray(name.decorators) ? (name.decorators as TSESTree.Decorator[]) : [];
}

/**
 * A NestJS injection that gives the Stripe client, whatever the type it is declared with (real-world batch EU:
 * `@InjectStripe() private readonly payg: PaymentGateway`): `@InjectStripe()` / `@InjectStripeClient()` of
 * nestjs-stripe and @golevelup/nestjs-stripe (a client), of the app's own decorator so named, or `@Inject(token)` with a
 * token named for the client (`'STRIPE'`, `STRIPE_CLIENT`, `stripeConstants.STRIPE_CLIENT`; not `'STRIPE_API_KEY'`).
 */
function injectedKind(decorators: readonly TSESTree.Decorator[] | undefined, sourceCode: SourceCode): StripeKind | null {
  for (const decorator of decorators ?? []) {
    const call = unwrap(decorator.expression);
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.Identifier) continue;
    const imported = importedName(call.callee, sourceCode);
    const name = imported?.name ?? call.callee.name;
    if (name === 'InjectStripe' || name === 'InjectStripeClient') return imported !== null && NEST_STRIPE_MODULES.has(imported.source) ? 'node-client' : 'stripe-by-name';
    const [token] = call.arguments;
    if (name !== 'Inject' || !token) continue;
    const target = unwrap(token);
    const tokenName =
      target.type === AST_NODE_TYPES.Literal && typeof target.value === 'string'
        ? target.value
        : target.type === AST_NODE_TYPES.Identifier
          ? target.name
          : target.type === AST_NODE_TYPES.MemberExpression
            ? memberName(target)
            : null;
    if (tokenName !== null && namesStripeClientToken(tokenName)) return 'stripe-by-name';
  }
  return null;
}
const NEST_STRIPE_MODULES: ReadonlySet<string> = new Set(['nestjs-stripe', '@golevelup/nestjs-stripe', '@sjnprjl/nestjs-stripe']);
const CLIENT_TOKEN_WORDS: ReadonlySet<string> = new Set(['client', 'instance', 'sdk', 'api', 'provider', 'service', 'token']);
/** `STRIPE`, `STRIPE_CLIENT`, `StripeToken`: "stripe" and only words for the client (not `STRIPE_API_KEY`, `STRIPE_CONFIG`). */
const namesStripeClientToken = (name: string): boolean => {
  const words = splitWords(name);
  return words.includes('stripe') && words.every((word) => word === 'stripe' || CLIENT_TOKEN_WORDS.has(word));
};

/** The constructor's parameter property named `name` (`constructor(private http: HttpClient)`), default or not. */
export function parameterProperty(constructor: TSESTree.FunctionExpression | TSESTree.TSEmptyBodyFunctionExpression, name: string): TSESTree.Identifier | null {
  for (const param of constructor.params) {
    if (param.type !== AST_NODE_TYPES.TSParameterProperty) continue;
    const inner = param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.left : param.parameter;
    if (inner.type === AST_NODE_TYPES.Identifier && inner.name === name) return inner;
  }
  return null;
}

/**
 * `this.<name> = <expr>` as a top-level statement of a constructor body, else as the one such statement in its `if` /
 * `else` / `try` blocks.
 */
export function constructorAssignment(body: TSESTree.BlockStatement | null | undefined, name: string): Node | null {
  if (!body) return null;
  const nested: Node[] = [];
  for (const statement of body.body) {
    const assigned = thisAssignment(statement, name);
    if (assigned) return assigned;
    collectNestedAssignments(statement, name, nested, 0);
  }
  // Else the one such statement in the constructor's `if` / `else` / `try` blocks (`if (user) { this.database =
  // firebase.database().ref() }`, real-world batch 246); two may set different values.
  return nested.length === 1 ? nested[0]! : null;
}

/** What `this.<name> = …;` as a statement assigns, else null. */
function thisAssignment(statement: TSESTree.Statement, name: string): Node | null {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  const expr = statement.expression;
  return expr.type === AST_NODE_TYPES.AssignmentExpression &&
    expr.operator === '=' &&
    expr.left.type === AST_NODE_TYPES.MemberExpression &&
    expr.left.object.type === AST_NODE_TYPES.ThisExpression &&
    memberName(expr.left) === name
    ? expr.right
    : null;
}

/** The `this.<name> = …` statements inside a constructor statement's blocks (not in functions it makes), a few deep. */
function collectNestedAssignments(statement: TSESTree.Statement, name: string, out: Node[], depth: number): void {
  if (depth > 3) return;
  const blocks: (TSESTree.Statement | null | undefined)[] =
    statement.type === AST_NODE_TYPES.IfStatement
      ? [statement.consequent, statement.alternate]
      : statement.type === AST_NODE_TYPES.TryStatement
        ? [statement.block, statement.handler?.body, statement.finalizer]
        : statement.type === AST_NODE_TYPES.BlockStatement
          ? [statement]
          : [];
  for (const block of blocks) {
    if (!block) continue;
    for (const inner of block.type === AST_NODE_TYPES.BlockStatement ? block.body : [block]) {
      const assigned = thisAssignment(inner, name);
      if (assigned) out.push(assigned);
      else collectNestedAssignments(inner, name, out, depth + 1);
    }
  }
}

/**
 * A call whose name says it gives a Stripe client, where what it returns is not read here (real-world batch EV): a
 * factory imported from the app's own modules (`getStripeClient(env.KEY)` of `../lib/client`, `createStripe()`), or a
 * registry's entry read by its Stripe name (Hono's `c.get('stripe')`, a container's `get('stripeClient')`). As much as
 * a variable named `stripe`.
 */
function callByName(call: TSESTree.CallExpression, sourceCode: SourceCode): StripeKind | null {
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const imported = importedName(callee, sourceCode);
    return imported !== null && STRIPE_FACTORY_NAME.test(imported.name) && !namesTestDouble(imported.name) && isLocalSource(imported.source, sourceCode)
      ? 'stripe-by-name'
      : null;
  }
  const [key] = call.arguments;
  return callee.type === AST_NODE_TYPES.MemberExpression &&
    call.arguments.length === 1 &&
    key?.type === AST_NODE_TYPES.Literal &&
    typeof key.value === 'string' &&
    STRIPE_ENTRY_NAME.test(key.value) &&
    memberName(callee) === 'get'
    ? 'stripe-by-name'
    : null;
}
/**
 * An identifier bound by an import (`importBinding`): the name its module exports it under (the local one for a
 * default) and the module; null for a namespace and anything else.
 */
function importedName(id: TSESTree.Identifier, sourceCode: SourceCode): { name: string; source: string } | null {
  const def = variableOf(id, sourceCode)?.defs[0];
  const binding = def ? importBinding(def) : null;
  if (binding === null || binding.name === '*') return null;
  return { name: binding.name === 'default' ? id.name : binding.name, source: binding.source };
}
/** `getStripe`, `createStripeClient`, `initStripe`, `stripeClient`: a verb or a client word around "stripe", not "stripe" alone. */
const STRIPE_FACTORY_NAME = /^(?:(?:get|create|make|init|build|new|setup)_?stripe(?:_?(?:client|instance|api|sdk|server|node))?|stripe_?(?:client|instance|api|sdk))$/i;
/** A registry key that names the client: `stripe`, `stripeClient`, `stripe_client` (not `stripe-signature`). */
const STRIPE_ENTRY_NAME = /^stripe(?:_?(?:client|instance|api|sdk))?$/i;
/** Is `node` a call (awaited or not), the only value whose own name makes it a Stripe client (callByName)? */
const isCallByName = (node: Node): boolean =>
  node.type === AST_NODE_TYPES.CallExpression || (node.type === AST_NODE_TYPES.AwaitExpression && unwrap(node.argument).type === AST_NODE_TYPES.CallExpression);

/** `getStripe()` where `getStripe` is a function in this file whose returns are all the same Stripe kind. */
function factoryResult(call: TSESTree.CallExpression, sourceCode: SourceCode, file: FileFacts, depth: number): StripeKind | null {
  const fn = localFunctionOf(call.callee, sourceCode);
  if (!fn) return null;
  const returned = returnedValues(fn, sourceCode);
  let kind: StripeKind | null = null;
  for (const expr of returned) {
    if (isNullish(unwrap(expr))) continue;
    const k = kindOf(expr, sourceCode, file, depth + 1);
    if (k === null || k === 'stripe-by-name' || (kind !== null && k !== kind)) return null;
    kind = k;
  }
  if (kind !== null && fn.async && kind !== 'js-promise') return null; // an async factory returns a Promise
  return kind;
}

export interface StripeMethodCall {
  /** Kind of the receiver the member path starts from. */
  receiver: StripeKind;
  /** Member names from the receiver to the called method: `stripe.checkout.sessions.create` → checkout, sessions, create. */
  path: string[];
}

/**
 * A method call on a Stripe object: the receiver kind and the member path. `null` when the callee is not a static
 * member chain rooted at something `stripeKindOf` recognises (computed members with unknown names break the chain).
 */
export function stripeMethodCall(call: TSESTree.CallExpression, sourceCode: SourceCode): StripeMethodCall | null {
  const names: string[] = [];
  let current: Node = unwrap(call.callee);
  const chain: Node[] = [];
  for (let aliases = 0; ; aliases++) {
    while (current.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberName(current, sourceCode);
      if (name === null) return null;
      names.unshift(name);
      current = unwrap(current.object);
      chain.unshift(current);
    }
    // A const alias of a resource (`const checkout = stripe.checkout; checkout.sessions.create(…)`, real-world batch
    // 278): the walk goes on from what it holds, unless the alias is a client itself.
    if (current.type !== AST_NODE_TYPES.Identifier || aliases >= 4 || stripeKindOf(current, sourceCode) !== null) break;
    const held = resolveValue(current, sourceCode);
    if (held === current || held.type !== AST_NODE_TYPES.MemberExpression) break;
    current = held;
  }
  // chain[i] is the receiver of names[i]; take the outermost-rooted Stripe receiver.
  for (let i = 0; i < chain.length; i++) {
    const kind = stripeKindOf(chain[i]!, sourceCode);
    if (kind !== null) return { receiver: kind, path: names.slice(i) };
  }
  return null;
}
