import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { listenedFields } from '../../src/analysis/listeners.js';
import { runWithRule, type RunOptions } from './helpers.js';

/**
 * For every argument of a `read(…)` call in `code`: the fields `listenedFields` gives it (joined by `|`, `-` for none),
 * in source order.
 */
function fields(code: string, options: RunOptions = {}): string[] {
  const out: string[] = [];
  runWithRule(
    code,
    (context) => ({
      'CallExpression[callee.name="read"]'(node: TSESTree.CallExpression) {
        for (const arg of node.arguments) out.push(listenedFields(arg, context.sourceCode).join('|') || '-');
      },
    }),
    options,
  );
  return out;
}

describe('listenedFields', () => {
  it('jQuery handlers: on / one / bind, the shorthands, `this`, `$(this)` and the event target', () => {
    expect(
      fields(
        `
        $('#cvc').on('blur', function (e) { read(this, $(this), e.target, e.currentTarget, jQuery(e.target)); });
        $('.card-number').keyup(function () { read(this); });
        jQuery('input[name="card_number"]').one('paste', { max: 19 }, function () { read(this); });
        $('#checkout .cc-exp').bind('change', function () { read(this); });
        `,
        { parser: 'espree' },
      ),
    ).toEqual(['cvc', 'cvc', 'cvc', 'cvc', 'cvc', 'card-number', 'card_number', 'cc-exp']);
  });

  it('delegated handlers name the selector, not the receiver', () => {
    expect(
      fields(
        `
        $(document).on('input', '#card-number', function () { read(this); });
        $('form').delegate('.cc-cvc', 'change', function (event) { read(event.target); });
        $(document).on('input', selectorOf(field), function () { read(this); });
        `,
        { parser: 'espree' },
      ),
    ).toEqual(['card-number', 'cc-cvc', '-']);
  });

  it('DOM listeners and handler properties, on a lookup or a const holding one', () => {
    expect(
      fields(`
        const cvcInput = document.getElementById('cvc');
        cvcInput.addEventListener('input', (e) => read(e.target));
        document.querySelector('[name=cardnumber]').oninput = function () { read(this); };
        const wrapped = $(cvcInput);
        wrapped.change(function () { read(this); });
        cvcInput.addEventListener('input', function () { [1].forEach(() => read(this)); });
      `),
    ).toEqual(['cvc', 'cardnumber', 'cvc', 'cvc']);
  });

  it('JSX handlers: the element’s static name, else its id', () => {
    expect(
      fields(`
        const form = (
          <form>
            <input name="cardNumber" id="cc" onChange={(e) => read(e.target)} />
            <TextField id="cvc" onBlur={(event) => read(event.currentTarget)} />
            <input name={field.name} id="cvc" onChange={(e) => read(e.target)} />
            <input value={v} onChange={(e) => read(e.target)} />
            <input name="cvc" onChange={({ target }) => read(target)} onInput={({ currentTarget: el, data }) => read(el, data)} />
          </form>
        );
      `),
    ).toEqual(['cardNumber', 'cvc', '-', '-', 'cvc', 'cvc', '-']);
  });

  it('a function of this file registered by name: each field it is registered on', () => {
    expect(
      fields(
        `
        function onCvc(e) { read(e.target); }
        document.getElementById('cvc').addEventListener('input', onCvc);
        $('#cvc').on('blur', onCvc);
        const onField = function () { read(this); };
        $('#cvc').on('change', onField);
        $('#email').on('change', onField);
        onField.call(other);
        function unused(e) { read(e.target); }
        function called(e) { read(e.target); }
        called(event);
        `,
        { parser: 'espree' },
      ),
    ).toEqual(['cvc', 'cvc|email', '-', '-']);
  });

  it('a class component’s handlers, read as `this.handle`: the event’s element, never `this`', () => {
    expect(
      fields(`
        class CardForm extends React.Component {
          handleChange = (e) => { read(e.target, this); };
          handleBlur(event) { read(event.target, this); }
          onKey(e) { read(e.target); }
          render() {
            return (
              <form>
                <input name="cardNumber" onChange={this.handleChange} onBlur={this.handleBlur.bind(this)} />
                <input name="cvc" onChange={this.handleChange} onKeyUp={(e) => this.onKey(e)} />
              </form>
            );
          }
        }
      `),
    ).toEqual(['cardNumber|cvc', '-', 'cardNumber', '-', '-']);
  });

  it('a class’s method: `this` is read as the instance, even registered unbound; its event’s element is the field', () => {
    expect(
      fields(
        `
        class CardMask {
          constructor() { $('#card-number').on('input', this.format); $('#cvc').on('input', this.check.bind(this)); }
          format() { read(this); }
          check(e) { read(this, e.target); }
        }
        `,
        { parser: 'espree' },
      ),
    ).toEqual(['-', '-', 'cvc']);
  });

  it('names nothing for a listener that compares its element’s value with an option’s (a select of saved cards, real-world batch ED)', () => {
    expect(
      fields(
        `
        document.getElementById('cc_num_cc').addEventListener('change', onCard);
        function onCard() { read(this); if (this.value === '-1') show(); }
        $('#card-number').on('change', function (e) { read(e.target); if (e.target.value != 'new') hide(); });
        $('#cc-number').change(function () { read($(this)); if ($(this).val() === 0) hide(); });
        $('#cvc').on('blur', function () { read(this); if (this.value === '' || this.value === '4242') return; });
        $('#cc_cvc').on('blur', function () { read(this); if (other.value === '-1') return; });
        `,
        { parser: 'espree' },
      ),
    ).toEqual(['-', '-', '-', 'cvc', 'cc_cvc']);
  });

  it('names nothing for other `this`, other events and other receivers', () => {
    expect(
      fields(`
        $('#cvc').on('change', (e) => read(this));
        class Form { onChange(e) { read(this, e.target); } handle = () => read(this); }
        const card = elements.create('cardNumber');
        card.on('change', function (e) { read(this, e.target); });
        socket.on('message', function (m) { read(this, m.target); });
        $('#cvc').on('change', function (e, extra) { read(extra.target); });
        $('#cvc').on(function () { read(this); });
        $('#cvc').click(function () { read(this); });
        inputs.forEach((input) => input.addEventListener('input', (e) => read(e.target)));
        $('#cvc').on('change', function () { read(that, $('#cvc', this), $(this, ctx)); });
        read(this);
      `),
    ).toEqual(['-', '-', '-', '-', '-', '-', '-', '-', '-', '-', '-', '-', '-', '-', '-', '-']);
  });
});
