import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTestCode, isTestFileName } from '../../src/analysis/test-files.js';

const root = join('/', 'home', 'dev', 'tests', 'shop');

describe('isTestFileName', () => {
  it.each([
    ['src/checkout.test.ts', true],
    ['src/checkout.spec.jsx', true],
    ['cypress/checkout.cy.js', true],
    ['src/__tests__/checkout.js', true],
    ['src\\__tests__\\checkout.js', true],
    ['src/testing.ts', false],
    ['src/contest.js', false],
    ['src/checkout.test-utils.ts', false],
  ])('%s → %s', (filename, expected) => {
    expect(isTestFileName(filename)).toBe(expected);
  });
});

describe('isTestCode', () => {
  it.each([
    [join(root, 'tests', 'contract', 'api-contracts.test.ts'), true],
    [join(root, 'src', 'test', 'helpers', 'test-setup.js'), true],
    [join(root, 'e2e', 'fixtures', 'server.js'), true],
    [join(root, 'packages', 'web', '__mocks__', 'stripe.js'), true],
    [join(root, 'src', 'server.js'), false],
    // The directories above the root say nothing: the project itself sits under `tests/`.
    [join(root, 'src', 'latest', 'page.js'), false],
    // Outside the root, or not on disk: the name alone.
    [join('/', 'elsewhere', 'tests', 'server.js'), false],
    ['tests/server.js', false],
    ['tests/server.test.js', true],
  ])('%s → %s', (filename, expected) => {
    expect(isTestCode(filename, root)).toBe(expected);
  });
});
