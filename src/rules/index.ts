import type { TSESLint } from '@typescript-eslint/utils';
import noRawCardData from './no-raw-card-data.js';
import noRawCardInputs from './no-raw-card-inputs.js';
import noStripeJsV2 from './no-stripe-js-v2.js';

// One line per rule, sorted. The presets are computed from each rule's meta.docs (src/configs.ts).
export const rules = {
  'no-raw-card-data': noRawCardData,
  'no-raw-card-inputs': noRawCardInputs,
  'no-stripe-js-v2': noStripeJsV2,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;

export type RuleName = keyof typeof rules;
