import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { collectibleCardNumber, holdsStripeTestCard, inOtherKindOfCardCode, isIssuedCardDetail, mayNameCardData, partsBesideArguments, sensitiveFieldReadFrom, sensitiveParts, textNamesOtherKindOfCard } from '../analysis/card-data.js';
import { CARD_FIELD_LABEL } from '../analysis/card-fields.js';
import { callSelectors, LOG_CALL_METHODS, LOG_CALL_METHODS_WITHOUT_SDK, LOG_NAMED_METHOD, logSinkOfCall, mayLogThroughBareCalls, mayLogToTelemetry, redactedByLogger } from '../analysis/sinks.js';
import { isTestSource } from '../analysis/test-files.js';
import { staticString } from '../analysis/values.js';
import { createRule, reportOnce } from '../util/create-rule.js';

export const MESSAGE_IDS = ['panLogged', 'authDataLogged', 'issuedCardDetailLogged', 'cardDataObjectLogged'] as const;
export type MessageIds = (typeof MESSAGE_IDS)[number];
type Options = [{ loggerNames: string[] }];

/**
 * Only calls that can be log sinks reach the listener: member calls by method name (also methods named to log, which
 * may forward to a logger: `this.logCard(…)`), identifier callees where needed.
 */
const CALLS = callSelectors(LOG_CALL_METHODS, LOG_NAMED_METHOD);
/** In a file that imports no telemetry SDK: not the SDK methods named like other objects' (`res.send`, `map.set`). */
const CALLS_WITHOUT_SDK = callSelectors(LOG_CALL_METHODS_WITHOUT_SDK, LOG_NAMED_METHOD);


export default createRule<Options, MessageIds>({
  name: 'no-card-data-logging',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow passing card numbers, security codes, track data or PINs to console, logger, error-tracker or analytics calls',
      recommended: 'recommended',
      saq: 'D',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          loggerNames: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Extra receiver names to treat as loggers (their `info` / `warn` / `error` / `debug` / `trace` / `fatal` / `log` calls), e.g. `["audit"]`.',
          },
        },
      },
    ],
    defaultOptions: [{ loggerNames: [] }],
    messages: {
      panLogged:
        '`{{name}}` is a {{kind}} and is written to {{sink}}. Logs are stored data: PCI DSS 3.4 requires the PAN to be unreadable there too, and Requirement 10 audit logs must not carry it. Log the PaymentMethod id, brand or last4 instead.',
      authDataLogged:
        '`{{name}}` is a {{kind}} and is written to {{sink}}. PCI DSS 3.3 forbids keeping sensitive authentication data after authorisation, and logs are kept (Requirement 10). Never log it; log the PaymentMethod id, brand or last4 instead.',
      issuedCardDetailLogged:
        "`{{name}}` is the {{kind}} of a Stripe Issuing card (retrieved with `expand`) and is written to {{sink}}. Logs are stored data, kept for audits (Requirement 10): a logged card number or CVC puts every system that keeps the logs in PCI DSS scope. Log the Issuing card's id or last4 instead, and show the details to the cardholder with Issuing Elements.",
      cardDataObjectLogged:
        '`{{object}}` holds {{kind}}: this function {{access}} `{{object}}.{{name}}`, and the whole object is written to {{sink}}. Logs are stored data, and PCI DSS 3.3 / 3.4 forbid keeping card data there. Log only the fields you need, without the card number or security code.',
    },
  },
  defaultOptions: [{ loggerNames: [] }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    if (!mayNameCardData(sourceCode)) return {};
    const report = reportOnce(context);
    const onCall = (node: TSESTree.CallExpression): void => {
      const sink = logSinkOfCall(node, sourceCode, options);
      // What a test prints is its own test cards, in a test run's output.
      if (!sink || isTestSource(context)) return;
      const seen = new Set<unknown>();
      const partsOfArgs = partsBesideArguments(
        sink.args,
        sink.args.map((arg) => sensitiveParts(arg, sourceCode, { documents: true, encrypted: true })),
        sourceCode,
      );
      // A gift or loyalty card's number and PIN, logged by code named for that card, unless a CVC, which only payment
      // cards have, goes with them (real-world batch 99).
      const otherKindOfCard = partsOfArgs.some((parts) => parts.length > 0) && partsOfArgs.every((parts) => parts.every((part) => part.kind === 'pan' || part.kind === 'pin')) && inOtherKindOfCardCode(node);
      for (const [index, arg] of sink.args.entries()) {
        const parts = partsOfArgs[index]!;
        if (parts.length === 0) {
          // A whole object (`req.body`) whose card field the same function reads (`req.body.cvc`): logged with it.
          const held = sensitiveFieldReadFrom(arg, sourceCode);
          if (held && !seen.has(arg) && !collectibleCardNumber(held.kind, sourceCode)) {
            seen.add(arg);
            report({
              node: arg,
              messageId: 'cardDataObjectLogged',
              data: { object: held.object, name: held.name, access: held.access, kind: `the ${CARD_FIELD_LABEL[held.kind]}`, sink: sink.label },
            });
          }
          continue;
        }
        if (otherKindOfCard) continue;
        // A message argument before the value that names another kind of card (`context.log('redeem gift card',
        // body.cardNumber)`, real-world batch FM), as the text before a value in a template does; or right after it, as
        // pino's message after the merging object (`logger.info({ cardNumber, pin }, 'gift card balance')`, batch GH).
        if (
          parts.every((part) => part.kind === 'pan' || part.kind === 'pin') &&
          (sink.args.slice(0, index).some((before) => textNamesOtherKindOfCard(staticString(before, sourceCode))) ||
            textNamesOtherKindOfCard(sink.args[index + 1] ? staticString(sink.args[index + 1]!, sourceCode) : null, true))
        ) {
          continue;
        }
        for (const part of parts) {
          // One of Stripe's test cards, written in the file (a browser automation script paying with it); a collectible
          // card's number.
          if (seen.has(part.node) || holdsStripeTestCard(part.node, sourceCode) || collectibleCardNumber(part.kind, sourceCode)) continue;
          // A pino logger's own `redact` list that censors the key it is written under (`redact: ['*.cvc']`).
          if (index === 0 && redactedByLogger(node, part.node, sourceCode)) continue;
          seen.add(part.node);
          report({
            node: part.node,
            // An Issuing card's own details: the card program's advice, not a payment's (as no-sensitive-card-storage's).
            messageId: isIssuedCardDetail(part.node, sourceCode) ? 'issuedCardDetailLogged' : part.kind === 'pan' ? 'panLogged' : 'authDataLogged',
            data: { name: part.name, kind: CARD_FIELD_LABEL[part.kind], sink: sink.label },
          });
        }
      }
    };
    const calls = mayLogToTelemetry(sourceCode) ? CALLS : CALLS_WITHOUT_SDK;
    const listeners: TSESLint.RuleListener = { [calls.named]: onCall, [calls.computed]: onCall, [calls.wrapped]: onCall };
    if (mayLogThroughBareCalls(sourceCode)) listeners[calls.bare] = onCall;
    return listeners;
  },
});
