/**
 * Test code, told by its path: files a test runner loads and no user ever receives (a policy written there is never
 * sent to a browser, a component there is never bundled). Judged by the file's name (`*.test.*`, `*.spec.*`, Cypress'
 * `*.cy.*`) and by the directories between a root (the file's package root: its nearest `package.json`, else ESLint's
 * `cwd`) and the file: `test/`, `tests/`, `__tests__/`, `__mocks__/`, `spec/`, `e2e/`, `cypress/`, `playwright/`.
 * Directories above the root say nothing (a checkout kept under `~/tests/` is no test code).
 */
import { isAbsolute, relative, sep } from 'node:path';
import { packageRoot } from './package-json.js';

const TEST_FILE_NAME = /\.(?:test|spec|cy)\.[cm]?[jt]sx?$/i;
const TEST_DIRECTORIES: ReadonlySet<string> = new Set(['__tests__', '__mocks__', 'test', 'tests', 'spec', 'e2e', 'cypress', 'playwright']);

/** A test file by its name alone: `*.test.*`, `*.spec.*`, anything under `__tests__/`. */
export function isTestFileName(filename: string): boolean {
  const normalized = filename.replace(/\\/g, '/');
  return TEST_FILE_NAME.test(normalized) || /(?:^|\/)__tests__\//.test(normalized);
}

/** A test file by its name, or a file in a test directory below `root`. */
export function isTestCode(filename: string, root: string): boolean {
  if (isTestFileName(filename)) return true;
  if (!isAbsolute(filename) || !isAbsolute(root)) return false;
  const path = relative(root, filename);
  if (path === '' || path.startsWith('..') || isAbsolute(path)) return false;
  const directories = path.split(sep).slice(0, -1);
  return directories.some((directory) => TEST_DIRECTORIES.has(directory.toLowerCase()));
}

/** `isTestCode` below the file's package root: the directory of its nearest `package.json`, else `cwd`. */
export const isTestCodeInPackage = (physicalFilename: string, cwd: string): boolean =>
  isTestCode(physicalFilename, packageRoot(physicalFilename) ?? cwd);
