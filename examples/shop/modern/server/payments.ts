import { Router } from 'express';
import { Order } from './models/order.js';
import { stripe } from './stripe.js';

export const paymentsRouter = Router();

// Payment Element: the server creates a PaymentIntent and hands its client secret to the browser, where
// Stripe's iframe collects the card.
paymentsRouter.post('/intents', async (req, res) => {
  const order = await Order.findById(req.body.orderId).orFail();
  const intent = await stripe.paymentIntents.create({
    amount: order.amount,
    currency: order.currency,
    automatic_payment_methods: { enabled: true },
    metadata: { orderId: order.id },
  });
  order.paymentIntentId = intent.id;
  await order.save();
  res.json({ clientSecret: intent.client_secret });
});
