import { NextResponse } from 'next/server';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function POST(req: Request) {
  const { priceId } = (await req.json()) as { priceId: string };
  const origin = req.headers.get('origin') ?? 'https://shop.example.com';
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price: priceId, quantity: 1 }],
    success_url: `${origin}/success?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: 'http://shop.example.com/cart', // expect: require-https-stripe-urls
  });
  return NextResponse.json({ url: session.url });
}
