import type { TSESLint } from '@typescript-eslint/utils';
import noCardDataLogging from './no-card-data-logging.js';
import noHardcodedStripeKey from './no-hardcoded-stripe-key.js';
import noRawCardData from './no-raw-card-data.js';
import noRawCardInputs from './no-raw-card-inputs.js';
import noSensitiveCardStorage from './no-sensitive-card-storage.js';
import noStripeJsV2 from './no-stripe-js-v2.js';
import noWeakTls from './no-weak-tls.js';
import requireHttpsStripeUrls from './require-https-stripe-urls.js';
import requireStripeCsp from './require-stripe-csp.js';
import requireWebhookSignature from './require-webhook-signature.js';

// One line per rule, sorted. The presets are computed from each rule's meta.docs (src/configs.ts).
export const rules = {
  'no-card-data-logging': noCardDataLogging,
  'no-hardcoded-stripe-key': noHardcodedStripeKey,
  'no-raw-card-data': noRawCardData,
  'no-raw-card-inputs': noRawCardInputs,
  'no-sensitive-card-storage': noSensitiveCardStorage,
  'no-stripe-js-v2': noStripeJsV2,
  'no-weak-tls': noWeakTls,
  'require-https-stripe-urls': requireHttpsStripeUrls,
  'require-stripe-csp': requireStripeCsp,
  'require-webhook-signature': requireWebhookSignature,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;

export type RuleName = keyof typeof rules;
