// The markup harness must see what it is there to see: page and inline-script reports, exceptions of rules and of
// the processor, and reports placed outside the text. Otherwise markup fuzzing and the markup corpus pass vacuously.
import * as htmlParser from '@html-eslint/parser';
import { Linter } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.js';
import { listMarkupCorpus } from './markup-corpus.js';
import { lintMarkup, malformedReport, markupKind, markupPreset } from './markup-harness.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const linter = new Linter();

const throwingRule = {
  create: () => ({
    Tag: () => {
      throw new Error('boom');
    },
  }),
};
const throwingPreset: Linter.Config[] = [
  {
    files: ['**/*.html'],
    plugins: { fake: { rules: { boom: throwingRule } } as never },
    languageOptions: { parser: htmlParser as never },
    rules: { 'fake/boom': 'error' },
  },
];

const message = (fields: Partial<Linter.LintMessage>): Linter.LintMessage =>
  ({ ruleId: 'stripe-pci/x', message: 'm', severity: 2, line: 1, column: 1, ...fields }) as Linter.LintMessage;

describe('markupKind', () => {
  it('knows the extensions each markup config lints', () => {
    expect(['a.html', 'b.HTM', 'C.vue', 'd.js', 'e.html.js', 'f.hbs', 'g.njk', 'h.html.erb', 'i.js.erb', 'j.pug', 'K.Jade', 'l.html.haml', 'm.svelte', 'n.astro'].map(markupKind)).toEqual([
      'html',
      'html',
      'vue',
      null,
      null,
      'html',
      'html',
      'html',
      null,
      'pug',
      'pug',
      'haml',
      'svelte',
      'astro',
    ]);
  });
});

describe('lintMarkup', () => {
  it('lints the page and its inline scripts with configs.html, and SFCs with configs.vue', () => {
    const page = '<input name="cardnumber">\n<script>Stripe.setPublishableKey(key);</script>';
    const outcome = lintMarkup(linter, markupPreset(plugin, 'html', 'recommended'), page, 'pay.html');
    expect(outcome.kind === 'linted' && outcome.messages.map((m) => `${m.ruleId}@${m.line}`)).toEqual([
      'stripe-pci/no-raw-card-inputs@1',
      'stripe-pci/no-stripe-js-v2@2',
    ]);
    const sfc = '<template><input name="cvc"></template>\n<script setup lang="ts">const k: string = "x";</script>';
    const vue = lintMarkup(linter, markupPreset(plugin, 'vue', 'all'), sfc, 'Pay.vue');
    expect(vue.kind === 'linted' && vue.messages.map((m) => m.ruleId)).toEqual(['stripe-pci/no-raw-card-inputs']);
  });

  it('counts a script that does not parse as a parse error, not as a crash', () => {
    const outcome = lintMarkup(linter, markupPreset(plugin, 'html', 'all'), '<p>x</p><script>if (</script>', 'a.html');
    expect(outcome).toMatchObject({ kind: 'linted', parseErrors: 1 });
  });

  it('reports an exception of a rule, and of a processor (which ESLint turns into a message), as a crash', () => {
    expect(lintMarkup(linter, throwingPreset, '<p>x</p>', 'a.html')).toMatchObject({
      kind: 'crash',
      error: { message: expect.stringContaining('boom') },
    });
    const throwingProcessor: Linter.Config[] = [
      {
        ...markupPreset(plugin, 'html', 'recommended')[0]!,
        processor: {
          preprocess: () => {
            throw new Error('bad block');
          },
          postprocess: (lists: Linter.LintMessage[][]) => lists.flat(),
        },
      },
    ];
    expect(lintMarkup(linter, throwingProcessor, '<p>x</p>', 'a.html')).toMatchObject({
      kind: 'crash',
      error: { message: expect.stringContaining('bad block') },
    });
  });
});

describe('malformedReport', () => {
  const text = 'ab\ncde';
  it('accepts reports and fixes inside the text, and ignores other plugins and parse errors', () => {
    expect(
      malformedReport(
        [message({ line: 2, column: 4, endLine: 2, endColumn: 4, fix: { range: [0, 6], text: '' } })],
        text,
      ),
    ).toBeNull();
    expect(
      malformedReport([message({ ruleId: 'other/x', line: 9 }), message({ ruleId: null, fatal: true, line: 9 })], text),
    ).toBeNull();
  });

  it("accepts a place counted in the parser's lines: vue-eslint-parser does not break lines at U+2028, ESLint does", () => {
    // Found by markup fuzzing (seed 10): a report on a node after a U+2028 in an SFC's <script>; ESLint's no-undef is
    // placed the same way there.
    const sfc = '<script>\nconst a = {\u2028 b };\nStripe.card.createToken(form);\n</script>';
    expect(malformedReport([message({ line: 3, column: 1, endLine: 3, endColumn: 24 })], sfc)).toBeNull();
    expect(malformedReport([message({ line: 3, column: 40 })], sfc)).toMatch(/start outside/);
  });

  it('flags places, ends and fix ranges outside the text', () => {
    expect(malformedReport([message({ line: 3 })], text)).toMatch(/start outside/);
    expect(malformedReport([message({ line: 1, column: 4 })], text)).toMatch(/start outside/);
    expect(malformedReport([message({ line: 2, column: 2, endLine: 1, endColumn: 1 })], text)).toMatch(
      /end before start/,
    );
    expect(malformedReport([message({ fix: { range: [2, 7], text: '' } })], text)).toMatch(/fix range/);
    expect(
      malformedReport([message({ suggestions: [{ desc: 'd', fix: { range: [-1, 0], text: '' } }] })], text),
    ).toMatch(/suggestion range/);
  });
});

describe('listMarkupCorpus', () => {
  it('finds the pages of the installed packages, the example project and the markup fixtures', () => {
    const paths = listMarkupCorpus(ROOT).map((file) => file.path);
    expect(paths).toContain('examples/shop/legacy/views/checkout.html');
    expect(paths).toContain('tests/fixtures/markup/CheckoutForm.vue');
    expect(paths).toContain('tests/fixtures/markup/CheckoutForm.svelte');
    expect(paths.some((path) => path.startsWith('node_modules/'))).toBe(true);
    expect(paths.every((path) => markupKind(path) !== null)).toBe(true);
  });
});
