// npm run fuzz — a long fuzzing run (the bounded one is in npm test). Options:
//   --runs N     programs per dialect (js, jsx, ts, tsx) and eslump programs per source type (default 2000)
//   --seed S     fast-check seed and first eslump seed (default: time-based, printed so that a failure can be replayed)
//   --eslint 9   use ESLint 9 (default: 10)
// A failing program (shrunk by fast-check) is printed and written to .bench/fuzz-failure.*; once the rule is fixed,
// move it to tests/fixtures/fuzz/ so that npm test keeps linting it.
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { DIALECT_FILENAME, eslumpProgram, lintProgram, paymentProgram, type Dialect, type FuzzTally } from '../tests/quality/fuzz.js';
import { arg, loadToolkit } from './load.js';

const runs = Number(arg('runs', '2000'));
const seed = Number(arg('seed', String(Date.now() % 2 ** 31)));
const { Linter, all, version } = await loadToolkit(arg('eslint', '10'));
const linter = new Linter();
console.log(`fuzz: ESLint ${version}, configs.all, seed ${seed}, ${runs} programs per dialect and per eslump source type`);

function fail(filename: string, error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  mkdirSync('.bench', { recursive: true });
  const out = `.bench/fuzz-failure${extname(filename)}`;
  const program = message.split('--- program ---\n')[1];
  if (program) writeFileSync(out, program);
  console.log(message);
  console.log(`fuzz: FAILED (seed ${seed}${program ? `; program written to ${out}` : ''})`);
  process.exit(1);
}

const started = performance.now();
const tally: FuzzTally = { programs: 0, linted: 0, unparsed: 0 };
for (const dialect of ['js', 'jsx', 'ts', 'tsx'] as Dialect[]) {
  const filename = DIALECT_FILENAME[dialect];
  const result = fc.check(
    fc.property(paymentProgram(dialect), (program) => lintProgram(program, filename, linter, all, tally)),
    { seed, numRuns: runs },
  );
  if (result.failed) fail(filename, result.errorInstance);
  console.log(`  ${dialect}: ${runs} payment-shaped programs ok`);
}
for (let i = 0; i < runs; i++) {
  for (const [sourceType, filename] of [['module', 'random.mjs'], ['script', 'random.cjs']] as const) {
    const program = eslumpProgram(seed + i, sourceType);
    try {
      lintProgram(program, filename, linter, all, tally);
    } catch (error) {
      fail(filename, error);
    }
  }
}
console.log(`  eslump: ${runs * 2} random programs ok`);
console.log(
  `fuzz: ${tally.programs} programs, ${tally.linted} parser runs linted, ${tally.unparsed} unparsable, ` +
    `no rule threw (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
