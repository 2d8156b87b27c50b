// Fuzzing with a fixed seed and a bounded count (a longer run: `npm run fuzz`). Random programs are linted with
// configs.all under every parser that reads them; any rule exception fails and prints the (shrunk) program.
// Programs that once crashed a rule live in tests/fixtures/fuzz/ and are linted here on every run.
import { Linter } from 'eslint';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.js';
import { markupKind } from './markup-harness.js';
import { DIALECT_FILENAME, eslumpProgram, lintProgram, paymentProgram, type Dialect, type FuzzTally } from './fuzz.js';

const SEED = 20_240_620;
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const ESLUMP_RUNS = Number(process.env.FUZZ_ESLUMP_RUNS ?? 25);
const REGRESSIONS = fileURLToPath(new URL('../fixtures/fuzz/', import.meta.url));
const all = plugin.configs.all as unknown as Linter.Config;
const linter = new Linter();
const newTally = (): FuzzTally => ({ programs: 0, linted: 0, unparsed: 0 });

describe('fuzzing with configs.all', () => {
  for (const dialect of ['js', 'jsx', 'ts', 'tsx'] as Dialect[]) {
    it(`payment-shaped ${dialect} programs (seed ${SEED}, ${RUNS} runs)`, () => {
      const tally = newTally();
      fc.assert(
        fc.property(paymentProgram(dialect), (program) => lintProgram(program, DIALECT_FILENAME[dialect], linter, all, tally)),
        { seed: SEED, numRuns: RUNS, endOnFailure: false },
      );
      // The generator must mostly produce code the parsers accept, or it tests nothing.
      expect(tally.linted).toBeGreaterThan(tally.unparsed);
    }, 120_000);
  }

  it(`eslump random programs (seeds 1..${ESLUMP_RUNS}, module and script)`, () => {
    const tally = newTally();
    for (let seed = 1; seed <= ESLUMP_RUNS; seed++) {
      lintProgram(eslumpProgram(seed, 'module'), 'random.mjs', linter, all, tally);
      lintProgram(eslumpProgram(seed, 'script'), 'random.cjs', linter, all, tally);
    }
    expect(tally.linted).toBeGreaterThan(0);
  }, 120_000);

  it('the generators are deterministic', () => {
    expect(eslumpProgram(7, 'module')).toBe(eslumpProgram(7, 'module'));
    const sample = (): string[] => fc.sample(paymentProgram('ts'), { seed: SEED, numRuns: 3 });
    expect(sample()).toEqual(sample());
  });

  it('expressions thousands of operands deep lint without a rule exception (real-world batch 279)', () => {
    // Choices and concatenations that espree parses at any length; the analyses that read through them recursed once
    // per operand and overflowed the stack (a log call, a store, a database write, a webhook's event).
    const N = 2_500;
    const chain = (operator: string, last: string): string => `${Array.from({ length: N }, () => 'a').join(` ${operator} `)} ${operator} ${last}`;
    const programs = [
      `// cardNumber\nconsole.log(${chain('||', 'card.number')});`,
      `// cvc\nconsole.log(${'ok ? a : '.repeat(N)}card.cvc);`,
      `localStorage.setItem('card', ${chain('??', 'card.cvc')});`,
      `db.collection('cards').insertOne({ card: ${chain('||', 'req.body')} });`,
      `app.post('/webhook', (req, res) => { const event = ${chain('||', 'req.body')}; if (event.type === 'payment_intent.succeeded') ship(event.data.object); res.end(); });`,
      `app.post('/webhook', (req, res) => { const event = ${chain('+', "'x'")}; if (event.type === 'invoice.paid') ship(event); res.end(); });`,
    ];
    const tally = newTally();
    for (const program of programs) lintProgram(program, 'deep.js', linter, all, tally);
    // espree parses each (typescript-estree gives up on such depth: counted as unparsed, not as a crash).
    expect(tally.linted).toBeGreaterThanOrEqual(programs.length);
  }, 120_000);

  it('past crashers (tests/fixtures/fuzz) lint without a rule exception', () => {
    const tally = newTally();
    // HTML and Vue crashers are linted by tests/quality/markup-fuzz.test.ts.
    for (const file of readdirSync(REGRESSIONS).filter((name) => !name.endsWith('.md') && markupKind(name) === null).sort()) {
      lintProgram(readFileSync(REGRESSIONS + file, 'utf8'), file, linter, all, tally);
    }
    expect(tally.unparsed).toBe(0);
  });
});
