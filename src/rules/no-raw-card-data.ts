import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { choiceLeaves, enclosingFunction, shortText } from '../analysis/ast.js';
import { cardDataOfPayload, cardFieldsOfPayload, collectibleCardNumber, forOtherKindOfCard, holdsNoCardData, mayNameCardData, samePath, urlSpellsOtherKindOfCard, type CardPayloadField } from '../analysis/card-data.js';
import { CARD_FIELD_LABEL, isSensitiveKind, pathNamesOtherKindOfCard, splitWords } from '../analysis/card-fields.js';
import { httpRequestOf, REQUEST_MEMBER_NAMES, requestTarget, URL_HOLE, type HttpRequest, type RequestTarget } from '../analysis/http-calls.js';
import { callSelector } from '../analysis/selectors.js';
import { MESSAGE_METHOD_NAMES, messageSendOf } from '../analysis/messaging.js';
import { GATEWAY_CARD_SETTERS, GATEWAY_METHOD_NAMES, gatewayCallOf, gatewaySetterOf } from '../analysis/gateway-sdks.js';
import { NAVIGATION_METHOD_NAMES, navigationOfAssignment, navigationOfCall, type Navigation } from '../analysis/navigations.js';
import { isStripeJsInstance, isStripeNodeClient, mentionsStripe, stripeKindOf, type StripeKind } from '../analysis/stripe-clients.js';
import { memberName, objectEntry, payloadFields, propertyKey, resolveValue, staticString, staticValue, unwrap, urlObjectQueryFields, urlQueryEncodings, urlQueryFields, variableOf, type PayloadField, writtenName } from '../analysis/values.js';
import {
  ANY_CARD_ENDPOINT,
  CARD_API_POSITIONAL_TOKEN,
  cardEndpointOf,
  COMMUNITY_CARD_METHODS,
  NODE_CARD_METHODS,
  STRIPE_JS_CARD_METHODS,
  type CardParamSpec,
  type Path,
  type TestReplacement,
} from '../stripe/card-params.js';
import { sourceMaySpell, spellingTerm } from '../analysis/string-use.js';
import { isTestSource } from '../analysis/test-files.js';
import { isStripeHost, STRIPE_API_HOST } from '../stripe/hosts.js';
import { stripeTestCard, type TestCard } from '../stripe/test-cards.js';
import { createRule, reportOnce } from '../util/create-rule.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

export const MESSAGE_IDS = [
  'rawCardToStripeApi',
  'rawCardOverHttp',
  'rawCardToOwnServer',
  'rawCardInUrl',
  'rawCardInMessage',
  'rawCardToStripeJs',
  'rawCardToGateway',
  'rawCardToSdk',
  'useTestCard',
] as const;
export type MessageIds = (typeof MESSAGE_IDS)[number];
export type Options = [{ allowTestCards?: boolean }];

/** What processors.html leaves of a printing template tag in an inline script: `0`, then spaces to the tag's end. */
/**
 * A client's name as the message's "This … request" shows it: the request library and Node's `http` module read
 * oddly as they are ("This request request").
 */
const CLIENT_NAMES: Readonly<Record<string, string>> = { request: 'request-library', 'node-http': 'Node http' };
const clientName = (client: string): string => CLIENT_NAMES[client] ?? client;
const BLANKED_TAG = /(?<![\w.])0 {2,}/g;
const MAX_ALIAS_STEPS = 6;

/** The community SDK each kind of object belongs to (card-params COMMUNITY_CARD_METHODS). */
const COMMUNITY_GROUPS: Partial<Record<StripeKind, keyof typeof COMMUNITY_CARD_METHODS>> = {
  'card-plugin': 'plugin',
  'capacitor-plugin': 'capacitor',
  'token-client': 'client',
  'card-api-client': 'api',
  'native-sdk': 'native',
};
const COMMUNITY_SDK_NAMES: Readonly<Record<keyof typeof COMMUNITY_CARD_METHODS, string>> = {
  plugin: 'the Cordova Stripe plugin',
  capacitor: 'the Capacitor Stripe plugin',
  client: 'a card-token client',
  api: 'react-native-stripe-api',
  native: 'tipsi-stripe',
};

/** A value the file cannot look into: a parameter, a member path, a call's result (not an object, array or literal). */
function isOpaque(node: Node): boolean {
  return (
    node.type === AST_NODE_TYPES.Identifier ||
    node.type === AST_NODE_TYPES.MemberExpression ||
    node.type === AST_NODE_TYPES.CallExpression ||
    node.type === AST_NODE_TYPES.AwaitExpression
  );
}

/** The keys of stripe-node's card hash (`tokens.create({ card })`), written beside a copied card. */
const STRIPE_CARD_KEYS: ReadonlySet<string> = new Set([
  'number', 'exp_month', 'exp_year', 'cvc', 'name', 'currency',
  'address_line1', 'address_line2', 'address_city', 'address_state', 'address_zip', 'address_country',
]);

/** A value named as an id (`cardId`, `card.id`, `saved.card_id`): a saved card's, not the card. */
function namesAnId(node: Node): boolean {
  const target = unwrap(node);
  const name = writtenName(target);
  return name !== null && splitWords(name).at(-1) === 'id';
}

interface Finding {
  spec: CardParamSpec | null;
  containerIndex: number;
  fields: CardPayloadField[];
}

export default createRule<Options, MessageIds>({
  name: 'no-raw-card-data',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow sending raw card numbers or CVCs from your own code, to Stripe or in any other request or message',
      recommended: 'recommended',
      saq: 'D',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowTestCards: {
            type: 'boolean',
            description: "Skip card objects whose number is one of Stripe's documented test card numbers (docs.stripe.com/testing).",
          },
        },
      },
    ],
    defaultOptions: [{ allowTestCards: false }],
    messages: {
      rawCardToStripeApi:
        "`{{call}}` receives the raw {{what}} in `{{field}}`. Card data on your server puts you in PCI DSS SAQ D and loses Radar's fraud signals; collect the card with Stripe Elements or Checkout and pass the resulting PaymentMethod id instead.",
      rawCardOverHttp:
        "This {{client}} request to {{endpoint}} sends the raw {{what}} in `{{field}}` to Stripe from your own code. That puts you in PCI DSS SAQ D and loses Radar's fraud signals; collect the card with Stripe Elements or Checkout and send only the resulting PaymentMethod id.",
      rawCardToOwnServer:
        "This {{client}} request to {{endpoint}} sends the raw {{what}} in `{{field}}`: card data that passes through your own pages or servers puts you in PCI DSS SAQ D, not SAQ A. Collect the card with Stripe Elements or Checkout and send your server only the resulting PaymentMethod id.",
      rawCardInUrl:
        "This navigation (`{{client}}`) to {{endpoint}} puts the raw {{what}} in the URL (`{{field}}`), which browsers keep in their history and servers, proxies and analytics tools log: card data that passes through your own pages or servers puts you in PCI DSS SAQ D, not SAQ A. Collect the card with Stripe Elements or Checkout and pass on only the resulting PaymentMethod id.",
      rawCardInMessage:
        "This {{service}} `{{method}}` call sends the raw {{what}} in `{{field}}`: the message hands card data to that service and everyone who reads it, and card data that passes through your own pages or servers puts you in PCI DSS SAQ D, not SAQ A. Collect the card with Stripe Elements or Checkout and never put card numbers or security codes in messages.",
      rawCardToStripeJs:
        "`stripe.{{method}}()` receives the raw {{what}} in `{{field}}` as a plain object instead of an Element. Card fields handled by your own page put you in PCI DSS SAQ D and lose Radar's fraud signals; pass a Stripe Element (Payment Element or Card Element) or use Checkout.",
      rawCardToGateway:
        "This call to {{sdk}} (`{{method}}`) hands it the raw {{what}} in `{{field}}`: your server holds the card on its way to the gateway, which puts you in PCI DSS SAQ D, not SAQ A. Collect the card in the gateway's own hosted fields or checkout (with Stripe: Elements or Checkout) and send your server only the token or payment method they return.",
      rawCardToSdk:
        "`{{call}}()` ({{sdk}}) receives the raw {{what}} in `{{field}}`: your app collects the card in its own fields and hands it to the SDK, which puts you in PCI DSS SAQ D. Collect the card in Stripe's own UI instead (the Payment Element or Checkout, or PaymentSheet / CardField of Stripe's mobile SDKs) and use the PaymentMethod it returns.",
      useTestCard: "Use Stripe's test {{kind}} '{{id}}' instead of the raw test card number",
    },
  },
  defaultOptions: [{ allowTestCards: false }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    // Card data is found by its names (the shared card-name prefilter), except a card the file cannot read passed to a
    // Stripe method that takes nothing but a raw card (`(card) => client.createToken({ card })`): only where the file
    // names Stripe (an import, a Stripe-named receiver) and spells such a method.
    const stripe = mentionsStripe(sourceCode);
    if (!mayNameCardData(sourceCode) && !(stripe && sourceMaySpell(sourceCode, [RAW_CARD_ONLY_METHODS]))) return {};
    const allowTestCards = options.allowTestCards === true;
    const check = new CardDataCheck(context, sourceCode, allowTestCards, stripe);
    return {
      [CARD_CALL_SELECTOR](node: TSESTree.CallExpression) {
        check.call(node);
      },
      AssignmentExpression(node: TSESTree.AssignmentExpression) {
        check.navigation(node);
      },
    };
  },
});

/** The checks of one file (methods, not closures made per file). */
class CardDataCheck {
  constructor(
    private readonly context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
    private readonly sourceCode: SourceCode,
    private readonly allowTestCards: boolean,
    private readonly stripe: boolean,
  ) {
    this.report = reportOnce(context);
  }

  /** `context.report`, once per message, data and place (one card object posted by a request and its retry). */
  private readonly report: (descriptor: TSESLint.ReportDescriptor<MessageIds>) => void;

  /** Is the file test code (test-files.ts: by its name, directory or imports)? Asked only where a finding is in sight. */
  private get inTestFile(): boolean {
    return isTestSource(this.context);
  }

  /**
   * Report every PAN / CVC / track / PIN field of each container (one report per key node; a hand-built form
   * string that spells several keys is one report). Expiry alone is not raw card data. In test files, a container
   * whose number is a documented test card gets a suggestion that uses the matching test id instead.
   */
  reportFindings(
    fields: readonly CardPayloadField[],
    containers: readonly Path[],
    argument: Node | null,
    spec: CardParamSpec | null,
    describe: (field: string, what: string) => { messageId: MessageIds; data: Record<string, string> },
    fieldName: (field: CardPayloadField) => string = (field) => field.name,
  ): void {
    containers.forEach((container, containerIndex) => {
      const group = fields.filter((f) => f.path.length === container.length + 1 && container.every((s, i) => f.path[i] === s));
      const sensitive = group.filter((f) => isSensitiveKind(f.kind));
      if (sensitive.length === 0) return;
      const pan = group.find((f) => f.kind === 'pan');
      const panNumber = pan?.value ? staticCardNumber(pan.value, this.sourceCode) : null;
      const testCard = panNumber === null ? undefined : stripeTestCard(panNumber.digits);
      if (this.allowTestCards && testCard) return;
      const finding: Finding = { spec, containerIndex, fields: group };
      const suggestion = this.inTestFile && testCard && argument && panNumber ? this.testSuggestion(finding, argument, testCard, panNumber.quote) : null;
      for (const { node, names, what } of findingsByNode(sensitive, fieldName)) {
        const { messageId, data } = describe(names, what);
        this.report({ node, messageId, data, suggest: suggestion ? [suggestion] : [] });
      }
    });
  }

  testSuggestion(
    finding: Finding,
    argument: Node,
    testCard: TestCard,
    quote: string,
  ): TSESLint.SuggestionReportDescriptor<MessageIds> | null {
    const replacement: TestReplacement | undefined = finding.spec?.replacements?.[finding.containerIndex];
    if (!replacement) return null;
    const id = replacement.value === 'pm' ? testCard.pm : testCard.tok;
    if (!id) return null;
    const property = propertyAt(argument, replacement.path, this.sourceCode);
    // A helper's parameter (`(card) => stripe.tokens.create({ card })`) is what every caller passes: not this test's to edit.
    if (!property || isParameter(property.value, this.sourceCode)) return null;
    const lastKey = replacement.path[replacement.path.length - 1]!;
    const key = replacement.key ?? keyText(property, lastKey, this.sourceCode);
    const literal = `${quote}${id}${quote}`;
    const value = replacement.value === 'card-token' ? `{ token: ${literal} }` : literal;
    return {
      messageId: 'useTestCard',
      data: { kind: replacement.value === 'pm' ? 'PaymentMethod' : 'token', id },
      fix: (fixer) => fixer.replaceText(property, `${key}: ${value}`),
    };
  }

  checkStripeNode(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression): void {
    const path = stripeNodeMethod(callee, this.sourceCode);
    const spec = path === null ? undefined : NODE_CARD_METHODS[path];
    if (!spec) return;
    const argument = call.arguments[spec.arg];
    if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return;
    const payload = payloadFields(argument, this.sourceCode);
    const fields = cardFieldsOfPayload(payload, this.sourceCode, { containers: spec.containers });
    this.reportFindings(fields, spec.containers, argument, spec, (field, what) => ({
      messageId: 'rawCardToStripeApi',
      data: { call: `stripe.${path}`, field, what },
    }));
    this.reportOpaqueCard(spec, argument, payload, fields, (field) => ({ messageId: 'rawCardToStripeApi', data: { call: `stripe.${path}`, field } }));
  }

  /**
   * react-native-stripe-api 0.0.x's `createToken(cardNumber, expMonth, expYear, cvc)`: its first argument is the card
   * number and its fourth the CVC, whatever they are written as. One of Stripe's test cards written there is left alone
   * where the rule allows test cards, as in a card object.
   */
  reportPositionalCard(call: TSESTree.CallExpression, label: string, sdk: string): void {
    const pan = call.arguments[CARD_API_POSITIONAL_TOKEN.pan]!;
    const number = pan.type === AST_NODE_TYPES.SpreadElement ? null : staticCardNumber(pan, this.sourceCode);
    if (this.allowTestCards && number !== null && stripeTestCard(number.digits)) return;
    for (const [index, kind] of [[CARD_API_POSITIONAL_TOKEN.pan, 'pan'], [CARD_API_POSITIONAL_TOKEN.cvc, 'cvc']] as const) {
      const argument = call.arguments[index]!;
      if (argument.type === AST_NODE_TYPES.SpreadElement) continue;
      const field = shortText(argument, this.sourceCode) ?? `argument ${index + 1}`;
      this.report({ node: argument, messageId: 'rawCardToSdk', data: { call: label, sdk, field, what: CARD_FIELD_LABEL[kind] } });
    }
  }

  /**
   * A method that takes nothing but a raw card (`spec.rawCardOnly`), given a card the file cannot read (a parameter
   * of a service wrapper: `export const cardToken = (card) => client.createToken({ card })`, `(card) =>
   * stripe.tokens.create({ card })`): a raw card all the same. Not a saved card's id (`{ card: cardId }`, `{
   * customer, card: card.id }`: a token made from a customer's saved card, Connect's cloning).
   */
  reportOpaqueCard(
    spec: CardParamSpec,
    argument: Node,
    payload: readonly PayloadField[],
    fields: readonly CardPayloadField[],
    message: (field: string) => { messageId: 'rawCardToSdk' | 'rawCardToStripeApi'; data: Record<string, string> },
  ): void {
    if (!spec.rawCardOnly || fields.some((f) => isSensitiveKind(f.kind))) return;
    const container = spec.containers[0]!;
    const value = container.length === 0 ? argument : (payload.find((f) => samePath(f.path, container))?.value ?? this.spreadCard(argument, container));
    const savedCard = payload.some((f) => f.path.length === 1 && f.path[0] === 'customer') || (value != null && namesAnId(value));
    if (!value || savedCard || !this.mayBeOpaqueCard(value)) return;
    const { messageId, data } = message(shortText(value, this.sourceCode) ?? (container.join('.') || 'its argument'));
    this.report({ node: value, messageId, data: { ...data, what: 'card details (number, expiry date and CVC)' } });
  }

  /**
   * A card the file cannot read copied into the container with a spread, beside card keys other than the number and
   * CVC (`card: { ...card, exp_month: Number(card.exp_month) }`, the expiry made numbers; real-world batch 331): the
   * spread's argument. Null for anything else.
   */
  spreadCard(argument: Node, container: readonly string[]): Node | null {
    if (container.length !== 1) return null;
    const entry = objectEntry(argument, this.sourceCode, container[0]!);
    const object = entry ? resolveValue(entry.value, this.sourceCode) : null;
    if (object?.type !== AST_NODE_TYPES.ObjectExpression) return null;
    const spreads = object.properties.filter((p): p is TSESTree.SpreadElement => p.type === AST_NODE_TYPES.SpreadElement);
    const othersAreCardKeys = object.properties.every((p) => p.type === AST_NODE_TYPES.SpreadElement || STRIPE_CARD_KEYS.has(propertyKey(p, this.sourceCode) ?? ''));
    return spreads.length === 1 && othersAreCardKeys ? spreads[0]!.argument : null;
  }

  /**
   * Is a value handed to a raw-card-only method one the file cannot look into, or a choice of which a side is one (`ok ?
   * params : errorParams`, `card ?? fallback`; tipsi-stripe's example app, real-world batch 327)? A side named as an id
   * is a saved card's.
   */
  mayBeOpaqueCard(value: Node, depth = 0): boolean {
    const resolved = resolveValue(value, this.sourceCode);
    if (isOpaque(resolved)) return true;
    if (depth >= MAX_ALIAS_STEPS || (resolved.type !== AST_NODE_TYPES.ConditionalExpression && resolved.type !== AST_NODE_TYPES.LogicalExpression)) return false;
    return choiceLeaves(resolved, false).some((side) => !namesAnId(side) && this.mayBeOpaqueCard(side, depth + 1));
  }

  checkStripeJs(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, method: string): boolean {
    // Own keys only: `stripe.toString(x)` / `stripe.hasOwnProperty(k)` are not card methods.
    const specs = Object.hasOwn(STRIPE_JS_CARD_METHODS, method) ? STRIPE_JS_CARD_METHODS[method] : undefined;
    if (!specs || !isStripeJsInstance(callee.object, this.sourceCode)) return false;
    for (const spec of specs) {
      const argument = call.arguments[spec.arg];
      if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) continue;
      const fields = cardFieldsOfPayload(payloadFields(argument, this.sourceCode), this.sourceCode, { containers: spec.containers });
      this.reportFindings(fields, spec.containers, argument, spec, (field, what) => ({
        messageId: 'rawCardToStripeJs',
        data: { method, field, what },
      }));
    }
    return true;
  }

  /** A community SDK's card method (card-params COMMUNITY_CARD_METHODS) on its proven object. */
  checkCommunitySdk(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, method: string): boolean {
    const kind = stripeKindOf(callee.object, this.sourceCode);
    const group = kind === null ? undefined : COMMUNITY_GROUPS[kind];
    const methods = group === undefined ? undefined : COMMUNITY_CARD_METHODS[group];
    const spec = methods && Object.hasOwn(methods, method) ? methods[method] : undefined;
    if (!spec || group === undefined) return false;
    const sdk = COMMUNITY_SDK_NAMES[group];
    // The callee as written (`this.stripe.createCardToken`), unless it is long or spread over lines.
    const label = shortText(callee, this.sourceCode, 60) ?? method;
    if (group === 'api' && method === CARD_API_POSITIONAL_TOKEN.method && call.arguments.length >= CARD_API_POSITIONAL_TOKEN.arguments) {
      this.reportPositionalCard(call, label, sdk);
      return true;
    }
    const argument = call.arguments[spec.arg];
    if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return true;
    const payload = payloadFields(argument, this.sourceCode);
    const fields = cardFieldsOfPayload(payload, this.sourceCode, { containers: spec.containers });
    this.reportFindings(fields, spec.containers, argument, spec, (field, what) => ({
      messageId: 'rawCardToSdk',
      data: { call: label, sdk, field, what },
    }));
    this.reportOpaqueCard(spec, argument, payload, fields, (field) => ({ messageId: 'rawCardToSdk', data: { call: label, sdk, field } }));
    return true;
  }

  /**
   * What the request sends, each part apart: its bodies, its query-parameter objects, and the fields its URL's query
   * string writes (a card number in a URL also lands in access logs). `query`: sent in the URL.
   */
  payloadsOf(request: Outgoing): Payload[] {
    const payloads = [
      ...request.bodies.map((node) => {
        const caller = request.callers?.get(node);
        return { fields: payloadFields(node, this.sourceCode), query: false, body: node, ...(caller ? { caller } : {}) };
      }),
      ...request.queries.map((node) => ({ fields: payloadFields(node, this.sourceCode), query: true })),
    ];
    if (writesQuery(request)) payloads.push({ fields: urlQueryFields(request.url, request.urlNode, this.sourceCode), query: true });
    // A form encoded into the URL (`'/api/validate?' + new URLSearchParams({ cardNumber, cvc })`).
    if (request.urlNode) {
      for (const encoding of urlQueryEncodings(request.urlNode, this.sourceCode)) payloads.push({ fields: payloadFields(encoding, this.sourceCode), query: true });
      // ...or set on the URL object afterwards (`url.searchParams.append('cvv', cvv)`).
      const set = urlObjectQueryFields(request.urlNode, this.sourceCode);
      if (set.length > 0) payloads.push({ fields: set, query: true });
    }
    return payloads;
  }

  /**
   * A navigation to a URL whose query string carries card data (navigations.ts: `location.href = …`, a router's
   * `push`, a redirect), read as a request to that URL: the browser sends it, keeps it in its history, and servers and
   * analytics tools log it. Test files are left alone, as for requests.
   */
  navigation(node: TSESTree.CallExpression | TSESTree.AssignmentExpression): boolean {
    const navigation = node.type === AST_NODE_TYPES.CallExpression ? navigationOfCall(node, this.sourceCode) : navigationOfAssignment(node, this.sourceCode);
    if (!navigation) return false;
    const request: Outgoing = { ...navigation, call: navigation.node, method: null, bodies: [], navigation };
    this.checkOwnServerRequest(request, request.url === null ? null : requestTarget(request.url), this.payloadsOf(request));
    return true;
  }

  /**
   * A message sent through a chat, e-mail or text-message SDK (messaging.ts): its texts read as a payload's `text`, its
   * objects as a body, by key and by value (`{ text: \`CVV: ${cvv}\` }`). Test files are left alone, as for requests.
   */
  checkMessage(call: TSESTree.CallExpression): boolean {
    const message = messageSendOf(call, this.sourceCode);
    if (!message) return false;
    if (this.inTestFile) return true;
    const fields: PayloadField[] = [
      ...message.texts.map((text) => ({ path: ['text'], keyNode: text, value: text })),
      ...message.objects.flatMap((object) => payloadFields(object, this.sourceCode)),
    ];
    this.reportPayloadCardData(fields, 'rawCardInMessage', { service: message.service, method: message.method });
    return true;
  }

  /** Each card field a payload carries, by key and by value (`cardDataOfPayload`), once per node, with `data` and its names. */
  reportPayloadCardData(fields: readonly PayloadField[], messageId: MessageIds, data: Record<string, string>): void {
    const sensitive = cardDataOfPayload(fields, this.sourceCode).filter((f) => isSensitiveKind(f.kind));
    for (const { node, names, what } of findingsByNode(sensitive, (field) => field.name)) {
      this.report({ node, messageId, data: { ...data, field: names, what } });
    }
  }

  /**
   * A call to another gateway's server SDK (gateway-sdks.ts) whose object arguments carry card fields, by key and by
   * value, as a request body's do. Test files are left alone, as for requests.
   */
  checkGateway(call: TSESTree.CallExpression): boolean {
    const setter = gatewaySetterOf(call, this.sourceCode);
    if (setter) {
      // A refund names the card by its last four digits (`setCardNumber('XXXX1111')`, `setCardNumber(last4)`).
      if (!this.inTestFile && !holdsNoCardData(setter.kind, setter.value, this.sourceCode)) {
        const data = { sdk: setter.sdk, method: setter.method, field: setter.field, what: CARD_FIELD_LABEL[setter.kind] };
        this.report({ node: setter.value, messageId: 'rawCardToGateway', data });
      }
      return true;
    }
    const gateway = gatewayCallOf(call, this.sourceCode);
    if (!gateway) return false;
    if (this.inTestFile) return true;
    const fields = gateway.objects.flatMap((object) => payloadFields(object, this.sourceCode));
    this.reportPayloadCardData(fields, 'rawCardToGateway', { sdk: gateway.sdk, method: gateway.method });
    return true;
  }

  checkHttp(call: TSESTree.CallExpression): void {
    if (this.checkMessage(call) || this.checkGateway(call) || this.navigation(call)) return;
    const request = httpRequestOf(call, this.sourceCode);
    if (!request) return;
    const target = request.url === null ? null : requestTarget(request.url);
    if (!target || !isStripeHost(target.host)) {
      this.checkOwnServerRequest(request, target, this.payloadsOf(request));
      return;
    }
    if (target.host !== STRIPE_API_HOST) return;
    const endpoint = cardEndpointOf(target.path, URL_HOLE);
    if (!endpoint) return;
    for (const payload of this.payloadsOf(request)) {
      const fields = cardFieldsOfPayload(payload.fields, this.sourceCode, { containers: endpoint.containers });
      this.reportFindings(
        fields,
        endpoint.containers,
        null,
        null,
        (field, what) => ({
          messageId: 'rawCardOverHttp',
          data: { client: clientName(request.client), endpoint: `POST ${target.path.split(URL_HOLE).join(endpoint === ANY_CARD_ENDPOINT ? '…' : '{id}')}`, field, what },
        }),
        (field) => bracketName(field.name),
      );
    }
  }

  /**
   * A request to anything but Stripe (the app's own API, another service, a URL computed at run time) whose body
   * carries card fields by name: the page or server that sends it handles card data. Test files are left to post
   * cards to their own endpoints; the endpoint's own code is where card data arrives.
   */
  checkOwnServerRequest(request: Outgoing, target: RequestTarget | null, payloads: readonly Payload[]): void {
    if (this.inTestFile) return;
    // Named without its query string, which may be long and is not where it goes (`/api/validate`, not `…?cvc=…`).
    // A template tag that prints a value, blanked in a page's inline script to `0` and spaces (processors.html), is a
    // part known only at run time (real-world batch ED: `'<?= $block->getUrl(…) ?>'`).
    const shown = (target ? `${target.host}${target.path}` : request.url === null ? undefined : withoutQuery(request.url))?.replace(BLANKED_TAG, URL_HOLE);
    const where = shown && shown.replaceAll(URL_HOLE, '') !== '' ? shown.split(URL_HOLE).join('…').trim() : undefined;
    const endpoint =
      request.navigation?.route !== undefined
        ? `the route '${request.navigation.route}'`
        : request.navigation
        ? (where ?? 'a URL computed at run time')
        : request.meteorMethod !== undefined
        ? request.meteorMethod === null ? 'a method named at run time' : `the method '${request.meteorMethod}'`
        : request.supabaseFunction !== undefined
        ? request.supabaseFunction === null ? 'an Edge Function named at run time' : `the Edge Function '${request.supabaseFunction}'`
        : request.apexMethod !== undefined
        ? `the method '${request.apexMethod}'`
        : request.trpcProcedure !== undefined
        ? `the procedure '${request.trpcProcedure}'`
        : request.graphql ? (where ? `GraphQL ${where}` : 'the GraphQL API')
        : request.method === null ? (where ?? 'a URL computed at run time')
        : `${request.method} ${where ?? 'a URL computed at run time'}`;
    // As the body writes its keys: `card[number]` in a form, `card.number` in an object.
    const written = (field: CardPayloadField): string => (this.writesBracketKey(field) ? bracketName(field.name) : field.name);
    // A gift or loyalty card's number and PIN posted to its own resource (`/api/gift-cards/redeem`), or sent from code
    // named for such a card (`giftCardApi.redeem(number, pin)`), are no payment card's. Asked only of such fields.
    let otherKind: boolean | undefined;
    const messageId = request.navigation ? 'rawCardInUrl' : 'rawCardToOwnServer';
    const otherKindOfCard = (): boolean =>
      (otherKind ??= forOtherKindOfCard(where, request.call) || (request.urlNode !== null && urlSpellsOtherKindOfCard(request.urlNode, this.sourceCode)));
    for (const payload of payloads) {
      // By key (`{ cardNumber, cvv }`), and by value under other keys (`{ text: \`CVV: ${cvv}\` }`: a chat message).
      const fields = cardDataOfPayload(payload.fields, this.sourceCode);
      // A number alone in a URL is how transit, loyalty, patient and game cards are looked up (`?card_number=…`): a
      // payment card's is sent with its CVC or expiry date. So with an e-mail sent through EmailJS, which hobby pages
      // use to say which card (a quiz's, a game's) a visitor picked (precision probe, real-world batch 90).
      if ((payload.query || request.client === 'EmailJS') && !corroboratesPaymentCard(fields)) continue;
      // (A collectible card's number, in a file about such cards, is none.)
      const sensitive = fields.filter((f) => isSensitiveKind(f.kind) && !collectibleCardNumber(f.kind, this.sourceCode));
      if (sensitive.every((f) => f.kind === 'pan') && simulatesTerminalReader(where, payload.fields)) continue;
      if (
        sensitive.every((f) => f.kind === 'pan' || f.kind === 'pin') &&
        (otherKindOfCard() ||
          (payload.caller !== undefined && callerForOtherKindOfCard(payload.caller, this.sourceCode)) ||
          // (A field of a form's state or model, of unknown value, by the name of the object it is read off: the
          // component's `this.giftCard`; real-world batch 251.)
          sensitive.every((f) => readOffOtherKindOfCard(f.value ?? f.keyNode, this.sourceCode)))
      ) {
        continue;
      }
      for (const { node, fields, names, what } of findingsByNode(sensitive, written)) {
        if (this.allowTestCards && fields.some((f) => f.kind === 'pan' && f.value && stripeTestCard(staticCardNumber(f.value, this.sourceCode)?.digits ?? ''))) continue;
        this.report({ node: this.sentAt(node, request.call, payload.body), messageId, data: { client: clientName(request.client), endpoint, field: names, what } });
      }
    }
  }

  /**
   * Where a finding is shown: at its field, unless the field is only a spread of a value whose declared type has the
   * card fields, written in another function (`return { ...request, metadata }` in a helper that enriches the body;
   * real-world batch GF): then at the body the request sends.
   */
  sentAt(node: Node, call: Node, body: Node | undefined): Node {
    const spread = node.type === AST_NODE_TYPES.SpreadElement || node.parent?.type === AST_NODE_TYPES.SpreadElement;
    if (!spread || body === undefined) return node;
    return enclosingFunction(node) === enclosingFunction(call) ? node : body;
  }

  /** Is the field's key written as one bracketed string (`'card[number]'`, a form string's `card[cvc]=`)? */
  writesBracketKey(field: CardPayloadField): boolean {
    return field.path.length > 1 && this.sourceCode.getText(field.keyNode).includes('[');
  }

  call(node: TSESTree.CallExpression): void {
    if (node.arguments.length === 0) return;
    if (!this.stripe) {
      this.checkHttp(node);
      return;
    }
    const callee = unwrap(node.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = memberName(callee, this.sourceCode);
      if (method !== null && Object.hasOwn(STRIPE_JS_CARD_METHODS, method) && this.checkStripeJs(node, callee, method)) return;
      if (method !== null && COMMUNITY_METHOD_NAMES.has(method) && this.checkCommunitySdk(node, callee, method)) return;
      if (method !== null && isNodeMethodName(method)) this.checkStripeNode(node, callee);
    }
    this.checkHttp(node);
  }
}

/**
 * How a call of a method that takes only a raw card (`rawCardOnly`) is spelled: stripe-node's by its resource
 * (`tokens`, of `stripe.tokens.create`), the community SDKs' by name (`createToken`, `createCardToken`…).
 */
const RAW_CARD_ONLY_METHODS = spellingTerm([
  ...new Set([
    ...Object.entries(NODE_CARD_METHODS)
      .filter(([, spec]) => spec.rawCardOnly)
      .map(([path]) => path.split('.')[0]!),
    ...Object.values(COMMUNITY_CARD_METHODS).flatMap((methods) => Object.keys(methods).filter((name) => methods[name]!.rawCardOnly)),
  ]),
]);

/** Every dot-joined tail of a `NODE_CARD_METHODS` path: `create`, `tokens.create`, `intents.confirm`… */
const NODE_METHOD_TAILS: ReadonlySet<string> = new Set(
  Object.keys(NODE_CARD_METHODS).flatMap((path) => path.split('.').map((_, i, parts) => parts.slice(i).join('.'))),
);
const NODE_METHOD_NAMES = new Set(Object.keys(NODE_CARD_METHODS).map((path) => path.slice(path.lastIndexOf('.') + 1)));
const isNodeMethodName = (name: string): boolean => NODE_METHOD_NAMES.has(name);
const COMMUNITY_METHOD_NAMES: ReadonlySet<string> = new Set(Object.values(COMMUNITY_CARD_METHODS).flatMap((methods) => Object.keys(methods)));

/**
 * The calls `CardDataCheck.call` can act on: a member call named like a Stripe.js or stripe-node card method or like
 * an HTTP client's method (`REQUEST_MEMBER_NAMES`), any bare call (`fetch(...)`, a client under any local name), a
 * call of a call's result (`require('node-fetch')(url)`), and the names not written plainly (see `callSelector`).
 */
const CARD_CALL_SELECTOR = callSelector(
  [
    ...Object.keys(STRIPE_JS_CARD_METHODS),
    ...NODE_METHOD_NAMES,
    ...COMMUNITY_METHOD_NAMES,
    ...REQUEST_MEMBER_NAMES,
    ...MESSAGE_METHOD_NAMES,
    ...GATEWAY_METHOD_NAMES,
    // (and as Bluebird's `promisifyAll` names them: `gateway.transaction.saleAsync(…)`)
    ...[...GATEWAY_METHOD_NAMES].map((name) => `${name}Async`),
    ...GATEWAY_CARD_SETTERS.keys(),
    ...NAVIGATION_METHOD_NAMES,
  ],
  { anyBareCall: true, calledResults: true },
);

/**
 * `resource.method` of a call on a stripe-node client, when it is a `NODE_CARD_METHODS` path: `stripe.tokens.create` →
 * `tokens.create`, also through `this.stripe`, optional chains, `const pm = stripe.paymentMethods` and
 * `const { customers } = stripe`. Null for any other call; the walk stops (before any scope work) as soon as the
 * names read so far are no tail of a listed path, since the receiver only adds names in front.
 */
function stripeNodeMethod(callee: TSESTree.MemberExpression, sourceCode: SourceCode): string | null {
  const names: string[] = [];
  let current: Node = callee;
  for (let step = 0; step < MAX_ALIAS_STEPS + 4; step++) {
    const target = unwrap(current);
    if (target.type === AST_NODE_TYPES.MemberExpression) {
      if (names.length > 0 && isStripeNodeClient(target, sourceCode)) return names.join('.');
      const name = memberName(target, sourceCode);
      if (name === null) return null;
      names.unshift(name);
      if (!NODE_METHOD_TAILS.has(names.join('.'))) return null;
      current = target.object;
      continue;
    }
    if (target.type === AST_NODE_TYPES.Identifier) {
      if (names.length > 1 && Object.hasOwn(NODE_CARD_METHODS, names.join('.')) && isStripeNodeClient(target, sourceCode)) return names.join('.');
      const alias = aliasOf(target, sourceCode);
      if (alias) {
        if (alias.key !== null) {
          names.unshift(alias.key);
          if (!NODE_METHOD_TAILS.has(names.join('.'))) return null;
        }
        current = alias.object;
        continue;
      }
      return isStripeNodeClient(target, sourceCode) ? names.join('.') : null;
    }
    return isStripeNodeClient(target, sourceCode) ? names.join('.') : null;
  }
  return null;
}

/** `const pm = stripe.paymentMethods` → (stripe.paymentMethods); `const { customers } = stripe` → (stripe, 'customers'). */
function aliasOf(id: TSESTree.Identifier, sourceCode: SourceCode): { object: Node; key: string | null } | null {
  const resolved = resolveValue(id, sourceCode);
  if (resolved !== id && resolved.type === AST_NODE_TYPES.MemberExpression) return { object: resolved, key: null };
  const variable = variableOf(id, sourceCode);
  const def = variable?.defs[0];
  if (!variable || !def || variable.defs.length !== 1 || def.type !== 'Variable') return null;
  const declarator = def.node;
  if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern || !declarator.init) return null;
  if (!variable.references.every((ref) => ref.init === true || !ref.isWrite())) return null;
  for (const prop of declarator.id.properties) {
    if (prop.type !== AST_NODE_TYPES.Property || (prop.value !== def.name && !(prop.value.type === AST_NODE_TYPES.AssignmentPattern && prop.value.left === def.name))) {
      continue;
    }
    const key = propertyKey(prop, sourceCode);
    return key === null ? null : { object: declarator.init, key };
  }
  return null;
}

/** A card number written statically: its digits and the quote style to reuse (numbers use `'`). */
function staticCardNumber(node: Node, sourceCode: SourceCode): { digits: string; quote: string } | null {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Literal) {
    if (typeof target.value === 'string') return { digits: target.value, quote: target.raw.startsWith('"') ? '"' : "'" };
    if (typeof target.value === 'number' || typeof target.value === 'bigint') {
      // raw, not value: 16-digit numbers can exceed Number.MAX_SAFE_INTEGER
      return { digits: target.raw.replace(/[_n]/g, ''), quote: "'" };
    }
    return null;
  }
  if (target.type === AST_NODE_TYPES.TemplateLiteral && target.expressions.length === 0) {
    return { digits: target.quasis[0]?.value.cooked ?? '', quote: "'" };
  }
  const value = staticValue(target, sourceCode);
  if (typeof value === 'string') return { digits: value, quote: "'" };
  if (typeof value === 'number' && Number.isSafeInteger(value)) return { digits: String(value), quote: "'" };
  return null;
}

/** The property at `path` inside an object argument (through consts and spreads), if it is statically there. */
function propertyAt(argument: Node, path: Path, sourceCode: SourceCode): TSESTree.Property | null {
  let current: Node = argument;
  let found: TSESTree.Property | null = null;
  for (const key of path) {
    const entry = objectEntry(current, sourceCode, key);
    if (!entry) return null;
    found = entry.property;
    current = entry.value;
  }
  return found;
}

function isParameter(node: Node, sourceCode: SourceCode): boolean {
  const target = unwrap(node);
  return target.type === AST_NODE_TYPES.Identifier && variableOf(target, sourceCode)?.defs[0]?.type === 'Parameter';
}

/** Source text of a property's key, as it must be written in `key: value` form. */
function keyText(property: TSESTree.Property, fallback: string, sourceCode: SourceCode): string {
  if (property.shorthand) return fallback;
  const text = sourceCode.getText(property.key);
  return property.computed ? `[${text}]` : text;
}

/** What the request checks read of a request, or of a navigation (`navigation`) read as one. */
type Outgoing = Pick<HttpRequest, 'url' | 'urlNode' | 'bodies' | 'queries' | 'method' | 'graphql' | 'meteorMethod' | 'supabaseFunction' | 'apexMethod' | 'trpcProcedure' | 'callers'> & {
  client: string;
  call: Node;
  navigation?: Navigation;
};

/** What a request sends in one place: a body, or its URL's query string (`query`). */
interface Payload {
  fields: PayloadField[];
  query: boolean;
  /** The body argument the fields were read from. */
  body?: Node;
  /** The call of a request helper that passed this body (`HttpRequest.callers`). */
  caller?: TSESTree.CallExpression;
}

/**
 * Fields that say a payment card: a CVC or track data, or a card number with an expiry date (a number with a PIN is
 * a gift or transit card's as often).
 */
function corroboratesPaymentCard(fields: readonly CardPayloadField[]): boolean {
  return fields.some((f) => f.kind === 'cvc' || f.kind === 'track') || (fields.some((f) => f.kind === 'pan') && fields.some((f) => f.kind === 'expiry'));
}

/** A Stripe Terminal reader's id as a body's key (`reader_id`, `readerId`). */
const TERMINAL_READER_KEY = /^reader_?id$/i;

/**
 * A card number sent with a Terminal reader's id to a path that names a simulation (`/simulate_payment`): Stripe
 * Terminal's quickstart hands the simulated reader a test card this way (its server calls
 * `testHelpers.terminal.readers.presentPaymentMethod`, which takes only test cards; real-world batch 301). A real
 * reader reads the card itself: no card-present flow sends a typed number beside the reader.
 */
function simulatesTerminalReader(where: string | undefined, fields: readonly PayloadField[]): boolean {
  if (where === undefined || !/simulat/i.test(where)) return false;
  return fields.some((field) => field.path.length === 1 && TERMINAL_READER_KEY.test(field.path[0]!));
}

/**
 * A request helper's call that sends another kind of card's body: its path argument names one
 * (`request('/gift-cards/redeem', { body })`), or the code around it is named for one (`const redeemGiftCard = …`).
 */
function callerForOtherKindOfCard(caller: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const path = caller.arguments.map((arg) => (arg.type === AST_NODE_TYPES.SpreadElement ? null : staticString(arg, sourceCode))).find((text) => text != null);
  return forOtherKindOfCard(path, caller);
}

/**
 * A value read off an object named for another kind of card (`giftCard.number`, `gift.cardNumber`,
 * `transit.cardNumber`; real-world batch FK): that card's number or PIN, whatever key it is sent under.
 */
function readOffOtherKindOfCard(value: Node, sourceCode: SourceCode): boolean {
  const target = unwrap(value);
  if (target.type !== AST_NODE_TYPES.MemberExpression && target.type !== AST_NODE_TYPES.Identifier) return false;
  const path = sourceCode.getText(target);
  return path.length <= 80 && /^[\w$.?!]+$/.test(path) && pathNamesOtherKindOfCard(path);
}

/** The first `key=` of a URL's text: no `/` and no unknown part in the key. */
const FIRST_PARAMETER = new RegExp(`[^/${URL_HOLE}]*=`);

/**
 * A URL's text up to its query string: before its first `?`, or, with none written, before its first parameter
 * (`${base}cardnumber=${n}`: the `?` sits in the unknown part).
 */
function withoutQuery(written: string): string {
  const hash = written.indexOf('#');
  const url = hash < 0 ? written : written.slice(0, hash);
  const mark = url.indexOf('?');
  if (mark >= 0) return url.slice(0, mark);
  const parameter = FIRST_PARAMETER.exec(url);
  return parameter ? url.slice(0, parameter.index) : url;
}

/** Does the request's URL text write a query parameter (`key=`)? Where it does, its query string is read as a payload. */
const writesQuery = (request: Outgoing): request is Outgoing & { url: string; urlNode: TSESTree.Node } =>
  request.urlNode !== null && request.url !== null && request.url.includes('=');

/**
 * Sensitive fields grouped by the node a report points at (one report per key node; a hand-built form string that
 * spells several keys is one), each group with its field names (as `fieldName` writes them) and what they are.
 */
function findingsByNode(
  sensitive: readonly CardPayloadField[],
  fieldName: (field: CardPayloadField) => string,
): { node: Node; fields: CardPayloadField[]; names: string; what: string }[] {
  const byNode = new Map<Node, CardPayloadField[]>();
  for (const field of sensitive) byNode.set(field.keyNode, [...(byNode.get(field.keyNode) ?? []), field]);
  return [...byNode].map(([node, fields]) => ({
    node,
    fields,
    names: [...new Set(fields.map(fieldName))].join(', '),
    what: [...new Set(fields.map((f) => CARD_FIELD_LABEL[f.kind]))].join(' and '),
  }));
}

/** `card.number` → `card[number]`, the form-encoded spelling used on the wire. */
const bracketName = (name: string): string => {
  const [head, ...rest] = name.split('.');
  return head + rest.map((segment) => `[${segment}]`).join('');
};
