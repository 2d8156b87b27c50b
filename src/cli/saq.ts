// The SAQ estimate: ONE table from (rule, messageId) to what a finding means for the merchant's PCI DSS
// self-assessment questionnaire, and the verdict computed from findings. Documented in docs/saq.md
// (tests/cli/saq.test.ts keeps the page, the table and the rules' `meta.docs.saq` in step).

/** Questionnaires the scanner can estimate, from the simplest to the fullest. */
export type SaqType = 'A' | 'A-EP' | 'D';

/**
 * What one finding does to the estimate: `D` and `A-EP` raise the SAQ type; `requirement` leaves the type
 * alone but breaks a requirement that every SAQ (A included) asks for.
 */
export type SaqImpact = 'D' | 'A-EP' | 'requirement';

export interface SaqRow {
  readonly rule: string;
  /** Omitted: the row covers every messageId of the rule not named in a more specific row. */
  readonly messageId?: string;
  readonly effect: SaqImpact;
  /** Why, in a sentence that completes "This finding ..." (shown in the verdict and in docs/saq.md). */
  readonly why: string;
}

export const SAQ_TABLE: readonly SaqRow[] = [
  {
    rule: 'no-raw-card-data',
    messageId: 'rawCardToOwnServer',
    effect: 'D',
    why: 'sends card numbers or CVCs in a request from your own code (to your server or another service), so card data passes through your systems',
  },
  {
    rule: 'no-raw-card-data',
    messageId: 'rawCardInUrl',
    effect: 'D',
    why: "puts card numbers or CVCs in a URL your pages or servers navigate to, so card data reaches your servers and their logs and the browser's history",
  },
  {
    rule: 'no-raw-card-data',
    messageId: 'rawCardInMessage',
    effect: 'D',
    why: 'sends card numbers or CVCs in a chat message, an e-mail or a text message from your own code, so card data passes through your systems and the messaging service',
  },
  {
    rule: 'no-raw-card-data',
    messageId: 'rawCardToGateway',
    effect: 'D',
    why: "hands card numbers or CVCs to another payment gateway's server SDK from your own code, so card data passes through your servers",
  },
  {
    rule: 'no-raw-card-data',
    effect: 'D',
    why: 'sends card numbers, CVCs or expiry dates from your own code to Stripe, so card data passes through your systems',
  },
  {
    rule: 'no-raw-card-inputs',
    messageId: 'cardInputReadInPage',
    effect: 'A-EP',
    why: 'collects card data in your own page inputs that a script on the page tokenises (Stripe.js v2) or encrypts, without posting them',
  },
  {
    rule: 'no-raw-card-inputs',
    effect: 'D',
    why: 'collects card data in your own page inputs instead of Stripe-hosted fields',
  },
  {
    rule: 'no-sensitive-card-storage',
    effect: 'D',
    why: 'stores a card number or CVC, which puts your storage in the cardholder data environment',
  },
  {
    rule: 'no-card-data-logging',
    effect: 'D',
    why: 'writes a card number or CVC to logs, error trackers or analytics, which puts them in the cardholder data environment',
  },
  {
    rule: 'no-stripe-js-v2',
    messageId: 'stripeJsV2Api',
    effect: 'A-EP',
    why: 'tokenises card data with Stripe.js v1/v2 on your own page',
  },
  {
    rule: 'no-stripe-js-v2',
    messageId: 'stripeJsV2Script',
    effect: 'A-EP',
    why: 'loads Stripe.js v1/v2, which tokenises card data on your own page',
  },
  {
    rule: 'no-stripe-js-v2',
    messageId: 'jqueryPayment',
    effect: 'A-EP',
    why: 'handles card fields on your own page with jquery.payment (the Stripe.js v2 companion)',
  },
  {
    rule: 'no-stripe-js-v2',
    messageId: 'legacyCheckout',
    effect: 'requirement',
    why: 'uses the retired checkout.js modal; card entry stays in a Stripe iframe, but the integration is unsupported',
  },
  {
    rule: 'require-https-stripe-urls',
    effect: 'requirement',
    why: 'talks to Stripe or sends customers to payment pages over plain HTTP',
  },
  {
    rule: 'no-hardcoded-stripe-key',
    effect: 'requirement',
    why: 'ships a Stripe secret in source code or to the browser',
  },
  {
    rule: 'require-webhook-signature',
    effect: 'requirement',
    why: 'acts on webhook events without verifying Stripe’s signature',
  },
  {
    rule: 'require-stripe-csp',
    effect: 'requirement',
    why: 'sets a Content Security Policy that blocks Stripe.js or its frames',
  },
  {
    rule: 'no-weak-tls',
    effect: 'requirement',
    why: 'disables certificate checks or allows TLS below 1.2',
  },
];

/** Reason used for findings whose rule / messageId has no row (e.g. a rule newer than this table). */
export const UNKNOWN_ROW_WHY = 'is a PCI-relevant finding that this table does not classify further';

export interface SaqFinding {
  /** Rule name without the `stripe-pci/` prefix. */
  readonly rule: string;
  readonly messageId?: string | undefined;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** The row that decides a finding: the row naming its messageId, else the rule-wide row. */
export function saqRowFor(rule: string, messageId?: string): SaqRow | undefined {
  let ruleWide: SaqRow | undefined;
  for (const row of SAQ_TABLE) {
    if (row.rule !== rule) continue;
    if (row.messageId === undefined) ruleWide ??= row;
    else if (row.messageId === messageId) return row;
  }
  return ruleWide;
}

export function saqImpactOf(rule: string, messageId?: string): SaqImpact {
  return saqRowFor(rule, messageId)?.effect ?? 'requirement';
}

export interface SaqEvidence<F extends SaqFinding = SaqFinding> {
  readonly finding: F;
  readonly effect: SaqImpact;
  readonly why: string;
}

export interface SaqVerdict<F extends SaqFinding = SaqFinding> {
  /** Estimated questionnaire. */
  readonly saq: SaqType;
  /** One sentence: the estimate and the reason. */
  readonly summary: string;
  /** Findings that decided the type (the `D` ones for D, the `A-EP` ones for A-EP; empty for A). */
  readonly decisive: readonly SaqEvidence<F>[];
  /** Findings that would raise the type on their own but were outranked (A-EP findings under a D verdict). */
  readonly alsoRaising: readonly SaqEvidence<F>[];
  /** Findings that keep the type but break requirements of every SAQ. */
  readonly requirements: readonly SaqEvidence<F>[];
}

const RANK: Record<SaqImpact, number> = { requirement: 0, 'A-EP': 1, D: 2 };

/** Sentence per type; careful to present the result as an estimate. A-EP's names what the page does (`aepSummary`). */
const SUMMARY: Record<Exclude<SaqType, 'A-EP'>, string> = {
  A: 'No finding puts card data in your code, pages, storage or logs: the scanned code is consistent with SAQ A.',
  D: 'Card data reaches your own code, inputs, storage or logs: the scanned code points to SAQ D.',
};

/** What each kind of A-EP finding says the page does with card data, for the summary. */
const AEP_PAGE_WORK: Readonly<Record<string, string>> = {
  stripeJsV2Api: 'Stripe.js v1/v2 tokenises it',
  stripeJsV2Script: 'Stripe.js v1/v2 tokenises it',
  jqueryPayment: 'jquery.payment formats or validates your own card fields',
  cardInputReadInPage: 'a script reads your own card inputs',
};

/**
 * The A-EP sentence, naming what its findings show the page doing (batch 309: a page with jquery.payment alone was said
 * to tokenise with Stripe.js v2).
 */
function aepSummary(decisive: readonly SaqEvidence<SaqFinding>[]): string {
  const work = [...new Set(decisive.map((e) => AEP_PAGE_WORK[e.finding.messageId ?? ''] ?? 'a script handles it'))];
  return `Card data is handled on your own page (${work.join('; ')}): the scanned code points to SAQ A-EP rather than SAQ A.`;
}

export function saqVerdict<F extends SaqFinding>(findings: readonly F[]): SaqVerdict<F> {
  const evidence = findings.map((finding): SaqEvidence<F> => {
    const row = saqRowFor(finding.rule, finding.messageId);
    return { finding, effect: row?.effect ?? 'requirement', why: row?.why ?? UNKNOWN_ROW_WHY };
  });
  const top = evidence.reduce((max, e) => Math.max(max, RANK[e.effect]), 0);
  const saq: SaqType = top === RANK.D ? 'D' : top === RANK['A-EP'] ? 'A-EP' : 'A';
  const decisiveEffect: SaqImpact | undefined = saq === 'A' ? undefined : saq;
  const decisive = evidence.filter((e) => e.effect === decisiveEffect);
  return {
    saq,
    summary: saq === 'A-EP' ? aepSummary(decisive) : SUMMARY[saq],
    decisive,
    alsoRaising: evidence.filter((e) => e.effect !== 'requirement' && e.effect !== decisiveEffect),
    requirements: evidence.filter((e) => e.effect === 'requirement'),
  };
}
