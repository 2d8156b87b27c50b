// The checked RuleTester (tests/rule-tester.ts) is what rule tests get, and its output checks catch bad fixes.
import { RuleTester as Imported } from '@typescript-eslint/rule-tester';
import type { TSESTree } from '@typescript-eslint/utils';
import { ESLintUtils } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';

const createRule = ESLintUtils.RuleCreator((name) => `https://example.test/${name}`);

/** Reports `'http:…'` strings; fixes them to https and suggests removing the scheme. Well behaved. */
const goodRule = createRule({
  name: 'good',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow http strings' },
    fixable: 'code',
    hasSuggestions: true,
    messages: { http: 'http', drop: 'drop the scheme' },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return {
      Literal(node: TSESTree.Literal) {
        if (typeof node.value !== 'string' || !node.value.startsWith('http:')) return;
        context.report({
          node,
          messageId: 'http',
          fix: (fixer) => fixer.replaceText(node, `'https:${node.value.slice(5)}'`),
          suggest: [{ messageId: 'drop', fix: (fixer) => fixer.replaceText(node, `'${(node.value as string).slice(5)}'`) }],
        });
      },
    };
  },
});

/** A rule reporting every string literal with one suggestion, which rewrites the literal's source. */
function ruleWith(suggestText: (raw: string) => string) {
  return createRule({
    name: 'bad',
    meta: {
      type: 'problem',
      docs: { description: 'Disallow string literals' },
      hasSuggestions: true,
      messages: { lit: 'literal', sugg: 'rewrite' },
      schema: [],
    },
    defaultOptions: [],
    create(context) {
      return {
        Literal(node: TSESTree.Literal) {
          if (typeof node.value !== 'string') return;
          context.report({
            node,
            messageId: 'lit',
            suggest: [{ messageId: 'sugg', fix: (fixer) => fixer.replaceText(node, suggestText(node.raw)) }],
          });
        },
      };
    },
  });
}

describe('checked RuleTester', () => {
  it('is what `@typescript-eslint/rule-tester` resolves to in tests', () => {
    expect(Imported).toBe(RuleTester);
  });

  it('accepts a rule whose fix converges and whose suggestion resolves its report', () => {
    const tester = new RuleTester();
    expect(() =>
      tester.checkOutputs('good', goodRule, {
        code: "const url = 'http://api.example.test';",
        errors: [{ messageId: 'http' }],
      }),
    ).not.toThrow();
  });

  it('rejects a fix that keeps changing its own output', () => {
    const tester = new RuleTester();
    // `f('a')` -> `f('a', 0)` -> `f('a', 0, 0)` ...: reported and "fixed" again on every pass.
    const growing = createRule({
      name: 'growing',
      meta: { type: 'problem', docs: { description: 'Require one more argument' }, fixable: 'code', messages: { more: 'more' }, schema: [] },
      defaultOptions: [],
      create: (context) => ({
        CallExpression(node) {
          const last = node.arguments.at(-1);
          if (last) context.report({ node, messageId: 'more', fix: (fixer) => fixer.insertTextAfter(last, ', 0') });
        },
      }),
    });
    expect(() => tester.checkOutputs('growing', growing, { code: "f('a');", errors: [{ messageId: 'more' }] })).toThrow(
      /fixed output again/,
    );
  });

  it('rejects a suggestion that is still offered after being applied', () => {
    const tester = new RuleTester();
    const wrapping = ruleWith((raw) => `String(${raw})`);
    expect(() => tester.checkOutputs('bad', wrapping, { code: "f('a');", errors: [{ messageId: 'lit' }] })).toThrow(
      /still offered/,
    );
  });

  it('rejects a suggestion whose output does not parse', () => {
    const tester = new RuleTester();
    const broken = ruleWith((raw) => `(${raw}`);
    expect(() => tester.checkOutputs('bad', broken, { code: "f('a');", errors: [{ messageId: 'lit' }] })).toThrow(
      /fatal parsing error/,
    );
  });
});

// The checks also run as tests of their own next to each rule test.
new RuleTester().run('good', goodRule, {
  valid: ["const url = 'https://api.example.test';"],
  invalid: [
    {
      code: "const url = 'http://api.example.test';",
      output: "const url = 'https://api.example.test';",
      errors: [
        {
          messageId: 'http',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 38,
          suggestions: [{ messageId: 'drop', output: "const url = '//api.example.test';" }],
        },
      ],
    },
  ],
});
