// ESLint options of a scan. Also an ESLint "options module": with multithread linting (`concurrency`), each
// worker thread imports this file by URL and rebuilds the same options, because plugin and parser objects
// cannot be cloned into workers. The scan settings travel in the URL's query string.
import * as tsParser from '@typescript-eslint/parser';
import type { ESLint, Linter } from 'eslint';
import plugin from '../../index.js';
import type { PresetName } from '../configs.js';
import { PRESETS } from '../configs.js';
import { type Concurrency, parseConcurrency } from './args.js';
import { ASTRO_EXTENSIONS, BROWSER_SCRIPT_BLOCKS, filesEnding, HAML_EXTENSIONS, HTML_EXTENSIONS, PUG_EXTENSIONS, SVELTE_EXTENSIONS, VUE_EXTENSIONS } from '../markup-configs.js';
import { SOURCE_EXTENSIONS } from './files.js';

export type { Concurrency };

export interface ScanSettings {
  readonly cwd: string;
  readonly preset: PresetName;
  /** Passed to ESLint only when it supports multithread linting (see {@link supportsConcurrency}). */
  readonly concurrency: Concurrency;
  /** Honour `eslint-disable` and `/* eslint ... *\/` comments in scanned files. */
  readonly inlineConfig: boolean;
}

const SOURCE_FILES = filesEnding(SOURCE_EXTENSIONS);

/** Files parsed as CommonJS: `.cjs` / `.cts`, and on the retry of a file that does not parse as a module, `.js` / `.jsx` / `.es6`. */
const COMMONJS_FILES = ['**/*.cjs', '**/*.cts'];
export const SCRIPT_RETRY_FILES = ['**/*.js', '**/*.jsx', '**/*.es6'];

/**
 * How a scan parses `.js` / `.jsx` files: as modules (first), as CommonJS, as CommonJS with espree, or as modules with
 * espree (see `retryScriptsAsCommonjs`).
 */
export type ScriptParse = 'module' | 'commonjs' | 'espree-commonjs' | 'espree-module';

/**
 * The flat config of a scan: the plugin's preset, @typescript-eslint/parser for every file, nothing else.
 * `scripts`: `.js` and `.jsx` files are parsed as CommonJS too (non-strict scripts: `arguments` as a name, `with`), for
 * the files that do not parse as modules; with espree, ESLint's own parser, for what TypeScript's parser rejects in a
 * non-strict script too (a legacy octal literal, `getMonth() - 03`: real-world batch FE), and for what it rejects in a
 * module that espree reads (JSX as an operand, `<Col />.type`: real-world batch HC).
 */
export function scanConfig(preset: PresetName, { scripts = 'module' }: { scripts?: ScriptParse } = {}): Linter.Config[] {
  const jsAsCommonjs = scripts === 'commonjs' || scripts === 'espree-commonjs';
  const espree = scripts === 'espree-commonjs' || scripts === 'espree-module';
  return [
    // The scanner picks the files (src/cli/files.ts); a path the user names inside node_modules is linted too.
    { name: 'stripe-pci-scan/files', ignores: ['!**/node_modules/'] },
    {
      name: 'stripe-pci-scan/parser',
      files: SOURCE_FILES,
      // Pages' scripts that the browser runs as written: espree, as the markup configs parse them (`<!--` comments).
      // So do the scripts retried with espree (ESLint's default parser where no other is set).
      ignores: [...BROWSER_SCRIPT_BLOCKS, ...(espree ? SCRIPT_RETRY_FILES : [])],
      languageOptions: {
        parser: tsParser as Linter.Parser,
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
      // The scanned project's own disable comments name rules that are not loaded here.
      linterOptions: { reportUnusedDisableDirectives: 'off' },
    },
    {
      name: 'stripe-pci-scan/commonjs',
      files: jsAsCommonjs ? [...COMMONJS_FILES, ...SCRIPT_RETRY_FILES] : COMMONJS_FILES,
      languageOptions: { sourceType: 'commonjs' },
    },
    ...(espree
      ? [
          {
            name: 'stripe-pci-scan/espree-scripts',
            files: SCRIPT_RETRY_FILES,
            languageOptions: { ...(scripts === 'espree-module' ? { sourceType: 'module' as const } : {}), parserOptions: { ecmaFeatures: { jsx: true } } },
          },
        ]
      : []),
    { ...(plugin.configs[preset] as Linter.Config), files: SOURCE_FILES },
    ...markupConfigs(preset),
  ];
}

type MarkupKind = 'html' | 'vue' | 'svelte' | 'astro' | 'pug' | 'haml';
const MARKUP_KINDS: readonly MarkupKind[] = ['html', 'vue', 'svelte', 'astro', 'pug', 'haml'];

/** Which markup parsers (optional peer dependencies) are installed. */
export function markupSupport(): Record<MarkupKind, boolean> {
  const has = (key: MarkupKind): boolean => {
    try {
      return plugin.configs[key].length > 0;
    } catch {
      return false;
    }
  };
  return { html: has('html'), vue: has('vue'), svelte: has('svelte'), astro: has('astro'), pug: has('pug'), haml: has('haml') };
}

/** HTML, Vue, Svelte, Astro, Pug and Haml files: the plugin's markup configs with the preset's rules, when their parser is installed. */
function markupConfigs(preset: PresetName): Linter.Config[] {
  const support = markupSupport();
  const rules = plugin.configs[preset].rules;
  const entries = MARKUP_KINDS.flatMap((kind) => (support[kind] ? plugin.configs[kind] : []));
  return entries.map((entry) => ({ ...(entry as Linter.Config), rules, linterOptions: { reportUnusedDisableDirectives: 'off' } }));
}

const MARKUP_PARSERS: ReadonlyArray<{ kind: MarkupKind; extensions: readonly string[]; parser: string }> = [
  { kind: 'html', extensions: HTML_EXTENSIONS, parser: '@html-eslint/parser' },
  { kind: 'vue', extensions: VUE_EXTENSIONS, parser: 'vue-eslint-parser' },
  { kind: 'svelte', extensions: SVELTE_EXTENSIONS, parser: 'svelte-eslint-parser' },
  { kind: 'astro', extensions: ASTRO_EXTENSIONS, parser: 'astro-eslint-parser' },
  { kind: 'pug', extensions: PUG_EXTENSIONS, parser: 'pug-lexer, pug-parser and @html-eslint/parser' },
  { kind: 'haml', extensions: HAML_EXTENSIONS, parser: '@html-eslint/parser' },
];

/** Why a markup file cannot be scanned here (its parser is not installed), or null. */
export function missingMarkupParser(file: string): string | null {
  const support = markupSupport();
  const missing = MARKUP_PARSERS.find(({ kind, extensions }) => !support[kind] && extensions.some((extension) => file.endsWith(extension)));
  return missing?.parser ?? null;
}

/** ESLint 9.34 added multithread linting (`concurrency`); ESLint 10 has it. */
export function supportsConcurrency(eslintVersion: string): boolean {
  const [major = 0, minor = 0] = eslintVersion.split('.').map(Number);
  return major > 9 || (major === 9 && minor >= 34);
}

export function eslintOptions(settings: ScanSettings, eslintVersion: string, { scripts = 'module' }: { scripts?: ScriptParse } = {}): ESLint.Options {
  const options: ESLint.Options = {
    cwd: settings.cwd,
    overrideConfigFile: true, // ignore the scanned project's own ESLint config
    overrideConfig: scanConfig(settings.preset, { scripts }),
    allowInlineConfig: settings.inlineConfig,
    globInputPaths: false, // paths are literal: Next.js routes such as `[id].tsx` are not globs
    errorOnUnmatchedPattern: false,
    warnIgnored: false,
    cache: false,
  };
  if (supportsConcurrency(eslintVersion)) {
    (options as { concurrency?: Concurrency }).concurrency = settings.concurrency;
  }
  return options;
}

/** URL of this module carrying `settings`, for `ESLint.fromOptionsModule`. */
export function optionsModuleUrl(settings: ScanSettings, eslintVersion: string): URL {
  const url = new URL(import.meta.url);
  url.search = new URLSearchParams({
    cwd: settings.cwd,
    preset: settings.preset,
    concurrency: String(settings.concurrency),
    inlineConfig: String(settings.inlineConfig),
    eslint: eslintVersion,
  }).toString();
  return url;
}

export function settingsFromUrl(url: URL): { settings: ScanSettings; eslintVersion: string } {
  const params = url.searchParams;
  const preset = PRESETS.find((p) => p === params.get('preset')) ?? 'recommended';
  return {
    settings: {
      cwd: params.get('cwd') ?? process.cwd(),
      preset,
      concurrency: parseConcurrency(params.get('concurrency') ?? 'off') ?? 'off',
      inlineConfig: params.get('inlineConfig') !== 'false',
    },
    eslintVersion: params.get('eslint') ?? '0.0.0',
  };
}

const fromUrl = settingsFromUrl(new URL(import.meta.url));

/** The options module's export, read by ESLint in the main thread and in every worker. */
export default eslintOptions(fromUrl.settings, fromUrl.eslintVersion);
