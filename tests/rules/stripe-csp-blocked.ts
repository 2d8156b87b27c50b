// What require-stripe-csp's reports say a policy blocks (its `blocked` data), for each origin a directive leaves out:
// stripe-facts.md §3 and §4.1 (js.stripe.com loads Stripe.js and the fields' frames, hooks.stripe.com 3D Secure's frames,
// api.stripe.com takes Stripe.js's requests).

export const STRIPE_JS_BLOCKED = "Stripe.js (and with it Stripe's hosted payment fields)";
export const FIELDS_BLOCKED = "the frames of Stripe's hosted payment fields";
export const THREE_D_SECURE_BLOCKED = 'the 3D Secure and redirect frames that a card needing authentication opens';
/** `frame-src` without either of Stripe.js's origins. */
export const FRAMES_BLOCKED = `${FIELDS_BLOCKED} and ${THREE_D_SECURE_BLOCKED}`;
export const API_BLOCKED = "Stripe.js's requests to Stripe's API, without which no payment is confirmed";
