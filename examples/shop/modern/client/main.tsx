import { Elements } from '@stripe/react-stripe-js';
import { loadStripe } from '@stripe/stripe-js';
import { createRoot } from 'react-dom/client';
import { CheckoutPage } from './CheckoutPage.js';

const stripePromise = loadStripe(import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY);

const params = new URLSearchParams(window.location.search);
const clientSecret = params.get('client_secret') ?? '';

createRoot(document.getElementById('root')!).render(
  <Elements stripe={stripePromise} options={{ clientSecret, appearance: { theme: 'stripe' } }}>
    <CheckoutPage />
  </Elements>,
);
