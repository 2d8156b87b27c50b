// Markup generators for fuzzing (tests/quality/markup-fuzz.test.ts: fixed seed, bounded count; scripts/fuzz.ts: long
// runs), linted with `configs.html` + `processors.html` and `configs.vue`:
//  - `htmlDocument`: pages and server templates — doctype or not, nested and malformed elements, attributes with and
//    without values or quotes, inline `<script>`s holding the payment-shaped programs of ./fuzz.ts, `<script src>`
//    with Stripe.js v2 / v3 URLs, card-ish `<input>`s, CSP `<meta>`s, forms, Jinja / Handlebars / EJS / Vue
//    template syntax in text, attribute values and attribute names, entities, CDATA, comments;
//  - `vueComponent`: single-file components — `<template>` with v-bind / `:attr` / `@event` / v-model / v-for /
//    slots / mustaches whose expressions come from ./fuzz.ts, `<script>` and `<script setup lang="ts">` programs,
//    `<style>` and custom blocks, sometimes unclosed.
import type { Linter } from 'eslint';
import fc from 'fast-check';
import { expressions, paymentProgram, STRINGS } from './fuzz.js';
import { describeError } from './harness.js';
import { fixMarkup, lintMarkup, malformedReport } from './markup-harness.js';

const pick = <T>(values: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...values);
const unquote = (literal: string): string => literal.slice(1, -1);

/** Values of ./fuzz.ts's string literals (card numbers, key-shaped strings, Stripe URLs, CSP, TLS values). */
const LITERAL_VALUES = STRINGS.map(unquote);

const SCRIPT_URLS = [
  'https://js.stripe.com/v2/',
  'https://js.stripe.com/v2/stripe.js',
  '//js.stripe.com/v2/',
  'http://js.stripe.com/v2',
  'HTTPS://JS.STRIPE.COM/V2/',
  'https://js.stripe.com/v1/',
  'https://js.stripe.com/v20/',
  'https://js.stripe.com/v3/',
  'https://js.stripe.com/v3',
  'http://js.stripe.com/v3/',
  'https://js.stripe.com/basil/stripe.js',
  'https://js.stripe.com/clover/stripe.js',
  'https://checkout.stripe.com/checkout.js',
  'https://checkout.stripe.com/v2/checkout.js',
  'https://connect-js.stripe.com/v1.0/connect.js',
  'https://js.stripe.com&#47;v2/',
  'https://js.stripe.com/v2/?x=1&amp;y=2',
  ' https://js.stripe.com/v2/ ',
  '/static/js/app.js',
  'data:text/javascript,Stripe.setPublishableKey(1)',
  'javascript:void(0)',
  'http://api.stripe.com/v1/tokens',
  'https://api.stripe.com/v1/charges',
  'http://stripe.com/docs',
  'http://localhost:4242/webhook',
  '',
];
const CARD_NAMES = [
  'cardnumber', 'card-number', 'card_number', 'cardNumber', 'cc-number', 'ccnum', 'card[number]', 'number', 'cvc', 'cvv',
  'cvv2', 'csc', 'card[cvc]', 'exp-month', 'exp_year', 'expiry', 'card-expiry', 'cc-exp', 'pan', 'pin', 'track2',
  'data[card][number]', 'accNumber', 'securityCode', 'email', 'name', 'zip', 'q', 'payment_method',
];
const AUTOCOMPLETE = [
  'cc-number', 'cc-csc', 'cc-exp', 'cc-exp-month', 'cc-exp-year', 'cc-name', 'cc-type', 'off', 'on',
  'section-pay billing cc-number', 'shipping cc-csc', 'CC-NUMBER', 'webauthn cc-number', '',
];
const DATA_STRIPE = ['number', 'cvc', 'exp-month', 'exp-year', 'exp', 'address_zip', 'name'];
const CSP = [
  "script-src 'self' https://js.stripe.com; frame-src https://js.stripe.com https://hooks.stripe.com; connect-src https://api.stripe.com",
  "default-src 'self'",
  "script-src 'self'",
  'script-src *',
  "script-src 'unsafe-inline' 'unsafe-eval' http:",
  "frame-src 'none'; script-src https://js.stripe.com",
  'default-src https:; script-src https://js.stripe.com/v3/',
  'script-src https://*.stripe.com',
  "script-src 'nonce-abc' 'strict-dynamic'",
  'upgrade-insecure-requests',
  ';;;',
  ' ',
  '',
];
const EQUIV = [
  'Content-Security-Policy', 'content-security-policy', 'CONTENT-SECURITY-POLICY',
  'Content-Security-Policy-Report-Only', 'refresh', 'X-UA-Compatible',
];
const SCRIPT_TYPES = [
  '', 'module', 'text/javascript', 'application/javascript', 'TEXT/JAVASCRIPT ', 'application/json',
  'application/ld+json', 'text/template', 'text/x-handlebars-template', 'importmap', 'text/babel',
];
const INPUT_TYPES = ['text', 'tel', 'number', 'password', 'hidden', 'email', 'submit', 'checkbox', 'TEXT', ''];

/** Template syntax that servers and front ends write into pages, balanced and not. */
const TEMPLATE_SNIPPETS = [
  '{{ card.number }}', '{{ STRIPE_PUBLISHABLE_KEY }}', '{{ stripe_key|safe }}', '{{{ raw_html }}}', '{{ url_for("static", filename="app.js") }}',
  '{% csrf_token %}', '{% if user %}', '{% endif %}', '{% for item in cart %}', '{% endfor %}', '{# note #}', '{% raw %}{{ x }}{% endraw %}',
  '<%= stripeKey %>', '<%- include("partials/head") %>', "<%= javascript_include_tag 'https://js.stripe.com/v2/', 'a': 'b' %>",
  '<%= javascript_include_tag("https://js.stripe.com/v1/", \'x => %>',  '<% if (card) { %>', '<% } %>', '<%# comment %>',
  // Rails field helpers (read as the inputs they render), well-formed and broken.
  '<%= text_field_tag :card_number, nil, name: nil %>', "<%= f.text_field :cvc, data: { stripe: 'cvc' }, 'aria-label' => 'CVC' %>",
  '<%= telephone_field_tag(:cc, "", :data => {:stripe => "number"}) %>', '<%= text_field_tag(:x, { a: %>', '<%= f.text_field %>',
  '<%= text_area :payment, :notes, name:nil %>', '<%= password_field_tag "#{x}", nil, placeholder: "Card number" %>',
  // Form builders' blocks (a builder's fields named under their object) and simple_form's inputs, well-formed and broken.
  '<%= form_for :credit_card, url: charges_path do |f| %>', '<%= f.simple_fields_for :card, @order.card do |cc| %>', '<%= form_with scope: :card do |f, %>',
  "<%= cc.input :number, input_html: { data: { stripe: 'number' } } %>", '<%= f.input :cvc, as: :string, label: "CVC" %>', '<% end %>',
  // Rails label helpers and LaravelCollective's Blade helpers (read as labels and inputs), well-formed and broken.
  '<%= label_tag :card_code, "Security Code on Card (CVV)" %>', "<%= f.label :cvc, 'CVC', for: nil %>", '<%= label(:p, %>',
  "{!! Form::text('card_number', null, ['class' => 'form-control', 'required']) !!}", "{{ Form::label('cvc', __('lang.cvc')) }}",
  "{!! Form::password('cvc', array('id' => $id, 'data-stripe' => \"cvc\")) !!}", "{!! Form::input('tel', [ !!}", '{{ Form::text( }}',
  // PHP blocks (fuzz.php pages are blanked before parsing: closed, open to the end, printing, with `?>` in a string)
  '<?php echo $pk; ?>', '<?= htmlspecialchars($card) ?>', '<?php if ($x): ?>', '<?php endif; ?>', '<? $a = "?>"; ?>', '<?php', '?>',
  '{{#if card}}', '{{/if}}', '{{#each items}}', '{{/each}}', '{{> footer}}', '{{!-- hbs comment --}}', '{{else}}',
  '${ card.number }', '[[ vueDelimiters ]]',
  // Blade directives (template syntax in `.blade.php` views, text elsewhere).
  '@if ($errors->has("cvc"))', '@endif', '@json($cart)', '@php $k = 1; @endphp', '@csrf', '@@if', 'billing@example.com', '@money(',
  // Razor (`.cshtml`: comments are template tags, code is text; scripts holding code are templated).
  '@* <input name="cvv"> *@', '@*', '@Model.CardNumber', '@Html.Raw(Json.Serialize(Model))', '@{ var x = a < b; }', '@(card.Number)', '@section Scripts {', '@@',
  '@Html.TextBoxFor(m => m.CardNumber, new { @class = "form-control", data_stripe = "number" })', '@Html.PasswordFor(m => m.', '@Html.TextBox("cvc", null, new {',
  // Unbalanced markers.
  '{{', '}}', '{%', '%}', '<%', '%>', '{#', '#}', '{{ x }', '{% y }}',
];
const ENTITIES = [
  '&amp;', '&lt;', '&gt;', '&quot;', '&#39;', '&#x73;', '&#115;k_live_', '&nbsp;', '&#0;', '&#x110000;', '&#xD800;',
  '&bogus;', '&', '&amp', '&#', '&#x;',
];
const WORDS = [
  'Pay', 'Card number', 'CVC', 'Expiry', 'Total: $10', 'Checkout', 'sk_live', 'pk_test', 'js.stripe.com/v2', 'Stripe',
  '4242 4242 4242 4242', '</', '<', '>', '"', "'", '=', '/>', '\n', '\t', '',
];

const TAGS = [
  'div', 'span', 'p', 'form', 'label', 'button', 'select', 'option', 'textarea', 'fieldset', 'table', 'tr', 'td', 'ul', 'li', 'a', 'iframe',
  'section', 'template', 'svg', 'math', 'noscript', 'object', 'title', 'Input', 'DIV', 'stripe-card', 'my-element', 'x:y', 'a-', '1',
];
const VOID_TAGS = ['input', 'INPUT', 'meta', 'link', 'img', 'br', 'base', 'embed', 'source'];

/** A value made of one to three pieces: literal text, template syntax, entities. */
function valueOf(literal: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { arbitrary: literal, weight: 6 },
    { arbitrary: pick(TEMPLATE_SNIPPETS), weight: 2 },
    { arbitrary: pick(ENTITIES), weight: 1 },
    { arbitrary: pick(LITERAL_VALUES), weight: 1 },
  );
  return fc.array(piece, { minLength: 1, maxLength: 3 }).map((pieces) => pieces.join(''));
}

/** `name`, `name=value`, `name="value"`, `name='value'`, with the value escaped for its quotes (or not). */
function attribute(name: fc.Arbitrary<string>, value: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(name, value, pick(['bare', 'unquoted', 'double', 'single', 'spaced', 'raw'] as const))
    .map(([n, v, form]) => {
      switch (form) {
        case 'bare':
          return n;
        case 'unquoted':
          return `${n}=${v.replace(/[\s"'=<>`]/g, '') || 'x'}`;
        case 'double':
          return `${n}="${v.replaceAll('"', '&quot;')}"`;
        case 'single':
          return `${n}='${v.replaceAll("'", '&#39;')}'`;
        case 'spaced':
          return `${n} = "${v.replaceAll('"', '&quot;')}"`;
        case 'raw': // unescaped quotes: malformed
          return `${n}="${v}"`;
      }
    });
}

const htmlAttribute: fc.Arbitrary<string> = fc.oneof(
  attribute(pick(['src', 'href', 'action', 'formaction', 'data-src', 'SRC']), valueOf(pick(SCRIPT_URLS))),
  attribute(pick(['name', 'id', 'NAME', 'data-name', 'aria-label', 'placeholder']), valueOf(pick(CARD_NAMES))),
  attribute(pick(['autocomplete', 'AutoComplete', 'x-autocompletetype']), valueOf(pick(AUTOCOMPLETE))),
  attribute(pick(['data-stripe']), valueOf(pick(DATA_STRIPE))),
  attribute(pick(['type']), valueOf(pick([...INPUT_TYPES, ...SCRIPT_TYPES]))),
  attribute(pick(['http-equiv', 'HTTP-EQUIV']), valueOf(pick(EQUIV))),
  attribute(pick(['content', 'csp', 'nonce']), valueOf(pick(CSP))),
  attribute(pick(['value', 'data-key', 'data-publishable-key', 'data-stripe-key', 'content', 'title']), valueOf(pick(LITERAL_VALUES))),
  attribute(
    pick(['onclick', 'onsubmit', 'onload']),
    valueOf(pick(['Stripe.card.createToken(this, cb)', "fetch('http://api.stripe.com/v1/tokens')", 'pay()', '{{ handler }}'])),
  ),
  attribute(
    pick(['class', 'style', 'method', 'integrity', 'crossorigin', 'async', 'defer', 'disabled', 'required', 'x-data', ':value', '@click', 'v-model']),
    valueOf(pick(WORDS)),
  ),
  // Template syntax where an attribute name goes: unknown attributes.
  pick([
    '{{ attrs }}', '{% if x %}disabled{% endif %}', '<%= attrs %>', '{{#if required}}required{{/if}}',
    '{{ name }}="{{ value }}"', 'data-{{ k }}=v', '=', '"', '/', '<',
    // Razor code in a start tag (`Fuzz.cshtml`: replaced by a stand-in before parsing), well-formed and broken.
    '@if (Model.Sel) { <text> selected="selected" </text> }', '@if (a) { <text>name="cvc"</text> } else { @:disabled }', '@if (x) { <text>',
    'disabled=@(Model.Page <= 1)', '@(Model.Locked ? "readonly" : "")', '@{ var y = "}"; }', "@foreach (var a in b) { <text>@a='x'</text> }", '@(',
  ]),
);

const attributes: fc.Arbitrary<string> = fc
  .array(htmlAttribute, { maxLength: 4 })
  .chain((list) => pick(['', '\n', '  ', '/']).map((tail) => (list.length ? ` ${list.join(' ')}${tail}` : tail)));

/** Inline JavaScript: the payment programs of ./fuzz.ts, or short page scripts, sometimes holding template markers. */
const inlineJs: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: paymentProgram('js'), weight: 2 },
  {
    arbitrary: pick([
      "Stripe.setPublishableKey('{{ STRIPE_PUBLISHABLE_KEY }}');\nStripe.card.createToken($('#payment-form'), handler);",
      "var stripe = Stripe('<%= publishableKey %>'); var elements = stripe.elements(); elements.create('card').mount('#card');",
      "fetch('http://api.stripe.com/v1/tokens', { method: 'POST', body: 'card[number]=' + form.number.value });",
      'const config = {{ config|tojson }};',
      'var key = "{{ key }}"; if ({{ debug }}) { console.log(key); }',
      "document.write('<script src=\"https://js.stripe.com/v2/\"><\\/script>');",
      "var s = document.createElement('script'); s.src = 'https://js.stripe.com/v2/'; document.head.appendChild(s);",
      "const html = '</script><script>alert(1)</script>';",
      '<!--\nStripe.setPublishableKey(k);\n//-->',
      '{"card": {"number": "4242424242424242"}}',
      '{{#each items}}add({{this}});{{/each}}',
      '<% if (live) { %>Stripe.setPublishableKey("<%= key %>");<% } %>',
      "var cart = @json($cart);\n@if ($live)\n  Stripe.setPublishableKey('{{ $key }}');\n@else\n  console.log(@js($card));\n@endif",
      "@php\n  $pk = config('services.stripe.key');\n@endphp\nvar s = Stripe(@json($pk)); @foreach ($xs as $x) add(@json($x)); @endforeach",
      "var t = @js(['a' => ')']); @unknown(",
      'import { loadStripe } from "https://esm.sh/@stripe/stripe-js"; const stripe = await loadStripe(pk);',
      '',
      '   ',
    ]),
    weight: 3,
  },
);

const CSS = [
  "body { color: red; }", "@import url('http://js.stripe.com/v2/x.css');",
  '.card[data-stripe="number"] { display: none }', '</style', '{{ css }}', '',
];

interface HtmlNodes {
  node: string;
  nodes: string;
}

/** Opening, middle and closing markers of template blocks (Jinja, Handlebars, EJS). */
const TEMPLATE_BLOCKS = [
  ['{% if card %}', '{% else %}', '{% endif %}'],
  ['{{#if card}}', '{{else}}', '{{/if}}'],
  ['<% if (card) { %>', '<% } else { %>', '<% } %>'],
  ['{% block content %}', '', '{% endblock %}'],
] as const;

const htmlTree = fc.letrec<HtmlNodes>((tie) => ({
  nodes: fc.array(tie('node'), { maxLength: 4 }).map((children) => children.join('')),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    // Leaves.
    fc.array(fc.oneof(pick(WORDS), pick(ENTITIES), pick(TEMPLATE_SNIPPETS), pick(LITERAL_VALUES)), { minLength: 1, maxLength: 3 }).map((t) => t.join(' ')),
    fc.tuple(pick(VOID_TAGS), attributes, pick(['>', '/>', ' />', ''])).map(([tag, attrs, end]) => `<${tag}${attrs}${end}`),
    fc.tuple(attributes, inlineJs, pick(['</script>', '</SCRIPT>', '</script >', ''])).map(([attrs, js, end]) => `<script${attrs}>${js}${end}`),
    fc.tuple(pick(SCRIPT_URLS), pick(['', ' async', ' defer', ' type="module"', ' nonce="{{ nonce }}"', ' integrity="sha384-x" crossorigin'])).map(
      ([url, extra]) => `<script src="${url}"${extra}></script>`,
    ),
    fc.tuple(pick(EQUIV), pick(CSP), pick(['"', "'", ''])).map(([equiv, csp, q]) => `<meta http-equiv=${q}${equiv}${q} content=${q || '"'}${csp}${q || '"'}>`),
    fc.tuple(pick(CARD_NAMES), pick(AUTOCOMPLETE), pick(INPUT_TYPES)).map(([name, ac, type]) => `<input type="${type}" name="${name}" autocomplete="${ac}">`),
    fc.tuple(attributes, pick(CSS)).map(([attrs, css]) => `<style${attrs}>${css}</style>`),
    fc.tuple(pick(WORDS), pick(['<!-- ', '<!--', '<!---', '<!--[if lt IE 9]>'])).map(([t, open]) =>
      open === '<!--[if lt IE 9]>' ? `${open}${t} <script src="https://js.stripe.com/v2/"></script><![endif]-->` : `${open}${t} -->`,
    ),
    pick([
      '<!-- unclosed', '<!-->', '<!--->', '<![CDATA[ Stripe.setPublishableKey("x") ]]>', '<![CDATA[',
      '<?xml version="1.0"?>', '<!ELEMENT x>', '</div>', '</>', '<>', '< div>', '<a<b>', '<br/ >', '&', '<',
      '<script', '<script src=', '</script>',
      '<textarea><script src="https://js.stripe.com/v2/"></script></textarea>', '<plaintext>',
      '<title><input name="cardnumber"></title>',
    ]),
    // Elements with children, closed, unclosed or mismatched.
    fc.tuple(pick(TAGS), attributes, tie('nodes'), pick(['match', 'none', 'other', 'upper'] as const)).map(([tag, attrs, children, close]) => {
      const end = close === 'match' ? `</${tag}>` : close === 'none' ? '' : close === 'upper' ? `</${tag.toUpperCase()}>` : '</span>';
      return `<${tag}${attrs}>${children}${end}`;
    }),
    fc.tuple(pick(SCRIPT_URLS), attributes, tie('nodes')).map(
      ([action, attrs, children]) => `<form action="${action}" method="post"${attrs}>${children}<button type="submit">Pay</button></form>`,
    ),
    // Template blocks around content.
    fc.tuple(pick(TEMPLATE_BLOCKS), tie('nodes'), tie('nodes')).map(
      ([[open, middle, close], a, b]) => `${open}${a}${middle}${b}${close}`,
    ),
  ),
}));

/** Markup-significant characters and fragments that mutations insert. */
const MUTATION_INSERTS = [
  '<', '>', '/', '=', '"', "'", '`', '&', ';', '!', '-', '{', '}', '%', '#', ' ', '\n', '\0', '<!--', '-->', '</',
  '/>', '{{', '}}', '<%', '%>', '{%', '%}', '<script>', '</script>', '<![CDATA[', ']]>', '\u2028', '\uD83D', 'é',
];

/**
 * Character-level damage on top of the structured generators: up to three insertions, deletions or duplications at
 * random places, the way real templates break (an edit half done, a marker cut in two). Shrinks towards no damage.
 */
/** Up to `max` character-level mutations (a strict parser, Svelte's, rejects most mutated files: it gets fewer). */
function withMutations(documents: fc.Arbitrary<string>, max = 3): fc.Arbitrary<string> {
  const mutation = fc.tuple(pick(['insert', 'delete', 'duplicate'] as const), fc.nat(), fc.integer({ min: 1, max: 12 }), pick(MUTATION_INSERTS));
  return fc.tuple(documents, fc.array(mutation, { maxLength: max })).map(([text, mutations]) => {
    let out = text;
    for (const [kind, at, length, insert] of mutations) {
      const i = out.length === 0 ? 0 : at % (out.length + 1);
      if (kind === 'insert') out = out.slice(0, i) + insert + out.slice(i);
      else if (kind === 'delete') out = out.slice(0, i) + out.slice(i + length);
      else out = out.slice(0, i + length) + out.slice(i);
    }
    return out;
  });
}

const DOCTYPES = [
  '', '<!DOCTYPE html>\n', '<!doctype html>',
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
  '<!DOCTYPE>', '{% extends "base.html" %}\n', '<%- include("header") %>\n', '\uFEFF',
];

/** An HTML page or fragment (server templates included). */
export const htmlDocument: fc.Arbitrary<string> = withMutations(fc
  .tuple(pick(DOCTYPES), pick(['page', 'fragment', 'head-only'] as const), htmlTree.nodes, htmlTree.nodes)
  .map(([doctype, shape, head, body]) => {
    if (shape === 'fragment') return `${doctype}${head}${body}`;
    if (shape === 'head-only') return `${doctype}<html><head>${head}`;
    return `${doctype}<html lang="en">\n<head><meta charset="utf-8">${head}</head>\n<body>${body}</body>\n</html>\n`;
  }));

// ---------------------------------------------------------------------------------------------------------------
// Vue single-file components

const jsExpression = expressions('js');
/** An expression written into a double-quoted attribute: `"` becomes `&quot;`, which Vue decodes before parsing. */
const boundValue = fc.oneof(
  jsExpression,
  pick([...SCRIPT_URLS, ...CARD_NAMES, ...AUTOCOMPLETE, ...CSP].map((v) => `'${v.replaceAll("'", "\\'")}'`)),
  pick(SCRIPT_URLS).map((url) => `\`${url}\``),
  pick([
    '`https://js.stripe.com/${version}/`', '`${base}/v2/`',
    "cond ? 'https://js.stripe.com/v2/' : 'https://js.stripe.com/v3/'", '[a, b]', '{ a: 1 }', '', ')', 'card.number',
  ]),
).map((expression) => expression.replaceAll('"', '&quot;'));

const vueAttribute: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: htmlAttribute.filter((a) => !/[{}%]/.test(a)), weight: 3 },
  {
    arbitrary: fc
      .tuple(
        pick([':', 'v-bind:', ':', '.']),
        pick([
          'src', 'href', 'name', 'id', 'autocomplete', 'data-stripe', 'content', 'http-equiv', 'type', 'value', 'key',
          'class', 'style', 'is', 'AutoComplete', 'for',
        ]),
        pick(['', '.prop', '.camel', '.attr']),
        boundValue,
      )
      .map(([prefix, name, modifier, value]) => `${prefix}${name}${modifier}="${value}"`),
    weight: 4,
  },
  fc.tuple(pick(['v-bind', ':[key]', 'v-bind:[attr]', ':[`name`]', 'v-bind:']), boundValue).map(([name, value]) => `${name}="${value}"`),
  fc
    .tuple(
      pick(['@click', '@submit.prevent', 'v-on:input', '@[event]', 'v-on', '@keyup.enter']),
      pick(['pay', 'pay(card)', 'e => card.number = e.target.value', 'stripe.createToken({ number: card.number, cvc: card.cvc })',
        'Stripe.card.createToken(form, cb)', "$emit('pay')", 'x++', '']),
    )
    .map(([name, value]) => `${name}="${value}"`),
  fc
    .tuple(pick(['v-model', 'v-model.trim', 'v-model.lazy', 'v-model:value', 'v-model.number']), pick(['card.number', 'form.cvc', 'cardNumber', 'model[key]', 'x']))
    .map(([name, value]) => `${name}="${value}"`),
  pick([
    'v-if="card"', 'v-else-if="x"', 'v-else', 'v-show="ok"', 'v-for="(item, i) in items"', 'v-for="n in 10"',
    'v-for="x of"', 'v-slot:default="{ card }"', '#header', '#[dyn]="p"', 'v-html="raw"', 'v-text="card.number"',
    'v-pre', 'v-once', 'v-cloak', 'ref="cardEl"', 'v-custom:arg.mod="x"', 'v-bind:src', ':src', '@', ':', 'v-',
    'v-model',
  ]),
);

const vueAttributes = fc.array(vueAttribute, { maxLength: 4 }).map((list) => (list.length ? ` ${list.join(' ')}` : ''));

const VUE_TAGS = [
  'div', 'form', 'label', 'span', 'template', 'component', 'CardElement', 'stripe-element-card', 'StripeCheckout',
  'transition', 'slot', 'keep-alive', 'p', 'a', 'iframe', 'select', 'textarea',
];

const vueTree = fc.letrec<HtmlNodes>((tie) => ({
  nodes: fc.array(tie('node'), { maxLength: 4 }).map((children) => children.join('')),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .array(
        fc.oneof(pick(WORDS.filter((w) => w !== '<')), pick(ENTITIES), jsExpression.map((e) => `{{ ${e} }}`), pick(['{{ card.number }}', '{{', '}}', '{{ }}', '{{ a }} {{ b'])),
        { minLength: 1, maxLength: 3 },
      )
      .map((t) => t.join(' ')),
    fc.tuple(pick(VOID_TAGS), vueAttributes, pick(['>', '/>', ' />'])).map(([tag, attrs, end]) => `<${tag}${attrs}${end}`),
    fc.tuple(pick(['script', 'style']), vueAttributes, pick(['Stripe.setPublishableKey(k)', '', '{{ x }}'])).map(([tag, attrs, content]) => `<${tag}${attrs}>${content}</${tag}>`),
    fc.tuple(pick(VUE_TAGS), vueAttributes, tie('nodes'), pick(['match', 'match', 'none', 'other', 'self'] as const)).map(([tag, attrs, children, close]) =>
      close === 'self' ? `<${tag}${attrs} />` : `<${tag}${attrs}>${children}${close === 'match' ? `</${tag}>` : close === 'other' ? '</div>' : ''}`,
    ),
    pick([
      '<!-- comment -->', '<!-- unclosed', '</div>', '<', '<![CDATA[x]]>', '&',
      '<input name="cardnumber" autocomplete="cc-number">',
      '<meta http-equiv="Content-Security-Policy" content="script-src \'self\'">',
    ]),
  ),
}));

/** `<script>` blocks of an SFC: options API or `<script setup>`, JavaScript or TypeScript (or TSX). */
const vueScript: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(['<script>', '<script lang="js">', '<script setup>']), paymentProgram('js')).map(([open, program]) => `${open}\n${program}\n</script>`),
  fc
    .tuple(pick(['<script lang="ts">', '<script setup lang="ts">', '<script lang="ts" setup>', '<script setup lang="ts" generic="T extends string">']), paymentProgram('ts'))
    .map(([open, program]) => `${open}\n${program}\n</script>`),
  fc.tuple(pick(['<script lang="tsx">', '<script lang="jsx">']), paymentProgram('tsx')).map(([open, program]) => `${open}\n${program}\n</script>`),
  pick([
    '<script>\nexport default { data() { return { card: { number: \'\', cvc: \'\' } }; }, methods: { pay() { Stripe.card.createToken(this.card, () => {}); } } };\n</script>',
    '<script setup lang="ts">\nimport { loadStripe } from \'@stripe/stripe-js\';\n' +
      "const stripe = await loadStripe('pk_test_123');\nconst card = defineModel<{ number: string }>();\n</script>",
    '<script src="./checkout.js"></script>',
    '<script>\n</script>',
    '<script setup lang="ts">\nconst x = {{ y }};\n</script>',
    '<script',
  ]),
);

const VUE_EXTRA_BLOCKS = [
  '', '<style scoped>\n.card { color: red; }\n</style>',
  '<style lang="scss">\n@import url("http://js.stripe.com/v2/x.css");\n</style>',
  '<i18n lang="json">{ "pay": "{{ x }}" }</i18n>', '<docs>\n# Card form\n</docs>',
  '<custom-block><input name="cardnumber"></custom-block>', '<!-- a top-level comment -->', 'stray text',
];

/** A Vue single-file component. */
// ---------------------------------------------------------------------------------------------------------------
// Pug templates (configs.pug: processors.pug writes the page, configs.html's reading lints it; and Vue's
// `<template lang="pug">` where vue-eslint-parser's Pug tokenizer is installed)

/** An attribute value as Pug writes it: a JavaScript expression (string literals, template literals, names, calls…). */
const pugValue: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.tuple(pick([...CARD_NAMES, ...SCRIPT_URLS, ...CSP, ...AUTOCOMPLETE, ...DATA_STRIPE, ...INPUT_TYPES, ...EQUIV]), pick(['"', "'", '`'])).map(([v, q]) => `${q}${v.replaceAll('\\', '\\\\').replaceAll(q, `\\${q}`)}${q}`), weight: 6 },
  { arbitrary: pick(LITERAL_VALUES).map((v) => JSON.stringify(v)), weight: 1 },
  pick(['card.number', 'user.cvc', 'true', 'false', 'null', '1', '`cvc${i}`', "'card_' + i", "{ a: 'b' }", "['a', b]", 'fn("x")', '`${a}`', '"a\\nb"', "'\\u0063vc'"]),
);
const pugAttribute: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(['name', 'id', 'type', 'data-stripe', 'autocomplete', 'placeholder', 'src', 'href', 'action', 'http-equiv', 'content', 'value', 'class', 'data-key', ':value', '@click', 'v-model', '(ngModel)']), pick(['=', '!=', ' = ']), pugValue).map(
    ([name, eq, value]) => `${name}${eq}${value}`,
  ),
  pick(['required', 'disabled', 'checked', 'async', "'data-x'='y'", '"quoted-name"="v"']),
);
const pugAttributes: fc.Arbitrary<string> = fc
  .uniqueArray(pugAttribute, { maxLength: 4, selector: (attribute) => attribute.split(/[=!\s]/)[0] })
  .chain((list) => pick([' ', ', ', '\n    ', ',']).map((separator) => (list.length ? `(${list.join(separator)})` : '')));
const PUG_TAGS = ['div', 'form', 'label', 'span', 'p', 'a', 'iframe', 'select', 'textarea', 'button', 'fieldset', 'Input', 'my-card'];
const PUG_SHORTHANDS = ['', '.form-control', '#card-number', '#cvc.small', '.row.card', '#payment-form'];
const PUG_TEXT = [...WORDS.filter((w) => !w.includes('\n')), '#{total}', '!{raw}', '#[strong Card]', '#[input(name="cvc")]', '\\#{x}'];
/** Lines of a Pug tree, each node's children indented two spaces more. */
const pugTree = fc.letrec<{ node: string[]; nodes: string[] }>((tie) => ({
  nodes: fc.array(tie('node'), { maxLength: 4 }).map((children) => children.flat()),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(pick(['input', 'input', 'meta', 'img', 'link']), pick(PUG_SHORTHANDS), pugAttributes, pick(['', '/', '&attributes(attrs)'])).map(([tag, short, attrs, tail]) => [`${tag}${short}${attrs}${tail}`]),
    fc.tuple(pick(CARD_NAMES), pick(AUTOCOMPLETE)).map(([name, ac]) => [`input(type="text" name="${name}" autocomplete="${ac}")`]),
    fc.tuple(pick(SCRIPT_URLS), pick(['', ' async', ' type="module"'])).map(([url, extra]) => [`script(src="${url}"${extra})`]),
    fc.tuple(pick(EQUIV), pick(CSP)).map(([equiv, csp]) => [`meta(http-equiv="${equiv}" content="${csp}")`]),
    fc.tuple(pick(['script.', 'script(type="module").', 'script(type="text/template").', 'style.']), inlineJs).map(([open, js]) => [open, ...js.split('\n').map((line) => `  ${line}`)]),
    fc.array(pick(PUG_TEXT), { minLength: 1, maxLength: 3 }).map((words) => [`| ${words.join(' ')}`]),
    pick(['<input name="cvc">', '<script src="https://js.stripe.com/v2/"></script>', '<div>', '</div>', '- var card = { number: 1 }', '= card.number', '!= raw', '//- hidden', '// shown <input name="cvc">', 'include ./card-fields', 'doctype html', '+cardField("cvc")', 'block content', 'yield']).map((line) => [line]),
    fc.tuple(pick(PUG_TAGS), pick(PUG_SHORTHANDS), pugAttributes, pick(['', ' Card number', '= label', '.', ':']), tie('nodes')).map(([tag, short, attrs, text, children]) => [
      `${tag}${short}${attrs}${text}`,
      ...children.map((line) => `  ${line}`),
    ]),
    fc.tuple(pick(['if card', 'unless saved', 'each field in fields', 'while n--', 'mixin cardField(name)', 'block content', '+cardField("cvc")(placeholder="CVC")']), tie('nodes'), tie('nodes')).map(([head, a, b]) => [
      head,
      ...a.map((line) => `  ${line}`),
      ...(head.startsWith('if') || head.startsWith('each') ? ['else', ...b.map((line) => `  ${line}`)] : []),
    ]),
  ),
}));

export const vueComponent: fc.Arbitrary<string> = withMutations(fc
  .tuple(
    pick(['<template>', '<template lang="html">', '<template functional>', '<template lang="pug">', '']),
    fc.oneof({ arbitrary: vueTree.nodes, weight: 4 }, pugTree.nodes.map((lines) => lines.join('\n'))),
    pick(['</template>', '</template>', '']),
    fc.array(vueScript, { maxLength: 2 }),
    pick(VUE_EXTRA_BLOCKS),
    fc.boolean(),
  )
  .map(([open, body, close, scripts, extra, scriptsFirst]) => {
    const template = open ? `${open}\n${body}\n${close}` : body;
    const parts = scriptsFirst ? [...scripts, template, extra] : [template, ...scripts, extra];
    return parts.join('\n');
  }));

// ---------------------------------------------------------------------------------------------------------------
// Svelte components

/** A JavaScript expression in a Svelte `{…}` (braces inside strings and objects are balanced by the parser). */
const svelteExpression = fc.oneof(
  jsExpression,
  pick([...SCRIPT_URLS, ...CARD_NAMES, ...AUTOCOMPLETE, ...CSP].map((v) => `'${v.replaceAll("'", "\\'")}'`)),
  pick(['card.number', 'form.cvc', 'cardNumber', 'x', '`https://js.stripe.com/${v}/`', '{ a: 1 }', 'a ? b : c', '']),
);

const svelteAttribute: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: htmlAttribute.filter((a) => !/[{}%]/.test(a)), weight: 3 },
  {
    arbitrary: fc
      .tuple(pick(['src', 'href', 'name', 'id', 'autocomplete', 'data-stripe', 'content', 'http-equiv', 'type', 'value', 'placeholder', 'class', 'for']), svelteExpression)
      .map(([name, value]) => `${name}={${value}}`),
    weight: 3,
  },
  fc.tuple(pick(['src', 'name', 'placeholder', 'content', 'for', 'id']), pick(SCRIPT_URLS), svelteExpression).map(([name, text, value]) => `${name}="${text.replaceAll('"', '')}{${value}}"`),
  fc.tuple(pick(['bind:value', 'bind:group', 'bind:this', 'bind:checked']), pick(['card.number', 'form.cvc', 'cardNumber', 'card[key]', 'x'])).map(([name, value]) => `${name}={${value}}`),
  fc.tuple(pick(['on:click', 'on:submit|preventDefault', 'onclick', 'oninput', 'use:action', 'transition:fade', 'class:active', 'style:color']), svelteExpression).map(
    ([name, value]) => `${name}={${value}}`,
  ),
  pick(['{...props}', '{...$$restProps}', '{value}', '{name}', '{id}', 'bind:value', 'on:click', 'class:x', '{@attach tip}', 'this={tag}', 'disabled', 'value="x"']),
);

/** The name an attribute sets (Svelte rejects an element that sets one twice; spreads may repeat). */
const svelteAttributeName = (attribute: string): string =>
  attribute.startsWith('{...') ? attribute : (/^\{(\w+)\}$/.exec(attribute)?.[1] ?? attribute.split(/[={]/)[0]!.replace(/^bind:/, '').toLowerCase());
const svelteAttributes = fc
  .uniqueArray(svelteAttribute, { maxLength: 4, selector: svelteAttributeName })
  .map((list) => (list.length ? ` ${list.join(' ')}` : ''));

const SVELTE_TAGS = ['div', 'form', 'label', 'span', 'p', 'a', 'iframe', 'select', 'textarea', 'CardElement', 'svelte:boundary'];

const svelteTree = fc.letrec<HtmlNodes>((tie) => ({
  nodes: fc.array(tie('node'), { maxLength: 4 }).map((children) => children.join('')),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(fc.oneof(pick(WORDS.filter((w) => w !== '<' && w !== '{' && w !== '}')), pick(ENTITIES), svelteExpression.map((e) => `{${e}}`)), { minLength: 1, maxLength: 3 }).map((t) => t.join(' ')),
    fc.tuple(pick(VOID_TAGS), svelteAttributes, pick(['>', '/>', ' />'])).map(([tag, attrs, end]) => `<${tag}${attrs}${end}`),
    fc.tuple(pick(SVELTE_TAGS), svelteAttributes, tie('nodes'), pick(['match', 'match', 'self'] as const)).map(([tag, attrs, children, close]) =>
      close === 'self' ? `<${tag}${attrs} />` : `<${tag}${attrs}>${children}</${tag}>`,
    ),
    fc.tuple(pick(['{#if card}', '{#each items as item (item.id)}', '{#await promise}', '{#key card}', '{#snippet row(x)}']), tie('nodes'), tie('nodes')).map(
      ([open, a, b]) => {
        const block = open.slice(2, open.indexOf(' '));
        const middle = block === 'if' || block === 'each' ? '{:else}' : block === 'await' ? '{:then value}' : '';
        return `${open}${a}${middle}${middle ? b : ''}{/${block}}`;
      },
    ),
    fc.tuple(pick(EQUIV), pick(CSP)).map(([equiv, csp]) => `<meta http-equiv="${equiv}" content="${csp.replaceAll('"', '')}" />`),
    fc.tuple(pick(CARD_NAMES), pick(AUTOCOMPLETE), pick(INPUT_TYPES)).map(([name, ac, type]) => `<input type="${type}" name="${name}" autocomplete="${ac}" />`),
    pick([
      '<!-- comment -->', '<!-- sk_live_51Hq8ZtLkR2vN7mWxT6gHs2Lp4KfQ9rXyZ3aBcD -->', '{@html raw}', '{@render row(card)}', '{@const n = card.number}',
      '{@debug card}', '<svelte:element this="input" name="cvc" />',
      '<input bind:value={card.number} />', '<img src="http://q.stripe.com/p.gif" alt="" />',
    ]),
  ),
}));

/** The instance `<script>` of a component (at most one), JavaScript or TypeScript. */
const svelteScript: fc.Arbitrary<string> = fc.oneof(
  paymentProgram('js').map((program) => `<script>\n${program}\n</script>`),
  fc.tuple(pick(['<script lang="ts">', '<script lang="ts" generics="T extends string">']), paymentProgram('ts')).map(([open, program]) => `${open}\n${program}\n</script>`),
  pick([
    "<script>\n  import { loadStripe } from '@stripe/stripe-js';\n  export let card = { number: '', cvc: '' };\n  let stripe;\n  $: total = card.number.length;\n</script>",
    "<script lang=\"ts\">\n  let { card = $bindable() }: { card: { number: string } } = $props();\n  const masked = $derived(card.number.slice(-4));\n</script>",
    '<script>\n</script>',
    '',
  ]),
);

/** Top-level only, once each: the module script, `<svelte:head>` (Stripe.js, CSPs), `<svelte:window>`. */
const svelteModuleScript = pick(['', '<script context="module">\n  export const prerender = true;\n</script>', '<script module>\n  export const key = \'pk_test_123\';\n</script>']);
const svelteHead = fc.oneof(
  fc.constant(''),
  fc
    .tuple(pick(SCRIPT_URLS), pick(['', ' async', ' defer']), pick(EQUIV), pick(CSP), pick(['<title>Pay</title>', '']))
    .map(([url, extra, equiv, csp, title]) => `<svelte:head>${title}<script src="${url}"${extra}></script><meta http-equiv="${equiv}" content="${csp.replaceAll('"', '')}" /></svelte:head>`),
);

export const svelteComponent: fc.Arbitrary<string> = withMutations(fc
  .tuple(svelteModuleScript, svelteScript, svelteHead, svelteTree.nodes, pick(['', '<svelte:window on:keydown={pay} />']), pick(['', '<style>\n.card { color: red; }\n</style>']), fc.boolean())
  .map(([moduleScript, script, head, body, window, style, scriptsFirst]) =>
    (scriptsFirst ? [moduleScript, script, head, window, body, style] : [head, body, window, script, moduleScript, style]).filter(Boolean).join('\n'),
  ), 1);

// ---------------------------------------------------------------------------------------------------------------
// Astro components

/** An Astro attribute: plain HTML ones, `{…}` values and shorthands, spreads, directives. */
const astroAttribute: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: htmlAttribute.filter((a) => !/[{}%]/.test(a)), weight: 3 },
  {
    arbitrary: fc
      .tuple(pick(['src', 'href', 'name', 'id', 'autocomplete', 'data-stripe', 'content', 'http-equiv', 'type', 'value', 'placeholder', 'for']), svelteExpression)
      .map(([name, value]) => `${name}={${value === '' ? 'x' : value}}`),
    weight: 3,
  },
  fc.tuple(pick(['class:list', 'set:html', 'set:text', 'transition:name', 'server:defer']), svelteExpression).map(([name, value]) => `${name}={${value === '' ? 'x' : value}}`),
  pick(['{...props}', '{...Astro.props}', '{name}', '{value}', 'client:load', 'client:visible', 'client:only="react"', 'is:raw', 'slot="head"', 'disabled', 'value="x"']),
);
const astroAttributes = fc
  .uniqueArray(astroAttribute, { maxLength: 4, selector: svelteAttributeName })
  .map((list) => (list.length ? ` ${list.join(' ')}` : ''));

/** Text: astro-eslint-parser reads the template as TSX, where `<`, `>`, `{` and `}` in text do not parse. */
const ASTRO_WORDS = WORDS.filter((w) => !/[<>{}]/.test(w));
const ASTRO_TAGS = ['div', 'form', 'label', 'span', 'p', 'a', 'iframe', 'select', 'textarea', 'Fragment', 'Layout', 'CardForm'];

const ASTRO_CLASSIC_SCRIPTS = [
  "Stripe.setPublishableKey(key);\nStripe.card.createToken(document.getElementById('payment-form'), handler);",
  "var stripe = Stripe(key); var elements = stripe.elements(); elements.create('card').mount('#card');",
  "fetch('http://api.stripe.com/v1/tokens', { method: 'POST', body: 'card[number]=' + form.number.value });",
  "var s = document.createElement('script'); s.src = 'https://js.stripe.com/v2/'; document.head.appendChild(s);",
  "document.querySelector('#pay').addEventListener('submit', function () { console.log(document.getElementById('cvc').value); });",
  "localStorage.setItem('card', JSON.stringify({ number: cardNumber, cvc: cvc }));",
  '<!--\nStripe.setPublishableKey(k);\n//-->',
  '',
];

/** A `<script>` as Astro has them: processed (TypeScript), `is:inline` (classic or module), with `define:vars`, or with `src`. */
const astroScript: fc.Arbitrary<string> = fc.oneof(
  paymentProgram('ts').map((program) => `<script>\n${program}\n</script>`),
  fc.tuple(pick(['<script is:inline type="module">', '<script type="module">']), paymentProgram('js')).map(([open, program]) => `${open}\n${program}\n</script>`),
  // Classic scripts, as the browser runs them: no import or export.
  fc.tuple(pick(['<script is:inline>', '<script define:vars={{ key }}>', '<script data-astro-rerun>']), pick(ASTRO_CLASSIC_SCRIPTS)).map(([open, program]) => `${open}\n${program}\n</script>`),
  fc.tuple(pick(SCRIPT_URLS), pick(['', ' is:inline', ' async', ' defer'])).map(([url, extra]) => `<script src="${url}"${extra}></script>`),
  pick(['<script type="application/ld+json">{"@type": "Product"}</script>', '<script>\n</script>', '<script is:inline>Stripe.setPublishableKey(\'pk_test_123\');</script>']),
);

const astroTree = fc.letrec<HtmlNodes>((tie) => ({
  nodes: fc.array(tie('node'), { maxLength: 4 }).map((children) => children.join('')),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(fc.oneof(pick(ASTRO_WORDS), pick(ENTITIES), svelteExpression.map((e) => `{${e}}`)), { minLength: 1, maxLength: 3 }).map((t) => t.join(' ')),
    fc.tuple(pick(VOID_TAGS), astroAttributes, pick(['>', '/>', ' />'])).map(([tag, attrs, end]) => `<${tag}${attrs}${end}`),
    fc.tuple(pick(ASTRO_TAGS), astroAttributes, tie('nodes'), pick(['match', 'match', 'self'] as const)).map(([tag, attrs, children, close]) =>
      close === 'self' ? `<${tag}${attrs} />` : `<${tag}${attrs}>${children}</${tag}>`,
    ),
    fc.tuple(pick(['{card && (', '{items.map((item) => (', '{paid ? (']), tie('nodes')).map(([open, inner]) => {
      const element = `<div>${inner}</div>`;
      return open.startsWith('{items') ? `${open}${element}))}` : open.startsWith('{paid') ? `${open}${element}) : null}` : `${open}${element})}`;
    }),
    fc.tuple(pick(EQUIV), pick(CSP)).map(([equiv, csp]) => `<meta http-equiv="${equiv}" content="${csp.replaceAll('"', '')}" />`),
    fc.tuple(pick(CARD_NAMES), pick(AUTOCOMPLETE), pick(INPUT_TYPES)).map(([name, ac, type]) => `<input type="${type}" name="${name}" autocomplete="${ac}" />`),
    astroScript,
    pick([
      '<!-- comment -->', '<!-- sk_live_51Hq8ZtLkR2vN7mWxT6gHs2Lp4KfQ9rXyZ3aBcD -->', '<Fragment set:html={raw} />', '<slot />', '<slot name="head" />',
      '<input value={card.number} />', '<img src="http://q.stripe.com/p.gif" alt="" />', '<style>.card { color: red; }</style>',
    ]),
  ),
}));

/** The frontmatter (server code, TypeScript, read as TSX: no `<T>x` assertions) between `---` fences, or none. */
const astroFrontmatter: fc.Arbitrary<string> = fc.oneof(
  paymentProgram('tsx').map((program) => `---\n${program}\n---`),
  pick([
    '',
    "---\nimport Layout from '../layouts/Layout.astro';\nconst { card } = Astro.props;\nconst key = import.meta.env.PUBLIC_STRIPE_KEY;\n---",
    "---\nimport Stripe from 'stripe';\nconst stripe = new Stripe(import.meta.env.STRIPE_SECRET_KEY);\nconst session = await stripe.checkout.sessions.create({ mode: 'payment' });\nreturn Astro.redirect(session.url!);\n---",
    '---\n---',
  ]),
);

export const astroComponent: fc.Arbitrary<string> = withMutations(fc
  .tuple(astroFrontmatter, astroTree.nodes, fc.array(astroScript, { maxLength: 2 }), pick(['', '<html><head><title>Pay</title></head><body></body></html>']))
  .map(([frontmatter, body, scripts, page]) => [frontmatter, body, ...scripts, page].filter(Boolean).join('\n')), 1);

/** A Pug (or Jade) template: an Express app's view, a layout, a partial. */
export const pugTemplate: fc.Arbitrary<string> = withMutations(
  fc
    .tuple(pick(['', 'doctype html', 'extends layout', 'extends ../layouts/main']), pugTree.nodes, pick(['\n', '\r\n']))
    .map(([head, lines, eol]) => [head, ...lines].filter(Boolean).join(eol)),
  2,
);

// ---------------------------------------------------------------------------------------------------------------
// Haml views (configs.haml: processors.haml writes the ERB page, configs.html's reading lints it)

/** A Ruby value in an attribute hash: strings (with and without interpolation), symbols, numbers, booleans, calls. */
const rubyValue: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.tuple(pick([...CARD_NAMES, ...SCRIPT_URLS, ...CSP, ...AUTOCOMPLETE, ...DATA_STRIPE, ...INPUT_TYPES, ...EQUIV]), pick(['"', "'"])).map(([v, q]) => `${q}${v.replaceAll('\\', '\\\\').replaceAll(q, `\\${q}`)}${q}`), weight: 6 },
  pick([':cvc', ':card_number', '20', 'true', 'false', 'nil', '@card.number', 'field', '"card_#{i}"', "t('.cvc')", '{ stripe: "cvc" }', '[1, 2]', '"a\\"b"']),
);
const hamlKey = pick(['name', 'id', 'type', 'autocomplete', 'placeholder', 'src', 'content', 'value', 'class', 'data', 'aria', 'http-equiv', 'data-stripe', 'for']);
const hamlHash: fc.Arbitrary<string> = fc
  .uniqueArray(fc.tuple(hamlKey, pick(['new', 'old', 'string'] as const), rubyValue), { maxLength: 4, selector: ([key]) => key })
  .chain((entries) =>
    pick([', ', ',\n    ', ',']).map((separator) =>
      entries
        .map(([key, form, value]) => (form === 'new' && /^[\w]+$/.test(key) ? `${key}: ${value}` : form === 'old' && /^[\w]+$/.test(key) ? `:${key} => ${value}` : `'${key}' => ${value}`))
        .join(separator),
    ),
  )
  .map((body) => `{ ${body} }`);
const hamlHtmlAttributes: fc.Arbitrary<string> = fc
  .uniqueArray(fc.tuple(pick(['name', 'type', 'data-stripe', 'autocomplete', 'src']), pugValue), { maxLength: 3, selector: ([key]) => key })
  .map((list) => `(${list.map(([key, value]) => `${key}=${value}`).join(' ')})`);
/** Rails helpers as Haml writes their output (`= text_field_tag :card_number`), from the ERB snippets' Ruby. */
const RUBY_OUTPUT = TEMPLATE_SNIPPETS.filter((snippet) => snippet.startsWith('<%=') && snippet.endsWith('%>')).map((snippet) => snippet.slice(3, -2).trim());
const hamlTree = fc.letrec<{ node: string[]; nodes: string[] }>((tie) => ({
  nodes: fc.array(tie('node'), { maxLength: 4 }).map((children) => children.flat()),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(pick(['%input', '%input.form-control', '%input#cvc', '%meta', '%script', '#card-number', '.field']), fc.option(hamlHash), fc.option(hamlHtmlAttributes), pick(['', '/', '<', '>'])).map(([tag, hash, list, tail]) => [
      `${tag}${hash ?? ''}${list ?? ''}${tail}`,
    ]),
    fc.tuple(pick(['=', '!=', '&=', '~']), pick(RUBY_OUTPUT)).map(([marker, code]) => [`${marker} ${code}`]),
    fc.tuple(pick([':javascript', ':css', ':plain', ':markdown']), inlineJs).map(([filter, js]) => [filter, ...js.split('\n').map((line) => `  ${line}`)]),
    fc.array(pick([...WORDS.filter((w) => !w.includes('\n')), '#{total}', '\\#{x}', '#{', 'Card number']), { minLength: 1, maxLength: 3 }).map((words) => [words.join(' ')]),
    pick(['!!! 5', '-# hidden %input{ name: "cvc" }', '/ %input{ name: "cvc" }', "= render 'card_fields'", '- @items.each do |item|', '<input name="cvc">', '\\%input', '%', '.', '= f.text_field :card_number,']).map((line) => [line]),
    fc.tuple(pick(['%form', '%div', '%label', '%p', '.row', '#payment-form', '%fieldset', "= form_tag charges_path, id: 'payment-form' do", '= f.simple_fields_for :credit_card do |cc|', '- if @live', '-#', '/']), fc.option(hamlHash), pick(['', ' Card number', '= label']), tie('nodes')).map(
      ([head, hash, text, children]) => [`${head}${head.startsWith('%') || head.startsWith('.') || head.startsWith('#') ? (hash ?? '') : ''}${text}`, ...children.map((line) => `  ${line}`)],
    ),
  ),
}));

/** A Haml view: a Rails app's page, layout or partial. */
export const hamlTemplate: fc.Arbitrary<string> = withMutations(
  fc.tuple(hamlTree.nodes, pick(['\n', '\r\n'])).map(([lines, eol]) => lines.join(eol)),
  2,
);

// ---------------------------------------------------------------------------------------------------------------

export interface MarkupTally {
  programs: number;
  /** (program, preset) pairs linted without a fatal message. */
  linted: number;
  /** Pairs with a fatal message: a script (inline or SFC) that does not parse; the rest of a page is still linted. */
  parseErrors: number;
  /** Reports by our rules: proof that the generated markup reaches past the rules' early exits. */
  reports: number;
  /** Pairs on which ESLint or a parser throws without our rules too (not ours). */
  eslintCrashes: number;
  /** Pairs whose fixes were applied and checked. */
  fixed: number;
}

export const newMarkupTally = (): MarkupTally => ({ programs: 0, linted: 0, parseErrors: 0, reports: 0, eslintCrashes: 0, fixed: 0 });

const PLUGIN_PREFIX = 'stripe-pci/';

/**
 * The name a generated page is linted under: `.html` (every engine's template markers) or a template extension whose
 * `configs.html` entry parses with one engine's markers only, picked from the page itself so that runs replay.
 */
export function htmlFuzzFilename(page: string): string {
  const names = ['fuzz.html', 'fuzz.hbs', 'fuzz.ejs', 'fuzz.njk', 'fuzz.blade.php', 'fuzz.php', 'Fuzz.cshtml'];
  return names[page.length % names.length]!;
}

/**
 * Lint one page or component with each preset (e.g. the markup config with its recommended rules and with every
 * rule); throws, with the program, when one of our rules or our processor throws or makes a report outside the text.
 * When our rules offer fixes, the program is also fixed as `eslint --fix` would: the fixes must converge (no fix left
 * after ESLint's passes: a fix applied at a wrong offset would not remove its problem) and must not break parsing.
 */
export function lintMarkupProgram(
  program: string,
  filename: string,
  linter: Linter,
  presets: ReadonlyArray<readonly Linter.Config[]>,
  tally: MarkupTally,
): void {
  tally.programs++;
  for (const preset of presets) {
    const outcome = lintMarkup(linter, preset, program, filename);
    if (outcome.kind === 'crash') {
      throw new Error(`Rule exception on ${filename}:\n${describeError(outcome.error)}\n--- program ---\n${program}`);
    }
    if (outcome.kind === 'eslint-crash') {
      tally.eslintCrashes++;
      continue;
    }
    const malformed = malformedReport(outcome.messages, program);
    if (malformed) throw new Error(`Malformed report on ${filename}: ${malformed}\n--- program ---\n${program}`);
    if (outcome.parseErrors > 0) tally.parseErrors++;
    else tally.linted++;
    const ours = outcome.messages.filter((m) => m.ruleId?.startsWith(PLUGIN_PREFIX));
    tally.reports += ours.length;
    if (ours.some((m) => m.fix)) checkFixes(program, filename, linter, preset, outcome.parseErrors, tally);
  }
}

function checkFixes(program: string, filename: string, linter: Linter, preset: readonly Linter.Config[], parseErrors: number, tally: MarkupTally): void {
  const fixed = fixMarkup(linter, preset, program, filename);
  if (fixed.kind === 'eslint-crash' || fixed.kind === 'crash') {
    throw new Error(`Exception while fixing ${filename}:\n${describeError(fixed.error)}\n--- program ---\n${program}`);
  }
  tally.fixed++;
  const left = fixed.messages.find((m) => m.ruleId?.startsWith(PLUGIN_PREFIX) && m.fix);
  if (left) {
    const where = `${left.ruleId} at ${left.line}:${left.column}`;
    throw new Error(`Fixes do not converge on ${filename}: ${where} still offers a fix\n--- output ---\n${fixed.output}\n--- program ---\n${program}`);
  }
  const fatal = fixed.messages.filter((m) => m.fatal).length;
  if (fatal > parseErrors) {
    const error = fixed.messages.find((m) => m.fatal)!.message;
    throw new Error(`Fixed ${filename} does not parse: ${error}\n--- output ---\n${fixed.output}\n--- program ---\n${program}`);
  }
}
