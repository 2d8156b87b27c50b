/**
 * What Stripe asks a Content-Security-Policy to allow (stripe-facts.md §4.1): docs.stripe.com/security/guide,
 * "Content Security Policy" section, current text, and the older text of the same guide that is still widely copied.
 *
 * `required` holds the origins both texts list, so a policy written from either one passes; `suggested` holds what only
 * the current text adds (`https://*.js.stripe.com`: "allows Stripe.js to improve performance by starting frames on
 * different origins"). Only the three directives that stop a payment when they block Stripe are checked; the rest of
 * the guide's table is kept in `STRIPE_CSP_UNCHECKED` for reference.
 */

export type StripeCspProduct = 'stripeJs' | 'checkout' | 'connectEmbedded' | 'link';
export type CheckedDirective = 'script-src' | 'frame-src' | 'connect-src';

export const CHECKED_DIRECTIVES: readonly CheckedDirective[] = ['script-src', 'frame-src', 'connect-src'];

export interface ProductSources {
  /** Listed by both the current and the older guide: a policy without one of them blocks the product. */
  required: readonly string[];
  /** Listed by the current guide only: added by suggestions, never reported on their own. */
  suggested: readonly string[];
  /** What the browser blocks where the directive leaves out a required origin (the report's words). */
  blocks: Readonly<Record<string, string>>;
}

export const STRIPE_CSP_SOURCES: Readonly<Record<StripeCspProduct, Partial<Record<CheckedDirective, ProductSources>>>> = {
  // Current: connect-src api.stripe.com (+ maps.googleapis.com, which is Google's and needed only by the Address
  // Element's autocomplete); frame-src *.js.stripe.com js.stripe.com hooks.stripe.com; script-src *.js.stripe.com
  // js.stripe.com (+ maps.googleapis.com). Older: connect-src api.stripe.com; frame-src js.stripe.com
  // hooks.stripe.com; script-src js.stripe.com.
  stripeJs: {
    'script-src': {
      required: ['https://js.stripe.com'],
      suggested: ['https://*.js.stripe.com'],
      blocks: { 'https://js.stripe.com': "Stripe.js (and with it Stripe's hosted payment fields)" },
    },
    // hooks.stripe.com: "payment method with redirect functions… 3D Secure… include `https://hooks.stripe.com` as a
    // `frame-src`" (stripe-facts.md §3): the fields load without it, the authentication of a card that needs it does not.
    'frame-src': {
      required: ['https://js.stripe.com', 'https://hooks.stripe.com'],
      suggested: ['https://*.js.stripe.com'],
      blocks: {
        'https://js.stripe.com': "the frames of Stripe's hosted payment fields",
        'https://hooks.stripe.com': 'the 3D Secure and redirect frames that a card needing authentication opens',
      },
    },
    'connect-src': {
      required: ['https://api.stripe.com'],
      suggested: [],
      blocks: { 'https://api.stripe.com': "Stripe.js's requests to Stripe's API, without which no payment is confirmed" },
    },
  },
  // Same in both texts: checkout.stripe.com in connect-src, frame-src and script-src.
  checkout: {
    'script-src': { required: ['https://checkout.stripe.com'], suggested: [], blocks: { 'https://checkout.stripe.com': "Stripe Checkout's script" } },
    'frame-src': { required: ['https://checkout.stripe.com'], suggested: [], blocks: { 'https://checkout.stripe.com': "Stripe Checkout's frame" } },
    'connect-src': { required: ['https://checkout.stripe.com'], suggested: [], blocks: { 'https://checkout.stripe.com': "Stripe Checkout's requests" } },
  },
  // connect-src: only "the URL of any web-font CSS" the merchant passes, so nothing fixed to check.
  connectEmbedded: {
    'script-src': {
      required: ['https://connect-js.stripe.com', 'https://js.stripe.com'],
      suggested: [],
      blocks: { 'https://connect-js.stripe.com': 'Connect embedded components', 'https://js.stripe.com': 'Connect embedded components' },
    },
    'frame-src': {
      required: ['https://connect-js.stripe.com', 'https://js.stripe.com'],
      suggested: [],
      blocks: { 'https://connect-js.stripe.com': 'Connect embedded components', 'https://js.stripe.com': 'Connect embedded components' },
    },
  },
  // "In addition to Stripe.js".
  link: {
    'connect-src': { required: ['https://link.com', 'https://*.link.com'], suggested: [], blocks: { 'https://link.com': "Link's requests", 'https://*.link.com': "Link's requests" } },
    'frame-src': { required: ['https://link.com', 'https://*.link.com'], suggested: [], blocks: { 'https://link.com': "Link's frames", 'https://*.link.com': "Link's frames" } },
  },
};

/**
 * Rows of the guide's table that the rule does not check (a missing entry degrades images or styles, it does not stop
 * a payment). The Connect style hash is listed unquoted by Stripe; a CSP needs it quoted, and helmet throws on the
 * unquoted form (stripe-facts.md §0.5), so it is kept quoted here.
 */
export const STRIPE_CSP_UNCHECKED: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  checkout: { 'img-src': ['https://*.stripe.com'] },
  connectEmbedded: { 'img-src': ['https://*.stripe.com'], 'style-src': ["'sha256-0hAheEzaMe6uXIKV4EehS9pu1am1lj/KnnzrOYqckXk='"] },
  link: { 'img-src': ['https://*.link.com'] },
  cryptoOnramp: { 'connect-src': ['https://crypto.link.com'], 'frame-src': ['https://crypto.link.com'], 'script-src': ['https://crypto-js.stripe.com'] },
};

export interface DirectiveRequirement {
  directive: CheckedDirective;
  /** Required origin → the products that need it. */
  required: ReadonlyMap<string, readonly StripeCspProduct[]>;
  suggested: readonly string[];
}

/** The origins each checked directive must allow for the given products (deduplicated, in table order). */
export function stripeCspRequirements(products: readonly StripeCspProduct[]): DirectiveRequirement[] {
  const out: DirectiveRequirement[] = [];
  for (const directive of CHECKED_DIRECTIVES) {
    const required = new Map<string, StripeCspProduct[]>();
    const suggested: string[] = [];
    for (const product of products) {
      const sources = STRIPE_CSP_SOURCES[product][directive];
      if (!sources) continue;
      for (const origin of sources.required) {
        const list = required.get(origin) ?? [];
        list.push(product);
        required.set(origin, list);
      }
      for (const origin of sources.suggested) if (!suggested.includes(origin)) suggested.push(origin);
    }
    if (required.size > 0) out.push({ directive, required, suggested: suggested.filter((o) => !required.has(o)) });
  }
  return out;
}

/**
 * What a directive that leaves out these required origins blocks, for each product that needs one of them, in the
 * requirement's order, each once: `frame-src` without `hooks.stripe.com` blocks 3D Secure's frames, not the fields.
 */
export function blockedBy(requirement: DirectiveRequirement, missing: readonly string[]): string[] {
  const out: string[] = [];
  for (const [origin, products] of requirement.required) {
    if (!missing.includes(origin)) continue;
    for (const product of products) {
      const blocked = STRIPE_CSP_SOURCES[product][requirement.directive]?.blocks[origin];
      if (blocked !== undefined && !out.includes(blocked)) out.push(blocked);
    }
  }
  return out;
}
