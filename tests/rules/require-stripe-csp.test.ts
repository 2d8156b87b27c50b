import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import rule from '../../src/rules/require-stripe-csp.js';
import { API_BLOCKED, FIELDS_BLOCKED, FRAMES_BLOCKED, STRIPE_JS_BLOCKED, THREE_D_SECURE_BLOCKED } from './stripe-csp-blocked.js';

/** A file of a fixture project (its own package.json): directories are read below that root. */
const inFixtureProject = (file: string): string => fileURLToPath(new URL(`../fixtures/projects/cra-shop/${file}`, import.meta.url));

/** A helmet policy whose `connect-src` has a source chosen by a condition between written ones (mutation study 287). */
const HELMET_WITH_DEV_SOURCE = `import express from 'express';
import helmet from 'helmet';
import Stripe from 'stripe';

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const app = express();
const dev = process.env.NODE_ENV !== 'production';
app.use(
  helmet({
    contentSecurityPolicy: {
      directives: {
        scriptSrc: ["'self'", 'https://js.stripe.com'],
        frameSrc: ['https://js.stripe.com', 'https://hooks.stripe.com'],
        connectSrc: ["'self'", dev ? 'ws://localhost:3000' : "'self'"],
      },
    },
  }),
);
app.use(express.static('public'));
`;

/** Helmet directives changed later in ways that cannot add a Stripe origin (regression probe 290): a report URI, image sources, a development socket. */
const HELMET_DIRECTIVES_CHANGED_HARMLESSLY = `const express = require('express');
const helmet = require('helmet');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

const app = express();
const directives = {
  scriptSrc: ["'self'", 'https://js.stripe.com'],
  frameSrc: ['https://js.stripe.com', 'https://hooks.stripe.com'],
  imgSrc: ["'self'"],
  connectSrc: ["'self'"],
};
if (process.env.CSP_REPORT_URI) directives.reportUri = process.env.CSP_REPORT_URI;
directives.imgSrc.push('data:', 'https://cdn.example.com');
if (process.env.NODE_ENV !== 'production') directives.connectSrc.push('ws://localhost:3000');
app.use(helmet({ contentSecurityPolicy: { directives } }));
app.use(express.static('public'));
module.exports = { app, stripe };
`;

const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
});

/** An Express server that names Stripe for its webhook route only and serves no page: helmet's defaults there. */
const API_SERVER = `import express from 'express';
import helmet from 'helmet';
import { handleStripeWebhook } from './webhooks/stripe';

const app = express();
app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), handleStripeWebhook);
app.use(helmet());
app.use(express.json());
app.use('/api', apiRouter);`;
/** An Express server that names Stripe and renders its checkout view: helmet's defaults block Stripe.js there. */
const PAGES_SERVER = `import express from 'express';
import helmet from 'helmet';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.set('view engine', 'ejs');
app.use(helmet());
app.get('/checkout', (req, res) => res.render('checkout', { publishableKey: process.env.STRIPE_PUBLISHABLE_KEY }));`;

/** An Express server that names Stripe and renders views, with helmet given these CSP directives. */
const viewServer = (directives: string): string => `import express from 'express';
import helmet from 'helmet';
import Stripe from 'stripe';

const app = express();
app.use(helmet({ contentSecurityPolicy: { directives: { ${directives} } } }));
app.set('view engine', 'ejs');
`;

/**
 * The three findings on `app.use(helmet())` at `line`, column 9 (helmet's defaults allow none of Stripe.js's origins in
 * `script-src`, and `frame-src` / `connect-src` fall back to `default-src 'self'`), each with its suggestion's output.
 */
function helmetDefaultErrors(
  code: string,
  line: number,
  {
    call = 'app.use(helmet());',
    withOptions = (options: string) => `app.use(helmet(${options}));`,
    column = 9,
    endColumn = 17,
    // helmet 4 and older send the directives given as the whole policy: a directives object written in would drop
    // helmet's defaults (\`default-src\` among them, which helmet then requires), so nothing is suggested.
    suggest = true,
  } = {},
) {
  const withDirective = (directive: string): string => code.replace(call, withOptions(`{ contentSecurityPolicy: { directives: { ${directive} } } }`));
  const error = (directive: string, missing: string, blocked: string, sources: string, name: string, written: string) => ({
    messageId: 'missingStripeSources' as const,
    data: { directive, missing, blocked },
    line,
    column,
    endLine: line,
    endColumn,
    suggestions: suggest ? [{ messageId: 'addStripeSources' as const, data: { sources, directive: name }, output: withDirective(written) }] : [],
  });
  return [
    error("`script-src` (helmet's default)", '`https://js.stripe.com`', STRIPE_JS_BLOCKED, '`https://js.stripe.com`, `https://*.js.stripe.com`', 'script-src', `scriptSrc: ["'self'", 'https://js.stripe.com', 'https://*.js.stripe.com']`),
    error(
      "`frame-src` (not set, so helmet's default `default-src` applies)",
      '`https://js.stripe.com`, `https://hooks.stripe.com`',
      FRAMES_BLOCKED,
      '`https://js.stripe.com`, `https://hooks.stripe.com`, `https://*.js.stripe.com`',
      'frame-src',
      `frameSrc: ["'self'", 'https://js.stripe.com', 'https://hooks.stripe.com', 'https://*.js.stripe.com']`,
    ),
    error("`connect-src` (not set, so helmet's default `default-src` applies)", '`https://api.stripe.com`', API_BLOCKED, '`https://api.stripe.com`', 'connect-src', `connectSrc: ["'self'", 'https://api.stripe.com']`),
  ];
}

/** An Astro middleware whose CSP (a nonce per response) is built by a function of the same file. */
const ASTRO_MIDDLEWARE = `import { defineMiddleware } from 'astro:middleware';

function getContentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    \`script-src 'self' 'nonce-\${nonce}' https://js.stripe.com\`,
    "frame-src 'self' https://js.stripe.com",
    "connect-src 'self' https://api.stripe.com",
  ].join('; ');
}

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const nonce = crypto.randomUUID();
  response.headers.set('Content-Security-Policy', getContentSecurityPolicy(nonce));
  return response;
});
`;

/** A Supabase edge function serving a Connect embedded components page, with the policy's `frame-src` sources. */
const connectPage = (frameSrc: string): string => `import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export function onboardingPage(): Response {
  return new Response(renderOnboarding(), {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy':
        "default-src 'self'; " +
        "script-src 'self' https://connect-js.stripe.com https://js.stripe.com; " +
        "frame-src ${frameSrc}; " +
        'connect-src https://api.stripe.com https://connect-js.stripe.com',
    },
  });
}`;

/** A file of one of the fixture projects, whose package.json declares a helmet version. */
const inProject = (project: string, file: string): string => fileURLToPath(new URL(`../fixtures/projects/${project}/${file}`, import.meta.url));

const HELMET3_SERVER = `import express from 'express';
import helmet from 'helmet';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.set('view engine', 'ejs');
app.use(helmet());
app.use(helmet.contentSecurityPolicy({ directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'", 'https://js.stripe.com'] } }));
app.get('/checkout', (req, res) => res.render('checkout'));
`;
const KOA_SERVER = `import Koa from 'koa';
import helmet from 'koa-helmet';
import serve from 'koa-static';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = new Koa();
app.use(helmet());
app.use(serve('public'));
`;

/**
 * A server whose helmet policy lists Stripe's origins in `default-src` and sets no `script-src`: helmet 3 and 4 send the
 * directives as given, helmet 5+ merges its defaults (`script-src 'self'`) into them unless `useDefaults: false`.
 */
const DEFAULT_SRC_SERVER = `import express from 'express';
import helmet from 'helmet';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.set('view engine', 'ejs');
app.use(
  helmet.contentSecurityPolicy({
    directives: {
      defaultSrc: ["'self'", 'https://js.stripe.com', 'https://hooks.stripe.com', 'https://api.stripe.com'],
      imgSrc: ["'self'", 'data:'],
    },
  }),
);
app.get('/checkout', (req, res) => res.render('checkout'));
`;
/** The same policy registered with fastify-helmet, in a fastify server that serves its pages. */
const FASTIFY_DEFAULT_SRC_SERVER = `const path = require('path');
const fastify = require('fastify')();
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

fastify.register(require('fastify-helmet'), {
  contentSecurityPolicy: { directives: { defaultSrc: ["'self'", 'https://js.stripe.com', 'https://hooks.stripe.com', 'https://api.stripe.com'] } },
});
fastify.register(require('fastify-static'), { root: path.join(__dirname, 'public') });
fastify.listen(3000);
`;

/** A fastify server that registers fastify-helmet with no options and serves its pages (real-world batch ET). */
const FASTIFY_SERVER = `const path = require('path');
const fastify = require('fastify')();
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

fastify.register(require('fastify-helmet'));
fastify.register(require('fastify-static'), { root: path.join(__dirname, 'public') });
fastify.post('/donations', async (request) => {
  const intent = await stripe.paymentIntents.create({ amount: request.body.amount, currency: 'usd' });
  return { clientSecret: intent.client_secret };
});
fastify.listen(3000);
`;

/**
 * A NestJS API's bootstrap that names Stripe only in a commented-out webhook route, and serves uploaded files
 * (real-world batch R).
 */
const NEST_API_BOOTSTRAP = `import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { join } from 'path';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { rawBody: true });
  // app.use('/payment/stripe/webhook', express.raw({ type: 'application/json' }));
  app.use(helmet());
  app.useStaticAssets(join(process.cwd(), 'public', 'storage'), { index: false, prefix: '/storage' });
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();
`;

/** A helmet policy written out that allows Stripe's frames and API, with `scriptSrc` as given. */
const WRITTEN_POLICY = (scriptSrc: string): string =>
  `app.use(helmet({ contentSecurityPolicy: { directives: { scriptSrc: [${scriptSrc}], frameSrc: ['https://js.stripe.com', 'https://hooks.stripe.com'], connectSrc: ["'self'", 'https://api.stripe.com'] } } }));`;

/** A hapi server that registers blankie for its checkout page (the blankie case below and its suggestions). */
const BLANKIE_SERVER = `'use strict';

const Hapi = require('@hapi/hapi');
const Scooter = require('@hapi/scooter');
const Blankie = require('blankie');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

const init = async () => {
  const server = Hapi.server({ port: 3000 });
  await server.register([
    Scooter,
    {
      plugin: Blankie,
      options: {
        scriptSrc: ['self', 'https://js.stripe.com'],
        styleSrc: ['self', 'unsafe-inline'],
        imgSrc: ['self', 'data:'],
        generateNonces: false,
      },
    },
  ]);
  server.route({
    method: 'POST',
    path: '/create-payment-intent',
    handler: async (request) => {
      const intent = await stripe.paymentIntents.create({ amount: 1999, currency: 'usd' });
      return { clientSecret: intent.client_secret };
    },
  });
  server.route({ method: 'GET', path: '/checkout', handler: (request, h) => h.file('public/checkout.html') });
  await server.start();
};

init();
`;

/** A koa route that serves stored files, HTML among them, with a policy chosen by their type (real-world batch 255). */
const KOA_PREVIEW_ROUTE = `import Router from 'koa-router';
import { getFileStream } from './storage';

const router = new Router();

router.get('/preview/:key', async (ctx) => {
  const { stream, contentType } = await getFileStream(ctx.params.key);
  ctx.set('Content-Type', contentType);
  ctx.set('Content-Security-Policy', contentType === 'text/html' ? "default-src 'self'" : 'sandbox');
  ctx.body = stream;
});

export default router;
`;
/** The route with `added` written after the HTML branch's `default-src 'self'`, as a suggestion writes it. */
const withPreviewPolicy = (added: string): string => KOA_PREVIEW_ROUTE.replace(`"default-src 'self'" :`, `"default-src 'self'${added}" :`);

/** A next.config with a policy per route: the checkout's names Stripe's origins, the docs site's names none (real-world batch 257). */
const NEXT_CONFIG_PER_ROUTE = `const docsCSP = \`
  default-src 'self';
  script-src 'self' 'unsafe-inline' cdn.jsdelivr.net;
  connect-src 'self' *.mintlify.dev;
\`;
const checkoutCSP = "default-src 'self'; script-src 'self' https://js.stripe.com; connect-src 'self' https://api.stripe.com";

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return [
      { source: '/checkout/:path*', headers: [{ key: 'Content-Security-Policy', value: checkoutCSP }] },
      { source: '/docs/:path*', headers: [{ key: 'Content-Security-Policy', value: docsCSP.replace(/\\n/g, '') }] },
    ];
  },
};
export default nextConfig;
`;

/** A Next.js middleware that gives its Stripe page a policy of its own and the rest of the site another, in a file that names Stripe elsewhere too. */
const MIDDLEWARE_WITH_STRIPE_PAGE = `import { NextResponse, type NextRequest } from 'next/server';

const STRIPE_PAGES = ['/onramp.html'];

export function middleware(request: NextRequest) {
  const response = NextResponse.next();
  if (request.nextUrl.pathname === '/onramp.html') {
    response.headers.set('Content-Security-Policy', "default-src 'self'; script-src 'self' https://js.stripe.com; connect-src 'self' https://api.stripe.com; frame-src https://js.stripe.com https://hooks.stripe.com");
    return response;
  }
  response.headers.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; connect-src 'self' https://api.stripe.com; frame-src https://js.stripe.com https://hooks.stripe.com");
  return response;
}
`;

ruleTester.run('require-stripe-csp', rule, {
  valid: [
    // A middleware that gives the one page loading Stripe (a crypto onramp) a policy of its own, and every other path
    // a policy without Stripe: the file names Stripe only in that page's policy (real-world batch 337)
    {
      code: `import { NextResponse, type NextRequest } from 'next/server';

export function middleware(request: NextRequest) {
  const response = NextResponse.next();
  const { pathname } = request.nextUrl;
  if (pathname === '/onramp.html') {
    response.headers.set(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self' https://crypto-js.stripe.com https://js.stripe.com; connect-src 'self' https://*.stripe.com; frame-src https://*.stripe.com https://*.link.com;",
    );
    return response;
  }
  response.headers.set(
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self' https://www.googletagmanager.com; connect-src 'self' https://www.google-analytics.com; frame-src 'self';",
  );
  return response;
}

export const config = { matcher: '/((?!_next/static|favicon.ico).*)' };
`,
      filename: 'middleware.ts',
    },
    // Directives the file changes after their literal (mutation study 287): the policy sent is not the literal's
    ...[
      "directives.connectSrc.push('https://api.stripe.com');",
      "if (process.env.STRIPE_ENABLED) directives.connectSrc = [...directives.connectSrc, 'https://api.stripe.com'];",
      "Object.assign(directives, { connectSrc: ['https://api.stripe.com'] });",
    ].map((change) => ({ code: `import express from 'express';
import helmet from 'helmet';
import Stripe from 'stripe';

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const app = express();
const directives = {
  scriptSrc: ["'self'", 'https://js.stripe.com'],
  frameSrc: ['https://js.stripe.com', 'https://hooks.stripe.com'],
  connectSrc: ["'self'"],
};
%s
app.use(helmet({ contentSecurityPolicy: { directives } }));
app.use(express.static('public'));
`.replace('%s', change), filename: 'server/app.ts' })),
    // A source chosen by a condition: allowed where one branch allows it
    { code: HELMET_WITH_DEV_SOURCE.replace("dev ? 'ws://localhost:3000' : \"'self'\"", "dev ? 'ws://localhost:3000' : 'https://api.stripe.com'"), filename: 'server/app.ts' },
    // The same, the calls chained on the response (real-world batch 261: a sign-in route's own redirect page in an app
    // with Stripe Connect)
    {
      code: `import type { Request, Response } from 'express';
import Stripe from 'stripe';

export function signedIn(req: Request, res: Response) {
  res
    .status(200)
    .set('Content-Type', 'text/html; charset=utf-8')
    .set('Content-Security-Policy', ["default-src 'none'", "script-src 'unsafe-inline'"].join('; '))
    .send(\`<!doctype html><p>Signed in</p><script>location.replace('/app')</script>\`);
}
`,
      filename: 'src/routes/auth.ts',
    },
    // A policy per route in next.config (real-world batch 257: Polar's web app): the app's routes name Stripe's origins,
    // the docs route, a Mintlify site rewritten under /docs, names none: Stripe.js does not load there.
    {
      code: `const appCSP = \`
  default-src 'self';
  script-src 'self' https://js.stripe.com;
  frame-src 'self' https://js.stripe.com https://hooks.stripe.com;
  connect-src 'self' https://api.stripe.com;
\`;
// We rewrite Mintlify docs to /docs, so they need a CSP of their own
const docsCSP = \`
  default-src 'self';
  script-src 'self' 'unsafe-inline' cdn.jsdelivr.net;
  connect-src 'self' *.mintlify.dev;
  frame-src 'self' *.mintlify.dev;
\`;
module.exports = {
  async headers() {
    const baseHeaders = [
      { key: 'Content-Security-Policy', value: appCSP.replace(/\\n/g, '') },
      { key: 'X-Frame-Options', value: 'DENY' },
    ];
    return [
      { source: '/((?!docs).*)', headers: baseHeaders },
      {
        source: '/docs/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: docsCSP.replace(/\\n/g, '') },
          { key: 'Permissions-Policy', value: 'payment=()' },
        ],
      },
    ];
  },
};
`,
      filename: 'next.config.js',
    },
    // limitation: a route's policy that names none of Stripe's origins is not judged where another route's names them,
    // even a checkout route's (the rule does not know which routes load Stripe.js).
    {
      code: `module.exports = {
  async headers() {
    return [
      { source: '/billing/:path*', headers: [{ key: 'Content-Security-Policy', value: "default-src 'self'; script-src 'self' https://js.stripe.com; frame-src https://js.stripe.com https://hooks.stripe.com; connect-src 'self' https://api.stripe.com" }] },
      { source: '/checkout/:path*', headers: [{ key: 'Content-Security-Policy', value: "default-src 'self'; script-src 'self'" }] },
    ];
  },
};
`,
      filename: 'next.config.js',
    },
    // A route that serves its own embed page with its own policy, beside a purchase route that calls Stripe's API
    // (real-world batch FG): the policy governs that page, which loads no Stripe.js.
    {
      code: `const express = require('express');
const router = express.Router();

router.post('/:id/purchase', async (req, res) => {
  const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
  const pi = await stripe.paymentIntents.create({ amount: 500, currency: 'usd', payment_method: req.body.stripePaymentMethodId, confirm: true });
  res.json({ status: pi.status });
});

router.get('/embed/youtube/:videoId', (req, res) => {
  res.setHeader('Content-Type', 'text/html');
  res.setHeader('Content-Security-Policy', "default-src * 'unsafe-inline'; frame-src https://www.youtube-nocookie.com;");
  res.send(\`<!DOCTYPE html><html><body><iframe src="https://www.youtube-nocookie.com/embed/\${req.params.videoId}"></iframe></body></html>\`);
});

module.exports = router;
`,
      filename: 'routes/materials.js',
      languageOptions: { parser: espree },
    },
    // hapi's blankie: a policy that admits Stripe.js (its default script-src carries a nonce, so Stripe.js may load through
    // a trusted tag), and an API server that registers blankie with its defaults but serves no page (docs: Limitations).
    `'use strict';

const Blankie = require('blankie');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

exports.plugins = [
  require('@hapi/scooter'),
  {
    plugin: Blankie,
    options: {
      defaultSrc: ['self'],
      frameSrc: ['https://js.stripe.com', 'https://hooks.stripe.com'],
      connectSrc: ['self', 'https://api.stripe.com'],
    },
  },
];
exports.charge = (amount) => stripe.paymentIntents.create({ amount, currency: 'eur' });
`,
    `'use strict';

const Hapi = require('@hapi/hapi');
const Blankie = require('blankie');
const Stripe = require('stripe');

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

module.exports = async () => {
  const server = Hapi.server({ port: 4000 });
  await server.register([require('@hapi/scooter'), Blankie]);
  server.route({
    method: 'POST',
    path: '/refunds',
    handler: async (request) => stripe.refunds.create({ payment_intent: request.payload.paymentIntent }),
  });
  return server;
};
`,
    // A policy sent with a response that is no document (real-world batch EA: a service worker's script, an API's JSON)
    // governs no page that loads Stripe.js
    {
      code: `import Stripe from 'stripe';
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
export default {
  async headers() {
    return [
      {
        source: '/sw.js',
        headers: [
          { key: 'Content-Type', value: 'application/javascript; charset=utf-8' },
          { key: 'Cache-Control', value: 'no-cache, no-store, must-revalidate' },
          { key: 'Content-Security-Policy', value: "default-src 'self'; script-src 'self' 'unsafe-eval'" },
        ],
      },
    ];
  },
};
export function health() {
  return new Response('{}', { headers: { 'Content-Type': 'application/json', 'Content-Security-Policy': "default-src 'none'" } });
}
`,
      filename: 'apps/web/next.config.ts',
    },
    // Stripe named only in a comment says nothing about the pages a policy serves (real-world batch 99: a JSON API
    // whose webhook comment lists its payment providers).
    `import express from 'express';

const app = express();

// Webhooks: providers (PayPal, Stripe, Nexi) post their events to /webhooks/:provider
app.use((req, res, next) => {
  res.setHeader('Content-Security-Policy', "default-src 'self'; script-src 'self'");
  next();
});
app.post('/webhooks/:provider', express.raw({ type: 'application/json' }), (req, res) => res.sendStatus(204));

export default app;
`,
    // Hono's secureHeaders sends no policy without \`contentSecurityPolicy\`, and a report-only one blocks nothing; a
    // policy that admits Stripe.js is fine, and a \`secureHeaders\` of another module is none of Hono's.
    `import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { secureHeaders as localHeaders } from './security';
import Stripe from 'stripe';

const app = new Hono();
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

app.use('*', secureHeaders());
app.use('/report/*', secureHeaders({ contentSecurityPolicyReportOnly: { defaultSrc: ["'self'"] } }));
app.use(
  '/checkout/*',
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", 'https://js.stripe.com'],
      frameSrc: ['https://js.stripe.com', 'https://hooks.stripe.com'],
      connectSrc: ["'self'", 'https://api.stripe.com'],
    },
  }),
);
app.use('/legacy/*', localHeaders({ contentSecurityPolicy: { defaultSrc: ["'self'"] } }));
app.get('/balance', async (c) => c.json(await stripe.balance.retrieve()));

export default app;
`,
    // A file download route's policy chosen by the file's type (real-world batch 255: a wiki's attachments): the branch
    // taken for a PDF is sent with the PDF, no page; \`sandbox\` for the rest. Every policy is judged here.
    {
      code: `import Router from 'koa-router';
import { getFileStream } from './storage';

const router = new Router();

router.get('/files/:key', async (ctx) => {
  const { stream, contentType, fileName } = await getFileStream(ctx.params.key);
  ctx.set('Accept-Ranges', 'bytes');
  ctx.set('Content-Type', contentType);
  ctx.set('Content-Security-Policy', contentType === 'application/pdf' ? "default-src 'self'; object-src 'self'; base-uri 'none';" : 'sandbox');
  ctx.set('Content-Disposition', \`attachment; filename="\${fileName}"\`);
  ctx.body = stream;
});

export default router;
`,
      filename: 'server/api/files.ts',
      options: [{ requireStripeEvidence: false }],
    },
    // Test code: an expected header in a contract test, a mocked response, a test server's policy (batch BZ).
    {
      code: `const order = { id: 'ord_1', paymentMethod: 'stripe' };

it('answers with JSON and security headers', async () => {
  const responseHeaders = { 'Content-Type': 'application/json', 'Content-Security-Policy': "default-src 'self'" };
  mockedAxios.get.mockResolvedValue({ data: order, headers: responseHeaders });
  expect(responseHeaders['Content-Type']).toBe('application/json');
});
`,
      filename: 'tests/contract/api-contracts.test.ts',
    },
    {
      code: `import express from 'express';
import helmet from 'helmet';
import Stripe from 'stripe';

export const stripe = new Stripe('sk_test_123');
export const app = express();
app.use(helmet({ contentSecurityPolicy: { directives: { defaultSrc: ["'self'"] } } }));
app.get('/', (req, res) => res.send('<script src="https://js.stripe.com/v3"></script>'));
`,
      filename: inFixtureProject('e2e/fixtures/server.ts'),
    },
    // helmet's defaults in a file that names Stripe only in its comments: too little to say Stripe.js loads there.
    { code: NEST_API_BOOTSTRAP, filename: 'src/main.ts' },
    // helmet's defaults on a JSON API that imports its Stripe webhook router and serves only a folder of uploaded
    // images: no page of this server loads Stripe.js (real-world batch X)
    {
      code: `import express from 'express';
import helmet from 'helmet';
import cors from 'cors';
import path from 'node:path';
import stripeWebhookRouter from './routes/stripe-webhook';

const app = express();
const uploadDir = process.env.UPLOAD_DIR || path.join(process.cwd(), 'uploads');

app.use(helmet({ crossOriginResourcePolicy: { policy: 'cross-origin' } }));
app.use('/uploads', cors({ origin: process.env.WEB_ORIGIN, credentials: true }), express.static(uploadDir));
app.use('/api/v1/stripe/webhook', express.raw({ type: 'application/json' }), stripeWebhookRouter);
app.use(express.json());
app.get('/', (_req, res) => res.json({ status: 'running' }));`,
      filename: 'apps/api/src/index.ts',
    },
    // helmet 3 (koa-helmet 5 wraps it) sends no policy from \`helmet()\`: the project's package.json says which helmet it
    // installs (real-world batches I and M); with either preset.
    { code: PAGES_SERVER, filename: inProject('helmet3-shop', 'server.ts') },
    { code: KOA_SERVER, filename: inProject('koa-helmet5-api', 'server.ts') },
    // fastify-helmet 3 and 4 register helmet 3's middlewares, the CSP only when its option is given (real-world batch ET).
    { code: FASTIFY_SERVER, filename: inProject('fastify-helmet3-api', 'server.js') },
    // helmet 3 and 4 (fastify-helmet 5 registers helmet 4) send the directives they are given as they are, without
    // helmet's defaults: Stripe's origins in \`default-src\` cover scripts, frames and connections.
    { code: DEFAULT_SRC_SERVER, filename: inProject('helmet3-shop', 'server.ts') },
    { code: DEFAULT_SRC_SERVER, filename: inProject('helmet4-shop', 'server.ts') },
    { code: FASTIFY_DEFAULT_SRC_SERVER, filename: inProject('fastify-helmet5-api', 'server.js') },
    // helmet's default policy in an express-generator API whose scaffolded static folder was never made: no page is
    // served from it (real-world batch BG); the same app with its \`public\` folder is reported (below).
    { code: readFileSync(inProject('express-api', 'app.js'), 'utf8'), filename: inProject('express-api', 'app.js') },
    { code: KOA_SERVER, filename: inProject('koa-helmet5-api', 'server.ts'), options: [{ requireStripeEvidence: false }] },
    // A Connect embedded components page (its policy names Connect.js): Connect's sources are complete, and Stripe.js's
    // payment ones (hooks.stripe.com) are not asked for (an onboarding page in a Supabase edge function).
    {
      code: connectPage("https://connect-js.stripe.com https://js.stripe.com"),
      filename: 'supabase/functions/connect/index.ts',
    },
    // Express + helmet with the current guide's Stripe.js origins.
    `import express from 'express';
import helmet from 'helmet';

const app = express();
app.use(
  helmet({
    contentSecurityPolicy: {
      directives: {
        scriptSrc: ["'self'", 'https://js.stripe.com', 'https://*.js.stripe.com', 'https://maps.googleapis.com'],
        frameSrc: ['https://js.stripe.com', 'https://*.js.stripe.com', 'https://hooks.stripe.com'],
        connectSrc: ["'self'", 'https://api.stripe.com', 'https://maps.googleapis.com'],
        imgSrc: ["'self'", 'data:', 'https://*.stripe.com'],
      },
    },
  }),
);`,
    // The older guide text (no *.js.stripe.com), dashed keys, CommonJS.
    `const helmet = require('helmet');
app.use(helmet.contentSecurityPolicy({
  directives: {
    'default-src': ["'self'"],
    'script-src': ["'self'", 'https://js.stripe.com'],
    'frame-src': ['https://js.stripe.com', 'https://hooks.stripe.com'],
    'connect-src': ["'self'", 'https://api.stripe.com'],
  },
}));`,
    // A https://*.stripe.com wildcard covers every Stripe.js origin; `https:` and `*` allow everything.
    `res.setHeader('Content-Security-Policy', "default-src 'self' https://*.stripe.com");`,
    `res.setHeader('Content-Security-Policy', "default-src 'self' https:");`,
    `res.setHeader('Content-Security-Policy', "default-src *; frame-ancestors 'none'");`,
    // Scheme-less and http: host sources are upgraded on https pages.
    `res.setHeader('Content-Security-Policy', "default-src 'self' js.stripe.com hooks.stripe.com http://api.stripe.com");`,
    // No default-src and none of the checked directives: nothing is restricted.
    `res.setHeader('Content-Security-Policy', "frame-ancestors 'none'; upgrade-insecure-requests");`,
    // CSP switched off in helmet.
    `import helmet from 'helmet'; app.use(helmet({ contentSecurityPolicy: false }));`,
    // Report-only policies block nothing: not reported (helmet reportOnly, the report-only header, a report-only meta).
    `import helmet from 'helmet'; app.use(helmet({ contentSecurityPolicy: { reportOnly: true } }));`,
    `res.setHeader('Content-Security-Policy-Report-Only', "default-src 'self'");`,
    `const m = <meta httpEquiv="Content-Security-Policy-Report-Only" content="default-src 'self'" />;`,
    // Next.js nonce policy: 'strict-dynamic' lets Stripe.js load through the nonce'd script; frames and API allowed.
    {
      code: `export function middleware(request) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const cspHeader = \`
    default-src 'self';
    script-src 'self' 'nonce-\${nonce}' 'strict-dynamic';
    frame-src https://js.stripe.com https://hooks.stripe.com;
    connect-src 'self' https://api.stripe.com;
  \`;
  const response = NextResponse.next();
  response.headers.set('Content-Security-Policy', cspHeader.replace(/\\s{2,}/g, ' ').trim());
  return response;
}`,
      filename: 'middleware.ts',
    },
    // The gist's meta tag (stripe-facts §4.2).
    `const head = <meta httpEquiv="Content-Security-Policy" content="script-src https://js.stripe.com 'self'; connect-src https://api.stripe.com; frame-src https://js.stripe.com https://hooks.stripe.com" />;`,
    // helmet with a nonce function: the entry is unknown, so script-src may allow Stripe.js.
    `import helmet from 'helmet';
app.use(helmet({
  contentSecurityPolicy: {
    directives: {
      scriptSrc: ["'self'", (req, res) => \`'nonce-\${res.locals.cspNonce}'\`],
      frameSrc: ['https://js.stripe.com', 'https://hooks.stripe.com'],
      connectSrc: ["'self'", 'https://api.stripe.com'],
    },
  },
}));`,
    // Checkout only (the app redirects to Checkout and embeds nothing else): Stripe.js origins are not required.
    {
      code: `res.setHeader('Content-Security-Policy', "default-src 'self'; script-src 'self' https://checkout.stripe.com; frame-src https://checkout.stripe.com; connect-src https://checkout.stripe.com");`,
      options: [{ stripeJs: false, checkout: true }],
    },
    // An API-only server opts out of every product.
    {
      code: `import helmet from 'helmet'; app.use(helmet());`,
      options: [{ stripeJs: false }],
    },
    // Not a CSP: other headers, other modules called helmet, unknown header names.
    `res.setHeader('X-Frame-Options', 'DENY'); res.set({ 'Cache-Control': 'no-store' });`,
    `import helmet from './security/helmet'; app.use(helmet());`,
    `res.setHeader(cspHeaderName, "default-src 'self'");`,
    // limitation: policies built at run time (imported options, unknown spreads, unknown directive names) are not read.
    `import helmet from 'helmet'; import { cspOptions } from './config'; app.use(helmet({ contentSecurityPolicy: cspOptions }));`,
    `import helmet from 'helmet'; app.use(helmet({ contentSecurityPolicy: { directives: { ...baseDirectives, defaultSrc: ["'self'"] } } }));`,
    `res.setHeader('Content-Security-Policy', \`default-src 'self'; \${extraDirectives}\`);`,
    `res.setHeader('Content-Security-Policy', Object.entries(directives).map(([k, v]) => \`\${k} \${v.join(' ')}\`).join('; '));`,
    // limitation: a directive that lists a value the file cannot read (a config entry, an environment variable) may list
    // Stripe's origin through it, so it is not judged (real-world batch 235: js.stripe.com removed from a script-src
    // that keeps the web client's URL from the config).
    `import helmet from 'helmet';
import Stripe from 'stripe';
import { ENV } from './config/env';
export const stripe = new Stripe(ENV.STRIPE_SECRET_KEY);
app.use(helmet({ contentSecurityPolicy: { directives: { scriptSrc: ["'self'", ENV.WEB_CLIENT.URL], connectSrc: ["'self'", \`\${ENV.API_BASE_URL}/\`], frameSrc: ['https://js.stripe.com', 'https://hooks.stripe.com'] } } }));`,
    // limitation: a CSP \`<meta>\` made through the DOM, and \`@next-safe/middleware\`'s \`csp({ directives })\`, are not read
    // (real-world batch 235).
    {
      code: `import { loadStripe } from '@stripe/stripe-js';
export const stripePromise = loadStripe(import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY);
const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = ["default-src 'self'", "script-src 'self'"].join('; ');
document.head.appendChild(meta);
`,
      filename: 'src/ContentSecurityPolicy.ts',
    },
    `import { chain, nextSafe, csp } from '@next-safe/middleware';
import Stripe from 'stripe';
export const stripeHost = Stripe.name;
export default chain(nextSafe({ disableCsp: true }), csp({ directives: { 'script-src': ["'self'"], 'frame-src': ["'self'"] } }));`,
    // limitation: a directives function that may end without returning (helmet would get `undefined`) is not read.
    `import helmet from 'helmet';
import Stripe from 'stripe';
function cspDirectives() {
  if (process.env.CSP_STRICT) return { defaultSrc: ["'self'"] };
}
app.use(helmet({ contentSecurityPolicy: { directives: cspDirectives() } }));`,
    // limitation: helmet options chosen by a condition (a policy in production only) are not read; a header string chosen
    // so is (each branch).
    {
      code: `const express = require('express');
const helmet = require('helmet');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

const app = express();
const isProd = process.env.NODE_ENV === 'production';
app.use(helmet({ contentSecurityPolicy: isProd ? { directives: { scriptSrc: ["'self'"] } } : false }));
app.use(express.static('public'));
app.post('/create-checkout-session', async (req, res) => res.json(await stripe.checkout.sessions.create(req.body)));
`,
      filename: 'server.js',
    },
    // limitation: a source restricted to a path (https://js.stripe.com/v3/) may or may not cover what Stripe.js loads.
    `res.setHeader('Content-Security-Policy', "default-src 'self'; script-src https://js.stripe.com/v3/; frame-src https://js.stripe.com https://hooks.stripe.com; connect-src https://api.stripe.com");`,
    // An explicit \`useDefaults: false\` sends the directives as given, whatever helmet's version: default-src decides.
    `import helmet from 'helmet';
app.use(helmet({ contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'self'", 'https://*.stripe.com'] } } }));`,
    // Crash cases: computed keys, getters, spreads, optional calls, TS-only syntax, JSX spreads, empty templates.
    `import helmet from 'helmet';
const key = 'scriptSrc';
app.use(helmet?.({ contentSecurityPolicy: { directives: { [key]: ['https://*.stripe.com'], [dynamic]: [], get frameSrc() { return []; }, defaultSrc: ['*'] } } }));
app.use(helmet.contentSecurityPolicy(...args));
const m = <meta {...props} httpEquiv="Content-Security-Policy" content={\`\`} />;
const n = <meta httpEquiv={equiv} content="default-src 'self'" />;
res.setHeader?.('Content-Security-Policy', \`\${a}\${b}\`);
headers['Content-Security-Policy'] += "; frame-src 'none'";
const o = { ['Content-Security-Policy']: 42, key: 'Content-Security-Policy' };
@Controller() class C { @Header('Content-Security-Policy', "default-src *") get() {} }`,
    {
      code: `const helmet = require('helmet');
// null removes helmet's default script-src, so default-src decides.
app.use(helmet({ contentSecurityPolicy: { directives: { defaultSrc: ["'self'", 'https://*.stripe.com'], scriptSrc: null } } }));`,
      languageOptions: { parser: espree },
    },
    `const big = ${'"default-src *; " + '.repeat(200)}"img-src *";
res.setHeader('Content-Security-Policy', big);`,
    // An API server: helmet's default policy (no directive written) in a file that names Stripe only for its webhook
    // route and serves no page from what it says (no views, static files, HTML or SSR framework): Stripe.js never
    // loads under it. Checked with requireStripeEvidence: false (invalid below).
    API_SERVER,
    // limitation: the same in an app whose pages are rendered by routers in other files (`app.use('/', pages)`): from
    // this file its helmet defaults look like an API server's, and are checked only with requireStripeEvidence: false.
    `import express from 'express';
import helmet from 'helmet';
import Stripe from 'stripe';
import pages from './routes/pages';

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.use(helmet());
app.use('/', pages);`,
    // limitation: a policy in a file that never mentions Stripe is not checked by default (the project may not load
    // Stripe.js at all); the strict preset sets requireStripeEvidence: false.
    `import express from 'express';
import helmet from 'helmet';

const app = express();
app.use(helmet());`,
    {
      // A policy that runs no script (\`default-src 'none'\`, \`script-src 'none'\` on an error page) is no page's that
      // loads Stripe.js (real-world batch 104: Express's error helpers bundled into a Directus extension)
      code: `const express = require('express');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

function sendNotFound(req, res) {
  res.setHeader('Content-Security-Policy', "default-src 'none'");
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end('<pre>Cannot GET ' + req.url + '</pre>');
}

function sendError(req, res) {
  res.set('Content-Security-Policy', "default-src 'self'; script-src 'none'");
  res.status(500).send('<h1>Server error</h1>');
}

module.exports = { sendNotFound, sendError, stripe, express };
`,
      filename: 'src/server.js',
    },
    // A JSON API's own policy, written out, that names no Stripe origin: the server only creates Checkout Sessions and
    // takes webhooks, and serves no page where Stripe.js could load (real-world batch DS)
    {
      code: `import express from 'express';
import helmet from 'helmet';
import cors from 'cors';
import stripeWebhookRoutes from './routes/stripe.webhook.routes.js';
import bookingRoutes from './routes/booking.routes.js';

const app = express();
app.use(cors({ origin: process.env.CLIENT_URL }));
app.use(
  helmet.contentSecurityPolicy({
    directives: { 'default-src': ["'self'"], 'script-src': ["'self'"], 'object-src': ["'none'"] },
  }),
);
app.use('/api/stripe/webhook', stripeWebhookRoutes);
app.use(express.json());
app.use('/api/bookings', bookingRoutes);

export default app;
`,
      filename: 'src/app.js',
    },
    {
      code: `import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import Stripe from 'stripe';

const app = new Hono<{ Bindings: { STRIPE_SECRET_KEY: string } }>();
app.use('*', secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'self'"] } }));
app.post('/api/checkout', async (c) => {
  const stripe = new Stripe(c.env.STRIPE_SECRET_KEY);
  const session = await stripe.checkout.sessions.create({ mode: 'payment', line_items: [], success_url: 'https://example.com' });
  return c.json({ url: session.url });
});

export default app;
`,
      filename: 'src/index.ts',
    },
    // ...and @nichtsam/helmet's, once its fetch directives allow Stripe.js's frames and API calls (real-world batch 317)
    {
      code: `import { PassThrough } from 'node:stream';
import { contentSecurity } from '@nichtsam/helmet/content';
import { createReadableStreamFromReadable } from '@react-router/node';
import { renderToPipeableStream } from 'react-dom/server';
import { ServerRouter, type EntryContext } from 'react-router';

const MODE = process.env.NODE_ENV ?? 'development';

export default async function handleRequest(request: Request, status: number, responseHeaders: Headers, context: EntryContext) {
  const nonce = crypto.randomUUID();
  return new Promise((resolve, reject) => {
    const { pipe } = renderToPipeableStream(<ServerRouter nonce={nonce} context={context} url={request.url} />, {
      nonce,
      onShellReady() {
        const body = new PassThrough();
        responseHeaders.set('Content-Type', 'text/html');
        contentSecurity(responseHeaders, {
          crossOriginEmbedderPolicy: false,
          contentSecurityPolicy: {
            directives: {
              fetch: {
                'connect-src': [MODE === 'development' ? 'ws:' : undefined, "'self'", 'https://api.stripe.com'],
                'frame-src': ["'self'", 'https://js.stripe.com', 'https://hooks.stripe.com'],
                'script-src': ["'self'", \`'nonce-\${nonce}'\`, 'https://js.stripe.com'],
              },
            },
          },
        });
        resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status }));
        pipe(body);
      },
      onShellError: reject,
    });
  });
}
`,
      filename: 'app/entry.server.tsx',
    },
    // limitation: a policy whose report-only flag is decided at run time (\`reportOnly: MODE !== 'production'\`, the Epic
    // Stack's template; real-world batch 317) may block nothing: not judged
    {
      code: `import { contentSecurity } from '@nichtsam/helmet/content';
import Stripe from 'stripe';

const MODE = process.env.NODE_ENV;
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
export function securePage(headers: Headers) {
  headers.set('Content-Type', 'text/html');
  contentSecurity(headers, { contentSecurityPolicy: { reportOnly: MODE !== 'production', directives: { fetch: { 'script-src': ["'self'"] } } } });
}
`,
      filename: 'app/utils/headers.server.ts',
    },
    // A report-only policy of @nichtsam/helmet blocks nothing
    {
      code: `import { contentSecurity } from '@nichtsam/helmet/content';
import Stripe from 'stripe';

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
export function securePage(headers: Headers) {
  headers.set('Content-Type', 'text/html');
  contentSecurity(headers, { contentSecurityPolicy: { reportOnly: true, directives: { fetch: { 'script-src': ["'self'", 'https://js.stripe.com'] } } } });
}
`,
      filename: 'app/utils/headers.server.ts',
    },
    // ...and SvelteKit's kit.csp once its frames and API calls allow Stripe's origins; in its default mode SvelteKit adds a
    // nonce to script-src, which is read as allowing Stripe.js (as any nonce is)
    {
      code: `import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter(),
    csp: {
      mode: 'auto',
      directives: {
        'base-uri': ['self'],
        'form-action': ['self', 'https://checkout.stripe.com'],
        'frame-src': ['self', 'https://js.stripe.com', 'https://hooks.stripe.com'],
        'script-src': ['self'],
        'connect-src': ['self', 'wss://localhost:*', 'https://api.stripe.com'],
        'style-src': ['self', 'unsafe-inline'],
      },
    },
  },
};

export default config;
`,
      filename: 'svelte.config.js',
    },
    // SvelteKit's options held in a const given as \`kit\` (\`{ kit: options }\`), allowing Stripe.js; a const of that
    // shape given as anything else is no kit options
    {
      code: `const options = {
  csp: {
    directives: {
      'script-src': ['self', 'https://js.stripe.com'],
      'frame-src': ['https://js.stripe.com', 'https://hooks.stripe.com'],
      'connect-src': ['self', 'https://api.stripe.com'],
    },
  },
};
const preview = { csp: { mode: 'hash', directives: { 'script-src': ['self'], 'connect-src': ['self'] } } };
export default { kit: options, compilerOptions: { runes: true }, vitePlugin: preview };
`,
      filename: 'svelte.config.js',
    },
    // limitation: SvelteKit's options spread from a const (\`kit: { ...kit }\`) are not read, nor a \`kit.csp\` written
    // anywhere but svelte.config.js
    {
      code: `const kit = { csp: { mode: 'hash', directives: { 'script-src': ['self', 'https://js.stripe.com'], 'connect-src': ['self'] } } };
export default { kit: { ...kit, paths: { base: '/shop' } } };
`,
      filename: 'svelte.config.js',
    },
    {
      code: `export const settings = { kit: { csp: { mode: 'hash', directives: { 'script-src': ['self', 'https://js.stripe.com'], 'connect-src': ['self'] } } } };
`,
      filename: 'src/lib/settings.ts',
    },
    // next-safe once its options allow every origin Stripe.js needs (its other defaults left as they are), and
    // next-secure-headers' report-only policy
    {
      code: `import nextSafe from 'next-safe';

const isDev = process.env.NODE_ENV !== 'production';

/** @type {import('next').NextConfig} */
const config = {
  async headers() {
    return [
      {
        source: '/:path*',
        headers: nextSafe({
          isDev,
          contentSecurityPolicy: {
            'script-src': ["'self'", 'https://js.stripe.com'],
            'frame-src': ['https://js.stripe.com', 'https://hooks.stripe.com'],
            'connect-src': ["'self'", 'https://api.stripe.com'],
          },
        }),
      },
    ];
  },
};

export default config;
`,
      filename: 'next.config.mjs',
    },
    {
      code: `const { createSecureHeaders } = require('next-secure-headers');

module.exports = {
  headers: async () => [
    { source: '/(.*)', headers: createSecureHeaders({ contentSecurityPolicy: { directives: { defaultSrc: "'self'", scriptSrc: ["'self'", 'https://js.stripe.com'] }, reportOnly: true } }) },
  ],
};
`,
      filename: 'next.config.js',
    },
    // A policy whose only Stripe words are the origins of Stripe's hosted pages, written in its frame-src, in an app
    // that redirects to hosted Checkout and the billing portal (real-world batch 329): no page of it loads Stripe.js
    {
      code: `const cspDirectives = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' https://accounts.google.com https://va.vercel-scripts.com",
  "img-src 'self' data: blob:",
  "connect-src 'self' https://*.supabase.co wss://*.supabase.co",
  "frame-src https://accounts.google.com https://checkout.stripe.com https://billing.stripe.com",
  "frame-ancestors 'none'",
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return [{ source: '/(.*)', headers: [{ key: 'Content-Security-Policy', value: cspDirectives.join('; ') }] }];
  },
};

export default nextConfig;
`,
      filename: 'apps/web/next.config.mjs',
    },
    // ...nor next-safe's defaults in a config that names Stripe only for images, and loads no Stripe.js
    {
      code: `const nextSafe = require('next-safe');

module.exports = {
  images: { remotePatterns: [{ protocol: 'https', hostname: 'files.stripe.com' }] },
  async headers() {
    return [{ source: '/:path*', headers: nextSafe({ isDev: process.env.NODE_ENV !== 'production' }) }];
  },
};
`,
      filename: 'next.config.js',
    },
    // limitation: @next-safe/middleware's \`csp({ directives })\` in a middleware is not read
    {
      code: `import { chainMatch, isPageRequest, csp, strictDynamic } from '@next-safe/middleware';

const securityMiddleware = [
  csp({ directives: { 'frame-src': ['self', 'https://js.stripe.com'], 'script-src': ['self', 'https://js.stripe.com'], 'connect-src': ['self'] } }),
  strictDynamic(),
];

export default chainMatch(isPageRequest)(...securityMiddleware);
`,
      filename: 'middleware.js',
    },
    // A Nuxt config that names Stripe only for its server (a secret key; the app redirects to Checkout): a policy for
    // YouTube embeds that names no Stripe origin, in a config that loads no Stripe.js, is not judged (real-world batch 321)
    {
      code: `export default defineNuxtConfig({
  modules: ['@nuxtjs/tailwindcss', 'nuxt-security'],
  security: {
    headers: {
      contentSecurityPolicy: {
        'frame-src': ["'self'", 'https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
        'img-src': ["'self'", 'data:', 'https:', 'blob:'],
      },
    },
  },
  runtimeConfig: {
    stripeSecretKey: process.env.STRIPE_SECRET_KEY || '',
    stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET || '',
  },
});
`,
      filename: 'nuxt.config.ts',
    },
    // nuxt-security's own defaults set no default-src, frame-src or connect-src, and its script-src allows any HTTPS
    // script: a policy that only adds Stripe's images blocks nothing Stripe needs
    {
      code: `export default defineNuxtConfig({
  modules: ['nuxt-security'],
  security: {
    headers: {
      contentSecurityPolicy: {
        'img-src': ["'self'", 'data:', 'https://*.stripe.com'],
      },
    },
  },
});
`,
      filename: 'nuxt.config.ts',
    },
    // ...nor its strict defaults once frames and API calls allow Stripe's origins (\`export default\` of the config object)
    {
      code: `export default {
  modules: ['nuxt-security'],
  security: {
    strict: true,
    headers: {
      contentSecurityPolicy: {
        'frame-src': ["'self'", 'https://js.stripe.com', 'https://hooks.stripe.com'],
        'connect-src': ["'self'", 'https://api.stripe.com'],
      },
    },
  },
};
`,
      filename: 'nuxt.config.js',
    },
    // ...nor a report-only policy, nor one nuxt-security does not send (the module not installed, or disabled)
    {
      code: `export default defineNuxtConfig({
  modules: ['nuxt-security'],
  security: {
    contentSecurityPolicyReportOnly: true,
    headers: { contentSecurityPolicy: { 'default-src': ["'self'"], 'script-src': ["'self'", 'https://js.stripe.com'] } },
  },
});
`,
      filename: 'nuxt.config.ts',
    },
    {
      code: `export default defineNuxtConfig({
  modules: ['@nuxtjs/tailwindcss'],
  security: { headers: { contentSecurityPolicy: { 'default-src': ["'self'"], 'script-src': ["'self'", 'https://js.stripe.com'] } } },
});
`,
      filename: 'nuxt.config.ts',
    },
    {
      code: `export default defineNuxtConfig({
  modules: ['nuxt-security'],
  security: { enabled: process.env.NODE_ENV === 'production', headers: { contentSecurityPolicy: { 'default-src': ["'self'"], 'script-src': ["'self'", 'https://js.stripe.com'] } } },
});
`,
      filename: 'nuxt.config.ts',
    },
    // limitation: an app whose route rules give some routes nuxt-security options of their own is not judged (its own
    // policy may be only its other pages'; the routes' options are not read either), nor a module installed by a layer
    // (\`extends\`), nor options written both beside the module and under \`security\` (merged by Nuxt)
    {
      code: `export default defineNuxtConfig({
  modules: ['nuxt-security'],
  security: { headers: { contentSecurityPolicy: { 'default-src': ["'self'"] } } },
  routeRules: {
    '/checkout/**': { security: { headers: { contentSecurityPolicy: { 'default-src': ["'self'"], 'script-src': ["'self'", 'https://js.stripe.com'] } } } },
  },
});
`,
      filename: 'nuxt.config.ts',
    },
    {
      code: `export default defineNuxtConfig({
  extends: ['@acme/nuxt-base-layer'],
  security: { headers: { contentSecurityPolicy: { 'default-src': ["'self'"], 'script-src': ["'self'", 'https://js.stripe.com'] } } },
});
`,
      filename: 'nuxt.config.ts',
    },
    {
      code: `export default defineNuxtConfig({
  modules: [['nuxt-security', { nonce: true }]],
  security: { headers: { contentSecurityPolicy: { 'default-src': ["'self'"], 'script-src': ["'self'", 'https://js.stripe.com'] } } },
});
`,
      filename: 'nuxt.config.ts',
    },
    // SvelteKit's nonce goes into script-src-elem too, where it is written (real-world batch 319)
    {
      code: `/** @type {import('@sveltejs/kit').Config} */
const config = {
  kit: {
    csp: {
      mode: 'nonce',
      directives: {
        'script-src': ['self'],
        'script-src-elem': ['self', 'https://plausible.io'],
        'frame-src': ['https://js.stripe.com', 'https://hooks.stripe.com'],
        'connect-src': ['self', 'https://api.stripe.com'],
      },
    },
  },
};
export default config;
`,
      filename: 'svelte.config.js',
    },
    // A service worker's own policy set header by header beside its script's Content-Type (real-world batch 318): it
    // goes with a script, no page; the app's pages get helmet's policy, which allows Stripe.js
    {
      code: `import express from 'express';
import helmet from 'helmet';

const app = express();
app.use(helmet({ contentSecurityPolicy: { directives: { scriptSrc: ["'self'", 'https://js.stripe.com'], frameSrc: ["'self'", 'https://js.stripe.com', 'https://hooks.stripe.com'], connectSrc: ["'self'", 'https://api.stripe.com'] } } }));
app.use('/sw.js', (_req, res, next) => {
  res.setHeader('Content-Type', 'application/javascript; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache, no-store, must-revalidate');
  res.setHeader('Content-Security-Policy', "default-src 'self'; script-src 'self' 'unsafe-eval'");
  next();
});
app.use(express.static('build/client'));
`,
      filename: 'server/index.ts',
    },
    {
      code: `import { readFile } from 'node:fs/promises';
import type { LoaderFunctionArgs } from 'react-router';

// The worker never caches Stripe's requests: https://js.stripe.com, https://api.stripe.com
const STRIPE_ORIGINS = ['https://js.stripe.com', 'https://api.stripe.com'];

export async function loader(_: LoaderFunctionArgs) {
  const script = await readFile('build/client/sw.js', 'utf8');
  const headers = new Headers();
  headers.set('Content-Type', 'application/javascript; charset=utf-8');
  headers.set('Service-Worker-Allowed', '/');
  headers.set('Content-Security-Policy', "default-src 'self'; script-src 'self'");
  return new Response(script.replace('__STRIPE_ORIGINS__', JSON.stringify(STRIPE_ORIGINS)), { headers });
}
`,
      filename: 'app/routes/sw[.]js.ts',
    },
  ],
  invalid: [
    {
      // ...but where the file names Stripe elsewhere too (a list of its Stripe pages), the site's policy may be for
      // them, and it blocks Stripe.js
      code: MIDDLEWARE_WITH_STRIPE_PAGE,
      filename: 'middleware.ts',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`script-src`', missing: '`https://js.stripe.com`', blocked: STRIPE_JS_BLOCKED },
          line: 11,
          column: 72,
          endLine: 11,
          endColumn: 89,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://*.js.stripe.com`', directive: 'script-src' },
              output: MIDDLEWARE_WITH_STRIPE_PAGE.replace("script-src 'self'; connect-src", "script-src 'self' https://js.stripe.com https://*.js.stripe.com; connect-src"),
            },
          ],
        },
      ],
    },
    {
      // ...while a policy that also names Stripe.js's origin is for pages that load it, whose frames it blocks
      code: `const csp = "default-src 'self'; script-src 'self' https://js.stripe.com; connect-src 'self' https://api.stripe.com; frame-src https://checkout.stripe.com";

export default {
  async headers() {
    return [{ source: '/(.*)', headers: [{ key: 'Content-Security-Policy', value: csp }] }];
  },
};
`,
      filename: 'next.config.mjs',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src`', missing: '`https://js.stripe.com`, `https://hooks.stripe.com`', blocked: FRAMES_BLOCKED },
          line: 1,
          column: 118,
          endLine: 1,
          endColumn: 155,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: `const csp = "default-src 'self'; script-src 'self' https://js.stripe.com; connect-src 'self' https://api.stripe.com; frame-src https://checkout.stripe.com https://js.stripe.com https://hooks.stripe.com https://*.js.stripe.com";

export default {
  async headers() {
    return [{ source: '/(.*)', headers: [{ key: 'Content-Security-Policy', value: csp }] }];
  },
};
`,
            },
          ],
        },
      ],
    },
    {
      // ...but not where the same response may be a page: a type chosen at run time (real-world batch 318's control)
      code: `import { readFile } from 'node:fs/promises';
import type { LoaderFunctionArgs } from 'react-router';

export async function loader({ request }: LoaderFunctionArgs) {
  const page = await readFile('build/client/checkout.html', 'utf8');
  const headers = new Headers();
  headers.set('Content-Type', request.headers.get('accept')?.includes('json') ? 'application/json' : 'text/html; charset=utf-8');
  headers.set('Content-Security-Policy', "default-src 'self'; script-src 'self' https://js.stripe.com");
  return new Response(page, { headers });
}
`,
      filename: 'app/routes/checkout[.]html.ts',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src` (not set, so `default-src` applies)', missing: '`https://js.stripe.com`, `https://hooks.stripe.com`', blocked: FRAMES_BLOCKED },
          line: 8,
          column: 43,
          endLine: 8,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: `import { readFile } from 'node:fs/promises';
import type { LoaderFunctionArgs } from 'react-router';

export async function loader({ request }: LoaderFunctionArgs) {
  const page = await readFile('build/client/checkout.html', 'utf8');
  const headers = new Headers();
  headers.set('Content-Type', request.headers.get('accept')?.includes('json') ? 'application/json' : 'text/html; charset=utf-8');
  headers.set('Content-Security-Policy', "default-src 'self'; frame-src 'self' https://js.stripe.com https://hooks.stripe.com https://*.js.stripe.com; script-src 'self' https://js.stripe.com");
  return new Response(page, { headers });
}
`,
            },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: '`connect-src` (not set, so `default-src` applies)', missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 8,
          column: 43,
          endLine: 8,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://api.stripe.com`', directive: 'connect-src' },
              output: `import { readFile } from 'node:fs/promises';
import type { LoaderFunctionArgs } from 'react-router';

export async function loader({ request }: LoaderFunctionArgs) {
  const page = await readFile('build/client/checkout.html', 'utf8');
  const headers = new Headers();
  headers.set('Content-Type', request.headers.get('accept')?.includes('json') ? 'application/json' : 'text/html; charset=utf-8');
  headers.set('Content-Security-Policy', "default-src 'self'; connect-src 'self' https://api.stripe.com; script-src 'self' https://js.stripe.com");
  return new Response(page, { headers });
}
`,
            },
          ],
        },
      ],
    },
    {
      // next-safe's defaults in next.config.js: \`frame-src 'none'\` and \`connect-src 'self'\` stay where the options
      // write only \`script-src\`, so Stripe's fields and API calls are blocked
      code: `// @ts-check
const nextSafe = require('next-safe');

const isDev = process.env.NODE_ENV !== 'production';

/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: nextSafe({
          isDev,
          contentSecurityPolicy: {
            'script-src': ["'self'", 'https://js.stripe.com'],
            'img-src': ["'self'", 'data:', 'https://*.stripe.com'],
          },
        }),
      },
    ];
  },
};
`,
      filename: 'next.config.js',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: "`frame-src` (next-safe's default)", missing: '`https://js.stripe.com`, `https://hooks.stripe.com`', blocked: FRAMES_BLOCKED },
          line: 15,
          column: 34,
          endLine: 18,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: `// @ts-check
const nextSafe = require('next-safe');

const isDev = process.env.NODE_ENV !== 'production';

/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: nextSafe({
          isDev,
          contentSecurityPolicy: {
            'script-src': ["'self'", 'https://js.stripe.com'],
            'img-src': ["'self'", 'data:', 'https://*.stripe.com'],
            'frame-src': ['https://js.stripe.com', 'https://hooks.stripe.com', 'https://*.js.stripe.com'],
          },
        }),
      },
    ];
  },
};
`,
            },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: "`connect-src` (next-safe's default)", missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 15,
          column: 34,
          endLine: 18,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://api.stripe.com`', directive: 'connect-src' },
              output: `// @ts-check
const nextSafe = require('next-safe');

const isDev = process.env.NODE_ENV !== 'production';

/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: nextSafe({
          isDev,
          contentSecurityPolicy: {
            'script-src': ["'self'", 'https://js.stripe.com'],
            'img-src': ["'self'", 'data:', 'https://*.stripe.com'],
            'connect-src': ["'self'", 'https://api.stripe.com'],
          },
        }),
      },
    ];
  },
};
`,
            },
          ],
        },
      ],
    },
    {
      // next-secure-headers sends the directives given and no others: \`connect-src\` falls back to \`default-src\`, written
      // as one string; the suggestion copies its sources into a new \`connectSrc\` list
      code: `const { createSecureHeaders } = require('next-secure-headers');

module.exports = {
  async headers() {
    return [
      {
        source: '/(.*)',
        headers: createSecureHeaders({
          contentSecurityPolicy: {
            directives: {
              defaultSrc: "'self'",
              scriptSrc: ["'self'", 'https://js.stripe.com'],
              frameSrc: ['https://js.stripe.com', 'https://hooks.stripe.com'],
              styleSrc: ["'self'", "'unsafe-inline'"],
            },
          },
          frameGuard: 'deny',
        }),
      },
    ];
  },
};
`,
      filename: 'next.config.js',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`connect-src` (not set, so `default-src` applies)', missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 11,
          column: 15,
          endLine: 11,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://api.stripe.com`', directive: 'connect-src' },
              output: `const { createSecureHeaders } = require('next-secure-headers');

module.exports = {
  async headers() {
    return [
      {
        source: '/(.*)',
        headers: createSecureHeaders({
          contentSecurityPolicy: {
            directives: {
              defaultSrc: "'self'",
              scriptSrc: ["'self'", 'https://js.stripe.com'],
              frameSrc: ['https://js.stripe.com', 'https://hooks.stripe.com'],
              styleSrc: ["'self'", "'unsafe-inline'"],
              connectSrc: ["'self'", 'https://api.stripe.com'],
            },
          },
          frameGuard: 'deny',
        }),
      },
    ];
  },
};
`,
            },
          ],
        },
      ],
    },
    {
      // nuxt-security's policy in nuxt.config.ts: a \`default-src\` written over the module's defaults (which set none) now
      // governs frames and API calls, and Stripe's origins are not in it
      code: `// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  modules: ['@pinia/nuxt', 'nuxt-security', '@unlok-co/nuxt-stripe'],
  stripe: {
    client: { key: process.env.STRIPE_PUBLISHABLE_KEY },
  },
  security: {
    headers: {
      crossOriginEmbedderPolicy: process.env.NODE_ENV === 'development' ? 'unsafe-none' : 'require-corp',
      contentSecurityPolicy: {
        'default-src': ["'self'"],
        'script-src': ["'self'", 'https://js.stripe.com', "'nonce-{{nonce}}'"],
        'img-src': ["'self'", 'data:', 'https://*.stripe.com'],
        'upgrade-insecure-requests': true,
      },
    },
  },
});
`,
      filename: 'nuxt.config.ts',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src` (not set, so `default-src` applies)', missing: '`https://js.stripe.com`, `https://hooks.stripe.com`', blocked: FRAMES_BLOCKED },
          line: 11,
          column: 9,
          endLine: 11,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: `// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  modules: ['@pinia/nuxt', 'nuxt-security', '@unlok-co/nuxt-stripe'],
  stripe: {
    client: { key: process.env.STRIPE_PUBLISHABLE_KEY },
  },
  security: {
    headers: {
      crossOriginEmbedderPolicy: process.env.NODE_ENV === 'development' ? 'unsafe-none' : 'require-corp',
      contentSecurityPolicy: {
        'default-src': ["'self'"],
        'script-src': ["'self'", 'https://js.stripe.com', "'nonce-{{nonce}}'"],
        'img-src': ["'self'", 'data:', 'https://*.stripe.com'],
        'upgrade-insecure-requests': true,
        'frame-src': ["'self'", 'https://js.stripe.com', 'https://hooks.stripe.com', 'https://*.js.stripe.com'],
      },
    },
  },
});
`,
            },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: '`connect-src` (not set, so `default-src` applies)', missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 11,
          column: 9,
          endLine: 11,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://api.stripe.com`', directive: 'connect-src' },
              output: `// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  modules: ['@pinia/nuxt', 'nuxt-security', '@unlok-co/nuxt-stripe'],
  stripe: {
    client: { key: process.env.STRIPE_PUBLISHABLE_KEY },
  },
  security: {
    headers: {
      crossOriginEmbedderPolicy: process.env.NODE_ENV === 'development' ? 'unsafe-none' : 'require-corp',
      contentSecurityPolicy: {
        'default-src': ["'self'"],
        'script-src': ["'self'", 'https://js.stripe.com', "'nonce-{{nonce}}'"],
        'img-src': ["'self'", 'data:', 'https://*.stripe.com'],
        'upgrade-insecure-requests': true,
        'connect-src': ["'self'", 'https://api.stripe.com'],
      },
    },
  },
});
`,
            },
          ],
        },
      ],
    },
    {
      // nuxt-security's strict defaults (\`strict: true\`, written beside the module): \`frame-src\` and \`connect-src\` are
      // \`'self'\`; its nonce lets Stripe.js load. No directives are written, so there is nowhere to suggest one
      code: `export default defineNuxtConfig({
  modules: [
    ['nuxt-security', { strict: true, rateLimiter: false }],
  ],
  runtimeConfig: {
    stripeSecretKey: '',
    public: { stripePublishableKey: '' },
  },
  app: {
    head: { script: [{ src: 'https://js.stripe.com/v3/', defer: true }] },
  },
});
`,
      filename: 'nuxt.config.ts',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: "`frame-src` (nuxt-security's default)", missing: '`https://js.stripe.com`, `https://hooks.stripe.com`', blocked: FRAMES_BLOCKED },
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 59,
          suggestions: [],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: "`connect-src` (nuxt-security's default)", missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 59,
          suggestions: [],
        },
      ],
    },
    {
      // With \`nonce: false\` nuxt-security drops its nonce placeholder: \`script-src\` is then \`'self'\` alone
      code: `import { defineNuxtConfig } from 'nuxt/config';

export default defineNuxtConfig({
  ssr: false,
  modules: ['nuxt-security'],
  security: {
    nonce: false,
    headers: {
      contentSecurityPolicy: {
        'script-src': ["'self'", "'nonce-{{nonce}}'"],
        'frame-src': ['https://js.stripe.com', 'https://hooks.stripe.com'],
      },
    },
  },
});
`,
      filename: 'nuxt.config.ts',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`script-src`', missing: '`https://js.stripe.com`', blocked: STRIPE_JS_BLOCKED },
          line: 10,
          column: 9,
          endLine: 10,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://*.js.stripe.com`', directive: 'script-src' },
              output: `import { defineNuxtConfig } from 'nuxt/config';

export default defineNuxtConfig({
  ssr: false,
  modules: ['nuxt-security'],
  security: {
    nonce: false,
    headers: {
      contentSecurityPolicy: {
        'script-src': ["'self'", "'nonce-{{nonce}}'", 'https://js.stripe.com', 'https://*.js.stripe.com'],
        'frame-src': ['https://js.stripe.com', 'https://hooks.stripe.com'],
      },
    },
  },
});
`,
            },
          ],
        },
      ],
    },
    {
      // SvelteKit adds no nonce to a script-src that allows inline scripts (a nonce would turn 'unsafe-inline' off): in its
      // default mode too, this policy lets Google's tag manager load and blocks Stripe.js (real-world batch 319)
      code: `import adapter from '@sveltejs/adapter-vercel';

/** @type {import('@sveltejs/kit').Config} */
export default {
  kit: {
    adapter: adapter(),
    csp: {
      directives: {
        'default-src': ['self'],
        'script-src': ['self', 'unsafe-inline', 'https://www.googletagmanager.com'],
        'frame-src': ['self', 'https://js.stripe.com', 'https://hooks.stripe.com'],
        'connect-src': ['self', 'https://api.stripe.com', 'https://www.google-analytics.com'],
      },
    },
  },
};
`,
      filename: 'svelte.config.js',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`script-src`', missing: '`https://js.stripe.com`', blocked: STRIPE_JS_BLOCKED },
          line: 10,
          column: 9,
          endLine: 10,
          endColumn: 84,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://*.js.stripe.com`', directive: 'script-src' },
              output: `import adapter from '@sveltejs/adapter-vercel';

/** @type {import('@sveltejs/kit').Config} */
export default {
  kit: {
    adapter: adapter(),
    csp: {
      directives: {
        'default-src': ['self'],
        'script-src': ['self', 'unsafe-inline', 'https://www.googletagmanager.com', 'https://js.stripe.com', 'https://*.js.stripe.com'],
        'frame-src': ['self', 'https://js.stripe.com', 'https://hooks.stripe.com'],
        'connect-src': ['self', 'https://api.stripe.com', 'https://www.google-analytics.com'],
      },
    },
  },
};
`,
            },
          ],
        },
      ],
    },
    {
      // SvelteKit's kit options held in a const of their own and given as \`kit\` (real-world batch 319)
      code: `import adapter from '@sveltejs/adapter-vercel';

const kit = {
  adapter: adapter({ runtime: 'nodejs20.x' }),
  alias: { $components: 'src/components' },
  csp: {
    mode: 'auto',
    directives: {
      'default-src': ['self'],
      'script-src': ['self', 'https://js.stripe.com'],
      'frame-src': ['https://js.stripe.com', 'https://hooks.stripe.com'],
      'connect-src': ['self'],
      'img-src': ['self', 'data:'],
    },
  },
};

/** @type {import('@sveltejs/kit').Config} */
export default { kit };
`,
      filename: 'svelte.config.js',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`connect-src`', missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 12,
          column: 7,
          endLine: 12,
          endColumn: 30,
          suggestions: [{ messageId: 'addStripeSources', data: { sources: '`https://api.stripe.com`', directive: 'connect-src' }, output: `import adapter from '@sveltejs/adapter-vercel';

const kit = {
  adapter: adapter({ runtime: 'nodejs20.x' }),
  alias: { $components: 'src/components' },
  csp: {
    mode: 'auto',
    directives: {
      'default-src': ['self'],
      'script-src': ['self', 'https://js.stripe.com'],
      'frame-src': ['https://js.stripe.com', 'https://hooks.stripe.com'],
      'connect-src': ['self', 'https://api.stripe.com'],
      'img-src': ['self', 'data:'],
    },
  },
};

/** @type {import('@sveltejs/kit').Config} */
export default { kit };
` }],
        },
      ],
    },
    {
      // SvelteKit's kit.csp in svelte.config.js (its keywords written bare, quoted by SvelteKit): a checkout posting to
      // Checkout, yet with hashes for its scripts (\`mode: 'hash'\`) nothing lets Stripe.js load, its 3D Secure frames
      // are blocked and its API calls too
      code: `import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter(),
    csp: {
      mode: 'hash',
      directives: {
        'base-uri': ['self'],
        'form-action': ['self', 'https://checkout.stripe.com'],
        'frame-src': ['self', 'https://js.stripe.com'],
        'script-src': ['self'],
        'connect-src': ['self', 'wss://localhost:*'],
        'style-src': ['self', 'unsafe-inline'],
      },
    },
  },
};

export default config;
`,
      filename: 'svelte.config.js',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src`', missing: '`https://hooks.stripe.com`', blocked: THREE_D_SECURE_BLOCKED },
          line: 14,
          column: 9,
          endLine: 14,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: `import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter(),
    csp: {
      mode: 'hash',
      directives: {
        'base-uri': ['self'],
        'form-action': ['self', 'https://checkout.stripe.com'],
        'frame-src': ['self', 'https://js.stripe.com', 'https://hooks.stripe.com', 'https://*.js.stripe.com'],
        'script-src': ['self'],
        'connect-src': ['self', 'wss://localhost:*'],
        'style-src': ['self', 'unsafe-inline'],
      },
    },
  },
};

export default config;
`,
            },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: '`script-src`', missing: '`https://js.stripe.com`', blocked: STRIPE_JS_BLOCKED },
          line: 15,
          column: 9,
          endLine: 15,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://*.js.stripe.com`', directive: 'script-src' },
              output: `import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter(),
    csp: {
      mode: 'hash',
      directives: {
        'base-uri': ['self'],
        'form-action': ['self', 'https://checkout.stripe.com'],
        'frame-src': ['self', 'https://js.stripe.com'],
        'script-src': ['self', 'https://js.stripe.com', 'https://*.js.stripe.com'],
        'connect-src': ['self', 'wss://localhost:*'],
        'style-src': ['self', 'unsafe-inline'],
      },
    },
  },
};

export default config;
`,
            },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: '`connect-src`', missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 16,
          column: 9,
          endLine: 16,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://api.stripe.com`', directive: 'connect-src' },
              output: `import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter(),
    csp: {
      mode: 'hash',
      directives: {
        'base-uri': ['self'],
        'form-action': ['self', 'https://checkout.stripe.com'],
        'frame-src': ['self', 'https://js.stripe.com'],
        'script-src': ['self'],
        'connect-src': ['self', 'wss://localhost:*', 'https://api.stripe.com'],
        'style-src': ['self', 'unsafe-inline'],
      },
    },
  },
};

export default config;
`,
            },
          ],
        },
      ],
    },
    {
      // @nichtsam/helmet's contentSecurity in an Epic Stack / React Router 7 entry (real-world batch 317): the page loads
      // Stripe.js (its script-src names it) but its frames and API calls are left to 'self'; the development-only
      // \`ws:\` entry, filtered out by the package in production, allows no Stripe origin either
      code: `import { PassThrough } from 'node:stream';
import { contentSecurity } from '@nichtsam/helmet/content';
import { createReadableStreamFromReadable } from '@react-router/node';
import { renderToPipeableStream } from 'react-dom/server';
import { ServerRouter, type EntryContext } from 'react-router';

const MODE = process.env.NODE_ENV ?? 'development';

export default async function handleRequest(request: Request, status: number, responseHeaders: Headers, context: EntryContext) {
  const nonce = crypto.randomUUID();
  return new Promise((resolve, reject) => {
    const { pipe } = renderToPipeableStream(<ServerRouter nonce={nonce} context={context} url={request.url} />, {
      nonce,
      onShellReady() {
        const body = new PassThrough();
        responseHeaders.set('Content-Type', 'text/html');
        contentSecurity(responseHeaders, {
          crossOriginEmbedderPolicy: false,
          contentSecurityPolicy: {
            directives: {
              fetch: {
                'connect-src': [MODE === 'development' ? 'ws:' : undefined, "'self'"],
                'frame-src': ["'self'"],
                'script-src': ["'self'", \`'nonce-\${nonce}'\`, 'https://js.stripe.com'],
              },
            },
          },
        });
        resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status }));
        pipe(body);
      },
      onShellError: reject,
    });
  });
}
`,
      filename: 'app/entry.server.tsx',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`connect-src`', missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 22,
          column: 17,
          endLine: 22,
          endColumn: 86,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://api.stripe.com`', directive: 'connect-src' },
              output: `import { PassThrough } from 'node:stream';
import { contentSecurity } from '@nichtsam/helmet/content';
import { createReadableStreamFromReadable } from '@react-router/node';
import { renderToPipeableStream } from 'react-dom/server';
import { ServerRouter, type EntryContext } from 'react-router';

const MODE = process.env.NODE_ENV ?? 'development';

export default async function handleRequest(request: Request, status: number, responseHeaders: Headers, context: EntryContext) {
  const nonce = crypto.randomUUID();
  return new Promise((resolve, reject) => {
    const { pipe } = renderToPipeableStream(<ServerRouter nonce={nonce} context={context} url={request.url} />, {
      nonce,
      onShellReady() {
        const body = new PassThrough();
        responseHeaders.set('Content-Type', 'text/html');
        contentSecurity(responseHeaders, {
          crossOriginEmbedderPolicy: false,
          contentSecurityPolicy: {
            directives: {
              fetch: {
                'connect-src': [MODE === 'development' ? 'ws:' : undefined, "'self'", 'https://api.stripe.com'],
                'frame-src': ["'self'"],
                'script-src': ["'self'", \`'nonce-\${nonce}'\`, 'https://js.stripe.com'],
              },
            },
          },
        });
        resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status }));
        pipe(body);
      },
      onShellError: reject,
    });
  });
}
`,
            },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src`', missing: "`https://js.stripe.com`, `https://hooks.stripe.com`", blocked: FRAMES_BLOCKED },
          line: 23,
          column: 17,
          endLine: 23,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: "`https://js.stripe.com`, `https://hooks.stripe.com`, `https://*.js.stripe.com`", directive: 'frame-src' },
              output: `import { PassThrough } from 'node:stream';
import { contentSecurity } from '@nichtsam/helmet/content';
import { createReadableStreamFromReadable } from '@react-router/node';
import { renderToPipeableStream } from 'react-dom/server';
import { ServerRouter, type EntryContext } from 'react-router';

const MODE = process.env.NODE_ENV ?? 'development';

export default async function handleRequest(request: Request, status: number, responseHeaders: Headers, context: EntryContext) {
  const nonce = crypto.randomUUID();
  return new Promise((resolve, reject) => {
    const { pipe } = renderToPipeableStream(<ServerRouter nonce={nonce} context={context} url={request.url} />, {
      nonce,
      onShellReady() {
        const body = new PassThrough();
        responseHeaders.set('Content-Type', 'text/html');
        contentSecurity(responseHeaders, {
          crossOriginEmbedderPolicy: false,
          contentSecurityPolicy: {
            directives: {
              fetch: {
                'connect-src': [MODE === 'development' ? 'ws:' : undefined, "'self'"],
                'frame-src': ["'self'", 'https://js.stripe.com', 'https://hooks.stripe.com', 'https://*.js.stripe.com'],
                'script-src': ["'self'", \`'nonce-\${nonce}'\`, 'https://js.stripe.com'],
              },
            },
          },
        });
        resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status }));
        pipe(body);
      },
      onShellError: reject,
    });
  });
}
`,
            },
          ],
        },
      ],
    },
    {
      // Directives changed after their literal only where Stripe's origins are not at stake (a report URI, image sources,
      // a development web socket in connect-src): the literal's connect-src still lacks Stripe's API
      code: HELMET_DIRECTIVES_CHANGED_HARMLESSLY,
      filename: 'server/app.js',
      languageOptions: { parserOptions: { sourceType: 'commonjs' } },
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`connect-src`', missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 10, column: 3, endLine: 10, endColumn: 25,
          suggestions: [{ messageId: 'addStripeSources', data: { sources: '`https://api.stripe.com`', directive: 'connect-src' }, output: HELMET_DIRECTIVES_CHANGED_HARMLESSLY.replace(`connectSrc: ["'self'"],`, `connectSrc: ["'self'", 'https://api.stripe.com'],`) }],
        },
      ],
    },
    {
      // A source chosen by a condition between written ones is read as either (mutation study 287): neither branch
      // allows Stripe's API
      code: HELMET_WITH_DEV_SOURCE,
      filename: 'server/app.ts',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`connect-src`', missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 14, column: 9, endLine: 14, endColumn: 71,
          suggestions: [{ messageId: 'addStripeSources', data: { sources: '`https://api.stripe.com`', directive: 'connect-src' }, output: HELMET_WITH_DEV_SOURCE.replace(`"'self'"],`, `"'self'", 'https://api.stripe.com'],`) }],
        },
      ],
    },
    {
      // ...and the branch taken for an HTML document is a page's
      code: KOA_PREVIEW_ROUTE,
      filename: 'server/api/preview.ts',
      options: [{ requireStripeEvidence: false }],
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`script-src` (not set, so `default-src` applies)', missing: '`https://js.stripe.com`', blocked: STRIPE_JS_BLOCKED },
          line: 9, column: 69, endLine: 9, endColumn: 87,
          suggestions: [{ messageId: 'addStripeSources', data: { sources: '`https://js.stripe.com`, `https://*.js.stripe.com`', directive: 'script-src' }, output: withPreviewPolicy("; script-src 'self' https://js.stripe.com https://*.js.stripe.com") }],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src` (not set, so `default-src` applies)', missing: '`https://js.stripe.com`, `https://hooks.stripe.com`', blocked: FRAMES_BLOCKED },
          line: 9, column: 69, endLine: 9, endColumn: 87,
          suggestions: [{ messageId: 'addStripeSources', data: { sources: '`https://js.stripe.com`, `https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' }, output: withPreviewPolicy("; frame-src 'self' https://js.stripe.com https://hooks.stripe.com https://*.js.stripe.com") }],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: '`connect-src` (not set, so `default-src` applies)', missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 9, column: 69, endLine: 9, endColumn: 87,
          suggestions: [{ messageId: 'addStripeSources', data: { sources: '`https://api.stripe.com`', directive: 'connect-src' }, output: withPreviewPolicy("; connect-src 'self' https://api.stripe.com") }],
        },
      ],
    },
    {
      // A policy array with a condition among its elements (real-world batch 247: a Next.js config): each branch is a policy
      // that may reach a browser: the production one does not let Stripe.js reach Stripe's API
      code: `// Stripe Elements on the billing pages: js.stripe.com, api.stripe.com
const isDev = process.env.NODE_ENV === 'development';

module.exports = {
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          {
            key: 'Content-Security-Policy',
            value: [
              "default-src 'self'",
              "script-src 'self' https://js.stripe.com",
              isDev ? "connect-src 'self' ws: https://api.stripe.com" : "connect-src 'self'",
              "frame-src 'self' https://js.stripe.com https://hooks.stripe.com",
            ].join('; '),
          },
        ],
      },
    ];
  },
};
`,
      filename: 'next.config.js',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`connect-src`', missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 15,
          column: 74,
          endLine: 15,
          endColumn: 92,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://api.stripe.com`', directive: 'connect-src' },
              output: `// Stripe Elements on the billing pages: js.stripe.com, api.stripe.com
const isDev = process.env.NODE_ENV === 'development';

module.exports = {
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          {
            key: 'Content-Security-Policy',
            value: [
              "default-src 'self'",
              "script-src 'self' https://js.stripe.com",
              isDev ? "connect-src 'self' ws: https://api.stripe.com" : "connect-src 'self' https://api.stripe.com",
              "frame-src 'self' https://js.stripe.com https://hooks.stripe.com",
            ].join('; '),
          },
        ],
      },
    ];
  },
};
`,
            },
          ],
        },
      ],
    },
    {
      // Electron's response headers, each a list of values (real-world batch 248)
      code: `const { app, session } = require('electron');

// The renderer loads Stripe.js for the card terminal's checkout page.
app.whenReady().then(() => {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': ["default-src 'self'; script-src 'self' https://js.stripe.com; frame-src https://js.stripe.com https://hooks.stripe.com"],
      },
    });
  });
});
`,
      filename: 'src/main/main.js',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`connect-src` (not set, so `default-src` applies)', missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 9,
          column: 38,
          endLine: 9,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://api.stripe.com`', directive: 'connect-src' },
              output: `const { app, session } = require('electron');

// The renderer loads Stripe.js for the card terminal's checkout page.
app.whenReady().then(() => {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': ["default-src 'self'; connect-src 'self' https://api.stripe.com; script-src 'self' https://js.stripe.com; frame-src https://js.stripe.com https://hooks.stripe.com"],
      },
    });
  });
});
`,
            },
          ],
        },
      ],
    },
    // The report says what the missing origins block: here the fields' frames (3D Secure's are allowed).
    {
      code: viewServer(`scriptSrc: ["'self'", 'https://js.stripe.com'], frameSrc: ["'self'", 'https://hooks.stripe.com'], connectSrc: ["'self'", 'https://api.stripe.com']`),
      filename: 'server.mjs',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src`', missing: '`https://js.stripe.com`', blocked: FIELDS_BLOCKED },
          line: 6, column: 105, endLine: 6, endColumn: 153,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: viewServer(`scriptSrc: ["'self'", 'https://js.stripe.com'], frameSrc: ["'self'", 'https://hooks.stripe.com', 'https://js.stripe.com', 'https://*.js.stripe.com'], connectSrc: ["'self'", 'https://api.stripe.com']`),
            },
          ],
        },
      ],
    },
    // ...and for each product that needs a missing origin, what it loses: Stripe.js and embedded Checkout's script.
    {
      code: viewServer(`scriptSrc: ["'self'"], frameSrc: ["'self'", 'https://js.stripe.com', 'https://hooks.stripe.com', 'https://checkout.stripe.com'], connectSrc: ["'self'", 'https://api.stripe.com', 'https://checkout.stripe.com']`),
      filename: 'server.mjs',
      options: [{ checkout: true }],
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`script-src`', missing: '`https://js.stripe.com`, `https://checkout.stripe.com`', blocked: `${STRIPE_JS_BLOCKED} and Stripe Checkout's script` },
          line: 6, column: 57, endLine: 6, endColumn: 78,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://checkout.stripe.com`, `https://*.js.stripe.com`', directive: 'script-src' },
              output: viewServer(`scriptSrc: ["'self'", 'https://js.stripe.com', 'https://checkout.stripe.com', 'https://*.js.stripe.com'], frameSrc: ["'self'", 'https://js.stripe.com', 'https://hooks.stripe.com', 'https://checkout.stripe.com'], connectSrc: ["'self'", 'https://api.stripe.com', 'https://checkout.stripe.com']`),
            },
          ],
        },
      ],
    },
    {
      // hapi's blankie with its nonces off: no frame-src, so blankie's default `default-src 'none'` blocks Stripe's
      // iframes, and its default `connect-src 'self'` the API (left from the thirty-second session). Blankie quotes
      // `self` itself: the suggestion writes it as the options do.
      code: BLANKIE_SERVER,
      filename: 'server.js',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: "`frame-src` (not set, so blankie's default `default-src` applies)", missing: '`https://js.stripe.com`, `https://hooks.stripe.com`', blocked: FRAMES_BLOCKED },
          line: 14,
          column: 16,
          endLine: 19,
          endColumn: 8,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: BLANKIE_SERVER.replace("generateNonces: false,\n", "generateNonces: false,\n        frameSrc: ['https://js.stripe.com', 'https://hooks.stripe.com', 'https://*.js.stripe.com'],\n"),
            },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: "`connect-src` (blankie's default)", missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 14,
          column: 16,
          endLine: 19,
          endColumn: 8,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://api.stripe.com`', directive: 'connect-src' },
              output: BLANKIE_SERVER.replace("generateNonces: false,\n", "generateNonces: false,\n        connectSrc: ['self', 'https://api.stripe.com'],\n"),
            },
          ],
        },
      ],
    },
    {
      // A chain on the response that renders a view: the page is unknown, the policy judged (real-world batch 261)
      code: `const express = require('express');
const router = express.Router();

router.get('/checkout', (req, res) => {
  res.status(200).set('Content-Security-Policy', "default-src 'self'; script-src 'self' https://js.stripe.com; frame-src https://js.stripe.com https://hooks.stripe.com").render('checkout');
});

module.exports = router;
`,
      filename: 'routes/checkout.js',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources', data: { directive: '`connect-src` (not set, so `default-src` applies)', missing: '`https://api.stripe.com`', blocked: API_BLOCKED }, line: 5, column: 51, endLine: 5, endColumn: 69,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://api.stripe.com`', directive: 'connect-src' },
              output: `const express = require('express');
const router = express.Router();

router.get('/checkout', (req, res) => {
  res.status(200).set('Content-Security-Policy', "default-src 'self'; connect-src 'self' https://api.stripe.com; script-src 'self' https://js.stripe.com; frame-src https://js.stripe.com https://hooks.stripe.com").render('checkout');
});

module.exports = router;
`,
            },
          ],
        },
      ],
    },
    {
      // One route's policy among several that names none of Stripe's origins, where another route's names them: a
      // route where Stripe.js does not load (real-world batch 257: a docs site rewritten under /docs), not judged; the
      // checkout route's policy is, and misses Stripe's frames
      code: NEXT_CONFIG_PER_ROUTE,
      filename: 'next.config.mjs',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources', data: { directive: '`frame-src` (not set, so `default-src` applies)', missing: '`https://js.stripe.com`, `https://hooks.stripe.com`', blocked: FRAMES_BLOCKED }, line: 6, column: 22, endLine: 6, endColumn: 40,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: NEXT_CONFIG_PER_ROUTE.replace("default-src 'self'; script-src", "default-src 'self'; frame-src 'self' https://js.stripe.com https://hooks.stripe.com https://*.js.stripe.com; script-src"),
            },
          ],
        },
      ],
    },
    {
      // A policy chosen by a condition: each branch may reach a browser, and the production one misses Stripe.js's 3D
      // Secure frames (real-world batch DS)
      code: `const prod = process.env.NODE_ENV === 'production';
const policy = prod
  ? "default-src 'self'; script-src 'self' https://js.stripe.com; frame-src 'self' https://js.stripe.com; connect-src 'self' https://api.stripe.com"
  : "default-src 'self' 'unsafe-eval'; script-src 'self' 'unsafe-eval' https://js.stripe.com; frame-src 'self' https://js.stripe.com https://hooks.stripe.com; connect-src 'self' https://api.stripe.com ws:";

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return [{ source: '/(.*)', headers: [{ key: 'Content-Security-Policy', value: policy }] }];
  },
};
export default nextConfig;
`,
      filename: 'next.config.mjs',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources', data: { directive: '`frame-src`', missing: '`https://hooks.stripe.com`', blocked: THREE_D_SECURE_BLOCKED }, line: 3, column: 67, endLine: 3, endColumn: 105,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: `const prod = process.env.NODE_ENV === 'production';
const policy = prod
  ? "default-src 'self'; script-src 'self' https://js.stripe.com; frame-src 'self' https://js.stripe.com https://hooks.stripe.com https://*.js.stripe.com; connect-src 'self' https://api.stripe.com"
  : "default-src 'self' 'unsafe-eval'; script-src 'self' 'unsafe-eval' https://js.stripe.com; frame-src 'self' https://js.stripe.com https://hooks.stripe.com; connect-src 'self' https://api.stripe.com ws:";

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return [{ source: '/(.*)', headers: [{ key: 'Content-Security-Policy', value: policy }] }];
  },
};
export default nextConfig;
`,
            },
          ],
        },
      ],
    },
    {
      // helmet bound with TypeScript's \`import helmet = require('helmet')\` (real-world batch DS)
      code: `import express = require('express');
import helmet = require('helmet');

const app = express();
app.use(
  helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: { scriptSrc: ["'self'", 'https://js.stripe.com'], frameSrc: ['https://js.stripe.com'] },
  }),
);
app.use(express.static('public'));

export = app;
`,
      filename: 'src/server.ts',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources', data: { directive: '`frame-src`', missing: '`https://hooks.stripe.com`', blocked: THREE_D_SECURE_BLOCKED }, line: 8, column: 67, endLine: 8, endColumn: 102,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: `import express = require('express');
import helmet = require('helmet');

const app = express();
app.use(
  helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: { scriptSrc: ["'self'", 'https://js.stripe.com'], frameSrc: ['https://js.stripe.com', 'https://hooks.stripe.com', 'https://*.js.stripe.com'] },
  }),
);
app.use(express.static('public'));

export = app;
`,
            },
          ],
        },
      ],
    },
    {
      // Hono's secureHeaders sends only the directives it is given: no frame-src or connect-src, so default-src 'self'
      // governs Stripe.js's frames and API calls (real-world batch 97); NONCE is an unknown script source. The app serves
      // its payment page (`c.html(…)`)
      code: `import { Hono } from 'hono';
import { secureHeaders, NONCE } from 'hono/secure-headers';
import Stripe from 'stripe';

type Bindings = { STRIPE_SECRET_KEY: string };
const app = new Hono<{ Bindings: Bindings }>();

app.use(
  '*',
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", NONCE],
      imgSrc: ["'self'", 'data:'],
    },
    xFrameOptions: 'DENY',
  }),
);
app.use('/api/*', secureHeaders());

app.post('/api/checkout', async (c) => {
  const stripe = new Stripe(c.env.STRIPE_SECRET_KEY, { httpClient: Stripe.createFetchHttpClient() });
  const session = await stripe.checkout.sessions.create({ mode: 'payment', line_items: [], success_url: 'https://example.com' });
  return c.json({ url: session.url });
});
app.get('/pay', (c) => c.html(checkoutPage(c.env)));

export default app;
`,
      filename: 'src/index.ts',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: "`frame-src` (not set, so `default-src` applies)", missing: "`https://js.stripe.com`, `https://hooks.stripe.com`", blocked: FRAMES_BLOCKED },
          line: 12,
          column: 7,
          endLine: 12,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: "`https://js.stripe.com`, `https://hooks.stripe.com`, `https://*.js.stripe.com`", directive: 'frame-src' },
              output: `import { Hono } from 'hono';
import { secureHeaders, NONCE } from 'hono/secure-headers';
import Stripe from 'stripe';

type Bindings = { STRIPE_SECRET_KEY: string };
const app = new Hono<{ Bindings: Bindings }>();

app.use(
  '*',
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", NONCE],
      imgSrc: ["'self'", 'data:'],
      frameSrc: ["'self'", 'https://js.stripe.com', 'https://hooks.stripe.com', 'https://*.js.stripe.com'],
    },
    xFrameOptions: 'DENY',
  }),
);
app.use('/api/*', secureHeaders());

app.post('/api/checkout', async (c) => {
  const stripe = new Stripe(c.env.STRIPE_SECRET_KEY, { httpClient: Stripe.createFetchHttpClient() });
  const session = await stripe.checkout.sessions.create({ mode: 'payment', line_items: [], success_url: 'https://example.com' });
  return c.json({ url: session.url });
});
app.get('/pay', (c) => c.html(checkoutPage(c.env)));

export default app;
`,
            },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: "`connect-src` (not set, so `default-src` applies)", missing: "`https://api.stripe.com`", blocked: API_BLOCKED },
          line: 12,
          column: 7,
          endLine: 12,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: "`https://api.stripe.com`", directive: 'connect-src' },
              output: `import { Hono } from 'hono';
import { secureHeaders, NONCE } from 'hono/secure-headers';
import Stripe from 'stripe';

type Bindings = { STRIPE_SECRET_KEY: string };
const app = new Hono<{ Bindings: Bindings }>();

app.use(
  '*',
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", NONCE],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'", 'https://api.stripe.com'],
    },
    xFrameOptions: 'DENY',
  }),
);
app.use('/api/*', secureHeaders());

app.post('/api/checkout', async (c) => {
  const stripe = new Stripe(c.env.STRIPE_SECRET_KEY, { httpClient: Stripe.createFetchHttpClient() });
  const session = await stripe.checkout.sessions.create({ mode: 'payment', line_items: [], success_url: 'https://example.com' });
  return c.json({ url: session.url });
});
app.get('/pay', (c) => c.html(checkoutPage(c.env)));

export default app;
`,
            },
          ],
        },
      ],
    },
    {
      // A directives function with a development and a production policy: each returned object is a policy.
      code: `import express from 'express';
import helmet from 'helmet';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();

function cspDirectives() {
  if (process.env.NODE_ENV !== 'production') {
    return { defaultSrc: ['*'], scriptSrc: ['*', "'unsafe-inline'"] };
  }
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", 'https://cdn.example.com'],
    frameSrc: ['https://js.stripe.com', 'https://hooks.stripe.com'],
    connectSrc: ["'self'", 'https://api.stripe.com'],
  };
}

app.use(helmet({ contentSecurityPolicy: { directives: cspDirectives() } }));
app.get('/checkout', (req, res) => res.render('checkout'));`,
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`script-src`', missing: '`https://js.stripe.com`', blocked: STRIPE_JS_BLOCKED },
          line: 14,
          column: 5,
          endLine: 14,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://*.js.stripe.com`', directive: 'script-src' },
              output: `import express from 'express';
import helmet from 'helmet';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();

function cspDirectives() {
  if (process.env.NODE_ENV !== 'production') {
    return { defaultSrc: ['*'], scriptSrc: ['*', "'unsafe-inline'"] };
  }
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", 'https://cdn.example.com', 'https://js.stripe.com', 'https://*.js.stripe.com'],
    frameSrc: ['https://js.stripe.com', 'https://hooks.stripe.com'],
    connectSrc: ["'self'", 'https://api.stripe.com'],
  };
}

app.use(helmet({ contentSecurityPolicy: { directives: cspDirectives() } }));
app.get('/checkout', (req, res) => res.render('checkout'));`,
            },
          ],
        },
      ],
    },
    {
      // helmet()'s default policy replaced by a later helmet CSP middleware of the same app (real-world batch AX): only
      // the policy that reaches the browser is judged
      code: `const express = require('express');
const helmet = require('helmet');
const { loadStripe } = require('./stripe-page');

const app = express();
app.use(helmet());
app.use(
  helmet.contentSecurityPolicy({
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", 'https://js.stripe.com'],
      frameSrc: ["'self'", 'https://js.stripe.com'],
      connectSrc: ["'self'", 'https://api.stripe.com'],
    },
  }),
);
app.use(express.static('public'));
app.get('/checkout', (req, res) => res.sendFile('checkout.html', { root: 'public' }));
module.exports = { app, loadStripe };
`,
      filename: 'server/src/middleware/security.js',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src`', missing: '`https://hooks.stripe.com`', blocked: THREE_D_SECURE_BLOCKED },
          line: 12,
          column: 7,
          endLine: 12,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: `const express = require('express');
const helmet = require('helmet');
const { loadStripe } = require('./stripe-page');

const app = express();
app.use(helmet());
app.use(
  helmet.contentSecurityPolicy({
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", 'https://js.stripe.com'],
      frameSrc: ["'self'", 'https://js.stripe.com', 'https://hooks.stripe.com', 'https://*.js.stripe.com'],
      connectSrc: ["'self'", 'https://api.stripe.com'],
    },
  }),
);
app.use(express.static('public'));
app.get('/checkout', (req, res) => res.sendFile('checkout.html', { root: 'public' }));
module.exports = { app, loadStripe };
`,
            },
          ],
        },
      ],
    },
    {
      // The same file with a policy written out: a comment naming Stripe is evidence enough for a policy someone wrote.
      code: NEST_API_BOOTSTRAP.replace('app.use(helmet());', WRITTEN_POLICY('"\'self\'"')),
      filename: 'src/main.ts',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`script-src`', missing: '`https://js.stripe.com`', blocked: STRIPE_JS_BLOCKED },
          line: 10,
          column: 59,
          endLine: 10,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://*.js.stripe.com`', directive: 'script-src' },
              output: NEST_API_BOOTSTRAP.replace('app.use(helmet());', WRITTEN_POLICY(`"'self'", 'https://js.stripe.com', 'https://*.js.stripe.com'`)),
            },
          ],
        },
      ],
    },
    {
      // helmet's default policy in an Express site that serves its \`public\` folder (helmet 4.1: nothing suggested, see
      // helmetDefaultErrors)
      code: readFileSync(inProject('express-site', 'app.js'), 'utf8'),
      filename: inProject('express-site', 'app.js'),
      output: null,
      errors: helmetDefaultErrors(readFileSync(inProject('express-site', 'app.js'), 'utf8'), 8, { suggest: false }),
    },
    {
      // Without directives helmet sends its defaults, \`useDefaults: false\` or not; nothing is suggested: directives
      // written in would be the whole policy.
      code: PAGES_SERVER.replace('app.use(helmet());', 'app.use(helmet({ contentSecurityPolicy: { useDefaults: false } }));'),
      filename: inProject('helmet8-shop', 'server.ts'),
      output: null,
      errors: helmetDefaultErrors(PAGES_SERVER, 8, { column: 41, endColumn: 63, suggest: false }),
    },
    {
      // helmet 8 sends helmet's default policy from \`helmet()\`: reported as anywhere else.
      code: PAGES_SERVER,
      filename: inProject('helmet8-shop', 'server.ts'),
      output: null,
      errors: helmetDefaultErrors(PAGES_SERVER, 8),
    },
    {
      // fastify-helmet 5 registers helmet 4, whose default policy it sends (real-world batch ET: its 3.x does not);
      // nothing suggested (helmet 4, see helmetDefaultErrors).
      code: FASTIFY_SERVER,
      filename: inProject('fastify-helmet5-api', 'server.js'),
      output: null,
      errors: helmetDefaultErrors(FASTIFY_SERVER, 5, {
        column: 1,
        endColumn: 44,
        suggest: false,
      }),
    },
    {
      // helmet 5+ merges its defaults into the directives given: its \`script-src 'self'\` blocks Stripe.js, whatever
      // \`default-src\` allows.
      code: DEFAULT_SRC_SERVER,
      filename: inProject('helmet8-shop', 'server.ts'),
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: "\`script-src\` (helmet's default)", missing: '\`https://js.stripe.com\`', blocked: STRIPE_JS_BLOCKED },
          line: 10,
          column: 17,
          endLine: 13,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '\`https://js.stripe.com\`, \`https://*.js.stripe.com\`', directive: 'script-src' },
              output: DEFAULT_SRC_SERVER.replace(`      imgSrc: ["'self'", 'data:'],\n`, `      imgSrc: ["'self'", 'data:'],\n      scriptSrc: ["'self'", 'https://js.stripe.com', 'https://*.js.stripe.com'],\n`),
            },
          ],
        },
      ],
    },
    {
      // helmet 4 told to merge its defaults (\`useDefaults: true\`) does so.
      code: DEFAULT_SRC_SERVER.replace('    directives: {', '    useDefaults: true,\n    directives: {'),
      filename: inProject('helmet4-shop', 'server.ts'),
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: "\`script-src\` (helmet's default)", missing: '\`https://js.stripe.com\`', blocked: STRIPE_JS_BLOCKED },
          line: 11,
          column: 17,
          endLine: 14,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '\`https://js.stripe.com\`, \`https://*.js.stripe.com\`', directive: 'script-src' },
              output: DEFAULT_SRC_SERVER.replace('    directives: {', '    useDefaults: true,\n    directives: {').replace(`      imgSrc: ["'self'", 'data:'],\n`, `      imgSrc: ["'self'", 'data:'],\n      scriptSrc: ["'self'", 'https://js.stripe.com', 'https://*.js.stripe.com'],\n`),
            },
          ],
        },
      ],
    },
    {
      // helmet 3: \`helmet()\` sends no policy, but the policy written with \`helmet.contentSecurityPolicy\` is sent and checked.
      code: HELMET3_SERVER,
      filename: inProject('helmet3-shop', 'server.ts'),
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src` (not set, so `default-src` applies)', missing: '`https://js.stripe.com`, `https://hooks.stripe.com`', blocked: FRAMES_BLOCKED },
          line: 9,
          column: 54,
          endLine: 9,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: HELMET3_SERVER.replace(`app.use(helmet.contentSecurityPolicy({ directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'", 'https://js.stripe.com'] } }));`, `app.use(helmet.contentSecurityPolicy({ directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'", 'https://js.stripe.com'], frameSrc: ["'self'", 'https://js.stripe.com', 'https://hooks.stripe.com', 'https://*.js.stripe.com'] } }));`),
            },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: '`connect-src` (not set, so `default-src` applies)', missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 9,
          column: 54,
          endLine: 9,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://api.stripe.com`', directive: 'connect-src' },
              output: HELMET3_SERVER.replace(`app.use(helmet.contentSecurityPolicy({ directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'", 'https://js.stripe.com'] } }));`, `app.use(helmet.contentSecurityPolicy({ directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'", 'https://js.stripe.com'], connectSrc: ["'self'", 'https://api.stripe.com'] } }));`),
            },
          ],
        },
      ],
    },
    {
      // The same page with Connect.js missing from frame-src.
      code: connectPage("'self' https://js.stripe.com"),
      filename: 'supabase/functions/connect/index.ts',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src`', missing: '`https://connect-js.stripe.com`', blocked: 'Connect embedded components' },
          line: 12,
          column: 10,
          endLine: 12,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://connect-js.stripe.com`', directive: 'frame-src' },
              output: connectPage("'self' https://js.stripe.com https://connect-js.stripe.com"),
            },
          ],
        },
      ],
    },
    {
      // A policy built by a function of the same file (a nonce per response): its returned text is read, the nonce is
      // unknown; the report and the suggestion are at the directive inside the function.
      code: ASTRO_MIDDLEWARE,
      filename: 'src/middleware.ts',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src`', missing: '`https://hooks.stripe.com`', blocked: THREE_D_SECURE_BLOCKED },
          line: 7,
          column: 6,
          endLine: 7,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: ASTRO_MIDDLEWARE.replace(
                `"frame-src 'self' https://js.stripe.com",`,
                `"frame-src 'self' https://js.stripe.com https://hooks.stripe.com https://*.js.stripe.com",`,
              ),
            },
          ],
        },
      ],
    },
    {
      // helmet's defaults in a server that names Stripe and renders its pages (a checkout view): Stripe.js is blocked.
      code: PAGES_SERVER,
      output: null,
      errors: helmetDefaultErrors(PAGES_SERVER, 8),
    },
    {
      // The API server of the valid cases, checked with requireStripeEvidence: false (the strict preset).
      code: API_SERVER,
      output: null,
      options: [{ requireStripeEvidence: false }],
      errors: helmetDefaultErrors(API_SERVER, 7),
    },
    {
      // Header names behind a computed const key and a shorthand key property (next.config style entry).
      code: `import { loadStripe } from '@stripe/stripe-js';
const CSP = 'Content-Security-Policy';
const key = 'Content-Security-Policy';
export const headers = [{ [CSP]: "default-src 'self' https://js.stripe.com" }, { key, value: "default-src 'self' https://js.stripe.com" }];
export const stripe = loadStripe('pk_test_123');
`,
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src` (not set, so `default-src` applies)', missing: '`https://hooks.stripe.com`', blocked: THREE_D_SECURE_BLOCKED },
          line: 4,
          column: 35,
          endLine: 4,
          endColumn: 75,
          suggestions: [
            { messageId: 'addStripeSources', data: { sources: '`https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' }, output: `import { loadStripe } from '@stripe/stripe-js';
const CSP = 'Content-Security-Policy';
const key = 'Content-Security-Policy';
export const headers = [{ [CSP]: "default-src 'self' https://js.stripe.com; frame-src 'self' https://js.stripe.com https://hooks.stripe.com https://*.js.stripe.com" }, { key, value: "default-src 'self' https://js.stripe.com" }];
export const stripe = loadStripe('pk_test_123');
` },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: '`connect-src` (not set, so `default-src` applies)', missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 4,
          column: 35,
          endLine: 4,
          endColumn: 75,
          suggestions: [
            { messageId: 'addStripeSources', data: { sources: '`https://api.stripe.com`', directive: 'connect-src' }, output: `import { loadStripe } from '@stripe/stripe-js';
const CSP = 'Content-Security-Policy';
const key = 'Content-Security-Policy';
export const headers = [{ [CSP]: "default-src 'self' https://js.stripe.com; connect-src 'self' https://js.stripe.com https://api.stripe.com" }, { key, value: "default-src 'self' https://js.stripe.com" }];
export const stripe = loadStripe('pk_test_123');
` },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src` (not set, so `default-src` applies)', missing: '`https://hooks.stripe.com`', blocked: THREE_D_SECURE_BLOCKED },
          line: 4,
          column: 95,
          endLine: 4,
          endColumn: 135,
          suggestions: [
            { messageId: 'addStripeSources', data: { sources: '`https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' }, output: `import { loadStripe } from '@stripe/stripe-js';
const CSP = 'Content-Security-Policy';
const key = 'Content-Security-Policy';
export const headers = [{ [CSP]: "default-src 'self' https://js.stripe.com" }, { key, value: "default-src 'self' https://js.stripe.com; frame-src 'self' https://js.stripe.com https://hooks.stripe.com https://*.js.stripe.com" }];
export const stripe = loadStripe('pk_test_123');
` },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: '`connect-src` (not set, so `default-src` applies)', missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 4,
          column: 95,
          endLine: 4,
          endColumn: 135,
          suggestions: [
            { messageId: 'addStripeSources', data: { sources: '`https://api.stripe.com`', directive: 'connect-src' }, output: `import { loadStripe } from '@stripe/stripe-js';
const CSP = 'Content-Security-Policy';
const key = 'Content-Security-Policy';
export const headers = [{ [CSP]: "default-src 'self' https://js.stripe.com" }, { key, value: "default-src 'self' https://js.stripe.com; connect-src 'self' https://js.stripe.com https://api.stripe.com" }];
export const stripe = loadStripe('pk_test_123');
` },
          ],
        },
      ],
    },
    {
      code: `import express from 'express';
import helmet from 'helmet';

const app = express();
app.use(helmet());
app.use(express.static('public'));`,
      output: null,
      // No Stripe mention in this file: only the strict setting checks it (see the valid limitation case).
      options: [{ requireStripeEvidence: false }],
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: `\`script-src\` (helmet's default)`, missing: '`https://js.stripe.com`', blocked: STRIPE_JS_BLOCKED },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://*.js.stripe.com`', directive: 'script-src' },
              output: `import express from 'express';
import helmet from 'helmet';

const app = express();
app.use(helmet({ contentSecurityPolicy: { directives: { scriptSrc: ["'self'", 'https://js.stripe.com', 'https://*.js.stripe.com'] } } }));
app.use(express.static('public'));`,
            },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: `\`frame-src\` (not set, so helmet's default \`default-src\` applies)`, missing: '`https://js.stripe.com`, `https://hooks.stripe.com`', blocked: FRAMES_BLOCKED },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: `import express from 'express';
import helmet from 'helmet';

const app = express();
app.use(helmet({ contentSecurityPolicy: { directives: { frameSrc: ["'self'", 'https://js.stripe.com', 'https://hooks.stripe.com', 'https://*.js.stripe.com'] } } }));
app.use(express.static('public'));`,
            },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: `\`connect-src\` (not set, so helmet's default \`default-src\` applies)`, missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://api.stripe.com`', directive: 'connect-src' },
              output: `import express from 'express';
import helmet from 'helmet';

const app = express();
app.use(helmet({ contentSecurityPolicy: { directives: { connectSrc: ["'self'", 'https://api.stripe.com'] } } }));
app.use(express.static('public'));`,
            },
          ],
        },
      ],
    },
    {
      code: `const express = require('express');
const helmet = require('helmet');

const app = express();
app.use(
  helmet({
    contentSecurityPolicy: {
      directives: {
        scriptSrc: ["'self'", 'https://js.stripe.com'],
        imgSrc: ["'self'", 'data:', 'https://*.stripe.com'],
      },
    },
  }),
);`,
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: `\`frame-src\` (not set, so helmet's default \`default-src\` applies)`, missing: '`https://js.stripe.com`, `https://hooks.stripe.com`', blocked: FRAMES_BLOCKED },
          line: 8,
          column: 19,
          endLine: 11,
          endColumn: 8,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: `const express = require('express');
const helmet = require('helmet');

const app = express();
app.use(
  helmet({
    contentSecurityPolicy: {
      directives: {
        scriptSrc: ["'self'", 'https://js.stripe.com'],
        imgSrc: ["'self'", 'data:', 'https://*.stripe.com'],
        frameSrc: ["'self'", 'https://js.stripe.com', 'https://hooks.stripe.com', 'https://*.js.stripe.com'],
      },
    },
  }),
);`,
            },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: `\`connect-src\` (not set, so helmet's default \`default-src\` applies)`, missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 8,
          column: 19,
          endLine: 11,
          endColumn: 8,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://api.stripe.com`', directive: 'connect-src' },
              output: `const express = require('express');
const helmet = require('helmet');

const app = express();
app.use(
  helmet({
    contentSecurityPolicy: {
      directives: {
        scriptSrc: ["'self'", 'https://js.stripe.com'],
        imgSrc: ["'self'", 'data:', 'https://*.stripe.com'],
        connectSrc: ["'self'", 'https://api.stripe.com'],
      },
    },
  }),
);`,
            },
          ],
        },
      ],
    },
    {
      code: `import helmet from 'helmet';

export const securityHeaders = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: {
    'default-src': ["'self'"],
    'script-src': ["'self'", 'https://js.stripe.com'],
    'frame-src': ['https://js.stripe.com'],
  },
});`,
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`connect-src` (not set, so `default-src` applies)', missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://api.stripe.com`', directive: 'connect-src' },
              output: `import helmet from 'helmet';

export const securityHeaders = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: {
    'default-src': ["'self'"],
    'script-src': ["'self'", 'https://js.stripe.com'],
    'frame-src': ['https://js.stripe.com'],
    'connect-src': ["'self'", 'https://api.stripe.com'],
  },
});`,
            },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src`', missing: '`https://hooks.stripe.com`', blocked: THREE_D_SECURE_BLOCKED },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: `import helmet from 'helmet';

export const securityHeaders = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: {
    'default-src': ["'self'"],
    'script-src': ["'self'", 'https://js.stripe.com'],
    'frame-src': ['https://js.stripe.com', 'https://hooks.stripe.com', 'https://*.js.stripe.com'],
  },
});`,
            },
          ],
        },
      ],
    },
    {
      code: `const cspHeader = \`
    default-src 'self';
    script-src 'self' 'unsafe-eval' 'unsafe-inline';
    style-src 'self' 'unsafe-inline';
    img-src 'self' blob: data:;
    font-src 'self';
    object-src 'none';
    base-uri 'self';
    form-action 'self';
    frame-ancestors 'none';
    upgrade-insecure-requests;
\`

module.exports = {
  async headers() {
    return [
      {
        source: '/(.*)',
        headers: [
          {
            key: 'Content-Security-Policy',
            value: cspHeader.replace(/\\n/g, ''),
          },
        ],
      },
    ]
  },
}`,
      filename: 'next.config.js',
      languageOptions: { parser: espree, parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      // No Stripe mention in this file: only the strict setting checks it (see the valid limitation case).
      options: [{ requireStripeEvidence: false }],
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src` (not set, so `default-src` applies)', missing: '`https://js.stripe.com`, `https://hooks.stripe.com`', blocked: FRAMES_BLOCKED },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: `const cspHeader = \`
    default-src 'self'; frame-src 'self' https://js.stripe.com https://hooks.stripe.com https://*.js.stripe.com;
    script-src 'self' 'unsafe-eval' 'unsafe-inline';
    style-src 'self' 'unsafe-inline';
    img-src 'self' blob: data:;
    font-src 'self';
    object-src 'none';
    base-uri 'self';
    form-action 'self';
    frame-ancestors 'none';
    upgrade-insecure-requests;
\`

module.exports = {
  async headers() {
    return [
      {
        source: '/(.*)',
        headers: [
          {
            key: 'Content-Security-Policy',
            value: cspHeader.replace(/\\n/g, ''),
          },
        ],
      },
    ]
  },
}`,
            },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: '`connect-src` (not set, so `default-src` applies)', missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://api.stripe.com`', directive: 'connect-src' },
              output: `const cspHeader = \`
    default-src 'self'; connect-src 'self' https://api.stripe.com;
    script-src 'self' 'unsafe-eval' 'unsafe-inline';
    style-src 'self' 'unsafe-inline';
    img-src 'self' blob: data:;
    font-src 'self';
    object-src 'none';
    base-uri 'self';
    form-action 'self';
    frame-ancestors 'none';
    upgrade-insecure-requests;
\`

module.exports = {
  async headers() {
    return [
      {
        source: '/(.*)',
        headers: [
          {
            key: 'Content-Security-Policy',
            value: cspHeader.replace(/\\n/g, ''),
          },
        ],
      },
    ]
  },
}`,
            },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: '`script-src`', missing: '`https://js.stripe.com`', blocked: STRIPE_JS_BLOCKED },
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://*.js.stripe.com`', directive: 'script-src' },
              output: `const cspHeader = \`
    default-src 'self';
    script-src 'self' 'unsafe-eval' 'unsafe-inline' https://js.stripe.com https://*.js.stripe.com;
    style-src 'self' 'unsafe-inline';
    img-src 'self' blob: data:;
    font-src 'self';
    object-src 'none';
    base-uri 'self';
    form-action 'self';
    frame-ancestors 'none';
    upgrade-insecure-requests;
\`

module.exports = {
  async headers() {
    return [
      {
        source: '/(.*)',
        headers: [
          {
            key: 'Content-Security-Policy',
            value: cspHeader.replace(/\\n/g, ''),
          },
        ],
      },
    ]
  },
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import { NextRequest, NextResponse } from 'next/server';

export function middleware(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const cspHeader = \`
    default-src 'self';
    script-src 'self' 'nonce-\${nonce}' 'strict-dynamic';
    style-src 'self' 'nonce-\${nonce}';
    connect-src 'self' https://api.stripe.com;
    object-src 'none';
  \`;
  const contentSecurityPolicyHeaderValue = cspHeader.replace(/\\s{2,}/g, ' ').trim();
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', contentSecurityPolicyHeaderValue);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', contentSecurityPolicyHeaderValue);
  return response;
}`,
      filename: 'middleware.ts',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src` (not set, so `default-src` applies)', missing: '`https://js.stripe.com`, `https://hooks.stripe.com`', blocked: FRAMES_BLOCKED },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: `import { NextRequest, NextResponse } from 'next/server';

export function middleware(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const cspHeader = \`
    default-src 'self'; frame-src 'self' https://js.stripe.com https://hooks.stripe.com https://*.js.stripe.com;
    script-src 'self' 'nonce-\${nonce}' 'strict-dynamic';
    style-src 'self' 'nonce-\${nonce}';
    connect-src 'self' https://api.stripe.com;
    object-src 'none';
  \`;
  const contentSecurityPolicyHeaderValue = cspHeader.replace(/\\s{2,}/g, ' ').trim();
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', contentSecurityPolicyHeaderValue);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', contentSecurityPolicyHeaderValue);
  return response;
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import { Html, Head, Main, NextScript } from 'next/document';

export default function Document() {
  return (
    <Html lang="en">
      <Head>
        <meta
          httpEquiv="Content-Security-Policy"
          content="default-src 'self'; script-src 'self' https://js.stripe.com; frame-src 'none'"
        />
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}`,
      filename: 'pages/_document.tsx',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`connect-src` (not set, so `default-src` applies)', missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 9,
          column: 20,
          endLine: 9,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://api.stripe.com`', directive: 'connect-src' },
              output: `import { Html, Head, Main, NextScript } from 'next/document';

export default function Document() {
  return (
    <Html lang="en">
      <Head>
        <meta
          httpEquiv="Content-Security-Policy"
          content="default-src 'self'; connect-src 'self' https://api.stripe.com; script-src 'self' https://js.stripe.com; frame-src 'none'"
        />
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}`,
            },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src`', missing: '`https://js.stripe.com`, `https://hooks.stripe.com`', blocked: FRAMES_BLOCKED },
          line: 9,
          column: 81,
          endLine: 9,
          endColumn: 97,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: `import { Html, Head, Main, NextScript } from 'next/document';

export default function Document() {
  return (
    <Html lang="en">
      <Head>
        <meta
          httpEquiv="Content-Security-Policy"
          content="default-src 'self'; script-src 'self' https://js.stripe.com; frame-src https://js.stripe.com https://hooks.stripe.com https://*.js.stripe.com"
        />
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}`,
            },
          ],
        },
      ],
    },
    {
      code: `const CSP = [
  "default-src 'self'",
  "script-src 'self' https://js.stripe.com",
  "frame-src https://js.stripe.com https://hooks.stripe.com",
].join('; ');

export function securityHeaders(req, res, next) {
  res.setHeader('Content-Security-Policy', CSP);
  next();
}`,
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`connect-src` (not set, so `default-src` applies)', missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 2,
          column: 4,
          endLine: 2,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://api.stripe.com`', directive: 'connect-src' },
              output: `const CSP = [
  "default-src 'self'; connect-src 'self' https://api.stripe.com",
  "script-src 'self' https://js.stripe.com",
  "frame-src https://js.stripe.com https://hooks.stripe.com",
].join('; ');

export function securityHeaders(req, res, next) {
  res.setHeader('Content-Security-Policy', CSP);
  next();
}`,
            },
          ],
        },
      ],
    },
    {
      code: `app.use(async (ctx, next) => {
  ctx.set('Content-Security-Policy', 'default-src \\'self\\'; connect-src \\'self\\'');
  await next();
});`,
      options: [{ stripeJs: true, requireStripeEvidence: false }],
      languageOptions: { parser: espree, parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      // No Stripe mention in this file: only the strict setting checks it (see the valid limitation case).
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`script-src` (not set, so `default-src` applies)', missing: '`https://js.stripe.com`', blocked: STRIPE_JS_BLOCKED },
          line: 2,
          column: 39,
          endLine: 2,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://*.js.stripe.com`', directive: 'script-src' },
              output: `app.use(async (ctx, next) => {
  ctx.set('Content-Security-Policy', 'default-src \\'self\\'; script-src \\'self\\' https://js.stripe.com https://*.js.stripe.com; connect-src \\'self\\'');
  await next();
});`,
            },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src` (not set, so `default-src` applies)', missing: '`https://js.stripe.com`, `https://hooks.stripe.com`', blocked: FRAMES_BLOCKED },
          line: 2,
          column: 39,
          endLine: 2,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: `app.use(async (ctx, next) => {
  ctx.set('Content-Security-Policy', 'default-src \\'self\\'; frame-src \\'self\\' https://js.stripe.com https://hooks.stripe.com https://*.js.stripe.com; connect-src \\'self\\'');
  await next();
});`,
            },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: '`connect-src`', missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 2,
          column: 61,
          endLine: 2,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://api.stripe.com`', directive: 'connect-src' },
              output: `app.use(async (ctx, next) => {
  ctx.set('Content-Security-Policy', 'default-src \\'self\\'; connect-src \\'self\\' https://api.stripe.com');
  await next();
});`,
            },
          ],
        },
      ],
    },
    {
      code: `import helmet from 'helmet';
app.use(helmet({
  contentSecurityPolicy: {
    directives: {
      scriptSrc: ["'self'", 'https://js.stripe.com'],
      frameSrc: ['https://js.stripe.com', 'https://hooks.stripe.com'],
      connectSrc: ["'self'", 'https://api.stripe.com'],
    },
  },
}));`,
      options: [{"connectEmbedded":true}],
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`script-src`', missing: '`https://connect-js.stripe.com`', blocked: 'Connect embedded components' },
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://connect-js.stripe.com`, `https://*.js.stripe.com`', directive: 'script-src' },
              output: `import helmet from 'helmet';
app.use(helmet({
  contentSecurityPolicy: {
    directives: {
      scriptSrc: ["'self'", 'https://js.stripe.com', 'https://connect-js.stripe.com', 'https://*.js.stripe.com'],
      frameSrc: ['https://js.stripe.com', 'https://hooks.stripe.com'],
      connectSrc: ["'self'", 'https://api.stripe.com'],
    },
  },
}));`,
            },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src`', missing: '`https://connect-js.stripe.com`', blocked: 'Connect embedded components' },
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://connect-js.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: `import helmet from 'helmet';
app.use(helmet({
  contentSecurityPolicy: {
    directives: {
      scriptSrc: ["'self'", 'https://js.stripe.com'],
      frameSrc: ['https://js.stripe.com', 'https://hooks.stripe.com', 'https://connect-js.stripe.com', 'https://*.js.stripe.com'],
      connectSrc: ["'self'", 'https://api.stripe.com'],
    },
  },
}));`,
            },
          ],
        },
      ],
    },
    {
      code: `res.set('Content-Security-Policy', "default-src 'self'; script-src 'self' https://js.stripe.com; frame-src https://js.stripe.com; connect-src https://api.stripe.com");`,
      options: [{"stripeJs":false,"checkout":true}],
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`script-src`', missing: '`https://checkout.stripe.com`', blocked: "Stripe Checkout's script" },
          line: 1,
          column: 57,
          endLine: 1,
          endColumn: 96,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://checkout.stripe.com`', directive: 'script-src' },
              output: `res.set('Content-Security-Policy', "default-src 'self'; script-src 'self' https://js.stripe.com https://checkout.stripe.com; frame-src https://js.stripe.com; connect-src https://api.stripe.com");`,
            },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src`', missing: '`https://checkout.stripe.com`', blocked: "Stripe Checkout's frame" },
          line: 1,
          column: 98,
          endLine: 1,
          endColumn: 129,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://checkout.stripe.com`', directive: 'frame-src' },
              output: `res.set('Content-Security-Policy', "default-src 'self'; script-src 'self' https://js.stripe.com; frame-src https://js.stripe.com https://checkout.stripe.com; connect-src https://api.stripe.com");`,
            },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: '`connect-src`', missing: '`https://checkout.stripe.com`', blocked: "Stripe Checkout's requests" },
          line: 1,
          column: 131,
          endLine: 1,
          endColumn: 165,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://checkout.stripe.com`', directive: 'connect-src' },
              output: `res.set('Content-Security-Policy', "default-src 'self'; script-src 'self' https://js.stripe.com; frame-src https://js.stripe.com; connect-src https://api.stripe.com https://checkout.stripe.com");`,
            },
          ],
        },
      ],
    },
    {
      code: `reply.header('Content-Security-Policy', "script-src https://js.stripe.com; frame-src https://js.stripe.com https://hooks.stripe.com https://link.com; connect-src https://api.stripe.com https://link.com");`,
      options: [{"link":true}],
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src`', missing: '`https://*.link.com`', blocked: "Link's frames" },
          line: 1,
          column: 76,
          endLine: 1,
          endColumn: 149,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://*.link.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: `reply.header('Content-Security-Policy', "script-src https://js.stripe.com; frame-src https://js.stripe.com https://hooks.stripe.com https://link.com https://*.link.com https://*.js.stripe.com; connect-src https://api.stripe.com https://link.com");`,
            },
          ],
        },
        {
          messageId: 'missingStripeSources',
          data: { directive: '`connect-src`', missing: '`https://*.link.com`', blocked: "Link's requests" },
          line: 1,
          column: 151,
          endLine: 1,
          endColumn: 202,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://*.link.com`', directive: 'connect-src' },
              output: `reply.header('Content-Security-Policy', "script-src https://js.stripe.com; frame-src https://js.stripe.com https://hooks.stripe.com https://link.com; connect-src https://api.stripe.com https://link.com https://*.link.com");`,
            },
          ],
        },
      ],
    },
    {
      code: `import Fastify from 'fastify';
import fastifyHelmet from '@fastify/helmet';

const fastify = Fastify();
await fastify.register(fastifyHelmet, {
  contentSecurityPolicy: {
    directives: {
      scriptSrc: "'self' https://js.stripe.com",
      frameSrc: "'self'",
      connectSrc: ["'self'", 'https://api.stripe.com'],
    },
  },
});`,
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src`', missing: '`https://js.stripe.com`, `https://hooks.stripe.com`', blocked: FRAMES_BLOCKED },
          line: 9,
          column: 7,
          endLine: 9,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: `import Fastify from 'fastify';
import fastifyHelmet from '@fastify/helmet';

const fastify = Fastify();
await fastify.register(fastifyHelmet, {
  contentSecurityPolicy: {
    directives: {
      scriptSrc: "'self' https://js.stripe.com",
      frameSrc: "'self' https://js.stripe.com https://hooks.stripe.com https://*.js.stripe.com",
      connectSrc: ["'self'", 'https://api.stripe.com'],
    },
  },
});`,
            },
          ],
        },
      ],
    },
    {
      code: `res.writeHead(200, {
  'Content-Type': 'text/html',
  'Content-Security-Policy': "default-src 'self' https://api.stripe.com; script-src https://js.stripe.com; child-src 'self'",
});`,
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src` (not set, so `child-src` applies)', missing: '`https://js.stripe.com`, `https://hooks.stripe.com`', blocked: FRAMES_BLOCKED },
          line: 3,
          column: 108,
          endLine: 3,
          endColumn: 124,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: `res.writeHead(200, {
  'Content-Type': 'text/html',
  'Content-Security-Policy': "default-src 'self' https://api.stripe.com; script-src https://js.stripe.com; child-src 'self'; frame-src 'self' https://js.stripe.com https://hooks.stripe.com https://*.js.stripe.com",
});`,
            },
          ],
        },
      ],
    },
    {
      code: `export const handler = async (event) => {
  const response = event.Records[0].cf.response;
  response.headers['content-security-policy'] = [{ key: 'Content-Security-Policy', value: "default-src 'self' https://*.stripe.com; frame-src 'self'" }];
  return response;
};`,
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src`', missing: '`https://js.stripe.com`, `https://hooks.stripe.com`', blocked: FRAMES_BLOCKED },
          line: 3,
          column: 133,
          endLine: 3,
          endColumn: 149,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: `export const handler = async (event) => {
  const response = event.Records[0].cf.response;
  response.headers['content-security-policy'] = [{ key: 'Content-Security-Policy', value: "default-src 'self' https://*.stripe.com; frame-src 'self' https://js.stripe.com https://hooks.stripe.com https://*.js.stripe.com" }];
  return response;
};`,
            },
          ],
        },
      ],
    },
    {
      // TS: satisfies, as const, non-null, typed options; the fix edits the const the options come from
      code: `import helmet, { type HelmetOptions } from 'helmet';

const directives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", 'https://js.stripe.com'] as const,
  frameSrc: ['https://js.stripe.com', 'https://hooks.stripe.com'],
} satisfies Record<string, readonly string[]>;

export const options: HelmetOptions = { contentSecurityPolicy: { directives } };
app.use(helmet(options!));`,
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`connect-src` (not set, so `default-src` applies)', missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://api.stripe.com`', directive: 'connect-src' },
              output: `import helmet, { type HelmetOptions } from 'helmet';

const directives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", 'https://js.stripe.com'] as const,
  frameSrc: ['https://js.stripe.com', 'https://hooks.stripe.com'],
  connectSrc: ["'self'", 'https://api.stripe.com'],
} satisfies Record<string, readonly string[]>;

export const options: HelmetOptions = { contentSecurityPolicy: { directives } };
app.use(helmet(options!));`,
            },
          ],
        },
      ],
    },
    {
      // NestJS bootstrap: getDefaultDirectives() spread, frame-src 'none' is replaced
      code: `import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, { rawBody: true });
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          ...helmet.contentSecurityPolicy.getDefaultDirectives(),
          'script-src': ["'self'", 'https://js.stripe.com'],
          'frame-src': ["'none'"],
          'connect-src': ["'self'", 'https://api.stripe.com'],
        },
      },
    }),
  );
  await app.listen(3000);
}
bootstrap();`,
      filename: 'main.ts',
      output: null,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src`', missing: '`https://js.stripe.com`, `https://hooks.stripe.com`', blocked: FRAMES_BLOCKED },
          line: 14,
          column: 11,
          endLine: 14,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: `import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, { rawBody: true });
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          ...helmet.contentSecurityPolicy.getDefaultDirectives(),
          'script-src': ["'self'", 'https://js.stripe.com'],
          'frame-src': ['https://js.stripe.com', 'https://hooks.stripe.com', 'https://*.js.stripe.com'],
          'connect-src': ["'self'", 'https://api.stripe.com'],
        },
      },
    }),
  );
  await app.listen(3000);
}
bootstrap();`,
            },
          ],
        },
      ],
    },
  ],
});
