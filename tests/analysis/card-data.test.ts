import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { cardFieldsOfPayload, classifyValue, sensitiveParts } from '../../src/analysis/card-data.js';
import { payloadFields } from '../../src/analysis/values.js';
import { runWithRule } from './helpers.js';

function probe<T>(code: string, fn: (node: TSESTree.Node, sourceCode: never) => T): T[] {
  const out: T[] = [];
  runWithRule(code, (context) => ({
    CallExpression(node: TSESTree.CallExpression) {
      if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'probe' && node.arguments[0]) {
        out.push(fn(node.arguments[0], context.sourceCode as never));
      }
    },
  }));
  return out;
}

describe('classifyValue: provenance', () => {
  it('by name, member path, card container and form field content', () => {
    expect(
      probe(
        `
        function handler(req, form, cardNumberInput, card, creditCard) {
          probe(req.body.cardNumber); probe(card.number); probe(creditCard.cvv); probe(form.cvc.value);
          probe(cardNumberInput.value); probe(req.body.card.number); probe(req.body.number); probe(order.number);
          const { cvc } = req.body; probe(cvc);
          const n = req.body.card_number; probe(n);
        }
      `,
        (node, sc) => classifyValue(node, sc),
      ),
    ).toEqual(['pan', 'pan', 'cvc', 'cvc', 'pan', 'pan', null, null, 'cvc', 'pan']);
  });

  it('passthrough vs masking calls', () => {
    expect(
      probe(
        `
        probe(cardNumber.trim()); probe(cardNumber.replace(/\\s/g, '')); probe(String(cvc)); probe(cardNumber.slice(-4));
        probe(cardNumber.replace(/\\d(?=\\d{4})/g, '*')); probe(maskCard(cardNumber)); probe(encrypt(cardNumber));
        probe(cardNumber || ''); probe(card.last4); probe(paymentMethod.card.brand); probe(lookup(cardNumber));
      `,
        (node, sc) => classifyValue(node, sc),
      ),
    ).toEqual(['pan', 'pan', 'cvc', 'safe', 'safe', 'safe', 'safe', 'pan', null, null, null]);
  });
});

describe('sensitiveParts', () => {
  it('templates, concatenation, objects by key, JSON.stringify, nested card objects, safe values', () => {
    expect(
      probe(
        `
        probe(\`charging \${cardNumber} for \${amount}\`);
        probe('cvc=' + req.body.cvc);
        probe({ orderId, cardNumber: req.body.x, last4: n.slice(-4) });
        probe(JSON.stringify({ card: { number: n, exp_month: 1 } }));
        probe({ cardNumber: mask(n), brand, exp_month, fingerprint });
        const payload = { cvv: c }; probe(payload);
        probe([user.email, card.cvc]);
        probe({ accountNumber, routing_number, phoneNumber, trackingNumber });
      `,
        (node, sc) => sensitiveParts(node, sc).map((p) => `${p.kind}:${p.name}`),
      ),
    ).toEqual([['pan:cardNumber'], ['cvc:req.body.cvc'], ['pan:cardNumber'], ['pan:number'], [], ['cvc:cvv'], ['cvc:card.cvc'], []]);
  });
});

describe('cardFieldsOfPayload', () => {
  it('classifies payload paths in card context and drops safe values', () => {
    expect(
      probe(
        `
        probe({ type: 'card', card: { number: n, exp_month: 1, exp_year: 2030, cvc: c } });
        probe({ 'card[number]': n });
        probe({ card: { token: 'tok_visa' } });
        probe({ cvc_update: { cvc: c } });
        probe({ payment_method_data: { type: 'card', card: { number: n } } });
        probe({ source: { object: 'card', number: n } });
        probe({ payment_method_details: { oxxo: { number: ref } } });
        probe({ card: { exp_month: 12, exp_year: 2031 } });
      `,
        (node, sc) => cardFieldsOfPayload(payloadFields(node, sc), sc).map((f) => `${f.kind}:${f.name}`),
      ),
    ).toEqual([
      ['pan:card.number', 'expiry:card.exp_month', 'expiry:card.exp_year', 'cvc:card.cvc'],
      ['pan:card.number'],
      [],
      ['cvc:cvc_update.cvc'],
      ['pan:payment_method_data.card.number'],
      ['pan:source.number'],
      [],
      ['expiry:card.exp_month', 'expiry:card.exp_year'],
    ]);
  });
});

describe('cardFieldsOfPayload with API containers', () => {
  it('only fields directly inside the given containers count, classified in card context', () => {
    expect(
      probe(
        `
        probe({ external_account: { object: 'card', number: n, exp_month: 1, currency: 'usd' } });
        probe({ card: { number: n }, metadata: { card_number_hint: 'x' }, payment_method_data: { card: { cvc: c } } });
        probe({ 'payment_method_data[card][number]': n, 'card[cvc]': c });
        probe({ bank_account: { account_number: a, routing_number: r } });
      `,
        (node, sc) =>
          cardFieldsOfPayload(payloadFields(node, sc), sc, { containers: [['external_account'], ['payment_method_data', 'card']] }).map(
            (f) => `${f.kind}:${f.name}`,
          ),
      ),
    ).toEqual([
      ['pan:external_account.number', 'expiry:external_account.exp_month'],
      ['cvc:payment_method_data.card.cvc'],
      ['pan:payment_method_data.card.number'],
      [],
    ]);
  });
});
