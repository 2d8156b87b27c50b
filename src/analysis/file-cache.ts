/**
 * Per-file memo for shared analysis: every fact is computed once per `SourceCode`, whichever rules ask.
 * `analysisPasses` counts computations so tests can assert "once per file, however many rules".
 */
import type { TSESLint } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;

const caches = new WeakMap<SourceCode, Map<string, unknown>>();
const passes = new Map<string, number>();

export function perFile<T>(sourceCode: SourceCode, key: string, compute: () => T): T {
  let cache = caches.get(sourceCode);
  if (!cache) {
    cache = new Map();
    caches.set(sourceCode, cache);
  }
  if (cache.has(key)) return cache.get(key) as T;
  passes.set(key, (passes.get(key) ?? 0) + 1);
  const value = compute();
  cache.set(key, value);
  return value;
}

/** How many times each keyed analysis has been computed since the last reset (for tests). */
export function analysisPasses(): ReadonlyMap<string, number> {
  return passes;
}

export function resetAnalysisPasses(): void {
  passes.clear();
}
