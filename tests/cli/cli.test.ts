// The CLI as users run it: a child process on fixture projects (tests/fixtures/cli/*), against the ESLint
// major of the vitest project. Verdict cases whose rule has not landed in the registry yet are skipped by name.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { configs } from '../../index.js';
import type { JsonReport } from '../../src/cli/format/json.js';
import { ensureBuilt, fixtures, runCli, runJson } from './run-cli.js';
import { validateSarif } from './sarif-schema.js';

// Each run starts Node, ESLint and TypeScript (about a second, more on a busy machine).
vi.setConfig({ testTimeout: 60_000, hookTimeout: 180_000 });

const at = (name: string): { cwd: string } => ({ cwd: path.join(fixtures, name) });
const ruleOf = (f: { ruleId: string }) => f.ruleId.replace(/^stripe-pci\//, '');

let tmp: string;
beforeAll(() => {
  ensureBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'stripe-pci-cli-'));
}, 180_000);
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('usage', () => {
  it('prints help and the version, exit 0', () => {
    const help = runCli(['--help'], at('saq-a'));
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: stripe-pci-scan \[options\] \[paths\.\.\.\]/);
    expect(help.stdout).toContain('--format <pretty|json|sarif>');
    const version = runCli(['--version'], at('saq-a'));
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(fixtures, '../../../package.json'), 'utf8')).version);
  });

  it.each([
    [['--format', 'xml'], /--format must be one of pretty, json, sarif/],
    [['--preset', 'lax'], /--preset must be one of recommended, strict, all/],
    [['--concurrency', 'many'], /--concurrency must be auto, off or a positive integer/],
    [['--max-file-size', 'huge'], /--max-file-size must be a size/],
    [['--frobnicate'], /Unknown option '--frobnicate'/],
  ])('rejects %j with exit 2', (args, message) => {
    const run = runCli(args, at('saq-a'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Run "stripe-pci-scan --help" for usage.');
  });

  it('exits 2 on a missing path, naming it', () => {
    const run = runCli(['server', 'no-such-dir'], at('saq-a'));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('stripe-pci-scan: No such file or directory: no-such-dir\n');
  });

  it('exits 2 when there is nothing to scan', () => {
    const empty = path.join(tmp, 'empty');
    mkdirSync(empty);
    writeFileSync(path.join(empty, 'README.md'), '# nothing here\n');
    const run = runCli([], { cwd: empty });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('stripe-pci-scan: no JavaScript, TypeScript, markup or config files to scan in .\n');
  });
});

describe('SAQ A project (Payment Element, Checkout Sessions, verified webhook)', () => {
  it('has no findings and estimates SAQ A, exit 0', () => {
    const { code, report } = runJson([], at('saq-a'));
    expect(code).toBe(0);
    expect(report.tool).toMatchObject({ name: 'stripe-pci-scan', preset: 'recommended' });
    expect(report.tool.eslintVersion.split('.')[0]).toBe(process.env.EXPECT_ESLINT_MAJOR);
    expect(report.findings).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(report.stats).toMatchObject({ filesScanned: 2, filesSkipped: 0, errorCount: 0 });
    expect(report.verdict).toMatchObject({ saq: 'A', estimate: true, complete: true, decisive: [], requirements: [] });
  });

  it('is clean under the strict and all presets too', () => {
    for (const preset of ['strict', 'all']) {
      const { code, report } = runJson(['--preset', preset], at('saq-a'));
      expect(code).toBe(0);
      expect(report.tool.preset).toBe(preset);
      expect(report.findings).toEqual([]);
    }
  });

  it('gives the same result with ESLint worker threads (--concurrency 2) as on one thread', () => {
    const threaded = runJson(['--concurrency', '2'], at('saq-a'));
    const single = runJson(['--concurrency', 'off'], at('saq-a'));
    expect(threaded.report.stats.concurrency).toBe('2');
    expect(single.report.stats.concurrency).toBe('off');
    expect(threaded.report.stats.filesScanned).toBe(2);
    expect({ ...threaded.report, stats: null }).toEqual({ ...single.report, stats: null });
  });

  it('prints the verdict in pretty output', () => {
    const run = runCli([], at('saq-a'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 files scanned · 0 skipped · 0 findings');
    expect(run.stdout).toMatch(/Estimated SAQ: A\n {2}No finding puts card data/);
    expect(run.stdout).toContain('not a PCI DSS assessment');
    expect(run.stdout).not.toContain('\u001b['); // NO_COLOR
  });
});

describe('SAQ A-EP project (Stripe.js v2 form tokenisation)', () => {
  it('estimates SAQ A-EP from the Stripe.js v2 findings, exit 1', () => {
    const { code, report } = runJson([], at('saq-a-ep'));
    expect(code).toBe(1);
    expect(report.verdict.saq).toBe('A-EP');
    expect(report.verdict.decisive.length).toBeGreaterThan(0);
    for (const e of report.verdict.decisive) {
      expect(e).toMatchObject({ ruleId: 'stripe-pci/no-stripe-js-v2', file: 'public/js/payment.js', saqImpact: 'A-EP' });
    }
    expect(report.findings.every((f) => f.file === 'public/js/payment.js')).toBe(true);
  });
});

describe('SAQ D project (raw card number sent from the server)', () => {
  let json: { code: number | null; report: JsonReport };
  beforeAll(() => {
    json = runJson([], at('saq-d'));
  });

  it('estimates SAQ D with the raw-card-data finding as evidence, exit 1', () => {
    expect(json.code).toBe(1);
    expect(json.report.verdict.saq).toBe('D');
    expect(json.report.verdict.decisive).toContainEqual(
      expect.objectContaining({ ruleId: 'stripe-pci/no-raw-card-data', file: 'server/routes/pay.js', saqImpact: 'D' }),
    );
    expect(json.report.verdict.complete).toBe(true);
    expect(json.report.stats.errorCount).toBe(json.report.findings.length);
  });

  it('keeps the Stripe.js v2 finding as secondary evidence', () => {
    expect(json.report.verdict.alsoRaising).toContainEqual(
      expect.objectContaining({ ruleId: 'stripe-pci/no-stripe-js-v2', file: 'public/legacy.js', saqImpact: 'A-EP' }),
    );
  });

  it('lists the TLS finding as a requirement finding', () => {
    expect(json.report.verdict.requirements).toContainEqual(
      expect.objectContaining({ ruleId: 'stripe-pci/no-weak-tls', file: 'server/routes/pay.js', saqImpact: 'requirement' }),
    );
  });

  it('exits 0 with --exit-zero', () => {
    expect(runCli(['--exit-zero', '-q'], at('saq-d')).code).toBe(0);
  });

  it('groups findings by rule with location, message and excerpt, then the summary and the verdict', () => {
    const run = runCli([], at('saq-d'));
    expect(run.code).toBe(1);
    const out = run.stdout;
    const raw = json.report.findings.find((f) => f.rule === 'no-raw-card-data')!;
    expect(out).toMatch(/^no-raw-card-data \(SAQ D\) · \d+ findings?$/m);
    expect(out).toContain(`  server/routes/pay.js:${raw.line}:${raw.column}  ${raw.message}`);
    const source = readFileSync(path.join(fixtures, 'saq-d', raw.file), 'utf8').split('\n')[raw.line - 1]!;
    expect(out).toContain(`    ${raw.line} │ ${source.trimEnd()}`);
    expect(out).toContain(`${' '.repeat(4 + `${raw.line} │ `.length + raw.column - 1)}^`);
    expect(out.indexOf('Summary')).toBeGreaterThan(out.indexOf('no-raw-card-data ('));
    expect(out).toMatch(/^ {2}no-raw-card-data +\d+ +SAQ D$/m);
    expect(out.indexOf('Estimated SAQ: D')).toBeGreaterThan(out.indexOf('Summary'));
    expect(out).toMatch(new RegExp(`Decided by:\\n {4}no-raw-card-data  server/routes/pay\\.js:${raw.line}  sends card numbers`));
  });

  it('gives the same findings with ESLint worker threads (--concurrency 2) as on one thread', () => {
    const threaded = runJson(['--concurrency', '2'], at('saq-d'));
    const single = runJson(['--concurrency', 'off'], at('saq-d'));
    expect(threaded.report.stats.concurrency).toBe('2');
    expect(threaded.report.findings).toEqual(single.report.findings);
    expect(threaded.report.verdict).toEqual(single.report.verdict);
  });

  it('writes the report to --output instead of stdout', () => {
    const out = path.join(tmp, 'report.json');
    const run = runCli(['-f', 'json', '-o', out], at('saq-d'));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as JsonReport).findings).toEqual(json.report.findings);
  });
});

describe('SARIF output', () => {
  it('is checked against a schema that rejects invalid logs', () => {
    expect(validateSarif({ version: '2.1.0', runs: [{ results: [] }] })).toEqual([".runs[0]: should have required property 'tool'"]);
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', informationUri: 'not a uri' } }, results: [] }] })).toEqual([
      '.runs[0].tool.driver.informationUri: should match format "uri"',
    ]);
  });

  it.each(['saq-a', 'saq-a-ep', 'saq-d'])('is valid SARIF 2.1.0 for %s and matches the JSON findings', (project) => {
    const run = runCli(['--format', 'sarif'], at(project));
    const { report } = runJson([], at(project));
    expect(run.code).toBe(report.findings.length > 0 ? 1 : 0);
    const sarif = JSON.parse(run.stdout);
    expect(validateSarif(sarif)).toEqual([]);

    const [sarifRun] = sarif.runs;
    expect(sarifRun.tool.driver).toMatchObject({ name: 'stripe-pci-scan', informationUri: expect.stringMatching(/^https:\/\//) });
    // Every rule of the preset is described, with its docs page and GitHub's security metadata.
    const ruleIds = sarifRun.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ruleIds).toEqual(Object.keys(configs.recommended.rules).sort());
    for (const rule of sarifRun.tool.driver.rules) {
      expect(rule.helpUri).toMatch(new RegExp(`/docs/rules/${rule.name}\\.md$`));
      expect(rule.properties.tags).toContain('security');
      expect(Number(rule.properties['security-severity'])).toBeGreaterThanOrEqual(7);
    }
    expect(
      sarifRun.results.map((r: { ruleId: string; ruleIndex: number; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } } }[] }) => {
        const loc = r.locations[0]!.physicalLocation;
        expect(ruleIds[r.ruleIndex]).toBe(r.ruleId);
        expect(loc.artifactLocation.uriBaseId).toBe('%SRCROOT%');
        return `${r.ruleId} ${loc.artifactLocation.uri}:${loc.region.startLine}:${loc.region.startColumn}`;
      }),
    ).toEqual(report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`));
    expect(sarifRun.properties).toMatchObject({ saq: report.verdict.saq, saqSummary: report.verdict.summary });
  });

  it('reports skipped files as tool execution notifications', () => {
    const project = copyBadInput('sarif-bad');
    const sarif = JSON.parse(runCli(['--format', 'sarif', '--max-file-size', '2kb'], { cwd: project }).stdout);
    expect(validateSarif(sarif)).toEqual([]);
    const notes = sarif.runs[0].invocations[0].toolExecutionNotifications;
    expect(notes.map((n: { descriptor: { id: string } }) => n.descriptor.id).sort()).toEqual(
      ['skipped/binary', 'skipped/parse-error', 'skipped/too-large', 'skipped/unreadable'],
    );
    const parse = notes.find((n: { descriptor: { id: string } }) => n.descriptor.id === 'skipped/parse-error');
    expect(parse.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'src/broken.js' }, region: { startLine: 4 } });
  });
});

/** The bad-input fixture plus what git cannot hold: a dangling symlink, a FIFO, a default-ignored directory. */
function copyBadInput(name: string): string {
  const project = path.join(tmp, name);
  cpSync(path.join(fixtures, 'bad-input'), project, { recursive: true });
  symlinkSync(path.join(project, 'src/removed.js'), path.join(project, 'src/link.js'));
  mkdirSync(path.join(project, 'node_modules/card-lib'), { recursive: true });
  writeFileSync(path.join(project, 'node_modules/card-lib/index.js'), 'module.exports = (', 'utf8');
  return project;
}

describe('skipped files', () => {
  let project: string;
  beforeAll(() => {
    project = copyBadInput('bad');
    if (process.platform !== 'win32') execFileSync('mkfifo', [path.join(project, 'src/events.js')]);
  });

  it('lists binary, oversized, unparsable and unreadable files with the reason, and scans the rest', () => {
    const { code, report } = runJson(['--max-file-size', '2kb'], { cwd: project });
    expect(code).toBe(0);
    expect(report.stats).toMatchObject({ filesScanned: 1, filesSkipped: report.skipped.length });
    expect(report.skipped).toEqual([
      {
        file: 'src/broken.js',
        reason: 'parse-error',
        detail: expect.stringMatching(/expected/i),
        line: 4,
        column: expect.any(Number),
      },
      ...(process.platform !== 'win32'
        ? [{ file: 'src/events.js', reason: 'not-a-file', detail: 'not a regular file', line: null, column: null }]
        : []),
      { file: 'src/link.js', reason: 'unreadable', detail: 'dangling symbolic link', line: null, column: null },
      { file: 'src/logo.js', reason: 'binary', detail: 'contains NUL bytes (binary, or UTF-16 without a byte order mark)', line: null, column: null },
      { file: 'src/prices.generated.js', reason: 'too-large', detail: '2.5 KiB, over the 2.0 KiB limit', line: null, column: null },
    ]);
    expect(report.verdict.complete).toBe(false);
  });

  it('names them in pretty output and qualifies the verdict', () => {
    const run = runCli(['--max-file-size', '2kb'], { cwd: project });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Skipped files\n {2}src\/broken\.js:4:\d+ {2}parse error: /);
    expect(run.stdout).toContain('  src/logo.js  binary: contains NUL bytes (binary, or UTF-16 without a byte order mark)');
    expect(run.stdout).toContain('  src/prices.generated.js  too large: 2.5 KiB, over the 2.0 KiB limit');
    expect(run.stdout).toContain('  src/link.js  unreadable: dangling symbolic link');
    expect(run.stdout).toMatch(/\d files were skipped: the estimate covers the scanned code only\./);
  });

  it('exits 2 when every file is skipped', () => {
    const run = runCli(['src/logo.js', 'src/broken.js'], { cwd: project });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('every file was skipped; nothing was scanned');
  });
});

describe('what is scanned', () => {
  it('skips node_modules, build output, .gitignored and --ignore files', () => {
    const project = path.join(tmp, 'ignores');
    cpSync(path.join(fixtures, 'saq-d'), project, { recursive: true });
    mkdirSync(path.join(project, '.git'));
    writeFileSync(path.join(project, '.gitignore'), '/server/\n');
    writeFileSync(path.join(project, 'app.js'), "export const port = Number(process.env.PORT ?? 3000);\n");
    cpSync(path.join(fixtures, 'saq-d/server'), path.join(project, 'node_modules/pay/server'), { recursive: true });
    cpSync(path.join(fixtures, 'saq-d/server'), path.join(project, 'dist/server'), { recursive: true });
    cpSync(path.join(fixtures, 'saq-d/server'), path.join(project, 'build/server'), { recursive: true });
    const { code, report } = runJson(['--ignore', 'public/legacy.js'], { cwd: project });
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.stats.filesScanned).toBe(1);
    const all = runJson(['--no-gitignore'], { cwd: project });
    expect(all.report.stats.filesScanned).toBe(3);
    const explicit = runJson(['node_modules/pay', 'dist'], { cwd: project });
    expect(explicit.report.stats.filesScanned).toBe(2);
  });

  it('decodes UTF-16 files that start with a byte order mark (Visual Studio saves some views so): positions in characters', () => {
    const project = path.join(tmp, 'utf16');
    mkdirSync(path.join(project, 'Views/Checkout'), { recursive: true });
    mkdirSync(path.join(project, 'src'), { recursive: true });
    const view = [
      '@model CheckoutModel',
      '<form asp-action="Pay" method="post">',
      '  <label for="cc">Número de cartão — Card number</label>',
      '  <input id="cc" type="text" />',
      '</form>',
      '',
    ].join('\r\n');
    writeFileSync(path.join(project, 'Views/Checkout/Pay.cshtml'), Buffer.from(`\ufeff${view}`, 'utf16le'));
    const script = "export function pay(req) {\n  console.log('paying with', req.body.cardNumber);\n}\n";
    writeFileSync(path.join(project, 'src/pay.js'), Buffer.from(`\ufeff${script}`, 'utf16le').swap16());
    writeFileSync(path.join(project, 'src/broken.js'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('const a = 1;\n', 'utf16le'), Buffer.from([0x00, 0xd8])]));
    const { code, report } = runJson(['--preset', 'all'], { cwd: project });
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.file, ruleOf(f), f.line, f.column, f.endLine, f.endColumn])).toEqual([
      ['Views/Checkout/Pay.cshtml', 'no-raw-card-inputs', 4, 3, 4, 9],
      ['src/pay.js', 'no-card-data-logging', 2, 30, 2, 49],
    ]);
    // A lone surrogate past the first bytes: the byte order mark promised UTF-16 text that is not.
    expect(report.skipped).toEqual([{ file: 'src/broken.js', reason: 'binary', detail: 'does not decode as UTF-16LE, which its byte order mark says it is', line: null, column: null }]);
    expect(report.stats.filesScanned).toBe(2);
  });
});

describe('suppressed findings', () => {
  it('honours eslint-disable comments, reports them as suppressed, and counts them with --no-inline-config', () => {
    const honoured = runJson([], at('suppressed'));
    expect(honoured.code).toBe(0);
    expect(honoured.report.findings).toEqual([]);
    expect(honoured.report.verdict).toMatchObject({ saq: 'A', complete: false });
    expect(honoured.report.suppressed).toContainEqual(
      expect.objectContaining({ ruleId: 'stripe-pci/no-raw-card-data', suppressions: ['test-mode fixture for the docs'] }),
    );
    const counted = runJson(['--no-inline-config'], at('suppressed'));
    expect(counted.code).toBe(1);
    expect(counted.report.verdict.saq).toBe('D');
    expect(counted.report.findings.map(ruleOf)).toContain('no-raw-card-data');
  });
});
