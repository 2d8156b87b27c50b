// The file-level text condition of require-webhook-signature admits every spelling the analysis acts on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spellsWebhookHelper, textMayReport } from '../../src/rules/require-webhook-signature.js';
import { identifierEscapesSpell } from '../../src/analysis/static-text.js';
import { STRIPE_EVENT_TYPES, eventTypesUnder, isDistinctiveStripeEventType, isEventTypeName, isStripeEventType, isWordChar, spellsQuoted } from '../../src/stripe/events.js';
import { WEBHOOK_CALL_NAMES } from '../../src/stripe/webhooks.js';

const TEXT = fc.string({ unit: 'binary' });
const QUOTE = fc.constantFrom("'", '"', '`');

describe('textMayReport', () => {
  it('admits any webhook helper name, with or without a mention of Stripe', () => {
    fc.assert(
      fc.property(TEXT, fc.constantFrom(...WEBHOOK_CALL_NAMES), TEXT, fc.boolean(), (before, name, after, stripe) => {
        expect(textMayReport(`${before}.${name}(${after}`, stripe)).toBe(true);
      }),
      { numRuns: 1000, seed: 11 },
    );
  });

  it('admits a quoted distinctive event type anywhere, and any listed type where Stripe is mentioned', () => {
    fc.assert(
      fc.property(TEXT, fc.constantFrom(...STRIPE_EVENT_TYPES), QUOTE, TEXT, (before, type, quote, after) => {
        const text = `${before}${quote}${type}${quote}${after}`;
        expect(textMayReport(text, true)).toBe(true);
        if (isDistinctiveStripeEventType(type)) expect(textMayReport(text, false)).toBe(true);
      }),
      { numRuns: 1000, seed: 11 },
    );
  });

  it('admits a data.object read (also computed, or destructured) where Stripe is mentioned', () => {
    for (const read of ['event.data.object', "req.body['data']['object']", 'const { data: { object } } = event', 'const { data } = e; data.object']) {
      expect(textMayReport(read, true), read).toBe(true);
    }
  });

  it.each([
    // Other providers' names and short Stripe names in a file that never mentions Stripe.
    ["if (evt.type === 'user.created') createUser(evt.data.id);", false],
    ["if (req.body.type === 'invoice.paid') markPaid(req.body.data.object);", false],
    ["app.post('/hook', (req, res) => res.json(req.body));", false],
  ])('screens out %s', (text, expected) => {
    expect(textMayReport(text, false)).toBe(expected);
  });

  it('admits an event object in quotes where startsWith is called: one of several parts anywhere, any where Stripe is mentioned', () => {
    expect(textMayReport("if (event.type.startsWith('checkout.session')) fulfil(event.id);", false)).toBe(true);
    expect(textMayReport("if (event.type.startsWith('payment_intent.')) fulfil(event.id);", false)).toBe(true);
    expect(textMayReport(String.raw`if (event.type.\u0073tartsWith('checkout.session')) fulfil(event.id);`, false)).toBe(true);
    expect(textMayReport("if (event.type.startsWith('invoice.')) markPaid(event.id);", false)).toBe(false);
    expect(textMayReport("if (event.type.startsWith('invoice.')) markPaid(event.id);", true)).toBe(true);
    expect(textMayReport("if (event.type.startsWith('checkout.sess')) fulfil(event.id);", true)).toBe(false);
    expect(textMayReport("const kind = 'checkout.session'; log(kind);", true)).toBe(false);
  });

  it('screens out a Stripe file that neither compares event types nor reads data.object', () => {
    expect(textMayReport("import Stripe from 'stripe'; const stripe = new Stripe(key); stripe.customers.create({ email });", true)).toBe(false);
  });
});

describe('textMayReport: names and words spelled with escapes', () => {
  const escapeAt = (word: string, index: number, form: 'u' | 'x' | 'brace'): string => {
    const code = word.charCodeAt(index).toString(16);
    const escape = form === 'u' ? `\\u${code.padStart(4, '0')}` : form === 'x' ? `\\x${code.padStart(2, '0')}` : `\\u{${code}}`;
    return word.slice(0, index) + escape + word.slice(index + 1);
  };

  it('admits a webhook helper name with any one character escaped, as an identifier or a string key', () => {
    fc.assert(
      fc.property(TEXT, fc.constantFrom(...WEBHOOK_CALL_NAMES), fc.nat(), fc.constantFrom('u', 'x', 'brace') as fc.Arbitrary<'u' | 'x' | 'brace'>, fc.boolean(), (around, name, at, form, stripe) => {
        const spelled = escapeAt(name, at % name.length, form);
        if (form !== 'x') expect(textMayReport(`${around}webhooks.${spelled}(body)${around}`, stripe)).toBe(true);
        expect(textMayReport(`${around}webhooks['${spelled}'](body)${around}`, stripe)).toBe(true);
      }),
      { numRuns: 1000, seed: 17 },
    );
  });

  it('admits data / object written with escapes where Stripe is mentioned', () => {
    expect(textMayReport(String.raw`const order = req.body.d\u0061ta.object;`, true)).toBe(true);
    expect(textMayReport(String.raw`const order = req.body['data']['obj\x65ct'];`, true)).toBe(true);
    expect(textMayReport('const order = req.body.data.items;', true)).toBe(false);
  });

  it('admits a distinctive event type with escapes in a file that never mentions Stripe', () => {
    expect(textMayReport(String.raw`if (type === 'payment\x5fintent.succeeded') ship();`, false)).toBe(true);
    expect(textMayReport(String.raw`if (type === 'v1.billing.meter.error\u005Freport_triggered') alert();`, false)).toBe(true);
  });
});

describe('textMayReport: the same answer as reading every string and escape', () => {
  /** The condition as first written: every quoted value read (escapes decoded), every word looked for in the whole text. */
  const writes = (text: string, word: string): boolean =>
    text.includes(word) || identifierEscapesSpell(text, new Set([word])) || spellsQuoted(text, isWordChar, (value) => value === word);
  const reference = (text: string, stripe: boolean): boolean => {
    const accepts = stripe ? isStripeEventType : isDistinctiveStripeEventType;
    return (
      spellsWebhookHelper(text) ||
      identifierEscapesSpell(text, WEBHOOK_CALL_NAMES) ||
      spellsQuoted(text, isWordChar, (value) => WEBHOOK_CALL_NAMES.has(value) || isEventTypeName(value, accepts)) ||
      (stripe && writes(text, 'data') && writes(text, 'object')) ||
      ((text.includes('startsWith') || identifierEscapesSpell(text, new Set(['startsWith']))) &&
        spellsQuoted(text, isWordChar, (value) => eventTypesUnder(value, stripe).length > 0))
    );
  };
  /** Code-like text from the pieces that matter: quotes, escapes, names, event types, the words of a data read. */
  const PIECES = fc
    .array(
      fc.constantFrom(
        "'", '"', '`', '\\', '\\x63', '\\x5f', '\\u0064', '\\u{6f}', '\\n', '.', ' ', '(', 'A', '_',
        'constructEvent', 'onstructEvent', 'verifyHeader', 'payment_intent', 'succeeded', 'invoice.paid', 'payment', 'intent',
        'data', 'ata', 'object', 'bject', 'v1', 'billing.meter.error_report_triggered',
        'startsWith', 'tartsWith', '\\u0073', 'checkout.session', 'customer.subscription', 'invoice',
      ),
      { maxLength: 16 },
    )
    .map((parts) => parts.join(''));

  it('on code-like text, with and without a mention of Stripe', () => {
    fc.assert(
      fc.property(fc.oneof(PIECES, TEXT), fc.boolean(), (text, stripe) => {
        expect(textMayReport(text, stripe)).toBe(reference(text, stripe));
      }),
      { numRuns: 5000, seed: 21 },
    );
  });
});
