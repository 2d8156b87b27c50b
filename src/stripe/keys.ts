/**
 * Stripe API key and webhook-secret formats (stripe-facts.md §5).
 *
 * - Prefixes: docs.stripe.com/keys ("Sandbox keys start with `pk_test_` (publishable), `rk_test_` (restricted), and
 *   `sk_test_` (secret)… live mode keys… `pk_live_`, `rk_live_`, and `sk_live_`"); `whsec_` from
 *   docs.stripe.com/webhooks/signature ("the secret starts with a `whsec_` prefix").
 * - Body length: gitleaks `stripe-access-token` takes 10–99 characters, trufflehog 20–247, detect-secrets exactly 24;
 *   old doc keys have 24, modern keys about 99. The suggested plugin regex in §5 is
 *   `\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{10,247}\b` plus `\bwhsec_[0-9A-Za-z]{20,}\b`; we take bodies of 24–247
 *   characters, the shortest real key's length up: shorter ones are made up (`sk_live_AbCdEfG123` in a redaction test),
 *   and a linter that flags made-up keys gets switched off.
 * - Organization keys: docs.stripe.com/keys/organization-api-keys ("Organization API keys are prefixed `sk_org`… All
 *   organization API keys are secrets… they support sandboxes and live mode… There's no `rk_org` prefix"); the page
 *   shows no whole key, so what follows the prefix is read loosely: `sk_org_`, a mode where one is written
 *   (`sk_org_live_`, `sk_org_test_`), and a body as above (real-world batch DX). A key of an organization reaches every
 *   account in it.
 * - Placeholders: gitleaks requires Shannon entropy ≥ 2 over the match; docs and READMEs write `sk_test_xxx`,
 *   `sk_live_...`, `sk_test_XXXXXXXX`, `<your key>`, which the regexes or the placeholder test below reject.
 */

export type StripeKeyType = 'secret' | 'restricted' | 'publishable' | 'webhook-secret';
export type StripeKeyMode = 'live' | 'test';

export interface StripeKeyMatch {
  type: StripeKeyType;
  /** `null` for `whsec_` secrets, which carry no mode. */
  mode: StripeKeyMode | null;
  /** The prefix as written: `sk_live_`, `whsec_`. */
  prefix: string;
  /** The full key text. */
  text: string;
  /** Offset of the key in the searched string. */
  index: number;
}

const TYPE_BY_LETTER: Readonly<Record<string, StripeKeyType>> = { s: 'secret', r: 'restricted', p: 'publishable' };
const KEY_MODES: readonly StripeKeyMode[] = ['live', 'test'];
const WEBHOOK_SECRET_PREFIX = 'whsec_';
/** An organization's API key (always a secret; no publishable or restricted form). */
export const ORGANIZATION_KEY_PREFIX = 'sk_org_';

export interface StripeKeyPrefix {
  prefix: string;
  type: StripeKeyType;
  mode: StripeKeyMode | null;
}

/** Every prefix a key starts with: `sk_live_`, `rk_test_`, `pk_live_`…, `whsec_` (the regexes below are built from it). */
export const STRIPE_KEY_PREFIXES: readonly StripeKeyPrefix[] = [
  ...Object.entries(TYPE_BY_LETTER).flatMap(([letter, type]) => KEY_MODES.map((mode) => ({ prefix: `${letter}k_${mode}_`, type, mode }))),
  ...KEY_MODES.map((mode) => ({ prefix: `${ORGANIZATION_KEY_PREFIX}${mode}_`, type: 'secret' as const, mode })),
  { prefix: ORGANIZATION_KEY_PREFIX, type: 'secret', mode: null },
  { prefix: WEBHOOK_SECRET_PREFIX, type: 'webhook-secret', mode: null },
];

/**
 * API keys (secret, restricted, publishable) anywhere in a string: `\b([srp]k_(live|test)_)([0-9A-Za-z]{24,247})\b`,
 * and organization keys, `sk_org_` with or without a mode.
 */
const API_KEY_RE = new RegExp(
  String.raw`\b([${Object.keys(TYPE_BY_LETTER).join('')}]k_(${KEY_MODES.join('|')})_|${ORGANIZATION_KEY_PREFIX}(?:(${KEY_MODES.join('|')})_)?)([0-9A-Za-z]{24,247})\b`,
  'g',
);
/**
 * Webhook signing secrets anywhere in a string. Stripe's body is letters and digits; one that runs on into base64
 * (`+`, `/`, `=` padding) is another provider's under the same prefix: Svix's, and so Clerk's or Resend's webhook
 * secrets (`whsec_c2VjcmV0LWtleS1ieXRlcw==`, real-world batch 84).
 */
const WEBHOOK_SECRET_RE = new RegExp(String.raw`\b(${WEBHOOK_SECRET_PREFIX})([0-9A-Za-z]{20,})\b(?![+/=])`, 'g');

/** Words that mark a documentation placeholder rather than a key. */
const PLACEHOLDER_WORDS = /your|placeholder|example|replace|dummy|fake|sample|changeme|redacted|insert|xxxx/i;

/** Shannon entropy in bits per character (gitleaks `entropy = 2` on this rule). */
export function shannonEntropy(text: string): number {
  if (text.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** The longest run of characters in `text` each of which `follows` the one before (by character code). */
function longestRun(text: string, follows: (before: number, next: number) => boolean): number {
  let longest = text.length > 0 ? 1 : 0;
  for (let i = 1, run = 1; i < text.length; i++) {
    run = follows(text.charCodeAt(i - 1), text.charCodeAt(i)) ? run + 1 : 1;
    if (run > longest) longest = run;
  }
  return longest;
}

/** The next character in the alphabet or among the digits. */
const nextInOrder = (before: number, next: number): boolean => next === before + 1;

/**
 * The longest run of characters that each follow the one before in the alphabet or among the digits (`abcdefgh`,
 * `0123456789`), case aside: a body typed along the keyboard's rows. A random base-62 body of 32 characters holds a run
 * of 8 about once in 10^11.
 */
const longestAscendingRun = (body: string): number => longestRun(body.toLowerCase(), nextInOrder);

/**
 * Do the letters alone, or the digits alone (going round: `7890123`), run in order: a body typed as the two counted in
 * step, `7k8m9n0p1q2r3s4t` (real-world batch DE)? Eight letters (among the ~83 letters of a random 99-character body a
 * run of 8 comes about once in 10^8), ten digits (among its ~16 digits, about once in 10^8; eight would be once in
 * 10^6).
 */
function interleavedRunsInOrder(body: string): boolean {
  const lower = body.toLowerCase();
  return (
    longestRun(lower.replace(/[^a-z]/g, ''), nextInOrder) >= MIN_PLACEHOLDER_RUN ||
    longestRun(lower.replace(/[^0-9]/g, ''), (before, next) => nextInOrder(before, next) || (before === 57 && next === 48)) >= MIN_INTERLEAVED_DIGITS_RUN
  );
}

/**
 * Bodies a generator writes into every app it makes, as an example: Sails.js's `sails new` puts `// stripeSecret:
 * 'sk_test_Zzd814nldl91104qor5911gjald'` in `config/custom.js` (real-world batch EX; in thousands of public apps).
 */
const PUBLISHED_PLACEHOLDER_BODIES: ReadonlySet<string> = new Set(['Zzd814nldl91104qor5911gjald']);

const MIN_INTERLEAVED_DIGITS_RUN = 10;
const MIN_PLACEHOLDER_RUN = 8;

/**
 * The most distinct characters of a made-up body (`AAAAABBBBCCCCCEEEEEEEFFFFFGGGGG`: six). A random base-62 body of 20
 * characters (the shortest a secret is read at) has about 17; one of at most eight, about once in 10^8.
 */
const MAX_PLACEHOLDER_DISTINCT = 8;

/**
 * Characters that never go down, the body typed in order (`AAAAABBBBCCCCCEEEEEEEFFFFFGGGGG`, `0011223344aabbccddee…`):
 * a random body of 20 characters or more is so about once in 10^18.
 */
function neverDecreases(body: string): boolean {
  for (let i = 1; i < body.length; i++) if (body.charCodeAt(i) < body.charCodeAt(i - 1)) return false;
  return true;
}

/**
 * A key body that is a placeholder: low entropy (`XXXXXXXXXXXX`, `000000000000`), a placeholder word, the alphabet
 * or the digits in order (`abcdefghijklmnopqrstuvwxyz`, `0123456789abcdef…`, also the two in step: `1a2b3c4d5e6f7g8h`),
 * or a few characters repeated in order (a test mock's `rk_live_AAAAABBBBCCCCCEEEEEEEFFFFFGGGGG`, real-world batch 299).
 */
export function isPlaceholderKeyBody(body: string): boolean {
  return (
    PUBLISHED_PLACEHOLDER_BODIES.has(body) ||
    shannonEntropy(body) < 2 ||
    new Set(body).size <= MAX_PLACEHOLDER_DISTINCT ||
    neverDecreases(body) ||
    PLACEHOLDER_WORDS.test(body) ||
    longestAscendingRun(body) >= MIN_PLACEHOLDER_RUN ||
    interleavedRunsInOrder(body)
  );
}

/**
 * Another provider's key under the same prefix: Paystack's secret keys are `sk_live_` / `sk_test_` and 40 lower-case
 * hexadecimal digits. A Stripe key body is base 62 (upper and lower case letters, digits), so a long body of hex digits
 * alone is not one (a random 32-character base-62 body has about one chance in 10^18 of looking like that).
 */
const OTHER_PROVIDER_KEY_BODY = /^[0-9a-f]{32,}$/;

/**
 * A body of upper- and lower-case letters and digits, as a random base-62 key's is (a 24-character one lacks a class
 * about once in 60). Asked of organization keys only, whose prefix is also what an app's own ids look like
 * (`sk_org_01HGW2N7EJ2ZQ3K5V6X8Y9ABCD`, a DynamoDB sort key holding a ULID; `sk_org_membersAndOwners`: real-world
 * batch DY).
 */
const isMixedKeyBody = (body: string): boolean => /[a-z]/.test(body) && /[A-Z]/.test(body) && /[0-9]/.test(body);

/** Every Stripe key (not a placeholder, not another provider's) inside `text`, in order. */
export function findStripeKeys(text: string): StripeKeyMatch[] {
  if (!text.includes('_')) return [];
  const out: StripeKeyMatch[] = [];
  for (const match of text.matchAll(API_KEY_RE)) {
    if (isPlaceholderKeyBody(match[4]!) || OTHER_PROVIDER_KEY_BODY.test(match[4]!)) continue;
    if (match[1]!.startsWith(ORGANIZATION_KEY_PREFIX) && !isMixedKeyBody(match[4]!)) continue;
    out.push({
      type: TYPE_BY_LETTER[match[1]![0]!]!,
      mode: ((match[2] ?? match[3]) as StripeKeyMode | undefined) ?? null,
      prefix: match[1]!,
      text: match[0],
      index: match.index,
    });
  }
  for (const match of text.matchAll(WEBHOOK_SECRET_RE)) {
    if (isPlaceholderKeyBody(match[2]!)) continue;
    out.push({ type: 'webhook-secret', mode: null, prefix: match[1]!, text: match[0], index: match.index });
  }
  return out.sort((a, b) => a.index - b.index);
}

const KEY_PREFIX_RE = new RegExp(
  String.raw`^(?:${ORGANIZATION_KEY_PREFIX}(?:(${KEY_MODES.join('|')})_)?|([${Object.keys(TYPE_BY_LETTER).join('')}])k_(${KEY_MODES.join('|')})_|${WEBHOOK_SECRET_PREFIX})`,
);

/**
 * The kind of key a value *starts with*, judged from its known leading text: a whole string (`complete`) must be
 * a non-placeholder key; a prefix of a template (`sk_live_${rest}`) needs only the full prefix.
 */
export function keyTypeOfValue(text: string, complete: boolean): { type: StripeKeyType; mode: StripeKeyMode | null; prefix: string } | null {
  const trimmed = text.trim();
  if (complete) {
    const match = findStripeKeys(trimmed)[0];
    return match && match.index === 0 && match.text.length === trimmed.length
      ? { type: match.type, mode: match.mode, prefix: match.prefix }
      : null;
  }
  const prefix = KEY_PREFIX_RE.exec(trimmed);
  if (!prefix) return null;
  if (prefix[0].startsWith(ORGANIZATION_KEY_PREFIX)) return { type: 'secret', mode: (prefix[1] as StripeKeyMode | undefined) ?? null, prefix: prefix[0] };
  if (!prefix[2]) return { type: 'webhook-secret', mode: null, prefix: 'whsec_' };
  return { type: TYPE_BY_LETTER[prefix[2]]!, mode: prefix[3] as StripeKeyMode, prefix: prefix[0] };
}

/** Keys that must never be in source or in the browser. */
export const isSecretKeyType = (type: StripeKeyType): boolean => type !== 'publishable';

/** Environment variable Stripe's docs and samples read the key from (`STRIPE_SECRET_KEY`, `STRIPE_WEBHOOK_SECRET`). */
export const envVariableFor = (type: StripeKeyType): string =>
  type === 'webhook-secret' ? 'STRIPE_WEBHOOK_SECRET' : type === 'publishable' ? 'STRIPE_PUBLISHABLE_KEY' : 'STRIPE_SECRET_KEY';

export const KEY_TYPE_LABEL: Readonly<Record<StripeKeyType, string>> = {
  secret: 'secret key',
  restricted: 'restricted key',
  publishable: 'publishable key',
  'webhook-secret': 'webhook signing secret',
};

/** A key's kind as messages name it: `live secret key`, `webhook signing secret`. */
export const keyLabel = (type: StripeKeyType, mode: StripeKeyMode | null): string => (mode ? `${mode} ` : '') + KEY_TYPE_LABEL[type];

/** What anyone who reads a secret of each type can do with it, as the messages say it ("anyone can … and {{risk}}"). */
export const SECRET_RISK: Readonly<Record<Exclude<StripeKeyType, 'publishable'>, string>> = {
  secret: 'call the Stripe API as your account',
  restricted: 'call the Stripe API as your account',
  'webhook-secret': 'sign forged webhook events that your endpoint accepts',
};

/** The other providers below whose names are no English words (Resend's and Tap's are: see OTHER_PROVIDER_MENTION). */
const PLAINLY_NAMED_PROVIDERS = ['clerk', 'bloque', 'korapay', 'paystack', 'yoco', 'paymongo', 'moyasar', 'zwitch', 'moonpay', 'svix', 'liveblocks'] as const;
/**
 * Other providers whose secret keys start `sk_test_` / `sk_live_` too (Clerk, Bloque, Korapay, Paystack, Yoco,
 * PayMongo, Moyasar, Zwitch, MoonPay's crypto on-ramp: real-world batch 346; Tap Payments in OTHER_PROVIDER_MENTION), or whose webhook secrets start `whsec_` (Svix's format, and so Resend's and Liveblocks'), as words
 * of the names a key is given under (precision probe 300: `YOCO_SECRET_KEY` in a `netlify.toml`, Svix secrets under
 * `RESEND_WEBHOOK_SECRET`).
 */
export const OTHER_PROVIDERS: ReadonlySet<string> = new Set([...PLAINLY_NAMED_PROVIDERS, 'resend']);
/**
 * The same providers named anywhere in a comment's words (`# CLERK_SECRET_KEY=…`); in a file that never mentions
 * Stripe, anywhere in it: its keys are that provider's (real-world batch FF: Korapay's `sk_test_` keys in a
 * commented-out `KoraPay.js`). Resend and Tap Payments, whose names are also English words, only as their keys are
 * named or their clients made (`RESEND_WEBHOOK_SECRET`, `resendApiKey`, `new Resend(…)`; `TAP_SECRET_KEY`: not an app's
 * `resend: true` option, nor Stripe's "Tap to Pay"). Terminal Africa, a shipping API whose keys start `sk_test_` /
 * `sk_live_` too, by its host or its name written whole (`api.terminal.africa`, `TERMINAL_AFRICA_KEY`; real-world batch
 * 316): `terminal` alone is also Stripe Terminal's.
 */
export const OTHER_PROVIDER_MENTION = new RegExp(
  `${PLAINLY_NAMED_PROVIDERS.join('|')}|(?<![a-z])resend[_-]?(?:api|webhook|secret|key|signing)|new Resend\\b|(?<![a-z])tap[_-]?(?:secret|api|payments?)|terminal[._-]?africa`,
  'i',
);

/**
 * stripe-node calls that work with a publishable key: the endpoints Stripe.js itself calls with it (`createToken` →
 * `POST /v1/tokens`, `createPaymentMethod` → `/v1/payment_methods`, `createSource` → `/v1/sources`; stripe-facts §1.5:
 * "Auth header is `Authorization: Bearer sk_…` or `pk_…`", and its React Native shape posting to `/v1/tokens` with
 * the publishable key). A stripe-node client used for nothing else does not need a secret key.
 */
export const PUBLISHABLE_KEY_CALLS: ReadonlySet<string> = new Set(['tokens.create', 'paymentMethods.create', 'sources.create']);
