// Config files the scanner reads as text for Stripe secret keys: what no-hardcoded-stripe-key reports in a string of
// code, written into a committed JSON, YAML or TOML file instead (real-world batch 298: a live secret key in the
// `config` package's `config/production.json`, read with `config.get('stripe.server')`). ESLint never sees these
// files: they are not JavaScript, and no other rule has anything to read in them.
import path from 'node:path';
import { findStripeKeys, isSecretKeyType, keyLabel, OTHER_PROVIDER_MENTION, type StripeKeyMode, type StripeKeyType } from '../stripe/keys.js';

/** Config file endings read for keys. */
export const CONFIG_EXTENSIONS: readonly string[] = ['.json', '.jsonc', '.json5', '.yml', '.yaml', '.toml'];

/**
 * The environment files written to be committed, as a template of the real one (`.env.example`, `.env.sample`,
 * `.env.production.example`, `example.env`): a key in one is published. Not `.env` or `.env.production` themselves,
 * which belong beside the app unversioned, where a secret should be; whether one is committed only git knows.
 */
const ENV_TEMPLATE = /^(?:\.env(?:\.[\w-]+)*\.(?:example|sample|template|dist|defaults)|(?:example|sample|template)\.env)$/i;

/** Lockfiles: package names, versions and hashes, never a key (and some of the largest files of a repository). */
const LOCKFILES: ReadonlySet<string> = new Set(['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'bun.lock', 'deno.lock', 'composer.lock']);

/**
 * Config files that stay on one machine by their name: the `config` package's `local.json` and `local-<deployment>.json`
 * ("should not be checked in"), and `*.local.json` / `.yaml` overrides (`appsettings.local.json`), which hold a
 * developer's own secrets as `.env` does.
 */
const LOCAL_CONFIG = /^(?:local(?:-[^.]+)?|.+\.local)\.(?:json5?|jsonc|ya?ml|toml)$/i;

/** Is a file, by its name, a config file the scanner reads for keys? */
export function isKeyConfigFileName(file: string): boolean {
  const name = path.basename(file);
  if (ENV_TEMPLATE.test(name)) return true;
  const lower = name.toLowerCase();
  if (LOCKFILES.has(lower) || LOCAL_CONFIG.test(name)) return false;
  return CONFIG_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

export interface ConfigKey {
  readonly type: StripeKeyType;
  readonly mode: StripeKeyMode | null;
  readonly prefix: string;
  /** `live secret key`, as the rule's message names it. */
  readonly label: string;
  /** 1-based, as ESLint's. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/**
 * The secret keys written in a config file's text (a restricted key or a webhook signing secret too; test keys only
 * without `allowTestKeys`), as no-hardcoded-stripe-key finds them in a string: not placeholders, not another
 * provider's (a body of hexadecimal digits; a line that names Paystack, Clerk…; a file that names such a provider and
 * never Stripe). Publishable keys are meant to be public.
 */
export function configFileKeys(text: string, allowTestKeys: boolean): ConfigKey[] {
  const keys = findStripeKeys(text).filter((key) => isSecretKeyType(key.type) && !(allowTestKeys && key.mode === 'test'));
  if (keys.length === 0 || (!/stripe/i.test(text) && OTHER_PROVIDER_MENTION.test(text))) return [];
  const out: ConfigKey[] = [];
  for (const key of keys) {
    const lineStart = text.lastIndexOf('\n', key.index - 1) + 1;
    if (OTHER_PROVIDER_MENTION.test(text.slice(lineStart, key.index))) continue;
    const line = countNewlines(text, key.index) + 1;
    out.push({
      type: key.type,
      mode: key.mode,
      prefix: key.prefix,
      label: keyLabel(key.type, key.mode),
      line,
      column: key.index - lineStart + 1,
      endLine: line,
      endColumn: key.index - lineStart + 1 + key.text.length,
    });
  }
  return out;
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
