import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  changedPath,
  contentsChanged,
  destructuredBinding,
  emberGetOfThis,
  formDataFieldRead,
  formFieldRead,
  instanceFieldWrites,
  localFunctionOf,
  memberName,
  namesAround,
  objectEntries,
  appliesAlongside,
  conditionalEntries,
  ownMethodOf,
  payloadFields,
  resolveValue,
  sameValueKey,
  shownPath,
  splitBracketKey,
  stateShape,
  staticPrefix,
  staticString,
  urlObjectQueryFields,
  urlQueryFields,
  scopeOf,
  reachingWrites,
  variableOf,
  variableWrites,
} from '../../src/analysis/values.js';
import { urlText } from '../../src/analysis/http-calls.js';
import { runWithRule } from './helpers.js';

/** Run `fn` on the first argument of every `probe(...)` call. */
function probe<T>(code: string, fn: (node: TSESTree.Node, sourceCode: never) => T): T[] {
  const out: T[] = [];
  runWithRule(code, (context) => ({
    CallExpression(node: TSESTree.CallExpression) {
      if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'probe' && node.arguments[0]) {
        out.push(fn(node.arguments[0], context.sourceCode as never));
      }
    },
  }));
  return out;
}

const paths = (code: string): string[][] =>
  probe(code, (node, sc) => payloadFields(node, sc).map((f) => f.path.join('.'))).map((p) => p.map(String)) as never;

describe('memberName', () => {
  it('names as written, static computed keys, and private members with their # (real-world batch 279)', () => {
    expect(
      probe(
        `
        class C { #cvc = ''; m() { probe(this.#cvc); probe(this.cvc); probe(this['cvc']); probe(this[key]); probe(this[0]); } }
      `,
        (node, sc) => (node.type === AST_NODE_TYPES.MemberExpression ? memberName(node, sc) : undefined),
      ),
    ).toEqual(['#cvc', 'cvc', 'cvc', null, '0']);
  });
});

describe('namesAround', () => {
  /** The names around every string literal that starts with `v:`, in source order. */
  const around = (code: string): string[][] => {
    const out: string[][] = [];
    runWithRule(code, (context) => ({
      Literal(node: TSESTree.Literal) {
        if (typeof node.value === 'string' && node.value.startsWith('v:')) out.push(namesAround(node, context.sourceCode));
      },
    }));
    return out;
  };

  it('reads the holders of a value out to the first declarator, assignment, call or element', () => {
    expect(
      around(`
        const KEY = 'v:1';
        const config = { clerk: { secretKey: \`\${'v:2'}\` }, list: ['v:3'] };
        createClerkClient({ secretKey: process.env.X ?? 'v:4' });
        api.keys.set('v:5');
        process.env.CLERK_SECRET_KEY = 'v:6' as string;
        class Keys { static secret = 'v:7'; }
        const el = <ClerkProvider secretKey={'v:8'} />;
        f('v:9').g();
        const { a = 'v:10' } = o;
        ['v:11'];
      `),
    ).toEqual([
      ['KEY'],
      ['secretKey', 'clerk', 'config'],
      ['list', 'config'],
      ['secretKey', 'createClerkClient'],
      ['set'],
      ['CLERK_SECRET_KEY'],
      ['secret'],
      ['secretKey', 'ClerkProvider'],
      ['f'],
      [],
      [],
    ]);
  });
});

describe('shownPath', () => {
  it('a bound path, behind a fallback or a guard of its own object; not two paths or another guard', () => {
    expect(
      probe(
        `
        probe(card.cvc); probe(this.state.card.number); probe(form.cvc || ''); probe(form.cvc ?? undefined);
        probe(info && info.cardNumber); probe(info ? info.cvv : ''); probe(ok && other.cvc); probe(form.cvc || form.otp);
        probe(info ? info.cvv : other.cvv); probe(getCard().number); probe(form.cvc && '');
        `,
        (node, sourceCode) => shownPath(node, sourceCode),
      ),
    ).toEqual(['card.cvc', 'this.state.card.number', 'form.cvc', 'form.cvc', 'info.cardNumber', 'info.cvv', null, null, null, null, null]);
  });
});

/** A probe of what `fn` says of each probed call. */
const callReads =
  (fn: (call: TSESTree.CallExpression, sourceCode: never) => string | null) =>
  (code: string): Array<string | null> =>
    probe(code, (node, sourceCode) => (node.type === AST_NODE_TYPES.CallExpression ? fn(node, sourceCode as never) : null));

describe('formFieldRead', () => {
  it("names the field a react-hook-form form's watch / getValues reads, not Vue's watch or another library's", () => {
    const read = callReads(formFieldRead);
    expect(
      read(`
        import { useForm } from 'react-hook-form';
        import { watch as vueWatch } from 'vue';
        export function Checkout({ store, field }) {
          const { watch, getValues: values } = useForm({ defaultValues: { cardNumber: '' } });
          const form = useForm();
          const { watch: other } = store;
          probe(watch('cardNumber')); probe(values('card.cvc')); probe(form.getValues('cvv')); probe(form.watch('expiry'));
          probe(watch()); probe(watch(field)); probe(watch(['cvc'])); probe(other('cvc')); probe(vueWatch('cvc'));
          probe(store.getValues('cvc')); probe(form.trigger('cvc'));
        }
      `),
    ).toEqual(['cardNumber', 'card.cvc', 'cvv', 'expiry', null, null, null, null, null, null, null]);
  });
});

describe('emberGetOfThis', () => {
  it("names what Ember's getters read off this: this.get, Ember.get, @ember/object's get", () => {
    const read = callReads(emberGetOfThis);
    expect(
      read(`
        import { get } from '@ember/object';
        export default Controller.extend({
          save() {
            probe(this.get('stripe')); probe(Ember.get(this, 'stripeService')); probe(get(this, 'stripe'));
          },
        });
      `),
    ).toEqual(['stripe', 'stripeService', 'stripe']);
  });

  it('not a getter of this: another object, another get, a name computed at run time, more arguments', () => {
    const read = callReads(emberGetOfThis);
    expect(
      read(`
        import { get } from 'lodash';
        export function f(model, key) {
          probe(model.get('stripe')); probe(get(this, 'stripe')); probe(this.get(key)); probe(this.get('a', 'b'));
          probe(Ember.get(model, 'stripe')); probe(this.get(...keys));
        }
      `),
    ).toEqual([null, null, null, null, null, null]);
  });
});

describe('formDataFieldRead', () => {
  it("names the field read from form data by name: a request's or a form's FormData, URLSearchParams, a URL's searchParams", () => {
    const read = callReads(formDataFieldRead);
    expect(
      read(`
        export async function POST({ request }) {
          const form = await request.formData();
          const data = new FormData(document.querySelector('form'));
          const params = new URLSearchParams(location.search);
          const query = new URL(request.url).searchParams;
          const other = await response.formData();
          probe(form.get('cardNumber')); probe(data.get('cvc')); probe(params.get('card_number')); probe(query.get('exp'));
          probe(other.get('number')); probe((await request.formData()).get('cvc'));
        }
      `),
    ).toEqual(['cardNumber', 'cvc', 'card_number', 'exp', 'number', 'cvc']);
    // A map, a cache, headers, a parameter of unknown kind, a name computed at run time, a second argument: unknown.
    expect(
      read(`
        export function f(form, key) {
          const labels = new Map([['cvc', 'Security code']]);
          const data = new FormData();
          probe(labels.get('cvc')); probe(cache.get('cardNumber')); probe(request.headers.get('cvc'));
          probe(form.get('cvc')); probe(data.get(key)); probe(data.get('cvc', 1)); probe(data.getAll('cvc'));
        }
      `),
    ).toEqual([null, null, null, null, null, null, null]);
  });

  it('reads a value declared as the global FormData (a server action parameter, an assertion), not a FormData the file binds itself', () => {
    const read = callReads(formDataFieldRead);
    expect(
      read(`
        export async function addCard(formData: FormData, other: Partial<FormData>, { nested }: { nested: FormData }) {
          const draft = (await load()) as FormData;
          const typed: FormData = make();
          probe(formData.get('cardNumber')); probe(draft.get('cvc')); probe(typed.get('exp')); probe((input as FormData).get('pan'));
          probe(other.get('cvc')); probe(nested.get('cvc'));
        }
      `),
    ).toEqual(['cardNumber', 'cvc', 'exp', 'pan', null, 'cvc']);
    expect(read(`import FormData from 'form-data';\nfunction f(form: FormData) { probe(form.get('cvc')); }`)).toEqual([null]);
    expect(read(`interface FormData { get(key: string): string }\nfunction f(form: FormData) { probe(form.get('cvc')); }`)).toEqual([null]);
  });
});

describe('destructuredBinding', () => {
  it('gives the init and the key of a never-reassigned destructured variable, and null otherwise', () => {
    const out = probe(
      `const { request, Agent: HttpsAgent } = require('https');
const { register: field = noop } = useForm();
const { ['computed' + x]: dynamic } = source();
let { reassigned } = other();
reassigned = 1;
const plain = require('http');
const { outer: { inner } } = nested();
function f({ param }) { probe(param); }
probe(request); probe(HttpsAgent); probe(field); probe(dynamic); probe(reassigned); probe(plain); probe(inner);`,
      (node, sourceCode: Parameters<typeof destructuredBinding>[1]) => {
        const variable = variableOf(node as TSESTree.Identifier, sourceCode);
        const binding = variable && destructuredBinding(variable, sourceCode);
        return binding ? [binding.key, sourceCode.getText(binding.init)] : null;
      },
    );
    expect(out).toEqual([
      null, // a parameter
      ['request', "require('https')"],
      ['Agent', "require('https')"],
      ['register', 'useForm()'],
      [null, 'source()'],
      null,
      null,
      null, // nested patterns are not followed
    ]);
  });
});

describe('resolveValue / static strings', () => {
  it('follows consts, aliases and TS wrappers; stops at reassigned lets', () => {
    const types = probe(
      `
      const card = { number: '4242' };
      const alias = card as const;
      let changing = { a: 1 }; changing = other();
      probe(alias!); probe(changing); probe(card satisfies object);
    `,
      (node, sc) => resolveValue(node, sc).type,
    );
    expect(types).toEqual(['ObjectExpression', 'Identifier', 'ObjectExpression']);
  });

  it("follows copies to what they copy: structuredClone, angular.copy, lodash's clones, Object.assign({}, x), a JSON round trip, Knockout's toJS (real-world batch EH)", () => {
    const texts = probe(
      `
      const card = { number: n, cvc: c };
      const a = structuredClone(card);
      const b = angular.copy(card);
      const d = _.cloneDeep(card);
      const e = Object.assign({}, card);
      const f = JSON.parse(JSON.stringify(card));
      const g = ko.toJS(card);
      probe(a); probe(b); probe(d); probe(e); probe(f); probe(g);
      probe(Object.assign({}, card, extra)); probe(Object.assign(target, card)); probe(JSON.parse(JSON.stringify(card, ['id'])));
      probe(copy(card)); probe(other.copy(card)); probe(structuredClone(card, options));
    `,
      (node, sc: Readonly<TSESLint.SourceCode>) => sc.getText(resolveValue(node, sc)),
    );
    expect(texts).toEqual([
      ...Array(6).fill('{ number: n, cvc: c }'),
      'Object.assign({}, card, extra)',
      'Object.assign(target, card)',
      "JSON.parse(JSON.stringify(card, ['id']))",
      'copy(card)',
      'other.copy(card)',
      'structuredClone(card, options)',
    ]);
  });

  it('follows Object.freeze, Object.seal and Object.preventExtensions to the object they return', () => {
    const texts = probe(
      `
      const card = { number: n, cvc: c };
      const a = Object.freeze(card);
      const b = Object.seal({ number: n, cvc: c });
      const d = Object.preventExtensions(card);
      probe(a); probe(b); probe(d); probe(Object.freeze(card, extra)); probe(Object.isFrozen(card));
    `,
      (node, sc: Readonly<TSESLint.SourceCode>) => sc.getText(resolveValue(node, sc)),
    );
    expect(texts).toEqual([...Array(3).fill('{ number: n, cvc: c }'), 'Object.freeze(card, extra)', 'Object.isFrozen(card)']);
  });

  it('static strings and template prefixes', () => {
    expect(
      probe(
        "const host = 'api.stripe.com'; probe(`http://${host}/v1`); probe('http://' + host); probe(`http://js.stripe.com/${v}`); probe(v);" +
          ' probe(`http://${host}/v1/charges/${id}/refund`); probe(`${v}://${host}`); probe(`//${host}` + v + `/v1`);',
        (node, sc) => [staticString(node, sc), staticPrefix(node, sc)],
      ),
    ).toEqual([
      ['http://api.stripe.com/v1', { text: 'http://api.stripe.com/v1', complete: true }],
      ['http://api.stripe.com', { text: 'http://api.stripe.com', complete: true }],
      [null, { text: 'http://js.stripe.com/', complete: false }],
      [null, null],
      // A template's static values up to the first unknown one.
      [null, { text: 'http://api.stripe.com/v1/charges/', complete: false }],
      [null, { text: '', complete: false }],
      [null, { text: '//api.stripe.com', complete: false }],
    ]);
  });
});

describe('payloadFields (stripe-facts §1.5 shapes)', () => {
  it('nested objects, shorthand consts, spreads', () => {
    expect(
      paths(`
        const card = { number: n, exp_month: m, cvc: c };
        const base = { type: 'card' };
        probe({ ...base, card, metadata: { order: 1 } });
      `),
    ).toEqual([['type', 'card.number', 'card.exp_month', 'card.cvc', 'metadata.order']]);
  });

  it('a key whose value is a let: every object written to it on a path to the read (real-world batch 329)', () => {
    expect(
      paths(`
        function create(dto) {
          let card = { token: dto.token };
          if (dto.number) card = { number: dto.number, cvc: dto.cvc };
          probe({ type: 'card', card });
          const fixed = { token: dto.token };
          probe({ card: fixed });
        }
      `),
    ).toEqual([['type', 'card.token', 'card.number', 'card.cvc'], ['card.token']]);
  });

  it("a destructured parameter's property: what the file's calls pass under its key, also with a default (real-world batch FT)", () => {
    expect(
      paths(`
        function send({ path, body: payload = {} }, { retries }) { probe(payload); probe(retries); probe(path); }
        send({ path: '/pay', body: { card: { number: n, cvc: c } } }, { retries: { max: 3 } });
        send({ path: '/refund' }, {});
      `),
    ).toEqual([['card.number', 'card.cvc'], ['max'], []]);
  });

  it("an options parameter's member: what the file's calls pass under that key; nothing for a computed key or a parameter written again", () => {
    expect(
      paths(`
        function send(opts) { probe(opts.body); probe({ data: opts.body }); probe(opts['body']); probe(opts[key]); probe(opts.missing); }
        send({ path: '/pay', body: { card: { number: n, cvc: c } } });
        send(options);
        function again(opts) { opts = {}; probe(opts.body); }
        again({ body: { cvc: c } });
      `),
    ).toEqual([['card.number', 'card.cvc'], ['data.card.number', 'data.card.cvc'], ['card.number', 'card.cvc'], [], [], []]);
  });

  it('a form string built with +=: the keys of every piece; nothing where the variable is also set with = or a piece is no text', () => {
    expect(
      paths(`
        function a() { let body = 'amount=' + amount; body += '&card[number]=' + n; if (c) body += \`&card[cvc]=\${c}\`; probe(body); }
        function b() { let body = ''; body += 'cvc=' + c; body = 'reset=1'; probe(body); }
        function c() { let body = 'cvc=' + c; body += extra; probe(body); }
        function d() { var body = 'pan=' + p; [1].forEach(() => { body += '&cvc=' + c; }); probe(body); }
      `),
    ).toEqual([['amount', 'card.number', 'card.cvc'], [], [], []]);
  });

  it('a conditional or logical body: what either side may be (real-world batch EK); the right side of `&&` only', () => {
    expect(
      paths(`
        const data = { number: n, cvc: c };
        probe(data ? JSON.stringify(data) : '');
        probe(JSON.stringify(data) || '');
        probe(draft ?? { cardNumber: x });
        probe(ready && { exp_month: m });
        probe({ flag: f } && '');
        probe(cond ? qs.stringify({ cvv: v }) : new URLSearchParams({ pan: p }));
      `),
    ).toEqual([['number', 'cvc'], ['number', 'cvc'], ['cardNumber'], ['exp_month'], [], ['cvv', 'pan']]);
  });

  it('a value held in a const that is a choice of objects: the keys of either, under its key or spread (real-world batch EQ)', () => {
    expect(
      paths(`
        const creditCard = raw ? { card: { number: n, cvv: c } } : { card_id: id };
        const saved = stored ?? { token: t };
        probe({ payments: { credit_card: creditCard } });
        probe({ ...creditCard, installments: 1 });
        probe({ method: saved, pm: chosen ? 'a' : 'b' });
      `),
    ).toEqual([
      ['payments.credit_card.card.number', 'payments.credit_card.card.cvv', 'payments.credit_card.card_id'],
      ['card.number', 'card.cvv', 'card_id', 'installments'],
      ['method.token', 'pm'],
    ]);
  });

  it("an Angular form's nested group: its controls under its key (precision probe ER)", () => {
    expect(
      paths(`
        import { FormBuilder } from '@angular/forms';
        class BookingComponent {
          form = this.fb.group({ email: [''], payment: this.fb.group({ cardNumber: [''], cvv: [''] }) });
          submit() { probe(this.form.value); }
        }
      `),
    ).toEqual([['email', 'payment.cardNumber', 'payment.cvv']]);
  });

  it("a class's field: each object its methods set it to (real-world batch EG); not a field set to nothing readable", () => {
    expect(
      paths(`
        class PaymentForm extends HTMLElement {
          reset() { this.draft = { holder: '' }; }
          submit() {
            this.draft = { cardNumber: this.card.value, cvv: this.cvv.value };
            probe(this.draft);
            probe(this.other);
            this.items = load();
            probe(this.items);
          }
        }
      `),
    ).toEqual([['holder', 'cardNumber', 'cvv'], [], []]);
  });

  it("keys a builder sets in an if's branches (real-world batch EB), adding to the literal's and replacing none", () => {
    expect(
      paths(`
        function pay(input) {
          const body = { billingType: 'CREDIT_CARD', number: masked };
          if (input.card) {
            body.creditCard = { number: input.card.number, ccv: input.card.ccv };
            body.number = input.card.number;
          } else if (input.pix) { body.pix = true; } else body.boleto = true;
          for (const x of xs) { body.loop = x; }
          probe(body);
        }
      `),
    ).toEqual([['billingType', 'number', 'creditCard.number', 'creditCard.ccv', 'pix', 'boleto']]);
  });

  it('encodings that hide nothing: base64 and URI encodings, and a serialised object under a key', () => {
    expect(
      paths(`
        probe(btoa(JSON.stringify({ number: n, cvc: c })));
        probe({ data: window.btoa(JSON.stringify({ number: n })) });
        probe({ payload: JSON.stringify({ card: { cvc: c } }) });
        probe(Buffer.from(JSON.stringify({ cvc: c })).toString('base64'));
        probe(encodeURIComponent(JSON.stringify({ cvc: c })));
        probe(Base64.encode(JSON.stringify({ cvc: c })));
        probe(Buffer.from(JSON.stringify({ cvc: c })).toString());
        probe(encrypt(JSON.stringify({ cvc: c })));
        function local() { function btoa(x) { return x.length; } probe(btoa({ cvc: c })); }
      `),
    ).toEqual([['number', 'cvc'], ['data.number'], ['payload.card.cvc'], ['cvc'], ['cvc'], ['cvc'], [], [], []]);
  });

  it('bracket keys, URLSearchParams (object, pairs, append), qs / querystring / JSON.stringify', () => {
    expect(
      paths(`
        import qs from 'qs';
        import { stringify } from 'querystring';
        probe({ 'card[number]': n, 'card[cvc]': c });
        probe(new URLSearchParams({ 'card[number]': n }));
        probe(new URLSearchParams([['card[cvc]', c]]).toString());
        const params = new URLSearchParams(); params.append('card[number]', n); params.set('card[exp_month]', m);
        probe(params);
        probe(qs.stringify({ card: { number: n } }));
        probe(stringify({ 'payment_method_data[card][number]': n }));
        probe(JSON.stringify({ source: { number: n } }));
      `),
    ).toEqual([
      ['card.number', 'card.cvc'],
      ['card.number'],
      ['card.cvc'],
      ['card.number', 'card.exp_month'],
      ['card.number'],
      ['payment_method_data.card.number'],
      ['source.number'],
    ]);
  });

  it("chained sets on a new Angular HttpParams (real-world batch 278); not URLSearchParams', whose set returns nothing", () => {
    expect(
      paths(`
        import { HttpParams } from '@angular/common/http';
        probe(new HttpParams().set('card[number]', n).set('card[cvc]', c));
        probe(new HttpParams({ fromObject: { 'card[exp_month]': m } }).append('card[number]', n).toString());
        probe(new HttpParams({ fromObject: { 'card[cvc]': c } }));
        probe(new URLSearchParams({ amount: '100' }).set('card[cvc]', c));
        probe(cache.set('card[number]', n));
        probe(new Map().set('card[number]', n));
      `),
    ).toEqual([['card.number', 'card.cvc'], ['card.exp_month', 'card.number'], ['card.cvc'], [], [], []]);
  });

  it('hand-built form strings, templates and concatenation; Object.keys(o).map(...).join', () => {
    expect(
      paths(`
        const card = { 'card[number]': n, 'card[exp_month]': m };
        probe(Object.keys(card).map((k) => k + '=' + card[k]).join('&'));
        probe(\`card[number]=\${n}&card[cvc]=\${c}\`);
        probe('card[number]=' + n + '&card[exp_year]=' + y);
        probe('amount=100&currency=usd');
        probe(\`\${key}=\${value}\`);
      `),
    ).toEqual([['card.number', 'card.exp_month'], ['card.number', 'card.cvc'], ['card.number', 'card.exp_year'], ['amount', 'currency'], []]);
  });

  it('form lists joined: literal pieces, keys put in brackets by the callback, lists filled in a loop over the keys (real-world batch 278)', () => {
    expect(
      paths(`
        const card = { number: n, cvc: c };
        probe(['card[number]=' + n, 'card[exp_month]=' + m].join('&'));
        probe(Object.entries(card).map(([k, v]) => \`card[\${k}]=\${v}\`).join('&'));
        probe(Object.keys(card).map((k) => encodeURIComponent('card[' + k + ']') + '=' + card[k]).join('&'));
        probe(Object.keys(card).map((k) => \`\${k}[card]=\${card[k]}\`).join('&'));
        const details = { 'card[number]': n, 'card[cvc]': c };
        function stock() {
          let formBody = [];
          for (const property in details) {
            formBody.push(encodeURIComponent(property) + '=' + encodeURIComponent(details[property]));
          }
          formBody = formBody.join('&');
          probe(formBody);
        }
        function each() {
          const parts = [];
          Object.keys(card).forEach((key) => parts.push(\`card[\${key}]=\${card[key]}\`));
          probe(parts.join('&'));
        }
        function other() {
          const parts = [];
          for (const property in details) parts.push('x=1');
          probe(parts.join('&'));
        }
      `),
    ).toEqual([
      ['card.number', 'card.exp_month'],
      ['card.number', 'card.cvc'],
      ['card.number', 'card.cvc'],
      ['number', 'cvc'],
      ['card.number', 'card.cvc'],
      ['card.number', 'card.cvc'],
      [],
    ]);
  });

  it("lodash's and underscore's map over an object's keys, joined; not another module's map", () => {
    expect(
      paths(`
        import _ from 'lodash';
        import map from 'lodash/map';
        import { map as mapOf } from 'underscore';
        import { map as ownMap } from './utils';
        const card = { 'card[number]': n, 'card[cvc]': c };
        probe(_.map(card, (v, k) => k + '=' + v).join('&'));
        probe(map(card, (v, k) => k + '=' + v).join('&'));
        probe(mapOf(card, (v, k) => k + '=' + v).join('&'));
        probe(_.toPairs(card).map(([k, v]) => k + '=' + v).join('&'));
        probe(ownMap(card, (v, k) => k + '=' + v).join('&'));
        probe(other.map(card, (v, k) => k + '=' + v).join('&'));
      `),
    ).toEqual([['card.number', 'card.cvc'], ['card.number', 'card.cvc'], ['card.number', 'card.cvc'], ['card.number', 'card.cvc'], [], []]);
  });

  it('unknown shapes give no fields and never throw', () => {
    expect(
      paths(`
        probe(body); probe(getBody()); probe({ ...unknown, [dynamic]: 1, get number() { return n; } }); probe(new Foo({ number: 1 }));
        probe(qsLike.parse('card[number]=1'));
      `),
    ).toEqual([[], [], [], [], []]);
  });

  it("a form's UI state by its initial keys, whole, shorthand or spread (keys the object writes itself are its own)", () => {
    expect(
      paths(`
        import React, { useState } from 'react';
        import { reactive, ref } from 'vue';
        const initial = { number: '', cvc: '' };
        function Form() {
          const [form, setForm] = useState({ cardNumber: '', cvc: '', billing: { zip: '' } });
          const [card] = React.useState<Card>(initial);
          const [lazy] = useState(() => ({ number: '' }));
          const [count, setCount] = useState(0);
          probe(form); probe({ card, amount: 1 }); probe(lazy); probe({ ...form, cvc: undefined, amount: 2 }); probe(count);
        }
        const vueForm = reactive({ number: '', cvc: '' });
        const vueCard = ref({ number: '' });
        probe(vueForm); probe(vueCard.value); probe(JSON.stringify({ ...vueCard.value }));
      `),
    ).toEqual([
      ['cardNumber', 'cvc', 'billing.zip'],
      ['card.number', 'card.cvc', 'amount'],
      ['number'],
      ['cardNumber', 'billing.zip', 'cvc', 'amount'],
      [],
      ['number', 'cvc'],
      ['number'],
      ['number'],
    ]);
  });

  it("a let's initial object where other writes run on paths that do not lead to the use, and the objects of those writes", () => {
    expect(
      paths(`
        async function f(args) {
          let maybe = { number: args.n, cvc: args.c };
          if (args.id) maybe = await saved(args.id);
          probe({ card: maybe });
          let orElse = { number: args.n };
          try { orElse = load(); } catch { orElse = { number: args.m }; }
          probe(orElse);
          let always = { number: args.n };
          always = load();
          probe({ card: always });
          let onTheWay = { number: args.n };
          if (args.id) { onTheWay = load(); probe(onTheWay); }
          let looped = { number: args.n };
          for (const x of args.list) looped = x;
          probe(looped);
          let later = { number: args.n };
          setTimeout(() => { later = load(); });
          probe(later);
        }
      `),
    ).toEqual([
      ['card.number', 'card.cvc'],
      // (since the sixty-eighth session every object that can reach the use is read: `reachingWrites`) the catch's
      ['number'],
      // the initial object replaced on every way to the use
      ['card'],
      [],
      // the initial object where a loop or a callback may replace it, or not
      ['number'],
      ['number'],
    ]);
  });

  it("a let's last write that every path to the use runs, and every other object that can reach the use", () => {
    expect(
      paths(`
        async function f(args) {
          let replaced = {};
          replaced = { number: args.n, cvc: args.c };
          probe(replaced);
          let thenMaybe;
          thenMaybe = { number: args.n };
          if (args.id) thenMaybe = await saved(args.id);
          probe({ card: thenMaybe });
          let clearedAfter = { number: args.n };
          probe(clearedAfter);
          clearedAfter = null;
          let inBranch = {};
          if (args.n) { inBranch = { number: args.n }; probe(inBranch); }
          let asideBranch = {};
          if (args.n) { asideBranch = { number: args.n }; }
          probe(asideBranch);
          let inTry = {};
          try { inTry = { number: args.n }; } catch {}
          probe(inTry);
          let twice = {};
          twice = { number: args.n };
          twice = load();
          probe(twice);
          let inLoop = {};
          for (const x of args.list) inLoop = { number: x };
          probe(inLoop);
          let elsewhere = {};
          const later = () => { elsewhere = { number: args.n }; };
          probe(elsewhere);
          let usedInside = {};
          usedInside = { number: args.n };
          setTimeout(() => probe(usedInside));
        }
      `),
    ).toEqual([
      ['number', 'cvc'],
      ['card.number'],
      ['number'],
      ['number'],
      // written on one path, in a `try`, in a loop, in a callback, or read in a callback (until the sixty-eighth session
      // unknown): each object that can reach the use
      ['number'],
      ['number'],
      // replaced on the way by a value with no fields
      [],
      ['number'],
      ['number'],
      ['number'],
    ]);
  });

  it("a rest binding's fields: its source's, but for the keys taken out first (also from a declared type)", () => {
    expect(
      paths(`
        interface Card { id: string; number: string; cvc: string }
        function f(card: Card, body) {
          const { id, ...fields } = card;
          const { number, cvc, ...meta } = card;
          const { amount, ...rest } = { amount: 1, card: { number: n } };
          const { [key]: dropped, ...unknownKeys } = card;
          const { id: other, ...fromUnknown } = body;
          probe(fields); probe(meta); probe(rest); probe(unknownKeys); probe(fromUnknown);
        }
      `),
    ).toEqual([['number', 'cvc'], ['id'], ['card.number'], [], []]);
  });

  it("the values a form library hands its submit handler: Formik's initialValues, react-hook-form's defaultValues", () => {
    expect(
      paths(`
        import { useFormik, Formik } from 'formik';
        import { useForm } from 'react-hook-form';
        function Form() {
          const formik = useFormik({ initialValues: { cardNumber: '', cvv: '' }, onSubmit: (values) => probe(values) });
          const { handleSubmit } = useForm({ defaultValues: { number: '', cvc: '' } });
          const other = useFormik({ onSubmit: (values) => probe(values) });
          return (
            <>
              <Formik initialValues={{ cvc: '' }} onSubmit={(values, helpers) => probe(values)} />
              <form onSubmit={handleSubmit((data) => probe({ card: data }))} />
              <Other initialValues={{ cvc: '' }} onSubmit={(values) => probe(values)} />
              <form onSubmit={helpers.handleSubmit((data) => probe(data))} />
            </>
          );
        }
      `),
    ).toEqual([['cardNumber', 'cvv'], [], ['cvc'], ['card.number', 'card.cvc'], [], []]);
  });

  it("the values React Final Form's <Form> hands its submit handler, by its initialValues; another library's Form hands an event", () => {
    expect(
      paths(`
        import { Form } from 'react-final-form';
        import { Form as AntForm } from 'antd';
        export const Pay = () => (
          <>
            <Form initialValues={{ cardNumber: '', cvc: '' }} onSubmit={(values) => probe(values)} render={renderFields} />
            <AntForm initialValues={{ cvc: '' }} onSubmit={(event) => probe(event)} />
          </>
        );
      `),
    ).toEqual([['cardNumber', 'cvc'], []]);
  });

  it('the values a form library hands a named submit handler: a function declaration, a const, a useCallback, every read of it handed to a form', () => {
    expect(
      paths(`
        import { useCallback } from 'react';
        import { useForm } from 'react-hook-form';
        import { useFormik } from 'formik';
        import { zodResolver } from '@hookform/resolvers/zod';
        import { z } from 'zod';
        const checkoutSchema = z.object({ cardNumber: z.string().min(13), cvc: z.string().length(3), saveCard: z.boolean() });
        function CheckoutForm() {
          const form = useForm({ resolver: zodResolver(checkoutSchema) });
          async function onSubmit(values) { probe(values); }
          return <form onSubmit={form.handleSubmit(onSubmit)} />;
        }
        function PaymentForm() {
          const { handleSubmit } = useForm({ defaultValues: { number: '', cvv: '' } });
          const onPay = useCallback((data) => probe(data), []);
          const onSave = async (data) => probe(data);
          return <><form onSubmit={handleSubmit(onPay)} /><form onSubmit={handleSubmit(onSave, onInvalid)} /></>;
        }
        function FormikForm() {
          const submit = (values) => probe(values);
          const formik = useFormik({ initialValues: { cardNumber: '' }, onSubmit: submit });
          return null;
        }
        function Elsewhere() {
          const { handleSubmit } = useForm({ defaultValues: { cvc: '' } });
          const handedOnToo = (data) => probe(data);
          track(handedOnToo);
          let reassigned = (data) => probe(data);
          reassigned = other;
          const notHanded = (data) => probe(data);
          const unknownForm = (data) => probe(data);
          return <><form onSubmit={handleSubmit(handedOnToo)} /><form onSubmit={handleSubmit(reassigned)} /><form onSubmit={props.handleSubmit(unknownForm)} /></>;
        }
      `),
    ).toEqual([['cardNumber', 'cvc', 'saveCard'], ['number', 'cvv'], ['number', 'cvv'], ['cardNumber'], [], [], [], []]);
  });

  it('stateShape: only state made from an initial object that stays the state', () => {
    expect(
      probe(
        `
        import { useState, useReducer } from 'react';
        import { reactive, ref } from 'vue';
        function Form(props) {
          const [setterFirst] = [useState({ number: '' })[1]];
          const [, form] = useState({ number: '' });
          const [fromProps] = useState(props.initial);
          const [reduced] = useReducer(reducer, { number: '' });
          let reassigned = reactive({ number: '' });
          reassigned = other;
          const refItself = ref({ number: '' });
          probe(setterFirst); probe(form); probe(fromProps); probe(reduced); probe(reassigned); probe(refItself); probe(refItself.other);
        }
      `,
        (node, sc) => stateShape(node, sc),
      ),
    ).toEqual([null, null, null, null, null, null, null]);
  });

  it('stateShape: a Svelte store read with get(store) or $store, and Svelte 5 $state (real-world batch 239)', () => {
    const keys = (shape: TSESTree.ObjectExpression | null): string[] | null =>
      shape?.properties.map((p) => (p.type === AST_NODE_TYPES.Property && p.key.type === AST_NODE_TYPES.Identifier ? p.key.name : '?')) ?? null;
    const out: (string[] | null)[] = [];
    runWithRule(
      `<script>
  import { writable, get } from 'svelte/store';
  import { get as fetchValue } from './values';
  const payment = writable({ cardNumber: '', cvc: '' });
  let card = $state({ number: '', cvv: '' });
  const other = { amount: 0 };
  probe(get(payment));
  probe($payment);
  probe(card);
  probe(fetchValue(payment));
  probe($other);
</script>
`,
      (context) => ({
        CallExpression(node: TSESTree.CallExpression) {
          if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'probe' && node.arguments[0]) out.push(keys(stateShape(node.arguments[0], context.sourceCode as never)));
        },
      }),
      { parser: 'svelte' },
    );
    expect(out).toEqual([['cardNumber', 'cvc'], ['cardNumber', 'cvc'], ['number', 'cvv'], null, null]);
  });

  it("stateShape: mobx-state-tree's self in a model's actions or views, by the properties its types.model declares", () => {
    const keys = (code: string): Array<string[] | null> =>
      probe(code, (node, sc) => stateShape(node, sc)?.properties.map((p) => (p.type === AST_NODE_TYPES.Property && p.key.type === AST_NODE_TYPES.Identifier ? p.key.name : '?')) ?? null);
    expect(
      keys(`
        import { types } from 'mobx-state-tree';
        import { types as other } from './types';
        const props = { ccNumber: types.string, ccCvv: types.string };
        export const Payment = types
          .model('Payment', props)
          .views((self) => ({ get summary() { return probe(self); } }))
          .actions((self) => ({ pay() { probe(self); } }));
        export const Plain = types.model({ amount: types.number }).actions(function (self) { return { log() { probe(self); } }; });
        export const NotMst = other.model('Card', { cvc: other.string }).actions((self) => ({ log() { probe(self); } }));
        export const Second = types.model('Card', { cvc: types.string }).actions((store, self) => ({ log() { probe(self); } }));
      `),
    ).toEqual([['ccNumber', 'ccCvv'], ['ccNumber', 'ccCvv'], ['amount'], null, null]);
  });

  it("stateShape: a Vue Options API component's this.x starts as what data() returns under x (real-world batch EC)", () => {
    const keys = (code: string): Array<string[] | null> =>
      probe(code, (node, sc) => stateShape(node, sc)?.properties.map((p) => (p.type === AST_NODE_TYPES.Property && p.key.type === AST_NODE_TYPES.Identifier ? p.key.name : '?')) ?? null);
    expect(
      keys(`
        const initial = { cardNumber: '', cvv: '' };
        export default {
          data() { return { profile: { cardNumber: '', cvv: '' }, saved: initial, list: [], name: '' }; },
          watch: { profile: { handler() { probe(this.profile); }, deep: true } },
          methods: { save() { probe(this.saved); probe(this.list); probe(this.name); probe(this.missing); } },
        };
        const notVue = { data() { return { profile: { cvv: '' } }; }, save() { probe(this.profile); } };
        class Form { data() { return { profile: { cvv: '' } }; } methods() {} save() { probe(this.profile); } }
      `),
    ).toEqual([['cardNumber', 'cvv'], ['cardNumber', 'cvv'], null, null, null, null, null]);
  });

  it("stateShape: a tRPC resolver's destructured input has the keys of its procedure's zod .input (real-world batch 231)", () => {
    const keys = (code: string): Array<string[] | null> =>
      probe(code, (node, sc) => stateShape(node, sc)?.properties.map((p) => (p.type === AST_NODE_TYPES.Property && p.key.type === AST_NODE_TYPES.Identifier ? p.key.name : '?')) ?? null);
    expect(
      keys(`
        import { z } from 'zod';
        const CardInput = z.object({ number: z.string(), securityCode: z.string() }).strict();
        export const a = protectedProcedure.input(z.object({ cardNumber: z.string(), cvv: z.string() })).mutation(async ({ ctx, input }) => probe(input));
        export const b = publicProcedure.use(logged).input(CardInput).meta({ a: 1 }).query(({ input }) => probe(input));
        export const c = publicProcedure.input(z.string()).mutation(({ input }) => probe(input));
        export const d = publicProcedure.input(CardInput).mutation((opts) => probe(opts.input));
        export const e = publicProcedure.mutation(({ input }) => probe(input));
        export const f = router.input(CardInput).other(({ input }) => probe(input));
      `),
    ).toEqual([['cardNumber', 'cvv'], ['number', 'securityCode'], null, null, null, null]);
  });

  it("stateShape: a react-hook-form form whose options give no values has the keys it registers", () => {
    const keys = (code: string): Array<string[] | null> =>
      probe(code, (node, sc) => stateShape(node, sc)?.properties.map((p) => (p.type === AST_NODE_TYPES.Property && p.key.type === AST_NODE_TYPES.Literal ? String(p.key.value) : '?')) ?? null);
    expect(
      keys(`
        import { useForm } from 'react-hook-form';
        export function A({ name }) {
          const { register, handleSubmit, watch } = useForm();
          register('cardNumber'); register('cvc', { required: true }); register('cvc'); register(name);
          const form = useForm({ mode: 'onBlur' });
          form.register('cvv');
          const empty = useForm();
          const onSubmit = (data) => probe(data);
          const other = (values) => probe(values);
          handleSubmit(onSubmit);
          form.handleSubmit(other);
          probe(watch()); probe(empty.watch());
        }
      `),
    ).toEqual([['cardNumber', 'cvc'], ['cvv'], ['cardNumber', 'cvc'], null]);
  });

  it("stateShape: a Svelte store's subscriber gets the keys of the object the store starts as", () => {
    const keys = (code: string): Array<string[] | null> =>
      probe(code, (node, sc) => stateShape(node, sc)?.properties.map((p) => (p.type === AST_NODE_TYPES.Property && p.key.type === AST_NODE_TYPES.Identifier ? p.key.name : '?')) ?? null);
    expect(
      keys(`
        import { writable } from 'svelte/store';
        import { writable as other } from './stores';
        const checkout = writable(JSON.parse(localStorage.getItem('checkout')) || { cardNumber: '', cvv: '' });
        checkout.subscribe((value) => probe(value));
        const payment = writable({ cvc: '' });
        payment.subscribe(function (v) { probe(v); });
        payment.subscribe((v, extra) => probe(extra));
        const mine = other({ cvc: '' });
        mine.subscribe((v) => probe(v));
        let swapped = writable({ cvc: '' });
        swapped.subscribe((v) => probe(v));
        swapped = writable({});
        const list = writable([]);
        list.subscribe((v) => probe(v));
      `),
    ).toEqual([['cardNumber', 'cvv'], ['cvc'], null, null, null, null]);
  });

  it("stateShape: an Angular reactive form's value has the keys of the controls it is made with (real-world batch EP)", () => {
    const keys = (code: string): Array<string[] | null> =>
      probe(code, (node, sc) => stateShape(node, sc)?.properties.map((p) => (p.type === AST_NODE_TYPES.Property && p.key.type === AST_NODE_TYPES.Identifier ? p.key.name : '?')) ?? null);
    const component = `
        class CheckoutComponent {
          fb = inject(FormBuilder);
          payment = new FormGroup({ cardNumber: new FormControl(''), cvc: new FormControl('') });
          ngOnInit() { this.checkout = this.fb.nonNullable.group({ cardnumber: [''], cvv: [''] }); this.made = this.makeForm(); }
          makeForm() { return this.fb.group({ number: [''], cvc: [''] }); }
          submit() {
            const local = new FormGroup({ pan: new FormControl('') });
            probe(this.payment.value); probe(this.payment.getRawValue()); probe(this.checkout.value); probe(local.value);
            probe(this.payment.getRawValue(1)); probe(this.other.value); probe(this.payment.controls);
            probe(this.made.value);
            const held = this.payment.value; const raw = this.checkout.getRawValue(); probe(held); probe(raw);
          }
        }
      `;
    expect(keys(`import { FormBuilder, FormControl, FormGroup } from '@angular/forms';${component}`)).toEqual([
      ['cardNumber', 'cvc'],
      ['cardNumber', 'cvc'],
      ['cardnumber', 'cvv'],
      ['pan'],
      null,
      null,
      null,
      ['number', 'cvc'],
      ['cardNumber', 'cvc'],
      ['cardnumber', 'cvv'],
    ]);
    // Another library's FormGroup and a group() of a file that imports no form builder are not Angular's.
    expect(keys(`import { FormGroup, FormControl } from './my-forms';${component}`)).toEqual(Array(10).fill(null));
  });

  it("stateShape: a Convex function handler's args have the keys its args validators declare", () => {
    const keys = (code: string): Array<string[] | null> =>
      probe(code, (node, sc) => stateShape(node, sc)?.properties.map((p) => (p.type === AST_NODE_TYPES.Property && p.key.type === AST_NODE_TYPES.Identifier ? p.key.name : '?')) ?? null);
    expect(
      keys(`
        import { v } from 'convex/values';
        import { mutation, internalAction } from './_generated/server';
        import { mutation as other } from './server';
        const shape = { cvc: v.string() };
        export const a = mutation({ args: { cardNumber: v.string(), cvc: v.string() }, handler: async (ctx, args) => probe(args) });
        export const b = internalAction({ args: shape, handler: async (ctx, input) => probe(input) });
        export const c = other({ args: { cvc: v.string() }, handler: async (ctx, args) => probe(args) });
        export const d = mutation({ args: { cvc: v.string() }, handler: async (args) => probe(args) });
      `),
    ).toEqual([['cardNumber', 'cvc'], ['cvc'], null, null]);
  });

  it("stateShape: what a zod object schema's parse gives has the schema's keys", () => {
    const keys = (code: string): Array<string[] | null> =>
      probe(code, (node, sc) => stateShape(node, sc)?.properties.map((p) => (p.type === AST_NODE_TYPES.Property && p.key.type === AST_NODE_TYPES.Identifier ? p.key.name : '?')) ?? null);
    expect(
      keys(`
        import { z } from 'zod';
        import * as zod from 'zod/v4';
        import { object, string } from 'zod';
        const Card = z.object({ number: z.string(), cvc: z.string() });
        const Strict = Card.strict().partial();
        const Named = object({ pan: string() });
        export async function f(input) {
          const a = Card.parse(input);
          const b = await Strict.parseAsync(input);
          const c = Card.safeParse(input);
          const d = zod.object({ cvv: zod.string() }).parse(input);
          const e = Named.parse(input);
          probe(a); probe(b); probe(c.data); probe(d); probe(e);
        }
      `),
    ).toEqual([['number', 'cvc'], ['number', 'cvc'], ['number', 'cvc'], ['cvv'], ['pan']]);
    // Not zod's object schema, a transform (its result is another value), a safeParse result itself, reassigned
    expect(
      keys(`
        import { object } from 'yup';
        import { z } from 'zod';
        const Card = z.object({ number: z.string() });
        const local = { object: (shape) => shape };
        export function f(input) {
          const a = object({ number: 1 }).parse(input);
          const b = Card.transform((v) => v.number.slice(-4)).parse(input);
          const c = Card.safeParse(input);
          let d = Card.parse(input);
          d = input;
          const e = local.object({ cvc: 1 }).parse(input);
          probe(a); probe(b); probe(c); probe(d); probe(e);
        }
      `),
    ).toEqual([null, null, null, null, null]);
  });

  it('splitBracketKey', () => {
    expect(splitBracketKey('payment_method_data[card][number]')).toEqual(['payment_method_data', 'card', 'number']);
    expect(splitBracketKey('plain')).toEqual(['plain']);
    expect(splitBracketKey('a]b[')).toEqual(['a]b[']);
  });
});

describe('localFunctionOf', () => {
  it('functions of this file: declarations, consts holding arrows or function expressions', () => {
    expect(
      probe(
        `
        function getCsp(nonce) { return nonce; }
        const build = (x) => x;
        const legacy = function named() { return 1; };
        let swapped = () => 1; swapped = () => 2;
        import { imported } from './csp';
        const alias = getCsp;
        probe(getCsp); probe(build); probe(legacy); probe(swapped); probe(imported); probe(alias); probe(obj.method); probe(undeclared);
        function outer(param) { probe(param); }
      `,
        (node, sc) => {
          const fn = localFunctionOf(node, sc);
          return fn ? `${fn.type}@${fn.loc.start.line}` : null;
        },
      ),
    ).toEqual(['FunctionDeclaration@2', 'ArrowFunctionExpression@3', 'FunctionExpression@4', null, null, null, null, null, null]);
  });
});

describe('variableOf', () => {
  it('resolves references by scope, and a key, a member name or a class member name to no variable', () => {
    const names: string[] = [];
    runWithRule(
      `
        export const handler = async ({ body, headers }) => {
          await fetch(url, { headers: { Authorization: token }, body, method: 'PUT' });
          const copy = { headers };
          class Client { headers = {}; body() { return this.headers; } }
          return [copy.headers, headers];
        };
      `,
      (context) => ({
        Identifier(node) {
          if (node.name !== 'headers' && node.name !== 'body') return;
          const variable = variableOf(node, context.sourceCode);
          names.push(`${node.loc.start.line}:${node.loc.start.column}:${variable ? 'var' : '-'}`);
        },
      }),
    );
    expect(names).toEqual([
      // The parameter's shorthand `body` and `headers` (key and value, the same name).
      '2:40:var',
      '2:40:var',
      '2:46:var',
      '2:46:var',
      '3:29:-', // a key
      '3:64:var', // a shorthand `body`
      '3:64:var',
      '4:25:var', // `{ headers }`
      '4:25:var',
      '5:25:-', // a class field's name
      '5:39:-', // a method's name
      '5:60:-', // a member's name
      '6:23:-',
      '6:32:var',
    ]);
  });
});

describe('variableWrites', () => {
  it("lists a variable's initialiser and each `name = value`; null where another kind of write is", () => {
    const writes: string[] = [];
    runWithRule(
      `
        let cvc = null;
        cvc = elements.create('cardCvc');
        let count = 0;
        count += 1;
        let pan;
        ({ pan } = form);
        let number;
        number = read();
        number = other;
        function f(card) { card = {}; }
      `,
      (context) => ({
        'Program:exit'() {
          for (const variable of context.sourceCode.scopeManager!.scopes.flatMap((scope) => scope.variables)) {
            if (variable.defs.length === 0) continue; // the globals
            const list = variableWrites(variable);
            writes.push(`${variable.name}: ${list === null ? 'null' : list.map((node) => context.sourceCode.getText(node)).join(' | ')}`);
          }
        },
      }),
    );
    expect(writes).toEqual([
      "cvc: null | elements.create('cardCvc')",
      'count: null',
      'pan: null',
      'number: read() | other',
      'f: null',
      'card: null',
    ]);
  });
});

describe('reachingWrites', () => {
  const seen = (code: string): string[] =>
    probe(code, (node, sc: TSESLint.SourceCode) => {
      if (node.type !== AST_NODE_TYPES.Identifier) return 'not a name';
      const writes = reachingWrites(node, sc as never);
      return writes === null ? 'null' : writes.map((w) => sc.getText(w)).join(' | ');
    });

  it('drops the writes that a statement before the read always overwrites (precision probe 294)', () => {
    expect(
      seen(`
        let endpoint = '';
        if (single) endpoint = '/sales/card';
        else { log('all'); endpoint = '/sales/subscriptions'; }
        probe(endpoint);
        let url = 'http://localhost';
        url = 'https://api.example.com';
        probe(url);
        let a = 1, b = 2;
        (a = 3, b = 4);
        probe(a);
        let c = 'x';
        try { c = 'y'; } catch { c = 'z'; }
        probe(c);
        let d = 'x';
        try { d = read(); } finally { d = 'w'; }
        probe(d);
        function f(flag) {
          let e = 'x';
          { if (flag) { e = 'y'; } else e = 'z'; }
          for (const item of items) { e = item; }
          probe(e);
        }
        switch (kind) { case 1: { let g = 'x'; g = 'y'; probe(g); } }
      `),
    ).toEqual([
      "'/sales/card' | '/sales/subscriptions'",
      "'https://api.example.com'",
      '3',
      "'y' | 'z'",
      // the writes inside the overwriting statement are kept, even where its `finally` overwrites them
      "read() | 'w'",
      // a loop after it may overwrite the value or not
      "'y' | 'z' | item",
      "'y'",
    ]);
  });

  it('keeps every write where nothing before the read always overwrites it', () => {
    expect(
      seen(`
        let a = '';
        if (flag) a = '/x';
        probe(a);
        let b = '';
        if (flag) b = '/x'; else if (other) b = '/y';
        probe(b);
        let c = '';
        if (flag) { lbl: { if (q) break lbl; c = '/x'; } } else c = '/y';
        probe(c);
        let d = '';
        const set = () => { d = '/z'; };
        d = '/x';
        set();
        probe(d);
        let e = '';
        e = '/x';
        function g() { probe(e); }
        let h = '';
        flag && (h = '/x');
        probe(h);
        let i = 'a';
        try { i = 'b'; } catch { log(); }
        probe(i);
        let j = '/a';
        probe(j);
        j = '/b';
        probe(unknownGlobal);
      `),
    ).toEqual([
      "'' | '/x'",
      "'' | '/x' | '/y'",
      "'' | '/x' | '/y'",
      // a closure's write may run at any time
      "'/z' | '/x'",
      // a read in another function: any write may come before it
      "'' | '/x'",
      "'' | '/x'",
      "'a' | 'b'",
      "'/a' | '/b'",
      'null',
    ]);
  });
});

describe('instanceFieldWrites', () => {
  const writesAt = (code: string): (string | null)[] =>
    probe(code, (node, sc: TSESLint.SourceCode) => {
      if (node.type !== AST_NODE_TYPES.MemberExpression) return 'not a member';
      const writes = instanceFieldWrites(node, sc as never);
      return writes === null ? null : writes.map((write) => sc.getText(write)).join(' | ');
    });

  it("a class's field: its initialiser and every `this.name = …` of the class", () => {
    expect(
      writesAt(`
        class Checkout {
          cardNumber = null;
          #cvc;
          constructor(elements) { this.cardNumber = elements.create('cardNumber'); this.#cvc = elements.create('cardCvc'); }
          log() { probe(this.cardNumber); probe(this.#cvc); probe(this.other); probe(form.cardNumber); }
        }
      `),
    ).toEqual(["null | elements.create('cardNumber')", "elements.create('cardCvc')", '', null]);
  });

  it("a constructor function's field: `this.name = …` in the constructor and in the methods written on its prototype beside it (a jQuery plugin's)", () => {
    expect(
      writesAt(`
        function StripeForm(el, options) {
          this.stripe = Stripe(options.key);
          this.elements = this.stripe.elements();
        }
        StripeForm.prototype.init = function () {
          this.cardNumber = this.elements.create('cardNumber');
          $(this.el).find('input').each(function () { console.log(this.cardNumber); });
        };
        StripeForm.prototype.debug = function () { probe(this.cardNumber); probe(this.stripe); probe(this.cvc); };
        function helper() { this.cardNumber = read(); probe(this.cardNumber); }
      `),
    ).toEqual(["this.elements.create('cardNumber')", 'Stripe(options.key)', '', null]);
  });

  it('none where the file may write the field where this cannot see (regression probe 285)', () => {
    const fields = (code: string): (string | null)[] => writesAt(code).slice(0, 1);
    const component = (write: string, extra = ''): string => `
      export default {
        data() { return { cardNumber: null }; },
        mounted() { this.cardNumber = this.elements.create('cardNumber'); ${write} },
        ${extra}
        methods: { pay() { probe(this.cardNumber); } },
      };`;
    expect(
      [
        component(''),
        component('const vm = this; input.on((v) => { vm.cardNumber = v; });'),
        component("this.$set(this, 'cardNumber', this.form.number);"),
        component('Object.assign(this, { cardNumber: this.form.number });'),
        component('this.cardNumber ??= this.form.number;'),
        component("this['cardNumber'] = this.form.number;"),
        component('input.on(function (v) { this.cardNumber = v; }.bind(this));'),
        component('', 'watch: { value: { handler(v) { this.cardNumber = v; } } },'),
        component("$.post('/debug', { cardNumber: this.cardNumber }); input.on(function () { console.log(this.cardNumber); });"),
        `class Other { cardNumber = null; reset() { this.cardNumber = read(); } }\n${component('')}`,
      ].flatMap(fields),
    ).toEqual(["null | this.elements.create('cardNumber')", null, null, null, null, null, null, null, "null | this.elements.create('cardNumber')", "null | this.elements.create('cardNumber')"]);
  });

  it("a Vue component's field (Options API): what data() starts it as and `this.name = …` in its hooks, methods, watchers and computed getters", () => {
    expect(
      writesAt(`
        export default {
          data() { return { cardNumber: null, cardCvc: null }; },
          mounted() {
            const elements = this.stripe.elements();
            this.cardNumber = elements.create('cardNumber');
            this.cardNumber.on('change', (event) => { this.cardError = event.error; });
          },
          watch: { cardError() { this.cardCvc = this.$refs.cvc; } },
          methods: {
            pay() { probe(this.cardNumber); probe(this.cardCvc); probe(this.cardError); probe(this.total); },
            helper() { function inner() { probe(this.cardNumber); } },
          },
        };
        const notAComponent = { run() { this.cardNumber = input.value; probe(this.cardNumber); } };
      `),
    ).toEqual(["null | elements.create('cardNumber')", 'null | this.$refs.cvc', 'event.error', '', null, null]);
  });
});

describe('conditionalEntries: properties a builder assigns in an `if` only', () => {
  it('lists each as written, the keys of the literal they replace included, with the block they are in', () => {
    const entries = probe(
      `
        const config = { apiVersion: '2024-06-20', protocol: 'https' };
        config.timeout = 1000;
        if (mock) {
          config.host = 'localhost';
          config.protocol = 'http';
        } else if (proxy) config.host = proxyHost;
        probe(config);
        probe({ protocol: 'http' });
      `,
      (node, sourceCode) => conditionalEntries(node, sourceCode).map((e) => `${e.key}@${e.keyNode.loc.start.line}`),
    );
    expect(entries).toEqual([['host@5', 'protocol@6', 'host@7'], []]);
  });
});

describe('appliesAlongside: whether an entry set in an `if` holds where another is set', () => {
  it('holds for the same branch and a branch around it, not for a sibling, an `else` or a branch inside', () => {
    const pairs = probe(
      `
        const config = { apiVersion: '2024-06-20' };
        config.timeout = 1000;
        if (mock) {
          config.host = 'localhost';
          if (!tls) config.protocol = 'http';
          if (other) { config.port = 1; }
        } else config.telemetry = false;
        probe(config);
      `,
      (node, sourceCode) => {
        const all = objectEntries(node, sourceCode, 0, true) ?? [];
        const by = (key: string) => all.find((e) => e.key === key)!;
        const protocol = by('protocol');
        return ['timeout', 'host', 'port', 'telemetry', 'protocol'].map((key) => `${key}:${appliesAlongside(by(key), protocol)}`);
      },
    );
    expect(pairs).toEqual([['timeout:true', 'host:true', 'port:false', 'telemetry:false', 'protocol:true']]);
  });
});

describe('objectEntries: properties a builder assigns after the literal', () => {
  const keys = (code: string): (string[] | null)[] => probe(code, (node, sourceCode) => objectEntries(node, sourceCode)?.map((e) => `${e.key}${e.property ? '' : '='}`) ?? null);

  it('adds `name.key = value` statements of the same block that come before the first other use, later ones winning', () => {
    expect(
      keys(`
        var param = { amount: 1 };
        param.card = { number: n };
        param['currency'] = 'usd';
        param.amount = 2;
        probe(param);
      `),
    ).toEqual([['card=', 'currency=', 'amount=']]);
  });

  it("reads a member of an object known here as that member's object (real-world batch 283)", () => {
    expect(
      keys(`
        const cfg = { tls: { rejectUnauthorized: false }, db: { pool: { max: 5 } } };
        probe(cfg.tls); probe(cfg['db'].pool); probe(cfg.port); probe(cfg.tls.rejectUnauthorized); probe(req.body.card);
        const fixed = { tls: { rejectUnauthorized: false }, agent: { keepAlive: true }, proxy: { host: 'p' }, db: { pool: {} } };
        fixed.tls.rejectUnauthorized = true;
        Object.assign(fixed.agent, { rejectUnauthorized: true });
        delete fixed.proxy.host;
        _.merge(fixed, { db: { pool: { max: 1 } } });
        probe(fixed.tls); probe(fixed.agent); probe(fixed.proxy); probe(fixed.db.pool);
      `),
      // (none where the file changes it through the path: regression probe 286)
    ).toEqual([['rejectUnauthorized'], ['max'], null, null, null, null, null, null, null]);
  });

  it('reads through type wrappers on the literal (`{} as Params`, `satisfies`)', () => {
    expect(
      keys(`
        const a = {} as Stripe.TokenCreateParams;
        a.card = card;
        probe(a);
        const b = { amount: 1 } satisfies Params;
        b.currency = 'usd';
        probe(b);
      `),
    ).toEqual([['card='], ['amount', 'currency=']]);
  });

  it('stops at the first other use, and skips nested blocks, computed keys, compound assignments and other names', () => {
    expect(
      keys(`
        function f(key, other) {
          const options = { host: 'h' };
          options.port = 443;
          if (dev) { options.rejectUnauthorized = false; }
          options[key] = 1;
          options.retries += 1;
          other.ca = pem;
          probe(options);
          options.minVersion = 'TLSv1';
        }
        switch (x) {
          case 1:
            const body = {};
            body.card = card;
            probe(body);
        }
      `),
    ).toEqual([['host', 'port='], ['card=']]);
  });

  it('reads a `try` block and its `finally` as the statements around them, not its `catch`', () => {
    expect(
      keys(`
        let card = { number: '', cvc: '' };
        try {
          card.number = form.number.value;
        } catch (err) {
          card.note = String(err);
        } finally {
          card.exp = form.exp.value;
        }
        try { card.cvc = form.cvc.value; } catch {}
        probe(card);
      `),
    ).toEqual([['number=', 'exp=', 'cvc=']]);
  });
});

describe('ownMethodOf', () => {
  it("this.m() and ClassName.m() reach the class's own methods, static or not as called, and o.m() a const object literal's method; nothing else", () => {
    const names = (code: string): (string | null)[] =>
      probe(code, (node, sc) => {
        if (node.type !== AST_NODE_TYPES.CallExpression) return 'not a call';
        const fn = ownMethodOf(node.callee, sc);
        return fn ? `${(fn.parent as TSESTree.MethodDefinition).static ? 'static ' : ''}${sourceText(fn.parent as TSESTree.MethodDefinition)}` : null;
      });
    const sourceText = (m: TSESTree.MethodDefinition): string => (m.key.type === AST_NODE_TYPES.Identifier ? m.key.name : '?');
    expect(
      names(`
        class Gateway {
          static build() { return {}; }
          card() { return {}; }
          get number() { return 1; }
          static use() { probe(this.build()); probe(this.card()); }
          run() { probe(this.card()); probe(this.build()); probe(Gateway.build()); probe(Gateway.card()); probe(this.number()); }
          arrow = () => probe(this.card());
          nested() { function inner() { probe(this.card()); } }
        }
        probe(Gateway.build()); probe(other.build()); probe(card());
        { const Gateway = { build() {} }; probe(Gateway.build()); }
      `),
    ).toEqual(['static build', null, 'card', null, 'static build', null, null, 'card', null, 'static build', null, null, 'build']);
  });
});

describe('ownMethodOf on a class field', () => {
  it('a field holding an arrow or a function expression is a method, static or not as called; a field holding anything else is not', () => {
    const kinds = probe(
      `
        class PaymentService {
          log = (...args) => console.log('[payment]', ...args);
          static audit = function (entry) { console.log(entry); };
          label = 'payments';
          charge(card) { probe(this.log('card', card)); probe(PaymentService.audit(card)); probe(this.audit(card)); probe(this.label(card)); }
        }
      `,
      (node, sc) => (node.type === AST_NODE_TYPES.CallExpression ? (ownMethodOf(node.callee, sc)?.type ?? null) : 'not a call'),
    );
    expect(kinds).toEqual([AST_NODE_TYPES.ArrowFunctionExpression, AST_NODE_TYPES.FunctionExpression, null, null]);
  });
});

describe('contentsChanged', () => {
  it('a member written, a changing method called on it or a member, a merge into it; not reads, copies or other variables', () => {
    const changed = (code: string): boolean[] =>
      probe(code, (node, sc) => {
        const variable = node.type === AST_NODE_TYPES.Identifier ? variableOf(node, sc) : null;
        return variable !== null && contentsChanged(variable, sc);
      });
    expect(
      changed(`
        const pushed = { connectSrc: ["'self'"] }; pushed.connectSrc.push('https://api.stripe.com'); probe(pushed);
        const written = { a: { b: 1 } }; written.a.b = 2; probe(written);
        const deleted = { a: 1 }; delete deleted.a; probe(deleted);
        const counted = { n: 0 }; counted.n++; probe(counted);
        const merged = {}; Object.assign(merged, { a: 1 }); probe(merged);
        const mergedMember = { a: {} }; _.merge(mergedMember.a, { b: 1 }); probe(mergedMember);
        const sources = new Set(["'self'"]); sources.add('https://js.stripe.com'); probe(sources);
        const read = { a: [1] }; console.log(read.a.length, read.a.map((x) => x)); probe(read);
        const copied = { a: [1] }; const other = [...copied.a]; other.push(2); probe(copied);
        const key = 'a'; const lookup = {}; lookup[key] = 1; probe(key);
      `),
    ).toEqual([true, true, true, true, true, true, true, false, false, false]);
  });

  it('a change the caller finds harmless, by what it writes and where, is set aside', () => {
    const changed = (code: string): boolean[] =>
      probe(code, (node, sc) => {
        const variable = node.type === AST_NODE_TYPES.Identifier ? variableOf(node, sc) : null;
        // Harmless: writing numbers, or anything into a member named `note`
        const harmless = (written: readonly TSESTree.Node[], target: TSESTree.Node): boolean =>
          (target.type === AST_NODE_TYPES.MemberExpression && memberName(target) === 'note') ||
          written.every((value) => value.type === AST_NODE_TYPES.Literal && typeof value.value === 'number');
        return variable !== null && contentsChanged(variable, sc, harmless);
      });
    expect(
      changed(`
        const a = { list: [] }; a.list.push(1, 2); a.count = 3; probe(a);
        const b = { note: '' }; b.note = 'x'; probe(b);
        const c = { list: [] }; c.list.push('x'); probe(c);
        const d = { n: 1 }; delete d.n; probe(d);
        const e = {}; Object.assign(e, { k: 1 }); probe(e);
      `),
    ).toEqual([false, false, true, false, true]);
  });
});

describe('ownMethodOf on a prototype', () => {
  it("this.m() in a method written on a constructor's prototype reaches the sibling prototype method (real-world batch ED)", () => {
    const found = (code: string): (string | null)[] =>
      probe(code, (node, sc) => {
        if (node.type !== AST_NODE_TYPES.CallExpression) return 'not a call';
        const fn = ownMethodOf(node.callee, sc);
        const left = fn?.parent?.type === AST_NODE_TYPES.AssignmentExpression ? fn.parent.left : null;
        return left?.type === AST_NODE_TYPES.MemberExpression && left.property.type === AST_NODE_TYPES.Identifier ? left.property.name : null;
      });
    expect(
      found(`
        define(['jquery'], function ($) {
          var Token = function (form) { this.form = form; };
          Token.prototype.data = function () { return { number: this.form.number }; };
          Token.prototype.send = function () { probe(this.data()); probe(this.other()); [1].map(() => probe(this.data())); };
          Other.prototype.data = function () { return {}; };
          Other.prototype.send = function () { probe(this.data()); };
          Token.prototype.inner = function () { function f() { probe(this.data()); } };
          return Token;
        });
      `),
    ).toEqual(['data', null, 'data', 'data', null]);
  });
});

describe('ownMethodOf on an object literal', () => {
  /** The name of the literal's method each probed call reaches (null: none). */
  const found = (code: string): (string | null)[] =>
    probe(code, (node, sc) => {
      if (node.type !== AST_NODE_TYPES.CallExpression) return 'not a call';
      const fn = ownMethodOf(node.callee, sc);
      const key = fn?.parent?.type === AST_NODE_TYPES.Property ? fn.parent.key : null;
      return key?.type === AST_NODE_TYPES.Identifier ? key.name : null;
    });

  it("this.m() in a method of an object literal reaches the literal's method m; not from an arrow's or a nested function's this", () => {
    expect(
      found(`
        export default {
          methods: {
            card() { return { number: this.cardNumber }; },
            submit() { probe(this.card()); probe(this.cardNumber()); probe(this.$emit()); },
            later: function () { [1].map(() => probe(this.card())); function f() { probe(this.card()); } },
            get total() { return probe(this.card()); },
            arrow: () => probe(this.card()),
            [dynamic]() { probe(this.card()); },
          },
        };
        Gateway.prototype = { send: function () { probe(this.data()); }, data: function () { return {}; }, data: function () { return { second: 1 }; } };
        const api = { get data() { return {}; }, send() { probe(this.data()); } };
      `),
    ).toEqual(['card', null, null, 'card', null, null, null, null, 'data', null]);
  });

  it("a Vue component's hooks, watch handlers and computed getters reach its methods; not an object without methods", () => {
    expect(
      found(`
        export default {
          mounted() { probe(this.load()); probe(this.missing()); },
          watch: { card(value) { probe(this.load(value)); } },
          computed: { total() { return probe(this.load()); } },
          other: { f() { probe(this.load()); } },
          methods: { load() { return {}; } },
        };
        const plain = { mounted() { probe(this.load()); }, watch: { x() { probe(this.load()); } } };
      `),
    ).toEqual(['load', null, 'load', 'load', null, null, null]);
  });
});

describe('changedPath', () => {
  it('the state a change handler sets with the input value: a setter, a spread update, an updater; formatted on the way', () => {
    expect(
      probe(
        `
        const [ccv, setCCV] = useState('');
        const [card, setCard] = React.useState({ number: '', cvc: '' });
        const [other] = useState(''); const setOther = (v) => v; let [ , setNothing] = useState('');
        probe((e) => setCCV(e.target.value));
        probe((e) => { setCCV(e.currentTarget.value.trim()); });
        probe((text) => setCCV(text));
        probe((e) => setCCV(format(e.nativeEvent.text)));
        probe((e) => setCard({ ...card, number: e.target.value.replace(/\\s/g, '') }));
        probe((e) => setCard((c) => ({ ...c, cvc: e.target.value })));
        probe(function (e) { setCard({ ...card, cvc: e.target.value }); });
        probe((e) => setCCV('123'));
        probe((e) => setCard({ number: e.target.value, cvc: e.target.value }));
        probe((e) => setOther(e.target.value));
        probe((e) => { validate(e); setCCV(e.target.value); });
        probe((e) => setCCV(other.target.value));
        probe(setCCV);
      `,
        (node, sc) => changedPath(node, sc),
      ),
    ).toEqual(['ccv', 'ccv', 'ccv', 'ccv', 'card.number', 'card.cvc', 'card.cvc', null, null, null, null, null, null]);
  });

  it('a field of an object nested in the state (real-world batch DE); not where two fields take the input', () => {
    expect(
      probe(
        `
        const [payment, setPayment] = useState({ plan: 'monthly', card: { number: '', cvc: '' } });
        probe((e) => setPayment({ ...payment, card: { ...payment.card, cvc: e.target.value } }));
        probe((e) => setPayment((p) => ({ ...p, billing: { card: { number: e.target.value.replace(/ /g, '') } } })));
        probe((e) => setPayment({ ...payment, card: { ...payment.card, number: e.target.value, cvc: e.target.value } }));
        probe((e) => setPayment({ card: { cvc: e.target.value }, backup: e.target.value }));
      `,
        (node, sc) => changedPath(node, sc),
      ),
    ).toEqual(['payment.card.cvc', 'payment.billing.card.number', null, null]);
  });
});

describe('urlQueryFields', () => {
  /** Each probed URL's query fields: key path, and the value expression's text (null: not known). */
  const query = (code: string): [string, string | null][][] =>
    probe(code, (node, sourceCode: Readonly<TSESLint.SourceCode>) =>
      urlQueryFields(urlText(node, sourceCode) ?? '', node, sourceCode).map((f): [string, string | null] => [f.path.join('.'), f.value && sourceCode.getText(f.value)]),
    );

  it('the keys after the first `?` and before the fragment, each with the expression written as its whole value', () => {
    expect(
      query(`
        probe(\`/api/validate?cardNumber=\${card.number}&cvc=\${card.cvc}#top\`);
        probe('https://api.stripe.com/v1/tokens?card[number]=' + number + '&card%5Bcvc%5D=' + cvc);
        probe(\`/pay?cvc=\${a}\${b}&number=\${n}-x&exp=\${exp}\`);
        const BASE = '/api/cards?brand=visa';
        probe(\`\${BASE}&last4=\${last4}\`);
      `),
    ).toEqual([
      [['cardNumber', 'card.number'], ['cvc', 'card.cvc']],
      [['card.number', 'number'], ['card.cvc', 'cvc']],
      // Not the whole value: the fields count, with no value known.
      [['cvc', null], ['number', null], ['exp', 'exp']],
      [['last4', 'last4']],
    ]);
  });

  it('a value written in the URL is no field; a `?` in the fragment starts no query; a path segment is no key', () => {
    expect(
      query(`
        probe('/api/deck?cardNumber=3');
        probe(\`\${base}#/pay?cardNumber=\${n}\`);
        probe(\`/cards/cvv=\${x}/number=1\`);
        probe(\`/api/cards/\${id}\`);
      `),
    ).toEqual([[], [], [], []]);
  });

  it('without a written `?`, the whole text: keys after an unknown base', () => {
    expect(query('probe(`${PROCESSOR_URI}Sum=${amount}&cardnumber=${cardNumber}&cvv=${cvv}`);')).toEqual([
      [['cardnumber', 'cardNumber'], ['cvv', 'cvv']],
    ]);
  });
});

describe('urlObjectQueryFields', () => {
  /** Each probed URL's fields set on it as an object: key path, and the value expression's text. */
  const set = (code: string): [string, string | null][][] =>
    probe(code, (node, sourceCode: Readonly<TSESLint.SourceCode>) =>
      urlObjectQueryFields(node, sourceCode).map((f): [string, string | null] => [f.path.join('.'), f.value && sourceCode.getText(f.value)]),
    );

  it("the parameters appended or set on a const URL's searchParams, sent as the URL, its href or its toString()", () => {
    expect(
      set(`
        const url = new URL('/pay', location.origin);
        url.searchParams.append('card[number]', card.number);
        url.searchParams.set('cvc', card.cvc);
        url.searchParams.get('cvc');
        url.searchParams.set(key, value);
        probe(url); probe(url.href); probe(url.toString());
      `),
    ).toEqual([
      [['card.number', 'card.number'], ['cvc', 'card.cvc']],
      [['card.number', 'card.number'], ['cvc', 'card.cvc']],
      [['card.number', 'card.number'], ['cvc', 'card.cvc']],
    ]);
  });

  it('none: a URL reassigned, one not made by new URL, its searchParams held apart, a string', () => {
    expect(
      set(`
        let moved = new URL('/pay', base); moved = other; moved.searchParams.set('cvc', cvc);
        const made = makeUrl('/pay'); made.searchParams.set('cvc', cvc);
        const held = new URL('/pay', base); const params = held.searchParams; params.set('cvc', cvc);
        probe(moved); probe(made); probe(held); probe('/pay?cvc=1');
      `),
    ).toEqual([[], [], [], []]);
  });
});

describe('sameValueKey', () => {
  /** The keys of each `probe(a, b)` call's two arguments: [key of a, key of b], with the binding markers shown as `<n>`. */
  const pairs = (code: string): Array<[string | null, string | null, boolean]> => {
    const out: Array<[string | null, string | null, boolean]> = [];
    runWithRule(code, (context) => ({
      CallExpression(node: TSESTree.CallExpression) {
        if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'probe') return;
        const [a, b] = node.arguments.map((arg) => sameValueKey(arg, context.sourceCode as never));
        const shown = (key: string | null | undefined): string | null => (key == null ? null : key.replace(/\0([^\0]*)\0/g, (_m, inner: string) => `<${inner.replace(/^\d+/, 'n')}>`));
        out.push([shown(a), shown(b), a !== null && a === b]);
      },
    }));
    return out;
  };

  it('the same key for the same never-reassigned binding, its members and templates of them', () => {
    expect(
      pairs(`
        function Field({ field }: { field: { id: string } }, index: number) {
          const id = useId();
          probe(id, id);
          probe(\`\${id}-cvc\`, \`\${id}-cvc\`);
          probe(field.id, field?.id);
          probe(id!, (id as string));
          probe('cvc', \`cvc\`);
          probe(\`\${id}-cvc\`, \`\${id}-zip\`);
          probe(id, field.id);
        }
      `),
    ).toEqual([
      ['<n>', '<n>', true],
      ['<n>-cvc', '<n>-cvc', true],
      ['<n.id>', '<n.id>', true],
      ['<n>', '<n>', true],
      ['cvc', 'cvc', true],
      ['<n>-cvc', '<n>-zip', false],
      ['<n>', '<n.id>', false],
    ]);
  });

  it('no key for what may give two values: calls, reassigned or undeclared variables, computed members, operators', () => {
    expect(
      pairs(`
        function Field(props: Record<string, string>, name: string) {
          let moving = 'a';
          moving = 'b';
          probe(useId(), useId());
          probe(moving, moving);
          probe(undeclared, undeclared);
          probe(props[name], props[name]);
          probe('a' + name, 'a' + name);
          probe(\`\${useId()}-cvc\`, 1);
        }
      `),
    ).toEqual([
      [null, null, false],
      [null, null, false],
      [null, null, false],
      [null, null, false],
      [null, null, false],
      [null, null, false],
    ]);
  });

  it('two variables of one name have two keys; one variable read from a nested function has one', () => {
    const keys: Array<string | null> = [];
    runWithRule(
      `
      const shared = 'card';
      function A() { const id = useId(); probe(id); probe(shared); }
      function B() { const id = useId(); probe(id); return () => probe(shared); }
      `,
      (context) => ({
        CallExpression(node: TSESTree.CallExpression) {
          if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'probe') keys.push(sameValueKey(node.arguments[0]!, context.sourceCode as never));
        },
      }),
    );
    const [idOfA, sharedInA, idOfB, sharedInB] = keys;
    expect(idOfA).toMatch(/^\0\d+\0$/);
    expect(idOfB).toMatch(/^\0\d+\0$/);
    expect(idOfA).not.toBe(idOfB);
    expect(sharedInA).toMatch(/^\0\d+\0$/);
    expect(sharedInB).toBe(sharedInA);
  });
});

describe('scopeOf', () => {
  /** For every node of `code`, is `scopeOf` the scope ESLint's `getScope` gives? Returns the nodes where it is not. */
  function mismatches(code: string, options: Parameters<typeof runWithRule>[2] = {}): string[] {
    const out: string[] = [];
    let nodes = 0;
    runWithRule(
      code,
      (context) => ({
        '*'(node: TSESTree.Node) {
          nodes++;
          if (scopeOf(node, context.sourceCode) !== context.sourceCode.getScope(node)) out.push(`${node.type}@${node.loc.start.line}:${node.loc.start.column}`);
        },
      }),
      options,
    );
    expect(nodes).toBeGreaterThan(50);
    return out;
  }

  const PROGRAM = `
import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
export const charge = async function charge(req, res = {}, { card } = req.body) {
  for (let i = 0, n = card.length; i < n; i++) { const x = i; label: { break label; } }
  for (const key in card) if (key) continue;
  try { await stripe.paymentIntents.create({ amount: 100 }); } catch ({ message }) { console.log(message); } finally { void 0; }
  switch (card.brand) { case 'visa': { let v = 1; break; } default: class Local { static #n = 1; static { Local.#n++; } x = () => this; } }
  return (function named() { return named; })();
};
export default class Gateway extends (class Base {}) {
  field = card => card.number;
  static create(options = Gateway.defaults) { return new Gateway(options); }
  #secret = stripe;
  get [Symbol.toStringTag]() { return 'Gateway'; }
}
const arrow = (a, ...rest) => ({ a, rest, inner: () => { var hoisted = a; return hoisted; } });
label2: while (arrow) { if (arrow) break label2; }
`;

  it("is ESLint's scope at every node of a module (TypeScript parser and espree)", () => {
    expect(mismatches(PROGRAM, { filename: 'gateway.ts' })).toEqual([]);
    expect(mismatches(PROGRAM, { parser: 'espree', filename: 'gateway.js' })).toEqual([]);
  });

  it('...of TypeScript-only syntax: decorators, parameter properties, enums, namespaces, generics', () => {
    const code = `
@Injectable()
export class PaymentsService<T extends { id: string }> {
  constructor(@Inject('PRISMA') private readonly prisma: Client, public name = 'payments') {}
  @Post('charge') async charge(@Body() dto: ChargeDto): Promise<T> { return this.prisma.charge(dto) as unknown as T; }
}
enum Brand { Visa = 'visa', Amex = Visa.length }
namespace Billing { export const fee = (x: number): number => x * Brand.Amex.length; }
declare module 'stripe' { interface Card { last4: string } }
type Handler<R> = (req: R) => void;
function over(a: string): string;
function over(a: unknown) { return a as string; }
`;
    expect(mismatches(code, { filename: 'payments.service.ts' })).toEqual([]);
  });

  it('...of JSX and of a Svelte component', () => {
    const jsx = `
export function Checkout({ onPay }) {
  const [card, setCard] = useState({ number: '' });
  return <form onSubmit={(e) => { e.preventDefault(); onPay(card); }}>{[1, 2].map((i) => <input key={i} value={card.number} onChange={(e) => setCard({ number: e.target.value })} />)}</form>;
}
`;
    expect(mismatches(jsx, { filename: 'Checkout.jsx' })).toEqual([]);
    const svelte = `<script>
  import { loadStripe } from '@stripe/stripe-js';
  let card = { number: '' };
  const pay = async () => { const stripe = await loadStripe('pk_test_x'); return stripe; };
</script>
{#each [1, 2] as i}<input bind:value={card.number} on:blur={() => pay(i)} />{/each}
{#if card}{@const n = card.number}<p>{n}</p>{/if}
`;
    expect(mismatches(svelte, { parser: 'svelte' })).toEqual([]);
  });
});
