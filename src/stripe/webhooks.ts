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

/** The names no other name contains (`constructEvent` covers `constructEventAsync`): enough to look for in text. */
const WEBHOOK_NAME_STEMS: readonly string[] = [...WEBHOOK_CALL_NAMES].filter((name) => ![...WEBHOOK_CALL_NAMES].some((other) => other !== name && name.includes(other)));

/**
 * Each name by one of its capitalised words (`Event` at 9 in `constructEvent`): capitals are rare in text, so looking
 * for the word and then for the whole name around it is much faster than looking for each whole name. A word that
 * most names share is taken first (`Event` for `constructEvent`, `parseEventNotification` and `parseThinEvent`), so
 * there are few words to look for.
 */
const NAMES_BY_ANCHOR = new Map<string, { name: string; offset: number }[]>();
const capitalisedWords = (name: string): RegExpExecArray[] => [...name.matchAll(/[A-Z][a-z]*/g)];
const sharedBy = (word: string): number => WEBHOOK_NAME_STEMS.filter((name) => capitalisedWords(name).some((w) => w[0] === word)).length;
for (const name of WEBHOOK_NAME_STEMS) {
  const words = capitalisedWords(name).sort((a, b) => sharedBy(b[0]) - sharedBy(a[0]));
  const word = words[0];
  const anchor = word ? word[0] : name;
  const offset = word ? word.index : 0;
  NAMES_BY_ANCHOR.set(anchor, [...(NAMES_BY_ANCHOR.get(anchor) ?? []), { name, offset }]);
}

/**
 * Does `text` write the name of a webhook helper (`WEBHOOK_CALL_NAMES`) as itself, e.g. as a called member? With the
 * names written with escapes (identifier escapes, string values; see require-webhook-signature `textMayReport`), a
 * file-level necessary condition for calling one by a name written in the file (a name computed from other strings
 * is not seen).
 */
export function spellsWebhookHelper(text: string): boolean {
  for (const [anchor, names] of NAMES_BY_ANCHOR) {
    for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
      for (const { name, offset } of names) if (text.startsWith(name, at - offset)) return true;
    }
  }
  return false;
}

/** The request header that carries Stripe's signature. */
export const STRIPE_SIGNATURE_HEADER = 'stripe-signature';
