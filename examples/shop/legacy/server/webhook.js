const express = require('express');
const Order = require('./order');

const router = express.Router();

// Trusts whatever JSON is posted: no signature check, so anyone can mark orders paid.
router.post('/stripe/webhook', express.json({ type: 'application/json' }), async (req, res) => {
  const event = req.body;
  switch (event.type) {
    case 'charge.succeeded':
      await Order.updateOne({ chargeId: event.data.object.id }, { status: 'paid' });
      break;
    case 'charge.refunded':
      await Order.updateOne({ chargeId: event.data.object.id }, { status: 'refunded' });
      break;
    default:
      break;
  }
  res.json({ received: true });
});

module.exports = router;
