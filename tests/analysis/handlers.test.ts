import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { exportedByName, headerName, isHonoContextHelperCall, requestHandler, requestRead, type FunctionNode, type RequestHandler } from '../../src/analysis/handlers.js';
import { runWithRule, type RunOptions } from './helpers.js';

interface Summary {
  line: number;
  kind: string;
  requests: string[];
  contexts: string[];
  bodies: string[];
  rawBodies?: string[];
  headers: string[];
  responses: string[];
  middleware: string[];
  path: string | null;
}

/** Every function of `code` that is a request handler, summarised. */
function handlers(code: string, options?: RunOptions): Summary[] {
  const out: Summary[] = [];
  const visit = (sourceCode: never) => (fn: FunctionNode) => {
    const h = requestHandler(fn, sourceCode);
    if (!h) return;
    out.push({
      line: fn.loc.start.line,
      kind: h.kind,
      requests: h.requests.map((v) => v.name),
      contexts: h.contexts.map((v) => v.name),
      bodies: h.bodies.map((v) => v.name),
      ...(h.rawBodies.length > 0 ? { rawBodies: h.rawBodies.map((v) => v.name) } : {}),
      headers: [...h.headers].map(([v, name]) => `${v.name}:${name}`),
      responses: h.responses.map((v) => v.name),
      middleware: h.middleware.map((m) => (m as TSESTree.Node).type),
      path: h.path,
    });
  };
  runWithRule(
    code,
    (context) => {
      const check = visit(context.sourceCode as never);
      return { FunctionDeclaration: check, FunctionExpression: check, ArrowFunctionExpression: check };
    },
    options,
  );
  return out;
}

const base = { requests: [], contexts: [], bodies: [], headers: [], responses: [], middleware: [], path: null };

describe('requestHandler', () => {
  it('route callbacks with paths and middleware; app.use; router.route().post()', () => {
    expect(
      handlers(`
        app.post('/webhook', express.raw({ type: 'application/json' }), verify, (req, res) => {});
        router.route('/orders').post(function (request, reply) {});
        app.use((req, res, next) => next());
        fastify.post('/hook', { preHandler: check, config: { rawBody: true } }, async (request, reply) => {});
        app.get(/.*/, (rq, rs) => {});
      `),
    ).toEqual([
      { ...base, line: 2, kind: 'route', requests: ['req'], responses: ['res'], middleware: ['CallExpression', 'Identifier'], path: '/webhook' },
      { ...base, line: 3, kind: 'route', requests: ['request'], responses: ['reply'], path: '/orders' },
      { ...base, line: 4, kind: 'route', requests: ['req'], responses: ['res'] },
      { ...base, line: 5, kind: 'route', requests: ['request'], responses: ['reply'], middleware: ['Identifier'], path: '/hook' },
      { ...base, line: 6, kind: 'route', requests: ['rq'], responses: ['rs'] },
    ]);
  });

  it('contexts: Koa ctx, Hono c, typed Koa contexts', () => {
    expect(
      handlers(`
        router.post('/webhook', async (ctx, next) => {});
        app.post('/webhook', async (c) => {});
        const handleWebhook = async (context: Koa.ParameterizedContext, next: Koa.Next) => {};
      `).map((h) => [h.kind, h.contexts, h.requests]),
    ).toEqual([
      ['route', ['ctx'], []],
      ['route', ['c'], []],
      ['request-params', ['context'], []],
    ]);
  });

  it('a context taken apart in the parameter list: Hono, Elysia, Koa', () => {
    expect(
      handlers(`
        app.post('/webhook', async ({ req, json }) => {});
        app.post('/webhook', async ({ body, headers, request: incoming = null }) => {});
        router.post('/webhook', async ({ request, response }) => {});
      `).map((h) => [h.kind, h.requests, h.bodies, h.headers, h.contexts]),
    ).toEqual([
      ['route', ['req'], [], [], []],
      ['route', ['incoming'], ['body'], ['headers:null'], []],
      ['route', ['request'], [], [], []],
    ]);
  });

  it('fastify / hapi route objects, handlers registered by name', () => {
    expect(
      handlers(`
        fastify.route({ method: 'POST', url: '/stripe', preHandler: [verify], handler: async (request, reply) => {} });
        server.route({ method: 'POST', path: '/stripe', options: { pre: [check] }, handler(request, h) {} });
        async function onWebhook(rq, rs) {}
        const onOther = (a, b) => {};
        app.post('/webhook', express.json(), onWebhook);
        app.post('/other', onOther);
      `).map((h) => [h.line, h.kind, h.path, h.requests, h.middleware]),
    ).toEqual([
      [2, 'route', '/stripe', ['request'], ['ArrayExpression']],
      [3, 'route', '/stripe', ['request'], ['ArrayExpression']],
      [4, 'route', '/webhook', ['rq'], ['CallExpression']],
      [5, 'route', '/other', ['a'], []],
    ]);
  });

  it('Next.js App Router exports, pages API handlers, generic (req, res)', () => {
    expect(
      handlers(`
        export async function POST(request: Request) {}
        export const GET = async (req: NextRequest) => {};
        async function PUT(request) {}
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {}
        const buffer = (incoming: IncomingMessage) => {};
        function helper(event) {}
        function notRequest(req: Order) {}
      `).map((h) => [h.line, h.kind, h.requests]),
    ).toEqual([
      [2, 'file-route', ['request']],
      [3, 'file-route', ['req']],
      [4, 'request-params', ['request']],
      [5, 'request-params', ['req']],
      [6, 'request-params', ['incoming']],
    ]);
  });

  it('file-based routes: SvelteKit / Astro methods, Cloudflare Pages Functions, Remix actions with their arguments; a first parameter not named or typed like a request is their context', () => {
    expect(
      handlers(`
        export const POST: APIRoute = async ({ request }) => {};
        export async function onRequestPost(context) {}
        export const onRequest = ({ request, env }) => {};
        export async function action({ request, params }) {}
        export async function action2(args: ActionFunctionArgs) {}
        export const action = async (args: Route.ActionArgs) => {};
        export function action(type, payload) {}
        export function action({ type }) {}
        function onRequestGet({ request }) {}
        export async function PUT(event) {}
        export const PATCH = async (requestEvent: RequestEvent) => {};
        export async function DELETE(req: NextRequest) {}
        export const onPost: RequestHandler = async ({ request, json }) => {};
        export async function onPut(requestEvent) {}
      `).map((h) => [h.line, h.kind, h.requests, h.contexts]),
    ).toEqual([
      [2, 'file-route', ['request'], []],
      [3, 'file-route', [], ['context']],
      [4, 'file-route', ['request'], []],
      [5, 'file-route', ['request'], []],
      [6, 'request-params', [], ['args']],
      [7, 'file-route', [], ['args']],
      // SvelteKit's RequestEvent, under any name but a request's
      [11, 'file-route', [], ['event']],
      [12, 'file-route', [], ['requestEvent']],
      [13, 'file-route', ['req'], []],
      // Qwik City's request handlers
      [14, 'file-route', ['request'], []],
      [15, 'file-route', [], ['requestEvent']],
    ]);
  });

  it('Nuxt / Nitro / h3 handlers: auto-imported or from h3, function or object form; the event is their context', () => {
    expect(
      handlers(`
        import { defineEventHandler as define } from 'h3';
        import { defineEventHandler as local } from './local';
        export default defineEventHandler(async (event) => {});
        const a = define((e) => {});
        const b = eventHandler({ onRequest: [auth], handler: async (event) => {} });
        const c = local((event) => {});
        const d = defineEventHandler(() => {});
      `).map((h) => [h.line, h.kind, h.requests, h.contexts]),
    ).toEqual([
      [4, 'file-route', [], ['event']],
      [5, 'file-route', [], ['e']],
      [6, 'file-route', [], ['event']],
      [8, 'file-route', [], []],
    ]);
  });

  it("Convex HTTP actions: the maker imported from the generated server module or convex/server; the request is the second parameter, the route's path from http.route", () => {
    expect(
      handlers(`
        import { httpAction } from './_generated/server';
        import { httpActionGeneric } from 'convex/server';
        import { httpAction as mine } from './lib';
        http.route({ path: '/stripe', method: 'POST', handler: httpAction(async (ctx, request) => {}) });
        export const hook = httpActionGeneric(async (ctx, req) => {});
        const a = httpAction(async () => {});
        const b = mine(async (ctx, stored) => {});
        http.route({ pathPrefix: '/hooks/', method: 'POST', handler: httpAction(async (_ctx, request) => {}) });
        async function named(ctx, incoming) {}
        export const byName = httpAction(named);
      `).map((h) => [h.line, h.kind, h.requests, h.contexts, h.path]),
    ).toEqual([
      [5, 'file-route', ['request'], [], '/stripe'],
      [6, 'file-route', ['req'], [], null],
      [8, 'request-params', [], ['ctx'], null],
      [9, 'file-route', ['request'], [], null],
      [10, 'file-route', ['incoming'], [], null],
    ]);
  });

  it('AWS Lambda / Netlify functions: the export named handler, its event as the request; not a (req, res) or (ctx, next) controller', () => {
    expect(
      handlers(
        `
        exports.handler = async (event, context) => {};
        module.exports.handler = function (evt) {};
        const handler = async (event) => {}; module.exports = { handler };
        exports.process = async (event) => {};
        exports.handler = async (req, res) => {};
        const other = (event) => {}; module.exports = { other };
        exports.handler = async function (req, context) {};
        exports.handler = async (ctx, next) => {};
        exports.handler = async ({ body, headers }) => {};
        exports.handler = async ({ page, limit }) => {};
      `,
        { parser: 'espree', filename: 'a.cjs' },
      ).map((h) => [h.line, h.kind, h.requests, h.bodies, h.headers]),
    ).toEqual([
      [2, 'file-route', ['event'], [], []],
      [3, 'file-route', ['evt'], [], []],
      [4, 'file-route', ['event'], [], []],
      [6, 'request-params', ['req'], [], []],
      [8, 'file-route', ['req'], [], []],
      [9, 'request-params', [], [], []],
      // The event destructured (real-world batch 232): its body and headers; not a parameter object of other keys.
      [10, 'file-route', [], ['body'], ['headers:null']],
    ]);
    expect(
      handlers(`
        export const handler = async (event: APIGatewayProxyEvent) => {};
        export async function handler2(event) {}
        export default async function handler(event) {}
      `).map((h) => [h.line, h.kind, h.requests]),
    ).toEqual([[2, 'file-route', ['event']]]);
  });

  it('Azure Functions HTTP triggers: the classic (context, req) exported as the module, the v4 (request, context) beside @azure/functions', () => {
    expect(
      handlers(
        `
        module.exports = async function (context, req) {};
        async function helper(context, req) {}
        exports.other = async function (context, req) {};
      `,
        { parser: 'espree', filename: 'HttpTrigger/index.js' },
      ).map((h) => [h.line, h.kind, h.requests, h.contexts]),
    ).toEqual([
      [2, 'file-route', ['req'], []],
      [3, 'request-params', [], ['context']],
      [4, 'request-params', [], ['context']],
    ]);
    expect(
      handlers(`
        import { app, type Context, type HttpRequest, type InvocationContext } from '@azure/functions';
        const httpTrigger = async function (context: Context, req: HttpRequest): Promise<void> {};
        export async function stripeWebhook(request: HttpRequest, context: InvocationContext) {}
        export async function job(timer: Timer, context: InvocationContext) {}
        app.http('stripeWebhook', { handler: stripeWebhook });
        export default httpTrigger;
      `).map((h) => [h.line, h.kind, h.requests]),
    ).toEqual([
      [3, 'file-route', ['req']],
      [4, 'file-route', ['request']],
    ]);
  });

  it("a Lambda wrapped by middy or SST's ApiHandler as the export named handler; not behind a middleware that may verify", () => {
    expect(
      handlers(`
        import middy from '@middy/core';
        import jsonBodyParser from '@middy/http-json-body-parser';
        import httpErrorHandler from '@middy/http-error-handler';
        import { ApiHandler } from 'sst/node/api';
        import verify from './verify';
        const base = async (event) => {};
        export const handler = middy(base).use(jsonBodyParser()).use([httpErrorHandler()]);
        export const other = middy(async (event) => {});
        const guarded = middy(async (event) => {}).use(verify());
        const unknown = middy(async (event) => {}).use(somewhere);
      `).map((h) => [h.line, h.kind, h.requests]),
    ).toEqual([[7, 'file-route', ['event']]]);
    expect(
      handlers(`
        import { ApiHandler } from 'sst/node/api';
        export const handler = ApiHandler(async (evt) => {});
        export const get = ApiHandler(async (evt) => {});
      `).map((h) => [h.line, h.kind, h.requests]),
    ).toEqual([[3, 'file-route', ['evt']]]);
    // SST's hooks style: no parameter, the request read through useJsonBody() / useBody() / useHeader().
    expect(
      handlers(`
        import { ApiHandler } from 'sst/node/api';
        export const handler = ApiHandler(async () => ({ statusCode: 200 }));
        export const get = ApiHandler(async () => ({ statusCode: 200 }));
        export const plain = async () => ({ statusCode: 200 });
      `).map((h) => [h.line, h.kind, h.requests]),
    ).toEqual([[3, 'file-route', []]]);
    expect(
      handlers(
        `
        const middy = require('@middy/core');
        const parse = require('@middy/http-json-body-parser');
        exports.handler = middy(async function (event) {}).use(parse());
        module.exports.handler = require('./wrap')(async (event) => {});
        exports.handler = middy(async (event) => {}).use(require('./verify-signature')());
        exports.handler = middy(async (event) => {}).use(parse()).use(auth);
        exports.handler = middy().use(parse()).handler(async (evt) => {});
        exports.handler = middy().use(auth()).handler(async (event) => {});
        exports.handler = other().handler(async (event) => {});
      `,
        { parser: 'espree', filename: 'a.cjs' },
      ).map((h) => [h.line, h.kind, h.requests]),
    ).toEqual([
      [4, 'file-route', ['event']],
      [8, 'file-route', ['evt']],
    ]);
  });

  it("not a Durable Object's methods: its fetch is reached only through the app's own Worker", () => {
    expect(
      handlers(`
        import { DurableObject } from 'cloudflare:workers';
        export class Ledger extends DurableObject {
          async fetch(request: Request) {}
        }
        export class Counter {
          constructor(private state: DurableObjectState, env: Env) {}
          async fetch(request: Request) {}
        }
        export class Legacy {
          constructor(state: DurableObjectState) {}
          async fetch(request: Request) {}
        }
        export class Api extends Base {
          async fetch(request: Request) {}
        }
      `).map((h) => [h.line, h.kind]),
    ).toEqual([[15, 'request-params']]);
  });

  it('NestJS controller methods with @Req, @Body, @Headers, @Res and guards', () => {
    expect(
      handlers(`
        @UseGuards(ApiKeyGuard)
        @Controller('stripe')
        export class WebhookController {
          @Post('webhook')
          @UseInterceptors(LoggingInterceptor)
          handle(@Req() req: RawBodyRequest<Request>, @Headers('Stripe-Signature') sig: string, @Headers() all: Record<string, string>, @Body() event: Stripe.Event, @Body('type') type: string, @Res() res: Response) {}

          notARoute(@Body() body: unknown) {}
        }
        class NotAController { @Post() handle(@Body() body: unknown) {} }
      `),
    ).toEqual([
      {
        ...base,
        line: 7,
        kind: 'nest-route',
        requests: ['req'],
        bodies: ['event'],
        headers: ['sig:stripe-signature', 'all:null'],
        responses: ['res'],
        middleware: ['Decorator', 'Decorator'],
        path: 'webhook',
      },
    ]);
  });

  it("Appwrite Functions: the module's export taking its context apart into req and res; not another export or shape", () => {
    expect(
      handlers(`
        export default async ({ req, res, log }) => {};
        export const other = async ({ req, res }) => {};
        module.exports = async ({ req, res }) => {};
        module.exports = async ({ req, log }) => {};
        module.exports = async ({ req, res }, extra) => {};
      `),
    ).toEqual([
      { ...base, line: 2, kind: 'file-route', requests: ['req'] },
      { ...base, line: 4, kind: 'file-route', requests: ['req'] },
    ]);
  });

  it("NestJS 10's @RawBody() parameter: the raw body; requestRead reads it as such", () => {
    expect(
      handlers(`
        @Controller('webhooks')
        export class StripeWebhookController {
          @Post('stripe')
          handle(@RawBody() raw: Buffer, @Headers('stripe-signature') sig: string) {}
        }
      `),
    ).toEqual([{ ...base, line: 5, kind: 'nest-route', rawBodies: ['raw'], headers: ['sig:stripe-signature'], path: 'stripe' }]);
  });

  it("Meteor's iron:router server routes: the function beside where: 'server', chained, or a route's action; not client routes or arrows", () => {
    expect(
      handlers(`
        Router.route('/webhooks/stripe', function () {}, { where: 'server' });
        Router.route('/api', { where: 'server' }).post(function () {});
        Router.map(function () {
          this.route('hook', { where: 'server', path: '/hooks/stripe', action: function () {} });
        });
        Router.route('/checkout', function () {});
        Router.route('/arrow', () => {}, { where: 'server' });
        Router.route('/client', { where: 'client' }).get(function () {});
      `),
    ).toEqual([
      { ...base, line: 2, kind: 'route', path: '/webhooks/stripe' },
      { ...base, line: 3, kind: 'route', path: '/api' },
      { ...base, line: 5, kind: 'route', path: '/hooks/stripe' },
      // Express's `router.route(path).get(fn)` shape: a handler whose request, with no parameter, is nowhere
      { ...base, line: 9, kind: 'route', path: '/client' },
    ]);
  });

  it("meteorhacks:picker routes: request and response are the second and third parameters; a local Picker is not it", () => {
    expect(
      handlers(`
        Picker.route('/webhooks/stripe', function (params, req, res, next) {});
        const post = Picker.filter((req) => req.method === 'POST');
        post.route('/hooks/:id', (params, request, response) => {});
        Picker.route(\`/x/\${id}\`, (params) => {});
      `),
    ).toEqual([
      { ...base, line: 2, kind: 'route', requests: ['req'], responses: ['res'], path: '/webhooks/stripe' },
      // the filter's own callback: a function whose first parameter is named like a request
      { ...base, line: 3, kind: 'request-params', requests: ['req'] },
      { ...base, line: 4, kind: 'route', requests: ['request'], responses: ['response'], path: '/hooks/:id' },
      { ...base, line: 5, kind: 'route' },
    ]);
    expect(
      handlers(`
        import { Picker } from 'meteor/communitypackages:picker';
        Picker.route('/webhooks/stripe', function (params, req, res) {});
      `),
    ).toEqual([{ ...base, line: 3, kind: 'route', requests: ['req'], responses: ['res'], path: '/webhooks/stripe' }]);
    expect(
      handlers(`
        import { Picker } from './picker-mock';
        Picker.route('/webhooks/stripe', function (params, req, res) {});
        router.route('/orders', (params, req, res) => {});
      `),
    ).toEqual([]);
  });

  it('not handlers: emitters, promise callbacks, HTTP clients with non-path URLs', () => {
    expect(
      handlers(`
        emitter.on('data', (chunk) => {});
        promise.then((result) => {});
        https.get('https://api.example.com', (res) => {});
        items.map((item) => item);
        app.post('/x', notAFunction);
      `),
    ).toEqual([]);
  });

  it('class methods under espree, which gives class members no decorators array (found by fuzzing)', () => {
    const code = `
      class Billing extends Object {
        client = stripe;
        async pay(card) { return this.client.paymentMethods.create({ card }); }
      }
    `;
    expect(handlers(code, { parser: 'espree' })).toEqual([]);
  });
});

describe('requestRead / headerName', () => {
  /** `read(expr)` calls inside the first handler of `code`: what each argument reads, and the header name. */
  function reads(code: string): [string | null, string | null][] {
    const out: [string | null, string | null][] = [];
    runWithRule(code, (context) => {
      let handler: RequestHandler | null = null;
      const check = (fn: FunctionNode) => {
        handler ??= requestHandler(fn, context.sourceCode);
      };
      return {
        FunctionDeclaration: check,
        FunctionExpression: check,
        ArrowFunctionExpression: check,
        CallExpression(node: TSESTree.CallExpression) {
          if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'read' || !handler) return;
          const arg = node.arguments[0]!;
          out.push([requestRead(arg, handler, context.sourceCode), headerName(arg, handler, context.sourceCode)]);
        },
      };
    });
    return out;
  }

  it('Express / Fastify / Fetch request shapes', () => {
    expect(
      reads(`
        import { headers } from 'next/headers';
        app.post('/w', async (req, res) => {
          read(req); read(req.body); read(req.rawBody); read(await req.json()); read(await req.text()); read(req.payload);
          read(req.headers); read(req.headers['stripe-signature']); read(req.headers.get('Stripe-Signature'));
          read(req.get('stripe-signature')); read(req.header('stripe-signature')); read((await headers()).get('stripe-signature'));
          read(res.body); read(req.query); read(other.body);
        });
      `),
    ).toEqual([
      ['request', null],
      ['body', null],
      ['raw-body', null],
      ['body', null],
      ['raw-body', null],
      ['body', null],
      ['headers', null],
      ['headers', 'stripe-signature'],
      ['headers', 'stripe-signature'],
      ['headers', 'stripe-signature'],
      ['headers', 'stripe-signature'],
      ['headers', 'stripe-signature'],
      [null, null],
      [null, null],
      [null, null],
    ]);
  });

  it('the context and the request taken apart in the body: Appwrite, SvelteKit and Koa; not a variable written again, nor another object', () => {
    expect(
      reads(`
        export default async (context) => {
          const { req, res } = context;
          const { bodyJson, bodyText, headers } = req;
          let { body } = req;
          body = {};
          const { body: other } = res;
          read(req); read(bodyJson); read(bodyText); read(headers['stripe-signature']); read(body); read(other);
        };
      `),
    ).toEqual([
      ['request', null],
      ['body', null],
      ['raw-body', null],
      ['headers', 'stripe-signature'],
      [null, null],
      [null, null],
    ]);
    expect(
      reads(`
        export async function POST(event) {
          const { request, params } = event;
          read(await request.text()); read(request.headers.get('stripe-signature')); read(params);
        }
      `),
    ).toEqual([
      ['raw-body', null],
      ['headers', 'stripe-signature'],
      [null, null],
    ]);
    expect(
      reads(`
        router.post('/webhook', async (ctx) => {
          const { request } = ctx;
          const { rawBody } = request;
          read(request.body); read(rawBody);
        });
      `),
    ).toEqual([
      ['body', null],
      ['raw-body', null],
    ]);
  });

  it("Next's headers() held in a const or passed whole is the request's headers; not a variable assigned again, nor another module's headers()", () => {
    expect(
      reads(`
        import { headers } from 'next/headers';
        import { headers as other } from './headers';
        export async function POST(request) {
          const list = await headers();
          let later = await headers();
          later = other();
          read(list); read(list.get('stripe-signature')); read(await headers()); read(later); read(other()); read((await other()).get('stripe-signature'));
        }
      `),
    ).toEqual([
      ['headers', null],
      ['headers', 'stripe-signature'],
      ['headers', null],
      [null, null],
      [null, null],
      [null, null],
    ]);
  });

  it("SST v2's request hooks inside an ApiHandler, by their import under their own names; not a hook of another module", () => {
    expect(
      reads(`
        import { ApiHandler, useJsonBody, useBody, useHeader, useFormData, useHeaders as all } from 'sst/node/api';
        import { useBody as ownBody } from './hooks';
        export const handler = ApiHandler(async () => {
          read(useJsonBody()); read(useBody()); read(useHeader('stripe-signature')); read(useFormData()); read(ownBody()); read(all());
          return { statusCode: 200 };
        });
      `),
    ).toEqual([
      ['body', null],
      ['raw-body', null],
      ['headers', null],
      ['body', null],
      [null, null],
      [null, null],
    ]);
  });

  it('h3 events: its request utilities (auto-imported or from h3), event.node.req, event.req, event.headers', () => {
    expect(
      reads(`
        import { getHeader as header, readRawBody } from 'h3';
        import { readBody as parse } from './validation';
        export default defineEventHandler(async (event) => {
          read(await readBody(event)); read(await readValidatedBody(event, schema.parse)); read(await readRawBody(event, false));
          read(getHeader(event, 'Stripe-Signature')); read(header(event, 'stripe-signature')); read(getRequestHeaders(event));
          read(event.node.req.headers['stripe-signature']); read(await event.req.text()); read(event.headers.get('stripe-signature'));
          read(await parse(event)); read(readBody(other)); read(getQuery(event));
          read(event.node.req); read(event.node.res); read(other.node.req);
        });
      `),
    ).toEqual([
      ['body', null],
      ['body', null],
      ['raw-body', null],
      ['headers', 'stripe-signature'],
      ['headers', 'stripe-signature'],
      ['headers', null],
      ['headers', 'stripe-signature'],
      ['raw-body', null],
      ['headers', 'stripe-signature'],
      [null, null],
      [null, null],
      [null, null],
      ['request', null],
      [null, null],
      [null, null],
    ]);
  });

  it("iron:router's this.request, in the route function and its arrows, not in a nested function", () => {
    expect(
      reads(`
        Router.route('/hook', function () {
          read(this.request.body);
          read(this.request.headers['stripe-signature']);
          [1].forEach(() => read(this.request.body));
          [1].forEach(function () { read(this.request.body); });
          read(this.response);
        }, { where: 'server' });
      `),
    ).toEqual([
      ['body', null],
      ['headers', 'stripe-signature'],
      ['body', null],
      [null, null],
      [null, null],
    ]);
  });

  it("the underlying request (Hono's c.req.raw, Fastify's request.raw) is the request, not its body", () => {
    expect(
      reads(`
        app.post('/w', async (c) => {
          read(c.req.raw); read(await c.req.raw.json()); read(await c.req.raw.text()); read(c.req.raw.headers.get('stripe-signature')); read(other.raw);
        });
      `),
    ).toEqual([
      ['request', null],
      ['body', null],
      ['raw-body', null],
      ['headers', 'stripe-signature'],
      [null, null],
    ]);
  });

  it('Koa and Hono contexts: ctx.body is the response', () => {
    expect(
      reads(`
        router.post('/w', async (ctx) => {
          read(ctx.request.body); read(ctx.request.rawBody); read(ctx.body); read(ctx.get('stripe-signature'));
          read(ctx.request.headers['stripe-signature']); read(await ctx.req.json()); read(await ctx.req.text()); read(ctx.req.header('stripe-signature'));
        });
      `),
    ).toEqual([
      ['body', null],
      ['raw-body', null],
      [null, null],
      ['headers', 'stripe-signature'],
      ['headers', 'stripe-signature'],
      ['body', null],
      ['raw-body', null],
      ['headers', 'stripe-signature'],
    ]);
  });

  it("Oak's body object and Oak 12's body reader; Qwik City's parseBody", () => {
    expect(
      reads(`
        router.post('/w', async (ctx) => {
          read(await ctx.request.body.json()); read(await ctx.request.body.formData()); read(await ctx.request.body.text());
          read(ctx.request.body({ type: 'json' }).value); read(await ctx.request.body().value); read(ctx.request.body.size());
          read(ctx.body.json()); read(other.request.body.json());
        });
      `),
    ).toEqual([
      ['body', null],
      ['body', null],
      ['raw-body', null],
      ['body', null],
      ['body', null],
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(
      reads(`
        export const onPost = async ({ parseBody, request }) => {
          read(await parseBody()); read(await request.json()); read(parse());
        };
      `),
    ).toEqual([
      ['body', null],
      ['body', null],
      [null, null],
    ]);
  });

  it("AdonisJS's request: body() and all() the parsed body, raw() the raw one, header(name); not with arguments, nor in an Oak file (real-world batch FS)", () => {
    expect(
      reads(`
        router.post('/w', async ({ request }) => {
          read(request.body()); read(request.all()); read(request.raw()); read(request.header('stripe-signature'));
          read(request.body({ type: 'json' })); read(request.input('type'));
        });
      `),
    ).toEqual([
      ['body', null],
      ['body', null],
      ['raw-body', null],
      ['headers', 'stripe-signature'],
      [null, null],
      [null, null],
    ]);
    expect(reads(`router.post('/v', async (ctx) => { read(ctx.request.body()); read(ctx.request.raw()); });`)).toEqual([
      ['body', null],
      ['raw-body', null],
    ]);
    expect(
      reads(`
        import { Router } from 'https://deno.land/x/oak@v12.6.1/mod.ts';
        router.post('/w', async (ctx) => { read(ctx.request.body()); });
      `),
    ).toEqual([[null, null]]);
  });

  it('NestJS parameters', () => {
    expect(
      reads(`
        @Controller() class C {
          @Post() h(@Body() event: any, @Headers('stripe-signature') sig: string, @Req() req: any) {
            read(event); read(sig); read(req.rawBody);
          }
        }
      `),
    ).toEqual([
      ['body', null],
      ['headers', 'stripe-signature'],
      ['raw-body', null],
    ]);
  });
});

describe('exportedByName', () => {
  /** For each function of `code` with a request parameter, in source order: is it exported by name? */
  function exported(code: string, options?: RunOptions): boolean[] {
    const out: boolean[] = [];
    runWithRule(
      code,
      (context) => {
        const visit = (fn: FunctionNode): void => {
          if (requestHandler(fn, context.sourceCode)) out.push(exportedByName(fn, context.sourceCode));
        };
        return { FunctionDeclaration: visit, FunctionExpression: visit, ArrowFunctionExpression: visit };
      },
      options,
    );
    return out;
  }

  it('controllers another file routes: ESM named exports, export lists, CommonJS properties', () => {
    expect(
      exported(`
        export async function handleWebhook(req, res) {}
        export const handleRefund = async (req, res) => {};
        async function handlePayout(req, res) {}
        const handleDispute = (req, res) => {};
        export { handlePayout, handleDispute as disputes };
      `),
    ).toEqual([true, true, true, true]);
    expect(
      exported(
        `
        async function handlePayment(req, res) {}
        const handleRefund = (req, res) => {};
        exports.handleInvoice = async (req, res) => {};
        module.exports.handleDispute = function (req, res) {};
        module.exports = { handlePayment, refund: handleRefund };
      `,
        { parser: 'espree', filename: 'controllers/stripe.js' },
      ),
    ).toEqual([true, true, true, true]);
  });

  it("a controller class's methods: the statics of an exported class, the methods of an exported instance (real-world batch 301)", () => {
    expect(
      exported(
        `
        class WebhookController {
          static async handleStripeWebhook(req, res) {}
          async handleRefund(req, res) {}
        }
        module.exports = WebhookController;
        class PayoutController {
          static async handlePayout(req, res) {}
          async handleTransfer(req, res) {}
        }
        module.exports.payouts = new PayoutController();
        class LocalController {
          static async handleLocal(req, res) {}
        }
        const local = new LocalController();
        app.post('/local', LocalController.handleLocal);
      `,
        { parser: 'espree', filename: 'controllers/webhooks.js' },
      ),
    ).toEqual([true, false, false, true, false]);
    expect(
      exported(`
        export class DisputesController {
          static async handleDispute(req, res) {}
        }
        export default class {
          static async handleInvoice(req, res) {}
        }
        const Connect = class {
          async handleAccount(req, res) {}
        };
        export const connect = new Connect();
      `),
    ).toEqual([true, true, true]);
  });

  it('the route itself (default export, module.exports = handler), local and registered handlers', () => {
    expect(
      exported(`
        export default async function handler(req, res) {}
        const webhook = async (req, res) => {};
        export { webhook as default };
        async function local(req, res) {}
        app.post('/webhook', express.raw({ type: 'application/json' }), async (req, res) => {});
      `),
    ).toEqual([false, false, false, false]);
    expect(exported(`module.exports = async (req, res) => {};`, { parser: 'espree', filename: 'api/webhook.js' })).toEqual([false]);
    // a local \`exports\` object is not the module's
    expect(exported(`const exports = {}; exports.handle = async (req, res) => {};`, { parser: 'espree', filename: 'a.mjs' })).toEqual([false]);
  });
});

describe('isHonoContextHelperCall', () => {
  /** For each call of `code`, in source order: its callee's text and whether it is one of Hono's context helpers. */
  function helperCalls(code: string): [string, boolean][] {
    const out: [string, boolean][] = [];
    runWithRule(code, (context) => ({
      CallExpression: (call) => out.push([context.sourceCode.getText(call.callee), isHonoContextHelperCall(call, context.sourceCode)]),
    }));
    return out;
  }

  it("Hono's adapter, cookie and conninfo helpers, imported from their modules, renamed too", () => {
    expect(
      helperCalls(`
        import { env, getRuntimeKey } from 'hono/adapter';
        import { getCookie as cookie, deleteCookie } from 'hono/cookie';
        import { getConnInfo } from 'hono/bun';
        import { getConnInfo as nodeInfo } from '@hono/node-server/conninfo';
        import * as adapter from 'hono/adapter';
        env(c); getRuntimeKey(); cookie(c, 'session'); deleteCookie(c, 'session'); getConnInfo(c); nodeInfo(c); adapter.env(c);
      `),
    ).toEqual([
      ['env', true],
      ['getRuntimeKey', true],
      ['cookie', true],
      ['deleteCookie', true],
      ['getConnInfo', true],
      ['nodeInfo', true],
      ['adapter.env', true],
    ]);
  });

  it("not the app's own helpers, other exports of Hono's modules, nor unbound names", () => {
    expect(
      helperCalls(`
        import { env } from './env';
        import { validator } from 'hono/validator';
        import { getConnInfo } from 'hono/adapter';
        import { env as honoEnv } from 'hono';
        env(c); validator('json', check); getConnInfo(c); honoEnv(c); getCookie(c, 'session');
      `),
    ).toEqual([
      ['env', false],
      ['validator', false],
      ['getConnInfo', false],
      ['honoEnv', false],
      ['getCookie', false],
    ]);
  });
});
