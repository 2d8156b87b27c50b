/**
 * The Element types of Stripe.js: what `elements.create(type, options)` and `elements.getElement(type)` take. An
 * Element is a handle on an iframe Stripe serves; the card details typed into it never reach the page's code.
 *
 * Source: `@stripe/stripe-js` types, `dist/stripe-js/elements-group.d.ts` (the `create` and `getElement` overloads,
 * version 7–8: `address` … `terms`), plus the types earlier versions listed and Stripe.js still accepts or accepted
 * (`idealBank`, `fpxBank`, `epsBank`, `p24Bank`, `paymentRequestButton`, `affirmMessage`, `afterpayClearpayMessage`;
 * docs.stripe.com/js/elements_object/create_element).
 */
export const STRIPE_ELEMENT_TYPES: ReadonlySet<string> = new Set([
  'address',
  'auBankAccount',
  'card',
  'cardCvc',
  'cardExpiry',
  'cardNumber',
  'checkoutForm',
  'contactDetails',
  'currencySelector',
  'expressCheckout',
  'iban',
  'issuingAddToWalletButton',
  'issuingCardCopyButton',
  'issuingCardCvcDisplay',
  'issuingCardExpiryDisplay',
  'issuingCardNumberDisplay',
  'issuingCardPinDisplay',
  'linkAuthentication',
  'linkSignup',
  'payment',
  'paymentMethodMessaging',
  'shippingAddress',
  'taxId',
  'terms',
  // Earlier versions' types.
  'idealBank',
  'fpxBank',
  'epsBank',
  'p24Bank',
  'paymentRequestButton',
  'affirmMessage',
  'afterpayClearpayMessage',
]);
