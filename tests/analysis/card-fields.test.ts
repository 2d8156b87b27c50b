import { describe, expect, it } from 'vitest';
import {
  namesOtherKindOfCard,
  recordKindNamesOtherCard,
  pathNamesOtherKindOfCard,
  classifyAutocomplete,
  classifyCardField,
  classifyDataStripe,
  classifyNamePathSegments,
  titleNamesOtherKindOfCard,
  isCardCollectionName,
  isCardContainerName,
  isCvcBesideCardNumber,
  isNumberBesideCardExpiry,
  kindBesideSiblings,
  encryptedAuthDataKind,
  isSafeDerivativeName,
  isSensitiveKind,
  splitWords,
  namesOtherCardRecord,
  namesSelfNamedCard,
} from '../../src/analysis/card-fields.js';

describe('splitWords', () => {
  it.each([
    ['creditCardNumber', ['credit', 'card', 'number']],
    ['CCNumber', ['cc', 'number']],
    ['card_number', ['card', 'number']],
    ['cc-csc', ['cc', 'csc']],
    ['card[exp_month]', ['card', 'exp', 'month']],
    ['last_4', ['last4']],
    ['cardLast4', ['card', 'last4']],
    ['cvv2', ['cvv2']],
    ['track1', ['track1']],
    ['CreditCardNumber', ['credit', 'card', 'number']],
    // one digit glued on is an index, as two are; a name's own digit stays
    ['cardNumber1', ['card', 'number', '1']],
    ['cardNumber12', ['card', 'number', '12']],
    ['CVC2', ['cvc2']],
    ['cvc1', ['cvc', '1']],
    ['billing_address1', ['billing', 'address', '1']],
    ['last4', ['last4']],
    // accented letters as their base letters, compatibility forms too
    ['númeroCartão', ['numero', 'cartao']],
    ['Código de Segurança', ['codigo', 'de', 'seguranca']],
    ['Nº do cartão', ['no', 'do', 'cartao']],
    ['prüfNummer', ['pruf', 'nummer']],
  ])('%s', (name, words) => {
    expect(splitWords(name)).toEqual(words);
  });
});

describe('classifyCardField: PAN spellings from stripe-facts §7.4', () => {
  it.each([
    'cardNumber', 'card_number', 'credit_card_number', 'creditCardNumber', 'CreditCardNumber', 'ccNumber', 'ccNum', 'primaryAccountNumber',
    'cc-num', 'cc-number', 'card-number', 'rawCardNumber', 'cc_number', 'cardnumber', 'CARD_NUMBER', 'cardNo',
    'card_pan', 'debitCardNumber', 'paymentCardNumber', 'cardPan',
    // what is paid for, not the card's kind (real-world batch DY: a wallet topped up by card, a fuel payment)
    'topupCardNumber', 'rechargeCardNumber', 'fuelPaymentCardNumber', 'pointOfSaleCardNumber', 'vip_payment_card_number',
    // the card's account number: CyberSource Secure Acceptance's field (real-world batch EG)
    'card_accountNumber', 'CARD_ACCOUNT_NUMBER',
    // `cc` glued before a joined card number (real-world batch 217: Hotcakes' `name="cccardnumber"`)
    'cccardnumber', 'CCCARDNUMBER', 'cccreditcardno', 'cccardnum',
    // `nbr` / `nr` joined in one lower-case word, as `cardNbr` is split (real-world batch 256: a Sequelize model's `cardnbr`)
    'cardnbr', 'ccnbr', 'creditcardnbr', 'CARDNBR',
  ])('%s is a PAN', (name) => {
    expect(classifyCardField(name)).toBe('pan');
  });

  it.each(['creditNumber', 'credit_no', 'DEBIT_NUMBER', 'vendor_credit_card_number', 'ccCreditNumber', 'visa_credit_number', 'amexCreditNo', 'payment_credit_number'])('%s (a bare credit or debit, first or after a card or payment word) is a PAN', (name) => {
    expect(classifyCardField(name)).toBe('pan');
  });

  it.each(['vendor_credit_number', 'vendorCreditNumber', 'store_credit_no', 'customerDebitNumber', 'ccnr'])(
    "%s (someone's credit: a credit note's number, real-world batch 257; a cost centre's number) is no PAN",
    (name) => {
      expect(classifyCardField(name)).toBeNull();
    },
  );

  it.each(['cardNumber1', 'card_number_2', 'ccNum3', 'CARD_NUMBER1', 'creditCardNumber2'])('%s (one of several cards) is a PAN', (name) => {
    expect(classifyCardField(name)).toBe('pan');
  });

  it.each(['number', 'pan', 'num'])('bare %s is a PAN only in card context', (name) => {
    expect(classifyCardField(name)).toBeNull();
    expect(classifyCardField(name, { cardContext: true })).toBe('pan');
  });

  // `ccn`: a card number in a card form, France's Convention Collective Nationale in a payroll app (real-world batch
  // 330), a crown-rump length in an ultrasound report; `cc_n` and `ccN` say their card word `cc` themselves
  it.each(['ccn', 'CCN', 'ccnNom', 'ccn_custom_note'])('%s is a PAN only in card context', (name) => {
    expect(classifyCardField(name)).toBeNull();
    expect(classifyCardField(name, { cardContext: true })).toBe('pan');
  });

  it.each(['cc_n', 'ccN', 'CC-N', 'cardCcn', 'credit_ccn'])('%s is a PAN', (name) => {
    expect(classifyCardField(name)).toBe('pan');
  });
});

describe('classifyCardField: CVC, expiry, track, PIN', () => {
  it.each([
    'cvc', 'cvv', 'cvcNum', 'card_cvv', 'cardCvv', 'ccCVV', 'cc-cvc', 'cc-cvv', 'cvvCode', 'credit_card_cvv', 'cvv2',
    'cvc2', 'card_cvc', 'cardCvc', 'cc_cvv', 'cardSecurityCode', 'card_security_code',
    // the CVC's and CVV's names spelled out (real-world batch AN: a TypeORM column `cardVerificationCode`)
    'cardVerificationCode', 'card_verification_value', 'creditCardVerificationValue',
    // the common misspelling
    'ccv', 'card_ccv', 'ccvCode',
    // "CV code" with a card word (a cinema site's `cardCvCode`)
    'cardCvCode',
    // one of several cards' (a split payment's second card)
    'cvc1', 'cvv3', 'CVC1', 'card_cvc1',
    // joined in one lower-case word (real-world batch DW: a JSP form's `name="cardcvc"`, a wallet's `codecvv`)
    'cardcvc', 'cardcvv', 'cardcsc', 'codecvv', 'codecvc', 'cvccode',
    // ...with `cc` glued before it (real-world batch 217: Hotcakes' `name="ccsecuritycode"`), a CVC's own word or one
    // that needs the card word the `cc` is
    'ccsecuritycode', 'CCSECURITYCODE', 'ccverificationcode', 'ccsecurecode', 'cccvcode', 'cccvv', 'cccardcvc', 'payment_ccsecuritycode',
    // card identification right after a card word (real-world batch ED: Magento's `payment[cc_cid]`)
    'cc_cid', 'ccCid', 'saved_cc_cid', 'cardCid', 'creditCardCid',
    // ...and MangoPay's card registration's `cardCvx` (real-world batch HH)
    'cardCvx', 'card_cvx',
  ])('%s is a CVC', (name) => {
    expect(classifyCardField(name)).toBe('cvc');
  });

  it.each(['ccsecurity', 'cccode', 'ccvcode', 'ccsecuritycodes', 'accsecuritycode', 'ccc', 'cccc'])('%s is no card field: `cc` is read off only before a whole card field name', (name) => {
    expect(classifyCardField(name)).toBeNull();
  });

  it.each(['cid', 'customerCid', 'cid_card', 'cidNumber'])('%s is no CVC, in card context or out (a customer or client id)', (name) => {
    expect(classifyCardField(name)).toBeNull();
    expect(classifyCardField(name, { cardContext: true })).toBeNull();
  });

  it.each(['cvx', 'cvxCode', 'vaccine_cvx', 'cvx_card'])('%s is no CVC, in card context or out (HL7 CVX: a vaccine code)', (name) => {
    expect(classifyCardField(name)).toBeNull();
    expect(classifyCardField(name, { cardContext: true })).toBeNull();
  });

  it.each(['securityCode', 'security_code', 'secure_code', 'secureCode', 'verificationCode', 'cvCode', 'cv_code', 'securitycode', 'verificationcode', 'cvcode'])('%s is a CVC only in card context (OTP / stock / résumé codes)', (name) => {
    expect(classifyCardField(name)).toBeNull();
    expect(classifyCardField(name, { cardContext: true })).toBe('cvc');
  });

  // The CVV's own name spelled out (Iugu's and ActiveMerchant's field, real-world batches EB, ED) is also a domain's
  // DNS verification value (precision probe 296): a CVC in card context only, since the sixty-eighth session
  it.each(['verification_value', 'verificationValue', 'verificationvalue', 'VERIFICATION_VALUE'])('%s is a CVC only in card context (a DNS record\'s value)', (name) => {
    expect(classifyCardField(name)).toBeNull();
    expect(classifyCardField(name, { cardContext: true })).toBe('cvc');
  });
  it('verification_value beside a card number by its own name is its CVC', () => {
    expect(isCvcBesideCardNumber('verification_value', ['card_number', 'month', 'year'])).toBe(true);
    expect(isCvcBesideCardNumber('verificationValue', ['name', 'subdomain', 'verified'])).toBe(false);
  });

  // A car rental's card form asks for the "Security Number" (real-world batch EI), CyberSource for the \`card_cvNumber\`
  // (batch EG); a Social Security number is none
  it.each(['securityNumber', 'Security Number', 'security_number', 'securitynumber', 'cvNumber', 'cv_number'])('%s is a CVC only in card context', (name) => {
    expect(classifyCardField(name)).toBeNull();
    expect(classifyCardField(name, { cardContext: true })).toBe('cvc');
  });
  it.each(['socialSecurityNumber', 'Social Security Number', 'social_security_number'])('%s is no CVC, even in card context', (name) => {
    expect(classifyCardField(name, { cardContext: true })).toBeNull();
  });
  // ...and another card's or an account's number is no PAN
  it.each(['accountNumber', 'bankAccountNumber', 'giftCardAccountNumber'])('%s is no PAN', (name) => {
    expect(classifyCardField(name, { cardContext: true })).toBeNull();
  });

  it.each([
    'exp_month', 'exp_year', 'expMonth', 'expYear', 'expiry', 'expiryDate', 'expiry_date', 'card_expiry',
    'expirationDate', 'card_expiration_date', 'expiryMonth', 'expiryYear', 'cc-exp',
  ])('%s is an expiry', (name) => {
    expect(classifyCardField(name)).toBe('expiry');
  });

  it('bare exp is an expiry only in card context (JWT exp)', () => {
    expect(classifyCardField('exp')).toBeNull();
    expect(classifyCardField('exp', { cardContext: true })).toBe('expiry');
  });

  it.each(['track1Data', 'track2_data', 'TRACK_1_DATA', 'trackTwoData', 'track2Equivalent', 'track2_equiv', 'rawTrack2Data', 'magstripe', 'magneticStripe'])(
    '%s is track data',
    (name) => {
      expect(classifyCardField(name)).toBe('track');
    },
  );

  it.each(['track1', 'track2', 'track_1', 'trackOne', 'TRACK_2', 'currentTrack1'])('a bare track number (%s) is track data only in a card (a playlist has them too)', (name) => {
    expect(classifyCardField(name)).toBeNull();
    expect(classifyCardField(name, { cardContext: true })).toBe('track');
  });

  it.each(['track1Title', 'track2Url', 'trackOneDuration', 'track_count', 'trackNumber'])('%s is no track data, in a card either', (name) => {
    expect(classifyCardField(name)).toBeNull();
  });

  it.each(['numeroTarjeta', 'NUMERO_TARJETA', 'numTarjeta', 'numero_de_tarjeta', 'nroTarjetaCliente', 'tarjetaNumero', 'numerotarjeta'])(
    '%s is a card number in Spanish (real-world batch DF)',
    (name) => {
      expect(classifyCardField(name)).toBe('pan');
    },
  );

  it.each(['nombreTarjeta', 'numeroPedido', 'numeroTarjetaRegalo', 'numero_tarjeta_salud', 'numTarjetaTransporte'])(
    "%s is no payment card's number: a name, an order, a gift, health or transit card",
    (name) => {
      expect(isSensitiveKind(classifyCardField(name))).toBe(false);
    },
  );

  it.each(['numbercreditcard', 'numbercard', 'numcreditcard', 'NUMBERCREDITCARD'])(
    '%s is a card number, the number word first, joined as `numberCreditCard` is split (real-world batch EZ)',
    (name) => {
      expect(classifyCardField(name)).toBe('pan');
    },
  );

  it.each(['numbergiftcard', 'numberCards', 'numCards', 'cards_number', 'cards_num', 'all_cards_num', 'numberCreditCards', 'numeroTarjetas', 'numberofcards'])(
    "%s is no payment card's number: a gift card's, or a count of cards (a flash-card game's, real-world batch FC)",
    (name) => {
      expect(isSensitiveKind(classifyCardField(name))).toBe(false);
      expect(isSensitiveKind(classifyCardField(name, { cardContext: true }))).toBe(false);
    },
  );

  it.each(['numeroCartao', 'NUMERO_CARTAO', 'numCartao', 'numero_do_cartao', 'numero_de_cartao', 'nroCartaoCredito', 'cartao_numero', 'numerocartao', 'numcartao'])(
    '%s is a card number in Portuguese (real-world batch DF)',
    (name) => {
      expect(classifyCardField(name)).toBe('pan');
    },
  );

  it.each([
    'nomeCartao', 'numeroCartaoPresente', 'numero_cartao_fidelidade', 'numeroCartaoSus', 'numCartaoCidadao', 'numeroDoPedido',
    // a time clock's, a vaccination, an answer sheet's, a health plan's and a boarding card's (real-world batch DN)
    'numeroCartaoPonto', 'numeroCartaoVacina', 'numeroCartaoResposta', 'numeroCartaoConvenio', 'numeroCartaoPlano', 'numeroCartaoEmbarque',
    // Spanish transit, health, loyalty and ID cards (real-world batch DP)
    'numeroTarjetaBip', 'NumeroBip', 'numeroTarjetaSube', 'numeroTarjetaSanitaria', 'numeroTarjetaLealtad', 'numeroTarjetaAfiliado',
  ])(
    "%s is no payment card's number: a name, a gift, loyalty, health, citizen or other card, an order",
    (name) => {
      expect(isSensitiveKind(classifyCardField(name))).toBe(false);
    },
  );

  it("a field's name keyed in an object about the fields is no card data: errors, flags, wording, rules, schemas (real-world batch 279)", () => {
    for (const path of [
      ['errors', 'cardNumber'],
      ['formik', 'errors', 'cardNumber'],
      ['formik', 'touched', 'cvc'],
      ['LABELS', 'cardNumber'],
      ['fieldErrors', 'cvc'],
      ['schema', 'shape', 'cardNumber'],
      ['placeholders', 'cvc'],
      ['messages', 'cardNumber'],
      ['validationRules', 'cardNumber'],
      ['i18n', 'cardNumber'],
      ['I18N', 'cvc'],
      ['dirtyFields', 'cardNumber'],
      ['classNames', 'cvc'],
    ]) {
      expect(classifyNamePathSegments(path)).toBeNull();
    }
    // ...but a message's data, a ref's input value and a form's values are read
    expect(classifyNamePathSegments(['message', 'cardNumber'])).toBe('pan');
    expect(classifyNamePathSegments(['$refs', 'cvc', 'value'])).toBe('cvc');
    expect(classifyNamePathSegments(['form', 'values', 'cardNumber'])).toBe('pan');
  });

  it('reads a card object in Portuguese or Spanish (real-world batch DN): its number and security code', () => {
    for (const container of ['cartao', 'cartaoCredito', 'dadosCartao', 'cartao_de_credito', 'tarjeta', 'datosTarjeta']) {
      expect(classifyNamePathSegments([container, 'numero'])).toBe('pan');
      expect(classifyNamePathSegments([container, 'codigoSeguranca'])).toBe('cvc');
    }
    expect(classifyCardField('cartao_codigo_seguranca')).toBe('cvc');
    expect(classifyCardField('codigoSeguridadTarjeta')).toBe('cvc');
    // the code word shortened, a connector between, a verification code (real-world batch DP)
    for (const name of ['codSeguridad', 'codigo_de_seguridad', 'codigoDeSeguridad', 'codigoVerificacion', 'cod_seguranca']) {
      expect(classifyCardField(name, { cardContext: true })).toBe('cvc');
      expect(classifyCardField(name)).toBeNull();
    }
    expect(isCvcBesideCardNumber('codSeguridad', ['numeroTarjeta', 'fechaTarjeta', 'codSeguridad'])).toBe(true);
    expect(isNumberBesideCardExpiry('numero', ['nombre', 'numero', 'mesExpiracion', 'anioExpiracion'])).toBe(true);
    expect(isNumberBesideCardExpiry('numero', ['numero', 'fechaVencimiento'])).toBe(false);
    // a bare number or security code needs a card around it, as in English
    expect(classifyCardField('numero')).toBeNull();
    expect(classifyCardField('codigoSeguranca')).toBeNull();
    expect(classifyCardField('numero', { cardContext: true })).toBe('pan');
    // a list of cards, and other kinds of card on the way, say nothing
    expect(classifyNamePathSegments(['cartoes', 'numero'])).toBeNull();
    expect(classifyNamePathSegments(['fidelidade', 'numeroCartao'])).toBeNull();
    expect(classifyNamePathSegments(['cartaoSus', 'numero'])).toBeNull();
  });

  it('reads a dialog title that names another kind of card, not one paid with or for', () => {
    for (const title of ['Add a Loyalty Card', 'New library card', 'Edit gift card', 'Scan your membership card']) expect(titleNamesOtherKindOfCard(title)).toBe(true);
    for (const title of ['Buy a gift card', 'Top up your transit card', 'Pay by card', 'Add a card', 'Reload gift card', 'Loyalty points']) {
      expect(titleNamesOtherKindOfCard(title)).toBe(false);
    }
  });

  it("reads an identity card's or a voucher's number on the way as that card's (real-world batch GC), not a card's id", () => {
    expect(classifyNamePathSegments(['customer', 'idCard', 'cardNumber'])).toBeNull();
    expect(classifyNamePathSegments(['id_card', 'number'])).toBeNull();
    expect(classifyNamePathSegments(['voucher', 'cardNumber'])).toBeNull();
    expect(classifyNamePathSegments(['vouchers', 'cvv'])).toBeNull();
    // a card's id, a holder's id and a payment card beside them are no such cards
    expect(classifyNamePathSegments(['cardId', 'cardNumber'])).toBe('pan');
    expect(classifyNamePathSegments(['idCliente', 'card', 'number'])).toBe('pan');
    expect(classifyNamePathSegments(['payment', 'card', 'cvc'])).toBe('cvc');
  });

  it.each(['pinBlock', 'pin_block', 'cardPin'])('%s is a PIN', (name) => {
    expect(classifyCardField(name)).toBe('pin');
  });

  it('trackData and pin need card context', () => {
    expect(classifyCardField('trackData')).toBeNull();
    expect(classifyCardField('trackData', { cardContext: true })).toBe('track');
    expect(classifyCardField('pin')).toBeNull();
    expect(classifyCardField('pinCode')).toBeNull();
    expect(classifyCardField('pin', { cardContext: true })).toBe('pin');
    // A card's `securityPin` / `pinNumber` is its PIN (real-world batch 100); a `pinCode` may be a postal code.
    expect(classifyCardField('securityPin')).toBeNull();
    expect(classifyCardField('securityPin', { cardContext: true })).toBe('pin');
    expect(classifyCardField('pin_number', { cardContext: true })).toBe('pin');
    expect(classifyCardField('pinCode', { cardContext: true })).toBeNull();
    expect(classifyCardField('pinHint', { cardContext: true })).toBeNull();
  });
});

describe('classifyCardField: safe derivatives (§7.1, §7.2)', () => {
  it.each([
    'last4', 'cardLast4', 'card_last_4', 'lastFour', 'last_four', 'cardNumberLast4', 'maskedCardNumber',
    'card_number_masked', 'cvc_check', 'cvcCheck', 'cvc_token', 'cvcToken', 'cardNumberElement', 'cardNumberError',
    'cvcValid', 'cardNumberLength', 'cvc_update', 'fingerprint', 'cardFingerprint', 'cardBrand', 'card_id',
    'cardNumberToken', 'hashedCardNumber', 'encryptedCardNumber', 'cardNumberPlaceholder', 'cvcRequired',
    'cvc_failure', 'cvcFailed', 'declineOnCvcFailure', 'cvvMatch', 'cvv_mismatch', 'cvcVerified', 'verifyCvc',
    'verify_cvv', 'cvcVerification', 'cardVerificationStatus', 'cvc_verification_result',
    // A gateway's CVV match code (real-world batch 332: NMI's, Braintree's).
    'cvvResponse', 'cvvResponseCode', 'cvv2_response',
    // What an encryption keeps beside its ciphertext (real-world batch 100).
    'cvvIV', 'cvv_iv', 'cvvAuthTag', 'cvvSalt', 'cardNumberNonce', 'panIv',
    // A price set for a field (real-world batch 99: a gateway's surcharge settings).
    'cvv_premium', 'cvvFee', 'card_number_surcharge',
    // The frame a hosted field is rendered in (real-world batch 339: a count of Worldpay's iframes, logged).
    'cvv_iframes', 'cvvIframe', 'cardNumberFrame', 'cvc_frames',
  ])('%s is safe or not card data', (name) => {
    const kind = classifyCardField(name);
    expect(isSensitiveKind(kind)).toBe(false);
    expect(kind === 'safe' || kind === null).toBe(true);
  });

  it.each(['brand', 'funding', 'country', 'last4', 'fingerprint', 'id', 'name', 'address_zip'])(
    '%s inside a card is not sensitive',
    (name) => {
      expect(isSensitiveKind(classifyCardField(name, { cardContext: true }))).toBe(false);
    },
  );
});

describe('classifyCardField: collisions (§0.6, §7.4)', () => {
  it.each([
    'accNumber', 'accountNumber', 'account_number', 'routing_number', 'id_number', 'tracking_number', 'trackingNumber',
    'orderNumber', 'invoice_number', 'phoneNumber', 'numberOfCards', 'np_pan', 'panNumber', 'giftCardNumber',
    'gift_card_number', 'loyaltyCardNumber', 'simCardNumber', 'idCardNumber', 'personal_id_number', 'taxIdNumber',
    'securityCode', 'otpCode', 'pincode', 'pinned', 'pinCode', 'expires_at', 'expiresIn', 'tokenExpiry',
    'exp', 'cardCount', 'cards', 'card', 'cardholderName', 'cardholder_name', 'cc-name', 'postalCode', 'spinner',
    'compartment', 'panel', 'cvcCheck', 'scheduleNumber',
    // India's PAN card (a tax id) and identity cards, in KYC models
    'panCard', 'pan_card', 'panCardNumber', 'PAN_CARD_NO', 'aadharCardNumber', 'aadhaar_card_no', 'rationCardNumber',
    'drivingLicenseCardNumber',
    // East Asian apps' other cards (real-world batch DW): fuel, point, VIP, medical, IC and top-up cards
    'oilCardNo', 'fuel_card_number', 'pointCardNo', 'vipCardNo', 'medicalCardNo', 'icCardNo',
    // a dispensary's medical card (real-world batch 271)
    'Med Card Number', 'medCardNo', 'mmj_card_number',
    // A field for Stripe's test cards (Stripe Terminal's simulator `testCardNumber`)
    'testCardNumber', 'test_card_number', 'Test card number',
    // an index glued to another word or to a safe one
    'card1', 'cc2', 'cvcCheck1', 'cardLast41', 'phoneNumber1', 'giftCardNumber2',
    // access, transit, health-scheme and holders' own cards (real-world batches DF, DG)
    'rfidCardNumber', 'nfc_card_no', 'badgeCardNumber', 'transitCardNumber', 'Oyster card number', 'medicareCardNumber',
    'employeeCardNumber', 'staff_card_no', 'patientCardNumber', 'Parking card number', 'hotelRoomCardNo', 'smartCardNumber',
    // a library's borrower's or patron's card (precision probe 204)
    'borrowerCardNo', 'patron_card_number',
    // identity cards and a shop's discount card (precision probe 299)
    'residenceCardNumber', 'residence_card_no', 'workPermitCardNumber', 'militaryCardNumber', 'discountCardNumber',
  ])('%s is not sensitive card data', (name) => {
    expect(isSensitiveKind(classifyCardField(name))).toBe(false);
  });

  it.each(['employeeCreditCardNumber', 'patient_payment_card_number', 'hotelCcNumber', 'staffDebitCardNo'])(
    '%s is a payment card number: a payment word beside a holder of other cards (real-world batch DG)',
    (name) => {
      expect(classifyCardField(name)).toBe('pan');
    },
  );

  it('test is another card only right before the card word', () => {
    expect(['cardNumberTest', 'latestCardNumber', 'testingCardNumber'].map((name) => classifyCardField(name))).toEqual(['pan', 'pan', 'pan']);
  });

  it('oxxo number is not a PAN even in context naming', () => {
    expect(classifyCardField('oxxo[number]')).toBeNull();
  });
});

describe('bracket keys (§1.5)', () => {
  it.each([
    ['card[number]', 'pan'],
    ['card[cvc]', 'cvc'],
    ['card[exp_month]', 'expiry'],
    ['payment_method_data[card][number]', 'pan'],
    ['source[number]', 'pan'],
    ['cvc_update[cvc]', 'cvc'],
    ['card[name]', null],
    ['card[last4]', null],
    ['card[number_last4]', 'safe'],
    ['bank_account[account_number]', null],
  ] as const)('%s → %s', (name, kind) => {
    expect(classifyCardField(name)).toBe(kind);
  });
});

describe('pathNamesOtherKindOfCard', () => {
  it('a card word and another kind of card in a request path, plurals and joined words too; not a payment path', () => {
    const paths = ['/api/gift-cards/redeem', '/giftcards/…/balance', 'api.example.com/loyalty/cards/…', '/api/sim-card/pin', '/api/cards', '/api/orders/card', '/api/gift/redeem', '/api/account/cards'];
    expect(paths.map(pathNamesOtherKindOfCard)).toEqual([true, true, true, true, false, false, false, false]);
  });

  it('in Portuguese and Spanish too (real-world batch DN)', () => {
    const paths = ['/api/cartoes-presente/resgatar', '/api/cartoes-transporte/recarga', '/tarjetas-regalo/canjear', '/api/cartoes', '/api/pagamentos/cartao'];
    expect(paths.map(pathNamesOtherKindOfCard)).toEqual([true, true, true, false, false]);
    // a card named by its own name: Chile's bip! (real-world batch DP), Oyster
    expect(['users/…/NumeroBip', '/api/oyster/topup', '/api/tips'].map(pathNamesOtherKindOfCard)).toEqual([true, true, false]);
  });

  it("a professional driver's card: the Dutch chauffeurspas by its own name, a chauffeur's or tachograph card (real-world batch GF)", () => {
    const paths = ['https://api.ilent.nl/v1/chauffeurspas/verify', '/api/chauffeurskaart', '/chauffeur-cards/check', '/tachograph-card/…', '/api/drivers/cards', '/api/drivers/payout-card'];
    expect(paths.map(pathNamesOtherKindOfCard)).toEqual([true, true, true, true, false, false]);
    expect(['chauffeurspasNummer', 'chauffeurCardNumber', 'driverCardNumber'].map((name) => isSensitiveKind(classifyCardField(name)))).toEqual([false, false, true]);
  });

  it('an identity card by its kind in a path; a discount only in a name (precision probe 299)', () => {
    const paths = ['/api/residence-cards/verify', '/military-card/…', '/api/cards/discount', '/api/discount-cards'];
    expect(paths.map(pathNamesOtherKindOfCard)).toEqual([true, true, false, false]);
    expect(['discountCardNumber', 'discount_card_cvv'].map((name) => isSensitiveKind(classifyCardField(name)))).toEqual([false, false]);
  });

  it("a holder's card as one resource, as the name says it (`staffCardNumber`), with no payment word; the holder's cards under it may be payment cards", () => {
    const paths = ['/api/staff-card/verify', '/patient-cards/…', '/api/hotel-room-card', '/api/staff/cards', '/api/staff-card/payment'];
    expect(paths.map(pathNamesOtherKindOfCard)).toEqual([true, true, true, false, false]);
  });

  it("an identity card's resource: `id` right before the card word, not a card's record id after it (real-world batch FK)", () => {
    const paths = ['/print/id-card', '/api/id-cards', '/api/idcards', '/cards/:id', '/api/cards/id/charge', '/api/payments/…/card'];
    expect(paths.map(pathNamesOtherKindOfCard)).toEqual([true, true, false, false, false, false]);
    // Not in a name: an element's `id-card-number` is the id of a card-number field (Mercado Pago's form).
    expect(['id-card-number', 'idCardNumber', 'cardId'].map(namesOtherKindOfCard)).toEqual([false, false, false]);
  });
});

describe('isCardContainerName', () => {
  it.each(['card', 'creditCard', 'cardDetails', 'card_data', 'paymentCard', 'cc', 'cardInfo', 'rawCard', 'newCard', 'card_form', 'createCardDto', 'saveCardInput', 'addCardDto'])(
    '%s holds card fields',
    (name) => expect(isCardContainerName(name)).toBe(true),
  );
  it.each(['cards', 'giftCard', 'cardElement', 'businessCard', 'scorecard', 'cardCount', 'discard', 'postcard', 'cardId', 'panCard', 'aadharCard', 'createGiftCardDto', 'createCardService', 'deleteCardDto'])(
    '%s does not',
    (name) => expect(isCardContainerName(name)).toBe(false),
  );
});

describe('classifyNamePathSegments', () => {
  it.each([
    [['card', 'number'], 'pan'],
    [['form', 'cardNumber'], 'pan'],
    [['order', 'cardNumber'], 'pan'],
    [['member', 'cardNumber'], 'pan'],
    [['state', 'card', 'cvc', 'value'], 'cvc'],
    // the card of a gift / library / loyalty card holder, as the flat `giftCardNumber` is (real-world batch W, probes)
    [['gift', 'cardNumber'], null],
    [['giftCard', 'cardNumber'], null],
    [['library', 'cardNumber'], null],
    [['loyalty', 'card', 'cvc'], null],
  ] as const)('%j is %s', (segments, kind) => expect(classifyNamePathSegments(segments)).toBe(kind));
});

describe('autocomplete and data-stripe', () => {
  it.each([
    ['cc-number', 'pan'],
    ['cc-csc', 'cvc'],
    ['cc-exp', 'expiry'],
    ['cc-exp-month', 'expiry'],
    ['section-payment billing cc-number', 'pan'],
    ['cc-name', null],
    ['cc-type', null],
    ['postal-code', null],
    ['one-time-code', null],
  ] as const)('autocomplete %s → %s', (value, kind) => expect(classifyAutocomplete(value)).toBe(kind));

  it.each([
    ['number', 'pan'],
    ['cvc', 'cvc'],
    ['exp-month', 'expiry'],
    ['exp-year', 'expiry'],
    ['exp', 'expiry'],
    ['name', null],
    ['address_zip', null],
  ] as const)('data-stripe %s → %s', (value, kind) => expect(classifyDataStripe(value)).toBe(kind));
});

describe('isSafeDerivativeName', () => {
  it.each(['last4', 'cardLast4', 'last_4', 'lastFour', 'last_four', 'last4Digits', 'lastDigits', 'maskedPan', 'panMasked', 'cardHash', 'hashedCvc', 'fingerprint', 'cardBrand', 'redactedNumber', 'partial_card_number', 'partialPan'])(
    '%s is a safe derivative',
    (name) => {
      expect(isSafeDerivativeName(name)).toBe(true);
    },
  );

  it.each(['cardNumber', 'cvc', 'lastName', 'last', 'four', 'number', 'pan'])('%s is not', (name) => {
    expect(isSafeDerivativeName(name)).toBe(false);
  });
});

describe('isCardCollectionName', () => {
  it.each(['cards', 'card', 'Card', 'credit_cards', 'CreditCard', 'creditcards', 'savedCards', 'payment_cards', 'PaymentCardEntity', 'cardSchema', 'CardModel', 'user_cards', 'cc'])(
    '%s names a store of payment cards',
    (name) => {
      expect(isCardCollectionName(name)).toBe(true);
    },
  );

  it.each(['giftCards', 'gift_card', 'loyaltyCard', 'simCards', 'card_types', 'cardTokens', 'credits', 'users', 'cardBrands', 'scoreCard', 'PanCard', 'panCardSchema', 'AadhaarCardModel'])(
    '%s does not',
    (name) => {
      expect(isCardCollectionName(name)).toBe(false);
    },
  );
});

describe('isCvcBesideCardNumber', () => {
  it('reads a security code as the CVC beside a card number named as one (real-world batch 95)', () => {
    expect(isCvcBesideCardNumber('security_code', ['card_number', 'security_code', 'expiration_month'])).toBe(true);
    expect(isCvcBesideCardNumber('securityCode', ['ccNumber', 'securityCode'])).toBe(true);
    expect(isCvcBesideCardNumber('cvCode', ['creditCardNumber', 'cvCode'])).toBe(true);
    expect(isCvcBesideCardNumber('codigoSeguranca', ['numeroCartao', 'codigoSeguranca', 'validade'])).toBe(true);
    // Authorize.net's name for the CVV (real-world batch DV), which alone is a card game's code as often
    expect(isCvcBesideCardNumber('cardCode', ['cardNumber', 'expirationDate', 'cardCode'])).toBe(true);
    expect(isCvcBesideCardNumber('cardCode', ['deckId', 'cardCode'])).toBe(false);
    expect(classifyCardField('cardCode')).toBeNull();
    expect(classifyCardField('card_code', { cardContext: true })).toBe('cvc');
    expect(classifyCardField('giftCardCode', { cardContext: true })).toBeNull();
    // No card number beside it: a login's or a voucher's security code.
    expect(isCvcBesideCardNumber('securityCode', ['email', 'securityCode'])).toBe(false);
    expect(isCvcBesideCardNumber('securityCode', ['number', 'securityCode'])).toBe(false);
    expect(isCvcBesideCardNumber('securityCode', ['giftCardNumber', 'securityCode'])).toBe(false);
    // an SMS's or a captcha's verification code, joined or not (real-world batch DY); a joined security code is the card's
    expect(isCvcBesideCardNumber('verificationcode', ['cardno', 'mobile', 'verificationcode'])).toBe(false);
    expect(isCvcBesideCardNumber('verificationCode', ['cardno', 'mobile', 'verificationCode'])).toBe(false);
    expect(isCvcBesideCardNumber('securitycode', ['cardno', 'securitycode'])).toBe(true);
    // A card activation's text-message code, and names that need no help (or get none).
    expect(isCvcBesideCardNumber('verificationCode', ['cardNumber', 'verificationCode'])).toBe(false);
    expect(isCvcBesideCardNumber('cvv', ['cardNumber', 'cvv'])).toBe(false);
    expect(isCvcBesideCardNumber('pin', ['cardNumber', 'pin'])).toBe(false);
    expect(isCvcBesideCardNumber('number', ['cardNumber', 'number'])).toBe(false);
  });

  it('reads a bare security as the CVC beside a card number and its expiry only (real-world batch EL)', () => {
    expect(isCvcBesideCardNumber('security', ['cardCompany', 'cardNumber', 'expiration', 'security'])).toBe(true);
    expect(isCvcBesideCardNumber('Security', ['card_number', 'exp_month', 'exp_year', 'Security'])).toBe(true);
    // A building's or an account's security, beside no card number or no expiry; and longer names.
    expect(isCvcBesideCardNumber('security', ['cardNumber', 'security'])).toBe(false);
    expect(isCvcBesideCardNumber('security', ['accountNumber', 'expiration', 'security'])).toBe(false);
    expect(isCvcBesideCardNumber('securityQuestion', ['cardNumber', 'expiration', 'securityQuestion'])).toBe(false);
    expect(isCvcBesideCardNumber('securityLevel', ['cardNumber', 'expiryDate', 'securityLevel'])).toBe(false);
  });

  it('reads a bare verification as the CVC beside a card number and its expiry only (real-world batch 298)', () => {
    expect(isCvcBesideCardNumber('verification', ['cardNumber', 'expiry', 'verification'])).toBe(true);
    expect(isCvcBesideCardNumber('Verification', ['card_number', 'exp_month', 'exp_year', 'Verification'])).toBe(true);
    // An account's or a card activation's verification (no expiry), an identity check's (no card number), longer names.
    expect(isCvcBesideCardNumber('verification', ['cardNumber', 'verification'])).toBe(false);
    expect(isCvcBesideCardNumber('verification', ['documentNumber', 'expiryDate', 'verification'])).toBe(false);
    expect(isCvcBesideCardNumber('verificationStatus', ['cardNumber', 'expiry', 'verificationStatus'])).toBe(false);
    expect(isCvcBesideCardNumber('verified', ['cardNumber', 'expiry', 'verified'])).toBe(false);
  });

  it('reads either after a card word the same way (real-world batch 310)', () => {
    expect(isCvcBesideCardNumber('card_security', ['name', 'card_number', 'card_expire', 'card_security'])).toBe(true);
    expect(isCvcBesideCardNumber('cardVerification', ['cardNumber', 'expiryDate', 'cardVerification'])).toBe(true);
    expect(isCvcBesideCardNumber('CreditCardSecurity', ['CreditCardNumber', 'ExpMonth', 'ExpYear', 'CreditCardSecurity'])).toBe(true);
    expect(isCvcBesideCardNumber('cc_security', ['cc_number', 'cc_exp', 'cc_security'])).toBe(true);
    // Beside no expiry, or no card number; another word after the card's (a gift card's, a card's security settings).
    expect(isCvcBesideCardNumber('card_security', ['card_number', 'card_security'])).toBe(false);
    expect(isCvcBesideCardNumber('cardVerification', ['phoneNumber', 'expiry', 'cardVerification'])).toBe(false);
    expect(isCvcBesideCardNumber('giftCardSecurity', ['cardNumber', 'expiry', 'giftCardSecurity'])).toBe(false);
    expect(isCvcBesideCardNumber('cardSecurityLevel', ['cardNumber', 'expiry', 'cardSecurityLevel'])).toBe(false);
  });
});

describe('isNumberBesideCardExpiry', () => {
  it("reads a bare number as the card's beside an expiry month and year (real-world batch DF)", () => {
    expect(isNumberBesideCardExpiry('number', ['name', 'number', 'brand', 'exp_month', 'exp_year'])).toBe(true);
    expect(isNumberBesideCardExpiry('num', ['num', 'expiryMonth', 'expiryYear'])).toBe(true);
    expect(isNumberBesideCardExpiry('number', ['number', 'expiration_mm', 'expiration_yyyy'])).toBe(true);
    // A passport's, a licence's or a ticket's number beside an expiry date, or a month alone.
    expect(isNumberBesideCardExpiry('number', ['number', 'expiry', 'country'])).toBe(false);
    expect(isNumberBesideCardExpiry('number', ['number', 'exp_date'])).toBe(false);
    expect(isNumberBesideCardExpiry('number', ['number', 'exp_month'])).toBe(false);
    expect(isNumberBesideCardExpiry('number', ['number', 'month', 'year'])).toBe(false);
    // Names that need no help, or are no card number in a card.
    expect(isNumberBesideCardExpiry('cardNumber', ['cardNumber', 'exp_month', 'exp_year'])).toBe(false);
    expect(isNumberBesideCardExpiry('brand', ['number', 'brand', 'exp_month', 'exp_year'])).toBe(false);
  });
});

describe('kindBesideSiblings', () => {
  it("reads a bare pan as the card's number beside a CVC, and not beside a tax record's fields (real-world batch FE)", () => {
    expect(kindBesideSiblings('pan', ['card_holder_name', 'pan', 'cvv', 'expiry_date'])).toBe('pan');
    expect(kindBesideSiblings('PAN', () => ['PAN', 'CVC'])).toBe('pan');
    expect(kindBesideSiblings('pan', ['name', 'pan', 'dob', 'expiry_date'])).toBeNull();
    expect(kindBesideSiblings('panNumber', ['panNumber', 'cvv'])).toBeNull();
    // India's tax id beside the other identity numbers of a KYC record, even where a card's CVC is kept too (batch 270)
    expect(kindBesideSiblings('PAN', ['aadhar_number', 'voter_id', 'passport_number', 'PAN', 'credit_card_number', 'cvv'])).toBeNull();
    expect(kindBesideSiblings('pan', ['gstin', 'pan', 'cvv'])).toBeNull();
    expect(kindBesideSiblings('cc', ['aadhaar', 'cc', 'cvv'])).toBe('pan');
    // (a bank branch's IFSC beside a card and its CVC says nothing of the PAN: regression probe 272)
    expect(kindBesideSiblings('pan', ['pan', 'cvv', 'ifsc'])).toBe('pan');
    expect(kindBesideSiblings('number', ['number', 'exp_month', 'exp_year'])).toBe('pan');
  });

  it("reads someone's credit's number as the card's beside a CVC (regression probe 260), not a credit note's alone", () => {
    expect(kindBesideSiblings('customer_credit_number', ['customer_credit_number', 'cvv', 'exp_month', 'exp_year'])).toBe('pan');
    expect(kindBesideSiblings('txtCreditNumber', () => ['txtCreditNumber', 'cvv'])).toBe('pan');
    expect(kindBesideSiblings('vendor_credit_number', ['vendor_id', 'amount', 'vendor_credit_number'])).toBeNull();
    expect(kindBesideSiblings('vendor_credit_date', ['vendor_credit_date', 'cvv'])).toBeNull();
  });

  it("reads a bare cc as the card's number beside a CVC, and not beside a mail's fields (real-world batch 254)", () => {
    expect(kindBesideSiblings('cc', ['name', 'cc', 'cvv', 'expire'])).toBe('pan');
    expect(kindBesideSiblings('CC', () => ['CC', 'CVC2'])).toBe('pan');
    expect(kindBesideSiblings('cc', ['to', 'cc', 'bcc', 'subject', 'code'])).toBeNull();
    expect(kindBesideSiblings('cc', ['cc', 'expire'])).toBeNull();
    expect(kindBesideSiblings('ccList', ['ccList', 'cvv'])).toBeNull();
  });

  it("reads a model's bare number field as the card's beside a CVC named as one (real-world batch 304), not beside other codes", () => {
    const declaredFields = true;
    expect(kindBesideSiblings('number', ['name', 'number', 'CVC', 'expired'], { declaredFields })).toBe('pan');
    expect(kindBesideSiblings('num', () => ['num', 'cvv2'], { declaredFields })).toBe('pan');
    // a security code however spelled may be an OTP's or a door's; a number beside a PIN is a phone's or an account's
    expect(kindBesideSiblings('number', ['number', 'securityCode'], { declaredFields })).toBeNull();
    expect(kindBesideSiblings('number', ['number', 'pin'], { declaredFields })).toBeNull();
    expect(kindBesideSiblings('number', ['number', 'expired'], { declaredFields })).toBeNull();
    expect(kindBesideSiblings('orderNumber', ['orderNumber', 'cvv'], { declaredFields })).toBeNull();
    // a record written with values is read by them (\`{ number: card.number, cvc: card.cvc }\`)
    expect(kindBesideSiblings('number', ['name', 'number', 'CVC', 'expired'])).toBeNull();
  });
});

describe('kindBesideSiblings: a payment card named alone', () => {
  it("reads creditCard as the card's number beside a CVC, or a security code however spelled with the card's expiry, and that code as its CVC (real-world batch 266)", () => {
    const booking = ['creditCardName', 'creditCard', 'securityCode', 'month', 'year'];
    expect(kindBesideSiblings('creditCard', booking)).toBe('pan');
    expect(kindBesideSiblings('securityCode', booking)).toBe('cvc');
    expect(kindBesideSiblings('debit_card', () => ['debit_card', 'cvv'])).toBe('pan');
    expect(kindBesideSiblings('CREDITCARD', ['CREDITCARD', 'CardCode', 'expiry'])).toBe('pan');
    // Alone, beside a brand or a holder, or beside a code without an expiry: a brand, a token or a flag as often
    // (regression probe 267: `{ creditCard: false, cardCode: gift.code }`, a profile's flag beside its 2FA code).
    expect(kindBesideSiblings('creditCard', ['creditCard', 'brand', 'holder'])).toBeNull();
    expect(kindBesideSiblings('creditCard', ['creditCard', 'cardCode'])).toBeNull();
    expect(kindBesideSiblings('securityCode', ['creditCard', 'securityCode', 'email'])).toBeNull();
    expect(kindBesideSiblings('securityCode', ['creditCard', 'securityCode', 'month'])).toBeNull();
    // A text message's code is no card's, whatever is beside it.
    expect(kindBesideSiblings('creditCard', ['phone', 'creditCard', 'verificationCode', 'expiry'])).toBeNull();
    expect(kindBesideSiblings('securityCode', ['giftCard', 'securityCode'])).toBeNull();
    expect(kindBesideSiblings('creditCardType', ['creditCardType', 'cvv'])).toBeNull();
    expect(kindBesideSiblings('creditCards', ['creditCards', 'cvv'])).toBeNull();
  });
});

describe('encryptedAuthDataKind', () => {
  it('names the CVC, track data or PIN a name says is kept encrypted or hashed, and nothing else', () => {
    expect(encryptedAuthDataKind('encryptedCvc')).toBe('cvc');
    expect(encryptedAuthDataKind('cvv_hash')).toBe('cvc');
    expect(encryptedAuthDataKind('cardPinHash')).toBe('pin');
    expect(encryptedAuthDataKind('encryptedTrack2Data')).toBe('track');
    expect(encryptedAuthDataKind('securityCodeCipher')).toBeNull();
    expect(encryptedAuthDataKind('securityCodeCipher', { cardContext: true })).toBe('cvc');
    // An encrypted card number is unreadable (PCI DSS 3.5), and names without an encryption word are not this one's.
    expect(encryptedAuthDataKind('encryptedPan')).toBeNull();
    expect(encryptedAuthDataKind('cardNumberHash')).toBeNull();
    expect(encryptedAuthDataKind('cvc_check')).toBeNull();
    expect(encryptedAuthDataKind('hash')).toBeNull();
  });
});

describe('recordKindNamesOtherCard', () => {
  it("a record's kind key naming another kind of card (with the card word, or a gift or loyalty kind alone)", () => {
    expect(recordKindNamesOtherCard('type', 'loyalty_card')).toBe(true);
    expect(recordKindNamesOtherCard('type', 'gift_card_redemption')).toBe(true);
    expect(recordKindNamesOtherCard('kind', 'loyalty')).toBe(true);
    expect(recordKindNamesOtherCard('cardType', 'membership')).toBe(true);
    expect(recordKindNamesOtherCard('card_type', 'giftcard')).toBe(true);
  });

  it('not a payment, a purchase category, a card brand, or another key', () => {
    expect(recordKindNamesOtherCard('type', 'payment')).toBe(false);
    expect(recordKindNamesOtherCard('type', 'insurance')).toBe(false);
    expect(recordKindNamesOtherCard('cardType', 'visa')).toBe(false);
    expect(recordKindNamesOtherCard('type', 'credit_card')).toBe(false);
    expect(recordKindNamesOtherCard('name', 'loyalty_card')).toBe(false);
  });
});

describe('namesOtherCardRecord', () => {
  it("tells a trading card's, a board's or a gift card's record by its other fields, and not a payment card's", () => {
    expect(namesOtherCardRecord(['name', 'card_number', 'rarity'])).toBe(true);
    expect(namesOtherCardRecord(['productSetCode', 'productCardNumber'])).toBe(true);
    expect(namesOtherCardRecord(['set_code', 'card_number'])).toBe(true);
    expect(namesOtherCardRecord(['cardNo', 'title', 'trelloNo'])).toBe(true);
    expect(namesOtherCardRecord(['gan', 'cardNumber', 'balance'])).toBe(true);
    // a playing card's suit, a flash card's deck (real-world batch DG)
    expect(namesOtherCardRecord(['number', 'suit'])).toBe(true);
    expect(namesOtherCardRecord(['deckId', 'front', 'back', 'cardNumber'])).toBe(true);
    // a kanban board's card in Portuguese (real-world batch DN)
    expect(namesOtherCardRecord(['numeroCartao', 'quadro', 'coluna'])).toBe(true);
    expect(namesOtherCardRecord(['numeroCartao', 'validade', 'cvv', 'titular'])).toBe(false);
    expect(namesOtherCardRecord(['cardNumber', 'expiry', 'cvv', 'cardholderName'])).toBe(false);
    expect(namesOtherCardRecord(['cardNumber', 'title', 'setting', 'settled'])).toBe(false);
    // a flash card's sides or question and answer, a trading card's set, by whole names (real-world batch FC); one
    // side alone may be a payment card's photo
    expect(namesOtherCardRecord(['number', 'front', 'back'])).toBe(true);
    expect(namesOtherCardRecord(['number', 'Question', 'answer'])).toBe(true);
    expect(namesOtherCardRecord(['number', 'set', 'name'])).toBe(true);
    expect(namesOtherCardRecord(['cardNumber', 'front', 'cvv'])).toBe(false);
    expect(namesOtherCardRecord(['cardNumber', 'frontImage', 'backImage', 'cvv'])).toBe(false);
    expect(namesOtherCardRecord([])).toBe(false);
    // a loyalty card's scannable code (real-world batch FM)
    expect(namesOtherCardRecord(['storeName', 'cardNumber', 'barcodeFormat'])).toBe(true);
    expect(namesOtherCardRecord(['cardNumber', 'barcode'])).toBe(true);
    // a door-access badge's Wiegand credential, with its own expiry (real-world batch 298)
    expect(namesOtherCardRecord(['fullName', 'siteCode', 'cardNumber', 'expirationDate'])).toBe(true);
    expect(namesOtherCardRecord(['facility_code', 'card_number'])).toBe(true);
    // a club's membership card: its member number or membership type beside it (real-world batch 335); not a payment
    // card's record that keeps the member's id
    expect(namesOtherCardRecord(['memberNo', 'cardNo', 'memType', 'joinedDate', 'expireDate'])).toBe(true);
    expect(namesOtherCardRecord(['membership_number', 'card_number'])).toBe(true);
    expect(namesOtherCardRecord(['memberId', 'cardNumber', 'expiry', 'cvv'])).toBe(false);
    // a health insurance card: its group number, subscriber or pharmacy benefit ids beside it (probe 344); a card's
    // holder's member id alone says nothing
    expect(namesOtherCardRecord(['memberId', 'groupNumber', 'cardNumber'])).toBe(true);
    expect(namesOtherCardRecord(['subscriber_id', 'rx_bin', 'rx_pcn', 'card_number'])).toBe(true);
    expect(namesOtherCardRecord(['memberId', 'cardNumber'])).toBe(false);
    expect(namesOtherCardRecord(['cardNumber', 'wiegandFormat'])).toBe(true);
    expect(namesOtherCardRecord(['site', 'code', 'cardNumber', 'expiry', 'cvv'])).toBe(false);
  });

  it("tells a stored-value card's record by a balance beside the number, not a payment card's with an expiry, a CVC or a bank account (real-world batch GH)", () => {
    expect(namesOtherCardRecord(['id', 'cardNumber', 'balance', 'checkedAt'])).toBe(true);
    expect(namesOtherCardRecord(['card_number', 'current_balance', 'pin'])).toBe(true);
    expect(namesOtherCardRecord(['cardNumber', 'expMonth', 'balance'])).toBe(false);
    expect(namesOtherCardRecord(['cardNumber', 'cvv', 'balance'])).toBe(false);
    expect(namesOtherCardRecord(['cardNumber', 'accountNumber', 'balance'])).toBe(false);
    expect(namesOtherCardRecord(['cardNumber', 'iban', 'availableBalance'])).toBe(false);
  });
});

describe('namesSelfNamedCard', () => {
  it('reads the cards whose own name says the card, plurals too', () => {
    expect(['numeroBip', 'users/${uid}/carnets', 'numero_carteirinha', 'oysterNumber'].map(namesSelfNamedCard)).toEqual([true, true, true, true]);
  });
  it('is false for payment cards and names that only contain those letters', () => {
    expect(['cardNumber', 'numeroCartao', 'tubeNumber', 'carnetization', 'bipolar'].map(namesSelfNamedCard)).toEqual([false, false, false, false, false]);
  });
});
