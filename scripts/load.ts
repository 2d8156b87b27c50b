// Loads the plugin and the Linter of the requested ESLint major for the scripts (bench, corpus, fuzz).
import type { ESLint as ESLintType, Linter as LinterType } from 'eslint';
import { Worker } from 'node:worker_threads';
import type sourcePlugin from '../index.js';

export interface Toolkit {
  Linter: typeof LinterType;
  /** The class behind the `eslint` command: it computes each file's config once, as users' runs do. */
  ESLint: typeof ESLintType;
  version: string;
  all: LinterType.Config;
  plugin: typeof sourcePlugin;
}

/**
 * `major` 10 is the devDependency `eslint`, 9 is `eslint-v9` (npm:eslint@9). The plugin is the TypeScript source
 * (through tsx), or with `from: 'build'` the compiled `dist/` that users run: timings come from the build, since tsx's
 * transform adds work to the code (a `__name` call at every closure creation).
 */
export async function loadToolkit(major: string, from: 'source' | 'build' = 'source'): Promise<Toolkit> {
  const module = (major === '9' ? await import('eslint-v9') : await import('eslint')) as typeof import('eslint');
  // The build's path is not a literal, so that typechecking does not need a build.
  const built = '../dist/index.js';
  const plugin = ((await import(from === 'build' ? built : '../index.js')) as { default: typeof sourcePlugin }).default;
  return {
    Linter: module.Linter,
    ESLint: module.ESLint,
    version: module.Linter.version,
    all: plugin.configs.all as unknown as LinterType.Config,
    plugin,
  };
}

/** `--name value` / `--name=value` from argv, or the fallback. */
export function arg(name: string, fallback: string): string {
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === `--${name}`) return argv[i + 1] ?? fallback;
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
  }
  return fallback;
}

/** A worker thread running the TypeScript module `moduleUrl` (through tsx, which plain `execArgv` cannot load in Node 20). */
export function startWorker(moduleUrl: string, data: unknown): Worker {
  const code = `import('tsx/esm/api').then((tsx) => tsx.tsImport(${JSON.stringify(moduleUrl)}, ${JSON.stringify(moduleUrl)}))`;
  return new Worker(code, { eval: true, workerData: data });
}

/** ESLint ignores `node_modules` by default; the corpus files are linted where they are, under their own packages. */
export const UNIGNORE_NODE_MODULES: LinterType.Config = { ignores: ['!**/node_modules/'] };

/** One lint's stats pass (`LinterType.Stats['times']['passes'][number]`): parse and each rule's time. */
export type StatsPass = LinterType.Stats['times']['passes'][number];

/**
 * Lints with `stats` as `eslint --stats` does: through the ESLint class, one instance per `keyOf(path)` (the file
 * kinds whose configs differ), so each kind's config is computed and normalised once and every file of it gets the
 * same rule options. (`Linter#verifyAndFix` with a plain config array normalises the array on every call, which
 * `structuredClone`s each rule's options: a rule whose options hold a long list then meets a new copy per file, as
 * no user run does.)
 */
export function statsLinter(
  toolkit: Toolkit,
  configsFor: (path: string) => LinterType.Config[],
  keyOf: (path: string) => string,
): (text: string, path: string, filePath?: string) => Promise<{ messages: LinterType.LintMessage[]; pass: StatsPass | undefined }> {
  const engines = new Map<string, ESLintType>();
  return async (text, path, filePath = path) => {
    const key = keyOf(path);
    let eslint = engines.get(key);
    if (!eslint) {
      eslint = new toolkit.ESLint({ cwd: process.cwd(), overrideConfigFile: true, overrideConfig: [UNIGNORE_NODE_MODULES, ...configsFor(path)], stats: true });
      engines.set(key, eslint);
    }
    const [result] = await eslint.lintText(text, { filePath });
    return { messages: result?.messages ?? [], pass: result?.stats?.times.passes[0] };
  };
}
