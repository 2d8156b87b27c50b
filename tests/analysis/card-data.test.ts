import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  cardFieldsOfPayload,
  classifyValue,
  collectibleCardFile,
  holdsStripeTestCard,
  isMadeUpCardNumber,
  literalCannotBe,
  partsBesideArguments,
  sensitiveFieldReadFrom,
  sensitiveParts,
  urlSpellsOtherKindOfCard,
  writtenValueCannotBe,
} from '../../src/analysis/card-data.js';
import { payloadFields } from '../../src/analysis/values.js';
import { probeArguments, runWithRule } from './helpers.js';

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

describe('urlSpellsOtherKindOfCard', () => {
  it("reads the strings a URL is built from: a setting's default, templates, joins, branches and consts two levels deep (real-world batch GF)", () => {
    expect(
      probe(
        `
        const REGISTER = (process.env.ILT_API_URL ?? 'https://api.ilent.nl/v1/chauffeurspas').replace(/\\/$/, '');
        const BASE = REGISTER;
        const GIFT = '/api/gift-cards';
        probe(\`\${REGISTER}/verify\`); probe(BASE + '/verify'); probe(flag ? GIFT : '/api/x'); probe('/api/loyalty-cards/' + id);
        probe(\`\${API}/cards\`); probe(process.env.URL || '/api/pay'); probe(url); probe(buildUrl('gift-cards'));
      `,
        (node, sc) => urlSpellsOtherKindOfCard(node, sc),
      ),
      // (a call's arguments are not the URL's text)
    ).toEqual([true, true, true, true, false, false, false, false]);
  });
});

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

  it('a state key that starts as a flag and a variable named as a predicate are flags; a key that starts empty and a one-word name are not (real-world batch 332)', () => {
    expect(
      probe(
        `
        import { useState } from 'react';
        function Form() {
          const [valid] = useState({ cardNumber: false, cvv: false });
          const [card] = useState({ cardNumber: '', cvv: '' });
          const allValid = card.cardNumber && card.cvv;
          const isComplete = card.cvv;
          const ready = card.cardNumber && card.cvv;
          probe(valid.cardNumber); probe(valid.cvv); probe(card.cardNumber); probe(allValid); probe(isComplete); probe(ready);
        }
      `,
        (node, sc) => classifyValue(node, sc),
      ),
    ).toEqual(['safe', 'safe', 'pan', 'safe', 'safe', 'cvc']);
  });

  it("a name that only card context makes a field's, qualified as a stand-in, and an encrypted card's fields are safe forms (batches EO, EQ)", () => {
    expect(
      probe(
        `
        function f(c, panToken, number_alias, tokenRequest) {
          probe(c.attributes.pan_alias); probe(c.panToken); probe(panToken); probe(number_alias); probe(c.cvc_alias);
          probe(c.pan); probe(c.number); probe(tokenRequest);
          const pan_alias = req.body.card_number; probe(pan_alias);
          probe(encryptedCard.number); probe(ENCRYPTED_CARD.cvc); probe(unencryptedCard.cvc); probe(encrypted.card.cvc);
        }
      `,
        (node, sc) => classifyValue(node, sc),
      ),
      // (`c.pan`, `c.number`: no card context, so no field; `tokenRequest` names no card field at all. The name is
      // believed over what it is read from, as a masked form's is: a vault's inbound proxy replaces the body's number.)
    ).toEqual(['safe', 'safe', 'safe', 'safe', 'safe', null, null, null, 'safe', 'safe', 'safe', 'cvc', 'safe']);
  });

  it('a value the code hands a payment API as a card field is that field, before the call too (real-world batch GD)', () => {
    expect(
      probe(
        `
        import Stripe from 'stripe';
        import braintree from 'braintree';
        const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
        const gateway = new braintree.BraintreeGateway({});
        async function tokenize(num, month, year, code, element, qty) {
          probe(num); probe(code); probe(month); probe(element); probe(qty);
          await stripe.tokens.create({ card: { number: num, exp_month: month, exp_year: year, cvc: code } });
          await stripe.paymentMethods.create({ type: 'card', card: element });
          await stripe.invoiceItems.create({ quantity: qty, number: qty });
        }
        function sale(pan, securityCode, amount) {
          probe(pan); probe(securityCode); probe(amount);
          return gateway.transaction.sale({ amount, creditCard: { number: pan, cvv: securityCode } });
        }
        function later(n) {
          probe(n);
          let m = n; probe(m); m = m.trim();
          return stripe.tokens.create({ card: { number: m } });
        }
        function notAPaymentCall(x) { probe(x); return analytics.track('pay', { card: { number: x } }); }
      `,
        (node, sc) => classifyValue(node, sc),
      ),
      // (an expiry says nothing; a Stripe.js element, a quantity and a number of another API's are no card field; a binding
      // assigned again may hold anything; a call that is neither a payment API nor a request says nothing)
    ).toEqual(['pan', 'cvc', null, null, null, 'pan', 'cvc', null, null, null, null]);
  });

  it('a value sent in a request body as a card field is that field, before the request too (real-world batch 307)', () => {
    expect(
      probe(
        `
        import axios from 'axios';
        const registrar = async (usuario, tarjeta, numeroCode, fecha) => {
          probe(usuario); probe(tarjeta); probe(numeroCode); probe(fecha);
          await axios({ method: 'post', url: '/api/registrar-tarjeta', data: { usuario, numeroTarjeta: tarjeta, codSeguridad: numeroCode, fechaTarjeta: fecha } });
        };
        function pay(x, code) { probe(x); probe(code); return fetch('/pay', { method: 'POST', body: JSON.stringify({ card: { number: x, cvc: code } }) }); }
        function direct(n) { probe(n); return axios.post('/cards', { cardNumber: n }); }
        function board(position, name) { probe(position); return axios.post('/boards/1/cards', { cardNumber: position, title: name, listId: 3 }); }
        function notSent(error) { probe(error); setErrors({ cvv: error }); }
        function codeAlone(code) { probe(code); return axios.post('/verify', { securityCode: code }); }
        const COPIES = ['accounts@shop.example'];
        function receipt(card) { probe(COPIES); return axios.post('/receipts', { cc: COPIES, cvv: card.cvv }); }
      `,
        (node, sc) => classifyValue(node, sc),
      ),
      // (a bare security code is a CVC only beside a card number; a board's card number is its position; an object
      // that no request sends says nothing of its values; nor do a request's keys of a value written out in the file)
    ).toEqual([null, 'pan', 'cvc', null, 'pan', 'cvc', 'pan', null, null, null, null]);
  });

  it("an enum's member is a label, not the field's data (precision probe ER: which check a processor runs)", () => {
    expect(
      probe(
        `
        import { CirclePaymentVerificationOptions, Card, PaymentMethodType } from '@algomart/schemas';
        enum Verification { none = 'none', cvv = 'cvv' }
        probe(Verification.cvv); probe(CirclePaymentVerificationOptions.cvv); probe(PaymentMethodType.cardNumber);
        probe(Card.cvv); probe(card.cvv);
      `,
        (node, sc) => classifyValue(node, sc),
      ),
      // (\`Card\` says nothing of being an enum: its \`cvv\` may be data.)
    ).toEqual(['safe', 'safe', 'safe', 'cvc', 'cvc']);
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
    ).toEqual(['pan', 'pan', 'cvc', 'safe', 'safe', 'safe', 'safe', 'pan', 'safe', 'safe', null]);
  });

  it('either side of a fallback may be the value; of `&&`, the right one (real-world batch 279, regression probe 281)', () => {
    expect(
      probe(
        `
        probe(saved ?? card.cvc); probe(fallback || card.number); probe(debug && card.number); probe(card.cvc ?? 'none');
        probe(name || 'anonymous'); probe(card.last4 ?? card.brand);
        probe(card && card.number && card.number.slice(-4)); probe(card.cvc && '***');
      `,
        (node, sc) => classifyValue(node, sc),
      ),
    ).toEqual(['cvc', 'pan', 'pan', 'cvc', null, 'safe', 'safe', 'safe']);
  });

  it('a replace that strips separators or non-digits keeps the number; one that replaces digits does not', () => {
    expect(
      probe(
        `
        probe(cardNumber.replace(/[^0-9]+/g, '')); probe(cardNumber.replace(/[^\\d]/g, '')); probe(cardNumber.replace(/-|\\s/g, ''));
        probe(cardNumber.replace(/\\s+|-/g, '')); probe(cardNumber.replace(/[\\s.-]+/g, ''));
        probe(cardNumber.replace(/[^0-9]/g, '*')); probe(cardNumber.replace(/\\d|-/g, '')); probe(cardNumber.replace(/[^a-z]/g, ''));
      `,
        (node, sc) => classifyValue(node, sc),
      ),
      // (\`/[^0-9]/g, '*'\` stars the separators and keeps every digit: run on card numbers, it is no mask.)
    ).toEqual(['pan', 'pan', 'pan', 'pan', 'pan', 'pan', 'safe', 'safe']);
  });

  it('a "mask" written out is run on card numbers: one that leaves more digits than a masked form shows keeps the number (real-world batch EL)', () => {
    expect(
      probe(
        `
        probe(cardNumber.replace(/(\\d{4})(.*?)(\\d{4})/, '$1********$3')); probe(cardNumber.replace(/(\\d{4})(.*)(\\d{4})/, '$1********$3'));
        probe(cardNumber.replace(/\\d(?=\\d{4})/g, '*')); probe(cardNumber.replaceAll('-', '*')); probe(cardNumber.replace('4242', '****'));
        probe(cardNumber.replace(/(\\d{4})(.*?)(\\d{4})/, (m, a, b, c) => a + '****' + c)); probe(cardNumber.replace(/(\\d+)+x/, '*'));
        probe(cardNumber.replaceAll(/\\d/, '*')); probe(cvc.replace(/x/, '*')); probe(cardNumber.replace(/\\d/y, '*'));
        probe(n.replace(/\\d(?=\\d{4})/g, '*')); probe(n.replace(/\\d(?=\\d{4})/, '*')); probe(n.replace(/\\s/g, ''));
        const maskedCardNumber = cardNumber.replace(/(\\d{4})(.*?)(\\d{4})/, '$1********$3'); probe(maskedCardNumber);
        const last4 = cardNumber.replace(/\\d(?=\\d{4})/g, '*'); probe(last4); probe(maskedPan);
      `,
        (node, sc) => classifyValue(node, sc),
      ),
      // A name that says masked is believed, unless its const is such a "mask".
      // What an unknown value's written-out mask makes of it: safe where it masks a card number of digits alone.
    ).toEqual(['pan', 'safe', 'safe', 'pan', 'safe', 'safe', 'safe', 'safe', 'safe', 'pan', 'safe', null, null, 'pan', 'safe', 'safe']);
  });

  it('...also in a branch of a choice under a name that says a safe form (real-world batch 337); a real mask there is believed', () => {
    expect(
      probe(
        `
        const panDigits = typeof cardNumber === 'string' ? cardNumber.replace(/\\D+/g, '') : ''; probe(panDigits);
        const cardDigits = cardNumber && cardNumber.replace(/\\s/g, ''); probe(cardDigits);
        const maskedPan = cardNumber ? cardNumber.replace(/\\d(?=\\d{4})/g, '*') : null; probe(maskedPan);
        const lastDigits = cardNumber ? cardNumber.slice(-4) : ''; probe(lastDigits);
      `,
        (node, sc) => classifyValue(node, sc),
      ),
    ).toEqual(['pan', 'pan', 'safe', 'safe']);
  });

  it('names of safe derivatives (last4, lastFour, masked, brand, fingerprint) are safe', () => {
    expect(
      probe(
        `
        const last4 = n.slice(-4);
        probe(last4); probe(lastFour); probe(user.cardLastFour); probe(maskedPan); probe(pm.card.fingerprint);
        probe(cardHash); probe(lastName); probe(lastDigits);
      `,
        (node, sc) => classifyValue(node, sc),
      ),
    ).toEqual(['safe', 'safe', 'safe', 'safe', 'safe', 'safe', null, 'safe']);
  });

  it('a const holding a cut of any value is safe whatever its name; a copy or a split keeps the card number (real-world batch T)', () => {
    expect(
      probe(
        `
        function save(number, card) {
          const cardNumber = card.number.slice(-4); const splitedNumber = number.slice(-4); const hidden = '*'.repeat(12) + number.slice(-4);
          const full = card.number; const groups = card.number.split(' '); const copy = number;
          probe(cardNumber); probe(splitedNumber); probe(number.substring(number.length - 4)); probe(number.split(' '));
          probe(full); probe(groups); probe(copy); probe(card.number.split(' ').join(''));
        }
      `,
        (node, sc) => classifyValue(node, sc),
      ),
    ).toEqual(['safe', 'safe', 'safe', null, 'pan', 'pan', null, 'pan']);
  });
});

describe('classifyValue: a variable by every value written to it (real-world batch 283)', () => {
  it('the one sensitive kind all its writes are; a kind and a masked form, an unknown value or its own value say nothing', () => {
    expect(
      probe(
        `
        function charge(req) {
          let num;
          num = req.body.cardNumber;
          probe(num);
          let code = null;
          if (req.body.cvc) code = req.body.cvc;
          else code = req.body.card.cvc;
          probe(code);
          let shown = req.body.cardNumber;
          shown = shown.slice(-4);
          probe(shown);
          let mixed;
          mixed = req.body.cardNumber;
          mixed = req.body.cvc;
          probe(mixed);
          let other;
          other = req.body.amount;
          probe(other);
          let kept = null;
          kept = kept || req.body.cvc;
          probe(kept);
          let counted = 0;
          counted += req.body.cardNumber;
          probe(counted);
          let cleared = req.body.cardNumber;
          cleared = null;
          probe(cleared);
          let typed = '';
          typed = req.body.cvc;
          probe(typed);
        }
      `,
        (node, sc) => classifyValue(node, sc),
      ),
      // (a counter added to is a quantity; a value cleared later may be what is read: regression probe 286)
    ).toEqual(['pan', 'cvc', null, null, null, 'cvc', 'safe', null, 'cvc']);
  });
});

describe('classifyValue: a member masked in place (real-world batch 233)', () => {
  it('is safe after a mask that runs whenever the read does; not before it, nor after one on a path, a callback or a raw write', () => {
    expect(
      probe(
        `
        function a(card) { card.number = card.number.slice(-4); probe(card.number); }
        function b(card) { try { card.cvc = '***'; probe(card.cvc); } catch {} }
        function c(card) { probe(card.number); card.number = card.number.slice(-4); }
        function d(card, masked) { if (masked) card.number = card.number.slice(-4); probe(card.number); }
        function e(card, raw) { card.number = card.number.slice(-4); if (raw) card.number = raw; probe(card.number); }
        function f(card) { card.number = card.number.slice(-4); list.forEach(() => { card.number = card.pan; }); probe(card.number); }
        function g(card) { card.number = ''; probe(card.number); }
        function h(card, other) { other.number = other.number.slice(-4); probe(card.number); }
      `,
        (node, sc) => classifyValue(node, sc),
      ),
    ).toEqual(['safe', 'safe', 'pan', 'pan', 'pan', 'pan', 'pan', 'pan']);
  });
});

describe('classifyValue: DOM and jQuery lookups', () => {
  it('the looked-up field name decides', () => {
    expect(
      probe(
        `
        probe(document.getElementById('cvc').value); probe($('.cc-number').val()); probe(jQuery('#checkout input[name="card_number"]').val());
        probe(form.elements.namedItem('cvv').value); probe(document.querySelector('#card-number').value);
        probe($('#email').val()); probe(document.getElementById('cardNumberLast4').value); probe(document.querySelector(sel).value);
      `,
        (node, sc) => classifyValue(node, sc),
      ),
    ).toEqual(['cvc', 'pan', 'pan', 'cvc', 'pan', null, 'safe', null]);
  });
});

describe('classifyValue: model accessors (real-world batch EH)', () => {
  it('Knockout observables and Mithril props called bare, in a file that makes them', () => {
    expect(
      probe(
        `
        self.cardNumber = ko.observable('');
        probe(self.cardNumber()); probe(card.cvc()); probe(self.total()); probe(self.cardNumber(true));
      `,
        (node, sc) => classifyValue(node, sc),
      ),
    ).toEqual(['pan', 'cvc', null, null]);
    // ...and not elsewhere: a call is a call
    expect(probe('probe(self.cardNumber()); probe(card.cvc());', (node, sc) => classifyValue(node, sc))).toEqual([null, null]);
  });

  it("Backbone's and Ember's get, in a file that names them; not another get", () => {
    expect(
      probe(
        `
        const View = Backbone.View.extend({});
        probe(this.model.get('cardNumber')); probe(this.get('cvc')); probe(Ember.get(card, 'number')); probe(model.get('name'));
        probe(model.get(key)); probe(model.get('cardNumber').slice(-4));
      `,
        (node, sc) => classifyValue(node, sc),
      ),
    ).toEqual(['pan', 'cvc', 'pan', null, null, 'safe']);
    expect(probe("probe(this.form.get('cardNumber'));", (node, sc) => classifyValue(node, sc))).toEqual([null]);
  });
});

describe('quantities are not card data', () => {
  it('counters, indexes and arithmetic operands named like card fields are not reported', () => {
    expect(
      probe(
        `
        let cardNumber = 0;
        function next() { cardNumber++; }
        function Progress({ cardNumber: n, cardsLength }: { cardNumber: number; cardsLength: number }) { return n / cardsLength; }
        function Step({ cardNumber, total }) { const left = total - cardNumber; probe(cardNumber); probe({ cardNumber }); }
        function pay(cardNumber: string, cvc: string) { probe(cardNumber); probe({ cvc }); }
        function keypad(cardNumber: string, digit: string) { cardNumber += digit; probe(cardNumber); }
        probe(cardNumber); probe(\`card \${cardNumber}\`);
      `,
        (node, sc) => sensitiveParts(node, sc).map((p) => p.name),
      ),
    ).toEqual([[], [], ['cardNumber'], ['cvc'], ['cardNumber'], [], []]);
  });
});

describe('sensitiveParts: keys read as card data by their siblings', () => {
  it('a bare security beside a card number and its expiry, unless its value cannot be a CVC (real-world batch EN)', () => {
    expect(
      probe(
        `
        probe({ cardNumber: n, expiry: e, security: req.body.security });
        probe({ cardNumber: n, expiry: e, security: { twoFactor: true } });
        probe({ cardNumber: n, expiry: e, security: ['pin', 'otp'] });
        probe({ cardNumber: n, expiry: e, security: req.body.securityQuestion });
        probe({ cardNumber: n, expiry: e, security: 'cvv-checked' });
        probe({ cardNumber: n, expiry: e, security: '123' });
        probe({ card_number: n, security_code: { enabled: true } });
      `,
        (node, sc) => sensitiveParts(node, sc).map((p) => p.name),
      ),
    ).toEqual([['cardNumber', 'security'], ['cardNumber'], ['cardNumber'], ['cardNumber'], ['cardNumber'], ['cardNumber', 'security'], ['card_number']]);
  });
});

describe('sensitiveParts: a const that is a choice of objects', () => {
  it('the parts of either object, where they are written, as the const or spread into another (real-world batch EQ)', () => {
    const code = `
      const creditCard = raw ? { card: { number: n, cvv: c } } : { card_id: id };
      probe(creditCard);
      probe({ credit_card: { ...creditCard, installments: 1 } });
      const saved = stored || { cardNumber: n };
      probe(saved);
      const flag = ready ? 'yes' : 'no';
      probe(flag);
    `;
    // (A nested object's parts are where its keys are written, a top-level one's where the const is used.)
    expect(probe(code, (node, sc) => sensitiveParts(node, sc).map((p) => `${p.kind}:${p.name}@${p.node.loc.start.line}:${p.node.loc.start.column}`))).toEqual([
      ['pan:number@2:41', 'cvc:cvv@2:52'],
      ['pan:number@2:41', 'cvc:cvv@2:52'],
      ['pan:cardNumber@6:12'],
      [],
    ]);
  });
});

describe("sensitiveParts: Firestore's arrayUnion", () => {
  it('the values it adds, by the Admin SDK, the namespaced and the modular web SDK; not another module\'s arrayUnion (real-world batch 331)', () => {
    const code = `
      import { arrayUnion } from 'firebase/firestore';
      import { arrayUnion as union } from './sets';
      import { FieldValue } from 'firebase-admin/firestore';
      probe(arrayUnion({ cardNumber: n, cvc: c }));
      probe(admin.firestore.FieldValue.arrayUnion({ number: n }, { cvv: c }));
      probe(FieldValue.arrayUnion(last4, { brand }));
      probe(union({ cardNumber: n }));
    `;
    expect(probe(code, (node, sc) => sensitiveParts(node, sc).map((p) => p.name))).toEqual([['cardNumber', 'cvc'], ['cvv'], [], []]);
  });
});

describe('sensitiveParts: a model document, with the documents option', () => {
  it('the fields the document was made from: a const, or the expression that makes or saves it (real-world batches EZ and HA)', () => {
    const code = `
      import mongoose from 'mongoose';
      const Card = mongoose.model('Card', cardSchema);
      const card = await Card.create({ number: n, cvc: c });
      probe(card);
      probe(await new Card({ number: n, holder: h }).save());
      probe(Card.create({ cvc: c }));
      probe(await Card.findOne({ number: n }));
      // limitation: a save given options is not read as giving the document
      probe(await new Card({ number: n }).save({ validateBeforeSave: false }));
      // (no card named: a receipt's number)
      probe(await new Receipt({ number: n }).save());
    `;
    const parts = (documents: boolean) =>
      probe(code, (node, sc) => sensitiveParts(node, sc, { documents }).map((p) => `${p.kind}:${p.name}@${p.node.loc.start.line}`));
    expect(parts(true)).toEqual([['cvc:cvc@5', 'pan:number@5'], ['pan:number@6'], ['cvc:cvc@7'], [], [], []]);
    expect(parts(false)).toEqual([[], [], [], [], [], []]);
  });
});

describe('sensitiveParts: text made by mapping a list', () => {
  it("the parts of what each callback call returns, where written, joined or not, also held in a const (real-world batch EQ)", () => {
    const code = `
      probe(rows.map((r) => \`\${r.id},\${r.card_number},\${r.cvv}\`).join('\\n'));
      const csv = rows.map(function (r) { return [r.id, r.card_number].join(','); }).join('\\n');
      probe(csv);
      probe(cards.flatMap((card) => [card.last4, card.brand]));
      probe(rows.map((r) => r.id).join(','));
      probe(rows.join(r.cvv));
    `;
    expect(probe(code, (node, sc) => sensitiveParts(node, sc).map((p) => `${p.kind}:${p.name}@${p.node.loc.start.line}`))).toEqual([
      ['pan:r.card_number@2', 'cvc:r.cvv@2'],
      ['pan:r.card_number@3'],
      [],
      [],
      [],
    ]);
  });
});

describe('classifyValue: literals and conditionals', () => {
  it('digit-free strings are safe; a conditional is as sensitive as its most sensitive branch', () => {
    expect(
      probe(
        `
        probe('***'); probe(''); probe(\`redacted\`); probe('4242424242424242'); probe(cvc ? '***' : '');
        probe(saved ? card.number : ''); probe(flag ? x : '');
        probe(row.card_number ? '***' : undefined); probe(row.cvv ? null : '[redacted]'); probe(n ? n.slice(-4) : undefined);
        probe(n ? n : undefined); probe(ok ? undefined : null);
      `,
        (node, sc) => classifyValue(node, sc),
      ),
    ).toEqual(['safe', 'safe', 'safe', null, 'safe', 'pan', null, 'safe', 'safe', 'safe', null, 'safe']);
  });
});

describe('Stripe API results (stripe-facts §7.1: anything the API returns may be stored)', () => {
  it('whole results, their members and destructured parts are safe; Issuing cards expanded with number / cvc are not', () => {
    expect(
      probe(
        `
        import Stripe from 'stripe';
        const stripe = new Stripe(key);
        async function f(req) {
          const pm = await stripe.paymentMethods.retrieve(id);
          const { paymentMethod } = await stripeJs.createPaymentMethod({ elements });
          const card = await stripe.issuing.cards.retrieve(id, { expand: ['number', 'cvc'] });
          const plain = await stripe.issuing.cards.retrieve(id);
          const other = await fetchCard(id);
          probe(pm); probe(pm.card.number); probe(paymentMethod.card.cvc); probe(card.number); probe(card.cvc);
          probe(plain.number); probe(other.card.number); probe(req.body.card.number);
        }
      `,
        (node, sc) => classifyValue(node, sc),
      ),
    ).toEqual(['safe', 'safe', 'safe', 'pan', 'cvc', 'safe', 'pan', 'pan']);
  });

  it('a variable or field that only ever holds Stripe objects (Elements, API results) is no card data, whatever its name', () => {
    expect(
      probe(
        `
        import { loadStripe } from '@stripe/stripe-js';
        let cvc = null;
        let cardNumber = '';
        let expiry;
        class Checkout {
          cardNumber = null;
          #cvc;
          creditCard;
          constructor(elements, form) {
            this.cardNumber = elements.create('cardNumber', { style });
            this.#cvc = elements.getElement('cardCvc');
            this.creditCard = form.cardNumber;
          }
          log() { probe(this.cardNumber); probe(this.#cvc); probe(this.creditCard.number); }
        }
        export default {
          data() { return { cardNumber: null, cardCvc: null }; },
          mounted() {
            this.cardNumber = this.$stripe.elements().create('cardNumber');
            this.cardCvc = this.$stripe.elements().create('cardCvc');
            this.cardCvc = this.form.cvc;
          },
          methods: { pay() { probe(this.cardNumber); probe(this.cardCvc); } },
        };
        async function setup(elements, input) {
          cvc = elements.create('cardCvc');
          cardNumber = elements.create('cardNumber');
          expiry = input.value;
          probe(cvc); probe(cardNumber); probe(expiry);
          let cardNo = null;
          cardNo = elements.create('cardNumber');
          cardNo = cardNo;
          probe(cardNo);
          let ccNumber = null;
          ccNumber = elements.create('payment');
          ccNumber = elements.create(type);
          probe(ccNumber);
        }
      `,
        (node, sc) => classifyValue(node, sc),
      ),
      // '' is a write of no Stripe object (a template may bind the field, as \`v-model\` binds data()'s ''); a value
      // written back into its own variable is none either.
    ).toEqual(['safe', 'safe', 'pan', 'safe', 'cvc', 'safe', 'pan', 'expiry', 'pan', 'pan']);
  });

  it('an Element is looked up on an Elements group only: not on a form or any other object (regression probe 285)', () => {
    expect(
      probe(
        `
        import { loadStripe } from '@stripe/stripe-js';
        const stripe = await loadStripe(key);
        function mount(form, elements) {
          let cardNumber = null;
          cardNumber = form.getElement('cardNumber');
          probe(cardNumber);
          let cardCvc = null;
          cardCvc = form.fields.create('cardCvc');
          probe(cardCvc);
          let cvc = null;
          cvc = stripe.elements({ mode: 'payment' }).create('cardCvc');
          probe(cvc);
          let pan = null;
          pan = elements.getElement('cardNumber');
          probe(pan);
        }
      `,
        (node, sc) => classifyValue(node, sc),
      ),
    ).toEqual(['pan', 'cvc', 'safe', 'safe']);
  });

  it("a value the file declares one of Stripe.js's Element types is no card data; its serialised handle neither", () => {
    expect(
      probe(
        `
        import type { StripeCardCvcElement, StripeCardNumberElement } from '@stripe/stripe-js';
        import type { CardNumber } from './types';
        class Pay {
          cardNumber!: StripeCardNumberElement;
          cardCvc?: StripeCardCvcElement | null;
          cvc!: string;
          log() { probe(this.cardNumber); probe(this.cardCvc); probe(this.cvc); probe(JSON.stringify(this.cardCvc)); }
        }
        function watch(cardCvc: StripeCardCvcElement, cardNumber: CardNumber, cvv: StripeCardCvcElement | string) {
          probe(cardCvc); probe(cardNumber); probe(cvv); probe(JSON.stringify(cardNumber));
        }
      `,
        (node, sc) => classifyValue(node, sc),
      ),
    ).toEqual(['safe', 'safe', 'cvc', 'safe', 'safe', 'pan', 'cvc', 'pan']);
  });

  it('sensitiveParts skips Stripe results', () => {
    expect(
      probe(
        `
        import Stripe from 'stripe';
        const stripe = Stripe(key);
        const cardNumber = await stripe.tokens.retrieve(tok);
        probe({ cardNumber }); probe({ card: { number: cardNumber } }); probe(\`\${cardNumber}\`);
      `,
        (node, sc) => sensitiveParts(node, sc).length,
      ),
    ).toEqual([0, 0, 0]);
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

  it('a list mapped with an inline callback holds the objects the callback returns', () => {
    expect(
      probe(
        `
        const cards = text.split('\\n').map((line) => { const [number, expiry, cvc] = line.split('|'); return { number, expiry, cvc }; });
        probe(cards);
        const saved = Array.from(rows, (row) => ({ cardNumber: row[0], brand: row[1] }));
        probe({ saved });
        const safe = list.map((c) => ({ last4: c.number.slice(-4), brand: c.brand }));
        probe(safe);
        const names = list.map((c) => c.name);
        probe(names);
        const viaFn = list.map(toCard);
        probe(viaFn);
      `,
        (node, sc) => sensitiveParts(node, sc).map((p) => `${p.kind}:${p.name}@${p.node.type === AST_NODE_TYPES.Identifier ? p.node.name : p.node.type}`),
      ),
    ).toEqual([['cvc:cvc@cards'], ['pan:cardNumber@saved'], [], [], []]);
  });

  it('a list holds what the file pushes into it (a never-reassigned variable)', () => {
    expect(
      probe(
        `
        const cards = JSON.parse(localStorage.getItem('cards') || '[]');
        cards.push({ cardNumber: n, cvv: c });
        probe(cards);
        const queue = [];
        queue.unshift(entry);
        const entry = { id: 1, cvc: c };
        probe(queue);
        let later = [];
        later.push({ cvc: c });
        later = [];
        probe(later);
        const names = [];
        names.push({ name: 'x', last4: n.slice(-4) });
        probe(names);
      `,
        (node, sc) => sensitiveParts(node, sc).map((p) => `${p.kind}:${p.name}@${p.node.type === AST_NODE_TYPES.Identifier ? p.node.name : p.node.type}`),
      ),
    ).toEqual([['cvc:cvv@cards', 'pan:cardNumber@cards'], ['cvc:cvc@queue'], [], []]);
  });

  it("a class's field holds what its methods set it to or push into it", () => {
    expect(
      probe(
        `
        class Store {
          items = [];
          state = { cardNumber: '', cvc: '' };
          draft = { cardNumber: '', cvc: '' };
          errors = { cardNumber: '', cvc: '' };
          parse(text) { this.cards = text.split('\\n').map((l) => { const [number, cvc] = l.split('|'); return { number, cvc }; }); }
          add(c) { this.items.push({ cardNumber: c.number, brand: c.brand }); this.last = { cvv: c.cvc }; this.draft = { cardNumber: c.last4 }; }
          save() { probe(this.cards); probe(this.items); probe(this.last); probe(this.state); probe(this.draft); probe(this.errors); probe(this.other); }
        }
        function outside() { probe(this.cards); }
      `,
        (node, sc) => sensitiveParts(node, sc).map((p) => `${p.kind}:${p.name}`),
      ),
      // A field written once as a blank form (\`state\`) is that form's model, by its keys; not one written again
      // (\`draft\`) nor a record of errors
    ).toEqual([['cvc:cvc'], ['pan:cardNumber'], ['cvc:cvv'], ['cvc:cvc', 'pan:cardNumber'], [], [], [], []]);
  });

  it('either branch of a conditional: its value as a whole first, then the objects it may be', () => {
    expect(
      probe(
        `
        probe(saved ? card.number : '');
        probe({ pm: saved ? { cardNumber: s.cardNumber, brand: s.brand } : { cardNumber: d.cardNumber, cvv: d.cvv } });
        probe(saved ? { last4: s.last4 } : { id: d.id, cardNumber: d.last4 });
        probe(ok ? [user.email, card.cvc] : null);
      `,
        (node, sc) => sensitiveParts(node, sc).map((p) => `${p.kind}:${p.name}@${p.node.type}`),
      ),
    ).toEqual([
      ['pan:saved ? card.number : \'\'@ConditionalExpression'],
      ['pan:cardNumber@Identifier', 'pan:cardNumber@Identifier', 'cvc:cvv@Identifier'],
      [],
      ['cvc:card.cvc@MemberExpression'],
    ]);
  });

  it('text built in a const (template, concatenation, JSON.stringify) is read through it, and reported at the use', () => {
    expect(
      probe(
        `
        const line = \`card \${req.body.cardNumber} cvc \${req.body.cvc}\`; probe(line);
        const joined = 'cvc=' + form.cvc; probe(joined);
        const json = JSON.stringify({ card: { number: n } }); probe(json);
        const safe = \`card ending \${card.last4}\`; probe(safe);
        let later = ''; later = 'cvc=' + form.cvc; probe(later);
      `,
        (node, sc) => sensitiveParts(node, sc).map((p) => `${p.kind}:${p.name}@${p.node.type === AST_NODE_TYPES.Identifier ? p.node.name : p.node.type}`),
      ),
    ).toEqual([['cvc:req.body.cvc@line', 'pan:req.body.cardNumber@line'], ['cvc:form.cvc@joined'], ['pan:number@json'], [], []]);
  });

  it("a card number read off another kind of card's record (the function also reads its rarity, set code…) is no PAN", () => {
    expect(
      probe(
        `
        function show(card) { probe(\`\${card.name} #\${card.number} \${card.rarity}\`); }
        function sample(card) { const { set_code } = card; probe(card.card_number); }
        function pay(card) { probe(card.number); probe(card.exp_month); }
        function other(card, tcg) { probe(card.number); return tcg.rarity; }
      `,
        (node, sc) => sensitiveParts(node, sc).map((p) => `${p.kind}:${p.name}`),
      ),
    ).toEqual([[], [], ['pan:card.number'], [], ['pan:card.number']]);
  });

  it('a count or a position under a card-number name is no PAN: small numbers, arithmetic, a state that starts at 0', () => {
    expect(
      probe(
        `
        import { useState } from 'react';
        function Deck(cards) {
          const [session] = useState({ cardNumber: 0, cvc: '' });
          probe({ cardNumber: 1, exp_month: 12, cvc: 123 }); probe({ card: { number: cards.length + 1 } }); probe(session.cardNumber);
          probe(session); probe({ cardNumber: 4242424242424242 });
        }
      `,
        (node, sc) => sensitiveParts(node, sc).map((p) => `${p.kind}:${p.name}`),
      ),
    ).toEqual([['cvc:cvc'], [], [], ['cvc:cvc'], ['pan:cardNumber']]);
  });

  it('several parts at one node: the sensitive authentication data first (the one report there names it); parts at their own nodes in order', () => {
    expect(
      probe(
        `
        const card = { number: n, exp: e, cvc: c, track2: t }; probe(card);
        probe({ cardNumber: n, cvv: c });
        probe(\`\${form.cardNumber} \${form.cvv}\`);
      `,
        (node, sc) => sensitiveParts(node, sc).map((p) => `${p.kind}:${p.name}`),
      ),
    ).toEqual([['cvc:cvc', 'pan:number', 'track:track2'], ['pan:cardNumber', 'cvc:cvv'], ['pan:form.cardNumber', 'cvc:form.cvv']]);
  });

  it('flags are no card data: booleans by shape, under any key, and variables initialised to one', () => {
    expect(
      probe(
        `
        probe({ hasCardNumber: !!el, hasCvc: Boolean(el), needsCvc: true, cvcOk: cvc.length === 3, both: !!a && b > 1 });
        const hasCardNumber = !!el; probe(hasCardNumber);
        probe({ cvc: cvc ?? false, cardNumber: ok ? n : null });
      `,
        (node, sc) => sensitiveParts(node, sc).map((p) => `${p.kind}:${p.name}`),
      ),
    ).toEqual([[], [], ['cvc:cvc', 'pan:cardNumber']]);
  });
});

describe('cardFieldsOfPayload', () => {
  it('classifies payload paths in card context and drops safe values', () => {
    expect(
      probe(
        `
        import Stripe from 'stripe';
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

  it("drops values that cannot be the field's data as written: a vault's alias, a proxy's expression (batch EO)", () => {
    expect(
      probe(
        `
        import Stripe from 'stripe';
        const ALIAS = 'tok_sandbox_7oJbTZ5yPL3xgbRaRiW5xs';
        probe({ card: { number: 'tok_sandbox_7oJbTZ5yPL3xgbRaRiW5xs', cvc: ALIAS } });
        probe({ card: { number: \`{{ \${tokenId} | json: "$.data.number" }}\`, cvc: \`{{ \${tokenId} | json: "$.data.cvc" }}\` } });
        probe({ card: { number: c.attributes.pan_alias, cvc: c.cvcToken } });
        probe({ card: { number: '4242 4242 4242 4242', cvc: '123' } });
        probe({ card: { number: \`\${first}-\${rest}\`, cvc: \`\${cvc}\` } });
        probe({ card: { number: \`PAN \${cardNumber}\` } });
      `,
        (node, sc) => cardFieldsOfPayload(payloadFields(node, sc), sc).map((f) => `${f.kind}:${f.name}`),
      ),
    ).toEqual([[], [], [], ['pan:card.number', 'cvc:card.cvc'], ['pan:card.number', 'cvc:card.cvc'], ['pan:card.number']]);
  });

  it("reads `source` as Stripe's card source only in a file that mentions Stripe", () => {
    expect(
      probe(
        `
        probe({ source: { object: 'card', number: n } });
        probe({ 'source[number]': n, 'source[cvc]': c });
        probe({ card: { number: n } });
      `,
        (node, sc) => cardFieldsOfPayload(payloadFields(node, sc), sc).map((f) => `${f.kind}:${f.name}`),
      ),
    ).toEqual([[], ['pan:source.number', 'cvc:source.cvc'], ['pan:card.number']]);
  });

  it('reads a `number` beside a CVC as the card number, at the same level only (a bare security code is no CVC)', () => {
    expect(
      probe(
        `
        probe({ number: vm.number, cvv: vm.cvv, amount: vm.amount });
        probe({ 'payment[number]': n, 'payment[cvv]': c });
        probe({ number: n, security_code: c });
        probe({ number: orderNumber, amount });
        probe({ number: orderNumber, payment: { cvc: c } });
      `,
        (node, sc) => cardFieldsOfPayload(payloadFields(node, sc), sc).map((f) => `${f.kind}:${f.name}`),
      ),
    ).toEqual([['pan:number', 'cvc:cvv'], ['pan:payment.number', 'cvc:payment.cvv'], [], [], ['cvc:payment.cvc']]);
  });
});

describe('payloadFields through parameters', () => {
  it("a local function's parameter holds what its calls in the file pass in that position, placed at the callers", () => {
    const fields: string[][] = [];
    runWithRule(
      `
      function send(amount, card) { probe({ amount, card }); }
      const post = (body = {}) => probe(body);
      function again(card) { probe(card); again({ number: inner }); }
      function handedOn(card) { probe(card); }
      function reassigned(card) { card = mask(card); probe(card); }
      send(100, { number: n1, cvc: c1 });
      send(...args, { number: n2 });
      post({ cvc: c3 });
      post({ cvc: c4 });
      list.forEach(handedOn);
      again({ cvc: c5 });
      reassigned({ number: n6 });
    `,
      (context) => ({
        CallExpression(node) {
          if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'probe' || !node.arguments[0]) return;
          const sc = context.sourceCode;
          fields.push(payloadFields(node.arguments[0], sc).map((f) => `${f.path.join('.')}@${f.keyNode.loc.start.line}`));
        },
      }),
    );
    expect(fields).toEqual([
      ['amount@2', 'card.number@7', 'card.cvc@7'],
      ['cvc@9', 'cvc@10'],
      ['cvc@12'],
      [],
      [],
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

describe('holdsStripeTestCard', () => {
  it("a const set to one of Stripe's test cards, and the literal fields of a const object that holds one; nothing set later or read elsewhere", () => {
    expect(
      probe(
        `
        const card = { number: '4242 4242 4242 4242', cvc: '123', exp: '12/34' };
        const threeDs = '4000002500003155';
        const mine = { number: '4111 1111 1111 1112', cvc: '123' };
        const typed = { number: '4242424242424242', cvc: input.value };
        const changed = { number: '4242424242424242' }; changed.number = field.value;
        probe(card.number); probe(card.cvc); probe(threeDs); probe(mine.number); probe(mine.cvc); probe(typed.cvc);
        probe(typed.number); probe(changed.number); probe(form.cardNumber);
      `,
        (node, sc) => holdsStripeTestCard(node, sc),
      ),
    ).toEqual([true, true, true, false, false, false, true, false, false]);
  });
});

describe('sensitiveFieldReadFrom', () => {
  const held = (code: string): (string | null)[] =>
    probeArguments(code, (node, sourceCode) => {
      const part = sensitiveFieldReadFrom(node, sourceCode);
      return part && `${part.kind}:${part.object}.${part.name}`;
    });

  it('finds a card field the enclosing function reads from the same object: members, computed keys, destructuring, nested callbacks', () => {
    expect(
      held(`
        function a(req) { probe(req.body); return tokenize(req.body.cvc); }
        function b(req) { probe(req.body); const { cardNumber } = req.body; return cardNumber; }
        function c(form) { probe(form); return form['card_number']; }
        function d(card) { probe(card); setTimeout(() => send(card.number)); }
        function e(req) { probe(req.query); return req.body.cvc; }
        function f(req) { probe(req.body); return req.body.amount; }
        function g(req) { probe(req.body); const body = req.body; return body.cvc; }
        function h(req, other) { probe(req.body); return other.body.cvc; }
        function i(req) { probe(JSON.stringify(req.body)); return req.body.cvc; }
      `),
    ).toEqual(['cvc:req.body.cvc', 'pan:req.body.cardNumber', 'pan:form.card_number', 'pan:card.number', null, null, null, null, 'cvc:req.body.cvc']);
  });

  it("a card object held under a container's name, and the values of an object literal written whole, two levels deep", () => {
    expect(
      held(`
        function a(order) { probe(order); return order.card.cvc.length === 3; }
        function b(card) { probe({ room: 'double', card }); return card.cvc; }
        function c(cardDetails) { const resultObj = { card: cardDetails }; probe(resultObj); log(resultObj.card.number); }
        function d(order) { probe(order); return [order.customer.number, order.card.last4]; }
        function e(req) { probe({ body: req.body, at: Date.now() }); return req.body.card.cvc; }
        function f(trip) { probe(trip); return trip.booking.card.cvc; }
        function g(trip) { probe({ trip: { order: trip.order } }); return trip.order.card.cvc; }
        function h(trip) { probe(trip); return trip.booking.guest.card.cvc; }
      `),
    ).toEqual(['cvc:order.card.cvc', 'cvc:card.cvc', 'pan:resultObj.card.number', null, 'cvc:req.body.card.cvc', 'cvc:trip.booking.card.cvc', null, null]);
  });

  it("DOM objects hold no card data: an event's element, a form's controls (precision probe 292)", () => {
    expect(
      held(`
        function a(event) { probe(event); const { card_number, card_cvv } = event.target.elements; save(card_number.value, card_cvv.value); }
        function b(e) { probe(e.currentTarget); return e.currentTarget.cvc.value; }
        function c(form) { probe(form.elements); return form.elements.cvc.value; }
        function d(form) { probe(JSON.stringify(form.elements)); return form.elements.cardNumber.value; }
        function e(req) { probe(req.body); return req.body.card.cvc; }
        function f(submitEvent) { probe(submitEvent); return submitEvent.target.elements.cvc.value; }
      `),
    ).toEqual([null, null, null, null, 'cvc:req.body.card.cvc', null]);
  });

  it('...but not data under the same words: a transfer\'s target, a state\'s elements (regression probe 293)', () => {
    expect(
      held(`
        function a(req) { const body = req.body; probe(body); return body.target.cardNumber; }
        function b(transfer) { probe(JSON.stringify(transfer)); return transfer.target.cvv; }
        function c(state) { probe(state.payment); return state.payment.elements.cardNumber; }
      `),
    ).toEqual(['pan:body.target.cardNumber', 'cvc:transfer.target.cvv', 'pan:state.payment.elements.cardNumber']);
  });

  it('a field whose own name says card data, held under a container of any name; `number` and `code` only under a card container (real-world batch EK); through a const that names the path', () => {
    expect(
      held(`
        function a(req) { probe(req.body); return req.body.details.cardSecurityCode === '000'; }
        function b(response) { probe(response); send(response.details.cardNumber); }
        function c(req) { probe(req.body); return req.body.details.number; }
        function d(req) { probe(req.body); return [req.body.payment.card.cvc, req.body.meta.code]; }
        function e(req) { delete req.body.details; probe(req.body); return req.body.details.cvc; }
        function f(req) { const cardData = req.body.payment; const q = { where: { cardNumber: req.body.payment.cardNumber } }; probe(cardData); }
        function g(req) { const cardData = req.body.payment; probe(cardData); return req.body.user.email; }
      `),
    ).toEqual(['cvc:req.body.details.cardSecurityCode', 'pan:response.details.cardNumber', null, 'cvc:req.body.payment.card.cvc', null, 'pan:req.body.payment.cardNumber', null]);
  });

  it("the fields an object literal's spread copies and an array's elements, unless a later key replaces the field", () => {
    expect(
      held(`
        function a(req) { probe({ ...req.body, status: 'pending' }); return req.body.cvv; }
        function b(req) { probe([req.body]); return req.body.cardNumber; }
        function c(req) { probe({ ...req.body, cvv: undefined }); return req.body.cvv; }
        function d(req) { probe({ ...req.body, cardNumber: '[redacted]' }); return req.body.cvv; }
        function e(req) { probe([...req.body.items]); return req.body.cvv; }
        function f(req) { probe({ ...req.query }); return req.body.cvv; }
        function g(req) { if (!req.body.cvc) return; delete req.body.cvc; delete req.body.cardNumber; probe([req.body]); }
        function h(req) { const { cvc } = req.body; delete req.body.cardNumber; probe(req.body); return cvc; }
      `),
    ).toEqual(['cvc:req.body.cvv', 'pan:req.body.cardNumber', null, 'cvc:req.body.cvv', null, null, null, 'cvc:req.body.cvc']);
  });

  it('paths from `this`: the same instance (class members, arrow callbacks) counts, another function\'s `this` does not', () => {
    expect(
      held(`
        class Pay {
          validate = () => { probe(this.state); return this.state.cvv !== ''; };
          submit() { probe(this.state); const { cardNumber } = this.state; return [1].map(() => cardNumber); }
          later() { probe(this.state); return function () { return this.state.cvv; }; }
          props() { probe(this.props); return this.state.cvv; }
        }
        function plain() { probe(this.form); return this.form.cvc; }
      `),
    ).toEqual(['cvc:this.state.cvv', 'pan:this.state.cardNumber', null, null, 'cvc:this.form.cvc']);
  });

  it('fields set on the object count, unless set to a safe form or cleared; the CVC is named over the PAN', () => {
    const access = (code: string): (string | null)[] =>
      probeArguments(code, (node, sourceCode) => {
        const part = sensitiveFieldReadFrom(node, sourceCode);
        return part && `${part.access}:${part.kind}:${part.name}`;
      });
    expect(
      access(`
        function a(user, body) { user.cardNumber = body.number; probe(user); }
        function b(user, pm) { user.cardNumber = pm.card.last4; user.cvc = undefined; probe(user); }
        function c(user, n) { user.cvc = encrypt(n); probe(user); }
        function d(user, body) { user.cardNumber = body.number; user.cvc = body.cvc; probe(user); }
        function e(user) { probe(user); return user.cvc === ''; }
        function f(user) { user.cvc += '1'; probe(user); }
      `),
    ).toEqual(['sets:pan:cardNumber', null, 'sets:cvc:cvc', 'sets:cvc:cvc', 'reads:cvc:cvc', 'reads:cvc:cvc']);
  });
});

describe('writtenValueCannotBe', () => {
  it('judges strings, consts and the written text of templates whose parts are no card data', () => {
    const judge = (kind: 'pan' | 'cvc' | 'track') => (node: TSESTree.Node, sc: never) => writtenValueCannotBe(kind, node, sc);
    const code = `
      const ALIAS = 'tok_sandbox_1';
      probe('tok_sandbox_1'); probe(ALIAS); probe('4242424242424242'); probe(\`{{ \${id} | json: "$.number" }}\`);
      probe(\`\${a} \${b}\`); probe(\`\${a}-\${b}\`); probe(\`card: \${cardNumber}\`); probe(\`v\${x}\`); probe(n);
      probe('{{ ' + id + ' | json: "$.number" }}'); probe('PAN ' + cardNumber); probe(a + '-' + b); probe(a + b);
    `;
    expect(probe(code, judge('pan'))).toEqual([true, true, false, true, false, false, false, true, false, true, false, false, false]);
    // (A CVC has digits alone: a dash between two parts is foreign to it.)
    expect(probe(code, judge('cvc'))).toEqual([true, true, true, true, false, true, false, true, false, true, false, true, false]);
    expect(probe(code, judge('track'))).toEqual(Array(13).fill(false));
  });
});

describe('isMadeUpCardNumber', () => {
  it("a literal or a const's digits that no issued card has (failing the Luhn check, too few or too many); not a test card, a mask or an unknown value", () => {
    const code = `
      const DEMO = '4242 4242 4242 4241';
      probe('111111111111'); probe(DEMO); probe('1234-5678-9012-3456'); probe('4242424242424242'); probe('378282246310005');
      probe('0001'); probe('123456'); probe('42424242424242424242'); probe('************4241'); probe(cardNumber); probe(\`\${a}1111\`); probe(''); probe('12 ab');
    `;
    expect(probe(code, (node, sourceCode) => isMadeUpCardNumber(node, sourceCode))).toEqual([true, true, true, false, false, true, true, true, false, false, false, false, false]);
  });
});

describe('literalCannotBe', () => {
  it('with the checksum, a PAN must also pass the Luhn check; a CVC is judged as without it', () => {
    const cases: [Parameters<typeof literalCannotBe>[0], string, boolean][] = [
      ['pan', '111111111111', true],
      ['pan', '4242424242424241', true],
      ['pan', '4242 4242 4242 4241', true],
      ['pan', '1234-5678-9012-3456', true],
      ['pan', '4242 4242 4242 4242', false],
      ['pan', '5555555555554444', false],
      ['pan', '378282246310005', false],
      ['pan', '0001', true],
      ['cvc', '123', false],
      ['cvc', '12345', true],
    ];
    expect(cases.map(([kind, text]) => literalCannotBe(kind, text, true))).toEqual(cases.map(([, , expected]) => expected));
    // Without it (a payload sent to a card API), a number that fails the check is still a card number's shape.
    expect(['111111111111', '4242424242424241'].map((text) => literalCannotBe('pan', text))).toEqual([false, false]);
  });

  it('a PAN has 12 to 19 digits, a CVC 3 or 4; empty text is neither; other kinds are not judged', () => {
    const cases: [Parameters<typeof literalCannotBe>[0], string, boolean][] = [
      ['pan', '0001', true],
      ['pan', '4111 1111 1111 1111', false],
      ['pan', '4111-1111-1111-1111', false],
      ['pan', '4242424242424242', false],
      ['pan', '************4242', true],
      ['pan', '', true],
      ['cvc', '505', false],
      ['cvc', '1234', false],
      ['cvc', 'n/a', true],
      ['cvc', '12', true],
      ['track', 'x', false],
    ];
    expect(cases.map(([kind, text]) => literalCannotBe(kind, text))).toEqual(cases.map(([, , expected]) => expected));
  });
});

describe('partsBesideArguments', () => {
  /** The parts of each `log(…)` call's arguments, its own and beside the others. */
  function logged(code: string): string[][] {
    const out: string[][] = [];
    runWithRule(code, (context) => ({
      CallExpression(node: TSESTree.CallExpression) {
        if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'log') return;
        const args = node.arguments as TSESTree.Node[];
        const parts = partsBesideArguments(args, args.map((arg) => sensitiveParts(arg, context.sourceCode)), context.sourceCode);
        out.push(parts.flat().map((p) => `${p.kind}:${p.name}`));
      },
    }));
    return out;
  }

  it('reads a security code handed beside a card number as the CVC (probe 307), only beside a card number that is one', () => {
    expect(
      logged(`
        log('paying', user_id, card_number, security_code, expiration_date);
        log('paying', req.body.card_number, req.body.securityCode);
        log('otp', phone_number, security_code);
        log('verify', card_number, verificationCode);
        const { number, exp_month } = order.card;
        log('card', number, exp_month, securityCode);
      `),
    ).toEqual([
      ['pan:card_number', 'cvc:security_code'],
      ['pan:req.body.card_number', 'cvc:req.body.securityCode'],
      [],
      ['pan:card_number'],
      // (a card number read as \`number\` out of a card's fields names no card beside it: the code stays unread)
      ['pan:number'],
    ]);
  });
});

describe('collectibleCardFile', () => {
  const collectible = (code: string): boolean => probeArguments(`${code}\nprobe(0);`, (_node, sourceCode) => collectibleCardFile(sourceCode))[0]!;

  it('is a file about trading, graded or sports cards that spells none of a payment card\'s other data (real-world batch 343)', () => {
    expect(collectible(`const url = 'https://api.pokemontcg.io/v2/cards';\nconsole.log('card number', card.card_number);`)).toBe(true);
    expect(collectible(`// PSA 10 slabs\nconst q = { card_set: set, card_number: n, rarity };`)).toBe(true);
    expect(collectible(`const label = 'Graded card holder';\nfetch('/api/cards', { body: JSON.stringify({ cardNumber, grade: 'PSA 9' }) });`)).toBe(true);
    expect(collectible(`export const search = (q) => fetch(\`https://api.scryfall.com/cards/search?q=\${q}\`);`)).toBe(true);
  });

  it('is not when the file also spells a CVC, a cardholder, a credit card, an expiry or the cc- autocomplete tokens', () => {
    for (const payment of ['const [cardCvc, setCardCvc] = useState("");', 'const cardholderName = form.name;', '// pay by credit card', 'const { exp_month, exp_year } = card;', '<input autoComplete="cc-number" />', 'placeholder="MM / YY"']) {
      expect(collectible(`// Pokémon card shop checkout\n${payment}`), payment).toBe(false);
    }
  });

  it('is not a file that names no collectible card', () => {
    expect(collectible(`console.log('paying with', req.body.cardNumber);`)).toBe(false);
    expect(collectible(`const gradient = 'linear-gradient(red, blue)'; const holder = 'foil-wrapped';`)).toBe(false);
  });
});
