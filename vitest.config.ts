import { defineConfig } from 'vitest/config';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const eslint9 = fileURLToPath(new URL('./node_modules/eslint-v9', import.meta.url));
// Rule tests import `RuleTester` from '@typescript-eslint/rule-tester' and get tests/rule-tester.ts, which adds
// fix / suggestion output checks (parse, idempotence, configs.all) to every rule test without changing it.
const checkedRuleTester = { find: /^@typescript-eslint\/rule-tester$/, replacement: fileURLToPath(new URL('./tests/rule-tester.ts', import.meta.url)) };

// Every test runs twice: against ESLint 10 (the devDependency `eslint`) and ESLint 9 (`eslint-v9`).
// `npm run test:unit` runs the two projects one after the other, in separate vitest processes: the eslint9 project
// patches CommonJS resolution process-wide, and test files are not isolated (`isolate: false`: a worker keeps its
// imports from one test file to the next instead of loading typescript-eslint and TypeScript again for each of the
// 150 files, which took two thirds of the suite's time), so no worker may ever run files of both projects.
// The eslint9 project redirects both ESM imports (vite alias) and CommonJS requires made by
// @typescript-eslint/rule-tester and friends (tests/setup/eslint9.ts) to ESLint 9.
// Each project states its timeouts: a project written inline does not take the root's (a test that spawns node
// twice timed out at vitest's default 5 s on a busy machine, December 2026).
const timeouts = { testTimeout: 30_000, hookTimeout: 30_000 };

export default defineConfig({
  test: {
    // At least two workers, where vitest would take one on a two-core machine (cores - 1): the CLI tests spend most of
    // their time waiting on the scanner's child processes, during which the other worker runs the rule tests (each
    // project ran in 95 s instead of 127 s on the two-core CI machine, December 2026).
    maxWorkers: Math.max(availableParallelism() - 1, 2),
    projects: [
      {
        resolve: { alias: [checkedRuleTester] },
        test: {
          name: 'eslint10',
          ...timeouts,
          isolate: false,
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.timing.test.ts'],
          setupFiles: ['tests/setup/rule-tester.ts'],
          env: { EXPECT_ESLINT_MAJOR: '10' },
        },
      },
      {
        resolve: {
          alias: [
            checkedRuleTester,
            { find: /^eslint$/, replacement: `${eslint9}/lib/api.js` },
            { find: /^eslint\/use-at-your-own-risk$/, replacement: `${eslint9}/lib/unsupported-api.js` },
          ],
        },
        test: {
          name: 'eslint9',
          ...timeouts,
          isolate: false,
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.eslint10-only.test.ts', 'tests/**/*.timing.test.ts'],
          setupFiles: ['tests/setup/eslint9.ts', 'tests/setup/rule-tester.ts'],
          env: { EXPECT_ESLINT_MAJOR: '9' },
        },
      },
      // Timing tests (ESLint 10 only: timing says nothing more under ESLint 9) run alone, after the others
      // (`npm run test:unit`): beside the other test files' workers a lint's time says as much about them as about it
      // (CI, December 2026: 54 ms added to a 25 ms lint, and again when timed again).
      {
        test: {
          name: 'timing',
          ...timeouts,
          include: ['tests/**/*.timing.test.ts'],
          env: { EXPECT_ESLINT_MAJOR: '10' },
        },
      },
    ],
  },
});
