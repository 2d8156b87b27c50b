// Lints corpus files with a preset under both parsers and sums up what happened. Used by
// tests/quality/corpus.test.ts (a deterministic sample, in `npm test`) and scripts/corpus.ts (every file).
import type { Linter } from 'eslint';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  countLines,
  describeError,
  lintFilename,
  lintText,
  parserAccepts,
  PARSERS,
  type CorpusFile,
  type ParserName,
} from './harness.js';

const PLUGIN_PREFIX = 'stripe-pci/';

export interface Failure {
  path: string;
  parser: ParserName;
  error: string;
}

export interface ParserSummary {
  files: number;
  lines: number;
  bytes: number;
  /** Files this parser could not parse with any candidate options (TypeScript-only syntax, Flow, ...). */
  unparsed: number;
  /** Reports made by the preset (not a failure: the corpus is not our users' code). */
  reports: number;
  /** The first few unparsable files, with the parse error. */
  unparsedExamples: string[];
}

export interface CorpusSummary {
  byParser: Record<ParserName, ParserSummary>;
  crashes: Failure[];
  eslintCrashes: Failure[];
  /** Distinct files linted by at least one parser, and their lines. */
  files: number;
  lines: number;
  ms: number;
}

const emptyParser = (): ParserSummary => ({ files: 0, lines: 0, bytes: 0, unparsed: 0, reports: 0, unparsedExamples: [] });

export function emptySummary(): CorpusSummary {
  return { byParser: { espree: emptyParser(), typescript: emptyParser() }, crashes: [], eslintCrashes: [], files: 0, lines: 0, ms: 0 };
}

export function lintCorpusFiles(
  root: string,
  files: readonly CorpusFile[],
  linter: Linter,
  preset: Linter.Config,
  parsers: readonly ParserName[] = PARSERS,
): CorpusSummary {
  const summary = emptySummary();
  const start = performance.now();
  for (const file of files) {
    const text = readFileSync(join(root, file.path), 'utf8');
    const lines = countLines(text);
    const filename = lintFilename(file.path);
    let lintedOnce = false;
    for (const parser of parsers) {
      if (!parserAccepts(parser, filename)) continue;
      const outcome = lintText({ linter, preset, parser }, text, filename);
      const counts = summary.byParser[parser];
      switch (outcome.kind) {
        case 'linted':
          counts.files++;
          counts.lines += lines;
          counts.bytes += file.bytes;
          counts.reports += outcome.messages.filter((m) => m.ruleId?.startsWith(PLUGIN_PREFIX)).length;
          lintedOnce = true;
          break;
        case 'unparsed':
          counts.unparsed++;
          if (counts.unparsedExamples.length < 5) counts.unparsedExamples.push(`${file.path} (${outcome.message})`);
          break;
        case 'crash':
          summary.crashes.push({ path: file.path, parser, error: describeError(outcome.error) });
          break;
        case 'eslint-crash':
          summary.eslintCrashes.push({ path: file.path, parser, error: describeError(outcome.error) });
          break;
      }
    }
    if (lintedOnce) {
      summary.files++;
      summary.lines += lines;
    }
  }
  summary.ms = performance.now() - start;
  return summary;
}

export function mergeSummaries(parts: readonly CorpusSummary[]): CorpusSummary {
  const total = emptySummary();
  for (const part of parts) {
    for (const parser of PARSERS) {
      const into = total.byParser[parser];
      const from = part.byParser[parser];
      into.files += from.files;
      into.lines += from.lines;
      into.bytes += from.bytes;
      into.unparsed += from.unparsed;
      into.reports += from.reports;
      into.unparsedExamples.push(...from.unparsedExamples.slice(0, 5 - into.unparsedExamples.length));
    }
    total.crashes.push(...part.crashes);
    total.eslintCrashes.push(...part.eslintCrashes);
    total.files += part.files;
    total.lines += part.lines;
    total.ms = Math.max(total.ms, part.ms);
  }
  return total;
}

export function formatSummary(summary: CorpusSummary, label: string): string {
  const out = [`${label}: ${summary.files} files, ${summary.lines} lines linted in ${(summary.ms / 1000).toFixed(1)} s`];
  for (const parser of PARSERS) {
    const p = summary.byParser[parser];
    out.push(
      `  ${parser.padEnd(10)} ${String(p.files).padStart(6)} files ${String(p.lines).padStart(9)} lines ` +
        `${(p.bytes / 1e6).toFixed(1).padStart(6)} MB, ${p.unparsed} unparsable, ${p.reports} reports`,
    );
    for (const example of p.unparsedExamples) out.push(`    unparsable: ${example}`);
  }
  out.push(`  rule exceptions: ${summary.crashes.length}; ESLint-internal exceptions (not ours): ${summary.eslintCrashes.length}`);
  for (const failure of [...summary.crashes, ...summary.eslintCrashes].slice(0, 20)) {
    out.push(`  ${failure.parser} ${failure.path}\n    ${failure.error.split('\n').join('\n    ')}`);
  }
  return out.join('\n');
}
