import { describe, expect, it } from 'vitest';
import { mayReadPublicEnv, publicEnvRead } from '../../src/analysis/env-vars.js';
import { probeArguments } from './helpers.js';

const reads = (code: string, options?: Parameters<typeof probeArguments>[2]) =>
  probeArguments(code, (node, sourceCode) => publicEnvRead(node, sourceCode), options);

describe('publicEnvRead', () => {
  it('reads the variables each framework publishes: process.env prefixes, import.meta.env, SvelteKit modules', () => {
    expect(
      reads(`
        import { PUBLIC_KEY as renamed } from '$env/static/public';
        import { env } from '$env/dynamic/public';
        const viaConst = process.env.NEXT_PUBLIC_SECRET;
        probe(process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY); probe(process.env['REACT_APP_KEY']); probe(process.env.EXPO_PUBLIC_KEY);
        probe(process.env.GATSBY_KEY); probe(process.env.VUE_APP_KEY); probe(import.meta.env.VITE_KEY); probe(import.meta.env.PUBLIC_KEY);
        probe(renamed); probe(env.PUBLIC_WEBHOOK_SECRET); probe(viaConst); probe(process.env.NEXT_PUBLIC_A ?? 'fallback'); probe(process.env.VITE_X!);
      `),
    ).toEqual([
      { name: 'NEXT_PUBLIC_STRIPE_SECRET_KEY', prefix: 'NEXT_PUBLIC_', framework: 'Next.js' },
      { name: 'REACT_APP_KEY', prefix: 'REACT_APP_', framework: 'Create React App' },
      { name: 'EXPO_PUBLIC_KEY', prefix: 'EXPO_PUBLIC_', framework: 'Expo' },
      { name: 'GATSBY_KEY', prefix: 'GATSBY_', framework: 'Gatsby' },
      { name: 'VUE_APP_KEY', prefix: 'VUE_APP_', framework: 'Vue CLI' },
      { name: 'VITE_KEY', prefix: 'VITE_', framework: 'Vite' },
      { name: 'PUBLIC_KEY', prefix: 'PUBLIC_', framework: 'Astro' },
      { name: 'PUBLIC_KEY', prefix: 'PUBLIC_', framework: 'SvelteKit' },
      { name: 'PUBLIC_WEBHOOK_SECRET', prefix: 'PUBLIC_', framework: 'SvelteKit' },
      { name: 'NEXT_PUBLIC_SECRET', prefix: 'NEXT_PUBLIC_', framework: 'Next.js' },
      { name: 'NEXT_PUBLIC_A', prefix: 'NEXT_PUBLIC_', framework: 'Next.js' },
      null, // process.env.VITE_X: Vite publishes import.meta.env only
    ]);
  });

  it("Nuxt's public runtime config: auto-imported or imported useRuntimeConfig, called in place or held in a const", () => {
    expect(
      reads(`
        import { useRuntimeConfig as imported } from '#imports';
        import { useRuntimeConfig as other } from './config';
        const config = useRuntimeConfig(event);
        probe(config.public.stripeSecretKey); probe(useRuntimeConfig().public['webhookSecret']); probe(config.stripeSecretKey);
        probe(config.public); probe(other().public.key); probe(settings.public.key); probe(imported().public.apiSecret);
      `),
    ).toEqual([
      { name: 'runtimeConfig.public.stripeSecretKey', prefix: 'runtimeConfig.public.', framework: 'Nuxt' },
      { name: 'runtimeConfig.public.webhookSecret', prefix: 'runtimeConfig.public.', framework: 'Nuxt' },
      null,
      null,
      null,
      null,
      { name: 'runtimeConfig.public.apiSecret', prefix: 'runtimeConfig.public.', framework: 'Nuxt' },
    ]);
  });

  it('private variables, a shadowed process, private SvelteKit modules, bare prefixes and other values are not published', () => {
    expect(
      reads(`
        import { STRIPE_SECRET_KEY } from '$env/static/private';
        import { env } from '$env/dynamic/private';
        function f(process) { probe(process.env.NEXT_PUBLIC_X); }
        probe(process.env.STRIPE_SECRET_KEY); probe(import.meta.env.STRIPE_SECRET_KEY); probe(STRIPE_SECRET_KEY); probe(env.PUBLIC_X);
        probe(process.env.NEXT_PUBLIC_); probe(config.NEXT_PUBLIC_KEY); probe('NEXT_PUBLIC_KEY'); probe(process.env[name]);
      `),
    ).toEqual([null, null, null, null, null, null, null, null, null]);
  });
});

describe('mayReadPublicEnv', () => {
  it('every published read spells one of its words', () => {
    for (const text of ['process.env.NEXT_PUBLIC_X', 'process.env.EXPO_PUBLIC_X', 'import.meta.env.VITE_X', "from '$env/static/public'", "from '$env/dynamic/public'", 'process.env.REACT_APP_X', 'process.env.GATSBY_X', 'process.env.VUE_APP_X', 'useRuntimeConfig().public.key']) {
      expect(mayReadPublicEnv(text), text).toBe(true);
    }
    expect(mayReadPublicEnv('process.env.STRIPE_SECRET_KEY')).toBe(false);
  });
});
