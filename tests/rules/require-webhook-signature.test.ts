import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import rule from '../../src/rules/require-webhook-signature.js';

/** A file of the NestJS fixture project whose app.module.ts binds a verifying middleware to one controller (real-world batch EU). */
const nestFile = (file: string): string => fileURLToPath(new URL(`../fixtures/projects/nest-webhooks/src/${file}`, import.meta.url));
const NEST_WEBHOOKS_CONTROLLER = nestFile('stripe-webhooks/stripe-webhooks.controller.ts');
const NEST_BILLING_CONTROLLER = nestFile('billing/billing.controller.ts');
/** A file of the Express fixture project, whose routers (`src/routes/`) route controllers exported by name (real-world batch 288). */
const expressFile = (file: string): string => fileURLToPath(new URL(`../fixtures/projects/express-controllers/${file}`, import.meta.url));
const fromExpressProject = (file: string) => ({ code: readFileSync(expressFile(file), 'utf8'), filename: expressFile(file) });

/** A Cloudflare Pages Function that checks the signature with Web Crypto, its algorithm a const shared with importKey. */
const PAGES_FUNCTION_WEBHOOK = `const HMAC = { name: 'HMAC', hash: 'SHA-256' } as const;

async function isValid(payload: string, header: string, secret: string): Promise<boolean> {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=')));
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', enc.encode(secret), HMAC, false, ['sign']);
  const mac = await crypto.subtle.sign(HMAC, key, enc.encode(\`\${parts.t}.\${payload}\`));
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('') === parts.v1;
}

export async function onRequestPost({ request, env }: { request: Request; env: { STRIPE_WEBHOOK_SECRET: string } }) {
  const body = await request.text();
  if (!(await isValid(body, request.headers.get('stripe-signature') ?? '', env.STRIPE_WEBHOOK_SECRET))) {
    return new Response('Invalid signature', { status: 400 });
  }
  const event = JSON.parse(body);
  if (event.type === 'payment_intent.succeeded') await fulfil(event.data.object.id);
  return new Response('ok');
}
`;

const ruleTester = new RuleTester();

/** `text` with `from` replaced by `to`; throws when `from` is not in it (so a derived case cannot silently equal its source). */
function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`not in the text: ${from}`);
  return text.replace(from, to);
}

/** A Hono route whose promise \`.catch\` on the signature check falls back to the unverified body. */
/** A Next.js route that adds credits, its event from the app's own verifier, or from the body where that throws (regression probe 342). */
const CREDITS_WEBHOOK = `import { constructWebhookEvent } from '@/lib/stripe';
import { addCredits } from '@/lib/credits';

export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get('stripe-signature') as string;
  let event;
  try {
    event = constructWebhookEvent(body, signature);
  } catch (err) {
    console.warn('Falling back to the unverified body', err);
    event = JSON.parse(body);
  }
  if (event.type === 'checkout.session.completed') await addCredits(event.data.object.metadata.userId, 100);
  return Response.json({ received: true });
}
`;

const HONO_FALLBACK_CATCH = `app.post('/webhook', async (c) => {
  const body = await c.req.text();
  const event = await stripe.webhooks
    .constructEventAsync(body, c.req.header('stripe-signature'), secret)
    .catch((err) => {
      console.error(err);
      return JSON.parse(body);
    });
  if (event.type === 'payment_intent.payment_failed') await notify(event.data.object);
  return c.json({ received: true });
});`;

/** Stripe's old webhook sample with the signing secret left empty (real-world batch BL's Next.js pages API handler). */
const EMPTY_SECRET_SAMPLE = `import Stripe from 'stripe';
import { addClient, markInvoicePaid } from '../../lib/db';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

export default async function handler(req, res) {
  let data;
  let eventType;
  // Check if webhook signing is configured.
  const webhookSecret = '';
  if (webhookSecret) {
    let event;
    try {
      event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], webhookSecret);
    } catch (err) {
      return res.status(400).send('Webhook signature verification failed');
    }
    data = event.data;
    eventType = event.type;
  } else {
    // Without a secret, read the event from the request body.
    data = req.body.data;
    eventType = req.body.type;
  }
  switch (eventType) {
    case 'checkout.session.completed':
      await addClient(data.object.customer, data.object.customer_details.email);
      break;
    case 'invoice.paid':
      await markInvoicePaid(data.object.customer);
      break;
  }
  res.json({ received: true });
}
`;

/** hapi routes acting on a Stripe event from `request.payload`: one behind `auth: 'jwt'`, one behind `secondAuth` (the hapi cases below). */
const hapiStripeRoutes = (secondAuth: string): string => `const Hapi = require('@hapi/hapi');
const Stripe = require('stripe');

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

module.exports = (server) => {
  server.route({
    method: 'POST',
    path: '/admin/stripe/replay',
    options: { auth: 'jwt' },
    handler: async (request, h) => {
      const event = request.payload;
      if (event.type === 'checkout.session.completed') {
        await fulfillOrder(event.data.object.id);
      }
      return h.response({ received: true });
    },
  });
  server.route({
    method: 'POST',
    path: '/webhooks/stripe',
    options: { auth: ${secondAuth} },
    handler: async (request, h) => {
      const event = request.payload;
      if (event.type === 'checkout.session.completed') {
        await fulfillOrder(event.data.object.id);
      }
      return h.response({ received: true });
    },
  });
};
`;

/** A Stripe signature verifier written by hand with Web Crypto (real-world batch 335), as a file of the handler holds it. */
const WEB_CRYPTO_VERIFIER = `async function verifyStripeSignature(payload, header, secret) {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=')));
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(\`\${parts.t}.\${payload}\`));
  const expected = [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('');
  if (expected !== parts.v1) throw new Error('Signature mismatch');
  return JSON.parse(payload);
}
`;

ruleTester.run('require-webhook-signature', rule, {
  valid: [
    // A same-file helper handed the request that checks the signature: it verifies before returning the parsed body,
    // it returns what constructEventAsync gives, or what constructEvent gives inside a try (real-world batch 252's
    // remix-saas and stripe-stack shape).
    { code: `import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

async function getStripeEvent(request: Request) {
  const body = await request.text();
  const signature = request.headers.get('stripe-signature')!;
  stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  return JSON.parse(body) as Stripe.Event;
}

export async function action({ request }: { request: Request }) {
  const event = await getStripeEvent(request);
  if (event.type === 'checkout.session.completed') await fulfil(event.data.object);
  return new Response('ok');
}
`, filename: 'app/routes/api.webhook.ts' },
    { code: `import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

async function getStripeEvent(request: Request) {
  const signature = request.headers.get('stripe-signature');
  if (!signature) throw new Response('missing signature', { status: 400 });
  const payload = await request.text();
  return stripe.webhooks.constructEventAsync(payload, signature, process.env.STRIPE_WEBHOOK_SECRET!);
}

export async function action({ request }: { request: Request }) {
  const event = await getStripeEvent(request);
  switch (event.type) {
    case 'checkout.session.completed':
      await fulfil(event.data.object);
      break;
  }
  return new Response('ok');
}
`, filename: 'app/routes/api.webhook-b.ts' },
    { code: `import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

async function getStripeEvent(request: Request) {
  try {
    const payload = await request.text();
    return stripe.webhooks.constructEvent(payload, request.headers.get('stripe-signature')!, process.env.WHSEC!);
  } catch {
    return null;
  }
}

export async function action({ request }: { request: Request }) {
  const event = await getStripeEvent(request);
  if (!event) return new Response('bad signature', { status: 400 });
  if (event.type === 'invoice.paid') await markPaid(event.data.object);
  return new Response('ok');
}
`, filename: 'app/routes/api.webhook-c.ts' },
    // The header read under both spellings and verified when sent; a request without it is rejected.
    {
      code: `const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
exports.handler = async (event) => {
  let stripeEvent;
  const sig = event.headers['stripe-signature'] || event.headers['Stripe-Signature'];
  if (sig) {
    stripeEvent = stripe.webhooks.constructEvent(event.body, sig, process.env.STRIPE_WEBHOOK_SECRET);
  } else {
    return { statusCode: 400, body: 'Missing Stripe-Signature' };
  }
  if (stripeEvent.type === 'checkout.session.completed') await fulfil(stripeEvent.data.object);
  return { statusCode: 200 };
};`,
      filename: 'functions/stripe-webhook.js',
      languageOptions: { parser: espree },
    },
    // Azure Functions triggers that verify: the classic model's raw body, the v4 model's text.
    {
      code: `const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
module.exports = async function (context, req) {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.rawBody, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    context.res = { status: 400, body: err.message };
    return;
  }
  if (event.type === 'checkout.session.completed') context.log('paid', event.data.object.id);
  context.res = { status: 200 };
};`,
      filename: 'StripeWebhook/index.js',
      languageOptions: { parser: espree },
    },
    {
      code: `import { app, HttpRequest, InvocationContext } from '@azure/functions';
import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
export async function stripeWebhook(request: HttpRequest, context: InvocationContext) {
  const body = await request.text();
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, request.headers.get('stripe-signature')!, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return { status: 400 };
  }
  if (event.type === 'checkout.session.completed') context.log('paid', event.data.object.id);
  return { status: 200 };
}
app.http('stripeWebhook', { methods: ['POST'], handler: stripeWebhook });`,
      filename: 'src/functions/stripeWebhook.ts',
    },
    // A Netlify function's destructured event, verified (real-world batch 232).
    {
      code: `const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
const { fulfilOrder } = require('./lib/orders');

exports.handler = async ({ body, headers }) => {
  let stripeEvent;
  try {
    stripeEvent = stripe.webhooks.constructEvent(body, headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    return { statusCode: 400, body: \`Webhook Error: \${err.message}\` };
  }
  if (stripeEvent.type === 'checkout.session.completed') await fulfilOrder(stripeEvent.data.object);
  return { statusCode: 200 };
};`,
      filename: 'netlify/functions/stripe-webhook.js',
      languageOptions: { parser: espree },
    },
    // ...and both hapi routes behind required credentials
    { code: hapiStripeRoutes("{ strategy: 'admin', mode: 'required' }"), filename: 'server/routes/stripe.js' },
    // limitation: Astro 1 and 2's lower-case methods are routes only when typed as Astro's (`APIRoute`, `APIContext`):
    // untyped, `post` is an HTTP client's name as often as an endpoint's.
    {
      code: `export async function post({ request }) {
  const event = await request.json();
  if (event.type === 'checkout.session.completed') await fulfil(event.data.object.id);
  return new Response('ok');
}
async function fulfil(id) {}`,
      filename: 'src/pages/api/stripe-webhook.js',
    },
    {
      // Hono with the context taken apart in the parameter list (\`({ req, text })\`): verified, the catch answers 400
      code: `import Stripe from 'stripe'
import { Hono } from 'hono'
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!)
const app = new Hono()
app.post('/webhook', async ({ req, text }) => {
  const signature = req.header('stripe-signature')!
  let event: Stripe.Event
  try {
    event = await stripe.webhooks.constructEventAsync(await req.text(), signature, process.env.STRIPE_WEBHOOK_SECRET!)
  } catch {
    return text('bad signature', 400)
  }
  if (event.type === 'payment_intent.succeeded') await markPaid(event.data.object.id)
  return text('ok')
})
async function markPaid(id: string) {}
`,
      filename: 'src/routes/webhook.ts',
    },
    {
      // An Astro endpoint whose catch only logs, and the next statement stops when the event was never set (real-world
      // batch L); the same with \`!event || …\` and a block that ends with a return.
      code: `import type { APIRoute } from 'astro';
import Stripe from 'stripe';

const stripe = new Stripe(import.meta.env.STRIPE_SECRET_KEY);

export const POST: APIRoute = async ({ request }) => {
  const body = await request.text();
  let event: Stripe.Event | undefined;
  try {
    event = stripe.webhooks.constructEvent(body, request.headers.get('stripe-signature')!, import.meta.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    console.log('webhook signature failed', err);
  }
  if (event === undefined) {
    return new Response('bad signature', { status: 400 });
  }
  if (event.type === 'checkout.session.completed') await fulfil(event.data.object);
  return new Response('ok');
};

export async function legacy(req: Request) {
  let event;
  try {
    event = await stripe.webhooks.constructEventAsync(await req.text(), req.headers.get('stripe-signature')!, secret);
  } catch {
    report('bad signature');
  }
  if (!event || !req.headers.get('stripe-signature')) {
    console.warn('rejected');
    return new Response(null, { status: 400 });
  }
  if (event.type === 'invoice.paid') await markPaid(event.data.object);
  return new Response('ok');
}

export async function branched(req: Request) {
  let event;
  try {
    event = await stripe.webhooks.constructEventAsync(await req.text(), req.headers.get('stripe-signature')!, secret);
  } catch (err) {
    console.log('Error Type: ' + err.type);
  }
  if (event === undefined) {
    console.log('Event is undefined');
  } else {
    switch (event.type) {
      case 'checkout.session.completed':
        await fulfil(event.data.object);
        break;
    }
  }
  return new Response(JSON.stringify({ received: true }));
}`,
      filename: 'src/pages/webhook.ts',
    },
    {
      // SvelteKit 2: \`error(400, …)\` from @sveltejs/kit throws by itself and ends the handler.
      code: `import Stripe from 'stripe';
import { error, json } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';

const stripe = new Stripe(env.STRIPE_SECRET_KEY);

export async function POST({ request }) {
  const body = await request.text();
  let event;
  try {
    event = stripe.webhooks.constructEvent(body, request.headers.get('stripe-signature'), env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    error(400, 'Invalid signature');
  }
  if (event.type === 'checkout.session.completed') await fulfil(event.data.object);
  return json({ received: true });
}`,
      filename: 'src/routes/api/webhooks/+server.js',
    },
    // Stripe's manual check (docs.stripe.com/webhooks/signature, "Verify signatures manually"): an HMAC-SHA256 of
    // `${t}.${payload}` compared with the header's v1 signature, with Web Crypto in a Deno / Supabase edge function…
    {
      code: `import type Stripe from 'npm:stripe@17';

Deno.serve(async (req: Request) => {
  const rawBody = await req.text();
  const header = req.headers.get('stripe-signature');

  async function verifyStripeSignature(payload: string, sigHeader: string | null, secret: string): Promise<boolean> {
    if (!sigHeader) return false;
    const parts = Object.fromEntries(sigHeader.split(',').map((part) => part.trim().split('=')));
    const enc = new TextEncoder();
    const key = await crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const mac = await crypto.subtle.sign('HMAC', key, enc.encode(\`\${parts.t}.\${payload}\`));
    const expected = Array.from(new Uint8Array(mac), (b) => b.toString(16).padStart(2, '0')).join('');
    return expected === parts.v1;
  }

  if (!(await verifyStripeSignature(rawBody, header, Deno.env.get('STRIPE_WEBHOOK_SECRET')!))) {
    return new Response('Webhook signature verification failed', { status: 400 });
  }
  const event = JSON.parse(rawBody) as Stripe.Event;
  if (event.type === 'checkout.session.completed') await fulfil(event.data.object);
  return new Response(JSON.stringify({ received: true }), { status: 200 });
});`,
      filename: 'supabase/functions/webhooks/index.ts',
    },
    // … with the algorithm a const shared with importKey, in a Cloudflare Pages Function (real-world batch EV)…
    {
      code: PAGES_FUNCTION_WEBHOOK,
      filename: 'functions/api/stripe-webhook.ts',
    },
    // A NestJS controller whose route a middleware that checks the signature runs before, bound in app.module.ts
    // (\`consumer.apply(StripeWebhookMiddleware).forRoutes(StripeWebhooksController)\`; real-world batch EU)
    { code: readFileSync(NEST_WEBHOOKS_CONTROLLER, 'utf8'), filename: NEST_WEBHOOKS_CONTROLLER },
    // A verified event copied or rebuilt from its parts is still the verified event, not the body
    {
      code: `const express = require('express');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

const app = express();
app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  const verified = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
  const event = { ...verified, receivedAt: Date.now() };
  const summary = { type: verified.type, data: verified.data };
  if (event.type === 'checkout.session.completed') await markPaid(event.data.object.client_reference_id);
  if (summary.type === 'invoice.paid') await activate(summary.data.object.subscription);
  res.sendStatus(200);
});
`,
      languageOptions: { parser: espree },
    },
    // Controllers exported by name whose routers (src/routes/) put a verifying middleware before them: on the route
    // (`express.raw(…), verifyStripeSignature, billing.invoiceWebhook`) or registered before it (`router.use(…)`)
    { ...fromExpressProject('src/controllers/billing.js'), languageOptions: { parser: espree } },
    { ...fromExpressProject('src/controllers/connect.js'), languageOptions: { parser: espree } },
    // A controller that only a test routes bare (test/refunds.test.js), to call it with a made-up event
    { ...fromExpressProject('src/controllers/refunds.js'), languageOptions: { parser: espree } },
    // The bare-routed controller's code where no router is on disk (an editor's unsaved file): its route is not seen
    { code: readFileSync(expressFile('src/controllers/payments.js'), 'utf8'), filename: 'src/controllers/payments.js', languageOptions: { parser: espree } },
    // A TanStack Start server route that verifies (real-world batch EY)
    {
      code: `import { createFileRoute } from '@tanstack/react-router'
import Stripe from 'stripe'
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!)
export const Route = createFileRoute('/api/stripe-webhook')({
  server: { handlers: {
    POST: async ({ request }) => {
      const payload = await request.text()
      const event = stripe.webhooks.constructEvent(payload, request.headers.get('stripe-signature')!, process.env.STRIPE_WEBHOOK_SECRET!)
      if (event.type === 'invoice.paid') await grantCredits(event.data.object.customer as string)
      return new Response('ok')
    },
  } },
})
`,
      filename: 'src/routes/api/stripe-webhook.ts',
    },
    // … and with node:crypto in Express.
    {
      code: `const crypto = require('crypto');
const express = require('express');
const app = express();

app.post('/stripe/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  const header = req.headers['stripe-signature'] || '';
  const { t, v1 } = Object.fromEntries(header.split(',').map((kv) => kv.split('=')));
  const expected = crypto.createHmac('sha256', process.env.STRIPE_WEBHOOK_SECRET).update(\`\${t}.\${req.body}\`).digest('hex');
  if (!v1 || !crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(v1))) return res.sendStatus(400);
  const event = JSON.parse(req.body);
  if (event.type === 'invoice.paid') markPaid(event.data.object);
  res.json({ received: true });
});`,
      languageOptions: { parser: espree },
    },
    // Cloudflare Pages Function (functions/api/webhook.ts), verified with the Web Crypto provider the edge needs.
    {
      code: `import Stripe from 'stripe';

interface Env {
  STRIPE_SECRET_KEY: string;
  STRIPE_WEBHOOK_SECRET: string;
}

export const onRequestPost: PagesFunction<Env> = async ({ request, env }) => {
  const stripe = new Stripe(env.STRIPE_SECRET_KEY, { httpClient: Stripe.createFetchHttpClient() });
  const signature = request.headers.get('stripe-signature');
  let event: Stripe.Event;
  try {
    event = await stripe.webhooks.constructEventAsync(
      await request.text(),
      signature!,
      env.STRIPE_WEBHOOK_SECRET,
      undefined,
      Stripe.createSubtleCryptoProvider(),
    );
  } catch (err) {
    return new Response('Invalid signature', { status: 400 });
  }
  if (event.type === 'checkout.session.completed') await fulfil(event.data.object);
  return new Response(null, { status: 200 });
};`,
      filename: 'functions/api/webhook.ts',
    },
    // Oak on Deno, verified: the raw text of the body object checked with constructEventAsync.
    {
      code: `import { Router } from 'jsr:@oak/oak';
import Stripe from 'npm:stripe';

const stripe = new Stripe(Deno.env.get('STRIPE_SECRET_KEY')!);
const router = new Router();

router.post('/stripe/webhook', async (ctx) => {
  const body = await ctx.request.body.text();
  const signature = ctx.request.headers.get('stripe-signature') ?? '';
  let event: Stripe.Event;
  try {
    event = await stripe.webhooks.constructEventAsync(body, signature, Deno.env.get('STRIPE_WEBHOOK_SECRET')!);
  } catch {
    ctx.response.status = 400;
    return;
  }
  if (event.type === 'checkout.session.completed') await fulfil(event.data.object.id);
  ctx.response.status = 200;
});`,
      filename: 'server/webhook.ts',
    },
    // A Redux-style \`action\` export is no Remix route: its parameter is not \`{ request }\`.
    {
      code: `export function action(event) {
  switch (event.type) {
    case 'payment_intent.succeeded':
      return { type: 'payments/succeeded', payload: event.data.object };
    default:
      return { type: 'payments/ignored' };
  }
}`,
      filename: 'src/store/payments.js',
      languageOptions: { parser: espree },
    },
    // A promise \`.catch\` that settles on nothing, with the guard on the unset event right after it: the same as a
    // try / catch that leaves it unset (real-world batch Q, Cloudflare Workers).
    {
      code: `import Stripe from 'stripe';

export default {
  async fetch(request, env) {
    const stripe = new Stripe(env.STRIPE_SECRET_KEY, { httpClient: Stripe.createFetchHttpClient() });
    const body = await request.text();
    const event = await stripe.webhooks
      .constructEventAsync(body, request.headers.get('stripe-signature'), env.STRIPE_WEBHOOK_SECRET)
      .catch(() => null);
    if (!event) return new Response('Invalid signature', { status: 400 });

    let verified;
    verified = await stripe.webhooks
      .constructEventAsync(body, request.headers.get('stripe-signature'), env.STRIPE_CONNECT_WEBHOOK_SECRET)
      .catch((err) => {
        console.warn('connect signature', err.message);
      });
    if (verified === undefined) return new Response('Invalid signature', { status: 400 });

    if (event.type === 'checkout.session.completed') await env.ORDERS.put(event.data.object.id, 'paid');
    return new Response('ok');
  },
};`,
      filename: 'src/worker.js',
      languageOptions: { parser: espree },
    },
    // Nuxt 3 server route (server/api/webhook.post.ts): the raw body and the header through h3's auto-imported
    // utilities, verified, the catch throwing createError
    {
      code: `import Stripe from 'stripe';

const stripe = new Stripe(useRuntimeConfig().stripeSecretKey);

export default defineEventHandler(async (event) => {
  const body = await readRawBody(event, false);
  const signature = getHeader(event, 'stripe-signature');
  let stripeEvent: Stripe.Event;
  try {
    stripeEvent = stripe.webhooks.constructEvent(body!, signature!, useRuntimeConfig().stripeWebhookSecret);
  } catch (err) {
    throw createError({ statusCode: 400, statusMessage: 'Invalid Stripe signature' });
  }
  if (stripeEvent.type === 'checkout.session.completed') await markPaid(stripeEvent.data.object.id);
  return { received: true };
});`,
      filename: 'server/api/webhook.post.ts',
    },
    // An event object of one plain word compared by prefix, in a file that never mentions Stripe: other providers'
    // event types begin the same way (Razorpay's \`invoice.paid\`)
    {
      code: `app.post('/webhooks/billing', express.json(), async (req, res) => {
  const event = req.body;
  if (event.type.startsWith('invoice.')) await billing.sync(event.payload.invoice.entity);
  res.sendStatus(200);
});`,
      languageOptions: { parser: espree },
    },
    // body-parser's \`verify\` option checks the signature before the route runs (a throw there ends the request with
    // 403): on the route, and app-wide through a function of the file (real-world batch U, probes)
    {
      code: `const express = require('express');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

const app = express();

function verifyStripe(req, res, buf) {
  if (req.originalUrl.startsWith('/webhooks/stripe')) {
    stripe.webhooks.constructEvent(buf, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
  }
}

app.use(express.json({ verify: verifyStripe }));

app.post('/webhooks/stripe', async (req, res) => {
  const event = req.body;
  if (event.type === 'checkout.session.completed') await markPaid(event.data.object.id);
  res.json({ received: true });
});

app.post(
  '/webhooks/stripe-connect',
  express.json({
    verify: (req, res, buf) => {
      stripe.webhooks.constructEvent(buf, req.headers['stripe-signature'], process.env.STRIPE_CONNECT_WEBHOOK_SECRET);
    },
  }),
  async (req, res) => {
    if (req.body.type === 'account.updated') await syncAccount(req.body.data.object);
    res.json({ received: true });
  },
);`,
      languageOptions: { parser: espree },
    },
    // The check runs only with a Stripe-Signature header, but a request without one is turned away: a guard before it,
    // or an \`else\` that answers 400
    {
      code: `import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  const signature = req.headers['stripe-signature'];
  let event;
  if (signature && process.env.STRIPE_WEBHOOK_SECRET) {
    try {
      event = stripe.webhooks.constructEvent(req.body, signature, process.env.STRIPE_WEBHOOK_SECRET);
    } catch (err) {
      return res.status(400).send(\`Webhook Error: \${err.message}\`);
    }
  } else {
    return res.status(400).send('Missing Stripe-Signature header');
  }
  if (event.type === 'checkout.session.completed') await fulfil(event.data.object);
  res.json({ received: true });
});

app.post('/webhooks/stripe-connect', express.raw({ type: 'application/json' }), async (req, res) => {
  const signature = req.headers['stripe-signature'];
  if (!signature) return res.sendStatus(400);
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, signature, process.env.STRIPE_CONNECT_WEBHOOK_SECRET);
  } catch (err) {
    return res.sendStatus(400);
  }
  if (event.type === 'account.updated') await syncAccount(event.data.object);
  res.json({ received: true });
});`,
      languageOptions: { parser: espree },
    },
    // ...also when a branch for a request without the header is left after the guard, which it can never reach (the
    // guard in the handler's block, or in an enclosing one)
    {
      code: `import express from 'express';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const router = express.Router();

router.post('/webhook', express.raw({ type: 'application/json' }), async (req, res) => {
  const sig = req.headers['stripe-signature'];
  if (!sig || !process.env.STRIPE_WEBHOOK_SECRET) throw new Error('Missing Stripe signature');
  let event: Stripe.Event;
  if (sig) {
    event = stripe.webhooks.constructEvent(req.body, sig, process.env.STRIPE_WEBHOOK_SECRET);
  } else {
    event = JSON.parse(req.body.toString());
  }
  if (event.type === 'checkout.session.completed') await fulfil(event.data.object);
  res.json({ received: true });
});

router.post('/connect-webhook', express.raw({ type: 'application/json' }), async (req, res) => {
  const signature = req.get('stripe-signature');
  if (!signature) {
    return res.status(400).send('Missing Stripe-Signature header');
  }
  try {
    const event = signature ? stripe.webhooks.constructEvent(req.body, signature, process.env.STRIPE_CONNECT_WEBHOOK_SECRET!) : JSON.parse(req.body);
    if (event.type === 'account.updated') await syncAccount(event.data.object);
    res.json({ received: true });
  } catch (err) {
    res.status(400).send('Webhook Error');
  }
});

export default router;
`,
      filename: 'src/routes/stripe-webhook.ts',
    },
    // ...and a hand-written verifier of the file run only with the header, whose \`else\` turns the request away
    {
      code: `export async function onRequestPost(context) {
  const body = await context.request.text();
  const sig = context.request.headers.get('stripe-signature');
  let event;
  if (sig) {
    event = await verifyStripeSignature(body, sig, context.env.STRIPE_WEBHOOK_SECRET);
  } else {
    return new Response('Missing signature', { status: 400 });
  }
  if (event.type === 'checkout.session.completed') await markPaid(context.env, event.data.object);
  return new Response('ok');
}

${WEB_CRYPTO_VERIFIER}`,
      filename: 'functions/api/stripe-webhook.js',
      languageOptions: { parser: espree },
    },
    // A Netlify function (API Gateway-style event) that verifies the raw body with the header, and a Lambda fed by
    // Stripe's EventBridge integration (a trusted channel: the event is not from an HTTP request)
    {
      code: `const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

exports.handler = async function (event, context) {
  let stripeEvent;
  try {
    stripeEvent = stripe.webhooks.constructEvent(event.body, event.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    return { statusCode: 400, body: \`Webhook Error: \${err.message}\` };
  }
  if (stripeEvent.type === 'checkout.session.completed') await fulfil(stripeEvent.data.object);
  return { statusCode: 200, body: JSON.stringify({ received: true }) };
};`,
      filename: 'netlify/functions/stripe-webhook.js',
      languageOptions: { parser: espree },
    },
    {
      code: `export const handler = async (event) => {
  const stripeEvent = event.detail;
  if (stripeEvent.type === 'checkout.session.completed') await fulfil(stripeEvent.data.object);
};`,
      filename: 'functions/stripe-eventbridge.mjs',
      languageOptions: { parser: espree },
    },
    // The event is a const of the \`try\` block and every act on it is in the block, after the check: a catch that only
    // logs lets nothing forged through, whatever runs after the \`try\` (real-world batch V)
    {
      code: `import { NextResponse } from 'next/server';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

export async function POST(req) {
  try {
    const event = stripe.webhooks.constructEvent(await req.text(), req.headers.get('stripe-signature'), process.env.STRIPE_WEBHOOK_SECRET);
    if (event.type === 'checkout.session.completed') await grantAccess(event.data.object.client_reference_id);
  } catch (err) {
    console.log('Stripe webhook error', err.message);
  }
  return NextResponse.json({});
}`,
      filename: 'app/api/webhook/route.js',
      languageOptions: { parser: espree },
    },
    // limitation: a controller exported by name is routed in another file, with middleware this file does not show
    // (here a verifying middleware in routes.js: `app.post('/api/payment', verifyStripe, stripe.handlePayment)`).
    {
      code: `const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

async function handlePayment(req, res) {
  const session = await stripe.checkout.sessions.retrieve(req.body.data.object.id, { expand: ['line_items'] });
  await fulfil(session);
  res.sendStatus(200);
}

exports.handleRefund = async (req, res) => {
  if (req.body.type === 'charge.refunded') await refund(req.body.data.object);
  res.sendStatus(200);
};

module.exports = { handlePayment, handleRefund: exports.handleRefund };`,
      filename: 'controllers/stripe.js',
      languageOptions: { parser: espree },
    },
    // Koa: \`ctx.throw(400, …)\` in the catch throws an HTTP error, which ends the handler.
    `import Router from '@koa/router';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const router = new Router();

router.post('/webhooks/stripe', async (ctx) => {
  const sig = ctx.request.headers['stripe-signature'];
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(ctx.request.rawBody, sig as string, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err: any) {
    ctx.throw(400, \`Webhook Error: \${err.message}\`);
  }
  if (event.type === 'checkout.session.completed') await markPaid(event.data.object);
  ctx.status = 200;
});`,
    // Stripe's Express sample: raw body, constructEvent, a catch that answers 400 and returns.
    `const express = require('express');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
const app = express();

app.post('/webhook', express.raw({ type: 'application/json' }), (request, response) => {
  const sig = request.headers['stripe-signature'];
  let event;
  try {
    event = stripe.webhooks.constructEvent(request.body, sig, process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    response.status(400).send(\`Webhook Error: \${err.message}\`);
    return;
  }
  switch (event.type) {
    case 'payment_intent.succeeded':
      fulfil(event.data.object);
      break;
  }
  response.json({ received: true });
});`,
    // Next.js App Router (stripe-node examples/webhook-signing/nextjs).
    {
      code: `import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string);

export async function POST(req: Request) {
  const body = await req.text();
  const signature = (await headers()).get('stripe-signature');
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature!, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    return NextResponse.json({ error: (err as Error).message }, { status: 400 });
  }
  if (event.type === 'checkout.session.completed') {
    await fulfil(event.data.object);
  }
  return NextResponse.json({ received: true });
}`,
      filename: 'app/api/webhooks/route.ts',
    },
    // Appwrite Function verifying its raw body
    `import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

export default async ({ req, res, error }) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.bodyRaw, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    error(err.message);
    return res.json({ ok: false }, 400);
  }
  if (event.type === 'checkout.session.completed') await fulfilOrder(event.data.object.metadata.orderId);
  return res.json({ ok: true });
};
async function fulfilOrder(orderId) {}
`,
    // The context and the request taken apart in the body, the raw body and the signature header verified: SvelteKit,
    // an Appwrite Function, Koa
    { code: `import Stripe from 'stripe';
import { json, error } from '@sveltejs/kit';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function POST(event) {
  const { request } = event;
  const body = await request.text();
  const signature = request.headers.get('stripe-signature');
  let payload: Stripe.Event;
  try {
    payload = stripe.webhooks.constructEvent(body, signature!, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    throw error(400, 'bad signature');
  }
  if (payload.type === 'checkout.session.completed') {
    await fulfil(payload.data.object.id);
  }
  return json({ received: true });
}
`, filename: 'src/routes/api/stripe/webhook/+server.ts' },
    { code: `import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

export default async (context) => {
  const { req, res, log, error } = context;
  const { bodyText, headers } = req;
  let event;
  try {
    event = await stripe.webhooks.constructEventAsync(bodyText, headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    error(err.message);
    return res.text('bad signature', 400);
  }
  if (event.type === 'checkout.session.completed') {
    log(\`paid: \${event.data.object.id}\`);
  }
  return res.json({ received: true });
};
`, filename: 'functions/stripe-webhook/src/main.js' },
    { code: `const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
const Router = require('@koa/router');
const router = new Router();
router.post('/webhook', async (ctx) => {
  const { request } = ctx;
  const { rawBody, headers } = request;
  const event = stripe.webhooks.constructEvent(rawBody, headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
  if (event.type === 'invoice.paid') {
    await markPaid(event.data.object.customer);
  }
  ctx.status = 200;
});
module.exports = router;
`, filename: 'src/routes/stripe.js' },
    // A failed check that leaves the handler's event unset (\`let event;\`, \`= null\`), set nowhere else, when the handler
    // acts only on that event: \`event?.type\` finds nothing and \`event.type\` throws, so no forged event is processed
    // (real-world batch 329), whether the catch answers 400 without returning or the secrets are tried in turn
    { code: `import type { NextApiRequest, NextApiResponse } from 'next';
import { buffer } from 'micro';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
export const config = { api: { bodyParser: false } };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  let event: Stripe.Event | undefined;
  try {
    event = stripe.webhooks.constructEvent(await buffer(req), req.headers['stripe-signature']!, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    res.status(400).send(\`Webhook Error: \${(err as Error).message}\`);
  }
  if (event?.type === 'payment_intent.succeeded') {
    await fulfil(event.data.object);
  }
  res.json({ received: true });
}

async function fulfil(intent: Stripe.PaymentIntent) {}
`, filename: 'pages/api/webhooks.ts' },
    { code: `import express from 'express';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();

app.post('/webhooks', express.raw({ type: 'application/json' }), async (req, res) => {
  let event = null;
  for (const secret of [process.env.WHSEC_CONNECT, process.env.WHSEC_ACCOUNT]) {
    try {
      event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], secret);
      break;
    } catch (err) {
      console.warn(\`not signed with this secret: \${err.message}\`);
    }
  }
  switch (event.type) {
    case 'account.updated':
      await syncAccount(event.data.object);
      break;
    default:
      break;
  }
  res.json({ received: true });
});

async function syncAccount(account) {}
`, filename: 'server.js' },
    // One endpoint for two providers (real-world batch 331): the check runs when the Stripe-Signature header is sent,
    // and every other branch ends the handler (another provider's request behind its own secret, or a 401)
    { code: `import { NextRequest, NextResponse } from 'next/server';
import Stripe from 'stripe';
import { handleRevenueCatWebhook } from '@/lib/revenuecat';
import { db } from '@/lib/db';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

async function handleStripeWebhook(event: Stripe.Event) {
  if (event.type === 'customer.subscription.updated') {
    await db.subscription.update({ where: { stripeId: event.data.object.id }, data: { status: event.data.object.status } });
  }
  return NextResponse.json({ received: true });
}

export async function POST(request: NextRequest) {
  const body = await request.text();
  const signature = request.headers.get('stripe-signature');
  const authHeader = request.headers.get('authorization');
  let payload: any;

  if (signature) {
    try {
      payload = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
    } catch {
      return NextResponse.json({ error: 'Invalid signature' }, { status: 400 });
    }
    return handleStripeWebhook(payload);
  } else if (authHeader) {
    payload = JSON.parse(body);
    if (authHeader.replace('Bearer ', '') !== process.env.REVENUECAT_WEBHOOK_SECRET) {
      return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
    }
    return handleRevenueCatWebhook(payload);
  } else {
    payload = JSON.parse(body);
    if (payload.object === 'event') {
      return NextResponse.json({ error: 'Missing Stripe signature' }, { status: 401 });
    }
    return NextResponse.json({ error: 'Unknown webhook source' }, { status: 400 });
  }
}
`, filename: 'app/api/webhooks/subscription/route.ts' },
    // Firebase's idiom, the handler's work inside \`cors(req, res, callback)\`, verified there
    { code: `const functions = require('firebase-functions');
const cors = require('cors')({ origin: true });
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

exports.stripeWebhook = functions.https.onRequest((req, res) => {
  cors(req, res, async () => {
    let event;
    try {
      event = stripe.webhooks.constructEvent(req.rawBody, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
    } catch (err) {
      return res.status(400).send(\`Webhook Error: \${err.message}\`);
    }
    if (event.type === 'checkout.session.completed') await markPaid(event.data.object.id);
    res.json({ received: true });
  });
});
async function markPaid() {}
`, filename: 'functions/index.js' },
    {
      // The signature header and the raw body handed to the app's own verifier: it may check them there
      code: `import { Hono } from 'hono';
import { verifyStripeEvent } from './lib/stripe';

const app = new Hono();
app.post('/api/stripe/webhook', async (c) => {
  const event = await verifyStripeEvent(await c.req.text(), c.req.header('stripe-signature'), c.env.STRIPE_WEBHOOK_SECRET);
  if (event.type === 'checkout.session.completed') await c.env.DB.prepare('UPDATE orders SET paid = 1 WHERE id = ?').bind(event.data.object.id).run();
  return c.json({ received: true });
});
export default app;
`,
      filename: 'src/index.ts',
    },
    {
      // The app's own verifier in a try whose catch only logs, the event left unset (acting on it then throws): it may
      // check there
      code: edit(edit(CREDITS_WEBHOOK, 'event = constructWebhookEvent', 'event = await constructWebhookEvent'), "console.warn('Falling back to the unverified body', err);\n    event = JSON.parse(body);", "console.error('Webhook verification failed', err);"),
      filename: 'app/api/webhooks/stripe/route.ts',
    },
    // NestJS 10's @RawBody() parameter, verified
    `import { BadRequestException, Controller, Headers, Post, RawBody } from '@nestjs/common';
import Stripe from 'stripe';

@Controller('webhooks')
export class StripeWebhookController {
  constructor(private readonly stripe: Stripe) {}

  @Post('stripe')
  handle(@RawBody() raw: Buffer, @Headers('stripe-signature') signature: string) {
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(raw, signature, process.env.STRIPE_WEBHOOK_SECRET!);
    } catch (err) {
      throw new BadRequestException(\`Webhook Error: \${(err as Error).message}\`);
    }
    if (event.type === 'payment_intent.succeeded') return this.onPaid(event.data.object as Stripe.PaymentIntent);
    return { received: true };
  }
}`,
    // NestJS (stripe-node examples/webhook-signing/nestjs): rawBody, a catch that throws.
    `import { BadRequestException, Controller, Headers, Post, RawBodyRequest, Req } from '@nestjs/common';
import Stripe from 'stripe';

@Controller('stripe')
export class WebhookController {
  constructor(private readonly stripe: Stripe) {}

  @Post('webhook')
  handle(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature: string) {
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(req.rawBody!, signature, process.env.STRIPE_WEBHOOK_SECRET!);
    } catch (err) {
      throw new BadRequestException(\`Webhook Error: \${(err as Error).message}\`);
    }
    if (event.type === 'payment_intent.succeeded') return this.onPaid(event.data.object as Stripe.PaymentIntent);
    return { received: true };
  }
}`,
    // Koa (stripe-node example): ctx.request.rawBody, the catch returns.
    `const handleWebhook = async (ctx: Koa.ParameterizedContext, next: Koa.Next) => {
  const sig = ctx.request.headers['stripe-signature'];
  let event;
  try {
    event = stripe.webhooks.constructEvent(ctx.request.rawBody, sig, webhookSecret);
  } catch (err) {
    ctx.response.status = 400;
    return await next();
  }
  if (event.type === 'payment_intent.succeeded') console.log(event.data.object.status);
  return await next();
};`,
    // Hono / edge: constructEventAsync inside the try, the catch returns.
    `app.post('/webhook', async (context) => {
  const header = context.req.header('stripe-signature');
  try {
    const payload = await context.req.text();
    const event = await stripe.webhooks.constructEventAsync(payload, header, webhookSecret, undefined, cryptoProvider);
    switch (event.type) {
      case 'payment_intent.created':
        console.log('PaymentIntent', event.data.object);
        break;
    }
    return context.json({ received: true }, 200);
  } catch (err) {
    return context.text('Webhook signature verification failed', 400);
  }
});`,
    // Thin events verified with parseEventNotification.
    `export async function POST(request: Request) {
  const notification = stripe.parseEventNotification(await request.text(), request.headers.get('stripe-signature')!, secret);
  if (notification.type === 'v1.billing.meter.error_report_triggered') await alert(notification);
  return new Response(null, { status: 200 });
}`,
    // Re-fetching the event from Stripe (gist gaarf/5855439) is a legitimate alternative.
    `app.post('/webhook', express.json(), async (req, res) => {
  const event = await stripe.events.retrieve(req.body.id);
  if (event.type === 'invoice.payment_succeeded') await extend(event.data.object);
  res.sendStatus(200);
});`,
    `app.post('/webhook', express.json(), async (req, res) => {
  if (req.body.type === 'invoice.payment_succeeded') {
    const event = await stripe.events.retrieve(req.body.id);
    await extend(event.data.object);
  }
  res.sendStatus(200);
});`,
    // Verification in a helper of this file (called before the body is used).
    `function verifyStripe(req) {
  return stripe.webhooks.constructEvent(req.rawBody, req.headers['stripe-signature'], secret);
}
app.post('/webhook', (req, res) => {
  verifyStripe(req);
  const event = req.body;
  if (event.type === 'payment_intent.succeeded') fulfil(event.data.object);
  res.end();
});`,
    // verifyHeader first, then the unverified helper on a payload that was just checked.
    `app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  stripe.webhooks.signature.verifyHeader(req.body, req.headers['stripe-signature'], secret);
  const event = stripe.webhooks.constructEventWithoutVerification(req.body.toString());
  if (event.type === 'payment_intent.succeeded') fulfil(event.data.object);
  res.end();
});`,
    // A catch that rethrows or exits ends the handler.
    `app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  let event = JSON.parse(req.body);
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], secret);
  } catch (err) {
    logger.warn(err);
    throw err;
  }
  if (event.type === 'payment_intent.succeeded') fulfil(event.data.object);
  res.end();
});`,
    // limitation: the signature (or the whole request) goes to code in another file, which may verify it.
    `import { verifyStripeWebhook } from './stripe';
app.post('/webhook', express.json(), async (req, res) => {
  await verifyStripeWebhook(req);
  if (req.body.type === 'payment_intent.succeeded') await fulfil(req.body.data.object);
  res.end();
});`,
    // The signature read off Next's headers() held in a const first, or those headers passed whole, goes to a verifier
    // of another file (precision probe A, 2026-12-07: a SaaS starter's billing service calls constructEvent)
    {
      code: `import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { billingService } from '@/lib/billing/service';
import { verifyStripeRequest } from '@/lib/billing/verify';

export async function POST(request: Request) {
  const body = await request.text();
  const headersList = await headers();
  const signature = headersList.get('stripe-signature');
  if (!signature) return NextResponse.json({ error: 'No signature' }, { status: 400 });
  if (!billingService.verifyWebhookSignature(body, signature)) {
    return NextResponse.json({ error: 'Invalid signature' }, { status: 400 });
  }
  const event = JSON.parse(body);
  if (event.type === 'checkout.session.completed') await billingService.fulfil(event.data.object.id);
  return NextResponse.json({ received: true });
}

export async function PUT(request: Request) {
  const body = await request.text();
  const all = await headers();
  if (!verifyStripeRequest(body, all)) return new Response('bad signature', { status: 400 });
  const event = JSON.parse(body);
  if (event.type === 'invoice.paid') await billingService.markPaid(event.data.object.id);
  return new Response('ok');
}
`,
      filename: 'app/api/webhooks/stripe/route.ts',
    },
    // limitation: the app's own \`env\` (not Hono's, from \`hono/adapter\`) is a function of another file that may verify.
    `import Stripe from 'stripe'
import { Hono } from 'hono'
import { env } from './env'
const app = new Hono()
app.post('/api/stripe/webhook', async (c) => {
  const { STRIPE_SECRET_KEY } = env(c)
  const event = JSON.parse(await c.req.text()) as Stripe.Event
  if (event.type === 'checkout.session.completed') await fulfil(event.data.object, STRIPE_SECRET_KEY)
  return c.json({ received: true })
})
async function fulfil(session: Stripe.Checkout.Session, key: string) {}
export default app`,
    // The chunks of the request's stream verified, then the verified event used.
    `import Stripe from 'stripe';
import type { NextApiRequest, NextApiResponse } from 'next';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
export const config = { api: { bodyParser: false } };
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const event = stripe.webhooks.constructEvent(Buffer.concat(chunks), req.headers['stripe-signature'] as string, process.env.STRIPE_WEBHOOK_SECRET!);
  if (event.type === 'invoice.paid') await activate(event.data.object.id);
  res.status(200).end();
}
async function activate(id: string) {}`,
    // Convex's template (real-world batch 268): the HTTP action hands the raw body and the signature to an internal
    // action (another file, run with "use node") that calls constructEvent; it acts on no event itself.
    {
      code: `import { httpRouter } from 'convex/server';
import { httpAction } from './_generated/server';
import { internal } from './_generated/api';

const http = httpRouter();

http.route({
  path: '/stripe',
  method: 'POST',
  handler: httpAction(async (ctx, request) => {
    const signature = request.headers.get('stripe-signature') as string;
    const result = await ctx.runAction(internal.stripe.fulfill, { signature, payload: await request.text() });
    return new Response(null, { status: result.success ? 200 : 400 });
  }),
});

export default http;`,
      filename: 'convex/http.ts',
    },
    // A Convex HTTP action that verifies in place with the Web Crypto provider before switching on the event.
    {
      code: `import Stripe from 'stripe';
import { httpActionGeneric } from 'convex/server';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export const stripeWebhook = httpActionGeneric(async (ctx, req) => {
  const event = await stripe.webhooks.constructEventAsync(await req.text(), req.headers.get('stripe-signature')!, process.env.STRIPE_WEBHOOK_SECRET!, undefined, Stripe.createSubtleCryptoProvider());
  if (event.type === 'checkout.session.completed') await ctx.runMutation(internal.orders.paid, { id: event.data.object.id });
  return new Response('ok');
});`,
      filename: 'convex/stripe.ts',
    },
    // The app's own \`httpAction\` (not Convex's) whose second parameter is no request: nothing is read from a request.
    {
      code: `import { httpAction } from '../lib/actions';
export const replay = httpAction(async (ctx, stored) => {
  const event = await stored.json();
  if (event.type === 'invoice.paid') await ctx.markPaid(event.data.object.id);
});`,
      filename: 'src/replay.ts',
    },
    // A same-file verifier that computes the HMAC with a function of the app's own module, handed the signature header's
    // parts (real-world batch 269: a Pages Function): that function may compute Stripe's HMAC.
    {
      code: `import { hmacHex } from '../_lib/delivery.js';

async function verifyStripeSignature(raw, header, secret) {
  const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=')));
  return parts.v1 === (await hmacHex(secret, \`\${parts.t}.\${raw}\`));
}

export async function onRequestPost({ request, env }) {
  const raw = await request.text();
  if (!(await verifyStripeSignature(raw, request.headers.get('stripe-signature'), env.STRIPE_WEBHOOK_SECRET))) {
    return new Response('bad signature', { status: 400 });
  }
  const event = JSON.parse(raw);
  if (event.type === 'checkout.session.completed') await sendDownload(event.data.object);
  return new Response('ok');
}`,
      filename: 'functions/api/stripe-webhook.js',
      languageOptions: { parser: espree },
    },
    // ...also where the header's parts come from a helper of the file (precision probe 291: a Convex action's hand-written
    // check, the HMAC computed with @noble/hashes): what a call given the signature returns, destructured, carries it.
    {
      code: `import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { httpAction } from "./_generated/server";

function parseHeader(header: string) {
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=")));
  return { timestamp: parts.t, signature: parts.v1 };
}

function verifyStripeSignature(payload: string, header: string, secret: string) {
  const { timestamp, signature } = parseHeader(header);
  const expected = bytesToHex(hmac(sha256, utf8ToBytes(secret), utf8ToBytes(\`\${timestamp}.\${payload}\`)));
  return expected === signature;
}

export const stripeWebhook = httpAction(async (ctx, request) => {
  const header = request.headers.get("stripe-signature");
  if (!header) return new Response("Missing signature", { status: 400 });
  const payload = await request.text();
  if (!verifyStripeSignature(payload, header, process.env.STRIPE_WEBHOOK_SECRET!)) {
    return new Response("Invalid signature", { status: 400 });
  }
  const event = JSON.parse(payload);
  if (event.type === "payment_intent.succeeded") {
    await ctx.runMutation("payments:markPaid" as any, { id: event.data.object.id });
  }
  return new Response("ok");
});
`,
      filename: 'convex/payments.ts',
    },
    // A helper handed the signature and the raw body that verifies them (Hono on Supabase, real-world batch 269).
    {
      code: `import Stripe from 'stripe';
import { Hono } from 'hono';

const stripe = new Stripe(Deno.env.get('STRIPE_SECRET_KEY')!);
const app = new Hono();

async function handleWebhook(signature: string, payload: string) {
  const event = await stripe.webhooks.constructEventAsync(payload, signature, Deno.env.get('STRIPE_WEBHOOK_SECRET')!);
  if (event.type === 'checkout.session.completed') await fulfil(event.data.object.id);
}

app.post('/webhook', async (c) => {
  await handleWebhook(c.req.header('stripe-signature') ?? '', await c.req.raw.text());
  return c.json({ received: true });
});`,
      filename: 'supabase/functions/stripe-webhook/index.ts',
    },
    // h3's Node request handed to a function of another file, which may verify it.
    `import { defineEventHandler, readBody } from 'h3';
import { verifyStripe } from '../utils/stripe';
export default defineEventHandler(async (event) => {
  await verifyStripe(event.node.req);
  const body = await readBody(event);
  if (body.type === 'checkout.session.completed') await markPaid(body.data.object.id);
  return { received: true };
});
async function markPaid(id: string) {}`,
    // The request handed to another file's function before the handler acts, in a returned call too: it may verify.
    `import type Stripe from 'stripe';
import { assertStripeSignature, reply } from '~~/server/stripe';
export default defineEventHandler(async (event) => {
  await assertStripeSignature(event);
  const stripeEvent = await readBody<Stripe.Event>(event);
  if (stripeEvent.type === 'customer.subscription.updated') await grantPlan(stripeEvent.data.object);
  return reply(event, 200);
});`,
    // The event read in the returned call's arguments goes with the request to a function that may verify first.
    `import { handleVerified } from './stripe';
app.post('/webhook', express.json(), (req, res) => handleVerified(req, res, req.body.data.object));`,
    // limitation: route middleware other than body parsers (and NestJS guards) may verify the signature.
    `app.post('/webhook', verifyStripeSignature, (req, res) => {
  if (req.body.type === 'payment_intent.succeeded') fulfil(req.body.data.object);
  res.end();
});`,
    // limitation: Hono's own validator runs a function of the app's (which may check the signature), and a schema
    // validator of the headers may check anything there.
    `import { Hono } from 'hono';
import { validator } from 'hono/validator';
import { zValidator } from '@hono/zod-validator';
const app = new Hono();
app.post('/webhook', validator('json', (value, c) => checkSignature(c, value)), async (c) => {
  const event = c.req.valid('json');
  if (event.type === 'payment_intent.succeeded') await fulfil(event.data.object);
  return c.text('ok');
});
app.post('/webhook2', zValidator('header', signatureHeaders), async (c) => {
  const event = await c.req.json();
  if (event.type === 'payment_intent.succeeded') await fulfil(event.data.object);
  return c.text('ok');
});`,
    `@Controller('stripe')
@UseGuards(StripeSignatureGuard)
export class WebhookController {
  @Post('webhook')
  handle(@Body() event: Stripe.Event) {
    if (event.type === 'payment_intent.succeeded') return this.fulfil(event.data.object);
  }
}`,
    {
      // A Fastify plugin's request hook that checks the signature and answers 400 runs before each of its routes
      // (real-world batch FS): it covers the routes of the file, as an app-wide \`app.use\` does.
      code: `import Stripe from 'stripe';
import type { FastifyInstance } from 'fastify';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export default async function stripeWebhooks(fastify: FastifyInstance) {
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  fastify.addHook('preHandler', async (request, reply) => {
    try {
      stripe.webhooks.constructEvent(request.body as Buffer, request.headers['stripe-signature'] as string, process.env.STRIPE_WEBHOOK_SECRET!);
    } catch {
      return reply.code(400).send({ error: 'invalid signature' });
    }
  });
  fastify.post('/stripe/webhook', async (request) => {
    const event = JSON.parse((request.body as Buffer).toString()) as Stripe.Event;
    if (event.type === 'checkout.session.completed') await fulfil(event.data.object);
    return { received: true };
  });
}

async function fulfil(session: unknown) {
  return session;
}
`,
      filename: 'src/plugins/stripe-webhooks.ts',
    },
    // limitation: an app-wide middleware that may check signatures covers the routes of the file.
    `import { verifyStripeSignature } from './middleware';
app.use(verifyStripeSignature);
app.post('/webhook', (req, res) => {
  if (req.body.type === 'payment_intent.succeeded') fulfil(req.body.data.object);
  res.end();
});`,
    `function setup(app) {
  app.use('/webhook', express.raw({ type: 'application/json' }), (req, res, next) => {
    req.event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], secret);
    next();
  });
  app.post('/webhook', (req, res) => {
    const event = JSON.parse(req.body);
    if (event.type === 'payment_intent.succeeded') fulfil(event.data.object);
    res.end();
  });
}`,
    // limitation: a handler that hands the body on without acting on it (a queue, another file) is not judged.
    `app.post('/webhook', express.json(), async (req, res) => {
  await queue.add('stripe-event', req.body);
  res.sendStatus(202);
});`,
    // The same route verifying the signature with the raw body (chained on the route's options)
    {
      // The same Picker route verifying the raw body first
      code: `import { Meteor } from 'meteor/meteor';
import bodyParser from 'body-parser';
import Stripe from 'stripe';

const stripe = new Stripe(Meteor.settings.private.stripe.secretKey);

Picker.middleware(bodyParser.raw({ type: 'application/json' }));

Picker.route('/stripe/webhook', async (params, req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], Meteor.settings.private.stripe.webhookSecret);
  } catch (error) {
    res.writeHead(400);
    res.end(\`Webhook Error: \${error.message}\`);
    return;
  }
  if (event.type === 'invoice.payment_succeeded') {
    await Meteor.users.updateAsync({ 'profile.stripeCustomer': event.data.object.customer }, { $set: { 'profile.plan': 'pro' } });
  }
  res.writeHead(200);
  res.end();
});
`,
      filename: 'server/webhooks.js',
    },
    { code: `import { Router } from 'meteor/iron:router';
import Stripe from 'stripe';

const stripe = new Stripe(Meteor.settings.private.stripe.secretKey);

Router.route('/webhooks/stripe', { where: 'server' }).post(function () {
  let event;
  try {
    event = stripe.webhooks.constructEvent(this.request.rawBody, this.request.headers['stripe-signature'], Meteor.settings.private.stripe.webhookSecret);
  } catch (error) {
    this.response.statusCode = 400;
    return this.response.end(\`Webhook Error: \${error.message}\`);
  }
  if (event.type === 'invoice.payment_succeeded') stripeCreateInvoice(event.data.object);
  this.response.end('ok');
});`, filename: 'server/routes.js' },
    // A branch that a constant test rules out is not read: this replay of posted events is switched off.
    `import Stripe from 'stripe';
const REPLAY_POSTED_EVENTS = false;
app.post('/dev/replay-event', express.json(), async (req, res) => {
  if (REPLAY_POSTED_EVENTS) {
    const event = req.body;
    if (event.type === 'invoice.paid') await markPaid(event.data.object.customer);
  }
  res.end();
});`,
    // limitation: verification that only runs on one branch is taken as verification: with the signing secret from the
    // environment, the sample above may verify.
    { code: EMPTY_SECRET_SAMPLE.replace("const webhookSecret = '';", "const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET || '';"), filename: 'pages/api/webhook.js' },
    // A Durable Object's fetch gets what the app's own Worker hands it (here an event it verified), never a request from
    // the internet (real-world batch FA).
    {
      code: `import Stripe from 'stripe';
import { DurableObject } from 'cloudflare:workers';

export class OrderLedger extends DurableObject {
  async fetch(request: Request): Promise<Response> {
    const event = (await request.json()) as Stripe.Event;
    if (event.type === 'checkout.session.completed') await this.ctx.storage.put(\`paid:\${event.data.object.id}\`, true);
    return new Response('ok');
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const stripe = new Stripe(env.STRIPE_SECRET_KEY, { httpClient: Stripe.createFetchHttpClient() });
    let event: Stripe.Event;
    try {
      event = await stripe.webhooks.constructEventAsync(await request.text(), request.headers.get('stripe-signature')!, env.STRIPE_WEBHOOK_SECRET);
    } catch {
      return new Response('bad signature', { status: 400 });
    }
    const stub = env.ORDER_LEDGER.get(env.ORDER_LEDGER.idFromName('ledger'));
    return stub.fetch('https://ledger/event', { method: 'POST', body: JSON.stringify(event) });
  },
};`,
      filename: 'src/worker.ts',
    },
    // limitation: a Worker that hands the incoming request to a Durable Object unverified (\`stub.fetch(request)\`) is not
    // followed into the object's fetch.
    {
      code: `import { DurableObject } from 'cloudflare:workers';

export class OrderLedger extends DurableObject {
  async fetch(request: Request): Promise<Response> {
    const event = await request.json();
    if (event.type === 'checkout.session.completed') await this.ctx.storage.put(\`paid:\${event.data.object.id}\`, true);
    return new Response('ok');
  }
}

export default {
  fetch(request: Request, env: Env) {
    return env.ORDER_LEDGER.get(env.ORDER_LEDGER.idFromName('ledger')).fetch(request);
  },
};`,
      filename: 'src/worker.ts',
    },
    // A middy handler behind a middleware of the app's own, which may check the signature before it runs.
    {
      code: `import middy from '@middy/core';
import verifyStripeSignature from './middleware/verify-stripe-signature';
import { refund } from './orders';

export const handler = middy(async (event) => {
  if (event.body.type === 'checkout.session.completed') await refund(event.body.data.object.id);
  return { statusCode: 200 };
}).use(verifyStripeSignature());`,
      filename: 'functions/refunds.js',
    },
    // ...also a secret variable that is assigned somewhere (a setup function sets it), or a loop's variable.
    {
      code: EMPTY_SECRET_SAMPLE.replace("const webhookSecret = '';", 'let webhookSecret;\n  if (process.env.HOOKS) webhookSecret = process.env.STRIPE_WEBHOOK_SECRET;'),
      filename: 'pages/api/webhook.js',
    },
    // limitation: verification that only runs on one branch is taken as verification.
    `app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  const event = process.env.NODE_ENV === 'production'
    ? stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], secret)
    : JSON.parse(req.body);
  if (event.type === 'payment_intent.succeeded') fulfil(event.data.object);
  res.end();
});`,
    // Other providers' webhooks: Clerk / Svix names, and short names used by other providers in a file that never
    // mentions Stripe (Razorpay sends invoice.paid and refund.created too).
    `app.post('/clerk', express.json(), (req, res) => {
  const evt = req.body;
  if (evt.type === 'user.created') createUser(evt.data.id);
  res.end();
});`,
    `app.post('/razorpay', express.json(), (req, res) => {
  switch (req.body.event) { case 'payment.captured': break; }
  if (req.body.type === 'invoice.paid' || req.body.type === 'refund.created') markPaid(req.body.payload);
  res.end();
});`,
    // Reading the type without comparing it to event names is not acting on it.
    `app.post('/webhook', express.json(), (req, res) => {
  console.log('received', req.body.type);
  res.end();
});`,
    // Not request handlers: an EventBridge Lambda (a trusted channel), a plain helper, client code.
    `export const handler = async (event) => {
  const stripeEvent = event.detail;
  if (stripeEvent.type === 'payment_intent.succeeded') await fulfil(stripeEvent.data.object);
};`,
    `function describe(event) {
  return event.type === 'checkout.session.completed' ? event.data.object.id : null;
}`,
    // The unverified helper on a payload that does not come from the request (an SQS message).
    `export const consume = async (message) => {
  const event = stripe.webhooks.constructEventWithoutVerification(message.Body);
  if (event.type === 'payment_intent.succeeded') await fulfil(event.data.object);
};`,
    // Crash cases: computed members, spreads, getters, decorators, empty handlers, optional calls, espree.
    `app.post('/webhook', (req, res) => {});
app.post('/webhook', ...handlers);
app.use(async function () {});
const key = 'type';
app.post('/x', (req, res) => {
  const { [key]: t, ...rest } = req.body;
  req.body?.[dynamic]?.object;
  foo(...req.body);
  res?.json?.({ ok: true });
  const o = { get type() { return 1; } };
});
@Controller() class C { @Post() h(@Body() b, @Body('type') t: string) { return t === 'payment_intent.succeeded'; } }`,
    {
      code: `app.post('/webhook', express.json(), function (req, res) {
  const event = req.body;
  if (event.type === 'user.created') createUser(event.data.id);
  res.end();
});`,
      languageOptions: { parser: espree },
    },
    // The whole handler sits in the try: a failed check lands in the catch, and nothing runs after it.
    `import Stripe from 'stripe';
import express from 'express';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '');
const app = express();

app.post('/billing/events', express.raw({ type: 'application/json' }), async (req, res) => {
  const signature = req.headers['stripe-signature'] ?? '';
  if (signature) {
    try {
      const event = stripe.webhooks.constructEvent(req.body, signature, process.env.STRIPE_WEBHOOK_SECRET ?? '');
      if (event.type === 'invoice.payment_failed') {
        await notifyCustomer(event.data.object.customer);
      }
      res.sendStatus(200);
    } catch (err) {
      logger.warn('rejected Stripe event', err);
      res.status(400).send('invalid signature');
    }
  }
});`,
    // Crash case: espree gives class members no `decorators` array (a React class component's constructor; a
    // Stripe-mentioning file so the rule does not skip it).
    {
      code: `import React, { Component } from 'react';
import { injectStripe } from 'react-stripe-elements';

class CheckoutForm extends Component {
  constructor(props) {
    super(props);
    this.state = { complete: false };
  }
  async submit(request) {
    const { token } = await this.props.stripe.createToken({ name: request.name });
    this.setState({ complete: Boolean(token) });
  }
}
export default injectStripe(CheckoutForm);`,
      languageOptions: { parser: espree, parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // limitation: a file that never mentions Stripe is screened by its text first, so an event type assembled from
    // several strings there is not seen.
    `import express from 'express';

const app = express();
const kind = 'payment_intent.' + 'succeeded';
app.post('/hooks/payments', express.json(), (req, res) => {
  if (req.body.type === kind) fulfil(req.body.data.object);
  res.end();
});`,
    // limitation: the same for a webhook helper whose name is assembled from several strings.
    `import { webhooks } from './payments';
app.post('/hooks/payments', express.raw({ type: 'application/json' }), (req, res) => {
  const event = webhooks['construct' + 'EventWithoutVerification'](req.body);
  if (event.type === 'invoice.paid') markPaid(event.data.object);
  res.end();
});`,
    // A controller exported by name (routed in another file, behind middleware this file does not show) and the
    // function it hands the request to
    {
      code: `export async function stripeWebhookController(req, res) {
  return handleEvent(req, res);
}

async function handleEvent(request, response) {
  const event = request.body;
  if (event.type === 'invoice.paid') await markPaid(event.data.object.id);
  response.sendStatus(200);
}
`,
      filename: 'src/controllers/stripe.js',
    },
    // A function the file's route calls with the request, behind the route's verifying middleware
    {
      code: `import express from 'express';
import { verifyStripeSignature } from './middleware/stripe.js';

const app = express();

app.post('/webhook', express.raw({ type: 'application/json' }), verifyStripeSignature, (req, res) => handleStripeEvent(req, res));

export async function handleStripeEvent(request, response) {
  const event = JSON.parse(request.body);
  if (event.type === 'invoice.paid') await markPaid(event.data.object.id);
  response.sendStatus(200);
}
`,
      filename: 'server/app.js',
    },
    {
      // A fallback that is not empty makes the test always true: the check always runs (and fails on a forged request)
      code: `import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function POST(req: Request) {
  const body = await req.text();
  const sig = req.headers.get('stripe-signature') || 'missing';
  const event = sig ? stripe.webhooks.constructEvent(body, sig, process.env.STRIPE_WEBHOOK_SECRET!) : JSON.parse(body);
  if (event.type === 'invoice.paid') await extend(event.data.object.subscription);
  return new Response('ok');
}
`,
      filename: 'app/api/webhooks/route.ts',
    },
    {
      // Each endpoint secret tried in turn (a merchant's, the CLI's), the guard after the loop: the event is unset only
      // when every check failed (real-world batch EQ); a \`continue\` after the try, or a try that is the loop's body
      code: `import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function POST(req: Request) {
  const signature = req.headers.get('stripe-signature') || '';
  const payload = await req.text();
  const integrations = await listIntegrations();
  let event: Stripe.Event | undefined;
  for (const integration of integrations) {
    const secret = String(integration.webhookSecret || '');
    if (!secret) continue;
    try {
      event = stripe.webhooks.constructEvent(payload, signature, secret);
      break;
    } catch {}
    continue;
  }
  if (!event) return Response.json({ error: 'Invalid signature' }, { status: 400 });
  if (event.type === 'checkout.session.completed') await fulfil(event.data.object);
  return new Response('ok');
}

export async function PUT(req: Request) {
  const payload = await req.text();
  const secrets = [process.env.WHSEC_DASHBOARD!, process.env.WHSEC_CLI!];
  let event: Stripe.Event | null = null;
  let i = 0;
  while (!event && i < secrets.length)
    try {
      event = stripe.webhooks.constructEvent(payload, req.headers.get('stripe-signature')!, secrets[i++]!);
    } catch (err) {
      console.warn('signature', err);
    }
  if (!event) return new Response('Invalid signature', { status: 400 });
  await fulfil(event.data.object);
  return new Response('ok');
}
`,
      filename: 'app/api/stripe/webhook/route.ts',
    },
    {
      // A flag the \`try\` sets once the check passed, declared false and set nowhere else, guarded after the loop over
      // the endpoint secrets (real-world batch FQ: a Firebase-hosted webhook)
      code: `import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const webhookSecrets = [process.env.STRIPE_WEBHOOK_SECRET, process.env.STRIPE_WEBHOOK_SECRET_CONNECT].filter(Boolean);

export default async function handler(req, res) {
  const sig = req.headers['stripe-signature'];
  let event;
  let ok = false;
  for (const secret of webhookSecrets) {
    try {
      event = stripe.webhooks.constructEvent(req.rawBody, sig, secret);
      ok = true;
      break;
    } catch {
      // try the next secret
    }
  }
  if (!ok) return res.status(400).send('Webhook signature verification failed');
  if (event.type === 'checkout.session.completed') await fulfil(event.data.object);
  return res.status(200).json({ received: true });
}

async function fulfil(session) {
  console.log('fulfil', session.id);
}
`,
      filename: 'api/webhook.js',
    },
    {
      // ...also when the loop is the last statement of a \`try\` that loads the secrets, or of an \`if\`'s branch: the
      // guard follows that statement (real-world batch EQ: a multi-merchant SaaS)
      code: `import Stripe from 'stripe';
import { NextResponse, type NextRequest } from 'next/server';
import { prisma } from '@/lib/prisma';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function POST(req: NextRequest) {
  const signature = req.headers.get('stripe-signature');
  if (!signature) return NextResponse.json({ error: 'Missing signature' }, { status: 400 });
  let event: Stripe.Event | undefined;
  const payload = await req.text();
  try {
    const integrations = await prisma.merchantIntegration.findMany({ where: { provider: 'STRIPE', isActive: true } });
    if (integrations.length > 0) {
      for (const integration of integrations) {
        try {
          event = stripe.webhooks.constructEvent(payload, signature, String(integration.webhookSecret));
          break;
        } catch {}
      }
    }
  } catch (e) {
    console.error('[stripe][webhook] failed loading integrations', e);
  }
  if (!event) return NextResponse.json({ error: 'Invalid signature' }, { status: 400 });
  if (event.type === 'payment_intent.succeeded') await markPaid(event.data.object.id);
  return NextResponse.json({ received: true });
}
`,
      filename: 'src/app/api/stripe/webhook/route.ts',
    },
    // A same-file verifier whose failure the handler sees: its result tested, or a failure it rethrows (the result
    // dropped: the throw still leaves the handler).
    {
      code: `const express = require('express');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
const app = express();

function isValid(req) {
  try {
    stripe.webhooks.constructEvent(req.rawBody, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
    return true;
  } catch {
    return false;
  }
}

function assertSigned(req) {
  try {
    stripe.webhooks.constructEvent(req.rawBody, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    throw Object.assign(new Error('Invalid signature'), { status: 400, cause: err });
  }
}

app.post('/webhook', async (req, res) => {
  if (!isValid(req)) return res.status(400).send('Invalid signature');
  const event = req.body;
  if (event.type === 'checkout.session.completed') await grantPremium(event.data.object.client_reference_id);
  res.send();
});

app.post('/webhook/connect', async (req, res) => {
  assertSigned(req);
  const event = req.body;
  if (event.type === 'account.updated') await syncAccount(event.data.object.id);
  res.send();
});
`,
      filename: 'src/server.js',
    },
    // SST v2's hooks: the raw body and the signature header handed to constructEvent.
    {
      code: `import { ApiHandler, useBody, useHeader } from 'sst/node/api';
import Stripe from 'stripe';
import { grantAccess } from './access';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export const handler = ApiHandler(async () => {
  const event = stripe.webhooks.constructEvent(useBody()!, useHeader('stripe-signature')!, process.env.STRIPE_WEBHOOK_SECRET!);
  if (event.type === 'checkout.session.completed') await grantAccess(event.data.object.client_reference_id!);
  return { statusCode: 200 };
});`,
      filename: 'packages/functions/src/webhook.ts',
    },
  ],

  invalid: [
    {
      // The body copied or its event rebuilt from its parts before it is acted on (real-world batch 288): a spread,
      // `Object.assign`, `{ type: body.type, data: body.data }`, or the parts destructured from the body
      code: `const express = require('express');
const { markPaid, markRefunded, cancelSubscription, activate } = require('./lib/orders');

const app = express();
app.use(express.json());

app.post('/webhooks/stripe', async (req, res) => {
  const event = { ...req.body, receivedAt: Date.now() };
  if (event.type === 'checkout.session.completed') await markPaid(event.data.object.client_reference_id);
  res.sendStatus(200);
});

app.post('/webhooks/refunds', async (req, res) => {
  const event = Object.assign({}, req.body);
  if (event.type === 'charge.refunded') await markRefunded(event.data.object.payment_intent);
  res.sendStatus(200);
});

app.post('/webhooks/subscriptions', async (req, res) => {
  const body = req.body;
  const event = { type: body.type, data: body.data };
  if (event.type === 'customer.subscription.deleted') await cancelSubscription(event.data.object.id);
  res.sendStatus(200);
});

app.post('/webhooks/invoices', async (req, res) => {
  const { id, type, data } = req.body;
  const event = { id, type, data };
  if (event.type === 'invoice.paid') await activate(event.data.object.subscription);
  res.sendStatus(200);
});

module.exports = app;
`,
      filename: 'server/webhooks.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        { messageId: 'unverifiedEvent', data: { source: '`req.body`' }, line: 7, column: 30, endLine: 7, endColumn: 49 },
        { messageId: 'unverifiedEvent', data: { source: '`req.body`' }, line: 13, column: 31, endLine: 13, endColumn: 50 },
        { messageId: 'unverifiedEvent', data: { source: '`req.body`' }, line: 19, column: 37, endLine: 19, endColumn: 56 },
        { messageId: 'unverifiedEvent', data: { source: '`req.body`' }, line: 26, column: 32, endLine: 26, endColumn: 51 },
      ],
    },
    {
      // A same-file helper handed the whole request that parses the event and returns it: the handler acts on the
      // body (real-world batch 252: a Remix webhook route with its check taken out)
      code: `import type Stripe from 'stripe';

async function getStripeEvent(request: Request) {
  const payload = await request.text();
  return JSON.parse(payload) as Stripe.Event;
}

export async function action({ request }: { request: Request }) {
  const event = await getStripeEvent(request);
  if (event.type === 'checkout.session.completed') await fulfil(event.data.object);
  return new Response('ok');
}
`,
      filename: 'app/routes/api.webhook.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`JSON.parse(payload)`' }, line: 8, column: 23, endLine: 8, endColumn: 29 }],
    },
    {
      // Next's headers() held in a const, read for the signature that nothing checks: the event is the body's
      code: `import { headers } from 'next/headers';
import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const body = await request.text();
  const headersList = await headers();
  const signature = headersList.get('stripe-signature');
  if (!signature) return NextResponse.json({ error: 'No signature' }, { status: 400 });
  const event = JSON.parse(body);
  if (event.type === 'checkout.session.completed') await fulfil(event.data.object.id);
  return NextResponse.json({ received: true });
}
`,
      filename: 'app/api/webhooks/stripe/route.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`JSON.parse(body)`' }, line: 4, column: 23, endLine: 4, endColumn: 27 }],
    },
    {
      // A handler held in a const through a type wrapper is reported at its name, as one without (real-world batch 279)
      code: `import express, { type Handler } from 'express';
import Stripe from 'stripe';

export const stripeWebhook = ((req, res) => {
  const event = req.body as Stripe.Event;
  if (event.type === 'invoice.paid') void grant(event.data.object);
  res.sendStatus(200);
}) satisfies Handler;
declare function grant(invoice: unknown): Promise<void>;
express().post('/webhooks/stripe', stripeWebhook);
`,
      filename: 'src/webhooks/stripe.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '\`req.body\`' }, line: 4, column: 14, endLine: 4, endColumn: 27 }],
    },
    {
      // A private helper of the controller that takes the event out of the request (\`this.#eventOf(req)\`; real-world
      // batch 282's leftover), read as a public one is
      code: `import express from 'express';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

class WebhookController {
  #eventOf(req) {
    return req.body;
  }

  handle = async (req, res) => {
    const event = this.#eventOf(req);
    if (event.type === 'checkout.session.completed') await stripe.checkout.sessions.retrieve(event.data.object.id);
    res.sendStatus(200);
  };

  register(app) {
    app.post('/webhook', express.json(), this.handle);
  }
}

new WebhookController().register(express());
`,
      filename: 'src/webhooks/controller.js',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '\`req.body\`' }, line: 11, column: 12, endLine: 11, endColumn: 31 }],
    },
    {
      // A framework's own request type, with a request's name (real-world batch 238: a Medusa v2 route, an EverShop
      // middleware): the handler's request, whose body is the event
      code: `import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import Stripe from 'stripe';

export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const event = req.body as Stripe.Event;
  if (event.type === 'payment_intent.succeeded') await markPaid((event.data.object as Stripe.PaymentIntent).metadata.cart_id);
  res.json({ received: true });
};
declare function markPaid(id: string): Promise<void>;
`,
      filename: 'src/api/hooks/stripe/route.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '\`req.body\`' }, line: 4, column: 14, endLine: 4, endColumn: 18 }],
    },
    {
      // AdonisJS 6 routes (real-world batch FS): \`request.body()\` / \`request.all()\` are the parsed body; the route that
      // verifies \`request.raw()\` with the Stripe-Signature header is fine.
      code: `import router from '@adonisjs/core/services/router'
import Stripe from 'stripe'

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!)

router.post('/stripe/webhook', async ({ request, response }) => {
  const event = request.body() as Stripe.Event
  if (event.type === 'checkout.session.completed') {
    await fulfil(event.data.object)
  }
  return response.ok({ received: true })
})

router.post('/stripe/webhook-all', async ({ request, response }) => {
  const event = request.all()
  if (event.type === 'invoice.paid') await fulfil(event.data.object)
  return response.ok({ received: true })
})

router.post('/stripe/webhook-verified', async ({ request, response }) => {
  const event = stripe.webhooks.constructEvent(request.raw()!, request.header('stripe-signature')!, process.env.STRIPE_WEBHOOK_SECRET!)
  if (event.type === 'invoice.paid') await fulfil(event.data.object)
  return response.ok({ received: true })
})

async function fulfil(o: unknown) { return o }
`,
      filename: 'start/routes.ts',
      output: null,
      errors: [
        { messageId: 'unverifiedEvent', data: { source: '\`request.body()\`' }, line: 6, column: 32, endLine: 6, endColumn: 64 },
        { messageId: 'unverifiedEvent', data: { source: '\`request.all()\`' }, line: 14, column: 36, endLine: 14, endColumn: 68 },
      ],
    },
    {
      // A Fastify hook that runs after the response (\`onResponse\`) cannot stop the route: it covers nothing.
      code: `const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

module.exports = async function stripeWebhooks(fastify) {
  fastify.addHook('onResponse', async (request) => {
    try {
      stripe.webhooks.constructEvent(request.rawBody, request.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
    } catch (err) {
      request.log.warn(err, 'late signature check');
    }
  });
  fastify.post('/stripe/webhook', async (request) => {
    const event = request.body;
    if (event.type === 'invoice.paid') await markPaid(event.data.object.id);
    return { received: true };
  });
};

async function markPaid() {}
`,
      filename: 'plugins/stripe.js',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '\`request.body\`' }, line: 11, column: 35, endLine: 11, endColumn: 53 }],
    },
    {
      // An async verifier called as a statement without `await` (real-world batch FK): its failure rejects a promise
      // nobody waits for, and the handler has already gone on with the body.
      code: `const express = require('express');
const Stripe = require('stripe');

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();

async function verify(req) {
  await stripe.webhooks.constructEventAsync(req.body, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
}

app.post('/webhook', express.raw({ type: 'application/json' }), async (req, res) => {
  verify(req);
  const event = JSON.parse(req.body);
  if (event.type === 'invoice.paid') await markPaid(event.data.object);
  res.sendStatus(200);
});

app.post('/webhook/awaited', express.raw({ type: 'application/json' }), async (req, res) => {
  await verify(req);
  const event = JSON.parse(req.body);
  if (event.type === 'invoice.paid') await markPaid(event.data.object);
  res.sendStatus(200);
});
`,
      filename: 'server/webhooks.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [{ messageId: 'verificationNotAwaited', data: { call: 'verify()' }, line: 12, column: 3, endLine: 12, endColumn: 14 }],
    },
    {
      // A Telegram bot's payment server (real-world batch FI): the verifier's result is dropped, and its catch returns
      // false, so a forged event grants the premium role all the same.
      code: `const express = require('express');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
const app = express();
app.use(express.json({ verify: (req, _res, buf) => { req.rawBody = buf; } }));

function isValid(req) {
  try {
    stripe.webhooks.constructEvent(req.rawBody, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
    return true;
  } catch (err) {
    console.error('Webhook signature failed', err.message);
    return false;
  }
}

app.post('/webhook', async (req, res) => {
  isValid(req);
  const event = req.body;
  if (event.type === 'checkout.session.completed') await grantPremium(event.data.object.client_reference_id);
  res.send();
});
`,
      filename: 'src/server.js',
      output: null,
      errors: [{ messageId: 'verificationIgnored', line: 10, column: 5, endLine: 10, endColumn: 16 }],
    },
    {
      // The app's own verifier in a try whose catch falls back to the body (regression probe 342): whether that
      // function checks the signature or not, a forged event is processed
      code: CREDITS_WEBHOOK,
      filename: 'app/api/webhooks/stripe/route.ts',
      output: null,
      errors: [{ messageId: 'verificationIgnored', line: 10, column: 5, endLine: 10, endColumn: 16 }],
    },
    {
      // A TanStack Start server route's method handler (real-world batch EY)
      code: `import { createFileRoute } from '@tanstack/react-router'
import type Stripe from 'stripe'
export const Route = createFileRoute('/api/stripe-webhook')({
  server: { handlers: {
    POST: async ({ request }) => {
      const event = (await request.json()) as Stripe.Event
      if (event.type === 'invoice.paid') await grantCredits(event.data.object.customer as string)
      return new Response('ok')
    },
  } },
})
`,
      filename: 'src/routes/api/stripe-webhook.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`request.json()`' }, line: 5, column: 5, endLine: 5, endColumn: 9 }],
    },
    {
      // A TanStack Start server route's method handler (real-world batch EY)
      code: `import { createServerFileRoute } from '@tanstack/react-start/server'
export const ServerRoute = createServerFileRoute('/api/stripe/webhook').methods({
  POST: async ({ request }) => {
    const body = await request.json()
    if (body.type === 'checkout.session.completed') await fulfil(body.data.object.id)
    return new Response(null, { status: 200 })
  },
})
`,
      filename: 'src/routes/api/server-route.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`request.json()`' }, line: 3, column: 3, endLine: 3, endColumn: 7 }],
    },
    {
      // A TanStack Start server route's method handler (real-world batch EY)
      code: `import { createAPIFileRoute } from '@tanstack/react-start/api'
export const APIRoute = createAPIFileRoute('/api/stripe-hook2')({
  POST: async ({ request }) => {
    const event = await request.json()
    if (event.type === 'checkout.session.completed') await upgrade(event.data.object.metadata.userId)
    return new Response('ok')
  },
})
`,
      filename: 'src/routes/api/stripe-hook2.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`request.json()`' }, line: 3, column: 3, endLine: 3, endColumn: 7 }],
    },
    {
      // Appwrite Functions (real-world batch 330): the module's default export takes the context apart, \`({ req, res })\`;
      // its request's \`bodyJson\` is the parsed body, \`bodyRaw\` the raw one
      code: `import Stripe from 'stripe';
import { Client, Databases } from 'node-appwrite';

export default async ({ req, res, log }) => {
  const db = new Databases(new Client().setEndpoint(process.env.APPWRITE_FUNCTION_API_ENDPOINT).setKey(process.env.APPWRITE_API_KEY));
  const event = req.bodyJson;
  if (event.type === 'checkout.session.completed') {
    await db.updateDocument('main', 'orders', event.data.object.metadata.orderId, { status: 'paid' });
    log(\`order \${event.data.object.metadata.orderId} paid\`);
  }
  return res.json({ received: true });
};
`,
      filename: 'functions/stripe-webhook/src/main.js',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`req.bodyJson`' }, line: 4, column: 16, endLine: 4, endColumn: 44 }],
    },
    {
      code: `const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

module.exports = async ({ req, res, log }) => {
  const event = JSON.parse(req.bodyRaw);
  if (event.type === 'payment_intent.succeeded') {
    await stripe.customers.update(event.data.object.customer, { metadata: { lastPaid: String(event.data.object.created) } });
    log(\`paid \${event.data.object.id}\`);
  }
  return res.json({ received: true });
};
`,
      filename: 'functions/stripe/src/main.js',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`JSON.parse(req.bodyRaw)`' }, line: 3, column: 18, endLine: 3, endColumn: 46 }],
    },
    {
      // The context taken apart in the body rather than in the parameter list: an Appwrite Function given its context
      // whole (\`const { req, res } = context\`, then its body read under another name) …
      code: `import { Client, Users } from 'node-appwrite';
import Stripe from 'stripe';

export default async (context) => {
  const { req, res, log } = context;
  const users = new Users(new Client().setEndpoint(process.env.APPWRITE_FUNCTION_API_ENDPOINT).setKey(req.headers['x-appwrite-key']));
  const { bodyJson: event } = req;
  if (event.type === 'customer.subscription.updated') {
    const subscription = event.data.object;
    await users.updatePrefs(subscription.metadata.userId, { plan: subscription.items.data[0].price.lookup_key });
  }
  log(\`handled \${event.type}\`);
  return res.empty();
};
`,
      filename: 'functions/stripe-webhook/src/main.js',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: 'the parsed body `event`' }, line: 4, column: 16, endLine: 4, endColumn: 34 }],
    },
    {
      // … a SvelteKit endpoint's RequestEvent …
      code: `import { json, type RequestEvent } from '@sveltejs/kit';
import type Stripe from 'stripe';
import { db } from '$lib/server/db';

export async function POST(event: RequestEvent) {
  const { request, locals } = event;
  const stripeEvent = (await request.json()) as Stripe.Event;
  if (stripeEvent.type === 'customer.subscription.deleted') {
    await db.subscription.update({ where: { stripeId: stripeEvent.data.object.id }, data: { status: 'canceled' } });
    locals.logger?.info('subscription canceled');
  }
  return json({ received: true });
}
`,
      filename: 'src/routes/api/stripe/webhook/+server.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`request.json()`' }, line: 5, column: 23, endLine: 5, endColumn: 27 }],
    },
    {
      // … and a Koa context
      code: `const Router = require('@koa/router');
const Order = require('../models/order');

const router = new Router({ prefix: '/stripe' });

router.post('/webhook', async (ctx) => {
  const { request, response } = ctx;
  const { type, data } = request.body;
  if (type === 'payment_intent.succeeded') {
    await Order.updateOne({ paymentIntent: data.object.id }, { paid: true });
  }
  response.status = 200;
});

module.exports = router;
`,
      filename: 'src/routes/stripe.js',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`request.body`' }, line: 6, column: 25, endLine: 6, endColumn: 39 }],
    },
    {
      // A swallowed failure with the event held by the module (still the last event checked), and one after which the
      // handler acts on the body it parses itself
      code: `import express from 'express';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
let event;

app.post('/webhooks', express.raw({ type: 'application/json' }), async (req, res) => {
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    console.warn(\`bad signature: \${err.message}\`);
  }
  if (event.type === 'invoice.paid') await extendSubscription(event.data.object);
  res.json({ received: true });
});

app.post('/webhooks/connect', express.raw({ type: 'application/json' }), async (req, res) => {
  let verified;
  try {
    verified = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_CONNECT_SECRET);
  } catch (err) {
    console.warn(\`bad signature: \${err.message}\`);
  }
  const { type, data } = JSON.parse(req.body);
  if (type === 'account.updated') await syncAccount(data.object);
  res.json({ received: verified !== undefined });
});

async function extendSubscription(invoice) {}
async function syncAccount(account) {}
`,
      filename: 'server.js',
      output: null,
      errors: [
        { messageId: 'verificationIgnored', line: 11, column: 5, endLine: 11, endColumn: 16 },
        { messageId: 'verificationIgnored', line: 22, column: 5, endLine: 22, endColumn: 16 },
      ],
    },
    {
      // Next.js pages API: the raw body read by micro's \`buffer(req)\` and parsed, never checked (micro's reader of the
      // request verifies nothing)
      code: `import type { NextApiRequest, NextApiResponse } from 'next';
import { buffer } from 'micro';
import type Stripe from 'stripe';
import { prisma } from '../../lib/prisma';

export const config = { api: { bodyParser: false } };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const buf = await buffer(req);
  const event: Stripe.Event = JSON.parse(buf.toString());
  if (event.type === 'checkout.session.completed') {
    const session = event.data.object as Stripe.Checkout.Session;
    await prisma.order.update({ where: { id: session.client_reference_id! }, data: { paid: true } });
  }
  res.json({ received: true });
}
`,
      filename: 'pages/api/webhooks/stripe.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`JSON.parse(buf.toString())`' }, line: 8, column: 31, endLine: 8, endColumn: 38 }],
    },
    {
      // ...but where one of the other branches goes on to the Stripe acts, an unsigned request is processed
      code: `import { NextRequest, NextResponse } from 'next/server';
import Stripe from 'stripe';
import { handleRevenueCatWebhook } from '@/lib/webhooks';
import { db } from '@/lib/db';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function POST(request: NextRequest) {
  const body = await request.text();
  const signature = request.headers.get('stripe-signature');
  const authHeader = request.headers.get('authorization');
  let event: Stripe.Event;

  if (signature) {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } else if (authHeader) {
    return handleRevenueCatWebhook(JSON.parse(body), authHeader);
  } else {
    event = JSON.parse(body);
  }
  if (event.type === 'customer.subscription.deleted') {
    await db.subscription.update({ where: { stripeId: event.data.object.id }, data: { status: 'canceled' } });
  }
  return NextResponse.json({ received: true });
}
`,
      filename: 'app/api/webhooks/subscription/route.ts',
      output: null,
      errors: [{ messageId: 'verificationSkippable', data: { test: 'signature' }, line: 14, column: 7, endLine: 14, endColumn: 16 }],
    },
    {
      // Firebase's idiom, the handler's work inside CORS middleware run by hand (\`require('cors')({ origin: true })\`,
      // \`cors({ origin: true })\` held as \`corsHandler\`): cors checks no signature (real-world batch 331)
      code: `const functions = require('firebase-functions');
const admin = require('firebase-admin');
const cors = require('cors')({ origin: true });

admin.initializeApp();

exports.stripeWebhook = functions.https.onRequest((req, res) => {
  cors(req, res, async () => {
    const event = req.body;
    if (event.type === 'checkout.session.completed') {
      const session = event.data.object;
      await admin.firestore().collection('orders').doc(session.metadata.orderId).update({ status: 'paid' });
    }
    res.json({ received: true });
  });
});
`,
      filename: 'functions/index.js',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`req.body`' }, line: 7, column: 51, endLine: 7, endColumn: 64 }],
    },
    {
      code: `import { onRequest } from 'firebase-functions/v2/https';
import cors from 'cors';
import { getFirestore } from 'firebase-admin/firestore';
import Stripe from 'stripe';

const corsHandler = cors({ origin: true });

export const handleStripeWebhook = onRequest(async (req, res) => {
  corsHandler(req, res, async () => {
    const event = req.body as Stripe.Event;
    if (event.type === 'checkout.session.completed') {
      const session = event.data.object as Stripe.Checkout.Session;
      await getFirestore().doc(\`orders/\${session.metadata!.orderId}\`).update({ status: 'paid' });
    }
    res.status(200).send({ received: true });
  });
});
`,
      filename: 'functions/src/stripe/webhooks.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`req.body`' }, line: 8, column: 46, endLine: 8, endColumn: 65 }],
    },
    {
      // The Stripe-Signature header taken by a NestJS \`@Headers('stripe-signature')\` parameter, the check run only when it
      // is sent (real-world batch 333: a Connect webhook)
      code: `import { Controller, Headers, Post, Req } from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import type { Request } from 'express';
import Stripe from 'stripe';
import { SellersService } from './sellers.service';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string);

@Controller('stripe')
export class ConnectWebhookController {
  constructor(private readonly sellers: SellersService) {}

  @Post('connect-webhook')
  async handle(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature: string) {
    let event: Stripe.Event;
    if (signature) {
      event = stripe.webhooks.constructEvent(req.rawBody as Buffer, signature, process.env.STRIPE_CONNECT_WEBHOOK_SECRET as string);
    } else {
      event = JSON.parse((req.rawBody as Buffer).toString('utf8'));
    }
    if (event.type === 'account.updated') {
      const account = event.data.object as Stripe.Account;
      await this.sellers.markOnboarded(account.id, account.payouts_enabled);
    }
    return { received: true };
  }
}
`,
      filename: 'src/stripe/connect-webhook.controller.ts',
      output: null,
      errors: [{ messageId: 'verificationSkippable', data: { test: 'signature' }, line: 16, column: 9, endLine: 16, endColumn: 18 }],
    },
    {
      // A Hono handler that hands other files' functions the request's method, URL and another header, a Worker
      // binding and a context variable: none of them a signature (real-world batch 330)
      code: `import { Hono } from 'hono';
import type Stripe from 'stripe';
import { getStripe } from './lib/stripe';
import { markOrderPaid } from './lib/orders';
import { logRequest } from './lib/log';

const app = new Hono<{ Bindings: { STRIPE_SECRET_KEY: string; DB: D1Database } }>();

app.post('/api/stripe/webhook', async (c) => {
  logRequest(c.req.method, c.req.url, c.req.header('x-request-id'));
  const stripe = getStripe(c.env.STRIPE_SECRET_KEY);
  const event = (await c.req.json()) as Stripe.Event;
  if (event.type === 'checkout.session.completed') {
    const session = event.data.object as Stripe.Checkout.Session;
    await markOrderPaid(c.env.DB, c.get('tenant'), session.id);
    await stripe.customers.update(session.customer as string, { metadata: { paid: 'true' } });
  }
  return c.json({ received: true });
});

export default app;
`,
      filename: 'src/index.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`c.req.json()`' }, line: 9, column: 33, endLine: 9, endColumn: 45 }],
    },
    {
      // NestJS 10's @RawBody() parameter, parsed and acted on with no signature check (real-world batch 329)
      code: `import { Controller, Post, RawBody } from '@nestjs/common';
import Stripe from 'stripe';

@Controller('webhooks')
export class StripeWebhookController {
  @Post('stripe')
  async handle(@RawBody() raw: Buffer) {
    const event = JSON.parse(raw.toString('utf8')) as Stripe.Event;
    switch (event.type) {
      case 'checkout.session.completed':
        await this.fulfil((event.data.object as Stripe.Checkout.Session).id);
        break;
    }
    return { received: true };
  }
}
`,
      filename: 'src/webhooks/stripe-webhook.controller.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: "`JSON.parse(raw.toString('utf8'))`" }, line: 7, column: 9, endLine: 7, endColumn: 15 }],
    },
    {
      // A middleware that only keeps the raw body, bound to the route in app.module.ts: nothing checks the signature
      code: readFileSync(NEST_BILLING_CONTROLLER, 'utf8'),
      filename: NEST_BILLING_CONTROLLER,
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`@Body() event`' }, line: 10, column: 9, endLine: 10, endColumn: 16 }],
    },
    {
      // A controller exported by name that an Express router of its package routes with nothing but a body parser before
      // it (src/routes/payments.js: `router.post('/webhooks/stripe', express.raw(…), stripeWebhook)`; real-world batch 288)
      ...fromExpressProject('src/controllers/payments.js'),
      languageOptions: { parser: espree },
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`JSON.parse(req.body.toString())`' }, line: 17, column: 25, endLine: 17, endColumn: 44 }],
    },
    {
      // The same where the router imports the controller under the package's jsconfig alias (\`require('@/controllers/
      // disputes')\` for \`"@/*": ["./src/*"]\`; src/routes/disputes.js) and routes it behind \`express.json()\` only
      ...fromExpressProject('src/controllers/disputes.js'),
      languageOptions: { parser: espree },
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`req.body`' }, line: 3, column: 26, endLine: 3, endColumn: 45 }],
    },
    {
      // A controller class's statics (real-world batch 301): the router routes the verified one and an old one behind
      // \`express.json()\` only (src/routes/webhooks.js: \`WebhookController.handleLegacyWebhook\`); the unsigned
      // simulation is routed nowhere and not reported
      ...fromExpressProject('src/controllers/webhooks.js'),
      languageOptions: { parser: espree },
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`req.body`' }, line: 23, column: 16, endLine: 23, endColumn: 35 }],
    },
    {
      // The same through `import * as subscriptions` and `.route('…').post(…)`, with the router's authentication
      // registered after the route (src/routes/index.ts)
      ...fromExpressProject('src/controllers/subscriptions.ts'),
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`req.body`' }, line: 4, column: 23, endLine: 4, endColumn: 42 }],
    },
    {
      // The verified controller's code where no module binds a middleware to it (a file not on disk)
      code: readFileSync(NEST_WEBHOOKS_CONTROLLER, 'utf8'),
      filename: 'src/stripe-webhooks/stripe-webhooks.controller.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`@Body() body`' }, line: 10, column: 9, endLine: 10, endColumn: 28 }],
    },
    {
      // A signature checked with another algorithm than Stripe's HMAC-SHA256 (here ECDSA, a const shared with importKey):
      // no Stripe signature is checked
      code: PAGES_FUNCTION_WEBHOOK.replace("name: 'HMAC'", "name: 'ECDSA'"),
      filename: 'functions/api/stripe-webhook.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`JSON.parse(body)`' }, line: 11, column: 23, endLine: 11, endColumn: 36 }],
    },
    {
      // Secrets tried in turn with no guard after the loop, or with the event read inside the loop after the try, the
      // event parsed from the body first (so it is set when every check failed)
      code: `import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function POST(req: Request) {
  const signature = req.headers.get('stripe-signature') || '';
  const payload = await req.text();
  let event: Stripe.Event = JSON.parse(payload);
  for (const secret of [process.env.WHSEC_A!, process.env.WHSEC_B!]) {
    try {
      event = stripe.webhooks.constructEvent(payload, signature, secret);
      break;
    } catch {}
  }
  await fulfil(event!.data.object);
  return new Response('ok');
}

export async function PUT(req: Request) {
  const payload = await req.text();
  let event: Stripe.Event | undefined = JSON.parse(payload);
  for (const secret of [process.env.WHSEC_A!, process.env.WHSEC_B!]) {
    try {
      event = stripe.webhooks.constructEvent(payload, req.headers.get('stripe-signature')!, secret);
    } catch {}
    await fulfil(event!.data.object);
  }
  if (!event) return new Response('Invalid signature', { status: 400 });
  return new Response('ok');
}
`,
      filename: 'app/api/stripe/webhook/route.ts',
      output: null,
      errors: [
        { messageId: 'verificationIgnored', line: 13, column: 7, endLine: 13, endColumn: 12, suggestions: [] },
        { messageId: 'verificationIgnored', line: 25, column: 7, endLine: 25, endColumn: 12, suggestions: [] },
      ],
    },
    {
      // A success flag that does not say the check passed: true from the start, or set again after the loop (the event
      // parsed from the body first).
      code: `import express from 'express';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const webhookSecrets = [process.env.WHSEC_A, process.env.WHSEC_B];
const app = express();

app.post('/webhooks/a', express.raw({ type: 'application/json' }), async (req, res) => {
  let event = JSON.parse(req.body);
  let ok = true;
  for (const secret of webhookSecrets) {
    try {
      event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], secret);
      ok = true;
      break;
    } catch {}
  }
  if (!ok) return res.status(400).end();
  await fulfil(event.data.object);
  return res.json({ received: true });
});

app.post('/webhooks/b', express.raw({ type: 'application/json' }), async (req, res) => {
  let event = JSON.parse(req.body);
  let ok = false;
  for (const secret of webhookSecrets) {
    try {
      event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], secret);
      ok = true;
      break;
    } catch {}
  }
  if (process.env.SKIP_VERIFY) ok = true;
  if (!ok) return res.status(400).end();
  await fulfil(event.data.object);
  return res.json({ received: true });
});

async function fulfil() {}
`,
      filename: 'server.js',
      output: null,
      errors: [
        { messageId: 'verificationIgnored', line: 16, column: 7, endLine: 16, endColumn: 12, suggestions: [] },
        { messageId: 'verificationIgnored', line: 31, column: 7, endLine: 31, endColumn: 12, suggestions: [] },
      ],
    },
    {
      // ...and the server's default strategy covers a route that names none (\`server.auth.default('jwt')\`; precision
      // probe EN), not one that turns authentication off
      code: `const Hapi = require('@hapi/hapi');
const Stripe = require('stripe');

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

async function start() {
  const server = Hapi.server({ port: 3000 });
  await server.register(require('hapi-auth-jwt2'));
  server.auth.strategy('jwt', 'jwt', { key: process.env.JWT_KEY, validate: async () => ({ isValid: true }) });
  server.auth.default('jwt');
  server.route({
    method: 'POST',
    path: '/admin/stripe/replay',
    handler: async (request) => {
      const event = request.payload;
      if (event.type === 'invoice.paid') await markPaid(event.data.object.id);
      return { ok: true };
    },
  });
  server.route({
    method: 'POST',
    path: '/webhooks/stripe',
    options: { auth: false },
    handler: async (request) => {
      const event = request.payload;
      if (event.type === 'invoice.paid') await markPaid(event.data.object.id);
      return { ok: true };
    },
  });
  await server.start();
}

start();
`,
      filename: 'server/index.js',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '\`request.payload\`' }, line: 24, column: 5, endLine: 24, endColumn: 12 }],
    },
    {
      // hapi routes: one that requires credentials (\`auth: 'jwt'\`) is behind them, as an Express route behind token
      // middleware is (left from the thirty-second session); one whose authentication is only tried is open
      code: hapiStripeRoutes("{ mode: 'try' }"),
      filename: 'server/routes/stripe.js',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '\`request.payload\`' }, line: 23, column: 5, endLine: 23, endColumn: 12 }],
    },
    {
      // An Accounts v2 event destination's handler, told by its thin event types that name a part of the account in
      // brackets, reading the notification without a signature check (real-world batch DX)
      code: `import { NextResponse } from 'next/server';
import { markOnboardingComplete, refreshCapabilities } from '@/lib/accounts';

// Accounts v2 event destination (thin payloads): the account's requirements and capabilities changed.
export async function POST(req: Request) {
  const notification = await req.json();
  switch (notification.type) {
    case 'v2.core.account[requirements].updated':
      await markOnboardingComplete(notification.related_object.id);
      break;
    case 'v2.core.account[configuration.merchant].capability_status_updated':
      await refreshCapabilities(notification.related_object.id);
      break;
  }
  return NextResponse.json({ received: true });
}`,
      filename: 'app/api/connect/webhook/route.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '\`req.json()\`' }, line: 5, column: 23, endLine: 5, endColumn: 27 }],
    },
    {
      // A comment quoting an escape past U+10FFFF (\\u{110000} names no character): the name prefilter reading escaped
      // identifiers threw on it until the nineteenth session; the unverified handler is still found
      code: `// Escapes such as \\u{110000} are out of range and left as written.
import express from 'express';

const app = express();
app.post('/webhook', express.json(), (req, res) => {
  const event = req.body;
  if (event.type === 'checkout.session.completed') fulfil(event.data.object.id);
  res.sendStatus(200);
});
function fulfil(id) {}`,
      filename: 'server/webhook.js',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '\`req.body\`' }, line: 5, column: 38, endLine: 5, endColumn: 51, suggestions: [] }],
    },
    {
      // A Meteor server route of meteorhacks:picker, on a POST filter: the request is the second parameter (real-world batch DC)
      code: `import { Meteor } from 'meteor/meteor';
import bodyParser from 'body-parser';

Picker.middleware(bodyParser.json());
const postRoutes = Picker.filter((req) => req.method === 'POST');

postRoutes.route('/stripe/webhook', async (params, req, res) => {
  const event = req.body;
  if (event.type === 'invoice.payment_succeeded') {
    const invoice = event.data.object;
    await Meteor.users.updateAsync({ 'profile.stripeCustomer': invoice.customer }, { $set: { 'profile.plan': 'pro' } });
  }
  res.writeHead(200);
  res.end();
});
`,
      filename: 'server/webhooks.js',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '\`req.body\`' }, line: 7, column: 37, endLine: 7, endColumn: 64, suggestions: [] }],
    },
    {
      // A Meteor iron:router server route reading the event from \`this.request.body\` (real-world batch BO)
      code: `import { Router } from 'meteor/iron:router';

Router.route('/webhooks/stripe', function () {
  const request = this.request.body;

  switch (request.type) {
    case 'customer.subscription.updated':
      stripeUpdateSubscription(request.data.object);
      break;
    case 'invoice.payment_succeeded':
      stripeCreateInvoice(request.data.object);
      break;
  }

  this.response.statusCode = 200;
  this.response.end('Oh hai Stripe!\\n');
}, { where: 'server' });`,
      filename: 'server/routes.js',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '\`this.request.body\`' }, line: 3, column: 34, endLine: 3, endColumn: 45, suggestions: [] }],
    },
    {
      // Stripe's old sample with the signing secret left empty (real-world batch BL): the verifying branch never runs,
      // and the event is read from the body on the other one (a \`let\` set per branch, then switched on).
      code: EMPTY_SECRET_SAMPLE,
      filename: 'pages/api/webhook.js',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '\`req.body\`' }, line: 6, column: 31, endLine: 6, endColumn: 38, suggestions: [] }],
    },
    {
      // ...and with the secret declared but never given a value (real-world batch EZ: a membership shop's controller),
      // tested negated
      code: EMPTY_SECRET_SAMPLE.replace("const webhookSecret = '';", 'let webhookSecret;').replace('if (webhookSecret) {', 'if (!!webhookSecret) {'),
      filename: 'pages/api/webhook.js',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '\`req.body\`' }, line: 6, column: 31, endLine: 6, endColumn: 38, suggestions: [] }],
    },
    {
      // A Worker's fetch handing its request to functions of the same file (real-world batch BF): one exported by name
      // (routed here, so no other file's middleware can stand in front of it), one whose parameter is not named like a
      // request
      code: `import Stripe from 'stripe';

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname === '/stripe-webhook') return handleStripeWebhook(request, env);
    if (url.pathname === '/stripe-product-webhook') return handleProductWebhook(request, env);
    return new Response('Not found', { status: 404 });
  },
};

export async function handleStripeWebhook(request, env) {
  const event = await request.json();
  if (event.type === 'checkout.session.completed') await env.KV.put(\`order:\${event.data.object.id}\`, 'paid');
  return new Response('ok');
}

async function handleProductWebhook(eventOrRequest, env) {
  const event = await eventOrRequest.json();
  if (event.type === 'price.updated') await env.KV.put(\`price:\${event.data.object.id}\`, JSON.stringify(event.data.object));
  return new Response('ok');
}
`,
      filename: 'worker/worker.js',
      output: null,
      errors: [
        { messageId: 'unverifiedEvent', data: { source: '`request.json()`' }, line: 12, column: 23, endLine: 12, endColumn: 42, suggestions: [] },
        { messageId: 'unverifiedEvent', data: { source: '`eventOrRequest.json()`' }, line: 18, column: 16, endLine: 18, endColumn: 36, suggestions: [] },
      ],
    },
    {
      // Qwik City's request handlers (src/routes/**/index.ts): the export's name is the route; the body read with the
      // event's parseBody() or its request (real-world batch AT)
      code: `import type { RequestHandler } from '@builder.io/qwik-city';
import { fulfilOrder, markRefunded } from '~/lib/orders';

export const onPost: RequestHandler = async ({ parseBody, json }) => {
  const event = (await parseBody()) as { type: string; data: { object: { id: string } } };
  if (event.type === 'checkout.session.completed') await fulfilOrder(event.data.object.id);
  json(200, { received: true });
};

export const onPut: RequestHandler = async ({ request, send }) => {
  const event = await request.json();
  if (event.type === 'payment_intent.payment_failed') await markRefunded(event.data.object.id);
  send(200, 'ok');
};`,
      filename: 'src/routes/api/stripe/index.ts',
      output: null,
      errors: [
        { messageId: 'unverifiedEvent', data: { source: '`parseBody()`' }, line: 4, column: 14, endLine: 4, endColumn: 20, suggestions: [] },
        { messageId: 'unverifiedEvent', data: { source: '`request.json()`' }, line: 10, column: 14, endLine: 10, endColumn: 19, suggestions: [] },
      ],
    },
    {
      // Oak on Deno: the body object's json() (Oak 13 and later) and the body reader's value (Oak 12) (real-world batch AT)
      code: `import { Application, Router } from 'jsr:@oak/oak';
import { fulfil } from './orders.ts';

const router = new Router();

router.post('/stripe/webhook', async (ctx) => {
  const event = await ctx.request.body.json();
  if (event.type === 'checkout.session.completed') await fulfil(event.data.object.id);
  ctx.response.status = 200;
});

router.post('/stripe/webhook-v12', async (ctx) => {
  const event = await ctx.request.body({ type: 'json' }).value;
  if (event.type === 'checkout.session.completed') await fulfil(event.data.object.id);
  ctx.response.status = 200;
});

const app = new Application();
app.use(router.routes());
await app.listen({ port: 8000 });`,
      filename: 'server/main.ts',
      output: null,
      errors: [
        { messageId: 'unverifiedEvent', data: { source: '`ctx.request.body.json()`' }, line: 6, column: 32, endLine: 6, endColumn: 46, suggestions: [] },
        { messageId: 'unverifiedEvent', data: { source: "`ctx.request.body({ type: 'json' }).value`" }, line: 12, column: 36, endLine: 12, endColumn: 50, suggestions: [] },
      ],
    },
    {
      // Cloudflare Pages Functions: the export's name is the route, with the context whole or taken apart.
      code: `export async function onRequestPost(context) {
  const event = await context.request.json();
  switch (event.type) {
    case 'payment_intent.succeeded':
      await context.env.DB.prepare('UPDATE orders SET paid = 1 WHERE intent = ?').bind(event.data.object.id).run();
      break;
  }
  return new Response('ok');
}

export const onRequest = async ({ request }) => {
  const { type, data } = await request.json();
  if (type === 'customer.subscription.deleted') await cancel(data.object.customer);
  return new Response('ok');
};`,
      filename: 'functions/api/webhook.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        { messageId: 'unverifiedEvent', data: { source: '`context.request.json()`' }, line: 1, column: 23, endLine: 1, endColumn: 36, suggestions: [] },
        { messageId: 'unverifiedEvent', data: { source: '`request.json()`' }, line: 11, column: 14, endLine: 11, endColumn: 23, suggestions: [] },
      ],
    },
    {
      // Convex HTTP actions (real-world batch 268): the request is the action's second parameter, its context the
      // first; a route's handler and an exported action both act on the parsed body.
      code: `import { httpRouter } from 'convex/server';
import { httpAction } from './_generated/server';
import { internal } from './_generated/api';

const http = httpRouter();

http.route({
  path: '/stripe',
  method: 'POST',
  handler: httpAction(async (ctx, request) => {
    const body = await request.json();
    if (body.type === 'checkout.session.completed') {
      await ctx.runMutation(internal.users.upgrade, { id: body.data.object.client_reference_id });
    }
    return new Response(null, { status: 200 });
  }),
});

export const stripeHook = httpAction(async (ctx, req) => {
  const event = await req.json();
  switch (event.type) {
    case 'invoice.paid':
      await ctx.runMutation(internal.billing.paid, { customer: event.data.object.customer });
  }
  return new Response('ok');
});

export default http;`,
      filename: 'convex/http.ts',
      output: null,
      errors: [
        { messageId: 'unverifiedEvent', data: { source: '`request.json()`' }, line: 10, column: 23, endLine: 10, endColumn: 46, suggestions: [] },
        { messageId: 'unverifiedEvent', data: { source: '`req.json()`' }, line: 19, column: 38, endLine: 19, endColumn: 57, suggestions: [] },
      ],
    },
    {
      // Helpers handed the raw body, not the request (real-world batch 269: Hono apps on Supabase whose
      // "constructWebhookEvent" only parses): one acts on what it parses, one returns it, one is a method of a const
      // object; and Hono's \`c.req.raw\`, the Fetch request, read with \`.json()\`.
      code: `import { Hono } from 'hono';

const app = new Hono();

async function handleWebhook(signature: string, body: string) {
  const event = JSON.parse(body);
  if (event.type === 'checkout.session.completed') await markPaid(event.data.object.id);
}

function constructWebhookEvent(body: string, signature: string) {
  return JSON.parse(body);
}

const payments = {
  parseEvent(body: string) {
    return JSON.parse(body);
  },
};

app.post('/webhooks/a', async (c) => {
  await handleWebhook(c.req.header('stripe-signature') ?? '', await c.req.text());
  return c.json({});
});

app.post('/webhooks/b', async (c) => {
  const body = await c.req.text();
  const event = constructWebhookEvent(body, c.req.header('stripe-signature')!);
  if (event.type === 'payment_intent.succeeded') await markPaid(event.data.object.id);
  return c.json({});
});

app.post('/webhooks/c', async (c) => {
  const event = payments.parseEvent(await c.req.text());
  if (event.type === 'payment_intent.succeeded') await markPaid(event.data.object.id);
  return c.json({});
});

app.post('/webhooks/d', async (c) => {
  const event = await c.req.raw.json();
  if (event.type === 'checkout.session.completed') await markPaid(event.data.object.id);
  return c.json({});
});

async function markPaid(id: string) {}`,
      filename: 'src/webhooks.ts',
      output: null,
      errors: [
        { messageId: 'unverifiedEvent', data: { source: '`JSON.parse(body)`' }, line: 20, column: 25, endLine: 20, endColumn: 37, suggestions: [] },
        { messageId: 'unverifiedEvent', data: { source: '`JSON.parse(body)`' }, line: 25, column: 25, endLine: 25, endColumn: 37, suggestions: [] },
        { messageId: 'unverifiedEvent', data: { source: '`JSON.parse(body)`' }, line: 32, column: 25, endLine: 32, endColumn: 37, suggestions: [] },
        { messageId: 'unverifiedEvent', data: { source: '`c.req.raw.json()`' }, line: 38, column: 25, endLine: 38, endColumn: 37, suggestions: [] },
      ],
    },
    {
      // A same-file helper that hands the signature only to an error tracker's call and to lodash verifies nothing
      // (regression probe 272): only the app's own module's functions, or one named for a check, may verify it.
      code: `const Sentry = require('@sentry/node');
const _ = require('lodash');

function handleWebhook(sig, payload) {
  Sentry.setTag('stripe_signature', sig);
  if (_.isEmpty(sig)) throw new Error('no signature');
  const event = JSON.parse(payload);
  if (event.type === 'checkout.session.completed') fulfil(event.data.object.id);
}

app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  handleWebhook(req.headers['stripe-signature'], req.body);
  res.json({ received: true });
});`,
      filename: 'routes/webhook.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`JSON.parse(payload)`' }, line: 11, column: 65, endLine: 11, endColumn: 78, suggestions: [] }],
    },
    {
      // A Convex HTTP action handed to httpAction by name, an arrow const and a function declaration (batch 269).
      code: `import { httpAction } from './_generated/server';
import { internal } from './_generated/api';

const fulfil = async (ctx, request) => {
  const event = JSON.parse(await request.text());
  if (event.type === 'checkout.session.completed') await ctx.runMutation(internal.orders.paid, { id: event.data.object.id });
  return new Response('OK');
};

async function subscriptions(ctx, request) {
  const event = await request.json();
  if (event.type === 'customer.subscription.updated') await ctx.runMutation(internal.plans.sync, { sub: event.data.object });
  return new Response('OK');
}

export const checkoutWebhook = httpAction(fulfil);
export const subscriptionWebhook = httpAction(subscriptions);`,
      filename: 'convex/stripe.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        { messageId: 'unverifiedEvent', data: { source: '`JSON.parse(await request.text())`' }, line: 4, column: 7, endLine: 4, endColumn: 13, suggestions: [] },
        { messageId: 'unverifiedEvent', data: { source: '`request.json()`' }, line: 10, column: 16, endLine: 10, endColumn: 29, suggestions: [] },
      ],
    },
    {
      // Nuxt 3 / h3 (real-world batch Q): the parsed body taken as the event, and a catch that only logs (the event
      // read from the body before the check)
      code: `import Stripe from 'stripe';
import { defineEventHandler, getHeader, readBody, readRawBody } from 'h3';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export const subscriptions = defineEventHandler(async (event) => {
  const stripeEvent = await readBody<Stripe.Event>(event);
  if (stripeEvent.type === 'customer.subscription.updated') await syncPlan(stripeEvent.data.object);
  return { received: true };
});

export default defineEventHandler(async (event) => {
  const body = await readRawBody(event);
  let verified: Stripe.Event | undefined = JSON.parse(body!);
  try {
    verified = stripe.webhooks.constructEvent(body!, getHeader(event, 'stripe-signature')!, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    console.error('webhook signature', err);
  }
  if (verified?.type === 'invoice.paid') await extend(verified.data.object);
  return { received: true };
});`,
      filename: 'server/api/stripe/webhooks.post.ts',
      output: null,
      errors: [
        { messageId: 'unverifiedEvent', data: { source: '`readBody<Stripe.Event>(event)`' }, line: 6, column: 49, endLine: 6, endColumn: 65, suggestions: [] },
        { messageId: 'verificationIgnored', line: 17, column: 5, endLine: 17, endColumn: 16, suggestions: [] },
      ],
    },
    {
      // Event types compared by prefix (real-world batch Q): a Nuxt route that parses the body as a Stripe event, and
      // an Express route with a distinctive object in a file that never mentions Stripe
      code: `import Stripe from 'stripe';
import { handleSubscriptionChange } from '~/server/services/stripe';

export default defineEventHandler(async (event) => {
  const stripeEvent = await readBody<Stripe.Event>(event);
  const isSubscriptionEvent = stripeEvent.type.startsWith('customer.subscription');
  if (isSubscriptionEvent) return handleSubscriptionChange(stripeEvent.data.object, stripeEvent.created);
  return \`unhandled \${stripeEvent.type}\`;
});`,
      filename: 'server/api/stripe/webhooks.post.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`readBody<Stripe.Event>(event)`' }, line: 4, column: 35, endLine: 4, endColumn: 51, suggestions: [] }],
    },
    {
      // The request goes to another file's function only in the call the handler returns at its end, after the branch
      // that acts has returned: it cannot verify that act (real-world batch CE, a Nuxt tutorial's webhook).
      code: `import Stripe from 'stripe';
import { sendDefaultErrorResponse } from '~~/server/utils/responses';
import { updateSubscription } from '~~/server/services/billing';

export default defineEventHandler(async (event) => {
  const stripeEvent = await readBody<Stripe.Event>(event);
  if (stripeEvent.type.startsWith('customer.subscription')) {
    await updateSubscription(stripeEvent.data.object as Stripe.Subscription);
    return \`handled \${stripeEvent.type}\`;
  }
  return sendDefaultErrorResponse(event, 'oops', 400, 'Unhandled event type');
});`,
      filename: 'server/api/stripe/webhooks.post.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`readBody<Stripe.Event>(event)`' }, line: 5, column: 35, endLine: 5, endColumn: 51, suggestions: [] }],
    },
    {
      code: `app.post('/hooks', express.json(), async (req, res) => {
  const { type, data } = req.body;
  if (type?.startsWith('checkout.session.')) await orders.fulfil(data.id);
  res.sendStatus(200);
});`,
      languageOptions: { parser: espree },
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`req.body`' }, line: 1, column: 36, endLine: 1, endColumn: 55, suggestions: [] }],
    },
    {
      // A \`verify\` option that only keeps the raw body checks nothing: the route acts on the parsed body unverified
      code: `const express = require('express');
const app = express();

app.use(express.json({ verify: (req, res, buf) => { req.rawBody = buf; } }));

app.post('/webhooks/stripe', async (req, res) => {
  const event = req.body;
  if (event.type === 'checkout.session.completed') await markPaid(event.data.object.id);
  res.json({ received: true });
});`,
      languageOptions: { parser: espree },
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`req.body`' }, line: 6, column: 30, endLine: 6, endColumn: 49, suggestions: [] }],
    },
    {
      // The check runs only when the request carries a Stripe-Signature header: a forged request leaves it out and
      // its body is taken as the event (real-world batch U, seen in public Deno and Vercel handlers)
      code: `import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get('stripe-signature');
  const secret = process.env.STRIPE_WEBHOOK_SECRET;
  let event: Stripe.Event;
  if (secret && signature) {
    try {
      event = stripe.webhooks.constructEvent(body, signature, secret);
    } catch {
      return new Response('Invalid signature', { status: 400 });
    }
  } else {
    event = JSON.parse(body);
  }
  if (event.type === 'checkout.session.completed') await markPaid(event.data.object.id);
  return new Response('ok');
}

export const PUT = async (req: Request) => {
  const body = await req.text();
  const sig = req.headers.get('stripe-signature');
  const event = sig != null ? stripe.webhooks.constructEvent(body, sig, process.env.STRIPE_WEBHOOK_SECRET!) : JSON.parse(body);
  if (event.type === 'invoice.paid') await extend(event.data.object.subscription);
  return new Response('ok');
};`,
      filename: 'app/api/webhooks/route.ts',
      output: null,
      errors: [
        { messageId: 'verificationSkippable', data: { test: 'secret && signature' }, line: 10, column: 7, endLine: 10, endColumn: 26, suggestions: [] },
        { messageId: 'verificationSkippable', data: { test: 'sig != null' }, line: 26, column: 17, endLine: 26, endColumn: 28, suggestions: [] },
      ],
    },
    {
      // ...also with a hand-written verifier of the file (real-world batch 335: a Cloudflare Pages Function and a Supabase
      // Edge Function, each with its own Web Crypto HMAC check)
      code: `export async function onRequestPost(context) {
  const secret = context.env.STRIPE_WEBHOOK_SECRET;
  const body = await context.request.text();
  const sig = context.request.headers.get('stripe-signature');
  let event;
  if (secret && sig) {
    try {
      event = await verifyStripeSignature(body, sig, secret);
    } catch (err) {
      return new Response('Invalid signature', { status: 400 });
    }
  } else {
    event = JSON.parse(body);
  }
  if (event.type === 'checkout.session.completed') await markPaid(context.env, event.data.object);
  return new Response('ok');
}

${WEB_CRYPTO_VERIFIER}`,
      filename: 'functions/api/stripe-webhook.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [{ messageId: 'verificationSkippable', data: { test: 'secret && sig' }, line: 6, column: 7, endLine: 6, endColumn: 20, suggestions: [] }],
    },
    {
      // ...also where a guard only warns about the missing header, or turns the request away only after the check
      code: `import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get('stripe-signature');
  if (!signature) console.warn('Stripe webhook without a signature');
  const event = signature ? stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!) : JSON.parse(body);
  if (event.type === 'checkout.session.completed') await markPaid(event.data.object.id);
  return new Response('ok');
}

export async function PUT(req: Request) {
  const body = await req.text();
  const sig = req.headers.get('stripe-signature');
  const event = sig ? stripe.webhooks.constructEvent(body, sig, process.env.STRIPE_WEBHOOK_SECRET!) : JSON.parse(body);
  if (event.type === 'invoice.paid') await extend(event.data.object.subscription);
  if (!sig) return new Response('Missing signature', { status: 400 });
  return new Response('ok');
}`,
      filename: 'app/api/webhooks/route.ts',
      output: null,
      errors: [
        { messageId: 'verificationSkippable', data: { test: 'signature' }, line: 9, column: 17, endLine: 9, endColumn: 26, suggestions: [] },
        { messageId: 'verificationSkippable', data: { test: 'sig' }, line: 17, column: 17, endLine: 17, endColumn: 20, suggestions: [] },
      ],
    },
    {
      // The header read with an empty fallback is still the header or nothing (\`|| undefined\`, \`?? ''\`): a forged request
      // leaves it out (real-world batch 102, a parking app's booking webhook)
      code: `import Stripe from 'stripe';
import { NextRequest, NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function POST(req: NextRequest) {
  const body = await req.text();
  const sig = req.headers.get('stripe-signature') || undefined;
  let event: Stripe.Event;
  if (sig) {
    event = stripe.webhooks.constructEvent(body, sig, process.env.STRIPE_WEBHOOK_SECRET!);
  } else {
    event = JSON.parse(body);
  }
  if (event.type === 'checkout.session.completed') {
    await prisma.booking.update({ where: { id: event.data.object.metadata!.bookingId }, data: { paid: true } });
  }
  return NextResponse.json({ received: true });
}

export async function PUT(req: NextRequest) {
  const body = await req.text();
  const signature = req.headers.get('stripe-signature') ?? '';
  const event = signature ? stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!) : JSON.parse(body);
  if (event.type === 'invoice.paid') await prisma.permit.update({ where: { id: event.data.object.metadata.permitId }, data: { active: true } });
  return NextResponse.json({ received: true });
}
`,
      filename: 'src/app/api/webhooks/stripe/route.ts',
      output: null,
      errors: [
        { messageId: 'verificationSkippable', data: { test: 'sig' }, line: 11, column: 7, endLine: 11, endColumn: 10, suggestions: [] },
        { messageId: 'verificationSkippable', data: { test: 'signature' }, line: 25, column: 17, endLine: 25, endColumn: 26, suggestions: [] },
      ],
    },
    {
      // ...the header read under both spellings (real-world batch 232: a Lambda behind API Gateway, and Express)
      code: `const express = require('express');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
const { fulfil } = require('./fulfil');

exports.handler = async (event) => {
  let stripeEvent;
  const sig = event.headers['stripe-signature'] || event.headers['Stripe-Signature'];
  if (sig) {
    stripeEvent = stripe.webhooks.constructEvent(event.body, sig, process.env.STRIPE_WEBHOOK_SECRET);
  } else {
    stripeEvent = JSON.parse(event.body);
  }
  if (stripeEvent.type === 'checkout.session.completed') await fulfil(stripeEvent.data.object);
  return { statusCode: 200 };
};

const app = express();
app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  const signature = req.headers['stripe-signature'] ?? req.get('Stripe-Signature');
  const event = signature ? stripe.webhooks.constructEvent(req.body, signature, process.env.STRIPE_WEBHOOK_SECRET) : JSON.parse(req.body);
  if (event.type === 'checkout.session.completed') fulfil(event.data.object);
  res.json({ received: true });
});
`,
      filename: 'functions/stripe-webhook.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [
        { messageId: 'verificationSkippable', data: { test: 'sig' }, line: 8, column: 7, endLine: 8, endColumn: 10, suggestions: [] },
        { messageId: 'verificationSkippable', data: { test: 'signature' }, line: 20, column: 17, endLine: 20, endColumn: 26, suggestions: [] },
      ],
    },
    {
      // AWS Lambda behind API Gateway and Netlify functions: the export named handler is the route, its event.body the
      // raw body, here parsed and acted on unverified
      code: `import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import Stripe from 'stripe';

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const payload: Stripe.Event = JSON.parse(event.body ?? '{}');
  switch (payload.type) {
    case 'invoice.paid':
      await extendSubscription(payload.data.object);
      break;
    case 'customer.subscription.deleted':
      await cancelSubscription(payload.data.object);
      break;
  }
  return { statusCode: 200, body: JSON.stringify({ received: true }) };
};`,
      filename: 'src/functions/stripe-webhook.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: "`JSON.parse(event.body ?? '{}')`" }, line: 4, column: 14, endLine: 4, endColumn: 21, suggestions: [] }],
    },
    {
      // ...its event destructured in the parameter list (real-world batch 232: a Netlify function)
      code: `const { fulfilOrder } = require('./lib/orders');

exports.handler = async ({ body, headers }) => {
  const stripeEvent = JSON.parse(body);
  if (stripeEvent.type === 'checkout.session.completed') await fulfilOrder(stripeEvent.data.object);
  return { statusCode: 200, body: JSON.stringify({ received: true }) };
};`,
      filename: 'netlify/functions/stripe-webhook.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '\`JSON.parse(body)\`' }, line: 3, column: 19, endLine: 3, endColumn: 47, suggestions: [] }],
    },
    {
      // ...whose handler later calls an API with a \`headers\` option: a key, not the request's headers handed on (real-world
      // batch 232: a Netlify function that updates a user's role)
      code: `const fetch = require('node-fetch');

exports.handler = async ({ body, headers }, context) => {
  try {
    const stripeEvent = JSON.parse(body);
    if (stripeEvent.type !== 'customer.subscription.updated') throw new Error('Incorrect Stripe event type.');
    const subscription = stripeEvent.data.object;
    const { identity } = context.clientContext;
    await fetch(\`\${identity.url}/admin/users/\${subscription.metadata.netlifyID}\`, {
      method: 'PUT',
      headers: { Authorization: \`Bearer \${identity.token}\` },
      body: JSON.stringify({ app_metadata: { roles: [subscription.items.data[0].price.nickname] } }),
    });
    return { statusCode: 200, body: JSON.stringify({ received: true }) };
  } catch (error) {
    return { statusCode: 400, body: JSON.stringify({ error: error.message }) };
  }
};`,
      filename: 'src/additional_functions/handle-subscription-change.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '\`JSON.parse(body)\`' }, line: 3, column: 19, endLine: 3, endColumn: 56, suggestions: [] }],
    },
    {
      // Azure Functions HTTP triggers (real-world batch 232): the classic model's (context, req), and the v4 model's
      // (request, context) registered with app.http
      code: `const { fulfilOrder } = require('../shared/orders');

module.exports = async function (context, req) {
  const event = req.body;
  if (event.type === 'checkout.session.completed') await fulfilOrder(event.data.object);
  context.res = { status: 200, body: { received: true } };
};`,
      filename: 'StripeWebhook/index.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '\`req.body\`' }, line: 3, column: 18, endLine: 3, endColumn: 47, suggestions: [] }],
    },
    {
      code: `import { app, HttpRequest, InvocationContext } from '@azure/functions';
import Stripe from 'stripe';
import { fulfilOrder } from '../shared/orders';

export async function stripeWebhook(request: HttpRequest, context: InvocationContext) {
  const event = (await request.json()) as Stripe.Event;
  if (event.type === 'checkout.session.completed') await fulfilOrder(event.data.object);
  return { status: 200 };
}

app.http('stripeWebhook', { methods: ['POST'], authLevel: 'anonymous', handler: stripeWebhook });`,
      filename: 'src/functions/stripeWebhook.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '\`request.json()\`' }, line: 5, column: 23, endLine: 5, endColumn: 36, suggestions: [] }],
    },
    {
      // ...its body decoded when API Gateway base64-encoded it (real-world batch FA)
      code: `const { markPaid } = require('./orders');

exports.handler = async (event) => {
  const raw = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  const stripeEvent = JSON.parse(raw);
  if (stripeEvent.type === 'invoice.payment_succeeded') await markPaid(stripeEvent.data.object.id);
  return { statusCode: 200, body: '' };
};`,
      filename: 'functions/stripe-webhook.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '\`JSON.parse(raw)\`' }, line: 3, column: 19, endLine: 3, endColumn: 35, suggestions: [] }],
    },
    {
      // ...wrapped by middy, the handler a const of the file or inline with only a body parser before it, and by SST's
      // ApiHandler (real-world batch FA)
      code: `import middy from '@middy/core';
import Stripe from 'stripe';
import { markPaid } from './orders';

const baseHandler = async (event) => {
  const stripeEvent = JSON.parse(event.body);
  if (stripeEvent.type === 'payment_intent.succeeded') await markPaid(stripeEvent.data.object.id);
  return { statusCode: 200 };
};
export const handler = middy(baseHandler);`,
      filename: 'src/functions/stripe-webhook.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '\`JSON.parse(event.body)\`' }, line: 5, column: 7, endLine: 5, endColumn: 18, suggestions: [] }],
    },
    {
      code: `const middy = require('@middy/core');
const jsonBodyParser = require('@middy/http-json-body-parser');
const { refund } = require('./orders');

exports.handler = middy(async (event) => {
  if (event.body.type === 'checkout.session.completed') await refund(event.body.data.object.id);
  return { statusCode: 200 };
}).use(jsonBodyParser());`,
      filename: 'functions/refunds.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '\`event.body\`' }, line: 5, column: 25, endLine: 5, endColumn: 41, suggestions: [] }],
    },
    {
      // middy's fluent form (middy 4 and later): \`middy().use(…).handler(fn)\`
      code: `import middy from '@middy/core';
import httpErrorHandler from '@middy/http-error-handler';
import type Stripe from 'stripe';

const base = async (event: { body: string }) => {
  const evt = JSON.parse(event.body) as Stripe.Event;
  if (evt.type === 'invoice.paid') await markPaid(evt.data.object);
  return { statusCode: 200 };
};
export const handler = middy().use(httpErrorHandler()).handler(base);`,
      filename: 'src/functions/invoices.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '\`JSON.parse(event.body)\`' }, line: 5, column: 7, endLine: 5, endColumn: 11, suggestions: [] }],
    },
    {
      code: `import { ApiHandler } from 'sst/node/api';
import { markPaid } from './orders';

export const handler = ApiHandler(async (evt) => {
  const event = JSON.parse(evt.body!);
  if (event.type === 'checkout.session.completed') await markPaid(event.data.object.id);
  return { statusCode: 200 };
});`,
      filename: 'packages/functions/src/stripe.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '\`JSON.parse(evt.body!)\`' }, line: 4, column: 35, endLine: 4, endColumn: 49, suggestions: [] }],
    },
    {
      // SST v2's hooks read the request of the ApiHandler they run in: `useJsonBody()` is its parsed body.
      code: `import { ApiHandler, useJsonBody } from 'sst/node/api';
import type Stripe from 'stripe';
import { grantAccess } from './access';

export const handler = ApiHandler(async () => {
  const event = useJsonBody() as Stripe.Event;
  if (event.type === 'checkout.session.completed') {
    await grantAccess((event.data.object as Stripe.Checkout.Session).client_reference_id!);
  }
  return { statusCode: 200 };
});`,
      filename: 'packages/functions/src/webhook.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '\`useJsonBody()\`' }, line: 5, column: 35, endLine: 5, endColumn: 46, suggestions: [] }],
    },
    {
      // A Netlify function whose first parameter is named like a request, beside Netlify's context (real-world batch
      // V: a forged payment_intent.succeeded mails out a licence key)
      code: `const { sendEmail, setLicenseKey } = require('./licenses');

exports.handler = async function (req, context) {
  const event = JSON.parse(req.body);
  if (event.type === 'payment_intent.succeeded') {
    const email = event.data.object.receipt_email;
    await setLicenseKey(email, await sendEmail(email));
  }
  return { statusCode: 200 };
};`,
      filename: 'src/functions/gen-license/index.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`JSON.parse(req.body)`' }, line: 3, column: 19, endLine: 3, endColumn: 48, suggestions: [] }],
    },
    {
      // SvelteKit hands its RequestEvent whole (\`event.request\`), here under two names (real-world batch Q)
      code: `import type { RequestHandler } from './$types';
import { stripe } from '$lib/server/stripe';

export const POST: RequestHandler = async (event) => {
  const payload = await event.request.json();
  if (payload.type === 'customer.subscription.deleted') await cancel(payload.data.object.customer);
  return new Response(null, { status: 204 });
};

export async function PUT(requestEvent) {
  const { type, data } = await requestEvent.request.json();
  if (type === 'invoice.paid') await extend(data.object.subscription);
  return new Response(null, { status: 204 });
}`,
      filename: 'src/routes/api/stripe/+server.ts',
      output: null,
      errors: [
        { messageId: 'unverifiedEvent', data: { source: '`event.request.json()`' }, line: 4, column: 14, endLine: 4, endColumn: 18, suggestions: [] },
        { messageId: 'unverifiedEvent', data: { source: '`requestEvent.request.json()`' }, line: 10, column: 23, endLine: 10, endColumn: 26, suggestions: [] },
      ],
    },
    {
      // A Remix / React Router action and a typed Astro endpoint: reported at the name, not its type annotation.
      code: `import type { ActionFunctionArgs } from '@remix-run/node';
import type { APIRoute } from 'astro';
import { stripe } from '~/lib/stripe.server';

export async function action({ request }: ActionFunctionArgs) {
  const event = await request.json();
  if (event.type === 'invoice.paid') await activate(event.data.object.customer);
  return new Response(null, { status: 200 });
}

export const POST: APIRoute = async ({ request }) => {
  const body = await request.json();
  if (body.type === 'checkout.session.completed') await fulfil(body.data.object);
  return new Response('ok');
};`,
      filename: 'app/routes/webhooks.stripe.tsx',
      output: null,
      errors: [
        { messageId: 'unverifiedEvent', data: { source: '`request.json()`' }, line: 5, column: 23, endLine: 5, endColumn: 29, suggestions: [] },
        { messageId: 'unverifiedEvent', data: { source: '`request.json()`' }, line: 11, column: 14, endLine: 11, endColumn: 18, suggestions: [] },
      ],
    },
    {
      // Astro's catch-all `ALL` endpoint, and Astro 1 and 2's lower-case methods typed as Astro's (real-world batch 85).
      code: `import type { APIContext, APIRoute } from 'astro';
import { fulfil, refund } from '../../lib/orders';

export const ALL: APIRoute = async ({ request }) => {
  const event = await request.json();
  if (event.type === 'checkout.session.completed') await fulfil(event.data.object.id);
  return new Response('ok');
};

export const post: APIRoute = async ({ request }) => {
  const event = await request.json();
  if (event.type === 'payment_intent.succeeded') await refund(event.data.object.id);
  return new Response('ok');
};

export async function put({ request }: APIContext) {
  const event = await request.json();
  if (event.type === 'customer.subscription.deleted') await refund(event.data.object.id);
  return new Response('ok');
}`,
      filename: 'src/pages/api/stripe-webhook.ts',
      output: null,
      errors: [
        { messageId: 'unverifiedEvent', data: { source: '`request.json()`' }, line: 4, column: 14, endLine: 4, endColumn: 17, suggestions: [] },
        { messageId: 'unverifiedEvent', data: { source: '`request.json()`' }, line: 10, column: 14, endLine: 10, endColumn: 18, suggestions: [] },
        { messageId: 'unverifiedEvent', data: { source: '`request.json()`' }, line: 16, column: 23, endLine: 16, endColumn: 26, suggestions: [] },
      ],
    },
    {
      // Hono: a schema validator of the JSON body as route middleware only parses it; the handler acts on
      // `c.req.valid('json')` unverified (real-world batch AJ, probes)
      code: `import Stripe from 'stripe'
import { Hono } from 'hono'
import { zValidator } from '@hono/zod-validator'
import { z } from 'zod'

const event = z.object({ type: z.string(), data: z.object({ object: z.record(z.unknown()) }) })
const app = new Hono()

app.post('/webhooks/stripe', zValidator('json', event), async (c) => {
  const received = c.req.valid('json')
  if (received.type === 'checkout.session.completed') await fulfil(received.data.object)
  return c.text('ok')
})

async function fulfil(session: Record<string, unknown>) {}
export default app
`,
      filename: 'src/index.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: "`c.req.valid('json')`" }, line: 9, column: 57, endLine: 9, endColumn: 69, suggestions: [] }],
    },
    {
      // Hono's context helpers (`env(c)` for the Worker's bindings, `getConnInfo(c)`, `getCookie(c, …)`) read the context
      // and verify nothing: handing them the context is no hand-off that may check the signature (real-world batch 225).
      code: `import Stripe from 'stripe'
import { Hono } from 'hono'
import { env } from 'hono/adapter'
import { getCookie } from 'hono/cookie'
import { getConnInfo } from 'hono/cloudflare-workers'

type Bindings = { STRIPE_SECRET_KEY: string; DB: D1Database }
const app = new Hono<{ Bindings: Bindings }>()

app.post('/api/stripe/webhook', async (c) => {
  const { STRIPE_SECRET_KEY } = env<Bindings>(c)
  const stripe = new Stripe(STRIPE_SECRET_KEY)
  console.log('webhook from', getConnInfo(c).remote.address, getCookie(c, 'session'))
  const body = await c.req.text()
  const event = JSON.parse(body) as Stripe.Event
  if (event.type === 'checkout.session.completed') {
    await c.env.DB.prepare('UPDATE orders SET paid = 1 WHERE session = ?').bind(event.data.object.id).run()
  }
  return c.json({ received: true })
})

export default app
`,
      filename: 'src/routes/stripe.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`JSON.parse(body)`' }, line: 10, column: 33, endLine: 10, endColumn: 45, suggestions: [] }],
    },
    {
      // The body read by iterating the request's body stream into a list of chunks, decoded element by element
      // (an Astro endpoint; real-world batch 227)
      code: `import Stripe from 'stripe';
import type { APIRoute } from 'astro';
import { supabase } from '../lib/supabase';

export const POST: APIRoute = async ({ request }) => {
  const buffers: Uint8Array[] = [];
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    buffers.push(chunk);
  }
  let body = '';
  buffers.forEach((buffer) => {
    body += new TextDecoder().decode(buffer);
  });
  const event = JSON.parse(body) as Stripe.Event;
  if (event.type === 'checkout.session.completed') {
    await supabase.from('orders').update({ paid: true }).eq('session_id', event.data.object.id);
  }
  return new Response(null, { status: 200 });
};
`,
      filename: 'src/pages/webhook.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`JSON.parse(body)`' }, line: 5, column: 14, endLine: 5, endColumn: 18, suggestions: [] }],
    },
    {
      // ...and by iterating a Next.js pages API request itself (its body parser off)
      code: `import type { NextApiRequest, NextApiResponse } from 'next';
import type Stripe from 'stripe';
import { prisma } from '../../lib/prisma';

export const config = { api: { bodyParser: false } };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  let body = '';
  for await (const chunk of req) body += chunk;
  const event: Stripe.Event = JSON.parse(body);
  if (event.type === 'invoice.paid') {
    await prisma.subscription.update({ where: { stripeId: event.data.object.subscription as string }, data: { active: true } });
  }
  res.status(200).end();
}
`,
      filename: 'pages/api/webhook.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`JSON.parse(body)`' }, line: 7, column: 31, endLine: 7, endColumn: 38, suggestions: [] }],
    },
    {
      // h3's Node request, \`event.node.req\`, read whole by micro's \`buffer\` (real-world batch 227)
      code: `import type Stripe from 'stripe';
import { defineEventHandler } from 'h3';
import { buffer } from 'micro';

export default defineEventHandler(async (event) => {
  const rawBody = await buffer(event.node.req);
  const webhookEvent: Stripe.Event = JSON.parse(rawBody.toString());
  if (webhookEvent.type === 'checkout.session.completed') {
    await markPaid(webhookEvent.data.object.id);
  }
  return { received: true };
});

async function markPaid(id: string) {}
`,
      filename: 'server/api/stripe-webhook.post.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`JSON.parse(rawBody.toString())`' }, line: 5, column: 35, endLine: 5, endColumn: 51, suggestions: [] }],
    },
    {
      // ...or by raw-body's \`getRawBody\` through a constant set to it (Nuxt auto-imports \`defineEventHandler\`)
      code: `import Stripe from 'stripe';
import getRawBody from 'raw-body';

export default defineEventHandler(async (event) => {
  const req = event.node.req;
  const payload = await getRawBody(req, { encoding: 'utf-8' });
  const stripeEvent = JSON.parse(payload) as Stripe.Event;
  switch (stripeEvent.type) {
    case 'customer.subscription.deleted':
      await cancelPlan(stripeEvent.data.object.id);
      break;
  }
  return { received: true };
});

async function cancelPlan(id: string) {}
`,
      filename: 'server/api/webhook.post.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`JSON.parse(payload)`' }, line: 4, column: 35, endLine: 4, endColumn: 51, suggestions: [] }],
    },
    {
      // Hono and Elysia handlers that take the context apart (\`({ req, json })\`, \`({ body })\`) and act on the event
      // unverified (real-world batch P)
      code: `import Stripe from 'stripe'
import { Hono } from 'hono'
const app = new Hono()
app.post('/webhook', async ({ req, json }) => {
  const event = await req.json()
  if (event.type === 'payment_intent.succeeded') await markPaid(event.data.object.id)
  return json({ ok: true })
})
async function markPaid(id: string) {}
`,
      filename: 'src/routes/webhook.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`req.json()`' }, line: 4, column: 22, endLine: 4, endColumn: 46, suggestions: [] }],
    },
    {
      code: `import Stripe from 'stripe'
import { Elysia } from 'elysia'
new Elysia().post('/webhook', async ({ body }) => {
  const event = body as Stripe.Event
  switch (event.type) { case 'payment_intent.succeeded': await markPaid(event.data.object.id) }
  return { received: true }
})
async function markPaid(id: string) {}
`,
      filename: 'src/webhook.ts',
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: 'the parsed body `body`' }, line: 3, column: 31, endLine: 3, endColumn: 50, suggestions: [] }],
    },
    {
      // A guard that does not stop (it only logs), one whose else leaves the event to be used after the if, and an
      // \`error()\` that is the app's own, not SvelteKit's: a failed check still runs the rest of the handler, with the
      // event the body gave before the check.
      code: `import Stripe from 'stripe';
import { error } from './http-errors';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function POST(request: Request) {
  let event: Stripe.Event | undefined = await request.clone().json();
  try {
    event = stripe.webhooks.constructEvent(await request.text(), request.headers.get('stripe-signature')!, process.env.WHSEC!);
  } catch (err) {
    console.log('bad signature');
  }
  if (!event) console.warn('no event');
  if (event?.type === 'checkout.session.completed') await fulfil(event.data.object);
  return new Response('ok');
}

export async function PATCH(request: Request) {
  let event: Stripe.Event | undefined = await request.clone().json();
  try {
    event = stripe.webhooks.constructEvent(await request.text(), request.headers.get('stripe-signature')!, process.env.WHSEC!);
  } catch (err) {
    console.log('bad signature');
  }
  if (!event) {
    console.warn('no event');
  } else {
    console.info('verified');
  }
  await fulfil((event as Stripe.Event).data.object);
  return new Response('ok');
}

export async function PUT(request: Request) {
  let event = (await request.clone().json()) as Stripe.Event | undefined;
  try {
    event = stripe.webhooks.constructEvent(await request.text(), request.headers.get('stripe-signature')!, process.env.WHSEC!);
  } catch (err) {
    error(400, 'Invalid signature');
  }
  if (event?.type === 'checkout.session.completed') await fulfil(event.data.object);
  return new Response('ok');
}`,
      filename: 'app/api/webhook/route.ts',
      output: null,
      errors: [
        { messageId: 'verificationIgnored', line: 10, column: 5, endLine: 10, endColumn: 16, suggestions: [] },
        { messageId: 'verificationIgnored', line: 22, column: 5, endLine: 22, endColumn: 16, suggestions: [] },
        { messageId: 'verificationIgnored', line: 38, column: 5, endLine: 38, endColumn: 16, suggestions: [] },
      ],
    },
    {
      // An HMAC of another algorithm, for another purpose, is no signature check.
      code: `const crypto = require('crypto');
const express = require('express');
const app = express();

app.post('/webhook', express.json(), (req, res) => {
  const event = req.body;
  const requestId = crypto.createHmac('sha1', 'log-salt').update(String(event.id)).digest('hex');
  logger.info({ requestId, type: event.type });
  if (event.type === 'payment_intent.succeeded') fulfil(event.data.object);
  res.json({ received: true });
});`,
      languageOptions: { parser: espree },
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`req.body`' }, line: 5, column: 38, endLine: 5, endColumn: 51, suggestions: [] }],
    },
    {
      // A serverless function (Vercel \`api/\`): \`module.exports = handler\` is the route itself.
      code: `const { fulfilOrder } = require('../lib/orders');

module.exports = async (req, res) => {
  const event = req.body;
  if (event.type === 'checkout.session.completed') {
    await fulfilOrder(event.data.object);
  }
  res.status(200).json({ received: true });
};`,
      filename: 'api/webhook.js',
      languageOptions: { parser: espree },
      output: null,
      errors: [{ messageId: 'unverifiedEvent', data: { source: '`req.body`' }, line: 3, column: 18, endLine: 3, endColumn: 37, suggestions: [] }],
    },
    {
      code: `const express = require('express');
const app = express();

app.post('/webhook', express.json({ type: 'application/json' }), (request, response) => {
  const event = request.body;
  switch (event.type) {
    case 'payment_intent.succeeded':
      fulfil(event.data.object);
      break;
    default:
      console.log(\`Unhandled event type \${event.type}\`);
  }
  response.json({ received: true });
});`,
      output: null,
      errors: [
        {
          messageId: 'unverifiedEvent',
          data: { source: '`request.body`' },
          line: 4,
          column: 66,
          endLine: 4,
          endColumn: 88,
          suggestions: [],
        },
      ],
    },
    {
      code: `import { NextResponse } from 'next/server';
import type Stripe from 'stripe';

export async function POST(req: Request) {
  const event = (await req.json()) as Stripe.Event;
  if (event.type === 'checkout.session.completed') {
    const session = event.data.object;
    await markPaid(session.id);
  }
  return NextResponse.json({ received: true });
}`,
      filename: 'app/api/webhooks/route.ts',
      output: null,
      errors: [
        {
          messageId: 'unverifiedEvent',
          data: { source: '`req.json()`' },
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 27,
          suggestions: [],
        },
      ],
    },
    {
      code: `import { Body, Controller, Headers, Post } from '@nestjs/common';
import Stripe from 'stripe';

@Controller('stripe')
export class StripeWebhookController {
  constructor(private readonly orders: OrdersService) {}

  @Post('webhook')
  async handle(@Headers('stripe-signature') signature: string, @Body() event: Stripe.Event) {
    switch (event.type) {
      case 'invoice.payment_succeeded':
        return this.orders.markPaid((event.data.object as Stripe.Invoice).id);
      case 'customer.subscription.deleted':
        return this.orders.cancel(event.data.object.id);
    }
  }
}`,
      filename: 'webhook.controller.ts',
      output: null,
      errors: [
        {
          messageId: 'unverifiedEvent',
          data: { source: '`@Body() event`' },
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 15,
          suggestions: [],
        },
      ],
    },
    {
      code: `import express from 'express';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();

app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  let event = JSON.parse(req.body);
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    console.log(\`⚠️  Webhook signature verification failed.\`, err.message);
  }
  if (event.type === 'payment_intent.succeeded') {
    handlePayment(event.data.object);
  }
  res.send();
});`,
      output: null,
      errors: [
        {
          messageId: 'verificationIgnored',
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 16,
          suggestions: [],
        },
      ],
    },
    {
      code: `import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function POST(request: Request) {
  const payload = await request.text();
  const event = stripe.webhooks.constructEventWithoutVerification(payload);
  await queue.publish(event);
  return new Response(null, { status: 200 });
}`,
      output: null,
      errors: [
        {
          messageId: 'withoutVerification',
          data: { method: 'constructEventWithoutVerification', replacement: 'constructEvent' },
          line: 6,
          column: 33,
          endLine: 6,
          endColumn: 66,
          suggestions: [],
        },
      ],
    },
    {
      code: `export const config = { api: { bodyParser: true } };

async function handleStripeEvent(event) {
  const { type, data } = event;
  if (type === 'customer.subscription.updated') {
    await updateSubscription(data.object);
  }
}

export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  await handleStripeEvent(req.body);
  res.status(200).json({ received: true });
}`,
      filename: 'pages/api/stripe-webhook.js',
      languageOptions: { parser: espree, parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [
        {
          messageId: 'unverifiedEvent',
          data: { source: '`req.body`' },
          line: 10,
          column: 31,
          endLine: 10,
          endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      code: `import Router from '@koa/router';
import Stripe from 'stripe';

const router = new Router();
router.post('/stripe/webhook', async (ctx) => {
  const { type, data } = ctx.request.body;
  if (type === 'charge.refunded') {
    await refunds.record(data.object.id);
  }
  ctx.status = 200;
});`,
      output: null,
      errors: [
        {
          messageId: 'unverifiedEvent',
          data: { source: '`ctx.request.body`' },
          line: 5,
          column: 32,
          endLine: 5,
          endColumn: 46,
          suggestions: [],
        },
      ],
    },
    {
      code: `fastify.post('/webhooks/stripe', { config: { rawBody: true } }, async (request, reply) => {
  const event = JSON.parse(request.rawBody.toString());
  if (['checkout.session.completed', 'checkout.session.async_payment_succeeded'].includes(event.type)) {
    await fulfillOrder(event.data.object);
  }
  return reply.send({ ok: true });
});`,
      output: null,
      errors: [
        {
          messageId: 'unverifiedEvent',
          data: { source: '`JSON.parse(request.rawBody.toString())`' },
          line: 1,
          column: 65,
          endLine: 1,
          endColumn: 90,
          suggestions: [],
        },
      ],
    },
    {
      code: HONO_FALLBACK_CATCH,
      output: null,
      errors: [
        {
          messageId: 'verificationIgnored',
          line: 5,
          column: 6,
          endLine: 5,
          endColumn: 11,
          suggestions: [],
        },
      ],
    },
    {
      // A \`.catch\` that settles on nothing but with no guard after it: the handler reads the type of an unset event
      // (and a fallback value, as above, or a guard that does not stop, are no better).
      code: edit(
        edit(HONO_FALLBACK_CATCH, '\n      return JSON.parse(body);', ''),
        '\n  if (event.type',
        "\n  if (!event) console.warn('unverified webhook');\n  if (event?.type",
      ),
      output: null,
      errors: [{ messageId: 'verificationIgnored', line: 5, column: 6, endLine: 5, endColumn: 11, suggestions: [] }],
    },
    {
      code: `const handler = stripe.notificationHandlerWithoutVerification(async (notification) => {});
app.post('/events', express.raw({ type: 'application/json' }), async (req, res) => {
  const notification = stripe.parseEventNotificationWithoutVerification(req.body);
  await handler.handle(req.body);
  res.sendStatus(200);
});`,
      output: null,
      errors: [
        {
          messageId: 'withoutVerification',
          data: { method: 'parseEventNotificationWithoutVerification', replacement: 'parseEventNotification' },
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 72,
          suggestions: [],
        },
        {
          messageId: 'withoutVerification',
          data: { method: 'notificationHandlerWithoutVerification', replacement: 'notificationHandler' },
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 23,
          suggestions: [],
        },
      ],
    },
    {
      // optional chaining and computed keys
      code: `export default async function handler(req, res) {
  switch (req.body?.['type']) {
    case 'payment_intent.succeeded':
      await markPaid(req.body?.data?.object?.id);
      break;
  }
  res.status(200).end();
}`,
      filename: 'pages/api/webhook.js',
      languageOptions: { parser: espree, parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [
        {
          messageId: 'unverifiedEvent',
          data: { source: '`req.body`' },
          line: 1,
          column: 31,
          endLine: 1,
          endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      // a handler registered by name; a short event name is Stripe because the file uses Stripe
      code: `import type Stripe from 'stripe';
import express from 'express';

const router = express.Router();

const stripeWebhook = async (req: express.Request, res: express.Response) => {
  const event = req.body as Stripe.Event;
  const type = event.type;
  if (type === 'invoice.paid') {
    await activate(event.data.object);
  }
  res.sendStatus(200);
};

router.post('/stripe/webhook', express.json(), stripeWebhook);`,
      output: null,
      errors: [
        {
          messageId: 'unverifiedEvent',
          data: { source: '`req.body`' },
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 20,
          suggestions: [],
        },
      ],
    },
    {
      // event.data.object alone, in a file that uses Stripe
      code: `const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
const bodyParser = require('body-parser');

app.post('/hooks/stripe', bodyParser.json(), async (req, res) => {
  const intent = req.body.data.object;
  await Orders.markPaid(intent.metadata.orderId);
  res.json({ ok: true });
});`,
      languageOptions: { parser: espree, parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [
        {
          messageId: 'unverifiedEvent',
          data: { source: '`req.body`' },
          line: 4,
          column: 46,
          endLine: 4,
          endColumn: 65,
          suggestions: [],
        },
      ],
    },
    {
      // router.route().post(), destructured body
      code: `router.route('/webhook').post(async function (req, res) {
  const { body } = req;
  if (body.type === 'checkout.session.completed') await fulfill(body.data.object);
  res.end();
});`,
      languageOptions: { parser: espree, parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [
        {
          messageId: 'unverifiedEvent',
          data: { source: '`req.body`' },
          line: 1,
          column: 31,
          endLine: 1,
          endColumn: 56,
          suggestions: [],
        },
      ],
    },
    {
      // Next.js pages API: the catch answers 400 but does not return, so processing goes on with the event parsed
      // before the check
      code: `import type { NextApiRequest, NextApiResponse } from 'next';
import { buffer } from 'micro';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const buf = await buffer(req);
  let event: Stripe.Event | undefined = JSON.parse(buf.toString());
  try {
    event = stripe.webhooks.constructEvent(buf, req.headers['stripe-signature']!, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    res.status(400).send(\`Webhook Error: \${(err as Error).message}\`);
  }
  if (event?.type === 'payment_intent.succeeded') {
    await fulfil(event.data.object);
  }
  res.json({ received: true });
}`,
      filename: 'pages/api/webhooks.ts',
      output: null,
      errors: [
        {
          messageId: 'verificationIgnored',
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 16,
          suggestions: [],
        },
      ],
    },
    {
      // NestJS @Req() with the parsed body and no check
      code: `import { Controller, Post, Req, HttpCode } from '@nestjs/common';
import type { Request } from 'express';

@Controller('payments')
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Post('stripe-webhook')
  @HttpCode(200)
  async webhook(@Req() req: Request) {
    const event = req.body;
    if (event.type === 'setup_intent.succeeded') {
      await this.payments.saveMethod(event.data.object.payment_method);
    }
    return { received: true };
  }
}`,
      filename: 'payments.controller.ts',
      output: null,
      errors: [
        {
          messageId: 'unverifiedEvent',
          data: { source: '`req.body`' },
          line: 10,
          column: 9,
          endLine: 10,
          endColumn: 16,
          suggestions: [],
        },
      ],
    },
    {
      // A file that never says "Stripe": the unverified helper's name is enough to look at its handlers.
      code: `import express from 'express';
import { webhooks } from './payments';

const app = express();
app.post('/hooks/payments', express.raw({ type: 'application/json' }), (req, res) => {
  const event = webhooks.constructEventWithoutVerification(req.body);
  if (event.type === 'invoice.paid') markPaid(event.data.object);
  res.sendStatus(200);
});`,
      output: null,
      errors: [
        {
          messageId: 'withoutVerification',
          data: { method: 'constructEventWithoutVerification', replacement: 'constructEvent' },
          line: 6,
          column: 26,
          endLine: 6,
          endColumn: 59,
          suggestions: [],
        },
      ],
    },
    {
      // ... or a distinctive event type in a template literal, compared through a destructured const.
      code: `import express from 'express';

const app = express();
const PAID = \`payment_intent.succeeded\`;
app.post('/hooks/payments', express.json(), async (req, res) => {
  const { type, data } = req.body;
  if (type === PAID) await fulfil(data);
  res.sendStatus(200);
});`,
      output: null,
      errors: [
        {
          messageId: 'unverifiedEvent',
          data: { source: '`req.body`' },
          line: 5,
          column: 45,
          endLine: 5,
          endColumn: 64,
          suggestions: [],
        },
      ],
    },
    {
      // A file that mentions Stripe (a comment) and reads the event's data object through computed keys (espree).
      code: `// Payments arrive from Stripe.
const express = require('express');
const app = express();
app.post('/webhook', express.json(), (req, res) => {
  const order = req.body['data']['object'];
  ship(order.metadata.orderId);
  res.end();
});`,
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'unverifiedEvent',
          data: { source: '`req.body`' },
          line: 4,
          column: 38,
          endLine: 4,
          endColumn: 51,
          suggestions: [],
        },
      ],
    },
    {
      // A helper called through a computed name (a const), and types listed in a Set / an array.
      code: `import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const helper = 'constructEventWithoutVerification';
const HANDLED = new Set(['customer.created', 'invoice.paid']);
app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  const event = stripe.webhooks[helper](req.body.toString());
  if (HANDLED.has(event.type)) sync(event);
  res.end();
});
app.post('/webhook/legacy', express.json(), (req, res) => {
  const t = req.body.type;
  if (['invoice.paid', 'customer.created'].includes(t)) sync(req.body);
  res.end();
});`,
      output: null,
      errors: [
        {
          messageId: 'withoutVerification',
          data: { method: 'constructEventWithoutVerification', replacement: 'constructEvent' },
          line: 6,
          column: 33,
          endLine: 6,
          endColumn: 39,
          suggestions: [],
        },
        {
          messageId: 'unverifiedEvent',
          data: { source: '`req.body`' },
          line: 10,
          column: 45,
          endLine: 10,
          endColumn: 58,
          suggestions: [],
        },
      ],
    },
    {
      // Names written with escapes count as written: a Koa route in a file that never says "Stripe".
      code: String.raw`import Router from '@koa/router';
import { webhooks } from './payments';

const router = new Router();
router.post('/hooks/payments', async (ctx) => {
  const event = webhooks['\x63onstructEventWithoutVerification'](ctx.request.rawBody);
  if (event.type === 'payment\x5fintent.succeeded') await ship(event.data.object);
  ctx.status = 200;
});`,
      output: null,
      errors: [
        {
          messageId: 'withoutVerification',
          data: { method: 'constructEventWithoutVerification', replacement: 'constructEvent' },
          line: 6,
          column: 26,
          endLine: 6,
          endColumn: 64,
          suggestions: [],
        },
      ],
    },
  ],
});

/** An order service's webhook routes that sign a request without a Stripe-Signature header themselves (real-world batch 310). */
const SELF_SIGNED_WEBHOOK = `import express, { type Request, type Response } from 'express';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string);
const router = express.Router();

// The order service's webhook: without a Stripe-Signature header it signs the body itself and "verifies" that
router.post('/webhook', express.raw({ type: 'application/json' }), async (req: Request, res: Response) => {
  let event: Stripe.Event;
  const signature = req.headers['stripe-signature'] as string | undefined;
  const secret = process.env.WEBHOOK_ENDPOINT_SECRET as string;
  try {
    if (!signature) {
      const payload = req.body.toString();
      const header = stripe.webhooks.generateTestHeaderString({ payload, secret });
      event = stripe.webhooks.constructEvent(payload, header, secret);
    } else {
      event = stripe.webhooks.constructEvent(req.body, signature, secret);
    }
  } catch (error) {
    return res.status(400).send(\`Webhook error: \${(error as Error).message}\`);
  }
  if (event.type === 'checkout.session.completed') {
    const session = event.data.object;
    await markOrderPaid(session.metadata?.orderId);
  }
  res.json({ received: true });
});

// The same, the header made in place for a request without one
router.post('/webhook/v2', express.raw({ type: 'application/json' }), (req: Request, res: Response) => {
  const secret = process.env.WEBHOOK_ENDPOINT_SECRET as string;
  const event = stripe.webhooks.constructEvent(
    req.body,
    (req.headers['stripe-signature'] as string) || stripe.webhooks.generateTestHeaderString({ payload: req.body.toString(), secret }),
    secret,
  );
  if (event.type === 'invoice.payment_failed') void notifyBilling(event.data.object.id);
  res.sendStatus(200);
});

// ...and with the helpers' async forms
router.post('/webhook/v3', express.raw({ type: 'application/json' }), async (req: Request, res: Response) => {
  const secret = process.env.WEBHOOK_ENDPOINT_SECRET as string;
  let signature = req.headers['stripe-signature'] as string | undefined;
  if (!signature) signature = await stripe.webhooks.generateTestHeaderStringAsync({ payload: req.body.toString(), secret });
  const event = await stripe.webhooks.constructEventAsync(req.body, signature, secret);
  if (event.type === 'customer.subscription.deleted') await markOrderPaid(event.data.object.id);
  res.sendStatus(200);
});

async function markOrderPaid(orderId: string | undefined): Promise<void> {
  console.info('paid', orderId);
}
async function notifyBilling(invoiceId: string): Promise<void> {
  console.info('failed', invoiceId);
}

export default router;
`;

ruleTester.run('require-webhook-signature: a header the handler signs itself', rule, {
  valid: [
    {
      code: `import express, { type Request, type Response } from 'express';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string);
const secret = process.env.WEBHOOK_ENDPOINT_SECRET as string;
const router = express.Router();

// The webhook verifies the request's own header, and turns away a request without one
router.post('/webhook', express.raw({ type: 'application/json' }), async (req: Request, res: Response) => {
  const signature = req.headers['stripe-signature'];
  if (typeof signature !== 'string') return res.sendStatus(400);
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, signature, secret);
  } catch {
    return res.sendStatus(400);
  }
  if (event.type === 'checkout.session.completed') console.info('paid', event.data.object.id);
  res.json({ received: true });
});

// A development route that signs a made-up event and posts it to the webhook, as Stripe would: it verifies nothing
router.post('/dev/simulate-checkout', async (req: Request, res: Response) => {
  const payload = JSON.stringify({ id: 'evt_test', type: 'checkout.session.completed', data: { object: req.body } });
  const header = stripe.webhooks.generateTestHeaderString({ payload, secret });
  await fetch('http://localhost:4242/webhook', { method: 'POST', headers: { 'stripe-signature': header, 'content-type': 'application/json' }, body: payload });
  res.sendStatus(204);
});

export default router;
`,
      filename: 'server/routes/webhook.ts',
    },
    {
      code: `import express, { type Request, type Response } from 'express';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string);
const secret = process.env.WEBHOOK_ENDPOINT_SECRET as string;
const router = express.Router();

// A header made for a local replay, then always replaced by the request's own before the check: the check sees only that
router.post('/webhook', express.raw({ type: 'application/json' }), (req: Request, res: Response) => {
  let header = stripe.webhooks.generateTestHeaderString({ payload: req.body.toString(), secret });
  header = req.headers['stripe-signature'] as string;
  const event = stripe.webhooks.constructEvent(req.body, header, secret);
  if (event.type === 'checkout.session.completed') console.info('paid', event.data.object.id);
  res.sendStatus(200);
});

export default router;
`,
      filename: 'server/routes/replay.ts',
    },
    {
      // a test's handler serves made-up requests
      code: SELF_SIGNED_WEBHOOK,
      filename: 'server/routes/webhook.test.ts',
    },
    {
      // ...so does a stub of the app's webhook route that a test posts mocked events to (probe 345): not deployed
      code: `const express = require('express');
const request = require('supertest');

const app = express();
app.post('/webhook', express.json(), (req, res) => {
  const event = req.body;
  if (event.type === 'checkout.session.completed') res.sendStatus(200);
  else res.sendStatus(400);
});

test('answers a completed checkout', async () => {
  await request(app).post('/webhook').send({ type: 'checkout.session.completed' }).expect(200);
});
`,
      filename: '__tests__/webhook.test.js',
    },
  ],
  invalid: [
    {
      code: SELF_SIGNED_WEBHOOK,
      filename: 'server/routes/webhook.ts',
      errors: [
        { messageId: 'verificationSelfSigned', line: 15, column: 22, endLine: 15, endColumn: 83 },
        { messageId: 'verificationSelfSigned', line: 35, column: 52, endLine: 35, endColumn: 134 },
        { messageId: 'verificationSelfSigned', line: 46, column: 37, endLine: 46, endColumn: 124 },
      ],
    },
  ],
});
