// Formatters on a synthetic scan report, so that they are covered whatever rules are in the registry.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJsonReport } from '../../src/cli/format/json.js';
import { createStyle, excerpt, formatPretty } from '../../src/cli/format/pretty.js';
import { formatSarif } from '../../src/cli/format/sarif.js';
import { saqImpactOf, saqVerdict } from '../../src/cli/saq.js';
import type { Finding, ScanReport } from '../../src/cli/scan.js';
import { validateSarif } from './sarif-schema.js';

let cwd: string;
let report: ScanReport;
const docs = (rule: string) => `https://github.com/stripe-pci/eslint-plugin-stripe-pci/blob/main/docs/rules/${rule}.md`;

function finding(rule: string, file: string, line: number, column: number, extra: Partial<Finding> = {}): Finding {
  return {
    rule,
    messageId: extra.messageId,
    severity: 'error',
    message: `${rule} says so`,
    file: path.join(cwd, file),
    line,
    column,
    endLine: line,
    endColumn: column + 5,
    impact: saqImpactOf(rule, extra.messageId),
    ...extra,
  };
}

beforeAll(() => {
  cwd = mkdtempSync(path.join(tmpdir(), 'stripe-pci-format-'));
  mkdirSync(path.join(cwd, 'server'));
  writeFileSync(
    path.join(cwd, 'server/pay.js'),
    [
      "const stripe = require('stripe')(key);",
      'async function pay(req) {',
      '\treturn stripe.tokens.create({ card: { number: req.body.cardNumber } });',
      '}',
      `const long = '${'x'.repeat(150)}' + stripe.tokens.create({ card: { number: n } });`,
    ].join('\n'),
  );
  const findings = [
    finding('no-raw-card-data', 'server/pay.js', 3, 9, { messageId: 'rawCardData' }),
    finding('no-raw-card-data', 'server/pay.js', 5, 160, { messageId: 'rawCardData' }),
    finding('no-raw-card-data', 'server/pay.js', 5, 170, { messageId: 'rawCardData' }),
    finding('no-stripe-js-v2', 'web/v2.js', 1, 1, { messageId: 'stripeJsV2Api' }),
    finding('no-weak-tls', 'server/agent.js', 2, 3),
    ...Array.from({ length: 12 }, (_, i) => finding('no-card-data-logging', 'server/log.js', i + 1, 1)),
  ];
  const suppressed = [finding('no-raw-card-data', 'scripts/seed.js', 4, 3, { suppressions: ['test-mode seed'] })];
  const rules = Object.fromEntries(
    ['no-card-data-logging', 'no-raw-card-data', 'no-stripe-js-v2', 'no-weak-tls'].map((r) => [
      r,
      { description: `Disallow things of ${r}`, url: docs(r), impacts: [saqImpactOf(r, r === 'no-stripe-js-v2' ? 'stripeJsV2Api' : undefined)] },
    ]),
  );
  report = {
    cwd,
    preset: 'recommended',
    eslintVersion: '10.0.0',
    concurrency: 'off',
    filesScanned: 4,
    findings,
    suppressed,
    skipped: [
      { file: path.join(cwd, 'server/broken.ts'), reason: 'parse-error', detail: "',' expected.", line: 7, column: 3 },
      { file: path.join(cwd, 'assets/font.js'), reason: 'binary', detail: 'contains NUL bytes (binary, or UTF-16 without a byte order mark)' },
      { file: path.join(path.dirname(cwd), 'elsewhere.js'), reason: 'too-large', detail: '3.0 MiB, over the 1.0 MiB limit' },
    ],
    verdict: saqVerdict(findings),
    durationMs: 120,
    lintDurationMs: 100,
    rules,
  };
});

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe('excerpt', () => {
  it('shows the line with a caret under the column, tabs as spaces', () => {
    expect(excerpt('\treturn x;', 2)).toEqual([' return x;', ' ^']);
  });

  it('cuts long lines around the column and keeps the caret on the same character', () => {
    const line = `${'a'.repeat(200)}TARGET${'b'.repeat(200)}`;
    const [shown, caret] = excerpt(line, 201);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.slice(caret.length - 1, caret.length - 1 + 6)).toBe('TARGET');
  });
});

describe('pretty', () => {
  it('groups findings by rule (D first), with excerpts, summary, skipped, suppressed and the verdict last', () => {
    const out = formatPretty(report, createStyle(false));
    expect(out).toContain('no-raw-card-data (SAQ D) · 3 findings\n  server/pay.js:3:9  no-raw-card-data says so\n');
    expect(out).toContain(`    3 │  return stripe.tokens.create({ card: { number: req.body.cardNumber } });\n${' '.repeat(16)}^\n`);
    expect(out.indexOf('no-card-data-logging (SAQ D)')).toBeLessThan(out.indexOf('no-stripe-js-v2 (SAQ A-EP)'));
    expect(out.indexOf('no-stripe-js-v2 (SAQ A-EP)')).toBeLessThan(out.indexOf('no-weak-tls (requirement)'));
    expect(out).toContain(`  docs: ${docs('no-raw-card-data')}\n`);
    expect(out).toMatch(/Summary\n {2}rule +findings +SAQ effect\n {2}no-card-data-logging +12 +SAQ D\n/);
    expect(out).toContain('  4 files scanned · 3 skipped · 17 findings (17 errors, 0 warnings) · 1 suppressed in source\n');
    expect(out).toContain("Skipped files\n  server/broken.ts:7:3  parse error: ',' expected.\n");
    expect(out).toContain(`  ${path.join(path.dirname(cwd), 'elsewhere.js').split(path.sep).join('/')}  too large: 3.0 MiB, over the 1.0 MiB limit\n`);
    expect(out).toContain('Suppressed in source (not counted; --no-inline-config counts them)\n  scripts/seed.js:4:3  no-raw-card-data — test-mode seed\n');
    const verdict = out.slice(out.indexOf('Estimated SAQ: D'));
    expect(verdict).toContain('  Decided by:\n    no-raw-card-data  server/pay.js:3  sends card numbers');
    expect(verdict).toContain('    … and 4 more (listed above)\n'); // 14 places: server/pay.js:5 once
    expect(verdict.match(/server\/pay\.js:5 /g)).toHaveLength(1);
    expect(verdict).toContain('  Also pointing away from SAQ A:\n    no-stripe-js-v2  web/v2.js:1  tokenises card data with Stripe.js v1/v2');
    expect(verdict).toContain('  Requirement findings (the SAQ type stays, the requirements are broken):\n    no-weak-tls  server/agent.js:2');
    expect(verdict).toContain('3 files were skipped: the estimate covers the scanned code only.');
    expect(verdict).toContain('1 finding is suppressed by comments in the code and not counted.');
    expect(out.endsWith('not only this code.\n')).toBe(true);
    expect(out).not.toContain('\u001b[');
  });

  it('colours only when asked', () => {
    expect(formatPretty(report, createStyle(true))).toContain('\u001b[1m\u001b[31mD\u001b[39m\u001b[22m');
  });
});

describe('json', () => {
  it('has the documented shape with relative paths', () => {
    const json = toJsonReport(report);
    expect(Object.keys(json)).toEqual(['schemaVersion', 'tool', 'cwd', 'verdict', 'findings', 'suppressed', 'skipped', 'stats']);
    expect(json.schemaVersion).toBe(1);
    expect(json.findings[0]).toEqual({
      ruleId: 'stripe-pci/no-raw-card-data',
      rule: 'no-raw-card-data',
      messageId: 'rawCardData',
      severity: 'error',
      message: 'no-raw-card-data says so',
      file: 'server/pay.js',
      line: 3,
      column: 9,
      endLine: 3,
      endColumn: 14,
      saqImpact: 'D',
      helpUrl: docs('no-raw-card-data'),
    });
    expect(json.suppressed[0]).toMatchObject({ file: 'scripts/seed.js', suppressions: ['test-mode seed'] });
    expect(json.verdict).toMatchObject({ saq: 'D', estimate: true, complete: false });
    expect(json.verdict.decisive).toHaveLength(15);
    expect(json.verdict.decisive[0]).toEqual({
      ruleId: 'stripe-pci/no-raw-card-data',
      messageId: 'rawCardData',
      file: 'server/pay.js',
      line: 3,
      column: 9,
      saqImpact: 'D',
      why: expect.stringMatching(/^sends card numbers/),
    });
    expect(json.skipped[1]).toEqual({ file: 'assets/font.js', reason: 'binary', detail: 'contains NUL bytes (binary, or UTF-16 without a byte order mark)', line: null, column: null });
    expect(json.stats).toEqual({
      filesScanned: 4,
      filesSkipped: 3,
      filesScannedInPart: 0,
      errorCount: 17,
      warningCount: 0,
      suppressedCount: 1,
      durationMs: 120,
      filesPerSecond: 40,
      concurrency: 'off',
    });
  });
});

describe('sarif', () => {
  it('is valid SARIF 2.1.0 with suppressions, notifications and files outside the scan root', () => {
    const log = JSON.parse(formatSarif(report));
    expect(validateSarif(log)).toEqual([]);
    const [run] = log.runs;
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
    expect(run.results).toHaveLength(18);
    const suppressedResult = run.results.at(-1);
    expect(suppressedResult.suppressions).toEqual([{ kind: 'inSource', justification: 'test-mode seed' }]);
    expect(suppressedResult.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'scripts/seed.js', uriBaseId: '%SRCROOT%' });
    const outside = run.invocations[0].toolExecutionNotifications.find((n: { descriptor: { id: string } }) => n.descriptor.id === 'skipped/too-large');
    expect(outside.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^file:\/\/.*elsewhere\.js$/);
    const tls = run.tool.driver.rules.find((r: { id: string }) => r.id === 'stripe-pci/no-weak-tls');
    expect(tls.properties).toMatchObject({ 'security-severity': '7.0', tags: ['security', 'pci-dss', 'saq-requirement'] });
    const raw = run.tool.driver.rules.find((r: { id: string }) => r.id === 'stripe-pci/no-raw-card-data');
    expect(raw).toMatchObject({ helpUri: docs('no-raw-card-data'), properties: { 'security-severity': '9.0', precision: 'high' } });
    expect(run.properties).toMatchObject({ saq: 'D', filesScanned: 4, filesSkipped: 3, filesScannedInPart: 0 });
  });
});

describe('files scanned in part', () => {
  // A page whose markup and other scripts were scanned, one script of which does not parse: counted among the files
  // scanned, listed apart from the files skipped whole.
  const partly = (): ScanReport => ({
    ...report,
    filesScanned: 5,
    skipped: [
      ...report.skipped,
      { file: path.join(cwd, 'views/checkout.html'), reason: 'script-parse-error', detail: 'Unexpected token ; (the rest of the file was scanned)', line: 12, column: 17 },
    ],
  });

  it('pretty: the summary counts them among the scanned files, the list names the script, the verdict says so', () => {
    const out = formatPretty(partly(), createStyle(false));
    expect(out).toContain('  5 files scanned (1 in part) · 3 skipped · 17 findings (17 errors, 0 warnings) · 1 suppressed in source\n');
    expect(out).toContain('Skipped files and scripts\n');
    expect(out).toContain('  views/checkout.html:12:17  a script does not parse: Unexpected token ; (the rest of the file was scanned)\n');
    expect(out).toContain('3 files were skipped and 1 file was scanned in part (a script does not parse): the estimate covers the scanned code only.');
  });

  it('pretty: only scripts skipped', () => {
    const only = { ...partly(), skipped: partly().skipped.slice(3) };
    const out = formatPretty(only, createStyle(false));
    expect(out).toContain('  5 files scanned (1 in part) · 0 skipped · ');
    expect(out).toContain('Skipped scripts\n  views/checkout.html:12:17');
    expect(out).toContain('  1 file was scanned in part (a script does not parse): the estimate covers the scanned code only.');
  });

  it('json and sarif: filesSkipped counts the files skipped whole, filesScannedInPart the others; the verdict is not complete', () => {
    const json = toJsonReport(partly());
    expect(json.stats).toMatchObject({ filesScanned: 5, filesSkipped: 3, filesScannedInPart: 1 });
    expect(json.verdict.complete).toBe(false);
    expect(json.skipped[3]).toEqual({
      file: 'views/checkout.html',
      reason: 'script-parse-error',
      detail: 'Unexpected token ; (the rest of the file was scanned)',
      line: 12,
      column: 17,
    });
    const log = JSON.parse(formatSarif(partly()));
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0].properties).toMatchObject({ filesScanned: 5, filesSkipped: 3, filesScannedInPart: 1 });
    const note = log.runs[0].invocations[0].toolExecutionNotifications.find((n: { descriptor: { id: string } }) => n.descriptor.id === 'skipped/script-parse-error');
    expect(note.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'views/checkout.html', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 17 },
    });
  });
});
