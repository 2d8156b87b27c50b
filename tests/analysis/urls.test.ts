import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceMaySpell } from '../../src/analysis/string-use.js';
import { findUrls, insecureStripeUrls, parseUrl, STRIPE_HOST_TERMS } from '../../src/analysis/urls.js';
import { STRIPE_HOST_DOMAINS, STRIPE_HOSTS, STRIPE_WILDCARD_PARENTS } from '../../src/stripe/hosts.js';

describe('URL offsets', () => {
  it('hostEnd and end locate the host and path in the searched text', () => {
    const text = "script-src 'self' http://js.stripe.com:443/v3?x=1 //hooks.stripe.com";
    const urls = findUrls(text);
    expect(urls.map((u) => [text.slice(u.start, u.hostEnd), text.slice(u.start, u.end)])).toEqual([
      ['http://js.stripe.com', 'http://js.stripe.com:443/v3'],
      ['//hooks.stripe.com', '//hooks.stripe.com'],
    ]);
  });

  it('reads an http(s) URL past extra slashes as a browser does; a file URL has no host (precision probe 297)', () => {
    const text = "<script src='https:///js.stripe.com/v2/'> http:///api.stripe.com/v1 ///q.stripe.com file:///etc/hosts a///b.c";
    expect(findUrls(text).map((u) => [u.scheme, u.host, u.path, text.slice(u.start, u.end)])).toEqual([
      ['https', 'js.stripe.com', '/v2/', 'https:///js.stripe.com/v2/'],
      ['http', 'api.stripe.com', '/v1', 'http:///api.stripe.com/v1'],
      ['', 'q.stripe.com', '', '///q.stripe.com'],
    ]);
  });

  it('parseUrl shifts offsets past leading whitespace', () => {
    const text = '  http://user@api.stripe.com/v1';
    const url = parseUrl(text)!;
    expect([text.slice(url.start, url.hostEnd), url.host, url.end]).toEqual(['http://user@api.stripe.com', 'api.stripe.com', text.length]);
  });
});

describe('URL scanning cost', () => {
  it('long runs of scheme characters stay linear', () => {
    const text = `${'a.'.repeat(50_000)}//js.stripe.com ${'b-'.repeat(50_000)}`;
    const start = performance.now();
    const urls = findUrls(text);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(urls.map((u) => u.host)).toEqual([]); // `a.//js…`: the `//` follows a token character
    expect(findUrls(`${'x'.repeat(40)}://js.stripe.com`).map((u) => [u.scheme, u.host])).toEqual([]);
  });
});

describe('STRIPE_HOST_TERMS (exact text condition for Stripe URLs in strings)', () => {
  const source = (text: string): Parameters<typeof sourceMaySpell>[0] => ({ text }) as Parameters<typeof sourceMaySpell>[0];
  const hosts = fc.oneof(
    fc.constantFrom(...STRIPE_HOSTS),
    fc.tuple(fc.stringMatching(/^[a-z0-9-]{1,8}$/), fc.constantFrom(...STRIPE_WILDCARD_PARENTS)).map(([sub, parent]) => `${sub}.${parent}`),
  );
  /** One character of a string literal, maybe escaped. */
  const spell = (ch: string, how: number): string =>
    how === 1 ? `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}` : how === 2 ? `\\u{${ch.charCodeAt(0).toString(16)}}` : how === 3 && /[a-z]/i.test(ch) && !'bfnrtuvx'.includes(ch) ? `\\${ch}` : ch;

  it('every insecure Stripe URL the rule finds in a string value: the file text passes', () => {
    fc.assert(
      fc.property(
        hosts,
        fc.constantFrom('http://', 'HTTP://', 'ws://', '//'),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 60, maxLength: 60 }),
        fc.constantFrom('', '.', ':8080', '/v3'),
        (host, scheme, upper, hows, tail) => {
          const cased = [...host].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch)).join('');
          const value = `${scheme}${cased}${tail}`;
          expect(insecureStripeUrls(value, true, true).length).toBeGreaterThan(0);
          const literal = `'${[...value].map((ch, i) => spell(ch, hows[i]!)).join('')}'`;
          expect((0, eval)(literal)).toBe(value);
          expect(sourceMaySpell(source(`const url = ${literal};`), STRIPE_HOST_TERMS)).toBe(true);
        },
      ),
      { seed: 20261128, numRuns: 300 },
    );
  });

  it('every Stripe host ends with one of the domains', () => {
    for (const host of [...STRIPE_HOSTS, ...STRIPE_WILDCARD_PARENTS]) {
      expect(STRIPE_HOST_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`)), host).toBe(true);
    }
    expect(STRIPE_HOST_DOMAINS).toEqual(['stripe.com', 'stripe.network', 'stripecdn.com', 'link.com']);
    expect(sourceMaySpell(source("const u = 'http://example.com/stripe-docs';"), STRIPE_HOST_TERMS)).toBe(false);
  });
});
