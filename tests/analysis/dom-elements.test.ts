import type { TSESTree } from '@typescript-eslint/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domCreatedTag, domElementWrites, jqueryElementWrites, mentionsCreateElement } from '../../src/analysis/dom-elements.js';
import { runWithRule, type RunOptions } from './helpers.js';

/** For every DOM `createElement(tag)` call: tag, and the writes as `name=value` (`?` for unknown). */
function elements(code: string, options: RunOptions = {}): { tag: string; writes: string[] | null }[] {
  const out: { tag: string; writes: string[] | null }[] = [];
  runWithRule(
    code,
    (context) => ({
      CallExpression(node: TSESTree.CallExpression) {
        const tag = domCreatedTag(node, context.sourceCode);
        if (tag === null) return;
        const writes = domElementWrites(node, context.sourceCode);
        out.push({ tag, writes: writes && writes.map((w) => `${w.name ?? '?'}=${w.value ?? '?'}`) });
      },
    }),
    options,
  );
  return out;
}

describe('DOM-built elements', () => {
  it('property writes, setAttribute, dataset and Object.assign, in source order', () => {
    expect(
      elements(`
        const input = document.createElement('input');
        input.type = 'text';
        input.name = 'card' + 'number';
        input.setAttribute('autocomplete', 'cc-number');
        input.dataset.stripeField = 'number';
        input.ariaLabel = label;
        input.setAttribute(key, 'x');
        Object.assign(input, { placeholder: 'CVC', ...rest });
        (input as HTMLInputElement).id = 'cvc';
        input!.required = true;
        input.addEventListener('input', onInput);
        form.appendChild(input);
      `),
    ).toEqual([
      {
        tag: 'input',
        writes: ['type=text', 'name=cardnumber', 'autocomplete=cc-number', 'data-stripe-field=number', 'aria-label=?', '?=x', 'placeholder=CVC', '?=?', 'id=cvc', 'required=?'],
      },
    ]);
  });

  it('inline Object.assign, with and without a variable', () => {
    expect(
      elements(`
        form.append(Object.assign(document.createElement('textarea'), { name: 'cvc' }));
        const el = Object.assign(document.createElement('input'), { name: 'cardNumber' });
        el.autocomplete = 'cc-number';
      `),
    ).toEqual([
      { tag: 'textarea', writes: ['name=cvc'] },
      { tag: 'input', writes: ['name=cardNumber', 'autocomplete=cc-number'] },
    ]);
  });

  it('untraceable elements: reassigned, stored on objects, returned', () => {
    expect(
      elements(`
        let a = document.createElement('input'); a = other; a.name = 'cvc';
        this.input = document.createElement('input');
        function make() { return document.createElement('input'); }
      `),
    ).toEqual([
      { tag: 'input', writes: null },
      { tag: 'input', writes: null },
      { tag: 'input', writes: null },
    ]);
  });

  it('React.createElement with props is not the DOM form; tags are lower-cased', () => {
    expect(elements(`React.createElement('input', { name: 'cvc' }); document.createElement('INPUT'); createElement(x);`)).toEqual([
      { tag: 'input', writes: null },
    ]);
  });

  it('espree', () => {
    expect(elements(`var i = document.createElement('input'); i.name = 'cvc';`, { parser: 'espree' })).toEqual([{ tag: 'input', writes: ['name=cvc'] }]);
  });
});

describe('jqueryElementWrites', () => {
  /** For every `$(…)` call: the writes to what it makes as `name=value` (`?` for unknown), its second argument as the attributes object. */
  function writes(code: string): string[][] {
    const out: string[][] = [];
    runWithRule(code, (context) => ({
      'CallExpression[callee.name="$"]'(node: TSESTree.CallExpression) {
        out.push(jqueryElementWrites(node, node.arguments[1], context.sourceCode).map((w) => `${w.name ?? '?'}=${w.value ?? '?'}`));
      },
    }));
    return out;
  }

  it('the attributes object, then .attr / .prop / .removeAttr chained through calls that return the same set', () => {
    expect(
      writes(`
        $('<input>', { type: 'text', name: 'cvc', [key]: 'x', ...rest })
          .addClass('form-control')
          .attr({ placeholder: 'CVC' })
          .attr('autocomplete', 'cc-csc')
          .prop('ariaLabel', label)
          .removeAttr('id')
          .appendTo('#pay');
      `),
    ).toEqual([['type=text', 'name=cvc', '?=x', '?=?', 'placeholder=CVC', 'autocomplete=cc-csc', 'aria-label=?', 'id=?']]);
  });

  it('stops where the chain leaves the element: a getter, another set, a variable', () => {
    expect(
      writes(`
        $('<input>').attr('name').attr('id', 'cvc');
        $('<input>').parent().attr('name', 'cvc');
        const $cvc = $('<input>');
        $cvc.attr('name', 'cvc');
        ($('<input>') as JQuery).attr('name', 'card_number');
        $('<input>').attr(attributes);
      `),
    ).toEqual([[], [], [], ['name=card_number'], ['?=?']]);
  });
});

describe('mentionsCreateElement', () => {
  it.each([
    ["document.createElement('input')", true],
    ['createElement', true],
    ['React.createElement(Foo)', true],
    ['xcreateElementy', true],
    ['createElemen', false],
    ['CreateElement(); create Element; createelement', false],
    ['Element E EE createE', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(mentionsCreateElement(text)).toBe(expected);
  });

  it('answers as String#includes does', () => {
    const piece = fc.constantFrom('createElement', 'create', 'Element', 'E', 'c', 'reateElement', 'createE', ' ', '\n', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')), (text) => {
        expect(mentionsCreateElement(text)).toBe(text.includes('createElement'));
      }),
      { numRuns: 2000, seed: 20261128 },
    );
  });
});
