import { Router } from 'express';
import { stripe } from './stripe.js';

export const checkoutRouter = Router();

const SITE = process.env.PUBLIC_URL ?? 'https://shop.example.com';

// Stripe Checkout: the customer pays on a Stripe-hosted page; no card data reaches this server.
checkoutRouter.post('/sessions', async (req, res) => {
  const items = req.body.items as { price: string; quantity: number }[];
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: items.map((item) => ({ price: item.price, quantity: item.quantity })),
    customer_email: req.body.email,
    success_url: `${SITE}/order/complete?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${SITE}/cart`,
  });
  res.json({ url: session.url });
});
