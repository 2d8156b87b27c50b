#!/usr/bin/env node
/**
 * Lints every JS/TS file under a directory with `configs.all` (or `--preset`) and prints what the plugin reports, for precision
 * triage on real code that is kept outside this repository.
 *
 *   npm run build && node scripts/lint-real-repos.mjs /tmp/realrepos [--json out.json] [--preset recommended]
 *
 * - .js/.cjs/.mjs/.jsx: espree (latest syntax, JSX on); .ts/.mts/.cts/.tsx: @typescript-eslint/parser.
 * - Skips the directories the scanner skips (node_modules, dist, build, .next, .git…) and minified files (`*.min.*`, or a line longer than 2,000 characters in a
 *   file whose average line is over 300 characters).
 * - A rule that throws is recorded as a crash of that file (ESLint names the rule in the error); the file is then
 *   linted once per rule so the other rules' findings still count.
 * - Files that do not parse are counted apart (parse errors are not the plugin's).
 * Output: findings grouped by rule (`path:line:column message`), then totals; top-level directories are reported as
 * repositories.
 */
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const pluginEntry = path.join(here, '..', 'dist', 'index.js');

const args = process.argv.slice(2);
const jsonIndex = args.indexOf('--json');
const jsonOut = jsonIndex >= 0 ? args.splice(jsonIndex, 2)[1] : undefined;
const presetIndex = args.indexOf('--preset');
const presetName = presetIndex >= 0 ? args.splice(presetIndex, 2)[1] : 'all';
const root = args[0] ? path.resolve(args[0]) : undefined;
if (!root || !statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
  console.error('usage: node scripts/lint-real-repos.mjs <directory> [--json out.json] [--preset recommended|strict|all]   (run `npm run build` first)');
  process.exit(2);
}

let plugin;
try {
  plugin = (await import(pathToFileURL(pluginEntry).href)).default;
} catch (error) {
  console.error(`cannot load ${pluginEntry}: run \`npm run build\` first\n${error.message}`);
  process.exit(2);
}

const preset = plugin.configs[presetName];
if (!preset || !['recommended', 'strict', 'all'].includes(presetName)) {
  console.error(`unknown preset ${presetName}: recommended, strict or all`);
  process.exit(2);
}

// The scanner's own list: dependencies, VCS folders and build output (`.next`, `.svelte-kit`, `coverage`…).
const SKIP_DIRS = new Set((await import(pathToFileURL(path.join(here, '..', 'dist', 'src', 'cli', 'files.js')).href)).DEFAULT_IGNORED_DIRECTORIES);
const CODE = /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/;

function isMinified(file, text) {
  if (/\.min\.[cm]?js$/.test(file)) return true;
  const lines = text.split('\n');
  return text.length / lines.length > 300 && lines.some((line) => line.length > 2000);
}

function walk(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) out.push(...walk(path.join(dir, entry.name)));
    } else if (entry.isFile() && CODE.test(entry.name)) {
      out.push(path.join(dir, entry.name));
    }
  }
  return out;
}

function makeEslint(rules, { jsAsCommonjs = false } = {}) {
  return new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      // The fetched code's own eslint comments neither hide findings nor add noise.
      { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
      {
        files: ['**/*.{js,cjs,mjs,jsx}'],
        languageOptions: { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
      },
      // CommonJS: `.cjs`, and `.js` / `.jsx` files that do not parse as modules (linted again with `jsAsCommonjs`).
      { files: jsAsCommonjs ? ['**/*.cjs', '**/*.js', '**/*.jsx'] : ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
      { files: ['**/*.{ts,mts,cts,tsx}'], languageOptions: { parser: tsParser } },
      { ...preset, rules },
    ],
  });
}

const allRules = preset.rules;
const eslintAll = makeEslint(allRules);
let eslintScripts; // made on the first file that does not parse as a module
const perRule = new Map();
const eslintFor = (ruleId) => {
  if (!perRule.has(ruleId)) perRule.set(ruleId, makeEslint({ [ruleId]: allRules[ruleId] }));
  return perRule.get(ruleId);
};

/** ESLint appends `Rule: "<id>"` to an error thrown inside a rule. */
const crashedRule = (error) => /Rule: "([^"]+)"/.exec(String(error?.message))?.[1] ?? '(unknown rule)';

const findings = new Map(); // ruleId -> [{ file, line, column, message }]
const crashes = []; // { file, rule, message }
const parseErrors = []; // { file, message }
const repos = new Map(); // top-level dir -> { files, lines }
let files = 0;
let lines = 0;

async function lintOne(eslint, text, file) {
  const [result] = await eslint.lintText(text, { filePath: file });
  return result.messages;
}

for (const file of walk(root)) {
  const text = readFileSync(file, 'utf8');
  if (isMinified(file, text)) continue;
  const relative = path.relative(root, file);
  const repo = relative.split(path.sep)[0];
  const lineCount = text.split('\n').length;
  files++;
  lines += lineCount;
  const tally = repos.get(repo) ?? { files: 0, lines: 0 };
  tally.files++;
  tally.lines += lineCount;
  repos.set(repo, tally);

  let messages;
  try {
    messages = await lintOne(eslintAll, text, file);
  } catch (error) {
    crashes.push({ file: relative, rule: crashedRule(error), message: String(error?.message).split('\n')[0] });
    messages = [];
    for (const ruleId of Object.keys(allRules)) {
      try {
        messages.push(...(await lintOne(eslintFor(ruleId), text, file)));
      } catch (inner) {
        const rule = crashedRule(inner);
        if (!crashes.some((c) => c.file === relative && c.rule === rule)) {
          crashes.push({ file: relative, rule, message: String(inner?.message).split('\n')[0] });
        }
      }
    }
  }
  // A non-strict script (`const { arguments } = event` in a CommonJS Lambda) parses as CommonJS: lint it so.
  if (/\.jsx?$/i.test(file) && messages.some((m) => m.fatal)) {
    eslintScripts ??= makeEslint(allRules, { jsAsCommonjs: true });
    try {
      const retried = await lintOne(eslintScripts, text, file);
      if (!retried.some((m) => m.fatal)) messages = retried;
    } catch (error) {
      crashes.push({ file: relative, rule: crashedRule(error), message: String(error?.message).split('\n')[0] });
    }
  }
  for (const m of messages) {
    if (m.fatal) {
      parseErrors.push({ file: relative, message: m.message });
      continue;
    }
    if (m.ruleId === null) continue; // notices about inline comments
    const list = findings.get(m.ruleId) ?? [];
    list.push({ file: relative, line: m.line, column: m.column, message: m.message });
    findings.set(m.ruleId, list);
  }
}

const ruleIds = Object.keys(allRules).sort();
for (const ruleId of ruleIds) {
  const list = findings.get(ruleId) ?? [];
  console.log(`\n## ${ruleId} (${list.length})`);
  for (const f of list) console.log(`${f.file}:${f.line}:${f.column} ${f.message}`);
}
if (crashes.length > 0) {
  console.log(`\n## crashes (${crashes.length})`);
  for (const c of crashes) console.log(`${c.file} [${c.rule}] ${c.message}`);
}
if (parseErrors.length > 0) {
  console.log(`\n## files that do not parse (${parseErrors.length}, not counted as crashes)`);
  for (const p of parseErrors) console.log(`${p.file} ${p.message}`);
}

console.log('\n## totals');
console.log(`repositories: ${repos.size}`);
for (const [repo, t] of [...repos.entries()].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`  ${repo}: ${t.files} files, ${t.lines} lines`);
}
console.log(`files: ${files}, lines: ${lines}`);
for (const ruleId of ruleIds) console.log(`  ${ruleId}: ${(findings.get(ruleId) ?? []).length}`);
console.log(`crashes: ${crashes.length}, files that do not parse: ${parseErrors.length}`);

if (jsonOut) {
  const report = {
    repos: Object.fromEntries(repos),
    files,
    lines,
    findings: Object.fromEntries(ruleIds.map((r) => [r, findings.get(r) ?? []])),
    crashes,
    parseErrors,
  };
  writeFileSync(jsonOut, `${JSON.stringify(report, null, 2)}\n`);
}
