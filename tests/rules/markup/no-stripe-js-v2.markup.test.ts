import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-stripe-js-v2.js';
import { html, svelte, vue } from './parsers.js';

const ruleTester = new RuleTester();
const CURRENT = 'https://js.stripe.com/dahlia/stripe.js';
const CHECKOUT_SESSIONS =
  'Checkout Sessions (`stripe.checkout.sessions.create` on the server, then redirect to `session.url`), embedded Checkout, or Payment Links';

const V2 = 'https://js.stripe.com/v2/';
const V1 = 'https://js.stripe.com/v1/';
/** A Rails layout whose `javascript_include_tag` calls load `first` (single-quoted, with options) and `second`. */
const railsLayout = (first: string, second: string): string => `<head>
  <%= javascript_include_tag '${first}', 'application', 'data-turbolinks-track' => true %>
  <%= javascript_include_tag("${second}") %>
</head>`;

ruleTester.run('no-stripe-js-v2 (HTML, Vue, Svelte)', rule, {
  valid: [
    // Svelte: v3 in \`<svelte:head>\`; a version written by an expression is unknown (limitation)
    {
      code: '<svelte:head>\n  <script src="https://js.stripe.com/v3/"></script>\n  <script src="https://js.stripe.com/{version}/"></script>\n</svelte:head>',
      filename: 'Layout.svelte',
      languageOptions: svelte,
    },
    { code: '<script src="https://js.stripe.com/v3/"></script>', languageOptions: html },
    { code: '<script src="https://connect-js.stripe.com/v1.0/connect.js" async></script>', languageOptions: html },
    { code: '<link rel="preconnect" href="https://js.stripe.com/v2/">', languageOptions: html },
    // limitation: the URL comes from the template engine.
    { code: '<script src="{{ STRIPE_JS_URL }}"></script>', languageOptions: html },
    // Inline code is JavaScript: the `html` processor lints it as its own block, not the page.
    { code: '<script>Stripe.setPublishableKey("pk_test_x");</script>', languageOptions: html },
    { code: '<template><script :src="stripeUrl"></script></template>', languageOptions: vue },
    // Rails view helpers: the current Stripe.js, the app's own packs, option values, a URL in a `<% %>` (no output).
    {
      code: `<%= javascript_include_tag 'https://js.stripe.com/v3/', 'application', 'data-turbo-track': 'reload' %>
<%= javascript_include_tag "application", defer: true, 'data-src' => 'https://js.stripe.com/v2/' %>
<% legacy = 'https://js.stripe.com/v2/' %>
<%= link_to 'Stripe.js v2 docs', 'https://js.stripe.com/v2/' %>`,
      languageOptions: html,
    },
    // limitation: a source built by interpolation is not judged.
    { code: '<%= javascript_include_tag "https://js.stripe.com/#{version}/" %>', languageOptions: html },
    { code: '<template><div /></template>\n<script>\nexport default { mounted() { loadStripe(key); } };\n</script>', languageOptions: vue },
  ],
  invalid: [
    {
      // A template block after \`src\` can only add attributes: the browser keeps the \`src\` written first
      code: '<script src="https://js.stripe.com/v2/" {% if defer %}defer{% endif %}></script>',
      languageOptions: html,
      errors: [
        {
          messageId: 'stripeJsV2Script',
          data: { url: 'https://js.stripe.com/v2/', version: 'v2', current: CURRENT },
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'useCurrentStripeJs',
              data: { current: CURRENT },
              output: `<script src="${CURRENT}" {% if defer %}defer{% endif %}></script>`,
            },
          ],
        },
      ],
    },
    {
      // Svelte: Stripe.js v2 and legacy Checkout loaded from \`<svelte:head>\`, the latter through a \`{'…'}\` value
      code: `<svelte:head>
  <script src="https://js.stripe.com/v2/"></script>
  <script src={'https://checkout.stripe.com/checkout.js'}></script>
</svelte:head>`,
      filename: 'Layout.svelte',
      languageOptions: svelte,
      errors: [
        {
          messageId: 'stripeJsV2Script',
          data: { url: 'https://js.stripe.com/v2/', version: 'v2', current: CURRENT },
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'useCurrentStripeJs',
              data: { current: CURRENT },
              output: `<svelte:head>
  <script src="${CURRENT}"></script>
  <script src={'https://checkout.stripe.com/checkout.js'}></script>
</svelte:head>`,
            },
          ],
        },
        {
          messageId: 'legacyCheckout',
          data: { api: 'https://checkout.stripe.com/checkout.js', replacement: CHECKOUT_SESSIONS },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 58,
        },
      ],
    },
    {
      code: `<head>
  <script type="text/javascript" src="https://js.stripe.com/v2/"></script>
</head>`,
      languageOptions: html,
      errors: [
        {
          messageId: 'stripeJsV2Script',
          data: { url: 'https://js.stripe.com/v2/', version: 'v2', current: CURRENT },
          line: 2,
          column: 39,
          endLine: 2,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'useCurrentStripeJs',
              data: { current: CURRENT },
              output: `<head>
  <script type="text/javascript" src="${CURRENT}"></script>
</head>`,
            },
          ],
        },
      ],
    },
    {
      // Rails: `javascript_include_tag` renders a `<script src>` for each source.
      code: railsLayout(V2, V1),
      languageOptions: html,
      errors: [
        {
          messageId: 'stripeJsV2Script',
          data: { url: 'https://js.stripe.com/v2/', version: 'v2', current: CURRENT },
          line: 2,
          column: 31,
          endLine: 2,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useCurrentStripeJs',
              data: { current: CURRENT },
              output: railsLayout(CURRENT, V1),
            },
          ],
        },
        {
          messageId: 'stripeJsV2Script',
          data: { url: 'https://js.stripe.com/v1/', version: 'v1', current: CURRENT },
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useCurrentStripeJs',
              data: { current: CURRENT },
              output: railsLayout(V2, CURRENT),
            },
          ],
        },
      ],
    },
    {
      // Jinja: the known prefix already names v1.
      code: `{% block head %}
<script src="//js.stripe.com/v1/?{{ cache_bust }}"></script>
{% endblock %}`,
      languageOptions: html,
      errors: [
        {
          messageId: 'stripeJsV2Script',
          data: { url: '//js.stripe.com/v1/', version: 'v1', current: CURRENT },
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'useCurrentStripeJs',
              data: { current: CURRENT },
              output: `{% block head %}
<script src="${CURRENT}?{{ cache_bust }}"></script>
{% endblock %}`,
            },
          ],
        },
      ],
    },
    {
      // Handlebars: the legacy Checkout embed.
      code: `<form action="/charge" method="POST">
  <script src="https://checkout.stripe.com/checkout.js" class="stripe-button" data-key="{{publishableKey}}"></script>
</form>`,
      languageOptions: html,
      errors: [
        {
          messageId: 'legacyCheckout',
          data: { api: 'https://checkout.stripe.com/checkout.js', replacement: CHECKOUT_SESSIONS },
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 55,
        },
      ],
    },
    {
      code: `<template>
  <div>
    <script src="https://js.stripe.com/v2/"></script>
    <script :src="'https://checkout.stripe.com/v2/checkout.js'"></script>
  </div>
</template>`,
      languageOptions: vue,
      errors: [
        {
          messageId: 'stripeJsV2Script',
          data: { url: 'https://js.stripe.com/v2/', version: 'v2', current: CURRENT },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'useCurrentStripeJs',
              data: { current: CURRENT },
              output: `<template>
  <div>
    <script src="${CURRENT}"></script>
    <script :src="'https://checkout.stripe.com/v2/checkout.js'"></script>
  </div>
</template>`,
            },
          ],
        },
        {
          messageId: 'legacyCheckout',
          data: { api: 'https://checkout.stripe.com/v2/checkout.js', replacement: CHECKOUT_SESSIONS },
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 63,
        },
      ],
    },
  ],
});
