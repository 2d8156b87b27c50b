import { AddressElement, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import { useState, type FormEvent } from 'react';

export function CheckoutPage() {
  const stripe = useStripe();
  const elements = useElements();
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!stripe || !elements) return;
    setBusy(true);
    const { error } = await stripe.confirmPayment({
      elements,
      confirmParams: {
        return_url: `${window.location.origin}/order/complete`,
        receipt_email: email,
      },
    });
    setMessage(error?.message ?? null);
    setBusy(false);
  }

  return (
    <form onSubmit={handleSubmit}>
      <label htmlFor="email">Email</label>
      <input id="email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <AddressElement options={{ mode: 'billing' }} />
      <PaymentElement options={{ layout: 'tabs' }} />
      <button type="submit" disabled={!stripe || busy}>
        Pay now
      </button>
      {message && <div role="alert">{message}</div>}
    </form>
  );
}
