// Packages written to fresh temporary directories, for analysis that reads a project's other files (routers, modules),
// removed after the test file's tests.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * A maker of packages for one test file: each call writes a package in a fresh directory (named `prefix…`), its
 * `package.json` declaring `dependencies`, then each file of `files` (path → text), and gives its root. Every package
 * is removed after the file's tests.
 */
export function tempProjects(prefix: string, dependencies: Record<string, string>): (files: Record<string, string>) => string {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });
  return (files) => {
    const root = mkdtempSync(join(tmpdir(), prefix));
    roots.push(root);
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'api', dependencies }));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), text);
    }
    return root;
  };
}
