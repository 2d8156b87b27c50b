// Crash-freedom on real markup: the HTML pages, Vue SFCs, Svelte and Astro components, Pug and Haml templates that `npm ci`
// installs (a few under node_modules), the example project and the markup test fixtures, linted with configs.html
// (+ processors.html), configs.vue, configs.svelte, configs.astro (+ processors.astro), configs.pug (+ processors.pug) and configs.haml (+ processors.haml), each
// with its recommended rules and with every rule. Used by tests/quality/corpus.test.ts and scripts/corpus.ts.
import type { Linter } from 'eslint';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_MAX_BYTES, countLines, describeError, lintFilename, walkFiles, type CorpusFile } from './harness.js';
import {
  lintMarkup,
  malformedReport,
  MARKUP_KINDS,
  MARKUP_RULES,
  markupKind,
  markupPreset,
  type MarkupKind,
} from './markup-harness.js';

/** Where the markup corpus is looked for, relative to the repository root. */
export const MARKUP_CORPUS_ROOTS = ['node_modules', 'examples', 'tests/fixtures'] as const;

/** Every `.html`, `.htm`, template, `.vue` and `.svelte` file under `MARKUP_CORPUS_ROOTS`, sorted by path. */
export function listMarkupCorpus(root: string): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const dir of MARKUP_CORPUS_ROOTS) {
    walkFiles(
      root,
      dir,
      (name) => markupKind(name) !== null,
      (path, full) => {
        const bytes = statSync(full).size;
        if (bytes <= CORPUS_MAX_BYTES) files.push({ path, bytes });
      },
    );
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export interface MarkupKindSummary {
  files: number;
  lines: number;
  bytes: number;
  /** (file, preset) runs with a fatal message: the page or a script in it does not parse. */
  parseErrors: number;
  reports: number;
}

export interface MarkupCorpusSummary {
  byKind: Record<MarkupKind, MarkupKindSummary>;
  /** Exceptions of our rules or processor, and reports placed outside the text. */
  crashes: Array<{ path: string; error: string }>;
  eslintCrashes: Array<{ path: string; error: string }>;
  ms: number;
}

const emptyKind = (): MarkupKindSummary => ({ files: 0, lines: 0, bytes: 0, parseErrors: 0, reports: 0 });

interface MarkupPlugin {
  configs: Parameters<typeof markupPreset>[0]['configs'];
}

export function lintMarkupFiles(
  root: string,
  files: readonly CorpusFile[],
  linter: Linter,
  plugin: MarkupPlugin,
): MarkupCorpusSummary {
  const summary: MarkupCorpusSummary = {
    byKind: { html: emptyKind(), vue: emptyKind(), svelte: emptyKind(), astro: emptyKind(), pug: emptyKind(), haml: emptyKind() },
    crashes: [],
    eslintCrashes: [],
    ms: 0,
  };
  const start = performance.now();
  const presets = Object.fromEntries(
    MARKUP_KINDS.map((kind) => [kind, MARKUP_RULES.map((rules) => markupPreset(plugin, kind, rules))]),
  ) as Record<MarkupKind, Linter.Config[][]>;
  for (const file of files) {
    const kind = markupKind(file.path)!;
    const text = readFileSync(join(root, file.path), 'utf8');
    const filename = lintFilename(file.path);
    const counts = summary.byKind[kind];
    counts.files++;
    counts.lines += countLines(text);
    counts.bytes += file.bytes;
    for (const preset of presets[kind]) {
      const outcome = lintMarkup(linter, preset, text, filename);
      if (outcome.kind === 'crash') summary.crashes.push({ path: file.path, error: describeError(outcome.error) });
      else if (outcome.kind === 'eslint-crash')
        summary.eslintCrashes.push({ path: file.path, error: describeError(outcome.error) });
      else {
        const malformed = malformedReport(outcome.messages, text);
        if (malformed) summary.crashes.push({ path: file.path, error: `malformed report: ${malformed}` });
        if (outcome.parseErrors > 0) counts.parseErrors++;
        counts.reports += outcome.messages.filter((m) => m.ruleId?.startsWith('stripe-pci/')).length;
      }
    }
  }
  summary.ms = performance.now() - start;
  return summary;
}

export function formatMarkupSummary(summary: MarkupCorpusSummary, label: string): string {
  const kinds = MARKUP_KINDS.map((kind) => summary.byKind[kind]);
  const files = kinds.reduce((sum, k) => sum + k.files, 0);
  const lines = kinds.reduce((sum, k) => sum + k.lines, 0);
  const out = [
    `${label}: ${files} markup files, ${lines} lines linted in ${(summary.ms / 1000).toFixed(1)} s ` +
      `(${MARKUP_CORPUS_ROOTS.join(', ')}; recommended and all rules)`,
  ];
  for (const kind of MARKUP_KINDS) {
    const k = summary.byKind[kind];
    out.push(
      `  ${`configs.${kind}`.padEnd(15)} ${String(k.files).padStart(4)} files ${String(k.lines).padStart(7)} lines ` +
        `${(k.bytes / 1e3).toFixed(0).padStart(5)} kB, ${k.parseErrors} runs with a parse error, ${k.reports} reports`,
    );
  }
  out.push(
    `  rule exceptions: ${summary.crashes.length}; ESLint-internal exceptions (not ours): ${summary.eslintCrashes.length}`,
  );
  for (const failure of [...summary.crashes, ...summary.eslintCrashes].slice(0, 20)) {
    out.push(`  ${failure.path}\n    ${failure.error.split('\n').join('\n    ')}`);
  }
  return out.join('\n');
}
