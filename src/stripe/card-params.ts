/**
 * Where the Stripe API takes raw card data (number / CVC / expiry), cited from shared/stripe-facts.md:
 * stripe-node methods and their param paths (§1.3, §1.4), the raw-HTTP endpoints behind them (§1.5), and the
 * Stripe.js v3+ calls that must be given an Element, never a plain object (§2.5, §0.3), and the community SDKs that
 * take a raw card (§1.6).
 *
 * A "container" is the path, from the params root, of the object whose keys are card fields:
 * `['card']` for `{ card: { number, cvc } }`, `['payment_method_data', 'card']`, `[]` for the params object itself.
 * Data only; no AST walking.
 */

import { apiPathPattern } from './hosts.js';

export type Path = readonly string[];

/**
 * How test code can say the same thing without a raw card (stripe-facts §1.4, docs.stripe.com/testing "Test code":
 * "use a PaymentMethod such as pm_card_visa instead of a card number"):
 * - `path`: the property of the params object that is rewritten;
 * - `key`: the key written instead (defaults to the last segment of `path`);
 * - `value`: `'pm'` → the test PaymentMethod id string, `'tok'` → the test token id string,
 *   `'card-token'` → `{ token: <test token> }` (`PaymentMethodCreateParams.Card.token`, §1.4).
 */
export interface TestReplacement {
  path: Path;
  key?: string;
  value: 'pm' | 'tok' | 'card-token';
}

export interface CardParamSpec {
  /** Index of the params argument. */
  arg: number;
  /** Objects (paths from the params root) whose keys are raw card fields. */
  containers: readonly Path[];
  /** Replacement per container (same index), for test files. */
  replacements?: readonly (TestReplacement | undefined)[];
  /**
   * The method takes nothing but a raw card in its (first) container: whatever value is passed there is one, even a
   * parameter the file cannot read (`(card) => client.createToken({ card })`).
   */
  rawCardOnly?: boolean;
}

const SOURCE_TOKEN: TestReplacement = { path: ['source'], value: 'tok' };
const CARD_AS_SOURCE: TestReplacement = { path: ['card'], key: 'source', value: 'tok' };
const PM_INSTEAD_OF_DATA: TestReplacement = { path: ['payment_method_data'], key: 'payment_method', value: 'pm' };
const INTENT: CardParamSpec = { arg: 0, containers: [['payment_method_data', 'card']], replacements: [PM_INSTEAD_OF_DATA] };
const INTENT_BY_ID: CardParamSpec = { ...INTENT, arg: 1 };

/**
 * stripe-node `resource.method` (dot-joined, as called on the client) → params carrying raw card data (§1.3).
 * Includes the old forms: `customers.createCard` (removed in v7), `recipients.*` (removed by v8), the v1 singular
 * `token.create`. Not listed on purpose: `paymentMethods.update` / `customers.updateSource` (expiry only, §1.4),
 * `issuing.cards.create` (creates a card, takes no card data), `testHelpers.terminal.readers.presentPaymentMethod`
 * (test-mode simulation only).
 */
export const NODE_CARD_METHODS: Readonly<Record<string, CardParamSpec>> = {
  // `v21.0.1:types/TokensResource.d.ts` TokenCreateParams.Card / CvcUpdate; no test id replaces token creation.
  // Its `card` is "the ID of a card belonging to the customer" only beside a `customer`; otherwise "a dictionary
  // containing a user's credit card details" (docs.stripe.com/api/tokens/create_card): a raw card whatever the value.
  'tokens.create': { arg: 0, containers: [['card'], ['cvc_update']], rawCardOnly: true },
  // `v1.0.0:lib/main.js` (`stripe.token.create(data, cb)`).
  'token.create': { arg: 0, containers: [['card']] },
  // `v21.0.1:types/PaymentMethodsResource.d.ts` PaymentMethodCreateParams.Card; its `token` JSDoc: "you can alternatively
  // provide a Stripe token ... into the card hash with format card: {token: "tok_visa"}".
  'paymentMethods.create': { arg: 0, containers: [['card']], replacements: [{ path: ['card'], value: 'card-token' }] },
  // stripe/stripe-node#1264, #1285: `payment_method_data.card` takes raw number and CVC (deliberately untyped).
  'paymentIntents.create': INTENT,
  'paymentIntents.update': INTENT_BY_ID,
  'paymentIntents.confirm': INTENT_BY_ID,
  'setupIntents.create': INTENT,
  'setupIntents.update': INTENT_BY_ID,
  'setupIntents.confirm': INTENT_BY_ID,
  // `v21.0.1:types/SourcesResource.d.ts` (`token` param); docs.stripe.com/sources/cards.
  'sources.create': { arg: 0, containers: [['card']], replacements: [{ path: ['card'], key: 'token', value: 'tok' }] },
  // `v4.0.0:test/flows.spec.js`, `2.0.0:test/stripe.spec.js`: `source: {object:'card', number…}` / `card: {number…}`.
  'customers.create': { arg: 0, containers: [['source'], ['card']], replacements: [SOURCE_TOKEN, CARD_AS_SOURCE] },
  'customers.update': { arg: 1, containers: [['source'], ['card']], replacements: [SOURCE_TOKEN, CARD_AS_SOURCE] },
  // `v5.0.0:README.md` `createSource(customer.id, {source:{object:'card', number…}})`.
  'customers.createSource': { arg: 1, containers: [['source']], replacements: [SOURCE_TOKEN] },
  // `v4.0.0:lib/resources/Customers.js` (removed in v7.0.0).
  'customers.createCard': { arg: 1, containers: [['card']] },
  // `v1.0.0:test/charges.js` (`card:{number}`); `source: {object:'card', number…}`.
  'charges.create': { arg: 0, containers: [['source'], ['card']], replacements: [SOURCE_TOKEN, CARD_AS_SOURCE] },
  // `v4.0.0:lib/resources/Recipients.js` (Recipients removed by v8.0.0).
  'recipients.create': { arg: 0, containers: [['card']] },
  'recipients.update': { arg: 1, containers: [['card']] },
  'recipients.createCard': { arg: 1, containers: [['card']] },
  // `v21.0.1:types/AccountsResource.d.ts` AccountUpdateParams.Card, AccountCreateExternalAccountParams.Card; and
  // `accounts.create`, whose `external_account` is "a card or bank account to attach to the account for receiving
  // payouts … a token … or a dictionary" (v23 `AccountCreateParams.external_account` JSDoc; real-world batch 240).
  'accounts.create': { arg: 0, containers: [['external_account']], replacements: [{ path: ['external_account'], value: 'tok' }] },
  'accounts.update': { arg: 1, containers: [['external_account']], replacements: [{ path: ['external_account'], value: 'tok' }] },
  'accounts.createExternalAccount': {
    arg: 1,
    containers: [['external_account']],
    replacements: [{ path: ['external_account'], value: 'tok' }],
  },
};

/**
 * Stripe.js v3+ instance methods (§2.5): which argument, and where in it, a plain object with card fields is raw
 * card data. `createToken` has no overload taking card fields (an Element comes first), so card keys at the top of
 * either argument are raw data; `createToken(cardElement, { name })` is the documented Element form (§0.3).
 */
export const STRIPE_JS_CARD_METHODS: Readonly<Record<string, readonly CardParamSpec[]>> = {
  // `types/stripe-js/payment-intents.d.ts` CreatePaymentMethodCardData: card is an Element or `{token}`.
  createPaymentMethod: [
    { arg: 0, containers: [['card']], replacements: [{ path: ['card'], value: 'card-token' }] },
    // pre-2020 signature createPaymentMethod('card', element, data)
    { arg: 1, containers: [[]] },
  ],
  // `types/stripe-js/stripe.d.ts` createToken overloads.
  createToken: [
    { arg: 0, containers: [[]] },
    { arg: 1, containers: [[]] },
  ],
  // confirmCardPayment(clientSecret, { payment_method: { card } }).
  confirmCardPayment: [{ arg: 1, containers: [['payment_method', 'card']], replacements: [{ path: ['payment_method'], value: 'pm' }] }],
  confirmCardSetup: [{ arg: 1, containers: [['payment_method', 'card']], replacements: [{ path: ['payment_method'], value: 'pm' }] }],
  // `v8.0.0:types/stripe-js/token-and-sources.d.ts`: "You cannot pass raw card information to createSource".
  createSource: [
    { arg: 0, containers: [['card']] },
    // createSource(element, data)
    { arg: 1, containers: [[]] },
  ],
};

/**
 * Community SDKs that turn a raw card object into a Stripe token from the app's own code (stripe-facts §1.6:
 * "Community SDKs take raw card objects, e.g. ionic-native `Stripe.createCardToken({number, expMonth, expYear, cvc})`").
 *
 * - The Cordova Stripe plugin: ionic-native's wrapper (`ionic-native@2.9.0:plugins/stripe.d.ts`, the static
 *   `Stripe.createCardToken`), its per-plugin Angular builds `@ionic-native/stripe` and `@ionic-native/stripe/ngx` (an
 *   injected `Stripe` instance), their renamed successor `@awesome-cordova-plugins/stripe`, and the plugin's own global
 *   `cordova.plugins.stripe` (zyra/cordova-plugin-stripe README: `createCardToken(card, success, error)`). The card
 *   object is the first argument: `{ number, expMonth, expYear, cvc }`.
 * - `stripe-client` and `react-native-stripe-client` (npm READMEs): the default export, called with a publishable key,
 *   gives a client whose `createToken({ card: { number, exp_month, exp_year, cvc } })` posts the card to Stripe;
 *   `react-native-stripe-client` also has `createPaymentMethod('card', { number, … })`.
 * - `tipsi-stripe` (React Native; tipsi/tipsi-stripe `src/Stripe.js`, `src/utils/types.js`): its default export is an
 *   instance (`export default new Stripe()`), set up with `setOptions({ publishableKey })`, whose
 *   `createTokenWithCard({ number, expMonth, expYear, cvc })` and `createSourceWithParams({ type: 'card', number, … })`
 *   take the card at the top level, `createPaymentMethod({ card: { number, … } })` under `card`, and
 *   `confirmPaymentIntent` / `confirmSetupIntent({ clientSecret, paymentMethod: { card } })` under `paymentMethod.card`
 *   (its card form, `paymentRequestWithCardForm`, is the SDK's own UI).
 */
export const CORDOVA_PLUGIN_SOURCES: ReadonlySet<string> = new Set([
  'ionic-native',
  '@ionic-native/stripe',
  '@ionic-native/stripe/ngx',
  '@awesome-cordova-plugins/stripe',
  '@awesome-cordova-plugins/stripe/ngx',
]);
/** The plugin's export in each of `CORDOVA_PLUGIN_SOURCES`. */
export const CORDOVA_PLUGIN_EXPORT = 'Stripe';
/** Packages whose default export makes a card-token client from a publishable key. */
export const TOKEN_CLIENT_SOURCES: ReadonlySet<string> = new Set(['stripe-client', 'react-native-stripe-client']);

/**
 * `react-native-stripe-api` (xcarpentier; npm 0.0.5–0.1.0, `src/Stripe.js`) and its fork `indici-stripe-api` (1.1.0): the
 * default export is a class, `new Stripe(key)`, whose `createToken` posts a card to `/v1/tokens` from the app: in 0.1.0
 * and the fork `createToken(info)` sends each key of `info` as `card[key]` (`{ number, exp_month, exp_year, cvc }`), in
 * 0.0.x `createToken(cardNumber, expMonth, expYear, cvc)` the four arguments (`CARD_API_POSITIONAL_TOKEN`).
 */
export const CARD_API_CLASS_SOURCES: ReadonlySet<string> = new Set(['react-native-stripe-api', 'indici-stripe-api']);
/** react-native-stripe-api 0.0.x's `createToken(cardNumber, expMonth, expYear, cvc)`: where its card number and CVC go. */
export const CARD_API_POSITIONAL_TOKEN = { method: 'createToken', arguments: 4, pan: 0, cvc: 3 } as const;

/**
 * The Capacitor Stripe plugin (`import { Stripe } from '@capacitor-community/stripe'`): its current API collects cards
 * in Stripe's own sheets and takes the publishable key as `Stripe.initialize({ publishableKey })`.
 */
export const CAPACITOR_STRIPE = '@capacitor-community/stripe';

/**
 * The Capacitor Stripe plugin before `@capacitor-community/stripe` (zyra/capacitor-stripe, Capacitor 2 and before):
 * registered in Capacitor's plugin registry, `const { Stripe } = Plugins` with `Plugins` from `@capacitor/core`; its
 * `createCardToken({ number, exp_month, exp_year, cvc })` and `confirmPaymentIntent` / `confirmSetupIntent({
 * clientSecret, card })` take the raw card from the app's own code (its `definitions.ts`: `createCardToken(card:
 * CardTokenRequest)`, `CommonIntentOptions.card?: Card`; real-world batch FY, a ticket checkout).
 */
export const CAPACITOR_LEGACY_PLUGIN = 'Stripe';
export const CAPACITOR_CORE = '@capacitor/core';

/** The React Native SDK whose default export is its instance, and its published fork. */
export const NATIVE_SDK_SOURCES: ReadonlySet<string> = new Set(['tipsi-stripe', '@commaai/tipsi-stripe']);

const NATIVE_PAYMENT_METHOD: readonly Path[] = [['paymentMethod', 'card']];
/**
 * Card methods of the Cordova plugin object, of the legacy Capacitor plugin, of the token clients, of
 * react-native-stripe-api's client and of the React Native SDK above.
 */
export const COMMUNITY_CARD_METHODS: Readonly<Record<'plugin' | 'capacitor' | 'client' | 'api' | 'native', Readonly<Record<string, CardParamSpec>>>> = {
  plugin: { createCardToken: { arg: 0, containers: [[]], rawCardOnly: true } },
  capacitor: {
    createCardToken: { arg: 0, containers: [[]], rawCardOnly: true },
    confirmPaymentIntent: { arg: 0, containers: [['card']] },
    confirmSetupIntent: { arg: 0, containers: [['card']] },
  },
  client: { createToken: { arg: 0, containers: [['card']], rawCardOnly: true }, createPaymentMethod: { arg: 1, containers: [[]] } },
  api: { createToken: { arg: 0, containers: [[]], rawCardOnly: true } },
  native: {
    createTokenWithCard: { arg: 0, containers: [[]], rawCardOnly: true },
    createSourceWithParams: { arg: 0, containers: [[]] },
    createPaymentMethod: { arg: 0, containers: [['card']] },
    confirmPaymentIntent: { arg: 0, containers: NATIVE_PAYMENT_METHOD },
    confirmSetupIntent: { arg: 0, containers: NATIVE_PAYMENT_METHOD },
  },
};

export interface CardEndpoint {
  /** Path pattern below the API host; `[^/]+` segments are object ids. */
  pattern: RegExp;
  /** Display form, e.g. `POST /v1/customers/{id}/sources`. */
  label: string;
  containers: readonly Path[];
}

const endpoint = (path: string, containers: readonly Path[]): CardEndpoint => ({
  pattern: apiPathPattern(path),
  label: `POST ${path}`,
  containers,
});
const INTENT_CARD: readonly Path[] = [['payment_method_data', 'card']];

/** Raw-HTTP endpoints on `api.stripe.com` that take card fields (§1.5), with the same containers as the SDK. */
export const CARD_ENDPOINTS: readonly CardEndpoint[] = [
  endpoint('/v1/tokens', [['card'], ['cvc_update']]),
  endpoint('/v1/payment_methods', [['card']]),
  endpoint('/v1/sources', [['card']]),
  endpoint('/v1/customers', [['source'], ['card']]),
  endpoint('/v1/customers/{id}', [['source'], ['card']]),
  endpoint('/v1/customers/{id}/sources', [['source'], ['card']]),
  endpoint('/v1/customers/{id}/cards', [['card']]),
  endpoint('/v1/charges', [['source'], ['card']]),
  endpoint('/v1/payment_intents', INTENT_CARD),
  endpoint('/v1/payment_intents/{id}', INTENT_CARD),
  endpoint('/v1/payment_intents/{id}/confirm', INTENT_CARD),
  endpoint('/v1/setup_intents', INTENT_CARD),
  endpoint('/v1/setup_intents/{id}', INTENT_CARD),
  endpoint('/v1/setup_intents/{id}/confirm', INTENT_CARD),
  endpoint('/v1/accounts', [['external_account']]),
  endpoint('/v1/accounts/{id}', [['external_account']]),
  endpoint('/v1/accounts/{id}/external_accounts', [['external_account']]),
];

/**
 * Where a request path on api.stripe.com is computed in a part that is not an id (`/v1${endpoint}`, a helper's path
 * handed in by its callers), the body is read with every card-taking endpoint's containers: card fields under any of
 * them, sent to Stripe's API, are raw card data whichever endpoint it is (real-world batch DK).
 */
export const ANY_CARD_ENDPOINT: CardEndpoint = {
  pattern: /(?:)/,
  label: 'POST /v1/…',
  containers: [...new Map(CARD_ENDPOINTS.flatMap((e) => e.containers).map((path) => [path.join('.'), path])).values()],
};

/**
 * The card-taking endpoint a request path (on api.stripe.com, no query) goes to, if any; `ANY_CARD_ENDPOINT` where
 * a computed part (`hole`) stands where no card endpoint has an id.
 */
export function cardEndpointOf(path: string, hole?: string): CardEndpoint | null {
  return CARD_ENDPOINTS.find((e) => e.pattern.test(path)) ?? (hole !== undefined && path.includes(hole) ? ANY_CARD_ENDPOINT : null);
}
