// Crash-freedom on real code, deterministic sample: the JS/TS files of the installed packages whose path hash is
// divisible by CORPUS_SAMPLE (default 100), linted with configs.all under espree and @typescript-eslint/parser.
// Any rule exception fails. The full corpus (every file, > 20,000) runs in CI as `npm run test:corpus`. The markup
// files (.html / .htm / .vue under node_modules, examples/ and tests/fixtures/; few) are linted whole, here and there.
import { Linter } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.js';
import { formatSummary, lintCorpusFiles } from './corpus-run.js';
import { listCorpus } from './harness.js';
import { formatMarkupSummary, lintMarkupFiles, listMarkupCorpus } from './markup-corpus.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = Number(process.env.CORPUS_SAMPLE ?? 100);

describe('corpus sample (configs.all, both parsers)', () => {
  it('lints every sampled file without a rule exception', () => {
    const { files } = listCorpus(ROOT, { sample: SAMPLE });
    expect(files.length).toBeGreaterThan(100);
    const summary = lintCorpusFiles(ROOT, files, new Linter(), plugin.configs.all as unknown as Linter.Config);
    console.log(formatSummary(summary, `corpus sample 1/${SAMPLE}, ESLint ${Linter.version}`));
    expect(summary.crashes).toEqual([]);
    expect(summary.byParser.typescript.files).toBeGreaterThan(100);
    expect(summary.byParser.espree.files).toBeGreaterThan(50);
  }, 300_000);
});

describe('markup corpus (configs.html + processors.html, configs.vue, configs.svelte, configs.astro + processors.astro, configs.pug + processors.pug, configs.haml + processors.haml; recommended and all rules)', () => {
  it('lints every markup file without an exception or a report outside the file', () => {
    const files = listMarkupCorpus(ROOT);
    const summary = lintMarkupFiles(ROOT, files, new Linter(), plugin);
    console.log(formatMarkupSummary(summary, `markup corpus, ESLint ${Linter.version}`));
    expect(summary.crashes).toEqual([]);
    expect(summary.eslintCrashes).toEqual([]);
    // The installed packages' pages, the example project and tests/fixtures/markup: every kind is present.
    expect(summary.byKind.html.files).toBeGreaterThanOrEqual(8);
    expect(summary.byKind.vue.files).toBeGreaterThanOrEqual(2);
    expect(summary.byKind.svelte.files).toBeGreaterThanOrEqual(2);
    expect(files.some((file) => file.path.startsWith('node_modules/'))).toBe(true);
    expect(summary.byKind.html.reports + summary.byKind.vue.reports).toBeGreaterThan(0);
    expect(summary.byKind.svelte.reports).toBeGreaterThan(0); // LegacyCardForm.svelte
    expect(summary.byKind.astro.files).toBeGreaterThanOrEqual(2);
    expect(summary.byKind.astro.reports).toBeGreaterThan(0); // LegacyCardForm.astro
    expect(summary.byKind.pug.files).toBeGreaterThanOrEqual(1);
    expect(summary.byKind.pug.reports).toBeGreaterThan(0); // express-checkout.pug
    expect(summary.byKind.haml.files).toBeGreaterThanOrEqual(1);
    expect(summary.byKind.haml.reports).toBeGreaterThan(0); // rails-charges.html.haml
  });
});
