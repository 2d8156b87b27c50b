import { describe, expect, it } from 'vitest';
import {
  CURRENT_STRIPE_JS_URL,
  classifyStripeScript,
  isStripeV2Member,
  stripeV2Replacement,
  STRIPE_JS_GLOBAL,
  LEGACY_CHECKOUT_GLOBAL,
  LEGACY_CHECKOUT_PACKAGES,
  JQUERY_PAYMENT_PACKAGES,
} from '../../src/stripe/legacy-js.js';

describe('classifyStripeScript (stripe-facts §2.1)', () => {
  it.each([
    ['js.stripe.com', '/v1/', 'stripe-js-v1'],
    ['js.stripe.com', '/v1', 'stripe-js-v1'],
    ['js.stripe.com', '/v2/', 'stripe-js-v2'],
    ['JS.Stripe.com', '/v2/stripe.js', 'stripe-js-v2'],
    ['js.stripe.com.', '/v2', 'stripe-js-v2'],
    ['checkout.stripe.com', '/checkout.js', 'legacy-checkout'],
    ['checkout.stripe.com', '/v2/checkout.js', 'legacy-checkout'],
    ['js.stripe.com', '/v3/', 'stripe-js-current'],
    ['js.stripe.com', '/v3', 'stripe-js-current'],
    ['js.stripe.com', '/dahlia/stripe.js', 'stripe-js-current'],
    ['js.stripe.com', '/v3/buy-button.js', 'stripe-js-current'],
  ] as const)('%s%s → %s', (host, path, kind) => {
    expect(classifyStripeScript(host, path)).toBe(kind);
  });

  it.each([
    ['connect-js.stripe.com', '/v1.0/connect.js'], // current Connect.js, §0.2
    ['connect-js.stripe.com', '/v0.1/connect.js'],
    ['js.stripe.com.evil.test', '/v2/'],
    ['evil-js.stripe.com', '/v2/'],
    ['js.stripe.com', '/v20/'],
    ['js.stripe.com', '/'],
    ['checkout.stripe.com', '/c/pay/cs_test_123'], // hosted Checkout Session page
    ['checkout.stripe.com', '/checkout.json'],
    ['api.stripe.com', '/v1/tokens'],
  ])('%s%s is not a Stripe.js v1/v2 or checkout.js script', (host, path) => {
    const kind = classifyStripeScript(host, path);
    expect(kind === null || kind === 'stripe-js-current').toBe(true);
  });

  it('an open-ended path needs the slash after the version', () => {
    expect(classifyStripeScript('js.stripe.com', '/v2', false)).toBeNull();
    expect(classifyStripeScript('js.stripe.com', '/v2/', false)).toBe('stripe-js-v2');
    expect(classifyStripeScript('checkout.stripe.com', '/checkout.js', false)).toBeNull();
  });

  it('the current URL is itself current Stripe.js', () => {
    const url = new URL(CURRENT_STRIPE_JS_URL);
    expect(classifyStripeScript(url.host, url.pathname)).toBe('stripe-js-current');
  });
});

describe('v1/v2 members (§2.2)', () => {
  it.each(['setPublishableKey', 'createToken', 'getToken', 'validateCardNumber', 'validateExpiry', 'validateCVC', 'cardType', 'card', 'bankAccount', 'piiData', 'source', 'applePay', 'bitcoinReceiver'])(
    '%s is v1/v2',
    (member) => expect(isStripeV2Member(member)).toBe(true),
  );

  it.each(['errors', 'webhooks', 'createFetchHttpClient', 'createSubtleCryptoProvider', 'version', 'Stripe', 'default'])(
    '%s (stripe-node statics and others) is not',
    (member) => expect(isStripeV2Member(member)).toBe(false),
  );

  it('names a v3 replacement for every family (§2.4)', () => {
    expect(stripeV2Replacement(['setPublishableKey'])).toContain('Stripe(publishableKey)');
    expect(stripeV2Replacement(['card', 'createToken'])).toContain('confirmPayment');
    expect(stripeV2Replacement(['card', 'validateCVC'])).toContain('change');
    expect(stripeV2Replacement(['piiData', 'createToken'])).toContain("createToken('pii'");
    expect(stripeV2Replacement(['bankAccount', 'createToken'])).toContain("'bank_account'");
    expect(stripeV2Replacement(['source', 'create'])).toContain('createPaymentMethod');
    expect(stripeV2Replacement(['applePay', 'checkAvailability'])).toContain('Express Checkout Element');
    expect(stripeV2Replacement(['getToken'])).toContain('tokens.retrieve');
  });
});

describe('text gates of no-stripe-js-v2', () => {
  it('both legacy globals spell "stripe", so a file that never mentions Stripe cannot reference them', () => {
    expect(/stripe/i.test(STRIPE_JS_GLOBAL)).toBe(true);
    expect(/stripe/i.test(LEGACY_CHECKOUT_GLOBAL)).toBe(true);
  });

  it("each package is looked for only past its family's gate: legacy Checkout packages spell stripe, jquery.payment ones .payment", () => {
    for (const name of LEGACY_CHECKOUT_PACKAGES) expect(/stripe/i.test(name), name).toBe(true);
    for (const name of JQUERY_PAYMENT_PACKAGES) expect(name.includes('.payment'), name).toBe(true);
  });
});
