// readTextFile: the text of a file, null for anything else, never an exception. callArguments: a call's arguments read from text.
// resolveRelativeModule: the file a relative import names. withoutComments: a source text with its comments blanked.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { callArguments, readTextFile, resolveRelativeModule, withoutComments } from '../../src/util/files.js';

const root = mkdtempSync(join(tmpdir(), 'stripe-pci-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readTextFile', () => {
  it('reads a file as UTF-8', () => {
    writeFileSync(join(root, 'package.json'), '{ "name": "shop", "description": "café" }');
    expect(readTextFile(join(root, 'package.json'))).toBe('{ "name": "shop", "description": "café" }');
  });

  it('gives null for a file that is not there, in a folder that is not there, and for a folder', () => {
    mkdirSync(join(root, 'schema.prisma'));
    expect(readTextFile(join(root, 'manifest.json'))).toBeNull();
    expect(readTextFile(join(root, 'no-such-folder', 'package.json'))).toBeNull();
    expect(readTextFile(join(root, 'schema.prisma'))).toBeNull();
  });

  it('gives null below a file (a path the system answers ENOTDIR for)', () => {
    writeFileSync(join(root, 'plain'), 'x');
    expect(readTextFile(join(root, 'plain', 'package.json'))).toBeNull();
  });

  it.skipIf(process.getuid?.() === 0)('gives null for a file it may not read', () => {
    writeFileSync(join(root, 'secret.json'), '{}');
    chmodSync(join(root, 'secret.json'), 0o000);
    expect(readTextFile(join(root, 'secret.json'))).toBeNull();
  });
});

describe('callArguments', () => {
  it('splits at top-level commas only, keeping strings, calls and objects whole, up to the closing parenthesis', () => {
    const text = "router.post( '/a,b)', express.raw({ type: 'application/json', limit: '1mb' }), (req) => f(req, 1), x ); next(y)";
    expect(callArguments(text, text.indexOf('(') + 1)).toEqual(["'/a,b)'", "express.raw({ type: 'application/json', limit: '1mb' })", '(req) => f(req, 1)', 'x']);
    expect(callArguments('f()', 2)).toEqual([]);
    expect(callArguments("f('it\\'s', a)", 2)).toEqual(["'it\\'s'", 'a']);
    // Unclosed, closed by another bracket, or longer than the limit
    expect(callArguments('f(a, b', 2)).toBeNull();
    expect(callArguments('[a, b]', 1)).toBeNull();
    expect(callArguments(`f(${'a'.repeat(50)})`, 2, 20)).toBeNull();
  });
});

describe('resolveRelativeModule', () => {
  const app = join(root, 'app');
  const write = (file: string, text = 'export {};'): void => {
    mkdirSync(join(app, file, '..'), { recursive: true });
    writeFileSync(join(app, file), text);
  };
  write('src/hooks/useLocalState.js');
  write('src/hooks/useCart.ts');
  write('src/hooks/useCart.js');
  write('src/lib/storage/index.tsx');
  write('src/lib/session.ts');
  write('src/pages/Checkout.jsx');
  const from = join(app, 'src/pages/Checkout.jsx');

  it('as written, with an extension added (TypeScript first), or its index file', () => {
    expect(resolveRelativeModule(from, '../hooks/useLocalState.js')).toBe(join(app, 'src/hooks/useLocalState.js'));
    expect(resolveRelativeModule(from, '../hooks/useLocalState')).toBe(join(app, 'src/hooks/useLocalState.js'));
    expect(resolveRelativeModule(from, '../hooks/useCart')).toBe(join(app, 'src/hooks/useCart.ts'));
    expect(resolveRelativeModule(from, '../lib/storage')).toBe(join(app, 'src/lib/storage/index.tsx'));
    expect(resolveRelativeModule(from, './Checkout')).toBe(from);
  });

  it("an ES module's `.js` import of a TypeScript file", () => {
    expect(resolveRelativeModule(from, '../lib/session.js')).toBe(join(app, 'src/lib/session.ts'));
  });

  it('null, never an exception, for a specifier naming a file of another kind: its index would be below a file (ENOTDIR)', () => {
    write('src/hooks/useLocalStorage.vue', '<script setup>localStorage.setItem("k", "v")</script>');
    expect(resolveRelativeModule(from, '../hooks/useLocalStorage.vue')).toBeNull();
  });

  it('null: nothing there, a package or an alias, a file that is not on disk', () => {
    expect(resolveRelativeModule(from, '../hooks/useMissing')).toBeNull();
    expect(resolveRelativeModule(from, 'react')).toBeNull();
    expect(resolveRelativeModule(from, '@/hooks/useCart')).toBeNull();
    expect(resolveRelativeModule('src/pages/Checkout.jsx', '../hooks/useCart')).toBeNull();
    expect(resolveRelativeModule(from, '../hooks')).toBeNull();
  });
});

describe('withoutComments', () => {
  it("blanks line and block comments, keeping line breaks and every string's text", () => {
    const text = "a(); // b('x')\n/* c\nd */ e('// not a comment', \"/* nor this */\", `x ${1} // y`);\n";
    const blanked = withoutComments(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.split('\n').map((line) => line.trimEnd())).toEqual(['a();', '', "     e('// not a comment', \"/* nor this */\", `x ${1} // y`);", '']);
  });
});
