// Config files the scanner reads as text for Stripe secret keys: what no-hardcoded-stripe-key reports in a string of
// code, written into a committed JSON, YAML or TOML file instead (real-world batch 298: a live secret key in the
// `config` package's `config/production.json`, read with `config.get('stripe.server')`). ESLint never sees these
// files: they are not JavaScript, and no other rule has anything to read in them.
import path from 'node:path';
import { publishedByName, publishedForProject } from '../analysis/env-vars.js';
import { lineStarts } from '../processors/page-writer.js';
import { findStripeKeys, isSecretKeyType, keyLabel, OTHER_PROVIDER_MENTION, type StripeKeyMode, type StripeKeyType } from '../stripe/keys.js';

/**
 * Config file endings read for keys; SQL scripts too (real-world batch 342: a Supabase migration that creates the
 * Stripe foreign data wrapper's server with `options (api_key 'sk_test_…')`).
 */
export const CONFIG_EXTENSIONS: readonly string[] = ['.json', '.jsonc', '.json5', '.yml', '.yaml', '.toml', '.sql'];

/**
 * The environment files written to be committed, as a template of the real one (`.env.example`, `.env.sample`,
 * `.env.production.example`, `env.example`, `example.env`, and with a dash: `.env-template`, Sharetribe's, `.env-sample`,
 * `env-example`; probe 306): a key in one is published. Not `.env` or `.env.production` themselves, which belong
 * beside the app unversioned, where a secret should be, and are read apart (`ENV_FILE`).
 */
const ENV_TEMPLATE = /^(?:\.?env(?:[.-][\w]+)*[.-](?:example|sample|template|dist|defaults)|\.?(?:example|sample|template)\.env)$/i;

/**
 * The environment files themselves that frameworks load (`.env`, `.env.production`, `.env.development`, `.env.test`,
 * Laravel's `.env.testing`: real-world batch 340),
 * not `.env.local` and its kind, which are a developer's own. Where a key belongs, out of version control: read only when
 * a `.gitignore` applies to the directory and does not exclude the file (a `.env` that git would take with the rest;
 * probe 306: `NEXT_PUBLIC_STRIPE_SECRET_KEY=sk_test_…` in committed `.env` and `.env.production` files). A file named
 * otherwise (`dev.env`) is not known as one.
 */
const ENV_FILE = /^\.env(?:\.(?:development|production|test|testing|staging|dev|prod))?$/i;
/**
 * ...and the shell scripts that set an environment, named for it (`.env-nu-prod.sh`, `env.sh`, `set-env.sh`,
 * `setenv.sh`; probe 308: `export REACT_APP_STRIPE_SECRET_KEY=sk_live_…` in a marketplace's committed `.env-nu-prod.sh`),
 * not a `local` one.
 */
const ENV_SCRIPT = /^(?:(?:[\w.-]*[.-])?\.?env(?:[.-]\w+)*|setenv)\.sh$/i;

/**
 * Is a file, by its name, an environment file read only where no `.gitignore` rule excludes it (`ENV_FILE`,
 * `ENV_SCRIPT`)? Also `.env.<project>` for a Firebase project id or alias of the project's `.firebaserc`
 * (`firebaseProjects`): Cloud Functions loads `functions/.env.<project>` when deploying to that project, and Firebase's
 * guide has them committed (real-world batch 331).
 */
export function isEnvFileName(file: string, firebaseProjects: ReadonlySet<string> = NO_PROJECTS): boolean {
  const name = path.basename(file);
  if (ENV_FILE.test(name) || (ENV_SCRIPT.test(name) && !/local/i.test(name))) return true;
  return name.startsWith('.env.') && firebaseProjects.has(name.slice('.env.'.length));
}

const NO_PROJECTS: ReadonlySet<string> = new Set();

/** Firebase's project file, beside `firebase.json`: project ids by alias (`{ "projects": { "prod": "acme-shop-prod" } }`). */
export const FIREBASE_PROJECTS_FILE = '.firebaserc';

/** The project ids and aliases a `.firebaserc` text lists (none where it does not parse). */
export function firebaseProjectNames(text: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  const projects = typeof parsed === 'object' && parsed !== null ? (parsed as { projects?: unknown }).projects : undefined;
  if (typeof projects !== 'object' || projects === null) return [];
  const names: string[] = [];
  for (const [alias, id] of Object.entries(projects)) {
    names.push(alias);
    if (typeof id === 'string') names.push(id);
  }
  // `.env.local` stays the developer's own, whatever a project is called.
  return names.filter((name) => /^[\w-]+$/.test(name) && name !== 'local');
}

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
  if (keys.length === 0 || (!/stripe/i.test(text) && OTHER_PROVIDER_MENTION.test(text)) || KEY_PATTERN.test(text)) return [];
  const out: ConfigKey[] = [];
  // Lines end at `\n` (a `\r` before it stays on the line); the keys come in order, so their lines are found in one pass.
  const starts = lineStarts(text, /\n/g);
  let index = 0;
  for (const key of keys) {
    while (index + 1 < starts.length && starts[index + 1]! <= key.index) index++;
    const lineStart = starts[index]!;
    if (OTHER_PROVIDER_MENTION.test(text.slice(lineStart, key.index))) continue;
    // Under an `example` key (an OpenAPI schema's, a detector's test strings) or a key that names another provider
    // (`clerk:` above `secret_key: sk_test_…`; precision probe 300).
    if (parentKeys(text, starts, index).some((name) => EXAMPLE_KEY.test(name) || OTHER_PROVIDER_MENTION.test(name))) continue;
    const line = index + 1;
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

export interface PublishedSecret {
  /** The variable's name (`VITE_STRIPE_SECRET_KEY`). */
  readonly name: string;
  /** The framework that publishes it by its prefix. */
  readonly framework: string;
  /** What its value is, by the value's prefix. */
  readonly type: Exclude<StripeKeyType, 'publishable'>;
  /** The value's prefix as written (`sk_test_`). */
  readonly prefix: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/**
 * A variable set to a Stripe secret's prefix: `VITE_STRIPE_SECRET_KEY=sk_test_…` on a line of its own, `export
 * NEXT_PUBLIC_STRIPE_SECRET_KEY="sk_live_…"`, a compose file's `- VITE_STRIPE_SECRET_KEY=…`, a YAML or JSON key's
 * `"NEXT_PUBLIC_STRIPE_SECRET_KEY": "sk_…"`, also after a `{` or `,` on the line (`{"env":{"NEXT_PUBLIC_…":"sk_…"}}` in
 * a `vercel.json`; probe 306). The name is group 1, the value's prefix group 2.
 */
const SECRET_ASSIGNMENT = /(?:^|[{,])[\t ]*(?:-[\t ]*)?(?:export[\t ]+)?["']?([A-Za-z_][\w]*)["']?[\t ]*[:=][\t ]*["']?((?:sk|rk)_(?:live|test)_|sk_org_|whsec_)/gm;

/** The type of a secret by its prefix as SECRET_ASSIGNMENT finds it (`sk_org_` is an organization's secret key). */
const secretTypeOf = (prefix: string): Exclude<StripeKeyType, 'publishable'> => (prefix.startsWith('rk_') ? 'restricted' : prefix === 'whsec_' ? 'webhook-secret' : 'secret');

/**
 * Stripe secrets that a config file puts under a name a front-end framework publishes (`publishedByName`): a template's
 * `VITE_STRIPE_SECRET_KEY=sk_test_xxx` tells every developer to ship their secret key to the browser, whatever the
 * value (a placeholder's prefix says what it holds). The name must say Stripe (Clerk's keys start `sk_test_` too); not
 * under an `example` key or in a secret scanner's rule file, and only where the file's package builds with the
 * framework, for the `process.env` prefixes (`publishedForProject`).
 */
export function configFilePublishedSecrets(text: string, file: string): PublishedSecret[] {
  if (!text.includes('_') || !/stripe/i.test(text) || KEY_PATTERN.test(text)) return [];
  const out: PublishedSecret[] = [];
  let starts: number[] | undefined;
  for (const match of text.matchAll(SECRET_ASSIGNMENT)) {
    const name = match[1]!;
    const read = /stripe/i.test(name) && !OTHER_PROVIDER_MENTION.test(name) ? publishedByName(name) : null;
    if (!read || !publishedForProject(read, file)) continue;
    starts ??= lineStarts(text, /\n/g);
    const nameAt = match.index + match[0].indexOf(name);
    let index = 0;
    while (index + 1 < starts.length && starts[index + 1]! <= nameAt) index++;
    if (parentKeys(text, starts, index).some((key) => EXAMPLE_KEY.test(key))) continue;
    const column = nameAt - starts[index]! + 1;
    out.push({
      name,
      framework: read.framework,
      type: secretTypeOf(match[2]!),
      prefix: match[2]!,
      line: index + 1,
      column,
      endLine: index + 1,
      endColumn: column + name.length,
    });
  }
  return out;
}

/**
 * A regular expression for Stripe's key format written in the file: a secret scanner's detection rule (gitleaks',
 * Nosey Parker's, Kingfisher's `pattern: '(?i)\b((?:sk|rk)_live_[a-z0-9]{24})\b'`), whose test strings beside it are
 * made up to match it (precision probe 300).
 */
const KEY_PATTERN = /k_(?:live|test)_?[[({\\]|\(\?:sk\||\[sr\]k_|\(\?:live\|test\)|\(live\|test\)/;

/** Keys whose values are examples: an OpenAPI schema's `example` / `examples`, a detector's test strings. */
const EXAMPLE_KEY = /^["']?(?:x-)?examples?["']?$/i;

/** The most lines looked above a key for the keys it sits under. */
const MAX_PARENT_LOOKBACK = 200;

/**
 * The keys a line sits under in an indented file (YAML, pretty-printed JSON, TOML's tables aside): each line above it
 * that is indented less, up to the file's start or MAX_PARENT_LOOKBACK lines, read up to its `:` (`stripe:`,
 * `"examples": [`, `- name:`), nearest first. The line's own key, before its value, comes first.
 */
function parentKeys(text: string, starts: readonly number[], index: number): string[] {
  const lineText = (i: number): string => text.slice(starts[i], i + 1 < starts.length ? starts[i + 1]! - 1 : text.length).replace(/\r$/, '');
  const line = lineText(index);
  const keys: string[] = [];
  const own = keyOf(line);
  if (own !== null) keys.push(own);
  let indent = indentOf(line);
  for (let above = index - 1; above >= 0 && indent > 0 && index - above <= MAX_PARENT_LOOKBACK; above--) {
    const written = lineText(above);
    if (written.trim() === '' || /^\s*#/.test(written)) continue;
    const depth = indentOf(written);
    if (depth >= indent) continue;
    indent = depth;
    const key = keyOf(written);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/** How far a line is indented (a list item's `- ` counts as indentation: its keys sit under the list's key). */
const indentOf = (line: string): number => /^[\t -]*/.exec(line)![0].length;

/** The key a line starts (`  "examples": [`, `stripe:`, `- secret_key: …`), quotes kept; null when it starts none. */
function keyOf(line: string): string | null {
  const match = /^[\t -]*("[^"]*"|'[^']*'|[\w.$-]+)\s*[:=]/.exec(line);
  return match ? match[1]! : null;
}

