'use strict';
// A 2016-era Express shop that later grew a webhook. Annotations: `// expect: <rule>[, <rule>]` on the line a
// finding must start on. Lines without an annotation must stay clean.
const express = require('express');
const bodyParser = require('body-parser');
const helmet = require('helmet');
const https = require('https');
const mongoose = require('mongoose');
const winston = require('winston');

const stripe = require('stripe')('sk_live_51HqLyjWDarjtT1zdp7dcR4nQv8KmXe2TwbJ9sLg3YuPa'); // expect: no-hardcoded-stripe-key
const logger = winston.createLogger({ transports: [new winston.transports.Console()] });

const app = express();
app.use(
  helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"], // expect: require-stripe-csp (frame-src and connect-src fall back to it)
        scriptSrc: ["'self'", 'https://cdn.example.com'], // expect: require-stripe-csp
      },
    },
  }),
);

const OrderSchema = new mongoose.Schema({
  email: String,
  amount: Number,
  orderNumber: String,
  cardNumber: String, // expect: no-sensitive-card-storage
  cardBrand: String,
  last4: String,
  expMonth: Number,
  expYear: Number,
  stripeChargeId: String,
});
const Order = mongoose.model('Order', OrderSchema);

app.post('/charge', bodyParser.json(), async (req, res) => {
  const { email, amount, cardNumber, expMonth, expYear, cvc } = req.body;
  logger.info(`charging card ${cardNumber} for ${email}`); // expect: no-card-data-logging
  try {
    const token = await stripe.tokens.create({
      card: {
        number: cardNumber, // expect: no-raw-card-data
        exp_month: expMonth,
        exp_year: expYear,
        cvc, // expect: no-raw-card-data
      },
    });
    const charge = await stripe.charges.create({ amount, currency: 'usd', source: token.id });
    await Order.create({
      email,
      amount,
      orderNumber: `A-${Date.now()}`,
      cardBrand: charge.payment_method_details.card.brand,
      last4: charge.payment_method_details.card.last4,
      expMonth,
      expYear,
      stripeChargeId: charge.id,
    });
    console.log('charged', charge.id, 'card ending', cardNumber.slice(-4));
    res.json({ ok: true });
  } catch (err) {
    console.error('charge failed', err.message);
    res.status(402).json({ error: err.message });
  }
});

// Unverified webhook: parsed JSON, never checked against the Stripe-Signature header.
app.post('/webhook', express.json({ type: 'application/json' }), (request, response) => { // expect: require-webhook-signature
  const event = request.body;
  switch (event.type) {
    case 'payment_intent.succeeded':
      markPaid(event.data.object.id);
      break;
    case 'charge.refunded':
      markRefunded(event.data.object.id);
      break;
    default:
      break;
  }
  response.json({ received: true });
});

const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false }); // expect: no-weak-tls
const receiptUrl = 'http://pay.stripe.com/receipts/acct_123'; // expect: require-https-stripe-urls

function markPaid(id) {
  return Order.updateOne({ stripeChargeId: id }, { $set: { paid: true } });
}
function markRefunded(id) {
  return Order.updateOne({ stripeChargeId: id }, { $set: { refunded: true } });
}

module.exports = { app, agent, receiptUrl };
