import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
import { rememberPhysicalFilename } from '../analysis/file-cache.js';
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

/** Do two JSON values (what a rule schema accepts) have the same content? */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  let count = 0;
  for (const key in a) {
    if (!Object.hasOwn(a, key)) continue;
    if (!Object.hasOwn(b, key) || !sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
    count++;
  }
  for (const key in b) if (Object.hasOwn(b, key)) count--;
  return count === 0;
}

/** `value`, frozen all the way down (a rule's default options: compared by identity once frozen). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** How many distinct options a rule remembers (one per config block that sets it differently). */
const REMEMBERED_OPTIONS = 8;

/**
 * Do two option objects hold the same values by identity, key by key? ESLint's merge of a rule's `meta.defaultOptions`
 * (9.15+) makes new objects for every file, but takes each configured array and string as it is (it merges only
 * plain objects), so the option objects of two files with one config are alike so: a few comparisons, where comparing
 * contents walks every name of a long list (`inputComponents` under the strict preset) for every file.
 */
function sameValues(a: object, b: object): boolean {
  let count = 0;
  for (const key in a) {
    if (!Object.hasOwn(a, key)) continue;
    if (!Object.hasOwn(b, key) || (a as Record<string, unknown>)[key] !== (b as Record<string, unknown>)[key]) return false;
    count++;
  }
  for (const key in b) if (Object.hasOwn(b, key)) count--;
  return count === 0;
}

/**
 * The rule's options with its defaults applied, memoised: ESLint hands every file a fresh `context.options` array (and,
 * for a rule with `meta.defaultOptions`, fresh option objects: ESLint 9.15+ merges the defaults into new objects for
 * every file), so the merge (a `structuredClone` and a deep merge in `RuleCreator`) runs once per distinct options,
 * not once per file and rule. The options seen last are compared first: with the last object found equal to them, by
 * identity, then value by value (`sameValues`), then by content (they are JSON: the schema says so); that costs less
 * per file than serialising them. Rules never mutate options, and neither ESLint nor a config mutates an option
 * object once linting has started.
 */
export function memoisedDefaults(defaults: readonly unknown[]): (options: readonly unknown[]) => readonly unknown[] {
  const apply = (options: readonly unknown[]): readonly unknown[] => ESLintUtils.applyDefault(defaults, options) as readonly unknown[];
  let withoutOptions: readonly unknown[] | undefined;
  /**
   * Most recently used first: the configured first option (a copy), its merged options, and the last option object
   * found equal to it (the next file's is alike: see `sameValues`).
   */
  const recent: Array<{ first: unknown; merged: readonly unknown[]; last: object }> = [];
  return (options) => {
    const first = options[0];
    // No options configured: ESLint passes the rule's own (frozen) `meta.defaultOptions` objects.
    if (options.length === 0 || (options.length === 1 && first === defaults[0])) return (withoutOptions ??= apply([]));
    if (options.length > 1 || typeof first !== 'object' || first === null) return apply(options);
    for (let i = 0; i < recent.length; i++) {
      const entry = recent[i]!;
      if (entry.last !== first && !sameValues(entry.last, first) && !sameJson(entry.first, first)) continue;
      entry.last = first;
      if (i > 0) {
        recent.splice(i, 1);
        recent.unshift(entry);
      }
      return entry.merged;
    }
    const merged = apply(options);
    recent.unshift({ first: structuredClone(first), merged, last: first });
    if (recent.length > REMEMBERED_OPTIONS) recent.pop();
    return merged;
  };
}

type Context = Parameters<RuleSpec['create']>[0];

/**
 * A rule's `report` that drops a report repeating one already made in the file: the same message and data at the same
 * place. One value that reaches several sinks of a kind (a card object posted by each of three retries, logged twice)
 * is reported where it is written, once per sink: the same report each time (real-world batch EQ). For the card rules,
 * whose values reach sinks; one closure per file (a wrapped context costs a microsecond per rule and file).
 */
export function reportOnce<MessageIds extends string>(
  context: Readonly<{ report(descriptor: TSESLint.ReportDescriptor<MessageIds>): void }>,
): (descriptor: TSESLint.ReportDescriptor<MessageIds>) => void {
  // The reports made at each place, by where they end, message and data: a node's start (a shorthand property's key and
  // value are one place), or the text of the location it is reported at.
  let made: Map<number | string, Set<string>> | undefined;
  return (descriptor) => {
    const loc = 'loc' in descriptor && descriptor.loc ? JSON.stringify(descriptor.loc) : null;
    const range = loc === null && 'node' in descriptor ? descriptor.node.range : null;
    const place = loc ?? range?.[0] ?? '';
    let what = `${range?.[1] ?? ''}\u0000${descriptor.messageId}`;
    if (descriptor.data) for (const key in descriptor.data) what += `\u0000${key}\u0001${String((descriptor.data as Record<string, unknown>)[key])}`;
    made ??= new Map();
    const here = made.get(place);
    if (here?.has(what)) return;
    if (here) here.add(what);
    else made.set(place, new Set([what]));
    context.report(descriptor);
  };
}

/**
 * `RuleCreator`, plus a guard: on an HTML document (whose root @html-eslint/parser also calls `Program`) a rule
 * without `docs.markup` returns no listeners, so JS-only analysis never sees a non-ESTree tree. Options with their
 * defaults are computed once per options object (see `memoisedDefaults`). The analysis is told the file on disk.
 */
export const createRule: typeof baseCreateRule = (spec) => {
  const rule = baseCreateRule(spec);
  const withDefaults = memoisedDefaults(deepFreeze((spec.meta.defaultOptions ?? spec.defaultOptions ?? []) as readonly unknown[]));
  const markup = spec.meta.docs.markup === true;
  const create = spec.create as unknown as (context: Context, options: readonly unknown[]) => ReturnType<RuleSpec['create']>;
  return {
    ...rule,
    create: (context) => {
      if (!markup && isHtmlDocument(context.sourceCode)) return {};
      rememberPhysicalFilename(context.sourceCode, context.physicalFilename);
      return create(context, withDefaults(context.options));
    },
  };
};
