import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/require-stripe-csp.js';
import { API_BLOCKED, FRAMES_BLOCKED, STRIPE_JS_BLOCKED } from '../stripe-csp-blocked.js';
import { html, svelte, vue } from './parsers.js';

const ruleTester = new RuleTester();
const inProject = (project: string, file: string): string => fileURLToPath(new URL(`../../fixtures/projects/${project}/${file}`, import.meta.url));
const EXTENSION_POPUP = inProject('mv3-extension', 'popup/popup.html');
const PWA_CHECKOUT = inProject('pwa-shop', 'checkout.html');

ruleTester.run('require-stripe-csp (HTML, Vue, Svelte)', rule, {
  valid: [
    // Svelte: a complete policy in \`<svelte:head>\`, and one bound to a variable (limitation: unknown)
    {
      code: `<svelte:head>
  <meta http-equiv="Content-Security-Policy" content="script-src 'self' https://js.stripe.com; frame-src https://js.stripe.com https://hooks.stripe.com; connect-src 'self' https://api.stripe.com" />
  <meta http-equiv="Content-Security-Policy" content={policy} />
</svelte:head>`,
      filename: 'Layout.svelte',
      languageOptions: svelte,
    },
    {
      code: `<meta http-equiv="Content-Security-Policy" content="script-src 'self' https://js.stripe.com; frame-src https://js.stripe.com https://hooks.stripe.com; connect-src 'self' https://api.stripe.com">`,
      languageOptions: html,
    },
    // A meta element cannot carry a report-only policy: the browser ignores it.
    { code: `<meta http-equiv="Content-Security-Policy-Report-Only" content="script-src 'self'">`, languageOptions: html },
    // limitation: a directive written by the template engine may allow anything.
    { code: `<meta http-equiv="Content-Security-Policy" content="{{ csp }}">`, languageOptions: html },
    { code: `<meta http-equiv="Content-Security-Policy" content="script-src 'self' {{ extra }}; frame-src *; connect-src *">`, languageOptions: html },
    { code: `<template><meta http-equiv="Content-Security-Policy" :content="policy"></template>`, languageOptions: vue },
    // A Manifest V3 extension's popup (its manifest.json above it): the platform lets no remote script load there, so
    // Stripe.js never runs in it, whatever the policy (real-world batch 92).
    { code: readFileSync(EXTENSION_POPUP, 'utf8'), filename: EXTENSION_POPUP, languageOptions: html },
  ],
  invalid: [
    {
      // A web app's manifest.json (a PWA's: no manifest_version) says nothing of the kind: its page loads Stripe.js.
      code: readFileSync(PWA_CHECKOUT, 'utf8'),
      filename: PWA_CHECKOUT,
      languageOptions: html,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`script-src`', missing: '`https://js.stripe.com`', blocked: STRIPE_JS_BLOCKED },
          line: 6,
          column: 57,
          endLine: 6,
          endColumn: 74,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://*.js.stripe.com`', directive: 'script-src' },
              output: readFileSync(PWA_CHECKOUT, 'utf8').replace("script-src 'self'", "script-src 'self' https://js.stripe.com https://*.js.stripe.com"),
            },
          ],
        },
      ],
    },
    {
      // Svelte: a policy in \`<svelte:head>\` without Stripe's frames
      code: `<svelte:head>
  <meta http-equiv="Content-Security-Policy" content="script-src 'self' https://js.stripe.com; frame-src 'self'; connect-src 'self' https://api.stripe.com" />
</svelte:head>`,
      filename: 'Layout.svelte',
      languageOptions: svelte,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`frame-src`', missing: '`https://js.stripe.com`, `https://hooks.stripe.com`', blocked: FRAMES_BLOCKED },
          line: 2,
          column: 96,
          endLine: 2,
          endColumn: 112,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://hooks.stripe.com`, `https://*.js.stripe.com`', directive: 'frame-src' },
              output: `<svelte:head>
  <meta http-equiv="Content-Security-Policy" content="script-src 'self' https://js.stripe.com; frame-src 'self' https://js.stripe.com https://hooks.stripe.com https://*.js.stripe.com; connect-src 'self' https://api.stripe.com" />
</svelte:head>`,
            },
          ],
        },
      ],
    },
    {
      // Jinja
      code: `{% block head %}
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' https://js.stripe.com; frame-src {{ frame_src }}">
{% endblock %}`,
      languageOptions: html,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`connect-src` (not set, so `default-src` applies)', missing: '`https://api.stripe.com`', blocked: API_BLOCKED },
          line: 2,
          column: 53,
          endLine: 2,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://api.stripe.com`', directive: 'connect-src' },
              output: `{% block head %}
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self' https://api.stripe.com; script-src 'self' https://js.stripe.com; frame-src {{ frame_src }}">
{% endblock %}`,
            },
          ],
        },
      ],
    },
    {
      // Handlebars
      code: `{{> header}}
<meta http-equiv="content-security-policy" content="default-src *; script-src 'self'">
<script src="https://js.stripe.com/v3/"></script>`,
      languageOptions: html,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`script-src`', missing: '`https://js.stripe.com`', blocked: STRIPE_JS_BLOCKED },
          line: 2,
          column: 68,
          endLine: 2,
          endColumn: 85,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://*.js.stripe.com`', directive: 'script-src' },
              output: `{{> header}}
<meta http-equiv="content-security-policy" content="default-src *; script-src 'self' https://js.stripe.com https://*.js.stripe.com">
<script src="https://js.stripe.com/v3/"></script>`,
            },
          ],
        },
      ],
    },
    {
      code: `<template>
  <meta http-equiv="Content-Security-Policy" content="script-src 'self'">
  <div id="payment-element"><!-- mounted by Stripe.js --></div>
</template>`,
      languageOptions: vue,
      errors: [
        {
          messageId: 'missingStripeSources',
          data: { directive: '`script-src`', missing: '`https://js.stripe.com`', blocked: STRIPE_JS_BLOCKED },
          line: 2,
          column: 55,
          endLine: 2,
          endColumn: 72,
          suggestions: [
            {
              messageId: 'addStripeSources',
              data: { sources: '`https://js.stripe.com`, `https://*.js.stripe.com`', directive: 'script-src' },
              output: `<template>
  <meta http-equiv="Content-Security-Policy" content="script-src 'self' https://js.stripe.com https://*.js.stripe.com">
  <div id="payment-element"><!-- mounted by Stripe.js --></div>
</template>`,
            },
          ],
        },
      ],
    },
  ],
});
