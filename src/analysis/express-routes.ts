/**
 * Express routes written in another file for a controller exported by name: `router.post('/webhooks/stripe',
 * express.raw({ type: 'application/json' }), stripeWebhook)` in `routes/payments.js` with `const { stripeWebhook } =
 * require('../controllers/payments')` (real-world batch 288: a controller acting on `req.body` as a Stripe event,
 * routed with no middleware by a router two directories up). The controller's file does not show its route; the
 * router files may be anywhere in its package, and are looked for where apps keep them: in the controller's directory
 * and each one above it up to its package's root, and in the directories right below those (`routes/` beside
 * `controllers/`). They are read as text (not linted), each directory and file once per process; test files are left
 * out (a test may route a controller bare to call it).
 *
 * A route counts only where it is proven bare, as a route of the controller's own file would be:
 *
 * - the router file imports the controller's module by a relative path, or by a name its package's `tsconfig.json` /
 *   `jsconfig.json` resolves to it (`@/controllers/x`) (ES `import { name } from './x'`, `import * as
 *   c`, a default import, CommonJS `const { name } = require('./x')` or `const c = require('./x')`), and names the
 *   export so bound as the last argument of a `.post` / `.put` / `.patch` / `.all` call whose first argument is a
 *   quoted path (or of such a call on `.route('…')`), also inside a wrapper that only forwards errors
 *   (`asyncHandler(stripeWebhook)`, `catchAsync(…)`);
 * - every other argument passes the body through: Express's or body-parser's body parsers (`express.raw(…)`,
 *   `bodyParser.json(…)`), CORS, helmet, logging, cookies, compression, static files;
 * - the router file calls no signature check (`constructEvent`, `verifyHeader`, `createHmac`, Web Crypto's
 *   `subtle.verify`) and registers no middleware before the route, on a path that covers it, that may check
 *   signatures (named for it, or an inline function), as an app-wide middleware of the controller's own file covers
 *   its routes;
 * - the file that mounts the router, where one of the package's files imports it, mounts it with nothing but such
 *   middleware (`app.use('/api', verifyStripe, router)` and `app.use('/api', requireAuth, router)` cover its routes, as
 *   route middleware does) and registers none before it that may check signatures;
 * - the file is no Fastify, hapi or NestJS one (their hooks and plugins are registered elsewhere).
 *
 * Comments are blanked before the files are read (a route commented out is no route).
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative } from 'node:path';
import { callArguments, MAX_SOURCE_BYTES, readTextFile, withoutComments } from '../util/files.js';
import { VERIFIES } from './nest-modules.js';
import { packageRoot, resolveAppModule } from './package-json.js';
import { isTestCode } from './test-files.js';

/** How many directories up from the controller's the routers are looked for, where no package root is found. */
const MAX_LEVELS = 6;
/** At most this many files are read per controller directory (a large package's routers beyond them are not looked for). */
const MAX_FILES = 400;
const SKIPPED_DIRECTORY = /^(?:node_modules|dist|build|out|coverage|vendor|public|static|\..*)$/;
/** Frameworks whose routes take hooks and plugins registered elsewhere (Fastify's `addHook`): not read as Express's. */
const OTHER_FRAMEWORK = /\bfastify\b|@hapi\/|@nestjs\//;
const ES_IMPORT = /\bimport\s+(?!type\b)([^'";]*?)\s*\bfrom\s*(['"])([^'"\n]+)\2/g;
const CJS_REQUIRE = /\b(?:const|let|var)\s+(\{[^}]*\}|[A-Za-z_$][\w$]*)\s*=\s*require\(\s*(['"])([^'"\n]+)\2\s*\)/g;
const ROUTE_CALL = /\.\s*(?:post|put|patch|all)\s*\(/g;
const USE_CALL = /\.\s*use\s*\(/g;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const QUOTED = /^(['"`])[^'"`]*\1$/;
const BODY_PARSER = /^(?:express|bodyParser|bodyparser)\s*\.\s*(?:json|raw|text|urlencoded)\s*\((?:[^()]|\([^()]*\))*\)$/;
const NON_VERIFYING = /^(?:cors|helmet|morgan|cookieParser|compression|favicon|responseTime|express\s*\.\s*static|serveStatic)\s*\((?:[^()]|\([^()]*\))*\)$/;
/** A middleware's name that says it checks signatures (require-webhook-signature's reading of an `app.use(…)` argument too). */
export const VERIFIER_NAME = /verif|signature|stripe|webhook/i;
const REQUIRED = /^require\((['"])(\.{1,2}(?:\/[^'"]*)?)\1\)$/;
/** A JavaScript or TypeScript source file's extension. */
const JS_EXTENSION = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/** A directory's source files and the subdirectories that may hold an app's routers. */
interface Listing {
  files: readonly string[];
  subdirectories: readonly string[];
}

const listings = new Map<string, Listing>();
const texts = new Map<string, string | null>();

/**
 * A directory's source files (not declaration files) and its subdirectories that may hold an app's routers (not
 * dependencies, builds or hidden ones), read once per process; empty when unreadable.
 */
function listingOf(directory: string): Listing {
  let listing = listings.get(directory);
  if (listing === undefined) {
    const files: string[] = [];
    const subdirectories: string[] = [];
    try {
      for (const entry of readdirSync(directory, { withFileTypes: true })) {
        if (entry.isFile() && JS_EXTENSION.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(join(directory, entry.name));
        else if (entry.isDirectory() && !SKIPPED_DIRECTORY.test(entry.name)) subdirectories.push(join(directory, entry.name));
      }
    } catch {
      files.length = 0;
      subdirectories.length = 0;
    }
    listings.set(directory, (listing = { files, subdirectories }));
  }
  return listing;
}

/** The file's text with its comments blanked (a route commented out is no route), or null: unreadable or too large. */
function textOf(file: string): string | null {
  let text = texts.get(file);
  if (text === undefined) {
    text = readTextFile(file);
    text = text !== null && text.length <= MAX_SOURCE_BYTES ? withoutComments(text) : null;
    texts.set(file, text);
  }
  return text;
}


/** The files where routers of the controller's package may be, nearest first, at most `MAX_FILES`. */
function candidateFiles(physicalFilename: string, root: string | null): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (directory: string): void => {
    if (seen.has(directory)) return;
    seen.add(directory);
    for (const file of listingOf(directory).files) if (files.length < MAX_FILES && file !== physicalFilename) files.push(file);
  };
  let directory = dirname(physicalFilename);
  for (let level = 0; level <= MAX_LEVELS && files.length < MAX_FILES; level++) {
    add(directory);
    for (const below of listingOf(directory).subdirectories) add(below);
    if (root !== null && relative(root, directory) === '') break;
    const parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  return files;
}

/**
 * Does the module specifier, written in `from`, name the controller's file: a relative one (its extension optional, or
 * its directory's `index`), or one the package's `tsconfig.json` / `jsconfig.json` resolves to it (`@/controllers/x`)?
 */
function specifies(specifier: string, from: string, controller: string): boolean {
  if (!specifier.startsWith('.')) return resolveAppModule(from, specifier) === controller;
  const target = join(dirname(from), specifier);
  const bare = (file: string): string => (JS_EXTENSION.test(file) ? file.slice(0, -extname(file).length) : file);
  const controllerBare = bare(controller);
  if (bare(target) === controllerBare) return true;
  return basename(controllerBare) === 'index' && target.replace(/[\\/]+$/, '') === dirname(controller);
}

/** A name a file binds to a module it imports: the module itself (`import c from`, `* as c`, `const c = require`) or one of its exports. */
interface ModuleBinding {
  local: string;
  /** The export's name; null for the module itself. */
  imported: string | null;
}

/** The names a file binds to the module `target` (a file on disk) by a relative import or a `require` assigned to a const. */
function bindingsOf(text: string, file: string, target: string): ModuleBinding[] {
  const bindings: ModuleBinding[] = [];
  const bind = (clause: string, required: boolean): void => {
    const trimmed = clause.trim();
    if (IDENTIFIER.test(trimmed)) {
      bindings.push({ local: trimmed, imported: null });
      return;
    }
    const namespace = /^\*\s*as\s+([A-Za-z_$][\w$]*)$/.exec(trimmed);
    if (namespace) {
      bindings.push({ local: namespace[1]!, imported: null });
      return;
    }
    const braces = /\{([^}]*)\}/.exec(trimmed);
    if (!braces) return;
    const before = trimmed.slice(0, braces.index).replace(/,\s*$/, '').trim();
    if (IDENTIFIER.test(before)) bindings.push({ local: before, imported: null });
    for (const part of braces[1]!.split(',')) {
      const [imported, local] = part.trim().split(required ? /\s*:\s*/ : /\s+as\s+/);
      const name = imported?.replace(/^type\s+/, '');
      if (name && IDENTIFIER.test(name) && IDENTIFIER.test(local ?? name)) bindings.push({ local: local ?? name, imported: name });
    }
  };
  for (const match of text.matchAll(ES_IMPORT)) if (specifies(match[3]!, file, target)) bind(match[1]!, false);
  for (const match of text.matchAll(CJS_REQUIRE)) if (specifies(match[3]!, file, target)) bind(match[1]!, true);
  return bindings;
}

/** The expressions a router file writes for the controller's export `name` (`stripeWebhook`, `controller.stripeWebhook`). */
function referencesTo(name: string, text: string, file: string, controller: string): string[] {
  return bindingsOf(text, file, controller).flatMap(({ local, imported }) => (imported === null ? [`${local}.${name}`] : imported === name ? [local] : []));
}

/** The arguments of the call whose `(` a match of `ROUTE_CALL` / `USE_CALL` ends with, blanks removed; null where it does not close. */
function argumentsOf(text: string, match: RegExpExecArray): string[] | null {
  return callArguments(text, match.index + match[0].length)?.map((part) => part.replace(/\s+/g, '')) ?? null;
}

/** The path a route or middleware call is given first, written as a quoted string (`'/webhook'`), else null. */
function leadingPath(parts: readonly string[]): string | null {
  return parts.length > 0 && QUOTED.test(parts[0]!) ? parts[0]!.slice(1, -1) : null;
}

/** Middleware that verifies nothing and leaves the body as it is: body parsers, and CORS, helmet, logging, cookies, compression, static files. */
function passesThrough(part: string): boolean {
  return BODY_PARSER.test(part) || NON_VERIFYING.test(part);
}

/**
 * Does the file register middleware before `end` that may check signatures for a route or a router's mount written
 * there at `path` (`mayVerify`)? Express runs middleware in the order it is registered: one registered after the route
 * does not run before it.
 */
function registersMiddlewareBefore(text: string, end: number, path: string | null, mount = false): boolean {
  for (const match of text.matchAll(USE_CALL)) {
    if (match.index >= end) break;
    const parts = argumentsOf(text, match);
    if (!parts) return true;
    const mountedAt = leadingPath(parts);
    // Middleware mounted on another path (`router.use('/admin', requireAdmin)` before `router.post('/webhook', …)`)
    // does not run for the route; before a router's mount (`mount`), middleware on a path below the mount's
    // (`app.use('/api/payments/webhook', verifyStripe)` before `app.use('/api/payments', router)`) may run for some of
    // its routes.
    if (mountedAt !== null && path !== null && !pathCovers(mountedAt, path) && !(mount && pathCovers(path, mountedAt))) continue;
    if (parts.slice(mountedAt === null ? 0 : 1).some(mayVerify)) return true;
  }
  return false;
}

/**
 * Can middleware registered for many routes (`app.use(…)`) check signatures, as the rule reads one in the controller's
 * own file: named for it (`verifyStripe`, `stripeWebhookMiddleware`, `express.json({ verify })`), or an inline
 * function (its file's text is searched for a check as a whole). Authentication or rate limiting registered so
 * (`app.use(requireAuth)`) does not cover a webhook route: Stripe could not call it either.
 */
function mayVerify(part: string): boolean {
  return !passesThrough(part) && (VERIFIER_NAME.test(part) || /=>|\bfunction\b/.test(part));
}

/** Does middleware mounted at `prefix` run for requests to `path` (the same path, or one below it; any pattern may)? */
function pathCovers(prefix: string, path: string): boolean {
  if (/[:*(]/.test(prefix) || /[:*(]/.test(path)) return true;
  const trimmed = prefix.replace(/\/+$/, '');
  return trimmed === '' || path === trimmed || path.startsWith(`${trimmed}/`);
}

/** A handler wrapper that only passes a rejected promise on to `next` (express-async-handler's, a `catchAsync` of the app's). */
const ERROR_FORWARDING_WRAPPER = /^(?:asyncHandler|expressAsyncHandler|asyncWrapper|asyncMiddleware|catchAsync|catchAsyncErrors|catchErrors|wrapAsync|tryCatch)\((.+)\)$/;

/** A route's handler argument without an error-forwarding wrapper around it (`asyncHandler(ctrl.stripeWebhook)`). */
function unwrappedHandler(part: string): string {
  return ERROR_FORWARDING_WRAPPER.exec(part)?.[1] ?? part;
}

/** Is the `.post(` … call at `at` (the index of its `.`) made on `.route('…')`? */
function onRoute(text: string, at: number): boolean {
  return /\.\s*route\s*\(\s*(['"`])[^'"`]*\1\s*\)\s*$/.test(text.slice(Math.max(0, at - 300), at));
}

/**
 * Does the router file route one of `references` with nothing but middleware that passes the body through before it,
 * and no middleware registered before the route that may check signatures for it?
 */
function routesBare(text: string, references: readonly string[]): boolean {
  for (const match of text.matchAll(ROUTE_CALL)) {
    const parts = argumentsOf(text, match);
    if (!parts || parts.length === 0 || !references.includes(unwrappedHandler(parts[parts.length - 1]!))) continue;
    const before = parts.slice(0, -1);
    const path = leadingPath(before);
    const middleware = path !== null ? before.slice(1) : onRoute(text, match.index) ? before : null;
    if (middleware?.every(passesThrough) && !registersMiddlewareBefore(text, match.index, path)) return true;
  }
  return false;
}

/**
 * Is the router file mounted, by a file of its package that imports it, behind middleware that may cover its routes:
 * on the mount (`app.use('/api', verifyStripe, router)`, `app.use('/payments', requireAuth, router)`) or registered
 * before it, or in a file that checks signatures? A router whose mount is not found counts as mounted bare, as a
 * router of the controller's own file does.
 */
function mountedBehindMiddleware(router: string, root: string | null): boolean {
  for (const file of candidateFiles(router, root)) {
    if (isTestCode(file, root ?? dirname(router))) continue;
    const text = textOf(file);
    if (text === null || !text.includes('.use')) continue;
    const locals = bindingsOf(text, file, router).map((binding) => binding.local);
    for (const match of text.matchAll(USE_CALL)) {
      const parts = argumentsOf(text, match);
      const last = parts?.at(-1);
      if (!parts || last === undefined) continue;
      const required = REQUIRED.exec(last);
      const mounts = required ? specifies(required[2]!, file, router) : locals.some((local) => last === local || last.startsWith(`${local}.`));
      if (!mounts) continue;
      // (A lone argument is the router itself: no path.)
      const written = parts.length > 1 ? leadingPath(parts) : null;
      const middleware = parts.slice(written === null ? 0 : 1, -1);
      if (!middleware.every(passesThrough) || VERIFIES.test(text) || registersMiddlewareBefore(text, match.index, written ?? '/', true)) return true;
    }
  }
  return false;
}

const verdicts = new Map<string, boolean>();

/**
 * Does an Express router file of the controller's package route its export `name` bare (see the module's comment: no
 * middleware that may check signatures on the route, before it, or on the router's mount), in a file that checks no
 * signature? False for a file not on disk.
 */
export function routedWithoutMiddleware(name: string, physicalFilename: string): boolean {
  if (!isAbsolute(physicalFilename)) return false;
  const key = `${physicalFilename}\0${name}`;
  const known = verdicts.get(key);
  if (known !== undefined) return known;
  const root = packageRoot(physicalFilename);
  let verdict = false;
  for (const file of candidateFiles(physicalFilename, root)) {
    if (isTestCode(file, root ?? dirname(physicalFilename))) continue;
    const text = textOf(file);
    if (text === null || !text.includes(name) || OTHER_FRAMEWORK.test(text) || VERIFIES.test(text)) continue;
    const references = referencesTo(name, text, file, physicalFilename);
    if (references.length > 0 && routesBare(text, references) && !mountedBehindMiddleware(file, root)) {
      verdict = true;
      break;
    }
  }
  verdicts.set(key, verdict);
  return verdict;
}
