// One scan: discover files, lint them with ESLint's API and the plugin's preset, sort ESLint's results into
// findings, suppressed findings and skipped files, and estimate the SAQ.
import type { TSESLint } from '@typescript-eslint/utils';
import { ESLint, Linter } from 'eslint';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import plugin from '../../index.js';
import type { PluginDocs } from '../util/create-rule.js';
import { NAMESPACE } from '../meta.js';
import type { PresetName } from '../configs.js';
import { hasExtension } from '../markup-configs.js';
import {
  type Concurrency,
  eslintOptions,
  missingMarkupParser,
  optionsModuleUrl,
  scanConfig,
  type ScanSettings,
  supportsConcurrency,
} from './eslint-options.js';
import { type Discovery, discoverFiles, readUtf16Text, type SkippedFile, SOURCE_EXTENSIONS, type Utf16Encoding } from './files.js';
import { type BlockParses, scriptParseErrors } from './script-errors.js';
import { configFileKeys, configFilePublishedSecrets } from './config-files.js';
import { KEY_TYPE_LABEL, SECRET_RISK } from '../stripe/keys.js';
import { type SaqImpact, saqImpactOf, type SaqVerdict, saqVerdict } from './saq.js';

export interface ScanOptions {
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly preset: PresetName;
  readonly ignore: readonly string[];
  readonly maxFileBytes: number;
  readonly concurrency: Concurrency;
  readonly inlineConfig: boolean;
  readonly gitignore: boolean;
  /** Called after each batch of linted files. When set, files are linted in batches. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface Finding {
  /** Rule name without the `stripe-pci/` prefix. */
  readonly rule: string;
  readonly messageId?: string | undefined;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** Absolute path. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number | undefined;
  readonly endColumn?: number | undefined;
  readonly impact: SaqImpact;
  /** Justifications of the `eslint-disable` comments, for suppressed findings only. */
  readonly suppressions?: readonly string[];
}

export interface ScanReport {
  readonly cwd: string;
  readonly preset: PresetName;
  readonly eslintVersion: string;
  /** The concurrency ESLint ran with (`off` when this ESLint version cannot lint in threads). */
  readonly concurrency: Concurrency;
  readonly filesScanned: number;
  readonly findings: readonly Finding[];
  readonly suppressed: readonly Finding[];
  readonly skipped: readonly SkippedFile[];
  readonly verdict: SaqVerdict<Finding>;
  readonly durationMs: number;
  readonly lintDurationMs: number;
  /** Rule metadata (description, docs URL) of every rule of the preset, keyed by rule name. */
  readonly rules: Readonly<Record<string, RuleInfo>>;
}

export interface RuleInfo {
  readonly description: string;
  readonly url?: string | undefined;
  readonly impacts: readonly SaqImpact[];
}

const PREFIX = `${NAMESPACE}/`;

type LintMessage = ESLint.LintResult['messages'][number];
type SuppressedMessage = ESLint.LintResult['suppressedMessages'][number];

/**
 * Only findings of this plugin's rules count. ESLint also reports on the scanned project's own comments: rules it
 * does not know in `eslint-disable` or `/* eslint *\/` comments ("Definition for rule … was not found"), including
 * `stripe-pci/…` names that no longer exist. Those are not findings of this scan.
 */
function isPluginFinding(m: LintMessage): boolean {
  return m.ruleId?.startsWith(PREFIX) === true && Object.hasOwn(plugin.rules, m.ruleId.slice(PREFIX.length));
}

function toFinding(file: string, m: LintMessage | SuppressedMessage): Finding {
  const rule = (m.ruleId ?? '').slice(PREFIX.length);
  const suppressions = 'suppressions' in m ? m.suppressions.map((s) => s.justification) : undefined;
  return {
    rule,
    messageId: m.messageId,
    severity: m.severity === 2 ? 'error' : 'warning',
    message: m.message,
    file,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    impact: saqImpactOf(rule, m.messageId),
    ...(suppressions ? { suppressions } : {}),
  };
}

function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

async function createESLint(settings: ScanSettings, eslintVersion: string): Promise<ESLint> {
  if (settings.concurrency !== 'off' && supportsConcurrency(eslintVersion)) {
    return ESLint.fromOptionsModule(optionsModuleUrl(settings, eslintVersion));
  }
  return new ESLint(eslintOptions(settings, eslintVersion));
}

/**
 * Why ESLint could not lint a file: a file-system error (the file went away or became unreadable after the checks)
 * or a crash inside a rule, which ESLint reports as "Occurred while linting <file>:<line>" and "Rule: <id>".
 */
function lintFailure(file: string, error: unknown): SkippedFile {
  const message = error instanceof Error ? error.message : String(error);
  const [first = ''] = message.split('\n');
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return { file, reason: 'unreadable', detail: first };
  const rule = /^Rule: "([^"]+)"$/m.exec(message)?.[1];
  const line = /^Occurred while linting .*:(\d+)$/m.exec(message)?.[1];
  return {
    file,
    reason: 'lint-error',
    detail: `${rule ? `${rule} crashed: ` : ''}${first} (please report it)`,
    ...(line ? { line: Number(line) } : {}),
  };
}

/** Lints `files`; a batch that makes ESLint throw is retried file by file and the failing files are skipped. */
export async function lintBatch(eslint: ESLint, files: readonly string[], skipped: SkippedFile[]): Promise<ESLint.LintResult[]> {
  if (files.length === 0) return [];
  try {
    return await eslint.lintFiles([...files]);
  } catch (error) {
    if (files.length === 1) {
      skipped.push(lintFailure(files[0] as string, error));
      return [];
    }
    const out: ESLint.LintResult[] = [];
    for (const file of files) out.push(...(await lintBatch(eslint, [file], skipped)));
    return out;
  }
}

/**
 * Lints a UTF-16 file (`Discovery.utf16`), which ESLint would read as UTF-8: decoded here, its text linted under its
 * path (so its config, processor and positions are the file's own, columns in characters as an editor shows them).
 */
async function lintUtf16(eslint: ESLint, file: string, encoding: Utf16Encoding, skipped: SkippedFile[]): Promise<ESLint.LintResult[]> {
  const text = await readUtf16Text(file, encoding);
  if (text === null) {
    skipped.push({ file, reason: 'binary', detail: `does not decode as ${encoding.toUpperCase()}, which its byte order mark says it is` });
    return [];
  }
  try {
    return await eslint.lintText(text, { filePath: file });
  } catch (error) {
    skipped.push(lintFailure(file, error));
    return [];
  }
}

/**
 * `.js` / `.jsx` files are parsed as modules (strict mode), as most code is today; a file that does not parse so, a
 * CommonJS Lambda with `const { arguments } = event` or an old script with an octal literal, may be a non-strict
 * script: it is linted again as CommonJS, and that result replaces the parse error when it parses; a module that
 * TypeScript's parser rejects is linted last with espree. Few files need it, so the other ESLints are made only for them.
 */
async function retryScriptsAsCommonjs(
  results: ESLint.LintResult[],
  settings: ScanSettings,
  eslintVersion: string,
  skipped: SkippedFile[],
  utf16: ReadonlyMap<string, Utf16Encoding>,
): Promise<void> {
  const failed = new Map<string, number>();
  results.forEach((result, index) => {
    // (A UTF-16 file is not read again from disk, which ESLint would read as UTF-8: its module parse error stands.)
    if (/\.(?:jsx?|es6)$/i.test(result.filePath) && !utf16.has(result.filePath) && result.messages.some(isParseFailure)) failed.set(result.filePath, index);
  });
  const crashed: SkippedFile[] = [];
  // As CommonJS with the TypeScript parser, then what still fails with espree, which reads every non-strict script,
  // and last as a module with espree, which reads some JSX that TypeScript's parser rejects (`<Col />.type`).
  for (const scripts of ['commonjs', 'espree-commonjs', 'espree-module'] as const) {
    if (failed.size === 0) break;
    const eslint = new ESLint(eslintOptions({ ...settings, concurrency: 'off' }, eslintVersion, { scripts }));
    for (const retried of await lintBatch(eslint, [...failed.keys()], crashed)) {
      const index = failed.get(retried.filePath);
      if (index === undefined || retried.messages.some(isParseFailure)) continue;
      results[index] = retried;
      failed.delete(retried.filePath);
    }
    for (const file of crashed) failed.delete(file.file);
  }
  // A file that parses as CommonJS but makes a rule throw is listed once, as that lint error.
  if (crashed.length === 0) return;
  skipped.push(...crashed);
  const gone = new Set(crashed.map((file) => file.file));
  const kept = results.filter((result) => !gone.has(result.filePath));
  results.splice(0, results.length, ...kept);
}

/**
 * ESLint's base directory: flat config ignores files outside it, so it is the deepest directory holding the
 * scan's cwd and every file (paths such as `../other-app` are scanned too).
 */
export function lintRoot(cwd: string, files: readonly string[]): string {
  let root = cwd;
  for (const file of files) {
    while (path.relative(root, file).startsWith('..') || path.isAbsolute(path.relative(root, file))) {
      const parent = path.dirname(root);
      if (parent === root) return root;
      root = parent;
    }
  }
  return root;
}

function batchSize(total: number): number {
  return Math.max(100, Math.ceil(total / 20));
}

/** Metadata of the preset's rules, from the registry (no rule is named here). */
function presetRuleInfo(preset: PresetName): Record<string, RuleInfo> {
  const registry: Readonly<Record<string, RuleModule>> = plugin.rules;
  const out: Record<string, RuleInfo> = {};
  for (const ruleId of Object.keys(plugin.configs[preset].rules)) {
    const name = ruleId.slice(PREFIX.length);
    const meta = registry[name]?.meta;
    const messageIds = Object.keys(meta?.messages ?? {});
    const impacts = [...new Set(messageIds.map((id) => saqImpactOf(name, id)))];
    out[name] = { description: meta?.docs?.description ?? '', url: meta?.docs?.url, impacts };
  }
  return out;
}

type RuleModule = TSESLint.RuleModule<string, readonly unknown[], PluginDocs>;

/**
 * A parse error's column, 1-based as the findings' are. @typescript-eslint/parser, which the scanner parses every
 * JavaScript and TypeScript file with, gives 0-based columns (ESLint passes them on); espree's and the markup
 * parsers' are given as they come (a markup file's script parsed by the TypeScript parser inside it too).
 */
function parseErrorColumn(file: string, column: number): number {
  return hasExtension(file, SOURCE_EXTENSIONS) ? column + 1 : column;
}

/**
 * Did ESLint fail to parse (or a processor to split) the file? Its other fatal messages are problems of inline config
 * comments (ESLint 10's "/* eslint-env *\/ comments are no longer supported", a malformed `/* global *\/`), reported
 * after the rules have run: such a file was scanned (real-world batch 97: an `.eslintrc.js` skipped whole).
 */
const isParseFailure = (message: Linter.LintMessage): boolean => message.fatal === true && /^(?:Parsing|Preprocessing) error: /.test(message.message);

const parseErrorText = (message: Linter.LintMessage): string => message.message.replace(/^Parsing error: /, '');

/**
 * Parses a script block's text alone, with the scan's config for a block of its name (no rule runs): what ESLint did
 * with that block in the scan.
 */
function blockParser(preset: PresetName): BlockParses {
  const linter = new Linter();
  const config = scanConfig(preset).map(({ rules: _rules, ...entry }) => entry);
  return (text, blockFilename) => !linter.verify(text, config, blockFilename).some(isParseFailure);
}

/**
 * A page or component whose parse errors are all in its scripts (`processors.html`, `processors.astro` lint each
 * script as a block of its own): its markup and its other scripts were linted, and their findings count. Listed as
 * `script-parse-error` at the first broken script; null when an error is the file's own.
 */
async function scannedInPart(result: ESLint.LintResult, fatal: readonly Linter.LintMessage[], parses: BlockParses): Promise<SkippedFile | null> {
  const text = result.source ?? (await readFile(result.filePath, 'utf8').catch(() => null));
  if (text === null) return null;
  const scripts = scriptParseErrors(result.filePath, text, fatal, parses);
  if (scripts.some((script) => script === null)) return null;
  const [first] = fatal as [Linter.LintMessage];
  const more = fatal.length > 1 ? `and ${fatal.length - 1} more script${fatal.length > 2 ? 's' : ''}; ` : '';
  return {
    file: result.filePath,
    reason: 'script-parse-error',
    detail: `${parseErrorText(first)} (${more}the rest of the file was scanned)`,
    line: first.line,
    column: scripts[0]!.column,
  };
}

/**
 * The rule whose findings config files give: a secret key written into a committed file (`configFileKeys`), a Stripe
 * secret set under a name a front-end framework publishes (`configFilePublishedSecrets`).
 */
const CONFIG_FILE_RULE = 'no-hardcoded-stripe-key';
const CONFIG_FILE_MESSAGE = 'hardcodedKey';
const CONFIG_FILE_PUBLISHED_MESSAGE = 'secretInPublicEnv';

/**
 * The keys written in config files, as findings of CONFIG_FILE_RULE with the preset's severity and options (none
 * when the preset leaves the rule off). A file that cannot be read now is listed as skipped.
 */
async function configFileFindings(
  files: readonly string[],
  envFiles: ReadonlySet<string>,
  utf16: ReadonlyMap<string, Utf16Encoding>,
  preset: PresetName,
  skipped: SkippedFile[],
): Promise<{ findings: Finding[]; read: number }> {
  const entry = (plugin.configs[preset].rules as Readonly<Record<string, Linter.RuleEntry | undefined>>)[PREFIX + CONFIG_FILE_RULE];
  const level = Array.isArray(entry) ? entry[0] : entry;
  if (level === undefined || level === 'off' || level === 0) return { findings: [], read: 0 };
  const severity: Finding['severity'] = level === 'warn' || level === 1 ? 'warning' : 'error';
  const rule = (plugin.rules as Readonly<Record<string, RuleModule>>)[CONFIG_FILE_RULE]!;
  const options = { ...(rule.defaultOptions?.[0] as object | undefined), ...(Array.isArray(entry) ? (entry[1] as object | undefined) : undefined) } as { allowTestKeys?: boolean };
  const findings: Finding[] = [];
  type Place = { line: number; column: number; endLine: number; endColumn: number };
  const finding = (file: string, at: Place, messageId: string, data: Readonly<Record<string, string>>): Finding => ({
    rule: CONFIG_FILE_RULE,
    messageId,
    severity,
    message:
      rule.meta.messages[messageId]!.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => data[name] ?? whole) +
      (envFiles.has(file) ? ` No .gitignore rule excludes \`${path.basename(file)}\`: git takes it with the rest of the project. Exclude it, and keep only a template without values in the repository.` : ''),
    file,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    impact: saqImpactOf(CONFIG_FILE_RULE, messageId),
  });
  let read = 0;
  for (const file of files) {
    const encoding = utf16.get(file);
    let text: string | null;
    try {
      text = encoding ? await readUtf16Text(file, encoding) : (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    } catch (error) {
      skipped.push({ file, reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) });
      continue;
    }
    if (text === null) {
      skipped.push({ file, reason: 'unreadable', detail: `does not decode as ${encoding}` });
      continue;
    }
    read++;
    for (const key of configFileKeys(text, options.allowTestKeys !== false)) {
      findings.push(finding(file, key, CONFIG_FILE_MESSAGE, { label: key.label, prefix: key.prefix }));
    }
    // Whatever the value's mode: a template's placeholder says what the name is for.
    for (const secret of configFilePublishedSecrets(text, file)) {
      const data = { name: secret.name, what: KEY_TYPE_LABEL[secret.type], callee: `set to ${secret.prefix}… in this file`, framework: secret.framework, risk: SECRET_RISK[secret.type] };
      findings.push(finding(file, secret, CONFIG_FILE_PUBLISHED_MESSAGE, data));
    }
  }
  return { findings, read };
}

export async function scan(options: ScanOptions): Promise<ScanReport> {
  const start = performance.now();
  const cwd = path.resolve(options.cwd);
  const discovery: Discovery = await discoverFiles(options.paths, {
    cwd,
    ignore: options.ignore,
    maxFileBytes: options.maxFileBytes,
    gitignore: options.gitignore,
  });
  const eslintVersion = ESLint.version;
  const concurrency = supportsConcurrency(eslintVersion) ? options.concurrency : 'off';
  const settings: ScanSettings = {
    cwd: lintRoot(cwd, discovery.files),
    preset: options.preset,
    concurrency,
    inlineConfig: options.inlineConfig,
  };
  const eslint = await createESLint(settings, eslintVersion);

  const skipped: SkippedFile[] = [...discovery.skipped];
  const results: ESLint.LintResult[] = [];
  const files = discovery.files.filter((file) => {
    const parser = missingMarkupParser(file);
    if (parser) skipped.push({ file, reason: 'unsupported', detail: `install ${parser} to scan this file` });
    return parser === null;
  });
  const utf8 = files.filter((file) => !discovery.utf16.has(file));
  const size = options.onProgress ? batchSize(utf8.length) : Math.max(utf8.length, 1);
  const lintStart = performance.now();
  for (let i = 0; i < utf8.length; i += size) {
    results.push(...(await lintBatch(eslint, utf8.slice(i, i + size), skipped)));
    options.onProgress?.(Math.min(i + size, utf8.length), files.length);
  }
  for (const file of files) {
    const encoding = discovery.utf16.get(file);
    if (encoding) results.push(...(await lintUtf16(eslint, file, encoding, skipped)));
  }
  if (utf8.length < files.length) options.onProgress?.(files.length, files.length);
  await retryScriptsAsCommonjs(results, settings, eslintVersion, skipped, discovery.utf16);
  // Config files are read in the timed part too: they count among the files scanned (and so in the files per second).
  const configs = await configFileFindings(discovery.configFiles, discovery.envFiles, discovery.utf16, options.preset, skipped);
  const lintDurationMs = performance.now() - lintStart;

  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  let filesScanned = 0;
  let parsesAlone: BlockParses | undefined;
  for (const result of results) {
    const fatal = result.messages.filter(isParseFailure);
    if (fatal.length > 0) {
      const partly = await scannedInPart(result, fatal, (parsesAlone ??= blockParser(options.preset)));
      if (partly) skipped.push(partly);
      else {
        const [first] = fatal as [Linter.LintMessage];
        skipped.push({ file: result.filePath, reason: 'parse-error', detail: parseErrorText(first), line: first.line, column: parseErrorColumn(result.filePath, first.column) });
        continue;
      }
    }
    filesScanned++;
    for (const m of result.messages) {
      if (isPluginFinding(m)) findings.push(toFinding(result.filePath, m));
    }
    for (const m of result.suppressedMessages) {
      if (isPluginFinding(m)) suppressed.push(toFinding(result.filePath, m));
    }
  }
  filesScanned += configs.read;
  findings.push(...configs.findings);
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  return {
    cwd,
    preset: options.preset,
    eslintVersion,
    concurrency,
    filesScanned,
    findings,
    suppressed,
    skipped,
    verdict: saqVerdict(findings),
    durationMs: performance.now() - start,
    lintDurationMs,
    rules: presetRuleInfo(options.preset),
  };
}
