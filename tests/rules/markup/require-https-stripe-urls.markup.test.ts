import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/require-https-stripe-urls.js';
import { html, svelte, vue } from './parsers.js';

const ruleTester = new RuleTester();

ruleTester.run('require-https-stripe-urls (HTML, Vue, Svelte)', rule, {
  valid: [
    // Svelte's template variables are parameters of no function (`{#each}`): a Stripe client's method called on one
    // lints without an exception (real-world batch 268: the rule threw reading the block's parameters).
    {
      code: '<script>import Stripe from "stripe";</script>\n{#each items as item}<button onclick={() => item.update(1)}>x</button>{/each}',
      filename: 'Clients.svelte',
      languageOptions: svelte,
    },
    // Svelte: https, and a URL built by an expression (limitation: unknown)
    { code: '<a href={\'https://dashboard.stripe.com/payments\'}>Payments</a>\n<img src="{base}/pixel.gif" alt="" />', filename: 'Nav.svelte', languageOptions: svelte },
    { code: '<script src="https://js.stripe.com/v3/"></script>\n<a href="https://dashboard.stripe.com/">Dashboard</a>', languageOptions: html },
    { code: '<a href="http://example.com/stripe">not Stripe</a>', languageOptions: html },
    // limitation: the host is written by the template engine.
    { code: '<form action="http://{{ stripe_host }}/v1/tokens"></form>', languageOptions: html },
    // The text of a page is not a URL attribute; inline scripts are linted as JavaScript blocks by the processor.
    { code: '<p>Old docs lived at http://stripe.com/docs</p>\n<script>fetch("http://api.stripe.com/v1/charges")</script>', languageOptions: html },
    { code: '<template><a :href="docsUrl">docs</a></template>', languageOptions: vue },
    // limitation: @html-eslint/parser ends an unquoted attribute value at the first `/`, so only `http:` is seen.
    { code: '<link rel=stylesheet href=http://js.stripe.com/v3/x.css>', languageOptions: html },
  ],
  invalid: [
    {
      // Svelte: an attribute's text (fixed), a \`{'…'}\` value (a string literal: reported once, by the script check) and a form action
      code: `<a href="http://dashboard.stripe.com/payments">Payments</a>
<img src={'http://q.stripe.com/pixel.gif'} alt="" />
<form action="http://api.stripe.com/v1/tokens" method="post"></form>`,
      output: `<a href="https://dashboard.stripe.com/payments">Payments</a>
<img src={'https://q.stripe.com/pixel.gif'} alt="" />
<form action="https://api.stripe.com/v1/tokens" method="post"></form>`,
      filename: 'Nav.svelte',
      languageOptions: svelte,
      errors: [
        { messageId: 'insecureStripeUrl', data: { url: 'http://dashboard.stripe.com' }, line: 1, column: 10, endLine: 1, endColumn: 37 },
        { messageId: 'insecureStripeUrl', data: { url: 'http://q.stripe.com' }, line: 2, column: 12, endLine: 2, endColumn: 31 },
        { messageId: 'insecureStripeUrl', data: { url: 'http://api.stripe.com' }, line: 3, column: 15, endLine: 3, endColumn: 36 },
      ],
    },
    {
      // Jinja
      code: `{% block content %}
<form action="http://checkout.stripe.com/pay/{{ session_id }}" method="post"></form>
<a href="http://stripe.com/docs/{{ page }}">docs</a>
{% endblock %}`,
      languageOptions: html,
      output: `{% block content %}
<form action="https://checkout.stripe.com/pay/{{ session_id }}" method="post"></form>
<a href="https://stripe.com/docs/{{ page }}">docs</a>
{% endblock %}`,
      errors: [
        { messageId: 'insecureStripeUrl', data: { url: 'http://checkout.stripe.com' }, line: 2, column: 15, endLine: 2, endColumn: 41 },
        { messageId: 'insecureStripeUrl', data: { url: 'http://stripe.com' }, line: 3, column: 10, endLine: 3, endColumn: 27 },
      ],
    },
    {
      // Handlebars, protocol-relative script and an unquoted attribute
      code: `{{#each scripts}}<script src="{{this}}"></script>{{/each}}
<script src="//js.stripe.com/v3/"></script>
<link rel=stylesheet href='http://js.stripe.com/v3/fingerprinted/css/x.css'>`,
      languageOptions: html,
      output: `{{#each scripts}}<script src="{{this}}"></script>{{/each}}
<script src="https://js.stripe.com/v3/"></script>
<link rel=stylesheet href='https://js.stripe.com/v3/fingerprinted/css/x.css'>`,
      errors: [
        { messageId: 'protocolRelativeStripeUrl', data: { url: '//js.stripe.com' }, line: 2, column: 14, endLine: 2, endColumn: 29 },
        { messageId: 'insecureStripeUrl', data: { url: 'http://js.stripe.com' }, line: 3, column: 28, endLine: 3, endColumn: 48 },
      ],
    },
    {
      code: `<template>
  <form action="http://api.stripe.com/v1/tokens" @submit.prevent="pay">
    <a :href="'http://dashboard.stripe.com/'">Dashboard</a>
  </form>
</template>`,
      languageOptions: vue,
      output: `<template>
  <form action="https://api.stripe.com/v1/tokens" @submit.prevent="pay">
    <a :href="'https://dashboard.stripe.com/'">Dashboard</a>
  </form>
</template>`,
      errors: [
        { messageId: 'insecureStripeUrl', data: { url: 'http://api.stripe.com' }, line: 2, column: 17, endLine: 2, endColumn: 38 },
        { messageId: 'insecureStripeUrl', data: { url: 'http://dashboard.stripe.com' }, line: 3, column: 16, endLine: 3, endColumn: 43 },
      ],
    },
  ],
});
