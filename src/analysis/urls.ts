/**
 * Parse a URL-ish string (or the static prefix of a template) far enough to know its scheme, host and path.
 * Exact host parsing only: `https://api.stripe.com.evil.test/` has host `api.stripe.com.evil.test`.
 */
import { isStripeHost, STRIPE_HOST_DOMAINS } from '../stripe/hosts.js';
import { spellingTerm, type SpellingTerm } from './string-use.js';

export interface ParsedUrl {
  /** Lower-case scheme without the colon, or `''` for protocol-relative `//host/...`. */
  scheme: string;
  /** Lower-case host without port or credentials. */
  host: string;
  port: string;
  /** Path as written (no query / fragment), `''` when absent. */
  path: string;
  /** Offset in the source string where the scheme (or `//`) starts. */
  start: number;
  /** Length of the scheme plus `:` (0 for protocol-relative). */
  schemeLength: number;
  /** True when the host ended before the string did (so the host is complete even in a template prefix). */
  hostComplete: boolean;
  /** Offset just after the host (before any `:port`). */
  hostEnd: number;
  /** Offset just after the path (before any query / fragment). */
  end: number;
}

// The scheme is bounded (no real scheme is longer than 32 characters) so that long runs like `a.a.a.…` stay linear.
// Slashes after the first two are captured (`https:///js.stripe.com/v2/`): a browser skips them before the host of an
// http(s) URL (WHATWG URL's "special authority ignore slashes" state), so the host is the one after them.
const URL_RE = /(?:\b([a-zA-Z][a-zA-Z0-9+.-]{0,31}):)?\/\/(\/*)(?:[^\s/@'"`]*@)?(\[[0-9a-fA-F:.]+\]|[a-zA-Z0-9.-]+)(?::(\d*))?([^\s?#'"`]*)/g;
/** Schemes whose URLs a browser reads past extra slashes to the host (WHATWG URL's special schemes but `file`). */
const SLASH_TOLERANT_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'ws', 'wss', 'ftp', '']);

/**
 * Every absolute or protocol-relative URL inside `text` (a whole string literal, a CSP value, an HTML attribute).
 * `complete` says whether `text` is the whole string (false for a template prefix that continues with `${}`).
 */
export function findUrls(text: string, complete = true): ParsedUrl[] {
  const found: ParsedUrl[] = [];
  if (!text.includes('//')) return found;
  for (const match of text.matchAll(URL_RE)) {
    const scheme = (match[1] ?? '').toLowerCase();
    const host = (match[3] ?? '').toLowerCase();
    if (!host) continue;
    // `file:///etc/hosts` has no host: its third slash starts the path.
    if (match[2] && !SLASH_TOLERANT_SCHEMES.has(scheme)) continue;
    const start = match.index;
    // A protocol-relative match inside a longer token (e.g. `a//b`) is not a URL, nor one after an overlong scheme.
    if (!match[1] && start > 0 && /[a-zA-Z0-9_$.\]):]/.test(text[start - 1]!)) continue;
    const end = start + match[0].length;
    const port = match[4];
    const path = match[5] ?? '';
    found.push({
      scheme,
      host,
      port: port ?? '',
      path,
      start,
      schemeLength: match[1] ? match[1].length + 1 : 0,
      hostComplete: complete || end < text.length || path !== '' || port !== undefined,
      hostEnd: end - path.length - (port !== undefined ? port.length + 1 : 0),
      end,
    });
  }
  return found;
}

/** Parse `text` as one URL that starts at its first character; `null` when it does not. */
export function parseUrl(text: string, complete = true): ParsedUrl | null {
  const trimmed = text.trimStart();
  const first = findUrls(trimmed, complete)[0];
  if (!first || first.start !== 0) return null;
  const shift = text.length - trimmed.length;
  return { ...first, start: shift, hostEnd: first.hostEnd + shift, end: first.end + shift };
}

/** Loopback hosts (stripe-mock at `http://localhost:12111`, §8). */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase();
  return (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    /^127(?:\.\d{1,3}){3}$/.test(h) ||
    h === '[::1]' ||
    h === '::1' ||
    h === '0.0.0.0'
  );
}

/** A URL to a Stripe-owned host whose host part is fully known. */
export function isStripeUrl(url: ParsedUrl): boolean {
  return url.hostComplete && isStripeHost(url.host);
}

/** Plain-text transport: `http:` or `ws:` (protocol-relative URLs are judged by the caller). */
export function isInsecureScheme(scheme: string): boolean {
  return scheme === 'http' || scheme === 'ws';
}

/**
 * Insecure (`http:`, `ws:`, protocol-relative) URLs to a Stripe host inside one piece of a string. `leading` is false
 * when unknown text comes right before the piece (a URL at its start may continue an unknown scheme or host);
 * `trailing` is false when unknown text follows it.
 */
export function insecureStripeUrls(text: string, leading: boolean, trailing: boolean): ParsedUrl[] {
  return findUrls(text, trailing).filter(
    (url) => !(url.start === 0 && !leading) && isStripeUrl(url) && (url.scheme === '' || isInsecureScheme(url.scheme)),
  );
}

/**
 * The registrable domains of Stripe's hosts as a text-scan term (`sourceMaySpell`): a string, template or JSX text
 * holds a Stripe URL only if the file's text spells one of them (any case, escapes included).
 */
export const STRIPE_HOST_TERMS: readonly SpellingTerm[] = [spellingTerm(STRIPE_HOST_DOMAINS, { ignoreCase: true })];
