import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { jsxAttributeName, jsxAttributeValue, jsxElementName } from '../../src/analysis/jsx.js';
import { runWithRule } from './helpers.js';

describe('jsx names and values', () => {
  it('element names, attribute names and value expressions as written', () => {
    const out: string[] = [];
    runWithRule(
      `const x = <>
        <input name="cvc" autoComplete={'cc-csc'} disabled data-stripe={\`number\`} value={/* empty */ x} />
        <Form.Control aria-label="Card number" />
        <svg:path xlink:href="#a" />
      </>;`,
      (context) => ({
        JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
          out.push(`<${jsxElementName(node.name)}>`);
        },
        JSXAttribute(node: TSESTree.JSXAttribute) {
          const value = jsxAttributeValue(node);
          out.push(`${jsxAttributeName(node)}=${value ? context.sourceCode.getText(value) : 'null'}`);
        },
      }),
      { parser: 'espree' },
    );
    expect(out).toEqual([
      '<input>',
      'name="cvc"',
      "autoComplete='cc-csc'",
      'disabled=null',
      'data-stripe=`number`',
      'value=x',
      '<Form.Control>',
      'aria-label="Card number"',
      '<svg:path>',
      'xlink:href="#a"',
    ]);
  });
});
