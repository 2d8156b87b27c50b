import { ESLintUtils } from '@typescript-eslint/utils';

/** PCI self-assessment questionnaire that a finding of this rule pushes the code towards. */
export type SaqEffect = 'D' | 'A-EP' | 'A-requirement';

export interface PluginDocs {
  /** Preset that enables the rule first: `recommended` (and so `strict`), or `strict` only. */
  recommended?: 'recommended' | 'strict';
  requiresTypeChecking?: boolean;
  /** What a finding of this rule means for the merchant's SAQ (see docs/saq.md). */
  saq?: SaqEffect;
  /** Options the `strict` preset passes instead of the rule's defaults. */
  strictOptions?: readonly unknown[];
}

export const REPO_URL = 'https://github.com/stripe-pci/eslint-plugin-stripe-pci';

export const docsUrl = (name: string): string => `${REPO_URL}/blob/main/docs/rules/${name}.md`;

export const createRule = ESLintUtils.RuleCreator<PluginDocs>(docsUrl);
