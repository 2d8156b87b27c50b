// npm run bench — how much our rules cost next to parsing, on real code, beside eslint-plugin-security.
//
// Corpus: the JavaScript / TypeScript sources (not .d.ts) of the payment-stack packages that `npm ci` installs
// (BENCH_PACKAGES, top-level copies only) plus examples/ when present. Each file is linted once with
// configs.all + eslint-plugin-security's recommended preset in one config, with ESLint's `stats: true` through the
// ESLint class (as `eslint --stats`: one config per file kind, computed once), where the file lies (its package's
// `package.json` is the one rules find), after a warm-up; parse time is shared, rule times are split by plugin.
// JavaScript files use espree, TypeScript files @typescript-eslint/parser (no type information).
//
// Then two ~5,000-line files are linted 30 times each (median of the last 25): a real one (mongoose's Model) and a
// Stripe-dense TypeScript file generated below, where nearly every line is something our rules inspect.
// Targets (reported, not asserted: timings depend on the machine): all our rules <= 3 % of parse time, no
// single rule > 1 %, our rules on the 5,000-line file < 20 ms. Then, without stats and through the ESLint class, each
// file linted with and without our rules, paired (what they add end to end, selector matching included). Options:
// --eslint 9, --repeat N (median of N runs), --e2e-rounds N (rounds of the end-to-end comparison, default 3).
import * as tsParser from '@typescript-eslint/parser';
import type { ESLint, Linter } from 'eslint';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countLines } from '../tests/quality/harness.js';
import { BENCH_PACKAGES, benchBaseConfig, benchFiles, type SourceFile } from './bench-files.js';
import { stripeDenseFile } from './dense-file.js';
import { arg, loadToolkit, statsLinter, type Toolkit, UNIGNORE_NODE_MODULES } from './load.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const OURS = 'stripe-pci/';
const SECURITY = 'security/';
const TARGET_TOTAL = 3;
const TARGET_RULE = 1;
const TARGET_BIG_FILE_MS = 20;

interface Totals {
  parse: number;
  total: number;
  rules: Map<string, number>;
  files: number;
  lines: number;
  unparsed: number;
}

/** `stats` is missing from the typings of `FixOptions` (it is documented for the ESLint class and Linter). */
function statsOptions(filename: string): Linter.FixOptions {
  const options: Linter.FixOptions & { stats: boolean } = { filename, fix: false, stats: true };
  return options;
}

type StatsLint = ReturnType<typeof statsLinter>;

async function lintAll(lint: StatsLint, files: readonly SourceFile[]): Promise<Totals> {
  const totals: Totals = { parse: 0, total: 0, rules: new Map(), files: 0, lines: 0, unparsed: 0 };
  for (const file of files) {
    const { messages, pass } = await lint(file.text, file.path, join(ROOT, file.path));
    if (messages.some((m) => m.fatal)) {
      totals.unparsed++;
      continue;
    }
    if (!pass?.parse) {
      console.log('no parse time for', file.path, JSON.stringify(pass), JSON.stringify(messages.slice(0, 2)));
      continue;
    }
    totals.files++;
    totals.lines += file.lines;
    totals.parse += pass.parse.total;
    totals.total += pass.total;
    for (const [rule, time] of Object.entries(pass.rules ?? {})) {
      totals.rules.set(rule, (totals.rules.get(rule) ?? 0) + time.total);
    }
  }
  return totals;
}

/** A config with one rule that registers no listener: the baseline of the end-to-end comparison. */
const IDLE_RULE: Linter.Config = {
  plugins: { bench: { rules: { idle: { meta: { type: 'problem', schema: [] }, create: () => ({}) } } } },
  rules: { 'bench/idle': 'error' },
};

interface EndToEnd {
  /** Every file in every round, summed: the lint with the idle rule alone, and with configs.all beside it. */
  base: number;
  ours: number;
  /** What our rules add, as a share of the baseline, in each round on its own (the spread the machine gives). */
  rounds: number[];
}

/**
 * End to end, without stats: each file linted through the `ESLint` class (one instance per preset and extension, so
 * each file's config is computed and validated once, as in a user's run) with the idle rule alone and with our rules
 * beside it, one right after the other, in alternating order from file to file (so the second lint of a text, which
 * finds it and the parser's code warm, is ours for half the files in every round). Pairing per file cancels the
 * machine's drift, which moves a whole-corpus lint by up to a second here. The sums are over all rounds: the fastest
 * of the rounds per file would favour whichever side is linted second more often in an odd number of rounds.
 */
async function endToEnd(toolkit: Toolkit, files: readonly SourceFile[], rounds: number): Promise<EndToEnd> {
  const engines = new Map<string, ESLint>();
  const engine = (ours: boolean, path: string): ESLint => {
    const key = `${ours ? 'ours' : 'base'}${extname(path)}`;
    let eslint = engines.get(key);
    if (!eslint) {
      eslint = new toolkit.ESLint({
        cwd: ROOT,
        overrideConfigFile: true,
        overrideConfig: [UNIGNORE_NODE_MODULES, benchBaseConfig(path), IDLE_RULE, ...(ours ? [toolkit.all] : [])],
      });
      engines.set(key, eslint);
    }
    return eslint;
  };
  const time = async (ours: boolean, file: SourceFile): Promise<number> => {
    const start = performance.now();
    await engine(ours, file.path).lintText(file.text, { filePath: join(ROOT, file.path) });
    return performance.now() - start;
  };
  for (const file of files.slice(0, 300)) {
    await time(false, file); // warm-up
    await time(true, file);
  }
  const totals = { base: 0, ours: 0 };
  const shares: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let base = 0;
    let ours = 0;
    for (let i = 0; i < files.length; i++) {
      const file = files[i]!;
      const oursFirst = (i + round) % 2 === 0;
      const first = await time(oursFirst, file);
      const second = await time(!oursFirst, file);
      base += oursFirst ? second : first;
      ours += oursFirst ? first : second;
    }
    shares.push((100 * (ours - base)) / base);
    totals.base += base;
    totals.ours += ours;
  }
  return { ...totals, rounds: shares };
}

const sum = (rules: Map<string, number>, prefix: string): number =>
  [...rules].filter(([rule]) => rule.startsWith(prefix)).reduce((acc, [, ms]) => acc + ms, 0);
const pct = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(2)} %`;
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * What ESLint itself spends on `messages` (the reports our rules made on a file): a rule that does nothing but make the
 * same reports, at the same places, with the same texts and suggestions, timed as the bench times ours (median of 25
 * stats lints after 5 warm-ups, minus a rule that registers the same listener and reports nothing). No rule that makes
 * these reports can take less: the floor under a report-dense file.
 */
function reportFloor(linter: Linter, big: { text: string; filename: string; languageOptions: Linter.Config['languageOptions'] }, messages: readonly Linter.LintMessage[]): number {
  const replay = (report: boolean): Linter.Config['plugins'] => ({
    floor: {
      rules: {
        replay: {
          meta: { type: 'problem', hasSuggestions: true, fixable: 'code' },
          create: (context) => ({
            'Program:exit'() {
              if (!report) return;
              for (const m of messages) {
                context.report({
                  loc: { start: { line: m.line, column: m.column - 1 }, end: { line: m.endLine ?? m.line, column: (m.endColumn ?? m.column) - 1 } },
                  message: m.message,
                  ...(m.fix ? { fix: (fixer) => fixer.replaceTextRange(m.fix!.range, m.fix!.text) } : {}),
                  suggest: (m.suggestions ?? []).map((suggestion) => ({ desc: suggestion.desc, fix: (fixer) => fixer.replaceTextRange(suggestion.fix.range, suggestion.fix.text) })),
                });
              }
            },
          }),
        },
      },
    },
  });
  const time = (report: boolean): number[] => {
    const config: Linter.Config[] = [{ files: ['**'], languageOptions: big.languageOptions, plugins: replay(report), rules: { 'floor/replay': 'error' } }];
    const out: number[] = [];
    for (let i = 0; i < 30; i++) {
      linter.verifyAndFix(big.text, config, statsOptions(big.filename));
      const total = linter.getTimes().passes[0]?.rules?.['floor/replay']?.total;
      if (i >= 5 && total !== undefined) out.push(total);
    }
    return out;
  };
  return Math.max(0, median(time(true)) - median(time(false)));
}

async function main(): Promise<void> {
  const toolkit = await loadToolkit(arg('eslint', '10'), 'build');
  const { Linter, all, version } = toolkit;
  const repeat = Math.max(1, Number(arg('repeat', '1')));
  const security = createRequire(import.meta.url)('eslint-plugin-security') as { configs: { recommended: Linter.Config } };
  const securityPreset = security.configs.recommended;
  const files = benchFiles(ROOT);
  const lines = files.reduce((acc, file) => acc + file.lines, 0);
  console.log(`bench: ESLint ${version}; ${files.length} files, ${lines} lines (${BENCH_PACKAGES.length} packages + examples/)`);
  console.log(`  rules: configs.all (${Object.keys(all.rules ?? {}).length} rules) + security/recommended (${Object.keys(securityPreset.rules ?? {}).length} rules), one config`);

  // As `eslint --stats` lints: one ESLint instance per file kind, so every file of a kind gets the same config and options.
  const corpusLint = statsLinter(toolkit, (path) => [benchBaseConfig(path), all, securityPreset], extname);
  await lintAll(corpusLint, files.slice(0, 300)); // warm-up (JIT)
  const runs: Totals[] = [];
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  for (let i = 0; i < repeat; i++) runs.push(await lintAll(corpusLint, files));
  const cpu = process.cpuUsage(cpuBefore);
  const cpuShare = (cpu.user + cpu.system) / 1000 / (performance.now() - wallBefore);
  // With --repeat, the run whose share of our rules is the median.
  const totals = runs.sort((a, b) => sum(a.rules, OURS) / a.parse - sum(b.rules, OURS) / b.parse)[Math.floor(runs.length / 2)]!;

  const ours = sum(totals.rules, OURS);
  const theirs = sum(totals.rules, SECURITY);
  const seconds = (totals.parse + ours) / 1000;
  if (cpuShare < 0.9) {
    console.log(`\n  note: this process got ${(100 * cpuShare).toFixed(0)} % of a core (busy machine): absolute times are inflated ~${(1 / cpuShare).toFixed(1)}x; ratios to parse time much less`);
  }
  console.log(`\n  parse (incl. scope analysis): ${ms(totals.parse)} for ${totals.files} files (${totals.unparsed} unparsable, skipped)`);
  console.log(`\n  ${'rule'.padEnd(44)} ${'time'.padStart(10)} ${'of parse'.padStart(10)}`);
  const ranked = [...totals.rules].filter(([rule]) => rule.startsWith(OURS) || rule.startsWith(SECURITY)).sort((a, b) => b[1] - a[1]);
  for (const [rule, time] of ranked) console.log(`  ${rule.padEnd(44)} ${ms(time).padStart(10)} ${pct(time, totals.parse).padStart(10)}`);
  console.log(`  ${'-'.repeat(66)}`);
  console.log(`  ${'stripe-pci (configs.all), total'.padEnd(44)} ${ms(ours).padStart(10)} ${pct(ours, totals.parse).padStart(10)}`);
  console.log(`  ${'eslint-plugin-security (recommended), total'.padEnd(44)} ${ms(theirs).padStart(10)} ${pct(theirs, totals.parse).padStart(10)}`);
  console.log(
    `\n  throughput (parse + our rules): ${Math.round(totals.files / seconds)} files/s, ${Math.round(totals.lines / seconds)} lines/s` +
      ` (whole lint incl. both plugins: ${Math.round(totals.lines / (totals.total / 1000))} lines/s)`,
  );

  // End to end, without --stats: what the rules add to a whole lint, selector matching, traversal and collections
  // included (ESLint times neither of the first two in its stats, so listeners narrowed by selectors cannot hide cost
  // there). The baseline has one rule that listens to nothing: with no rule at all, ESLint skips the traversal and
  // code path analysis that every real config pays (about a fifth of a lint on this corpus), which would be charged
  // to us.
  const rounds = Math.max(1, Number(arg('e2e-rounds', '3')));
  const e2e = await endToEnd(toolkit, files, rounds);
  const e2eShare = (100 * (e2e.ours - e2e.base)) / e2e.base;
  const spread = `${Math.min(...e2e.rounds).toFixed(2)} to ${Math.max(...e2e.rounds).toFixed(2)} %`;
  console.log(
    `\n  end to end, no --stats (ESLint class; each file with and without our rules, one after the other, alternating; ${rounds} rounds):` +
      `\n    lint with one idle rule ${ms(e2e.base)}, with configs.all beside it ${ms(e2e.ours)}: our rules add ${e2eShare.toFixed(2)} % to a whole lint` +
      ` (single rounds: ${spread})`,
  );

  // One 5,000-line file, our rules only: a real one (mongoose's Model, storage code) and a Stripe-dense one.
  const realPath = join(ROOT, 'node_modules', 'mongoose', 'lib', 'model.js');
  const bigFiles: Array<{ label: string; text: string; filename: string; languageOptions: Linter.Config['languageOptions'] }> = [
    { label: 'Stripe-dense TypeScript (generated)', text: stripeDenseFile(), filename: join(ROOT, 'checkout.ts'), languageOptions: { parser: tsParser, sourceType: 'module' } },
  ];
  if (existsSync(realPath)) {
    bigFiles.unshift({ label: 'mongoose/lib/model.js (real)', text: readFileSync(realPath, 'utf8'), filename: realPath, languageOptions: benchBaseConfig('model.js').languageOptions });
  }
  const linter = new Linter();
  const bigResults: Array<{ label: string; rulesMs: number; floorMs: number }> = [];
  for (const big of bigFiles) {
    const bigLint = statsLinter(toolkit, () => [{ files: ['**'], languageOptions: big.languageOptions }, all], () => big.label);
    let made: Linter.LintMessage[] = [];
    const rulesMs: number[] = [];
    const parseMs: number[] = [];
    const perRule = new Map<string, number[]>();
    for (let i = 0; i < 30; i++) {
      const { messages, pass } = await bigLint(big.text, big.filename);
      const fatal = messages.find((m) => m.fatal);
      if (fatal) throw new Error(`${big.label} does not parse: ${fatal.message}`);
      made = messages;
      if (i < 5 || !pass?.parse) continue; // warm-up
      parseMs.push(pass.parse.total);
      rulesMs.push(Object.values(pass.rules ?? {}).reduce((acc, t) => acc + t.total, 0));
      for (const [rule, t] of Object.entries(pass.rules ?? {})) perRule.set(rule, [...(perRule.get(rule) ?? []), t.total]);
    }
    const reports = made.length;
    console.log(`\n  ${big.label}: ${countLines(big.text)} lines, ${reports} reports; median of 25 runs:`);
    console.log(`    parse ${ms(median(parseMs))}, our rules ${ms(median(rulesMs))}`);
    for (const [rule, times] of [...perRule].sort((a, b) => median(b[1]) - median(a[1]))) {
      console.log(`    ${rule.padEnd(42)} ${ms(median(times)).padStart(10)}`);
    }
    const floor = reports > 0 ? reportFloor(linter, big, made) : 0;
    if (reports > 0) console.log(`    ESLint's own work for the same ${reports} reports (a rule that only replays them, suggestions included): ${ms(floor)}`);
    bigResults.push({ label: big.label, rulesMs: median(rulesMs), floorMs: floor });
  }

  const slowest = ranked.find(([rule]) => rule.startsWith(OURS));
  const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');
  console.log('\n  targets (reported, not asserted):');
  console.log(`    all our rules <= ${TARGET_TOTAL} % of parse: ${pct(ours, totals.parse)} — ${verdict((100 * ours) / totals.parse <= TARGET_TOTAL)}`);
  console.log(
    `    no single rule > ${TARGET_RULE} % of parse: ${slowest ? `slowest ${slowest[0]} ${pct(slowest[1], totals.parse)}` : 'no rules'} — ` +
      verdict(!slowest || (100 * slowest[1]) / totals.parse <= TARGET_RULE),
  );
  for (const big of bigResults) {
    const floor = big.floorMs > 0 ? ` (ESLint's reporting alone: ${ms(big.floorMs)})` : '';
    console.log(`    our rules on a 5,000-line file < ${TARGET_BIG_FILE_MS} ms, ${big.label}: ${ms(big.rulesMs)}${floor} — ${verdict(big.rulesMs < TARGET_BIG_FILE_MS)}`);
  }
  console.log(`    eslint-plugin-security for comparison: ${pct(theirs, totals.parse)} of parse`);
  console.log(`    end to end (not a target, a check on the stats): our rules add ${e2eShare.toFixed(2)} % to a whole lint without --stats`);
}

await main();
