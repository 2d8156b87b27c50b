import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findStripeKeys, isPlaceholderKeyBody, keyTypeOfValue, shannonEntropy, STRIPE_KEY_PREFIXES } from '../../src/stripe/keys.js';

// Stripe's old documentation test key (stripe-facts §5) and made-up bodies of realistic shape.
const DOC_KEY = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';
const LIVE = 'sk_live_51HxQp2LkT9vR3mWzYb8NcQd';

describe('findStripeKeys', () => {
  it('secret, restricted, publishable and webhook keys inside larger strings', () => {
    expect(findStripeKeys(`Bearer ${LIVE}`).map((k) => [k.type, k.mode, k.prefix, k.index])).toEqual([['secret', 'live', 'sk_live_', 7]]);
    expect(findStripeKeys(`${DOC_KEY}:`).map((k) => k.text)).toEqual([DOC_KEY]);
    expect(findStripeKeys('rk_live_9aZx7Qw2Lp4Nm6Vb8Rt1Ys3K pk_test_TYooMQauvdEDq54NiTphI7jx').map((k) => k.type)).toEqual(['restricted', 'publishable']);
    expect(findStripeKeys('whsec_5f8b2c1d9e7a3f6b4c0d8e2a1b9c7d3e').map((k) => [k.type, k.mode])).toEqual([['webhook-secret', null]]);
    // A Stripe secret ends at any character that is not base64's: a quote, a space, a comma, a line break.
    expect(findStripeKeys('WEBHOOK_SECRET=whsec_5f8b2c1d9e7a3f6b4c0d8e2a1b9c7d3e\nPORT=3000').map((k) => k.text)).toEqual(['whsec_5f8b2c1d9e7a3f6b4c0d8e2a1b9c7d3e']);
  });

  it('organization keys: `sk_org_`, with or without a mode, always secret', () => {
    expect(
      findStripeKeys('sk_org_live_51PqR7tKw2LmN8vXc4ZbYs9Hd, sk_org_test_51PqR7tKw2LmN8vXc4ZbYs9Hd; sk_org_9vT2mQ7xL4kR8nB3wZ6cY1pH5dJ0sF').map((k) => [
        k.type,
        k.mode,
        k.prefix,
        k.index,
      ]),
    ).toEqual([
      ['secret', 'live', 'sk_org_live_', 0],
      ['secret', 'test', 'sk_org_test_', 39],
      ['secret', null, 'sk_org_', 78],
    ]);
    for (const text of [
      'sk_org_xxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'sk_org_live_',
      'sk_org_short123',
      'task_org_9vT2mQ7xL4kR8nB3wZ6cY1pH5dJ0sF',
      'rk_org_9vT2mQ7xL4kR8nB3wZ6cY1pH5dJ0sF',
      // an app's own ids under the same prefix (real-world batch DY): a DynamoDB sort key with a ULID, words
      'sk_org_01HGW2N7EJ2ZQ3K5V6X8Y9ABCD',
      'sk_org_membersAndOwnersOfTheOrganization',
    ]) {
      expect(findStripeKeys(text), text).toEqual([]);
    }
  });

  it('placeholders, prefixes, short bodies and non-Stripe prefixes are not keys', () => {
    for (const text of [
      'sk_live_...',
      'sk_test_xxx',
      'sk_test_XXXXXXXX',
      'sk_test_XXXXXXXXXXXXXXXXXXXXXXXX',
      'sk_live_0000000000000000',
      'sk_test_yourSecretKeyHere123',
      'sk_live_REPLACE_ME',
      // Shorter than any real key (24 characters after the prefix, or about 99): a redaction test's made-up key.
      'auth=sk_live_AbCdEfG123 token=x',
      'rk_test_4eC39HqLyjWDarjtT1zdp7d',
      '<your key>',
      'sk_live_',
      'sk_prod_4eC39HqLyjWDarjtT1zdp7dc',
      'ask_live_4eC39HqLyjWDarjtT1zdp7dc',
      'whsec_short1234',
      'whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      // Svix-format secrets (Clerk, Resend, trigger.dev's tests): base64, `+`, `/` and `=` padding (real-world batch 84).
      'whsec_c2VjcmV0LWtleS1ieXRlcw==',
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw+x/Yz',
      '"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw/"',
      // Paystack's keys share the prefixes: 40 lower-case hex digits (real-world batch AM), never a base-62 Stripe body.
      'sk_live_3f9a0c1e7b2d4a6c8e0f1a3b5c7d9e1f2a4b6c8d',
      'pk_test_0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
    ]) {
      expect(findStripeKeys(text), text).toEqual([]);
    }
  });

  it('entropy and placeholder bodies', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abab')).toBe(1);
    expect(isPlaceholderKeyBody('4eC39HqLyjWDarjtT1zdp7dc')).toBe(false);
    expect(isPlaceholderKeyBody('ExampleKey1234567')).toBe(true);
    // The example Sails.js's generator writes into every app's config/custom.js (real-world batch EX).
    expect(isPlaceholderKeyBody('Zzd814nldl91104qor5911gjald')).toBe(true);
    expect(isPlaceholderKeyBody('Zzd814nldl91104qor5911gjalD')).toBe(false);
    // The alphabet or the digits in order (real-world batch CA): high entropy, and no key.
    expect(isPlaceholderKeyBody('abcdefghijklmnopqrstuvwxyz')).toBe(true);
    expect(isPlaceholderKeyBody('ABCDEFGHIJKLMNOPQRSTUVWXYZ')).toBe(true);
    expect(isPlaceholderKeyBody('0123456789abcdefghijklmn')).toBe(true);
    expect(isPlaceholderKeyBody('51Hx9PqR2abcdefgZk81mN3')).toBe(false);
    expect(isPlaceholderKeyBody('51Hx9PqR2abcdefghZk81mN3')).toBe(true);
    // The letters and the digits counted in step (real-world batch DE), the digits going round past 9.
    expect(isPlaceholderKeyBody('7k8m9n0p1q2r3s4t5u6v7w8x9y0z')).toBe(true);
    expect(isPlaceholderKeyBody('a1b2c3d4e5f6g7h8')).toBe(true);
    expect(isPlaceholderKeyBody('Q7a1b2c3d4e5f6gZ')).toBe(false); // seven letters in step, not eight
    // Digits among the letters take ten in order (eight come once in 10^6 random 99-character keys).
    expect(isPlaceholderKeyBody('1x2y3z4q5w6e7r8tKmN')).toBe(false);
    expect(isPlaceholderKeyBody('1x2Q3z4q5w6e7r8t9u0i')).toBe(true);
    // A few characters repeated, or in order (real-world batch 299: a Stripe app's test mock of a restricted key)
    expect(isPlaceholderKeyBody('AAAAABBBBCCCCCEEEEEEEFFFFFGGGGG')).toBe(true);
    expect(isPlaceholderKeyBody('GGGGGFFFFFEEEEEEECCCCCBBBBAAAAA')).toBe(true);
    expect(isPlaceholderKeyBody('0011224455aaccddffgghhkkmmppqqss')).toBe(true);
    expect(isPlaceholderKeyBody('KmKmKmKmQwQwQwQw7r7r7r7r9z9z')).toBe(true);
    expect(isPlaceholderKeyBody('KmQw7r9zPx3aLd5bKmQw7r9z')).toBe(false);
  });

  it('random base-62 bodies are not placeholders', () => {
    const base62 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...base62), minLength: 24, maxLength: 99 }), (body) => {
        expect(isPlaceholderKeyBody(body)).toBe(false);
      }),
      { seed: 20261201, numRuns: 2000 },
    );
  });
});

describe('keyTypeOfValue', () => {
  it('whole values must be exactly one key; prefixes need only the prefix', () => {
    expect(keyTypeOfValue(LIVE, true)).toEqual({ type: 'secret', mode: 'live', prefix: 'sk_live_' });
    expect(keyTypeOfValue(` ${DOC_KEY} `, true)?.mode).toBe('test');
    expect(keyTypeOfValue(`Bearer ${LIVE}`, true)).toBeNull();
    expect(keyTypeOfValue('sk_test_xxx', true)).toBeNull();
    expect(keyTypeOfValue('sk_live_', false)).toEqual({ type: 'secret', mode: 'live', prefix: 'sk_live_' });
    expect(keyTypeOfValue('pk_test_', false)?.type).toBe('publishable');
    expect(keyTypeOfValue('whsec_', false)?.type).toBe('webhook-secret');
    expect(keyTypeOfValue('sk_', false)).toBeNull();
    expect(keyTypeOfValue('sk_org_', false)).toEqual({ type: 'secret', mode: null, prefix: 'sk_org_' });
    expect(keyTypeOfValue('sk_org_test_', false)).toEqual({ type: 'secret', mode: 'test', prefix: 'sk_org_test_' });
    expect(keyTypeOfValue('sk_org_live_51PqR7tKw2LmN8vXc4ZbYs9Hd', true)).toEqual({ type: 'secret', mode: 'live', prefix: 'sk_org_live_' });
  });
});

describe('STRIPE_KEY_PREFIXES', () => {
  it('every key found starts with a listed prefix of its type and mode (random keys)', () => {
    const body = fc.string({ unit: fc.constantFrom(...'0123456789abcdefghijKLMNOPQRSTUVWXyz'.split('')), minLength: 20, maxLength: 60 });
    fc.assert(
      fc.property(fc.constantFrom('s', 'r', 'p', 'w', 'o', 'O'), fc.constantFrom('live', 'test'), body, fc.string({ maxLength: 8 }), (letter, mode, rest, before) => {
        const key = letter === 'w' ? `whsec_${rest}` : letter === 'o' ? `sk_org_${mode}_${rest}` : letter === 'O' ? `sk_org_${rest}` : `${letter}k_${mode}_${rest}`;
        for (const found of findStripeKeys(`${before} ${key} `)) {
          const listed = STRIPE_KEY_PREFIXES.find((p) => p.prefix === found.prefix);
          expect(listed, found.prefix).toBeDefined();
          expect([listed!.type, listed!.mode]).toEqual([found.type, found.mode]);
          expect(found.text.startsWith(found.prefix)).toBe(true);
        }
        const typed = keyTypeOfValue(key, false);
        expect(STRIPE_KEY_PREFIXES.some((p) => p.prefix === typed?.prefix)).toBe(true);
      }),
      { seed: 20261128, numRuns: 300 },
    );
    expect(STRIPE_KEY_PREFIXES.map((p) => p.prefix)).toEqual(['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_', 'pk_live_', 'pk_test_', 'sk_org_live_', 'sk_org_test_', 'sk_org_', 'whsec_']);
  });
});
