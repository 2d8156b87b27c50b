import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { routedWithoutMiddleware } from '../../src/analysis/express-routes.js';
import { tempProjects } from '../temp-project.js';

/** A package in a fresh directory: its package.json, then each file of `files` (path → text). */
const project = tempProjects('express-routes-', { express: '^4.19.2' });

const CONTROLLER = 'exports.stripeWebhook = async (req, res) => { res.sendStatus(200); };\n';

describe('routedWithoutMiddleware', () => {
  it('the fixture project: bare routes, a verifying middleware on the route or registered before it, a test routing bare', () => {
    const file = (path: string): string => fileURLToPath(new URL(`../fixtures/projects/express-controllers/${path}`, import.meta.url));
    expect(routedWithoutMiddleware('stripeWebhook', file('src/controllers/payments.js'))).toBe(true);
    expect(routedWithoutMiddleware('createCheckout', file('src/controllers/payments.js'))).toBe(false);
    expect(routedWithoutMiddleware('subscriptionWebhook', file('src/controllers/subscriptions.ts'))).toBe(true);
    expect(routedWithoutMiddleware('invoiceWebhook', file('src/controllers/billing.js'))).toBe(false);
    expect(routedWithoutMiddleware('accountWebhook', file('src/controllers/connect.js'))).toBe(false);
    expect(routedWithoutMiddleware('refundWebhook', file('src/controllers/refunds.js'))).toBe(false);
    // A path that is no file on disk (an editor's unsaved buffer, a test's made-up name)
    expect(routedWithoutMiddleware('stripeWebhook', 'src/controllers/payments.js')).toBe(false);
  });

  it('each way of binding the export: ES named, renamed, namespace and default imports, CommonJS destructuring and module objects', () => {
    const bindings: Record<string, string> = {
      named: "import { stripeWebhook } from '../controllers/payments.js';\nrouter.post('/webhook', stripeWebhook);",
      renamed: "import { createCheckout, stripeWebhook as onStripeEvent } from '../controllers/payments';\nrouter.post('/webhook', onStripeEvent);",
      namespace: "import * as payments from '../controllers/payments';\nrouter.post('/webhook', payments.stripeWebhook);",
      defaultImport: "import payments from '../controllers/payments.js';\nrouter.post('/webhook', payments.stripeWebhook);",
      defaultAndNamed: "import payments, { other } from '../controllers/payments.js';\nrouter.post('/webhook', payments.stripeWebhook);",
      destructured: "const { stripeWebhook } = require('../controllers/payments');\nrouter.post('/webhook', stripeWebhook);",
      destructuredRenamed: "const { stripeWebhook: onEvent } = require('../controllers/payments.js');\nrouter.post('/webhook', onEvent);",
      moduleObject: "const paymentsController = require('../controllers/payments');\nrouter.post('/webhook', paymentsController.stripeWebhook);",
      errorForwardingWrapper: "const asyncHandler = require('express-async-handler');\nconst payments = require('../controllers/payments');\nrouter.post('/webhook', express.raw({ type: 'application/json' }), asyncHandler(payments.stripeWebhook));",
      spreadOverLines: "const { stripeWebhook } = require('../controllers/payments');\nrouter.post(\n  '/webhook',\n  bodyParser.raw({ type: '*/*' }),\n  stripeWebhook,\n);",
    };
    for (const [name, routes] of Object.entries(bindings)) {
      const root = project({ 'src/controllers/payments.js': CONTROLLER, 'src/routes/payments.js': `const router = require('express').Router();\n${routes}\n` });
      expect(routedWithoutMiddleware('stripeWebhook', join(root, 'src/controllers/payments.js')), name).toBe(true);
    }
  });

  it('a directory index, a router above the controller, and a routes module handed the app', () => {
    const index = project({ 'src/controllers/payments/index.js': CONTROLLER, 'src/routes.js': "const c = require('./controllers/payments');\nmodule.exports = (app) => { app.post('/webhook', c.stripeWebhook); };\n" });
    expect(routedWithoutMiddleware('stripeWebhook', join(index, 'src/controllers/payments/index.js'))).toBe(true);
    const above = project({ 'server/api/v1/webhooks/stripe.mjs': CONTROLLER, 'server/api/router.mjs': "import { Router } from 'express';\nimport { stripeWebhook } from './v1/webhooks/stripe.mjs';\nexport const api = Router();\napi.post('/v1/webhooks/stripe', stripeWebhook);\n" });
    expect(routedWithoutMiddleware('stripeWebhook', join(above, 'server/api/v1/webhooks/stripe.mjs'))).toBe(true);
  });

  it("a controller imported under a name the package's tsconfig.json resolves (a paths alias, a bare name under baseUrl)", () => {
    const routes = (specifier: string): string => `import { Router } from 'express';\nimport { stripeWebhook } from '${specifier}';\nexport const router = Router();\nrouter.post('/webhook', stripeWebhook);\n`;
    const config = JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./src/*'] } } });
    for (const specifier of ['@/controllers/payments', 'src/controllers/payments']) {
      const root = project({ 'tsconfig.json': config, 'src/controllers/payments.js': CONTROLLER, 'src/routes/payments.js': routes(specifier) });
      expect(routedWithoutMiddleware('stripeWebhook', join(root, 'src/controllers/payments.js')), specifier).toBe(true);
    }
    // The same alias where no config of the package declares it (a bundler's alias): not followed.
    const bundled = project({ 'src/controllers/payments.js': CONTROLLER, 'src/routes/payments.js': routes('@/controllers/payments') });
    expect(routedWithoutMiddleware('stripeWebhook', join(bundled, 'src/controllers/payments.js'))).toBe(false);
  });

  it('not bare: other middleware on the route or before it, a signature check in the router, another module, a test, Fastify', () => {
    const cases: Record<string, string> = {
      middlewareOnRoute: "const { stripeWebhook } = require('../controllers/payments');\nrouter.post('/webhook', express.raw({ type: 'application/json' }), verifySignature, stripeWebhook);",
      middlewareBefore: "const { stripeWebhook } = require('../controllers/payments');\nrouter.use(checkStripe);\nrouter.post('/webhook', stripeWebhook);",
      pathMiddlewareBefore: "const { stripeWebhook } = require('../controllers/payments');\nrouter.use('/webhook', checkStripe);\nrouter.post('/webhook', stripeWebhook);",
      verifiesInRouter: "const { stripeWebhook } = require('../controllers/payments');\nrouter.post('/webhook', (req, res, next) => { req.body = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], secret); next(); }, stripeWebhook);",
      otherModule: "const { stripeWebhook } = require('../controllers/legacy');\nrouter.post('/webhook', stripeWebhook);",
      notLast: "const { stripeWebhook } = require('../controllers/payments');\nrouter.post('/webhook', stripeWebhook, respond);",
      noPath: "const { stripeWebhook } = require('../controllers/payments');\nrouter.post(stripeWebhook);",
      fastify: "const { stripeWebhook } = require('../controllers/payments');\nmodule.exports = async function (fastify) { fastify.post('/webhook', stripeWebhook); };",
      otherWrapper: "const { stripeWebhook } = require('../controllers/payments');\nrouter.post('/webhook', withStripeSignature(stripeWebhook));",
      getOnly: "const { stripeWebhook } = require('../controllers/payments');\nrouter.get('/webhook', stripeWebhook);",
    };
    for (const [name, routes] of Object.entries(cases)) {
      const root = project({ 'src/controllers/payments.js': CONTROLLER, 'src/routes/payments.js': `const express = require('express');\nconst router = express.Router();\n${routes}\n` });
      expect(routedWithoutMiddleware('stripeWebhook', join(root, 'src/controllers/payments.js')), name).toBe(false);
    }
    const test = project({ 'src/controllers/payments.js': CONTROLLER, 'src/__tests__/payments.js': "const { stripeWebhook } = require('../controllers/payments');\napp.post('/webhook', stripeWebhook);\n" });
    expect(routedWithoutMiddleware('stripeWebhook', join(test, 'src/controllers/payments.js'))).toBe(false);
    const dependency = project({ 'src/controllers/payments.js': CONTROLLER, 'src/node_modules/routes/index.js': "const { stripeWebhook } = require('../../controllers/payments');\napp.post('/webhook', stripeWebhook);\n" });
    expect(routedWithoutMiddleware('stripeWebhook', join(dependency, 'src/controllers/payments.js'))).toBe(false);
  });

  it('a check mounted on another path does not cover the route; on a path above it, or on every path, it does', () => {
    const verdict = (use: string): boolean => {
      const root = project({
        'src/controllers/payments.js': CONTROLLER,
        'src/routes/payments.js': `const express = require('express');\nconst { stripeWebhook } = require('../controllers/payments');\nconst router = express.Router();\n${use}\nrouter.post('/billing/webhook', stripeWebhook);\n`,
      });
      return routedWithoutMiddleware('stripeWebhook', join(root, 'src/controllers/payments.js'));
    };
    expect(['/admin', '/billing/web', '/billing/webhooks'].map((path) => verdict(`router.use('${path}', verifySignature);`))).toEqual([true, true, true]);
    expect(['/', '/billing', '/billing/', '/billing/webhook', '/billing/:id', '*'].map((path) => verdict(`router.use('${path}', verifySignature);`))).toEqual([false, false, false, false, false, false]);
  });

  it('middleware registered after the route does not cover it; body parsers before it do not either', () => {
    const root = project({
      'src/controllers/payments.js': CONTROLLER,
      'src/routes/payments.js': "const express = require('express');\nconst { stripeWebhook } = require('../controllers/payments');\nconst router = express.Router();\nrouter.use(express.json());\nrouter.post('/webhook', stripeWebhook);\nrouter.use(requireAuth);\n",
    });
    expect(routedWithoutMiddleware('stripeWebhook', join(root, 'src/controllers/payments.js'))).toBe(true);
  });
});

describe('routedWithoutMiddleware: comments, middleware that verifies nothing, and the file that mounts the router', () => {
  const ROUTER = "const express = require('express');\nconst { stripeWebhook } = require('../controllers/payments');\nconst router = express.Router();\n";
  const verdict = (files: Record<string, string>): boolean => {
    const root = project({ 'src/controllers/payments.js': CONTROLLER, ...files });
    return routedWithoutMiddleware('stripeWebhook', join(root, 'src/controllers/payments.js'));
  };

  it('a route commented out is no route; a framework named in a comment says nothing', () => {
    expect(verdict({ 'src/routes/payments.js': `${ROUTER}// router.post('/webhook', stripeWebhook);\n/* router.post('/webhook', stripeWebhook); */\nmodule.exports = router;\n` })).toBe(false);
    expect(verdict({ 'src/routes/payments.js': `${ROUTER}// moved off fastify last year\nrouter.post('/webhook', stripeWebhook);\n` })).toBe(true);
  });

  it('CORS, helmet, logging, cookies and static files before the route or on it verify nothing', () => {
    const app = "const express = require('express');\nconst cors = require('cors');\nconst { stripeWebhook } = require('./controllers/payments');\nconst app = express();\n";
    expect(verdict({ 'src/app.js': `${app}app.use(cors());\napp.use(helmet());\napp.use(morgan('dev'));\napp.use(express.static('public'));\napp.post('/webhook', cors({ origin: '*' }), express.raw({ type: 'application/json' }), stripeWebhook);\n` })).toBe(true);
    // Registered for every route, authentication does not cover a webhook (Stripe could not call it either), a check does
    expect(verdict({ 'src/app.js': `${app}app.use(cors());\napp.use(requireAuth);\napp.post('/webhook', stripeWebhook);\n` })).toBe(true);
    expect(verdict({ 'src/app.js': `${app}app.use(cors());\napp.use(verifyStripeSignature);\napp.post('/webhook', stripeWebhook);\n` })).toBe(false);
  });

  it('the router mounted behind middleware by a file of the package (verifying, authenticating, or registered before), or in a file that verifies', () => {
    const route = `${ROUTER}router.post('/webhook', express.raw({ type: 'application/json' }), stripeWebhook);\nmodule.exports = router;\n`;
    const app = (mount: string): string => `const express = require('express');\nconst app = express();\n${mount}\napp.listen(3000);\n`;
    expect(verdict({ 'src/routes/payments.js': route, 'src/app.js': app("const payments = require('./routes/payments');\napp.use('/api', payments);") })).toBe(true);
    expect(verdict({ 'src/routes/payments.js': route, 'src/app.js': app("app.use('/api', require('./routes/payments'));") })).toBe(true);
    expect(verdict({ 'src/routes/payments.js': route, 'src/app.js': app("const payments = require('./routes/payments');\napp.use('/api', express.raw({ type: '*/*' }), verifyStripe, payments);") })).toBe(false);
    expect(verdict({ 'src/routes/payments.js': route, 'src/app.js': app("app.use('/api/payments', requireAuth, require('./routes/payments'));") })).toBe(false);
    expect(verdict({ 'src/routes/payments.js': route, 'src/app.js': app("import payments from './routes/payments.js';\napp.use(verifyStripe);\napp.use('/api', payments);") })).toBe(false);
    expect(
      verdict({
        'src/routes/payments.js': route,
        'src/app.js': app("const payments = require('./routes/payments');\napp.use('/api', (req, res, next) => { req.body = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], secret); next(); });\napp.use('/api', payments);"),
      }),
    ).toBe(false);
    // Middleware on a path below the mount's, registered before it, may run for the router's routes; on another path not
    expect(verdict({ 'src/routes/payments.js': route, 'src/app.js': app("app.use('/api/webhook', express.raw({ type: '*/*' }), verifyStripe);\napp.use('/api', require('./routes/payments'));") })).toBe(false);
    expect(verdict({ 'src/routes/payments.js': route, 'src/app.js': app("app.use('/admin', verifyAdminSignature);\napp.use('/api', require('./routes/payments'));") })).toBe(true);
    // Rate limits, sessions and authentication registered for every route before the mount check no signature
    expect(verdict({ 'src/routes/payments.js': route, 'src/app.js': app("app.use(limiter);\napp.use(session({ secret }));\napp.use(passport.session());\napp.use('/api', require('./routes/payments'));") })).toBe(true);
    // Mounted behind middleware only by a test's app: the package's own mount is what counts
    expect(verdict({ 'src/routes/payments.js': route, 'test/app.test.js': "const payments = require('../src/routes/payments');\napp.use('/api', requireAuth, payments);\n" })).toBe(true);
  });
});
