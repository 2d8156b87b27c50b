// Wholesale portal checkout page: Stripe.js v2 reads the shop's own card inputs (data-stripe attributes).
(function loadStripeV2() {
  var script = document.createElement('script');
  script.src = 'https://js.stripe.com/v2/';
  script.onload = initCheckout;
  document.head.appendChild(script);
})();

function initCheckout() {
  Stripe.setPublishableKey('pk_live_51ExampleOnlyPublishableKey000000000000');

  $('#wholesale-payment-form').submit(function (event) {
    event.preventDefault();
    var $form = $(this);
    $form.find('button').prop('disabled', true);
    Stripe.card.createToken($form, function (status, response) {
      if (response.error) {
        $form.find('.payment-errors').text(response.error.message);
        $form.find('button').prop('disabled', false);
        return;
      }
      $form.append($('<input type="hidden" name="stripeToken" />').val(response.id));
      $form.get(0).submit();
    });
  });
}
