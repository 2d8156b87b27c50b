import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { configFileKeys, configFilePublishedSecrets, isEnvFileName, isKeyConfigFileName } from '../../src/cli/config-files.js';

const LIVE_KEY = 'sk_live_51Hq8ZtLkR2vN7mWxP4bYc9DqTj3Rw';
const TEST_KEY = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';

describe('isKeyConfigFileName', () => {
  it('reads JSON, YAML and TOML config files, SQL scripts and committed environment templates', () => {
    for (const name of ['config/production.json', 'tsconfig.json', 'app.json', '.vscode/settings.json', 'serverless.yml', 'app.yaml', '.github/workflows/deploy.yml', 'wrangler.toml', 'settings.jsonc', 'config.json5', 'supabase/migrations/20240103173626_init.sql']) {
      expect(isKeyConfigFileName(name), name).toBe(true);
    }
    for (const name of ['.env.example', '.env.sample', '.env.production.example', '.env.template', '.env.dist', 'example.env', 'env.example', 'apps/api/.env.example', '.env-template', '.env-sample', 'env-example', '.example.env']) {
      expect(isKeyConfigFileName(name), name).toBe(true);
    }
  });

  it('leaves out the environment files themselves, lockfiles and config that stays on one machine', () => {
    for (const name of ['.env', '.env.local', '.env.production', 'dev.env', '.env-production', '.env.sample.txt', 'package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'config/local.json', 'config/local-production.json', 'appsettings.local.json', 'docker-compose.local.yml']) {
      expect(isKeyConfigFileName(name), name).toBe(false);
    }
    for (const name of ['app.js', 'checkout.html', 'README.md', 'pom.xml', 'schema.prisma', 'config.json.bak']) {
      expect(isKeyConfigFileName(name), name).toBe(false);
    }
  });
});

describe('isEnvFileName', () => {
  it('knows the environment files themselves and the shell scripts that set one (probe 308), not a developer\'s local ones', () => {
    for (const name of ['.env', '.env.production', '.env.development', '.env.test', '.env.testing', 'apps/web/.env', '.env-nu-prod.sh', 'scripts/nu-env-prod.sh', 'env.sh', 'set-env.sh', 'setenv.sh', 'prod.env.sh']) {
      expect(isEnvFileName(name), name).toBe(true);
    }
    for (const name of ['.env.local', '.env.production.local', '.env.example', 'env.local.sh', 'deploy.sh', 'environment.sh', 'inventory.sh', 'dev.env', 'env.js']) {
      expect(isEnvFileName(name), name).toBe(false);
    }
  });
});

describe('configFileKeys', () => {
  it('finds a secret key in a JSON config, with its place (real-world batch 298: the config package\'s production.json)', () => {
    const text = `{\n  "port": 8080,\n  "stripe": {\n    "client": "pk_live_51Hq8ZtLkR2vN7mWxT6gHs2Lp4KfQ9rXyZ3aBcD",\n    "server": "${LIVE_KEY}"\n  }\n}\n`;
    expect(configFileKeys(text, true)).toEqual([
      { type: 'secret', mode: 'live', prefix: 'sk_live_', label: 'live secret key', line: 5, column: 16, endLine: 5, endColumn: 16 + LIVE_KEY.length },
    ]);
  });

  it('reports test keys only without allowTestKeys; a webhook signing secret and a restricted key either way', () => {
    const text = `stripe:\n  secret_key: ${TEST_KEY}\n  webhook_secret: whsec_Jq7Lm2Nx8Vb4Kc6Zt1Rw9Py3Hd5Fg0As\n  reports_key: rk_live_51Hq8ZtLkR2vN7mWxP4bYc9DqTj3Rw\n`;
    expect(configFileKeys(text, true).map((key) => [key.label, key.line, key.column])).toEqual([
      ['webhook signing secret', 3, 19],
      ['live restricted key', 4, 16],
    ]);
    expect(configFileKeys(text, false).map((key) => [key.label, key.line, key.column])).toEqual([
      ['test secret key', 2, 15],
      ['webhook signing secret', 3, 19],
      ['live restricted key', 4, 16],
    ]);
  });

  it("finds a key in an SQL migration (real-world batch 342: Supabase's Stripe wrapper server)", () => {
    const text = `create extension if not exists wrappers with schema extensions;\ncreate foreign data wrapper stripe_wrapper handler stripe_fdw_handler validator stripe_fdw_validator;\ncreate server stripe_server foreign data wrapper stripe_wrapper options (\n  api_key '${LIVE_KEY}',\n  api_url 'https://api.stripe.com/v1/'\n);\n`;
    expect(configFileKeys(text, true)).toEqual([
      { type: 'secret', mode: 'live', prefix: 'sk_live_', label: 'live secret key', line: 4, column: 12, endLine: 4, endColumn: 12 + LIVE_KEY.length },
    ]);
  });

  it('counts lines and columns in a file with CRLF line ends', () => {
    const text = `# Stripe\r\nSTRIPE_PUBLISHABLE_KEY=pk_test_TYooMQauvdEDq54NiTphI7jx\r\nSTRIPE_SECRET_KEY=${LIVE_KEY}\r\n`;
    expect(configFileKeys(text, true).map((key) => [key.line, key.column, key.endColumn])).toEqual([[3, 19, 19 + LIVE_KEY.length]]);
  });

  it('reports no placeholder, no publishable key and no other provider\'s key', () => {
    // placeholders, as the rule skips them
    expect(configFileKeys('{ "stripeSecret": "sk_live_..." , "other": "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "mine": "sk_live_YOUR_SECRET_KEY_HERE" }', false)).toEqual([]);
    // publishable keys are public
    expect(configFileKeys('{ "publishableKey": "pk_live_51Hq8ZtLkR2vN7mWxT6gHs2Lp4KfQ9rXyZ3aBcD" }', false)).toEqual([]);
    // Paystack's keys are hexadecimal; Clerk's named on their line; a file that names another provider and never Stripe
    expect(configFileKeys('{ "secret": "sk_live_0123456789abcdef0123456789abcdef01234567" }', false)).toEqual([]);
    expect(configFileKeys(`stripe_key: ${LIVE_KEY}\nclerk_secret_key: sk_live_Zq4CGyN0m9a3BvL8kTp2XwR7sD1fH6jE5uYcVb0nQe\n`, false).map((key) => key.line)).toEqual([1]);
    expect(configFileKeys(`{ "korapay": { "secretKey": "${LIVE_KEY}" } }`, false)).toEqual([]);
    expect(configFileKeys('', false)).toEqual([]);
  });

  it("reports no key of another provider named on its line or above it: Yoco, Tap, PayMongo, MoonPay, Moyasar, Svix's format (precision probe 300)", () => {
    const text = [
      '[build.environment]',
      'environment = { YOCO_SECRET_KEY = "sk_test_443a9f12Ab3dE5fG0a1b2c3d4e5f" }',
      'TAP_SECRET_KEY=sk_live_Zq4CGyN0m9a3BvL8kTp2XwR7',
      'PAYMONGO_SECRET_KEY=sk_live_Hq8ZtLkR2vN7mWxT6gHs2Lp4',
      'RESEND_WEBHOOK_SECRET=whsec_Jq7Lm2Nx8Vb4Kc6Zt1Rw9Py3Hd5Fg0As',
      // MoonPay's crypto on-ramp (real-world batch 346)
      'MOONPAY_SECRET_KEY=sk_live_Q7mR2xK9pL4vN8wT3zY6bH1cF5gJ0dSa',
      `STRIPE_SECRET_KEY=${LIVE_KEY}`,
    ].join('\n');
    expect(configFileKeys(text, false).map((key) => key.line)).toEqual([7]);
    // a provider named by the key a value sits under, in YAML or pretty-printed JSON
    const yaml = `clerk:\n  secret_key: sk_test_Zq4CGyN0m9a3BvL8kTp2XwR7sD1fH6jE\nstripe:\n  secret_key: ${TEST_KEY}\n`;
    expect(configFileKeys(yaml, false).map((key) => key.line)).toEqual([4]);
    const json = `{\n  "svix": {\n    "webhookSecret": "whsec_Jq7Lm2Nx8Vb4Kc6Zt1Rw9Py3Hd5Fg0As"\n  },\n  "stripe": {\n    "webhookSecret": "whsec_Kc6Zt1Rw9Py3Hd5Fg0AsJq7Lm2Nx8Vb4"\n  }\n}\n`;
    expect(configFileKeys(json, true).map((key) => key.line)).toEqual([6]);
    // a word that only contains a provider's name says nothing
    expect(configFileKeys(`tapestry:\n  resendEmails: true\n  key: ${LIVE_KEY}\n`, true).map((key) => key.line)).toEqual([3]);
    // an app's own option named resend is no Resend: a file that never names Stripe keeps its key
    expect(configFileKeys(`{ "email": { "resend": true }, "payments": { "secret": "${LIVE_KEY}" } }`, true).map((key) => key.line)).toEqual([1]);
    // Stripe's Tap to Pay is no Tap Payments
    expect(configFileKeys(`TAP_TO_PAY_STRIPE_KEY=${LIVE_KEY}\n`, true).map((key) => key.line)).toEqual([1]);
  });

  it("reports no example: an OpenAPI schema's or a secret scanner's test strings, nor any key of a detector's rule file (precision probe 300)", () => {
    const openapi = `components:\n  schemas:\n    Key:\n      type: string\n      example: ${LIVE_KEY}\n      examples:\n        - ${LIVE_KEY}\n`;
    expect(configFileKeys(openapi, false)).toEqual([]);
    const json = `{\n  "secret": {\n    "type": "string",\n    "example": "${LIVE_KEY}"\n  }\n}\n`;
    expect(configFileKeys(json, false)).toEqual([]);
    const rule = `rules:\n- name: Stripe API Key\n  pattern: '(?i)\\b((?:sk|rk)_live_[a-z0-9]{24})\\b'\n  negative_examples:\n  - 'key = "${LIVE_KEY}"'\n`;
    expect(configFileKeys(rule, false)).toEqual([]);
    expect(configFileKeys(`[[rules]]\nregex = '''[sr]k_(live|test)_[0-9a-zA-Z]{24}'''\nkeywords = ["${LIVE_KEY}"]\n`, false)).toEqual([]);
    // a key beside an example of something else is reported
    expect(configFileKeys(`stripe:\n  secret: ${LIVE_KEY}\n  example_url: https://example.com\n`, false).map((key) => key.line)).toEqual([2]);
  });
});

describe('configFilePublishedSecrets', () => {
  const place = (text: string, file = '/nowhere/.env.example') =>
    configFilePublishedSecrets(text, file).map((s) => [s.name, s.framework, s.type, s.prefix, s.line, s.column, s.endLine, s.endColumn]);

  it('finds a Stripe secret set under a name a front-end framework publishes, placeholder or not, with the name\'s place', () => {
    const text = [
      '# Stripe',
      'VITE_STRIPE_PUBLISHABLE_KEY=pk_test_your_key_here',
      'VITE_STRIPE_SECRET_KEY=sk_test_your_secret_key_here',
      'export NEXT_PUBLIC_STRIPE_SECRET_KEY="sk_live_..."',
      '  - NEXT_PUBLIC_STRIPE_WEBHOOK_SECRET=whsec_xxx',
      'PUBLIC_STRIPE_RESTRICTED_KEY=rk_live_xxx',
      'NUXT_PUBLIC_STRIPE_SECRET=sk_test_xxx',
      'STRIPE_SECRET_KEY=sk_test_xxx',
    ].join('\n');
    expect(place(text)).toEqual([
      ['VITE_STRIPE_SECRET_KEY', 'Vite', 'secret', 'sk_test_', 3, 1, 3, 23],
      ['NEXT_PUBLIC_STRIPE_SECRET_KEY', 'Next.js', 'secret', 'sk_live_', 4, 8, 4, 37],
      ['NEXT_PUBLIC_STRIPE_WEBHOOK_SECRET', 'Next.js', 'webhook-secret', 'whsec_', 5, 5, 5, 38],
      ['PUBLIC_STRIPE_RESTRICTED_KEY', 'Astro or SvelteKit', 'restricted', 'rk_live_', 6, 1, 6, 29],
      ['NUXT_PUBLIC_STRIPE_SECRET', 'Nuxt', 'secret', 'sk_test_', 7, 1, 7, 26],
    ]);
    // YAML and JSON keys
    expect(place('env:\n  VITE_STRIPE_SECRET_KEY: "sk_test_123"\n')).toEqual([['VITE_STRIPE_SECRET_KEY', 'Vite', 'secret', 'sk_test_', 2, 3, 2, 25]]);
    expect(place('{\n  "REACT_APP_STRIPE_SECRET": "sk_live_abc"\n}\n')).toEqual([['REACT_APP_STRIPE_SECRET', 'Create React App', 'secret', 'sk_live_', 2, 4, 2, 27]]);
    // a shell script's export (probe 308)
    expect(place('#!/bin/sh\nexport REACT_APP_STRIPE_SECRET_KEY=sk_live_51IC4Zq\n')).toEqual([['REACT_APP_STRIPE_SECRET_KEY', 'Create React App', 'secret', 'sk_live_', 2, 8, 2, 35]]);
    // a JSON object on one line (a vercel.json's env; probe 306)
    expect(place('{"env":{"NEXT_PUBLIC_STRIPE_SECRET_KEY":"sk_test_abc","NEXT_PUBLIC_STRIPE_WEBHOOK_SECRET":"whsec_x"}}')).toEqual([
      ['NEXT_PUBLIC_STRIPE_SECRET_KEY', 'Next.js', 'secret', 'sk_test_', 1, 10, 1, 39],
      ['NEXT_PUBLIC_STRIPE_WEBHOOK_SECRET', 'Next.js', 'webhook-secret', 'whsec_', 1, 56, 1, 89],
    ]);
  });

  it('reports no other provider\'s key, no name without Stripe, no comment, no example, and no variable published by a framework the package does not build with', () => {
    // Clerk's keys start `sk_test_` too: the name must say Stripe
    expect(place('NEXT_PUBLIC_CLERK_SECRET_KEY=sk_test_xxx\nVITE_SECRET_KEY=sk_test_xxx\nNEXT_PUBLIC_STRIPE_CLERK_SECRET=sk_test_xxx\n')).toEqual([]);
    // a server variable, a commented-out line, a value that is no secret's prefix
    expect(place('STRIPE_SECRET_KEY=sk_live_xxx\n# VITE_STRIPE_SECRET_KEY=sk_test_xxx\nVITE_STRIPE_SECRET_KEY=your_secret_key\nVITE_STRIPE_KEY=pk_test_xxx\n')).toEqual([]);
    expect(place('components:\n  schemas:\n    Env:\n      example:\n        VITE_STRIPE_SECRET_KEY: sk_test_xxx\n')).toEqual([]);
    // REACT_APP_ in a Node server's package, which no Create React App build publishes
    const dir = mkdtempSync(path.join(tmpdir(), 'stripe-pci-published-'));
    mkdirSync(path.join(dir, 'api'));
    writeFileSync(path.join(dir, 'api/package.json'), JSON.stringify({ name: 'api', dependencies: { express: '^4.0.0' } }));
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'web', dependencies: { 'react-scripts': '5.0.1' } }));
    const text = 'REACT_APP_STRIPE_SECRET_KEY=sk_test_xxx\n';
    expect(place(text, path.join(dir, 'api/.env.example'))).toEqual([]);
    expect(place(text, path.join(dir, '.env.example')).map((found) => found[0])).toEqual(['REACT_APP_STRIPE_SECRET_KEY']);
  });
});
