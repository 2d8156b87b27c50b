import type { TSESLint } from '@typescript-eslint/utils';
import requireHttpsStripeUrls from './require-https-stripe-urls.js';

// One line per rule, sorted. The presets are computed from each rule's meta.docs (src/configs.ts).
export const rules = {
  'require-https-stripe-urls': requireHttpsStripeUrls,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;

export type RuleName = keyof typeof rules;
