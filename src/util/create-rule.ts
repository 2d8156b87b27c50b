import { ESLintUtils } from '@typescript-eslint/utils';
import { isHtmlDocument } from '../analysis/markup.js';

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
  /** The rule also checks HTML documents (@html-eslint/parser) and Vue templates; others do nothing on HTML. */
  markup?: boolean;
}

export const REPO_URL = 'https://github.com/stripe-pci/eslint-plugin-stripe-pci';

export const docsUrl = (name: string): string => `${REPO_URL}/blob/main/docs/rules/${name}.md`;

const baseCreateRule = ESLintUtils.RuleCreator<PluginDocs>(docsUrl);

/**
 * `RuleCreator`, plus a guard: on an HTML document (whose root @html-eslint/parser also calls `Program`) a rule
 * without `docs.markup` returns no listeners, so JS-only analysis never sees a non-ESTree tree.
 */
export const createRule: typeof baseCreateRule = (spec) => {
  const rule = baseCreateRule(spec);
  if (spec.meta.docs.markup) return rule;
  const create = rule.create;
  return { ...rule, create: (context) => (isHtmlDocument(context.sourceCode) ? {} : create(context)) };
};
