/**
 * Rails view helpers in ERB output tags (`<%= … %>`), read as the markup they render. A template tag is opaque to the
 * markup parser; these helpers say what HTML comes out of it:
 * - `javascript_include_tag 'https://js.stripe.com/v2/', 'application'` renders a `<script src>` per source;
 * - `text_field_tag :card_number, nil, name: nil, data: { stripe: 'number' }` and the form builder's
 *   `f.text_field :cvc, placeholder: 'CVC'` render an `<input>` whose `name` / `id` come from the field and whose
 *   options are attributes (`data: { stripe: … }` → `data-stripe`, `'aria-label' => …`).
 * Only Ruby written plainly is read: string literals without interpolation or escapes, symbols, `nil`, hashes in both
 * syntaxes; anything else is an unknown value.
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
}

/**
 * Text-entry field helpers: `<name>_tag(name, value, options)` (`text_field_tag :card_number`), the form builder's
 * `<builder>.<name>(method, options)` (`f.text_field :cvc`), and the old object form `<name>(object, method,
 * options)`. `hidden_field*` renders a hidden input (not typed into); check boxes, radio buttons and selects take no
 * card data.
 */
const FIELD_HELPER =
  /^<%==?\s*(?:([a-z_]\w*)\s*\.\s*)?(text_field|number_field|telephone_field|phone_field|password_field|search_field|email_field|text_area)(_tag)?(?=[\s(])\s*\(?\s*/;

type Token = { kind: 'string' | 'symbol' | 'word' | 'punct'; text: string; start: number; end: number };

/** Ruby tokens of `tag` from `from`: strings (unknown when interpolated or escaped), symbols, words, punctuation. */
function rubyTokens(tag: string, from: number): Token[] {
  const out: Token[] = [];
  const pattern = /\s+|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|:([A-Za-z_]\w*[?!]?)(?!:)|([A-Za-z_]\w*[?!]?)|(=>|%>|[{}(),:\[\]]|.)/gy;
  pattern.lastIndex = from;
  for (let match = pattern.exec(tag); match && match.index < tag.length; match = pattern.exec(tag)) {
    const [whole] = match;
    const start = match.index;
    const end = start + whole.length;
    if (match[1] !== undefined || match[2] !== undefined) {
      const text = match[1] ?? match[2]!;
      const plain = !text.includes('\\') && !(match[2] !== undefined && text.includes('#{'));
      out.push({ kind: 'string', text: plain ? text : '\0', start: start + 1, end: end - 1 });
    } else if (match[3] !== undefined) out.push({ kind: 'symbol', text: match[3], start: start + 1, end });
    else if (match[4] !== undefined) {
      out.push({ kind: 'word', text: match[4], start, end });
      // `name:nil`: a key, not the word `name` and the symbol `:nil`.
      if (tag[end] === ':' && tag[end + 1] !== ':') {
        out.push({ kind: 'punct', text: ':', start: end, end: end + 1 });
        pattern.lastIndex = end + 1;
      }
    }
    else if (match[5] !== undefined) out.push({ kind: 'punct', text: match[5], start, end });
    if (whole.length === 0) break;
  }
  return out;
}

/** A plain string or symbol's text; null for anything else (a variable, an interpolated string, `nil`). */
const plainText = (token: Token | undefined): string | null =>
  token && (token.kind === 'symbol' || (token.kind === 'string' && token.text !== '\0')) ? token.text : null;

/** The key a hash entry starts with (`key:`, `'key':`, `:key =>`, `'key' =>`), else null. */
function hashKey(token: Token, next: Token | undefined): string | null {
  if (next?.kind !== 'punct') return null;
  const keyed = next.text === ':' ? token.kind === 'word' || token.kind === 'string' : next.text === '=>' && (token.kind === 'symbol' || token.kind === 'string');
  return keyed && token.text !== '\0' ? token.text : null;
}

/**
 * The options hash starting at `tokens[i]` (`key: value, 'key' => value, data: { stripe: 'number' }`), as attributes
 * named `prefix` + key (`data-stripe`); nested hashes of `data` / `aria` become `data-…` / `aria-…`. Returns the
 * index after the hash's last token.
 */
function readOptions(tokens: Token[], i: number, prefix: string, out: HelperOption[]): number {
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.kind === 'punct' && (token.text === '}' || token.text === ')' || token.text === '%>')) return i;
    if (token.kind === 'punct' && token.text === ',') {
      i++;
      continue;
    }
    const key = hashKey(token, tokens[i + 1]);
    if (key === null) {
      i = skipValue(tokens, i);
      continue;
    }
    const name = `${prefix}${key.replaceAll('_', '-').toLowerCase()}`;
    const value = tokens[i + 2];
    if (!value) return i + 2;
    if (value.kind === 'punct' && value.text === '{') {
      const nested = name === 'data' || name === 'aria' ? `${name}-` : null;
      if (nested === null) {
        out.push({ name, value: null, start: value.start, end: value.end });
        i = skipValue(tokens, i + 2);
      } else {
        i = readOptions(tokens, i + 3, nested, out) + 1;
      }
      continue;
    }
    if (value.kind === 'word' && value.text === 'nil') out.push({ name, value: null, start: value.start, end: value.end, nil: true });
    else out.push({ name, value: plainText(value), start: value.start, end: value.end });
    i = skipValue(tokens, i + 2);
  }
  return i;
}

/** The index after the value starting at `tokens[i]` (balanced brackets; up to the next top-level comma). */
function skipValue(tokens: Token[], i: number): number {
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
 * The field a Rails text-entry helper in an output tag renders, or null: `<%= text_field_tag :card_number, nil,
 * name: nil, data: { stripe: 'number' } %>` → an `<input>` with `id` `card_number` (and no name), `data-stripe`
 * `number`. The field name gives `name` and `id` (`f.text_field :cvc` renders `model[cvc]`, whose last segment is
 * the field); options given explicitly win.
 */
export function templateInputField(tag: string): HelperField | null {
  const helper = FIELD_HELPER.exec(tag);
  if (!helper) return emberInputField(tag);
  const [, receiver, name, suffix] = helper;
  if (receiver !== undefined && suffix !== undefined) return null; // `x.text_field_tag`: not Rails'
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
  if (field && fieldName !== null) {
    attributes.push({ name: 'name', value: fieldName, start: field.start, end: field.end });
    attributes.push({ name: 'id', value: fieldName, start: field.start, end: field.end });
  } else if (field) {
    attributes.push({ name: 'name', value: null, start: field.start, end: field.end });
  }
  i = skipValue(tokens, i);
  // `*_tag(name, value, options)`: skip the value (a hash there would be options only for the builder forms).
  if (suffix !== undefined && tokens[i]?.text === ',') {
    const value = tokens[i + 1];
    const valueIsOptions = value && tokens[i + 2]?.kind === 'punct' && (tokens[i + 2]!.text === ':' || tokens[i + 2]!.text === '=>');
    if (!valueIsOptions) i = skipValue(tokens, i + 1);
  }
  if (tokens[i]?.text === ',') readOptions(tokens, i + 1, '', attributes);
  // Options override the field's own name / id; `nil` removes an attribute (`name: nil`: the field is not posted).
  const last = new Map<string, HelperOption>();
  for (const attribute of attributes) last.set(attribute.name, attribute);
  const rendered = [...last.values()].filter((attribute) => !attribute.nil).map(({ name: key, value, start, end }) => ({ name: key, value, start, end }));
  const id = last.get('id');
  const object = receiver === undefined && suffix === undefined ? plainText(tokens[0]) : null;
  return { tag: name === 'text_area' ? 'textarea' : 'input', attributes: rendered, labelKey: id !== attributes[1] || fieldName === null ? idKey(id?.value ?? null) : fieldKey(receiver, object, fieldName) };
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
  if (!helper) return null;
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
