/**
 * Other payment gateways' server SDKs: a call that hands them a card object (`iyzipay.payment.create({ paymentCard: {
 * cardNumber, cvc } })`, Braintree's `gateway.transaction.sale({ creditCard: { number, cvv } })`) means the server
 * holds the raw card on its way there, as a request to the gateway's API would (real-world batch DI: Iyzico, Pagar.me,
 * Cielo and Culqi back ends taking card fields from their own forms). no-raw-card-data reads such calls as requests,
 * each argument an object whose card fields are judged by key and by value. Each SDK is known by its module, followed
 * through `originOf` (imports, requires, consts, `new`, calls, members, typed parameters and fields), and only the
 * calls that send (`create`, `sale`, `charge`…) are read: a lookup (`find`, `retrieve`, `list`) sends no card.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { SensitiveKind } from './card-fields.js';
import { perFile } from './file-cache.js';
import { originOf, rootSource } from './sinks.js';
import { textFinder } from './text-search.js';
import { memberName, promisifyingCall, staticString, unwrap, variableOf } from './values.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Node = TSESTree.Node;

/** Server SDKs of other gateways, by module: the gateway's name. */
const GATEWAY_MODULES: ReadonlyMap<string, string> = new Map([
  ['iyzipay', 'Iyzico'],
  ['braintree', 'Braintree'],
  ['pagarme', 'Pagar.me'],
  ['cielo', 'Cielo'],
  ['mercadopago', 'Mercado Pago'],
  ['paypal-rest-sdk', 'PayPal'],
  ['openpay', 'Openpay'],
  ['conekta', 'Conekta'],
  ['culqi-node', 'Culqi'],
  ['epayco-sdk-node', 'ePayco'],
  ['paystack', 'Paystack'],
  ['paystack-api', 'Paystack'],
  ['paystack-node', 'Paystack'],
  ['flutterwave-node-v3', 'Flutterwave'],
  // Flutterwave's older Node SDKs (Rave): `new Ravepay(pk, sk).TokenCharge.card({ cardno, cvv, … })` (real-world batch FD)
  ['ravepay', 'Flutterwave'],
  ['flutterwave-node', 'Flutterwave'],
  ['@adyen/api-library', 'Adyen'],
  ['midtrans-client', 'Midtrans'],
  ['omise', 'Omise'],
  ['xendit-node', 'Xendit'],
  ['authorizenet', 'Authorize.net'],
  ['checkout-sdk-node', 'Checkout.com'],
]);

/** The methods that send what they are given to the gateway (for the rule's call selector too). */
export const GATEWAY_METHOD_NAMES: ReadonlySet<string> = new Set([
  'create', 'sale', 'charge', 'card', 'payments', 'payment', 'simpleTransaction', 'createTransaction', 'authorize',
  'createToken', 'cardToken', 'tokenize', 'update',
  // Checkout.com's `cko.payments.request({ source: { type: 'card', number, cvv } })`
  'request',
]);

/**
 * Setters that put one card field into an SDK's request object, and the field each takes: Authorize.net's
 * `CreditCardType` (`creditCard.setCardNumber(…)`, `setCardCode(…)`, its documented CVV) and `CreditCardTrackType`
 * (`setTrack1(…)`, `setTrack2(…)`), which its `createTransactionRequest` then sends. The setter says what the value
 * is, whatever it is named.
 */
export const GATEWAY_CARD_SETTERS: ReadonlyMap<string, { field: string; kind: SensitiveKind }> = new Map([
  ['setCardNumber', { field: 'cardNumber', kind: 'pan' }],
  ['setCardCode', { field: 'cardCode', kind: 'cvc' }],
  ['setTrack1', { field: 'track1', kind: 'track' }],
  ['setTrack2', { field: 'track2', kind: 'track' }],
]);

/** Every module above, as the file must spell it (checked once per file, before any scope work). */
const spellsGatewayModule = textFinder([...GATEWAY_MODULES.keys()]);
const mayUseGatewaySdk = (sourceCode: SourceCode): boolean => perFile(sourceCode, 'gateway-sdks:modules', () => spellsGatewayModule(sourceCode.text));

export interface GatewayCall {
  /** The gateway and its SDK's module: `Iyzico (iyzipay)`. */
  sdk: string;
  /** The call as it reads: `payment.create`, `transaction.sale`. */
  method: string;
  /** The object arguments, whose fields are sent. */
  objects: Node[];
}

/** The call to another gateway's SDK that `call` is, sending its object arguments; null for anything else. */
export function gatewayCallOf(call: TSESTree.CallExpression, sourceCode: SourceCode): GatewayCall | null {
  if (call.arguments.length === 0) return null;
  const written = unwrap(call.callee);
  const called =
    written.type === AST_NODE_TYPES.Identifier
      ? promisifiedMethod(written, sourceCode)
      : written.type === AST_NODE_TYPES.MemberExpression
        ? { receiver: written.object, name: memberName(written, sourceCode) }
        : null;
  const method = sendingMethod(called?.name ?? null);
  if (called === null || method === null) return null;
  const receiver = unwrap(called.receiver);
  const sdk = sdkOf(receiver, sourceCode);
  if (sdk === null) return null;
  const objects = call.arguments.filter((arg): arg is TSESTree.Expression => arg.type !== AST_NODE_TYPES.SpreadElement && !isFunction(arg));
  if (objects.length === 0) return null;
  const resource = receiver.type === AST_NODE_TYPES.MemberExpression ? memberName(receiver, sourceCode) : null;
  return { sdk, method: resource !== null ? `${resource}.${method}` : method, objects };
}

/** The sending method a member name calls: one of GATEWAY_METHOD_NAMES, also as Bluebird's `promisifyAll` names it (`saleAsync`). */
function sendingMethod(name: string | null): string | null {
  if (name === null) return null;
  if (GATEWAY_METHOD_NAMES.has(name)) return name;
  return name.endsWith('Async') && GATEWAY_METHOD_NAMES.has(name.slice(0, -5)) ? name.slice(0, -5) : null;
}

/**
 * The method a const made by promisifying it calls, with its receiver (`const sale =
 * promisify(gateway.transaction.sale.bind(gateway.transaction))`, `Promise.promisify(gateway.transaction.sale, {
 * context: gateway.transaction })`, a helper's `promisify(gateway.transaction, 'sale')`; real-world batch GD), or null.
 */
function promisifiedMethod(id: TSESTree.Identifier, sourceCode: SourceCode): { receiver: Node; name: string | null } | null {
  if (!mayUseGatewaySdk(sourceCode)) return null;
  const wrap = promisifyingCall(id, sourceCode);
  if (wrap === null) return null;
  const [first, second] = wrap.arguments as [TSESTree.Expression, ...TSESTree.CallExpressionArgument[]];
  // `promisify(x, 'sale')`: the receiver and the method's name
  const named = second && second.type !== AST_NODE_TYPES.SpreadElement ? staticString(second, sourceCode) : null;
  if (named !== null) return { receiver: first, name: named };
  let method = unwrap(first);
  // `x.sale.bind(x)`
  if (method.type === AST_NODE_TYPES.CallExpression && method.callee.type === AST_NODE_TYPES.MemberExpression && memberName(method.callee, sourceCode) === 'bind') {
    method = unwrap(method.callee.object);
  }
  return method.type === AST_NODE_TYPES.MemberExpression ? { receiver: method.object, name: memberName(method, sourceCode) } : null;
}

export interface GatewaySetter {
  /** The gateway and its SDK's module: `Authorize.net (authorizenet)`. */
  sdk: string;
  /** The setter as it reads: `creditCard.setCardNumber` (the receiver when it is a plain name). */
  method: string;
  /** The request field it sets and what that field holds. */
  field: string;
  kind: SensitiveKind;
  /** The value set. */
  value: TSESTree.Expression;
}

/** The card field that `call` sets on a gateway SDK's request object (`GATEWAY_CARD_SETTERS`); null for anything else. */
export function gatewaySetterOf(call: TSESTree.CallExpression, sourceCode: SourceCode): GatewaySetter | null {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = memberName(callee, sourceCode);
  if (method === null) return null;
  const setter = GATEWAY_CARD_SETTERS.get(method);
  const value = call.arguments[0];
  if (setter === undefined || value === undefined || value.type === AST_NODE_TYPES.SpreadElement) return null;
  const receiver = unwrap(callee.object);
  const sdk = sdkOf(receiver, sourceCode);
  if (sdk === null) return null;
  return { sdk, method: receiver.type === AST_NODE_TYPES.Identifier ? `${receiver.name}.${method}` : method, field: setter.field, kind: setter.kind, value };
}

/**
 * The gateway SDK that `receiver` comes from, as `Iyzico (iyzipay)`; null for anything else. The file must spell one
 * of the modules (looked for once per file) before any scope work.
 */
function sdkOf(receiver: Node, sourceCode: SourceCode): string | null {
  if (!mayUseGatewaySdk(sourceCode)) return null;
  const source = rootSource(originOf(receiver, sourceCode));
  const gateway = source !== null ? GATEWAY_MODULES.get(source) : undefined;
  return gateway === undefined ? null : `${gateway} (${source})`;
}

/** SDKs whose API responses hold stored cards' numbers masked (`XXXX1111`): Authorize.net's. */
const MASKING_RESPONSE_SDKS: ReadonlySet<string> = new Set(['authorizenet']);

/**
 * Is `node` (`p.payment.creditCard.cardNumber`) read off a gateway's API response, which holds stored cards masked?
 * Authorize.net's responses: `new APIContracts.GetCustomerPaymentProfileListResponse(ctrl.getResponse())`, or a
 * controller's `getResponse()`, through consts and `for…of` loops over their lists (real-world batch DV).
 */
export function readsGatewayResponse(node: Node, sourceCode: SourceCode): boolean {
  if (mayUseCollectJs(sourceCode) && isCollectJsResponse(node, sourceCode)) return true;
  if (!mayUseGatewaySdk(sourceCode)) return false;
  let target = unwrap(node);
  for (let step = 0; step < 8; step++) {
    while (target.type === AST_NODE_TYPES.MemberExpression) target = unwrap(target.object);
    const loop = target.type === AST_NODE_TYPES.Identifier ? forOfSource(target, sourceCode) : null;
    if (loop === null) break;
    target = unwrap(loop);
  }
  const origin = originOf(target, sourceCode);
  const source = rootSource(origin);
  return (
    source !== null &&
    MASKING_RESPONSE_SDKS.has(source) &&
    origin.steps.some((s) => (s.type === 'new' && s.name?.endsWith('Response') === true) || (s.type === 'call' && s.name === 'getResponse'))
  );
}

/** A property's key as written: `callback`, `'callback'`. */
const staticKey = (key: Node): string | null => (key.type === AST_NODE_TYPES.Identifier ? key.name : key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? key.value : null);

/** NMI's Collect.js, a script the page loads: its global `CollectJS`, or `window.CollectJS`. */
const COLLECT_JS = 'CollectJS';
const mayUseCollectJs = (sourceCode: SourceCode): boolean => perFile(sourceCode, 'gateway-sdks:collect-js', () => sourceCode.text.includes(COLLECT_JS));

/**
 * Collect.js's tokenization response, or a part of it: the parameter of the `callback` given to
 * `CollectJS.configure({ callback: (response) => … })`. It carries the payment token and the card's masked number
 * (`411111******1111`), BIN, expiry and hash; the full number and the CVV stay in NMI's iframes (real-world batch 332).
 */
function isCollectJsResponse(node: Node, sourceCode: SourceCode): boolean {
  let target = unwrap(node);
  while (target.type === AST_NODE_TYPES.MemberExpression) target = unwrap(target.object);
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  const def = variableOf(target, sourceCode)?.defs[0];
  if (def?.type !== 'Parameter' || !isFunction(def.node) || def.node.params[0] !== def.name) return false;
  const property = def.node.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== def.node || property.computed || staticKey(property.key) !== 'callback') return false;
  // The options written in the call, or held in a const first (`const config = { callback }; CollectJS.configure(config)`).
  const options = property.parent;
  const holder = options.parent;
  const given: Node[] = [options];
  if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.init === options && holder.id.type === AST_NODE_TYPES.Identifier) {
    for (const reference of variableOf(holder.id, sourceCode)?.references ?? []) if (!reference.init) given.push(reference.identifier);
  }
  return given.some((node) => {
    const call = node.parent;
    return call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === node && isCollectJsConfigure(call, sourceCode);
  });
}

/** `CollectJS.configure(…)`, `window.CollectJS.configure(…)`. */
function isCollectJsConfigure(call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee, sourceCode) !== 'configure') return false;
  const owner = unwrap(callee.object);
  if (owner.type === AST_NODE_TYPES.Identifier) return owner.name === COLLECT_JS;
  if (owner.type !== AST_NODE_TYPES.MemberExpression || memberName(owner, sourceCode) !== COLLECT_JS) return false;
  const window = unwrap(owner.object);
  return window.type === AST_NODE_TYPES.Identifier && window.name === 'window';
}

/** What a `for (const x of list)` variable iterates over: `list`; null for any other name. */
function forOfSource(identifier: TSESTree.Identifier, sourceCode: SourceCode): Node | null {
  const def = variableOf(identifier, sourceCode)?.defs[0];
  const declaration = def?.node.parent;
  const loop = declaration?.parent;
  return def?.type === 'Variable' && loop?.type === AST_NODE_TYPES.ForOfStatement && loop.left === declaration ? loop.right : null;
}

const isFunction = (node: Node): boolean => node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionExpression;
