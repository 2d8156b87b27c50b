import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isStripeNodeConstruction, mentionsStripe, stripeMethodCall } from '../analysis/stripe-clients.js';
import { samePath } from '../analysis/card-data.js';
import { isHttpMockMatcher } from '../analysis/http-mocks.js';
import { httpRequestOf, requestTarget } from '../analysis/http-calls.js';
import { isAssertionInput, isComparedOrSearched, sourceMaySpell, sourceSpellsEscaped, sourceSpellsPlainly, spellingTerm, stringPieces, type StringPiece } from '../analysis/string-use.js';
import { insecureStripeUrls, isLoopbackHost, parseUrl, STRIPE_HOST_TERMS, type ParsedUrl } from '../analysis/urls.js';
import { isMarkupFile, locOf, withMarkupListeners, type MarkupElement } from '../analysis/markup.js';
import { appliesAlongside, conditionalEntries, memberName, objectEntries, payloadFields, resolveValue, staticPrefix, staticString, unwrap, type ObjectEntry } from '../analysis/values.js';
import { CALLBACK_URL_METHOD_NAMES, callbackUrlEndpoint, callbackUrlParam, type CallbackUrlPurpose } from '../stripe/callback-urls.js';
import { isStripeHost, STRIPE_API_HOST, STRIPE_HOST_DOMAINS, STRIPE_HOSTS, STRIPE_WILDCARD_PARENTS } from '../stripe/hosts.js';
import { createRule } from '../util/create-rule.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

export const MESSAGE_IDS = [
  'insecureStripeUrl',
  'protocolRelativeStripeUrl',
  'httpStripeClient',
  'insecureWebhookUrl',
  'insecureRedirectUrl',
  'useHttps',
] as const;
export type MessageIds = (typeof MESSAGE_IDS)[number];

const SECURE_SCHEME: Readonly<Record<string, string>> = { http: 'https', ws: 'wss' };

/** How an insecure Stripe URL is reported, and the scheme its fix writes (`//host` takes `https:`). */
const insecureUrlFix = (url: ParsedUrl): { messageId: 'protocolRelativeStripeUrl' | 'insecureStripeUrl'; secure: string } =>
  url.scheme === '' ? { messageId: 'protocolRelativeStripeUrl', secure: 'https:' } : { messageId: 'insecureStripeUrl', secure: `${SECURE_SCHEME[url.scheme]}:` };

/** The same URLs found in the raw source text (escapes elsewhere in the string), or `null` when they differ. */
function rawLocations(raw: string | null, urls: readonly ParsedUrl[], leading: boolean, trailing: boolean): ParsedUrl[] | null {
  if (raw === null) return null;
  const found = insecureStripeUrls(raw, leading, trailing);
  return found.length === urls.length && found.every((u, i) => u.host === urls[i]!.host && u.scheme === urls[i]!.scheme) ? found : null;
}

/** Where the `http:` of a string value is written: the literal / quasi that leads it, through consts and `+`. */
function leadingSchemeOffset(node: Node, sourceCode: SourceCode, depth = 0): number | null {
  if (depth > 8) return null;
  const target = resolveValue(node, sourceCode);
  if (target.type === AST_NODE_TYPES.Literal && typeof target.value === 'string') return target.range[0] + 1;
  if (target.type === AST_NODE_TYPES.TemplateLiteral) {
    const first = target.quasis[0];
    if (first && first.value.raw !== '') return first.range[0] + 1;
    const expr = target.expressions[0];
    return expr ? leadingSchemeOffset(expr, sourceCode, depth + 1) : null;
  }
  if (target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+') {
    return leadingSchemeOffset(target.left, sourceCode, depth + 1);
  }
  return null;
}

/**
 * What every finding needs written in the file: `stripe` (hosts, the package, client names) or a Stripe host without
 * it (`link.com`). Terms are shared with other rules' scans (one term per word: the scan finds one term per position).
 */
const STRIPE_OR_LINK = ['stripe', ...new Set([...STRIPE_HOSTS, ...STRIPE_WILDCARD_PARENTS].filter((host) => !host.includes('stripe') && !host.endsWith('.link.com')))].map(
  (word) => spellingTerm([word], { ignoreCase: true }),
);
/** The Stripe domains that do not contain `stripe`. */
const LINK_TERMS = [spellingTerm(STRIPE_HOST_DOMAINS.filter((domain) => !domain.includes('stripe')), { ignoreCase: true, everyFile: true })];
/**
 * The plain-HTTP scheme as the calls' checks can find it, in any case: in a URL (`http:`), or alone as a string
 * (`protocol: 'http'`, a const that a template puts before `://`). A scheme assembled from pieces (`'ht' + 'tp'`) is not
 * read.
 */
const HTTP_SCHEME_TERMS = [spellingTerm(['http:', "'http'", '"http"', '`http`'], { ignoreCase: true })];
const STRIPE_API_HOST_TERMS = [spellingTerm([STRIPE_API_HOST], { ignoreCase: true })];

/** The header that makes VTEX IO's outbound proxy use HTTPS, and the import of its client classes. */
const VTEX_HTTPS_HEADER = /x-vtex-use-https/i;
const VTEX_API_IMPORT = /['"]@vtex\/api['"]/;

export default createRule<[], MessageIds>({
  name: 'require-https-stripe-urls',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require HTTPS for Stripe URLs, the Stripe client, and the webhook and redirect URLs given to Stripe',
      recommended: 'recommended',
      saq: 'A-requirement',
      markup: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      insecureStripeUrl:
        '{{url}} reaches Stripe over plain HTTP. Stripe requires HTTPS for every interaction, and a payment page that loads Stripe over http can be tampered with in transit (PCI DSS requirement 4). Use https://.',
      protocolRelativeStripeUrl:
        '{{url}} is protocol-relative: on a page served over http it loads Stripe over plain HTTP, which Stripe and PCI DSS requirement 4 forbid. Write https:// explicitly.',
      httpStripeClient:
        "protocol: 'http' makes stripe-node send the secret key and payment data to {{host}} unencrypted (PCI DSS requirement 4). Use 'https'; plain http is only for stripe-mock on a loopback host.",
      insecureWebhookUrl:
        '{{param}} registers a plain-HTTP webhook endpoint ({{url}}): Stripe would deliver payment events to it unencrypted (PCI DSS requirement 4). Use an https:// URL (loopback URLs are fine for local testing).',
      insecureRedirectUrl:
        '{{param}} sends customers back to a plain-HTTP page ({{url}}) after a Stripe payment step, exposing the session in transit (PCI DSS requirement 4). Use an https:// URL (loopback URLs are fine for local testing).',
      useHttps: 'Use https:// for this URL.',
    },
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    // Exact: every Stripe host contains `stripe` or is `link.com` or below it, every Stripe client is found through a
    // `stripe` module specifier or name; spellings with escapes or entities count (one shared scan per file). In
    // scripts, narrower: strings only where a Stripe domain is spelled, calls only where `stripe` is.
    // Stripe clients are only recognised where the text says `stripe` plainly (`mentionsStripe`, one scan per file
    // for every rule); a Stripe domain without `stripe` is `link.com`.
    const markup = isMarkupFile(sourceCode);
    if (markup && !sourceMaySpell(sourceCode, STRIPE_OR_LINK)) return {};
    const stripe = mentionsStripe(sourceCode);
    const checksStrings =
      markup ||
      (stripe && sourceSpellsPlainly(sourceCode, STRIPE_HOST_TERMS)) ||
      sourceSpellsPlainly(sourceCode, LINK_TERMS) ||
      sourceSpellsEscaped(sourceCode, STRIPE_HOST_TERMS);
    // Calls (a client's `protocol`, a Stripe call's callback URLs) report only a plain-HTTP scheme the file writes.
    const checksCalls = markup || (stripe && sourceMaySpell(sourceCode, HTTP_SCHEME_TERMS));
    if (!checksStrings && !checksCalls) return {};
    // A VTEX IO client (`@vtex/api`) sends its requests through VTEX's outbound proxy, which speaks HTTPS to the host
    // where the request says `X-Vtex-Use-Https: true`, and wants the `http://` URL (real-world batch 274: a Stripe
    // connector's `ExternalClient`); rewriting it to `https://` would break the client.
    if (!markup && VTEX_HTTPS_HEADER.test(sourceCode.text) && VTEX_API_IMPORT.test(sourceCode.text)) return {};

    /** A string that is only compared or searched for, a check's input or an HTTP mock's matcher: it requests nothing. */
    const onlyDescribes = (node: TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.BinaryExpression): boolean =>
      isComparedOrSearched(node) || isAssertionInput(node) || isHttpMockMatcher(node, sourceCode);

    function checkString(node: TSESTree.Literal | TSESTree.TemplateLiteral): void {
      const parent = node.parent;
      if (parent?.type === AST_NODE_TYPES.TSLiteralType) return; // a type, not a value
      if (parent?.type === AST_NODE_TYPES.Property && parent.key === node && !parent.computed) return;
      // Every URL has a `//` (findUrls). The insecure Stripe URLs are found first, the (scope-walking) use checks after.
      if (node.type === AST_NODE_TYPES.Literal ? !(node.value as string).includes('//') : !node.quasis.some((q) => (q.value.cooked ?? q.value.raw).includes('//'))) return;
      const found: { piece: StringPiece; urls: ParsedUrl[] }[] = [];
      for (const piece of stringPieces(node, sourceCode.text)) {
        const urls = insecureStripeUrls(piece.text, piece.leading, piece.trailing);
        if (urls.length > 0) found.push({ piece, urls });
      }
      if (found.length === 0 || onlyDescribes(node)) return;
      for (const { piece, urls } of found) {
        // Positions map onto the source only when the raw text spells the same URLs at the same offsets.
        const rawUrls = piece.raw === piece.text ? urls : rawLocations(piece.raw, urls, piece.leading, piece.trailing);
        for (const [i, url] of urls.entries()) {
          const located = rawUrls?.[i];
          const written = located ? piece.raw!.slice(url.start, url.hostEnd) : piece.text.slice(url.start, url.hostEnd);
          const { messageId, secure } = insecureUrlFix(url);
          if (!located) {
            context.report({ node, messageId, data: { url: written } });
            continue;
          }
          const start = piece.rawStart + located.start;
          const end = piece.rawStart + located.hostEnd;
          context.report({
            loc: { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(end) },
            messageId,
            data: { url: written },
            fix: (fixer) => fixer.replaceTextRange([start, start + located.schemeLength], secure),
          });
        }
      }
    }

    /**
     * A URL whose scheme the expression's first string writes and whose host a value known in the file completes
     * (`` `http://${STRIPE_HOST}/v1/charges` ``, `'//' + STRIPE_JS_HOST + '/v3'` with `const STRIPE_HOST = 'api.stripe.com'`):
     * its static text up to the first unknown value, the way a URL written whole is read. URLs that the first string
     * holds whole are `checkString`'s.
     */
    function checkJoinedUrl(node: TSESTree.TemplateLiteral | TSESTree.BinaryExpression, first: StringPiece): void {
      if (!first.text.includes('//')) return;
      const prefix = staticPrefix(node, sourceCode);
      if (!prefix || !prefix.text.startsWith(first.text)) return;
      const own = new Set(insecureStripeUrls(first.text, true, first.trailing).map((url) => url.start));
      // The scheme and its `//` written in the first string; the host beyond it.
      const urls = insecureStripeUrls(prefix.text, true, prefix.complete).filter((url) => !own.has(url.start) && url.start + url.schemeLength + 2 <= first.text.length && url.hostEnd > first.text.length);
      if (urls.length === 0 || onlyDescribes(node)) return;
      for (const url of urls) {
        const { messageId, secure } = insecureUrlFix(url);
        const start = first.raw !== null && first.raw.slice(0, url.start + url.schemeLength + 2) === first.text.slice(0, url.start + url.schemeLength + 2) ? first.rawStart + url.start : null;
        context.report({
          node,
          messageId,
          data: { url: prefix.text.slice(url.start, url.hostEnd) },
          fix: start === null ? null : (fixer) => fixer.replaceTextRange([start, start + url.schemeLength], secure),
        });
      }
    }

    /** A `+` chain's first operand when it is a string (`'http://' + HOST`): its text, which the chain continues. */
    function leadingString(node: TSESTree.BinaryExpression): StringPiece | null {
      let left: Node = node;
      while (left.type === AST_NODE_TYPES.BinaryExpression && left.operator === '+') left = left.left;
      if (left.type === AST_NODE_TYPES.Literal ? typeof left.value !== 'string' : left.type !== AST_NODE_TYPES.TemplateLiteral || left.expressions.length > 0) return null;
      const [piece] = stringPieces(left as TSESTree.Literal | TSESTree.TemplateLiteral, sourceCode.text);
      return piece ? { ...piece, trailing: false } : null;
    }

    function checkClientConfig(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      const config = node.arguments[1];
      // objectEntries reads an object literal, directly or through consts: nothing else can hold `protocol`.
      if (!config) return;
      const shape = unwrap(config).type;
      if (shape !== AST_NODE_TYPES.ObjectExpression && shape !== AST_NODE_TYPES.Identifier) return;
      if (!isStripeNodeConstruction(node, sourceCode)) return;
      const entries = objectEntries(config, sourceCode);
      if (!entries) return;
      // Keys a builder sets in an \`if\` (\`if (insecure) { config.protocol = 'http' }\`; real-world batch 230): a
      // protocol so set takes the host set beside it, in the same block, else the config's.
      const conditional = conditionalEntries(config, sourceCode);
      const isHttp = (entry: ObjectEntry): boolean => entry.key === 'protocol' && staticString(entry.value, sourceCode) === 'http';
      const written = entries.find((e) => e.key === 'protocol');
      for (const protocol of [...(written && isHttp(written) ? [written] : []), ...conditional.filter(isHttp)]) {
        // The innermost host set on the protocol's own path: in its branch or in one around it.
        const beside = protocol.conditional
          ? conditional.filter((e) => e.key === 'host' && appliesAlongside(e, protocol)).sort((a, b) => (b.branches?.length ?? 0) - (a.branches?.length ?? 0))[0]
          : undefined;
        const hostEntry = beside ?? entries.find((e) => e.key === 'host');
        const host = hostEntry ? staticString(hostEntry.value, sourceCode) : STRIPE_API_HOST;
        if (host === null || isLoopbackHost(host)) continue; // unknown host (often stripe-mock from the environment)
        // A host set on another path may replace this one: reported, as the path without it sends to this
        // host over plain HTTP, but https may not be what the other host speaks.
        const elsewhere = conditional.some((e) => e.key === 'host' && !appliesAlongside(e, protocol));
        const value = unwrap(protocol.value);
        const editable = value.type === AST_NODE_TYPES.Literal && typeof value.value === 'string';
        const fix = editable
          ? (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange([value.range[0] + 1, value.range[1] - 1], 'https')
          : null;
        // Switching a Stripe host to https is what Stripe serves; another host (or an explicit port) might not speak TLS.
        const safe = isStripeHost(host) && ![...entries, ...conditional].some((e) => e.key === 'port') && !elsewhere;
        context.report({
          node: protocol.value,
          messageId: 'httpStripeClient',
          data: { host },
          fix: safe ? fix : null,
          suggest: !safe && fix ? [{ messageId: 'useHttps', fix }] : [],
        });
      }
    }

    function checkCallbackUrls(node: TSESTree.CallExpression): void {
      const callee = unwrap(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
      const method = memberName(callee, sourceCode);
      if (method === null || !CALLBACK_URL_METHOD_NAMES.has(method)) return;
      const call = stripeMethodCall(node, sourceCode);
      if (!call) return;
      const side =
        call.receiver === 'node-client' ? 'node' : call.receiver === 'js-instance' ? 'js' : call.receiver === 'stripe-by-name' ? null : undefined;
      if (side === undefined) return;
      const param = side ? callbackUrlParam(side, call.path) : (callbackUrlParam('node', call.path) ?? callbackUrlParam('js', call.path));
      if (!param) return;
      const arg = node.arguments[param.arg];
      if (!arg || arg.type === AST_NODE_TYPES.SpreadElement) return;
      for (const keys of param.keys) {
        let value: Node | null = arg;
        for (const key of keys) {
          value = value ? (objectEntries(value, sourceCode)?.find((e) => e.key === key)?.value ?? null) : null;
        }
        if (value) checkCallbackUrl(value, keys.join('.'), param.purpose);
      }
    }

    /**
     * The same parameters in a request to Stripe's REST API made without stripe-node (`fetch('https://api.stripe.com/v1/
     * checkout/sessions', { body: new URLSearchParams({ success_url }) })`; real-world batch 330), in its body or query.
     */
    function checkRestCallbackUrls(node: TSESTree.CallExpression): void {
      const request = httpRequestOf(node, sourceCode);
      const target = request?.url ? requestTarget(request.url) : null;
      const param = target?.host === STRIPE_API_HOST ? callbackUrlEndpoint(target.path) : undefined;
      if (!request || !param) return;
      for (const part of [...request.bodies, ...request.queries]) {
        for (const field of payloadFields(part, sourceCode)) {
          if (field.value && param.keys.some((keys) => samePath(keys, field.path))) {
            checkCallbackUrl(field.value, field.path.join('.'), param.purpose);
          }
        }
      }
    }

    /** A callback URL given to Stripe: reported where its known text starts with a plain-HTTP URL of the merchant's. */
    function checkCallbackUrl(value: Node, name: string, purpose: CallbackUrlPurpose): void {
      const prefix = staticPrefix(resolveValue(value, sourceCode), sourceCode);
      const url = prefix ? parseUrl(prefix.text, prefix.complete) : null;
      if (!prefix || !url || url.scheme !== 'http' || !url.hostComplete || isLoopbackHost(url.host)) return;
      if (isStripeHost(url.host)) return; // reported where the string is written, with an autofix
      const offset = leadingSchemeOffset(value, sourceCode);
      const canEdit = offset !== null && sourceCode.text.slice(offset, offset + 5).toLowerCase() === 'http:';
      context.report({
        node: value,
        messageId: purpose === 'webhook' ? 'insecureWebhookUrl' : 'insecureRedirectUrl',
        data: { param: name, url: prefix.text.slice(url.start, url.hostEnd) },
        suggest: canEdit ? [{ messageId: 'useHttps', fix: (fixer) => fixer.replaceTextRange([offset, offset + 5], 'https:') }] : [],
      });
    }

    /** Every attribute value of an HTML / Vue element (`src`, `href`, `action`, `content`…): its known text. */
    function checkMarkupElement(element: MarkupElement): void {
      for (const attribute of element.attributes) {
        const pieces = attribute.pieces;
        for (const [i, piece] of pieces.entries()) {
          if (piece.template || piece.script) continue; // a Svelte `{'…'}` is a string literal: the Literal listener's
          const leading = !pieces[i - 1]?.template;
          const trailing = !pieces[i + 1]?.template;
          for (const url of insecureStripeUrls(piece.text, leading, trailing)) {
            const written = piece.text.slice(url.start, url.hostEnd);
            const { messageId, secure } = insecureUrlFix(url);
            if (piece.start === null) {
              context.report({ loc: locOf(sourceCode, attribute.valueNode.range), messageId, data: { url: written } });
              continue;
            }
            const start = piece.start + url.start;
            context.report({
              loc: locOf(sourceCode, [start, piece.start + url.hostEnd]),
              messageId,
              data: { url: written },
              fix: (fixer) => fixer.replaceTextRange([start, start + url.schemeLength], secure),
            });
          }
        }
      }
    }

    return withMarkupListeners(sourceCode, { element: checkMarkupElement }, () => {
      const listeners: TSESLint.RuleListener = {};
      if (checksStrings) {
        listeners.Literal = (node) => {
          if (typeof node.value === 'string') checkString(node);
        };
        listeners.TemplateLiteral = (node) => {
          checkString(node);
          const [first] = node.expressions.length > 0 ? stringPieces(node, sourceCode.text) : [];
          if (first && node.parent?.type !== AST_NODE_TYPES.TSLiteralType) checkJoinedUrl(node, first);
        };
        // The top of a \`+\` chain that starts with a string.
        listeners['BinaryExpression[operator="+"]'] = (node: TSESTree.BinaryExpression) => {
          const parent = node.parent;
          if (parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+' && parent.left === node) return;
          const first = leadingString(node);
          if (first) checkJoinedUrl(node, first);
        };
      }
      if (checksCalls) {
        listeners.NewExpression = checkClientConfig;
        // Requests to Stripe's REST API need its host written in the file.
        const callsRestApi = !markup && sourceSpellsPlainly(sourceCode, STRIPE_API_HOST_TERMS);
        listeners.CallExpression = (node) => {
          checkClientConfig(node);
          checkCallbackUrls(node);
          if (callsRestApi) checkRestCallbackUrls(node);
        };
      }
      return listeners;
    });
  },
});
