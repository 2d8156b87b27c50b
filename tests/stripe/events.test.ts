import { describe, expect, it } from 'vitest';
import { STRIPE_EVENT_TYPES, isDistinctiveStripeEventType, isStripeEventType } from '../../src/stripe/events.js';

describe('Stripe event type names (stripe-node WebhookEndpoints EnabledEvent)', () => {
  it('lists current and older snapshot events', () => {
    for (const name of ['payment_intent.succeeded', 'checkout.session.completed', 'customer.subscription.deleted', 'invoice.will_be_due', 'sku.created']) {
      expect(STRIPE_EVENT_TYPES.has(name), name).toBe(true);
    }
    expect(STRIPE_EVENT_TYPES.has('*')).toBe(false);
  });

  it.each([
    ['payment_intent.succeeded', true, true],
    ['checkout.session.completed', true, true],
    ['invoice.payment_failed', true, true],
    ['v1.billing.meter.error_report_triggered', true, true],
    ['v2.core.event_destination.ping', true, true],
    // Listed, but also sent by other providers (Razorpay, Paddle, Square).
    ['invoice.paid', true, false],
    ['refund.created', true, false],
    ['customer.created', true, false],
    // A listed object with an action added after the list was taken.
    ['payment_intent.some_new_action', true, false],
    // Not Stripe.
    ['user.created', false, false],
    ['payment.captured', false, false],
    ['charge.success', true, false],
    ['orders/create', false, false],
    ['PAYMENT.CAPTURE.COMPLETED', false, false],
    ['payment_intent.', false, false],
  ] as const)('%s: shape %s, distinctive %s', (name, shape, distinctive) => {
    expect(isStripeEventType(name)).toBe(shape);
    expect(isDistinctiveStripeEventType(name)).toBe(distinctive);
  });
});
