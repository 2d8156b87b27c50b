import { describe, expect, it } from 'vitest';
import { CALLBACK_URL_METHOD_NAMES, CALLBACK_URL_PARAMS, callbackUrlEndpoint, callbackUrlParam } from '../../src/stripe/callback-urls.js';

describe('CALLBACK_URL_METHOD_NAMES', () => {
  it('holds the last segment of every callback-URL method, and nothing else', () => {
    for (const param of CALLBACK_URL_PARAMS) {
      const path = param.method.split('.');
      expect(callbackUrlParam(param.side, path)).toBe(param);
      expect(CALLBACK_URL_METHOD_NAMES.has(path.at(-1)!), param.method).toBe(true);
    }
    expect([...CALLBACK_URL_METHOD_NAMES].sort()).toEqual(['confirm', 'confirmPayment', 'confirmSetup', 'create', 'update']);
  });
});

describe('callbackUrlEndpoint', () => {
  it("the REST paths of stripe-node's callback-URL methods, ids as any segment; not other paths", () => {
    const method = (path: string): string | undefined => callbackUrlEndpoint(path)?.method;
    expect(
      ['/v1/checkout/sessions', '/v1/checkout/sessions/', '/v1/billing_portal/sessions', '/v1/account_links', '/v1/webhook_endpoints/we_123', '/v1/payment_intents/pi_1/confirm', '/v1/setup_intents'].map(method),
    ).toEqual(['checkout.sessions.create', 'checkout.sessions.create', 'billingPortal.sessions.create', 'accountLinks.create', 'webhookEndpoints.update', 'paymentIntents.confirm', 'setupIntents.create']);
    expect(['/v1/customers', '/v1/checkout/sessions/cs_1/expire', '/v2/checkout/sessions', '/v1/payment_intents/pi_1/capture'].map(method)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
