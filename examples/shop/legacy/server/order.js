const mongoose = require('mongoose');

module.exports = mongoose.model(
  'Order',
  new mongoose.Schema({ chargeId: String, amount: Number, status: String }),
);
