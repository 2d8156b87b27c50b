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

/** One lint of one file (all candidate language options tried), timed: a candidate for the worst-case check. */
export interface TimedLint {
  path: string;
  parser: ParserName;
  bytes: number;
  ms: number;
}

/** How many of the slowest lints, and of the slowest per byte, each summary keeps. */
const KEPT_LINTS = 12;
/** Files below this size are left out of the per-byte ranking: a small file's time is mostly fixed costs. */
const PER_BYTE_MIN_BYTES = 16_000;

export interface CorpusSummary {
  byParser: Record<ParserName, ParserSummary>;
  /** The slowest lints by time, and by time per byte: where a rule that is slow on some shape of code shows. */
  slowest: TimedLint[];
  densest: TimedLint[];
  crashes: Failure[];
  eslintCrashes: Failure[];
  /** Distinct files linted by at least one parser, and their lines. */
  files: number;
  lines: number;
  ms: number;
}

const emptyParser = (): ParserSummary => ({ files: 0, lines: 0, bytes: 0, unparsed: 0, reports: 0, unparsedExamples: [] });

export function emptySummary(): CorpusSummary {
  return {
    byParser: { espree: emptyParser(), typescript: emptyParser() },
    slowest: [],
    densest: [],
    crashes: [],
    eslintCrashes: [],
    files: 0,
    lines: 0,
    ms: 0,
  };
}

const byTime = (lint: TimedLint): number => lint.ms;
const perByte = (lint: TimedLint): number => lint.ms / lint.bytes;

/** `list` with `lint` added, sorted by `rank` (highest first), at most `KEPT_LINTS` long. */
function keepTop(list: TimedLint[], lint: TimedLint, rank: (lint: TimedLint) => number): TimedLint[] {
  if (list.length >= KEPT_LINTS && rank(lint) <= rank(list[list.length - 1]!)) return list;
  return [...list, lint].sort((a, b) => rank(b) - rank(a)).slice(0, KEPT_LINTS);
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
      const started = performance.now();
      const outcome = lintText({ linter, preset, parser }, text, filename);
      const lint: TimedLint = { path: file.path, parser, bytes: file.bytes, ms: performance.now() - started };
      summary.slowest = keepTop(summary.slowest, lint, byTime);
      if (file.bytes >= PER_BYTE_MIN_BYTES) summary.densest = keepTop(summary.densest, lint, perByte);
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
    for (const lint of part.slowest) total.slowest = keepTop(total.slowest, lint, byTime);
    for (const lint of part.densest) total.densest = keepTop(total.densest, lint, perByte);
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

export interface WorstCase {
  path: string;
  parser: ParserName;
  /** Lint time without our rules (parse, scope analysis, ESLint's traversal), and what our rules add to it. */
  bareMs: number;
  addedMs: number;
}

/** The best of `rounds` timed lints of one corpus file. */
export function timeLint(root: string, lint: { path: string; parser: ParserName }, linter: Linter, preset: Linter.Config, rounds: number): number {
  const text = readFileSync(join(root, lint.path), 'utf8');
  const filename = lintFilename(lint.path);
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    lintText({ linter, preset, parser: lint.parser }, text, filename);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * What our rules add to the slowest lints of a corpus run (`count` by time and `count` per byte): each file linted
 * once more without the preset, against its time with the preset in the run. Highest first.
 */
export function timeWorstCases(root: string, summary: CorpusSummary, linter: Linter, count: number): WorstCase[] {
  const candidates = new Map<string, TimedLint>();
  for (const lint of [...summary.slowest.slice(0, count), ...summary.densest.slice(0, count)]) candidates.set(`${lint.parser} ${lint.path}`, lint);
  return [...candidates.values()]
    .map((lint) => {
      const bareMs = timeLint(root, lint, linter, {}, 1);
      return { path: lint.path, parser: lint.parser, bareMs, addedMs: lint.ms - bareMs };
    })
    .sort((a, b) => b.addedMs - a.addedMs);
}
