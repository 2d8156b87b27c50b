/**
 * Flat configs for markup: `configs.html` (HTML pages and server templates through @html-eslint/parser and this
 * plugin's `html` processor), `configs.vue` (single-file components through vue-eslint-parser) and `configs.svelte`
 * (components through svelte-eslint-parser) and `configs.astro` (components through astro-eslint-parser and this
 * plugin's `astro` processor). They set the
 * parser because they target files that are not JavaScript. The parsers are optional peer dependencies, loaded
 * only when one of these configs is read.
 */
import { createRequire } from 'node:module';
import { PLUGIN_NAME, PLUGIN_VERSION } from './meta.js';

const require = createRequire(import.meta.url);

type TemplateMarkers = Readonly<Record<string, string>>;

/** Handlebars / Mustache: `{{ }}` (`{{{ }}}` and `{{!-- --}}` start with `{{`). */
const CURLY_MARKERS: TemplateMarkers = Object.freeze({ '{{': '}}' });
/** Jinja / Nunjucks / Twig / Django / Swig / Liquid: `{{ }}`, `{% %}`, `{# #}`. */
const JINJA_MARKERS: TemplateMarkers = Object.freeze({ '{{': '}}', '{%': '%}', '{#': '#}' });
/** EJS / ERB: `<% %>` (`<%= %>`, `<%- %>`, `<%# %>`). */
const ERB_MARKERS: TemplateMarkers = Object.freeze({ '<%': '%>' });
/** Laravel Blade: `{{ }}` (`{{-- --}}` starts with `{{`) and `{!! !!}`; `@if (…)` directives are text. */
const BLADE_MARKERS: TemplateMarkers = Object.freeze({ '{{': '}}', '{!!': '!!}' });
/**
 * ASP.NET Razor (`.cshtml` views and Razor Pages, Blazor's `.razor` components): its comments `@* *@`. Its code (`@{ … }`,
 * `@if (…) { … }`, `@Model.Name`) is text to the markup parser, as Blade's directives are.
 */
const RAZOR_MARKERS: TemplateMarkers = Object.freeze({ '@*': '*@' });
/** JavaServer Pages: scriptlets, expressions, directives and comments (`<% %>`, `<%= %>`, `<%@ %>`, `<%-- --%>`), and the Expression Language's `${ }` and `#{ }`. */
const JSP_MARKERS: TemplateMarkers = Object.freeze({ '<%': '%>', '${': '}', '#{': '}' });

/**
 * Template markers kept opaque when parsing an `.html` / `.htm` page, whose engine is unknown: those of every family
 * below.
 */
export const HTML_TEMPLATE_SYNTAX: TemplateMarkers = Object.freeze({ ...JINJA_MARKERS, ...ERB_MARKERS });

/**
 * HTML pages, and server templates whose markup is HTML by their usual extensions (`.html.erb` only: `.js.erb` and
 * `.css.erb` are not HTML; PHP pages and views, `.php` / `.phtml`, and Blade views), each with its engine's markers. A template gets only its
 * own engine's: in EJS, `<% } else {%>` is ordinary code, and with the Jinja markers too the parser would read `{%>` as
 * an unclosed `{% %}` tag and reject the page (in an `.html` page the processor blanks that brace first:
 * `blankErbClosingBraces`).
 */
/** `ignores`: glob patterns the family's config entry leaves to others, or to no one. */
export const HTML_FAMILIES: ReadonlyArray<{ name: string; extensions: readonly string[]; markers: TemplateMarkers; ignores?: readonly string[] }> = [
  { name: 'html', extensions: ['.html', '.htm'], markers: HTML_TEMPLATE_SYNTAX },
  { name: 'handlebars', extensions: ['.hbs', '.handlebars', '.mustache'], markers: CURLY_MARKERS },
  { name: 'jinja', extensions: ['.njk', '.nunjucks', '.jinja', '.jinja2', '.j2', '.twig', '.liquid'], markers: JINJA_MARKERS },
  { name: 'erb', extensions: ['.ejs', '.html.erb'], markers: ERB_MARKERS },
  // Plain PHP pages and views: the processor blanks their PHP blocks before parsing (`blankPhpBlocks`), no markers.
  // `.tpl` too: OpenCart's PHP views, PrestaShop's Smarty templates (whose `{…}` tags are text in markup; a script
  // they break is left out). CakePHP 2's `.ctp` views (real-world batch FL: a rent-pay card form). Not Blade views (their
  // own entry), nor Composer's dependencies under `vendor/`.
  { name: 'php', extensions: ['.php', '.phtml', '.tpl', '.ctp'], markers: Object.freeze({}), ignores: ['**/*.blade.php', '**/vendor/**'] },
  { name: 'blade', extensions: ['.blade.php'], markers: BLADE_MARKERS },
  // Java web apps' JSP views (real-world batch DR: student shops' card pages).
  { name: 'jsp', extensions: ['.jsp', '.jspf'], markers: JSP_MARKERS },
  // ASP.NET's Razor views and Blazor components (real-world batch 212: an ASP.NET MVC donation page's card fields).
  { name: 'razor', extensions: ['.cshtml', '.razor'], markers: RAZOR_MARKERS },
];

/** The template markers for a file: its engine's by extension (the longest that matches), every family's for an `.html` page or anything else. */
export function templateMarkersOf(filename: string): TemplateMarkers {
  const name = filename.toLowerCase();
  let best: { length: number; markers: TemplateMarkers } | null = null;
  for (const family of HTML_FAMILIES) {
    for (const extension of family.extensions) {
      if (name.endsWith(extension) && (best === null || extension.length > best.length)) best = { length: extension.length, markers: family.markers };
    }
  }
  return best?.markers ?? HTML_TEMPLATE_SYNTAX;
}

/** Is the file PHP (a plain page or view, an OpenCart `.tpl` or CakePHP `.ctp` view, or a Blade view), whose `<?php … ?>` blocks the browser never sees? */
export const isPhpFile = (filename: string): boolean => /\.(?:php|phtml|tpl|ctp)$/i.test(filename);

/** Is the file a Razor view or component, whose `@` code (`@Model.Key`, `@Html.Raw(…)`) may stand anywhere in a script? */
export const isRazorFile = (filename: string): boolean => /\.(?:cshtml|razor)$/i.test(filename);

/** Is the file a Laravel Blade view, whose `@` directives (`@if (…)`, `@json($cart)`) are template syntax? */
export const isBladeView = (filename: string): boolean => filename.toLowerCase().endsWith('.blade.php');

/** `files` patterns for file name endings: `.hbs` → `**\/*.hbs`. */
export const filesEnding = (extensions: readonly string[]): string[] => extensions.map((extension) => `**/*${extension}`);

/** Does a file name end with one of `extensions` (in any case: `Page.HTML` too)? */
export function hasExtension(file: string, extensions: readonly string[]): boolean {
  const name = file.toLowerCase();
  return extensions.some((extension) => name.endsWith(extension));
}

/** What `configs.html` lints, by file name ending: HTML pages and the templates above. */
export const HTML_EXTENSIONS: readonly string[] = HTML_FAMILIES.flatMap((family) => family.extensions);
/**
 * The script blocks that a processor hands out for files with these extensions, as ESLint names them: the block's
 * index, `_script` and the block's extension (`page.html/1_script.js`). Not any file under a directory so named: a
 * SvelteKit route `src/routes/perfil.html/+page.server.js` is a module of its own (real-world batch DT).
 */
const scriptBlocks = (extensions: readonly string[], extension: string): string[] =>
  filesEnding(extensions).map((pattern) => `${pattern}/[0-9]*_script${extension}`);

/** Inline classic scripts of HTML files, as the `html` processor names them (`page.html/1_script.js`). */
export const HTML_SCRIPT_BLOCKS = scriptBlocks(HTML_EXTENSIONS, '.js');
/** Inline `type="module"` scripts of HTML files (`page.html/2_script.mjs`). */
export const HTML_MODULE_SCRIPT_BLOCKS = scriptBlocks(HTML_EXTENSIONS, '.mjs');

export const VUE_EXTENSIONS: readonly string[] = ['.vue'];
export const SVELTE_EXTENSIONS: readonly string[] = ['.svelte'];
export const ASTRO_EXTENSIONS: readonly string[] = ['.astro'];

/**
 * Scripts of Astro components, as the `astro` processor names them: `page.astro/1_script.ts` for a script Astro
 * processes (bundled as a TypeScript module), `page.astro/2_script.js` / `3_script.mjs` for an unprocessed one
 * (`is:inline`, or any attribute besides `src`) that the browser runs as written, classic or `type="module"`, and
 * `page.astro/4_script.cjs` for a classic `define:vars` one, the body of a function (a top-level `return` is allowed).
 */
export const ASTRO_SCRIPT_BLOCKS = {
  processed: scriptBlocks(ASTRO_EXTENSIONS, '.ts'),
  classic: scriptBlocks(ASTRO_EXTENSIONS, '.js'),
  module: scriptBlocks(ASTRO_EXTENSIONS, '.mjs'),
  function: scriptBlocks(ASTRO_EXTENSIONS, '.cjs'),
} as const;

/**
 * The script blocks of pages that the browser runs as written: inline scripts of HTML files and Astro's unprocessed
 * ones. They are JavaScript as browsers read it (`<!--` comments in classic scripts), parsed by espree.
 */
export const BROWSER_SCRIPT_BLOCKS: readonly string[] = [
  ...HTML_SCRIPT_BLOCKS,
  ...HTML_MODULE_SCRIPT_BLOCKS,
  ...ASTRO_SCRIPT_BLOCKS.classic,
  ...ASTRO_SCRIPT_BLOCKS.module,
  ...ASTRO_SCRIPT_BLOCKS.function,
];

/**
 * Is this the name of a script of a page as a processor hands it out: an HTML file's inline script
 * (`page.html/1_script.js`, `.mjs`) or an Astro component's (`page.astro/1_script.ts`, `.js`, `.mjs`, `.cjs`)? Each runs in
 * the browser.
 */
export function isPageScriptBlock(filename: string): boolean {
  // Asked of every file: most names are ruled out without splitting them.
  if (!filename.includes('_script.')) return false;
  const parts = filename.split(/[\\/]/);
  const page = parts[parts.length - 2] ?? '';
  const block = parts[parts.length - 1] ?? '';
  if (/^\d+_script\.m?js$/.test(block) && hasExtension(page, HTML_EXTENSIONS)) return true;
  return /^\d+_script\.(?:ts|[mc]?js)$/.test(block) && hasExtension(page, ASTRO_EXTENSIONS);
}

type MarkupParser = '@html-eslint/parser' | 'vue-eslint-parser' | 'svelte-eslint-parser' | 'astro-eslint-parser';
const PARSER_LANGUAGE: Readonly<Record<MarkupParser, string>> = {
  '@html-eslint/parser': 'HTML',
  'vue-eslint-parser': 'Vue',
  'svelte-eslint-parser': 'Svelte',
  'astro-eslint-parser': 'Astro',
};

/** A parser that is an optional peer dependency, with an install hint when it is missing. */
export function loadParser(name: MarkupParser): unknown {
  try {
    return require(name);
  } catch (error) {
    const also = name === 'svelte-eslint-parser' ? ' svelte' : '';
    throw new Error(`eslint-plugin-stripe-pci: configs for ${PARSER_LANGUAGE[name]} need ${name}: npm install --save-dev ${name}${also}`, {
      cause: error,
    });
  }
}

/** What @html-eslint/parser is called with and returns, as far as this plugin reads it. */
export interface HtmlParser {
  parseForESLint(code: string, options: unknown): { ast: unknown; visitorKeys: Record<string, readonly string[]> };
}

/** The options that change @html-eslint/parser's parse of a text (its `getOptions`: markers, front matter, raw tags). */
const htmlParseKey = (options: unknown): string => {
  const given = (options ?? {}) as { templateEngineSyntax?: unknown; frontmatter?: unknown; rawContentTags?: unknown };
  return JSON.stringify([given.templateEngineSyntax ?? null, given.frontmatter ?? null, given.rawContentTags ?? null]);
};

/**
 * The last page `processors.html` parsed to find its scripts, kept for ESLint's parse of that same page text with the
 * same options, which follows at once (the page is its first block): a page is parsed once, not twice (a 128 kB
 * generated page took 300–700 ms a parse; real-world batch 317). ESLint takes it once; the processor may ask again
 * (Pug's page is read for scripts by its own processor, then by this one).
 */
let rememberedParse: { code: string; key: string; result: ReturnType<HtmlParser['parseForESLint']> } | null = null;

/** @html-eslint/parser for `processors.html`: its parse is kept for ESLint's (`htmlConfigParser`). */
export const rememberingHtmlParser = (): HtmlParser => ({
  parseForESLint(code, options) {
    const key = htmlParseKey(options);
    if (rememberedParse?.code === code && rememberedParse.key === key) return rememberedParse.result;
    const result = (loadParser('@html-eslint/parser') as HtmlParser).parseForESLint(code, options);
    rememberedParse = { code, key, result };
    return result;
  },
});

let configParser: (HtmlParser & { meta: { name: string; version: string } }) | undefined;

/**
 * The parser `configs.html` (and the Pug and Haml pages) give ESLint: @html-eslint/parser, taking the page the processor
 * parsed last when it is the same text with the same options (once: a second lint of the text parses it anew).
 */
export function htmlConfigParser(): HtmlParser & { meta: { name: string; version: string } } {
  const parser = loadParser('@html-eslint/parser') as HtmlParser & { meta?: { name?: string; version?: string } };
  configParser ??= {
    meta: { name: `${PLUGIN_NAME}/html-parser`, version: `${PLUGIN_VERSION}+${parser.meta?.name ?? '@html-eslint/parser'}@${parser.meta?.version ?? ''}` },
    parseForESLint(code, options) {
      const remembered = rememberedParse;
      if (remembered?.code === code && remembered.key === htmlParseKey(options)) {
        rememberedParse = null;
        return remembered.result;
      }
      return parser.parseForESLint(code, options);
    },
  };
  return configParser;
}

/** A CommonJS dependency of this package, loaded on demand. */
export const requireDependency = (name: string): unknown => require(name);

/** Pug's lexer and parser, as `processors.pug` calls them. */
export interface PugToolkit {
  lex(text: string, options: { filename: string }): unknown[];
  parse(tokens: unknown[], options: { filename: string; src: string }): unknown;
}

let pug: PugToolkit | undefined;

/** pug-lexer and pug-parser (optional peer dependencies; `pug` brings both), with an install hint when one is missing. */
export function requirePug(): PugToolkit {
  if (pug) return pug;
  try {
    pug = { lex: require('pug-lexer') as PugToolkit['lex'], parse: require('pug-parser') as PugToolkit['parse'] };
    return pug;
  } catch (error) {
    throw new Error('eslint-plugin-stripe-pci: configs.pug needs pug-lexer and pug-parser: npm install --save-dev pug-lexer pug-parser', { cause: error });
  }
}

export const PUG_EXTENSIONS: readonly string[] = ['.pug', '.jade'];
/** Haml views: Rails' `.html.haml` and any `.haml`. */
export const HAML_EXTENSIONS: readonly string[] = ['.haml'];
