import { Linter } from 'eslint';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// Proves that the matrix really runs each project against its own ESLint major.
describe('ESLint version under test', () => {
  it('matches the vitest project', () => {
    const major = process.env.EXPECT_ESLINT_MAJOR;
    expect(Linter.version.split('.')[0]).toBe(major);
    const requireFromHere = createRequire(import.meta.url);
    const cjsLinter = requireFromHere('eslint') as typeof import('eslint');
    expect(cjsLinter.Linter.version.split('.')[0]).toBe(major);
  });
});
