// What the processor tests share: lint a text through the ESLint class with a markup config (its own rules, or
// every rule), and write its messages down with their full places.
import { ESLint } from 'eslint';
import plugin from '../../index.js';

type MarkupConfigName = 'html' | 'vue' | 'astro' | 'pug' | 'haml';

/** Lint `code` as `filePath` with `configs[name]` (with `configs.all`'s rules when `all`), fixing when `fix`. */
export async function lintWith(name: MarkupConfigName, code: string, filePath: string, options: { all?: boolean; fix?: boolean } = {}): Promise<ESLint.LintResult> {
  const config = plugin.configs[name];
  const overrideConfig = options.all ? config.map((entry) => ({ ...entry, rules: plugin.configs.all.rules })) : [...config];
  const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: true, overrideConfig: overrideConfig as never, fix: options.fix ?? false });
  const [result] = await eslint.lintText(code, { filePath });
  return result!;
}

/** Each message as `rule:messageId@line:column-endLine:endColumn` (`fatal:message` for a parse error). */
export const summary = (result: ESLint.LintResult): string[] =>
  result.messages.map((m) => `${m.ruleId ?? 'fatal'}:${m.messageId ?? m.message}@${m.line}:${m.column}-${m.endLine}:${m.endColumn}`);

/** A text with `fix` applied. */
export const applied = (text: string, fix: { range: readonly [number, number]; text: string }): string => text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
