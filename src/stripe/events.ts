/**
 * Stripe event type names (stripe-facts.md §6; the names `event.type` is compared against in webhook handlers).
 *
 * Source: the `EnabledEvent` union of `WebhookEndpointCreateParams` in stripe/stripe-node — master `663942164`
 * `src/resources/WebhookEndpoints.ts` (v22), plus the older names still in `types/**\/WebhookEndpoints*.d.ts` of tags
 * v8.0.0 … v21.0.1 (`order.*`, `recipient.*`, `sku.*`, `invoiceitem.updated`). Thin (v2) event notifications are
 * `v1.…` / `v2.…` names (`v1.billing.meter.error_report_triggered`, `v2.core.event_destination.ping`;
 * `src/resources/V2/Core/Events.ts`).
 */

/** Every snapshot event type Stripe has documented in stripe-node's webhook endpoint params. */
export const STRIPE_EVENT_TYPES: ReadonlySet<string> = new Set([
  'account.application.authorized',
  'account.application.deauthorized',
  'account.external_account.created',
  'account.external_account.deleted',
  'account.external_account.updated',
  'account.updated',
  'application_fee.created',
  'application_fee.refund.updated',
  'application_fee.refunded',
  'balance.available',
  'balance_settings.updated',
  'billing.alert.triggered',
  'billing.credit_balance_transaction.created',
  'billing.credit_grant.created',
  'billing.credit_grant.updated',
  'billing.meter.created',
  'billing.meter.deactivated',
  'billing.meter.reactivated',
  'billing.meter.updated',
  'billing_portal.configuration.created',
  'billing_portal.configuration.updated',
  'billing_portal.session.created',
  'capability.updated',
  'cash_balance.funds_available',
  'charge.captured',
  'charge.dispute.closed',
  'charge.dispute.created',
  'charge.dispute.funds_reinstated',
  'charge.dispute.funds_withdrawn',
  'charge.dispute.updated',
  'charge.expired',
  'charge.failed',
  'charge.pending',
  'charge.refund.updated',
  'charge.refunded',
  'charge.succeeded',
  'charge.updated',
  'checkout.session.async_payment_failed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.completed',
  'checkout.session.expired',
  'climate.order.canceled',
  'climate.order.created',
  'climate.order.delayed',
  'climate.order.delivered',
  'climate.order.product_substituted',
  'climate.product.created',
  'climate.product.pricing_updated',
  'coupon.created',
  'coupon.deleted',
  'coupon.updated',
  'credit_note.created',
  'credit_note.updated',
  'credit_note.voided',
  'customer.created',
  'customer.deleted',
  'customer.discount.created',
  'customer.discount.deleted',
  'customer.discount.updated',
  'customer.source.created',
  'customer.source.deleted',
  'customer.source.expiring',
  'customer.source.updated',
  'customer.subscription.created',
  'customer.subscription.deleted',
  'customer.subscription.paused',
  'customer.subscription.pending_update_applied',
  'customer.subscription.pending_update_expired',
  'customer.subscription.resumed',
  'customer.subscription.trial_will_end',
  'customer.subscription.updated',
  'customer.tax_id.created',
  'customer.tax_id.deleted',
  'customer.tax_id.updated',
  'customer.updated',
  'customer_cash_balance_transaction.created',
  'entitlements.active_entitlement_summary.updated',
  'file.created',
  'financial_connections.account.account_numbers_updated',
  'financial_connections.account.created',
  'financial_connections.account.deactivated',
  'financial_connections.account.disconnected',
  'financial_connections.account.expected_deactivation_date_updated',
  'financial_connections.account.reactivated',
  'financial_connections.account.refreshed_balance',
  'financial_connections.account.refreshed_ownership',
  'financial_connections.account.refreshed_transactions',
  'financial_connections.account.supported_payment_method_types_updated',
  'financial_connections.account.upcoming_account_number_expiry',
  'financial_connections.account.upcoming_deactivation',
  'financial_connections.authorization.expected_deactivation_date_updated',
  'financial_connections.authorization.upcoming_deactivation',
  'identity.verification_session.canceled',
  'identity.verification_session.created',
  'identity.verification_session.processing',
  'identity.verification_session.redacted',
  'identity.verification_session.requires_input',
  'identity.verification_session.verified',
  'invoice.created',
  'invoice.deleted',
  'invoice.finalization_failed',
  'invoice.finalized',
  'invoice.marked_uncollectible',
  'invoice.overdue',
  'invoice.overpaid',
  'invoice.paid',
  'invoice.payment_action_required',
  'invoice.payment_attempt_required',
  'invoice.payment_failed',
  'invoice.payment_succeeded',
  'invoice.sent',
  'invoice.upcoming',
  'invoice.updated',
  'invoice.voided',
  'invoice.will_be_due',
  'invoice_payment.paid',
  'invoiceitem.created',
  'invoiceitem.deleted',
  'invoiceitem.updated',
  'issuing_authorization.created',
  'issuing_authorization.request',
  'issuing_authorization.updated',
  'issuing_card.created',
  'issuing_card.updated',
  'issuing_cardholder.created',
  'issuing_cardholder.updated',
  'issuing_dispute.closed',
  'issuing_dispute.created',
  'issuing_dispute.funds_reinstated',
  'issuing_dispute.funds_rescinded',
  'issuing_dispute.submitted',
  'issuing_dispute.updated',
  'issuing_personalization_design.activated',
  'issuing_personalization_design.deactivated',
  'issuing_personalization_design.rejected',
  'issuing_personalization_design.updated',
  'issuing_token.created',
  'issuing_token.updated',
  'issuing_transaction.created',
  'issuing_transaction.purchase_details_receipt_updated',
  'issuing_transaction.updated',
  'mandate.updated',
  'order.created',
  'payment_intent.amount_capturable_updated',
  'payment_intent.canceled',
  'payment_intent.created',
  'payment_intent.partially_funded',
  'payment_intent.payment_failed',
  'payment_intent.processing',
  'payment_intent.requires_action',
  'payment_intent.succeeded',
  'payment_link.created',
  'payment_link.updated',
  'payment_method.attached',
  'payment_method.automatically_updated',
  'payment_method.detached',
  'payment_method.updated',
  'payout.canceled',
  'payout.created',
  'payout.failed',
  'payout.paid',
  'payout.reconciliation_completed',
  'payout.updated',
  'person.created',
  'person.deleted',
  'person.updated',
  'plan.created',
  'plan.deleted',
  'plan.updated',
  'price.created',
  'price.deleted',
  'price.updated',
  'product.created',
  'product.deleted',
  'product.updated',
  'promotion_code.created',
  'promotion_code.updated',
  'quote.accepted',
  'quote.canceled',
  'quote.created',
  'quote.finalized',
  'radar.early_fraud_warning.created',
  'radar.early_fraud_warning.updated',
  'recipient.created',
  'recipient.deleted',
  'recipient.updated',
  'refund.created',
  'refund.failed',
  'refund.updated',
  'reporting.report_run.failed',
  'reporting.report_run.succeeded',
  'reporting.report_type.updated',
  'reserve.hold.created',
  'reserve.hold.updated',
  'reserve.plan.created',
  'reserve.plan.disabled',
  'reserve.plan.expired',
  'reserve.plan.updated',
  'reserve.release.created',
  'review.closed',
  'review.opened',
  'setup_intent.canceled',
  'setup_intent.created',
  'setup_intent.requires_action',
  'setup_intent.setup_failed',
  'setup_intent.succeeded',
  'sigma.scheduled_query_run.created',
  'sku.created',
  'sku.deleted',
  'sku.updated',
  'source.canceled',
  'source.chargeable',
  'source.failed',
  'source.mandate_notification',
  'source.refund_attributes_required',
  'source.transaction.created',
  'source.transaction.updated',
  'subscription_schedule.aborted',
  'subscription_schedule.canceled',
  'subscription_schedule.completed',
  'subscription_schedule.created',
  'subscription_schedule.expiring',
  'subscription_schedule.released',
  'subscription_schedule.updated',
  'tax.settings.updated',
  'tax_rate.created',
  'tax_rate.updated',
  'terminal.reader.action_failed',
  'terminal.reader.action_succeeded',
  'terminal.reader.action_updated',
  'test_helpers.test_clock.advancing',
  'test_helpers.test_clock.created',
  'test_helpers.test_clock.deleted',
  'test_helpers.test_clock.internal_failure',
  'test_helpers.test_clock.ready',
  'topup.canceled',
  'topup.created',
  'topup.failed',
  'topup.reversed',
  'topup.succeeded',
  'transfer.created',
  'transfer.reversed',
  'transfer.updated',
  'treasury.credit_reversal.created',
  'treasury.credit_reversal.posted',
  'treasury.debit_reversal.completed',
  'treasury.debit_reversal.created',
  'treasury.debit_reversal.initial_credit_granted',
  'treasury.financial_account.closed',
  'treasury.financial_account.created',
  'treasury.financial_account.features_status_updated',
  'treasury.inbound_transfer.canceled',
  'treasury.inbound_transfer.created',
  'treasury.inbound_transfer.failed',
  'treasury.inbound_transfer.succeeded',
  'treasury.outbound_payment.canceled',
  'treasury.outbound_payment.created',
  'treasury.outbound_payment.expected_arrival_date_updated',
  'treasury.outbound_payment.failed',
  'treasury.outbound_payment.posted',
  'treasury.outbound_payment.returned',
  'treasury.outbound_payment.tracking_details_updated',
  'treasury.outbound_transfer.canceled',
  'treasury.outbound_transfer.created',
  'treasury.outbound_transfer.expected_arrival_date_updated',
  'treasury.outbound_transfer.failed',
  'treasury.outbound_transfer.posted',
  'treasury.outbound_transfer.returned',
  'treasury.outbound_transfer.tracking_details_updated',
  'treasury.received_credit.created',
  'treasury.received_credit.failed',
  'treasury.received_credit.succeeded',
  'treasury.received_debit.created',
]);

/** The object part of every listed type: `checkout.session` of `checkout.session.completed`. */
const EVENT_OBJECTS: ReadonlySet<string> = new Set([...STRIPE_EVENT_TYPES].map((type) => type.slice(0, type.lastIndexOf('.'))));
const ACTION = /^[a-z][a-z_]*$/;
/**
 * Thin event notifications: `v1.billing.meter.error_report_triggered`, `v2.core.account.updated`, and the Accounts v2
 * events that name a part of the account in brackets (`v2.core.account[requirements].updated`,
 * `v2.core.account[configuration.merchant].capability_status_updated`: stripe-node's v2 event types, real-world batch DX).
 */
const THIN_EVENT = /^v[12]\.[a-z][a-z_]*(?:\.[a-z][a-z_]*(?:\[[a-z][a-z_]*(?:\.[a-z][a-z_]*)*\])?){2,}$/;

/**
 * Has `name` the shape of a Stripe event type: a listed Stripe object and an action (`invoice.overdue`, also actions
 * added after the list was taken), or a thin event name.
 */
export function isStripeEventType(name: string): boolean {
  if (STRIPE_EVENT_TYPES.has(name) || THIN_EVENT.test(name)) return true;
  const dot = name.lastIndexOf('.');
  return dot > 0 && EVENT_OBJECTS.has(name.slice(0, dot)) && ACTION.test(name.slice(dot + 1));
}

/**
 * A Stripe event type that is proof on its own that the code handles Stripe events: a listed (or thin) type whose
 * object has several parts or an underscore, or whose action has one (`payment_intent.succeeded`,
 * `checkout.session.completed`, `invoice.payment_failed`). Short names such as `invoice.paid`, `customer.created` or
 * `refund.created` are also used by other providers' webhooks (Razorpay, Paddle, Square), so they need other evidence.
 */
export function isDistinctiveStripeEventType(name: string): boolean {
  if (THIN_EVENT.test(name)) return true;
  if (!STRIPE_EVENT_TYPES.has(name)) return false;
  const dot = name.lastIndexOf('.');
  const object = name.slice(0, dot);
  return object.includes('.') || object.includes('_') || name.slice(dot + 1).includes('_');
}

/**
 * The listed Stripe event types under an event object written as a prefix (`event.type.startsWith(prefix)`):
 * `customer.subscription` or `customer.subscription.` → `customer.subscription.created`, …; `[]` when the prefix is no
 * whole listed object. Where the file does not mention Stripe, only objects of several parts or with an underscore
 * (`checkout.session`, `payment_intent`) count: `invoice.` is also how other providers' event types begin.
 */
export function eventTypesUnder(prefix: string, stripeMentioned: boolean): string[] {
  const object = prefix.endsWith('.') ? prefix.slice(0, -1) : prefix;
  if (!EVENT_OBJECTS.has(object) || (!stripeMentioned && !object.includes('.') && !object.includes('_'))) return [];
  const start = `${object}.`;
  return [...STRIPE_EVENT_TYPES].filter((type) => type.startsWith(start) && type.lastIndexOf('.') === object.length);
}

/**
 * Does `text` spell, in quotes (escapes included), a prefix that `eventTypesUnder` reads? Every such prefix is name
 * characters only, so each string or template whose value is one is found.
 */
export const spellsEventPrefix = (text: string, stripeMentioned: boolean): boolean =>
  spellsQuoted(text, isNameChar, (value) => eventTypesUnder(value, stripeMentioned).length > 0);

/** The shape of every name `isStripeEventType` accepts (the tests check it): lower-case words joined by dots. */
const EVENT_TYPE_SHAPE = /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_.[\]]*$/;
const QUOTES = ["'", '"', '`'];
const isNameChar = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || code === 46;
/** What event types are made of: name characters, and the brackets of a thin event's part (`account[requirements]`). */
const isEventChar = (code: number): boolean => isNameChar(code) || code === 91 || code === 93;
const isQuote = (code: number): boolean => code === 39 || code === 34 || code === 96;

/**
 * Does `text` spell, in quotes, a name that `accepts` (`isStripeEventType` or `isDistinctiveStripeEventType`)? A cheap
 * file-level necessary condition for comparing an event type with a string written in the file: every name either
 * predicate accepts has the shape of `EVENT_TYPE_SHAPE`, so every string literal or template whose value is one is
 * found, escapes included (`'payment\x5fintent.succeeded'`), whatever surrounds it. A value assembled by evaluation
 * (`'payment_intent.' + 'succeeded'`) is not seen.
 *
 * Each quote is looked at as the opening one (`indexOf`, much faster here than a regular expression): the characters
 * after it must spell name characters up to a quote.
 */
export function spellsEventType(text: string, accepts: (name: string) => boolean): boolean {
  return spellsQuoted(text, isEventChar, (name) => isEventTypeName(name, accepts));
}

/**
 * `spellsEventType` for a text without backslashes (so without escapes: a string's value is its source text), found
 * with no allocation at most quotes: a name is only read where a quote is followed by a lower-case letter and name
 * characters with a dot among them up to a quote (what every name of `EVENT_TYPE_SHAPE` in quotes looks like).
 */
export function spellsPlainEventType(text: string, accepts: (name: string) => boolean): boolean {
  for (const quote of QUOTES) {
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
      let code = text.charCodeAt(at + 1);
      if (code < 97 || code > 122) continue; // EVENT_TYPE_SHAPE starts with [a-z]
      let end = at + 2;
      let dot = false;
      for (code = text.charCodeAt(end); isEventChar(code); code = text.charCodeAt(++end)) if (code === 46) dot = true;
      if (dot && isQuote(code) && isEventTypeName(text.slice(at + 1, end), accepts)) return true;
    }
  }
  return false;
}

/** `name` has the shape of an event type and `accepts` takes it. */
export const isEventTypeName = (name: string, accepts: (name: string) => boolean): boolean => EVENT_TYPE_SHAPE.test(name) && accepts(name);

/** ASCII letters, digits, `_`, `$` and `.`: what names, member names and event types are made of. */
export const isWordChar = (code: number): boolean => isNameChar(code) || (code >= 65 && code <= 90) || code === 36;

/**
 * Is there a string or template in `text` whose value is only `allowed` characters (escapes decoded) and that
 * `accepts` takes? Every quote is looked at as an opening one (`indexOf`), so every such literal is found whatever
 * surrounds it; decoding only happens where a backslash is met.
 */
export function spellsQuoted(text: string, allowed: (code: number) => boolean, accepts: (value: string) => boolean): boolean {
  for (const quote of QUOTES) {
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
      const first = text.charCodeAt(at + 1);
      if (!allowed(first) && first !== BACKSLASH) continue;
      const value = quotedName(text, at + 1, allowed);
      if (value !== null && accepts(value)) return true;
    }
  }
  return false;
}

const BACKSLASH = 92;

/**
 * `spellsQuoted` for the strings and templates with an escape only: a value is read (and decoded) only where the
 * `allowed` characters after a quote run into a backslash. The values written without escapes are the source text
 * itself, which callers look for as plain text. Found from the backslashes (rare in source), each looked at once:
 * the `allowed` run before it must follow a quote.
 */
export function spellsEscapedQuoted(text: string, allowed: (code: number) => boolean, accepts: (value: string) => boolean): boolean {
  for (let at = text.indexOf('\\'); at >= 0; at = text.indexOf('\\', at + 1)) {
    let start = at;
    while (start > 0 && allowed(text.charCodeAt(start - 1))) start--;
    if (start === 0 || !isQuote(text.charCodeAt(start - 1))) continue;
    const value = quotedName(text, start, allowed);
    if (value !== null && accepts(value)) return true;
  }
  return false;
}

/**
 * The value of the string or template content that starts at `from`, when it is only `allowed` characters (name
 * characters by default; escapes decoded, line continuations dropped) up to a quote; null otherwise.
 */
export function quotedName(text: string, from: number, allowed: (code: number) => boolean = isNameChar): string | null {
  let end = from;
  while (end < text.length && allowed(text.charCodeAt(end))) end++;
  if (isQuote(text.charCodeAt(end))) return text.slice(from, end); // no escape: the common case, no decoding
  let out = text.slice(from, end);
  let at = end;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (isQuote(code)) return out;
    if (allowed(code)) {
      out += text[at];
      at++;
      continue;
    }
    if (code !== BACKSLASH) return null;
    const escape = decodeEscape(text, at);
    if (escape === null) return null;
    for (let i = 0; i < escape.value.length; i++) if (!allowed(escape.value.charCodeAt(i))) return null;
    out += escape.value;
    at = escape.end;
  }
  return null;
}

const HEX = /^[0-9a-fA-F]+$/;
const SINGLE_CHARACTER_ESCAPES: Readonly<Record<string, string>> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/**
 * The escape sequence at `at` (a backslash) of a string literal: its value (`''` for a line continuation) and where
 * it ends. `\x…`, `\u…`, `\u{…}`, legacy octal, single-character escapes and identity escapes; null when malformed.
 */
function decodeEscape(text: string, at: number): { value: string; end: number } | null {
  const next = text[at + 1];
  if (next === undefined) return null;
  if (next === '\r') return { value: '', end: text[at + 2] === '\n' ? at + 3 : at + 2 };
  if (next === '\n' || next === '\u2028' || next === '\u2029') return { value: '', end: at + 2 };
  if (next === 'x') {
    const hex = text.slice(at + 2, at + 4);
    return hex.length === 2 && HEX.test(hex) ? { value: String.fromCharCode(parseInt(hex, 16)), end: at + 4 } : null;
  }
  if (next === 'u') {
    if (text[at + 2] === '{') {
      const close = text.indexOf('}', at + 3);
      const hex = close < 0 ? '' : text.slice(at + 3, close);
      if (!HEX.test(hex) || parseInt(hex, 16) > 0x10ffff) return null;
      return { value: String.fromCodePoint(parseInt(hex, 16)), end: close + 1 };
    }
    const hex = text.slice(at + 2, at + 6);
    return hex.length === 4 && HEX.test(hex) ? { value: String.fromCharCode(parseInt(hex, 16)), end: at + 6 } : null;
  }
  if (next >= '0' && next <= '7') {
    // Legacy octal: up to three digits while the value stays below 256 (`\0` alone is NUL).
    let digits = next;
    while (digits.length < 3 && text[at + 1 + digits.length]! >= '0' && text[at + 1 + digits.length]! <= '7' && parseInt(digits + text[at + 1 + digits.length], 8) <= 0o377) {
      digits += text[at + 1 + digits.length];
    }
    return { value: String.fromCharCode(parseInt(digits, 8)), end: at + 1 + digits.length };
  }
  const codePoint = text.codePointAt(at + 1)!;
  const char = String.fromCodePoint(codePoint);
  return { value: SINGLE_CHARACTER_ESCAPES[char] ?? char, end: at + 1 + char.length };
}
