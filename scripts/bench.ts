// npm run bench — how much our rules cost next to parsing, on real code, beside eslint-plugin-security.
//
// Corpus: the JavaScript / TypeScript sources (not .d.ts) of the payment-stack packages that `npm ci` installs
// (BENCH_PACKAGES, top-level copies only) plus examples/ when present. Each file is linted once with
// configs.all + eslint-plugin-security's recommended preset in one config, with ESLint's `stats: true`
// (the API behind `eslint --stats`: Linter#verifyAndFix with fix off, as the ESLint class runs it), after a warm-up; parse time is shared, rule times are split by plugin.
// JavaScript files use espree, TypeScript files @typescript-eslint/parser (no type information).
//
// Then two ~5,000-line files are linted 30 times each (median of the last 25): a real one (mongoose's Model) and a
// Stripe-dense TypeScript file generated below, where nearly every line is something our rules inspect.
// Targets (reported, not asserted: timings depend on the machine): all our rules <= 3 % of parse time, no
// single rule > 1 %, our rules on the 5,000-line file < 20 ms. Options: --eslint 9, --repeat N (median of N runs).
import * as tsParser from '@typescript-eslint/parser';
import type { Linter } from 'eslint';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countLines, JS_EXTENSIONS, languageOptionCandidates } from '../tests/quality/harness.js';
import { arg, loadToolkit } from './load.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH_PACKAGES = [
  'stripe',
  '@stripe/stripe-js',
  '@stripe/react-stripe-js',
  'express',
  'mongoose',
  'mongodb',
  'helmet',
  'axios',
  'typeorm',
  '@nestjs/common',
  '@nestjs/core',
  'fastify',
  'koa',
  'sequelize',
];
const OURS = 'stripe-pci/';
const SECURITY = 'security/';
const TARGET_TOTAL = 3;
const TARGET_RULE = 1;
const TARGET_BIG_FILE_MS = 20;

interface SourceFile {
  path: string;
  text: string;
  lines: number;
}

function collect(dir: string, out: SourceFile[]): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) collect(full, out);
    else if (/\.(?:[cm]?[jt]sx?)$/.test(entry.name) && !/\.d\.[cm]?ts$/.test(entry.name)) {
      const text = readFileSync(full, 'utf8');
      if (text.length > 1_500_000) continue;
      out.push({ path: relative(ROOT, full), text, lines: countLines(text) });
    }
  }
}

function languageOptions(path: string): Linter.Config['languageOptions'] {
  const js = (JS_EXTENSIONS as readonly string[]).includes(extname(path));
  return languageOptionCandidates(js ? 'espree' : 'typescript', path)[0];
}

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

function lintAll(linter: Linter, files: readonly SourceFile[], presets: Linter.Config[]): Totals {
  const totals: Totals = { parse: 0, total: 0, rules: new Map(), files: 0, lines: 0, unparsed: 0 };
  for (const file of files) {
    const config: Linter.Config[] = [
      { files: ['**'], languageOptions: languageOptions(file.path), linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
      ...presets,
    ];
    const filename = file.path.replace(/(^|\/)node_modules\//g, '$1corpus/');
    const { messages } = linter.verifyAndFix(file.text, config, statsOptions(filename));
    if (messages.some((m) => m.fatal)) {
      totals.unparsed++;
      continue;
    }
    const pass = linter.getTimes().passes[0];
    if (!pass?.parse) {
      console.log('no parse time for', file.path, JSON.stringify(linter.getTimes()), JSON.stringify(messages.slice(0, 2)));
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

const sum = (rules: Map<string, number>, prefix: string): number =>
  [...rules].filter(([rule]) => rule.startsWith(prefix)).reduce((acc, [, ms]) => acc + ms, 0);
const pct = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(2)} %`;
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A 5,000-line TypeScript module full of Stripe code, some of it wrong: what our rules look hardest at. */
function stripeDenseFile(targetLines = 5000): string {
  const header = [
    "import Stripe from 'stripe';",
    "import express from 'express';",
    "import helmet from 'helmet';",
    "import https from 'node:https';",
    "import mongoose from 'mongoose';",
    '',
    "const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });",
    'const app = express();',
    'const logger = { info: (...args: unknown[]) => args, error: (...args: unknown[]) => args };',
    '',
  ];
  const block = (i: number): string[] => [
    `interface Card${i} { number: string; cvc: string; exp_month: number; exp_year: number; last4?: string }`,
    `const Order${i}Schema = new mongoose.Schema({ customerId: String, cardLast4: String, brand: String, amount: Number });`,
    `export async function charge${i}(card: Card${i}, amount: number): Promise<string> {`,
    `  logger.info('charging', { amount, last4: card.last4 });`,
    `  const method = await stripe.paymentMethods.create({ type: 'card', card: { number: card.number, cvc: card.cvc, exp_month: card.exp_month, exp_year: card.exp_year } });`,
    `  const intent = await stripe.paymentIntents.create({ amount, currency: 'usd', payment_method: method.id, confirm: true });`,
    `  return intent.client_secret ?? '';`,
    '}',
    `app.post('/checkout/${i}', express.json(), async (req, res) => {`,
    `  const session = await stripe.checkout.sessions.create({`,
    `    mode: 'payment',`,
    `    line_items: [{ price: req.body.priceId as string, quantity: 1 }],`,
    `    success_url: 'https://shop.example.com/success/${i}',`,
    `    cancel_url: 'http://shop.example.com/cancel/${i}',`,
    '  });',
    `  res.setHeader('Content-Security-Policy', "script-src 'self' https://js.stripe.com; frame-src https://js.stripe.com");`,
    '  res.json({ url: session.url });',
    '});',
    `app.post('/webhook/${i}', express.raw({ type: 'application/json' }), (req, res) => {`,
    `  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, process.env.WHSEC!);`,
    `  if (event.type === 'payment_intent.succeeded') logger.info('paid', event.data.object.id);`,
    '  res.sendStatus(200);',
    '});',
    `export async function saveCard${i}(card: Card${i}, userId: string): Promise<void> {`,
    `  console.log('saving card for', userId, card.number);`,
    `  await mongoose.connection.collection('cards').insertOne({ userId, number: card.number, cvc: card.cvc });`,
    `  const agent${i} = new https.Agent({ rejectUnauthorized: false, minVersion: 'TLSv1' });`,
    `  await fetch('http://api.stripe.com/v1/tokens', { method: 'POST', body: new URLSearchParams({ 'card[number]': card.number }), agent: agent${i} } as RequestInit);`,
    '}',
    `app.use('/v${i}', helmet({ contentSecurityPolicy: { directives: { scriptSrc: ["'self'"], frameSrc: ["'self'"] } } }));`,
    `export class Billing${i} {`,
    '  private readonly client = new Stripe(process.env.STRIPE_SECRET_KEY as string);',
    `  async refund(chargeId: string) { return this.client.refunds.create({ charge: chargeId }); }`,
    `  async customer(email: string) { return this.client.customers.create({ email, metadata: { tier: 'gold' } }); }`,
    '}',
    '',
  ];
  const lines = [...header];
  for (let i = 0; lines.length + block(i).length <= targetLines; i++) lines.push(...block(i));
  while (lines.length < targetLines) lines.push('// padding');
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { Linter, all, version } = await loadToolkit(arg('eslint', '10'));
  const repeat = Math.max(1, Number(arg('repeat', '1')));
  const security = createRequire(import.meta.url)('eslint-plugin-security') as { configs: { recommended: Linter.Config } };
  const securityPreset = security.configs.recommended;
  const files: SourceFile[] = [];
  for (const pkg of BENCH_PACKAGES) collect(join(ROOT, 'node_modules', pkg), files);
  collect(join(ROOT, 'examples'), files);
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  const lines = files.reduce((acc, file) => acc + file.lines, 0);
  console.log(`bench: ESLint ${version}; ${files.length} files, ${lines} lines (${BENCH_PACKAGES.length} packages + examples/)`);
  console.log(`  rules: configs.all (${Object.keys(all.rules ?? {}).length} rules) + security/recommended (${Object.keys(securityPreset.rules ?? {}).length} rules), one config`);

  const linter = new Linter();
  lintAll(linter, files.slice(0, 300), [all, securityPreset]); // warm-up (JIT)
  const runs: Totals[] = [];
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  for (let i = 0; i < repeat; i++) runs.push(lintAll(linter, files, [all, securityPreset]));
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

  // One 5,000-line file, our rules only: a real one (mongoose's Model, storage code) and a Stripe-dense one.
  const realPath = join(ROOT, 'node_modules', 'mongoose', 'lib', 'model.js');
  const bigFiles: Array<{ label: string; text: string; filename: string; languageOptions: Linter.Config['languageOptions'] }> = [
    { label: 'Stripe-dense TypeScript (generated)', text: stripeDenseFile(), filename: 'checkout.ts', languageOptions: { parser: tsParser, sourceType: 'module' } },
  ];
  if (existsSync(realPath)) {
    bigFiles.unshift({ label: 'mongoose/lib/model.js (real)', text: readFileSync(realPath, 'utf8'), filename: 'model.js', languageOptions: languageOptions('model.js') });
  }
  const bigResults: Array<{ label: string; rulesMs: number }> = [];
  for (const big of bigFiles) {
    const config: Linter.Config[] = [{ files: ['**'], languageOptions: big.languageOptions }, all];
    const rulesMs: number[] = [];
    const parseMs: number[] = [];
    const perRule = new Map<string, number[]>();
    for (let i = 0; i < 30; i++) {
      const { messages } = linter.verifyAndFix(big.text, config, statsOptions(big.filename));
      const fatal = messages.find((m) => m.fatal);
      if (fatal) throw new Error(`${big.label} does not parse: ${fatal.message}`);
      const pass = linter.getTimes().passes[0];
      if (i < 5 || !pass?.parse) continue; // warm-up
      parseMs.push(pass.parse.total);
      rulesMs.push(Object.values(pass.rules ?? {}).reduce((acc, t) => acc + t.total, 0));
      for (const [rule, t] of Object.entries(pass.rules ?? {})) perRule.set(rule, [...(perRule.get(rule) ?? []), t.total]);
    }
    const reports = linter.verify(big.text, config, big.filename).length;
    console.log(`\n  ${big.label}: ${countLines(big.text)} lines, ${reports} reports; median of 25 runs:`);
    console.log(`    parse ${ms(median(parseMs))}, our rules ${ms(median(rulesMs))}`);
    for (const [rule, times] of [...perRule].sort((a, b) => median(b[1]) - median(a[1]))) {
      console.log(`    ${rule.padEnd(42)} ${ms(median(times)).padStart(10)}`);
    }
    bigResults.push({ label: big.label, rulesMs: median(rulesMs) });
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
    console.log(`    our rules on a 5,000-line file < ${TARGET_BIG_FILE_MS} ms, ${big.label}: ${ms(big.rulesMs)} — ${verdict(big.rulesMs < TARGET_BIG_FILE_MS)}`);
  }
  console.log(`    eslint-plugin-security for comparison: ${pct(theirs, totals.parse)} of parse`);
}

await main();
