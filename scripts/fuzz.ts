// npm run fuzz — a long fuzzing run (the bounded one is in npm test). Options:
//   --runs N     programs per dialect (js, jsx, ts, tsx) and eslump programs per source type (default 2000)
//   --seed S     fast-check seed and first eslump seed (default: time-based, printed so that a failure can be replayed)
//   --eslint 9   use ESLint 9 (default: 10)
//   --only js    only the JavaScript / TypeScript programs; --only markup: only HTML pages, Vue SFCs, Svelte and Astro components, Pug and Haml templates
// Markup: N HTML pages (configs.html + processors.html), N Vue SFCs (configs.vue), N Svelte components
// (configs.svelte), N Astro components (configs.astro + processors.astro), N Pug templates (configs.pug +
// processors.pug) and N Haml views (configs.haml + processors.haml), each linted with the configs'
// recommended rules and with every rule; a report placed outside the text fails like an exception.
// A failing program (shrunk by fast-check) is printed and written to .bench/fuzz-failure.*; once the rule is fixed,
// move it to tests/fixtures/fuzz/ so that npm test keeps linting it.
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { DIALECT_FILENAME, eslumpProgram, lintProgram, paymentProgram, type Dialect, type FuzzTally } from '../tests/quality/fuzz.js';
import { astroComponent, hamlTemplate, htmlDocument, htmlFuzzFilename, lintMarkupProgram, newMarkupTally, pugTemplate, svelteComponent, vueComponent } from '../tests/quality/markup-fuzz.js';
import { MARKUP_RULES, markupPreset } from '../tests/quality/markup-harness.js';
import { arg, loadToolkit } from './load.js';

const runs = Number(arg('runs', '2000'));
const seed = Number(arg('seed', String(Date.now() % 2 ** 31)));
const only = arg('only', 'all');
if (!['all', 'js', 'markup'].includes(only)) throw new Error(`--only js | markup, not ${only}`);
const { Linter, all, version, plugin } = await loadToolkit(arg('eslint', '10'));
const linter = new Linter();
console.log(
  `fuzz: ESLint ${version}, seed ${seed}, ${runs} programs per dialect and per eslump source type (configs.all)` +
    ` and per markup kind (configs.html, configs.vue, configs.svelte, configs.astro, configs.pug, configs.haml)${only === 'all' ? '' : `; only ${only}`}`,
);

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
for (const dialect of only === 'markup' ? [] : (['js', 'jsx', 'ts', 'tsx'] as Dialect[])) {
  const filename = DIALECT_FILENAME[dialect];
  const result = fc.check(
    fc.property(paymentProgram(dialect), (program) => lintProgram(program, filename, linter, all, tally)),
    { seed, numRuns: runs },
  );
  if (result.failed) fail(filename, result.errorInstance);
  console.log(`  ${dialect}: ${runs} payment-shaped programs ok`);
}
for (let i = 0; i < (only === 'markup' ? 0 : runs); i++) {
  for (const [sourceType, filename] of [['module', 'random.mjs'], ['script', 'random.cjs']] as const) {
    const program = eslumpProgram(seed + i, sourceType);
    try {
      lintProgram(program, filename, linter, all, tally);
    } catch (error) {
      fail(filename, error);
    }
  }
}
if (only !== 'markup') console.log(`  eslump: ${runs * 2} random programs ok`);
const markupTally = newMarkupTally();
for (const [kind, generator, filename] of only === 'js' ? [] : ([['html', htmlDocument, 'fuzz.html'], ['vue', vueComponent, 'Fuzz.vue'], ['svelte', svelteComponent, 'Fuzz.svelte'], ['astro', astroComponent, 'Fuzz.astro'], ['pug', pugTemplate, 'fuzz.pug'], ['haml', hamlTemplate, 'fuzz.html.haml']] as const)) {
  const presets = MARKUP_RULES.map((rules) => markupPreset(plugin, kind, rules));
  const reportsBefore = markupTally.reports;
  const result = fc.check(
    fc.property(generator, (program) => lintMarkupProgram(program, kind === 'html' ? htmlFuzzFilename(program) : filename, linter, presets, markupTally)),
    { seed, numRuns: runs },
  );
  if (result.failed) fail(filename, result.errorInstance);
  console.log(`  ${kind}: ${runs} ${kind === 'html' ? 'pages' : kind === 'pug' || kind === 'haml' ? 'templates' : 'components'} ok (${markupTally.reports - reportsBefore} reports)`);
}
console.log(
  `fuzz: ${tally.programs + markupTally.programs} programs; JS/TS: ${tally.linted} parser runs linted, ${tally.unparsed} unparsable; ` +
    `markup: ${markupTally.linted} preset runs linted whole, ${markupTally.parseErrors} with a script that does not parse, ` +
    `${markupTally.fixed} fixed and checked, ${markupTally.eslintCrashes} ESLint-internal exceptions; no rule threw (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
// Everything passed. The Astro compiler (Go in WebAssembly) leaves a timer behind after a program that makes it panic,
// which fires once the run is over and throws "Go program has already exited" (seed 6503): end here, with success.
process.exit(0);
