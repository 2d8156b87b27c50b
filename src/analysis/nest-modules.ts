/**
 * NestJS middleware bound in a module file: `consumer.apply(StripeWebhookMiddleware).forRoutes(StripeWebhooksController)`
 * in a module's `configure(consumer)` (real-world batch EU: a controller whose webhook route a middleware of the app
 * verifies, bound in `app.module.ts`). A controller's file does not show it; the modules do, in the controller's
 * directory or one above it, up to its package's root. They are read as text (not linted), once per file:
 *
 * - each `.apply(A, B)` … `.forRoutes(X, 'path', { path: 'p' })` chain (an `.exclude(…)` between is passed over) names
 *   middleware classes and the controllers or paths they run before (`'*'` and `'prefix/*'` included);
 * - a middleware verifies when its class's file (the module's own text, or the file its relative import names, with
 *   the usual extensions and `index` files) calls what checks a Stripe signature: `constructEvent` /
 *   `constructEventAsync`, `verifyHeader`, `createHmac`, or Web Crypto's `subtle.verify` / `subtle.sign`.
 *
 * A middleware that only keeps the raw body (`RawBodyMiddleware`) verifies nothing, and the route stays the
 * controller's to verify.
 */
import { readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { callArguments, readTextFile } from '../util/files.js';
import { packageRoot } from './package-json.js';

/** One `.apply(…).forRoutes(…)` chain of a module file. */
interface Binding {
  middleware: string[];
  /** Controllers by class name, and paths (without their leading slash) as written. */
  controllers: string[];
  paths: string[];
}

interface ModuleFile {
  text: string;
  directory: string;
  bindings: Binding[];
}

const APPLY_CHAIN = /\.apply\(([^()]*)\)\s*(?:\.exclude\((?:[^()]|\([^()]*\))*\)\s*)*\.forRoutes\(((?:[^()]|\([^()]*\))*)\)/g;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const QUOTED = /^(['"`])(.*)\1$/s;
const PATH_PROPERTY = /\bpath\s*:\s*(['"`])([^'"`]*)\1/;
/** A file's text that calls what checks a Stripe signature (read as text, in modules and routers the linted file does not show). */
export const VERIFIES = /\bconstructEvent(?:Async)?\s*\(|\bverifyHeader(?:Async)?\s*\(|\bcreateHmac\s*\(|\bsubtle\s*\.\s*(?:verify|sign)\s*\(/;
const MODULE_FILE = /\.module\.[cm]?[jt]s$/;
const SOURCE_EXTENSIONS = ['.ts', '.js', '.mts', '.mjs', '.cts', '.cjs', '/index.ts', '/index.js'];
/** How many directories up from the controller's the modules are looked for, where no package root is found. */
const MAX_LEVELS = 6;

const modulesByDirectory = new Map<string, ModuleFile[]>();
const verifiesByFile = new Map<string, boolean>();

/** The module files of one directory, read and parsed once. */
function modulesIn(directory: string): ModuleFile[] {
  let modules = modulesByDirectory.get(directory);
  if (modules === undefined) {
    modules = [];
    let names: string[] = [];
    try {
      names = readdirSync(directory);
    } catch {
      names = [];
    }
    for (const name of names) {
      if (!MODULE_FILE.test(name)) continue;
      const text = readTextFile(join(directory, name));
      if (text !== null && text.includes('forRoutes')) modules.push({ text, directory, bindings: bindingsOf(text) });
    }
    modulesByDirectory.set(directory, modules);
  }
  return modules;
}

function bindingsOf(text: string): Binding[] {
  const bindings: Binding[] = [];
  for (const match of text.matchAll(APPLY_CHAIN)) {
    const middleware = match[1]!.split(',').map((part) => part.trim()).filter((part) => IDENTIFIER.test(part));
    const controllers: string[] = [];
    const paths: string[] = [];
    // (The chain's pattern matched the closing parenthesis: the arguments end there.)
    for (const part of callArguments(`${match[2]!})`) ?? []) {
      const quoted = QUOTED.exec(part);
      const property = quoted ? null : PATH_PROPERTY.exec(part);
      if (quoted) paths.push(quoted[2]!.replace(/^\/+/, ''));
      else if (property) paths.push(property[2]!.replace(/^\/+/, ''));
      else if (IDENTIFIER.test(part)) controllers.push(part);
    }
    if (middleware.length > 0) bindings.push({ middleware, controllers, paths });
  }
  return bindings;
}

/** Does a route path of `forRoutes` cover the controller's path (`'*'`, `'stripe/*'`, the path itself)? */
function pathCovers(pattern: string, path: string | null): boolean {
  if (pattern === '*' || pattern === '(.*)' || pattern === '*path') return true;
  if (path === null) return false;
  const wildcard = /^(.*?)\/?(?:\*|\(\.\*\)|\*path)$/.exec(pattern);
  if (wildcard) return path === wildcard[1] || path.startsWith(`${wildcard[1]}/`);
  return pattern.replace(/\/+$/, '') === path;
}

/** Does the class `name`, as the module file shows it (defined there or imported by a relative path), verify? */
function middlewareVerifies(name: string, module: ModuleFile): boolean {
  const own = new RegExp(`\\bclass\\s+${name}\\b`);
  if (own.test(module.text)) return VERIFIES.test(module.text);
  const imported = new RegExp(`import\\s*(?:type\\s*)?\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from\\s*(['"])(\\.{1,2}/[^'"]+)\\1`).exec(module.text);
  if (!imported) return false;
  const base = join(module.directory, imported[2]!);
  // `./x.middleware` → `.ts`, `.js`, … or an `index` file; `./x.middleware.js` (ESM) → also its `.ts` source.
  const candidates = /\.[cm]?js$/.test(base) ? [base.replace(/\.([cm]?)js$/, '.$1ts'), base] : SOURCE_EXTENSIONS.map((extension) => base + extension);
  for (const file of candidates) {
    let known = verifiesByFile.get(file);
    if (known === undefined) {
      // (A directory of that name cannot be read as a file: null.)
      const text = readTextFile(file);
      if (text === null) continue;
      known = VERIFIES.test(text);
      verifiesByFile.set(file, known);
    }
    return known;
  }
  return false;
}


/**
 * Does a middleware that checks a Stripe signature run before the routes of controller class `controller` (whose
 * routes' path, `@Controller` and method paths joined without a leading slash, is `path`), as a module of the
 * controller's file's directory or one above it binds it? False for a file not on disk.
 */
export function nestMiddlewareVerifies(controller: string, path: string | null, physicalFilename: string): boolean {
  if (!isAbsolute(physicalFilename)) return false;
  const root = packageRoot(physicalFilename);
  let directory = dirname(physicalFilename);
  for (let level = 0; level <= MAX_LEVELS; level++) {
    for (const module of modulesIn(directory)) {
      for (const binding of module.bindings) {
        const covers = binding.controllers.includes(controller) || binding.paths.some((pattern) => pathCovers(pattern, path));
        if (covers && binding.middleware.some((name) => middlewareVerifies(name, module))) return true;
      }
    }
    if (root !== null && relative(root, directory) === '') break;
    const parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  return false;
}
