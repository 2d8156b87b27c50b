/**
 * Which card field a form control collects, from its attributes as strings — shared by JSX, DOM-built inputs, HTML
 * and Vue templates. Evidence, strongest first: `autocomplete` (`cc-number`, `cc-csc`, `cc-exp…`; any other `cc-*`
 * token such as `cc-name` settles that it is not a PAN / CVC), Stripe.js v2 `data-stripe`, then `name` / `id`, then the
 * visible wording `placeholder` / `aria-label` (and an input component's `label`), the form-model bindings, and last
 * the class list, each through the card-field classifier (stripe-facts.md §7.4); a placeholder shaped like a card
 * number (`1234 1234 1234 1234`), and wording that names a payment card alone (`Credit Card`), make a PAN field too.
 */
import {
  classifyAutocomplete,
  classifyCardField,
  classifyDataStripe,
  classifyNamePathSegments,
  mentionsCardWord,
  namesOtherKindOfCard,
  pathNamesOtherKindOfCard,
  namesVerificationCode,
  namesSelfNamedCard,
  ROMANCE_CARD_WORDS,
  ROMANCE_CONNECTORS,
  ROMANCE_CVC_FIRST,
  ROMANCE_CVC_SECOND,
  splitWords,
  type CardFieldKind,
} from './card-fields.js';

/** Elements a `<label>` labels (the one it wraps, when it has no `for`): HTML's labelable elements. */
export const LABELABLE_TAGS: ReadonlySet<string> = new Set(['input', 'textarea', 'select', 'button', 'meter', 'output', 'progress']);
/**
 * Layout elements between a label and the field written for it (`<label>Card Number</label><div class="col-sm-8"><input>
 * </div>`; real-world batch 328), up to `MAX_LABEL_WRAPPERS` deep, each holding that field alone: markup's and JSX's
 * label readings.
 */
export const LABEL_WRAPPER_TAGS: ReadonlySet<string> = new Set(['div', 'span', 'p']);
export const MAX_LABEL_WRAPPERS = 2;

/** Elements whose text, written right before an input, captions it: `<div class="info">Card number*</div> <input>`. */
export const CAPTION_TAGS: ReadonlySet<string> = new Set(['div', 'span', 'p', 'b', 'strong', 'em', 'i', 'small', 'font', 'dt']);
/** Inline elements a caption's text may be wrapped in: `<div><b>Card number</b> *</div>`. */
export const INLINE_TEXT_TAGS: ReadonlySet<string> = new Set(['b', 'strong', 'em', 'i', 'small', 'span', 'font', 'abbr', 'sup', 'sub']);

/**
 * A caption's text: short (six words at most, a label's length) and no sentence (`.`, `!`, `?` before its end), else
 * null. Instructions and paragraphs that mention card data (`We never store your card number.`) are no caption.
 */
export function captionText(text: string): string | null {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed === '' || trimmed.length > 48 || /[.!?]\s+[A-Za-z]/.test(trimmed)) return null;
  return trimmed.split(' ').length <= 6 ? trimmed : null;
}

/**
 * Web components that wrap a native text field and take its attributes (`type`, `name`, `placeholder`,
 * `autocomplete`, `[(ngModel)]`), plus a `label` they show: Ionic's `<ion-input>` / `<ion-textarea>` (Angular and Vue
 * templates, plain pages), Vaadin's, Material Web's and MWC's text fields (real-world batch DJ: a Vaadin card view),
 * Shoelace's and Web Awesome's inputs, Fluent's, Calcite's, UI5's and Salesforce Lightning's.
 */
export const WEB_COMPONENT_TEXT_FIELDS: ReadonlySet<string> = new Set([
  'ion-input',
  'ion-textarea',
  'vaadin-text-field',
  'vaadin-password-field',
  'vaadin-text-area',
  'md-filled-text-field',
  'md-outlined-text-field',
  'mwc-textfield',
  'sl-input',
  'wa-input',
  'fluent-text-field',
  'calcite-input',
  'ui5-input',
  'lightning-input',
]);
/**
 * Spring MVC's form tag library in JSP views (`<form:input path="cardNumber"/>`): each renders an `<input>` (a
 * `<textarea>`) whose `id` and `name` are its `path` (real-world batch DV).
 */
const SPRING_FORM_FIELDS = ['form:input', 'form:password', 'form:textarea'];
/**
 * Tags of controls that take typed text. Exact, lower-case: a JSX `<Input>` component is not an `<input>`.
 */
export const TEXT_ENTRY_TAGS: ReadonlySet<string> = new Set(['input', 'textarea', ...WEB_COMPONENT_TEXT_FIELDS, ...SPRING_FORM_FIELDS]);

/** `<input type>` values that never hold typed card data. */
const NON_TEXT_TYPES = new Set(['checkbox', 'radio', 'submit', 'button', 'reset', 'image', 'file', 'range', 'color']);

/**
 * An input's value bound to a path: a JSX controlled input (`value={cardDetails.cvv}`, `defaultValue={form.cvc}`) or a
 * Vue `:value="form.cvc"`: the input shows, and with its change handler edits, that field, as `v-model` does. Rules and
 * markup.ts pass it under this name with the path as its value (values.ts `boundPath`); a static `value="…"` is an initial
 * value and says nothing.
 */
export const VALUE_BINDING = 'value={}';
/**
 * The state an input's change handler sets with its value (`onChange={(e) => setCcv(e.target.value)}`: values.ts
 * `changedPath`), passed under this name with the path as its value: the field of an uncontrolled input, read after the
 * model bindings (a bound value says it first).
 */
export const CHANGE_BINDING = 'onchange={}';
/** react-admin's `source` on its text inputs (`<TextInput source="card.number" />`): the record field the input edits. */
export const RECORD_SOURCE_BINDING = 'source={}';

/**
 * Attributes that bind an input to a field of the form's model, named like `name` is: Angular reactive forms
 * (`formControlName="cardNumber"`), Angular and AngularJS two-way bindings (`[(ngModel)]="card.cvc"`,
 * `ng-model="card.number"`), Vue's `v-model="form.cvc"` (markup.ts passes the bound path as its value), Alpine.js's
 * `x-model="card.cvv"` and Livewire's `wire:model="cardNumber"` (real-world batch DJ; modifiers dropped:
 * `wire:model.defer`), Blazor's `@bind="card.Number"` / `@bind-Value` and a bound value (above). The value of a
 * binding counts only when it is a plain path: `getCard().number` says nothing.
 */
const MODEL_BINDINGS = ['formcontrolname', '[(ngmodel)]', 'ng-model', 'v-model', 'x-model', 'wire:model', '@bind', '@bind-value', '@bind-text', VALUE_BINDING, RECORD_SOURCE_BINDING];
/**
 * Two-way model bindings, whose field a disabled attribute disables: the model bindings but Angular's
 * `formControlName` and the bound values (`VALUE_BINDING`, `RECORD_SOURCE_BINDING`), which `decideInput` reads as values.
 */
const SHOWN_MODEL_BINDINGS = MODEL_BINDINGS.filter((name) => name !== 'formcontrolname' && name !== VALUE_BINDING && name !== RECORD_SOURCE_BINDING);
/**
 * Attributes, as written, that only show a field: a disabled field that has no other holds nothing a script reads or
 * enables (`decideInput`). Not `name`, `id`, `ref`, a markup `class`, bindings, handlers or spreads.
 */
const DISPLAY_ONLY: ReadonlySet<string> = new Set([
  'type', 'placeholder', 'disabled', 'className', 'style', 'autoComplete', 'autocomplete', 'inputMode', 'inputmode', 'maxLength',
  'maxlength', 'minLength', 'minlength', 'size', 'pattern', 'title', 'tabIndex', 'tabindex', 'spellCheck', 'spellcheck', 'dir', 'lang',
  'aria-label', 'aria-disabled', 'aria-hidden',
]);
/** Angular's and Vue's bindings of `disabled`. */
const BOUND_DISABLED = ['[disabled]', ':disabled', 'v-bind:disabled'];
/** Bindings written with modifiers after a dot (`x-model.lazy`, `wire:model.live.debounce.500ms`), read without them. */
const MODIFIED_BINDING = /^(x-model|wire:model)\./;
const MODEL_PATH = /^\s*[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*\s*$/;
/** A bound path names its field by its last name (`card.number`, `this.state.cvv`, `props.form.cvc`): see classifyNamePathSegments. */
const classifyModelPath = (written: string, inCard = false): CardFieldKind | 'safe' | null => {
  // Blazor writes a bound path as Razor code or as C# (`@bind-Value="@card.Number"`, `@bind-Value="card.Number"`).
  const value = written.startsWith('@') ? written.slice(1) : written;
  if (!MODEL_PATH.test(value)) return null;
  const segments = value.replace(/\s+/g, '').split('.');
  return classifyNamePathSegments(segments) ?? (inCard ? classifyCardField(segments[segments.length - 1]!, { cardContext: true }) : null);
};

/**
 * Knockout's value bindings (also in Magento 2's templates): `data-bind="value: cardNumber, valueUpdate: 'keyup'"`,
 * `textInput: payment.cvc`, an observable called, `value: cvc()`: the bound path, read as a model binding's
 * (real-world batches ED, EH). Other bindings (`attr`, `event`, `enable`) say nothing.
 */
const KNOCKOUT_BINDING = 'data-bind';
const KNOCKOUT_VALUE = /(?:^|,)\s*(?:value|textInput|textinput)\s*:\s*([^,]+?)\s*(?=,|$)/;
/** The path a Knockout `value` / `textInput` binding binds (`payment.cvc` of `textInput: payment.cvc()`), or null. */
const knockoutBoundPath = (value: string): string | null => KNOCKOUT_VALUE.exec(value)?.[1]?.replace(/\(\s*\)$/, '') ?? null;
const classifyKnockoutBinding = (value: string, inCard = false): CardFieldKind | 'safe' | null => {
  const path = knockoutBoundPath(value);
  return path === null ? null : classifyModelPath(path, inCard);
};

/** Thymeleaf's form binding, also in its HTML5 spelling: `th:field="*{ccNumber}"`, `data-th-field="${order.ccCVV}"`. */
const THYMELEAF_FIELDS = ['th:field', 'data-th-field'];
const THYMELEAF_EXPRESSION = /^\s*[*$]\{([^{}]*)\}\s*$/;
/** The path of a Thymeleaf selection or variable expression, read as a bound path; anything else says nothing. */
const classifyThymeleafField = (value: string, inCard = false): CardFieldKind | 'safe' | null => {
  const path = THYMELEAF_EXPRESSION.exec(value)?.[1];
  return path === undefined ? null : classifyModelPath(path, inCard);
};

/**
 * Attribute directives of AngularJS / Angular card-form libraries that format and validate an input as a card number
 * or a CVC, written bare on the input: angular-credit-cards' `cc-number` / `cc-cvc`, angular-card's `card-number` /
 * `card-cvc`, angular-cc-library's `ccNumber` / `ccCVC` (normalised names).
 */
const CARD_DIRECTIVES: ReadonlyMap<string, CardFieldKind> = new Map([
  ['cc-number', 'pan'],
  ['cc-cvc', 'cvc'],
  ['card-number', 'pan'],
  ['card-cvc', 'cvc'],
  ['ccnumber', 'pan'],
  ['cccvc', 'cvc'],
]);
/** angular-payments' directives, whose value says the field: `payments-format="card"`, `payments-validate="cvc"`. */
const VALUED_CARD_DIRECTIVES = ['payments-format', 'payments-validate'];
const VALUED_DIRECTIVE_KINDS: ReadonlyMap<string, CardFieldKind> = new Map([
  ['card', 'pan'],
  ['cvc', 'cvc'],
]);

/**
 * The attributes by which a library in the page reads (and tokenises or encrypts) a card field, each naming the field
 * as Stripe.js v2's `data-stripe="number"` / `"cvc"` does:
 * - client-side encryption of other gateways' card forms (Braintree.js, Adyen CSE): `data-encrypted-name="number"`;
 * - Braintree.js v2's custom integration, which tokenises `data-braintree-name="number"` / `"cvv"` fields (real-world
 *   batch FX);
 * - CloudPayments' checkout script, which reads `data-cp="cardNumber"` / `"cvv"` fields to make its cryptogram
 *   (real-world batch DW);
 * - Mercado Pago's SDK v1 (`Mercadopago.createToken(form)`): `data-checkout="cardNumber"` / `"securityCode"`
 *   (real-world batch ED);
 * - Conekta.js (`Conekta.Token.create(form)`: `data-conekta="card[number]"` / `"card[cvc]"`) and Openpay.js
 *   (`OpenPay.token.extractFormAndCreate(form)`: `data-openpay-card="card_number"` / `"cvv2"`), Mexican gateways whose
 *   tokenisers read the form in the page (real-world batch HH: Express apps' Jade views);
 * - Culqi.js v2's custom form (`Culqi.createToken()`: `data-culqi="card[number]"` / `"card[cvv]"`), a Peruvian gateway's
 *   (probe 307: an insurer's payment page).
 */
const IN_PAGE_ATTRIBUTES = ['data-stripe', 'data-encrypted-name', 'data-braintree-name', 'data-cp', 'data-checkout', 'data-conekta', 'data-openpay-card', 'data-culqi'] as const;

/**
 * An input mask's pattern: Quasar's `<q-input mask>`, react-input-mask's and PrimeReact's `<InputMask mask>`, the
 * `v-mask` of vue-the-mask, Alpine's `x-mask`, jQuery Mask's `data-mask` (real-world batch 271).
 */
const INPUT_MASK_ATTRIBUTES = ['mask', 'v-mask', 'x-mask', 'data-mask', 'data-inputmask'] as const;
const MASK_ATTRIBUTE_SET: ReadonlySet<string> = new Set(INPUT_MASK_ATTRIBUTES);

/** The attributes that `classifyInputAttributes` reads (normalised names); others need not be evaluated. */
export const INPUT_EVIDENCE_ATTRIBUTES: ReadonlySet<string> = new Set([
  'type',
  'max',
  'autocomplete',
  ...VALUED_CARD_DIRECTIVES,
  ...IN_PAGE_ATTRIBUTES,
  'name',
  'id',
  'placeholder',
  'aria-label',
  'label',
  ...MODEL_BINDINGS,
  'class',
  'readonly',
  '[readonly]',
  'disabled',
  ...INPUT_MASK_ATTRIBUTES,
]);

export interface InputAttribute {
  /** Attribute name as written (`autoComplete`, `autocomplete`, `data-stripe`…); null for a spread of unknown attributes. */
  name: string | null;
  /** Static value; null when not statically known. */
  value: string | null;
}

/**
 * The attribute by which a library in the page reads (and tokenises or encrypts) a card field, or `stripe-js-v2` for
 * a field of a page that loads Stripe.js v1 / v2, which its scripts read by id (`$('#card-number').val()`).
 */
export type InPageLibrary = (typeof IN_PAGE_ATTRIBUTES)[number] | 'stripe-js-v2';
const IN_PAGE_LIBRARIES: ReadonlySet<string> = new Set<InPageLibrary>(IN_PAGE_ATTRIBUTES);

export interface InputVerdict {
  kind: CardFieldKind | 'safe';
  /**
   * Named for a library that reads it in the page (Stripe.js v2's `data-stripe`, Braintree.js / Adyen CSE's
   * `data-encrypted-name`), or in a page that loads Stripe.js v1 / v2, and without a `name`, so the form never posts
   * it: the card data stays in the browser, where the page's own scripts handle it (SAQ A-EP, not D).
   */
  readInPageOnly?: InPageLibrary;
  /** Index (in the attribute list) of the attribute that decided. */
  index: number;
  /**
   * Normalised name of that attribute: `autocomplete`, `data-stripe`, `name`, `id`, `placeholder`, `aria-label`, or a
   * model binding.
   */
  attribute: string;
}

/** Normalise attribute names across JSX, DOM properties and HTML: `autoComplete` → `autocomplete`, `ariaLabel` → `aria-label`. */
export function normalizeAttributeName(name: string): string {
  const lower = name.toLowerCase();
  if (lower === 'arialabel') return 'aria-label';
  if (lower === 'classname') return 'class';
  // Lightning web components spell it `read-only` (real-world batch DQ).
  if (lower === 'read-only') return 'readonly';
  const modified = MODIFIED_BINDING.exec(lower);
  return modified ? modified[1]! : lower;
}

/**
 * The characters that stand for a hidden or yet-to-type digit in a card number's placeholder, mask or wording
 * (`•••• 4242`, `**** **** **** 4242`, `#### ####`, `XXXX XXXX`), as a regular expression's character class lists them.
 */
export const MASK_CHARACTERS = '•●*#xX';

/**
 * A placeholder shaped like a card number: `1234 1234 1234 1234`, `4242-4242-4242-4242`, `•••• •••• •••• ••••`,
 * `**** **** **** 4242`, `4242424242424242`. Grouped like a card number, any digits or mask characters count (the
 * usual example, `1234 1234 1234 1234`, is no valid PAN). Ungrouped, mask characters alone (`******************`)
 * are how password placeholders look, and digits alone must pass the Luhn check every PAN passes (test cards too):
 * 13 digits are as often an EAN-13 barcode or an ISBN (`8909876543211`). No card number starts with 0 (ISO/IEC 7812-1
 * leaves that major industry identifier to ISO/TC 68), so ungrouped digits that do are another number's: all zeros
 * pass the Luhn check, and `00000000000000` is a Brazilian company id's (CNPJ) placeholder (real-world batch DT).
 */
const PAN_SHAPED = new RegExp(`^\\s*(?:[0-9${MASK_CHARACTERS}]{4}[ -]?){3}[0-9${MASK_CHARACTERS}]{1,7}\\s*$`);
const GROUPED_PAN_SHAPED = new RegExp(`^\\s*(?:[0-9${MASK_CHARACTERS}]{4}[ -]){3}[0-9${MASK_CHARACTERS}]{1,7}\\s*$`);
/** Masked and ungrouped: one run of mask characters, the digits kept around it (see `isPanShaped`). */
const MASKED_RUN = new RegExp(`^\\d*[${MASK_CHARACTERS}]+\\d*$`);

/** The Luhn checksum (ISO/IEC 7812-1 Annex B) of a string of digits. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let digit = digits.charCodeAt(i) - 48;
    if (double && (digit *= 2) > 9) digit -= 9;
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * An example's lead-in before a placeholder's value: `e.g. 1234 5678 9123 0000` (real-world batch DJ), `Ex: …`, in
 * Spanish `Ej: …`, `p. ej. …`, and in the languages of real-world batch DW (`例：…`, `如：…`, `예: …`, `Пример: …`,
 * `Örnek: …`, `Contoh: …`, `Ví dụ: …`, `np. …`, `مثال: …`): followed by a colon or a blank.
 */
const EXAMPLE_LEAD = /^\s*(?:e\.\s?g\.?|eg\.?|ex\.?|example|ej\.?|p\.\s?ej\.?|np\.|пример|örnek|contoh|ví dụ|例|如|예|مثال)(?:\s*:\s*|\s+)/iu;
/** A note after the example in brackets that holds no digit (`（半角数字）`, "half-width digits"; `(Visa)`). */
const TRAILING_NOTE = /\s*\([^0-9()]*\)\s*$/;

/**
 * How a payment card's number starts: its major industry identifier (ISO/IEC 7812-1) from 1 to 6, or a network's range
 * under 8 or 9: RuPay's and UnionPay's 81 and 82, Uzcard's 8600, Troy's 9792, Humo's 9860 (regression probe 273).
 */
const PAYMENT_INDUSTRY_DIGIT = /^(?:[1-6]|8[12]|8600|9792|9860)/;

/** Words of a field's name or bound value that say nothing of what it holds (`number`, `value`, `input`). */
export const NAMELESS_FIELD_WORDS: readonly string[] = ['number', 'num', 'no', 'nr', 'value', 'val', 'field', 'input', 'text', 'data'];
/** Words of a field's name that say nothing of what it holds (`number`, `value`, `field2`, `a1`). */
const NEUTRAL_FIELD_WORDS: ReadonlySet<string> = new Set([...NAMELESS_FIELD_WORDS, 'digits']);
/** Does a name say nothing of what its field holds (`number`, `input1`, `a1`)? */
const namesNothing = (value: string): boolean => splitWords(value).every((word) => NEUTRAL_FIELD_WORDS.has(word.replace(/\d+$/, '')) || /^[a-z]?\d*$/.test(word));

/**
 * A mask grouped as a card number's digits (`#### #### #### ####`, `9999-9999-9999-9999`), or Quasar's mask named for
 * one (`mask="card"`, its `#### #### #### ####`): a card number's field.
 */
const classifyMask = (value: string): CardFieldKind | null => {
  // Inputmask's options in the attribute (`data-inputmask="'mask': '9999 9999 9999 9999'"`): its `mask`.
  const mask = INPUTMASK_OPTION.exec(value)?.[1] ?? value;
  return GROUPED_PAN_SHAPED.test(mask) || mask.trim() === 'card' ? 'pan' : null;
};
const INPUTMASK_OPTION = /^\s*\{?\s*['"]?mask['"]?\s*:\s*['"]([^'"]*)['"]/;

function isPanShaped(written: string): boolean {
  // Full-width digits, colons and brackets (`１２３４ ５６７８…`, `例：`) read as their ASCII forms.
  const folded = /[^\x00-\x7f]/.test(written) ? written.normalize('NFKC') : written;
  const value = folded.replace(EXAMPLE_LEAD, '').replace(TRAILING_NOTE, '');
  if (!PAN_SHAPED.test(value)) return false;
  if (GROUPED_PAN_SHAPED.test(value)) return true;
  const compact = value.replace(/[\s-]/g, '');
  // Masked, ungrouped: one run of mask characters, the digits kept around it (`XXXXXXXXXXXX1111`, `424242******4242`);
  // mask letters among the digits are a format's pattern (a Mexican tax id's `XXXX1122334X5`, real-world batch 248).
  // Ungrouped digits start as a payment card's do (ISO/IEC 7812's industry digit 1–6: airlines, travel, banking; not a
  // fuel card's 7, a telecom or health card's 8, a national scheme's 9): a virtual bank account's `807771234567890`
  // passes the Luhn check too (real-world batch 271).
  return /^\d+$/.test(compact)
    ? PAYMENT_INDUSTRY_DIGIT.test(compact) && passesLuhn(compact) && fitsNetworkLength(compact)
    : MASKED_RUN.test(compact) && /\d/.test(compact);
}

/**
 * Is a run of digits as long as a card of the network its first digits name: Mastercard's (51–55, 2221–2720) are 16
 * digits, American Express's (34, 37) 15, and UATP's, the only cards whose number starts with 1 (its airline industry
 * identifier), 15; any other start is not judged. A Brazilian mobile number with its country and area codes,
 * `5511999999999`, passes the Luhn check and starts as a Mastercard, with 13 digits (real-world batch 301: a WhatsApp
 * node's phone field); a Meta Pixel ID, `1405173453873048`, passes it with 16 (real-world batch 337).
 */
function fitsNetworkLength(digits: string): boolean {
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return digits.length === 16;
  if (two === 34 || two === 37 || digits.startsWith('1')) return digits.length === 15;
  return true;
}

/** Words of wording that names a payment card and nothing else: `Credit card`, `Debit / credit card`. */
const CARD_QUALIFIERS = new Set(['credit', 'debit', 'creditcard', 'debitcard']);
const CARD_NOUNS = new Set(['card', 'cards', 'creditcard', 'debitcard']);
// (`Credit Card Data`, `Credit card details`: the card asked for as a whole, on one field.)
const CARD_WORDING = new Set([...CARD_QUALIFIERS, ...CARD_NOUNS, 'or', 'and', 'data', 'details', 'info', 'information']);

/**
 * Visible wording that asks for a payment card and says nothing more (`placeholder="Credit Card"`, `Debit/Credit
 * card`, `Credit Card Data`): the field takes the card number. It must say credit or debit (`Card` alone is a kanban
 * card as often) and hold no other word (`Credit card holder`, `Credit card type` say which part).
 */
function namesPaymentCard(value: string): boolean {
  // An aside in parentheses, a phrase of its own, is no part of the name (`Credit Card (a deposit of $500 is taken)`,
  // real-world batch 203); a short one qualifies it (`Credit Cards (Per Year)`: an amount, precision probe 204).
  const words = splitWords(value.replace(/\(([^()]*)\)/g, (aside: string, inner: string) => (splitWords(inner).length >= 4 ? ' ' : aside)));
  return words.some((w) => CARD_QUALIFIERS.has(w)) && words.some((w) => CARD_NOUNS.has(w)) && words.every((w) => CARD_WORDING.has(w));
}

/**
 * Words of visible wording that instruct, not describe: `Valid Card Number`, `Card number (required)` ask for a card
 * number (real-world batch EH: an AngularJS form's `placeholder="Valid Card Number"` on `ng-model="payment.card.number"`).
 * In a name (`validCardNumber`, `cvcRequired`) the same words make a flag about the field, not the field.
 */
const INSTRUCTION_WORDS = /\b(?:valid|required)\b/gi;
/**
 * Visible wording that gives the format, not a count: `Enter the 16 digits card number`, `Card number (16 digits)`,
 * `Card number (digits only)` (real-world batch 276: an Angular text-mask form's placeholder): a card number's length,
 * 12 to 19. `Last 4 digits`, `Card number (4 digits)` (a last4's wording, an admin's search by it: regression probe
 * 280) keep their words. In a name (`cardNumberDigits`) digits are a count of them, a field about the field.
 */
const FORMAT_WORDS = /(?<!\b(?:last|first|final)\s{1,3})\b1[2-9][\s-]?digits?\b|(?<!\d[\s-]*)\bdigits\s+only\b|\bonly\s+digits\b/gi;
/** Visible wording (`placeholder`, `aria-label`): card-field names, a card number's shape, or a payment card named alone. */
const classifyWording = (value: string, inCard = false): CardFieldKind | 'safe' | null => {
  const wording = value.replace(INSTRUCTION_WORDS, ' ').replace(FORMAT_WORDS, ' ');
  const kind = classifyCardField(wording, { cardContext: inCard }) ?? (namesPaymentCard(wording) ? 'pan' : null);
  return kind === 'cvc' && !inCard && saysCodeOfNoCard(wording) ? null : kind;
};

/** How many words make wording a sentence (an instruction, a notice), not a field's name. */
const SENTENCE_WORDS = 10;
/** Words that make a code's acronym in a sentence a card's: `the CVV on the back of your card`, `3-digit security code`. */
const SECURITY_CODE_CONTEXT: ReadonlySet<string> = new Set([...CARD_NOUNS, ...CARD_QUALIFIERS, 'security', 'verification', 'code', 'digit', 'digits', 'back']);

/**
 * A sentence that says a security code's acronym and nothing of a card or a code: the acronym names something else (a
 * label `Add the url for the incoming webhook … so that you can receive messages sent to the CSC Radio`, real-world batch
 * HH). A field's name (`CSC`, `Enter CVV`) is shorter.
 */
function saysCodeOfNoCard(wording: string): boolean {
  const words = splitWords(wording);
  return words.length >= SENTENCE_WORDS && !words.some((word) => SECURITY_CODE_CONTEXT.has(word));
}

const classifyPlaceholder = (value: string, inCard = false): CardFieldKind | 'safe' | null => (isPanShaped(value) ? 'pan' : classifyWording(value, inCard));

/**
 * A placeholder that shows a date's format: an expiry's (`MM/YY`, `MM / YYYY`, `mm-yy`, and `MM/AA` with French,
 * Spanish and Portuguese years), or another date's (`MM/DD`, `DD.MM.YYYY`), which is no card field. Weak evidence,
 * read after every name, wording and binding, but before a class: a class shared with the CVC box
 * (`className="date-cvc-input" placeholder="MM/DD"`, real-world batch DW) does not make the date box a CVC.
 */
const EXPIRY_SHAPED = /^\s*mm\s*[/-]\s*(?:yy|yyyy|aa|aaaa)\s*$/i;
const DATE_SHAPED = /^\s*(?:mm|dd|yy|yyyy|aa|aaaa)(?:\s*[/.-]\s*(?:mm|dd|yy|yyyy|aa|aaaa)){1,2}\s*$/i;
const classifyDateShape = (value: string): CardFieldKind | 'safe' | null => (EXPIRY_SHAPED.test(value) ? 'expiry' : DATE_SHAPED.test(value) ? 'safe' : null);

/**
 * Words of a name that says the field takes a secret or a key, not a card: WordPress application passwords, Apple
 * app-specific passwords, licence keys and recovery codes are shown as groups of four (`xxxx xxxx xxxx xxxx`).
 */
const SECRET_WORDS: ReadonlySet<string> = new Set([
  'password', 'passwd', 'passphrase', 'passcode', 'pwd', 'secret', 'token', 'key', 'apikey', 'license', 'licence',
  'serial', 'activation', 'otp', 'totp', 'recovery', 'backup',
]);
const namesSecret = (value: string): boolean => splitWords(value).some((word) => SECRET_WORDS.has(word));
/**
 * Words of a name that says the field takes a phone number: an international number can be 13 digits that pass the
 * Luhn check by chance (real-world batch 95: `id="whatsapp" placeholder="5566999211712"`).
 */
const PHONE_WORDS: ReadonlySet<string> = new Set(['phone', 'tel', 'telephone', 'mobile', 'cell', 'cellphone', 'whatsapp', 'fax', 'msisdn']);
const namesPhone = (value: string): boolean => splitWords(value).some((word) => PHONE_WORDS.has(word));
/**
 * Words of a name that says the field takes another number shown in groups of four: an account's (a VPN account
 * number's `Ex: 1234 5678 9101 1121`, real-world batch DM), an IBAN, a reference, a voucher; or another long number
 * whose example digits may pass the Luhn check: a barcode or a book's (EAN, ISBN) and Brazil's and Latin America's
 * personal and company tax ids (CPF, CNPJ, RUT, CUIT) and health-card number (CNS; real-world batch DT).
 */
const OTHER_NUMBER_WORDS: ReadonlySet<string> = new Set([
  'account', 'acct', 'iban', 'reference', 'voucher', 'coupon', 'invoice', 'tracking', 'ean', 'isbn', 'barcode', 'cpf',
  'cnpj', 'cns', 'rut', 'cuit', 'cuil',
  // national ids of 16 or 18 digits (real-world batch DW): Indonesia's NIK / KTP / KK, China's resident id (`sfzh`),
  // Vietnam's CCCD, Japan's My Number, Russia's SNILS, INN and OMS policy (`polis`)
  'nik', 'ktp', 'nkk', 'sfz', 'sfzh', 'idcard', 'cccd', 'mynumber', 'snils', 'inn', 'oms', 'polis',
  // codes and references shown in groups as a mask (`#### #### #### ####`) or an example: a gift or redeem code, a
  // key code, a PIN, a ticket's, an order's, a booking's or a member's number, a device's serial or IMEI (real-world
  // batch DY)
  'code', 'codes', 'keycode', 'redeem', 'pin', 'ticket', 'order', 'ref', 'booking', 'member', 'membership', 'imei', 'sn',
  // tax ids: Mexico's RFC and CURP, Spain's NIF, a VAT or tax id (real-world batch 248: `placeholder="Ej. XXXX1122334X5"`)
  'rfc', 'curp', 'nif', 'vat', 'tax', 'taxid',
]);
const namesOtherNumber = (value: string): boolean => splitWords(value).some((word) => OTHER_NUMBER_WORDS.has(word));
/**
 * Last words of a name that says the field takes a name or a title, for which a placeholder that names a payment card
 * is an example (real-world batch 95: a payment method's `name="name"` with `placeholder="Credit Card"`).
 */
const NAME_WORDS: ReadonlySet<string> = new Set(['name', 'title', 'label', 'nickname', 'alias', 'description']);
const namesAName = (value: string): boolean => NAME_WORDS.has(splitWords(value).at(-1) ?? '');
/** A card holder's name: `name_on_card`, `nameOnCard`, `cardholder_name`, `card_holder`, `Name on card`; no card field. */
const namesHolderName = (value: string): boolean => {
  const words = splitWords(value);
  return (words.includes('name') || words.includes('holder') || words.includes('cardholder')) && classifyCardField(value) === null;
};

/**
 * The class list, token by token: a class named for a card field (`card-number`, `card-cvc`, `cc-number`: the hooks
 * that hand-written Stripe.js v2 pages read with `$('.card-number').val()`, their inputs having no `name`). The first
 * token that names a card field decides; tokens that name nothing (`form-control`) or a safe form
 * (`masked-card-number`) say nothing. Read only for an input without a name or id.
 */
function classifyClassList(value: string): CardFieldKind | null {
  for (const token of value.split(/\s+/)) {
    const kind = token === '' ? null : classifyCardField(token);
    if (kind !== null && kind !== 'safe') return kind;
  }
  return null;
}

interface Evidence {
  attribute: string;
  /** `inCard`: read in card context (the input sits in a card form; see `classifyCvcInCardForm`). */
  classify: (value: string, inCard: boolean) => CardFieldKind | 'safe' | null;
  /** Read only on an input component (`label`: a prop of design-system fields, no attribute of a native input). */
  componentOnly?: boolean;
}

/** The attributes that name a field in words: where another kind of card (`Gift card number`) is said. */
const OWN_WORDING = ['name', 'id', 'placeholder', 'aria-label', 'label'] as const;

/** The attributes whose value is the field's visible wording, not a name. */
const WORDING: ReadonlySet<string> = new Set(['placeholder', 'aria-label', 'label']);
/**
 * `test` before a card word in a field's wording: advice on what to type in a test (`placeholder="use one of Stripe's
 * test card numbers"`, real-world batch 325), in a field that takes whatever card number is typed. Only a field named
 * or bound for a test card (`testCardNumber`, Stripe Terminal's simulator) is another kind of card.
 */
const TEST_CARD_QUALIFIER = /\btest(?=[\s_-]*cards?\b)/gi;

const EVIDENCE: readonly Evidence[] = [
  // The attributes a library in the page reads card fields by (IN_PAGE_ATTRIBUTES), each valued as `data-stripe` is.
  ...IN_PAGE_ATTRIBUTES.map((attribute) => ({ attribute, classify: (v: string) => classifyDataStripe(v) })),
  { attribute: 'name', classify: (v, inCard) => classifyCardField(v, { cardContext: inCard }) },
  { attribute: 'id', classify: (v, inCard) => classifyCardField(v, { cardContext: inCard }) },
  // Thymeleaf (Spring views) renders the `id` and `name` of `th:field="*{ccNumber}"` (`${order.ccNumber}`) from the path.
  ...THYMELEAF_FIELDS.map((attribute) => ({ attribute, classify: classifyThymeleafField })),
  // ...and so do Spring's form tags from their `path`.
  { attribute: 'path', classify: (v, inCard) => classifyModelPath(v, inCard) },
  // ...and ASP.NET Core's tag helper from its model expression (`asp-for="Payment.CardNumber"` renders the name
  // `Payment.CardNumber`; real-world batch 212: a Razor view's `asp-for="FormaPagamento.CVV"`).
  { attribute: 'asp-for', classify: (v, inCard) => classifyModelPath(v, inCard) },
  { attribute: 'placeholder', classify: classifyPlaceholder },
  { attribute: 'aria-label', classify: classifyWording },
  // MUI's `<TextField label>`, Vuetify's `<v-text-field label>`, Quasar's `<q-input label>`: the field's visible label.
  { attribute: 'label', classify: classifyWording, componentOnly: true },
  ...MODEL_BINDINGS.map((attribute) => ({ attribute, classify: classifyModelPath })),
  { attribute: KNOCKOUT_BINDING, classify: classifyKnockoutBinding },
  { attribute: CHANGE_BINDING, classify: classifyModelPath },
  { attribute: 'placeholder', classify: classifyDateShape },
  // An input mask grouped as a card number's digits (`#### #### #### ####`, `9999 9999 9999 9999`, `0000 0000 0000
  // 0000`): the field takes one, as a placeholder so shaped says.
  ...INPUT_MASK_ATTRIBUTES.map((attribute) => ({ attribute, classify: classifyMask })),
  // Weakest: read only where no attribute above says anything (and never in card context).
  { attribute: 'class', classify: (v) => classifyClassList(v) },
];

/**
 * Attributes that give the input its `name`: its own, and those a server's form helper renders it from (`asp-for`,
 * Thymeleaf's `th:field`, Spring's `path`).
 */
const RENDERS_NAME: ReadonlySet<string> = new Set(['name', 'asp-for', 'path', ...THYMELEAF_FIELDS]);
/**
 * Attributes from which a server's form helper renders the input's value, the model's (`asp-for`: ASP.NET's input tag
 * helper; Thymeleaf's `th:field`): a hidden input so bound carries the model's value through the page.
 */
const RENDERS_VALUE: readonly string[] = ['asp-for', ...THYMELEAF_FIELDS];

/**
 * Which card field a text-entry control collects, or null when its attributes do not say (or say it is not card
 * data). An unknown attribute (`name: null`: a spread, template output) is read as the element's language reads it:
 * - by default (JSX, Vue's `v-bind="obj"`, Svelte's `{...spread}`) the last copy of an attribute wins, so an unknown
 *   one may override every attribute before it: those are not trusted;
 * - with `firstWins` (HTML: the parser keeps the first copy) it may only add attributes, or set one before a later
 *   copy: attributes written before it are trusted, those after it are not, and an input without a written `type`
 *   may get any (`checkbox`…), so it is not judged.
 * A `component` (a configured design-system input: `<TextField>`, `<v-text-field>`) is also named by its `label`.
 * Last, a name, id or bound model naming a payment card alone (`name="creditCard"`) takes its number; callers that read
 * the input's label first ask without that (`bareCardName: false`), so that a label saying another field wins.
 */
export function classifyInputAttributes(
  attributes: readonly InputAttribute[],
  options: { firstWins?: boolean; component?: boolean; legacyStripeJsPage?: boolean; bareCardName?: boolean } = {},
): InputVerdict | null {
  const verdict = decideInput(attributes, options);
  if (verdict === null || verdict.kind === 'safe') return verdict;
  // A field a library reads in the page and that the form never posts: named for that library (or in a page that loads
  // Stripe.js v1 / v2, real-world batch DS), without a `name`, and with no unknown attribute that could add one.
  let library: InPageLibrary | null = null;
  for (const attribute of attributes) {
    if (attribute.name === null) return verdict;
    const name = normalizeAttributeName(attribute.name);
    // (An empty `name=""` is none: a form's data set leaves out a field whose name is the empty string, HTML's
    // "constructing the entry list"; probe 308, Culqi fields written with `name=""`.)
    if (RENDERS_NAME.has(name) && !(name === 'name' && attribute.value === '')) return verdict;
    if (library === null && attribute.value !== null && IN_PAGE_LIBRARIES.has(name)) {
      const kind = classifyDataStripe(attribute.value);
      if (kind !== null && kind !== 'safe') library = name as InPageLibrary;
    }
  }
  library ??= options.legacyStripeJsPage === true ? 'stripe-js-v2' : null;
  return library ? { ...verdict, readInPageOnly: library } : verdict;
}

/**
 * A CVC input known by its card form: where a form also holds a card-number input, an input whose own attributes name
 * no card field (`classifyInputAttributes` gives null) is read in card context, and counts when it then names a CVC
 * (`id="securityCode"`, `placeholder="Security code"`, `value={form.securityCode}`). Nothing else is taken from the
 * form: a `number` beside a card number may be a street number, or one box of a split card number.
 */
export function classifyCvcInCardForm(
  attributes: readonly InputAttribute[],
  options: { firstWins?: boolean; component?: boolean } = {},
): InputVerdict | null {
  if (decideInput(attributes, options) !== null) return null;
  const verdict = decideInput(attributes, { ...options, inCard: true });
  if (verdict?.kind !== 'cvc') return null;
  // Only what says the card's code and nothing else (`securityCode`, `Card verification code`): an SMS or email
  // verification code, a captcha's or a voucher's security code sit in checkout forms too.
  const value = attributes[verdict.index]?.value ?? '';
  // A bound path's last name (`card.securityCode`; Knockout's `textInput: securityCode`, an observable called or not),
  // a bracket name's last segment (`unlimit_custom[securityCode]`, real-world batch ED).
  const path =
    verdict.attribute === KNOCKOUT_BINDING ? knockoutBoundPath(value) : MODEL_BINDINGS.includes(verdict.attribute) || verdict.attribute === CHANGE_BINDING ? value : null;
  const name = path !== null ? path.slice(path.lastIndexOf('.') + 1) : (lastBracketSegment(value) ?? value);
  const words = splitWords(name);
  if (!words.every((word) => CARD_CODE_WORDS.has(word))) return null;
  // A "verification code" is an SMS's, an email's or a captcha's as often: only the card's (`cardVerificationCode`) is
  // its CVC, as for a record's keys (`isCvcBesideCardNumber`; real-world batch DY).
  // So is a Spanish or Portuguese one (`codigo_verificacion`, `codigoVerificacao`), which a card record's keys beside its
  // number do take for the CVC (real-world batch DP).
  const verification = namesVerificationCode(words) || words.some((word) => ROMANCE_VERIFICATION.has(word));
  return verification && !words.some((word) => CARD_NOUNS.has(word) || CARD_QUALIFIERS.has(word) || ROMANCE_CARD_WORDS.has(word)) ? null : verdict;
}

/**
 * A card-number input known by its card form: where a form also holds a CVC input, an input whose own attributes name
 * no card field and whose name or id is `pan` alone (also a bracket name's last segment, `payment[pan]`: Cardinity's
 * field, real-world batch ED) takes the card number. Alone, `pan` is as often India's PAN card (a tax id).
 */
export function classifyPanInCardForm(
  attributes: readonly InputAttribute[],
  options: { firstWins?: boolean; component?: boolean } = {},
): InputVerdict | null {
  if (!namesPanAlone(attributes) || decideInput(attributes, options) !== null) return null;
  const verdict = decideInput(attributes, { ...options, inCard: true });
  if (verdict?.kind !== 'pan' || (verdict.attribute !== 'name' && verdict.attribute !== 'id')) return null;
  // The attribute that decided is the one named `pan` alone.
  return namesPanAlone([attributes[verdict.index]!]) ? verdict : null;
}

/** A name's last bracket segment (`unlimit_custom[securityCode]` → `securityCode`, `[cvc]` → `cvc`), or null without one. */
export const lastBracketSegment = (value: string): string | null => /\[([^[\]]+)\]\s*$/.exec(value)?.[1] ?? null;

/**
 * Is an input's name or id `pan` alone (also a bracket name's last segment), the one spelling `classifyPanInCardForm`
 * reads? A cheap look at the attribute values, before any form is searched for a CVC.
 */
function namesPanAlone(attributes: readonly InputAttribute[]): boolean {
  return attributes.some((a) => (a.name === 'name' || a.name === 'id') && a.value !== null && /(?:^|\[)\s*pan\s*\]?\s*$/i.test(a.value));
}

/** Spanish and Portuguese verification words (ROMANCE_CVC_SECOND): a code so named may be a text message's. */
const ROMANCE_VERIFICATION: ReadonlySet<string> = new Set(['verificacion', 'verificacao']);

/** The words of a CVC's name in a card form (CONTEXT_CVC_PAIRS, with the card's own words). */
const CARD_CODE_WORDS: ReadonlySet<string> = new Set([
  'security', 'verification', 'code', 'value', 'cv', 'card', 'credit', 'debit',
  // a "Security Number" (a car rental's card form, real-world batch EI)
  'number',
  // joined in one lower-case word (`name="securitycode"`, real-world batch DW)
  'securitycode', 'verificationcode', 'verificationvalue', 'cvcode', 'securitynumber',
  // in Spanish and Portuguese (`codigoSeguridad`, `Código de segurança`, `codSeguridadTarjeta`; real-world batch 276)
  ...ROMANCE_CVC_FIRST, ...ROMANCE_CONNECTORS, ...ROMANCE_CVC_SECOND, ...ROMANCE_CARD_WORDS,
]);

/** Attributes that bind the field to a model's path: form-model bindings, Knockout's, a change handler's state. */
const BINDING_ATTRIBUTES: readonly string[] = [...MODEL_BINDINGS, KNOCKOUT_BINDING, CHANGE_BINDING];
/** The bindings whose value is a plain path: the model bindings and the state a change handler sets. */
const BOUND_PATHS: readonly string[] = [...MODEL_BINDINGS, CHANGE_BINDING];
/** Attributes that name the field (its name, id and bound path), and those that label it. */
const IDENTIFYING_ATTRIBUTES: readonly string[] = ['name', 'id', ...BINDING_ATTRIBUTES];
const LABELLING_ATTRIBUTES: readonly string[] = ['aria-label', 'label'];

/**
 * An `autocomplete` token copied onto the wrong field: a security code's or a card number's (`cc-csc`) on an input
 * whose own names and wording all say it takes the expiry (`id="expYear" name="expYear" placeholder="Expiry Year"
 * v-model="expYear"`, real-world batch 189). A name or a model binding and a visible wording must both say so, and
 * nothing of the input's may say anything else: then it is the expiry field, by the first of them.
 */
function autocompleteSlip(
  kind: CardFieldKind | 'safe',
  effective: ReadonlyMap<string, { value: string | null; index: number }>,
  inCard: boolean,
  component: boolean,
): InputVerdict | null {
  if (kind === 'expiry' || kind === 'safe') return null;
  let first: InputVerdict | null = null;
  let named = false;
  let worded = false;
  for (const { attribute, classify, componentOnly } of EVIDENCE) {
    if (attribute === 'class' || (componentOnly && !component)) continue;
    const entry = effective.get(attribute);
    if (!entry?.value) continue;
    const said = classify(entry.value, inCard);
    if (said === null) continue;
    if (said !== 'expiry') return null;
    if (WORDING.has(attribute)) worded = true;
    else named = true;
    if (!first || entry.index < first.index) first = { kind: 'expiry', index: entry.index, attribute };
  }
  return named && worded ? first : null;
}

/** `classifyInputAttributes` without the in-page reading: what the input collects, by its strongest evidence. */
function decideInput(
  attributes: readonly InputAttribute[],
  { firstWins = false, component = false, inCard = false, bareCardName = true }: { firstWins?: boolean; component?: boolean; inCard?: boolean; bareCardName?: boolean },
): InputVerdict | null {
  const effective = new Map<string, { value: string | null; index: number }>();
  let unknownSeen = false;
  attributes.forEach((attribute, index) => {
    if (attribute.name === null) {
      unknownSeen = true;
      if (!firstWins) for (const entry of effective.values()) entry.value = null;
      return;
    }
    const name = normalizeAttributeName(attribute.name);
    if (firstWins && effective.has(name)) return;
    effective.set(name, { value: firstWins && unknownSeen ? null : attribute.value, index });
  });

  const type = effective.get('type')?.value;
  if (firstWins && unknownSeen && type === undefined) return null;
  const typeName = type?.trim().toLowerCase();
  if (typeName !== undefined && NON_TEXT_TYPES.has(typeName)) return null;
  // Whether the input is written with a value: a bound one, or a static one that is not empty.
  const valued = [VALUE_BINDING, 'value', 'defaultvalue'].some((name) => {
    const entry = effective.get(name);
    return entry !== undefined && entry.value !== '';
  });
  // A hidden input takes no typing: the page's script fills it (a gateway's token, an encrypted blob: real-world batch
  // ED) or the server writes its value. Only one written with a value (`value="<?= $_POST['card_number'] ?>"`,
  // `value={pan}`) carries what the name says, or one whose value a server's form helper renders from the model
  // (`<input type="hidden" asp-for="CardNumber" />`, real-world batch 220).
  if (typeName === 'hidden' && !valued && !RENDERS_VALUE.some((name) => effective.has(name))) return null;
  // A disabled field that shows a value (a saved card's masked number, real-world batch ED) collects none; one written
  // without a value may be enabled by the page's script before the user types. Bare, or a static value other than
  // `false`, as for `readonly` below.
  // A two-way model binding shows the model's value too (`[(ngModel)]`, `v-model`; real-world batch 246: an Ionic
  // summary page's disabled `<ion-input>`); a reactive form's `formControlName` is not one: Angular leaves such a
  // control enabled whatever the attribute says.
  // (Bound to the literal `true`, `[disabled]="true"` and `:disabled="true"`, as written bare; bound to anything
  // else, it may be false.)
  const disabled = effective.get('disabled')?.value ?? (BOUND_DISABLED.some((name) => effective.get(name)?.value?.trim() === 'true') ? 'true' : undefined);
  const shown = valued || SHOWN_MODEL_BINDINGS.some((name) => effective.has(name));
  if (shown && disabled != null && disabled.trim().toLowerCase() !== 'false') return null;
  // ...nor does a disabled field that no script can find, read or enable: written with display attributes only (a form
  // builder's mock-up of a payment block, `<input className="…" placeholder="1234 1234 1234 1234" disabled={true} />`;
  // real-world batch 259). A markup `class` is a handle (`$('.card').prop('disabled', false)`), JSX's `className` is not.
  if (disabled != null && disabled.trim().toLowerCase() !== 'false' && attributes.every((attribute) => attribute.name !== null && DISPLAY_ONLY.has(attribute.name))) return null;
  // A read-only field takes no typing: it shows a value (a generated test card's, a format's description), collects
  // none. Written bare, or with a static value other than `false` (`readOnly={false}` is an editable field; HTML's
  // `readonly="false"` is read-only, and reading it as editable only keeps a report). A bound one may be editable.
  const readonly = effective.get('readonly')?.value;
  if (readonly != null && readonly.trim().toLowerCase() !== 'false') return null;
  // Angular's property binding to a literal `true` (`[readonly]="true"`); a bound expression may be false.
  if (effective.get('[readonly]')?.value?.trim() === 'true') return null;
  // A number field whose static `max` is below any card number takes a count or a position (a board's "go to card"
  // box: `<input type="number" name="cardNumber" min="1" max="52">`, real-world batch DG). No CVC or expiry is asked so.
  // Browsers ignore `max` on a text field, where it is a mistaken `maxlength` (`type="text" name="card_number"
  // max="16"`, real-world batch DJ).
  const max = typeName === 'number' ? Number(effective.get('max')?.value?.trim() || NaN) : NaN;
  const belowAnyCardNumber = Number.isFinite(max) && max < 1e11;
  // ...and so does a field written with a short number as its value (`value="0"`: an amount, precision probe 204's
  // debt-to-income calculator), where a card number's field starts empty or shows a card's shape. Exactly that: a PHP
  // page's printed value (`value="<?= $card ?>"`) reaches the markup as `0` and blanks.
  const startsAsCount = /^\d{1,6}(?:[.,]\d+)?$/.test(effective.get('value')?.value ?? '');

  const autocomplete = effective.get('autocomplete');
  if (autocomplete?.value) {
    const kind = classifyAutocomplete(autocomplete.value);
    if (kind) return autocompleteSlip(kind, effective, inCard, component) ?? { kind, index: autocomplete.index, attribute: 'autocomplete' };
    // `cc-name`, `cc-type`, `cc-given-name`…: the browser fills a named card field that is not PAN / CVC / expiry.
    if (/(^|\s)cc-/i.test(autocomplete.value)) return null;
  }
  // A class names the field only where the input has no name or id of its own (the inputs of a Stripe.js v2 page go
  // without `name`, so that the form never posts them).
  const named = Boolean(effective.get('name')?.value || effective.get('id')?.value);
  // A name or wording that says another kind of card (`placeholder="Gift card number"`) settles it, whatever the
  // model binding or the other attributes say (`value={form.cardNumber}`).
  for (const attribute of OWN_WORDING) {
    const value = effective.get(attribute)?.value;
    if (value && namesOtherKindOfCard(WORDING.has(attribute) ? value.replace(TEST_CARD_QUALIFIER, ' ') : value)) return null;
  }
  // ...and so does a model bound on a path that names one (`[(ngModel)]="giftcard.number"`), whatever a label or
  // placeholder calls the field (`Card Number`, precision probe GA), or whose own name does (`value={testCardNumber}`:
  // Stripe Terminal's example apps, whose simulated reader takes a test card's number typed in a field shown as
  // "card number", real-world batch 197); an uncontrolled input by the state its change handler sets.
  for (const attribute of BOUND_PATHS) {
    const value = effective.get(attribute)?.value;
    if (!value || !MODEL_PATH.test(value)) continue;
    const path = value.replace(/\s+/g, '');
    if (pathNamesOtherKindOfCard(path) || namesOtherKindOfCard(path.slice(path.lastIndexOf('.') + 1))) return null;
  }
  // A card-form library's directive formats and validates the input as that field, whatever it is named.
  for (const [attribute, kind] of CARD_DIRECTIVES) {
    const entry = effective.get(attribute);
    if (entry && !entry.value) return { kind, index: entry.index, attribute };
  }
  for (const attribute of VALUED_CARD_DIRECTIVES) {
    const entry = effective.get(attribute);
    const kind = entry?.value ? VALUED_DIRECTIVE_KINDS.get(entry.value.trim().toLowerCase()) : undefined;
    if (entry && kind) return { kind, index: entry.index, attribute };
  }
  // A password field, or one named for a secret (`wpPassword`, `license_key`) or another number (`mullvadAccount`),
  // shows its groups of four in the placeholder: there the shape says nothing (its wording still does).
  /** Does one of these attributes have a static value that `test` takes? */
  const says = (attributes: readonly string[], test: (value: string) => boolean): boolean =>
    attributes.some((attribute) => {
      const value = effective.get(attribute)?.value;
      return Boolean(value && test(value));
    });
  const identifies = (test: (value: string) => boolean): boolean => says(IDENTIFYING_ATTRIBUTES, test);
  // (A field is also named by its `aria-label` or `label`: `aria-label="Activation code"`.)
  const labelled = (test: (value: string) => boolean): boolean => says(LABELLING_ATTRIBUTES, test);
  const secret =
    typeName === 'password' ||
    identifies(namesSecret) ||
    identifies(namesOtherNumber) ||
    labelled(namesSecret) ||
    labelled(namesOtherNumber);
  // ...and so does a phone field's (its digits may pass the Luhn check), and a name field's card wording is an example
  // (`name="name"` with `placeholder="Credit Card"`), though no name is shown as a card number's digits (real-world
  // batch DN: `id="name" name="number" placeholder="1111 1111 1111 1111"`).
  const phone = identifies(namesPhone) || effective.get('autocomplete')?.value?.trim().toLowerCase().startsWith('tel') === true;
  const holdsName = identifies(namesAName);
  // A field named for a card that is no payment card by its own name (`numeroBip`, `numeroCarteirinha`) takes that
  // card's number, whatever its wording calls it (`placeholder="Número do cartão"`, real-world batch DT).
  const otherCard = identifies(namesSelfNamedCard);
  // A field its own name or wording says takes a phone number is one, whatever variable it is bound to (an Alpine
  // component's `x-model="cardNumber"` on `name="phone"`, real-world batch DO).
  const phoneField = says(['name', 'id', 'placeholder', 'aria-label'], namesPhone);
  const namesOtherThanCard = says(['name', 'id', 'placeholder', ...LABELLING_ATTRIBUTES], (value) => /\p{L}/u.test(value) && !mentionsCardWord(value) && !namesNothing(value));
  // An `id` copied from another field: the holder's name field cloned from the card number's kept its `id="card_number"`,
  // while the name it posts and its wording both say the name on the card (real-world batch 331).
  const holderField = says(['name'], namesHolderName) && says([...WORDING], namesHolderName);
  for (const { attribute, classify, componentOnly } of EVIDENCE) {
    if ((attribute === 'class' && named) || (componentOnly && !component)) continue;
    if (holderField && attribute === 'id') continue;
    if (phoneField && BINDING_ATTRIBUTES.includes(attribute)) continue;
    if (otherCard && WORDING.has(attribute)) continue;
    // A mask says a card number's shape as a placeholder does, and nothing in the fields that a placeholder's shape
    // says nothing in (a gift code's, a secret's, a phone's, a name's, another card's); nor where the field's name or
    // wording says anything but a card (`label="Número da conta"`, `id="serial"`: masks are on every kind of number,
    // regression probe 273).
    if (MASK_ATTRIBUTE_SET.has(attribute) && (secret || phone || holdsName || otherCard || namesOtherThanCard)) continue;
    const entry = effective.get(attribute);
    if (!entry?.value) continue;
    const kind =
      attribute !== 'placeholder' ? classify(entry.value, inCard)
      : holdsName ? (isPanShaped(entry.value) ? 'pan' : classifyCardField(entry.value, { cardContext: inCard }))
      : secret || phone ? classifyWording(entry.value, inCard)
      : classify(entry.value, inCard);
    if (kind === 'pan' && (belowAnyCardNumber || startsAsCount)) return null;
    if (kind) return { kind, index: entry.index, attribute };
  }
  // Last: a name, id or bound model that names a payment card and nothing more (`name="creditCard"`,
  // `v-model="form.creditCard"`, real-world batch 203), as the same words shown in a placeholder do: a text field so
  // named takes the card's number. Not a secret's, a phone's, a holder's or another card's field, nor a count's.
  // (A hidden field so named holds what the page puts there: a saved card's id, a token.)
  if (!bareCardName || secret || phone || holdsName || otherCard || belowAnyCardNumber || startsAsCount || typeName === 'hidden') return null;
  // Its visible wording, if any, must say the same (`placeholder="Name on card"` says another field).
  if (says([...WORDING], (value) => value.trim() !== '' && !namesPaymentCard(value))) return null;
  for (const attribute of IDENTIFYING_ATTRIBUTES) {
    const entry = effective.get(attribute);
    const value = entry?.value?.trim();
    if (!entry || !value || (BINDING_ATTRIBUTES.includes(attribute) && !MODEL_PATH.test(value))) continue;
    const last = lastBracketSegment(value) ?? value.slice(value.lastIndexOf('.') + 1);
    // (One card: `credit-cards` names a kind of account or debt, as in a budget's `id="credit-cards"`.)
    if (namesPaymentCard(last) && !splitWords(last).some((word) => word.endsWith('cards'))) return { kind: 'pan', index: entry.index, attribute };
  }
  return null;
}

/** Gr4vy Secure Fields' attach calls, given a placeholder element's selector: `fields.addCardNumberField('#cc-number')`. */
const GR4VY_ATTACH = /\.add(?:CardNumber|SecurityCode|ExpiryDate)Field\s*\(\s*(['"`])#([\w-]+)\1/g;
/** Mastercard Gateway Hosted Session's card fields: `PaymentSession.configure({ fields: { card: { number: '#card-number' } } })`. */
const HOSTED_SESSION_FIELD = /\b(?:number|securityCode|expiryMonth|expiryYear)\s*:\s*(['"`])#([\w-]+)\1/g;

/**
 * The ids of the elements that a hosted-fields SDK of the file replaces with its own secure field (an iframe): Gr4vy
 * Secure Fields' `add…Field('#id')` ("placeholder elements… replaced by a secure field. These elements can be
 * `<input>`"), Mastercard Hosted Session's `fields` given to `PaymentSession.configure` (precision probe 289: a donation
 * form's Vue component). Empty in most files.
 */
export function hostedFieldTargets(text: string): ReadonlySet<string> {
  const ids = new Set<string>();
  if (text.includes('Field(')) for (const match of text.matchAll(GR4VY_ATTACH)) ids.add(match[2]!);
  if (text.includes('PaymentSession')) for (const match of text.matchAll(HOSTED_SESSION_FIELD)) ids.add(match[2]!);
  return ids;
}

/**
 * Is an input a placeholder that a hosted-fields SDK replaces (its static `id` among `targets`), which the page does not
 * read itself: no model or value binding, no change handler, and no unknown attribute that could add one?
 */
export function isHostedFieldPlaceholder(attributes: readonly InputAttribute[], targets: ReadonlySet<string>): boolean {
  if (targets.size === 0) return false;
  let placeholder = false;
  for (const attribute of attributes) {
    if (attribute.name === null) return false;
    const name = normalizeAttributeName(attribute.name);
    if (MODEL_BINDINGS.includes(name) || name === CHANGE_BINDING) return false;
    if (name === 'id' && attribute.value !== null && targets.has(attribute.value)) placeholder = true;
  }
  return placeholder;
}

