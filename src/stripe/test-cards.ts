/**
 * Stripe's documented test card numbers and the test PaymentMethod / token ids that stand for them.
 *
 * Source: docs.stripe.com/testing ("Cards by brand", "Declined payments" tables, each with "Card numbers",
 * "PaymentMethods" and "Tokens" tabs; "Test code: use a PaymentMethod such as pm_card_visa instead of a card number…
 * we make test Tokens such as tok_visa available if you need them"). Numbers without an id in those tables, and
 * numbers from older copies of the page (stripe.com/docs/testing as quoted in public code, e.g. 4012888888881881,
 * 30569309025904, 38520000023237, 3530111333300000), are test numbers without a replacement id.
 */

export interface TestCard {
  brand: string;
  /** Test PaymentMethod id (`pm_card_visa`), when documented. */
  pm?: string;
  /** Test token id (`tok_visa`), when documented. */
  tok?: string;
}

export const STRIPE_TEST_CARDS: ReadonlyMap<string, TestCard> = new Map<string, TestCard>([
  // Cards by brand
  ['4242424242424242', { brand: 'Visa', pm: 'pm_card_visa', tok: 'tok_visa' }],
  ['4000056655665556', { brand: 'Visa (debit)', pm: 'pm_card_visa_debit', tok: 'tok_visa_debit' }],
  ['5555555555554444', { brand: 'Mastercard', pm: 'pm_card_mastercard', tok: 'tok_mastercard' }],
  ['2223003122003222', { brand: 'Mastercard (2-series)' }],
  ['5200828282828210', { brand: 'Mastercard (debit)', pm: 'pm_card_mastercard_debit', tok: 'tok_mastercard_debit' }],
  ['5105105105105100', { brand: 'Mastercard (prepaid)', pm: 'pm_card_mastercard_prepaid', tok: 'tok_mastercard_prepaid' }],
  ['378282246310005', { brand: 'American Express', pm: 'pm_card_amex', tok: 'tok_amex' }],
  ['371449635398431', { brand: 'American Express' }],
  ['6011111111111117', { brand: 'Discover', pm: 'pm_card_discover', tok: 'tok_discover' }],
  ['6011000990139424', { brand: 'Discover' }],
  ['6011981111111113', { brand: 'Discover (debit)' }],
  ['3056930009020004', { brand: 'Diners Club', pm: 'pm_card_diners', tok: 'tok_diners' }],
  ['36227206271667', { brand: 'Diners Club (14-digit)' }],
  ['3566002020360505', { brand: 'JCB', pm: 'pm_card_jcb', tok: 'tok_jcb' }],
  ['6200000000000005', { brand: 'UnionPay', pm: 'pm_card_unionpay', tok: 'tok_unionpay' }],
  ['6200000000000047', { brand: 'UnionPay (debit)' }],
  ['6205500000000000004', { brand: 'UnionPay (19-digit)' }],
  // Declined payments
  ['4000000000000002', { brand: 'Visa, generic decline', pm: 'pm_card_visa_chargeDeclined', tok: 'tok_visa_chargeDeclined' }],
  [
    '4000000000009995',
    { brand: 'Visa, insufficient funds', pm: 'pm_card_visa_chargeDeclinedInsufficientFunds', tok: 'tok_visa_chargeDeclinedInsufficientFunds' },
  ],
  ['4000000000009987', { brand: 'Visa, lost card', pm: 'pm_card_visa_chargeDeclinedLostCard', tok: 'tok_visa_chargeDeclinedLostCard' }],
  ['4000000000009979', { brand: 'Visa, stolen card', pm: 'pm_card_visa_chargeDeclinedStolenCard', tok: 'tok_visa_chargeDeclinedStolenCard' }],
  ['4000000000000069', { brand: 'Visa, expired card', pm: 'pm_card_chargeDeclinedExpiredCard', tok: 'tok_chargeDeclinedExpiredCard' }],
  ['4000000000000127', { brand: 'Visa, incorrect CVC', pm: 'pm_card_chargeDeclinedIncorrectCvc', tok: 'tok_chargeDeclinedIncorrectCvc' }],
  [
    '4000000000000119',
    { brand: 'Visa, processing error', pm: 'pm_card_chargeDeclinedProcessingError', tok: 'tok_chargeDeclinedProcessingError' },
  ],
  ['4242424242424241', { brand: 'Visa, incorrect number (Luhn failure)' }],
  // 3D Secure / SCA and other scenario numbers (ids not mapped here)
  ['4000002500003155', { brand: 'Visa, authentication required on setup' }],
  ['4000002760003184', { brand: 'Visa, authentication always required' }],
  ['4000003800000446', { brand: 'Visa, authentication on setup then off-session' }],
  ['4000000000003220', { brand: 'Visa, 3D Secure 2 required' }],
  ['4000000000000077', { brand: 'Visa, bypass pending balance' }],
  // Older copies of the testing page
  ['4012888888881881', { brand: 'Visa' }],
  ['30569309025904', { brand: 'Diners Club' }],
  ['38520000023237', { brand: 'Diners Club' }],
  ['3530111333300000', { brand: 'JCB' }],
]);

/** The documented test card for a card number as written (`'4242 4242 4242 4242'`, `4242424242424242`), if any. */
export function stripeTestCard(number: string): TestCard | undefined {
  const digits = number.replace(/[\s-]/g, '');
  return /^\d{12,19}$/.test(digits) ? STRIPE_TEST_CARDS.get(digits) : undefined;
}
