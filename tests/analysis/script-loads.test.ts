import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  amdScriptUrls,
  declaredScriptSrcValue,
  findStripeScriptUrl,
  isScriptSrcAttribute,
  jsxScriptSrcValue,
  pageLoadsLegacyStripeJs,
  scriptUrlArguments,
  srcAssignmentValue,
} from '../../src/analysis/script-loads.js';
import { runWithRule, type RunOptions } from './helpers.js';

describe('findStripeScriptUrl', () => {
  it.each([
    ['https://js.stripe.com/v2/', 'stripe-js-v2', 'https://js.stripe.com/v2/'],
    ['//js.stripe.com/v1/', 'stripe-js-v1', '//js.stripe.com/v1/'],
    ['http://js.stripe.com/v2', 'stripe-js-v2', 'http://js.stripe.com/v2'],
    ['https://js.stripe.com/v2/?foo=1', 'stripe-js-v2', 'https://js.stripe.com/v2/'],
    ['https://checkout.stripe.com/checkout.js', 'legacy-checkout', 'https://checkout.stripe.com/checkout.js'],
    ['https://checkout.stripe.com/v2/checkout.js#x', 'legacy-checkout', 'https://checkout.stripe.com/v2/checkout.js'],
    ['https://js.stripe.com/v3/', 'stripe-js-current', 'https://js.stripe.com/v3/'],
  ] as const)('%s → %s', (text, kind, url) => {
    const found = findStripeScriptUrl(text);
    expect(found?.kind).toBe(kind);
    expect(text.slice(found!.url.start, found!.url.end)).toBe(url);
  });

  it.each([
    'https://connect-js.stripe.com/v1.0/connect.js',
    'https://js.stripe.com.evil.test/v2/',
    'https://cdn.example.com/js.stripe.com/v2/',
    'https://example.com/?next=js.stripe.com/v2/',
    'js.stripe.com/v2/',
    'https://checkout.stripe.com/c/pay/cs_test_a1',
  ])('%s is not a legacy Stripe script', (text) => {
    const found = findStripeScriptUrl(text);
    expect(found === null || found.kind === 'stripe-js-current').toBe(true);
  });

  it('a prefix is enough once the version slash is written', () => {
    expect(findStripeScriptUrl('https://js.stripe.com/v2/', false)?.kind).toBe('stripe-js-v2');
    expect(findStripeScriptUrl('https://js.stripe.com/v2', false)).toBeNull();
    expect(findStripeScriptUrl('https://js.stripe.com/v2?x=', false)?.kind).toBe('stripe-js-v2');
  });
});

describe('pageLoadsLegacyStripeJs', () => {
  it("is true for a page's own <script src> of Stripe.js v1 or v2, with or without quotes and scheme", () => {
    expect(pageLoadsLegacyStripeJs('<head><script type="text/javascript" src="https://js.stripe.com/v2/"></script></head>')).toBe(true);
    expect(pageLoadsLegacyStripeJs("<script src='//js.stripe.com/v1'></script>")).toBe(true);
    expect(pageLoadsLegacyStripeJs('<SCRIPT src=https://js.stripe.com/v2>')).toBe(true);
  });
  it('is false for Stripe.js v3, other hosts and URLs that are no script source', () => {
    expect(pageLoadsLegacyStripeJs('<script src="https://js.stripe.com/v3/"></script>')).toBe(false);
    expect(pageLoadsLegacyStripeJs('<script src="https://js.stripe.com.evil.example/v2/"></script>')).toBe(false);
    expect(pageLoadsLegacyStripeJs('<a href="https://js.stripe.com/v2/">docs</a> <script src="/app.js"></script>')).toBe(false);
  });
});

describe('isScriptSrcAttribute', () => {
  it('script src in JSX, HTML and Vue spellings', () => {
    expect(isScriptSrcAttribute('script', 'src')).toBe(true);
    expect(isScriptSrcAttribute('Script', 'src')).toBe(true);
    expect(isScriptSrcAttribute('SCRIPT', 'SRC')).toBe(true);
    expect(isScriptSrcAttribute('img', 'src')).toBe(false);
    expect(isScriptSrcAttribute('script', 'data-src')).toBe(false);
  });
});

/** Source text of every script URL node found at calls, `.src` assignments and JSX attributes. */
function loads(code: string, options: RunOptions = {}): string[] {
  const out: string[] = [];
  runWithRule(
    code,
    (context) => ({
      CallExpression(node: TSESTree.CallExpression) {
        for (const url of scriptUrlArguments(node, context.sourceCode)) out.push(context.sourceCode.getText(url));
      },
      AssignmentExpression(node: TSESTree.AssignmentExpression) {
        const value = srcAssignmentValue(node);
        if (value) out.push(context.sourceCode.getText(value));
      },
      JSXAttribute(node: TSESTree.JSXAttribute) {
        const value = jsxScriptSrcValue(node);
        if (value) out.push(context.sourceCode.getText(value));
      },
      Property(node: TSESTree.Property) {
        const value = declaredScriptSrcValue(node);
        if (value) out.push(context.sourceCode.getText(value));
      },
    }),
    options,
  );
  return out;
}

describe('script load sites', () => {
  it("a page head's declared scripts: a head's script list, react-helmet's script prop (real-world batch 278); not any script list (regression probe 280)", () => {
    expect(
      loads(
        `
        export default { head: { script: [{ src: nuxt }, { innerHTML: x }], link: [{ src: notScript }] } };
        useHead({ 'script': [{ 'src': unhead, async: true }] });
        const img = { src: alone };
        const list = [{ src: inList }];
        const el = <Helmet script={[{ type: 'text/javascript', src: helmet }]} images={[{ src: other }]} />;
        export const page = { head() { return { script: [{ src: vueMeta }] }; }, metaInfo: () => ({ script: [{ src: arrow }] }) };
        const blocked = { script: [{ src: cspReport, directive: 'script-src' }] };
        build({ copy: { script: [{ src: vendored }] } });
        `,
        { filename: 'src/page.tsx' },
      ),
    ).toEqual(['nuxt', 'unhead', 'helmet', 'vueMeta', 'arrow']);
  });

  it('loader calls, setAttribute, .src, JSX', () => {
    expect(
      loads(`
        import Script from 'next/script';
        const s = document.createElement('script');
        s.src = a;
        s['src'] = b;
        s.setAttribute('src', c);
        s.setAttribute('href', no1);
        loadScript(d, () => {});
        $.getScript(e);
        jQuery.getScript(f);
        useScript(g);
        loadjs([h, i], 'bundle');
        importScripts(j, k);
        loadScript({ src: l, async: true });
        const el = <><script src={m} /><Script src="n" strategy="afterInteractive" /><img src={no2} /></>;
        other(no3);
        img.srcset = no4;
      `),
    ).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', '"n"']);
  });

  it('default imports and requires of loader packages, under any local name', () => {
    expect(
      loads(`
        import load from 'load-script';
        const $script = require('scriptjs');
        const fetchIt = require('node-fetch');
        load(a, cb);
        $script(b, cb);
        fetchIt(no);
      `),
    ).toEqual(['a', 'b']);
  });

  it('a loader package named with escapes is still one (the file-level gate reads decoded text)', () => {
    expect(loads(`import load from 'load\\x2dscript'; const $s = require('script\\u006As'); load(a); $s(b); other(no);`)).toEqual(['a', 'b']);
  });

  it('espree, CommonJS', () => {
    expect(loads(`const get = require('little-loader'); get(a); window.loadScript(b);`, { parser: 'espree' })).toEqual(['a', 'b']);
  });
});

describe('amdScriptUrls', () => {
  const amd = (code: string): string[] => {
    const out: string[] = [];
    runWithRule(
      code,
      (context) => ({
        CallExpression(node: TSESTree.CallExpression) {
          for (const url of amdScriptUrls(node)) out.push(context.sourceCode.getText(url));
        },
      }),
      { parser: 'espree', filename: 'main.js' },
    );
    return out;
  };

  it("reads AMD dependency lists and RequireJS paths (a path's fallbacks too)", () => {
    expect(
      amd(`
        define('Stripe', ['noext!https://js.stripe.com/v1/'], function () {});
        require(['jquery', 'https://js.stripe.com/v2/'], function ($) {});
        requirejs(['a']);
        define([url], function () {});
        require.config({ paths: { stripe: 'https://js.stripe.com/v2/stripe', checkout: ['https://checkout.stripe.com/checkout', 'lib/co'] } });
      `),
    ).toEqual([
      "'noext!https://js.stripe.com/v1/'",
      "'jquery'",
      "'https://js.stripe.com/v2/'",
      "'a'",
      'url',
      "'https://js.stripe.com/v2/stripe'",
      "'https://checkout.stripe.com/checkout'",
      "'lib/co'",
    ]);
  });

  it('CommonJS require, other config calls and computed lists are not AMD', () => {
    expect(amd(`require('https://js.stripe.com/v2/'); app.config({ paths: { a: 'x' } }); require.config(options); loader.require(['x']);`)).toEqual([]);
  });
});
