import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { enclosingJsxElement, jsxAttributeName, jsxAttributeValue, jsxElementName, jsxElementsWithin } from '../../src/analysis/jsx.js';
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

describe('JSX nesting', () => {
  it('elements within a form through fragments, containers, && and ?:, but not through callbacks', () => {
    const out: string[] = [];
    runWithRule(
      `const x = (
        <form id="pay">
          <label>Card <input name="n" /></label>
          <>{show && <input name="c" />}</>
          {mode ? <input name="a" /> : <select name="b" />}
          {fields.map((f) => <input name={f} />)}
          <Child />
        </form>
      );
      const y = <div><input name="outside" /></div>;`,
      (context) => ({
        JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
          const element = node.parent as TSESTree.JSXElement;
          if (jsxElementName(node.name) === 'form') {
            out.push(`within: ${jsxElementsWithin(element).map((e) => jsxElementName(e.openingElement.name)).join(' ')}`);
          } else {
            const form = enclosingJsxElement(element, 'form');
            out.push(`${context.sourceCode.getText(node)} in form: ${form !== null}`);
          }
        },
      }),
    );
    expect(out).toEqual([
      'within: label input input input select Child',
      '<label> in form: true',
      '<input name="n" /> in form: true',
      '<input name="c" /> in form: true',
      '<input name="a" /> in form: true',
      '<select name="b" /> in form: true',
      '<input name={f} /> in form: false',
      '<Child /> in form: true',
      '<div> in form: false',
      '<input name="outside" /> in form: false',
    ]);
  });
});
