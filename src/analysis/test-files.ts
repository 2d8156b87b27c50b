/**
 * Test code, told by its path: files a test runner loads and no user ever receives (a policy written there is never
 * sent to a browser, a component there is never bundled). Judged by the file's name (`*.test.*`, `*.spec.*`, Cypress'
 * `*.cy.*`, a kind of spec: NestJS' `app.e2e-spec.ts`, `*.int-spec.ts`) and by the directories between a root (the
 * file's package root: its nearest `package.json`, else ESLint's `cwd`) and the file: `test/`, `tests/`, `__tests__/`,
 * `__mocks__/`, `mocks/`, `spec/`, `e2e/`, `cypress/`, `playwright/`, Cucumber's `step_definitions/` (`step-definitions/`). Directories above the root
 * say nothing (a checkout kept under `~/tests/` is no test code), unless the package itself is one of tests by its
 * name (`isTestPackage`). And by what the file imports: a module only tests
 * import (a test runner's API, an assertion or test-rendering library: `@cucumber/cucumber`, `vitest`, `chai`,
 * `@testing-library/react`, `supertest`…), wherever the file is (real-world batch 96: Cucumber step definitions under
 * `features/`, a component test beside its component).
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isAbsolute, relative, sep } from 'node:path';
import { perFile } from './file-cache.js';
import { packageManifest, packageRoot } from './package-json.js';

/**
 * Test files by name, and Storybook's stories (`Button.stories.tsx`, `*.story.*`): components rendered in a developer's
 * catalogue with made-up props, never shipped (real-world batch EG); the component itself is checked in its own file.
 */
const TEST_FILE_NAME = /\.(?:test|spec|cy|stories|story|(?:e2e|int|integration|unit|api|component|acceptance|functional)-(?:spec|test))\.[cm]?[jt]sx?$/i;
const TEST_DIRECTORIES: ReadonlySet<string> = new Set([
  '__tests__',
  '__mocks__',
  // An SDK's or an app's own mocks (`src/mocks/createCardToken.ts`, imported by its e2e tests only; precision probe 305),
  // and a mock server's handlers (MSW's `src/mocks/handlers.ts`), which answer in development and tests only.
  'mocks',
  'test',
  'tests',
  'spec',
  'e2e',
  'cypress',
  'playwright',
  'step_definitions',
  'step-definitions',
  'steps_definitions',
  'stepdefinitions',
]);
/**
 * Modules only test code imports (and Storybook's stories: `@storybook/react`, `storybook/test`; WebdriverIO's
 * `@wdio/globals`, which only its test runner provides: probe 345). Not browser-automation libraries (`playwright`, `puppeteer`), which scrapers and
 * bots also use, nor mock-server libraries (`msw`), which can run in the app in development.
 */
const TEST_MODULE = /^(?:@cucumber\/cucumber|cucumber|@playwright\/test|vitest|@jest\/globals|node:test|mocha|chai|supertest|sinon|@testing-library\/[\w.-]+|@nestjs\/testing|@wdio\/globals|@angular\/core\/testing|@vue\/test-utils|cypress|ava|uvu|@storybook\/[\w.-]+(?:\/[\w.-]+)*|storybook\/[\w.-]+)$/;

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

/**
 * A package of tests by its name (without its scope): one that ends in `tests` or `e2e` as a word of its own
 * (`@sentry-internal/browser-integration-tests`, `e2e-tests`, `playwright-e2e`; precision probe 299: a Playwright
 * suite's test page with a `cc-number` input to check Sentry Replay's masking). Not a singular `-test`: apps written to
 * try Stripe out are named `stripe-test`, and ship what they do.
 */
const TEST_PACKAGE_NAME = /(?:^|[-_.])(?:tests|e2e)$/i;

/** Is the package at `root` a package of tests, by its `package.json` name (`TEST_PACKAGE_NAME`)? */
function isTestPackage(root: string): boolean {
  const name = packageManifest(root)?.['name'];
  return typeof name === 'string' && TEST_PACKAGE_NAME.test(name.slice(name.lastIndexOf('/') + 1));
}

/**
 * `isTestCode` below the file's package root (the directory of its nearest `package.json`, else `cwd`), or any file of
 * a package of tests (`isTestPackage`).
 */
export function isTestCodeInPackage(physicalFilename: string, cwd: string): boolean {
  const root = packageRoot(physicalFilename);
  return isTestCode(physicalFilename, root ?? cwd) || (root !== null && isTestPackage(root));
}

/** Does the file import (or require, at its top level) a module only tests import (`TEST_MODULE`)? */
export function importsTestModule(program: TSESTree.Program): boolean {
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      if (TEST_MODULE.test(statement.source.value)) return true;
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        const init = declarator.init;
        if (
          init?.type === AST_NODE_TYPES.CallExpression &&
          init.callee.type === AST_NODE_TYPES.Identifier &&
          init.callee.name === 'require' &&
          init.arguments[0]?.type === AST_NODE_TYPES.Literal &&
          typeof init.arguments[0].value === 'string' &&
          TEST_MODULE.test(init.arguments[0].value)
        ) {
          return true;
        }
      }
    }
  }
  return false;
}

/** The parts of a rule's context that say whether its file is test code. */
interface FileContext {
  readonly physicalFilename: string;
  readonly cwd: string;
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
}

/** Is the file test code: by its path (`isTestCodeInPackage`) or by its imports (`importsTestModule`)? Once per file. */
export const isTestSource = (context: FileContext): boolean =>
  perFile(context.sourceCode, 'test-files:test-source', () => isTestCodeInPackage(context.physicalFilename, context.cwd) || importsTestModule(context.sourceCode.ast));
