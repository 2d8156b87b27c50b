// The Stripe-dense TypeScript module of `npm run bench`: what our rules look hardest at.
// `npx tsx scripts/dense-file.ts > checkout.ts` writes it out, to profile one rule on it.
import { fileURLToPath } from 'node:url';

/** A 5,000-line TypeScript module full of Stripe code, some of it wrong: what our rules look hardest at. */
export function stripeDenseFile(targetLines = 5000): string {
  const header = [
    "import Stripe from 'stripe';",
    "import express from 'express';",
    "import helmet from 'helmet';",
    "import https from 'node:https';",
    "import mongoose from 'mongoose';",
    '',
    "const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });",
    'const app = express();',
    'const logger = { info: (...args: unknown[]) => args, error: (...args: unknown[]) => args };',
    '',
  ];
  const block = (i: number): string[] => [
    `interface Card${i} { number: string; cvc: string; exp_month: number; exp_year: number; last4?: string }`,
    `const Order${i}Schema = new mongoose.Schema({ customerId: String, cardLast4: String, brand: String, amount: Number });`,
    `export async function charge${i}(card: Card${i}, amount: number): Promise<string> {`,
    `  logger.info('charging', { amount, last4: card.last4 });`,
    `  const method = await stripe.paymentMethods.create({ type: 'card', card: { number: card.number, cvc: card.cvc, exp_month: card.exp_month, exp_year: card.exp_year } });`,
    `  const intent = await stripe.paymentIntents.create({ amount, currency: 'usd', payment_method: method.id, confirm: true });`,
    `  return intent.client_secret ?? '';`,
    '}',
    `app.post('/checkout/${i}', express.json(), async (req, res) => {`,
    `  const session = await stripe.checkout.sessions.create({`,
    `    mode: 'payment',`,
    `    line_items: [{ price: req.body.priceId as string, quantity: 1 }],`,
    `    success_url: 'https://shop.example.com/success/${i}',`,
    `    cancel_url: 'http://shop.example.com/cancel/${i}',`,
    '  });',
    `  res.setHeader('Content-Security-Policy', "script-src 'self' https://js.stripe.com; frame-src https://js.stripe.com");`,
    '  res.json({ url: session.url });',
    '});',
    `app.post('/webhook/${i}', express.raw({ type: 'application/json' }), (req, res) => {`,
    `  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, process.env.WHSEC!);`,
    `  if (event.type === 'payment_intent.succeeded') logger.info('paid', event.data.object.id);`,
    '  res.sendStatus(200);',
    '});',
    `export async function saveCard${i}(card: Card${i}, userId: string): Promise<void> {`,
    `  console.log('saving card for', userId, card.number);`,
    `  await mongoose.connection.collection('cards').insertOne({ userId, number: card.number, cvc: card.cvc });`,
    `  const agent${i} = new https.Agent({ rejectUnauthorized: false, minVersion: 'TLSv1' });`,
    `  await fetch('http://api.stripe.com/v1/tokens', { method: 'POST', body: new URLSearchParams({ 'card[number]': card.number }), agent: agent${i} } as RequestInit);`,
    '}',
    `app.use('/v${i}', helmet({ contentSecurityPolicy: { directives: { scriptSrc: ["'self'"], frameSrc: ["'self'"] } } }));`,
    `export class Billing${i} {`,
    '  private readonly client = new Stripe(process.env.STRIPE_SECRET_KEY as string);',
    `  async refund(chargeId: string) { return this.client.refunds.create({ charge: chargeId }); }`,
    `  async customer(email: string) { return this.client.customers.create({ email, metadata: { tier: 'gold' } }); }`,
    '}',
    '',
  ];
  const lines = [...header];
  for (let i = 0; lines.length + block(i).length <= targetLines; i++) lines.push(...block(i));
  while (lines.length < targetLines) lines.push('// padding');
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(`${stripeDenseFile()}\n`);
