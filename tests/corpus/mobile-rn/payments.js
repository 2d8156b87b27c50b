// React Native app talking to the Stripe API directly (the shape from stripe-facts §1.5).
import { STRIPE_PUBLISHABLE_KEY } from './config';

export async function tokenize(cardNumber, expMonth, expYear, cvc) {
  const card = {
    'card[number]': cardNumber, // expect: no-raw-card-data
    'card[exp_month]': expMonth,
    'card[exp_year]': expYear,
    'card[cvc]': cvc, // expect: no-raw-card-data
  };
  const response = await fetch('https://api.stripe.com/v1/tokens', {
    method: 'post',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: `Bearer ${STRIPE_PUBLISHABLE_KEY}`,
    },
    body: Object.keys(card)
      .map((key) => key + '=' + card[key])
      .join('&'),
  });
  return response.json();
}

export async function listCharges(secretKeyFromServer) {
  const response = await fetch('https://api.stripe.com/v1/charges?limit=3', {
    headers: { Authorization: `Bearer ${secretKeyFromServer}` },
  });
  return response.json();
}
