/**
 * Content-Security-Policy as data, with no AST: parse a policy string (where unknown parts are marked), model helmet's
 * directive options (defaults, camelCase keys, `null`-disabled directives, function entries), find the directive
 * that governs a fetch (CSP Level 3 fallbacks) and match source expressions against an origin. The JS/TS rule feeds
 * it strings and arrays read from code; HTML and Vue scanners can feed it attribute text.
 *
 * Precision: anything unknown (a `${}` hole, a function entry, an unknown spread) makes the answer `maybe`, never a
 * guess. References: W3C CSP3 §2.3 (parse a serialized policy), §6.7.2 (source matching), §6.8.3 (fallback lists);
 * helmet 8 `middlewares/content-security-policy/index.ts` (stripe-facts.md §4.2).
 */

/** Stands for an unknown part of a policy text (a template expression that is not static). */
export const UNKNOWN = '\u0000';

export interface CspToken {
  text: string;
  /** Offsets of the token in the parsed text (only for policies parsed from text). */
  start: number;
  end: number;
}

export interface CspDirective {
  /** Lower-case directive name. */
  name: string;
  /** Source expressions as written; a source containing `UNKNOWN` is partly unknown. */
  sources: string[];
  /** Where the name and each source sit in the parsed text (policies parsed from text only). */
  nameToken?: CspToken;
  tokens?: CspToken[];
  /** helmet options: whether the directive comes from helmet's defaults or from the options. */
  fromDefaults?: boolean;
}

export interface CspPolicy {
  /** Directives in order; a repeated name is dropped (browsers ignore all but the first). */
  directives: CspDirective[];
  /** Some directive could not be read (its name is unknown), so any directive may be present. */
  open: boolean;
}

const WHITESPACE = /[\t\n\f\r ]+/;

/** Parse one serialized policy (CSP3 §2.3.1). Directive names are lower-cased; a name with an unknown part opens the policy. */
export function parsePolicy(text: string): CspPolicy {
  const policy: CspPolicy = { directives: [], open: false };
  const seen = new Set<string>();
  let offset = 0;
  for (const segment of text.split(';')) {
    const tokens = tokenize(segment, offset);
    offset += segment.length + 1;
    const [nameToken, ...sources] = tokens;
    if (!nameToken) continue;
    if (nameToken.text.includes(UNKNOWN)) {
      policy.open = true;
      continue;
    }
    const name = nameToken.text.toLowerCase();
    if (seen.has(name)) continue;
    seen.add(name);
    policy.directives.push({ name, sources: sources.map((t) => t.text), nameToken, tokens: sources });
  }
  return policy;
}

/** A header value may hold several policies separated by commas (CSP3 §2.3.2); each one is enforced. */
export function parsePolicyList(text: string): CspPolicy[] {
  const out: CspPolicy[] = [];
  let offset = 0;
  for (const part of text.split(',')) {
    const policy = parsePolicy(part);
    for (const directive of policy.directives) shiftTokens(directive, offset);
    if (policy.directives.length > 0 || policy.open) out.push(policy);
    offset += part.length + 1;
  }
  return out;
}

function shiftTokens(directive: CspDirective, by: number): void {
  for (const token of [directive.nameToken, ...(directive.tokens ?? [])]) {
    if (!token) continue;
    token.start += by;
    token.end += by;
  }
}

function tokenize(segment: string, offset: number): CspToken[] {
  const tokens: CspToken[] = [];
  let index = 0;
  for (const part of segment.split(WHITESPACE)) {
    const start = segment.indexOf(part, index);
    index = start + part.length;
    if (part) tokens.push({ text: part, start: offset + start, end: offset + index });
  }
  return tokens;
}

/** Offset just after a directive's last token: where new sources go. */
export function directiveEnd(directive: CspDirective): number | null {
  const last = directive.tokens?.at(-1) ?? directive.nameToken;
  return last ? last.end : null;
}

// ---------------------------------------------------------------------------------------------------------------
// helmet

/** helmet's defaults (`getDefaultDirectives()`, helmet 5+ where `useDefaults` defaults to true). */
export const HELMET_DEFAULT_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'font-src': ["'self'", 'https:', 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", 'https:', "'unsafe-inline'"],
  'upgrade-insecure-requests': [],
};

export type HelmetDirectiveValue =
  /** An iterable of entries; `null` entries are functions or unknown values. */
  | { kind: 'list'; entries: (string | null)[] }
  /** `null`: the directive is removed (defaults included). */
  | { kind: 'disabled' }
  /** `helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc` on `default-src`. */
  | { kind: 'disable-default-src' }
  | { kind: 'unknown' };

export interface HelmetDirectiveOption {
  /** The key as written: `scriptSrc` or `'script-src'`. */
  key: string;
  value: HelmetDirectiveValue;
}

/** helmet's `dashify`: `scriptSrc` → `script-src`. */
export function dashify(key: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code < 65 || code > 90) continue; // A-Z only, like helmet's /[A-Z]/g
    out += `${key.slice(from, i)}-${String.fromCharCode(code + 32)}`;
    from = i + 1;
  }
  return from === 0 ? key : out + key.slice(from);
}

/**
 * The policy helmet sends for the given options: defaults first when `useDefaults`, then each option (a `null`
 * value removes the directive). String entries may hold several sources separated by spaces. An unknown value
 * becomes a directive with one unknown source; unknown keys open the policy.
 */
export function helmetPolicy(options: {
  useDefaults: boolean;
  directives: readonly HelmetDirectiveOption[];
  open?: boolean;
  /** The middleware's own defaults (blankie's), instead of helmet's. */
  defaults?: Readonly<Record<string, readonly string[]>>;
}): CspPolicy {
  const byName = new Map<string, CspDirective>();
  if (options.useDefaults) {
    for (const [name, sources] of Object.entries(options.defaults ?? HELMET_DEFAULT_DIRECTIVES)) {
      byName.set(name, { name, sources: [...sources], fromDefaults: true });
    }
  }
  for (const { key, value } of options.directives) {
    const name = dashify(key);
    switch (value.kind) {
      case 'disabled':
      case 'disable-default-src':
        byName.delete(name);
        break;
      case 'unknown':
        byName.set(name, { name, sources: [UNKNOWN], fromDefaults: false });
        break;
      case 'list': {
        const sources = value.entries.flatMap((entry) => (entry === null ? [UNKNOWN] : entry.split(WHITESPACE).filter(Boolean)));
        byName.set(name, { name, sources, fromDefaults: false });
        break;
      }
    }
  }
  return { directives: [...byName.values()], open: options.open ?? false };
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluation

/**
 * Directives consulted, in order, for the fetches Stripe needs (CSP3 §6.8.3): loading Stripe.js is a script element
 * (`script-src-elem`, then `script-src`), Stripe's iframes are frames (`frame-src`, then `child-src`), and API calls
 * are connections.
 */
export const FALLBACK_CHAINS: Readonly<Record<'script-src' | 'frame-src' | 'connect-src', readonly string[]>> = {
  'script-src': ['script-src-elem', 'script-src', 'default-src'],
  'frame-src': ['frame-src', 'child-src', 'default-src'],
  'connect-src': ['connect-src', 'default-src'],
};

export function findDirective(policy: CspPolicy, name: string): CspDirective | undefined {
  return policy.directives.find((d) => d.name === name);
}

/**
 * The directive that decides the fetch, or `null` when none does (the fetch is allowed), or `undefined` when the
 * policy is open (some directive is unknown).
 */
export function governingDirective(policy: CspPolicy, directive: keyof typeof FALLBACK_CHAINS): CspDirective | null | undefined {
  if (policy.open) return undefined;
  for (const name of FALLBACK_CHAINS[directive]) {
    const found = findDirective(policy, name);
    if (found) return found;
  }
  return null;
}

/** Does some directive of the policy list Connect.js's origin (`https://connect-js.stripe.com`, scheme optional)? */
export function namesConnectJs(policy: CspPolicy): boolean {
  return policy.directives.some((directive) => directive.sources.some((source) => /^(?:https:\/\/)?connect-js\.stripe\.com\/?$/i.test(source)));
}

/** Does some directive of the policy list one of Stripe's origins (`https://js.stripe.com`, `*.stripe.com`, `api.stripe.com`)? */
export function namesStripeOrigin(policy: CspPolicy): boolean {
  return policy.directives.some((directive) => directive.sources.some((source) => STRIPE_SOURCE.test(source)));
}
const STRIPE_SOURCE = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:\*\.)?(?:[a-z0-9-]+\.)*stripe\.com\.?(?::(?:\d+|\*))?(?:\/\S*)?$/i;

/**
 * Does the policy name a host anywhere (`https://js.stripe.com`, `cdn.example.com`, `*.googleapis.com`), not only
 * keywords, nonces, hashes and schemes (`'self'`, `'none'`, `data:`)? Then it is written for pages that load from
 * those hosts.
 */
export function namesHost(policy: CspPolicy): boolean {
  return policy.directives.some((directive) =>
    directive.sources.some((source) => !source.startsWith("'") && source !== '*' && !SCHEME_SOURCE.test(source) && !source.includes(UNKNOWN) && HOST_SOURCE.test(source.toLowerCase())),
  );
}

export type Match = 'yes' | 'no' | 'maybe';

const HOST_SOURCE = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?)(?::(\d+|\*))?(\/.*)?$/;
const SCHEME_SOURCE = /^[a-z][a-z0-9+.-]*:$/;

/**
 * Does one source expression allow `origin` (`https://host` or `https://*.host`) on an HTTPS page? Keywords, nonces
 * and hashes never allow a host; an expression with an unknown part or a path answers `maybe`.
 */
export function sourceAllows(source: string, origin: string): Match {
  if (source.includes(UNKNOWN)) return /^'(?:nonce|sha256|sha384|sha512)-/i.test(source) ? 'no' : 'maybe';
  const expression = source.toLowerCase();
  if (expression === '*') return 'yes';
  if (expression.startsWith("'")) return 'no';
  if (SCHEME_SOURCE.test(expression)) return expression === 'https:' || expression === 'http:' ? 'yes' : 'no';
  const match = HOST_SOURCE.exec(expression);
  if (!match) return 'no';
  const [, scheme, rawHost, port, path] = match;
  // An https page upgrades scheme-less and http: sources to https (CSP3 §6.7.2.8 "scheme-part matching").
  if (scheme !== undefined && scheme !== 'https' && scheme !== 'http') return 'no';
  if (port !== undefined && port !== '443' && port !== '*') return 'no';
  const host = rawHost!.replace(/\.$/, '');
  const wanted = origin.replace(/^https:\/\//, '').toLowerCase();
  let hostMatch: boolean;
  if (host === '*') hostMatch = true;
  else if (host.startsWith('*.')) {
    const parent = host.slice(2);
    const wantedHost = wanted.startsWith('*.') ? wanted.slice(2) : wanted;
    hostMatch = wantedHost === parent ? wanted.startsWith('*.') : wantedHost.endsWith(`.${parent}`);
  } else hostMatch = !wanted.startsWith('*.') && host === wanted;
  if (!hostMatch) return 'no';
  return path === undefined || path === '/' ? 'yes' : 'maybe';
}

/**
 * Does a directive allow `origin`? `maybe` when a source is unknown or restricts a path, and, for script loads
 * (`forScripts`), when the directive trusts by nonce or `'strict-dynamic'`: Stripe.js may then arrive through a trusted
 * script tag whatever the hosts say.
 */
export function directiveAllows(directive: CspDirective, origin: string, forScripts = false): Match {
  if (forScripts && directive.sources.some((s) => /^'(?:strict-dynamic|nonce-[^']*)'$/i.test(s))) return 'maybe';
  let result: Match = 'no';
  for (const source of directive.sources) {
    const match = sourceAllows(source, origin);
    if (match === 'yes') return 'yes';
    if (match === 'maybe') result = 'maybe';
  }
  return result;
}

/** Is the directive exactly `'none'`? (New sources then replace it: `'none'` must stand alone.) */
export function isNoneOnly(directive: CspDirective): boolean {
  return directive.sources.length === 1 && directive.sources[0]!.toLowerCase() === "'none'";
}
