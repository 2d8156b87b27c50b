import type { ESLint, Linter } from 'eslint';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import plugin from '../../index.js';
import { requirePug } from '../../src/markup-configs.js';
import { jadeOneAsPug, pugPage, pugProcessor, pugScripts, staticAttributeValue } from '../../src/processors/pug.js';
import { applied, lintWith, summary } from './lint-markup.js';

const lint = (code: string, filePath = 'views/checkout.pug', options: { all?: boolean; fix?: boolean } = {}): Promise<ESLint.LintResult> =>
  lintWith('pug', code, filePath, options);

/** Does Pug read the template? */
const pugParses = (text: string): boolean => {
  const { lex, parse } = requirePug();
  try {
    parse(lex(text, { filename: 'x.pug' }), { filename: 'x.pug', src: text });
    return true;
  } catch {
    return false;
  }
};

/** The page of a template that Pug reads. */
const pageOf = (text: string): string => {
  const result = pugPage(text, 'views/x.pug');
  if ('error' in result) throw new Error(result.error.message);
  return result.page.text;
};

// An Express app's checkout view before Elements (the shape of Stripe's old Express tutorials): a layout, a mixin, a
// Stripe.js v2 form with its own card inputs, and the script that tokenises them.
const EXPRESS_CHECKOUT = readFileSync(new URL('../fixtures/markup/express-checkout.pug', import.meta.url), 'utf8');

describe('staticAttributeValue', () => {
  it('reads string literals as Pug evaluates them, and template literals with their holes as template output', () => {
    expect(staticAttributeValue('"card_number"')).toBe('card_number');
    expect(staticAttributeValue("'cvc'")).toBe('cvc');
    expect(staticAttributeValue(' "x" ')).toBe('x');
    expect(staticAttributeValue("'it\\'s'")).toBe("it's");
    expect(staticAttributeValue('"a\\x41\\u0042\\n"')).toBe('aAB\n');
    expect(staticAttributeValue('`card`')).toBe('card');
    expect(staticAttributeValue('`cvc${i}`')).toBe('cvc{{ _ }}');
    expect(staticAttributeValue('`${a}-${ {b: 1}.b }`')).toBe('{{ _ }}-{{ _ }}');
  });

  it('answers null for every other expression', () => {
    for (const expression of ['name', "'card_' + i", '"a" + "b"', '1', 'true', 'fn("x")', '`open${a`', '"', "'a\\", '']) {
      expect(staticAttributeValue(expression), expression).toBeNull();
    }
  });
});

describe('pugPage', () => {
  it('writes tags, merged shorthands, static and unknown attribute values, text and code as the page Pug renders', () => {
    const template = [
      'doctype html',
      'form#pay.card.wide(action="/charge" class="js-form" data-x=total disabled checked=false)',
      '  label(for="cc") Card #{label}',
      '  input#cc(type="text" name=`card_${i}` data-stripe=\'number\' maxlength=19)&attributes(extra)',
      '  p= total',
      '  - var hidden = true',
      '  if hidden',
      '    input(name="a")',
      '  else',
      '    input(name="b")/',
      '  // a buffered comment',
      '  //- an unbuffered one',
      '  <input name="raw">',
      '  +field("cvc")',
      '  include ./partials/footer',
    ].join('\n');
    expect(pageOf(template)).toBe(
      '<!DOCTYPE html><form id="pay" class="card wide js-form" action="/charge" data-x="{{ _ }}" disabled>' +
        '<label for="cc">Card {{ _ }}</label>' +
        '<input id="cc" type="text" name="card_{{ _ }}" data-stripe="number" maxlength="19" {{ _ }}>' +
        '<p>{{ _ }}</p><input name="a"><input name="b"/><!-- a buffered comment--><input name="raw"></form>',
    );
  });

  it('places raw HTML lines one after another (one text node to Pug) each on its own line', async () => {
    expect(summary(await lint('form\n  <input name="cvc">\n    <input name="card_number">', 'views/raw.pug'))).toEqual([
      'stripe-pci/no-raw-card-inputs:rawCardInput@2:10-2:20',
      'stripe-pci/no-raw-card-inputs:rawCardInput@3:12-3:30',
    ]);
  });

  it('keeps a script block as written, its interpolations as template output', () => {
    expect(pageOf("script.\n  Stripe.setPublishableKey('#{key}');\n  go();")).toBe("<script>Stripe.setPublishableKey('{{ _ }}');\ngo();</script>");
    expect(pageOf('script(src="https://js.stripe.com/v2/")')).toBe('<script src="https://js.stripe.com/v2/"></script>');
  });

  it("quotes a value with the other quote, and writes neither an interpolated tag's name nor a mixin's call", () => {
    expect(pageOf(`input(placeholder='say "hi"' title="it's" alt='both \\' "' data-x=\`a"b'c\`)`)).toBe(`<input placeholder='say "hi"' title="it's" alt="both ' &quot;" data-x="a&quot;b'c">`);
    expect(pageOf('#{tag}(name="cvc")\n  span x')).toBe('<span>x</span>');
    expect(pageOf('mixin card(n)\n  input(name="cvc")\n+card(1)')).toBe('<input name="cvc">');
  });

  it('says where a page offset came from: a tag or an attribute at its start, copied text character by character', () => {
    const template = 'div\n  input(name="cvc" type="text")\n  | Card number';
    const result = pugPage(template, 'x.pug');
    if ('error' in result) throw new Error(result.error.message);
    const { page } = result;
    const offset = (text: string): number => page.text.indexOf(text);
    expect(page.text).toBe('<div><input name="cvc" type="text">Card number</div>');
    expect(page.source(offset('<input'), false)).toEqual({ line: 2, column: 3 });
    expect(page.source(offset('cvc'), false)).toEqual({ line: 2, column: 15 });
    expect(page.source(offset('cvc') + 3, true)).toEqual({ line: 2, column: 18 });
    expect(page.source(offset(' type'), false)).toEqual({ line: 2, column: 20 });
    // The end of the start tag is the end of the tag's attributes as written.
    expect(page.source(offset('>Card'), false)).toEqual({ line: 2, column: 3 });
    expect(page.source(offset('>Card') + 1, true)).toEqual({ line: 2, column: 31 });
    expect(page.source(offset('number'), false)).toEqual({ line: 3, column: 10 });
  });

  it("keeps pug-parser's style warnings off the console, and leaves console.warn as it was", () => {
    const warn = vi.spyOn(console, 'warn');
    try {
      // A `.jade` include and a tag with two attribute lists: pug-parser warns about both.
      expect(pageOf('include includes/head.jade\ninput(name="cvc")(type="text")')).toBe('<input name="cvc" type="text">');
      expect(warn).not.toHaveBeenCalled();
      expect(console.warn).toBe(warn);
    } finally {
      warn.mockRestore();
    }
  });

  it('reads a template Pug rejects again as Jade 1 read it: doctype, dashed loops, script and style blocks, lines indented to no open level', () => {
    const jadeOne = [
      '!!! 5',
      'html',
      '  head',
      '    style',
      '      body { padding-top: 60px; }',
      '  body',
      '    - each error in errors',
      '      p.error= error',
      '    form(action="/pay",',
      '         method="post")',
      '      div.form-row',
      '        label',
      '          | Credit Card Number',
      '       div.col-sm-10',
      '          input(id="creditCardNumber", type="text", name="creditCardNumber").form-control',
      '    script.',
      '       var a = 1;',
      '     var b = 2;',
    ].join('\n');
    expect(jadeOneAsPug(jadeOne)).toEqual({
      text: jadeOne
        .replace('!!! 5', 'doctype html')
        .replace('    style\n', '    style.\n')
        .replace('    - each', '    each')
        .replace('       div.col-sm-10', '      div.col-sm-10'),
      shifts: [0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0],
    });
    // A template Pug reads is left as it is; the page of one it rejects is Jade 1's, at the template's own columns.
    expect(jadeOneAsPug('div\n  p x')).toBeNull();
    // (`div.col-sm-10` at 7 columns closes back to the form's level, 6: a sibling of the row, as in Jade 1.)
    expect(pageOf(jadeOne)).toContain('<div class="form-row"><label>Credit Card Number</label></div><div class="col-sm-10"><input id="creditCardNumber"');
  });

  it('reports in a Jade 1 template at the columns it is written at', async () => {
    const template = 'form\n  div\n    label Card number\n   div\n      input(type="text", name="ccnumber")\n  - each i in items\n    input(name="cvc")';
    expect(summary(await lint(template, 'views/pay.jade'))).toEqual([
      'stripe-pci/no-raw-card-inputs:rawCardInput@5:26-5:41',
      'stripe-pci/no-raw-card-inputs:rawCardInput@7:11-7:21',
    ]);
    expect(template.split('\n')[4]!.slice(25, 40)).toBe('name="ccnumber"');
  });

  it("reads an include's block where it is written, and an include without an extension and with a block as Jade read it", () => {
    // Pug reads `include ../layout` (no extension) as a raw file's, which takes no block; Jade read it as a template's,
    // whose `yield` the block fills (real-world batch HH: an Express shop's account views).
    const jadeInclude = 'include ../layout\n  form(action="/pay")\n    input(name="card_number")\n';
    expect(pugParses(jadeInclude)).toBe(false);
    expect(jadeOneAsPug(jadeInclude)).toEqual({ text: jadeInclude.replace('../layout', '../layout.pug'), shifts: [0, 0, 0, 0] });
    expect(pageOf(jadeInclude)).toBe('<form action="/pay"><input name="card_number"></form>');
    expect(pageOf('include mixins/form.pug\n  p Pay')).toBe('<p>Pay</p>');
    // A filtered include, and one with an extension or with no block, are left as Pug reads them.
    expect(jadeOneAsPug('include:markdown-it notes\n  p x\n!!! 5')?.text).toBe('include:markdown-it notes\n  p x\ndoctype html');
    expect(jadeOneAsPug('include ../layout\np x\n!!! 5')?.text).toBe('include ../layout\np x\ndoctype html');
  });

  it('reads a line that is no tag as text, as Jade before 1.0 did, at the columns it is written at', async () => {
    const template = ['.price', '  $25', 'p You paid $', '  span= charge', '  !', 'form', '  &nbsp;<input name="cvc">'].join('\n');
    expect(pugParses(template)).toBe(false);
    expect(pageOf(template)).toBe('<div class="price">$25</div><p>You paid $<span>{{ _ }}</span>!</p><form>&nbsp;<input name="cvc"></form>');
    expect(summary(await lint(template, 'views/pay.jade'))).toEqual(['stripe-pci/no-raw-card-inputs:rawCardInput@7:16-7:26']);
    expect(template.split('\n')[6]!.slice(15, 25)).toBe('name="cvc"');
    // Any other error stands: text at a line's first character only.
    expect(pugPage('div\n  p(class=)', 'x.pug')).toEqual({ error: expect.objectContaining({ line: 2 }) });
  });

  it("gives Pug's error and place for a template it rejects, and reads the deepest templates without throwing", () => {
    expect(pugPage('div\n  input(name="cvc"\n', 'x.pug')).toEqual({ error: expect.objectContaining({ line: expect.any(Number), column: expect.any(Number) }) });
    expect(pugPage('a(href=)', 'x.pug')).toEqual({ error: expect.objectContaining({ message: expect.any(String) }) });
    const deep = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}div`).join('\n');
    expect(() => pugPage(deep, 'x.pug')).not.toThrow();
  });

  it('writes a template of ten thousand inputs, and finds where each came from, in time linear in its size', () => {
    // Pug's own lexer takes about a second per 10,000 lines here: the tree is built once, outside the time taken, at a
    // size where work quadratic in the inputs would take minutes.
    const template = `form\n${Array.from({ length: 10_000 }, (_, i) => `  input(name="field${i}" type="text")`).join('\n')}`;
    const { lex, parse } = requirePug();
    const tree = parse(lex(template, { filename: 'x.pug' }), { filename: 'x.pug', src: template });
    const started = performance.now();
    const result = pugPage(template, 'x.pug', { lex: () => [], parse: () => tree });
    if ('error' in result) throw new Error(result.error.message);
    const { page } = result;
    const found: unknown[] = [];
    let offset = -1;
    for (let i = 0; i < 10_000; i++) {
      offset = page.text.indexOf('"field', offset + 1);
      found.push(page.source(offset + 1, false));
    }
    // Timed: the page and its lookups, not the assertions (ten thousand of them take about half a second themselves).
    const elapsed = performance.now() - started;
    expect(found).toEqual(Array.from({ length: 10_000 }, (_, i) => ({ line: i + 2, column: 15 })));
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('configs.pug', () => {
  it('has the template entry with the processor, the page entry with the HTML parser and processor, and the script entries', () => {
    expect(plugin.configs.pug.map((entry) => [entry.name, entry.files, entry.rules])).toEqual([
      ['stripe-pci/pug', ['**/*.pug', '**/*.jade'], plugin.configs.recommended.rules],
      ['stripe-pci/pug-pages', ['**/*.pug/**/*.html', '**/*.jade/**/*.html'], plugin.configs.recommended.rules],
      ['stripe-pci/pug-scripts', expect.arrayContaining(['**/*.html/[0-9]*_script.js']), plugin.configs.recommended.rules],
      ['stripe-pci/pug-module-scripts', expect.arrayContaining(['**/*.html/[0-9]*_script.mjs']), plugin.configs.recommended.rules],
    ]);
    expect(plugin.configs.pug[0]!.processor).toBe(plugin.processors.pug);
    expect(plugin.configs.pug[1]!.processor).toBe(plugin.processors.html);
  });
});

describe('processors.pug', () => {
  it("reports an Express checkout view's Stripe.js v2 form where its code is in the template", async () => {
    const result = await lint(EXPRESS_CHECKOUT);
    expect(summary(result)).toEqual([
      // `meta(http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' https://code.jquery.com")`:
      // frame-src and connect-src fall back to default-src, then script-src.
      'stripe-pci/require-stripe-csp:missingStripeSources@4:54-4:72',
      'stripe-pci/require-stripe-csp:missingStripeSources@4:54-4:72',
      'stripe-pci/require-stripe-csp:missingStripeSources@4:74-4:115',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Script@5:15-5:40',
      // `input(type="text" size="20" data-stripe="number" autocomplete="cc-number")`, `input(…, data-stripe="cvc")`
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@21:60-21:84',
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@25:40-25:57',
      // `Stripe.setPublishableKey('#{stripePublishableKey}')` and `Stripe.card.createToken(…)` in the `script.` block
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@37:5-37:29',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@41:7-41:30',
    ]);
    const lines = EXPRESS_CHECKOUT.split('\n');
    expect(lines[20]!.slice(59, 83)).toBe('autocomplete="cc-number"');
    expect(lines[36]!.slice(4, 28)).toBe('Stripe.setPublishableKey');
  });

  it("rewrites a literal's text in the template for a suggestion, and each output is a template Pug reads", async () => {
    const result = await lint(EXPRESS_CHECKOUT);
    const outputs = result.messages.flatMap((m) => (m.suggestions ?? []).map((s) => applied(EXPRESS_CHECKOUT, s.fix).split('\n')[m.line - 1]));
    expect(outputs).toEqual([
      `  meta(http-equiv="Content-Security-Policy" content="default-src 'self'; frame-src 'self' https://js.stripe.com https://hooks.stripe.com https://*.js.stripe.com; script-src 'self' https://code.jquery.com")`,
      `  meta(http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self' https://api.stripe.com; script-src 'self' https://code.jquery.com")`,
      `  meta(http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' https://code.jquery.com https://js.stripe.com https://*.js.stripe.com")`,
      '  script(src="https://js.stripe.com/dahlia/stripe.js")',
    ]);
    for (const message of result.messages) for (const s of message.suggestions ?? []) expect(pugParses(applied(EXPRESS_CHECKOUT, s.fix))).toBe(true);
    // The script's calls have none: the script holds an interpolation, so its code is only known once Pug renders it.
    expect(result.messages.filter((m) => m.line > 30).every((m) => m.suggestions === undefined && m.fix === undefined)).toBe(true);
  });

  it("fixes a script block's code in the template, and the fixed template lints clean of it", async () => {
    const template = "block scripts\n  script.\n    fetch('http://api.stripe.com/v1/charges', { method: 'POST' });\n";
    const result = await lint(template, 'views/pay.pug', { all: true, fix: true });
    expect(result.output).toBe("block scripts\n  script.\n    fetch('https://api.stripe.com/v1/charges', { method: 'POST' });\n");
    expect(summary(await lint(template, 'views/pay.pug', { all: true, fix: false }))).toEqual(['stripe-pci/require-https-stripe-urls:insecureStripeUrl@3:12-3:33']);
  });

  it("finds an inline script's code in the template at its place, also after a U+2028, which Pug reads as no line break", () => {
    const template = 'p Pay\u2028 now\nscript.\n  Stripe.setPublishableKey(key);\n';
    expect(pugScripts(template, 'pay.pug')).toEqual([{ offset: 21, text: 'Stripe.setPublishableKey(key);', name: 'script.js' }]);
  });

  it('moves an edit of a copied literal or script line into the template, and drops one that could break it', () => {
    const template = "meta(content='script-src a.com')\nscript.\n  go('x');\ninput(name=kind)";
    const [block] = pugProcessor.preprocess!(template, 'views/edit.pug') as Array<{ text: string }>;
    const page = block!.text;
    expect(page).toBe("<meta content=\"script-src a.com\"><script>go('x');</script><input name=\"{{ _ }}\">");
    const at = (text: string): number => page.indexOf(text);
    const message = (range: [number, number], text: string, index: number): Linter.LintMessage => ({
      ruleId: `edit-${index}`,
      message: 'm',
      severity: 2,
      line: 1,
      column: range[0] + 1,
      fix: { range, text },
    });
    const edits: Array<[[number, number], string]> = [
      [[at('a.com') + 5, at('a.com') + 5], ' https://js.stripe.com'], // an insertion at the literal's end
      [[at('a.com'), at('a.com') + 5], "'self'"], // a quote of the literal: dropped
      [[at('a.com'), at('a.com') + 1], '\\'], // a backslash: dropped
      [[at("'x'"), at("'x'") + 3], '"y"'], // in a script's code: no literal's quote to keep
      [[at('{{ _ }}'), at('{{ _ }}') + 7], 'kind'], // template output: not the template's text
      [[at('<meta'), at('a.com')], ''], // across pieces: dropped
    ];
    const out = pugProcessor.postprocess!([edits.map(([range, text], index) => message(range, text, index))], 'views/edit.pug');
    const byEdit = new Map(out.map((m) => [m.ruleId, m.fix && applied(template, m.fix)]));
    expect(edits.map((_, index) => byEdit.get(`edit-${index}`))).toEqual([
      "meta(content='script-src a.com https://js.stripe.com')\nscript.\n  go('x');\ninput(name=kind)",
      undefined,
      undefined,
      'meta(content=\'script-src a.com\')\nscript.\n  go("y");\ninput(name=kind)',
      undefined,
      undefined,
    ]);
  });

  it('reads both branches of a conditional, loops, mixins, raw HTML lines and Jade files', async () => {
    const template = [
      'mixin cardFields',
      '  input(name="card_number" placeholder="Card number")',
      'form(action="/pay" method="post")',
      '  if saved',
      '    p Paying with your saved card',
      '  else',
      '    each field in fields',
      '      <input name="cvc" placeholder="CVC">',
      '    +cardFields',
    ].join('\n');
    // The mixin's input is reported at its call, `+cardFields`.
    const expected = ['stripe-pci/no-raw-card-inputs:rawCardInput@8:14-8:24', 'stripe-pci/no-raw-card-inputs:rawCardInput@9:5-9:16'];
    expect(summary(await lint(template))).toEqual(expected);
    expect(summary(await lint(template, 'views/pay.jade'))).toEqual(expected);
  });

  it("writes a mixin defined in the template out at each call, with the string arguments it is passed, and a library's definitions as they are", async () => {
    const template = [
      'mixin field(label, name, type = "text")',
      '  .form-group',
      '    label(for=name)= label',
      '    input.form-control(id=name name=name type=type placeholder=`Your ${label}`)',
      '    block',
      'mixin cardBox',
      '  fieldset',
      "    +field('Card number', 'card_number')",
      "    +field('CVC', 'cvc', 'tel')",
      '      small 3 digits',
      'form(action="/pay" method="post")',
      "  +field('Name on card', 'cardholder')",
      '  +cardBox',
      '  +field(label, fieldName)',
    ].join('\n');
    expect(pageOf(template)).toBe(
      '<form action="/pay" method="post">' +
        '<div class="form-group"><label for="cardholder">Name on card</label><input class="form-control" id="cardholder" name="cardholder" type="text" placeholder="Your Name on card"></div>' +
        '<fieldset><div class="form-group"><label for="card_number">Card number</label><input class="form-control" id="card_number" name="card_number" type="text" placeholder="Your Card number"></div>' +
        '<div class="form-group"><label for="cvc">CVC</label><input class="form-control" id="cvc" name="cvc" type="tel" placeholder="Your CVC"><small>3 digits</small></div></fieldset>' +
        '<div class="form-group"><label for="{{ _ }}">{{ _ }}</label><input class="form-control" id="{{ _ }}" name="{{ _ }}" type="text" placeholder="Your {{ _ }}"></div></form>',
    );
    // Both card fields are reported at `+cardBox`, the call that renders them.
    expect(summary(await lint(template))).toEqual(['stripe-pci/no-raw-card-inputs:rawCardInput@13:3-13:11', 'stripe-pci/no-raw-card-inputs:rawCardInput@13:3-13:11']);
    // A file of mixins that calls none of them (included by the pages): each definition as one call would render it.
    const library = 'mixin cvcField\n  input(name="cvc" autocomplete="cc-csc")\nmixin recursive(n)\n  +recursive(n)\n  input(name=n)';
    expect(summary(await lint(library, 'views/mixins/forms.pug'))).toEqual(['stripe-pci/no-raw-card-inputs:rawCardInput@2:20-2:41']);
    expect(pageOf('mixin a(x)\n  +a(x)\n  p= x\n+a("cvc")')).toBe('<p>cvc</p>');
  });

  it('says a template Pug rejects is unreadable, with its place', async () => {
    const result = await lint('form\n  input(name="cvc"\n', 'views/bad.pug');
    expect(result.messages).toEqual([
      { ruleId: null, fatal: true, severity: 2, message: 'Parsing error: The end of the string reached with no closing bracket ) found.', line: 3, column: 1 },
    ]);
  });

  it('stays quiet on an Elements checkout and on a gift card page', async () => {
    const elements = [
      'extends layout',
      'block content',
      '  form#payment-form',
      '    label(for="card-element") Credit or debit card',
      '    #card-element',
      '    #card-errors(role="alert")',
      '    button Submit Payment',
      '  script(src="https://js.stripe.com/v3/")',
      '  script.',
      "    const stripe = Stripe('#{publishableKey}');",
      "    const card = stripe.elements().create('card');",
      "    card.mount('#card-element');",
    ].join('\n');
    expect(summary(await lint(elements, 'views/checkout.pug', { all: true }))).toEqual([]);
    const giftCard = 'h1 Check a gift card balance\nform(action="/gift-cards/balance")\n  label(for="gc") Gift card number\n  input#gc(name="card_number")\n  label(for="pin") PIN\n  input#pin(name="pin")';
    expect(summary(await lint(giftCard, 'views/gift-cards/balance.pug', { all: true }))).toEqual([]);
  });

  it('leaves unknown what Pug only knows when it renders (limitations)', async () => {
    // limitation: a name computed by the template (a variable, a mixin's parameter) is unknown, as a template's output is.
    expect(summary(await lint('form\n  input(type="text" name=fieldName)\n  input(name=\'card_\' + part)'))).toEqual([]);
    // limitation: a mixin defined in another file (an included library) is not followed to the call.
    expect(summary(await lint("include mixins/forms\nform\n  +input('cvc', 'CVC')"))).toEqual([]);
    // limitation: an included template is linted on its own, not as part of the page that includes it.
    expect(summary(await lint('form\n  include partials/card-fields'))).toEqual([]);
  });

  it('hands the page block to the html processor under a name the page entry matches', () => {
    const blocks = pugProcessor.preprocess!('input(name="cvc")', 'views/pay.pug');
    expect(blocks).toEqual([{ text: '<input name="cvc">', filename: 'pay.pug.html' }]);
    expect(pugProcessor.postprocess!([[]], 'views/pay.pug')).toEqual([]);
  });
});

describe('configs.vue with <template lang="pug">', () => {
  it("reads the template through vue-eslint-parser's Pug tokenizer: the inputs a component binds, where they are written", async () => {
    const component = [
      '<template lang="pug">',
      'form.card-form(@submit.prevent="pay")',
      '  label(for="cc") Card number',
      '  input#cc(v-model="form.cardNumber" type="text" autocomplete="cc-number")',
      '  input(v-model="form.cvc" placeholder="CVC")',
      '  button(type="submit") Pay',
      '</template>',
      '',
      '<script setup>',
      "import { reactive } from 'vue';",
      "const form = reactive({ cardNumber: '', cvc: '' });",
      "const pay = () => fetch('/api/pay', { method: 'POST', body: JSON.stringify(form) });",
      '</script>',
    ].join('\n');
    expect(summary(await lintWith('vue', component, 'src/components/PayForm.vue'))).toEqual([
      'stripe-pci/no-raw-card-inputs:rawCardInput@4:50-4:74',
      'stripe-pci/no-raw-card-inputs:rawCardInput@5:28-5:45',
      // the form's card fields, posted as they are
      'stripe-pci/no-raw-card-data:rawCardToOwnServer@12:76-12:80',
    ]);
    const lines = component.split('\n');
    expect(lines[3]!.slice(49, 73)).toBe('autocomplete="cc-number"');
  });
});
