import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isStripeJsConstruction, isStripeNodeConstruction, mayResolveStripe, mentionsStripe, stripeKindOf } from '../analysis/stripe-clients.js';
import { isMarkupFile, locOf, textNodePieces, withMarkupListeners, type MarkupElement, type MarkupNode, type MarkupValuePiece, type MarkupVisitor } from '../analysis/markup.js';
import { isPageScriptBlock } from '../markup-configs.js';
import { Alphabet, NO_STATIC_VALUE, sourceMaySpell, spellingTerm, StaticText, stringPieces } from '../analysis/string-use.js';
import { isNeverReassigned, memberName, namesAround, propertyKey, resolveValue, staticPrefix, staticString, unwrap, variableOf } from '../analysis/values.js';
import { STRIPE_REACT_NATIVE, stripeReactNativeComponent } from '../analysis/jsx.js';
import { isModuleRef, moduleRefOf } from '../analysis/modules.js';
import { CAPACITOR_STRIPE } from '../stripe/card-params.js';
import { VERIFYING_WEBHOOK_METHODS } from '../stripe/webhooks.js';
import { mayReadPublicEnv, publicEnvRead, publishedForProject, type PublicEnvRead } from '../analysis/env-vars.js';
import { perFile } from '../analysis/file-cache.js';
import { isAngularEnvironmentFile, isInClientOnlyApp } from '../analysis/package-json.js';
import { hasDirective, isAstroComponent, someNode, type PropertyOf } from '../analysis/ast.js';
import { textFinder } from '../analysis/text-search.js';
import { splitWords } from '../analysis/card-fields.js';
import {
  envVariableFor,
  findStripeKeys,
  isSecretKeyType,
  KEY_TYPE_LABEL,
  keyLabel,
  OTHER_PROVIDER_MENTION,
  OTHER_PROVIDERS,
  PUBLISHABLE_KEY_CALLS,
  keyTypeOfValue,
  ORGANIZATION_KEY_PREFIX,
  SECRET_RISK,
  STRIPE_KEY_PREFIXES,
  type StripeKeyMode,
  type StripeKeyType,
} from '../stripe/keys.js';
import { isTestSource } from '../analysis/test-files.js';
import { isGlobalNamed } from '../analysis/globals.js';
import { createRule } from '../util/create-rule.js';

type Node = TSESTree.Node;

export const MESSAGE_IDS = ['hardcodedKey', 'secretKeyInClient', 'secretInPublicEnv', 'publishableKeyOnServer', 'useEnv', 'useImportMetaEnv'] as const;
export type MessageIds = (typeof MESSAGE_IDS)[number];

export interface RuleOptions {
  allowTestKeys: boolean;
}
type Options = [RuleOptions];


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
function envReplacement(node: TSESTree.Literal | TSESTree.TemplateLiteral, name: string, astro: boolean): string | null {
  const parent = node.parent;
  if (!parent) return null;
  // Astro's frontmatter reads server variables from `import.meta.env`; its template renders into the page, where a
  // secret read from the environment would be as public as one written there.
  const read = `${astro ? 'import.meta.env' : 'process.env'}.${name}`;
  if (parent.type === AST_NODE_TYPES.JSXAttribute) return astro ? null : `{${read}}`;
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
        'A Stripe {{label}} ({{prefix}}…) is passed to {{callee}}, which runs in the browser or app: everyone who loads it would get API access to the account. Pass the publishable key (pk_…) and keep secret keys on the server.',
      secretInPublicEnv:
        "`{{name}}` is the {{what}} here ({{callee}}), but {{framework}} publishes it to the browser: any page or component that reads it gets its value with the app's JavaScript, where anyone can read it and {{risk}}. Keep the {{what}} in a server-only variable or config (without the public prefix), and roll it in the Dashboard if it ever reached a client bundle.",
      publishableKeyOnServer:
        'A publishable key ({{prefix}}…) is given to the stripe-node client, which needs a secret (sk_…) or restricted (rk_…) key: server calls will fail. Read the server key from the environment.',
      useEnv: 'Read it from process.env.{{name}} instead.',
      useImportMetaEnv: 'Read it from import.meta.env.{{name}} instead.',
    },
  },
  defaultOptions: [{ allowTestKeys: true }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const markupFile = isMarkupFile(sourceCode);
    // A page, its inline scripts and a Vue or Svelte component run in the browser: every key written there reaches
    // the visitors, a test one too.
    // So does a component of a client-only app (Create React App, React Native): its test secret key is shipped too.
    const inBrowser = markupFile || isPageScriptBlock(context.filename) || (options.allowTestKeys && isClientAppComponent(sourceCode, context));
    const file = new KeyFile(context, options.allowTestKeys && !inBrowser, inBrowser);
    const markup: MarkupVisitor =
      markupFile
        ? { element: (element) => file.markupElement(element), text: (pieces, node) => file.markupText(pieces, node) }
        : {};
    return withMarkupListeners(sourceCode, markup, () => jsListeners(file));
  },
});

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;
/** An HTML comment in an Astro component's template (astro-eslint-parser): `<!-- … -->`, its text as `value`. */
interface AstroHtmlComment {
  type: 'AstroHTMLComment';
  value: string;
  range: [number, number];
  loc: TSESTree.SourceLocation;
}
type TextLeaf = TSESTree.JSXText | AstroHtmlComment;
type Leaf = TSESTree.Literal | TSESTree.TemplateLiteral | TextLeaf;
type Composite = TSESTree.BinaryExpression | TSESTree.TemplateLiteral;
type Construction = TSESTree.CallExpression | TSESTree.NewExpression;

/** Each key prefix, a term of the text scan (publishable keys are never reported where they are written). */
const PREFIX_TERMS = STRIPE_KEY_PREFIXES.filter((p) => isSecretKeyType(p.type)).map((p) => ({ mode: p.mode, term: spellingTerm([p.prefix]) }));
/** A test secret key's prefix (`sk_test_`, `rk_test_`), as the file may write it. */
const mayWriteTestSecret = textFinder(['k_test_']);

/**
 * A module that ends up in the browser bundle or the app binary: one that says `'use client'`, or one that renders
 * JSX (a `.jsx` / `.tsx` file, or JSX in it) in a package that builds a client-only app. Asked only of files that
 * write a test secret key's prefix.
 */
function isClientAppComponent(sourceCode: Readonly<TSESLint.SourceCode>, context: Context): boolean {
  // Test code (a Jest setup rendering a dummy component) is run by the test runner, never bundled.
  if (!mayWriteTestSecret(sourceCode.text) || isTestSource(context)) return false;
  // A React Server Components app (Next.js) sends a `'use client'` module, and every module it imports, to the browser.
  // (real-world batch 88: test keys in Next.js client components)
  if (hasDirective(sourceCode.ast.body, 'use client')) return true;
  // An Angular app's environment file is bundled into the browser app.
  if (isAngularEnvironmentFile(context.physicalFilename)) return true;
  // The manifest (read once per directory) before any walk of the tree.
  if (!isInClientOnlyApp(context.physicalFilename)) return false;
  return (
    /\.[jt]sx$/i.test(context.physicalFilename) ||
    someNode(sourceCode.ast, sourceCode, (node) => node.type === AST_NODE_TYPES.JSXElement || node.type === AST_NODE_TYPES.JSXFragment)
  );
}


/** Words of a comment that call the value before it fake. */
const FAKE_VALUE_WORDS = /\b(?:dummy|fake|mock(?:ed)?)\b/i;

/**
 * Is `index` of a block comment's text inside a JSDoc `@example` (from the tag to the next tag or the comment's end)?
 * An API type's documented example value (`@example whsec_…` of an OpenAPI client's generated `secret` field, another
 * platform's Standard Webhooks secret; real-world batch 257), written for readers of the type, not a key in use.
 */
function inJsDocExample(text: string, index: number): boolean {
  if (!text.startsWith('*')) return false;
  let tag: string | null = null;
  for (const match of text.slice(0, index).matchAll(JSDOC_TAG)) tag = match[1]!;
  return tag === 'example';
}
/** A JSDoc block tag: `@` at the start of a line's text, after the leading `*`. */
const JSDOC_TAG = /(?:^|\n)[\t ]*\*?[\t ]*@([A-Za-z]+)/g;

/** The prefixes of keys reported where they are written: test ones only without allowTestKeys. */
const WRITTEN_KEYS = PREFIX_TERMS.map((p) => p.term);
const WRITTEN_LIVE_KEYS = PREFIX_TERMS.filter((p) => p.mode !== 'test').map((p) => p.term);
/**
 * What a key assembled from pieces needs written in the file: its letters with the underscore (`sk_`, as in
 * `'sk_' + 'live_…'` or `` `rk_live_${body}` ``) or as one whole string (`['sk', 'live', body].join('_')`), and its
 * mode (`live`, or `test` where test keys are reported) or the organization prefix (`sk_org_`, which may come
 * without one); or `whsec`. Every key written in one piece has them too.
 */
const KEY_LETTERS = [spellingTerm(['sk_', 'rk_', ...['sk', 'rk'].flatMap((letters) => ["'", '"', '`'].map((quote) => `${quote}${letters}${quote}`))], { everyFile: true })];
const LIVE = [spellingTerm(['live'])];
const LIVE_OR_TEST = [...LIVE, spellingTerm(['test'])];
const WEBHOOK_SECRET = [spellingTerm(['whsec'], { everyFile: true })];
/** An organization key (`sk_org_…`) may be written without a mode. */
const ORGANIZATION_KEY = [spellingTerm([ORGANIZATION_KEY_PREFIX])];

/** The characters of the key prefixes: a value whose characters cannot cover a prefix holds no key. */
const KEY_ALPHABET = new Alphabet(STRIPE_KEY_PREFIXES.map((p) => p.prefix).join(''));
const ALL_PREFIXES = STRIPE_KEY_PREFIXES.map((p) => p.prefix);
const SECRET_PREFIXES = STRIPE_KEY_PREFIXES.filter((p) => isSecretKeyType(p.type)).map((p) => p.prefix);
const LIVE_SECRET_PREFIXES = STRIPE_KEY_PREFIXES.filter((p) => isSecretKeyType(p.type) && p.mode !== 'test').map((p) => p.prefix);
/** Expressions whose value is never a string (objects, functions, `new String()`…) or is never static. */
const NEVER_A_STRING = new Set<string>([
  AST_NODE_TYPES.ObjectExpression,
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.ArrowFunctionExpression,
  AST_NODE_TYPES.FunctionExpression,
  AST_NODE_TYPES.ClassExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.ThisExpression,
  AST_NODE_TYPES.AwaitExpression,
  AST_NODE_TYPES.UpdateExpression,
  AST_NODE_TYPES.JSXElement,
  AST_NODE_TYPES.JSXFragment,
]);
const mayHoldPrefix = (mask: number, prefixes: readonly string[]): boolean => prefixes.some((prefix) => KEY_ALPHABET.covers(mask, prefix));

/**
 * One file's state. JavaScript / TypeScript is checked on three independent paths, each behind an exact condition:
 * - keys written in a string, template, JSX text or comment: the file's text must spell a reported key prefix
 *   (`sourceMaySpell`, escapes included), else no such piece can hold one;
 * - keys assembled by static evaluation (`'sk_' + 'live_…'`, `['sk', 'live', body].join('_')`, consts): the text
 *   must spell the pieces of one (`KEY_LETTERS` and the mode, or `whsec`; a stated limitation: a prefix split inside
 *   its letters, `'s' + 'k_live_…'`, is not seen), and a composite is evaluated only when `StaticText` says its
 *   value can hold a prefix's characters;
 * - keys given to a Stripe constructor: `stripeKindOf` recognises nothing in a file that does not spell `stripe`, and
 *   the argument must be able to have a static prefix (`mayHaveStaticPrefix`) before any scope work.
 */
class KeyFile {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** Key texts written in single string pieces (reported there, so composites do not repeat them). */
  readonly writtenKeys = new Set<string>();
  readonly composites: Composite[] = [];
  /** Key texts reported at a composite (\`checkComposite\`), which a construction given it does not repeat. */
  readonly compositeKeys = new Set<string>();
  /** Secret-key arguments of stripe-node constructions, evaluated at the end (\`checkConstructedKey\`). */
  readonly constructedKeys: Node[] = [];
  /** Literals already reported as a secret key passed to the browser. */
  readonly reportedInClient = new Set<Node>();
  /** String literals, templates and JSX text that spell at least one key, in source order. */
  readonly leaves = new Set<Leaf>();
  private staticText: StaticText | null = null;
  writesKeys = false;

  constructor(
    readonly context: Context,
    readonly allowTest: boolean,
    /** The file runs in the browser (a page's script, a component): no `process.env` to read the key from there. */
    readonly inBrowser: boolean,
  ) {
    this.sourceCode = context.sourceCode;
  }

  reportable(key: { type: StripeKeyType; mode: StripeKeyMode | null }): boolean {
    return isSecretKeyType(key.type) && !(this.allowTest && key.mode === 'test');
  }

  finish(): void {
    if ((this.leaves.size > 0 || this.writesKeys) && !mentionsStripe(this.sourceCode) && OTHER_PROVIDER_MENTION.test(this.sourceCode.text)) return;
    for (const node of this.leaves) this.reportLeaf(node);
    for (const node of this.composites) this.checkComposite(node);
    for (const node of this.constructedKeys) this.checkConstructedKey(node);
    if (this.writesKeys) this.checkComments();
  }

  collectLeaf(node: Leaf, text: string): void {
    const keys = findStripeKeys(text);
    if (keys.length === 0) return;
    for (const key of keys) this.writtenKeys.add(key.text);
    this.leaves.add(node);
  }

  reportLeaf(node: Leaf): void {
    if (node.type === AST_NODE_TYPES.JSXText || node.type === 'AstroHTMLComment') {
      this.reportTextKeys(node);
      return;
    }
    if (this.reportedInClient.has(node) || this.declaredFake(node) || this.namedForOtherProvider(node)) return;
    const { context, sourceCode } = this;
    for (const piece of stringPieces(node, sourceCode.text)) {
      for (const key of findStripeKeys(piece.text)) {
        if (!this.reportable(key)) continue;
        const data = { label: keyLabel(key.type, key.mode), prefix: key.prefix };
        const whole = key.index === 0 && key.text.length === piece.text.length && piece.leading && piece.trailing;
        const suggest = whole && !this.inBrowser ? this.envSuggestion(node, envVariableFor(key.type)) : [];
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

  /**
   * The keys of JSX text or an Astro template's HTML comment, as markup text is read: each at its place where the text
   * is written as it reads (no character references, which JSX decodes), else on the whole node.
   */
  reportTextKeys(node: TextLeaf): void {
    this.markupText(textNodePieces(node, this.sourceCode), node);
  }

  /**
   * Does a comment after the value on its line call it fake (`secret: "whsec_…", // dummy secret`)? A test's fixture
   * of another provider's secret under the same prefix (real-world batch 84). Only words that say the value is not
   * real: `// replace with your key` after a key says nothing of the key written there.
   */
  declaredFake(node: Leaf): boolean {
    const line = node.loc.end.line;
    for (const comment of this.sourceCode.getAllComments()) {
      if (comment.loc.start.line > line) break;
      if (comment.loc.start.line === line && comment.range[0] >= node.range[1] && FAKE_VALUE_WORDS.test(comment.value)) return true;
    }
    return false;
  }

  /**
   * Is the value given to Clerk by its name (`CLERK_SECRET_KEY = 'sk_test_…'`, `createClerkClient({ secretKey: … })`,
   * `clerk: { secretKey: … }`, `<ClerkProvider publishableKey=…>`), to Bloque (`new Bloque({ secretKey: … })`), Korapay
   * or Paystack (`KORAPAY_SECRET_KEY`)? Their secret keys start `sk_test_` / `sk_live_` too (real-world batches 90, DJ
   * and FF): a committed secret for a secret scanner, not a Stripe key.
   */
  namedForOtherProvider(node: Node): boolean {
    return namesAround(node, this.sourceCode).some((name) => splitWords(name).some((word) => OTHER_PROVIDERS.has(word)));
  }

  /** The suggestion to read the key from the environment in place of `node`, where an expression can stand there. */
  envSuggestion(node: TSESTree.Literal | TSESTree.TemplateLiteral, name: string): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
    const astro = isAstroComponent(this.sourceCode);
    const replacement = envReplacement(node, name, astro);
    if (replacement === null) return [];
    return [{ messageId: astro ? 'useImportMetaEnv' : 'useEnv', data: { name }, fix: (fixer) => fixer.replaceText(node, replacement) }];
  }

  /** Which key-prefix characters static values may contain (`StaticText`). */
  text(): StaticText {
    return (this.staticText ??= new StaticText(this.sourceCode, KEY_ALPHABET));
  }

  checkComposite(node: Composite): void {
    if (this.reportedInClient.has(node)) return;
    const characters = this.text().characters(node);
    if (characters === NO_STATIC_VALUE || !mayHoldPrefix(characters, this.allowTest ? LIVE_SECRET_PREFIXES : SECRET_PREFIXES)) return;
    const value = staticString(node, this.sourceCode);
    if (value === null) return;
    let other: boolean | undefined;
    for (const key of findStripeKeys(value)) {
      if (this.shownWritten(key.text) || !this.reportable(key) || (other ??= this.namedForOtherProvider(node))) continue;
      this.compositeKeys.add(key.text);
      this.context.report({ node, messageId: 'hardcodedKey', data: { label: keyLabel(key.type, key.mode), prefix: key.prefix } });
    }
  }

  /**
   * Is a key reported where it is written: whole in a string, or its start (a key split over lines whose first piece
   * is already a key's length, \`'sk_live_51rX…J' +\n 'g7GZ…'\`; real-world batch 236)?
   */
  shownWritten(text: string): boolean {
    if (this.writtenKeys.has(text)) return true;
    for (const written of this.writtenKeys) if (text.startsWith(written)) return true;
    return false;
  }

  /**
   * A secret key the stripe-node constructor receives, built in a way no string or \`+\` of the file shows whole
   * (\`['sk', 'live', body].join('_')\`, \`String.fromCharCode(115, 107) + …\`, \`'sk_live_'.concat(body)\` with constant
   * parts; real-world batch 236): reported at the argument when its whole value is known, and not already reported
   * where it is written or assembled.
   */
  checkConstructedKey(arg: Node): void {
    const value = staticString(resolveValue(arg, this.sourceCode), this.sourceCode);
    if (value === null) return;
    for (const key of findStripeKeys(value)) {
      if (!this.reportable(key) || this.shownWritten(key.text) || this.compositeKeys.has(key.text) || this.namedForOtherProvider(arg)) continue;
      this.context.report({ node: arg, messageId: 'hardcodedKey', data: { label: keyLabel(key.type, key.mode), prefix: key.prefix } });
    }
  }

  checkComments(): void {
    const { context, sourceCode } = this;
    for (const comment of sourceCode.getAllComments()) {
      for (const key of findStripeKeys(comment.value)) {
        if (!this.reportable(key)) continue;
        // `# CLERK_SECRET_KEY=sk_test_…` in a setup comment: Clerk's key (namedForOtherProvider), by the words before it on its line.
        if (OTHER_PROVIDER_MENTION.test(comment.value.slice(comment.value.lastIndexOf('\n', key.index) + 1, key.index))) continue;
        if (comment.type === 'Block' && inJsDocExample(comment.value, key.index)) continue;
        const start = comment.range[0] + 2 + key.index;
        context.report({
          loc: { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(start + key.text.length) },
          messageId: 'hardcodedKey',
          data: { label: keyLabel(key.type, key.mode), prefix: key.prefix },
        });
      }
    }
  }

  /**
   * The key a client / server Stripe constructor receives, judged from its known leading text; evaluated only when
   * that text's characters can spell a key prefix (`StaticText`).
   */
  keyOfArgument(arg: Node): ReturnType<typeof keyTypeOfValue> {
    const target = unwrap(arg);
    if (target.type === AST_NODE_TYPES.Literal) return typeof target.value === 'string' ? keyTypeOfValue(target.value, true) : null;
    if (!mayHoldPrefix(this.text().prefixCharacters(arg), ALL_PREFIXES)) return null;
    const prefix = staticPrefix(resolveValue(arg, this.sourceCode), this.sourceCode);
    return prefix ? keyTypeOfValue(prefix.text, prefix.complete) : null;
  }

  /**
   * What runs in the browser or app and takes a key as its first argument, named for a message; null for anything
   * else. (Calls that take the key as an option are `keyOptionCall`'s, asked first by `checkConstruction`.)
   */
  clientCallee(node: TSESTree.CallExpression): string | null {
    const sourceCode = this.sourceCode;
    const callee = unwrap(node.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee, sourceCode) === 'setPublishableKey') {
      const kind = stripeKindOf(callee.object, sourceCode);
      // Stripe.js v2's, and the Cordova Stripe plugin's (ionic-native), which runs in the app (stripe-facts §1.6).
      return kind === 'js-global' ? 'Stripe.setPublishableKey' : kind === 'card-plugin' ? "the Cordova Stripe plugin's setPublishableKey" : null;
    }
    // `createStripe(key)` of stripe-client / react-native-stripe-client: a client in the app.
    if (stripeKindOf(node.callee, sourceCode) === 'token-client-factory') return 'a card-token client (stripe-client)';
    // Stripe's crypto onramp (stripe-facts: its script at crypto-js.stripe.com): `loadStripeOnramp(key)` of
    // @stripe/crypto, and the `StripeOnramp(key)` global that script defines (real-world batch 346).
    if (callee.type === AST_NODE_TYPES.Identifier && isModuleRef(moduleRefOf(callee, sourceCode), ['@stripe/crypto'], ['loadStripeOnramp'])) {
      return 'loadStripeOnramp (@stripe/crypto)';
    }
    if (isGlobalNamed(sourceCode, callee, 'StripeOnramp')) return 'StripeOnramp()';
    if (!isStripeJsConstruction(node, sourceCode)) return null;
    return stripeKindOf(node.callee, sourceCode) === 'js-loader' ? 'loadStripe' : 'Stripe()';
  }

  /** The client-published environment variable `arg` reads, in a file that spells one (env-vars.ts), else null. */
  publishedEnv(arg: Node): PublicEnvRead | null {
    if (!fileMayReadPublicEnv(this.sourceCode)) return null;
    const read = publicEnvRead(arg, this.sourceCode);
    return read && publishedForProject(read, this.context.physicalFilename) ? read : null;
  }

  reportPublishedSecret(arg: Node, published: PublicEnvRead, what: string, callee: string, risk: string): void {
    this.context.report({ node: arg, messageId: 'secretInPublicEnv', data: { name: published.name, framework: published.framework, what, callee, risk } });
  }

  /**
   * `stripe.webhooks.constructEvent(body, signature, secret)` and the other verifying helpers (stripe/webhooks.ts),
   * whose third argument is the endpoint's signing secret: read from a client-published variable, anyone can forge
   * signed events.
   */
  checkWebhookSecret(node: TSESTree.CallExpression): void {
    const callee = unwrap(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
    const method = memberName(callee, this.sourceCode);
    const secret = node.arguments[2];
    if (method === null || !VERIFYING_WEBHOOK_METHODS.has(method) || !secret || secret.type === AST_NODE_TYPES.SpreadElement) return;
    if (unwrap(secret).type === AST_NODE_TYPES.Literal || !isStripeWebhooksReceiver(callee.object, this.sourceCode)) return;
    const published = this.publishedEnv(secret);
    if (published) this.reportPublishedSecret(secret, published, KEY_TYPE_LABEL['webhook-secret'], method, SECRET_RISK['webhook-secret']);
  }

  /** A secret key given to code that runs in the browser or app (`callee` says what takes it). */
  checkClientKey(arg: Node, callee: string): void {
    const key = this.keyOfArgument(arg);
    if (!key || !isSecretKeyType(key.type)) return;
    this.context.report({
      node: arg,
      messageId: 'secretKeyInClient',
      data: { label: keyLabel(key.type, key.mode), prefix: key.prefix, callee },
    });
    const target = unwrap(arg);
    if (target.type === AST_NODE_TYPES.Literal || target.type === AST_NODE_TYPES.TemplateLiteral || target.type === AST_NODE_TYPES.BinaryExpression) {
      this.reportedInClient.add(target);
    }
  }

  /** `<StripeProvider publishableKey="…">` of @stripe/stripe-react-native. */
  checkProviderKey(attribute: TSESTree.JSXAttribute): void {
    const value = attribute.value;
    const arg = value?.type === AST_NODE_TYPES.JSXExpressionContainer ? value.expression : value;
    if (!arg || arg.type === AST_NODE_TYPES.JSXEmptyExpression || arg.type === AST_NODE_TYPES.JSXElement || arg.type === AST_NODE_TYPES.JSXFragment) return;
    if (attribute.parent.type !== AST_NODE_TYPES.JSXOpeningElement || stripeReactNativeComponent(attribute.parent, this.sourceCode) !== 'StripeProvider') return;
    if (arg.type === AST_NODE_TYPES.Literal && (typeof arg.value !== 'string' || !keyTypeOfValue(arg.value, true))) return;
    this.checkClientKey(arg, 'StripeProvider (@stripe/stripe-react-native)');
  }

  checkConstruction(node: Construction): void {
    const optionsCallee = keyOptionCall(node, this.sourceCode);
    const arg = keyArgument(node, optionsCallee !== null, this.sourceCode);
    if (!arg) return;
    // Both findings need a key at the start of the argument. A literal's is read at once; otherwise the callee is
    // judged first (`stripeKindOf` is memoised and shared with other rules), then the argument, evaluated only
    // when its characters can spell a key prefix (`StaticText`).
    const target = unwrap(arg);
    if (target.type === AST_NODE_TYPES.Literal && (typeof target.value !== 'string' || !keyTypeOfValue(target.value, true))) return;
    if (NEVER_A_STRING.has(target.type)) return;
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const callee = optionsCallee ?? this.clientCallee(node);
      if (callee !== null) {
        this.checkClientKey(arg, callee);
        return;
      }
    }
    if (!isStripeNodeConstruction(node, this.sourceCode)) return;
    // `new Stripe(process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY)`: the secret key in a variable the framework publishes.
    const published = target.type === AST_NODE_TYPES.Literal ? null : this.publishedEnv(arg);
    if (published !== null) {
      if (!namesPublishableKey(published) && !onlyCallsWithPublishableKey(node, this.sourceCode)) {
        this.reportPublishedSecret(arg, published, KEY_TYPE_LABEL.secret, 'the stripe-node client', SECRET_RISK.secret);
      }
      return;
    }
    const key = this.keyOfArgument(arg);
    if (key && isSecretKeyType(key.type) && this.reportable(key)) this.constructedKeys.push(arg);
    if (key?.type !== 'publishable' || onlyCallsWithPublishableKey(node, this.sourceCode)) return;
    this.context.report({
      node: arg,
      messageId: 'publishableKeyOnServer',
      data: { prefix: key.prefix },
      suggest: target.type === AST_NODE_TYPES.Literal && target === arg ? this.envSuggestion(target, envVariableFor('secret')) : [],
    });
  }

  /** Where a key found at `index` of a markup text is written: its own range, or the whole node. */
  markupLoc(start: number | null, index: number, length: number, node: MarkupNode): TSESTree.SourceLocation {
    return locOf(this.sourceCode, start === null ? node.range : [start + index, start + index + length]);
  }

  /** Attribute values of a page or template are sent to every visitor's browser, test keys included. */
  markupElement(element: MarkupElement): void {
    for (const attribute of element.attributes) {
      for (const piece of attribute.pieces) {
        if (piece.script) continue; // a Svelte `{'…'}` is a string literal, checked as one (`collectLeaf`)
        for (const key of findStripeKeys(piece.text).filter((k) => isSecretKeyType(k.type))) {
          this.context.report({
            loc: this.markupLoc(piece.start, key.index, key.text.length, attribute.valueNode),
            messageId: 'secretKeyInClient',
            data: { label: keyLabel(key.type, key.mode), prefix: key.prefix, callee: `the <${element.tag}${attribute.name ? ` ${attribute.name}` : ''}> attribute` },
          });
        }
      }
    }
  }

  /** Markup text and HTML comments: of pages, Vue, Svelte and Astro templates, and JSX text (scripts are linted as JavaScript). */
  markupText(pieces: readonly MarkupValuePiece[], node: MarkupNode): void {
    for (const piece of pieces) {
      if (piece.template) continue; // `{# … #}` comments, `{{ expr }}` output: unknown
      for (const key of findStripeKeys(piece.text).filter((k) => this.reportable(k))) {
        this.context.report({
          loc: this.markupLoc(piece.start, key.index, key.text.length, node),
          messageId: 'hardcodedKey',
          data: { label: keyLabel(key.type, key.mode), prefix: key.prefix },
        });
      }
    }
  }
}

/**
 * Is the client that `construction` makes kept in a variable (`const stripe = require('stripe')('pk_test_…')`) whose
 * every use is a call that works with a publishable key (`stripe.tokens.create(…)`, PUBLISHABLE_KEY_CALLS)? Such a
 * client (test helpers that create card tokens as Stripe.js would) needs no secret key.
 */
function onlyCallsWithPublishableKey(construction: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const declarator = construction.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== construction || declarator.id.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  const variable = variableOf(declarator.id, sourceCode);
  if (!variable || !isNeverReassigned(variable)) return false;
  const uses = variable.references.filter((ref) => !ref.init);
  return (
    uses.length > 0 &&
    uses.every((ref) => {
      const resource = ref.identifier.parent;
      if (resource?.type !== AST_NODE_TYPES.MemberExpression || resource.object !== ref.identifier) return false;
      const method = resource.parent;
      if (method?.type !== AST_NODE_TYPES.MemberExpression || method.object !== resource) return false;
      const call = method.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== method) return false;
      return PUBLISHABLE_KEY_CALLS.has(`${memberName(resource, sourceCode)}.${memberName(method, sourceCode)}`);
    })
  );
}

/**
 * Client calls that take the key as their options' `publishableKey`, and what to call them in a message:
 * tipsi-stripe's `stripe.setOptions({ publishableKey })`, @stripe/stripe-react-native's `initStripe({ publishableKey })`,
 * the Capacitor Stripe plugin's `Stripe.initialize({ publishableKey })` and Connect.js's `loadConnectAndInitialize({
 * publishableKey, fetchClientSecret })`. All run in the app or the browser.
 */
function keyOptionCall(node: Construction, sourceCode: Readonly<TSESLint.SourceCode>): string | null {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments[0]?.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const callee = unwrap(node.callee);
  // Names first (every Stripe API call has an options object); a bare call may be an alias of `initStripe`.
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = memberName(callee, sourceCode);
    if (method === 'setOptions') return stripeKindOf(callee.object, sourceCode) === 'native-sdk' ? "tipsi-stripe's setOptions" : null;
    if (method !== 'initialize') return null;
  } else if (callee.type !== AST_NODE_TYPES.Identifier) {
    return null;
  }
  const ref = moduleRefOf(callee, sourceCode);
  if (isModuleRef(ref, [STRIPE_REACT_NATIVE], ['initStripe'])) return 'initStripe (@stripe/stripe-react-native)';
  if (isModuleRef(ref, [CAPACITOR_STRIPE], ['Stripe', 'initialize'])) return "the Capacitor Stripe plugin's initialize";
  // Connect embedded components' loader, in the platform's dashboard page (real-world batch 333).
  if (isModuleRef(ref, CONNECT_JS_MODULES, ['loadConnectAndInitialize'])) return 'loadConnectAndInitialize (@stripe/connect-js)';
  return null;
}

/** Where Connect embedded components' `loadConnectAndInitialize` is imported from. */
const CONNECT_JS_MODULES: readonly string[] = ['@stripe/connect-js', '@stripe/connect-js/pure'];

/** A variable named for a publishable key once its public prefix is dropped (`NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY`, `VITE_STRIPE_PK`, `PUBLIC_STRIPE_PUBLIC_KEY`). */
function namesPublishableKey(read: PublicEnvRead): boolean {
  const words = splitWords(read.name.slice(read.prefix.length));
  return words.some((word) => word === 'publishable' || word === 'pk' || word === 'public');
}

/** `<x>.webhooks` / `<x>.webhooks.signature` (stripe-node's helpers), or a Stripe client itself (`client.parseEventNotification`). */
function isStripeWebhooksReceiver(node: Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(target, sourceCode);
    if (name === 'webhooks') return true;
    if (name === 'signature') {
      const webhooks = unwrap(target.object);
      return webhooks.type === AST_NODE_TYPES.MemberExpression && memberName(webhooks, sourceCode) === 'webhooks';
    }
  }
  const kind = stripeKindOf(target, sourceCode);
  return kind === 'node-client' || kind === 'stripe-by-name';
}

/**
 * The argument of a construction that holds the key: the first, or the `publishableKey` option of a call that takes
 * its key as an option (`keyOptionCall`, told by `takesKeyOption`).
 */
function keyArgument(node: Construction, takesKeyOption: boolean, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node | null {
  const first = node.arguments[0];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return null;
  if (first.type !== AST_NODE_TYPES.ObjectExpression || !takesKeyOption) return first;
  const option = first.properties.find(
    (property): property is PropertyOf<typeof property> => property.type === AST_NODE_TYPES.Property && propertyKey(property, sourceCode) === 'publishableKey',
  );
  return option?.value ?? null;
}

/** `mayReadPublicEnv` of the file's text, once per file. */
const fileMayReadPublicEnv = (sourceCode: Readonly<TSESLint.SourceCode>): boolean =>
  perFile(sourceCode, 'env:may-read-public', () => mayReadPublicEnv(sourceCode.text));

/** The verifying webhook helpers' names, as written (`constructEvent` also finds `constructEventAsync`). */
const WEBHOOK_HELPERS_SPELLING = textFinder(['constructEvent', 'verifyHeader', 'parseEventNotification', 'parseThinEvent']);

/** The JavaScript listeners of one file, each path behind its condition (see `KeyFile`). */
function jsListeners(file: KeyFile): TSESLint.RuleListener {
  const sourceCode = file.sourceCode;
  const assemblesKeys =
    (sourceMaySpell(sourceCode, KEY_LETTERS) && (sourceMaySpell(sourceCode, file.allowTest ? LIVE : LIVE_OR_TEST) || sourceMaySpell(sourceCode, ORGANIZATION_KEY))) ||
    sourceMaySpell(sourceCode, WEBHOOK_SECRET);
  file.writesKeys = assemblesKeys && sourceMaySpell(sourceCode, file.allowTest ? WRITTEN_LIVE_KEYS : WRITTEN_KEYS);
  const stripe = mentionsStripe(sourceCode); // stripeKindOf recognises nothing elsewhere
  if (!assemblesKeys && !stripe) return {};
  const listeners: TSESLint.RuleListener = {
    'Program:exit'() {
      file.finish();
    },
  };
  if (file.writesKeys) {
    listeners.Literal = (node) => {
      if (typeof node.value === 'string') file.collectLeaf(node, node.value);
    };
    listeners.JSXText = (node) => file.collectLeaf(node, node.value);
    // An Astro template's HTML comments are sent with the page (JavaScript comments: `checkComments`).
    listeners.AstroHTMLComment = (node: TSESTree.Node) => {
      const comment = node as unknown as AstroHtmlComment;
      if (typeof comment.value === 'string') file.collectLeaf(comment, comment.value);
    };
  }
  if (assemblesKeys) {
    listeners.TemplateLiteral = (node) => {
      if (file.writesKeys) for (const quasi of node.quasis) file.collectLeaf(node, quasi.value.cooked ?? quasi.value.raw);
      if (node.expressions.length > 0 && isCompositeTop(node)) file.composites.push(node);
    };
    listeners['BinaryExpression[operator="+"]'] = (node: TSESTree.BinaryExpression) => {
      if (isCompositeTop(node)) file.composites.push(node);
    };
  }
  // Constructions (`new Stripe(key)`, `loadStripe(pk)`, `Stripe(pk)`, `Stripe.setPublishableKey(pk)`) need a callee
  // that resolves to a Stripe package or global: a file that spells neither has none. Each finding there is a key,
  // whose mode (`live`, `test`) the file writes even where it builds the rest from character codes, or a
  // client-published variable it reads. A webhook helper is Stripe's by its path alone (`<x>.webhooks.constructEvent`),
  // also on a client imported from the app's own module (`import { stripe } from '$lib/server/stripe'`), where a
  // published secret has to be read.
  const readsPublicEnv = (): boolean => fileMayReadPublicEnv(sourceCode);
  if (stripe && mayResolveStripe(sourceCode) && (sourceMaySpell(sourceCode, LIVE_OR_TEST) || readsPublicEnv())) {
    listeners.CallExpression = (node) => {
      if (node.arguments.length > 0) file.checkConstruction(node);
      if (node.arguments.length > 2) file.checkWebhookSecret(node);
    };
    listeners.NewExpression = (node) => {
      if (node.arguments.length > 0) file.checkConstruction(node);
    };
    listeners['JSXAttribute[name.name="publishableKey"]'] = (node: TSESTree.JSXAttribute) => file.checkProviderKey(node);
  } else if (stripe && WEBHOOK_HELPERS_SPELLING(sourceCode.text) && readsPublicEnv()) {
    listeners.CallExpression = (node) => {
      if (node.arguments.length > 2) file.checkWebhookSecret(node);
    };
  }
  return listeners;
}
