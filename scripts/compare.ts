// npm run compare -- <other checkout> — our rules' time in two builds of the plugin, paired file by file: the build
// of another checkout (a clone of the commit to compare against, built: `git clone . /tmp/base && cd /tmp/base &&
// git checkout <commit> && ln -s "$PWD/../<this>/node_modules" node_modules && npx tsc -p tsconfig.build.json`) and
// this checkout's build (`npm run compare` builds it first). Each file of the bench corpus is linted with `configs.all`
// of each build through the `ESLint` class with `stats` (as `npm run bench`), one right after the other, in turns
// (the first build goes first for half the files in every round), after a warm-up round; per round and in total it
// prints each build's rules time, as a share of parse, and this build's time over the other's, per rule too.
//
// Two `npm run bench` runs of one commit differ by up to a point of parse on a shared machine, more than most changes
// move it; pairing each file's two lints cancels the machine's drift (`--rounds N`, 3 by default).
import type { Linter } from 'eslint';
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchBaseConfig, benchFiles } from './bench-files.js';
import { arg, loadToolkit, statsLinter, type Toolkit } from './load.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OURS = 'stripe-pci/';

const other = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
if (!other || !existsSync(join(resolve(other), 'dist/index.js'))) {
  console.error('usage: npm run compare -- <other checkout, built> [--rounds N]');
  process.exit(2);
}
const rounds = Number(arg('rounds', '3'));


const toolkit = await loadToolkit('10', 'build');
const plugins = [((await import(join(resolve(other), 'dist/index.js'))) as { default: Toolkit['plugin'] }).default, toolkit.plugin];
const linters = plugins.map((plugin) => statsLinter(toolkit, (path) => [benchBaseConfig(path), plugin.configs.all as unknown as Linter.Config], (path) => extname(path)));
const files = benchFiles(ROOT);

interface Sums {
  parse: number;
  rules: Map<string, number>;
}
const total = (sums: Sums): number => [...sums.rules.values()].reduce((a, b) => a + b, 0);
const share = (ms: number, sums: Sums): string => `${ms.toFixed(1)} ms (${((100 * ms) / sums.parse).toFixed(2)} %)`;
const overall: Sums[] = [
  { parse: 0, rules: new Map() },
  { parse: 0, rules: new Map() },
];

console.log(`compare: ${files.length} files, base ${resolve(other)} against this checkout, ${rounds} rounds after a warm-up`);
for (let round = 0; round <= rounds; round++) {
  const sums: Sums[] = [
    { parse: 0, rules: new Map() },
    { parse: 0, rules: new Map() },
  ];
  for (const [i, file] of files.entries()) {
    for (const which of (i + round) % 2 === 0 ? [0, 1] : [1, 0]) {
      const { pass } = await linters[which]!(file.text, join(ROOT, file.path));
      if (!pass?.parse) continue;
      sums[which]!.parse += pass.parse.total;
      for (const [rule, time] of Object.entries(pass.rules ?? {})) {
        if (rule.startsWith(OURS)) sums[which]!.rules.set(rule, (sums[which]!.rules.get(rule) ?? 0) + time.total);
      }
    }
  }
  if (round === 0) continue;
  for (const which of [0, 1]) {
    overall[which]!.parse += sums[which]!.parse;
    for (const [rule, time] of sums[which]!.rules) overall[which]!.rules.set(rule, (overall[which]!.rules.get(rule) ?? 0) + time);
  }
  console.log(`  round ${round}: base ${share(total(sums[0]!), sums[0]!)}, this ${share(total(sums[1]!), sums[1]!)}, this / base ${(total(sums[1]!) / total(sums[0]!)).toFixed(3)}`);
}
const [base, current] = overall as [Sums, Sums];
console.log(`  all rounds: base ${share(total(base), base)}, this ${share(total(current), current)}, this / base ${(total(current) / total(base)).toFixed(3)}`);
for (const rule of [...current.rules.keys()].sort((a, b) => (current.rules.get(b) ?? 0) - (current.rules.get(a) ?? 0))) {
  const [was, now] = [base.rules.get(rule) ?? 0, current.rules.get(rule) ?? 0];
  console.log(`    ${rule.padEnd(44)} ${was.toFixed(1).padStart(8)} → ${now.toFixed(1).padStart(8)} ms  ${(now / was).toFixed(3)}`);
}
