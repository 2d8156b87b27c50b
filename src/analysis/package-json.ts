/**
 * What the project's `package.json` declares about a dependency, for behaviour that changed between its majors and
 * that the code alone does not show (helmet 3's `helmet()` sends no Content-Security-Policy; helmet 4+ does). Read the
 * way eslint-plugin-n reads `engines`: from the nearest `package.json` up from the linted file that declares the
 * dependency, each file read once per process. Never throws: an unreadable or malformed file declares nothing.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { readTextFile, resolveModuleFile, resolveRelativeModule, withoutComments } from '../util/files.js';

type Manifest = Readonly<Record<string, unknown>> | null;

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;
const manifests = new Map<string, Manifest>();
const extensionManifests = new Map<string, Manifest>();

/** The JSON object of `directory`'s `file`, read once per process into `cache`; null if unreadable or not an object. */
function jsonObjectIn(cache: Map<string, Manifest>, directory: string, file: string): Manifest {
  let manifest = cache.get(directory);
  if (manifest === undefined) {
    const text = readTextFile(join(directory, file));
    manifest = null;
    if (text !== null) {
      try {
        const parsed: unknown = JSON.parse(text);
        if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) manifest = parsed as Record<string, unknown>;
      } catch {
        // malformed: declares nothing
      }
    }
    cache.set(directory, manifest);
  }
  return manifest;
}

const manifestIn = (directory: string): Manifest => jsonObjectIn(manifests, directory, 'package.json');

/** The `package.json` object of `directory` (read once per process), or null: none, unreadable or malformed. */
export const packageManifest = (directory: string): Manifest => manifestIn(directory);

type DependencyTable = Readonly<Record<string, unknown>>;

/** A manifest's dependency tables (`dependencies`, `devDependencies`…), those it declares as objects. */
function dependencyTablesOf(manifest: Manifest): DependencyTable[] {
  const tables: DependencyTable[] = [];
  for (const field of DEPENDENCY_FIELDS) {
    const declared = manifest?.[field];
    if (declared !== null && typeof declared === 'object') tables.push(declared as DependencyTable);
  }
  return tables;
}

/**
 * The dependency tables (`dependencies`, `devDependencies`…) of each `package.json` up from `physicalFilename`, nearest
 * first, one list per manifest (empty for a manifest that declares none, a malformed one, or a directory without one).
 * Nothing for a file that is not on disk (`<text>`, a relative or virtual name).
 */
function* dependencyTablesUp(physicalFilename: string): Generator<DependencyTable[]> {
  if (!isAbsolute(physicalFilename)) return;
  for (let directory = dirname(physicalFilename), depth = 0; depth < 64; depth++) {
    yield dependencyTablesOf(manifestIn(directory));
    const parent = dirname(directory);
    if (parent === directory) return;
    directory = parent;
  }
}

/** Does `directory` hold a browser extension's `manifest.json` of Manifest V3 (`"manifest_version": 3`)? Read once. */
const holdsManifestV3 = (directory: string): boolean => jsonObjectIn(extensionManifests, directory, 'manifest.json')?.['manifest_version'] === 3;

/**
 * Is `physicalFilename` part of a Manifest V3 browser extension: a `manifest.json` with `"manifest_version": 3` in its
 * directory or one above it, up to its package's root (the nearest `package.json`, whose directory is looked in too)?
 * An MV3 extension's pages load no remote script (the platform forbids it), so Stripe.js never runs there. A web app's
 * manifest (a PWA's `manifest.json`) has no `manifest_version`. False for a file that is not on disk.
 */
export function inManifestV3Extension(physicalFilename: string): boolean {
  if (!isAbsolute(physicalFilename)) return false;
  for (let directory = dirname(physicalFilename), depth = 0; depth < 64; depth++) {
    if (holdsManifestV3(directory)) return true;
    if (manifestIn(directory) !== null) return false;
    const parent = dirname(directory);
    if (parent === directory) return false;
    directory = parent;
  }
  return false;
}

const functionManifests = new Map<string, Manifest>();

/**
 * Is `physicalFilename` the script of an Azure Functions function of the classic model (v1–v3): its directory holds a
 * `function.json` that lists `bindings`? Read once per directory. False for a file that is not on disk.
 */
export function isAzureFunctionScript(physicalFilename: string): boolean {
  if (!isAbsolute(physicalFilename)) return false;
  return Array.isArray(jsonObjectIn(functionManifests, dirname(physicalFilename), 'function.json')?.['bindings']);
}

/**
 * The directory of the nearest `package.json` up from `physicalFilename` (a package's root, a marker's too), or null:
 * none up to the file system's root, or the file is not on disk.
 */
export function packageRoot(physicalFilename: string): string | null {
  if (!isAbsolute(physicalFilename)) return null;
  const start = dirname(physicalFilename);
  const known = rootsByDirectory.get(start);
  if (known !== undefined) return known;
  let root: string | null = null;
  for (let directory = start, depth = 0; depth < 64; depth++) {
    if (manifestIn(directory) !== null) {
      root = directory;
      break;
    }
    const parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  rootsByDirectory.set(start, root);
  return root;
}

/**
 * `packageRoot` by the linted file's directory: the files of one folder, linted one after another, share the walk up
 * (a few `dirname`s and lookups, about 4 µs a file inside a lint, each rule that asks).
 */
const rootsByDirectory = new Map<string, string | null>();

/**
 * The version range declared for `dependency` by the nearest `package.json` (up from `physicalFilename`) that declares
 * it, or null: none does, or the file is not on disk (`<text>`, a relative or virtual name).
 */
export function declaredRange(physicalFilename: string, dependency: string): string | null {
  for (const tables of dependencyTablesUp(physicalFilename)) {
    const table = tables.find((declared) => Object.hasOwn(declared, dependency));
    if (table) return typeof table[dependency] === 'string' ? table[dependency] : null;
  }
  return null;
}

/**
 * Is the package a module specifier names (`@repo/api-client/server` → `@repo/api-client`) one of the workspace's own,
 * as the nearest `package.json` that declares it says: a `workspace:` range (pnpm, Yarn, Bun), or a `file:`, `link:`
 * or `portal:` path. False when not declared so, or the file is not on disk.
 */
export function isWorkspaceDependency(physicalFilename: string, specifier: string): boolean {
  if (!isAbsolute(physicalFilename)) return false;
  const segments = specifier.split('/');
  const name = specifier.startsWith('@') ? segments.slice(0, 2).join('/') : segments[0]!;
  // Once per directory and package: a package's files ask about the same few modules.
  const key = `${dirname(physicalFilename)}\u0000${name}`;
  let known = workspaceDependencies.get(key);
  if (known === undefined) {
    const range = declaredRange(physicalFilename, name);
    known = range !== null && /^(?:workspace|file|link|portal):/.test(range);
    workspaceDependencies.set(key, known);
  }
  return known;
}
const workspaceDependencies = new Map<string, boolean>();

/**
 * Does the nearest `package.json` up from `physicalFilename` that declares dependencies (the file's own package; a
 * marker such as `{ "type": "module" }` or a malformed file is passed over) declare any of `dependencies`? Null when
 * there is none up to the root, or the file is not on disk.
 */
export function ownPackageDeclares(physicalFilename: string, dependencies: readonly string[]): boolean | null {
  for (const tables of dependencyTablesUp(physicalFilename)) {
    if (tables.length > 0) return tables.some((declared) => dependencies.some((dependency) => Object.hasOwn(declared, dependency)));
  }
  return null;
}

/**
 * Packages that build a client-only app (Create React App and its rewiring tools, React Native, Expo): every module of
 * such a package that renders UI ends up in what users download, a browser bundle or an app binary.
 */
const CLIENT_APP_BUILDERS = ['react-scripts', 'react-app-rewired', '@craco/craco', 'react-native', 'expo'];

/** Does the file's own `package.json` build a client-only app (`CLIENT_APP_BUILDERS`)? False when unknown. */
export const isInClientOnlyApp = (physicalFilename: string): boolean => ownPackageDeclares(physicalFilename, CLIENT_APP_BUILDERS) === true;

/**
 * An Angular app's environment file (`src/environments/environment.ts`, `environment.prod.ts`), in a package that
 * declares `@angular/core`: the build bundles it into the browser app (real-world batch 251: an Ionic shop's Stripe
 * keys).
 */
export const isAngularEnvironmentFile = (physicalFilename: string): boolean =>
  /(?:^|[\\/])src[\\/]environments[\\/]environment(?:\.[\w-]+)?\.ts$/.test(physicalFilename) && ownPackageDeclares(physicalFilename, ['@angular/core']) === true;

/**
 * The major version a simple range stays within (`^3.21.0`, `~1.3.0`, `3.x`, `3`, `v2.1.0`, `=3.0.0` → that major), or
 * null when the range may reach several majors or is not a version (`*`, `latest`, `>=3`, `3 || 4`, `git+…`,
 * `workspace:*`, `npm:…`).
 */
export function rangeMajor(range: string): number | null {
  const match = /^\s*(?:[\^~=]|v)?\s*v?(\d+)(?:\.(?:\d+|[xX*])){0,2}(?:-[0-9A-Za-z.-]+)?\s*$/.exec(range);
  if (!match) return null;
  const major = Number(match[1]);
  return Number.isSafeInteger(major) ? major : null;
}

/**
 * The major of `dependency` that the nearest `package.json` up from `physicalFilename` declaring it pins (`rangeMajor`
 * of its range), or null: a range that may reach several majors, a dependency declared nowhere, a file not on disk.
 */
export function declaredMajor(physicalFilename: string, dependency: string): number | null {
  const range = declaredRange(physicalFilename, dependency);
  return range === null ? null : rangeMajor(range);
}

/**
 * The package patterns a workspace root declares: `package.json`'s `workspaces` (npm, Yarn, Bun: a list, or Yarn's
 * `{ packages }`), else `pnpm-workspace.yaml`'s `packages` list. Null when `directory` is no workspace root.
 */
function workspacePatterns(directory: string): string[] | null {
  const declared = manifestIn(directory)?.['workspaces'];
  const list: unknown =
    declared !== null && typeof declared === 'object' && !Array.isArray(declared) ? (declared as Record<string, unknown>)['packages'] : declared;
  if (Array.isArray(list)) return list.filter((pattern): pattern is string => typeof pattern === 'string');
  const yaml = readTextFile(join(directory, 'pnpm-workspace.yaml'));
  if (yaml === null) return null;
  // The block list under a top-level `packages:` key (`  - 'apps/*'`, quoted or not, up to the next top-level key), or
  // a flow list on its line (`packages: ['apps/*', 'packages/*']`).
  const patterns: string[] = [];
  let inPackages = false;
  for (const line of yaml.split(/\r\n?|\n/)) {
    const flow = /^packages\s*:\s*\[([^\]]*)\]\s*(?:#.*)?$/.exec(line);
    if (flow) {
      for (const item of flow[1]!.split(',')) {
        const pattern = /^\s*(['"]?)([^'"\s]+)\1\s*$/.exec(item);
        if (pattern) patterns.push(pattern[2]!);
      }
      inPackages = false;
    } else if (/^\S/.test(line)) inPackages = /^packages\s*:\s*(?:#.*)?$/.test(line);
    else if (inPackages) {
      const item = /^\s+-\s*(['"]?)([^'"#\s]+)\1\s*(?:#.*)?$/.exec(line);
      if (item) patterns.push(item[2]!);
    }
  }
  return patterns;
}

const subdirectories = (directory: string): string[] => {
  try {
    return readdirSync(directory, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.'))
      .map((entry) => join(directory, entry.name));
  } catch {
    return [];
  }
};

/** The directories a workspace pattern names (`packages/*`, `apps/web`, `packages/**`); none for an exclusion (`!…`). */
function expandPattern(root: string, pattern: string): string[] {
  if (pattern.startsWith('!')) return [];
  let directories = [root];
  for (const segment of pattern.replace(/^\.\//, '').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '**') {
      // Any depth, kept shallow: a workspace's packages sit a few folders down.
      const all = [...directories];
      for (let level = directories, depth = 0; depth < 3; depth++) {
        level = level.flatMap(subdirectories);
        all.push(...level);
      }
      directories = all;
    } else if (segment.includes('*')) {
      const matcher = new RegExp(`^${segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
      directories = directories.flatMap(subdirectories).filter((directory) => matcher.test(basename(directory)));
    } else directories = directories.map((directory) => join(directory, segment));
  }
  return directories;
}

/** A workspace: its root, and its packages' directories by package name. */
export interface Workspace {
  root: string;
  members: ReadonlyMap<string, string>;
}

const workspaces = new Map<string, Workspace | null>();

/** The workspace `directory` roots (read once per process), or null when it declares none. */
function workspaceAt(directory: string): Workspace | null {
  let workspace = workspaces.get(directory);
  if (workspace === undefined) {
    const patterns = workspacePatterns(directory);
    if (patterns === null) workspace = null;
    else {
      const members = new Map<string, string>();
      const excluded = new Set(patterns.flatMap((pattern) => (pattern.startsWith('!') ? expandPattern(directory, pattern.slice(1)) : [])));
      for (const member of patterns.flatMap((pattern) => expandPattern(directory, pattern))) {
        if (excluded.has(member)) continue;
        const name = manifestIn(member)?.['name'];
        if (typeof name === 'string' && !members.has(name)) members.set(name, member);
      }
      workspace = { root: directory, members };
    }
    workspaces.set(directory, workspace);
  }
  return workspace;
}

/**
 * The workspace (npm, Yarn, pnpm, Bun) a package's root `packageDirectory` belongs to: the nearest directory above it
 * that declares workspaces and lists it among its packages. Null when there is none.
 */
export function workspaceOf(packageDirectory: string): Workspace | null {
  for (let directory = dirname(packageDirectory), depth = 0; depth < 64; depth++) {
    const workspace = workspaceAt(directory);
    if (workspace !== null && [...workspace.members.values()].includes(packageDirectory)) return workspace;
    const parent = dirname(directory);
    if (parent === directory) return null;
    directory = parent;
  }
  return null;
}

/**
 * The directories of the workspace's packages that the package at `packageDirectory` depends on (its own
 * `dependencies`, `devDependencies`… naming a package of its workspace, whatever the range: `workspace:*`, `*`, a
 * version), in the order declared, with the workspace. Null outside a workspace.
 */
export function workspaceDependencyDirectories(packageDirectory: string): { workspace: Workspace; directories: string[] } | null {
  const workspace = workspaceOf(packageDirectory);
  if (workspace === null) return null;
  const directories: string[] = [];
  for (const declared of dependencyTablesOf(manifestIn(packageDirectory))) {
    for (const name of Object.keys(declared)) {
      const member = workspace.members.get(name);
      if (member !== undefined && member !== packageDirectory && !directories.includes(member)) directories.push(member);
    }
  }
  return { workspace, directories };
}

// ---------------------------------------------------------------------------------------------------------------
// The app's own modules under the names its TypeScript / JavaScript config gives them

/** How a package's `tsconfig.json` / `jsconfig.json` names its own modules. */
interface ModuleNaming {
  /** `compilerOptions.baseUrl`, absolute: bare specifiers resolve under it first (`import api from 'api'` → `src/api.js`). */
  baseUrl: string | null;
  /** The names of the entries of `baseUrl`, without extension: a specifier's first segment must be one of them. */
  baseEntries: ReadonlySet<string>;
  /**
   * `compilerOptions.paths` patterns that map into the package (`@lib/*`, `@components`), as prefix or exact name, with
   * their targets as absolute paths (a wildcard's `*` kept: the rest of the specifier goes there).
   */
  aliases: ReadonlyArray<{ name: string; wildcard: boolean; targets: readonly string[] }>;
}

const NO_NAMING: ModuleNaming = { baseUrl: null, baseEntries: new Set(), aliases: [] };
const namingByRoot = new Map<string, ModuleNaming>();

/** A JSON object written with comments and trailing commas, as TypeScript reads its configs; null if it is none. */
function jsoncObject(text: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(withoutComments(text).replace(/,(\s*[}\]])/g, '$1'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * The module naming of the package at `root`: its `tsconfig.json`, else its `jsconfig.json` (Create React App's and
 * Next.js's `baseUrl: "src"` / `"."`), `compilerOptions` as written there (an `extends` is not followed).
 */
function moduleNamingOf(root: string): ModuleNaming {
  let naming = namingByRoot.get(root);
  if (naming !== undefined) return naming;
  naming = NO_NAMING;
  for (const name of ['tsconfig.json', 'jsconfig.json']) {
    const text = readTextFile(join(root, name));
    const options = text === null ? null : jsoncObject(text)?.['compilerOptions'];
    if (options === null || options === undefined || typeof options !== 'object') continue;
    const { baseUrl, paths } = options as Record<string, unknown>;
    const base = typeof baseUrl === 'string' ? resolve(root, baseUrl) : null;
    let entries: string[] = [];
    if (base !== null) {
      try {
        entries = readdirSync(base).map((entry) => entry.replace(/\.[cm]?[jt]sx?$/, ''));
      } catch {
        // no such folder: nothing resolves under it
      }
    }
    const aliases: Array<{ name: string; wildcard: boolean; targets: string[] }> = [];
    if (paths !== null && typeof paths === 'object') {
      for (const [pattern, targets] of Object.entries(paths)) {
        // An alias of a package (`"react": ["node_modules/preact/compat"]`) names no module of the app.
        if (!Array.isArray(targets) || targets.some((target) => typeof target !== 'string' || target.includes('node_modules'))) continue;
        const wildcard = pattern.endsWith('/*');
        if (pattern.includes('*') && !wildcard) continue;
        // Targets are relative to `baseUrl`, or to the config's folder without one (TypeScript 4.1+).
        aliases.push({ name: wildcard ? pattern.slice(0, -1) : pattern, wildcard, targets: (targets as string[]).map((target) => resolve(base ?? root, target)) });
      }
    }
    naming = { baseUrl: base, baseEntries: new Set(entries), aliases };
    break;
  }
  namingByRoot.set(root, naming);
  return naming;
}

/** The naming of the package of the file, for a specifier a config can name (not relative, not `node:`); null off disk. */
function namingFor(physicalFilename: string, specifier: string): ModuleNaming | null {
  if (specifier.startsWith('.') || specifier.startsWith('node:')) return null;
  const root = packageRoot(physicalFilename);
  return root === null ? null : moduleNamingOf(root);
}

/**
 * The `paths` alias `specifier` is written under (`@lib/*` for `@lib/http`), or null: as TypeScript picks it, an exact
 * pattern first, else the one with the longest prefix.
 */
function aliasOf(naming: ModuleNaming, specifier: string): ModuleNaming['aliases'][number] | null {
  let best: ModuleNaming['aliases'][number] | null = null;
  for (const alias of naming.aliases) {
    if (!alias.wildcard && specifier === alias.name) return alias;
    if (alias.wildcard && specifier.startsWith(alias.name) && (best === null || alias.name.length > best.name.length)) best = alias;
  }
  return best;
}

/** The file `specifier` names under `baseUrl` (where its first segment is an entry there), or null. */
const underBaseUrl = ({ baseUrl, baseEntries }: ModuleNaming, specifier: string): string | null =>
  baseUrl !== null && baseEntries.has(specifier.split('/')[0]!) ? resolveModuleFile(join(baseUrl, specifier)) : null;

/**
 * Is `specifier` a module of the app itself under a name its `tsconfig.json` / `jsconfig.json` gives it: a `paths`
 * alias (`@lib/api` for `"@lib/*": ["src/lib/*"]`), or a bare name that resolves to a file under `baseUrl` (`api` for
 * `src/api.js` with `baseUrl: "src"`, as TypeScript and Create React App resolve it before `node_modules`; precision
 * probe 294)? Read from the config at the root of the file's package; false for a file not on disk.
 */
export function isConfiguredAppModule(physicalFilename: string, specifier: string): boolean {
  const naming = namingFor(physicalFilename, specifier);
  return naming !== null && (aliasOf(naming, specifier) !== null || underBaseUrl(naming, specifier) !== null);
}

/**
 * The file an import of the app's own module names: a relative specifier's (`./hooks/useLocalStorage`), or one that the
 * package's `tsconfig.json` / `jsconfig.json` resolves (`@/hooks/useLocalStorage` for `"@/*": ["./src/*"]`, `hooks/x`
 * under `baseUrl`); null for a package, a module not found, or a file not on disk.
 */
export function resolveAppModule(physicalFilename: string, specifier: string): string | null {
  if (specifier.startsWith('.')) return resolveRelativeModule(physicalFilename, specifier);
  const naming = namingFor(physicalFilename, specifier);
  if (naming === null) return null;
  const alias = aliasOf(naming, specifier);
  for (const target of alias?.targets ?? []) {
    const file = resolveModuleFile(alias!.wildcard ? target.replace('*', specifier.slice(alias!.name.length)) : target);
    if (file !== null) return file;
  }
  return underBaseUrl(naming, specifier);
}
