import express, { Router } from 'express';
import type Stripe from 'stripe';
import { Order } from './models/order.js';
import { stripe } from './stripe.js';

export const webhookRouter = Router();

const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET!;

webhookRouter.post('/webhook', express.raw({ type: 'application/json' }), async (req, res) => {
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, endpointSecret);
  } catch (err) {
    res.status(400).send(`Webhook signature verification failed: ${(err as Error).message}`);
    return;
  }

  if (event.type === 'payment_intent.succeeded') {
    const intent = event.data.object;
    const paymentMethod = await stripe.paymentMethods.retrieve(intent.payment_method as string);
    // Brand and last4 are out of PCI scope and may be stored (Stripe security guide).
    await Order.updateOne(
      { paymentIntentId: intent.id },
      { status: 'paid', cardBrand: paymentMethod.card?.brand, cardLast4: paymentMethod.card?.last4 },
    );
  }
  res.json({ received: true });
});
