// Legacy checkout page script (jQuery + Stripe.js v2 + jquery.payment), kept alive "until the redesign".
// Everything card-related here runs on the shop's own page: SAQ A-EP at best. See docs/rules/no-stripe-js-v2.md.
import $ from 'jquery';
import 'jquery.payment';

const STRIPE_V2 = 'https://js.stripe.com/v2/';

export function initLegacyCheckout(publishableKey) {
  $.getScript(STRIPE_V2, () => {
    Stripe.setPublishableKey(publishableKey);

    $('input.cc-number').payment('formatCardNumber');
    $('input.cc-exp').payment('formatCardExpiry');
    $('input.cc-cvc').payment('formatCardCVC');

    $('#payment-form').on('submit', (event) => {
      event.preventDefault();
      const $form = $(event.currentTarget);
      if (!$.payment.validateCardNumber($('input.cc-number').val())) {
        $form.find('.payment-errors').text('Check the card number');
        return;
      }
      Stripe.card.createToken($form, (status, response) => {
        if (response.error) {
          $form.find('.payment-errors').text(response.error.message);
          return;
        }
        $form.append($('<input type="hidden" name="stripeToken">').val(response.id));
        $form.get(0).submit();
      });
    });
  });
}

// The donation button still uses the legacy Checkout modal (hosted by Stripe, but deprecated).
export function initDonateButton(publishableKey) {
  const handler = StripeCheckout.configure({
    key: publishableKey,
    locale: 'auto',
    token: (token) => $.post('/donate', { token: token.id }),
  });
  $('#donate').on('click', () => handler.open({ name: 'Shop', description: 'Donation', amount: 500 }));
}
