/**
 * Stripe API parameters that take one of the merchant's own URLs, which Stripe then calls (webhook endpoints) or
 * sends the customer to (redirects after Checkout, the customer portal, Connect onboarding, redirect-based payment
 * methods and 3D Secure). stripe-facts.md §8 ("All interactions between your server and Stripe must use HTTPS").
 *
 * Sources: stripe-node `src/resources/WebhookEndpoints.ts` (`url`), `Checkout/Sessions.ts` (`success_url`,
 * `cancel_url`, `return_url`), `BillingPortal/Sessions.ts` (`return_url`), `AccountLinks.ts` (`refresh_url`,
 * `return_url`), `PaymentIntents.ts` / `SetupIntents.ts` (`return_url` on create and confirm);
 * `@stripe/stripe-js` `types/stripe-js/stripe.d.ts` (`confirmPayment` / `confirmSetup` with
 * `confirmParams.return_url`).
 */

import { apiPathPattern } from './hosts.js';

export type CallbackUrlPurpose = 'webhook' | 'redirect';

export interface CallbackUrlParam {
  /** `node`: a stripe-node client method; `js`: a Stripe.js instance method. */
  side: 'node' | 'js';
  /** Member path from the client: `checkout.sessions.create`. */
  method: string;
  /** Index of the params argument. */
  arg: number;
  /** Key paths inside the params object. */
  keys: readonly (readonly string[])[];
  purpose: CallbackUrlPurpose;
}

export const CALLBACK_URL_PARAMS: readonly CallbackUrlParam[] = [
  { side: 'node', method: 'webhookEndpoints.create', arg: 0, keys: [['url']], purpose: 'webhook' },
  { side: 'node', method: 'webhookEndpoints.update', arg: 1, keys: [['url']], purpose: 'webhook' },
  {
    side: 'node',
    method: 'checkout.sessions.create',
    arg: 0,
    keys: [['success_url'], ['cancel_url'], ['return_url']],
    purpose: 'redirect',
  },
  { side: 'node', method: 'billingPortal.sessions.create', arg: 0, keys: [['return_url']], purpose: 'redirect' },
  { side: 'node', method: 'accountLinks.create', arg: 0, keys: [['refresh_url'], ['return_url']], purpose: 'redirect' },
  { side: 'node', method: 'paymentIntents.create', arg: 0, keys: [['return_url']], purpose: 'redirect' },
  { side: 'node', method: 'paymentIntents.confirm', arg: 1, keys: [['return_url']], purpose: 'redirect' },
  { side: 'node', method: 'setupIntents.create', arg: 0, keys: [['return_url']], purpose: 'redirect' },
  { side: 'node', method: 'setupIntents.confirm', arg: 1, keys: [['return_url']], purpose: 'redirect' },
  { side: 'js', method: 'confirmPayment', arg: 0, keys: [['confirmParams', 'return_url']], purpose: 'redirect' },
  { side: 'js', method: 'confirmSetup', arg: 0, keys: [['confirmParams', 'return_url']], purpose: 'redirect' },
];

const BY_METHOD = new Map<string, CallbackUrlParam>(CALLBACK_URL_PARAMS.map((p) => [`${p.side}:${p.method}`, p]));

/** The callback-URL parameter description of a method path, if any. */
export const callbackUrlParam = (side: 'node' | 'js', path: readonly string[]): CallbackUrlParam | undefined =>
  BY_METHOD.get(`${side}:${path.join('.')}`);

/** The method names (last path segment) of every callback-URL method: a cheap test before resolving a receiver. */
export const CALLBACK_URL_METHOD_NAMES: ReadonlySet<string> = new Set(CALLBACK_URL_PARAMS.map((p) => p.method.split('.').at(-1)!));

/**
 * The same parameters sent to Stripe's REST API without stripe-node (a Worker's or an edge function's `fetch` to
 * `https://api.stripe.com/v1/checkout/sessions` with a form body; real-world batch 330): POST paths on `api.stripe.com`
 * (`{id}` an object id), each the stripe-node method that calls it (stripe-node `src/resources/*.ts`).
 */
const CALLBACK_URL_ENDPOINTS: ReadonlyArray<{ pattern: RegExp; method: string }> = [
  ['/v1/webhook_endpoints', 'webhookEndpoints.create'],
  ['/v1/webhook_endpoints/{id}', 'webhookEndpoints.update'],
  ['/v1/checkout/sessions', 'checkout.sessions.create'],
  ['/v1/billing_portal/sessions', 'billingPortal.sessions.create'],
  ['/v1/account_links', 'accountLinks.create'],
  ['/v1/payment_intents', 'paymentIntents.create'],
  ['/v1/payment_intents/{id}/confirm', 'paymentIntents.confirm'],
  ['/v1/setup_intents', 'setupIntents.create'],
  ['/v1/setup_intents/{id}/confirm', 'setupIntents.confirm'],
].map(([path, method]) => ({ pattern: apiPathPattern(path!), method: method! }));

/** The callback-URL parameters of a REST request to `api.stripe.com` by its path; their keys are the form's names. */
export function callbackUrlEndpoint(path: string): CallbackUrlParam | undefined {
  const endpoint = CALLBACK_URL_ENDPOINTS.find((e) => e.pattern.test(path));
  return endpoint ? BY_METHOD.get(`node:${endpoint.method}`) : undefined;
}
