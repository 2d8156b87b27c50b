import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { mayResolveStripe, mentionsStripeInCode, stripeKindOf, type StripeKind } from '../../src/analysis/stripe-clients.js';
import { runWithRule, type RunOptions } from './helpers.js';

/** Kind of every `probe(expr)` argument in `code`, in source order. */
function probe(code: string, options?: RunOptions): (StripeKind | null)[] {
  const kinds: (StripeKind | null)[] = [];
  runWithRule(
    code,
    (context) => ({
      CallExpression(node: TSESTree.CallExpression) {
        if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'probe' && node.arguments[0]) {
          kinds.push(stripeKindOf(node.arguments[0], context.sourceCode));
        }
      },
    }),
    options,
  );
  return kinds;
}

describe('stripe-node clients', () => {
  it('ESM default import, new and call forms', () => {
    expect(
      probe(`
        import Stripe from 'stripe';
        const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
        const legacy = Stripe('sk');
        probe(Stripe); probe(stripe); probe(legacy);
      `),
    ).toEqual(['node-module', 'node-client', 'node-client']);
  });

  it('named, aliased and namespace imports, npm: and esm.sh specifiers', () => {
    expect(
      probe(`
        import { Stripe } from 'stripe';
        import { Stripe as S } from 'stripe';
        import * as ns from 'stripe';
        import Deno from 'npm:stripe@14';
        import Esm from 'https://esm.sh/stripe@14?target=deno';
        probe(new Stripe('k')); probe(new S('k')); probe(new ns.default('k')); probe(new ns.Stripe('k'));
        probe(new Deno('k')); probe(new Esm('k'));
      `),
    ).toEqual(['node-client', 'node-client', 'node-client', 'node-client', 'node-client', 'node-client']);
  });

  it('CommonJS require forms without declared globals', () => {
    expect(
      probe(
        `
        const Stripe = require('stripe');
        const direct = require('stripe')('sk_test');
        const { Stripe: Named } = require('stripe');
        const viaDefault = require('stripe').default;
        probe(Stripe('k')); probe(direct); probe(new Named('k')); probe(new viaDefault('k'));
      `,
        { parser: 'espree', filename: 'server.cjs' },
      ),
    ).toEqual(['node-client', 'node-client', 'node-client', 'node-client']);
  });

  it('import X = require() and await import()', () => {
    expect(
      probe(`
        import Stripe = require('stripe');
        probe(new Stripe('k'));
        async function f() {
          const { default: Dyn } = await import('stripe');
          probe(new Dyn('k'));
          const Mod = (await import('stripe')).default;
          probe(new Mod('k'));
        }
      `, { filename: 'a.ts' }),
    ).toEqual(['node-client', 'node-client', 'node-client']);
  });

  it('aliases, lazy singletons and factories in the same file', () => {
    expect(
      probe(`
        import Stripe from 'stripe';
        const client = new Stripe('k');
        const alias = client as Stripe;
        let lazy: Stripe | null = null;
        function getStripe() {
          if (!lazy) lazy = new Stripe('k');
          return lazy;
        }
        const make = () => new Stripe('k');
        probe(alias); probe(lazy); probe(getStripe()); probe(make()); probe(getStripe()!);
      `, { filename: 'a.ts' }),
    ).toEqual(['node-client', 'node-client', 'node-client', 'node-client', 'node-client']);
  });

  it('a lazy singleton assigned as an expression (real-world batch 278); not another assignment', () => {
    expect(
      probe(`
        import Stripe from 'stripe';
        let cached: Stripe | undefined;
        let other;
        const viaArrow = () => (cached ??= new Stripe('k'));
        function viaReturn() { return (cached ||= new Stripe('k')); }
        function plain() { return (cached = new Stripe('k')); }
        probe(viaArrow()); probe(viaReturn()); probe(plain()); probe((other += 1)); probe((other ??= db.connect()));
      `, { filename: 'a.ts' }),
    ).toEqual(['node-client', 'node-client', 'node-client', null, null]);
  });

  it('a factory is a client only if every return in it is one, in loops, switches and labelled blocks too', () => {
    expect(
      probe(`
        import Stripe from 'stripe';
        import { Pool } from 'pg';
        function clientFor(kind: string) {
          switch (kind) {
            case 'stripe': return new Stripe('k');
            default: return new Pool();
          }
        }
        function firstClient(kinds: string[]) {
          for (const kind of kinds) {
            if (kind === 'db') return new Pool();
          }
          return new Stripe('k');
        }
        function labelled() {
          found: { return new Pool(); }
          return new Stripe('k');
        }
        function retried() {
          while (true) { try { return new Stripe('k'); } catch { continue; } }
        }
        probe(clientFor('stripe')); probe(firstClient([])); probe(labelled()); probe(retried());
      `, { filename: 'a.ts' }),
    ).toEqual([null, null, null, 'node-client']);
  });

  it('class fields, constructor assignment, parameter properties and typed parameters (NestJS)', () => {
    expect(
      probe(`
        import Stripe from 'stripe';
        import { Inject, Injectable } from '@nestjs/common';
        class A { private client = new Stripe('k'); run() { probe(this.client); } }
        class B { client: Stripe; constructor() { this.client = new Stripe('k'); } run() { probe(this.client); } }
        @Injectable()
        class C { constructor(@Inject('STRIPE') private readonly payments: Stripe) {} run() { probe(this.payments); } }
        class D { declare api: Stripe; run() { probe(this.api); } }
        function charge(client: Stripe) { probe(client); }
      `, { filename: 'a.ts' }),
    ).toEqual(['node-client', 'node-client', 'node-client', 'node-client', 'node-client']);
  });

  it("a helper's parameter under a neutral name that every call of the file hands the same client", () => {
    expect(
      probe(`
        import Stripe from 'stripe';
        import { loadStripe } from '@stripe/stripe-js';
        const stripe = new Stripe('k');
        const js = await loadStripe('pk');
        function pay(client, card) { probe(client); }
        const confirm = (api, secret) => probe(api);
        function mixed(client) { probe(client); }
        function unused(client) { probe(client); }
        function moduleHandedIn(lib) { probe(lib); }
        pay(stripe, card); pay(stripe, other); confirm(js, 's'); mixed(stripe); mixed(db); moduleHandedIn(Stripe);
      `),
    ).toEqual(['node-client', 'js-instance', null, null, null]);
  });

  it('a NestJS injection of the client, whatever its type or name (real-world batch EU)', () => {
    expect(
      probe(`
        import { Inject, Injectable } from '@nestjs/common';
        import { InjectStripe } from 'nestjs-stripe';
        import { InjectStripeClient } from '@golevelup/nestjs-stripe';
        import { STRIPE_CLIENT, stripeConstants } from './stripe.constants';
        import { InjectStripeClient as InjectOwn } from '../common/decorators';
        @Injectable()
        class A {
          @Inject(STRIPE_CLIENT) private readonly field;
          constructor(
            @InjectStripe() private readonly payg: PaymentGateway,
            @InjectStripeClient() private readonly gateway,
            @Inject('STRIPE') private readonly client,
            @Inject(stripeConstants.STRIPE_CLIENT) private readonly other = null,
          ) {}
          run() { probe(this.payg); probe(this.gateway); probe(this.client); probe(this.other); probe(this.field); }
        }
        class B { constructor(@Inject('StripeToken') stripeApi, @InjectOwn() own) { probe(stripeApi); probe(own); } }
      `, { filename: 'a.ts' }),
    ).toEqual(['node-client', 'node-client', 'stripe-by-name', 'stripe-by-name', 'stripe-by-name', 'stripe-by-name', 'stripe-by-name']);
  });

  it('not an injection of a Stripe key, options or another service', () => {
    expect(
      probe(`
        import { Inject, Injectable } from '@nestjs/common';
        @Injectable()
        class A {
          constructor(@Inject('STRIPE_API_KEY') private readonly key, @Inject('STRIPE_OPTIONS') private readonly options, @Inject('PAYMENTS') private readonly payments) {}
          run() { probe(this.key); probe(this.options); probe(this.payments); }
        }
      `, { filename: 'a.ts' }),
    ).toEqual([null, null, null]);
  });

  it('type-only import of Stripe types a parameter', () => {
    expect(probe(`import type Stripe from 'stripe'; export function f(s: Stripe) { probe(s); }`, { filename: 'a.ts' })).toEqual(['node-client']);
  });
});

describe('Stripe.js instances', () => {
  it('loadStripe awaited, .then-ed, via a const promise; /pure; useStripe; globals', () => {
    expect(
      probe(`
        import { loadStripe } from '@stripe/stripe-js';
        import { loadStripe as loadPure } from '@stripe/stripe-js/pure';
        import { useStripe } from '@stripe/react-stripe-js';
        const stripePromise = loadStripe('pk_test_1');
        async function pay() {
          const s1 = await loadStripe('pk');
          const s2 = await stripePromise;
          const s3 = await loadPure('pk');
          probe(s1); probe(s2); probe(s3);
        }
        loadStripe('pk').then((s4) => probe(s4));
        function Checkout() { const s5 = useStripe(); probe(s5); return null; }
        const g1 = Stripe('pk'); const g2 = window.Stripe('pk');
        probe(g1); probe(g2); probe(Stripe);
      `),
    ).toEqual(['js-instance', 'js-instance', 'js-instance', 'js-instance', 'js-instance', 'js-instance', 'js-instance', 'js-global']);
  });
});

describe('one table of Stripe packages for every way of reaching an export', () => {
  it('require (called, read or destructured), import() (awaited, destructured) and namespace imports agree', () => {
    expect(
      probe(
        `
        const { useStripe } = require('@stripe/react-stripe-js');
        const readHook = require('@stripe/react-stripe-js').useStripe;
        const { Elements } = require('@stripe/react-stripe-js');
        const { default: createClient } = require('stripe-client');
        const readFactory = require('react-native-stripe-client').default;
        const { helper } = require('stripe-client');
        async function lazy() {
          const { loadStripe } = await import('@stripe/stripe-js');
          const readLoader = (await import('@stripe/stripe-js/pure')).loadStripe;
          const { default: native } = await import('tipsi-stripe');
          const { Stripe: plugin } = await import('@awesome-cordova-plugins/stripe');
          const { stripe } = await import('./lib/stripe');
          const { client } = await import('./lib/stripe');
          probe(loadStripe); probe(readLoader); probe(native); probe(plugin); probe(stripe); probe(client);
          probe(await loadStripe('pk_test_1'));
        }
        probe(useStripe); probe(readHook); probe(Elements); probe(createClient); probe(readFactory); probe(helper);
        probe(createClient('pk_test_1'));
      `,
        { parser: 'espree', filename: 'a.mjs' },
      ),
    ).toEqual([
      'js-loader',
      'js-loader',
      'native-sdk',
      'card-plugin',
      'stripe-by-name', // a local module's export: by its name only
      null,
      'js-instance',
      'js-hook',
      'js-hook',
      null,
      'token-client-factory',
      'token-client-factory',
      null,
      'token-client',
    ]);
  });

  it("a class that extends stripe-node's: the class, its instances, and this in its instance members", () => {
    expect(
      probe(
        `
        import Stripe from 'stripe';
        class BillingClient extends Stripe {
          handler = () => probe(this);
          charge() { probe(this); const f = function () { probe(this); }; }
          static make() { probe(this); }
        }
        class Other extends Base { run() { probe(this); } }
        class Plain { run() { probe(this); } }
        probe(BillingClient); probe(new BillingClient('sk_test_1'));
      `,
        { filename: 'billing.ts' },
      ),
    ).toEqual(['node-client', 'node-client', null, null, null, null, 'node-module', 'node-client']);
  });

  it("react-native-stripe-api's class and its instances; a token client's factory called with new", () => {
    expect(
      probe(
        `
        import Stripe from 'react-native-stripe-api';
        import Fork from 'indici-stripe-api';
        import { Stripe as Named } from 'react-native-stripe-api';
        import createClient from 'stripe-client';
        const client = new Stripe('pk_test_1');
        probe(Stripe); probe(client); probe(new Fork('pk_test_1')); probe(Stripe('pk_test_1')); probe(Named); probe(new Named('pk_test_1'));
        probe(new createClient('pk_test_1'));
      `,
        { parser: 'espree', filename: 'a.mjs' },
      ),
    ).toEqual(['card-api-class', 'card-api-client', 'card-api-client', null, null, null, 'token-client']);
  });

  it('namespace imports are the module object: stripe-node and the token clients, not the packages that export functions', () => {
    expect(
      probe(
        `
        import * as createClient from 'stripe-client';
        import * as stripeJs from '@stripe/stripe-js';
        import * as tipsi from 'tipsi-stripe';
        probe(createClient); probe(stripeJs); probe(stripeJs.loadStripe); probe(tipsi); probe(tipsi.default);
      `,
        { filename: 'a.ts' },
      ),
    ).toEqual(['token-client-factory', null, 'stripe-by-name', null, null]);
  });
});

describe('fallback by name and non-Stripe values', () => {
  it('unresolvable receivers named like Stripe count by name', () => {
    expect(
      probe(`
        import { stripe } from './lib/stripe';
        function handler(req, stripeClient) { probe(stripe); probe(stripeClient); probe(this.props.stripe); probe(req.app.locals.stripe); }
      `),
    ).toEqual(['stripe-by-name', 'stripe-by-name', 'stripe-by-name', 'stripe-by-name']);
  });

  it('resolved non-Stripe values and members are not Stripe', () => {
    expect(
      probe(`
        import Stripe from 'stripe';
        import axios from 'axios';
        const stripe = new Stripe('k');
        const http = axios.create();
        const Stripey = class {};
        probe(http); probe(stripe.customers); probe(axios); probe(new Stripey());
        const local = { Stripe() {} };
        probe(local.Stripe('pk'));
      `),
    ).toEqual([null, null, null, null, null]);
  });

  it('test doubles and instances of classes of the file are not Stripe, whatever the name they are held under', () => {
    expect(
      probe(`
        import { StripeMock } from '../src/mock';
        import { createFakeStripe } from './fakes';
        import { stripe as stripeShared } from './lib/stripe';
        class InMemoryStripe { paymentMethods = { create: async () => ({ id: 'pm_1' }) }; }
        class Billing extends stripeShared.constructor {}
        const stripe = new StripeMock();
        let stripeClient: StripeMock;
        let other: StripeMock | undefined;
        const fakeStripe = createFakeStripe();
        const memory = new InMemoryStripe();
        const stripeLocal = new InMemoryStripe();
        const billing = new Billing();
        probe(stripe); probe(stripeClient); probe(fakeStripe); probe(stripeMock); probe(memory); probe(stripeLocal);
        probe(stripeShared); probe(this.stripe); probe(billing);
      `),
    ).toEqual([null, null, null, null, null, null, 'stripe-by-name', 'stripe-by-name', null]);
  });

  it("a call named for a Stripe client: an app's own factory, a registry's entry (real-world batch EV)", () => {
    expect(
      probe(`
        import { getStripeClient, createStripe, stripeClient } from '../lib/client';
        import { getStripe as loadIt } from '@/lib/stripe';
        export async function handler(c, data) {
          const client = getStripeClient(data.key);
          const other = await createStripe();
          probe(client); probe(other); probe(stripeClient()); probe(loadIt()); probe(c.get('stripe')); probe(c.get('stripeClient'));
        }
      `),
    ).toEqual(['stripe-by-name', 'stripe-by-name', 'stripe-by-name', 'stripe-by-name', 'stripe-by-name', 'stripe-by-name']);
  });

  it('not a factory of a package, an unknown global, another Stripe object, a test double, or a header read', () => {
    expect(
      probe(`
        import { getStripeClient } from 'stripe-helpers';
        import { getStripeCustomer, createStripeMock, getStripeKey } from './lib/stripe';
        export function handler(req, c) {
          const a = getStripeClient('k');
          const b = getStripeCustomer(req.user.id);
          probe(a); probe(b); probe(makeStripeClient()); probe(createStripeMock()); probe(getStripeKey());
          probe(req.get('stripe-signature')); probe(c.get('stripe', 'x')); probe(c.set('stripe'));
        }
      `),
    ).toEqual([null, null, null, null, null, null, null, null]);
  });

  it('a local binding named Stripe shadows the global', () => {
    expect(probe(`function f(Stripe) { probe(Stripe('pk')); probe(Stripe); }`)).toEqual([null, 'stripe-by-name']);
    expect(probe(`const Stripe = makeStripe(); probe(Stripe('pk'));`)).toEqual([null]);
  });

  it('files that never mention stripe are skipped', () => {
    expect(probe(`const x = require('pay'); probe(x);`)).toEqual([null]);
  });
});

describe('mentionsStripeInCode', () => {
  const inCode = (code: string): boolean => {
    let found = false;
    runWithRule(code, (context) => {
      found = mentionsStripeInCode(context.sourceCode);
      return {};
    });
    return found;
  };

  it('a mention in code, a string, a template or JSX text counts; one only in comments does not', () => {
    expect(
      [
        `// app.use('/stripe/webhook', raw);\napp.use(helmet());`,
        `/* Stripe */ const a = 1; /** STRIPE_KEY */ // stripe\nlet b;`,
        `// stripe\nconst route = '/webhooks/stripe';`,
        `/* stripe */ const s = \`\${x}Stripe\`;`,
        `// stripe\nconst el = <p>Pay with Stripe</p>;`,
        `const stripeClient = make(); // stripe`,
        `const a = 1;`,
      ].map(inCode),
    ).toEqual([false, false, true, true, true, true, false]);
  });

  it("Stripe's hosted pages named by origin alone do not count; with a path, a subdomain or another mention they do", () => {
    expect(
      [
        `const csp = "frame-src https://checkout.stripe.com https://billing.stripe.com; connect-src 'self'";`,
        `const hosts = ['checkout.stripe.com', 'BILLING.STRIPE.COM'];`,
        `const script = 'https://checkout.stripe.com/checkout.js';`,
        `const csp = 'frame-src https://checkout.stripe.com https://js.stripe.com';`,
        `const host = 'mycheckout.stripe.com.example.org';`,
        `const host = 'checkout.stripe.community';`,
        `// stripe.checkout.sessions.create redirects\nconst csp = 'frame-src https://checkout.stripe.com';`,
      ].map(inCode),
    ).toEqual([false, false, true, true, true, true, false]);
  });
});

describe('mayResolveStripe', () => {
  /** `mayResolveStripe` of the file, and the kind of every `probe(expr)` argument. */
  function roots(code: string): { may: boolean; kinds: (StripeKind | null)[] } {
    let may = false;
    const kinds: (StripeKind | null)[] = [];
    runWithRule(code, (context) => {
      may = mayResolveStripe(context.sourceCode);
      return {
        CallExpression(node: TSESTree.CallExpression) {
          if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'probe' && node.arguments[0]) {
            kinds.push(stripeKindOf(node.arguments[0], context.sourceCode));
          }
        },
      };
    });
    return { may, kinds };
  }

  it('files that spell a Stripe package specifier or the Stripe.js global', () => {
    const files = [
      `import Stripe from 'stripe'; const stripe = new Stripe(key); probe(stripe);`,
      `const stripe = require("stripe")(process.env.STRIPE_SECRET_KEY); probe(stripe);`,
      `import Stripe from 'npm:stripe@14.0.0'; probe(new Stripe(key));`,
      `import Stripe from 'https://esm.sh/stripe?target=deno'; probe(new Stripe(key));`,
      `const { Stripe: S } = await import('stripe'); probe(new S(key));`,
      `import { loadStripe } from '@stripe/stripe-js/pure'; probe(await loadStripe(pk));`,
      `import { useStripe } from '@stripe/react-stripe-js'; const stripe = useStripe(); probe(stripe);`,
      // the Stripe.js global, also through an alias
      `const stripe = Stripe(publishableKey); probe(stripe);`,
      `const S = window.Stripe; probe(S(pk));`,
      // escapes in the specifier or the identifier
      `const stripe = require('str\\x69pe')(key); probe(stripe);`,
      `const stripe = \\u0053tripe(pk); probe(stripe);`,
      // the community SDKs: a token client's package, the Cordova plugin's import (\`Stripe\`) and global
      `const client = require('stripe-client')(pk); probe(client);`,
      `import { Stripe } from '@ionic-native/stripe'; probe(Stripe);`,
      `probe(cordova.plugins.stripe);`,
      `import stripe from 'tipsi-stripe'; probe(stripe);`,
      `import stripe from '@commaai/tipsi-stripe'; probe(stripe);`,
    ];
    const found = files.map(roots);
    expect(found.map((f) => f.may)).toEqual(files.map(() => true));
    expect(found.map((f) => f.kinds[0])).toEqual([
      'node-client', 'node-client', 'node-client', 'node-client', 'node-client', 'js-instance', 'js-instance', 'js-instance', 'js-instance', 'node-client', 'js-instance',
      'token-client', 'card-plugin', 'card-plugin', 'native-sdk', 'native-sdk',
    ]);
  });

  it('files that name Stripe otherwise resolve nothing but by name', () => {
    const files = [
      // stripe-node's own resource files: relative specifiers, \`StripeResource\`
      `import { StripeResource } from '../StripeResource.js';
const stripeMethod = StripeResource.method;
export const Customers = StripeResource.extend({ create: stripeMethod({ method: 'POST', fullPath: '/v1/customers' }) });
probe(stripeMethod); probe(Customers);`,
      // a client injected into a service (its type imported from a local module)
      `import type { StripeClient } from './stripe-client';
export class BillingService {
  constructor(private readonly stripe: StripeClient) {}
  charge(amount: number) { probe(this.stripe); return this.stripe.paymentIntents.create({ amount, currency: 'usd' }); }
}`,
      // a webhook route path
      `app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), handler); probe(handler);`,
      // the letters inside longer identifiers, a comment, a string (a whole word \`Stripe\` anywhere would pass)
      `// Pay with STRIPE (see docs)
const stripeConfig = { label: 'stripe-checkout' }; probe(stripeConfig); probe(MyStripe);`,
    ];
    for (const code of files) {
      const { may, kinds } = roots(code);
      expect(may).toBe(false);
      // soundness: nothing in such a file resolves to a Stripe kind other than by name
      expect(kinds.every((kind) => kind === null || kind === 'stripe-by-name')).toBe(true);
    }
    expect(roots(files[3]!).kinds).toEqual(['stripe-by-name', 'stripe-by-name']);
  });
});

describe('community card SDKs (stripe-facts §1.6)', () => {
  it('the Cordova plugin: ionic-native imports, an injected or constructed instance, require, the cordova global', () => {
    expect(
      probe(`
        import { Stripe } from '@ionic-native/stripe/ngx';
        import { Stripe as Legacy } from 'ionic-native';
        import { Camera } from '@ionic-native/camera/ngx';
        const { Stripe: Renamed } = require('@awesome-cordova-plugins/stripe');
        class Page {
          constructor(private stripe: Stripe, private camera: Camera) {}
          go() { probe(this.stripe); probe(this.camera); }
        }
        probe(Stripe); probe(Legacy); probe(Renamed); probe(new Renamed());
        probe(require('@ionic-native/stripe').Stripe);
        probe(cordova.plugins.stripe); probe(window.cordova.plugins.stripe); probe(cordova.plugins.stripeHelper);
      `),
    ).toEqual([
      'card-plugin',
      null,
      'card-plugin',
      'card-plugin',
      'card-plugin',
      'card-plugin',
      'card-plugin',
      'card-plugin',
      'card-plugin',
      'stripe-by-name', // another plugin named like Stripe: by name only, which no card check takes as the plugin
    ]);
  });

  it("Capacitor 2's legacy plugin: Stripe of @capacitor/core's Plugins, destructured or read; not another registry's", () => {
    expect(
      probe(`
        import { Plugins } from '@capacitor/core';
        import { Plugins as Other } from './plugins';
        const { Stripe, Camera } = Plugins;
        const { Stripe: Elsewhere } = Other;
        probe(Stripe); probe(Plugins.Stripe); probe(Camera); probe(Other.Stripe); probe(Elsewhere);
      `),
    ).toEqual(['capacitor-plugin', 'capacitor-plugin', null, 'stripe-by-name', null]);
  });

  it('card-token clients: the default export called with a key; other exports and shadowed globals are not', () => {
    expect(
      probe(
        `
        import createStripe from 'stripe-client';
        import { helper } from 'stripe-client';
        const client = createStripe('pk_test_123');
        const direct = require('react-native-stripe-client')('pk_test_123');
        function local(cordova) { probe(cordova.plugins.stripe); }
        probe(createStripe); probe(client); probe(direct); probe(helper);
      `,
        { parser: 'espree', filename: 'a.mjs' },
      ),
    ).toEqual(['stripe-by-name', 'token-client-factory', 'token-client', 'token-client', null]); // a parameter: by name only
  });

  it('tipsi-stripe: its default export is the SDK instance, imported, required (`.default`) or destructured', () => {
    expect(
      probe(
        `
        import stripe from 'tipsi-stripe';
        import { PaymentCardTextField } from 'tipsi-stripe';
        const viaRequire = require('tipsi-stripe').default;
        const { default: destructured } = require('tipsi-stripe');
        const namespace = require('tipsi-stripe');
        probe(stripe); probe(viaRequire); probe(destructured); probe(PaymentCardTextField); probe(namespace);
      `,
        { parser: 'espree', filename: 'a.mjs' },
      ),
    ).toEqual(['native-sdk', 'native-sdk', 'native-sdk', null, null]);
  });
});
