// Program generators for fuzzing the rules (tests/quality/fuzz.test.ts: fixed seed, bounded count; scripts/fuzz.ts:
// long runs). Two sources:
//  - `paymentProgram`: fast-check programs built from the shapes our rules look at (Stripe clients and calls, raw
//    HTTP to Stripe, card-ish objects, loggers, storage, CSP, TLS options, JSX inputs, Stripe.js v2, webhooks),
//    mixed with the shapes that break naive rules (computed keys, spreads of unknowns, getters, optional chains,
//    templates, TS-only syntax, decorators, huge literals);
//  - `eslumpProgram`: eslump's random JavaScript (any syntax), made reproducible by seeding `Math.random`.
import type { Linter } from 'eslint';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describeError, lintText, parserAccepts, PARSERS, seededRandom } from './harness.js';

export type Dialect = 'js' | 'ts' | 'jsx' | 'tsx';

/** String literals (quoted) the rules look at: card numbers, keys, Stripe URLs, CSP, TLS values. */
export const STRINGS = [
  "'4242424242424242'",
  "'4000 0566 5566 5556'",
  "'123'",
  "'12/34'",
  // Key-shaped strings, assembled so that no key-like literal sits in this file; sk_test_4eC39HqLyjWDarjtT1zdp7dc
  // is Stripe's old public documentation key.
  "'sk_test_4eC39HqLyjWDarjtT1zdp7dc'",
  `'${['sk', 'live', '51Hq8ZtLkR2vN7mWxT6gHs2Lp'].join('_')}'`,
  `'${['rk', 'test', '51Hq8ZtLkR2vN7mWxT6gHs2Lp'].join('_')}'`,
  `'${['pk', 'live', '51Hq8ZtLkR2vN7mWxT6gHs2Lp'].join('_')}'`,
  `'${['whsec', 'Hq8ZtLkR2vN7mWxT6gHs2LpQ9fYb3Kd'].join('_')}'`,
  "'http://api.stripe.com/v1/charges'",
  "'https://api.stripe.com/v1/payment_methods'",
  "'//js.stripe.com/v2/'",
  "'https://js.stripe.com/v3/'",
  "'https://checkout.stripe.com/checkout.js'",
  "'http://localhost:4242/webhook'",
  "'http://shop.example.com/success'",
  '"script-src \'self\' https://js.stripe.com; frame-src \'none\'"',
  "'TLSv1'",
  "'TLSv1.2'",
  "'0'",
  "'http'",
  "'cc-number'",
  "'cc-csc'",
  "''",
  "'" + 'a'.repeat(5000) + "'",
];
const KEYS = [
  'number', 'card', 'cvc', 'cvv', 'exp_month', 'exp_year', 'expiry', "'card[number]'", "'card[cvc]'", 'pan',
  'cardNumber', 'card_number', 'last4', 'brand', 'amount', 'currency', 'email', 'type', 'payment_method',
  'source', 'protocol', 'host', 'rejectUnauthorized', 'minVersion', 'secureProtocol', 'success_url',
  'cancel_url', 'return_url', 'url', 'scriptSrc', 'frameSrc', 'connectSrc', 'directives', 'contentSecurityPolicy',
  'apiKey', 'headers', 'body', 'method', 'Authorization', 'password', 'pin', 'track2', "'content-security-policy'",
  '0', '1e3',
];
const NAMES = ['stripe', 'client', 'card', 'payload', 'req', 'res', 'body', 'event', 'data', 'options', 'user', 'Stripe'];
const MEMBERS = [
  'charges.create', 'paymentMethods.create', 'tokens.create', 'customers.update', 'paymentIntents.confirm',
  'sources.create', 'checkout.sessions.create', 'webhookEndpoints.create', 'webhooks.constructEvent',
  'webhooks.constructEventAsync', 'createToken', 'createPaymentMethod', 'confirmCardPayment', 'card.createToken',
  'setPublishableKey', 'info', 'log', 'setItem', 'insertOne', 'save', 'set',
];

const pick = <T>(values: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...values);

/** An expression of the given dialect (also used inside markup: Vue bindings and mustaches). */
export function expressions(dialect: Dialect): fc.Arbitrary<string> {
  const ts = dialect === 'ts' || dialect === 'tsx';
  const jsx = dialect === 'jsx' || dialect === 'tsx';
  const { expr } = fc.letrec<{ expr: string; object: string }>((tie) => {
    const sub = tie('expr');
    const composite: Array<fc.Arbitrary<string>> = [
      tie('object'),
      fc.array(sub, { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
      fc.tuple(sub, pick(['.', '?.']), pick(KEYS.filter((k) => /^[a-z_]/i.test(k)))).map(([o, dot, k]) => `(${o})${dot}${k}`),
      fc.tuple(sub, sub).map(([o, k]) => `(${o})[${k}]`),
      fc.tuple(pick(NAMES), pick(MEMBERS), fc.array(sub, { maxLength: 3 }), fc.boolean()).map(
        ([n, m, args, optional]) => `${n}${optional ? '?.' : '.'}${m}(${args.join(', ')})`,
      ),
      fc.tuple(pick(['fetch', 'axios.post', 'https.request', 'got.post', 'helmet', 'Stripe', 'require', 'loadStripe']), fc.array(sub, { maxLength: 2 })).map(
        ([callee, args]) => `${callee}(${args.join(', ')})`,
      ),
      fc.tuple(pick(['Stripe', 'stripe.default', 'URLSearchParams', 'https.Agent', 'mongoose.Schema']), fc.array(sub, { maxLength: 2 })).map(
        ([callee, args]) => `new ${callee}(${args.join(', ')})`,
      ),
      fc.tuple(pick(['`', '`http://']), sub, pick(['api.stripe.com/v1', '/card', ''])).map(([open, e, tail]) => `${open}\${${e}}${tail}\``),
      fc.tuple(sub, pick(['+', '||', '??', '&&', '===']), sub).map(([a, op, b]) => `(${a} ${op} ${b})`),
      fc.tuple(sub, sub, sub).map(([a, b, c]) => `(${a} ? ${b} : ${c})`),
      fc.tuple(fc.array(pick(NAMES), { maxLength: 2 }), sub).map(([ps, e]) => `((${[...new Set(ps)].join(', ')}) => ${e})`),
      sub.map((e) => `(async () => await ${e})`),
      sub.map((e) => `JSON.stringify(${e})`),
      sub.map((e) => `(void 0, ${e})`),
    ];
    if (ts) {
      composite.push(
        sub.map((e) => `(${e} as any)`),
        sub.map((e) => `(${e})!`),
        sub.map((e) => `(${e} satisfies unknown)`),
      );
      if (!jsx) composite.push(sub.map((e) => `(<Stripe.PaymentMethodCreateParams>(${e}))`));
    }
    if (jsx) {
      composite.push(
        fc
          .tuple(
            pick(['input', 'Input', 'TextField', 'script', 'CardElement', 'meta']),
            fc.array(fc.tuple(pick(['name', 'id', 'autoComplete', 'data-stripe', 'src', 'type', 'httpEquiv', 'content']), sub), { maxLength: 3 }),
            // no spread, an unknown one, an object literal (with a nested spread, a computed key), form-library field props
            fc.constantFrom('', ' {...props}', ' {...{ name: $, placeholder: $, ...rest }}', ' {...{ [k]: $, id: $ }}', ' {...register($)}', ' {...formik.getFieldProps($)}'),
            sub,
          )
          .map(
            ([tag, attrs, spread, value]) =>
              `<${tag} ${[...new Map(attrs).entries()].map(([n, v]) => `${n}={${v}}`).join(' ')}${spread.replaceAll('$', () => value)} />`,
          ),
      );
    }
    return {
      expr: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        pick(STRINGS),
        pick(NAMES),
        pick(['process.env.STRIPE_SECRET_KEY', 'process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY', 'import.meta.env.VITE_WEBHOOK_SECRET', 'import.meta.env', 'process.env', 'req.body', 'req.body.card', 'req.body.cardNumber', 'req.body.cvc', 'card.number', 'card.cvc', 'event.data.object', 'null', 'undefined', 'false', 'true', '0', '42', 'this', 'import.meta', 'Symbol.iterator']),
        ...composite,
      ),
      object: fc
        .array(
          fc.oneof(
            fc.tuple(pick(KEYS), sub).map(([k, v]) => `${k}: ${v}`),
            fc.tuple(sub, sub).map(([k, v]) => `[${k}]: ${v}`),
            sub.map((v) => `...${v}`),
            fc.tuple(pick(KEYS.filter((k) => /^[a-z_]/i.test(k))), sub).map(([k, v]) => `get ${k}() { return ${v}; }`),
            fc.tuple(pick(KEYS.filter((k) => /^[a-z_]/i.test(k))), sub).map(([k, v]) => `${k}(x) { return ${v}; }`),
            pick(['number', 'card', 'cvc']),
          ),
          { maxLength: 4 },
        )
        .map((props) => `{ ${props.join(', ')} }`),
    };
  });
  return expr;
}

function statements(dialect: Dialect): fc.Arbitrary<(index: number) => string> {
  const e = expressions(dialect);
  const weak = fc.oneof(pick(['false', "'0'", "'TLSv1'", "'TLSv1.1'", "'TLSv1_method'", "'SSLv3_method'"]), e);
  const ts = dialect === 'ts' || dialect === 'tsx';
  const list: Array<fc.Arbitrary<(i: number) => string>> = [
    e.map((x) => () => `${x};`),
    e.map((x) => (i) => `const v${i} = ${x};`),
    fc.tuple(e, e).map(([a, b]) => (i) => `let w${i} = ${a}; w${i} = ${b};`),
    e.map((x) => (i) => `const { number: n${i}, cvc: c${i} = '000', ...rest${i} } = ${x};`),
    e.map((x) => (i) => `const [first${i}, ...others${i}] = ${x} ?? [];`),
    fc.tuple(e, e).map(([a, b]) => () => `stripe.charges.create({ amount: 100, currency: 'usd', source: ${a}, metadata: ${b} });`),
    fc.tuple(e, e).map(([a, b]) => () => `await stripe.paymentMethods.create({ type: 'card', card: ${a} }, ${b});`),
    e.map((x) => () => `console.log('card', ${x});`),
    e.map((x) => () => `logger.info({ card: ${x} });`),
    e.map((x) => () => `localStorage.setItem('card', ${x});`),
    e.map((x) => () => `await db.collection('payments').insertOne(${x});`),
    e.map((x) => () => `res.setHeader('Content-Security-Policy', ${x});`),
    e.map((x) => () => `app.use(helmet({ contentSecurityPolicy: { directives: ${x} } }));`),
    fc.tuple(e, e).map(([a, b]) => () => `app.use(helmet.contentSecurityPolicy({ useDefaults: ${a} })); fastify.register(require('fastify-helmet'), { contentSecurityPolicy: { useDefaults: ${a}, directives: ${b} } });`),
    e.map((x) => () => `process.env.NODE_TLS_REJECT_UNAUTHORIZED = ${x};`),
    e.map((x) => () => `await fetch('https://api.stripe.com/v1/tokens', { method: 'POST', body: new URLSearchParams(${x}) });`),
    fc.tuple(e, e).map(([a, b]) => () => `app.post('/webhook', async (req, res) => { const event = ${a}; if (event.type === 'charge.succeeded') { await fulfil(${b}); } res.sendStatus(200); });`),
    e.map((x) => () => `Stripe.setPublishableKey(${x}); Stripe.card.createToken(form, (status, response) => ${x});`),
    fc.tuple(e, e).map(([a, b]) => (i) => `function f${i}(card, ...args) { if (card?.number) { return ${a}; } return ${b}; }`),
    fc.tuple(e, e).map(([a, b]) => (i) => `class C${i} extends Base { stripe = new Stripe(${a}); static s = ${b}; #secret = ${a}; get card() { return ${b}; } async pay(card) { return this.stripe.paymentMethods.create({ card }); } }`),
    e.map((x) => (i) => `switch (${x}) { case 'payment_intent.succeeded': break; default: l${i}: for (const k in ${x}) { if (k) continue l${i}; } }`),
    e.map((x) => () => `try { ${x}; } catch { throw new Error(String(${x})); } finally { void 0; }`),
    e.map((x) => (i) => `export const e${i} = ${x};`),
    // Near-misses and hits of the rules, with random holes.
    fc.tuple(weak, weak).map(([a, b]) => (i) => `const agent${i} = new https.Agent({ rejectUnauthorized: ${a}, minVersion: ${b} });`),
    weak.map((x) => () => `https.request({ host: 'api.stripe.com', path: '/v1/charges', rejectUnauthorized: ${x} });`),
    weak.map((x) => () => `tls.connect({ host: 'api.stripe.com', secureProtocol: ${x} });`),
    weak.map((x) => () => `process.env.NODE_TLS_REJECT_UNAUTHORIZED = ${x};`),
    fc.tuple(e, e).map(([a, b]) => () => `await stripe.paymentMethods.create({ type: 'card', card: { number: ${a}, cvc: ${b}, exp_month: 12, exp_year: 2030 } });`),
    fc.tuple(e, e).map(([a, b]) => () => `logger.info('card', { number: card.number, cvc: ${a} }, ${b});`),
    fc.tuple(e, e).map(([a, b]) => () => `await Payment.create({ cardNumber: ${a}, cvc: ${b}, last4: card.last4 });`),
    e.map((x) => (i) => `const S${i} = new mongoose.Schema({ cardNumber: String, cvv: ${x}, brand: String });`),
    // The handler shapes added in the tenth session: h3, file routes, Lambda / Netlify, startsWith prefixes, a
    // swallowing `.catch`, body-parser `verify` options, a check that runs only with the signature header.
    fc.tuple(pick(['readBody(event)', 'readRawBody(event, false)', 'getHeader(event, ${x})', 'event.node.req.headers', 'event.req.json()']), e).map(
      ([read, x]) => () => `export default defineEventHandler(async (event) => { const e = await ${read.replace('${x}', x)}; if (e.type?.startsWith(${x})) return e.data.object; return { received: ${x} }; });`,
    ),
    fc.tuple(pick(['POST', 'onRequestPost', 'action', 'handler']), e).map(
      ([name, x]) => () => `export async function ${name}(event, ...rest) { const s = await (event.request ?? event).json?.(); if (s?.type === 'checkout.session.completed' || s.type.startsWith('customer.subscription')) await fulfil(s.data.object, ${x}); return new Response(${x}); }`,
    ),
    fc.tuple(e, e).map(([a, b]) => () => `exports.handler = async (event, context) => { const body = JSON.parse(event.body ?? ${a}); switch (body.type) { case 'invoice.paid': await extend(body.data.object, ${b}); } return { statusCode: 200 }; };`),
    fc.tuple(e, e).map(
      ([a, b]) => () =>
        `app.post('/w', express.json({ verify: ${a} }), async (req, res) => { const sig = req.headers['stripe-signature']; const event = sig ? stripe.webhooks.constructEvent(req.rawBody, sig, ${b}) : req.body; if (event.type === 'payment_intent.succeeded') await fulfil(event.data.object); res.end(); });`,
    ),
    e.map((x) => () => `app.post('/w', async (req, res) => { const event = await stripe.webhooks.constructEventAsync(req.rawBody, req.get('stripe-signature'), secret).catch(${x}); if (!event) return res.sendStatus(400); if (event.type === 'checkout.session.completed') await fulfil(event); res.end(); });`),
    fc.tuple(pick(['req.body', 'JSON.parse(req.body)', 'JSON.parse(req.body.toString())']), e).map(
      ([event, x]) => () =>
        `app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => { const event = ${event}; switch (event.type) { case 'checkout.session.completed': fulfil(event.data.object, ${x}); break; } res.sendStatus(200); });`,
    ),
    // The shapes added in the fifteenth session: a let replaced before a request, a card built by a helper or a
    // class's own method, Qwik City / Oak handlers, a helmet policy replaced by a later one, mongoose.model with a
    // plain object, SQL VALUES rows, a conditional's object branches, objects held under a container's name.
    fc.tuple(e, e).map(([a, b]) => (i) => `let p${i} = ${a}; p${i} = { card_number: ${b}, cvv: ${a} }; if (${b}) p${i} = ${a}; await axios.post('/api/orders', { p${i} });`),
    // The sixty-eighth session's: a let overwritten on every way to the read (both branches of an if, a try and its
    // catch, a comma list, in a switch case and a static block), read as a request's URL and body.
    fc.tuple(e, e).map(
      ([a, b]) => (i) =>
        `let u${i} = ''; let c${i} = { number: ${a}, cvc: ${b} }; if (${a}) { u${i} = '/sales/' + ${b}; c${i} = ${b}; } else u${i} = ${a}; try { c${i} = ${a}; } catch { c${i} = { token: ${b} }; } (u${i} = u${i} + ${a}, c${i} = c${i}); await api.put(u${i}, c${i});`,
    ),
    fc.tuple(e, e).map(
      ([a, b]) => (i) =>
        `switch (${a}) { case 1: { let v${i} = ${b}; v${i} = 'https://api.stripe.com/v1/tokens'; await fetch(v${i}, { method: 'POST', body: ${a} }); } } class S${i} { static { let w = ${a}; if (${b}) w = 'http://api.stripe.com'; else { w = ${b}; } fetch(w); } }`,
    ),
    fc.tuple(e, e).map(([a, b]) => (i) => `const build${i} = (x) => (${a} ? { number: x.n, cvc: ${b} } : ${b}); await stripe.tokens.create({ card: build${i}(${a}) });`),
    fc.tuple(e, e).map(
      ([a, b]) => (i) =>
        `class G${i} { static card(x) { return { number: x, cvc: ${a} }; } async own() { return ${b}; } async pay(x) { return stripe.paymentMethods.create({ type: 'card', card: G${i}.card(x), billing: await this.own(${a}) }); } }`,
    ),
    fc.tuple(pick(['await parseBody()', 'await request.json()', 'await ctx.request.body.json()', "ctx.request.body({ type: 'json' }).value", 'await ctx.request.body.text()']), e).map(
      ([read, x]) => () => `export const onPost = async ({ request, parseBody, ctx = ${x} }) => { const event = ${read}; if (event.type === 'checkout.session.completed') await fulfil(event.data.object.id, ${x}); };`,
    ),
    fc.tuple(e, e).map(([a, b]) => () => `app.use(helmet(${a})); app.use(helmet.contentSecurityPolicy({ directives: ${b} })); app.use(${a}, helmet.contentSecurityPolicy(${b}));`),
    fc.tuple(e, e).map(([a, b]) => (i) => `const M${i} = mongoose.model(${a}, { CardNum: String, Cvv: ${b} }); await new M${i}(${a}).save();`),
    fc.tuple(pick(["'0001'", "'4111 1111 1111 1111'", 'NULL', '?', "'it''s'", "lower('x')", "('x'"]), e).map(
      ([value, x]) => () => `await pool.query(\`INSERT INTO cards (provider, card_number, cvv) VALUES ('VISA', ${value}, \${${x}}), (${value}\`);`,
    ),
    fc.tuple(e, e).map(([a, b]) => () => `console.log({ pm: ${a} ? { cardNumber: ${b} } : { cvv: ${a} } }); localStorage.setItem('o', JSON.stringify({ room: ${a}, card: ${b} }));`),
    e.map((x) => (i) => `function keep${i}(order) { if (order.card.cvc.length !== 3) return; localStorage.setItem('r', JSON.stringify(${x} ?? order)); }`),
    // The shapes added in the twenty-fourth session: Supabase / Convex / PocketBase / Appwrite / Payload writes,
    // messages through chat and e-mail SDKs, values of request bodies, encodings, spreads, mapped and pushed lists,
    // deleted fields, Clerk-named keys.
    fc.tuple(e, e).map(([a, b]) => () => `await supabase.from(${a}).insert([${b}, { ...${a}, card_number: ${b} }]).select(); await locals.supabase.from('cards').upsert(${a}, ${b});`),
    fc.tuple(e, e).map(([a, b]) => (i) => `export const m${i} = mutation({ args: { cardNumber: v.string(), cvc: ${a} }, handler: async (ctx, args) => { await ctx.db.insert('cards', args); await ctx.db.patch(${b}, { ...args }); } });`),
    fc.tuple(e, e).map(([a, b]) => () => `await pb.collection(${a}).create(${b}); await databases.createDocument('db', ${a}, ID.unique(), ${b}); await tables.createRow({ data: ${a} }); await payload.create({ collection: ${a}, data: ${b} });`),
    fc.tuple(e, e).map(([a, b]) => () => `await bot.sendMessage(${a}, \`Card: \${${b}} CVV: \${${a}}\`); ctx.reply(${b}); await transporter.sendMail({ text: ${a}, html: ${b} }); await client.messages.create({ body: ${a} });`),
    fc.tuple(e, e).map(([a, b]) => () => `await fetch(${a}, { method: 'POST', body: JSON.stringify({ text: \`CVV: \${${b}}\`, data: btoa(JSON.stringify(${a})), note: encodeURIComponent(${b}), b: Buffer.from(${a}).toString('base64') }) });`),
    fc.tuple(e, e).map(([a, b]) => (i) => `const list${i} = ${a}.map((l) => { const [number, cvc] = String(l).split('|'); return { number, cvc, x: ${b} }; }); const saved${i} = []; saved${i}.push(${b}, { cvv: ${a} }); chrome.storage.local.set({ list${i}, saved${i} });`),
    fc.tuple(e, e).map(([a, b]) => (i) => `function drop${i}(req) { if (!req.body.cvc) return; delete req.body.cvc; delete req.body[${a}]; console.log({ ...req.body, cvc: ${b} }, [req.body]); }`),
    fc.tuple(e, e).map(([a, b]) => () => `const CLERK_SECRET_KEY = ${a}; createClerkClient({ secretKey: ${b} }); const keys = { clerk: { secretKey: ${a} }, stripe: ${b} };`),
    // The shapes added in the sixty-sixth session: jQuery's element factory with attributes and chained writes, React
    // storage hooks and their setters, parameters set on a URL object, Ember's getters, DOM events logged whole, a
    // signature header's parts destructured from a helper.
    fc.tuple(e, e).map(([a, b]) => () => `$('<input>', { name: ${a}, [${b}]: 1, ...${a} }).attr(${b}).attr('name', ${a}).parent().attr('id', 'cvc'); jQuery(${a}, ${b}); $(\`<input name="\${${b}}">\`).prop(${a}, ${b});`),
    fc.tuple(e, e).map(([a, b]) => (i) => `const [v${i}, set${i}] = useLocalStorage(${a}, ${b}); set${i}((p) => [...(p ?? []), { number: ${a}, cvc: ${b} }]); set${i}(${a}); const [, keep${i}] = useLocalState(${b}, 'card');  keep${i}({ cvv: ${a} });`),
    fc.tuple(e, e).map(([a, b]) => (i) => `const url${i} = new URL(${a}, location.origin); url${i}.searchParams.append(${b}, ${a}); url${i}.searchParams.set('cvc', ${b}); await fetch(url${i}.toString()); await fetch(url${i}, { method: ${a} });`),
    fc.tuple(e, e).map(([a, b]) => () => `this.get('stripe').card.createToken(${a}); Ember.get(this, ${b}).card.validateCVC(${a}); get(this, 'stripe').bankAccount.createToken(${b});`),
    fc.tuple(e, e).map(([a, b]) => (i) => `function submit${i}(event) { console.log(event, ${a}); const { card_cvv } = event.target.elements; localStorage.setItem('f', JSON.stringify(event.currentTarget ?? ${b})); return card_cvv.value; }`),
    fc.tuple(e, e).map(([a, b]) => (i) => `function check${i}(payload, header) { const { t, v1 } = parse(header, ${a}); return hmac(sha256, ${b}, \`\${t}.\${payload}\`) === v1; }`),
  ];
  // HTML strings the page renders: holes in tag names, attribute names and values, comments, unclosed tags and quotes.
  const html = fc.tuple(
    pick(['<input name="card_number">', '<input ${x} name="cvc"', "<input name='${x}' id=cvv>", '<!-- <input name="cvc"> --><textarea data-stripe="number">', '<in${x}put name="cvc">', '<input name="cvc', '<', '<input =x "y" autocomplete="cc-csc"/>', '']),
    e,
  ).map(([markup, x]) => ({ markup, x }));
  list.push(
    html.map(({ markup, x }) => () => `el.innerHTML = \`${markup.replaceAll('${x}', () => `\${${x}}`)}\`;`),
    html.map(({ markup, x }) => () => `el.insertAdjacentHTML('beforeend', ${JSON.stringify(markup)}); el.outerHTML += ${x};`),
    // Concatenations, AngularJS's and Vue 2's inline templates (sixty-ninth session).
    html.map(({ markup, x }) => () => `$('#pay').append(${JSON.stringify(markup)} + ${x} + '<input name="cvc' + ${x}); document.write('<scr' + 'ipt src="' + ${x} + '"></scr' + 'ipt>');`),
    html.map(({ markup, x }) => () => `angular.module('m').directive('d', ['$q', ($q) => ({ template: ${JSON.stringify(markup)} + ${x} })]).component('c', { template: ${x} + ${JSON.stringify(markup)} }); new Vue({ template: (${x}) + 1 + 2 });`),
  );
  // Build flags around TLS options, controller classes' methods (sixty-ninth session).
  list.push(
    fc.tuple(e, e).map(([a, b]) => () => `if (import.meta.env.DEV && ${a}) new https.Agent({ rejectUnauthorized: ${b} }); else if (!import.meta.env.PROD || __DEV__) tls.connect({ rejectUnauthorized: false, minVersion: ${a} });`),
    fc.tuple(e, e).map(([a, b]) => (i) => `class W${i} { static async hook(req, res) { const event = req.body; if (event.type === 'invoice.paid') await ${a}(event.data.object); res.send(${b}); } async [${a}](req, res) {} } module.exports = W${i}; exports.w${i} = new W${i}();`),
  );
  if (ts) list.push(html.map(({ markup, x }) => (i) => `@Component({ selector: 'c', template: \`${markup.replaceAll('${x}', () => `\${${x}}`)}\` }) class K${i} {}`));
  if (dialect === 'jsx' || dialect === 'tsx') {
    list.push(e.map((x) => (i) => `const F${i} = () => <form><input name="cardNumber" autoComplete={${x}} /><input name={${x}} /></form>;`));
    // A spread of what a helper of the file returns (sixty-sixth session).
    list.push(fc.tuple(e, e).map(([a, b]) => (i) => `const P${i} = ({ form }) => { const field = (n) => ({ value: form[n], onChange: ${a}, ...${b} }); return <label>CVC<input {...field(${a})} /></label>; };`));
    // Labels tied to inputs through the same expression (values.ts sameValueKey): any expression, in a template too.
    list.push(
      fc.tuple(e, e).map(
        ([a, b]) => (i) =>
          `const L${i} = ({ f }) => { const id = useId(); return <div><label htmlFor={${a}}>Card number</label><input id={${a}} /><label for={\`\${${b}}-cvc\`}>CVC</label><input id={\`\${${b}}-cvc\`} /><label htmlFor={f.id}>x</label><input id={f?.id} /></div>; };`,
      ),
    );
    list.push(
      fc.tuple(e, e).map(
        ([a, b]) => (i) =>
          `const A${i} = styled.input.attrs({ readOnly: ${a}, [${b}]: 1, ...${a} })\`x\`; const B${i} = styled(A${i}).attrs(${b})({}); const C${i} = styled(${a})\`\`; const D${i} = () => <form><A${i} name="cvc" {...${b}} /><B${i} readOnly={${a}} /><C${i} autoComplete="cc-number" /><input readonly placeholder={${b}} /></form>;`,
      ),
    );
    list.push(
      fc.tuple(e, e).map(
        ([a, b]) => (i) =>
          `const H${i} = () => { const [ccv, setCCV] = useState(${a}); const [card, setCard] = useState(${b}); const { getCVCProps } = usePaymentInputs(); return <form><input onChange={(e) => setCCV(${a} ?? e.target.value)} /><input onChange={(e) => setCard((c) => ({ ...c, cvc: e.target.value, [${b}]: 1 }))} /><input {...getCVCProps(${a})} /><InputMask name={${b}} /><CreditCardInput cardCVCInputProps={${a}} /></form>; };`,
      ),
    );
  }
  if (ts) {
    list.push(
      e.map((x) => (i) => `@Injectable() class S${i} { constructor(@Inject('STRIPE') private readonly stripe: Stripe) {} @Post() async pay(@Body() card: Card): Promise<void> { await this.stripe.charges.create(${x} as never); } }`),
      e.map((x) => (i) => `enum E${i} { A = 'a', B = ${x.length % 2 ? "'b'" : '2'} }`),
      e.map((x) => (i) => `const t${i}: Record<string, unknown> = ${x} as unknown as Record<string, unknown>;`),
      e.map((x) => (i) => `function g${i}<T extends { number: string }>(card: T): T | undefined { return (${x}) as T; }`),
      e.map(() => (i) => `interface I${i} { number: string; cvc?: string; [key: string]: unknown } type U${i} = I${i}['number'];`),
      e.map((x) => (i) => `namespace N${i} { export const stripe = ${x}; }`),
      e.map(() => (i) => `declare const d${i}: typeof stripe | undefined; export type { I${i} as J${i} };`),
    );
  }
  return fc.oneof(...list);
}

const PRELUDES = [
  "import Stripe from 'stripe';",
  "import { Stripe as S } from 'stripe';\nconst Stripe = S;",
  "import * as stripeNs from 'stripe';\nconst Stripe = stripeNs.default;",
  "const Stripe = require('stripe');",
  "import { loadStripe } from '@stripe/stripe-js';\nimport { CardElement } from '@stripe/react-stripe-js';",
  "import express from 'express';\nimport helmet from 'helmet';\nconst app = express();",
  "import https from 'node:https';\nimport tls from 'tls';",
  "const https = require('https');\nconst tls = require('node:tls');",
  "import mongoose from 'mongoose';\nconst Payment = mongoose.model('Payment', new mongoose.Schema({ last4: String }));",
  "import pino from 'pino';\nconst logger = pino();",
  "import axios from 'axios';",
  "import { Component } from '@angular/core';",
  "import { useState } from 'react';\nimport { usePaymentInputs } from 'react-payment-inputs';\nimport InputMask from 'react-input-mask';\nimport CreditCardInput from 'react-credit-card-input';",
  "import { createClient } from '@supabase/supabase-js';\nconst supabase = createClient(url, key);",
  "import { v } from 'convex/values';\nimport { mutation } from './_generated/server';",
  "import TelegramBot from 'node-telegram-bot-api';\nimport nodemailer from 'nodemailer';\nimport twilio from 'twilio';\nconst bot = new TelegramBot(token);\nconst transporter = nodemailer.createTransport({});\nconst client = twilio(sid, auth);",
  "import { Telegraf } from 'telegraf';\nimport PocketBase from 'pocketbase';\nconst pb = new PocketBase(url);",
  "import styled from 'styled-components';\nimport { createClerkClient } from '@clerk/backend';",
];
const CLIENTS = [
  "const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: '2024-06-20' });",
  "const stripe = require('stripe')('sk_test_' + 'abc');",
  'const stripe = Stripe(key);',
  "const stripe = await loadStripe('pk_test_123');",
  '',
];

/** A program of the given dialect, as text. */
export function paymentProgram(dialect: Dialect): fc.Arbitrary<string> {
  return fc
    .tuple(fc.subarray(PRELUDES, { maxLength: 3 }), pick(CLIENTS), fc.array(statements(dialect), { minLength: 1, maxLength: 6 }))
    .map(([preludes, client, body]) => [...preludes, client, ...body.map((statement, i) => statement(i))].join('\n'));
}

export const DIALECT_FILENAME: Readonly<Record<Dialect, string>> = {
  js: 'fuzz.js',
  jsx: 'fuzz.jsx',
  ts: 'fuzz.ts',
  tsx: 'fuzz.tsx',
};

interface Eslump {
  generateRandomJS(options: { sourceType: 'module' | 'script'; maxDepth: number; comments: boolean; whitespace: boolean }): string;
}
const eslump = createRequire(import.meta.url)('eslump') as Eslump;

/** eslump's random JavaScript for `seed` (eslump draws from `Math.random`, swapped for a seeded PRNG meanwhile). */
export function eslumpProgram(seed: number, sourceType: 'module' | 'script', maxDepth = 7): string {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return eslump.generateRandomJS({ sourceType, maxDepth, comments: seed % 3 === 0, whitespace: seed % 5 === 0 });
  } finally {
    Math.random = original;
  }
}

export interface FuzzTally {
  programs: number;
  /** (program, parser) pairs that parsed and were linted. */
  linted: number;
  unparsed: number;
}

/**
 * Lint one program with the preset under every parser that reads `filename`; throws (with the program) when a
 * rule throws. ESLint-internal exceptions that happen without our rules too are not ours and are tallied as unparsed.
 */
export function lintProgram(
  program: string,
  filename: string,
  linter: Linter,
  preset: Linter.Config,
  tally: FuzzTally,
): void {
  tally.programs++;
  for (const parser of PARSERS) {
    if (!parserAccepts(parser, filename)) continue;
    const outcome = lintText({ linter, preset, parser }, program, filename);
    if (outcome.kind === 'crash') {
      throw new Error(`Rule exception under ${parser} on ${filename}:\n${describeError(outcome.error)}\n--- program ---\n${program}`);
    }
    if (outcome.kind === 'linted') tally.linted++;
    else tally.unparsed++;
  }
}
