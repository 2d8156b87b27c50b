/**
 * Per-file memo shared by every rule: `perFile(sourceCode, key, compute)` runs `compute` once per
 * `SourceCode` (one linted file) and key, however many rules ask. Cached in a WeakMap, so a file's
 * facts are released with its `SourceCode`.
 *
 * The compute counter lets tests prove the "analysis runs once per file" contract
 * (tests/quality/analysis-passes.test.ts) without timing anything.
 */
const cache = new WeakMap<object, Map<string, unknown>>();
const computeCounts = new Map<string, number>();

export function perFile<T>(sourceCode: object, key: string, compute: () => T): T {
  let facts = cache.get(sourceCode);
  if (!facts) {
    facts = new Map();
    cache.set(sourceCode, facts);
  }
  if (facts.has(key)) return facts.get(key) as T;
  computeCounts.set(key, (computeCounts.get(key) ?? 0) + 1);
  const value = compute();
  facts.set(key, value);
  return value;
}

/** How many times each key has been computed since the last reset (one entry per file that asked for it). */
export function analysisPassCounts(): ReadonlyMap<string, number> {
  return new Map(computeCounts);
}

export function resetAnalysisPassCounts(): void {
  computeCounts.clear();
}
