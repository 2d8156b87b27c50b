/**
 * Code shared by the rule tests of the card rules: one realistic program that each card rule must leave alone (or
 * report in its own way), so that the rules' shared analyses are held to the same verdict.
 */

/**
 * A flash-card app's study session: its card number is a position (a state that starts at 0, arithmetic on it, small
 * number literals), not a PAN; it is logged, kept in localStorage and posted (precision batch AL).
 */
export const STUDY_SESSION = `import axios from 'axios';
import { useState } from 'react';

export function StudySession({ deck, cards, listId }) {
  const [session, setSession] = useState({ cardNumber: 0, flipped: false });
  const next = () => {
    setSession({ ...session, cardNumber: session.cardNumber + 1 });
    console.log('at card', session.cardNumber, { cardNumber: 0, total: cards.length });
    localStorage.setItem('session', JSON.stringify(session));
    axios.post('/api/study/progress', { deckId: deck.id, ...session });
    axios.post('/api/cards', { card: { number: cards.length + 1, title: 'New', listId } });
  };
  return next;
}
`;
