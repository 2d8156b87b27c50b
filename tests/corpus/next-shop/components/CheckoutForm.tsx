'use client';
import { PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import { useState, type FormEvent } from 'react';

export default function CheckoutForm({ orderId }: { orderId: string }) {
  const stripe = useStripe();
  const elements = useElements();
  const [message, setMessage] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!stripe || !elements) return;
    const { error } = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: `${window.location.origin}/orders/${orderId}/complete` },
    });
    if (error) setMessage(error.message ?? 'Payment failed');
  }

  return (
    <form onSubmit={onSubmit}>
      <label htmlFor="email">Email</label>
      <input id="email" name="email" type="email" autoComplete="email" />
      <input name="cardholderName" autoComplete="cc-name" placeholder="Name on card" />
      <PaymentElement options={{ layout: 'tabs' }} />
      <button disabled={!stripe}>Pay</button>
      {message && <p role="alert">{message}</p>}
    </form>
  );
}
