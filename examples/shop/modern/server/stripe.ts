import Stripe from 'stripe';

// The secret key comes from the environment (a secrets manager in production), never from source.
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, {
  apiVersion: '2026-08-19.dahlia',
  maxNetworkRetries: 2,
  appInfo: { name: 'example-shop', version: '1.0.0' },
});
