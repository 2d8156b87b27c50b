// The RuleTester every rule test gets. vitest.config.ts aliases `@typescript-eslint/rule-tester` to this file, so
// `import { RuleTester } from '@typescript-eslint/rule-tester'` in tests/rules/*.test.ts lands here unchanged.
//
// On top of @typescript-eslint/rule-tester (which already checks that each fix pass and each suggestion parses),
// every invalid case with a fix or suggestions gets one more test that checks, for what the rule actually produced:
//  - fix: the final output parses, and linting it again with the rule fixes nothing (a fixed point);
//  - suggestion: its output parses, and the rule offers that suggestion once less than before (a suggestion
//    still offered as often after being applied would rewrite its own output if applied again);
//  - every output, linted with configs.all (all our rules together), throws nothing.
import type * as RuleTesterModule from '@typescript-eslint/rule-tester';
import type { InvalidTestCase, RuleTesterConfig, RunTests } from '@typescript-eslint/rule-tester';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';
import { Linter } from 'eslint';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import plugin from '../index.js';

// `require`, not `import`: the vitest alias applies to imports, so this reaches the real package.
const real = createRequire(import.meta.url)('@typescript-eslint/rule-tester') as typeof RuleTesterModule;
const BaseRuleTester = real.RuleTester;
export const noFormat = real.noFormat;
export type * from '@typescript-eslint/rule-tester';

const RULE_PREFIX = '@rule-tester/';

interface Suggestion {
  desc: string;
  fix: { range: [number, number]; text: string };
}
interface Message extends Linter.LintMessage {
  suggestions?: Suggestion[];
}
/** What `RuleTester#runRuleForItem` (public in JS, `private` in the typings) returns. */
interface RunResult {
  config: { languageOptions?: Linter.Config['languageOptions']; settings?: Record<string, unknown> };
  filename: string | undefined;
  messages: Message[];
  outputs: string[];
}
type Item = InvalidTestCase<string, readonly unknown[]>;
type RunRuleForItem = (ruleName: string, rule: unknown, item: Item) => RunResult;

/** Whether any expected error declares suggestions (an array, or a count). */
function declaresSuggestions(errors: unknown): boolean {
  if (!Array.isArray(errors)) return false;
  return errors.some((error: unknown) => {
    if (typeof error !== 'object' || error === null) return false;
    const suggestions = (error as { suggestions?: unknown }).suggestions;
    return Array.isArray(suggestions) ? suggestions.length > 0 : Boolean(suggestions);
  });
}

/** `text` with one fix applied. */
export function applyFix(text: string, fix: { range: readonly [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

export class RuleTester extends BaseRuleTester {
  readonly #testerConfig: RuleTesterConfig | undefined;

  constructor(testerConfig?: RuleTesterConfig) {
    super(testerConfig);
    this.#testerConfig = testerConfig;
  }

  override run<MessageIds extends string, Options extends readonly unknown[]>(
    ruleName: string,
    rule: RuleModule<MessageIds, Options>,
    tests: RunTests<MessageIds, Options>,
  ): void {
    super.run(ruleName, rule, tests);
    const withOutputs = tests.invalid.filter((item) => item.output != null || declaresSuggestions(item.errors));
    if (withOutputs.length === 0) return;
    const framework = this.constructor as typeof BaseRuleTester;
    framework.describe(`${ruleName} (fix and suggestion outputs)`, () => {
      for (const item of withOutputs) {
        const test = item.skip ? framework.itSkip : item.only ? framework.itOnly : framework.it;
        test(`fixes and suggestions are valid and stable: ${item.name ?? item.code}`, () => {
          this.checkOutputs(ruleName, rule, item as Item);
        });
      }
    });
  }

  /** The checks described at the top of this file, on one invalid test case. Throws an AssertionError on failure. */
  checkOutputs(ruleName: string, rule: unknown, rawItem: Item): void {
    const item: Item = { ...rawItem, filename: this.defaultFilename(rawItem) };
    const runItem = (this as unknown as { runRuleForItem: RunRuleForItem }).runRuleForItem.bind(this);
    // Runs the fix loop; asserts that the code and each fix pass parse.
    const first = runItem(ruleName, rule, item);
    const checked: string[] = [];

    const finalOutput = first.outputs.at(-1);
    if (finalOutput !== undefined) {
      const again = runItem(ruleName, rule, { ...item, code: finalOutput });
      assert.deepEqual(again.outputs, [], `Fixing the fixed output again changed it:\n${finalOutput}`);
      checked.push(finalOutput);
    }

    const offered = (run: RunResult, desc: string): number =>
      run.messages.filter((m) => m.ruleId === RULE_PREFIX + ruleName).flatMap((m) => m.suggestions ?? []).filter((s) => s.desc === desc).length;
    for (const message of first.messages) {
      for (const suggestion of message.suggestions ?? []) {
        const output = applyFix(item.code, suggestion.fix);
        // Asserts that the suggestion output parses.
        const after = runItem(ruleName, rule, { ...item, code: output });
        // Applying a suggestion settles the report it was attached to: the same suggestion is offered once less.
        // (A rule that still offered it would rewrite its own output if applied again.)
        assert.ok(
          offered(after, suggestion.desc) < offered(first, suggestion.desc),
          `Suggestion "${suggestion.desc}" is still offered as often after being applied:\n${output}`,
        );
        checked.push(output);
      }
    }

    this.lintWithAllRules(checked, first);
  }

  /** Each output linted with configs.all under the test case's language options: nothing throws. */
  private lintWithAllRules(outputs: readonly string[], run: RunResult): void {
    if (outputs.length === 0) return;
    const linter = new Linter({ configType: 'flat' });
    const base: Linter.Config = { files: ['**'], languageOptions: run.config.languageOptions ?? {}, settings: run.config.settings ?? {} };
    const all = plugin.configs.all as unknown as Linter.Config;
    for (const output of outputs) {
      const messages = linter.verify(output, [base, all], run.filename);
      const fatal = messages.find((message) => message.fatal);
      assert.ok(!fatal, `Output does not parse (${fatal?.message}):\n${output}`);
    }
  }

  /** The file name @typescript-eslint/rule-tester gives a case without one (file.ts, or react.tsx with JSX). */
  private defaultFilename(item: Item): string {
    if (item.filename) return item.filename;
    const defaults = BaseRuleTester.getDefaultConfig() as RuleTesterConfig;
    const names = this.#testerConfig?.defaultFilenames ?? defaults.defaultFilenames ?? { ts: 'file.ts', tsx: 'react.tsx' };
    const jsx =
      item.languageOptions?.parserOptions?.ecmaFeatures?.jsx ??
      this.#testerConfig?.languageOptions?.parserOptions?.ecmaFeatures?.jsx ??
      defaults.languageOptions?.parserOptions?.ecmaFeatures?.jsx;
    return jsx ? names.tsx : names.ts;
  }
}
