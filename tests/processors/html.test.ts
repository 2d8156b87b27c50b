import { ESLint } from 'eslint';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import plugin from '../../index.js';
import { templateMarkersOf } from '../../src/markup-configs.js';
import {
  blankBladeDirectives,
  blankErbClosingBraces,
  blankPhpBlocks,
  blankQuotedDelimiters,
  blankTemplateComments,
  blankTemplateTags,
  blankThymeleafBraces,
  blankTinyMcePlaceholders,
  htmlProcessor,
  inlineScripts,
} from '../../src/processors/html.js';

import { lintWith, summary } from './lint-markup.js';

const lint = (code: string, filePath: string, options: { fix?: boolean; all?: boolean } = {}): Promise<ESLint.LintResult> =>
  lintWith(filePath.endsWith('.vue') ? 'vue' : 'html', code, filePath, options);

describe('inlineScripts', () => {
  it('finds classic and module scripts with their offsets, and skips src, data and template scripts', () => {
    const page = `<script src="/app.js">ignored()</script>
<script type="application/json">{"a": 1}</script>
<script type="text/x-handlebars-template"><p>{{name}}</p></script>
<script type="{{ type }}">unknown()</script>
<script>  a();
b();</script>
<script type="module">import x from './x.js';</script>
<script>   </script>`;
    expect(inlineScripts(page)).toEqual([
      { text: '  a();\nb();', module: false, offset: page.indexOf('  a();'), line: 5, column: 8 },
      { text: "import x from './x.js';", module: true, offset: page.indexOf('import x'), line: 7, column: 22 },
    ]);
  });

  it('returns nothing for text the HTML parser rejects, and survives malformed markup', () => {
    expect(inlineScripts('<div><script>a()</div')).toEqual(expect.any(Array));
    expect(inlineScripts('<<<>>><script')).toEqual(expect.any(Array));
  });
});

describe('inlineScripts: pages without a script', () => {
  /** A parser that counts its calls and parses nothing. */
  const counting = () => {
    const calls: string[] = [];
    return { calls, parser: { parseForESLint: (code: string) => (calls.push(code), { ast: { type: 'Program', body: [] }, visitorKeys: {} }) } };
  };

  it('does not parse a page that never opens a script element', () => {
    // A generated timetable page (real-world batch 317): thousands of cells, no script.
    const rows = Array.from({ length: 50 }, (_, i) => `<tr><td class="stop">Stop ${i}</td><td>6:${String(i).padStart(2, '0')}a</td></tr>`).join('');
    const { calls, parser } = counting();
    expect(inlineScripts(`<div class="timetable"><table>${rows}</table><p>No scripts &lt;script&gt; here; see /scripts/</p></div>`, undefined, parser)).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('parses a page that opens one in any case', () => {
    const { calls, parser } = counting();
    inlineScripts('<div></div><SCRIPT type="module">go()</SCRIPT>', undefined, parser);
    expect(calls).toHaveLength(1);
    expect(inlineScripts('<body>\n<Script>track();</Script></body>')).toEqual([{ text: 'track();', module: false, offset: 15, line: 2, column: 8 }]);
  });
});

describe('processors.html with configs.html: one parse of a page', () => {
  const htmlParser = createRequire(import.meta.url)('@html-eslint/parser') as { parseForESLint: (code: string, options: unknown) => unknown };

  it('parses a page with scripts once, for its scripts and for ESLint; a second lint of it parses it anew', async () => {
    const page = `<!doctype html>
<html>
  <head><script src="https://js.stripe.com/v3/"></script></head>
  <body>
    <form id="payment-form"><div id="card-element"></div><button>Pay</button></form>
    <script>
      const stripe = Stripe('pk_test_51Hq8ZtKw2LmN8vXc4ZbYs9Hd');
      const card = stripe.elements().create('card');
      card.mount('#card-element');
    </script>
  </body>
</html>
`;
    const parse = vi.spyOn(htmlParser, 'parseForESLint');
    try {
      const first = await lint(page, 'public/checkout.html', { all: true });
      expect(parse).toHaveBeenCalledTimes(1);
      const second = await lint(page, 'public/checkout.html', { all: true });
      expect(parse).toHaveBeenCalledTimes(2);
      // The page's findings (none: Elements and a publishable key) and no parse error, both times.
      expect([summary(first), summary(second)]).toEqual([[], []]);
    } finally {
      parse.mockRestore();
    }
  });
});

describe('blankTemplateTags', () => {
  const ERB = { '<%': '%>' };
  const ALL = templateMarkersOf('page.html');

  it('keeps every other character at its offset: value tags become 0, other tags spaces, line breaks stay', () => {
    const cases: Array<[string, Record<string, string>, string]> = [
      ['a(<%= x %>); <% if (y) { %>b();<% } %>', ERB, 'a(0       );               b();       '],
      ['var c = <%- JSON.stringify(cart) %>;', ERB, 'var c = 0                          ;'],
      ['{{#each items}}f({{this}});{{/each}}', ALL, '               f(0       );         '],
      ['{{{ raw }}} {{~ name ~}} {{> partial}} {{! note }} {{else}}', ALL, `0${' '.repeat(11)}0${' '.repeat(12)}${' '.repeat(13 + 1 + 11 + 1 + 8)}`],
      ['{% if a %}\nx = {{ v }};\n{% endif %}{# c #}', ALL, `${' '.repeat(10)}\nx = 0      ;\n${' '.repeat(11 + 7)}`],
      ['<%\r\n  if (a) {\r\n%>go()', ERB, `  \r\n${' '.repeat('  if (a) {'.length)}\r\n  go()`],
    ];
    for (const [text, markers, blanked] of cases) {
      expect(blankTemplateTags(text, markers)).toBe(blanked);
      expect(blankTemplateTags(text, markers)).toHaveLength(text.length);
    }
  });

  it('leaves text without tags, and a tag left open, as written', () => {
    expect(blankTemplateTags('const a = 1;', ALL)).toBe('const a = 1;');
    expect(blankTemplateTags('a(<%= x ); b()', ERB)).toBe('a(<%= x ); b()');
    expect(blankTemplateTags('{{ a }} {% open', ALL)).toBe('0       {% open');
  });
});

describe('blankTemplateComments', () => {
  it("blanks the engine's comments, nested tags and line breaks included, every other character at its offset", () => {
    const blade = templateMarkersOf('v.blade.php');
    const cases: Array<[string, Record<string, string>, string]> = [
      ["a{{-- <img src=\"{{ asset('x') }}\"> --}}b", blade, `a${' '.repeat(38)}b`],
      ['{{!-- {{#each xs}}\n{{/each}} --}}<i>{{! short }}', templateMarkersOf('p.hbs'), `${' '.repeat(18)}\n${' '.repeat(14)}<i>${' '.repeat(12)}`],
      ['{# {{ old }} #}{{ kept }}', templateMarkersOf('p.njk'), `${' '.repeat(15)}{{ kept }}`],
      ['<%# <%= x %> %><%= y %>', templateMarkersOf('p.ejs'), `${' '.repeat(12)} %><%= y %>`],
    ];
    for (const [text, markers, blanked] of cases) {
      expect(blankTemplateComments(text, markers)).toBe(blanked);
      expect(blankTemplateComments(text, markers)).toHaveLength(text.length);
    }
    // Only the file's own engine's comments: `{# #}` is no comment in a Blade view.
    expect(blankTemplateComments('{# x #}', blade)).toBe('{# x #}');
  });
});

describe('blankErbClosingBraces', () => {
  it("blanks the brace of `{%>` in a page read with both Jinja's and EJS's markers, every character at its offset", () => {
    const page = templateMarkersOf('views/checkout.html');
    const text = '<div class="<% if (ok) {%>shown<% } else {%>hidden<%}%>">{% if a %}x{% endif %}</div>';
    const blanked = blankErbClosingBraces(text, page);
    expect(blanked).toBe('<div class="<% if (ok)  %>shown<% } else  %>hidden<%}%>">{% if a %}x{% endif %}</div>');
    expect(blanked).toHaveLength(text.length);
  });

  it("leaves the templates of one engine, and pages without `{%>`, as they are", () => {
    const ejs = '<% if (ok) {%>shown<% } %>';
    expect(blankErbClosingBraces(ejs, templateMarkersOf('v.ejs'))).toBe(ejs);
    expect(blankErbClosingBraces('{%>', templateMarkersOf('v.njk'))).toBe('{%>');
    const plain = '<% if (ok) { %>shown<% } %>';
    expect(blankErbClosingBraces(plain, templateMarkersOf('v.html'))).toBe(plain);
  });
});

describe('blankThymeleafBraces', () => {
  it("blanks the brace of a Thymeleaf utility object's `{#` in a page read with Jinja's markers, every character at its offset", () => {
    const text = `<span th:if="\${#fields.hasErrors('cvc')}" th:errors="*{cvc}"></span><p th:text="*{#strings.toUpperCase(name)}">{# note #}</p>`;
    const blanked = blankThymeleafBraces(text, templateMarkersOf('templates/payment.html'));
    expect(blanked).toBe(`<span th:if="$ #fields.hasErrors('cvc')}" th:errors="*{cvc}"></span><p th:text="* #strings.toUpperCase(name)}">{# note #}</p>`);
    expect(blanked).toHaveLength(text.length);
  });

  it("blanks the brace of a TinyMCE dialog's `{#placeholder}` (real-world batch 219: BlogEngine's editor dialogs), not a Jinja comment's", () => {
    const text = '<title>{#plugin.title}</title><div>{#advanced_dlg.link-url}: {#x#} {# note #}</div>';
    const blanked = blankTinyMcePlaceholders(text, templateMarkersOf('dialog.htm'));
    expect(blanked).toBe('<title> #plugin.title}</title><div> #advanced_dlg.link-url}: {#x#} {# note #}</div>');
    expect(blankTinyMcePlaceholders(text, templateMarkersOf('dialog.hbs'))).toBe(text);
  });

  it('lints a TinyMCE dialog page, which the markup parser rejected', async () => {
    const dialog = `<html>
<head><title>{#plugin.title}</title></head>
<body>
  <div>{#plugin.languagepicker}: <select id="lang"></select></div>
  <input type="text" name="cardnumber" />
</body>
</html>`;
    expect(summary(await lint(dialog, 'admin/editor/plugins/pay/dialog.htm'))).toEqual(['stripe-pci/no-raw-card-inputs:rawCardInput@5:22-5:39']);
  });

  it("leaves pages without Jinja's markers, and Jinja comments, as they are", () => {
    const text = '<p th:if="${#lists.isEmpty(cards)}">{# comment #}</p>';
    expect(blankThymeleafBraces(text, templateMarkersOf('v.ejs'))).toBe(text);
    expect(blankThymeleafBraces('<p>{# comment #}</p>', templateMarkersOf('v.html'))).toBe('<p>{# comment #}</p>');
  });
});

describe('blankQuotedDelimiters', () => {
  it("blanks a delimiter spelled in a tag's quoted string (Blade's and Twig's `{{ '{{' }}`), every character at its offset", () => {
    const text = `<td>{{ '{{' }} {{ path }} {{ '}}' }}</td><p>{% set open = "{%" %}{{ don't }} '{{' {{ x }}</p>`;
    const blanked = blankQuotedDelimiters(text, templateMarkersOf('macros.html.twig'));
    expect(blanked).toBe(`<td>{{ '  ' }} {{ path }} {{ '  ' }}</td><p>{% set open = "  " %}{{ don't }} '{{' {{ x }}</p>`);
    expect(blanked).toHaveLength(text.length);
    // An apostrophe left open at the end of its line opens no string; a page with no quoted delimiter is returned as it is
    expect(blankQuotedDelimiters("{{ it's\n'{{' }}", templateMarkersOf('v.blade.php'))).toBe("{{ it's\n'  ' }}");
    expect(blankQuotedDelimiters('<p>{{ a }}</p>', templateMarkersOf('v.blade.php'))).toBe('<p>{{ a }}</p>');
  });

  it('lints a Livewire view and a Twig macro file that print a delimiter, which the markup parser rejected (precision probe 289)', async () => {
    const view = `<div>
  <p>Tip: type <code>{{ '{{' }}</code> to reference a shared variable.</p>
  <input type="text" name="card_number" autocomplete="cc-number">
</div>`;
    expect(summary(await lint(view, 'resources/views/livewire/environment-variable/add.blade.php'))).toEqual(['stripe-pci/no-raw-card-inputs:rawCardInput@3:41-3:65']);
    expect(summary(await lint(view, 'templates/admin/macros.html.twig'))).toEqual(['stripe-pci/no-raw-card-inputs:rawCardInput@3:41-3:65']);
  });
});

describe('blankPhpBlocks', () => {
  it('blanks PHP blocks, printing ones as 0, a block left open to the end; every other character stays at its offset', () => {
    const blank = (tag: string): string => tag.replace(/[^\n]/g, ' ');
    const value = (tag: string): string => `0${blank(tag).slice(1)}`;
    const cases: Array<[string, string]> = [
      ['<?php $a = 1; ?><p>x</p>', `${blank('<?php $a = 1; ?>')}<p>x</p>`],
      ["var pk = '<?= $pk ?>';", `var pk = '${value('<?= $pk ?>')}';`],
      ['n = <?php echo $n; ?>;', `n = ${value('<?php echo $n; ?>')};`],
      ['<? print $n ?>', value('<? print $n ?>')],
      ['<?php if ($a):\n?>ok<?php endif ?>', `${blank('<?php if ($a):\n?>')}ok${blank('<?php endif ?>')}`],
      ['<p>\n<?php\nclass A {}\n', `<p>\n${blank('<?php\nclass A {}\n')}`],
      ['no php here', 'no php here'],
      // `?>` in strings, block comments and heredocs is text; a line comment ends at it
      ['<?php $xml = \'<?xml version="1.0"?>\'; ?><p>', `${blank('<?php $xml = \'<?xml version="1.0"?>\'; ?>')}<p>`],
      ['<?php $s = "a\\"?>"; ?>w', `${blank('<?php $s = "a\\"?>"; ?>')}w`],
      ['<?php /* ?> */ ?>y', `${blank('<?php /* ?> */ ?>')}y`],
      ['<?php // note ?> x', `${blank('<?php // note ?>')} x`],
      ['<?php $s = <<<EOT\nhi ?> there\n  EOT;\n?>z', `${blank('<?php $s = <<<EOT\nhi ?> there\n  EOT;\n?>')}z`],
    ];
    for (const [text, blanked] of cases) {
      expect(blankPhpBlocks(text)).toBe(blanked);
      expect(blankPhpBlocks(text)).toHaveLength(text.length);
    }
  });
});

describe('processors.html on PHP files: fixes into blanked PHP', () => {
  it('drops a fix or suggestion that would rewrite part of a PHP block, keeps the others', () => {
    const text = '<p><?= $x ?></p>';
    htmlProcessor.preprocess!(text, 'views/v.php');
    const fix = (range: [number, number]) => ({ range, text: 'y' });
    const message = {
      ruleId: 'r', severity: 2 as const, message: 'm', line: 1, column: 1, fix: fix([3, 8]),
      suggestions: [{ desc: 'a', fix: fix([0, 2]) }, { desc: 'b', fix: fix([4, 6]) }, { desc: 'c', fix: fix([13, 13]) }],
    };
    const [out] = htmlProcessor.postprocess!([[message]], 'views/v.php');
    expect(out?.fix).toBeUndefined();
    expect(out?.suggestions?.map((s) => s.desc)).toEqual(['a', 'c']);
    // Not a PHP file: messages pass as they are.
    htmlProcessor.preprocess!(text, 'views/v.html');
    expect(htmlProcessor.postprocess!([[message]], 'views/v.html')[0]).toEqual(message);
  });
});

describe('blankBladeDirectives', () => {
  it('blanks directives with their arguments, value directives as 0, @php blocks whole; every other character stays at its offset', () => {
    const cases: Array<[string, string]> = [
      ['var cart = @json($cart);', `var cart = 0${' '.repeat(11)};`],
      ["const t = @js(['a' => ')', \"b\" => '(']);", `const t = 0${' '.repeat(`@js(['a' => ')', "b" => '('])`.length - 1)};`],
      ['@if ($live)\n  go();\n@else\n  test();\n@endif', `${' '.repeat(11)}\n  go();\n     \n  test();\n      `],
      ['@foreach ($items as $item)\n  add(@json($item->id));\n@endforeach', `${' '.repeat(26)}\n  add(0${' '.repeat('@json($item->id)'.length - 1)});\n${' '.repeat(11)}`],
      ['@php\n  $key = config("stripe.key");\n@endphp\nrun();', `    \n${' '.repeat(30)}\n       \nrun();`],
      ['@php($x = 1) f();', `${' '.repeat(12)} f();`],
      ['@money($total)', ' '.repeat(14)],
    ];
    for (const [text, blanked] of cases) {
      expect(blankBladeDirectives(text)).toBe(blanked);
      expect(blankBladeDirectives(text)).toHaveLength(text.length);
    }
  });

  it('leaves e-mail addresses, escaped @@directives, unbalanced arguments and an unclosed @php as written', () => {
    expect(blankBladeDirectives("mail('billing@example.com')")).toBe("mail('billing@example.com')");
    expect(blankBladeDirectives('@@if ($a)')).toBe('@@if ($a)');
    expect(blankBladeDirectives('a(@json($x; b()')).toBe('a(0    ($x; b()');
    expect(blankBladeDirectives('@php $a = 1;')).toBe('@php $a = 1;');
  });
});

describe('processors.html with configs.html', () => {
  it('reports markup and inline-script findings at their place in the page (Jinja page)', async () => {
    const result = await lint(
      `{% extends "base.html" %}
{% block head %}
<script src="https://js.stripe.com/v2/"></script>
<script>
  Stripe.setPublishableKey('{{ STRIPE_PUBLISHABLE_KEY }}');
</script>
{% endblock %}
{% block content %}
<form><input name="cc_number"></form>
<script>
  fetch("http://api.stripe.com/v1/tokens"); Stripe.card.createToken(form, done);
</script>
{% endblock %}`,
      'views/checkout.html',
    );
    expect(summary(result)).toEqual([
      'stripe-pci/no-stripe-js-v2:stripeJsV2Script@3:14-3:39',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@5:3-5:27',
      'stripe-pci/no-raw-card-inputs:rawCardInput@9:14-9:30',
      'stripe-pci/require-https-stripe-urls:insecureStripeUrl@11:10-11:31',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@11:45-11:68',
    ]);
  });

  it('parses a classic script as browsers do (the `<!--` comments of old pages) and a `type="module"` script as a module (real-world batch W)', async () => {
    const result = await lint(
      `<script type="text/javascript">
  <!-- hide from old browsers
  Stripe.setPublishableKey('pk_test_TYooMQauvdEDq54NiTphI7jx');
  //-->
</script>
<script type="module">
  import { loadStripe } from '@stripe/stripe-js';
  const stripe = await loadStripe('sk_live_51Hq8ZtLkR2vN7mWxT6gHs2Lp4KfQ9rXyZ3aBcD');
</script>`,
      'pay.html',
    );
    expect(result.messages.filter((m) => m.fatal)).toEqual([]);
    expect(summary(result)).toEqual([
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@3:3-3:27',
      'stripe-pci/no-hardcoded-stripe-key:secretKeyInClient@8:35-8:84',
    ]);
  });

  it('lints a real file under a directory named like a page as a module, not as a page script (real-world batch DT: a SvelteKit route `perfil.html/`)', async () => {
    const code = `import Stripe from 'stripe';
const stripe = new Stripe('sk_live_51Hq8ZtLkR2vN7mWxT6gHs2Lp4KfQ9rXyZ3aBcD');
export async function load() {
  return { customer: await stripe.customers.retrieve('cus_123') };
}
`;
    const config = [...plugin.configs.html, { files: ['**/*.js'], plugins: plugin.configs.recommended.plugins, rules: plugin.configs.recommended.rules }];
    const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: true, overrideConfig: config as never });
    const [result] = await eslint.lintText(code, { filePath: 'src/routes/perfil.html/+page.server.js' });
    expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
    expect(summary(result!)).toEqual(['stripe-pci/no-hardcoded-stripe-key:hardcodedKey@2:28-2:75']);
  });

  it("reads a Spring view's Thymeleaf form, whose `${#fields…}` expressions the markup parser took for an unclosed Jinja comment (real-world batch DE)", async () => {
    const result = await lint(
      `<!DOCTYPE html>
<html xmlns:th="http://www.thymeleaf.org">
<body>
<form th:action="@{/tuition/pay}" th:object="\${paymentForm}" method="post">
  <label for="cardNumber">Card number</label>
  <input type="text" id="cardNumber" th:field="*{cardNumber}" maxlength="19">
  <span th:if="\${#fields.hasErrors('cardNumber')}" th:errors="*{cardNumber}"></span>
  <label for="cvc">CVC</label>
  <input type="password" id="cvc" th:field="*{cvc}" maxlength="4">
  <span th:if="\${#fields.hasErrors('cvc')}" th:errors="*{cvc}"></span>
  <button type="submit">Pay tuition</button>
</form>
</body>
</html>`,
      'src/main/resources/templates/tuition/payment.html',
    );
    expect(summary(result)).toEqual(['stripe-pci/no-raw-card-inputs:rawCardInput@6:22-6:37', 'stripe-pci/no-raw-card-inputs:rawCardInput@9:26-9:34']);
  });

  it('reads the fields of a Braintree.js client-side encryption form by `data-encrypted-name` (real-world batch BP)', async () => {
    const result = await lint(
      `<form id="braintree-payment-form" action="/checkout" method="POST">
  <label for="AccountNumber">Card Number</label>
  <input id="AccountNumber" name="AccountNumber" type="text" data-encrypted-name="number" autocomplete="off">
  <label for="CVV">Security Code</label>
  <input id="CVV" name="CVV" type="text" size="4" data-encrypted-name="cvv" autocomplete="off">
  <input id="ExpirationMonth" type="text" size="2" data-encrypted-name="month">
</form>
<form id="adyen-encrypted-form" method="POST">
  <input type="text" size="20" autocomplete="off" data-encrypted-name="number">
</form>`,
      'pages/checkout.php',
    );
    expect(summary(result)).toEqual([
      'stripe-pci/no-raw-card-inputs:rawCardInput@3:62-3:90',
      'stripe-pci/no-raw-card-inputs:rawCardInput@5:51-5:76',
      // without a name the form never posts it: encrypted in the page (SAQ A-EP)
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@9:51-9:79',
    ]);
    expect(result.messages[2]!.message).toContain('for client-side encryption (`data-encrypted-name`) to read: the form never posts it');
  });

  it("reads the fields of CloudPayments' checkout form by `data-cp` as read in the page (real-world batch DW)", async () => {
    const result = await lint(
      `<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <script src="https://checkout.cloudpayments.ru/checkout.js"></script>
</head>
<body>
  <form id="paymentFormSample" autocomplete="off">
    <input type="text" id="cp_card_num" data-cp="cardNumber" placeholder="Номер карты">
    <input type="text" data-cp="expDateMonth" placeholder="ММ">
    <input type="text" data-cp="expDateYear" placeholder="ГГ">
    <input type="text" id="cp_card_cvv" data-cp="cvv" placeholder="CVV">
    <input type="text" data-cp="name" placeholder="Имя держателя">
    <button type="submit">Оплатить</button>
  </form>
  <script>
    const checkout = new cp.Checkout({ publicId: 'pk_c1f4d8a0b3e2f7a6c5d9e8b7a6f5e4d3' });
    document.getElementById('paymentFormSample').onsubmit = function (event) {
      event.preventDefault();
      checkout.createPaymentCryptogram().then(function (cryptogram) { pay(cryptogram); });
    };
  </script>
</body>
</html>`,
      'crm/web/index.html',
    );
    expect(summary(result)).toEqual([
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@9:41-9:61',
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@12:41-12:54',
    ]);
    expect(result.messages[0]!.message).toContain("for CloudPayments' checkout script (`data-cp`) to read: the form never posts it");
  });

  it('names a request URL printed by a PHP tag as known at run time, not by the blank left of it (real-world batch ED)', async () => {
    const result = await lint(
      `<script>
function pay() {
    var xhr = new XMLHttpRequest();
    var url = '<?= $block->getUrl('vindi_vr/checkout/sendtransaction') ?>';
    xhr.open('POST', url, true);
    xhr.send(JSON.stringify({ cc_number: document.getElementById('n').value }));
    $.post('<?= $base ?>/checkout/pay', { cvv: document.getElementById('c').value });
}
</script>
`,
      'view/frontend/templates/custom/payment-link.phtml',
    );
    expect(summary(result)).toEqual([
      'stripe-pci/no-raw-card-data:rawCardToOwnServer@6:31-6:40',
      'stripe-pci/no-raw-card-data:rawCardToOwnServer@7:43-7:46',
    ]);
    expect(result.messages[0]!.message).toContain('This XMLHttpRequest request to POST a URL computed at run time sends the raw card number (PAN) in `cc_number`');
    expect(result.messages[1]!.message).toContain('This jQuery request to POST …/checkout/pay sends the raw card security code (CVC) in `cvv`');
  });

  it('reads the unnamed card fields of a page that loads Stripe.js v2 as read in the page (SAQ A-EP); a named one is posted (real-world batch DS)', async () => {
    const result = await lint(
      `<!DOCTYPE html>
<html>
<head>
  <script src="https://js.stripe.com/v2/"></script>
  <script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>
</head>
<body>
  <form action="/charge" method="POST" id="payment-form">
    <input type="text" id="card-number" size="20" required>
    <input type="text" id="card-cvc" size="4" required>
    <input type="text" name="card_number_posted" size="20">
    <button type="submit">Pay</button>
  </form>
  <script>
    Stripe.setPublishableKey('pk_test_TYooMQauvdEDq54NiTphI7jx');
    $('#payment-form').submit(function () {
      Stripe.card.createToken({ number: $('#card-number').val(), cvc: $('#card-cvc').val() }, function (status, response) {});
      return false;
    });
  </script>
</body>
</html>`,
      'views/checkout.html',
    );
    expect(summary(result)).toEqual([
      'stripe-pci/no-stripe-js-v2:stripeJsV2Script@4:16-4:41',
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@9:24-9:40',
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@10:24-10:37',
      'stripe-pci/no-raw-card-inputs:rawCardInput@11:24-11:49',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@15:5-15:29',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@17:7-17:30',
    ]);
    expect(result.messages[1]!.message).toContain('for Stripe.js v2 to read: the form never posts it');
  });

  it("lints an Express app's EJS view named `.html` whose code ends tags on a brace (`<% if (x){%>`) (real-world batch BM)", async () => {
    const result = await lint(
      `<div class="alert <% if (noError) {%>hidden<%}%>"><%= message %></div>
<form id="checkout-form">
  <input id="card-number" type="text">
  <input id="card-cvc" type="text">
</form>
<script src="https://js.stripe.com/v2/"></script>`,
      'views/shop/checkout.html',
    );
    expect(result.messages.filter((m) => m.fatal)).toEqual([]);
    expect(summary(result)).toEqual([
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@3:10-3:26',
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@4:10-4:23',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Script@6:14-6:39',
    ]);
  });

  it('applies fixes of inline scripts and of the page at the right offsets', async () => {
    const result = await lint(
      `<a href="http://stripe.com/docs">docs</a>
<script>
  const api = 'http://api.stripe.com/v1';
</script>`,
      'page.htm',
      { fix: true },
    );
    expect(result.output).toBe(`<a href="https://stripe.com/docs">docs</a>
<script>
  const api = 'https://api.stripe.com/v1';
</script>`);
  });

  it('lints a templated script that does not parse with its tags blanked (findings without fixes), leaves it out if it still does not parse, and reports a plain script that does not parse', async () => {
    const templated = await lint(
      '<script>\n{% if debug %}console.log(1){% endif %}\nStripe.card.createToken(f, cb);\nfetch("http://api.stripe.com/v1/tokens");\n</script>',
      'a.html',
      { fix: true },
    );
    expect(summary(templated)).toEqual([
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@3:1-3:24',
      'stripe-pci/require-https-stripe-urls:insecureStripeUrl@4:8-4:29',
    ]);
    expect(templated.messages.map((m) => [m.fix, m.suggestions])).toEqual([[undefined, undefined], [undefined, undefined]]);
    expect(templated.output).toBeUndefined();
    // An output tag becomes a value (`0`), so the usual data hand-over parses; a tag in a name's place still does not.
    const data = await lint('<script>\nvar cart = {{ cart|tojson }};\nStripe.setPublishableKey(key);\n</script>', 'b.njk');
    expect(summary(data)).toEqual(['stripe-pci/no-stripe-js-v2:stripeJsV2Api@3:1-3:25']);
    const named = await lint('<script>\nvar {{ name }} = 1;\nStripe.setPublishableKey(key);\n</script>', 'c.njk');
    expect(summary(named)).toEqual([]);
    const broken = await lint('<p>x</p>\n<script>\n  let = ;\n</script>', 'd.html');
    expect(broken.messages).toHaveLength(1);
    expect(broken.messages[0]).toMatchObject({ fatal: true, line: 3 });
  });

  it('a template comment that holds other tags no longer hides the page (Blade, Handlebars; real-world batch M)', async () => {
    const blade = `@extends('layouts.app')
{{-- <img src="{{ asset('img/logo.png') }}"> old header --}}
@section('content')
<form id="payment-form">
  <input type="text" class="form-control" name="card_number" placeholder="Card number">
</form>
<script src="https://js.stripe.com/v2/"></script>
@endsection`;
    expect(summary(await lint(blade, 'resources/views/pay.blade.php'))).toEqual([
      'stripe-pci/no-raw-card-inputs:rawCardInput@5:43-5:61',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Script@7:14-7:39',
    ]);
    const hbs = '{{!-- {{#each items}}<li>{{name}}</li>{{/each}} --}}\n<input name="cvc" autocomplete="cc-csc">';
    expect(summary(await lint(hbs, 'views/cart.hbs'))).toEqual(['stripe-pci/no-raw-card-inputs:rawCardInput@2:19-2:40']);
  });

  it('Handlebars page: findings in markup and script', async () => {
    const result = await lint(
      `{{#> layout}}
<script src="https://checkout.stripe.com/checkout.js" class="stripe-button" data-key="{{key}}"></script>
<script>var handler = StripeCheckout.configure({ key: '{{key}}' });</script>
{{/layout}}`,
      'templates/pay.hbs.html',
    );
    expect(summary(result)).toEqual([
      'stripe-pci/no-stripe-js-v2:legacyCheckout@2:14-2:53',
      'stripe-pci/no-stripe-js-v2:legacyCheckout@3:23-3:47',
    ]);
  });

  it('server templates under their own extensions: an Express Handlebars view, an EJS view, a Rails ERB view', async () => {
    const handlebars = await lint(
      `<div class="row">
  <h1>Checkout</h1>
  <h4>Your Total: \${{total}}</h4>
  <div id="charge-error" class="alert alert-danger {{#if noError}}hidden{{/if}}">{{errMsg}}</div>
  <form action="/checkout" method="post" id="checkout-form">
    <input type="text" id="name" class="form-control" required>
    <input type="text" id="card-number" class="form-control" required>
    <input type="text" id="card-cvc" class="form-control" required>
    <input type="hidden" name="_csrf" value="{{csrfToken}}">
    <button type="submit">Buy now</button>
  </form>
</div>
<script src="https://js.stripe.com/v2/"></script>
<script>
  Stripe.setPublishableKey('{{stripeKey}}');
</script>
<script>
  {{#if debug}}console.log('checkout');{{/if}}
  Stripe.card.createToken($('#checkout-form'), handleToken);
</script>`,
      'views/shop/checkout.hbs',
    );
    expect(summary(handlebars)).toEqual([
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@7:24-7:40',
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@8:24-8:37',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Script@13:14-13:39',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@15:3-15:27',
      // the last script parses once its `{{#if}}` block tags are blanked
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@19:3-19:26',
    ]);

    const ejs = await lint(
      `<%- include('partials/header') %>
<form action="/pay" method="POST">
  <input name="cardNumber" autocomplete="cc-number" value="<%= card.number %>">
  <input name="<%= field %>">
  <% if (showCvc) { %>
    <input name="cvc" autocomplete="cc-csc">
  <% } %>
</form>
<script>
  const stripe = Stripe('<%= publishableKey %>');
  fetch('http://api.stripe.com/v1/charges', { method: 'POST' });
</script>
<%- include('partials/footer') %>`,
      'views/pay.ejs',
    );
    expect(summary(ejs)).toEqual([
      'stripe-pci/no-raw-card-inputs:rawCardInput@3:28-3:52',
      'stripe-pci/no-raw-card-inputs:rawCardInput@6:23-6:44',
      'stripe-pci/require-https-stripe-urls:insecureStripeUrl@11:10-11:31',
    ]);

    const erb = `<%= form_tag charges_path, id: 'payment-form' do %>
  <script src="https://js.stripe.com/v2/" type="text/javascript"></script>
  <input type="text" size="20" data-stripe="number">
<% end %>`;
    expect(summary(await lint(erb, 'app/views/charges/new.html.erb'))).toEqual([
      'stripe-pci/no-stripe-js-v2:stripeJsV2Script@2:16-2:41',
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@3:32-3:52',
    ]);
    // A JavaScript ERB template is not HTML: configs.html leaves it to the user's own config.
    expect(summary(await lint(erb, 'app/views/charges/new.js.erb'))).toEqual([
      'fatal:File ignored because no matching configuration was supplied.@undefined:undefined-undefined:undefined',
    ]);
  });

  it('Laravel Blade views (`.blade.php`): `{{ }}`, `{!! !!}` and `{{-- --}}` are template tags, `@` directives text in markup and blanked in scripts', async () => {
    const blade = `@extends('layouts.app')
{{-- checkout page --}}
@section('content')
<form action="{{ route('checkout.store') }}" method="POST" id="payment-form">
  @csrf
  <input type="text" id="card-number" class="form-control" placeholder="{{ __('Card number') }}">
  <input type="text" id="card-cvc" class="form-control" @if ($errors->has('cvc')) autofocus @endif>
  {!! $extraFields !!}
</form>
<script src="https://js.stripe.com/v2/"></script>
<script>
  Stripe.setPublishableKey('{{ config('services.stripe.key') }}');
  var cart = {!! json_encode($cart) !!};
</script>
<script>
  var items = @json($cart->items);
  @if ($debug) Stripe.card.createToken($('#payment-form'), handleToken); @endif
</script>
<script>
  // A custom directive where a value belongs still does not parse once blanked: the script is left out, silently.
  var total = @money($cart->total); Stripe.setPublishableKey(key);
</script>
<script>var key = {!! json_encode(\$key) !!}; Stripe.setPublishableKey(key);</script>
@endsection`;
    expect(summary(await lint(blade, 'resources/views/pages/checkout.blade.php'))).toEqual([
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@6:22-6:38',
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@7:22-7:35',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Script@10:14-10:39',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@12:3-12:27',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@17:16-17:39',
      // a script whose only template tag is \`{!! !!}\` is blanked like any other
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@23:46-23:70',
    ]);
    // Outside a Blade view, `@` in a script is no template syntax: the parse error is the user's to see.
    const page = '<script>\n  @if ($debug) Stripe.card.createToken(f, cb); @endif\n</script>';
    expect(summary(await lint(page, 'views/checkout.html'))).toEqual(["fatal:Parsing error: Unexpected character '@'@2:3-undefined:undefined"]);
  });

  it('`.tpl` templates: OpenCart PHP views (PHP blocks blanked) and PrestaShop Smarty templates, whose scripts with Smarty tags are templated (real-world batch BJ)', async () => {
    const opencart = `<form action="<?php echo $action; ?>" method="post" id="payment-form">
  <input type="text" size="20" data-stripe="number" class="large-field" />
  <input type="text" size="4" data-stripe="cvc" class="small-field" />
</form>
<script type="text/javascript" src="https://js.stripe.com/v2/"></script>
<script type="text/javascript"><!--
Stripe.setPublishableKey('<?php echo $stripe_publishable_key; ?>');
//--></script>`;
    expect(summary(await lint(opencart, 'catalog/view/theme/default/template/payment/stripe.tpl'))).toEqual([
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@2:32-2:52',
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@3:31-3:48',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Script@5:37-5:62',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@7:1-7:25',
    ]);
    const smarty = `{extends file='page.tpl'}
{block name='content'}
<form action="{$link->getModuleLink('stripejs', 'validation')|escape:'html'}" method="post">
  {* card fields *}
  <input type="text" size="20" autocomplete="off" class="stripe-card-number" />
  <input type="text" size="4" autocomplete="off" class="stripe-card-cvc" />
</form>
<script type="text/javascript">
  var stripe_key = '{$publishableKey}';
  {literal}
  Stripe.setPublishableKey(stripe_key);
  {/literal}
</script>
<script type="text/javascript">
  var form = document.getElementById('{$formId}');
  Stripe.card.createToken(form, handler);
</script>
{/block}`;
    // The first script does not parse with its Smarty tags and is left out; the second, with a tag in a string, parses
    // and is read, without fixes.
    expect(summary(await lint(smarty, 'modules/stripejs/views/templates/hook/payment.tpl'))).toEqual([
      'stripe-pci/no-raw-card-inputs:rawCardInput@5:51-5:77',
      'stripe-pci/no-raw-card-inputs:rawCardInput@6:50-6:73',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@16:3-16:26',
    ]);
  });

  it('plain PHP pages and views (`.php`, `.phtml`): PHP blocks blanked before parsing, printing ones as 0 in scripts; class files have no markup; no fix rewrites PHP (real-world batch AQ)', async () => {
    const page = `<?php
require __DIR__ . '/config.php';
$pk = getenv('STRIPE_PUBLISHABLE_KEY');
?>
<html>
<head><script src="https://js.stripe.com/v2/"></script></head>
<body>
<form action="charge.php" method="POST" id="payment-form">
  <input type="text" size="20" data-stripe="number" value="<?= htmlspecialchars($number ?? '') ?>">
  <input type="text" size="4" data-stripe="cvc">
  <?php if ($user->isAdmin()): ?><input type="text" name="note"><?php endif; ?>
</form>
<script>
  Stripe.setPublishableKey('<?php echo $pk; ?>');
  var amount = <?= (int) $amount ?>;
</script>
<script src="http://js.stripe.com/v3/<?= $version ?>"></script>
</body>
</html>`;
    expect(summary(await lint(page, 'app/views/payment.php', { all: true }))).toEqual([
      'stripe-pci/no-stripe-js-v2:stripeJsV2Script@6:20-6:45',
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@9:32-9:52',
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@10:31-10:48',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@14:3-14:27',
      'stripe-pci/require-https-stripe-urls:insecureStripeUrl@17:14-17:34',
    ]);
    // The http:// URL's fix rewrites the scheme only: the PHP block after it stays.
    const fixed = await lint(page, 'app/views/payment.php', { fix: true, all: true });
    expect(fixed.output).toContain('<script src="https://js.stripe.com/v3/<?= $version ?>"></script>');
    expect(fixed.output).toContain("Stripe.setPublishableKey('<?php echo $pk; ?>');");
    // A class file, with markup only in its strings and generics in its doc comments, and a file left open to its end
    const model = `<?php
namespace App\\Models;

/** @return array<int, string> */
final class Card {
    public function field(): string { return $this->a < $this->b ? '<input name="cvc">' : '<script src="https://js.stripe.com/v2/"></script>'; }
}
`;
    expect(summary(await lint(model, 'app/Models/Card.php'))).toEqual([]);
    expect(summary(await lint('<input name="cvc"><? echo $x', 'legacy/form.phtml'))).toEqual(['stripe-pci/no-raw-card-inputs:rawCardInput@1:8-1:18']);
    // CakePHP 2's views (real-world batch FL: a rent-pay sign-up form).
    const cakeView = `<div class="card-info">
  <?php echo $this->Html->tag('span', 'Enter debit card information:'); ?>
  <input id="card_number" type="text" name="card_number" placeholder="Card Number">
  <input type="text" name="cvc" placeholder="CVC">
</div>
`;
    expect(summary(await lint(cakeView, 'app/View/Rentpay/rentpay-signup.ctp'))).toEqual([
      'stripe-pci/no-raw-card-inputs:rawCardInput@3:39-3:57',
      'stripe-pci/no-raw-card-inputs:rawCardInput@4:22-4:32',
    ]);
    // PHP that prints code where its blank cannot stand (a script's object members) or markup split across blocks: the
    // script or page is left out, as a templated one is, rather than reported as a parse error of the user's code.
    const generated = `<?php $xml = '<?xml version="1.0"?>'; $tag = "<$name>"; ?>
<script>
  jQuery('#image').Jcrop({ onChange: show, <?php echo $crop; ?> aspectRatio: <?php echo $ratio; ?> });
</script>
<div <?php if ($wide): ?>class="wide"<?php endif; ?>><input name="cvc"></div>`;
    expect(summary(await lint(generated, 'admin/edit-thumbnail.php'))).toEqual(['stripe-pci/no-raw-card-inputs:rawCardInput@5:61-5:71']);
    // A value PHP prints reaches the markup as \`0\` and blanks: no number the field starts with (a saved checkout's
    // card number shown again, real-world batch 205's Smarty cache of a checkout).
    expect(summary(await lint('<input type="tel" name="cardNumber" value="<?php echo $card[\'number\'];?>\n" required>', 'templates_c/checkout.tpl.php'))).toEqual([
      'stripe-pci/no-raw-card-inputs:rawCardInput@1:19-1:36',
    ]);
    // Composer's dependencies are left alone.
    expect(summary(await lint('<input name="cvc">', 'vendor/acme/forms/card.php'))).toEqual([
      'fatal:File ignored because no matching configuration was supplied.@undefined:undefined-undefined:undefined',
    ]);
    // A Blade view is still parsed with Blade's markers, and its \`<?php ?>\` blocks are blanked too.
    expect(summary(await lint('<input name="cvc" value="{{ $cvc }}">\n<?php echo $x; ?>', 'resources/views/pay.blade.php'))).toEqual([
      'stripe-pci/no-raw-card-inputs:rawCardInput@1:8-1:18',
    ]);
  });

  it("parses each template with its own engine's markers: in EJS, `<% } else {%>` is code, not a Jinja tag", async () => {
    const page = `<% if (user) { %>
<p>Hi <%= user.name %></p>
<% } else {%>
<p>Sign in</p>
<% } %>
<input type="text" name="cardNumber">
<script src="https://js.stripe.com/v2/"></script>`;
    expect(summary(await lint(page, 'views/account.ejs'))).toEqual([
      'stripe-pci/no-raw-card-inputs:rawCardInput@6:20-6:37',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Script@7:14-7:39',
    ]);
    // An `.html` page's engine is unknown, so it is parsed with every engine's markers; the brace of `{%>` (no Jinja
    // tag) is blanked first, so the page parses and is linted the same.
    expect(summary(await lint(page, 'views/account.html'))).toEqual([
      'stripe-pci/no-raw-card-inputs:rawCardInput@6:20-6:37',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Script@7:14-7:39',
    ]);
    // limitation: EJS code holding another engine's opening marker (`<% const o = {{ a: 1 }} %>`) in an `.html` page
    // still reads as a tag opened inside the EJS one, and the page is not linted.
    const nested = await lint(`<% const o = {{ a: 1 }}.a %>\n${page}`, 'views/account.html');
    expect(nested.messages).toHaveLength(1);
    expect(nested.messages[0]).toMatchObject({ fatal: true, ruleId: null });
    expect(nested.messages[0]!.message).toContain('Expecting "%>", but found "{{"');
  });

  it('JSP views (`.jsp`): scriptlets, directives, comments and EL expressions are template tags, JSTL tags are markup (real-world batch DR)', async () => {
    const page = `<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%-- checkout page --%>
<html>
<head><title>Pagamento</title></head>
<body>
<c:if test="\${not empty errore}"><p class="err">\${errore}</p></c:if>
<form action="<%= request.getContextPath() %>/checkout" method="post">
  <label for="cardNumber">Card number</label>
  <input type="text" id="cardNumber" name="cardNumber" value="\${ordine.cardNumber}">
  <input type="text" name="cvv" maxlength="4">
  <input type="hidden" name="totale" value="\${carrello.totale}">
  <button type="submit">Paga</button>
</form>
<script>
  var totale = '\${carrello.totale}';
  console.log('total', totale);
</script>
</body>
</html>`;
    const result = await lint(page, 'src/main/webapp/WEB-INF/views/checkout.jsp');
    expect(result.messages.filter((m) => m.fatal)).toEqual([]);
    expect(summary(result)).toEqual([
      'stripe-pci/no-raw-card-inputs:rawCardInput@10:38-10:55',
      'stripe-pci/no-raw-card-inputs:rawCardInput@11:22-11:32',
    ]);
  });

  it("JSP views: a `<%-- --%>` comment holding tags and EL is blanked, and EL in a script stands for a value (real-world batch DV)", async () => {
    const result = await lint(`<%@ page contentType="text/html;charset=UTF-8" %>
<%-- <c:out value="\${x}"/> and <%@ include file="h.jsp" %> --%>
<html><body>
<form id="f"><input type="text" id="n"><input type="text" id="c"></form>
<script>
  var total = \${cart.total};
  function pay(n, c) {
    fetch('/pay', { method: 'POST', body: JSON.stringify({ cardNumber: n, cvv: c }) });
  }
</script>
</body></html>`, 'src/main/webapp/pay.jsp');
    expect(result.messages.filter((m) => m.fatal)).toEqual([]);
    expect(summary(result)).toEqual([
      'stripe-pci/no-raw-card-data:rawCardToOwnServer@8:60-8:70',
      'stripe-pci/no-raw-card-data:rawCardToOwnServer@8:75-8:78',
    ]);
  });

  it("JSP views: Spring's form tags are inputs named by their `path` (real-world batch DV)", async () => {
    const result = await lint(`<%@ taglib prefix="form" uri="http://www.springframework.org/tags/form" %>
<form:form modelAttribute="payment" action="/checkout" method="post">
  <form:input path="cardHolder"/>
  <form:input path="cardNumber" cssClass="form-control"/>
  <form:password path="cvv"/>
  <form:input path="expiry"/>
  <form:errors path="cardNumber"/>
</form:form>`, 'src/main/webapp/WEB-INF/views/checkout.jsp');
    expect(result.messages.filter((m) => m.fatal)).toEqual([]);
    expect(summary(result)).toEqual([
      'stripe-pci/no-raw-card-inputs:rawCardInput@4:15-4:32',
      'stripe-pci/no-raw-card-inputs:rawCardInput@5:18-5:28',
    ]);
  });

  it("Razor views (`.cshtml`) and Blazor components (`.razor`): comments are template tags, code is text, `asp-for` and `@bind` name a field, scripts with Razor code are templated (real-world batch 212)", async () => {
    const view = `@model Vaquinha.MVC.Models.DoacaoViewModel
@{
    ViewData["Title"] = "Doar";
}
@* <input type="text" name="cvv" /> kept for later *@
<form asp-action="Create" method="post">
    <div asp-validation-summary="ModelOnly" class="text-danger"></div>
    @if (Model.Valor > 0)
    {
        <p>Valor: @Model.Valor.ToString("C")</p>
    }
    <input asp-for="FormaPagamento.NumeroCartaoCredito" class="form-control" />
    <input asp-for="FormaPagamento.CVV" class="form-control small" />
    <input asp-for="FormaPagamento.Validade" class="form-control" />
    <input asp-for="DadosPessoais.Email" class="form-control" />
    <button type="submit">Doar</button>
</form>
@section Scripts {
    <script src="http://js.stripe.com/v2/"></script>
    <script>
        var key = '@ViewBag.StripeKey';
        console.log('key', key);
    </script>
    <script>
        var data = @Html.Raw(Json.Serialize(Model));
    </script>
}`;
    const result = await lint(view, 'src/Vaquinha.MVC/Views/Doacoes/Create.cshtml', { all: true });
    expect(result.messages.filter((m) => m.fatal)).toEqual([]);
    expect(summary(result)).toEqual([
      'stripe-pci/no-raw-card-inputs:rawCardInput@12:12-12:56',
      'stripe-pci/no-raw-card-inputs:rawCardInput@13:12-13:40',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Script@19:18-19:42',
      'stripe-pci/require-https-stripe-urls:insecureStripeUrl@19:18-19:38',
    ]);
    const component = `@page "/pay"
<EditForm Model="card">
    <input @bind="card.Number" />
    <input @bind-Value="card.Cvc" />
    <input @bind="card.Holder" />
</EditForm>
@code {
    private Card card = new();
    private List<string> errors = new();
}`;
    expect(summary(await lint(component, 'Pages/Pay.razor'))).toEqual([
      'stripe-pci/no-raw-card-inputs:rawCardInput@3:12-3:31',
      'stripe-pci/no-raw-card-inputs:rawCardInput@4:12-4:34',
    ]);
    // Blazor's InputText renders an <input>: read with every rule on (the strict options' common input components name
    // an `InputText`, PrimeVue's). ASP.NET MVC's HTML helpers render theirs (`@Html.TextBoxFor`); a hidden one, an
    // `EditorFor` (limitation: its markup depends on the model's type) and a label helper do not.
    const helpers = `@using (Html.BeginForm("Charge", "Payment", FormMethod.Post))
{
    <div class="form-group">
        @Html.LabelFor(m => m.CardNumber)
        @Html.TextBoxFor(m => m.CardNumber, new { @class = "form-control", autocomplete = "off" })
        @Html.PasswordFor(m => m.Cvc, new { @class = "form-control", maxlength = 4 })
        @Html.HiddenFor(m => m.CardToken)
        @Html.EditorFor(m => m.SecurityCode)
        @Html.TextBoxFor(m => m.Email, new { type = "email" })
    </div>
}
<InputText @bind-Value="card.Number" />`;
    expect(summary(await lint(helpers, 'Views/Pay/Index.cshtml', { all: true }))).toEqual([
      'stripe-pci/no-raw-card-inputs:rawCardInput@5:33-5:43',
      'stripe-pci/no-raw-card-inputs:rawCardInput@6:34-6:37',
      'stripe-pci/no-raw-card-inputs:rawCardInput@12:12-12:37',
    ]);
  });

  it('Blazor component libraries’ inputs, with `strict`’s components: bound with `@bind-Value` (a path in C# or as Razor code) or Blazorise’s `@bind-Text` (real-world batches 218 and 220)', async () => {
    const component = `@page "/pay"
<EditForm Model="card" OnValidSubmit="Pay">
    <MudTextField @bind-Value="card.Number" Label="Card number" Variant="Variant.Outlined" />
    <InputNumber @bind-Value="@card.Cvv" class="form-control" />
    <TextEdit @bind-Text="card.CardNumber" />
    <RadzenTextBox @bind-Value="model.Email" />
    <MudTextField @bind-Value="card.Holder" Label="Name on card" />
    <MTextField @bind-Value="_model.CardSecurityCode" Outlined Dense></MTextField>
    <BitTextField @bind-Value="paymentInfo.CardNumber" Label="Card Number" Required />
    <FluentTextField Placeholder="@Localizer["cvv"]" />
</EditForm>`;
    expect(summary(await lint(component, 'Pages/Pay.razor', { all: true }))).toEqual([
      'stripe-pci/no-raw-card-inputs:rawCardInput@3:45-3:64',
      'stripe-pci/no-raw-card-inputs:rawCardInput@4:18-4:41',
      'stripe-pci/no-raw-card-inputs:rawCardInput@5:15-5:43',
      'stripe-pci/no-raw-card-inputs:rawCardInput@8:17-8:54',
      'stripe-pci/no-raw-card-inputs:rawCardInput@9:56-9:75',
      'stripe-pci/no-raw-card-inputs:rawCardInput@10:22-10:53',
    ]);
    // `recommended` checks no component: which ones render an input is the project's to say.
    expect(summary(await lint(component, 'Pages/Pay.razor'))).toEqual([]);
  });

  it("ASP.NET MVC's HTML helpers read as one form: a CVC named only by its card (nopCommerce's `m => m.CardCode`) beside a helper's card number (real-world batch 218)", async () => {
    const paymentInfo = `@model PaymentInfoModel
<table>
    <tr>
        <td><label asp-for="CardNumber" asp-postfix=":"></label></td>
        <td>@Html.TextBoxFor(model => model.CardNumber, new { @class = "form-control", autocomplete = "off", maxlength = 22 })</td>
    </tr>
    <tr>
        <td><label asp-for="CardCode" asp-postfix=":"></label></td>
        <td>@Html.TextBoxFor(model => model.CardCode, new { @class = "form-control", autocomplete = "off", maxlength = 4 })</td>
    </tr>
</table>`;
    expect(summary(await lint(paymentInfo, 'Plugins/Payments.AuthorizeNet/Views/PaymentInfo.cshtml'))).toEqual([
      'stripe-pci/no-raw-card-inputs:rawCardInput@5:45-5:55',
      'stripe-pci/no-raw-card-inputs:rawCardInput@9:45-9:53',
    ]);
    // A label helper's own text names the field it is for (a gift card's code is no card field).
    const labelled = `@Html.LabelFor(m => m.Code, "CVV") @Html.TextBoxFor(m => m.Code, new { maxlength = 4 })
@Html.LabelFor(m => m.GiftCardNumber, "Gift card number") @Html.TextBoxFor(m => m.GiftCardNumber)`;
    expect(summary(await lint(labelled, 'Views/Checkout/Pay.cshtml'))).toEqual(['stripe-pci/no-raw-card-inputs:rawCardInput@1:60-1:64']);
    // Without a card number beside it, a `CardCode` is a game's or a product's code as often: not reported.
    const alone = paymentInfo.replace(/<tr>[\s\S]*?<\/tr>/, '');
    expect(summary(await lint(alone, 'Plugins/Payments.AuthorizeNet/Views/PaymentInfo.cshtml'))).toEqual([]);
  });

  it('Razor code in a start tag: a stand-in the parser reads, boolean attributes that may be there, or an attribute it cannot name (real-world batch 217: Hotcakes’ card forms)', async () => {
    const view = `@model CheckoutViewModel
@* Razor comments do not nest: @* this one ends here *@
@helper Months()
{
    for (int i = 1; i <= 12; i++)
    {
        <option value="@i"
                @if (Model.ExpirationMonth == i) { <text> selected="selected" </text> }>@i</option>
    }
}
<form method="post" action="/checkout/pay">
    <label for="cccardnumber">Card number</label>
    <input type="text" name="card_number" id="cccardnumber" maxlength="20"
           @if (Model.Locked) { <text>readonly="readonly"</text> } />
    <select name="expmonth">@Months()</select>
    <input type="password" name="cvc" @if (Model.Locked) { <text>disabled</text> } />
    <input @if (Model.UseCvv) { <text>name="cvv"</text> } else { <text>name="cvc2"</text> } type="text" />
    <button type="submit" disabled=@(Model.Total <= 0)>Pay</button>
</form>`;
    // A field that may be read-only or disabled may also be neither: reported. The input whose name the code writes is
    // not (limitation: an attribute the markup reading cannot name).
    expect(summary(await lint(view, 'Views/Checkout/_CreditCardInput.cshtml', { all: true }))).toEqual([
      'stripe-pci/no-raw-card-inputs:rawCardInput@13:24-13:42',
      'stripe-pci/no-raw-card-inputs:rawCardInput@16:28-16:38',
    ]);
    // A caption that prints the field's value is no label (Smartstore's admin order page): its `Model` is no "model card".
    const admin = `<div class="form-group">
    <div class="form-control-plaintext">@Model.CardNumber</div>
    <input asp-for="CardNumber" class="form-control" />
</div>`;
    expect(summary(await lint(admin, 'Areas/Admin/Views/Order/_CreditCardInfo.cshtml'))).toEqual(['stripe-pci/no-raw-card-inputs:rawCardInput@3:12-3:32']);
    // Markup commented out in a C# code block is no markup.
    const commented = `@code {
    // Do not render <input name="cardnumber" /> here: Stripe Elements mounts its own iframe.
}
<div id="card-element"></div>`;
    expect(summary(await lint(commented, 'Pages/Checkout.razor'))).toEqual([]);
    // The same view as an HTML page: no Razor reading, the parser rejects it.
    expect((await lint(view, 'views/checkout.html')).messages.map((m) => m.fatal === true)).toEqual([true]);
  });

  it('picks the markers by extension (`templateMarkersOf`), and names one config entry per engine', () => {
    expect(Object.keys(templateMarkersOf('views/a.ejs'))).toEqual(['<%']);
    expect(Object.keys(templateMarkersOf('app/views/b.html.erb'))).toEqual(['<%']);
    expect(Object.keys(templateMarkersOf('views/C.HBS'))).toEqual(['{{']);
    expect(Object.keys(templateMarkersOf('templates/d.njk'))).toEqual(['{{', '{%', '{#']);
    expect(Object.keys(templateMarkersOf('e.html'))).toEqual(['{{', '{%', '{#', '<%']);
    expect(Object.keys(templateMarkersOf('f.js.erb'))).toEqual(['{{', '{%', '{#', '<%']);
    expect(Object.keys(templateMarkersOf('resources/views/pages/g.blade.php'))).toEqual(['{{', '{!!']);
    expect(Object.keys(templateMarkersOf('app/views/h.php'))).toEqual([]);
    expect(Object.keys(templateMarkersOf('WEB-INF/views/i.jsp'))).toEqual(['<%', '${', '#{']);
    expect(Object.keys(templateMarkersOf('Views/Home/J.cshtml'))).toEqual(['@*']);
    expect(
      (plugin.configs.html as Array<{ name: string; files: string[]; languageOptions?: { parserOptions?: { templateEngineSyntax?: object } } }>).map(
        (entry) => [entry.name, entry.files.length, Object.keys(entry.languageOptions?.parserOptions?.templateEngineSyntax ?? {}).join(' ')],
      ),
    ).toEqual([
      ['stripe-pci/html', 2, '{{ {% {# <%'],
      ['stripe-pci/html-handlebars', 3, '{{'],
      ['stripe-pci/html-jinja', 7, '{{ {% {#'],
      ['stripe-pci/html-erb', 2, '<%'],
      ['stripe-pci/html-php', 4, ''],
      ['stripe-pci/html-blade', 1, '{{ {!!'],
      ['stripe-pci/html-jsp', 2, '<% ${ #{'],
      ['stripe-pci/html-razor', 2, '@*'],
      ['stripe-pci/html-scripts', 23, ''],
      ['stripe-pci/html-module-scripts', 23, ''],
    ]);
  });

  it('never throws on malformed markup, unclosed tags, template syntax in attributes and huge inline scripts, with every rule on', async () => {
    const huge = `<script>\n${'var a = "http://example.com/" + 1;\n'.repeat(20_000)}</script>`;
    const pages = [
      '<div><form><input name="card_number"<script>Stripe.card.createToken(',
      '<html><head><meta http-equiv="Content-Security-Policy" content="{% csp %}"><body><p>unclosed',
      '<input {{#if a}}name="cvc"{{/if}} {% if b %}autocomplete="cc-number"{% endif %} <% if c %>id="pan"<% end %>>',
      '</div></span><<<>>><!-- <script> -->',
      huge,
      '',
    ];
    for (const page of pages) {
      const result = await lint(page, 'x.html', { all: true });
      expect(result.messages.filter((m) => m.fatal && !/Parsing error/.test(m.message))).toEqual([]);
    }
    // Parsing the 20,000-line page (the HTML tokenizer, scope analysis) takes seconds on a shared machine; our rules
    // take about 0.2 s of it.
  }, 30_000);
});

describe('configs.vue', () => {
  it('checks the template and the script blocks of a single-file component', async () => {
    const result = await lint(
      `<template>
  <form @submit.prevent="pay">
    <input v-model="number" name="card_number">
    <script src="https://js.stripe.com/v2/"></script>
  </form>
</template>
<script setup lang="ts">
const api: string = 'http://api.stripe.com/v1/tokens';
</script>`,
      'src/components/Pay.vue',
      { all: true },
    );
    expect(summary(result)).toEqual([
      'stripe-pci/no-raw-card-inputs:rawCardInput@3:29-3:47',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Script@4:17-4:44',
      'stripe-pci/require-https-stripe-urls:insecureStripeUrl@8:22-8:43',
    ]);
  });
});
