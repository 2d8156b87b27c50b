import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join } from 'node:path';

/**
 * A file's text (UTF-8), or null: no such file, a directory, unreadable. Shared analysis looks for files that are
 * mostly absent (a `package.json` in every folder up from each linted file, a Prisma config beside it): a `stat` that
 * answers "none" without an exception is cheaper than a read that throws one (about 0.1 ms each inside a lint).
 */
export function readTextFile(path: string): string | null {
  try {
    if (statSync(path, { throwIfNoEntry: false })?.isFile() !== true) return null;
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Project files read as text by the analysis (routers, hook modules) over this size are no hand-written module. */
export const MAX_SOURCE_BYTES = 256 * 1024;

/** The extensions a relative import may leave out, in the order bundlers and TypeScript try them. */
const MODULE_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];

/** Module paths already resolved (`resolveModuleFile`), by the path written. */
const resolvedModules = new Map<string, string | null>();

/**
 * The file a relative specifier (`./hooks/useLocalStorage`, `../utils`) imports from `physicalFilename`: the path as
 * written if it is a file with a JavaScript / TypeScript extension, else the first of it with an extension added, else
 * its `index` file; null for other specifiers, a file that is not on disk, or nothing found. Aliases (`@/hooks`) and
 * `package.json` `exports` are not read. Each specifier is looked up once per directory.
 */
export function resolveRelativeModule(physicalFilename: string, specifier: string): string | null {
  if (!isAbsolute(physicalFilename) || !/^\.{1,2}(?:\/|$)/.test(specifier)) return null;
  return resolveModuleFile(join(dirname(physicalFilename), specifier));
}

/**
 * The module file an absolute path names as an import would (`/app/src/api` → `/app/src/api.js`): the path itself with
 * a JavaScript / TypeScript extension, else with one added, else its `index` file; null when none is on disk. Each
 * path is looked up once.
 */
export function resolveModuleFile(base: string): string | null {
  let resolved = resolvedModules.get(base);
  if (resolved !== undefined) return resolved;
  // (`throwIfNoEntry` covers only ENOENT: a path below a file, `./hook.vue/index.ts`, throws ENOTDIR; batch 293.)
  const isFile = (path: string): boolean => {
    try {
      return statSync(path, { throwIfNoEntry: false })?.isFile() === true;
    } catch {
      return false;
    }
  };
  const candidates = [
    ...(MODULE_EXTENSIONS.includes(extname(base)) ? [base] : []),
    // (ES modules compiled from TypeScript import `./x.js` for `./x.ts`.)
    ...(extname(base) === '.js' ? ['.ts', '.tsx'].map((extension) => base.slice(0, -3) + extension) : []),
    ...MODULE_EXTENSIONS.map((extension) => `${base}${extension}`),
    ...MODULE_EXTENSIONS.map((extension) => join(base, `index${extension}`)),
  ];
  resolved = candidates.find(isFile) ?? null;
  if (resolvedModules.size >= 4096) resolvedModules.clear();
  resolvedModules.set(base, resolved);
  return resolved;
}

/**
 * The arguments of a call written in a file's text (read as text, not parsed), from `open` (just after its `(`) to its
 * closing parenthesis, split at top-level commas: brackets, braces, parentheses and quoted strings are kept whole.
 * Null where the call does not close within `limit` characters, or a bracket closes that did not open.
 */
export function callArguments(text: string, open = 0, limit = 4000): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = open;
  for (let i = open; i < text.length && i < open + limit; i++) {
    const ch = text[i]!;
    if (quote !== null) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (depth === 0) {
        if (ch !== ')') return null;
        parts.push(text.slice(start, i).trim());
        return parts.filter((part) => part !== '');
      }
      depth--;
    } else if (ch === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  return null;
}

/**
 * The text with each comment's characters replaced by spaces (line breaks kept), string and template literals left as
 * they are. Read as text: a regular expression literal holding a quote or `//` may be taken for a string or a comment.
 */
export function withoutComments(text: string): string {
  let out = '';
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote !== null) {
      if (ch === '\\') i++;
      else if (ch === quote || (ch === '\n' && quote !== '`')) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') {
      quote = ch;
      continue;
    }
    if (ch !== '/' || (text[i + 1] !== '/' && text[i + 1] !== '*')) continue;
    const closer = text[i + 1] === '/' ? '\n' : '*/';
    const found = text.indexOf(closer, i + 2);
    // A line comment ends before its line break, a block comment after its `*/`; either, left open, at the end.
    const end = found < 0 ? text.length : closer === '\n' ? found : found + 2;
    out += text.slice(start, i) + text.slice(i, end).replace(/[^\n]/g, ' ');
    start = end;
    i = end - 1;
  }
  return out + text.slice(start);
}
