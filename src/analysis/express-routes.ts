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
 * - the router file imports the controller's module by a relative path (ES `import { name } from './x'`, `import * as
 *   c`, a default import, CommonJS `const { name } = require('./x')` or `const c = require('./x')`), and names the
 *   export so bound as the last argument of a `.post` / `.put` / `.patch` / `.all` call whose first argument is a
 *   quoted path (or of such a call on `.route('…')`);
 * - every other argument is Express's or body-parser's body parser (`express.raw(…)`, `bodyParser.json(…)`);
 * - the router file calls no signature check (`constructEvent`, `verifyHeader`, `createHmac`, Web Crypto's
 *   `subtle.verify`) and registers no middleware before the route (`.use(…)` of anything but body parsers): such
 *   middleware may cover the route, as an app-wide middleware of the controller's own file does (one registered after
 *   the route, `router.use(requireAuth)` for the routes below it, does not run before it);
 * - the file is no Fastify, hapi or NestJS one (their hooks and plugins are registered elsewhere).
 *
 * A router mounted by a third file with middleware of its own (`app.use('/api', auth, apiRouter)`) is not looked
 * for, as a router of the controller's own file is not (docs: require-webhook-signature's Limitations).
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative } from 'node:path';
import { callArguments, readTextFile } from '../util/files.js';
import { packageRoot } from './package-json.js';
import { isTestCode } from './test-files.js';

/** How many directories up from the controller's the routers are looked for, where no package root is found. */
const MAX_LEVELS = 6;
/** At most this many files are read per controller directory (a large package's routers beyond them are not looked for). */
const MAX_FILES = 400;
/** Files over this size are no hand-written router. */
const MAX_BYTES = 256 * 1024;
const SOURCE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const SKIPPED_DIRECTORY = /^(?:node_modules|dist|build|out|coverage|vendor|public|static|\..*)$/;
const VERIFIES = /\bconstructEvent(?:Async)?\s*\(|\bverifyHeader(?:Async)?\s*\(|\bcreateHmac\s*\(|\bsubtle\s*\.\s*(?:verify|sign)\s*\(/;
/** Frameworks whose routes take hooks and plugins registered elsewhere (Fastify's `addHook`): not read as Express's. */
const OTHER_FRAMEWORK = /\bfastify\b|@hapi\/|@nestjs\//;
const ES_IMPORT = /\bimport\s+(?!type\b)([^'";]*?)\s*\bfrom\s*(['"])(\.{1,2}(?:\/[^'"]*)?)\2/g;
const CJS_REQUIRE = /\b(?:const|let|var)\s+(\{[^}]*\}|[A-Za-z_$][\w$]*)\s*=\s*require\(\s*(['"])(\.{1,2}(?:\/[^'"]*)?)\2\s*\)/g;
const ROUTE_CALL = /\.\s*(?:post|put|patch|all)\s*\(/g;
const USE_CALL = /\.\s*use\s*\(/g;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const QUOTED = /^(['"`])[^'"`]*\1$/;
const BODY_PARSER = /^(?:express|bodyParser|bodyparser)\s*\.\s*(?:json|raw|text|urlencoded)\s*\((?:[^()]|\([^()]*\))*\)$/;
const JS_EXTENSION = /\.(?:[cm]?[jt]s|[jt]sx)$/;

const filesByDirectory = new Map<string, readonly string[]>();
const texts = new Map<string, string | null>();

/** The source files of a directory (not a test's), read once per process; empty when unreadable. */
function sourceFilesIn(directory: string): readonly string[] {
  let files = filesByDirectory.get(directory);
  if (files === undefined) {
    const found: string[] = [];
    try {
      for (const entry of readdirSync(directory, { withFileTypes: true })) {
        if (entry.isFile() && SOURCE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts')) found.push(join(directory, entry.name));
      }
    } catch {
      found.length = 0;
    }
    filesByDirectory.set(directory, (files = found));
  }
  return files;
}

/** The subdirectories of a directory that may hold an app's routers (not dependencies, builds or hidden ones). */
function subdirectoriesOf(directory: string): string[] {
  try {
    return readdirSync(directory, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !SKIPPED_DIRECTORY.test(entry.name))
      .map((entry) => join(directory, entry.name));
  } catch {
    return [];
  }
}

function textOf(file: string): string | null {
  let text = texts.get(file);
  if (text === undefined) {
    text = readTextFile(file);
    if (text !== null && text.length > MAX_BYTES) text = null;
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
    for (const file of sourceFilesIn(directory)) if (files.length < MAX_FILES && file !== physicalFilename) files.push(file);
  };
  let directory = dirname(physicalFilename);
  for (let level = 0; level <= MAX_LEVELS && files.length < MAX_FILES; level++) {
    add(directory);
    for (const below of subdirectoriesOf(directory)) add(below);
    if (root !== null && relative(root, directory) === '') break;
    const parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  return files;
}

/** Does the relative module specifier, written in `from`, name the controller's file (its extension optional, or its directory's `index`)? */
function specifies(specifier: string, from: string, controller: string): boolean {
  const target = join(dirname(from), specifier);
  const bare = (file: string): string => (JS_EXTENSION.test(file) ? file.slice(0, -extname(file).length) : file);
  const controllerBare = bare(controller);
  if (bare(target) === controllerBare) return true;
  return basename(controllerBare) === 'index' && target.replace(/[\\/]+$/, '') === dirname(controller);
}

/** The expressions a router file writes for the controller's export `name` (`stripeWebhook`, `controller.stripeWebhook`). */
function referencesTo(name: string, text: string, file: string, controller: string): string[] {
  const references: string[] = [];
  const bind = (clause: string, namespaced: boolean): void => {
    const trimmed = clause.trim();
    if (IDENTIFIER.test(trimmed)) {
      references.push(`${trimmed}.${name}`);
      return;
    }
    const namespace = /^\*\s*as\s+([A-Za-z_$][\w$]*)$/.exec(trimmed);
    if (namespace) {
      references.push(`${namespace[1]}.${name}`);
      return;
    }
    const braces = /\{([^}]*)\}/.exec(trimmed);
    if (!braces) return;
    const before = trimmed.slice(0, braces.index).replace(/,\s*$/, '').trim();
    if (IDENTIFIER.test(before)) references.push(`${before}.${name}`);
    for (const part of braces[1]!.split(',')) {
      const [imported, local] = part.trim().split(namespaced ? /\s*:\s*/ : /\s+as\s+/);
      if (imported?.replace(/^type\s+/, '') === name) references.push(local ?? name);
    }
  };
  for (const match of text.matchAll(ES_IMPORT)) if (specifies(match[3]!, file, controller)) bind(match[1]!, false);
  for (const match of text.matchAll(CJS_REQUIRE)) if (specifies(match[3]!, file, controller)) bind(match[1]!, true);
  return references.filter((reference) => reference.split('.').every((part) => IDENTIFIER.test(part)));
}

/**
 * Does the router file register middleware before `end` that may cover a route written there (`.use(…)` of anything
 * but body parsers)? Express runs middleware in the order it is registered: one registered after the route (an
 * authentication check for the routes below it) does not run before it.
 */
function registersMiddlewareBefore(text: string, end: number): boolean {
  for (const match of text.matchAll(USE_CALL)) {
    if (match.index >= end) break;
    const parts = callArguments(text, match.index + match[0].length);
    if (parts === null) return true;
    const middleware = parts.length > 0 && QUOTED.test(parts[0]!) ? parts.slice(1) : parts;
    if (!middleware.every((part) => BODY_PARSER.test(part))) return true;
  }
  return false;
}

/** Is the `.post(` … call at `at` (the index of its `.`) made on `.route('…')`? */
function onRoute(text: string, at: number): boolean {
  return /\.\s*route\s*\(\s*(['"`])[^'"`]*\1\s*\)\s*$/.test(text.slice(Math.max(0, at - 300), at));
}

/**
 * Does the router file route one of `references` with nothing but body parsers before it, and no middleware registered
 * before the route that may cover it?
 */
function routesBare(text: string, references: readonly string[]): boolean {
  for (const match of text.matchAll(ROUTE_CALL)) {
    const parts = callArguments(text, match.index + match[0].length)?.map((part) => part.replace(/\s+/g, ''));
    if (!parts) continue;
    if (parts.length === 0 || !references.includes(parts[parts.length - 1]!)) continue;
    const before = parts.slice(0, -1);
    const middleware = before.length > 0 && QUOTED.test(before[0]!) ? before.slice(1) : onRoute(text, match.index) ? before : null;
    if (middleware?.every((part) => BODY_PARSER.test(part)) && !registersMiddlewareBefore(text, match.index)) return true;
  }
  return false;
}

const verdicts = new Map<string, boolean>();

/**
 * Does an Express router file of the controller's package route its export `name` with no middleware but body
 * parsers, in a file that registers none and checks no signature? False for a file not on disk.
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
    if (references.length > 0 && routesBare(text, references)) {
      verdict = true;
      break;
    }
  }
  verdicts.set(key, verdict);
  return verdict;
}
