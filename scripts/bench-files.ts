// The corpus of `npm run bench` and `npm run profile`: the JavaScript / TypeScript sources (not .d.ts) of the
// payment-stack packages that `npm ci` installs (top-level copies only), plus examples/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { countLines } from '../tests/quality/harness.js';

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
