import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textMayNameCardData } from '../../src/analysis/card-data.js';
import { CARD_NAME_PATTERNS, classifyCardField, isSensitiveKind } from '../../src/analysis/card-fields.js';

// The file prefilter of no-sensitive-card-storage / no-card-data-logging (card-data.textMayNameCardData, built from
// card-fields.CARD_NAME_PATTERNS) must admit every text in which the classifier can find sensitive card data.

/** Words of card-data names (stripe-facts §7.4) and their neighbours, safe and non-payment words among them. */
const WORDS = [
  'card', 'cards', 'cc', 'ccs', 'credit', 'debit', 'creditcard', 'debitcard', 'creditcards', 'payment', 'raw', 'new', 'my',
  'number', 'num', 'no', 'nr', 'nbr', 'n', 'pan', 'primary', 'account', 'cvc', 'cvv', 'cvc2', 'cvv2', 'cvn', 'cvn2', 'csc',
  'cav2', 'cid2', 'cvd', 'cvcnum', 'cvvcode', 'ccv', 'security', 'verification', 'code', 'magstripe', 'magnetic', 'stripe',
  'track', 'track1', 'track2', '1', '2', 'one', 'two', 'data', 'equivalent', 'equiv', 'title', 'pin', 'block', 'pinblock', 'cardnumber', 'cardnum',
  'cardno', 'cardnr', 'cardnbr', 'ccnbr', 'ccnr', 'ccnumber', 'ccnum', 'ccno', 'ccn', 'creditcardnumber', 'debitcardnumber', 'primaryaccountnumber',
  'exp', 'expiry', 'month', 'details', 'info', 'input', 'value', 'last4', 'masked', 'token', 'brand', 'gift', 'account',
  'tracking', 'of', 'user', 'holder', 'source', 'x', 'foo', 'save',
  // Spanish and Portuguese card numbers (`numTarjeta`, `numero_de_tarjeta`, `numeroCartao`, `numero_do_cartao`) and
  // their neighbours
  'numero', 'nro', 'tarjeta', 'tarjetas', 'cartao', 'cartoes', 'de', 'del', 'do', 'da', 'regalo', 'presente', 'sus',
  'credito', 'dados', 'codigo', 'cod', 'seguranca', 'seguridad', 'verificacion', 'quadro', 'bip',
  // joined in one lower-case word (real-world batch DW)
  'cardcvc', 'cardcvv', 'cardcsc', 'codecvv', 'codecvc', 'cvccode', 'securitycode', 'securecode', 'cvcode', 'verificationcode', 'verificationvalue',
  // ...the number word first (real-world batch EZ)
  'numbercard', 'numbercreditcard', 'numcreditcard',
  // `cc` glued to a card field's joined name (Hotcakes' `cccardnumber`, `ccsecuritycode`; real-world batch 217)
  'cccardnumber', 'ccsecuritycode', 'ccverificationcode', 'cccvv', 'ccccv', 'cccardcvc', 'cccreditcardno', 'ccsecurecode',
  // Magento's `cc_cid` (real-world batch ED) and a customer's id
  'cid', 'customer',
];

type Style = 'lower' | 'capital' | 'upper';
const spell = (word: string, style: Style): string =>
  style === 'lower' ? word : style === 'upper' ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A name made of 1–4 vocabulary words, each in one case, joined camel-style or with separators; a word may have one
 * digit glued on (`cardNumber1`, `cvc3`).
 */
const name = fc
  .tuple(
    fc.constantFrom('', '_', '$', '-', '.', ' ', '__'),
    fc.array(
      fc.tuple(
        fc.constantFrom(...WORDS),
        fc.constantFrom<Style>('lower', 'capital', 'upper'),
        fc.constantFrom('', '_', '-', ' ', '.', '$'),
        fc.constantFrom('', '', '', '1', '2', '4', '9'),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([lead, words]) => lead + words.map(([word, style, separator, digit], i) => (i === 0 ? '' : separator) + spell(word, style) + digit).join(''));

/** What can stand right around a name in code: quotes, punctuation, blanks, escapes that are breaks (`\n`). */
const delimiter = fc.constantFrom(' ', '"', "'", '`', '.', '(', ')', '[', ']', '{', '}', ',', ';', ':', '=', '\n', '\t', '#', '/', '<', '>', '\\n', '\\t');
// Half the texts are long enough for the shared scan of the file-level finders (text-search.ts), half are not.
const filler = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }).map((text) => text.padEnd(300)));

const embed = (...parts: string[]): string => parts.join('');

describe('textMayNameCardData (the card-data file prefilter)', () => {
  it('admits every text with a name the classifier calls sensitive out of card context', () => {
    fc.assert(
      fc.property(filler, delimiter, name, delimiter, filler, (before, open, n, close, after) => {
        fc.pre(isSensitiveKind(classifyCardField(n)));
        expect(textMayNameCardData(embed(before, open, n, close, after))).toBe(true);
      }),
      { numRuns: 3000, seed: 20261128 },
    );
  });

  it('admits every text with a card-context provider and a name the classifier calls sensitive in card context', () => {
    const provider = fc.constantFrom('source', 'card', 'creditCard', 'cardDetails', 'cc', 'payment_card', 'cards', 'credit_cards', 'CCS', 'DebitCards');
    fc.assert(
      fc.property(filler, delimiter, provider, delimiter, filler, delimiter, name, delimiter, filler, (a, o1, p, c1, b, o2, n, c2, c) => {
        fc.pre(isSensitiveKind(classifyCardField(n, { cardContext: true })));
        expect(textMayNameCardData(embed(a, o1, p, c1, b, o2, n, c2, c))).toBe(true);
        // The name may come first too (a container declared after its use).
        expect(textMayNameCardData(embed(a, o2, n, c2, b, o1, p, c1, c))).toBe(true);
      }),
      { numRuns: 3000, seed: 20261128 },
    );
  });

  it.each([
    // A CardField that hands out the full card, whatever the file calls the details (real-world batch 234).
    ['<CardField dangerouslyGetFullCardDetails onCardChange={(d) => log(d)} />', true],
    ['<CardField onCardChange={(d) => log(d)} />', false],
    ['req.body.cardNumber', true],
    ['const { cvc } = form', true],
    ["localStorage.setItem('cc-number', n)", true],
    ['INSERT INTO cards (card_no, cvv2) VALUES (?, ?)', true],
    ["'\\ncvv'", true],
    ['save({ primary_account_number: n })', true],
    ['save({ primaryAccount_number: n })', true],
    ['post({ card_accountNumber: n })', true],
    ['post({ card_cvNumber: c })', true],
    ['log(cc_n)', true],
    ['write(TRACK_1_DATA)', true],
    ['write(trackOneData)', true],
    ['write(track2_equivalent)', true],
    ['log(card.track1)', true],
    // a playlist's tracks
    ['write(TRACK_1); write(trackOne); log(track2, track1Title)', false],
    ['write(magneticStripe)', true],
    ['write(PIN_BLOCK)', true],
    ['write(pinblock)', true],
    ['log(source.number)', true],
    ["db.insert({ source: { number } })", true],
    ['log(card.num)', true],
    ['log(creditCard.pin)', true],
    ['log(card.securityCode)', true],
    // Authorize.net's CVV name, a CVC in card context only (real-world batch DV)
    ['const creditCard = { cardCode: body.code }', true],
    ['log(myCc.number)', true],
    // no provider for a bare number / pin / pan
    ['const number = 1; log(number, pin, pan)', false],
    ['db.insert({ pin })', false],
    // words that only contain the letters
    ['discard(); success(); access(); accept(); wildcard(); scope(); asyncScope()', false],
    ['resource.number; sources.num; dataSource.pin', false],
    ['tracking_number; trackData; pinned; spinner', false],
    ['isCC(x)', false],
    // `cc` as a word, however it is glued: after a lower-case letter only capitalised (`myCc`) or upper case (`myCC`)
    ['log(myCcNumber)', true],
    ['log(myCCNumber)', true],
    ['log(ACCOUNT_NUMBER, access.number)', false],
    ['log(\\nccNumber)', true],
    // the words that make a standalone spelling without a card word, in any case, the Kelvin sign read as `k`
    ['write(PRIMARY_ACCOUNT_NUMBER)', true],
    ['write(trac\u212A_2_data)', true],
    ['write(trac\u212A_2)', false],
    ['write(pin_bloc\u212A)', true],
    ['primary(); account(); track(); block(); pin(); magnet()', false],
    ['CreditNotes.list(); Debit', false],
    // a card word glued after the number word, or `cc` glued before a joined name, is no provider (found by the
    // property above once its vocabulary grew)
    ['log(numtarjeta)', true],
    ['log(NUMEROTARJETA)', true],
    ['log(form.ccsecuritycode, form.cccardnumber)', true],
    ['log(ccsecurity, accsecuritycode)', false],
  ])('%s → %s', (text, expected) => {
    expect(textMayNameCardData(text)).toBe(expected);
  });

  // `source` is Stripe's card source only where the file mentions Stripe (isStripeSourceContainer); a bracket name
  // with a `source` segment is a card path in any file.
  it.each([
    ['log(source.number)', true, true],
    ['log(source.number)', false, false],
    ["db.insert({ source: { number } })", false, false],
    ['const source = axios.CancelToken.source(); log(source.token, pr.number)', false, false],
    ["form.append('source[number]', value)", false, true],
    ["form.append('data[source][number]', value)", false, true],
    ["form.append('source\\x5bnumber]', value)", false, true],
    ['<input name="source[number]" />', false, true],
    ["const number = Number(x); assign(source[key], target[key]); if (regexp.source[0] !== '^') source[k] = 1;", false, false],
    ["log({ '\\x73ource': { number } })", true, true],
    ["log({ '\\x73ource': { number } })", false, false],
    ['log(card.number)', false, true],
  ])('%s, Stripe mentioned: %s → %s', (text, stripe, expected) => {
    expect(textMayNameCardData(text, undefined, stripe)).toBe(expected);
  });

  it.each([
    "logger.info({ '\\x63vc': code })",
    'logger.info({ "\\u0063\\u0076\\u0063": code })',
    "save(\\u0063ardNumber)",
    "save({ '\\u{63}vv': c })",
    "save({ '\\143vc': c })",
    "save({ 'car\\\ndNumber': n })",
    '<input name="&#99;vc" />',
    '<input name="&#x63;ard_number" />',
    "source['\\x6eumber']",
  ])('%s: a name spelled with escapes is admitted', (text) => {
    expect(textMayNameCardData(text)).toBe(true);
  });

  it.each([
    'guardar({ numeroTarjeta: n })',
    "db.insert({ 'NUMERO_DE_TARJETA': n })",
    'enviar(pago.numero_de_tarjeta)',
    // beside a card word, and spelled with an escape
    'const card = {}; log(card, numTarjeta)',
    "log({ 'numero\\u0054arjeta': n })",
    // in Portuguese
    'salvar({ numeroCartao: n })',
    "db.insert({ 'NUMERO_DO_CARTAO': n })",
    'const card = {}; log(card, numCartao)',
    "log({ 'numero\\u0043artao': n })",
  ])('%s: a card number named in Spanish or Portuguese is admitted (real-world batch DF)', (text) => {
    expect(textMayNameCardData(text)).toBe(true);
  });

  it.each([
    // limitation: names are read word by word as the code spells them: a compound cut inside one of its words and a
    // name assembled at run time are not seen (the rules document it).
    "localStorage.setItem('c_c_n', value)",
    'logger.info({ car_dNumber: n })',
    "logger.info({ ['cv' + 'c']: code })",
  ])('%s is not admitted', (text) => {
    expect(textMayNameCardData(text)).toBe(false);
  });

  it('admits names with escaped characters, in any position of the name', () => {
    const escape = (ch: string, how: number): string => {
      const code = ch.charCodeAt(0);
      const hex = code.toString(16);
      return [
        `\\x${hex.padStart(2, '0')}`,
        `\\u${hex.padStart(4, '0')}`,
        `\\u{${hex}}`,
        `&#${code};`,
        `&#x${hex};`,
        `\\${code.toString(8)}`,
        `\\\n${ch}`,
        /[a-z]/i.test(ch) && !'bfnrtuvx'.includes(ch.toLowerCase()) && !/[0-7]/.test(ch) ? `\\${ch}` : ch,
      ][how]!;
    };
    fc.assert(
      fc.property(filler, delimiter, name, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { maxLength: 3 }), delimiter, filler, (before, open, n, escapes, close, after) => {
        fc.pre(isSensitiveKind(classifyCardField(n)));
        const chars = [...n];
        const escaped = new Set<number>();
        for (const [at, how] of escapes) {
          const i = at % chars.length;
          if (escaped.has(i) || (/[0-7]/.test(chars[i + 1] ?? '') && how === 5)) continue; // an octal escape would swallow the next digit
          chars[i] = escape(chars[i]!, how);
          escaped.add(i);
        }
        expect(textMayNameCardData(embed(before, open, chars.join(''), close, after))).toBe(true);
      }),
      { numRuns: 2000, seed: 20261128 },
    );
  });
});

describe('CARD_NAME_PATTERNS.cardWordsHint', () => {
  // Its specification, as the regular expression it replaced (one search of its own per file, where the words now join
  // the shared scan): `card`, `cartao`, `cartoes`, `cav2`, `cv`, `csc`, `cid2`, `credit`, `debit`, `tarjeta` in any
  // case, and `cc` as a word start: lower case not after a letter (unless that letter ends an escape, `\ncc`), upper
  // case not after a capital, mixed case anywhere.
  const SPECIFICATION =
    /[cC](?:[aA](?:[rR](?:[dD]|[tT](?:[aA][oO]|[oO][eE][sS]))|[vV]2)|[vV]|[sS][cC]|[iI][dD]2|[rR][eE][dD][iI][tT]|c(?<!(?<!\\)[A-Za-z]cc)|C(?<!(?<!\\)[A-Z]CC))|[dD][eE][bB][iI][tT]|[jJ](?<=[tT][aA][rR][jJ])[eE][tT][aA]/;
  const piece = fc.constantFrom('c', 'C', 'cc', 'CC', 'Cc', 'cC', 'a', 'A', 'ac', 'AC', 'x', '\\', 'card', 'cArT', 'ao', 'oes', 'av2', 'v', 's', 'id2',
    'credit', 'DEBIT', 'tar', 'jeta', 'TARJETA', ' ', '_', '1', 'é');
  it('matches exactly where its specification does, in short texts and in texts long enough for the shared scan', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.boolean(), (pieces, long) => {
        const text = long ? pieces.join('').padStart(300) : pieces.join('');
        expect(CARD_NAME_PATTERNS.cardWordsHint(text)).toBe(SPECIFICATION.test(text));
      }),
      { numRuns: 4000, seed: 20261205 },
    );
  });
});
