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

/**
 * A NestJS repository that spreads a DTO whose type the file declares into what it logs and stores (real-world batch
 * 96); its second method stores the number's last four and clears the CVC.
 */
export const CARD_REPOSITORY = `import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';

export class CreateCardDto {
  title: string;
  number: string;
  cvv: string;
  expirationDate: string;
  isVirtual: boolean;
}

@Injectable()
export class CardRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(userId: number, createCardDto: CreateCardDto) {
    console.log('creating card', { ...createCardDto, userId });
    return this.prisma.card.create({ data: { ...createCardDto, userId } });
  }

  createMasked(userId: number, createCardDto: CreateCardDto) {
    return this.prisma.card.create({ data: { ...createCardDto, cvv: undefined, number: createCardDto.number.slice(-4), userId } });
  }
}
`;

/**
 * A page that sends MercadoPago's card-token payload, `{ card_number, security_code }`, and logs it when the request
 * fails (real-world batch 95).
 */
export const CARD_TOKEN_REQUEST = `interface CardForm { cardNumber: string; securityCode: string; month: string; year: string; holder: string }

export async function createCardToken({ cardNumber, securityCode, month, year, holder }: CardForm) {
  const response = await fetch(\`https://api.mercadopago.com/v1/card_tokens?public_key=\${import.meta.env.VITE_MP_PUBLIC_KEY}\`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      card_number: cardNumber.replace(/\\s/g, ''),
      security_code: securityCode,
      expiration_month: Number(month),
      expiration_year: Number(year),
      cardholder: { name: holder },
    }),
  });
  if (!response.ok) console.error('card token failed', { card_number: cardNumber, security_code: securityCode });
  return response.json();
}
`;

/**
 * A POS's gift-card queries: the card numbers and PINs of code named for gift cards are theirs (real-world batch 99).
 */
export const GIFT_CARD_QUERIES = `import { supabase } from '@/integrations/supabase/client';

export const giftCardQueries = {
  getByCardNumber: async (cardNumber: string) => {
    console.log(\`Looking up gift card \${cardNumber}\`);
    const { data } = await supabase.from('gift_cards').select('*').eq('card_number', cardNumber).single();
    return data;
  },
  create: async (cardNumber: string, balance: number) => {
    const { data, error } = await supabase.from('gift_cards').insert({ card_number: cardNumber, balance, pin: '1234' }).select().single();
    if (error) console.error('Error creating gift card', cardNumber, error);
    return data;
  },
};
`;

/**
 * A subscription renewal script: the card object, held in a const that is a choice (the card or a saved card's id),
 * spread into the payload it logs and posts (real-world batch EQ). Each card rule reports it in its own way.
 */
export const RENEWAL_SCRIPT = `import fetch from 'node-fetch';

const BASE_URL = 'https://api.pagar.me/core/v5';

export async function renewSubscription(subscription, { cardNumber, cvv, holderName, expMonth, expYear }) {
  const creditCard = cardNumber
    ? { card: { number: cardNumber, holder_name: holderName, exp_month: expMonth, exp_year: expYear, cvv } }
    : { card_id: subscription.cardId };
  const payload = {
    customer_id: subscription.customerId,
    items: [{ amount: subscription.amount, description: 'Renewal', quantity: 1 }],
    payments: [{ payment_method: 'credit_card', credit_card: { ...creditCard, installments: 1 } }],
  };
  console.log('[pagarme][request]', { url: \`\${BASE_URL}/orders\`, payload });
  const res = await fetch(\`\${BASE_URL}/orders\`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) });
  return res.json();
}
`;

/**
 * A transit app's recharge screen (real-world batch 228): a class component whose state starts with flags and numbers
 * beside its blank card fields, logged and kept in localStorage whole by a method that reads no card field.
 */
export const RECHARGE_SCREEN = `import React, { Component } from 'react';
import axios from 'axios';

export default class Recharge extends Component {
  constructor(props) {
    super(props);
    this.state = { drawerOpen: false, amount: 0, nameOnCard: '', cardNumber: '', expiry: '', cvv: '', cvvVisible: false };
  }

  recharge = async () => {
    console.log('recharging with', this.state);
    localStorage.setItem('rechargeDraft', JSON.stringify(this.state));
    await axios.patch(\`/passengers/\${this.props.passengerId}\`, { availableAmount: Number(this.state.amount) });
  };

  render() {
    return <button onClick={this.recharge}>Recharge</button>;
  }
}
`;

/** A settings screen whose state's card-named keys start as flags (toggles): they hold flags. */
export const CARD_SETTINGS_SCREEN = `import React, { Component } from 'react';

export default class Settings extends Component {
  constructor(props) {
    super(props);
    this.state = { cardNumber: false, cvv: false, nickname: '' };
  }

  save = () => {
    console.log('settings', this.state);
    localStorage.setItem('settings', JSON.stringify(this.state));
  };

  render() {
    return <button onClick={this.save}>Save</button>;
  }
}
`;

/**
 * A foreign-worker registry: a residence card's number (Japan's zairyū card) and a shop's discount card's, logged,
 * stored with Prisma, sent and asked for in inputs: identity and loyalty cards, no payment card (precision probe 299).
 */
export const WORKER_REGISTRY = `import { PrismaClient } from '@prisma/client';
import express from 'express';

const prisma = new PrismaClient();
const app = express();

app.post('/workers', async (req, res) => {
  const { name, residenceCardNumber, residenceCardExpiry, discountCardNumber } = req.body;
  console.log('registering worker', { name, residenceCardNumber }, discountCardNumber);
  await prisma.worker.create({ data: { name, residenceCardNumber, residenceCardExpiry, discountCardNumber } });
  await fetch('https://immigration-api.example.jp/check', { method: 'POST', body: JSON.stringify({ residenceCardNumber }) });
  res.json({ ok: true });
});

export function WorkerForm() {
  return (
    <form method="post" action="/workers">
      <input name="residenceCardNumber" placeholder="Residence card number (12 characters)" />
      <input name="discountCardNumber" placeholder="Discount card number" />
    </form>
  );
}
`;
