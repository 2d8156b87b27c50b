import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { stripeMethodCall } from '../../src/analysis/stripe-clients.js';
import { runWithRule } from './helpers.js';

/** `receiver:path` for every call whose callee is a member chain, in source order. */
function calls(code: string): (string | null)[] {
  const out: (string | null)[] = [];
  runWithRule(code, (context) => ({
    CallExpression(node: TSESTree.CallExpression) {
      if (node.callee.type !== AST_NODE_TYPES.MemberExpression) return;
      const call = stripeMethodCall(node, context.sourceCode);
      out.push(call ? `${call.receiver}:${call.path.join('.')}` : null);
    },
  }));
  return out;
}

describe('stripeMethodCall', () => {
  it('stripe-node clients, Stripe.js instances, by-name receivers', () => {
    expect(
      calls(`
        import Stripe from 'stripe';
        import { loadStripe } from '@stripe/stripe-js';
        const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
        stripe.checkout.sessions.create({});
        stripe['webhookEndpoints'].update('we_1', {});
        async function pay() { const js = await loadStripe('pk_test_1'); js?.confirmPayment({}); }
        this.stripeService.billingPortal.sessions.create({});
      `),
    ).toEqual(['node-client:checkout.sessions.create', 'node-client:webhookEndpoints.update', 'js-instance:confirmPayment', 'stripe-by-name:billingPortal.sessions.create']);
  });

  it("a const alias of a client's resource is walked on from what it holds (real-world batch 278)", () => {
    expect(
      calls(`
        import Stripe from 'stripe';
        const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
        const checkout = stripe.checkout;
        const sessions = checkout.sessions;
        checkout.sessions.create({});
        sessions.create({});
        const orders = db.orders;
        orders.create({});
        let later = stripe.checkout;
        later = other;
        later.sessions.create({});
      `),
    ).toEqual(['node-client:checkout.sessions.create', 'node-client:checkout.sessions.create', null, null]);
  });

  it('non-Stripe receivers and unknown computed members are null', () => {
    expect(
      calls(`
        import Stripe from 'stripe';
        const stripe = new Stripe('k');
        db.checkout.sessions.create({});
        stripe[method].create({});
      `),
    ).toEqual([null, null]);
  });
});
