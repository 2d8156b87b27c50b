// Speed guard, counted not timed: on real code that cannot produce a finding of a rule, the rule's exact text
// prefilter answers at `create` and no listener of the rule is ever called, so it costs one shared text scan per file
// instead of a call per node. (A listener for a node type the file does not have, such as no-raw-card-inputs'
// `JSXOpeningElement` in a file without JSX, is never called.) The files are installed packages' sources (real
// code, not fixtures made to pass).
import { Linter } from 'eslint';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.js';

type Rule = (typeof plugin.rules)[keyof typeof plugin.rules];

const require = createRequire(import.meta.url);
/** A file of an installed package, found through its package.json (hoisting-proof). */
const packageFile = (pkg: string, path: string): string => join(dirname(require.resolve(`${pkg}/package.json`)), path);

/** The rules of configs.all that had at least one listener called on `text`. */
function busyRules(text: string, filename: string): string[] {
  const busy = new Set<string>();
  const counting = Object.fromEntries(
    Object.entries(plugin.rules).map(([name, rule]) => [
      name,
      {
        ...rule,
        create(context: Parameters<Rule['create']>[0]) {
          const listeners = (rule.create as (c: typeof context) => Record<string, (...args: unknown[]) => unknown>)(context);
          return Object.fromEntries(
            Object.entries(listeners).map(([selector, listener]) => [
              selector,
              (...args: unknown[]) => {
                busy.add(name);
                return listener(...args);
              },
            ]),
          );
        },
      },
    ]),
  );
  const all = plugin.configs.all as unknown as Linter.Config;
  const config: Linter.Config[] = [
    { ...all, plugins: { 'stripe-pci': { ...plugin, rules: counting } as never } },
    { languageOptions: { sourceType: filename.endsWith('.mjs') ? 'module' : 'commonjs' } },
  ];
  const messages = new Linter().verify(text, config, { filename });
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return [...busy].sort();
}

/**
 * Real files and the rules whose listeners are still called on them, each for a stated reason. Every other rule of
 * configs.all must stay silent: a rule appearing here means its prefilter got looser. (Express's request.js writes
 * `'https'` as a protocol value, which is also how a TLS module specifier is written; no-weak-tls stays quiet there
 * since it also asks for the name of an option it judges.)
 */
const QUIET: ReadonlyArray<{ pkg: string; path: string; busy: readonly string[] }> = [
  { pkg: 'express', path: 'lib/response.js', busy: [] },
  { pkg: 'express', path: 'lib/utils.js', busy: [] },
  { pkg: 'express', path: 'lib/request.js', busy: [] },
  { pkg: 'koa', path: 'lib/application.js', busy: [] },
  // mongoose's Model says `input` in comments, but has neither JSX nor `createElement`.
  { pkg: 'mongoose', path: 'lib/model.js', busy: [] },
];

describe('rules that cannot report on a file register no listeners', () => {
  for (const { pkg, path, busy } of QUIET) {
    it(`${pkg}/${path}`, () => {
      expect(busyRules(readFileSync(packageFile(pkg, path), 'utf8'), path.split('/').pop()!)).toEqual(busy);
    });
  }
});
