// examples/shop: the legacy corner exercises every rule in the registry, the modern corner scans clean.
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { rules } from '../../index.js';
import type { JsonReport } from '../../src/cli/format/json.js';
import { ensureBuilt, root, runJson } from './run-cli.js';

vi.setConfig({ testTimeout: 60_000 });

const shop = path.join(root, 'examples/shop');
let legacy: { code: number | null; report: JsonReport };
let modern: { code: number | null; report: JsonReport };

beforeAll(() => {
  ensureBuilt();
  legacy = runJson(['--preset', 'all', 'legacy'], { cwd: shop });
  modern = runJson(['--preset', 'all', 'modern'], { cwd: shop });
}, 180_000);

describe('examples/shop', () => {
  it('scans every file of both corners, skipping none', () => {
    expect(legacy.report.skipped).toEqual([]);
    expect(modern.report.skipped).toEqual([]);
    expect(legacy.report.stats.filesScanned).toBeGreaterThanOrEqual(8);
    expect(modern.report.stats.filesScanned).toBeGreaterThanOrEqual(9);
  });

  it('modern/ (Payment Element, Checkout Sessions, verified webhook, Stripe-aware CSP) is clean: SAQ A', () => {
    expect(modern.report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual([]);
    expect(modern.code).toBe(0);
    expect(modern.report.verdict.saq).toBe('A');
  });

  it.each(Object.keys(rules))('legacy/ exercises %s', (rule) => {
    expect(legacy.report.findings.map((f) => f.rule)).toContain(rule);
  });

  it("legacy/server/charge.js: the raw card to Stripe, in the console and in the shop's order e-mail", () => {
    const charge = legacy.report.findings.filter((f) => f.file.endsWith('legacy/server/charge.js'));
    expect(charge.map((f) => `${f.ruleId}:${f.messageId}@${f.line}:${f.column}`)).toEqual([
      'stripe-pci/no-card-data-logging:panLogged@12:32',
      'stripe-pci/no-raw-card-data:rawCardToStripeApi@15:13',
      'stripe-pci/no-raw-card-data:rawCardToStripeApi@15:73',
      'stripe-pci/no-raw-card-data:rawCardInMessage@23:39',
    ]);
  });

  it('legacy/ points to SAQ D', () => {
    expect(legacy.code).toBe(1);
    expect(legacy.report.verdict.saq).toBe('D');
  });
});

describe('examples/shop/legacy/views/checkout.html (server-rendered Jinja page)', () => {
  it('is scanned with its inline scripts, and its findings sit on the right lines', () => {
    const page = legacy.report.findings.filter((f) => f.file.endsWith('views/checkout.html'));
    expect(page.map((f) => `${f.ruleId}:${f.messageId}@${f.line}:${f.column}`)).toEqual([
      'stripe-pci/require-stripe-csp:missingStripeSources@7:55',
      'stripe-pci/require-stripe-csp:missingStripeSources@7:55',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Script@8:16',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@10:5',
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@17:74',
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@18:44',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@25:7',
      'stripe-pci/require-https-stripe-urls:insecureStripeUrl@32:13',
    ]);
  });
});

describe('examples/shop/legacy/views/update-card.php (a plain PHP page)', () => {
  it('is scanned as markup with its PHP blocks blanked, and its findings sit on the right lines', () => {
    const page = legacy.report.findings.filter((f) => f.file.endsWith('views/update-card.php'));
    expect(page.map((f) => `${f.ruleId}:${f.messageId}@${f.line}:${f.column}`)).toEqual([
      'stripe-pci/no-stripe-js-v2:stripeJsV2Script@17:16',
      'stripe-pci/no-raw-card-inputs:rawCardInput@25:43',
      'stripe-pci/no-raw-card-inputs:rawCardInput@26:45',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@30:5',
    ]);
  });
});
