import type { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import * as astroParser from 'astro-eslint-parser';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.js';
import { isPageScriptBlock } from '../../src/markup-configs.js';
import { astroProcessor, astroScripts } from '../../src/processors/astro.js';
import { applied, lintWith, summary } from './lint-markup.js';

const lint = (code: string, filePath = 'src/pages/checkout.astro', options: { all?: boolean; fix?: boolean } = {}): Promise<ESLint.LintResult> =>
  lintWith('astro', code, filePath, options);

// A checkout page as an Astro site has it before moving to Elements: a Stripe.js v2 form with its own inputs.
const LEGACY_CHECKOUT = `---
import Layout from '../layouts/Layout.astro';
import { getCart } from '../lib/cart';

const cart = await getCart(Astro.cookies.get('cart')?.value);
const stripe = new Stripe('sk_live_51HqLyjWDarjtT1zdp7dcXGvr0lLyKEyzUuiVhE7XoPvXyLb7wTC0EbIC5Rm81rOA');
---
<Layout title="Checkout">
  <Fragment slot="head">
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'" />
    <script src="https://js.stripe.com/v2/"></script>
  </Fragment>
  <form id="payment-form" action="/api/charge" method="post">
    <label for="card-number">Card number</label>
    <input id="card-number" data-stripe="number" autocomplete="cc-number" />
    <input data-stripe="cvc" placeholder="CVC" />
    <p>Total: {cart.total}</p>
    <button type="submit">Pay</button>
  </form>
  <script is:inline define:vars={{ publishableKey: import.meta.env.PUBLIC_STRIPE_KEY }}>
    Stripe.setPublishableKey(publishableKey);
  </script>
  <script>
    import { track } from '../lib/analytics';

    const form = document.querySelector<HTMLFormElement>('#payment-form')!;
    form.addEventListener('submit', (event: SubmitEvent) => {
      const cardNumber = (document.getElementById('card-number') as HTMLInputElement).value;
      console.log('checkout started', cardNumber);
      track('checkout', { last4: cardNumber.slice(-4) });
    });
  </script>
  <script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product"}</script>
</Layout>
`;

describe('astroScripts', () => {
  it('finds processed, inline and module scripts at their offsets, and skips src, data, spread and empty scripts', () => {
    const component = `---
const a = 1;
---
<div>
<script>\r\n  const y: number = 2;</script>
<script is:inline>var x = 1;</script>
<script is:inline type="module">import b from './b.js';</script>
<script type="module">await import('./c.js');</script>
<script define:vars={{ a }}>console.log(a);</script>
<script type="module" define:vars={{ a }}>import { b } from './b.js'; b(a);</script>
<script src="/app.js">ignored()</script>
<script type="application/ld+json">{"a": 1}</script>
<script type="text/partytown">gtag()</script>
<script {...attrs}>unknown()</script>
<script type={kind}>unknown()</script>
<script>   </script>
{a > 0 && <script is:inline>nested()</script>}
</div>`;
    const at = (text: string): number => component.indexOf(text);
    expect(astroScripts(component)).toEqual([
      { text: '\r\n  const y: number = 2;', module: true, offset: at('\r\n  const y'), line: 5, column: 8, kind: 'processed' },
      { text: 'var x = 1;', module: false, offset: at('var x'), line: 7, column: 18, kind: 'classic' },
      { text: "import b from './b.js';", module: true, offset: at('import b'), line: 8, column: 32, kind: 'module' },
      { text: "await import('./c.js');", module: true, offset: at("await import('./c"), line: 9, column: 22, kind: 'module' },
      { text: 'console.log(a);', module: false, offset: at('console.log(a)'), line: 10, column: 28, kind: 'function' },
      { text: "import { b } from './b.js'; b(a);", module: true, offset: at("import { b }"), line: 11, column: 42, kind: 'module' },
      { text: 'nested()', module: false, offset: at('nested()'), line: 18, column: 28, kind: 'classic' },
    ]);
  });

  it('reads a component of tens of thousands of scripts in time linear in its size', () => {
    // The Astro compiler itself gives up near a thousand scripts (its JSON printer runs out of memory): the template is
    // built here as the parser would give it, at a size where work quadratic in the scripts would take minutes.
    const pieces = Array.from({ length: 20_000 }, (_, i) => `<p>Step ${i}</p>\n<script is:inline>\n  track(${i});\n</script>`);
    const component = pieces.join('\n');
    const children: unknown[] = [];
    let offset = 0;
    for (const piece of pieces) {
      const content = piece.indexOf('\n  track');
      const value = piece.slice(content, piece.indexOf('</script>'));
      children.push({
        type: 'element',
        name: 'script',
        attributes: [{ type: 'attribute', kind: 'empty', name: 'is:inline', value: '' }],
        children: [{ type: 'text', value, position: { start: { offset: offset + content } } }],
      });
      offset += piece.length + 1;
    }
    const parser = { parseTemplate: () => ({ result: { ast: { type: 'root', children } } }) };
    const started = performance.now();
    const scripts = astroScripts(component, parser);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(scripts).toHaveLength(20_000);
    expect(scripts[19_999]).toMatchObject({ text: '\n  track(19999);\n', line: 79_998, column: 18, kind: 'classic' });
  });

  it('returns nothing for a component the parser rejects, and survives malformed markup', () => {
    expect(astroScripts('---\nconst a = \n<script>x()</script>')).toEqual(expect.any(Array));
    expect(astroScripts('<div><script>a()</div')).toEqual(expect.any(Array));
    expect(astroScripts('<<<>>><script')).toEqual(expect.any(Array));
    expect(astroScripts('')).toEqual([]);
  });

  it('names its blocks as page scripts, which run in the browser', () => {
    expect(astroProcessor.preprocess!('<script>a()</script>\n<script is:inline>b()</script>', 'src/pages/a.astro')).toEqual([
      '<script>a()</script>\n<script is:inline>b()</script>',
      { text: 'a()', filename: 'script.ts' },
      { text: 'b()', filename: 'script.js' },
    ]);
    astroProcessor.postprocess!([[], [], []], 'src/pages/a.astro');
    expect(['src/pages/a.astro/1_script.ts', 'a.ASTRO/2_script.js', 'a.astro/3_script.mjs', 'a.astro/4_script.cjs'].map(isPageScriptBlock)).toEqual([true, true, true, true]);
    expect(['a.astro/1_script.tsx', 'a.astro/x_script.ts', 'a.html/1_script.ts', 'src/script.ts'].map(isPageScriptBlock)).toEqual([false, false, false, false]);
  });
});

describe('configs.astro', () => {
  it('has the component entry with its parser and processor, and one entry per kind of script block', () => {
    expect(plugin.configs.astro.map((entry) => [entry.name, entry.files, entry.rules])).toEqual([
      ['stripe-pci/astro', ['**/*.astro'], plugin.configs.recommended.rules],
      ['stripe-pci/astro-scripts', ['**/*.astro/[0-9]*_script.ts'], plugin.configs.recommended.rules],
      ['stripe-pci/astro-inline-scripts', ['**/*.astro/[0-9]*_script.js'], plugin.configs.recommended.rules],
      ['stripe-pci/astro-inline-module-scripts', ['**/*.astro/[0-9]*_script.mjs'], plugin.configs.recommended.rules],
      ['stripe-pci/astro-define-vars-scripts', ['**/*.astro/[0-9]*_script.cjs'], plugin.configs.recommended.rules],
    ]);
    expect(plugin.configs.astro[0]!.processor).toBe(plugin.processors.astro);
  });

  it('checks the frontmatter, the template (as JSX elements) and each script, at their places in the component', async () => {
    const result = await lint(LEGACY_CHECKOUT);
    expect(summary(result)).toEqual([
      // frontmatter: server code, a live key in it all the same
      'stripe-pci/no-hardcoded-stripe-key:hardcodedKey@6:28-6:101',
      // template: the CSP's default-src stands in for frame-src and connect-src
      'stripe-pci/require-stripe-csp:missingStripeSources@10:57-10:75',
      'stripe-pci/require-stripe-csp:missingStripeSources@10:57-10:75',
      'stripe-pci/require-stripe-csp:missingStripeSources@10:77-10:94',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Script@11:17-11:44',
      // data-stripe inputs: read by Stripe.js v2 in the page; autocomplete is the strongest evidence
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@15:50-15:74',
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@16:12-16:29',
      // the is:inline script, as the browser runs it
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@21:5-21:29',
      // the processed TypeScript script
      'stripe-pci/no-card-data-logging:panLogged@29:39-29:49',
    ]);
    // Findings keep their suggestions, a script's moved onto the component: each, applied, still parses and leaves
    // that finding (the same message) one time fewer.
    const count = (messages: readonly { message: string }[], text: string): number => messages.filter((m) => m.message === text).length;
    let suggestions = 0;
    for (const message of result.messages) {
      for (const suggestion of message.suggestions ?? []) {
        suggestions++;
        const output = applied(LEGACY_CHECKOUT, suggestion.fix);
        expect(() => astroParser.parseForESLint(output, { parser: '@typescript-eslint/parser' })).not.toThrow();
        const after = await lint(output);
        expect(after.messages.every((m) => !m.fatal)).toBe(true);
        expect(count(after.messages, message.message)).toBe(count(result.messages, message.message) - 1);
      }
    }
    expect(suggestions).toBe(6);
    // The template renders HTML, not React: the inputs' advice is Stripe.js's own, with no React element suggested.
    const inputs = result.messages.filter((m) => m.ruleId === 'stripe-pci/no-raw-card-inputs');
    expect(inputs.map((m) => [m.message.slice(m.message.indexOf('Elements: ')), m.suggestions ?? []])).toEqual([
      ["Elements: mount `elements.create('cardNumber')`, or the Payment Element `elements.create('payment')`, in place of the input.", []],
      ["Elements: mount `elements.create('cardCvc')`, or the Payment Element `elements.create('payment')`, in place of the input.", []],
    ]);
    // The frontmatter reads server variables from import.meta.env.
    const key = result.messages.find((m) => m.messageId === 'hardcodedKey');
    expect(key?.suggestions?.map((s) => [s.messageId, s.desc, s.fix.text])).toEqual([
      ['useImportMetaEnv', 'Read it from import.meta.env.STRIPE_SECRET_KEY instead.', 'import.meta.env.STRIPE_SECRET_KEY'],
    ]);
    const v2 = result.messages.find((m) => m.messageId === 'stripeJsV2Api');
    expect(v2?.suggestions?.map((s) => LEGACY_CHECKOUT.slice(s.fix.range[0], s.fix.range[1]))).toEqual(['Stripe.setPublishableKey(publishableKey)']);
  });

  it('reports a test secret key in a script that runs in the browser, not in the frontmatter, which runs on the server', async () => {
    const key = 'sk_test_51HqLyjWDarjtT1zdp7dcXGvr0lLyKEyzUuiVhE7XoPvXyLb7wTC0EbIC5Rm81rOA';
    const component = `---\nimport Stripe from 'stripe';\nconst stripe = new Stripe('${key}');\n---\n<script>\n  const client = new Stripe('${key}');\n</script>\n`;
    expect(summary(await lint(component))).toEqual(['stripe-pci/no-hardcoded-stripe-key:hardcodedKey@6:30-6:103']);
    // limitation: the template is rendered into the page, but it shares the file with the frontmatter (server code):
    // a test secret key in an attribute is tolerated by allowTestKeys as one in the frontmatter is.
    expect(summary(await lint(`<div id="checkout" data-key="${key}"></div>\n`))).toEqual([]);
    const live = await lint(`<div id="checkout" data-key="${key.replace('_test_', '_live_')}"></div>\n`);
    expect(summary(live)).toEqual(['stripe-pci/no-hardcoded-stripe-key:hardcodedKey@1:30-1:103']);
    // No suggestion there: read from the environment, a secret would still be rendered into the page.
    expect(live.messages[0]!.suggestions ?? []).toEqual([]);
  });

  it("reports a key in the template's HTML comments, which go out with the page, at its place", async () => {
    const component = `<footer>
  <!--
    TODO move to env: sk_live_51Hq8ZtLkR2vN7mWxT6gHs2Lp4KfQ9rXyZ3aBcD
  -->
  <p>© Shop</p>
</footer>
`;
    expect(summary(await lint(component))).toEqual(['stripe-pci/no-hardcoded-stripe-key:hardcodedKey@3:23-3:70']);
  });

  it("reads a CSP <meta>'s content through the frontmatter's constants, and reports it where the policy is written", async () => {
    const component = `---
const csp = ["default-src 'self'", "script-src 'self' https://js.stripe.com"].join('; ');
---
<html>
  <head>
    <meta http-equiv="Content-Security-Policy" content={csp} />
    <script src="https://js.stripe.com/v3/"></script>
  </head>
</html>
`;
    expect(summary(await lint(component))).toEqual([
      'stripe-pci/require-stripe-csp:missingStripeSources@2:15-2:33',
      'stripe-pci/require-stripe-csp:missingStripeSources@2:15-2:33',
    ]);
  });

  it('parses an inline script as browsers do (`<!--` comments) and a define:vars one as the function body Astro makes of it (real-world batch 85)', async () => {
    const component = `<script is:inline>
<!--
  console.log('cvc', document.getElementById('cvc').value);
//-->
</script>
<script is:inline define:vars={{ debug: import.meta.env.DEV }}>
  if (!debug) return;
  const form = document.getElementById('payment-form');
  console.log(form.elements.cardNumber.value);
</script>
`;
    expect(summary(await lint(component))).toEqual([
      'stripe-pci/no-card-data-logging:authDataLogged@3:22-3:58',
      'stripe-pci/no-card-data-logging:panLogged@9:15-9:45',
    ]);
  });

  it('lints a component without scripts, and one whose inline script does not parse, without throwing', async () => {
    expect(summary(await lint('---\nconst title = "Thanks";\n---\n<h1>{title}</h1>\n'))).toEqual([]);
    const broken = await lint('<p>Pay</p>\n<script is:inline>\n  if (</script>\n<input name="cvc" />\n');
    expect(summary(broken)).toEqual(['fatal:Parsing error: Unexpected token@3:7-undefined:undefined', 'stripe-pci/no-raw-card-inputs:rawCardInput@4:8-4:18']);
  });

  it('applies fixes of script blocks at their place in the component', async () => {
    const component = '<script is:inline>\n  fetch("http://api.stripe.com/v1/charges");\n</script>\n';
    const before = await lint(component, 'src/pages/pay.astro', { all: true });
    expect(summary(before)).toEqual(['stripe-pci/require-https-stripe-urls:insecureStripeUrl@2:10-2:31']);
    const fixed = await lint(component, 'src/pages/pay.astro', { all: true, fix: true });
    expect(fixed.output).toBe('<script is:inline>\n  fetch("https://api.stripe.com/v1/charges");\n</script>\n');
    expect(fixed.messages).toEqual([]);
  });

  it('finds nothing on a Payment Element checkout, and the legacy Stripe.js v2 form on a ported page (tests/fixtures/markup)', async () => {
    const fixture = (name: string): string => readFileSync(new URL(`../fixtures/markup/${name}`, import.meta.url), 'utf8');
    expect(summary(await lint(fixture('StripeCheckout.astro'), 'src/pages/checkout.astro', { all: true }))).toEqual([]);
    expect(summary(await lint(fixture('LegacyCardForm.astro'), 'src/pages/upgrade.astro', { all: true }))).toEqual([
      'stripe-pci/no-stripe-js-v2:stripeJsV2Script@8:15-8:42',
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@12:74-12:98',
      'stripe-pci/no-raw-card-inputs:cardInputReadInPage@13:44-13:61',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@21:5-21:29',
      'stripe-pci/no-stripe-js-v2:stripeJsV2Api@26:7-26:30',
    ]);
  });
});
