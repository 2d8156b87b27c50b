import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { httpRequestOf, requestTarget, URL_HOLE, urlText } from '../../src/analysis/http-calls.js';
import { runWithRule, type RunOptions } from './helpers.js';

interface Seen {
  client: string;
  url: string | null;
  method: string | null;
  bodies: string[];
}

/** Every recognised request in `code`, in source order, with bodies as source text. */
function requests(code: string, options?: RunOptions): Seen[] {
  const out: Seen[] = [];
  runWithRule(
    code,
    (context) => ({
      CallExpression(node: TSESTree.CallExpression) {
        const request = httpRequestOf(node, context.sourceCode);
        if (!request) return;
        out.push({
          client: request.client,
          url: request.url === null ? null : request.url.split(URL_HOLE).join('{?}'),
          method: request.method,
          bodies: request.bodies.map((b) => context.sourceCode.getText(b)),
        });
      },
    }),
    options,
  );
  return out;
}

describe('httpRequestOf: fetch family', () => {
  it('global fetch, window.fetch, node-fetch, cross-fetch, undici fetch', () => {
    expect(
      requests(`
        import nodeFetch from 'node-fetch';
        import crossFetch from 'cross-fetch';
        import { fetch as undiciFetch } from 'undici';
        const API = 'https://api.stripe.com/v1';
        fetch(\`\${API}/tokens\`, { method: 'post', body: form });
        window.fetch('https://example.com/a');
        nodeFetch(API + '/charges', { method: 'POST', body: params });
        crossFetch(url, { body: b });
        undiciFetch(new URL('/v1/payment_methods', 'https://api.stripe.com'), { method: 'POST', body: data });
      `),
    ).toEqual([
      { client: 'fetch', url: 'https://api.stripe.com/v1/tokens', method: 'POST', bodies: ['form'] },
      { client: 'fetch', url: 'https://example.com/a', method: 'GET', bodies: [] },
      { client: 'fetch', url: 'https://api.stripe.com/v1/charges', method: 'POST', bodies: ['params'] },
      { client: 'fetch', url: null, method: null, bodies: ['b'] },
      { client: 'fetch', url: 'https://api.stripe.com/v1/payment_methods', method: 'POST', bodies: ['data'] },
    ]);
  });

  it('fetch of a Request: its URL and init, an init beside it winning; a local Request class is not one', () => {
    expect(
      requests(`
        const request = new Request('/api/pay', { method: 'post', body: payload });
        fetch(request);
        fetch(new Request('https://api.stripe.com/v1/tokens', { method: 'POST', body: form }), { method: 'PUT', body: other });
        function local() { class Request {} fetch(new Request('/x', { method: 'POST', body: b })); }
      `),
    ).toEqual([
      { client: 'fetch', url: '/api/pay', method: 'POST', bodies: ['payload'] },
      { client: 'fetch', url: 'https://api.stripe.com/v1/tokens', method: 'PUT', bodies: ['other'] },
      { client: 'fetch', url: null, method: 'GET', bodies: [] },
    ]);
  });

  it("a helper's options parameter, handed to fetch or axios as it is or spread: the bodies its callers pass (real-world batch FG)", () => {
    expect(
      requests(`
        import axios from 'axios';
        async function request(endpoint: string, options: RequestInit = {}) {
          const res = await fetch(\`/api\${endpoint}\`, { headers: { 'Content-Type': 'application/json' }, ...options });
          return res.json();
        }
        const send = (url, init) => fetch(url, init);
        function call(url, config) { return axios({ url, ...config }); }
        request('/pay', { method: 'POST', body: JSON.stringify(card) });
        request('/refund', { method: 'POST', body: refund });
        request('/status');
        send('/x', { body: other });
        call('/y', { method: 'post', data: payload });
        fetch('/z', options);
      `),
    ).toEqual([
      { client: 'fetch', url: '/api{?}', method: null, bodies: ['JSON.stringify(card)', 'refund'] },
      { client: 'fetch', url: null, method: null, bodies: ['other'] },
      { client: 'axios', url: null, method: null, bodies: ['payload'] },
      { client: 'fetch', url: '/z', method: 'GET', bodies: [] },
    ]);
  });

  it("a class's request helper, a method or a function field: the bodies the class's own \`this.name(…)\` calls pass (real-world batch FN)", () => {
    expect(
      requests(`
        import axios from 'axios';
        class Api {
          async request(path: string, options: RequestInit = {}) {
            return fetch('/api' + path, { headers: { Accept: 'application/json' }, ...options });
          }
          #send = (path, init) => axios({ url: path, ...init });
          pay(card) { return this.request('/pay', { method: 'POST', body: JSON.stringify(card) }); }
          save(card) { return this.#send('/cards', { method: 'put', data: card }); }
          later(card) { return function () { this.request('/x', { body: card }); }; }
          static make() { return new Api(); }
        }
        new Api().request('/outside', { method: 'POST', body: outside });
      `),
    ).toEqual([
      { client: 'fetch', url: '/api{?}', method: null, bodies: ['JSON.stringify(card)'] },
      { client: 'axios', url: null, method: null, bodies: ['card'] },
    ]);
  });

  it("a helper's destructured options, a prototype's helper and \`var self = this\`: the callers' values (real-world batch FT)", () => {
    expect(
      requests(`
        function send({ url, body }) { return fetch(url, { method: 'POST', body: JSON.stringify(body) }); }
        send({ url: '/pay', body: payment });
        function Gateway() {}
        Gateway.prototype.post = function (path, init) { return fetch(path, init); };
        Gateway.prototype.charge = function (card) { var self = this; return self.post('/charges', { method: 'POST', body: card }); };
        Gateway.prototype.later = function (card) { return function () { this.post('/x', { body: card }); }; };
        Other.prototype.charge = function (card) { return this.post('/other', { body: card }); };
      `),
    ).toEqual([
      { client: 'fetch', url: null, method: 'POST', bodies: ['JSON.stringify(body)'] },
      { client: 'fetch', url: null, method: null, bodies: ['card'] },
    ]);
  });

  it("an object literal's method that another of its methods calls on the literal: the caller's values", () => {
    expect(
      requests(`
        export default {
          methods: {
            pay() { return this.post('/pay', { method: 'POST', body: card }); },
            post(path, init) { return fetch(path, init); },
            later() { return () => this.send({ method: 'PUT', body: other }); },
            send: function (init) { return fetch('/send', init); },
            arrow: (init) => fetch('/arrow', init),
            nested() { return { inner() { this.arrow({ method: 'POST', body: nested }); } }; },
          },
        };
      `),
    ).toEqual([
      { client: 'fetch', url: null, method: null, bodies: ['card'] },
      { client: 'fetch', url: '/send', method: null, bodies: ['other'] },
      { client: 'fetch', url: '/arrow', method: 'GET', bodies: [] },
    ]);
  });

  it('a promisified client or client method (util.promisify, pify, Bluebird); not a promisified other function', () => {
    expect(
      requests(`
        const util = require('util');
        const { promisify } = require('util');
        const request = require('request');
        const https = require('https');
        const Promise = require('bluebird');
        const post = util.promisify(request.post);
        const send = promisify(request);
        const raw = promisify(https.request);
        const put = Promise.promisify(request.put);
        const read = promisify(fs.readFile);
        let swapped = promisify(request.post); swapped = other;
        post({ url: 'https://api.stripe.com/v1/tokens', form: a });
        send({ method: 'PATCH', url: '/b', json: b });
        raw({ hostname: 'example.com', path: '/c', method: 'POST' });
        put('/d', { body: d });
        read('/e', 'utf8');
        swapped({ url: '/f', form: f });
      `),
    ).toEqual([
      { client: 'request', url: 'https://api.stripe.com/v1/tokens', method: 'POST', bodies: ['a'] },
      { client: 'request', url: '/b', method: 'PATCH', bodies: ['b'] },
      { client: 'node-http', url: 'https://example.com/c', method: 'POST', bodies: [] },
      { client: 'request', url: '/d', method: 'PUT', bodies: ['d'] },
    ]);
  });

  it("a client instance handed in, typed by its library's type (AxiosInstance, Got, KyInstance); not a type of another module", () => {
    expect(
      requests(`
        import type { AxiosInstance } from 'axios';
        import type { Got } from 'got';
        import type { KyInstance } from 'ky';
        import type { AxiosInstance as Fake } from './types';
        export class Api {
          private readonly got: Got;
          constructor(private readonly http: AxiosInstance, got: Got) { this.got = got; }
          a() { return this.http.post('/a', a); }
          b() { return this.got.post('https://example.com/b', { json: b }); }
        }
        export const c = (ky: KyInstance) => ky.put('/c', { json: c });
        export const d = (http: Fake) => http.post('/d', d);
        export const e = (http: AxiosInstance) => http.post('/e', e);
      `),
    ).toEqual([
      { client: 'axios', url: '/a', method: 'POST', bodies: ['a'] },
      { client: 'got', url: 'https://example.com/b', method: 'POST', bodies: ['b'] },
      { client: 'ky', url: '/c', method: 'PUT', bodies: ['c'] },
      { client: 'axios', url: '/e', method: 'POST', bodies: ['e'] },
    ]);
  });

  it("the options a helper of the file returns, given to request / got (real-world batch 332); not a helper's several objects, nor another module's", () => {
    expect(
      requests(`
        import request from 'request';
        import got from 'got';
        import { optionsOf } from './options';
        function optionsFor(p) { return { url: 'https://gateway.example.com/xml', method: 'POST', body: xml(p) }; }
        function either(p) { return p.test ? { url: '/a', method: 'POST', body: p } : { url: '/b', method: 'PUT', body: p }; }
        request(optionsFor(p));
        got(optionsFor(p));
        request(either(p));
        request(optionsOf(p));
      `),
    ).toEqual([
      { client: 'request', url: 'https://gateway.example.com/xml', method: 'POST', bodies: ['xml(p)'] },
      { client: 'got', url: 'https://gateway.example.com/xml', method: 'POST', bodies: ['xml(p)'] },
      { client: 'request', url: null, method: 'GET', bodies: [] },
      { client: 'request', url: null, method: 'GET', bodies: [] },
    ]);
  });

  it("the app's own HTTP service injected by its class, its http-named verbs too (real-world batch 334); not a service named for something else, nor a package's", () => {
    expect(
      requests(`
        import { ApisService } from 'src/app/services/apis.service';
        import { HttpClientService } from '../core/http-client.service';
        import { CartService } from './cart.service';
        import { ApiClient } from '@acme-sdk/api-client';
        export class Page {
          constructor(private api: ApisService, private http: HttpClientService, private cart: CartService, private sdk: ApiClient) {}
          a() { return this.api.httpPost('https://api.stripe.com/v1/tokens', a); }
          b() { return this.http.put('/b', b); }
          c() { return this.cart.post('/c', c); }
          d() { return this.sdk.post('/d', d); }
          e() { return this.api.httpFetch('/e', e); }
        }
      `),
    ).toEqual([
      { client: '`this.api`', url: 'https://api.stripe.com/v1/tokens', method: 'POST', bodies: ['a'] },
      { client: '`this.http`', url: '/b', method: 'PUT', bodies: ['b'] },
    ]);
  });

  it("n8n nodes' request helpers on the node's context, in a file that imports n8n; wix-fetch's fetch (real-world batch FO)", () => {
    expect(
      requests(`
        import type { IExecuteFunctions } from 'n8n-workflow';
        import { fetch as wixFetch } from 'wix-fetch';
        export async function run(this: IExecuteFunctions) {
          await this.helpers.request!({ method: 'POST', uri: 'https://api.stripe.com/v1/tokens', form: token });
          await this.helpers.requestWithAuthentication.call(this, 'stripeApi', { method: 'POST', url: 'https://api.stripe.com/v1/charges', body: charge });
          await this.helpers.httpRequest({ method: 'PUT', baseURL: 'https://api.moov.io', url: '/cards', body: card });
          await this.helpers.httpRequestWithAuthentication('moovApi', { url: 'https://api.moov.io/accounts', qs: query });
          await this.helpers.getBinaryDataBuffer.call(this, 0, 'data');
          await wixFetch('https://api.stripe.com/v1/tokens', { method: 'post', body: form });
        }
      `),
    ).toEqual([
      { client: 'n8n', url: 'https://api.stripe.com/v1/tokens', method: 'POST', bodies: ['token'] },
      { client: 'n8n', url: 'https://api.stripe.com/v1/charges', method: 'POST', bodies: ['charge'] },
      { client: 'n8n', url: 'https://api.moov.io/cards', method: 'PUT', bodies: ['card'] },
      { client: 'n8n', url: 'https://api.moov.io/accounts', method: 'GET', bodies: [] },
      { client: 'fetch', url: 'https://api.stripe.com/v1/tokens', method: 'POST', bodies: ['form'] },
    ]);
    expect(requests(`export async function run() { await this.helpers.httpRequest({ method: 'POST', url: '/pay', body: card }); }`)).toEqual([]);
  });

  it('CommonJS require of node-fetch without declared globals (espree)', () => {
    expect(
      requests(
        `
        const fetch = require('node-fetch');
        const { request } = require('undici');
        fetch('https://api.stripe.com/v1/tokens', { method: 'POST', body: qs.stringify(card) });
        request('https://api.stripe.com/v1/sources', { method: 'POST', body: form });
      `,
        { parser: 'espree', filename: 'pay.cjs' },
      ),
    ).toEqual([
      { client: 'fetch', url: 'https://api.stripe.com/v1/tokens', method: 'POST', bodies: ['qs.stringify(card)'] },
      { client: 'undici', url: 'https://api.stripe.com/v1/sources', method: 'POST', bodies: ['form'] },
    ]);
  });

  it('a local function named fetch is not a client', () => {
    expect(requests(`function fetch(u, o) {} fetch('https://api.stripe.com/v1/tokens', { method: 'POST', body: b });`)).toEqual([]);
  });
});

describe('httpRequestOf: axios', () => {
  it('call, config, verb and instance forms', () => {
    expect(
      requests(`
        import axios from 'axios';
        axios.post('https://api.stripe.com/v1/tokens', body, { headers });
        axios({ method: 'post', url: 'https://api.stripe.com/v1/charges', data: form });
        axios('https://api.stripe.com/v1/sources', { method: 'POST', data: d });
        axios.request({ url: '/v1/tokens', baseURL: 'https://api.stripe.com', method: 'post', data: x });
        const stripeApi = axios.create({ baseURL: 'https://api.stripe.com/v1/', headers: {} });
        stripeApi.post('/payment_methods', pm);
        stripeApi.get('customers');
        axios.postForm('https://api.stripe.com/v1/tokens', fields);
        axios.interceptors.request.use(f);
      `),
    ).toEqual([
      { client: 'axios', url: 'https://api.stripe.com/v1/tokens', method: 'POST', bodies: ['body'] },
      { client: 'axios', url: 'https://api.stripe.com/v1/charges', method: 'POST', bodies: ['form'] },
      { client: 'axios', url: 'https://api.stripe.com/v1/sources', method: 'POST', bodies: ['d'] },
      { client: 'axios', url: 'https://api.stripe.com/v1/tokens', method: 'POST', bodies: ['x'] },
      { client: 'axios', url: 'https://api.stripe.com/v1/payment_methods', method: 'POST', bodies: ['pm'] },
      { client: 'axios', url: 'https://api.stripe.com/v1/customers', method: 'GET', bodies: [] },
      { client: 'axios', url: 'https://api.stripe.com/v1/tokens', method: 'POST', bodies: ['fields'] },
    ]);
  });

  it('require, .default and the browser global', () => {
    expect(
      requests(
        `
        const axios = require('axios').default;
        axios.put(\`https://api.stripe.com/v1/customers/\${id}\`, data);
        window.axios.post('/api/pay', body);
      `,
        { parser: 'espree' },
      ),
    ).toEqual([
      { client: 'axios', url: 'https://api.stripe.com/v1/customers/{?}', method: 'PUT', bodies: ['data'] },
      { client: 'axios', url: '/api/pay', method: 'POST', bodies: ['body'] },
    ]);
  });

  it("the app's own client's verbs imported or required alone, and its module required in place; not another method, nor a module named for no client", () => {
    expect(
      requests(
        `
        const { post, request } = require('./api');
        const { put: update } = require('../lib/http-client');
        const { post: save } = require('./cache');
        import { get, remove } from '@/services/api';
        post('/charges', charge);
        update('/cards/1', card);
        get('/cards/' + id);
        require('./api').patch('/cards/1', patch);
        request('/charges', charge);
        remove('/cards/1');
        save('/charges', charge);
        require('./cache').post('/charges', charge);
      `,
        { parser: 'espree', filename: 'src/pay.js' },
      ),
    ).toEqual([
      { client: '`post`', url: '/charges', method: 'POST', bodies: ['charge'] },
      { client: '`update`', url: '/cards/1', method: 'PUT', bodies: ['card'] },
      { client: '`get`', url: '/cards/{?}', method: 'GET', bodies: [] },
      { client: "`require('./api')`", url: '/cards/1', method: 'PATCH', bodies: ['patch'] },
    ]);
  });

  it("the app's own client named Fetch (its module or its import), a class of static verbs over axios (precision probe A, 2026-12-07)", () => {
    expect(
      requests(
        `
        import { Fetch } from '../../lib/Fetch';
        import useFetch from '@/hooks/useFetch';
        import { store } from './store';
        Fetch.post('/user-profile/card', data, config);
        useFetch.get('/cards');
        store.post('/cards', data);
      `,
        { parser: 'espree', filename: 'src/service/profile.js' },
      ),
    ).toEqual([
      { client: '`Fetch`', url: '/user-profile/card', method: 'POST', bodies: ['data'] },
      { client: '`useFetch`', url: '/cards', method: 'GET', bodies: [] },
    ]);
  });

  it("an instance an app's client factory makes, held or as a parameter's default; not another factory, nor a default the function replaces", () => {
    expect(
      requests(
        `
        import { createHttpClient, createStore, http as shared } from '@/shared/api';
        import { makeApiClient } from 'some-sdk';
        const http = createHttpClient();
        const store = createStore();
        const sdk = makeApiClient();
        http.post('/cards', card);
        store.post('/cards', card);
        sdk.post('/cards', card);
        export const adapter = (client = createHttpClient()) => ({ confirm: (card) => client.post('/confirm', card) });
        export function replaced(client = createHttpClient()) { client = shared.other; return client.post('/confirm', card); }
      `,
        { filename: 'src/entities/payment/adapter.ts' },
      ),
    ).toEqual([
      { client: '`createHttpClient()`', url: '/cards', method: 'POST', bodies: ['card'] },
      { client: '`createHttpClient()`', url: '/confirm', method: 'POST', bodies: ['card'] },
    ]);
  });

  it('an instance the class keeps in a field it sets once: initialiser or constructor; a field set twice is unknown', () => {
    expect(
      requests(`
        import axios from 'axios';
        class PaymentsApi {
          private http = axios.create({ baseURL: 'https://pay.example.com/api' });
          pay(card: Card) { return this.http.post('/charges', card); }
        }
        class CardsClient {
          constructor(token) {
            this.client = axios.create({ baseURL: 'https://cards.example.com', headers: { Authorization: token } });
          }
          save(card) { return this.client.put(\`/cards/\${card.id}\`, card); }
        }
        class Swapped {
          constructor() { this.http = axios.create({ baseURL: 'https://a.example.com' }); }
          useSandbox() { this.http = axios.create({ baseURL: 'https://b.example.com' }); }
          pay(card) { return this.http.post('/pay', card); }
        }
        class NotAClient {
          store = new Map();
          keep(card) { return this.store.set('card', card); }
        }
      `),
    ).toEqual([
      { client: 'axios', url: 'https://pay.example.com/api/charges', method: 'POST', bodies: ['card'] },
      { client: 'axios', url: 'https://cards.example.com/cards/{?}', method: 'PUT', bodies: ['card'] },
    ]);
  });
});

describe('httpRequestOf: clients from factories of the file', () => {
  it("a function's or method's one returned client, an async one's where awaited; not several returns, a generator or an un-awaited async call", () => {
    expect(
      requests(`
        import axios from 'axios';
        function makeClient() { return axios.create({ baseURL: 'https://a.example.com' }); }
        const makeAuthed = async () => {
          const token = await getToken();
          return axios.create({ baseURL: 'https://b.example.com', headers: { Authorization: token } });
        };
        function either(sandbox) {
          if (sandbox) return axios.create({ baseURL: 'https://sandbox.example.com' });
          return axios.create({ baseURL: 'https://live.example.com' });
        }
        function* clients() { yield axios.create(); }
        class Api {
          client() { return axios.create({ baseURL: 'https://c.example.com' }); }
          async pay(card) {
            await makeClient().post('/one', card);
            const authed = await makeAuthed();
            await authed.post('/two', card);
            await this.client().post('/three', card);
            const pending = makeAuthed();
            await pending.post('/four', card);
            await either(true).post('/five', card);
            await clients().next().value.post('/six', card);
          }
        }
      `),
    ).toEqual([
      { client: 'axios', url: 'https://a.example.com/one', method: 'POST', bodies: ['card'] },
      { client: 'axios', url: 'https://b.example.com/two', method: 'POST', bodies: ['card'] },
      { client: 'axios', url: 'https://c.example.com/three', method: 'POST', bodies: ['card'] },
    ]);
  });
});

describe('httpRequestOf: got, request, ky, needle', () => {
  it('option-object clients with their body keys and prefixes', () => {
    expect(
      requests(`
        import got from 'got';
        import request from 'request';
        import rp from 'request-promise-native';
        import ky from 'ky';
        import needle from 'needle';
        got.post('https://api.stripe.com/v1/tokens', { form: card });
        got({ url: 'https://api.stripe.com/v1/tokens', method: 'POST', json: payload, responseType: 'json' });
        const client = got.extend({ prefixUrl: 'https://api.stripe.com/v1' });
        client.post('charges', { form: charge });
        request.post({ url: 'https://api.stripe.com/v1/tokens', form: { card } }, cb);
        request('https://api.stripe.com/v1/customers', { method: 'POST', form: f, json: true }, cb);
        rp({ uri: '/tokens', baseUrl: 'https://api.stripe.com/v1', method: 'POST', form: f2 });
        ky.post('https://api.stripe.com/v1/tokens', { body: params });
        ky.create({ prefixUrl: 'https://api.stripe.com/v1' }).post('sources', { json: s });
        needle.post('https://api.stripe.com/v1/tokens', data, { headers });
        needle('post', 'https://api.stripe.com/v1/charges', form2);
      `),
    ).toEqual([
      { client: 'got', url: 'https://api.stripe.com/v1/tokens', method: 'POST', bodies: ['card'] },
      { client: 'got', url: 'https://api.stripe.com/v1/tokens', method: 'POST', bodies: ['payload'] },
      { client: 'got', url: 'https://api.stripe.com/v1/charges', method: 'POST', bodies: ['charge'] },
      { client: 'request', url: 'https://api.stripe.com/v1/tokens', method: 'POST', bodies: ['{ card }'] },
      { client: 'request', url: 'https://api.stripe.com/v1/customers', method: 'POST', bodies: ['f'] },
      { client: 'request', url: 'https://api.stripe.com/v1/tokens', method: 'POST', bodies: ['f2'] },
      { client: 'ky', url: 'https://api.stripe.com/v1/tokens', method: 'POST', bodies: ['params'] },
      { client: 'ky', url: 'https://api.stripe.com/v1/sources', method: 'POST', bodies: ['s'] },
      { client: 'needle', url: 'https://api.stripe.com/v1/tokens', method: 'POST', bodies: ['data'] },
      { client: 'needle', url: 'https://api.stripe.com/v1/charges', method: 'POST', bodies: ['form2'] },
    ]);
  });
});

describe('httpRequestOf: hybrid apps (Capacitor, cordova-plugin-advanced-http)', () => {
  it("Capacitor's native HTTP and the cordova HTTP plugin, imported or injected by type (real-world batch 246)", () => {
    expect(
      requests(`
        import { CapacitorHttp } from '@capacitor/core';
        import { Http } from '@capacitor-community/http';
        import { HTTP } from '@awesome-cordova-plugins/http/ngx';
        import { HTTP as NativeHttp } from '@ionic-native/http';
        CapacitorHttp.post({ url: 'https://api.example.com/charge', data: card });
        CapacitorHttp.request({ url: 'https://api.example.com/cards', method: 'put', data: update, params: { id } });
        CapacitorHttp.get({ url: 'https://api.example.com/me' });
        Http.request({ method: 'POST', url: 'https://api.example.com/legacy', data: legacy });
        HTTP.post('https://api.example.com/pay', payload, {});
        class PayPage {
          constructor(private http: NativeHttp) {}
          pay() { return this.http.put('https://api.example.com/pay', this.card, {}); }
        }
        CapacitorHttp.post(options);
      `),
    ).toEqual([
      { client: 'CapacitorHttp', url: 'https://api.example.com/charge', method: 'POST', bodies: ['card'] },
      { client: 'CapacitorHttp', url: 'https://api.example.com/cards', method: 'PUT', bodies: ['update'] },
      { client: 'CapacitorHttp', url: 'https://api.example.com/me', method: 'GET', bodies: [] },
      { client: 'CapacitorHttp', url: 'https://api.example.com/legacy', method: 'POST', bodies: ['legacy'] },
      { client: 'cordova HTTP', url: 'https://api.example.com/pay', method: 'POST', bodies: ['payload'] },
      { client: 'cordova HTTP', url: 'https://api.example.com/pay', method: 'PUT', bodies: ['this.card'] },
    ]);
  });
});

describe('httpRequestOf: superagent and node http(s)', () => {
  it('superagent chains, also through a variable', () => {
    expect(
      requests(`
        import superagent from 'superagent';
        await superagent.post('https://api.stripe.com/v1/tokens').type('form').set('Authorization', auth).send(card);
        const req = superagent('POST', 'https://api.stripe.com/v1/charges').type('form');
        req.send({ amount }).send(extra);
      `),
    ).toEqual([
      { client: 'superagent', url: 'https://api.stripe.com/v1/tokens', method: 'POST', bodies: ['card'] },
      { client: 'superagent', url: 'https://api.stripe.com/v1/charges', method: 'POST', bodies: ['{ amount }', 'extra'] },
    ]);
  });

  it('https.request with an options object or URL, body from write / end', () => {
    expect(
      requests(
        `
        const https = require('https');
        const { request } = require('node:https');
        const req = https.request({ hostname: 'api.stripe.com', path: '/v1/tokens', method: 'POST', headers }, (res) => {});
        req.write(postData);
        req.end();
        request('https://api.stripe.com/v1/charges', { method: 'POST' }, onResponse).end(body);
        https.request({ host: host, path: '/v1/tokens', method: 'POST' });
      `,
        { parser: 'espree', filename: 'a.cjs' },
      ),
    ).toEqual([
      { client: 'node-http', url: 'https://api.stripe.com/v1/tokens', method: 'POST', bodies: ['postData'] },
      { client: 'node-http', url: 'https://api.stripe.com/v1/charges', method: 'POST', bodies: ['body'] },
      { client: 'node-http', url: 'https://{?}/v1/tokens', method: 'POST', bodies: [] },
    ]);
  });

  it('never throws on odd shapes: spreads, computed members, optional chains', () => {
    expect(
      requests(`
        import axios from 'axios';
        axios[method](...args);
        axios?.post?.(url, ...rest);
        fetch(...args);
        (0, fetch)(url);
      `),
    ).toEqual([{ client: 'axios', url: null, method: 'POST', bodies: [] }]);
  });
});

describe('urlText / requestTarget', () => {
  it('holes for unknown parts; hosts only when fully written', () => {
    const texts: (string | null)[] = [];
    runWithRule(
      `
      const base = 'https://api.stripe.com';
      const v = process.env.V;
      probe(\`\${base}/v1/customers/\${id}/sources\`); probe('https://' + host + '/v1/tokens'); probe(unknown);
      probe(new URL('tokens', 'https://api.stripe.com/v1/'));
      const url = new URL('/v1/charges', 'https://api.stripe.com');
      probe(url.toString()); probe(url.href); probe(location.href); probe(value.toString()); probe(url.toString(16));
      const endpoint = single ? '/sales/card' : '/sales/subscriptions';
      probe(endpoint); probe(live ? base : base); probe(dev ? 'http://localhost:3000/v1' : 'https://api.stripe.com/v1'); probe(a ? unknown : '/x');
      probe(v2 ? \`https://api.stripe.com/v1/\${kind}\` : 'https://api.stripe.com/v1/tokens');
      let path = '';
      if (single) path = '/sales/card'; else path = '/sales/subscriptions';
      probe(path);
      let api = 'http://localhost:4242';
      if (process.env.NODE_ENV === 'production') api = 'https://api.stripe.com';
      probe(api);
      let next = '/a';
      next = next + '/b';
      probe(next);
    `,
      (context) => ({
        CallExpression(node: TSESTree.CallExpression) {
          if (node.callee.type === 'Identifier' && node.callee.name === 'probe' && node.arguments[0]) {
            texts.push(urlText(node.arguments[0], context.sourceCode));
          }
        },
      }),
    );
    expect(texts).toEqual([
      `https://api.stripe.com/v1/customers/${URL_HOLE}/sources`,
      `https://${URL_HOLE}/v1/tokens`,
      null,
      'https://api.stripe.com/v1/tokens',
      // A URL object's text, read as its own (\`toString()\`, \`href\`); other members and calls are unknown.
      'https://api.stripe.com/v1/charges',
      'https://api.stripe.com/v1/charges',
      null,
      null,
      null,
      // One of two URLs: what both begin with, then a hole (the text itself where both are the same); where a branch
      // is unknown or has a hole, the other's text up to it.
      `/sales/${URL_HOLE}`,
      'https://api.stripe.com',
      `http${URL_HOLE}`,
      URL_HOLE,
      `https://api.stripe.com/v1/${URL_HOLE}`,
      // A `let`: what every value the read can see begins with (the empty start overwritten on both branches); a
      // value that may stay is one of them; a value written from itself is unknown there.
      `/sales/${URL_HOLE}`,
      `http${URL_HOLE}`,
      `${URL_HOLE}/b`,
    ]);
    expect(requestTarget(texts[0]!)).toEqual({ scheme: 'https', host: 'api.stripe.com', port: '', path: `/v1/customers/${URL_HOLE}/sources` });
    expect(requestTarget(texts[1]!)).toBeNull();
    expect(requestTarget(`https://api.stripe.com${URL_HOLE}`)).toBeNull();
    expect(requestTarget('https://api.stripe.com.evil.test/v1/tokens')?.host).toBe('api.stripe.com.evil.test');
    expect(requestTarget('HTTP://API.Stripe.com:443?x=1')).toEqual({ scheme: 'http', host: 'api.stripe.com', port: '443', path: '/' });
  });
});

describe('httpRequestOf: cheap checks before any scope work', () => {
  it('a name bound to a client in one scope and to something else in another', () => {
    expect(
      requests(`
        import got from 'got';
        function viaParameter(got) { return got('https://api.stripe.com/v1/tokens', { form: { a: 1 } }); }
        function request(url) { return url; }
        const client = got.extend({ prefixUrl: 'https://api.stripe.com' });
        got.post('https://api.stripe.com/v1/charges', { form: { amount: 1 } });
        client.post('v1/customers', { json: { email } });
        request('https://api.stripe.com/v1/tokens');
      `),
    ).toEqual([
      { client: 'got', url: 'https://api.stripe.com/v1/charges', method: 'POST', bodies: ['{ amount: 1 }'] },
      { client: 'got', url: 'https://api.stripe.com/v1/customers', method: 'POST', bodies: ['{ email }'] },
    ]);
  });

  it('the fetch / axios globals, even with no binding in the file, and shadowed ones', () => {
    expect(
      requests(`
        fetch('https://api.stripe.com/v1/tokens', { method: 'POST', body: 'card[number]=4242' });
        axios.post('https://api.stripe.com/v1/tokens', { card: 1 });
        function f(fetch) { fetch('https://api.stripe.com/v1/charges', { method: 'POST', body: 'x' }); }
      `),
    ).toEqual([
      { client: 'fetch', url: 'https://api.stripe.com/v1/tokens', method: 'POST', bodies: ["'card[number]=4242'"] },
      { client: 'axios', url: 'https://api.stripe.com/v1/tokens', method: 'POST', bodies: ['{ card: 1 }'] },
    ]);
  });

  it('member calls named like no client method are not requests, whatever the client', () => {
    expect(
      requests(`
        import axios from 'axios';
        axios.interceptors.request.use((c) => c);
        axios.create({ baseURL: 'https://api.stripe.com' }).postJson('/v1/tokens', {});
        axios['post']('https://api.stripe.com/v1/tokens', { a: 1 });
      `),
    ).toEqual([{ client: 'axios', url: 'https://api.stripe.com/v1/tokens', method: 'POST', bodies: ['{ a: 1 }'] }]);
  });
});

describe('httpRequestOf: jQuery and injected clients', () => {
  it("reads jQuery's $.ajax (settings, url + settings), $.post and $.get, the global or jquery's export", () => {
    expect(
      requests(`
        import jq from 'jquery';
        $.ajax({ url: '/cards', type: 'POST', data: { number: n } });
        jQuery.ajax('/pay', { method: 'put', data: payload });
        $.post('/charge', { cvc: c }, function (r) {});
        $.post('/ping', function (r) {});
        jq.get('/orders', { orderId: 1 });
        $.getJSON('/x');
      `),
    ).toEqual([
      { client: 'jQuery', url: '/cards', method: 'POST', bodies: ['{ number: n }'] },
      { client: 'jQuery', url: '/pay', method: 'PUT', bodies: ['payload'] },
      { client: 'jQuery', url: '/charge', method: 'POST', bodies: ['{ cvc: c }'] },
      { client: 'jQuery', url: '/ping', method: 'POST', bodies: [] },
      { client: 'jQuery', url: '/orders', method: 'GET', bodies: ['{ orderId: 1 }'] },
    ]);
  });

  it("reads the packages of jQuery's ajax alone, as jQuery (real-world batch HB: \`import $ from 'jquery-ajax'\`); not another package's $", () => {
    expect(
      requests(`
        import $ from 'jquery-ajax';
        import najax from 'najax';
        import $$ from 'cash-dom';
        $.ajax({ url: '/api/v1/creditCards/add', type: 'POST', data: JSON.stringify(card) });
        najax.post('/cards', { number: n });
        $$.post('/x', x);
      `),
    ).toEqual([
      { client: 'jQuery', url: '/api/v1/creditCards/add', method: 'POST', bodies: ['JSON.stringify(card)'] },
      { client: 'jQuery', url: '/cards', method: 'POST', bodies: ['{ number: n }'] },
    ]);
  });

  it("reads the jQuery that Ember and Backbone hand out as their global's \`$\` (real-world batch EH); not a local Ember's, nor another member", () => {
    expect(
      requests(`
        Ember.$.post('/charge', { cardNumber: n });
        Backbone.$.ajax({ url: '/cards', type: 'POST', data: card });
        Ember.post('/x', x);
        function local(Ember) { Ember.$.post('/y', y); }
      `),
    ).toEqual([
      { client: 'jQuery', url: '/charge', method: 'POST', bodies: ['{ cardNumber: n }'] },
      { client: 'jQuery', url: '/cards', method: 'POST', bodies: ['card'] },
    ]);
  });

  it("reads Backbone.ajax as jQuery's ajax settings (its global or its module), and no other member of Backbone", () => {
    expect(
      requests(`
        import Bb from 'backbone';
        Backbone.ajax({ url: '/charges', type: 'POST', data: JSON.stringify({ number: n, cvc: c }) });
        Bb.ajax('/cards', { method: 'PUT', data: card });
        Backbone.sync('create', model);
        Backbone.post('/x', x);
      `),
    ).toEqual([
      { client: 'Backbone.ajax', url: '/charges', method: 'POST', bodies: ['JSON.stringify({ number: n, cvc: c })'] },
      { client: 'Backbone.ajax', url: '/cards', method: 'PUT', bodies: ['card'] },
    ]);
  });

  it("reads Mithril's m.request: options or URL and options, body (2.x) or data (0.2, 1.x), params as the query; not a local m", () => {
    const seen: Array<{ url: string | null; method: string | null; bodies: string[]; queries: string[] }> = [];
    runWithRule(
      `
        import m from 'mithril';
        m.request({ method: 'POST', url: '/api/pay', body: { cardNumber, cvc } });
        m.request('/api/cards', { method: 'put', data: card, params: { id } });
        m.request({ url: '/api/orders' });
        m.route.set('/done');
        function local(m) { m.request({ method: 'POST', url: '/y', body: y }); }
      `,
      (context) => ({
        CallExpression(node: TSESTree.CallExpression) {
          const request = httpRequestOf(node, context.sourceCode);
          if (!request) return;
          expect(request.client).toBe('Mithril');
          seen.push({ url: request.url, method: request.method, bodies: request.bodies.map((b) => context.sourceCode.getText(b)), queries: request.queries.map((q) => context.sourceCode.getText(q)) });
        },
      }),
    );
    expect(seen).toEqual([
      { url: '/api/pay', method: 'POST', bodies: ['{ cardNumber, cvc }'], queries: [] },
      { url: '/api/cards', method: 'PUT', bodies: ['card'], queries: ['{ id }'] },
      { url: '/api/orders', method: 'GET', bodies: [], queries: [] },
    ]);
    // The global of a page that loads Mithril with a <script>.
    expect(requests("m.request({ method: 'POST', url: '/pay', body: { number } });")).toEqual([{ client: 'Mithril', url: '/pay', method: 'POST', bodies: ['{ number }'] }]);
  });

  it("reads Inertia's visits: the router's verbs and visit, a form's verbs and submit (the form is the body), Vue 2's this.$inertia; not other useForm or router", () => {
    expect(
      requests(`
        import { router, useForm } from '@inertiajs/vue3';
        import { Inertia } from '@inertiajs/inertia';
        import { useForm as useHookForm } from 'react-hook-form';
        import { router as appRouter } from './router';
        router.post('/pay', { card });
        router.visit('/cards/1', { method: 'patch', data: update });
        router.visit('/cards');
        Inertia.put('/cards/1', card);
        const form = useForm({ number: '' });
        form.patch('/cards/1');
        form.submit('post', '/cards');
        const { post } = useForm('Card', { number: '' });
        post('/cards');
        const other = useHookForm({ defaultValues: { number: '' } });
        other.post('/x');
        appRouter.post('/y', y);
        const vm = { data() { return { form: this.$inertia.form({ number: '' }) }; }, methods: { go() { this.form.put('/z'); this.$inertia.post('/w', w); } } };
      `),
    ).toEqual([
      { client: 'Inertia', url: '/pay', method: 'POST', bodies: ['{ card }'] },
      { client: 'Inertia', url: '/cards/1', method: 'PATCH', bodies: ['update'] },
      { client: 'Inertia', url: '/cards', method: 'GET', bodies: [] },
      { client: 'Inertia', url: '/cards/1', method: 'PUT', bodies: ['card'] },
      { client: 'Inertia', url: '/cards/1', method: 'PATCH', bodies: ['form'] },
      { client: 'Inertia', url: '/cards', method: 'POST', bodies: ['form'] },
      { client: 'Inertia', url: '/cards', method: 'POST', bodies: ["useForm('Card', { number: '' })"] },
      { client: 'Inertia', url: '/z', method: 'PUT', bodies: ['this.form'] },
      { client: 'Inertia', url: '/w', method: 'POST', bodies: ['w'] },
    ]);
  });

  it("reads jQuery taken as a parameter by the wrappers jQuery code is written in (WordPress's noConflict mode), and no other parameter named $", () => {
    expect(
      requests(`
        jQuery(function ($) { $.post('/a', { a: 1 }); });
        jQuery(document).ready(function ($) { $.ajax({ url: '/b', type: 'POST', data: b }); });
        (function ($, undefined) { $.post('/c', c); })(jQuery);
        (function (jQuery) { jQuery.post('/d', d); })(window.jQuery);
        (function ($) { $.post('/e', e); })(Zepto);
        jQuery(function (event, $) { $.post('/f', f); });
        function send($) { $.post('/g', g); }
        $(window).on('load', function ($) { $.post('/h', h); });
      `),
    ).toEqual([
      { client: 'jQuery', url: '/a', method: 'POST', bodies: ['{ a: 1 }'] },
      { client: 'jQuery', url: '/b', method: 'POST', bodies: ['b'] },
      { client: 'jQuery', url: '/c', method: 'POST', bodies: ['c'] },
      { client: 'jQuery', url: '/d', method: 'POST', bodies: ['d'] },
    ]);
  });

  it("reads jQuery that RequireJS hands a module (Magento's modules, real-world batch ED), by the dependency's position", () => {
    expect(
      requests(`
        define(['jquery', 'mage/url'], function ($, url) { $.post('/a', a); });
        require(['mage/url', 'jquery'], function (url, $) { $.ajax({ url: '/b', type: 'POST', data: b }); });
        define('pay', ['jquery'], function ($) { $.post('/c', c); });
        define(['underscore'], function ($) { $.post('/d', d); });
        define(['mage/url', 'jquery'], function ($, jq) { $.post('/e', e); });
        other(['jquery'], function ($) { $.post('/f', f); });
      `),
    ).toEqual([
      { client: 'jQuery', url: '/a', method: 'POST', bodies: ['a'] },
      { client: 'jQuery', url: '/b', method: 'POST', bodies: ['b'] },
      { client: 'jQuery', url: '/c', method: 'POST', bodies: ['c'] },
    ]);
  });

  it("AngularJS's $http, injected by its parameter's name (also kept on this by an ES class), and a Vue 2 component's this.$http", () => {
    expect(
      requests(
        `
        angular.module('app').controller('Pay', function ($scope, $http) {
          $http.post('/api/pay', $scope.card, { headers: h });
          $http({ method: 'PUT', url: '/api/cards/' + id, data: card, params: { v: 2 } });
          $http.get('/api/plans');
          $http.postForm('/api/x', f);
        });
        class CardService {
          constructor($http) { this.$http = $http; }
          save(card) { return this.$http.patch('https://api.gym.example/cards', card); }
        }
        export default {
          methods: {
            pay() { this.$http.post('/api/checkout', { number: this.number }); this.$http.post(endpoint, this.form); },
          },
        };
        function notAngular(http) { http.post('/api/pay', card); }
        class Store { $http = createStore(); save(card) { return this.$http.post('/api/cards', card); } }
      `,
        { parser: 'espree' },
      ),
    ).toEqual([
      { client: '$http', url: '/api/pay', method: 'POST', bodies: ['$scope.card'] },
      { client: '$http', url: '/api/cards/{?}', method: 'PUT', bodies: ['card'] },
      { client: '$http', url: '/api/plans', method: 'GET', bodies: [] },
      { client: '$http', url: 'https://api.gym.example/cards', method: 'PATCH', bodies: ['card'] },
      { client: '`this.$http`', url: '/api/checkout', method: 'POST', bodies: ['{ number: this.number }'] },
    ]);
  });

  it("reads Angular's HttpClient and NestJS's HttpService, injected by type or with inject(), and nothing of the same name from elsewhere", () => {
    expect(
      requests(
        `
        import { inject } from '@angular/core';
        import { HttpClient } from '@angular/common/http';
        import { HttpService } from '@nestjs/axios';
        import { HttpClient as OtherClient } from './my-http';
        const $ = cheerio.load(html);
        export class Payments {
          private client = inject(HttpClient);
          private typed: HttpClient;
          constructor(private http: HttpClient, private readonly httpService: HttpService, private other: OtherClient) {}
          run() {
            this.http.post('/api/pay', body, { headers });
            this.client.get('/api/cards', { params });
            this.typed.request('PATCH', '/api/cards/1', { body: patch });
            this.httpService.put('https://gateway.example/v1/charges', data);
            this.other.post('/api/pay', body);
            $.post('/not-jquery', body);
          }
        }
        export const viaParam = (http: HttpClient) => http.delete('/api/cards/1');
      `,
        { filename: 'payments.ts' },
      ),
    ).toEqual([
      { client: 'HttpClient', url: '/api/pay', method: 'POST', bodies: ['body'] },
      { client: 'HttpClient', url: '/api/cards', method: 'GET', bodies: [] },
      { client: 'HttpClient', url: '/api/cards/1', method: 'PATCH', bodies: ['patch'] },
      { client: 'HttpService', url: 'https://gateway.example/v1/charges', method: 'PUT', bodies: ['data'] },
      { client: 'HttpClient', url: '/api/cards/1', method: 'DELETE', bodies: [] },
    ]);
  });
});

describe('httpRequestOf: Meteor methods', () => {
  it("reads Meteor.call / callAsync (the arguments after the name, not a last callback) and apply / applyAsync (the array), on the global or meteor/meteor's export", () => {
    const found: Array<{ client: string; method: string | null | undefined; bodies: string[] }> = [];
    runWithRule(
      `
        Meteor.call('createCustomer', customer, (error, result) => {});
        Meteor.call('subscribe', plan, card, function (error) {});
        Meteor.callAsync(methodName, { cvc });
        Meteor.apply('charge', [order, { number }], { wait: true }, cb);
        Meteor.applyAsync('refund', args);
        Meteor.methods({ createCustomer(customer) {} });
        fn.call(this, card);
        helper.apply(null, [card]);
      `,
      (context) => ({
        CallExpression(node: TSESTree.CallExpression) {
          const request = httpRequestOf(node, context.sourceCode);
          if (request) found.push({ client: request.client, method: request.meteorMethod, bodies: request.bodies.map((b) => context.sourceCode.getText(b)) });
        },
      }),
    );
    expect(found).toEqual([
      { client: 'Meteor', method: 'createCustomer', bodies: ['customer'] },
      { client: 'Meteor', method: 'subscribe', bodies: ['plan', 'card'] },
      { client: 'Meteor', method: null, bodies: ['{ cvc }'] },
      { client: 'Meteor', method: 'charge', bodies: ['order', '{ number }'] },
      { client: 'Meteor', method: 'refund', bodies: [] },
    ]);
    // meteor/meteor's export, and a local \`Meteor\` that is something else
    expect(requests(`import { Meteor } from 'meteor/meteor'; Meteor.call('pay', card);`)).toEqual([{ client: 'Meteor', url: null, method: null, bodies: ['card'] }]);
    expect(requests(`const Meteor = makeRpc(); Meteor.call('pay', card);`)).toEqual([]);
  });
});

describe('httpRequestOf: Salesforce Apex methods', () => {
  it('reads an Apex method a Lightning web component imports, called imperatively with its parameters (real-world batch DQ)', () => {
    const found: Array<{ client: string; method: string | undefined; bodies: string[] }> = [];
    runWithRule(
      `
        import setPayment from '@salesforce/apex/PaymentController.setPayment';
        import { getRecord } from 'lightning/uiRecordApi';
        import ownHelper from './apexLike';
        setPayment({ creditCardData });
        setPayment();
        getRecord({ recordId });
        ownHelper({ card });
      `,
      (context) => ({
        CallExpression(node: TSESTree.CallExpression) {
          const request = httpRequestOf(node, context.sourceCode);
          if (request) found.push({ client: request.client, method: request.apexMethod, bodies: request.bodies.map((b) => context.sourceCode.getText(b)) });
        },
      }),
    );
    expect(found).toEqual([{ client: 'Apex', method: 'PaymentController.setPayment', bodies: ['{ creditCardData }'] }]);
  });
});

describe('httpRequestOf: XMLHttpRequest', () => {
  it("reads send(body) on a request the code made, with the method and URL of the last open(...) before it", () => {
    expect(
      requests(`
        const xhr = new XMLHttpRequest();
        xhr.open('post', '/api/pay');
        xhr.setRequestHeader('Content-Type', 'application/json');
        xhr.send(JSON.stringify(card));
        var again = new window.XMLHttpRequest();
        again.open('GET', '/api/a');
        again.send();
        again.open('PUT', base + '/cards/' + id, true);
        again.send(form);
        const unopened = new XMLHttpRequest();
        unopened.send(body);
      `),
    ).toEqual([
      { client: 'XMLHttpRequest', url: '/api/pay', method: 'POST', bodies: ['JSON.stringify(card)'] },
      { client: 'XMLHttpRequest', url: '/api/a', method: 'GET', bodies: [] },
      { client: 'XMLHttpRequest', url: '{?}/cards/{?}', method: 'PUT', bodies: ['form'] },
      { client: 'XMLHttpRequest', url: null, method: null, bodies: ['body'] },
    ]);
    // A local XMLHttpRequest, a socket, a request the code did not make here
    expect(
      requests(`
        class XMLHttpRequest { send(x) {} open() {} }
        const local = new XMLHttpRequest(); local.open('POST', '/x'); local.send(card);
        socket.send(card);
        function f(xhr) { xhr.open('POST', '/x'); xhr.send(card); }
      `),
    ).toEqual([]);
  });
});

describe('httpRequestOf: EmailJS', () => {
  it("reads send(service, template, params) of EmailJS's SDKs (default, namespace, named export) and the CDN global, the parameters as the body", () => {
    const url = 'https://api.emailjs.com/api/v1.0/email/send';
    expect(
      requests(`
        import emailjs from '@emailjs/browser';
        import * as legacy from 'emailjs-com';
        import { send, sendForm } from '@emailjs/react-native';
        emailjs.send('s', 't', params, { publicKey });
        legacy.send('s', 't', { cardNumber });
        send('s', 't', order);
        emailjs.send('s', 't');
        sendForm('s', 't', form);
        emailjs.init({ publicKey });
      `),
    ).toEqual([
      { client: 'EmailJS', url, method: 'POST', bodies: ['params'] },
      { client: 'EmailJS', url, method: 'POST', bodies: ['{ cardNumber }'] },
      { client: 'EmailJS', url, method: 'POST', bodies: ['order'] },
    ]);
    expect(requests(`emailjs.send('s', 't', card);`)).toEqual([{ client: 'EmailJS', url, method: 'POST', bodies: ['card'] }]);
    // A local \`emailjs\` and another package's \`send\`: something else
    expect(requests(`const emailjs = mailer(); emailjs.send('s', 't', card); import { send } from 'emailjs'; send('s', 't', card);`)).toEqual([]);
  });
});

describe('httpRequestOf: GraphQL mutations', () => {
  it("reads Apollo's and urql's mutate functions, Apollo's client.mutate and graphql-request, their variables as the body", () => {
    expect(
      requests(`
        import { useMutation, useApolloClient, ApolloClient, InMemoryCache } from '@apollo/client';
        import { useMutation as useUrqlMutation } from 'urql';
        import { request, GraphQLClient } from 'graphql-request';
        const apollo = new ApolloClient({ uri: '/graphql', cache: new InMemoryCache() });
        const client = new GraphQLClient('https://api.example.com/graphql');
        function Screen() {
          const [save, { loading }] = useMutation(SAVE);
          const [result, saveUrql] = useUrqlMutation(SAVE);
          const hooked = useApolloClient();
          save({ variables: { number: n } });
          saveUrql({ number: n });
          hooked.mutate({ mutation: SAVE, variables: vars });
          apollo.mutate({ mutation: SAVE });
          request('https://api.example.com/graphql', SAVE, { cvc: c });
          request({ url: '/graphql', document: SAVE, variables: input });
          client.request(SAVE, { number: n });
          client.rawRequest({ document: SAVE, variables: input });
        }
      `),
    ).toEqual([
      { client: 'Apollo Client', url: null, method: 'POST', bodies: ['{ number: n }'] },
      { client: 'urql', url: null, method: 'POST', bodies: ['{ number: n }'] },
      { client: 'Apollo Client', url: null, method: 'POST', bodies: ['vars'] },
      { client: 'Apollo Client', url: null, method: 'POST', bodies: [] },
      { client: 'graphql-request', url: 'https://api.example.com/graphql', method: 'POST', bodies: ['{ cvc: c }'] },
      { client: 'graphql-request', url: '/graphql', method: 'POST', bodies: ['input'] },
      { client: 'graphql-request', url: 'https://api.example.com/graphql', method: 'POST', bodies: ['{ number: n }'] },
      { client: 'graphql-request', url: 'https://api.example.com/graphql', method: 'POST', bodies: ['input'] },
    ]);
  });

  it('hooks graphql-codegen generates for a mutation: the first element is called as Apollo\'s, the second as urql\'s', () => {
    expect(
      requests(`
        import { useSaveCardMutation } from './generated/graphql';
        function Screen() {
          const [save] = useSaveCardMutation();
          const [{ fetching }, execute] = useAddCardMutation();
          const { mutate } = useRemoveCardMutation();
          const [, , extra] = useOtherMutation();
          save({ variables: { number: n } });
          execute({ number: n });
          mutate({ number: n });
          extra({ number: n });
        }
      `),
    ).toEqual([
      { client: 'GraphQL client', url: null, method: 'POST', bodies: ['{ number: n }'] },
      { client: 'GraphQL client', url: null, method: 'POST', bodies: ['{ number: n }'] },
    ]);
  });

  it('the other elements of a useMutation tuple, another package of the same name, and queries are not mutations', () => {
    expect(
      requests(`
        import { useMutation, useApolloClient } from '@apollo/client';
        import { useMutation as useUrqlMutation } from 'urql';
        import { useMutation as useQueryMutation } from '@tanstack/react-query';
        function Screen() {
          const [save, { reset }] = useMutation(SAVE);
          const [state] = useUrqlMutation(SAVE);
          const { mutate } = useQueryMutation({ mutationFn: post });
          const [other] = useQueryMutation(x);
          const client = useApolloClient();
          reset({ variables: { number: n } });
          state({ number: n });
          mutate({ number: n });
          other({ number: n });
          client.query({ query: Q, variables: { number: n } });
          save.call(null, { variables: { number: n } });
        }
      `),
    ).toEqual([]);
  });
});

describe('httpRequestOf: the URL expression and query-parameter options', () => {
  /** Each request's URL expression and query options, as source text. */
  function queries(code: string): { urlNode: string | null; queries: string[] }[] {
    const out: { urlNode: string | null; queries: string[] }[] = [];
    runWithRule(code, (context) => ({
      CallExpression(node: TSESTree.CallExpression) {
        const request = httpRequestOf(node, context.sourceCode);
        if (!request) return;
        out.push({ urlNode: request.urlNode && context.sourceCode.getText(request.urlNode), queries: request.queries.map((q) => context.sourceCode.getText(q)) });
      },
    }));
    return out;
  }

  it('axios params (call, verb and config forms), got / ky searchParams, request qs, superagent .query()', () => {
    expect(
      queries(`
        import axios from 'axios';
        import got from 'got';
        import ky from 'ky';
        import request from 'request';
        import superagent from 'superagent';
        axios.get(\`/api/lookup?bin=\${bin}\`, { params: { cardNumber } });
        axios.post('/api/pay', body, { params: p });
        axios({ url: '/api/pay', params: { cvc } });
        got(url, { searchParams: { cvv } });
        ky.get('/api', { searchParams: s });
        request({ uri: '/legacy', qs: { number } });
        superagent.get('/api/verify').query({ cvc }).query(more);
        fetch('/api?x=1');
      `),
    ).toEqual([
      { urlNode: '`/api/lookup?bin=${bin}`', queries: ['{ cardNumber }'] },
      { urlNode: "'/api/pay'", queries: ['p'] },
      { urlNode: "'/api/pay'", queries: ['{ cvc }'] },
      { urlNode: 'url', queries: ['{ cvv }'] },
      { urlNode: "'/api'", queries: ['s'] },
      { urlNode: "'/legacy'", queries: ['{ number }'] },
      { urlNode: "'/api/verify'", queries: ['{ cvc }', 'more'] },
      { urlNode: "'/api?x=1'", queries: [] },
    ]);
  });

  it('Angular HttpClient params in the options of each verb form; node http path; GraphQL and Meteor have no URL expression', () => {
    expect(
      queries(`
        import { HttpClient } from '@angular/common/http';
        import https from 'https';
        import { Meteor } from 'meteor/meteor';
        class Api {
          constructor(private http: HttpClient) {}
          run() {
            this.http.get('/a', { params: { cvc } });
            this.http.post('/b', body, { params: q });
            this.http.request('POST', '/c', { body, params: r });
          }
        }
        https.request({ host: 'example.com', path: '/pay?cvc=' + cvc, method: 'POST' });
        https.request('https://example.com/pay');
        Meteor.call('pay', { cvc });
      `),
    ).toEqual([
      { urlNode: "'/a'", queries: ['{ cvc }'] },
      { urlNode: "'/b'", queries: ['q'] },
      { urlNode: "'/c'", queries: ['r'] },
      { urlNode: "'/pay?cvc=' + cvc", queries: [] },
      { urlNode: "'https://example.com/pay'", queries: [] },
      { urlNode: null, queries: [] },
    ]);
  });
});

describe('httpRequestOf: Redux Toolkit Query mutations', () => {
  it('build.mutation in createApi (with its fetchBaseQuery base URL) and injectEndpoints; the request its query function returns', () => {
    expect(
      requests(`
        import { createApi, fetchBaseQuery as baseQueryOf } from '@reduxjs/toolkit/query/react';
        export const api = createApi({
          baseQuery: baseQueryOf({ baseUrl: 'https://shop.example.com/api/' }),
          endpoints: (build) => ({
            pay: build.mutation({ query: (card) => ({ url: 'payments', method: 'post', body: card }) }),
            remove: build.mutation({ query: (id) => \`cards/\${id}\` }),
            update: build.mutation({
              query(card) {
                const { id, ...patch } = card;
                return { url: \`cards/\${id}\`, method: 'PATCH', body: patch, params: { verify: true } };
              },
            }),
            list: build.query({ query: () => 'cards' }),
          }),
        });
        import { createApi as createDistApi, fetchBaseQuery } from '@reduxjs/toolkit/dist/query/react';
        export const old = createDistApi({
          baseQuery: fetchBaseQuery({ baseUrl: '/api/' }),
          endpoints: (builder) => ({ pay: builder.mutation({ query: (body) => ({ url: 'cardPayment', method: 'POST', body }) }) }),
        });
        export const extra = api.injectEndpoints({
          endpoints: (builder) => ({ save: builder.mutation({ query: (body) => ({ url: '/cards', method: 'POST', body }) }) }),
        });
      `),
    ).toEqual([
      { client: 'RTK Query', url: 'https://shop.example.com/api/payments', method: 'POST', bodies: ['card'] },
      { client: 'RTK Query', url: 'https://shop.example.com/api/cards/{?}', method: 'GET', bodies: [] },
      { client: 'RTK Query', url: 'https://shop.example.com/api/cards/{?}', method: 'PATCH', bodies: ['patch'] },
      { client: 'RTK Query', url: '/api/cardPayment', method: 'POST', bodies: ['body'] },
      { client: 'RTK Query', url: '{?}/cards', method: 'POST', bodies: ['body'] },
    ]);
  });

  it('an endpoints function of another createApi, or not the first argument of the call, builds no request', () => {
    expect(
      requests(`
        import { createApi } from './api-factory';
        import { createApi as rtkCreateApi } from '@reduxjs/toolkit/query';
        createApi({ endpoints: (build) => ({ pay: build.mutation({ query: (card) => ({ url: '/pay', method: 'POST', body: card }) }) }) });
        rtkCreateApi(defaults, { endpoints: (build) => ({ pay: build.mutation({ query: (card) => ({ url: '/pay', method: 'POST', body: card }) }) }) });
        const endpoints = (build) => ({ pay: build.mutation({ query: (card) => ({ url: '/pay', method: 'POST', body: card }) }) });
      `),
    ).toEqual([]);
  });
});

describe('httpRequestOf: tRPC mutations', () => {
  it("reads a procedure's mutation through the app's tRPC client, its input the body (real-world batch ES)", () => {
    const found: Array<{ client: string; procedure: string | undefined; bodies: string[] }> = [];
    runWithRule(
      `
        import { api } from '~/trpc/react';
        import { createTRPCClient, httpBatchLink } from '@trpc/client';
        import { useMutation } from '@tanstack/react-query';
        import { client } from './apollo';
        const trpc = createTRPCClient({ links: [httpBatchLink({ url: '/api/trpc' })] });
        export function Checkout() {
          const pay = api.billing.pay.useMutation();
          pay.mutate({ cardNumber, cvc });
          pay.mutateAsync(card);
          api.orders.create.useMutation().mutate({ items });
          trpc.billing.pay.mutate({ cardNumber });
          // Not tRPC's: React Query's own hook, Apollo's client, a vanilla client's mutateAsync, a procedure-less call.
          useMutation({ mutationFn }).mutate({ cardNumber });
          client.mutate({ variables });
          trpc.billing.pay.mutateAsync({ cardNumber });
          api.useMutation().mutate({ cardNumber });
        }
      `,
      (context) => ({
        CallExpression(node: TSESTree.CallExpression) {
          const request = httpRequestOf(node, context.sourceCode);
          if (request?.client === 'tRPC') found.push({ client: request.client, procedure: request.trpcProcedure, bodies: request.bodies.map((b) => context.sourceCode.getText(b)) });
        },
      }),
    );
    expect(found).toEqual([
      { client: 'tRPC', procedure: 'billing.pay', bodies: ['{ cardNumber, cvc }'] },
      { client: 'tRPC', procedure: 'billing.pay', bodies: ['card'] },
      { client: 'tRPC', procedure: 'orders.create', bodies: ['{ items }'] },
      { client: 'tRPC', procedure: 'billing.pay', bodies: ['{ cardNumber }'] },
    ]);
  });
});
