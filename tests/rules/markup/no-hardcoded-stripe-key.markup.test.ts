import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-hardcoded-stripe-key.js';
import { html, svelte, vue } from './parsers.js';

const ruleTester = new RuleTester();

ruleTester.run('no-hardcoded-stripe-key (HTML, Vue, Svelte)', rule, {
  valid: [
    // Svelte: a publishable key in text is what the browser takes
    { code: '<p>pk_live_51Hq8ZtLkR2vN7mWxT6gHs2Lp4KfQ9rXyZ3aBcD</p>', filename: 'Key.svelte', languageOptions: svelte },
    { code: '<script src="https://checkout.stripe.com/checkout.js" class="stripe-button" data-key="pk_live_4eC39HqLyjWDarjtT1zdp7dc"></script>', languageOptions: html },
    { code: '<div data-key="{{ stripe_publishable_key }}"></div>', languageOptions: html },
    { code: '<p>Set STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxx in your .env</p>', languageOptions: html },
    // A Jinja comment is a template marker, never rendered.
    { code: '{# sk_live_4eC39HqLyjWDarjtT1zdp7dc #}', languageOptions: html },
    // A Vue template's mustache is an expression (the script rules read it), its publishable key in text is fine.
    { code: '<template><p>{{ secret }} pk_live_4eC39HqLyjWDarjtT1zdp7dc</p></template>', languageOptions: vue },
  ],
  invalid: [
    {
      // A component saved with Windows line breaks (vue-eslint-parser reads `\r\n` in text and comments as `\n`): each
      // key still at its place, in text and in a comment.
      code: ['<template>', '  <p>', '    sk_live_51Hq8ZtLkR2vN7mWxT6gHs2Lp4KfQ9rXyZ3aBcD', '  </p>', '  <!--', '    whsec_8f2Kq9LmZ3xV7bN1cR5tY0wA4dG6hJ2p', '  -->', '</template>', ''].join('\r\n'),
      languageOptions: vue,
      errors: [
        { messageId: 'hardcodedKey', data: { label: 'live secret key', prefix: 'sk_live_' }, line: 3, column: 5, endLine: 3, endColumn: 52 },
        { messageId: 'hardcodedKey', data: { label: 'webhook signing secret', prefix: 'whsec_' }, line: 6, column: 5, endLine: 6, endColumn: 43 },
      ],
    },
    {
      // A Vue template's text and HTML comments go out with the page: each key at its place (a text with a character
      // reference, whose source does not read as its value, on the whole text).
      code: `<template>
  <div>
    <!-- staging: sk_live_51Hq8ZtLkR2vN7mWxT6gHs2Lp4KfQ9rXyZ3aBcD -->
    <p>sk_live_4eC39HqLyjWDarjtT1zdp7dc</p>
    <p>{{ price }} &amp; rk_live_51Hq8ZtLkR2vN7mWxQ3aZe5Ku</p>
  </div>
</template>`,
      languageOptions: vue,
      errors: [
        { messageId: 'hardcodedKey', data: { label: 'live secret key', prefix: 'sk_live_' }, line: 3, column: 19, endLine: 3, endColumn: 66 },
        { messageId: 'hardcodedKey', data: { label: 'live secret key', prefix: 'sk_live_' }, line: 4, column: 8, endLine: 4, endColumn: 40 },
        { messageId: 'hardcodedKey', data: { label: 'live restricted key', prefix: 'rk_live_' }, line: 5, column: 19, endLine: 5, endColumn: 59 },
      ],
    },
    {
      // A page's text reaches every visitor: a test key in an HTML comment too, despite the default allowTestKeys
      code: '<!-- sk_test_4eC39HqLyjWDarjtT1zdp7dc -->\n<div id="app"></div>',
      languageOptions: html,
      errors: [{ messageId: 'hardcodedKey', data: { label: 'test secret key', prefix: 'sk_test_' }, line: 1, column: 6, endLine: 1, endColumn: 38 }],
    },
    {
      // Svelte: a key in text, in an attribute, in a comment, and in a \`{'…'}\` (a string literal: reported once, as one)
      code: `<!-- staging: sk_live_4eC39HqLyjWDarjtT1zdp7dcAbCdEf12 -->
<p>Live key: sk_live_51Hq8ZtLkR2vN7mWxT6gHs2Lp4KfQ9rXyZ3aBcD</p>
<div data-key="rk_live_51Hq8ZtLkR2vN7mWxT6gHs2Lp4KfQ9rXyZ3aBcD"></div>
<div data-key={'sk_live_51Hq8ZtLkR2vN7mWxT6gHs2Lp4KfQ9rXyZ3aBcE'}></div>`,
      filename: 'Keys.svelte',
      languageOptions: svelte,
      errors: [
        { messageId: 'hardcodedKey', data: { label: 'live secret key', prefix: 'sk_live_' }, line: 1, column: 15, endLine: 1, endColumn: 55 },
        { messageId: 'hardcodedKey', data: { label: 'live secret key', prefix: 'sk_live_' }, line: 2, column: 14, endLine: 2, endColumn: 61 },
        {
          messageId: 'secretKeyInClient',
          data: { label: 'live restricted key', prefix: 'rk_live_', callee: 'the <div data-key> attribute' },
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 63,
        },
        { messageId: 'hardcodedKey', data: { label: 'live secret key', prefix: 'sk_live_' }, line: 4, column: 17, endLine: 4, endColumn: 64 },
      ],
    },
    {
      // Jinja: a secret key rendered into the page, and a live key in an HTML comment.
      code: `{% block content %}
<div id="app" data-key="sk_test_4eC39HqLyjWDarjtT1zdp7dc" data-mode="{{ mode }}"></div>
<!-- old key: sk_live_4eC39HqLyjWDarjtT1zdp7dc -->
{% endblock %}`,
      languageOptions: html,
      errors: [
        {
          messageId: 'secretKeyInClient',
          data: { label: 'test secret key', prefix: 'sk_test_', callee: 'the <div data-key> attribute' },
          line: 2,
          column: 25,
          endLine: 2,
          endColumn: 57,
        },
        { messageId: 'hardcodedKey', data: { label: 'live secret key', prefix: 'sk_live_' }, line: 3, column: 15, endLine: 3, endColumn: 47 },
      ],
    },
    {
      // Handlebars
      code: `<form action="{{action}}">
  <input type="hidden" data-secret="whsec_4eC39HqLyjWDarjtT1zdp7dcAbCdEf">
  <div data-key="rk_live_4eC39HqLyjWDarjtT1zdp7dc{{suffix}}"></div>
</form>`,
      languageOptions: html,
      errors: [
        {
          messageId: 'secretKeyInClient',
          data: { label: 'webhook signing secret', prefix: 'whsec_', callee: 'the <input data-secret> attribute' },
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 73,
        },
        {
          messageId: 'secretKeyInClient',
          data: { label: 'live restricted key', prefix: 'rk_live_', callee: 'the <div data-key> attribute' },
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 50,
        },
      ],
    },
    {
      // A component runs in the browser: no suggestion to read the key from process.env there
      code: `<template>
  <stripe-checkout :pk="'sk_live_4eC39HqLyjWDarjtT1zdp7dc'" />
</template>
<script setup lang="ts">
const key: string = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';
</script>`,
      languageOptions: vue,
      errors: [
        {
          messageId: 'secretKeyInClient',
          data: { label: 'live secret key', prefix: 'sk_live_', callee: 'the <stripe-checkout pk> attribute' },
          line: 2,
          column: 26,
          endLine: 2,
          endColumn: 58,
        },
        {
          messageId: 'hardcodedKey',
          data: { label: 'live secret key', prefix: 'sk_live_' },
          line: 5,
          column: 22,
          endLine: 5,
          endColumn: 54,
          suggestions: [],
        },
      ],
    },
  ],
});
