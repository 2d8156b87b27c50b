// The scan pieces that a subprocess cannot reach: ESLint options per version, the options module used by worker
// threads, ESLint's base directory, recovery when ESLint throws, and main() with a terminal (progress, colours).
// In-process runs use --concurrency off: worker threads import the options module, which only exists as
// JavaScript in dist (the subprocess tests in cli.test.ts cover threads).
import type { ESLint } from 'eslint';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../index.js';
import { eslintOptions, optionsModuleUrl, scanConfig, settingsFromUrl, supportsConcurrency } from '../../src/cli/eslint-options.js';
import type { SkippedFile } from '../../src/cli/files.js';
import { main } from '../../src/cli/main.js';
import { lintBatch, lintRoot } from '../../src/cli/scan.js';
import { fixtures } from './run-cli.js';

const settings = { cwd: '/repo', preset: 'strict', concurrency: 4, inlineConfig: false } as const;

const made: string[] = [];
/** A fresh directory under the system's temporary directory, removed after this file's tests. */
function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('ESLint options', () => {
  it('passes concurrency only to ESLint versions that have it (9.34+)', () => {
    expect(supportsConcurrency('9.33.9')).toBe(false);
    expect(supportsConcurrency('9.34.0')).toBe(true);
    expect(supportsConcurrency('10.0.0')).toBe(true);
    expect(eslintOptions(settings, '9.0.0')).not.toHaveProperty('concurrency');
    expect(eslintOptions(settings, '10.15.0')).toMatchObject({
      cwd: '/repo',
      overrideConfigFile: true,
      allowInlineConfig: false,
      globInputPaths: false,
      concurrency: 4,
    });
  });

  it('uses @typescript-eslint/parser for every source file and the preset rules', () => {
    const [unignore, parser, commonjs, preset] = scanConfig('strict');
    expect(unignore).toEqual({ name: 'stripe-pci-scan/files', ignores: ['!**/node_modules/'] });
    expect(parser?.files).toEqual(['**/*.js', '**/*.cjs', '**/*.mjs', '**/*.jsx', '**/*.ts', '**/*.cts', '**/*.mts', '**/*.tsx', '**/*.es6']);
    expect(parser?.languageOptions?.parser).toHaveProperty('parseForESLint');
    expect(commonjs?.languageOptions?.sourceType).toBe('commonjs');
    expect(preset?.rules).toEqual(plugin.configs.strict.rules);
    expect(preset?.plugins).toEqual({ 'stripe-pci': plugin });
  });

  it('carries the settings to worker threads in the options module URL', () => {
    const url = optionsModuleUrl(settings, '10.15.0');
    expect(url.pathname).toMatch(/\/eslint-options\.[jt]s$/);
    expect(settingsFromUrl(url)).toEqual({ settings, eslintVersion: '10.15.0' });
  });
});

describe('lintRoot', () => {
  it('is the cwd, or the deepest directory holding the cwd and every file', () => {
    expect(lintRoot('/a/b', ['/a/b/c.js', '/a/b/d/e.ts'])).toBe('/a/b');
    expect(lintRoot('/a/b', ['/a/b/c.js', '/a/x/y.js'])).toBe('/a');
    expect(lintRoot('/a/b', ['/z.js'])).toBe('/');
  });
});

describe('lintBatch', () => {
  it('retries file by file when ESLint throws, and skips the files it cannot read or that crash a rule', async () => {
    const calls: string[][] = [];
    const fake = {
      lintFiles: async (files: string[]) => {
        calls.push(files);
        if (files.includes('/p/gone.js')) {
          throw Object.assign(new Error('ENOENT: no such file or directory, open /p/gone.js'), { code: 'ENOENT' });
        }
        if (files.includes('/p/crash.js')) {
          throw new TypeError("Cannot read properties of undefined (reading 'type')\nOccurred while linting /p/crash.js:12\nRule: \"stripe-pci/no-raw-card-data\"");
        }
        return files.map((filePath) => ({ filePath, messages: [], suppressedMessages: [] }));
      },
    } as unknown as ESLint;
    const skipped: SkippedFile[] = [];
    const results = await lintBatch(fake, ['/p/a.js', '/p/gone.js', '/p/b.js', '/p/crash.js'], skipped);
    expect(results.map((r) => r.filePath)).toEqual(['/p/a.js', '/p/b.js']);
    expect(skipped).toEqual([
      { file: '/p/gone.js', reason: 'unreadable', detail: 'ENOENT: no such file or directory, open /p/gone.js' },
      {
        file: '/p/crash.js',
        reason: 'lint-error',
        detail: "stripe-pci/no-raw-card-data crashed: Cannot read properties of undefined (reading 'type') (please report it)",
        line: 12,
      },
    ]);
    expect(calls).toEqual([['/p/a.js', '/p/gone.js', '/p/b.js', '/p/crash.js'], ['/p/a.js'], ['/p/gone.js'], ['/p/b.js'], ['/p/crash.js']]);
  });
});

describe('main on a terminal', () => {
  const io = (tty: boolean, env: Record<string, string> = {}) => {
    const out: string[] = [];
    const err: string[] = [];
    return {
      out,
      err,
      io: {
        stdout: { write: (s: string) => out.push(s), isTTY: tty },
        stderr: { write: (s: string) => err.push(s), isTTY: tty },
        env,
        cwd: path.join(fixtures, 'saq-a'),
      },
    };
  };

  it('shows progress on stderr and colours stdout', async () => {
    const t = io(true);
    expect(await main(['--concurrency', 'off', '--verbose'], t.io)).toBe(0);
    expect(t.err.join('')).toContain('stripe-pci-scan: linted 2/2 files');
    expect(t.err.join('')).toMatch(/2 files linted in \d+ ms \(\d+ files\/s\), 0 skipped/);
    expect(t.out.join('')).toContain('\u001b[1m');
  });

  it('stays quiet with --quiet, and plain with NO_COLOR or without a terminal', async () => {
    const quiet = io(true, { NO_COLOR: '1' });
    expect(await main(['--concurrency', 'off', '-q', '--verbose'], quiet.io)).toBe(0);
    expect(quiet.err).toEqual([]);
    expect(quiet.out.join('')).not.toContain('\u001b[');
    const piped = io(false);
    expect(await main(['--concurrency', 'off'], piped.io)).toBe(0);
    expect(piped.err).toEqual([]);
    expect(piped.out.join('')).not.toContain('\u001b[');
    const forced = io(false, { FORCE_COLOR: '1' });
    await main(['--concurrency', 'off'], forced.io);
    expect(forced.out.join('')).toContain('\u001b[');
  });
});

/** A recommended-preset scan of everything under `dir`, in one thread, ignoring no file. */
async function scanDirectory(dir: string) {
  const { scan } = await import('../../src/cli/scan.js');
  return scan({ paths: ['.'], cwd: dir, preset: 'recommended', ignore: [], maxFileBytes: 1024 * 1024, concurrency: 'off', inlineConfig: true, gitignore: false });
}

describe('config files', () => {
  it("reports the secret keys written in committed JSON, YAML and TOML config and environment templates as no-hardcoded-stripe-key does, with the preset's options (real-world batch 298)", async () => {
    const dir = tempDir('stripe-pci-config-');
    const live = 'sk_live_51Hq8ZtLkR2vN7mWxP4bYc9DqTj3Rw';
    const test = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';
    mkdirSync(path.join(dir, 'config'));
    writeFileSync(path.join(dir, 'config/production.json'), `{\n  "stripe": {\n    "server": "${live}"\n  }\n}\n`);
    writeFileSync(path.join(dir, 'config/development.json'), `{ "stripe": { "server": "${test}" } }\n`);
    writeFileSync(path.join(dir, 'config/local.json'), `{ "stripe": { "server": "${live}" } }\n`);
    writeFileSync(path.join(dir, 'docker-compose.yml'), `services:\n  api:\n    environment:\n      STRIPE_WEBHOOK_SECRET: whsec_Jq7Lm2Nx8Vb4Kc6Zt1Rw9Py3Hd5Fg0As\n`);
    writeFileSync(path.join(dir, '.env.example'), `STRIPE_SECRET_KEY=${live}\n`);
    writeFileSync(path.join(dir, '.env'), `STRIPE_SECRET_KEY=${live}\n`);
    writeFileSync(path.join(dir, 'server.js'), "const stripe = require('stripe')(require('config').get('stripe.server'));\n");
    const report = await scanDirectory(dir);
    expect(report.findings.map((f) => [path.relative(dir, f.file), f.rule, f.messageId, f.severity, f.line, f.column, f.endLine, f.endColumn, f.impact])).toEqual([
      ['.env.example', 'no-hardcoded-stripe-key', 'hardcodedKey', 'error', 1, 19, 1, 19 + live.length, 'requirement'],
      ['config/production.json', 'no-hardcoded-stripe-key', 'hardcodedKey', 'error', 3, 16, 3, 16 + live.length, 'requirement'],
      ['docker-compose.yml', 'no-hardcoded-stripe-key', 'hardcodedKey', 'error', 4, 30, 4, 68, 'requirement'],
    ]);
    expect(report.findings[1]!.message).toBe(
      "Hardcoded Stripe live secret key (sk_live_…). Anyone with the source, its history or the bundle can use it, and Stripe's security guide says to keep secret keys out of source control. Load it from the environment or a secret manager, and roll this key in the Dashboard.",
    );
    // three config files with no finding read too, beside the one source file
    expect(report.filesScanned).toBe(5);
    expect(report.skipped).toEqual([]);
    // `all` reports test keys (allowTestKeys: false)
    const { scan } = await import('../../src/cli/scan.js');
    const all = await scan({ paths: ['.'], cwd: dir, preset: 'all', ignore: [], maxFileBytes: 1024 * 1024, concurrency: 'off', inlineConfig: true, gitignore: false });
    expect(all.findings.map((f) => [path.relative(dir, f.file), f.line, f.column, f.message.slice(0, f.message.indexOf(')') + 1)])).toEqual([
      ['.env.example', 1, 19, 'Hardcoded Stripe live secret key (sk_live_…)'],
      ['config/development.json', 1, 26, 'Hardcoded Stripe test secret key (sk_test_…)'],
      ['config/production.json', 3, 16, 'Hardcoded Stripe live secret key (sk_live_…)'],
      ['docker-compose.yml', 4, 30, 'Hardcoded Stripe webhook signing secret (whsec_…)'],
    ]);
  });
});

describe('published secrets in config files', () => {
  it("reports a Stripe secret set under a name the app's framework publishes, under every preset, whatever the value's mode", async () => {
    const dir = tempDir('stripe-pci-published-');
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'shop', private: true, dependencies: { vite: '^6.0.0', react: '^19.0.0' } }));
    writeFileSync(path.join(dir, '.env.example'), 'VITE_STRIPE_PUBLISHABLE_KEY=pk_test_your_publishable_key_here\nVITE_STRIPE_SECRET_KEY=sk_test_your_secret_key_here\n');
    writeFileSync(path.join(dir, 'main.js'), "import { loadStripe } from '@stripe/stripe-js';\nexport const stripe = loadStripe(import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY);\n");
    const report = await scanDirectory(dir);
    expect(report.findings.map((f) => [path.relative(dir, f.file), f.rule, f.messageId, f.severity, f.line, f.column, f.endLine, f.endColumn, f.impact])).toEqual([
      ['.env.example', 'no-hardcoded-stripe-key', 'secretInPublicEnv', 'error', 2, 1, 2, 23, 'requirement'],
    ]);
    expect(report.findings[0]!.message).toBe(
      "`VITE_STRIPE_SECRET_KEY` is the secret key here (set to sk_test_… in this file), but Vite publishes it to the browser: any page or component that reads it gets its value with the app's JavaScript, where anyone can read it and call the Stripe API as your account. Keep the secret key in a server-only variable or config (without the public prefix), and roll it in the Dashboard if it ever reached a client bundle.",
    );
  });
});

describe('environment files git would take', () => {
  it("reads a `.env` that a .gitignore applies to and leaves in, and says so (probe 306: secrets in committed .env files)", async () => {
    const dir = tempDir('stripe-pci-dotenv-');
    const live = 'sk_live_51Hq8ZtLkR2vN7mWxP4bYc9DqTj3Rw';
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'shop', private: true, dependencies: { next: '^15.0.0', stripe: '^17.0.0' } }));
    writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n.next/\n.env*.local\n');
    writeFileSync(path.join(dir, '.env'), `STRIPE_SECRET_KEY=${live}\nNEXT_PUBLIC_STRIPE_SECRET_KEY=sk_test_51OZar7Lm2Nx8Vb4Kc6Zt1Rw9Py3Hd5Fg0As\n`);
    writeFileSync(path.join(dir, '.env.local'), `STRIPE_SECRET_KEY=${live}\n`);
    const { scan } = await import('../../src/cli/scan.js');
    const withGitignore = () => scan({ paths: ['.'], cwd: dir, preset: 'recommended', ignore: [], maxFileBytes: 1024 * 1024, concurrency: 'off', inlineConfig: true, gitignore: true });
    const report = await withGitignore();
    expect(report.findings.map((f) => [path.relative(dir, f.file), f.messageId, f.line, f.column])).toEqual([
      ['.env', 'hardcodedKey', 1, 19],
      ['.env', 'secretInPublicEnv', 2, 1],
    ]);
    expect(report.findings[0]!.message).toBe(
      "Hardcoded Stripe live secret key (sk_live_…). Anyone with the source, its history or the bundle can use it, and Stripe's security guide says to keep secret keys out of source control. Load it from the environment or a secret manager, and roll this key in the Dashboard. No .gitignore rule excludes `.env`: git takes it with the rest of the project. Exclude it, and keep only a template without values in the repository.",
    );
    // ...and not once the .gitignore excludes it
    writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n.env\n');
    expect((await withGitignore()).findings).toEqual([]);
  });
});

describe("a Firebase project's environment files", () => {
  it("reads `.env.<project>` of the functions of a project its `.firebaserc` lists, and says git takes it (real-world batch 331)", async () => {
    const dir = tempDir('stripe-pci-firebase-');
    const live = 'sk_live_51Hq8ZtLkR2vN7mWxP4bYc9DqTj3Rw';
    writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\nfunctions/.env.local\n');
    writeFileSync(path.join(dir, 'firebase.json'), JSON.stringify({ functions: { source: 'functions' } }));
    writeFileSync(path.join(dir, '.firebaserc'), JSON.stringify({ projects: { default: 'acme-shop-prod' } }));
    mkdirSync(path.join(dir, 'functions'));
    writeFileSync(path.join(dir, 'functions/.env.acme-shop-prod'), `STRIPE_SECRET_KEY=${live}\n`);
    writeFileSync(path.join(dir, 'functions/.env.acme-shop-dev'), `STRIPE_SECRET_KEY=${live}\n`);
    writeFileSync(path.join(dir, 'functions/index.js'), "const { onRequest } = require('firebase-functions/v2/https');\nexports.ping = onRequest((req, res) => res.send('ok'));\n");
    const { scan } = await import('../../src/cli/scan.js');
    const report = await scan({ paths: ['.'], cwd: dir, preset: 'recommended', ignore: [], maxFileBytes: 1024 * 1024, concurrency: 'off', inlineConfig: true, gitignore: true });
    expect(report.findings.map((f) => [path.relative(dir, f.file), f.messageId, f.line, f.column])).toEqual([['functions/.env.acme-shop-prod', 'hardcodedKey', 1, 19]]);
    expect(report.findings[0]!.message).toMatch(/No \.gitignore rule excludes `\.env\.acme-shop-prod`: git takes it/);
  });
});

describe('packages of tests', () => {
  it("leaves out the pages of a package of tests, by its name, and not those of an app named for trying Stripe out (precision probe 299)", async () => {
    const page = '<!doctype html>\n<html>\n  <body>\n    <input data-sentry-unmask autocomplete="cc-number" id="should-still-be-masked" />\n  </body>\n</html>\n';
    const suite = tempDir('stripe-pci-suite-');
    writeFileSync(path.join(suite, 'package.json'), JSON.stringify({ name: '@sentry-internal/browser-integration-tests', private: true, scripts: { test: 'playwright test' } }));
    mkdirSync(path.join(suite, 'suites/replay/privacyInput'), { recursive: true });
    writeFileSync(path.join(suite, 'suites/replay/privacyInput/template.html'), page);
    const tried = tempDir('stripe-pci-tried-');
    writeFileSync(path.join(tried, 'package.json'), JSON.stringify({ name: 'stripe-test', private: true }));
    writeFileSync(path.join(tried, 'index.html'), page);
    expect((await scanDirectory(suite)).findings).toEqual([]);
    expect((await scanDirectory(tried)).findings.map((f) => [path.relative(tried, f.file), f.rule, f.line, f.column])).toEqual([['index.html', 'no-raw-card-inputs', 4, 31]]);
  });
});

describe('markup files', () => {
  it('scans .html, .htm, server templates, .vue, .svelte, .astro, .pug and .haml with the preset rules, and reports a file that does not parse as skipped', async () => {
    const dir = tempDir('stripe-pci-markup-');
    writeFileSync(path.join(dir, 'layout.htm'), '<script src="https://js.stripe.com/v2/"></script>\n<div><p>unclosed <b>tags\n');
    writeFileSync(path.join(dir, 'pay.html'), '{% block x %}<input name="{{ n }}" data-stripe="number">{% endblock %}\n');
    writeFileSync(path.join(dir, 'Pay.vue'), '<template><input name="cvc"></template>\n');
    writeFileSync(path.join(dir, 'checkout.hbs'), '{{#if card}}<input type="text" id="card-number">{{/if}}\n<script>Stripe.setPublishableKey("{{key}}");</script>\n');
    writeFileSync(path.join(dir, 'new.js.erb'), '$("#form").append("<input name=card_number>");\n');
    writeFileSync(path.join(dir, 'Broken.vue'), '<template><div /></template>\n<script>\nconst = ;\n</script>\n');
    writeFileSync(path.join(dir, 'Card.svelte'), '<script>\n  let card = { number: \'\' };\n</script>\n<input bind:value={card.number} />\n');
    writeFileSync(path.join(dir, 'Broken.svelte'), '<div>\n<p>{card.number</p>\n');
    writeFileSync(path.join(dir, 'upgrade.astro'), '---\nconst plan = Astro.props.plan;\n---\n<input data-stripe="cvc" />\n<script is:inline>\n  Stripe.setPublishableKey(key);\n</script>\n');
    writeFileSync(path.join(dir, 'Broken.astro'), '---\nconst = ;\n---\n<p>{plan}</p>\n');
    // Scripts the browser runs as written, parsed as configs.html / configs.astro parse them (real-world batch 85).
    writeFileSync(path.join(dir, 'legacy.html'), '<script>\n<!--\nconsole.log(document.getElementById("cvc").value);\n//-->\n</script>\n');
    writeFileSync(path.join(dir, 'vars.astro'), '<script define:vars={{ on: true }}>\n  if (!on) return;\n  console.log(form.cvc.value);\n</script>\n');
    writeFileSync(path.join(dir, 'charge.pug'), 'extends layout\nblock content\n  script(src="https://js.stripe.com/v2/")\n  form\n    input.field(data-stripe="number")\n');
    writeFileSync(path.join(dir, 'Broken.jade'), 'form\n  input(name="cvc"\n');
    writeFileSync(path.join(dir, 'new.html.haml'), "= javascript_include_tag 'https://js.stripe.com/v2/'\n= form_tag charges_path do\n  %input{ name: 'cvc', type: 'text' }\n");
    const report = await scanDirectory(dir);
    expect(report.findings.map((f) => `${path.basename(f.file)}:${f.rule}:${f.line}:${f.column}`)).toEqual([
      'Card.svelte:no-raw-card-inputs:4:8',
      'Pay.vue:no-raw-card-inputs:1:18',
      'charge.pug:no-stripe-js-v2:3:15',
      'charge.pug:no-raw-card-inputs:5:17',
      'checkout.hbs:no-raw-card-inputs:1:32',
      'checkout.hbs:no-stripe-js-v2:2:9',
      'layout.htm:no-stripe-js-v2:1:14',
      'legacy.html:no-card-data-logging:3:13',
      'new.html.haml:no-stripe-js-v2:1:27',
      'new.html.haml:no-raw-card-inputs:3:11',
      'pay.html:no-raw-card-inputs:1:36',
      'upgrade.astro:no-raw-card-inputs:4:8',
      'upgrade.astro:no-stripe-js-v2:6:3',
      'vars.astro:no-card-data-logging:3:15',
    ]);
    expect(report.skipped.map((s) => [path.basename(s.file), s.reason, s.line]).sort()).toEqual([
      ['Broken.astro', 'parse-error', 2],
      ['Broken.jade', 'parse-error', 3],
      ['Broken.svelte', 'parse-error', 2],
      ['Broken.vue', 'parse-error', 3],
    ]);
    expect(report.filesScanned).toBe(10);
  });

  it('keeps the findings of a page or component one of whose scripts does not parse, and lists the script (reason script-parse-error, 1-based column)', async () => {
    const dir = tempDir('stripe-pci-script-errors-');
    // A legacy checkout page: Stripe.js v2 and a card input in the markup, a working inline script, and one that
    // a template engine left broken.
    writeFileSync(
      path.join(dir, 'checkout.html'),
      [
        '<!DOCTYPE html>',
        '<html>',
        '<head><script src="https://js.stripe.com/v2/"></script></head>',
        '<body>',
        '  <form id="pay"><input type="text" name="cvc"></form>',
        '  <script>',
        '    var total = ;',
        '  </script>',
        '  <script>',
        '    console.log(document.getElementById("cvc").value);',
        '  </script>',
        '</body>',
        '</html>',
        '',
      ].join('\n'),
    );
    // An Astro component: its processed script (TypeScript parser, 0-based columns) does not parse.
    writeFileSync(
      path.join(dir, 'Pay.astro'),
      ['---', "const title = 'Pay';", '---', '<h1>{title}</h1>', '<input name="card_number" />', '<script>', '  const amount: number = ;', '</script>', ''].join('\n'),
    );
    // Two broken scripts: the first is listed, with how many more.
    // A Pug template whose `script.` block does not parse: its markup is scanned.
    writeFileSync(path.join(dir, 'pay.pug'), 'form\n  input(name="card_number")\nscript.\n  var ok = 1;\n  var total = ;\n');
    writeFileSync(path.join(dir, 'two.html'), '<script>\nvar a = ;\n</script>\n<script>\nvar b = ;\n</script>\n<input name="cardnumber">\n');
    // The component's own frontmatter does not parse: the file is skipped, as any file that does not parse.
    writeFileSync(path.join(dir, 'Broken.astro'), '---\nconst = ;\n---\n<script>\n  console.log(form.cvc.value);\n</script>\n');
    // A stray closing tag after a script that parses: the parser places the template's error inside the script, but
    // the error is the component's (regression check of the twenty-third session): skipped whole, not scanned in part.
    writeFileSync(path.join(dir, 'Stray.astro'), '---\n---\n<input name="cardNumber" />\n<script>\n  const a = 1;\n  console.log(a);\n</script>\n</div>\n');
    const report = await scanDirectory(dir);
    expect(report.findings.map((f) => `${path.basename(f.file)}:${f.rule}:${f.line}:${f.column}`)).toEqual([
      'Pay.astro:no-raw-card-inputs:5:8',
      'checkout.html:no-stripe-js-v2:3:20',
      'checkout.html:no-raw-card-inputs:5:37',
      'checkout.html:no-card-data-logging:10:17',
      'pay.pug:no-raw-card-inputs:2:9',
      'two.html:no-raw-card-inputs:7:8',
    ]);
    expect(report.skipped.map((s) => [path.basename(s.file), s.reason, s.line, s.column, s.detail]).sort()).toEqual([
      ['Broken.astro', 'parse-error', 2, expect.any(Number), expect.any(String)],
      ['Pay.astro', 'script-parse-error', 7, 26, 'Expression expected. (the rest of the file was scanned)'],
      ['Stray.astro', 'parse-error', expect.any(Number), expect.any(Number), expect.any(String)],
      ['checkout.html', 'script-parse-error', 7, 17, 'Unexpected token ; (the rest of the file was scanned)'],
      ['pay.pug', 'script-parse-error', 5, 15, 'Unexpected token ; (the rest of the file was scanned)'],
      ['two.html', 'script-parse-error', 2, 9, 'Unexpected token ; (and 1 more script; the rest of the file was scanned)'],
    ]);
    expect(report.filesScanned).toBe(4);
  });
});

describe('scripts that are not modules', () => {
  it('lints a .js file that does not parse as a module again as CommonJS, and keeps the first error when that fails too (real-world batch BN)', async () => {
    const dir = tempDir('stripe-pci-commonjs-');
    mkdirSync(path.join(dir, 'functions'));
    // An Amplify / AppSync Lambda: `arguments` is a name only outside strict mode.
    writeFileSync(
      path.join(dir, 'functions/createPaymentIntent.js'),
      `const stripe = require('stripe')('sk_live_51Hq8ZtLkR2vN7mWxT6gHs2Lp4KfQ9rXyZ3aBcD');
exports.handler = async (event) => {
  const { typeName, arguments } = event;
  if (typeName !== 'Mutation') throw new Error('Only mutations');
  return stripe.paymentIntents.create({ amount: arguments.amount, currency: 'usd' });
};
`,
    );
    writeFileSync(path.join(dir, 'functions/broken.js'), 'import x from "y";\nconst = 1;\n');
    // A legacy octal literal, which TypeScript's parser rejects even in a script: read by espree (real-world batch FE).
    writeFileSync(
      path.join(dir, 'functions/legacy.js'),
      `const Card = require('../models/card');
exports.save = async (req, res) => {
  const d = new Date();
  d.setMonth(d.getMonth() - 03);
  await Card.create({ cardNumber: req.body.cardNumber, cvv: req.body.cvv });
  res.send('ok');
};
`,
    );
    // JSX as an operand, which espree reads and TypeScript's parser rejects, in a module (real-world batch HC).
    writeFileSync(
      path.join(dir, 'functions/layout.js'),
      `import React from 'react';
import { Col } from './grid';
export const isCol = (child) => React.isValidElement(child) && child.type === <Col />.type;
export const log = (card) => console.log('card', card.number);
`,
    );
    const report = await scanDirectory(dir);
    expect(report.findings.map((f) => `${path.basename(f.file)}:${f.rule}:${f.line}:${f.column}`)).toEqual([
      'createPaymentIntent.js:no-hardcoded-stripe-key:1:35',
      'layout.js:no-card-data-logging:4:50',
      'legacy.js:no-sensitive-card-storage:5:23',
      'legacy.js:no-sensitive-card-storage:5:56',
    ]);
    // The column 1-based, as the findings' (the TypeScript parser gives 0-based columns): `=` is the 7th character.
    expect(report.skipped.map((s) => [path.basename(s.file), s.reason, s.line, s.column])).toEqual([['broken.js', 'parse-error', 2, 7]]);
    expect(report.filesScanned).toBe(3);
  });
});

describe('ES2015 modules of the Sprockets era', () => {
  it('scans .es6 files (an Ember app on Rails, real-world batch EH), as modules or else as scripts', async () => {
    const dir = tempDir('stripe-pci-es6-');
    mkdirSync(path.join(dir, 'app/assets/javascripts/models'), { recursive: true });
    writeFileSync(
      path.join(dir, 'app/assets/javascripts/models/card.js.es6'),
      `export default Ember.Object.extend({
  tokenize() {
    Stripe.setPublishableKey(this.get('publishableKey'));
    return Stripe.card.createToken({ number: this.get('number'), cvc: this.get('cvc') }, (status, response) => this.set('token', response.id));
  },
});
`,
    );
    writeFileSync(path.join(dir, 'app/assets/javascripts/legacy.es6'), 'var arguments = 1;\nStripe.setPublishableKey(key);\n');
    const report = await scanDirectory(dir);
    expect(report.findings.map((f) => `${path.basename(f.file)}:${f.rule}:${f.line}:${f.column}`).sort()).toEqual([
      'card.js.es6:no-stripe-js-v2:3:5',
      'card.js.es6:no-stripe-js-v2:4:12',
      'legacy.es6:no-stripe-js-v2:2:1',
    ]);
    expect(report.filesScanned).toBe(2);
  });
});

describe('inline config problems', () => {
  it('scans a file with an /* eslint-env */ comment or a malformed directive: ESLint marks those fatal, but the rules ran (real-world batch 97)', async () => {
    const dir = tempDir('stripe-pci-inline-config-');
    // An old `.eslintrc.js`-era config comment: ESLint 10 reports it as a fatal problem and still runs every rule.
    writeFileSync(
      path.join(dir, 'billing.js'),
      `/* eslint-env node */
const Stripe = require('stripe');

const stripe = new Stripe('sk_live_51Hq3KpLm9XvTz2RwYb8NcQe4Ud7Jf0Ag6Ss1Lk5Pi3Oh');
module.exports = { stripe };
`,
    );
    // A rule setting that is not JSON, fatal under ESLint 9 and 10 alike.
    writeFileSync(
      path.join(dir, 'checkout.ts'),
      `/* eslint stripe-pci/no-raw-card-data: [error */
export const receipt = (n: string) => fetch('http://api.stripe.com/v1/charges', { method: 'POST', body: n });
`,
    );
    writeFileSync(path.join(dir, 'broken.js'), '/* eslint-env browser */\nconst = 1;\n');
    const report = await scanDirectory(dir);
    expect(report.findings.map((f) => `${path.basename(f.file)}:${f.rule}:${f.line}:${f.column}`)).toEqual([
      'billing.js:no-hardcoded-stripe-key:4:28',
      'checkout.ts:require-https-stripe-urls:2:46',
    ]);
    expect(report.skipped.map((s) => [path.basename(s.file), s.reason, s.detail, s.line])).toEqual([['broken.js', 'parse-error', 'Variable declaration expected.', 2]]);
    expect(report.filesScanned).toBe(2);
  });
});
