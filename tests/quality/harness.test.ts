// The quality-gate harness tells a rule exception from a parse error and from an ESLint-internal one.
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { countLines, fnv1a, languageOptionCandidates, lintFilename, lintText, parserAccepts, seededRandom } from './harness.js';

const throwing: Linter.Config = {
  plugins: {
    probe: {
      rules: {
        boom: {
          create: () => ({
            'CallExpression[callee.name="explode"]'() {
              throw new TypeError('boom');
            },
          }),
        },
      },
    },
  },
  rules: { 'probe/boom': 'error' },
};

describe('lintText', () => {
  const linter = new Linter();

  it('reports a rule exception as a crash, under both parsers', () => {
    for (const parser of ['espree', 'typescript'] as const) {
      const outcome = lintText({ linter, preset: throwing, parser }, 'explode();', 'a.js');
      expect(outcome.kind).toBe('crash');
    }
  });

  it('lints code the rule accepts', () => {
    const outcome = lintText({ linter, preset: throwing, parser: 'espree' }, 'fine();', 'a.js');
    expect(outcome).toMatchObject({ kind: 'linted', messages: [] });
  });

  it('falls back to CommonJS and JSX before calling a file unparsable', () => {
    expect(lintText({ linter, preset: throwing, parser: 'espree' }, 'with (a) { b(); }', 'a.js').kind).toBe('linted');
    expect(lintText({ linter, preset: throwing, parser: 'espree' }, 'const a = <div />;', 'a.js').kind).toBe('linted');
    expect(lintText({ linter, preset: throwing, parser: 'espree' }, 'const a: number = 1;', 'a.js').kind).toBe('unparsed');
    expect(lintText({ linter, preset: throwing, parser: 'typescript' }, 'const a: number = 1;', 'a.ts').kind).toBe('linted');
  });

  it('really lints TypeScript and JSX files (not "no matching configuration")', () => {
    for (const filename of ['a.ts', 'a.tsx', 'a.mts', 'a.cts', 'a.jsx']) {
      expect(lintText({ linter, preset: throwing, parser: 'typescript' }, 'explode();', filename).kind).toBe('crash');
    }
    expect(lintText({ linter, preset: throwing, parser: 'espree' }, 'explode();', 'a.jsx').kind).toBe('crash');
  });

  it('lints every line despite eslint-disable comments in the file', () => {
    const outcome = lintText({ linter, preset: throwing, parser: 'espree' }, '/* eslint-disable */\nexplode();', 'a.js');
    expect(outcome.kind).toBe('crash');
  });
});

describe('helpers', () => {
  it('routes extensions to parsers', () => {
    expect(parserAccepts('espree', 'x.mjs')).toBe(true);
    expect(parserAccepts('espree', 'x.d.ts')).toBe(false);
    expect(parserAccepts('typescript', 'x.cts')).toBe(true);
    expect(parserAccepts('typescript', 'x.json')).toBe(false);
    expect(languageOptionCandidates('espree', 'x.cjs')[0]).toMatchObject({ sourceType: 'commonjs' });
    expect(languageOptionCandidates('typescript', 'x.mts')).toHaveLength(1);
  });

  it('moves corpus files out of node_modules, which flat config ignores', () => {
    expect(lintFilename('node_modules/a/node_modules/b/c.js')).toBe('corpus/a/corpus/b/c.js');
  });

  it('counts lines, hashes and draws deterministically', () => {
    expect(countLines('')).toBe(0);
    expect(countLines('a\nb\n')).toBe(3);
    expect(fnv1a('node_modules/stripe/index.js')).toBe(fnv1a('node_modules/stripe/index.js'));
    const a = seededRandom(1);
    const b = seededRandom(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
