import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isInDevelopmentBuildOnly } from '../analysis/build-flags.js';
import { isProcessEnv, isProcessEnvMember } from '../analysis/modules.js';
import { sourceMaySpell, sourceSpellsPlainly, spellingTerm } from '../analysis/string-use.js';
import {
  electronCertificateOverride,
  ELECTRON_OVERRIDE_TERMS,
  ELECTRON_SPECIFIER_TERMS,
  tlsGlobalSettingOf,
  tlsOptionsOf,
  TLS_SPECIFIER_TERMS,
  EXPRESS_PROXY_TERMS,
  isProxyRequestOptions,
  PROXY_OPTION_TERMS,
  PROXY_TERMS,
  type TlsRole,
} from '../analysis/tls-options.js';
import { isObjectAssign, memberName, objectEntries, propertyKey, staticValue, unwrap } from '../analysis/values.js';
import { isWeakSecureProtocol, isWeakTlsVersion, MAX_TLS_VERSION, MIN_TLS_VERSION, NODE_TLS_REJECT_ENV } from '../stripe/tls.js';
import { createRule } from '../util/create-rule.js';

type Node = TSESTree.Node;

export const MESSAGE_IDS = [
  'weakVersion',
  'weakSecureProtocol',
  'noCertificateCheck',
  'noHostnameCheck',
  'noCertificateCheckEnv',
  'noCertificateCheckElectron',
  'useVersion',
  'useMinVersion',
  'verifyCertificates',
  'removeEnvOverride',
  'removeSwitch',
] as const;
export type MessageIds = (typeof MESSAGE_IDS)[number];

const ENV_TERMS = [spellingTerm([NODE_TLS_REJECT_ENV], { everyFile: true })];
/** The version options and global defaults judged (`checkOption`). */
const VERSION_OPTIONS: ReadonlySet<string> = new Set(['minVersion', 'maxVersion', 'DEFAULT_MIN_VERSION', 'DEFAULT_MAX_VERSION']);
/** How express-http-proxy's decorated request options reach TLS, for messages. */
const EXPRESS_PROXY_VIA = 'express-http-proxy proxyReqOptDecorator';
/** A proxy's option that is `rejectUnauthorized` towards its target (http-proxy, http-proxy-middleware). */
const PROXY_SECURE = 'secure';
/**
 * Every option name `checkOption` judges, as one text-scan term: an options object's key or a global setting's target
 * names one as written (escapes included), so a file that spells none has nothing to report there. A key assembled by
 * evaluation (`['reject' + 'Unauthorized']`) is not covered (see Limitations).
 */
const OPTION_TERMS = [spellingTerm([...VERSION_OPTIONS, 'secureProtocol', 'rejectUnauthorized', 'checkServerIdentity'])];
/** What a certificate probe does with its TLS socket: read the certificate and the session, listen, time out, close. */
const PROBE_MEMBERS: ReadonlySet<string> = new Set([
  'getPeerCertificate', 'getPeerX509Certificate', 'getCertificate', 'getCipher', 'getProtocol', 'getEphemeralKeyInfo',
  'authorized', 'authorizationError', 'alpnProtocol', 'servername', 'remoteAddress',
  'on', 'once', 'off', 'removeListener', 'removeAllListeners', 'setTimeout', 'destroy', 'end',
]);
/** Hosts that name this machine: a connection to them leaves it for no network. */
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/**
 * A proxy's `target` written out as an `https:` URL to a host that is not this machine: where its `secure: false`
 * turns certificate checks off for traffic that leaves it (a development proxy to `https://localhost:3001`, or one whose
 * target comes from the environment, is not judged).
 */
function remoteProxyTarget(entries: readonly { key: string; value: Node }[], sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const target = entries.find((e) => e.key === 'target')?.value;
  const url = target ? staticValue(target, sourceCode) : undefined;
  if (typeof url !== 'string' || !/^https:\/\//i.test(url)) return false;
  try {
    return !LOOPBACK_HOSTS.has(new URL(url).hostname.toLowerCase());
  } catch {
    return false;
  }
}

/** A string literal written directly at `node` (so replacing it edits only this option). */
const directLiteral = (node: Node): TSESTree.StringLiteral | null => {
  const target = unwrap(node);
  return target === node && target.type === AST_NODE_TYPES.Literal && typeof target.value === 'string' ? (target as TSESTree.StringLiteral) : null;
};

/** `text` quoted like the string written at `node` (single quotes when it is not a double-quoted literal). */
const quoteLike = (node: Node, text: string, sourceText: string): string => {
  const quote = sourceText[node.range[0]] === '"' ? '"' : "'";
  return `${quote}${text}${quote}`;
};

/** Assignments that write a setting: plain, and the logical ones, which write it on some path. */
const SETTING_ASSIGNMENTS: ReadonlySet<string> = new Set(['=', '??=', '||=', '&&=']);

/** Statement lists from which a statement can be removed without leaving an empty `if (…)` / loop body. */
const STATEMENT_LISTS = new Set<string>([
  AST_NODE_TYPES.Program,
  AST_NODE_TYPES.BlockStatement,
  AST_NODE_TYPES.StaticBlock,
  AST_NODE_TYPES.SwitchCase,
  AST_NODE_TYPES.TSModuleBlock,
]);

export default createRule<[], MessageIds>({
  name: 'no-weak-tls',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow TLS settings below TLS 1.2 and disabled certificate verification',
      recommended: 'recommended',
      saq: 'A-requirement',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      weakVersion:
        "{{option}}: '{{value}}' ({{via}}) allows or forces TLS below 1.2. Stripe requires TLS 1.2 or above and refuses older clients, and PCI DSS requirement 4 forbids early TLS. Use '{{fixed}}'.",
      weakSecureProtocol:
        "secureProtocol: '{{value}}' ({{via}}) pins SSL / early TLS, below the TLS 1.2 that Stripe and PCI DSS requirement 4 require. Remove it and set minVersion: 'TLSv1.2'.",
      noCertificateCheck:
        '{{option}}: false ({{via}}) turns off certificate verification, so anyone on the network path can impersonate the server and read payment data and API keys (PCI DSS requirement 4). Keep verification on; trust a private CA with the `ca` option instead.',
      noHostnameCheck:
        "checkServerIdentity ({{via}}) accepts every certificate's host name: any certificate a public CA issued, for any domain, passes for the server's, so anyone on the network path can impersonate it (PCI DSS requirement 4). Remove it; Node checks the host name by default.",
      noCertificateCheckEnv:
        "Setting NODE_TLS_REJECT_UNAUTHORIZED to '0' turns off certificate verification for every TLS and HTTPS connection of the process, Stripe's included (PCI DSS requirement 4). Remove it; trust a private CA with NODE_EXTRA_CA_CERTS instead.",
      noCertificateCheckElectron:
        "{{what}} turns off certificate verification for the app's pages, so anyone on the network path can impersonate Stripe to Stripe.js and read card data (PCI DSS requirement 4). Remove it; trust a private CA through the system's certificate store instead.",
      useVersion: "Use '{{fixed}}'.",
      useMinVersion: "Replace it with minVersion: 'TLSv1.2'.",
      verifyCertificates: 'Set it to true (verify certificates).',
      removeEnvOverride: 'Remove this assignment.',
      removeSwitch: 'Remove this switch.',
    },
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    // TLS sinks and global settings resolve only from a specifier of https, tls, http2, undici or got (exact,
    // escapes included), and are judged only on the options named in OPTION_TERMS; the certificate-check override
    // needs the variable's name written out (see Limitations). All come from the plugin's one text scan per file.
    const mayDecorateProxy = sourceMaySpell(sourceCode, EXPRESS_PROXY_TERMS) && sourceMaySpell(sourceCode, OPTION_TERMS);
    // (A proxy's `secure` needs its own specifier: http-proxy's and http-proxy-middleware's.)
    const mayReachTls =
      (sourceMaySpell(sourceCode, TLS_SPECIFIER_TERMS) && sourceMaySpell(sourceCode, OPTION_TERMS)) ||
      (sourceMaySpell(sourceCode, PROXY_TERMS) && sourceMaySpell(sourceCode, PROXY_OPTION_TERMS));
    const maySetEnv = sourceSpellsPlainly(sourceCode, ENV_TERMS);
    const mayOverrideElectron = sourceSpellsPlainly(sourceCode, ELECTRON_OVERRIDE_TERMS);
    if (!mayReachTls && !maySetEnv && !mayOverrideElectron && !mayDecorateProxy) return {};
    const reported = new Set<Node>();

    /** A function written in place that returns nothing, `undefined` or `null` on every path: `() => undefined`, `() => {}`. */
    function acceptsEveryHost(value: Node): boolean {
      const fn = unwrap(value);
      if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) return false;
      const accepts = (node: Node | null | undefined): boolean =>
        !node || (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined') || (node.type === AST_NODE_TYPES.Literal && node.value === null) ||
        (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void');
      if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return accepts(unwrap(fn.body));
      return fn.body.body.every((statement) => statement.type === AST_NODE_TYPES.EmptyStatement || (statement.type === AST_NODE_TYPES.ReturnStatement && accepts(statement.argument && unwrap(statement.argument))));
    }

    /**
     * A `tls.connect` that only looks at the server's certificate (real-world batch 274: an SSL checker's and an uptime
     * monitor's probes): its socket, held in a const, is only read (`getPeerCertificate()`, `authorized`, `getProtocol()`),
     * listened to, timed out and closed, never written to, piped or handed on. It must not reject what it is asked to
     * report on, and sends nothing over the connection.
     */
    function isCertificateProbe(call: TSESTree.CallExpression): boolean {
      const declarator = call.parent;
      if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== call || declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
      const variable = sourceCode.getDeclaredVariables(declarator)[0];
      const reads = variable?.references.filter((ref) => !ref.init) ?? [];
      return (
        reads.length > 0 &&
        reads.every((ref) => {
          const member = ref.identifier.parent;
          if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== ref.identifier || ref.isWrite()) return false;
          const name = memberName(member, sourceCode);
          if (name === null || !PROBE_MEMBERS.has(name)) return false;
          const use = member.parent;
          // `socket.end()` with no data writes nothing; `socket.end(data)` does.
          return name !== 'end' || (use?.type === AST_NODE_TYPES.CallExpression && use.callee === member && use.arguments.length === 0);
        })
      );
    }

    /** An object that is a process's environment: it spreads `process.env`, is assigned into it, or is an `env` option. */
    function isEnvironmentObject(object: TSESTree.ObjectExpression): boolean {
      if (object.properties.some((p) => p.type === AST_NODE_TYPES.SpreadElement && isProcessEnv(p.argument, sourceCode))) return true;
      const parent = object.parent;
      if (parent.type === AST_NODE_TYPES.Property && parent.value === object && propertyKey(parent, sourceCode) === 'env') return true;
      if (parent.type !== AST_NODE_TYPES.CallExpression || parent.arguments[0] === object || !isObjectAssign(parent, sourceCode)) return false;
      const target = parent.arguments[0];
      return target !== undefined && target.type !== AST_NODE_TYPES.SpreadElement && isProcessEnv(target, sourceCode);
    }

    function report(descriptor: TSESLint.ReportDescriptor<MessageIds> & { node: Node }): void {
      if (reported.has(descriptor.node)) return; // one options object can reach several sinks
      reported.add(descriptor.node);
      // Written where only a development build holds it (`if (import.meta.env.DEV) agent = new https.Agent({
      // rejectUnauthorized: false })`; real-world batch 298): a production build drops it.
      if (isInDevelopmentBuildOnly(descriptor.node, sourceCode)) return;
      context.report(descriptor);
    }

    function versionSuggestion(value: Node, fixed: string): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const literal = directLiteral(value);
      return literal
        ? [{ messageId: 'useVersion', data: { fixed }, fix: (fixer) => fixer.replaceText(literal, quoteLike(literal, fixed, sourceCode.text)) }]
        : [];
    }

    /** One option (key + value) of an options object or a global setting. */
    function checkOption(option: string, value: Node, role: TlsRole, via: string, siblings: readonly string[] | null, property: TSESTree.Property | null): void {
      const resolved = staticValue(value, sourceCode);
      if (VERSION_OPTIONS.has(option) && typeof resolved === 'string') {
        if (!isWeakTlsVersion(resolved)) return;
        const fixed = option.toLowerCase().includes('max') ? MAX_TLS_VERSION : MIN_TLS_VERSION;
        report({ node: value, messageId: 'weakVersion', data: { option, value: resolved, via, fixed }, suggest: versionSuggestion(value, fixed) });
        return;
      }
      if (option === 'secureProtocol' && typeof resolved === 'string') {
        if (!isWeakSecureProtocol(resolved)) return;
        // Node rejects secureProtocol together with minVersion / maxVersion, so only swap when neither is set.
        const swappable =
          property !== null &&
          !property.computed &&
          !property.shorthand &&
          property.value === value &&
          siblings !== null &&
          !siblings.includes('minVersion') &&
          !siblings.includes('maxVersion');
        report({
          node: value,
          messageId: 'weakSecureProtocol',
          data: { value: resolved, via },
          suggest: swappable
            ? [{ messageId: 'useMinVersion', fix: (fixer) => fixer.replaceText(property, `minVersion: ${quoteLike(value, MIN_TLS_VERSION, sourceCode.text)}`) }]
            : [],
        });
        return;
      }
      // A host-name check that accepts everything (`checkServerIdentity: () => undefined`; real-world batch 274).
      if (option === 'checkServerIdentity' && role === 'client' && acceptsEveryHost(value)) {
        report({ node: value, messageId: 'noHostnameCheck', data: { via } });
        return;
      }
      if (option === 'rejectUnauthorized' && role === 'client' && resolved === false) {
        const target = unwrap(value);
        const literal = target === value && target.type === AST_NODE_TYPES.Literal ? target : null;
        report({
          node: value,
          messageId: 'noCertificateCheck',
          data: { option, via },
          suggest: literal ? [{ messageId: 'verifyCertificates', fix: (fixer) => fixer.replaceText(literal, 'true') }] : [],
        });
      }
    }

    function checkCall(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      for (const site of tlsOptionsOf(node, sourceCode)) {
        const entries = objectEntries(site.options, sourceCode);
        if (!entries) continue;
        const keys = entries.map((e) => e.key);
        // A request to this machine (`hostname: 'localhost'` in the same options: a script checking its own dev server
        // over a self-signed certificate; real-world batch EY) leaves it for no network: its certificate goes unchecked.
        // Nor does a certificate probe send anything (`isCertificateProbe`).
        const unchecked =
          entries.some((e) => (e.key === 'host' || e.key === 'hostname') && LOOPBACK_HOSTS.has(String(staticValue(e.value, sourceCode)).toLowerCase())) ||
          (site.via === 'tls.connect' && node.type === AST_NODE_TYPES.CallExpression && isCertificateProbe(node));
        if (site.proxy) {
          // http-proxy's `secure: false`: `rejectUnauthorized: false` towards a remote target written out.
          const secure = entries.find((e) => e.key === PROXY_SECURE);
          if (secure && staticValue(secure.value, sourceCode) === false && remoteProxyTarget(entries, sourceCode)) {
            const literal = secure.value.type === AST_NODE_TYPES.Literal ? secure.value : null;
            report({
              node: secure.value,
              messageId: 'noCertificateCheck',
              data: { option: PROXY_SECURE, via: site.via },
              suggest: literal ? [{ messageId: 'verifyCertificates', fix: (fixer) => fixer.replaceText(literal, 'true') }] : [],
            });
          }
          continue;
        }
        for (const entry of entries) {
          if (unchecked && entry.key === 'rejectUnauthorized') continue;
          checkOption(entry.key, entry.value, site.role, site.via, keys, entry.property);
        }
      }
    }

    /** Electron's certificate overrides (tls-options.ts), in a file that spells one. */
    let inElectronFile: boolean | undefined;
    function checkElectron(node: TSESTree.CallExpression): void {
      const override = electronCertificateOverride(node, sourceCode, (inElectronFile ??= sourceSpellsPlainly(sourceCode, ELECTRON_SPECIFIER_TERMS)));
      if (!override) return;
      const statement = override.node.parent;
      const removable = override.node === node && statement.type === AST_NODE_TYPES.ExpressionStatement && statement.parent && STATEMENT_LISTS.has(statement.parent.type);
      report({
        node: override.node,
        messageId: 'noCertificateCheckElectron',
        data: { what: override.what },
        suggest: removable ? [{ messageId: 'removeSwitch', fix: (fixer) => fixer.remove(statement) }] : [],
      });
    }

    const calls = {
      ...(mayReachTls ? { NewExpression: checkCall } : {}),
      ...(mayReachTls || mayOverrideElectron
        ? {
            CallExpression(node: TSESTree.CallExpression) {
              if (mayReachTls) checkCall(node);
              if (mayOverrideElectron) checkElectron(node);
            },
          }
        : {}),
    };
    return {
      ...calls,
      // The variable set in an environment object: a child process's (`spawn(cmd, args, { env: { ...process.env,
      // NODE_TLS_REJECT_UNAUTHORIZED: '0' } })`), a process manager's app (`env: { … }` of a PM2 config), or the
      // process's own (`Object.assign(process.env, { … })`); real-world batch 274.
      ...(maySetEnv
        ? {
            Property(node: TSESTree.Property) {
              if (node.parent.type !== AST_NODE_TYPES.ObjectExpression || propertyKey(node, sourceCode) !== NODE_TLS_REJECT_ENV) return;
              const value = staticValue(node.value, sourceCode);
              if ((value !== '0' && value !== 0) || !isEnvironmentObject(node.parent)) return;
              report({ node, messageId: 'noCertificateCheckEnv' });
            },
          }
        : {}),
      AssignmentExpression(node) {
        // `??=` / `||=` / `&&=` write the value on some path too (`process.env.NODE_TLS_REJECT_UNAUTHORIZED ??= '0'`:
        // real-world batch EO); arithmetic or bitwise compound assignments write no setting.
        if (!SETTING_ASSIGNMENTS.has(node.operator) || node.left.type !== AST_NODE_TYPES.MemberExpression) return;
        if (maySetEnv && isProcessEnvMember(node.left, NODE_TLS_REJECT_ENV, sourceCode)) {
          const value = staticValue(node.right, sourceCode);
          if (value !== '0' && value !== 0) return;
          const statement = node.parent;
          report({
            node,
            messageId: 'noCertificateCheckEnv',
            suggest:
              statement.type === AST_NODE_TYPES.ExpressionStatement && statement.parent && STATEMENT_LISTS.has(statement.parent.type)
                ? [{ messageId: 'removeEnvOverride', fix: (fixer) => fixer.remove(statement) }]
                : [],
          });
          return;
        }
        const setting = mayReachTls ? tlsGlobalSettingOf(node.left, sourceCode) : null;
        if (setting) checkOption(setting.option, node.right, setting.role, setting.via, null, null);
        // express-http-proxy's request options, written in its decorator: `options.rejectUnauthorized = false`.
        else if (mayDecorateProxy && memberName(node.left, sourceCode) === 'rejectUnauthorized' && isProxyRequestOptions(node.left.object, sourceCode)) {
          checkOption('rejectUnauthorized', node.right, 'client', EXPRESS_PROXY_VIA, null, null);
        }
      },
    };
  },
});
