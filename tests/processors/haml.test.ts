import type { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.js';
import { hamlPage, hamlProcessor } from '../../src/processors/haml.js';
import { applied, lintWith, summary } from './lint-markup.js';

const lint = (code: string, filePath = 'app/views/charges/new.html.haml', options: { all?: boolean; fix?: boolean } = {}): Promise<ESLint.LintResult> =>
  lintWith('haml', code, filePath, options);

const pageOf = (text: string): string => hamlPage(text).page.text;

// A Rails app's subscription form before Elements (the shape of the Railscasts Stripe episode, in Haml): Stripe.js v2
// from a view helper, a CSP meta, a card-number input, the CVC and expiry through form helpers, and the token script.
const RAILS_CHARGES = readFileSync(new URL('../fixtures/markup/rails-charges.html.haml', import.meta.url), 'utf8');

describe('hamlPage', () => {
  it('writes tags, shorthands, both hash syntaxes, HTML-style lists, text and Ruby output as the ERB page Haml renders', () => {
    const template = [
      '!!! 5',
      '%form#pay.card.wide{ action: "/charge", :method => :post, "data-turbo" => false, data: { stripe_form: true, key: @key } }',
      '  %label{ for: "cc" } Card #{label}',
      '  %input#cc(type="text" name=field data-stripe="number" required)/',
      '  .row= f.text_field :cvc, placeholder: "CVC"',
      '  - if @saved',
      '    %p Saved card',
      '  - else',
      '    %input{ name: "cvc", size: 4, autofocus: true, hidden: nil }',
      '  %button{ type: "submit", class: ["btn", size] }<',
      '    Pay',
      '  \\= not Ruby',
      '  <input name="raw">',
      '  %input{ **field_options, name: "cc_cvv" }',
    ].join('\n');
    expect(pageOf(template)).toBe(
      '<!DOCTYPE html><form id="pay" class="card wide" action="/charge" method="post" data-stripe-form data-key="<%= _ %>">' +
        '<label for="cc">Card <%= _ %></label>' +
        '<input id="cc" type="text" name="<%= _ %>" data-stripe="number" required/>' +
        '<div class="row"><%= f.text_field :cvc, placeholder: "CVC" %></div>' +
        '<p>Saved card</p><input name="cvc" size="4" autofocus>' +
        '<button type="submit" class="<%= _ %>">Pay</button>= not Ruby<input name="raw"><input name="cc_cvv" <%= _ %>></form>',
    );
  });

  it('reads keys written as quoted symbols and JSON-style quoted keys (real-world batch 341)', () => {
    expect(pageOf(`%input{ :type => "text", :"data-stripe" => "number", :'aria-label' => :'Card number', "size": 20 }`)).toBe(
      '<input type="text" data-stripe="number" aria-label="Card number" size="20">',
    );
    // Interpolated: the key is not known.
    expect(pageOf('%input{ :"data-#{kind}" => "cvc", name: "x" }')).toBe('<input name="x" <%= _ %>>');
  });

  it('leaves out comments and filters other than :javascript and :css, and reads attribute hashes and lists over several lines', () => {
    const template = [
      '-# %input{ name: "cvc" }',
      '  %input{ name: "card_number" }',
      '/ %input{ name: "cvc" }',
      ':markdown',
      '  # Card number',
      ':css',
      '  .cvc { width: 4em }',
      '%input{ type: "text",',
      '  name: "cvc",',
      '  autocomplete: "cc-csc" }',
      '= text_field_tag :card_number,',
      '  nil, name: nil',
      '%script(src="https://checkout.stripe.com/checkout.js" class="stripe-button"',
      '  data-key="#{key}")',
    ].join('\n');
    expect(pageOf(template)).toBe(
      '<style>  .cvc { width: 4em }\n</style><input type="text" name="cvc" autocomplete="cc-csc"><%= text_field_tag :card_number,\n  nil, name: nil %>' +
        '<script src="https://checkout.stripe.com/checkout.js" class="stripe-button" data-key="<%= _ %>"></script>',
    );
  });

  it('says where a page offset came from: a tag or an attribute at its key, a literal and Ruby output character by character', () => {
    const template = '.field\n  %input{ name: "cvc", type: "text" }\n  = f.text_field :card_number';
    const { page } = hamlPage(template);
    const at = (text: string): number => page.text.indexOf(text);
    expect(page.text).toBe('<div class="field"><input name="cvc" type="text"><%= f.text_field :card_number %></div>');
    expect(page.source(at('<input'), false)).toEqual({ line: 2, column: 3 });
    expect(page.source(at(' name'), false)).toEqual({ line: 2, column: 11 });
    expect(page.source(at('cvc'), false)).toEqual({ line: 2, column: 18 });
    expect(page.source(at(':card_number'), false)).toEqual({ line: 3, column: 18 });
  });

  it('reads a template of ten thousand inputs in time linear in its size', () => {
    const template = `%form\n${Array.from({ length: 10_000 }, (_, i) => `  %input{ name: "field${i}", type: "text" }`).join('\n')}`;
    const started = performance.now();
    const text = pageOf(template);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(text.split('<input').length - 1).toBe(10_000);
  });

  it('reads broken templates without throwing', () => {
    for (const broken of ['%input{ name: "cvc"', '%input(name="cvc"', '= f.text_field :a,', '%', '.', '#{', '%p #{x', ':javascript', '\t%input\n  \t%p', '%input{ "a" => }', '%input{ ], name: "cvc" }']) {
      expect(() => pageOf(broken), broken).not.toThrow();
    }
  });
});

describe('configs.haml', () => {
  it('has the template entry with the processor, the page entry with the HTML parser (ERB markers) and processor, and the script entries', () => {
    expect(plugin.configs.haml.map((entry) => [entry.name, entry.files, entry.rules])).toEqual([
      ['stripe-pci/haml', ['**/*.haml'], plugin.configs.recommended.rules],
      ['stripe-pci/haml-pages', ['**/*.haml/**/*.html.erb'], plugin.configs.recommended.rules],
      ['stripe-pci/haml-scripts', expect.arrayContaining(['**/*.html.erb/[0-9]*_script.js']), plugin.configs.recommended.rules],
      ['stripe-pci/haml-module-scripts', expect.arrayContaining(['**/*.html.erb/[0-9]*_script.mjs']), plugin.configs.recommended.rules],
    ]);
    expect(plugin.configs.haml[0]!.processor).toBe(plugin.processors.haml);
    expect(plugin.configs.haml[1]!.languageOptions).toMatchObject({ parserOptions: { templateEngineSyntax: { '<%': '%>' } } });
  });
});

describe('processors.haml', () => {
  it("reports a Rails subscription form's Stripe.js v2, CSP and card fields where they are written in the view", async () => {
    expect(summary(await lint(RAILS_CHARGES))).toEqual([
      // `= javascript_include_tag 'https://js.stripe.com/v2/'`
      'stripe-pci/no-stripe-js-v2:stripeJsV2Script@2:29-2:54',
      // the meta's policy: frame-src and connect-src fall back to default-src 'self'
      'stripe-pci/require-stripe-csp:missingStripeSources@3:63-3:81',
      'stripe-pci/require-stripe-csp:missingStripeSources@3:63-3:81',
      // `%input#card_number{ …, data: { stripe: 'number' }, autocomplete: 'cc-number' }`
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@11:77-11:102',
      // `= text_field_tag :card_code, nil, name: nil`, labelled 'Security Code on Card (CVV)'
      'stripe-pci/no-raw-card-inputs:rawCardInput@14:23-14:32',
      // the :javascript filter's Stripe.js v2 calls
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@23:3-23:27',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@25:5-25:28',
    ]);
    const lines = RAILS_CHARGES.split('\n');
    expect(lines[10]!.slice(76, 101)).toBe("autocomplete: 'cc-number'");
    expect(lines[13]!.slice(22, 31)).toBe('card_code');
  });

  it('rewrites a string literal of the template for a suggestion, and fixes the code of a :javascript filter', async () => {
    const template = "%script{ src: 'https://js.stripe.com/v2/' }\n:javascript\n  fetch('http://api.stripe.com/v1/tokens');\n";
    const result = await lint(template, 'app/views/pay.html.haml', { all: true });
    expect(summary(result)).toEqual([
      'stripe-pci/no-stripe-js-v2:stripeJsV2Script@1:16-1:41',
      'stripe-pci/require-https-stripe-urls:insecureStripeUrl@3:10-3:31',
    ]);
    const suggestion = result.messages[0]!.suggestions![0]!;
    expect(applied(template, suggestion.fix).split('\n')[0]).toBe("%script{ src: 'https://js.stripe.com/dahlia/stripe.js' }");
    expect((await lint(template, 'app/views/pay.html.haml', { all: true, fix: true })).output).toBe(template.replace('http://api', 'https://api'));
  });

  it('places reports and fixes on the lines ESLint counts in a template holding U+2028, which Haml reads as no line break (markup fuzz seed 6902)', async () => {
    const template = '\u2028%form\r\n  %form\r\n    %input{  }(name="//js.stripe.com/v2/")\r\n  = stripeKey';
    const result = await lint(template, 'app/views/pay.html.haml', { all: true });
    expect(summary(result)).toEqual(['stripe-pci/require-https-stripe-urls:protocolRelativeStripeUrl@4:22-4:37']);
    expect(result.messages[0]!.fix).toEqual({ range: [38, 38], text: 'https:' });
    expect((await lint(template, 'app/views/pay.html.haml', { all: true, fix: true })).output).toBe(template.replace('"//js', '"https://js'));
  });

  it('stays quiet on an Elements page, a gift card form and commented-out fields', async () => {
    const elements = "= javascript_include_tag 'https://js.stripe.com/v3/'\n= form_tag charges_path, id: 'payment-form' do\n  %label{ for: 'card-element' } Credit or debit card\n  #card-element\n  = submit_tag 'Pay'";
    expect(summary(await lint(elements, 'app/views/charges/new.html.haml', { all: true }))).toEqual([]);
    const giftCard = "%h1 Check a gift card balance\n= form_tag gift_cards_balance_path do\n  = label_tag :card_number, 'Gift card number'\n  = text_field_tag :card_number\n  = label_tag :pin, 'PIN'\n  = text_field_tag :pin";
    expect(summary(await lint(giftCard, 'app/views/gift_cards/balance.html.haml', { all: true }))).toEqual([]);
    expect(summary(await lint('-# %input{ name: "cvc" }\n/ %input{ name: "card_number" }', undefined, { all: true }))).toEqual([]);
  });

  it("reads simple_form's inputs as in ERB (real-world batch HI: `cc.input :cvv`)", async () => {
    const template = [
      '= simple_form_for @charge do |f|',
      '  = f.input :amount',
      '  = f.simple_fields_for :card do |cc|',
      "    = cc.input :number, label: 'Card number'",
      '    = cc.input :cvv, input_html: { maxlength: 4 }',
      "  = f.input :card_number, label: 'Gift card number'",
    ].join('\n');
    expect(summary(await lint(template, 'app/views/charges/new.html.haml'))).toEqual([
      'stripe-pci/no-raw-card-inputs:rawCardInput@4:17-4:23',
      'stripe-pci/no-raw-card-inputs:rawCardInput@5:17-5:20',
    ]);
  });

  it("names a builder's fields under the object its block names (real-world batch HI: Braintree's `cc.input :number`)", async () => {
    const template = [
      '= simple_form_for @transaction, url: transactions_path do |f|',
      '  = f.input :amount',
      '  = f.simple_fields_for :credit_card, @transaction.credit_card do |cc|',
      "    = cc.input :number, input_html: { 'data-encrypted-name' => true }",
      '    = cc.input :cardholder_name',
      '  = f.simple_fields_for :billing, @transaction.billing do |ba|',
      '    = ba.input :number',
    ].join('\n');
    expect(summary(await lint(template, 'app/views/transactions/_form.html.haml'))).toEqual(['stripe-pci/no-raw-card-inputs:rawCardInput@4:17-4:23']);
  });

  it('leaves unknown what only Ruby knows (limitations)', async () => {
    // limitation: a name computed by Ruby (`name: field`) is an unknown value, as a template's output is.
    expect(summary(await lint('%form\n  %input{ type: "text", name: field }\n  %input{ name: "card_" + part }'))).toEqual([]);
    // limitation: a splat in a hash (`**field_options`) may set anything (`type: 'hidden'`), as a page's unknown
    // attribute does.
    expect(summary(await lint('%form\n  %input{ **field_options, name: "cc_cvv" }\n  %input{ name: "cc_cvv", **field_options }'))).toEqual([]);
    // limitation: a partial's fields are read in the partial's own file, not where it is rendered.
    expect(summary(await lint("= form_tag charges_path do\n  = render 'card_fields'"))).toEqual([]);
  });

  it('hands the page block to the html processor under a name the page entry matches', () => {
    expect(hamlProcessor.preprocess!('%input{ name: "cvc" }', 'app/views/pay.html.haml')).toEqual([{ text: '<input name="cvc">', filename: 'pay.html.haml.html.erb' }]);
    expect(hamlProcessor.postprocess!([[]], 'app/views/pay.html.haml')).toEqual([]);
  });
});
