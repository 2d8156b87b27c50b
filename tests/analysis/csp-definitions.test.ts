import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNKNOWN, governingDirective, parsePolicy } from '../../src/analysis/csp.js';
import {
  blankieDefinitions,
  blankieRegisteredAlone,
  headerAssignmentDefinitions,
  headerCallDefinitions,
  headerPropertyDefinitions,
  helmetDefinitions,
  metaDefinitions,
  nextHeadersLibraryDefinitions,
  nichtsamHelmetDefinitions,
  nuxtSecurityDefinitions,
  svelteKitCspDefinitions,
  policyTexts,
  type CspDefinition,
  CSP_HEADER,
  CSP_REPORT_ONLY_HEADER,
  HELMET_MODULE_NAMES,
  mayDefineCsp,
  replacedByLaterHelmet,
  stripeNamedOnlyInPolicies,
} from '../../src/analysis/csp-definitions.js';
import { rememberPhysicalFilename } from '../../src/analysis/file-cache.js';
import { fileURLToPath } from 'node:url';
import { runWithRule, type RunOptions } from './helpers.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Policy text of the first argument of every `probe(...)` call, with `?` for unknown parts (texts for its conditions' branches joined by ` || `). */
function texts(code: string, options?: RunOptions): string[] {
  const out: string[] = [];
  runWithRule(
    code,
    (context) => ({
      CallExpression(node: TSESTree.CallExpression) {
        if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'probe' && node.arguments[0]) {
          out.push(policyTexts(node.arguments[0], context.sourceCode).map((t) => t.text.split(UNKNOWN).join('?')).join(' || '));
        }
      },
    }),
    options,
  );
  return out;
}

interface Found {
  via: string;
  reportOnly: boolean;
  directives: string[];
  open: boolean;
}

/** Every definition found in `code`, summarised. */
function definitions(code: string, options?: RunOptions, each?: (d: CspDefinition, sc: SourceCode) => void): Found[] {
  const out: Found[] = [];
  runWithRule(
    code,
    (context) => {
      const add = (list: readonly CspDefinition[]): void => {
        for (const d of list) {
          each?.(d, context.sourceCode);
          out.push({
            via: d.via,
            reportOnly: d.reportOnly,
            open: d.policy.open,
            directives: d.policy.directives.map((x) => `${x.name}${x.fromDefaults ? '(default)' : ''}=${x.sources.join(' ').split(UNKNOWN).join('?')}`),
          });
        }
      };
      return {
        CallExpression(node: TSESTree.CallExpression) {
          const helmet = helmetDefinitions(node, context.sourceCode);
          const nichtsam = nichtsamHelmetDefinitions(node, context.sourceCode);
          add(helmet.length > 0 ? helmet : nichtsam.length > 0 ? nichtsam : headerCallDefinitions(node, context.sourceCode));
          for (const plugin of blankieRegisteredAlone(node, context.sourceCode)) add(blankieDefinitions(plugin, context.sourceCode));
          add(nuxtSecurityDefinitions(node, context.sourceCode));
          add(nextHeadersLibraryDefinitions(node, context.sourceCode));
        },
        ExportDefaultDeclaration: (node: TSESTree.ExportDefaultDeclaration) => add(nuxtSecurityDefinitions(node, context.sourceCode)),
        ObjectExpression: (node: TSESTree.ObjectExpression) => add(blankieDefinitions(node, context.sourceCode)),
        Property: (node: TSESTree.Property) => {
          add(headerPropertyDefinitions(node, context.sourceCode));
          add(svelteKitCspDefinitions(node, context.sourceCode));
        },
        AssignmentExpression: (node: TSESTree.AssignmentExpression) => add(headerAssignmentDefinitions(node, context.sourceCode)),
        JSXOpeningElement: (node: TSESTree.JSXOpeningElement) => add(metaDefinitions(node, context.sourceCode)),
      };
    },
    options,
  );
  return out;
}

describe('policyTexts', () => {
  it('literals, templates with unknown holes, consts, concatenation', () => {
    expect(
      texts(`
        const self = "'self'";
        const base = "default-src " + self;
        probe(base + '; script-src https://js.stripe.com');
        probe(\`script-src 'nonce-\${nonce}' \${self}\`);
        probe(unknownValue);
      `),
    ).toEqual(["default-src 'self'; script-src https://js.stripe.com", "script-src 'nonce-?' 'self'", '?']);
  });

  it('calls of functions of this file with one return value; their parameters are unknown', () => {
    expect(
      texts(`
        function getCsp(nonce) {
          const scriptSrc = ["'self'", \`'nonce-\${nonce}'\`, 'https://js.stripe.com'];
          return ["default-src 'self'", \`script-src \${scriptSrc.join(' ')}\`].join('; ');
        }
        const frameSrc = () => "frame-src https://js.stripe.com";
        function either(dev) { if (dev) return "default-src *"; return "default-src 'self'"; }
        probe(getCsp(res.locals.nonce));
        probe(frameSrc());
        probe(either(true));
        probe(imported());
      `),
    ).toEqual(["default-src 'self'; script-src 'self' 'nonce-?' https://js.stripe.com", 'frame-src https://js.stripe.com', '?', '?']);
    // recursion is followed a bounded number of levels, then unknown
    const [recursive] = texts(`function loop() { return loop() + '; x'; } probe(loop());`);
    expect(recursive).toMatch(/^\?(?:; x){2,10}$/);
  });

  it('array joins and whitespace clean-ups; other replaces are unknown', () => {
    expect(
      texts(`
        const directives = ["default-src 'self'", "script-src 'self'", ...extra];
        probe(directives.join('; '));
        probe(["a b", "c d"].join());
        probe(\`
          default-src 'self';
          frame-src 'none';
        \`.replace(/\\n/g, '').replace(/\\s{2,}/g, ' ').trim());
        probe(text.replace(/;/g, ','));
        probe(text.replace(/\\s/g, ''));
        probe(parts.join(sep));
      `),
    ).toEqual([
      "default-src 'self'; script-src 'self'; ?",
      'a b,c d',
      "\n          default-src 'self';\n          frame-src 'none';\n        ",
      '?',
      '?',
      '?',
    ]);
  });

  it("a condition inside the policy makes a text per branch; a test the file decides is its value (real-world batch 247)", () => {
    expect(
      texts(`
        const dev = process.env.NODE_ENV === 'development';
        probe(["default-src 'self'", dev ? "connect-src 'self' ws:" : "connect-src 'self'", "frame-src https://js.stripe.com"].join('; '));
        probe(\`script-src 'self' \${dev ? "'unsafe-eval'" : ''}; frame-src \${a ? 'x' : 'y'}\`);
        const LOCAL = false;
        probe("default-src 'self'" + (LOCAL ? ' http://localhost' : ''));
      `),
    ).toEqual([
      "default-src 'self'; connect-src 'self' ws:; frame-src https://js.stripe.com || default-src 'self'; connect-src 'self'; frame-src https://js.stripe.com",
      "script-src 'self' 'unsafe-eval'; frame-src x || script-src 'self' 'unsafe-eval'; frame-src y || script-src 'self' ; frame-src x || script-src 'self' ; frame-src y",
      "default-src 'self'",
    ]);
    // Past eight texts, the conditions left are unknown parts.
    const [many] = texts(`probe([a ? '1' : '2', b ? '1' : '2', c ? '1' : '2', d ? '1' : '2'].join(' '))`);
    expect(many!.split(' || ')).toEqual(['1 1 1 1', '1 1 1 2', '1 1 2 1', '1 1 2 2', '1 2 1 1', '1 2 1 2', '1 2 2 ?', '2 ? ? ?']);
  });

  it('maps every character back to the source through escapes (TS parser and espree)', () => {
    for (const options of [{}, { parser: 'espree' as const }]) {
      const code = "probe('default-src \\'self\\'; x'); probe(`a\\`b ${c} d`);";
      const found: [string, string][] = [];
      runWithRule(
        code,
        (context) => ({
          CallExpression(node: TSESTree.CallExpression) {
            if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'probe') return;
            for (const piece of policyTexts(node.arguments[0]!, context.sourceCode)[0]!.pieces) {
              const offsets = piece.sourceOffsets!;
              found.push([code.slice(offsets[0], offsets.at(-1)), piece.escape("'`${x}")!]);
            }
          },
        }),
        options,
      );
      expect(found).toEqual([
        ["default-src \\'self\\'; x", "\\'`${x}"],
        ['a\\`b ', "'\\`\\${x}"],
        [' d', "'\\`\\${x}"],
      ]);
    }
  });

  it('unmappable escapes leave a piece read-only', () => {
    const pieces: (number[] | null)[] = [];
    runWithRule("probe('script-src \\u0027self\\u0027');", (context) => ({
      CallExpression(node: TSESTree.CallExpression) {
        if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'probe') {
          pieces.push(...policyTexts(node.arguments[0]!, context.sourceCode)[0]!.pieces.map((p) => p.sourceOffsets));
        }
      },
    }));
    expect(pieces).toEqual([null]);
  });
});

describe('helmet definitions', () => {
  it('helmet() with no options sets the defaults', () => {
    expect(definitions("import helmet from 'helmet'; app.use(helmet());")).toEqual([
      {
        via: 'helmet',
        reportOnly: false,
        open: false,
        directives: [
          "default-src(default)='self'",
          "base-uri(default)='self'",
          "font-src(default)='self' https: data:",
          "form-action(default)='self'",
          "frame-ancestors(default)='self'",
          "img-src(default)='self' data:",
          "object-src(default)='none'",
          "script-src(default)='self'",
          "script-src-attr(default)='none'",
          "style-src(default)='self' https: 'unsafe-inline'",
          'upgrade-insecure-requests(default)=',
        ],
      },
    ]);
  });

  it('import forms: default, namespace, named csp, require, require().csp, koa-helmet, @fastify/helmet', () => {
    const found = definitions(`
      import helmet from 'helmet';
      import * as h from 'helmet';
      import { contentSecurityPolicy as csp } from 'helmet';
      import koaHelmet from 'koa-helmet';
      import fastifyHelmet from '@fastify/helmet';
      const helmetCjs = require('helmet');
      const { contentSecurityPolicy } = require('helmet');
      const d = { directives: { defaultSrc: ["'none'"] }, useDefaults: false };
      helmet.contentSecurityPolicy(d);
      h.default.contentSecurityPolicy(d);
      csp(d);
      koaHelmet.contentSecurityPolicy(d);
      helmetCjs.contentSecurityPolicy(d);
      contentSecurityPolicy(d);
      require('helmet').contentSecurityPolicy(d);
      require('helmet')({ contentSecurityPolicy: d });
      fastify.register(fastifyHelmet, { contentSecurityPolicy: d });
      fastify.register(require('@fastify/helmet'), { contentSecurityPolicy: d });
    `);
    expect(found.map((f) => f.directives.join(' '))).toEqual(Array(10).fill("default-src='none'"));
  });

  it('not helmet: other modules, unknown options, CSP disabled, spreads of unknowns', () => {
    expect(
      definitions(`
        import helmet from 'helmet';
        import other from 'other-helmet';
        other();
        helmet(options);
        helmet({ contentSecurityPolicy: false });
        helmet({ contentSecurityPolicy: cspOptions });
        helmet({ ...base });
        helmet({ contentSecurityPolicy: { useDefaults: flag, directives: {} } });
        helmet({ contentSecurityPolicy: { directives: getDirectives() } });
        helmet(...args);
        fastify.register(plugin, {});
      `),
    ).toEqual([]);
  });

  it("merges helmet's defaults into given directives as the version the project declares does", () => {
    const code = `import helmet from 'helmet';
helmet.contentSecurityPolicy({ directives: { defaultSrc: ["'self'", 'https://js.stripe.com'] } });
helmet({ contentSecurityPolicy: { useDefaults: true, directives: { defaultSrc: ["'self'"] } } });
helmet({ contentSecurityPolicy: { useDefaults: false } });
helmet();
`;
    /** Each definition's directive names, `*` after one of helmet's defaults, for the file in `project`. */
    const names = (project: string): string[] => {
      const out: string[] = [];
      runWithRule(
        code,
        (context) => {
          rememberPhysicalFilename(context.sourceCode, context.physicalFilename);
          return {
            CallExpression: (node: TSESTree.CallExpression) => {
              for (const d of helmetDefinitions(node, context.sourceCode)) out.push(d.policy.directives.map((x) => `${x.name}${x.fromDefaults ? '*' : ''}`).join(' '));
            },
          };
        },
        { filename: fileURLToPath(new URL(`../fixtures/projects/${project}/server.ts`, import.meta.url)) },
      );
      return out;
    };
    const defaults = "default-src* base-uri* font-src* form-action* frame-ancestors* img-src* object-src* script-src* script-src-attr* style-src* upgrade-insecure-requests*";
    // helmet 8 (and a file whose package declares no helmet): given directives merged into the defaults.
    for (const project of ['helmet8-shop', 'express-controllers']) {
      expect(names(project)).toEqual([defaults.replace('default-src*', 'default-src'), defaults.replace('default-src*', 'default-src'), defaults, defaults]);
    }
    // helmet 4 and 3: given directives sent alone, unless \`useDefaults: true\`; without directives, the defaults.
    for (const project of ['helmet4-shop', 'helmet3-shop']) {
      expect(names(project)).toEqual(['default-src', defaults.replace('default-src*', 'default-src'), defaults, defaults]);
    }
  });

  it('reads directives: camelCase or dashed, null, Sets, functions, spreads, getDefaultDirectives, reportOnly, useDefaults', () => {
    const found = definitions(`
      import helmet from 'helmet';
      const stripe = ['https://js.stripe.com'];
      const extra = { connectSrc: ["'self'", 'https://api.stripe.com'] };
      helmet({
        contentSecurityPolicy: {
          useDefaults: false,
          reportOnly: true,
          directives: {
            ...helmet.contentSecurityPolicy.getDefaultDirectives(),
            'script-src': ["'self'", ...stripe, (req, res) => \`'nonce-\${res.locals.nonce}'\`],
            frameSrc: new Set(['https://js.stripe.com https://hooks.stripe.com']),
            styleSrc: null,
            defaultSrc: helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc,
            ...extra,
            ...unknownDirectives,
          },
        },
      });
    `);
    expect(found).toEqual([
      {
        via: 'helmet',
        reportOnly: true,
        open: true,
        directives: [
          "base-uri='self'",
          "font-src='self' https: data:",
          "form-action='self'",
          "frame-ancestors='self'",
          "img-src='self' data:",
          "object-src='none'",
          "script-src='self' https://js.stripe.com ?",
          "script-src-attr='none'",
          'upgrade-insecure-requests=',
          'frame-src=https://js.stripe.com https://hooks.stripe.com',
          "connect-src='self' https://api.stripe.com",
        ],
      },
    ]);
  });

  it('directives from a function of this file: one policy per returned object', () => {
    const found = definitions(`
      import helmet from 'helmet';
      function cspDirectives(nonce) {
        if (process.env.NODE_ENV !== 'production') return { defaultSrc: ['*'] };
        const prod = { defaultSrc: ["'self'"], scriptSrc: ["'self'", \`'nonce-\${nonce}'\`] };
        return prod;
      }
      const single = () => ({ scriptSrc: ['https://js.stripe.com'] });
      helmet({ contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(res.locals.nonce) } });
      helmet.contentSecurityPolicy({ useDefaults: false, directives: single() });
    `);
    expect(found).toEqual([
      { via: 'helmet', reportOnly: false, open: false, directives: ['default-src=*'] },
      { via: 'helmet', reportOnly: false, open: false, directives: ["default-src='self'", "script-src='self' ?"] },
      { via: 'helmet', reportOnly: false, open: false, directives: ['script-src=https://js.stripe.com'] },
    ]);
  });

  it('directives from a function that may return something else, nothing, or a promise: not read', () => {
    expect(
      definitions(`
        import helmet from 'helmet';
        function fallsThrough(dev) { if (dev) return { defaultSrc: ['*'] }; }
        function bare(dev) { if (dev) return; return { defaultSrc: ["'self'"] }; }
        function other(dev) { if (dev) return base; return { defaultSrc: ["'self'"] }; }
        async function later() { return { defaultSrc: ["'self'"] }; }
        let reassigned = () => ({ defaultSrc: ["'self'"] });
        reassigned = load;
        helmet({ contentSecurityPolicy: { directives: fallsThrough(dev) } });
        helmet({ contentSecurityPolicy: { directives: bare(dev) } });
        helmet({ contentSecurityPolicy: { directives: other(dev) } });
        helmet({ contentSecurityPolicy: { directives: later() } });
        helmet({ contentSecurityPolicy: { directives: reassigned() } });
        helmet({ contentSecurityPolicy: { directives: imported() } });
      `),
    ).toEqual([]);
  });
});

describe('@nichtsam/helmet definitions (the Epic Stack)', () => {
  const DEFAULT_FETCH = [
    "default-src(default)='self'",
    "font-src(default)='self' https: data:",
    "img-src(default)='self' data:",
    "object-src(default)='none'",
    "script-src(default)='self'",
    "script-src-attr(default)='none'",
    "style-src(default)='self' https: 'unsafe-inline'",
  ];

  it("contentSecurity's fetch directives, merged into its defaults, an entry filtered out by Boolean adding no source", () => {
    expect(
      definitions(`
        import { contentSecurity } from '@nichtsam/helmet/content';
        export function secure(responseHeaders: Headers, nonce: string) {
          contentSecurity(responseHeaders, {
            crossOriginEmbedderPolicy: false,
            contentSecurityPolicy: {
              directives: {
                fetch: {
                  'connect-src': [MODE === 'development' ? 'ws:' : undefined, process.env.SENTRY_DSN ? '*.sentry.io' : undefined, "'self'"],
                  'frame-src': ["'self'", undefined],
                  'script-src': ["'strict-dynamic'", "'self'", \`'nonce-\${nonce}'\`],
                },
                navigation: { 'form-action': ["'self'", 'https://checkout.stripe.com'] },
              },
            },
          });
        }
      `),
    ).toEqual([
      {
        via: 'helmet',
        reportOnly: false,
        open: false,
        directives: [
          "default-src(default)='self'",
          "font-src(default)='self' https: data:",
          "img-src(default)='self' data:",
          "object-src(default)='none'",
          "script-src='strict-dynamic' 'self' ?",
          "script-src-attr(default)='none'",
          "style-src(default)='self' https: 'unsafe-inline'",
          "connect-src=ws: *.sentry.io 'self'",
          "frame-src='self'",
        ],
      },
    ]);
  });

  it('its defaults, from every entry that sets a policy; none where it is turned off, left out of helmet, or not known', () => {
    const found = definitions(`
      import { helmet } from '@nichtsam/helmet';
      import { helmet as nodeHelmet } from '@nichtsam/helmet/node-http';
      import { contentSecurity } from '@nichtsam/helmet/content';
      import { contentSecurityPolicy } from '@nichtsam/helmet/rules/content/content-security-policy';
      contentSecurity(headers);
      contentSecurity(headers, { contentSecurityPolicy: true });
      helmet(headers, { content: true });
      nodeHelmet(res, { content: { xFrameOptions: false } });
      contentSecurityPolicy(headers);
      // No policy: turned off, left out of helmet, no directives without the defaults
      contentSecurity(headers, { contentSecurityPolicy: false });
      helmet(headers);
      helmet(headers, { resourceSharing: true });
      contentSecurityPolicy(headers, { useDefaults: false });
      // Not known: a flag or options read at run time
      contentSecurity(headers, { contentSecurityPolicy: { reportOnly: !isProduction } });
      contentSecurity(headers, options);
      helmet(headers, { content: settings.content });
    `);
    expect(found).toEqual(Array.from({ length: 5 }, () => ({ via: 'helmet', reportOnly: false, open: false, directives: DEFAULT_FETCH })));
  });

  it('useDefaults: false sends the given directives only; reportOnly blocks nothing', () => {
    expect(
      definitions(`
        import { contentSecurity } from '@nichtsam/helmet/content';
        contentSecurity(headers, { contentSecurityPolicy: { useDefaults: false, directives: { fetch: { 'default-src': ["'none'"], 'script-src': ["'self'"] } } } });
        contentSecurity(headers, { contentSecurityPolicy: { reportOnly: true } });
      `),
    ).toEqual([
      { via: 'helmet', reportOnly: false, open: false, directives: ["default-src='none'", "script-src='self'"] },
      { via: 'helmet', reportOnly: true, open: false, directives: DEFAULT_FETCH },
    ]);
  });

  it("is the package's functions only: a function of the app's own of the same name sets nothing read here", () => {
    expect(
      definitions(`
        import { contentSecurity } from '~/utils/headers.server';
        function helmet(headers, options) { headers.set('X-Frame-Options', 'DENY'); }
        contentSecurity(headers, { contentSecurityPolicy: { directives: { fetch: { 'script-src': ["'self'"] } } } });
        helmet(headers, { content: true });
      `),
    ).toEqual([]);
  });
});

describe("SvelteKit's kit.csp definitions", () => {
  const config = (csp: string): string => `import adapter from '@sveltejs/adapter-node';
/** @type {import('@sveltejs/kit').Config} */
const config = { kit: { adapter: adapter(), csp: ${csp} } };
export default config;
`;

  it("the directives given, keywords quoted as SvelteKit quotes them, a nonce added to script-src unless mode: 'hash'", () => {
    const directives = `{ 'default-src': ['self'], 'script-src': ['self', 'https://js.stripe.com'], 'frame-src': ['self', 'https://js.stripe.com', "'unsafe-inline'"], 'connect-src': ['self', 'sha256-abc'] }`;
    expect(definitions(config(`{ mode: 'hash', directives: ${directives} }`), { filename: 'svelte.config.js' })).toEqual([
      {
        via: 'sveltekit',
        reportOnly: false,
        open: false,
        directives: ["default-src='self'", "script-src='self' https://js.stripe.com", "frame-src='self' https://js.stripe.com 'unsafe-inline'", "connect-src='self' 'sha256-abc'"],
      },
    ]);
    expect(definitions(config(`{ directives: ${directives} }`), { filename: 'svelte.config.js' })[0]!.directives[1]).toBe("script-src='self' https://js.stripe.com 'nonce-?'");
  });

  it("a script-src made from default-src for the nonce; none where the scripts' sources are only 'unsafe-inline'", () => {
    expect(definitions(config(`{ mode: 'nonce', directives: { 'default-src': ['self'], 'frame-src': ['self'] } }`), { filename: 'svelte.config.mjs' })).toEqual([
      { via: 'sveltekit', reportOnly: false, open: false, directives: ["default-src='self'", "frame-src='self'", "script-src='self' 'nonce-?'"] },
    ]);
    expect(definitions(config(`{ directives: { 'script-src': ['unsafe-inline'], 'connect-src': ['self'] } }`), { filename: 'svelte.config.js' })).toEqual([
      { via: 'sveltekit', reportOnly: false, open: false, directives: ["script-src='unsafe-inline'", "connect-src='self'"] },
    ]);
  });

  it("no nonce where a bare 'unsafe-inline' would be turned off by it (unless with 'strict-dynamic'); script-src-elem's own", () => {
    const found = (directives: string): string[] => definitions(config(`{ mode: 'auto', directives: ${directives} }`), { filename: 'svelte.config.ts' })[0]!.directives;
    expect(found(`{ 'script-src': ['self', 'unsafe-inline', 'https://www.googletagmanager.com'] }`)).toEqual(["script-src='self' 'unsafe-inline' https://www.googletagmanager.com"]);
    expect(found(`{ 'default-src': ['self', 'unsafe-inline'] }`)).toEqual(["default-src='self' 'unsafe-inline'"]);
    expect(found(`{ 'script-src': ['self', 'unsafe-inline', 'strict-dynamic'] }`)).toEqual(["script-src='self' 'unsafe-inline' 'strict-dynamic' 'nonce-?'"]);
    // Written quoted, it is not the keyword SvelteKit compares with: the nonce is added (and the browser then ignores it).
    expect(found(`{ 'script-src': ['self', "'unsafe-inline'"] }`)).toEqual(["script-src='self' 'unsafe-inline' 'nonce-?'"]);
    expect(found(`{ 'script-src': ['self'], 'script-src-elem': ['self'] }`)).toEqual(["script-src='self' 'nonce-?'", "script-src-elem='self' 'nonce-?'"]);
    expect(found(`{ 'script-src-elem': ['unsafe-inline'] }`)).toEqual(["script-src-elem='unsafe-inline'"]);
  });

  it('nothing without directives, for a report-only policy alone, or for a csp key outside kit', () => {
    expect(
      definitions(
        `export default {
  kit: { csp: { mode: 'auto', reportOnly: { 'script-src': ['self'], 'report-uri': ['/csp'] } } },
  vite: { csp: { directives: { 'script-src': ['self'] } } },
};
`,
        { filename: 'svelte.config.js' },
      ),
    ).toEqual([]);
  });
});

describe('next-secure-headers and next-safe definitions (Next.js headers())', () => {
  const NEXT_SAFE_DEFAULTS = [
    "base-uri(default)='none'",
    "child-src(default)='none'",
    "connect-src(default)='self'",
    "default-src(default)='self'",
    "font-src(default)='self'",
    "form-action(default)='self'",
    "frame-ancestors(default)='none'",
    "frame-src(default)='none'",
    "img-src(default)='self'",
    "manifest-src(default)='self'",
    "media-src(default)='self'",
    "object-src(default)='none'",
    "prefetch-src(default)='self'",
    "script-src(default)='self'",
    "style-src(default)='self'",
    "worker-src(default)='self'",
  ];

  it("next-secure-headers: the directives given (camelCase or dashed, a string or a list), no defaults, reportOnly", () => {
    expect(
      definitions(`
        const { createSecureHeaders } = require('next-secure-headers');
        import { createHeadersObject as headersObject } from 'next-secure-headers';
        createSecureHeaders({ contentSecurityPolicy: { directives: { defaultSrc: "'self'", 'frame-src': ['https://js.stripe.com', 'https://hooks.stripe.com'] } }, frameGuard: 'deny' });
        headersObject({ contentSecurityPolicy: { directives: { scriptSrc: ["'self'", 'https://js.stripe.com'] }, reportOnly: true } });
      `),
    ).toEqual([
      { via: 'next-secure-headers', reportOnly: false, open: false, directives: ["default-src='self'", 'frame-src=https://js.stripe.com https://hooks.stripe.com'] },
      { via: 'next-secure-headers', reportOnly: true, open: false, directives: ["script-src='self' https://js.stripe.com"] },
    ]);
    // No policy: without the option, with false, or from another module's function of that name.
    expect(
      definitions(`
        import { createSecureHeaders } from 'next-secure-headers';
        import { createSecureHeaders as other } from './security';
        createSecureHeaders({ frameGuard: 'deny' });
        createSecureHeaders({ contentSecurityPolicy: false });
        createSecureHeaders(options);
        other({ contentSecurityPolicy: { directives: { defaultSrc: "'self'" } } });
      `),
    ).toEqual([]);
  });

  it("next-safe: its defaults, each replaced by a dashed directive (false takes one out; an empty one keeps the default), or merged", () => {
    const [replaced] = definitions(`
      const nextSafe = require('next-safe');
      nextSafe({
        isDev,
        contentSecurityPolicy: {
          'script-src': "'self' https://js.stripe.com",
          'frame-src': ["'none'", 'https://js.stripe.com'],
          'connect-src': [],
          scriptSrc: ['https://cdn.example.com'],
          'child-src': false,
          'upgrade-insecure-requests': true,
        },
      });
    `);
    expect(replaced).toEqual({
      via: 'next-safe',
      reportOnly: false,
      open: false,
      directives: [
        "base-uri(default)='none'",
        "connect-src(default)='self'",
        ...NEXT_SAFE_DEFAULTS.slice(3, 7),
        'frame-src=https://js.stripe.com',
        ...NEXT_SAFE_DEFAULTS.slice(8, 13),
        "script-src='self' https://js.stripe.com",
        ...NEXT_SAFE_DEFAULTS.slice(14),
        'upgrade-insecure-requests=',
      ],
    });
    expect(definitions(`import nextSafe from 'next-safe'; nextSafe();`)).toEqual([{ via: 'next-safe', reportOnly: false, open: false, directives: NEXT_SAFE_DEFAULTS }]);
    const [merged] = definitions(`
      import nextSafe from 'next-safe';
      nextSafe({ contentSecurityPolicy: { mergeDefaultDirectives: true, reportOnly: true, 'frame-src': ['https://js.stripe.com'], 'script-src': ["'self'", 'https://js.stripe.com'] } });
    `);
    expect(merged).toMatchObject({ via: 'next-safe', reportOnly: true });
    expect(merged!.directives.filter((d) => /^(?:frame|script)-src/.test(d))).toEqual(['frame-src=https://js.stripe.com', "script-src='self' https://js.stripe.com"]);
    expect(
      definitions(`
        import nextSafe from 'next-safe';
        nextSafe({ contentSecurityPolicy: false });
        nextSafe(options);
        nextSafe({ contentSecurityPolicy: { mergeDefaultDirectives: merging } });
      `),
    ).toEqual([]);
  });
});

describe("nuxt-security's definitions (nuxt.config)", () => {
  const DEFAULTS = [
    "base-uri(default)='none'",
    "font-src(default)='self' https: data:",
    "form-action(default)='self'",
    "frame-ancestors(default)='self'",
    "img-src(default)='self' data:",
    "object-src(default)='none'",
    "script-src-attr(default)='none'",
    "style-src(default)='self' https: 'unsafe-inline'",
  ];

  it('its defaults, each replaced by the directive of that name, taken out by false; the nonce placeholder is a nonce', () => {
    expect(
      definitions(`
        export default defineNuxtConfig({
          modules: ['@pinia/nuxt', 'nuxt-security'],
          security: {
            headers: {
              crossOriginEmbedderPolicy: 'unsafe-none',
              contentSecurityPolicy: {
                'default-src': ["'self'"],
                'img-src': ["'self'", 'data:', 'https://*.stripe.com'],
                'script-src-attr': false,
                'upgrade-insecure-requests': true,
              },
            },
          },
        });
      `),
    ).toEqual([
      {
        via: 'nuxt-security',
        reportOnly: false,
        open: false,
        directives: [
          ...DEFAULTS.filter((d) => !/^(?:img-src|script-src-attr)/.test(d)).slice(0, 4),
          "img-src='self' data: https://*.stripe.com",
          "object-src(default)='none'",
          "style-src(default)='self' https: 'unsafe-inline'",
          "script-src(default)='self' https: 'unsafe-inline' 'strict-dynamic' 'nonce-?'",
          "default-src='self'",
          'upgrade-insecure-requests=',
        ],
      },
    ]);
  });

  it("strict: true's defaults; options written beside the module; nonce: false removes the placeholder; report-only", () => {
    expect(definitions(`export default defineNuxtConfig({ modules: [['nuxt-security', { strict: true, nonce: false }]] });`)).toEqual([
      {
        via: 'nuxt-security',
        reportOnly: false,
        open: false,
        directives: [
          "base-uri(default)='none'",
          "default-src(default)='none'",
          "connect-src(default)='self'",
          "font-src(default)='self'",
          "form-action(default)='self'",
          "frame-ancestors(default)='self'",
          "frame-src(default)='self'",
          "img-src(default)='self'",
          "manifest-src(default)='self'",
          "media-src(default)='self'",
          "object-src(default)='none'",
          "script-src-attr(default)='none'",
          "style-src(default)='self'",
          "script-src(default)='self' 'strict-dynamic'",
          "worker-src(default)='self'",
        ],
      },
    ]);
    const [reportOnly] = definitions(`
      const config = {
        modules: ['nuxt-security'],
        security: { contentSecurityPolicyReportOnly: true, headers: { contentSecurityPolicy: { 'connect-src': "'self' https://api.stripe.com" } } },
      };
      export default config;
    `);
    expect(reportOnly).toMatchObject({ via: 'nuxt-security', reportOnly: true });
    expect(reportOnly!.directives).toContain("connect-src='self' https://api.stripe.com");
  });

  it('nothing where the module is not installed in the list, the options cannot be read, or no policy is sent', () => {
    const config = (body: string): string => `export default defineNuxtConfig({ ${body} });`;
    const csp = `headers: { contentSecurityPolicy: { 'default-src': ["'self'"] } }`;
    for (const body of [
      // not installed here (a layer's, or not at all)
      `extends: ['../base'], security: { ${csp} }`,
      `modules: ['@nuxt/ui'], security: { ${csp} }`,
      // a list or options it cannot read
      `modules: [...sharedModules, '@nuxt/ui'], security: { ${csp} }`,
      `modules: ['nuxt-security'], security: securityOptions`,
      `modules: ['nuxt-security'], security: { ...base, ${csp} }`,
      `modules: ['nuxt-security'], security: { strict: isProduction, ${csp} }`,
      // merged by Nuxt from both places
      `modules: [['nuxt-security', { nonce: true }]], security: { ${csp} }`,
      // routes with options of their own (the Stripe pages' may be among them), or route rules it cannot read
      `modules: ['nuxt-security'], security: { ${csp} }, routeRules: { '/': { prerender: true }, '/checkout/**': { security: { headers: false } } }`,
      `modules: ['nuxt-security'], security: { ${csp} }, nitro: { routeRules: { '/pay': { security: { nonce: false } } } }`,
      `modules: ['nuxt-security'], security: { ${csp} }, routeRules: sharedRouteRules`,
      `modules: ['nuxt-security'], security: { ${csp} }, routeRules: { ...cached, '/': { ssr: true } }`,
      // none sent
      `modules: ['nuxt-security'], security: { enabled: false, ${csp} }`,
      `modules: ['nuxt-security'], security: { headers: false }`,
      `modules: ['nuxt-security'], security: { headers: { contentSecurityPolicy: false } }`,
    ]) {
      expect(definitions(config(body)), body).toEqual([]);
    }
    // Route rules that give no route options of its own leave the app's policy everywhere.
    expect(definitions(config(`modules: ['nuxt-security'], security: { ${csp} }, routeRules: { '/blog/**': { swr: 3600 } }, nitro: { preset: 'vercel' }`))).toHaveLength(1);
    expect(definitions(config(`modules: ['nuxt-security'], security: { ${csp} }, routeRules: isProd ? {} : { '/**': { robots: { index: false } } }`))).toHaveLength(1);
    expect(definitions(config(`modules: ['nuxt-security'], security: { ${csp} }, routeRules: isProd ? {} : { '/**': { security: { enabled: false } } }`))).toEqual([]);
    // The module's options elsewhere than in a Nuxt config's literal: not this config's.
    expect(definitions(`defineConfig({ modules: ['nuxt-security'], security: { ${csp} } });`)).toEqual([]);
  });
});

describe('blankie definitions (hapi)', () => {
  const DEFAULTS = ["base-uri(default)='self'", "connect-src(default)='self'", "default-src(default)='none'", "img-src(default)='self'"];

  it("blankie 5's defaults, replaced option by option; its keywords quoted; a nonce on script-src and style-src unless turned off", () => {
    expect(
      definitions(`
        import Blankie from 'blankie';
        import Scooter from '@hapi/scooter';
        await server.register([Scooter, { plugin: Blankie, options: { scriptSrc: ['self', 'https://js.stripe.com'], frameSrc: 'https://js.stripe.com', imgSrc: ['self', 'data:'] } }]);
        await server.register({ plugin: Blankie, options: { generateNonces: 'style', styleSrc: ["'self'", 'unsafe-inline'], reportOnly: true, reportUri: '/csp' } });
        await server.register({ plugin: Blankie });
      `),
    ).toEqual([
      {
        via: 'blankie',
        reportOnly: false,
        open: false,
        directives: [
          "base-uri(default)='self'",
          "connect-src(default)='self'",
          "default-src(default)='none'",
          "img-src='self' data:",
          "script-src='self' https://js.stripe.com 'nonce-?'",
          "style-src(default)='self' 'nonce-?'",
          "worker-src(default)='self'",
          'frame-src=https://js.stripe.com',
        ],
      },
      {
        via: 'blankie',
        reportOnly: true,
        open: false,
        directives: [...DEFAULTS, "script-src(default)='self'", "style-src='self' 'unsafe-inline' 'nonce-?'", "worker-src(default)='self'"],
      },
      { via: 'blankie', reportOnly: false, open: false, directives: [...DEFAULTS, "script-src(default)='self' 'nonce-?'", "style-src(default)='self' 'nonce-?'", "worker-src(default)='self'"] },
    ]);
  });

  it("hapi 16's register key, require(), blankie registered alone and its plugin export; no nonce with generateNonces: false", () => {
    const found = definitions(`
      const Blankie = require('blankie');
      server.register([Scooter, { register: Blankie, options: { generateNonces: false, connectSrc: ['self', 'https://api.stripe.com'] } }], done);
      server.register([require('@hapi/scooter'), Blankie]);
      server.register(Blankie);
      server.register({ plugin: Blankie.plugin, options: { connectSrc: ['self', 'https://api.stripe.com'] } });
    `);
    expect(found.map((d) => d.directives.filter((x) => /^(?:connect|script)-src/.test(x)))).toEqual([
      ["connect-src='self' https://api.stripe.com", "script-src(default)='self'"],
      ["connect-src(default)='self'", "script-src(default)='self' 'nonce-?'"],
      ["connect-src(default)='self'", "script-src(default)='self' 'nonce-?'"],
      ["connect-src='self' https://api.stripe.com", "script-src(default)='self' 'nonce-?'"],
    ]);
  });

  it('nothing where the plugin is not blankie, the options are a per-request function or unknown, or a spread or unknown key is there', () => {
    expect(
      definitions(`
        import Blankie from 'blankie';
        import Crumb from '@hapi/crumb';
        const Local = { register() {} };
        server.register({ plugin: Crumb, options: { scriptSrc: ['self'] } });
        server.register({ plugin: Local, options: { scriptSrc: ['self'] } });
        server.register({ plugin: Blankie, options: (request) => ({ scriptSrc: ['self'] }) });
        server.register({ plugin: Blankie, options: loadCsp() });
        server.register({ plugin: Blankie, options: { ...base, frameSrc: ['self'] } });
        server.register({ plugin: Blankie, options: { [key]: ['self'] } });
        server.register({ plugin: Blankie, options: { generateNonces: flag } });
        server.register([Local, Crumb]);
      `),
    ).toEqual([]);
  });
});

describe('header and meta definitions', () => {
  it("not a policy whose response the same function types as no document, header by header; a type it may not know is one", () => {
    const found = definitions(`
      export function worker(req, res) {
        res.status(200).type('application/javascript');
        res.setHeader('Content-Security-Policy', "default-src 'self'");
        res.sendFile('sw.js');
      }
      export function data(req, res) {
        res.setHeader('content-type', 'application/json');
        res.setHeader('Content-Security-Policy', "default-src 'none'");
        res.end(JSON.stringify({ ok: true }));
      }
      export function page(req, res) {
        res.type('html');
        res.setHeader('Content-Security-Policy', "default-src 'self'; frame-src 'self'");
        res.sendFile('index.html');
      }
      export function either(req, res, type) {
        res.setHeader('Content-Type', 'application/json');
        if (req.accepts('html')) res.setHeader('Content-Type', type);
        res.setHeader('Content-Security-Policy', "script-src 'self'");
      }
      export function other(req, res, cache) {
        cache.set('Content-Type', 'application/json');
        res.setHeader('Content-Security-Policy', "connect-src 'self'");
      }
    `);
    expect(found.map((f) => f.directives.join('; '))).toEqual(["default-src='self'; frame-src='self'", "script-src='self'", "connect-src='self'"]);
  });

  it('setters, header objects, next.config { key, value }, assignments, report-only', () => {
    expect(
      definitions(`
        res.setHeader('Content-Security-Policy', "script-src 'self'");
        ctx.set('content-security-policy', "connect-src 'self'");
        reply.header('Content-Security-Policy-Report-Only', "frame-src 'none'");
        headers.append('Content-Security-Policy', "img-src 'self'");
        res.writeHead(200, { 'Content-Security-Policy': "default-src 'self'" });
        const rules = [{ key: 'Content-Security-Policy', value: "style-src 'self'" }];
        res.headers['Content-Security-Policy'] = "font-src 'self'";
        res.setHeader('X-Frame-Options', 'DENY');
        res.setHeader(name, "script-src 'self'");
        map.get('Content-Security-Policy', "x");
        const other = { key: 'X-Frame-Options', value: 'DENY' };
      `).map((f) => `${f.reportOnly ? 'report-only ' : ''}${f.directives.join(';')}`),
    ).toEqual([
      "script-src='self'",
      "connect-src='self'",
      "report-only frame-src='none'",
      "img-src='self'",
      "default-src='self'",
      "style-src='self'",
      "font-src='self'",
    ]);
  });

  it("not a policy sent with a static Content-Type that is no document's, in the same object or headers list", () => {
    expect(
      definitions(`
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Security-Policy': "default-src 'none'" });
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'Content-Security-Policy': "script-src 'self'" });
        res.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': "connect-src 'self'" });
        const sw = [{ key: 'Content-Type', value: 'application/javascript' }, { key: 'Content-Security-Policy', value: "worker-src 'self'" }];
        const page = [{ key: 'Content-Type', value: 'application/xhtml+xml' }, { key: 'Content-Security-Policy', value: "frame-src 'self'" }];
      `).map((f) => f.directives.join(';')),
    ).toEqual(["script-src='self'", "connect-src='self'", "frame-src='self'"]);
  });

  it('not a policy set on a response whose page the same function writes out naming no Stripe (real-world batch FG)', () => {
    expect(
      definitions(`
        app.get('/embed/:id', (req, res) => {
          res.setHeader('Content-Security-Policy', "frame-src https://www.youtube-nocookie.com");
          if (!req.params.id) return res.status(400).send('missing id');
          res.send(\`<!DOCTYPE html><html><body><iframe src="https://www.youtube-nocookie.com/embed/\${req.params.id}"></iframe></body></html>\`);
        });
        app.get('/pay', (req, res) => {
          res.setHeader('Content-Security-Policy', "script-src 'self'");
          res.send('<!doctype html><html><head><script src="https://js.stripe.com/v3"></script></head></html>');
        });
        app.get('/view', (req, res) => {
          res.setHeader('Content-Security-Policy', "connect-src 'self'");
          if (req.query.preview) return res.send('<html><body>preview</body></html>');
          res.render('checkout');
        });
        app.get('/built', (req, res) => {
          res.setHeader('Content-Security-Policy', "img-src 'self'");
          res.send(page);
        });
        app.get('/held', (req, res) => {
          const html = '<!DOCTYPE html><html><body><h1>Thanks</h1></body></html>';
          res.setHeader('Content-Security-Policy', "style-src 'self'");
          res.end(html);
        });
        app.get('/api', (req, res) => {
          res.setHeader('Content-Security-Policy', "default-src 'none'");
          res.send('{"ok":true}');
        });
      `).map((f) => f.directives.join(';')),
    ).toEqual(["script-src='self'", "connect-src='self'", "img-src='self'", "default-src='none'"]);
  });

  it('meta http-equiv in JSX (string or expression content); report-only meta is ignored', () => {
    expect(
      definitions(
        `
        const csp = "script-src 'self'";
        const a = <meta httpEquiv="Content-Security-Policy" content="frame-src 'none'" />;
        const b = <meta http-equiv="content-security-policy" content={csp} />;
        const c = <meta httpEquiv="Content-Security-Policy-Report-Only" content="frame-src 'none'" />;
        const d = <meta name="viewport" content="width=device-width" />;
        const e = <Meta httpEquiv="Content-Security-Policy" content="frame-src 'none'" />;
        const f = <meta httpEquiv="Content-Security-Policy" />;
      `,
        { parser: 'espree' },
      ).map((f) => `${f.via}:${f.directives.join(';')}`),
    ).toEqual(["meta:frame-src='none'", "meta:script-src='self'"]);
  });
});

describe('suggestion edits', () => {
  /** Apply `allowFix` for `checked` with `sources` on every definition in `code`. */
  function applied(code: string, checked: 'script-src' | 'frame-src' | 'connect-src', sources: string[], options?: RunOptions): (string | null)[] {
    const out: (string | null)[] = [];
    definitions(code, options, (d) => {
      const governing = governingDirective(d.policy, checked);
      if (!governing) return;
      const fix = d.allowFix(checked, governing, sources);
      if (!fix) return void out.push(null);
      const fixer = {
        replaceTextRange: (range: [number, number], text: string) => ({ range, text }),
        insertTextAfterRange: (range: [number, number], text: string) => ({ range: [range[1], range[1]], text }),
        insertTextAfter: (node: TSESTree.Node | TSESTree.Token, text: string) => ({ range: [node.range[1], node.range[1]], text }),
        insertTextBefore: (node: TSESTree.Node | TSESTree.Token, text: string) => ({ range: [node.range[0], node.range[0]], text }),
        replaceText: (node: TSESTree.Node, text: string) => ({ range: node.range, text }),
      };
      const result = fix(fixer as never) as unknown as { range: [number, number]; text: string };
      out.push(code.slice(0, result.range[0]) + result.text + code.slice(result.range[1]));
    });
    return out;
  }

  it("strings: append, replace 'none', add a directive after the fallback, escape for the quote", () => {
    expect(applied(`res.setHeader('Content-Security-Policy', "script-src 'self'; img-src *");`, 'script-src', ['https://js.stripe.com'])).toEqual([
      `res.setHeader('Content-Security-Policy', "script-src 'self' https://js.stripe.com; img-src *");`,
    ]);
    expect(applied(`res.setHeader('Content-Security-Policy', "frame-src 'none'");`, 'frame-src', ['https://js.stripe.com'])).toEqual([
      `res.setHeader('Content-Security-Policy', "frame-src https://js.stripe.com");`,
    ]);
    expect(applied(`res.setHeader('Content-Security-Policy', 'default-src \\'self\\'');`, 'connect-src', ['https://api.stripe.com'])).toEqual([
      `res.setHeader('Content-Security-Policy', 'default-src \\'self\\'; connect-src \\'self\\' https://api.stripe.com');`,
    ]);
    expect(applied('res.setHeader("Content-Security-Policy", `default-src ${src}`);', 'connect-src', ['https://api.stripe.com'])).toEqual([null]);
    // The unknown part glued to `'self'` is copied text we cannot write.
    expect(applied(`res.setHeader('Content-Security-Policy', "default-src 'self'" + extra);`, 'connect-src', ['https://api.stripe.com'])).toEqual([null]);
  });

  it('JSX attributes cannot hold their own quote', () => {
    expect(
      applied(`const m = <meta httpEquiv="Content-Security-Policy" content="default-src 'self'" />;`, 'connect-src', ['https://api.stripe.com'], { parser: 'espree' }),
    ).toEqual([`const m = <meta httpEquiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self' https://api.stripe.com" />;`]);
    expect(
      applied(`const m = <meta httpEquiv="Content-Security-Policy" content='default-src "self"' />;`, 'connect-src', ["'self'"], { parser: 'espree' }),
    ).toEqual([null]);
  });

  it('helmet: append to arrays (single- and multi-line, trailing commas), strings, replace null, insert properties', () => {
    expect(
      applied(
        `import helmet from 'helmet';
helmet({ contentSecurityPolicy: { directives: { scriptSrc: ["'self'", 'https://x.test',], 'frame-src': "'self'", connectSrc: null } } });`,
        'script-src',
        ['https://js.stripe.com'],
      ),
    ).toEqual([
      `import helmet from 'helmet';
helmet({ contentSecurityPolicy: { directives: { scriptSrc: ["'self'", 'https://x.test', 'https://js.stripe.com',], 'frame-src': "'self'", connectSrc: null } } });`,
    ]);
    expect(
      applied(
        `import helmet from 'helmet';
helmet({ contentSecurityPolicy: { directives: { 'frame-src': "'self'" } } });`,
        'frame-src',
        ['https://js.stripe.com'],
      ),
    ).toEqual([
      `import helmet from 'helmet';
helmet({ contentSecurityPolicy: { directives: { 'frame-src': "'self' https://js.stripe.com" } } });`,
    ]);
    expect(
      applied(
        `import helmet from 'helmet';
helmet({ contentSecurityPolicy: { directives: { 'default-src': ["'self'", cdn], 'connect-src': null } } });`,
        'connect-src',
        ['https://api.stripe.com'],
      ),
    ).toEqual([
      `import helmet from 'helmet';
helmet({ contentSecurityPolicy: { directives: { 'default-src': ["'self'", cdn], 'connect-src': ["'self'", cdn, 'https://api.stripe.com'] } } });`,
    ]);
    expect(
      applied(
        `import helmet from 'helmet';
helmet({
  contentSecurityPolicy: {
    directives: {
      'default-src': ["'self'"],
      'img-src': ['data:']
    }
  }
});`,
        'frame-src',
        ['https://js.stripe.com'],
      ),
    ).toEqual([
      `import helmet from 'helmet';
helmet({
  contentSecurityPolicy: {
    directives: {
      'default-src': ["'self'"],
      'img-src': ['data:'],
      'frame-src': ["'self'", 'https://js.stripe.com']
    }
  }
});`,
    ]);
  });

  it('helmet: options objects without directives, no options at all, the csp middleware, empty arrays', () => {
    const run = (code: string, checked: 'script-src' | 'frame-src' | 'connect-src' = 'script-src') =>
      applied(`import helmet from 'helmet';\n${code}`, checked, ['https://js.stripe.com']).map((s) => (s === null ? null : s.split('\n')[1]));
    expect(run('helmet();')).toEqual([`helmet({ contentSecurityPolicy: { directives: { scriptSrc: ["'self'", 'https://js.stripe.com'] } } });`]);
    expect(run('helmet({ hsts: false });')).toEqual([
      `helmet({ hsts: false, contentSecurityPolicy: { directives: { scriptSrc: ["'self'", 'https://js.stripe.com'] } } });`,
    ]);
    expect(run('helmet({ contentSecurityPolicy: { reportOnly: false } });')).toEqual([
      `helmet({ contentSecurityPolicy: { reportOnly: false, directives: { scriptSrc: ["'self'", 'https://js.stripe.com'] } } });`,
    ]);
    expect(run('helmet({ contentSecurityPolicy: {} });')).toEqual([
      `helmet({ contentSecurityPolicy: { directives: { scriptSrc: ["'self'", 'https://js.stripe.com'] } } });`,
    ]);
    expect(run('helmet.contentSecurityPolicy();')).toEqual([
      `helmet.contentSecurityPolicy({ directives: { scriptSrc: ["'self'", 'https://js.stripe.com'] } });`,
    ]);
    expect(run("helmet.contentSecurityPolicy({ useDefaults: false, directives: { defaultSrc: [], scriptSrc: [] } });")).toEqual([
      `helmet.contentSecurityPolicy({ useDefaults: false, directives: { defaultSrc: [], scriptSrc: ['https://js.stripe.com'] } });`,
    ]);
    expect(run("helmet.contentSecurityPolicy({ useDefaults: false, directives: { defaultSrc: [\"'none'\"] } });", 'frame-src')).toEqual([
      `helmet.contentSecurityPolicy({ useDefaults: false, directives: { defaultSrc: ["'none'"], frameSrc: ['https://js.stripe.com'] } });`,
    ]);
    expect(run('helmet.contentSecurityPolicy({ useDefaults: false, directives: { defaultSrc: sources } });', 'frame-src')).toEqual([null]);
  });
});

it('parsePolicy of a policy with a hole keeps the hole in its source', () => {
  expect(parsePolicy(`script-src ${UNKNOWN}`).directives[0]!.sources).toEqual([UNKNOWN]);
});

describe('mayDefineCsp (file-level prefilter)', () => {
  /** The header name in a random ASCII case. */
  const ANY_CASE = fc
    .tuple(fc.constantFrom(CSP_HEADER, CSP_REPORT_ONLY_HEADER), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }))
    .map(([name, upper]) => [...name].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''));

  it('admits the header name in any case, whatever text surrounds it (as /content-security-policy/i does)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), ANY_CASE, fc.string({ unit: 'binary' }), (before, name, after) => {
        const text = before + name + after;
        expect(mayDefineCsp(text)).toBe(true);
        expect(/content-security-policy/i.test(text)).toBe(true);
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  it('answers as /content-security-policy/i, a lower-case helmet or blankie (module names) does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom('', 'helmet', 'HELMET', 'Helmet', 'helme', 'blankie', 'Blankie', 'blanki', 'content-security-policy', 'Content-Security-Policy'), fc.string({ unit: 'binary' }), (before, word, after) => {
        const text = before + word + after;
        expect(mayDefineCsp(text)).toBe(/content-security-policy/i.test(text) || text.includes('helmet') || text.includes('blankie'));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  it('agrees with /content-security-policy/i on any text without helmet', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom('', 'content', 'CONTENT', 'Conten', 'c0ntent', 'conTent'), fc.string({ unit: 'binary' }), (before, word, after) => {
        const text = `${before}${word}-Security-Policy${after}`.replace(/helmet/g, '');
        expect(mayDefineCsp(text)).toBe(/content-security-policy/i.test(text));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  it('admits every helmet module, as imported or required', () => {
    for (const name of HELMET_MODULE_NAMES) {
      expect(name).toMatch(/helmet/);
      expect(mayDefineCsp(`import h from '${name}';`), name).toBe(true);
      expect(mayDefineCsp(`const { contentSecurityPolicy } = require("${name}");`), name).toBe(true);
    }
  });

  it.each([
    ["res.setHeader('Content-Security-Policy', policy);", true],
    ['headers: [{ key: "content-security-policy-report-only", value }]', true],
    ['<meta httpEquiv="CONTENT-SECURITY-POLICY" content={policy} />', true],
    ["res.setHeader('X-Frame-Options', 'DENY'); const a = b - c; // security-policy", false],
    ['Content Security Policy', false],
    ['', false],
  ])('%s', (text, expected) => {
    expect(mayDefineCsp(text)).toBe(expected);
  });
});

describe('replacedByLaterHelmet', () => {
  /** For each helmet call of `code` that sets a policy, in order: is it replaced by a later helmet middleware? */
  function replaced(code: string): boolean[] {
    const out: boolean[] = [];
    runWithRule(code, (context) => ({
      CallExpression(node: TSESTree.CallExpression) {
        if (helmetDefinitions(node, context.sourceCode).length > 0) out.push(replacedByLaterHelmet(node, context.sourceCode));
      },
    }));
    return out;
  }

  it('a later helmet CSP middleware on the same app, for every path, replaces the header', () => {
    expect(
      replaced(`
        import express from 'express';
        import helmet from 'helmet';
        const app = express();
        const admin = express();
        app.use(helmet());
        app.use(helmet.contentSecurityPolicy({ directives: { scriptSrc: ["'self'", 'https://js.stripe.com'] } }));
        admin.use(helmet());
        admin.use('/reports', helmet.contentSecurityPolicy({ directives: { scriptSrc: ["'self'"] } }));
        admin.use(helmet({ contentSecurityPolicy: false }));
        admin.use(helmet.contentSecurityPolicy({ reportOnly: true, directives: { scriptSrc: ["'self'"] } }));
        app.use(helmet({ hsts: false }));
        function configure(server) {
          server.use(helmet());
          server.use(helmet({ contentSecurityPolicy: { directives: { defaultSrc: ["'self'"] } } }));
          app.use(helmet());
        }
        function unknownDirectives(server) {
          server.use(helmet());
          server.use(helmet.contentSecurityPolicy({ directives: getCspDirectives() }));
        }
        function reportOnlyUnknown(server, options) {
          server.use(helmet());
          server.use(helmet.contentSecurityPolicy({ ...options, directives: { defaultSrc: ["'self'"] } }));
        }
      `),
    ).toEqual([true, false, false, false, false, false, true, false, false, true, false]);
  });
});

describe('stripeNamedOnlyInPolicies', () => {
  const only = (code: string): boolean => {
    let answer: boolean | undefined;
    runWithRule(code, (context) => ({ 'Program:exit'() {
      answer = stripeNamedOnlyInPolicies(context.sourceCode);
    } }));
    return answer!;
  };

  it("Stripe's origins in policy texts and in directives' lists only (comments aside)", () => {
    expect(only(`// Stripe's page gets its own policy
res.setHeader('Content-Security-Policy', "script-src 'self' https://js.stripe.com; frame-src https://*.stripe.com");
const policy = \`default-src 'self'; connect-src https://api.stripe.com \${extra}\`;
app.use(helmet({ contentSecurityPolicy: { directives: { scriptSrc: ["'self'", 'https://js.stripe.com'], 'frame-src': ['https://hooks.stripe.com'] } } }));`)).toBe(true);
  });

  it('any other mention of Stripe in the code; a file that mentions it nowhere', () => {
    expect(only(`import { loadStripe } from '@stripe/stripe-js';
res.setHeader('Content-Security-Policy', "script-src 'self' https://js.stripe.com");`)).toBe(false);
    expect(only(`const STRIPE_JS = 'https://js.stripe.com';
res.setHeader('Content-Security-Policy', \`script-src 'self' \${STRIPE_JS}\`);`)).toBe(false);
    expect(only(`app.use(helmet({ contentSecurityPolicy: { directives: { scriptSrc: ["'self'"] } }, stripeHost: 'https://js.stripe.com' }));`)).toBe(false);
    expect(only(`// nothing of Stripe's here
res.setHeader('Content-Security-Policy', "script-src 'self'");`)).toBe(false);
  });
});
