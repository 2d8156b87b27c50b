import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { URL_HOLE } from '../../src/analysis/http-calls.js';
import { navigationOfAssignment, navigationOfCall, type Navigation } from '../../src/analysis/navigations.js';
import { urlQueryEncodings } from '../../src/analysis/values.js';
import { probeArguments, runWithRule, type RunOptions } from './helpers.js';

interface Seen {
  line: number;
  client: string;
  url: string | null;
  urlNode: string | null;
  queries: string[];
  route?: string;
}

/** Every navigation of the file, in source order: what it is called, its URL text (holes as `…`), URL node and query objects as written. */
function navigations(code: string, options: RunOptions = {}): Seen[] {
  const seen: Seen[] = [];
  runWithRule(
    code,
    (context) => {
      const record = (navigation: Navigation | null): void => {
        if (!navigation) return;
        const text = (node: TSESTree.Node): string => context.sourceCode.getText(node);
        seen.push({
          line: navigation.node.loc.start.line,
          client: navigation.client,
          url: navigation.url?.replaceAll(URL_HOLE, '…') ?? null,
          urlNode: navigation.urlNode && text(navigation.urlNode),
          queries: navigation.queries.map(text),
          ...(navigation.route === undefined ? {} : { route: navigation.route }),
        });
      };
      return {
        CallExpression: (node) => record(navigationOfCall(node, context.sourceCode)),
        AssignmentExpression: (node) => record(navigationOfAssignment(node, context.sourceCode)),
      };
    },
    options,
  );
  return seen.sort((a, b) => a.line - b.line);
}

describe('navigationOfAssignment / navigationOfCall: the browser location', () => {
  it('reads assignments to the location and its href, and its assign / replace / window.open', () => {
    expect(
      navigations(
        [
          'function go(cvv, id) {',
          '  window.location.href = `/pay.php?cvv=${cvv}`;',
          '  location.href = "/done?id=" + id;',
          '  window.location = "/next";',
          '  document.location.href = "/doc";',
          '  location.assign(`/a?x=${id}`);',
          '  window.location.replace("/b");',
          '  window.open("/receipt?id=" + id, "_blank");',
          '  open("/popup");',
          '}',
        ].join('\n'),
        { parser: 'espree', filename: 'page.js' },
      ),
    ).toEqual([
      { line: 2, client: 'window.location.href', url: '/pay.php?cvv=…', urlNode: '`/pay.php?cvv=${cvv}`', queries: [] },
      { line: 3, client: 'location.href', url: '/done?id=…', urlNode: '"/done?id=" + id', queries: [] },
      { line: 4, client: 'window.location', url: '/next', urlNode: '"/next"', queries: [] },
      { line: 5, client: 'document.location.href', url: '/doc', urlNode: '"/doc"', queries: [] },
      { line: 6, client: 'location.assign', url: '/a?x=…', urlNode: '`/a?x=${id}`', queries: [] },
      { line: 7, client: 'window.location.replace', url: '/b', urlNode: '"/b"', queries: [] },
      { line: 8, client: 'window.open', url: '/receipt?id=…', urlNode: '"/receipt?id=" + id', queries: [] },
      { line: 9, client: 'open', url: '/popup', urlNode: '"/popup"', queries: [] },
    ]);
  });

  it('knows no location of the file, other properties, compound assignments or other receivers', () => {
    expect(
      navigations(
        [
          'import { useLocation } from "react-router-dom";',
          'export function A(cvv) {',
          '  const location = useLocation();',
          '  location.href = `/x?cvv=${cvv}`;',
          '  location.assign("/y");',
          '}',
          'function B(win, url) {',
          '  win.location.href = url;',
          '  window.location.hash = "#top";',
          '  window.location.href += "?a=1";',
          '  history.replace("/z");',
          '  const open = () => {};',
          '  open("/w");',
          '  str.replace("a", "b");',
          '}',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('navigationOfCall: routers and redirects', () => {
  it("reads Next.js' router (hook and singleton) with a URL or a location object, and its redirect", () => {
    expect(
      navigations(`
        import { useRouter } from 'next/router';
        import Router from 'next/router';
        import { redirect } from 'next/navigation';
        export function Pay({ cardNumber, cvv }) {
          const router = useRouter();
          router.push({ pathname: '/checkout/confirm', query: { cardNumber, cvv } });
          router.replace(\`/confirm?cvv=\${cvv}\`);
          Router.push('/done');
          redirect('/orders?cvv=' + cvv);
        }
      `),
    ).toEqual([
      { line: 7, client: 'router.push', url: '/checkout/confirm', urlNode: "'/checkout/confirm'", queries: ['{ cardNumber, cvv }'] },
      { line: 8, client: 'router.replace', url: '/confirm?cvv=…', urlNode: '`/confirm?cvv=${cvv}`', queries: [] },
      { line: 9, client: 'Router.push', url: '/done', urlNode: "'/done'", queries: [] },
      { line: 10, client: 'redirect', url: '/orders?cvv=…', urlNode: "'/orders?cvv=' + cvv", queries: [] },
    ]);
  });

  it("reads React Router's navigate (a URL, or a pathname and search) and Remix's redirect", () => {
    expect(
      navigations(`
        import { useNavigate } from 'react-router-dom';
        import { redirect } from '@remix-run/node';
        export function Pay({ cvv, params }) {
          const navigate = useNavigate();
          navigate(\`/confirm?cvv=\${cvv}\`);
          navigate({ pathname: '/confirm', search: \`?cvv=\${cvv}\` });
          navigate({ pathname: '/confirm', search: params.toString() });
          navigate(-1);
          return redirect('/done');
        }
      `),
    ).toEqual([
      { line: 6, client: 'navigate', url: '/confirm?cvv=…', urlNode: '`/confirm?cvv=${cvv}`', queries: [] },
      { line: 7, client: 'navigate', url: '/confirm?cvv=…', urlNode: '`?cvv=${cvv}`', queries: [] },
      { line: 8, client: 'navigate', url: '/confirm', urlNode: "'/confirm'", queries: ['params.toString()'] },
      { line: 9, client: 'navigate', url: null, urlNode: '-1', queries: [] },
      { line: 10, client: 'redirect', url: '/done', urlNode: "'/done'", queries: [] },
    ]);
  });

  it("reads Vue Router's useRouter(), this.$router and the app's router module, Nuxt's navigateTo and SvelteKit's goto / redirect", () => {
    expect(
      navigations(`
        import { useRouter } from 'vue-router';
        import router from '@/router';
        import { goto } from '$app/navigation';
        import { redirect } from '@sveltejs/kit';
        export default {
          methods: {
            pay(cvv) {
              this.$router.push({ name: 'confirm', query: { cvv } });
              useRouter().replace({ path: '/confirm', query: { cvv } });
              router.push('/done');
              navigateTo({ path: '/nuxt', query: { cvv } });
              goto(\`/svelte?cvv=\${cvv}\`);
              throw redirect(303, '/kit');
            },
          },
        };
      `),
    ).toEqual([
      { line: 9, client: 'this.$router.push', url: null, urlNode: null, queries: ['{ cvv }'], route: 'confirm' },
      { line: 10, client: 'useRouter().replace', url: '/confirm', urlNode: "'/confirm'", queries: ['{ cvv }'] },
      { line: 11, client: 'router.push', url: '/done', urlNode: "'/done'", queries: [] },
      { line: 12, client: 'navigateTo', url: '/nuxt', urlNode: "'/nuxt'", queries: ['{ cvv }'] },
      { line: 13, client: 'goto', url: '/svelte?cvv=…', urlNode: '`/svelte?cvv=${cvv}`', queries: [] },
      { line: 14, client: 'redirect', url: '/kit', urlNode: "'/kit'", queries: [] },
    ]);
  });

  it("reads Angular's Router, injected by type or with inject(), navigate's commands and queryParams", () => {
    expect(
      navigations(`
        import { inject } from '@angular/core';
        import { Router } from '@angular/router';
        export class PayComponent {
          private router = inject(Router);
          constructor(private readonly nav: Router) {}
          submit(cvv: string) {
            this.router.navigate(['/orders', 'confirm'], { queryParams: { cvv } });
            this.nav.navigateByUrl('/confirm?cvv=' + cvv);
          }
        }
        export function guard(router: Router) {
          return router.navigate([somewhere]);
        }
      `),
    ).toEqual([
      { line: 8, client: 'this.router.navigate', url: '/orders/confirm', urlNode: null, queries: ['{ cvv }'] },
      { line: 9, client: 'this.nav.navigateByUrl', url: '/confirm?cvv=…', urlNode: "'/confirm?cvv=' + cvv", queries: [] },
      { line: 13, client: 'router.navigate', url: null, urlNode: null, queries: [] },
    ]);
  });

  it('knows no push of a list, no router of another module, no navigate or goto of the file and no other redirect', () => {
    expect(
      navigations(`
        import { Router } from 'express';
        import router from './api/routes';
        import { redirect } from './helpers';
        const items = [];
        const express = Router();
        export function f(cvv, res, navigate) {
          items.push({ cvv });
          express.push?.('/x');
          router.push('/y');
          redirect('/z?cvv=' + cvv);
          navigate('/w?cvv=' + cvv);
          res.redirect('/v?cvv=' + cvv);
          const goto = (u) => u;
          goto('/u');
          const navigateTo = () => {};
          navigateTo('/t');
        }
        class Other { constructor(private router: Router) {} go() { this.router.navigate(['/s']); } }
      `),
    ).toEqual([]);
  });
});

describe('urlQueryEncodings', () => {
  const encodings = (code: string): string[][] =>
    probeArguments(code, (node, sourceCode) => urlQueryEncodings(node, sourceCode).map((n) => sourceCode.getText(n)));

  it('finds the forms a URL appends after its ? or a &, through consts', () => {
    expect(
      encodings(`
        import qs from 'qs';
        const params = new URLSearchParams({ cvv });
        probe('/pay?' + new URLSearchParams(card));
        probe(\`/pay?id=\${id}&\${qs.stringify(card)}\`);
        probe('/pay?' + params);
        probe(\`/pay?\${params.toString()}\`);
        const url = '/pay?' + params;
        probe(url);
      `),
    ).toEqual([['new URLSearchParams(card)'], ['qs.stringify(card)'], ['params'], ['params.toString()'], ['params']]);
  });

  it('finds none in a path, a value or a text', () => {
    expect(
      encodings(`
        const params = new URLSearchParams({ cvv });
        probe('/pay/' + params);
        probe('/pay?q=' + params);
        probe(\`/pay?\${other}\`);
        probe(params);
        probe('/pay?' + JSON.stringify(card));
      `),
    ).toEqual([[], [], [], [], []]);
  });
});

