// Which files the scanner lints, and which it skips (with the reason) before ESLint ever opens them.
// Never executes, imports or follows anything it finds: it reads directory entries, stats, and the first
// bytes of each candidate file.
import { constants as fsConstants } from 'node:fs';
import { lstat, open, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import ignoreModule, { type Ignore } from 'ignore';
import { ASTRO_EXTENSIONS, HAML_EXTENSIONS, HTML_EXTENSIONS, PUG_EXTENSIONS, SVELTE_EXTENSIONS, VUE_EXTENSIONS } from '../markup-configs.js';
import { CONFIG_EXTENSIONS, FIREBASE_PROJECTS_FILE, firebaseProjectNames, isEnvFileName, isKeyConfigFileName } from './config-files.js';

// `ignore` is CommonJS with `module.exports = factory; factory.default = factory`; under NodeNext typing the
// default import is the module object, so take its `default`.
const ignore = ignoreModule.default;

/**
 * JavaScript and TypeScript files (with JSX), which the scanner parses with @typescript-eslint/parser; also `.es6`
 * (`*.js.es6`): ES2015 modules of the Sprockets era, Ember apps on Rails and Discourse plugins (real-world batch EH),
 * read as JavaScript like `.js`.
 */
export const SOURCE_EXTENSIONS: readonly string[] = ['.js', '.cjs', '.mjs', '.jsx', '.ts', '.cts', '.mts', '.tsx', '.es6'];

/**
 * File name endings the scanner lints: JavaScript and TypeScript, HTML pages and server templates (`configs.html`'s
 * HTML_EXTENSIONS: `.hbs`, `.ejs`, `.njk`, `.html.erb`…), Vue single-file components, Svelte and Astro components.
 * `.d.ts` files are left out.
 */
export const LINTABLE_EXTENSIONS: readonly string[] = [...SOURCE_EXTENSIONS, ...HTML_EXTENSIONS, ...VUE_EXTENSIONS, ...SVELTE_EXTENSIONS, ...ASTRO_EXTENSIONS, ...PUG_EXTENSIONS, ...HAML_EXTENSIONS];

/** Directories never descended into (dependencies, VCS data, build and tool output). */
export const DEFAULT_IGNORED_DIRECTORIES: readonly string[] = [
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  'bower_components',
  'jspm_packages',
  'dist',
  'build',
  'out',
  'coverage',
  '.next',
  '.nuxt',
  '.output',
  '.svelte-kit',
  '.turbo',
  '.vercel',
  '.netlify',
  '.cache',
  '.parcel-cache',
  '.vite',
  // Smarty's compiled templates: PHP copies of the `.tpl` views (real-world batch 205: each finding twice)
  'templates_c',
  // Jekyll's (and Eleventy's) generated site: copies of the pages (real-world batch 331: 21 of 25 findings of a
  // repository in its committed `_site`)
  '_site',
  // VS Code's Local History extension: a timestamped copy of every saved version of every file (probe 307: 223 of 327
  // findings in two repositories were such copies)
  '.history',
  // Replit's tool state: its agent's design mockups of the app's pages (real-world batch 337: a card form in a
  // `.local/state/replit/agent/design_reference` page)
  '.local',
];

/** Default size limit: larger files are almost always bundles or generated code. */
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/** Bytes read from the start of a file to decide whether it is text. */
const SNIFF_BYTES = 8000;
/** Files checked at once (file descriptors held open at the same time). */
const CHECK_PARALLELISM = 32;

export type SkipReason = 'unreadable' | 'not-a-file' | 'unsupported' | 'binary' | 'too-large' | 'parse-error' | 'script-parse-error' | 'lint-error';

export interface SkippedFile {
  /** Absolute path. */
  readonly file: string;
  readonly reason: SkipReason;
  /** Human-readable detail (error code, size, parser message). */
  readonly detail: string;
  readonly line?: number;
  readonly column?: number;
}

/** The encodings of text files that a byte order mark says are UTF-16, which the scanner decodes itself (`readUtf16Text`). */
export type Utf16Encoding = 'utf-16le' | 'utf-16be';

export interface Discovery {
  /** Absolute paths to lint, sorted. */
  readonly files: readonly string[];
  /** Config files to read for keys (`isKeyConfigFileName`), sorted; not linted. */
  readonly configFiles: readonly string[];
  /** Those of `configFiles` that are environment files (`isEnvFileName`, with the Firebase projects above them). */
  readonly envFiles: ReadonlySet<string>;
  /** Those of `files` and `configFiles` whose text is UTF-16 (Visual Studio saves some views so), by encoding. */
  readonly utf16: ReadonlyMap<string, Utf16Encoding>;
  readonly skipped: readonly SkippedFile[];
}

export interface DiscoveryOptions {
  readonly cwd: string;
  /** Extra patterns in .gitignore syntax, relative to `cwd`. */
  readonly ignore?: readonly string[];
  readonly maxFileBytes?: number;
  /** Read `.gitignore` files (default true). */
  readonly gitignore?: boolean;
}

/** A path given on the command line that does not exist. */
export class MissingPathError extends Error {
  constructor(readonly inputPath: string) {
    super(`No such file or directory: ${inputPath}`);
    this.name = 'MissingPathError';
  }
}

export function isLintableFileName(name: string): boolean {
  if (name.endsWith('.d.ts') || name.endsWith('.d.cts') || name.endsWith('.d.mts')) return false;
  return LINTABLE_EXTENSIONS.some((extension) => name.endsWith(extension));
}

/** Rules of one `.gitignore` file, matched relative to the directory that holds it. */
interface IgnoreScope {
  readonly dir: string;
  readonly rules: Ignore;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function isIgnoredBy(scopes: readonly IgnoreScope[], absPath: string, isDir: boolean): boolean {
  for (const scope of scopes) {
    const rel = path.relative(scope.dir, absPath);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue;
    if (scope.rules.ignores(toPosix(rel) + (isDir ? '/' : ''))) return true;
  }
  return false;
}

async function readGitignore(dir: string): Promise<IgnoreScope | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(dir, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
  return { dir, rules: ignore().add(text) };
}

async function exists(p: string): Promise<boolean> {
  try {
    await lstat(p);
    return true;
  } catch {
    return false;
  }
}

/** `.gitignore` scopes of the directories from the enclosing git work tree's root down to `dir` (exclusive). */
async function ancestorScopes(dir: string): Promise<IgnoreScope[]> {
  const chain: string[] = [];
  let current = dir;
  for (;;) {
    const parent = path.dirname(current);
    if (await exists(path.join(current, '.git'))) break;
    if (parent === current) return []; // not inside a git work tree: only .gitignore files below `dir` count
    chain.unshift(parent);
    current = parent;
  }
  const scopes: IgnoreScope[] = [];
  for (const ancestor of chain) {
    const scope = await readGitignore(ancestor);
    if (scope) scopes.push(scope);
  }
  return scopes;
}

interface Walker {
  readonly candidates: Set<string>;
  /** Config files to read for keys. */
  readonly configs: Set<string>;
  /** Those of `configs` that are environment files. */
  readonly envFiles: Set<string>;
  /** Files a build tool's manifest lists as its output (Laravel Mix's `mix-manifest.json`): not linted when walked into. */
  readonly built: Set<string>;
  readonly skipped: SkippedFile[];
  readonly userIgnore: IgnoreScope | undefined;
  readonly gitignore: boolean;
}

/** A .NET project file: C#, F# or Visual Basic (`Shop.Web.csproj`). */
const DOTNET_PROJECT = /\.(?:cs|fs|vb)proj$/i;

async function walk(w: Walker, dir: string, scopes: readonly IgnoreScope[], firebaseProjects: ReadonlySet<string> = new Set()): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    w.skipped.push({ file: dir, reason: 'unreadable', detail: errorCode(error) });
    return;
  }
  const own = w.gitignore ? await readGitignore(dir) : undefined;
  const here = own ? [...scopes, own] : scopes;
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // A Firebase project's `.firebaserc`: its projects name the environment files of its functions (`.env.<project>`).
  let projects = firebaseProjects;
  if (entries.some((entry) => entry.name === FIREBASE_PROJECTS_FILE && !entry.isDirectory())) {
    const text = await readFile(path.join(dir, FIREBASE_PROJECTS_FILE), 'utf8').catch(() => '');
    projects = new Set([...firebaseProjects, ...firebaseProjectNames(text)]);
  }
  if (entries.some((entry) => entry.name === MIX_MANIFEST && !entry.isDirectory())) for (const file of await mixOutputs(dir)) w.built.add(file);
  for (const entry of entries) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (DEFAULT_IGNORED_DIRECTORIES.includes(entry.name)) continue;
      if (entry.name === 'vendor' && (await isComposerVendor(abs))) continue;
      // Maven's build output, beside its pom.xml: copies of the webapp's views.
      if (entry.name === 'target' && (await exists(path.join(dir, 'pom.xml')))) continue;
      // MSBuild's output and intermediate files beside a .NET project file: published copies of its views and scripts
      // (real-world batch 218: `obj/Release/Package/PackageTmp`, each finding twice).
      if ((entry.name === 'bin' || entry.name === 'obj') && entries.some((other) => !other.isDirectory() && DOTNET_PROJECT.test(other.name))) continue;
      if (path.basename(dir) === 'public' && RAILS_ASSET_OUTPUT.has(entry.name) && (await isRailsAssetOutput(abs))) continue;
      if (isIgnoredBy(here, abs, true) || isUserIgnored(w, abs, true)) continue;
      await walk(w, abs, here, projects);
      continue;
    }
    // Symbolic links to directories are not followed (no cycles, no escaping the tree); links to files are
    // checked like files, and dangling links to lintable names are reported as unreadable.
    const lintable = isLintableFileName(entry.name);
    // (An environment file itself only where some `.gitignore` applies, and, below, does not exclude it.)
    const env = !lintable && here.length > 0 && isEnvFileName(entry.name, projects);
    const config = !lintable && (isKeyConfigFileName(entry.name) || env);
    if ((!lintable && !config) || w.built.has(abs)) continue;
    if (isIgnoredBy(here, abs, false) || isUserIgnored(w, abs, false)) continue;
    if (entry.isSymbolicLink()) {
      const target = await stat(abs).catch(() => undefined);
      if (target?.isDirectory()) continue;
    }
    (lintable ? w.candidates : w.configs).add(abs);
    if (env) w.envFiles.add(abs);
  }
}

/** Where Rails writes compiled assets: the asset pipeline (Sprockets) and Webpacker / Shakapacker, under `public/`. */
const RAILS_ASSET_OUTPUT: ReadonlySet<string> = new Set(['assets', 'packs', 'packs-test']);
/** The manifest Sprockets writes beside its output (`.sprockets-manifest-<digest>.json`; `manifest-<digest>.json` before Sprockets 3). */
const SPROCKETS_MANIFEST = /^\.?(?:sprockets-)?manifest-[0-9a-f]{16,}\.json$/;

/**
 * Is `dir` (`public/assets`, `public/packs`) Rails' compiled asset output, its manifest beside it: digest-stamped
 * bundles of the app's own scripts (real-world probe 295: a committed `application-<sha256>.js` repeating
 * `app/assets/javascripts`, each finding twice). Another `public/assets` (a static site's, a Next.js app's images and
 * scripts) has no such manifest and is scanned.
 */
async function isRailsAssetOutput(dir: string): Promise<boolean> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return false;
  }
  return names.some((name) => SPROCKETS_MANIFEST.test(name) || (name === 'manifest.json' && path.basename(dir) !== 'assets'));
}

/** Laravel Mix's record of what it compiled, in the public directory it writes to. */
const MIX_MANIFEST = 'mix-manifest.json';

/**
 * The files Laravel Mix's manifest lists (`{ "/js/app.js": "/js/app.js?id=…" }`, paths from the directory holding it):
 * the compiled bundles of `resources/js`, each finding of a component again (precision probe 297: a Laravel + Vue
 * shop's `public/js/app.js`). None where the manifest cannot be read or is no object of such paths.
 */
async function mixOutputs(dir: string): Promise<string[]> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, MIX_MANIFEST), 'utf8'));
  } catch {
    return [];
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) return [];
  return Object.keys(manifest)
    .filter((key) => key.startsWith('/') && !key.includes('..'))
    .map((key) => path.join(dir, ...key.split('/').filter(Boolean)));
}

/**
 * Is `dir` (named `vendor`) Composer's dependency directory (its `autoload.php` or `composer/` is there)? PHP's
 * `node_modules`: thousands of library files, none of them the app's pages. Another `vendor/` (vendored scripts a page
 * loads) is scanned.
 */
async function isComposerVendor(dir: string): Promise<boolean> {
  const found = await Promise.all(['autoload.php', 'composer'].map((name) => exists(path.join(dir, name))));
  return found.includes(true);
}

function isUserIgnored(w: Walker, abs: string, isDir: boolean): boolean {
  return w.userIgnore !== undefined && isIgnoredBy([w.userIgnore], abs, isDir);
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (error instanceof Error ? error.message : String(error));
}

function describeBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

/**
 * Why a candidate file cannot be linted; its encoding when it is UTF-16 text; undefined when it is linted as UTF-8.
 * Opens regular files only (never FIFOs).
 */
export async function checkFile(file: string, maxFileBytes: number): Promise<SkippedFile | Utf16Encoding | undefined> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    const code = errorCode(error);
    const link = await lstat(file).catch(() => undefined);
    const detail = link?.isSymbolicLink() && code === 'ENOENT' ? 'dangling symbolic link' : code;
    return { file, reason: 'unreadable', detail };
  }
  if (!info.isFile()) return { file, reason: 'not-a-file', detail: 'not a regular file' };
  if (info.size > maxFileBytes) {
    return {
      file,
      reason: 'too-large',
      detail: `${describeBytes(info.size)}, over the ${describeBytes(maxFileBytes)} limit`,
    };
  }
  let handle;
  try {
    handle = await open(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    const sample = Buffer.alloc(Math.min(SNIFF_BYTES, info.size));
    const { bytesRead } = await handle.read(sample, 0, sample.length, 0);
    const read = sample.subarray(0, bytesRead);
    const utf16 = utf16Encoding(read);
    if (utf16) return utf16;
    if (isBinarySample(read)) {
      return { file, reason: 'binary', detail: 'contains NUL bytes (binary, or UTF-16 without a byte order mark)' };
    }
  } catch (error) {
    return { file, reason: 'unreadable', detail: errorCode(error) };
  } finally {
    await handle?.close();
  }
  return undefined;
}

/**
 * The encoding of a file whose first bytes are a UTF-16 byte order mark and whose sample decodes as UTF-16 text
 * without NUL characters, else null (UTF-32's mark starts like UTF-16 LE's, and is followed by a NUL character).
 */
function utf16Encoding(sample: Buffer): Utf16Encoding | null {
  const encoding: Utf16Encoding | null = sample[0] === 0xff && sample[1] === 0xfe ? 'utf-16le' : sample[0] === 0xfe && sample[1] === 0xff ? 'utf-16be' : null;
  if (encoding === null) return null;
  try {
    // (`stream`: a character cut by the sample's end is no error.)
    const text = new TextDecoder(encoding, { fatal: true }).decode(sample.subarray(0, sample.length - (sample.length % 2)), { stream: true });
    return text.includes('\0') ? null : encoding;
  } catch {
    return null;
  }
}

/**
 * The text of a UTF-16 file (`Discovery.utf16`), without its byte order mark; null when it does not decode (the file
 * changed since it was checked, or holds a broken character past the sample).
 */
export async function readUtf16Text(file: string, encoding: Utf16Encoding): Promise<string | null> {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(await readFile(file));
  } catch {
    return null;
  }
}

/**
 * Does a file's first bytes say it is no UTF-8 text: NUL bytes, in a tenth of them or more (UTF-16, most binary
 * formats) or among bytes that are no UTF-8 (an image named `.js`)? A few NULs in valid UTF-8 are a source file's
 * string that holds the character itself (real-world batch DG: wekan's `'\0'`-separated keys), which parses.
 */
function isBinarySample(sample: Buffer): boolean {
  let nuls = 0;
  for (const byte of sample) if (byte === 0) nuls++;
  if (nuls === 0) return false;
  if (nuls * 10 >= sample.length) return true;
  try {
    // (`stream`: a character cut by the sample's end is no error.)
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return false;
  } catch {
    return true;
  }
}

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      out[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * Files to lint under `inputPaths` (files or directories, relative to `cwd`), and the files skipped before
 * linting. Directories are walked without descending into {@link DEFAULT_IGNORED_DIRECTORIES} or anything
 * `.gitignore`d; a path given explicitly is always taken, unless it matches one of `options.ignore`.
 */
export async function discoverFiles(inputPaths: readonly string[], options: DiscoveryOptions): Promise<Discovery> {
  const cwd = path.resolve(options.cwd);
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const userPatterns = (options.ignore ?? []).filter((p) => p.trim() !== '');
  const w: Walker = {
    candidates: new Set(),
    configs: new Set(),
    envFiles: new Set(),
    built: new Set(),
    skipped: [],
    userIgnore: userPatterns.length > 0 ? { dir: cwd, rules: ignore().add(userPatterns) } : undefined,
    gitignore: options.gitignore ?? true,
  };

  for (const input of inputPaths) {
    const abs = path.resolve(cwd, input);
    const link = await lstat(abs).catch(() => undefined);
    if (!link) throw new MissingPathError(input);
    const info = await stat(abs).catch(() => undefined);
    if (info?.isDirectory()) {
      if (isUserIgnored(w, abs, true)) continue;
      // The .gitignore files above an explicit directory apply inside it, unless they ignore the directory
      // itself: `stripe-pci-scan node_modules/some-lib` scans what was asked for.
      const above = w.gitignore ? await ancestorScopes(abs) : [];
      await walk(w, abs, isIgnoredBy(above, abs, true) ? [] : above);
    } else if (isUserIgnored(w, abs, false)) {
      continue;
    } else if (isLintableFileName(abs)) {
      w.candidates.add(abs); // explicit files skip the default and .gitignore exclusions, not the checks
    } else if (isKeyConfigFileName(abs)) {
      w.configs.add(abs);
    } else {
      w.skipped.push({ file: abs, reason: 'unsupported', detail: `not one of ${LINTABLE_EXTENSIONS.join(' ')}, nor a config file (${CONFIG_EXTENSIONS.join(' ')}, .env.example)` });
    }
  }

  const candidates = [...w.candidates].sort();
  const configs = [...w.configs].sort();
  const all = [...candidates, ...configs];
  const problems = await mapLimited(all, CHECK_PARALLELISM, (file) => checkFile(file, maxFileBytes));
  const readable = (_: string, i: number): boolean => problems[i] === undefined || typeof problems[i] === 'string';
  const files = candidates.filter(readable);
  const configFiles = configs.filter((_, i) => readable(_, candidates.length + i));
  const utf16 = new Map(all.flatMap((file, i) => (typeof problems[i] === 'string' ? [[file, problems[i]] as const] : [])));
  // A config-named file over the size limit is data (a fixture, a locale bundle, a dump), not config: left out unlisted.
  const listed = (p: SkippedFile | Utf16Encoding | undefined, i: number): p is SkippedFile =>
    typeof p === 'object' && !(i >= candidates.length && p.reason === 'too-large');
  const skipped = [...w.skipped, ...problems.filter(listed)];
  return { files, configFiles, envFiles: w.envFiles, utf16, skipped };
}
