import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../index.js';
import { SAQ_TABLE, type SaqFinding, type SaqImpact, saqImpactOf, saqRowFor, saqVerdict, UNKNOWN_ROW_WHY } from '../../src/cli/saq.js';
import { root } from './run-cli.js';

const finding = (rule: string, messageId?: string, file = 'src/a.ts', line = 1): SaqFinding => ({
  rule,
  messageId,
  file,
  line,
  column: 1,
  message: `${rule} message`,
});

describe('SAQ table', () => {
  it('has at most one row per (rule, messageId) and one rule-wide row per rule', () => {
    const keys = SAQ_TABLE.map((row) => `${row.rule}:${row.messageId ?? '*'}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('maps the card-data rules to D, Stripe.js v2 tokenisation to A-EP, legacy Checkout to a requirement', () => {
    expect(saqImpactOf('no-raw-card-data', 'anything')).toBe('D');
    expect(saqImpactOf('no-raw-card-inputs')).toBe('D');
    expect(saqImpactOf('no-sensitive-card-storage')).toBe('D');
    expect(saqImpactOf('no-card-data-logging')).toBe('D');
    expect(saqImpactOf('no-stripe-js-v2', 'stripeJsV2Api')).toBe('A-EP');
    expect(saqImpactOf('no-stripe-js-v2', 'stripeJsV2Script')).toBe('A-EP');
    expect(saqImpactOf('no-stripe-js-v2', 'jqueryPayment')).toBe('A-EP');
    expect(saqImpactOf('no-stripe-js-v2', 'legacyCheckout')).toBe('requirement');
    for (const rule of ['require-https-stripe-urls', 'no-hardcoded-stripe-key', 'require-webhook-signature', 'require-stripe-csp', 'no-weak-tls']) {
      expect(saqImpactOf(rule)).toBe('requirement');
    }
  });

  it('treats an unknown rule or an unknown messageId of a per-message rule as a requirement finding', () => {
    expect(saqRowFor('some-future-rule')).toBeUndefined();
    expect(saqImpactOf('some-future-rule')).toBe('requirement');
    expect(saqImpactOf('no-stripe-js-v2', 'someNewMessage')).toBe('requirement');
    expect(saqImpactOf('no-stripe-js-v2')).toBe('requirement');
  });
});

// Cross-check the table against the rule registry, both ways.
describe('SAQ table against the rule registry', () => {
  const registry = rules as Record<string, { meta: { docs?: { saq?: string }; messages: Record<string, string> } }>;
  const fromDocs: Record<string, SaqImpact> = { D: 'D', 'A-EP': 'A-EP', 'A-requirement': 'requirement' };
  const rank: Record<SaqImpact, number> = { requirement: 0, 'A-EP': 1, D: 2 };

  const present = Object.keys(registry);
  const messageRows = SAQ_TABLE.filter((row) => row.messageId !== undefined).map((r) => [r.rule, r.messageId]);

  it.each(present)('%s has rows, and its meta.docs.saq is the strongest effect of its rows', (name) => {
    const rows = SAQ_TABLE.filter((row) => row.rule === name);
    expect(rows.length).toBeGreaterThan(0);
    const strongest = rows.map((r) => r.effect).reduce((a, b) => (rank[b] > rank[a] ? b : a));
    expect(fromDocs[registry[name]!.meta.docs?.saq ?? '']).toBe(strongest);
  });

  it.each(messageRows)(
    '%s reports messageId %s',
    (name, messageId) => {
      expect(Object.keys(registry[name as string]!.meta.messages)).toContain(messageId);
    },
  );
});

describe('saqVerdict', () => {
  it('is A with no findings', () => {
    const v = saqVerdict([]);
    expect(v.saq).toBe('A');
    expect(v.decisive).toEqual([]);
    expect(v.requirements).toEqual([]);
    expect(v.summary).toMatch(/consistent with SAQ A/);
  });

  it('stays A with requirement findings only, and lists them', () => {
    const v = saqVerdict([finding('no-weak-tls'), finding('no-stripe-js-v2', 'legacyCheckout', 'web/pay.js', 4)]);
    expect(v.saq).toBe('A');
    expect(v.decisive).toEqual([]);
    expect(v.requirements.map((e) => [e.finding.rule, e.finding.file, e.finding.line])).toEqual([
      ['no-weak-tls', 'src/a.ts', 1],
      ['no-stripe-js-v2', 'web/pay.js', 4],
    ]);
  });

  it('is A-EP when Stripe.js v2 tokenises on the page, with the v2 findings as evidence', () => {
    const v = saqVerdict([finding('no-stripe-js-v2', 'stripeJsV2Script', 'views/pay.js', 3), finding('no-hardcoded-stripe-key')]);
    expect(v.saq).toBe('A-EP');
    expect(v.decisive.map((e) => [e.finding.file, e.finding.line, e.effect])).toEqual([['views/pay.js', 3, 'A-EP']]);
    expect(v.decisive[0]?.why).toMatch(/Stripe\.js v1\/v2/);
    expect(v.alsoRaising).toEqual([]);
    expect(v.requirements.map((e) => e.finding.rule)).toEqual(['no-hardcoded-stripe-key']);
    expect(v.summary).toBe('Card data is handled on your own page (Stripe.js v1/v2 tokenises it): the scanned code points to SAQ A-EP rather than SAQ A.');
  });

  it("names in its summary what the A-EP findings show the page doing, each once (batch 309: jquery.payment alone)", () => {
    expect(saqVerdict([finding('no-stripe-js-v2', 'jqueryPayment', 'app/card.js', 9)]).summary).toBe(
      'Card data is handled on your own page (jquery.payment formats or validates your own card fields): the scanned code points to SAQ A-EP rather than SAQ A.',
    );
    const v = saqVerdict([
      finding('no-raw-card-inputs', 'cardInputReadInPage', 'views/pay.html', 12),
      finding('no-stripe-js-v2', 'stripeJsV2Api', 'public/pay.js', 3),
      finding('no-stripe-js-v2', 'stripeJsV2Script', 'views/pay.html', 2),
      finding('no-stripe-js-v2', 'legacyCheckout', 'views/old.html', 5),
    ]);
    expect(v.summary).toBe(
      'Card data is handled on your own page (a script reads your own card inputs; Stripe.js v1/v2 tokenises it): the scanned code points to SAQ A-EP rather than SAQ A.',
    );
  });

  it('is D when card data reaches the merchant, keeping A-EP findings as secondary evidence', () => {
    const v = saqVerdict([
      finding('no-stripe-js-v2', 'stripeJsV2Api', 'public/legacy.js', 2),
      finding('no-raw-card-data', 'rawCardData', 'server/pay.js', 11),
      finding('no-card-data-logging', undefined, 'server/pay.js', 14),
      finding('require-https-stripe-urls'),
    ]);
    expect(v.saq).toBe('D');
    expect(v.decisive.map((e) => `${e.finding.rule}@${e.finding.file}:${e.finding.line}`)).toEqual([
      'no-raw-card-data@server/pay.js:11',
      'no-card-data-logging@server/pay.js:14',
    ]);
    expect(v.alsoRaising.map((e) => e.finding.rule)).toEqual(['no-stripe-js-v2']);
    expect(v.requirements.map((e) => e.finding.rule)).toEqual(['require-https-stripe-urls']);
    expect(v.summary).toMatch(/SAQ D/);
  });

  it('gives unknown rules the requirement effect and a generic reason', () => {
    const v = saqVerdict([finding('brand-new-rule')]);
    expect(v.saq).toBe('A');
    expect(v.requirements[0]).toMatchObject({ effect: 'requirement', why: UNKNOWN_ROW_WHY });
  });
});

describe('docs/saq.md', () => {
  const doc = readFileSync(path.join(root, 'docs/saq.md'), 'utf8');
  const label: Record<SaqImpact, string> = { D: 'D', 'A-EP': 'A-EP', requirement: 'requirement' };

  it.each(SAQ_TABLE.map((row) => [row.rule, row.messageId ?? '(any)', row.effect] as const))(
    'documents %s / %s → %s',
    (rule, messageId, effect) => {
      const line = doc.split('\n').find((l) => l.startsWith(`| \`${rule}\``) && l.includes(messageId === '(any)' ? 'any' : `\`${messageId}\``));
      expect(line, `row for ${rule} ${messageId}`).toBeDefined();
      expect(line).toContain(`| ${label[effect]} |`);
    },
  );

  it('says the verdict is an estimate', () => {
    expect(doc).toMatch(/estimate/i);
    expect(doc).toMatch(/not a PCI DSS assessment/i);
  });
});
