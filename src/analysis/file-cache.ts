/**
 * Per-file memo for shared analysis: every fact is computed once per `SourceCode`, whichever rules ask.
 * `analysisPasses` counts computations so tests can assert "once per file, however many rules".
 */
import type { TSESLint } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;

const caches = new WeakMap<SourceCode, Map<string, unknown>>();
const passes = new Map<string, number>();

/**
 * The file asked about last and its cache: the rules of one file ask some 25 times in a row, and a module-level
 * reference skips the `WeakMap` lookup (ESLint's `Linter` keeps the last `SourceCode` alive anyway).
 */
let lastSourceCode: SourceCode | undefined;
let lastCache: Map<string, unknown> | undefined;

export function perFile<T>(sourceCode: SourceCode, key: string, compute: () => T): T {
  let cache: Map<string, unknown> | undefined;
  if (sourceCode === lastSourceCode) cache = lastCache!;
  else {
    cache = caches.get(sourceCode);
    if (!cache) {
      cache = new Map();
      caches.set(sourceCode, cache);
    }
    lastSourceCode = sourceCode;
    lastCache = cache;
  }
  const known = cache.get(key);
  if (known !== undefined || cache.has(key)) return known as T;
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

/**
 * The file whose rules were created last, and its name on disk. ESLint lints one file at a time, creating every rule
 * of a file (each tells its name) before any listener runs, so the file asked about is the one told last.
 */
let lastNamed: SourceCode | undefined;
let lastName = '';

/** Remember the file on disk a `SourceCode` was read from (rules know it; shared analysis asks by `SourceCode`). */
export function rememberPhysicalFilename(sourceCode: SourceCode, physicalFilename: string): void {
  lastNamed = sourceCode;
  lastName = physicalFilename;
}

/** The file on disk the `SourceCode` was read from, as a rule of this plugin was told; `''` when not known. */
export const physicalFilenameOf = (sourceCode: SourceCode): string => (sourceCode === lastNamed ? lastName : '');
