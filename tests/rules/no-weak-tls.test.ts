import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import rule from '../../src/rules/no-weak-tls.js';

const ruleTester = new RuleTester();
const cjs = { parser: espree, parserOptions: { sourceType: 'commonjs', ecmaVersion: 'latest' } } as const;
/** Process-wide settings written with logical assignments, one behind a local-only guard. */
const LOGICAL_SETTINGS = `
        import https from 'node:https';
        if (/^https:\\/\\/localhost(?::|\\/|$)/.test(appBaseUrl)) {
          process.env.NODE_TLS_REJECT_UNAUTHORIZED ??= "0";
        }
        process.env.NODE_TLS_REJECT_UNAUTHORIZED ||= 0;
        https.globalAgent.options.rejectUnauthorized &&= false;
      `;

/** Agents under a run-time check and a build flag, the insecure options written outside the flag's branch. */
const RUN_TIME_CHECKED_AGENT = `import https from 'node:https';

const insecure = { rejectUnauthorized: false };
export const agent =
  process.env.NODE_ENV !== 'production'
    ? new https.Agent({ rejectUnauthorized: false })
    : import.meta.env.DEV
      ? new https.Agent(insecure)
      : undefined;
`;

ruleTester.run('no-weak-tls', rule, {
  valid: [
    // An agent only a development build holds: Vite / Astro write \`import.meta.env.DEV\` in as \`false\` for production,
    // which drops the branch (real-world batch 298: a CMS client fetching a self-signed local CMS in development)
    {
      code: `import { dev } from '$app/environment';

export class CmsClient {
  constructor(private readonly baseUrl: string) {}

  private async fetch<T>(endpoint: string): Promise<T> {
    const url = \`\${this.baseUrl}/api\${endpoint}\`;
    const fetchOptions: RequestInit & { agent?: unknown } = {};
    if (import.meta.env.DEV && url.startsWith('https://')) {
      fetchOptions.agent = new (await import('https')).Agent({ rejectUnauthorized: false });
    }
    const agent = dev ? new (await import('node:https')).Agent({ rejectUnauthorized: false }) : undefined;
    const response = await fetch(url, { ...fetchOptions, agent } as RequestInit);
    return (await response.json()) as T;
  }
}
`,
      filename: 'apps/web/src/lib/cms.ts',
    },
    // A certificate probe (real-world batch 274: an analytics tool's SSL checker): its socket is only read and closed,
    // nothing is sent, and it must not reject the certificates it reports on. A socket written to is judged (invalid).
    {
      code: `import tls from 'node:tls';

export function certificateExpiry(host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host, port: 443, servername: host, rejectUnauthorized: false }, () => {
      const certificate = socket.getPeerCertificate();
      const trusted = socket.authorized;
      socket.end();
      resolve(trusted ? certificate.valid_to : 'untrusted');
    });
    socket.setTimeout(5000, () => socket.destroy());
    socket.on('error', reject);
  });
}
`,
      filename: 'src/tools/ssl-check.ts',
    },
    // Not Electron's: a Puppeteer launch's Chromium flags and an event of the app's own emitter, in files that do not
    // import electron (a test browser's flags are no payment page's).
    `
import { EventEmitter } from 'node:events';

const bus = new EventEmitter();
const commandLine = { switches: [] as string[], appendSwitch(name: string) { this.switches.push(name); } };
commandLine.appendSwitch('ignore-certificate-errors');
bus.on('certificate-error', (event, url, error, certificate, callback) => callback(true));
`,
    // A script that checks its own dev server over a self-signed certificate: a request to this machine (real-world
    // batch EY)
    `const https = require('https');

function checkHeaders() {
  const options = { hostname: 'localhost', port: 3000, path: '/', method: 'HEAD', timeout: 5000, rejectUnauthorized: false };
  const req = https.request(options, (res) => console.log(res.headers['strict-transport-security']));
  req.end();
}

https.get({ host: '127.0.0.1', port: 8443, path: '/health', rejectUnauthorized: false });
checkHeaders();`,
    // TLS 1.2+ and negotiating methods.
    `
      import https from 'node:https';
      import tls from 'node:tls';
      const agent = new https.Agent({ keepAlive: true, minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' });
      tls.connect({ host: 'api.stripe.com', port: 443, minVersion: 'TLSv1.3', rejectUnauthorized: true });
      https.createServer({ key, cert, secureProtocol: 'TLS_method' }, app).listen(443);
      tls.DEFAULT_MIN_VERSION = 'TLSv1.2';
      https.request({ hostname: 'api.stripe.com', secureProtocol: 'TLSv1_2_method' });
    `,
    // limitation: an option that a conditional adds (a conditional spread, as `if (dev) options.x = …` below), and a
    // request whose module a conditional picks (`https` or `http`), are not judged (real-world batch 84).
    `
      import http from 'node:http';
      import https from 'node:https';

      export function probe(url: URL, insecure: boolean): Promise<number> {
        const client = url.protocol === 'https:' ? https : http;
        return new Promise((resolve, reject) => {
          const req = https.request({ host: url.hostname, path: url.pathname, method: 'HEAD', ...(insecure ? { rejectUnauthorized: false } : {}) });
          const plain = client.request({ host: url.hostname, path: url.pathname, method: 'HEAD', rejectUnauthorized: false });
          req.on('response', (res) => resolve(res.statusCode ?? 0)).on('error', reject).end();
          plain.end();
        });
      }
    `,
    // limitation: a value computed at run time is unknown.
    `
      import https from 'https';
      const agent = new https.Agent({ rejectUnauthorized: process.env.NODE_ENV === 'production' });
    `,
    // Certificate checks on: only `false` disables them, only '0' in the environment does.
    `
      import https from 'https';
      const other = new https.Agent({ rejectUnauthorized: undefined, ca: fs.readFileSync('ca.pem') });
      process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';
      process.env.NODE_TLS_REJECT_UNAUTHORIZED = 'false';
      process.env.NODE_TLS_REJECT_UNAUTHORIZED ??= '1';
      https.globalAgent.options.rejectUnauthorized ||= true;
      // A compound assignment that is no setting's write.
      https.globalAgent.options.rejectUnauthorized += 0;
    `,
    // Options that never reach TLS: plain http agents, unknown clients, look-alike local objects.
    `
      import http from 'http';
      import axios from 'axios';
      const keepAlive = new http.Agent({ keepAlive: true, rejectUnauthorized: false });
      axios.get('https://api.stripe.com/v1/charges', { rejectUnauthorized: false });
      const options = { minVersion: 'TLSv1', rejectUnauthorized: false };
      logger.info(options);
      client.connect({ rejectUnauthorized: false });
    `,
    // A server does not verify a server certificate: rejectUnauthorized there is about client certificates.
    `
      import tls from 'tls';
      tls.createServer({ key, cert, requestCert: false, rejectUnauthorized: false }, onSocket);
    `,
    // limitation: options mutated after their first use, or in a nested block, are not followed.
    `
      import https from 'https';
      const options = { hostname: 'api.stripe.com' };
      const req = https.request(options);
      options.rejectUnauthorized = false;
      if (process.env.INSECURE) { options.minVersion = 'TLSv1'; }
    `,
    // limitation: proxy agents from other packages (their options are not provably TLS options).
    `
      import { HttpsProxyAgent } from 'https-proxy-agent';
      import Stripe from 'stripe';
      const stripe = new Stripe(key, { httpAgent: new HttpsProxyAgent(proxyUrl, { rejectUnauthorized: false }) });
    `,
    // limitation: cipher lists are not judged, only protocol versions and certificate checks (real-world batch 230: an
    // agent given 3DES and RC4 suites; Stripe negotiates none of them, so such a client fails rather than talks weakly).
    `
      import https from 'node:https';
      import Stripe from 'stripe';
      const agent = new https.Agent({ keepAlive: true, ciphers: 'DES-CBC3-SHA:RC4-SHA' });
      export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { httpAgent: agent });
    `,
    // A local `process` is not the Node global.
    `
      function configure(process) { process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; }
    `,
    // limitation: the override's variable name must be written out; a name assembled from pieces is not recognised
    // (the rule only looks at files whose text names NODE_TLS_REJECT_UNAUTHORIZED).
    `
      const name = ['NODE', 'TLS', 'REJECT', 'UNAUTHORIZED'].join('_');
      process.env['NODE_TLS_' + 'REJECT_UNAUTHORIZED'] = '0';
    `,
    // limitation: an option's name must be written out in the file (escapes count); a key assembled from pieces is not
    // judged (the rule only looks at calls in files whose text names one of the options it judges).
    {
      code: `import https from 'node:https';

const VERIFY = 'reject' + 'Unauthorized';

export function insecureAgent(): https.Agent {
  return new https.Agent({ keepAlive: true, [VERIFY]: false });
}
`,
      filename: 'src/agent.ts',
    },
    // No TLS module specifier in the file: the same option names on an unrelated client are not TLS options.
    `
      import { createClient } from './http';
      const client = createClient({ minVersion: 'TLSv1', rejectUnauthorized: false });
      const agent = new client.Agent({ secureProtocol: 'SSLv3_method' });
    `,
    // Crash cases: spreads of unknowns, computed keys, getters, optional calls, spread arguments.
    `
      import https from 'https';
      import { Agent } from 'undici';
      new https.Agent({ ...defaults, [name]: false, get rejectUnauthorized() { return false; } });
      https.request?.(...args);
      new Agent({ connect: (opts, cb) => cb(null, socket) });
    `,
    // An undeclared `tls` is not the tls module.
    `tls.DEFAULT_MIN_VERSION = 'TLSv1';`,
    // Huge literals in TLS options.
    `import tls from 'tls'; tls.connect({ host: 'api.stripe.com', servername: '${'a.'.repeat(20000)}', minVersion: 'TLSv1.2' });`,
    // Files with no TLS module or setting are skipped.
    `const o = { rejectUnauthorized: false, minVersion: 'TLSv1' };`,
  ],
  invalid: [
    {
      // A run-time check is no build flag: a server started without NODE_ENV runs the branch in production; nor is an
      // option object written outside the development branch that uses it
      code: RUN_TIME_CHECKED_AGENT,
      filename: 'src/http/agent.ts',
      errors: [
        {
          messageId: 'noCertificateCheck',
          data: { option: 'rejectUnauthorized', via: 'https.Agent' },
          line: 3,
          column: 40,
          endLine: 3,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'verifyCertificates',
              output: RUN_TIME_CHECKED_AGENT.replace('{ rejectUnauthorized: false };', '{ rejectUnauthorized: true };'),
            },
          ],
        },
        {
          messageId: 'noCertificateCheck',
          data: { option: 'rejectUnauthorized', via: 'https.Agent' },
          line: 6,
          column: 45,
          endLine: 6,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'verifyCertificates',
              output: RUN_TIME_CHECKED_AGENT.replace('Agent({ rejectUnauthorized: false })', 'Agent({ rejectUnauthorized: true })'),
            },
          ],
        },
      ],
    },
    {
      // An agent given a member of the app's config object (real-world batch 283): read as that member's object
      code: `const https = require('https');
const axios = require('axios');

const config = {
  stripe: { baseURL: 'https://api.stripe.com/v1', timeout: 10000 },
  tls: { rejectUnauthorized: false, keepAlive: true },
};

module.exports = axios.create({
  baseURL: config.stripe.baseURL,
  timeout: config.stripe.timeout,
  httpsAgent: new https.Agent(config.tls),
});
`,
      filename: 'src/http/stripe-client.js',
      errors: [
        {
          messageId: 'noCertificateCheck',
          data: { option: 'rejectUnauthorized', via: 'https.Agent' },
          line: 6,
          column: 30,
          endLine: 6,
          endColumn: 35,
          suggestions: [{ messageId: 'verifyCertificates', output: `const https = require('https');
const axios = require('axios');

const config = {
  stripe: { baseURL: 'https://api.stripe.com/v1', timeout: 10000 },
  tls: { rejectUnauthorized: true, keepAlive: true },
};

module.exports = axios.create({
  baseURL: config.stripe.baseURL,
  timeout: config.stripe.timeout,
  httpsAgent: new https.Agent(config.tls),
});
` }],
        },
      ],
    },
    {
      // express-http-proxy's documented way to skip certificate checks, in its request-options decorator (real-world
      // batch 274: API gateways); a decorator that sets headers only is fine.
      code: `const proxy = require('express-http-proxy');
const app = require('express')();

app.use('/stripe', proxy('https://api.stripe.com', {
  proxyReqOptDecorator(options) {
    options.rejectUnauthorized = false;
    return options;
  },
}));
app.use('/users', proxy(process.env.USERS_URL, {
  proxyReqOptDecorator: (options, req) => {
    options.headers['x-request-id'] = req.id;
    return options;
  },
}));
`,
      filename: 'src/gateway.js',
      errors: [
        {
          messageId: 'noCertificateCheck',
          data: { option: 'rejectUnauthorized', via: 'express-http-proxy proxyReqOptDecorator' },
          line: 6,
          column: 34,
          endLine: 6,
          endColumn: 39,
          suggestions: [{ messageId: 'verifyCertificates', output: `const proxy = require('express-http-proxy');
const app = require('express')();

app.use('/stripe', proxy('https://api.stripe.com', {
  proxyReqOptDecorator(options) {
    options.rejectUnauthorized = true;
    return options;
  },
}));
app.use('/users', proxy(process.env.USERS_URL, {
  proxyReqOptDecorator: (options, req) => {
    options.headers['x-request-id'] = req.id;
    return options;
  },
}));
` }],
        },
      ],
    },
    {
      // A proxy's \`secure: false\` towards a remote target written out (real-world batch 274: API gateways); not a
      // development proxy to this machine, nor a target from the environment.
      code: `const httpProxy = require('http-proxy');
const { createProxyMiddleware } = require('http-proxy-middleware');
const express = require('express');

const app = express();
const stripe = httpProxy.createProxyServer({ target: 'https://api.stripe.com', changeOrigin: true, secure: false });
app.use('/dev', createProxyMiddleware({ target: 'https://localhost:3001', secure: false }));
app.use('/billing', createProxyMiddleware({ target: process.env.BILLING_URL, secure: false }));
app.use('/ok', createProxyMiddleware({ target: 'https://payments.example.com', secure: true }));

module.exports = { app, stripe };
`,
      filename: 'src/gateway.js',
      errors: [
        {
          messageId: 'noCertificateCheck',
          data: { option: 'secure', via: 'http-proxy.createProxyServer' },
          line: 6,
          column: 108,
          endLine: 6,
          endColumn: 113,
          suggestions: [{ messageId: 'verifyCertificates', output: `const httpProxy = require('http-proxy');
const { createProxyMiddleware } = require('http-proxy-middleware');
const express = require('express');

const app = express();
const stripe = httpProxy.createProxyServer({ target: 'https://api.stripe.com', changeOrigin: true, secure: true });
app.use('/dev', createProxyMiddleware({ target: 'https://localhost:3001', secure: false }));
app.use('/billing', createProxyMiddleware({ target: process.env.BILLING_URL, secure: false }));
app.use('/ok', createProxyMiddleware({ target: 'https://payments.example.com', secure: true }));

module.exports = { app, stripe };
` }],
        },
      ],
    },
    {
      // A host-name check that accepts every host (real-world batch 274: an axios agent "disabling the server identity
      // check"); one that may return an error checks something.
      code: `const https = require('https');
const axios = require('axios');

const lenient = new https.Agent({ checkServerIdentity: () => undefined });
const empty = new https.Agent({ checkServerIdentity() {} });
const pinned = new https.Agent({
  checkServerIdentity: (host, certificate) => {
    if (certificate.fingerprint256 !== process.env.PINNED_FINGERPRINT) return new Error('certificate not pinned');
  },
});

module.exports = { api: axios.create({ httpsAgent: lenient }), empty, pinned };
`,
      filename: 'src/http.js',
      errors: [
        { messageId: 'noHostnameCheck', data: { via: 'https.Agent' }, line: 4, column: 56, endLine: 4, endColumn: 71 },
        { messageId: 'noHostnameCheck', data: { via: 'https.Agent' }, line: 5, column: 52, endLine: 5, endColumn: 57 },
      ],
    },
    {
      // A connection written to sends its data to whoever answers (not a certificate probe)
      code: `import tls from 'node:tls';

export function notify(host: string, line: string) {
  const socket = tls.connect({ host, port: 6514, rejectUnauthorized: false }, () => {
    socket.getPeerCertificate();
    socket.end(line);
  });
}
`,
      filename: 'src/notify.ts',
      errors: [
        {
          messageId: 'noCertificateCheck',
          line: 4,
          column: 70,
          endLine: 4,
          endColumn: 75,
          suggestions: [{ messageId: 'verifyCertificates', output: `import tls from 'node:tls';

export function notify(host: string, line: string) {
  const socket = tls.connect({ host, port: 6514, rejectUnauthorized: true }, () => {
    socket.getPeerCertificate();
    socket.end(line);
  });
}
` }],
        },
      ],
    },
    {
      // Chromium's switch appended as a raw argument (real-world batch 274: a kiosk's main process)
      code: `const { app, BrowserWindow } = require('electron');

// TODO remove this, handle certificates properly
app.commandLine.appendArgument('--ignore-certificate-errors');

app.whenReady().then(() => new BrowserWindow({ kiosk: true }).loadURL('https://kiosk.example.com/pay'));
`,
      filename: 'main.js',
      errors: [
        {
          messageId: 'noCertificateCheckElectron',
          data: { what: "\`app.commandLine.appendArgument('--ignore-certificate-errors')\`" },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 62,
          suggestions: [{ messageId: 'removeSwitch', output: `const { app, BrowserWindow } = require('electron');

// TODO remove this, handle certificates properly


app.whenReady().then(() => new BrowserWindow({ kiosk: true }).loadURL('https://kiosk.example.com/pay'));
` }],
        },
      ],
    },
    {
      // The variable set in an environment object (real-world batch 274): a child process's, spreading process.env; the
      // process's own through Object.assign; a PM2 app's \`env\`. Not '1', nor an object that is no environment.
      code: `const { spawn } = require('node:child_process');

spawn('node', ['server.js'], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' }, stdio: 'inherit' });
Object.assign(process.env, { NODE_TLS_REJECT_UNAUTHORIZED: '0' });
spawn('node', ['worker.js'], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '1' } });
const labels = { NODE_TLS_REJECT_UNAUTHORIZED: '0' };

module.exports = { apps: [{ name: 'api', script: 'index.js', env: { NODE_TLS_REJECT_UNAUTHORIZED: 0 } }], labels };
`,
      filename: 'scripts/dev.js',
      errors: [
        { messageId: 'noCertificateCheckEnv', line: 3, column: 55, endLine: 3, endColumn: 88 },
        { messageId: 'noCertificateCheckEnv', line: 4, column: 30, endLine: 4, endColumn: 63 },
        { messageId: 'noCertificateCheckEnv', line: 8, column: 69, endLine: 8, endColumn: 100 },
      ],
    },
    {
      // A bare TLSSocket verifies no certificate by itself, whatever `rejectUnauthorized` says (its options make a secure
      // context): only its protocol versions are read (real-world batch 259: node-red's TCP node)
      code: `const tls = require('node:tls');

function upgrade(sock) {
  const secure = new tls.TLSSocket(sock, { isServer: false, rejectUnauthorized: false });
  const legacy = new tls.TLSSocket(sock, { isServer: false, minVersion: 'TLSv1' });
  return [secure, legacy];
}
module.exports = { upgrade };
`,
      filename: 'nodes/tcp.js',
      errors: [
        {
          messageId: 'weakVersion',
          data: { option: 'minVersion', value: 'TLSv1', via: 'tls.TLSSocket', fixed: 'TLSv1.2' },
          line: 5,
          column: 73,
          endLine: 5,
          endColumn: 80,
          suggestions: [{ messageId: 'useVersion', data: { fixed: 'TLSv1.2' }, output: `const tls = require('node:tls');

function upgrade(sock) {
  const secure = new tls.TLSSocket(sock, { isServer: false, rejectUnauthorized: false });
  const legacy = new tls.TLSSocket(sock, { isServer: false, minVersion: 'TLSv1.2' });
  return [secure, legacy];
}
module.exports = { upgrade };
` }],
        },
      ],
    },
    {
      // A window's handler registered with \`addListener\` that returns its callback's call, in a main process that
      // imports \`electron/main\`; the development-only overrides are not judged (real-world batch 250)
      code: `const { app, BrowserWindow } = require('electron/main');

const isDev = process.env.NODE_ENV === 'development';
if (isDev) app.commandLine.appendSwitch('ignore-certificate-errors');
!app.isPackaged && app.on('certificate-error', (event, webContents, url, error, certificate, callback) => {
  event.preventDefault();
  callback(true);
});

function createWindow() {
  const win = new BrowserWindow({ width: 800, height: 600 });
  win.webContents.addListener('certificate-error', (event, url, error, certificate, callback) => {
    event.preventDefault();
    return callback(true);
  });
  win.loadURL('https://kiosk.example.com/pay');
}
app.whenReady().then(createWindow);
`,
      filename: 'src/main.js',
      errors: [
        {
          messageId: 'noCertificateCheckElectron',
          data: { what: 'A `certificate-error` handler that calls back with `true`' },
          line: 14,
          column: 12,
          endLine: 14,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      // Electron's certificate overrides, for the pages its windows load (Stripe.js's requests included; real-world batch
      // 248): the switch, a 'certificate-error' handler and a verify procedure that trust every certificate; a handler
      // that trusts a development host only, and a procedure that trusts one host, are not judged
      code: `import { app, BrowserWindow, session } from 'electron';

// The POS app's checkout window loads Stripe.js (Terminal and Elements).
app.commandLine.appendSwitch('ignore-certificate-errors');

app.on('certificate-error', (event, webContents, url, error, certificate, callback) => {
  event.preventDefault();
  callback(true);
});

app.whenReady().then(() => {
  const win = new BrowserWindow({ width: 1024, height: 768 });
  win.webContents.on('certificate-error', (event, url, error, certificate, callback) => {
    if (url.startsWith('https://localhost:')) {
      event.preventDefault();
      callback(true);
    } else {
      callback(false);
    }
  });
  session.defaultSession.setCertificateVerifyProc((request, callback) => callback(0));
  win.webContents.session.setCertificateVerifyProc((request, callback) => callback(request.hostname === 'pos.local' ? 0 : -3));
  app.commandLine.appendSwitch('disable-http-cache');
  win.loadURL('https://pos.example.com/checkout');
});
`,
      filename: 'src/main/main.ts',
      errors: [
        {
          messageId: 'noCertificateCheckElectron',
          data: { what: "`app.commandLine.appendSwitch('ignore-certificate-errors')`" },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 58,
          suggestions: [{ messageId: 'removeSwitch', output: `import { app, BrowserWindow, session } from 'electron';

// The POS app's checkout window loads Stripe.js (Terminal and Elements).


app.on('certificate-error', (event, webContents, url, error, certificate, callback) => {
  event.preventDefault();
  callback(true);
});

app.whenReady().then(() => {
  const win = new BrowserWindow({ width: 1024, height: 768 });
  win.webContents.on('certificate-error', (event, url, error, certificate, callback) => {
    if (url.startsWith('https://localhost:')) {
      event.preventDefault();
      callback(true);
    } else {
      callback(false);
    }
  });
  session.defaultSession.setCertificateVerifyProc((request, callback) => callback(0));
  win.webContents.session.setCertificateVerifyProc((request, callback) => callback(request.hostname === 'pos.local' ? 0 : -3));
  app.commandLine.appendSwitch('disable-http-cache');
  win.loadURL('https://pos.example.com/checkout');
});
` }],
        },
        {
          messageId: 'noCertificateCheckElectron',
          data: { what: "A `certificate-error` handler that calls back with `true`" },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 17,
          suggestions: [],
        },
        {
          messageId: 'noCertificateCheckElectron',
          data: { what: "A certificate verify procedure that calls back with `0`" },
          line: 21,
          column: 74,
          endLine: 21,
          endColumn: 85,
          suggestions: [],
        },
      ],
    },
    {
      // Options built step by step before the call (\`options.rejectUnauthorized = false\` after the literal).
      code: `import https from 'https';
const options = { hostname: 'api.stripe.com' };
options.rejectUnauthorized = false;
https.request(options);`,
      errors: [
        {
          messageId: 'noCertificateCheck',
          data: { option: 'rejectUnauthorized', via: 'https.request' },
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'verifyCertificates',
              output: `import https from 'https';
const options = { hostname: 'api.stripe.com' };
options.rejectUnauthorized = true;
https.request(options);`,
            },
          ],
        },
      ],
    },
    // A module specifier spelled with escapes is still the module.
    {
      code: `
        const https = require('\\x68ttps');
        const agent = new https.Agent({ minVersion: 'TLSv1.1' });
      `,
      errors: [
        {
          messageId: 'weakVersion',
          data: { option: 'minVersion', value: 'TLSv1.1', via: 'https.Agent', fixed: 'TLSv1.2' },
          line: 3,
          column: 53,
          endLine: 3,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'useVersion',
              data: { fixed: 'TLSv1.2' },
              output: `
        const https = require('\\x68ttps');
        const agent = new https.Agent({ minVersion: 'TLSv1.2' });
      `,
            },
          ],
        },
      ],
    },
    // An option's name spelled with an escape is still the option (the file's text names it once decoded).
    {
      code: `const tls = require('tls');

const socket = tls.connect(443, 'api.example.com', { '\\u0072ejectUnauthorized': false });
module.exports = socket;
`,
      filename: 'src/socket.js',
      errors: [{ messageId: 'noCertificateCheck', data: { option: 'rejectUnauthorized', via: 'tls.connect' }, line: 3, column: 81, endLine: 3, endColumn: 86, suggestions: [{ messageId: 'verifyCertificates', output: `const tls = require('tls');

const socket = tls.connect(443, 'api.example.com', { '\\u0072ejectUnauthorized': true });
module.exports = socket;
` }] }],
    },
    // Agent given to stripe-node via httpAgent (ESM named import).
    {
      code: `
        import Stripe from 'stripe';
        import { Agent } from 'node:https';
        export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, {
          httpAgent: new Agent({ keepAlive: true, rejectUnauthorized: false }),
        });
      `,
      errors: [
        {
          messageId: 'noCertificateCheck',
          data: { option: 'rejectUnauthorized', via: 'https.Agent' },
          line: 5,
          column: 71,
          endLine: 5,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'verifyCertificates',
              output: `
        import Stripe from 'stripe';
        import { Agent } from 'node:https';
        export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, {
          httpAgent: new Agent({ keepAlive: true, rejectUnauthorized: true }),
        });
      `,
            },
          ],
        },
      ],
    },
    // Stripe.createNodeHttpClient(agent) with the options in a const (CommonJS, espree).
    {
      code: `
        const https = require('https');
        const Stripe = require('stripe');
        const agentOptions = { minVersion: 'TLSv1', rejectUnauthorized: false };
        const stripe = Stripe(process.env.STRIPE_SECRET_KEY, { httpClient: Stripe.createNodeHttpClient(new https.Agent(agentOptions)) });
      `,
      languageOptions: cjs,
      errors: [
        {
          messageId: 'weakVersion',
          data: { option: 'minVersion', value: 'TLSv1', via: 'https.Agent', fixed: 'TLSv1.2' },
          line: 4,
          column: 44,
          endLine: 4,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'useVersion',
              data: { fixed: 'TLSv1.2' },
              output: `
        const https = require('https');
        const Stripe = require('stripe');
        const agentOptions = { minVersion: 'TLSv1.2', rejectUnauthorized: false };
        const stripe = Stripe(process.env.STRIPE_SECRET_KEY, { httpClient: Stripe.createNodeHttpClient(new https.Agent(agentOptions)) });
      `,
            },
          ],
        },
        {
          messageId: 'noCertificateCheck',
          data: { option: 'rejectUnauthorized', via: 'https.Agent' },
          line: 4,
          column: 73,
          endLine: 4,
          endColumn: 78,
          suggestions: [
            {
              messageId: 'verifyCertificates',
              output: `
        const https = require('https');
        const Stripe = require('stripe');
        const agentOptions = { minVersion: 'TLSv1', rejectUnauthorized: true };
        const stripe = Stripe(process.env.STRIPE_SECRET_KEY, { httpClient: Stripe.createNodeHttpClient(new https.Agent(agentOptions)) });
      `,
            },
          ],
        },
      ],
    },
    // https.request with a pinned TLS 1.0 method and a low maxVersion.
    {
      code: `
        import * as https from 'https';
        const req = https.request({ hostname: 'api.stripe.com', path: '/v1/charges', secureProtocol: 'TLSv1_method' }, onResponse);
        https.get('https://api.stripe.com/v1/balance', { maxVersion: "TLSv1.1" }, onResponse);
      `,
      errors: [
        {
          messageId: 'weakSecureProtocol',
          data: { value: 'TLSv1_method', via: 'https.request' },
          line: 3,
          column: 102,
          endLine: 3,
          endColumn: 116,
          suggestions: [
            {
              messageId: 'useMinVersion',
              output: `
        import * as https from 'https';
        const req = https.request({ hostname: 'api.stripe.com', path: '/v1/charges', minVersion: 'TLSv1.2' }, onResponse);
        https.get('https://api.stripe.com/v1/balance', { maxVersion: "TLSv1.1" }, onResponse);
      `,
            },
          ],
        },
        {
          messageId: 'weakVersion',
          data: { option: 'maxVersion', value: 'TLSv1.1', via: 'https.get', fixed: 'TLSv1.3' },
          line: 4,
          column: 70,
          endLine: 4,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'useVersion',
              data: { fixed: 'TLSv1.3' },
              output: `
        import * as https from 'https';
        const req = https.request({ hostname: 'api.stripe.com', path: '/v1/charges', secureProtocol: 'TLSv1_method' }, onResponse);
        https.get('https://api.stripe.com/v1/balance', { maxVersion: "TLSv1.3" }, onResponse);
      `,
            },
          ],
        },
      ],
    },
    // secureProtocol next to minVersion: no swap (Node rejects both together); SSLv3 server.
    {
      code: `
        import tls from 'tls';
        tls.connect(443, 'api.stripe.com', { secureProtocol: 'TLSv1_1_client_method', minVersion: 'TLSv1.2' });
        tls.createServer({ key, cert, secureProtocol: 'SSLv3_method' });
      `,
      errors: [
        { messageId: 'weakSecureProtocol', data: { value: 'TLSv1_1_client_method', via: 'tls.connect' }, line: 3, column: 62, endLine: 3, endColumn: 85, suggestions: [] },
        {
          messageId: 'weakSecureProtocol',
          data: { value: 'SSLv3_method', via: 'tls.createServer' },
          line: 4,
          column: 55,
          endLine: 4,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'useMinVersion',
              output: `
        import tls from 'tls';
        tls.connect(443, 'api.stripe.com', { secureProtocol: 'TLSv1_1_client_method', minVersion: 'TLSv1.2' });
        tls.createServer({ key, cert, minVersion: 'TLSv1.2' });
      `,
            },
          ],
        },
      ],
    },
    // Process-wide settings: tls.DEFAULT_MIN_VERSION, the https global agent, NODE_TLS_REJECT_UNAUTHORIZED.
    {
      code: `
        import tls from 'node:tls';
        import https from 'node:https';
        tls.DEFAULT_MIN_VERSION = 'TLSv1';
        https.globalAgent.options.rejectUnauthorized = false;
        process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
      `,
      errors: [
        {
          messageId: 'weakVersion',
          data: { option: 'DEFAULT_MIN_VERSION', value: 'TLSv1', via: 'tls.DEFAULT_MIN_VERSION', fixed: 'TLSv1.2' },
          line: 4,
          column: 35,
          endLine: 4,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'useVersion',
              data: { fixed: 'TLSv1.2' },
              output: `
        import tls from 'node:tls';
        import https from 'node:https';
        tls.DEFAULT_MIN_VERSION = 'TLSv1.2';
        https.globalAgent.options.rejectUnauthorized = false;
        process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
      `,
            },
          ],
        },
        {
          messageId: 'noCertificateCheck',
          data: { option: 'rejectUnauthorized', via: 'https.globalAgent.options' },
          line: 5,
          column: 56,
          endLine: 5,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'verifyCertificates',
              output: `
        import tls from 'node:tls';
        import https from 'node:https';
        tls.DEFAULT_MIN_VERSION = 'TLSv1';
        https.globalAgent.options.rejectUnauthorized = true;
        process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
      `,
            },
          ],
        },
        {
          messageId: 'noCertificateCheckEnv',
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'removeEnvOverride',
              output: `
        import tls from 'node:tls';
        import https from 'node:https';
        tls.DEFAULT_MIN_VERSION = 'TLSv1';
        https.globalAgent.options.rejectUnauthorized = false;
        
      `,
            },
          ],
        },
      ],
    },
    // NODE_TLS_REJECT_UNAUTHORIZED as a number, bracket access, as the only statement of an `if` (no removal).
    {
      code: `
        if (process.env.NODE_ENV !== 'production') process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;
      `,
      errors: [{ messageId: 'noCertificateCheckEnv', line: 2, column: 52, endLine: 2, endColumn: 99, suggestions: [] }],
    },
    // Logical assignments write the setting on some path: when it is unset (`??=`), empty (`||=`) or set (`&&=`); the
    // local-only guard around it does not keep it out of the process (real-world batch EO, an MCP server).
    {
      code: LOGICAL_SETTINGS,
      errors: [
        {
          messageId: 'noCertificateCheckEnv',
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 59,
          suggestions: [{ messageId: 'removeEnvOverride', output: LOGICAL_SETTINGS.replace(`process.env.NODE_TLS_REJECT_UNAUTHORIZED ??= "0";`, '') }],
        },
        {
          messageId: 'noCertificateCheckEnv',
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 55,
          suggestions: [{ messageId: 'removeEnvOverride', output: LOGICAL_SETTINGS.replace('process.env.NODE_TLS_REJECT_UNAUTHORIZED ||= 0;', '') }],
        },
        {
          messageId: 'noCertificateCheck',
          data: { option: 'rejectUnauthorized', via: 'https.globalAgent.options' },
          line: 7,
          column: 58,
          endLine: 7,
          endColumn: 63,
          suggestions: [{ messageId: 'verifyCertificates', output: LOGICAL_SETTINGS.replace('&&= false', '&&= true') }],
        },
      ],
    },
    // fetch dispatcher (undici Agent connect options) and got https options.
    {
      code: `
        import { Agent } from 'undici';
        import got from 'got';
        const dispatcher = new Agent({ connect: { rejectUnauthorized: false } });
        await fetch('https://api.stripe.com/v1/charges', { dispatcher });
        const api = got.extend({ prefixUrl: 'https://api.stripe.com/v1', https: { minVersion: 'TLSv1.1' } });
      `,
      errors: [
        {
          messageId: 'noCertificateCheck',
          data: { option: 'rejectUnauthorized', via: 'undici.Agent connect' },
          line: 4,
          column: 71,
          endLine: 4,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'verifyCertificates',
              output: `
        import { Agent } from 'undici';
        import got from 'got';
        const dispatcher = new Agent({ connect: { rejectUnauthorized: true } });
        await fetch('https://api.stripe.com/v1/charges', { dispatcher });
        const api = got.extend({ prefixUrl: 'https://api.stripe.com/v1', https: { minVersion: 'TLSv1.1' } });
      `,
            },
          ],
        },
        {
          messageId: 'weakVersion',
          data: { option: 'minVersion', value: 'TLSv1.1', via: 'got.extend https', fixed: 'TLSv1.2' },
          line: 6,
          column: 95,
          endLine: 6,
          endColumn: 104,
          suggestions: [
            {
              messageId: 'useVersion',
              data: { fixed: 'TLSv1.2' },
              output: `
        import { Agent } from 'undici';
        import got from 'got';
        const dispatcher = new Agent({ connect: { rejectUnauthorized: false } });
        await fetch('https://api.stripe.com/v1/charges', { dispatcher });
        const api = got.extend({ prefixUrl: 'https://api.stripe.com/v1', https: { minVersion: 'TLSv1.2' } });
      `,
            },
          ],
        },
      ],
    },
    // axios httpsAgent in a NestJS provider; the value comes from a const (reported there, no in-place suggestion).
    {
      code: `
        import { Injectable } from '@nestjs/common';
        import axios from 'axios';
        import * as https from 'https';
        const INSECURE = false;
        @Injectable()
        export class StripeHttp {
          private readonly client = axios.create({
            baseURL: 'https://api.stripe.com/v1',
            httpsAgent: new https.Agent({ rejectUnauthorized: INSECURE }),
          });
        }
      `,
      errors: [
        {
          messageId: 'noCertificateCheck',
          data: { option: 'rejectUnauthorized', via: 'https.Agent' },
          line: 10,
          column: 63,
          endLine: 10,
          endColumn: 71,
          suggestions: [],
        },
      ],
    },
    // One options object shared by two sinks is reported once.
    {
      code: `
        import tls from 'tls';
        import https from 'https';
        const opts = { minVersion: 'TLSv1' as const };
        tls.connect(443, 'api.stripe.com', opts);
        new https.Agent(opts);
      `,
      errors: [
        {
          messageId: 'weakVersion',
          data: { option: 'minVersion', value: 'TLSv1', via: 'tls.connect', fixed: 'TLSv1.2' },
          line: 4,
          column: 36,
          endLine: 4,
          endColumn: 52,
          suggestions: [],
        },
      ],
    },
    // http2 client.
    {
      code: `
        const http2 = require('node:http2');
        const session = http2.connect('https://api.stripe.com', { rejectUnauthorized: false });
      `,
      languageOptions: cjs,
      errors: [
        {
          messageId: 'noCertificateCheck',
          data: { option: 'rejectUnauthorized', via: 'http2.connect' },
          line: 3,
          column: 87,
          endLine: 3,
          endColumn: 92,
          suggestions: [
            {
              messageId: 'verifyCertificates',
              output: `
        const http2 = require('node:http2');
        const session = http2.connect('https://api.stripe.com', { rejectUnauthorized: true });
      `,
            },
          ],
        },
      ],
    },
  ],
});
