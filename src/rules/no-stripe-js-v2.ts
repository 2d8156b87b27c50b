import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { isGlobalNamed, jqueryRootName } from '../analysis/globals.js';
import { EQUALITY_OPERATORS, someNode } from '../analysis/ast.js';
import { emberGetOfThis, fieldWrites, memberName, resolveValue, unwrap, variableOf, writtenName } from '../analysis/values.js';
import { declaredMajor } from '../analysis/package-json.js';
import {
  AMD_CALL_NAMES,
  amdScriptUrls,
  bindsLoaderModule,
  declaredScriptSrcValue,
  findStripeScriptUrl,
  isScriptSrcAttribute,
  SCRIPT_URL_CALL_NAMES,
  jsxScriptSrcValue,
  scriptUrlArguments,
  srcAssignmentValue,
} from '../analysis/script-loads.js';
import { templateScriptSources } from '../analysis/view-helpers.js';
import { isComponentFile, isHtmlDocument, isMarkupFile, locOf, markupAttribute, prefixRange, withMarkupListeners, type MarkupElement, type MarkupValuePiece } from '../analysis/markup.js';
import { DOCUMENT_WRITE_METHODS, htmlStringElements, JQUERY_HTML_METHODS, scriptRunningHtmlOf, type HtmlStringNode } from '../analysis/html-strings.js';
import { callSelector, memberSelector, selectListeners } from '../analysis/selectors.js';
import { textFinder } from '../analysis/text-search.js';
import { containsText, sourceRangeOf, staticTextPieces } from '../analysis/static-text.js';
import { isAssertionInput } from '../analysis/string-use.js';
import { mentionsStripe, stripeKindOf } from '../analysis/stripe-clients.js';
import {
  CURRENT_STRIPE_JS_URL,
  JQUERY_PAYMENT_COMMANDS,
  JQUERY_PAYMENT_FUNCTIONS,
  JQUERY_PAYMENT_PACKAGES,
  LEGACY_CHECKOUT_GLOBAL,
  LEGACY_CHECKOUT_PACKAGES,
  LEGACY_CHECKOUT_REPLACEMENT,
  STRIPE_JS_GLOBAL,
  STRIPE_V2_FUNCTIONS,
  STRIPE_V2_NAMESPACES,
  STRIPE_V2_WRAPPED_CALLS,
  isStripeV2Member,
  stripeV2Replacement,
} from '../stripe/legacy-js.js';
import { createRule } from '../util/create-rule.js';
import { isFreeName } from '../util/imports.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** Stable ids: the scanner maps them to SAQ levels (v1/v2 API and script: A-EP; legacy Checkout: none; jquery.payment: A-EP). */
export const MESSAGE_IDS = ['stripeJsV2Api', 'stripeJsV2Script', 'legacyCheckout', 'jqueryPayment'] as const;
export type MessageId = (typeof MESSAGE_IDS)[number] | 'useCurrentStripeJs' | 'useStripeInstance';

/** How jquery.payment is reached (`$.payment.fn`, `$(el).payment('cmd')`), and part of its package name. */
const JQUERY_PAYMENT_MEMBER = '.payment';
const spellsJqueryPaymentMember = textFinder([JQUERY_PAYMENT_MEMBER], { everyFile: true });
/** The package names as arrays (looked for in the text of every file past the first gate). */
/**
 * Packages whose majors up to the given one wrapped legacy Checkout: vue-stripe-checkout 1 and 2 open the checkout.js
 * modal (`this.$checkout.open({ token })`, `<vue-stripe-checkout @done>`); its version 3 moved to the new Checkout
 * (`redirectToCheckout`) and keeps "the old version (version 2)" as legacy (the package's README on npm).
 */
const VERSIONED_LEGACY_CHECKOUT_PACKAGES: ReadonlyMap<string, number> = new Map([['vue-stripe-checkout', 2]]);
const LEGACY_CHECKOUT_PACKAGE_NAMES: readonly string[] = [...LEGACY_CHECKOUT_PACKAGES, ...VERSIONED_LEGACY_CHECKOUT_PACKAGES.keys()];
/** A reference in a type position (typescript-eslint's scope analysis says so; eslint-scope's references are values). */
const isTypeOnly = (reference: TSESLint.Scope.Reference): boolean => reference.isValueReference === false;
const JQUERY_PAYMENT_PACKAGE_NAMES: readonly string[] = [...JQUERY_PAYMENT_PACKAGES];
/** Local names tried for the instance that `Stripe.setPublishableKey(k)` becomes. */
const INSTANCE_NAMES = ['stripe', 'stripeJs', 'stripeClient'];

const REQUIRE = 'require';
/** `$(el).payment('formatCardNumber')`. */
const JQUERY_PAYMENT_METHOD = 'payment';
/** What a wrapped v2 call (`stripe.card.createToken`, `this.stripe.bankAccount.validateRoutingNumber`) spells. */
const STRIPE_V2_WRAPPER_HINT = /\.\s*(?:(?:card|bankAccount|piiData)\s*\.\s*(?:createToken|validate|cardType)|source\s*\.\s*(?:create|poll)\b)/;
const STRIPE_V2_MEMBER_NAMES: readonly string[] = [...STRIPE_V2_FUNCTIONS, ...STRIPE_V2_NAMESPACES];

/** `x.src = v` / `x['src'] = v` / `(x as any).src = v`: assignments `srcAssignmentValue` can read. */
const SRC_ASSIGNMENT_SELECTOR =
  'AssignmentExpression[operator="="][left.property.name="src"], AssignmentExpression[operator="="][left.computed=true], AssignmentExpression[operator="="][left.type=/^TS/]';
/** Methods that write an HTML string into the page and run its scripts (html-strings.ts `scriptRunningHtmlOf`). */
const HTML_WRITE_CALL_NAMES: readonly string[] = [...DOCUMENT_WRITE_METHODS, ...JQUERY_HTML_METHODS];
/**
 * Does a text write a script tag (in any case)? A script tag in an HTML string needs it, also split across a
 * concatenation as old loaders split it (`'<scr' + 'ipt src="…"></scr' + 'ipt>'`; probe 302).
 */
const mayWriteScriptTag = textFinder(['<scr'], { ignoreCase: true });
/** Tags read in HTML strings. */
const SCRIPT_TAG: ReadonlySet<string> = new Set(['script']);

/** `src` attributes in any case (`jsxScriptSrcValue` compares the lower-cased name). */
const SRC_ATTRIBUTE_SELECTOR = 'JSXAttribute[name.name=/^[sS][rR][cC]$/]';

export interface Options {
  /** Extra functions whose URL argument loads a script. */
  scriptLoaders?: string[];
}

export default createRule<[Options], MessageId>({
  name: 'no-stripe-js-v2',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Stripe.js v1/v2, legacy Checkout (checkout.js) and jquery.payment',
      recommended: 'recommended',
      saq: 'A-EP',
      markup: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          scriptLoaders: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              'Names of project functions (called bare or as a method) whose URL argument loads a script, in addition to the built-in list (loadScript, $.getScript, useScript, loadjs, importScripts…).',
          },
        },
      },
    ],
    defaultOptions: [{ scriptLoaders: [] }],
    messages: {
      stripeJsV2Api:
        '`{{api}}` is the Stripe.js v1/v2 API: your own page reads and tokenises the card data, which puts it in PCI SAQ A-EP instead of SAQ A. Stripe.js v3+ replacement: {{replacement}}.',
      stripeJsV2Script:
        '`{{url}}` loads Stripe.js {{version}}, which tokenises card data in your own page (PCI SAQ A-EP instead of SAQ A). Load the current Stripe.js (`loadStripe` from @stripe/stripe-js, or {{current}}) and collect cards with Elements.',
      legacyCheckout:
        '`{{api}}` is legacy Stripe Checkout (the checkout.js modal that returns a token), which Stripe has deprecated. Its card form is hosted by Stripe, so your SAQ does not change, but the integration has to move: use {{replacement}}.',
      jqueryPayment:
        '`{{api}}` is jquery.payment, which formats and validates card numbers in your own inputs: the card data is in your page (PCI SAQ A-EP with Stripe.js v2, SAQ D without), and the library is archived. Collect cards with Stripe Elements (the Payment Element formats and validates inside Stripe\'s iframe).',
      useCurrentStripeJs:
        'Load the current Stripe.js ({{current}}) instead; then rewrite the v1/v2 calls for Stripe.js v3+ and Elements.',
      useStripeInstance: 'Create a Stripe.js v3+ instance instead: `const {{name}} = {{factory}}(…)`.',
    },
  },
  defaultOptions: [{ scriptLoaders: [] }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const extraLoaders: ReadonlySet<string> = new Set(options.scriptLoaders ?? []);
    const text = sourceCode.text;
    // Exact gates per family: the globals must be written somewhere in the file to be referenced.
    const mayLoadStripeScript = mentionsStripe(sourceCode); // shared with the other rules: one scan per file
    const mayUseJqueryPayment = spellsJqueryPaymentMember(text);
    // Every finding needs the word Stripe (global, URL host, package) or `.payment` (jquery.payment, its package). A Vue
    // or Svelte template may hold a script URL written with entities, which only the template parser decodes: such
    // files keep the wider gate of any `payment`.
    if (!mayLoadStripeScript && !mayUseJqueryPayment && !(isComponentFile(sourceCode) && /payment/i.test(text))) return {};
    // Both globals spell `Stripe`: neither is looked for in a file that never mentions Stripe.
    const mayUseStripeGlobal = mayLoadStripeScript && /\bStripe\b/.test(text);
    const mayUseCheckoutGlobal = mayLoadStripeScript && containsText(text, LEGACY_CHECKOUT_GLOBAL);
    // Each package name spells its family's gate word (`stripe`, `.payment`; tests/stripe/legacy-js checks it): looked for only past it.
    const mayImportLegacyPackage =
      (mayLoadStripeScript && LEGACY_CHECKOUT_PACKAGE_NAMES.some((name) => containsText(text, name))) ||
      (mayUseJqueryPayment && JQUERY_PAYMENT_PACKAGE_NAMES.some((name) => containsText(text, name)));

    if (!mayLoadStripeScript && isHtmlDocument(sourceCode)) return {};
    // A wrapper of the v2 global (`stripe.card.createToken`) is named like Stripe and calls a namespace member.
    const mayUseStripeWrapper = mayLoadStripeScript && STRIPE_V2_WRAPPER_HINT.test(text);
    const check = new StripeJsV2Check(
      context,
      sourceCode,
      extraLoaders,
      mayLoadStripeScript,
      mayUseStripeGlobal,
      mayUseCheckoutGlobal,
      mayUseJqueryPayment,
      mayImportLegacyPackage,
      mayUseStripeWrapper,
      mayLoadStripeScript && !isMarkupFile(sourceCode) && mayWriteScriptTag(text),
    );
    const visitor = {
      element(element: MarkupElement): void {
        check.checkMarkupElement(element);
      },
      text(pieces: readonly MarkupValuePiece[]): void {
        check.checkMarkupText(pieces);
      },
    };
    return withMarkupListeners(sourceCode, visitor, () => check.jsListeners());
  },
});

/** angular-stripe-checkout's service API (the legacy global's `configure` / `open` / `close`, and its `load()`). */
const INJECTED_CHECKOUT_METHODS: ReadonlySet<string> = new Set(['configure', 'open', 'close', 'load']);

/** The checks of one file (methods, not closures made per file). */
class StripeJsV2Check {
  constructor(
    private readonly context: Readonly<TSESLint.RuleContext<MessageId, [Options]>>,
    private readonly sourceCode: SourceCode,
    private readonly extraLoaders: ReadonlySet<string>,
    private readonly mayLoadStripeScript: boolean,
    private readonly mayUseStripeGlobal: boolean,
    private readonly mayUseCheckoutGlobal: boolean,
    private readonly mayUseJqueryPayment: boolean,
    private readonly mayImportLegacyPackage: boolean,
    private readonly mayUseStripeWrapper: boolean,
    /** The file writes a script tag into an HTML string (`<script`, exact in any case) and may load Stripe.js. */
    readonly writesScriptTags: boolean,
  ) {}

  private definesPlugin: boolean | undefined;

  /**
   * Does this file define jquery.payment (`$.payment = {}`, `$.fn.payment = function…`)? Then it is the library itself,
   * vendored into the project (`static/js/jquery.payment.js`), whose own definitions and internal calls are no use of
   * it: the pages that load it are where the finding belongs. One walk of the file, only once a finding is due.
   */
  definesJqueryPayment(): boolean {
    this.definesPlugin ??= someNode(this.sourceCode.ast, this.sourceCode, (node) => {
      if (node.type !== AST_NODE_TYPES.AssignmentExpression || node.left.type !== AST_NODE_TYPES.MemberExpression) return false;
      if (this.isJqueryPaymentNamespace(node.left) !== null) return true; // $.payment = …
      const fn = unwrap(node.left.object);
      return (
        memberName(node.left) === JQUERY_PAYMENT_METHOD &&
        fn.type === AST_NODE_TYPES.MemberExpression &&
        memberName(fn) === 'fn' &&
        jqueryRootName(fn.object) !== null
      );
    });
    return this.definesPlugin;
  }

  private definesCheckout: boolean | undefined;

  /**
   * Does this file define the legacy Checkout global (\`this.StripeCheckout = {}\`, \`this.StripeCheckout.configure =
   * app.configure\`, \`StripeCheckout.open = …\`)? Then it is checkout.js itself, vendored into the project (real-world
   * batch 254: a course's copy of Stripe's script), whose module loader calls \`StripeCheckout.require\` throughout: the
   * pages that load it, and the code that configures it, are where the findings belong. One walk, once a finding is due.
   */
  definesLegacyCheckout(): boolean {
    this.definesCheckout ??= someNode(this.sourceCode.ast, this.sourceCode, (node) => {
      if (node.type !== AST_NODE_TYPES.AssignmentExpression || node.left.type !== AST_NODE_TYPES.MemberExpression) return false;
      // this.StripeCheckout = …, window.StripeCheckout = …; StripeCheckout.open = …, this.StripeCheckout.configure = …
      return writtenName(node.left) === LEGACY_CHECKOUT_GLOBAL || writtenName(unwrap(node.left.object)) === LEGACY_CHECKOUT_GLOBAL;
    });
    return this.definesCheckout;
  }

  /**
   * Report the first Stripe script URL in `text` (a whole value when `complete`, else its known prefix); `rangeOf`
   * maps text offsets to source offsets where the URL is written as-is (for the suggestion).
   */
  reportScriptUrl(
    text: string,
    complete: boolean,
    rangeOf: (start: number, end: number) => [number, number] | null,
    at: { node: Node } | { loc: TSESTree.SourceLocation },
  ): void {
    const found = findStripeScriptUrl(text, complete);
    if (!found) return;
    const urlText = text.slice(found.url.start, found.url.end);
    if (found.kind === 'legacy-checkout') {
      this.context.report({ ...at, messageId: 'legacyCheckout', data: { api: urlText, replacement: LEGACY_CHECKOUT_REPLACEMENT } });
      return;
    }
    if (found.kind !== 'stripe-js-v1' && found.kind !== 'stripe-js-v2') return;
    const range = rangeOf(found.url.start, found.url.end);
    this.context.report({
      ...at,
      messageId: 'stripeJsV2Script',
      data: { url: urlText, version: found.kind === 'stripe-js-v1' ? 'v1' : 'v2', current: CURRENT_STRIPE_JS_URL },
      suggest: range
        ? [
            {
              messageId: 'useCurrentStripeJs',
              data: { current: CURRENT_STRIPE_JS_URL },
              fix: (fixer) => fixer.replaceTextRange(range, CURRENT_STRIPE_JS_URL),
            },
          ]
        : [],
    });
  }

  /** Script tags in an HTML string the code writes into the page and runs (`document.write('<script src="…v2/"><\/script>')`). */
  checkHtmlString(html: HtmlStringNode | null): void {
    if (html !== null) for (const element of htmlStringElements(html, this.sourceCode, SCRIPT_TAG)) this.checkMarkupElement(element);
  }

  checkScriptUrl(valueNode: Node): void {
    const pieces = staticTextPieces(valueNode, this.sourceCode);
    if (pieces) this.reportScriptUrl(pieces.text, pieces.complete, (start, end) => sourceRangeOf(pieces, start, end), { node: valueNode });
  }

  /** `<script src="…">` in HTML or a Vue template. */
  checkMarkupElement(element: MarkupElement): void {
    const src = markupAttribute(element, 'src');
    if (!src?.name || !isScriptSrcAttribute(element.tag, src.name)) return;
    this.reportScriptUrl(src.prefix, src.value !== null, (start, end) => prefixRange(src, start, end), {
      loc: locOf(this.sourceCode, src.valueNode.range),
    });
  }

  /** Template tags in a page's text that include scripts through a view helper (Rails' `javascript_include_tag`). */
  checkMarkupText(pieces: readonly MarkupValuePiece[]): void {
    for (const piece of pieces) {
      if (!piece.template || piece.start === null) continue;
      for (const source of templateScriptSources(piece.text)) {
        const start = piece.start + source.start;
        const range = (from: number, to: number): [number, number] => [start + from, start + to];
        this.reportScriptUrl(source.text, true, range, { loc: locOf(this.sourceCode, range(0, source.text.length)) });
      }
    }
  }

  /**
   * Is `module` a package whose early majors wrapped legacy Checkout, at such a major by the project's `package.json`?
   * Unknown versions (no manifest, a range over several majors) are not judged.
   */
  isLegacyMajor(module: string): boolean {
    const last = VERSIONED_LEGACY_CHECKOUT_PACKAGES.get(module);
    if (last === undefined) return false;
    const major = declaredMajor(this.context.physicalFilename, module);
    return major !== null && major <= last;
  }

  /** `import … from 'react-stripe-checkout'`, `require('jquery.payment')`…: `form` is how the code names the module. */
  checkModuleSource(source: TSESTree.StringLiteral, form: (quoted: string) => string): void {
    const api = form(`'${source.value}'`);
    if (LEGACY_CHECKOUT_PACKAGES.has(source.value) || this.isLegacyMajor(source.value)) {
      this.context.report({ node: source, messageId: 'legacyCheckout', data: { api, replacement: LEGACY_CHECKOUT_REPLACEMENT } });
    } else if (JQUERY_PAYMENT_PACKAGES.has(source.value)) {
      this.context.report({ node: source, messageId: 'jqueryPayment', data: { api } });
    }
  }

  /** A local name for the new instance that nothing around `at` uses. */
  freeInstanceName(at: Node): string | null {
    const scope = this.sourceCode.getScope(at);
    return INSTANCE_NAMES.find((name) => isFreeName(this.sourceCode, scope, name)) ?? null;
  }

  /** `Stripe.setPublishableKey(k);` as a statement → `const stripe = Stripe(k);`. */
  setPublishableKeySuggestion(member: TSESTree.MemberExpression): TSESLint.SuggestionReportDescriptor<MessageId>[] {
    const call = member.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member || call.optional || member.optional) return [];
    const statement = call.parent;
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.expression !== call) return [];
    const holder = statement.parent;
    if (
      holder.type !== AST_NODE_TYPES.Program &&
      holder.type !== AST_NODE_TYPES.BlockStatement &&
      holder.type !== AST_NODE_TYPES.StaticBlock &&
      holder.type !== AST_NODE_TYPES.TSModuleBlock
    ) {
      return []; // `if (x) Stripe.setPublishableKey(k)`: a declaration cannot stand there
    }
    const [key] = call.arguments;
    if (call.arguments.length !== 1 || !key || key.type === AST_NODE_TYPES.SpreadElement) return [];
    const name = this.freeInstanceName(statement);
    if (name === null) return [];
    const factory = this.sourceCode.getText(member.object);
    return [
      {
        messageId: 'useStripeInstance',
        data: { name, factory },
        fix: (fixer) => fixer.replaceText(call, `const ${name} = ${factory}(${this.sourceCode.getText(key)})`),
      },
    ];
  }

  /**
   * The global `Stripe`, directly or through a const alias (`const S = window.Stripe; S.card…`), or a field of the
   * class that every write sets to it (`this.stripe = Stripe` in the constructor, `private stripe: any = (window as
   * any).Stripe`: an Angular 2 component's, real-world batch 278; not a field also set to a v3 instance or `null`).
   */
  isStripeGlobal(object: Node): boolean {
    if (isGlobalNamed(this.sourceCode, object, STRIPE_JS_GLOBAL)) return true;
    const target = unwrap(object);
    if (target.type === AST_NODE_TYPES.MemberExpression && unwrap(target.object).type === AST_NODE_TYPES.ThisExpression) {
      const writes = fieldWrites(target, this.sourceCode);
      return writes.length > 0 && writes.every((write) => isGlobalNamed(this.sourceCode, write, STRIPE_JS_GLOBAL));
    }
    if (target.type !== AST_NODE_TYPES.Identifier) return false;
    const resolved = resolveValue(target, this.sourceCode);
    return resolved !== target && isGlobalNamed(this.sourceCode, resolved, STRIPE_JS_GLOBAL);
  }

  checkStripeGlobalMember(node: TSESTree.MemberExpression, name: string): void {
    if (!isStripeV2Member(name) || !this.isStripeGlobal(node.object)) return;
    let reported: TSESTree.MemberExpression = node;
    const path = [name];
    const parent = node.parent;
    if (STRIPE_V2_NAMESPACES.has(name) && parent.type === AST_NODE_TYPES.MemberExpression && parent.object === node) {
      const member = memberName(parent, this.sourceCode);
      if (member !== null) {
        reported = parent;
        path.push(member);
      }
    }
    // Read only to be asserted on, a test that v2 is gone: `expect(window.Stripe.card).to.equal(undefined)`,
    // `expect(typeof Stripe.card).toBe('undefined')`, `assert(typeof Stripe.card === 'undefined')`.
    if (isAssertionInput(assertedSubject(reported))) return;
    // A test double put in its place, which uses nothing: `Stripe.card.createToken = sinon.spy(…)`,
    // `sandbox.stub(Stripe.card, 'createToken')`, `jest.spyOn(Stripe, 'setPublishableKey')` (real-world batch 325).
    if (isReplaced(reported)) return;
    this.context.report({
      node: reported,
      messageId: 'stripeJsV2Api',
      data: { api: `${STRIPE_JS_GLOBAL}.${path.join('.')}`, replacement: stripeV2Replacement(path) },
      suggest: name === 'setPublishableKey' ? this.setPublishableKeySuggestion(node) : [],
    });
  }

  /**
   * `stripe.card.createToken(…)` on a wrapper of the v2 global named like Stripe (angular-stripe's injected `stripe`,
   * ember-stripe-service's `this.stripe`): a namespaced call only v1/v2 has (STRIPE_V2_WRAPPED_CALLS). A receiver
   * resolved to anything else (a Stripe.js v3 instance, a stripe-node client, another value) is not reported.
   */
  checkStripeWrapperCall(node: TSESTree.MemberExpression, name: string): void {
    const methods = STRIPE_V2_WRAPPED_CALLS.get(name);
    const method = node.parent;
    if (!methods || method.type !== AST_NODE_TYPES.MemberExpression || method.object !== node) return;
    const methodName = memberName(method);
    if (methodName === null || !methods.has(methodName)) return;
    if (method.parent.type !== AST_NODE_TYPES.CallExpression || method.parent.callee !== method) return;
    if (this.isStripeGlobal(node.object) || stripeKindOf(node.object, this.sourceCode) !== 'stripe-by-name') return;
    // Named like Stripe, but an object of the file's own (`const stripeWidget = { card }`), or one made by a class or
    // function (`const stripe = new EventStore()`: real-world batch FF): a wrapper is handed in, not made here.
    // (Ember's getter of the injected service, `this.get('stripe')`, is handed in.)
    const resolved = resolveValue(node.object, this.sourceCode);
    const made = resolved.type;
    if (made === AST_NODE_TYPES.ObjectExpression || made === AST_NODE_TYPES.NewExpression) return;
    if (made === AST_NODE_TYPES.CallExpression && emberGetOfThis(resolved, this.sourceCode) === null) return;
    const receiver = this.sourceCode.getText(node.object);
    this.context.report({
      node: method,
      messageId: 'stripeJsV2Api',
      data: { api: `${receiver.length <= 40 ? receiver : STRIPE_JS_GLOBAL}.${name}.${methodName}`, replacement: stripeV2Replacement([name, methodName]) },
    });
  }

  /**
   * `StripeCheckout.configure(…)` on a parameter named `StripeCheckout`: angular-stripe-checkout's service, injected
   * by AngularJS (`.controller('Pay', function ($scope, StripeCheckout) {…})`), which wraps the legacy global. Only its
   * API's methods (`configure`, `open`, `close`, `load`), and not where the parameter holds a component.
   */
  isInjectedCheckout(object: Node, name: string): boolean {
    const target = unwrap(object);
    if (target.type !== AST_NODE_TYPES.Identifier || target.name !== LEGACY_CHECKOUT_GLOBAL || !INJECTED_CHECKOUT_METHODS.has(name)) return false;
    const variable = variableOf(target, this.sourceCode);
    const def = variable?.defs.length === 1 ? variable.defs[0]! : null;
    // A parameter of its own (`function (StripeCheckout)`), not a prop taken apart (`({ StripeCheckout })`).
    return def?.type === 'Parameter' && (def.node.params as readonly Node[]).includes(def.name);
  }

  /** Cheap syntactic pre-check: `Stripe` / `StripeCheckout`, or `<anything>.Stripe` / `<anything>.StripeCheckout`. */
  namesLegacyGlobal(object: Node): boolean {
    const name = writtenName(unwrap(object));
    return name === STRIPE_JS_GLOBAL || name === LEGACY_CHECKOUT_GLOBAL;
  }

  /** `$.payment.validateCardNumber`, `jQuery.payment.cardType`, `window.$.payment.formatCardNumber`. */
  isJqueryPaymentNamespace(node: Node): string | null {
    const target = unwrap(node);
    if (target.type !== AST_NODE_TYPES.MemberExpression || memberName(target) !== 'payment') return null;
    return jqueryRootName(target.object);
  }

  jsListeners(): TSESLint.RuleListener {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the listeners are methods of their own object
    const check = this;
    const listeners: TSESLint.RuleListener = {
      MemberExpression(node) {
        // Literal names first; a computed key is resolved (scope work) only on the legacy globals themselves.
        const name = memberName(node) ?? (node.computed && check.namesLegacyGlobal(node.object) ? memberName(node, check.sourceCode) : null);
        if (name === null) return;
        if (check.mayUseStripeGlobal) check.checkStripeGlobalMember(node, name);
        if (check.mayUseStripeWrapper) check.checkStripeWrapperCall(node, name);
        if (check.mayUseCheckoutGlobal && (isGlobalNamed(check.sourceCode, node.object, LEGACY_CHECKOUT_GLOBAL) || check.isInjectedCheckout(node.object, name))) {
          if (check.definesLegacyCheckout()) return;
          check.context.report({
            node,
            messageId: 'legacyCheckout',
            data: { api: `${LEGACY_CHECKOUT_GLOBAL}.${name}`, replacement: LEGACY_CHECKOUT_REPLACEMENT },
          });
          return;
        }
        if (check.mayUseJqueryPayment && JQUERY_PAYMENT_FUNCTIONS.has(name)) {
          const root = check.isJqueryPaymentNamespace(node.object);
          if (root !== null && !check.definesJqueryPayment()) {
            check.context.report({ node, messageId: 'jqueryPayment', data: { api: `${root}.payment.${name}` } });
          }
        }
      },
      CallExpression(node) {
        if (node.arguments.length === 0) return;
        const callee = unwrap(node.callee);
        // AMD: require(['https://js.stripe.com/v2/'], cb), define([…], factory), require.config({ paths: { … } })
        if (check.mayLoadStripeScript) for (const url of amdScriptUrls(node)) check.checkScriptUrl(url);
        // require('react-stripe-checkout'), require('jquery.payment')
        if (callee.type === AST_NODE_TYPES.Identifier && callee.name === REQUIRE) {
          const [source] = node.arguments;
          if (check.mayImportLegacyPackage && source?.type === AST_NODE_TYPES.Literal && typeof source.value === 'string') {
            check.checkModuleSource(source as TSESTree.StringLiteral, (m) => `require(${m})`);
          }
          return;
        }
        // $('input.cc-num').payment('formatCardNumber')
        if (check.mayUseJqueryPayment && callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === JQUERY_PAYMENT_METHOD) {
          const [command] = node.arguments;
          if (
            command?.type === AST_NODE_TYPES.Literal &&
            typeof command.value === 'string' &&
            JQUERY_PAYMENT_COMMANDS.has(command.value) &&
            !check.definesJqueryPayment()
          ) {
            check.context.report({
              loc: { start: callee.property.loc.start, end: node.loc.end },
              messageId: 'jqueryPayment',
              data: { api: `.payment('${command.value}')` },
            });
          }
          return;
        }
        if (!check.mayLoadStripeScript) return;
        for (const url of scriptUrlArguments(node, check.sourceCode, check.extraLoaders)) check.checkScriptUrl(url);
        if (check.writesScriptTags) check.checkHtmlString(scriptRunningHtmlOf(node, check.sourceCode));
      },
      AssignmentExpression(node) {
        const value = check.mayLoadStripeScript ? srcAssignmentValue(node) : null;
        if (value) check.checkScriptUrl(value);
      },
      JSXAttribute(node) {
        const value = check.mayLoadStripeScript ? jsxScriptSrcValue(node) : null;
        if (value) check.checkScriptUrl(value);
      },
      Property(node) {
        const value = check.mayLoadStripeScript ? declaredScriptSrcValue(node) : null;
        if (value) check.checkScriptUrl(value);
      },
      ImportExpression(node) {
        const source = unwrap(node.source);
        if (check.mayImportLegacyPackage && source.type === AST_NODE_TYPES.Literal && typeof source.value === 'string') {
          check.checkModuleSource(source as TSESTree.StringLiteral, (m) => `import(${m})`);
        }
        if (check.mayLoadStripeScript) check.checkScriptUrl(node.source);
      },
      ImportDeclaration(node) {
        if (!check.mayImportLegacyPackage || node.importKind === 'type') return;
        // A legacy Checkout component imported and never used loads nothing: the component injects checkout.js when it
        // mounts (real-world batch EL: a page left with a stale import). Nor does one whose imports are used as types
        // only (`import { Token } from 'react-stripe-checkout'` for a token parameter's type, precision probe 294),
        // which TypeScript drops from the output. jquery.payment registers itself on import.
        const component = LEGACY_CHECKOUT_PACKAGE_NAMES.includes(node.source.value);
        if (component && node.specifiers.length > 0 && check.sourceCode.getDeclaredVariables(node).every((variable) => variable.references.every(isTypeOnly))) return;
        check.checkModuleSource(node.source, (m) => (node.specifiers.length > 0 ? `import … from ${m}` : `import ${m}`));
      },
      'ExportAllDeclaration, ExportNamedDeclaration'(node: TSESTree.ExportAllDeclaration | TSESTree.ExportNamedDeclaration) {
        if (check.mayImportLegacyPackage && node.source && node.exportKind !== 'type') check.checkModuleSource(node.source, (m) => `export … from ${m}`);
      },
      TSImportEqualsDeclaration(node) {
        const reference = node.moduleReference;
        if (
          check.mayImportLegacyPackage &&
          node.importKind !== 'type' &&
          reference.type === AST_NODE_TYPES.TSExternalModuleReference &&
          reference.expression.type === AST_NODE_TYPES.Literal &&
          typeof reference.expression.value === 'string'
        ) {
          check.checkModuleSource(reference.expression as TSESTree.StringLiteral, (m) => `import … = require(${m})`);
        }
      },
    };
    // Register only what this file can need: fewer listeners on the most frequent node types, and on those, only the
    // nodes whose written names can matter (selectors), so that the listeners run on few nodes.
    const selectors: Record<string, string | null> = {};
    if (!check.mayUseStripeGlobal && !check.mayUseCheckoutGlobal && !check.mayUseJqueryPayment && !check.mayUseStripeWrapper) selectors.MemberExpression = null;
    else if (!check.mayUseCheckoutGlobal) {
      // Without `StripeCheckout` (whose every member is reported), only v1/v2 members and jquery.payment functions.
      const names = [
        ...(check.mayUseStripeGlobal ? STRIPE_V2_MEMBER_NAMES : []),
        ...(check.mayUseJqueryPayment ? JQUERY_PAYMENT_FUNCTIONS : []),
        ...(check.mayUseStripeWrapper ? STRIPE_V2_WRAPPED_CALLS.keys() : []),
      ];
      selectors.MemberExpression = memberSelector(names);
    }
    if (!check.mayImportLegacyPackage && !check.mayUseJqueryPayment && !check.mayLoadStripeScript) selectors.CallExpression = null;
    else {
      const names = [
        ...(check.mayImportLegacyPackage ? [REQUIRE] : []),
        ...(check.mayUseJqueryPayment ? [JQUERY_PAYMENT_METHOD] : []),
        ...(check.mayLoadStripeScript ? [...SCRIPT_URL_CALL_NAMES, ...AMD_CALL_NAMES, ...check.extraLoaders] : []),
        ...(check.writesScriptTags ? HTML_WRITE_CALL_NAMES : []),
      ];
      // A name bound to a loader package may be any local name: then every bare call is looked at.
      selectors.CallExpression = callSelector(names, { anyBareCall: check.mayLoadStripeScript && bindsLoaderModule(check.sourceCode) });
    }
    selectors.AssignmentExpression = check.mayLoadStripeScript ? SRC_ASSIGNMENT_SELECTOR : null;
    selectors.JSXAttribute = check.mayLoadStripeScript ? SRC_ATTRIBUTE_SELECTOR : null;
    return selectListeners(listeners, selectors);
  }
}

/** Test-double makers given an object and the name of its method to replace (sinon, Jest, Vitest). */
const STUB_MAKERS: ReadonlySet<string> = new Set(['stub', 'spyOn', 'replace', 'replaceGetter', 'replaceSetter']);

/**
 * Is a member of the v2 global written over (`Stripe.card.createToken = …`), or handed to a test-double maker as the
 * object whose method it replaces (`sinon.stub(Stripe.card, 'createToken')`)?
 */
function isReplaced(member: TSESTree.MemberExpression): boolean {
  const parent = member.parent;
  if (parent.type === AST_NODE_TYPES.AssignmentExpression) return parent.left === member;
  if (parent.type !== AST_NODE_TYPES.CallExpression || parent.arguments[0] !== member || parent.arguments.length < 2) return false;
  const callee = unwrap(parent.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && STUB_MAKERS.has(memberName(callee) ?? '');
}

/**
 * What an assertion would be handed for a member read: the read itself, its `typeof`, or a comparison of either
 * (`typeof Stripe.card === 'undefined'`).
 */
function assertedSubject(read: TSESTree.MemberExpression): Node {
  let subject: Node = read;
  if (subject.parent?.type === AST_NODE_TYPES.UnaryExpression && subject.parent.operator === 'typeof') subject = subject.parent;
  const parent = subject.parent;
  return parent?.type === AST_NODE_TYPES.BinaryExpression && EQUALITY_OPERATORS.has(parent.operator) ? parent : subject;
}
