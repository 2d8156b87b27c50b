/**
 * Navigations to a URL the code builds: the browser's location (`location.href = url`, `window.location = url`,
 * `location.assign(url)` / `replace(url)`, `window.open(url)`), and the routers and redirects of the common
 * frameworks: Next.js (`useRouter()` of `next/router` or `next/navigation`, the `next/router` singleton, `redirect`),
 * React Router and Remix (`useNavigate()`, `redirect`), Vue Router (`useRouter()`, `this.$router`, the app's `router`
 * module), Nuxt (`navigateTo`), SvelteKit (`goto`, `redirect`) and Angular (`Router#navigate` / `navigateByUrl`).
 *
 * A URL's query string goes wherever the URL goes: to the server with the request the navigation makes (or the next
 * reload), into the browser's history, the server's and the analytics' logs, and other sites' `Referer` headers. The
 * navigation is described as a request (`HttpRequest`'s URL and query parts) so that the request checks read it.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { shortText } from './ast.js';
import { declaredTypeOf, typeReferenceName } from './declared-types.js';
import { isGlobalNamed, isGlobalReference } from './globals.js';
import { injectedClassNames, URL_HOLE, urlText } from './http-calls.js';
import { isLocalSource, isModuleRef, moduleRefOf } from './modules.js';
import { importSourceOf, memberName, objectEntries, resolveValue, staticString, unwrap } from './values.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

export interface Navigation {
  /** How the code navigates, as the message names it: `location.href`, `window.open`, `router.push`, `navigate`. */
  client: string;
  /** The call or the assignment that navigates. */
  node: TSESTree.CallExpression | TSESTree.AssignmentExpression;
  /** URL text with `URL_HOLE` for unknown parts, or null when unknown (an Angular route's commands, a named route). */
  url: string | null;
  /** The expression the URL (or its search string) is written as, when there is one. */
  urlNode: Node | null;
  /** Query-parameter objects: Next.js' and Vue Router's `query`, Angular's `queryParams`. */
  queries: Node[];
  /** A named route the navigation goes to (Vue Router's `{ name: 'confirm' }`), when that is all the URL says. */
  route?: string;
}

/** Method names that navigate on some receiver (the rule's call selector lists them). */
export const NAVIGATION_METHOD_NAMES: readonly string[] = ['assign', 'replace', 'open', 'push', 'navigate', 'navigateByUrl'];

const NEXT_ROUTER_MODULES = ['next/router', 'next/navigation', 'next/compat/router'];
const REACT_ROUTER_MODULES = ['react-router', 'react-router-dom', 'react-router-native'];
const REDIRECT_MODULES = [
  ...REACT_ROUTER_MODULES,
  'next/navigation',
  '@remix-run/node',
  '@remix-run/cloudflare',
  '@remix-run/deno',
  '@remix-run/server-runtime',
];
const REDIRECTS = ['redirect', 'permanentRedirect', 'redirectDocument'];
const NUXT_MODULES = ['#app', '#imports', 'nuxt/app'];
const NAVIGATE_TO = 'navigateTo';
const ROUTER_PUSHES: ReadonlySet<string> = new Set(['push', 'replace']);
const LOCATION_CALLS: ReadonlySet<string> = new Set(['assign', 'replace']);
const ANGULAR_NAVIGATIONS: ReadonlySet<string> = new Set(['navigate', 'navigateByUrl']);

/** `location`, `window.location` or `document.location`, the browser's own. */
function isLocation(node: Node, sourceCode: SourceCode): boolean {
  const target = unwrap(node);
  if (isGlobalNamed(sourceCode, target, 'location')) return true;
  if (target.type !== AST_NODE_TYPES.MemberExpression || memberName(target, sourceCode) !== 'location') return false;
  const root = unwrap(target.object);
  return root.type === AST_NODE_TYPES.Identifier && root.name === 'document' && isGlobalReference(sourceCode, root);
}

/** `location.href = url`, `window.location = url`, `document.location.href = url`. */
export function navigationOfAssignment(node: TSESTree.AssignmentExpression, sourceCode: SourceCode): Navigation | null {
  if (node.operator !== '=') return null;
  const left = node.left;
  // Cheap checks of the name written before any scope work.
  const property = left.type === AST_NODE_TYPES.MemberExpression ? memberName(left, sourceCode) : null;
  const named = left.type === AST_NODE_TYPES.Identifier ? left.name === 'location' : property === 'href' || property === 'location';
  if (!named || !isLocation(property === 'href' ? (left as TSESTree.MemberExpression).object : left, sourceCode)) return null;
  return urlNavigation(shortText(left, sourceCode) ?? 'location.href', node, node.right, sourceCode);
}

/** A call that navigates (see the module comment), or null. */
export function navigationOfCall(call: TSESTree.CallExpression, sourceCode: SourceCode): Navigation | null {
  const callee = unwrap(call.callee);
  const [first, second] = call.arguments.map((a) => (a.type === AST_NODE_TYPES.SpreadElement ? null : a));
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = memberName(callee, sourceCode);
    if (method === null) return null;
    const label = shortText(callee, sourceCode) ?? method;
    if (LOCATION_CALLS.has(method) && isLocation(callee.object, sourceCode)) return urlNavigation(label, call, first ?? null, sourceCode);
    if (method === 'open' && isGlobalNamed(sourceCode, callee, 'open')) return urlNavigation(label, call, first ?? null, sourceCode);
    if (ROUTER_PUSHES.has(method) && isRouter(callee.object, sourceCode)) return routeNavigation(label, call, first ?? null, sourceCode);
    if (ANGULAR_NAVIGATIONS.has(method) && isAngularRouter(callee.object, sourceCode)) {
      if (method === 'navigateByUrl') return urlNavigation(label, call, first ?? null, sourceCode);
      const queryParams = second ? objectEntries(second, sourceCode)?.find((entry) => entry.key === 'queryParams') : undefined;
      return { client: label, node: call, url: first ? commandsPath(first, sourceCode) : null, urlNode: null, queries: queryParams ? [queryParams.value] : [] };
    }
    return null;
  }
  if (callee.type !== AST_NODE_TYPES.Identifier) return null;
  if (callee.name === 'open' && isGlobalReference(sourceCode, callee)) return urlNavigation('open', call, first ?? null, sourceCode);
  if (callee.name === NAVIGATE_TO) {
    const ref = moduleRefOf(callee, sourceCode);
    // Nuxt's auto-import: no binding in the file at all.
    if (ref ? isModuleRef(ref, NUXT_MODULES, [NAVIGATE_TO]) : isGlobalReference(sourceCode, callee)) return routeNavigation(NAVIGATE_TO, call, first ?? null, sourceCode);
    return null;
  }
  const ref = moduleRefOf(callee, sourceCode);
  if (ref !== null) {
    const name = ref.path.length === 1 ? ref.path[0]! : null;
    if (name !== null && REDIRECTS.includes(name) && REDIRECT_MODULES.includes(ref.module)) return urlNavigation(callee.name, call, first ?? null, sourceCode);
    if (name === 'goto' && ref.module === '$app/navigation') return urlNavigation(callee.name, call, first ?? null, sourceCode);
    // SvelteKit's `redirect(303, url)`.
    if (name === 'redirect' && ref.module === '@sveltejs/kit') return urlNavigation(callee.name, call, second ?? null, sourceCode);
    return null;
  }
  // `const navigate = useNavigate()` (React Router): `navigate(url)` / `navigate({ pathname, search })`.
  const made = unwrap(resolveValue(callee, sourceCode));
  if (made.type === AST_NODE_TYPES.CallExpression && isModuleRef(moduleRefOf(made.callee, sourceCode), REACT_ROUTER_MODULES, ['useNavigate'])) {
    return routeNavigation(callee.name, call, first ?? null, sourceCode);
  }
  return null;
}

/** A router whose `push` / `replace` navigates: Next.js' or Vue Router's `useRouter()`, `next/router`'s singleton, `this.$router`, the app's `router` module. */
function isRouter(node: Node, sourceCode: SourceCode): boolean {
  const receiver = unwrap(node);
  if (receiver.type === AST_NODE_TYPES.MemberExpression) {
    return unwrap(receiver.object).type === AST_NODE_TYPES.ThisExpression && memberName(receiver, sourceCode) === '$router';
  }
  if (receiver.type !== AST_NODE_TYPES.Identifier && receiver.type !== AST_NODE_TYPES.CallExpression) return false;
  const value = receiver.type === AST_NODE_TYPES.Identifier ? unwrap(resolveValue(receiver, sourceCode)) : receiver;
  if (value.type === AST_NODE_TYPES.CallExpression) {
    return isModuleRef(moduleRefOf(value.callee, sourceCode), [...NEXT_ROUTER_MODULES, 'vue-router'], ['useRouter']);
  }
  if (value.type !== AST_NODE_TYPES.Identifier) return false;
  const ref = moduleRefOf(value, sourceCode);
  if (ref === null || ref.path.length > 0) return false;
  // `import Router from 'next/router'`; `import router from '@/router'` (a Vue app's router, by its module's name).
  return ref.module === 'next/router' || (isLocalSource(ref.module) && /(?:^|\/)router(?:\/index)?(?:\.[jt]s)?$/.test(ref.module));
}

/** Angular's `Router` (`@angular/router`): `this.router` injected by type or with `inject(Router)`, or a parameter so typed. */
function isAngularRouter(node: Node, sourceCode: SourceCode): boolean {
  const receiver = unwrap(node);
  const isRouterClass = (id: TSESTree.Identifier): boolean => id.name === 'Router' && importSourceOf(id, sourceCode) === '@angular/router';
  if (receiver.type === AST_NODE_TYPES.MemberExpression && unwrap(receiver.object).type === AST_NODE_TYPES.ThisExpression) {
    const name = memberName(receiver, sourceCode);
    return name !== null && injectedClassNames(receiver, name, sourceCode).some(isRouterClass);
  }
  if (receiver.type !== AST_NODE_TYPES.Identifier) return false;
  const typeName = typeReferenceName(declaredTypeOf(receiver, sourceCode) ?? undefined);
  return typeName !== null && isRouterClass(typeName);
}

/** The path an Angular route's commands spell where each is a known text (`['/orders', 'confirm']` → `/orders/confirm`). */
function commandsPath(commands: Node, sourceCode: SourceCode): string | null {
  const list = resolveValue(commands, sourceCode);
  if (list.type !== AST_NODE_TYPES.ArrayExpression) return null;
  const segments = list.elements.map((element) => (element && element.type !== AST_NODE_TYPES.SpreadElement ? staticString(element, sourceCode) : null));
  return segments.length > 0 && segments.every((segment) => segment !== null) ? segments.join('/').replace(/\/{2,}/g, '/') : null;
}

/** A navigation to the URL `node` writes. */
function urlNavigation(client: string, node: Navigation['node'], url: Node | null, sourceCode: SourceCode): Navigation | null {
  if (!url) return null;
  return { client, node, url: urlText(url, sourceCode), urlNode: url, queries: [] };
}

/**
 * A router's navigation: to a URL (`router.push('/confirm?…')`) or to a location object, Next.js' and Vue Router's
 * `{ pathname | path | name, query }`, React Router's `{ pathname, search }`.
 */
function routeNavigation(client: string, node: TSESTree.CallExpression, to: Node | null, sourceCode: SourceCode): Navigation | null {
  if (!to) return null;
  const entries = objectEntries(to, sourceCode);
  if (!entries) return urlNavigation(client, node, to, sourceCode);
  const entry = (key: string): Node | null => entries.find((e) => e.key === key)?.value ?? null;
  const path = entry('pathname') ?? entry('path');
  const search = entry('search');
  const query = entry('query');
  const name = entry('name');
  const pathText = path ? urlText(path, sourceCode) : null;
  const searchText = search ? urlText(search, sourceCode) : null;
  const route = name && !path ? resolveValue(name, sourceCode) : null;
  const queries = query ? [query] : [];
  // A search string the URL text cannot spell (`search: params.toString()`) is read as an encoded form.
  if (search && searchText === null) queries.push(search);
  return {
    client,
    node,
    url: searchText !== null ? (pathText ?? URL_HOLE) + searchText : pathText,
    urlNode: searchText !== null ? search : path,
    queries,
    ...(route?.type === AST_NODE_TYPES.Literal && typeof route.value === 'string' ? { route: route.value } : {}),
  };
}
