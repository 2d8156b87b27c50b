/**
 * HTTP request handlers and what they read from the request. Recognised handlers:
 *
 * - route callbacks: `app.post('/path', ...middleware, handler)` (Express, Koa routers, Fastify, Hono, Restify),
 *   `router.route('/path').post(handler)`, `app.use(handler)`, `fastify.route({ handler })` / hapi
 *   `server.route({ handler })`;
 * - file-based routes, whose export's name is the route: Next.js App Router, SvelteKit `+server` and Astro endpoint
 *   handlers (`export async function POST(request)` / `export const POST = async ({ request }) => …`), Cloudflare
 *   Pages Functions (`export async function onRequestPost(context)`), Qwik City request handlers (`export const
 *   onPost = async ({ request, parseBody }) => …`) and Remix / React Router actions (`export async function
 *   action({ request })`);
 * - Nuxt / Nitro / h3 handlers: `export default defineEventHandler(async (event) => …)` (auto-imported or from `h3`),
 *   whose `event` is a context read through `readBody(event)`, `readRawBody(event)`, `getHeader(event, name)`,
 *   `event.node.req`, `event.req` (h3 2) and `event.headers`;
 * - Convex HTTP actions: `httpAction(async (ctx, request) => …)`, the request their second parameter;
 * - AWS Lambda / API Gateway and Netlify functions: the export named `handler` (`exports.handler = async (event) =>
 *   …`, `export const handler`, `module.exports = { handler }`), whose `event` carries the raw `body` and the `headers`;
 * - NestJS controller methods (`@Controller()` class, `@Post()` / `@Get()` / … method) with `@Req()`, `@Body()` and
 *   `@Headers()` parameters, and their `@UseGuards()`;
 * - meteorhacks:picker server routes (`Picker.route(path, (params, req, res, next) => …)`, also on `Picker.filter(…)`);
 * - any other function whose first parameter is named or typed like a request (`(req, res)`, Next.js pages API
 *   handlers, Vercel / Firebase functions, Koa `(ctx, next)`).
 *
 * `requestRead` says whether an expression reads the parsed body, the raw body, the headers / a header, or is the
 * request itself, for the shapes of Express, Koa (`ctx.request.body`, `ctx.request.rawBody`), Fastify, hapi
 * (`request.payload`), Hono (`c.req.json()`), Oak (`ctx.request.body.json()`, `ctx.request.body().value`), Fetch
 * `Request` (`await request.json()`, `.text()`), Next.js
 * (`headers()` from `next/headers`) and NestJS parameters.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { declaredIdentifier, enclosingFunction, forEachNode, isFunctionNode, type FunctionNode, type PropertyOf } from './ast.js';
import { perFile } from './file-cache.js';
import { textFinder } from './text-search.js';
import { importBinding, isModuleRef, moduleRefOf } from './modules.js';
import { constInit, decoratorName, isConvexServerModule, isNeverReassigned, memberName, objectEntries, propertyKey, staticString, unwrap, variableOf } from './values.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;


export type { FunctionNode };

export type HandlerKind = 'route' | 'file-route' | 'nest-route' | 'request-params';

export interface RequestHandler {
  fn: FunctionNode;
  kind: HandlerKind;
  /** Variables holding the request: Express / Fastify `req`, Fetch `Request`, Nest `@Req()`. */
  requests: Variable[];
  /** Variables holding a context whose `request` is the request: Koa `ctx`, Hono `c`. */
  contexts: Variable[];
  /** Variables holding the parsed body (Nest `@Body()`). */
  bodies: Variable[];
  /** Variables holding the raw body (Nest 10's `@RawBody()`, with the app created with `rawBody: true`). */
  rawBodies: Variable[];
  /** Variables holding a function that returns the parsed body (Qwik City's `({ parseBody }) => … await parseBody()`). */
  bodyReaders: Variable[];
  /** Variables holding request headers (Nest `@Headers()`), with the header name when one is given. */
  headers: Map<Variable, string | null>;
  /** Variables holding the response object (`res`, `reply`, `h`), when known. */
  responses: Variable[];
  /** Route middleware between the path and the handler, hook options (`preHandler`), Nest guards and interceptors. */
  middleware: Node[];
  /** The route path when static. */
  path: string | null;
  /** The handler of this file that calls this function with its request (`forwardedHandler`), else null. */
  caller: RequestHandler | null;
  /** The request is `this.request` (Meteor's iron:router server routes), else false. */
  thisRequest: boolean;
  /** A NestJS route's controller class (null when anonymous) and its routes' path (`@Controller` + method path, no leading slash). */
  nestController?: { name: string | null; path: string | null };
}

/** Route registration methods (Express, Koa router, Fastify, Hono, Restify shorthands). */
const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'options', 'head', 'use']);
/** meteorhacks:picker's global router (`pickerHandler`). */
const PICKER = 'Picker';
const PICKER_MODULES = new Set(['meteor/meteorhacks:picker', 'meteor/communitypackages:picker']);
/**
 * Exports that are a route by their name: Next.js App Router, SvelteKit `+server` and Astro endpoint methods (Astro's
 * `ALL` answers every method), Cloudflare Pages Functions (`onRequest` for every method) and Qwik City's request
 * handlers (`onPost`, `onRequest`).
 */
const ROUTE_EXPORTS = new Set([
  'ALL',
  'GET',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'HEAD',
  'OPTIONS',
  'onRequest',
  'onRequestGet',
  'onRequestPost',
  'onRequestPut',
  'onRequestPatch',
  'onRequestDelete',
  'onRequestHead',
  'onRequestOptions',
  'onGet',
  'onPost',
  'onPut',
  'onPatch',
  'onDelete',
]);
/**
 * Astro endpoints before Astro 3 exported lower-case methods (`export const post: APIRoute`, `del` for DELETE, `all`).
 * The names are common (an HTTP client's `post(url, body)`), so they are a route only when typed as Astro's:
 * `APIRoute` on the export, or `APIContext` on its parameter.
 */
const ASTRO_LEGACY_ROUTE_EXPORTS = new Set(['get', 'post', 'put', 'patch', 'del', 'all']);
const isAstroTypedRoute = (id: TSESTree.Identifier, fn: FunctionNode): boolean =>
  annotationTypeName(id) === 'APIRoute' || (fn.params[0] !== undefined && annotationTypeName(fn.params[0]) === 'APIContext');

/**
 * The Remix / React Router route module export that handles POSTs (webhooks are POSTs; `loader` answers GETs). Its
 * name is common, so it is a route only when its parameter says so.
 */
const ROUTE_MODULE_ACTION = 'action';
/** NestJS route decorators. */
const NEST_ROUTES = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete', 'All', 'Options', 'Head', 'Search']);
const NEST_MIDDLEWARE = new Set(['UseGuards', 'UseInterceptors', 'UsePipes']);
/** Fastify / hapi hooks that run before a handler. */
const HOOK_OPTIONS = new Set(['preHandler', 'onRequest', 'preValidation', 'preParsing', 'pre', 'ext']);
/** A hapi route's authentication option (under `options` / `config`). */
const HAPI_AUTH = 'auth';

const REQUEST_NAME = /^_?(?:req|request|httpRequest|incomingRequest)$/i;
const CONTEXT_NAME = /^_?(?:ctx|context)$/;
const RESPONSE_NAME = /^_?(?:res|response|reply|resp|h)$/;
/** Type names that mark a request or a context parameter (last segment of the type name). */
const REQUEST_TYPES = new Set([
  'Request',
  'NextRequest',
  'NextApiRequest',
  'FastifyRequest',
  'IncomingMessage',
  'RawBodyRequest',
  'VercelRequest',
  'ExpressRequest',
  'HonoRequest',
]);
/** Remix / React Router action arguments (`{ request, params, context }`): a context whose `request` is the request. */
const ACTION_ARG_TYPES = new Set(['ActionFunctionArgs', 'DataFunctionArgs', 'ActionArgs']);
const CONTEXT_TYPES = new Set(['Context', 'ParameterizedContext', 'RouterContext', 'ExtendableContext', 'KoaContext', ...ACTION_ARG_TYPES]);

function typeName(param: Node): string | null {
  const target = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
  return target.type === AST_NODE_TYPES.Identifier ? annotationTypeName(target) : null;
}

/** The last segment of the type a name or a pattern is annotated with (`x: Stripe.Event`, `{ request }: APIContext`). */
function annotationTypeName(node: Node): string | null {
  const target = node.type === AST_NODE_TYPES.AssignmentPattern ? node.left : node;
  if (target.type !== AST_NODE_TYPES.Identifier && target.type !== AST_NODE_TYPES.ObjectPattern) return null;
  const annotation = target.typeAnnotation?.typeAnnotation;
  if (annotation?.type !== AST_NODE_TYPES.TSTypeReference) return null;
  const name = annotation.typeName;
  return name.type === AST_NODE_TYPES.Identifier ? name.name : name.type === AST_NODE_TYPES.TSQualifiedName ? name.right.name : null;
}

function paramVariable(param: Node | undefined, sourceCode: SourceCode): Variable | null {
  if (!param) return null;
  const target = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param.type === AST_NODE_TYPES.TSParameterProperty ? param.parameter : param;
  const id = target.type === AST_NODE_TYPES.AssignmentPattern ? target.left : target;
  if (id.type !== AST_NODE_TYPES.Identifier) return null;
  return variableOf(id, sourceCode);
}

function paramName(param: Node | undefined): string | null {
  if (!param) return null;
  const target = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
  return target.type === AST_NODE_TYPES.Identifier ? target.name : null;
}

/** The identifier a function is declared under (`declaredIdentifier`) and the statement that declares it (an `export` wraps it there). */
function declaredId(fn: FunctionNode): { id: TSESTree.Identifier; statement: Node | undefined } | null {
  const id = declaredIdentifier(fn);
  if (!id) return null;
  return { id, statement: fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn : id.parent.parent };
}

/** Is the function declared right inside an `export` (`export function f`, `export const f = …`)? */
const declaredExported = (declared: { statement: Node | undefined }): boolean => declared.statement?.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration;

/**
 * Is this parameter typed like a request (`NextRequest`, `FastifyRequest`…), or untyped and named like one (`req`)? A
 * framework's own request type counts where the name says request too (`req: MedusaRequest`,
 * `request: AuthenticatedMedusaRequest`; real-world batch 238), not a DTO so named (`dto: CreatePaymentRequest`).
 */
function isRequestParam(param: Node | undefined): boolean {
  if (!param) return false;
  const type = typeName(param);
  const name = paramName(param);
  const named = name !== null && REQUEST_NAME.test(name);
  if (type !== null) return REQUEST_TYPES.has(type) || (named && type.endsWith('Request'));
  return named;
}

/** Is this parameter typed like a response (`Response`, `FastifyReply`…), or untyped and named like one (`res`)? */
function isResponseParam(param: Node | undefined): boolean {
  if (!param) return false;
  const type = typeName(param);
  return type !== null ? /Response|Reply|Toolkit/.test(type) : RESPONSE_NAME.test(paramName(param) ?? '');
}

/** Is the first parameter a Koa / Hono style context rather than the request? */
function isContextParam(param: Node | undefined): boolean {
  const name = paramName(param);
  const type = param ? typeName(param) : null;
  if (type !== null) return CONTEXT_TYPES.has(type);
  return name !== null && (CONTEXT_NAME.test(name) || name === 'c');
}

function emptyHandler(fn: FunctionNode, kind: HandlerKind): RequestHandler {
  return { fn, kind, requests: [], contexts: [], bodies: [], rawBodies: [], bodyReaders: [], headers: new Map(), responses: [], middleware: [], path: null, caller: null, thisRequest: false };
}

/** A context taken apart in the parameter list: the request, parsed body and headers it hands out, by key. */
const DESTRUCTURED_REQUEST_KEYS = new Set(['req', 'request']);

/**
 * Fill in request / context / response variables from positional parameters `(req, res)` / `(ctx, next)`, or from a
 * destructured context: Hono `({ req, json })`, Elysia `({ body, request, headers })`, Koa `({ request })`.
 */
function positional(handler: RequestHandler, sourceCode: SourceCode): RequestHandler {
  // A route's second parameter is its response whatever its name; elsewhere the name or type must say so.
  const [first, second] = handler.fn.params;
  const variable = paramVariable(first, sourceCode);
  if (variable) (isContextParam(first) ? handler.contexts : handler.requests).push(variable);
  const pattern = first?.type === AST_NODE_TYPES.AssignmentPattern ? first.left : first;
  if (pattern?.type === AST_NODE_TYPES.ObjectPattern) {
    for (const property of pattern.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
      const key = propertyKey(property, sourceCode);
      const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
      const bound = key !== null && value.type === AST_NODE_TYPES.Identifier ? variableOf(value, sourceCode) : null;
      if (!bound) continue;
      if (DESTRUCTURED_REQUEST_KEYS.has(key!)) handler.requests.push(bound);
      else if (key === 'body') handler.bodies.push(bound);
      else if (key === 'parseBody') handler.bodyReaders.push(bound);
      else if (key === 'headers') handler.headers.set(bound, null);
    }
  }
  const response = paramVariable(second, sourceCode);
  if (response && (handler.kind === 'route' || isResponseParam(second)) && !isContextParam(first)) handler.responses.push(response);
  return handler;
}

/** The static path of a route registration's first argument, `''` when it is not static, null when not path-like. */
function routePath(node: Node, sourceCode: SourceCode): string | null {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Literal && 'regex' in target && target.regex) return '';
  if (target.type === AST_NODE_TYPES.ArrayExpression) return '';
  const text = staticString(target, sourceCode);
  if (text !== null) return /^[/*]/.test(text) ? text : null;
  if (target.type === AST_NODE_TYPES.TemplateLiteral) return target.quasis[0]!.value.cooked?.startsWith('/') ? '' : null;
  return target.type === AST_NODE_TYPES.Identifier || target.type === AST_NODE_TYPES.MemberExpression ? '' : null;
}

interface Registration {
  middleware: Node[];
  path: string | null;
}

/**
 * `app.post('/path', ...middleware, handler)`, `router.route('/path').post(handler)`, `app.use(handler)`: the
 * middleware and path when `handlerArg` (the function or a reference to it) is registered as a route handler.
 */
function routeRegistration(handlerArg: Node, call: TSESTree.CallExpression, sourceCode: SourceCode): Registration | null {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = memberName(callee, sourceCode);
  if (method === null || !ROUTE_METHODS.has(method)) return null;
  const args = call.arguments;
  if (!args.includes(handlerArg as TSESTree.CallExpressionArgument)) return null;
  const registration: Registration = { middleware: [], path: null };
  const chained = unwrap(callee.object);
  const chainedPath =
    chained.type === AST_NODE_TYPES.CallExpression &&
    chained.callee.type === AST_NODE_TYPES.MemberExpression &&
    memberName(chained.callee, sourceCode) === 'route' &&
    chained.arguments[0] &&
    chained.arguments[0].type !== AST_NODE_TYPES.SpreadElement
      ? routePath(chained.arguments[0], sourceCode)
      : null;
  let first = 0;
  const head = args[0];
  if (chainedPath !== null) {
    registration.path = chainedPath || null;
  } else if (head && head !== handlerArg && head.type !== AST_NODE_TYPES.SpreadElement && !isFunctionNode(unwrap(head)) && routePath(head, sourceCode) !== null) {
    registration.path = routePath(head, sourceCode) || null;
    first = 1;
  } else if (method !== 'use') {
    return null;
  }
  for (const arg of args.slice(first)) {
    if (arg === handlerArg) continue;
    if (arg.type === AST_NODE_TYPES.ObjectExpression) {
      for (const p of arg.properties) {
        if (p.type === AST_NODE_TYPES.Property && !p.computed && p.key.type === AST_NODE_TYPES.Identifier && HOOK_OPTIONS.has(p.key.name)) registration.middleware.push(p.value);
      }
      continue;
    }
    registration.middleware.push(arg);
  }
  return registration;
}

function routeHandler(fn: FunctionNode, call: TSESTree.CallExpression, sourceCode: SourceCode): RequestHandler | null {
  const registration = routeRegistration(fn, call, sourceCode);
  return registration ? positional({ ...emptyHandler(fn, 'route'), ...registration }, sourceCode) : null;
}

/** The strategy of the file's `server.auth.default(…)` (its argument), or null: looked for once per file, where the text spells it. */
const hapiDefaultAuth = (sourceCode: SourceCode): Node | null =>
  perFile(sourceCode, 'handlers:hapi-default-auth', () => {
    if (!sourceCode.text.includes('auth.default(')) return null;
    let found: Node | null = null;
    forEachNode(sourceCode.ast, sourceCode, (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression || !node.arguments[0] || node.arguments[0].type === AST_NODE_TYPES.SpreadElement) return false;
      const callee = unwrap(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee, sourceCode) !== 'default') return false;
      const auth = unwrap(callee.object);
      if (auth.type !== AST_NODE_TYPES.MemberExpression || memberName(auth, sourceCode) !== HAPI_AUTH) return false;
      found = node.arguments[0];
      return true;
    });
    return found;
  });

/** Does a hapi route's `auth` option turn authentication on, credentials required? */
function requiresHapiAuth(value: Node, sourceCode: SourceCode): boolean {
  const target = unwrap(value);
  if (target.type === AST_NODE_TYPES.Literal && target.value === false) return false;
  const mode = target.type === AST_NODE_TYPES.ObjectExpression ? objectEntries(target, sourceCode)?.find((entry) => entry.key === 'mode') : undefined;
  const written = mode ? staticString(mode.value, sourceCode) : null;
  return written !== 'optional' && written !== 'try';
}

/** `fastify.route({ method, url, handler })`, hapi `server.route({ method, path, handler })`. */
function routeObjectHandler(fn: FunctionNode, sourceCode: SourceCode): RequestHandler | null {
  const property = fn.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== fn || property.computed) return null;
  if (property.key.type !== AST_NODE_TYPES.Identifier || property.key.name !== 'handler') return null;
  const object = property.parent;
  const call = object?.parent;
  if (object?.type !== AST_NODE_TYPES.ObjectExpression || call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== object) return null;
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee, sourceCode) !== 'route') return null;
  const handler = emptyHandler(fn, 'route');
  let auth: Node | null = null;
  for (const p of object.properties) {
    if (p.type !== AST_NODE_TYPES.Property || p.computed || p.key.type !== AST_NODE_TYPES.Identifier) continue;
    if (p.key.name === 'url' || p.key.name === 'path') handler.path = staticString(p.value, sourceCode);
    if (HOOK_OPTIONS.has(p.key.name)) handler.middleware.push(p.value);
    if (p.key.name === 'options' || p.key.name === 'config') {
      const inner = unwrap(p.value);
      if (inner.type === AST_NODE_TYPES.ObjectExpression) {
        for (const q of inner.properties) {
          if (q.type !== AST_NODE_TYPES.Property || q.computed || q.key.type !== AST_NODE_TYPES.Identifier) continue;
          if (HOOK_OPTIONS.has(q.key.name)) handler.middleware.push(q.value);
          if (q.key.name === HAPI_AUTH) auth = q.value;
        }
      }
    }
  }
  // hapi's `auth: 'jwt'` (a strategy, `{ strategy }`, `{ mode: 'required' }`), or the server's default strategy for
  // routes that name none (`server.auth.default('jwt')` in the same file): the request is authenticated before the
  // handler runs, as behind an app's token middleware; `auth: false` turns that off, and an optional mode
  // (`'optional'`, `'try'`) lets requests without credentials through.
  auth ??= hapiDefaultAuth(sourceCode);
  if (auth && requiresHapiAuth(auth, sourceCode)) handler.middleware.push(auth);
  return positional(handler, sourceCode);
}

/**
 * Does the first parameter of a Remix / React Router `action` look like its arguments: `{ request }` taken
 * apart, or typed `ActionFunctionArgs` / `Route.ActionArgs`?
 */
function routeModuleArgs(param: Node | undefined): boolean {
  const target = param?.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
  if (target?.type === AST_NODE_TYPES.ObjectPattern) {
    return target.properties.some((p) => p.type === AST_NODE_TYPES.Property && !p.computed && p.key.type === AST_NODE_TYPES.Identifier && p.key.name === 'request');
  }
  const type = param ? typeName(param) : null;
  return type !== null && ACTION_ARG_TYPES.has(type);
}

/**
 * A file-based route's handler: `export async function POST(request)`, `export const onRequestPost = async (context)
 * => …`, `export async function action({ request })`.
 */
function fileRouteHandler(fn: FunctionNode, sourceCode: SourceCode): RequestHandler | null {
  const declared = declaredId(fn);
  if (!declared || !declaredExported(declared)) return null;
  const name = declared.id.name;
  const routeByName =
    ROUTE_EXPORTS.has(name) ||
    (name === ROUTE_MODULE_ACTION && routeModuleArgs(fn.params[0])) ||
    (ASTRO_LEGACY_ROUTE_EXPORTS.has(name) && isAstroTypedRoute(declared.id, fn));
  if (!routeByName) return null;
  // SvelteKit hands a RequestEvent (`event.request`), Astro an APIContext, Remix its arguments: the first parameter is
  // the request itself only when it is named or typed like one (Next.js `POST(request)` / `POST(req: NextRequest)`).
  return firstParameterAsContext(positional(emptyHandler(fn, 'file-route'), sourceCode), (first) => !isRequestParam(first), sourceCode);
}

/** The handler with its first parameter read as a context holding the request, not as the request, where `isContext` says so. */
function firstParameterAsContext(handler: RequestHandler, isContext: (first: TSESTree.Parameter) => boolean, sourceCode: SourceCode): RequestHandler {
  const [first] = handler.fn.params;
  const variable = paramVariable(first, sourceCode);
  const at = variable ? handler.requests.indexOf(variable) : -1;
  if (at >= 0 && isContext(first!)) handler.contexts.push(...handler.requests.splice(at, 1));
  return handler;
}

/** TanStack Start's server route factories. */
const TANSTACK_ROUTE_FACTORIES = new Set(['createFileRoute', 'createServerFileRoute', 'createAPIFileRoute']);

/**
 * A TanStack Start server route's method handler (real-world batch EY), its first parameter the context (`{ request,
 * params }`): `createFileRoute(path)({ server: { handlers: { POST } } })`, `createServerFileRoute(path).methods({ POST
 * })` and `createAPIFileRoute(path)({ POST })`, the factory imported from a `@tanstack/` package.
 */
function tanstackRouteHandler(fn: FunctionNode, sourceCode: SourceCode): RequestHandler | null {
  const property = fn.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== fn || property.computed || property.key.type !== AST_NODE_TYPES.Identifier) return null;
  if (!ROUTE_EXPORTS.has(property.key.name) || property.parent.type !== AST_NODE_TYPES.ObjectExpression) return null;
  let object: Node = property.parent;
  // `server: { handlers: { POST } }` of a file route's options.
  const handlers = object.parent;
  if (handlers?.type === AST_NODE_TYPES.Property && propertyKey(handlers, sourceCode) === 'handlers' && handlers.parent.type === AST_NODE_TYPES.ObjectExpression) {
    const server = handlers.parent.parent;
    if (server?.type !== AST_NODE_TYPES.Property || propertyKey(server, sourceCode) !== 'server' || server.parent.type !== AST_NODE_TYPES.ObjectExpression) return null;
    object = server.parent;
  }
  const call = object.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== object) return null;
  // `factory(path)(options)`, or `createServerFileRoute(path).methods(options)`.
  let callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee, sourceCode) === 'methods') callee = unwrap(callee.object);
  if (callee.type !== AST_NODE_TYPES.CallExpression) return null;
  const factory = unwrap(callee.callee);
  if (factory.type !== AST_NODE_TYPES.Identifier || !TANSTACK_ROUTE_FACTORIES.has(factory.name)) return null;
  const module = moduleRefOf(factory, sourceCode)?.module;
  if (module === undefined || !module.startsWith('@tanstack/')) return null;
  const handler = firstParameterAsContext(positional(emptyHandler(fn, 'file-route'), sourceCode), () => true, sourceCode);
  const path = callee.arguments[0];
  handler.path = path && path.type !== AST_NODE_TYPES.SpreadElement ? staticString(path, sourceCode) : null;
  return handler;
}

/**
 * An Appwrite Function (Open Runtimes): the module's default export, `export default async ({ req, res, log, error })
 * => …` or `module.exports = async ({ req, res }) => …`, its context taken apart into the request and the response
 * (real-world batch 330). Its request reads `req.bodyJson`, `req.bodyText`, `req.bodyRaw` and `req.headers`.
 */
function appwriteHandler(fn: FunctionNode, sourceCode: SourceCode): RequestHandler | null {
  const first = fn.params[0];
  if (fn.params.length !== 1 || first?.type !== AST_NODE_TYPES.ObjectPattern) return null;
  const keys = new Set(first.properties.map((p) => (p.type === AST_NODE_TYPES.Property && !p.computed ? propertyKey(p, sourceCode) : null)));
  if (!keys.has('req') || !keys.has('res') || !exportedAsModule(fn, sourceCode)) return null;
  return positional(emptyHandler(fn, 'file-route'), sourceCode);
}

/** h3's handler wrappers, auto-imported by Nuxt and Nitro or imported from h3. */
const H3_HANDLER_FACTORIES = new Set(['defineEventHandler', 'eventHandler', 'defineCachedEventHandler', 'cachedEventHandler']);
/** What h3's request utilities read from their event argument (the header name, when any, is their second argument). */
const H3_READERS: Readonly<Record<string, RequestRead>> = {
  readBody: 'body',
  readValidatedBody: 'body',
  readFormData: 'body',
  readMultipartFormData: 'body',
  readRawBody: 'raw-body',
  getHeader: 'headers',
  getRequestHeader: 'headers',
  getHeaders: 'headers',
  getRequestHeaders: 'headers',
};
/** Modules that export the h3 utilities (Nuxt and Nitro re-export them, or auto-import them with no import at all). */
const H3_MODULES = /^(?:h3|#imports|nitropack(?:\/.*)?|nitro(?:\/.*)?)$/;

/**
 * The h3 function `callee` names: an identifier with no binding in the file (Nuxt / Nitro auto-imports) or imported
 * from an h3 module, as exported (`import { readBody as read } from 'h3'` → `readBody`); else null.
 */
function h3Name(callee: Node, sourceCode: SourceCode): string | null {
  const target = unwrap(callee);
  if (target.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = variableOf(target, sourceCode);
  if (!variable || variable.defs.length === 0) return target.name;
  const ref = moduleRefOf(target, sourceCode);
  return ref !== null && H3_MODULES.test(ref.module) && ref.path.length === 1 ? ref.path[0]! : null;
}

/**
 * Hono's helpers that take the request context and read (or set) something other than the body and the signature
 * header: `env(c)` and `getRuntimeKey()` (`hono/adapter`), the cookie helpers (`hono/cookie`) and each runtime's
 * `getConnInfo(c)`. They verify nothing, so a handler that hands them its context hands nothing that may check a
 * signature (real-world batch 225).
 */
const HONO_CONTEXT_HELPERS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const connInfo = new Set(['getConnInfo']);
  return new Map<string, ReadonlySet<string>>([
    ['hono/adapter', new Set(['env', 'getRuntimeKey'])],
    ['hono/cookie', new Set(['getCookie', 'getSignedCookie', 'setCookie', 'setSignedCookie', 'deleteCookie', 'generateCookie', 'generateSignedCookie'])],
    ...['bun', 'deno', 'cloudflare-workers', 'cloudflare-pages', 'vercel', 'aws-lambda', 'lambda-edge', 'netlify'].map((runtime): [string, ReadonlySet<string>] => [`hono/${runtime}`, connInfo]),
    ['@hono/node-server/conninfo', connInfo],
  ]);
})();

/** A call of one of Hono's context helpers (`env(c)`, `getCookie(c, 'session')`, `getConnInfo(c)`), imported from its module. */
export function isHonoContextHelperCall(call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const ref = moduleRefOf(call.callee, sourceCode);
  return ref !== null && ref.path.length === 1 && HONO_CONTEXT_HELPERS.get(ref.module)?.has(ref.path[0]!) === true;
}

/** `defineEventHandler(async (event) => …)`, `defineEventHandler({ handler: async (event) => … })`: `event` is the context. */
function h3Handler(fn: FunctionNode, sourceCode: SourceCode): RequestHandler | null {
  let argument: Node = fn;
  const property = fn.parent;
  if (property?.type === AST_NODE_TYPES.Property && property.value === fn && !property.computed && propertyKey(property, sourceCode) === 'handler') {
    argument = property.parent;
  }
  const call = argument.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== argument) return null;
  if (!H3_HANDLER_FACTORIES.has(h3Name(call.callee, sourceCode) ?? '')) return null;
  const handler = emptyHandler(fn, 'file-route');
  const event = paramVariable(fn.params[0], sourceCode);
  if (event) handler.contexts.push(event);
  return handler;
}

/** Convex's HTTP action makers: the app's generated `httpAction`, and `httpActionGeneric` of `convex/server`. */
const CONVEX_HTTP_ACTIONS: ReadonlySet<string> = new Set(['httpAction', 'httpActionGeneric']);

/**
 * A Convex HTTP action (real-world batch 268): `httpAction(async (ctx, request) => …)`, the maker imported from the
 * generated server module or `convex/server`, whose second parameter is a Fetch `Request` and whose first is the
 * action's context (`ctx.runMutation`), holding no request. Routed by `http.route({ path, method, handler })`,
 * whose static `path` is the route's path.
 */
function convexHttpAction(fn: FunctionNode, sourceCode: SourceCode): RequestHandler | null {
  if (fn.params.length < 2) return null;
  const call = convexActionCall(fn, sourceCode);
  if (!call) return null;
  const ref = moduleRefOf(call.callee, sourceCode);
  if (ref === null || ref.path.length !== 1 || !CONVEX_HTTP_ACTIONS.has(ref.path[0]!) || !isConvexServerModule(ref.module)) return null;
  const request = paramVariable(fn.params[1], sourceCode);
  if (!request) return null;
  const handler = emptyHandler(fn, 'file-route');
  handler.requests.push(request);
  const property = call.parent;
  if (property?.type === AST_NODE_TYPES.Property && property.value === call && propertyKey(property, sourceCode) === 'handler') {
    const path = objectEntries(property.parent, sourceCode)?.find((entry) => entry.key === 'path')?.value;
    handler.path = path ? staticString(path, sourceCode) : null;
  }
  return handler;
}

/** The call `fn` is the first argument of, written in place or by the name it is declared under (`httpAction(handle)`). */
function convexActionCall(fn: FunctionNode, sourceCode: SourceCode): TSESTree.CallExpression | null {
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === fn) return parent;
  const declared = declaredId(fn);
  const variable = declared ? variableOf(declared.id, sourceCode) : null;
  for (const ref of variable?.references ?? []) {
    const call = ref.identifier.parent;
    if (call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === ref.identifier) return call;
  }
  return null;
}

/** The name `fn` is exported under when it is a CommonJS export's value (`exports.x = fn`, `module.exports = { x: fn }`). */
function commonJsExportName(fn: Node, sourceCode: SourceCode): string | null {
  if (!isNamedCommonJsExport(fn, sourceCode)) return null;
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left.type === AST_NODE_TYPES.MemberExpression) return memberName(parent.left, sourceCode);
  return parent?.type === AST_NODE_TYPES.Property ? propertyKey(parent, sourceCode) : null;
}

/**
 * An AWS Lambda (API Gateway proxy) or Netlify function: the module's export named `handler` whose first parameter is
 * the `event` (`event.body` the raw body, `event.headers` the headers), not a context, and whose second is no response.
 * The export is the route itself.
 */
function lambdaHandler(fn: FunctionNode, sourceCode: SourceCode): RequestHandler | null {
  const [event, second] = fn.params;
  // SST v2's `ApiHandler(async () => { const body = useJsonBody(); … })`: the request is read through hooks.
  if (fn.params.length === 0) return wrappedLambdaExport(fn, sourceCode) ? emptyHandler(fn, 'file-route') : null;
  // `(req, res)` / `(ctx, next)` under that name is an Express or Koa controller another file routes (see
  // `exportedByName`); Netlify's `(req, context)` is a function.
  // The event named, or destructured (`async ({ body, headers }) => …`: its raw body and headers; batch 232).
  const named = event?.type === AST_NODE_TYPES.Identifier && !isContextParam(event);
  const destructured = event?.type === AST_NODE_TYPES.ObjectPattern && event.properties.some((p) => p.type === AST_NODE_TYPES.Property && !p.computed && LAMBDA_EVENT_KEYS.has(propertyKey(p, sourceCode) ?? ''));
  if (!(named || destructured) || isResponseParam(second)) return null;
  const exported =
    (declaredId(fn)?.id.name === LAMBDA_EXPORT ? exportedByName(fn, sourceCode) : commonJsExportName(fn, sourceCode) === LAMBDA_EXPORT) ||
    wrappedLambdaExport(fn, sourceCode);
  return exported ? positional(emptyHandler(fn, 'file-route'), sourceCode) : null;
}
const LAMBDA_EXPORT = 'handler';
/** Keys of an API Gateway / Netlify event that a destructured event parameter reads. */
const LAMBDA_EVENT_KEYS: ReadonlySet<string> = new Set(['body', 'headers', 'isBase64Encoded', 'httpMethod', 'requestContext', 'rawBody']);

/** Functions that wrap a Lambda handler and hand it the same event: middy's `middy(fn)`, SST v2's `ApiHandler(fn)`. */
const LAMBDA_WRAPPERS: ReadonlyArray<{ module: string; path: readonly string[] }> = [
  { module: '@middy/core', path: [] },
  { module: '@middy/core', path: ['default'] },
  { module: 'sst/node/api', path: ['ApiHandler'] },
];
/** middy middlewares that only parse, normalise or answer (no signature check): the handler still gets every request. */
const PASSIVE_MIDDY_MIDDLEWARE: ReadonlySet<string> = new Set([
  '@middy/http-json-body-parser',
  '@middy/http-urlencode-body-parser',
  '@middy/http-event-normalizer',
  '@middy/http-header-normalizer',
  '@middy/http-error-handler',
  '@middy/http-cors',
  '@middy/http-response-serializer',
  '@middy/http-security-headers',
]);

/** The wrappers' modules as the file must spell them (asked once per file, before any scope work). */
const spellsLambdaWrapperModule = textFinder([...new Set(LAMBDA_WRAPPERS.map((w) => w.module))]);

/** Is `callee` middy or SST's `ApiHandler` (LAMBDA_WRAPPERS)? */
function isLambdaWrapper(callee: Node, sourceCode: SourceCode): boolean {
  const ref = moduleRefOf(callee, sourceCode);
  return LAMBDA_WRAPPERS.some((wrapper) => isModuleRef(ref, [wrapper.module], wrapper.path));
}

/** Does a middy `.use(…)` add only middlewares that parse, normalise or answer (PASSIVE_MIDDY_MIDDLEWARE)? */
function passiveMiddlewares(use: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const middlewares = use.arguments.flatMap((a): ReadonlyArray<Node | null> => (a.type === AST_NODE_TYPES.ArrayExpression ? a.elements : [a]));
  return middlewares.every((middleware) => {
    const made = middleware && middleware.type !== AST_NODE_TYPES.SpreadElement ? unwrap(middleware) : null;
    const source = made?.type === AST_NODE_TYPES.CallExpression ? moduleRefOf(made.callee, sourceCode)?.module : undefined;
    return source !== undefined && PASSIVE_MIDDY_MIDDLEWARE.has(source);
  });
}

/**
 * Is `fn` (inline, or a const of the file) the function a Lambda wrapper is called with, where that call is the
 * export named `handler` (`export const handler = middy(baseHandler).use(jsonBodyParser())`, `middy().use(…).handler(fn)`, `export const
 * handler = ApiHandler(async (evt) => …)`; real-world batch FA)? A `.use()` of any middleware but those that only parse or
 * answer may check the signature before the handler runs: then it is not judged.
 */
function wrappedLambdaExport(fn: FunctionNode, sourceCode: SourceCode): boolean {
  if (!perFile(sourceCode, 'handlers:lambda-wrappers', () => spellsLambdaWrapperModule(sourceCode.text))) return false;
  let argument: Node = fn;
  if (fn.parent?.type !== AST_NODE_TYPES.CallExpression) {
    const declared = declaredId(fn);
    const variable = declared ? variableOf(declared.id, sourceCode) : null;
    const uses = variable?.references.filter((ref) => !ref.init) ?? [];
    if (uses.length !== 1) return false;
    argument = uses[0]!.identifier as Node;
  }
  const wrapper = argument.parent;
  if (wrapper?.type !== AST_NODE_TYPES.CallExpression || wrapper.arguments[0] !== argument) return false;
  let call: TSESTree.CallExpression = wrapper;
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee, sourceCode) === 'handler') {
    // middy's fluent form: `middy().use(httpErrorHandler()).handler(fn)`.
    let base = unwrap(callee.object);
    while (base.type === AST_NODE_TYPES.CallExpression && base.callee.type === AST_NODE_TYPES.MemberExpression && memberName(base.callee, sourceCode) === 'use') {
      if (!passiveMiddlewares(base, sourceCode)) return false;
      base = unwrap(base.callee.object);
    }
    if (base.type !== AST_NODE_TYPES.CallExpression || !isLambdaWrapper(base.callee, sourceCode)) return false;
  } else if (!isLambdaWrapper(call.callee, sourceCode)) return false;
  // middy's chain: `.use(jsonBodyParser())`, `.use([a(), b()])`.
  while (call.parent?.type === AST_NODE_TYPES.MemberExpression && call.parent.object === call && memberName(call.parent, sourceCode) === 'use') {
    const use: Node | undefined = call.parent.parent;
    if (use?.type !== AST_NODE_TYPES.CallExpression || use.callee !== call.parent || !passiveMiddlewares(use, sourceCode)) return false;
    call = use;
  }
  const holder = call.parent;
  if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.init === call) {
    return holder.id.type === AST_NODE_TYPES.Identifier && holder.id.name === LAMBDA_EXPORT && holder.parent.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration;
  }
  return (
    holder?.type === AST_NODE_TYPES.AssignmentExpression &&
    holder.right === call &&
    holder.left.type === AST_NODE_TYPES.MemberExpression &&
    memberName(holder.left, sourceCode) === LAMBDA_EXPORT &&
    isModuleExports(holder.left.object, sourceCode)
  );
}

function decoratorArgument(decorator: TSESTree.Decorator): Node | null {
  const expression = unwrap(decorator.expression);
  if (expression.type !== AST_NODE_TYPES.CallExpression) return null;
  const arg = expression.arguments[0];
  return arg && arg.type !== AST_NODE_TYPES.SpreadElement ? arg : null;
}

/** A method of a `@Controller()` class with a route decorator. */
/**
 * The decorators of a class, member or parameter. espree leaves the `decorators` array out when there are none
 * (typescript-eslint always sets it), so every React class component's `constructor` under espree has none.
 */
const decoratorsOf = (node: { decorators?: TSESTree.Decorator[] }): TSESTree.Decorator[] => node.decorators ?? [];

function nestRouteHandler(fn: FunctionNode, sourceCode: SourceCode): RequestHandler | null {
  const method = fn.parent;
  if (method?.type !== AST_NODE_TYPES.MethodDefinition || method.value !== fn) return null;
  const route = decoratorsOf(method).find((d) => NEST_ROUTES.has(decoratorName(d) ?? ''));
  const classNode = method.parent?.parent;
  if (!route || (classNode?.type !== AST_NODE_TYPES.ClassDeclaration && classNode?.type !== AST_NODE_TYPES.ClassExpression)) return null;
  const controller = decoratorsOf(classNode).find((d) => decoratorName(d) === 'Controller');
  if (!controller) return null;
  const handler = emptyHandler(fn, 'nest-route');
  const routeArg = decoratorArgument(route);
  handler.path = routeArg ? staticString(routeArg, sourceCode) : null;
  // `@Controller('stripe')` or `@Controller({ path: 'stripe' })`, joined with the method's path.
  const controllerArg = decoratorArgument(controller);
  const controllerTarget = controllerArg ? unwrap(controllerArg) : null;
  const pathNode =
    controllerTarget?.type === AST_NODE_TYPES.ObjectExpression
      ? controllerTarget.properties.find((p): p is PropertyOf<typeof p> => p.type === AST_NODE_TYPES.Property && propertyKey(p, sourceCode) === 'path')?.value
      : controllerTarget;
  const controllerPath = pathNode ? staticString(pathNode, sourceCode) : controllerArg ? null : '';
  const methodPath = routeArg ? handler.path : '';
  handler.nestController = {
    name: classNode.id?.name ?? null,
    path: controllerPath === null || methodPath === null ? null : [controllerPath, methodPath].map((part) => part.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/'),
  };
  for (const decorator of [...decoratorsOf(method), ...decoratorsOf(classNode)]) {
    if (NEST_MIDDLEWARE.has(decoratorName(decorator) ?? '')) handler.middleware.push(decorator);
  }
  for (const param of fn.params) {
    const target = param.type === AST_NODE_TYPES.TSParameterProperty ? param.parameter : param;
    const variable = paramVariable(target, sourceCode);
    if (!variable) continue;
    for (const decorator of decoratorsOf(target)) {
      const name = decoratorName(decorator);
      const arg = decoratorArgument(decorator);
      if (name === 'Req' || name === 'Request') handler.requests.push(variable);
      else if (name === 'Res' || name === 'Response') handler.responses.push(variable);
      else if (name === 'Body' && !arg) handler.bodies.push(variable);
      else if (name === 'RawBody') handler.rawBodies.push(variable);
      else if (name === 'Headers') handler.headers.set(variable, arg ? (staticString(arg, sourceCode)?.toLowerCase() ?? null) : null);
    }
  }
  return handler;
}

/** Is `options` an object literal with `where: 'server'` (an iron:router server route)? */
function isServerRouteOptions(options: Node | undefined, sourceCode: SourceCode): boolean {
  const target = options ? unwrap(options) : null;
  return (
    target?.type === AST_NODE_TYPES.ObjectExpression &&
    target.properties.some((p) => p.type === AST_NODE_TYPES.Property && propertyKey(p, sourceCode) === 'where' && staticString(p.value, sourceCode) === 'server')
  );
}

/** `x.route(…)` with a `where: 'server'` options object among its arguments: its static path when written, else null. */
function serverRouteCall(node: Node | undefined, sourceCode: SourceCode): { path: string | null } | null {
  const call = node ? unwrap(node) : null;
  if (call?.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee, sourceCode) !== 'route') return null;
  const options = call.arguments.find((arg) => isServerRouteOptions(arg, sourceCode));
  if (!options) return null;
  const [first] = call.arguments;
  const path = first && first.type !== AST_NODE_TYPES.SpreadElement ? staticString(first, sourceCode) : null;
  const optionsPath = options.type === AST_NODE_TYPES.ObjectExpression ? options.properties.find((p) => p.type === AST_NODE_TYPES.Property && propertyKey(p, sourceCode) === 'path') : undefined;
  const written = optionsPath?.type === AST_NODE_TYPES.Property ? staticString(optionsPath.value, sourceCode) : path;
  return { path: written?.startsWith('/') ? written : null };
}

/**
 * A server route of Meteor's iron:router, whose function reads the request as `this.request` (Node's
 * `IncomingMessage`, with the body parsed) and answers with `this.response`: `Router.route('/hook', function () {…},
 * { where: 'server' })`, `Router.route('/hook', { where: 'server' }).post(function () {…})`, and the `action` of a
 * route's options (`this.route('hook', { where: 'server', path: '/hook', action: function () {…} })`, iron:router
 * 0.x). Only a `function` (an arrow has no `this` of its own) with `where: 'server'` written beside it.
 */
function ironRouterHandler(fn: FunctionNode, sourceCode: SourceCode): RequestHandler | null {
  if (fn.type === AST_NODE_TYPES.ArrowFunctionExpression) return null;
  const parent = fn.parent;
  let route: { path: string | null } | null = null;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
    const callee = unwrap(parent.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee, sourceCode) === 'route') route = serverRouteCall(parent, sourceCode);
    else if (callee.type === AST_NODE_TYPES.MemberExpression && ROUTE_METHODS.has(memberName(callee, sourceCode) ?? '')) route = serverRouteCall(callee.object, sourceCode);
  } else if (parent?.type === AST_NODE_TYPES.Property && parent.value === fn && propertyKey(parent, sourceCode) === 'action') {
    route = isServerRouteOptions(parent.parent, sourceCode) ? serverRouteCall(parent.parent?.parent, sourceCode) : null;
  }
  if (!route) return null;
  return { ...emptyHandler(fn, 'route'), path: route.path, thisRequest: true };
}

/**
 * `Picker` of meteorhacks:picker: the global (unresolved), the package's import (`import { Picker } from
 * 'meteor/meteorhacks:picker'`, or its maintained fork's), or a filtered router made from it (`Picker.filter(fn)`).
 */
function isPickerRouter(node: Node, sourceCode: SourceCode, depth = 0): boolean {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(target, sourceCode);
    if (!variable || variable.defs.length === 0) return target.name === PICKER;
    const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
    const binding = def ? importBinding(def) : null;
    if (binding) return PICKER_MODULES.has(binding.source) && binding.name === PICKER;
    const init = def?.type === 'Variable' && def.node.id.type === AST_NODE_TYPES.Identifier && def.parent.kind === 'const' ? def.node.init : null;
    return init !== null && init !== undefined && depth < 2 && isPickerRouter(init, sourceCode, depth + 1);
  }
  if (target.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrap(target.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee, sourceCode) === 'filter' && depth < 2 && isPickerRouter(callee.object, sourceCode, depth + 1);
}

/**
 * A meteorhacks:picker server route (Meteor): `Picker.route('/webhook', function (params, req, res, next) {…})`, also
 * on a filtered router (`const post = Picker.filter((req) => req.method === 'POST'); post.route(…)`). Its request is
 * the second parameter and its response the third (real-world batch DC).
 */
function pickerHandler(fn: FunctionNode, sourceCode: SourceCode): RequestHandler | null {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[1] !== fn) return null;
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee, sourceCode) !== 'route' || !isPickerRouter(callee.object, sourceCode)) return null;
  const handler = emptyHandler(fn, 'route');
  const path = call.arguments[0] && call.arguments[0].type !== AST_NODE_TYPES.SpreadElement ? routePath(call.arguments[0], sourceCode) : null;
  handler.path = path || null;
  const request = paramVariable(fn.params[1], sourceCode);
  const response = paramVariable(fn.params[2], sourceCode);
  if (request) handler.requests.push(request);
  if (response) handler.responses.push(response);
  return handler;
}

const AZURE_FUNCTIONS_MODULE = '@azure/functions';
const AZURE_REQUEST_NAME = /^req(?:uest)?$/;

/**
 * An Azure Functions HTTP trigger (real-world batch 232): the classic model's `async function (context, req)`, its
 * request the second parameter (`req.body`, `req.rawBody`, `req.headers`), exported as the module (`module.exports
 * = …`, `export default httpTrigger`) or in a file that imports `@azure/functions`; and the v4 model's `(request:
 * HttpRequest, context: InvocationContext)`, a Fetch-like request, in a file that imports it (registered by
 * `app.http(name, { handler })`).
 */
function azureHandler(fn: FunctionNode, sourceCode: SourceCode): RequestHandler | null {
  const [first, second] = fn.params;
  if (!first || !second) return null;
  const azure = perFile(sourceCode, 'handlers:azure-functions', () => sourceCode.text.includes(AZURE_FUNCTIONS_MODULE));
  const named = (param: Node, name: RegExp, type: string): boolean => {
    const declared = typeName(param);
    return declared === null ? name.test(paramName(param) ?? '') : declared === type;
  };
  let request: Node | null = null;
  if (named(first, /^context$/, 'Context') && named(second, AZURE_REQUEST_NAME, 'HttpRequest') && (azure || exportedAsModule(fn, sourceCode))) request = second;
  else if (azure && named(first, AZURE_REQUEST_NAME, 'HttpRequest') && named(second, /^context$/, 'InvocationContext')) request = first;
  const variable = request && paramVariable(request, sourceCode);
  if (!variable) return null;
  const handler = emptyHandler(fn, 'file-route');
  handler.requests.push(variable);
  return handler;
}

/** Is the function the module's export itself: `module.exports = fn`, `export default fn`, or a const so exported? */
function exportedAsModule(fn: FunctionNode, sourceCode: SourceCode): boolean {
  const isModuleExport = (node: Node): boolean => {
    const parent = node.parent;
    return (
      parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration ||
      (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === node && isModuleExports(parent.left, sourceCode))
    );
  };
  if (isModuleExport(fn)) return true;
  const declared = declaredId(fn);
  const variable = declared ? variableOf(declared.id, sourceCode) : null;
  return variable !== null && variable.references.some((ref) => isModuleExport(ref.identifier as Node));
}

/** A function with a request-like first parameter: `(req, res)`, `(request: NextRequest)`, `(ctx: Koa.Context, next)`. */
function paramsHandler(fn: FunctionNode, sourceCode: SourceCode): RequestHandler | null {
  const [first] = fn.params;
  if (!first || isDurableObjectMethod(fn, sourceCode)) return null;
  const name = paramName(first);
  const type = typeName(first);
  const contextLike = (type !== null && CONTEXT_TYPES.has(type)) || (type === null && name !== null && CONTEXT_NAME.test(name));
  if (!isRequestParam(first) && !contextLike) return null;
  return positional(emptyHandler(fn, 'request-params'), sourceCode);
}

/**
 * A method of a Cloudflare Durable Object (`class Ledger extends DurableObject`, from `cloudflare:workers`, or a class
 * whose constructor takes a `DurableObjectState`): its `fetch(request)` is reached only through a stub that the app's
 * own Worker gets from its binding, never from the internet (real-world batch FA). Not a public route.
 */
function isDurableObjectMethod(fn: FunctionNode, sourceCode: SourceCode): boolean {
  const method = fn.parent;
  return method?.type === AST_NODE_TYPES.MethodDefinition && method.value === fn && isDurableObjectClass(method.parent.parent, sourceCode);
}

/** A Cloudflare Durable Object class: extends `DurableObject` of `cloudflare:workers`, or takes a `DurableObjectState`. */
export function isDurableObjectClass(classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression, sourceCode: SourceCode): boolean {
  if (classNode.superClass) {
    const ref = moduleRefOf(classNode.superClass, sourceCode);
    return ref !== null && ref.module === 'cloudflare:workers' && ref.path.length === 1 && ref.path[0] === 'DurableObject';
  }
  const constructor = classNode.body.body.find((m): m is TSESTree.MethodDefinition => m.type === AST_NODE_TYPES.MethodDefinition && m.kind === 'constructor');
  const first = constructor?.value.params[0];
  const state = first?.type === AST_NODE_TYPES.TSParameterProperty ? first.parameter : first;
  return state !== undefined && typeName(state) === 'DurableObjectState';
}

/** Handlers registered by name: `app.post('/webhook', express.raw(...), handleWebhook)` where the function is in this file. */
function registeredByName(fn: FunctionNode, sourceCode: SourceCode): RequestHandler | null {
  const declared = declaredId(fn);
  if (!declared) return null;
  const variable = variableOf(declared.id, sourceCode);
  if (!variable) return null;
  for (const ref of variable.references) {
    const call = ref.identifier.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(ref.identifier as TSESTree.CallExpressionArgument)) continue;
    const registration = routeRegistration(ref.identifier, call, sourceCode);
    if (registration) return positional({ ...emptyHandler(fn, 'route'), ...registration }, sourceCode);
  }
  return null;
}

/**
 * A function of this file that a request handler of this file calls with its request first (`return
 * handleWebhook(request, env)` in a Worker's `fetch`): it handles that request, whatever its first parameter is named.
 */
function forwardedHandler(fn: FunctionNode, sourceCode: SourceCode): RequestHandler | null {
  const declared = declaredId(fn);
  const variable = declared ? variableOf(declared.id, sourceCode) : null;
  if (!variable || fn.params.length === 0) return null;
  for (const ref of variable.references) {
    const call = ref.identifier.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== ref.identifier) continue;
    const first = call.arguments[0];
    if (first?.type !== AST_NODE_TYPES.Identifier) continue;
    const enclosing = enclosingFunction(call);
    const caller = enclosing && enclosing !== fn ? requestHandler(enclosing, sourceCode) : null;
    if (caller && refersTo(first, caller.requests, sourceCode)) return positional({ ...emptyHandler(fn, 'request-params'), caller }, sourceCode);
  }
  return null;
}

/** `module.exports` / `exports` (an unresolved `module` / `exports`). */
export function isModuleExports(node: Node, sourceCode: SourceCode): boolean {
  const target = unwrap(node);
  const unresolved = (id: TSESTree.Identifier): boolean => {
    const variable = variableOf(id, sourceCode);
    return variable === null || variable.defs.length === 0;
  };
  if (target.type === AST_NODE_TYPES.Identifier) return target.name === 'exports' && unresolved(target);
  if (target.type !== AST_NODE_TYPES.MemberExpression || memberName(target) !== 'exports') return false;
  const object = unwrap(target.object);
  return object.type === AST_NODE_TYPES.Identifier && object.name === 'module' && unresolved(object);
}

/** `exports.x = value` / `module.exports.x = value` / `module.exports = { x: value, y }` holding `node`. */
function isNamedCommonJsExport(node: Node, sourceCode: SourceCode): boolean {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === node && parent.left.type === AST_NODE_TYPES.MemberExpression) {
    return isModuleExports(parent.left.object, sourceCode);
  }
  if (parent?.type === AST_NODE_TYPES.Property && parent.value === node && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
    const holder = parent.parent.parent;
    return holder?.type === AST_NODE_TYPES.AssignmentExpression && holder.right === parent.parent && isModuleExports(holder.left, sourceCode);
  }
  return false;
}

/**
 * The names `fn` is exported under by name (`export function handleWebhook`, `export const handleWebhook = …`, `export
 * { handleWebhook as handle }`, `exports.handleWebhook = …`, `module.exports = { handleWebhook }`): a controller that
 * another file routes. Null stands for a name not written out (`exports[key] = fn`). Empty when none: a default export
 * and `module.exports = handler` are the route itself in Next.js and serverless platforms.
 */
export function exportedNames(fn: FunctionNode, sourceCode: SourceCode): Array<string | null> {
  const names: Array<string | null> = [];
  // A controller class's method, routed as `Controller.method` (a static of an exported class) or `controller.method`
  // (a method of an exported instance): real-world batch 301, `module.exports = WebhookController` with a static
  // `handleStripeWebhookTest` that no router routes.
  const method = fn.parent;
  if (method?.type === AST_NODE_TYPES.MethodDefinition && method.value === fn && method.kind === 'method' && classExported(method.parent.parent, method.static, sourceCode)) {
    names.push(propertyKey(method, sourceCode));
  }
  if (isNamedCommonJsExport(fn, sourceCode)) names.push(commonJsExportName(fn, sourceCode));
  const declared = declaredId(fn);
  if (declared && declaredExported(declared)) names.push(declared.id.name); // `export function f`, `export const f = …`
  const variable = declared ? variableOf(declared.id, sourceCode) : null;
  for (const ref of variable?.references ?? []) {
    const identifier = ref.identifier as Node;
    const parent = identifier.parent;
    if (parent?.type === AST_NODE_TYPES.ExportSpecifier) {
      const exported = parent.exported;
      const name = exported.type === AST_NODE_TYPES.Identifier ? exported.name : exported.value;
      if (name !== 'default') names.push(name);
    } else if (isNamedCommonJsExport(identifier, sourceCode)) {
      names.push(commonJsExportName(identifier, sourceCode));
    }
  }
  return names;
}

/**
 * Is the class exported, so that other files reach its static methods (`export class C`, `export default class`,
 * `module.exports = C`, `exports.C = C`, `module.exports = { C }`, `export { C }`), or, for its instance methods, an
 * instance of it (`module.exports = new C()`, `export default new C()`, `export const c = new C()`)?
 */
function classExported(cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression, statics: boolean, sourceCode: SourceCode): boolean {
  const exportedValue = (node: Node): boolean => {
    const parent = node.parent;
    if (parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration || parent?.type === AST_NODE_TYPES.ExportSpecifier) return true;
    if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === node) return isModuleExports(parent.left, sourceCode) || isNamedCommonJsExport(node, sourceCode);
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node) return parent.parent.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration;
    return isNamedCommonJsExport(node, sourceCode);
  };
  // The class itself, or `new C()`, as a value written where it is exported.
  const exportedAs = (value: Node): boolean => (statics ? exportedValue(value) : value.parent?.type === AST_NODE_TYPES.NewExpression && value.parent.callee === value && exportedValue(value.parent));
  if (statics && (cls.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration || cls.parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration)) return true;
  if (cls.type === AST_NODE_TYPES.ClassExpression && statics && exportedValue(cls)) return true;
  // The class's bindings: a declaration's (in its scope, and the one inside the class) or the const it is assigned to.
  const declarator = cls.parent?.type === AST_NODE_TYPES.VariableDeclarator && cls.parent.init === cls ? cls.parent : null;
  const variables = [...sourceCode.getDeclaredVariables(cls), ...(declarator ? sourceCode.getDeclaredVariables(declarator) : [])];
  return variables.some((variable) => variable.references.some((ref) => exportedAs(ref.identifier as Node)));
}

/** Is `fn` exported by name (`exportedNames`)? */
export function exportedByName(fn: FunctionNode, sourceCode: SourceCode): boolean {
  return exportedNames(fn, sourceCode).length > 0;
}

/** The request handler `fn` is, or null. Memoised per file. */
export function requestHandler(fn: FunctionNode, sourceCode: SourceCode): RequestHandler | null {
  const memo = perFile(sourceCode, 'request-handlers', () => new WeakMap<FunctionNode, RequestHandler | null>());
  if (memo.has(fn)) return memo.get(fn)!;
  memo.set(fn, null); // while it is worked out: a function that forwards to itself (`forwardedHandler`) is no handler by that call
  const parent = fn.parent;
  const handler =
    ironRouterHandler(fn, sourceCode) ??
    pickerHandler(fn, sourceCode) ??
    (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee !== fn ? routeHandler(fn, parent, sourceCode) : null) ??
    routeObjectHandler(fn, sourceCode) ??
    fileRouteHandler(fn, sourceCode) ??
    tanstackRouteHandler(fn, sourceCode) ??
    h3Handler(fn, sourceCode) ??
    convexHttpAction(fn, sourceCode) ??
    lambdaHandler(fn, sourceCode) ??
    appwriteHandler(fn, sourceCode) ??
    nestRouteHandler(fn, sourceCode) ??
    azureHandler(fn, sourceCode) ??
    registeredByName(fn, sourceCode) ??
    forwardedHandler(fn, sourceCode) ??
    paramsHandler(fn, sourceCode);
  if (handler) takeApartInBody(handler, sourceCode);
  memo.set(fn, handler);
  return handler;
}

// ---------------------------------------------------------------------------------------------------------------
// What an expression reads from the request

export type RequestRead =
  /** The parsed body: `req.body`, `ctx.request.body`, `await request.json()`, a Nest `@Body()` parameter. */
  | 'body'
  /** The raw body: `req.rawBody`, `await request.text()`, `ctx.request.rawBody`. */
  | 'raw-body'
  /** The headers object or one header: `req.headers`, `req.headers['stripe-signature']`, `request.headers.get(...)`. */
  | 'headers'
  /** The request (or context) object itself. */
  | 'request';

/** Also Appwrite Functions' request: `req.bodyJson` parsed, `req.bodyRaw` / `req.bodyText` / `req.bodyBinary` raw. */
const PARSED_MEMBERS = new Set(['body', 'payload', 'bodyJson']);
const RAW_MEMBERS = new Set(['rawBody', 'bodyRaw', 'bodyText', 'bodyBinary']);

/** What a key taken out of the request in the handler's body holds: `const { body } = req`. */
const REQUEST_PART_KEYS: ReadonlyMap<string, 'body' | 'raw-body' | 'headers'> = new Map([
  ...[...PARSED_MEMBERS].map((key): [string, 'body'] => [key, 'body']),
  ...[...RAW_MEMBERS].map((key): [string, 'raw-body'] => [key, 'raw-body']),
  ['headers', 'headers'],
]);

/**
 * The request and its parts taken apart in the handler's body rather than in its parameter list: `const { req, res }
 * = context` (an Appwrite Function given its context whole), `const { request } = event` (SvelteKit), `const { request
 * } = ctx` (Koa), then `const { bodyJson } = req`. Only declarations never written again; the variables join the
 * handler's requests, bodies, raw bodies and headers.
 */
function takeApartInBody(handler: RequestHandler, sourceCode: SourceCode): void {
  const patternsOf = (variable: Variable): TSESTree.ObjectPattern[] => {
    const out: TSESTree.ObjectPattern[] = [];
    for (const reference of variable.references) {
      const declarator = reference.identifier.parent;
      if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === reference.identifier && declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
        out.push(declarator.id);
      }
    }
    return out;
  };
  const bound = (pattern: TSESTree.ObjectPattern, take: (key: string, variable: Variable) => void): void => {
    for (const property of pattern.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
      const key = propertyKey(property, sourceCode);
      const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
      const variable = key !== null && value.type === AST_NODE_TYPES.Identifier ? variableOf(value, sourceCode) : null;
      if (variable && isNeverReassigned(variable)) take(key!, variable);
    }
  };
  for (const context of handler.contexts) {
    for (const pattern of patternsOf(context)) {
      bound(pattern, (key, variable) => {
        if (DESTRUCTURED_REQUEST_KEYS.has(key) && !handler.requests.includes(variable)) handler.requests.push(variable);
      });
    }
  }
  for (const request of [...handler.requests]) {
    for (const pattern of patternsOf(request)) {
      bound(pattern, (key, variable) => {
        const part = REQUEST_PART_KEYS.get(key);
        if (part === 'body') handler.bodies.push(variable);
        else if (part === 'raw-body') handler.rawBodies.push(variable);
        else if (part === 'headers' && !handler.headers.has(variable)) handler.headers.set(variable, null);
      });
    }
  }
}

/**
 * The request's member that is the underlying request, not its body: Hono's `c.req.raw` (the Fetch `Request`),
 * Fastify's `request.raw` (Node's `IncomingMessage`), hapi's `request.raw` (holding `req`); real-world batch 269.
 */
const UNDERLYING_REQUEST = 'raw';
const BODY_METHODS = new Set(['json', 'formData', 'parseBody']);
const RAW_METHODS = new Set(['text', 'arrayBuffer', 'blob']);
/**
 * AdonisJS's request: `request.body()` / `request.all()` the parsed body, `request.raw()` the raw one (real-world batch
 * FS). Called with no argument, in a file that does not use Oak, whose `ctx.request.body(options)` is a body reader.
 */
const ADONIS_BODY_METHODS = new Set(['body', 'all']);
const ADONIS_RAW_METHOD = 'raw';
const usesOak = (sourceCode: SourceCode): boolean => perFile(sourceCode, 'handlers:oak', () => /\boak\b/.test(sourceCode.text));
const HEADER_METHODS = new Set(['get', 'header', 'getHeader']);

/** Does `node` refer to one of `variables`? */
export function refersTo(node: Node, variables: readonly Variable[], sourceCode: SourceCode): boolean {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.Identifier || variables.length === 0) return false;
  const variable = variableOf(target, sourceCode);
  return variable !== null && variables.includes(variable);
}

/** The request object of `node` when it is `req`, `ctx.request`, `ctx.req` (Hono), else null. */
function requestObject(node: Node, handler: RequestHandler, sourceCode: SourceCode): 'request' | 'context' | null {
  const target = unwrap(node);
  // iron:router's `this.request`, where `this` is the route function's own
  if (handler.thisRequest && target.type === AST_NODE_TYPES.MemberExpression && unwrap(target.object).type === AST_NODE_TYPES.ThisExpression && memberName(target, sourceCode) === 'request') {
    return thisOwner(target.object) === handler.fn ? 'request' : null;
  }
  if (refersTo(target, handler.requests, sourceCode)) return 'request';
  if (refersTo(target, handler.contexts, sourceCode)) return 'context';
  if (target.type === AST_NODE_TYPES.MemberExpression && memberName(target, sourceCode) === UNDERLYING_REQUEST && requestObject(target.object, handler, sourceCode) === 'request') return 'request';
  if (target.type === AST_NODE_TYPES.MemberExpression && refersTo(target.object, handler.contexts, sourceCode)) {
    const name = memberName(target, sourceCode);
    if (name === 'request' || name === 'req') return 'request';
  }
  // h3's `event.node.req`
  if (target.type === AST_NODE_TYPES.MemberExpression && memberName(target, sourceCode) === 'req') {
    const node = unwrap(target.object);
    if (node.type === AST_NODE_TYPES.MemberExpression && memberName(node, sourceCode) === 'node' && refersTo(node.object, handler.contexts, sourceCode)) return 'request';
  }
  return null;
}

/** The function whose `this` a `this` expression is: the nearest enclosing function that is not an arrow. */
function thisOwner(node: Node): Node | null {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current) && current.type !== AST_NODE_TYPES.ArrowFunctionExpression) return current;
  }
  return null;
}

/** `ctx.request.body` in a handler with a context: Oak's body object (or reader, in Oak 12), whose methods read the body. */
function isOakBody(node: Node, handler: RequestHandler, sourceCode: SourceCode): boolean {
  const target = unwrap(node);
  return (
    handler.contexts.length > 0 &&
    target.type === AST_NODE_TYPES.MemberExpression &&
    memberName(target, sourceCode) === 'body' &&
    unwrap(target.object).type === AST_NODE_TYPES.MemberExpression &&
    requestObject(target.object, handler, sourceCode) === 'request'
  );
}

/** `readBody(event)`, `getHeader(event, 'stripe-signature')`: what an h3 utility reads from the handler's event. */
function h3Read(call: TSESTree.CallExpression, handler: RequestHandler, sourceCode: SourceCode): RequestRead | null {
  const event = call.arguments[0];
  if (!event || handler.contexts.length === 0 || !refersTo(event, handler.contexts, sourceCode)) return null;
  const name = h3Name(call.callee, sourceCode);
  return name !== null && Object.hasOwn(H3_READERS, name) ? H3_READERS[name]! : null;
}

/** `next/headers` `headers()` (awaited or not). */
function isNextHeaders(node: Node, sourceCode: SourceCode): boolean {
  let target = unwrap(node);
  if (target.type === AST_NODE_TYPES.AwaitExpression) target = unwrap(target.argument);
  if (target.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrap(target.callee);
  return callee.type === AST_NODE_TYPES.Identifier && isModuleRef(moduleRefOf(callee, sourceCode), ['next/headers'], ['headers']);
}

/** SST v2's request hooks (`sst/node/api`), which read the request of the `ApiHandler` they run in. */
const SST_HOOKS: Readonly<Record<string, RequestRead>> = { useJsonBody: 'body', useFormData: 'body', useBody: 'raw-body', useHeader: 'headers', useHeaders: 'headers' };

/** What an SST hook call reads (`useJsonBody()`: the parsed body), by its import from `sst/node/api`; null for anything else. */
function sstHookRead(callee: TSESTree.Identifier, sourceCode: SourceCode): RequestRead | null {
  if (!Object.hasOwn(SST_HOOKS, callee.name)) return null;
  const ref = moduleRefOf(callee, sourceCode);
  const hook = ref?.module === 'sst/node/api' && ref.path.length === 1 ? ref.path[0]! : null;
  return hook !== null && Object.hasOwn(SST_HOOKS, hook) ? SST_HOOKS[hook]! : null;
}

/** What `node` reads from the handler's request, or null. Awaits are looked through. */
export function requestRead(node: Node, handler: RequestHandler, sourceCode: SourceCode): RequestRead | null {
  let target = unwrap(node);
  if (target.type === AST_NODE_TYPES.AwaitExpression) target = unwrap(target.argument);
  if (refersTo(target, handler.bodies, sourceCode)) return 'body';
  if (refersTo(target, handler.rawBodies, sourceCode)) return 'raw-body';
  if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(target, sourceCode);
    if (variable && handler.headers.has(variable)) return 'headers';
    if (variable && (handler.requests.includes(variable) || handler.contexts.includes(variable))) return 'request';
    // `const headersList = await headers()` (next/headers): the request's headers, held (precision probe A, 2026-12-07).
    const init = variable ? constInit(variable) : null;
    return init && isNextHeaders(init, sourceCode) ? 'headers' : null;
  }
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(target, sourceCode);
    const object = requestObject(target.object, handler, sourceCode);
    if (object === 'request') {
      if (name === UNDERLYING_REQUEST) return 'request';
      if (name !== null && PARSED_MEMBERS.has(name)) return 'body';
      if (name !== null && RAW_MEMBERS.has(name)) return 'raw-body';
      if (name === 'headers') return 'headers';
    }
    if (object === 'context' && (name === 'request' || name === 'req')) return 'request';
    if (name === 'req' && requestObject(target, handler, sourceCode) === 'request') return 'request'; // h3's `event.node.req`
    if (object === 'context' && name === 'headers') return 'headers';
    // Oak 12's body reader: `ctx.request.body({ type: 'json' }).value`, `ctx.request.body().value`
    const reader = unwrap(target.object);
    if (name === 'value' && reader.type === AST_NODE_TYPES.CallExpression && isOakBody(reader.callee, handler, sourceCode)) return 'body';
    // req.headers['stripe-signature'], headers().get is a call (below)
    const inner = unwrap(target.object);
    if (inner.type === AST_NODE_TYPES.MemberExpression && requestRead(inner, handler, sourceCode) === 'headers') return 'headers';
    if (refersTo(target.object, [...handler.headers.keys()], sourceCode)) return 'headers';
    return null;
  }
  if (target.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(target.callee);
    if (callee.type === AST_NODE_TYPES.Identifier) {
      if (refersTo(callee, handler.bodyReaders, sourceCode)) return 'body';
      return sstHookRead(callee, sourceCode) ?? h3Read(target, handler, sourceCode) ?? (isNextHeaders(target, sourceCode) ? 'headers' : null);
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
    const name = memberName(callee, sourceCode);
    if (name === null) return null;
    // Oak's body object (v13 and later): `ctx.request.body.json()`, `.formData()`, `.text()`
    if (isOakBody(callee.object, handler, sourceCode)) return BODY_METHODS.has(name) ? 'body' : RAW_METHODS.has(name) ? 'raw-body' : null;
    const object = requestObject(callee.object, handler, sourceCode);
    if (object === 'request') {
      if (BODY_METHODS.has(name)) return 'body';
      if ((ADONIS_BODY_METHODS.has(name) || name === ADONIS_RAW_METHOD) && target.arguments.length === 0 && !usesOak(sourceCode)) return name === ADONIS_RAW_METHOD ? 'raw-body' : 'body';
      // Hono's `c.req.valid('json')`: the body a validator middleware parsed
      if (name === 'valid' && isBodyTarget(target.arguments[0], sourceCode)) return 'body';
      if (RAW_METHODS.has(name)) return 'raw-body';
      if (HEADER_METHODS.has(name)) return 'headers';
    }
    if (object === 'context' && name === 'get') return 'headers'; // Koa ctx.get(name); Hono's c.header() is a setter
    if (HEADER_METHODS.has(name) && requestRead(callee.object, handler, sourceCode) === 'headers') return 'headers';
  }
  return null;
}

/** `'json'` / `'form'`: the validation targets of Hono's validators that are the request body. */
export function isBodyTarget(node: Node | undefined, sourceCode: SourceCode): boolean {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return false;
  const target = staticString(node, sourceCode);
  return target === 'json' || target === 'form';
}

/** The header a header read names, lower-cased: `req.headers['stripe-signature']`, `headers.get('Stripe-Signature')`. */
export function headerName(node: Node, handler: RequestHandler, sourceCode: SourceCode): string | null {
  let target = unwrap(node);
  if (target.type === AST_NODE_TYPES.AwaitExpression) target = unwrap(target.argument);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(target, sourceCode);
    return variable ? (handler.headers.get(variable) ?? null) : null;
  }
  if (requestRead(target, handler, sourceCode) !== 'headers') return null;
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(target, sourceCode);
    return name === 'headers' ? null : (name?.toLowerCase() ?? null);
  }
  if (target.type === AST_NODE_TYPES.CallExpression) {
    // `headers.get(name)`; h3's `getHeader(event, name)`
    const name = target.arguments[unwrap(target.callee).type === AST_NODE_TYPES.Identifier ? 1 : 0];
    return name && name.type !== AST_NODE_TYPES.SpreadElement ? (staticString(name, sourceCode)?.toLowerCase() ?? null) : null;
  }
  return null;
}
