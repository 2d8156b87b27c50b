// npm run profile — where our rules spend their time, for performance work (the figures to report come from
// `npm run bench`). Lints the bench corpus (or one file, --file) with configs.all, or only the rules named in
// --rules (comma-separated, without the plugin prefix), prints rules time per rule as a share of parse time, and
// with --cpu prints the plugin functions that take the most time (inclusive), from a V8 CPU profile of the run.
//
//   npm run profile -- --rules no-sensitive-card-storage,no-card-data-logging --cpu
//   npm run profile -- --file .bench/checkout.ts --repeat 20 --cpu   (npx tsx scripts/dense-file.ts > .bench/checkout.ts)
//   npm run profile -- --under node_modules/stripe/ --repeat 3   (the bench files under one path)
//   npm run profile -- --cpu --self   (also each plugin function's own time, with the engine work it calls)
//   npm run profile -- --cpu --callers forEachNode   (which plugin functions call it, and how long it takes them)
//   npm run profile -- --cpu --save .bench/run.cpuprofile   (also writes the V8 CPU profile, for DevTools or a script)
//   npm run profile -- --split   (each rule's time split into its create(), its file-level prefilters and the per-file
//                                 facts it is the first to ask for, and its listeners; the rest is ESLint's bookkeeping)
import type { Linter } from 'eslint';
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { languageOptionCandidates, JS_EXTENSIONS } from '../tests/quality/harness.js';
import { benchFiles } from './bench-files.js';
import { arg, loadToolkit, statsLinter, type StatsPass } from './load.js';

interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: CpuNode[];
  samples: number[];
  timeDeltas: number[];
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The profile's nodes by id, and each node's parent. */
function profileTree(profile: CpuProfile): { byId: Map<number, CpuNode>; parent: Map<number, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  return { byId, parent };
}

/** Inclusive time per plugin function (files under `src/`), in ms. Profiling slows the run down: compare like with like. */
function pluginFunctions(profile: CpuProfile): Array<[string, number]> {
  const { byId, parent } = profileTree(profile);
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur)!.callFrame;
      const at = frame.url.indexOf('/src/');
      if (at < 0 || frame.url.includes('node_modules')) continue;
      const key = `${frame.functionName || '(anonymous)'}  ${frame.url.slice(at + 1)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    }
  });
  return [...inclusive].sort((a, b) => b[1] - a[1]);
}

/**
 * Time per plugin function with what it calls outside the plugin (regular expressions, `indexOf`, ESLint's scope
 * and token helpers, garbage collection while it runs), without the plugin functions it calls: each sample goes to
 * its innermost plugin frame (`--self`). Anonymous functions are told apart by line.
 */
function pluginSelf(profile: CpuProfile): Array<[string, number]> {
  const { byId, parent } = profileTree(profile);
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur)!.callFrame as CpuNode['callFrame'] & { lineNumber?: number };
      const at = frame.url.indexOf('/src/');
      if (at < 0 || frame.url.includes('node_modules')) continue;
      const key = `${frame.functionName || '(anonymous)'}  ${frame.url.slice(at + 1)}:${(frame.lineNumber ?? -1) + 1}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      break;
    }
  });
  return [...self].sort((a, b) => b[1] - a[1]);
}

/** Who calls the plugin function `name` (`--callers name`): its time (inclusive) by the nearest plugin caller of another name. */
function pluginCallers(profile: CpuProfile, name: string): Array<[string, number]> {
  const { byId, parent } = profileTree(profile);
  const callers = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    let found = false;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur)!.callFrame as CpuNode['callFrame'] & { lineNumber?: number };
      const at = frame.url.indexOf('/src/');
      if (at < 0 || frame.url.includes('node_modules')) continue;
      if (frame.functionName === name) found = true;
      else if (found && frame.functionName !== '' && frame.functionName !== '(anonymous)') {
        const key = `${frame.functionName}  ${frame.url.slice(at + 1)}:${(frame.lineNumber ?? -1) + 1}`;
        callers.set(key, (callers.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
        break;
      }
    }
  });
  return [...callers].sort((a, b) => b[1] - a[1]);
}

type Plugin = NonNullable<Linter.Config['plugins']>[string];
type RuleModule = { create: (context: unknown) => Record<string, (...args: unknown[]) => unknown> };

/**
 * The plugin with each rule's `create` and listeners timed apart (`--split`), by rule id: what `create` takes is its
 * file-level prefilters and the per-file facts it is the first rule to ask for; ESLint's stats hold both and its own
 * bookkeeping around them.
 */
function timedPlugin(plugin: Plugin, createTime: Map<string, number>, listenerTime: Map<string, number>): Plugin {
  const add = (times: Map<string, number>, id: string, since: bigint): void => {
    times.set(id, (times.get(id) ?? 0) + Number(process.hrtime.bigint() - since) / 1e6);
  };
  const rules = Object.fromEntries(
    Object.entries(plugin.rules ?? {}).map(([name, rule]) => {
      const id = `stripe-pci/${name}`;
      const timed = {
        ...rule,
        create(context: unknown) {
          const start = process.hrtime.bigint();
          const listeners = (rule as unknown as RuleModule).create(context);
          add(createTime, id, start);
          return Object.fromEntries(
            Object.entries(listeners).map(([selector, listener]) => [
              selector,
              (...args: unknown[]) => {
                const since = process.hrtime.bigint();
                try {
                  return listener(...args);
                } finally {
                  add(listenerTime, id, since);
                }
              },
            ]),
          );
        },
      };
      return [name, timed];
    }),
  );
  return { ...plugin, rules } as Plugin;
}

async function main(): Promise<void> {
  const toolkit = await loadToolkit(arg('eslint', '10'), 'build');
  const { all } = toolkit;
  const only = arg('rules', '').split(',').filter(Boolean);
  const rules = Object.fromEntries(Object.entries(all.rules ?? {}).filter(([id]) => only.length === 0 || only.some((name) => id === `stripe-pci/${name}`)));
  const file = arg('file', '');
  const under = arg('under', '');
  const files = file ? [{ path: file, text: readFileSync(file, 'utf8') }] : benchFiles(ROOT).filter((f) => f.path.startsWith(under));
  const repeat = Math.max(1, Number(arg('repeat', file ? '20' : '1')));
  const split = process.argv.includes('--split');
  const createTime = new Map<string, number>();
  const listenerTime = new Map<string, number>();
  const plugins = split ? { ...all.plugins, 'stripe-pci': timedPlugin(all.plugins!['stripe-pci']!, createTime, listenerTime) } : all.plugins;
  const isJs = (path: string): boolean => (JS_EXTENSIONS as readonly string[]).includes(extname(path));
  // As `eslint --stats`: one ESLint instance per file kind (see statsLinter).
  const statsLint = statsLinter(
    toolkit,
    (path) => [
      { files: ['**'], languageOptions: languageOptionCandidates(isJs(path) ? 'espree' : 'typescript', path)[0], linterOptions: { noInlineConfig: true } },
      { ...all, plugins, rules },
    ],
    extname,
  );
  const lint = async (path: string, text: string): Promise<StatsPass | undefined> =>
    (await statsLint(text, path, join(ROOT, path))).pass;
  for (const f of files.slice(0, 300)) await lint(f.path, f.text); // warm-up
  createTime.clear();
  listenerTime.clear();

  const session = new Session();
  if (process.argv.includes('--cpu')) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
  }
  let parse = 0;
  const perRule = new Map<string, number>();
  for (let r = 0; r < repeat; r++) {
    for (const f of files) {
      const pass = await lint(f.path, f.text);
      if (!pass?.parse) continue;
      parse += pass.parse.total;
      for (const [rule, t] of Object.entries(pass.rules ?? {})) perRule.set(rule, (perRule.get(rule) ?? 0) + t.total);
    }
  }
  const total = [...perRule.values()].reduce((a, b) => a + b, 0);
  console.log(`${files.length} file(s) x ${repeat}: parse ${parse.toFixed(0)} ms, rules ${total.toFixed(1)} ms = ${((100 * total) / parse).toFixed(2)} % of parse`);
  if (split) console.log(`  ${'rule'.padEnd(44)} ${'stats'.padStart(10)} ${'of parse'.padStart(8)} ${'create'.padStart(10)} ${'listeners'.padStart(10)} ${'rest'.padStart(10)}`);
  for (const [rule, t] of [...perRule].sort((a, b) => b[1] - a[1])) {
    const ms = (x: number): string => `${(x / repeat).toFixed(1)} ms`.padStart(10);
    const parts = split ? [createTime.get(rule) ?? 0, listenerTime.get(rule) ?? 0] : [];
    const columns = split ? ` ${ms(parts[0]!)} ${ms(parts[1]!)} ${ms(t - parts[0]! - parts[1]!)}` : '';
    console.log(`  ${rule.padEnd(44)} ${ms(t)} ${`${((100 * t) / parse).toFixed(2)} %`.padStart(8)}${columns}`);
  }
  if (process.argv.includes('--cpu')) {
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
    session.disconnect();
    const save = arg('save', '');
    if (save) writeFileSync(save, JSON.stringify(profile));
    console.log('\n  plugin functions, inclusive (sampled) ms:');
    for (const [name, ms] of pluginFunctions(profile).slice(0, Number(arg('top', '40')))) console.log(`  ${ms.toFixed(1).padStart(9)}  ${name}`);
    const callersOf = arg('callers', '');
    if (callersOf) {
      console.log(`\n  callers of ${callersOf} (sampled, inclusive) ms:`);
      for (const [name, ms] of pluginCallers(profile, callersOf).slice(0, 20)) console.log(`  ${ms.toFixed(1).padStart(9)}  ${name}`);
    }
    if (process.argv.includes('--self')) {
      console.log('\n  plugin functions, self and non-plugin callees (sampled) ms:');
      for (const [name, ms] of pluginSelf(profile).slice(0, Number(arg('top', '40')))) console.log(`  ${ms.toFixed(1).padStart(9)}  ${name}`);
    }
  }
}

await main();
