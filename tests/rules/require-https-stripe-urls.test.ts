import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import rule from '../../src/rules/require-https-stripe-urls.js';

const ruleTester = new RuleTester();
const jsx = { parserOptions: { ecmaFeatures: { jsx: true } } };
const cjs = { parser: espree, parserOptions: { sourceType: 'commonjs', ecmaVersion: 'latest' } } as const;

ruleTester.run('require-https-stripe-urls', rule, {
  valid: [
    // A VTEX IO client: VTEX's outbound proxy speaks HTTPS to Stripe where the request says X-Vtex-Use-Https, and wants
    // the http:// URL (real-world batch 274: a payment connector).
    {
      code: `import { ExternalClient, type InstanceOptions, type IOContext } from '@vtex/api';

export default class StripeClient extends ExternalClient {
  constructor(context: IOContext, options?: InstanceOptions) {
    super('http://api.stripe.com', context, { ...options, headers: { ...options?.headers, 'X-Vtex-Use-Https': 'true' } });
  }

  public createPaymentIntent(body: Record<string, string>) {
    return this.http.post('/v1/payment_intents', new URLSearchParams(body).toString());
  }
}`,
      filename: 'node/clients/stripe.ts',
    },
    // An https URL written with a third slash (precision probe 297: a donation form's `<script src="https:///js.stripe.com/v2/">`):
    // a browser skips the extra slash and loads it over HTTPS; it is no protocol-relative URL
    {
      code: `export function loadStripeJs() {
  const script = document.createElement('script');
  script.src = 'https:///js.stripe.com/v3/';
  document.head.appendChild(script);
  return fetch('https:///api.stripe.com/v1/balance');
}
`,
      filename: 'src/pay/load.js',
    },
    // HTTPS everywhere.
    {
      code: `
        export function StripeScript() {
          return <script src="https://js.stripe.com/v3/" async />;
        }
      `,
      languageOptions: jsx,
    },
    `await fetch('https://api.stripe.com/v1/customers', { method: 'POST', headers: { Authorization: 'Bearer ' + key } });`,
    // Look-alike hosts are not Stripe (exact host match only).
    `
      const a = 'http://stripe.example.com/pay';
      const b = 'http://notstripe.com/v3';
      const c = 'http://api.stripe.com.evil.test/v1/charges';
      const d = 'http://js.stripe.community/v3';
      const e = 'http://stripe.com.example.org/';
    `,
    // A `//` inside a longer token is not a protocol-relative URL.
    `const path = 'vendor//js.stripe.com/v3';`,
    // stripe-mock on a loopback host (stripe-node test/testUtils.ts).
    `
      import Stripe from 'stripe';
      export const stripe = new Stripe('sk_test_123', { host: 'localhost', port: 12111, protocol: 'http' });
      export const mock = new Stripe('sk_test_123', { host: '127.0.0.1', port: 12111, protocol: 'http' });
    `,
    // limitation: the host comes from the environment (usually stripe-mock), so the target is unknown.
    `
      import Stripe from 'stripe';
      const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, {
        host: process.env.STRIPE_MOCK_HOST ?? 'localhost',
        protocol: 'http',
      });
    `,
    // stripe-mock set up in one \`if\`: the protocol goes with the host set beside it, from the environment.
    `
      import Stripe from 'stripe';
      const stripeConfig: Stripe.StripeConfig = { apiVersion: '2024-06-20' };
      if (process.env.STRIPE_MOCK_HOST) {
        stripeConfig.host = process.env.STRIPE_MOCK_HOST;
        stripeConfig.port = 12111;
        stripeConfig.protocol = 'http';
      }
      export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, stripeConfig);
    `,
    // A protocol set in an \`if\` nested in the one that sets the host goes with that host (real-world batch 233).
    `
      import Stripe from 'stripe';
      const options: Stripe.StripeConfig = { apiVersion: '2023-10-16' };
      if (process.env.STRIPE_MOCK) {
        options.host = 'localhost';
        options.port = 12111;
        if (!process.env.STRIPE_MOCK_TLS) options.protocol = 'http';
      }
      export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, options);
    `,
    // Only the stripe-node constructor's config counts.
    `
      import axios from 'axios';
      const client = axios.create({ protocol: 'http', baseURL: '/api' });
      const other = new Client(key, { protocol: 'http' });
    `,
    // Loopback redirect and webhook URLs are fine for local development.
    `
      import Stripe from 'stripe';
      const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
      app.post('/checkout', async (req, res) => {
        const session = await stripe.checkout.sessions.create({
          mode: 'payment',
          line_items: req.body.items,
          success_url: 'http://localhost:3000/success?session_id={CHECKOUT_SESSION_ID}',
          cancel_url: \`http://127.0.0.1:\${PORT}/cart\`,
        });
        res.redirect(303, session.url);
      });
      await stripe.webhookEndpoints.create({ url: 'http://localhost:4242/webhook', enabled_events: ['*'] });
    `,
    // limitation: a scheme assembled from pieces is not read (calls are checked only in files that write a plain-HTTP
    // scheme: \`http:\`, or \`'http'\` alone).
    {
      code: `import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function startCheckout(priceId: string) {
  return stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price: priceId, quantity: 1 }],
    success_url: ['ht', 'tp://shop.example.com/done'].join(''),
  });
}
`,
      filename: 'src/checkout.ts',
    },
    // limitation: a base URL from the environment or a parameter is unknown.
    `
      import Stripe from 'stripe';
      const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
      export async function portal(customer: string, origin: string) {
        await stripe.billingPortal.sessions.create({ customer, return_url: \`\${process.env.APP_URL}/account\` });
        await stripe.checkout.sessions.create({ mode: 'setup', success_url: origin + '/done' });
      }
    `,
    // HTTPS callback URLs, and http URLs that never reach Stripe.
    `
      import Stripe from 'stripe';
      const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
      await stripe.webhookEndpoints.create({ url: 'https://shop.example.com/stripe/webhook', enabled_events: ['charge.succeeded'] });
      const legacyHome = 'http://shop.example.com';
      await db.checkout.sessions.create({ success_url: 'http://shop.example.com/ok' });
    `,
    // Checks and rewrites that *look for* insecure URLs describe other data; rewriting them would break the check.
    `
      if (script.src.startsWith('http://js.stripe.com')) throw new Error('insecure Stripe.js');
      const upgraded = src.replace('http://js.stripe.com', 'https://js.stripe.com');
      if (origin === 'http://checkout.stripe.com') reject();
      switch (url) { case '//js.stripe.com/v3': break; }
    `,
    // A validator's test input: the URL is what the assertion checks, and the https fix would flip what it asserts
    // (real-world batch 278: a payment-frame allow-list's tests, in a test file and as a runtime self-check).
    {
      code: `import { describe, expect, it } from 'vitest';
import { isAllowedSdkUrl } from './sdk-urls';

describe('isAllowedSdkUrl', () => {
  it('rejects cleartext Stripe.js', () => {
    expect(isAllowedSdkUrl('http://js.stripe.com/v3')).toBe(false);
    expect(normalizeSdkUrl('https://js.stripe.com/v3')).not.toBe('http://js.stripe.com/v3');
  });
});`,
      filename: 'src/sdk-urls.test.ts',
    },
    `import assert from 'node:assert';
import { isPaymentFrameDomain } from './frames';

export function selfCheck() {
  console.assert(isPaymentFrameDomain('http://js.stripe.com/v3/controller.html') === false);
  assert.equal(isPaymentFrameDomain('//checkout.stripe.com/pay'), false);
}`,
    // URLs an HTTP mock intercepts are never contacted, and an https fix would stop the mock matching (HTTP-client
    // tests in the shape of stripe/stripe-node's: nock, msw, fetch-mock).
    {
      code: `
        const nock = require('nock');
        const STRIPE_ORIGIN = 'http://stripe.com';
        describe('NodeHttpClient', () => {
          it('sends the body', async () => {
            nock('http://stripe.com').post('/v1/charges').reply(200, '{}');
            nock(STRIPE_ORIGIN, { reqheaders: { authorization: 'Bearer sk_test_x' } }).get('/v1/balance').reply(200);
            await client.makeRequest('stripe.com', 80, '/v1/charges', 'POST', {}, 'amount=100', 'http', 1000);
          });
        });
      `,
      languageOptions: cjs,
    },
    `
      import { http, HttpResponse } from 'msw';
      import fetchMock from 'fetch-mock';
      export const handlers = [
        http.post('http://api.stripe.com/v1/payment_intents', () => HttpResponse.json({ id: 'pi_123' })),
      ];
      fetchMock.getOnce(\`http://api.stripe.com/v1/customers/\${customerId}\`, { id: customerId });
    `,
    // Types are not values.
    `type LegacyUrl = 'http://js.stripe.com/v2'; let u: LegacyUrl;`,
    // limitation: the host continues with an unknown expression (`js.stripe.com.evil.test` is possible).
    'const url = `http://js.stripe.com${suffix}/v3`;',
    // limitation: the scheme is an unknown expression.
    'const url = `${scheme}//js.stripe.com/v3`;',
    // A host a const completes is read as written: another host (\`api.stripe.com.evil.test\`) is none of Stripe's; a
    // Stripe host continued by an unknown value may not be one either; a URL only compared is no request.
    `
      import Stripe from 'stripe';
      const LOOKALIKE = 'api.stripe.com.evil.test';
      const API_HOST = 'api.stripe.com';
      export async function probe(suffix: string, url: string) {
        await fetch(\`http://\${LOOKALIKE}/v1/charges\`);
        await fetch(\`http://\${API_HOST}\${suffix}\`);
        await fetch('http://' + suffix + '/v1');
        return url.startsWith('http://' + API_HOST) || new Stripe(process.env.STRIPE_SECRET_KEY!);
      }
    `,
    // Crash cases: spreads of unknowns, computed keys, getters, accessors in the Stripe config.
    `
      import Stripe from 'stripe';
      const stripe = new Stripe(key, { ...base, [dynamicKey]: 'http', get protocol() { return 'http'; } });
      const other = new Stripe(key, ...args);
      stripe.checkout.sessions.create(...params);
      stripe.checkout.sessions.create({ ...unknown, [k]: 'http://shop.example.com' });
    `,
    // CommonJS with espree, https.
    {
      code: `
        const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY, { protocol: 'https' });
        module.exports = { stripe };
      `,
      languageOptions: cjs,
    },
    // Crash / cost case: huge literals (minified SVG path, long dotted runs) next to a Stripe mention.
    `const stripeIcon = 'M${'1.5-2.5l'.repeat(5000)}z'; const dots = '${'a.'.repeat(20000)}//js.stripe.com';`,
    // Files that never mention Stripe are skipped.
    `const home = 'http://example.com'; const proto = { protocol: 'http' };`,
  ],
  invalid: [
    {
      // A Worker calling Stripe's REST API without stripe-node (real-world batch 330): the Checkout Session's form carries
      // the callback URLs as stripe-node's params do; a customer's description is none, nor is a URL unknown here
      code: `export default {
  async fetch(request, env) {
    const { priceId } = await request.json();
    const form = new URLSearchParams({
      mode: 'payment',
      'line_items[0][price]': priceId,
      'line_items[0][quantity]': '1',
      success_url: 'http://shop.example.com/success?session_id={CHECKOUT_SESSION_ID}',
      cancel_url: \`\${env.ORIGIN}/cart\`,
    });
    const res = await fetch('https://api.stripe.com/v1/checkout/sessions', {
      method: 'POST',
      headers: { Authorization: \`Bearer \${env.STRIPE_SECRET_KEY}\`, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    await fetch('https://api.stripe.com/v1/customers', { method: 'POST', body: new URLSearchParams({ description: 'http://shop.example.com/me' }) });
    return Response.json({ url: (await res.json()).url });
  },
};
`,
      filename: 'src/worker.js',
      output: null,
      errors: [
        {
          messageId: 'insecureRedirectUrl',
          data: { param: 'success_url', url: 'http://shop.example.com' },
          line: 8,
          column: 20,
          endLine: 8,
          endColumn: 86,
          suggestions: [{ messageId: 'useHttps', output: `export default {
  async fetch(request, env) {
    const { priceId } = await request.json();
    const form = new URLSearchParams({
      mode: 'payment',
      'line_items[0][price]': priceId,
      'line_items[0][quantity]': '1',
      success_url: 'https://shop.example.com/success?session_id={CHECKOUT_SESSION_ID}',
      cancel_url: \`\${env.ORIGIN}/cart\`,
    });
    const res = await fetch('https://api.stripe.com/v1/checkout/sessions', {
      method: 'POST',
      headers: { Authorization: \`Bearer \${env.STRIPE_SECRET_KEY}\`, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    await fetch('https://api.stripe.com/v1/customers', { method: 'POST', body: new URLSearchParams({ description: 'http://shop.example.com/me' }) });
    return Response.json({ url: (await res.json()).url });
  },
};
` }],
        },
      ],
    },
    {
      // ...and a plain-HTTP one so written is plain HTTP, not protocol-relative (precision probe 297); the fix keeps the
      // slashes
      code: `export function loadStripeJs() {
  const script = document.createElement('script');
  script.src = 'http:///js.stripe.com/v3/';
  document.head.appendChild(script);
}
`,
      filename: 'src/pay/load.js',
      output: `export function loadStripeJs() {
  const script = document.createElement('script');
  script.src = 'https:///js.stripe.com/v3/';
  document.head.appendChild(script);
}
`,
      errors: [{ messageId: 'insecureStripeUrl', data: { url: 'http:///js.stripe.com' }, line: 3, column: 17, endLine: 3, endColumn: 38 }],
    },
    {
      // A Stripe host kept in a const and joined to a plain-HTTP scheme, by a template or by \`+\` (real-world batch
      // 278's leftover): read as the URL written whole; the fix rewrites the scheme where it is written
      code: `import Stripe from 'stripe';

const STRIPE_API_HOST = 'api.stripe.com';
const STRIPE_JS_HOST = 'js.stripe.com';
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function refund(chargeId: string, key: string) {
  return fetch(\`http://\${STRIPE_API_HOST}/v1/refunds?charge=\${chargeId}\`, { method: 'POST', headers: { Authorization: \`Bearer \${key}\` } });
}

export function loadStripeJs() {
  const script = document.createElement('script');
  script.src = '//' + STRIPE_JS_HOST + '/v3/';
  document.head.appendChild(script);
  return fetch('http://' + STRIPE_API_HOST + '/v1/balance');
}
`,
      filename: 'src/stripe-http.ts',
      errors: [
        { messageId: 'insecureStripeUrl', data: { url: 'http://api.stripe.com' }, line: 8, column: 16, endLine: 8, endColumn: 73 },
        { messageId: 'protocolRelativeStripeUrl', data: { url: '//js.stripe.com' }, line: 13, column: 16, endLine: 13, endColumn: 46 },
        { messageId: 'insecureStripeUrl', data: { url: 'http://api.stripe.com' }, line: 15, column: 16, endLine: 15, endColumn: 59 },
      ],
      output: `import Stripe from 'stripe';

const STRIPE_API_HOST = 'api.stripe.com';
const STRIPE_JS_HOST = 'js.stripe.com';
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function refund(chargeId: string, key: string) {
  return fetch(\`https://\${STRIPE_API_HOST}/v1/refunds?charge=\${chargeId}\`, { method: 'POST', headers: { Authorization: \`Bearer \${key}\` } });
}

export function loadStripeJs() {
  const script = document.createElement('script');
  script.src = 'https://' + STRIPE_JS_HOST + '/v3/';
  document.head.appendChild(script);
  return fetch('https://' + STRIPE_API_HOST + '/v1/balance');
}
`,
    },
    {
      // The scheme alone in a const, put before \`://\` by a template: the calls are still read
      code: `import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const SCHEME = 'http';
const SHOP = \`\${SCHEME}://shop.example.com\`;

export async function startCheckout(priceId: string) {
  return stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price: priceId, quantity: 1 }],
    success_url: \`\${SHOP}/done\`,
  });
}
`,
      filename: 'src/checkout.ts',
      output: null,
      errors: [{ messageId: 'insecureRedirectUrl', data: { param: 'success_url', url: 'http://shop.example.com' }, line: 11, column: 18, endLine: 11, endColumn: 32, suggestions: [] }],
    },
    // A test that really requests a plain-HTTP Stripe URL, then asserts on the response (or inside the assertion:
    // regression probe 280), still sends it.
    {
      code: `import { expect, it } from 'vitest';

it('serves Stripe.js', async () => {
  const res = await fetch('http://js.stripe.com/v3/');
  expect(res.ok).toBe(true);
  expect(await fetch('http://js.stripe.com/v3/')).toBeTruthy();
});`,
      filename: 'test/stripe-js.test.ts',
      errors: [
        { messageId: 'insecureStripeUrl', data: { url: 'http://js.stripe.com' }, line: 4, column: 28, endLine: 4, endColumn: 48 },
        { messageId: 'insecureStripeUrl', data: { url: 'http://js.stripe.com' }, line: 6, column: 23, endLine: 6, endColumn: 43 },
      ],
      output: `import { expect, it } from 'vitest';

it('serves Stripe.js', async () => {
  const res = await fetch('https://js.stripe.com/v3/');
  expect(res.ok).toBe(true);
  expect(await fetch('https://js.stripe.com/v3/')).toBeTruthy();
});`,
    },
    // A const alias of the client's resource (real-world batch 278).
    {
      code: `import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const checkout = stripe.checkout;

export const startCheckout = (price: string) =>
  checkout.sessions.create({ mode: 'payment', line_items: [{ price, quantity: 1 }], success_url: 'http://shop.example.com/success' });`,
      filename: 'src/checkout.ts',
      output: null,
      errors: [
        {
          messageId: 'insecureRedirectUrl',
          data: { param: 'success_url', url: 'http://shop.example.com' },
          line: 7,
          column: 98,
          endLine: 7,
          endColumn: 131,
          suggestions: [{ messageId: 'useHttps', output: `import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const checkout = stripe.checkout;

export const startCheckout = (price: string) =>
  checkout.sessions.create({ mode: 'payment', line_items: [{ price, quantity: 1 }], success_url: 'https://shop.example.com/success' });` }],
        },
      ],
    },
    // Only the mocking library's own call is a matcher: a local function named `nock` really sends the request.
    {
      code: "const nock = (url: string) => fetch(url); nock('http://api.stripe.com/v1/balance');",
      errors: [{ messageId: 'insecureStripeUrl', data: { url: 'http://api.stripe.com' }, line: 1, column: 49, endLine: 1, endColumn: 70 }],
      output: "const nock = (url: string) => fetch(url); nock('https://api.stripe.com/v1/balance');",
    },
    // A const that also reaches a real request is not only a mock matcher.
    {
      code: "import nock from 'nock'; const BASE = 'http://api.stripe.com'; nock(BASE).get('/v1/balance').reply(200); await fetch(BASE + '/v1/balance');",
      errors: [{ messageId: 'insecureStripeUrl', data: { url: 'http://api.stripe.com' }, line: 1, column: 40, endLine: 1, endColumn: 61 }],
      output: "import nock from 'nock'; const BASE = 'https://api.stripe.com'; nock(BASE).get('/v1/balance').reply(200); await fetch(BASE + '/v1/balance');",
    },
    // JSX script tag (Stripe.js over http).
    {
      code: `
        export function Checkout() {
          return <script src="http://js.stripe.com/v3/" async></script>;
        }
      `,
      languageOptions: jsx,
      errors: [{ messageId: 'insecureStripeUrl', data: { url: 'http://js.stripe.com' }, line: 3, column: 31, endLine: 3, endColumn: 51 }],
      output: `
        export function Checkout() {
          return <script src="https://js.stripe.com/v3/" async></script>;
        }
      `,
    },
    // Protocol-relative script URL.
    {
      code: `const script = document.createElement('script'); script.src = '//js.stripe.com/v3/';`,
      errors: [{ messageId: 'protocolRelativeStripeUrl', data: { url: '//js.stripe.com' }, line: 1, column: 64, endLine: 1, endColumn: 79 }],
      output: `const script = document.createElement('script'); script.src = 'https://js.stripe.com/v3/';`,
    },
    // Raw API call over http, in a template with a dynamic tail.
    {
      code: `
        export async function getCustomer(id: string) {
          const res = await fetch(\`http://api.stripe.com/v1/customers/\${id}\`, {
            headers: { Authorization: \`Bearer \${process.env.STRIPE_SECRET_KEY}\` },
          });
          return res.json();
        }
      `,
      errors: [{ messageId: 'insecureStripeUrl', data: { url: 'http://api.stripe.com' }, line: 3, column: 36, endLine: 3, endColumn: 57 }],
      output: `
        export async function getCustomer(id: string) {
          const res = await fetch(\`https://api.stripe.com/v1/customers/\${id}\`, {
            headers: { Authorization: \`Bearer \${process.env.STRIPE_SECRET_KEY}\` },
          });
          return res.json();
        }
      `,
    },
    // Two URLs in one CSP string: both reported, both fixed.
    {
      code: `res.setHeader('Content-Security-Policy', "script-src 'self' http://js.stripe.com; frame-src //hooks.stripe.com");`,
      errors: [
        { messageId: 'insecureStripeUrl', data: { url: 'http://js.stripe.com' }, line: 1, column: 61, endLine: 1, endColumn: 81 },
        { messageId: 'protocolRelativeStripeUrl', data: { url: '//hooks.stripe.com' }, line: 1, column: 93, endLine: 1, endColumn: 111 },
      ],
      output: `res.setHeader('Content-Security-Policy', "script-src 'self' https://js.stripe.com; frame-src https://hooks.stripe.com");`,
    },
    // Upper-case scheme and a listed wildcard host (*.js.stripe.com, *.link.com).
    {
      code: `const urls = ['HTTP://JS.STRIPE.COM/v3', 'http://b.js.stripe.com/frame', 'http://checkout.link.com/'];`,
      errors: [
        { messageId: 'insecureStripeUrl', data: { url: 'HTTP://JS.STRIPE.COM' }, line: 1, column: 16, endLine: 1, endColumn: 36 },
        { messageId: 'insecureStripeUrl', data: { url: 'http://b.js.stripe.com' }, line: 1, column: 43, endLine: 1, endColumn: 65 },
        { messageId: 'insecureStripeUrl', data: { url: 'http://checkout.link.com' }, line: 1, column: 75, endLine: 1, endColumn: 99 },
      ],
      output: `const urls = ['https://JS.STRIPE.COM/v3', 'https://b.js.stripe.com/frame', 'https://checkout.link.com/'];`,
    },
    // An escape elsewhere in the string: the URL is still located and fixed.
    {
      code: `const src = 'http://js.stripe.com/v3/?v=\\u0031';`,
      errors: [{ messageId: 'insecureStripeUrl', data: { url: 'http://js.stripe.com' }, line: 1, column: 14, endLine: 1, endColumn: 34 }],
      output: `const src = 'https://js.stripe.com/v3/?v=\\u0031';`,
    },
    // The URL itself is escaped: reported on the string, no fix.
    {
      code: `const src = 'http:\\/\\/js.stripe.com/v3/';`,
      errors: [{ messageId: 'insecureStripeUrl', data: { url: 'http://js.stripe.com' }, line: 1, column: 13, endLine: 1, endColumn: 41 }],
      output: null,
    },
    // stripe-node client over http to the default host (ESM): autofix.
    {
      code: `
        import Stripe from 'stripe';
        export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20', protocol: 'http' });
      `,
      errors: [{ messageId: 'httpStripeClient', data: { host: 'api.stripe.com' }, line: 3, column: 112, endLine: 3, endColumn: 118 }],
      output: `
        import Stripe from 'stripe';
        export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20', protocol: 'https' });
      `,
    },
    // CommonJS one-liner with a Stripe host (espree).
    {
      code: `const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY, { host: 'api.stripe.com', protocol: "http" });`,
      languageOptions: cjs,
      errors: [{ messageId: 'httpStripeClient', data: { host: 'api.stripe.com' }, line: 1, column: 101, endLine: 1, endColumn: 107 }],
      output: `const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY, { host: 'api.stripe.com', protocol: "https" });`,
    },
    // Config object in a const (`as const`), named import.
    {
      code: `
        import { Stripe } from 'stripe';
        const config = { apiVersion: '2024-06-20', protocol: 'http' } as const;
        const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, config);
      `,
      errors: [{ messageId: 'httpStripeClient', data: { host: 'api.stripe.com' }, line: 3, column: 62, endLine: 3, endColumn: 68 }],
      output: `
        import { Stripe } from 'stripe';
        const config = { apiVersion: '2024-06-20', protocol: 'https' } as const;
        const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, config);
      `,
    },
    // A protocol set in an \`if\` with no host beside it: Stripe's API over plain HTTP on that path (real-world batch 230).
    {
      code: `
        import Stripe from 'stripe';
        const stripeConfig: Stripe.StripeConfig = { apiVersion: '2020-08-27' };
        if (process.env.STRIPE_INSECURE) { stripeConfig.protocol = 'http'; }
        export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, stripeConfig);
      `,
      errors: [{ messageId: 'httpStripeClient', data: { host: 'api.stripe.com' }, line: 4, column: 68, endLine: 4, endColumn: 74 }],
      output: `
        import Stripe from 'stripe';
        const stripeConfig: Stripe.StripeConfig = { apiVersion: '2020-08-27' };
        if (process.env.STRIPE_INSECURE) { stripeConfig.protocol = 'https'; }
        export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, stripeConfig);
      `,
    },
    // A plain-HTTP protocol for every path and a host set on one only: where it is not set, the key goes to
    // api.stripe.com unencrypted; a suggestion only, as the host of the other path may not speak TLS.
    {
      code: `
        import Stripe from 'stripe';
        const stripeConfig: Stripe.StripeConfig = { apiVersion: '2020-08-27' };
        if (process.env.STRIPE_HOST) { stripeConfig.host = process.env.STRIPE_HOST; }
        stripeConfig.protocol = 'http';
        export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, stripeConfig);
      `,
      errors: [
        {
          messageId: 'httpStripeClient',
          data: { host: 'api.stripe.com' },
          line: 5,
          column: 33,
          endLine: 5,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'useHttps',
              output: `
        import Stripe from 'stripe';
        const stripeConfig: Stripe.StripeConfig = { apiVersion: '2020-08-27' };
        if (process.env.STRIPE_HOST) { stripeConfig.host = process.env.STRIPE_HOST; }
        stripeConfig.protocol = 'https';
        export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, stripeConfig);
      `,
            },
          ],
        },
      ],
      output: null,
    },
    // The host is set in the \`if\` and the protocol in its \`else\`: on the \`else\` path the key goes to api.stripe.com
    // over plain HTTP. A suggestion only: the other path's host may replace Stripe's.
    {
      code: `
        import Stripe from 'stripe';
        const options: Stripe.StripeConfig = { apiVersion: '2023-10-16' };
        if (process.env.STRIPE_MOCK) options.host = 'localhost';
        else options.protocol = 'http';
        export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, options);
      `,
      errors: [
        {
          messageId: 'httpStripeClient',
          data: { host: 'api.stripe.com' },
          line: 5,
          column: 33,
          endLine: 5,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'useHttps',
              output: `
        import Stripe from 'stripe';
        const options: Stripe.StripeConfig = { apiVersion: '2023-10-16' };
        if (process.env.STRIPE_MOCK) options.host = 'localhost';
        else options.protocol = 'https';
        export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, options);
      `,
            },
          ],
        },
      ],
      output: null,
    },
    // A host set in an \`if\` nested in the protocol's own: where the inner test fails, api.stripe.com over plain HTTP.
    {
      code: `
        import Stripe from 'stripe';
        const options: Stripe.StripeConfig = { apiVersion: '2023-10-16' };
        if (process.env.STRIPE_MOCK) {
          options.protocol = 'http';
          if (process.env.STRIPE_MOCK_HOST) { options.host = 'localhost'; }
        }
        export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, options);
      `,
      errors: [
        {
          messageId: 'httpStripeClient',
          data: { host: 'api.stripe.com' },
          line: 5,
          column: 30,
          endLine: 5,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'useHttps',
              output: `
        import Stripe from 'stripe';
        const options: Stripe.StripeConfig = { apiVersion: '2023-10-16' };
        if (process.env.STRIPE_MOCK) {
          options.protocol = 'https';
          if (process.env.STRIPE_MOCK_HOST) { options.host = 'localhost'; }
        }
        export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, options);
      `,
            },
          ],
        },
      ],
      output: null,
    },
    // A non-loopback host of the merchant (docker service): suggestion only, it may not speak TLS.
    {
      code: `
        import Stripe from 'stripe';
        const stripe = new Stripe(key, { host: 'stripe-mock', port: 12111, protocol: 'http' });
      `,
      errors: [
        {
          messageId: 'httpStripeClient',
          data: { host: 'stripe-mock' },
          line: 3,
          column: 86,
          endLine: 3,
          endColumn: 92,
          suggestions: [
            {
              messageId: 'useHttps',
              output: `
        import Stripe from 'stripe';
        const stripe = new Stripe(key, { host: 'stripe-mock', port: 12111, protocol: 'https' });
      `,
            },
          ],
        },
      ],
      output: null,
    },
    // Default host but an explicit port: suggestion only.
    {
      code: `
        import Stripe from 'stripe';
        const stripe = Stripe(key, { port: 80, protocol: 'http' });
      `,
      errors: [
        {
          messageId: 'httpStripeClient',
          data: { host: 'api.stripe.com' },
          line: 3,
          column: 58,
          endLine: 3,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'useHttps',
              output: `
        import Stripe from 'stripe';
        const stripe = Stripe(key, { port: 80, protocol: 'https' });
      `,
            },
          ],
        },
      ],
      output: null,
    },
    // Express Checkout route: plain-http success URL and a cancel URL built from an http const.
    {
      code: `
        import Stripe from 'stripe';
        const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
        const DOMAIN = 'http://shop.example.com';
        app.post('/create-checkout-session', async (req, res) => {
          const session = await stripe.checkout.sessions.create({
            mode: 'payment',
            line_items: [{ price: req.body.priceId, quantity: 1 }],
            success_url: 'http://shop.example.com/success?session_id={CHECKOUT_SESSION_ID}',
            cancel_url: \`\${DOMAIN}/cart\`,
          });
          res.redirect(303, session.url);
        });
      `,
      errors: [
        {
          messageId: 'insecureRedirectUrl',
          data: { param: 'success_url', url: 'http://shop.example.com' },
          line: 9,
          column: 26,
          endLine: 9,
          endColumn: 92,
          suggestions: [
            {
              messageId: 'useHttps',
              output: `
        import Stripe from 'stripe';
        const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
        const DOMAIN = 'http://shop.example.com';
        app.post('/create-checkout-session', async (req, res) => {
          const session = await stripe.checkout.sessions.create({
            mode: 'payment',
            line_items: [{ price: req.body.priceId, quantity: 1 }],
            success_url: 'https://shop.example.com/success?session_id={CHECKOUT_SESSION_ID}',
            cancel_url: \`\${DOMAIN}/cart\`,
          });
          res.redirect(303, session.url);
        });
      `,
            },
          ],
        },
        {
          messageId: 'insecureRedirectUrl',
          data: { param: 'cancel_url', url: 'http://shop.example.com' },
          line: 10,
          column: 25,
          endLine: 10,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'useHttps',
              output: `
        import Stripe from 'stripe';
        const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
        const DOMAIN = 'https://shop.example.com';
        app.post('/create-checkout-session', async (req, res) => {
          const session = await stripe.checkout.sessions.create({
            mode: 'payment',
            line_items: [{ price: req.body.priceId, quantity: 1 }],
            success_url: 'http://shop.example.com/success?session_id={CHECKOUT_SESSION_ID}',
            cancel_url: \`\${DOMAIN}/cart\`,
          });
          res.redirect(303, session.url);
        });
      `,
            },
          ],
        },
      ],
      output: null,
    },
    // Webhook endpoint registration (create and update), CommonJS.
    {
      code: `
        const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
        const url = 'http://hooks.example.com/stripe';
        stripe.webhookEndpoints.create({ url: 'http://hooks.example.com/stripe', enabled_events: ['payment_intent.succeeded'] });
        stripe.webhookEndpoints.update('we_123', { url });
      `,
      languageOptions: cjs,
      errors: [
        {
          messageId: 'insecureWebhookUrl',
          data: { param: 'url', url: 'http://hooks.example.com' },
          line: 4,
          column: 47,
          endLine: 4,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'useHttps',
              output: `
        const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
        const url = 'http://hooks.example.com/stripe';
        stripe.webhookEndpoints.create({ url: 'https://hooks.example.com/stripe', enabled_events: ['payment_intent.succeeded'] });
        stripe.webhookEndpoints.update('we_123', { url });
      `,
            },
          ],
        },
        {
          messageId: 'insecureWebhookUrl',
          data: { param: 'url', url: 'http://hooks.example.com' },
          line: 5,
          column: 52,
          endLine: 5,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'useHttps',
              output: `
        const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
        const url = 'https://hooks.example.com/stripe';
        stripe.webhookEndpoints.create({ url: 'http://hooks.example.com/stripe', enabled_events: ['payment_intent.succeeded'] });
        stripe.webhookEndpoints.update('we_123', { url });
      `,
            },
          ],
        },
      ],
      output: null,
    },
    // NestJS service: injected client, billing portal and Connect onboarding links, optional chaining.
    {
      code: `
        import { Injectable } from '@nestjs/common';
        import Stripe from 'stripe';
        @Injectable()
        export class BillingService {
          constructor(private readonly stripe: Stripe) {}
          portal(customer: string) {
            return this.stripe.billingPortal.sessions.create({ customer, return_url: 'http://app.example.com/account' });
          }
          onboard(account: string) {
            return this.stripe?.accountLinks.create({ account, type: 'account_onboarding', refresh_url: 'http://app.example.com/reauth', return_url: 'https://app.example.com/done' });
          }
        }
      `,
      errors: [
        {
          messageId: 'insecureRedirectUrl',
          data: { param: 'return_url', url: 'http://app.example.com' },
          line: 8,
          column: 86,
          endLine: 8,
          endColumn: 118,
          suggestions: [
            {
              messageId: 'useHttps',
              output: `
        import { Injectable } from '@nestjs/common';
        import Stripe from 'stripe';
        @Injectable()
        export class BillingService {
          constructor(private readonly stripe: Stripe) {}
          portal(customer: string) {
            return this.stripe.billingPortal.sessions.create({ customer, return_url: 'https://app.example.com/account' });
          }
          onboard(account: string) {
            return this.stripe?.accountLinks.create({ account, type: 'account_onboarding', refresh_url: 'http://app.example.com/reauth', return_url: 'https://app.example.com/done' });
          }
        }
      `,
            },
          ],
        },
        {
          messageId: 'insecureRedirectUrl',
          data: { param: 'refresh_url', url: 'http://app.example.com' },
          line: 11,
          column: 105,
          endLine: 11,
          endColumn: 136,
          suggestions: [
            {
              messageId: 'useHttps',
              output: `
        import { Injectable } from '@nestjs/common';
        import Stripe from 'stripe';
        @Injectable()
        export class BillingService {
          constructor(private readonly stripe: Stripe) {}
          portal(customer: string) {
            return this.stripe.billingPortal.sessions.create({ customer, return_url: 'http://app.example.com/account' });
          }
          onboard(account: string) {
            return this.stripe?.accountLinks.create({ account, type: 'account_onboarding', refresh_url: 'https://app.example.com/reauth', return_url: 'https://app.example.com/done' });
          }
        }
      `,
            },
          ],
        },
      ],
      output: null,
    },
    // React: Stripe.js confirmPayment with an http return_url.
    {
      code: `
        import { useStripe, useElements, PaymentElement } from '@stripe/react-stripe-js';
        export function CheckoutForm() {
          const stripe = useStripe();
          const elements = useElements();
          const onSubmit = async (e) => {
            e.preventDefault();
            await stripe!.confirmPayment({ elements, confirmParams: { return_url: 'http://shop.example.com/complete' } });
          };
          return <form onSubmit={onSubmit}><PaymentElement /></form>;
        }
      `,
      languageOptions: jsx,
      errors: [
        {
          messageId: 'insecureRedirectUrl',
          data: { param: 'confirmParams.return_url', url: 'http://shop.example.com' },
          line: 8,
          column: 83,
          endLine: 8,
          endColumn: 117,
          suggestions: [
            {
              messageId: 'useHttps',
              output: `
        import { useStripe, useElements, PaymentElement } from '@stripe/react-stripe-js';
        export function CheckoutForm() {
          const stripe = useStripe();
          const elements = useElements();
          const onSubmit = async (e) => {
            e.preventDefault();
            await stripe!.confirmPayment({ elements, confirmParams: { return_url: 'https://shop.example.com/complete' } });
          };
          return <form onSubmit={onSubmit}><PaymentElement /></form>;
        }
      `,
            },
          ],
        },
      ],
      output: null,
    },
    // Concatenation from a const prefix: the suggestion edits where `http:` is written.
    {
      code: `
        import Stripe from 'stripe';
        const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
        const BASE = 'http://shop.example.com';
        await stripe.paymentIntents.confirm('pi_123', { payment_method: 'pm_card_visa', return_url: BASE + '/3ds-complete' });
      `,
      errors: [
        {
          messageId: 'insecureRedirectUrl',
          data: { param: 'return_url', url: 'http://shop.example.com' },
          line: 5,
          column: 101,
          endLine: 5,
          endColumn: 123,
          suggestions: [
            {
              messageId: 'useHttps',
              output: `
        import Stripe from 'stripe';
        const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
        const BASE = 'https://shop.example.com';
        await stripe.paymentIntents.confirm('pi_123', { payment_method: 'pm_card_visa', return_url: BASE + '/3ds-complete' });
      `,
            },
          ],
        },
      ],
      output: null,
    },
    // A receiver known only by its name, and a URL template held in a const with a dynamic tail.
    {
      code: `
        export async function registerHooks(ctx: Context, id: string) {
          const target = \`http://hooks.example.com/stripe/\${id}\`;
          return ctx.stripeClient.webhookEndpoints.create({ url: target, enabled_events: ['invoice.paid'] });
        }
      `,
      errors: [
        {
          messageId: 'insecureWebhookUrl',
          data: { param: 'url', url: 'http://hooks.example.com' },
          line: 4,
          column: 66,
          endLine: 4,
          endColumn: 72,
          suggestions: [
            {
              messageId: 'useHttps',
              output: `
        export async function registerHooks(ctx: Context, id: string) {
          const target = \`https://hooks.example.com/stripe/\${id}\`;
          return ctx.stripeClient.webhookEndpoints.create({ url: target, enabled_events: ['invoice.paid'] });
        }
      `,
            },
          ],
        },
      ],
      output: null,
    },
    // A redirect URL that points at a Stripe host is fixed where the string is written (once).
    {
      code: `
        import Stripe from 'stripe';
        const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
        await stripe.billingPortal.sessions.create({ customer: 'cus_1', return_url: 'http://dashboard.stripe.com/' });
      `,
      errors: [{ messageId: 'insecureStripeUrl', data: { url: 'http://dashboard.stripe.com' }, line: 4, column: 86, endLine: 4, endColumn: 113 }],
      output: `
        import Stripe from 'stripe';
        const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
        await stripe.billingPortal.sessions.create({ customer: 'cus_1', return_url: 'https://dashboard.stripe.com/' });
      `,
    },
    // A host spelled with an escape: the value is a Stripe URL (reported on the string, the raw text differs).
    {
      code: "const src = 'http://js.\\x73tripe.com/v3';",
      errors: [{ messageId: 'insecureStripeUrl', data: { url: 'http://js.stripe.com' }, line: 1, column: 13, endLine: 1, endColumn: 41 }],
      output: null,
    },
    // A host spelled with a JSX character reference: the attribute value is the URL (reported on the string, no fix).
    {
      code: 'export const Script = () => <script src="http://js.&#115;tripe.com/v3" />;',
      languageOptions: jsx,
      errors: [{ messageId: 'insecureStripeUrl', data: { url: 'http://js.stripe.com' }, line: 1, column: 41, endLine: 1, endColumn: 71 }],
      output: null,
    },
    // link.com is a Stripe host: found in a file that never says stripe.
    {
      code: "await fetch('http://checkout.link.com/pay');",
      errors: [{ messageId: 'insecureStripeUrl', data: { url: 'http://checkout.link.com' }, line: 1, column: 14, endLine: 1, endColumn: 38 }],
      output: "await fetch('https://checkout.link.com/pay');",
    },
  ],
});
