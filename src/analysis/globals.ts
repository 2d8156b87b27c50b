/**
 * Browser globals that no local binding shadows: `Stripe` the Stripe.js global versus `Stripe` the stripe-node import,
 * `window.Stripe`, `globalThis.StripeCheckout`...
 *
 * A reference is the global when it does not resolve to a runtime binding of the file: it is unresolved (in
 * `globalScope.through`), resolves to a variable with no definitions (a global declared in the ESLint config or a
 * TypeScript lib global), or resolves only to ambient TypeScript declarations (`declare const Stripe: any`, `declare
 * global { … }`), which describe the global rather than bind a value. Works without any declared globals.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { memberName, unwrap, variableOf } from './values.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Definition = TSESLint.Scope.Definition;

/** Objects whose properties are globals in browsers, workers and Node: `window.X`, `globalThis.X`, `self.X`. */
export const GLOBAL_OBJECT_NAMES: ReadonlySet<string> = new Set(['window', 'globalThis', 'self']);

/** jQuery's global names. */
export const JQUERY_NAMES: ReadonlySet<string> = new Set(['$', 'jQuery']);

/** `$`, `jQuery`, `window.$`, `window.jQuery` as written: the root name, else null. */
export function jqueryRootName(node: TSESTree.Node): string | null {
  const root = unwrap(node);
  if (root.type === AST_NODE_TYPES.Identifier) return JQUERY_NAMES.has(root.name) ? root.name : null;
  if (root.type !== AST_NODE_TYPES.MemberExpression) return null;
  const name = memberName(root);
  const object = unwrap(root.object);
  return name !== null && JQUERY_NAMES.has(name) && object.type === AST_NODE_TYPES.Identifier && GLOBAL_OBJECT_NAMES.has(object.name) ? name : null;
}

/**
 * Is this parameter jQuery itself, by the wrappers jQuery code is written in (WordPress runs jQuery in noConflict mode,
 * so its plugins take `$` as a parameter): the first parameter of a ready callback, `jQuery(function ($) {…})` /
 * `jQuery(document).ready(function ($) {…})`, or the parameter an immediately called function is given jQuery for,
 * `(function ($) {…})(jQuery)`. Only a parameter named `$` or `jQuery`.
 */
export function isJqueryParameter(def: Definition): boolean {
  if (def.type !== 'Parameter' || def.name.type !== AST_NODE_TYPES.Identifier || !JQUERY_NAMES.has(def.name.name)) return false;
  const fn = def.node as TSESTree.Node;
  if (fn.type !== AST_NODE_TYPES.FunctionExpression && fn.type !== AST_NODE_TYPES.ArrowFunctionExpression) return false;
  const index = fn.params.indexOf(def.name as TSESTree.Parameter);
  const call = fn.parent;
  if (index < 0 || call?.type !== AST_NODE_TYPES.CallExpression) return false;
  // (function ($) {…})(jQuery)
  if (call.callee === fn) {
    const given = call.arguments[index];
    return given !== undefined && given.type !== AST_NODE_TYPES.SpreadElement && jqueryRootName(given) !== null;
  }
  // RequireJS / AMD: `define(['jquery', …], function ($, …) {…})`, `require([…], …)` (Magento's modules; real-world batch ED)
  if (isAmdDependency(call, fn, index, 'jquery')) return true;
  if (index !== 0 || call.arguments[0] !== fn) return false;
  // jQuery(function ($) {…})
  const callee = unwrap(call.callee);
  if (jqueryRootName(callee) !== null) return true;
  // jQuery(document).ready(function ($) {…})
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== 'ready') return false;
  const selection = unwrap(callee.object);
  return selection.type === AST_NODE_TYPES.CallExpression && jqueryRootName(selection.callee) !== null;
}

/** Is `fn`'s parameter at `index` the AMD module `module`: `define(['jquery'], function ($) {…})`, also `require` / `requirejs`? */
function isAmdDependency(call: TSESTree.CallExpression, fn: TSESTree.Node, index: number, module: string): boolean {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier || !AMD_LOADERS.has(callee.name) || call.arguments[call.arguments.length - 1] !== fn) return false;
  const dependencies = call.arguments.find((arg) => arg.type === AST_NODE_TYPES.ArrayExpression);
  const dependency = dependencies?.type === AST_NODE_TYPES.ArrayExpression ? dependencies.elements[index] : undefined;
  return dependency?.type === AST_NODE_TYPES.Literal && dependency.value === module;
}
const AMD_LOADERS: ReadonlySet<string> = new Set(['define', 'require', 'requirejs']);

function isAmbientDefinition(def: Definition): boolean {
  if (def.type === 'Variable') {
    const declaration = def.parent as TSESTree.Node | null;
    if (declaration?.type === AST_NODE_TYPES.VariableDeclaration && declaration.declare) return true;
  }
  // Anything declared inside `declare global { … }` / `declare module '…' { … }` is ambient too.
  for (let n: TSESTree.Node | undefined = def.node; n; n = n.parent) {
    if (n.type === AST_NODE_TYPES.TSModuleDeclaration && (n.declare || n.kind === 'global')) return true;
  }
  return false;
}

/** Does this identifier (an expression, not a declaration) refer to the global of that name? */
export function isGlobalReference(sourceCode: SourceCode, identifier: TSESTree.Identifier): boolean {
  const scope = sourceCode.getScope(identifier);
  let reference = scope.references.find((r) => r.identifier === identifier);
  if (!reference) {
    // Some positions (e.g. class-field initialisers, decorators) record the reference in a child scope.
    for (const child of scope.childScopes) {
      reference = child.references.find((r) => r.identifier === identifier);
      if (reference) break;
    }
  }
  if (!reference) {
    // Not a value reference the scope manager knows about: fall back on name lookup up the scope chain.
    for (let s: TSESLint.Scope.Scope | null = scope; s; s = s.upper) {
      const variable = s.set.get(identifier.name);
      if (variable) return variable.defs.every(isAmbientDefinition);
    }
    return true;
  }
  const resolved = reference.resolved;
  return resolved === null || resolved.defs.every(isAmbientDefinition);
}

/** AngularJS's `$window` service: the browser's `window`, injected by its parameter name (`function ($window) {…}`). */
const ANGULAR_WINDOW = '$window';

/** Can a name be the global object (`isGlobalObject`)? The cheap check before any scope work. */
const mayNameGlobalObject = (name: string): boolean => GLOBAL_OBJECT_NAMES.has(name) || name === ANGULAR_WINDOW;

/** Is `root` the global object: `window` / `globalThis` / `self` unshadowed, or a parameter named `$window` (AngularJS)? */
export function isGlobalObject(sourceCode: SourceCode, root: TSESTree.Identifier): boolean {
  if (GLOBAL_OBJECT_NAMES.has(root.name)) return isGlobalReference(sourceCode, root);
  if (root.name !== ANGULAR_WINDOW) return false;
  const variable = variableOf(root, sourceCode);
  return variable !== null && variable.defs.length === 1 && variable.defs[0]!.type === 'Parameter';
}

/**
 * If `node` is a global by name — `Stripe` unshadowed, or `window.Stripe` / `globalThis.Stripe` / `self.Stripe` (also
 * `window['Stripe']`, `(window as any).Stripe`) where the root is itself the global, or AngularJS's injected
 * `$window.Stripe` — return that name.
 */
export function globalNameOf(sourceCode: SourceCode, node: TSESTree.Node): string | null {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) {
    return isGlobalReference(sourceCode, target) ? target.name : null;
  }
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const root = unwrap(target.object);
    if (root.type !== AST_NODE_TYPES.Identifier || !mayNameGlobalObject(root.name)) return null;
    const name = memberName(target, sourceCode);
    if (name === null) return null;
    return isGlobalObject(sourceCode, root) ? name : null;
  }
  return null;
}

/** Is `node` the global `name` (see `globalNameOf`)? Cheap name check before any scope work. */
export function isGlobalNamed(sourceCode: SourceCode, node: TSESTree.Node, name: string): boolean {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) {
    return target.name === name && isGlobalReference(sourceCode, target);
  }
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const root = unwrap(target.object);
    if (root.type !== AST_NODE_TYPES.Identifier || !mayNameGlobalObject(root.name)) return false;
    return memberName(target, sourceCode) === name && isGlobalObject(sourceCode, root);
  }
  return false;
}
