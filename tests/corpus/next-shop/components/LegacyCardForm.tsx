import { useStripe } from '@stripe/react-stripe-js';
import { useState } from 'react';

// An old "custom card form" that predates Elements.
export function LegacyCardForm({ onToken }: { onToken: (id: string) => void }) {
  const stripe = useStripe();
  const [card, setCard] = useState({ number: '', cvc: '', exp_month: '', exp_year: '' });

  async function submit() {
    const result = await stripe!.createPaymentMethod({
      type: 'card',
      card: { number: card.number, cvc: card.cvc, exp_month: Number(card.exp_month), exp_year: Number(card.exp_year) }, // expect: no-raw-card-data, no-raw-card-data
    } as never);
    if (result.paymentMethod) onToken(result.paymentMethod.id);
  }

  return (
    <div>
      <input
        name="cardNumber"
        autoComplete="cc-number" // expect: no-raw-card-inputs (reported on the strongest evidence, the autofill token)
        value={card.number}
        onChange={(e) => setCard({ ...card, number: e.target.value })}
      />
      <input name="cvc" autoComplete="cc-csc" value={card.cvc} onChange={(e) => setCard({ ...card, cvc: e.target.value })} /> {/* expect: no-raw-card-inputs */}
      <input name="exp_month" autoComplete="cc-exp-month" value={card.exp_month} onChange={(e) => setCard({ ...card, exp_month: e.target.value })} />
      <button onClick={submit}>Save card</button>
    </div>
  );
}
