// Language options for markup cases: the same parsers and options as `configs.html` / `configs.vue` / `configs.svelte`.
import * as htmlParser from '@html-eslint/parser';
import * as vueParser from 'vue-eslint-parser';
import * as svelteParser from 'svelte-eslint-parser';
import * as tsParser from '@typescript-eslint/parser';
import { HTML_TEMPLATE_SYNTAX, templateMarkersOf } from '../../../src/markup-configs.js';

export const html = { parser: htmlParser, parserOptions: { templateEngineSyntax: HTML_TEMPLATE_SYNTAX } } as const;
/** A Blade view's markers (`{{ }}`, `{!! !!}`), as `configs.html` gives `.blade.php` files. */
export const blade = { parser: htmlParser, parserOptions: { templateEngineSyntax: templateMarkersOf('view.blade.php') } } as const;
export const vue = { parser: vueParser, parserOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' } } as const;
export const svelte = { parser: svelteParser, parserOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' } } as const;
