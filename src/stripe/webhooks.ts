/**
 * stripe-node webhook helpers (stripe-facts.md §6.1): stripe/stripe-node master `663942164` `src/Webhooks.ts`,
 * `src/stripe.core.ts`, `src/StripeEventNotificationHandler.ts`, CHANGELOG 22.5.0 (#2794) and the `parseThinEvent`
 * rename (CHANGELOG, "Rename function `StripeClient.parseThinEvent` to `StripeClient.parseEventNotification`").
 */

/** Calls that check the `Stripe-Signature` header against the endpoint secret (they throw when it does not match). */
export const VERIFYING_WEBHOOK_METHODS: ReadonlySet<string> = new Set([
  'constructEvent',
  'constructEventAsync',
  'verifyHeader',
  'verifyHeaderAsync',
  'parseEventNotification',
  'parseEventNotificationAsync',
  'parseThinEvent',
]);

/**
 * Calls that build an event from a payload without any signature check. Stripe meant them for payloads that were
 * verified already or come from a trusted channel (AWS EventBridge, Azure Event Grid).
 * `notificationHandlerWithoutVerification` returns a handler whose `.handle(rawBody)` does the same.
 */
export const UNVERIFIED_WEBHOOK_METHODS: ReadonlySet<string> = new Set([
  'constructEventWithoutVerification',
  'parseEventNotificationWithoutVerification',
]);

export const UNVERIFIED_NOTIFICATION_HANDLER = 'notificationHandlerWithoutVerification';

/** The verifying counterpart to name in a message. */
export const VERIFYING_REPLACEMENT: Readonly<Record<string, string>> = {
  constructEventWithoutVerification: 'constructEvent',
  parseEventNotificationWithoutVerification: 'parseEventNotification',
  notificationHandlerWithoutVerification: 'notificationHandler',
};

/** Every call name the webhook analysis acts on: the verifying helpers, the unverified ones and the notification handler. */
export const WEBHOOK_CALL_NAMES: ReadonlySet<string> = new Set([
  ...VERIFYING_WEBHOOK_METHODS,
  ...UNVERIFIED_WEBHOOK_METHODS,
  UNVERIFIED_NOTIFICATION_HANDLER,
]);

/**
 * The names no other name contains (`constructEvent` covers `constructEventAsync`): enough to look for in text to
 * know whether a file writes any of `WEBHOOK_CALL_NAMES`.
 */
export const WEBHOOK_NAME_STEMS: readonly string[] = [...WEBHOOK_CALL_NAMES].filter((name) => ![...WEBHOOK_CALL_NAMES].some((other) => other !== name && name.includes(other)));

/** The request header that carries Stripe's signature. */
export const STRIPE_SIGNATURE_HEADER = 'stripe-signature';
