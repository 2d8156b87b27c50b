import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverFiles, isLintableFileName, LINTABLE_EXTENSIONS, MissingPathError } from '../../src/cli/files.js';

let dir: string;
const rel = (files: readonly string[]) => files.map((f) => path.relative(dir, f).split(path.sep).join('/'));
const put = (file: string, text: string | Buffer = 'export {};\n') => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const isRoot = process.getuid?.() === 0;
const hasMkfifo = process.platform !== 'win32';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'stripe-pci-files-'));
  mkdirSync(path.join(dir, '.git')); // a work tree root: .gitignore files from here down count
  put('.gitignore', 'generated/\n*.local.js\n');
  put('src/app.ts');
  put('src/App.tsx');
  put('src/server.cjs');
  put('src/worker.mjs');
  put('src/legacy.js');
  put('src/types.d.ts');
  put('src/styles.css', 'body {}');
  put('src/config.local.js');
  put('src/generated/client.ts');
  put('src/pages/[id].tsx');
  put('src/nested/.gitignore', 'fixtures/\n');
  put('src/nested/fixtures/card.js');
  put('src/nested/kept.js');
  put('node_modules/stripe/index.js');
  put('dist/bundle.js');
  put('build/out.js');
  put('.next/server.js');
  put('coverage/lcov.js');
  put('vendor/old/checkout.js');
  put('app/vendor/autoload.php', '<?php return 1;');
  put('app/vendor/stripe/stripe-php/init.php', '<?php echo "<input name=cvc>";');
  put('app/views/pay.php', '<input name="cvc">');
  // Smarty's compiled copies of the views
  put('app/templates_c/1f2e.file.pay.tpl.php', '<input name="cvc">');
  put('.history/src/app_20240101120000.ts', 'export {};'); // VS Code's Local History copies
  put('.local/state/replit/agent/design_reference/checkout.html', '<form data-mock="true"><input name="cardNumber"></form>'); // Replit's agent state
  // Maven's build output beside its pom.xml holds copies of the webapp's views; another `target/` is the app's own.
  put('shop/pom.xml', '<project/>');
  put('shop/src/main/webapp/pay.jsp', '<input name="cvc">');
  put('shop/target/shop/pay.jsp', '<input name="cvc">');
  put('tools/target/run.js');
  // MSBuild's output beside a .NET project file holds published copies of its views and scripts; another `bin/` or
  // `obj/` is the app's own (a Node CLI's `bin/`).
  put('Shop.Web/Shop.Web.csproj', '<Project Sdk="Microsoft.NET.Sdk.Web"/>');
  put('Shop.Web/Views/Pay.cshtml', '<input name="cvc">');
  put('Shop.Web/obj/Release/Package/PackageTmp/Views/Pay.cshtml', '<input name="cvc">');
  put('Shop.Web/bin/Release/net8.0/publish/wwwroot/js/pay.js');
  put('cli/bin/run.js');
  put('models/obj/loader.js');
  // Rails' compiled assets, their manifest beside them (Sprockets, Webpacker): digest-stamped copies of the app's
  // scripts; another `public/assets` (a static site's own scripts) is scanned.
  put('store/app/assets/javascripts/users.js');
  put('store/public/assets/.sprockets-manifest-9901eac8b3610067238381a279824e4e.json', '{}');
  put('store/public/assets/application-e06993ae0a47915c93f8a475ca26d32956ff6324fec5b89eecaaf3a0a10eecc7.js');
  put('store/public/packs/manifest.json', '{}');
  put('store/public/packs/js/application-1c2d3e4f5a6b7c8d9e0f.js');
  put('site/public/assets/manifest.json', '{}');
  put('site/public/assets/js/pay.js');
  // Laravel Mix's compiled bundles, listed in its manifest, are build output; a file it does not list, and a public
  // directory whose manifest cannot be read, are scanned.
  put('mix/public/mix-manifest.json', '{ "/js/app.js": "/js/app.js?id=5f2c", "/css/app.css": "/css/app.css?id=9a1b" }');
  put('mix/public/js/app.js');
  put('mix/public/js/stripe-loader.js');
  put('mix/resources/js/app.js');
  put('mixbroken/public/mix-manifest.json', '{ "/js/app.js": ');
  put('mixbroken/public/js/app.js');
  put('big/huge.js', `// ${'x'.repeat(5000)}\n`);
  put('bin/blob.js', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]));
  put('bin/utf16.js', Buffer.from('\ufeffexport {}', 'utf16le'));
  put('bin/utf16be.js', Buffer.from('\ufeffexport {}', 'utf16le').swap16());
  put('bin/utf16-no-mark.js', Buffer.from('export {}', 'utf16le'));
  put('bin/utf32.js', Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x65, 0x00, 0x00, 0x00]));
  // A NUL character written as itself in a string: text, scanned (real-world batch DG).
  put('src/keys.js', `export const key = (a, b) => a + '\u0000' + b; // joins with '\u0000'\n${'// padding\n'.repeat(8)}`);
  symlinkSync(path.join(dir, 'does-not-exist.js'), path.join(dir, 'src/dangling.js'));
  symlinkSync(path.join(dir, 'src'), path.join(dir, 'src-link')); // a directory link: not followed
  mkdirSync(path.join(dir, 'src/dir.js')); // a directory with a lintable name is walked, not linted
  put('src/dir.js/inner.js');
  if (hasMkfifo) execFileSync('mkfifo', [path.join(dir, 'src/pipe.js')]);
  // Config files read for keys: committed JSON / YAML / TOML and environment templates; not `.env` itself, lockfiles,
  // config that stays on one machine, .gitignored ones, nor one over the size limit (data, left out unlisted).
  put('config/production.json', '{ "stripe": {} }');
  put('config/local.json', '{}');
  put('deploy/app.yaml', 'env_variables: {}');
  put('wrangler.toml', 'name = "shop"');
  put('.env.example', 'STRIPE_SECRET_KEY=');
  // The environment files themselves only where a .gitignore applies and leaves them in (git takes them); never a
  // developer's own `.env.local`.
  put('.env', 'STRIPE_SECRET_KEY=');
  put('.env.production', 'STRIPE_SECRET_KEY=');
  put('.env.local', 'STRIPE_SECRET_KEY=');
  put('api/.gitignore', '.env\n');
  put('api/.env', 'STRIPE_SECRET_KEY=');
  put('scripts/env-prod.sh', 'export STRIPE_SECRET_KEY=');
  // A Firebase project's functions' environment files, `.env.<project id or alias>` of its `.firebaserc` (real-world
  // batch 331); not `.env.local`, nor one named for another project.
  put('firebase/.firebaserc', '{ "projects": { "default": "shop-prod", "staging": "shop-staging", "local": "shop-dev" } }');
  put('firebase/functions/.env.shop-prod', 'STRIPE_SECRET_KEY=');
  put('firebase/functions/.env.staging', 'STRIPE_SECRET_KEY=');
  put('firebase/functions/.env.local', 'STRIPE_SECRET_KEY=');
  put('firebase/functions/.env.other-shop', 'STRIPE_SECRET_KEY=');
  put('firebase/functions/index.js');
  // Jekyll's generated site: copies of the pages
  put('docs/_site/pay.html');
  put('scripts/deploy.sh', 'npm run build');
  put('package-lock.json', '{}');
  put('src/generated/keys.json', '{}');
  put('node_modules/stripe/package.json', '{}');
  put('big/data.json', `[${'1,'.repeat(3000)}1]`);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('isLintableFileName', () => {
  it('accepts JS/TS sources, HTML pages and server templates, Vue, Svelte, Astro components, Razor views, Pug and Haml templates, and rejects declarations and other files', () => {
    for (const name of ['a.js', 'a.cjs', 'a.mjs', 'a.jsx', 'a.ts', 'a.cts', 'a.mts', 'a.tsx', 'a.js.es6', 'a.es6', 'a.html', 'a.htm', 'a.vue', 'a.svelte', 'a.astro', 'a.hbs', 'a.ejs', 'a.njk', 'a.twig', 'a.html.erb', 'a.blade.php', 'a.php', 'a.phtml', 'a.tpl', 'a.jsp', 'a.cshtml', 'a.razor', 'a.pug', 'a.jade', 'a.html.haml']) {
      expect(isLintableFileName(name)).toBe(true);
    }
    for (const name of ['a.d.ts', 'a.d.mts', 'a.css', 'a.json', 'a.js.erb', 'a.vbhtml', 'a.inc', 'Makefile']) {
      expect(isLintableFileName(name)).toBe(false);
    }
  });
});

describe('docs/cli.md', () => {
  it('lists every extension the scanner lints', () => {
    const doc = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
    const scanned = doc.slice(doc.indexOf('## What is scanned'), doc.indexOf('### Skipped files'));
    // each extension written as a word of its own (`.js`, ` .htm`, not only inside `.html`)
    const written = (extension: string): boolean => new RegExp(`[\\s\`(]${extension.replace(/[.]/g, '[.]')}(?=[\\s\`),;])`).test(scanned);
    expect(LINTABLE_EXTENSIONS.filter((extension) => !written(extension))).toEqual([]);
  });
});

describe('discoverFiles', () => {
  it("walks directories, skipping dependencies (Composer's vendor/ too, not another vendor/), build output (Maven's target/ too, not another target/; MSBuild's bin/ and obj/ beside a .NET project; Smarty's templates_c/; VS Code's .history/; Replit's .local/; Rails' public/assets and public/packs beside their manifest; the bundles Laravel Mix's manifest lists) and .gitignored files, and checks every file", async () => {
    const { files, configFiles, envFiles, skipped, utf16 } = await discoverFiles(['.'], { cwd: dir, maxFileBytes: 1024 });
    expect(rel([...envFiles].sort())).toEqual(['.env', '.env.production', 'firebase/functions/.env.shop-prod', 'firebase/functions/.env.staging', 'scripts/env-prod.sh']);
    // Text whose byte order mark says UTF-16 is linted, decoded: not UTF-32, nor UTF-16 without the mark.
    expect([...utf16].map(([file, encoding]) => [path.relative(dir, file), encoding])).toEqual([
      ['bin/utf16.js', 'utf-16le'],
      ['bin/utf16be.js', 'utf-16be'],
    ]);
    expect(rel(files)).toEqual([
      'Shop.Web/Views/Pay.cshtml',
      'app/views/pay.php',
      'bin/utf16.js',
      'bin/utf16be.js',
      'cli/bin/run.js',
      'firebase/functions/index.js',
      'mix/public/js/stripe-loader.js',
      'mix/resources/js/app.js',
      'mixbroken/public/js/app.js',
      'models/obj/loader.js',
      'shop/src/main/webapp/pay.jsp',
      'site/public/assets/js/pay.js',
      'src/App.tsx',
      'src/app.ts',
      'src/dir.js/inner.js',
      'src/keys.js',
      'src/legacy.js',
      'src/nested/kept.js',
      'src/pages/[id].tsx',
      'src/server.cjs',
      'src/worker.mjs',
      'store/app/assets/javascripts/users.js',
      'tools/target/run.js',
      'vendor/old/checkout.js',
    ]);
    expect(rel(configFiles)).toEqual([
      '.env',
      '.env.example',
      '.env.production',
      'config/production.json',
      'deploy/app.yaml',
      'firebase/functions/.env.shop-prod',
      'firebase/functions/.env.staging',
      'mix/public/mix-manifest.json',
      'mixbroken/public/mix-manifest.json',
      'scripts/env-prod.sh',
      'site/public/assets/manifest.json',
      'wrangler.toml',
    ]);
    expect(skipped.map((s) => [path.relative(dir, s.file).split(path.sep).join('/'), s.reason, s.detail])).toEqual([
      ['big/huge.js', 'too-large', '4.9 KiB, over the 1.0 KiB limit'],
      ['bin/blob.js', 'binary', 'contains NUL bytes (binary, or UTF-16 without a byte order mark)'],
      ['bin/utf16-no-mark.js', 'binary', 'contains NUL bytes (binary, or UTF-16 without a byte order mark)'],
      ['bin/utf32.js', 'binary', 'contains NUL bytes (binary, or UTF-16 without a byte order mark)'],
      ['src/dangling.js', 'unreadable', 'dangling symbolic link'],
      ...(hasMkfifo ? [['src/pipe.js', 'not-a-file', 'not a regular file']] : []),
    ]);
  });

  it('applies --ignore patterns (gitignore syntax, relative to cwd) to walked and explicit paths', async () => {
    const { files } = await discoverFiles(['.', 'src/legacy.js'], {
      cwd: dir,
      ignore: ['vendor/', '**/*.tsx', 'src/legacy.js'],
    });
    expect(rel(files)).toEqual([
      'Shop.Web/Views/Pay.cshtml',
      'app/views/pay.php',
      'big/huge.js',
      'bin/utf16.js',
      'bin/utf16be.js',
      'cli/bin/run.js',
      'firebase/functions/index.js',
      'mix/public/js/stripe-loader.js',
      'mix/resources/js/app.js',
      'mixbroken/public/js/app.js',
      'models/obj/loader.js',
      'shop/src/main/webapp/pay.jsp',
      'site/public/assets/js/pay.js',
      'src/app.ts',
      'src/dir.js/inner.js',
      'src/keys.js',
      'src/nested/kept.js',
      'src/server.cjs',
      'src/worker.mjs',
      'store/app/assets/javascripts/users.js',
      'tools/target/run.js',
    ]);
  });

  it('takes explicit files and directories even when they are default-ignored or .gitignored', async () => {
    const { files, configFiles, skipped } = await discoverFiles(['dist', 'src/config.local.js', 'src/styles.css', 'src/generated/keys.json', '.env'], { cwd: dir });
    expect(rel(files)).toEqual(['dist/bundle.js', 'src/config.local.js']);
    expect(rel(configFiles)).toEqual(['src/generated/keys.json']);
    expect(skipped.map((s) => [path.basename(s.file), s.reason, s.detail])).toEqual([
      ['styles.css', 'unsupported', `not one of ${LINTABLE_EXTENSIONS.join(' ')}, nor a config file (.json .jsonc .json5 .yml .yaml .toml .sql, .env.example)`],
      ['.env', 'unsupported', `not one of ${LINTABLE_EXTENSIONS.join(' ')}, nor a config file (.json .jsonc .json5 .yml .yaml .toml .sql, .env.example)`],
    ]);
  });

  it('reads .gitignore files of the enclosing work tree when scanning a subdirectory', async () => {
    const { files } = await discoverFiles(['src'], { cwd: dir });
    expect(rel(files)).not.toContain('src/generated/client.ts');
    expect(rel(files)).not.toContain('src/config.local.js');
    expect(rel(files)).not.toContain('src/nested/fixtures/card.js');
  });

  it('scans an explicit directory that is itself .gitignored, without the parent .gitignore rules', async () => {
    const { files } = await discoverFiles(['src/generated'], { cwd: dir });
    expect(rel(files)).toEqual(['src/generated/client.ts']);
  });

  it('scans .gitignored files with gitignore: false', async () => {
    const { files } = await discoverFiles(['src'], { cwd: dir, gitignore: false });
    expect(rel(files)).toEqual(expect.arrayContaining(['src/generated/client.ts', 'src/config.local.js', 'src/nested/fixtures/card.js']));
  });

  it('reads no environment file itself where no .gitignore applies (not a work tree git would take it from)', async () => {
    const bare = mkdtempSync(path.join(tmpdir(), 'stripe-pci-bare-'));
    try {
      writeFileSync(path.join(bare, '.env'), 'STRIPE_SECRET_KEY=');
      writeFileSync(path.join(bare, '.env.example'), 'STRIPE_SECRET_KEY=');
      expect((await discoverFiles(['.'], { cwd: bare })).configFiles.map((file) => path.basename(file))).toEqual(['.env.example']);
      // ...nor with gitignore: false
      writeFileSync(path.join(bare, '.gitignore'), 'node_modules/\n');
      expect((await discoverFiles(['.'], { cwd: bare, gitignore: false })).configFiles.map((file) => path.basename(file))).toEqual(['.env.example']);
      expect((await discoverFiles(['.'], { cwd: bare })).configFiles.map((file) => path.basename(file))).toEqual(['.env', '.env.example']);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });

  it('throws MissingPathError for a path that does not exist', async () => {
    await expect(discoverFiles(['nope'], { cwd: dir })).rejects.toBeInstanceOf(MissingPathError);
  });

  // Root reads any file whatever its mode, so this case only means something for other users.
  it.skipIf(isRoot || process.platform === 'win32')('reports a file without read permission as unreadable', async () => {
    put('locked/secret.js');
    chmodSync(path.join(dir, 'locked/secret.js'), 0o000);
    try {
      const { files, skipped } = await discoverFiles(['locked'], { cwd: dir });
      expect(files).toEqual([]);
      expect(skipped.map((s) => [path.basename(s.file), s.reason, s.detail])).toEqual([['secret.js', 'unreadable', 'EACCES']]);
    } finally {
      chmodSync(path.join(dir, 'locked/secret.js'), 0o644);
    }
  });
});
