/**
 * Stripe.js v1/v2, legacy Checkout and jquery.payment: script URLs, global members and their current replacements
 * (stripe-facts.md §2.1–§2.4). Data and tiny predicates only; no AST.
 */
import { STRIPE_CHECKOUT_HOST, STRIPE_JS_HOST } from './hosts.js';

/**
 * Script URL to load Stripe.js today: `@stripe/stripe-js` 9.x injects `https://js.stripe.com/dahlia/stripe.js`
 * (stripe-js `src/shared.ts`, `RELEASE_TRAIN = 'dahlia'`; §2.1).
 */
export const CURRENT_STRIPE_JS_URL = 'https://js.stripe.com/dahlia/stripe.js';

/** What a Stripe script URL loads. */
export type StripeScriptKind = 'stripe-js-v1' | 'stripe-js-v2' | 'legacy-checkout' | 'stripe-js-current';

/**
 * Classify a script URL by exact host and path (§2.1). `pathComplete` says the path is known to end where it
 * ends (false for the static prefix of a template that continues with `${…}`); `/v2` then needs its slash to be
 * sure it is not `/v20…`.
 *
 * - `js.stripe.com/v1/…`, `js.stripe.com/v2/…` → Stripe.js v1 / v2 (legacy).
 * - `checkout.stripe.com/checkout.js`, `checkout.stripe.com/v2/checkout.js` → legacy Checkout modal.
 * - `js.stripe.com/v3[/…]`, `js.stripe.com/<train>/stripe.js` → current Stripe.js.
 * - anything else, including `connect-js.stripe.com/v1.0/connect.js` (current Connect.js, §0.2) → null.
 */
export function classifyStripeScript(host: string, path: string, pathComplete = true): StripeScriptKind | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h === STRIPE_JS_HOST) {
    const legacy = /^\/v([12])(\/|$)/.exec(path);
    if (legacy && (legacy[2] === '/' || pathComplete)) return legacy[1] === '1' ? 'stripe-js-v1' : 'stripe-js-v2';
    if (/^\/v3(\/|$)/.test(path) || (pathComplete && /^\/[a-z]+\/stripe\.js$/.test(path))) return 'stripe-js-current';
    return null;
  }
  if (h === STRIPE_CHECKOUT_HOST && pathComplete && /^(\/v2)?\/checkout\.js$/.test(path)) return 'legacy-checkout';
  return null;
}

/** The global that legacy Checkout's checkout.js defines (§2.1: `StripeCheckout.configure`, `.open`). */
export const LEGACY_CHECKOUT_GLOBAL = 'StripeCheckout';

/** npm packages that wrap legacy Checkout or are the jquery.payment companion (§2.3). */
export const LEGACY_CHECKOUT_PACKAGES: ReadonlySet<string> = new Set(['react-stripe-checkout']);
export const JQUERY_PAYMENT_PACKAGES: ReadonlySet<string> = new Set(['jquery.payment']);

/** The global that Stripe.js v1/v2 and v3+ both define (v3+ calls it, v1/v2 use its members). */
export const STRIPE_JS_GLOBAL = 'Stripe';

/** Top-level functions of the v1/v2 global (§2.2; DefinitelyTyped `stripe-v2` `StripeStatic`). */
export const STRIPE_V2_FUNCTIONS: ReadonlySet<string> = new Set([
  'setPublishableKey',
  'createToken',
  'getToken',
  'validateCardNumber',
  'validateExpiry',
  'validateCVC',
  'cardType',
]);

/** Namespaces of the v1/v2 global; every member under them is legacy (§2.2). */
export const STRIPE_V2_NAMESPACES: ReadonlySet<string> = new Set([
  'card',
  'bankAccount',
  'piiData',
  'source',
  'applePay',
  'bitcoinReceiver',
]);

/**
 * The v1/v2 namespaced calls (§2.2) that only that API has: no Stripe.js v3+ instance or stripe-node client has a
 * `card`, `bankAccount`, `piiData` or `source` member. Called on a wrapper of the v2 global (angular-stripe's injected `stripe`
 * service, ember-stripe-service's `this.stripe`), they are still Stripe.js v2.
 */
export const STRIPE_V2_WRAPPED_CALLS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['card', new Set(['createToken', 'validateCardNumber', 'validateExpiry', 'validateCVC', 'cardType'])],
  ['bankAccount', new Set(['createToken', 'validateRoutingNumber', 'validateAccountNumber'])],
  ['piiData', new Set(['createToken'])],
  // `Stripe.source.create(data, handler)`, `Stripe.source.poll` (§2.2): stripe-node's are `sources.*`, a v3 instance's
  // `createSource` / `retrieveSource` (real-world batch FB: a crowdfunding site's wrapper creating card sources)
  ['source', new Set(['create', 'poll'])],
]);

/** Is `member` (a property of the global `Stripe`) part of the v1/v2 API? */
export const isStripeV2Member = (member: string): boolean =>
  STRIPE_V2_FUNCTIONS.has(member) || STRIPE_V2_NAMESPACES.has(member);

/** jquery.payment: `$.payment.<fn>` members and `$(…).payment('<command>')` commands (§2.3). */
export const JQUERY_PAYMENT_FUNCTIONS: ReadonlySet<string> = new Set([
  'validateCardNumber',
  'validateCardExpiry',
  'validateCardCVC',
  'cardType',
  'cardExpiryVal',
  'formatCardNumber',
  'cards',
]);
export const JQUERY_PAYMENT_COMMANDS: ReadonlySet<string> = new Set([
  'formatCardNumber',
  'formatCardExpiry',
  'formatCardCVC',
  'restrictNumeric',
]);

const ELEMENTS_PAYMENT =
  "mount the Payment Element (`stripe.elements({ clientSecret }).create('payment')`) and call `stripe.confirmPayment({ elements })` (or `stripe.createPaymentMethod({ elements })`)";
const ELEMENTS_VALIDATION =
  'Elements validate the card inside their iframe and report `complete` / `error` in their `change` event';

/**
 * The current replacement for one v1/v2 member, in words for the message (§2.4). `path` is the member path after
 * `Stripe.`: `['setPublishableKey']`, `['card', 'createToken']`.
 */
export function stripeV2Replacement(path: readonly string[]): string {
  const [first, second] = path;
  switch (first) {
    case 'setPublishableKey':
      return "`const stripe = Stripe(publishableKey)` (or `await loadStripe(publishableKey)` from '@stripe/stripe-js')";
    case 'createToken':
      return ELEMENTS_PAYMENT;
    case 'getToken':
      return 'retrieve the token on your server (`stripe.tokens.retrieve(id)` in stripe-node)';
    case 'validateCardNumber':
    case 'validateExpiry':
    case 'validateCVC':
    case 'cardType':
      return ELEMENTS_VALIDATION;
    case 'card':
      return second === 'createToken' || second === undefined ? ELEMENTS_PAYMENT : ELEMENTS_VALIDATION;
    case 'bankAccount':
      return "the Payment Element (bank debits are payment methods there) or `stripe.createToken('bank_account', …)`";
    case 'piiData':
      return "`stripe.createToken('pii', { personal_id_number })`";
    case 'source':
      return 'PaymentMethods: `stripe.confirmPayment({ elements })` or `stripe.createPaymentMethod({ elements })` (Sources are removed in Stripe.js v9)';
    case 'applePay':
      return 'the Express Checkout Element or the Payment Element, which offer Apple Pay themselves';
    case 'bitcoinReceiver':
      return 'a current payment method through the Payment Element (Bitcoin receivers were removed)';
    default:
      return ELEMENTS_PAYMENT;
  }
}

/** Replacement for legacy Checkout (§2.4). */
export const LEGACY_CHECKOUT_REPLACEMENT =
  'Checkout Sessions (`stripe.checkout.sessions.create` on the server, then redirect to `session.url`), embedded Checkout, or Payment Links';
