/**
 * TLS facts (stripe-facts.md §8).
 *
 * - Stripe: "Payment pages must use a recent version (TLS 1.2 or above)"; "All interactions between your server and
 *   Stripe must use HTTPS" (docs.stripe.com/security/guide). The API refuses pre-TLS 1.2 clients since 2018
 *   (stripe.com/blog/completing-tls-upgrade).
 * - Node: `minVersion` / `maxVersion` take `'TLSv1.3' | 'TLSv1.2' | 'TLSv1.1' | 'TLSv1'`; `tls.DEFAULT_MIN_VERSION`
 *   defaults to `'TLSv1.2'` (lowered by `--tls-min-v1.0` / `--tls-min-v1.1`); `secureProtocol` names an OpenSSL
 *   method (`TLSv1_method`, `TLSv1_1_client_method`, `SSLv3_method`…; `TLS_method` / `SSLv23_method` negotiate and
 *   are not pinned). `rejectUnauthorized` disables certificate checks only when it is exactly `false`
 *   (`options.rejectUnauthorized !== false` in `lib/_tls_wrap.js`, after CVE-2021-22939), and
 *   `NODE_TLS_REJECT_UNAUTHORIZED` only when it is exactly `'0'` (`getAllowUnauthorized` in `lib/internal/options.js`).
 */

/** The lowest protocol version Stripe accepts. */
export const MIN_TLS_VERSION = 'TLSv1.2';
export const MAX_TLS_VERSION = 'TLSv1.3';

const VERSION_RANK: Readonly<Record<string, number>> = { TLSv1: 10, 'TLSv1.1': 11, 'TLSv1.2': 12, 'TLSv1.3': 13 };

/** Node `minVersion` / `maxVersion` / `DEFAULT_MIN_VERSION` values below TLS 1.2. */
export const isWeakTlsVersion = (value: string): boolean => VERSION_RANK[value] !== undefined && VERSION_RANK[value] < VERSION_RANK[MIN_TLS_VERSION]!;

/** OpenSSL method names (`secureProtocol`) that pin SSLv2, SSLv3, TLS 1.0 or TLS 1.1. */
export const isWeakSecureProtocol = (value: string): boolean => /^(?:SSLv2|SSLv3|TLSv1|TLSv1_1)_(?:client_|server_)?method$/.test(value);

/** The environment variable whose value `'0'` turns off certificate verification process-wide. */
export const NODE_TLS_REJECT_ENV = 'NODE_TLS_REJECT_UNAUTHORIZED';
