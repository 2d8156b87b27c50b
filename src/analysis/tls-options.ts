/**
 * Which option objects provably reach Node's TLS layer, and through which API. Only calls whose callee resolves to a
 * known module member count (see modules.ts); an object that merely *looks* like TLS options is never enough.
 *
 * | API | options that reach TLS |
 * |---|---|
 * | `https.request / get(url?, options)`, `new https.Agent(options)` | the options object (client) |
 * | `https.createServer(options)`, `tls.createServer(options)`, `http2.createSecureServer(options)` | server |
 * | `tls.connect([port, host,] options)`, `http2.connect(authority, options)` | client |
 * | `tls.createSecureContext(options)`, `new tls.TLSSocket(socket, options)` | secure context |
 * | undici `new Agent({ connect })`, `new Pool / Client(url, { connect })`, `new ProxyAgent({ requestTls, proxyTls })`, `buildConnector(options)` | client (what `fetch({ dispatcher })` uses) |
 * | got `got(url, { https })`, `got.get / post / … / extend({ https })` | client (`https` sub-object) |
 *
 * Agents given to other clients (axios `httpsAgent`, node-fetch `agent`, stripe-node `httpAgent` or
 * `Stripe.createNodeHttpClient(agent)`) are covered by their own `new https.Agent(...)` construction.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode } from './ast.js';
import { isModuleRef, moduleRefOf, type ModuleRef } from './modules.js';
import { spellingTerm, type SpellingTerm } from './string-use.js';
import { localFunctionOf, memberName, objectEntry, propertyKey, staticValue, unwrap, variableOf } from './values.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** `client`: verifies a server (certificate checks apply); `server` / `context`: protocol versions only. */
export type TlsRole = 'client' | 'server' | 'context';

export interface TlsOptionsSite {
  /** Expression that is (or resolves to) the options object. */
  options: Node;
  role: TlsRole;
  /** How the options reach TLS, for messages: `https.request`, `undici.Agent connect`. */
  via: string;
  /**
   * A proxy's options (http-proxy, http-proxy-middleware): its `secure` is `rejectUnauthorized` for the `target` it
   * forwards to, judged only where that target is written out and is no loopback host (most are development proxies).
   */
  proxy?: true;
}

interface Sink {
  module: string;
  path: string;
  /** Argument positions that may hold the options object. */
  args: readonly number[];
  /** Keys of the options object whose values are the TLS options (undici `connect`, got `https`). */
  sub?: readonly string[];
  role: TlsRole;
  /** A proxy's options (`TlsOptionsSite.proxy`). */
  proxy?: true;
}

/** The proxies whose options say `secure: false` for `rejectUnauthorized: false` towards their target (real-world batch 274). */
const PROXY_SINKS: readonly Sink[] = [
  ...['createProxyServer', 'createServer', 'createProxy'].map((path): Sink => ({ module: 'http-proxy', path, args: [0], role: 'client', proxy: true })),
  ...['createProxyMiddleware', 'legacyCreateProxyMiddleware'].map((path): Sink => ({ module: 'http-proxy-middleware', path, args: [0, 1], role: 'client', proxy: true })),
];

const GOT_METHODS = ['', 'get', 'post', 'put', 'patch', 'delete', 'head', 'stream', 'extend', 'paginate'];
const UNDICI_DISPATCHERS: readonly [string, number][] = [
  ['Agent', 0],
  ['Pool', 1],
  ['Client', 1],
  ['BalancedPool', 1],
];

const SINKS: readonly Sink[] = [
  { module: 'https', path: 'request', args: [0, 1], role: 'client' },
  { module: 'https', path: 'get', args: [0, 1], role: 'client' },
  { module: 'https', path: 'Agent', args: [0], role: 'client' },
  { module: 'https', path: 'createServer', args: [0], role: 'server' },
  { module: 'https', path: 'Server', args: [0], role: 'server' },
  { module: 'tls', path: 'connect', args: [0, 1, 2], role: 'client' },
  { module: 'tls', path: 'createSecureContext', args: [0], role: 'context' },
  { module: 'tls', path: 'createServer', args: [0], role: 'server' },
  { module: 'tls', path: 'Server', args: [0], role: 'server' },
  { module: 'tls', path: 'TLSSocket', args: [1], role: 'context' },
  { module: 'http2', path: 'connect', args: [1], role: 'client' },
  { module: 'http2', path: 'createSecureServer', args: [0], role: 'server' },
  ...UNDICI_DISPATCHERS.map(([path, arg]): Sink => ({ module: 'undici', path, args: [arg], sub: ['connect'], role: 'client' })),
  { module: 'undici', path: 'ProxyAgent', args: [0], sub: ['requestTls', 'proxyTls'], role: 'client' },
  { module: 'undici', path: 'EnvHttpProxyAgent', args: [0], sub: ['connect', 'requestTls', 'proxyTls'], role: 'client' },
  { module: 'undici', path: 'buildConnector', args: [0], role: 'client' },
  ...GOT_METHODS.map((path): Sink => ({ module: 'got', path, args: [0, 1, 2], sub: ['https'], role: 'client' })),
  ...PROXY_SINKS,
];

const SINK_BY_KEY = new Map(SINKS.map((sink) => [`${sink.module}:${sink.path}`, sink]));

/** Module specifiers as a string literal writes them, quotes included (`'https'`, `"https"`, a template's). */
const quotedSpecifiers = (names: readonly string[]): string[] => ["'", '"', '`'].flatMap((quote) => names.map((name) => `${quote}${name}${quote}`));

/** Module names whose members can be TLS sinks (for exact text prefilters: specifiers are always literal). */
export const TLS_MODULES: readonly string[] = ['https', 'tls', 'http2', 'undici', 'got'];
/**
 * The proxies' specifiers as written, quotes included (`PROXY_SINKS`), and the option that matters there. Asked of
 * every file (no-weak-tls's prefilter): answered by the shared scan (searched alone, the two proxies' terms took 10 ms
 * of the bench corpus's 10 s parse).
 */
export const PROXY_TERMS: readonly SpellingTerm[] = [spellingTerm(quotedSpecifiers(['http-proxy', 'http-proxy-middleware']), { everyFile: true })];
export const PROXY_OPTION_TERMS: readonly SpellingTerm[] = [spellingTerm(['secure'])];
/** express-http-proxy's specifier as written, quotes included (`isProxyRequestOptions`; asked of every file too). */
export const EXPRESS_PROXY_TERMS: readonly SpellingTerm[] = [spellingTerm(quotedSpecifiers(['express-http-proxy']), { everyFile: true })];

/**
 * Is `node` the request options express-http-proxy hands its `proxyReqOptDecorator` (real-world batch 274: API
 * gateways): the first parameter of the function written as that option of a call of the module's export, `proxy(host,
 * { proxyReqOptDecorator(options) { options.rejectUnauthorized = false; return options; } })`? What is written into it
 * goes into the `https.request` options of every proxied request.
 */
export function isProxyRequestOptions(node: Node, sourceCode: SourceCode): boolean {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  const def = variableOf(target, sourceCode)?.defs[0];
  if (def?.type !== 'Parameter') return false;
  const fn = def.node as Node;
  if ((fn.type !== AST_NODE_TYPES.FunctionExpression && fn.type !== AST_NODE_TYPES.ArrowFunctionExpression) || fn.params[0] !== def.name) return false;
  const property = fn.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== fn || propertyKey(property, sourceCode) !== 'proxyReqOptDecorator') return false;
  const call = property.parent.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[1] !== property.parent) return false;
  const ref = moduleRefOf(call.callee, sourceCode);
  return ref !== null && ref.module === 'express-http-proxy' && (ref.path.length === 0 || (ref.path.length === 1 && ref.path[0] === 'default'));
}

/**
 * The specifiers of the TLS modules as written in a string literal, quotes included (`'https'`, `"node:tls"`; a
 * template too), as one text-scan term (`sourceMaySpell`): `moduleRefOf` reaches a TLS sink only from one of them,
 * so a file whose text cannot spell any (escapes included) has none.
 */
export const TLS_SPECIFIER_TERMS: readonly SpellingTerm[] = [
  spellingTerm(quotedSpecifiers(['', 'node:'].flatMap((prefix) => TLS_MODULES.map((name) => `${prefix}${name}`))), { everyFile: true }),
];

function sinkOf(ref: ModuleRef | null): Sink | undefined {
  if (!ref || ref.path.length > 1) return undefined;
  return SINK_BY_KEY.get(`${ref.module}:${ref.path[0] ?? ''}`);
}

const describe = (sink: Sink, sub?: string): string =>
  `${sink.module}${sink.path ? `.${sink.path}` : ''}${sub ? ` ${sub}` : ''}`;

/** Member names a sink callee can end with (`https.request`, `got.default`); a cheap filter before scope work. */
const SINK_MEMBER_NAMES = new Set([...SINKS.map((sink) => sink.path), 'default']);

/** The option objects of a call / construction that reach TLS (empty for anything else). */
export function tlsOptionsOf(node: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: SourceCode): TlsOptionsSite[] {
  const callee = node.callee;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(callee, sourceCode);
    if (name === null || !SINK_MEMBER_NAMES.has(name)) return [];
  } else if (callee.type !== AST_NODE_TYPES.Identifier) {
    return [];
  }
  const sink = sinkOf(moduleRefOf(callee, sourceCode));
  if (!sink) return [];
  const out: TlsOptionsSite[] = [];
  for (const index of sink.args) {
    const arg = node.arguments[index];
    if (!arg || arg.type === AST_NODE_TYPES.SpreadElement) continue;
    if (!sink.sub) {
      out.push({ options: arg, role: sink.role, via: describe(sink), ...(sink.proxy ? { proxy: true as const } : {}) });
      continue;
    }
    for (const key of sink.sub) {
      const entry = objectEntry(arg, sourceCode, key);
      if (entry) out.push({ options: entry.value, role: sink.role, via: describe(sink, key) });
    }
  }
  return out;
}

export interface TlsGlobalSetting {
  /** The option being set: `minVersion`, `rejectUnauthorized`, `DEFAULT_MIN_VERSION`. */
  option: string;
  role: TlsRole;
  via: string;
}

/** `tls` module properties that set a process-wide protocol version. */
const TLS_DEFAULTS: ReadonlySet<string> = new Set(['DEFAULT_MIN_VERSION', 'DEFAULT_MAX_VERSION']);

/**
 * An assignment target that sets a process-wide TLS default: `tls.DEFAULT_MIN_VERSION`, `tls.DEFAULT_MAX_VERSION`,
 * `https.globalAgent.options.<option>`.
 */
export function tlsGlobalSettingOf(target: TSESTree.MemberExpression, sourceCode: SourceCode): TlsGlobalSetting | null {
  // Named before any scope work: one of TLS_DEFAULTS, or a member of an `options` member.
  const name = memberName(target, sourceCode);
  if (name !== null && !TLS_DEFAULTS.has(name)) {
    const object = unwrap(target.object);
    if (object.type !== AST_NODE_TYPES.MemberExpression || memberName(object, sourceCode) !== 'options') return null;
  }
  const ref = moduleRefOf(target, sourceCode);
  if (!ref) return null;
  const [first] = ref.path;
  if (ref.module === 'tls' && ref.path.length === 1 && first !== undefined && TLS_DEFAULTS.has(first)) {
    return { option: first, role: 'context', via: `tls.${first}` };
  }
  if (ref.module === 'https' && ref.path.length === 3 && ref.path[0] === 'globalAgent' && ref.path[1] === 'options') {
    return { option: ref.path[2]!, role: 'client', via: 'https.globalAgent.options' };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Electron: its Chromium network stack (the app's windows, Stripe.js's requests from them) has overrides of its own.

/**
 * The words every Electron certificate override spells, as one text-scan term (`ignore-certificate-errors` holds
 * `certificate-error`: two words, one anchor fewer; about 6 ms over the bench corpus).
 */
export const ELECTRON_OVERRIDE_TERMS: readonly SpellingTerm[] = [spellingTerm(['certificate-error', 'setCertificateVerifyProc'], { everyFile: true })];
/** The `electron` module's specifier as written, quotes included. */
export const ELECTRON_SPECIFIER_TERMS: readonly SpellingTerm[] = [spellingTerm(["'electron'", '"electron"', '`electron`', "'electron/main'", '"electron/main"'])];

export interface ElectronCertificateOverride {
  /** Where to report: the switch's call, or the handler's call that trusts the certificate. */
  node: TSESTree.CallExpression;
  /** The override as the message names it. */
  what: string;
}

/**
 * An Electron override that turns certificate verification off for the app's pages (real-world batch 248: a POS app's
 * main process): `app.commandLine.appendSwitch('ignore-certificate-errors')` (`app` from `electron`), a
 * `certificate-error` handler (`app.on`, a window's `webContents.on`) that calls its callback with `true`, and a
 * `setCertificateVerifyProc` procedure that calls its callback with `0` (trusted) — each unconditionally, as a
 * statement of the handler's body: one that trusts a development host only (`if (url.startsWith('https://localhost'))`)
 * is not judged. `inElectronFile`: the file imports `electron` (a window's `webContents` is not resolved to it).
 */
export function electronCertificateOverride(call: TSESTree.CallExpression, sourceCode: SourceCode, inElectronFile: boolean): ElectronCertificateOverride | null {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = memberName(callee, sourceCode);
  const [first, second] = call.arguments;
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return null;
  if (method === 'appendSwitch' || method === 'appendArgument') {
    // (Chromium's switch also as a raw argument, dashes included: `appendArgument('--ignore-certificate-errors')`;
    // real-world batch 274.)
    const written = staticValue(first, sourceCode);
    if (typeof written !== 'string' || written.replace(/^--/, '') !== 'ignore-certificate-errors' || !runsUnconditionally(call)) return null;
    const ref = moduleRefOf(callee, sourceCode);
    return isModuleRef(ref, ELECTRON_MODULES, ['app', 'commandLine', method])
      ? { node: call, what: `\`app.commandLine.${method}('${written}')\`` }
      : null;
  }
  if (!inElectronFile || !runsUnconditionally(call)) return null;
  if (method !== null && LISTENING_METHODS.has(method) && second && second.type !== AST_NODE_TYPES.SpreadElement && staticValue(first, sourceCode) === 'certificate-error') {
    const trusting = unconditionalCallbackCall(second, sourceCode, true);
    return trusting ? { node: trusting, what: 'A `certificate-error` handler that calls back with `true`' } : null;
  }
  if (method === 'setCertificateVerifyProc') {
    const trusting = unconditionalCallbackCall(first, sourceCode, 0);
    return trusting ? { node: trusting, what: 'A certificate verify procedure that calls back with `0`' } : null;
  }
  return null;
}

/** The `electron` module, also as its process entry points name it. */
const ELECTRON_MODULES: readonly string[] = ['electron', 'electron/main'];
const LISTENING_METHODS: ReadonlySet<string> = new Set(['on', 'once', 'addListener', 'prependListener']);

/**
 * Is a call a statement that runs whenever its function (or the module) does: not under an `if`, a `?:`, a `&&` /
 * `||` / `??`, a loop or a `switch` case inside it (an override for development only, `if (isDev)
 * app.commandLine.appendSwitch(…)`, `!app.isPackaged && …`; real-world batch 250)?
 */
function runsUnconditionally(call: TSESTree.CallExpression): boolean {
  let child: Node = call;
  for (let parent = call.parent; parent; child = parent, parent = parent.parent) {
    if (isFunctionNode(parent) || parent.type === AST_NODE_TYPES.Program) return true;
    if (CONDITIONAL_PARENTS.has(parent.type)) {
      // (The test of an `if` always runs; its branches may not.)
      if (parent.type === AST_NODE_TYPES.IfStatement && parent.test === child) continue;
      if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.left === child) continue;
      return false;
    }
  }
  return true;
}
const CONDITIONAL_PARENTS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.IfStatement,
  AST_NODE_TYPES.ConditionalExpression,
  AST_NODE_TYPES.LogicalExpression,
  AST_NODE_TYPES.SwitchCase,
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.ForInStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
  AST_NODE_TYPES.CatchClause,
]);

/**
 * The call of one of a handler's parameters (not its first, the event or request) with `verdict`, made as a
 * statement of the handler's own body (or as its expression body): it runs whatever the certificate.
 */
function unconditionalCallbackCall(handler: Node, sourceCode: SourceCode, verdict: unknown): TSESTree.CallExpression | null {
  let fn: Node | null = unwrap(handler);
  if (fn.type === AST_NODE_TYPES.Identifier) fn = localFunctionOf(fn, sourceCode);
  if (!fn || !isFunctionNode(fn)) return null;
  const callbacks = new Set(fn.params.slice(1).flatMap((param) => (param.type === AST_NODE_TYPES.Identifier ? [param.name] : [])));
  const body = fn.body;
  // (`callback(true)` as a statement, or returned: `return callback(true)`.)
  const expressions =
    body.type === AST_NODE_TYPES.BlockStatement
      ? body.body.flatMap((statement) =>
          statement.type === AST_NODE_TYPES.ExpressionStatement ? [statement.expression] : statement.type === AST_NODE_TYPES.ReturnStatement && statement.argument ? [statement.argument] : [],
        )
      : [body];
  for (const expression of expressions) {
    const target = unwrap(expression);
    if (target.type !== AST_NODE_TYPES.CallExpression || target.callee.type !== AST_NODE_TYPES.Identifier || !callbacks.has(target.callee.name)) continue;
    const [arg] = target.arguments;
    if (arg && arg.type !== AST_NODE_TYPES.SpreadElement && staticValue(arg, sourceCode) === verdict) return target;
  }
  return null;
}
