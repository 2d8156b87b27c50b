import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import { fileURLToPath } from 'node:url';
import rule from '../../src/rules/no-stripe-js-v2.js';

/** A file of a fixture project, whose package.json says which major of a package it uses. */
const inProject = (project: string, file: string): string => fileURLToPath(new URL(`../fixtures/projects/${project}/${file}`, import.meta.url));
const VUE_MAIN = `import Vue from 'vue';
import VueStripeCheckout from 'vue-stripe-checkout';
import App from './App.vue';

Vue.use(VueStripeCheckout, { key: process.env.VUE_APP_STRIPE_KEY, locale: 'auto' });
new Vue({ render: (h) => h(App) }).$mount('#app');
`;

const ruleTester = new RuleTester();

// Replacement wording from the message data (stripe-facts §2.4), spelled out once.
const SET_KEY = "`const stripe = Stripe(publishableKey)` (or `await loadStripe(publishableKey)` from '@stripe/stripe-js')";
const PAYMENT_ELEMENT =
  "mount the Payment Element (`stripe.elements({ clientSecret }).create('payment')`) and call `stripe.confirmPayment({ elements })` (or `stripe.createPaymentMethod({ elements })`)";
const VALIDATION = 'Elements validate the card inside their iframe and report `complete` / `error` in their `change` event';
const CHECKOUT_SESSIONS =
  'Checkout Sessions (`stripe.checkout.sessions.create` on the server, then redirect to `session.url`), embedded Checkout, or Payment Links';
const CURRENT = 'https://js.stripe.com/dahlia/stripe.js';

ruleTester.run('no-stripe-js-v2', rule, {
  valid: [
    // A test that Stripe.js v2 is gone: the v2 namespace only read to be asserted on
    {
      code: `describe('checkout page', () => {
  it('no longer loads Stripe.js v2', () => {
    expect(window.Stripe.card).to.equal(undefined);
    expect(typeof Stripe.bankAccount).toBe('undefined');
    assert(typeof window.Stripe.card === 'undefined');
  });
});
`,
      filename: 'test/checkout.test.js',
    },
    // A test double put in the v2 API's place uses nothing: a spy written over a method, a stub made on the namespace
    // (real-world batch 325: the angular-stripe wrapper's own tests)
    {
      code: `/* global Stripe, sinon */
describe('stripe service', function () {
  var sandbox = sinon.sandbox.create();
  afterEach(function () { sandbox.restore(); });

  it('stubs the Stripe.js global with sinon', function () {
    sandbox.stub(Stripe.card, 'createToken');
    vi.spyOn(window.Stripe, 'setPublishableKey');
  });

  it('replaces the Stripe.js method with a spy', function () {
    Stripe.card.createToken = sinon.spy(function (data, callback) {
      callback(200, { id: 'tok_123' });
    });
    window.Stripe.setPublishableKey = function () {};
  });
});
`,
      filename: 'test/service.js',
    },
    // vue-stripe-checkout 3 is the new Checkout (redirectToCheckout)
    { code: VUE_MAIN, filename: inProject('vue2-checkout-shop', 'src/main.js') },
    // limitation: without a package.json that says which major it is, vue-stripe-checkout is not judged
    { code: VUE_MAIN, filename: 'src/main.js' },
    // A prop named StripeCheckout taken apart, and another method on an injected one: not legacy Checkout's API.
    `import { loadStripe } from '@stripe/stripe-js';
export function PayButton({ StripeCheckout }) { return StripeCheckout.open(); }
angular.module('shop').run(function (StripeCheckout) { StripeCheckout.setLocale('fr'); });`,
    // A Stripe.js v3 instance has no \`card\` namespace, and an object of the file's own named like Stripe is not a
    // wrapper of the v2 global; other names (\`payments.card.createToken\`) say nothing.
    `import { loadStripe } from '@stripe/stripe-js';
const card = { createToken: () => null };
const stripeWidget = { card };
export async function pay(element, payments) {
  const stripe = await loadStripe('pk_test_123');
  await stripe.createToken(element);
  stripeWidget.card.createToken();
  payments.card.createToken();
}`,
    // A component's field that is set to a Stripe.js v3 instance (and \`null\` before it loads) is no v2 global, even
    // where \`createToken\` is called on it (Bitwarden's payment component's shape).
    {
      code: `export class PaymentComponent {
  private stripe: any = null;
  constructor() {
    const script = window.document.createElement('script');
    script.src = 'https://js.stripe.com/v3/';
    script.onload = () => {
      this.stripe = (window as any).Stripe('pk_test_123');
    };
    window.document.head.appendChild(script);
  }
  createBankToken(bank: any) {
    return this.stripe.createToken('bank_account', bank);
  }
}`,
      filename: 'src/app/payment/payment.component.ts',
    },
    // A head's current Stripe.js, and a \`src\` in a list under another name (images, iframes) or alone.
    `export default {
  head: { script: [{ src: 'https://js.stripe.com/v3/' }], link: [{ rel: 'preload', href: 'https://js.stripe.com/v2/' }] },
  images: [{ src: 'https://js.stripe.com/v2/' }],
  frame: { src: 'https://js.stripe.com/v2/' },
};`,
    // A private field declared with a Stripe.js v3 instance (regression probe 282).
    `export class Pay {
  #stripe = Stripe('pk_test_123');
  check(form) { return this.#stripe.card.createToken(form); }
}`,
    // ...nor one the file makes with another class or function (real-world batch FF: an event store of Stripe events, a
    // media strip).
    `import { EventStore } from './events';
const stripe = new EventStore({ stream: 'stripe' });
const strip = createStrip(canvas);
export async function record(evt) {
  await stripe.source.create({ id: evt.id, type: evt.type, payload: evt.data });
  await stripe.card.createToken(evt.data);
  return strip.source.poll(evt.id);
}`,
    // jquery.payment itself, vendored into a project (real-world batch AA: static/js/jquery.payment.js, WooCommerce's
    // assets): its own definitions and internal calls are no use of it; the pages that use it are reported.
    {
      code: `(function() {
  var $ = window.jQuery;
  $.payment = {};
  $.payment.fn = {};
  $.fn.payment = function(method, ...args) {
    return $.payment.fn[method].apply(this, args);
  };
  $.payment.formatCardNumber = function(num) {
    return num.replace(/(\\d{4})/g, '$1 ').trim();
  };
  $.payment.fn.formatCardNumber = function() {
    this.on('input', function() { this.value = $.payment.formatCardNumber(this.value); });
    return this;
  };
  $.payment.validateCardNumber = function(num) {
    return /^\\d{12,19}$/.test(String(num));
  };
  $('[data-card]').payment('formatCardNumber');
})();
`,
      filename: 'static/vendor/jquery.payment.js',
    },
    // Legacy Checkout's checkout.js itself, vendored into a project (real-world batch 254: a course's copy of Stripe's
    // script): it defines the global and loads its own modules with \`StripeCheckout.require\`; the pages that load it
    // and the code that configures it are reported.
    {
      code: `(function () {
  var App, app, _ref;
  if (((_ref = this.StripeCheckout) != null ? _ref.__app : void 0) == null) {
    this.StripeCheckout || (this.StripeCheckout = {});
    this.StripeCheckout.__app = app = new App();
    this.StripeCheckout.open = app.open;
    this.StripeCheckout.configure = app.configure;
  }
}).call(this);
StripeCheckout.require.define({
  'lib/helpers': function (exports, require, module) {
    module.exports = { ready: StripeCheckout.require('vendor/ready') };
  },
});
`,
      filename: 'public/vendor/stripe-checkout.js',
    },
    // The plugin defined as a member of the global jQuery.
    'window.jQuery.fn.payment = function() { return this; };\nwindow.jQuery.payment.validateCardCVC(cvc);',
    // Stripe.js v3+: the global is called, its instance is used.
    `const stripe = Stripe('pk_test_6pRNASCoBOKtIshFeQd4XMUh');
const elements = stripe.elements({ clientSecret });
elements.create('payment').mount('#payment-element');
const { error } = await stripe.confirmPayment({ elements, confirmParams: { return_url: location.href } });`,
    `const stripe = window.Stripe(publishableKey, { locale: 'fr' });
stripe.createToken(cardElement).then(handle);`,
    `import { loadStripe } from '@stripe/stripe-js';
const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_KEY!);`,
    // stripe-node statics on the imported class (stripe-facts §1.1): a module binding, never the browser global.
    `import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { httpClient: Stripe.createFetchHttpClient() });
export function isCardError(err: unknown): boolean {
  return err instanceof Stripe.errors.StripeCardError;
}
const event = Stripe.webhooks.constructEvent(body, signature, secret);`,
    `import { Stripe } from 'stripe';
export const header = Stripe.webhooks.generateTestHeaderString({ payload, secret });`,
    {
      code: `const Stripe = require('stripe');
const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
module.exports = { stripe, StripeError: Stripe.errors.StripeError };`,
      languageOptions: { parser: espree },
    },
    // TypeScript type references are not values: `Stripe.Card`, `Stripe.Token`, `typeof Stripe.card`.
    `import Stripe from 'stripe';
export function summarize(card: Stripe.Card, token: Stripe.Token): Stripe.PaymentMethod.Card | null { return null; }
type V2Card = typeof Stripe.card;`,
    `let token: stripe.StripeTokenResponse; let card: Stripe.StripeCardTokenData;`,
    // A local class or variable named Stripe is not the global.
    `class Stripe { static setPublishableKey(key: string) { this.key = key; } static key = ''; }
Stripe.setPublishableKey('pk_test_123');`,
    // limitation: a parameter named Stripe is a local binding (e.g. an AMD `define(['stripe'], function (Stripe) {…})`) and is not followed.
    `define(['stripe-v2'], function (Stripe) { Stripe.setPublishableKey(key); });`,
    // limitation: destructured members of the global are not followed.
    `const { card } = Stripe; card.createToken($form, handler);`,
    // limitation: computed member names that are not static.
    `Stripe[method]($form, handler); window[globalName].card.createToken($form, handler);`,
    // Members that are not part of the v1/v2 API.
    `Stripe.version; Stripe.errors; Stripe.webhooks.constructEvent(body, sig, secret);`,
    // Current Stripe.js and Connect.js URLs; look-alike hosts; URLs that are not loaded.
    {
      code: `export const Head = () => (
  <>
    <script src="https://js.stripe.com/v3/" />
    <script src="https://js.stripe.com/dahlia/stripe.js" async />
    <script src="https://js.stripe.com/v3/buy-button.js" async />
    <a href="https://js.stripe.com/v2/">Stripe.js v2 reference</a>
    <img src="https://js.stripe.com/v2/" />
  </>
);`,
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    `const connect = document.createElement('script');
connect.src = 'https://connect-js.stripe.com/v1.0/connect.js';
loadScript('https://connect-js.stripe.com/v0.1/connect.js');
loadScript('https://js.stripe.com.evil.example/v2/');
loadScript('https://cdn.example.com/js.stripe.com/v2/');
loadScript('https://js.stripe.com/v20/');
window.location.href = 'https://checkout.stripe.com/c/pay/cs_test_a1b2c3';`,
    // limitation: project helpers that load scripts are unknown until named in the `scriptLoaders` option.
    `import { injectVendorScript } from './vendor';
await injectVendorScript('https://js.stripe.com/v2/', { async: true });`,
    // limitation: a string that is never loaded as a script (docs link, CSP source) is not a load.
    `const V2_DOCS = 'https://js.stripe.com/v2/'; const csp = "script-src https://js.stripe.com/v2/";`,
    // limitation: URLs whose version is not static, or built from values this file cannot see.
    'loadScript(`https://js.stripe.com/${version}/`); loadScript(config.stripeJsUrl); script.src = STRIPE_URL_FROM_ENV;',
    // A script tag set through innerHTML / insertAdjacentHTML never runs (HTML spec); other strings are not written.
    `document.head.innerHTML += '<script src="https://js.stripe.com/v2/"></script>';
document.body.insertAdjacentHTML('beforeend', '<script src="https://js.stripe.com/v2/"></script>');
const snippet = '<script src="https://js.stripe.com/v2/"></script>';
log.write('<script src="https://js.stripe.com/v2/"></script>');`,
    // limitation: a file whose text never spells `stripe` (any case) is skipped, even if it builds the URL from pieces.
    `loadScript('https://js.str' + 'ipe.com/v2/');`,
    // jquery.payment look-alikes: other objects' `payment`, other commands.
    `this.payment.cardType(number); order.payment.validateCardNumber; api.payment('refund'); $.payment;`,
    // Element-based react-stripe-elements is not Stripe.js v2 (a deprecation target, not a tokenisation risk).
    `import { CardElement, injectStripe } from 'react-stripe-elements';`,
    // Type-only imports load nothing.
    `import type { ReactStripeCheckoutProps } from 'react-stripe-checkout';`,
    // A legacy Checkout component imported and never rendered loads nothing (real-world batch EL: a page left with a
    // stale import; the page that renders it is reported)
    {
      code: `import React from 'react';
import StripeCheckout from 'react-stripe-checkout';

export default function Show({ service }) {
  return (
    <div className="service">
      <h2>{service.title}</h2>
      <p>{service.description}</p>
    </div>
  );
}
`,
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // ...nor does one whose imports are used as types only, which TypeScript drops from its output (precision probe 294:
    // the token's type of a request helper).
    `import { Token } from 'react-stripe-checkout';
import axios from 'axios';

export const sendPaymentRequest = (token: Token, amount: number) => axios.post('/api/charge', { token: token.id, amount });
`,
    // A file that never mentions Stripe or payment is skipped outright.
    `const s = document.createElement('script'); s.src = url; loadScript(other);`,
    // Odd shapes must not crash.
    `Stripe?.(); (0, Stripe)(pk); new Stripe(pk); Stripe[\`setPublishableKey\${suffix}\`]?.(key);
@Component({ selector: 'pay' }) class Pay { get stripe() { return window['Stripe']; } @Input() set key(k) { this.k = k; } }
const { ...rest } = Stripe; [...Stripe.list];`,
    `'${'x'.repeat(20000)}https://js.stripe.com/v2/'.length;`,
  ],
  invalid: [
    // ...but a v2 call inside an assertion is a use, and a feature check outside one reads the namespace
    {
      code: `describe('legacy card form', () => {
  it('tokenises the card', () => {
    expect(Stripe.card.createToken(form, handler)).to.equal(undefined);
  });
});
export const hasV2 = () => typeof Stripe.card !== 'undefined';
sinon.stub(Stripe.card, 'createToken').yields(200, { id: 'tok_123' });
Stripe.card.createToken(form, handler);
`,
      filename: 'test/legacy.test.js',
      output: null,
      errors: [
        { messageId: 'stripeJsV2Api', data: { api: 'Stripe.card.createToken', replacement: PAYMENT_ELEMENT }, line: 3, column: 12, endLine: 3, endColumn: 35, suggestions: [] },
        { messageId: 'stripeJsV2Api', data: { api: 'Stripe.card', replacement: PAYMENT_ELEMENT }, line: 6, column: 35, endLine: 6, endColumn: 46, suggestions: [] },
        // ...and a call of the stubbed method is still the code under test using v2
        { messageId: 'stripeJsV2Api', data: { api: 'Stripe.card.createToken', replacement: PAYMENT_ELEMENT }, line: 8, column: 1, endLine: 8, endColumn: 24, suggestions: [] },
      ],
    },
    {
      // The component rendered, its token type imported beside it: the import is reported (a type-only use of one of
      // its names does not spare the others).
      code: `import StripeCheckout, { Token } from 'react-stripe-checkout';

const onToken = (token: Token) => fetch('/api/charge', { method: 'POST', body: JSON.stringify({ token: token.id }) });

export const Pay = () => <StripeCheckout token={onToken} stripeKey="pk_test_123" />;
`,
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [
        {
          messageId: 'legacyCheckout', data: { api: "import … from 'react-stripe-checkout'", replacement: CHECKOUT_SESSIONS }, line: 1, column: 39, endLine: 1, endColumn: 62,
        },
      ],
    },
    // A private field every write sets to the v2 global (regression probe 282).
    {
      code: `export class LegacyCard {
  #stripe;
  constructor() {
    this.#stripe = window.Stripe;
  }
  tokenize(card) {
    return this.#stripe.card.createToken(card, () => {});
  }
}`,
      filename: 'src/legacy-card.js',
      output: null,
      errors: [
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.card.createToken', replacement: PAYMENT_ELEMENT }, line: 7, column: 12, endLine: 7, endColumn: 41,
          suggestions: [],
        },
      ],
    },
    // Angular 2 components that keep the v2 global in a field (real-world batch 278: a golf club's card form,
    // \`this.stripe = Stripe\` in the constructor; a field initialised from \`window\`).
    {
      code: `declare const Stripe: any;

export class StripeCreditCard {
  private stripe: any;
  number = '';
  cvc = '';

  constructor() {
    this.stripe = Stripe;
  }

  createToken(): Promise<string> {
    return new Promise((resolve, reject) => {
      this.stripe.card.createToken({ number: this.number, cvc: this.cvc }, (status: number, response: any) => {
        if (status === 200) resolve(response.id);
        else reject(response.error.message);
      });
    });
  }
}`,
      filename: 'src/app/shared/payments/stripe-credit-card.ts',
      output: null,
      errors: [
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.card.createToken', replacement: PAYMENT_ELEMENT }, line: 14, column: 7, endLine: 14, endColumn: 35,
          suggestions: [],
        },
      ],
    },
    {
      code: `import { Component } from '@angular/core';

@Component({ selector: 'app-card-form', templateUrl: './card-form.component.html' })
export class CardFormComponent {
  private stripe: any = (window as any).Stripe;

  ngOnInit() {
    this.stripe.setPublishableKey('pk_test_123');
  }
}`,
      filename: 'src/app/card-form/card-form.component.ts',
      output: null,
      errors: [
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.setPublishableKey', replacement: SET_KEY }, line: 8, column: 5, endLine: 8, endColumn: 34,
          suggestions: [{ messageId: 'useStripeInstance', data: { name: 'stripe', factory: 'this.stripe' }, output: `import { Component } from '@angular/core';

@Component({ selector: 'app-card-form', templateUrl: './card-form.component.html' })
export class CardFormComponent {
  private stripe: any = (window as any).Stripe;

  ngOnInit() {
    const stripe = this.stripe('pk_test_123');
  }
}` }],
        },
      ],
    },
    {
      // vue-stripe-checkout 1 and 2 open the legacy checkout.js modal (real-world batch BK)
      code: VUE_MAIN,
      filename: inProject('vue2-legacy-shop', 'src/main.js'),
      output: null,
      errors: [
        {
          messageId: 'legacyCheckout', data: { api: "import … from 'vue-stripe-checkout'", replacement: CHECKOUT_SESSIONS }, line: 2, column: 31, endLine: 2, endColumn: 52,
          suggestions: [],
        },
      ],
    },
    {
      // angular-stripe-checkout's service, injected by AngularJS under the global's name (real-world batch BO); the
      // provider's defaults name no legacy API
      code: `angular.module('shop', ['stripe.checkout'])
  .config(function (StripeCheckoutProvider) {
    StripeCheckoutProvider.defaults({ key: 'pk_test_6pRNASCoBOKtIshFeQd4XMUh' });
  })
  .controller('CheckoutCtrl', ['$scope', '$http', 'StripeCheckout', function ($scope, $http, StripeCheckout) {
    var handler = StripeCheckout.configure({ name: 'Shop', token: function (token) { $http.post('/charges', { token: token.id }); } });
    $scope.pay = function () { handler.open({ amount: $scope.total }); };
  }]);`,
      filename: 'app/checkout.js',
      output: null,
      errors: [
        {
          messageId: 'legacyCheckout', data: { api: 'StripeCheckout.configure', replacement: CHECKOUT_SESSIONS }, line: 6, column: 19, endLine: 6, endColumn: 43,
          suggestions: [],
        },
      ],
    },
    {
      // AngularJS's injected $window is the browser's window: $window.Stripe is the v2 global (real-world batch BA's
      // copy of angular-payments)
      code: `angular.module('payments', []).directive('stripeForm', ['$window', function ($window) {
  return {
    restrict: 'A',
    link: function (scope, element, attrs) {
      $window.Stripe.setPublishableKey(attrs.publishableKey);
      element.on('submit', function () {
        $window.Stripe.createToken({ number: scope.number, cvc: scope.cvc, exp_month: scope.expMonth, exp_year: scope.expYear }, function (status, response) {
          scope.$apply(function () { scope[attrs.stripeForm](status, response); });
        });
      });
    },
  };
}]);
`,
      filename: 'lib/angular-payments.js',
      output: null,
      errors: [
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.setPublishableKey', replacement: SET_KEY }, line: 5, column: 7, endLine: 5, endColumn: 39,
          suggestions: [{ messageId: 'useStripeInstance', data: { name: 'stripe', factory: '$window.Stripe' }, output: `angular.module('payments', []).directive('stripeForm', ['$window', function ($window) {
  return {
    restrict: 'A',
    link: function (scope, element, attrs) {
      const stripe = $window.Stripe(attrs.publishableKey);
      element.on('submit', function () {
        $window.Stripe.createToken({ number: scope.number, cvc: scope.cvc, exp_month: scope.expMonth, exp_year: scope.expYear }, function (status, response) {
          scope.$apply(function () { scope[attrs.stripeForm](status, response); });
        });
      });
    },
  };
}]);
` }],
        },
        { messageId: 'stripeJsV2Api', data: { api: 'Stripe.createToken', replacement: PAYMENT_ELEMENT }, line: 7, column: 9, endLine: 7, endColumn: 35 },
      ],
    },
    {
      // Scripts a page's head declares (real-world batch 278): Nuxt 2's \`head.script\` (a bookshop's legacy Checkout
      // and v2, also vue-meta's \`head()\` and unhead's \`useHead\`), react-helmet's \`script\` prop
      code: `export default {
  head: {
    title: 'Book page',
    script: [{ src: 'https://checkout.stripe.com/checkout.js' }, { src: 'https://js.stripe.com/v2/', defer: true }],
  },
};
`,
      filename: 'nuxt.config.js',
      output: null,
      errors: [
        {
          messageId: 'legacyCheckout', data: { api: 'https://checkout.stripe.com/checkout.js', replacement: CHECKOUT_SESSIONS }, line: 4, column: 21, endLine: 4, endColumn: 62,
          suggestions: [],
        },
        {
          messageId: 'stripeJsV2Script', line: 4, column: 73, endLine: 4, endColumn: 100,
          suggestions: [{ messageId: 'useCurrentStripeJs', data: { current: 'https://js.stripe.com/dahlia/stripe.js' }, output: `export default {
  head: {
    title: 'Book page',
    script: [{ src: 'https://checkout.stripe.com/checkout.js' }, { src: 'https://js.stripe.com/dahlia/stripe.js', defer: true }],
  },
};
` }],
        },
      ],
    },
    {
      code: `import { Helmet } from 'react-helmet';

export function PaymentPage() {
  return <Helmet script={[{ type: 'text/javascript', src: 'https://js.stripe.com/v2/' }]} />;
}
`,
      filename: 'src/pages/PaymentPage.jsx',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [
        {
          messageId: 'stripeJsV2Script', line: 4, column: 59, endLine: 4, endColumn: 86,
          suggestions: [{ messageId: 'useCurrentStripeJs', data: { current: 'https://js.stripe.com/dahlia/stripe.js' }, output: `import { Helmet } from 'react-helmet';

export function PaymentPage() {
  return <Helmet script={[{ type: 'text/javascript', src: 'https://js.stripe.com/dahlia/stripe.js' }]} />;
}
` }],
        },
      ],
    },
    {
      // Stripe.js v2 written into the page as a script tag (real-world batch AR: a Magento module's loader), by
      // document.write / writeln or jQuery, which runs the scripts it inserts; the v3 one is fine
      code: `document.write('<script src="https://js.stripe.com/v2/"><\\/script>');
window.document.writeln("<script type='text/javascript' src='https://js.stripe.com/v1/'></script>");
$('head').append('<script src="https://js.stripe.com/v2/stripe.js"></script>');
document.write('<script src="https://js.stripe.com/v3/"><\\/script>');
`,
      filename: 'js/stripe.api.js',
      output: null,
      errors: [
        {
          messageId: 'stripeJsV2Script', line: 1, column: 30, endLine: 1, endColumn: 55,
          suggestions: [{ messageId: 'useCurrentStripeJs', data: { current: 'https://js.stripe.com/dahlia/stripe.js' }, output: `document.write('<script src="https://js.stripe.com/dahlia/stripe.js"><\\/script>');
window.document.writeln("<script type='text/javascript' src='https://js.stripe.com/v1/'></script>");
$('head').append('<script src="https://js.stripe.com/v2/stripe.js"></script>');
document.write('<script src="https://js.stripe.com/v3/"><\\/script>');
` }],
        },
        {
          messageId: 'stripeJsV2Script', line: 2, column: 62, endLine: 2, endColumn: 87,
          suggestions: [{ messageId: 'useCurrentStripeJs', data: { current: 'https://js.stripe.com/dahlia/stripe.js' }, output: `document.write('<script src="https://js.stripe.com/v2/"><\\/script>');
window.document.writeln("<script type='text/javascript' src='https://js.stripe.com/dahlia/stripe.js'></script>");
$('head').append('<script src="https://js.stripe.com/v2/stripe.js"></script>');
document.write('<script src="https://js.stripe.com/v3/"><\\/script>');
` }],
        },
        {
          messageId: 'stripeJsV2Script', line: 3, column: 32, endLine: 3, endColumn: 66,
          suggestions: [{ messageId: 'useCurrentStripeJs', data: { current: 'https://js.stripe.com/dahlia/stripe.js' }, output: `document.write('<script src="https://js.stripe.com/v2/"><\\/script>');
window.document.writeln("<script type='text/javascript' src='https://js.stripe.com/v1/'></script>");
$('head').append('<script src="https://js.stripe.com/dahlia/stripe.js"></script>');
document.write('<script src="https://js.stripe.com/v3/"><\\/script>');
` }],
        },
      ],
    },
    {
      // ...also written by concatenation: the tag split so that old parsers of inline scripts would not end the enclosing
      // one (a script URL held in a variable is a hole, not judged)
      code: `// The legacy loader: the tag split so that old inline-script parsers would not close the enclosing block
document.write('<scr' + 'ipt type="text/javascript" src="https://js.stripe.com/v2/"></scr' + 'ipt>');
document.write('<scr' + 'ipt src="' + STRIPE_JS + '"></scr' + 'ipt>');
`,
      filename: 'js/loader.js',
      output: null,
      errors: [
        {
          messageId: 'stripeJsV2Script', line: 2, column: 58, endLine: 2, endColumn: 83,
          suggestions: [{ messageId: 'useCurrentStripeJs', data: { current: 'https://js.stripe.com/dahlia/stripe.js' }, output: `// The legacy loader: the tag split so that old inline-script parsers would not close the enclosing block
document.write('<scr' + 'ipt type="text/javascript" src="https://js.stripe.com/dahlia/stripe.js"></scr' + 'ipt>');
document.write('<scr' + 'ipt src="' + STRIPE_JS + '"></scr' + 'ipt>');
` }],
        },
      ],
    },
    {
      // Wrappers of the v2 global (real-world batch AD): angular-stripe's injected \`stripe\` service and
      // ember-stripe-service's \`this.stripe\` expose its \`card\` / \`bankAccount\` namespaces, which no v3 instance has
      code: `angular.module('shop', ['angular-stripe'])
  .config(function (stripeProvider) { stripeProvider.setPublishableKey(window.STRIPE_PK); })
  .controller('PaymentController', function ($scope, $http, stripe) {
    $scope.charge = function () {
      return stripe.card.createToken($scope.payment.card).then(function (token) {
        return $http.post('/payments', { token: token.id });
      });
    };
  });

export default Service.extend({
  payout(account) {
    return this.stripe.bankAccount.createToken(account);
  },
});
`,
      filename: 'app/scripts/payments.js',
      output: null,
      errors: [
        {
          messageId: 'stripeJsV2Api',
          data: { api: 'stripe.card.createToken', replacement: PAYMENT_ELEMENT },
          line: 5,
          column: 14,
          endLine: 5,
          endColumn: 37,
        },
        {
          messageId: 'stripeJsV2Api',
          data: { api: 'this.stripe.bankAccount.createToken', replacement: "the Payment Element (bank debits are payment methods there) or `stripe.createToken('bank_account', …)`" },
          line: 13,
          column: 12,
          endLine: 13,
          endColumn: 47,
        },
      ],
    },
    {
      // ...also read through Ember's getter (frequency study 292: classic Ember controllers tokenising the card with
      // ember-stripe-service, \`this.get('stripe')\`)
      code: `import Controller from '@ember/controller';
import { inject as service } from '@ember/service';

export default Controller.extend({
  stripe: service(),
  actions: {
    save() {
      const { number, cvc, exp_month, exp_year } = this.getProperties('number', 'cvc', 'exp_month', 'exp_year');
      return this.get('stripe').card.createToken({ number, cvc, exp_month, exp_year })
        .then((res) => this.get('user').set('stripeCardToken', res.id));
    },
  },
});
`,
      filename: 'app/controllers/billing.js',
      output: null,
      errors: [
        {
          messageId: 'stripeJsV2Api',
          data: { api: "this.get('stripe').card.createToken", replacement: PAYMENT_ELEMENT },
          line: 9,
          column: 14,
          endLine: 9,
          endColumn: 49,
        },
      ],
    },
    {
      // ...and its \`source\` namespace: a crowdfunding site's checkout creating a card source on the wrapper it is
      // handed (real-world batch FB); a stripe-node client's \`sources\` is not it
      code: `export function payWithCard(stripe, values, onSource) {
  stripe.source.create(
    {
      type: 'card',
      currency: 'CHF',
      card: { number: values.cardNumber, cvc: values.cardCVC, exp_month: values.cardMonth, exp_year: values.cardYear },
    },
    (status, source) => onSource(status, source),
  );
}

export async function payWithWechat(stripeClient, order) {
  return stripeClient.sources.create({ type: 'wechat', amount: order.total, currency: 'chf' });
}
`,
      filename: 'src/components/Payment/Submit.js',
      output: null,
      errors: [
        {
          messageId: 'stripeJsV2Api',
          data: { api: 'stripe.source.create', replacement: 'PaymentMethods: `stripe.confirmPayment({ elements })` or `stripe.createPaymentMethod({ elements })` (Sources are removed in Stripe.js v9)' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 23,
        },
      ],
    },
    {
      // RequireJS loads Stripe.js v1 / v2 as AMD dependencies (real-world batch AD: a donation site's services, a
      // Backbone app's checkout); v3 and other modules are not reported
      code: `require.config({ paths: { stripe: 'https://js.stripe.com/v2/stripe' } });
define('Stripe', ['noext!https://js.stripe.com/v1/'], function () { return window.Stripe; });
define(['jquery', 'https://js.stripe.com/v3/'], function ($) { return $; });
`,
      filename: 'public/js/main.js',
      output: null,
      errors: [
        {
          messageId: 'stripeJsV2Script',
          data: { url: 'https://js.stripe.com/v2/stripe', version: 'v2', current: CURRENT },
          line: 1,
          column: 35,
          endLine: 1,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'useCurrentStripeJs',
              data: { current: CURRENT },
              output: `require.config({ paths: { stripe: '${CURRENT}' } });
define('Stripe', ['noext!https://js.stripe.com/v1/'], function () { return window.Stripe; });
define(['jquery', 'https://js.stripe.com/v3/'], function ($) { return $; });
`,
            },
          ],
        },
        {
          messageId: 'stripeJsV2Script',
          data: { url: 'https://js.stripe.com/v1/', version: 'v1', current: CURRENT },
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'useCurrentStripeJs',
              data: { current: CURRENT },
              output: `require.config({ paths: { stripe: 'https://js.stripe.com/v2/stripe' } });
define('Stripe', ['noext!${CURRENT}'], function () { return window.Stripe; });
define(['jquery', 'https://js.stripe.com/v3/'], function ($) { return $; });
`,
            },
          ],
        },
      ],
    },
    {
      // jQuery checkout page on Stripe.js v2 (stripe.com/docs/stripe.js v2 reference)
      code: `Stripe.setPublishableKey('pk_test_6pRNASCoBOKtIshFeQd4XMUh');

$(function () {
  $('#payment-form').submit(function (event) {
    var $form = $(this);
    $form.find('.submit').prop('disabled', true);
    Stripe.card.createToken($form, stripeResponseHandler);
    return false;
  });
});
`,
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.setPublishableKey', replacement: SET_KEY }, line: 1, column: 1, endLine: 1, endColumn: 25,
          suggestions: [
          { messageId: 'useStripeInstance', data: { name: 'stripe', factory: 'Stripe' }, output: `const stripe = Stripe('pk_test_6pRNASCoBOKtIshFeQd4XMUh');

$(function () {
  $('#payment-form').submit(function (event) {
    var $form = $(this);
    $form.find('.submit').prop('disabled', true);
    Stripe.card.createToken($form, stripeResponseHandler);
    return false;
  });
});
` },
          ],
        },
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.card.createToken', replacement: PAYMENT_ELEMENT }, line: 7, column: 5, endLine: 7, endColumn: 28,
          suggestions: [],
        },
      ],
    },
    {
      // Stripe.js v1: top-level createToken with raw card fields
      code: `Stripe.createToken({
  number: $('.card-number').val(),
  cvc: $('.card-cvc').val(),
  exp_month: $('.card-expiry-month').val(),
  exp_year: $('.card-expiry-year').val(),
}, handleResponse);
`,
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.createToken', replacement: PAYMENT_ELEMENT }, line: 1, column: 1, endLine: 1, endColumn: 19,
          suggestions: [],
        },
      ],
    },
    {
      // validation helpers, namespaced and top-level (DefinitelyTyped stripe-v2)
      code: `export function validateCard(form: CardForm): string[] {
  const errors: string[] = [];
  if (!Stripe.card.validateCardNumber(form.number)) errors.push('number');
  if (!Stripe.card.validateExpiry(form.month, form.year)) errors.push('expiry');
  if (!Stripe.validateCVC(form.cvc)) errors.push('cvc');
  form.brand = Stripe.cardType(form.number);
  return errors;
}
`,
      output: null,
      errors: [
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.card.validateCardNumber', replacement: VALIDATION }, line: 3, column: 8, endLine: 3, endColumn: 38,
          suggestions: [],
        },
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.card.validateExpiry', replacement: VALIDATION }, line: 4, column: 8, endLine: 4, endColumn: 34,
          suggestions: [],
        },
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.validateCVC', replacement: VALIDATION }, line: 5, column: 8, endLine: 5, endColumn: 26,
          suggestions: [],
        },
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.cardType', replacement: VALIDATION }, line: 6, column: 16, endLine: 6, endColumn: 31,
          suggestions: [],
        },
      ],
    },
    {
      // bank accounts, PII, Sources, Apple Pay, getToken
      code: `Stripe.bankAccount.createToken($form, onBankToken);
Stripe.piiData.createToken({ personal_id_number: ssn }, onPiiToken);
Stripe.source.create({ type: 'ideal', amount: 1099, currency: 'eur' }, onSource);
Stripe.applePay.checkAvailability((available) => toggle(available));
Stripe.getToken(tokenId, onToken);
`,
      output: null,
      errors: [
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.bankAccount.createToken', replacement: "the Payment Element (bank debits are payment methods there) or `stripe.createToken('bank_account', …)`" }, line: 1, column: 1, endLine: 1, endColumn: 31,
          suggestions: [],
        },
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.piiData.createToken', replacement: "`stripe.createToken('pii', { personal_id_number })`" }, line: 2, column: 1, endLine: 2, endColumn: 27,
          suggestions: [],
        },
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.source.create', replacement: "PaymentMethods: `stripe.confirmPayment({ elements })` or `stripe.createPaymentMethod({ elements })` (Sources are removed in Stripe.js v9)" }, line: 3, column: 1, endLine: 3, endColumn: 21,
          suggestions: [],
        },
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.applePay.checkAvailability', replacement: 'the Express Checkout Element or the Payment Element, which offer Apple Pay themselves' }, line: 4, column: 1, endLine: 4, endColumn: 34,
          suggestions: [],
        },
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.getToken', replacement: "retrieve the token on your server (`stripe.tokens.retrieve(id)` in stripe-node)" }, line: 5, column: 1, endLine: 5, endColumn: 16,
          suggestions: [],
        },
      ],
    },
    {
      // through window / globalThis / self, TS wrappers, optional chaining and computed keys
      code: `(window as any).Stripe.setPublishableKey(config.publishableKey);
window.Stripe?.card?.createToken(cardData, onToken);
globalThis['Stripe'].card.validateCVC(cvc);
self.Stripe!.createToken(card, onToken);
Stripe['setPublishableKey'](key);
`,
      output: null,
      errors: [
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.setPublishableKey', replacement: SET_KEY }, line: 1, column: 1, endLine: 1, endColumn: 41,
          suggestions: [
          { messageId: 'useStripeInstance', data: { name: 'stripe', factory: '(window as any).Stripe' }, output: `const stripe = (window as any).Stripe(config.publishableKey);
window.Stripe?.card?.createToken(cardData, onToken);
globalThis['Stripe'].card.validateCVC(cvc);
self.Stripe!.createToken(card, onToken);
Stripe['setPublishableKey'](key);
` },
          ],
        },
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.card.createToken', replacement: PAYMENT_ELEMENT }, line: 2, column: 1, endLine: 2, endColumn: 33,
          suggestions: [],
        },
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.card.validateCVC', replacement: VALIDATION }, line: 3, column: 1, endLine: 3, endColumn: 38,
          suggestions: [],
        },
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.createToken', replacement: PAYMENT_ELEMENT }, line: 4, column: 1, endLine: 4, endColumn: 25,
          suggestions: [],
        },
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.setPublishableKey', replacement: SET_KEY }, line: 5, column: 1, endLine: 5, endColumn: 28,
          suggestions: [
          { messageId: 'useStripeInstance', data: { name: 'stripe', factory: 'Stripe' }, output: `(window as any).Stripe.setPublishableKey(config.publishableKey);
window.Stripe?.card?.createToken(cardData, onToken);
globalThis['Stripe'].card.validateCVC(cvc);
self.Stripe!.createToken(card, onToken);
const stripe = Stripe(key);
` },
          ],
        },
      ],
    },
    {
      // an ambient declaration describes the global; a const alias is followed
      code: `declare const Stripe: any;
Stripe.setPublishableKey(process.env.STRIPE_PUBLISHABLE_KEY!);

const StripeV2 = window.Stripe;
export function tokenize(card: RawCard, done: (status: number, response: unknown) => void) {
  StripeV2.card.createToken(card, done);
}
`,
      output: null,
      errors: [
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.setPublishableKey', replacement: SET_KEY }, line: 2, column: 1, endLine: 2, endColumn: 25,
          suggestions: [
          { messageId: 'useStripeInstance', data: { name: 'stripe', factory: 'Stripe' }, output: `declare const Stripe: any;
const stripe = Stripe(process.env.STRIPE_PUBLISHABLE_KEY!);

const StripeV2 = window.Stripe;
export function tokenize(card: RawCard, done: (status: number, response: unknown) => void) {
  StripeV2.card.createToken(card, done);
}
` },
          ],
        },
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.card.createToken', replacement: PAYMENT_ELEMENT }, line: 6, column: 3, endLine: 6, endColumn: 28,
          suggestions: [],
        },
      ],
    },
    {
      // setPublishableKey suggestion: free name, inside functions, not where a declaration cannot stand
      code: `export class PaymentPage {
  init(stripe: unknown, key: string) {
    Stripe.setPublishableKey(key);
  }
}
if (live) Stripe.setPublishableKey(LIVE_KEY);
ready && Stripe.setPublishableKey(TEST_KEY);
Stripe.setPublishableKey(...keys);
`,
      output: null,
      errors: [
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.setPublishableKey', replacement: SET_KEY }, line: 3, column: 5, endLine: 3, endColumn: 29,
          suggestions: [
          { messageId: 'useStripeInstance', data: { name: 'stripeJs', factory: 'Stripe' }, output: `export class PaymentPage {
  init(stripe: unknown, key: string) {
    const stripeJs = Stripe(key);
  }
}
if (live) Stripe.setPublishableKey(LIVE_KEY);
ready && Stripe.setPublishableKey(TEST_KEY);
Stripe.setPublishableKey(...keys);
` },
          ],
        },
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.setPublishableKey', replacement: SET_KEY }, line: 6, column: 11, endLine: 6, endColumn: 35,
          suggestions: [],
        },
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.setPublishableKey', replacement: SET_KEY }, line: 7, column: 10, endLine: 7, endColumn: 34,
          suggestions: [],
        },
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.setPublishableKey', replacement: SET_KEY }, line: 8, column: 1, endLine: 8, endColumn: 25,
          suggestions: [],
        },
      ],
    },
    {
      // Next.js custom document and next/script
      code: `import Script from 'next/script';
import { Head, Html, Main, NextScript } from 'next/document';

export default function Document() {
  return (
    <Html>
      <Head>
        <script src="https://js.stripe.com/v2/" />
      </Head>
      <body>
        <Main />
        <NextScript />
        <Script src={'https://js.stripe.com/v1/'} strategy="beforeInteractive" />
      </body>
    </Html>
  );
}
`,
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [
        {
          messageId: 'stripeJsV2Script', data: { url: 'https://js.stripe.com/v2/', version: 'v2', current: CURRENT }, line: 8, column: 21, endLine: 8, endColumn: 48,
          suggestions: [
          { messageId: 'useCurrentStripeJs', data: { current: CURRENT }, output: `import Script from 'next/script';
import { Head, Html, Main, NextScript } from 'next/document';

export default function Document() {
  return (
    <Html>
      <Head>
        <script src="https://js.stripe.com/dahlia/stripe.js" />
      </Head>
      <body>
        <Main />
        <NextScript />
        <Script src={'https://js.stripe.com/v1/'} strategy="beforeInteractive" />
      </body>
    </Html>
  );
}
` },
          ],
        },
        {
          messageId: 'stripeJsV2Script', data: { url: 'https://js.stripe.com/v1/', version: 'v1', current: CURRENT }, line: 13, column: 22, endLine: 13, endColumn: 49,
          suggestions: [
          { messageId: 'useCurrentStripeJs', data: { current: CURRENT }, output: `import Script from 'next/script';
import { Head, Html, Main, NextScript } from 'next/document';

export default function Document() {
  return (
    <Html>
      <Head>
        <script src="https://js.stripe.com/v2/" />
      </Head>
      <body>
        <Main />
        <NextScript />
        <Script src={'https://js.stripe.com/dahlia/stripe.js'} strategy="beforeInteractive" />
      </body>
    </Html>
  );
}
` },
          ],
        },
      ],
    },
    {
      // DOM script injection: .src, setAttribute, http and protocol-relative URLs
      code: `export function loadStripeV2(onLoad: () => void): void {
  const script = document.createElement('script');
  script.src = 'https://js.stripe.com/v2/';
  script.onload = onLoad;
  document.head.appendChild(script);
}
const legacy = document.createElement('script');
legacy.setAttribute('src', \`//js.stripe.com/v1/\`);
legacy['src'] = "http://js.stripe.com/v2";
`,
      output: null,
      errors: [
        {
          messageId: 'stripeJsV2Script', data: { url: 'https://js.stripe.com/v2/', version: 'v2', current: CURRENT }, line: 3, column: 16, endLine: 3, endColumn: 43,
          suggestions: [
          { messageId: 'useCurrentStripeJs', data: { current: CURRENT }, output: `export function loadStripeV2(onLoad: () => void): void {
  const script = document.createElement('script');
  script.src = 'https://js.stripe.com/dahlia/stripe.js';
  script.onload = onLoad;
  document.head.appendChild(script);
}
const legacy = document.createElement('script');
legacy.setAttribute('src', \`//js.stripe.com/v1/\`);
legacy['src'] = "http://js.stripe.com/v2";
` },
          ],
        },
        {
          messageId: 'stripeJsV2Script', data: { url: '//js.stripe.com/v1/', version: 'v1', current: CURRENT }, line: 8, column: 28, endLine: 8, endColumn: 49,
          suggestions: [
          { messageId: 'useCurrentStripeJs', data: { current: CURRENT }, output: `export function loadStripeV2(onLoad: () => void): void {
  const script = document.createElement('script');
  script.src = 'https://js.stripe.com/v2/';
  script.onload = onLoad;
  document.head.appendChild(script);
}
const legacy = document.createElement('script');
legacy.setAttribute('src', \`https://js.stripe.com/dahlia/stripe.js\`);
legacy['src'] = "http://js.stripe.com/v2";
` },
          ],
        },
        {
          messageId: 'stripeJsV2Script', data: { url: 'http://js.stripe.com/v2', version: 'v2', current: CURRENT }, line: 9, column: 17, endLine: 9, endColumn: 42,
          suggestions: [
          { messageId: 'useCurrentStripeJs', data: { current: CURRENT }, output: `export function loadStripeV2(onLoad: () => void): void {
  const script = document.createElement('script');
  script.src = 'https://js.stripe.com/v2/';
  script.onload = onLoad;
  document.head.appendChild(script);
}
const legacy = document.createElement('script');
legacy.setAttribute('src', \`//js.stripe.com/v1/\`);
legacy['src'] = "https://js.stripe.com/dahlia/stripe.js";
` },
          ],
        },
      ],
    },
    {
      // script loaders, consts, concatenation and template prefixes
      code: `import loadScript from 'load-script';
const STRIPE_V2_URL = 'https://js.stripe.com/v2/';

loadScript(STRIPE_V2_URL, (err) => err && report(err));
$.getScript('https://js.stripe.com/' + 'v2/', onReady);
jQuery.getScript(\`https://js.stripe.com/v2/?lang=\${lang}\`);
export const useStripeV1 = () => useScript({ src: 'https://js.stripe.com/v1/' });
const mod = await import('https://js.stripe.com/v2/');
`,
      output: null,
      errors: [
        {
          messageId: 'stripeJsV2Script', data: { url: 'https://js.stripe.com/v2/', version: 'v2', current: CURRENT }, line: 4, column: 12, endLine: 4, endColumn: 25,
          suggestions: [
          { messageId: 'useCurrentStripeJs', data: { current: CURRENT }, output: `import loadScript from 'load-script';
const STRIPE_V2_URL = 'https://js.stripe.com/dahlia/stripe.js';

loadScript(STRIPE_V2_URL, (err) => err && report(err));
$.getScript('https://js.stripe.com/' + 'v2/', onReady);
jQuery.getScript(\`https://js.stripe.com/v2/?lang=\${lang}\`);
export const useStripeV1 = () => useScript({ src: 'https://js.stripe.com/v1/' });
const mod = await import('https://js.stripe.com/v2/');
` },
          ],
        },
        {
          messageId: 'stripeJsV2Script', data: { url: 'https://js.stripe.com/v2/', version: 'v2', current: CURRENT }, line: 5, column: 13, endLine: 5, endColumn: 45,
          suggestions: [],
        },
        {
          messageId: 'stripeJsV2Script', data: { url: 'https://js.stripe.com/v2/', version: 'v2', current: CURRENT }, line: 6, column: 18, endLine: 6, endColumn: 58,
          suggestions: [
          { messageId: 'useCurrentStripeJs', data: { current: CURRENT }, output: `import loadScript from 'load-script';
const STRIPE_V2_URL = 'https://js.stripe.com/v2/';

loadScript(STRIPE_V2_URL, (err) => err && report(err));
$.getScript('https://js.stripe.com/' + 'v2/', onReady);
jQuery.getScript(\`https://js.stripe.com/dahlia/stripe.js?lang=\${lang}\`);
export const useStripeV1 = () => useScript({ src: 'https://js.stripe.com/v1/' });
const mod = await import('https://js.stripe.com/v2/');
` },
          ],
        },
        {
          messageId: 'stripeJsV2Script', data: { url: 'https://js.stripe.com/v1/', version: 'v1', current: CURRENT }, line: 7, column: 51, endLine: 7, endColumn: 78,
          suggestions: [
          { messageId: 'useCurrentStripeJs', data: { current: CURRENT }, output: `import loadScript from 'load-script';
const STRIPE_V2_URL = 'https://js.stripe.com/v2/';

loadScript(STRIPE_V2_URL, (err) => err && report(err));
$.getScript('https://js.stripe.com/' + 'v2/', onReady);
jQuery.getScript(\`https://js.stripe.com/v2/?lang=\${lang}\`);
export const useStripeV1 = () => useScript({ src: 'https://js.stripe.com/dahlia/stripe.js' });
const mod = await import('https://js.stripe.com/v2/');
` },
          ],
        },
        {
          messageId: 'stripeJsV2Script', data: { url: 'https://js.stripe.com/v2/', version: 'v2', current: CURRENT }, line: 8, column: 26, endLine: 8, endColumn: 53,
          suggestions: [
          { messageId: 'useCurrentStripeJs', data: { current: CURRENT }, output: `import loadScript from 'load-script';
const STRIPE_V2_URL = 'https://js.stripe.com/v2/';

loadScript(STRIPE_V2_URL, (err) => err && report(err));
$.getScript('https://js.stripe.com/' + 'v2/', onReady);
jQuery.getScript(\`https://js.stripe.com/v2/?lang=\${lang}\`);
export const useStripeV1 = () => useScript({ src: 'https://js.stripe.com/v1/' });
const mod = await import('https://js.stripe.com/dahlia/stripe.js');
` },
          ],
        },
      ],
    },
    {
      // legacy Checkout: checkout.js embed, StripeCheckout global
      code: `export const PayButton = ({ amount }: { amount: number }) => (
  <form action="/charge" method="POST">
    <script
      src="https://checkout.stripe.com/checkout.js"
      className="stripe-button"
      data-key="pk_test_6pRNASCoBOKtIshFeQd4XMUh"
      data-amount={amount}
    />
  </form>
);

const handler = StripeCheckout.configure({
  key: 'pk_test_6pRNASCoBOKtIshFeQd4XMUh',
  locale: 'auto',
  token: (token: { id: string }) => fetch('/charge', { method: 'POST', body: token.id }),
});
document.getElementById('buy')!.addEventListener('click', () => handler.open({ name: 'Shop', amount: 2000 }));
window.StripeCheckout.open({ key, amount: 500 });
`,
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [
        {
          messageId: 'legacyCheckout', data: { api: 'https://checkout.stripe.com/checkout.js', replacement: CHECKOUT_SESSIONS }, line: 4, column: 11, endLine: 4, endColumn: 52,
          suggestions: [],
        },
        {
          messageId: 'legacyCheckout', data: { api: 'StripeCheckout.configure', replacement: CHECKOUT_SESSIONS }, line: 12, column: 17, endLine: 12, endColumn: 41,
          suggestions: [],
        },
        {
          messageId: 'legacyCheckout', data: { api: 'StripeCheckout.open', replacement: CHECKOUT_SESSIONS }, line: 18, column: 1, endLine: 18, endColumn: 27,
          suggestions: [],
        },
      ],
    },
    {
      // legacy Checkout: script URL in a loader, v2 path
      code: `loadScript('https://checkout.stripe.com/v2/checkout.js');
`,
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'legacyCheckout', data: { api: 'https://checkout.stripe.com/v2/checkout.js', replacement: CHECKOUT_SESSIONS }, line: 1, column: 12, endLine: 1, endColumn: 56,
          suggestions: [],
        },
      ],
    },
    {
      // react-stripe-checkout, every import form
      code: `import StripeCheckout from 'react-stripe-checkout';
import Checkout2 = require('react-stripe-checkout');
export { default as LegacyCheckout } from 'react-stripe-checkout';
const Lazy = React.lazy(() => import('react-stripe-checkout'));

export const Buy = () => <StripeCheckout token={onToken} stripeKey="pk_test_6pRNASCoBOKtIshFeQd4XMUh" />;
`,
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [
        {
          messageId: 'legacyCheckout', data: { api: "import … from 'react-stripe-checkout'", replacement: CHECKOUT_SESSIONS }, line: 1, column: 28, endLine: 1, endColumn: 51,
          suggestions: [],
        },
        {
          messageId: 'legacyCheckout', data: { api: "import … = require('react-stripe-checkout')", replacement: CHECKOUT_SESSIONS }, line: 2, column: 28, endLine: 2, endColumn: 51,
          suggestions: [],
        },
        {
          messageId: 'legacyCheckout', data: { api: "export … from 'react-stripe-checkout'", replacement: CHECKOUT_SESSIONS }, line: 3, column: 43, endLine: 3, endColumn: 66,
          suggestions: [],
        },
        {
          messageId: 'legacyCheckout', data: { api: "import('react-stripe-checkout')", replacement: CHECKOUT_SESSIONS }, line: 4, column: 38, endLine: 4, endColumn: 61,
          suggestions: [],
        },
      ],
    },
    {
      // react-stripe-checkout in CommonJS
      code: `const StripeCheckout = require('react-stripe-checkout');
module.exports = StripeCheckout;
`,
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'legacyCheckout', data: { api: "require('react-stripe-checkout')", replacement: CHECKOUT_SESSIONS }, line: 1, column: 32, endLine: 1, endColumn: 55,
          suggestions: [],
        },
      ],
    },
    {
      // jquery.payment: plugin commands, $.payment functions, imports
      code: `import $ from 'jquery';
import 'jquery.payment';

$('input.cc-num').payment('formatCardNumber');
$('input.cc-exp').payment('formatCardExpiry');
$('input.cc-cvc').payment('formatCardCVC');
$('[data-numeric]').payment('restrictNumeric');
const valid = $.payment.validateCardNumber($('input.cc-num').val());
const type = jQuery.payment.cardType(number);
window.$.payment.validateCardCVC(cvc, type);
`,
      output: null,
      errors: [
        {
          messageId: 'jqueryPayment', data: { api: "import 'jquery.payment'" }, line: 2, column: 8, endLine: 2, endColumn: 24,
          suggestions: [],
        },
        {
          messageId: 'jqueryPayment', data: { api: ".payment('formatCardNumber')" }, line: 4, column: 19, endLine: 4, endColumn: 46,
          suggestions: [],
        },
        {
          messageId: 'jqueryPayment', data: { api: ".payment('formatCardExpiry')" }, line: 5, column: 19, endLine: 5, endColumn: 46,
          suggestions: [],
        },
        {
          messageId: 'jqueryPayment', data: { api: ".payment('formatCardCVC')" }, line: 6, column: 19, endLine: 6, endColumn: 43,
          suggestions: [],
        },
        {
          messageId: 'jqueryPayment', data: { api: ".payment('restrictNumeric')" }, line: 7, column: 21, endLine: 7, endColumn: 47,
          suggestions: [],
        },
        {
          messageId: 'jqueryPayment', data: { api: '$.payment.validateCardNumber' }, line: 8, column: 15, endLine: 8, endColumn: 43,
          suggestions: [],
        },
        {
          messageId: 'jqueryPayment', data: { api: 'jQuery.payment.cardType' }, line: 9, column: 14, endLine: 9, endColumn: 37,
          suggestions: [],
        },
        {
          messageId: 'jqueryPayment', data: { api: '$.payment.validateCardCVC' }, line: 10, column: 1, endLine: 10, endColumn: 33,
          suggestions: [],
        },
      ],
    },
    {
      // jquery.payment through require
      code: `require('jquery.payment');
`,
      languageOptions: { parser: espree },
      output: null,
      errors: [
        {
          messageId: 'jqueryPayment', data: { api: "require('jquery.payment')" }, line: 1, column: 9, endLine: 1, endColumn: 25,
          suggestions: [],
        },
      ],
    },
    {
      // scriptLoaders option: a project helper that injects script tags
      code: `import { injectVendorScript } from './vendor';
await injectVendorScript('https://js.stripe.com/v2/', { async: true });
`,
      options: [{'scriptLoaders':['injectVendorScript']}],
      output: null,
      errors: [
        {
          messageId: 'stripeJsV2Script', data: { url: 'https://js.stripe.com/v2/', version: 'v2', current: CURRENT }, line: 2, column: 26, endLine: 2, endColumn: 53,
          suggestions: [
          { messageId: 'useCurrentStripeJs', data: { current: CURRENT }, output: `import { injectVendorScript } from './vendor';
await injectVendorScript('https://js.stripe.com/dahlia/stripe.js', { async: true });
` },
          ],
        },
      ],
    },
    {
      // TS satisfies around the global
      code: `interface StripeV2Static { card: { createToken(data: object, cb: (s: number, r: object) => void): void } }
(window.Stripe satisfies StripeV2Static).card.createToken(cardData, onToken);
`,
      output: null,
      errors: [
        {
          messageId: 'stripeJsV2Api', data: { api: 'Stripe.card.createToken', replacement: PAYMENT_ELEMENT }, line: 2, column: 1, endLine: 2, endColumn: 58,
          suggestions: [],
        },
      ],
    },

    {
      // Every shape the narrowed listeners must still see: TS-wrapped, computed and optional callees, `$` names, a
      // loader package bound to any name, project loaders (one only reachable as a computed member), a computed `src`
      // assignment, a computed v2 member, an upper-case JSX `SRC`.
      code: `import inject from 'load-script';
const V2 = 'https://js.stripe.com/' + 'v2/';
(loadScript as (url: string) => void)(V2);
window['loadScript'](V2);
$script(V2, 'stripe');
inject(V2);
loader?.loadScript?.(V2);
$load(V2);
loaders['load-stripe'](V2);
(document.createElement('script') as HTMLScriptElement)['src'] = V2;
Stripe['card'].createToken(form, handler);
export const Legacy = () => <script SRC={V2} />;
`,
      options: [{ scriptLoaders: ['$load', 'load-stripe'] }],
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      output: null,
      errors: [
        { messageId: 'stripeJsV2Script', data: { url: 'https://js.stripe.com/v2/', version: 'v2', current: CURRENT }, line: 3, column: 39, endLine: 3, endColumn: 41, suggestions: [] },
        { messageId: 'stripeJsV2Script', data: { url: 'https://js.stripe.com/v2/', version: 'v2', current: CURRENT }, line: 4, column: 22, endLine: 4, endColumn: 24, suggestions: [] },
        { messageId: 'stripeJsV2Script', data: { url: 'https://js.stripe.com/v2/', version: 'v2', current: CURRENT }, line: 5, column: 9, endLine: 5, endColumn: 11, suggestions: [] },
        { messageId: 'stripeJsV2Script', data: { url: 'https://js.stripe.com/v2/', version: 'v2', current: CURRENT }, line: 6, column: 8, endLine: 6, endColumn: 10, suggestions: [] },
        { messageId: 'stripeJsV2Script', data: { url: 'https://js.stripe.com/v2/', version: 'v2', current: CURRENT }, line: 7, column: 22, endLine: 7, endColumn: 24, suggestions: [] },
        { messageId: 'stripeJsV2Script', data: { url: 'https://js.stripe.com/v2/', version: 'v2', current: CURRENT }, line: 8, column: 7, endLine: 8, endColumn: 9, suggestions: [] },
        { messageId: 'stripeJsV2Script', data: { url: 'https://js.stripe.com/v2/', version: 'v2', current: CURRENT }, line: 9, column: 24, endLine: 9, endColumn: 26, suggestions: [] },
        { messageId: 'stripeJsV2Script', data: { url: 'https://js.stripe.com/v2/', version: 'v2', current: CURRENT }, line: 10, column: 66, endLine: 10, endColumn: 68, suggestions: [] },
        { messageId: 'stripeJsV2Api', data: { api: 'Stripe.card.createToken', replacement: PAYMENT_ELEMENT }, line: 11, column: 1, endLine: 11, endColumn: 27, suggestions: [] },
        { messageId: 'stripeJsV2Script', data: { url: 'https://js.stripe.com/v2/', version: 'v2', current: CURRENT }, line: 12, column: 42, endLine: 12, endColumn: 44, suggestions: [] },
      ],
    },
  ],
});
