import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import rule from '../../src/rules/no-sensitive-card-storage.js';
import { CARD_REPOSITORY, CARD_SETTINGS_SCREEN, CARD_VAULT, GIFT_CARD_QUERIES, RECHARGE_SCREEN, STUDY_SESSION, WORKER_REGISTRY } from './card-rule-fixtures.js';

/** A file of the fixture project whose package.json declares BullMQ (real-world batch ET). */
const BULLMQ_ROUTES = fileURLToPath(new URL('../fixtures/projects/bullmq-checkout/routes.js', import.meta.url));
/** A controller of the fixture Sails app, whose models are globals (\`Card.create(…)\`). */
const SAILS_CONTROLLER = fileURLToPath(new URL('../fixtures/projects/sails-shop/api/controllers/CardController.js', import.meta.url));
/** ...and one that reads its parameters with Sails' \`req.param(name)\`. */
const SAILS_PAY_CONTROLLER = fileURLToPath(new URL('../fixtures/projects/sails-shop/api/controllers/PayController.js', import.meta.url));
/** ...and one of its model definitions (Waterline's \`attributes\`). */
const SAILS_PAYMENT_MODEL = fileURLToPath(new URL('../fixtures/projects/sails-shop/api/models/Payment.js', import.meta.url));

/** A repository of a fixture package whose Prisma schema requires card columns (real-world batches 194 and 195). */
const PRISMA_REPOSITORY = fileURLToPath(new URL('../fixtures/projects/prisma-shop/src/payment.repository.ts', import.meta.url));
/** Files of the same package, of a package whose prisma.config.ts names its schema, and of a monorepo's app. */
/** A page of the React card wallet fixture, whose own storage hooks are read from its files. */
const inCardWallet = (file: string): string => fileURLToPath(new URL(`../fixtures/projects/react-card-wallet/${file}`, import.meta.url));
const inPrismaShop = (file: string): string => fileURLToPath(new URL(`../fixtures/projects/prisma-shop/${file}`, import.meta.url));
const PRISMA_CONFIG_FILE = fileURLToPath(new URL('../fixtures/projects/prisma-config-api/src/cards.ts', import.meta.url));
const PRISMA_MULTI_FILE = fileURLToPath(new URL('../fixtures/projects/prisma-multi-file/src/billing.ts', import.meta.url));
const PRISMA_MONOREPO_APP = fileURLToPath(new URL('../fixtures/projects/prisma-monorepo/apps/api/src/payments.ts', import.meta.url));
const PRISMA_TURBO_ACTIONS = fileURLToPath(new URL('../fixtures/projects/prisma-turbo/apps/web/src/checkout/actions.ts', import.meta.url));

/** A NestJS service that reads the card number off the DTO it writes whole. */
const PRISMA_CARDS_SERVICE = `import { ConflictException, Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import type { CreatePaymentDto } from './dto/create-payment.dto';

@Injectable()
export class CardsService {
  constructor(private readonly prisma: PrismaService) {}

  async create(dto: CreatePaymentDto) {
    const existing = await this.prisma.payment.findFirst({ where: { cardNumber: dto.cardNumber } });
    if (existing) throw new ConflictException('This card is already saved.');
    return this.prisma.payment.create({ data: dto });
  }
}
`;

const ruleTester = new RuleTester();

/** A TypeORM card service that keeps only the last four digits, cut into a const first (real-world batch T). */
const CARD_SERVICE = `import { getRepository } from 'typeorm';
import Card from '../entities/Card';

interface Request { userId: string; number: string; expiry: string; holder: string }

export default class CreateCardService {
  public async execute({ userId, number, expiry, holder }: Request): Promise<Card> {
    const cardsRepository = getRepository(Card);
    const splitedNumber = number.slice(-4);
    const card = cardsRepository.create({ user_id: userId, expiry, holder, number: splitedNumber });
    await cardsRepository.save(card);
    return card;
  }
}
`;

ruleTester.run('no-sensitive-card-storage', rule, {
  valid: [
    // A PSA price lookup's search log and a grading app's card record (real-world batch 343): a graded card's
    // collector number, in a file about graded trading cards that spells no payment card's other data
    {
      filename: 'supabase/functions/psa-price-lookup/index.ts',
      code: `import { createClient } from '@supabase/supabase-js';

const supabase = createClient(Deno.env.get('SUPABASE_URL')!, Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!);

Deno.serve(async (req) => {
  const { game, card_name, card_set, card_number, psa_grade } = await req.json();
  await supabase.from('psa_search_log').insert({ game, card_name, card_number, psa_grade });
  await supabase.from('cards').update({ card_name, card_set, card_number }).eq('card_name', card_name);
  return new Response(JSON.stringify({ ok: true }), { headers: { 'Content-Type': 'application/json' } });
});
`,
    },
    // A sports club's membership card (real-world batch 335): its number kept beside the member number, in the club's
    // import table and in a row built from a Stripe customer's metadata, and logged with it
    {
      filename: 'apps/membership/src/db/sync.ts',
      code: `import type Stripe from 'stripe';
import { drizzle } from 'drizzle-orm/bun-sqlite';
import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const ashbourne = sqliteTable('ashbourne', {
  memberNo: text().primaryKey().notNull(),
  cardNo: text().notNull().default(''),
  memType: text().notNull().default(''),
  joinedDate: text().notNull().default(''),
  expireDate: text().notNull().default(''),
});

export const identities = sqliteTable('identities', { id: text().primaryKey(), memberNo: text(), card: text(), student: text() });

const db = drizzle(process.env.DB_FILE_NAME!);

export async function syncIdentity(customer: Stripe.Customer) {
  const { memberNo, cardNo, student } = customer.metadata;
  if (!memberNo && !cardNo) return;
  const identity = { id: customer.id, memberNo: memberNo?.trim(), card: cardNo?.trim(), student: student?.trim() };
  return db.insert(identities).values(identity).onConflictDoUpdate({ target: [identities.id], set: identity });
}
`,
    },
    // A Payload collection of the safe forms Stripe returns, with a flag named like a PIN
    {
      filename: 'src/collections/PaymentMethods.ts',
      code: `import type { CollectionConfig } from 'payload';

export const PaymentMethods: CollectionConfig = {
  slug: 'payment-methods',
  fields: [
    { name: 'stripePaymentMethodId', type: 'text', required: true, unique: true },
    { name: 'brand', type: 'text' },
    { name: 'last4', type: 'text' },
    { name: 'expMonth', type: 'number' },
    { name: 'expYear', type: 'number' },
    { name: 'pin', type: 'checkbox', label: 'Pinned to the top of the wallet' },
  ],
};
`,
    },
    // limitation: a collection config in a file that imports nothing from Payload is not read as one
    {
      filename: 'src/collections/cards.js',
      code: `export default {
  slug: 'cards',
  fields: [
    { name: 'cardNumber', type: 'text' },
    { name: 'cvv', type: 'text' },
  ],
};
`,
    },
    // A foreign-worker registry's residence and discount cards (card-rule-fixtures.ts)
    { code: WORKER_REGISTRY, filename: 'src/workers/register.tsx' },
    {
      // A Stripe Element serialised into storage under a card field's name (real-world batch 284): a field declared
      // with Stripe.js's Element type holds a handle on Stripe's iframe, not the card's number
      code: `import { AfterViewInit, Component } from '@angular/core';
import { StripeCardCvcElement, StripeCardNumberElement, StripeElements } from '@stripe/stripe-js';

@Component({ selector: 'app-pay', template: '<div id="cn"></div><div id="cvc"></div>' })
export class PayComponent implements AfterViewInit {
  elements!: StripeElements;
  cardNumber!: StripeCardNumberElement;
  cardCvc!: StripeCardCvcElement;

  ngAfterViewInit() {
    this.cardNumber = this.elements.create('cardNumber');
    this.cardCvc = this.elements.create('cardCvc');
    console.log(this.cardNumber, this.cardCvc);
    localStorage.setItem('cardNumber', JSON.stringify(this.cardNumber));
  }
}
`,
      filename: 'src/app/pay/pay.component.ts',
    },
    // Labels and validation errors keyed by the card fields' names are no card data (real-world batch 279).
    {
      code: `const LABELS = { cardNumber: 'Card number', cvc: 'CVC' };
export function remember(errors) {
  localStorage.setItem('labels', LABELS.cvc);
  sessionStorage.setItem('lastError', errors.cardNumber);
}`,
      filename: 'src/checkout/labels.js',
    },
    {
      // A payment card named alone beside a code, with no expiry: a flag, a brand or a reference as often (regression
      // probe 267): a venue's "accepts credit cards" flag beside its door code, a user's flag beside a 2FA code (also
      // a boolean column named for a card number), an order's reference to a saved card.
      code: `const mongoose = require('mongoose');
const userSchema = new mongoose.Schema({ email: String, creditCard: { type: Boolean, default: false }, securityCode: String });
const memberSchema = new mongoose.Schema({ email: String, cardNumber: Boolean });
const orderSchema = new mongoose.Schema({ creditCard: { type: mongoose.Schema.Types.ObjectId, ref: 'CreditCard' }, securityCode: String });
const defineVenue = (sequelize, DataTypes) => sequelize.define('Venue', { creditCard: DataTypes.BOOLEAN, securityCode: DataTypes.STRING });
module.exports = { User: mongoose.model('User', userSchema), Member: mongoose.model('Member', memberSchema), Order: mongoose.model('Order', orderSchema), defineVenue };
export function saveGift(gift) {
  localStorage.setItem('gift', JSON.stringify({ creditCard: false, cardCode: gift.code }));
}
`,
      filename: 'src/models/index.js',
    },
    // A vendor credit note's number (real-world batch 257: an accounting app's knex migration and its insert): someone's
    // credit, no credit card's
    {
      code: `exports.up = (knex) => {
  return knex.schema.createTable('vendor_credits', (table) => {
    table.increments();
    table.integer('vendor_id').unsigned().references('id').inTable('contacts');
    table.decimal('amount', 13, 3);
    table.date('vendor_credit_date');
    table.string('vendor_credit_number');
    table.string('reference_no');
  });
};
exports.insert = (knex, vendorCredit) => knex('vendor_credits').insert({ vendor_credit_number: vendorCredit.number, amount: vendorCredit.amount });
`,
      filename: 'src/database/tenant/migrations/20211122121920_create_vendor_credits_table.js',
    },
    // A kanban card's number, declared a number, and one beside its column (real-world batch 249): a position, no PAN.
    `
export function saveBoardCard(card: { number: number; title: string }) {
  localStorage.setItem('board', JSON.stringify({ number: card.number, title: card.title }));
}
export function moveCard(card) {
  localStorage.setItem('moved', JSON.stringify({ number: card.number, column: card.column }));
}
`,
    // A board card pinned to the top (real-world batch 331): a \`pin\` declared a boolean is a flag, no card PIN, and
    // corroborates no card number beside it, in a mongoose schema, a TypeORM entity (typed \`boolean\`, or its column
    // typed \`'bool'\`) and a sequelize-typescript model
    {
      code: `import mongoose from 'mongoose';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Column as SequelizeColumn, DataType, Model, Table } from 'sequelize-typescript';

const CardSchema = new mongoose.Schema({
  number: Number,
  title: String,
  position: Number,
  pin: { type: Boolean, default: false },
});
export const BoardCard = mongoose.model('Card', CardSchema);

@Entity()
@ObjectType()
export class Card {
  @PrimaryGeneratedColumn() @Field(() => Int) id: number;
  @Column() @Field(() => Int) number: number;
  @Column() @Field() title: string;
  @Column({ type: 'boolean', default: false }) @Field() pin: boolean;
}

@Entity('cards')
export class ChecklistCard {
  @PrimaryGeneratedColumn() id: number;
  @Column() number: string;
  @Column('bool') pin;
}

@Table({ tableName: 'cards' })
export class FlashCard extends Model {
  @SequelizeColumn(DataType.STRING) number: string;
  @SequelizeColumn(DataType.BOOLEAN) pin: boolean;
}
`,
      filename: 'src/models/card.ts',
    },
    // Firestore's \`arrayUnion(…)\` of what a PaymentMethod shows (its id, brand and last4), a tag and a flag
    { code: `import { arrayUnion, doc, getFirestore, updateDoc } from 'firebase/firestore';
import type { PaymentMethod } from '@stripe/stripe-js';

const db = getFirestore();

export async function rememberCard(uid: string, paymentMethod: PaymentMethod) {
  await updateDoc(doc(db, 'users', uid), {
    savedCards: arrayUnion({ id: paymentMethod.id, brand: paymentMethod.card?.brand, last4: paymentMethod.card?.last4 }),
  });
}

export async function addTag(uid: string, tag: string) {
  await updateDoc(doc(db, 'users', uid), { tags: arrayUnion(tag), pins: arrayUnion({ pin: true }) });
}
`, filename: 'src/lib/cards.ts' },
    // What a PaymentMethod shows kept in Netlify Blobs, and another module's \`getStore\`
    { code: `import { getStore } from '@netlify/blobs';
import { getStore as getCache } from './cache';

export default async (req: Request) => {
  const { userId, paymentMethod } = await req.json();
  await getStore('cards').setJSON(userId, { id: paymentMethod.id, brand: paymentMethod.card.brand, last4: paymentMethod.card.last4 });
  await getCache('drafts').setJSON(userId, { cardNumber: '', cvc: '' });
  return new Response('ok');
};
`, filename: 'netlify/functions/save-pm.ts' },
    // A tRPC procedure's \`input\` whose schema holds no card field but the last four digits.
    `import { z } from 'zod';
import { creditCard } from '~/server/db/schema';
import { createTRPCRouter, protectedProcedure } from '~/server/api/trpc';

export const invoiceRouter = createTRPCRouter({
  addCard: protectedProcedure
    .input(z.object({ name: z.string(), last4Number: z.string().length(4), brand: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.insert(creditCard).values({ ...input, userId: ctx.session.user.id });
    }),
});
`,
    // A class component's state whose card-named keys start as flags (card-rule-fixtures.ts): they hold flags.
    {
      code: CARD_SETTINGS_SCREEN,
      filename: 'src/screens/Settings.jsx',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // limitation: a schema parameter the function uses for nothing but \`add\` is not known to be a mongoose plugin's
    // (real-world batch 244)
    `module.exports = function stripeCustomer(schema) {
  schema.add({ stripe: { customerId: String, cardNumber: String, cvc: String } });
};
`,
    // limitation: stores the rule does not know: a Medusa module's own service, Prisma 1's prisma-binding (real-world
    // batches 238 and 241)
    {
      code: `export class OrderModuleService {
  constructor(private readonly orderService_: any) {}
  async place(cart: { id: string }, cvc: string) {
    return this.orderService_.create({ cart_id: cart.id, metadata: { cvc } });
  }
}
export const resolvers = {
  Mutation: {
    addCard: (_parent: unknown, args: { cardNumber: string; cvc: string }, ctx: any) => ctx.db.mutation.createCreditCard({ data: { cardNumber: args.cardNumber, cvc: args.cvc } }),
  },
};
`,
      filename: 'src/modules/order/service.ts',
    },
    // limitation: a model called without \`new\` counts where its document is saved (\`.save()\`); one only made and
    // handed on is not followed (with \`new\`, made is enough). A capitalised function of another module is no model.
    {
      code: `const Payment = require('../models/payment');
const Receipt = require('../helpers/receipt');
exports.preview = async (req, res) => {
  const draft = Payment({ amount: req.body.amount, cardNumber: req.body.cardNumber });
  await Receipt({ amount: req.body.amount, cardNumber: req.body.cardNumber }).save();
  res.json(draft.toJSON());
};`,
      filename: 'controllers/preview.js',
      languageOptions: { parser: espree },
    },
    {
      // The same definition in a package that does not declare Sails (here the nearest package.json is this plugin's):
      // an \`attributes\` object exported from \`api/models/\` may be anything
      code: readFileSync(SAILS_PAYMENT_MODEL, 'utf8'),
      filename: 'api/models/Payment.js',
    },
    // A field cleared before the object is stored, where it holds something: the document no longer holds it.
    `const { MongoClient } = require('mongodb');
const client = new MongoClient(process.env.MONGO_URL);
async function saveOrder(req, res) {
  const order = req.body;
  if (order.cvv) order.cvv = undefined;
  await client.db('shop').collection('orders').insertOne(order);
  res.sendStatus(201);
}
module.exports = { saveOrder };
`,
    {
      // A trading card's collector number and set, priced by a job (real-world batch FC)
      code: `const kue = require('kue');
const queue = kue.createQueue();

function priceCard(card) {
  queue.create('price-card', { card: { number: card.number, set: card.set, name: card.name } }).save();
}

module.exports = { priceCard };
`,
      filename: 'jobs/price.js',
    },
    {
      // A Trello card's short id kept with a sync job (real-world batch EX: precision probe)
      code: `const kue = require('kue');

const queue = kue.createQueue({ redis: process.env.REDIS_URL });

function syncCard(card) {
  queue.create('trello-sync', { card: { id: card.id, number: card.idShort, name: card.name } }).attempts(3).save();
}

module.exports = { syncCard };
`,
      filename: 'src/jobs/trello.js',
    },
    {
      // limitation: a capitalised global's \`create\` where the file's package does not declare Sails (here the nearest
      // package.json is this plugin's): it may be anything a page's script defines
      code: readFileSync(SAILS_CONTROLLER, 'utf8'),
      filename: 'api/controllers/CardController.js',
    },
    {
      // limitation: a queue of the app's own \`./queue\` module where the file's package is not known to depend on a job
      // queue (here no package.json is found): it may be an in-memory queue, which keeps nothing
      code: readFileSync(BULLMQ_ROUTES, 'utf8'),
      filename: 'src/routes/compras.js',
    },
    {
      // An enum's member names which check to run, not a security code (precision probe ER: a payment service's
      // verification option kept with the payment)
      code: `import { Model } from 'objection';

enum VerificationOptions { none = 'none', cvv = 'cvv', three_d_secure = 'three_d_secure' }
class PaymentModel extends Model { static tableName = 'Payment'; }

export async function start(details: { cardId: string }) {
  const verification = VerificationOptions.cvv;
  await PaymentModel.query().insert({ paymentCardId: details.cardId, payload: { ...details, verification } });
}
export async function retry(id: string, notSupported: boolean) {
  await PaymentModel.query().findById(id).patch({
    retryPayload: { verification: notSupported ? VerificationOptions.cvv : VerificationOptions.three_d_secure },
  });
  console.log('verify with', VerificationOptions.cvv);
  await fetch('/api/pay', { method: 'POST', body: JSON.stringify({ verification: VerificationOptions.cvv }) });
}
`,
      filename: 'src/payments/payments.service.ts',
    },
    // A queue named for another kind of card holds that card's number and PIN (precision probe ER): by the queue's
    // variable or the name it is made with
    `
const Queue = require('bull');
const giftCardQueue = new Queue('gift-card-redemptions');
const redemptions = new Queue('gift-card-redemptions');
async function redeem(giftCard) {
  await giftCardQueue.add('redeem', { cardNumber: giftCard.number, pin: giftCard.pin });
  await redemptions.add('redeem', { cardNumber: giftCard.number, pin: giftCard.pin });
}
module.exports = { redeem };
`,
    // A card number masked before the order is written, though what is masked is not named as a card number: the mask,
    // written out, is run on card numbers and leaves the last four digits (real-world batch EN: a shop's order file)
    `const express = require('express');
const fs = require('fs');

const app = express();
app.use(express.json());

app.post('/orders', (req, res) => {
  const { customer, address, card, expiry, total } = req.body;
  const order = {
    name: customer.name,
    address,
    card: { number: card.replace(/\\d(?=\\d{4})/g, '*'), expiry },
    total,
  };
  fs.writeFileSync('orders.json', JSON.stringify(order, null, 2));
  res.json(order);
});

app.listen(8001);
`,
    // ...and the same route with a mask that leaves the last four digits only
    `import mongoose from 'mongoose';
import { NextRequest, NextResponse } from 'next/server';

const Order = mongoose.model('Order', new mongoose.Schema({ customerName: String, total: Number }));

export async function POST(request: NextRequest) {
  const { customerName, cardNumber, expiryDate } = await request.json();
  const maskedCardNumber = cardNumber.replace(/\\d(?=\\d{4})/g, '*');
  const newOrder = await Order.create({ customerName, cardNumber: maskedCardNumber, expiryDate });
  return NextResponse.json({ order: newOrder }, { status: 201 });
}
`,
    // ...and a body whose card number is masked in place, in the \`try\` block that writes it (real-world batch 231)
    `const Card = require('../models/card');

exports.save = async (req, res) => {
  try {
    const { cardNumber } = req.body;
    req.body.cardNumber = cardNumber.slice(-4);
    const card = await Card.create(req.body);
    res.status(201).json(card);
  } catch (error) {
    res.status(400).json({ message: error.message });
  }
};
`,
    // A dashboard's stats card, whose number is a count (real-world batch 242), kept in localStorage
    `export function saveStatsCard(members) {
  const card = { label: 'Active members', number: members.length };
  localStorage.setItem('dashboard:card', JSON.stringify(card));
}
`,
    // ...and a card's number masked in place, then read to be stored under \`last4\` (real-world batch 233)
    `import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function saveCard(userId: string, card: { number: string; brand: string }) {
  try {
    card.number = card.number.slice(-4);
    await prisma.savedCard.create({ data: { userId, last4: card.number, brand: card.brand } });
  } catch (error) {
    console.error('could not save the card', error);
  }
}
`,
    // limitation: a helper that stores under a key it is handed is read by the value only: a neutral value under a
    // card key is not reported
    `function remember(key, value) { localStorage.setItem(key, value); }
export const keepCode = (code) => remember('cvc', code);
`,
    // The file's own storage helpers: a card handed to one that keeps only its last four digits, masks it, stores
    // another parameter, or keeps it in a Map, is not stored
    `import { maskCardNumber } from './format';

const memory = new Map();
function remember(key, value) { memory.set(key, value); }
function keepLast4(card) { localStorage.setItem('card-last4', card.number.slice(-4)); }
function keepMasked(number) { localStorage.setItem('card', maskCardNumber(number)); }
function keepLabel(label, number) { localStorage.setItem('card-label', label); }

export function onCardSaved(form) {
  remember('card', { number: form.cardNumber, cvc: form.cvc });
  keepLast4({ number: form.cardNumber });
  keepMasked(form.cardNumber);
  keepLabel('Visa', form.cardNumber);
}
`,
    // A transaction document made with the card's last four digits, then read back for the response (real-world batch
    // DI): the document holds no card number, whatever its field's name; a document made with the whole number is
    // reported (invalid)
    `import { Request, Response } from 'express';
import Transaction from '../models/Transaction';

export default {
  async create(req: Request, res: Response) {
    const { value, description, card_number, card_holder_name } = req.body;
    const lastFourDigits = card_number.slice(12, 16);
    const transaction = new Transaction({ value, description, card_holder_name, card_number: lastFourDigits });
    await transaction.save();
    return res.status(201).json({ id: transaction.id, card: \`**** \${transaction.card_number}\` });
  },
};
`,
    // Numbers of other cards (real-world batch DG): a board card's counter (a number with a small default), a flash
    // card's deck position, a hospital's RFID and patient cards; a payment schema's card number is still reported (invalid).
    {
      code: `import mongoose from 'mongoose';

const taskCardSchema = new mongoose.Schema({
  title: { type: String, required: true },
  description: String,
  cardNumber: { type: Number, default: 0 },
  sort: Number,
});

const flashCardSchema = new mongoose.Schema({ deckId: String, front: String, back: String, cardNumber: Number });

const patientSchema = new mongoose.Schema({
  name: String,
  ward: String,
  rfidCardNumber: { type: String, unique: true },
  patientCardNumber: String,
});

export const TaskCard = mongoose.model('TaskCard', taskCardSchema);
export const FlashCard = mongoose.model('FlashCard', flashCardSchema);
export const Patient = mongoose.model('Patient', patientSchema);
`,
      filename: 'server/models/index.js',
    },
    // A gift card's number and PIN, written to its own table by code named for it (real-world batch 99: a POS)
    {
      code: GIFT_CARD_QUERIES,
      filename: 'src/lib/queries.ts',
    },
    // Test code writes test cards to fakes and test databases (real-world batch 96): no cardholder data is kept.
    {
      code: `import { beforeEach, describe, expect, it } from 'vitest';
import { FakeCardsRepository } from '../repositories/fakes/fake-cards-repository';
import { FetchCardsByUserIdService } from './fetch-cards-by-user-id';

let cardsRepository: FakeCardsRepository;
let sut: FetchCardsByUserIdService;

describe('Fetch cards by user id', () => {
  beforeEach(() => {
    cardsRepository = new FakeCardsRepository();
    sut = new FetchCardsByUserIdService(cardsRepository);
  });

  it('lists the cards of a user', async () => {
    await cardsRepository.create({ type: 'physical', number: '1111 2222 3333 4444', cvv: '123', userId: 'user-1' });
    const { cards } = await sut.execute({ userId: 'user-1' });
    expect(cards).toHaveLength(1);
  });
});
`,
      filename: 'src/services/fetch-cards-by-user-id.ts',
    },
    {
      code: `import { getRepository } from 'typeorm';
import { Card } from '../src/entities/card.entity';

it('stores the card', async () => {
  await getRepository(Card).save({ cardNumber: '4242424242424242', cvv: '123', expiry: '12/30' });
});
`,
      filename: 'src/cards/cards.int-spec.ts',
    },
    // A flash-card app's study session (card-rule-fixtures.ts): its card number is a position, not a PAN
    { code: STUDY_SESSION, filename: 'src/StudySession.jsx' },
    // A trading-card store's catalogue: a collector number stored as `card_number` / `productCardNumber` beside the set
    // code and rarity is no payment card (real-world batch AH); limitation: a gift card's table is told only by its columns
    {
      code: `import { Entity, Column, PrimaryGeneratedColumn } from 'typeorm';
import { Pool } from 'pg';

@Entity()
export class ProductCard {
  @PrimaryGeneratedColumn('uuid') productCardId: string;
  @Column() productSetCode: string;
  @Column() productCardRarityCode: string;
  @Column() productCardNumber: string;
}

const db = new Pool();
export async function importSet(card: { name: string; number: string; rarity: string }) {
  await db.query('INSERT INTO cards (name, card_number, rarity) VALUES ($1, $2, $3)', [card.name, card.number, card.rarity]);
  await db.query('INSERT INTO gift_cards (gan, card_number, balance) VALUES ($1, $2, 0)', [card.name, card.number]);
}
`,
      filename: 'src/catalogue/product-card.entity.ts',
    },
    // A door-access badge's credential: its Wiegand site code beside the card number, with the pass's own expiry
    // (real-world batch 298)
    {
      code: `import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function issuePass(data: { site_code: string; card_number: string; full_name: string; expires: string }) {
  const createData = {
    fullName: data.full_name,
    siteCode: data.site_code,
    cardNumber: data.card_number,
    expirationDate: new Date(data.expires),
  };
  return prisma.accessPass.create({ data: createData });
}
`,
      filename: 'apps/api/src/services/access-pass.service.ts',
    },
    { code: CARD_SERVICE, filename: 'src/modules/cards/services/CreateCardService.ts' },
    // A whole body stored where the function reads no card field from it (only the amount), or reads the CVC from
    // another object.
    `
import { MongoClient } from 'mongodb';
const db = new MongoClient(process.env.MONGO_URL).db('shop');
export async function saveOrder(req, res) {
  if (req.body.amount <= 0) return res.status(400).end();
  await db.collection('orders').insertOne(req.body);
  verifyCvc(req.query.cvc);
  res.end();
}
`,
    // limitation: a LoopBack 4 entity that extends the app's own base entity (from another file) is not recognised
    `
import { model, property } from '@loopback/repository';
import { AuditedEntity } from './audited-entity.model';

@model()
export class SavedCard extends AuditedEntity {
  @property({ type: 'string', required: true })
  cardNumber: string;

  @property({ type: 'string' })
  cvc?: string;
}
`,
    // limitation: outside a file that mentions Stripe, `source` is not a card container, even where it carries a card
    // posted for a legacy Charges API call made elsewhere.
    `
import Redis from 'ioredis';

const redis = new Redis();

export async function queueLegacyCharge(body: { source: { number: string; exp_month: number } }) {
  await redis.set('pending-charge', body.source.number);
}
`,
    // A `source` outside Stripe code is not a card: an event-sourcing record with a sequence number.
    `
import mongoose from 'mongoose';

const Event = mongoose.model('Event', new mongoose.Schema({ source: { name: String, number: Number } }));

export async function record(stream: string, seq: number) {
  await Event.create({ source: { name: stream, number: seq } });
}
`,
    // A Stripe Account fixture written to Firestore: `decline_on.cvc_failure` is a setting (a boolean), not a CVC.
    `
import { getFirestore } from 'firebase-admin/firestore';

export async function seedAccount(uid: string) {
  await getFirestore().collection('accounts').doc(uid).set({
    id: 'acct_1GqIC8HYgolSBA35',
    object: 'account',
    charges_enabled: true,
    settings: {
      card_payments: { decline_on: { avs_failure: false, cvc_failure: false }, statement_descriptor_prefix: null },
    },
  });
}
`,
    // What Stripe's guide allows: brand, last4 (every spelling), expiry, fingerprint, funding, country, cvc_check, ids.
    `
import mongoose, { Schema } from 'mongoose';

const paymentMethodSchema = new Schema({
  userId: { type: Schema.Types.ObjectId, ref: 'User' },
  stripePaymentMethodId: { type: String, required: true },
  stripeCustomerId: String,
  brand: String,
  displayBrand: String,
  last4: String,
  lastFour: String,
  last_4: String,
  cardLast4: String,
  expMonth: Number,
  expYear: Number,
  exp_month: Number,
  exp_year: Number,
  expiry: String,
  expiryDate: Date,
  fingerprint: String,
  funding: String,
  country: String,
  cvc_check: String,
  cvcCheck: String,
  address_zip_check: String,
  wallet: String,
});

export default mongoose.model('PaymentMethod', paymentMethodSchema);
`,
    // Saving what the Stripe API returned: whole objects and their fields.
    `
import Stripe from 'stripe';
import { PrismaClient } from '@prisma/client';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const prisma = new PrismaClient();

export async function savePaymentMethod(userId: string, paymentMethodId: string) {
  const pm = await stripe.paymentMethods.retrieve(paymentMethodId);
  await prisma.card.create({
    data: {
      userId,
      stripeId: pm.id,
      brand: pm.card?.brand,
      last4: pm.card?.last4,
      expMonth: pm.card?.exp_month,
      expYear: pm.card?.exp_year,
      fingerprint: pm.card?.fingerprint,
      cvcCheck: pm.card?.checks?.cvc_check,
      raw: JSON.stringify(pm),
    },
  });
  await prisma.event.create({ data: { payload: pm.card as never, cardNumber: pm.card!.last4 } });
}
`,
    // Masked values: slice(-4), mask helpers, names that say masked / last4.
    `
import Redis from 'ioredis';

const redis = new Redis();

export async function remember(req: { body: { cardNumber: string; cvc: string } }) {
  const { cardNumber } = req.body;
  const last4 = cardNumber.slice(-4);
  await redis.set('card:last4', last4);
  await redis.hset('card', { cardNumber: maskPan(cardNumber), lastFour: cardNumber.slice(-4), brand: detectBrand(cardNumber) });
  localStorage.setItem('cardNumber', cardNumber.replace(/\\d(?=\\d{4})/g, '*'));
  localStorage.setItem('maskedCardNumber', masked);
}
`,
    // Cleared key-value entries hold no card data: a checkout page forgetting what an older version of it kept.
    `
export function forgetCardDraft(storage: Storage) {
  storage.setItem('cvc', '');
  localStorage.setItem('cardNumber', null as never);
  sessionStorage.setItem('card_cvc', undefined as never);
}
`,
    // A seed whose card-number column gets literals that cannot be card numbers (real-world batch AU's fruit store)
    `
const { sql } = require('slonik');

module.exports = async function seed(pool) {
  await pool.query(sql\`INSERT INTO cards (provider, card_number) VALUES ('VISA', '0001'), ('MASTERCARD', '0002'), ('AMEX', NULL)\`);
};
`,
    {
      // A Knex seed's rows: a bare \`number\` beside a CVC is the card's, but these are too short for any card, so the
      // security codes beside them are made up too (real-world batch 310)
      code: `exports.seed = async function (knex) {
  await knex('credit_card').del();
  await knex('credit_card').insert([
    { id: 1, number: '123456', cvv: '123', exp_date: '12/25', user_id: 1 },
    { id: 2, number: '543', cvv: '234', exp_date: '01/26', user_id: 2 },
  ]);
};
`,
      filename: 'seeds/credit_card.js',
    },
    // A demo's made-up credentials, checked against what the visitor types: a card number no card has (its digits
    // fail the Luhn check) and the security code written beside it (real-world batch 189); also a seed's rows and a
    // record holding such a number
    {
      code: `localStorage.setItem("CardNumber", "111111111111");
localStorage.setItem("CVV", "123");

document.querySelector("#pay").addEventListener("click", () => {
  const number = document.querySelector("#card-number").value;
  const cvv = document.querySelector("#cvv").value;
  if (number === localStorage.getItem("CardNumber") && cvv === localStorage.getItem("CVV")) {
    alert("Payment successful");
  } else {
    alert("Wrong card details: use 111111111111 and 123");
  }
});

const DEMO_CARD = '4242 4242 4242 4241';
async function seedDemo(pool, redis) {
  await pool.query("INSERT INTO cards (holder, card_number) VALUES ('Ada', '4000000000000001'), ('Alan', '5555555555554441')");
  await redis.hset('demo:card', { cardNumber: DEMO_CARD, cvc: '314' });
  switch (pool.mode) {
    case 'demo':
      sessionStorage.setItem('cvc', '000');
      sessionStorage.setItem('cardNumber', '1234567812345678');
  }
}
`,
      filename: 'public/js/payment.js',
    },
    // Client stores persisted by a plugin that keep only what is safe: a zustand store whose \`partialize\` keeps the cart,
    // a Pinia store that omits the card fields, one that persists nothing, a setup store that returns no ref of a card
    // field, a gift-card wallet and a flash-card deck; limitation: redux-persist's \`persistReducer\` (its state is the
    // reducer's, often another module's) is not read
    {
      code: `import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { persistReducer } from 'redux-persist';
import storage from 'redux-persist/lib/storage';
import checkoutReducer from './checkoutSlice';

export const useCartStore = create(
  persist(
    (set) => ({
      items: [],
      card: { number: '', cvc: '', expiry: '' },
      setCard: (card) => set({ card }),
      addItem: (item) => set((state) => ({ items: [...state.items, item] })),
    }),
    { name: 'cart', partialize: (state) => ({ items: state.items }) },
  ),
);

export const useGiftCards = create(persist(() => ({ cardNumber: '', pin: '' }), { name: 'gift-cards' }));
export const useDeck = create(persist(() => ({ cardNumber: 0, flipped: false }), { name: 'flashcards' }));

export const usePaymentStore = defineStore('payment', {
  state: () => ({ cardNumber: '', cvv: '', last4: '', brand: '' }),
  persist: { omit: ['cardNumber', 'cvv'] },
});
export const useDraftStore = defineStore('draft', { state: () => ({ cardNumber: '', cvv: '' }) });
export const useSetupStore = defineStore('setup', () => {
  const last4 = ref('');
  const cvv = computed(() => '');
  return { last4, cvv, clear: () => { last4.value = ''; } };
}, { persist: true });

export const persistedCheckout = persistReducer({ key: 'checkout', storage }, checkoutReducer);
`,
      filename: 'src/stores/index.js',
    },
    // Tables and entities named for another kind of card (real-world batch AH's gift-card shop): their card number and
    // PIN are the gift or loyalty card's
    {
      code: `import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const giftCardBalanceChecks = pgTable('gift_card_balance_checks', {
  id: uuid('id').primaryKey().defaultRandom(),
  cardNumber: text('card_number').notNull(),
  pin: text('pin'),
  balance: integer('balance'),
  checkedAt: timestamp('checked_at').defaultNow(),
});
`,
      filename: 'shared/schema.ts',
    },
    {
      code: `import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('loyalty_cards')
export class LoyaltyCard {
  @PrimaryGeneratedColumn() id!: number;
  @Column() cardNumber!: string;
  @Column() pin!: string;
  @Column('int') points!: number;
}
`,
      filename: 'src/entities/loyalty-card.entity.ts',
    },
    // Masked card numbers built by joining mask characters to the last four digits (real-world batch BH)
    {
      code: `const User = require('../models/User');

module.exports.updateCard = async (req, res) => {
  const { cardNumber, expMonth, expYear } = req.body;
  const masked = { number: '************' + cardNumber.substring(12, 16), expMonth, expYear };
  await User.updateOne({ _id: req.params.id }, { $set: { card: masked } });
  const shown = { number: \`**** **** **** \${cardNumber.slice(-4)}\`, expMonth, expYear };
  await User.updateOne({ _id: req.params.id }, { $push: { cards: shown } });
  res.sendStatus(204);
};
`,
      filename: 'handlers/user.js',
    },
    // A seeder's rows whose card fields hold literals that cannot be card data: a masked number, no CVC
    {
      code: `'use strict';

module.exports = {
  async up(queryInterface) {
    await queryInterface.bulkInsert('PaymentMethods', [
      { userId: 1, brand: 'visa', card_number: '**** **** **** 4242', cvv: null, exp_month: 12, exp_year: 2030 },
      { userId: 2, brand: 'mastercard', card_number: 'XXXX-XXXX-XXXX-4444', cvv: '', exp_month: 3, exp_year: 2029 },
    ]);
  },
  async down(queryInterface) {
    await queryInterface.bulkDelete('PaymentMethods', null, {});
  },
};
`,
      filename: 'seeders/20240301120000-payment-methods.js',
    },
    // The classifier's collisions: account, phone, order, tracking, routing numbers; numberOfCards; OTP security codes.
    `
import { Column, Entity } from 'typeorm';

@Entity()
export class Customer {
  @Column() accountNumber!: string;
  @Column() phoneNumber!: string;
  @Column() orderNumber!: string;
  @Column() trackingNumber!: string;
  @Column() routing_number!: string;
  @Column() numberOfCards!: number;
  @Column() securityCode!: string;
  @Column() pin!: string;
  @Column() giftCardNumber!: string;
  @Column() cardholderName!: string;
  @Column() taxIdNumber!: string;
}
`,
    // India's PAN card is a tax id, and Aadhaar / ration cards are identity documents: KYC models are not card data.
    {
      code: `const mongoose = require('mongoose');

const userSchema = new mongoose.Schema({
  name: { type: String, required: true },
  email: { type: String, required: true, unique: true },
  panCard: { type: mongoose.Schema.Types.ObjectId, ref: 'PanCard' },
});

const kycSchema = new mongoose.Schema({
  userId: { type: mongoose.Schema.Types.ObjectId, ref: 'User', required: true },
  panCardNumber: { type: String, uppercase: true },
  aadharCardNumber: { type: String },
});

module.exports = { User: mongoose.model('User', userSchema), Kyc: mongoose.model('Kyc', kycSchema) };`,
      languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
    },
    // limitation: a Kanban card has a number too: a card-named table needs card-shaped columns before \`number\` is a PAN.
    `
import { pgTable, serial, integer, text } from 'drizzle-orm/pg-core';

export const cards = pgTable('cards', { id: serial('id'), number: integer('number'), title: text('title'), listId: integer('list_id') });
await db.insert(cards).values({ number: 42, title: 'Fix login' });
await knex('cards').insert({ number: 7, title: 'Write docs' });
`,
    // Not storage: Map#set, a plain object, other packages' caches, React state, stripe-node calls, URLSearchParams.
    `
import LRU from 'lru-cache';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const pending = new Map<string, string>();
const lru = new LRU<string, string>({ max: 100 });

export async function handle(req: { body: { cardNumber: string; cvc: string } }, setCvc: (v: string) => void) {
  pending.set('cvc', req.body.cvc);
  lru.set('cardNumber', req.body.cardNumber);
  setCvc(req.body.cvc);
  const params = new URLSearchParams();
  params.set('cvc', req.body.cvc);
  await stripe.customers.create({ metadata: { note: 'x' } });
  await stripe.paymentMethods.create({ type: 'card', card: { token: 'tok_visa' } });
  const form = { cardNumber: req.body.cardNumber };
  return form;
}
`,
    // SQL that reads card data or names safe columns is not a write of card data.
    `
await pool.query('SELECT card_number FROM legacy_cards WHERE id = $1', [id]);
await pool.query('INSERT INTO payment_methods (user_id, stripe_pm_id, brand, last4, exp_month, exp_year) VALUES ($1, $2, $3, $4, $5, $6)', params);
await pool.query(\`UPDATE users SET default_pm = $1, card_brand = $2 WHERE id = \${id}\`, params);
const message = 'Please update your card number and try again';
`,
    // Logging is the other rule's business; res.json / res.send are responses, not storage.
    `
app.post('/pay', (req, res) => {
  console.log(req.body.cardNumber);
  res.json({ cardNumber: req.body.cardNumber });
});
`,
    // limitation: a whole request body (or any object whose keys are unknown here) is not known to hold card data.
    `
import User from '../models/User';

app.post('/users', async (req, res) => {
  await User.create(req.body);
  await db.collection('orders').insertOne({ ...req.body, createdAt: new Date() });
  res.sendStatus(201);
});
`,
    // limitation: models and stores defined in another file are recognised only by an import path or a name saying so.
    `
import { Payment } from '@acme/billing';
import { save } from './persistence';

export async function record(cardNumber: string) {
  await Payment.create({ cardNumber });
  await save('payments', { cardNumber });
}
`,
    // limitation: a MongoDB collection passed in under a neutral name, and services whose methods look like Mongo's.
    `
export async function save(payments: any, cardsService: any, cvv: string) {
  await payments.insertOne({ cvv });
  await cardsService.updateOne('card_1', { cvv });
}
`,
    // limitation: an instance's own update method (`doc.update(values)`, `doc.updateOne(values)`) is not followed.
    `
import { Card } from '../models/card';

export async function updateCard(id: string, cvv: string) {
  const card = await Card.findById(id);
  await card.update({ cvv });
}
`,
    // A document whose card fields are set to what Stripe returns, or cleared, keeps no card data when saved.
    `
import { User } from '../models/user';

export async function rememberCard(userId: string, paymentMethod: { id: string; card: { brand: string; last4: string } }) {
  const user = await User.findById(userId);
  user.paymentMethodId = paymentMethod.id;
  user.cardNumber = paymentMethod.card.last4;
  user.cardBrand = paymentMethod.card.brand;
  user.cvc = undefined;
  await user.save();
}
`,
    {
      // ...and a document given an object of what Stripe returns, or of other data, keeps no card data either
      code: `const Patient = require('../models/Patient');

exports.addCard = async (req, res) => {
  const { paymentMethodId } = req.body;
  const pm = await stripe.paymentMethods.retrieve(paymentMethodId);
  const patient = await Patient.findById(req.params.id);
  patient.cards.push({ paymentMethodId, brand: pm.card.brand, last4: pm.card.last4, expMonth: pm.card.exp_month });
  patient.card = { last4: pm.card.last4, brand: pm.card.brand };
  patient.visits.push({ date: new Date(), notes: req.body.notes });
  await patient.save();
  console.log('saved', patient);
  res.json({ ok: true });
};
`,
      filename: 'src/controllers/patientController.js',
    },
    // The same for an entity saved through a repository.
    `
import { AppDataSource } from './data-source';
import { Card } from './entity/Card';

export async function keepCard(pm: { card: { brand: string; last4: string } }) {
  const card = new Card();
  card.cardNumber = pm.card.last4;
  card.brand = pm.card.brand;
  await AppDataSource.getRepository(Card).save(card);
}
`,
    {
      // An entity class made in a test or a domain factory writes nothing (real-world batch AN: a jest spec's
      // \`new Transaction(dto)\`, a clean architecture's \`CardBank.create({...})\`); only a save would
      code: `import { Transaction } from '../entities/transaction.entity';
import { CardBank } from '../../domain/entities/card-bank';

const dto = { cardNumber: '4242424242424242', cardHolderName: 'Mario' };
const transaction = new Transaction(dto as any);

export function preview(cvv: number, number_card: number) {
  const card = CardBank.create({ cvv, number_card });
  return card.number_card > 0 && transaction !== undefined;
}
`,
      filename: 'src/transactions/transaction.controller.spec.ts',
    },
    // A VueUse storage ref that keeps the card's brand and last four digits, and Nitro's `useStorage(base)` (no initial
    // value: not VueUse's) read.
    `
import { useLocalStorage } from '@vueuse/core';

export const savedCard = useLocalStorage('saved-card', { brand: '', last4: '', expMonth: 0, expYear: 0 });
export function remember(pm) {
  savedCard.value = { brand: pm.card.brand, last4: pm.card.last4, expMonth: pm.card.exp_month, expYear: pm.card.exp_year };
}
export const readCache = (key) => useStorage('cache').getItem(key);
`,
    // React storage hooks keeping a saved card's brand and last four digits, a setter given them; a hook of the app's
    // own module under the same name (see the limitation below), its setter passed on.
    {
      code: `import { useLocalStorage } from '@uidotdev/usehooks';
import { useLocalStorage as useFormStorage } from './form-state';

export function SavedCard({ paymentMethod }) {
  const [saved, setSaved] = useLocalStorage('saved-card', { brand: '', last4: '' });
  const [cvc, setCvc] = useFormStorage('cvc', '');
  const remember = () => setSaved({ brand: paymentMethod.card.brand, last4: paymentMethod.card.last4 });
  return <CvcField value={cvc} onChange={setCvc} onBlur={remember} saved={saved} />;
}`,
      filename: 'src/components/SavedCard.jsx',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // An app's hook named for storage whose module keeps its state in memory (a reducer) or writes the storage only in a
    // comment, and hooks named for no storage.
    {
      code: `import { useLocalStore } from '../hooks/useLocalStore';
import { useStoredValue } from '../hooks/useStoredValue';
import useCardForm from '../utils/useCardForm';

export function CardStep() {
  const [card, setCard] = useLocalStore(reducer, { number: '', cvc: '' });
  const [form, setForm] = useCardForm('cvc', { number: '' });
  const [draft, setDraft] = useStoredValue('cvc', '');
  return <CardFields card={card} draft={draft} onChange={(patch) => { setCard(patch); setForm({ cvc: patch.cvc }); setDraft(patch.cvc); }} />;
}`,
      filename: inCardWallet('src/pages/CardStep.jsx'),
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // A specifier naming a file of another kind (a Vue component), whose index would lie below a file: not followed, and
    // no exception (regression probe 293: the lookup of \`…/usePersistedState.vue/index.ts\` threw ENOTDIR).
    {
      code: `import usePersistedState from '../hooks/usePersistedState.vue';
export function Saved() {
  const [cvc] = usePersistedState('cvc', '');
  return <input name="cvc" value={cvc} />;
}`,
      filename: inCardWallet('src/pages/Saved.jsx'),
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // limitation: an app's own storage hook is read only where it is imported by a relative path straight from its
    // module, under a name that says it keeps its state (\`useLocalState\`, \`usePersistedState\`): not through an index
    // that re-exports it, an alias that no tsconfig.json / jsconfig.json of the package declares, or a default export
    // imported under another name.
    {
      code: `import { useStickyState } from '../hooks';
import useSaved from '../utils/useLocalState';

export function Remember({ card }) {
  const [cvc] = useStickyState('cvc', '');
  const [, save] = useSaved({ number: '' }, 'card');
  return <button onClick={() => save({ number: card.number, cvc: card.cvc })}>{cvc}</button>;
}`,
      filename: inCardWallet('src/pages/Remember.jsx'),
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // An app's own \`useLocalStorage\` hook whose module cannot be read (a file not on disk) is not followed.
    `
import { useLocalStorage } from './hooks/useLocalStorage';

export function CardForm() {
  const [card, setCard] = useLocalStorage('card', { number: '', cvc: '' });
  return card;
}
`,
    // Passport's user given the card's last four digits and brand, saved: no card data.
    `
router.post('/billing', async (req, res) => {
  const pm = await stripe.paymentMethods.retrieve(req.body.paymentMethodId);
  req.user.billing = { last4: pm.card.last4, brand: pm.card.brand, paymentMethodId: pm.id };
  await req.user.save();
  res.redirect('/account');
});
`,
    // A game's card (its suit beside its number) set on a player and saved: no payment card.
    `
const Player = require('../models/player');

router.post('/hand', async (req, res) => {
  const player = await Player.findById(req.params.id);
  player.card = { number: req.body.number, suit: req.body.suit };
  await player.save();
  res.json(player);
});
`,
    // limitation: Koa's `ctx.state.user` (koa-passport) and a user a helper is handed are not read as the app's user
    // document.
    `
router.post('/billing', async (ctx) => {
  ctx.state.user.cardNumber = ctx.request.body.cardNumber;
  await ctx.state.user.save();
});
export async function remember(user, body) {
  user.cvc = body.cvc;
  await user.save();
}
`,
    // limitation: \`save()\` on an object that is not provably a model's document is no proven write.
    `
import { createDraft } from './drafts';

export async function saveDraft(cvc: string) {
  const draft = createDraft();
  draft.cvc = cvc;
  await draft.save();
}
`,
    // limitation: a key of an object written whole, named for an encrypted CVC, is not read as one (the schema that
    // declares it is reported).
    `
import { Card } from './models/card';
import { encrypt } from './lib/crypto';

export const saveCard = (cvc: string, userId: string) => Card.create({ userId, encryptedCvc: encrypt(cvc) });
`,
    // limitation: a key named as a masked / hashed / encrypted card field is trusted, whatever its value.
    `
await prisma.card.create({ data: { maskedCardNumber: req.body.cardNumber, cvcHash: req.body.cvc } });
`,
    // limitation: column names built at run time, and keys computed from variables.
    `
const column = 'card_' + 'number';
await pool.query(\`INSERT INTO payments (\${column}) VALUES ($1)\`, [value]);
const key = getKey();
await prisma.payment.create({ data: { [key]: value } });
`,
    // limitation: a card field name cut by a separator inside one of its words, or put together at run time, is not
    // read (the file prefilter reads names word by word, as the code spells them).
    `
export function remember(value: string) {
  localStorage.setItem('c_c_n', value);
}
`,
    `
export function remember(code: string) {
  sessionStorage.setItem('cv' + 'c', code);
}
`,
    // Built-in property names are not store methods: \`toString\`, \`constructor\`, \`hasOwnProperty\` of a Redis client,
    // a MongoDB collection, a repository or \`fs\` write nothing.
    `
import Redis from 'ioredis';
import fs from 'node:fs';
import { MongoClient } from 'mongodb';

const redis = new Redis();
const db = new MongoClient('mongodb://localhost').db('shop');

export async function debugCard(card: { number: string; cvc: string }, cardRepository: unknown) {
  redis.toString('card', card.number);
  redis.hasOwnProperty('cvc', card.cvc);
  redis.constructor('card', { cardNumber: card.number });
  db.collection('cards').constructor({ cardNumber: card.number });
  db.collection('cards').valueOf({ cvc: card.cvc }, { cvc: card.cvc });
  (cardRepository as { toLocaleString(x: unknown): void }).toLocaleString({ cardNumber: card.number });
  fs.toString('card.txt', card.number);
  fs.propertyIsEnumerable('card.txt', card.cvc);
}
`,
    // limitation: stores reached through a local wrapper whose name does not say what it is.
    `
import { store } from './kv';

export const remember = (cvc: string) => store.set('cvc', cvc);
`,
    // The card fields are deleted from the body before it is written (real-world batch 94)
    `
import express from 'express';
import { MongoClient } from 'mongodb';

const orders = new MongoClient(process.env.MONGO_URL!).db('shop').collection('orders');
const app = express();
app.post('/orders', express.json(), async (req, res) => {
  if (!req.body.cvc || !req.body.cardNumber) return res.sendStatus(400);
  delete req.body.cvc;
  delete req.body.cardNumber;
  await orders.insertMany([req.body]);
  res.sendStatus(201);
});
`,
    // A mask or nothing under a card column (real-world batch 91's probe)
    `
import { supabase } from '@/lib/supabase';

export const flagCard = (userId: string, cardNumber?: string) =>
  supabase.from('profiles').update({ card_number: cardNumber ? '****' : null, has_card: Boolean(cardNumber) }).eq('id', userId);
`,
    // Supabase: what Stripe returns may be kept; a storage bucket's \`from\` and other \`from\`s are no table.
    `
'use server';
import { createClient } from '@/utils/supabase/server';
import { from } from 'rxjs';

export async function savePaymentMethod(userId: string, pm: { id: string; card: { brand: string; last4: string; exp_month: number; exp_year: number } }) {
  const supabase = await createClient();
  await supabase.from('payment_methods').insert({
    user_id: userId,
    stripe_payment_method_id: pm.id,
    brand: pm.card.brand,
    last4: pm.card.last4,
    exp_month: pm.card.exp_month,
    exp_year: pm.card.exp_year,
  });
  await supabase.storage.from('receipts').upload(\`\${userId}/card.json\`, JSON.stringify({ cardNumber: '4242' }));
  from([{ cvc: '123' }]).subscribe();
}
`,
    // Convex and Appwrite: what Stripe returns may be kept; reads are no writes.
    `
import { v } from 'convex/values';
import { mutation, query } from './_generated/server';

export const savePaymentMethod = mutation({
  args: { userId: v.id('users'), paymentMethodId: v.string(), brand: v.string(), last4: v.string(), expMonth: v.number(), expYear: v.number() },
  handler: async (ctx, args) => {
    await ctx.db.insert('paymentMethods', { ...args });
    await ctx.db.patch(args.userId, { defaultPaymentMethod: args.paymentMethodId, cardBrand: args.brand, cardLast4: args.last4 });
  },
});

export const cards = query({ handler: async (ctx) => ctx.db.query('paymentMethods').collect() });
`,
    // limitation: a Supabase client handed out under a neutral name by a module whose name does not say Supabase.
    `
import { client } from '@/lib/api';

export const saveCard = (cardNumber: string, cvc: string) => client.from('cards').insert({ card_number: cardNumber, cvc });
`,
    {
      // A Prisma update requires no column: the schema says nothing of what \`payment\` holds (the fixture's repository).
      code: `import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export const updatePayment = (id: string, payment: Record<string, string>) => prisma.payment.update({ where: { id }, data: payment });
`,
      filename: PRISMA_REPOSITORY,
    },
    {
      // Models whose required columns keep no card data: a saved card's Stripe id, brand and last4 (its CVC check is
      // optional), a gift card's number and PIN, a loyalty card's number, a tarot \`Card\`'s \`number\` (no expiry, CVC,
      // last4 or holder beside it, real-world batch 200), a user's sign-in PIN.
      code: `import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function save(card: unknown, giftCard: unknown, member: unknown, tarot: unknown, user: unknown, rows: unknown[]) {
  await prisma.savedCard.create({ data: card as never });
  await prisma.giftCard.create({ data: giftCard as never });
  await prisma.loyaltyCard.create({ data: member as never });
  await prisma.card.create({ data: tarot as never });
  await prisma.user.create({ data: user as never });
  await prisma.auditEntry.createMany({ data: rows as never });
}
`,
      filename: inPrismaShop('src/cards.ts'),
    },
    {
      // Data the file spells out is read as written, not by the schema: the card number cut to its last four digits.
      code: `import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export const save = (userId: string, card: { number: string; holder: string; expiry: string }) =>
  prisma.payment.create({ data: { userId, cardNumber: card.number.slice(-4), cardHolder: card.holder, cardExpiration: card.expiry, cardCvv: '' } });
`,
      filename: inPrismaShop('src/cards.ts'),
    },
    {
      // The same repository outside a package with a Prisma schema, and as a test file of the package.
      code: readFileSync(PRISMA_REPOSITORY, 'utf8'),
      filename: fileURLToPath(new URL('../fixtures/projects/sails-shop/api/services/payment.repository.ts', import.meta.url)),
    },
    {
      code: readFileSync(PRISMA_REPOSITORY, 'utf8'),
      filename: inPrismaShop('src/payment.repository.test.ts'),
    },
    {
      // A multi-file schema's \`PaymentMethod\` keeps a token of the card number and an optional CVC: nothing required.
      code: `import { PrismaClient } from '@prisma/client';

export const savePaymentMethod = (prisma: PrismaClient, input: object) => prisma.paymentMethod.create({ data: input as never });
`,
      filename: PRISMA_MULTI_FILE,
    },
    {
      // pnpm workspace: \`@acme/analytics\` and \`@acme/db\` both declare an \`Event\` model (one with a \`cvc\`, one with a
      // \`cardNumber\`), so which schema a write to it reaches is unknown; the app itself has no schema.
      code: `'use server';

import { db } from '@acme/db';

export async function trackEvent(event: object) {
  return db.event.create({ data: event as never });
}
`,
      filename: PRISMA_TURBO_ACTIONS,
    },
    // limitation: a parser-generated schema (Prisma \`schema.prisma\`, SQL migration files) is not JavaScript.
    `
import { Prisma } from '@prisma/client';

export const select = Prisma.validator<Prisma.CardSelect>()({ id: true, brand: true, last4: true });
`,
    // Computed keys, getters, spreads of unknowns, optional calls and odd syntax never crash.
    `
const k = Symbol('x');
const schema = new (require('mongoose').Schema)({ [k]: String, get cardNumber() { return ''; }, ...unknown });
localStorage?.setItem?.(\`\${prefix}\`, value);
document.cookie += 'a=b';
class X { @Column() [computed]!: string; static #secret = 1; }
redis.set();
fs.writeFileSync();
`,
    // espree: class fields carry no \`decorators\`; CommonJS stores with safe values.
    {
      code: `
const fs = require('fs');
class Checkout {
  cardNumber = '';
  static cvc = null;
  save() { fs.writeFileSync('checkout.json', JSON.stringify({ last4: this.cardNumber.slice(-4), brand: this.brand })); }
}
module.exports = Checkout;
`,
      languageOptions: { parser: espree },
    },
    {
      code: `
export function SavedCard({ card }) {
  const remember = () => sessionStorage.setItem('savedCard', JSON.stringify({ brand: card.brand, last4: card.last4, expMonth: card.exp_month }));
  return <button onClick={remember}>Remember {card.brand} •••• {card.last4}</button>;
}
`,
      filename: 'saved-card.jsx',
      languageOptions: { parser: espree, parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // A save helper named for a gift card keeps that card's number and PIN (real-world batch FM).
    {
      code: `function saveGiftCard(card) {
  const cards = JSON.parse(localStorage.getItem('giftCards') || '[]');
  localStorage.setItem('giftCards', JSON.stringify([...cards, card]));
}

document.getElementById('add-gift-card').addEventListener('submit', (event) => {
  event.preventDefault();
  saveGiftCard({ cardNumber: document.getElementById('gc-number').value, pin: document.getElementById('gc-pin').value, balance: 25 });
});
`,
      filename: 'src/wallet/gift-cards.js',
      languageOptions: { parser: espree },
    },
  ],
  invalid: [
    {
      // A CVC kept encrypted is still kept, a literal that can be one too; a placeholder encrypted in place holds none
      // (real-world batch 326: an issuer's cards created with \`cvv: this.encrypt('***')\` until the real one is fetched)
      code: `import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Card } from './card.entity';

@Injectable()
export class CardService {
  constructor(@InjectRepository(Card) private cardRepository: Repository<Card>) {}

  private encrypt(text: string): string {
    return Buffer.from(text).toString('base64');
  }

  async issueCard(userId: string, issued: { pan: string; cvv: string }) {
    const placeholder = this.cardRepository.create({ userId, cvv: this.encrypt('***') });
    await this.cardRepository.save(placeholder);
    const card = this.cardRepository.create({ userId, cvv: this.encrypt(issued.cvv) });
    await this.cardRepository.save(card);
    const demo = this.cardRepository.create({ userId, cvv: this.encrypt('123') });
    return this.cardRepository.save(demo);
  }
}
`,
      filename: 'src/modules/card/card.service.ts',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'an ORM repository' }, line: 17, column: 55, endLine: 17, endColumn: 58, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'an ORM repository' }, line: 19, column: 55, endLine: 19, endColumn: 58, suggestions: [] },
      ],
    },
    {
      // create-t3-app's schema helper: a Drizzle table function made by \`pgTableCreator\` (real-world batch 323)
      code: `import { pgTableCreator, text, integer, serial } from "drizzle-orm/pg-core";

// create-t3-app's multi-project schema helper
export const createTable = pgTableCreator((name) => \`app_\${name}\`);

export const savedCards = createTable("saved_card", {
  id: serial("id").primaryKey(),
  userId: text("user_id").notNull(),
  cardNumber: text("card_number").notNull(),
  cvc: text("cvc").notNull(),
  expMonth: integer("exp_month"),
  expYear: integer("exp_year"),
});
`,
      filename: 'src/server/db/schema.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a Drizzle table' }, line: 9, column: 3, endLine: 9, endColumn: 13, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a Drizzle table' }, line: 10, column: 3, endLine: 10, endColumn: 6, suggestions: [] },
      ],
    },
    {
      // A model loaded with Sequelize 4–5's \`sequelize.import\` (real-world batch 324): a restaurant app's card source,
      // stored with the CVC the app was sent
      code: `const sequelize = require('../models/sequelize.js');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
const api = require('express').Router();

const Source = sequelize.import('../models/source.js');

api.post('/api/sources/create', (req, res) => {
  stripe.customers.createSource(req.body.user.stripe_id, { source: req.body.token }, (err, card) => {
    Source.create({
      stripe_id: card.id,
      cvv: req.body.cvc,
      expDate: req.body.expDate,
      last4: req.body.number.substr(req.body.number.length - 4),
    }).then((newSource) => res.send({ source: newSource }));
  });
});

module.exports = api;
`,
      filename: 'api/sources.js',
      output: null,
      errors: [{ messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a database model' }, line: 11, column: 7, endLine: 11, endColumn: 10, suggestions: [] }],
    },
    {
      // Clients taken out of an object a function of the file returns are read by their names, as before factories were
      // followed (regression probe 265).
      code: `import { PrismaClient } from '@prisma/client';
import Redis from 'ioredis';

function context() {
  return { db: new PrismaClient(), redis: new Redis() };
}

export async function saveCard(userId: string, card: { number: string; cvc: string }) {
  const { db, redis } = context();
  await db.user.update({ where: { id: userId }, data: { cardNumber: card.number } });
  await redis.set('cvc', card.cvc);
}
`,
      filename: 'src/cards.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a Prisma write' }, line: 10, column: 57, endLine: 10, endColumn: 67, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'card.cvc', kind: 'card security code (CVC)', sink: 'a Redis / cache store' }, line: 11, column: 26, endLine: 11, endColumn: 34, suggestions: [] },
      ],
    },
    {
      // A hotel booking's schema names the card alone beside its security code (real-world batch 266): the card's number
      // and CVC. A reference to another record holds that record's id, whatever its name (`cc` beside a CVC).
      code: `import { Schema, model } from 'mongoose';

const bookingSchema = new Schema({
  hotel: { type: Schema.Types.ObjectId, ref: 'Hotel' },
  creditCardName: String,
  creditCard: String,
  securityCode: Number,
  month: Number,
  year: Number,
});
export const Booking = model('Booking', bookingSchema);

const contactSchema = new Schema({
  cc: { type: Schema.Types.ObjectId, ref: 'Contact' },
  cvv: String,
});
export const Contact = model('Contact', contactSchema);
`,
      filename: 'backend/models/Booking.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'creditCard', kind: 'card number (PAN)', sink: 'a mongoose schema' }, line: 6, column: 3, endLine: 6, endColumn: 13, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'securityCode', kind: 'card security code (CVC)', sink: 'a mongoose schema' }, line: 7, column: 3, endLine: 7, endColumn: 15, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a mongoose schema' }, line: 15, column: 3, endLine: 15, endColumn: 6, suggestions: [] },
      ],
    },
    {
      // electron-settings keeps its values in a file on the user's disk (real-world batch 258: an ATM simulator's last card)
      code: `const settings = require('electron-settings');

function rememberCard(cardnumber) {
  settings.set('last_used_card', cardnumber);
  settings.set('theme', 'dark');
}
module.exports = { rememberCard };
`,
      filename: 'src/atm/card-reader.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardnumber', kind: 'card number (PAN)', sink: 'electron-settings' }, line: 4, column: 34, endLine: 4, endColumn: 44, suggestions: [] },
      ],
    },
    {
      // A NestJS service's mongoose model, injected and typed `Model<User>` (real-world batch 258): a card pushed onto a
      // document it found and saved, and a card created
      code: `import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { User } from './schemas/user.schema';

@Injectable()
export class UserService {
  constructor(@InjectModel(User.name) private userModel: Model<User>) {}

  async addCard(userId: string, cardNumber: string, cvv: string) {
    const user = await this.userModel.findById(userId);
    user.creditCards.push({ cardNumber, cvv });
    await user.save();
  }

  create(cardNumber: string, cvv: string) {
    return this.userModel.create({ cardNumber, cvv });
  }
}
`,
      filename: 'src/user/user.service.ts',
      output: null,
      errors: [
        {
          messageId: 'cardDataObjectStored',
          data: { object: 'user', kind: 'the card security code (CVC)', access: 'sets', name: 'creditCards.cvv', sink: 'a database model' },
          line: 13, column: 11, endLine: 13, endColumn: 15, suggestions: [],
        },
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a database model' }, line: 17, column: 36, endLine: 17, endColumn: 46, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a database model' }, line: 17, column: 48, endLine: 17, endColumn: 51, suggestions: [] },
      ],
    },
    {
      // Redis OM (real-world batch 256): a schema's card fields, and a repository's write of a card (0.3's
      // `fetchRepository(…).createAndSave`)
      code: `import { Client, Entity, Schema } from 'redis-om';

const client = new Client();
class Card extends Entity {}
const cardSchema = new Schema(Card, { number: { type: 'string' }, expiration_date: { type: 'string' }, cvv: { type: 'string' } });

export async function saveCard(cardNumber, cvv) {
  return client.fetchRepository(cardSchema).createAndSave({ number: cardNumber, cvv });
}
`,
      filename: 'lib/redis.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: 'a Redis OM schema' }, line: 5, column: 39, endLine: 5, endColumn: 45, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a Redis OM schema' }, line: 5, column: 104, endLine: 5, endColumn: 107, suggestions: [] },
        { messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: 'a Redis OM repository' }, line: 8, column: 61, endLine: 8, endColumn: 67, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a Redis OM repository' }, line: 8, column: 81, endLine: 8, endColumn: 84, suggestions: [] },
      ],
    },
    {
      // Redis OM 0.4: a named schema, and a repository's `save` (with or without an id); the last four digits are no card data
      code: `import { createClient } from 'redis';
import { Repository, Schema } from 'redis-om';

const redis = createClient({ url: process.env.REDIS_URL });
const paymentSchema = new Schema('payment', { holder: { type: 'string' }, cardNumber: { type: 'string' }, last4: { type: 'string' } });
const payments = new Repository(paymentSchema, redis);

export async function keep(body: { holder: string; cardNumber: string; cvc: string }) {
  await payments.save({ holder: body.holder, cardNumber: body.cardNumber, securityCode: body.cvc });
  await payments.save('p1', { holder: body.holder, last4: body.cardNumber.slice(-4) });
}
`,
      filename: 'src/payments/store.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a Redis OM schema' }, line: 5, column: 75, endLine: 5, endColumn: 85, suggestions: [] },
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a Redis OM repository' }, line: 9, column: 46, endLine: 9, endColumn: 56, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'securityCode', kind: 'card security code (CVC)', sink: 'a Redis OM repository' }, line: 9, column: 75, endLine: 9, endColumn: 87, suggestions: [] },
      ],
    },
    {
      // The MongoDB driver's writes before version 4 (real-world batch 270: a Braintree demo's payment log) on a
      // collection taken by name; the same method names on anything else are no writes.
      code: `exports.pay = async (req, res, db, cache) => {
  await db.collection('payments').insert({ cardNumber: req.body.cardNumber, amount: req.body.amount });
  const payments = db.collection('payments');
  await payments.update({ _id: req.params.id }, { $set: { cvv: req.body.cvv } });
  await cache.insert({ cvv: req.body.cvv });
  res.end();
};
`,
      filename: 'routes/pay.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a MongoDB write' }, line: 2, column: 44, endLine: 2, endColumn: 54, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a MongoDB write' }, line: 4, column: 59, endLine: 4, endColumn: 62, suggestions: [] },
      ],
    },
    {
      // A card number encrypted by the database as it is stored (real-world batch 270: pgcrypto through Sequelize's
      // \`fn\`, MySQL's AES_ENCRYPT through Knex's \`raw\`) is no clear PAN, where a CVC so encrypted is still kept
      // (regression probe 272); another database function (TRIM, AES_DECRYPT) keeps it whole, and a KYC record's
      // \`PAN\` beside the holder's Aadhaar number is India's tax id.
      code: `const { Sequelize } = require('sequelize');
const knex = require('../db/knex');
const { User } = require('../models');

exports.createUser = async (req, res) => {
  const { creditCardNumber, aadharNumber, pan, cvv } = req.body;
  await User.create({
    credit_card_number: Sequelize.fn('PGP_SYM_ENCRYPT', creditCardNumber, process.env.CARD_KEY),
    backup_card_number: Sequelize.fn('TRIM', creditCardNumber),
    aadhar_number: aadharNumber,
    PAN: pan,
    cvv: Sequelize.fn('PGP_SYM_ENCRYPT', cvv, process.env.CARD_KEY),
  });
  await knex('cards').insert({ card_number: knex.raw('AES_ENCRYPT(?, ?)', [creditCardNumber, process.env.CARD_KEY]) });
  await knex('cards').insert({ card_number: knex.raw('AES_DECRYPT(?, ?)', [creditCardNumber, process.env.CARD_KEY]) });
  res.status(201).end();
};
`,
      filename: 'services/user.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'backup_card_number', kind: 'card number (PAN)', sink: 'a database model' }, line: 9, column: 5, endLine: 9, endColumn: 23, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a database model' }, line: 12, column: 5, endLine: 12, endColumn: 8, suggestions: [] },
        { messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'a query-builder write' }, line: 15, column: 32, endLine: 15, endColumn: 43, suggestions: [] },
      ],
    },
    {
      // A card number named `cardnbr`, joined in one lower-case word (real-world batch 256: a lab's Sequelize model)
      code: `module.exports = (sequelize, DataTypes) =>
  sequelize.define('CreditCard', {
    cardname: DataTypes.STRING,
    cardnbr: DataTypes.STRING,
    expired_date: DataTypes.STRING,
  });
`,
      filename: 'app/models/creditcard.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardnbr', kind: 'card number (PAN)', sink: 'a Sequelize model' }, line: 4, column: 5, endLine: 4, endColumn: 12, suggestions: [] },
      ],
    },
    {
      // A bare `cc` kept beside a CVC is the card's number (real-world batch 254); a mail's `cc` beside its subject is not
      code: `const mongoose = require('mongoose');
const Payment = mongoose.model('Payment', new mongoose.Schema({ name: String, cc: String, cvv: String, expire: String }));
const Mail = mongoose.model('Mail', new mongoose.Schema({ to: String, cc: String, subject: String }));
module.exports = { Payment, Mail };
`,
      filename: 'models/payment.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cc', kind: 'card number (PAN)', sink: 'a mongoose schema' }, line: 2, column: 79, endLine: 2, endColumn: 81, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a mongoose schema' }, line: 2, column: 91, endLine: 2, endColumn: 94, suggestions: [] },
      ],
    },
    {
      // A CardField's full details kept in AsyncStorage whole (real-world batch 234); the details of a CardField without
      // the prop hold no card number or code
      code: `import AsyncStorage from '@react-native-async-storage/async-storage';
import { CardField } from '@stripe/stripe-react-native';

export const SavedCard = () => (
  <>
    <CardField dangerouslyGetFullCardDetails onCardChange={(details) => AsyncStorage.setItem('card', JSON.stringify(details))} />
    <CardField onCardChange={(details) => AsyncStorage.setItem('card', JSON.stringify(details))} />
  </>
);
`,
      filename: 'src/screens/SavedCard.jsx',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'details.cvc', kind: 'card security code (CVC)', sink: 'AsyncStorage' }, line: 6, column: 117, endLine: 6, endColumn: 124, suggestions: [] },
      ],
    },
    {
      // A variable declared first and assigned once (CoffeeScript's output: real-world batch 237), then stored
      code: `$(function() {
  return $('#payment-form').submit(function() {
    var card;
    card = { number: $('#card_number').val(), cvc: $('#card_code').val() };
    localStorage.setItem('card', JSON.stringify(card));
    return false;
  });
});
`,
      filename: 'app/assets/javascripts/charges.js',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'localStorage' }, line: 5, column: 49, endLine: 5, endColumn: 53, suggestions: [] },
      ],
    },
    {
      // ...and by every object written to it that can reach the store (sixty-eighth session): the card on one path
      code: `export function remember(form, save) {
  let row = { id: form.id };
  if (save) row = { number: form.cardNumber, cvc: form.cvc };
  localStorage.setItem('last-card', JSON.stringify(row));
}
`,
      filename: 'src/components/storage.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'form.cardNumber', kind: 'card number (PAN)', sink: 'localStorage' }, line: 3, column: 29, endLine: 3, endColumn: 44, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'localStorage' }, line: 4, column: 52, endLine: 4, endColumn: 55, suggestions: [] },
      ],
    },
    {
      // A form's entries stored whole where the function reads a card field from the form by name (real-world batch 239)
      code: `export async function POST({ request, locals }) {
  const data = await request.formData();
  await locals.supabase.from('orders').insert(Object.fromEntries(data));
  const cvv = data.get('cvc');
  return new Response(String(!!cvv));
}
`,
      filename: 'src/routes/api/orders/+server.js',
      output: null,
      errors: [
        {
          messageId: 'cardDataObjectStored',
          data: { object: 'data', name: "get('cvc')", access: 'reads', kind: 'the card security code (CVC)', sink: 'a Supabase write' },
          line: 3,
          column: 47,
          endLine: 3,
          endColumn: 71,
        },
      ],
    },
    {
      // TypeORM's BaseEntity: the document made and saved in one chain, as through a const (real-world batch 241: a
      // type-graphql resolver); an entity made and not saved is not stored
      code: `import { Arg, Mutation, Resolver } from 'type-graphql';
import { PaymentCard } from '../entity/PaymentCard';

@Resolver()
export class CardResolver {
  @Mutation(() => Boolean)
  async addCard(@Arg('cardNumber') cardNumber: string, @Arg('cvc') cvc: string): Promise<boolean> {
    await PaymentCard.create({ cardNumber, cvc }).save();
    const draft = PaymentCard.create({ cardNumber, cvc });
    return draft.cardNumber.length > 0;
  }
}
`,
      filename: 'src/resolvers/CardResolver.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a database model' }, line: 8, column: 32, endLine: 8, endColumn: 42, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a database model' }, line: 8, column: 44, endLine: 8, endColumn: 47, suggestions: [] },
      ],
    },
    {
      // A request's session (express-session's store, cookie-session's and koa-session's cookie), and a user fetched
      // through a mongoose callback or a query's then, set and saved (real-world batch 244: the boilerplates' way); the
      // last four digits and the user's id are not card data
      code: `const User = require('../models/User');

exports.saveCard = (req, res) => {
  req.session.card = { number: req.body.number, cvc: req.body.cvc };
  req.session.last4 = req.body.number.slice(-4);
  req.session.userId = req.user.id;
  res.redirect('/confirm');
};
exports.postBilling = (req, res, next) => {
  User.findById(req.user.id, (err, user) => {
    if (err) return next(err);
    user.billing.cardNumber = req.body.cardNumber;
    user.save(() => res.redirect('/account'));
  });
};
exports.postCvc = (req) => User.findById(req.user.id).then((user) => {
  user.cvc = req.body.cvc;
  return user.save();
});
`,
      filename: 'controllers/billing.js',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'the session' }, line: 4, column: 49, endLine: 4, endColumn: 52, suggestions: [] },
        {
          messageId: 'cardDataObjectStored',
          data: { object: 'user', name: 'billing.cardNumber', access: 'sets', kind: 'the card number (PAN)', sink: 'a database model' },
          line: 13,
          column: 5,
          endLine: 13,
          endColumn: 9,
        },
        {
          messageId: 'cardDataObjectStored',
          data: { object: 'user', name: 'cvc', access: 'sets', kind: 'the card security code (CVC)', sink: 'a database model' },
          line: 18,
          column: 10,
          endLine: 18,
          endColumn: 14,
        },
      ],
    },
    {
      // @ionic/storage-angular's service as its README writes it (real-world batch 246): a field typed `Storage | null`
      // that starts as `null` and is set once the storage is created
      code: `import { Injectable } from '@angular/core';
import { Storage } from '@ionic/storage-angular';

@Injectable({ providedIn: 'root' })
export class StorageService {
  private _storage: Storage | null = null;
  constructor(private storage: Storage) {}
  async init() {
    this._storage = await this.storage.create();
  }
  saveCard(card: { cardNumber: string; cvv: string }) {
    this._storage?.set('card', card);
  }
}
`,
      filename: 'src/app/services/storage.service.ts',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'card.cvv', kind: 'card security code (CVC)', sink: 'Ionic Storage' }, line: 12, column: 32, endLine: 12, endColumn: 36, suggestions: [] },
      ],
    },
    {
      // A Realtime Database reference set on a field inside an `if` of the constructor (real-world batch 246)
      code: `import * as firebase from 'firebase';

export class PaymentPage {
  card = { name: '', number: null, expiryDate: null, securityCode: null };
  database: any;
  constructor() {
    const user = firebase.auth().currentUser;
    if (user) {
      this.database = firebase.database().ref();
    }
  }
  pay() {
    const ref = this.database.child('payment').push();
    ref.set({ number: this.card.number, securityCode: this.card.securityCode, expiryDate: this.card.expiryDate });
  }
}
`,
      filename: 'src/pages/payment/payment.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'this.card.number', kind: 'card number (PAN)', sink: 'a Realtime Database write' }, line: 14, column: 23, endLine: 14, endColumn: 39, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'this.card.securityCode', kind: 'card security code (CVC)', sink: 'a Realtime Database write' }, line: 14, column: 55, endLine: 14, endColumn: 77, suggestions: [] },
      ],
    },
    {
      // Next.js' cookie store under any name, awaited (Next 15) or not (Next 14), also given one object (real-world
      // batch 247); a theme and the last four digits are no card data
      code: `'use server';
import { cookies } from 'next/headers';

export async function rememberCvc(formData: FormData) {
  const cookieStore = await cookies();
  cookieStore.set('cvc', formData.get('cvc') as string);
  cookieStore.set('theme', 'dark');
}
export async function rememberNumber(formData: FormData) {
  (await cookies()).set({ name: 'card_number', value: String(formData.get('cardNumber')), httpOnly: true });
}
export async function rememberLegacy(formData: FormData) {
  const jar = cookies();
  jar.set('pending', JSON.stringify({ cvv: formData.get('cvv'), last4: String(formData.get('cardNumber')).slice(-4) }));
}
`,
      filename: 'app/checkout/actions.ts',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: "formData.get('cvc')", kind: 'card security code (CVC)', sink: 'a cookie' }, line: 6, column: 26, endLine: 6, endColumn: 45, suggestions: [] },
        { messageId: 'panStored', data: { name: "formData.get('cardNumber')", kind: 'card number (PAN)', sink: 'a cookie' }, line: 10, column: 62, endLine: 10, endColumn: 88, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a cookie' }, line: 14, column: 39, endLine: 14, endColumn: 42, suggestions: [] },
      ],
    },
    {
      // Nitro's storage (auto-imported `useStorage(base?)`) and unstorage's `createStorage` (real-world batch 245); the
      // last four digits are no card data
      code: `import { createStorage, prefixStorage } from 'unstorage';
import redisDriver from 'unstorage/drivers/redis';

const cache = prefixStorage(createStorage({ driver: redisDriver({ base: 'checkout' }) }), 'cards');

export default defineEventHandler(async (event) => {
  const { cardNumber, cvc, paymentMethodId } = await readBody(event);
  await useStorage('redis').setItem(\`pending:\${paymentMethodId}\`, { cardNumber, cvc });
  const storage = useStorage();
  await storage.setItem('last-cvc', cvc);
  await cache.setItem(paymentMethodId, { number: cardNumber, last4: cardNumber.slice(-4) });
  await useStorage('redis').setItem('last4', cardNumber.slice(-4));
  return { ok: true };
});
`,
      filename: 'server/api/checkout.post.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: "Nitro's storage" }, line: 8, column: 69, endLine: 8, endColumn: 79, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: "Nitro's storage" }, line: 8, column: 81, endLine: 8, endColumn: 84, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: "Nitro's storage" }, line: 10, column: 37, endLine: 10, endColumn: 40, suggestions: [] },
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'unstorage' }, line: 11, column: 50, endLine: 11, endColumn: 60, suggestions: [] },
      ],
    },
    {
      // Cordova's SecureStorage (made by `create`, or handed to a callback typed as one) and NativeScript's
      // ApplicationSettings (real-world batch 246); an expiry and the last four digits are no card data
      code: `import { Component } from '@angular/core';
import { SecureStorage, SecureStorageObject } from '@ionic-native/secure-storage/ngx';
import { ApplicationSettings } from '@nativescript/core';

@Component({ selector: 'app-wallet', templateUrl: 'wallet.page.html' })
export class WalletPage {
  card = { number: '', cvc: '', expiry: '' };
  constructor(private secureStorage: SecureStorage) {}

  async save() {
    const store = await this.secureStorage.create('wallet');
    await store.set('card', JSON.stringify(this.card));
    this.secureStorage.create('wallet').then((vault: SecureStorageObject) => vault.set('cvc', this.card.cvc));
    ApplicationSettings.setString('cardNumber', this.card.number);
    ApplicationSettings.setString('cardExpiry', this.card.expiry);
    await store.set('last4', this.card.number.slice(-4));
  }
}
`,
      filename: 'src/app/wallet/wallet.page.ts',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'SecureStorage' }, line: 12, column: 44, endLine: 12, endColumn: 53, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'this.card.cvc', kind: 'card security code (CVC)', sink: 'SecureStorage' }, line: 13, column: 95, endLine: 13, endColumn: 108, suggestions: [] },
        { messageId: 'panStored', data: { name: 'this.card.number', kind: 'card number (PAN)', sink: 'ApplicationSettings' }, line: 14, column: 49, endLine: 14, endColumn: 65, suggestions: [] },
      ],
    },
    {
      // A desktop app's system keychain through keytar (real-world batch 248): the secret under its account's name; a
      // connected account's id is no card data
      code: `const keytar = require('keytar');

async function rememberCard(card) {
  await keytar.setPassword('pos-terminal', \`card:\${card.id}\`, JSON.stringify({ number: card.number, expiry: card.expiry }));
  await keytar.setPassword('pos-terminal', 'stripe-account', card.stripeAccountId);
}
module.exports = { rememberCard };
`,
      filename: 'src/main/vault.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'the system keychain (keytar)' }, line: 4, column: 88, endLine: 4, endColumn: 99, suggestions: [] },
      ],
    },
    {
      // A CVC encrypted and kept whole, in a file or under a neutral key (real-world batch 248: Electron's
      // \`safeStorage\`), is still kept (PCI DSS 3.3); an encrypted card number is unreadable (3.4)
      code: `const fs = require('fs');
const { safeStorage } = require('electron');
const { encrypt } = require('./crypto');

function saveTerminalCard(card) {
  fs.writeFileSync('card.bin', safeStorage.encryptString(JSON.stringify({ number: card.number, cvv: card.cvv })));
  localStorage.setItem('pending', encrypt(card.cvv));
  localStorage.setItem('cvv', encrypt(card.cvv));
  localStorage.setItem('card', encrypt(card.number));
  console.log('saved', encrypt(card.cvv));
}
module.exports = { saveTerminalCard };
`,
      filename: 'src/main/save.js',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a file' }, line: 6, column: 96, endLine: 6, endColumn: 99, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'card.cvv', kind: 'card security code (CVC)', sink: 'localStorage' }, line: 7, column: 43, endLine: 7, endColumn: 51, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'card.cvv', kind: 'card security code (CVC)', sink: 'localStorage' }, line: 8, column: 39, endLine: 8, endColumn: 47, suggestions: [] },
      ],
    },
    {
      // \`Object.seal\` and \`Object.freeze\` return the object they are given: no encryption (\`seal\` is no cipher's here),
      // the card number kept with the CVC, in place or through a const, as a copy would be
      code: `const fs = require('fs');

function saveTerminalCard(card) {
  localStorage.setItem('card', JSON.stringify(Object.seal({ number: card.number, cvv: card.cvv })));
  const frozen = Object.freeze({ number: card.number, cvv: card.cvv });
  localStorage.setItem('frozen', JSON.stringify(frozen));
  fs.writeFileSync('card.json', JSON.stringify(structuredClone({ number: card.number })));
}
module.exports = { saveTerminalCard };
`,
      filename: 'src/main/save.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'localStorage' }, line: 4, column: 69, endLine: 4, endColumn: 80, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'localStorage' }, line: 4, column: 82, endLine: 4, endColumn: 85, suggestions: [] },
        { messageId: 'panStored', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'localStorage' }, line: 5, column: 42, endLine: 5, endColumn: 53, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'localStorage' }, line: 6, column: 49, endLine: 6, endColumn: 55, suggestions: [] },
        { messageId: 'panStored', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'a file' }, line: 7, column: 74, endLine: 7, endColumn: 85, suggestions: [] },
      ],
    },
    {
      // A list a method of the class fills and returns, stored by its caller, through a field or a const (real-world batch
      // 248: a browser extension's card import); a list of last four digits and brands is no card data
      code: `class PaymentService {
  constructor() {
    this.cards = [];
  }

  parseCardData(text) {
    const cards = [];
    for (const line of text.split('\\n')) {
      const [number, expiry, cvc] = line.trim().split('|');
      if (number && expiry && cvc) cards.push({ number: number.replace(/\\s/g, ''), expiry, cvc });
    }
    return cards;
  }

  summarise(text) {
    const rows = [];
    for (const line of text.split('\\n')) rows.push({ last4: line.slice(-4), brand: 'visa' });
    return rows;
  }

  async importCards(text) {
    this.cards = this.parseCardData(text);
    await chrome.storage.local.set({ cursor_payment_cards: this.cards });
    const parsed = this.parseCardData(text);
    await chrome.storage.local.set({ importedCards: parsed });
    await chrome.storage.local.set({ summary: this.summarise(text) });
  }
}
`,
      filename: 'src/services/payment.js',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'extension storage' }, line: 23, column: 60, endLine: 23, endColumn: 70, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'extension storage' }, line: 25, column: 53, endLine: 25, endColumn: 59, suggestions: [] },
      ],
    },
    {
      // jotai's \`atomWithStorage\` and recoil-persist's atoms (real-world batch 245): the initial object's keys, a key
      // named for a card field; an atom kept in memory, a brand and last four digits, an atom without the effect are not
      code: `import { atom as jotaiAtom } from 'jotai';
import { atomWithStorage, createJSONStorage } from 'jotai/utils';
import { atom } from 'recoil';
import { recoilPersist } from 'recoil-persist';

export const checkoutAtom = atomWithStorage('checkout', { cardNumber: '', cvv: '', email: '' });
export const cvcAtom = atomWithStorage('cvc', '', createJSONStorage(() => sessionStorage));
export const draftAtom = jotaiAtom({ cardNumber: '', cvv: '' });
export const savedCardAtom = atomWithStorage('saved-card', { brand: '', last4: '' });

const { persistAtom } = recoilPersist({ key: 'checkout', storage: sessionStorage });
export const cardState = atom({ key: 'card', default: { number: '', cvc: '', holder: '' }, effects: [persistAtom] });
export const formState = atom({ key: 'form', default: { cardNumber: '', cvc: '' } });
`,
      filename: 'src/state/stores.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: "localStorage, through jotai's `atomWithStorage`" }, line: 6, column: 59, endLine: 6, endColumn: 69, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: "localStorage, through jotai's `atomWithStorage`" }, line: 6, column: 75, endLine: 6, endColumn: 78, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: "sessionStorage, through jotai's `atomWithStorage`" }, line: 7, column: 40, endLine: 7, endColumn: 45, suggestions: [] },
        { messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: 'sessionStorage, through recoil-persist' }, line: 12, column: 57, endLine: 12, endColumn: 63, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'sessionStorage, through recoil-persist' }, line: 12, column: 69, endLine: 12, endColumn: 72, suggestions: [] },
      ],
    },
    {
      // vuex-persistedstate among a Vuex store's plugins (real-world batch 245): the state's keys, or those its \`paths\` keep
      code: `import Vue from 'vue';
import Vuex from 'vuex';
import createPersistedState from 'vuex-persistedstate';

Vue.use(Vuex);

export const checkout = new Vuex.Store({
  state: () => ({ cart: [], billing: { cardNumber: '', cvc: '', zip: '' } }),
  plugins: [createPersistedState({ storage: window.sessionStorage })],
});
export const account = new Vuex.Store({
  state: { profile: { name: '' }, card: { number: '', cvc: '' } },
  plugins: [createPersistedState({ paths: ['profile'] })],
});
`,
      filename: 'src/store/index.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'sessionStorage, through vuex-persistedstate' }, line: 8, column: 40, endLine: 8, endColumn: 50, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'sessionStorage, through vuex-persistedstate' }, line: 8, column: 56, endLine: 8, endColumn: 59, suggestions: [] },
      ],
    },
    {
      // The SecureStorage echo fork's wrapper, and an encryption awaited and held in a const (real-world batch 249)
      code: `import { SecureStorage, SecureStorageObject } from '@ionic-native/secure-storage-echo/ngx';
import { encrypt } from './crypto';

export class CardVault {
  constructor(private secureStorage: SecureStorage) {}

  async save(card: { number: string; cvc: string }, pwd: string) {
    const store: SecureStorageObject = await this.secureStorage.create('wallet');
    await store.set('cvc', card.cvc);
    const sealed = await encrypt(JSON.stringify({ number: card.number, cvc: card.cvc }), pwd);
    localStorage.setItem('card', sealed);
    console.log('sealed', await encrypt(card.cvc, pwd));
  }
}
`,
      filename: 'src/app/vault.ts',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'card.cvc', kind: 'card security code (CVC)', sink: 'SecureStorage' }, line: 9, column: 28, endLine: 9, endColumn: 36, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'localStorage' }, line: 10, column: 72, endLine: 10, endColumn: 75, suggestions: [] },
      ],
    },
    {
      // A Remix action (real-world batch 252): the session \`getSession\` gives, a cookie of \`createCookie\`, and a copy of
      // the form (\`Object.fromEntries\`) held in a const, written whole where the action reads the form's CVC
      code: `import { createCookie, createCookieSessionStorage, redirect, type ActionFunctionArgs } from '@remix-run/node';
import { prisma } from '~/db.server';

const { getSession, commitSession } = createCookieSessionStorage({ cookie: { name: '__session', secrets: ['s3cret'] } });
const cardCookie = createCookie('card');

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const session = await getSession(request.headers.get('Cookie'));
  session.set('cvc', form.get('cvc'));
  session.set('cartId', form.get('cartId'));
  if (!form.get('cardNumber')) throw new Error('card number required');
  const order = Object.fromEntries(form);
  await prisma.order.create({ data: order });
  return redirect('/thanks', {
    headers: [
      ['Set-Cookie', await commitSession(session)],
      ['Set-Cookie', await cardCookie.serialize({ last4: String(form.get('cardNumber')).slice(-4), cvc: form.get('cvc') })],
    ],
  });
}
`,
      filename: 'app/routes/checkout.pay.tsx',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: "form.get('cvc')", kind: 'card security code (CVC)', sink: 'the session' }, line: 10, column: 22, endLine: 10, endColumn: 37, suggestions: [] },
        {
          messageId: 'cardDataObjectStored',
          data: { object: 'form', name: "get('cvc')", access: 'reads', kind: 'the card security code (CVC)', sink: 'a Prisma write' },
          line: 14,
          column: 37,
          endLine: 14,
          endColumn: 42,
        },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a cookie' }, line: 18, column: 100, endLine: 18, endColumn: 103, suggestions: [] },
      ],
    },
    {
      // VueUse's storage composables (real-world batch 245): the initial object's keys, a key named for a card field,
      // and what is written to the ref's `value`, whole or by key; the last four digits are no card data
      code: `import { useLocalStorage, useStorage } from '@vueuse/core';

export function useCheckout() {
  const checkout = useLocalStorage('checkout', { cardNumber: '', cvv: '', expiry: '', name: '' });
  const saved = useStorage('saved-card', null, sessionStorage);
  const last = useSessionStorage('last4', '');
  function remember(card) {
    saved.value = { number: card.number, cvc: card.cvc };
    checkout.value.cvv = card.cvc;
    last.value = card.number.slice(-4);
  }
  return { checkout, remember };
}
const cvc = useSessionStorage('cvc', '');
const draft = useLocalStorage('draft', { cvv: '' }, { mergeDefaults: true });
`,
      filename: 'src/composables/useCheckout.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: "localStorage, through VueUse's `useLocalStorage`" }, line: 4, column: 50, endLine: 4, endColumn: 60, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: "localStorage, through VueUse's `useLocalStorage`" }, line: 4, column: 66, endLine: 4, endColumn: 69, suggestions: [] },
        { messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: "sessionStorage, through VueUse's `useStorage`" }, line: 8, column: 21, endLine: 8, endColumn: 27, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: "sessionStorage, through VueUse's `useStorage`" }, line: 8, column: 42, endLine: 8, endColumn: 45, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'card.cvc', kind: 'card security code (CVC)', sink: "localStorage, through VueUse's `useLocalStorage`" }, line: 9, column: 26, endLine: 9, endColumn: 34, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: "sessionStorage, through VueUse's `useSessionStorage`" }, line: 14, column: 31, endLine: 14, endColumn: 36, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: "localStorage, through VueUse's `useLocalStorage`" }, line: 15, column: 42, endLine: 15, endColumn: 45, suggestions: [] },
      ],
    },
    {
      // React storage hooks (precision probe 292: card forms keeping the number and CVC with \`useLocalStorage\`): a key
      // named for a card field, the initial value's keys, and what the setter is given or its updater returns
      code: `import { useLocalStorage } from 'usehooks-ts';
import useLocalStorageState from 'use-local-storage-state';
import { useSessionStorage } from '@mantine/hooks';

export function CardModal() {
  const [cardNumber, setCardNumber] = useLocalStorage('cardNumber', '');
  const [cards, setCards] = useLocalStorage('cards', []);
  const [draft] = useLocalStorageState('checkout', { defaultValue: { name: '', cvc: '' } });
  const [pending, setPending] = useSessionStorage({ key: 'pending-card', defaultValue: null });
  const add = (form) => {
    setCards((previous) => [...previous, { holder: form.holder, cvc: form.cvc }]);
    setPending({ number: form.number, exp: form.exp });
  };
  return <CardForm value={cardNumber} draft={draft} onChange={setCardNumber} onSubmit={add} />;
}
`,
      filename: 'src/components/CardModal.jsx',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: "localStorage, through usehooks-ts's `useLocalStorage`" }, line: 6, column: 55, endLine: 6, endColumn: 67, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: "localStorage, through use-local-storage-state's `useLocalStorageState`" }, line: 8, column: 80, endLine: 8, endColumn: 83, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: "localStorage, through usehooks-ts's `useLocalStorage`" }, line: 11, column: 65, endLine: 11, endColumn: 68, suggestions: [] },
        { messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: "sessionStorage, through @mantine/hooks's `useSessionStorage`" }, line: 12, column: 18, endLine: 12, endColumn: 24, suggestions: [] },
      ],
    },
    {
      // The app's own storage hooks (precision probe 292: a card wallet's \`useLocalState(initial, key)\`), imported by a
      // relative path from a module that writes the browser's storage, under a name that says so: the arguments' key and
      // initial object, and what the setter is given
      code: `import useLocalState from '../utils/useLocalState';
import { useStickyState } from '../hooks/useStickyState';

export default function AddCard() {
  const [formResult, setFormResult] = useLocalState({ card_number: '', card_expire: '', card_owner: '' }, 'form_result_card');
  const [cvc, setCvc] = useStickyState('cvc', '');

  const handleSubmit = (event) => {
    event.preventDefault();
    const { card_number, card_expire, card_cvv, card_owner } = event.target.elements;
    setFormResult({ number: card_number.value, expiry: card_expire.value, cvv: card_cvv.value, owner: card_owner.value });
    window.location = '/my-cards';
  };

  return (
    <form onSubmit={handleSubmit}>
      <CardNumberField defaultValue={formResult.card_number} />
      <CvcField value={cvc} onChange={(e) => setCvc(e.target.value)} />
    </form>
  );
}
`,
      filename: inCardWallet('src/pages/AddCard.jsx'),
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: "localStorage, through the app's `useLocalState`" }, line: 5, column: 55, endLine: 5, endColumn: 66, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: "sessionStorage, through the app's `useStickyState`" }, line: 6, column: 40, endLine: 6, endColumn: 45, suggestions: [] },
        { messageId: 'panStored', data: { name: 'card_number.value', kind: 'card number (PAN)', sink: "localStorage, through the app's `useLocalState`" }, line: 11, column: 29, endLine: 11, endColumn: 46, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: "localStorage, through the app's `useLocalState`" }, line: 11, column: 75, endLine: 11, endColumn: 78, suggestions: [] },
      ],
    },
    {
      // The same hook imported under the alias the package's tsconfig.json declares (\`"@/*": ["./src/*"]\`); a hook
      // the alias names no module for is not followed.
      code: `import { useStickyState } from '@/hooks/useStickyState';
import { useLocalStorage } from '@/hooks/missing';

export function CvcStep({ card }) {
  const [cvc, setCvc] = useStickyState('cvc', '');
  const [draft] = useLocalStorage('cvv', '');
  return <input value={cvc} onChange={(e) => setCvc(e.target.value)} placeholder={draft} />;
}
`,
      filename: inCardWallet('src/pages/CvcStep.jsx'),
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [
        {
          messageId: 'authDataStored',
          data: { name: 'cvc', kind: 'card security code (CVC)', sink: "sessionStorage, through the app's \`useStickyState\`" },
          line: 5,
          column: 40,
          endLine: 5,
          endColumn: 45,
        },
      ],
    },
    {
      // Passport's `req.user`, set and saved in a route handler, directly or through a const: the app's user document
      // (real-world batch 244, fifty-eighth session); its plan and last four digits are no card data
      code: `const express = require('express');
const router = express.Router();

router.post('/billing', async (req, res) => {
  req.user.billing = { cardNumber: req.body.cardNumber, last4: req.body.cardNumber.slice(-4) };
  req.user.plan = req.body.plan;
  await req.user.save();
  res.redirect('/account');
});
router.post('/billing/cvc', (req, res, next) => {
  const user = req.user;
  user.cvc = req.body.cvc;
  user.save((err) => (err ? next(err) : res.redirect('/account')));
});
router.post('/billing/card', async (req, res) => {
  const { user } = req;
  user.card = { number: req.body.number, exp: req.body.exp };
  await user.save();
  res.sendStatus(204);
});
module.exports = router;
`,
      filename: 'routes/billing.js',
      output: null,
      errors: [
        {
          messageId: 'cardDataObjectStored',
          data: { object: 'req.user', name: 'billing.cardNumber', access: 'sets', kind: 'the card number (PAN)', sink: 'a database model' },
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 17,
        },
        {
          messageId: 'cardDataObjectStored',
          data: { object: 'user', name: 'cvc', access: 'sets', kind: 'the card security code (CVC)', sink: 'a database model' },
          line: 13,
          column: 3,
          endLine: 13,
          endColumn: 7,
        },
        {
          messageId: 'cardDataObjectStored',
          data: { object: 'user', name: 'card.number', access: 'sets', kind: 'the card number (PAN)', sink: 'a database model' },
          line: 18,
          column: 9,
          endLine: 18,
          endColumn: 13,
        },
      ],
    },
    {
      // A mongoose plugin's schema, known by the hooks and statics the plugin sets on it, given card fields (real-world
      // batch 244: a membership boilerplate's stripe-customer plugin); its last4 and ids are no card data
      code: `module.exports = exports = function stripeCustomer(schema, options) {
  schema.add({ stripe: { customerId: String, subscriptionId: String, last4: String, cardNumber: String } });
  schema.pre('save', function (next) { next(); });
  schema.statics.getPlans = function () { return options.plans; };
};
`,
      filename: 'server/models/plugins/stripe-customer.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a mongoose schema' }, line: 2, column: 85, endLine: 2, endColumn: 95, suggestions: [] },
      ],
    },
    {
      // A card's number masked on one path only, then stored: on the other it is the whole number.
      code: `import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function saveCard(userId: string, card: { number: string; brand: string }, masked: boolean) {
  if (!masked) card.number = card.number.slice(-4);
  await prisma.savedCard.create({ data: { userId, last4: card.number, brand: card.brand } });
}
`,
      filename: 'src/cards/save.ts',
      output: null,
      errors: [{ messageId: 'panStored', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'a Prisma write' }, line: 7, column: 58, endLine: 7, endColumn: 69, suggestions: [] }],
    },
    {
      // A tRPC procedure's \`input\`, by the zod schema of its \`.input(…)\`, spread into a Drizzle write (real-world batch
      // 231: a shipping app's card form); reported once at the spread, for the CVC.
      code: `import { z } from 'zod';
import { creditCard } from '~/server/db/schema';
import { createTRPCRouter, protectedProcedure } from '~/server/api/trpc';

export const invoiceRouter = createTRPCRouter({
  addCard: protectedProcedure
    .input(z.object({ name: z.string(), number: z.string().length(16), expiration: z.string(), securityCode: z.string().length(3) }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.insert(creditCard).values({ ...input, userId: ctx.session.user.id });
    }),
});
`,
      filename: 'src/server/api/routers/invoice.ts',
      errors: [
        { messageId: 'authDataStored', data: { name: 'securityCode', kind: 'card security code (CVC)', sink: 'a query-builder write' }, line: 9, column: 51, endLine: 9, endColumn: 56 },
      ],
      output: null,
    },
    {
      // A checkout's client store persisted by zustand's \`persist\` (real-world batch 189): every key of its state, the
      // card number and the CVC the user types among them, is written to sessionStorage; a Pinia store persisted by
      // pinia-plugin-persistedstate writes its card to localStorage, and a setup store the refs it returns
      code: `import { create } from 'zustand';
import { createJSONStorage, devtools, persist } from 'zustand/middleware';
import { defineStore } from 'pinia';
import { ref } from 'vue';

type CheckoutState = {
  email: string;
  cardNumber: string;
  cvv: string;
  expiry: string;
  setField: (field: 'email' | 'cardNumber' | 'cvv' | 'expiry', value: string) => void;
  reset: () => void;
};

export const useCheckoutStore = create<CheckoutState>()(
  devtools(
    persist(
      (set) => ({
        email: '',
        cardNumber: '',
        cvv: '',
        expiry: '',
        setField: (field, value) => set({ [field]: value }),
        reset: () => set({ cardNumber: '', cvv: '', expiry: '' }),
      }),
      { name: 'checkout', storage: createJSONStorage(() => sessionStorage) },
    ),
  ),
);

export const useWalletStore = defineStore('wallet', {
  state: () => ({
    cards: [] as { last4: string; brand: string }[],
    newCard: { number: '', cvc: '', expMonth: 1, expYear: 2030 },
  }),
  actions: {
    clearNewCard() {
      this.newCard = { number: '', cvc: '', expMonth: 1, expYear: 2030 };
    },
  },
  persist: true,
});

export const useCardDraft = defineStore('cardDraft', () => {
  const cvc = ref('');
  const holder = ref('');
  return { cvc, holder };
}, { persist: { storage: sessionStorage } });
`,
      filename: 'src/stores/checkout.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: "sessionStorage, through zustand's `persist`" }, line: 20, column: 9, endLine: 20, endColumn: 19, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: "sessionStorage, through zustand's `persist`" }, line: 21, column: 9, endLine: 21, endColumn: 12, suggestions: [] },
        { messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: "localStorage, through Pinia's persisted state" }, line: 34, column: 16, endLine: 34, endColumn: 22, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: "localStorage, through Pinia's persisted state" }, line: 34, column: 28, endLine: 34, endColumn: 31, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: "sessionStorage, through Pinia's persisted state" }, line: 47, column: 12, endLine: 47, endColumn: 15, suggestions: [] },
      ],
    },
    {
      // A React Native wallet's saved cards in a zustand store persisted to AsyncStorage: the list starts empty, and
      // the store's declared state type says what it holds (the full card number beside its brand and expiry)
      code: `import { create } from 'zustand';
import { persist, createJSONStorage } from 'zustand/middleware';
import AsyncStorage from '@react-native-async-storage/async-storage';

export type Card = {
  id: string;
  cardNumber: string;
  cardHolder: string;
  expiry: string;
  brand: string;
};

type PaymentState = {
  savedCards: Card[];
  selectedCardId: string | null;
  addCard: (card: Card) => void;
  setSelectedCardId: (id: string | null) => void;
};

export const usePaymentStore = create<PaymentState>()(
  persist(
    (set) => ({
      savedCards: [],
      selectedCardId: null,
      addCard: (card) => set((state) => ({ savedCards: [...state.savedCards, card] })),
      setSelectedCardId: (id) => set({ selectedCardId: id }),
    }),
    { name: 'payment-store', storage: createJSONStorage(() => AsyncStorage) },
  ),
);
`,
      filename: 'src/store/usePaymentStore.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: "AsyncStorage, through zustand's `persist`" }, line: 23, column: 7, endLine: 23, endColumn: 17, suggestions: [] },
      ],
    },
    {
      // A Svelte store persisted by hand: every value its subscriber gets, the card number and CVC the checkout binds
      // among them, goes to localStorage
      code: `import { writable } from 'svelte/store';

const saved = typeof localStorage !== 'undefined' ? JSON.parse(localStorage.getItem('checkout') ?? 'null') : null;

export const checkout = writable(saved || { email: '', cardNumber: '', expiry: '', cvv: '' });

checkout.subscribe((value) => {
  if (typeof localStorage !== 'undefined') localStorage.setItem('checkout', JSON.stringify(value));
});
`,
      filename: 'src/lib/stores/checkout.js',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'localStorage' }, line: 8, column: 92, endLine: 8, endColumn: 97, suggestions: [] },
      ],
    },
    {
      // An Angular checkout's form model, a class field written once as blanks and bound by its template, kept in
      // sessionStorage for the next step
      code: `import { Component } from '@angular/core';
import { Router } from '@angular/router';

@Component({ selector: 'app-checkout', templateUrl: './checkout.component.html' })
export class CheckoutComponent {
  payment = { cardHolder: '', cardNumber: '', expiry: '', cvc: '' };

  constructor(private readonly router: Router) {}

  next(): void {
    sessionStorage.setItem('checkout.payment', JSON.stringify(this.payment));
    this.router.navigate(['/checkout/review']);
  }
}
`,
      filename: 'src/app/checkout/checkout.component.ts',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'sessionStorage' }, line: 11, column: 63, endLine: 11, endColumn: 75, suggestions: [] },
      ],
    },
    {
      // A demo whose card number is a real test card's (it passes the Luhn check) keeps card data's shape: the number
      // and the code beside it are reported, as is a literal code beside a number the visitor typed
      code: `localStorage.setItem("CardNumber", "4242424242424242");
localStorage.setItem("CVV", "123");

function remember(number) {
  localStorage.setItem("CVV", "123");
  localStorage.setItem("CardNumber", number);
}
`,
      filename: 'public/js/payment.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'CardNumber', kind: 'card number (PAN)', sink: 'localStorage' }, line: 1, column: 22, endLine: 1, endColumn: 34, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'CVV', kind: 'card security code (CVC)', sink: 'localStorage' }, line: 2, column: 22, endLine: 2, endColumn: 27, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'CVV', kind: 'card security code (CVC)', sink: 'localStorage' }, line: 5, column: 24, endLine: 5, endColumn: 29, suggestions: [] },
        { messageId: 'panStored', data: { name: 'CardNumber', kind: 'card number (PAN)', sink: 'localStorage' }, line: 6, column: 24, endLine: 6, endColumn: 36, suggestions: [] },
      ],
    },
    {
      // A gift card shop's log of balance checks: a card number beside a balance, with no expiry or CVC, is a
      // stored-value card's (precision probe GH); an issued card with an expiry beside its balance is a payment card
      code: `import { pgTable, text, integer, uuid, timestamp } from 'drizzle-orm/pg-core';

export const cardBalanceChecks = pgTable('card_balance_checks', {
  id: uuid('id').primaryKey().defaultRandom(),
  cardNumber: text('card_number').notNull(),
  balance: integer('balance'),
  checkedAt: timestamp('checked_at').defaultNow(),
});

export const issuedCards = pgTable('issued_cards', {
  id: uuid('id').primaryKey().defaultRandom(),
  cardNumber: text('card_number').notNull(),
  expMonth: integer('exp_month'),
  balance: integer('balance'),
});
`,
      filename: 'shared/schema.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a Drizzle table' }, line: 12, column: 3, endLine: 12, endColumn: 13, suggestions: [] },
      ],
    },
    {
      // A hotel extranet keeps an OTA's virtual card as a record in a JSON column of a parameterised INSERT (real-world
      // batch GG); a summary with the last 4 digits is fine
      code: `import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

interface VirtualCard { cardNumber: string; cvv: string; expiryMonth: string; expiryYear: string; last4: string }

// An OTA pays the hotel with a virtual card; the extranet keeps it to charge at check-in.
export async function recordVirtualCardPayment(bookingId: string, amount: number, vcc: VirtualCard) {
  const vccDetails = { cardNumber: vcc.cardNumber, cvv: vcc.cvv, expiryMonth: vcc.expiryMonth, expiryYear: vcc.expiryYear };
  await pool.query('INSERT INTO payments (booking_id, amount, vcc_details) VALUES ($1, $2, $3)', [bookingId, amount, vccDetails]);
  await pool.query('UPDATE bookings SET payment_summary = $1 WHERE id = $2', [JSON.stringify({ method: 'vcc', last4: vcc.last4 }), bookingId]);
}
`,
      filename: 'src/modules/payments/payment.service.ts',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a SQL statement' }, line: 10, column: 118, endLine: 10, endColumn: 128, suggestions: [] },
      ],
    },
    {
      // react-hook-form's \`watch('cardNumber')\` and \`getValues('cvc')\` hold what the shopper typed into those fields
      // (a field read by its name), whatever key the draft is kept under
      code: `import { useEffect } from 'react';
import { useForm } from 'react-hook-form';

type CheckoutValues = { email: string; cardNumber: string; expiry: string; cvc: string };

export function CheckoutForm({ onPay }: { onPay: (values: CheckoutValues) => void }) {
  const { register, handleSubmit, watch, getValues } = useForm<CheckoutValues>();
  const cardNumber = watch('cardNumber');

  // Keep the draft while the shopper switches tabs.
  useEffect(() => {
    sessionStorage.setItem('checkout.email', getValues('email'));
    sessionStorage.setItem('checkout.card', cardNumber);
    sessionStorage.setItem('checkout.code', getValues('cvc'));
    sessionStorage.setItem('checkout.expiry', watch('expiry'));
  }, [cardNumber, getValues, watch]);

  return (
    <form onSubmit={handleSubmit(onPay)}>
      <input {...register('email')} type="email" />
    </form>
  );
}
`,
      filename: 'src/checkout/CheckoutForm.tsx',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'sessionStorage' }, line: 13, column: 45, endLine: 13, endColumn: 55, suggestions: [] },
        { messageId: 'authDataStored', data: { name: "getValues('cvc')", kind: 'card security code (CVC)', sink: 'sessionStorage' }, line: 14, column: 45, endLine: 14, endColumn: 61, suggestions: [] },
      ],
    },
    {
      // An offline-first checkout's Dexie database, a class that extends Dexie: its own \`this\` tables (made by
      // \`stores()\`, never declared) and an instance's tables keep what is added; a PaymentMethod's brand and last4 are fine.
      code: `import Dexie from 'dexie';

// An offline-first checkout: orders are queued in IndexedDB until the network is back.
class CheckoutDB extends Dexie {
  constructor() {
    super('checkout');
    this.version(2).stores({ pendingOrders: '++id, createdAt', cards: '++id, last4' });
  }

  queueOrder(order, card) {
    return this.pendingOrders.add({ items: order.items, total: order.total, cardNumber: card.number, cvc: card.cvc, createdAt: Date.now() });
  }

  rememberCard(paymentMethod) {
    return this.cards.put({ id: paymentMethod.id, brand: paymentMethod.card.brand, last4: paymentMethod.card.last4 });
  }
}

export const db = new CheckoutDB();

export function saveDraft(form) {
  return db.pendingOrders.add({ email: form.email, cvv: form.cvv });
}
`,
      filename: 'src/offline/db.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'IndexedDB' }, line: 11, column: 77, endLine: 11, endColumn: 87, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'IndexedDB' }, line: 11, column: 102, endLine: 11, endColumn: 105, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'IndexedDB' }, line: 22, column: 52, endLine: 22, endColumn: 55, suggestions: [] },
      ],
    },
    {
      // A React Native checkout that keeps the typed card in MMKV and Realm, on the phone (not a token's brand and last4,
      // nor a loyalty card's number kept under a key that says so)
      code: `import { MMKV } from 'react-native-mmkv';
import Realm from 'realm';

export const storage = new MMKV({ id: 'checkout' });

type CardForm = { cardNumber: string; expiry: string; cvc: string; nickname: string };
type SavedMethod = { id: string; brand: string; last4: string };

export function rememberCard(form: CardForm, method: SavedMethod, realm: Realm) {
  storage.set('checkout.cardNumber', form.cardNumber);
  storage.set('checkout.nickname', form.nickname);
  storage.set('paymentMethod', JSON.stringify({ id: method.id, brand: method.brand, last4: method.last4 }));
  realm.write(() => {
    realm.create('SavedCard', { nickname: form.nickname, cvc: form.cvc, last4: method.last4 });
  });
}

export function rememberLoyaltyCard(loyalty: { cardNumber: string }) {
  storage.set('loyaltyCard', JSON.stringify({ cardNumber: loyalty.cardNumber }));
}
`,
      filename: 'src/checkout/remember.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'form.cardNumber', kind: 'card number (PAN)', sink: 'MMKV' }, line: 10, column: 38, endLine: 10, endColumn: 53, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'Realm' }, line: 14, column: 58, endLine: 14, endColumn: 61, suggestions: [] },
      ],
    },
    {
      // An Ionic prompt whose title says it adds a loyalty card (real-world batch GC: a loyalty wallet): its handler keeps
      // that card's number; a prompt that takes a payment card is reported.
      code: `import { Component } from '@angular/core';
import { AlertController } from '@ionic/angular';
import { Storage } from '@ionic/storage-angular';

@Component({ selector: 'page-cards', templateUrl: 'cards.html' })
export class CardsPage {
  cards: Array<{ store: string; card_number: string }> = [];

  constructor(private alertCtrl: AlertController, private storage: Storage) {}

  async addCard() {
    const alert = await this.alertCtrl.create({
      header: 'Add a Loyalty Card',
      inputs: [
        { name: 'store', placeholder: 'Store' },
        { name: 'card_number', placeholder: 'Card number', type: 'number' },
      ],
      buttons: [
        { text: 'Cancel', role: 'cancel' },
        {
          text: 'Save',
          handler: (data) => {
            this.cards.push({ store: data.store, card_number: data.card_number });
            this.storage.set('cards', this.cards);
            console.log('saved card', data.card_number);
          },
        },
      ],
    });
    await alert.present();
  }

  async payWithCard() {
    const alert = await this.alertCtrl.create({
      header: 'Pay by card',
      inputs: [{ name: 'card_number', placeholder: 'Card number' }],
      buttons: [{ text: 'Pay', handler: (data) => { this.storage.set('last', data.card_number); } }],
    });
    await alert.present();
  }
}
`,
      filename: 'src/app/cards/cards.page.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'data.card_number', kind: 'card number (PAN)', sink: 'Ionic Storage' }, line: 37, column: 78, endLine: 37, endColumn: 94, suggestions: [] },
      ],
    },
    {
      // An identity card's or a voucher's number, under a key that holds that card (real-world batch GC: \`{ idCard: {
      // cardNumber } }\`), is that card's whatever the value's name; a payment card beside them is reported.
      code: `import mongoose from 'mongoose';

const Customer = mongoose.model('Customer', new mongoose.Schema({ name: String, idCard: { cardNumber: String, issuedAt: Date } }));

export async function registerCustomer(body: { name: string; cardNumber: string; payment: { cardNumber: string; cvc: string } }) {
  const { name, cardNumber } = body;
  return Customer.create({
    name,
    idCard: { cardNumber, issuedAt: new Date() },
    voucher: { cardNumber: body.cardNumber },
    paymentCard: { cardNumber: body.payment.cardNumber },
  });
}
`,
      filename: 'src/customers/register.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a database model' }, line: 11, column: 20, endLine: 11, endColumn: 30, suggestions: [] },
      ],
    },
    {
      // A record whose kind says it is another kind of card's (real-world batch GC: \`type: 'loyalty_card'\`, a gift card's
      // redemption, \`type: 'loyalty'\`): its card number is that card's; a payment's, or a purchase's category, says not.
      code: `import PouchDB from 'pouchdb';
const db = new PouchDB('customers');
export function addMember(name, cardNumber) {
  return db.post({ type: 'loyalty_card', name, cardNumber, points: 0, tier: 'gold' });
}
export function redeem(voucher) {
  return db.post({ type: 'gift_card_redemption', cardNumber: voucher.cardNumber, pin: voucher.pin, amount: voucher.amount });
}
export function addLoyaltyMember(name, phone, cardNumber) {
  return db.post({ type: 'loyalty', name, phone, cardNumber, points: 0 });
}
export function pay(order, cardNumber) {
  return db.post({ type: 'payment', orderId: order.id, cardNumber });
}
export function insurancePayment(cardNumber) {
  return db.post({ type: 'insurance', cardNumber });
}
`,
      filename: 'src/db/customers.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'PouchDB' }, line: 13, column: 56, endLine: 13, endColumn: 66, suggestions: [] },
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'PouchDB' }, line: 16, column: 39, endLine: 16, endColumn: 49, suggestions: [] },
      ],
    },
    {
      // Stores a page's class declares without a value and sets in its constructor (real-world batch GC: an Ionic hotel
      // app's Firebase Realtime Database reference, a PouchDB database).
      code: `import PouchDB from 'pouchdb';
import firebase from 'firebase';

export class PaymentPage {
  database: any;
  db: PouchDB.Database;
  card = { number: '', securityCode: '' };

  constructor() {
    this.database = firebase.database().ref();
    this.db = new PouchDB('payments');
  }

  pay() {
    this.database.child('payment').push({ number: this.card.number, securityCode: this.card.securityCode });
    return this.db.post({ cardNumber: this.card.number });
  }
}
`,
      filename: 'src/pages/payment/payment.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'this.card.number', kind: 'card number (PAN)', sink: 'a Realtime Database write' }, line: 15, column: 51, endLine: 15, endColumn: 67, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'this.card.securityCode', kind: 'card security code (CVC)', sink: 'a Realtime Database write' }, line: 15, column: 83, endLine: 15, endColumn: 105, suggestions: [] },
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'PouchDB' }, line: 16, column: 27, endLine: 16, endColumn: 37, suggestions: [] },
      ],
    },
    {
      // A clean-architecture repository (real-world batch 194): the DTO's type is another module's, but the schema of the
      // package requires \`cardNumber\` and \`cardCvv\` of every \`Payment\`, so every row created keeps both.
      code: readFileSync(PRISMA_REPOSITORY, 'utf8'),
      filename: PRISMA_REPOSITORY,
      output: null,
      errors: [
        {
          messageId: 'panStored',
          data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a Prisma write to `Payment`, whose schema requires that column (prisma/schema.prisma:24)' },
          line: 10,
          column: 42,
          endLine: 10,
          endColumn: 49,
          suggestions: [],
        },
        {
          messageId: 'authDataStored',
          data: { name: 'cardCvv', kind: 'card security code (CVC)', sink: 'a Prisma write to `Payment`, whose schema requires that column (prisma/schema.prisma:27)' },
          line: 10,
          column: 42,
          endLine: 10,
          endColumn: 49,
          suggestions: [],
        },
      ],
    },
    {
      // A NestJS service spreads its DTO into the data (real-world batch 195): the columns no key writes come from it.
      // \`createMany\`'s rows and \`upsert\`'s \`create\` are created rows too; its \`update\` is not.
      code: `import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import type { CreatePaymentDto } from './dto/create-payment.dto';

@Injectable()
export class PaymentsService {
  constructor(private readonly prisma: PrismaService) {}

  create(dto: CreatePaymentDto, userId: string) {
    return this.prisma.payment.create({ data: { ...dto, userId, cardHolder: dto.cardHolder.trim() } });
  }

  importAll(rows: CreatePaymentDto[]) {
    return this.prisma.payment.createMany({ data: rows });
  }

  save(id: string, dto: CreatePaymentDto) {
    return this.prisma.payment.upsert({ where: { id }, update: dto, create: dto });
  }
}
`,
      filename: inPrismaShop('src/payments.service.ts'),
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a Prisma write to `Payment`, whose schema requires that column (prisma/schema.prisma:24)' }, line: 10, column: 52, endLine: 10, endColumn: 55, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cardCvv', kind: 'card security code (CVC)', sink: 'a Prisma write to `Payment`, whose schema requires that column (prisma/schema.prisma:27)' }, line: 10, column: 52, endLine: 10, endColumn: 55, suggestions: [] },
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a Prisma write to `Payment`, whose schema requires that column (prisma/schema.prisma:24)' }, line: 14, column: 51, endLine: 14, endColumn: 55, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cardCvv', kind: 'card security code (CVC)', sink: 'a Prisma write to `Payment`, whose schema requires that column (prisma/schema.prisma:27)' }, line: 14, column: 51, endLine: 14, endColumn: 55, suggestions: [] },
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a Prisma write to `Payment`, whose schema requires that column (prisma/schema.prisma:24)' }, line: 18, column: 77, endLine: 18, endColumn: 80, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cardCvv', kind: 'card security code (CVC)', sink: 'a Prisma write to `Payment`, whose schema requires that column (prisma/schema.prisma:27)' }, line: 18, column: 77, endLine: 18, endColumn: 80, suggestions: [] },
      ],
    },
    {
      // A service that reads the card number off the DTO it writes whole (real-world batch 200): outside a package with a
      // schema, the object is reported for the field read; with one, each required card column is named instead,
      // the CVC among them.
      code: PRISMA_CARDS_SERVICE,
      filename: inPrismaShop('src/cards.service.ts'),
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a Prisma write to `Payment`, whose schema requires that column (prisma/schema.prisma:24)' }, line: 12, column: 47, endLine: 12, endColumn: 50, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cardCvv', kind: 'card security code (CVC)', sink: 'a Prisma write to `Payment`, whose schema requires that column (prisma/schema.prisma:27)' }, line: 12, column: 47, endLine: 12, endColumn: 50, suggestions: [] },
      ],
    },
    {
      code: PRISMA_CARDS_SERVICE,
      filename: fileURLToPath(new URL('../fixtures/projects/sails-shop/src/cards.service.ts', import.meta.url)),
      output: null,
      errors: [
        {
          messageId: 'cardDataObjectStored',
          data: { object: 'dto', name: 'cardNumber', access: 'reads', kind: 'the card number (PAN)', sink: 'a Prisma write' },
          line: 12,
          column: 47,
          endLine: 12,
          endColumn: 50,
          suggestions: [],
        },
      ],
    },
    {
      // A column \`@map\`ped to \`card_number\`, and a package whose prisma.config.ts names its schema: a \`CreditCard\`'s
      // \`number\` (card context: a card collection with an expiry) and \`securityCode\`.
      code: `import { PrismaClient } from '@prisma/client';

const db = new PrismaClient();

export async function saveCard(input: object) {
  return db.creditCard.create({ data: input as never });
}
`,
      filename: PRISMA_CONFIG_FILE,
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: 'a Prisma write to `CreditCard`, whose schema requires that column (db/app.prisma:3)' }, line: 6, column: 39, endLine: 6, endColumn: 53, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'securityCode', kind: 'card security code (CVC)', sink: 'a Prisma write to `CreditCard`, whose schema requires that column (db/app.prisma:5)' }, line: 6, column: 39, endLine: 6, endColumn: 53, suggestions: [] },
      ],
    },
    {
      // An npm-workspaces monorepo: the app has no schema; the \`@shop/db\` package it depends on declares \`Payment\`.
      code: `import { prisma } from '@shop/db';

export const savePayment = (payment: object) => prisma.payment.create({ data: payment as never });
`,
      filename: PRISMA_MONOREPO_APP,
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a Prisma write to `Payment`, whose schema requires that column (packages/db/prisma/schema.prisma:3)' }, line: 3, column: 79, endLine: 3, endColumn: 95, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cardCvv', kind: 'card security code (CVC)', sink: 'a Prisma write to `Payment`, whose schema requires that column (packages/db/prisma/schema.prisma:4)' }, line: 3, column: 79, endLine: 3, endColumn: 95, suggestions: [] },
      ],
    },
    {
      // A Next.js server action in a pnpm Turborepo: \`@acme/db\` (\`workspace:^\`) holds the schema whose \`Payment\`
      // requires the card columns the action's spread of the checkout input leaves open.
      code: `'use server';

import { db } from '@acme/db';
import { auth } from '~/auth';
import type { CheckoutInput } from './schema';

export async function recordPayment(input: CheckoutInput) {
  const session = await auth();
  if (!session?.user) throw new Error('Unauthorized');
  return db.payment.create({ data: { ...input, customerId: session.user.id } });
}
`,
      filename: PRISMA_TURBO_ACTIONS,
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a Prisma write to `Payment`, whose schema requires that column (packages/db/prisma/schema.prisma:22)' }, line: 10, column: 41, endLine: 10, endColumn: 46, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a Prisma write to `Payment`, whose schema requires that column (packages/db/prisma/schema.prisma:24)' }, line: 10, column: 41, endLine: 10, endColumn: 46, suggestions: [] },
      ],
    },
    {
      code: `import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export const migrate = (row: object) => prisma.legacyCard.create({ data: row as never });
`,
      filename: inPrismaShop('scripts/migrate.ts'),
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNo', kind: 'card number (PAN)', sink: 'a Prisma write to `LegacyCard`, whose schema requires that column (prisma/schema.prisma:48)' }, line: 5, column: 74, endLine: 5, endColumn: 86, suggestions: [] },
      ],
    },
    {
      // A Sails app's model definition (real-world batch GD): its \`attributes\` are the columns Waterline keeps; \`last4\`
      // and the holder's name are no card data.
      code: readFileSync(SAILS_PAYMENT_MODEL, 'utf8'),
      filename: SAILS_PAYMENT_MODEL,
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a Waterline model' }, line: 9, column: 5, endLine: 9, endColumn: 15, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'CVV', kind: 'card security code (CVC)', sink: 'a Waterline model' }, line: 11, column: 5, endLine: 11, endColumn: 8, suggestions: [] },
      ],
    },
    {
      // A checkout form's draft kept in Web Storage: react-hook-form's \`watch()\` and \`getValues()\` hold the form's values,
      // whose keys its \`defaultValues\` give.
      code: `import { useEffect } from 'react';
import { useForm } from 'react-hook-form';

export function CheckoutForm() {
  const { register, watch, getValues } = useForm({ defaultValues: { email: '', cardNumber: '', cvc: '' } });
  const values = watch();
  useEffect(() => {
    localStorage.setItem('checkout-draft', JSON.stringify(values));
  }, [values]);
  const save = () => sessionStorage.setItem('draft', JSON.stringify(getValues()));
  return <form onBlur={save}><input {...register('email')} /></form>;
}
`,
      filename: 'src/CheckoutForm.jsx',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'localStorage' }, line: 8, column: 59, endLine: 8, endColumn: 65, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'sessionStorage' }, line: 10, column: 69, endLine: 10, endColumn: 80, suggestions: [] },
      ],
    },
    {
      // PouchDB (real-world batch GB: an mPOS app's transactions, synced to a CouchDB): \`post\`, \`bulkDocs\` and \`put\`
      // on a database the file makes; a note holds no card data.
      code: `import PouchDB from 'pouchdb';

export class PaymentsStore {
  private db = new PouchDB('transactions');
  private remote = 'https://couch.example.com/transactions';

  constructor() {
    this.db.sync(this.remote, { live: true, retry: true });
  }

  record(data: { pan: string; cardNumber: string; cvv: string; expiry: string; amount: number }) {
    return this.db.post({ cardNo: data.cardNumber, expiry: data.expiry, amount: data.amount, type: 'card' });
  }

  bulk(cards: Array<{ cardNumber: string; cvv: string }>) {
    return this.db.bulkDocs(cards.map((c) => ({ _id: c.cardNumber.slice(-4), cvv: c.cvv })));
  }

  note(id: string, text: string) {
    return this.db.put({ _id: id, text });
  }
}
`,
      filename: 'src/providers/payments-store.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNo', kind: 'card number (PAN)', sink: 'PouchDB' }, line: 12, column: 27, endLine: 12, endColumn: 33, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'PouchDB' }, line: 16, column: 78, endLine: 16, endColumn: 81, suggestions: [] },
      ],
    },
    {
      // Sails' \`req.param('card_number')\` reads the request's parameter of that name: the card number.
      code: readFileSync(SAILS_PAY_CONTROLLER, 'utf8'),
      filename: SAILS_PAY_CONTROLLER,
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: "req.param('card_number')", kind: 'card number (PAN)', sink: 'a database model' }, line: 5, column: 60, endLine: 5, endColumn: 84, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a database model' }, line: 5, column: 96, endLine: 5, endColumn: 99, suggestions: [] },
      ],
    },
    {
      // A callable Cloud Function writing the card through the Admin SDK's modular Realtime Database (real-world batch FQ).
      code: `
import { onCall } from 'firebase-functions/v2/https';
import { getDatabase } from 'firebase-admin/database';

export const saveCard = onCall(async (request) => {
  const { cardNumber, cvc, expMonth, expYear } = request.data as { cardNumber: string; cvc: string; expMonth: number; expYear: number };
  const uid = request.auth?.uid;
  await getDatabase().ref(\`users/\${uid}/card\`).set({ cardNumber, cvc, expMonth, expYear, savedAt: Date.now() });
  return { ok: true };
});
`,
      filename: 'functions/src/index.ts',
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a Realtime Database write' }, line: 8, column: 54, endLine: 8, endColumn: 64 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a Realtime Database write' }, line: 8, column: 66, endLine: 8, endColumn: 69 },
      ],
      output: null,
    },
    {
      // A migration script exporting card rows to a CSV file, each row's text made by mapping the rows (real-world
      // batch EQ); its log of the exported ids writes no card data
      code: `const fs = require('fs');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function exportCards(file) {
  const { rows } = await pool.query('SELECT id, holder, card_number, cvv, exp_month, exp_year FROM legacy_cards');
  const csv = rows.map((r) => \`\${r.id},\${r.holder},\${r.card_number},\${r.cvv},\${r.exp_month}/\${r.exp_year}\`).join('\\n');
  fs.writeFileSync(file, \`id,holder,number,cvv,expiry\\n\${csv}\\n\`);
  console.log(\`exported \${rows.length} cards: \${rows.map((r) => r.id).join(', ')}\`);
}

exportCards(process.argv[2]).finally(() => pool.end());
`,
      filename: 'scripts/export-legacy-cards.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'r.card_number', kind: 'card number (PAN)', sink: 'a file' }, line: 8, column: 54, endLine: 8, endColumn: 67, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'r.cvv', kind: 'card security code (CVC)', sink: 'a file' }, line: 8, column: 71, endLine: 8, endColumn: 76, suggestions: [] },
      ],
    },
    {
      // A charge put on a BullMQ queue with the card (real-world batch EQ): the job's data is kept in Redis; the receipt
      // job carries only a PaymentMethod id
      code: `const express = require('express');
const { Queue } = require('bullmq');

const connection = { host: process.env.REDIS_HOST, port: 6379 };
const chargeQueue = new Queue('charges', { connection });
const router = express.Router();

router.post('/charges', express.json(), async (req, res) => {
  const { cardNumber, cvv, expMonth, expYear, amount } = req.body;
  await chargeQueue.add('charge', { cardNumber, cvv, expMonth, expYear, amount }, { attempts: 3 });
  await chargeQueue.add('receipt', { paymentMethodId: req.body.paymentMethodId, amount });
  res.status(202).json({ queued: true });
});

module.exports = router;
`,
      filename: 'src/routes/charges.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a job queue (Redis)' }, line: 10, column: 37, endLine: 10, endColumn: 47, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a job queue (Redis)' }, line: 10, column: 49, endLine: 10, endColumn: 52, suggestions: [] },
      ],
    },
    {
      // A Sails app's Waterline model, a global the framework defines from api/models/Card.js
      code: readFileSync(SAILS_CONTROLLER, 'utf8'),
      filename: SAILS_CONTROLLER,
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a database model' }, line: 8, column: 7, endLine: 8, endColumn: 17, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a database model' }, line: 9, column: 7, endLine: 9, endColumn: 10, suggestions: [] },
      ],
    },
    {
      // An AdonisJS 6 controller: a Lucid model imported through the app's \`#models\` subpath import
      code: `import type { HttpContext } from '@adonisjs/core/http'
import PaymentCard from '#models/payment_card'

export default class CardsController {
  async store({ request, auth, response }: HttpContext) {
    const { cardNumber, cvv, expiry } = request.only(['cardNumber', 'cvv', 'expiry'])
    const card = await PaymentCard.create({ userId: auth.user!.id, cardNumber, cvv, expiry })
    return response.created(card)
  }
}
`,
      filename: 'app/controllers/cards_controller.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a database model' }, line: 7, column: 68, endLine: 7, endColumn: 78, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a database model' }, line: 7, column: 80, endLine: 7, endColumn: 83, suggestions: [] },
      ],
    },
    {
      // A queue of the app's own \`./queue\` module, in a package that depends on BullMQ (real-world batch ET)
      code: readFileSync(BULLMQ_ROUTES, 'utf8'),
      filename: BULLMQ_ROUTES,
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'numero', kind: 'card number (PAN)', sink: 'a job queue (Redis)' }, line: 8, column: 46, endLine: 8, endColumn: 52, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a job queue (Redis)' }, line: 8, column: 54, endLine: 8, endColumn: 57, suggestions: [] },
      ],
    },
    {
      // Agenda keeps a job's data in MongoDB, pg-boss in Postgres (also pg-boss' one-object form); the receipt job
      // carries only the last four digits
      code: `const Agenda = require('agenda');
const PgBoss = require('pg-boss');

const agenda = new Agenda({ db: { address: process.env.MONGO_URL, collection: 'jobs' } });
const boss = new PgBoss(process.env.DATABASE_URL);

async function scheduleRetry(order, card) {
  await agenda.schedule('in 10 minutes', 'retry charge', { orderId: order.id, cardNumber: card.number, cvc: card.cvc });
  await boss.send({ name: 'charge-card', data: { orderId: order.id, cardNumber: card.number, expiry: card.expiry } });
  await boss.send('receipt', { orderId: order.id, last4: card.number.slice(-4) });
}

module.exports = { scheduleRetry };
`,
      filename: 'src/jobs/retry.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a job queue (MongoDB)' }, line: 8, column: 79, endLine: 8, endColumn: 89, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a job queue (MongoDB)' }, line: 8, column: 104, endLine: 8, endColumn: 107, suggestions: [] },
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a job queue (Postgres)' }, line: 9, column: 69, endLine: 9, endColumn: 79, suggestions: [] },
      ],
    },
    // The payment part of the body, named by a const first, stored whole while the function reads its card number
    // (precision probe EN: a Sequelize order controller)
    {
      filename: 'controllers/orders.js',
      code: `const models = require('../models');

async function createOrder(req, res) {
  const cardData = req.body.payment;
  const existing = await models.Cards.findOne({ where: { cardNumber: req.body.payment.cardNumber } });
  if (existing === null) {
    await models.Cards.create(cardData);
  }
  await models.Orders.create({ userId: req.user.id, total: req.body.total });
  res.jsend.success('created');
}

module.exports = { createOrder };
`,
      output: null,
      errors: [
        { messageId: 'cardDataObjectStored', data: { object: 'req.body.payment', name: 'cardNumber', access: 'reads', kind: 'the card number (PAN)', sink: 'a database model' }, line: 7, column: 31, endLine: 7, endColumn: 39 },
      ],
    },
    // A shop's payment model names the card's CVC \`security\`, beside the card number and its expiry (real-world batch
    // EL: its form labels the field "Security Number")
    {
      filename: 'server/db/models/payment.js',
      code: `const Sequelize = require('sequelize');
const db = require('../db');

const Payment = db.define('payment', {
  cardCompany: { type: Sequelize.STRING },
  cardNumber: { type: Sequelize.BIGINT },
  expiration: { type: Sequelize.STRING },
  security: { type: Sequelize.INTEGER },
  zipcode: { type: Sequelize.STRING },
});

module.exports = Payment;
`,
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a Sequelize model' }, line: 6, column: 3, endLine: 6, endColumn: 13 },
        { messageId: 'authDataStored', data: { name: 'security', kind: 'card security code (CVC)', sink: 'a Sequelize model' }, line: 8, column: 3, endLine: 8, endColumn: 11 },
      ],
    },
    // A flight booking's Sequelize model keeps the card's number as a bare \`number\`, beside its CVC (real-world batch 304)
    {
      filename: 'SRC/models/paydata.js',
      code: `'use strict';
const { Model } = require('sequelize');

module.exports = (sequelize, DataTypes) => {
  class PayData extends Model {
    static associate(models) {
      PayData.belongsTo(models.User, { foreignKey: 'userId' });
    }
  }
  PayData.init({
    name: DataTypes.STRING,
    number: DataTypes.STRING,
    CVC: DataTypes.INTEGER,
    expired: DataTypes.DATE,
    userId: DataTypes.INTEGER,
  }, {
    sequelize,
    modelName: 'PayData',
  });
  return PayData;
};
`,
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: 'a Sequelize model' }, line: 12, column: 5, endLine: 12, endColumn: 11 },
        { messageId: 'authDataStored', data: { name: 'CVC', kind: 'card security code (CVC)', sink: 'a Sequelize model' }, line: 13, column: 5, endLine: 13, endColumn: 8 },
      ],
    },
    // A checkout's mongoose model names the card's verification value \`verification\`, beside the card number and its
    // expiry (real-world batch 298)
    {
      filename: 'models/Payment.js',
      code: `const mongoose = require('mongoose');

const paymentSchema = new mongoose.Schema({
  order: { type: mongoose.Schema.Types.ObjectId, ref: 'Order' },
  cardHolder: String,
  cardNumber: String,
  expiry: String,
  verification: String,
  verificationStatus: { type: String, default: 'pending' },
});

module.exports = mongoose.model('Payment', paymentSchema);
`,
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a mongoose schema' }, line: 6, column: 3, endLine: 6, endColumn: 13 },
        { messageId: 'authDataStored', data: { name: 'verification', kind: 'card security code (CVC)', sink: 'a mongoose schema' }, line: 8, column: 3, endLine: 8, endColumn: 15 },
      ],
    },
    // A "mask" that leaves the number whole: the lazy middle group takes nothing, so 16 digits stay around the stars
    // (real-world batch EL: a bookstore's order route); the name \`maskedCardNumber\` is not believed over it
    {
      filename: 'app/api/orders/route.ts',
      code: `import mongoose from 'mongoose';
import { NextRequest, NextResponse } from 'next/server';

const Order = mongoose.model('Order', new mongoose.Schema({ customerName: String, total: Number }));

export async function POST(request: NextRequest) {
  const { customerName, cardNumber, expiryDate } = await request.json();
  const maskedCardNumber = cardNumber.replace(/(\\d{4})(.*?)(\\d{4})/, '$1********$3');
  const newOrder = await Order.create({ customerName, cardNumber: maskedCardNumber, expiryDate });
  return NextResponse.json({ order: newOrder }, { status: 201 });
}
`,
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a database model' }, line: 9, column: 55, endLine: 9, endColumn: 65 },
      ],
    },
    // ...also in a branch of a choice: the digits of the number, under a name that says digits (real-world batch 337:
    // an admin route that puts a card's number on its Supabase row)
    {
      filename: 'src/app/api/admin/cards/route.ts',
      code: `import { createClient } from '@supabase/supabase-js';

const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);

export async function PATCH(req: Request) {
  const { id, card_number, holder } = await req.json();
  const panDigits = typeof card_number === 'string' ? card_number.replace(/\\D+/g, '') : '';
  const { error } = await supabase.from('cards').update({ card_number: panDigits, holder }).eq('id', id);
  if (error) return Response.json({ error: error.message }, { status: 500 });
  return Response.json({ ok: true });
}
`,
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'a Supabase write' }, line: 8, column: 59, endLine: 8, endColumn: 70 },
      ],
    },
    // A record the function sets the CVC on, put under a key of the payload held in a const, which is written (the same
    // admin route, real-world batch 337)
    {
      filename: 'src/app/api/admin/cards/metadata/route.ts',
      code: `import { createClient } from '@supabase/supabase-js';

const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);

export async function PATCH(req: Request) {
  const { id, cvc, label } = await req.json();
  const nextMetadata: Record<string, unknown> = { label };
  if (typeof cvc === 'string' && cvc.trim()) nextMetadata.cvc = cvc.trim();
  const updatePayload: Record<string, unknown> = { metadata: nextMetadata, updated_at: new Date().toISOString() };
  const { error } = await supabase.from('cards').update(updatePayload).eq('id', id);
  if (error) return Response.json({ error: error.message }, { status: 500 });
  return Response.json({ ok: true });
}
`,
      output: null,
      errors: [
        {
          messageId: 'cardDataObjectStored',
          data: { object: 'nextMetadata', name: 'cvc', access: 'sets', kind: 'the card security code (CVC)', sink: 'a Supabase write' },
          line: 10,
          column: 57,
          endLine: 10,
          endColumn: 70,
        },
      ],
    },
    // A Strapi 4 controller that keeps the card on the order through the entity service (real-world batch 338's scope
    // gap)
    {
      filename: 'src/api/order/controllers/order.js',
      code: `'use strict';

const { createCoreController } = require('@strapi/strapi').factories;

module.exports = createCoreController('api::order.order', ({ strapi }) => ({
  async create(ctx) {
    const { items, cardNumber, cvc, expiry } = ctx.request.body;
    const order = await strapi.entityService.create('api::order.order', {
      data: { items, cardNumber, cvc, expiry, status: 'pending' },
    });
    return { id: order.id };
  },
}));
`,
      languageOptions: { parser: espree, parserOptions: { sourceType: 'commonjs', ecmaVersion: 'latest' } } as const,
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a Strapi write' }, line: 9, column: 22, endLine: 9, endColumn: 32 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a Strapi write' }, line: 9, column: 34, endLine: 9, endColumn: 37 },
      ],
    },
    // A Payload CMS collection whose fields keep the card number and its CVV (real-world batch 338's scope gap)
    {
      filename: 'src/collections/SavedCards.ts',
      code: `import type { CollectionConfig } from 'payload';

export const SavedCards: CollectionConfig = {
  slug: 'saved-cards',
  admin: { useAsTitle: 'cardholderName' },
  access: { read: ({ req }) => Boolean(req.user) },
  fields: [
    { name: 'cardholderName', type: 'text', required: true },
    { name: 'cardNumber', type: 'text', label: 'Card Number', required: true },
    { name: 'expiry', type: 'text', label: 'Expiry (MM/YY)', required: true },
    { name: 'cvv', type: 'number', label: 'CVV', required: true, min: 100, max: 999 },
    { name: 'customer', type: 'relationship', relationTo: 'users' },
  ],
};
`,
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a Payload collection' }, line: 9, column: 13, endLine: 9, endColumn: 25 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a Payload collection' }, line: 11, column: 13, endLine: 11, endColumn: 18 },
      ],
    },
    // The whole Issuing card retrieved with its number and CVC expanded, stored (real-world batch 336; the same card
    // retrieved without \`expand\`, whose number and CVC Stripe leaves out, may be)
    {
      filename: 'src/issuing/cache.ts',
      code: `import Stripe from 'stripe';
import { MongoClient } from 'mongodb';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const db = new MongoClient(process.env.MONGO_URL!).db('wallet');

export async function cacheCard(id: string) {
  const issued = await stripe.issuing.cards.retrieve(id, { expand: ['number', 'cvc'] });
  await db.collection('issued_cards').insertOne(issued);
  const plain = await stripe.issuing.cards.retrieve(id);
  await db.collection('cards').insertOne(plain);
}
`,
      output: null,
      errors: [
        { messageId: 'issuedCardDetailStored', data: { name: 'issued.cvc', kind: 'card security code (CVC)', sink: 'a MongoDB write', requirement: 'PCI DSS 3.3 limits keeping sensitive authentication data' }, line: 9, column: 49, endLine: 9, endColumn: 55 },
      ],
    },
    // A checkout that keeps a draft of the form through its own helper: the helper's call is the localStorage write
    {
      filename: 'CheckoutForm.jsx',
      code: `import { useState } from 'react';

const DRAFT_KEY = 'checkout-draft';

function saveDraft(draft) {
  localStorage.setItem(DRAFT_KEY, JSON.stringify({ ...draft, savedAt: Date.now() }));
}

export default function CheckoutForm({ onPay }) {
  const [name, setName] = useState('');
  const [cardNumber, setCardNumber] = useState('');
  const [cvv, setCvv] = useState('');

  const handleSubmit = (event) => {
    event.preventDefault();
    saveDraft({ name, cardNumber, cvv });
    onPay({ name });
  };

  return (
    <form onSubmit={handleSubmit}>
      <input value={name} onChange={(e) => setName(e.target.value)} />
    </form>
  );
}
`,
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'localStorage, through \`saveDraft()\`' }, line: 16, column: 23, endLine: 16, endColumn: 33 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'localStorage, through \`saveDraft()\`' }, line: 16, column: 35, endLine: 16, endColumn: 38 },
      ],
    },
    // ...and a class whose private method sets a cookie with what it is handed (the expiry and holder may be kept)
    {
      filename: 'payment-preferences.ts',
      code: `import Cookies from 'js-cookie';

export class PaymentPreferences {
  private write(name: string, value: string): void {
    Cookies.set(name, value, { secure: true, sameSite: 'strict' });
  }

  rememberCard(card: { holder: string; number: string; expMonth: number; expYear: number }): void {
    this.write('card-holder', card.holder);
    this.write('card-number', card.number);
    this.write('card-expiry', \`\${card.expMonth}/\${card.expYear}\`);
  }
}
`,
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'a cookie, through \`write()\`' }, line: 10, column: 31, endLine: 10, endColumn: 42 },
      ],
    },
    {
      // A const holding what a function of this file returns holds its object (real-world batch EC: an autofill
      // extension's settings page); what it builds from other fields holds none
      code: `function getFormData() {
  return {
    name: document.getElementById('profile-name').value,
    card: { number: document.getElementById('card-number').value, cvv: document.getElementById('cvv').value },
  };
}
function getSettings() {
  return { theme: document.getElementById('theme').value };
}
document.getElementById('btn-save-profile').addEventListener('click', () => {
  const profile = getFormData();
  const settings = getSettings();
  chrome.storage.local.set({ profile, settings });
  console.log('saved', profile);
});
`,
      filename: 'src/js/pages/settings.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: 'extension storage' }, line: 4, column: 13, endLine: 4, endColumn: 19 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'extension storage' }, line: 4, column: 67, endLine: 4, endColumn: 70 },
      ],
    },
    {
      // A Vue component's state from the Options API's data() (real-world batch EC: an autofill extension's popup) is a
      // form's state, as reactive() is; not a class's field or another object's
      code: `export default {
  data() {
    return { profile: { cardholderName: '', cardNumber: '', cvv: '' }, settings: { theme: 'dark' } };
  },
  watch: {
    profile: {
      handler() {
        chrome.storage.local.set({ profile: this.profile, settings: this.settings });
      },
      deep: true,
    },
  },
  methods: {
    save() { localStorage.setItem('profile', JSON.stringify(this.profile)); },
  },
};
class Other { constructor() { this.profile = {}; } save() { localStorage.setItem('p', JSON.stringify(this.profile)); } }
const notVue = { data() { return { profile: { cardNumber: '' } }; }, save() { localStorage.setItem('p', JSON.stringify(this.profile)); } };
`,
      filename: 'src/popup/pages/Profile.js',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'extension storage' }, line: 8, column: 45, endLine: 8, endColumn: 57 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'localStorage' }, line: 14, column: 61, endLine: 14, endColumn: 73 },
      ],
    },
    {
      // An object written with a fallback (\`metadata || {}\`, real-world batch EB: an edge function keeping the
      // card in a transaction's metadata) is written as it is, as without one
      code: `import { createClient } from 'npm:@supabase/supabase-js@2';

Deno.serve(async (req: Request) => {
  const supabase = createClient(Deno.env.get('SUPABASE_URL')!, Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!);
  const { order_id, metadata } = await req.json();
  await supabase.from('payment_transactions').insert({ order_id, status: 'pending', metadata: metadata || {} });
  await supabase.from('payment_transactions').insert({ order_id, status: 'pending', metadata });
  const cvv = metadata?.card_cvv;
  return new Response(JSON.stringify({ ok: !!cvv }));
});
`,
      filename: 'supabase/functions/process-payment/index.ts',
      output: null,
      errors: [
        { messageId: 'cardDataObjectStored', data: { object: 'metadata', name: 'card_cvv', access: 'reads', kind: 'the card security code (CVC)', sink: 'a Supabase write' }, line: 6, column: 54, endLine: 6, endColumn: 111 },
        { messageId: 'cardDataObjectStored', data: { object: 'metadata', name: 'card_cvv', access: 'reads', kind: 'the card security code (CVC)', sink: 'a Supabase write' }, line: 7, column: 54, endLine: 7, endColumn: 95 },
      ],
    },
    {
      // Desktop apps' stores, a file on the user's disk (real-world batch EC): electron-store and Tauri's store plugin;
      // a Map's \`set\` is no store
      code: `import Store from 'electron-store';
import { load, LazyStore } from '@tauri-apps/plugin-store';

const store = new Store();
export function remember(card: { number: string; cvc: string }, cardNumber: string) {
  store.set('card', { number: card.number, cvc: card.cvc });
  store.set({ cardNumber });
}
export async function rememberTauri(cvc: string) {
  const settings = await load('settings.json');
  await settings.set('cvc', cvc);
  const lazy = new LazyStore('cards.json');
  await lazy.set('last', { cardNumber: '4242424242424242' });
  const m = new Map();
  m.set('cvc', cvc);
}
`,
      filename: 'src/main/card-store.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'electron-store' }, line: 6, column: 31, endLine: 6, endColumn: 42 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'electron-store' }, line: 6, column: 44, endLine: 6, endColumn: 47 },
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'electron-store' }, line: 7, column: 15, endLine: 7, endColumn: 25 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'the Tauri store' }, line: 11, column: 29, endLine: 11, endColumn: 32 },
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'the Tauri store' }, line: 13, column: 28, endLine: 13, endColumn: 38 },
      ],
    },
    {
      // What a listener reads off the element it is bound to is that field's content: `event.target.value`, `this.value`
      code: `// "Remember my card" on a hand-built checkout page.
const cardNumber = document.querySelector('input[name="card_number"]');
const cvv = document.getElementById('cvv');

cardNumber.addEventListener('change', (event) => {
  localStorage.setItem('checkout.card', event.target.value);
});
cvv.oninput = function () {
  sessionStorage.setItem('checkout.cvv', this.value.trim());
};
`,
      filename: 'public/js/remember-card.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'event.target.value', kind: 'card number (PAN)', sink: 'localStorage' }, line: 6, column: 41, endLine: 6, endColumn: 59 },
        { messageId: 'authDataStored', data: { name: 'this.value.trim()', kind: 'card security code (CVC)', sink: 'sessionStorage' }, line: 9, column: 42, endLine: 9, endColumn: 59 },
      ],
    },
    {
      // A nested path with a field named \`type\` (\`type: { type: String }\`, as mongoose reads it) holds a card's number
      // and CVV (real-world batch DR: a gym's user model)
      code: `const mongoose = require('mongoose');
const userSchema = new mongoose.Schema({
  name: String,
  paymentMethod: {
    type: { type: String, enum: ['card', 'paypal'] },
    cardNumber: { type: String },
    cvv: String,
  },
});
module.exports = mongoose.model('User', userSchema);
`,
      filename: 'models/User.js',
      output: null,
      errors: [
        {
          messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a mongoose schema' }, line: 6, column: 5, endLine: 6, endColumn: 15,
          suggestions: [],
        },
        {
          messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a mongoose schema' }, line: 7, column: 5, endLine: 7, endColumn: 8,
          suggestions: [],
        },
      ],
    },
    {
      // A health plan's record keeps its plan card's number (real-world batch DO: \`PlanoSaude\`); a payment's keeps a
      // payment card's
      code: `const { Schema, model } = require('mongoose');

const PlanoSaude = model('PlanoSaude', new Schema({ nomePlano: String, numeroCartao: String, nomeHospitalPreferencia: String }));
const Pagamento = model('Pagamento', new Schema({ pedido: String, numeroCartao: String }));

module.exports = { PlanoSaude, Pagamento };
`,
      filename: 'src/models/index.js',
      output: null,
      errors: [
        {
          messageId: 'panStored', data: { name: 'numeroCartao', kind: 'card number (PAN)', sink: 'a mongoose schema' }, line: 4, column: 67, endLine: 4, endColumn: 79,
          suggestions: [],
        },
      ],
    },
    {
      // An Ionic app keeps the cards in Ionic Storage (the service injected by type) and the last one in Capacitor
      // Preferences (real-world batch DQ: a wallet app); the holder's name is no card data
      code: `import { Injectable } from '@angular/core';
import { Storage } from '@ionic/storage-angular';
import { Preferences } from '@capacitor/preferences';

export interface Card { card_number: string; cvv: string; holder: string }

@Injectable({ providedIn: 'root' })
export class CardsService {
  constructor(private storage: Storage) {}

  async add(card_number: string, cvv: string, holder: string) {
    const cards = (await this.storage.get('cards')) ?? [];
    cards.push({ card_number, holder });
    await this.storage.set('cards', [{ card_number, cvv, holder }]);
    await this.storage.set('holder', holder);
    await Preferences.set({ key: 'lastCard', value: JSON.stringify({ card_number, cvv }) });
  }
}
`,
      filename: 'src/app/services/cards.service.ts',
      output: null,
      errors: [
        {
          messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'Ionic Storage' }, line: 14, column: 40, endLine: 14, endColumn: 51,
          suggestions: [],
        },
        {
          messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'Ionic Storage' }, line: 14, column: 53, endLine: 14, endColumn: 56,
          suggestions: [],
        },
        {
          messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'Capacitor Preferences' }, line: 16, column: 70, endLine: 16, endColumn: 81,
          suggestions: [],
        },
        {
          messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'Capacitor Preferences' }, line: 16, column: 83, endLine: 16, endColumn: 86,
          suggestions: [],
        },
      ],
    },
    {
      // A Spanish-speaking app's card schema keeps the security code by its shortened Spanish name beside the number
      // (real-world batch DP); a bip! transit card's top-up keeps that card's number, no payment card's
      code: `const mongoose = require('mongoose');

const TarjetaSchema = new mongoose.Schema({
  usuario: { type: mongoose.Schema.Types.ObjectId, ref: 'Usuario' },
  titular: String,
  numeroTarjeta: String,
  fechaTarjeta: String,
  codSeguridad: String,
});

const RecargaSchema = new mongoose.Schema({
  usuario: { type: mongoose.Schema.Types.ObjectId, ref: 'Usuario' },
  numeroTarjetaBip: String,
  monto: Number,
});

module.exports = { Tarjeta: mongoose.model('Tarjeta', TarjetaSchema), Recarga: mongoose.model('Recarga', RecargaSchema) };
`,
      filename: 'src/models/tarjeta.js',
      output: null,
      errors: [
        {
          messageId: 'panStored', data: { name: 'numeroTarjeta', kind: 'card number (PAN)', sink: 'a mongoose schema' }, line: 6, column: 3, endLine: 6, endColumn: 16,
          suggestions: [],
        },
        {
          messageId: 'authDataStored', data: { name: 'codSeguridad', kind: 'card security code (CVC)', sink: 'a mongoose schema' }, line: 8, column: 3, endLine: 8, endColumn: 15,
          suggestions: [],
        },
      ],
    },
    {
      // A SQL INSERT's placeholders stand for the array the call binds (real-world batch DM): a hashed card number (in
      // place or in a const) and its last four digits are no card number; the CVC, and the number itself, are stored
      code: `import bcrypt from 'bcrypt';
import { db } from '../db.js';

export async function savePayment(req, res) {
  const { userId, cardNumber, cvv, amount } = req.body;
  const hashed = await bcrypt.hash(cardNumber, 10);
  await db.execute('INSERT INTO payments (user_id, card_number, amount) VALUES (?, ?, ?)', [userId, await bcrypt.hash(cardNumber, 10), amount]);
  await db.execute('INSERT INTO payments (user_id, card_number, amount) VALUES (?, ?, ?)', [userId, hashed, amount]);
  await db.query('INSERT INTO cards (user_id, card_number, cvv) VALUES ($1, $2, $3)', [userId, cardNumber.slice(-4), cvv]);
  await db.execute('INSERT INTO payments (user_id, card_number) VALUES (?, ?)', [userId, cardNumber]);
  res.json({ ok: true });
}
`,
      filename: 'src/routes/payments.js',
      output: null,
      errors: [
        {
          messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a SQL statement' }, line: 9, column: 60, endLine: 9, endColumn: 63,
          suggestions: [],
        },
        {
          messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'a SQL statement' }, line: 10, column: 52, endLine: 10, endColumn: 63,
          suggestions: [],
        },
      ],
    },
    {
      // The same document made with the whole card number: stored where it is written and where it is saved
      code: `import { Request, Response } from 'express';
import Transaction from '../models/Transaction';

export default {
  async create(req: Request, res: Response) {
    const { value, description, card_number, card_holder_name } = req.body;
    const transaction = new Transaction({ value, description, card_holder_name, card_number });
    await transaction.save();
    return res.status(201).json({ id: transaction.id, card: \`**** \${transaction.card_number.slice(-4)}\` });
  },
};
`,
      filename: 'src/controllers/TransactionController.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'a database model' }, line: 7, column: 81, endLine: 7, endColumn: 92 },
        {
          messageId: 'cardDataObjectStored',
          data: { object: 'transaction', name: 'card_number', access: 'reads', kind: 'the card number (PAN)', sink: 'a database model' },
          line: 8,
          column: 11,
          endLine: 8,
          endColumn: 22,
        },
      ],
    },
    {
      // db-migrate's createTable: a card table's \`secure_code\` column is its CVC (real-world batch 103)
      code: `'use strict';

exports.up = function (db) {
  return db.createTable('card', {
    id: { type: 'int', primaryKey: true, autoIncrement: true },
    user_id: { type: 'int', notNull: true },
    number: { type: 'string', length: 19 },
    secure_code: { type: 'string', length: 4 },
    expires: 'string',
  });
};

exports.down = function (db) {
  return db.dropTable('card');
};
`,
      filename: 'migrations/20200101-create-card.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: 'a database migration' }, line: 7, column: 5, endLine: 7, endColumn: 11 },
        { messageId: 'authDataStored', data: { name: 'secure_code', kind: 'card security code (CVC)', sink: 'a database migration' }, line: 8, column: 5, endLine: 8, endColumn: 16 },
      ],
    },
    {
      // A clinic's patient document given a card object, or a list of it added to, and saved: the card goes into the
      // database with it (real-world batch 102); also a card field set on it
      code: `const Patient = require('../models/Patient');

exports.addCard = async (req, res) => {
  const { cardNumber, cvv, expiry } = req.body;
  const patient = await Patient.findById(req.params.id);
  patient.cards.push({ cardNumber, cvv, expiry });
  await patient.save();
  res.json({ ok: true });
};

exports.setCard = async (req, res) => {
  const { cardNumber, cvv, expiry } = req.body;
  const patient = await Patient.findById(req.params.id);
  patient.card = { cardNumber, cvv, expiry };
  await patient.save();
  res.json({ ok: true });
};

exports.setNumber = async (req, res) => {
  const patient = await Patient.findById(req.params.id);
  patient.cardNumber = req.body.cardNumber;
  await patient.save();
  res.json({ ok: true });
};
`,
      filename: 'src/controllers/patientController.js',
      output: null,
      errors: [
        { messageId: 'cardDataObjectStored', data: { object: 'patient', name: 'cards.cvv', access: 'sets', kind: 'the card security code (CVC)', sink: 'a database model' }, line: 7, column: 9, endLine: 7, endColumn: 16 },
        { messageId: 'cardDataObjectStored', data: { object: 'patient', name: 'card.cvv', access: 'sets', kind: 'the card security code (CVC)', sink: 'a database model' }, line: 15, column: 9, endLine: 15, endColumn: 16 },
        { messageId: 'cardDataObjectStored', data: { object: 'patient', name: 'cardNumber', access: 'sets', kind: 'the card number (PAN)', sink: 'a database model' }, line: 22, column: 9, endLine: 22, endColumn: 16 },
      ],
    },
    {
      // A column too short for the data is none of it: a card number column of 4 characters keeps the last four (real-world
      // batch 98); one of 19 keeps the number
      code: `exports.up = (knex) =>
  knex.schema.createTable('transactions', (t) => {
    t.increments('id');
    t.string('card_number', 4).notNullable();
    t.string('card_holder_name');
    t.string('cvv', 2);
    t.decimal('amount', 12, 2);
  });
exports.up2 = (knex) =>
  knex.schema.createTable('payments', (t) => {
    t.string('card_number', 19);
    t.string('cvv', 4);
  });
`,
      filename: 'migrations/20240101_transactions.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'a Knex schema' }, line: 11, column: 14, endLine: 11, endColumn: 27 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a Knex schema' }, line: 12, column: 14, endLine: 12, endColumn: 19 },
      ],
    },
    {
      // A field named for an encrypted or hashed CVC or PIN still keeps it (PCI DSS 3.3); an encrypted or hashed card
      // number is unreadable (3.5) (real-world batch 98)
      code: `import { Schema, model } from 'mongoose';

const CardSchema = new Schema({
  userId: { type: Schema.Types.ObjectId, ref: 'User' },
  encryptedPan: String,
  panHash: String,
  encryptedCvc: String,
  cardPinHash: String,
  last4: String,
});

export const Card = model('Card', CardSchema);
`,
      filename: 'src/models/card.ts',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'encryptedCvc', kind: 'card security code (CVC)', sink: 'a mongoose schema' }, line: 7, column: 3, endLine: 7, endColumn: 15 },
        { messageId: 'authDataStored', data: { name: 'cardPinHash', kind: 'card PIN', sink: 'a mongoose schema' }, line: 8, column: 3, endLine: 8, endColumn: 14 },
      ],
    },
    {
      // Omit<T, K> keeps T's card fields but for K, Pick<T, K> only K (real-world batch 98)
      code: `import { prisma } from '../database';

interface Card {
  id: number;
  title: string;
  number: string;
  cvc: string;
  expirationDate: string;
  userId: number;
}

export async function create(data: Omit<Card, 'id'>) {
  await prisma.cards.create({ data });
}

export async function rename(data: Pick<Card, 'id' | 'title'>) {
  await prisma.cards.update({ where: { id: data.id }, data });
}
`,
      filename: 'src/repositories/card-repository.ts',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'data.cvc', kind: 'card security code (CVC)', sink: 'a Prisma write' }, line: 13, column: 31, endLine: 13, endColumn: 35 },
      ],
    },
    {
      // A CVC encrypted is still a CVC kept (PCI DSS 3.3), also through a member of the encryption's result; what the
      // encryption keeps beside it (its IV, auth tag, salt) is no CVC (real-world batch 100)
      code: `import { Schema, model } from 'mongoose';
import { encrypt } from '../utils/crypto';

const cardSchema = new Schema({
  userId: { type: Schema.Types.ObjectId, ref: 'User' },
  last4: String,
  brand: String,
  cvvIV: String,
  cvvAuthTag: String,
  cvvSalt: String,
  cvv: String,
});
export const Card = model('Card', cardSchema);

export async function addCard(userId: string, cardNumber: string, cvv: string) {
  const encryptedCvv = encrypt(cvv);
  return Card.create({
    userId,
    last4: cardNumber.slice(-4),
    cvv: encryptedCvv.encrypted,
    cvvIV: encryptedCvv.iv,
    cvvAuthTag: encryptedCvv.authTag,
  });
}
`,
      filename: 'src/cards/card.service.ts',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a mongoose schema' }, line: 11, column: 3, endLine: 11, endColumn: 6 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a database model' }, line: 20, column: 5, endLine: 20, endColumn: 8 },
      ],
    },
    {
      // A Sequelize app's database module that exports its models (real-world batch 96)
      code: `const db = require('../db');
const { Op } = require('sequelize');

async function saveCard(req, res) {
  const { cardNumber, ccv, userId } = req.body;
  const existing = await db.Card.findOne({ where: { userId, cardNumber: { [Op.eq]: cardNumber } } });
  if (!existing) await db.Card.create({ cardNumber, ccv, userId });
  res.sendStatus(201);
}

module.exports = { saveCard };
`,
      filename: 'src/controllers/cards.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a database model' }, line: 7, column: 41, endLine: 7, endColumn: 51 },
        { messageId: 'authDataStored', data: { name: 'ccv', kind: 'card security code (CVC)', sink: 'a database model' }, line: 7, column: 53, endLine: 7, endColumn: 56 },
      ],
    },
    {
      // A spread of a value whose declared type the file gives carries that type's card fields, but for the keys written
      // after it (real-world batch 96: a NestJS repository storing a DTO with its user id)
      code: CARD_REPOSITORY,
      filename: 'src/card/card.repository.ts',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'createCardDto.cvv', kind: 'card security code (CVC)', sink: 'a Prisma write' }, line: 18, column: 49, endLine: 18, endColumn: 62 },
      ],
    },
    {
      // A PIN hashed is still a PIN kept (PCI DSS 3.3: sensitive authentication data, not even encrypted); a card number
      // hashed is unreadable (3.5) and is not reported (real-world batch 95: a mock bank's ATM card)
      code: `const bcrypt = require('bcryptjs');
const ATMCard = require('../models/ATMModel');

exports.setPin = async (req, res) => {
  const { cardId, pin } = req.body;
  const card = await ATMCard.findById(cardId);
  const hashedPin = await bcrypt.hash(pin, 12);
  card.pin = hashedPin;
  await card.save();
  const hashedNumber = await bcrypt.hash(req.body.cardNumber, 12);
  card.cardNumber = hashedNumber;
  await card.save();
  res.json({ ok: true });
};
`,
      filename: 'src/controllers/atm.controller.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        { messageId: 'cardDataObjectStored', data: { object: 'card', name: 'pin', access: 'sets', kind: 'the card PIN', sink: 'a database model' }, line: 9, column: 9, endLine: 9, endColumn: 13 },
        { messageId: 'cardDataObjectStored', data: { object: 'card', name: 'pin', access: 'sets', kind: 'the card PIN', sink: 'a database model' }, line: 12, column: 9, endLine: 12, endColumn: 13 },
      ],
    },
    {
      // A card number named as one says what the security code beside it is (real-world batch 95); a login's security
      // code is no card's
      code: `import { MongoClient } from 'mongodb';

const db = new MongoClient(process.env.MONGO_URL!).db('shop');

export async function savePayment(orderId: string, cardNumber: string, securityCode: string) {
  await db.collection('payments').insertOne({ orderId, card_number: cardNumber, security_code: securityCode, createdAt: new Date() });
}

export async function saveLogin(email: string, securityCode: string) {
  await db.collection('logins').insertOne({ email, security_code: securityCode });
}
`,
      filename: 'src/payments.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'a MongoDB write' }, line: 6, column: 56, endLine: 6, endColumn: 67 },
        { messageId: 'authDataStored', data: { name: 'security_code', kind: 'card security code (CVC)', sink: 'a MongoDB write' }, line: 6, column: 81, endLine: 6, endColumn: 94 },
      ],
    },
    {
      // A reservation object holding the card under \`card\`, kept in localStorage whole while the same function reads
      // \`resultObj.card.cvc\` (real-world batch AW's Vue booking wizard)
      code: `export default {
  computed: {
    getCardDetails() {
      return this.$store.getters.cardDetails;
    },
  },
  watch: {
    confirmed(done) {
      if (!done) return;
      const resultObj = { date: this.date, room: this.room, card: this.getCardDetails };
      localStorage.setItem('reservationObj', JSON.stringify(resultObj));
      console.log(\`\${resultObj.card.number} \${resultObj.card.cvc}\`);
    },
  },
};
`,
      filename: 'src/components/reservation/StepResult.js',
      output: null,
      errors: [
        {
          messageId: 'cardDataObjectStored',
          data: { object: 'resultObj', name: 'card.cvc', access: 'reads', kind: 'the card security code (CVC)', sink: 'localStorage' },
          line: 11,
          column: 46,
          endLine: 11,
          endColumn: 71,
        },
      ],
    },
    {
      // A list of a card type declared in the file holds each card's fields: stored whole (card-rule-fixtures.ts, real-world batch 88)
      code: CARD_VAULT,
      filename: 'actions/actions.ts',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cards.cvv', kind: 'card security code (CVC)', sink: 'Clerk metadata' }, line: 19, column: 70, endLine: 19, endColumn: 75 },
      ],
    },
    {
      // A card vault in Clerk's private user metadata (real-world batch 88)
      code: `'use server';

import { auth, clerkClient } from '@clerk/nextjs/server';

export async function addCard(cardNo: string, cvv: string, expiry: string) {
  const { userId } = await auth();
  if (!userId) throw new Error('Not signed in');
  const client = await clerkClient();
  const user = await client.users.getUser(userId);
  const cards = (user.privateMetadata.cards as unknown[]) ?? [];
  await client.users.updateUserMetadata(userId, {
    privateMetadata: { cards: [...cards, { cardNo, cvv, expiry }] },
  });
}
`,
      filename: 'app/cards/actions.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNo', kind: 'card number (PAN)', sink: 'Clerk metadata' }, line: 12, column: 44, endLine: 12, endColumn: 50 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'Clerk metadata' }, line: 12, column: 52, endLine: 12, endColumn: 55 },
      ],
    },
    {
      // A serialised object in a stored text: its card fields go with it (real-world batch 88)
      code: `export function rememberCheckout(checkout) {
  if (!checkout.cardNumber || checkout.cvc.length < 3) return false;
  sessionStorage.setItem('checkout', 'v2:' + JSON.stringify(checkout));
  return true;
}
`,
      filename: 'src/checkout/remember.js',
      output: null,
      errors: [
        {
          messageId: 'cardDataObjectStored',
          data: { object: 'checkout', name: 'cvc', access: 'reads', kind: 'the card security code (CVC)', sink: 'sessionStorage' },
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 70,
        },
      ],
    },
    {
      // A plain object given to mongoose.model is the model's schema (real-world batch AY's payment server)
      code: `const express = require('express');
const mongoose = require('mongoose');

const Card = mongoose.model('Card', { CardNum: String, ExpDate: String, Cvv: String, owner: String });
const Visit = mongoose.model('Visit', { path: String, at: Date });
const Payment = mongoose.model('Payment', new mongoose.Schema({ amount: Number }));

const app = express();
app.use(express.json());
app.post('/cards', async (req, res) => {
  await new Card(req.body).save();
  await Visit.create({ path: req.path, at: new Date() });
  res.sendStatus(201);
});
module.exports = { app, Payment };
`,
      filename: 'server/backend/index.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'CardNum', kind: 'card number (PAN)', sink: 'a mongoose schema' }, line: 4, column: 39, endLine: 4, endColumn: 46 },
        { messageId: 'authDataStored', data: { name: 'Cvv', kind: 'card security code (CVC)', sink: 'a mongoose schema' }, line: 4, column: 73, endLine: 4, endColumn: 76 },
      ],
    },
    {
      // A seed that inserts whole card numbers and CVCs: literals that can be card data are still card data
      code: `module.exports = {
  up: (queryInterface) =>
    queryInterface.sequelize.query(
      "INSERT INTO banks (name, card_number, expiry, cvc, balance) VALUES ('SquadHelp', '4564654564564564', '11/26', '453', 0), ('Customer', '4111111111111111', '09/26', '505', 5000)",
    ),
  down: (queryInterface) => queryInterface.sequelize.query("DELETE FROM banks WHERE name IN ('SquadHelp', 'Customer')"),
};
`,
      filename: 'src/server/seeders/banks.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'a SQL statement' }, line: 4, column: 33, endLine: 4, endColumn: 44 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a SQL statement' }, line: 4, column: 54, endLine: 4, endColumn: 57 },
      ],
    },
    {
      // A table named for gift cards that keeps a CVC: the payment card that bought the gift card, a payment card's data
      code: `import { integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';

export const giftCardPurchases = pgTable('gift_card_purchases', {
  id: uuid('id').primaryKey().defaultRandom(),
  cardNumber: text('card_number').notNull(),
  cvv: text('cvv').notNull(),
  amount: integer('amount'),
});
`,
      filename: 'shared/schema.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a Drizzle table' }, line: 5, column: 3, endLine: 5, endColumn: 13 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a Drizzle table' }, line: 6, column: 3, endLine: 6, endColumn: 6 },
      ],
    },
    {
      // A card table's \`pin\` without address fields beside it is the card's PIN
      code: `exports.up = (knex) =>
  knex.schema.createTable('cards', (table) => {
    table.increments('id');
    table.string('card_number');
    table.string('exp_date');
    table.string('pin');
  });
`,
      filename: 'migrations/20240101_cards.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'a Knex schema' }, line: 4, column: 18, endLine: 4, endColumn: 31 },
        { messageId: 'authDataStored', data: { name: 'pin', kind: 'card PIN', sink: 'a Knex schema' }, line: 6, column: 18, endLine: 6, endColumn: 23 },
      ],
    },
    {
      // A card model's \`pin\` among its billing address fields is the address's postal PIN code (real-world batch BH);
      // its card number is still reported
      code: `module.exports = (sequelize, DataTypes) => {
  const Card = sequelize.define('Card', {
    card_number: DataTypes.STRING,
    expiry_date: DataTypes.STRING,
    billing_address1: DataTypes.STRING,
    billing_address2: DataTypes.STRING,
    city: DataTypes.STRING,
    country: DataTypes.STRING,
    pin: DataTypes.INTEGER,
  });
  return Card;
};
`,
      filename: 'models/card.js',
      output: null,
      errors: [{ messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'a Sequelize model' }, line: 3, column: 5, endLine: 3, endColumn: 16 }],
    },
    {
      // A Sequelize seeder's rows: every row written to the table, card number and CVC included
      code: `'use strict';

module.exports = {
  async up(queryInterface) {
    await queryInterface.bulkInsert('Cards', [
      { holder: 'Ada Lovelace', card_number: '4111111111111111', cvv: '123', createdAt: new Date(), updatedAt: new Date() },
    ]);
  },
  async down(queryInterface) {
    await queryInterface.bulkDelete('Cards', null, {});
  },
};
`,
      filename: 'seeders/20240101000000-cards.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'a database table' }, line: 6, column: 33, endLine: 6, endColumn: 44 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a database table' }, line: 6, column: 66, endLine: 6, endColumn: 69 },
      ],
    },
    {
      // A domain entity made from the card fields, then written by the app's repository: the object it was made from
      // is what the repository stores
      code: `import { CardBank } from '../../domain/entities/card-bank';
import type { CardBankRepository } from '../../domain/repositories/card-bank-repository';

export class RegisterCardBank {
  constructor(private readonly cardBankRepository: CardBankRepository) {}

  async execute(cvv: number, number_card: number, ownerId: string) {
    const cardBank = CardBank.create({ cvv, number_card, ownerId });
    await this.cardBankRepository.create(cardBank);
    return cardBank;
  }
}
`,
      filename: 'src/application/usecases/register-card-bank.ts',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'an ORM repository' }, line: 8, column: 40, endLine: 8, endColumn: 43 },
        { messageId: 'panStored', data: { name: 'number_card', kind: 'card number (PAN)', sink: 'an ORM repository' }, line: 8, column: 45, endLine: 8, endColumn: 56 },
      ],
    },
    {
      // A Spanish-speaking shop's payment schema names the card number in Spanish (real-world batch DF); a gift card's
      // (\`tarjeta de regalo\`) is not a payment card's
      code: `const mongoose = require('mongoose');

const PagoSchema = new mongoose.Schema({
  pedido: { type: mongoose.Schema.Types.ObjectId, ref: 'Pedido' },
  titular: String,
  numeroTarjeta: String,
  vencimiento: String,
  monto: Number,
  numeroTarjetaRegalo: String,
});

module.exports = mongoose.model('Pago', PagoSchema);
`,
      filename: 'src/models/Pago.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'numeroTarjeta', kind: 'card number (PAN)', sink: 'a mongoose schema' }, line: 6, column: 3, endLine: 6, endColumn: 16 },
      ],
    },
    {
      // A Brazilian shop's Sequelize model names the card number in Portuguese; a loyalty card's
      // (\`cartao fidelidade\`) is not a payment card's
      code: `const { DataTypes } = require('sequelize');
const sequelize = require('../config/database');

const Pagamento = sequelize.define('Pagamento', {
  valor: DataTypes.DECIMAL(10, 2),
  nomeTitular: DataTypes.STRING,
  numero_do_cartao: DataTypes.STRING,
  validade: DataTypes.STRING,
  numeroCartaoFidelidade: DataTypes.STRING,
});

module.exports = Pagamento;
`,
      filename: 'src/models/pagamento.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'numero_do_cartao', kind: 'card number (PAN)', sink: 'a Sequelize model' }, line: 7, column: 3, endLine: 7, endColumn: 19 },
      ],
    },
    {
      // A LoopBack 4 entity's properties (real-world batch DC); a \`Model\` of the same module is a value object (a
      // request body's schema here), not stored
      code: `import { Entity, Model, model, property, belongsTo } from '@loopback/repository';
import { Customer } from './customer.model';

@model({ settings: { strict: true } })
export class PaymentMethod extends Entity {
  @property({ type: 'string', id: true, generated: true })
  id?: string;

  @property({ type: 'string', required: true })
  cardNumber: string;

  @property({ type: 'string', required: true, jsonSchema: { maxLength: 4 } })
  cvv: string;

  @property({ type: 'number' })
  expMonth?: number;

  @property({ type: 'number' })
  expYear?: number;

  @belongsTo(() => Customer)
  customerId: string;

  constructor(data?: Partial<PaymentMethod>) {
    super(data);
  }
}

@model()
export class ChargeRequest extends Model {
  @property({ type: 'string', required: true })
  cardNumber: string;

  @property({ type: 'string', required: true })
  cvv: string;

  @property({ type: 'number', required: true })
  amount: number;
}
`,
      filename: 'src/models/payment-method.model.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a LoopBack entity' }, line: 10, column: 3, endLine: 10, endColumn: 13 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a LoopBack entity' }, line: 13, column: 3, endLine: 13, endColumn: 6 },
      ],
    },
    {
      // The CVC's own name spelled out on a TypeORM column (real-world batch AN)
      code: `import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class Transaction {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() cardHolderName: string;
  @Column() cardVerificationCode: string;
  @Column() amount: number;
}
`,
      filename: 'src/transactions/entities/transaction.entity.ts',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cardVerificationCode', kind: 'card security code (CVC)', sink: 'a TypeORM entity' }, line: 7, column: 13, endLine: 7, endColumn: 33 },
      ],
    },
    {
      // Active Record (mongoose, Sequelize, TypeORM's BaseEntity): a document fetched from a model, card fields set
      // on it, saved whole; the report names the CVC over the card number
      code: `import { User } from '../models/user';

export async function saveCard(req, res) {
  const user = await User.findById(req.user.id);
  user.cardNumber = req.body.cardNumber;
  user.cvc = req.body.cvc;
  await user.save();
  res.sendStatus(204);
}
`,
      filename: 'src/routes/billing.js',
      output: null,
      errors: [
        { messageId: 'cardDataObjectStored', data: { object: 'user', name: 'cvc', access: 'sets', kind: 'the card security code (CVC)', sink: 'a database model' }, line: 7, column: 9, endLine: 7, endColumn: 13 },
      ],
    },
    {
      // A new document of a mongoose model, its card number set in card context (`card.number`), saved with a callback
      code: `import mongoose from 'mongoose';

const Card = mongoose.model('Card', new mongoose.Schema({ holder: String, number: String }));

export function addCard(req, res) {
  const card = new Card({ holder: req.body.name });
  card.number = req.body.number;
  card.save((err) => res.sendStatus(err ? 500 : 201));
}
`,
      filename: 'src/routes/cards.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: 'a mongoose schema' }, line: 3, column: 75, endLine: 3, endColumn: 81 },
        { messageId: 'cardDataObjectStored', data: { object: 'card', name: 'number', access: 'sets', kind: 'the card number (PAN)', sink: 'a database model' }, line: 8, column: 3, endLine: 8, endColumn: 7 },
      ],
    },
    {
      // A DTO declared in the file, with the card number and CVC among its members, written whole to the database;
      // its last four digits alone are fine
      code: `import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

class SaveCardDto { userId: string; cardNumber: string; expiry: string; cvv: string; }

export async function saveCard(dto: SaveCardDto) {
  await prisma.card.create({ data: dto });
  await prisma.card.create({ data: { userId: dto.userId, last4: dto.cardNumber.slice(-4) } });
}
`,
      filename: 'cards.service.ts',
      output: null,
      errors: [{ messageId: 'authDataStored', data: { name: 'dto.cvv', kind: 'card security code (CVC)', sink: 'a Prisma write' }, line: 8, column: 36, endLine: 8, endColumn: 39 }],
    },
    {
      // A GraphQL back end encrypts the card before saving it (real-world batch AM): the encrypted card number is what
      // PCI DSS 3.4 asks for, the encrypted CVC is still a CVC kept after authorisation (3.3)
      code: `import { PrismaClient } from '@prisma/client';
import { encrypt } from '../lib/crypto';

const prisma = new PrismaClient();

export async function saveUserCard(userId: string, card: { cardNumber: string; cardCvc: string; expiry: string }) {
  const cardNumber = encrypt(card.cardNumber);
  const cardCvc = encrypt(card.cardCvc);
  return prisma.userCreditCard.create({ data: { userId, cardNumber, cardCvc, expiry: card.expiry } });
}
`,
      filename: 'src/resolvers/save-user-card.ts',
      output: null,
      errors: [{ messageId: 'authDataStored', data: { name: 'cardCvc', kind: 'card security code (CVC)', sink: 'a Prisma write' }, line: 9, column: 69, endLine: 9, endColumn: 76 }],
    },
    {
      // The same through an encrypter object's method (real-world batch DI): \`toEncrypt.encrypt(number)\` is as
      // unreadable as \`encrypt(number)\`; the encrypted CVV is still kept
      code: `import { getRepository } from 'typeorm';
import { PaymentCard } from '../entities/PaymentCard';
import { Encrypter } from '../providers/Encrypter';

export class CreatePaymentCardService {
  async execute({ userId, number, holder, cvv }: { userId: string; number: string; holder: string; cvv: string }) {
    const repository = getRepository(PaymentCard);
    const toEncrypt = new Encrypter();
    const card = repository.create({ userId, holder, card_number: toEncrypt.encrypt(number), card_cvv: toEncrypt.encrypt(cvv) });
    await repository.save(card);
    return card;
  }
}
`,
      filename: 'src/services/CreatePaymentCardService.ts',
      output: null,
      errors: [{ messageId: 'authDataStored', data: { name: 'card_cvv', kind: 'card security code (CVC)', sink: 'an ORM repository' }, line: 9, column: 94, endLine: 9, endColumn: 102 }],
    },
    {
      // A NestJS service whose DTO comes from another file: the function reads the card number off the request DTO,
      // named for a card (real-world batch AK), and writes the whole DTO; a lookup by number is no write
      code: `import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { CreateCardDto } from './dto/create-card.dto';

@Injectable()
export class CardsService {
  constructor(private readonly prisma: PrismaService) {}

  async create(createCardDto: CreateCardDto) {
    const existing = await this.prisma.card.findUnique({ where: { number: createCardDto.number } });
    if (existing) throw new Error('Card already registered');
    return this.prisma.card.create({ data: createCardDto });
  }
}
`,
      filename: 'src/cards/cards.service.ts',
      output: null,
      errors: [
        { messageId: 'cardDataObjectStored', data: { object: 'createCardDto', name: 'number', access: 'reads', kind: 'the card number (PAN)', sink: 'a Prisma write' }, line: 12, column: 44, endLine: 12, endColumn: 57 },
      ],
    },
    {
      // An Express route in TypeScript: the body's type stated by an assertion, where it is written or where the
      // variable is declared
      code: `import express from 'express';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
class SaveCardDto { userId: string; cardNumber: string; expiry: string; }

export const router = express.Router();
router.post('/cards', async (req, res) => {
  await prisma.card.create({ data: req.body as SaveCardDto });
  const dto = req.body as SaveCardDto;
  await prisma.card.upsert({ where: { userId: dto.userId }, create: dto, update: dto });
  res.sendStatus(201);
});
`,
      filename: 'routes/cards.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'req.body.cardNumber', kind: 'card number (PAN)', sink: 'a Prisma write' }, line: 9, column: 36, endLine: 9, endColumn: 44 },
        { messageId: 'panStored', data: { name: 'dto.cardNumber', kind: 'card number (PAN)', sink: 'a Prisma write' }, line: 11, column: 69, endLine: 11, endColumn: 72 },
        { messageId: 'panStored', data: { name: 'dto.cardNumber', kind: 'card number (PAN)', sink: 'a Prisma write' }, line: 11, column: 82, endLine: 11, endColumn: 85 },
      ],
    },
    {
      // A checkout page keeps its card form's state in localStorage to survive a reload
      code: `import { useEffect, useState } from 'react';

export function CheckoutForm() {
  const [card, setCard] = useState({ number: '', cvc: '', expiry: '' });
  useEffect(() => {
    localStorage.setItem('checkout-card', JSON.stringify(card));
  }, [card]);
  return null;
}
`,
      filename: 'src/CheckoutForm.jsx',
      output: null,
      errors: [{ messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'localStorage' }, line: 6, column: 58, endLine: 6, endColumn: 62 }],
    },
    {
      // A browser extension's background script keeps the card in extension storage (real-world batch Y, probes);
      // brand and last4 beside it are fine
      code: `chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (message.type !== 'save-card') return;
  const { cardNumber, cvc, brand } = message.card;
  chrome.storage.local.set({ savedCard: { cardNumber, cvc, brand } });
  chrome.storage.sync.set({ brand, last4: cardNumber.slice(-4) });
  sendResponse({ ok: true });
});`,
      filename: 'extension/background.js',
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'extension storage' }, line: 4, column: 43, endLine: 4, endColumn: 53 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'extension storage' }, line: 4, column: 55, endLine: 4, endColumn: 58 },
      ],
      output: null,
    },
    {
      // The same service keeping the number with its spaces taken out: every digit
      code: CARD_SERVICE.replace('const splitedNumber = number.slice(-4);', "const splitedNumber = number.split(' ').join('');"),
      filename: 'src/modules/cards/services/CreateCardService.ts',
      errors: [{ messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: 'an ORM repository' }, line: 10, column: 76, endLine: 10, endColumn: 82 }],
      output: null,
    },
    {
      // React Native's encrypted stores (real-world batch N): a CVC is kept even encrypted, and a stored PAN leaves
      // SAQ A; a token and a last4 are not card data
      code: `import * as SecureStore from 'expo-secure-store';
import EncryptedStorage from 'react-native-encrypted-storage';
import AsyncStorage from '@react-native-async-storage/async-storage';

export async function saveCard(card) {
  await SecureStore.setItemAsync('card', JSON.stringify({ cardNumber: card.cardNumber, cvv: card.cvv }));
  await EncryptedStorage.setItem('payment', JSON.stringify({ cvc: card.cvc, last4: card.cardNumber.slice(-4) }));
  await SecureStore.setItemAsync('token', card.token);
  await AsyncStorage.setItem('last4', card.cardNumber.slice(-4));
}
`,
      filename: 'src/storage/card.js',
      languageOptions: { parser: espree, parserOptions: { sourceType: 'module' } },
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'SecureStore' }, line: 6, column: 59, endLine: 6, endColumn: 69 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'SecureStore' }, line: 6, column: 88, endLine: 6, endColumn: 91 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'EncryptedStorage' }, line: 7, column: 62, endLine: 7, endColumn: 65 },
      ],
    },
    {
      // mongoose handed out by a local connection module (real-world batch K: a \`Cards\` model storing PANs in clear)
      code: `const mongoose = require('../../config/db');
module.exports = mongoose.model('Card', new mongoose.Schema({ holder: String, cardNumber: String, cvv: String }));
`,
      filename: 'src/models/cardModel.js',
      output: null,
      languageOptions: { parser: espree },
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a mongoose schema' }, line: 2, column: 79, endLine: 2, endColumn: 89 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a mongoose schema' }, line: 2, column: 99, endLine: 2, endColumn: 102 },
      ],
    },
    {
      // the same as an ES module, and a \`lib/mongoose\` re-export; another local module's \`Schema\` is not mongoose's
      code: `import mongoose from '../config/database.js';
import { Schema } from '../lib/mongoose';
import helpers from '../config/helpers';
export const A = new mongoose.Schema({ cardNumber: String });
export const B = new Schema({ cvv: String });
export const C = new helpers.Schema({ cvv: String });
`,
      filename: 'src/models/payment.mjs',
      output: null,
      languageOptions: { parser: espree, parserOptions: { sourceType: 'module' } },
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a mongoose schema' }, line: 4, column: 40, endLine: 4, endColumn: 50 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a mongoose schema' }, line: 5, column: 31, endLine: 5, endColumn: 34 },
      ],
    },
    {
      // An Express controller whose models are named \`cardModel\` / \`paymentModel\` (real-world batch K): a local module
      // under models/ bound to a name ending in "model" is a model; another name from there (\`helpers\`) is not.
      code: `const cardModel = require('../models/cardModel');
const paymentModel = require('../models/paymentModel');
const helpers = require('../models/helpers');

exports.saveCard = async (req, res) => {
  const card = await cardModel.create({ holder: req.body.holder, cardNumber: req.body.cardNumber, cvv: req.body.cvv });
  await new paymentModel({ amount: req.body.amount, cvv: req.body.cvv }).save();
  await helpers.create({ cvv: req.body.cvv });
  res.json({ id: card._id });
};
`,
      filename: 'controllers/cardControllers.js',
      output: null,
      languageOptions: { parser: espree },
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a database model' }, line: 6, column: 66, endLine: 6, endColumn: 76 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a database model' }, line: 6, column: 99, endLine: 6, endColumn: 102 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a database model' }, line: 7, column: 53, endLine: 7, endColumn: 56 },
      ],
    },
    {
      // A class component's state kept in localStorage whole: a form's model by the keys it starts with, blank, beside
      // flags and numbers (real-world batch 228)
      code: RECHARGE_SCREEN,
      filename: 'src/screens/Recharge.jsx',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'localStorage' }, line: 12, column: 58, endLine: 12, endColumn: 68, suggestions: [] },
      ],
    },
    {
      // Mongoose models called without \`new\` (mongoose's compiled model makes the document either way; real-world batch
      // 228: a charity app's controllers): saved from a variable, with a field set on it first, or where it is made.
      code: `const cardModel = require('../model/card').cardModel;
const pledgeModel = require('../model/pledges').pledgeModel;
const Payment = require('../models/payment');

exports.addCard = (req, res) => {
  const userData = cardModel({
    cardNumber: req.body.cardNumber,
    cardType: req.body.cardType,
    expDate: req.body.expDate,
  });
  userData.save((err) => {
    if (err) return res.status(500).send({ message: 'error' });
    return res.status(201).send({ ok: true });
  });
};

exports.pledge = async (req, res) => {
  const pledge = pledgeModel({ amount: req.body.amount, paymentDate: new Date() });
  pledge.cvv = req.body.cvv;
  await pledge.save();
  await Payment({ amount: req.body.amount, cardNumber: req.body.cardNumber }).save();
  res.send({ ok: true });
};
`,
      filename: 'controllers/card.js',
      output: null,
      languageOptions: { parser: espree },
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a database model' }, line: 7, column: 5, endLine: 7, endColumn: 15 },
        { messageId: 'cardDataObjectStored', data: { object: 'pledge', name: 'cvv', access: 'sets', kind: 'the card security code (CVC)', sink: 'a database model' }, line: 20, column: 9, endLine: 20, endColumn: 15 },
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a database model' }, line: 21, column: 44, endLine: 21, endColumn: 54 },
      ],
    },
    {
      // A document made with \`new\` from a class of the app's schemas module and saved, whatever its local name (real-world
      // batch EZ: a fundraiser's \`cardData\` from \`Schemas/paymentSchema\`); a class from another module is not a model.
      code: `const cardData = require('../Schemas/paymentSchema');
const receipt = require('../helpers/receipt');

exports.pay = (req, res) => {
  const { cardNumber, expMonth, expYear, cvv } = req.body.billdata.debitDetails;
  const cardInfo = new cardData({ amount: req.body.amount, cardNumber, expMonth, expYear, cvv });
  cardInfo.save(() => res.json('ok'));
  const slip = new receipt({ amount: req.body.amount, cardNumber });
  slip.print();
};

exports.saveCard = async (req) => {
  await new cardData({ cardNumber: req.body.cardNumber, cvv: req.body.cvv }).save();
};
`,
      filename: 'controllers/transactions.js',
      output: null,
      languageOptions: { parser: espree },
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a database model' }, line: 6, column: 60, endLine: 6, endColumn: 70 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a database model' }, line: 6, column: 91, endLine: 6, endColumn: 94 },
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a database model' }, line: 13, column: 24, endLine: 13, endColumn: 34 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a database model' }, line: 13, column: 57, endLine: 13, endColumn: 60 },
      ],
    },
    {
      // A whole request body stored where the same function reads its CVC (also through JSON.stringify).
      code: `import { MongoClient } from 'mongodb';
const db = new MongoClient(process.env.MONGO_URL).db('shop');

export async function saveCard(req, res) {
  if (!/^\\d{3,4}$/.test(req.body.cvc)) return res.status(400).end();
  await db.collection('payments').insertOne(req.body);
  localStorage.setItem('card', JSON.stringify(req.body));
  res.end();
}
`,
      output: null,
      errors: [
        { messageId: 'cardDataObjectStored', data: { object: 'req.body', name: 'cvc', access: 'reads', kind: 'the card security code (CVC)', sink: 'a MongoDB write' }, line: 6, column: 45, endLine: 6, endColumn: 53 },
        { messageId: 'cardDataObjectStored', data: { object: 'req.body', name: 'cvc', access: 'reads', kind: 'the card security code (CVC)', sink: 'localStorage' }, line: 7, column: 32, endLine: 7, endColumn: 56 },
      ],
    },
    {
      // In Stripe code `source` is the Charges API card source: its `number` is a PAN wherever it is stored.
      code: `
import Stripe from 'stripe';
import mongoose from 'mongoose';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const Charge = mongoose.model('Charge', new mongoose.Schema({ source: { number: String }, stripeId: String }));

export async function charge(source: { number: string }) {
  const charge = await stripe.charges.create({ amount: 1000, currency: 'usd', source: 'tok_visa' });
  await Charge.create({ source: { number: source.number }, stripeId: charge.id });
}
`,
      errors: [
        { messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: 'a mongoose schema' }, line: 6, column: 73, endLine: 6, endColumn: 79 },
        { messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: 'a database model' }, line: 10, column: 35, endLine: 10, endColumn: 41 },
      ],
      output: null,
    },
    {
      // Store writes whatever the callee or target looks like: computed, in TS wrappers, optional, aliased imports; cookies and SQL.
      code: `
import Redis from 'ioredis';
import { writeFileSync as save } from 'node:fs';

const redis = new Redis();

export async function keep(card: { number: string; cvc: string }, db: { query(sql: string, params: unknown[]): Promise<void> }) {
  redis['set']('k', card.number);
  (redis.hset as any)('h', 'cvc', card.cvc);
  redis?.lpush('l', card.cvc);
  save('card.txt', card.number);
  (document as any).cookie = 'cvc=' + card.cvc;
  document['cookie'] = \`pan=\${card.number}\`;
  await db.query(\`INSERT INTO cards (card_number, cvc) VALUES (?, ?)\`, [card.number, card.cvc]);
  await db.query('\\n  UPDATE payments SET cvv = ? WHERE id = ?', [card.cvc, 1]);
}
`,
      errors: [
        { messageId: 'panStored', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'a Redis / cache store' }, line: 8, column: 21, endLine: 8, endColumn: 32 },
        { messageId: 'authDataStored', data: { name: 'card.cvc', kind: 'card security code (CVC)', sink: 'a Redis / cache store' }, line: 9, column: 35, endLine: 9, endColumn: 43 },
        { messageId: 'authDataStored', data: { name: 'card.cvc', kind: 'card security code (CVC)', sink: 'a Redis / cache store' }, line: 10, column: 21, endLine: 10, endColumn: 29 },
        { messageId: 'panStored', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'a file' }, line: 11, column: 20, endLine: 11, endColumn: 31 },
        { messageId: 'authDataStored', data: { name: 'card.cvc', kind: 'card security code (CVC)', sink: 'a cookie' }, line: 12, column: 39, endLine: 12, endColumn: 47 },
        { messageId: 'panStored', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'a cookie' }, line: 13, column: 31, endLine: 13, endColumn: 42 },
        { messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'a SQL statement' }, line: 14, column: 38, endLine: 14, endColumn: 49 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a SQL statement' }, line: 14, column: 51, endLine: 14, endColumn: 54 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a SQL statement' }, line: 15, column: 43, endLine: 15, endColumn: 46 },
      ],
      output: null,
    },
    {
      // A name spelled with an escape is read as the string's value.
      code: `
export function remember(code: string) {
  localStorage.setItem('\\x63vc', code);
}
`,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'localStorage' }, line: 3, column: 24, endLine: 3, endColumn: 32 },
      ],
      output: null,
    },
    {
      code: `
import mongoose, { Schema } from 'mongoose';

const paymentCardSchema = new Schema(
  {
    userId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    cardNumber: { type: String, required: true },
    cvv: { type: String, select: false },
    brand: String,
    last4: String,
    expMonth: Number,
    expYear: Number,
  },
  { timestamps: true },
);

paymentCardSchema.add({ billing: { card: { number: String, cvc: String } } });

export const PaymentCard = mongoose.model('PaymentCard', paymentCardSchema);
`,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a mongoose schema' }, line: 7, column: 5, endLine: 7, endColumn: 15 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a mongoose schema' }, line: 8, column: 5, endLine: 8, endColumn: 8 },
        { messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: 'a mongoose schema' }, line: 17, column: 44, endLine: 17, endColumn: 50 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a mongoose schema' }, line: 17, column: 60, endLine: 17, endColumn: 63 },
      ],
      output: null,
    },
    {
      code: `
const mongoose = require('mongoose');

const orderSchema = new mongoose.Schema({
  total: Number,
  credit_card_number: String,
  cards: [{ number: String, exp_month: Number, exp_year: Number }],
});

module.exports = mongoose.model('Order', orderSchema);
`,
      languageOptions: { parser: espree },
      errors: [
        { messageId: 'panStored', data: { name: 'credit_card_number', kind: 'card number (PAN)', sink: 'a mongoose schema' }, line: 6, column: 3, endLine: 6, endColumn: 21 },
        { messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: 'a mongoose schema' }, line: 7, column: 13, endLine: 7, endColumn: 19 },
      ],
      output: null,
    },
    {
      // A model defined on the app's own Sequelize instance (\`./config/db\`, the usual layout: real-world batch AC):
      // its writes are model writes; the attributes it declares say nothing about cards here
      code: `
import { DataTypes } from 'sequelize';
import { sequelize } from '../config/db';

export const SavedCard = sequelize.define('SavedCard', { holder: DataTypes.STRING, brand: DataTypes.STRING });

export async function saveCard(req, res) {
  const { cardNumber, cvc, holder } = req.body;
  await SavedCard.create({ cardNumber, cvc, holder });
  await new SavedCard({ cardNumber }).save();
  res.sendStatus(201);
}
`,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a database model' }, line: 9, column: 28, endLine: 9, endColumn: 38 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a database model' }, line: 9, column: 40, endLine: 9, endColumn: 43 },
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a database model' }, line: 10, column: 25, endLine: 10, endColumn: 35 },
      ],
      output: null,
    },
    {
      code: `
import { DataTypes, Model, Sequelize } from 'sequelize';

const sequelize = new Sequelize(process.env.DATABASE_URL!);

export const CreditCard = sequelize.define('CreditCard', {
  number: { type: DataTypes.STRING, allowNull: false },
  expiry: DataTypes.STRING,
  holderName: DataTypes.STRING,
});

export class Payment extends Model {}
Payment.init(
  { amount: DataTypes.INTEGER, cvvCode: { type: DataTypes.STRING, field: 'card_cvv' } },
  { sequelize, tableName: 'payments' },
);
`,
      errors: [
        { messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: 'a Sequelize model' }, line: 7, column: 3, endLine: 7, endColumn: 9 },
        { messageId: 'authDataStored', data: { name: 'cvvCode', kind: 'card security code (CVC)', sink: 'a Sequelize model' }, line: 14, column: 32, endLine: 14, endColumn: 39 },
      ],
      output: null,
    },
    {
      code: `
import { Column, DataType, Model, Table } from 'sequelize-typescript';

@Table({ tableName: 'cards' })
export class Card extends Model {
  @Column(DataType.STRING)
  number!: string;

  @Column
  expMonth!: number;

  @Column({ field: 'security_code' })
  securityCode!: string;
}
`,
      errors: [
        { messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: 'a sequelize-typescript model' }, line: 7, column: 3, endLine: 7, endColumn: 9 },
        { messageId: 'authDataStored', data: { name: 'securityCode', kind: 'card security code (CVC)', sink: 'a sequelize-typescript model' }, line: 13, column: 3, endLine: 13, endColumn: 15 },
      ],
      output: null,
    },
    {
      code: `
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('payment_methods')
export class PaymentMethodEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'card_number', length: 19 })
  cardNumber!: string;

  @Column({ nullable: true })
  cvc?: string;

  @Column()
  last4!: string;

  @Column()
  brand!: string;

  @CreateDateColumn()
  createdAt!: Date;
}
`,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a TypeORM entity' }, line: 10, column: 3, endLine: 10, endColumn: 13 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a TypeORM entity' }, line: 13, column: 3, endLine: 13, endColumn: 6 },
      ],
      output: null,
    },
    {
      code: `
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

@Entity()
export class SavedCard {
  @PrimaryKey()
  id!: number;

  @Property({ fieldName: 'pan' })
  primaryAccountNumber!: string;

  @Property()
  expiry!: string;
}
`,
      errors: [
        { messageId: 'panStored', data: { name: 'primaryAccountNumber', kind: 'card number (PAN)', sink: 'a MikroORM entity' }, line: 10, column: 3, endLine: 10, endColumn: 23 },
      ],
      output: null,
    },
    {
      code: `
import { integer, pgTable, serial, text, varchar } from 'drizzle-orm/pg-core';

export const cards = pgTable('cards', {
  id: serial('id').primaryKey(),
  userId: integer('user_id').notNull(),
  number: varchar('number', { length: 19 }).notNull(),
  cvc: text('cvc'),
  expMonth: integer('exp_month'),
});
`,
      errors: [
        { messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: 'a Drizzle table' }, line: 7, column: 3, endLine: 7, endColumn: 9 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a Drizzle table' }, line: 8, column: 3, endLine: 8, endColumn: 6 },
      ],
      output: null,
    },
    {
      // A TypeORM migration (real-world batch R): the order keeps the card's number and CVV; a column added later too
      code: `
import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';

export class CreateOrdersTable1626546383662 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'orders',
        columns: [
          { name: 'id', type: 'uuid', isPrimary: true, generationStrategy: 'uuid', default: 'uuid_generate_v4()' },
          { name: 'total', type: 'decimal', precision: 10, scale: 2 },
          { name: 'credit_card_number', type: 'varchar' },
          { name: 'credit_card_name', type: 'varchar' },
          { name: 'credit_card_expiration_month', type: 'int' },
          { name: 'credit_card_cvv', type: 'varchar' },
          { name: 'status', type: 'varchar' },
        ],
      }),
      true,
    );
    await queryRunner.addColumn('orders', new TableColumn({ name: 'card_last4', type: 'varchar', isNullable: true }));
    await queryRunner.addColumn('orders', new TableColumn({ name: 'card_cvc', type: 'varchar', isNullable: true }));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('orders');
  }
}
`,
      errors: [
        { messageId: 'panStored', data: { name: 'credit_card_number', kind: 'card number (PAN)', sink: 'a TypeORM migration' }, line: 12, column: 19, endLine: 12, endColumn: 39 },
        { messageId: 'authDataStored', data: { name: 'credit_card_cvv', kind: 'card security code (CVC)', sink: 'a TypeORM migration' }, line: 15, column: 19, endLine: 15, endColumn: 36 },
        { messageId: 'authDataStored', data: { name: 'card_cvc', kind: 'card security code (CVC)', sink: 'a TypeORM migration' }, line: 22, column: 67, endLine: 22, endColumn: 77 },
      ],
      output: null,
    },
    {
      code: `
exports.up = function (knex) {
  return knex.schema.createTable('payment_cards', (table) => {
    table.increments('id');
    table.string('card_number', 19).notNullable();
    table.string('cvv', 4);
    table.integer('exp_month');
    table.string('brand');
  });
};
`,
      languageOptions: { parser: espree },
      errors: [
        { messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'a Knex schema' }, line: 5, column: 18, endLine: 5, endColumn: 31 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a Knex schema' }, line: 6, column: 18, endLine: 6, endColumn: 23 },
      ],
      output: null,
    },
    {
      code: `
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { CreateCardDto } from './dto/create-card.dto';

@Injectable()
export class CardsService {
  constructor(private readonly prisma: PrismaService) {}

  async create(userId: string, dto: CreateCardDto) {
    return this.prisma.card.create({
      data: { userId, number: dto.number, expMonth: dto.expMonth, expYear: dto.expYear, brand: dto.brand },
    });
  }

  async updateCvc(id: string, dto: CreateCardDto) {
    return this.prisma.card.update({ where: { id }, data: { cvc: dto.cvc } });
  }
}
`,
      errors: [
        { messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: 'a Prisma write' }, line: 12, column: 23, endLine: 12, endColumn: 29 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a Prisma write' }, line: 17, column: 61, endLine: 17, endColumn: 64 },
      ],
      output: null,
    },
    {
      // A Convex mutation stores its args whole: they hold what its validators declare (real-world batch 94); a flag
      // named for the CVC (\`v.boolean()\`) is no CVC
      code: `import { v } from 'convex/values';
import { mutation } from './_generated/server';

export const addCard = mutation({
  args: { cardNumber: v.string(), cvc: v.string(), remember: v.boolean() },
  handler: async (ctx, args) => {
    await ctx.db.insert('cards', args);
    await ctx.db.insert('orders', { ...args, status: 'new' });
  },
});
export const flags = mutation({
  args: { cvc: v.boolean(), userId: v.id('users') },
  handler: async (ctx, args) => ctx.db.insert('prefs', args),
});
`,
      filename: 'convex/cards.ts',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a Convex write' }, line: 7, column: 34, endLine: 7, endColumn: 38 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a Convex write' }, line: 8, column: 40, endLine: 8, endColumn: 44 },
      ],
    },
    {
      // A class parses cards into a field in one method and saves the field in another (real-world batch 92)
      code: `class CardStore {
  constructor(area) {
    this.area = area;
    this.cards = [];
  }

  parse(text) {
    this.cards = text
      .split('\\n')
      .filter(Boolean)
      .map((line) => {
        const [number, expiry, cvc] = line.split('|');
        return { number, expiry, cvc };
      });
  }

  async save() {
    await chrome.storage.local.set({ cards: this.cards });
  }
}

export const store = new CardStore('local');
`,
      filename: 'extension/card-store.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'extension storage' }, line: 18, column: 45, endLine: 18, endColumn: 55 },
      ],
    },
    {
      // A page keeps the cards its form adds in a list in localStorage: the list holds what is pushed into it
      // (real-world batch 92)
      code: `const form = document.querySelector('#add-card');

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const cards = JSON.parse(localStorage.getItem('cards') ?? '[]');
  cards.push({
    holder: form.holder.value,
    cardNumber: form.cardNumber.value,
    expiry: form.expiry.value,
    cvv: form.cvv.value,
  });
  localStorage.setItem('cards', JSON.stringify(cards));
  form.reset();
});
`,
      filename: 'public/js/wallet.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'localStorage' }, line: 12, column: 48, endLine: 12, endColumn: 53 },
      ],
    },
    {
      // A browser extension imports a list of cards into its storage: the list holds the objects the map returns
      // (real-world batch 92)
      code: `const input = document.getElementById('bulk-cards');

document.getElementById('import').addEventListener('click', async () => {
  const cards = input.value
    .split('\\n')
    .filter(Boolean)
    .map((line) => {
      const [number, expiry, cvc] = line.split('|').map((part) => part.trim());
      return { number, expiry, cvc };
    });
  await chrome.storage.local.set({ cards });
  input.value = '';
});
`,
      filename: 'extension/popup.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'extension storage' }, line: 11, column: 36, endLine: 11, endColumn: 41 },
      ],
    },
    {
      // The same import appended to the cards already stored: a list holds what is spread into it too
      code: `const input = document.getElementById('bulk-cards');

async function importCards() {
  const { cards = [] } = await chrome.storage.local.get('cards');
  const lines = input.value.split('\\n').filter(Boolean);
  cards.push(
    ...lines.map((line) => {
      const [number, expiry, cvc] = line.split('|');
      return { number, expiry, cvc, addedAt: Date.now() };
    }),
  );
  await chrome.storage.local.set({ cards });
}

document.getElementById('import').addEventListener('click', importCards);
`,
      filename: 'extension/popup.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'extension storage' }, line: 12, column: 36, endLine: 12, endColumn: 41 },
      ],
    },
    {
      // A request body the handler checks for a card, written in an array or copied by a spread (real-world batch 91)
      code: `
import express from 'express';
import { supabase } from './lib/supabase';

const app = express();
app.post('/orders', express.json(), async (req, res) => {
  if (!req.body.cardNumber || !req.body.cvv) return res.status(400).json({ error: 'card required' });
  await supabase.from('orders').insert([req.body]);
  await supabase.from('order_log').insert({ ...req.body, status: 'pending' });
  await supabase.from('order_audit').insert({ ...req.body, cvv: undefined, cardNumber: undefined });
  res.sendStatus(201);
});
`,
      errors: [
        { messageId: 'cardDataObjectStored', data: { object: 'req.body', name: 'cvv', access: 'reads', kind: 'the card security code (CVC)', sink: 'a Supabase write' }, line: 8, column: 40, endLine: 8, endColumn: 50 },
        { messageId: 'cardDataObjectStored', data: { object: 'req.body', name: 'cvv', access: 'reads', kind: 'the card security code (CVC)', sink: 'a Supabase write' }, line: 9, column: 43, endLine: 9, endColumn: 77 },
      ],
      output: null,
    },
    {
      code: `
import { v } from 'convex/values';
import { mutation } from './_generated/server';

export const addCard = mutation({
  args: { cardNumber: v.string(), cvc: v.string(), expiry: v.string(), name: v.string() },
  handler: async (ctx, args) => {
    const userId = await ctx.auth.getUserIdentity();
    return await ctx.db.insert('cards', {
      owner: userId?.subject,
      cardNumber: args.cardNumber,
      cvc: args.cvc,
      expiry: args.expiry,
      name: args.name,
    });
  },
});
`,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a Convex write' }, line: 11, column: 7, endLine: 11, endColumn: 17 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a Convex write' }, line: 12, column: 7, endLine: 12, endColumn: 10 },
      ],
      output: null,
    },
    {
      code: `
import { pb } from '@/lib/pocketbase';
import { Client, Databases, ID } from 'appwrite';

const databases = new Databases(new Client().setEndpoint('https://cloud.appwrite.io/v1').setProject('shop'));

export async function checkout(form: { cardNumber: string; cvv: string; total: number }) {
  await pb.collection('orders').create({ total: form.total, card_number: form.cardNumber });
  await databases.createDocument('shop', 'payments', ID.unique(), { total: form.total, cvv: form.cvv });
}
`,
      errors: [
        { messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'a PocketBase write' }, line: 8, column: 61, endLine: 8, endColumn: 72 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'an Appwrite write' }, line: 9, column: 88, endLine: 9, endColumn: 91 },
      ],
      output: null,
    },
    {
      code: `
'use server';
import { createClient } from '@/utils/supabase/server';

export async function addCard(formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  const { error } = await supabase.from('saved_cards').insert({
    user_id: user?.id,
    card_number: formData.get('cardNumber'),
    cvv: formData.get('cvv'),
    expiry: formData.get('expiry'),
  });
  if (error) throw new Error(error.message);
}
`,
      errors: [
        { messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'a Supabase write' }, line: 10, column: 5, endLine: 10, endColumn: 16 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a Supabase write' }, line: 11, column: 5, endLine: 11, endColumn: 8 },
      ],
      output: null,
    },
    {
      code: `
import { supabase } from '../lib/supabaseClient';

export function useSaveCard() {
  return async (card: { number: string; cvc: string; holder: string }) => {
    await supabase.from('customers').upsert({ id: card.holder, card_cvc: card.cvc }, { onConflict: 'id' });
    await supabase.from('customers').update({ card_number: card.number }).eq('id', card.holder);
  };
}
`,
      errors: [
        { messageId: 'authDataStored', data: { name: 'card_cvc', kind: 'card security code (CVC)', sink: 'a Supabase write' }, line: 6, column: 64, endLine: 6, endColumn: 72 },
        { messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'a Supabase write' }, line: 7, column: 47, endLine: 7, endColumn: 58 },
      ],
      output: null,
    },
    {
      // A client component keeps its Supabase client in React's useMemo (real-world batch 91)
      code: `
'use client';
import { useMemo, useState } from 'react';
import { createBrowserClient } from '@supabase/ssr';

export function AddCardForm({ userId }: { userId: string }) {
  const db = useMemo(() => createBrowserClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!), []);
  const [card, setCard] = useState({ number: '', expiry: '', cvc: '' });

  async function save() {
    await db.from('cards').insert({ user_id: userId, card_number: card.number, expiry: card.expiry });
  }

  return <button onClick={save} disabled={!card.number}>Save card</button>;
}
`,
      filename: 'components/add-card-form.tsx',
      errors: [
        { messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'a Supabase write' }, line: 11, column: 54, endLine: 11, endColumn: 65 },
      ],
      output: null,
    },
    {
      // A Knex instance from the app's own module, named for the connection (real-world batch 231).
      code: `const connection = require('../database/connection');

module.exports = {
  async create(req, res) {
    const { card_number, card_name, expire_date, cvv } = req.body;
    const [id] = await connection('payments').insert({ card_number, card_name, expire_date, cvv, user_id: req.userId });
    return res.status(201).json({ id });
  },
};
`,
      errors: [
        { messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'a query-builder write' }, line: 6, column: 56, endLine: 6, endColumn: 67 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a query-builder write' }, line: 6, column: 93, endLine: 6, endColumn: 96 },
      ],
      output: null,
    },
    {
      code: `
import express from 'express';
import knex from 'knex';

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });
const app = express();

app.post('/checkout', async (req, res) => {
  const { cardNumber, cvc, amount } = req.body;
  await db('orders').insert({ amount, card_number: cardNumber, status: 'pending' });
  await db('users').where({ id: req.user.id }).update({ card_cvc: cvc });
  res.sendStatus(201);
});
`,
      errors: [
        { messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'a query-builder write' }, line: 10, column: 39, endLine: 10, endColumn: 50 },
        { messageId: 'authDataStored', data: { name: 'card_cvc', kind: 'card security code (CVC)', sink: 'a query-builder write' }, line: 11, column: 57, endLine: 11, endColumn: 65 },
      ],
      output: null,
    },
    {
      code: `
import { MongoClient } from 'mongodb';

const client = new MongoClient(process.env.MONGO_URL!);
const payments = client.db('shop').collection('payments');

export async function savePayment(req: { body: { card: { number: string; cvc: string } } }) {
  await payments.insertOne({ createdAt: new Date(), pan: req.body.card.number });
  await payments.updateOne({ status: 'open' }, { $set: { cvc: req.body.card.cvc } });
}
`,
      errors: [
        { messageId: 'panStored', data: { name: 'req.body.card.number', kind: 'card number (PAN)', sink: 'a MongoDB write' }, line: 8, column: 58, endLine: 8, endColumn: 78 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a MongoDB write' }, line: 9, column: 58, endLine: 9, endColumn: 61 },
      ],
      output: null,
    },
    {
      code: `
import { addDoc, collection, doc, getFirestore, setDoc } from 'firebase/firestore';

const db = getFirestore();

export async function saveCard(uid: string, form: { cardNumber: string; cvc: string; expiry: string }) {
  await setDoc(doc(db, 'users', uid), { cardNumber: form.cardNumber }, { merge: true });
  await addDoc(collection(db, 'payments'), { uid, cvc: form.cvc, expiry: form.expiry });
}
`,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a Firestore write' }, line: 7, column: 41, endLine: 7, endColumn: 51 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a Firestore write' }, line: 8, column: 51, endLine: 8, endColumn: 54 },
      ],
      output: null,
    },
    {
      code: `
const admin = require('firebase-admin');

exports.storeCard = async (uid, card) => {
  await admin.firestore().collection('customers').doc(uid).set({ cardCvv: card.cvv }, { merge: true });
};
`,
      languageOptions: { parser: espree },
      errors: [
        { messageId: 'authDataStored', data: { name: 'cardCvv', kind: 'card security code (CVC)', sink: 'a Firestore write' }, line: 5, column: 66, endLine: 5, endColumn: 73 },
      ],
      output: null,
    },
    {
      // Firestore's \`arrayUnion(…)\`: each value it adds is stored in the array field (real-world batch 331)
      code: `const functions = require('firebase-functions');
const admin = require('firebase-admin');

admin.initializeApp();
const db = admin.firestore();

exports.addCard = functions.https.onCall(async (data, context) => {
  const { cardNumber, expiry, cvc } = data;
  await db.doc(\`users/\${context.auth.uid}\`).update({
    cards: admin.firestore.FieldValue.arrayUnion({ cardNumber, expiry, cvc }),
  });
  return { ok: true };
});
`,
      filename: 'functions/index.js',
      languageOptions: { parser: espree },
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a Firestore write' }, line: 10, column: 52, endLine: 10, endColumn: 62 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a Firestore write' }, line: 10, column: 72, endLine: 10, endColumn: 75 },
      ],
      output: null,
    },
    {
      // Netlify Blobs: a store's \`setJSON\` / \`set\` (real-world batch 331)
      code: `import { getStore } from '@netlify/blobs';
import type { Context } from '@netlify/functions';

export default async (req: Request, context: Context) => {
  const { userId, cardNumber, cvc, expiry } = await req.json();
  const store = getStore('cards');
  await store.setJSON(userId, { cardNumber, cvc, expiry });
  await getStore({ name: 'payments', consistency: 'strong' }).set(\`card:\${userId}\`, JSON.stringify({ cardNumber }));
  return new Response('ok');
};
`,
      filename: 'netlify/functions/save-card.ts',
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'Netlify Blobs' }, line: 7, column: 33, endLine: 7, endColumn: 43 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'Netlify Blobs' }, line: 7, column: 45, endLine: 7, endColumn: 48 },
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'Netlify Blobs' }, line: 8, column: 102, endLine: 8, endColumn: 112 },
      ],
      output: null,
    },
    {
      // A bare \`pan\` beside a CVC is the card's number (real-world batch FE: a gym's finance record); a tax record's
      // \`pan\` (India's tax id) is not
      code: `const mongoose = require('mongoose');
const FinanceInfoSchema = new mongoose.Schema({
  card_holder_name: { type: String },
  pan: { type: String, default: '' },
  cvv: { type: String },
  expiry_date: { type: String, required: true },
});
const TaxSchema = new mongoose.Schema({ name: String, pan: String, dob: Date });
module.exports = { finance: mongoose.model('Finance_info', FinanceInfoSchema), tax: mongoose.model('Tax', TaxSchema) };
`,
      filename: 'models/finance_info.js',
      output: null,
      languageOptions: { parser: espree },
      errors: [
        { messageId: 'panStored', data: { name: 'pan', kind: 'card number (PAN)', sink: 'a mongoose schema' }, line: 4, column: 3, endLine: 4, endColumn: 6 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a mongoose schema' }, line: 5, column: 3, endLine: 5, endColumn: 6 },
      ],
    },
    {
      // Sequelize models handed to Apollo resolvers in their context (real-world batch FD)
      code: `export default {
  Mutation: {
    createCreditCard: async (parent, args, { me, models }) => {
      return models.PaymentInfo.create({
        cardNumber: args.cardNumber,
        cvv: args.cvv,
        userId: me.id,
      });
    },
  },
};
`,
      filename: 'src/resolvers/creditCard.js',
      output: null,
      languageOptions: { parser: espree },
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a database model' }, line: 5, column: 9, endLine: 5, endColumn: 19 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a database model' }, line: 6, column: 9, endLine: 6, endColumn: 12 },
      ],
    },
    {
      // Edge runtimes' stores (real-world batch FA): a Worker's KV binding, Hono's c.env, a Durable Object's own storage;
      // an R2 put of a receipt text and a class's own Map-like field are not card data or not a store
      code: `import { Hono } from 'hono';
import { DurableObject } from 'cloudflare:workers';

type Env = { CARDS: KVNamespace; RECEIPTS: R2Bucket };

export default {
  async fetch(request: Request, env: Env) {
    const { cardNumber, cvc } = (await request.json()) as { cardNumber: string; cvc: string };
    await env.CARDS.put(\`card:\${crypto.randomUUID()}\`, JSON.stringify({ cardNumber, cvc }));
    await env.RECEIPTS.put('receipt.txt', 'thanks');
    return new Response('ok');
  },
};

const app = new Hono<{ Bindings: Env }>();
app.post('/cards', async (c) => {
  const body = await c.req.json();
  await c.env.CARDS.put(body.id, JSON.stringify({ number: body.card.number, cvv: body.card.cvv }));
  return c.text('ok');
});

export class Vault extends DurableObject {
  async save(cardNumber: string, cvv: string) {
    await this.ctx.storage.put('card', { cardNumber, cvv });
    await this.ctx.storage.put({ lastCvv: cvv });
  }
}

export class Plain {
  storage = new Map();
  save(cardNumber: string) { this.storage.put('card', { cardNumber }); }
}
`,
      filename: 'src/worker.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'Workers KV / R2' }, line: 9, column: 73, endLine: 9, endColumn: 83 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'Workers KV / R2' }, line: 9, column: 85, endLine: 9, endColumn: 88 },
        { messageId: 'panStored', data: { name: 'body.card.number', kind: 'card number (PAN)', sink: 'Workers KV / R2' }, line: 18, column: 59, endLine: 18, endColumn: 75 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'Workers KV / R2' }, line: 18, column: 77, endLine: 18, endColumn: 80 },
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: "a Durable Object's storage" }, line: 24, column: 42, endLine: 24, endColumn: 52 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: "a Durable Object's storage" }, line: 24, column: 54, endLine: 24, endColumn: 57 },
        { messageId: 'authDataStored', data: { name: 'lastCvv', kind: 'card security code (CVC)', sink: "a Durable Object's storage" }, line: 25, column: 34, endLine: 25, endColumn: 41 },
      ],
    },
    {
      // A checkout-autofill extension's settings page (real-world batch FH): the save helper reads the stored data first
      // and writes the profile from inside that read's callback, put into a local object.
      code: `function getFormData() {
  return {
    name: document.getElementById('profile-name').value,
    card: {
      number: document.getElementById('card-number').value.trim(),
      expiry: document.getElementById('card-expiry').value.trim(),
      cvv: document.getElementById('cvv').value.trim(),
    },
  };
}

function saveProfile(profile) {
  chrome.storage.local.get(['data'], function (result) {
    const data = {};
    data.profile = profile;
    data.updatedAt = Date.now();
    chrome.storage.local.set({ data: data }, () => showToast('Profile saved'));
  });
}

document.getElementById('save').addEventListener('click', () => {
  const formData = getFormData();
  saveProfile(formData);
});
`,
      filename: 'src/js/pages/settings.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: 'extension storage, through `saveProfile()`' }, line: 5, column: 7, endLine: 5, endColumn: 13 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'extension storage, through `saveProfile()`' }, line: 7, column: 7, endLine: 7, endColumn: 10 },
      ],
    },
    {
      // A private helper of the class that writes to localStorage (\`this.#remember(…)\`; real-world batch 282's
      // leftover), followed as a public one is; the card brand it also writes is no card data.
      code: `export class CheckoutDraft {
  #remember(key, value) {
    localStorage.setItem(key, JSON.stringify(value));
  }

  save(form) {
    this.#remember('checkout-draft', { email: form.email, card: { number: form.cardNumber, cvc: form.cvc } });
    this.#remember('checkout-brand', form.cardBrand);
  }
}
`,
      filename: 'src/checkout/draft.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: 'localStorage, through `#remember()`' }, line: 7, column: 67, endLine: 7, endColumn: 73 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'localStorage, through `#remember()`' }, line: 7, column: 92, endLine: 7, endColumn: 95 },
      ],
    },
    {
      // Two private helpers, one handing on to the other (regression probe 285), as two public ones are followed
      code: `export class Draft {
  #save(key, value) { this.#persist(key, JSON.stringify(value)); }
  #persist(key, text) { localStorage.setItem(key, text); }
  keep(form) {
    this.#save('draft', { card: form.cardNumber, cvc: form.cvc, last4: form.cardNumber.slice(-4) });
  }
}
`,
      filename: 'src/checkout/draft-store.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'form.cardNumber', kind: 'card number (PAN)', sink: 'localStorage, through `#persist()`, through `#save()`' }, line: 5, column: 33, endLine: 5, endColumn: 48 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'localStorage, through `#persist()`, through `#save()`' }, line: 5, column: 50, endLine: 5, endColumn: 53 },
      ],
    },
    {
      // A constructor's prototype method that writes to localStorage, called by another one on the instance; the last
      // four digits it also writes are no PAN
      code: `function CardStore(prefix) {
  this.prefix = prefix || 'checkout:';
}

CardStore.prototype.write = function (key, value) {
  window.localStorage.setItem(this.prefix + key, JSON.stringify(value));
};

CardStore.prototype.remember = function (card) {
  this.write('card', { holder: card.holder, number: card.number, expiry: card.expiry });
  this.write('last4', card.number.slice(-4));
};

module.exports = CardStore;
`,
      filename: 'src/js/card-store.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'localStorage, through \`write()\`' }, line: 10, column: 53, endLine: 10, endColumn: 64 },
      ],
    },
    {
      // A Hono app on Workers that takes its KV binding out of `c.env` first.
      code: `import { Hono } from 'hono';

type Bindings = { CARDS: KVNamespace };
const app = new Hono<{ Bindings: Bindings }>();

app.post('/cards', async (c) => {
  const { cardNumber, cvv, expiry } = await c.req.json();
  const { CARDS } = c.env;
  await CARDS.put(crypto.randomUUID(), JSON.stringify({ cardNumber, cvv, expiry }));
  return c.json({ ok: true });
});

export default app;
`,
      filename: 'src/index.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'Workers KV / R2' }, line: 9, column: 57, endLine: 9, endColumn: 67 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'Workers KV / R2' }, line: 9, column: 69, endLine: 9, endColumn: 72 },
      ],
    },
    {
      // Deno KV, opened in the module
      code: `const kv = await Deno.openKv();

export async function saveCard(id: string, cardNumber: string, cvc: string) {
  await kv.set(['cards', id], { cardNumber, cvc });
}
`,
      filename: 'main.ts',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'Deno KV' }, line: 4, column: 33, endLine: 4, endColumn: 43 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'Deno KV' }, line: 4, column: 45, endLine: 4, endColumn: 48 },
      ],
    },
    {
      code: `
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event: { body: string }) => {
  const { orderId, cardNumber } = JSON.parse(event.body);
  await ddb.send(new PutCommand({ TableName: 'Orders', Item: { orderId, cardNumber } }));
};
`,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a DynamoDB write' }, line: 9, column: 73, endLine: 9, endColumn: 83 },
      ],
      output: null,
    },
    {
      code: `
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL);

export async function cacheCheckout(sessionId: string, body: { cardNumber: string; cvc: string }) {
  await redis.set(\`checkout:\${sessionId}\`, JSON.stringify({ cardNumber: body.cardNumber }), 'EX', 900);
  await redis.hset(\`checkout:\${sessionId}:card\`, 'cvc', body.cvc);
}
`,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a Redis / cache store' }, line: 7, column: 61, endLine: 7, endColumn: 71 },
        { messageId: 'authDataStored', data: { name: 'body.cvc', kind: 'card security code (CVC)', sink: 'a Redis / cache store' }, line: 8, column: 57, endLine: 8, endColumn: 65 },
      ],
      output: null,
    },
    {
      // A store module required with comments, blanks, \`?.\` or escapes in its specifier is still found.
      code: `
// Store clients required in unusual spellings are still store clients.
const Store = require /* the shared client */ ( 'ior\\x65dis' );
const store = new Store();
const session = new (require?.("@upstash/redis").Redis)();

export async function remember(cvc: string, cardNumber: string) {
  await store.set('checkout:cvc', cvc);
  await session.set('checkout:pan', cardNumber);
}
`,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a Redis / cache store' }, line: 8, column: 35, endLine: 8, endColumn: 38 },
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a Redis / cache store' }, line: 9, column: 37, endLine: 9, endColumn: 47 },
      ],
      output: null,
    },
    {
      code: `
import type { Request } from 'express';

// The client module is found through its specifier, however the specifier is written.
const Cache = require('io\\x72edis');
const vault = new Cache();

export async function saveCheckout(req: Request) {
  await vault.set('checkout', req.body.cvc);
}
`,
      errors: [
        { messageId: 'authDataStored', data: { name: 'req.body.cvc', kind: 'card security code (CVC)', sink: 'a Redis / cache store' }, line: 9, column: 31, endLine: 9, endColumn: 43 },
      ],
      output: null,
    },
    {
      code: `
import { Pool } from 'pg';

const pool = new Pool();

export async function recordPayment(orderId: string, cardNumber: string, cvv: string) {
  await pool.query('INSERT INTO payments (order_id, card_number, cvv) VALUES ($1, $2, $3)', [orderId, cardNumber, cvv]);
  await pool.query(\`UPDATE orders SET status = 'paid', card_cvc = $1 WHERE id = \${orderId}\`, [cvv]);
}
`,
      errors: [
        { messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'a SQL statement' }, line: 7, column: 53, endLine: 7, endColumn: 64 },
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a SQL statement' }, line: 7, column: 66, endLine: 7, endColumn: 69 },
        { messageId: 'authDataStored', data: { name: 'card_cvc', kind: 'card security code (CVC)', sink: 'a SQL statement' }, line: 8, column: 56, endLine: 8, endColumn: 64 },
      ],
      output: null,
    },
    {
      code: `
import { useState } from 'react';

export function CheckoutForm() {
  const [cardNumber, setCardNumber] = useState('');
  const onSubmit = () => {
    localStorage.setItem('checkout', JSON.stringify({ cardNumber }));
    window.sessionStorage.setItem('cvc', (document.getElementById('cvc') as HTMLInputElement).value);
  };
  return <form onSubmit={onSubmit}><input value={cardNumber} onChange={(e) => setCardNumber(e.target.value)} /></form>;
}
`,
      filename: 'checkout.tsx',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'localStorage' }, line: 7, column: 55, endLine: 7, endColumn: 65 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'sessionStorage' }, line: 8, column: 42, endLine: 8, endColumn: 100 },
      ],
      output: null,
    },
    {
      code: `
const request = indexedDB.open('shop', 1);
request.onsuccess = () => {
  const db = request.result;
  const store = db.transaction('drafts', 'readwrite').objectStore('drafts');
  store.put({ id: 'draft', cardNumber: form.cardNumber.value });
};
`,
      languageOptions: { parser: espree },
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'IndexedDB' }, line: 6, column: 28, endLine: 6, endColumn: 38 },
      ],
      output: null,
    },
    {
      code: `
import express from 'express';

const router = express.Router();

router.post('/remember-card', (req, res) => {
  res.cookie('card_number', req.body.cardNumber, { httpOnly: true });
  res.json({ ok: true });
});

export function rememberCvc(cvc: string) {
  document.cookie = \`cvc=\${cvc}; path=/\`;
}
`,
      errors: [
        { messageId: 'panStored', data: { name: 'req.body.cardNumber', kind: 'card number (PAN)', sink: 'a cookie' }, line: 7, column: 29, endLine: 7, endColumn: 48 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a cookie' }, line: 12, column: 28, endLine: 12, endColumn: 31 },
      ],
      output: null,
    },
    {
      code: `
import fs from 'node:fs';
import { appendFile } from 'node:fs/promises';

export async function auditPayment(payment: { cardNumber: string; cvv: string; amount: number }) {
  fs.writeFileSync('/var/data/last-payment.json', JSON.stringify(payment.cardNumber));
  await appendFile('/var/log/payments.csv', \`\${payment.amount},\${payment.cvv}\\n\`);
  const out = fs.createWriteStream('/var/data/export.ndjson', { flags: 'a' });
  out.write(JSON.stringify({ pan: payment.cardNumber }) + '\\n');
}
`,
      errors: [
        { messageId: 'panStored', data: { name: 'payment.cardNumber', kind: 'card number (PAN)', sink: 'a file' }, line: 6, column: 66, endLine: 6, endColumn: 84 },
        { messageId: 'authDataStored', data: { name: 'payment.cvv', kind: 'card security code (CVC)', sink: 'a file' }, line: 7, column: 66, endLine: 7, endColumn: 77 },
        { messageId: 'panStored', data: { name: 'payment.cardNumber', kind: 'card number (PAN)', sink: 'a file' }, line: 9, column: 35, endLine: 9, endColumn: 53 },
      ],
      output: null,
    },
    {
      code: `
import Stripe from 'stripe';
import { prisma } from './db';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function syncIssuedCard(id: string) {
  const card = await stripe.issuing.cards.retrieve(id, { expand: ['number', 'cvc'] });
  await prisma.issuedCard.create({ data: { stripeId: card.id, number: card.number, cvc: card.cvc, last4: card.last4 } });
}
`,
      // An Issuing card's own details: the advice is the card program's (Issuing Elements), not a payment's
      errors: [
        {
          messageId: 'issuedCardDetailStored',
          data: { name: 'number', kind: 'card number (PAN)', sink: 'a Prisma write', requirement: 'PCI DSS 3.4 requires a stored PAN to be unreadable' },
          line: 9, column: 63, endLine: 9, endColumn: 69,
        },
        {
          messageId: 'issuedCardDetailStored',
          data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a Prisma write', requirement: 'PCI DSS 3.3 limits keeping sensitive authentication data' },
          line: 9, column: 84, endLine: 9, endColumn: 87,
        },
      ],
      output: null,
    },
    {
      code: `
const saveDraft = async (form?: { cardNumber?: string }) => {
  await db!.collection('drafts').insertOne({ pan: form?.cardNumber as string } satisfies object);
  localStorage['cvv'] = (form as any).cvv;
};
`,
      errors: [
        { messageId: 'panStored', data: { name: 'form.cardNumber', kind: 'card number (PAN)', sink: 'a MongoDB write' }, line: 3, column: 51, endLine: 3, endColumn: 67 },
        { messageId: 'authDataStored', data: { name: 'form.cvv', kind: 'card security code (CVC)', sink: 'localStorage' }, line: 4, column: 25, endLine: 4, endColumn: 42 },
      ],
      output: null,
    },
    {
      code: `
import { sessionStore } from './session';

export const keepCheckout = (cvv: string) => sessionStore.set('checkout', { cvv });
`,
      options: [{ storeNames: ['sessionStore'] }],
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a Redis / cache store' }, line: 4, column: 77, endLine: 4, endColumn: 80 },
      ],
      output: null,
    },
    {
      code: `
import { doc, runTransaction, getFirestore } from 'firebase/firestore';
import { ref, set, getDatabase } from 'firebase/database';
import { openDB } from 'idb';
import Cookies from 'js-cookie';
import AsyncStorage from '@react-native-async-storage/async-storage';

export async function persist(form: { cardNumber: string; cvc: string }) {
  await runTransaction(getFirestore(), async (tx) => { tx.update(doc(getFirestore(), 'wallets', 'me'), { cvc: form.cvc }); });
  await set(ref(getDatabase(), 'drafts/me'), { card_number: form.cardNumber });
  const db = await openDB('shop', 1);
  await db.put('drafts', { cvc: form.cvc }, 'me');
  Cookies.set('cvc', form.cvc);
  await AsyncStorage.setItem('pan', form.cardNumber);
}
`,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a Firestore write' }, line: 9, column: 106, endLine: 9, endColumn: 109 },
        { messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'a Realtime Database write' }, line: 10, column: 48, endLine: 10, endColumn: 59 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'IndexedDB' }, line: 12, column: 28, endLine: 12, endColumn: 31 },
        { messageId: 'authDataStored', data: { name: 'form.cvc', kind: 'card security code (CVC)', sink: 'a cookie' }, line: 13, column: 22, endLine: 13, endColumn: 30 },
        { messageId: 'panStored', data: { name: 'form.cardNumber', kind: 'card number (PAN)', sink: 'AsyncStorage' }, line: 14, column: 37, endLine: 14, endColumn: 52 },
      ],
      output: null,
    },
    {
      code: `
import { Injectable } from '@nestjs/common';
import { InjectRedis } from '@nestjs-modules/ioredis';
import type Redis from 'ioredis';

@Injectable()
export class CheckoutCache {
  constructor(@InjectRedis() private readonly redis: Redis) {}

  remember(sessionId: string, card: { number: string; exp_month: number }) {
    return this.redis.hset(\`checkout:\${sessionId}\`, { pan: card.number, expMonth: card.exp_month });
  }
}
`,
      errors: [
        { messageId: 'panStored', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'a Redis / cache store' }, line: 11, column: 60, endLine: 11, endColumn: 71 },
      ],
      output: null,
    },
    {
      code: `
const input = document.querySelector<HTMLInputElement>('#pan')!;
localStorage.setItem('cardNumber', input.value);
`,
      errors: [
        { messageId: 'panStored', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'localStorage' }, line: 3, column: 22, endLine: 3, endColumn: 34 },
      ],
      output: null,
    },
    {
      code: `
import { Entity, Column } from 'typeorm';
import { getRepository } from 'typeorm';

@Entity()
export class Wallet {
  @Column() ownerId!: string;
}

export async function addCard(body: { cvc: string }) {
  await getRepository(Wallet).save({ ownerId: 'me', cvc: body.cvc });
}
`,
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'an ORM repository' }, line: 11, column: 53, endLine: 11, endColumn: 56 },
      ],
      output: null,
    },
    {
      // A safe-sounding key does not hide a full card number.
      code: `
await prisma.card.create({ data: { last4: req.body.cardNumber } });
`,
      errors: [
        { messageId: 'panStored', data: { name: 'req.body.cardNumber', kind: 'card number (PAN)', sink: 'a Prisma write' }, line: 2, column: 43, endLine: 2, endColumn: 62 },
      ],
      output: null,
    },
    {
      code: `
const mongoose = require('mongoose');

const walletSchema = mongoose.Schema({
  owner: { type: String, required: true },
  cardDetails: {
    cardNum: { type: String, required: true },
    expiry: String,
    securityCode: String,
  },
});

module.exports = mongoose.model('Wallet', walletSchema);
`,
      languageOptions: { parser: espree },
      errors: [
        { messageId: 'panStored', data: { name: 'cardNum', kind: 'card number (PAN)', sink: 'a mongoose schema' }, line: 7, column: 5, endLine: 7, endColumn: 12 },
        { messageId: 'authDataStored', data: { name: 'securityCode', kind: 'card security code (CVC)', sink: 'a mongoose schema' }, line: 9, column: 5, endLine: 9, endColumn: 17 },
      ],
      output: null,
    },
    {
      code: `
import { useState } from 'react';

export default function AddCard() {
  const [cardNumber, setCardNumber] = useState('');
  const [expiry, setExpiry] = useState('');
  const [cvv, setCvv] = useState('');

  const handleSubmit = () => {
    const cardData = { cardNumber, expiry, cvv };
    const existing = JSON.parse(localStorage.getItem('cards') ?? '[]');
    localStorage.setItem('cards', JSON.stringify([...existing, cardData]));
  };

  return (
    <form onSubmit={handleSubmit}>
      <input value={cardNumber} onChange={(e) => setCardNumber(e.target.value)} />
      <input value={expiry} onChange={(e) => setExpiry(e.target.value)} />
      <input value={cvv} onChange={(e) => setCvv(e.target.value)} />
    </form>
  );
}
`,
      filename: 'add-card.jsx',
      languageOptions: { parser: espree, parserOptions: { ecmaFeatures: { jsx: true } } },
      errors: [
        { messageId: 'authDataStored', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'localStorage' }, line: 12, column: 64, endLine: 12, endColumn: 72 },
      ],
      output: null,
    },
    {
      code: `
const express = require('express');
const mysql = require('mysql2/promise');

const pool = mysql.createPool({ host: 'localhost', database: 'shop' });
const app = express();

app.post('/cards', async (req, res) => {
  const { number, exp_month, exp_year, cvc } = req.body;
  await pool.query('INSERT INTO cards SET ?', { user_id: req.user.id, number, exp_month, exp_year, cvc });
  res.status(201).end();
});
`,
      languageOptions: { parser: espree },
      errors: [
        { messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: 'a SQL statement' }, line: 10, column: 71, endLine: 10, endColumn: 77 },
        { messageId: 'authDataStored', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a SQL statement' }, line: 10, column: 100, endLine: 10, endColumn: 103 },
      ],
      output: null,
    },
    {
      code: `
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Card } from './card.entity';

@Injectable()
export class CardsService {
  constructor(@InjectRepository(Card) private readonly cards: Repository<Card>) {}

  add(dto: { number: string; expMonth: number; expYear: number }) {
    return this.cards.save({ number: dto.number, expMonth: dto.expMonth, expYear: dto.expYear });
  }
}
`,
      errors: [
        { messageId: 'panStored', data: { name: 'number', kind: 'card number (PAN)', sink: 'an ORM repository' }, line: 12, column: 30, endLine: 12, endColumn: 36 },
      ],
      output: null,
    },
  ],
});

ruleTester.run("no-sensitive-card-storage: a parameter's default shape", rule, {
  valid: [
    {
      code: `// A Hosted Fields page remembers each card field's settings (its selector and placeholder), not what is typed in it
const DEFAULT_FIELDS = {
  number: { selector: '#card-number', placeholder: '1111 1111 1111 1111' },
  cvv: { selector: '#cvv', placeholder: '123' },
};

export function saveFieldLayout(fields = DEFAULT_FIELDS) {
  localStorage.setItem('checkout.fields', JSON.stringify(fields));
  sessionStorage.setItem('checkout.fieldSettings', JSON.stringify({ cvv: { selector: '#cvv', maxlength: 4 } }));
}
`,
      filename: 'src/checkout/fieldLayout.js',
    },
  ],
  invalid: [
    {
      code: `// A "remember my card" helper of a checkout page keeps what the form hands it
export function rememberCard(card = { number: '', cvc: '', expMonth: '', expYear: '' }) {
  localStorage.setItem('checkout.card', JSON.stringify(card));
}
`,
      filename: 'src/checkout/rememberCard.js',
      output: null,
      errors: [
        { messageId: 'authDataStored', data: { name: 'card.cvc', kind: 'card security code (CVC)', sink: 'localStorage' }, line: 3, column: 56, endLine: 3, endColumn: 60, suggestions: [] },
      ],
    },
  ],
});

ruleTester.run('no-sensitive-card-storage: a SQL row written without a column list', rule, {
  valid: [
    {
      code: `// The account row keeps the customer and the card's last four digits only
const express = require('express');
const mysql = require('mysql');
const router = express.Router();
const db = mysql.createConnection({ host: 'localhost', user: 'root', database: 'shop' });

router.post('/CreditCard', (req, res) => {
  const { CardNumber, CustomerID, ExpirationDate } = req.body;
  db.query('INSERT INTO Account VALUES (?, ?, ?)', [CardNumber.slice(-4), CustomerID, ExpirationDate], (err) => res.json({ ok: !err }));
});

module.exports = router;
`,
      filename: 'Routes/CreditCard.js',
    },
  ],
  invalid: [
    {
      code: `// A DBMS course's API writes the posted card into its table by position (real-world recall probe B, 2026-12-07)
const express = require('express');
const mysql = require('mysql');
const router = express.Router();
const db = mysql.createConnection({ host: 'localhost', user: 'root', database: 'shop' });

router.post('/CreditCard', (req, res) => {
  const { CardNumber, CustomerID, ExpirationDate, SecurityCode } = req.body;
  const sql = \`INSERT INTO Account VALUES ('\${CardNumber}','\${CustomerID}','\${ExpirationDate}','\${SecurityCode}')\`;
  db.query(sql, (err) => res.json({ ok: !err }));
});

router.post('/CreditCard/safe', (req, res) => {
  const { CardNumber, CustomerID } = req.body;
  db.query('INSERT INTO Account VALUES (?, ?)', [CardNumber, CustomerID], (err) => res.json({ ok: !err }));
});

module.exports = router;
`,
      filename: 'Routes/CreditCard.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'CardNumber', kind: 'card number (PAN)', sink: 'a SQL statement' }, line: 9, column: 47, endLine: 9, endColumn: 57, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'SecurityCode', kind: 'card security code (CVC)', sink: 'a SQL statement' }, line: 9, column: 99, endLine: 9, endColumn: 111, suggestions: [] },
        { messageId: 'panStored', data: { name: 'CardNumber', kind: 'card number (PAN)', sink: 'a SQL statement' }, line: 15, column: 50, endLine: 15, endColumn: 60, suggestions: [] },
      ],
    },
  ],
});

ruleTester.run('no-sensitive-card-storage: NeDB datastores', rule, {
  valid: [
    {
      code: `// The same routes keep only what a saved card may keep: its last four digits and expiry
const router = require('express').Router();
const Datastore = require('nedb');
const db = new Datastore({ filename: 'dbfiles/creditcard.db', autoload: true });

router.post('/save', function (req, res) {
  const { cardnumber, expiry } = req.body;
  db.insert({ last4: cardnumber.slice(-4), expiry }, (err) => (err ? res.status(500).send(err) : res.json('Success')));
});

router.get('/cards', function (req, res) {
  db.find({ expiry: req.query.expiry }, (err, docs) => res.json(docs));
});

module.exports = router;
`,
      filename: 'server/api/saveCreditCard.js',
    },
  ],
  invalid: [
    {
      code: `// A card-saving API keeps the posted card, CVC included, in an NeDB file (real-world recall probe B, 2026-12-07)
const router = require('express').Router();
const Datastore = require('nedb');
const db = new Datastore({ filename: 'dbfiles/creditcard.db', autoload: true });

router.post('/save', function (req, res) {
  var cardInfo = req.body;
  if (cardInfo.cardnumber && cardInfo.cvv) {
    db.insert(cardInfo, function (err) {
      if (err) res.send(err);
      res.json('Success');
    });
  }
});

module.exports = router;
`,
      filename: 'server/api/saveCreditCard.js',
      output: null,
      errors: [
        {
          messageId: 'cardDataObjectStored',
          data: { object: 'cardInfo', name: 'cvv', access: 'reads', kind: 'the card security code (CVC)', sink: 'an NeDB datastore' },
          line: 9,
          column: 15,
          endLine: 9,
          endColumn: 23,
          suggestions: [],
        },
      ],
    },
  ],
});

ruleTester.run('no-sensitive-card-storage: a security code named after the card', rule, {
  valid: [],
  invalid: [
    {
      code: `// A pizza shop's saved card: the migration adds the columns, the account route fills them from the form
exports.up = function (knex) {
  return knex.schema.table('users', (table) => {
    table.bigInteger('card_number');
    table.integer('card_security');
    table.integer('card_expire');
  });
};

exports.down = function (knex) {
  return knex.schema.table('users', (table) => {
    table.dropColumns('card_number', 'card_security', 'card_expire');
  });
};
`,
      filename: 'db/migrations/20181018150142_add_user_card.js',
      output: null,
      errors: [
        { messageId: 'panStored', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'a Knex schema' }, line: 4, column: 22, endLine: 4, endColumn: 35, suggestions: [] },
        { messageId: 'authDataStored', data: { name: 'card_security', kind: 'card security code (CVC)', sink: 'a Knex schema' }, line: 5, column: 19, endLine: 5, endColumn: 34, suggestions: [] },
      ],
    },
  ],
});
