// Crash-freedom on real code, deterministic sample: the JS/TS files of the installed packages whose path hash is
// divisible by CORPUS_SAMPLE (default 100), linted with configs.all under espree and @typescript-eslint/parser.
// Any rule exception fails. The full corpus (every file, > 20,000) runs in CI as `npm run test:corpus`.
import { Linter } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.js';
import { formatSummary, lintCorpusFiles } from './corpus-run.js';
import { listCorpus } from './harness.js';

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
