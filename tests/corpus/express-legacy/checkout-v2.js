// Browser code from the same shop: Stripe.js v2 tokenising the shop's own inputs.
/* global $ */
Stripe.setPublishableKey('pk_test_TYooMQauvdEDq54NiTphI7jx'); // expect: no-stripe-js-v2

$('#payment-form').submit(function (event) {
  const $form = $(this);
  $form.find('.submit').prop('disabled', true);
  Stripe.card.createToken($form, function (status, response) { // expect: no-stripe-js-v2
    if (response.error) {
      $form.find('.payment-errors').text(response.error.message);
      $form.find('.submit').prop('disabled', false);
    } else {
      $form.append($('<input type="hidden" name="stripeToken">').val(response.id));
      $form.get(0).submit();
    }
  });
  return false;
});

$('.cc-number').payment('formatCardNumber'); // expect: no-stripe-js-v2
localStorage.setItem('lastCardNumber', $('.cc-number').val()); // expect: no-sensitive-card-storage
