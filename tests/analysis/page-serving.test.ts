import type { TSESLint } from '@typescript-eslint/utils';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analysisPasses, resetAnalysisPasses } from '../../src/analysis/file-cache.js';
import { mayServePages } from '../../src/analysis/page-serving.js';
import { runWithRule } from './helpers.js';

function servesPages(code: string, filename = 'server.ts'): boolean {
  let found: boolean | undefined;
  runWithRule(
    code,
    (context: Readonly<TSESLint.RuleContext<string, []>>) => {
      found = mayServePages(context.sourceCode, context.physicalFilename);
      return {};
    },
    { filename },
  );
  return found!;
}

describe('mayServePages', () => {
  it('servers that render views or serve static files and HTML', () => {
    const servers = [
      // Express with a view engine and static assets.
      `import express from 'express';
import helmet from 'helmet';
const app = express();
app.set('view engine', 'handlebars');
app.use(helmet());
app.get('/', (req, res) => res.render('index'));`,
      `const express = require('express');
const app = express();
app.use(express.static(path.join(__dirname, 'public')));`,
      `app.get('*', (req, res) => res.sendFile(path.join(__dirname, 'client/build/index.html')));`,
      // NestJS: static assets and MVC views.
      `import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
const app = await NestFactory.create<NestExpressApplication>(AppModule);
app.useStaticAssets(join(__dirname, '..', 'public'));
app.setViewEngine('hbs');`,
      `@Controller() export class CheckoutController { @Get() @Render('checkout') page() { return {}; } }`,
      // Fastify and Koa plugins.
      `fastify.register(require('@fastify/static'), { root: path.join(__dirname, 'public') });`,
      `import serve from 'koa-static'; app.use(serve('public'));`,
      // A Next.js custom server.
      `const next = require('next');
const app = next({ dev });
const handle = app.getRequestHandler();`,
      // HTML written by hand.
      `res.writeHead(200, { 'Content-Type': 'text/html' }); res.end('<!DOCTYPE html><html>…</html>');`,
    ];
    expect(servers.map((code) => servesPages(code))).toEqual(servers.map(() => true));
  });

  it('JSON-only API servers', () => {
    const apis = [
      // Ts.ED-like: a raw body for the Stripe webhook, JSON everywhere else.
      `import helmet from 'helmet';
import bodyParser from 'body-parser';
export class Server {
  $beforeRoutesInit() {
    this.app
      .use('/api/rest/payment/stripe-webhook', bodyParser.raw({ type: '*/*' }))
      .use(bodyParser.json())
      .use(helmet());
  }
}`,
      `import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
const app = await NestFactory.create(AppModule);
app.use(helmet({}));
app.enableCors();
await app.listen(3000);`,
      `app.get('/api/orders', async (req, res) => res.json(await Order.find()));`,
    ];
    expect(apis.map((code) => servesPages(code))).toEqual(apis.map(() => false));
  });

  it('static files that are only folders of uploads serve no page; any other static mount, sendFile, or a mount it cannot read does (real-world batch X)', () => {
    const uploadsOnly = [
      `app.use('/uploads', express.static(uploadDir));`,
      `app.use(express.static(path.join(__dirname, '..', 'uploads')));`,
      `app.useStaticAssets(join(process.cwd(), 'public', 'storage'), { index: false, prefix: '/storage' });`,
      `router.use('/media/', serveStatic(mediaRoot)); app.use('/avatars', express.static('data/avatars'));`,
      `app.use('/uploads', cors({ origin: ENV.corsOrigin, credentials: true }), express.static(uploadDir));`,
    ];
    const pages = [
      `app.use('/uploads', express.static('uploads')); app.use(express.static('public'));`,
      `app.use(express.static(staticDir));`,
      `app.use('/uploads', express.static('uploads')); app.get('*', (req, res) => res.sendFile(indexHtml));`,
      `// express.static(…) is not used here\napp.get('/health', (req, res) => res.json({ ok: true }));`,
      `import fastifyStatic from '@fastify/static';\nfastify.register(fastifyStatic, { root: path.join(__dirname, 'uploads') });`,
    ];
    expect(uploadsOnly.map((code) => servesPages(code))).toEqual(uploadsOnly.map(() => false));
    expect(pages.map((code) => servesPages(code))).toEqual(pages.map(() => true));
  });

  it('a static folder next to the linted file that is not on disk serves no page, unless a build writes it (real-world batch BG)', () => {
    const inProject = (project: string, file: string): string => fileURLToPath(new URL(`../fixtures/projects/${project}/${file}`, import.meta.url));
    const api = inProject('express-api', 'app.js');
    const site = inProject('express-site', 'app.js');
    // The same express-generator app: the API never made its `public` folder, the site keeps its pages there.
    expect(servesPages(readFileSync(api, 'utf8'), api)).toBe(false);
    expect(servesPages(readFileSync(site, 'utf8'), site)).toBe(true);
    expect(
      [
        `app.use(express.static(path.resolve(__dirname, '..', 'client', 'build')));`, // a build output, made by the build
        `app.use(express.static(path.join(__dirname, staticFolder)));`, // not read
        `app.use(express.static('public'));`, // relative to the working directory, not to this file
        `app.use(express.static(path.join(__dirname, 'public'))); app.use(express.static(path.join(__dirname, 'assets')));`,
      ].map((code) => servesPages(code, api)),
    ).toEqual([true, true, true, false]);
    // A file not on disk (an editor buffer, a test's name) is not judged by its folders.
    expect(servesPages(`app.use(express.static(path.join(__dirname, 'public')));`, inProject('express-api', 'server.js'))).toBe(true);
  });

  it('is computed once per file, however often asked', () => {
    resetAnalysisPasses();
    const answers: boolean[] = [];
    runWithRule(`app.use(express.static('public'));`, (context) => {
      answers.push(mayServePages(context.sourceCode), mayServePages(context.sourceCode));
      return {};
    });
    expect(answers).toEqual([true, true]);
    expect(analysisPasses().get('page-serving')).toBe(1);
  });
});
