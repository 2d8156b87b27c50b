// Worst-case shapes: files that repeat one construct thousands of times, each at a size where a rule whose work grows
// with the square of the repetitions would take seconds. Our rules may take no more time than the lint without them
// (the corpus run's worst-case gate, scripts/corpus.ts), and each shape must be read (it reports, or is a shape that
// reads the analysis the comment names). Each was slow once: the `\u` escape runs of a minified locale bundle
// (`identifierEscapesSpell`, 252 s), one variable logged at thousands of lines (`isQuantity` read every reference at
// each), thousands of card inputs in one form (each input re-read the form, and each suggestion scanned the line), a
// template of thousands of card reads (each card number looked through all the others for a CVC at its node).
// ESLint 10 only (timing says nothing more under ESLint 9), and alone: the `timing` project, run after the others.
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.js';
import { fastestInTurns } from './timing.js';

/** `configs.html`'s parser (@html-eslint/parser), for the shapes of an HTML page (its processor is not needed). */
const htmlLanguageOptions = (plugin.configs.html as Linter.Config[])[0]!.languageOptions!;
const rules = Object.fromEntries(Object.keys(plugin.rules).map((name) => [`stripe-pci/${name}`, 'error' as const]));
const repeat = (count: number, line: (i: number) => string, separator = '\n'): string => Array.from({ length: count }, (_, i) => line(i)).join(separator);

/**
 * `allowance`: how many times the lint without our rules they may add, where the shape is mostly reports (default 1).
 */
const SHAPES: Record<string, { code: string; reports: number; html?: true; allowance?: number }> = {
  // Minified locale data: runs of hundreds of escapes in strings.
  'escape runs': {
    code: repeat(60, (i) => `m${i}:"${repeat(400, (k) => `\\u${(0x430 + (k % 32)).toString(16).padStart(4, '0')}`, '')}",`, '').replace(/^/, 'export const locales = {').concat('};'),
    reports: 0,
  },
  'one variable logged at every line': {
    code: `export function trace(req) {\n  const cardNumber = req.body.cardNumber;\n${repeat(8000, (i) => `  console.log('step ${i}', cardNumber);`)}\n}`,
    reports: 8000,
  },
  // One card number and 1,200 codes: the form is read once for all its inputs (each input read it again once). Not one
  // card's fields, so no whole-form suggestion, each of whose removals was made again for every input. 1,200, not 300:
  // each report and its suggestion cost ESLint itself some 25 µs, which at 300 inputs came near the 50 ms floor on a
  // busy machine (CI, December 2026: 54 ms added to a 25 ms lint) while what grows with the square shows only above it.
  // 1,201 reports with their suggestions on a 38,000-character line, where the lint without our rules is only the
  // parse: ESLint's work for each report (its message, location and suggestions) falls on our side, and on an idle
  // machine the fastest lint with them took 1.1-1.5 times the one without (December 2026, the same before and after
  // that session's changes: CI failed once at 54 ms against 50); our rules' own time, measured since, 0.85-1.0 times.
  // Quadratic work still fails: the 85 ms of suggestion work the twenty-second session found here, or the seconds of a
  // rescan per input.
  'a form of card inputs on one line': {
    code: `export const Form = () => <form><input name="cardNumber" />${repeat(1200, (i) => `<input name="cvc${i + 10}" />`, '')}</form>;`,
    reports: 1201,
    allowance: 1.5,
  },
  // Each input's own reading is made once: its verdict, its form's listing, its group's and the PIN check each read
  // it again before, and CI failed at 1.10 times the lint without rules (December 2026; 0.8-1.06 idle, 0.5-0.6 since).
  'card inputs, one per line': {
    code: `export const Form = () => (\n  <form>\n${repeat(3000, (i) => `    <input name="cardNumber${i}" placeholder="4242 4242 4242 4242" />`)}\n  </form>\n);`,
    reports: 3000,
  },
  // The same in an HTML page: each card number's group of fields (is it beside a PIN only?) is read once for all its
  // inputs (December 2026: each input listed and read the whole form, 60 s at 3,000 inputs).
  'an HTML page of card inputs, one per line': {
    code: `<!doctype html>\n<html><body>\n<form action="/pay" method="post">\n${repeat(3000, (i) => `  <input name="cardNumber${i}" placeholder="4242 4242 4242 4242">`)}\n</form>\n</body></html>\n`,
    reports: 3000,
    html: true,
  },
  // 300 terms: the parser's recursion overflows a test worker's stack below 1,000.
  'a long + chain holding a card number': {
    code: `export function f(req) {\n  const cardNumber = req.body.cardNumber;\n  console.log(${repeat(300, (i) => (i % 7 ? `'a${i}'` : 'cardNumber'), ' + ')});\n}`,
    reports: 1,
  },
  // 20,000 reports, one per read: ESLint's work for each report falls in our rules' time, beside ours for each part
  // (7 µs: its classification, once per variable, and the test-card and redaction checks). CI failed once on a loaded
  // machine when the whole lint was timed (December 2026: 1.33 times the lint without rules added, 0.7-0.9 idle, before
  // each read's classification was kept per variable and a report's key made without JSON); our rules' own time is
  // 0.5-0.6 times that lint idle. Quadratic work (each part looking through the others) takes seconds here.
  'a template of thousands of card reads': {
    code: `export function f(req) {\n  const cardNumber = req.body.cardNumber;\n  console.log(\`${repeat(20000, () => '|${cardNumber}', '')}\`);\n}`,
    reports: 20000,
    allowance: 1.5,
  },
  // Value resolution follows a copy a few steps only: no report, but each read resolves as far as it goes.
  'a chain of copies': {
    code: `export function f(req) {\n  const a0 = req.body.cardNumber;\n${repeat(3000, (i) => `  const a${i + 1} = a${i};\n  console.log(a${i + 1});`)}\n}`,
    reports: 7,
  },
  'webhook handlers': {
    code: `import express from 'express';\nconst app = express();\n${repeat(400, (i) => `app.post('/webhook${i}', (req, res) => {\n  const event = req.body;\n  if (event.type === 'invoice.payment_succeeded') handle(event.data.object);\n  res.send();\n});`)}\nfunction handle(x) {}`,
    reports: 400,
  },
  'log forwarders calling each other': {
    code: `${repeat(300, (i) => `function log${i}(a, b) { ${i ? `log${i - 1}(a, b)` : 'console.log(a, b)'}; }`)}\nexport const f = (req) => log299(req.body.cardNumber);`,
    reports: 0,
  },
  'components around inputs, in a file that names no styled factory': {
    code: `export const Page = () => (\n  <form>\n${repeat(3000, (i) => `    <Row key="${i}"><Label>Name ${i}</Label><input name="note${i}" /></Row>`)}\n  </form>\n);`,
    reports: 0,
  },
  // The keys beside a card field are listed once per record, not once per field (a CVC spelling needs a card number
  // beside it, a card number is checked against another kind of card's record): 1.3 s when they were not.
  'a record of thousands of card fields, posted': {
    code: `export function f(req) {\n  const record = {\n${repeat(1500, (i) => `    cardNumber${i}: req.body.n${i},\n    securityCode${i}: req.body.c${i},`)}\n  };\n  return fetch('/api/records', { method: 'POST', body: JSON.stringify(record) });\n}`,
    reports: 3000,
  },
  // A client written on a prototype whose methods send through one helper: the calls of each helper are found in one
  // walk of the constructor's methods, not one per method asked about (real-world batch FT).
  'prototype methods sending through their helper': {
    code: `function Api() {}\nApi.prototype.send = function (path, body) { return fetch(path, { method: 'POST', body: JSON.stringify(body) }); };\n${repeat(400, (i) => `Api.prototype.pay${i} = function (card, note) { var self = this; return self.send('/pay/${i}', { cardNumber: card.number, cvc: card.cvc, note: this.describe${i}(note) }); };\nApi.prototype.describe${i} = function (note) { return String(note); };`)}`,
    reports: 800,
  },
  'Stripe calls with card objects': {
    code: `import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\n${repeat(1500, (i) => `export const c${i} = (req) => stripe.paymentMethods.create({ type: 'card', card: { number: req.body.number${i}, cvc: req.body.cvc } });`)}`,
    reports: 3000,
  },
};

type Timing = { ms: number; reports: number };

/**
 * One lint: its time, and with our rules the time ESLint's stats give them (their listeners, with the reports they
 * make), not the lint's: what ESLint does after the rules with thousands of messages (sorting them, reading directive
 * comments) is the same for any rule that reports them, and on a loaded machine grows with the garbage they leave.
 */
function lintOnce(linter: Linter, code: string, withRules: boolean, html = false): Timing {
  const config: Linter.Config[] = [
    {
      files: ['**'],
      languageOptions: html ? htmlLanguageOptions : { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
      plugins: { 'stripe-pci': plugin as never },
      rules: withRules ? rules : {},
    },
  ];
  const started = performance.now();
  // `stats` is an option ESLint's types do not list (as in scripts/bench.ts).
  const options: Linter.FixOptions & { stats: boolean } = { filename: html ? 'src/shape.html' : 'src/shape.tsx', fix: false, stats: true };
  const { messages } = linter.verifyAndFix(code, config, options);
  const ms = performance.now() - started;
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  const times = Object.values(linter.getTimes().passes[0]?.rules ?? {});
  return { ms: withRules ? times.reduce((sum, time) => sum + time.total, 0) : ms, reports: messages.length };
}

/**
 * The fastest of `rounds` lints each way, taken in turns (without, with, without…): the test files run side by side, so
 * a burst of work in another worker slows the lints made during it, which in turns falls on both sides alike. The
 * first lint of a text is slow for reasons of its own (the parser's and ESLint's first pass over the shape), which
 * the fastest hides. `withRules.ms` is our rules' time (`lintOnce`).
 */
function lintTimes(code: string, rounds: number, html = false): { bare: Timing; withRules: Timing } {
  const linter = new Linter();
  const [bare, withRules] = fastestInTurns(rounds, () => lintOnce(linter, code, false, html), () => lintOnce(linter, code, true, html));
  return { bare, withRules };
}

describe('worst-case shapes (configs.all rules, @typescript-eslint/parser or configs.html\'s parser)', () => {
  it.each(Object.keys(SHAPES))('%s: our rules take less than the lint without them', (name) => {
    const shape = SHAPES[name]!;
    const limit = (ms: number): number => Math.max(ms * (shape.allowance ?? 1), 50);
    let { bare, withRules } = lintTimes(shape.code, 3, shape.html);
    // Timed again, longer, before failing: one lint can be slow for other reasons (a garbage collection, a busy machine).
    if (withRules.ms > limit(bare.ms)) ({ bare, withRules } = lintTimes(shape.code, 6, shape.html));
    if (process.env.SCALING_TIMES) console.log(`${name}: ${bare.ms.toFixed(1)} ms without our rules, ${withRules.ms.toFixed(1)} ms in them`);
    expect(withRules.reports).toBe(shape.reports);
    expect(withRules.ms).toBeLessThan(limit(bare.ms));
  }, 60_000);
});
