import { ESLint, Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import plugin, { configs, rules } from '../index.js';
import { presetRules } from '../src/configs.js';
import { PLUGIN_VERSION } from '../src/meta.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };

describe('plugin object', () => {
  it('has meta with name, version (matching package.json) and namespace', () => {
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'stripe-pci' });
    expect(PLUGIN_VERSION).toBe(pkg.version);
  });

  it('exposes flat presets named stripe-pci/<preset> that carry the plugin and set rules only', () => {
    for (const preset of ['recommended', 'strict', 'all'] as const) {
      const config = configs[preset];
      expect(Object.keys(config).sort()).toEqual(['name', 'plugins', 'rules']);
      expect(config.name).toBe(`stripe-pci/${preset}`);
      expect(config.plugins['stripe-pci']).toBe(plugin);
    }
  });

  it('configs.svelte lints Svelte components (svelte-eslint-parser, TypeScript scripts) with the recommended rules', async () => {
    expect(configs.svelte.map((entry) => [entry.name, entry.files, entry.rules])).toEqual([['stripe-pci/svelte', ['**/*.svelte'], configs.recommended.rules]]);
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: configs.svelte as never });
    const [result] = await eslint.lintText(
      '<script lang="ts">\n  let card: { number: string } = $state({ number: \'\' });\n  console.log(card.number);\n</script>\n<svelte:head><script src="https://js.stripe.com/v2/"></script></svelte:head>\n<input bind:value={card.number} />\n',
      { filePath: path.join(root, 'src/routes/Pay.svelte') },
    );
    expect(result!.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`)).toEqual([
      'stripe-pci/no-card-data-logging@3:15',
      'stripe-pci/no-stripe-js-v2@5:27',
      'stripe-pci/no-raw-card-inputs@6:8',
    ]);
  });

  it('exposes eslintrc presets with the same rules', () => {
    for (const preset of ['recommended', 'strict', 'all'] as const) {
      expect(configs[`legacy-${preset}`]).toEqual({ plugins: ['stripe-pci'], rules: configs[preset].rules });
    }
  });

  it('every rule declares its preset, SAQ effect and a docs URL, and has a docs page', () => {
    for (const [name, rule] of Object.entries(rules as Record<string, { meta: { docs?: unknown } }>)) {
      const docs = rule.meta.docs as { recommended?: string; saq?: string; url?: string } | undefined;
      expect(['recommended', 'strict']).toContain(docs?.recommended);
      expect(['D', 'A-EP', 'A-requirement']).toContain(docs?.saq);
      expect(docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
      expect(existsSync(path.join(root, 'docs', 'rules', `${name}.md`))).toBe(true);
    }
  });

  it('the all preset enables every rule; recommended is a subset of strict', () => {
    expect(Object.keys(configs.all.rules).sort()).toEqual(Object.keys(rules).map((n) => `stripe-pci/${n}`).sort());
    for (const key of Object.keys(configs.recommended.rules)) expect(configs.strict.rules).toHaveProperty(key);
  });
});

describe('presetRules', () => {
  const fake = (recommended?: 'recommended' | 'strict', strictOptions?: unknown[]) =>
    ({ meta: { type: 'problem', messages: {}, schema: [], docs: { description: 'x', recommended, strictOptions } }, create: () => ({}), defaultOptions: [] }) as never;
  const registry = { b: fake('recommended', [{ strictFlag: true }]), a: fake('strict'), c: fake(undefined) };

  it('computes each preset from meta.docs, sorted, with strict options in strict and all', () => {
    expect(presetRules(registry, 'recommended')).toEqual({ 'stripe-pci/b': 'error' });
    expect(presetRules(registry, 'strict')).toEqual({ 'stripe-pci/a': 'error', 'stripe-pci/b': ['error', { strictFlag: true }] });
    expect(presetRules(registry, 'all')).toEqual({
      'stripe-pci/a': 'error',
      'stripe-pci/b': ['error', { strictFlag: true }],
      'stripe-pci/c': 'error',
    });
  });
});

const SAMPLES: Record<string, string> = {
  'server.js': "const Stripe = require('stripe');\nconst stripe = Stripe(process.env.STRIPE_SECRET_KEY);\nmodule.exports = stripe;\n",
  'server.cjs': "'use strict';\nconst stripe = require('stripe')(process.env.KEY);\nexports.pay = (id) => stripe.paymentIntents.retrieve(id);\n",
  'server.mjs': "import Stripe from 'stripe';\nexport const stripe = new Stripe(process.env.KEY);\n",
  'Pay.jsx': "import { PaymentElement } from '@stripe/react-stripe-js';\nexport const Pay = () => <form><PaymentElement /></form>;\n",
  'service.ts': "import Stripe from 'stripe';\nexport class Billing { constructor(private readonly stripe: Stripe) {} }\n",
  'Pay.tsx': "import { PaymentElement } from '@stripe/react-stripe-js';\nexport const Pay = (): JSX.Element => <form><PaymentElement /></form>;\n",
};

describe('presets in real ESLint configs', () => {
  for (const preset of ['recommended', 'strict', 'all'] as const) {
    it(`flat ${preset} lints every file type with espree and @typescript-eslint/parser`, async () => {
      const eslint = new ESLint({
        cwd: root,
        overrideConfigFile: true,
        overrideConfig: [
          { files: ['**/*.{js,cjs,mjs,jsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
          { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser } },
          configs[preset] as never,
        ],
      });
      for (const [file, code] of Object.entries(SAMPLES)) {
        const [result] = await eslint.lintText(code, { filePath: path.join(root, 'virtual', file) });
        expect(result?.messages, file).toEqual([]);
      }
    });
  }

  it.runIf(Linter.version.startsWith('9.'))('eslintrc legacy presets load through LegacyESLint (ESLint 9)', async () => {
    const { LegacyESLint } = (await import('eslint/use-at-your-own-risk')) as unknown as {
      LegacyESLint: new (options: object) => ESLint;
    };
    const eslint = new LegacyESLint({
      cwd: root,
      useEslintrc: false,
      plugins: { 'stripe-pci': plugin },
      baseConfig: { extends: ['plugin:stripe-pci/legacy-all'], parserOptions: { ecmaVersion: 2022, sourceType: 'module' } },
    });
    const [result] = await eslint.lintText(SAMPLES['server.mjs']!, { filePath: path.join(root, 'virtual', 'server.mjs') });
    expect(result?.messages).toEqual([]);
    const config = (await eslint.calculateConfigForFile(path.join(root, 'virtual', 'server.mjs'))) as { rules: object };
    expect(Object.keys(config.rules).filter((r) => r.startsWith('stripe-pci/')).sort()).toEqual(Object.keys(configs.all.rules).sort());
  });
});

describe('built package', () => {
  const dist = path.join(root, 'dist', 'index.js');

  it('loads with import and with require (Node >= 20.19 require(esm))', () => {
    if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    const viaImport = execFileSync(process.execPath, ['--input-type=module', '-e', `import p from ${JSON.stringify(dist)}; console.log(Object.keys(p.rules).length, p.meta.name)`], { encoding: 'utf8' });
    const required = execFileSync(process.execPath, ['-e', `const m = require(${JSON.stringify(dist)}); const p = m.default ?? m; console.log(Object.keys(p.rules).length, p.meta.name)`], { encoding: 'utf8' });
    const expected = `${Object.keys(rules).length} eslint-plugin-stripe-pci\n`;
    expect(viaImport).toBe(expected);
    expect(required).toBe(expected);
    // the package name resolves to the same entry
    expect(createRequire(path.join(root, 'package.json')).resolve(pkg.name)).toBe(dist);
  });
});
