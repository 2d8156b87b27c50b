import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isStripeJsConstruction, isStripeNodeConstruction, stripeKindOf } from '../analysis/stripe-clients.js';
import { locOf, withMarkupListeners, type MarkupElement, type MarkupNode, type MarkupValuePiece } from '../analysis/markup.js';
import { stringPieces } from '../analysis/string-use.js';
import { memberName, resolveValue, staticPrefix, staticString, unwrap } from '../analysis/values.js';
import {
  envVariableFor,
  findStripeKeys,
  isSecretKeyType,
  KEY_TYPE_LABEL,
  keyTypeOfValue,
  type StripeKeyMode,
  type StripeKeyType,
} from '../stripe/keys.js';
import { createRule } from '../util/create-rule.js';

type Node = TSESTree.Node;

export const MESSAGE_IDS = ['hardcodedKey', 'secretKeyInClient', 'publishableKeyOnServer', 'useEnv'] as const;
export type MessageIds = (typeof MESSAGE_IDS)[number];

export interface RuleOptions {
  allowTestKeys: boolean;
}
type Options = [RuleOptions];

const label = (type: StripeKeyType, mode: StripeKeyMode | null): string => (mode ? `${mode} ` : '') + KEY_TYPE_LABEL[type];

/** Parents under which a string literal can be replaced by `process.env.X` without changing the program's shape. */
const EXPRESSION_PARENTS = new Set<string>([
  AST_NODE_TYPES.VariableDeclarator,
  AST_NODE_TYPES.PropertyDefinition,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.AssignmentExpression,
  AST_NODE_TYPES.AssignmentPattern,
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.ReturnStatement,
  AST_NODE_TYPES.ArrowFunctionExpression,
  AST_NODE_TYPES.JSXExpressionContainer,
  AST_NODE_TYPES.ConditionalExpression,
  AST_NODE_TYPES.LogicalExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSNonNullExpression,
]);

/** The text that replaces a key literal with an environment read, or `null` where that edit is not safe. */
function envReplacement(node: TSESTree.Literal | TSESTree.TemplateLiteral, name: string): string | null {
  const parent = node.parent;
  if (!parent) return null;
  const read = `process.env.${name}`;
  if (parent.type === AST_NODE_TYPES.JSXAttribute) return `{${read}}`;
  if (parent.type === AST_NODE_TYPES.Property) return parent.value === node && !parent.shorthand ? read : null;
  if (parent.type === AST_NODE_TYPES.TSAsExpression) {
    // `'sk_…' as const` cannot become `process.env.X as const`.
    const type = parent.typeAnnotation;
    const isConst = type.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier && type.typeName.name === 'const';
    return isConst ? null : read;
  }
  if (parent.type === AST_NODE_TYPES.PropertyDefinition && parent.value !== node) return null;
  return EXPRESSION_PARENTS.has(parent.type) ? read : null;
}

/** Composite string expressions (`'sk_live_' + body`, `` `sk_live_${body}` ``) that are not part of a larger one. */
function isCompositeTop(node: TSESTree.BinaryExpression | TSESTree.TemplateLiteral): boolean {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+') return false;
  if (parent?.type === AST_NODE_TYPES.TemplateLiteral) return false;
  return true;
}

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-stripe-key',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Stripe secret, restricted and webhook-signing keys in source, and keys of the wrong kind for client or server',
      recommended: 'recommended',
      saq: 'A-requirement',
      markup: true,
      strictOptions: [{ allowTestKeys: false }],
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowTestKeys: {
            type: 'boolean',
            description: 'Allow test-mode secret and restricted keys (sk_test_, rk_test_) in source; they are still reported when passed to client-side Stripe.',
          },
        },
      },
    ],
    defaultOptions: [{ allowTestKeys: true }],
    messages: {
      hardcodedKey:
        "Hardcoded Stripe {{label}} ({{prefix}}…). Anyone with the source, its history or the bundle can use it, and Stripe's security guide says to keep secret keys out of source control. Load it from the environment or a secret manager, and roll this key in the Dashboard.",
      secretKeyInClient:
        'A Stripe {{label}} ({{prefix}}…) is passed to {{callee}}, which runs in the browser: every visitor would get API access to the account. Pass the publishable key (pk_…) and keep secret keys on the server.',
      publishableKeyOnServer:
        'A publishable key ({{prefix}}…) is given to the stripe-node client, which needs a secret (sk_…) or restricted (rk_…) key: server calls will fail. Read the server key from the environment.',
      useEnv: 'Read it from process.env.{{name}} instead.',
    },
  },
  defaultOptions: [{ allowTestKeys: true }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const allowTest = options.allowTestKeys;
    const reportable = (key: { type: StripeKeyType; mode: StripeKeyMode | null }): boolean =>
      isSecretKeyType(key.type) && !(allowTest && key.mode === 'test');

    /** Key texts written in single string pieces (reported there, so composites do not repeat them). */
    const writtenKeys = new Set<string>();
    const composites: (TSESTree.BinaryExpression | TSESTree.TemplateLiteral)[] = [];
    /** Literals already reported as a secret key passed to the browser. */
    const reportedInClient = new Set<Node>();
    /** String literals, templates and JSX text that spell at least one key, in source order. */
    const leaves = new Set<TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.JSXText>();

    function collectLeaf(node: TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.JSXText, text: string): void {
      const keys = findStripeKeys(text);
      if (keys.length === 0) return;
      for (const key of keys) writtenKeys.add(key.text);
      leaves.add(node);
    }

    function reportLeaf(node: TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.JSXText): void {
      if (reportedInClient.has(node)) return;
      if (node.type === AST_NODE_TYPES.JSXText) {
        for (const key of findStripeKeys(node.value).filter(reportable)) {
          context.report({ node, messageId: 'hardcodedKey', data: { label: label(key.type, key.mode), prefix: key.prefix } });
        }
        return;
      }
      for (const piece of stringPieces(node, sourceCode.text)) {
        for (const key of findStripeKeys(piece.text).filter(reportable)) {
          const data = { label: label(key.type, key.mode), prefix: key.prefix };
          const whole = key.index === 0 && key.text.length === piece.text.length && piece.leading && piece.trailing;
          const replacement = whole ? envReplacement(node, envVariableFor(key.type)) : null;
          const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = replacement
            ? [{ messageId: 'useEnv', data: { name: envVariableFor(key.type) }, fix: (fixer) => fixer.replaceText(node, replacement) }]
            : [];
          if (piece.raw === piece.text) {
            const start = piece.rawStart + key.index;
            const end = start + key.text.length;
            context.report({
              loc: { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(end) },
              messageId: 'hardcodedKey',
              data,
              suggest,
            });
          } else {
            context.report({ node, messageId: 'hardcodedKey', data, suggest });
          }
        }
      }
    }

    function checkComposite(node: TSESTree.BinaryExpression | TSESTree.TemplateLiteral): void {
      const value = reportedInClient.has(node) ? null : staticString(node, sourceCode);
      if (value === null) return;
      for (const key of findStripeKeys(value)) {
        if (writtenKeys.has(key.text) || !reportable(key)) continue;
        context.report({ node, messageId: 'hardcodedKey', data: { label: label(key.type, key.mode), prefix: key.prefix } });
      }
    }

    /** The key a client / server Stripe constructor receives, judged from its known leading text. */
    function keyOfArgument(arg: Node | undefined): ReturnType<typeof keyTypeOfValue> {
      if (!arg || arg.type === AST_NODE_TYPES.SpreadElement) return null;
      const prefix = staticPrefix(resolveValue(arg, sourceCode), sourceCode);
      return prefix ? keyTypeOfValue(prefix.text, prefix.complete) : null;
    }

    function clientCallee(node: TSESTree.CallExpression): string | null {
      const callee = unwrap(node.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee, sourceCode) === 'setPublishableKey') {
        return stripeKindOf(callee.object, sourceCode) === 'js-global' ? 'Stripe.setPublishableKey' : null;
      }
      if (!isStripeJsConstruction(node, sourceCode)) return null;
      return stripeKindOf(node.callee, sourceCode) === 'js-loader' ? 'loadStripe' : 'Stripe()';
    }

    function checkConstruction(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      const arg = node.arguments[0];
      if (!arg) return;
      if (node.type === AST_NODE_TYPES.CallExpression) {
        const callee = clientCallee(node);
        if (callee !== null) {
          const key = keyOfArgument(arg);
          if (key && isSecretKeyType(key.type)) {
            context.report({
              node: arg,
              messageId: 'secretKeyInClient',
              data: { label: label(key.type, key.mode), prefix: key.prefix, callee },
            });
            const target = unwrap(arg);
            if (
              target.type === AST_NODE_TYPES.Literal ||
              target.type === AST_NODE_TYPES.TemplateLiteral ||
              target.type === AST_NODE_TYPES.BinaryExpression
            ) {
              reportedInClient.add(target);
            }
          }
          return;
        }
      }
      if (!isStripeNodeConstruction(node, sourceCode)) return;
      const key = keyOfArgument(arg);
      if (key?.type !== 'publishable') return;
      const literal = unwrap(arg);
      const replacement =
        literal.type === AST_NODE_TYPES.Literal && literal === arg ? envReplacement(literal, envVariableFor('secret')) : null;
      context.report({
        node: arg,
        messageId: 'publishableKeyOnServer',
        data: { prefix: key.prefix },
        suggest: replacement
          ? [{ messageId: 'useEnv', data: { name: envVariableFor('secret') }, fix: (fixer) => fixer.replaceText(literal, replacement) }]
          : [],
      });
    }

    /** Where a key found at `index` of a markup text is written: its own range, or the whole node. */
    const markupLoc = (start: number | null, index: number, length: number, node: MarkupNode): TSESTree.SourceLocation =>
      locOf(sourceCode, start === null ? node.range : [start + index, start + index + length]);

    /** Attribute values of a page or template are sent to every visitor's browser, test keys included. */
    function checkMarkupElement(element: MarkupElement): void {
      for (const attribute of element.attributes) {
        for (const piece of attribute.pieces) {
          for (const key of findStripeKeys(piece.text).filter((k) => isSecretKeyType(k.type))) {
            context.report({
              loc: markupLoc(piece.start, key.index, key.text.length, attribute.valueNode),
              messageId: 'secretKeyInClient',
              data: { label: label(key.type, key.mode), prefix: key.prefix, callee: `the <${element.tag}${attribute.name ? ` ${attribute.name}` : ''}> attribute` },
            });
          }
        }
      }
    }

    /** Text and comments of an HTML page (inline scripts are linted as JavaScript blocks). */
    function checkMarkupText(pieces: readonly MarkupValuePiece[], node: MarkupNode): void {
      for (const piece of pieces) {
        if (piece.template) continue; // `{# … #}` comments, `{{ expr }}` output: unknown
        for (const key of findStripeKeys(piece.text).filter(reportable)) {
        context.report({
          loc: markupLoc(piece.start, key.index, key.text.length, node),
          messageId: 'hardcodedKey',
          data: { label: label(key.type, key.mode), prefix: key.prefix },
        });
        }
      }
    }

    return withMarkupListeners(sourceCode, { element: checkMarkupElement, text: checkMarkupText }, () => ({
      Literal(node) {
        if (typeof node.value === 'string') collectLeaf(node, node.value);
      },
      TemplateLiteral(node) {
        for (const quasi of node.quasis) collectLeaf(node, quasi.value.cooked ?? quasi.value.raw);
        if (node.expressions.length > 0 && isCompositeTop(node)) composites.push(node);
      },
      JSXText(node) {
        collectLeaf(node, node.value);
      },
      'BinaryExpression[operator="+"]'(node: TSESTree.BinaryExpression) {
        if (isCompositeTop(node)) composites.push(node);
      },
      CallExpression: checkConstruction,
      NewExpression: checkConstruction,
      'Program:exit'() {
        for (const node of leaves) reportLeaf(node);
        for (const node of composites) checkComposite(node);
        for (const comment of sourceCode.getAllComments()) {
          for (const key of findStripeKeys(comment.value).filter(reportable)) {
            const start = comment.range[0] + 2 + key.index;
            context.report({
              loc: { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(start + key.text.length) },
              messageId: 'hardcodedKey',
              data: { label: label(key.type, key.mode), prefix: key.prefix },
            });
          }
        }
      },
    }));
  },
});
