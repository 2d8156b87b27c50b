import { useState } from 'react';

// Retail checkout form: collects the card in the shop's own inputs and posts it to /api/charge.
export function CardForm({ amount }) {
  const [card, setCard] = useState({ cardNumber: '', expMonth: '', expYear: '', cvc: '' });
  const update = (field) => (event) => setCard({ ...card, [field]: event.target.value });

  async function onSubmit(event) {
    event.preventDefault();
    await fetch('/api/charge', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...card, amount }),
    });
  }

  return (
    <form onSubmit={onSubmit}>
      <label>
        Card number
        <input name="cardNumber" autoComplete="cc-number" inputMode="numeric" value={card.cardNumber} onChange={update('cardNumber')} />
      </label>
      <label>
        Expiry month
        <input name="expMonth" autoComplete="cc-exp-month" value={card.expMonth} onChange={update('expMonth')} />
      </label>
      <label>
        Expiry year
        <input name="expYear" autoComplete="cc-exp-year" value={card.expYear} onChange={update('expYear')} />
      </label>
      <label>
        CVC
        <input name="cvc" autoComplete="cc-csc" value={card.cvc} onChange={update('cvc')} />
      </label>
      <button type="submit">Pay</button>
    </form>
  );
}
