// The markup side of the quality gates (markup fuzzing, markup corpus): lint an HTML page with `configs.html`
// (@html-eslint/parser and `processors.html`, whose inline scripts get the JavaScript rules), a Vue SFC with
// `configs.vue`, a Svelte component with `configs.svelte`, an Astro component with `configs.astro` or a Pug template with `configs.pug`, and tell a plugin exception apart from what the parsers or ESLint do without our rules.
import type { Linter } from 'eslint';
import { ASTRO_EXTENSIONS, HAML_EXTENSIONS, HTML_EXTENSIONS, PUG_EXTENSIONS, SVELTE_EXTENSIONS, VUE_EXTENSIONS } from '../../src/markup-configs.js';

export type MarkupKind = 'html' | 'vue' | 'svelte' | 'astro' | 'pug' | 'haml';
export const MARKUP_KINDS: readonly MarkupKind[] = ['html', 'vue', 'svelte', 'astro', 'pug', 'haml'];

/** Which preset lints a file (`HTML_EXTENSIONS`, `VUE_EXTENSIONS`, `SVELTE_EXTENSIONS`, `ASTRO_EXTENSIONS`, `PUG_EXTENSIONS`, `HAML_EXTENSIONS` in src/markup-configs.ts), by its name in any case. */
export function markupKind(filename: string): MarkupKind | null {
  const name = filename.toLowerCase();
  if (VUE_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'vue';
  if (SVELTE_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'svelte';
  if (ASTRO_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'astro';
  if (PUG_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'pug';
  if (HAML_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'haml';
  return HTML_EXTENSIONS.some((extension) => name.endsWith(extension)) ? 'html' : null;
}

/** `recommended`: the configs as shipped; `all`: every rule with the strict options (as the docs test lints markup). */
export type MarkupRules = 'recommended' | 'all';
export const MARKUP_RULES: readonly MarkupRules[] = ['recommended', 'all'];

interface MarkupPlugin {
  configs: Record<MarkupKind, readonly object[]> & { all: { rules: object } };
}

/** `configs.html`, `configs.vue` or `configs.svelte`, with their own rules or with `configs.all`'s. */
export function markupPreset(plugin: MarkupPlugin, kind: MarkupKind, rules: MarkupRules): Linter.Config[] {
  const entries = plugin.configs[kind] as Linter.Config[];
  return rules === 'all'
    ? entries.map((entry) => ({ ...entry, rules: plugin.configs.all.rules as Linter.RulesRecord }))
    : [...entries];
}

export type MarkupOutcome =
  /** `parseErrors`: fatal messages (an inline script or a Vue `<script>` that does not parse). */
  | { kind: 'linted'; messages: Linter.LintMessage[]; parseErrors: number }
  /** An exception (or a preprocessing error) with the preset that the parsers alone do not throw: a plugin bug. */
  | { kind: 'crash'; error: Error }
  /** ESLint or a parser throws on this text even without our rules and processor (not a plugin bug). */
  | { kind: 'eslint-crash'; error: Error };

const BASE: Linter.Config = {
  files: ['**'],
  // Lint every line with our rules, whatever `eslint-disable` comments the page holds.
  linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
};

/**
 * Lint `text` as `filename` with a markup preset. `Linter#verify` lints only `.js` blocks of a processor unless told
 * otherwise; the ESLint class lints every block a config matches, which for `configs.html` is the page and its
 * scripts, so every block is linted here. Never throws.
 */
export function lintMarkup(
  linter: Linter,
  preset: readonly Linter.Config[],
  text: string,
  filename: string,
): MarkupOutcome {
  return runMarkup(linter, preset, text, filename, () =>
    linter.verify(text, [BASE, ...preset], { filename, filterCodeBlock: () => true }),
  );
}

export type MarkupFixOutcome =
  { kind: 'fixed'; output: string; messages: Linter.LintMessage[] } | Exclude<MarkupOutcome, { kind: 'linted' }>;

/** `lintMarkup` with ESLint's fix loop (`--fix`): the fixed text and the messages left after the last pass. */
export function fixMarkup(
  linter: Linter,
  preset: readonly Linter.Config[],
  text: string,
  filename: string,
): MarkupFixOutcome {
  let output = text;
  const outcome = runMarkup(linter, preset, text, filename, () => {
    const result = linter.verifyAndFix(text, [BASE, ...preset], { filename, filterCodeBlock: () => true });
    output = result.output;
    return result.messages;
  });
  return outcome.kind === 'linted' ? { kind: 'fixed', output, messages: outcome.messages } : outcome;
}

function runMarkup(
  linter: Linter,
  preset: readonly Linter.Config[],
  text: string,
  filename: string,
  lint: () => Linter.LintMessage[],
): MarkupOutcome {
  let messages: Linter.LintMessage[];
  try {
    messages = lint();
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    // The same parsers without our rules and processor: does ESLint throw on this text by itself?
    const bare = preset.map(({ processor: _processor, rules: _rules, ...rest }) => rest);
    try {
      linter.verify(text, [BASE, ...bare], { filename });
    } catch {
      return { kind: 'eslint-crash', error: err };
    }
    return { kind: 'crash', error: err };
  }
  // ESLint turns an exception of a processor's `preprocess` into a fatal message.
  const preprocessing = messages.find((m) => m.fatal && m.message.startsWith('Preprocessing error'));
  if (preprocessing) return { kind: 'crash', error: new Error(preprocessing.message) };
  return { kind: 'linted', messages, parseErrors: messages.filter((m) => m.fatal).length };
}

/** ESLint's line breaks (`SourceCode`, and so `getLocFromIndex`, which the markup rules report with). */
const ESLINT_LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;
/** vue-eslint-parser's: HTML knows no other line breaks, so the nodes of an SFC are placed by these. */
const HTML_LINE_BREAK = /\r\n|\n/;

/**
 * The first report of ours whose place or fix lies outside the text (a processor or a markup rule that mapped an
 * offset wrongly): editors, formatters and the fixer trust these. Null when all are well-formed. A place may follow
 * either line counting: reports on a node take the parser's `loc`, and in a Vue SFC holding U+2028 that is not
 * ESLint's (ESLint's own rules show the same lines there).
 */
export function malformedReport(
  messages: readonly Linter.LintMessage[],
  text: string,
  pluginPrefix = 'stripe-pci/',
): string | null {
  const countings = [text.split(ESLINT_LINE_BREAK), text.split(HTML_LINE_BREAK)];
  const validPlace = (line: number, column: number): boolean =>
    Number.isInteger(line) &&
    Number.isInteger(column) &&
    countings.some(
      (lines) => line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]!.length + 1,
    );
  const validFix = (fix: Linter.LintMessage['fix']): boolean =>
    !fix || (fix.range[0] >= 0 && fix.range[0] <= fix.range[1] && fix.range[1] <= text.length);
  for (const m of messages) {
    if (!m.ruleId?.startsWith(pluginPrefix)) continue;
    const where = `${m.ruleId} at ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;
    if (!validPlace(m.line, m.column)) return `${where}: start outside the text`;
    if (m.endLine !== undefined && m.endColumn !== undefined) {
      if (!validPlace(m.endLine, m.endColumn)) return `${where}: end outside the text`;
      if (m.endLine < m.line || (m.endLine === m.line && m.endColumn < m.column)) return `${where}: end before start`;
    }
    if (!validFix(m.fix))
      return `${where}: fix range ${JSON.stringify(m.fix!.range)} outside the text (${text.length} chars)`;
    for (const s of m.suggestions ?? []) {
      if (!validFix(s.fix)) return `${where}: suggestion range ${JSON.stringify(s.fix.range)} outside the text`;
    }
  }
  return null;
}
