import { describe, expect, it } from 'vitest';
import { globalNameOf, isGlobalNamed, jqueryRootName } from '../../src/analysis/globals.js';
import { probeArguments, type RunOptions } from './helpers.js';

/** globalNameOf for the first argument of every `probe(...)` call. */
const globalNames = (code: string, options: RunOptions = {}): (string | null)[] =>
  probeArguments(code, (node, sourceCode) => globalNameOf(sourceCode, node), options);

describe('globalNameOf', () => {
  it('unresolved identifiers and window / globalThis / self members are globals', () => {
    expect(
      globalNames(`
        probe(Stripe);
        probe(window.Stripe);
        probe(globalThis['StripeCheckout']);
        probe(self.Stripe);
        probe((window as any).Stripe);
        probe(window!.Stripe);
      `),
    ).toEqual(['Stripe', 'Stripe', 'StripeCheckout', 'Stripe', 'Stripe', 'Stripe']);
  });

  it('imports, requires, parameters, locals and classes shadow the global', () => {
    expect(
      globalNames(`
        import Stripe from 'stripe';
        const StripeCheckout = require('./checkout');
        function f(window) { probe(window.Stripe); }
        { const self = {}; probe(self.Stripe); }
        probe(Stripe); probe(StripeCheckout);
        class Local {} probe(Local);
      `),
    ).toEqual([null, null, null, null, null]);
  });

  it('ambient declarations describe the global rather than bind a value', () => {
    expect(
      globalNames(`
        declare const Stripe: any;
        declare global { var StripeCheckout: { open(o: object): void } }
        probe(Stripe); probe(StripeCheckout);
        export {};
      `),
    ).toEqual(['Stripe', 'StripeCheckout']);
  });

  it('an interface does not shadow the value; an `import type` binding does (using it as a value is a TS error)', () => {
    expect(globalNames(`import type Stripe from 'stripe'; interface StripeCheckout { x: 1 } probe(Stripe); probe(StripeCheckout);`)).toEqual([
      null,
      'StripeCheckout',
    ]);
  });

  it('other shapes are not globals by name', () => {
    expect(globalNames(`probe(window.Stripe.card); probe(a.Stripe); probe(window[key]); probe(Stripe());`)).toEqual([null, null, null, null]);
  });

  it('works with espree (no TS scope manager)', () => {
    expect(globalNames(`const local = 1; probe(Stripe); probe(window.Stripe); probe(local);`, { parser: 'espree' })).toEqual([
      'Stripe',
      'Stripe',
      null,
    ]);
  });
});

describe('isGlobalNamed', () => {
  it('checks the name before scope', () => {
    const out = probeArguments(`probe(Stripe); probe(window.StripeCheckout); probe(Other);`, (node, sourceCode) =>
      isGlobalNamed(sourceCode, node, 'Stripe'),
    );
    expect(out).toEqual([true, false, false]);
  });

  it("AngularJS's injected $window (a parameter of that name) is the global object; another $window is not", () => {
    const out = probeArguments(
      `app.directive('pay', ['$window', function ($window) { probe($window.Stripe); }]);
       const $window = {}; probe($window.Stripe);
       function f(win) { probe(win.Stripe); }`,
      (node, sourceCode) => isGlobalNamed(sourceCode, node, 'Stripe'),
    );
    expect(out).toEqual([true, false, false]);
  });
});

describe('jqueryRootName', () => {
  it('$ and jQuery, alone or on the global object; nothing else', () => {
    const out = probeArguments(
      `probe($); probe(jQuery); probe(window.$); probe(globalThis['jQuery']); probe(($ as any)); probe(jq); probe(app.$); probe(window.jq);`,
      (node) => jqueryRootName(node),
    );
    expect(out).toEqual(['$', 'jQuery', '$', 'jQuery', '$', null, null, null]);
  });
});
