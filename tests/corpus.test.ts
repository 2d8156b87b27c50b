/**
 * Corpus test: realistic multi-file projects under tests/corpus/ linted with configs.recommended through the
 * ESLint class. Each expected finding is annotated in the fixture as `// expect: <rule>[, <rule>]` on the line where
 * the report starts; every other line must stay clean. A rule that throws fails the test (ESLint rethrows).
 * Annotations for rules that are not registered (yet) are ignored, so the comparison is always exact for the rules
 * that exist. The summary (per-rule recall and precision) is printed for the issue notes.
 */
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { configs, rules } from '../index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.join(root, 'tests', 'corpus');
const registered = new Set(Object.keys(rules));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? walk(full) : /\.(?:[cm]?js|jsx|ts|tsx)$/.test(entry) ? [full] : [];
  });
}

/** `rule:line` for every `expect:` annotation of a registered rule. */
function expectedFindings(text: string): string[] {
  const out = new Set<string>();
  text.split('\n').forEach((line, index) => {
    const match = /\bexpect:\s*([\w-]+(?:\s*,\s*[\w-]+)*)/.exec(line);
    if (!match) return;
    for (const rule of match[1]!.split(',').map((r) => r.trim())) {
      if (registered.has(rule)) out.add(`${rule}:${index + 1}`);
    }
  });
  return [...out].sort();
}

const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.{js,cjs,mjs,jsx}'], languageOptions: { sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } } },
    { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser } },
    configs.recommended as never,
  ],
});

const tally = new Map<string, { expected: number; found: number; falsePositives: number }>();
const count = (rule: string) => {
  let t = tally.get(rule);
  if (!t) tally.set(rule, (t = { expected: 0, found: 0, falsePositives: 0 }));
  return t;
};

describe('corpus', () => {
  for (const file of walk(corpus)) {
    const relative = path.relative(corpus, file);
    it(relative, async () => {
      const text = readFileSync(file, 'utf8');
      const [result] = await eslint.lintText(text, { filePath: file });
      const fatal = result!.messages.filter((m) => m.fatal || m.ruleId === null);
      expect(fatal, 'fixture must parse').toEqual([]);
      const actual = [...new Set(result!.messages.map((m) => `${m.ruleId!.replace('stripe-pci/', '')}:${m.line}`))].sort();
      const expected = expectedFindings(text);
      for (const e of expected) {
        const rule = e.split(':')[0]!;
        count(rule).expected++;
        if (actual.includes(e)) count(rule).found++;
      }
      for (const a of actual) if (!expected.includes(a)) count(a.split(':')[0]!).falsePositives++;
      expect(actual).toEqual(expected);
    });
  }

  afterAll(() => {
    if (tally.size === 0) return;
    const lines = [...tally.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([rule, t]) => `  ${rule}: recall ${t.found}/${t.expected}, false positives ${t.falsePositives}`);
    console.log(`corpus summary\n${lines.join('\n')}`);
  });
});
