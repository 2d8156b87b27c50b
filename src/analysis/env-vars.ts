/**
 * Environment variables that a front-end framework publishes: their values are inlined into the JavaScript sent to
 * browsers (or served to them), so whatever they hold is public. Each framework says so in its documentation:
 * - Next.js, "Bundling Environment Variables for the Browser": `NEXT_PUBLIC_` variables are inlined into the bundle
 *   delivered to the client (`process.env.NEXT_PUBLIC_…`);
 * - Vite, `envPrefix` (default `VITE_`): such variables are exposed to client source code through `import.meta.env`;
 *   Astro exposes `import.meta.env.PUBLIC_…` the same way;
 * - SvelteKit, `$env/static/public` and `$env/dynamic/public`: variables with the public prefix (`PUBLIC_`), which
 *   "can therefore safely be exposed to client-side code";
 * - Create React App (`REACT_APP_`), Expo (`EXPO_PUBLIC_`), Gatsby (`GATSBY_`) and Vue CLI (`VUE_APP_`): embedded in
 *   the client build through `process.env`;
 * - Nuxt, "Runtime Config": the keys of `runtimeConfig.public` "are also exposed to the client-side", read with
 *   `useRuntimeConfig().public.…`.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isGlobalReference } from './globals.js';
import { moduleRefOf } from './modules.js';
import { ownPackageDeclares } from './package-json.js';
import { textFinder } from './text-search.js';
import { memberName, resolveValue, unwrap } from './values.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** `process.env` prefixes of client-published variables, with the framework that publishes them. */
const PROCESS_ENV_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['NEXT_PUBLIC_', 'Next.js'],
  ['REACT_APP_', 'Create React App'],
  ['EXPO_PUBLIC_', 'Expo'],
  ['GATSBY_', 'Gatsby'],
  ['VUE_APP_', 'Vue CLI'],
];
/**
 * The packages that publish a `process.env` prefix (the framework, or the build tools of a Create React App project
 * ejected or rewired): a package that declares none of them is no such app, and its `REACT_APP_` variable goes to no
 * browser (a Node server that happens to name its variables so).
 */
const PROCESS_ENV_PUBLISHERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['NEXT_PUBLIC_', ['next']],
  // (`sharetribe-scripts`: Sharetribe's marketplace template's fork of react-scripts; probe 306.)
  ['REACT_APP_', ['react-scripts', 'react-app-rewired', '@craco/craco', 'customize-cra', 'react-dev-utils', 'babel-preset-react-app', 'sharetribe-scripts']],
  ['EXPO_PUBLIC_', ['expo']],
  ['GATSBY_', ['gatsby']],
  ['VUE_APP_', ['@vue/cli-service']],
]);

/**
 * Is `read` published for this file's project? False only when the file's own `package.json` declares none of the
 * packages that publish its `process.env` prefix; true when it declares one, when there is no manifest to read, and for
 * the other frameworks' variables.
 */
export function publishedForProject(read: PublicEnvRead, physicalFilename: string): boolean {
  const publishers = PROCESS_ENV_PUBLISHERS.get(read.prefix);
  if (!publishers) return true;
  return ownPackageDeclares(physicalFilename, publishers) !== false;
}

/** `import.meta.env` prefixes of client-published variables. */
const IMPORT_META_ENV_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['VITE_', 'Vite'],
  ['PUBLIC_', 'Astro'],
];
/** SvelteKit's public environment modules: `$env/static/public` exports each variable, `$env/dynamic/public` an `env` object. */
const SVELTEKIT_STATIC_PUBLIC = '$env/static/public';
const SVELTEKIT_DYNAMIC_PUBLIC = '$env/dynamic/public';

/**
 * What every published variable's read spells in the file: one of the prefixes, SvelteKit's `$env/…/public` or
 * Nuxt's `.public` (`PUBLIC_` covers `NEXT_PUBLIC_` and `EXPO_PUBLIC_`). A file without any of them reads none.
 */
export const mayReadPublicEnv = textFinder(['PUBLIC_', 'REACT_APP_', 'GATSBY_', 'VUE_APP_', 'VITE_', '/public', '.public']);

export interface PublicEnvRead {
  /** The variable's name (`NEXT_PUBLIC_STRIPE_SECRET_KEY`). */
  name: string;
  /** The public prefix the framework publishes it by (`NEXT_PUBLIC_`), `''` for a SvelteKit module's other names. */
  prefix: string;
  /** The framework that publishes it. */
  framework: string;
}

/** SvelteKit's default `publicPrefix`. */
const SVELTEKIT_PUBLIC_PREFIX = 'PUBLIC_';

function prefixed(name: string, prefixes: ReadonlyArray<readonly [string, string]>): PublicEnvRead | null {
  const found = prefixes.find(([prefix]) => name.startsWith(prefix) && name.length > prefix.length);
  return found ? { name, prefix: found[0], framework: found[1] } : null;
}

const svelteKitRead = (name: string): PublicEnvRead => ({
  name,
  prefix: name.startsWith(SVELTEKIT_PUBLIC_PREFIX) ? SVELTEKIT_PUBLIC_PREFIX : '',
  framework: 'SvelteKit',
});

/**
 * The framework that publishes a variable by its name's prefix, wherever the name is written (an environment file, a
 * deployment's settings), or null: the `process.env` and `import.meta.env` prefixes above, SvelteKit's `PUBLIC_` beside
 * Astro's, and Nuxt's `NUXT_PUBLIC_` (which sets a key of `runtimeConfig.public`).
 */
export function publishedByName(name: string): PublicEnvRead | null {
  if (name.startsWith('NUXT_PUBLIC_') && name.length > 'NUXT_PUBLIC_'.length) return { name, prefix: 'NUXT_PUBLIC_', framework: 'Nuxt' };
  const read = prefixed(name, PROCESS_ENV_PREFIXES) ?? prefixed(name, IMPORT_META_ENV_PREFIXES);
  return read?.prefix === SVELTEKIT_PUBLIC_PREFIX ? { ...read, framework: 'Astro or SvelteKit' } : read;
}

/** `process.env` with the global `process`. */
function isProcessEnv(node: Node, sourceCode: SourceCode): boolean {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.MemberExpression || memberName(target) !== 'env') return false;
  const process = unwrap(target.object);
  return process.type === AST_NODE_TYPES.Identifier && process.name === 'process' && isGlobalReference(sourceCode, process);
}

/** Where Nuxt's `useRuntimeConfig` comes from when it is imported rather than auto-imported. */
const NUXT_RUNTIME_CONFIG_MODULES: ReadonlySet<string> = new Set(['#imports', '#app', 'nuxt/app']);

/** `useRuntimeConfig()` / `useRuntimeConfig(event)` (Nuxt's, auto-imported or imported), also held in a const. */
function isNuxtRuntimeConfig(node: Node, sourceCode: SourceCode): boolean {
  const call = unwrap(resolveValue(node, sourceCode));
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  if (callee.name === 'useRuntimeConfig' && isGlobalReference(sourceCode, callee)) return true;
  const ref = moduleRefOf(callee, sourceCode);
  return ref !== null && NUXT_RUNTIME_CONFIG_MODULES.has(ref.module) && ref.path.length === 1 && ref.path[0] === 'useRuntimeConfig';
}

/** `import.meta.env`. */
export function isImportMetaEnv(node: Node): boolean {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.MemberExpression || memberName(target) !== 'env') return false;
  const meta = unwrap(target.object);
  return meta.type === AST_NODE_TYPES.MetaProperty && meta.meta.name === 'import' && meta.property.name === 'meta';
}

/** Runtimes whose global has an `env` of the process's environment: `Deno.env.get('X')`, `Bun.env.X`. */
const RUNTIME_GLOBALS: ReadonlySet<string> = new Set(['Deno', 'Bun']);

/** An object of the process's environment: `process.env`, `import.meta.env`, `Deno.env`, `Bun.env`. */
export function isEnvironmentObject(node: Node, sourceCode: SourceCode): boolean {
  if (isProcessEnv(node, sourceCode) || isImportMetaEnv(node)) return true;
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.MemberExpression || memberName(target) !== 'env') return false;
  const runtime = unwrap(target.object);
  return runtime.type === AST_NODE_TYPES.Identifier && RUNTIME_GLOBALS.has(runtime.name) && isGlobalReference(sourceCode, runtime);
}

/**
 * The client-published environment variable that `node` reads (directly, through consts, or as the left side of a
 * `??` / `||` fallback), or null: `process.env.NEXT_PUBLIC_X`, `import.meta.env.VITE_X`, `PUBLIC_X` imported from
 * `$env/static/public`, `env.PUBLIC_X` with `env` from `$env/dynamic/public`, Nuxt's `useRuntimeConfig().public.x`
 * (named `runtimeConfig.public.x`).
 */
export function publicEnvRead(node: Node, sourceCode: SourceCode, depth = 0): PublicEnvRead | null {
  if (depth > 4) return null;
  const target = unwrap(resolveValue(node, sourceCode));
  if (target.type === AST_NODE_TYPES.LogicalExpression && (target.operator === '??' || target.operator === '||')) {
    return publicEnvRead(target.left, sourceCode, depth + 1);
  }
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(target, sourceCode);
    if (name === null) return null;
    if (isProcessEnv(target.object, sourceCode)) return prefixed(name, PROCESS_ENV_PREFIXES);
    if (isImportMetaEnv(target.object)) return prefixed(name, IMPORT_META_ENV_PREFIXES);
    const config = unwrap(target.object);
    if (config.type === AST_NODE_TYPES.MemberExpression && memberName(config) === 'public' && isNuxtRuntimeConfig(config.object, sourceCode)) {
      return { name: `runtimeConfig.public.${name}`, prefix: 'runtimeConfig.public.', framework: 'Nuxt' };
    }
  }
  if (target.type !== AST_NODE_TYPES.Identifier && target.type !== AST_NODE_TYPES.MemberExpression) return null;
  const ref = moduleRefOf(target, sourceCode);
  if (ref?.module === SVELTEKIT_STATIC_PUBLIC && ref.path.length === 1) return svelteKitRead(ref.path[0]!);
  if (ref?.module === SVELTEKIT_DYNAMIC_PUBLIC && ref.path.length === 2 && ref.path[0] === 'env') return svelteKitRead(ref.path[1]!);
  return null;
}
