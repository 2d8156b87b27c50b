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

export const HTML_FILES = ['**/*.html', '**/*.htm'];
/** Inline scripts of HTML files, as the `html` processor names them (`page.html/1_script.js`). */
export const HTML_SCRIPT_BLOCKS = ['**/*.html/*.js', '**/*.htm/*.js'];
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
