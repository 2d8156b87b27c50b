import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STRIPE_EVENT_TYPES, eventTypesUnder, isDistinctiveStripeEventType, isStripeEventType, isWordChar, quotedName, spellsEscapedQuoted, spellsEventType, spellsPlainEventType, spellsQuoted } from '../../src/stripe/events.js';

describe('eventTypesUnder', () => {
  it('the listed types under a whole event object, with or without its dot; objects of one plain word only where Stripe is mentioned', () => {
    expect(eventTypesUnder('checkout.session', false)).toEqual(['checkout.session.async_payment_failed', 'checkout.session.async_payment_succeeded', 'checkout.session.completed', 'checkout.session.expired']);
    expect(eventTypesUnder('customer.subscription.', true)).toContain('customer.subscription.deleted');
    expect(eventTypesUnder('customer.subscription', true).every((type) => type.split('.').length === 3)).toBe(true);
    expect(eventTypesUnder('invoice.', true)).toContain('invoice.paid');
    expect(eventTypesUnder('invoice.', true).some((type) => type.startsWith('invoiceitem.'))).toBe(false);
    expect(eventTypesUnder('invoice.', false)).toEqual([]);
    expect(eventTypesUnder('checkout.sess', true)).toEqual([]);
    expect(eventTypesUnder('checkout.session.completed', true)).toEqual([]);
    expect(eventTypesUnder('', true)).toEqual([]);
  });
});

describe('Stripe event type names (stripe-node WebhookEndpoints EnabledEvent)', () => {
  it('lists current and older snapshot events', () => {
    for (const name of ['payment_intent.succeeded', 'checkout.session.completed', 'customer.subscription.deleted', 'invoice.will_be_due', 'sku.created']) {
      expect(STRIPE_EVENT_TYPES.has(name), name).toBe(true);
    }
    expect(STRIPE_EVENT_TYPES.has('*')).toBe(false);
  });

  it.each([
    ['payment_intent.succeeded', true, true],
    ['checkout.session.completed', true, true],
    ['invoice.payment_failed', true, true],
    ['v1.billing.meter.error_report_triggered', true, true],
    ['v2.core.event_destination.ping', true, true],
    // Accounts v2 events naming a part of the account (stripe-node's v2 event types; real-world batch DX).
    ['v2.core.account[requirements].updated', true, true],
    ['v2.core.account[configuration.merchant].capability_status_updated', true, true],
    ['v2.core.account[].updated', false, false],
    ['v2.core.account[Requirements].updated', false, false],
    ['v2.core[requirements]', false, false],
    // Listed, but also sent by other providers (Razorpay, Paddle, Square).
    ['invoice.paid', true, false],
    ['refund.created', true, false],
    ['customer.created', true, false],
    // A listed object with an action added after the list was taken.
    ['payment_intent.some_new_action', true, false],
    // Not Stripe.
    ['user.created', false, false],
    ['payment.captured', false, false],
    ['charge.success', true, false],
    ['orders/create', false, false],
    ['PAYMENT.CAPTURE.COMPLETED', false, false],
    ['payment_intent.', false, false],
  ] as const)('%s: shape %s, distinctive %s', (name, shape, distinctive) => {
    expect(isStripeEventType(name)).toBe(shape);
    expect(isDistinctiveStripeEventType(name)).toBe(distinctive);
  });
});

describe('spellsEventType (file-level prefilter)', () => {
  const THIN = fc
    .tuple(fc.constantFrom('v1', 'v2'), fc.array(fc.stringMatching(/^[a-z][a-z_]{0,12}(?:\[[a-z][a-z_]{0,8}(?:\.[a-z][a-z_]{0,8})?\])?$/), { minLength: 3, maxLength: 5 }))
    .map(([version, parts]) => [version, ...parts].join('.'));
  const OBJECT_WITH_ACTION = fc
    .tuple(fc.constantFrom(...[...STRIPE_EVENT_TYPES].map((type) => type.slice(0, type.lastIndexOf('.')))), fc.stringMatching(/^[a-z][a-z_]{0,20}$/))
    .map(([object, action]) => `${object}.${action}`);
  const ACCEPTED = fc.oneof(fc.constantFrom(...STRIPE_EVENT_TYPES), THIN, OBJECT_WITH_ACTION).filter(isStripeEventType);
  const QUOTE = fc.constantFrom("'", '"', '`');

  it('finds every name either predicate accepts, quoted, whatever text surrounds it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), ACCEPTED, QUOTE, fc.string({ unit: 'binary' }), (before, name, quote, after) => {
        const text = `${before}${quote}${name}${quote}${after}`;
        expect(spellsEventType(text, isStripeEventType)).toBe(true);
        if (isDistinctiveStripeEventType(name)) expect(spellsEventType(text, isDistinctiveStripeEventType)).toBe(true);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('every listed type has the quoted shape it looks for', () => {
    for (const type of STRIPE_EVENT_TYPES) expect(/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_.]*$/.test(type), type).toBe(true);
  });

  it.each([
    ["if (event.type === 'payment_intent.succeeded') {}", true, true],
    ['case "checkout.session.completed":', true, true],
    ['const T = `v2.core.event_destination.ping`;', true, true],
    ["case 'v2.core.account[requirements].updated':", true, true],
    ["['invoice.paid', 'refund.created'].includes(t)", true, false],
    // Several strings in a row: each closing quote may open the next one.
    ["'a.b''payment_intent.succeeded'", true, true],
    ["x = 'user.created' + 'payment_intent.succeeded'", true, true],
    // Unquoted, or inside a longer string: not a compared name.
    ['event.payment_intent.succeeded', false, false],
    ["'on payment_intent.succeeded'", false, false],
    ["'Payment_intent.succeeded'", false, false],
    ["'user.created'", false, false],
    ['', false, false],
  ])('%s', (text, any, distinctive) => {
    expect(spellsEventType(text, isStripeEventType)).toBe(any);
    expect(spellsEventType(text, isDistinctiveStripeEventType)).toBe(distinctive);
    expect(spellsPlainEventType(text, isStripeEventType)).toBe(any);
    expect(spellsPlainEventType(text, isDistinctiveStripeEventType)).toBe(distinctive);
  });
});

describe('spellsPlainEventType (texts without backslashes)', () => {
  const ACCEPTED = fc.oneof(
    fc.constantFrom(...STRIPE_EVENT_TYPES),
    fc.constantFrom('v1.billing.meter.error_report_triggered', 'payment_intent.new_action', 'v2.core.account[configuration.customer].capability_status_updated'),
  );
  const QUOTE = fc.constantFrom("'", '"', '`');
  const NO_BACKSLASH = fc.string({ unit: 'binary' }).map((text) => text.replace(/\\/g, ''));
  /** Text made of the characters that matter to the scan: quotes, name characters, capitals, separators. */
  const CODE_LIKE = fc.array(fc.constantFrom("'", '"', '`', '.', '_', 'a', 'z', '0', 'A', ' ', '(', 'payment_intent', 'succeeded', 'v1', 'checkout', 'session', '[', ']'), { maxLength: 30 }).map((parts) => parts.join(''));

  it('finds every accepted name in quotes, whatever text without backslashes surrounds it', () => {
    fc.assert(
      fc.property(NO_BACKSLASH, ACCEPTED, QUOTE, QUOTE, NO_BACKSLASH, (before, name, open, close, after) => {
        const text = before + open + name + close + after;
        expect(spellsPlainEventType(text, isStripeEventType)).toBe(true);
        if (isDistinctiveStripeEventType(name)) expect(spellsPlainEventType(text, isDistinctiveStripeEventType)).toBe(true);
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('gives the answer of spellsEventType on any text without backslashes', () => {
    fc.assert(
      fc.property(fc.oneof(NO_BACKSLASH, CODE_LIKE), (text) => {
        expect(spellsPlainEventType(text, isStripeEventType)).toBe(spellsEventType(text, isStripeEventType));
        expect(spellsPlainEventType(text, isDistinctiveStripeEventType)).toBe(spellsEventType(text, isDistinctiveStripeEventType));
      }),
      { numRuns: 3000, seed: 12 },
    );
  });
});

describe('quotedName (string values with escapes)', () => {
  const hex = (code: number, width: number): string => code.toString(16).padStart(width, '0');
  /** One character of a name, written as itself or as any escape that means it. */
  const spelledChar = (ch: string) => {
    const code = ch.charCodeAt(0);
    const forms = [ch, `\\x${hex(code, 2)}`, `\\u${hex(code, 4).toUpperCase()}`, `\\u{${hex(code, 1)}}`, `\\u{00${hex(code, 1)}}`, `\\${code.toString(8)}`];
    if (!/[0-7bfnrtuvx]/.test(ch)) forms.push(`\\${ch}`);
    return fc.constantFrom(...forms);
  };
  const CONTENT = fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...'abcxyz_.019').chain(spelledChar) },
        { weight: 1, arbitrary: fc.constantFrom('\\\n', '\\\r\n', '\\n', '\\t', '\\x4', '\\u12', '\\u{110000}', '\\0', ' ', '-', 'A', '\\8') },
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(''));

  it('reads the value JavaScript gives the literal, when it is name characters only', () => {
    fc.assert(
      fc.property(CONTENT, fc.constantFrom("'", '"'), (content, quote) => {
        let value: string | null;
        try {
          value = (new Function(`return ${quote}${content}${quote};`) as () => string)();
        } catch {
          value = null;
        }
        const expected = value !== null && /^[a-z0-9_.]*$/.test(value) ? value : null;
        expect(quotedName(`${content}${quote}`, 0)).toBe(expected);
      }),
      { numRuns: 3000, seed: 13 },
    );
  });

  it('finds an event type whatever escapes spell it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...[...STRIPE_EVENT_TYPES].filter(isDistinctiveStripeEventType)).chain((type) =>
          fc.tuple(...[...type].map(spelledChar)).map((chars) => chars.join('')),
        ),
        fc.string({ unit: 'binary' }),
        fc.constantFrom("'", '"', '`'),
        (spelled, around, quote) => {
          expect(spellsEventType(`${around}${quote}${spelled}${quote}${around}`, isDistinctiveStripeEventType)).toBe(true);
        },
      ),
      { numRuns: 1000, seed: 13 },
    );
  });

  it('spellsEscapedQuoted finds a value whatever escapes spell it, when one escape at least is among them', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...[...STRIPE_EVENT_TYPES].filter(isDistinctiveStripeEventType), 'constructEvent', 'data', 'object').chain((value) =>
          fc.tuple(fc.constant(value), fc.tuple(...[...value].map(spelledChar)).map((chars) => chars.join(''))),
        ),
        fc.string({ unit: 'binary' }),
        fc.constantFrom("'", '"', '`'),
        ([value, spelled], around, quote) => {
          const text = `${around}${quote}${spelled}${quote}${around}`;
          const accepts = (v: string): boolean => v === value;
          if (spelled.includes('\\')) expect(spellsEscapedQuoted(text, isWordChar, accepts)).toBe(true);
          // Every value it finds, spellsQuoted finds (it only skips the values written without escapes).
          if (spellsEscapedQuoted(text, isWordChar, accepts)) expect(spellsQuoted(text, isWordChar, accepts)).toBe(true);
        },
      ),
      { numRuns: 1000, seed: 14 },
    );
  });

  it('spellsEscapedQuoted skips values written without escapes', () => {
    expect(spellsEscapedQuoted("x = 'payment_intent.succeeded'", isWordChar, isDistinctiveStripeEventType)).toBe(false);
    expect(spellsEscapedQuoted(String.raw`x = 'payment\x5fintent.succeeded'`, isWordChar, isDistinctiveStripeEventType)).toBe(true);
    expect(spellsEscapedQuoted(String.raw`w['\x63onstructEvent']`, isWordChar, (v) => v === 'constructEvent')).toBe(true);
    expect(spellsEscapedQuoted(String.raw`w['constructEvent'] + '\n'`, isWordChar, (v) => v === 'constructEvent')).toBe(false);
  });
});
