// Runs the built `stripe-pci-scan` (dist/src/cli/bin.js) as a child process, against the ESLint major of the
// vitest project (ESLint 9 through tests/setup/eslint9-process.mjs). Builds dist first when it is missing or
// older than the sources (`npm test` builds before the tests; this keeps single-file runs honest).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixtures = path.join(root, 'tests/fixtures/cli');
const bin = path.join(root, 'dist/src/cli/bin.js');
const eslint9Loader = path.join(root, 'tests/setup/eslint9-process.mjs');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(abs));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(abs).mtimeMs);
  }
  return newest;
}

function isBuilt(): boolean {
  try {
    const sources = Math.max(newestSource(path.join(root, 'src')), statSync(path.join(root, 'index.ts')).mtimeMs);
    return statSync(bin).mtimeMs >= sources;
  } catch {
    return false;
  }
}

/** Builds dist once, with a lock directory so that the eslint9 and eslint10 projects do not build at once. */
export function ensureBuilt(): void {
  if (isBuilt()) return;
  const lock = path.join(root, 'node_modules/.cache/stripe-pci-cli-build.lock');
  mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) rmSync(lock, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    if (!isBuilt()) execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], options: { cwd: string; env?: Record<string, string> }): CliRun {
  const major = process.env.EXPECT_ESLINT_MAJOR ?? '10';
  const nodeArgs = major === '9' ? ['--import', eslint9Loader, bin] : [bin];
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...options.env };
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [...nodeArgs, ...args], {
    cwd: options.cwd,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function runJson<T = import('../../src/cli/format/json.js').JsonReport>(
  args: readonly string[],
  options: { cwd: string },
): { code: number | null; report: T; stderr: string } {
  const run = runCli(['--format', 'json', ...args], options);
  return { code: run.code, report: JSON.parse(run.stdout) as T, stderr: run.stderr };
}
