// Shared by the quality gates (corpus crash run, fuzzing, matrix, bench): lint one text with a plugin preset
// under espree or @typescript-eslint/parser, and tell a rule exception apart from a parse error.
import * as tsParser from '@typescript-eslint/parser';
import type { Linter } from 'eslint';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isTestFileName } from '../../src/analysis/test-files.js';
import { extname, join, relative } from 'node:path';

export type ParserName = 'espree' | 'typescript';
export const PARSERS: readonly ParserName[] = ['espree', 'typescript'];

export const JS_EXTENSIONS = ['.js', '.cjs', '.mjs', '.jsx'] as const;
export const TS_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts'] as const;
const LINTABLE = new Set<string>([...JS_EXTENSIONS, ...TS_EXTENSIONS]);

/** espree reads JavaScript only; @typescript-eslint/parser reads every extension. */
export function parserAccepts(parser: ParserName, filename: string): boolean {
  const ext = extname(filename);
  return parser === 'typescript' ? LINTABLE.has(ext) : (JS_EXTENSIONS as readonly string[]).includes(ext);
}

type LanguageOptions = NonNullable<Linter.Config['languageOptions']>;

/**
 * Language options to try, in order, until one parses: ESLint's own defaults first (`.cjs` as CommonJS, the rest as
 * modules), then CommonJS (sloppy-mode packages), then JSX for `.js` files that contain it.
 */
export function languageOptionCandidates(parser: ParserName, filename: string): LanguageOptions[] {
  const ext = extname(filename);
  const first = ext === '.cjs' || ext === '.cts' ? 'commonjs' : 'module';
  const sourceTypes: Array<'module' | 'commonjs'> = ext === '.mjs' || ext === '.mts' ? ['module'] : [first, 'commonjs'];
  const unique = [...new Set(sourceTypes)];
  if (parser === 'typescript') {
    // typescript-estree picks JSX from the file extension; sourceType only changes scope analysis.
    return unique.map((sourceType) => ({ parser: tsParser, sourceType, ecmaVersion: 'latest' }));
  }
  const jsx = ext === '.jsx';
  const candidates: LanguageOptions[] = unique.map((sourceType) => ({
    sourceType,
    ecmaVersion: 'latest',
    parserOptions: { ecmaFeatures: { jsx } },
  }));
  if (!jsx) {
    candidates.push({ sourceType: 'module', ecmaVersion: 'latest', parserOptions: { ecmaFeatures: { jsx: true } } });
  }
  return candidates;
}

export type Outcome =
  | { kind: 'linted'; messages: Linter.LintMessage[]; languageOptions: LanguageOptions }
  | { kind: 'unparsed'; message: string }
  /** An exception thrown while linting with the preset, which linting without it does not throw: a plugin bug. */
  | { kind: 'crash'; error: Error }
  /** ESLint itself throws on this text even with no rules (not a plugin bug; reported separately). */
  | { kind: 'eslint-crash'; error: Error };

export interface LintTarget {
  linter: Linter;
  /** The preset under test, e.g. `plugin.configs.all`. */
  preset: Linter.Config;
  parser: ParserName;
}

function configFor(languageOptions: LanguageOptions, preset: Linter.Config | undefined): Linter.Config[] {
  const base: Linter.Config = {
    // `**`, not `**/*`: ESLint treats `**/*` as universal, which does not make .ts/.jsx files lintable.
    files: ['**'],
    languageOptions,
    // Corpus files carry `eslint-disable` comments and unknown rule names; lint every line with our rules.
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
  };
  return preset ? [base, preset] : [base];
}

/**
 * Lint `text` as `filename` with the preset, trying each candidate language option until one parses.
 * Never throws: an exception becomes a `crash` (or `eslint-crash` when ESLint throws without our rules too).
 */
export function lintText(target: LintTarget, text: string, filename: string): Outcome {
  let lastParseError = 'no candidate';
  for (const languageOptions of languageOptionCandidates(target.parser, filename)) {
    let messages: Linter.LintMessage[];
    try {
      messages = target.linter.verify(text, configFor(languageOptions, target.preset), filename);
    } catch (error) {
      return classifyThrow(target, text, filename, languageOptions, error);
    }
    const fatal = messages.find((message) => message.fatal);
    const unmatched = messages.find((message) => message.ruleId === null && message.message.startsWith('No matching configuration'));
    // `files: ['**/*']` is a "universal" pattern that lints nothing by itself; never count such a run as linted.
    if (unmatched) throw new Error(`harness bug: ${unmatched.message}`);
    if (!fatal) return { kind: 'linted', messages, languageOptions };
    lastParseError = `${fatal.line}:${fatal.column} ${fatal.message}`;
  }
  return { kind: 'unparsed', message: lastParseError };
}

function classifyThrow(
  target: LintTarget,
  text: string,
  filename: string,
  languageOptions: LanguageOptions,
  error: unknown,
): Outcome {
  const err = error instanceof Error ? error : new Error(String(error));
  try {
    target.linter.verify(text, configFor(languageOptions, undefined), { filename });
  } catch {
    return { kind: 'eslint-crash', error: err };
  }
  return { kind: 'crash', error: err };
}

/** Count of lines as editors show them. */
export function countLines(text: string): number {
  if (text.length === 0) return 0;
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/** FNV-1a, 32 bit: a stable hash for deterministic sampling. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small seeded PRNG with the `Math.random` contract. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusFile {
  /** Path relative to the repository root, `/`-separated. */
  path: string;
  bytes: number;
}

export interface CorpusListing {
  files: CorpusFile[];
  /** Files left out because they are larger than `maxBytes` (bundles such as typescript.js). */
  tooLarge: CorpusFile[];
}

/** Files above this size are bundles (typescript.js is 9 MB); they are listed as skipped, not linted. */
export const CORPUS_MAX_BYTES = 1_500_000;

/**
 * Every file under `root/dir` whose name `accept` takes, skipping dot entries (.bin, .cache, .package-lock.json):
 * `found` gets its path relative to `root` (`/`-separated) and its full path. A missing `dir` finds nothing.
 */
export function walkFiles(root: string, dir: string, accept: (name: string) => boolean, found: (path: string, full: string) => void): void {
  const walk = (current: string): void => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && accept(entry.name)) found(relative(root, full).split('\\').join('/'), full);
    }
  };
  walk(join(root, dir));
}

/**
 * Every JS/TS file of the installed packages (`node_modules`, nested copies included), sorted by path.
 * `sample: n` keeps the files whose path hash is divisible by n: a stable subset that does not shift when
 * packages are added or removed.
 */
export function listCorpus(root: string, options: { sample?: number; maxBytes?: number } = {}): CorpusListing {
  const sample = options.sample ?? 1;
  const maxBytes = options.maxBytes ?? CORPUS_MAX_BYTES;
  const files: CorpusFile[] = [];
  const tooLarge: CorpusFile[] = [];
  walkFiles(root, 'node_modules', (name) => LINTABLE.has(extname(name)), (path, full) => {
    if (sample > 1 && fnv1a(path) % sample !== 0) return;
    const bytes = statSync(full).size;
    (bytes > maxBytes ? tooLarge : files).push({ path, bytes });
  });
  const byPath = (a: CorpusFile, b: CorpusFile): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files: files.sort(byPath), tooLarge: tooLarge.sort(byPath) };
}

export interface DistinctCorpus {
  /** The first file (by path) of each group of identical copies. */
  files: CorpusFile[];
  /** The other copies: same bytes, same extension, same test-file verdict as a file in `files`. */
  copies: CorpusFile[];
}

/**
 * Keeps one file of each group that lints alike: the same bytes under the same extension (`.d.ts` apart from `.ts`)
 * and the same test-file verdict by name, the only part of a corpus file's name that the rules read (corpus names are
 * relative, so no package root is found for them). Nested copies of one package version and packages that ship one
 * text twice make up about a sixth of `node_modules`; linting them again finds nothing new.
 */
export function distinctTexts(root: string, files: readonly CorpusFile[]): DistinctCorpus {
  const seen = new Set<string>();
  const distinct: DistinctCorpus = { files: [], copies: [] };
  for (const file of files) {
    const name = lintFilename(file.path);
    const extension = /\.d\.[cm]?ts$/.test(name) ? `.d${extname(name)}` : extname(name);
    const hash = createHash('sha1').update(readFileSync(join(root, file.path))).digest('hex');
    const key = `${hash} ${extension} ${isTestFileName(name)}`;
    if (seen.has(key)) distinct.copies.push(file);
    else {
      seen.add(key);
      distinct.files.push(file);
    }
  }
  return distinct;
}

/**
 * The name a corpus file is linted under: the real extension, outside `node_modules` (which flat config ignores).
 */
export function lintFilename(path: string): string {
  return path.replace(/(^|\/)node_modules\//g, '$1corpus/');
}

export function describeError(error: Error): string {
  return (error.stack ?? error.message).split('\n').slice(0, 8).join('\n');
}
