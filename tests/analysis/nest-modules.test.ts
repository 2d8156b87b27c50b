import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nestMiddlewareVerifies } from '../../src/analysis/nest-modules.js';
import { tempProjects } from '../temp-project.js';

const VERIFYING = `import { Injectable, NestMiddleware } from '@nestjs/common';
@Injectable()
export class SignatureMiddleware implements NestMiddleware {
  use(req, res, next) {
    req.body = this.stripe.webhooks.constructEvent(req.rawBody, req.headers['stripe-signature'], this.secret);
    next();
  }
}
`;
const RAW_BODY = `export class RawBodyMiddleware { use(req, res, next) { next(); } }\n`;

/** A package in a fresh directory: its package.json, then each file of `files` (path → text). */
const project = tempProjects('nest-modules-', { '@nestjs/common': '^10.0.0' });

describe('nestMiddlewareVerifies', () => {
  it('the fixture project: a verifying middleware bound to the controller, a raw-body one bound to a path', () => {
    const file = (path: string): string => fileURLToPath(new URL(`../fixtures/projects/nest-webhooks/src/${path}`, import.meta.url));
    expect(nestMiddlewareVerifies('StripeWebhooksController', 'stripe-webhooks', file('stripe-webhooks/stripe-webhooks.controller.ts'))).toBe(true);
    expect(nestMiddlewareVerifies('BillingController', 'billing/webhook', file('billing/billing.controller.ts'))).toBe(false);
    expect(nestMiddlewareVerifies('StripeWebhooksController', 'stripe-webhooks', 'src/stripe-webhooks/stripe-webhooks.controller.ts')).toBe(false);
  });

  it('by path (exact, `prefix/*`, `*`, `{ path }`), after an exclude, from an ESM import or the module file itself', () => {
    const root = project({
      'src/middleware/signature.middleware.ts': VERIFYING,
      'src/middleware/raw-body.middleware.ts': RAW_BODY,
      'src/app.module.ts': `import { SignatureMiddleware } from './middleware/signature.middleware.js';
import { RawBodyMiddleware } from './middleware/raw-body.middleware';
export class AppModule {
  configure(consumer) {
    consumer.apply(RawBodyMiddleware).forRoutes('*');
    consumer.apply(SignatureMiddleware).exclude({ path: 'webhooks/health', method: RequestMethod.GET }).forRoutes('webhooks/*', { path: '/stripe', method: RequestMethod.POST });
  }
}
`,
      'src/billing/billing.module.ts': `export class HmacMiddleware { use(req, res, next) { createHmac('sha256', secret); next(); } }
export class BillingModule { configure(consumer) { consumer.apply(HmacMiddleware).forRoutes('billing/events'); } }
`,
    });
    const controller = (dir: string): string => join(root, 'src', dir, 'x.controller.ts');
    expect([
      nestMiddlewareVerifies('WebhooksController', 'webhooks/stripe', controller('webhooks')),
      nestMiddlewareVerifies('WebhooksController', 'webhooks', controller('webhooks')),
      nestMiddlewareVerifies('StripeController', 'stripe', controller('stripe')),
      nestMiddlewareVerifies('BillingController', 'billing/events', controller('billing')),
    ]).toEqual([true, true, true, true]);
    expect([
      nestMiddlewareVerifies('OrdersController', 'orders', controller('orders')),
      nestMiddlewareVerifies('OrdersController', null, controller('orders')),
      // The billing module's middleware runs for its own path only, and is not seen from a directory beside it.
      nestMiddlewareVerifies('PaymentsController', 'billing/events', controller('payments')),
    ]).toEqual([false, false, false]);
  });

  it('an unreadable import, a middleware of a package, and a module with no forRoutes verify nothing', () => {
    const root = project({
      'src/app.module.ts': `import { SignatureMiddleware } from '@acme/stripe-middleware';
import { MissingMiddleware } from './missing';
export class AppModule { configure(consumer) { consumer.apply(SignatureMiddleware, MissingMiddleware).forRoutes(StripeController); } }
`,
      'src/other.module.ts': `export class OtherModule {}\n`,
    });
    expect(nestMiddlewareVerifies('StripeController', 'stripe', join(root, 'src', 'stripe', 'stripe.controller.ts'))).toBe(false);
  });
});
