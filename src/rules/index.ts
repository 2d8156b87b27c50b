import type { TSESLint } from '@typescript-eslint/utils';
import noHardcodedStripeKey from './no-hardcoded-stripe-key.js';
import noRawCardData from './no-raw-card-data.js';
import noWeakTls from './no-weak-tls.js';
import requireHttpsStripeUrls from './require-https-stripe-urls.js';
import requireStripeCsp from './require-stripe-csp.js';
import requireWebhookSignature from './require-webhook-signature.js';

// One line per rule, sorted. The presets are computed from each rule's meta.docs (src/configs.ts).
export const rules = {
  'no-hardcoded-stripe-key': noHardcodedStripeKey,
  'no-raw-card-data': noRawCardData,
  'no-weak-tls': noWeakTls,
  'require-https-stripe-urls': requireHttpsStripeUrls,
  'require-stripe-csp': requireStripeCsp,
  'require-webhook-signature': requireWebhookSignature,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;

export type RuleName = keyof typeof rules;
