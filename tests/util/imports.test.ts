import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { planNamedImport } from '../../src/util/imports.js';
import { runWithRule, type RunOptions } from '../analysis/helpers.js';

/** A fixer that records the edit (only the operations planNamedImport uses). */
const fixer = {
  insertTextAfter: (node: TSESTree.Node, text: string) => ({ range: [node.range[1], node.range[1]], text }),
  insertTextBefore: (node: TSESTree.Node, text: string) => ({ range: [node.range[0], node.range[0]], text }),
  insertTextAfterRange: (range: [number, number], text: string) => ({ range: [range[1], range[1]], text }),
} as unknown as TSESLint.RuleFixer;

/** Plan `CardNumberElement` from @stripe/react-stripe-js at the `<Here />` element; return reference and edited code. */
function plan(code: string, options: RunOptions = {}): { reference: string; output: string } | null {
  let result: { reference: string; output: string } | null | undefined;
  runWithRule(
    code,
    (context) => ({
      JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
        if (node.name.type !== AST_NODE_TYPES.JSXIdentifier || node.name.name !== 'Here') return;
        const p = planNamedImport(context.sourceCode, node, '@stripe/react-stripe-js', 'CardNumberElement');
        if (!p) {
          result = null;
          return;
        }
        const fix = p.fix?.(fixer);
        result = {
          reference: p.reference,
          output: fix ? code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]) : code,
        };
      },
    }),
    options,
  );
  if (result === undefined) throw new Error('no <Here /> element');
  return result;
}

describe('planNamedImport', () => {
  it('reuses an existing named import (also aliased) without edits', () => {
    const code = `import { Elements, CardNumberElement as CNE } from '@stripe/react-stripe-js';\nconst x = <Here />;`;
    expect(plan(code)).toEqual({ reference: 'CNE', output: code });
  });

  it('reuses a namespace import', () => {
    const code = `import * as RSJ from '@stripe/react-stripe-js';\nconst x = <Here />;`;
    expect(plan(code)).toEqual({ reference: 'RSJ.CardNumberElement', output: code });
  });

  it('reuses a require destructuring (espree, script)', () => {
    const code = `const { CardNumberElement } = require('@stripe/react-stripe-js');\nconst x = <Here />;`;
    expect(plan(code, { parser: 'espree' })).toEqual({ reference: 'CardNumberElement', output: code });
  });

  it('adds to an existing named import, keeping one import declaration', () => {
    expect(plan(`import { Elements } from '@stripe/react-stripe-js';\nconst x = <Here />;`)).toEqual({
      reference: 'CardNumberElement',
      output: `import { Elements, CardNumberElement } from '@stripe/react-stripe-js';\nconst x = <Here />;`,
    });
  });

  it('adds to a require destructuring', () => {
    expect(plan(`const { Elements } = require('@stripe/react-stripe-js');\nconst x = <Here />;`)).toEqual({
      reference: 'CardNumberElement',
      output: `const { Elements, CardNumberElement } = require('@stripe/react-stripe-js');\nconst x = <Here />;`,
    });
  });

  it('does not extend a type-only import; adds a new one after the last import, in its quote / semicolon style', () => {
    expect(plan(`import type { StripeElementsOptions } from "@stripe/react-stripe-js"\nimport React from "react"\nconst x = <Here />;`)).toEqual({
      reference: 'CardNumberElement',
      output: `import type { StripeElementsOptions } from "@stripe/react-stripe-js"\nimport React from "react"\nimport { CardNumberElement } from "@stripe/react-stripe-js"\nconst x = <Here />;`,
    });
  });

  it('inserts after directives, or before the first statement', () => {
    expect(plan(`'use client';\nexport const X = () => <Here />;`)?.output).toBe(
      `'use client';\nimport { CardNumberElement } from '@stripe/react-stripe-js';\nexport const X = () => <Here />;`,
    );
    expect(plan(`// checkout form\nexport const X = () => <Here />;`)?.output).toBe(
      `// checkout form\nimport { CardNumberElement } from '@stripe/react-stripe-js';\nexport const X = () => <Here />;`,
    );
  });

  it('writes the new import with the line break the file uses (\\r\\n when its first line ends in one)', () => {
    expect(plan(`import React from 'react';\r\nconst x = <Here />;\r\n`)?.output).toBe(
      `import React from 'react';\r\nimport { CardNumberElement } from '@stripe/react-stripe-js';\r\nconst x = <Here />;\r\n`,
    );
    expect(plan(`'use client';\r\nconst x = <Here />;\r\n`)?.output).toBe(
      `'use client';\r\nimport { CardNumberElement } from '@stripe/react-stripe-js';\r\nconst x = <Here />;\r\n`,
    );
    expect(plan(`const x = <Here />;\r\n`)?.output).toBe(`import { CardNumberElement } from '@stripe/react-stripe-js';\r\nconst x = <Here />;\r\n`);
  });

  it('aliases when the name is taken (react-stripe-elements, a local component, an undeclared global)', () => {
    expect(plan(`import { CardNumberElement } from 'react-stripe-elements';\nconst x = <Here />;`)?.output).toBe(
      `import { CardNumberElement } from 'react-stripe-elements';\nimport { CardNumberElement as StripeCardNumberElement } from '@stripe/react-stripe-js';\nconst x = <Here />;`,
    );
    expect(plan(`function F() { const CardNumberElement = 1; return <Here />; }`)?.reference).toBe('StripeCardNumberElement');
    expect(plan(`const a = <CardNumberElement />; const x = <Here />;`)?.reference).toBe('StripeCardNumberElement');
  });

  it('a shadowed import is not reused', () => {
    const code = `import { CardNumberElement } from '@stripe/react-stripe-js';\nfunction F(CardNumberElement) { return <Here />; }`;
    expect(plan(code)).toEqual({
      reference: 'StripeCardNumberElement',
      output: `import { CardNumberElement, CardNumberElement as StripeCardNumberElement } from '@stripe/react-stripe-js';\nfunction F(CardNumberElement) { return <Here />; }`,
    });
  });

  it('plans once per scope: the nodes of one scope share its plan, a scope that shadows the name gets its own', () => {
    const plans: Array<ReturnType<typeof planNamedImport>> = [];
    runWithRule(
      `function A() { return <><Here /><Here /></>; }\nfunction B(CardNumberElement) { return <Here />; }\nconst c = <Here />;`,
      (context) => ({
        JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
          if (node.name.type === AST_NODE_TYPES.JSXIdentifier && node.name.name === 'Here') {
            plans.push(planNamedImport(context.sourceCode, node, '@stripe/react-stripe-js', 'CardNumberElement'));
          }
        },
      }),
    );
    expect(plans.map((p) => p?.reference)).toEqual(['CardNumberElement', 'CardNumberElement', 'StripeCardNumberElement', 'CardNumberElement']);
    expect(plans[1]).toBe(plans[0]);
    expect(plans[2]).not.toBe(plans[0]);
    expect(plans[3]).not.toBe(plans[0]);
  });

  it('gives up when every candidate name is taken', () => {
    expect(plan(`const CardNumberElement = 1, StripeCardNumberElement = 2;\nconst x = <Here />;`)).toBeNull();
  });

  it('CommonJS script files get a require', () => {
    let output: string | undefined;
    const code = `const React = require('react');\nconst x = <Here />;`;
    const linter = new Linter({ configType: 'flat' });
    const create = (context: TSESLint.RuleContext<string, []>) => ({
      JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
        const fix = planNamedImport(context.sourceCode, node, '@stripe/react-stripe-js', 'CardNumberElement')!.fix!(fixer);
        output = code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
      },
    });
    const messages = linter.verify(
      code,
      {
        files: ['**/*.cjs'],
        plugins: { probe: { rules: { probe: { meta: { type: 'problem', schema: [] }, create } } } } as never,
        rules: { 'probe/probe': 'error' },
        languageOptions: { sourceType: 'commonjs', parserOptions: { ecmaFeatures: { jsx: true } } },
      },
      { filename: 'file.cjs' },
    );
    expect(messages).toEqual([]);
    expect(output).toBe(`const { CardNumberElement } = require('@stripe/react-stripe-js');\nconst React = require('react');\nconst x = <Here />;`);
  });
});
