// npm run test:corpus — lint every JS/TS file of the installed packages with configs.all under espree and
// @typescript-eslint/parser, on all cores, handing files out in small chunks to whichever worker is free; exit 1 on
// any rule exception. Identical copies (same bytes, extension and test-file verdict: harness.ts `distinctTexts`) are
// linted once; the >= 20,000 gate counts distinct texts linted. Then the worst case: the slowest lints (by time and
// per byte) linted again without our rules; fails where our rules add more than the rest of the lint and 250 ms
// (timed three times more each way first). Options:
//   --sample N   only files whose path hash is divisible by N (what `npm test` runs; default 1 = every file)
//   --eslint 9   use ESLint 9 (default: 10)
//   --workers N  worker threads (default: available cores)
// Then the markup files (tests/quality/markup-corpus.ts: the .html / .htm / template / .vue / .svelte files under node_modules, examples/
// and tests/fixtures/, never sampled: there are few) with configs.html + processors.html, configs.vue and configs.svelte, each with
// the recommended rules and with every rule; counted apart from the JS/TS files (the >= 20,000 gate is JS/TS only).
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { formatSummary, lintCorpusFiles, mergeSummaries, timeLint, timeWorstCases, type CorpusSummary } from '../tests/quality/corpus-run.js';
import { distinctTexts, listCorpus, type CorpusFile } from '../tests/quality/harness.js';
import { fastestInTurns } from '../tests/quality/timing.js';
import { formatMarkupSummary, lintMarkupFiles, listMarkupCorpus } from '../tests/quality/markup-corpus.js';
import { arg, loadToolkit, startWorker } from './load.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MIN_FILES = 20_000;
/**
 * The worst case: on no file may our rules add more than the lint without them takes, nor more than this (ms). A rule
 * that is slow on one shape of code (a quadratic text scan on a minified bundle) stalls the editor on that file.
 */
const WORST_CASE_MS = 250;
/** How many of the slowest lints, and of the slowest per byte, are checked against it. */
const WORST_CASE_CANDIDATES = 6;

/** Files are handed out in chunks of this many to whichever worker asks next, so that no worker idles at the end. */
const CHUNK = 40;

interface Job {
  eslint: string;
}

/** Worker to main thread: `more` asks for the next chunk; `done` carries the worker's summary after an empty chunk. */
type FromWorker = { kind: 'more' } | { kind: 'done'; summary: CorpusSummary };

if (isMainThread) {
  const sample = Number(arg('sample', '1'));
  const eslint = arg('eslint', '10');
  const workers = Math.max(1, Number(arg('workers', String(availableParallelism()))));
  const listing = listCorpus(ROOT, { sample });
  const { tooLarge } = listing;
  const { files, copies } = distinctTexts(ROOT, listing.files);
  const markupFiles = listMarkupCorpus(ROOT);
  const { version, Linter, plugin, all } = await loadToolkit(eslint);
  console.log(
    `corpus: ${listing.files.length} JS/TS files under node_modules (sample 1/${sample}), ${tooLarge.length} bundles over 1.5 MB skipped; ` +
      `${files.length} distinct texts, ${copies.length} identical copies linted once; ` +
      `ESLint ${version}, configs.all, ${workers} workers; then ${markupFiles.length} markup files`,
  );
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let next = 0;
  const parts = await Promise.all(
    Array.from({ length: workers }, () => {
      const job: Job = { eslint };
      return new Promise<CorpusSummary>((resolve, reject) => {
        const worker = startWorker(import.meta.url, job);
        worker.on('message', (message: FromWorker) => {
          if (message.kind === 'done') {
            resolve(message.summary);
            return;
          }
          const chunk = files.slice(next, next + CHUNK);
          next += chunk.length;
          worker.postMessage(chunk);
        });
        worker.once('error', reject);
      });
    }),
  );
  const summary = mergeSummaries(parts);
  summary.ms = performance.now() - started;
  console.log(formatSummary(summary, 'corpus'));
  const linesPerSecond = Math.round(summary.lines / (summary.ms / 1000));
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(`  throughput: ${Math.round(summary.files / (summary.ms / 1000))} files/s, ${linesPerSecond} lines/s (wall clock)`);
  console.log(
    `  CPU: ${cpuSeconds.toFixed(0)} s over ${workers} workers (${Math.round((100 * cpuSeconds) / (workers * summary.ms / 1000))} % of ` +
      `${workers} cores: below ~90 % the machine was busy and the wall clock is inflated)`,
  );
  let failed = summary.crashes.length > 0;
  if (sample === 1 && summary.files < MIN_FILES) {
    console.log(`FAIL: only ${summary.files} distinct files linted; the corpus must hold at least ${MIN_FILES}`);
    failed = true;
  }
  const worst = timeWorstCases(ROOT, summary, new Linter(), WORST_CASE_CANDIDATES);
  console.log(`worst case: what our rules add to the ${worst.length} slowest lints (by time and per byte), each linted again without them`);
  for (const w of worst.slice(0, 5)) {
    console.log(`  +${w.addedMs.toFixed(0).padStart(4)} ms over ${w.bareMs.toFixed(0).padStart(5)} ms  ${w.parser.padEnd(10)} ${w.path}`);
  }
  // A suspect is timed again before it fails the run (one lint can be slow for other reasons): the fastest of three
  // lints each way, taken in turns (without, with, without…) so that a spell of load on a shared machine falls on both,
  // and six each way when that still fails, as the scaling gate does.
  const tooSlow = (timed: { bareMs: number; addedMs: number }): boolean => timed.addedMs > Math.max(WORST_CASE_MS, timed.bareMs);
  for (const w of worst.filter(tooSlow)) {
    const linter = new Linter();
    const inTurns = (rounds: number): { bareMs: number; addedMs: number } => {
      const timed = (preset: Parameters<typeof timeLint>[3]) => () => ({ ms: timeLint(ROOT, w, linter, preset, 1) });
      const [bare, withRules] = fastestInTurns(rounds, timed({}), timed(all));
      return { bareMs: bare.ms, addedMs: withRules.ms - bare.ms };
    };
    let timed = inTurns(3);
    if (tooSlow(timed)) timed = inTurns(6);
    if (!tooSlow(timed)) continue;
    console.log(`FAIL: our rules add ${timed.addedMs.toFixed(0)} ms to ${w.path} (${w.parser}), which lints in ${timed.bareMs.toFixed(0)} ms without them`);
    failed = true;
  }
  const markup = lintMarkupFiles(ROOT, markupFiles, new Linter(), plugin);
  console.log(formatMarkupSummary(markup, 'markup'));
  if (markup.crashes.length > 0) failed = true;
  console.log(failed ? 'corpus: FAILED' : 'corpus: no rule threw');
  process.exitCode = failed ? 1 : 0;
} else {
  const job = workerData as Job;
  const { Linter, all } = await loadToolkit(job.eslint);
  const linter = new Linter();
  const summaries: CorpusSummary[] = [];
  const port = parentPort!;
  port.on('message', (chunk: CorpusFile[]) => {
    if (chunk.length > 0) {
      summaries.push(lintCorpusFiles(ROOT, chunk, linter, all));
      port.postMessage({ kind: 'more' } satisfies FromWorker);
      return;
    }
    const summary = mergeSummaries(summaries);
    summary.ms = summaries.reduce((sum, part) => sum + part.ms, 0);
    port.postMessage({ kind: 'done', summary } satisfies FromWorker);
    port.close();
  });
  port.postMessage({ kind: 'more' } satisfies FromWorker);
}
