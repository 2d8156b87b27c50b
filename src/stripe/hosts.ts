/**
 * Stripe-owned hostnames (stripe-facts.md §3, primary source docs.stripe.com/ips "Stripe domains").
 * Matched exactly or as a listed wildcard; never by substring.
 */
export const STRIPE_HOSTS: ReadonlySet<string> = new Set([
  'stripe.com',
  'api.stripe.com',
  'files.stripe.com',
  'uploads.stripe.com',
  'connect.stripe.com',
  'meter-events.stripe.com',
  'js.stripe.com',
  'connect-js.stripe.com',
  'crypto-js.stripe.com',
  'checkout.stripe.com',
  'hooks.stripe.com',
  'm.stripe.com',
  'm.stripe.network',
  'q.stripe.com',
  'r.stripe.com',
  'a.stripecdn.com',
  'b.stripecdn.com',
  'c.stripecdn.com',
  'f.stripecdn.com',
  'dashboard.stripe.com',
  'manage.stripe.com',
  'express.stripe.com',
  'auth.stripe.com',
  'billing.stripe.com',
  'buy.stripe.com',
  'donate.stripe.com',
  'invoice.stripe.com',
  'invoicedata.stripe.com',
  'pay.stripe.com',
  'payments.stripe.com',
  'qr.stripe.com',
  'verify.stripe.com',
  'merchant-ui-api.stripe.com',
  'atlas.stripe.com',
  'climate.stripe.com',
  'terminal.stripe.com',
  'armada.stripe.com',
  'gator.stripe.com',
  'api-tls12.stripe.com',
  'docs.stripe.com',
  'support.stripe.com',
  'status.stripe.com',
  'link.com',
  'crypto.link.com',
]);

/** Listed wildcard parents: `*.js.stripe.com`, `*.terminal-events.stripe.com`, `*.link.com` (§3). */
export const STRIPE_WILDCARD_PARENTS: readonly string[] = ['js.stripe.com', 'terminal-events.stripe.com', 'link.com'];

/** Is `host` (lower-case, no port) a Stripe-owned host from §3? */
export function isStripeHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (STRIPE_HOSTS.has(h)) return true;
  return STRIPE_WILDCARD_PARENTS.some((parent) => h.endsWith(`.${parent}`) && /^[a-z0-9-]+$/.test(h.slice(0, -parent.length - 1)));
}

/**
 * The registrable domains of every host above (`stripe.com`, `stripe.network`, `stripecdn.com`, `link.com`): a
 * Stripe host, listed or wildcard, always ends with one of them.
 */
export const STRIPE_HOST_DOMAINS: readonly string[] = [
  ...new Set([...STRIPE_HOSTS, ...STRIPE_WILDCARD_PARENTS].map((host) => host.split('.').slice(-2).join('.'))),
];

export const STRIPE_API_HOST = 'api.stripe.com';
/** A path of Stripe's REST API as written in the docs (`/v1/customers/{id}/sources`) as a pattern: `{id}` any one segment. */
export const apiPathPattern = (path: string): RegExp => new RegExp(`^${path.replace(/\{id\}/g, '[^/]+')}/?$`);
export const STRIPE_JS_HOST = 'js.stripe.com';
export const STRIPE_CHECKOUT_HOST = 'checkout.stripe.com';
