// Saved cards for one-click reorders: the raw card number and CVC go straight into MongoDB.
const mongoose = require('mongoose');

const savedCardSchema = new mongoose.Schema({
  customerId: { type: String, required: true, index: true },
  cardholderName: String,
  cardNumber: { type: String, required: true },
  cvv: String,
  expMonth: Number,
  expYear: Number,
});

module.exports = mongoose.model('SavedCard', savedCardSchema);
