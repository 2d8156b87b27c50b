import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configs, rules } from '../index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Block {
  kind: 'bad' | 'good';
  lang: string;
  code: string;
  line: number;
  file: string;
}

const EXT: Record<string, string> = {
  js: 'js',
  javascript: 'js',
  jsx: 'jsx',
  ts: 'ts',
  typescript: 'ts',
  tsx: 'tsx',
  cjs: 'cjs',
  mjs: 'mjs',
  html: 'html',
  vue: 'vue',
  astro: 'astro',
};

/**
 * Fenced js/ts blocks whose first line is `// ❌` or `// ✅`, optionally naming the file: `// ❌ file: checkout.test.ts`;
 * html / vue / astro blocks whose first line is `<!-- ❌ -->` or `<!-- ✅ -->`.
 */
function exampleBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const fence = /^```(\w+)[^\n]*\n([\s\S]*?)^```/gm;
  for (const match of markdown.matchAll(fence)) {
    const lang = match[1]!.toLowerCase();
    const code = match[2]!;
    const head = /^\s*(?:\/\/|<!--)\s*(❌|✅)(?:[^\n]*?\bfile:\s*(\S+))?/u.exec(code);
    if (!head || !EXT[lang]) continue;
    const line = markdown.slice(0, match.index).split('\n').length;
    blocks.push({ kind: head[1] === '❌' ? 'bad' : 'good', lang, code, line, file: head[2] ?? `example.${EXT[lang]}` });
  }
  return blocks;
}

const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.{js,cjs,mjs,jsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    { files: ['**/*.{ts,tsx,cts,mts}'], languageOptions: { parser: tsParser } },
    configs.all as never,
    ...[...configs.html, ...configs.vue, ...configs.astro].map((entry) => ({ ...entry, rules: configs.all.rules }) as never),
  ],
});

describe('rule docs examples', () => {
  for (const name of Object.keys(rules)) {
    const docPath = path.join(root, 'docs', 'rules', `${name}.md`);
    const markdown = readFileSync(docPath, 'utf8');
    const blocks = exampleBlocks(markdown);

    it(`${name}: has ❌ and ✅ examples and the required sections`, () => {
      expect(blocks.some((b) => b.kind === 'bad')).toBe(true);
      expect(blocks.some((b) => b.kind === 'good')).toBe(true);
      for (const section of ['## Examples', '## Options', '## Limitations', '## When not to use it']) {
        expect(markdown, section).toContain(section);
      }
    });

    for (const block of blocks) {
      it(`${name}: ${block.kind === 'bad' ? '❌' : '✅'} block at line ${block.line} ${block.kind === 'bad' ? 'is reported' : 'is clean'}`, async () => {
        const [result] = await eslint.lintText(block.code, { filePath: path.join(root, 'docs-examples', block.file) });
        const fatal = result!.messages.filter((m) => m.fatal || m.ruleId === null);
        expect(fatal, 'example must parse').toEqual([]);
        const own = result!.messages.filter((m) => m.ruleId === `stripe-pci/${name}`);
        if (block.kind === 'bad') expect(own.length, 'reports of this rule').toBeGreaterThan(0);
        else expect(result!.messages.map((m) => `${m.ruleId}: ${m.message}`)).toEqual([]);
      });
    }
  }
});

describe('example block extraction', () => {
  it('finds ❌ / ✅ js and ts blocks with optional file names and skips others', () => {
    const md = [
      '# x',
      '```js',
      '// ❌',
      'bad();',
      '```',
      '```tsx',
      '// ✅ file: checkout.test.tsx',
      'good();',
      '```',
      '```sh',
      '// ❌',
      '```',
      '```js',
      'plain();',
      '```',
    ].join('\n');
    expect(exampleBlocks(md).map(({ kind, lang, file, line }) => ({ kind, lang, file, line }))).toEqual([
      { kind: 'bad', lang: 'js', file: 'example.js', line: 2 },
      { kind: 'good', lang: 'tsx', file: 'checkout.test.tsx', line: 6 },
    ]);
  });
});
