// Per-file analysis runs once per file, however many rules ask (src/analysis/file-cache.ts counts computations).
// Deterministic: counts, not timings.
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import plugin from '../../index.js';
import { analysisPasses, perFile, resetAnalysisPasses } from '../../src/analysis/file-cache.js';

type SourceCode = Parameters<typeof perFile>[0];
/** perFile only uses its first argument as a WeakMap key. */
const fakeSource = (): SourceCode => ({}) as SourceCode;
const MATRIX = fileURLToPath(new URL('../fixtures/matrix/', import.meta.url));

describe('perFile', () => {
  beforeEach(resetAnalysisPasses);

  it('computes once per source and key', () => {
    const a = fakeSource();
    const b = fakeSource();
    let calls = 0;
    const compute = () => ++calls;
    expect(perFile(a, 'facts', compute)).toBe(1);
    expect(perFile(a, 'facts', compute)).toBe(1);
    expect(perFile(a, 'other', compute)).toBe(2);
    expect(perFile(b, 'facts', compute)).toBe(3);
    expect(Object.fromEntries(analysisPasses())).toEqual({ facts: 2, other: 1 });
  });

  it('caches falsy results too', () => {
    const source = fakeSource();
    let calls = 0;
    perFile(source, 'nothing', () => (calls++, undefined));
    perFile(source, 'nothing', () => (calls++, undefined));
    expect(calls).toBe(1);
  });

  it('is shared by every rule that asks during one lint run', () => {
    const asking = (key: string) => ({
      meta: { type: 'problem' as const, schema: [] },
      create(context: { sourceCode: unknown }) {
        const sourceCode = context.sourceCode as SourceCode;
        perFile(sourceCode, key, () => ({}));
        return { Identifier: () => perFile(sourceCode, key, () => ({})) };
      },
    });
    const linter = new Linter();
    const config: Linter.Config = {
      plugins: { probe: { rules: { a: asking('shared'), b: asking('shared'), c: asking('shared') } } },
      rules: { 'probe/a': 'error', 'probe/b': 'error', 'probe/c': 'error' },
    };
    linter.verify('const a = b + c;', config, 'one.js');
    linter.verify('let d = e;', config, 'two.js');
    expect(analysisPasses().get('shared')).toBe(2);
  });
});

describe('configs.all on realistic files', () => {
  it('runs each per-file analysis at most once per file', () => {
    resetAnalysisPasses();
    const linter = new Linter();
    const config = [{ files: ['**'], languageOptions: { parser: tsParser } }, plugin.configs.all as unknown as Linter.Config];
    for (const file of readdirSync(MATRIX).sort()) {
      const before = new Map(analysisPasses());
      const messages = linter.verify(readFileSync(MATRIX + file, 'utf8'), config, file);
      expect(messages.filter((m) => m.ruleId === null)).toEqual([]); // parsed and matched by the config
      for (const [key, count] of analysisPasses()) {
        expect(count - (before.get(key) ?? 0), `analysis '${key}' on ${file}`).toBeLessThanOrEqual(1);
      }
    }
    // The guard must see the analysis it guards: with rules registered, some shared analysis ran.
    if (Object.keys(plugin.rules).length > 0) expect(analysisPasses().size).toBeGreaterThan(0);
  });
});

describe('file-system lookups', () => {
  const SHOP = fileURLToPath(new URL('../fixtures/projects/prisma-shop/src/', import.meta.url));
  const config = [{ files: ['**'], languageOptions: { parser: tsParser } }, plugin.configs.all as unknown as Linter.Config];

  it("looks up a package's Prisma schema only for a file that names card data or creates through a Prisma client", () => {
    resetAnalysisPasses();
    const linter = new Linter();
    // A file that names no card data and spells `create` without a Prisma client: no schema lookup, no walk up its folders.
    const factory = `import { Order } from './order.model';

export const draft = Object.create(null) as Record<string, unknown>;
export const saveOrder = (order: object) => Order.create(order);
`;
    expect(linter.verify(factory, config, `${SHOP}orders.ts`)).toEqual([]);
    expect(analysisPasses().get('sinks:prisma-models')).toBeUndefined();
    // A create of a Prisma client's model: the schema is read, and it requires card columns.
    const repository = `import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export const savePayment = (payment: object) => prisma.payment.create({ data: payment as never });
`;
    const messages = linter.verify(repository, config, `${SHOP}payments.ts`);
    expect(analysisPasses().get('sinks:prisma-models')).toBe(1);
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['stripe-pci/no-sensitive-card-storage', 5, 79],
      ['stripe-pci/no-sensitive-card-storage', 5, 79],
    ]);
  });
});
