/**
 * Card-field classifier: is a property key, variable name, form-field name or autocomplete token card data?
 *
 * Works on words, never on substrings (stripe-facts.md §0.6, §7.4): `accNumber` is not `ccNumber`,
 * `tracking_number` is not track data, `np_pan` is a tax id. Bare words that only mean card data inside a card
 * (`number`, `pan`, `securityCode`, `exp`, `pin`, `trackData`, a bare `track1`) need the caller to say it is in a card context:
 * a key inside a `card` / `source` object, a `data-stripe` attribute, a `card[…]` bracket key.
 */

import { caseFreeWordsFinder, textFinder } from './text-search.js';

/** Sensitive card data (never store / log / send raw) and expiry (only sensitive next to a PAN). */
export type CardFieldKind = 'pan' | 'cvc' | 'expiry' | 'track' | 'pin';
export type SensitiveKind = Exclude<CardFieldKind, 'expiry'>;
export type Classification = CardFieldKind | 'safe' | null;

export interface ClassifyOptions {
  /** The name sits inside a card object (`card: { number }`) or a card form (`data-stripe="number"`). */
  cardContext?: boolean;
}

export const isSensitiveKind = (kind: Classification): kind is SensitiveKind =>
  kind === 'pan' || kind === 'cvc' || kind === 'track' || kind === 'pin';

/** Human wording per kind, for messages. */
export const CARD_FIELD_LABEL: Readonly<Record<CardFieldKind, string>> = {
  pan: 'card number (PAN)',
  cvc: 'card security code (CVC)',
  expiry: 'card expiry',
  track: 'magnetic-stripe track',
  pin: 'card PIN',
};

/** Portuguese's and Spanish's card nouns, written with ASCII letters: cartão(ões), tarjeta(s). */
const ROMANCE_CARD_NOUNS = ['cartao', 'cartoes', 'tarjeta', 'tarjetas'];

/**
 * Words that make a name mean a card, Portuguese's and Spanish's among them (`cartaoCredito.numero`, `tarjeta.cvv`;
 * real-world batch DN).
 */
const CARD_WORDS = new Set(['card', 'cards', 'cc', 'credit', 'creditcard', 'debit', 'debitcard', ...ROMANCE_CARD_NOUNS]);
/** Does a text say a card, in any of its words (`Card`, `Número do cartão`, `creditCardNo`)? */
export const mentionsCardWord = (text: string): boolean => splitWords(text).some((word) => CARD_WORDS.has(word));

/** Plurals of card words: a list of cards, no card's fields (`cards.number` is no PAN). */
const CARD_PLURALS = new Set(['cards', 'cartoes', 'tarjetas']);

/**
 * Words naming a kind of card that is no payment card (gift, library, SIM, id cards…), also read in the objects a bound
 * path goes through (`gift.cardNumber`: `classifyNamePathSegments`). Not `member` there (a member's payment card is
 * one), nor the words of `NON_PAYMENT_CARD_WORDS` that are there for other numbers (`order`, `account`).
 */
const OTHER_CARD_KINDS = new Set([
  'gift', 'giftcard', 'loyalty', 'membership', 'sim', 'library', 'health', 'insurance', 'student', 'reward', 'rewards',
  'scratch', 'identity', 'national', 'voter', 'game', 'trading', 'playing', 'greeting', 'birthday', 'tarot', 'bingo',
  'baseball', 'pokemon', 'sports',
  // identity documents named "… card": India's Aadhaar and ration cards, driving licences, passports
  'aadhaar', 'aadhar', 'adhaar', 'adhar', 'ration', 'driving', 'license', 'licence', 'passport',
  // access, transit and health-scheme cards (real-world batches DF, DG): RFID / NFC badges, Oyster, Opal, Clipper, Medicare
  'rfid', 'nfc', 'badge', 'transit', 'metro', 'oyster', 'opal', 'clipper', 'medicare', 'medicaid',
  // Spanish and Portuguese names of other cards: gift, loyalty, library, transit, health (Brazil's SUS), student,
  // identity, ticket, vaccination, time-clock, answer-sheet, health-plan and boarding cards (real-world batch DN)
  'presente', 'regalo', 'fidelidade', 'fidelidad', 'biblioteca', 'transporte', 'saude', 'salud', 'sus', 'estudante',
  'estudiante', 'cidadao', 'identidade', 'identidad', 'bilhete', 'vacina', 'vacinacao', 'vacunacion', 'ponto',
  'resposta', 'respuesta', 'convenio', 'embarque',
  // ...and more in Spanish (real-world batch DP): Chile's bip! and TNE, Argentina's SUBE, Metrobús transit cards, health,
  // loyalty, wallet, points, neighbour, youth, professional, vehicle-circulation, residence, access and membership cards
  'bip', 'sube', 'tne', 'metrobus', 'sanitaria', 'lealtad', 'monedero', 'puntos', 'vecino', 'joven', 'profesional',
  'circulacion', 'residencia', 'acceso', 'afiliado',
  // ...and the diminutive and the Spanish word for an id card: a student's, member's or health plan's `carteirinha`,
  // a `carnet` (real-world batch DT)
  'carteirinha', 'carnet',
  // a professional driver's card: a chauffeur's licence card, a tachograph card (real-world batch GF: a Dutch taxi app
  // checking a driver's `chauffeurspas` with the register)
  'chauffeur', 'tachograph',
  // identity documents issued as cards: a residence card (Japan's zairyū card, `residenceCardNumber` in foreign-worker
  // registries), a work or residence permit, a military id (precision probe 299)
  'residence', 'permit', 'military',
]);

/**
 * Words of whose card a name speaks when it names no payment word beside them (`patientCardNumber`, `staff_card_no`:
 * a hospital's or an employer's card; real-world batches DF, DG), but whose people also pay by card: an
 * `employeeCreditCardNumber` or a `hotel_payment_card` is one, and a path through them (`patient.cardNumber`) says
 * nothing.
 */
const HOLDER_CARD_WORDS = new Set([
  'staff', 'employee', 'bus', 'parking', 'canteen', 'campus', 'school', 'patient', 'resident', 'visitor', 'hotel', 'club',
  'social', 'citizen', 'pension', 'door', 'room', 'hospital', 'clinic', 'gym', 'attendance', 'smart',
  // a library's borrower or patron (precision probe 204: a library app's `borrowerCardNo` sent and logged)
  'borrower', 'patron',
]);
/** Words that say a payment card whatever else a name says (`employeeCreditCardNumber`). */
const PAYMENT_WORDS = new Set(['credit', 'debit', 'payment', 'pay', 'bank', 'cc', 'prepaid', 'visa', 'mastercard', 'amex']);

/**
 * Words of a field that only a record of another kind of card has: a trading card's catalogue entry (rarity, set code,
 * collector number, mana cost, foil), a kanban board's card (board, list / column / lane id, swimlane, checklist,
 * story points, Trello), a gift or loyalty card
 * (gift card account number `gan`, voucher), a library card (patron). Real-world batch AH: collector numbers stored and
 * logged as `card_number` beside `rarity` and `set_code`.
 */
const OTHER_CARD_RECORD_WORDS = new Set([
  'rarity', 'rarities', 'collector', 'mana', 'foil', 'foils', 'edition', 'expansion', 'scryfall', 'tcgplayer',
  'cardmarket', 'pokemon', 'yugioh', 'tcg', 'decklist', 'setcode', 'setid', 'setname',
  // ...a card's set as such (`card_set`), a graded card's grade and grader, a sports card's rookie or autograph
  // (real-world batch 343)
  'cardset', 'lorcana', 'mtg', 'psa', 'psagrade', 'bgs', 'cgc', 'beckett', 'rookie', 'autograph',
  'board', 'kanban', 'swimlane', 'trello', 'backlog', 'assignee', 'listid', 'columnid', 'laneid', 'checklist', 'checklists',
  'storypoints', 'idshort',
  'gift', 'giftcard', 'gan', 'voucher', 'loyalty', 'patron',
  // a loyalty or membership card's scannable code (real-world batch FM: `{ storeName, cardNumber, barcodeFormat }`);
  // a payment card has none
  'barcode', 'barcodes',
  // a playing card's suit, a flash card's deck (real-world batch DG)
  'suit', 'suits', 'deck', 'decks', 'deckid', 'flashcard', 'flashcards',
  // the same in Portuguese and Spanish: a board, a column, a deck, a suit (real-world batch DN)
  'quadro', 'coluna', 'tablero', 'columna', 'baralho', 'naipe', 'mazo',
  // a door-access badge's Wiegand credential: its site (facility) code beside the card number (real-world batch 298:
  // `{ siteCode, cardNumber, expirationDate }` in a Prisma `accessPass`); a payment card has none
  'sitecode', 'facilitycode', 'wiegand',
  // a club's or a gym's membership card: its member number and membership type beside it (real-world batch 335: `{
  // memberNo, cardNo, memType }`, a sports club's import table); a payment card's record has neither
  'memberno', 'membernumber', 'membershipno', 'membershipnumber', 'memtype', 'membershiptype',
  // a health insurance card's group number, subscriber and pharmacy benefit ids (probe 344: `{ memberId, groupNumber,
  // cardNumber }`); a payment card's record has none
  'groupnumber', 'groupno', 'subscriberid', 'subscribernumber', 'rxbin', 'rxpcn', 'rxgroup', 'payerid',
]);

/**
 * Do the field names of one record (an object's keys, a schema's or table's columns) say it is another kind of card's
 * (`OTHER_CARD_RECORD_WORDS`, by word or by the name's words joined: `set_code`)? Then its card-number names are not a
 * payment card's PAN.
 */
export function namesOtherCardRecord(fieldNames: Iterable<string>): boolean {
  const whole = new Set<string>();
  let balance = false;
  let paymentCard = false;
  for (const name of fieldNames) {
    const words = splitWords(name);
    if (words.some((w) => OTHER_CARD_RECORD_WORDS.has(w)) || OTHER_CARD_RECORD_WORDS.has(words.join(''))) return true;
    for (let i = 0; i + 1 < words.length; i++) if (OTHER_CARD_RECORD_WORDS.has(words[i]! + words[i + 1]!)) return true;
    if (words.length === 1) whole.add(words[0]!);
    balance ||= words.includes('balance');
    if (!paymentCard) {
      const kind = classifyCardField(name, { cardContext: true });
      paymentCard = kind === 'expiry' || kind === 'cvc' || words.some((w) => BANK_ACCOUNT_WORDS.has(w));
    }
  }
  // A stored-value card's record (real-world batch GH: a gift card's balance checks, `{ cardNumber, balance }`): a
  // balance beside the number, with no expiry or security code (every payment card has them) and no bank account (a
  // debit card's account balance).
  if (balance && !paymentCard) return true;
  return OTHER_CARD_RECORD_PAIRS.some(([a, b]) => whole.has(a) && (b === null || whole.has(b)));
}

/** Words of a bank account's fields, beside which a card's balance is its account's. */
const BANK_ACCOUNT_WORDS: ReadonlySet<string> = new Set(['account', 'iban', 'routing', 'bank', 'sortcode', 'bic', 'swift']);

/**
 * Whole field names that say another kind of card's record, together (a flash card's `front` and `back`, its `question`
 * and `answer`, a kanban card's `title` and `list`) or alone (a trading card's `set`, a kanban card's `column`): real-world batch FC. Alone,
 * `front` may be a card's photo.
 */
const OTHER_CARD_RECORD_PAIRS: ReadonlyArray<readonly [string, string | null]> = [
  ['front', 'back'],
  ['question', 'answer'],
  ['set', null],
  // a kanban card's column or lane, and its title beside the list it sits in (real-world batches 249, 251)
  ['column', null],
  ['lane', null],
  ['title', 'list'],
  // ...in Portuguese and Spanish (real-world batch 251: a kanban's `{ cardNumber: id, titulo, conteudo, lista }`)
  ['titulo', 'lista'],
];

/** Words of a postal address's fields (`billing_address1`, `city`, `zip_code`, `landmark`). */
const ADDRESS_WORDS = new Set(['address', 'addr', 'street', 'city', 'town', 'district', 'locality', 'landmark', 'postal', 'postcode', 'zip', 'zipcode']);

/**
 * Is `name` a bare `pin` in a record with postal address fields? Then it is the address's PIN code (India's postal
 * index number), not a card PIN (real-world batch BH: `pin` after `billing_address1`, `city` and `country` in a
 * `Card` model).
 */
export function isPostalPin(name: string, fieldNames: Iterable<string>): boolean {
  if (splitWords(name).join('') !== 'pin') return false;
  for (const field of fieldNames) if (splitWords(field).some((word) => ADDRESS_WORDS.has(word.replace(/\d+$/, '')))) return true;
  return false;
}

/**
 * Words that make a "card … number" name something else than a payment card (gift / loyalty / SIM / id cards),
 * or a "number" name a non-card number (account, routing, phone…). stripe-facts.md §7.4 collisions.
 */
const NON_PAYMENT_CARD_WORDS = new Set([
  ...OTHER_CARD_KINDS,
  'member', 'business', 'key', 'access', 'ident', 'green', 'report', 'sd', 'micro', 'memory', 'graphics', 'video',
  'sound', 'network', 'wild', 'index', 'flash', 'table', 'sort', 'count', 'counter', 'oxxo', 'boleto', 'konbini',
  'account', 'acc', 'acct', 'routing', 'phone', 'tax', 'vat', 'order', 'invoice', 'tracking', 'reference', 'ref',
  'serial', 'model', 'house', 'street', 'building', 'apartment', 'unit', 'page', 'line', 'version', 'issue', 'ticket',
  'receipt', 'batch', 'score', 'post',
  // a voucher, a health plan's card (`numeroCartaoPlano`): only in the name itself (a `vale` or a `plano` object may
  // hold a payment card)
  'vale', 'plano',
  // a shop's discount card (`discountCardNumber`, precision probe 299): only in the name itself (a path that applies a
  // discount, `/cards/discount`, may take a payment card)
  'discount',
]);

/**
 * Does this name mean a card that is not a payment card (gift / loyalty / SIM / id cards…)? `pan` right before
 * `card` is India's PAN card, a tax id (`panCard`, `pan_card_number`); a payment card's PAN comes after the card
 * word (`cardPan`).
 */
/**
 * Does a name or a wording name another kind of card than a payment card (`Gift card number`, `libraryCardNo`,
 * `loyalty-card`)? A card word with a word of another kind of card.
 */
export function namesOtherKindOfCard(text: string): boolean {
  const words = splitWords(text);
  return words.some((w) => CARD_WORDS.has(w)) && isNonPaymentCard(words);
}

/** Words of a title that says a card is paid with or for (`Buy a gift card`, `Top up your transit card`): a payment card's dialog. */
const PURCHASE_WORDS: ReadonlySet<string> = new Set([
  'pay', 'payment', 'buy', 'purchase', 'checkout', 'order', 'top', 'topup', 'reload', 'recharge', 'fund', 'billing', 'charge',
]);

/**
 * Does a dialog's title name another kind of card as what the dialog is about (`'Add a Loyalty Card'`, `'New library
 * card'`), and not one paid for or with (`'Buy a gift card'`, `'Top up your transit card'`)? Its inputs are that card's.
 */
export function titleNamesOtherKindOfCard(title: string): boolean {
  return namesOtherKindOfCard(title) && !splitWords(title).some((w) => PURCHASE_WORDS.has(w));
}

/**
 * Does a request path name another kind of card's resource (`/api/gift-cards/redeem`, `/giftcards`,
 * `/loyalty/cards/:id`)? A card word and a word of OTHER_CARD_KINDS anywhere in it (plurals too). Narrower than
 * `namesOtherKindOfCard`: a path's `order` or `account` says nothing about the card sent to it.
 */
export function pathNamesOtherKindOfCard(path: string): boolean {
  const written = wordsOf(path);
  const words = written.map(singular);
  if (written.some((w) => SELF_NAMED_CARDS.has(w)) || words.some((w) => SELF_NAMED_CARDS.has(w))) return true;
  // An identity card's resource (`/print/id-card`, `/api/id-cards`), not a card's id (`/cards/:id`). Only in a path: an
  // element's `id-card-number` is the id of a card-number field (Mercado Pago's form, real-world batch ED).
  if (words.some((w, i) => w === 'id' && CARD_WORDS.has(words[i + 1] ?? ''))) return true;
  // A holder's card as one resource (`/staff-card/verify`, `/patient-cards`), in one segment, with no payment word: as
  // the name `staffCardNumber` is (HOLDER_CARD_WORDS); a holder's cards under it (`/staff/cards`) may be payment cards.
  if (!words.some((w) => PAYMENT_WORDS.has(w)) && path.split('/').some((segment) => namesHolderCard(wordsOf(segment).map(singular)))) return true;
  return (
    (written.some((w) => CARD_WORDS.has(w)) || words.some((w) => CARD_WORDS.has(w) || w === 'giftcard')) && words.some((w) => OTHER_CARD_KINDS.has(w))
  );
}

/** A holder word right before a card word (`staff-card`, `patientCards`): that holder's card. */
const namesHolderCard = (words: readonly string[]): boolean => words.some((w, i) => HOLDER_CARD_WORDS.has(w) && CARD_WORDS.has(words[i + 1] ?? ''));

/** Keys that say which kind of record an object is (`{ type: 'loyalty_card', cardNumber }`). */
const RECORD_KIND_KEYS: ReadonlySet<string> = new Set(['type', 'kind', 'category', 'recordtype', 'cardtype', 'doctype']);
/** A kind of card a record's kind may name by itself, without the word card (`type: 'loyalty'`). */
const CARD_KINDS_ALONE: ReadonlySet<string> = new Set(['loyalty', 'gift', 'giftcard', 'membership', 'reward', 'rewards']);

/**
 * Does a record's kind key (`type`, `kind`, `category`, `cardType`…) name another kind of card (`'loyalty_card'`,
 * `'gift_card_redemption'`, `'loyalty'`; real-world batch GC)? Then its card number is that card's.
 */
export function recordKindNamesOtherCard(key: string, value: string): boolean {
  if (!RECORD_KIND_KEYS.has(key.toLowerCase().replace(/[_-]/g, ''))) return false;
  const words = wordsOf(value).map(singular);
  return pathNamesOtherKindOfCard(value) || (words.length === 1 && CARD_KINDS_ALONE.has(words[0]!));
}

/**
 * Words of a health scheme or a health plan, and of payment, for `namesHealthPlanRecord`.
 */
const HEALTH_PLAN_WORDS: ReadonlySet<string> = new Set(['saude', 'salud', 'health', 'sus', 'convenio', 'medicare', 'medicaid', 'insurance', 'seguro', 'sanitaria']);
const PAYMENT_RECORD_WORDS: ReadonlySet<string> = new Set(['payment', 'payments', 'pay', 'pagamento', 'pagamentos', 'pago', 'pagos', 'billing', 'charge', 'checkout', 'transaction', 'transacao', 'order', 'pedido']);
/**
 * Is a model's or table's name a health plan's or scheme's record (`PlanoSaude`, `HealthInsurance`, `convenios`; real-world
 * batch DO), with no payment word (`HealthPayment`)? A card number it keeps is that plan's card's.
 */
export function namesHealthPlanRecord(name: string): boolean {
  const words = splitWords(name);
  return words.some((w) => HEALTH_PLAN_WORDS.has(w)) && !words.some((w) => PAYMENT_RECORD_WORDS.has(w));
}

/**
 * Other cards whose own name says the card, with no card word beside it: transit cards (Chile's bip! and TNE,
 * Argentina's SUBE, Oyster, Opal, Clipper) and health and identity cards (Medicare, Medicaid, Aadhaar): a path
 * through them (`users/${uid}/NumeroBip`, real-world batch DP) holds that card's number.
 */
const SELF_NAMED_CARDS: ReadonlySet<string> = new Set([
  'bip', 'sube', 'tne', 'oyster', 'opal', 'clipper', 'medicare', 'medicaid', 'aadhaar', 'aadhar',
  // a member's, student's or health plan's id card: Portuguese's `carteirinha`, Spanish's `carnet` (real-world batch DT)
  'carteirinha', 'carnet',
  // Dutch driver's cards: the taxi driver's pass, the tachograph card (real-world batch GF)
  'chauffeurspas', 'chauffeurskaart', 'bestuurderskaart',
]);

/** Does a name or a path name one of those cards (`numeroBip`, `numero_carteirinha`, `users/${uid}/carnets`)? */
export function namesSelfNamedCard(text: string): boolean {
  return wordsOf(text).some((w) => SELF_NAMED_CARDS.has(w) || SELF_NAMED_CARDS.has(singular(w)));
}

/** A word without a plural `s` (`cards` → card, `carnets` → carnet; `bus`, `sus` stay). */
const singular = (word: string): string => (word.endsWith('s') && word.length > 3 ? word.slice(0, -1) : word);

/**
 * Words right before a card word that make it another card: `pan` (`panCard`: India's PAN card, a tax id) and `test`
 * (`testCardNumber`, "Test card number": a field for Stripe's test cards, such as Stripe Terminal's simulator
 * `testCardNumber`, where no cardholder's card is ever typed). Anywhere else in a name they say nothing.
 */
const OTHER_CARD_QUALIFIERS = new Set([
  'pan', 'test',
  // the cards of East Asian apps (real-world batch DW): fuel (`oilCardNo`), point and VIP (loyalty), medical and IC
  // (transit, access) cards; only right before the card word, as elsewhere they say what is paid for
  // (`fuelPayment.cardNumber`, `vip.payment.cardNumber`, `pointsRedemption.cvv`: real-world batch DY)
  'oil', 'fuel', 'point', 'points', 'vip', 'medical', 'ic',
  // a medical (marijuana) card's short forms (real-world batch 271: a dispensary's check-in form, `Med Card Number`)
  'med', 'mmj',
]);

function isNonPaymentCard(words: readonly string[]): boolean {
  if (words.some((w, i) => NON_PAYMENT_CARD_WORDS.has(w) || (OTHER_CARD_QUALIFIERS.has(w) && CARD_WORDS.has(words[i + 1] ?? '')))) return true;
  return words.some((w) => HOLDER_CARD_WORDS.has(w)) && !words.some((w) => PAYMENT_WORDS.has(w));
}

/** Words of metadata about a field rather than its content: its element, wording, checks, settings and state. */
const FIELD_METADATA_WORDS: readonly string[] = [
  'element', 'elements', 'el', 'ref', 'label', 'placeholder', 'hint', 'error', 'errors', 'err', 'message', 'msg',
  'valid', 'invalid', 'validate', 'validator', 'validation', 'validity', 'length', 'len', 'max', 'min', 'maxlength',
  'minlength', 'required', 'require', 'requires', 'enabled', 'enable', 'disabled', 'show', 'hide', 'hidden',
  'visible', 'visibility', 'focus', 'focused', 'blur', 'complete', 'completed', 'empty', 'touched', 'dirty',
  'format', 'pattern', 'regex', 'regexp', 'type', 'kind', 'icon', 'image', 'img', 'logo', 'style', 'styles',
  'class', 'classname', 'options', 'config', 'mode', 'update', 'updated', 'handler', 'change', 'changed', 'listener',
  'selector', 'container', 'wrapper', 'node', 'key', 'name', 'title', 'description', 'help', 'tooltip', 'state',
  'supported', 'allowed', 'count', 'digits', 'position', 'index', 'offset', 'size', 'width', 'height', 'color',
  'prefix', 'suffix', 'separator', 'spacing', 'gaps', 'gap', 'lengths', 'rules', 'schema', 'column', 'col',
  // the frame a hosted field is rendered in (`cvv_iframes`: a count of Worldpay's hosted-field iframes, logged;
  // real-world batch 339)
  'iframe', 'iframes', 'frame', 'frames',
];

/**
 * Words saying the name is about the field, not its content (an Element, a flag, an error, a length...), or that
 * the content is a safe form of it (last4, masked, token, check result, fingerprint, brand...). §7.1, §7.2.
 */
const SAFE_WORDS = new Set([
  // safe derived values (stripe-facts §7.1 / §7.2)
  'last4', 'lastfour', 'four', 'first6', 'bin', 'iin', 'masked', 'mask', 'truncated', 'redacted', 'obfuscated',
  // a partial PAN (`partial_card_number`, TrueLayer's; real-world batch 175): the truncated form PCI DSS 3.4 allows
  'partial',
  'hash', 'hashed', 'digest', 'encrypted', 'tokenized', 'token', 'tok', 'fingerprint', 'brand', 'funding', 'country',
  // a vault's stand-in for the value (VGS's `pan_alias`, PCI Proxy's `aliasCC`; real-world batch EO)
  'alias', 'aliased',
  // what an encryption keeps beside its ciphertext (`cvvIV`, `cvvAuthTag`, `cvvSalt`; real-world batch 100)
  'iv', 'salt', 'nonce', 'tag',
  // a price set for a field or a service (a gateway's `cvv_premium` surcharge setting; real-world batch 99)
  'fee', 'fees', 'surcharge', 'premium',
  'issuer', 'network', 'networks', 'wallet', 'check', 'checks', 'checked', 'result', 'status', 'id', 'ids',
  // a gateway's answer about it (NMI's `cvvresponse`, Braintree's `cvvResponseCode`; real-world batch 332)
  'response', 'responses',
  // check results and settings about them (`cvc_check`, an Account's `decline_on.cvc_failure`, `cvvMatch`)
  'fail', 'failed', 'failure', 'failures', 'decline', 'declined', 'match', 'matched', 'mismatch', 'verified',
  // a processor's setting to check it (`processingOptions.verifyCvc`, real-world batch AB)
  'verify', 'verification',
  ...FIELD_METADATA_WORDS,
]);

const PAN_COMPOUNDS = new Set([
  'cardnumber', 'cardnum', 'cardno', 'ccnumber', 'ccnum', 'ccno', 'creditcardnumber', 'creditcardnum', 'creditcardno',
  'debitcardnumber', 'cardnr', 'primaryaccountnumber',
  // `nbr` joined in one lower-case word, as `cardNbr` is split (a Sequelize model's `cardnbr`, real-world batch 256)
  'cardnbr', 'ccnbr', 'creditcardnbr',
  // the card's account number: CyberSource Secure Acceptance's `card_accountNumber` (real-world batch EG)
  'cardaccountnumber',
  // the number word first, joined in one lower-case word as `numberCreditCard` is split (`v-model="form.numbercreditcard"`,
  // real-world batch EZ)
  'numbercard', 'numbercreditcard', 'numcreditcard',
  // Portuguese and Spanish, joined in one lower-case word (`v-model="numerocartao"`, real-world batch DN)
  'numerocartao', 'numcartao', 'nrcartao', 'numerotarjeta', 'numtarjeta',
]);
/** Number words after a card word: `cardNumber`, `cc_no`, and Portuguese's and Spanish's `cartao_numero`. */
const NUMBER_WORDS = new Set(['number', 'num', 'no', 'nr', 'nbr', 'numero']);
/**
 * A card's number named in Spanish or Portuguese with ASCII letters, the number word first, maybe with `de` / `do`
 * between: `numTarjeta`, `numero_de_tarjeta` (real-world batch DF), `numeroCartao`, `numero_do_cartao`. The file
 * prefilter finds `tarjeta` by its rare `j`, and `cartao` in the `c` search its card-word hint makes anyway
 * (CARD_NAME_PATTERNS): a search of its own, `cartao` having no rare letter, cost 13.6 ms over the bench corpus.
 */
const ROMANCE_NUMBER_WORDS = new Set(['numero', 'num', 'nro', 'nr']);
export const ROMANCE_CARD_WORDS: ReadonlySet<string> = new Set(['tarjeta', 'cartao']);
export const ROMANCE_CONNECTORS: ReadonlySet<string> = new Set(['de', 'del', 'do', 'da']);
/**
 * Words that, beside `pin` in a card, still name its PIN (`securityPin`, `pinNumber`; real-world batch 100). Not `code`:
 * a `pinCode` is India's postal code as often, a billing address's.
 */
const PIN_QUALIFIERS: ReadonlySet<string> = new Set(['security', 'secret', 'number']);
/** `ccv`: a common misspelling of CVV in hand-written payment forms and tables (`INSERT INTO payment (…, ccv)`). */
const CVC_WORDS = new Set([
  'cvc', 'cvv', 'cvc2', 'cvv2', 'cvn', 'cvn2', 'csc', 'cav2', 'cid2', 'cvd', 'cvcnum', 'cvvcode', 'ccv',
  // Joined in one lower-case word (`name="cardcvc"`, `codecvv`; real-world batch DW)
  'cardcvc', 'cardcvv', 'cardcsc', 'codecvv', 'codecvc', 'cvccode',
]);
/**
 * `cid` (card identification: American Express's name for its code, and Magento's for every card's, `payment[cc_cid]`,
 * real-world batch ED) and `cvx` (MangoPay's card registration's `cardCvx`, real-world batch HH) right after a card word:
 * `cc_cid`, `cardCid`, `cardCvx`. Alone `cid` is a customer's or a client's id, and `cvx` a vaccine's code (HL7's CVX).
 */
const CARD_CODE_ABBREVIATIONS: ReadonlySet<string> = new Set(['cid', 'cvx']);
const EXPIRY_PARTS = new Set(['month', 'year', 'date', 'mm', 'yy', 'yyyy', 'mmyy']);
/**
 * Track data: a track number spelled as one word (`track1`) or as `track` + a number word (`track_2`, `trackTwo`). Out
 * of card context it needs a TRACK_DATA_WORDS word right after it (`track2Data`, `track2_equivalent`, EMV's name):
 * a bare `track1` is a playlist's as often as a card's. Inside a card the number is enough (`card.track1`), and so is
 * `trackData` (CONTEXT_TRACK_PART; not a music app's).
 */
const TRACK_WORDS = new Set(['track1', 'track2']);
const TRACK_WORD = 'track';
const TRACK_NUMBERS = new Set(['1', '2', 'one', 'two']);
const TRACK_DATA_WORDS = new Set(['data', 'equivalent', 'equiv']);
const CONTEXT_TRACK_PART = 'data';
const MAGSTRIPE_WORDS = new Set(['magstripe']);
const MAGNETIC_STRIPE: WordPair = ['magnetic', 'stripe'];
const PIN_WORD = 'pin';
const PIN_BLOCK: WordPair = ['pin', 'block'];
const PIN_BLOCK_JOINED = 'pinblock';
/**
 * Words that are a PAN inside a card: `card.pan`, and `card.number` / `source.num` as the first word (Portuguese's and
 * Spanish's `cartao.numero`, a bare `numero` beside a CVC; real-world batch DN).
 */
const PAN_WORD = 'pan';
/**
 * `ccn` alone: a credit card's number in a card form (`<label>Card number</label><input name="ccn">`, `{ ccn, cvv }`),
 * and as often something else's: France's Convention Collective Nationale beside its `idcc` (real-world batch 330, a
 * payroll app), a crown-rump length in an ultrasound report, a call case number. A PAN in card context only (a card
 * word in the name or around it, a card field beside it); `cc_n` and `ccN` say `cc`, a card word, themselves.
 */
const CONTEXT_PAN_ABBREVIATION = 'ccn';
const FIRST_NUMBER_WORDS = new Set(['number', 'num', 'numero']);
const RAW_NUMBER: WordPair = ['raw', 'number'];
/**
 * `verification_value`, the CVV's own name spelled out (Card Verification Value): ActiveMerchant's
 * `CreditCard#verification_value` and Iugu's API field (real-world batches EB, ED). It needs a card around it, as the
 * other CVC spellings in CONTEXT_CVC_PAIRS do, or a card number beside it (`isCvcBesideCardNumber`): a domain's DNS
 * verification value is called so too (precision probe 296: a SaaS starter's `verificationValue` of a Vercel domain,
 * read as a CVC until the sixty-eighth session).
 */
const VERIFICATION_VALUE: WordPair = ['verification', 'value'];
/**
 * CVC spellings that need a card around them: `card.securityCode`, `verification_code` in a card form,
 * `cardVerificationCode` / `card_verification_value` (the CVC's and CVV's own names, spelled out), `cvCode` (a "CV
 * code" field; alone, `cv` is as often a résumé's), `secure_code` (a card table's column, real-world batch 103), and in
 * Portuguese and Spanish `cartao.codigoSeguranca`, `codigo_seguridad` (real-world batch DN), and `securityNumber` (a
 * car rental's card form, real-world batch EI; not after `social`: a Social Security number).
 */
const CONTEXT_CVC_PAIRS: readonly WordPair[] = [
  ['security', 'code'],
  ['secure', 'code'],
  ['cv', 'code'],
  ['verification', 'code'],
  ['security', 'number'],
  // CyberSource's `card_cvNumber` (real-world batch EG)
  ['cv', 'number'],
  VERIFICATION_VALUE,
];
/** `social` right before `security`: a Social Security number, no card's code. */
const SOCIAL_SECURITY: WordPair = ['social', 'security'];
/** The same pairs joined in one lower-case word (`name="securitycode"` in a card form; real-world batch DW). */
const CONTEXT_CVC_JOINED: ReadonlySet<string> = new Set(CONTEXT_CVC_PAIRS.map(([first, second]) => first + second));
/**
 * The same in Portuguese and Spanish: a code word, maybe `de` / `do`, then a security or verification word
 * (`cartao.codigoSeguranca`, `codSeguridad`, `codigo_de_seguridad`, `codigoVerificacion`; real-world batches DN, DP).
 */
export const ROMANCE_CVC_FIRST: ReadonlySet<string> = new Set(['codigo', 'cod']);
export const ROMANCE_CVC_SECOND: ReadonlySet<string> = new Set(['seguranca', 'seguridad', 'verificacion', 'verificacao']);
/** Does a name spell a Portuguese or Spanish CVC (ROMANCE_CVC_FIRST, maybe a connector, ROMANCE_CVC_SECOND)? */
function spellsRomanceCvc(words: readonly string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    if (!ROMANCE_CVC_FIRST.has(words[i]!)) continue;
    const next = ROMANCE_CONNECTORS.has(words[i + 1]!) ? words[i + 2] : words[i + 1];
    if (next !== undefined && ROMANCE_CVC_SECOND.has(next)) return true;
  }
  return false;
}

type WordPair = readonly [string, string];

/** Authorize.net's CVV, `cardCode`: a CVC only as the whole name, in card context (`computeClassification`). */
const CARD_CODE: WordPair = ['card', 'code'];

/**
 * Split an identifier, key, bracket path, autocomplete token or form name into lower-case words:
 * `creditCardNumber` → credit card number; `CCNumber` → cc number; `card[exp_month]` → card exp month;
 * `cc-csc` → cc csc; `last_4` → last4; `cvv2` stays cvv2; `cardNumber1` / `cardNumber12` → card number 1 / 12.
 */
export function splitWords(name: string): string[] {
  return wordsOf(name).slice();
}

/**
 * Per-name memo of the pure functions of this module: names repeat a lot within a file and across files. Bounded:
 * cleared when full, at a size above the distinct names of one large file (a record of 3,000 card fields posted reads
 * some 6,000 names: at 4,096 the memo was cleared while the file was read, and its names were split and classified
 * again, 1.8 times the rule's time).
 */
function memoByName<T>(compute: (name: string) => T): (name: string) => T {
  const cache = new Map<string, T>();
  return (name) => {
    if (cache.has(name)) return cache.get(name) as T;
    const value = compute(name);
    if (cache.size >= 16384) cache.clear();
    cache.set(name, value);
    return value;
  };
}

const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** `splitWords`, shared (callers of `wordsOf` must not mutate the array). */
const wordsOf = memoByName((name: string): readonly string[] => computeWords(name));

function computeWords(written: string): string[] {
  // Accented letters as their base letters (`númeroCartão` → numero cartao, `prüfnummer` → prufnummer), and
  // compatibility forms too (`Nº` → No): Portuguese and Spanish names and labels are often written with them.
  const name = NON_ASCII.test(written) ? written.normalize('NFKD').replace(COMBINING_MARKS, '') : written;
  const spaced = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-zA-Z])(\d{2,})/g, '$1 $2')
    .replace(/(\d)([a-zA-Z])/g, '$1 $2')
    .toLowerCase();
  const words = spaced.split(/[^a-z0-9]+/).filter(Boolean);
  // Re-join the word + digit spellings that are single concepts: last 4, first 6, cvv 2, track 1.
  const out: string[] = [];
  for (const word of words) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /^\d+$/.test(word) && ((prev === 'last' && word === '4') || (prev === 'first' && word === '6'))) {
      out[out.length - 1] = prev + word;
      continue;
    }
    // One digit glued to a word is an index (`cardNumber1`, `cvc1`), as two or more digits are (`cardNumber12`),
    // unless word and digit are one name (`cvc2`, `track1`, `last4`).
    const glued = /^([a-z]+)(\d)$/.exec(word);
    if (glued && !DIGIT_NAMES.has(word)) out.push(glued[1]!, glued[2]!);
    else if (word.length > 4 && word.startsWith(CC_GLUED) && CC_GLUED_NAMES.has(word.slice(2))) out.push(CC_GLUED, word.slice(2));
    else out.push(word);
  }
  return out;
}

/**
 * `cc` glued in one lower-case word to a card field's own joined name: `cccardnumber`, `ccsecuritycode`, `cccvv`
 * (Hotcakes' card form, `name="cccardnumber"` / `name="ccsecuritycode"`, real-world batch 217). `splitWords` reads
 * such a word as `cc` and the name (`cc securitycode`: a CVC, its card word the `cc`).
 */
const CC_GLUED = 'cc';
const CC_GLUED_PANS = ['cardnumber', 'cardnum', 'cardno', 'cardnr', 'creditcardnumber', 'creditcardnum', 'creditcardno', 'debitcardnumber'];
/** The names `cc` is glued to (CC_GLUED). */
const CC_GLUED_NAMES: ReadonlySet<string> = new Set([...CC_GLUED_PANS, ...CVC_WORDS, ...CONTEXT_CVC_JOINED]);

/** Words that end in a digit that belongs to them: the CVC's and track data's own names, `last4` / `first6`. */
const DIGIT_NAMES: ReadonlySet<string> = new Set(['cvc2', 'cvv2', 'cvn2', 'cav2', 'cid2', 'track1', 'track2', 'last4', 'first6']);

/** Names of objects that hold card fields: `card`, `creditCard`, `cardDetails`, `paymentCard`, `cc`… */
export const isCardContainerName = (name: string): boolean => containerNames(name);

const CONTAINER_TAIL = new Set([
  'details', 'detail', 'data', 'info', 'information', 'input', 'inputs', 'form', 'fields', 'values', 'raw', 'params', 'payload', 'body', 'obj', 'object', 'hash', 'source', 'dto', 'args',
  // Portuguese and Spanish: `cartaoCredito`, `tarjeta_de_credito`, `cartaoDados`
  'credito', 'debito', 'de', 'dados', 'datos',
]);
/**
 * Words before a card word in a container's name: `paymentCard`, `newCard`, a request DTO's `createCardDto` /
 * `saveCardInput` (`update` is a safe word: `cvc_update`); Portuguese's and Spanish's `dadosCartao`, `datosTarjeta`.
 */
const CONTAINER_HEAD = new Set(['payment', 'raw', 'new', 'user', 'customer', 'my', 'the', 'create', 'save', 'add', 'register', 'store', 'dados', 'datos']);

const containerNames = memoByName((name: string): boolean => {
  const words = wordsOf(name);
  if (words.length === 0 || isNonPaymentCard(words) || words.some((w) => SAFE_WORDS.has(w))) return false;
  let sawCard = false;
  for (const word of words) {
    if (CARD_WORDS.has(word) && !CARD_PLURALS.has(word)) sawCard = true;
    else if (!(sawCard ? CONTAINER_TAIL : CONTAINER_HEAD).has(word)) return false;
  }
  return sawCard;
});

/**
 * Classify one name. Returns the card-field kind, `'safe'` when the name is explicitly a safe derivative
 * (last4, brand, fingerprint, token, cvc_check…), or `null` when it is not card data at all.
 */
export function classifyCardField(name: string, options: ClassifyOptions = {}): Classification {
  return options.cardContext === true ? classifyInCard(name) : classifyOutOfCard(name);
}

/**
 * Do a name's words say "verification code" (`verificationCode`, `verification_code`, `verificationcode`)? An SMS's,
 * an email's or a captcha's code as often as the card's: beside a card number or in a card form it is not taken for
 * the CVC.
 */
export const namesVerificationCode = (words: readonly string[]): boolean =>
  words.includes('verificationcode') || (words.includes('verification') && words.includes('code'));

/** A record's other keys, listed when first asked for (most names are read without them). */
const siblingList = (siblings: readonly string[] | (() => readonly string[])): readonly string[] => (typeof siblings === 'function' ? siblings() : siblings);

/**
 * Is `name` a card's security code because the record it is a key of holds a card number by that number's own name
 * (`{ card_number, security_code }`, real-world batch 95: a gateway's card-token payload)? Only the CVC is read so: the
 * other context-bound names (`number`, `pin`, `exp`) keep needing a card around them or a CVC beside them; and not a
 * `verificationCode`, which beside a card number is as often the code of a text message that activates the card.
 */
export function isCvcBesideCardNumber(name: string, siblings: readonly string[] | (() => readonly string[])): boolean {
  // A bare `security` beside a card number and its expiry (`{ cardNumber, expiration, security }`: a shop's payment
  // model, its form labelled "Security Number"; real-world batch EL), or a bare `verification` (the card verification
  // value: `{ cardNumber, expiry, verification }`, real-world batch 298).
  if (BARE_CVC_WORD.test(name)) {
    const list = siblingList(siblings);
    return list.some((sibling) => classifyOutOfCard(sibling) === 'pan') && list.some((sibling) => wordsOf(sibling).some((word) => EXPIRY_WORDS.has(word)));
  }
  // (Every spelling of a CVC that needs a card around it has `code`, `value`, `cod`, `security…number` or `cv…number`:
  // CONTEXT_CVC_PAIRS, ROMANCE_CVC_FIRST.)
  if (!/cod|value|(?:security|cv).?number/i.test(name) || classifyOutOfCard(name) !== null || classifyInCard(name) !== 'cvc') return false;
  if (namesVerificationCode(wordsOf(name))) return false;
  // (Siblings may be listed lazily: most names are no CVC spelling, and a record may have many keys.) A payment card
  // named and nothing more is the card's number beside the card's expiry (`{ creditCard, securityCode, month, year }`,
  // isPanBesideCvc).
  const list = siblingList(siblings);
  return list.some((sibling) => classifyOutOfCard(sibling) === 'pan') || (list.some(namesPaymentCardAlone) && hasExpirySiblings(list));
}

/** What a record's keys say of a card's expiry (`expiryOf`). */
interface ExpiryNames {
  /** A key names an expiry (`exp_month`, `expiry`, `expirationDate`). */
  named: boolean;
  /** Keys name a month and a year, whatever else they say (`month`, `year`; `exp_month`, `exp_year`). */
  monthAndYear: boolean;
  /** Keys name an expiry's month and an expiry's year (`exp_month`, `exp_year`; not `birth_month`). */
  expiryMonthAndYear: boolean;
}

/** What `list`'s names say of a card's expiry, from one pass over their words. */
function expiryOf(list: readonly string[]): ExpiryNames {
  const found = { named: false, month: false, year: false, expiryMonth: false, expiryYear: false };
  for (const sibling of list) {
    const words = wordsOf(sibling);
    const expiry = words.some((word) => EXPIRY_WORDS.has(word));
    const month = words.some((word) => MONTH_WORDS.has(word));
    const year = words.some((word) => YEAR_WORDS.has(word));
    found.named ||= expiry;
    found.month ||= month;
    found.year ||= year;
    found.expiryMonth ||= expiry && month;
    found.expiryYear ||= expiry && year;
  }
  return { named: found.named, monthAndYear: found.month && found.year, expiryMonthAndYear: found.expiryMonth && found.expiryYear };
}

/** Do the names say a card's expiry: an expiry's (`exp_month`, `expiry`), or a month's and a year's (`month`, `year`)? */
function hasExpirySiblings(list: readonly string[]): boolean {
  const expiry = expiryOf(list);
  return expiry.named || expiry.monthAndYear;
}

/**
 * Does a name say a payment card and nothing more (`creditCard`, `debit_card`, `creditcard`)? Such a field holds the
 * card's number in a record that also keeps its CVC, or its security code and expiry (`{ creditCardName, creditCard,
 * securityCode, month, year }`, real-world batch 266: a hotel booking's schema); alone it may hold a brand, a token or
 * a flag.
 */
function namesPaymentCardAlone(name: string): boolean {
  const words = wordsOf(name);
  if (words.length === 1) return words[0] === 'creditcard' || words[0] === 'debitcard';
  return words.length === 2 && (words[0] === 'credit' || words[0] === 'debit') && words[1] === 'card';
}

/**
 * `security` or `verification` alone, in any case (`Security`, `VERIFICATION`), or after a card word (`card_security`,
 * `cardVerification`; real-world batch 310: a Knex table's `card_number`, `card_expire`, `card_security`): the words a
 * record may name its card's CVC with, beside the card's number and expiry only (alone, a building's security or an
 * account's verification).
 */
const BARE_CVC_WORD = /^_?(?:(?:credit[_-]?)?card[_-]?|cc[_-]?)?(?:security|verification)$/i;

/** Words of an expiry field's name (`exp_month`, `expiryYear`, `expiration_month`). */
const EXPIRY_WORDS: ReadonlySet<string> = new Set([
  'exp', 'expiry', 'expiration', 'expire', 'expires',
  // Spanish and Portuguese (`mesExpiracion`, `anoVencimento`; real-world batch DP)
  'expiracion', 'expiracao', 'vencimiento', 'vencimento', 'caducidad',
]);
const MONTH_WORDS: ReadonlySet<string> = new Set(['month', 'mm', 'mon', 'mo', 'mes']);
const YEAR_WORDS: ReadonlySet<string> = new Set(['year', 'yy', 'yyyy', 'yr', 'anio', 'ano']);

/**
 * Is `name` a card's number because the record it is a key of holds the card's expiry as a month and a year (`{ name,
 * number, brand, exp_month, exp_year }`, real-world batch DF: a card wallet's API call)? Only a name that is a card
 * number in a card (`number`, `num`), and only beside both: a passport's or a licence's number comes with an expiry
 * date, not a month and a year apart.
 */
export function isNumberBesideCardExpiry(name: string, siblings: readonly string[] | (() => readonly string[])): boolean {
  if (classifyOutOfCard(name) !== null || classifyInCard(name) !== 'pan') return false;
  return expiryOf(siblingList(siblings)).expiryMonthAndYear;
}

/** The bare names read as a card number beside a CVC only (`isPanBesideCvc`). */
const BARE_PAN_WORDS: ReadonlySet<string> = new Set([PAN_WORD, 'cc']);
/**
 * ...and, of a model's declared fields, a bare `number` / `num` (`{ name, number, CVC, expired }`, real-world batch
 * 304: a flight booking's Sequelize model), which out of a card is anything's number. A record written with values
 * says more where its values are named (`{ number: card.number, cvc: card.cvc }`), and is read by them.
 */
const BARE_FIELD_PAN_WORDS: ReadonlySet<string> = new Set([...BARE_PAN_WORDS, 'number', 'num']);

/**
 * What a name is by the other keys of its record, out of card context: a CVC beside a card number named as one
 * (`isCvcBesideCardNumber`), a card number beside a card's expiry month and year (`isNumberBesideCardExpiry`), a bare
 * `pan` or `cc` (of `declaredFields`, a model's, a bare `number` too), someone's credit's number, or a payment card
 * named alone (`creditCard`), beside a CVC (`isPanBesideCvc`).
 */
export function kindBesideSiblings(
  name: string,
  siblings: readonly string[] | (() => readonly string[]),
  { declaredFields = false }: { declaredFields?: boolean } = {},
): 'cvc' | 'pan' | null {
  if (isCvcBesideCardNumber(name, siblings)) return 'cvc';
  return isNumberBesideCardExpiry(name, siblings) || isPanBesideCvc(name, siblings, declaredFields ? BARE_FIELD_PAN_WORDS : BARE_PAN_WORDS) ? 'pan' : null;
}

/**
 * Is `name` a bare `pan`, `cc` or `number` in a record that also keeps a CVC (`{ card_holder_name, pan, cvv,
 * expiry_date }`, real-world batch FE: a gym's finance record; `{ cc: $('#cc').val(), cvv, expire }`, batch 254: a
 * jQuery checkout; `{ name, number, CVC, expired }`, batch 304)? Alone, `pan` is as often India's tax id (a PAN card),
 * `cc` a mail's carbon copy and `number` anything's; no such record has a CVC.
 */
function isPanBesideCvc(name: string, siblings: readonly string[] | (() => readonly string[]), bareWords: ReadonlySet<string>): boolean {
  const words = wordsOf(name);
  // ...or a payment card named alone (`creditCard`: a flag, a brand or a token as often), beside a CVC named as one, or
  // a security code however spelled (`securityCode`, `cardCode`; not a text message's `verificationCode`) with the
  // card's expiry (regression probe 267)...
  if (namesPaymentCardAlone(name)) {
    const list = siblingList(siblings);
    return (
      list.some((sibling) => classifyOutOfCard(sibling) === 'cvc') ||
      (hasExpirySiblings(list) && list.some((sibling) => classifyInCard(sibling) === 'cvc' && !namesVerificationCode(wordsOf(sibling))))
    );
  }
  // ...or someone's credit's number (`customer_credit_number`, `txtCreditNumber`: no card number alone,
  // `namesCreditOfSomeone`), which no credit note keeps beside a CVC.
  const creditNumber = words.length >= 2 && NUMBER_WORDS.has(words[words.length - 1]!) && BARE_CREDIT_WORDS.has(words[words.length - 2]!);
  if (!creditNumber && (words.length !== 1 || !bareWords.has(words[0]!))) return false;
  const list = siblingList(siblings);
  // A `pan` beside India's other identity numbers (`aadhar_number`, `voter_id`, `gstin`) is the tax id, whatever else
  // the record keeps (real-world batch 270: a KYC profile that also keeps a card and its CVC).
  if (words[0] === PAN_WORD && list.some((sibling) => wordsOf(sibling).some((word) => INDIAN_IDENTITY_WORDS.has(word)))) return false;
  return list.some((sibling) => classifyOutOfCard(sibling) === 'cvc');
}

/** Words of India's identity numbers that a KYC record keeps beside a PAN (the tax id). */
const INDIAN_IDENTITY_WORDS: ReadonlySet<string> = new Set(['aadhar', 'aadhaar', 'voter', 'gstin']);

/** Words that say a value is kept encrypted or hashed. */
const ENCRYPTION_WORDS: ReadonlySet<string> = new Set(['encrypted', 'encrypt', 'enc', 'hash', 'hashed', 'digest', 'cipher', 'ciphertext', 'sealed']);

/**
 * The sensitive authentication data a name says is kept encrypted or hashed (`encryptedCvc`, `cvvHash`,
 * `pin_hashed`): its kind once those words are left out, when it is a CVC, track data or a PIN; null for anything else
 * (an encrypted PAN, `encryptedPan`, is unreadable as PCI DSS 3.5 asks; a `cvcHashCheck` is no CVC). PCI DSS 3.3: such
 * data may not be kept after authorisation, encrypted or not (real-world batch 98).
 */
export function encryptedAuthDataKind(name: string, options: ClassifyOptions = {}): 'cvc' | 'track' | 'pin' | null {
  const words = wordsOf(name);
  if (!words.some((w) => ENCRYPTION_WORDS.has(w))) return null;
  const rest = words.filter((w) => !ENCRYPTION_WORDS.has(w));
  if (rest.length === 0 || rest.length === words.length) return null;
  const kind = classifyCardField(rest.join('_'), options);
  return kind === 'cvc' || kind === 'track' || kind === 'pin' ? kind : null;
}

const classifyInCard = memoByName((name: string) => computeClassification(name, true));
const classifyOutOfCard = memoByName((name: string) => computeClassification(name, false));

function computeClassification(name: string, cardContext: boolean): Classification {
  const options: ClassifyOptions = { cardContext };
  // Bracket paths (`card[number]`, `payment_method_data[card][cvc]`, `source[exp_month]`): classify the last
  // segment, in card context when an earlier segment is a card container.
  const bracket = /^(.+?)\[([^\]]*)\](?:\[([^\]]*)\])?(?:\[([^\]]*)\])?$/.exec(name);
  if (bracket) {
    const segments = bracket.slice(1).filter((s): s is string => s !== undefined && s !== '');
    const last = segments[segments.length - 1];
    if (last === undefined) return null;
    const context = segments.slice(0, -1).some((s) => s === 'source' || isCardContainerName(s));
    return classifyCardField(last, { cardContext: options.cardContext === true || context });
  }

  const words = wordsOf(name);
  if (words.length === 0) return null;
  // Authorize.net's name for the CVV, in a card (`creditCard: { cardNumber, cardCode }`) or beside a card number only:
  // its own `card` word is no card around it, and elsewhere it is a card game's or a product's code as often
  // (real-world batches AQ, DV).
  if (words.length === 2 && words[0] === CARD_CODE[0] && words[1] === CARD_CODE[1]) return cardContext ? 'cvc' : null;
  // `verification` says a check (`cvcVerification`, `verifyCvc`), except as the CVC's own name (`verification_code`).
  const hasSafe = words.some(
    (w, i) => SAFE_WORDS.has(w) && !(w === 'verification' && CONTEXT_CVC_PAIRS.some(([first, second]) => first === w && words[i + 1] === second)),
  );
  const hasNonPayment = isNonPaymentCard(words);
  const hasCardWord = words.some((w) => CARD_WORDS.has(w));
  const inCard = options.cardContext === true || hasCardWord;

  const kind = rawKind(words, inCard, hasCardWord);
  if (kind === null) return null;
  if (hasSafe) return 'safe';
  // `primaryAccountNumber` is the PAN's own name, not an account number.
  if (hasNonPayment && !PAN_COMPOUNDS.has(words.join(''))) return null;
  return kind;
}

/** The word after the name's first track number (`track1 data` → data; undefined at the end), null without one. */
function wordAfterTrackNumber(words: readonly string[]): string | undefined | null {
  for (let i = 0; i < words.length; i++) {
    if (TRACK_WORDS.has(words[i]!)) return words[i + 1];
    if (words[i] === TRACK_WORD && TRACK_NUMBERS.has(words[i + 1] ?? '')) return words[i + 2];
  }
  return null;
}

/**
 * Does the name's last card word name several cards (`numCards`, `cards_number`, `numberCreditCards`,
 * `numeroTarjetas`)? Then its number word counts them (a flash-card game's `cards_num`, a page's `numCards`): no PAN.
 */
function countsCards(words: readonly string[]): boolean {
  for (let i = words.length - 1; i >= 0; i--) if (CARD_WORDS.has(words[i]!)) return CARD_PLURALS.has(words[i]!);
  return false;
}

/** The words a bare `credit` / `debit` is, alone, the card's (`creditNumber`, `debit_no`). */
const BARE_CREDIT_WORDS: ReadonlySet<string> = new Set(['credit', 'debit']);

/**
 * Is `words[at]` a bare `credit` / `debit` after a word that is no card or payment word (`visa_credit_number` is a
 * card's): someone's credit or a document's
 * (`vendor_credit_number`, a vendor credit note's number; `store_credit_no`; real-world batch 257: an accounting app's
 * migration), not a credit card's?
 */
const namesCreditOfSomeone = (words: readonly string[], at: number): boolean =>
  at > 0 && BARE_CREDIT_WORDS.has(words[at]!) && !CARD_WORDS.has(words[at - 1]!) && !PAYMENT_WORDS.has(words[at - 1]!);

function rawKind(words: readonly string[], inCard: boolean, hasCardWord: boolean): CardFieldKind | null {
  const joined = words.join('');
  // PAN
  if (words.some((w) => PAN_COMPOUNDS.has(w)) || PAN_COMPOUNDS.has(joined)) return 'pan';
  // A count of cards (real-world batch FC): past the PAN's own compounds, no number of it.
  const panWords = !countsCards(words);
  for (let i = 1; panWords && i < words.length; i++) {
    if (NUMBER_WORDS.has(words[i]!) && CARD_WORDS.has(words[i - 1]!) && !namesCreditOfSomeone(words, i - 1)) return 'pan';
    if (ROMANCE_CARD_WORDS.has(words[i]!) && (ROMANCE_NUMBER_WORDS.has(words[i - 1]!) || (i >= 2 && ROMANCE_CONNECTORS.has(words[i - 1]!) && ROMANCE_NUMBER_WORDS.has(words[i - 2]!)))) {
      return 'pan';
    }
  }
  if ((words.includes(PAN_WORD) || words.includes(CONTEXT_PAN_ABBREVIATION) || joined === CONTEXT_PAN_ABBREVIATION) && inCard) return 'pan';
  if (panWords && inCard && FIRST_NUMBER_WORDS.has(words[0]!) && !words.includes('of')) return 'pan';
  if (inCard && words.length === 2 && words[0] === RAW_NUMBER[0] && words[1] === RAW_NUMBER[1]) return 'pan';
  // CVC
  if (words.some((w) => CVC_WORDS.has(w))) return 'cvc';
  if (words.some((w, i) => CARD_CODE_ABBREVIATIONS.has(w) && i > 0 && CARD_WORDS.has(words[i - 1]!))) return 'cvc';
  if (
    inCard &&
    !hasAdjacent(words, ...SOCIAL_SECURITY) &&
    (CONTEXT_CVC_PAIRS.some(([first, second]) => hasAdjacent(words, first, second)) || words.some((w) => CONTEXT_CVC_JOINED.has(w)) || spellsRomanceCvc(words))
  ) {
    return 'cvc';
  }
  // Track data
  if (words.some((w) => MAGSTRIPE_WORDS.has(w)) || hasAdjacent(words, ...MAGNETIC_STRIPE)) return 'track';
  const afterNumber = wordAfterTrackNumber(words);
  if (afterNumber !== null && (inCard || (afterNumber !== undefined && TRACK_DATA_WORDS.has(afterNumber)))) return 'track';
  if (inCard && hasAdjacent(words, TRACK_WORD, CONTEXT_TRACK_PART)) return 'track';
  // PIN
  if (hasAdjacent(words, ...PIN_BLOCK) || joined === PIN_BLOCK_JOINED) return 'pin';
  if (words.includes(PIN_WORD) && (hasCardWord || (inCard && (words.length === 1 || (words.length === 2 && words.some((w) => PIN_QUALIFIERS.has(w))))))) return 'pin';
  // Expiry
  if (words.some((w) => w === 'expiry' || w === 'expiration' || w === 'expdate' || w === 'expmonth' || w === 'expyear')) {
    return inCard || words.some((w) => EXPIRY_PARTS.has(w)) || words.length === 1 ? 'expiry' : null;
  }
  const exp = words.findIndex((w) => w === 'exp' || w === 'expires' || w === 'expire');
  if (exp >= 0) {
    const next = words[exp + 1];
    if (next !== undefined && EXPIRY_PARTS.has(next)) return 'expiry';
    if (inCard && (next === undefined || words.length === 1)) return 'expiry';
  }
  return null;
}

function hasAdjacent(words: readonly string[], first: string, second: string): boolean {
  for (let i = 1; i < words.length; i++) if (words[i - 1] === first && words[i] === second) return true;
  return false;
}

/**
 * Words saying a value is a safe derivative of a card field (stripe-facts §7.1, §7.2): `last4`, `lastFour`,
 * `maskedPan`, `cardHash`, `fingerprint`, `brand`. A value named so is never the PAN or CVC itself.
 */
const SAFE_VALUE_WORDS = new Set([
  'last4', 'lastfour', 'masked', 'mask', 'truncated', 'redacted', 'obfuscated', 'hash', 'hashed', 'digest', 'encrypted',
  'tokenized', 'fingerprint', 'brand', 'alias', 'aliased', 'partial',
]);

/** Is this name (variable, property) one of a safe derivative: last4 / lastFour / masked / hashed / brand...? */
export const isSafeDerivativeName = (name: string): boolean => safeDerivativeNames(name);

/** Member names that read the content of a form field / ref: `form.cvc.value`, `cardNumberInput.value`. */
export const CONTENT_MEMBERS: ReadonlySet<string> = new Set(['value', 'val', 'current', 'text', 'textContent', 'innerText']);

/**
 * A name path (`card.number`, `this.state.cvv`, `form.cvc.value`): its last name (past content members), in card
 * context when the name before it is a card container (`card.number` is a PAN) or `isContainer` says so. The names
 * before say nothing else: `state` in `this.state.cvv` is a holder, not the field (`cardState` is a status).
 */
export function classifyNamePathSegments(segments: readonly string[], isContainer: (name: string) => boolean = () => false): Classification {
  let end = segments.length;
  while (end > 1 && CONTENT_MEMBERS.has(segments[end - 1]!)) end--;
  const last = segments[end - 1];
  if (last === undefined) return null;
  const parent = segments[end - 2];
  // A field's name keyed in an object about the fields: its error, label, rule or schema (`errors.cardNumber`,
  // `formik.touched.cvc`, `LABELS.cardNumber`, `schema.shape.cardNumber`; real-world batch 279).
  if (parent !== undefined && namesFieldMetadata(parent)) return null;
  const kind = classifyCardField(last, { cardContext: parent !== undefined && (isCardContainerName(parent) || isContainer(parent)) });
  // `giftCard.cardNumber`, `library.cardNumber`: the card of a gift / library card holder, as `giftCardNumber` is.
  if (isSensitiveKind(kind) && segments.slice(0, end - 1).some(namesOtherCardHolder)) return null;
  return kind;
}

/**
 * Last words of an object's name that say it holds something about each field, keyed by the field's name, not the
 * field's value: form libraries' errors and touched / dirty flags, labels, placeholders and other wording, i18n strings,
 * validation rules and schemas (zod's `shape`), masks and styles. Not a message (a broker's message carries data), nor
 * refs (`$refs.cvc.value` reads the input).
 */
const FIELD_METADATA_CONTAINERS: ReadonlySet<string> = new Set([
  'errors', 'touched', 'dirty', 'labels', 'placeholders', 'hints', 'tooltips', 'titles', 'descriptions', 'messages',
  'strings', 'translations', 'rules', 'validators', 'validations', 'schema', 'schemas', 'shape', 'masks', 'patterns',
  'formats', 'styles', 'classes',
  // a hosted-fields SDK's CSS selectors of its iframes (`fieldSelectors: { cvv: '#card-cvv-field' }`; real-world batch 332)
  'selectors',
]);

/**
 * Such names whose last word the word splitter does not give as written (`i18n` → i 18 n, `dirtyFields` → dirty
 * fields, `fieldErrors`, `classNames`): matched on the joined lower-case name, in any case.
 */
const JOINED_FIELD_METADATA = /(?:i18n|dirtyfields|classnames|fielderrors)$/;

/** Does an object's name end in a FIELD_METADATA_CONTAINERS word (`errors`, `fieldErrors`, `LABELS`, `touched`, `i18n`)? */
export const namesFieldMetadata = memoByName((name: string): boolean => {
  const words = wordsOf(name);
  return (words.length > 0 && FIELD_METADATA_CONTAINERS.has(words[words.length - 1]!)) || JOINED_FIELD_METADATA.test(name.toLowerCase());
});

/**
 * Are these the keys of a field's settings rather than its value: every one names metadata (FIELD_METADATA_WORDS: a
 * selector, a placeholder, a style, a length, a label), as a Hosted Fields config's `cvv: { selector: '#cvv' }`? A
 * field kept with its state (`cvc: { value, touched }`) holds its value.
 */
export function namesFieldSettings(keys: readonly string[]): boolean {
  return keys.length > 0 && keys.every((key) => wordsOf(key).some((word) => FIELD_SETTING_WORDS.has(word)));
}
const FIELD_SETTING_WORDS: ReadonlySet<string> = new Set(FIELD_METADATA_WORDS);

/** Words of an object on a name's path that holds another kind of card's number (`voucher.cardNumber`), besides OTHER_CARD_KINDS. */
const OTHER_CARD_HOLDERS: ReadonlySet<string> = new Set(['voucher', 'vouchers']);

/**
 * Does an object on a name's path hold another kind of card: a gift / library / loyalty card holder (OTHER_CARD_KINDS),
 * a voucher, an identity card (`idCard`, `id_card`: `id` right before a card word; real-world batch GC: `{ idCard: {
 * cardNumber } }`)? A card's id is written the other way round (`cardId`).
 */
export function namesOtherCardHolder(segment: string): boolean {
  const words = splitWords(segment);
  return words.some((w, i) => OTHER_CARD_KINDS.has(w) || OTHER_CARD_HOLDERS.has(w) || (w === 'id' && CARD_WORDS.has(words[i + 1] ?? '')));
}

const safeDerivativeNames = memoByName((name: string): boolean => {
  const words = wordsOf(name);
  return words.some((w) => SAFE_VALUE_WORDS.has(w)) || hasAdjacent(words, 'last', 'four') || hasAdjacent(words, 'last', 'digits');
});

/** Trailing words of a table / model / collection name that say what kind of thing it is, not what it holds. */
const COLLECTION_SUFFIXES = new Set([
  'schema', 'model', 'models', 'table', 'entity', 'entities', 'collection', 'store', 'doc', 'docs', 'document',
  'documents', 'record', 'records', 'row', 'rows', 'repository', 'repo', 'ref', 'dto', 'attributes', 'attrs',
]);
const CARD_COLLECTION_WORDS = new Set(['card', 'cards', 'cc', 'ccs', 'creditcard', 'creditcards', 'debitcard', 'debitcards', ...ROMANCE_CARD_NOUNS]);

/**
 * Is this table / collection / model / entity name a store of payment cards (`cards`, `credit_cards`, `CreditCard`,
 * `savedCards`, `PaymentCardEntity`, `cardSchema`)? Gift / loyalty / SIM cards and `card_types` are not. Kanban or
 * game "cards" share the name: callers must corroborate with the fields (expiry, CVC, last4...) before treating a
 * bare `number` as a PAN.
 */
export const isCardCollectionName = (name: string): boolean => cardCollectionNames(name);

const cardCollectionNames = memoByName((name: string): boolean => {
  const words = splitWords(name);
  while (words.length > 1 && COLLECTION_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  const last = words[words.length - 1];
  if (last === undefined || !CARD_COLLECTION_WORDS.has(last)) return false;
  return !isNonPaymentCard(words) && !words.some((w) => SAFE_WORDS.has(w) && !COLLECTION_SUFFIXES.has(w));
});

/** HTML autofill tokens (`autocomplete="cc-number"`): only the cc-* field names, per the HTML spec. */
export function classifyAutocomplete(value: string): Classification {
  const tokens = value.trim().toLowerCase().split(/\s+/);
  const field = tokens.find((t) => t.startsWith('cc-'));
  switch (field) {
    case 'cc-number':
      return 'pan';
    case 'cc-csc':
      return 'cvc';
    case 'cc-exp':
    case 'cc-exp-month':
    case 'cc-exp-year':
      return 'expiry';
    default:
      return null;
  }
}

/** Stripe.js v2 form markers: `data-stripe="number|cvc|exp-month|exp-year|exp|name"` (stripe-facts §2.2). */
export function classifyDataStripe(value: string): Classification {
  return classifyCardField(value.trim(), { cardContext: true });
}

// ---------------------------------------------------------------------------------------------------------------
// Text patterns for file prefilters, built from the vocabulary above. A name that `classifyCardField` calls sensitive
// (PAN, CVC, track, PIN) contains, as `splitWords` words: out of card context, a `standalone` spelling (a CVC / track
// word, a PAN compound, a card word followed by a number word, a PIN block...); in card context, a `contextual` one
// (`number` first, `pan`, `securityCode`, `trackData`, `pin`), the context itself coming from a `provider` (a card word
// in the name or in a container name, a card collection name, or a `source` key / segment).
//
// Names are matched word by word as the code spells them: plainly, or with escapes and character references
// (`'\x63vc'`, `\u0063ard`, `&#99;vc`, read around the escapes, decoded). Not seen (limitations of the prefilter): names
// assembled at run time (`'cv' + 'c'`) and compounds cut by a separator inside one of their words (`c_c_n`,
// `car_dNumber`; `cc_n`, `primary_account_number` and `CARDnr` are seen).

/** Characters that `splitWords` reads as part of a word: ASCII letters and digits, `İ` (→ `i̇`) and the Kelvin sign (→ `k`). */
const WORD_CHAR = 'A-Za-z0-9\\u0130\\u212A';
const SEPARATORS = `[^${WORD_CHAR}]*`;

function letterSource(c: string, upper: boolean): string {
  if (c === 'k') return upper ? '[K\\u212A]' : '[k\\u212A]';
  return upper ? c.toUpperCase() : c;
}

let groupCount = 0;

/** `(?<!X\k<g>)` with X not escaped: a letter right after a backslash is an escape (`\ncvc`), not part of the word. */
const notAfter = (before: string, group: string): string => `(?<!(?<!\\\\)${before}\\k<${group}>)`;

/**
 * How words of `splitWords` are spelled in source text: `card`, `Card` or `CARD`, not glued to letters that would make
 * `splitWords` read a longer word (`discard`, `xcard`, `CARDs`, `XCARD`). A lower-case word starts after a non-letter;
 * an upper-case one after a non-capital; a capitalised one anywhere (`isCard`, `XCard`); a word that starts its name
 * (`nameStart`) after no word character at all. A word ending in a letter is not followed by a lower-case letter; one
 * ending in a digit not by a digit (`cvc23` is cvc + 23). The checks run after the word (backreference lookbehinds),
 * so the regex engine only runs them where the word's letters are.
 */
function wordsSource(words: Iterable<string>, nameStart = false): string {
  const all = [...new Set(words)].sort((a, b) => b.length - a.length);
  const alternatives: string[] = [];
  for (const endsWithDigit of [false, true]) {
    const group = all.filter((w) => /[0-9]$/.test(w) === endsWithDigit);
    if (group.length === 0) continue;
    const tail = endsWithDigit ? '(?![0-9])' : '(?![a-z])';
    const digitStart = group.filter((w) => /^[0-9]/.test(w));
    const letterStart = group.filter((w) => !/^[0-9]/.test(w));
    const variant = (spellings: string[], before: string | null): void => {
      if (spellings.length === 0) return;
      const name = `w${groupCount++}`;
      alternatives.push(`(?<${name}>${spellings.join('|')})${tail}${before === null ? '' : notAfter(before, name)}`);
    };
    const start = `[${WORD_CHAR}]`;
    variant(digitStart, start);
    variant(letterStart.map((w) => [...w].map((c) => letterSource(c, false)).join('')), nameStart ? start : '[A-Za-z]');
    variant(letterStart.map((w) => [...w].map((c) => letterSource(c, true)).join('')), nameStart ? start : '[A-Z]');
    variant(
      letterStart.filter((w) => /^[a-z][a-z]/.test(w)).map((w) => letterSource(w[0]!, true) + [...w.slice(1)].map((c) => letterSource(c, false)).join('')),
      nameStart ? start : null,
    );
  }
  return `(?:${alternatives.join('|')})`;
}

/** Words next to each other in `splitWords`, one from each set: `pin_block`, `cardNumber`, `CC-NUM`, `magnetic stripe`. */
const sequenceSource = (...sets: Iterable<string>[]): string => sets.map((set) => wordsSource(set)).join(SEPARATORS);

/**
 * A name whose words join to `joined` (the classifier joins a name's words: `primary_account_number`, `cc_n`, and
 * `CARDnr`, which `splitWords` reads as car + dnr): its letters in order, in any case, with only separators between
 * them, nothing word-like around.
 */
function joinedSource(joined: string): string {
  const letters = [...joined].map((c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}${c === 'k' ? '\\u212A' : c === 'i' ? '\\u0130' : ''}]` : c));
  return `(?<![${WORD_CHAR}])${letters.join(SEPARATORS)}(?![${WORD_CHAR}])`;
}

const alternation = (sources: Iterable<string>): RegExp => new RegExp([...new Set(sources)].join('|'));

export interface CardNamePatterns {
  /**
   * The first, cheapest test: a superset of every `provider` spelling and of the CVC words and one-word PAN compounds
   * (`card`, `credit`, `debit`, `cc` as a word start, `cv`, `csc`, `cav2`, `cid2`, in any case), Portuguese's
   * `cartao` / `cartoes` and Spanish's `tarjeta`: words of the scan shared by the file-level finders (text-search.ts),
   * `cc` checked where it is found. Most files fail it, and where it fails only `otherWordsHint` can still let a
   * sensitive spelling through (escapes aside).
   */
  cardWordsHint: (text: string) => boolean;
  /**
   * A superset of the `standalone` spellings that `cardWordsHint` does not cover: magnetic stripe, primary account
   * number, track 1 / 2 data, PIN block. Each word is looked for alone (case-free, fast), its pattern run only where it is.
   */
  otherWordsHint: (text: string) => boolean;
  /** A cheap case-insensitive superset of `standalone` (a few literals), checked before it. */
  standaloneHint: RegExp;
  /**
   * A cheaper superset of the `standalone` spellings without a `provider` word that `cardWordsHint` lets through (CVC
   * words, one-word PAN compounds, Portuguese and Spanish card numbers, whose card word glued after the number word is
   * no provider: `numtarjeta`; `cc` glued to a joined name: `ccsecuritycode`): enough where no provider is.
   */
  unprovidedCardHint: RegExp;
  /** Matches wherever a name is sensitive without card context: a CVC / track word, a PAN compound, a PIN block. */
  standalone: RegExp;
  /** Matches wherever card context can come from a card word or a card collection name. */
  provider: RegExp;
  /** A superset of `bracketSource`, found faster: the text writes `source[` or `source][`. */
  bracketSourceHint: (text: string) => boolean;
  /** Matches wherever a name is Stripe's `source` (card context in a file that mentions Stripe: `source.number`). */
  stripeSource: RegExp;
  /**
   * Matches wherever a bracket name with a `source` segment can be written (`'source[number]'`,
   * `"data[source][cvc]"`): card context in any file. Such a name is a whole string, so its last `]` is right before
   * the closing quote; computed members (`source[key] = …`, `assign(source[k], v)`) do not match.
   */
  bracketSource: RegExp;
  /** Matches wherever a name is sensitive in card context (`number`, `pan`, `securityCode`, `trackData`, `pin`). */
  contextual: RegExp;
}

/** Text patterns that every sensitive spelling matches (see the section comment). */
export const CARD_NAME_PATTERNS: CardNamePatterns = {
  // `cc` as `provider` and `standalone` spell it: lower case not after a letter, upper case not after a capital
  // (unless that letter ends an escape, `\ncc`), capitalised anywhere. So `access` and `ACCOUNT` do not pass.
  cardWordsHint: caseFreeWordsFinder(
    new Map([
      ...['card', 'cartao', 'cartoes', 'cav2', 'cv', 'csc', 'cid2', 'credit', 'debit', 'tarjeta'].map((word): [string, null] => [word, null]),
      ['cc', /cc(?<!(?<!\\)[A-Za-z]cc)|CC(?<!(?<!\\)[A-Z]CC)|Cc|cC/y],
    ]),
    { everyFile: true },
  ),
  otherWordsHint: (() => {
    const words = caseFreeWordsFinder(
      new Map([
        ['magstripe', null],
        ['magnetic', null],
        ['primary', /primary[^a-z0-9]*account/iy],
        ['track', /track[^a-z0-9]*(?:[12]|one|two)[^a-z0-9]*(?:data|equiv)/iy],
        ['block', /(?<=pin[^a-z0-9]*)block/iy],
      ]),
      { everyFile: true },
    );
    const kelvin = /trac\u212A[^a-z0-9]*(?:[12]|one|two)[^a-z0-9]*(?:data|equiv)|pin[^a-z0-9]*bloc\u212A/i;
    return (text: string) => words(text) || (text.includes('\u212A') && kelvin.test(text));
  })(),
  standaloneHint:
    /cv|csc|cav2|cid2|(?:card|cc|credit|debit)s?[^a-z0-9]*(?:account[^a-z0-9]*)?n|ccsecur|ccverif|magstripe|magnetic[^a-z0-9]*stripe|primary[^a-z0-9]*account|trac[k\u212A][^a-z0-9]*(?:[12]|one|two)[^a-z0-9]*(?:data|equiv)|pin[^a-z0-9]*bloc[k\u212A]|tarjeta|cartao|cartoes|numbercard|numbercreditcard|numcreditcard/i,
  unprovidedCardHint: /cv|csc|cav2|cid2|cardn|ccn|ccsecur|ccverif|cartao|tarjeta|numbercard|numbercreditcard|numcreditcard/i,
  standalone: alternation([
    wordsSource([...PAN_COMPOUNDS, PIN_BLOCK_JOINED, ...CVC_WORDS, ...MAGSTRIPE_WORDS, ...[...CC_GLUED_NAMES].map((w) => CC_GLUED + w)]),
    // A card word right before a number word: `cardNo`, `cc_num`, `credit-card-number`.
    sequenceSource(CARD_WORDS, NUMBER_WORDS),
    // ...and in Spanish after it: `numTarjeta`, `numero_de_tarjeta`.
    sequenceSource(ROMANCE_NUMBER_WORDS, ROMANCE_CARD_WORDS),
    sequenceSource(ROMANCE_NUMBER_WORDS, ROMANCE_CONNECTORS, ROMANCE_CARD_WORDS),
    sequenceSource([MAGNETIC_STRIPE[0]], [MAGNETIC_STRIPE[1]]),
    sequenceSource([PIN_BLOCK[0]], [PIN_BLOCK[1]]),
    sequenceSource(TRACK_WORDS, TRACK_DATA_WORDS),
    sequenceSource([TRACK_WORD], TRACK_NUMBERS, TRACK_DATA_WORDS),
    // Joined compounds written as several words: `primary_account_number`, `cc_n`, `CARDnr`.
    ...[...PAN_COMPOUNDS, PIN_BLOCK_JOINED].map(joinedSource),
  ]),
  // A card word in the name itself (`cardPin`, `cc_security_code`) or in a container name (`card.number`).
  provider: alternation([wordsSource([...CARD_WORDS, ...CARD_COLLECTION_WORDS])]),
  // classifyNamePath / collectObjectParts / declaredFields compare the whole name with `source` (isStripeSourceContainer).
  stripeSource: new RegExp(`(?<src>source)(?![\\w$])${notAfter('[\\w$]', 'src')}`),
  // Bracket names compare a whole segment with `source`: `source[number]`, `data[source][cvc]`.
  bracketSourceHint: textFinder(['source[', 'source]['], { everyFile: true }),
  bracketSource: /source\]?\[[^\]]*\](?:\[[^\]]*\]){0,2}['"`]/,
  contextual: alternation([
    wordsSource([PAN_WORD, PIN_WORD, CONTEXT_PAN_ABBREVIATION]),
    joinedSource(CONTEXT_PAN_ABBREVIATION),
    wordsSource(FIRST_NUMBER_WORDS, true),
    sequenceSource([RAW_NUMBER[0]], [RAW_NUMBER[1]]),
    ...[...CONTEXT_CVC_PAIRS, CARD_CODE].map(([first, second]) => sequenceSource([first], [second])),
    wordsSource(CONTEXT_CVC_JOINED),
    // `cc_cid`, `cardCvx`: the card word before it is the provider.
    wordsSource(CARD_CODE_ABBREVIATIONS),
    sequenceSource(ROMANCE_CVC_FIRST, ROMANCE_CVC_SECOND),
    sequenceSource(ROMANCE_CVC_FIRST, ROMANCE_CONNECTORS, ROMANCE_CVC_SECOND),
    wordsSource(TRACK_WORDS),
    sequenceSource([TRACK_WORD], [...TRACK_NUMBERS, CONTEXT_TRACK_PART]),
  ]),
};

