/**
 * Does a server file show that it serves web pages (views, static files, an SSR framework, HTML), as opposed to JSON
 * only? Evidence for require-stripe-csp: helmet's default policy in a file that names Stripe only as an API (a webhook
 * route, the stripe-node SDK) may belong to a server that serves no page at all, where Stripe.js never loads.
 *
 * Read from the text, exactly as written (case-sensitive): a word below anywhere in the file counts, in code, a string
 * or a comment. That is a superset of the servers that serve pages from this file, so where it errs the rule checks
 * the policy as it did without this evidence.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { perFile } from './file-cache.js';
import { textFinder } from './text-search.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Words of page serving, by framework:
 * - views: Express / Koa / Fastify / Hapi render calls and engines (`app.set('view engine', …)`, `res.render(…)`,
 *   `app.engine(…)`, `reply.view(…)`), Nest / Ts.ED `@Render()` and `setViewEngine`, koa-views, @fastify/view
 *   (point-of-view), @hapi/vision;
 * - static files: `express.static(…)` / serve-static, koa-static, @fastify/static, Nest `useStaticAssets` /
 *   `ServeStaticModule`, Ts.ED `statics`, @hapi/inert, `res.sendFile(…)`;
 * - HTML written by the server: `text/html`, a `.html` file name, `<html`, `<!DOCTYPE`;
 * - server-side rendering frameworks mounted in a custom server: Next.js (`'next'`), Nuxt, Remix, SvelteKit, Angular
 *   Universal / SSR.
 */
export const PAGE_SERVING_WORDS: readonly string[] = [
  'view engine',
  'render(',
  'Render(',
  'renderFile',
  '.engine(',
  '.view(',
  'setViewEngine',
  'koa-views',
  'fastify/view',
  'point-of-view',
  'hapi/vision',
  'static(',
  'Static(',
  'serve-static',
  'koa-static',
  'fastify/static',
  'fastify-static',
  'useStaticAssets',
  'ServeStatic',
  'statics',
  'hapi/inert',
  'sendFile',
  'text/html',
  '.html',
  '<html',
  '<!DOCTYPE',
  '<!doctype',
  "'next'",
  '"next"',
  'nuxt',
  '@remix-run/',
  '@sveltejs/kit',
  '@angular/ssr',
  '@nguniversal/',
];

const mentionsPageServing = textFinder(PAGE_SERVING_WORDS);

/** `PAGE_SERVING_WORDS` in the file's text; once per file. */
export const mayServePages = (sourceCode: SourceCode): boolean =>
  perFile(sourceCode, 'page-serving', () => mentionsPageServing(sourceCode.text));
