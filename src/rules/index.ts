import type { TSESLint } from '@typescript-eslint/utils';
import noRawCardData from './no-raw-card-data.js';

// One line per rule, sorted. The presets are computed from each rule's meta.docs (src/configs.ts).
export const rules = {
  'no-raw-card-data': noRawCardData,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;

export type RuleName = keyof typeof rules;
