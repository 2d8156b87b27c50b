<?php
// Account page of the 2014 PHP back office, where customers replace the card on file.
require __DIR__ . '/../bootstrap.php';

$customer = current_customer();
if ($customer === null) {
    header('Location: /login.php');
    exit;
}
$publishableKey = getenv('STRIPE_PUBLISHABLE_KEY');
?>
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Update your card · <?= htmlspecialchars($customer->name) ?></title>
  <script src="https://js.stripe.com/v2/"></script>
</head>
<body>
  <?php if (!empty($_GET['error'])): ?>
    <p class="error"><?= htmlspecialchars($_GET['error']) ?></p>
  <?php endif; ?>
  <form id="card-form" action="/account/card.php" method="post">
    <input type="hidden" name="customer" value="<?= (int) $customer->id ?>">
    <label>Card number <input type="text" name="card_number" autocomplete="off"></label>
    <label>Security code <input type="text" name="cvc" size="4"></label>
    <button type="submit">Save card</button>
  </form>
  <script>
    Stripe.setPublishableKey('<?php echo $publishableKey; ?>');
    var customerId = <?= (int) $customer->id ?>;
  </script>
</body>
</html>
