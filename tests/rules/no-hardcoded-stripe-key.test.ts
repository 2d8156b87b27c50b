import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import { fileURLToPath } from 'node:url';
import rule from '../../src/rules/no-hardcoded-stripe-key.js';

/** A file of a fixture project, whose package.json says which framework builds it. */
const inProject = (project: string, file: string): string => fileURLToPath(new URL(`../fixtures/projects/${project}/${file}`, import.meta.url));
/** A server module that reads its secret key from a variable named with Create React App's public prefix. */
/** A Create React App page that calls the Stripe API with a test secret key (real-world batch BU). */
const CRA_ORDERS_PAGE = `import React, { useEffect, useState } from 'react';
import axios from 'axios';

export default function Orders() {
  const [charges, setCharges] = useState([]);
  useEffect(() => {
    axios
      .get('https://api.stripe.com/v1/charges', { headers: { Authorization: 'Bearer sk_test_4eC39HqLyjWDarjtT1zdp7dc' } })
      .then((response) => setCharges(response.data.data));
  }, []);
  return <ul>{charges.map((charge) => <li key={charge.id}>{charge.amount}</li>)}</ul>;
}
`;
const REACT_APP_SECRET_SERVER = `require('dotenv').config();
const express = require('express');
const stripe = require('stripe')(process.env.REACT_APP_STRIPE_SECRET);

const app = express();
app.post('/charge', async (req, res) => res.json(await stripe.charges.create({ amount: req.body.amount, currency: 'usd', source: req.body.token })));
app.listen(4000);
`;

// Key bodies are made up (shape per stripe-facts §5); sk_test_4eC39HqLyjWDarjtT1zdp7dc and
// pk_test_TYooMQauvdEDq54NiTphI7jx are Stripe's old public documentation keys.
const ruleTester = new RuleTester();
const jsx = { parserOptions: { ecmaFeatures: { jsx: true } } };
const cjs = { parser: espree, parserOptions: { sourceType: 'commonjs', ecmaVersion: 'latest' } } as const;
const strict = [{ allowTestKeys: false }] as const;

/** A test helper whose clients, made with a publishable key, are used for more than the calls that take one. */
const SIGN_UP_HELPER = `
const stripe = require('stripe')('pk_test_ebVZiJokoWIbXD1TNNZ8lj2A');
const shared = require('stripe')('pk_test_ebVZiJokoWIbXD1TNNZ8lj2A');

exports.signUp = async (email) => {
  const token = await stripe.tokens.create({ bank_account: { country: 'US', currency: 'usd', routing_number: '110000000', account_number: '000123456789' } });
  return stripe.customers.create({ email, source: token.id });
};
module.exports.client = shared;
`;

ruleTester.run('no-hardcoded-stripe-key', rule, {
  valid: [
    // The same environment file in a package that is no Angular app (a Node server's config): its test key stays allowed.
    { code: `export const environment = {
  production: false,
  stripe: {
    publishableKey: 'pk_test_51Qx8mKr2Lw9PZ4TvN7aBcDeFgHiJkLmNoPqRsTuVwXyZ',
    secretKey: 'sk_test_51Qx8mKr2Lw9PZ4TvH3qPz8WmLk2NbVc7XtRe5YuJ',
  },
};
`, filename: inProject('express-api', 'src/environments/environment.ts') },
    // The example key Sails.js's \`sails new\` comments into every app's config/custom.js (real-world batch EX)
    {
      code: `module.exports.custom = {
  baseUrl: 'http://localhost:1337',
  // mailgunDomain: 'transactional-mail.example.com',
  // mailgunSecret: 'key-testkeyb183848139913858e8abd9a3',
  // stripeSecret: 'sk_test_Zzd814nldl91104qor5911gjald',
  // …
};
`,
      filename: 'config/custom.js',
    },
    // limitation: the same page where no package.json says the app is client-only (a Next.js page may run on the
    // server): test keys stay allowed
    { code: CRA_ORDERS_PAGE, filename: 'src/pages/Orders.jsx', languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    // 'use server' and 'use client' as a string that is not in the directive prologue say nothing about the module
    {
      code: `'use server';

import Stripe from 'stripe';

const stripe = new Stripe('sk_test_4eC39HqLyjWDarjtT1zdp7dc');
export async function refund(id: string) {
  'use client';
  return stripe.refunds.create({ payment_intent: id });
}
`,
      filename: 'app/admin/actions.ts',
    },
    {
      code: `import Stripe from 'stripe';
'use client';
export const stripe = new Stripe('sk_test_4eC39HqLyjWDarjtT1zdp7dc');
`,
      filename: 'lib/stripe.ts',
    },
    // limitation: a Remix / React Router route module holds server code (loader, action) and the component the
    // browser runs in one file: a test key in it is tolerated, wherever it is written.
    {
      code: `import { useLoaderData } from '@remix-run/react';

const STRIPE_SECRET = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';

export async function loader() {
  return { ok: Boolean(STRIPE_SECRET) };
}

export default function Pay() {
  const data = useLoaderData();
  return <p>{String(data.ok)}</p>;
}
`,
      filename: 'app/routes/pay._index.tsx',
    },
    // A module of the app that renders nothing (an Express server kept in src/): not shipped by that alone
    { code: REACT_APP_SECRET_SERVER.replace('process.env.REACT_APP_STRIPE_SECRET', "'sk_test_4eC39HqLyjWDarjtT1zdp7dc'"), filename: inProject('cra-shop', 'src/server/index.js') },
    // A Jest setup helper of the same app renders a dummy component: run by the test runner, never bundled (batch BW).
    {
      code: `import fs from 'fs';
import React from 'react';

export const TEST_SECRET_KEY = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';

beforeAll(() => {
  global.terminalSdk = fs.readFileSync(require.resolve('@stripe/terminal-js'), 'utf8');
});

export function Dummy() {
  return <div />;
}
`,
      filename: inProject('cra-shop', 'src/test/helpers/test-setup.js'),
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    { code: CRA_ORDERS_PAGE, filename: inProject('cra-shop', 'src/pages/Orders.test.jsx'), languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    // A Node server package (express and stripe, no react-scripts) names its variable like Create React App's: no
    // browser bundle reads it (real-world batch BT)
    { code: REACT_APP_SECRET_SERVER, filename: inProject('express-api', 'server/index.js') },
    // Server-only variables; a publishable key in a public variable is what the browser takes; a stripe-node client
    // given a variable named for the publishable key is not a secret in public (a different mistake, not this one).
    {
      code: `import Stripe from 'stripe';
import { loadStripe } from '@stripe/stripe-js';
import { env } from '$env/dynamic/private';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
export const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);
const tokens = new Stripe(import.meta.env.VITE_STRIPE_PUBLIC_KEY);
export const verify = (body: string, signature: string) => stripe.webhooks.constructEvent(body, signature, env.STRIPE_WEBHOOK_SECRET);
export const other = (body: string, signature: string) => github.webhooks.verify(body, signature, process.env.NEXT_PUBLIC_GITHUB_SECRET);
`,
      filename: 'src/lib/stripe.ts',
    },
    // Stripe's React Native SDK and the Capacitor plugin set up with publishable keys; a provider of another
    // library named like Stripe's is not judged (its prop may be anything)
    {
      code: `import React from 'react';
import { StripeProvider, initStripe } from '@stripe/stripe-react-native';
import { Stripe } from '@capacitor-community/stripe';
import { StripeProvider as LegacyProvider } from 'react-stripe-elements';

initStripe({ publishableKey: 'pk_live_51Hq8ZtLkR2vN7mWxT6gHs2Lp4KfQ9rXyZ3aBcD' });
Stripe.initialize({ publishableKey: Config.STRIPE_PUBLISHABLE_KEY });

export const App = ({ children }) => (
  <StripeProvider publishableKey="pk_test_TYooMQauvdEDq54NiTphI7jx">
    <LegacyProvider apiKey="pk_test_TYooMQauvdEDq54NiTphI7jx">{children}</LegacyProvider>
  </StripeProvider>
);
`,
      filename: 'src/App.jsx',
      languageOptions: jsx,
    },
    // A server-side helper whose client only creates tokens and payment methods, as Stripe.js does with the
    // publishable key (real-world batch K: an API test suite's token helper).
    {
      code: `
const stripe = require('stripe')('pk_test_ebVZiJokoWIbXD1TNNZ8lj2A');

exports.bankToken = () =>
  stripe.tokens.create({ bank_account: { country: 'US', currency: 'usd', routing_number: '110000000', account_number: '000123456789' } });
exports.paymentMethod = (token) => stripe.paymentMethods.create({ type: 'card', card: { token } });
`,
      filename: 'helpers/userHelper.js',
    },
    // Keys read from the environment.
    `
      import Stripe from 'stripe';
      const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });
      export function handle(req, res) {
        const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
      }
    `,
    // A redaction test's made-up key, shorter than any real one (24 characters after the prefix, or about 99).
    {
      code: `
        import { redactSecrets } from '../redact';
        it('redacts secret keys', () => {
          const out = redactSecrets('auth=sk_live_AbCdEfG123 user=42');
          expect(out).not.toContain('sk_live_AbCdEfG123');
        });
      `,
      filename: 'src/__tests__/components/error-boundary.test.tsx',
    },
    // Publishable keys in client code (loadStripe, the global Stripe(), Stripe.js v2).
    {
      code: `
        import { loadStripe } from '@stripe/stripe-js';
        import { Elements } from '@stripe/react-stripe-js';
        const stripePromise = loadStripe('pk_live_51Hq8ZtLkR2vN7mWxT6gHs2Lp');
        export const App = () => <Elements stripe={stripePromise}><Checkout /></Elements>;
        const legacy = Stripe('pk_test_TYooMQauvdEDq54NiTphI7jx');
        Stripe.setPublishableKey('pk_test_TYooMQauvdEDq54NiTphI7jx');
      `,
      languageOptions: jsx,
    },
    // Prefixes used in checks.
    `
      export function assertServerKey(key: string) {
        if (key.startsWith('sk_live_') && process.env.NODE_ENV !== 'production') throw new Error('live key outside production');
        if (!/^(sk|rk)_(live|test)_/.test(key)) throw new Error('not a secret key');
        return key.startsWith('whsec_');
      }
    `,
    // Documentation placeholders.
    `
      const a = 'sk_live_...';
      const b = 'sk_test_xxx';
      const c = 'sk_test_XXXXXXXX';
      const d = '<your key>';
      const e = 'sk_test_XXXXXXXXXXXXXXXXXXXXXXXX';
      const f = 'whsec_0000000000000000000000000000';
      const g = 'sk_live_yourSecretKeyGoesHere';
      // Set STRIPE_SECRET_KEY=sk_live_... in .env
    `,
    // A placeholder handed to loadStripe is still a placeholder.
    `import { loadStripe } from '@stripe/stripe-js'; loadStripe('sk_test_xxx');`,
    // Test-mode secret keys are allowed by default (recommended preset), in code and comments.
    `
      import Stripe from 'stripe';
      // Stripe's sample key: sk_test_4eC39HqLyjWDarjtT1zdp7dc
      export const stripe = new Stripe('sk_test_4eC39HqLyjWDarjtT1zdp7dc');
      export const restricted = 'rk_test_51Hq8ZtLkR2vN7mWxQ3aZe5Ku';
    `,
    // Words that merely contain a prefix are not keys.
    `const a = 'task_live_51Hq8ZtLkR2vN7mWxP4bYc9Dq'; const b = 'desk_test_4eC39HqLyjWDarjtT1zdp7dc';`,
    // A publishable key given to the server client through the environment is unknown.
    `import Stripe from 'stripe'; new Stripe(process.env.STRIPE_KEY);`,
    // limitation: an environment variable named like a secret key is not proof of a secret value.
    `import { loadStripe } from '@stripe/stripe-js'; loadStripe(process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY!);`,
    // limitation: keys assembled at run time from non-constant parts.
    `const key = ['sk', 'live', body].join('_');`,
    // limitation: a prefix split inside its letters (`'s' + 'k…'`) or produced by a case conversion: the file never
    // spells `sk_` / `rk_`, `'sk'` / `'rk'` as a whole string, or `whsec`, so composites are not evaluated (KEY_LETTERS).
    `
      const LETTERS = ['s', 'k'];
      export const fromParts = LETTERS.join('') + '_live_' + '51Hq8ZtLkR2vN7mWxP4bYc9Dq';
      export const split = 's' + 'k_live_' + '51Hq8ZtLkR2vN7mWxP4bYc9Dq';
      export const shouted = 'SK_LIVE_51HQ8ZTLKR2VN7MWXP4BYC9DQ'.toLowerCase();
    `,
    // limitation: the mode of a key assembled from pieces must be written (`live`, or `test` where test keys are
    // reported); a SQL-heavy file with `task_` or `'sk'` but never `live` is not evaluated.
    `
      const MODE = ['l', 'ive'].join('');
      export const key = 'sk_' + MODE + '_51Hq8ZtLkR2vN7mWxP4bYc9Dq';
    `,
    // limitation: the same holds for the key a Stripe constructor or loader receives: one whose mode is produced from
    // character codes too, in a file that never writes \`live\` or \`test\`, is not evaluated.
    {
      code: `import { loadStripe } from '@stripe/stripe-js';

export const stripePromise = loadStripe(String.fromCharCode(115, 107, 95, 108, 105, 118, 101, 95) + '51Hq8ZtLkR2vN7mWxP4bYc9Dq');
`,
      filename: 'src/stripe.js',
    },
    // A secret key passed to a non-Stripe loadStripe (local function) is not client-side Stripe; test keys allowed.
    `function loadStripe(k) { return k; } loadStripe('sk_test_4eC39HqLyjWDarjtT1zdp7dc');`,
    // Huge literals: a 60 000-character body is not a key (keys are at most 247 characters after the prefix).
    `const blob = 'sk_live_${'Ab1'.repeat(20000)}'; const data = '${'x_'.repeat(30000)}';`,
    // Crash cases: computed keys, spreads, decorators, TS-only syntax, tagged templates, regex literals.
    `
      import Stripe from 'stripe';
      @Injectable()
      class Payments {
        @Inject(CONFIG) private readonly config!: Config;
        readonly [Symbol.iterator] = null;
      }
      const s = new Stripe(...args);
      const t = sql\`select * from keys where prefix = \${'sk_live_'}\`;
      const re = /sk_live_[0-9a-zA-Z]{24}/;
      enum Mode { Live = 'live', Test = 'test' }
      declare const key: \`sk_live_\${string}\`;
    `,
    // A test key in a script not known to run in a browser: tolerated by the default allowTestKeys
    {
      code: `const STRIPE_KEY = 'sk_test_51Nq2fKJd8sE3vQxcbn8os2qX27jrchTgJ9CiaLljSotBB1WglB2SedB';
fetch('https://api.stripe.com/v1/products', { headers: { Authorization: \`Bearer \${STRIPE_KEY}\` } })
  .then((response) => response.json())
  .then(({ data }) => {
    document.getElementById('products').innerHTML = data.map((p) => \`<li>\${p.name}</li>\`).join('');
  });
`,
      filename: 'scripts/list-products.js',
    },
    // No key prefix in the text and no composite that can evaluate to one (parameters, calls of unknown functions).
    `
      export const greet = (name: string) => 'Hello ' + name + '_live_' + 'x'.repeat(3);
      export const label = \`sk_\${process.env.MODE}_\${Date.now()}\`;
    `,
    // Another provider's webhook secrets under the same prefix (real-world batch 84): a Svix-format secret (base64,
    // with its padding) in a verifier's test, and an app's own outgoing-webhook secret that its comment calls dummy.
    {
      code: `
        import { describe, expect, it } from 'vitest';
        import { verifySignature } from './verify';

        describe('verifySignature', () => {
          it('accepts a signature made with the endpoint secret', async () => {
            const secret = "whsec_c2VjcmV0LWtleS1ieXRlcw==";
            const payload = JSON.stringify({ type: 'run.completed' });
            expect(await verifySignature({ secret, payload, headers: await sign(secret, payload) })).toBe(true);
          });
        });
      `,
      filename: 'internal-packages/webhook-engine/src/engine/verification/verify.test.ts',
    },
    {
      code: `
        const webhook = {
          id: 'wh_1',
          url: 'https://webhook.site/0d3c9a4e',
          secret: "whsec_6f9f3a63705c44206ca655813bf91b61", // dummy secret
          triggers: ['link.clicked'],
        };
        export default webhook;
      `,
      filename: 'apps/web/tests/webhooks/index.test.ts',
    },
    // Clerk's secret keys start sk_test_ / sk_live_ too (real-world batch 90): a key given to Clerk by its name is
    // Clerk's, in a client module, a config object, a call, a JSX attribute or a setup comment.
    {
      code: `'use client';
import { ClerkProvider } from '@clerk/nextjs';
import { createClerkClient } from '@clerk/backend';

const CLERK_SECRET_KEY = 'sk_test_Zq4CGyN0m9a3BvL8kTp2XwR7sD1fH6jE5uYcVb0nQe';
export const clerk = createClerkClient({ secretKey: 'sk_live_Zq4CGyN0m9a3BvL8kTp2XwR7sD1fH6jE5uYcVb0nQf' });
export const config = { clerk: { secretKey: \`sk_test_\${'Zq4CGyN0m9a3BvL8kTp2XwR7sD1fH6jE5uYcVb0nQg'}\` } };
// CLERK_SECRET_KEY=sk_test_Zq4CGyN0m9a3BvL8kTp2XwR7sD1fH6jE5uYcVb0nQh
export function Root({ children }) {
  return <ClerkProvider secretKey="sk_test_Zq4CGyN0m9a3BvL8kTp2XwR7sD1fH6jE5uYcVb0nQi">{children}</ClerkProvider>;
}
`,
      filename: 'app/providers.tsx',
    },
    // ...and Korapay's (real-world batch FF): a commented-out Korapay helper, in a file that never mentions Stripe, its
    // key in a comment of its own.
    {
      code: `// // sk_test_p6GYq2Lr8ZxT4mN0bV7cK1wE9sD3fH5jA2uQxYzR
// const KORAPAY_API_URL = 'https://korablobstorage.blob.core.windows.net/modal-bucket/korapay-collections.min.js';
const secret = 'sk_test_p6GYq2Lr8ZxT4mN0bV7cK1wE9sD3fH5jA2uQxYzS';
export const charge = (body) => fetch('https://api.korapay.com/merchant/api/v1/charges/initialize', { method: 'POST', headers: { Authorization: \`Bearer \${secret}\` }, body });
`,
      filename: 'helpers/KoraPay.js',
    },
    // So do Bloque's (real-world batch DJ), given to its SDK or named for it in a setup comment; the same key given to
    // anything else is reported (invalid).
    {
      code: `import { Bloque } from '@bloque/payments';

export const bloque = new Bloque({
  mode: 'production',
  secretKey: 'sk_live_Q7xM2pLr9TzW4vKd8NbY3hJc6FsA1eGu',
});
// BLOQUE_SECRET_KEY=sk_test_Q7xM2pLr9TzW4vKd8NbY3hJc6FsA1eGv
`,
      filename: 'src/lib/bloque.ts',
      options: [{ allowTestKeys: false }],
    },
  ],
  invalid: [
    // An organization's key (`sk_org_`: every account of the organization; real-world batch DX), with a mode or
    // without one
    {
      code: `import Stripe from 'stripe';

// Reporting across every business of the organization: one key, the account named per request.
const stripe = new Stripe('sk_org_live_51PqR7tKw2LmN8vXc4ZbYs9Hd', { apiVersion: '2025-09-30.clover' });

export async function balances(accounts: string[]) {
  return Promise.all(accounts.map((account) => stripe.balance.retrieve({}, { stripeContext: account })));
}
`,
      filename: 'src/reports/balances.ts',
      errors: [
        {
          messageId: 'hardcodedKey', data: { label: 'live secret key', prefix: 'sk_org_live_' }, line: 4, column: 28, endLine: 4, endColumn: 65,
          suggestions: [{ messageId: 'useEnv', data: { name: 'STRIPE_SECRET_KEY' }, output: `import Stripe from 'stripe';

// Reporting across every business of the organization: one key, the account named per request.
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: '2025-09-30.clover' });

export async function balances(accounts: string[]) {
  return Promise.all(accounts.map((account) => stripe.balance.retrieve({}, { stripeContext: account })));
}
` }],
        },
      ],
    },
    {
      code: `export const ORG_KEY = 'sk_org_9vT2mQ7xL4kR8nB3wZ6cY1pH5dJ0sF';\nexport const SANDBOX_ORG_KEY = 'sk_org_test_51PqR7tKw2LmN8vXc4ZbYs9Hd';\n`,
      filename: 'src/config.ts',
      errors: [
        {
          messageId: 'hardcodedKey', data: { label: 'secret key', prefix: 'sk_org_' }, line: 1, column: 25, endLine: 1, endColumn: 62,
          suggestions: [{ messageId: 'useEnv', data: { name: 'STRIPE_SECRET_KEY' }, output: `export const ORG_KEY = process.env.STRIPE_SECRET_KEY;\nexport const SANDBOX_ORG_KEY = 'sk_org_test_51PqR7tKw2LmN8vXc4ZbYs9Hd';\n` }],
        },
      ],
    },
    // The keys of the Bloque case (valid) given to the app's own payments module and named for it
    {
      code: `import { Payments } from './payments';

export const payments = new Payments({
  mode: 'production',
  secretKey: 'sk_live_Q7xM2pLr9TzW4vKd8NbY3hJc6FsA1eGu',
});
// PAYMENTS_SECRET_KEY=sk_test_Q7xM2pLr9TzW4vKd8NbY3hJc6FsA1eGv
`,
      filename: 'src/lib/checkout.ts',
      options: [{ allowTestKeys: false }],
      errors: [
        {
          messageId: 'hardcodedKey', data: { label: 'live secret key', prefix: 'sk_live_' }, line: 5, column: 15, endLine: 5, endColumn: 55,
          suggestions: [
            { messageId: 'useEnv', data: { name: 'STRIPE_SECRET_KEY'}, output: `import { Payments } from './payments';

export const payments = new Payments({
  mode: 'production',
  secretKey: process.env.STRIPE_SECRET_KEY,
});
// PAYMENTS_SECRET_KEY=sk_test_Q7xM2pLr9TzW4vKd8NbY3hJc6FsA1eGv
` },
          ],
        },
        {
          messageId: 'hardcodedKey', data: { label: 'test secret key', prefix: 'sk_test_' }, line: 7, column: 24, endLine: 7, endColumn: 64,
          suggestions: [],
        },
      ],
    },
    // Keys in JSX text, each at its place in the text (real-world batch 85); text with a character reference before
    // the key is reported on the whole text, whose source does not read as its value.
    {
      code: `
export function SetupHelp() {
  return (
    <section>
      <p>
        Paste the key into the dashboard form.
        Until then the staging server uses sk_live_51Hq8ZtLkR2vN7mWxT6gHs2Lp4KfQ9rXyZ3aBcD for every request.
      </p>
      <p>Keys &amp; secrets: rk_live_51Hq8ZtLkR2vN7mWxQ3aZe5Ku</p>
    </section>
  );
}
`,
      filename: 'src/components/SetupHelp.jsx',
      languageOptions: jsx,
      errors: [
        { messageId: 'hardcodedKey', data: { label: 'live secret key', prefix: 'sk_live_' }, line: 7, column: 44, endLine: 7, endColumn: 91 },
        { messageId: 'hardcodedKey', data: { label: 'live restricted key', prefix: 'rk_live_' }, line: 9, column: 10, endLine: 9, endColumn: 63 },
      ],
    },
    // A comment that does not call the value fake says nothing of it: the Stripe CLI sample's secret is reported.
    {
      code: `
        // Replace this endpoint secret with your endpoint's unique secret
        const endpointSecret = "whsec_8f2Kq9LmZ3xV7bN1cR5tY0wA4dG6hJ2p"; // replace with your own key
        app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
          const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
          res.json({ received: event.id });
        });
      `,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: { label: 'webhook signing secret', prefix: 'whsec_' },
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'STRIPE_WEBHOOK_SECRET' },
              output: `
        // Replace this endpoint secret with your endpoint's unique secret
        const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET; // replace with your own key
        app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
          const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
          res.json({ received: event.id });
        });
      `,
            },
          ],
        },
      ],
    },
    {
      // Beside Clerk's key, the Stripe keys of the same config are still reported (namedForClerk reads each value's
      // own names, not its neighbours')
      code: `
export const keys = {
  clerk: { secretKey: 'sk_live_Zq4CGyN0m9a3BvL8kTp2XwR7sD1fH6jE5uYcVb0nQe' },
  stripe: { secretKey: 'sk_live_51Hq8ZtLkR2vN7mWxP4bYc9Dq' },
};
// STRIPE_SECRET_KEY=sk_live_51Hq8ZtLkR2vN7mWxP4bYc9Dr (not CLERK's)
`,
      filename: 'config/keys.ts',
      errors: [
        {
          messageId: 'hardcodedKey',
          data: { label: 'live secret key', prefix: 'sk_live_' },
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'STRIPE_SECRET_KEY' },
              output: `
export const keys = {
  clerk: { secretKey: 'sk_live_Zq4CGyN0m9a3BvL8kTp2XwR7sD1fH6jE5uYcVb0nQe' },
  stripe: { secretKey: process.env.STRIPE_SECRET_KEY },
};
// STRIPE_SECRET_KEY=sk_live_51Hq8ZtLkR2vN7mWxP4bYc9Dr (not CLERK's)
`,
            },
          ],
        },
        { messageId: 'hardcodedKey', data: { label: 'live secret key', prefix: 'sk_live_' }, line: 6, column: 22, endLine: 6, endColumn: 55 },
      ],
    },
    {
      // A Next.js client component says 'use client': it ships in the bundle with the test secret key it writes,
      // reported with the default allowTestKeys and without the process.env suggestion (real-world batch 88)
      code: `'use client';

import { useState } from 'react';

const STRIPE_SECRET = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';

export default function Payments() {
  const [intents, setIntents] = useState([]);
  async function refresh() {
    const res = await fetch('https://api.stripe.com/v1/payment_intents', { headers: { Authorization: \`Bearer \${STRIPE_SECRET}\` } });
    setIntents((await res.json()).data);
  }
  return <button onClick={refresh}>{intents.length} payments</button>;
}
`,
      filename: 'app/admin/payments/page.tsx',
      errors: [{ messageId: 'hardcodedKey', data: { label: 'test secret key', prefix: 'sk_test_' }, line: 5, column: 24, endLine: 5, endColumn: 56 }],
    },
    {
      // An Angular app's environment file, bundled into the browser app (real-world batch 251: an Ionic shop): its test
      // secret key ships to every visitor, so it is reported with the default allowTestKeys
      code: `export const environment = {
  production: false,
  stripe: {
    publishableKey: 'pk_test_51Qx8mKr2Lw9PZ4TvN7aBcDeFgHiJkLmNoPqRsTuVwXyZ',
    secretKey: 'sk_test_51Qx8mKr2Lw9PZ4TvH3qPz8WmLk2NbVc7XtRe5YuJ',
  },
};
`,
      filename: inProject('ionic-angular-shop', 'src/environments/environment.ts'),
      errors: [{ messageId: 'hardcodedKey', data: { label: 'test secret key', prefix: 'sk_test_' }, line: 5, column: 17, endLine: 5, endColumn: 66 }],
    },
    {
      // A component of a client-only app (react-scripts): the test secret key ships in the bundle, so it is reported
      // with the default allowTestKeys
      code: CRA_ORDERS_PAGE,
      filename: inProject('cra-shop', 'src/pages/Orders.jsx'),
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      errors: [{ messageId: 'hardcodedKey', data: { label: 'test secret key', prefix: 'sk_test_' }, line: 8, column: 85, endLine: 8, endColumn: 117 }],
    },
    {
      // The same in a Create React App project: react-scripts inlines REACT_APP_ variables into the bundle
      code: REACT_APP_SECRET_SERVER,
      filename: inProject('cra-shop', 'src/server.js'),
      errors: [
        {
          messageId: 'secretInPublicEnv',
          data: {
            name: 'REACT_APP_STRIPE_SECRET',
            framework: 'Create React App',
            what: 'secret key',
            callee: 'the stripe-node client',
            risk: 'call the Stripe API as your account',
          },
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 69,
        },
      ],
    },
    {
      // The same script inline in an HTML page (the html processor's block): it runs in every visitor's browser, so a
      // test key is reported too (real-world batch BF's debug page)
      code: `const STRIPE_KEY = 'sk_test_51Nq2fKJd8sE3vQxcbn8os2qX27jrchTgJ9CiaLljSotBB1WglB2SedB';
fetch('https://api.stripe.com/v1/products', { headers: { Authorization: \`Bearer \${STRIPE_KEY}\` } })
  .then((response) => response.json())
  .then(({ data }) => {
    document.getElementById('products').innerHTML = data.map((p) => \`<li>\${p.name}</li>\`).join('');
  });
`,
      filename: 'public/debug/data-manager.html/1_script.js',
      errors: [{ messageId: 'hardcodedKey', data: { label: 'test secret key', prefix: 'sk_test_' }, line: 1, column: 21, endLine: 1, endColumn: 85 }],
    },
    {
      // Next.js: the secret key in a NEXT_PUBLIC_ variable, which Next.js inlines into browser bundles wherever it is read
      code: `import Stripe from 'stripe';
import { NextResponse } from 'next/server';

const stripe = new Stripe(process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });

export async function POST(request: Request) {
  const { priceId } = await request.json();
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    line_items: [{ price: priceId, quantity: 1 }],
    success_url: \`\${process.env.NEXT_PUBLIC_URL}/success\`,
  });
  return NextResponse.json({ url: session.url });
}
`,
      filename: 'app/api/checkout/route.ts',
      errors: [
        {
          messageId: 'secretInPublicEnv',
          data: {
            name: 'NEXT_PUBLIC_STRIPE_SECRET_KEY',
            framework: 'Next.js',
            what: 'secret key',
            callee: 'the stripe-node client',
            risk: 'call the Stripe API as your account',
          },
          line: 4,
          column: 27,
          endLine: 4,
          endColumn: 69,
        },
      ],
    },
    {
      // SvelteKit: the webhook signing secret imported from $env/static/public (real-world batch AB); the secret key
      // from $env/static/private is where it belongs
      code: `import Stripe from 'stripe';
import { STRIPE_SECRET_KEY } from '$env/static/private';
import { PUBLIC_WEBHOOK_SECRET } from '$env/static/public';
import { env } from '$env/dynamic/public';

const stripe = new Stripe(STRIPE_SECRET_KEY);

export async function POST({ request }) {
  const signature = request.headers.get('stripe-signature') ?? '';
  const body = await request.text();
  const event = stripe.webhooks.constructEvent(body, signature, PUBLIC_WEBHOOK_SECRET);
  await stripe.webhooks.constructEventAsync(body, signature, env.PUBLIC_CONNECT_WEBHOOK_SECRET);
  return new Response(event.id);
}
`,
      filename: 'src/routes/api/stripe-webhook/+server.ts',
      errors: [
        {
          messageId: 'secretInPublicEnv',
          data: {
            name: 'PUBLIC_WEBHOOK_SECRET',
            framework: 'SvelteKit',
            what: 'webhook signing secret',
            callee: 'constructEvent',
            risk: 'sign forged webhook events that your endpoint accepts',
          },
          line: 11,
          column: 65,
          endLine: 11,
          endColumn: 86,
        },
        {
          messageId: 'secretInPublicEnv',
          data: {
            name: 'PUBLIC_CONNECT_WEBHOOK_SECRET',
            framework: 'SvelteKit',
            what: 'webhook signing secret',
            callee: 'constructEventAsync',
            risk: 'sign forged webhook events that your endpoint accepts',
          },
          line: 12,
          column: 62,
          endLine: 12,
          endColumn: 95,
        },
      ],
    },
    {
      // Nuxt: the secret key put in runtimeConfig.public (sent to the browser with every page) and given to
      // stripe-node in a server route (real-world batch AJ); the private runtime config is where it belongs
      code: `import Stripe from 'stripe';

export default defineEventHandler(async (event) => {
  const config = useRuntimeConfig(event);
  const stripe = new Stripe(config.public.stripeSecretKey);
  const billing = new Stripe(config.stripeSecretKey);
  const body = await readBody(event);
  return stripe.paymentIntents.create({ amount: body.amount, currency: 'eur', customer: (await billing.customers.create()).id });
});
`,
      filename: 'server/api/payment-intent.post.ts',
      errors: [
        {
          messageId: 'secretInPublicEnv',
          data: { name: 'runtimeConfig.public.stripeSecretKey', framework: 'Nuxt', what: 'secret key', callee: 'the stripe-node client', risk: 'call the Stripe API as your account' },
          line: 5,
          column: 29,
          endLine: 5,
          endColumn: 58,
        },
      ],
    },
    {
      // Next.js App Router: the client comes from the app's own module (as in most SaaS starters; real-world batch AJ)
      // and the signing secret from a published variable; the server-only variable beside it is fine
      code: `import { headers } from 'next/headers';
import { stripe } from '@/lib/payments/stripe';

export async function POST(request: Request) {
  const payload = await request.text();
  const signature = (await headers()).get('stripe-signature')!;
  const event = stripe.webhooks.constructEvent(payload, signature, process.env.NEXT_PUBLIC_STRIPE_WEBHOOK_SECRET!);
  const connect = await stripe.webhooks.constructEventAsync(payload, signature, process.env.STRIPE_CONNECT_WEBHOOK_SECRET!);
  return Response.json({ received: [event.id, connect.id] });
}
`,
      filename: 'app/api/stripe/webhook/route.ts',
      errors: [
        {
          messageId: 'secretInPublicEnv',
          data: {
            name: 'NEXT_PUBLIC_STRIPE_WEBHOOK_SECRET',
            framework: 'Next.js',
            what: 'webhook signing secret',
            callee: 'constructEvent',
            risk: 'sign forged webhook events that your endpoint accepts',
          },
          line: 7,
          column: 68,
          endLine: 7,
          endColumn: 114,
        },
      ],
    },
    {
      // Community SDKs run in the app: a secret key given to the Cordova plugin (ionic-native) or to a stripe-client
      // client is in every install; the publishable key is what they take
      code: `import { Injectable } from '@angular/core';
import { Stripe } from '@ionic-native/stripe/ngx';
import createStripe from 'stripe-client';

const client = createStripe('sk_live_51Hq8ZtLkR2vN7mWxT6gHs2Lp4KfQ9rXyZ3aBcD');

@Injectable({ providedIn: 'root' })
export class PaymentService {
  constructor(private stripe: Stripe) {
    this.stripe.setPublishableKey('sk_test_4eC39HqLyjWDarjtT1zdp7dc9Fz2Qw8Lx');
    this.stripe.setPublishableKey('pk_test_TYooMQauvdEDq54NiTphI7jx');
  }
  card() {
    return client;
  }
}
`,
      filename: 'src/app/payment.service.ts',
      errors: [
        {
          messageId: 'secretKeyInClient',
          data: { label: 'live secret key', prefix: 'sk_live_', callee: 'a card-token client (stripe-client)' },
          line: 5,
          column: 29,
          endLine: 5,
          endColumn: 78,
        },
        {
          messageId: 'secretKeyInClient',
          data: { label: 'test secret key', prefix: 'sk_test_', callee: "the Cordova Stripe plugin's setPublishableKey" },
          line: 10,
          column: 35,
          endLine: 10,
          endColumn: 78,
        },
      ],
    },
    {
      // tipsi-stripe's setOptions runs in the React Native app: a secret key there ships in every install; the
      // publishable key beside it is what it takes
      code: `import stripe from 'tipsi-stripe';

const LIVE = { publishableKey: 'pk_live_51Hq8ZtLkR2vN7mWxT6gHs2Lp4KfQ9rXyZ3aBcD' };

export function initStripe(useServerKey) {
  if (useServerKey) {
    stripe.setOptions({ publishableKey: 'sk_live_51Hq8ZtLkR2vN7mWxT6gHs2Lp4KfQ9rXyZ3aBcD', androidPayMode: 'production' });
  } else {
    stripe.setOptions(LIVE);
  }
}
`,
      filename: 'src/stripe.js',
      errors: [
        {
          messageId: 'secretKeyInClient',
          data: { label: 'live secret key', prefix: 'sk_live_', callee: "tipsi-stripe's setOptions" },
          line: 7,
          column: 41,
          endLine: 7,
          endColumn: 90,
        },
      ],
    },
    {
      // Stripe's React Native SDK (initStripe, StripeProvider) and the Capacitor plugin (Stripe.initialize) run in the
      // app: a secret key there, test or live, is in every install
      code: `import React, { useEffect } from 'react';
import { StripeProvider as Provider, initStripe } from '@stripe/stripe-react-native';
import { Stripe } from '@capacitor-community/stripe';
import Checkout from './Checkout';

const SERVER_KEY = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';

export default function App() {
  useEffect(() => {
    initStripe({ publishableKey: 'sk_live_51Hq8ZtLkR2vN7mWxT6gHs2Lp4KfQ9rXyZ3aBcD', merchantIdentifier: 'merchant.com.shop' });
    Stripe.initialize({ publishableKey: SERVER_KEY });
  }, []);
  return (
    <Provider publishableKey={SERVER_KEY} merchantIdentifier="merchant.com.shop">
      <Checkout />
    </Provider>
  );
}
`,
      filename: 'src/App.tsx',
      languageOptions: jsx,
      errors: [
        ['live secret key', 'sk_live_', 'initStripe (@stripe/stripe-react-native)', 10, 34, 83],
        ['test secret key', 'sk_test_', "the Capacitor Stripe plugin's initialize", 11, 41, 51],
        ['test secret key', 'sk_test_', 'StripeProvider (@stripe/stripe-react-native)', 14, 31, 41],
      ].map(([what, prefix, callee, line, column, endColumn]) => ({
        messageId: 'secretKeyInClient' as const,
        data: { label: what, prefix, callee },
        line: line as number,
        column: column as number,
        endLine: line as number,
        endColumn: endColumn as number,
      })),
    },
    {
      // The plugin's own global, in a Cordova app's www/js
      code: `document.addEventListener('deviceready', () => {
  cordova.plugins.stripe.setPublishableKey('rk_live_51Hq8ZtLkR2vN7mWxT6gHs2Lp4KfQ9rXyZ3aBcD');
});
`,
      filename: 'www/js/index.js',
      languageOptions: { parser: espree },
      errors: [
        {
          messageId: 'secretKeyInClient',
          data: { label: 'live restricted key', prefix: 'rk_live_', callee: "the Cordova Stripe plugin's setPublishableKey" },
          line: 2,
          column: 44,
          endLine: 2,
          endColumn: 93,
        },
      ],
    },
    // Express server, CommonJS one-liner with a live key.
    {
      code: `
        const stripe = require('stripe')('sk_live_51Hq8ZtLkR2vN7mWxP4bYc9Dq');
        app.post('/pay', async (req, res) => res.json(await stripe.paymentIntents.create({ amount: 1000, currency: 'usd' })));
      `,
      languageOptions: cjs,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: { label: 'live secret key', prefix: 'sk_live_' },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'STRIPE_SECRET_KEY' },
              output: `
        const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
        app.post('/pay', async (req, res) => res.json(await stripe.paymentIntents.create({ amount: 1000, currency: 'usd' })));
      `,
            },
          ],
        },
      ],
    },
    // Restricted key in a config object; webhook secret in a const (Stripe CLI sample shape).
    {
      code: `
        export const config = { stripeKey: 'rk_live_51Hq8ZtLkR2vN7mWxQ3aZe5Ku', currency: 'eur' };
        const endpointSecret = "whsec_8f2Kq9LmZ3xV7bN1cR5tY0wA4dG6hJ2p";
      `,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: { label: 'live restricted key', prefix: 'rk_live_' },
          line: 2,
          column: 45,
          endLine: 2,
          endColumn: 78,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'STRIPE_SECRET_KEY' },
              output: `
        export const config = { stripeKey: process.env.STRIPE_SECRET_KEY, currency: 'eur' };
        const endpointSecret = "whsec_8f2Kq9LmZ3xV7bN1cR5tY0wA4dG6hJ2p";
      `,
            },
          ],
        },
        {
          messageId: 'hardcodedKey',
          data: { label: 'webhook signing secret', prefix: 'whsec_' },
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'STRIPE_WEBHOOK_SECRET' },
              output: `
        export const config = { stripeKey: 'rk_live_51Hq8ZtLkR2vN7mWxQ3aZe5Ku', currency: 'eur' };
        const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET;
      `,
            },
          ],
        },
      ],
    },
    // A key inside a header string: located precisely, no mechanical suggestion.
    {
      code: `await fetch('https://api.stripe.com/v1/charges', { headers: { Authorization: 'Bearer sk_live_51Hq8ZtLkR2vN7mWxP4bYc9Dq' } });`,
      errors: [{ messageId: 'hardcodedKey', data: { label: 'live secret key', prefix: 'sk_live_' }, line: 1, column: 86, endLine: 1, endColumn: 119, suggestions: [] }],
    },
    // Resolved through concatenation and a template with a const.
    {
      code: `
        const key = 'sk_live_' + '51Hq8ZtLkR2vN7mWxP4bYc9Dq';
        const BODY = '51Hq8ZtLkR2vN7mWxQ3aZe5Ku';
        const restricted = \`rk_live_\${BODY}\`;
      `,
      errors: [
        { messageId: 'hardcodedKey', data: { label: 'live secret key', prefix: 'sk_live_' }, line: 2, column: 21, endLine: 2, endColumn: 61 },
        { messageId: 'hardcodedKey', data: { label: 'live restricted key', prefix: 'rk_live_' }, line: 4, column: 28, endLine: 4, endColumn: 45 },
      ],
    },
    // A key written once and reused in a composite string is reported once, where it is written.
    {
      code: `
        const KEY = 'sk_live_51Hq8ZtLkR2vN7mWxP4bYc9Dq';
        const auth = 'Bearer ' + KEY;
      `,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: { label: 'live secret key', prefix: 'sk_live_' },
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'STRIPE_SECRET_KEY' },
              output: `
        const KEY = process.env.STRIPE_SECRET_KEY;
        const auth = 'Bearer ' + KEY;
      `,
            },
          ],
        },
      ],
    },
    // Strict preset options: test keys are reported too (code and comments).
    {
      code: `
        import Stripe from 'stripe';
        // old key: sk_test_4eC39HqLyjWDarjtT1zdp7dc
        export const stripe = new Stripe('sk_test_4eC39HqLyjWDarjtT1zdp7dc');
      `,
      options: strict,
      errors: [
        { messageId: 'hardcodedKey', data: { label: 'test secret key', prefix: 'sk_test_' }, line: 3, column: 21, endLine: 3, endColumn: 53 },
        {
          messageId: 'hardcodedKey',
          data: { label: 'test secret key', prefix: 'sk_test_' },
          line: 4,
          column: 43,
          endLine: 4,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'STRIPE_SECRET_KEY' },
              output: `
        import Stripe from 'stripe';
        // old key: sk_test_4eC39HqLyjWDarjtT1zdp7dc
        export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
      `,
            },
          ],
        },
      ],
    },
    // Live keys in comments are reported with the default options.
    {
      code: `/* prod: sk_live_51Hq8ZtLkR2vN7mWxP4bYc9Dq */ export {};`,
      errors: [{ messageId: 'hardcodedKey', data: { label: 'live secret key', prefix: 'sk_live_' }, line: 1, column: 10, endLine: 1, endColumn: 43 }],
    },
    // JSX attribute (suggestion wraps the read in braces) and JSX text.
    {
      code: `
        export const Debug = () => (
          <StripeDebug apiKey="sk_live_51Hq8ZtLkR2vN7mWxP4bYc9Dq">
            <code>rk_live_51Hq8ZtLkR2vN7mWxQ3aZe5Ku</code>
          </StripeDebug>
        );
      `,
      languageOptions: jsx,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: { label: 'live secret key', prefix: 'sk_live_' },
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 65,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'STRIPE_SECRET_KEY' },
              output: `
        export const Debug = () => (
          <StripeDebug apiKey={process.env.STRIPE_SECRET_KEY}>
            <code>rk_live_51Hq8ZtLkR2vN7mWxQ3aZe5Ku</code>
          </StripeDebug>
        );
      `,
            },
          ],
        },
        { messageId: 'hardcodedKey', data: { label: 'live restricted key', prefix: 'rk_live_' }, line: 4, column: 19, endLine: 4, endColumn: 52 },
      ],
    },
    // Secret test key passed to loadStripe: reported as a browser leak even though test keys are allowed.
    {
      code: `
        import { loadStripe } from '@stripe/stripe-js';
        export const stripePromise = loadStripe('sk_test_4eC39HqLyjWDarjtT1zdp7dc');
      `,
      errors: [
        {
          messageId: 'secretKeyInClient',
          data: { label: 'test secret key', prefix: 'sk_test_', callee: 'loadStripe' },
          line: 3,
          column: 49,
          endLine: 3,
          endColumn: 83,
        },
      ],
    },
    // A live key literal handed straight to loadStripe is reported once (the browser leak).
    {
      code: `
        import { loadStripe as load } from '@stripe/stripe-js/pure';
        const stripe = await load('sk_live_51Hq8ZtLkR2vN7mWxP4bYc9Dq');
      `,
      errors: [
        {
          messageId: 'secretKeyInClient',
          data: { label: 'live secret key', prefix: 'sk_live_', callee: 'loadStripe' },
          line: 3,
          column: 35,
          endLine: 3,
          endColumn: 70,
        },
      ],
    },
    // Through a const: the literal (hardcoded) and the call (browser leak) are both reported.
    {
      code: `
        import { loadStripe } from '@stripe/stripe-js';
        const STRIPE_KEY = 'rk_live_51Hq8ZtLkR2vN7mWxQ3aZe5Ku';
        export const getStripe = () => loadStripe(STRIPE_KEY);
      `,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: { label: 'live restricted key', prefix: 'rk_live_' },
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'STRIPE_SECRET_KEY' },
              output: `
        import { loadStripe } from '@stripe/stripe-js';
        const STRIPE_KEY = process.env.STRIPE_SECRET_KEY;
        export const getStripe = () => loadStripe(STRIPE_KEY);
      `,
            },
          ],
        },
        {
          messageId: 'secretKeyInClient',
          data: { label: 'live restricted key', prefix: 'rk_live_', callee: 'loadStripe' },
          line: 4,
          column: 51,
          endLine: 4,
          endColumn: 61,
        },
      ],
    },
    // Global Stripe.js v3 with a template whose prefix is a secret key; Stripe.js v2 setPublishableKey (espree).
    {
      code: `
        var stripe = Stripe(\`sk_live_\${window.KEY_SUFFIX}\`);
        Stripe.setPublishableKey('rk_test_' + suffix);
      `,
      languageOptions: { parser: espree, parserOptions: { sourceType: 'script', ecmaVersion: 'latest' } } as const,
      errors: [
        {
          messageId: 'secretKeyInClient',
          data: { label: 'live secret key', prefix: 'sk_live_', callee: 'Stripe()' },
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 59,
        },
        {
          messageId: 'secretKeyInClient',
          data: { label: 'test restricted key', prefix: 'rk_test_', callee: 'Stripe.setPublishableKey' },
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 53,
        },
      ],
    },
    // A const holding a template with a secret-key prefix, handed to loadStripe.
    {
      code: `
        import { loadStripe } from '@stripe/stripe-js';
        const key = \`sk_live_\${process.env.NEXT_PUBLIC_SUFFIX}\`;
        export const stripePromise = loadStripe(key);
      `,
      errors: [
        {
          messageId: 'secretKeyInClient',
          data: { label: 'live secret key', prefix: 'sk_live_', callee: 'loadStripe' },
          line: 4,
          column: 49,
          endLine: 4,
          endColumn: 52,
        },
      ],
    },
    // Stripe.js loaded lazily (`await import()`, destructured) is the same loadStripe.
    {
      code: `
        export async function mountCheckout(el: HTMLElement) {
          const { loadStripe } = await import('@stripe/stripe-js');
          const stripe = await loadStripe(\`sk_live_\${import.meta.env.VITE_STRIPE_SUFFIX}\`);
          stripe?.elements().create('payment').mount(el);
        }
      `,
      errors: [
        {
          messageId: 'secretKeyInClient',
          data: { label: 'live secret key', prefix: 'sk_live_', callee: 'loadStripe' },
          line: 4,
          column: 43,
          endLine: 4,
          endColumn: 90,
        },
      ],
    },
    // The same helper's client also used for a call that needs the secret key, and a client handed out: reported.
    {
      code: SIGN_UP_HELPER,
      filename: 'helpers/userHelper.js',
      errors: [
        {
          messageId: 'publishableKeyOnServer',
          data: { prefix: 'pk_test_' },
          line: 2,
          column: 34,
          endLine: 2,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'STRIPE_SECRET_KEY' },
              output: SIGN_UP_HELPER.replace("const stripe = require('stripe')('pk_test_ebVZiJokoWIbXD1TNNZ8lj2A');", "const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);"),
            },
          ],
        },
        {
          messageId: 'publishableKeyOnServer',
          data: { prefix: 'pk_test_' },
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'STRIPE_SECRET_KEY' },
              output: SIGN_UP_HELPER.replace("const shared = require('stripe')('pk_test_ebVZiJokoWIbXD1TNNZ8lj2A');", "const shared = require('stripe')(process.env.STRIPE_SECRET_KEY);"),
            },
          ],
        },
      ],
    },
    // Publishable key given to the server client.
    {
      code: `
        import Stripe from 'stripe';
        export const stripe = new Stripe('pk_live_51Hq8ZtLkR2vN7mWxT6gHs2Lp', { apiVersion: '2024-06-20' });
      `,
      errors: [
        {
          messageId: 'publishableKeyOnServer',
          data: { prefix: 'pk_live_' },
          line: 3,
          column: 42,
          endLine: 3,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'STRIPE_SECRET_KEY' },
              output: `
        import Stripe from 'stripe';
        export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: '2024-06-20' });
      `,
            },
          ],
        },
      ],
    },
    // NestJS class field (suggestion), `as const` and enum members (no safe suggestion).
    {
      code: `
        @Injectable()
        export class StripeConfig {
          private readonly secretKey = 'sk_live_51Hq8ZtLkR2vN7mWxP4bYc9Dq';
        }
        export const KEYS = { live: 'sk_live_51Hq8ZtLkR2vN7mWxR7kLm3Qz' as const };
        enum Secrets { Webhook = 'whsec_8f2Kq9LmZ3xV7bN1cR5tY0wA4dG6hJ2p' }
      `,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: { label: 'live secret key', prefix: 'sk_live_' },
          line: 4,
          column: 41,
          endLine: 4,
          endColumn: 74,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'STRIPE_SECRET_KEY' },
              output: `
        @Injectable()
        export class StripeConfig {
          private readonly secretKey = process.env.STRIPE_SECRET_KEY;
        }
        export const KEYS = { live: 'sk_live_51Hq8ZtLkR2vN7mWxR7kLm3Qz' as const };
        enum Secrets { Webhook = 'whsec_8f2Kq9LmZ3xV7bN1cR5tY0wA4dG6hJ2p' }
      `,
            },
          ],
        },
        { messageId: 'hardcodedKey', data: { label: 'live secret key', prefix: 'sk_live_' }, line: 6, column: 38, endLine: 6, endColumn: 71, suggestions: [] },
        { messageId: 'hardcodedKey', data: { label: 'webhook signing secret', prefix: 'whsec_' }, line: 7, column: 35, endLine: 7, endColumn: 73, suggestions: [] },
      ],
    },
    // An escaped key: reported on the whole literal.
    {
      code: `const key = 'sk_live_\\x35\\x31Hq8ZtLkR2vN7mWxP4bYc9Dq';`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: { label: 'live secret key', prefix: 'sk_live_' },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 54,
          suggestions: [{ messageId: 'useEnv', data: { name: 'STRIPE_SECRET_KEY' }, output: `const key = process.env.STRIPE_SECRET_KEY;` }],
        },
      ],
    },
    // A key whose prefix is split across the pieces of a concatenation (the text never spells sk_live_).
    {
      code: `const key = 'sk_' + 'live_51Hq8ZtLkR2vN7mWxP4bYc9Dq';`,
      errors: [{ messageId: 'hardcodedKey', data: { label: 'live secret key', prefix: 'sk_live_' }, line: 1, column: 13, endLine: 1, endColumn: 53 }],
    },
    // Assembled with join (the shape secret scanners miss), then used in a header value.
    {
      code: `
        const KEY = ['sk', 'live', '51Hq8ZtLkR2vN7mWxP4bYc9Dq'].join('_');
        export const auth = 'Bearer ' + KEY;
      `,
      errors: [{ messageId: 'hardcodedKey', data: { label: 'live secret key', prefix: 'sk_live_' }, line: 3, column: 29, endLine: 3, endColumn: 44 }],
    },
    // Escaped prefix in a template literal: reported on the whole template.
    {
      code: 'const k = `\\x73k_live_51Hq8ZtLkR2vN7mWxP4bYc9Dq`;',
      errors: [
        {
          messageId: 'hardcodedKey',
          data: { label: 'live secret key', prefix: 'sk_live_' },
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 49,
          suggestions: [{ messageId: 'useEnv', data: { name: 'STRIPE_SECRET_KEY' }, output: 'const k = process.env.STRIPE_SECRET_KEY;' }],
        },
      ],
    },
    // A character reference in JSX text.
    {
      code: 'export const Debug = () => <code>&#115;k_live_51Hq8ZtLkR2vN7mWxP4bYc9Dq</code>;',
      languageOptions: jsx,
      errors: [{ messageId: 'hardcodedKey', data: { label: 'live secret key', prefix: 'sk_live_' }, line: 1, column: 34, endLine: 1, endColumn: 72 }],
    },
    // A secret key the server client receives, built by a join, character codes or \`concat\` of constants, directly or
    // through a const (real-world batch 236): reported at the argument, as nothing else shows it whole.
    {
      code: `
        const Stripe = require('stripe');
        const KEY = ['sk', 'live', '51Hq8ZtLkR2vN7mWxP4bYc9Dq'].join('_');
        exports.joined = new Stripe(KEY);
        exports.codes = new Stripe(String.fromCharCode(115, 107) + '_live_7Tq8ZtLkR2vN7mWxP4bYc9Dq');
        exports.concat = new Stripe('sk_live_'.concat('9Xq8ZtLkR2vN7mWxP4bYc9Dq'));
        exports.fromEnvironment = new Stripe('sk_live_' + process.env.STRIPE_KEY_BODY);
      `,
      errors: [
        { messageId: 'hardcodedKey', data: { label: 'live secret key', prefix: 'sk_live_' }, line: 4, column: 37, endLine: 4, endColumn: 40 },
        { messageId: 'hardcodedKey', data: { label: 'live secret key', prefix: 'sk_live_' }, line: 5, column: 36, endLine: 5, endColumn: 100 },
        { messageId: 'hardcodedKey', data: { label: 'live secret key', prefix: 'sk_live_' }, line: 6, column: 37, endLine: 6, endColumn: 82 },
      ],
    },
    // A key split over lines whose first piece is already a key's length: reported once, at that piece.
    {
      code: `
        const Stripe = require('stripe');
        module.exports = new Stripe('sk_live_51rXfuWFYtJwlTkKlsQyXu7uqWcINN2J' +
          'g7GZ8DDGszVFNsFas4RX7VdP5yAKIrf9K7jVaeZzXth4rurIHD1mLqot9QSsyC1Ivfa');
      `,
      errors: [{ messageId: 'hardcodedKey', data: { label: 'live secret key', prefix: 'sk_live_' }, line: 3, column: 38, endLine: 3, endColumn: 78 }],
    },
    // A secret key computed by static evaluation and handed to loadStripe.
    {
      code: `
        import { loadStripe } from '@stripe/stripe-js';
        export const stripePromise = loadStripe(String.fromCharCode(115, 107) + '_live_51Hq8ZtLkR2vN7mWxP4bYc9Dq');
      `,
      errors: [
        {
          messageId: 'secretKeyInClient',
          data: { label: 'live secret key', prefix: 'sk_live_', callee: 'loadStripe' },
          line: 3,
          column: 49,
          endLine: 3,
          endColumn: 114,
        },
      ],
    },
  ],
});
