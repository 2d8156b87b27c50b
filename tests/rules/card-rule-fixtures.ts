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

/**
 * A card vault kept in Clerk's private user metadata (real-world batch 88): a list of a card type the file declares,
 * logged and stored whole; its length is no card data.
 */
export const CARD_VAULT = `'use server';

import { clerkClient } from '@clerk/nextjs/server';

interface Card {
  cardNo: string;
  expiry: string;
  holderName: string;
  cvv: number;
}

export async function addCardServer(card: Card, userId: string) {
  const client = await clerkClient();
  const user = await client.users.getUser(userId);
  let cards: Card[] = [];
  if (Array.isArray(user.privateMetadata.cards)) cards = user.privateMetadata.cards;
  cards.push(card);
  console.log('saving cards', cards.length, cards);
  await client.users.updateUserMetadata(userId, { privateMetadata: { cards } });
}
`;
