import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  UNKNOWN,
  dashify,
  namesConnectJs,
  namesHost,
  namesStripeOrigin,
  directiveAllows,
  directiveEnd,
  governingDirective,
  helmetPolicy,
  isNoneOnly,
  parsePolicy,
  parsePolicyList,
  sourceAllows,
} from '../../src/analysis/csp.js';
import { blockedBy, stripeCspRequirements } from '../../src/stripe/csp.js';

const names = (text: string): string[] => parsePolicy(text).directives.map((d) => `${d.name}=${d.sources.join(' ')}`);

describe('parsePolicy', () => {
  it('splits directives and sources, lower-cases names, keeps the first of a repeated directive', () => {
    expect(names("default-src 'self'; Script-Src 'self' https://js.stripe.com ;; script-src *;\n frame-src\thttps://js.stripe.com")).toEqual([
      "default-src='self'",
      "script-src='self' https://js.stripe.com",
      'frame-src=https://js.stripe.com',
    ]);
  });

  it('records token offsets and the end of each directive', () => {
    const text = "default-src 'self'; upgrade-insecure-requests";
    const [first, second] = parsePolicy(text).directives;
    expect(first!.nameToken).toEqual({ text: 'default-src', start: 0, end: 11 });
    expect(first!.tokens).toEqual([{ text: "'self'", start: 12, end: 18 }]);
    expect(directiveEnd(first!)).toBe(18);
    expect(directiveEnd(second!)).toBe(text.length);
    expect(text.slice(second!.nameToken!.start, second!.nameToken!.end)).toBe('upgrade-insecure-requests');
  });

  it('an unknown part where a directive name goes opens the policy; inside a source it stays in the source', () => {
    expect(parsePolicy(`default-src 'self'; ${UNKNOWN}; script-src 'self'`).open).toBe(true);
    const policy = parsePolicy(`script-src 'nonce-${UNKNOWN}' 'strict-dynamic'`);
    expect(policy.open).toBe(false);
    expect(policy.directives[0]!.sources).toEqual([`'nonce-${UNKNOWN}'`, "'strict-dynamic'"]);
  });

  it('a header value with commas holds several policies, offsets relative to the whole text', () => {
    const text = "script-src 'self', connect-src https://api.stripe.com";
    const policies = parsePolicyList(text);
    expect(policies.map((p) => p.directives.map((d) => d.name))).toEqual([['script-src'], ['connect-src']]);
    const token = policies[1]!.directives[0]!.tokens![0]!;
    expect(text.slice(token.start, token.end)).toBe('https://api.stripe.com');
    expect(parsePolicyList('  ')).toEqual([]);
  });
});

describe('sourceAllows', () => {
  it.each([
    ['*', 'https://js.stripe.com', 'yes'],
    ['https:', 'https://js.stripe.com', 'yes'],
    ['http:', 'https://js.stripe.com', 'yes'],
    ['wss:', 'https://api.stripe.com', 'no'],
    ['https://js.stripe.com', 'https://js.stripe.com', 'yes'],
    ['HTTPS://JS.STRIPE.COM', 'https://js.stripe.com', 'yes'],
    ['js.stripe.com', 'https://js.stripe.com', 'yes'],
    ['http://js.stripe.com', 'https://js.stripe.com', 'yes'],
    ['https://js.stripe.com:443', 'https://js.stripe.com', 'yes'],
    ['https://js.stripe.com:*', 'https://js.stripe.com', 'yes'],
    ['https://js.stripe.com:8443', 'https://js.stripe.com', 'no'],
    ['https://js.stripe.com/', 'https://js.stripe.com', 'yes'],
    ['https://js.stripe.com/v3/', 'https://js.stripe.com', 'maybe'],
    ['https://*.stripe.com', 'https://js.stripe.com', 'yes'],
    ['https://*.stripe.com', 'https://api.stripe.com', 'yes'],
    ['https://*.stripe.com', 'https://*.js.stripe.com', 'yes'],
    ['https://*.js.stripe.com', 'https://*.js.stripe.com', 'yes'],
    ['https://*.js.stripe.com', 'https://js.stripe.com', 'no'],
    ['https://js.stripe.com', 'https://*.js.stripe.com', 'no'],
    ['https://*.link.com', 'https://link.com', 'no'],
    ['https://stripe.com', 'https://js.stripe.com', 'no'],
    ['https://js.stripe.com.evil.test', 'https://js.stripe.com', 'no'],
    ['https://notjs.stripe.com', 'https://js.stripe.com', 'no'],
    ["'self'", 'https://js.stripe.com', 'no'],
    ["'none'", 'https://js.stripe.com', 'no'],
    ["'unsafe-inline'", 'https://js.stripe.com', 'no'],
    [`'nonce-${UNKNOWN}'`, 'https://js.stripe.com', 'no'],
    [`https://${UNKNOWN}`, 'https://js.stripe.com', 'maybe'],
    ['data:', 'https://js.stripe.com', 'no'],
    ['ftp://js.stripe.com', 'https://js.stripe.com', 'no'],
    ['not a source', 'https://js.stripe.com', 'no'],
  ] as const)('%s for %s → %s', (source, origin, expected) => {
    expect(sourceAllows(source, origin)).toBe(expected);
  });
});

describe('directiveAllows / governingDirective', () => {
  const directive = (text: string) => parsePolicy(text).directives[0]!;

  it('any matching source allows; unknown sources make it maybe', () => {
    expect(directiveAllows(directive("script-src 'self' https://js.stripe.com"), 'https://js.stripe.com')).toBe('yes');
    expect(directiveAllows(directive("script-src 'self'"), 'https://js.stripe.com')).toBe('no');
    expect(directiveAllows(directive(`script-src 'self' ${UNKNOWN}`), 'https://js.stripe.com')).toBe('maybe');
  });

  it("script loads trusted by nonce or 'strict-dynamic' are maybe; other fetches ignore them", () => {
    expect(directiveAllows(directive("script-src 'self' 'strict-dynamic'"), 'https://js.stripe.com', true)).toBe('maybe');
    expect(directiveAllows(directive(`script-src 'nonce-${UNKNOWN}'`), 'https://js.stripe.com', true)).toBe('maybe');
    expect(directiveAllows(directive("default-src 'nonce-abc'"), 'https://api.stripe.com')).toBe('no');
  });

  it('follows the CSP3 fallback chains', () => {
    const policy = parsePolicy("default-src 'self'; child-src https://js.stripe.com; script-src-elem https://js.stripe.com; script-src 'self'");
    expect(governingDirective(policy, 'frame-src')?.name).toBe('child-src');
    expect(governingDirective(policy, 'script-src')?.name).toBe('script-src-elem');
    expect(governingDirective(policy, 'connect-src')?.name).toBe('default-src');
    expect(governingDirective(parsePolicy("img-src 'self'"), 'connect-src')).toBeNull();
    expect(governingDirective(parsePolicy(`${UNKNOWN}; img-src 'self'`), 'connect-src')).toBeUndefined();
  });

  it("isNoneOnly: exactly 'none'", () => {
    expect(isNoneOnly(directive("frame-src 'NONE'"))).toBe(true);
    expect(isNoneOnly(directive("frame-src 'none' https://x.test"))).toBe(false);
  });
});

describe('helmetPolicy (helmet 8 parseDirectives)', () => {
  it('dashify', () => {
    expect(dashify('scriptSrcElem')).toBe('script-src-elem');
    expect(dashify('script-src')).toBe('script-src');
  });

  it('merges options over the defaults; null removes; string entries may hold several sources; functions are unknown', () => {
    const policy = helmetPolicy({
      useDefaults: true,
      directives: [
        { key: 'scriptSrc', value: { kind: 'list', entries: ["'self'", null] } },
        { key: 'style-src', value: { kind: 'disabled' } },
        { key: 'connectSrc', value: { kind: 'list', entries: ["'self' https://api.stripe.com"] } },
        { key: 'frameSrc', value: { kind: 'unknown' } },
      ],
    });
    const byName = Object.fromEntries(policy.directives.map((d) => [d.name, d]));
    expect(byName['default-src']).toEqual({ name: 'default-src', sources: ["'self'"], fromDefaults: true });
    expect(byName['script-src']).toEqual({ name: 'script-src', sources: ["'self'", UNKNOWN], fromDefaults: false });
    expect(byName['style-src']).toBeUndefined();
    expect(byName['connect-src']!.sources).toEqual(["'self'", 'https://api.stripe.com']);
    expect(byName['frame-src']!.sources).toEqual([UNKNOWN]);
  });

  it('useDefaults: false keeps only the options; dangerouslyDisableDefaultSrc removes default-src', () => {
    const policy = helmetPolicy({
      useDefaults: false,
      directives: [
        { key: 'defaultSrc', value: { kind: 'disable-default-src' } },
        { key: 'imgSrc', value: { kind: 'list', entries: ["'self'"] } },
      ],
      open: true,
    });
    expect(policy).toEqual({ directives: [{ name: 'img-src', sources: ["'self'"], fromDefaults: false }], open: true });
  });
});

describe('stripeCspRequirements (stripe-facts §4.1)', () => {
  it('Stripe.js alone: the origins both guide texts list are required, *.js.stripe.com is only suggested', () => {
    expect(
      stripeCspRequirements(['stripeJs']).map((r) => ({ directive: r.directive, required: [...r.required.keys()], suggested: r.suggested })),
    ).toEqual([
      { directive: 'script-src', required: ['https://js.stripe.com'], suggested: ['https://*.js.stripe.com'] },
      { directive: 'frame-src', required: ['https://js.stripe.com', 'https://hooks.stripe.com'], suggested: ['https://*.js.stripe.com'] },
      { directive: 'connect-src', required: ['https://api.stripe.com'], suggested: [] },
    ]);
  });

  it('products combine; each origin knows which products need it', () => {
    const [script] = stripeCspRequirements(['stripeJs', 'checkout', 'connectEmbedded']);
    expect([...script!.required]).toEqual([
      ['https://js.stripe.com', ['stripeJs', 'connectEmbedded']],
      ['https://checkout.stripe.com', ['checkout']],
      ['https://connect-js.stripe.com', ['connectEmbedded']],
    ]);
    expect(stripeCspRequirements([])).toEqual([]);
    expect(stripeCspRequirements(['link']).map((r) => r.directive)).toEqual(['frame-src', 'connect-src']);
  });
});

describe('blockedBy', () => {
  const [script, frame, connect] = stripeCspRequirements(['stripeJs', 'checkout', 'connectEmbedded']);
  it("says what each missing origin blocks in its directive: js.stripe.com the fields' frames, hooks.stripe.com 3D Secure's", () => {
    expect(blockedBy(frame!, ['https://hooks.stripe.com'])).toEqual(['the 3D Secure and redirect frames that a card needing authentication opens']);
    expect(blockedBy(frame!, ['https://js.stripe.com'])).toEqual(["the frames of Stripe's hosted payment fields", 'Connect embedded components']);
    expect(blockedBy(connect!, ['https://api.stripe.com'])).toEqual(["Stripe.js's requests to Stripe's API, without which no payment is confirmed"]);
  });

  it('lists each product once, in the order of the required origins, and nothing for an origin not required', () => {
    expect(blockedBy(script!, ['https://connect-js.stripe.com', 'https://js.stripe.com', 'https://checkout.stripe.com'])).toEqual([
      "Stripe.js (and with it Stripe's hosted payment fields)",
      'Connect embedded components',
      "Stripe Checkout's script",
    ]);
    expect(blockedBy(script!, ['https://example.com'])).toEqual([]);
  });
});

describe('dashify (without a regex)', () => {
  it("matches helmet's key.replace(/[A-Z]/g, …) on any key", () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (key) => {
        expect(dashify(key)).toBe(key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
      }),
      { numRuns: 2000, seed: 3 },
    );
    for (const key of ['scriptSrc', 'defaultSrc', 'script-src', 'upgradeInsecureRequests', 'ABC', '']) {
      expect(dashify(key)).toBe(key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
    }
  });
});

describe('namesConnectJs', () => {
  it("is true when a directive lists Connect.js's origin exactly, with or without the scheme", () => {
    expect(namesConnectJs(parsePolicy("script-src 'self' https://connect-js.stripe.com https://js.stripe.com"))).toBe(true);
    expect(namesConnectJs(parsePolicy('frame-src connect-js.stripe.com/'))).toBe(true);
    expect(namesConnectJs(parsePolicy("script-src 'self' https://js.stripe.com; frame-src https://*.stripe.com"))).toBe(false);
    expect(namesConnectJs(parsePolicy('script-src https://connect-js.stripe.com.evil.example'))).toBe(false);
  });
});

describe('namesStripeOrigin', () => {
  it("is true when a directive lists one of Stripe's origins, with or without scheme, wildcard, port or path", () => {
    expect(namesStripeOrigin(parsePolicy("connect-src 'self' https://api.stripe.com"))).toBe(true);
    expect(namesStripeOrigin(parsePolicy('frame-src *.stripe.com'))).toBe(true);
    expect(namesStripeOrigin(parsePolicy('script-src https://js.stripe.com/v3/'))).toBe(true);
    expect(namesStripeOrigin(parsePolicy('script-src stripe.com:443'))).toBe(true);
    expect(namesStripeOrigin(parsePolicy("default-src 'self'; script-src cdn.jsdelivr.net *.mintlify.dev"))).toBe(false);
    expect(namesStripeOrigin(parsePolicy('script-src https://js.stripe.com.evil.example https://notstripe.com'))).toBe(false);
    expect(namesStripeOrigin(parsePolicy("script-src 'self' https:"))).toBe(false);
  });
});

describe('namesHost', () => {
  it('is true when any directive lists a host, by origin, wildcard, bare host or with a port', () => {
    expect(namesHost(parsePolicy("default-src 'self'; script-src 'self' https://js.stripe.com"))).toBe(true);
    expect(namesHost(parsePolicy("script-src 'self' cdn.example.com"))).toBe(true);
    expect(namesHost(parsePolicy('frame-src *.stripe.com'))).toBe(true);
    expect(namesHost(parsePolicy('connect-src wss://m.stripe.network:443'))).toBe(true);
  });
  it('is false for policies of keywords, nonces, hashes, schemes and wildcards only', () => {
    expect(namesHost(parsePolicy("default-src 'self'; script-src 'self' 'nonce-abc' 'sha256-xyz'; object-src 'none'"))).toBe(false);
    expect(namesHost(parsePolicy("img-src 'self' data: blob: https:; frame-ancestors *"))).toBe(false);
  });
});
