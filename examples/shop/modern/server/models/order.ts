import mongoose from 'mongoose';

const orderSchema = new mongoose.Schema(
  {
    email: { type: String, required: true },
    amount: { type: Number, required: true },
    currency: { type: String, default: 'usd' },
    status: { type: String, enum: ['pending', 'paid', 'refunded'], default: 'pending' },
    paymentIntentId: String,
    cardBrand: String,
    cardLast4: String,
  },
  { timestamps: true },
);

export const Order = mongoose.model('Order', orderSchema);
