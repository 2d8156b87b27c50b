/**
 * Where a program loads a script, and which Stripe script a URL is.
 *
 * Load sites: `<script src>` (and the `Script` component of next/script), assignments to `.src`,
 * `setAttribute('src', …)`, script-loader calls (`loadScript(url)`, `$.getScript(url)`, `useScript(url)`,
 * `loadjs([urls])`, `importScripts(a, b)`, `loadScript({ src })`, default imports of loader packages), and `import(url)`.
 * The string-level checks (`isScriptSrcAttribute`, `findStripeScriptUrl`) take plain strings so HTML and Vue
 * templates use the same functions as JSX.
 */
import { basename, dirname, isAbsolute, join } from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { classifyStripeScript, type StripeScriptKind } from '../stripe/legacy-js.js';
import { topLevelStatements } from './ast.js';
import { calleeName, importSourceOf, memberName, propertyKey, requiredModule, unwrap } from './values.js';
import { jsxAttributeName, jsxAttributeValue, jsxElementName } from './jsx.js';
import { findUrls, type ParsedUrl } from './urls.js';
import { sourceMaySpell, spellingTerm } from './string-use.js';
import { MAX_SOURCE_BYTES, readTextFile } from '../util/files.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** Functions (called bare or as a method) whose URL arguments are loaded as scripts. */
export const SCRIPT_LOADER_FUNCTIONS: ReadonlySet<string> = new Set([
  'loadScript', // vue-plugin-load-script, many hand-written helpers
  'loadScriptAsync',
  'loadJS', // fg-loadjs
  'loadJs',
  'loadjs', // loadjs
  'getScript', // $.getScript / jQuery.getScript
  'useScript', // usehooks-ts, @uidotdev/usehooks, react-use-scripts
  'useScriptTag', // @vueuse/core
  'useExternalScript',
  'injectScript',
  'addScript',
  'appendScript',
  'includeScript',
  'loadExternalScript',
  'importScripts', // Web Workers: every argument is a script URL
  '$script', // scriptjs
]);

/** `el.setAttribute('src', url)`: the call that sets a script element's URL. */
const SET_ATTRIBUTE = 'setAttribute';
/** `importScripts(a, b)`: every argument is a script URL. */
const IMPORT_SCRIPTS = 'importScripts';

/**
 * Every callee name `scriptUrlArguments` acts on by name (besides `extraLoaders` and the names bound to loader
 * packages, see `bindsLoaderModule`): a call whose written callee name is none of these loads no script.
 */
export const SCRIPT_URL_CALL_NAMES: ReadonlySet<string> = new Set([SET_ATTRIBUTE, IMPORT_SCRIPTS, ...SCRIPT_LOADER_FUNCTIONS]);

/** Packages whose default export / module function loads a script: `import load from 'load-script'; load(url)`. */
export const SCRIPT_LOADER_MODULES: ReadonlySet<string> = new Set([
  'load-script',
  'scriptjs',
  'loadjs',
  'little-loader',
  'fg-loadjs',
  'load-js',
]);

const LOADER_MODULE_TERMS = [spellingTerm([...SCRIPT_LOADER_MODULES])];

/** `<script src>` in any markup: JSX `<script>` / `<Script>` (next/script), HTML and Vue `<script>`. */
export function isScriptSrcAttribute(elementName: string, attributeName: string): boolean {
  return elementName.toLowerCase() === 'script' && attributeName.toLowerCase() === 'src';
}

export interface StripeScriptUrl {
  kind: StripeScriptKind;
  url: ParsedUrl;
}

/**
 * The first Stripe script URL in `text` (exact host, see `classifyStripeScript`). `complete` is false when `text` is
 * only the static prefix of a longer string.
 */
export function findStripeScriptUrl(text: string, complete = true): StripeScriptUrl | null {
  if (!/stripe/i.test(text)) return null;
  for (const url of findUrls(text, complete)) {
    if (!url.hostComplete) continue;
    const kind = classifyStripeScript(url.host, url.path, complete || url.end < text.length);
    if (kind) return { kind, url };
  }
  return null;
}

/**
 * Does a page load Stripe.js v1 or v2 with a `<script src>` of its own markup (`<script
 * src="https://js.stripe.com/v2/">`)? Its scripts then read the card fields they tokenise (by id or `data-stripe`).
 */
export function pageLoadsLegacyStripeJs(text: string): boolean {
  if (!/stripe/i.test(text)) return false;
  for (const [, double, single, bare] of text.matchAll(SCRIPT_SRC)) {
    const kind = findStripeScriptUrl(double ?? single ?? bare ?? '')?.kind;
    if (kind === 'stripe-js-v1' || kind === 'stripe-js-v2') return true;
  }
  return false;
}

/** A template's parent layout, named first in it: `{% extends './layouts/dashboard.html' %}` (Swig, Nunjucks, Twig, Jinja). */
const EXTENDS = /\{%-?\s*extends\s+(['"])([^'"{}\n]+)\1/;
/** The folders a template engine looks a layout up from when its name is not relative to the template. */
const VIEW_ROOTS: ReadonlySet<string> = new Set(['views', 'templates']);
/** The layouts read so far: whether each (or its own layout) loads Stripe.js v1 / v2. */
const layoutsLoadingLegacyStripeJs = new Map<string, boolean>();

/**
 * Does the layout a template extends load Stripe.js v1 or v2 (`{% extends './layouts/dashboard.html' %}`, the layout's
 * own `<script src="https://js.stripe.com/v2/">`), or the layout that one extends? The layout is looked up beside the
 * template, or, for a name that is not relative, under each `views` or `templates` folder above it, nearest first; each
 * read once per process (real-world batch 331: a billing page whose dashboard layout loads Stripe.js v2).
 */
export function layoutLoadsLegacyStripeJs(physicalFilename: string, text: string, depth = 0): boolean {
  if (depth > 3 || !isAbsolute(physicalFilename) || !text.includes('extends')) return false;
  const written = EXTENDS.exec(text)?.[2]?.trim();
  if (!written) return false;
  const candidates = [join(dirname(physicalFilename), written)];
  if (!written.startsWith('.')) {
    for (let dir = dirname(physicalFilename); dirname(dir) !== dir; dir = dirname(dir)) {
      if (VIEW_ROOTS.has(basename(dir))) candidates.push(join(dir, written));
    }
  }
  for (const candidate of candidates) {
    let loads = layoutsLoadingLegacyStripeJs.get(candidate);
    if (loads === undefined) {
      layoutsLoadingLegacyStripeJs.set(candidate, false); // a layout that extends itself reads nothing more
      const layout = readTextFile(candidate);
      loads = layout !== null && layout.length <= MAX_SOURCE_BYTES && (pageLoadsLegacyStripeJs(layout) || layoutLoadsLegacyStripeJs(candidate, layout, depth + 1));
      if (layoutsLoadingLegacyStripeJs.size >= 1024) layoutsLoadingLegacyStripeJs.clear();
      layoutsLoadingLegacyStripeJs.set(candidate, loads);
    }
    if (loads) return true;
  }
  return false;
}

/** A `<script>` tag's `src` value, in double or single quotes or bare. */
const SCRIPT_SRC = /<script\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/** A non-computed property key's name (`src`, `'paths'`). */
const memberKeyName = (key: TSESTree.Node): string | null =>
  key.type === AST_NODE_TYPES.Identifier ? key.name : key.type === AST_NODE_TYPES.Literal ? String(key.value) : null;

function pushUrlArgument(arg: Node | undefined, out: Node[]): void {
  if (!arg) return;
  const target = unwrap(arg);
  if (target.type === AST_NODE_TYPES.ArrayExpression) {
    for (const element of target.elements) if (element && element.type !== AST_NODE_TYPES.SpreadElement) out.push(element);
    return;
  }
  if (target.type === AST_NODE_TYPES.ObjectExpression) {
    for (const prop of target.properties) {
      if (prop.type !== AST_NODE_TYPES.Property || prop.computed || prop.kind !== 'init') continue;
      const key = memberKeyName(prop.key);
      if (key === 'src' || key === 'url') out.push(prop.value);
    }
    return;
  }
  if (target.type !== AST_NODE_TYPES.SpreadElement) out.push(arg);
}

const EMPTY: ReadonlySet<string> = new Set();

const loaderBindings = new WeakMap<SourceCode, ReadonlySet<string>>();

/**
 * Local names that top-level imports / requires bind to loader packages, once per file
 * (`import load from 'load-script'`, `const $script = require('scriptjs')`), so calls need no scope work.
 */
function loaderBindingNames(sourceCode: SourceCode): ReadonlySet<string> {
  let names = loaderBindings.get(sourceCode);
  if (names === undefined) {
    const found = new Set<string>();
    // Each binding's module is a string literal whose value is a loader package's name: the file spells it.
    if (sourceMaySpell(sourceCode, LOADER_MODULE_TERMS)) for (const statement of topLevelStatements(sourceCode)) {
      if (statement.type === AST_NODE_TYPES.ImportDeclaration && SCRIPT_LOADER_MODULES.has(String(statement.source.value))) {
        for (const specifier of statement.specifiers) found.add(specifier.local.name);
      } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
        for (const declarator of statement.declarations) {
          const source = declarator.init ? requiredModule(declarator.init) : null;
          if (source !== null && SCRIPT_LOADER_MODULES.has(source) && declarator.id.type === AST_NODE_TYPES.Identifier) {
            found.add(declarator.id.name);
          }
        }
      }
    }
    names = found;
    loaderBindings.set(sourceCode, names);
  }
  return names;
}

/** Does a top-level import / require of the file bind a name to a script-loader package (`import load from 'load-script'`)? */
export const bindsLoaderModule = (sourceCode: SourceCode): boolean => loaderBindingNames(sourceCode).size > 0;

/**
 * The expressions whose values a call loads as scripts: loader calls (first argument, its array elements or its
 * `src` / `url` property; every argument of `importScripts`), and the value of `el.setAttribute('src', value)`.
 * `extraLoaders` adds project-specific loader names (matched like the built-in ones).
 */
export function scriptUrlArguments(
  call: TSESTree.CallExpression,
  sourceCode: SourceCode,
  extraLoaders: ReadonlySet<string> = EMPTY,
): Node[] {
  const out: Node[] = [];
  const name = calleeName(call);
  if (name === null) return out;
  if (name === SET_ATTRIBUTE) {
    const [attr, value] = call.arguments;
    if (attr?.type === AST_NODE_TYPES.Literal && typeof attr.value === 'string' && attr.value.toLowerCase() === 'src' && value) {
      out.push(value);
    }
    return out;
  }
  if (name === IMPORT_SCRIPTS) {
    for (const arg of call.arguments) pushUrlArgument(arg, out);
    return out;
  }
  if (SCRIPT_LOADER_FUNCTIONS.has(name) || extraLoaders.has(name)) {
    pushUrlArgument(call.arguments[0], out);
    return out;
  }
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier && loaderBindingNames(sourceCode).has(callee.name)) {
    const source = importSourceOf(callee, sourceCode); // the name may be shadowed where it is called
    if (source !== null && SCRIPT_LOADER_MODULES.has(source)) pushUrlArgument(call.arguments[0], out);
  }
  return out;
}

/** AMD loaders (RequireJS, curl, Dojo): `require([deps], cb)`, `requirejs([deps])`, `define([deps], factory)`. */
const AMD_LOADER_NAMES: ReadonlySet<string> = new Set(['require', 'requirejs', 'define']);
const AMD_CONFIG = 'config';
/** The callee names (written, or a member's) `amdScriptUrls` acts on. */
export const AMD_CALL_NAMES: ReadonlySet<string> = new Set([...AMD_LOADER_NAMES, AMD_CONFIG]);

/**
 * The scripts an AMD loader call loads: the dependency list of `require([…], cb)` / `requirejs([…])` /
 * `define([…], factory)` / `define('name', […], factory)` (a RequireJS `plugin!` prefix stays in the string; the URL
 * is found after it), and the `paths` of `require.config({ paths: { stripe: 'https://js.stripe.com/v2/' } })` (a
 * path may be a list of fallbacks). Only written lists and objects are read.
 */
export function amdScriptUrls(call: TSESTree.CallExpression): Node[] {
  const callee = unwrap(call.callee);
  const out: Node[] = [];
  if (callee.type === AST_NODE_TYPES.Identifier && AMD_LOADER_NAMES.has(callee.name)) {
    const list = call.arguments.slice(0, 2).find((arg) => arg.type === AST_NODE_TYPES.ArrayExpression) as TSESTree.ArrayExpression | undefined;
    for (const element of list?.elements ?? []) if (element && element.type !== AST_NODE_TYPES.SpreadElement) out.push(element);
    return out;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== AMD_CONFIG) return out;
  const loader = unwrap(callee.object);
  if (loader.type !== AST_NODE_TYPES.Identifier || (loader.name !== 'require' && loader.name !== 'requirejs')) return out;
  const options = call.arguments[0];
  if (options?.type !== AST_NODE_TYPES.ObjectExpression) return out;
  for (const option of options.properties) {
    if (option.type !== AST_NODE_TYPES.Property || option.computed || memberKeyName(option.key) !== 'paths' || option.value.type !== AST_NODE_TYPES.ObjectExpression) continue;
    for (const path of option.value.properties) if (path.type === AST_NODE_TYPES.Property && !path.computed) pushUrlArgument(path.value, out);
  }
  return out;
}

/** `x.src = value` / `x['src'] = value`: the assigned value (the URL the element will load). */
export function srcAssignmentValue(assignment: TSESTree.AssignmentExpression): Node | null {
  if (assignment.operator !== '=') return null;
  const left = unwrap(assignment.left);
  return left.type === AST_NODE_TYPES.MemberExpression && memberName(left) === 'src' ? assignment.right : null;
}

/** Functions and methods whose object (argument, or what they return) is a page's head: unhead's, vue-meta's. */
const HEAD_FUNCTIONS: ReadonlySet<string> = new Set(['useHead', 'useServerHead', 'useHeadSafe', 'head', 'metaInfo']);

/**
 * Is an object a page head's declaration: the value of a `head` / `metaInfo` key (Nuxt's config, `app.head`, a
 * component's option), what a `head()` / `metaInfo()` method returns (vue-meta), or an argument of unhead's
 * `useHead(…)`? Not any `script` list (a CSP report's record, a bundler's copy list: regression probe 280).
 */
function isPageHead(object: Node): boolean {
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return false;
  const parent = object.parent;
  if (parent?.type === AST_NODE_TYPES.Property && parent.value === object) {
    const key = propertyKey(parent);
    return key === 'head' || key === 'metaInfo';
  }
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === object) {
    const callee = unwrap(parent.callee);
    return callee.type === AST_NODE_TYPES.Identifier && HEAD_FUNCTIONS.has(callee.name);
  }
  // `head() { return { script } }`, `head: () => ({ script })`
  const fn = parent?.type === AST_NODE_TYPES.ReturnStatement ? parent.parent?.parent : parent;
  if (fn?.type !== AST_NODE_TYPES.FunctionExpression && fn?.type !== AST_NODE_TYPES.ArrowFunctionExpression) return false;
  const owner = fn.parent;
  return (owner?.type === AST_NODE_TYPES.Property || owner?.type === AST_NODE_TYPES.MethodDefinition) && owner.value === fn && !owner.computed && owner.key.type === AST_NODE_TYPES.Identifier && HEAD_FUNCTIONS.has(owner.key.name);
}

/**
 * `{ src: '…' }` in a list of scripts a page's head declares: a `script` property's list (Nuxt's `head.script`,
 * vue-meta's `head()`, unhead's `useHead({ script: [...] })`) or react-helmet's `<Helmet script={[...]} />` (real-world
 * batch 278: the most common Stripe.js v2 load the code index holds that was not read). The src value, or null.
 */
export function declaredScriptSrcValue(property: TSESTree.Property): Node | null {
  if (propertyKey(property) !== 'src' || property.kind !== 'init') return null;
  const object = property.parent;
  const list = object.type === AST_NODE_TYPES.ObjectExpression ? object.parent : null;
  if (list?.type !== AST_NODE_TYPES.ArrayExpression) return null;
  const holder = list.parent;
  if (holder?.type === AST_NODE_TYPES.Property && holder.value === list && propertyKey(holder) === 'script') return isPageHead(holder.parent) ? property.value : null;
  const attribute = holder?.type === AST_NODE_TYPES.JSXExpressionContainer ? holder.parent : null;
  return attribute?.type === AST_NODE_TYPES.JSXAttribute && attribute.name.type === AST_NODE_TYPES.JSXIdentifier && attribute.name.name === 'script' ? property.value : null;
}

/** `<script src={…}>` / `<Script src="…">`: the src value. */
export function jsxScriptSrcValue(attribute: TSESTree.JSXAttribute): Node | null {
  if (attribute.name.type !== AST_NODE_TYPES.JSXIdentifier || attribute.name.name.toLowerCase() !== 'src') return null;
  const opening = attribute.parent;
  if (opening.type !== AST_NODE_TYPES.JSXOpeningElement) return null;
  if (!isScriptSrcAttribute(jsxElementName(opening.name), jsxAttributeName(attribute))) return null;
  return jsxAttributeValue(attribute);
}
