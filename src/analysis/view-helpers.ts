/**
 * Server templates' view helpers, read as the markup they render: Rails' in ERB output tags (`<%= … %>`), Ember's in
 * Handlebars, LaravelCollective's `Form::` in Blade echoes (`{!! … !!}`, `{{ … }}`). A template tag is opaque to the
 * markup parser; these helpers say what HTML comes out of it:
 * - `javascript_include_tag 'https://js.stripe.com/v2/', 'application'` renders a `<script src>` per source;
 * - `text_field_tag :card_number, nil, name: nil, data: { stripe: 'number' }` and the form builder's
 *   `f.text_field :cvc, placeholder: 'CVC'` render an `<input>` whose `name` / `id` come from the field and whose
 *   options are attributes (`data: { stripe: … }` → `data-stripe`, `'aria-label' => …`).
 * Only Ruby written plainly is read: string literals without interpolation or escapes, symbols (quoted too:
 * `:'data-stripe'`), `nil`, hashes in both syntaxes (options in braces too); anything else is an unknown value.
 */

/** A Ruby string literal: single-quoted, or double-quoted (interpolation `#{…}` is checked by the caller). */
const RUBY_STRING = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;

/**
 * The sources a server template's output tag loads as scripts through a view helper: Rails'
 * `<%= javascript_include_tag 'https://js.stripe.com/v2/', 'application' %>` renders a `<script src>` for each source
 * argument. Each source written as a Ruby string literal without interpolation or escapes, with its offset in `tag`;
 * option keys and values (`'data-turbo-track': 'reload'`, `defer: true`, `'nonce' => x`) are not sources.
 */
export function templateScriptSources(tag: string): Array<{ text: string; start: number }> {
  const helper = /^<%==?\s*javascript_include_tag\b/.exec(tag);
  if (!helper) return [];
  const out: Array<{ text: string; start: number }> = [];
  RUBY_STRING.lastIndex = helper[0].length;
  for (let match = RUBY_STRING.exec(tag); match; match = RUBY_STRING.exec(tag)) {
    const text = match[1] ?? match[2]!;
    let before = match.index - 1;
    while (before >= 0 && /\s/.test(tag[before]!)) before--;
    let after = match.index + match[0].length;
    while (after < tag.length && /\s/.test(tag[after]!)) after++;
    const isOption = tag[before] === ':' || tag.startsWith('=>', before - 1) || tag[after] === ':' || tag.startsWith('=>', after);
    if (isOption || text.includes('\\') || (match[2] !== undefined && text.includes('#{'))) continue;
    out.push({ text, start: match.index + 1 });
  }
  return out;
}

/** An attribute a field helper renders: its value (null when unknown) and where it is written in the tag. */
export interface HelperAttribute {
  name: string;
  value: string | null;
  /** Offsets in the tag of what sets it (the field argument, or the option's value). */
  start: number;
  end: number;
}

/** An option as written: `nil` removes the attribute (`name: nil` renders an unnamed field). */
type HelperOption = HelperAttribute & { nil?: true };

export interface HelperField {
  /** `input` or `textarea`. */
  tag: string;
  attributes: HelperAttribute[];
  /** What a label helper names the field by (see `templateLabel`); null for Ember's helpers. */
  labelKey?: string | null;
  /** The text of the label the helper renders itself (simple_form's `f.input :cvc, label: 'CVC'`). */
  labelText?: string;
}

/**
 * Text-entry field helpers: `<name>_tag(name, value, options)` (`text_field_tag :card_number`), the form builder's
 * `<builder>.<name>(method, options)` (`f.text_field :cvc`), and the old object form `<name>(object, method,
 * options)`. `hidden_field*` renders a hidden input (not typed into); check boxes, radio buttons and selects take no
 * card data.
 */
const FIELD_HELPER =
  /^<%==?\s*(?:([a-z_]\w*)\s*\.\s*)?(text_field|number_field|telephone_field|phone_field|password_field|search_field|email_field|text_area|input_field|input)(_tag)?(?=[\s(])\s*\(?\s*/;

/**
 * simple_form's builder methods: `f.input :card_number` renders a wrapper, a label and the input; `f.input_field :cvc`
 * the input alone. Options of `input` that are simple_form's own, not the input's attributes (`input_html: { … }`
 * holds those, read as the input's).
 */
const SIMPLE_FORM_METHODS: ReadonlySet<string> = new Set(['input', 'input_field']);
const SIMPLE_FORM_OPTIONS: ReadonlySet<string> = new Set(['as', 'label', 'hint', 'collection', 'wrapper', 'wrapper-html', 'label-html', 'hint-html', 'error', 'error-html', 'include-blank', 'prompt', 'required']);
/** The `as:` types whose input takes typing: text, numbers, a password, a phone number. Others (`:hidden`, `:select`, `:boolean`, `:radio_buttons`…) do not. */
const SIMPLE_FORM_TEXT_TYPES: ReadonlySet<string> = new Set(['string', 'text', 'tel', 'password', 'numeric', 'integer', 'decimal', 'float', 'email', 'search']);

export type Token = {
  kind: 'string' | 'symbol' | 'word' | 'number' | 'punct';
  text: string;
  start: number;
  end: number;
  /** A symbol written quoted (`:'data-stripe'`, `:"cvc"`): its `start` / `end` are its content's, as a string's. */
  quoted?: true;
};

/** The matches of a sticky tokenising `pattern` over `tag` from `from`, up to the first that matches nothing. */
function* tokenMatches(tag: string, from: number, pattern: RegExp): Generator<RegExpExecArray> {
  pattern.lastIndex = from;
  for (let match = pattern.exec(tag); match && match.index < tag.length; match = pattern.exec(tag)) {
    yield match;
    if (match[0].length === 0) return;
  }
}

/**
 * The string token of a match that ends with a quoted string, whose groups `group` and the next are a single- and a
 * double-quoted string's content, or null: its text `\0` (unknown) when it has escapes or, in double quotes,
 * `interpolation` (`#{` in Ruby, `$` in PHP).
 */
function quotedToken(match: RegExpExecArray, interpolation: string, group = 1): Token | null {
  const single = match[group];
  const double = match[group + 1];
  if (single === undefined && double === undefined) return null;
  const text = single ?? double!;
  const plain = !text.includes('\\') && !(double !== undefined && text.includes(interpolation));
  const end = match.index + match[0].length;
  return { kind: 'string', text: plain ? text : '\0', start: end - 1 - text.length, end: end - 1 };
}

/**
 * Ruby tokens of `tag` from `from` (to `to`): strings (unknown when interpolated or escaped), symbols, words, numbers,
 * punctuation. A string's `start` / `end` are its content's, a symbol's its name's (see `rawStart`).
 */
export function rubyTokens(tag: string, from: number, to = tag.length): Token[] {
  const out: Token[] = [];
  const text = to < tag.length ? tag.slice(0, to) : tag;
  const pattern =
    /\s+|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|:([A-Za-z_]\w*[?!]?)(?!:)|([A-Za-z_]\w*[?!]?)|(-?\d+(?:\.\d+)?(?![\w.]))|:(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")|(=>|%>|[{}(),:\[\]]|.)/gy;
  for (const match of tokenMatches(text, from, pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    const quoted = quotedToken(match, '#{');
    if (quoted) {
      out.push(quoted);
      // `'key':` / `"key":` (JSON-style keys): a key, not the string and a quoted symbol (`"data-stripe":"cvc"`).
      if (text[end] === ':' && text[end + 1] !== ':') {
        out.push({ kind: 'punct', text: ':', start: end, end: end + 1 });
        pattern.lastIndex = end + 1;
      }
    } else if (match[3] !== undefined) out.push({ kind: 'symbol', text: match[3], start: start + 1, end });
    else if (match[4] !== undefined) {
      out.push({ kind: 'word', text: match[4], start, end });
      // `name:nil`: a key, not the word `name` and the symbol `:nil`.
      if (text[end] === ':' && text[end + 1] !== ':') {
        out.push({ kind: 'punct', text: ':', start: end, end: end + 1 });
        pattern.lastIndex = end + 1;
      }
    } else if (match[5] !== undefined) out.push({ kind: 'number', text: match[5], start, end });
    else if (match[6] !== undefined || match[7] !== undefined) {
      // A quoted symbol (`:'data-stripe' => 'cvc'`), read as the symbol it names (unknown when interpolated or escaped).
      out.push({ ...quotedToken(match, '#{', 6)!, kind: 'symbol', quoted: true });
    } else if (match[8] !== undefined) out.push({ kind: 'punct', text: match[8], start, end });
  }
  return out;
}

/** Where a token's text starts in the source: a string's opening quote, a symbol's colon. */
const rawStart = (token: Token): number => (token.quoted ? token.start - 2 : token.kind === 'string' || token.kind === 'symbol' ? token.start - 1 : token.start);
/** Where a token's text ends: after a string's (or a quoted symbol's) closing quote. */
const rawEnd = (token: Token): number => (token.kind === 'string' || token.quoted ? token.end + 1 : token.end);

/** A plain string, symbol or number's text; null for anything else (a variable, an interpolated string, `nil`). */
const plainText = (token: Token | undefined): string | null =>
  token && (token.kind === 'symbol' || token.kind === 'number' || (token.kind === 'string' && token.text !== '\0')) ? token.text : null;

/** The key a hash entry starts with (`key:`, `'key':`, `:key =>`, `'key' =>`), else null. */
function hashKey(token: Token, next: Token | undefined): string | null {
  if (next?.kind !== 'punct') return null;
  const keyed = next.text === ':' ? token.kind === 'word' || token.kind === 'string' : next.text === '=>' && (token.kind === 'symbol' || token.kind === 'string');
  return keyed && token.text !== '\0' ? token.text : null;
}

/** How deep `rubyHashEntries` reads hashes nested in hashes. */
const MAX_HASH_DEPTH = 16;

/** An entry of a Ruby hash as written: its key, the key's token, and its value's tokens, or a nested hash's entries. */
export interface RubyHashEntry {
  key: string;
  keyToken: Token;
  /** The tokens of the value, up to the next top-level comma (none for a key without a value). */
  value: Token[];
  /** Where the value's text starts and ends in the source (the key's end when there is no value). */
  valueFrom: number;
  valueTo: number;
  /** The entries of a value that is a hash literal (`data: { stripe: 'cvc' }`); null for any other value. */
  nested: RubyHashEntry[] | null;
}

/**
 * The entries of the Ruby hash (or options list) whose first entry is at `tokens[i]`, in both syntaxes (`key: value`,
 * `'key' => value`, `:key => value`), up to the `}`, `)` or `%>` that closes it; an item that is no entry (a bare
 * `key => value`, a method call) is skipped. For Rails' view helpers and Haml's attribute hashes alike.
 */
export function rubyHashEntries(tokens: readonly Token[], i = 0, depth = 0): { entries: RubyHashEntry[]; end: number; skipped: boolean } {
  const entries: RubyHashEntry[] = [];
  let skipped = false;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.kind === 'punct' && (token.text === '}' || token.text === ')' || token.text === '%>')) break;
    if (token.kind === 'punct' && token.text === ',') {
      i++;
      continue;
    }
    const key = hashKey(token, tokens[i + 1]);
    if (key === null) {
      skipped = true;
      i = Math.max(skipValue(tokens, i), i + 1);
      continue;
    }
    const first = tokens[i + 2];
    // (Hashes nested deeper than any view's are read as unknown values: no recursion without end.)
    if (first?.kind === 'punct' && first.text === '{' && depth < MAX_HASH_DEPTH) {
      const inner = rubyHashEntries(tokens, i + 3, depth + 1);
      const close = tokens[inner.end];
      const last = close?.text === '}' ? close : (tokens[inner.end - 1] ?? first);
      entries.push({ key, keyToken: token, value: tokens.slice(i + 2, inner.end + 1), valueFrom: first.start, valueTo: last.end, nested: inner.entries });
      i = skipValue(tokens, close?.text === '}' ? inner.end + 1 : inner.end);
      continue;
    }
    const end = skipValue(tokens, i + 2);
    const value = tokens.slice(i + 2, end);
    const keyEnd = tokens[i + 1]!.end;
    entries.push({ key, keyToken: token, value, valueFrom: value[0] ? rawStart(value[0]) : keyEnd, valueTo: value.length > 0 ? rawEnd(value.at(-1)!) : keyEnd, nested: null });
    i = end;
  }
  return { entries, end: i, skipped };
}

/**
 * The options hash starting at `tokens[i]` (`key: value, 'key' => value, data: { stripe: 'number' }`), as attributes
 * named `prefix` + key (`data-stripe`); nested hashes of `data` / `aria` become `data-…` / `aria-…`, and one named
 * `flattened` (simple_form's `input_html`) the attributes themselves. A value is known when it is one plain literal
 * (`'card_' + part` is not). False when an item of the list is no entry (a method's options, `**opts`).
 */
function readOptions(tokens: Token[], i: number, prefix: string, out: HelperOption[], flattened?: string): boolean {
  // Options written as a hash literal in braces (`text_field_tag :cvc, nil, { name: nil }`): the same entries.
  const braced = tokens[i]?.kind === 'punct' && tokens[i]!.text === '{';
  const { entries, skipped } = rubyHashEntries(tokens, braced ? i + 1 : i);
  optionsOf(entries, prefix, out, flattened);
  return !skipped;
}

function optionsOf(entries: readonly RubyHashEntry[], prefix: string, out: HelperOption[], flattened?: string): void {
  for (const entry of entries) {
    const name = `${prefix}${entry.key.replaceAll('_', '-').toLowerCase()}`;
    const [first] = entry.value;
    if (!first) continue;
    if (entry.nested) {
      const nested = name === 'data' || name === 'aria' ? `${name}-` : name === flattened ? prefix : null;
      if (nested === null) out.push({ name, value: null, start: first.start, end: first.end });
      else optionsOf(entry.nested, nested, out);
      continue;
    }
    const only = entry.value.length === 1;
    if (only && first.kind === 'word' && first.text === 'nil') out.push({ name, value: null, start: first.start, end: first.end, nil: true });
    else out.push({ name, value: only ? plainText(first) : null, start: first.start, end: first.end });
  }
}

/** The index after the value starting at `tokens[i]` (balanced brackets; up to the next top-level comma). */
function skipValue(tokens: readonly Token[], i: number): number {
  let depth = 0;
  for (; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'punct') continue;
    if (token.text === '{' || token.text === '(' || token.text === '[') depth++;
    else if (token.text === '}' || token.text === ')' || token.text === ']') {
      if (depth === 0) return i;
      depth--;
    } else if ((token.text === ',' && depth === 0) || token.text === '%>') return i;
  }
  return i;
}

/**
 * Block helpers that yield a form builder: Rails' `form_for` / `fields_for` / `form_with` / `fields`, simple_form's,
 * Formtastic's and bootstrap_form's, as a function or a builder's method (`f.fields_for :card do |cc|`).
 */
const BUILDER_HELPER =
  /^<%==?\s*(?:[a-z_]\w*\s*\.\s*)?(form_for|fields_for|form_with|fields|simple_form_for|simple_fields_for|semantic_form_for|semantic_fields_for|bootstrap_form_for|bootstrap_fields_for|bootstrap_form_with)(?=[\s(])\s*\(?\s*/;

/**
 * The form builder a block helper in an output tag yields and the object its fields are named under: `<%=
 * form_for :credit_card, url: charges_path do |f| %>` → `f` and `credit_card` (`f.text_field :number` then renders
 * `credit_card[number]`); `f.simple_fields_for :card, @order.card do |cc|` → `cc` and `card`; `form_with scope:
 * :card do |form|`. Null where the object is a model in a variable (`form_for @payment`, `form_with model:
 * @payment`: Rails names it after the model's class, which the template does not say) or not written plainly.
 */
export function templateBuilder(tag: string): { receiver: string; object: string } | null {
  const helper = BUILDER_HELPER.exec(tag);
  if (!helper) return null;
  // The block's parameters close the tag (`do |f| %>`, `do |f, i| -%>`); each `[^|%]` run stops at a bar: linear.
  const block = /\bdo\s*\|\s*([a-z_]\w*)\s*(?:,[^|%]*)?\|\s*-?%>$/.exec(tag);
  if (!block) return null;
  const tokens = rubyTokens(tag, helper[0].length, block.index);
  const byScope = helper[1] === 'form_with' || helper[1] === 'bootstrap_form_with';
  // `fields :card` / `form_for :card` name the object first; `form_with` only by its `scope:` option.
  const first = byScope ? undefined : tokens[0];
  const positional = first && hashKey(first, tokens[1]) === null && (tokens[1] === undefined || tokens[1].text === ',' || tokens[1].text === ')') ? plainText(first) : null;
  const scope = positional ?? (byScope || helper[1] === 'fields' ? scopeOption(tokens) : null);
  return scope === null || scope === '' ? null : { receiver: block[1]!, object: scope };
}

/** The `scope:` option of a helper's options, when written plainly. */
function scopeOption(tokens: readonly Token[]): string | null {
  const entry = rubyHashEntries(tokens).entries.find((option) => option.key === 'scope');
  return entry?.value.length === 1 ? plainText(entry.value[0]) : null;
}

/**
 * The field a Rails text-entry helper in an output tag renders, or null: `<%= text_field_tag :card_number, nil,
 * name: nil, data: { stripe: 'number' } %>` → an `<input>` with `id` `card_number` (and no name), `data-stripe`
 * `number`. The field name gives `name` and `id` (`f.text_field :cvc` renders `model[cvc]`, whose last segment is
 * the field; `builderObject` says a builder's object where the template names it: `credit_card[number]`); options
 * given explicitly win.
 */
export function templateInputField(tag: string, builderObject: (receiver: string) => string | null = () => null): HelperField | null {
  const helper = FIELD_HELPER.exec(tag);
  if (!helper) return emberInputField(tag) ?? laravelInputField(tag);
  const [, receiver, name, suffix] = helper;
  if (receiver !== undefined && suffix !== undefined) return null; // `x.text_field_tag`: not Rails'
  const simpleForm = SIMPLE_FORM_METHODS.has(name!);
  if (simpleForm && receiver === undefined) return null; // a builder's method only
  const tokens = rubyTokens(tag, helper[0].length);
  let i = 0;
  // The object form `text_field(:payment, :card_number)` names the object first.
  if (receiver === undefined && suffix === undefined) {
    if (!plainText(tokens[0]) || tokens[1]?.text !== ',') return null;
    i = 2;
  }
  const field = tokens[i];
  const fieldName = plainText(field);
  const attributes: HelperOption[] = [];
  // A builder's field is named under the builder's object (`credit_card[number]`, id `credit_card_number`) where the
  // template says which object that is (`templateBuilder`), else by itself.
  const builtFor = receiver !== undefined && fieldName !== null ? builderObject(receiver) : null;
  if (field && fieldName !== null) {
    attributes.push({ name: 'name', value: builtFor === null ? fieldName : `${builtFor}[${fieldName}]`, start: field.start, end: field.end });
    attributes.push({ name: 'id', value: builtFor === null ? fieldName : sanitizedId(`${builtFor}_${fieldName}`), start: field.start, end: field.end });
  } else if (field) {
    attributes.push({ name: 'name', value: null, start: field.start, end: field.end });
  }
  i = skipValue(tokens, i);
  // `*_tag(name, value, options)`: skip the value (a hash there would be options only for the builder forms).
  if (suffix !== undefined && tokens[i]?.text === ',') {
    const value = tokens[i + 1];
    const valueIsOptions = value && hashKey(value, tokens[i + 2]) !== null;
    if (!valueIsOptions) i = skipValue(tokens, i + 1);
  }
  const written = tokens[i]?.text === ',' ? readOptions(tokens, i + 1, '', attributes, simpleForm ? 'input-html' : undefined) : true;
  // simple_form's options from a method or a variable (`f.input :card, options_for_card_select(@customer)`) may make
  // it a select: its type is unknown.
  if (simpleForm && !written) return null;
  // Options override the field's own name / id; `nil` removes an attribute (`name: nil`: the field is not posted).
  const last = new Map<string, HelperOption>();
  for (const attribute of attributes) last.set(attribute.name, attribute);
  const own = name === 'input' ? simpleFormInput(last) : { textarea: name === 'text_area', label: undefined };
  if (!own) return null;
  const rendered = [...last.values()].filter((attribute) => !attribute.nil).map(({ name: key, value, start, end }) => ({ name: key, value, start, end }));
  const id = last.get('id');
  const object = receiver === undefined && suffix === undefined ? plainText(tokens[0]) : null;
  return {
    tag: own.textarea ? 'textarea' : 'input',
    attributes: rendered,
    labelKey: id !== attributes[1] || fieldName === null ? idKey(id?.value ?? null) : fieldKey(receiver, object, fieldName),
    ...(own.label !== undefined ? { labelText: own.label } : {}),
  };
}

/**
 * What simple_form's `f.input` renders, from its options (taken out of `options`, which are left the input's
 * attributes): a text area for `as: :text`, the label text `label:` writes; null where the input takes no typing
 * (`as: :hidden`, `:select`…) or its type is not written plainly.
 */
function simpleFormInput(options: Map<string, HelperOption>): { textarea: boolean; label: string | undefined } | null {
  const as = options.get('as');
  if (as !== undefined && (as.value === null || !SIMPLE_FORM_TEXT_TYPES.has(as.value))) return null;
  const label = options.get('label')?.value ?? undefined;
  for (const option of SIMPLE_FORM_OPTIONS) options.delete(option);
  return { textarea: as?.value === 'text', label };
}

/**
 * Rails' `sanitize_to_id`, the `id` a `*_tag` helper gives its field and the `for` its label gets: `]` dropped, any
 * other character but letters, digits, `-`, `:` and `.` made `_` (`card[number]` → `card_number`).
 */
const sanitizedId = (name: string): string => name.replaceAll(']', '').replace(/[^-a-zA-Z0-9:.]/g, '_');

/** A label key of an explicit `id` / `for`; null when unknown. */
const idKey = (id: string | null): string | null => (id === null ? null : `#${id}`);

/**
 * The key by which a field helper and its label helper name one field: the `*_tag` forms by the sanitised name
 * (`label_tag :card_code` ↔ `text_field_tag :card_code`), the object forms by the `object_method` id they both render
 * (`label(:payment, :cvc)` ↔ `text_field(:payment, :cvc)`), a form builder's by the builder and the method (`f.label
 * :cvc` ↔ `f.text_field :cvc`: both render `<object>_cvc`, whatever the object).
 */
function fieldKey(receiver: string | undefined, object: string | null, field: string): string | null {
  if (receiver !== undefined) return `${receiver}.${field}`;
  return object === null ? `#${sanitizedId(field)}` : `#${sanitizedId(`${object}_${field}`)}`;
}

const LABEL_HELPER = /^<%==?\s*(?:([a-z_]\w*)\s*\.\s*)?label(_tag)?(?=[\s(])\s*\(?\s*/;

/**
 * The label a Rails label helper in an output tag renders, when its text is written: `<%= label_tag :card_code,
 * "Security Code on Card (CVV)" %>` (the Railscasts Stripe form: real-world batch HA), `<%= f.label :cvc, 'CVC' %>`,
 * `<%= label :payment, :cvc, 'CVC' %>`; the key of the field it is for (`HelperField.labelKey`; a `for:` option
 * wins) and its text. Null for a label whose text Rails makes from the field's name, or is not written plainly.
 */
export function templateLabel(tag: string): { key: string; text: string } | null {
  const helper = LABEL_HELPER.exec(tag);
  if (!helper) return laravelLabel(tag);
  const [, receiver, suffix] = helper;
  if (receiver !== undefined && suffix !== undefined) return null;
  const tokens = rubyTokens(tag, helper[0].length);
  let i = 0;
  let object: string | null = null;
  if (receiver === undefined && suffix === undefined) {
    object = plainText(tokens[0]);
    if (object === null || tokens[1]?.text !== ',') return null;
    i = 2;
  }
  const field = plainText(tokens[i]);
  i = skipValue(tokens, i);
  if (field === null || tokens[i]?.text !== ',') return null;
  const content = tokens[i + 1];
  const text = content?.kind === 'string' && content.text !== '\0' && hashKey(content, tokens[i + 2]) === null ? content.text : null;
  if (text === null || text.trim() === '') return null;
  const options: HelperOption[] = [];
  i = skipValue(tokens, i + 1);
  if (tokens[i]?.text === ',') readOptions(tokens, i + 1, '', options);
  const explicit = options.findLast((option) => option.name === 'for');
  const key = explicit ? idKey(explicit.nil ? null : explicit.value) : fieldKey(receiver, object, field);
  return key === null ? null : { key, text };
}

/** PHP tokens of a Blade echo from `from`: strings (unknown when interpolated or escaped), words and `$variables`, punctuation. */
function phpTokens(tag: string, from: number): Token[] {
  const out: Token[] = [];
  for (const match of tokenMatches(tag, from, /\s+|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(\$?[A-Za-z_]\w*)|(=>|->|::|.)/gy)) {
    const start = match.index;
    const end = start + match[0].length;
    const quoted = quotedToken(match, '$');
    if (quoted) out.push(quoted);
    else if (match[3] !== undefined) out.push({ kind: 'word', text: match[3], start, end });
    else if (match[4] !== undefined) out.push({ kind: 'punct', text: match[4], start, end });
  }
  return out;
}

/**
 * The top-level arguments of a call whose tokens start after its `(` (or of a list after its `[` / `{`): each
 * argument's tokens, up to the bracket that closes it.
 */
function phpArguments(tokens: readonly Token[]): Token[][] {
  const args: Token[][] = [[]];
  let depth = 0;
  for (const token of tokens) {
    if (token.kind === 'punct' && (token.text === '(' || token.text === '[' || token.text === '{')) depth++;
    else if (token.kind === 'punct' && (token.text === ')' || token.text === ']' || token.text === '}')) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && token.kind === 'punct' && token.text === ',') {
      args.push([]);
      continue;
    }
    args.at(-1)!.push(token);
  }
  return args.at(-1)!.length === 0 ? args.slice(0, -1) : args;
}

/** Laravel's translation helpers: their key's last segment stands for the text (`__('lang_v1.gift_card_number')`: its words say what it is). */
const TRANSLATION_CALLS = new Set(['__', 'trans', 'trans_choice', '@lang']);

/** The text of an argument written as a plain string, or as a translation helper given one (its key); null otherwise. */
function phpText(tokens: readonly Token[]): Token | null {
  const [first, second, third, fourth] = tokens;
  if (tokens.length === 1 && first!.kind === 'string' && first!.text !== '\0') return first!;
  const translated = tokens.length === 4 && first!.kind === 'word' && TRANSLATION_CALLS.has(first!.text) && second!.text === '(' && third!.kind === 'string' && third!.text !== '\0' && fourth!.text === ')';
  // The key's last segment names the text (`lang_v1.security_code`: the file, then the key).
  return translated ? { ...third!, text: third!.text.slice(third!.text.lastIndexOf('.') + 1) } : null;
}

/**
 * An options array (`['class' => 'form-control', 'data-stripe' => 'number', 'required']`, also `array(…)`) as
 * attributes: a key with its value (null when not plain text), a bare string as an attribute without a value.
 */
function phpOptions(tokens: readonly Token[]): HelperAttribute[] {
  const opened = tokens[0]?.text === '[' ? 1 : tokens[0]?.text === 'array' && tokens[1]?.text === '(' ? 2 : 0;
  if (opened === 0) return [];
  const out: HelperAttribute[] = [];
  for (const entry of phpArguments(tokens.slice(opened))) {
    const arrow = entry.findIndex((token) => token.kind === 'punct' && token.text === '=>');
    if (arrow < 0) {
      const bare = phpText(entry);
      if (bare) out.push({ name: bare.text.toLowerCase(), value: '', start: bare.start, end: bare.end });
      continue;
    }
    const key = phpText(entry.slice(0, arrow));
    const value = entry.slice(arrow + 1);
    if (!key || value.length === 0) continue;
    const text = phpText(value);
    out.push({ name: key.text.toLowerCase(), value: text?.text ?? null, start: value[0]!.start, end: value.at(-1)!.end });
  }
  return out;
}

/** LaravelCollective's text-entry helpers in a Blade echo: `{!! Form::text('card_number', null, [...]) !!}`, and its label. */
const LARAVEL_HELPER = /^(?:\{!!|\{\{)\s*Form\s*::\s*(text|number|tel|password|textarea|input|label)\s*\(\s*/;
/** The helpers by the argument that holds the options (the name is the first, `input`'s the second, after its type). */
const LARAVEL_OPTIONS: Readonly<Record<string, number>> = { text: 2, number: 2, tel: 2, textarea: 2, password: 1, input: 3, label: 2 };

/**
 * The field LaravelCollective's form helper in a Blade echo renders (`Form::text($name, $value, $options)`,
 * `Form::password($name, $options)`, `Form::input('text', $name, …)`): an `<input>` (or `<textarea>`) named by its
 * name, with its options as attributes; its label key is its `id`, the option or, as the package gives it when a
 * `Form::label` names the field, its name. Null for anything else.
 */
function laravelInputField(tag: string): HelperField | null {
  const helper = LARAVEL_HELPER.exec(tag);
  if (!helper || helper[1] === 'label') return null;
  const method = helper[1]!;
  const args = phpArguments(phpTokens(tag, helper[0].length));
  let named = 0;
  const attributes: HelperAttribute[] = [];
  if (method === 'input') {
    const type = phpText(args[0] ?? []);
    if (!type || !/^(?:text|number|tel|password|search)$/i.test(type.text)) return null;
    attributes.push({ name: 'type', value: type.text.toLowerCase(), start: type.start, end: type.end });
    named = 1;
  } else if (method !== 'text' && method !== 'textarea') {
    const at = helper[0].indexOf(method);
    attributes.push({ name: 'type', value: method, start: at, end: at + method.length });
  }
  const name = args[named] ?? [];
  if (name.length === 0) return null;
  const written = phpText(name);
  attributes.unshift({ name: 'name', value: written?.text ?? null, start: name[0]!.start, end: name.at(-1)!.end });
  const options = phpOptions(args[LARAVEL_OPTIONS[method]!] ?? []);
  attributes.push(...options);
  const id = options.findLast((option) => option.name === 'id');
  return { tag: method === 'textarea' ? 'textarea' : 'input', attributes, labelKey: idKey(id ? id.value : (written?.text ?? null)) };
}

/** `Form::label($name, $text, $options)`: a label for the element whose `id` is the name, with its text written. */
function laravelLabel(tag: string): { key: string; text: string } | null {
  const helper = LARAVEL_HELPER.exec(tag);
  if (helper?.[1] !== 'label') return null;
  const [name, text] = phpArguments(phpTokens(tag, helper[0].length));
  const field = name && phpText(name);
  const written = text && phpText(text);
  return field && written && written.text.trim() !== '' ? { key: `#${field.text}`, text: written.text } : null;
}

/**
 * ASP.NET MVC's HTML helpers that render a text-entry field, written in a Razor view's markup: `@Html.TextBoxFor(m =>
 * m.CardNumber, new { @class = "form-control" })`, `@Html.TextBox("cvc")`, `PasswordFor`, `TextAreaFor`, also as an explicit
 * expression (`@(Html.TextBoxFor(…))`). Not
 * `EditorFor`, whose markup depends on the model's type (a `CreditCard` object renders its own editor template).
 */
const RAZOR_FIELD_HELPER = /@\(?\s*Html\s*\.\s*(TextBox|Password|TextArea)(For)?\s*\(\s*/g;
/** Text every ASP.NET MVC field helper call holds (`@Html.TextBoxFor(…)`, `@(Html.PasswordFor(…))`): a cheap test first. */
export const RAZOR_HELPER_MARK = 'Html';
/** How far after a helper's name its arguments are read (a call longer than this is read up to here). */
const RAZOR_CALL_LIMIT = 2000;

/**
 * The fields that ASP.NET MVC's HTML helpers in `text` (a Razor view's text) render, at their offsets in `text`: the
 * name from the model expression's member path (`m => m.Payment.CardNumber` renders `Payment.CardNumber`, id
 * `Payment_CardNumber`) or the name string, attributes from an anonymous object (`new { @class = "x", data_stripe =
 * "cvc" }`: MVC writes `_` as `-`); a name not written plainly is unknown.
 */
export function razorInputFields(text: string): HelperField[] {
  const out: HelperField[] = [];
  for (const { match, args, name } of razorHelperCalls(text, RAZOR_FIELD_HELPER)) {
    const first = args[0]!;
    const attributes: HelperAttribute[] = [{ name: 'name', value: name?.text ?? null, start: (name ?? first[0]!).start, end: (name ?? first.at(-1)!).end }];
    if (name) attributes.push({ name: 'id', value: razorId(name.text), start: name.start, end: name.end });
    if (match[1] === 'Password') attributes.push({ name: 'type', value: 'password', start: match.index, end: match.index + match[0].length });
    for (const arg of args.slice(1)) if (arg[0]?.text === 'new' && arg[1]?.text === '{') attributes.push(...anonymousObjectAttributes(arg.slice(2)));
    out.push({ tag: match[1] === 'TextArea' ? 'textarea' : 'input', attributes, labelKey: idKey(name ? razorId(name.text) : null) });
  }
  return out;
}

/**
 * Each call of an ASP.NET MVC helper that `pattern` finds (its last group `For` for the `…For` forms; the match ends
 * after the call's `(`) with a first argument: its arguments' tokens (read up to RAZOR_CALL_LIMIT), and the field it is
 * for, from the model expression (`m => m.Payment.CardNumber`) or the name string; null when not written plainly.
 */
function* razorHelperCalls(text: string, pattern: RegExp): Generator<{ match: RegExpExecArray; args: Token[][]; name: Token | null }> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const from = pattern.lastIndex;
    const args = phpArguments(phpTokens(text.slice(0, from + RAZOR_CALL_LIMIT), from));
    const first = args[0];
    if (!first?.length) continue;
    yield { match, args, name: match.at(-1) ? modelExpressionName(first) : phpText(first) };
  }
}

/** The id MVC renders for a field's name (`Payment.CardNumber` → `Payment_CardNumber`). */
const razorId = (name: string): string => name.replace(/[.[\]]/g, '_');

/** ASP.NET MVC's label helpers: `@Html.LabelFor(m => m.CardCode, "CVV")`, `@Html.Label("Cvc", "Security code")`. */
const RAZOR_LABEL_HELPER = /@\(?\s*Html\s*\.\s*Label(For)?\s*\(\s*/g;

/**
 * The labels that ASP.NET MVC's label helpers in `text` write with their own text, by the key of the field they are for
 * (`HelperField.labelKey`: the id MVC renders for the field, `#CardCode`). A helper without a text of its own (the
 * model's display name, which the view does not say) is none.
 */
export function razorLabels(text: string): Array<{ key: string; text: string }> {
  const out: Array<{ key: string; text: string }> = [];
  for (const { args, name } of razorHelperCalls(text, RAZOR_LABEL_HELPER)) {
    const content = args[1];
    const written = content?.length === 1 ? phpText(content) : null;
    if (name && written && written.text.trim() !== '') out.push({ key: idKey(razorId(name.text))!, text: written.text });
  }
  return out;
}

/** The member path of a model expression (`m => m.Payment.CardNumber` → `Payment.CardNumber`; `(m) => …` too), or null. */
function modelExpressionName(tokens: readonly Token[]): Token | null {
  const parenthesised = tokens[0]?.text === '(' && tokens[2]?.text === ')';
  const [parameter, arrow, object, ...path] = parenthesised ? tokens.slice(1, 2).concat(tokens.slice(3)) : tokens;
  if (parameter?.kind !== 'word' || arrow?.text !== '=>' || object?.text !== parameter.text || path.length < 2 || path.length % 2 !== 0) return null;
  const names: string[] = [];
  for (let i = 0; i < path.length; i += 2) {
    if (path[i]!.text !== '.' || path[i + 1]!.kind !== 'word') return null;
    names.push(path[i + 1]!.text);
  }
  return { kind: 'string', text: names.join('.'), start: path[1]!.start, end: path.at(-1)!.end };
}

/** The members of an anonymous object (`@class = "form-control", placeholder = "CVC"`) as the attributes MVC renders. */
function anonymousObjectAttributes(tokens: readonly Token[]): HelperAttribute[] {
  const out: HelperAttribute[] = [];
  for (const member of phpArguments(tokens)) {
    const at = member[0]?.text === '@' ? 1 : 0;
    const key = member[at];
    const value = member.slice(at + 2);
    if (key?.kind !== 'word' || member[at + 1]?.text !== '=' || value.length === 0) continue;
    out.push({ name: key.text.replaceAll('_', '-').toLowerCase(), value: phpText(value)?.text ?? null, start: value[0]!.start, end: value.at(-1)!.end });
  }
  return out;
}

/** Ember's classic input helpers: `{{input type="text" value=cardNumber}}`, `{{textarea value=notes}}`. */
const EMBER_INPUT = /^\{\{\s*(input|textarea)\s+/;
/** A hash pair of a Handlebars call: `key="text"`, `key='text'`, or `key=path` (bound). */
const HASH_PAIR = /([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z_$@][\w$.@-]*))/y;

/**
 * The field Ember's `{{input …}}` / `{{textarea …}}` helper renders (real-world batch EH: an Ember app's card form):
 * its string options are the `<input>`'s attributes, and `value=cardNumber` binds the field to that path, read as a
 * bound `value`'s path is. Null for anything else (a component, `{{input}}` with a sub-expression).
 */
function emberInputField(tag: string): HelperField | null {
  const helper = EMBER_INPUT.exec(tag);
  if (!helper) return null;
  const attributes: HelperAttribute[] = [];
  let at = helper[0].length;
  while (at < tag.length) {
    while (at < tag.length && /\s/.test(tag[at]!)) at++;
    if (tag.startsWith('}}', at)) break;
    HASH_PAIR.lastIndex = at;
    const pair = HASH_PAIR.exec(tag);
    if (!pair) return null;
    const [, key, doubled, single, path] = pair;
    const text = doubled ?? single;
    const start = pair.index + pair[0].length - (text !== undefined ? text.length + 1 : path!.length);
    if (text !== undefined) attributes.push({ name: key!, value: text, start, end: start + text.length });
    else if (key === 'value') attributes.push({ name: 'value={}', value: path!, start, end: start + path!.length });
    else attributes.push({ name: key!, value: null, start, end: start + path!.length });
    at = HASH_PAIR.lastIndex;
  }
  return { tag: helper[1] === 'textarea' ? 'textarea' : 'input', attributes };
}
