/**
 * Flat configs for markup: `configs.html` (HTML pages and server templates through @html-eslint/parser and this
 * plugin's `html` processor) and `configs.vue` (single-file components through vue-eslint-parser). They set the
 * parser because they target files that are not JavaScript. The parsers are optional peer dependencies, loaded
 * only when one of these configs is read.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Template markers kept opaque when parsing HTML: Jinja / Nunjucks / Twig / Django / Swig (`{{ }}`, `{% %}`,
 * `{# #}`), Handlebars / Mustache (`{{ }}`, `{{{ }}}` starts with `{{`), ERB / EJS (`<% %>`).
 */
export const HTML_TEMPLATE_SYNTAX: Readonly<Record<string, string>> = Object.freeze({
  '{{': '}}',
  '{%': '%}',
  '{#': '#}',
  '<%': '%>',
});

/**
 * Server templates whose markup is HTML, by their usual extensions: Handlebars, Mustache, EJS, Nunjucks, Jinja, Twig,
 * Liquid, ERB (`.html.erb` only: `.js.erb` and `.css.erb` are not HTML). Their markers are in HTML_TEMPLATE_SYNTAX.
 */
export const HTML_TEMPLATE_EXTENSIONS: readonly string[] = [
  '.hbs',
  '.handlebars',
  '.mustache',
  '.ejs',
  '.njk',
  '.nunjucks',
  '.jinja',
  '.jinja2',
  '.j2',
  '.twig',
  '.liquid',
  '.html.erb',
];
/** What `configs.html` lints, by file name ending: HTML pages and the templates above. */
export const HTML_EXTENSIONS: readonly string[] = ['.html', '.htm', ...HTML_TEMPLATE_EXTENSIONS];
export const HTML_FILES = HTML_EXTENSIONS.map((extension) => `**/*${extension}`);
/** Inline scripts of HTML files, as the `html` processor names them (`page.html/1_script.js`). */
export const HTML_SCRIPT_BLOCKS = HTML_FILES.map((pattern) => `${pattern}/*.js`);
export const VUE_FILES = ['**/*.vue'];

/** A parser that is an optional peer dependency, with an install hint when it is missing. */
export function loadParser(name: '@html-eslint/parser' | 'vue-eslint-parser'): unknown {
  try {
    return require(name);
  } catch (error) {
    throw new Error(`eslint-plugin-stripe-pci: configs for ${name === 'vue-eslint-parser' ? 'Vue' : 'HTML'} need ${name}: npm install --save-dev ${name}`, {
      cause: error,
    });
  }
}

/** A CommonJS dependency of this package, loaded on demand. */
export const requireDependency = (name: string): unknown => require(name);
