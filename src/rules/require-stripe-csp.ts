import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { directiveAllows, governingDirective, isNoneOnly, namesConnectJs, namesHost, namesStripeOrigin, type CspDirective } from '../analysis/csp.js';
import {
  headerAssignmentDefinitions,
  headerCallDefinitions,
  headerPropertyDefinitions,
  blankieDefinitions,
  blankieRegisteredAlone,
  helmetDefinitions,
  honoSecureHeadersDefinitions,
  nextHeadersLibraryDefinitions,
  nichtsamHelmetDefinitions,
  isNuxtConfig,
  isSvelteKitConfig,
  nuxtSecurityDefinitions,
  svelteKitCspDefinitions,
  mayRegisterBlankie,
  markupMetaDefinitions,
  mayDefineCspIn,
  metaDefinitions,
  replacedByLaterHelmet,
  stripeNamedOnlyInPolicies,
  type CspDefinition,
} from '../analysis/csp-definitions.js';
import { isJsProgram, withMarkupListeners } from '../analysis/markup.js';
import { declaredMajor, inManifestV3Extension } from '../analysis/package-json.js';
import { mayServePages } from '../analysis/page-serving.js';
import { mentionsStripe, mentionsStripeInCode } from '../analysis/stripe-clients.js';
import { blockedBy, stripeCspRequirements, type StripeCspProduct } from '../stripe/csp.js';
import { isTestSource } from '../analysis/test-files.js';
import { textFinder } from '../analysis/text-search.js';
import { createRule } from '../util/create-rule.js';

export const MESSAGE_IDS = ['missingStripeSources', 'addStripeSources'] as const;
export type MessageIds = (typeof MESSAGE_IDS)[number];

export type Options = [
  {
    stripeJs?: boolean;
    checkout?: boolean;
    connectEmbedded?: boolean;
    link?: boolean;
    requireStripeEvidence?: boolean;
  },
];

const DEFAULT_OPTIONS: Options[0] = { stripeJs: true, checkout: false, connectEmbedded: false, link: false, requireStripeEvidence: true };

const PRODUCTS: readonly StripeCspProduct[] = ['stripeJs', 'checkout', 'connectEmbedded', 'link'];

/**
 * The nodes the definition readers can accept, as selectors (so the listeners run on few nodes): a header name has a
 * `-`, which no identifier has, so a property keyed by a plain identifier other than `key` and a member assignment
 * `a.b = v` name no header (see `headerPropertyDefinitions`, `headerAssignmentDefinitions`); meta elements are `meta`.
 */
const HEADER_PROPERTY_SELECTOR = 'Property[computed=true], Property[key.type!="Identifier"], Property[key.name="key"]';
const HEADER_ASSIGNMENT_SELECTOR = 'AssignmentExpression[operator="="][left.computed=true]';
const META_SELECTOR = 'JSXOpeningElement[name.name="meta"]';
/** `csp` of SvelteKit's `kit` options, in svelte.config.js (`svelteKitCspDefinitions` checks the rest). */
const SVELTEKIT_CSP_SELECTOR = 'Property[key.name="csp"], Property[key.value="csp"]';
/** The config of nuxt.config.ts (`nuxtSecurityDefinitions` checks the rest). */
const NUXT_CONFIG_SELECTOR = 'CallExpression[callee.name="defineNuxtConfig"], ExportDefaultDeclaration';

/** Middleware and modules that send defaults of their own beside the directives given (`CspDefinition['via']`). */
const WITH_DEFAULTS: ReadonlySet<string> = new Set(['helmet', 'blankie', 'nuxt-security', 'next-safe']);

/** Policies set by a framework's module or a header library in the framework's config (`CspDefinition['via']`). */
const FRAMEWORK_POLICIES: ReadonlySet<string> = new Set(['nuxt-security', 'next-safe', 'next-secure-headers']);

/** Stripe.js named in a file: its host (a head script's `src`) or its loader package. */
const namesStripeJs = textFinder(['js.stripe.com', '@stripe/stripe-js'], { ignoreCase: true });

const code = (text: string): string => `\`${text}\``;
const list = (items: readonly string[]): string => items.map(code).join(', ');
/** `a`, `a and b`, `a, b and c`. */
const sentenceList = (items: readonly string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`);

function describeDirective(checked: string, governing: CspDirective, via: CspDefinition['via']): string {
  const fallback = governing.name !== checked && !(checked === 'script-src' && governing.name === 'script-src-elem');
  // The middleware's or module's own defaults (Hono, SvelteKit and next-secure-headers have none).
  const middlewareDefault = WITH_DEFAULTS.has(via) && governing.fromDefaults === true ? via : null;
  if (!fallback) return middlewareDefault ? `${code(governing.name)} (${middlewareDefault}'s default)` : code(governing.name);
  return middlewareDefault
    ? `${code(checked)} (not set, so ${middlewareDefault}'s default ${code(governing.name)} applies)`
    : `${code(checked)} (not set, so ${code(governing.name)} applies)`;
}

/**
 * The first major of each package whose `helmet()` sends a Content-Security-Policy without being asked: helmet 4.0.0
 * (helmetjs.github.io/faq/helmet-4-upgrade: "When you use the top-level Helmet function … Helmet 4 now includes the
 * following middlewares by default: helmet.contentSecurityPolicy …"); koa-helmet wraps helmet 3 up to its 5.x and
 * helmet 4 from 6.0.0 (npm: koa-helmet@5 depends on helmet ^3.21.1, koa-helmet@6 on ^4.1.1). fastify-helmet 3.x and
 * 4.x use helmet 3's middlewares, `contentSecurityPolicy` only when its option is given (their config.json's
 * `defaultMiddleware` leaves it out), and helmet 4 from 5.0.0 (npm: fastify-helmet@5 depends on helmet ^4.0.0);
 * @fastify/helmet has always used helmet 5 or later.
 */
const FIRST_MAJOR_WITH_DEFAULT_POLICY: Readonly<Record<string, number>> = { helmet: 4, 'koa-helmet': 6, 'fastify-helmet': 5 };

/** Does the project declare a version of `module` whose `helmet()` sends no policy? Unknown ranges: no. */
function sendsNoDefaultPolicy(module: string, physicalFilename: string): boolean {
  const first = FIRST_MAJOR_WITH_DEFAULT_POLICY[module];
  const major = first === undefined ? null : declaredMajor(physicalFilename, module);
  return major !== null && major < first!;
}

export default createRule<Options, MessageIds>({
  name: 'require-stripe-csp',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require Content-Security-Policy definitions to allow the Stripe origins Stripe.js and Checkout need',
      recommended: 'recommended',
      saq: 'A-requirement',
      strictOptions: [{ requireStripeEvidence: false }],
      markup: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        description: 'Stripe products the pages under these policies use; each adds the origins Stripe lists for it.',
        properties: {
          stripeJs: {
            type: 'boolean',
            description: 'Stripe.js / Elements / 3D Secure: js.stripe.com (script, frame), hooks.stripe.com (frame), api.stripe.com (connect).',
          },
          checkout: {
            type: 'boolean',
            description: 'Embedded or legacy Checkout on the page: checkout.stripe.com (script, frame, connect). Not needed for redirects to hosted Checkout.',
          },
          connectEmbedded: {
            type: 'boolean',
            description: 'Connect embedded components: connect-js.stripe.com and js.stripe.com (script, frame).',
          },
          link: {
            type: 'boolean',
            description: 'Link, in addition to Stripe.js: link.com and *.link.com (frame, connect).',
          },
          requireStripeEvidence: {
            type: 'boolean',
            description:
              "Only check policies in files that mention Stripe in their code (an import, a Stripe origin, an identifier; comments alone do not count, nor do the origins of Stripe's hosted pages, checkout.stripe.com and billing.stripe.com), and a server middleware's policy (helmet's, Hono's secureHeaders) that names no host only where the file also serves pages (views, static files, HTML), and a policy that nuxt-security, next-safe or next-secure-headers sets only where it names one of Stripe's origins or the file loads Stripe.js, and a policy that names none of Stripe's origins only where the file names Stripe outside its other policies' sources. A policy in a file that never names Stripe cannot be told apart from one in a project without Stripe.js, nor a page server's middleware from an API server's; the strict preset sets this to false and checks every policy.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [DEFAULT_OPTIONS],
    messages: {
      missingStripeSources:
        "Content-Security-Policy {{directive}} does not allow {{missing}}, so the browser blocks {{blocked}}. A policy that blocks Stripe tends to be worked around by dropping it, or by collecting card details in the page's own form, which leaves SAQ A. Add the origins Stripe's security guide lists.",
      addStripeSources: 'Allow {{sources}} in `{{directive}}`.',
    },
  },
  defaultOptions: [DEFAULT_OPTIONS],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    // Precision: a CSP that blocks Stripe only matters where Stripe is used; without any mention of Stripe in the
    // file, the policy may well belong to a project that never loads Stripe.js (docs: Limitations). Asked first: the
    // other rules share that scan of the file.
    const evidence = options.requireStripeEvidence ?? true;
    if (evidence && !mentionsStripe(sourceCode)) return {};
    // Exact prefilter: every recognised definition spells the header name or imports helmet, Hono's secureHeaders or a
    // Next.js header library in this file, or sits in a SvelteKit or Nuxt config.
    const svelteKitConfig = isSvelteKitConfig(context.filename);
    const nuxtConfig = isNuxtConfig(context.filename);
    if (!svelteKitConfig && !nuxtConfig && !mayDefineCspIn(sourceCode)) return {};
    // A policy in test code (an expected header, a mocked response, a test server's helmet) reaches no browser.
    if (isTestSource(context)) return {};
    // A Manifest V3 browser extension's page cannot load Stripe.js, a remote script, whatever its policy says (real-world
    // batch 92: an extension's popup).
    if (inManifestV3Extension(context.physicalFilename)) return {};
    const products = PRODUCTS.filter((p) => options[p] ?? DEFAULT_OPTIONS[p]);
    const requirementsOf = (list: readonly StripeCspProduct[]) =>
      stripeCspRequirements(list).map((requirement) => ({ ...requirement, origins: [...requirement.required.keys()] }));
    const requirements = requirementsOf(products);
    if (requirements.length === 0) return {};
    // A policy that names Connect.js's origin is a Connect embedded components page's: it needs Connect's sources, not
    // Stripe.js's payment ones (`hooks.stripe.com`, `api.stripe.com`), whatever else the options enable (docs: Limitations).
    let connectPageRequirements: typeof requirements | undefined;
    const requirementsFor = (policy: CspDefinition['policy']): typeof requirements =>
      namesConnectJs(policy)
        ? (connectPageRequirements ??= requirementsOf([...new Set<StripeCspProduct>([...products.filter((p) => p !== 'stripeJs'), 'connectEmbedded'])]))
        : requirements;
    const reported = new Map<TSESTree.Node, Set<string>>();

    function check(definitions: readonly CspDefinition[]): void {
      // Stripe named in comments only (`// Webhooks: PayPal, Stripe…`) says nothing about the pages this policy
      // serves (real-world batch 99): the evidence must be in the code.
      // Nor do Stripe's hosted pages named alone (mentionsStripeInCode).
      if (definitions.length > 0 && evidence && !mentionsStripeInCode(sourceCode)) return;
      for (const definition of definitions) {
        if (definition.reportOnly) continue;
        // A server middleware's policy (helmet's, defaults or written out; Hono's secureHeaders) that names no host,
        // only keywords (`'self'`), in a file that names Stripe but serves no page from what it says: an API server's
        // hardening (JSON, a webhook route, a redirect to Checkout), where Stripe.js never loads (docs: Limitations;
        // real-world batch DS). A policy that lists hosts (a CDN, `js.stripe.com`) is written for pages that load from
        // them, wherever they are served from.
        if (
          evidence &&
          (definition.via === 'helmet' || definition.via === 'hono' || definition.via === 'blankie') &&
          !namesHost(definition.policy) &&
          !mayServePages(sourceCode, context.physicalFilename)
        ) {
          continue;
        }
        // A framework config names Stripe mostly for its server or images (`runtimeConfig: { stripeSecretKey }`, an app
        // that redirects to Checkout): a policy it sets through a framework module or a header library, often all
        // defaults, is judged where it names one of Stripe's origins or the config loads Stripe.js (real-world batch
        // 321: a policy for YouTube embeds in an app that pays through Checkout).
        if (evidence && FRAMEWORK_POLICIES.has(definition.via) && !namesStripeOrigin(definition.policy) && !namesStripeJs(sourceCode.text)) continue;
        // A policy that names none of Stripe's origins, where the file names Stripe only in other policies' sources: those
        // are for the pages that load Stripe.js, this one for the rest (real-world batch 337: a middleware's policy for
        // its Stripe page, and one for every other path).
        if (evidence && !namesStripeOrigin(definition.policy) && isJsProgram(sourceCode) && stripeNamedOnlyInPolicies(sourceCode)) continue;
        // `helmet()` of a helmet that sends no policy unless told to (helmet 3, koa-helmet 4–5, fastify-helmet 3–4), as the project's
        // package.json declares it (docs: Limitations).
        if (definition.implicitHelmetPolicyOf !== undefined && sendsNoDefaultPolicy(definition.implicitHelmetPolicyOf, context.physicalFilename)) continue;
        // A policy that runs no script at all (`default-src 'none'` on an error page, real-world batch 104) is no page's
        // that loads Stripe.js.
        const scripts = governingDirective(definition.policy, 'script-src');
        if (scripts && isNoneOnly(scripts)) continue;
        for (const requirement of requirementsFor(definition.policy)) {
          const governing = governingDirective(definition.policy, requirement.directive);
          if (!governing) continue;
          const forScripts = requirement.directive === 'script-src';
          const missing = requirement.origins.filter((origin) => directiveAllows(governing, origin, forScripts) === 'no');
          if (missing.length === 0) continue;
          const seen = reported.get(definition.key) ?? new Set<string>();
          const id = `${definition.index}:${requirement.directive}`;
          if (seen.has(id)) continue;
          seen.add(id);
          reported.set(definition.key, seen);
          const extra = requirement.suggested.filter((origin) => directiveAllows(governing, origin, forScripts) === 'no');
          const fix = definition.allowFix(requirement.directive, governing, [...missing, ...extra]);
          const target = definition.target(governing);
          context.report({
            ...target,
            messageId: 'missingStripeSources',
            data: {
              directive: describeDirective(requirement.directive, governing, definition.via),
              missing: list(missing),
              blocked: sentenceList(blockedBy(requirement, missing)),
            },
            suggest: fix ? [{ messageId: 'addStripeSources', data: { sources: list([...missing, ...extra]), directive: requirement.directive }, fix: fix as TSESLint.ReportFixFunction }] : [],
          });
        }
      }
    }

    // hapi's blankie plugin: a registration object (`{ plugin: Blankie, options }`) or blankie registered alone, in a
    // file that names the module.
    const namesBlankie = mayRegisterBlankie(sourceCode.text);
    return withMarkupListeners(sourceCode, { element: (element) => check(markupMetaDefinitions(element, sourceCode)) }, () => ({
      CallExpression(node) {
        const helmet = helmetDefinitions(node, sourceCode);
        // A policy that a later helmet middleware of the same app replaces never reaches the browser.
        if (helmet.length > 0 && replacedByLaterHelmet(node, sourceCode)) return;
        if (helmet.length > 0) {
          check(helmet);
          return;
        }
        if (namesBlankie) for (const plugin of blankieRegisteredAlone(node, sourceCode)) check(blankieDefinitions(plugin, sourceCode));
        let middleware = honoSecureHeadersDefinitions(node, sourceCode);
        if (middleware.length === 0) middleware = nichtsamHelmetDefinitions(node, sourceCode);
        if (middleware.length === 0) middleware = nextHeadersLibraryDefinitions(node, sourceCode);
        check(middleware.length > 0 ? middleware : headerCallDefinitions(node, sourceCode));
      },
      ...(namesBlankie ? { ObjectExpression: (node: TSESTree.ObjectExpression) => check(blankieDefinitions(node, sourceCode)) } : {}),
      [HEADER_PROPERTY_SELECTOR](node: TSESTree.Property) {
        check(headerPropertyDefinitions(node, sourceCode));
      },
      [HEADER_ASSIGNMENT_SELECTOR](node: TSESTree.AssignmentExpression) {
        check(headerAssignmentDefinitions(node, sourceCode));
      },
      [META_SELECTOR](node: TSESTree.JSXOpeningElement) {
        check(metaDefinitions(node, sourceCode));
      },
      ...(svelteKitConfig ? { [SVELTEKIT_CSP_SELECTOR]: (node: TSESTree.Property) => check(svelteKitCspDefinitions(node, sourceCode)) } : {}),
      ...(nuxtConfig ? { [NUXT_CONFIG_SELECTOR]: (node: TSESTree.CallExpression | TSESTree.ExportDefaultDeclaration) => check(nuxtSecurityDefinitions(node, sourceCode)) } : {}),
    }));
  },
});
