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

type RuleSpec = Parameters<typeof baseCreateRule>[0];

/**
 * The rule's options with its defaults applied, memoised: ESLint hands every file a fresh `context.options` array (and,
 * for a rule with `meta.defaultOptions`, fresh option objects), so the merge (a `structuredClone` and a deep merge in
 * `RuleCreator`) runs once per distinct options text, not once per file and rule. Rules never mutate options.
 */
function memoisedDefaults(defaults: readonly unknown[]): (options: readonly unknown[]) => readonly unknown[] {
  const apply = (options: readonly unknown[]): readonly unknown[] => ESLintUtils.applyDefault(defaults, options) as readonly unknown[];
  let withoutOptions: readonly unknown[] | undefined;
  const byFirstOption = new WeakMap<object, readonly unknown[]>();
  const byText = new Map<string, readonly unknown[]>();
  return (options) => {
    if (options.length === 0) return (withoutOptions ??= apply(options));
    const first = options[0];
    if (options.length > 1 || typeof first !== 'object' || first === null) return apply(options);
    let merged = byFirstOption.get(first);
    if (!merged) {
      // ESLint 9.15+ merges `meta.defaultOptions` into a new object for every file: the same options then arrive
      // as a new object each time. Options are JSON (the schema says so), so their text identifies them.
      const text = JSON.stringify(first);
      merged = byText.get(text);
      if (!merged) {
        merged = apply(options);
        if (byText.size < 64) byText.set(text, merged);
      }
      byFirstOption.set(first, merged);
    }
    return merged;
  };
}

/**
 * `RuleCreator`, plus a guard: on an HTML document (whose root @html-eslint/parser also calls `Program`) a rule
 * without `docs.markup` returns no listeners, so JS-only analysis never sees a non-ESTree tree. Options with their
 * defaults are computed once per options object (see `memoisedDefaults`).
 */
export const createRule: typeof baseCreateRule = (spec) => {
  const rule = baseCreateRule(spec);
  const withDefaults = memoisedDefaults((spec.meta.defaultOptions ?? spec.defaultOptions ?? []) as readonly unknown[]);
  const markup = spec.meta.docs.markup === true;
  const create = spec.create as unknown as (context: Parameters<RuleSpec['create']>[0], options: readonly unknown[]) => ReturnType<RuleSpec['create']>;
  return {
    ...rule,
    create: (context) => (!markup && isHtmlDocument(context.sourceCode) ? {} : create(context, withDefaults(context.options))),
  };
};
