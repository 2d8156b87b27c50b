// The old React card page: Stripe.js v2 from a script tag and the shop's own card inputs (SAQ D).
// The fix is <Elements> + <PaymentElement /> (see docs/rules/no-raw-card-inputs.md); the rule's suggestions do it.
import { useEffect, useState } from 'react';

export function LegacyCardPage({ onToken }) {
  const [card, setCard] = useState({ number: '', exp: '', cvc: '', name: '' });

  useEffect(() => {
    // A CVC re-entry field injected for saved cards.
    const cvc = document.createElement('input');
    cvc.setAttribute('autocomplete', 'cc-csc');
    document.getElementById('saved-card').appendChild(cvc);
  }, []);

  return (
    <>
      <script src="https://js.stripe.com/v2/" />
      <form onSubmit={() => window.Stripe.card.createToken(card, (status, response) => onToken(response.id))}>
        <input name="cardNumber" placeholder="1234 1234 1234 1234" value={card.number} onChange={(e) => setCard({ ...card, number: e.target.value })} />
        <input name="exp" autoComplete="cc-exp" placeholder="MM / YY" value={card.exp} onChange={(e) => setCard({ ...card, exp: e.target.value })} />
        <input name="cvc" autoComplete="cc-csc" value={card.cvc} onChange={(e) => setCard({ ...card, cvc: e.target.value })} />
        <input name="cardholder" autoComplete="cc-name" value={card.name} onChange={(e) => setCard({ ...card, name: e.target.value })} />
        <button type="submit">Pay</button>
      </form>
      <div id="saved-card" />
    </>
  );
}
