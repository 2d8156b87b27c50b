import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { gatewayCallOf, gatewaySetterOf, readsGatewayResponse } from '../../src/analysis/gateway-sdks.js';
import { runWithRule } from './helpers.js';

/** Each member call's gateway call as `sdk method: objects`, or `-` for a call that is none. */
function calls(code: string): string[] {
  const out: string[] = [];
  runWithRule(code, (context) => ({
    CallExpression(node: TSESTree.CallExpression) {
      if (node.callee.type !== 'MemberExpression') return;
      const g = gatewayCallOf(node, context.sourceCode);
      out.push(g === null ? '-' : `${g.sdk} ${g.method}: ${g.objects.map((n) => context.sourceCode.getText(n)).join(',')}`);
    },
  }));
  return out;
}

describe('gatewayCallOf', () => {
  it("reads other gateways' server SDKs by their modules, through instances, factories and requires", () => {
    expect(
      calls(`
        import braintree from 'braintree';
        import { CardToken } from 'mercadopago';
        const Iyzipay = require('iyzipay');
        const iyzipay = new Iyzipay(options);
        const gateway = new braintree.BraintreeGateway(options);
        const token = new CardToken(client);
        iyzipay.payment.create(request, (err, result) => done(err, result));
        gateway.transaction.sale({ amount });
        token.create({ body });
      `),
    ).toEqual(['Iyzico (iyzipay) payment.create: request', 'Braintree (braintree) transaction.sale: { amount }', 'Mercado Pago (mercadopago) create: { body }']);
  });

  it("reads a promisified method: util's and Bluebird's promisify, bound or with its receiver named, and promisifyAll's Async names (real-world batch GD)", () => {
    const out: string[] = [];
    runWithRule(
      `
        import braintree from 'braintree';
        import { promisify } from 'node:util';
        import Promise from 'bluebird';
        const gateway = new braintree.BraintreeGateway(options);
        const sale = promisify(gateway.transaction.sale.bind(gateway.transaction));
        const sale2 = Promise.promisify(gateway.transaction.sale, { context: gateway.transaction });
        const sale3 = promisify(gateway.transaction, 'sale');
        const find = promisify(gateway.transaction.find.bind(gateway.transaction));
        const other = promisify(fs.writeFile);
        let later = promisify(gateway.transaction.sale.bind(gateway.transaction));
        if (test) later = other;
        sale(a); sale2(b); sale3(c); gateway.transaction.saleAsync(d); find(e); other(f); later(g); gateway.transaction.findAsync(h);
      `,
      (context) => ({
        'Program > ExpressionStatement > CallExpression'(node: TSESTree.CallExpression) {
          const g = gatewayCallOf(node, context.sourceCode);
          out.push(g === null ? '-' : `${g.sdk} ${g.method}: ${g.objects.map((n) => context.sourceCode.getText(n)).join(',')}`);
        },
      }),
    );
    expect(out).toEqual([
      'Braintree (braintree) transaction.sale: a',
      'Braintree (braintree) transaction.sale: b',
      'Braintree (braintree) transaction.sale: c',
      'Braintree (braintree) transaction.sale: d',
      '-',
      '-',
      '-',
      '-',
    ]);
  });

  it("reads Flutterwave's older Rave SDK (real-world batch FD)", () => {
    expect(
      calls(`
        import RavePay from 'ravepay';
        const rave = new RavePay(publicKey, secretKey, false);
        rave.TokenCharge.card(cardDetails);
      `),
    ).toEqual(['Flutterwave (ravepay) TokenCharge.card: cardDetails']);
  });

  it('reads only the calls that send: no lookup, no other module, no call without an object to send', () => {
    expect(
      calls(`
        import braintree from 'braintree';
        import { payments } from './payments';
        const gateway = new braintree.BraintreeGateway(options);
        gateway.transaction.find(id);
        payments.create({ card });
        gateway.transaction.sale(() => {});
        Math.max(1, 2);
      `),
    ).toEqual(['-', '-', '-', '-']);
  });

  it("reads Checkout.com's payments.request (real-world batch DV)", () => {
    expect(
      calls(`
        import { Checkout } from 'checkout-sdk-node';
        const cko = new Checkout(key);
        cko.payments.request({ source: { type: 'card', number } });
        http.request({ source });
      `),
    ).toEqual(['Checkout.com (checkout-sdk-node) payments.request: { source: { type: \'card\', number } }', '-']);
  });

  it('is null in a file that names no gateway module, before any scope work', () => {
    expect(calls(`const gateway = makeGateway(); gateway.transaction.sale({ creditCard });`)).toEqual(['-']);
  });
});

/** Each member call's card setter as `sdk method field kind: value`, or `-` for a call that is none. */
function setters(code: string): string[] {
  const out: string[] = [];
  runWithRule(code, (context) => ({
    CallExpression(node: TSESTree.CallExpression) {
      if (node.callee.type !== 'MemberExpression') return;
      const s = gatewaySetterOf(node, context.sourceCode);
      out.push(s === null ? '-' : `${s.sdk} ${s.method} ${s.field} ${s.kind}: ${context.sourceCode.getText(s.value)}`);
    },
  }));
  return out;
}

describe('gatewaySetterOf', () => {
  it("reads Authorize.net's card setters on objects made from its contracts, imported or required", () => {
    expect(
      setters(`
        import { APIContracts } from 'authorizenet';
        const ApiContracts = require('authorizenet').APIContracts;
        const card = new APIContracts.CreditCardType();
        card.setCardNumber(form.number);
        card.setCardCode(form.code);
        const track = new ApiContracts.CreditCardTrackType();
        track.setTrack2(swipe.track2);
        card.setExpirationDate(form.expiry);
      `),
    ).toEqual([
      'Authorize.net (authorizenet) card.setCardNumber cardNumber pan: form.number',
      'Authorize.net (authorizenet) card.setCardCode cardCode cvc: form.code',
      'Authorize.net (authorizenet) track.setTrack2 track2 track: swipe.track2',
      '-',
    ]);
  });

  it('is null for the same setter names on objects of other modules, and with no argument', () => {
    expect(
      setters(`
        import { APIContracts } from 'authorizenet';
        import { CardBuilder } from './cards';
        const builder = new CardBuilder();
        builder.setCardNumber(form.number);
        new APIContracts.CreditCardType().setCardNumber();
      `),
    ).toEqual(['-', '-']);
  });
});

describe('readsGatewayResponse', () => {
  /** Each console.log argument that is a member path: is it read off a gateway's response? */
  function reads(code: string): boolean[] {
    const out: boolean[] = [];
    runWithRule(code, (context) => ({
      'CallExpression[callee.property.name="log"] > MemberExpression'(node: TSESTree.MemberExpression) {
        if (node.parent.type === 'CallExpression' && node.parent.callee !== node) out.push(readsGatewayResponse(node, context.sourceCode));
      },
    }));
    return out;
  }

  it("reads Authorize.net's responses: a Response contract, a controller's getResponse(), through consts and for…of", () => {
    expect(
      reads(`
        const { APIContracts, APIControllers } = require('authorizenet');
        const ctrl = new APIControllers.GetCustomerPaymentProfileListController(request.getJSON());
        const response = new APIContracts.GetCustomerPaymentProfileListResponse(ctrl.getResponse());
        for (const p of response.getPaymentProfiles().getPaymentProfile()) console.log(p.payment.creditCard.cardNumber);
        const raw = ctrl.getResponse();
        console.log(raw.profile.paymentProfiles[0].payment.creditCard.cardNumber);
      `),
    ).toEqual([true, true]);
  });

  it("is false for a request's values, another module's responses and a file that names no gateway SDK", () => {
    expect(
      reads(`
        const { APIContracts } = require('authorizenet');
        import { CardResponse } from './cards';
        const card = new APIContracts.CreditCardType();
        console.log(req.body.creditCard.cardNumber);
        const mine = new CardResponse(data);
        console.log(mine.card.number);
        for (const c of req.body.cards) console.log(c.number);
      `),
    ).toEqual([false, false, false]);
    expect(reads(`const r = new GetCustomerPaymentProfileListResponse(x); console.log(r.card.number);`)).toEqual([false]);
  });

  it("reads NMI Collect.js's tokenization response: the callback given to CollectJS.configure, also in options held in a const (real-world batch 332); not another object's, nor another option's", () => {
    expect(
      reads(`
        CollectJS.configure({ callback: (response) => { console.log(response.card.number); } });
        window.CollectJS.configure({ variant: 'inline', callback: function (r) { console.log(r.card.bin); } });
        (window as any).CollectJS.configure({ 'callback': (res) => console.log(res.token) });
        Gateway.configure({ callback: (response) => { console.log(response.card.number); } });
        CollectJS.configure({ validationCallback: (field) => { console.log(field.card); } });
        CollectJS.configure({ callback: (response, extra) => { console.log(extra.card); } });
        const config = { variant: 'inline', callback: (held) => { console.log(held.card.number); } };
        window.CollectJS.configure(config);
        const other = { callback: (kept) => { console.log(kept.card.number); } };
        Gateway.configure(other);
      `),
    ).toEqual([true, true, true, false, false, false, true, false]);
  });
});
