// Matrix: realistic files of every extension (.js .cjs .mjs .jsx .ts .tsx), linted through the ESLint class with
// configs.all under espree (JavaScript files) and @typescript-eslint/parser (every file), on the ESLint major of
// the vitest project. Nothing may throw or fail to parse, and for JavaScript files both parsers must yield the
// same findings: the rules read the ESTree both produce, not parser quirks.
import * as tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { readdirSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../index.js';
import { JS_EXTENSIONS, parserAccepts, PARSERS, type ParserName } from './harness.js';

const DIR = fileURLToPath(new URL('../fixtures/matrix/', import.meta.url));
const FILES = readdirSync(DIR).sort();
const all = plugin.configs.all as unknown as Linter.Config;

function eslintFor(parser: ParserName): ESLint {
  const languageOptions: Linter.Config['languageOptions'] =
    parser === 'typescript'
      ? { parser: tsParser }
      : { parserOptions: { ecmaFeatures: { jsx: true } } }; // ESLint's defaults otherwise (.cjs: commonjs)
  return new ESLint({
    cwd: DIR,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.{js,cjs,mjs,jsx,ts,tsx}'], languageOptions }, all],
  });
}

const findings = (result: ESLint.LintResult): string[] =>
  result.messages.map((m) => `${m.ruleId ?? 'fatal'}:${m.line}:${m.column}:${m.messageId ?? m.message}`);

describe('extension × parser matrix with configs.all', () => {
  const results = new Map<string, ESLint.LintResult>();

  beforeAll(async () => {
    for (const parser of PARSERS) {
      const files = FILES.filter((file) => parserAccepts(parser, file));
      for (const result of await eslintFor(parser).lintFiles(files)) {
        results.set(`${parser}:${result.filePath.slice(DIR.length)}`, result);
      }
    }
  });

  it('covers every extension', () => {
    expect(new Set(FILES.map((file) => extname(file)))).toEqual(new Set(['.js', '.cjs', '.mjs', '.jsx', '.ts', '.tsx']));
  });

  for (const file of FILES) {
    for (const parser of PARSERS.filter((p) => parserAccepts(p, file))) {
      it(`${file} parses and lints under ${parser}`, () => {
        const result = results.get(`${parser}:${file}`);
        expect(result).toBeDefined();
        expect(result!.messages.filter((m) => m.fatal || !m.ruleId?.startsWith('stripe-pci/'))).toEqual([]);
      });
    }
    if ((JS_EXTENSIONS as readonly string[]).includes(extname(file))) {
      it(`${file}: espree and @typescript-eslint/parser give the same findings`, () => {
        expect(findings(results.get(`typescript:${file}`)!)).toEqual(findings(results.get(`espree:${file}`)!));
      });
    }
  }
});
