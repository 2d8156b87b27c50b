import type { TSESLint } from '@typescript-eslint/utils';
import { PRESETS, presetRules, type PresetName } from './src/configs.js';
import { NAMESPACE, PLUGIN_NAME, PLUGIN_VERSION } from './src/meta.js';
import { rules } from './src/rules/index.js';
import { htmlProcessor } from './src/processors/html.js';
import { astroProcessor } from './src/processors/astro.js';
import { pugProcessor } from './src/processors/pug.js';
import { hamlProcessor } from './src/processors/haml.js';
import {
  ASTRO_EXTENSIONS,
  ASTRO_SCRIPT_BLOCKS,
  filesEnding,
  HAML_EXTENSIONS,
  HTML_FAMILIES,
  HTML_MODULE_SCRIPT_BLOCKS,
  HTML_SCRIPT_BLOCKS,
  htmlConfigParser,
  loadParser,
  PUG_EXTENSIONS,
  requirePug,
  requireDependency,
  templateMarkersOf,
  SVELTE_EXTENSIONS,
  VUE_EXTENSIONS,
} from './src/markup-configs.js';

export interface FlatPreset {
  name: `${typeof NAMESPACE}/${PresetName}`;
  plugins: Record<string, unknown>;
  rules: TSESLint.Linter.RulesRecord;
}

export interface LegacyPreset {
  plugins: string[];
  rules: TSESLint.Linter.RulesRecord;
}

/** One entry of a markup config: files, parser or processor, and the recommended rules. */
export interface MarkupConfigEntry {
  name: string;
  files: string[];
  plugins: Record<string, unknown>;
  processor?: TSESLint.Linter.Processor;
  /** The markup parser (pages, components), or for inline script blocks their `sourceType`. */
  languageOptions?: { parser: unknown; parserOptions?: Record<string, unknown>; sourceType?: 'module' } | { sourceType: 'script' | 'module' | 'commonjs' };
  rules: TSESLint.Linter.RulesRecord;
}

type MarkupConfigName = 'html' | 'vue' | 'svelte' | 'astro' | 'pug' | 'haml';

interface Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  processors: { html: TSESLint.Linter.Processor; astro: TSESLint.Linter.Processor; pug: TSESLint.Linter.Processor; haml: TSESLint.Linter.Processor };
  configs: Record<PresetName, FlatPreset> &
    Record<`legacy-${PresetName}`, LegacyPreset> &
    Record<MarkupConfigName, MarkupConfigEntry[]>;
}

const plugin: Plugin = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION, namespace: NAMESPACE },
  rules,
  processors: {
    html: htmlProcessor as TSESLint.Linter.Processor,
    astro: astroProcessor as TSESLint.Linter.Processor,
    pug: pugProcessor as TSESLint.Linter.Processor,
    haml: hamlProcessor as TSESLint.Linter.Processor,
  },
  configs: {} as Plugin['configs'],
};

for (const preset of PRESETS) {
  const presetRuleSet = presetRules(rules, preset) as TSESLint.Linter.RulesRecord;
  plugin.configs[preset] = { name: `${NAMESPACE}/${preset}`, plugins: { [NAMESPACE]: plugin }, rules: presetRuleSet };
  plugin.configs[`legacy-${preset}`] = { plugins: [NAMESPACE], rules: presetRuleSet };
}

/**
 * `configs.html` / `configs.vue` / `configs.svelte` / `configs.astro`: the recommended rules on HTML pages (with their
 * inline scripts), on Vue SFCs, on Svelte components and on Astro components (with their scripts). They set the parser because their files are not JavaScript; the parsers
 * (optional peer dependencies) are loaded the first time a config is read.
 */
function markupConfig(key: MarkupConfigName, build: () => MarkupConfigEntry[]): void {
  let built: MarkupConfigEntry[] | undefined;
  Object.defineProperty(plugin.configs, key, { enumerable: true, configurable: true, get: () => (built ??= build()) });
}

markupConfig('html', () => {
  const base = { plugins: { [NAMESPACE]: plugin }, rules: plugin.configs.recommended.rules };
  const parser = htmlConfigParser();
  return [
    // One entry per template engine: each parses with its own markers (markup-configs.ts, HTML_FAMILIES).
    ...HTML_FAMILIES.map(({ name, extensions, markers, ignores }) => ({
      name: name === 'html' ? `${NAMESPACE}/html` : `${NAMESPACE}/html-${name}`,
      files: filesEnding(extensions),
      ...(ignores ? { ignores: [...ignores] } : {}),
      ...base,
      processor: plugin.processors.html,
      languageOptions: { parser, parserOptions: { templateEngineSyntax: markers } },
    })),
    // Classic scripts as browsers run them (`<!--` comments, sloppy mode); `type="module"` ones as modules.
    { name: `${NAMESPACE}/html-scripts`, files: HTML_SCRIPT_BLOCKS, ...base, languageOptions: { sourceType: 'script' } },
    { name: `${NAMESPACE}/html-module-scripts`, files: HTML_MODULE_SCRIPT_BLOCKS, ...base, languageOptions: { sourceType: 'module' } },
  ];
});

/**
 * A component config (Vue, Svelte): its parser, with `<script>` and `<script lang="ts">` through @typescript-eslint/parser.
 * Vue's `<template lang="pug">` is read where vue-eslint-parser's Pug tokenizer is installed (an optional peer dependency).
 */
function componentConfig(key: 'vue' | 'svelte', parser: 'vue-eslint-parser' | 'svelte-eslint-parser', extensions: readonly string[]): void {
  markupConfig(key, () => [
    {
      name: `${NAMESPACE}/${key}`,
      files: filesEnding(extensions),
      plugins: { [NAMESPACE]: plugin },
      languageOptions: {
        parser: loadParser(parser),
        // Plain and TypeScript scripts alike: @typescript-eslint/parser is already a dependency.
        parserOptions: {
          parser: requireDependency('@typescript-eslint/parser'),
          ecmaVersion: 'latest',
          sourceType: 'module',
          ...(key === 'vue' ? vuePugTokenizer() : {}),
        },
      },
      rules: plugin.configs.recommended.rules,
    },
  ]);
}

/** vue-eslint-parser's option for `<template lang="pug">`, when its Pug tokenizer is installed; else nothing. */
function vuePugTokenizer(): { templateTokenizer?: { pug: unknown } } {
  try {
    return { templateTokenizer: { pug: requireDependency('vue-eslint-parser-template-tokenizer-pug') } };
  } catch {
    return {};
  }
}

componentConfig('vue', 'vue-eslint-parser', VUE_EXTENSIONS);
componentConfig('svelte', 'svelte-eslint-parser', SVELTE_EXTENSIONS);

/**
 * `configs.astro`: Astro components through astro-eslint-parser (frontmatter as TypeScript, the template as JSX
 * elements) and the `astro` processor, whose script blocks are linted as the browser gets them: a script Astro
 * processes as a TypeScript module, an `is:inline` one as written (classic, or a module with `type="module"`), a
 * classic `define:vars` one as a function's body.
 */
markupConfig('astro', () => {
  const base = { plugins: { [NAMESPACE]: plugin }, rules: plugin.configs.recommended.rules };
  const tsParser = requireDependency('@typescript-eslint/parser');
  return [
    {
      name: `${NAMESPACE}/astro`,
      files: filesEnding(ASTRO_EXTENSIONS),
      ...base,
      processor: plugin.processors.astro,
      languageOptions: { parser: loadParser('astro-eslint-parser'), parserOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' } },
    },
    { name: `${NAMESPACE}/astro-scripts`, files: [...ASTRO_SCRIPT_BLOCKS.processed], ...base, languageOptions: { parser: tsParser, sourceType: 'module' } },
    { name: `${NAMESPACE}/astro-inline-scripts`, files: [...ASTRO_SCRIPT_BLOCKS.classic], ...base, languageOptions: { sourceType: 'script' } },
    { name: `${NAMESPACE}/astro-inline-module-scripts`, files: [...ASTRO_SCRIPT_BLOCKS.module], ...base, languageOptions: { sourceType: 'module' } },
    // Classic `define:vars` scripts: a function's body (CommonJS's parse allows the top-level `return`).
    { name: `${NAMESPACE}/astro-define-vars-scripts`, files: [...ASTRO_SCRIPT_BLOCKS.function], ...base, languageOptions: { sourceType: 'commonjs' } },
  ];
});

/**
 * A config for templates that render HTML through a processor that writes the page out (`processors.pug`,
 * `processors.haml`): the template entry with the processor, and the written page (`checkout.pug/0_checkout.pug.html`)
 * linted as `configs.html` lints a page, with the markers of the template output the page holds, its scripts included.
 */
function templatePageConfig(
  key: 'pug' | 'haml',
  processor: TSESLint.Linter.Processor,
  extensions: readonly string[],
  pageExtension: string,
  markers: Readonly<Record<string, string>>,
): MarkupConfigEntry[] {
  const base = { plugins: { [NAMESPACE]: plugin }, rules: plugin.configs.recommended.rules };
  const parser = htmlConfigParser();
  return [
    { name: `${NAMESPACE}/${key}`, files: filesEnding(extensions), ...base, processor },
    {
      name: `${NAMESPACE}/${key}-pages`,
      files: filesEnding(extensions).map((pattern) => `${pattern}/**/*${pageExtension}`),
      ...base,
      processor: plugin.processors.html,
      languageOptions: { parser, parserOptions: { templateEngineSyntax: markers } },
    },
    { name: `${NAMESPACE}/${key}-scripts`, files: HTML_SCRIPT_BLOCKS, ...base, languageOptions: { sourceType: 'script' } },
    { name: `${NAMESPACE}/${key}-module-scripts`, files: HTML_MODULE_SCRIPT_BLOCKS, ...base, languageOptions: { sourceType: 'module' } },
  ];
}

/**
 * `configs.pug`: Pug (and Jade) templates through the `pug` processor, which writes each out as the HTML page it
 * renders, its unknown values as `{{ _ }}`. Needs pug-lexer and pug-parser (optional peer dependencies) besides
 * @html-eslint/parser.
 */
markupConfig('pug', () => {
  requirePug();
  return templatePageConfig('pug', plugin.processors.pug, PUG_EXTENSIONS, '.html', { '{{': '}}' });
});

/**
 * `configs.haml`: Haml views (Rails) through the `haml` processor, which writes each out as the ERB page it renders
 * (`checkout.html.haml/0_checkout.html.haml.html.erb`): Ruby output as ERB output tags, so that the view helpers read
 * in ERB views are read here too. Needs only @html-eslint/parser.
 */
markupConfig('haml', () => templatePageConfig('haml', plugin.processors.haml, HAML_EXTENSIONS, '.html.erb', templateMarkersOf('page.html.erb')));

export { rules };
export const processors = plugin.processors;
export const configs = plugin.configs;
export const meta = plugin.meta;
export default plugin;
