// Markup fuzzing with a fixed seed and a bounded count (a longer run: `npm run fuzz`). Random HTML pages are linted
// with configs.html (@html-eslint/parser + processors.html, inline scripts included), random Vue SFCs with
// configs.vue, random Svelte components with configs.svelte, random Astro components with configs.astro and random Pug templates with configs.pug and random Haml views with configs.haml, each with its recommended rules and with every rule; any exception of our rules or processor fails,
// and so does a report placed outside the text. Markup that once failed lives in tests/fixtures/fuzz/.
import { Linter } from 'eslint';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.js';
import { MARKUP_RULES, markupKind, markupPreset, type MarkupKind } from './markup-harness.js';
import { astroComponent, hamlTemplate, htmlDocument, htmlFuzzFilename, lintMarkupProgram, newMarkupTally, pugTemplate, svelteComponent, vueComponent } from './markup-fuzz.js';

const SEED = 20_240_620;
const RUNS = Number(process.env.FUZZ_MARKUP_RUNS ?? 40);
const REGRESSIONS = fileURLToPath(new URL('../fixtures/fuzz/', import.meta.url));
const linter = new Linter();
const presets = (kind: MarkupKind) => MARKUP_RULES.map((rules) => markupPreset(plugin, kind, rules));

describe('markup fuzzing with configs.html, configs.vue, configs.svelte, configs.astro, configs.pug and configs.haml', () => {
  for (const [kind, generator, filename] of [
    ['html', htmlDocument, 'fuzz.html'], // or a template name: htmlFuzzFilename
    ['vue', vueComponent, 'Fuzz.vue'],
    ['svelte', svelteComponent, 'Fuzz.svelte'],
    ['astro', astroComponent, 'Fuzz.astro'],
    ['pug', pugTemplate, 'fuzz.pug'],
    ['haml', hamlTemplate, 'fuzz.html.haml'],
  ] as const) {
    it(`${kind}: random ${kind === 'html' ? 'pages' : kind === 'pug' || kind === 'haml' ? 'templates' : 'components'} (seed ${SEED}, ${RUNS} runs, recommended and all rules)`, () => {
      const tally = newMarkupTally();
      const kindPresets = presets(kind);
      fc.assert(
        fc.property(generator, (program) => lintMarkupProgram(program, kind === 'html' ? htmlFuzzFilename(program) : filename, linter, kindPresets, tally)),
        { seed: SEED, numRuns: RUNS, endOnFailure: false },
      );
      // Most programs must be linted whole, and the rules must find things in them, or the fuzzing tests little.
      expect(tally.linted).toBeGreaterThan(tally.parseErrors);
      expect(tally.reports).toBeGreaterThan(0);
    }, 120_000);
  }

  it('the generators are deterministic', () => {
    for (const generator of [htmlDocument, vueComponent, svelteComponent, astroComponent, pugTemplate, hamlTemplate]) {
      const sample = (): string[] => fc.sample(generator, { seed: SEED, numRuns: 3 });
      expect(sample()).toEqual(sample());
    }
  });

  it('past markup crashers (tests/fixtures/fuzz) lint without an exception or a misplaced report', () => {
    const files = readdirSync(REGRESSIONS)
      .filter((name) => markupKind(name) !== null)
      .sort();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const tally = newMarkupTally();
      lintMarkupProgram(readFileSync(REGRESSIONS + file, 'utf8'), file, linter, presets(markupKind(file)!), tally);
      expect(tally.eslintCrashes, file).toBe(0);
    }
  });
});
