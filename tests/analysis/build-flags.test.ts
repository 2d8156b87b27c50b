import { describe, expect, it } from 'vitest';
import { isInDevelopmentBuildOnly } from '../../src/analysis/build-flags.js';
import { probeArguments } from './helpers.js';

const devOnly = (code: string): boolean[] => probeArguments(code, isInDevelopmentBuildOnly);

describe('isInDevelopmentBuildOnly', () => {
  it("reads Vite's import.meta.env.DEV / PROD, SvelteKit's dev and __DEV__ as build flags, in if, ?: and && (real-world batch 298)", () => {
    expect(
      devOnly(`
import { dev as isDev } from '$app/environment';
if (import.meta.env.DEV && url.startsWith('https://')) probe(1);
if (import.meta.env.PROD) probe(2); else probe(3);
const agent = !import.meta.env.PROD ? probe(4) : undefined;
import.meta.env.DEV && probe(5);
if (isDev) { const load = () => probe(6); }
if (__DEV__) probe(7);
if (import.meta.env['DEV'] || !import.meta.env.PROD) probe(8);
`),
    ).toEqual([true, false, true, true, true, true, true, true]);
  });

  it('not a run-time check, another flag, the branch a development build skips, nor a condition a flag does not decide', () => {
    expect(
      devOnly(`
import { dev } from './environment';
if (process.env.NODE_ENV !== 'production') probe(1);
if (import.meta.env.DEV) {} else probe(2);
if (import.meta.env.DEV || insecure) probe(3);
if (import.meta.env.MODE === 'development') probe(4);
if (dev) probe(5);
const __DEV__ = process.env.NODE_ENV !== 'production';
if (__DEV__) probe(6);
if (import.meta.env.SSR) probe(7);
probe(8);
if (import.meta.env.PROD && probe(9)) {}
`),
    ).toEqual([false, false, false, false, false, false, false, false, false]);
  });
});
