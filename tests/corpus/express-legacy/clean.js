// Look-alikes that must stay clean: ids, tokens, bank accounts, masked data, non-card numbers, loopback mocks.
const Stripe = require('stripe');

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const mock = new Stripe('sk_test_123', { host: 'localhost', port: 12111, protocol: 'http' });

async function attach(customerId, paymentMethodId) {
  await stripe.paymentMethods.attach(paymentMethodId, { customer: customerId });
  await stripe.customers.update(customerId, { invoice_settings: { default_payment_method: paymentMethodId } });
  await stripe.paymentMethods.update(paymentMethodId, { card: { exp_month: 12, exp_year: 2030 } });
  const bank = await stripe.tokens.create({ bank_account: { country: 'US', currency: 'usd', account_number: '000123456789', routing_number: '110000000' } });
  const pii = await stripe.tokens.create({ pii: { id_number: '000000000' } });
  const fromToken = await stripe.paymentMethods.create({ type: 'card', card: { token: 'tok_visa' } });
  return { bank, pii, fromToken };
}

function describePaymentMethod(pm) {
  const { brand, last4, exp_month, exp_year, fingerprint } = pm.card;
  console.log(`card ${brand} ending ${last4} exp ${exp_month}/${exp_year} fp=${fingerprint}`);
  return { brand, last4, exp_month, exp_year, fingerprint, accountNumber: pm.us_bank_account?.last4 };
}

function isLiveKey(key) {
  return key.startsWith('sk_live_');
}

module.exports = { attach, describePaymentMethod, isLiveKey, mock, checkoutJs: 'https://js.stripe.com/v3/', connectJs: 'https://connect-js.stripe.com/v1.0/connect.js' };
