import type { TSESLint } from '@typescript-eslint/utils';
import requireStripeCsp from './require-stripe-csp.js';
import requireWebhookSignature from './require-webhook-signature.js';

// One line per rule, sorted. The presets are computed from each rule's meta.docs (src/configs.ts).
export const rules = {
  'require-stripe-csp': requireStripeCsp,
  'require-webhook-signature': requireWebhookSignature,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;

export type RuleName = keyof typeof rules;
