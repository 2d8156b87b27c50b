// The corpus of `npm run bench` and `npm run profile`: the JavaScript / TypeScript sources (not .d.ts) of the
// payment-stack packages that `npm ci` installs (top-level copies only), plus examples/.
import type { Linter } from 'eslint';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { countLines, JS_EXTENSIONS, languageOptionCandidates } from '../tests/quality/harness.js';

export const BENCH_PACKAGES = [
  'stripe',
  '@stripe/stripe-js',
  '@stripe/react-stripe-js',
  'express',
  'mongoose',
  'mongodb',
  'helmet',
  'axios',
  'typeorm',
  '@nestjs/common',
  '@nestjs/core',
  'fastify',
  'koa',
  'sequelize',
];

export interface SourceFile {
  path: string;
  text: string;
  lines: number;
}

function collect(root: string, dir: string, out: SourceFile[]): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) collect(root, full, out);
    else if (/\.(?:[cm]?[jt]sx?)$/.test(entry.name) && !/\.d\.[cm]?ts$/.test(entry.name)) {
      const text = readFileSync(full, 'utf8');
      if (text.length > 1_500_000) continue;
      out.push({ path: relative(root, full), text, lines: countLines(text) });
    }
  }
}

/** The bench corpus under the project root `root`, sorted by path. */
export function benchFiles(root: string): SourceFile[] {
  const files: SourceFile[] = [];
  for (const pkg of BENCH_PACKAGES) collect(root, join(root, 'node_modules', pkg), files);
  collect(root, join(root, 'examples'), files);
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/**
 * The config every bench lint starts from: each file's parser (espree for JavaScript, @typescript-eslint/parser for
 * TypeScript), and every line meeting every rule (inline `eslint-disable` comments are ignored). Corpus files are
 * linted where they lie, under `node_modules/` (`statsLinter` lifts ESLint's default ignore of it), so the rules that
 * read a file's package (its `package.json`, a Prisma schema) find the package's own, as in a user's project.
 */
export function benchBaseConfig(path: string): Linter.Config {
  const js = (JS_EXTENSIONS as readonly string[]).includes(extname(path));
  return {
    files: ['**'],
    languageOptions: languageOptionCandidates(js ? 'espree' : 'typescript', path)[0],
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
  };
}
