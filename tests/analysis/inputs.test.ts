import { describe, expect, it } from 'vitest';
import {
  captionText,
  CHANGE_BINDING,
  classifyCvcInCardForm,
  classifyInputAttributes,
  classifyPanInCardForm,
  hostedFieldTargets,
  isHostedFieldPlaceholder,
  VALUE_BINDING,
  normalizeAttributeName,
  passesLuhn,
  type InputAttribute,
} from '../../src/analysis/inputs.js';
import { probeArguments } from './helpers.js';
import { boundPath } from '../../src/analysis/values.js';
import { STRIPE_TEST_CARDS } from '../../src/stripe/test-cards.js';

const attrs = (...pairs: [string | null, string | null][]): InputAttribute[] => pairs.map(([name, value]) => ({ name, value }));

describe('classifyInputAttributes', () => {
  it.each([
    [attrs(['autoComplete', 'cc-number']), 'pan', 'autocomplete'],
    [attrs(['autocomplete', 'section-pay billing cc-csc']), 'cvc', 'autocomplete'],
    [attrs(['data-stripe', 'number']), 'pan', 'data-stripe'],
    [attrs(['data-stripe', 'cvc']), 'cvc', 'data-stripe'],
    // Braintree.js / Adyen CSE: the field the library encrypts in the page (a Braintree form's \`AccountNumber\`)
    [attrs(['id', 'AccountNumber'], ['name', 'AccountNumber'], ['data-encrypted-name', 'number']), 'pan', 'data-encrypted-name'],
    [attrs(['data-encrypted-name', 'cvv']), 'cvc', 'data-encrypted-name'],
    [attrs(['name', 'cardNumber']), 'pan', 'name'],
    [attrs(['name', 'card[number]']), 'pan', 'name'],
    [attrs(['name', 'credit_card_cvv']), 'cvc', 'name'],
    // Last of all, a name, id or bound model that names a payment card alone, with no wording that says otherwise
    // (real-world batch 203: \`<input v-model="creditCard" id="creditCard">\`; \`name="creditCard" placeholder="Credit Card Data"\`).
    [attrs(['name', 'credit_card']), 'pan', 'name'],
    [attrs(['type', 'text'], ['id', 'creditCard'], ['v-model', 'creditCard']), 'pan', 'id'],
    [attrs(['v-model', 'checkout.debitCard']), 'pan', 'v-model'],
    [attrs(['name', 'creditCard'], ['placeholder', 'Credit Card Data']), 'pan', 'placeholder'],
    // A PHP page's printed value reaches the markup as \`0\` and blanks: no number the field starts with.
    [attrs(['name', 'cardNumber'], ['value', '0                ']), 'pan', 'name'],
    // An aside in parentheses is no part of the wording.
    [attrs(['aria-label', 'Credit Card (a deposit of $500 is taken)']), 'pan', 'aria-label'],
    [attrs(['id', 'cc-number']), 'pan', 'id'],
    [attrs(['placeholder', 'Card number']), 'pan', 'placeholder'],
    [attrs(['aria-label', 'CVC']), 'cvc', 'aria-label'],
    [attrs(['placeholder', '1234 1234 1234 1234']), 'pan', 'placeholder'],
    [attrs(['placeholder', '•••• •••• •••• ••••']), 'pan', 'placeholder'],
    [attrs(['placeholder', '4242-4242-4242-4242']), 'pan', 'placeholder'],
    [attrs(['placeholder', '4242424242424242']), 'pan', 'placeholder'],
    // An input mask grouped as a card number's digits (real-world batch 271: Quasar, react-input-mask, jQuery Mask)
    [attrs(['mask', '#### #### #### ####']), 'pan', 'mask'],
    [attrs(['mask', '9999 9999 9999 9999']), 'pan', 'mask'],
    [attrs(['data-mask', '0000-0000-0000-0000']), 'pan', 'data-mask'],
    [attrs(['mask', '#### #### #### ####'], ['label', 'Número do cartão']), 'pan', 'mask'],
    [attrs(['mask', '#### #### #### ####'], ['label', 'Card']), 'pan', 'mask'],
    // Quasar's mask named for a card's number (its `#### #### #### ####`)
    [attrs(['mask', 'card']), 'pan', 'mask'],
    // Inputmask's options in the attribute
    [attrs(['data-inputmask', "'mask': '9999 9999 9999 9999'"]), 'pan', 'data-inputmask'],
    // ...where the field's name says nothing else (`number`, `a1`)
    [attrs(['name', 'number'], ['mask', '#### #### #### ####']), 'pan', 'mask'],
    [attrs(['name', 'a1'], ['data-mask', '0000 0000 0000 0000']), 'pan', 'data-mask'],
    // Ungrouped digits of the networks under 8 and 9 (regression probe 273): Uzcard, Humo, RuPay
    [attrs(['placeholder', '8600123412341239']), 'pan', 'placeholder'],
    // An example's lead-in (real-world batch DJ: the "interactive card details form" design every learner copies).
    [attrs(['placeholder', 'e.g. 1234 5678 9123 0000']), 'pan', 'placeholder'],
    [attrs(['placeholder', 'Ex: 4242 4242 4242 4242']), 'pan', 'placeholder'],
    [attrs(['placeholder', 'Ej: 4242 4242 4242 4242']), 'pan', 'placeholder'],
    // A field named like a name shows no name as a card number's digits (real-world batch DN).
    [attrs(['id', 'name'], ['name', 'number'], ['placeholder', '1111 1111 1111 1111']), 'pan', 'placeholder'],
    [attrs(['id', 'bathrooms'], ['formControlName', 'cardNumber']), 'pan', 'formcontrolname'],
    [attrs(['[(ngModel)]', 'payment.cvc']), 'cvc', '[(ngmodel)]'],
    [attrs(['ng-model', 'card.number']), 'pan', 'ng-model'],
    // Knockout's value bindings (real-world batch EH): the bound path, an observable called; not another binding's
    [attrs(['data-bind', "value: cardNumber, valueUpdate: 'keyup'"]), 'pan', 'data-bind'],
    [attrs(['data-bind', 'enable: ready, textInput: payment.cvc()']), 'cvc', 'data-bind'],
    // Wording that instructs (\`Valid Card Number\`, \`(required)\`) still names the field (real-world batch EH); a flag's
    // name does not
    [attrs(['placeholder', 'Valid Card Number'], ['ng-model', 'payment.card.number']), 'pan', 'placeholder'],
    [attrs(['aria-label', 'CVV (required)']), 'cvc', 'aria-label'],
    [attrs(['placeholder', 'Enter a valid card number']), 'pan', 'placeholder'],
    [attrs(['name', 'validCardNumber']), 'safe', 'name'],
    [attrs(['placeholder', 'Last 4 digits of card number']), 'safe', 'placeholder'],
    [attrs(['v-model', 'paymentStore.cvc']), 'cvc', 'v-model'],
    // A max that a card number fits under, or none that is a number, says nothing.
    [attrs(['name', 'cardNumber'], ['type', 'number'], ['max', '9999999999999999999']), 'pan', 'name'],
    [attrs(['name', 'cardNumber'], ['max', '{{ limit }}']), 'pan', 'name'],
    [attrs(['name', 'cvc'], ['max', '999']), 'cvc', 'name'],
    // Browsers ignore \`max\` on a text field (a mistaken \`maxlength\`, real-world batch DJ).
    [attrs(['type', 'text'], ['name', 'card_number'], ['max', '16']), 'pan', 'name'],
    [attrs([VALUE_BINDING, 'cardNumber'], ['max', ' 999 ']), 'pan', 'value={}'],
    // Thymeleaf renders the id and name of \`th:field\` from its selection or variable expression's path (batch DF).
    [attrs(['type', 'text'], ['th:field', '*{ccNumber}']), 'pan', 'th:field'],
    [attrs(['data-th-field', '${order.ccCVV}']), 'cvc', 'data-th-field'],
    // ASP.NET Core's tag helper renders them from its model expression; Blazor binds the field (real-world batch 212).
    [attrs(['asp-for', 'FormaPagamento.CVV'], ['class', 'form-control']), 'cvc', 'asp-for'],
    [attrs(['asp-for', 'Input.CardNumber']), 'pan', 'asp-for'],
    [attrs(['@bind', 'card.Number']), 'pan', '@bind'],
    [attrs(['@bind-Value', 'payment.Cvc']), 'cvc', '@bind-value'],
    // (Blazor: a path written as Razor code; Blazorise's `@bind-Text`)
    [attrs(['@bind-Value', '@card.Number']), 'pan', '@bind-value'],
    [attrs(['@bind-Text', 'Model.Card.Cvv']), 'cvc', '@bind-text'],
    // A bound path names its field by its last name: the holders before it (\`state\`, \`props\`) say nothing.
    [attrs(['value={}', 'this.state.cardNumber']), 'pan', 'value={}'],
    [attrs(['value={}', 'props.state.card.cvv']), 'cvc', 'value={}'],
    [attrs(['value={}', 'state.card.number']), 'pan', 'value={}'],
    [attrs(['v-model', 'form.cvc.value']), 'cvc', 'v-model'],
    // Class names, the weakest evidence: a card-field class decides where nothing else does.
    [attrs(['class', 'form-control card-number']), 'pan', 'class'],
    [attrs(['className', 'input card-cvc is-invalid']), 'cvc', 'class'],
    // ...but not over a placeholder showing a date's format (a class shared with the CVC box; real-world batch DW)
    [attrs(['className', 'date-cvc-input'], ['placeholder', 'MM/YY']), 'expiry', 'placeholder'],
    [attrs(['className', 'date-cvc-input'], ['placeholder', 'mm / aaaa']), 'expiry', 'placeholder'],
    [attrs(['className', 'date-cvc-input'], ['placeholder', 'MM/DD']), 'safe', 'placeholder'],
    [attrs(['className', 'date-cvc-input'], ['placeholder', 'DD.MM.YYYY']), 'safe', 'placeholder'],
    [attrs(['className', 'date-cvc-input'], ['placeholder', 'MM/YY or CVC']), 'cvc', 'placeholder'],
    [attrs(['className', 'date-cvc-input'], ['placeholder', 'MM']), 'cvc', 'class'],
    [attrs(['placeholder', '378282246310005']), 'pan', 'placeholder'],
    // UATP's cards, the only ones that start with 1, have 15 digits
    [attrs(['placeholder', '135412345678903']), 'pan', 'placeholder'],
    [attrs(['placeholder', '4242 42424242 4242']), 'pan', 'placeholder'],
    [attrs(['placeholder', 'xxxxxxxxxxxx4242']), 'pan', 'placeholder'],
    [attrs(['placeholder', '424242******4242']), 'pan', 'placeholder'],
    [attrs(['placeholder', '**** **** **** 4242']), 'pan', 'placeholder'],
    [attrs(['placeholder', 'xxxx-xxxx-xxxx-xxxx']), 'pan', 'placeholder'],
    // ...with other masks, full-width digits, lead-ins and notes (real-world batch DW: a Polish page's `####-####-####-####`)
    [attrs(['name', 'number'], ['placeholder', '####-####-####-####']), 'pan', 'placeholder'],
    [attrs(['placeholder', '●●●● ●●●● ●●●● ●●●●']), 'pan', 'placeholder'],
    [attrs(['placeholder', '１２３４ ５６７８ ９０１２ ３４５６']), 'pan', 'placeholder'],
    [attrs(['placeholder', '例：1234 5678 9012 3456']), 'pan', 'placeholder'],
    [attrs(['placeholder', 'Пример: 4242 4242 4242 4242']), 'pan', 'placeholder'],
    [attrs(['placeholder', 'np. 1234 5678 9012 3456']), 'pan', 'placeholder'],
    [attrs(['placeholder', '1234 5678 9012 3456（半角数字）']), 'pan', 'placeholder'],
    // Wording that names a payment card alone: the field takes its number.
    [attrs(['type', 'text'], ['placeholder', 'Credit Card']), 'pan', 'placeholder'],
    [attrs(['placeholder', 'Credit or debit card']), 'pan', 'placeholder'],
    [attrs(['aria-label', 'Debit/Credit Card']), 'pan', 'aria-label'],
    [attrs(['ariaLabel', 'Security code (CVV)']), 'cvc', 'aria-label'],
    [attrs(['type', 'hidden'], ['name', 'card_number'], ['value', null]), 'pan', 'name'],
    [attrs(['autocomplete', 'cc-exp']), 'expiry', 'autocomplete'],
    [attrs(['name', 'exp_month']), 'expiry', 'name'],
    // Spring's form tags name their field by its path (real-world batch DV)
    [attrs(['path', 'payment.cardNumber']), 'pan', 'path'],
    // Portuguese and Spanish wording written with its accents (real-world batch DN's checkout pages)
    [attrs(['type', 'text'], ['id', 'ncartao'], ['placeholder', 'Número do Cartão']), 'pan', 'placeholder'],
    [attrs(['name', 'numero'], ['placeholder', 'Número de tarjeta']), 'pan', 'placeholder'],
    [attrs(['aria-label', 'Número de tarjeta']), 'pan', 'aria-label'],
  ] as const)('%j → %s by %s', (attributes, kind, attribute) => {
    expect(classifyInputAttributes(attributes)).toMatchObject({ kind, attribute });
  });

  it('a password or secret field still says card data by its wording or its name, not by its placeholder shape', () => {
    expect(classifyInputAttributes(attrs(['type', 'password'], ['placeholder', 'Card number']))).toMatchObject({ kind: 'pan', attribute: 'placeholder' });
    expect(classifyInputAttributes(attrs(['type', 'password'], ['name', 'cvc'], ['placeholder', '•••']))).toMatchObject({ kind: 'cvc', attribute: 'name' });
    expect(classifyInputAttributes(attrs(['name', 'payment'], ['placeholder', '1234 1234 1234 1234']))).toMatchObject({ kind: 'pan', attribute: 'placeholder' });
  });

  it('a read-only field collects nothing: bare or with a static value other than false; a bound one may be editable', () => {
    expect(classifyInputAttributes(attrs(['readonly', ''], ['placeholder', 'CVV']))).toBeNull();
    expect(classifyInputAttributes(attrs(['readOnly', 'true'], ['name', 'cardNumber']))).toBeNull();
    expect(classifyInputAttributes(attrs(['name', 'cardNumber'], ['readonly', 'readonly']))).toBeNull();
    expect(classifyInputAttributes(attrs(['readOnly', 'false'], ['name', 'cvc']))?.kind).toBe('cvc');
    expect(classifyInputAttributes(attrs(['readOnly', null], ['name', 'cvc']))?.kind).toBe('cvc');
    // An unknown spread after it may set readOnly={false}.
    expect(classifyInputAttributes(attrs(['readOnly', ''], [null, null], ['name', 'cvc']))?.kind).toBe('cvc');
    // Lightning's `read-only`, Angular's `[readonly]="true"` (real-world batch DQ); a bound expression may be false
    expect(classifyInputAttributes(attrs(['label', 'Card Number'], ['read-only', '']), { component: true })).toBeNull();
    expect(classifyInputAttributes(attrs(['[readonly]', 'true'], ['name', 'cvc']))).toBeNull();
    expect(classifyInputAttributes(attrs(['[readonly]', 'locked'], ['name', 'cvc']))?.kind).toBe('cvc');
  });

  it('a hidden input counts only with a value written into it; a disabled one not when it shows a value', () => {
    expect(classifyInputAttributes(attrs(['type', 'hidden'], ['name', 'xCardNum']))).toBeNull();
    expect(classifyInputAttributes(attrs(['type', 'HIDDEN'], ['name', 'payment[cc_number]'], ['value', '']))).toBeNull();
    expect(classifyInputAttributes(attrs(['type', 'hidden'], ['name', 'card_number'], ['value', null]))?.kind).toBe('pan');
    expect(classifyInputAttributes(attrs(['type', 'hidden'], ['name', 'card_number'], ['value={}', 'pan']))?.kind).toBe('pan');
    // ASP.NET's input tag helper and Thymeleaf's `th:field` render the model's value (real-world batch 220: an ATM's
    // PIN page carrying the card number); Spring's `path` on an element is no such helper's input.
    expect(classifyInputAttributes(attrs(['type', 'hidden'], ['asp-for', 'CardNumber']))?.kind).toBe('pan');
    expect(classifyInputAttributes(attrs(['type', 'hidden'], ['th:field', '*{cardNumber}']))?.kind).toBe('pan');
    expect(classifyInputAttributes(attrs(['type', 'hidden'], ['path', 'cardNumber']))).toBeNull();
    expect(classifyInputAttributes(attrs(['asp-for', 'CardNumber'], ['disabled', '']))?.kind).toBe('pan');
    expect(classifyInputAttributes(attrs(['name', 'card_number'], ['disabled', 'disabled'], ['value', null]))).toBeNull();
    expect(classifyInputAttributes(attrs(['name', 'cvc'], ['disabled', ''], ['defaultValue', null]))).toBeNull();
    // No value: the page's script may enable it; a bound `disabled` may be false
    expect(classifyInputAttributes(attrs(['name', 'cvc'], ['disabled', '']))?.kind).toBe('cvc');
    expect(classifyInputAttributes(attrs(['name', 'cvc'], ['disabled', null], ['value', null]))?.kind).toBe('cvc');
    expect(classifyInputAttributes(attrs(['name', 'cvc'], ['disabled', 'false'], ['value', null]))?.kind).toBe('cvc');
    // A two-way model binding shows its model's value, disabled bare or bound to `true` (real-world batch 246: an Ionic
    // summary page); Angular's reactive forms leave a `formControlName` control enabled; a bound expression may be false
    expect(classifyInputAttributes(attrs(['type', 'text'], ['[(ngModel)]', 'account.cardnumber'], ['name', 'cardnumber'], ['[disabled]', 'true']))).toBeNull();
    expect(classifyInputAttributes(attrs(['[(ngModel)]', 'account.cardnumber'], ['disabled', '']))).toBeNull();
    expect(classifyInputAttributes(attrs(['v-model', 'account.cardnumber'], ['disabled', '']))).toBeNull();
    expect(classifyInputAttributes(attrs(['v-model', 'account.cvc'], [':disabled', 'true']))).toBeNull();
    expect(classifyInputAttributes(attrs(['formControlName', 'cardnumber'], ['disabled', '']))?.kind).toBe('pan');
    expect(classifyInputAttributes(attrs(['v-model', 'account.cvc'], [':disabled', '!editing']))?.kind).toBe('cvc');
    expect(classifyInputAttributes(attrs(['name', 'cvc'], ['[disabled]', 'true']))?.kind).toBe('cvc');
  });

  it('a disabled field with display attributes only, which no script can find, read or enable, collects nothing (real-world batch 259)', () => {
    const preview = ['placeholder', '1234 1234 1234 1234'] as const;
    expect(classifyInputAttributes(attrs(['type', 'text'], ['className', 'heyform-input'], [...preview], ['disabled', 'true']))).toBeNull();
    expect(classifyInputAttributes(attrs(['type', 'text'], ['placeholder', 'CVC'], ['disabled', '']))).toBeNull();
    // A handle: a name, an id, a markup class, a spread; or not disabled
    expect(classifyInputAttributes(attrs(['type', 'text'], ['name', 'cvc'], ['placeholder', 'CVC'], ['disabled', '']))?.kind).toBe('cvc');
    expect(classifyInputAttributes(attrs(['id', 'pan'], [...preview], ['disabled', '']))?.kind).toBe('pan');
    expect(classifyInputAttributes(attrs(['class', 'card-number'], [...preview], ['disabled', '']))?.kind).toBe('pan');
    expect(classifyInputAttributes([{ name: null, value: null }, ...attrs([...preview], ['disabled', ''])])?.kind).toBe('pan');
    expect(classifyInputAttributes(attrs(['className', 'heyform-input'], [...preview], ['disabled', 'false']))?.kind).toBe('pan');
    expect(classifyInputAttributes(attrs(['className', 'heyform-input'], [...preview]))?.kind).toBe('pan');
  });

  it('autocomplete wins over names, and cc-name settles that it is not a PAN', () => {
    expect(classifyInputAttributes(attrs(['name', 'card_number'], ['autocomplete', 'cc-name']))).toBeNull();
    expect(classifyInputAttributes(attrs(['name', 'cvc'], ['autocomplete', 'cc-exp']))?.kind).toBe('expiry');
    expect(classifyInputAttributes(attrs(['autocomplete', 'off'], ['name', 'cvc']))?.kind).toBe('cvc');
  });

  it("a card number's or code's autocomplete copied onto an expiry field loses to its name and wording agreeing on the expiry", () => {
    // Real-world batch 189: id, name, aria-label, placeholder and v-model all say the expiry year
    const slip = attrs(['autocomplete', 'cc-csc'], ['id', 'expYear'], ['name', 'expYear'], ['aria-label', 'Year'], ['placeholder', 'Expiry Year'], ['v-model', 'expYear']);
    expect(classifyInputAttributes(slip)).toMatchObject({ kind: 'expiry', attribute: 'id', index: 1 });
    expect(classifyInputAttributes(attrs(['autocomplete', 'cc-number'], ['placeholder', 'MM / YY'], ['name', 'card_expiry']))).toMatchObject({ kind: 'expiry', attribute: 'placeholder', index: 1 });
    // A name alone, or a wording alone, does not outweigh it
    expect(classifyInputAttributes(attrs(['autocomplete', 'cc-csc'], ['id', 'expYear'], ['name', 'expYear'], ['v-model', 'expYear']))?.kind).toBe('cvc');
    expect(classifyInputAttributes(attrs(['autocomplete', 'cc-csc'], ['placeholder', 'Expiry Year']))?.kind).toBe('cvc');
    // ...nor do names that disagree among themselves
    expect(classifyInputAttributes(attrs(['autocomplete', 'cc-csc'], ['name', 'expYear'], ['placeholder', 'Expiry Year'], ['id', 'cvc']))?.kind).toBe('cvc');
  });

  it("a card number's id copied onto the holder's name field loses to its name and wording agreeing on the name", () => {
    // Real-world batch 331: a donation page's name-on-card input cloned from the card-number input
    expect(classifyInputAttributes(attrs(['name', 'name_on_card'], ['id', 'card_number'], ['placeholder', 'Name on card']))).toBeNull();
    expect(classifyInputAttributes(attrs(['id', 'cardNumber'], ['name', 'cardholderName'], ['aria-label', 'Cardholder name']))).toBeNull();
    // The name alone, or the wording alone, does not outweigh the id
    expect(classifyInputAttributes(attrs(['name', 'name_on_card'], ['id', 'card_number']))).toMatchObject({ kind: 'pan', attribute: 'id', index: 1 });
    expect(classifyInputAttributes(attrs(['id', 'card_number'], ['placeholder', 'Name on card']))).toMatchObject({ kind: 'pan', attribute: 'id', index: 0 });
    // ...nor does a name that is the card's own field
    expect(classifyInputAttributes(attrs(['name', 'card_number'], ['id', 'card_number'], ['placeholder', 'Name on card']))?.kind).toBe('pan');
  });

  it("reads a component's label like aria-label, after the name and placeholder, and a native input's not at all", () => {
    expect(classifyInputAttributes(attrs(['label', 'Card number']), { component: true })).toMatchObject({ kind: 'pan', attribute: 'label', index: 0 });
    expect(classifyInputAttributes(attrs(['label', 'Credit card']), { component: true })?.kind).toBe('pan');
    expect(classifyInputAttributes(attrs(['label', 'Card number']))).toBeNull();
    expect(classifyInputAttributes(attrs(['label', 'Card number'], ['name', 'nickname']))).toBeNull();
    expect(classifyInputAttributes(attrs(['label', 'Card number'], ['name', 'card_number_last4']), { component: true })?.kind).toBe('safe');
    expect(classifyInputAttributes(attrs(['label', 'CVC'], ['placeholder', 'MM / YY']), { component: true })).toMatchObject({ kind: 'cvc', attribute: 'label' });
    expect(classifyInputAttributes(attrs(['label', 'Name on card']), { component: true })).toBeNull();
  });

  it('a name or wording that says another kind of card settles it, over the binding and the other attributes', () => {
    expect(classifyInputAttributes(attrs(['placeholder', 'Gift card number'], [VALUE_BINDING, 'form.cardNumber']))).toBeNull();
    expect(classifyInputAttributes(attrs(['name', 'cardNumber'], ['placeholder', 'Library card number']))).toBeNull();
    expect(classifyInputAttributes(attrs(['label', 'Loyalty card'], ['name', 'cvc']), { component: true })).toBeNull();
    expect(classifyInputAttributes(attrs(['placeholder', 'Card number'], [VALUE_BINDING, 'form.cardNumber']))?.kind).toBe('pan');
  });

  it('safe names stop the search (last4, masked)', () => {
    expect(classifyInputAttributes(attrs(['id', 'card_number_last4'], ['placeholder', 'Card number']))?.kind).toBe('safe');
    expect(classifyInputAttributes(attrs(['name', 'maskedCardNumber'], ['placeholder', 'Card number']))?.kind).toBe('safe');
  });

  it.each([
    attrs(['name', 'cardholder_name'], ['autocomplete', 'cc-name']),
    attrs(['name', 'postal_code']),
    attrs(['placeholder', 'MM / YY']),
    // A number field whose static max is below any card number: a board's "go to card" box (real-world batch DG).
    attrs(['name', 'cardNumber'], ['type', 'number'], ['min', '1'], ['max', '52']),
    attrs([VALUE_BINDING, 'cardNumber'], ['type', 'Number'], ['max', ' 999 ']),
    // A Thymeleaf field that is no card's, and one whose value is no plain expression path.
    attrs(['th:field', '*{ccExpiration}']),
    attrs(['th:field', '*{cards[__${i}__].number}']),
    // Knockout bindings other than a value's (\`attr\`, one inside an object), and a value bound to no card field
    attrs(['data-bind', 'attr: { value: cardNumber }']),
    attrs(['data-bind', "attr: { placeholder: cardNumberHint }, value: promoCode"]),
    attrs(['placeholder', '123']),
    attrs(['placeholder', '+1 555 123 4567']),
    // masks of other shapes, or on a field named for a code or a phone
    attrs(['mask', '99/99']),
    attrs(['mask', '###']),
    attrs(['mask', '#### #### #### ####'], ['name', 'giftCode']),
    attrs(['mask', '9999 9999 9999 9999'], ['name', 'phone']),
    attrs(['data-inputmask', "'mask': '99/99/9999'"]),
    attrs(['data-inputmask', "'alias': 'datetime'"]),
    // ...or whose name or wording says anything but a card, in any language (regression probe 273)
    attrs(['mask', '#### #### #### ####'], ['label', 'Número da conta']),
    attrs(['data-mask', '0000-0000-0000-0000'], ['id', 'serial']),
    attrs(['mask', '#### #### #### ####'], ['label', 'Virtual ID']),
    attrs(['placeholder', '2024-01-01']),
    // A password field's mask placeholder: mask characters without card-number grouping.
    attrs(['type', 'password'], ['name', 'password'], ['placeholder', '******************']),
    attrs(['placeholder', '••••••••••••••••']),
    // Groups of four in a password field's or a secret's placeholder: application passwords, licence keys (batches BX, BZ).
    attrs(['type', 'password'], [VALUE_BINDING, 'wpPassword'], ['placeholder', 'xxxx xxxx xxxx xxxx']),
    attrs(['id', 'apple-password'], ['placeholder', 'xxxx-xxxx-xxxx-xxxx']),
    attrs(['name', 'license_key'], ['placeholder', 'XXXX-XXXX-XXXX-XXXX']),
    // ...or another number shown in fours: a VPN account's (real-world batch DM), an IBAN
    attrs([VALUE_BINDING, 'mullvadAccount'], ['placeholder', 'Ex: 1234 5678 9101 1121']),
    attrs(['name', 'iban'], ['placeholder', '4242 4242 4242 4242 42']),
    // A phone field bound to a card-named variable (real-world batch DO: an M-Pesa form reusing an Alpine component)
    attrs(['name', 'phone'], ['placeholder', 'Phone Number'], ['x-model', 'cardNumber']),
    attrs(['v-model', 'form.recoveryCode'], ['placeholder', '1234 5678 9012 3456']),
    // Ungrouped digits that fail the Luhn check every PAN passes: an EAN-13 barcode, a long reference number.
    attrs(['type', 'text'], ['name', 'barcode'], ['placeholder', '8909876543211']),
    attrs(['placeholder', '1234567890123456']),
    attrs(['placeholder', 'e.g. 1234567890123456']),
    // a mask alone, ungrouped, is a password's; a lead-in glued to its example is no lead-in; a note with digits stays
    attrs(['placeholder', '################']),
    attrs(['placeholder', 'ex1234 5678 9012 3456']),
    attrs(['placeholder', '1234 5678 9012 3456 (max 16)']),
    // Ungrouped digits that start with 0, which no card number does (all zeros pass the Luhn check), and fields named
    // for another long number: a company's tax id (CNPJ), a health card's (CNS; real-world batch DT)
    attrs(['placeholder', '0000000000000000']),
    attrs(['name', 'cnpj'], ['placeholder', '00000000000000']),
    // ...or with an industry digit no payment card has (a virtual bank account's 8, real-world batch 271: it passes the
    // Luhn check)
    attrs(['id', 'va_number'], ['placeholder', '807771234567890']),
    attrs(['placeholder', '807771234567890']),
    attrs(['name', 'cns'], ['placeholder', '898001160180009']),
    // ...or that start as a network's card of another length: a Brazilian mobile number with its country and area codes
    // starts as a Mastercard with 13 digits (real-world batch 301; it passes the Luhn check), 16 digits as an Amex
    attrs(['type', 'tel'], ['placeholder', '5511999999999']),
    attrs(['placeholder', '3782822463100052']),
    // ...16 digits that start with 1, where only UATP's 15 do: a Meta Pixel ID's example (real-world batch 337; it passes
    // the Luhn check)
    attrs(['placeholder', '1405173453873048']),
    // ...and national ids of 16 or 18 digits (real-world batch DW): Indonesia's NIK, China's resident id, Russia's OMS policy
    attrs(['name', 'nik'], ['placeholder', '3201 2345 6789 0001']),
    attrs(['name', 'sfzh'], ['placeholder', '110101199003071235']),
    attrs(['name', 'polis'], ['placeholder', '0000 0000 0000 0000']),
    // ...and tax ids (real-world batch 248): a Mexican RFC's format pattern, its mask letters among the digits, named
    // so or not
    attrs(['id', 'rfc'], ['placeholder', 'Ej. XXXX1122334X5']),
    attrs(['id', 'tax_id'], ['placeholder', 'XXXX1122334X5']),
    attrs(['placeholder', 'XXXX1122334X5']),
    attrs(['name', 'vat'], ['placeholder', '1234 5678 9012 3456']),
    // ...and codes and references shown as a mask or an example (real-world batch DY), named or labelled so
    attrs(['name', 'giftCode'], ['placeholder', '#### #### #### ####']),
    attrs(['name', 'redeemCode'], ['placeholder', '#### #### #### ####']),
    attrs(['name', 'pinCode'], ['placeholder', '●●●● ●●●● ●●●● ●●●●']),
    attrs(['name', 'orderId'], ['placeholder', '####-####-####-####']),
    attrs(['name', 'imei'], ['placeholder', '#### #### #### ###']),
    attrs(['name', 'memberNo'], ['placeholder', '例：1234-5678-9012-3456']),
    attrs(['name', 'bookingRef'], ['placeholder', '例：1234-5678-9012-3456']),
    attrs(['aria-label', 'Activation code'], ['placeholder', '####-####-####-####']),
    // A field named for a card that is no payment card says what its wording's card is (real-world batch DT)
    attrs(['name', 'numeroBip'], ['placeholder', 'Numero do cartao']),
    attrs(['id', 'numeroCarteirinha'], ['aria-label', 'Card number']),
    attrs(['placeholder', 'e.g. Jane Appleseed']),
    // A card named with anything more says which part, or another card; `Card` alone is a kanban card as often.
    attrs(['placeholder', 'Credit card holder']),
    attrs(['placeholder', 'Credit card type']),
    attrs(['placeholder', 'Gift card']),
    attrs(['placeholder', 'Card']),
    attrs(['placeholder', 'Credit']),
    attrs(['placeholder', 'CC']),
    // A name that says only "credit card" yields to wording that says another field, and names no hidden field's value
    // (a saved card's id), nor one a label is read for first (\`bareCardName: false\`, below).
    attrs(['name', 'credit_card'], ['placeholder', 'Name on card']),
    attrs(['id', 'creditCard'], ['aria-label', 'Card nickname']),
    attrs(['type', 'hidden'], ['name', 'credit_card'], ['value', 'pm_1Nx']),
    attrs(['name', 'creditCard'], ['type', 'password']),
    attrs(['name', 'creditCardPhone']),
    attrs(['v-model', 'creditCard ? a : b']),
    // A budget's yearly credit-card debt (precision probe 204): plural, a short aside that qualifies it, a number to start.
    attrs(['type', 'number'], ['id', 'credit-cards'], ['name', 'credit-cards'], ['value', '0']),
    attrs(['name', 'credit-cards']),
    attrs(['aria-label', 'Credit Cards: (Per Year)']),
    attrs(['name', 'cardNumber'], ['value', '0']),
    // A binding names a field only as a plain path; a bare `number` needs card context, like `name`.
    attrs(['v-model', "getCard('x').number"]),
    attrs(['[(ngModel)]', 'cvc ? masked : cvc']),
    attrs(['formControlName', 'number']),
    attrs(['name', 'accountNumber']),
    attrs(['name', 'giftCardNumber']),
    // A model bound on a name of another kind of card settles it, whatever the wording says (real-world batch 197).
    attrs(['value={}', 'testCardNumber'], ['placeholder', 'card number']),
    attrs(['v-model', 'simulator.testCardNumber'], ['aria-label', 'Card number']),
    // Class names that name no card field, or a safe form of one; a card-field class after stronger evidence of another field.
    attrs(['class', 'card card-body form-control']),
    attrs(['class', 'masked-card-number']),
    attrs(['name', 'cardholder_name'], ['class', 'card-number']),
    attrs(['value={}', 'state.cardState']),
    attrs(['name', 'securityCode']),
    attrs(['name', 'number']),
    attrs(['type', 'checkbox'], ['name', 'card_number']),
    attrs(['type', 'submit'], ['value', 'Pay'], ['name', 'cvc']),
    attrs(['name', null]),
    attrs(),
  ])('%j is not a PAN / CVC field', (...attributes) => {
    const verdict = classifyInputAttributes(attributes);
    expect(verdict === null || (verdict.kind !== 'pan' && verdict.kind !== 'cvc')).toBe(true);
  });

  it('reads a name that says only "credit card" only when asked to (`bareCardName`), after the caller has read the label', () => {
    expect(classifyInputAttributes(attrs(['name', 'creditCard']), { bareCardName: false })).toBeNull();
    expect(classifyInputAttributes(attrs(['name', 'creditCard']))).toEqual({ kind: 'pan', index: 0, attribute: 'name' });
  });

  it('a card field a library reads in the page and the form never posts (no name) is read in the page only', () => {
    const readIn = (...pairs: [string | null, string | null][]) => classifyInputAttributes(attrs(...pairs))?.readInPageOnly;
    expect(readIn(['type', 'text'], ['data-stripe', 'number'])).toBe('data-stripe');
    // whatever attribute decided the kind
    expect(readIn(['data-stripe', 'cvc'], ['autocomplete', 'cc-csc'])).toBe('data-stripe');
    expect(readIn(['id', 'cvv'], ['data-encrypted-name', 'cvv'])).toBe('data-encrypted-name');
    // Braintree.js v2's custom integration (real-world batch FX)
    expect(readIn(['data-braintree-name', 'number'])).toBe('data-braintree-name');
    expect(readIn(['data-braintree-name', 'postal_code'])).toBeUndefined();
    // CloudPayments' checkout script (real-world batch DW)
    expect(readIn(['id', 'cp_card_num'], ['data-cp', 'cardNumber'])).toBe('data-cp');
    expect(readIn(['data-cp', 'cvv'])).toBe('data-cp');
    expect(readIn(['data-cp', 'name'])).toBeUndefined();
    // Mercado Pago's SDK v1 (real-world batch ED): its card-code name read in card context; a document number is none
    expect(readIn(['id', 'id-card-number'], ['data-checkout', 'cardNumber'])).toBe('data-checkout');
    expect(readIn(['data-checkout', 'securityCode'])).toBe('data-checkout');
    expect(readIn(['data-checkout', 'docNumber'])).toBeUndefined();
    expect(readIn(['data-checkout', 'cardNumber'], ['name', 'card_number'])).toBeUndefined();
    // posted with the form, or maybe (an unknown attribute may add a name)
    expect(readIn(['data-stripe', 'number'], ['name', 'number'])).toBeUndefined();
    expect(readIn(['data-stripe', 'number'], [null, null])).toBeUndefined();
    // no library reads it
    expect(readIn(['id', 'card-number'])).toBeUndefined();
    expect(readIn(['autocomplete', 'cc-number'], ['data-stripe', 'name'])).toBeUndefined();
  });

  it('in a page that loads Stripe.js v1 / v2, an unnamed card field is read in the page by its scripts (real-world batch DS)', () => {
    const readIn = (...pairs: [string | null, string | null][]) => classifyInputAttributes(attrs(...pairs), { legacyStripeJsPage: true })?.readInPageOnly;
    expect(readIn(['type', 'text'], ['id', 'card-number'])).toBe('stripe-js-v2');
    expect(readIn(['data-stripe', 'cvc'])).toBe('data-stripe');
    expect(readIn(['id', 'card-number'], ['name', 'card_number'])).toBeUndefined();
    expect(readIn(['id', 'card-number'], [null, null])).toBeUndefined();
    expect(readIn(['id', 'cardholder-name'])).toBeUndefined();
    // a server's form helper renders the name: posted (ASP.NET's asp-for, Thymeleaf's th:field, Spring's path)
    expect(readIn(['asp-for', 'Payment.CardNumber'])).toBeUndefined();
    expect(readIn(['th:field', '*{ccNumber}'])).toBeUndefined();
    expect(readIn(['path', 'cardNumber'])).toBeUndefined();
  });

  it('an unknown spread after an attribute may override it', () => {
    expect(classifyInputAttributes(attrs(['name', 'cardNumber'], [null, null]))).toBeNull();
    expect(classifyInputAttributes(attrs([null, null], ['name', 'cardNumber']))).toMatchObject({ kind: 'pan', index: 1 });
    expect(classifyInputAttributes(attrs(['name', 'cardNumber'], [null, null], ['placeholder', 'CVC']))).toMatchObject({ kind: 'cvc', index: 2 });
  });

  it('the last of repeated attributes counts', () => {
    expect(classifyInputAttributes(attrs(['name', 'cvc'], ['name', 'nickname']))).toBeNull();
  });

  it('in HTML (firstWins) the first copy counts, an unknown attribute can only add attributes, and a type it may set is unknown', () => {
    const html = { firstWins: true };
    expect(classifyInputAttributes(attrs(['name', 'cvc'], ['name', 'nickname']), html)).toMatchObject({ kind: 'cvc', index: 0 });
    expect(classifyInputAttributes(attrs(['type', 'text'], ['name', 'cardNumber'], [null, null]), html)).toMatchObject({ kind: 'pan', index: 1 });
    expect(classifyInputAttributes(attrs(['type', 'text'], [null, null], ['name', 'cardNumber']), html)).toBeNull();
    expect(classifyInputAttributes(attrs(['name', 'cardNumber'], [null, null]), html)).toBeNull(); // may add type="checkbox"
    expect(classifyInputAttributes(attrs(['name', 'cardNumber']), html)).toMatchObject({ kind: 'pan' }); // no unknown: a text input
    expect(classifyInputAttributes(attrs(['type', 'checkbox'], ['name', 'cvc'], [null, null]), html)).toBeNull();
  });
});

describe('captionText', () => {
  it('is text short enough to be a label and no sentence, whitespace folded; null otherwise', () => {
    expect(captionText('  Credit or debit\n card number* ')).toBe('Credit or debit card number*');
    expect(captionText('Card No.')).toBe('Card No.');
    expect(captionText('We never keep it. Type it here:')).toBeNull();
    expect(captionText('Please type the long number printed on the front of your card')).toBeNull();
    expect(captionText('x'.repeat(49))).toBeNull();
    expect(captionText('   ')).toBeNull();
  });
});

describe('normalizeAttributeName', () => {
  it.each([
    ['autoComplete', 'autocomplete'],
    ['ariaLabel', 'aria-label'],
    ['aria-label', 'aria-label'],
    ['className', 'class'],
    ['NAME', 'name'],
  ])('%s → %s', (name, normalised) => expect(normalizeAttributeName(name)).toBe(normalised));
});

describe('passesLuhn', () => {
  it("holds for every Stripe test card number but the documented Luhn failure, and fails on barcodes and counting runs", () => {
    const failing = [...STRIPE_TEST_CARDS].filter(([number]) => !passesLuhn(number)).map(([number, card]) => `${number} ${card.brand}`);
    expect(failing).toEqual(['4242424242424241 Visa, incorrect number (Luhn failure)']);
    expect(STRIPE_TEST_CARDS.size).toBeGreaterThan(30);
    expect(['8909876543211', '1234567890123456', '1234123412341234', '0000000000000001'].map(passesLuhn)).toEqual([false, false, false, false]);
    expect(['0000000000000000', '79927398713'].map(passesLuhn)).toEqual([true, true]);
  });
});

describe('boundPath and the JSX value binding', () => {
  it('reads a chain of names, optional chaining and TypeScript wrappers included, and nothing else', () => {
    expect(
      probeArguments(
        'probe(cvc); probe(cardDetails.cvv); probe(this.state.card.number); probe(form?.values["cardNumber"]); probe(card!.cvc as string); probe(getCard().cvc); probe(cards[i].cvc); probe(`${a}`);',
        boundPath,
      ),
    ).toEqual(['cvc', 'cardDetails.cvv', 'this.state.card.number', 'form.values.cardNumber', 'card.cvc', null, null, null]);
  });

  it('classifies a bound path like a v-model binding, after the attributes that say more', () => {
    expect(classifyInputAttributes(attrs(['type', 'password'], [VALUE_BINDING, 'cardDetails.cvv']))).toEqual({ kind: 'cvc', index: 1, attribute: VALUE_BINDING });
    expect(classifyInputAttributes(attrs([VALUE_BINDING, 'card.last4']))).toBeNull(); // a safe part: nothing to report
    expect(classifyInputAttributes(attrs(['name', 'holder'], [VALUE_BINDING, 'card.number']))?.kind).toBe('pan');
    expect(classifyInputAttributes(attrs(['value', 'cvc']))).toBeNull();
  });

  it("reads the state a change handler sets after the bound value, before the class", () => {
    expect(classifyInputAttributes(attrs(['type', 'text'], [CHANGE_BINDING, 'ccv']))).toEqual({ kind: 'cvc', index: 1, attribute: CHANGE_BINDING });
    expect(classifyInputAttributes(attrs([VALUE_BINDING, 'card.cvc'], [CHANGE_BINDING, 'card.cvc']))).toEqual({ kind: 'cvc', index: 0, attribute: VALUE_BINDING });
    expect(classifyInputAttributes(attrs([VALUE_BINDING, 'card.holder'], [CHANGE_BINDING, 'cardNumber']))?.kind).toBe('pan');
    expect(classifyInputAttributes(attrs(['class', 'cc-number'], [CHANGE_BINDING, 'search']))).toEqual({ kind: 'pan', index: 0, attribute: 'class' });
    expect(classifyInputAttributes(attrs(['placeholder', 'Gift card number'], [CHANGE_BINDING, 'cardNumber']))).toBeNull();
  });
});

describe('classifyPanInCardForm', () => {
  it('pan alone, by name or id (also a bracket segment), in a form that takes a CVC; nothing else', () => {
    expect(classifyPanInCardForm(attrs(['name', 'pan'], ['maxlength', '19']))).toEqual({ kind: 'pan', index: 0, attribute: 'name' });
    expect(classifyPanInCardForm(attrs(['type', 'text'], ['id', 'PAN']))).toEqual({ kind: 'pan', index: 1, attribute: 'id' });
    expect(classifyPanInCardForm(attrs(['name', 'payment[pan]']))).toEqual({ kind: 'pan', index: 0, attribute: 'name' });
    // other words, or said by its own attributes already
    expect(classifyPanInCardForm(attrs(['name', 'pan_card']))).toBeNull();
    expect(classifyPanInCardForm(attrs(['name', 'number']))).toBeNull();
    expect(classifyPanInCardForm(attrs(['name', 'cardNumber']))).toBeNull();
    expect(classifyPanInCardForm(attrs(['placeholder', 'PAN']))).toBeNull();
  });
});

describe('classifyCvcInCardForm', () => {
  it.each([
    [attrs(['id', 'securityCode']), 'id'],
    [attrs(['name', 'security_code'], ['type', 'tel']), 'name'],
    [attrs(['placeholder', 'Security code']), 'placeholder'],
    [attrs(['value={}', 'form.securityCode']), 'value={}'],
    [attrs(['v-model', 'payment.securityCode']), 'v-model'],
    // Authorize.net's name for the CVV (real-world batch DV)
    [attrs(['name', 'card_code'], ['size', '4']), 'name'],
    // Knockout's bound path, its observable called or not (left from the thirty-second session)
    [attrs(['data-bind', 'textInput: securityCode']), 'data-bind'],
    [attrs(['data-bind', 'enable: ready, value: payment.securityCode()']), 'data-bind'],
  ])('%j names a CVC in card context (decided by %s)', (attributes, attribute) => {
    expect(classifyInputAttributes(attributes)).toBeNull();
    expect(classifyCvcInCardForm(attributes)).toEqual({ kind: 'cvc', index: attributes.findIndex((a) => normalizeAttributeName(a.name!) === attribute), attribute });
  });

  it.each([
    // Said without the form: the form adds nothing (classifyInputAttributes reports it, or settles that it is no card field).
    attrs(['name', 'cvc']),
    attrs(['name', 'cardNumber']),
    attrs(['name', 'cvcVerification']),
    attrs(['placeholder', 'Card verification code']),
    // A number beside a card number: a street number, or one box of a split number. Not taken from the form.
    attrs(['name', 'number']),
    attrs(['name', 'pin']),
    // Names nothing even in card context, or is not a text field, or an unknown spread may override it.
    attrs(['name', 'promoCode']),
    attrs(['type', 'checkbox'], ['id', 'securityCode']),
    attrs(['id', 'securityCode'], [null, null]),
    attrs(['placeholder', 'Gift card security code']),
    attrs(['data-bind', 'textInput: smsSecurityCode']),
    // Codes that sit in checkout forms too, said with a word that is not the card's: not its CVC.
    attrs(['name', 'smsCode'], ['placeholder', 'SMS verification code']),
    attrs(['name', 'emailCode'], ['placeholder', 'Email verification code']),
    attrs(['name', 'captcha'], ['placeholder', 'Security code (captcha)']),
    attrs(['name', 'voucherPin'], ['placeholder', 'Voucher security code']),
    // ...and a "verification code" without the card's word, however written (real-world batch DY: a captcha's)
    attrs(['name', 'verificationCode'], ['placeholder', 'Enter the characters shown']),
    attrs(['name', 'verificationcode']),
    attrs(['id', 'verification_code']),
    attrs(['value={}', 'twoFactor.securityCodeSms']),
  ])('%j is no CVC by its card form', (...attributes) => {
    expect(classifyCvcInCardForm(attributes)).toBeNull();
  });
});

describe('hostedFieldTargets and isHostedFieldPlaceholder', () => {
  it("collects the ids Gr4vy Secure Fields' attach calls and Mastercard Hosted Session's card fields name", () => {
    expect([...hostedFieldTargets("fields.addCardNumberField('#cc-number'); fields.addSecurityCodeField(\"#cc-cvv\"); f.addExpiryDateField('#exp');")]).toEqual(['cc-number', 'cc-cvv', 'exp']);
    expect([...hostedFieldTargets("PaymentSession.configure({ fields: { card: { number: '#card-number', securityCode: '#security-code' } } });")]).toEqual(['card-number', 'security-code']);
    // A selector that is no id, a number field of something else in a file without a hosted session
    expect([...hostedFieldTargets("fields.addCardNumberField('.cc-number'); const form = { number: '#card-number' };")]).toEqual([]);
  });

  it('an input with a targeted id is a placeholder unless the page binds it, handles its changes or may add attributes', () => {
    const targets = new Set(['cc-number']);
    expect(isHostedFieldPlaceholder(attrs(['id', 'cc-number'], ['class', 'field']), targets)).toBe(true);
    expect(isHostedFieldPlaceholder(attrs(['id', 'cc-number'], ['v-model', 'number']), targets)).toBe(false);
    expect(isHostedFieldPlaceholder(attrs(['id', 'cc-number'], [VALUE_BINDING, 'card.number']), targets)).toBe(false);
    expect(isHostedFieldPlaceholder(attrs(['id', 'cc-number'], [CHANGE_BINDING, 'number']), targets)).toBe(false);
    expect(isHostedFieldPlaceholder(attrs(['id', 'cc-number'], [null, null]), targets)).toBe(false);
    expect(isHostedFieldPlaceholder(attrs(['id', 'card-number']), targets)).toBe(false);
    expect(isHostedFieldPlaceholder(attrs(['id', 'cc-number']), new Set())).toBe(false);
  });
});

