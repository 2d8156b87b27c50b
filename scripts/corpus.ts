// npm run test:corpus — lint every JS/TS file of the installed packages with configs.all under espree and
// @typescript-eslint/parser, on all cores; exit 1 on any rule exception. Options:
//   --sample N   only files whose path hash is divisible by N (what `npm test` runs; default 1 = every file)
//   --eslint 9   use ESLint 9 (default: 10)
//   --workers N  worker threads (default: available cores)
// Then the markup files (tests/quality/markup-corpus.ts: the .html / .htm / template / .vue / .svelte files under node_modules, examples/
// and tests/fixtures/, never sampled: there are few) with configs.html + processors.html, configs.vue and configs.svelte, each with
// the recommended rules and with every rule; counted apart from the JS/TS files (the >= 20,000 gate is JS/TS only).
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { formatSummary, lintCorpusFiles, mergeSummaries, type CorpusSummary } from '../tests/quality/corpus-run.js';
import { listCorpus, type CorpusFile } from '../tests/quality/harness.js';
import { formatMarkupSummary, lintMarkupFiles, listMarkupCorpus } from '../tests/quality/markup-corpus.js';
import { arg, loadToolkit, startWorker } from './load.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MIN_FILES = 20_000;

interface Job {
  files: CorpusFile[];
  eslint: string;
}

if (isMainThread) {
  const sample = Number(arg('sample', '1'));
  const eslint = arg('eslint', '10');
  const workers = Math.max(1, Number(arg('workers', String(availableParallelism()))));
  const { files, tooLarge } = listCorpus(ROOT, { sample });
  const markupFiles = listMarkupCorpus(ROOT);
  const { version, Linter, plugin } = await loadToolkit(eslint);
  console.log(
    `corpus: ${files.length} JS/TS files under node_modules (sample 1/${sample}), ${tooLarge.length} bundles over 1.5 MB skipped; ` +
      `ESLint ${version}, configs.all, ${workers} workers; then ${markupFiles.length} markup files`,
  );
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, k) => {
      const job: Job = { files: files.filter((_, i) => i % workers === k), eslint };
      return new Promise<CorpusSummary>((resolve, reject) => {
        const worker = startWorker(import.meta.url, job);
        worker.once('message', resolve);
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
    console.log(`FAIL: only ${summary.files} files linted; the corpus must hold at least ${MIN_FILES}`);
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
  const summary = lintCorpusFiles(ROOT, job.files, new Linter(), all);
  parentPort!.postMessage(summary);
}
