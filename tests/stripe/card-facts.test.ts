import { describe, expect, it } from 'vitest';
import { cardEndpointOf, NODE_CARD_METHODS, STRIPE_JS_CARD_METHODS } from '../../src/stripe/card-params.js';
import { STRIPE_TEST_CARDS, stripeTestCard } from '../../src/stripe/test-cards.js';

describe('card-taking endpoints (stripe-facts §1.5)', () => {
  it('matches the documented paths, ids as any segment, and nothing else', () => {
    const label = (path: string) => cardEndpointOf(path)?.label ?? null;
    expect(label('/v1/tokens')).toBe('POST /v1/tokens');
    expect(label('/v1/tokens/')).toBe('POST /v1/tokens');
    expect(label('/v1/customers/cus_123/sources')).toBe('POST /v1/customers/{id}/sources');
    expect(label('/v1/payment_intents/pi_1/confirm')).toBe('POST /v1/payment_intents/{id}/confirm');
    expect(label('/v1/accounts/acct_1/external_accounts')).toBe('POST /v1/accounts/{id}/external_accounts');
    expect(label('/v1/refunds')).toBeNull();
    expect(label('/v1/tokens/tok_1/extra')).toBeNull();
    expect(label('/v2/tokens')).toBeNull();
    expect(cardEndpointOf('/v1/payment_intents')?.containers).toEqual([['payment_method_data', 'card']]);
  });

  it('every replacement points at a container root and every spec has containers', () => {
    for (const spec of [...Object.values(NODE_CARD_METHODS), ...Object.values(STRIPE_JS_CARD_METHODS).flat()]) {
      expect(spec.containers.length).toBeGreaterThan(0);
      spec.replacements?.forEach((replacement, i) => {
        if (!replacement) return;
        const container = spec.containers[i]!;
        expect(container.slice(0, replacement.path.length)).toEqual(replacement.path);
      });
    }
  });
});

describe('documented test cards', () => {
  it('normalises spaces and dashes and maps to test ids', () => {
    expect(stripeTestCard('4242 4242 4242 4242')).toMatchObject({ pm: 'pm_card_visa', tok: 'tok_visa' });
    expect(stripeTestCard('5555-5555-5555-4444')?.tok).toBe('tok_mastercard');
    expect(stripeTestCard('371449635398431')).toEqual({ brand: 'American Express' });
    expect(stripeTestCard('4111111111111111')).toBeUndefined();
    expect(stripeTestCard('42424242')).toBeUndefined();
  });

  it('every number passes the Luhn check except the documented Luhn-failure card', () => {
    const luhn = (digits: string) =>
      [...digits]
        .reverse()
        .reduce((sum, d, i) => sum + (i % 2 ? ((Number(d) * 2) % 10) + Math.floor((Number(d) * 2) / 10) : Number(d)), 0) %
        10 ===
      0;
    const failing = [...STRIPE_TEST_CARDS.keys()].filter((n) => !luhn(n));
    expect(failing).toEqual(['4242424242424241']);
  });
});
