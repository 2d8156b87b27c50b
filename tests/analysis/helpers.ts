import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import * as svelteParser from 'svelte-eslint-parser';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

export interface RunOptions {
  /** `ts` (default: @typescript-eslint/parser, TSX enabled for .tsx), `espree`, or `svelte` (a component, its scripts TS). */
  parser?: 'ts' | 'espree' | 'svelte';
  filename?: string;
}

/**
 * Lint `code` with a throw-away rule built from `create`, so analysis modules can be tested on real ASTs, scopes
 * and SourceCode objects without any plugin rule. Throws if linting reports a fatal (parse) error.
 */
export function runWithRule(
  code: string,
  create: (context: Readonly<TSESLint.RuleContext<string, []>>) => TSESLint.RuleListener,
  options: RunOptions = {},
): void {
  const linter = new Linter({ configType: 'flat' });
  const filename = options.filename ?? (options.parser === 'espree' ? 'file.js' : options.parser === 'svelte' ? 'Component.svelte' : 'file.tsx');
  const parserOptions =
    options.parser === 'espree'
      ? { parserOptions: { ecmaFeatures: { jsx: true } } }
      : options.parser === 'svelte'
        ? { parser: svelteParser, parserOptions: { parser: tsParser } }
        : { parser: tsParser };
  const config = {
    files: ['**/*.{js,cjs,mjs,jsx,ts,cts,mts,tsx,svelte}'],
    plugins: { probe: { rules: { probe: { meta: { type: 'problem' as const, schema: [] }, create } } } },
    rules: { 'probe/probe': 'error' as const },
    languageOptions: {
      ecmaVersion: 'latest' as const,
      sourceType: 'module' as const,
      ...parserOptions,
    },
  };
  const messages = linter.verify(code, config as never, { filename });
  const problem = messages.find((m) => m.fatal || m.ruleId === null);
  if (problem) throw new Error(`${problem.message} at ${problem.line}:${problem.column}`);
}

/** Run `fn` on the first argument of every `probe(...)` call in `code`, in source order. */
export function probeArguments<T>(
  code: string,
  fn: (node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>) => T,
  options: RunOptions = {},
): T[] {
  const out: T[] = [];
  runWithRule(
    code,
    (context) => ({
      CallExpression(node: TSESTree.CallExpression) {
        if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'probe' && node.arguments[0]) {
          out.push(fn(node.arguments[0], context.sourceCode));
        }
      },
    }),
    options,
  );
  return out;
}
