import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spellsWebhookHelper } from '../../src/rules/require-webhook-signature.js';
import {
  UNVERIFIED_NOTIFICATION_HANDLER,
  UNVERIFIED_WEBHOOK_METHODS,
  VERIFYING_WEBHOOK_METHODS,
  WEBHOOK_CALL_NAMES,
} from '../../src/stripe/webhooks.js';

describe('WEBHOOK_CALL_NAMES', () => {
  it('holds the verifying helpers, the unverified ones and the notification handler', () => {
    expect([...WEBHOOK_CALL_NAMES].sort()).toEqual([...VERIFYING_WEBHOOK_METHODS, ...UNVERIFIED_WEBHOOK_METHODS, UNVERIFIED_NOTIFICATION_HANDLER].sort());
  });
});

describe('spellsWebhookHelper (file-level prefilter)', () => {
  it('finds every helper name, whatever text surrounds it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom(...WEBHOOK_CALL_NAMES), fc.string({ unit: 'binary' }), (before, name, after) => {
        expect(spellsWebhookHelper(before + name + after)).toBe(true);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it.each([
    ['const event = stripe.webhooks.constructEvent(body, sig, secret);', true],
    ["webhooks['constructEventAsync'](body, sig, secret)", true],
    ['stripe.webhooks.signature.verifyHeader(payload, header, secret);', true],
    ['client.parseThinEvent(raw, sig, secret)', true],
    ['const handler = client.notificationHandlerWithoutVerification();', true],
    ['emitter.on("event", handleEvent); res.setHeader("x", "y");', false],
    ['construct Event verify Header', false],
    ['', false],
  ])('%s', (text, expected) => {
    expect(spellsWebhookHelper(text)).toBe(expected);
  });
});
