import type { TSESLint } from '@typescript-eslint/utils';
import noCardDataLogging from './no-card-data-logging.js';
import noRawCardData from './no-raw-card-data.js';
import noSensitiveCardStorage from './no-sensitive-card-storage.js';

// One line per rule, sorted. The presets are computed from each rule's meta.docs (src/configs.ts).
export const rules = {
  'no-card-data-logging': noCardDataLogging,
  'no-raw-card-data': noRawCardData,
  'no-sensitive-card-storage': noSensitiveCardStorage,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;

export type RuleName = keyof typeof rules;
