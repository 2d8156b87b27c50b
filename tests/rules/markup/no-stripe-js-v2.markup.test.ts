import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-stripe-js-v2.js';
import { html, vue } from './parsers.js';

const ruleTester = new RuleTester();
const CURRENT = 'https://js.stripe.com/dahlia/stripe.js';
const CHECKOUT_SESSIONS =
  'Checkout Sessions (`stripe.checkout.sessions.create` on the server, then redirect to `session.url`), embedded Checkout, or Payment Links';

ruleTester.run('no-stripe-js-v2 (HTML)', rule, {
  valid: [
    { code: '<script src="https://js.stripe.com/v3/"></script>', languageOptions: html },
  ],
  invalid: [
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
  ],
});
