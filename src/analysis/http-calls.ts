/**
 * HTTP client calls: "this call sends a request to URL U with method M and body B". Rule-agnostic; used for raw
 * HTTP to the Stripe API (stripe-facts.md §1.5) and reusable for any other URL check.
 *
 * Recognised clients (by import / require of their module, or as an undeclared global where browsers have one):
 * - `fetch(url, init)`: the global (also `window.fetch`), `node-fetch`, `cross-fetch`, `isomorphic-fetch`,
 *   `isomorphic-unfetch`, `unfetch`, `undici`'s `fetch`; `fetch(new Request(url, init))`;
 * - axios: `axios(config)`, `axios(url, config)`, `axios.request(config)`, `axios.get/delete/head/options(url, config)`,
 *   `axios.post/put/patch[Form](url, data, config)`, instances from `axios.create({ baseURL })`, and an instance the
 *   app imports from its own module under a client's name (`appClientValue`: `import api from '@/lib/axios'`);
 * - got: `got(url, opts)`, `got(opts)`, `got.post(url, opts)` (`form` / `json` / `body`), `got.extend({ prefixUrl })`;
 * - request / request-promise(-native) / postman-request: `request(url | opts, opts?, cb?)`, `request.post(...)`
 *   (`form` / `body` / `json` / `formData`), `request.defaults({ baseUrl })`;
 * - superagent: `superagent.post(url)` / `superagent('POST', url)` and every `.send(body)` chained on it or on the
 *   variable holding it;
 * - needle: `needle.post(url, data)`, `needle('post', url, data)`, `needle.request('post', url, data)`;
 * - ky: `ky(url, opts)`, `ky.post(url, { body | json })`, `ky.create / extend({ prefixUrl })`;
 * - undici: `request(url, { method, body })`;
 * - Node `http` / `https`: `https.request(url | options, [options], cb)` with the body from `.write(x)` / `.end(x)`
 *   on the returned request (chained or through the variable holding it);
 * - GraphQL mutations, whose variables are the body: Apollo Client's (and react-apollo 3's, Relay's) `const [save] =
 *   useMutation(DOC)` then `save({ variables })`, `client.mutate({ mutation, variables })` (`useApolloClient()`, `new ApolloClient(…)`);
 *   urql's `const [, save] = useMutation(DOC)` then `save(variables)`; the same through a hook graphql-codegen
 *   generates (`const [save] = useSaveCardMutation()`); graphql-request's `request(url, document, variables)` and
 *   `new GraphQLClient(url).request(document, variables)`;
 * - Supabase Edge Functions: `supabase.functions.invoke('save-card', { body, method })` on a Supabase client (sinks.ts'
 *   `isSupabaseClient`), a POST unless told otherwise, to the app's own function;
 * - Redux Toolkit Query mutations: `build.mutation({ query: (card) => ({ url, method, body }) })` in the `endpoints` of
 *   `createApi({ baseQuery: fetchBaseQuery({ baseUrl }) })` or `api.injectEndpoints(…)`.
 *
 * URLs are static text where known; unknown parts are `URL_HOLE`, so a host or path is only trusted when written.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { enclosingClassBody, type PropertyOf } from './ast.js';
import { typeReferenceName } from './declared-types.js';
import { perFile } from './file-cache.js';
import { textFinder } from './text-search.js';
import { isJqueryParameter, JQUERY_NAMES } from './globals.js';
import { importBinding, importedAs, isLocalSource } from './modules.js';
import { isSupabaseClient } from './sinks.js';
import { parameterProperty } from './stripe-clients.js';
import {
  builtObjects,
  classMemberName,
  constInit,
  fieldWrites,
  importSourceOf,
  inertiaFormData,
  isNeverReassigned,
  isInertiaRouter,
  memberName,
  objectEntry,
  objectWhoseTextIsRead,
  optionalObject,
  passedInArguments,
  promisifyingCall,
  propertyKey,
  reachingWrites,
  resolveValue,
  returnedValueOfCall,
  staticString,
  unwrap,
  variableOf,
  vueDataValues,
} from './values.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

export type HttpClient =
  | 'fetch'
  | '$fetch'
  | 'axios'
  | 'got'
  | 'request'
  | 'superagent'
  | 'needle'
  | 'ky'
  | 'undici'
  | 'node-http'
  | 'n8n'
  | 'jQuery'
  | 'HttpClient'
  /** Angular 2–4's `Http` (`@angular/http`). */
  | 'Http'
  | 'HttpService'
  /** AngularJS's `$http` service. */
  | '$http'
  /** Mithril's `m.request`. */
  | 'Mithril'
  /** Inertia's router and forms, which visit the app's own server. */
  | 'Inertia'
  /** `Backbone.ajax`, which hands its settings to jQuery's `$.ajax`. */
  | 'Backbone.ajax'
  | 'Apollo Client'
  | 'urql'
  | 'Relay'
  | 'graphql-request'
  | 'GraphQL client'
  | 'Meteor'
  | 'RTK Query'
  | 'EmailJS'
  | 'XMLHttpRequest'
  | 'Supabase'
  /** Capacitor's native HTTP (`CapacitorHttp`, and the community plugin's `Http` before it). */
  | 'CapacitorHttp'
  /** cordova-plugin-advanced-http through its Ionic Native / Awesome Cordova Plugins wrapper (`HTTP`). */
  | 'cordova HTTP'
  /** Salesforce's Apex methods, called from a Lightning web component. */
  | 'Apex'
  /** A tRPC procedure's mutation, called through the app's tRPC client. */
  | 'tRPC'
  /** An HTTP client the app exports from its own module, by the name it is imported as, in backquotes (`` `api` ``). */
  | `\`${string}\``;

export interface HttpRequest {
  client: HttpClient;
  /** The call that starts the request (`fetch(...)`, `axios.post(...)`, `superagent.post(url)`, `https.request(...)`). */
  call: TSESTree.CallExpression;
  /** URL text with `URL_HOLE` for unknown parts (base URLs and prefixes applied), or `null` when unknown. */
  url: string | null;
  /** Upper-case HTTP method when known. */
  method: string | null;
  /** Body / form / data expressions the request carries. */
  bodies: Node[];
  /** The expression the URL is written as (its query string carries fields too), when there is one. */
  urlNode: Node | null;
  /** Query-parameter objects: axios' / Angular's / NestJS's `params`, got's / ky's `searchParams`, request's `qs`, superagent's `.query(x)`. */
  queries: Node[];
  /** Set for a GraphQL operation, whose endpoint is the client's (often configured elsewhere). */
  graphql?: true;
  /** Set for a Meteor method call (over DDP, to the app's own server): the method's name, or null when not static. */
  meteorMethod?: string | null;
  /** Set for a Supabase Edge Function call (the app's own function): the function's name, or null when not static. */
  supabaseFunction?: string | null;
  /** Set for a Salesforce Apex method called from a Lightning web component (the org's own code): `Class.method`. */
  apexMethod?: string;
  /** Set for a tRPC mutation (a procedure of the app's own server): the procedure's path, `billing.pay`. */
  trpcProcedure?: string;
  /**
   * For bodies a request helper's callers pass (`request('/gift-cards/redeem', { body })`, `passedProperties`): the
   * call of the helper that passed each, whose own path and name say where the body goes.
   */
  callers?: ReadonlyMap<Node, TSESTree.CallExpression>;
}

/** Apex methods a Lightning web component imports: `import setPayment from '@salesforce/apex/PaymentController.setPayment'`. */
const APEX_MODULE_PREFIX = '@salesforce/apex/';

/** Marks an unknown part of a URL's text. */
export const URL_HOLE = '\u0000';

const MAX_DEPTH = 8;

type Callable =
  | { type: 'fetch' }
  /** ofetch's \`$fetch\` / \`ofetch\` and Nuxt's \`useFetch\` / \`useLazyFetch\`: fetch's \`(url, { method, body })\`, the body an object sent as JSON. */
  | { type: 'ofetch' }
  | { type: 'axios' | 'got' | 'ky' | 'request'; config: Node | null }
  | { type: 'superagent' | 'needle' | 'undici-request' | 'jquery' | 'meteor' }
  /** Mithril (`m`): its `m.request(options)` / `m.request(url, options)`. */
  | { type: 'mithril' }
  /** Backbone: its `Backbone.ajax(settings)` hands the settings to jQuery's `$.ajax`. */
  | { type: 'backbone' }
  /** EmailJS's SDK (`emailjs.send`: `method` 'send'), or its `send` imported alone (`method` null). */
  | { type: 'emailjs'; method: string | null }
  /** An `XMLHttpRequest` the code made (`new XMLHttpRequest()`): its `send(body)` goes where its `open` said. */
  | { type: 'xhr' }
  /**
   * An HTTP client instance imported from the app's own module (`appClientValue`), by its local name (empty for a
   * module required in place, `require('../api')`: named at each call as written there); or one of its methods
   * imported alone (`import { post } from './api'`), with that method's name as `verb`.
   */
  | { type: 'app-client'; name: string; verb?: string }
  /** A client injected by its type: Angular's `HttpClient`, NestJS's `HttpService`, the cordova HTTP plugin's `HTTP` (`INJECTED_CLIENTS`). */
  | { type: 'injected'; client: InjectedClient }
  /** Capacitor's native HTTP: `CapacitorHttp.post({ url, data })`, `request({ url, method, data, params })`. */
  | { type: 'capacitor' }
  /** AngularJS's `$http`, injected by its parameter's name (`function ($scope, $http) {…}`). */
  | { type: 'angularjs-http' }
  | { type: 'node-http-request'; protocol: string }
  | { type: 'namespace'; module: 'undici' | 'http' | 'https' }
  /** The mutate function of a `useMutation` hook: Apollo's takes `{ variables }` (`inOption`), urql's the variables themselves. */
  | { type: 'graphql-mutate'; client: 'Apollo Client' | 'urql' | 'Relay' | 'GraphQL client'; inOption: boolean }
  | { type: 'apollo-client' }
  /** graphql-request: its `request(url, document, variables)`, and a `GraphQLClient` with its URL. */
  | { type: 'graphql-request' }
  | { type: 'graphql-client'; config: Node | null }
  /**
   * The endpoint builder of Redux Toolkit Query (`endpoints: (build) => …`), with its API's `fetchBaseQuery` base URL
   * (`known`: the API's base query is read here: a `fetchBaseQuery`, its `baseUrl` or none).
   */
  | { type: 'rtk-builder'; base: Node | null; known: boolean }
  /** A Salesforce Apex method imported into a Lightning web component (`@salesforce/apex/Class.method`), called imperatively. */
  | { type: 'apex'; method: string };

/** Modules whose default or `fetch` export is WHATWG fetch; `wix-fetch` is Wix Velo's (real-world batch FO). */
const FETCH_MODULES = new Set(['node-fetch', 'cross-fetch', 'isomorphic-fetch', 'isomorphic-unfetch', 'unfetch', 'wix-fetch']);
/** ofetch and Nuxt's fetch composables, imported (`ofetch`, `#app`, `#imports`, `nuxt/app`) or auto-imported by Nuxt. */
const OFETCH_MODULES = new Set(['ofetch', '#app', '#imports', 'nuxt/app']);
const OFETCH_EXPORTS = new Set(['$fetch', 'ofetch', 'useFetch', 'useLazyFetch']);
/** jQuery, and the packages of its `$.ajax` alone: `jquery-ajax` (real-world batch HB), `najax` (for Node). */
const JQUERY_MODULES = new Set(['jquery', 'jquery-ajax', 'najax']);
const REQUEST_MODULES = new Set(['request', 'request-promise', 'request-promise-native', 'postman-request', 'requestretry']);
const DEFAULT_NAMES = new Set(['default', '*']);
const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self', 'global']);
/** AngularJS's HTTP service, injected by this parameter name; also Vue 2's `this.$http`. */
const ANGULARJS_HTTP = '$http';
/** Methods that create a configured instance of a client. */
const INSTANCE_FACTORIES: Readonly<Record<string, ReadonlySet<string>>> = {
  axios: new Set(['create']),
  got: new Set(['extend']),
  ky: new Set(['create', 'extend']),
  request: new Set(['defaults']),
};
const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options']);
/** Inertia's visits that send data: the router's `post(url, data)` and `visit(url, { method, data })`, a form's `submit(method, url)`. */
const INERTIA_VERBS = new Set(['post', 'put', 'patch', 'visit', 'submit']);
const AXIOS_DATA_VERBS = new Set(['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm']);
const AXIOS_NO_DATA_VERBS = new Set(['get', 'delete', 'head', 'options']);
/** `axios.request(config)`, `needle.request(method, url, data)`. */
const REQUEST_METHOD = 'request';
/** Named exports that are clients (`import { fetch } from 'undici'`, `require('axios').axios`), besides the defaults. */
const CLIENT_EXPORTS = { axios: 'axios', got: 'got', fetch: 'fetch', request: REQUEST_METHOD } as const;
/** Members of the global object that are clients: `window.fetch(...)`, `globalThis.axios(...)`. */
const GLOBAL_CLIENTS = { fetch: 'fetch', axios: 'axios' } as const;
/** `axios.default(...)` (CommonJS interop) is axios itself. */
const AXIOS_DEFAULT = 'default';
/** Mithril's module and the global its `<script>` defines (`m.request`). */
const MITHRIL_MODULE = 'mithril';
const MITHRIL_GLOBAL = 'm';
/** Backbone's module and global (`Backbone.ajax`). */
const BACKBONE_MODULE = 'backbone';
const BACKBONE_GLOBAL = 'Backbone';
/** jQuery's request methods: `$.ajax(url | settings)`, `$.post(url, data)`, `$.get(url, data)`. */
const JQUERY_AJAX = 'ajax';
/**
 * Clients that frameworks inject by type, and the module that declares the type: Angular's `HttpClient`
 * (`constructor(private http: HttpClient)`, `http = inject(HttpClient)`) and NestJS's `HttpService` (@nestjs/axios).
 * Their `post` / `put` / `patch` take `(url, body, options)`; `request(method, url, { body })`.
 */
type InjectedClient = 'HttpClient' | 'Http' | 'HttpService' | 'cordova HTTP';
const INJECTED_CLIENTS: Readonly<Record<string, { modules: ReadonlySet<string>; client: InjectedClient }>> = {
  // (Angular 2–4's `Http`, of Ionic 3 apps, takes the same `post(url, body, options)`: real-world batch 251.)
  HttpClient: { modules: new Set(['@angular/common/http']), client: 'HttpClient' },
  Http: { modules: new Set(['@angular/http']), client: 'Http' },
  HttpService: { modules: new Set(['@nestjs/axios']), client: 'HttpService' },
  // `post(url, body, headers)`, as Angular's `post(url, body, options)` (real-world batch 246: Ionic apps).
  HTTP: {
    modules: new Set(['@ionic-native/http', '@ionic-native/http/ngx', '@awesome-cordova-plugins/http', '@awesome-cordova-plugins/http/ngx']),
    client: 'cordova HTTP',
  },
};
/** Capacitor's native HTTP, by module and export (real-world batch 246). */
const CAPACITOR_HTTP: ReadonlyMap<string, string> = new Map([
  ['@capacitor/core', 'CapacitorHttp'],
  ['@capacitor-community/http', 'Http'],
]);
const INJECTED_DATA_VERBS = new Set(['post', 'put', 'patch']);
/** Apollo Client's packages (v3 and the React hooks of v2) and urql's React / Preact bindings. */
const APOLLO_MODULES: ReadonlySet<string> = new Set([
  '@apollo/client',
  '@apollo/client/react',
  '@apollo/client/react/hooks',
  '@apollo/react-hooks',
  '@apollo/client/core',
  // react-apollo 3's `useMutation` (real-world batch 241: the Advanced React course's apps).
  'react-apollo',
]);
/** Relay's hook: `const [commit] = useMutation(graphql\`…\`)`, then \`commit({ variables })\`, as Apollo's. */
const RELAY_MODULE = 'react-relay';
const URQL_MODULES: ReadonlySet<string> = new Set(['urql', '@urql/preact']);
const GRAPHQL_REQUEST = 'graphql-request';
/**
 * Meteor's methods, called on the global `Meteor` (or `import { Meteor } from 'meteor/meteor'`): `Meteor.call(name,
 * ...args, callback?)`, `Meteor.callAsync(name, ...args)`, `Meteor.apply(name, [args], options?, callback?)`,
 * `Meteor.applyAsync(name, [args], options?)`. The arguments go to the app's own server over DDP.
 */
const METEOR_CALLS = new Set(['call', 'callAsync']);
const METEOR_APPLIES = new Set(['apply', 'applyAsync']);
const METEOR = 'Meteor';
const METEOR_MODULE = 'meteor/meteor';
/** `client.mutate({ mutation, variables })` (Apollo), `client.rawRequest(document, variables)` (graphql-request). */
const APOLLO_MUTATE = 'mutate';
/** A tRPC (React Query) mutation's promise-returning call, beside its `mutate`. */
const TRPC_MUTATE_ASYNC = 'mutateAsync';
const RAW_REQUEST = 'rawRequest';
/**
 * Redux Toolkit Query: `createApi({ baseQuery: fetchBaseQuery({ baseUrl }), endpoints: (build) => ({ pay:
 * build.mutation({ query: (card) => ({ url, method, body, params }) }) }) })`, and `api.injectEndpoints({ endpoints
 * })`. The object the `query` function returns is the request (a string: its URL, a GET).
 */
const RTK_QUERY_MODULES: ReadonlySet<string> = new Set([
  '@reduxjs/toolkit/query',
  '@reduxjs/toolkit/query/react',
  // The package's build paths, as editors auto-import them (real-world batch 82).
  '@reduxjs/toolkit/dist/query',
  '@reduxjs/toolkit/dist/query/react',
]);
/** Mutations only: `build.query` (a GET, whose name every database client's method shares) is not read. */
const RTK_ENDPOINT_KINDS: ReadonlySet<string> = new Set(['mutation']);
const RTK_INJECT = 'injectEndpoints';
/**
 * EmailJS, which e-mails what a page sends it through the template it names: `emailjs.send(serviceId, templateId,
 * templateParams, options?)` posts the parameters to its API (real-world batch 88: a card form e-mailed out). Its
 * browser, React Native and Node SDKs, and the CDN build's global `emailjs`.
 */
const EMAILJS_MODULES: ReadonlySet<string> = new Set(['@emailjs/browser', 'emailjs-com', '@emailjs/react-native', '@emailjs/nodejs']);
const EMAILJS_GLOBAL = 'emailjs';
const EMAILJS_SEND = 'send';
/** `supabase.functions.invoke(name, options)`. */
const SUPABASE_INVOKE = 'invoke';
const SUPABASE_FUNCTIONS = 'functions';
const EMAILJS_URL = 'https://api.emailjs.com/api/v1.0/email/send';
/** The browser's own request object: `xhr.open(method, url)`, then `xhr.send(body)` (`send` is in the request names for EmailJS already). */
const XHR = 'XMLHttpRequest';
const XHR_OPEN = 'open';
const XHR_SEND = 'send';

/**
 * n8n nodes' request helpers, on the node's execution context (`this.helpers.httpRequest(options)`,
 * `this.helpers.requestWithAuthentication.call(this, 'stripeApi', options)`): the value is how many arguments come
 * before the options (the credential type's name). `request*` take the request library's options (`uri` / `url`,
 * `body` / `form` / `formData`, `qs`), `httpRequest*` n8n's own (`url`, `baseURL`, `body`, `qs`). Real-world batch FO.
 */
const N8N_HELPERS: ReadonlyMap<string, number> = new Map([
  ['request', 0],
  ['requestWithAuthentication', 1],
  ['requestOAuth1', 1],
  ['requestOAuth2', 1],
  ['httpRequest', 0],
  ['httpRequestWithAuthentication', 1],
]);
const N8N_MODULES: ReadonlySet<string> = new Set(['n8n-workflow', 'n8n-core']);
/** `fn.call(thisArg, ...args)`: a helper called with the node's context. */
const FUNCTION_CALL = 'call';

/** An app HTTP service's verbs that say HTTP (`this.api.httpPost(url, body)`), read as the verb after `http`. */
const APP_HTTP_VERBS: ReadonlySet<string> = new Set(['httpGet', 'httpPost', 'httpPut', 'httpPatch', 'httpDelete']);

/**
 * Every name a called member can have when the call starts a request: a method of a client (`axios.post`,
 * `got.get`, `needle.request`), or a member that is a client itself (`window.fetch`, `require('undici').request`,
 * `https.request`, `ky.default`). A call `x.m(...)` with any other statically written `m` is not a request.
 */
export const REQUEST_MEMBER_NAMES: ReadonlySet<string> = new Set([
  ...VERBS,
  ...INERTIA_VERBS,
  ...AXIOS_DATA_VERBS,
  ...AXIOS_NO_DATA_VERBS,
  REQUEST_METHOD,
  ...Object.values(CLIENT_EXPORTS),
  ...Object.values(GLOBAL_CLIENTS),
  ...DEFAULT_NAMES,
  AXIOS_DEFAULT,
  JQUERY_AJAX,
  APOLLO_MUTATE,
  TRPC_MUTATE_ASYNC,
  RAW_REQUEST,
  ...METEOR_CALLS,
  EMAILJS_SEND,
  ...METEOR_APPLIES,
  ...RTK_ENDPOINT_KINDS,
  SUPABASE_INVOKE,
  ...N8N_HELPERS.keys(),
  ...APP_HTTP_VERBS,
]);

/**
 * Cheap necessary condition of `httpRequestOf(call) !== null`, with no scope work: false for a member call whose
 * name is written statically (`a.b(...)`, `a['b'](...)`) and is not in `REQUEST_MEMBER_NAMES`.
 */
export function mayStartRequest(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return true;
  if (callee.computed && callee.property.type !== AST_NODE_TYPES.Literal) return true; // `a[k]`: name needs scope work
  const name = memberName(callee);
  return name !== null && REQUEST_MEMBER_NAMES.has(name);
}

/** `this.helpers.<name>` (also `this.helpers.request!`), written so: the helper's name when it is one of N8N_HELPERS. */
function n8nHelperName(node: Node): string | null {
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.computed || node.property.type !== AST_NODE_TYPES.Identifier || !N8N_HELPERS.has(node.property.name)) return null;
  const helpers = unwrap(node.object);
  const isHelpers =
    helpers.type === AST_NODE_TYPES.MemberExpression &&
    !helpers.computed &&
    helpers.property.type === AST_NODE_TYPES.Identifier &&
    helpers.property.name === 'helpers' &&
    unwrap(helpers.object).type === AST_NODE_TYPES.ThisExpression;
  return isHelpers ? node.property.name : null;
}

/** Does the file import n8n's packages (a node, or its helpers)? Read off the top-level imports once per file. */
const importsN8n = (sourceCode: SourceCode): boolean =>
  perFile(sourceCode, 'http-calls:n8n', () =>
    sourceCode.ast.body.some((statement) => statement.type === AST_NODE_TYPES.ImportDeclaration && N8N_MODULES.has(statement.source.value)),
  );

/**
 * A request an n8n node's helper sends (N8N_HELPERS): `this.helpers.httpRequest({ method: 'POST', url, body })`,
 * `this.helpers.requestWithAuthentication.call(this, 'stripeApi', { uri, form })`, in a file that imports n8n.
 * Undefined when the call is no such helper's.
 */
function n8nRequest(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, sourceCode: SourceCode): HttpRequest | null | undefined {
  const viaCall = !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier && callee.property.name === FUNCTION_CALL;
  const name = n8nHelperName(viaCall ? unwrap(callee.object) : callee);
  if (name === null || !importsN8n(sourceCode)) return undefined;
  const options = call.arguments[N8N_HELPERS.get(name)! + (viaCall ? 1 : 0)];
  if (!options || options.type === AST_NODE_TYPES.SpreadElement || !isObject(options, sourceCode)) return null;
  const request = optionsRequest('request', call, null, null, [options], sourceCode);
  if (!request) return null;
  const base = name.startsWith('http') ? property(options, 'baseURL', sourceCode) : null;
  return { ...request, client: 'n8n', ...(base ? { url: withBase(base, request.urlNode, sourceCode) } : {}) };
}

/** What an import / require of `name` from `source` gives, if it is an HTTP client. */
function moduleValue(source: string, name: string): Callable | null {
  const mod = source.replace(/^node:/, '');
  const isDefault = DEFAULT_NAMES.has(name);
  if (mod === 'axios' && (isDefault || name === CLIENT_EXPORTS.axios)) return { type: 'axios', config: null };
  if (mod === 'got' && (isDefault || name === CLIENT_EXPORTS.got)) return { type: 'got', config: null };
  if ((mod === 'ky' || mod === 'ky-universal') && isDefault) return { type: 'ky', config: null };
  if (REQUEST_MODULES.has(mod) && isDefault) return { type: 'request', config: null };
  if (mod === 'superagent' && isDefault) return { type: 'superagent' };
  if (mod === 'needle' && isDefault) return { type: 'needle' };
  if (FETCH_MODULES.has(mod) && (isDefault || name === CLIENT_EXPORTS.fetch)) return { type: 'fetch' };
  if (OFETCH_MODULES.has(mod) && OFETCH_EXPORTS.has(name)) return { type: 'ofetch' };
  if (JQUERY_MODULES.has(mod) && isDefault) return { type: 'jquery' };
  if (mod === MITHRIL_MODULE && isDefault) return { type: 'mithril' };
  if (mod === BACKBONE_MODULE && isDefault) return { type: 'backbone' };
  if (mod.startsWith(APEX_MODULE_PREFIX) && isDefault) return { type: 'apex', method: mod.slice(APEX_MODULE_PREFIX.length) };
  if (mod === METEOR_MODULE && name === METEOR) return { type: 'meteor' };
  if (EMAILJS_MODULES.has(mod) && (isDefault || name === EMAILJS_SEND)) return { type: 'emailjs', method: isDefault ? EMAILJS_SEND : null };
  if (mod === 'undici') {
    if (name === CLIENT_EXPORTS.fetch) return { type: 'fetch' };
    if (name === CLIENT_EXPORTS.request) return { type: 'undici-request' };
    return isDefault ? { type: 'namespace', module: 'undici' } : null;
  }
  if (mod === 'http' || mod === 'https') {
    if (name === CLIENT_EXPORTS.request) return { type: 'node-http-request', protocol: `${mod}:` };
    return isDefault ? { type: 'namespace', module: mod } : null;
  }
  if (mod === GRAPHQL_REQUEST && (name === CLIENT_EXPORTS.request || name === 'default')) return { type: 'graphql-request' };
  if (CAPACITOR_HTTP.get(mod) === name) return { type: 'capacitor' };
  // The wrapper's default instance (`import { HTTP } from '@awesome-cordova-plugins/http'`, `HTTP.post(…)`).
  if (INJECTED_CLIENTS.HTTP!.modules.has(mod) && name === 'HTTP') return { type: 'injected', client: 'cordova HTTP' };
  return null;
}

/** The module and export a called identifier is imported as (`useMutation` from `@apollo/client`), or null. */
function importedCallee(node: Node, sourceCode: SourceCode): { source: string; name: string } | null {
  const callee = unwrap(node);
  return callee.type === AST_NODE_TYPES.Identifier ? importedAs(callee, sourceCode) : null;
}

/**
 * What a GraphQL hook or constructor gives: `useApolloClient()` / `new ApolloClient(…)` a client, `new
 * GraphQLClient(url)` graphql-request's client with its URL; null for anything else.
 */
function graphqlClientValue(target: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: SourceCode): Callable | null {
  const imported = importedCallee(target.callee, sourceCode);
  if (!imported) return null;
  if (APOLLO_MODULES.has(imported.source)) {
    const made = target.type === AST_NODE_TYPES.NewExpression ? imported.name === 'ApolloClient' : imported.name === 'useApolloClient';
    return made ? { type: 'apollo-client' } : null;
  }
  if (imported.source === GRAPHQL_REQUEST && imported.name === 'GraphQLClient' && target.type === AST_NODE_TYPES.NewExpression) {
    const url = target.arguments[0];
    return { type: 'graphql-client', config: url && url.type !== AST_NODE_TYPES.SpreadElement ? url : null };
  }
  return null;
}

/** A hook that graphql-codegen generates for a mutation document (`useSaveCardMutation`), for Apollo or urql. */
const GENERATED_MUTATION_HOOK = /^use[A-Z0-9][A-Za-z0-9_]*Mutation$/;

/**
 * `const [save] = useMutation(DOC)` (Apollo) / `const [, save] = useMutation(DOC)` (urql): the mutate function. A
 * hook generated for one mutation (`const [save] = useSaveCardMutation()`) is either library's: its first element, when
 * called, is Apollo's mutate function (`{ variables }`), its second urql's (the variables).
 */
function mutateFunction(pattern: TSESTree.ArrayPattern, name: Node, init: Node, sourceCode: SourceCode): Callable | null {
  const call = unwrap(init);
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const index = pattern.elements.indexOf(name as TSESTree.DestructuringPattern);
  if (index !== 0 && index !== 1) return null;
  const imported = importedCallee(call.callee, sourceCode);
  if (imported?.name === 'useMutation') {
    if (APOLLO_MODULES.has(imported.source)) return index === 0 ? { type: 'graphql-mutate', client: 'Apollo Client', inOption: true } : null;
    if (URQL_MODULES.has(imported.source)) return index === 1 ? { type: 'graphql-mutate', client: 'urql', inOption: false } : null;
    if (imported.source === RELAY_MODULE) return index === 0 ? { type: 'graphql-mutate', client: 'Relay', inOption: true } : null;
    return null;
  }
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier || !GENERATED_MUTATION_HOOK.test(imported?.name ?? callee.name)) return null;
  return { type: 'graphql-mutate', client: 'GraphQL client', inOption: index === 0 };
}

/** `require('m')` → ['m', '*'], `require('m').x` → ['m', 'x'], `await import('m')` → ['m', '*']. */
function moduleOf(node: Node): [string, string] | null {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const inner = moduleOf(target.object);
    const name = memberName(target);
    return inner && inner[1] === '*' && name !== null ? [inner[0], name] : null;
  }
  if (target.type === AST_NODE_TYPES.AwaitExpression) return moduleOf(target.argument);
  if (target.type === AST_NODE_TYPES.ImportExpression) {
    return target.source.type === AST_NODE_TYPES.Literal && typeof target.source.value === 'string' ? [target.source.value, '*'] : null;
  }
  if (
    target.type === AST_NODE_TYPES.CallExpression &&
    target.callee.type === AST_NODE_TYPES.Identifier &&
    target.callee.name === 'require' &&
    target.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    typeof target.arguments[0].value === 'string'
  ) {
    return [target.arguments[0].value, '*'];
  }
  return null;
}

function isGlobal(id: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const variable = variableOf(id, sourceCode);
  return variable === null || variable.defs.length === 0;
}

/** Globals of frameworks that expose the page's jQuery as their `$`. */
const JQUERY_HOSTS: ReadonlySet<string> = new Set(['Ember', 'Backbone']);

/** The HTTP client an expression evaluates to. */
function clientValue(node: Node, sourceCode: SourceCode, depth: number): Callable | null {
  if (depth > MAX_DEPTH) return null;
  const target = unwrap(node);
  switch (target.type) {
    case AST_NODE_TYPES.Identifier:
      return identifierValue(target, sourceCode, depth);
    case AST_NODE_TYPES.MemberExpression: {
      const name = memberName(target, sourceCode);
      if (name === null) return null;
      const object = unwrap(target.object);
      if (object.type === AST_NODE_TYPES.ThisExpression) {
        const injected = injectedField(target, name, sourceCode);
        if (injected?.type === 'injected') return injected;
        // A client the class keeps in a field it sets itself (`private http = axios.create({ baseURL })`, `this.http =
        // axios.create(…)` in the constructor; real-world batch DD) is what it wrote, and only where it writes the field
        // once: a field set in two places (a client swapped for another) is unknown. Its type says less
        // (`private http: AxiosInstance`, then the configuration is unknown).
        const writes = fieldWrites(target, sourceCode);
        if (writes.length > 0) return (writes.length === 1 ? clientValue(writes[0]!, sourceCode, depth + 1) : null) ?? injected;
        if (injected) return injected;
        // A Vue 2 component's `this.$http` (vue-resource, or axios set on Vue's prototype): read as the app's own client.
        return name === ANGULARJS_HTTP ? { type: 'app-client', name: 'this.$http' } : null;
      }
      if (object.type === AST_NODE_TYPES.Identifier && GLOBAL_OBJECTS.has(object.name) && isGlobal(object, sourceCode)) {
        return name === GLOBAL_CLIENTS.fetch ? { type: 'fetch' } : name === GLOBAL_CLIENTS.axios ? { type: 'axios', config: null } : null;
      }
      // The jQuery that Ember and Backbone hand out: `Ember.$.post(…)`, `Backbone.$.ajax(…)` (real-world batch EH).
      if (name === '$' && object.type === AST_NODE_TYPES.Identifier && JQUERY_HOSTS.has(object.name) && isGlobal(object, sourceCode)) return { type: 'jquery' };
      const module = moduleOf(target);
      if (module) return moduleValue(module[0], module[1]);
      const base = clientValue(object, sourceCode, depth + 1);
      if (base?.type === 'namespace') return moduleValue(base.module, name);
      if (base?.type === 'axios' && name === AXIOS_DEFAULT) return base;
      return null;
    }
    case AST_NODE_TYPES.NewExpression:
      return isNewXhr(target, sourceCode) ? { type: 'xhr' } : graphqlClientValue(target, sourceCode);
    case AST_NODE_TYPES.AwaitExpression:
      return clientValue(target.argument, sourceCode, depth + 1);
    case AST_NODE_TYPES.CallExpression: {
      const module = moduleOf(target);
      // `require('../api').post(…)`: the app's own client, required in place.
      if (module) return moduleValue(module[0], module[1]) ?? (module[1] === '*' ? appClientValue(module[0], '', sourceCode) : null);
      // A factory of the file's: the client it returns (`const api = await makeClient()`).
      const made = returnedValueOfCall(target, sourceCode);
      const returned = made ? clientValue(made, sourceCode, depth + 1) : null;
      if (returned) return returned;
      // axios.create({ baseURL }), got.extend({ prefixUrl }), ky.create(...), request.defaults({ baseUrl })
      const callee = unwrap(target.callee);
      if (callee.type === AST_NODE_TYPES.Identifier && MAKES_CLIENT.test(callee.name)) {
        // `createHttpClient()` of the app's own client module (`@/shared/api`): the instance it makes.
        const factory = identifierValue(callee, sourceCode, depth + 1);
        if (factory?.type === 'app-client' && factory.verb === undefined) return { type: 'app-client', name: `${callee.name}()` };
      }
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return graphqlClientValue(target, sourceCode);
      const factory = memberName(callee, sourceCode);
      const base = clientValue(callee.object, sourceCode, depth + 1);
      if (!base || factory === null || !('config' in base) || !INSTANCE_FACTORIES[base.type]?.has(factory)) return null;
      const config = target.arguments[0];
      return { type: base.type, config: config && config.type !== AST_NODE_TYPES.SpreadElement ? config : base.config };
    }
    default:
      return null;
  }
}

function identifierValue(id: TSESTree.Identifier, sourceCode: SourceCode, depth: number): Callable | null {
  const variable = variableOf(id, sourceCode);
  if (!variable || variable.defs.length === 0) {
    if (id.name === 'fetch') return { type: 'fetch' };
    // Nuxt's auto-imported `$fetch`, `useFetch` and `useLazyFetch` (real-world batch 243).
    if (OFETCH_EXPORTS.has(id.name)) return { type: 'ofetch' };
    if (id.name === 'axios') return { type: 'axios', config: null };
    if (JQUERY_NAMES.has(id.name)) return { type: 'jquery' };
    if (id.name === METEOR) return { type: 'meteor' };
    // The globals of pages that load the libraries with a `<script>`.
    if (id.name === MITHRIL_GLOBAL) return { type: 'mithril' };
    if (id.name === BACKBONE_GLOBAL) return { type: 'backbone' };
    if (id.name === EMAILJS_GLOBAL) return { type: 'emailjs', method: EMAILJS_SEND };
    return null;
  }
  // `(http: HttpClient) => http.post(…)`
  const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
  // `jQuery(function ($) { $.ajax(…) })`, `(function ($) { … })(jQuery)`
  if (def && isJqueryParameter(def)) return { type: 'jquery' };
  if (def?.type === 'Parameter') {
    // `endpoints: (build) => ({ pay: build.mutation(…) })`
    const builder = rtkEndpointBuilder(def, sourceCode);
    if (builder) return builder;
    // AngularJS injects its services by the parameter's name: `controller('Pay', function ($scope, $http) {…})`.
    if (def.name.type === AST_NODE_TYPES.Identifier && def.name.name === ANGULARJS_HTTP) return { type: 'angularjs-http' };
    if (def.name.type === AST_NODE_TYPES.Identifier) {
      // ...else the client its default makes (`(http: HttpClient = createHttpClient()) => …`; real-world recall probe
      // B, 2026-12-07), where the function never assigns the parameter.
      const pattern = def.name.parent;
      const fromDefault = (): Callable | null =>
        pattern?.type === AST_NODE_TYPES.AssignmentPattern && pattern.left === def.name && isNeverReassigned(variable) ? clientValue(pattern.right, sourceCode, depth + 1) : null;
      return injectedType(def.name.typeAnnotation?.typeAnnotation, sourceCode) ?? fromDefault();
    }
  }
  // Once per variable and file: a client is referenced many times, and each look checks all its references.
  const memo = perFile(sourceCode, 'http-calls:variables', () => new WeakMap<TSESLint.Scope.Variable, Callable | null>());
  if (memo.has(variable)) return memo.get(variable)!;
  memo.set(variable, null); // cycles (`const a = b, b = a`) resolve to nothing
  const value = variableValue(variable, sourceCode, depth);
  memo.set(variable, value);
  return value;
}

function variableValue(variable: TSESLint.Scope.Variable, sourceCode: SourceCode, depth: number): Callable | null {
  if (variable.defs.length !== 1) return null;
  const def = variable.defs[0]!;
  if (def.type === 'ImportBinding') {
    const binding = importBinding(def);
    return binding ? (moduleValue(binding.source, binding.name) ?? appClientValue(binding.source, def.name.name, sourceCode, binding.name)) : null;
  }
  if (def.type !== 'Variable' || !def.node.init) return null;
  if (!isNeverReassigned(variable)) return null;
  const declarator = def.node;
  const init = declarator.init!;
  // `const api = require('../api')`, `const { request } = require('../request')`: the app's own client, as imported.
  const required = moduleOf(init);
  const appClient = (key?: string): Callable | null => (required && required[1] === '*' ? appClientValue(required[0], def.name.name, sourceCode, key) : null);
  if (declarator.id.type === AST_NODE_TYPES.Identifier) return clientValue(init, sourceCode, depth + 1) ?? appClient();
  if (declarator.id.type === AST_NODE_TYPES.ArrayPattern) return mutateFunction(declarator.id, def.name, init, sourceCode);
  // const { request } = require('undici'); const { default: axios } = await import('axios')
  if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern) return null;
  const property = declarator.id.properties.find(
    (p): p is PropertyOf<typeof p> =>
      p.type === AST_NODE_TYPES.Property &&
      (p.value === def.name || (p.value.type === AST_NODE_TYPES.AssignmentPattern && p.value.left === def.name)),
  );
  if (!property || property.computed) return null;
  const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : property.key.type === AST_NODE_TYPES.Literal ? String(property.key.value) : null;
  if (key === null) return null;
  if (required && required[1] === '*') return moduleValue(required[0], key) ?? appClient(key);
  const base = clientValue(init, sourceCode, depth + 1);
  return base?.type === 'namespace' ? moduleValue(base.module, key) : null;
}

/** A factory's name that says it makes an HTTP client: `createHttpClient`, `makeApiClient`, `getAxios`, `buildFetcher`. */
const MAKES_CLIENT = /^(?:create|make|build|get|new|init)\w*(?:axios|api|http|client|fetch)/i;

/** Names that say a module or an import is an HTTP client: `@/lib/axios`, `api`, `httpClient`, `~/services/fetcher`, `lib/Fetch`. */
const APP_CLIENT_NAME = /axios|api|http|client|fetch|request/i;

/**
 * An HTTP client instance the app makes in its own module and imports elsewhere (`import api from '@/lib/axios'`,
 * `import { http } from '~/services/http-client'`; real-world batch 98): an import from a local module whose path or
 * local name says a client. Its calls are read as axios instances' (`api.post(url, data)`), where their URL is written
 * as a path or an absolute URL (`appClientRequest`).
 */
function appClientValue(source: string, local: string, sourceCode: SourceCode, imported?: string): Callable | null {
  const named = APP_CLIENT_NAME.test(local) || APP_CLIENT_NAME.test(source.slice(source.lastIndexOf('/') + 1));
  if (!named || !isLocalSource(source, sourceCode)) return null;
  // `import { post } from './api'`, `const { post } = require('../api')`: the client's method, called alone.
  return imported !== undefined && (AXIOS_DATA_VERBS.has(imported) || AXIOS_NO_DATA_VERBS.has(imported))
    ? { type: 'app-client', name: local, verb: imported }
    : { type: 'app-client', name: local };
}

/**
 * `api.post('/payments', data)` on an app's own client: read as an axios instance's call, when its URL is written as a
 * path or an absolute URL (also after a base: `` `${API}/payments` ``), and named after the import.
 */
function appClientRequest(name: string, call: TSESTree.CallExpression, written: string | null, args: Arg[], sourceCode: SourceCode): HttpRequest | null {
  // (A service's verbs may say HTTP: `httpPost`, `httpGet`.)
  const verb = written !== null && APP_HTTP_VERBS.has(written) ? written.slice('http'.length).toLowerCase() : written;
  if (verb === null || (!AXIOS_DATA_VERBS.has(verb) && !AXIOS_NO_DATA_VERBS.has(verb))) return null;
  const request = axiosRequest(call, null, verb, args, sourceCode);
  if (!request?.url || !/^(?:\/|https?:\/\/|\u0000\/)/.test(request.url)) return null;
  return { ...request, client: `\`${name}\`` };
}

/**
 * The first parameter of the `endpoints` function of `createApi({ … })` (imported from Redux Toolkit Query) or of
 * `api.injectEndpoints({ … })`: the endpoint builder, with the base URL of a `fetchBaseQuery` the API is created with.
 */
function rtkEndpointBuilder(def: TSESLint.Scope.Definition, sourceCode: SourceCode): Callable | null {
  const fn = def.node;
  if ((fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) || fn.params[0] !== def.name) return null;
  const entry = fn.parent;
  if (entry?.type !== AST_NODE_TYPES.Property || entry.value !== fn || entry.computed || propertyKey(entry, sourceCode) !== 'endpoints') return null;
  const options = entry.parent;
  const call = options.parent;
  if (options.type !== AST_NODE_TYPES.ObjectExpression || call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== options) return null;
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) return memberName(callee, sourceCode) === RTK_INJECT ? { type: 'rtk-builder', base: null, known: false } : null;
  if (callee.type !== AST_NODE_TYPES.Identifier || !isRtkQueryExport(callee, 'createApi', sourceCode)) return null;
  const baseQuery = property(options, 'baseQuery', sourceCode);
  const made = baseQuery ? resolveValue(baseQuery, sourceCode) : null;
  if (made?.type !== AST_NODE_TYPES.CallExpression) return { type: 'rtk-builder', base: null, known: false };
  const maker = unwrap(made.callee);
  if (maker.type !== AST_NODE_TYPES.Identifier || !isRtkQueryExport(maker, 'fetchBaseQuery', sourceCode)) return { type: 'rtk-builder', base: null, known: false };
  return { type: 'rtk-builder', base: property(made.arguments[0] ?? null, 'baseUrl', sourceCode), known: true };
}

/** `id` is Redux Toolkit Query's export `name`, imported under any local name. */
function isRtkQueryExport(id: TSESTree.Identifier, name: string, sourceCode: SourceCode): boolean {
  const imported = importedAs(id, sourceCode);
  return imported !== null && imported.name === name && RTK_QUERY_MODULES.has(imported.source);
}

/** `build.mutation({ query: (card) => ({ url, method, body, params }) })`: the request `query` returns. */
function rtkRequest(
  call: TSESTree.CallExpression,
  builder: Extract<Callable, { type: 'rtk-builder' }>,
  verb: string | null,
  args: Arg[],
  sourceCode: SourceCode,
): HttpRequest | null {
  if (verb === null || !RTK_ENDPOINT_KINDS.has(verb)) return null;
  // An API made elsewhere (`injectEndpoints`) or with another base query: a relative URL goes to an unknown base.
  const urlOf = (url: Node | null): string | null => {
    const text = withBase(builder.base, url, sourceCode);
    return builder.known || text === null || ABSOLUTE_URL.test(text) ? text : `${URL_HOLE}${text.startsWith('/') ? '' : '/'}${text}`;
  };
  const query = property(args[0] ?? null, 'query', sourceCode);
  const fn = query ? resolveValue(query, sourceCode) : null;
  if (fn?.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn?.type !== AST_NODE_TYPES.FunctionExpression) return null;
  const returned = returnedExpression(fn);
  if (!returned) return null;
  if (!isObject(returned, sourceCode)) {
    return { client: 'RTK Query', call, url: urlOf(returned), method: 'GET', bodies: [], urlNode: returned, queries: [] };
  }
  const url = property(returned, 'url', sourceCode);
  const body = property(returned, 'body', sourceCode);
  return {
    client: 'RTK Query',
    call,
    url: urlOf(url),
    method: upper(stringProperty(returned, 'method', sourceCode)) ?? (body ? null : 'GET'),
    bodies: body ? [body] : [],
    urlNode: url,
    queries: present(property(returned, 'params', sourceCode)),
  };
}

/** What a function returns: its expression body, or the argument of the one `return` its block ends with. */
function returnedExpression(fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression): Node | null {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return fn.body;
  const last = fn.body.body[fn.body.body.length - 1];
  return last?.type === AST_NODE_TYPES.ReturnStatement && last.argument ? last.argument : null;
}

/** A type annotation naming an injected client imported from its module (`HttpClient` from @angular/common/http). */
function injectedType(type: TSESTree.TypeNode | undefined, sourceCode: SourceCode): Callable | null {
  const name = typeReferenceName(type);
  return name && injectedClass(name, sourceCode);
}

function injectedClass(name: TSESTree.Identifier, sourceCode: SourceCode): Callable | null {
  // By the name it is exported as (`import { HTTP as NativeHttp } from '@ionic-native/http'`).
  const imported = importedAs(name, sourceCode);
  const exported = imported?.name ?? name.name;
  const known = Object.hasOwn(INJECTED_CLIENTS, exported) ? INJECTED_CLIENTS[exported] : undefined;
  if (known) {
    const source = imported?.source ?? importSourceOf(name, sourceCode);
    return source !== null && known.modules.has(source) ? { type: 'injected', client: known.client } : null;
  }
  // A client instance handed in, typed by its library's type (`constructor(private http: AxiosInstance)`): the
  // library's calls, with an unknown configuration.
  const typed = Object.hasOwn(TYPED_INSTANCES, name.name) ? TYPED_INSTANCES[name.name] : undefined;
  if (typed) return importSourceOf(name, sourceCode) === typed ? { type: typed, config: null } : null;
  // The app's own HTTP service injected by its class (`constructor(private api: ApisService)` of
  // `src/app/services/apis.service`; real-world batch 334): read as an app client (`appClientValue`).
  const source = imported?.source ?? null;
  return source !== null && APP_CLIENT_NAME.test(name.name) && isLocalSource(source, sourceCode) ? { type: 'app-client', name: '' } : null;
}
const TYPED_INSTANCES: Readonly<Record<string, 'axios' | 'got' | 'ky'>> = { AxiosInstance: 'axios', AxiosStatic: 'axios', Got: 'got', KyInstance: 'ky' };

/**
 * The classes `this.<name>` is injected as in its class: the type named by a field's or a constructor parameter
 * property's annotation (`constructor(private http: HttpClient)`), and the class a field is initialised with by
 * Angular's `inject(HttpClient)`. Each is the identifier written, for the caller to check against its module.
 */
export function injectedClassNames(member: TSESTree.MemberExpression, name: string, sourceCode: SourceCode): TSESTree.Identifier[] {
  const classBody = enclosingClassBody(member);
  if (!classBody) return [];
  const names: TSESTree.Identifier[] = [];
  for (const element of classBody.body) {
    if (element.type === AST_NODE_TYPES.PropertyDefinition && classMemberName(element) === name) {
      const typed = typeReferenceName(element.typeAnnotation?.typeAnnotation);
      if (typed) names.push(typed);
      const init = element.value && unwrap(element.value);
      const injected = init?.type === AST_NODE_TYPES.CallExpression && init.arguments[0]?.type === AST_NODE_TYPES.Identifier ? init.arguments[0] : null;
      const callee = init?.type === AST_NODE_TYPES.CallExpression ? unwrap(init.callee) : null;
      if (injected && callee?.type === AST_NODE_TYPES.Identifier && callee.name === 'inject' && importSourceOf(callee, sourceCode) === '@angular/core') {
        names.push(injected);
      }
    }
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor') {
      const typed = typeReferenceName(parameterProperty(element.value, name)?.typeAnnotation?.typeAnnotation);
      if (typed) names.push(typed);
    }
  }
  return names;
}

/** `this.http` in a class, injected as a client (`injectedClassNames`). */
function injectedField(member: TSESTree.MemberExpression, name: string, sourceCode: SourceCode): Callable | null {
  for (const id of injectedClassNames(member, name, sourceCode)) {
    const client = injectedClass(id, sourceCode);
    if (client) return client;
  }
  return null;
}

/**
 * The request a call starts, if the call is an HTTP client call. Read once per call, whichever rules ask (no-raw-card-data
 * for its payload, require-https-stripe-urls for the callback URLs of a request to Stripe's REST API, card-data for a
 * value sent as a body).
 */
export function httpRequestOf(call: TSESTree.CallExpression, sourceCode: SourceCode): HttpRequest | null {
  if (!mayStartRequest(call)) return null;
  const memo = perFile(sourceCode, 'http-calls:requests', () => new WeakMap<TSESTree.CallExpression, HttpRequest | null>());
  let request = memo.get(call);
  if (request === undefined) {
    request = requestOfCall(call, sourceCode);
    memo.set(call, request);
  }
  return request;
}

function requestOfCall(call: TSESTree.CallExpression, sourceCode: SourceCode): HttpRequest | null {
  const callee = unwrap(call.callee);
  let callable: Callable | null;
  let verb: string | null = null;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(callee, sourceCode);
    if (name === null) return null;
    if (name === SUPABASE_INVOKE) return supabaseFunctionCall(call, callee.object, sourceCode);
    if (name === FUNCTION_CALL || N8N_HELPERS.has(name)) {
      const request = n8nRequest(call, callee, sourceCode);
      if (request !== undefined) return request;
    }
    if (name === APOLLO_MUTATE || name === TRPC_MUTATE_ASYNC) {
      const procedure = trpcMutation(callee.object, name, sourceCode);
      if (procedure !== null) {
        const [input] = call.arguments;
        const bodies = input && input.type !== AST_NODE_TYPES.SpreadElement ? [input] : [];
        return { client: 'tRPC', call, url: null, method: 'POST', bodies, urlNode: null, queries: [], trpcProcedure: procedure };
      }
    }
    if (INERTIA_VERBS.has(name) && mentionsInertia(sourceCode)) {
      const visit = inertiaVisit(call, callee.object, name, sourceCode);
      if (visit) return visit;
    }
    ({ callable, verb } = memberCallable(callee, name, sourceCode));
  } else {
    // `const { post } = useForm({ … })`: the form's own method, called alone.
    const visit = callee.type === AST_NODE_TYPES.Identifier && INERTIA_VERBS.has(callee.name) && mentionsInertia(sourceCode) ? destructuredInertiaVisit(call, callee, sourceCode) : null;
    if (visit) return visit;
    callable = clientValue(callee, sourceCode, 0);
    // `const post = util.promisify(request.post)`: the wrapped client method, called without its callback.
    const wrapped = callable === null ? promisifiedFunction(callee, sourceCode) : null;
    if (wrapped?.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberName(wrapped, sourceCode);
      if (name !== null) ({ callable, verb } = memberCallable(wrapped, name, sourceCode));
    } else if (wrapped) callable = clientValue(wrapped, sourceCode, 0);
  }
  if (!callable) return null;
  const args = call.arguments.map((a) => (a.type === AST_NODE_TYPES.SpreadElement ? null : a));
  switch (callable.type) {
    case 'fetch':
      return verb === null ? fetchLike('fetch', call, args[0] ?? null, args[1] ?? null, sourceCode) : null;
    case 'ofetch':
      return verb === null ? fetchLike('$fetch', call, args[0] ?? null, args[1] ?? null, sourceCode) : null;
    case 'undici-request':
      return verb === null ? fetchLike('undici', call, args[0] ?? null, args[1] ?? null, sourceCode) : null;
    case 'axios':
      return axiosRequest(call, callable.config, verb, args, sourceCode);
    case 'app-client':
      // (A client without a name, `require('../api')`, is named as the call writes it: `api` of `const api = …`.)
      return appClientRequest(callable.name || sourceCode.getText(callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : callee), call, verb ?? callable.verb ?? null, args, sourceCode);
    case 'got':
    case 'ky':
    case 'request':
      return optionsRequest(callable.type, call, callable.config, verb, args, sourceCode);
    case 'superagent':
      return superagentRequest(call, verb, args, sourceCode);
    case 'needle':
      return needleRequest(call, verb, args, sourceCode);
    case 'node-http-request':
      return verb === null ? nodeHttpRequest(call, callable.protocol, args, sourceCode) : null;
    case 'jquery':
      return jqueryRequest(call, verb, args, sourceCode);
    case 'backbone': {
      const request = verb === JQUERY_AJAX ? jqueryRequest(call, verb, args, sourceCode) : null;
      return request && { ...request, client: 'Backbone.ajax' };
    }
    case 'mithril':
      return verb === REQUEST_METHOD ? mithrilRequest(call, args, sourceCode) : null;
    case 'meteor':
      return meteorMethodCall(call, verb, args, sourceCode);
    case 'apex':
      // `setPayment({ cardNumber, cvv })`: its one argument, the method's parameters, goes to the org's server.
      return verb === null && args[0] ? { client: 'Apex', call, url: null, method: null, bodies: [args[0]], urlNode: null, queries: [], apexMethod: callable.method } : null;
    case 'xhr':
      return verb === XHR_SEND && callee.type === AST_NODE_TYPES.MemberExpression ? xhrRequest(call, callee.object, args, sourceCode) : null;
    case 'emailjs':
      // send(serviceId, templateId, templateParams): the parameters are the body.
      if (verb !== callable.method || !args[2]) return null;
      return { client: 'EmailJS', call, url: EMAILJS_URL, method: 'POST', bodies: [args[2]], urlNode: null, queries: [] };
    case 'injected':
      return injectedRequest(callable.client, call, verb, args, sourceCode);
    case 'capacitor':
      return capacitorRequest(call, verb, args, sourceCode);
    case 'angularjs-http': {
      // `$http(config)`, `$http.post(url, data, config)`, `$http.get(url, config)`: axios's shapes, without its `request`
      // and form methods.
      if (verb === REQUEST_METHOD || verb?.endsWith('Form')) return null;
      const request = axiosRequest(call, null, verb, args, sourceCode);
      return request && { ...request, client: '$http' };
    }
    case 'graphql-mutate':
    case 'apollo-client':
    case 'graphql-request':
    case 'graphql-client':
      return graphqlRequest(callable, call, verb, args, sourceCode);
    case 'rtk-builder':
      return rtkRequest(call, callable, verb, args, sourceCode);
    default:
      return null;
  }
}

/**
 * What a client method `member` (named `name`) is: a method of a client instance (`api.post`: the client, and `post`
 * its verb), or a module's function (`https.request`, `undici.request`, `window.fetch`: that function, no verb).
 */
function memberCallable(member: TSESTree.MemberExpression, name: string, sourceCode: SourceCode): { callable: Callable | null; verb: string | null } {
  const base = clientValue(member.object, sourceCode, 0);
  return base && base.type !== 'namespace' ? { callable: base, verb: name } : { callable: clientValue(member, sourceCode, 0), verb: null };
}

/**
 * The function a const holds a promisified copy of: `util.promisify(request.post)`, `promisify(request)` (Node's util,
 * `pify`), Bluebird's `Promise.promisify(needle.post)`. Null for anything else.
 */
function promisifiedFunction(node: Node, sourceCode: SourceCode): Node | null {
  const wrapped = promisifyingCall(node, sourceCode)?.arguments[0];
  return wrapped && wrapped.type !== AST_NODE_TYPES.SpreadElement ? unwrap(wrapped) : null;
}

/** The tRPC packages whose functions make a client: vanilla, React Query's and Next.js's. */
const TRPC_CLIENT_MAKERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['@trpc/client', new Set(['createTRPCClient', 'createTRPCProxyClient'])],
  ['@trpc/react-query', new Set(['createTRPCReact'])],
  ['@trpc/next', new Set(['createTRPCNext'])],
]);
/** A module path that names tRPC (`~/trpc/react`, `@/utils/trpc`, `../lib/trpc-client`). */
const TRPC_MODULE = /(?:^|[/@~#._-])trpc(?:$|[/._-])/i;

/**
 * The procedure a tRPC mutation calls, for `receiver.mutate(input)` / `.mutateAsync(input)` (real-world batch ES: the
 * usual transport of T3 and Turborepo apps): a vanilla client's procedure path (`trpc.billing.pay.mutate(input)`), or
 * what a procedure's `useMutation()` returns (`const pay = api.billing.pay.useMutation(); pay.mutate(input)`, also
 * chained). The client is one the file makes with tRPC's functions, or one imported from a module whose path names
 * tRPC (`import { api } from '~/trpc/react'`). Null for anything else (Apollo's `client.mutate`, React Query's own
 * `useMutation`).
 */
function trpcMutation(receiver: Node, verb: string, sourceCode: SourceCode): string | null {
  let target = unwrap(receiver);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(target, sourceCode);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (def?.type !== 'Variable' || def.node.id !== def.name || !def.node.init) return null;
    target = unwrap(def.node.init);
  }
  let path: Node = target;
  if (target.type === AST_NODE_TYPES.CallExpression) {
    const hook = unwrap(target.callee);
    if (hook.type !== AST_NODE_TYPES.MemberExpression || memberName(hook) !== 'useMutation') return null;
    path = hook.object;
  } else if (verb === TRPC_MUTATE_ASYNC) return null; // a vanilla client has `mutate` only
  const names: string[] = [];
  let root = unwrap(path);
  for (; root.type === AST_NODE_TYPES.MemberExpression && names.length < MAX_DEPTH; root = unwrap(root.object)) {
    const name = memberName(root);
    if (name === null) return null;
    names.unshift(name);
  }
  return names.length > 0 && root.type === AST_NODE_TYPES.Identifier && isTrpcClient(root, sourceCode) ? names.join('.') : null;
}

/** A tRPC client (`trpcMutation`): made in the file with tRPC's functions, or imported from a module that names tRPC. */
function isTrpcClient(id: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const def = variableOf(id, sourceCode)?.defs[0];
  if (def?.type === 'ImportBinding') {
    const binding = importBinding(def);
    return binding !== null && !TRPC_CLIENT_MAKERS.has(binding.source) && TRPC_MODULE.test(binding.source);
  }
  if (def?.type !== 'Variable' || !def.node.init) return false;
  const init = unwrap(def.node.init);
  if (init.type !== AST_NODE_TYPES.CallExpression) return false;
  const maker = importedCallee(init.callee, sourceCode);
  return maker !== null && TRPC_CLIENT_MAKERS.get(maker.source)?.has(maker.name) === true;
}

/** A GraphQL operation whose variables are its body (see the module comment for the shapes). */
function graphqlRequest(
  callable: Extract<Callable, { type: 'graphql-mutate' | 'apollo-client' | 'graphql-request' | 'graphql-client' }>,
  call: TSESTree.CallExpression,
  verb: string | null,
  args: Arg[],
  sourceCode: SourceCode,
): HttpRequest | null {
  const request = (client: HttpClient, url: Node | null, variables: Node | null): HttpRequest => ({
    client,
    call,
    url: url ? urlText(url, sourceCode) : null,
    method: 'POST',
    bodies: variables ? [variables] : [],
    urlNode: null,
    queries: [],
    graphql: true,
  });
  const [first = null, second = null, third = null] = args;
  switch (callable.type) {
    case 'graphql-mutate':
      if (verb !== null) return null;
      return request(callable.client, null, callable.inOption ? property(first, 'variables', sourceCode) : first);
    case 'apollo-client':
      return verb === APOLLO_MUTATE ? request('Apollo Client', null, property(first, 'variables', sourceCode)) : null;
    case 'graphql-request':
      // request(url, document, variables) / request({ url, document, variables })
      if (verb !== null) return null;
      return isObject(first, sourceCode)
        ? request(GRAPHQL_REQUEST, property(first, 'url', sourceCode), property(first, 'variables', sourceCode))
        : request(GRAPHQL_REQUEST, first, third);
    case 'graphql-client':
      if (verb !== CLIENT_EXPORTS.request && verb !== RAW_REQUEST) return null;
      return isObject(first, sourceCode)
        ? request(GRAPHQL_REQUEST, callable.config, property(first, 'variables', sourceCode))
        : request(GRAPHQL_REQUEST, callable.config, second);
  }
}

/** `new XMLHttpRequest()` (also `new window.XMLHttpRequest()`) of the global. */
function isNewXhr(node: TSESTree.NewExpression, sourceCode: SourceCode): boolean {
  const callee = unwrap(node.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return (callee.name === XHR && isGlobal(callee, sourceCode)) || isXhrPolyfill(callee, sourceCode);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee, sourceCode) !== XHR) return false;
  const object = unwrap(callee.object);
  return object.type === AST_NODE_TYPES.Identifier && GLOBAL_OBJECTS.has(object.name) && isGlobal(object, sourceCode);
}

/** Node's XMLHttpRequest polyfills, by module: the export that is the constructor (`*`: the module itself). */
const XHR_POLYFILLS: ReadonlyMap<string, string> = new Map([
  ['xmlhttprequest', XHR],
  ['xmlhttprequest-ssl', XHR],
  ['xhr2', '*'],
]);

/**
 * A constructor of a polyfill (real-world batch 266: a gateway client's `var XMLHttpRequest =
 * require('xmlhttprequest').XMLHttpRequest`): imported, required, or taken out of the required module by name.
 */
function isXhrPolyfill(id: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const variable = variableOf(id, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  const is = (source: string, name: string): boolean => {
    const wanted = XHR_POLYFILLS.get(source);
    return wanted !== undefined && (name === wanted || (wanted === '*' && name === 'default'));
  };
  if (def?.type === 'ImportBinding') {
    const binding = importBinding(def);
    return binding ? is(binding.source, binding.name) : false;
  }
  if (def?.type !== 'Variable' || !def.node.init || !isNeverReassigned(variable!)) return false;
  const module = moduleOf(def.node.init);
  if (!module) return false;
  if (def.node.id.type === AST_NODE_TYPES.Identifier) return is(module[0], module[1]);
  if (def.node.id.type !== AST_NODE_TYPES.ObjectPattern || module[1] !== '*') return false;
  return def.node.id.properties.some((p) => p.type === AST_NODE_TYPES.Property && p.value === def.name && !p.computed && propertyKey(p, sourceCode) === XHR && is(module[0], XHR));
}

/**
 * `xhr.send(body)` on a request the code made: its method and URL are those of the last `xhr.open(method, url)` on the
 * same variable before the `send` in the source (none: unknown, as a URL computed at run time is).
 */
function xhrRequest(call: TSESTree.CallExpression, receiver: Node, args: Arg[], sourceCode: SourceCode): HttpRequest | null {
  const target = unwrap(receiver);
  const variable = target.type === AST_NODE_TYPES.Identifier ? variableOf(target, sourceCode) : null;
  if (!variable) return null;
  let open: TSESTree.CallExpression | null = null;
  for (const reference of variable.references) {
    const member = reference.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier || memberName(member, sourceCode) !== XHR_OPEN) continue;
    const opened = member.parent;
    if (opened?.type !== AST_NODE_TYPES.CallExpression || opened.callee !== member || opened.range[1] > call.range[0]) continue;
    if (!open || opened.range[0] > open.range[0]) open = opened;
  }
  const [methodArg, urlArg] = (open?.arguments ?? []).map((a) => (a.type === AST_NODE_TYPES.SpreadElement ? null : a));
  const method = methodArg ? (staticString(methodArg, sourceCode)?.toUpperCase() ?? null) : null;
  const body = args[0];
  return { client: 'XMLHttpRequest', call, url: urlArg ? urlText(urlArg, sourceCode) : null, method, bodies: body ? [body] : [], urlNode: urlArg ?? null, queries: [] };
}

/**
 * `supabase.functions.invoke('save-card', { body, method, headers })` on a Supabase client: a request to the app's own
 * Edge Function (`<project>/functions/v1/save-card`), POST unless `method` says otherwise, its `body` the body.
 */
function supabaseFunctionCall(call: TSESTree.CallExpression, receiver: Node, sourceCode: SourceCode): HttpRequest | null {
  const functions = unwrap(receiver);
  if (functions.type !== AST_NODE_TYPES.MemberExpression || memberName(functions, sourceCode) !== SUPABASE_FUNCTIONS) return null;
  if (!isSupabaseClient(functions.object, sourceCode)) return null;
  const [name, options] = call.arguments.map((a) => (a.type === AST_NODE_TYPES.SpreadElement ? null : a));
  const body = property(options ?? null, 'body', sourceCode);
  return {
    client: 'Supabase',
    call,
    url: null,
    method: upper(stringProperty(options ?? null, 'method', sourceCode)) ?? 'POST',
    bodies: body ? [body] : [],
    urlNode: null,
    queries: [],
    supabaseFunction: name ? staticString(name, sourceCode) : null,
  };
}

/** `Meteor.call('createCustomer', customer, callback)`: the arguments after the name (not a last callback) are its bodies. */
function meteorMethodCall(call: TSESTree.CallExpression, verb: string | null, args: Arg[], sourceCode: SourceCode): HttpRequest | null {
  if (verb === null || (!METEOR_CALLS.has(verb) && !METEOR_APPLIES.has(verb))) return null;
  const [name = null, ...rest] = args;
  let bodies: Arg[];
  if (METEOR_CALLS.has(verb)) {
    const last = rest.at(-1);
    bodies = last && (last.type === AST_NODE_TYPES.ArrowFunctionExpression || last.type === AST_NODE_TYPES.FunctionExpression) ? rest.slice(0, -1) : rest;
  } else {
    const list = rest[0] ? unwrap(rest[0]) : null;
    bodies = list?.type === AST_NODE_TYPES.ArrayExpression ? list.elements.map((e) => (e && e.type !== AST_NODE_TYPES.SpreadElement ? e : null)) : [];
  }
  return {
    client: 'Meteor',
    call,
    url: null,
    method: null,
    bodies: bodies.filter((body): body is Node => body !== null),
    urlNode: null,
    queries: [],
    meteorMethod: name ? staticString(name, sourceCode) : null,
  };
}

/** `$.ajax(settings)`, `$.ajax(url, settings)` (`type` / `method`, `data`), `$.post(url, data)`, `$.get(url, data)`. */
function jqueryRequest(call: TSESTree.CallExpression, verb: string | null, args: Arg[], sourceCode: SourceCode): HttpRequest | null {
  if (verb === JQUERY_AJAX) {
    const settings = isObject(args[0] ?? null, sourceCode) ? (args[0] ?? null) : (args[1] ?? null);
    const url = settings === args[0] ? property(settings, 'url', sourceCode) : (args[0] ?? null);
    const data = property(settings, 'data', sourceCode);
    const method = upper(stringProperty(settings, 'type', sourceCode) ?? stringProperty(settings, 'method', sourceCode)) ?? 'GET';
    return { client: 'jQuery', call, url: url ? urlText(url, sourceCode) : null, method, bodies: data ? [data] : [], urlNode: url, queries: [] };
  }
  if (verb !== 'post' && verb !== 'get') return null;
  const [url = null, data = null] = args;
  // `$.post(url, success)`: a callback, not data
  const body = data && data.type !== AST_NODE_TYPES.ArrowFunctionExpression && data.type !== AST_NODE_TYPES.FunctionExpression ? data : null;
  return { client: 'jQuery', call, url: url ? urlText(url, sourceCode) : null, method: verb.toUpperCase(), bodies: body ? [body] : [], urlNode: url, queries: [] };
}

/** Does the file name Inertia (its packages, `Inertia`, `this.$inertia`)? Read once per file, at its first call so named. */
const mentionsInertia = (sourceCode: SourceCode): boolean => perFile(sourceCode, 'http-calls:inertia', () => namesInertia(sourceCode.text));
const namesInertia = textFinder(['inertia', 'Inertia']);

/**
 * A visit of Inertia's (real-world batch HD: Laravel apps' card forms) to the app's own server: the router's
 * `router.post(url, data)` / `put` / `patch`, `router.visit(url, { method, data })` (also version 0's `Inertia`, Vue's
 * `this.$inertia`), and a form's `form.post(url)` / `put` / `patch` / `submit(method, url)`, which sends the form's
 * data (`inertiaFormData`; the form as written is the body: `form`, `this.form`). Null for anything else.
 */
function inertiaVisit(call: TSESTree.CallExpression, receiver: Node, verb: string, sourceCode: SourceCode): HttpRequest | null {
  if (isInertiaRouter(receiver, sourceCode)) {
    if (verb === 'submit') return null;
    const [url = null, second = null] = call.arguments.map((a) => (a.type === AST_NODE_TYPES.SpreadElement ? null : a));
    const data = verb === 'visit' ? property(second, 'data', sourceCode) : second;
    const method = verb === 'visit' ? (upper(stringProperty(second, 'method', sourceCode)) ?? 'GET') : verb.toUpperCase();
    return inertiaRequest(call, url, method, data, sourceCode);
  }
  return verb !== 'visit' && isInertiaForm(receiver, sourceCode) ? formVisit(call, verb, receiver, sourceCode) : null;
}

/** A form's `post(url)` / `put` / `patch`, or `submit(method, url)`: it sends the form, `form`. */
function formVisit(call: TSESTree.CallExpression, verb: string, form: Node, sourceCode: SourceCode): HttpRequest {
  const args = call.arguments.map((a) => (a.type === AST_NODE_TYPES.SpreadElement ? null : a));
  const [url = null] = verb === 'submit' ? args.slice(1) : args;
  const method = verb === 'submit' ? upper(args[0] ? staticString(args[0], sourceCode) : null) : verb.toUpperCase();
  return inertiaRequest(call, url, method, form, sourceCode);
}

/** Is the receiver an Inertia form (`inertiaFormData`): a const set to one, or `this.form` of a Vue component's `data()`? */
function isInertiaForm(receiver: Node, sourceCode: SourceCode): boolean {
  const target = unwrap(receiver);
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(target);
    const values = name !== null && unwrap(target.object).type === AST_NODE_TYPES.ThisExpression ? vueDataValues(target, name, sourceCode) : [];
    return values.some((value) => inertiaFormData(value, sourceCode) !== null);
  }
  const variable = target.type === AST_NODE_TYPES.Identifier ? variableOf(target, sourceCode) : null;
  const init = variable ? constInit(variable) : null;
  return init !== null && inertiaFormData(init, sourceCode) !== null;
}

/** `post(url)` of `const { post } = useForm({ … })`: the form (the `useForm` call) is the body (limitation: not under another name). */
function destructuredInertiaVisit(call: TSESTree.CallExpression, callee: TSESTree.Identifier, sourceCode: SourceCode): HttpRequest | null {
  const verb = callee.name;
  if (verb === 'visit') return null;
  const def = variableOf(callee, sourceCode)?.defs[0];
  if (def?.type !== 'Variable' || def.node.id.type !== AST_NODE_TYPES.ObjectPattern || !def.node.init) return null;
  const element = def.node.id.properties.find((p) => p.type === AST_NODE_TYPES.Property && p.value === def.name);
  const form = def.node.init;
  if (element?.type !== AST_NODE_TYPES.Property || propertyKey(element, sourceCode) !== verb || inertiaFormData(form, sourceCode) === null) return null;
  return formVisit(call, verb, form, sourceCode);
}

function inertiaRequest(call: TSESTree.CallExpression, url: Node | null, method: string | null, body: Node | null, sourceCode: SourceCode): HttpRequest {
  return { client: 'Inertia', call, url: url ? urlText(url, sourceCode) : null, method, bodies: present(body), urlNode: url, queries: [] };
}

/**
 * Mithril's `m.request(options)` / `m.request(url, options)`: `method` (GET by default), `url`, the body in `body`
 * (Mithril 2) or `data` (Mithril 0.2 and 1, where a GET sends it as the query), the query in `params`.
 */
function mithrilRequest(call: TSESTree.CallExpression, args: Arg[], sourceCode: SourceCode): HttpRequest | null {
  const options = isObject(args[0] ?? null, sourceCode) ? (args[0] ?? null) : isObject(args[1] ?? null, sourceCode) ? (args[1] ?? null) : null;
  const url = options === args[0] ? property(options, 'url', sourceCode) : (args[0] ?? null);
  return {
    client: 'Mithril',
    call,
    url: url ? urlText(url, sourceCode) : null,
    method: upper(stringProperty(options, 'method', sourceCode)) ?? 'GET',
    bodies: present(property(options, 'body', sourceCode) ?? property(options, 'data', sourceCode)),
    urlNode: url,
    queries: present(property(options, 'params', sourceCode)),
  };
}

/**
 * Capacitor's native HTTP: one options object, `{ url, method?, data?, params? }`, given to `request` or to a verb's
 * method (`CapacitorHttp.post({ url, data })`).
 */
function capacitorRequest(call: TSESTree.CallExpression, verb: string | null, args: Arg[], sourceCode: SourceCode): HttpRequest | null {
  const options = args[0] ?? null;
  if (verb === null || (verb !== REQUEST_METHOD && !VERBS.has(verb)) || !isObject(options, sourceCode)) return null;
  const url = property(options, 'url', sourceCode);
  const data = property(options, 'data', sourceCode);
  return {
    client: 'CapacitorHttp',
    call,
    url: url ? urlText(url, sourceCode) : null,
    method: verb === REQUEST_METHOD ? (upper(stringProperty(options, 'method', sourceCode)) ?? 'GET') : verb.toUpperCase(),
    bodies: data ? [data] : [],
    urlNode: url,
    queries: present(property(options, 'params', sourceCode)),
  };
}

/**
 * Angular's `HttpClient` (and `Http`), NestJS's `HttpService`, the cordova HTTP plugin's `HTTP`: `post(url, body,
 * options)`, `get(url, options)`, `request(method, url, { body })`.
 */
function injectedRequest(
  client: InjectedClient,
  call: TSESTree.CallExpression,
  verb: string | null,
  args: Arg[],
  sourceCode: SourceCode,
): HttpRequest | null {
  if (verb === null) return null;
  if (verb === REQUEST_METHOD) {
    const [method = null, url = null, options = null] = args;
    const body = property(options, 'body', sourceCode) ?? property(options, 'data', sourceCode);
    return {
      client,
      call,
      url: url ? urlText(url, sourceCode) : null,
      method: upper(method ? staticString(method, sourceCode) : null),
      bodies: body ? [body] : [],
      urlNode: url,
      queries: present(property(options, 'params', sourceCode)),
    };
  }
  if (!VERBS.has(verb)) return null;
  const url = args[0] ?? null;
  const sendsBody = INJECTED_DATA_VERBS.has(verb);
  const body = sendsBody ? (args[1] ?? null) : null;
  const options = (sendsBody ? args[2] : args[1]) ?? null;
  return {
    client,
    call,
    url: url ? urlText(url, sourceCode) : null,
    method: verb.toUpperCase(),
    bodies: body ? [body] : [],
    urlNode: url,
    queries: present(property(options, 'params', sourceCode)),
  };
}

type Arg = Node | null;

const upper = (text: string | null): string | null => (text === null ? null : text.toUpperCase());
const present = (node: Node | null): Node[] => (node === null ? [] : [node]);

function property(config: Arg, key: string, sourceCode: SourceCode): Node | null {
  if (!config) return null;
  const entry = objectEntry(config, sourceCode, key);
  if (entry) return entry.value;
  // A request's option spread only when a condition holds (`...(body && { body: JSON.stringify(body) })`, real-world
  // batch 99: a helper that sends a body only when given one) may be sent: the last such spread that sets the key.
  const object = resolveValue(config, sourceCode);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return null;
  for (let i = object.properties.length - 1; i >= 0; i--) {
    const spread = object.properties[i]!;
    const optional = spread.type === AST_NODE_TYPES.SpreadElement ? optionalObject(spread.argument) : null;
    const value = optional ? objectEntry(optional, sourceCode, key)?.value : undefined;
    if (value) return value;
  }
  return null;
}

/**
 * The values of `key` in what the file's calls hand a helper's options parameter, where `config` is that parameter or
 * spreads it (`function request(url, options) { return fetch(url, { headers, ...options }) }` called with `{ method,
 * body }`): each caller's `body`. Empty for any other config.
 */
function passedProperties(config: Arg, key: string, sourceCode: SourceCode): Map<Node, TSESTree.CallExpression> {
  const values = new Map<Node, TSESTree.CallExpression>();
  if (!config) return values;
  const target = unwrap(config);
  const parameters: TSESTree.Identifier[] = [];
  if (target.type === AST_NODE_TYPES.Identifier) parameters.push(target);
  else if (target.type === AST_NODE_TYPES.ObjectExpression) {
    for (const element of target.properties) {
      const spread = element.type === AST_NODE_TYPES.SpreadElement ? unwrap(element.argument) : null;
      if (spread?.type === AST_NODE_TYPES.Identifier) parameters.push(spread);
    }
  }
  for (const parameter of parameters) {
    for (const arg of passedInArguments(parameter, sourceCode) ?? []) {
      const value = objectEntry(arg, sourceCode, key)?.value;
      if (value && arg.parent?.type === AST_NODE_TYPES.CallExpression) values.set(value, arg.parent);
    }
  }
  return values;
}

function stringProperty(config: Arg, key: string, sourceCode: SourceCode): string | null {
  const value = property(config, key, sourceCode);
  return value ? staticString(value, sourceCode) : null;
}

const isObject = (node: Arg, sourceCode: SourceCode): boolean =>
  node !== null && resolveValue(node, sourceCode).type === AST_NODE_TYPES.ObjectExpression;

function fetchLike(client: HttpClient, call: TSESTree.CallExpression, url: Arg, init: Arg, sourceCode: SourceCode): HttpRequest | null {
  if (!url) return null;
  // `fetch(new Request(url, init))`, also through a const: the Request's URL and init (an init given to fetch beside it wins).
  const request = client === 'fetch' ? requestConstruction(url, sourceCode) : null;
  if (request) {
    const [requestUrl = null, requestInit = null] = request.arguments.map((a) => (a.type === AST_NODE_TYPES.SpreadElement ? null : a));
    return fetchLike(client, call, requestUrl, init ?? requestInit, sourceCode);
  }
  const body = property(init, 'body', sourceCode);
  // A helper's options parameter: the bodies its callers pass (`request('/pay', { method: 'POST', body })`).
  const passed = body ? null : passedProperties(init, 'body', sourceCode);
  return {
    client,
    call,
    url: urlText(url, sourceCode),
    method: upper(stringProperty(init, 'method', sourceCode)) ?? (body || passed?.size ? null : 'GET'),
    bodies: body ? [body] : [...(passed?.keys() ?? [])],
    urlNode: url,
    queries: [],
    ...(passed?.size ? { callers: passed } : {}),
  };
}

/** `new Request(url, init)` with the global `Request` (or held in a const), else null. */
function requestConstruction(node: Node, sourceCode: SourceCode): TSESTree.NewExpression | null {
  const target = resolveValue(node, sourceCode);
  if (target.type !== AST_NODE_TYPES.NewExpression) return null;
  const callee = unwrap(target.callee);
  return callee.type === AST_NODE_TYPES.Identifier && callee.name === 'Request' && isGlobal(callee, sourceCode) ? target : null;
}

function axiosRequest(call: TSESTree.CallExpression, instance: Node | null, verb: string | null, args: Arg[], sourceCode: SourceCode): HttpRequest | null {
  let url: Arg = null;
  let config: Arg = null;
  let data: Arg = null;
  let method: string | null = null;
  if (verb === null) {
    if (isObject(args[0] ?? null, sourceCode)) config = args[0] ?? null;
    else [url = null, config = null] = args;
  } else if (verb === REQUEST_METHOD) {
    config = args[0] ?? null;
  } else if (AXIOS_DATA_VERBS.has(verb)) {
    [url = null, data = null, config = null] = args;
    method = verb.replace(/Form$/, '').toUpperCase();
  } else if (AXIOS_NO_DATA_VERBS.has(verb)) {
    [url = null, config = null] = args;
    method = verb.toUpperCase();
  } else {
    return null;
  }
  url ??= property(config, 'url', sourceCode);
  data ??= property(config, 'data', sourceCode);
  const base = property(config, 'baseURL', sourceCode) ?? property(instance, 'baseURL', sourceCode);
  // A helper's config parameter: the data its callers pass (`request('/pay', { method: 'post', data })`).
  const passed = data ? null : passedProperties(config, 'data', sourceCode);
  return {
    client: 'axios',
    call,
    url: withBase(base, url, sourceCode),
    method: method ?? upper(stringProperty(config, 'method', sourceCode)) ?? upper(stringProperty(instance, 'method', sourceCode)) ?? (passed?.size ? null : 'GET'),
    bodies: data ? [data] : [...(passed?.keys() ?? [])],
    ...(passed?.size ? { callers: passed } : {}),
    urlNode: url,
    queries: present(property(config, 'params', sourceCode)),
  };
}

const OPTION_BODIES: Readonly<Record<'got' | 'ky' | 'request', readonly string[]>> = {
  got: ['form', 'json', 'body'],
  ky: ['json', 'body'],
  request: ['form', 'body', 'json', 'formData'],
};
const OPTION_QUERY: Readonly<Record<'got' | 'ky' | 'request', string>> = { got: 'searchParams', ky: 'searchParams', request: 'qs' };
const OPTION_BASE: Readonly<Record<'got' | 'ky' | 'request', readonly string[]>> = {
  got: ['prefixUrl'],
  ky: ['prefixUrl', 'prefix'],
  request: ['baseUrl'],
};

/** got / ky / request: `(url, opts)`, `(opts)` with `url` / `uri` inside, `.post(url, opts)`. */
function optionsRequest(
  client: 'got' | 'ky' | 'request',
  call: TSESTree.CallExpression,
  instance: Node | null,
  verb: string | null,
  args: Arg[],
  sourceCode: SourceCode,
): HttpRequest | null {
  if (verb !== null && !VERBS.has(verb)) return null;
  let url: Arg = null;
  let opts: Arg = null;
  // The options a helper of the file builds (`request(optionsFor(payment))` returning `{ url, method, body }`; real-world
  // batch 332): its one returned object.
  const built = args[0] ? builtObjects(unwrap(args[0]), sourceCode) : [];
  if (built.length === 1) opts = built[0]!;
  else if (isObject(args[0] ?? null, sourceCode)) opts = args[0] ?? null;
  else {
    url = args[0] ?? null;
    opts = isObject(args[1] ?? null, sourceCode) ? (args[1] ?? null) : null;
  }
  url ??= property(opts, 'url', sourceCode) ?? property(opts, 'uri', sourceCode);
  let base: Node | null = null;
  for (const key of OPTION_BASE[client]) base ??= property(opts, key, sourceCode) ?? property(instance, key, sourceCode);
  const bodies: Node[] = [];
  for (const key of OPTION_BODIES[client]) {
    const value = property(opts, key, sourceCode);
    if (value && !(value.type === AST_NODE_TYPES.Literal && typeof value.value === 'boolean')) bodies.push(value);
  }
  const verbMethod = verb === null ? null : verb === 'del' ? 'DELETE' : verb.toUpperCase();
  return {
    client,
    call,
    url: withBase(base, url, sourceCode),
    method: verbMethod ?? upper(stringProperty(opts, 'method', sourceCode)) ?? upper(stringProperty(instance, 'method', sourceCode)) ?? 'GET',
    bodies,
    urlNode: url,
    queries: present(property(opts, OPTION_QUERY[client], sourceCode)),
  };
}

function superagentRequest(call: TSESTree.CallExpression, verb: string | null, args: Arg[], sourceCode: SourceCode): HttpRequest | null {
  let url: Arg;
  let method: string | null;
  if (verb === null) {
    // superagent(url) is a GET; superagent('POST', url)
    if (args.length >= 2) {
      method = upper(args[0] ? staticString(args[0], sourceCode) : null);
      url = args[1] ?? null;
    } else {
      method = 'GET';
      url = args[0] ?? null;
    }
  } else if (VERBS.has(verb)) {
    method = verb === 'del' ? 'DELETE' : verb.toUpperCase();
    url = args[0] ?? null;
  } else {
    return null;
  }
  const bodies: Node[] = [];
  const queries: Node[] = [];
  for (const later of callsOnResult(call, sourceCode)) {
    const arg = later.arguments[0];
    if (!arg || arg.type === AST_NODE_TYPES.SpreadElement) continue;
    const name = memberName(later.callee as TSESTree.MemberExpression, sourceCode);
    if (name === 'send') bodies.push(arg);
    else if (name === 'query') queries.push(arg);
  }
  return { client: 'superagent', call, url: url ? urlText(url, sourceCode) : null, method, bodies, urlNode: url, queries };
}

const NEEDLE_DATA_VERBS = new Set(['post', 'put', 'patch', 'delete']);

function needleRequest(call: TSESTree.CallExpression, verb: string | null, args: Arg[], sourceCode: SourceCode): HttpRequest | null {
  let method: string | null;
  let url: Arg;
  let data: Arg = null;
  if (verb === null || verb === REQUEST_METHOD) {
    method = upper(args[0] ? staticString(args[0], sourceCode) : null);
    [, url = null, data = null] = args;
  } else if (VERBS.has(verb)) {
    method = verb.toUpperCase();
    url = args[0] ?? null;
    if (NEEDLE_DATA_VERBS.has(verb)) data = args[1] ?? null;
  } else {
    return null;
  }
  return { client: 'needle', call, url: url ? urlText(url, sourceCode) : null, method, bodies: data ? [data] : [], urlNode: url, queries: [] };
}

/** `https.request(url, opts?, cb?)` / `https.request(opts, cb?)`; body from `.write(x)` / `.end(x)` on the result. */
function nodeHttpRequest(call: TSESTree.CallExpression, protocol: string, args: Arg[], sourceCode: SourceCode): HttpRequest | null {
  const first = args[0] ?? null;
  if (!first) return null;
  let url: string | null = null;
  let urlNode: Node | null;
  let opts: Arg = null;
  if (isObject(first, sourceCode)) {
    opts = first;
    const host = stringProperty(opts, 'hostname', sourceCode) ?? stringProperty(opts, 'host', sourceCode);
    const port = stringProperty(opts, 'port', sourceCode) ?? numberProperty(opts, 'port', sourceCode);
    const path = property(opts, 'path', sourceCode);
    urlNode = path;
    const scheme = stringProperty(opts, 'protocol', sourceCode) ?? protocol;
    url = `${scheme}//${host ?? URL_HOLE}${port ? `:${port}` : ''}${path ? (urlText(path, sourceCode) ?? URL_HOLE) : '/'}`;
  } else {
    url = urlText(first, sourceCode);
    urlNode = first;
    opts = isObject(args[1] ?? null, sourceCode) ? (args[1] ?? null) : null;
  }
  const bodies: Node[] = [];
  for (const later of callsOnResult(call, sourceCode)) {
    const name = memberName(later.callee as TSESTree.MemberExpression, sourceCode);
    const arg = later.arguments[0];
    if ((name === 'write' || name === 'end') && arg && arg.type !== AST_NODE_TYPES.SpreadElement && !isFunction(arg)) bodies.push(arg);
  }
  return { client: 'node-http', call, url, method: upper(stringProperty(opts, 'method', sourceCode)) ?? 'GET', bodies, urlNode, queries: [] };
}

function numberProperty(config: Arg, key: string, sourceCode: SourceCode): string | null {
  const value = property(config, key, sourceCode);
  const target = value ? unwrap(value) : null;
  return target?.type === AST_NODE_TYPES.Literal && typeof target.value === 'number' ? String(target.value) : null;
}

const isFunction = (node: Node): boolean =>
  node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionExpression;

/**
 * Method calls made on a call's result: chained (`x(...).type('form').send(body)`) and through the const / let
 * that holds it (`const req = https.request(...); req.write(body); req.end()`), including chains on those.
 */
export function callsOnResult(call: TSESTree.CallExpression, sourceCode: SourceCode): TSESTree.CallExpression[] {
  const out: TSESTree.CallExpression[] = [];
  const top = followChain(call, out);
  let holder: Node = top;
  while (holder.parent && isTransparent(holder.parent, holder)) holder = holder.parent;
  const declarator = holder.parent;
  if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === holder && declarator.id.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(declarator.id, sourceCode);
    for (const ref of variable?.references ?? []) {
      if (ref.init) continue;
      followChain(ref.identifier, out);
    }
  }
  return out;
}

function isTransparent(parent: Node, child: Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.ChainExpression:
      return true;
    case AST_NODE_TYPES.AwaitExpression:
      return parent.argument === child;
    default:
      return false;
  }
}

/** Walk `node.m1(...).m2(...)` upwards, collecting each call; returns the outermost expression reached. */
function followChain(node: Node, out: TSESTree.CallExpression[]): Node {
  let current: Node = node;
  for (let i = 0; i < 50; i++) {
    let member: Node | undefined = current.parent;
    while (member && (member.type === AST_NODE_TYPES.TSNonNullExpression || member.type === AST_NODE_TYPES.TSAsExpression)) member = member.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || (member.object !== current && unwrap(member.object) !== unwrap(current))) break;
    const next = member.parent;
    if (next?.type !== AST_NODE_TYPES.CallExpression || next.callee !== member) break;
    out.push(next);
    current = next;
  }
  return current;
}

/**
 * Text of a URL expression with `URL_HOLE` for the parts that are not static: literals, consts, templates,
 * `+` concatenation, `new URL(path, base)`. `null` when nothing about it is known.
 */
export function urlText(node: Node, sourceCode: SourceCode, depth = 0): string | null {
  if (depth > MAX_DEPTH) return null;
  const known = staticString(node, sourceCode);
  if (known !== null) return known;
  const original = unwrap(node);
  const target = resolveValue(original, sourceCode);
  if (target !== original) return urlText(target, sourceCode, depth + 1);
  switch (target.type) {
    case AST_NODE_TYPES.TemplateLiteral: {
      let text = '';
      target.quasis.forEach((quasi, i) => {
        text += quasi.value.cooked ?? quasi.value.raw;
        const expression = target.expressions[i];
        if (expression) text += urlText(expression, sourceCode, depth + 1) ?? URL_HOLE;
      });
      return text;
    }
    case AST_NODE_TYPES.BinaryExpression:
      if (target.operator !== '+') return null;
      return (urlText(target.left, sourceCode, depth + 1) ?? URL_HOLE) + (urlText(target.right, sourceCode, depth + 1) ?? URL_HOLE);
    case AST_NODE_TYPES.NewExpression: {
      const callee = unwrap(target.callee);
      const [path, base] = target.arguments;
      if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== 'URL' || !path || path.type === AST_NODE_TYPES.SpreadElement) return null;
      const pathText = urlText(path, sourceCode, depth + 1) ?? URL_HOLE;
      if (!base || base.type === AST_NODE_TYPES.SpreadElement) return pathText;
      return resolveUrl(urlText(base, sourceCode, depth + 1) ?? URL_HOLE, pathText);
    }
    // One of two URLs (`single ? '/sales/card' : '/sales/subscriptions'`, precision probe 294): what both begin with,
    // then a hole where they part (the whole text where they are the same).
    case AST_NODE_TYPES.ConditionalExpression:
      return commonUrlText([target.consequent, target.alternate], sourceCode, depth);
    // A variable given one of several URLs (`let endpoint = ''; if (single) endpoint = '/sales/card'; else …`, precision
    // probe 294): what every value the read can see begins with, as for a conditional.
    case AST_NODE_TYPES.Identifier: {
      const variable = variableOf(target, sourceCode);
      const writes = variable && !readingUrlVariables.has(variable) ? reachingWrites(target, sourceCode) : null;
      if (!variable || !writes || writes.length === 0 || writes.length > MAX_URL_WRITES) return null;
      readingUrlVariables.add(variable);
      try {
        return commonUrlText(writes, sourceCode, depth);
      } finally {
        readingUrlVariables.delete(variable);
      }
    }
    // A URL object's text: `url.toString()`, `url.href` of a `new URL(…)` (batch 293).
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.MemberExpression: {
      const object = objectWhoseTextIsRead(target);
      const made = object ? resolveValue(unwrap(object), sourceCode) : null;
      return made?.type === AST_NODE_TYPES.NewExpression ? urlText(made, sourceCode, depth + 1) : null;
    }
    default:
      return null;
  }
}

/** How many written values of a variable `urlText` reads (more is a table of URLs, not one request's choice). */
const MAX_URL_WRITES = 8;
/** Variables whose writes `urlText` is reading (`url = url + '/x'` reads its own writes: unknown there). */
const readingUrlVariables = new Set<TSESLint.Scope.Variable>();

/** What the URLs of all the nodes begin with, then a hole where they part (the whole text where they are the same). */
function commonUrlText(nodes: readonly Node[], sourceCode: SourceCode, depth: number): string {
  const [first, ...rest] = nodes.map((node) => urlText(node, sourceCode, depth + 1) ?? URL_HOLE);
  let common = first!;
  for (const text of rest) {
    if (text === common) continue;
    let length = 0;
    while (length < common.length && common[length] === text[length] && common[length] !== URL_HOLE) length++;
    common = common.slice(0, length) + URL_HOLE;
  }
  return common;
}

const ABSOLUTE_URL = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//;

/** `new URL(path, base)` resolution for the shapes code uses: absolute, root-relative, relative to the base path. */
function resolveUrl(base: string, path: string): string {
  if (ABSOLUTE_URL.test(path)) return path;
  const origin = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*/.exec(base)?.[0];
  if (origin === undefined) return URL_HOLE + path;
  if (path.startsWith('/')) return origin + path;
  const dir = base.slice(0, base.lastIndexOf('/') + 1);
  return (dir.length > origin.length ? dir : `${origin}/`) + path;
}

/** axios `baseURL`, got / ky `prefixUrl`, request `baseUrl` joined with a relative URL (absolute URLs win). */
function withBase(base: Node | null, url: Node | null, sourceCode: SourceCode): string | null {
  const path = url ? urlText(url, sourceCode) : null;
  if (!base) return path;
  if (path !== null && ABSOLUTE_URL.test(path)) return path;
  const baseText = urlText(base, sourceCode) ?? URL_HOLE;
  if (!url) return baseText;
  return `${baseText.replace(/\/+$/, '')}/${(path ?? URL_HOLE).replace(/^\/+/, '')}`;
}

export interface RequestTarget {
  /** Lower-case scheme without `:`. */
  scheme: string;
  /** Lower-case host; only returned when fully known. */
  host: string;
  port: string;
  /** Path without query or fragment (`/` when empty); may contain `URL_HOLE`. */
  path: string;
}

const TARGET_RE = /^\s*([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(?:[^/?#@\u0000]*@)?([a-zA-Z0-9.-]+|\[[0-9a-fA-F:.]+\])(?::(\d+))?(?=$|[/?#])([^?#]*)/;

/** Scheme, host and path of a request URL (from `urlText`) whose scheme and host are fully known. */
export function requestTarget(url: string): RequestTarget | null {
  const match = TARGET_RE.exec(url);
  if (!match) return null;
  return {
    scheme: match[1]!.toLowerCase(),
    host: match[2]!.toLowerCase().replace(/\.$/, ''),
    port: match[3] ?? '',
    path: match[4] || '/',
  };
}
