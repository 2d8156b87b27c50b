/**
 * Does a server file show that it serves web pages (views, static files, an SSR framework, HTML), as opposed to JSON
 * only? Evidence for require-stripe-csp: helmet's default policy in a file that names Stripe only as an API (a webhook
 * route, the stripe-node SDK) may belong to a server that serves no page at all, where Stripe.js never loads.
 *
 * Read from the text, exactly as written (case-sensitive): a word below anywhere in the file counts, in code, a string
 * or a comment. That is a superset of the servers that serve pages from this file, so where it errs the rule checks
 * the policy as it did without this evidence. The one exception: a file whose only such words are static-file ones,
 * each static mount a folder of uploads (`app.use('/uploads', express.static('uploads'))`), serves no page.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { forEachNode } from './ast.js';
import { perFile } from './file-cache.js';
import { textFinder } from './text-search.js';
import { calleeName, objectEntries, staticString, unwrap, variableOf, writtenName } from './values.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Words of page serving, by framework:
 * - views: Express / Koa / Fastify / Hapi render calls and engines (`app.set('view engine', …)`, `res.render(…)`,
 *   `app.engine(…)`, `reply.view(…)`), Nest / Ts.ED `@Render()` and `setViewEngine`, koa-views, @fastify/view
 *   (point-of-view), @hapi/vision;
 * - static files: `express.static(…)` / serve-static, koa-static, @fastify/static, Nest `useStaticAssets` /
 *   `ServeStaticModule`, Ts.ED `statics`, @hapi/inert, `res.sendFile(…)`;
 * - HTML written by the server: `text/html`, a `.html` file name, `<html`, `<!DOCTYPE`;
 * - server-side rendering frameworks mounted in a custom server: Next.js (`'next'`), Nuxt, Remix, SvelteKit, Angular
 *   Universal / SSR.
 */
export const PAGE_SERVING_WORDS: readonly string[] = [
  'view engine',
  'render(',
  'Render(',
  'renderFile',
  '.engine(',
  '.view(',
  'setViewEngine',
  'koa-views',
  'fastify/view',
  'point-of-view',
  'hapi/vision',
  'static(',
  'Static(',
  'serve-static',
  'koa-static',
  'fastify/static',
  'fastify-static',
  'useStaticAssets',
  'ServeStatic',
  'statics',
  'hapi/inert',
  'sendFile',
  'text/html',
  '.html',
  '<html',
  '<!DOCTYPE',
  '<!doctype',
  "'next'",
  '"next"',
  'nuxt',
  '@remix-run/',
  '@sveltejs/kit',
  '@angular/ssr',
  '@nguniversal/',
];

/** The static-file words of `PAGE_SERVING_WORDS`: evidence that may be only a folder of uploaded files. */
const STATIC_WORDS: ReadonlySet<string> = new Set([
  'static(', 'Static(', 'serve-static', 'koa-static', 'fastify/static', 'fastify-static', 'useStaticAssets', 'ServeStatic', 'statics',
  'hapi/inert', 'sendFile',
]);
const mentionsOtherPageServing = textFinder(PAGE_SERVING_WORDS.filter((word) => !STATIC_WORDS.has(word)));
const mentionsStaticServing = textFinder([...STATIC_WORDS]);

/**
 * `PAGE_SERVING_WORDS` in the file's text, once per file; where the only ones are static-file words, unless every
 * static mount of the file serves no pages (`servesNoPages`): a folder of uploaded files, or a folder next to the
 * linted file that is not there (`physicalFilename`: the file on disk, when it is).
 */
export const mayServePages = (sourceCode: SourceCode, physicalFilename = ''): boolean =>
  perFile(sourceCode, 'page-serving', () => {
    const text = sourceCode.text;
    if (mentionsOtherPageServing(text)) return true;
    return mentionsStaticServing(text) && !servesNoPages(sourceCode, physicalFilename);
  });

/** Last path segments of folders that hold users' uploads or media, not pages (`/uploads`, `public/storage`). */
const UPLOAD_FOLDERS = new Set(['uploads', 'upload', 'images', 'image', 'img', 'media', 'files', 'storage', 'avatars', 'avatar', 'attachments', 'documents', 'photos']);
const isUploadPath = (path: string | null): boolean => path !== null && UPLOAD_FOLDERS.has(path.replace(/[/\\]+$/, '').split(/[/\\]/).pop()!.toLowerCase());

/** A path argument's static text, or the last static piece of `join(…)` / `path.resolve(…)` (`join(__dirname, 'uploads')`). */
function pathText(node: TSESTree.Node | undefined, sourceCode: SourceCode): string | null {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return null;
  const text = staticString(node, sourceCode);
  if (text !== null) return text;
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.CallExpression) return null;
  const last = target.arguments[target.arguments.length - 1];
  return last && last.type !== AST_NODE_TYPES.SpreadElement ? staticString(last, sourceCode) : null;
}

/** Last path segments of folders that a build writes (not in the repository, there once the app is built). */
const BUILD_FOLDERS = new Set(['build', 'dist', 'out', 'www', 'bundle', 'compiled', 'generated', '.next', '.output']);

/**
 * The folder of `join(__dirname, 'public')` / `path.resolve(__dirname, '..', 'public')` (static pieces after the
 * linted file's own `__dirname`), or null for any other path.
 */
function folderBesideFile(node: TSESTree.Node | undefined, physicalFilename: string, sourceCode: SourceCode): string | null {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement || !isAbsolute(physicalFilename)) return null;
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.CallExpression) return null;
  const name = calleeName(target, sourceCode);
  const [first, ...rest] = target.arguments;
  if ((name !== 'join' && name !== 'resolve') || first?.type !== AST_NODE_TYPES.Identifier || first.name !== '__dirname') return null;
  const declared = variableOf(first, sourceCode);
  if (declared !== null && declared.defs.length > 0) return null; // an ES module's own `__dirname`: not read
  const pieces: string[] = [];
  for (const piece of rest) {
    const text = piece.type === AST_NODE_TYPES.SpreadElement ? null : staticString(piece, sourceCode);
    if (text === null) return null;
    pieces.push(text);
  }
  return (name === 'join' ? join : resolve)(dirname(physicalFilename), ...pieces);
}

/**
 * Does a static mount serve no pages? A folder of uploads or media (`app.use('/uploads', express.static(dir))`,
 * `express.static(join(__dirname, 'uploads'))`, Nest `useStaticAssets(dir, { prefix: '/storage' })`), or a folder next
 * to the linted file that is not on disk and is no build output (express-generator's `join(__dirname, 'public')` in an
 * API that never made one: real-world batch BG).
 */
function mountServesNoPages(node: TSESTree.CallExpression, physicalFilename: string, sourceCode: SourceCode): boolean {
  // `app.use('/uploads', cors(…), express.static(dir))`: the mount path comes first, middleware may sit between
  const use = node.parent;
  const mount = use?.type === AST_NODE_TYPES.CallExpression && use.arguments.indexOf(node) > 0 ? pathText(use.arguments[0], sourceCode) : null;
  const prefix = node.arguments[1] ? objectEntries(node.arguments[1], sourceCode)?.find((entry) => entry.key === 'prefix') : undefined;
  if (isUploadPath(mount) || isUploadPath(prefix ? staticString(prefix.value, sourceCode) : null) || isUploadPath(pathText(node.arguments[0], sourceCode))) return true;
  const folder = folderBesideFile(node.arguments[0], physicalFilename, sourceCode);
  if (folder === null || BUILD_FOLDERS.has(folder.split(/[/\\]/).pop()!.toLowerCase())) return false;
  return existsSync(physicalFilename) && !existsSync(folder);
}

/**
 * Does every static-file call of the file serve no pages (`mountServesNoPages`)? A static call it cannot read,
 * `sendFile`, or none found at all (the words came from elsewhere) says pages may be served.
 */
function servesNoPages(sourceCode: SourceCode, physicalFilename: string): boolean {
  let found = false;
  let pages = false;
  forEachNode(sourceCode.ast, sourceCode, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression) return false;
    const callee = unwrap(node.callee);
    const name = writtenName(callee, sourceCode);
    if (name === null || (!/static/i.test(name) && name !== 'sendFile')) return false;
    found = true;
    pages = name === 'sendFile' || !mountServesNoPages(node, physicalFilename, sourceCode);
    return pages;
  });
  return found && !pages;
}
