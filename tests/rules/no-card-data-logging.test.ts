import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import { fileURLToPath } from 'node:url';
import rule from '../../src/rules/no-card-data-logging.js';
import { CARD_REPOSITORY, CARD_SETTINGS_SCREEN, CARD_TOKEN_REQUEST, CARD_VAULT, GIFT_CARD_QUERIES, RECHARGE_SCREEN, RENEWAL_SCRIPT, STUDY_SESSION, WORKER_REGISTRY } from './card-rule-fixtures.js';

const ruleTester = new RuleTester();
const inProject = (project: string, file: string): string => fileURLToPath(new URL(`../fixtures/projects/${project}/${file}`, import.meta.url));
/** A classic (v3) Azure Functions script: its trigger is declared in the `function.json` beside it. */
const CLASSIC_AZURE_FUNCTION = `module.exports = async function (context, req) {
  context.log('Card received', req.body.cardNumber);
  if (!req.body.cvv) context.log.warn('No CVV for card ending', req.body.cardNumber.slice(-4));
  context.res = { status: 202 };
};
`;

ruleTester.run('no-card-data-logging', rule, {
  valid: [
    // A card-grading app checks the card an AI read against the Pokémon TCG API (real-world batch 343): its collector
    // number copied into a const, or logged with a fallback; the file spells no payment card's other data
    {
      code: `export async function verifyPokemonCard(cardInfo: any) {
  const statedRaw = cardInfo.card_number_raw;
  const statedSetName = cardInfo.set_name;
  console.log(\`AI stated card_number_raw: "\${statedRaw}" (set \${statedSetName})\`);
  const res = await fetch(\`https://api.pokemontcg.io/v2/cards?q=number:\${statedRaw}\`);
  return (await res.json()).data[0];
}

export function logSearch(params: any) {
  console.log('Set:', params.setName || '(not specified)');
  console.log('Card #:', params.cardNumber || '(not specified)');
}
`,
      filename: 'src/app/api/pokemon/verify.ts',
    },
    // A telehealth intake logs the insurance card it scanned (probe 344): its member id and group number beside the
    // card's number
    `export function logIntake(card) {
  console.log({ memberId: card.memberId, groupNumber: card.groupNumber, cardNumber: card.cardNumber });
}
`,
    // A hotel's booking widget checks Worldpay's hosted fields are mounted (real-world batch 339): it logs how many
    // iframes each field's container holds and whether it shows, never what is typed there
    {
      code: `function checkHostedFields() {
  var pan = document.getElementById('gas-wp-pan');
  var cvv = document.getElementById('gas-wp-cvv');
  console.log('[Worldpay] DOM check', {
    pan_iframes: pan ? pan.querySelectorAll('iframe').length : 'no pan div',
    cvv_iframes: cvv ? cvv.querySelectorAll('iframe').length : 'no cvv div',
    cvvFrame: cvv && cvv.firstElementChild,
    cvv_visible: cvv ? cvv.offsetWidth > 0 : false,
  });
}`,
      filename: 'plugins/gas-booking/assets/js/gas-booking.js',
    },
    // A foreign-worker registry's residence and discount cards (card-rule-fixtures.ts)
    { code: WORKER_REGISTRY, filename: 'src/workers/register.tsx' },
    // NMI Collect.js's iframes hold the card (real-world batch 332): the page keeps validity flags that start as
    // \`false\` and error texts in React state, combines the flags into \`allValid\`, logs its fields' CSS selectors, an
    // object of flags about the CVV field, and Collect.js's tokenization response (the card's masked number, no CVV)
    { code: `import { useEffect, useState } from 'react';

interface CollectJSResponse {
  token?: string;
  card?: { type: string; number: string; exp: string; bin?: string; hash?: string };
}

const fieldSelectors = { cardNumber: '#card-number-field', expiry: '#card-expiry-field', cvv: '#card-cvv-field' };

export function CardUpdateModal({ onToken }: { onToken: (token: string) => void }) {
  const [fieldErrors, setFieldErrors] = useState({ cardNumber: '', expiryDate: '', cvv: '' });
  const [validFields, setValidFields] = useState({ cardNumber: false, expiryDate: false, cvv: false });

  useEffect(() => {
    (window as any).CollectJS.configure({
      variant: 'inline',
      fields: { ccnumber: { selector: fieldSelectors.cardNumber }, cvv: { selector: fieldSelectors.cvv } },
      validationCallback: (field: string, valid: boolean, message: string) => {
        setValidFields((prev) => {
          const next = { ...prev, [field]: valid };
          const allValid = next.cardNumber && next.expiryDate && next.cvv;
          console.log(\`Field \${field}: \${valid}, all valid: \${allValid}\`);
          return next;
        });
        setFieldErrors((prev) => ({ ...prev, [field]: valid ? '' : message }));
      },
      callback: (response: CollectJSResponse) => {
        console.log('CollectJS tokenization response:', response);
        if (response.token) onToken(response.token);
      },
    });
    console.log('Field selectors:', fieldSelectors.cvv);
  }, [onToken]);

  const submit = () => {
    console.log('Pre-submission validation state:', {
      cardValid: validFields.cardNumber,
      cvvValid: validFields.cvv,
      errors: fieldErrors,
      cvvDebug: { cvvType: typeof validFields.cvv, cvvTruthy: !!validFields.cvv },
    });
    (window as any).CollectJS.startPaymentRequest();
  };

  return <button onClick={submit}>Update card</button>;
}
`, filename: 'components/CardUpdateModal.tsx' },
    // A sports club's membership card number, logged in the row built beside the member number (real-world batch 335)
    {
      code: `export function logIdentity(customer) {
  const { memberNo, cardNo, student } = customer.metadata;
  const identity = { id: customer.id, memberNo: memberNo?.trim(), card: cardNo?.trim(), student };
  console.log('identity', identity);
}
`,
      filename: 'services/webhooks/src/sync/customerIdentity.js',
    },
    // Split Stripe Elements report whether each field is complete: the page keeps those flags in a state that starts
    // as \`false\` under the fields' names, updated under a computed key, and logs it whole
    {
      code: `import { CardCvcElement, CardExpiryElement, CardNumberElement } from '@stripe/react-stripe-js';
import { useState } from 'react';

export function SplitCardForm({ onReady }) {
  const [complete, setComplete] = useState({ cardNumber: false, cardExpiry: false, cardCvc: false });
  const onChange = (event) => {
    setComplete((prev) => ({ ...prev, [event.elementType]: event.complete }));
  };
  const submit = () => {
    console.log('fields complete', complete);
    if (complete.cardNumber && complete.cardExpiry && complete.cardCvc) onReady();
  };
  return (
    <form onSubmit={submit}>
      <CardNumberElement onChange={onChange} />
      <CardExpiryElement onChange={onChange} />
      <CardCvcElement onChange={onChange} />
    </form>
  );
}
`,
      filename: 'src/components/SplitCardForm.jsx',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // ...and the gateway's CVV match code (\`cvvresponse\`: M, N, P, U), as Stripe's \`cvc_check\` is
    { code: `import { logger } from './logger';

export async function processPayment(payload: Record<string, string>) {
  const response = await fetch('https://secure.nmi.com/api/transact.php', { method: 'POST', body: new URLSearchParams(payload) });
  const data = Object.fromEntries(new URLSearchParams(await response.text()));
  const result = { approved: data.response === '1', transactionId: data.transactionid, avsResponse: data.avsresponse, cvvResponse: data.cvvresponse };
  logger.info('NMI response', result);
  logger.info(\`CVV Response: \${result.cvvResponse || 'N/A'}\`);
  return result;
}
`, filename: 'src/lib/direct-payment-processor.ts' },
    // A field's name keyed in an object about the fields is no card data (real-world batch 279): react-hook-form's and
    // Formik's errors and touched flags, a label table, zod's schema shape.
    {
      code: `import { useForm } from 'react-hook-form';
import { z } from 'zod';

const LABELS = { cardNumber: 'Card number', cvc: 'CVC' };
const schema = z.object({ cardNumber: z.string(), cvc: z.string() });

export function CheckoutForm({ formik }) {
  const { formState: { errors } } = useForm();
  console.log(LABELS.cardNumber, errors.cardNumber);
  console.warn('invalid', formik.errors.cvc, formik.touched.cvc);
  console.debug(schema.shape.cardNumber);
  console.debug(JSON.stringify(schema.shape));
  return null;
}`,
      filename: 'src/components/CheckoutForm.jsx',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // A submit event logged whole, its form's card controls read from its element: a DOM event holds no card data (a
    // logged event prints none; precision probe 292: a card form's \`console.log(event)\`).
    {
      code: `export function AddCard({ save }) {
  const handleSubmit = (event) => {
    event.preventDefault();
    console.log(event);
    const { card_number, card_cvv } = event.target.elements;
    save({ number: card_number.value, cvv: card_cvv.value });
  };
  return <form onSubmit={handleSubmit}><input name="card_number" /><input name="card_cvv" /><button>Save</button></form>;
}`,
      filename: 'src/pages/AddCard/index.jsx',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // A module's object read in one function and logged in another is judged in the function around each read (a
    // flashcard's \`card.number\` set in one function, the card logged in another: regression probe 272); the widened
    // reading is for variables of a function, whose callbacks read the same binding.
    {
      code: `const card = { number: 1, front: '', back: '' };
export function goTo(n) {
  card.number = n;
}
export function debugDump() {
  console.log(card);
}
`,
      filename: 'src/flashcards/deck.js',
      languageOptions: { parser: espree },
    },
    {
      // A payment card named alone beside a pickup code or a text message's code, with no expiry: no card (regression probe 267).
      code: `export function logOrder(o, user, sms) {
  console.log({ creditCard: o.method === 'card', securityCode: o.pickupCode });
  console.log({ phone: user.phone, creditCard: user.creditCard, verificationCode: sms.code, expiry: sms.expiresAt });
}
`,
      filename: 'src/orders.js',
    },
    {
      // An error tracker and analytics given what may be kept: the card's brand and last four digits, the error, the
      // PaymentMethod's id.
      code: `import * as Sentry from '@sentry/nextjs';
import posthog from 'posthog-js';
export async function confirmCard(card: { brand: string; last4: string; number: string }, paymentMethodId: string) {
  try {
    await submit(paymentMethodId);
    posthog.capture('card_confirmed', { brand: card.brand, last4: card.last4 });
  } catch (error) {
    Sentry.captureException(error, { extra: { paymentMethodId, last4: card.last4 } });
  }
}
`,
      filename: 'src/checkout/confirm.ts',
    },
    {
      // limitation: a global of a snippet (Segment's `analytics`, `gtag`) and a client the app exports from a module of
      // its own are not known to be an analytics SDK.
      code: `import { track } from '@/lib/analytics';
export function onPay(form: { cardNumber: string; cvc: string }) {
  window.analytics.track('Pay clicked', { cardNumber: form.cardNumber });
  gtag('event', 'pay', { cvc: form.cvc });
  track('pay', { cardNumber: form.cardNumber });
}
`,
      filename: 'src/checkout/events.ts',
    },
    // A kanban card's number declared a number, logged; one logged beside its column (real-world batch 249).
    `
export function logCard(card: { number: number; title: string }) {
  console.log('moved card', card.number, card.title);
}
export function logMove(card) {
  console.log('moved card', card.number, 'to', card.column);
}
`,
    // A class component's state whose card-named keys start as flags (card-rule-fixtures.ts): they hold flags.
    {
      code: CARD_SETTINGS_SCREEN,
      filename: 'src/screens/Settings.jsx',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // A demo's made-up card, logged as the app starts: a number no card has (its digits fail the Luhn check) and the
    // code written beside it (real-world batch 189)
    `const DEMO_CARD = { cardNumber: '4242 4242 4242 4241', cvc: '314', expiry: '12/34' };
console.log('Demo mode: pay with', DEMO_CARD);
console.info({ cardNumber: '1111111111111111', cvv: '123' });
`,
    // A partial card number (the truncated form PCI DSS 3.4 allows; TrueLayer's \`partial_card_number\`, real-world batch 175)
    `const logger = require('pino')();
async function sync(card) {
  logger.info({ partial_card_number: card.partial_card_number, partialPan: card.partialPan }, 'synced card');
}
module.exports = { sync };
`,
    {
      // The text right before the value names another kind of card (real-world batch FC: a loyalty service's log line)
      code: `export function awardPoints(card: { number: string }, body: { cardNumber: string }) {
  console.log(\`added 10 points to loyalty card \${card.number}\`);
  console.log('Gift card no. ' + body.cardNumber);
}
`,
      filename: 'src/loyalty/points.ts',
    },
    {
      // A count or a position under a card-number name, computed in the file (real-world batch FF: card games)
      code: `export function deal(deck: string[], cards: string[], card: string) {
  const numberCard = cards.length;
  const numbercard = Math.floor(Math.random() * 13) + 1;
  const cardNumber = deck.indexOf(card);
  const card_number = cards.findIndex((c) => c === card);
  const nextCardNumber = cards.length + 1;
  console.log(numberCard, numbercard, cardNumber, card_number, nextCardNumber);
}
`,
      filename: 'src/game/deal.ts',
    },
    {
      // A count of cards, the card word plural (real-world batch FC: a flash-card game's round)
      code: `export function finishRound(round: { id: string; orderIds: string[]; answered: number }) {
  const cards_num = round.orderIds.length;
  console.log('round finished', { cards_num, numCards: cards_num, answered: round.answered });
}
`,
      filename: 'src/game/round.ts',
    },
    {
      // An identity card's and a voucher's numbers, under keys that hold those cards (real-world batch GC)
      code: `export function logRegistration(customer: { id: string; cardNumber: string }, voucher: { cardNumber: string; pin: string }) {
  const { cardNumber } = customer;
  console.info('customer registered', { id: customer.id, idCard: { cardNumber }, voucher: { cardNumber: voucher.cardNumber } });
}
`,
      filename: 'src/customers/log.ts',
    },
    {
      // A member's loyalty card number, under a key that says so (real-world batch EX: precision probe)
      code: `export function logMember(member: { id: string; cardNumber: string }) {
  console.log('member', { id: member.id, loyaltyCardNumber: member.cardNumber });
}
`,
      filename: 'src/members/log.ts',
    },
    // A browser automation script (not a test file) paying with Stripe's test cards logs no cardholder data (left from
    // the thirty-second session)
    { code: `const { chromium } = require('playwright');

const card = { number: '4242424242424242', cvc: '123', exp: '12/34' };

(async () => {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.goto('http://localhost:3000/checkout');
  console.log('Paying with test card', card.number, card.cvc);
  const cardNumber = '4000002500003155';
  console.log(\`3DS card: \${cardNumber}\`);
  await browser.close();
})();
`, filename: 'scripts/checkout-smoke.js' },
    // A Storybook story logs what is typed into the component it shows, in a developer's catalogue that no visitor
    // reaches (real-world batch EG): stories are not checked, as test code is not
    {
      code: `import * as React from 'react';
import type { Meta } from '@storybook/react';
import { Input } from '../src';

export default { title: 'Components/Input Credit Card', component: Input.CreditCard } satisfies Meta;

export const Basic = () => (
  <Input.CreditCard name="tester" placeholder="Card Number" onChange={(cardNumber: string) => {
    console.log(\`card number: \${cardNumber}\`);
  }} />
);
`,
      filename: 'packages/input/stories/InputCreditCard.stories.tsx',
    },
    // A listener's element, its length and what a card form's other fields hold are no card data: the element itself
    // is a DOM node (what was typed is its `value`), a Stripe Element's change event carries no value
    {
      code: `import { loadStripe } from '@stripe/stripe-js';

const cvcInput = document.getElementById('cvc');
cvcInput.addEventListener('input', (e) => console.log('cvc field', e.target, e.target.value.length));
$('#email').on('change', function () { console.log('email', this.value); });

const stripe = await loadStripe(import.meta.env.VITE_STRIPE_KEY);
const card = stripe.elements().create('cardNumber');
card.on('change', function (event) { console.log('card', event.complete, event.brand, this); });
`,
      filename: 'src/checkout.js',
    },
    // limitation: the field a listener reads is named by its element's \`name\` / \`id\` only: React Native's
    // \`onChangeText\` text of a TextInput known by its placeholder, and an \`<input>\` without a name, are not tied to it
    // (real-world batch 234); nor is a form serialised by jQuery (real-world batch 237)
    {
      code: `import { TextInput } from 'react-native';
export const CardNumberField = ({ onChange }) => (
  <>
    <TextInput placeholder="Card number" keyboardType="number-pad" onChangeText={(text) => { console.log(text); onChange(text); }} />
    <input placeholder="Card number" onChange={(e) => console.log(e.target.value)} />
  </>
);
`,
      filename: 'src/CardNumberField.jsx',
    },
    {
      code: `$('#payment-form').on('submit', function () {
  console.log($(this).serialize());
});
`,
      filename: 'public/js/payment.js',
    },
    // limitation: a model that is not blanks throughout is not read as a form (a computed amount beside the card's
    // blanks; real-world batch 237)
    {
      code: `angular.module('shop').controller('StripeCtrl', function ($scope, factory) {
  $scope.payment = { card: { number: null, cvc: null, exp_month: null, exp_year: null }, amount: factory.price() * 100 };
  $scope.charge = function () {
    console.log($scope.payment);
  };
});
`,
      filename: 'public/js/controllers/stripe.js',
    },
    // limitation: a listener added to each element of a list names no field (which element is which is not known here)
    {
      code: `document.querySelectorAll('.card-field').forEach((input) => {
  input.addEventListener('blur', (e) => console.log(input.name, e.target.value));
});
`,
      filename: 'public/js/fields.js',
    },
    // A fuel card's, a point card's and an IC card's numbers (real-world batch DW): other kinds of card
    `export function logCards(user) {
  console.log('cards', { oilCardNo: user.oilCardNo, pointCardNo: user.pointCardNo, icCardNo: user.icCardNo });
}`,
    // Authorize.net returns stored payment profiles' card numbers masked (XXXX1111): logging a response's is no card
    // data (real-world batch DV: its own sample code); a request's card number is
    {
      code: `const { APIContracts, APIControllers } = require('authorizenet');

function getCustomerPaymentProfileList(merchantAuth, callback) {
  const request = new APIContracts.GetCustomerPaymentProfileListRequest();
  request.setMerchantAuthentication(merchantAuth);
  request.setSearchType(APIContracts.CustomerPaymentProfileSearchTypeEnum.CARDSEXPIRINGINMONTH);
  const ctrl = new APIControllers.GetCustomerPaymentProfileListController(request.getJSON());
  ctrl.execute(() => {
    const response = new APIContracts.GetCustomerPaymentProfileListResponse(ctrl.getResponse());
    for (const profile of response.getPaymentProfiles().getPaymentProfile()) {
      console.log('Profile ' + profile.customerPaymentProfileId + ' card: ' + profile.payment.creditCard.cardNumber);
    }
    callback(response);
  });
}
module.exports.getCustomerPaymentProfileList = getCustomerPaymentProfileList;
`,
      filename: 'CustomerProfiles/get-customer-payment-profile-list.js',
    },
    // A playing card's number with its suit, and access badges scanned at a door (real-world batch DG): no payment cards.
    {
      code: `export function announce(card) {
  console.log(\`\${card.number} of \${card.suit}\`);
}

export function onBadgeScan(req, res) {
  console.info('badge scanned at door', req.body.doorId, req.body.employeeCardNumber);
  console.info('rfid', req.body.rfidCardNumber);
  res.sendStatus(204);
}
`,
      filename: 'src/server/events.js',
    },
    // A gift card's number, logged by code named for it (real-world batch 99: a POS)
    {
      code: GIFT_CARD_QUERIES,
      filename: 'src/lib/queries.ts',
    },
    // A test prints its own test cards in the test run's output
    {
      code: `import { Given } from '@cucumber/cucumber';

Given('the card {string} with CVC {string}', function (cardNumber, cvc) {
  console.log('using card', cardNumber, cvc);
  this.card = { cardNumber, cvc };
});
`,
      filename: 'features/support/card.steps.js',
    },
    // Whether a row has a card number, logged as a mask or nothing (real-world batch 91)
    `
export async function savePaymentMethod(row: { user_id: string; card_number?: string; cvv?: string; last4: string }) {
  console.log('saving payment method', { user: row.user_id, card_number: row.card_number ? '***' : undefined, cvv: row.cvv ? '[redacted]' : null });
  console.log('card', { last4: row.card_number ? row.card_number.slice(-4) : undefined });
}
`,
    // State that starts as a flag holds a flag, whatever its key: checkboxes and toggles, a zod schema's booleans
    // (precision probe, real-world batch 90)
    {
      code: `import { useState } from 'react';
import { z } from 'zod';

const Consent = z.object({ cvc: z.boolean(), cardNumber: z.coerce.boolean().optional().default(false) });

export function Toggles({ input }) {
  const [shown, setShown] = useState({ cvc: false, cardNumber: !input.hideNumber });
  console.log('toggles', shown, Consent.parse(input), Consent.safeParse(input));
  const parsed = Consent.parse(input);
  console.log(parsed);
  return null;
}
`,
      filename: 'src/Toggles.jsx',
    },
    // A replacer picks or rewrites what JSON.stringify writes: the card fields are not known to be written (real-world
    // batch 90), whole or in a text
    `export function audit(order, redact) {
  if (!order.cardNumber || order.cvc.length < 3) throw new Error('invalid card');
  console.log('order ' + JSON.stringify(order, ['id', 'total']));
  console.log(JSON.stringify(order, redact));
  console.log(JSON.stringify({ cvc: order.cvc, id: order.id }, ['id']));
}`,
    // A \`FormData\` that the file imports is not the global one: form-data's builds a multipart body to send (its
    // parameter's fields are not a posted form's).
    {
      code: `import FormData from 'form-data';

export function describeUpload(form: FormData) {
  console.log('uploading', form.get('cardNumber'));
}
`,
      filename: 'src/upload.ts',
    },
    // limitation: accented names are read folded (númeroCartão), but the file-level card-name prefilter looks for ASCII
    // spellings: a file that spells its card words only with accents is skipped.
    {
      code: `function registrar(req) {
  const { númeroCartão, códigoSegurança } = req.body;
  console.log('pagamento', númeroCartão, códigoSegurança);
}
`,
      filename: 'src/pagamentos/registrar.js',
    },
    // An untyped classic Azure Functions script is known by the function.json beside it: without one, `context.log` is
    // no logger by name.
    { code: CLASSIC_AZURE_FUNCTION, filename: inProject('azure-functions-v3', 'lib/format.js'), languageOptions: { parser: espree } },
    // An untyped parameter not named `formData`, or one outside a server action, is not known to be form data.
    {
      code: `'use client';
export async function addCard(formData) {
  console.log('adding card', formData.get('cardNumber'));
}
export async function addCardAction(data) {
  'use server';
  console.log('adding card', data.get('cardNumber'));
}
`,
      filename: 'app/wallet/actions.js',
    },
    // An object itself in a text is written as \`[object Object]\`, and \`String(order)\` too: no field of it is logged.
    `export function saveOrder(order) {
  console.log('saving order ' + order + ' at ' + Date.now());
  console.info(\`order: \${order} \${String(order)}\`, String(order));
  return db.orders.insert({ id: order.id, cardNumber: order.cardNumber, cvc: order.cvc });
}`,
    // Card fields set to what Stripe returns, or cleared: the object logged whole holds no card data.
    `
import { User } from '../models/user';
import logger from '../logger';

export async function rememberCard(userId, paymentMethod) {
  const user = await User.findById(userId);
  user.cardNumber = paymentMethod.card.last4;
  user.cvc = null;
  logger.info('card saved', user);
}
`,
    // A kanban board's card record (its number beside a Trello number and a title) is no payment card (real-world batch AH)
    {
      code: `export function toCard(row) {
  const insertData = { cardNo: row.card_no, title: row.card_title, trelloNo: row.trello_no };
  console.log(insertData);
  return insertData;
}
`,
      filename: 'server/controllers/trellos.js',
    },
    // A playlist's tracks: a bare track number is magnetic-stripe data only inside a card (below).
    `
export function crossfade(track1, track2, seconds) {
  console.log('crossfading', track1, 'into', track2, 'over', seconds);
  console.debug({ trackOne: track1.title, track2Url: track2.url });
}
`,
    {
      // Flags about card fields (real-world batch O: whether the Stripe Elements were mounted): a boolean holds no card
      // number or code, whatever its key says.
      code: `
import { useElements, CardNumberElement, CardCvcElement } from '@stripe/react-stripe-js';

export function useCardDebug() {
  const elements = useElements();
  const cardNumberElement = elements?.getElement(CardNumberElement);
  const cardCvcElement = elements?.getElement(CardCvcElement);
  console.log('Card elements:', { hasCardNumber: !!cardNumberElement, hasCardCvc: Boolean(cardCvcElement), needsCvc: true });
  const cvcComplete = cardCvcElement !== null && cardCvcElement !== undefined;
  console.info('cvc', cvcComplete);
  const hasCardNumber = !!cardNumberElement;
  console.debug('ready', hasCardNumber);
}
`,
      filename: 'src/components/stripe-card-input.tsx',
    },
    {
      // limitation: text built up in a variable that is assigned again (\`+=\`) is not followed to what it holds
      code: `
function audit(req) {
  let line = 'card ';
  line += req.body.cardNumber;
  console.info(line);
}
`,
      languageOptions: { parser: espree },
    },
    // limitation: outside a file that mentions Stripe, `source` is not a card container, even where it carries a card
    // posted for a legacy Charges API call made elsewhere.
    `
export function logLegacyCharge(req: { body: { source: { number: string; exp_month: number } } }) {
  console.info('legacy charge for', req.body.source.number);
}
`,
    // A `source` outside Stripe code is not a card: a GitHub pull request's source branch, an axios cancel-token source.
    `
import axios from 'axios';

export async function onPullRequest(event: { source: { number: number; ref: string } }) {
  const source = axios.CancelToken.source();
  console.info('merging', event.source.number, event.source.ref);
  await axios.get('/api/checks', { cancelToken: source.token });
}
`,
    // What may be logged: PaymentMethod / customer ids, brand, last4 (every spelling), expiry, fingerprint, funding, country, cvc_check.
    `
import pino from 'pino';

const logger = pino();

export function logPaymentMethod(pm: { id: string; customer: string; card: { brand: string; last4: string; exp_month: number; exp_year: number; fingerprint: string; funding: string; country: string; checks: { cvc_check: string } } }) {
  logger.info({ paymentMethod: pm.id, customer: pm.customer, brand: pm.card.brand, last4: pm.card.last4 }, 'saved card');
  logger.debug(\`expires \${pm.card.exp_month}/\${pm.card.exp_year}, fingerprint \${pm.card.fingerprint}\`);
  logger.info({ funding: pm.card.funding, country: pm.card.country, cvc_check: pm.card.checks.cvc_check });
  console.log('card ending in', pm.card.last4, { lastFour: pm.card.last4, last_4: pm.card.last4 });
}
`,
    // Whole objects returned by a Stripe API call, and their fields.
    `
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function debugIntent(id: string) {
  const intent = await stripe.paymentIntents.retrieve(id, { expand: ['payment_method'] });
  const card = await stripe.customers.retrieveSource('cus_123', 'card_123');
  console.log('intent', intent, JSON.stringify(intent));
  console.log(card, (card as any).number);
}
`,
    // Masked values.
    `
export function onSubmit(cardNumber: string, cvc: string) {
  console.log(\`paying with **** \${cardNumber.slice(-4)}\`);
  console.info({ cardNumber: maskCardNumber(cardNumber), cvc: cvc ? '***' : '' });
  console.debug('masked', redactPan(cardNumber), cardNumber.substring(cardNumber.length - 4));
}
`,
    // Collisions and non-loggers: account / order / phone numbers, Math.log, array push, a catalog, a dialog.
    `
export function report(order: { orderNumber: string; accountNumber: string; phoneNumber: string; trackingNumber: string }, cardNumber: string) {
  console.log(order.orderNumber, order.accountNumber, order.phoneNumber, order.trackingNumber);
  const history: string[] = [];
  history.push(cardNumber);
  Math.log(Number(cardNumber));
  catalog.info(cardNumber);
  dialog.error(cardNumber);
  const log = new Map();
  log.set('x', cardNumber);
}
`,
    // A card *index* in a flash-card or card-game UI is a quantity, not a PAN.
    {
      code: `
let cardNumber = 0;
function handleNextClick() {
  cardNumber = cardNumber === 10 ? 0 : cardNumber + 1;
  console.log(cardNumber);
}

export function Progress({ cardsLength, cardNumber: current }: { cardsLength: number; cardNumber: number }) {
  console.log(current, { cardNumber: current });
  return <span>{\`Card \${current + 1} of \${cardsLength}\`}</span>;
}
`,
      filename: 'progress.tsx',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // limitation: a whole request body or form object is known to hold card data only where the same function reads a
    // card field from it (the other path, another function, an alias do not count).
    `
app.post('/pay', (req, res) => {
  console.log('body', req.body);
  logger.info(req.body.card);
  res.sendStatus(200);
});
app.post('/charge', (req, res) => {
  console.log('query', req.query);
  const body = req.body;
  console.log(body.amount, req.body.currency);
  charge(body.cvc);
  res.sendStatus(200);
});
function audit(req) {
  console.log(req.body);
}
app.post('/card', (req, res) => {
  audit(req);
  tokenize(req.body.cvc);
});
`,
    // limitation: a logger under a name that says nothing (a parameter \`l\`) needs the \`loggerNames\` option.
    `
export function pay(l: { info(...args: unknown[]): void }, cardNumber: string) {
  l.info(cardNumber);
}
`,
    // limitation: logging helpers built by \`bind\` are not followed.
    `
const info = console.info.bind(console);
info(cardNumber);
`,
    // limitation: a bare call of an own helper is read as a log call only in a file that names \`console\` or imports
    // \`debug\` (a method, \`this.log(…)\`, is read everywhere).
    {
      code: `import pino from 'pino';

const log = pino({ level: 'info' });
function paymentEvent(name, detail) {
  log.info({ detail }, name);
}

export function onTokenize(req) {
  paymentEvent('tokenize', req.body.card_number);
}
`,
    },
    // An own function that logs only what it does not take from its caller, or a masked or derived form of it.
    `
function note(step: string, detail: { cardNumber: string }) {
  console.log(step, mask(detail.cardNumber));
  console.info(\`\${step}: \${detail.cardNumber.length} digits\`);
}
const shout = (message: string) => console.warn(message.toUpperCase());
note('tokenize', { cardNumber });
shout(cardNumber);
`,
    // limitation: a class method whose name does not say it logs (\`record\`, \`print\`) is not followed, whatever its body
    // does; nor is one whose name holds \`log\` only inside a word (\`login\`, \`catalog\`).
    `
class PaymentService {
  record(message, value) { console.log(\`[payment] \${message}\`, value); }
  login(user, detail) { console.log('login', user, detail); }
  charge(req) {
    this.record('charging card', req.body.cardNumber);
    this.login(req.user, req.body.cvc);
  }
}
`,
    // limitation: an own function that logs a renamed copy of a parameter, or one declared in another file, is not
    // followed as a logger.
    `
import { audit } from './audit';
function record(value: string) { const line = value; console.log(line); }
record(cardNumber);
audit(cardNumber);
`,
    // limitation: a card field name cut by a separator inside one of its words, or put together at run time, is not
    // read (the file prefilter reads names word by word, as the code spells them).
    `
export function trace(value: string) {
  console.log({ c_c_n: value });
}
`,
    `
export function trace(code: string) {
  console.log({ ['cv' + 'c']: code });
}
`,
    // limitation: data bound to a child logger earlier is not tracked to later calls.
    `
import pino from 'pino';

const base = pino();
export function handle(cardNumber: string) {
  const log = base.child({ cardNumber });
  log.info('charging');
}
`,
    {
      code: `
const debug = require('debug');
debug('payments');
console.log(card.brand, card.last4);
`,
      languageOptions: { parser: espree },
    },
    {
      code: `
export function Receipt({ last4 }: { last4: string }) {
  console.log('render receipt', last4);
  return <p>Card ending {last4}</p>;
}
`,
      filename: 'receipt.tsx',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // Built-in property names are not logger methods: \`logger.toString(...)\`, \`console.constructor(...)\`.
    `
import pino from 'pino';

const logger = pino();

export function describeCard(card: { number: string; cvc: string }) {
  logger.toString(card.number);
  logger.constructor({ cvc: card.cvc });
  logger.child({}).hasOwnProperty(card.number);
  console.constructor(card.number);
  console.valueOf(card.cvc);
  process.stdout.toString(card.number);
}
`,
    {
      // A door-access badge's credential logged: its Wiegand site code beside the card number (real-world batch 298)
      code: `import { Logger } from '@nestjs/common';

const logger = new Logger('AccessPassService');

export function logIssued(data: { site_code: string; card_number: string; full_name: string }) {
  const pass = { fullName: data.full_name, siteCode: data.site_code, cardNumber: data.card_number };
  logger.log(\`issuing access pass \${JSON.stringify(pass)}\`);
  console.info('pass', { facilityCode: data.site_code, cardNumber: data.card_number });
}
`,
      filename: 'apps/api/src/services/access-pass.service.ts',
    },
    {
      // A trading-card shop's scripts log collector numbers: the same function reads the card's rarity or set code, so
      // the record is a trading card's (real-world batch AH)
      code: `type PokemonCard = { id: string; name: string; number: string; rarity?: string };

export function showVariants(cards: PokemonCard[]) {
  for (const card of cards) {
    console.log(\`\${card.name} (#\${card.number}) - \${card.rarity || 'Unknown'}\`);
    console.log(\`   ID: \${card.id}\`);
  }
}

export function showSample(rows: Array<Record<string, string>>) {
  for (const card of rows) {
    console.log(\`   \${card.name} (\${card.set_code} #\${card.card_number})\`);
  }
}

export function dumpCard(card: PokemonCard) {
  if (card.rarity === 'secret') console.log(card);
  return card.number;
}
`,
      filename: 'scripts/imports/analyze-price-structure.ts',
    },
    // A flash-card app's study session (card-rule-fixtures.ts): its card number is a position, not a PAN
    { code: STUDY_SESSION, filename: 'src/StudySession.jsx' },
    {
      // A kanban board's card, known by the members its type declares (a list, a column) though the function reads
      // only its number (probe)
      code: `interface BoardCard {
  id: string;
  number: number;
  title: string;
  columnId: string;
}

export function moveCard(card: BoardCard, to: string) {
  console.log('moving card', card.number, 'to', to);
}

export const logDrop = (card: { number: number; listId: string }) => console.debug('dropped', card.number);
`,
      filename: 'src/board/moves.ts',
    },
    {
      // Form states without card data: a trading card's collection entry (its card number is a collector's number),
      // a profile
      code: `import { useState } from 'react';

export function CollectionForm() {
  const [entry, setEntry] = useState({ cardNumber: '', setCode: '', rarity: '', condition: 'NM' });
  const [profile] = useState({ name: '', email: '' });
  console.log('adding', entry, profile);
  return null;
}
`,
      filename: 'src/CollectionForm.jsx',
    },
    {
      // A pino logger's own \`redact\` list censors the keys the card data is written under (its merging object, the
      // first argument): a key on the list, a key below one (\`payment.card\`), array elements (\`cards[*].number\`), a
      // wildcard one level down (\`*.cvv\`); a child logger keeps its parent's list.
      code: `import pino from 'pino';
import type { Request, Response } from 'express';

const REDACTED = ['cardNumber', 'card.cvc', 'payment.card', 'cards[*].number', '*.cvv'];
const logger = pino({ level: 'info', redact: { paths: REDACTED, censor: '[redacted]' } });
const requestLog = logger.child({ module: 'checkout' });

export function checkout(req: Request, res: Response) {
  const { cardNumber, cvc, cvv } = req.body;
  requestLog.info({ cardNumber, orderId: req.params.id }, 'charging');
  logger.info({ card: { cvc: req.body.cvc, last4: req.body.number.slice(-4) } });
  logger.info({ payment: { card: { number: cardNumber, cvc } } });
  logger.info({ cards: [{ number: cardNumber }] });
  logger.info({ details: { cvv } });
  res.sendStatus(202);
}
`,
      filename: 'src/checkout.ts',
    },
    // ...also a CommonJS logger whose list is written in its options, with bracket paths.
    `const logger = require('pino')({ redact: ['req.body["cardNumber"]', 'req.body.cvc'] });
module.exports = function logPayment(req) {
  logger.warn({ req: { body: { cardNumber: req.body.cardNumber, cvc: req.body.cvc } } }, 'payment failed');
};
`,
    // A field masked or cleared before the object is logged, unconditionally or where it holds something (real-world
    // batch FW: an audit middleware's \`if (o.cvv) o.cvv = '***'\`): the object no longer holds it.
    `const winston = require('winston');
const logger = winston.createLogger({ transports: [new winston.transports.Console()] });

function auditOrder(req, res, next) {
  const order = req.body;
  if (order.cvv) order.cvv = '***';
  order.cardNumber = order.cardNumber ? '**** ' + order.cardNumber.slice(-4) : null;
  logger.info('order received', order);
  next();
}

module.exports = { auditOrder };
`,
    // ...also in the block that holds the log, a \`try\` block's (real-world batch 231: an account controller that keeps
    // the last four digits of the card it created before logging it).
    `const { createCardForAccount } = require('../models/Account.model');
const { formatLast4Digits } = require('../services/AccountServices');

async function createCard(req, res) {
  try {
    const newCard = await createCardForAccount(req.params.accountId, req.body);
    const format4Digit = formatLast4Digits(newCard.number);
    newCard.number = format4Digit;
    console.log(newCard);
    return res.status(201).json(newCard);
  } catch (error) {
    return res.status(500).json({ message: error.message });
  }
}

module.exports = { createCard };
`,
    // ...and a member read after the field is masked in place on every path to it (real-world batch 233)
    `export function describeCard(card) {
  card.number = '•••• ' + card.number.slice(-4);
  console.info(\`using card \${card.number} (\${card.brand})\`);
  return card;
}
`,
    // A dashboard's stats card, whose number is a count (a length, an index, Math.max; real-world batch 242), logged and
    // kept in localStorage
    `export function statsCard(members, invites) {
  const card = { label: 'Active members', number: members.length };
  const rank = { label: 'Position', number: members.indexOf(invites[0]) };
  console.log('stats card', card, rank, { number: Math.max(members.length, invites.length) });
  localStorage.setItem('dashboard:card', JSON.stringify(card));
  return card;
}
`,
    // A word card's row logged after it is created (real-world batch 233): \`card\` names the model, but nothing beside
    // \`number\` is a payment card's, as the storage rule reads the same \`data\`.
    `import { Router } from 'express';
import { prisma } from '../db';

export const cards = Router();

cards.post('/', async (req, res) => {
  const { number, words } = req.body;
  const card = await prisma.card.create({ data: { number, words, userId: req.user.id } });
  console.log(card);
  res.status(201).json(card);
});
`,
    // A \`number\` taken out of what Stripe returns, of a query (\`page\`), of an invoice beside a month alone, or of a
    // playing card: no card number.
    `const Stripe = require('stripe');
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
async function show(req, res) {
  const pm = await stripe.paymentMethods.retrieve(req.params.id);
  const { number, exp_month, exp_year } = pm.card;
  console.log('card', number, exp_month, exp_year);
  const { number: page, size } = req.query;
  console.log('page', page, size);
  const { number: invoiceNo, exp_month: m } = req.body.invoice;
  console.log(invoiceNo, m);
  res.end();
}
function deck(game) {
  const { number, suit } = game.card;
  console.log('drew', number, suit);
}
module.exports = { show, deck };
`,
    // \`param\` of something that is no route handler's request (\`$.param\`, a callback's \`request\`) reads no request.
    `function serialize(form) {
  console.log($.param({ card_number: form.id }), form.param('card_number'));
  queue.on('job', (request) => console.log(request.param('card_number')));
}
`,
    // \`log\` of something that is no hapi server: a game's \`server\` object, a hapi plugin's options.
    `const game = require('./game');
const server = game.server({ port: 3000 });
export function deal(card) {
  server.log(['deal'], { cardNumber: card.number });
}
`,
    {
      // Destructured numbers of other kinds of card (precision probe GA): a playing card by its declared type or its
      // \`suit\` taken out beside it, a gift card's number beside its expiry; and a card number's const that holds a
      // masked form, whatever its name.
      code: `import { MongoClient } from 'mongodb';

type Card = { number: number; suit: string };
const db = new MongoClient(process.env.MONGO_URL!).db('games');

export function play(card: Card) {
  const { number } = card;
  console.log('played', number);
}

export async function discard(card) {
  const { number, suit } = card;
  console.log('discarded', number, suit);
}

export async function redeem(req) {
  const { number, expMonth, expYear } = req.body.giftCard;
  console.log('redeem gift card', number, expMonth, expYear);
}

export function receipt(n: string) {
  const cardNumber = n.slice(-4);
  const maskedNumber = mask(n);
  console.log('paid with card', cardNumber, maskedNumber);
}
`,
      filename: 'src/games.ts',
    },
    {
      // Stripe Elements kept in card-named fields and variables (Vue 2 Options API, a class, a \`let\`): a handle on
      // Stripe's iframe, whatever the name, logged while debugging the mount.
      code: `import { loadStripe } from '@stripe/stripe-js';

export default {
  data() {
    return { stripe: null, cardNumber: null, cardExpiry: null, cardCvc: null, cardError: '' };
  },
  async mounted() {
    this.stripe = await loadStripe(process.env.VUE_APP_STRIPE_KEY);
    const elements = this.stripe.elements();
    this.cardNumber = elements.create('cardNumber', { showIcon: true });
    this.cardExpiry = elements.create('cardExpiry');
    this.cardCvc = elements.create('cardCvc');
    this.cardNumber.mount('#card-number');
    console.log('card number element', this.cardNumber);
    this.cardNumber.on('change', (event) => {
      this.cardError = event.error ? event.error.message : '';
    });
  },
  beforeDestroy() {
    this.cardNumber.destroy();
    this.cardCvc = null;
  },
  methods: {
    async pay() {
      const { token, error } = await this.stripe.createToken(this.cardNumber);
      console.debug('tokenised from', this.cardNumber, this.cardCvc, token);
      if (error) console.error(error);
    },
  },
};

export class CardFields {
  cardNumber = null;
  #cvc;
  constructor(elements) {
    this.cardNumber = elements.create('cardNumber');
    this.#cvc = elements.getElement('cardCvc');
  }
  debug() {
    console.log(this.cardNumber, this.#cvc);
  }
}

export function mountSplitFields(elements) {
  let cvc = null;
  cvc = elements.create('cardCvc');
  cvc.mount('#card-cvc');
  console.log('mounted', cvc);
}
`,
      filename: 'src/components/PaymentForm.js',
    },
    {
      // Elements kept by a jQuery plugin's constructor and prototype methods (solidus_stripe's shape; real-world batch
      // 284), and in an Angular component's fields typed as Elements
      code: `(function ($) {
  function StripeForm(el, options) {
    this.$el = $(el);
    this.stripe = Stripe(options.key);
    this.elements = this.stripe.elements();
  }

  StripeForm.prototype.init = function () {
    this.cardNumber = this.elements.create('cardNumber');
    this.cardExpiry = this.elements.create('cardExpiry');
    this.cardCvc = this.elements.create('cardCvc');
    this.cardNumber.mount(this.$el.find('.card-number')[0]);
    this.cardExpiry.mount(this.$el.find('.card-expiry')[0]);
    this.cardCvc.mount(this.$el.find('.card-cvc')[0]);
  };

  StripeForm.prototype.debug = function () {
    console.log('StripeForm', this.cardNumber, this.cardCvc);
    $.post('/checkout/debug', { cardNumber: this.cardNumber });
  };

  $.fn.stripeForm = function (options) {
    return this.each(function () {
      var form = new StripeForm(this, options);
      form.init();
      $(this).data('stripeForm', form);
    });
  };
})(jQuery);
`,
      filename: 'app/assets/javascripts/stripe-form.js',
    },
    {
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
  ],
  invalid: [
    {
      // A copy of an Angular form's value (\`Object.assign({}, this.creditCardForm.value)\`) logged after two of its keys
      // are rewritten (real-world batch 334): the form's controls, the CVC the stricter
      code: `import { Component, OnInit } from '@angular/core';
import { FormBuilder, FormGroup, Validators } from '@angular/forms';

@Component({ selector: 'app-rent-car', templateUrl: './rent-car.component.html' })
export class RentCarComponent implements OnInit {
  creditCardForm: FormGroup;
  customerId = 0;

  constructor(private formBuilder: FormBuilder) {}

  ngOnInit(): void {
    this.creditCardForm = this.formBuilder.group({
      nameOnCard: ['', Validators.required],
      cardNumber: ['', Validators.required],
      expirationDate: this.formBuilder.group({ expirationMonth: [''], expirationYear: [''] }),
      cvvNumber: ['', Validators.required],
    });
  }

  rent(): void {
    if (this.creditCardForm.valid) {
      let creditCardModel = Object.assign({}, this.creditCardForm.value);
      creditCardModel.expirationDate = creditCardModel.expirationDate.expirationYear + '-' + creditCardModel.expirationDate.expirationMonth + '-01';
      creditCardModel.customerId = this.customerId;
      console.log(creditCardModel);
    }
  }
}
`,
      filename: 'src/app/components/rent-car/rent-car.component.ts',
      output: null,
      errors: [{ messageId: 'authDataLogged', data: { name: 'cvvNumber', kind: 'card security code (CVC)', sink: 'the console' }, line: 25, column: 19, endLine: 25, endColumn: 34 }],
    },
    {
      // ...but a state's key that starts empty holds what is typed, a one-word name says no flag, and a callback given
      // to another gateway's \`configure\` is no Collect.js response
      code: `import { useState } from 'react';

export function PayForm() {
  const [card, setCard] = useState({ cardNumber: '', cvc: '', valid: false });
  const submit = () => {
    const isComplete = card.valid;
    const ready = card.cardNumber && card.cvc;
    console.log('submitting', card.cardNumber, ready, isComplete);
  };
  (window as any).Gateway.configure({
    callback: (response: { card: { number: string } }) => console.log('tokenized', response.card.number),
  });
  return <button onClick={submit}>Pay</button>;
}
`,
      filename: 'src/components/PayForm.tsx',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'card.cardNumber', kind: 'card number (PAN)', sink: 'the console' }, line: 8, column: 31, endLine: 8, endColumn: 46 },
        { messageId: 'authDataLogged', data: { name: 'ready', kind: 'card security code (CVC)', sink: 'the console' }, line: 8, column: 48, endLine: 8, endColumn: 53 },
        { messageId: 'panLogged', data: { name: 'response.card.number', kind: 'card number (PAN)', sink: 'the console' }, line: 11, column: 84, endLine: 11, endColumn: 104 },
      ],
    },
    {
      // ...and a state of typed values, updated under a computed key and logged whole, holds the CVC it starts empty
      // for, beside its flag (named by the state's key)
      code: `import { useState } from 'react';

export function CardForm({ pay }) {
  const [form, setForm] = useState({ cardNumber: '', cvc: '', complete: false });
  const onInput = (event) => setForm((prev) => ({ ...prev, [event.target.name]: event.target.value }));
  const submit = () => {
    console.log('form', form);
    if (form.complete) pay(form.cardNumber, form.cvc);
  };
  return <input name="cvc" onChange={onInput} onBlur={submit} />;
}
`,
      filename: 'src/components/CardForm.jsx',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 7, column: 25, endLine: 7, endColumn: 29 },
      ],
    },
    {
      // nestjs-pino's PinoLogger injected into a NestJS provider (real-world batch 329)
      code: `import { Injectable } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';

export class AddCardDto {
  cardNumber: string;
  cvc: string;
  expMonth: number;
}

@Injectable()
export class CardsService {
  constructor(@InjectPinoLogger(CardsService.name) private readonly logger: PinoLogger) {}

  async addCard(dto: AddCardDto) {
    this.logger.info(\`adding card \${dto.cardNumber}\`);
    this.logger.debug({ cvc: dto.cvc }, 'card received');
  }
}
`,
      filename: 'src/cards/cards.service.ts',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'dto.cardNumber', kind: 'card number (PAN)', sink: 'a logger' }, line: 15, column: 37, endLine: 15, endColumn: 51 },
        { messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a logger' }, line: 16, column: 25, endLine: 16, endColumn: 28 },
      ],
    },
    {
      // A security code logged as an argument of its own, beside the card number's (probe 307: a Redux slice); a
      // verification code beside a phone number is a text message's
      code: `import { createAsyncThunk } from '@reduxjs/toolkit';
import PaymentsService from '../services/payments.service';

export const createPaymentCard = createAsyncThunk('payments/createPaymentCard', async ({ user_id, card_number, security_code, expiration_date }, thunkAPI) => {
  console.log('Creating payment card', user_id, card_number, security_code, expiration_date);
  try {
    return await PaymentsService.createPaymentCard(user_id, card_number, security_code, expiration_date);
  } catch (error) {
    return thunkAPI.rejectWithValue(error.toString());
  }
});

export const verifyPhone = createAsyncThunk('users/verifyPhone', async ({ phone_number, security_code }) => {
  console.log('Verifying phone', phone_number, security_code);
  return PaymentsService.verifyPhone(phone_number, security_code);
});
`,
      filename: 'frontend/src/slices/payments.js',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'the console' }, line: 5, column: 49, endLine: 5, endColumn: 60 },
        { messageId: 'authDataLogged', data: { name: 'security_code', kind: 'card security code (CVC)', sink: 'the console' }, line: 5, column: 62, endLine: 5, endColumn: 75 },
      ],
    },
    {
      // A Stripe Issuing card's own number and CVC, retrieved with `expand` and logged: the card program's advice (its
      // id or last4, Issuing Elements), not a payment's; its last4 is no card data
      code: `import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function showCard(id: string) {
  const card = await stripe.issuing.cards.retrieve(id, { expand: ['number', 'cvc'] });
  console.log('issued card', card.number, card.cvc, card.last4);
  return { id: card.id, last4: card.last4 };
}

// ...and the card logged whole carries both (real-world batch 336: a bot that hands out virtual cards); one retrieved
// without \`expand\` holds neither
export async function revealCard(id: string) {
  const card = await stripe.issuing.cards.retrieve(id, { expand: ['number', 'cvc'] });
  console.log(card);
  const plain = await stripe.issuing.cards.retrieve(id);
  console.log(plain);
  return card;
}
`,
      filename: 'src/issuing/show.ts',
      output: null,
      errors: [
        { messageId: 'issuedCardDetailLogged', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'the console' }, line: 7, column: 30, endLine: 7, endColumn: 41 },
        { messageId: 'issuedCardDetailLogged', data: { name: 'card.cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 7, column: 43, endLine: 7, endColumn: 51 },
        { messageId: 'issuedCardDetailLogged', data: { name: 'card.cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 15, column: 15, endLine: 15, endColumn: 19 },
      ],
    },
    {
      // Private members are read by their names (real-world batch 279): a card kept in private fields and logged.
      code: `export class CardForm {
  #cardNumber = '';
  #card = { number: '', cvc: '' };
  #log(...args: unknown[]) {
    return args.length;
  }
  debug() {
    console.log(this.#cardNumber, this.#card.cvc);
    this.#log(this.#cardNumber);
  }
}`,
      filename: 'src/CardForm.ts',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'this.#cardNumber', kind: 'card number (PAN)', sink: 'the console' }, line: 8, column: 17, endLine: 8, endColumn: 33 },
        { messageId: 'authDataLogged', data: { name: 'this.#card.cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 8, column: 35, endLine: 8, endColumn: 49 },
      ],
    },
    {
      // The same names holding what the customer typed are card data: a field written from the form besides the
      // Element, a \`let\` that starts as the empty string a template binds.
      code: `import { loadStripe } from '@stripe/stripe-js';

export default {
  data() {
    return { cardNumber: null, cardCvc: '' };
  },
  mounted() {
    this.cardNumber = this.elements.create('cardNumber');
    this.cardNumber = this.form.cardNumber;
  },
  methods: {
    pay() {
      console.log(this.cardNumber, this.cardCvc);
    },
  },
};`,
      filename: 'src/components/CardForm.js',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'this.cardNumber', kind: 'card number (PAN)', sink: 'the console' }, line: 13, column: 19, endLine: 13, endColumn: 34 },
        { messageId: 'authDataLogged', data: { name: 'this.cardCvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 13, column: 36, endLine: 13, endColumn: 48 },
      ],
    },
    {
      // A private helper that hands its parameters to the logger (\`#log(message, data) { logger.info(…) }\`; real-world
      // batch 282's leftover) forwards as a public one does; a private method named like a logger that logs nothing
      // (\`#track\`), and the last four digits through the helper, are not reported.
      code: `import pino from 'pino';

const logger = pino({ name: 'payments' });

export class PaymentService {
  #log(message: string, data?: unknown) {
    logger.info({ data }, message);
  }

  #track(event: string) {
    return event.length;
  }

  async charge(card: { number: string; cvc: string; last4: string }) {
    this.#log('charging card', card.number);
    this.#track(card.cvc);
    this.#log('charged', card.last4);
  }
}
`,
      filename: 'src/payments/payment.service.ts',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'a pino logger, through `#log()`' }, line: 15, column: 32, endLine: 15, endColumn: 43 },
      ],
    },
    {
      // Class methods whose names say they log (\`logCard\`, \`_log\`, \`logInfo\`, \`audit\`) and a class field holding a
      // logging arrow (real-world batch 288's shapes); the same names that log no parameter, a playing card's
      // \`logCard\`, and the last four digits are not reported.
      code: `const logger = require('../lib/logger');

class GatewayClient {
  log = (...args) => console.log('[gateway]', ...args);

  _log(...args) {
    if (process.env.DEBUG_PAYMENTS) console.log('[gateway]', ...args);
  }

  logInfo(message, data) {
    logger.info(message, data);
  }

  logCard(card) {
    console.log('card ending', card.last4);
  }

  audit(action, data) {
    console.log(\`[AUDIT] \${action}\`, JSON.stringify(data));
  }

  async authorize(req) {
    this._log('request', { card_number: req.body.card_number, amount: req.body.amount });
    this.logInfo('authorizing card', req.body.cardNumber);
    this.audit('authorize', { cvv: req.body.cvv });
    this.log('expiry', req.body.expiry, 'cvc', req.body.cvc);
    this.logCard({ number: req.body.cardNumber, last4: req.body.last4 });
    this.logInfo('authorized', req.body.last4);
  }
}

module.exports = GatewayClient;
`,
      filename: 'src/gateway/client.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'the console, through `_log()`' }, line: 23, column: 28, endLine: 23, endColumn: 39 },
        { messageId: 'panLogged', data: { name: 'req.body.cardNumber', kind: 'card number (PAN)', sink: 'a logger, through `logInfo()`' }, line: 24, column: 38, endLine: 24, endColumn: 57 },
        { messageId: 'authDataLogged', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'the console, through `audit()`' }, line: 25, column: 31, endLine: 25, endColumn: 34 },
        { messageId: 'authDataLogged', data: { name: 'req.body.cvc', kind: 'card security code (CVC)', sink: 'the console, through `log()`' }, line: 26, column: 48, endLine: 26, endColumn: 60 },
      ],
    },
    {
      // Real-world batch 283's mutants of an Express card route: the app's logging function required by destructuring,
      // a \`let\` declared first and given the card number later, lines pushed to a list and joined; a \`let\` masked after
      // it took the number is no PAN.
      code: `const express = require('express');
const { logInfo } = require('../utils/logger');
const logger = require('../config/winston');

const router = express.Router();

router.post('/cards', async (req, res) => {
  const { userId, cardNumber } = req.body;
  logInfo(\`new card for \${userId}: \${cardNumber}\`);
  let num;
  num = req.body.cardNumber;
  logger.info('charging card: ' + num);
  const lines = [];
  lines.push('user ' + userId);
  lines.push('card ' + req.body.cardNumber);
  logger.info(lines.join(' | '));
  let shown = req.body.cardNumber;
  shown = shown.slice(-4);
  logger.info(\`card ending \${shown}\`);
  res.sendStatus(201);
});

module.exports = router;
`,
      filename: 'src/routes/cards.js',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: "the app's logger, through `logInfo()`" }, line: 9, column: 38, endLine: 9, endColumn: 48 },
        { messageId: 'panLogged', data: { name: 'num', kind: 'card number (PAN)', sink: 'a logger' }, line: 12, column: 35, endLine: 12, endColumn: 38 },
        { messageId: 'panLogged', data: { name: 'req.body.cardNumber', kind: 'card number (PAN)', sink: 'a logger' }, line: 15, column: 24, endLine: 15, endColumn: 43 },
      ],
    },
    {
      // A fallback's right side may be what is logged (real-world batch 279).
      code: `export function declined(card, saved) {
  console.log('cvc', saved ?? card.cvc);
  console.warn(saved || card.number);
}`,
      filename: 'src/declined.js',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'saved ?? card.cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 2, column: 22, endLine: 2, endColumn: 39 },
        { messageId: 'panLogged', data: { name: 'saved || card.number', kind: 'card number (PAN)', sink: 'the console' }, line: 3, column: 16, endLine: 3, endColumn: 36 },
      ],
    },
    {
      // An error made with card data in its message, sent to an error tracker or logged, also held in a const first
      // (regression probe 265); one made from the last four digits, and a thrown one (no sink), are not reported.
      code: `import * as Sentry from '@sentry/node';
import pino from 'pino';
const logger = pino();
export function declined(card: { number: string; cvc: string; last4: string }) {
  const error = new Error(\`Card \${card.number} declined\`);
  Sentry.captureException(error);
  logger.error(new PaymentError({ cvc: card.cvc }));
  console.error(new Error(\`Card ending \${card.last4} declined\`));
  console.error(new Map([['cvc', card.cvc]]));
  throw new TypeError(\`bad card \${card.number}\`);
}
class PaymentError extends Error {}
`,
      filename: 'src/declined.ts',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'Sentry (an error tracker)' }, line: 6, column: 27, endLine: 6, endColumn: 32 },
        { messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a pino logger' }, line: 7, column: 35, endLine: 7, endColumn: 38 },
      ],
    },
    {
      // A logger an own factory returns as an object literal is read by its name; a method a later spread or key of the
      // same name replaces is not the one called; a value the file declares boolean is no card data under a card's key
      // (a Stripe Element's change state; regression probe 265).
      code: `import * as Sentry from '@sentry/react';

function createLogger(prefix: string) {
  return { info: (...args: unknown[]) => console.log(prefix, ...args) };
}
const log = createLogger('[pay]');
const quiet = { info() {} };
const helper = { info(message: string, detail: object) { console.log(message, detail); }, ...quiet };
const twice = { info(message: string, detail: object) { console.log(message, detail); }, info(message: string) { void message; } };

export function pay(card: { number: string }, state: { complete: boolean; empty: boolean }) {
  log.info('paying', card.number);
  helper.info('paying', { cardNumber: card.number });
  twice.info('paying', { cardNumber: card.number });
  Sentry.setContext('checkout', { cardNumber: state.complete, cvc: state.empty });
}
`,
      filename: 'src/pay.ts',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'a logger' }, line: 12, column: 22, endLine: 12, endColumn: 33 },
      ],
    },
    {
      // A bare `cc` beside a CVC holding a list through a const: a mail's copies, not a card number.
      code: `const COPIES = ['accounts@shop.example'];
export function charge(card: { cc: string; cvv: string }) {
  console.log('receipt', { cc: COPIES, cvv: card.cvv });
  console.log('charge', { cc: card.cc, cvv: card.cvv });
}
`,
      filename: 'src/checkout/charge.ts',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'the console' }, line: 3, column: 40, endLine: 3, endColumn: 43 },
        { messageId: 'panLogged', data: { name: 'cc', kind: 'card number (PAN)', sink: 'the console' }, line: 4, column: 27, endLine: 4, endColumn: 29 },
        { messageId: 'authDataLogged', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'the console' }, line: 4, column: 40, endLine: 4, endColumn: 43 },
      ],
    },
    {
      // Card data in an error tracker's extra context, a breadcrumb and a scope, and in analytics events: kept by the
      // service like a log line.
      code: `import * as Sentry from '@sentry/nextjs';
import { captureMessage } from '@sentry/nextjs';
import { NextResponse } from 'next/server';
import mixpanel from 'mixpanel';

const events = mixpanel.init(process.env.MIXPANEL_TOKEN!);

interface ChargeRequest { cardNumber: string; cvc: string; expMonth: number; expYear: number; amount: number }

export async function POST(request: Request) {
  const body = (await request.json()) as ChargeRequest;
  Sentry.addBreadcrumb({ category: 'payment', message: 'charge requested', data: { card: body.cardNumber } });
  try {
    const result = await chargeWithProcessor(body);
    events.track('charge', { amount: body.amount, cvc: body.cvc });
    return NextResponse.json(result);
  } catch (error) {
    Sentry.withScope((scope) => {
      scope.setExtra('cardNumber', body.cardNumber);
      Sentry.captureException(error);
    });
    captureMessage(\`charge failed for \${body.cardNumber}\`);
    return NextResponse.json({ error: 'charge failed' }, { status: 402 });
  }
}
`,
      filename: 'app/api/charge/route.ts',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'body.cardNumber', kind: 'card number (PAN)', sink: 'Sentry (an error tracker)' }, line: 12, column: 90, endLine: 12, endColumn: 105 },
        { messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'Mixpanel (analytics)' }, line: 15, column: 51, endLine: 15, endColumn: 54 },
        { messageId: 'panLogged', data: { name: 'body.cardNumber', kind: 'card number (PAN)', sink: 'Sentry (an error tracker)' }, line: 19, column: 36, endLine: 19, endColumn: 51 },
        { messageId: 'panLogged', data: { name: 'body.cardNumber', kind: 'card number (PAN)', sink: 'Sentry (an error tracker)' }, line: 22, column: 41, endLine: 22, endColumn: 56 },
      ],
    },
    {
      // A React Native card screen: a const object literal's logging method (called on the const), a Bugsnag event's
      // metadata in the callback `notify` hands it, and Segment's `track` taken out of its hook (given a masked number).
      code: `import Bugsnag from '@bugsnag/react-native';
import { useAnalytics } from '@segment/analytics-react-native';
import { useState } from 'react';
import { Button, TextInput, View } from 'react-native';

const checkoutLog = {
  info(name: string, detail: object) {
    console.log(\`[checkout] \${name}\`, detail);
  },
};

export function CardScreen({ onToken }: { onToken: (token: string) => void }) {
  const { track } = useAnalytics();
  const [card, setCard] = useState({ number: '', cvc: '', expiry: '' });
  const submit = async () => {
    track('Card Submitted', { last4: card.number.slice(-4) });
    checkoutLog.info('submit', { cardNumber: card.number });
    try {
      onToken(await tokenize(card));
    } catch (error) {
      Bugsnag.notify(error as Error, (event) => {
        event.addMetadata('card', { number: card.number, expiry: card.expiry });
      });
    }
  };
  return (
    <View>
      <TextInput value={card.number} onChangeText={(number) => setCard({ ...card, number })} />
      <Button title="Pay" onPress={submit} />
    </View>
  );
}
`,
      filename: 'src/screens/CardScreen.tsx',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'the console, through `info()`' }, line: 17, column: 34, endLine: 17, endColumn: 44 },
        { messageId: 'panLogged', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'Bugsnag (an error tracker)' }, line: 22, column: 45, endLine: 22, endColumn: 56 },
      ],
    },
    {
      // A class's own `track` method that hands its properties to PostHog, and Sentry loaded lazily (real-world batch 264:
      // both shapes seen in apps that sent no card data).
      code: `import posthog from 'posthog-js';

const EventualSentry = import('@sentry/browser');

export class CheckoutTracker {
  track(event: string, properties?: Record<string, unknown>) {
    posthog.capture(event, { ...properties, source: 'checkout' });
  }

  cardRejected(card: { number: string; cvc: string }, error: Error) {
    this.track('card_rejected', { number: card.number, reason: error.message });
    void EventualSentry.then((Sentry) => Sentry.captureException(error, { extra: { cvc: card.cvc } }));
  }
}
`,
      filename: 'src/checkout/tracker.ts',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'PostHog (analytics), through `track()`' }, line: 11, column: 43, endLine: 11, endColumn: 54 },
        { messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'Sentry (an error tracker)' }, line: 12, column: 84, endLine: 12, endColumn: 87 },
      ],
    },
    {
      // Functions of the app's own logging module imported by names that say they log (real-world batch 270: a
      // checkout's \`logInfo\` of \`@/utils/payment-logger\`); another function of that module, or an analytics
      // helper of the app's, is not read so.
      code: `import { formatAmount, logInfo } from '@/utils/payment-logger';
import { logError } from '../lib/log';
import { track } from './analytics';

export function submit(form: { cardNumber: string; cvv: string }) {
  logInfo('credit-card', 'submit', { cardNumber: form.cardNumber });
  formatAmount(form.cardNumber);
  logError(new Error('declined'), { cvv: form.cvv });
  track('submit', { cvv: form.cvv });
}
`,
      filename: 'src/checkout/submit.ts',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: "the app's logger, through \`logInfo()\`" }, line: 6, column: 38, endLine: 6, endColumn: 48 },
        { messageId: 'authDataLogged', data: { name: 'cvv', kind: 'card security code (CVC)', sink: "the app's logger, through \`logError()\`" }, line: 8, column: 37, endLine: 8, endColumn: 40 },
      ],
    },
    {
      // Helpers that call an SDK's function bare: Amplitude's \`track\` imported by name, PostHog's \`capture\` taken out of
      // its object; both forward their parameter, as the direct call does.
      code: `import { init, track } from '@amplitude/analytics-browser';
import posthog from 'posthog-js';

init(process.env.AMPLITUDE_KEY!);
const { capture } = posthog;

function trackCheckout(properties: Record<string, unknown>) {
  track('Checkout Submitted', properties);
}
function report(details: unknown) {
  capture('payment_form', details);
}

export function onSubmit(form: { cardNumber: string; cvc: string; plan: string }) {
  trackCheckout({ plan: form.plan, cardNumber: form.cardNumber });
  report({ cvc: form.cvc });
}
`,
      filename: 'src/checkout/analytics.ts',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'Amplitude (analytics), through \`trackCheckout()\`' }, line: 15, column: 36, endLine: 15, endColumn: 46 },
        { messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'PostHog (analytics), through \`report()\`' }, line: 16, column: 12, endLine: 16, endColumn: 15 },
      ],
    },
    {
      // Google Analytics through react-ga4, Mixpanel's people profile (directly and through a helper), and a Map's
      // \`set\` in the same file, which sends nothing (real-world batch 270).
      code: `import ReactGA from 'react-ga4';
import mixpanel from 'mixpanel-browser';

function rememberProfile(properties: Record<string, unknown>) {
  mixpanel.people.set(properties);
}

export function submitPayment(form: { cardNumber: string; cvv: string; plan: string }, drafts: Map<string, string>) {
  ReactGA.event('add_payment_info', { plan: form.plan, cvv: form.cvv });
  mixpanel.people.set({ cardNumber: form.cardNumber });
  rememberProfile({ cvv: form.cvv });
  drafts.set('cvv', form.cvv);
}
`,
      filename: 'src/checkout/submit.ts',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'Google Analytics (analytics)' }, line: 9, column: 56, endLine: 9, endColumn: 59 },
        { messageId: 'panLogged', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'Mixpanel (analytics)' }, line: 10, column: 25, endLine: 10, endColumn: 35 },
        { messageId: 'authDataLogged', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'Mixpanel (analytics), through \`rememberProfile()\`' }, line: 11, column: 21, endLine: 11, endColumn: 24 },
      ],
    },
    {
      // An app's own helper that hands its context to Sentry, and a DOM attribute named like Crashlytics' setter (no sink).
      code: `import * as Sentry from '@sentry/browser';
function reportError(error: unknown, context: Record<string, unknown>) {
  Sentry.captureException(error, { extra: context });
}
export function pay(card: { number: string; cvc: string }, button: HTMLElement) {
  reportError(new Error('declined'), { cardNumber: card.number });
  button.setAttribute('data-card', card.number);
}
`,
      filename: 'src/pay.ts',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'Sentry (an error tracker), through `reportError()`' }, line: 6, column: 40, endLine: 6, endColumn: 50 },
      ],
    },
    {
      // A checkout form's values in a product-analytics event and a session replay's event (React, PostHog, LogRocket).
      code: `import { usePostHog } from 'posthog-js/react';
import LogRocket from 'logrocket';
import { useState } from 'react';

export function CardForm() {
  const posthog = usePostHog();
  const [form, setForm] = useState({ cardNumber: '', cvv: '', expiry: '' });
  const submit = () => {
    posthog.capture('card_submitted', { ...form });
    LogRocket.track('card_submitted', { cvv: form.cvv });
  };
  return <button onClick={submit}>Pay</button>;
}
`,
      filename: 'src/components/CardForm.tsx',
      output: null,
      errors: [
        // One report per value: the form spread in, by its most sensitive field.
        { messageId: 'authDataLogged', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'PostHog (analytics)' }, line: 9, column: 44, endLine: 9, endColumn: 48 },
        { messageId: 'authDataLogged', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'LogRocket (session replay)' }, line: 10, column: 41, endLine: 10, endColumn: 44 },
      ],
    },
    {
      // An encryption awaited, logged (real-world batch 249)
      code: `export async function sealCard(card, pwd) {
  console.log('sealed card', await encrypt(card.cvc, pwd));
}
`,
      filename: 'src/vault.js',
      output: null,
      errors: [{ messageId: 'authDataLogged', data: { name: 'card.cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 2, column: 44, endLine: 2, endColumn: 52 }],
    },
    {
      // An untyped `formData` parameter of a server action, in a module or a function that says 'use server' (a
      // JavaScript Next.js app; real-world batch 247)
      code: `'use server';
export async function addCard(formData) {
  console.log('adding card', formData.get('cardNumber'));
}
`,
      filename: 'app/wallet/actions.js',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: "formData.get('cardNumber')", kind: 'card number (PAN)', sink: 'the console' }, line: 3, column: 30, endLine: 3, endColumn: 56 },
      ],
    },
    {
      code: `export async function PayPage() {
  async function pay(formData) {
    'use server';
    console.info('cvc', formData.get('cvc'));
  }
  return pay;
}
`,
      filename: 'app/pay/page.js',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: "formData.get('cvc')", kind: 'card security code (CVC)', sink: 'the console' }, line: 4, column: 25, endLine: 4, endColumn: 44 },
      ],
    },
    {
      // A CVC encrypted or hashed is still one, logged (PCI DSS 3.3; real-world batch 248); an encrypted card number is not.
      // (limitation: a hash built by a chain, `createHash(…).update(cvc).digest()`, is not read.)
      code: `const { encrypt } = require('./crypto');
const crypto = require('node:crypto');

function audit(card) {
  console.log('card saved', encrypt(card.number), encrypt(card.cvv));
  console.info(crypto.createHash('sha256').update(card.cvc).digest('hex'));
}
module.exports = { audit };
`,
      filename: 'src/main/audit.js',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'card.cvv', kind: 'card security code (CVC)', sink: 'the console' }, line: 5, column: 59, endLine: 5, endColumn: 67 },
      ],
    },
    {
      // pino's message after the merging object says which card it is (precision probe GH: a gift card's balance check);
      // a message that starts with a payment ("card charged…") says nothing of the card
      code: `import pino from 'pino';

const logger = pino({ level: 'info' });

export async function checkBalance(cardNumber: string, pin: string) {
  logger.info({ cardNumber, pin }, 'gift card balance check');
  const response = await fetch('https://api.example-giftcards.com/balance', { method: 'POST', body: JSON.stringify({ cardNumber, pin }) });
  return response.json();
}

export async function chargeOrder(cardNumber: string, amount: number) {
  logger.info({ cardNumber, amount }, 'card charged for a gift card order');
}
`,
      filename: 'src/giftcards/balance.ts',
      output: null,
      errors: [{ messageId: 'panLogged', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a pino logger' }, line: 12, column: 17, endLine: 12, endColumn: 27 }],
    },
    {
      // A number the same function hands Stripe as the card's number is the PAN, logged before the call too (real-world
      // batch GD); its expiry says nothing, and what Stripe returns is safe.
      code: `const express = require('express');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
const logger = require('./logger');

async function createCardToken(num, month, year, code) {
  logger.info(\`creating a token for \${num} (\${month}/\${year})\`);
  const token = await stripe.tokens.create({ card: { number: num, exp_month: month, exp_year: year, cvc: code } });
  logger.info('token created', { token: token.id, last4: token.card.last4 });
  return token;
}

const router = express.Router();
router.post('/cards', async (req, res) => {
  const { num, month, year, code } = req.body;
  const token = await createCardToken(num, month, year, code);
  res.json({ id: token.id });
});
module.exports = router;
`,
      filename: 'routes/cards.js',
      languageOptions: { parser: espree, parserOptions: { sourceType: 'commonjs', ecmaVersion: 'latest' } } as const,
      output: null,
      errors: [{ messageId: 'panLogged', data: { name: 'num', kind: 'card number (PAN)', sink: 'a logger' }, line: 6, column: 39, endLine: 6, endColumn: 42 }],
    },
    {
      // A SweetAlert prompt whose title says it adds a library card (real-world batch GC): the number it logs is that
      // card's; the prompt that takes a payment card is reported.
      code: `import { Injectable } from '@angular/core';
import Swal from 'sweetalert2';

@Injectable({ providedIn: 'root' })
export class WalletService {
  async addCard(): Promise<void> {
    await Swal.fire({
      title: 'Add a library card',
      input: 'text',
      inputLabel: 'Card number',
      preConfirm: (cardNumber: string) => {
        console.log('card added', cardNumber);
        return cardNumber;
      },
    });
  }

  async payByCard(): Promise<void> {
    await Swal.fire({
      title: 'Pay by card',
      input: 'text',
      preConfirm: (cardNumber: string) => {
        console.log('paying with', cardNumber);
      },
    });
  }
}
`,
      filename: 'src/app/wallet.service.ts',
      output: null,
      errors: [{ messageId: 'panLogged', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'the console' }, line: 23, column: 36, endLine: 23, endColumn: 46 }],
    },
    {
      // A Vue component's hook calling one of its \`methods\` that logs what it is handed.
      code: `export default {
  data() {
    return { card: { number: '', cvc: '' } };
  },
  mounted() {
    this.trace(this.card.number);
  },
  watch: {
    'card.cvc'(value) {
      this.keep(value, this.card.cvc);
    },
  },
  methods: {
    trace(value) {
      console.log('card', value);
    },
    keep(a, b) {
      localStorage.setItem('cvc', b);
    },
  },
};
`,
      filename: 'src/components/CardForm.js',
      errors: [{ messageId: 'panLogged', line: 6, column: 16, endLine: 6, endColumn: 32 }],
      output: null,
    },
    {
      // The body a handler reads card fields from, logged whole in a callback of the handler (real-world batch 270: a
      // payment route's \`.catch\`); a body the handler reads no card field from is not card data.
      code: `app.post('/pay', (req, res) => {
  const { cardNumber, cvv } = req.body;
  charge(cardNumber, cvv).catch((err) => {
    console.error('charge failed', err, req.body);
  });
  res.status(202).end();
});

app.post('/contact', (req, res) => {
  send(req.body.email).catch((err) => console.error('mail failed', err, req.body));
  res.end();
});
`,
      filename: 'routes/pay.js',
      languageOptions: { parser: espree },
      errors: [
        {
          messageId: 'cardDataObjectLogged',
          data: { object: 'req.body', name: 'cvv', access: 'reads', kind: 'the card security code (CVC)', sink: 'the console' },
          line: 4,
          column: 41,
          endLine: 4,
          endColumn: 49,
        },
      ],
      output: null,
    },
    {
      // A mask in a block the log is not in (a branch on something else) may not have run when the object is logged.
      code: `const { createCardForAccount } = require('../models/Account.model');
const { formatLast4Digits } = require('../services/AccountServices');

async function createCard(req, res) {
  const newCard = await createCardForAccount(req.params.accountId, req.body);
  if (req.query.masked === 'true') {
    newCard.number = formatLast4Digits(newCard.number);
  }
  console.log(newCard);
  return res.status(201).json(newCard);
}

module.exports = { createCard };
`,
      errors: [
        {
          messageId: 'cardDataObjectLogged',
          data: { object: 'newCard', name: 'number', access: 'reads', kind: 'the card number (PAN)', sink: 'the console' },
          line: 9,
          column: 15,
          endLine: 9,
          endColumn: 22,
        },
      ],
      output: null,
    },
    {
      // A form data logged whole, or copied with Object.fromEntries, where the function reads a card field from it by
      // name (real-world batch 239: a SvelteKit checkout action); not a form it reads no card field from
      code: `export const actions = {
  default: async ({ request }) => {
    const data = await request.formData();
    console.log('Checkout form: ', data);
    console.info(Object.fromEntries(data));
    const cvv = data.get('ccSecurityCode');
    return { ok: !!cvv };
  },
  subscribe: async ({ request }) => {
    const form = await request.formData();
    console.log(Object.fromEntries(form));
    return { email: form.get('email') };
  },
};
`,
      filename: 'src/routes/checkout/+page.server.js',
      errors: [
        {
          messageId: 'cardDataObjectLogged',
          data: { object: 'data', name: "get('ccSecurityCode')", access: 'reads', kind: 'the card security code (CVC)', sink: 'the console' },
          line: 4,
          column: 36,
          endLine: 4,
          endColumn: 40,
        },
        {
          messageId: 'cardDataObjectLogged',
          data: { object: 'data', name: "get('ccSecurityCode')", access: 'reads', kind: 'the card security code (CVC)', sink: 'the console' },
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 42,
        },
      ],
      output: null,
    },
    {
      // An AngularJS controller's \`$scope\` model, a form of blanks its template binds, logged whole; and one filled from
      // the page (real-world batch 237); the model's fields are read wherever the controller writes them
      code: `angular.module('shop').controller('PaymentCtrl', function ($scope, $http) {
  $scope.payment = { number: '', cvc: '', exp_month: '', exp_year: '' };
  $scope.pay = function () {
    console.log($scope.payment);
  };
  $scope.charge = function () {
    $scope.card = { number: $('#n').val(), cvc: $('#c').val() };
    console.info('charging', $scope.card);
  };
});
`,
      filename: 'public/js/payment.js',
      errors: [
        { messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 4, column: 17, endLine: 4, endColumn: 31 },
        { messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 8, column: 30, endLine: 8, endColumn: 41 },
      ],
      output: null,
    },
    {
      // A Vuex 3 module's state, held in consts the module names, logged in a mutation (real-world batch 243)
      code: `const state = {
  cardUserDetails: { name: '', number: null, date: null, cvc: null },
};

const mutations = {
  setCardDetails(state, payload) {
    console.log('setCardDetails', state.cardUserDetails);
    state.cardUserDetails = payload;
  },
};

export default { state, mutations };
`,
      filename: 'src/store/modules/stepPayment.js',
      errors: [
        { messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 7, column: 35, endLine: 7, endColumn: 56 },
      ],
      output: null,
    },
    {
      // A mask written after the object is logged does not hide what was logged before it (precision probe GA).
      code: `const logger = require('winston').createLogger();

function audit(req, res) {
  const order = req.body;
  logger.info('raw order', order);
  if (order.cvv) order.cvv = '***';
  logger.info('masked order', order);
  res.end();
}

module.exports = { audit };
`,
      errors: [
        {
          messageId: 'cardDataObjectLogged',
          data: { object: 'order', name: 'cvv', access: 'reads', kind: 'the card security code (CVC)', sink: 'a winston logger' },
          line: 5,
          column: 28,
          endLine: 5,
          endColumn: 33,
        },
      ],
      output: null,
    },
    {
      // hapi's \`server.log(tags, data)\` on a server made in the file writes the server's log.
      code: `const Hapi = require('@hapi/hapi');

const init = async () => {
  const server = Hapi.server({ port: 3000 });
  server.route({
    method: 'POST',
    path: '/pay',
    handler: (request, h) => {
      const { cardNumber, cvv } = request.payload;
      server.log(['payment', 'debug'], { cardNumber, amount: request.payload.amount });
      server.log(['payment'], \`received cvv \${cvv}\`);
      return h.response({ ok: true }).code(202);
    },
  });
  server.log(['startup'], { port: 3000 });
  await server.start();
};
init();
`,
      errors: [
        { messageId: 'panLogged', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a logger' }, line: 10, column: 42, endLine: 10, endColumn: 52 },
        { messageId: 'authDataLogged', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a logger' }, line: 11, column: 47, endLine: 11, endColumn: 50 },
      ],
      output: null,
    },
    {
      // Sails' \`req.param('card_number')\` on a route handler's request reads the parameter of that name.
      code: `module.exports = {
  async pay(req, res) {
    const cvc = req.param('cvc');
    sails.log.info('paying', req.param('amount'), 'with card', req.param('card_number'));
    await Card.create({ owner: req.session.userId, number: req.param('card_number'), security: cvc }).fetch();
    return res.ok();
  },
};
`,
      errors: [{ messageId: 'panLogged', data: { name: "req.param('card_number')", kind: 'card number (PAN)', sink: 'a logger' }, line: 4, column: 64, endLine: 4, endColumn: 88 }],
      output: null,
    },
    {
      // A bare \`number\` taken out of a card (\`const { number } = req.body.card\`), or out of a body beside a card's
      // expiry, is the card number, as the member read would be.
      code: `const logger = require('pino')();

async function charge(req, res) {
  const { number, cvv, exp_month, exp_year } = req.body;
  logger.info('charging card', number, exp_month, exp_year);
  res.sendStatus(202);
}

function preview(req, res) {
  const { number, name } = req.body.card;
  console.log(\`preview for \${name}: \${number}\`);
  res.end();
}

module.exports = { charge, preview };
`,
      errors: [
        { messageId: 'panLogged', data: { name: 'number', kind: 'card number (PAN)', sink: 'a pino logger' }, line: 5, column: 32, endLine: 5, endColumn: 38 },
        { messageId: 'panLogged', data: { name: 'number', kind: 'card number (PAN)', sink: 'the console' }, line: 11, column: 39, endLine: 11, endColumn: 45 },
      ],
      output: null,
    },
    {
      // A card-form component in the style of react-credit-cards (real-world batch 340: a Vuetify card input): a bare
      // \`number\` taken out beside a CVC is the card's, as a model's field would be; the CVC by its own name
      code: `export default {
  name: 'CreditCard',
  props: { value: { type: Object, required: true } },
  methods: {
    validate() {
      const { cvc, expiry, number } = this.value;
      if (!/^\\d{3,4}$/.test(cvc)) console.error("CVC number isn't valid:", cvc);
      if (!luhn(number)) console.error("Card number isn't valid:", number);
      return true;
    },
  },
};
`,
      filename: 'src/components/Card.js',
      errors: [
        { messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 7, column: 76, endLine: 7, endColumn: 79 },
        { messageId: 'panLogged', data: { name: 'number', kind: 'card number (PAN)', sink: 'the console' }, line: 8, column: 68, endLine: 8, endColumn: 74 },
      ],
      output: null,
    },
    {
      // A field set only where it is missing, or to a value still holding it, is not masked.
      code: `const winston = require('winston');
const logger = winston.createLogger({ transports: [new winston.transports.Console()] });

function auditOrder(req, res, next) {
  const order = req.body;
  if (order.cvv === undefined) order.cvv = '';
  if (order.card && order.card.cvc) order.card.cvc = order.card.cvc.trim();
  logger.info('order received', order);
  next();
}

module.exports = { auditOrder };
`,
      errors: [
        {
          messageId: 'cardDataObjectLogged',
          data: { object: 'order', name: 'cvv', access: 'reads', kind: 'the card security code (CVC)', sink: 'a winston logger' },
          line: 8,
          column: 33,
          endLine: 8,
          endColumn: 38,
        },
      ],
      output: null,
    },
    {
      // What a pino logger's \`redact\` list leaves: a key not on it (\`card.number\` beside \`card.cvc\`), a top-level key
      // that a wildcard path reaches only one level down (\`*.cvv\`), a value interpolated into the message (redaction
      // reads the merging object only), and a child logger given options of its own.
      code: `import pino from 'pino';
import type { Request, Response } from 'express';

const REDACTED = ['cardNumber', 'card.cvc', 'payment.card', 'cards[*].number', '*.cvv'];
const logger = pino({ level: 'info', redact: { paths: REDACTED, censor: '[redacted]' } });

export function checkout(req: Request, res: Response) {
  const { cardNumber, cvc, cvv } = req.body;
  logger.info({ card: { cvc: req.body.cvc, number: req.body.number } });
  logger.info({ cvc }, 'top-level cvc is not on the list');
  logger.info({ cvv }, 'nor is a top-level cvv');
  logger.info('charging %s', cardNumber);
  logger.child({ module: 'checkout' }, { redact: [] }).info({ cardNumber });
  res.sendStatus(202);
}
`,
      filename: 'src/checkout.ts',
      errors: [
        { messageId: 'panLogged', data: { name: 'number', kind: 'card number (PAN)', sink: 'a pino logger' }, line: 9, column: 44, endLine: 9, endColumn: 50 },
        { messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a pino logger' }, line: 10, column: 17, endLine: 10, endColumn: 20 },
        { messageId: 'authDataLogged', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'a pino logger' }, line: 11, column: 17, endLine: 11, endColumn: 20 },
        { messageId: 'panLogged', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a pino logger' }, line: 12, column: 30, endLine: 12, endColumn: 40 },
        { messageId: 'panLogged', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a pino logger' }, line: 13, column: 63, endLine: 13, endColumn: 73 },
      ],
      output: null,
    },
    {
      // limitation: a logger created in another module (\`export const logger = pino({ redact })\` in logger.ts): its
      // redaction list is not read, so what it would censor is reported.
      code: `import { logger } from './logger';
export function charge(card: { number: string; cvc: string }) {
  logger.info({ card }, 'charging');
}
`,
      filename: 'src/charge.ts',
      errors: [{ messageId: 'authDataLogged', line: 3, column: 17, endLine: 3, endColumn: 21 }],
      output: null,
    },
    {
      // A message argument before the value naming another kind of card makes its number and PIN that card's (real-world
      // batch FM); a CVC, which only payment cards have, is still reported, and so is a number after other words.
      code: `export function redeem(body: { cardNumber: string; pin: string; cvv: string }) {
  console.log('redeem gift card', body.cardNumber, body.pin);
  console.log('charge card', body.cardNumber);
  console.log('gift card', body.cvv);
}
`,
      filename: 'src/redeem.ts',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'body.cardNumber', kind: 'card number (PAN)', sink: 'the console' }, line: 3, column: 30, endLine: 3, endColumn: 45, suggestions: [] },
        { messageId: 'authDataLogged', data: { name: 'body.cvv', kind: 'card security code (CVC)', sink: 'the console' }, line: 4, column: 28, endLine: 4, endColumn: 36, suggestions: [] },
      ],
    },
    {
      // A classic (v3) Azure Functions script, its trigger declared in the function.json beside it (real-world batch FM).
      code: CLASSIC_AZURE_FUNCTION,
      filename: inProject('azure-functions-v3', 'PayTrigger/index.js'),
      languageOptions: { parser: espree },
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'req.body.cardNumber', kind: 'card number (PAN)', sink: 'the Azure Functions log' }, line: 2, column: 32, endLine: 2, endColumn: 51, suggestions: [] },
      ],
    },
    {
      // An own helper that logs from a callback it hands a call: the callback runs with the parameter in scope.
      code: `function later(...parts: string[]) {
  setTimeout(() => console.log(...parts), 0);
}

export function onCardChange(cardNumber: string) {
  later('card changed', cardNumber);
}
`,
      filename: 'src/checkout/debug.ts',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'the console, through `later()`' }, line: 6, column: 25, endLine: 6, endColumn: 35, suggestions: [] },
      ],
    },
    {
      // A Vue component's debug helper among its methods, called on the component (\`this.debug(…)\`)
      code: `export default {
  data() {
    return { cardNumber: '', expiry: '', cvc: '', error: null };
  },
  methods: {
    debug(label, value) {
      if (process.env.NODE_ENV !== 'production') console.log(\`[checkout] \${label}\`, value);
    },
    async submit() {
      this.debug('submitting card', { number: this.cardNumber, expiry: this.expiry });
      this.debug('cvc length', this.cvc.length);
      await this.$emit('pay', { expiry: this.expiry });
    },
  },
};
`,
      filename: 'src/components/CheckoutForm.js',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'this.cardNumber', kind: 'card number (PAN)', sink: 'the console, through \`debug()\`' }, line: 10, column: 47, endLine: 10, endColumn: 62, suggestions: [] },
      ],
    },
    {
      // hapi's request log (\`request.log(tags, data)\`) in a route handler of a plugin that imports no hapi module
      code: `'use strict';

const Boom = require('@hapi/boom');

module.exports = {
  name: 'payments',
  register(server, options) {
    server.route({
      method: 'POST',
      path: '/payments',
      handler: async (request, h) => {
        const { cardNumber, expiry, cvc, amount } = request.payload;
        request.log(['payments', 'debug'], { cardNumber, expiry, amount });
        if (!cvc) throw Boom.badRequest('cvc required');
        const charge = await options.gateway.charge({ cardNumber, expiry, cvc, amount });
        request.log(['payments'], \`charged \${charge.id}\`);
        return h.response({ id: charge.id }).code(201);
      },
    });
  },
};
`,
      filename: 'lib/plugins/payments.js',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a logger' }, line: 13, column: 46, endLine: 13, endColumn: 56, suggestions: [] },
      ],
    },
    {
      // Sails' global logger called as a function (\`sails.log(…)\`) in an actions2 action
      code: `module.exports = {
  friendlyName: 'Pay',

  fn: async function (inputs) {
    const { cardNumber, cvv } = this.req.body;
    sails.log('Charging card', cardNumber);
    sails.log.verbose('cvv present:', Boolean(cvv));
    const result = await sails.helpers.gateway.charge(cardNumber, cvv, inputs.amount);
    sails.log('Charged', result.id);
    return result;
  },
};
`,
      filename: 'api/controllers/payments/pay.js',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'a logger' }, line: 6, column: 32, endLine: 6, endColumn: 42, suggestions: [] },
      ],
    },
    {
      // A virtual card's credentials fetched from the issuer and logged whole (real-world batch FJ): the parsed response
      // is typed by the return type its function declares.
      code: `type CardCredentials = {
  card: { number: string; expirationMonth: string; expirationYear: string; cvc: string };
};

function log(label: string, data: unknown) {
  console.log(label, JSON.stringify(data, null, 2));
}

export async function fetchCardCredentials(jwt: string, orderIntentId: string): Promise<CardCredentials> {
  const res = await fetch(\`/api/order-intents/\${orderIntentId}/credentials\`, { method: 'POST', headers: { Authorization: \`Bearer \${jwt}\` } });
  if (!res.ok) throw new Error(\`Credentials request failed: \${res.status}\`);
  const data = await res.json();
  log(\`POST /order-intents/\${orderIntentId}/credentials → response\`, data);
  return data;
}
`,
      filename: 'lib/issuer-api.ts',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'data.card.cvc', kind: 'card security code (CVC)', sink: 'the console, through `log()`' }, line: 13, column: 70, endLine: 13, endColumn: 74, suggestions: [] },
      ],
    },
    {
      // An Azure Functions v4 HTTP handler writes the card number to the function's logs (Application Insights).
      code: `import { app, HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';

export async function pay(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  const body = (await request.json()) as { cardNumber: string; cvv: string; amount: number };
  context.log(\`Charging \${body.amount} to card \${body.cardNumber}\`);
  if (!body.cvv) context.warn('Missing CVV for card', body.cardNumber);
  return { status: 202 };
}

app.http('pay', { methods: ['POST'], authLevel: 'function', handler: pay });
`,
      filename: 'src/functions/pay.ts',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'body.cardNumber', kind: 'card number (PAN)', sink: 'the Azure Functions log' }, line: 5, column: 50, endLine: 5, endColumn: 65, suggestions: [] },
        { messageId: 'panLogged', data: { name: 'body.cardNumber', kind: 'card number (PAN)', sink: 'the Azure Functions log' }, line: 6, column: 55, endLine: 6, endColumn: 70, suggestions: [] },
      ],
    },
    {
      // ...but not where another kind of card is named elsewhere in the message, away from the value
      code: `export function charge(card: { number: string }, body: { cardNumber: string }) {
  console.log(\`charging card \${card.number} for the gift card order\`);
  console.log('Card number: ' + body.cardNumber + ' (loyalty card programme)');
}
`,
      filename: 'src/orders/charge.ts',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'the console' }, line: 2, column: 32, endLine: 2, endColumn: 43, suggestions: [] },
        { messageId: 'panLogged', data: { name: 'body.cardNumber', kind: 'card number (PAN)', sink: 'the console' }, line: 3, column: 33, endLine: 3, endColumn: 48, suggestions: [] },
      ],
    },
    {
      // A card document logged right after it is created from the card fields (real-world batch EZ); a document
      // fetched by id is not known
      code: `const Card = require('../models/card.model.js');

exports.addCard = async (req, res) => {
  const { name, number, cvv, expires } = req.body;
  const card = await Card.create({ name, number, cvv, expires });
  console.log(card);
  const saved = await Card.findById(card.id);
  console.log(saved);
  return res.json({ ok: true });
};
`,
      filename: 'controllers/card.controller.js',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'the console' }, line: 6, column: 15, endLine: 6, endColumn: 19, suggestions: [] },
      ],
    },
    {
      // A Prisma row logged after it is created from the card fields (real-world batch 231); not one whose \`select\`
      // leaves them out, nor one found by a query.
      code: `import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

export async function POST(req: Request) {
  const { userId, cardNumber, bankName, cvv } = await req.json();
  const response = await prisma.card.create({ data: { userId, cardNumber, bankName, cvv } });
  console.log('card created : ', response);
  const summary = await prisma.card.create({ data: { userId, cardNumber, bankName, cvv }, select: { id: true, bankName: true } });
  console.log('card created : ', summary);
  console.log('cards : ', await prisma.card.findMany({ where: { userId } }));
  return NextResponse.json(summary);
}
`,
      filename: 'app/api/create-cards/route.ts',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'the console' }, line: 7, column: 34, endLine: 7, endColumn: 42, suggestions: [] },
      ],
    },
    {
      // A bare \`number\` in a card row, corroborated by the expiry beside it (as the storage rule reads the write).
      code: `import { prisma } from '@/lib/prisma';

export async function saveCard(userId: string, number: string, expMonth: number, expYear: number) {
  const card = await prisma.card.create({ data: { userId, number, expMonth, expYear } });
  console.log('saved', card);
  return card.id;
}
`,
      filename: 'src/cards/save.ts',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'number', kind: 'card number (PAN)', sink: 'the console' }, line: 5, column: 24, endLine: 5, endColumn: 28, suggestions: [] },
      ],
    },
    {
      // The document made and saved inline and logged whole (real-world batch HA: \`console.log(await new
      // CardModel({…}).save())\`), and a document created inline; a document found by a query is not known
      code: `const express = require('express');
const CardModel = require('../models/card');

const router = express.Router();

router.post('/cards', async (req, res) => {
  const { holder, cardNumber, cvv, expiry } = req.body;
  console.log(await new CardModel({ holder, cardNumber, cvv, expiry }).save());
  console.info('created', await CardModel.create({ holder, cardNumber, expiry }));
  console.log(await CardModel.findOne({ holder }));
  res.redirect('/cards');
});

module.exports = router;
`,
      filename: 'routes/cards.js',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'the console' }, line: 8, column: 15, endLine: 8, endColumn: 78, suggestions: [] },
        { messageId: 'panLogged', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'the console' }, line: 9, column: 27, endLine: 9, endColumn: 81, suggestions: [] },
      ],
    },
    {
      // Queue consumers log a message's text, then parse the same text and read its card fields (real-world batch ET: an
      // SQS Lambda's \`record.body\`, amqplib's \`msg.content.toString()\` destructured); a receipt's text holds none
      code: `const amqp = require('amqplib');
const { chargeCard } = require('./gateway');

exports.handler = async (event) => {
  for (const record of event.Records) {
    console.log('SQS message', record.body);
    const body = JSON.parse(record.body);
    await chargeCard(body.cardNumber, body.cvc, body.amount);
  }
};

async function consume() {
  const channel = await (await amqp.connect(process.env.AMQP_URL)).createChannel();
  await channel.consume('payments', async (msg) => {
    console.log(' [x] Received %s', msg.content.toString());
    const { orderId, cardNumber, expiry } = JSON.parse(msg.content.toString());
    await chargeCard(cardNumber, null, orderId, expiry);
    channel.ack(msg);
  });
}

async function receipts(event) {
  for (const record of event.Records) {
    console.log('receipt', record.body);
    const receipt = JSON.parse(record.body);
    await sendReceipt(receipt.email, receipt.last4);
  }
}

module.exports = { consume, receipts };
`,
      filename: 'src/consumers/payments.js',
      output: null,
      errors: [
        { messageId: 'cardDataObjectLogged', data: { object: 'body', name: 'cvc', access: 'reads', kind: 'the card security code (CVC)', sink: 'the console' }, line: 6, column: 32, endLine: 6, endColumn: 43, suggestions: [] },
        {
          messageId: 'cardDataObjectLogged',
          data: { object: 'JSON.parse(msg.content.toString())', name: 'cardNumber', access: 'reads', kind: 'the card number (PAN)', sink: 'the console' },
          line: 15,
          column: 37,
          endLine: 15,
          endColumn: 59,
          suggestions: [],
        },
      ],
    },
    {
      // An Angular reactive form (real-world batch EP): its raw value (the controls it is made with), a control read
      // by name, its value's fields; not another form of the component, whose controls are no card's
      code: `import { HttpClient } from '@angular/common/http';
import { Component, inject } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';

@Component({ selector: 'app-checkout', templateUrl: './checkout.component.html' })
export class CheckoutComponent {
  private fb = inject(FormBuilder);
  private http = inject(HttpClient);
  paymentForm = this.fb.nonNullable.group({
    cardHolder: ['', Validators.required],
    cardNumber: ['', [Validators.required, Validators.pattern(/^\\d{16}$/)]],
    cvv: ['', Validators.required],
  });
  searchForm = this.fb.group({ query: [''] });

  submit() {
    console.log(this.paymentForm.getRawValue());
    console.log('cvv', this.paymentForm.get('cvv')?.value);
    console.log(this.paymentForm.controls.cardNumber.value);
    console.log(this.paymentForm.value.cardNumber);
    console.log(this.searchForm.value);
    const { cardNumber, cvv } = this.paymentForm.value;
    this.http.post('/api/orders', { cardNumber, cvv }).subscribe();
    this.http.get('/api/search', { params: this.searchForm.value }).subscribe();
  }
}
`,
      filename: 'src/app/checkout/checkout.component.ts',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'the console' }, line: 17, column: 17, endLine: 17, endColumn: 47, suggestions: [] },
        { messageId: 'authDataLogged', data: { name: "this.paymentForm.get('cvv')?.value", kind: 'card security code (CVC)', sink: 'the console' }, line: 18, column: 24, endLine: 18, endColumn: 58, suggestions: [] },
        { messageId: 'panLogged', data: { name: 'this.paymentForm.controls.cardNumber.value', kind: 'card number (PAN)', sink: 'the console' }, line: 19, column: 17, endLine: 19, endColumn: 59, suggestions: [] },
        { messageId: 'panLogged', data: { name: 'this.paymentForm.value.cardNumber', kind: 'card number (PAN)', sink: 'the console' }, line: 20, column: 17, endLine: 20, endColumn: 50, suggestions: [] },
      ],
    },
    {
      // A renewal script's card object held in a const that is a choice (the card or a saved card's id), spread into
      // the payload it logs and posts (real-world batch EQ): either object's parts, where they are written
      code: RENEWAL_SCRIPT,
      filename: 'scripts/renew-subscriptions.js',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'number', kind: 'card number (PAN)', sink: 'the console' }, line: 7, column: 17, endLine: 7, endColumn: 23, suggestions: [] },
        { messageId: 'authDataLogged', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'the console' }, line: 7, column: 102, endLine: 7, endColumn: 105, suggestions: [] },
      ],
    },
    {
      // ...but a card whose number the script reads from elsewhere is no test card of the file's
      code: `const { chromium } = require('playwright');

const card = { number: process.env.CARD_NUMBER, cvc: '123' };

(async () => {
  const browser = await chromium.launch();
  console.log('Paying with card', card.number, card.cvc);
  await browser.close();
})();
`,
      filename: 'scripts/checkout-smoke.js',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'the console' }, line: 7, column: 35, endLine: 7, endColumn: 46, suggestions: [] },
        { messageId: 'authDataLogged', data: { name: 'card.cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 7, column: 48, endLine: 7, endColumn: 56, suggestions: [] },
      ],
    },
    {
      // A Payment Request response's fields read off the request body under \`details\` (real-world batch EK): the whole
      // body logged holds the CVC, though \`details\` is no card container's name.
      code: `const express = require('express');

const app = express();

app.post('/checkout', express.json(), (req, res) => {
  console.log('payment request', req.body);
  if (req.body.details.cardSecurityCode === '000') {
    res.status(400).send({ error: 'declined' });
    return;
  }
  res.send({ ok: true });
});
`,
      filename: 'server/app.js',
      output: null,
      errors: [
        { messageId: 'cardDataObjectLogged', data: { object: 'req.body', name: 'details.cardSecurityCode', access: 'reads', kind: 'the card security code (CVC)', sink: 'the console' }, line: 6, column: 34, endLine: 6, endColumn: 42, suggestions: [] },
      ],
    },
    {
      // A Backbone view logs its model's card fields, read with the model's get (real-world batch EH)
      code: `var PaymentView = Backbone.View.extend({
  events: { 'submit form': 'pay' },
  pay: function (event) {
    event.preventDefault();
    this.model.set('ccNumber', this.$('#cc-number').val());
    this.model.set('ccSecurityCode', this.$('#cc-security-code').val());
    console.log('paying with', this.model.get('ccNumber'), this.model.get('ccSecurityCode'));
    this.model.save();
  },
});
`,
      filename: 'app/js/views/payment.js',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: "this.model.get('ccNumber')", kind: 'card number (PAN)', sink: 'the console' }, line: 7, column: 32, endLine: 7, endColumn: 58 },
        { messageId: 'authDataLogged', data: { name: "this.model.get('ccSecurityCode')", kind: 'card security code (CVC)', sink: 'the console' }, line: 7, column: 60, endLine: 7, endColumn: 92 },
      ],
    },
    {
      // The raw text of a request, logged before the function parses it into the object it reads card fields from
      // (real-world batch EB); a text parsed into settings holds none
      code: `interface PaymentTokenPayload { card_number: string; verification_value: string }

Deno.serve(async (req: Request) => {
  const requestText = await req.text();
  console.log('[DEBUG] raw body:', requestText);
  const payload: PaymentTokenPayload = JSON.parse(requestText);
  const other = await req.text();
  console.log(other);
  const settings = JSON.parse(other);
  return new Response(payload.card_number.slice(-4) + settings.theme);
});
`,
      filename: 'supabase/functions/create-iugu-payment-token/index.ts',
      output: null,
      errors: [
        { messageId: 'cardDataObjectLogged', data: { object: 'payload', name: 'card_number', access: 'reads', kind: 'the card number (PAN)', sink: 'the console' }, line: 5, column: 36, endLine: 5, endColumn: 47, suggestions: [] },
      ],
    },
    {
      // A request body logged with a fallback or in a conditional is logged as it is; \`ready && req.body\` too
      code: `app.post('/pay', (req, res) => {
  const cvc = req.body.cvc;
  console.log('body', req.body || {}, req.query ?? {}, ok ? req.body : null, ready && req.body);
  res.json({ ok: cvc.length === 3 });
});
`,
      filename: 'server/routes/pay.js',
      output: null,
      errors: [
        { messageId: 'cardDataObjectLogged', data: { object: 'req.body', name: 'cvc', access: 'reads', kind: 'the card security code (CVC)', sink: 'the console' }, line: 3, column: 23, endLine: 3, endColumn: 37, suggestions: [] },
        { messageId: 'cardDataObjectLogged', data: { object: 'req.body', name: 'cvc', access: 'reads', kind: 'the card security code (CVC)', sink: 'the console' }, line: 3, column: 56, endLine: 3, endColumn: 76, suggestions: [] },
        { messageId: 'cardDataObjectLogged', data: { object: 'req.body', name: 'cvc', access: 'reads', kind: 'the card security code (CVC)', sink: 'the console' }, line: 3, column: 78, endLine: 3, endColumn: 95, suggestions: [] },
      ],
    },
    {
      // A terminal colour wrapper keeps every character (real-world batch EC: a chip reader's debug output)
      code: `const chalk = require('chalk');
const pc = require('picocolors');

// An EMV chip reader's debug output
module.exports = function printCard(cardNumber, expiry, cvc) {
  console.log(chalk.green('Card read'), chalk.blue.bold(cardNumber.value));
  console.log(pc.dim(\`expires \${expiry}\`), pc.yellow(cvc));
  console.log(chalk.gray(\`**** \${cardNumber.value.slice(-4)}\`));
};
`,
      filename: 'lib/print-card.js',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'chalk.blue.bold(cardNumber.value)', kind: 'card number (PAN)', sink: 'the console' }, line: 6, column: 41, endLine: 6, endColumn: 74, suggestions: [] },
        { messageId: 'authDataLogged', data: { name: 'pc.yellow(cvc)', kind: 'card security code (CVC)', sink: 'the console' }, line: 7, column: 44, endLine: 7, endColumn: 58, suggestions: [] },
      ],
    },
    {
      // A change handler shared by a form's inputs reads each of them in turn: the card's fields in the one bound to
      // the card number and the CVC (reported for the CVC, the stricter), none in the one bound to the name and email
      code: `import { useState } from 'react';

export default function Checkout() {
  const [form, setForm] = useState({ name: '', email: '' });
  const [card, setCard] = useState({});
  const handleChange = (e) => {
    const { name, value } = e.target;
    console.log(name, value);
    setForm({ ...form, [name]: value });
  };
  const handleCard = (e) => {
    console.log('card field', e.target.name, e.target.value);
    setCard({ ...card, [e.target.name]: e.target.value });
  };
  return (
    <form>
      <input name="name" onChange={handleChange} />
      <input name="email" onChange={handleChange} />
      <input name="cardNumber" onChange={handleCard} />
      <input name="cvv" onChange={handleCard} />
    </form>
  );
}
`,
      filename: 'src/pages/Checkout.jsx',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'e.target.value', kind: 'card security code (CVC)', sink: 'the console' }, line: 12, column: 46, endLine: 12, endColumn: 60, suggestions: [] },
      ],
    },
    {
      // What a listener reads off the element it is bound to is that field's content (`this.value`, `$(this).val()`,
      // `e.target.value`): a jQuery page's own card inputs, also through a delegated handler
      code: `// Stripe.js v2-era checkout page: the card fields are the page's own inputs.
$(function () {
  $('#card-number').on('keyup', function () {
    var digits = $(this).val().replace(/\\s/g, '');
    console.log('card number typed', digits);
    $('#card-brand').text(cardBrand(digits));
  });

  $('#checkout-form').on('blur', '.card-cvc', function () {
    if (this.value.length < 3) $(this).addClass('invalid');
    console.debug('cvc', this.value);
  });
});
`,
      filename: 'public/js/checkout.js',
      languageOptions: { parser: espree, parserOptions: { sourceType: 'script', ecmaVersion: 'latest' } } as const,
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'digits', kind: 'card number (PAN)', sink: 'the console' }, line: 5, column: 38, endLine: 5, endColumn: 44, suggestions: [] },
        { messageId: 'authDataLogged', data: { name: 'this.value', kind: 'card security code (CVC)', sink: 'the console' }, line: 11, column: 26, endLine: 11, endColumn: 36, suggestions: [] },
      ],
    },
    {
      // A JSX input's change handler reads the input it is on: its static name says which field
      code: `import { useState } from 'react';

export default function CardForm({ onSubmit }) {
  const [card, setCard] = useState({ number: '', cvc: '' });
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSubmit(card); }}>
      <input
        name="cardNumber"
        inputMode="numeric"
        onChange={(e) => {
          console.log('number changed', e.target.value);
          setCard({ ...card, number: e.target.value });
        }}
      />
      <input name="cvc" onChange={({ target }) => setCard({ ...card, cvc: target.value })} onBlur={({ target }) => console.log(target.value.length)} />
    </form>
  );
}
`,
      filename: 'src/components/CardForm.jsx',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'e.target.value', kind: 'card number (PAN)', sink: 'the console' }, line: 11, column: 41, endLine: 11, endColumn: 55, suggestions: [] },
      ],
    },
    {
      // What a card pays for is no kind of card (real-world batch DY: a wallet topped up by card)
      code: `// A wallet topped up by card: the card is a payment card, whatever it pays for.
export async function topUp(topupForm, api) {
  console.log('top-up', topupForm.amount, topupForm.cardNumber, topupForm.cvv);
  return api.post('/wallet/topup', { amount: topupForm.amount, token: topupForm.token });
}`,
      filename: 'src/wallet/topup.js',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'topupForm.cardNumber', kind: 'card number (PAN)', sink: 'the console' }, line: 3, column: 43, endLine: 3, endColumn: 63, suggestions: [] },
        { messageId: 'authDataLogged', data: { name: 'topupForm.cvv', kind: 'card security code (CVC)', sink: 'the console' }, line: 3, column: 65, endLine: 3, endColumn: 78, suggestions: [] },
      ],
    },
    {
      // A document made with the last four digits, but set to the whole number on one path: its field may hold it
      code: `import Transaction from '../models/Transaction';

export async function pay(req, res) {
  const { amount, card_number } = req.body;
  const t = new Transaction({ amount, card_number: card_number.slice(-4) });
  if (req.query.full) t.card_number = card_number;
  console.log('saved', t.card_number);
  res.json({ id: t.id });
}
`,
      filename: 'src/controllers/pay.js',
      output: null,
      errors: [
        {
          messageId: 'panLogged', data: { name: 't.card_number', kind: 'card number (PAN)', sink: 'the console' }, line: 7, column: 24, endLine: 7, endColumn: 37,
          suggestions: [],
        },
      ],
    },
    {
      // A field made empty is filled later (a form's state bound to its inputs): its reads are card data, where a field
      // made with a masked value holds none (next case)
      code: `export function checkoutState() {
  const form = { cardNumber: '', cvc: '', email: '' };
  bindInputs(form);
  return () => console.debug('submitting', form.cardNumber);
}
`,
      filename: 'src/checkout/state.js',
      output: null,
      errors: [
        {
          messageId: 'panLogged', data: { name: 'form.cardNumber', kind: 'card number (PAN)', sink: 'the console' }, line: 4, column: 44, endLine: 4, endColumn: 59,
          suggestions: [],
        },
      ],
    },
    {
      // A document made with the card's last four digits holds none under that key when it is read back and logged
      // (real-world batch DM); one made with the whole number does
      code: `import Transaction from '../models/Transaction';
import Receipt from '../models/Receipt';

export async function pay(req, res) {
  const { amount, card_number } = req.body;
  const t = new Transaction({ amount, card_number: card_number.slice(-4) });
  await t.save();
  console.log('saved', t.card_number);
  await Receipt.create({ text: \`Card ending \${t.card_number}\` });
  const u = new Transaction({ amount, card_number });
  console.log('saved', u.card_number);
  res.json({ id: t.id });
}
`,
      filename: 'src/controllers/pay.js',
      output: null,
      errors: [
        {
          messageId: 'panLogged', data: { name: 'u.card_number', kind: 'card number (PAN)', sink: 'the console' }, line: 11, column: 24, endLine: 11, endColumn: 37,
          suggestions: [],
        },
      ],
    },
    {
      // React Final Form's <Form> hands its submit handler the values it starts from (real-world batch DL: a card form's
      // story logging them); React Bootstrap's Form hands its onSubmit an event
      code: `import { Form, Field } from 'react-final-form';
import { Form as BootstrapForm } from 'react-bootstrap';

export function CardStory() {
  return (
    <Form
      initialValues={{ cardNumber: '', expiry: '', cvc: '' }}
      onSubmit={(values) => console.log('submitted', values)}
      render={({ handleSubmit }) => (
        <form onSubmit={handleSubmit}>
          <Field name="cardNumber" component="input" />
          <Field name="cvc" component="input" />
        </form>
      )}
    />
  );
}

export const Other = () => <BootstrapForm initialValues={{ cvc: '' }} onSubmit={(event) => console.log(event)} />;
`,
      filename: 'src/stories/CardStory.jsx',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [
        {
          messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 8, column: 54, endLine: 8, endColumn: 60,
          suggestions: [],
        },
      ],
    },
    {
      // A react-hook-form submit handler kept in useCallback and handed to handleSubmit by name: its parameter holds the
      // form's values, whose keys are the defaultValues' (before the twenty-sixth session only handlers written in place)
      code: `import { useCallback } from 'react';
import { useForm } from 'react-hook-form';
import { savePayment } from '../api/payments';

export default function BillingDetails() {
  const { register, handleSubmit } = useForm({
    defaultValues: { name: '', card_number: '', exp_month: '', exp_year: '', cvv: '' },
  });

  const onSubmit = useCallback(async (data) => {
    console.log('billing details submitted', data);
    await savePayment(data);
  }, []);

  return (
    <form onSubmit={handleSubmit(onSubmit)}>
      <input {...register('name')} placeholder="Name on card" />
    </form>
  );
}
`,
      filename: 'src/pages/BillingDetails.jsx',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'the console' }, line: 11, column: 46, endLine: 11, endColumn: 50 },
      ],
    },
    {
      // Code named for a gift card that also logs a CVC handles a payment card: its number is a PAN
      code: `export class GiftCardPayment {
  pay(card: { number: string; cvc: string }, giftCardNumber: string) {
    console.log('paying by card', card.number, card.cvc, 'after gift card', giftCardNumber);
  }
}
`,
      filename: 'src/pos/gift-card-payment.ts',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'the console' }, line: 3, column: 35, endLine: 3, endColumn: 46 },
        { messageId: 'authDataLogged', data: { name: 'card.cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 3, column: 48, endLine: 3, endColumn: 56 },
      ],
    },
    {
      // A request body logged whole, its card read through the container it destructures (real-world batch 95: a
      // Supabase Edge Function)
      code: `import { serve } from 'https://deno.land/std@0.168.0/http/server.ts';

serve(async (req) => {
  const requestBody = await req.json();
  console.log('process-payment request', JSON.stringify(requestBody));
  const { cardData, amount } = requestBody;
  const token = await tokenize(cardData.cardNumber, cardData.cvv, cardData.expiry);
  return new Response(JSON.stringify({ token, amount }));
});
`,
      filename: 'supabase/functions/process-payment/index.ts',
      output: null,
      errors: [
        { messageId: 'cardDataObjectLogged', data: { object: 'requestBody', name: 'cardData.cvv', access: 'reads', kind: 'the card security code (CVC)', sink: 'the console' }, line: 5, column: 42, endLine: 5, endColumn: 69 },
      ],
    },
    {
      // A spread of a value whose declared type the file gives carries that type's card fields (real-world batch 96)
      code: CARD_REPOSITORY,
      filename: 'src/card/card.repository.ts',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'createCardDto.cvv', kind: 'card security code (CVC)', sink: 'the console' }, line: 17, column: 39, endLine: 17, endColumn: 52 },
      ],
    },
    {
      // A card number named as one says what the security code beside it is (real-world batch 95)
      code: CARD_TOKEN_REQUEST,
      filename: 'src/lib/mercadopago.ts',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'card_number', kind: 'card number (PAN)', sink: 'the console' }, line: 15, column: 58, endLine: 15, endColumn: 69 },
        { messageId: 'authDataLogged', data: { name: 'security_code', kind: 'card security code (CVC)', sink: 'the console' }, line: 15, column: 83, endLine: 15, endColumn: 96 },
      ],
    },
    {
      // \`Partial<User>\` has User's members: its payment's CVC is logged with it (real-world batch 91)
      code: `
interface PaymentDetails { cardNumber: string; cvv: string; holder: string }
interface User { id: string; email: string; payment: PaymentDetails }

export function updateUser(userData: Partial<User>) {
  console.log('updating user', userData);
}
`,
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'userData.payment.cvv', kind: 'card security code (CVC)', sink: 'the console' }, line: 6, column: 32, endLine: 6, endColumn: 40 },
      ],
    },
    {
      // A spread copies the request body's fields into what is logged (real-world batch 91)
      code: `
export async function POST(req: Request) {
  const body = await req.json();
  if (!body.cardNumber) return new Response('card required', { status: 400 });
  console.info('checkout', { ...body, receivedAt: Date.now() });
  return Response.json({ ok: true });
}
`,
      errors: [
        { messageId: 'cardDataObjectLogged', data: { object: 'body', name: 'cardNumber', access: 'reads', kind: 'the card number (PAN)', sink: 'the console' }, line: 5, column: 28, endLine: 5, endColumn: 63 },
      ],
      output: null,
    },
    // Card fields read from a request's form data by name and logged as they are (real-world batch 85: Astro's way of
    // reading a posted form, as Remix's, SvelteKit's and Next.js route handlers').
    {
      code: `import type { APIRoute } from 'astro';

export const POST: APIRoute = async ({ request }) => {
  const form = await request.formData();
  console.log('paying', form.get('email'), form.get('cardNumber'));
  const query = new URL(request.url).searchParams;
  logger.warn('retry', { cvc: query.get('cvc') });
  return new Response(null, { status: 303, headers: { Location: '/thanks' } });
};`,
      filename: 'src/pages/api/pay.ts',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: "form.get('cardNumber')", kind: 'card number (PAN)', sink: 'the console' }, line: 5, column: 44, endLine: 5, endColumn: 66 },
        { messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a logger' }, line: 7, column: 26, endLine: 7, endColumn: 29 },
      ],
    },
    {
      // A list of a card type declared in the file, logged whole; its length is no card data (card-rule-fixtures.ts, real-world batch 88)
      code: CARD_VAULT,
      filename: 'actions/actions.ts',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'cards.cvv', kind: 'card security code (CVC)', sink: 'the console' }, line: 18, column: 45, endLine: 18, endColumn: 50 },
      ],
    },
    {
      // A form validated by a zod object schema, then logged: what parse gives has the schema's keys (real-world batch 88)
      code: `import type { Actions } from './$types';
import { fail } from '@sveltejs/kit';
import { z } from 'zod';

const PaymentSchema = z
  .object({ name: z.string().min(1), cardNo: z.string().length(16), expiry: z.string(), cvc: z.string().length(3) })
  .strict();

export const actions: Actions = {
  pay: async ({ request }) => {
    const form = Object.fromEntries(await request.formData());
    const checked = PaymentSchema.safeParse(form);
    if (!checked.success) return fail(400, { errors: checked.error.flatten() });
    console.log('payment', checked.data);
    const payment = PaymentSchema.parse(form);
    console.info(payment);
    return { ok: true };
  },
};
`,
      filename: 'src/routes/checkout/+page.server.ts',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 14, column: 28, endLine: 14, endColumn: 40 },
        { messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 16, column: 18, endLine: 16, endColumn: 25 },
      ],
    },
    {
      // A Next.js server action's \`formData: FormData\` parameter is the posted form (real-world batch 88)
      code: `'use server';

import { redirect } from 'next/navigation';

export async function addCard(formData: FormData) {
  console.log('adding card', formData.get('cardholder'), formData.get('cardNumber'));
  const payload = (await readDraft()) as FormData;
  console.error('draft', payload.get('cvc'));
  redirect('/wallet');
}
`,
      filename: 'app/wallet/actions.ts',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: "formData.get('cardNumber')", kind: 'card number (PAN)', sink: 'the console' }, line: 6, column: 58, endLine: 6, endColumn: 84 },
        { messageId: 'authDataLogged', data: { name: "payload.get('cvc')", kind: 'card security code (CVC)', sink: 'the console' }, line: 8, column: 26, endLine: 8, endColumn: 44 },
      ],
    },
    {
      // A payment split over two cards, their fields indexed with one digit (`cardNumber1`, `cvc1`): read as
      // `cardNumber` and `cvc`; the second card's last four digits are safe
      code: `const express = require('express');

const router = express.Router();

router.post('/split-payment', (req, res) => {
  const { cardNumber1, cvc1, cardNumber2, amount1, amount2 } = req.body;
  console.log('split payment', { amount1, amount2, first: cardNumber1 });
  console.debug('first card code', cvc1);
  res.json({ ok: true, secondLast4: cardNumber2.slice(-4) });
});

module.exports = router;
`,
      filename: 'server/routes/split.js',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'cardNumber1', kind: 'card number (PAN)', sink: 'the console' }, line: 7, column: 59, endLine: 7, endColumn: 70 },
        { messageId: 'authDataLogged', data: { name: 'cvc1', kind: 'card security code (CVC)', sink: 'the console' }, line: 8, column: 36, endLine: 8, endColumn: 40 },
      ],
    },
    {
      // A comment quoting an escape past U+10FFFF (\\u{110000} names no character): reading the file's \`require\` calls
      // threw on it until the nineteenth session; the logged card number is still found
      code: `// Escapes such as \\u{110000} are out of range and left as written.
const logger = require('pino')();

exports.charge = (req, res) => {
  logger.info({ card: req.body.cardNumber }, 'charging');
  res.sendStatus(202);
};`,
      filename: 'server/charge.js',
      output: null,
      errors: [{ messageId: 'panLogged', data: { name: 'req.body.cardNumber', kind: 'card number (PAN)', sink: 'a pino logger' }, line: 5, column: 23, endLine: 5, endColumn: 42 }],
    },
    {
      // The app's own logging helpers: a rest parameter spread into console.log, a template, a class's log method.
      code: `const express = require('express');
const logger = require('./lib/logger');

const DEBUG = process.env.NODE_ENV !== 'production';
function log(...args) {
  if (DEBUG) console.log('[checkout]', ...args);
}
const trace = (label, value) => logger.debug(\`\${label}=\${value}\`);

class CheckoutController {
  log(message, extra) {
    console.info('[checkout] ' + message);
  }

  pay(req, res) {
    log('card number', req.body.cardNumber);
    trace('cvc', req.body.cvc);
    this.log(req.body.card_number, req.body.cvv);
    log('paying', req.body);
    res.json({ ok: true });
  }
}

module.exports = { CheckoutController, express };
`,
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'req.body.cardNumber', kind: 'card number (PAN)', sink: 'the console, through `log()`' }, line: 16, column: 24, endLine: 16, endColumn: 43 },
        { messageId: 'authDataLogged', data: { name: 'req.body.cvc', kind: 'card security code (CVC)', sink: 'a logger, through `trace()`' }, line: 17, column: 18, endLine: 17, endColumn: 30 },
        { messageId: 'panLogged', data: { name: 'req.body.card_number', kind: 'card number (PAN)', sink: 'the console, through `log()`' }, line: 18, column: 14, endLine: 18, endColumn: 34 },
        { messageId: 'cardDataObjectLogged', data: { object: 'req.body', name: 'cvc', access: 'reads', kind: 'the card security code (CVC)', sink: 'the console, through `log()`' }, line: 19, column: 19, endLine: 19, endColumn: 27 },
      ],
    },
    {
      // A helper that forwards to another helper (two levels), and a TypeScript default parameter.
      code: `function write(line: string) { process.stdout.write(line + '\\n'); }
function audit(event: string, detail = '') { write(\`\${new Date().toISOString()} \${event} \${detail}\`); }
if (!process.stdout.isTTY) console.warn('audit lines go to a pipe');

export function onCardEntered(cardNumber: string) {
  audit('card-entered', cardNumber);
}
`,
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'the process output, through `write()`, through `audit()`' }, line: 6, column: 25, endLine: 6, endColumn: 35 },
      ],
    },
    {
      // An object whose payment method is one of two card objects, by a conditional, logged whole (real-world batch AU)
      code: `import axios from 'axios';

export function usePlaceOrder(savedCard, draft) {
  return async function placeOrder(cart) {
    const order = {
      items: cart.items,
      paymentMethod: savedCard ? { cardNumber: savedCard.cardNumber, brand: savedCard.brand } : { cardNumber: draft.cardNumber, cvv: draft.cvv },
    };
    console.log('placing order', order);
    return axios.post('/api/orders', { items: order.items, paymentMethodId: savedCard?.id });
  };
}
`,
      filename: 'src/pages/CheckoutPage.jsx',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'the console' }, line: 7, column: 36, endLine: 7, endColumn: 46 },
        { messageId: 'panLogged', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'the console' }, line: 7, column: 99, endLine: 7, endColumn: 109 },
        { messageId: 'authDataLogged', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'the console' }, line: 7, column: 129, endLine: 7, endColumn: 132 },
      ],
    },
    {
      // A payment card's type declares no other kind of card's members: its number is a PAN
      code: `interface SavedCard {
  id: string;
  number: string;
  holder: string;
}

export function debugCard(card: SavedCard) {
  console.log('card', card.number);
}
`,
      filename: 'src/billing/debug.ts',
      output: null,
      errors: [{ messageId: 'panLogged', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'the console' }, line: 8, column: 23, endLine: 8, endColumn: 34 }],
    },
    {
      // A document with a card field set on it, logged whole: the message says the function sets the field
      code: `import { User } from '../models/user';
import logger from '../logger';

export async function updateBilling(req, res) {
  const user = await User.findById(req.user.id);
  user.cvc = req.body.cvc;
  logger.debug('updating billing', user);
  res.sendStatus(204);
}
`,
      filename: 'src/routes/billing.js',
      output: null,
      errors: [
        { messageId: 'cardDataObjectLogged', data: { object: 'user', name: 'cvc', access: 'sets', kind: 'the card security code (CVC)', sink: 'a logger' }, line: 7, column: 36, endLine: 7, endColumn: 40 },
      ],
    },
    {
      // NestJS: a request DTO whose declared type (in this file) holds the card is logged whole, serialised or by its
      // card member; its other members and a DTO without card fields are fine
      code: `import { Body, Controller, Logger, Post } from '@nestjs/common';

class CardDto { number: string; cvc: string; exp_month: number; exp_year: number; }
class ChargeDto { card: CardDto; amount: number; email: string; }
interface RefundDto { chargeId: string; amount: number; }

@Controller('payments')
export class PaymentsController {
  private readonly logger = new Logger(PaymentsController.name);

  @Post('charge')
  async charge(@Body() dto: ChargeDto) {
    this.logger.log(\`charging \${JSON.stringify(dto)}\`);
    console.log('card', dto.card);
    console.log(dto.email, dto.amount);
  }

  @Post('refund')
  async refund(@Body() dto: RefundDto) {
    console.log(dto);
  }
}
`,
      filename: 'payments.controller.ts',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'dto.card.cvc', kind: 'card security code (CVC)', sink: 'a logger' }, line: 13, column: 48, endLine: 13, endColumn: 51 },
        { messageId: 'authDataLogged', data: { name: 'dto.card.cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 14, column: 25, endLine: 14, endColumn: 33 },
      ],
    },
    {
      // Express in TypeScript: the body's type stated by an assertion, in the log call or where the variable is
      // declared (also destructured); a body asserted to hold no card field is fine
      code: `import express from 'express';

interface CardDto { cardNumber: string; cvc: string; expMonth: number; expYear: number }
interface CheckoutBody { card: CardDto; email: string }

export const app = express();
app.use(express.json());

app.post('/checkout', (req, res) => {
  console.log('checkout', req.body as CheckoutBody);
  const order = JSON.parse(req.body.raw) as CheckoutBody;
  console.info(order);
  const { card } = req.body as CheckoutBody;
  console.debug(card);
  console.log(req.body as { email: string });
  res.sendStatus(204);
});
`,
      filename: 'checkout.ts',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'req.body.card.cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 10, column: 27, endLine: 10, endColumn: 35 },
        { messageId: 'authDataLogged', data: { name: 'order.card.cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 12, column: 16, endLine: 12, endColumn: 21 },
        { messageId: 'authDataLogged', data: { name: 'card.cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 14, column: 17, endLine: 14, endColumn: 21 },
      ],
    },
    {
      // A React card form logs its state on submit: the state's fields are the keys it starts with (whole or spread)
      code: `import { useState } from 'react';

export function CardForm({ onPay }) {
  const [form, setForm] = useState({ cardNumber: '', expiry: '', cvc: '', name: '' });
  function submit(event) {
    event.preventDefault();
    console.log('submitting', form);
    console.table({ ...form, submittedAt: Date.now() });
    onPay(form);
  }
  return <form onSubmit={submit} />;
}
`,
      filename: 'src/CardForm.jsx',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 7, column: 31, endLine: 7, endColumn: 35 },
        { messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 8, column: 24, endLine: 8, endColumn: 28 },
      ],
    },
    {
      // A swipe reader's raw tracks: inside a card object, or named as track data
      code: `
export function onSwipe(card, reader) {
  console.log('swiped', card.track2);
  console.debug(reader.track1Data);
}
`,
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'card.track2', kind: 'magnetic-stripe track', sink: 'the console' }, line: 3, column: 25, endLine: 3, endColumn: 36 },
        { messageId: 'authDataLogged', data: { name: 'reader.track1Data', kind: 'magnetic-stripe track', sink: 'the console' }, line: 4, column: 17, endLine: 4, endColumn: 34 },
      ],
    },
    {
      // Stripe React Native's CardField with dangerouslyGetFullCardDetails hands its callback the full card (stripe-facts
      // §1.6): the details' number and CVC are card data; without the prop, \`details.number\` is not there to log
      code: `import React, { useState } from 'react';
import AsyncStorage from '@react-native-async-storage/async-storage';
import { CardField } from '@stripe/stripe-react-native';

export function CardScreen() {
  const [ready, setReady] = useState(false);
  return (
    <>
      <CardField
        dangerouslyGetFullCardDetails
        onCardChange={(details) => {
          console.log('card', details.number, details.cvc, details.last4);
          AsyncStorage.setItem('pan', details.number);
          setReady(details.complete);
        }}
      />
      <CardField onCardChange={(details) => console.log(details.number, details.last4)} />
    </>
  );
}
`,
      filename: 'src/screens/CardScreen.tsx',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'details.number', kind: 'card number (PAN)', sink: 'the console' }, line: 12, column: 31, endLine: 12, endColumn: 45 },
        { messageId: 'authDataLogged', data: { name: 'details.cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 12, column: 47, endLine: 12, endColumn: 58 },
      ],
    },
    {
      // ...and the details logged whole (Stripe's sample with the prop added: real-world batch 234), or taken apart in
      // the parameter or in the body; the same sample without the prop logs no card data
      code: `import React from 'react';
import { CardField } from '@stripe/stripe-react-native';

export function PaymentScreen({ onReady }) {
  return (
    <>
      <CardField dangerouslyGetFullCardDetails onCardChange={(cardDetails) => console.log('cardDetails', cardDetails)} />
      <CardField dangerouslyGetFullCardDetails onCardChange={({ number, complete }) => { console.log('card', number); onReady(complete); }} />
      <CardField
        dangerouslyGetFullCardDetails
        onCardChange={(details) => {
          const { cvc, last4 } = details;
          console.log(cvc, last4);
        }}
      />
      <CardField onCardChange={(cardDetails) => console.log('cardDetails', cardDetails)} />
    </>
  );
}
`,
      filename: 'src/screens/PaymentScreen.jsx',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'cardDetails.cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 7, column: 106, endLine: 7, endColumn: 117 },
        { messageId: 'panLogged', data: { name: 'number', kind: 'card number (PAN)', sink: 'the console' }, line: 8, column: 110, endLine: 8, endColumn: 116 },
        { messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 13, column: 23, endLine: 13, endColumn: 26 },
      ],
    },
    {
      // A variable declared first and assigned once (CoffeeScript's output: real-world batch 237), by the write that
      // reaches the log; not one whose last write before the log keeps the last four digits only
      code: `(function() {
  $(function() {
    return $('#payment-form').submit(function() {
      var card, summary;
      card = {
        number: $('#card_number').val(),
        cvc: $('#card_code').val()
      };
      console.log(card);
      summary = card;
      summary = { last4: card.number.slice(-4) };
      console.log(summary);
      return false;
    });
  });
}).call(this);
`,
      filename: 'app/assets/javascripts/charges.js',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 9, column: 19, endLine: 9, endColumn: 23 },
      ],
    },
    {
      // ...and by every object written to it that can reach the log (sixty-eighth session): the attempt holds the card
      // once the `try` has begun, and the `catch` logs it.
      code: `export async function submit(form, api) {
  let attempt = { orderId: form.orderId };
  try {
    attempt = { orderId: form.orderId, cardNumber: form.cardNumber, cvv: form.cvv };
    await api.charge(attempt);
  } catch (error) {
    console.error('charge failed', attempt, error);
  }
}
`,
      filename: 'src/checkout/submit.js',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'the console' }, line: 7, column: 36, endLine: 7, endColumn: 43 },
      ],
    },
    {
      // Text built from card fields in a const, logged later (real-world batch K: an admin notification with the card
      // number and CVV): reported where the text is logged, one report per logged value; text of safe fields is not.
      code: `const axios = require('axios');

async function notifyAdmin(data) {
  const message = \`New payment from \${data.user.email}\\nCard: \${data.paymentData.cardNumber}\\nExpiry: \${data.paymentData.exp}\\nCVV: \${data.paymentData.cvv}\`;
  console.log(message);
  await axios.post(process.env.CHAT_WEBHOOK, { text: message });
}

function audit(req) {
  const line = 'card ' + req.body.cardNumber + ' charged';
  const payload = JSON.stringify({ cvc: req.body.cvc, amount: req.body.amount });
  const summary = \`Card ending \${req.body.last4} (\${req.body.brand})\`;
  console.info(line);
  console.info(payload, summary);
}

module.exports = { notifyAdmin, audit };
`,
      filename: 'services/telService.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'data.paymentData.cvv', kind: 'card security code (CVC)', sink: 'the console' }, line: 5, column: 15, endLine: 5, endColumn: 22 },
        { messageId: 'panLogged', data: { name: 'req.body.cardNumber', kind: 'card number (PAN)', sink: 'the console' }, line: 13, column: 16, endLine: 13, endColumn: 20 },
        { messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 14, column: 16, endLine: 14, endColumn: 23 },
      ],
    },
    {
      // A Next.js API route that logs the whole body it then sends to Stripe as card fields (real-world batch H).
      code: `import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

export default async function handler(req, res) {
  console.log(req.body);
  try {
    const token = await stripe.tokens.create({
      card: { number: req.body.number, exp_month: req.body.exp_month, exp_year: req.body.exp_year, cvc: req.body.cvc },
    });
    res.status(200).json(token);
  } catch (err) {
    console.error('token failed', err, req.query);
    res.status(500).end();
  }
}
`,
      filename: 'pages/api/create_card_token.js',
      output: null,
      errors: [
        { messageId: 'cardDataObjectLogged', data: { object: 'req.body', name: 'cvc', access: 'reads', kind: 'the card security code (CVC)', sink: 'the console' }, line: 6, column: 15, endLine: 6, endColumn: 23 },
      ],
    },
    {
      // An object serialised into a logged text while the same function stores its card fields (real-world batch 88)
      code: `import { prisma } from './db';

export async function savePaymentInfo(paymentInfo) {
  console.log('paymentInfo: ' + JSON.stringify(paymentInfo));
  logger.info(\`saving \${JSON.stringify(paymentInfo, null, 2)} for \${paymentInfo.email}\`);
  return prisma.paymentMethod.create({
    data: { email: paymentInfo.email, cardNum: paymentInfo.cardNum, cvv: paymentInfo.cvv },
  });
}
`,
      filename: 'src/lib/server/database.ts',
      output: null,
      errors: [
        { messageId: 'cardDataObjectLogged', data: { object: 'paymentInfo', name: 'cvv', access: 'reads', kind: 'the card security code (CVC)', sink: 'the console' }, line: 4, column: 15, endLine: 4, endColumn: 60 },
        { messageId: 'cardDataObjectLogged', data: { object: 'paymentInfo', name: 'cvv', access: 'reads', kind: 'the card security code (CVC)', sink: 'a logger' }, line: 5, column: 15, endLine: 5, endColumn: 88 },
      ],
    },
    {
      // A class component's state logged whole (real-world batch R): a form's model by the keys it starts with, blank,
      // as a state hook's (the method also reads its card fields)
      code: `import React from 'react';

export default class Payment extends React.Component {
  state = { cardNumber: '', cvv: '', expiry: '', error: null };

  validate = () => {
    console.log(this.state);
    if (this.state.cvv === '' || this.state.cardNumber === '') {
      this.setState({ error: 'Please fill in your card details' });
      return false;
    }
    return true;
  };

  render() {
    return <form onSubmit={this.validate}>{this.state.error}</form>;
  }
}
`,
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'the console' }, line: 7, column: 17, endLine: 7, endColumn: 27 },
      ],
    },
    {
      // ...also where the state starts with flags and numbers beside its blank fields (a drawer's \`false\`, an amount's
      // \`0\`; real-world batch 228), logged in a method that reads no card field; keys that start as flags hold flags.
      code: RECHARGE_SCREEN,
      filename: 'src/screens/Recharge.jsx',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'the console' }, line: 11, column: 36, endLine: 11, endColumn: 46 },
      ],
    },
    {
      // A react-hook-form form known by its \`register('…')\` calls: the data its submit handler logs has those keys
      code: `import { useForm } from 'react-hook-form';

export default function CardForm() {
  const form = useForm();
  const onSubmit = (data) => console.log(data);
  return (
    <form onSubmit={form.handleSubmit(onSubmit)}>
      <input {...form.register('cardholder')} placeholder="Cardholder name" />
      <input {...form.register('cardNumber', { required: true })} placeholder="e.g. 1234 5678 9123 0000" />
      <input {...form.register('cvc', { required: true, maxLength: 4 })} placeholder="e.g. 123" />
      <input type="submit" />
    </form>
  );
}
`,
      filename: 'src/components/form/CardForm.jsx',
      output: null,
      errors: [{ messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 5, column: 42, endLine: 5, endColumn: 46 }],
    },
    {
      // An Angular component's template-driven form model (\`[(ngModel)]="paymentForm.cardNumber"\` in its template), a
      // class field written once as blanks: logged whole, it holds what the user typed; its errors record does not
      code: `import { Component } from '@angular/core';

@Component({ selector: 'app-combo-detail', templateUrl: './combo-detail.component.html' })
export class ComboDetailComponent {
  paymentForm = { fullName: '', email: '', cardNumber: '', cardHolder: '', expiryDate: '', cvv: '' };
  formErrors = { cardNumber: '', cvv: '' };
  touched = { cardNumber: false, cvv: false };

  submitPayment(): void {
    console.log('Payment submitted', this.paymentForm);
    console.warn('Invalid fields', this.formErrors, this.touched);
  }
}
`,
      filename: 'src/app/combo-detail/combo-detail.component.ts',
      output: null,
      errors: [{ messageId: 'authDataLogged', data: { name: 'cvv', kind: 'card security code (CVC)', sink: 'the console' }, line: 10, column: 38, endLine: 10, endColumn: 54 }],
    },
    {
      // A card form's model logged whole; the function reads its number (a card container: the PAN).
      code: `export function submit(card, logger) {
  logger.debug('submitting', card);
  return api.post('/cards', { last4: card.number.slice(-4) });
}`,
      output: null,
      errors: [
        { messageId: 'cardDataObjectLogged', data: { object: 'card', name: 'number', access: 'reads', kind: 'the card number (PAN)', sink: 'a logger' }, line: 2, column: 30, endLine: 2, endColumn: 34 },
      ],
    },
    {
      // In Stripe code `source` is the Charges API card source: `source.number` is a PAN.
      code: `
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function legacyCharge(source: { number: string; exp_month: number; exp_year: number }) {
  console.info('charging', source.number);
  return stripe.charges.create({ amount: 1000, currency: 'usd', source: 'tok_visa' });
}
`,
      errors: [{ messageId: 'panLogged', data: { name: 'source.number', kind: 'card number (PAN)', sink: 'the console' }, line: 7, column: 28, endLine: 7, endColumn: 41 }],
      output: null,
    },
    {
      // Log sinks whatever the callee looks like: computed, in TS wrappers, optional, parenthesised, aliased.
      code: `
import pino from 'pino';

const logger = pino();
const log = console.log;

export function handle(card: { number: string; cvc: string }) {
  console['log'](card.number);
  (console.warn as (...a: unknown[]) => void)(card.cvc);
  logger?.info(card.number);
  (logger.error)!(card.cvc);
  log(card.number);
}
`,
      errors: [
        { messageId: 'panLogged', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'the console' }, line: 8, column: 18, endLine: 8, endColumn: 29 },
        { messageId: 'authDataLogged', data: { name: 'card.cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 9, column: 47, endLine: 9, endColumn: 55 },
        { messageId: 'panLogged', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'a pino logger' }, line: 10, column: 16, endLine: 10, endColumn: 27 },
        { messageId: 'authDataLogged', data: { name: 'card.cvc', kind: 'card security code (CVC)', sink: 'a pino logger' }, line: 11, column: 19, endLine: 11, endColumn: 27 },
        { messageId: 'panLogged', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'the console' }, line: 12, column: 7, endLine: 12, endColumn: 18 },
      ],
      output: null,
    },
    {
      // A key spelled with an escape is read as its value.
      code: `
export function trace(code: string) {
  console.log({ '\\x63vc': code });
}
`,
      errors: [{ messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 3, column: 17, endLine: 3, endColumn: 25 }],
      output: null,
    },
    {
      code: `
import express from 'express';

const app = express();

app.post('/api/pay', async (req, res) => {
  const { cardNumber, cvc, amount } = req.body;
  console.log(\`Charging \${amount} to card \${cardNumber}\`);
  console.debug('payment request', { cvc, amount });
  res.json({ ok: true });
});
`,
      errors: [
        { messageId: 'panLogged', data: { name: 'cardNumber', kind: 'card number (PAN)', sink: 'the console' }, line: 8, column: 45, endLine: 8, endColumn: 55 },
        { messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 9, column: 38, endLine: 9, endColumn: 41 },
      ],
      output: null,
    },
    {
      code: `
import Fastify from 'fastify';

const fastify = Fastify({ logger: true });

fastify.post('/cards', async (request) => {
  const body = request.body as { card: { number: string; cvc: string } };
  request.log.info({ card: body.card.number }, 'saving card');
  fastify.log.warn(\`cvc received: \${body.card.cvc}\`);
  return { ok: true };
});
`,
      errors: [
        { messageId: 'panLogged', data: { name: 'body.card.number', kind: 'card number (PAN)', sink: 'a logger' }, line: 8, column: 28, endLine: 8, endColumn: 44 },
        { messageId: 'authDataLogged', data: { name: 'body.card.cvc', kind: 'card security code (CVC)', sink: 'a logger' }, line: 9, column: 37, endLine: 9, endColumn: 50 },
      ],
      output: null,
    },
    {
      code: `
const winston = require('winston');

const logger = winston.createLogger({ transports: [new winston.transports.Console()] });

module.exports = function handle(req) {
  logger.info('card details', JSON.stringify({ credit_card_number: req.body.credit_card_number }));
  winston.error('cvv ' + req.body.cvv);
};
`,
      languageOptions: { parser: espree },
      errors: [
        { messageId: 'panLogged', data: { name: 'credit_card_number', kind: 'card number (PAN)', sink: 'a winston logger' }, line: 7, column: 48, endLine: 7, endColumn: 66 },
        { messageId: 'authDataLogged', data: { name: 'req.body.cvv', kind: 'card security code (CVC)', sink: 'a winston logger' }, line: 8, column: 26, endLine: 8, endColumn: 38 },
      ],
      output: null,
    },
    {
      code: `
import { Injectable, Logger } from '@nestjs/common';

class PayDto {
  cardNumber!: string;
  cvv!: string;
}

@Injectable()
export class PaymentsService {
  private readonly logger = new Logger(PaymentsService.name);

  pay(dto: PayDto) {
    this.logger.log(\`Paying with \${dto.cardNumber}\`);
    this.logger.debug?.(dto.cvv);
  }
}
`,
      errors: [
        { messageId: 'panLogged', data: { name: 'dto.cardNumber', kind: 'card number (PAN)', sink: 'a logger' }, line: 14, column: 36, endLine: 14, endColumn: 50 },
        { messageId: 'authDataLogged', data: { name: 'dto.cvv', kind: 'card security code (CVC)', sink: 'a logger' }, line: 15, column: 25, endLine: 15, endColumn: 32 },
      ],
      output: null,
    },
    {
      code: `
import pino from 'pino';
import createDebug from 'debug';

const log = pino();
const debug = createDebug('shop:checkout');

export function checkout(form: HTMLFormElement) {
  const cvc = (form.elements.namedItem('cvc') as HTMLInputElement).value;
  debug('submitting with cvc %s', cvc);
  log.child({ step: 'checkout' }).error({ pan: form.cardNumber.value });
}
`,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'a debug() logger' }, line: 10, column: 35, endLine: 10, endColumn: 38 },
        { messageId: 'panLogged', data: { name: 'form.cardNumber.value', kind: 'card number (PAN)', sink: 'a pino logger' }, line: 11, column: 48, endLine: 11, endColumn: 69 },
      ],
      output: null,
    },
    {
      code: `
export function PaymentForm({ onPay }: { onPay: (n: string) => void }) {
  const submit = (event: { currentTarget: { cardNumber: { value: string } } }) => {
    console.error('submit failed for', event.currentTarget.cardNumber.value);
  };
  return <button onClick={() => submit as never}>Pay</button>;
}
`,
      filename: 'form.tsx',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      errors: [
        { messageId: 'panLogged', data: { name: 'event.currentTarget.cardNumber.value', kind: 'card number (PAN)', sink: 'the console' }, line: 4, column: 40, endLine: 4, endColumn: 76 },
      ],
      output: null,
    },
    {
      code: `
import { audit } from './audit';

export function onPay(card: { number: string }) {
  audit.info('paid', { pan: card.number });
}
`,
      options: [{ loggerNames: ['audit'] }],
      errors: [
        { messageId: 'panLogged', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'a logger' }, line: 5, column: 29, endLine: 5, endColumn: 40 },
      ],
      output: null,
    },
    {
      code: `
export function trace(logger: { info?: (...a: unknown[]) => void } | undefined, card: { number: string; cvc: string }) {
  logger?.info?.('card', card.number);
  console['warn'](\`cvc=\${card.cvc}\`);
  window.console.log({ ...card, cvc: card.cvc } satisfies object);
  const { error } = console;
  error('declined', card.number);
}
`,
      errors: [
        { messageId: 'panLogged', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'a logger' }, line: 3, column: 26, endLine: 3, endColumn: 37 },
        { messageId: 'authDataLogged', data: { name: 'card.cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 4, column: 26, endLine: 4, endColumn: 34 },
        // The spread carries the number its declared type gives \`card\` (its \`cvc\` is replaced by the key after it).
        { messageId: 'panLogged', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'the console' }, line: 5, column: 27, endLine: 5, endColumn: 31 },
        { messageId: 'authDataLogged', data: { name: 'cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 5, column: 33, endLine: 5, endColumn: 36 },
        { messageId: 'panLogged', data: { name: 'card.number', kind: 'card number (PAN)', sink: 'the console' }, line: 7, column: 21, endLine: 7, endColumn: 32 },
      ],
      output: null,
    },
  ],
});

ruleTester.run("no-card-data-logging: a parameter's default shape", rule, {
  valid: [
    {
      code: `// A checkout form's validation state: its errors and labels are keyed by the fields' names and hold messages
interface CheckoutState {
  errors: { cardNumber: string; cvv: string };
  touched: { cardNumber: boolean; cvv: boolean };
}

export function logValidation(state: CheckoutState): void {
  console.warn('checkout form invalid', state);
  console.warn('field errors', state.errors, state.touched);
}

export function logLabels(form = { labels: { cardNumber: '', cvv: '' }, errors: { cardNumber: '', cvv: '' } }) {
  console.debug('rendering card form', form);
}
`,
      filename: 'src/checkout/validation.ts',
    },
    {
      code: `// A kanban card's number is a position (its default is a number), and a list of options is flags
export function moveCard(card = { number: 0, title: '', column: 'todo' }, to) {
  console.log('moving card', card.number, 'to', to);
}

export function renderCardFields(fields = { number: true, cvc: true, postalCode: false }) {
  console.debug('rendering card fields', fields);
}
`,
      filename: 'src/board/cards.js',
    },
    {
      code: `// A card form's field lengths, given as a default, are logged and kept: numbers written for the fields, no values
export function configureLengths(lengths = { cardNumber: 19, cvv: 4, postalCode: 10 }) {
  console.debug('card field lengths', lengths);
  localStorage.setItem('checkout.lengths', JSON.stringify(lengths));
}
`,
      filename: 'src/checkout/lengths.js',
    },
    {
      code: `// Braintree Hosted Fields: each card field's settings (a selector, a placeholder), given as a default or declared,
// are logged before the iframes are mounted; no field's value is in them
import { client as braintreeClient, hostedFields } from 'braintree-web';

interface HostedFieldsConfig {
  number: { selector: string; placeholder?: string };
  cvv: { selector: string; maxlength?: number };
}

export async function mountFields(authorization: string, fields = { number: { selector: '#cc-number', placeholder: '4111 1111 1111 1111' }, cvv: { selector: '#cvv' }, expirationDate: { selector: '#expiry' } }) {
  console.debug('mounting hosted fields', fields);
  const client = await braintreeClient.create({ authorization });
  return hostedFields.create({ client, fields });
}

export function describeFields(config: HostedFieldsConfig): void {
  console.info('hosted fields config', config);
  console.info('cvv settings', { cvv: { selector: config.cvv.selector, maxlength: 4 } });
}
`,
      filename: 'src/checkout/hostedFields.ts',
    },
  ],
  invalid: [
    {
      code: `// A payment helper logs the card its default payment holds, read off it and taken out of it
export function submitPayment(payment = { card: { number: '', cvc: '', expMonth: '', expYear: '' }, amount: 0 }) {
  console.debug('card to submit', payment.card);
  const { card } = payment;
  console.info('submitting', card);
  return fetch('/api/payments', { method: 'POST', body: JSON.stringify({ amount: payment.amount }) });
}

// ...and its errors, keyed by the same names, hold messages
export function showErrors(form = { errors: { cardNumber: '', cvc: '' } }) {
  const { errors } = form;
  console.warn('card form errors', errors, form.errors);
}
`,
      filename: 'src/checkout/submitPayment.js',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'payment.card.cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 3, column: 35, endLine: 3, endColumn: 47 },
        { messageId: 'authDataLogged', data: { name: 'card.cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 5, column: 30, endLine: 5, endColumn: 34 },
      ],
    },
    {
      code: `// A checkout form keeps each field with its state: the value is in it
interface CardFormState {
  cardNumber: { value: string; touched: boolean };
  cvc: { value: string; error: string };
}

export function logForm(form: CardFormState): void {
  console.log('card form', form);
}
`,
      filename: 'src/checkout/cardForm.ts',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'form.cvc', kind: 'card security code (CVC)', sink: 'the console' }, line: 8, column: 28, endLine: 8, endColumn: 32 },
      ],
    },
    {
      code: `// A checkout form's reducer logs its state, which starts from a card's fields
const initialState = { cardNumber: '', cvv: '', expiry: '', cardholder: '' };

export function paymentFormReducer(state = initialState, action) {
  console.log('payment form state', state);
  switch (action.type) {
    case 'payment/fieldChanged':
      return { ...state, [action.field]: action.value };
    case 'payment/reset':
      return initialState;
    default:
      return state;
  }
}
`,
      filename: 'src/checkout/paymentFormReducer.js',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'state.cvv', kind: 'card security code (CVC)', sink: 'the console' }, line: 5, column: 37, endLine: 5, endColumn: 42 },
      ],
    },
  ],
});

ruleTester.run('no-card-data-logging: values named by the request that sends them', rule, {
  valid: [
    {
      code: `// A board's card is posted with its position, its body built first: no card number
export async function moveCard(position, title) {
  console.log('moving card to', position);
  const body = { cardNumber: position, title, listId: 3 };
  await fetch('/api/boards/1/cards', { method: 'POST', body: JSON.stringify(body) });
}
`,
      filename: 'src/board/moveCard.js',
    },
  ],
  invalid: [
    {
      code: `// A card page's service logs what it sends: the body built in a const first, or URL-encoded in place
export async function guardarTarjeta(usuario, tarjeta, numeroCode) {
  console.log('guardando', tarjeta);
  const payload = { usuario, numeroTarjeta: tarjeta, codSeguridad: numeroCode };
  const res = await fetch('/api/tarjetas', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) });
  return res.json();
}

export async function pagar(pan, code, amount) {
  console.debug('pagando', { amount, code });
  await fetch('/api/pagos', { method: 'POST', body: new URLSearchParams({ card_number: pan, cvv: code, amount: String(amount) }) });
}
`,
      filename: 'public/js/tarjetas.js',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'tarjeta', kind: 'card number (PAN)', sink: 'the console' }, line: 3, column: 28, endLine: 3, endColumn: 35 },
        { messageId: 'authDataLogged', data: { name: 'code', kind: 'card security code (CVC)', sink: 'the console' }, line: 10, column: 38, endLine: 10, endColumn: 42 },
      ],
    },
    {
      code: `// A card registration page's service: each value is logged, then posted to the app's own API (real-world batch 307)
const registrarTarjeta = async (usuario, tarjeta, nombreTarjeta, fechaTarjeta, numeroCode) => {
  console.log(usuario);
  console.log(tarjeta);
  console.log(nombreTarjeta);
  console.log(fechaTarjeta);
  console.log(numeroCode);
  await axios({
    method: 'post',
    url: 'http://localhost:3000/api/registrar-tarjeta',
    responseType: 'json',
    data: {
      usuario: usuario,
      numeroTarjeta: tarjeta,
      nombreTarjeta: nombreTarjeta,
      fechaTarjeta: fechaTarjeta,
      codSeguridad: numeroCode,
    },
  });
};

// A board's card is posted with its position: no card number
const moverTarjeta = async (position, title) => {
  console.log('moving', position);
  await axios.post('/api/boards/1/cards', { cardNumber: position, title, listId: 3 });
};

export { registrarTarjeta, moverTarjeta };
`,
      filename: 'public/js/tarjetaServicio.js',
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'tarjeta', kind: 'card number (PAN)', sink: 'the console' }, line: 4, column: 15, endLine: 4, endColumn: 22 },
        { messageId: 'authDataLogged', data: { name: 'numeroCode', kind: 'card security code (CVC)', sink: 'the console' }, line: 7, column: 15, endLine: 7, endColumn: 25 },
      ],
    },
  ],
});

ruleTester.run('no-card-data-logging: an Angular reactive form logged whole', rule, {
  valid: [
    {
      code: `// A sign-in form logged whole holds no card field
import { Component, OnInit } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';

@Component({ selector: 'app-login', templateUrl: './login.component.html' })
export class LoginComponent implements OnInit {
  loginForm!: FormGroup;

  ngOnInit(): void {
    this.loginForm = new FormGroup({
      email: new FormControl('', [Validators.required, Validators.email]),
      password: new FormControl('', Validators.required),
    });
  }

  onSubmit(): void {
    console.log(this.loginForm);
  }
}
`,
      filename: 'src/app/login/login.component.ts',
    },
  ],
  invalid: [
    {
      code: `// A bank app's card form logs its FormGroup, whose controls hold the card (real-world recall probe B, 2026-12-07)
import { Component, OnInit } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';

@Component({ selector: 'app-form', templateUrl: './form.component.html' })
export class FormComponent implements OnInit {
  cardForm!: FormGroup;

  ngOnInit(): void {
    this.cardForm = new FormGroup({
      cardNumber: new FormControl(null, Validators.required),
      date: new FormControl(null),
      ccv: new FormControl(null, Validators.maxLength(3)),
    });
  }

  onSubmit(): void {
    console.log(this.cardForm);
  }
}
`,
      filename: 'src/app/form/form.component.ts',
      output: null,
      errors: [
        { messageId: 'authDataLogged', data: { name: 'ccv', kind: 'card security code (CVC)', sink: 'the console' }, line: 18, column: 17, endLine: 18, endColumn: 30 },
      ],
    },
  ],
});
