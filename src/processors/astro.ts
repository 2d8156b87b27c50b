/**
 * `processors.astro`: lint an Astro component as itself (astro-eslint-parser reads its frontmatter as TypeScript and
 * its template as JSX elements, which the rules check like any JSX) plus one block per `<script>` whose content the
 * parser leaves as raw text, so the JavaScript rules check the code that runs in the browser too. Messages of script
 * blocks are moved back to their place in the component; fixes and suggestions with them.
 *
 * Astro processes (bundles) a `<script>` that has no attribute but `src`: TypeScript, a module (`N_script.ts`). A
 * script with `is:inline` or with any other attribute (`type="module"`, `data-*`) is left as written, and the browser
 * runs it as it is: a classic script (`N_script.js`) or, with `type="module"`, a module (`N_script.mjs`). A classic
 * script with `define:vars` is the body of a function Astro wraps it in, after declaring the variables: parsed as
 * CommonJS is, where a top-level `return` is allowed (`N_script.cjs`). Skipped: scripts with `src` (the browser ignores the content), non-JavaScript types
 * (`application/ld+json`, `text/partytown`), and scripts whose attributes are spread or computed (`{...attrs}`).
 */
import type { Linter } from 'eslint';
import { loadParser } from '../markup-configs.js';
import { JS_TYPES, shiftMessage, type InlineScript } from './html.js';

/** What `parseTemplate` of astro-eslint-parser returns, as far as it is read here (every field checked before use). */
interface TemplateNode {
  type?: unknown;
  name?: unknown;
  attributes?: unknown;
  children?: unknown;
  value?: unknown;
  position?: { start?: { offset?: unknown } };
}
interface TemplateAttribute {
  type?: unknown;
  kind?: unknown;
  name?: unknown;
  value?: unknown;
}
interface AstroParser {
  parseTemplate(code: string): { result: { ast: unknown } };
}

/** Line breaks as ESLint counts them. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

/**
 * 1-based line and 0-based column of offsets in `text`, as ESLint counts them, for offsets asked in increasing order:
 * the text is read once however many scripts a component has.
 */
function positionsIn(text: string): (offset: number) => { line: number; column: number } {
  const breaks = new RegExp(LINE_BREAK.source, 'g');
  let line = 1;
  let lineStart = 0;
  let next = breaks.exec(text);
  return (offset) => {
    while (next !== null && next.index < offset) {
      line++;
      lineStart = next.index + next[0].length;
      next = breaks.exec(text);
    }
    return { line, column: offset - lineStart };
  };
}

const attributesOf = (element: TemplateNode): TemplateAttribute[] =>
  Array.isArray(element.attributes) ? (element.attributes as TemplateAttribute[]).filter((a) => a !== null && typeof a === 'object') : [];

/**
 * How the browser gets a `<script>`'s content: processed by Astro (a TypeScript module), as written (a classic script
 * or a module), as the body of a function (`define:vars`), or not at all.
 */
type ScriptKind = 'processed' | 'classic' | 'module' | 'function';

function scriptKind(element: TemplateNode): ScriptKind | null {
  const attributes = attributesOf(element);
  if (attributes.length === 0) return 'processed';
  let type: string | null = null;
  let vars = false;
  for (const attribute of attributes) {
    const name = typeof attribute.name === 'string' ? attribute.name.toLowerCase() : null;
    // A spread or an expression may set `src` or `type`: what runs is unknown.
    if (name === null || attribute.type !== 'attribute' || attribute.kind === 'spread') return null;
    if (name === 'src') return null;
    if (name === 'define:vars') vars = true;
    if (name === 'type') {
      if (attribute.kind !== 'quoted' && attribute.kind !== 'empty') return null;
      type = typeof attribute.value === 'string' ? attribute.value.trim().toLowerCase() : '';
    }
  }
  if (type !== null && !JS_TYPES.has(type)) return null;
  if (type === 'module') return 'module';
  // `define:vars` on a classic script: Astro declares the variables in a function it wraps the script in, where
  // `return` is allowed. (A module has a scope of its own: the variables are declared at its top, and its `import`s
  // stay there: real-world batch 86.)
  return vars ? 'function' : 'classic';
}

/** The `<script>` contents of an Astro component that the browser runs, where the parser's positions match the text. */
export function astroScripts(text: string, parser: AstroParser = loadParser('astro-eslint-parser') as AstroParser): Array<InlineScript & { kind: ScriptKind }> {
  let ast: unknown;
  try {
    ast = parser.parseTemplate(text).result.ast;
  } catch {
    return []; // the component's own parse reports it
  }
  const found: Array<{ text: string; offset: number; kind: ScriptKind }> = [];
  const stack: unknown[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop() as TemplateNode | null | undefined;
    if (node === null || typeof node !== 'object') continue;
    const children = Array.isArray(node.children) ? (node.children as unknown[]) : [];
    if (node.type === 'element' && typeof node.name === 'string' && node.name.toLowerCase() === 'script') {
      const kind = scriptKind(node);
      const content = children[0] as TemplateNode | undefined;
      const offset = content?.position?.start?.offset;
      if (kind !== null && children.length === 1 && content?.type === 'text' && typeof content.value === 'string' && typeof offset === 'number') {
        const value = content.value;
        // Only where the parser's offset is where the content is written: a message is never moved to the wrong place.
        if (value.trim() !== '' && text.startsWith(value, offset)) {
          found.push({ text: value, offset, kind });
        }
      }
      continue;
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  const positionOf = positionsIn(text);
  return found
    .sort((a, b) => a.offset - b.offset)
    .map((script) => ({ text: script.text, module: script.kind === 'processed' || script.kind === 'module', offset: script.offset, ...positionOf(script.offset), kind: script.kind }));
}

type Message = Linter.LintMessage;

export const BLOCK_NAME: Readonly<Record<ScriptKind, string>> = { processed: 'script.ts', classic: 'script.js', module: 'script.mjs', function: 'script.cjs' };

type AstroScript = InlineScript & { kind: ScriptKind };

const pending = new Map<string, AstroScript[]>();

export const astroProcessor: Linter.Processor = {
  meta: { name: 'stripe-pci/astro' },
  supportsAutofix: true,
  preprocess(original, filename) {
    const scripts = astroScripts(original);
    pending.set(filename, scripts);
    // The component itself as a string: ESLint lints it as the file, with the file's config.
    return [original, ...scripts.map((script) => ({ text: script.text, filename: BLOCK_NAME[script.kind] }))];
  },
  postprocess(messageLists, filename) {
    const scripts = pending.get(filename) ?? [];
    pending.delete(filename);
    const out: Message[] = [...(messageLists[0] ?? [])];
    scripts.forEach((script, i) => {
      for (const message of messageLists[i + 1] ?? []) out.push(shiftMessage(message, script));
    });
    return out.sort((a, b) => a.line - b.line || a.column - b.column);
  },
};
