/**
 * `processors.html`: lint an HTML page (or server template) as one `.html` block for the markup rules, plus one
 * block per inline `<script>`, so the JavaScript rules check inline code in the same run: `.js` for a classic script
 * (parsed as a script, as browsers do: `<!--` comments, sloppy mode), `.mjs` for `type="module"`.
 * Messages of script blocks are moved back to their place in the page; fixes and suggestions are shifted with them.
 *
 * Skipped scripts: `src` (the browser ignores the content), and non-JavaScript types (`application/json`,
 * `application/ld+json`, `text/template`, `text/x-handlebars-template`, `importmap`…). A script that holds template
 * tags (`{{ }}`, `{% %}`, `<% %>`) and does not parse as JavaScript is linted again with its tags blanked out
 * (`<% if (debug) { %>log()<% } %>` → `log()` at the same offsets), and in a Blade view its `@` directives too
 * (`var cart = @json($cart);`, `@if ($live) … @endif`): its findings are kept, without fixes or suggestions; if it
 * still does not parse, it is left out silently (its code is only known after rendering).
 */
import type { Linter } from 'eslint';
import { htmlElement, markupAttribute, TEMPLATE_MARKER, type HtmlElementNode, type MarkupNode } from '../analysis/markup.js';
import { hasExtension, HTML_EXTENSIONS, HTML_TEMPLATE_SYNTAX, isBladeView, isPhpFile, isRazorFile, rememberingHtmlParser, templateMarkersOf, type HtmlParser } from '../markup-configs.js';
import { blankedKeepingLines, razorStandIns } from './razor.js';

/** `type` values that make a `<script>` JavaScript (HTML Living Standard, "prepare the script element"). */
export const JS_TYPES: ReadonlySet<string> = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'text/ecmascript',
  'application/ecmascript',
  'application/x-javascript',
  'application/x-ecmascript',
  'text/x-javascript',
  'text/jscript',
  'text/livescript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
]);

export interface InlineScript {
  text: string;
  /** `type="module"`: parsed as a module (`N_script.mjs`); a classic script is parsed as a script (`N_script.js`). */
  module: boolean;
  /** Source offset, 1-based line and 0-based column of the script's first character in the page. */
  offset: number;
  line: number;
  column: number;
}


function visit(node: unknown, keys: Record<string, readonly string[]>, found: (node: HtmlElementNode) => void, depth = 0): void {
  if (!node || typeof node !== 'object' || depth > 10_000) return;
  const typed = node as { type?: string } & Record<string, unknown>;
  if (typed.type === 'ScriptTag') found(typed as unknown as HtmlElementNode);
  for (const key of keys[typed.type ?? ''] ?? []) {
    const child = typed[key];
    if (Array.isArray(child)) for (const c of child) visit(c, keys, found, depth + 1);
    else visit(child, keys, found, depth + 1);
  }
}

const MAY_OPEN_SCRIPT = /<script/i;

/** The inline JavaScript of an HTML page (parsed with the template `markers` of its engine); none when it does not parse. */
export function inlineScripts(
  text: string,
  markers: Readonly<Record<string, string>> = HTML_TEMPLATE_SYNTAX,
  parser: HtmlParser = rememberingHtmlParser(),
): InlineScript[] {
  // A script element opens with `<script` in any case (the parser's tag name is what follows `<` up to a blank, `>` or
  // `/`, lower-cased): a page without it has none, and its parse is skipped (a generated 128 kB timetable page without
  // a script took 300–700 ms to parse here, before ESLint parsed it again; real-world batch 317).
  if (!MAY_OPEN_SCRIPT.test(text)) return [];
  let parsed;
  try {
    parsed = parser.parseForESLint(text, { templateEngineSyntax: markers });
  } catch {
    return [];
  }
  const scripts: InlineScript[] = [];
  visit(parsed.ast, parsed.visitorKeys, (node) => {
    const element = htmlElement(node);
    if (markupAttribute(element, 'src') || element.attributes.some((a) => a.name === null)) return;
    const type = element.attributes.find((a) => a.name === 'type');
    if (type && (type.value === null || !JS_TYPES.has(type.value.trim().toLowerCase()))) return;
    const content = (node as { value?: MarkupNode & { value: string } }).value;
    if (content?.type !== 'ScriptTagContent' || content.value.trim() === '') return;
    const module = type?.value?.trim().toLowerCase() === 'module';
    scripts.push({ text: content.value, module, offset: content.range[0], line: content.loc.start.line, column: content.loc.start.column });
  });
  return scripts;
}

type Message = Linter.LintMessage;

/** A message of a script block, moved to where the script sits in its page (fixes and suggestions with it). */
export function shiftMessage(message: Message, script: InlineScript): Message {
  const shift = (line: number, column: number): [number, number] => [line + script.line - 1, line === 1 ? column + script.column : column];
  const [line, column] = shift(message.line, message.column);
  const out: Message = { ...message, line, column };
  if (message.endLine !== undefined && message.endColumn !== undefined) {
    [out.endLine, out.endColumn] = shift(message.endLine, message.endColumn);
  }
  const moveFix = (fix: Linter.LintMessage['fix']) =>
    fix && { ...fix, range: [fix.range[0] + script.offset, fix.range[1] + script.offset] as [number, number] };
  if (message.fix) out.fix = moveFix(message.fix);
  if (message.suggestions) out.suggestions = message.suggestions.map((s) => ({ ...s, fix: moveFix(s.fix)! }));
  return out;
}

/**
 * Does a template tag print a value (`<%= x %>`, `<%- x %>`, `{{ x }}`, `{{{ x }}}`, Blade's `{!! x !!}`) rather than
 * run a statement or open a block (`<% if (x) { %>`, `{% for %}`, `{{#each}}`, `{{/if}}`, `{{else}}`, `{{> partial}}`,
 * comments, Blade's `{{-- --}}`)?
 */
function printsValue(tag: string, open: string): boolean {
  if (open === '<%') return tag.startsWith('<%=') || tag.startsWith('<%-');
  if (open === '{!!') return true; // Blade's unescaped output
  if (open === '${' || open === '#{') return true; // JSP's Expression Language
  if (open !== '{{') return false;
  if (tag.startsWith('{{--')) return false; // a Blade comment
  const inner = tag.slice(2).replace(/^[{~&]*\s*/, '');
  return !/^(?:[#/^!>*]|else\b)/.test(inner);
}

/** A template tag or directive blanked at its offsets: `0` then spaces where it prints a value, else spaces; line breaks stay. */
function blankTag(tag: string, value: boolean): string {
  const blank = blankedKeepingLines(tag);
  return value ? `0${blank.slice(1)}` : blank;
}

/**
 * `text` with each template tag (from an opening marker of `markers` to its closing marker) blanked, so that the
 * JavaScript around it can be parsed and every other character stays at its offset: a tag that prints a value becomes
 * `0` and spaces (`var cart = <%- json %>;` → `var cart = 0          ;`), any other tag spaces; line breaks are kept. A
 * tag left open stays as written.
 */
export function blankTemplateTags(text: string, markers: Readonly<Record<string, string>>): string {
  const opens = Object.keys(markers);
  let out = '';
  let done = 0;
  for (let at = 0; at < text.length; ) {
    let open: string | undefined;
    let start = -1;
    for (const marker of opens) {
      const found = text.indexOf(marker, at);
      if (found >= 0 && (start < 0 || found < start)) [open, start] = [marker, found];
    }
    if (open === undefined) break;
    // Handlebars' triple-stash `{{{ raw }}}` closes with three braces.
    const close = open === '{{' && text[start + 2] === '{' ? '}}}' : markers[open]!;
    const end = text.indexOf(close, start + open.length);
    if (end < 0) break;
    const tag = text.slice(start, end + close.length);
    out += text.slice(done, start) + blankTag(tag, printsValue(tag, open));
    done = at = end + close.length;
  }
  return out + text.slice(done);
}

/**
 * Blade directives that print a value, so that in a script they stand where an expression does
 * (`var cart = @json($cart);`, `const t = @js($texts);`, `@include('partials.stripe-options')`). Every other directive
 * (`@if (…)`, `@endif`, `@foreach`, `@csrf`… and custom ones) is read as a statement.
 */
const BLADE_VALUE_DIRECTIVES = new Set(['json', 'js', 'yield', 'include', 'includeIf', 'includeWhen', 'includeUnless', 'includeFirst', 'each', 'lang', 'choice', 'stack']);

/** The end of a directive's parenthesised arguments opening at `open` (PHP strings skipped), or -1 when unbalanced. */
function argumentsEnd(text: string, open: number): number {
  let depth = 0;
  for (let at = open; at < text.length; at++) {
    const ch = text[at];
    if (ch === "'" || ch === '"') {
      for (at++; at < text.length && text[at] !== ch; at++) if (text[at] === '\\') at++;
    } else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return at + 1;
  }
  return -1;
}

/**
 * `text` (a Blade view's inline script) with its Blade directives blanked the way `blankTemplateTags` blanks tags, every
 * other character at its offset: `@json($cart)` becomes `0` and spaces, `@if ($live)` / `@endif` spaces, and a
 * `@php … @endphp` block (PHP, not JavaScript) spaces. A directive is `@` and a name, not after a letter, digit, `_` or
 * `@` (`user@example.com`, `@@if` escaped), with its arguments when an opening parenthesis follows (Blade's own
 * reading). `@php` left open stays as written.
 */
export function blankBladeDirectives(text: string): string {
  let out = '';
  let done = 0;
  const directive = /(?<![\w@])@([A-Za-z_]\w*)/g;
  const opening = /[ \t]*\(/y;
  for (let match = directive.exec(text); match; match = directive.exec(text)) {
    const start = match.index;
    const name = match[1]!;
    let end = start + match[0].length;
    opening.lastIndex = end;
    const args = opening.exec(text);
    if (name === 'php' && !args) {
      const close = text.indexOf('@endphp', end);
      if (close < 0) break;
      end = close + '@endphp'.length;
    } else if (args) {
      const argsEnd = argumentsEnd(text, end + args[0].length - 1);
      if (argsEnd > 0) end = argsEnd;
    }
    out += text.slice(done, start) + blankTag(text.slice(start, end), BLADE_VALUE_DIRECTIVES.has(name));
    done = end;
    directive.lastIndex = end;
  }
  return out + text.slice(done);
}

/**
 * `text` (a PHP page or view) with its PHP blocks blanked the way `blankTemplateTags` blanks tags: `<?php … ?>`,
 * `<?= … ?>`, the short `<? … ?>`, and a last block left open to the end of the file (as PHP allows, and as every
 * class file is); line breaks stay. A block that prints (`<?= $pk ?>`, `<?php echo $pk; ?>`) becomes `0` and spaces, so
 * an inline script around it still parses. What is left is the page's HTML as the browser gets it, less what PHP prints.
 */
export function blankPhpBlocks(text: string, blocks: Array<[number, number]> = []): string {
  if (!text.includes('<?')) return text;
  let out = '';
  let done = 0;
  for (let start = text.indexOf('<?'); start >= 0; start = text.indexOf('<?', done)) {
    const end = phpBlockEnd(text, start + 2);
    const block = text.slice(start, end);
    out += text.slice(done, start) + blankTag(block, /^<\?(?:=|(?:php)?\s+(?:echo|print)\b)/i.test(block));
    blocks.push([start, end]);
    done = end;
  }
  return out + text.slice(done);
}

/**
 * Where the PHP block whose code starts at `from` ends: after the `?>` that closes it, skipping strings (`'…'`,
 * `"…"`, `` `…` ``), heredocs and nowdocs, and block comments, where `?>` is text (`$xml = '<?xml …?>';`); a line comment
 * ends at the line's end or at `?>`, as in PHP. The end of the text when nothing closes it.
 */
function phpBlockEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === '?' && text[i + 1] === '>') return i + 2;
    if (c === "'" || c === '"' || c === '`') {
      i++;
      while (i < text.length && text[i] !== c) i += text[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < text.length && text[i] !== '\n' && !(text[i] === '?' && text[i + 1] === '>')) i++;
    } else if (c === '<' && text.startsWith('<<<', i)) {
      const heredoc = /^<<<[ \t]*(["']?)([A-Za-z_][A-Za-z0-9_]*)\1\r?\n/.exec(text.slice(i, i + 200));
      if (!heredoc) {
        i += 3;
        continue;
      }
      const close = new RegExp(`\\n[ \\t]*${heredoc[2]}(?![A-Za-z0-9_])`, 'g');
      close.lastIndex = i + heredoc[0].length - 1;
      const found = close.exec(text);
      i = found ? found.index + found[0].length : text.length;
    } else i++;
  }
  return text.length;
}

/**
 * A message without the fix and suggestions that would rewrite part of a blanked PHP block (computed from the blanked
 * text, they would erase the PHP there).
 */
function withoutFixesInto(message: Message, blocks: ReadonlyArray<[number, number]>): Message {
  const touches = (fix: Linter.LintMessage['fix']): boolean => !!fix && blocks.some(([start, end]) => fix.range[0] < end && fix.range[1] > start);
  if (!touches(message.fix) && !message.suggestions?.some((s) => touches(s.fix))) return message;
  const { fix, suggestions, ...rest } = message;
  const out: Message = { ...rest };
  if (fix && !touches(fix)) out.fix = fix;
  const kept = suggestions?.filter((s) => !touches(s.fix));
  if (kept && kept.length > 0) out.suggestions = kept;
  return out;
}

/**
 * Template comments by the opening marker they start with: Handlebars / Blade `{{!-- --}}`, `{{-- --}}`, `{{! }}`; Jinja
 * `{# #}`; EJS / ERB `<%# %>`; Razor `@* *@`, which do not nest (`@* a @* b *@` is one comment, which the markup parser
 * would read as a marker opened twice).
 */
const TEMPLATE_COMMENTS: ReadonlyArray<{ open: string; pattern: RegExp }> = [
  { open: '{{', pattern: /\{\{!--[\s\S]*?--\}\}|\{\{--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g },
  { open: '{#', pattern: /\{#[\s\S]*?#\}/g },
  // ERB / EJS `<%# %>`, and JSP's `<%-- --%>`, which may hold tags and EL (`<%-- <c:out value="${x}"/> --%>`)
  { open: '<%', pattern: /<%--[\s\S]*?--%>|<%#[\s\S]*?%>/g },
  { open: '@*', pattern: /@\*[\s\S]*?\*@/g },
];

/**
 * `text` with its template comments (of the engines in `markers`) blanked to spaces, line breaks kept: a comment is
 * never output, and one that holds other tags (`{{-- <img src="{{ asset('x') }}"> --}}`) makes the markup parser
 * reject the whole page. Every other character stays at its offset.
 */
export function blankTemplateComments(text: string, markers: Readonly<Record<string, string>>): string {
  let out = text;
  for (const { open, pattern } of TEMPLATE_COMMENTS) {
    if (Object.hasOwn(markers, open) && out.includes(open)) out = out.replace(pattern, (comment) => blankTag(comment, false));
  }
  return out;
}

/**
 * `text` (a page parsed with both the Jinja and the EJS / ERB markers, as an `.html` page is) with the brace of every
 * `{%>` blanked. EJS code often ends a tag on a brace (`<% if (ok) {%>`, `<% } else {%>`; Express apps render `.html`
 * views with EJS), and the markup parser reads that `{%` as a Jinja tag opened inside the EJS one and rejects the whole
 * page. No Jinja tag starts with `>`, so the brace is always EJS code: the tag stays a tag, at the same offsets.
 */
export function blankErbClosingBraces(text: string, markers: Readonly<Record<string, string>>): string {
  if (!Object.hasOwn(markers, '{%') || !Object.hasOwn(markers, '<%') || !text.includes('{%>')) return text;
  return text.replaceAll('{%>', ' %>');
}

/** A Thymeleaf utility object in an expression: `${#`, `*{#`, `@{#`, `~{#`. */
const THYMELEAF_UTILITY = /([$*@~])\{#/;

/**
 * `text` (a page parsed with Jinja's markers, as an `.html` page is) with the brace of every `{#` that follows `$`,
 * `*`, `@` or `~` blanked: Thymeleaf's expressions (`${#fields.hasErrors('cvc')}`, `*{#strings.isEmpty(x)}`; Spring
 * views are `.html` pages) call utility objects named with `#`, and the markup parser reads that `{#` as a Jinja comment
 * left open and rejects the whole page (real-world batch DE). A Jinja comment is not written right after those
 * characters; every character stays at its offset.
 */
export function blankThymeleafBraces(text: string, markers: Readonly<Record<string, string>>): string {
  if (!Object.hasOwn(markers, '{#') || !THYMELEAF_UTILITY.test(text)) return text;
  return text.replace(new RegExp(THYMELEAF_UTILITY.source, 'g'), '$1 #');
}

/** A TinyMCE 3 plugin dialog's language placeholder: `{#advanced_dlg.link_title}`, closed by a lone brace. */
const TINYMCE_PLACEHOLDER = /\{(#[\w.-]+\})/g;

/**
 * `text` (a page parsed with Jinja's markers) with the brace of every TinyMCE placeholder (`{#plugin.title}`) blanked:
 * TinyMCE's plugin dialogs (`.htm` pages that CMSes ship) name their texts so, and the markup parser reads each `{#`
 * as a Jinja comment left open and rejects the whole page (real-world batch 219). A Jinja comment closes with `#}`, not
 * a lone brace after a name; every character stays at its offset.
 */
export function blankTinyMcePlaceholders(text: string, markers: Readonly<Record<string, string>>): string {
  if (!Object.hasOwn(markers, '{#') || !text.includes('{#')) return text;
  return text.replace(TINYMCE_PLACEHOLDER, ' $1');
}

/** A quote right before a template delimiter: the start of a string that may spell one (`{{ '{{' }}`). */
const QUOTED_DELIMITER = /['"](?:\{\{|\}\}|\{%|%\}|\{#|#\})/;
/** A string's text that is only template delimiters (`{{`, `%}`…) and blanks: the way to print one. */
const ONLY_DELIMITERS = /^\s*(?:(?:\{\{|\}\}|\{%|%\}|\{#|#\}|<%|%>)\s*)+$/;

/**
 * `text` with every template delimiter spelled inside a quoted string of a template tag blanked: Blade's and Twig's way
 * to print a delimiter (`{{ '{{' }}`, `{{ '{%' }}`), which the markup parser reads as a tag opened inside a tag and
 * rejects the whole page for (precision probe 289: a Livewire view, an email template's macros). Every character stays
 * at its offset; the tag's output is unknown to the rules anyway.
 */
export function blankQuotedDelimiters(text: string, markers: Readonly<Record<string, string>>): string {
  if (!QUOTED_DELIMITER.test(text)) return text;
  const opens = Object.keys(markers);
  const delimiters = [...new Set([...opens, ...Object.values(markers)])];
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const open = opens.find((candidate) => text.startsWith(candidate, i));
    if (open === undefined) continue;
    const close = markers[open]!;
    let j = i + open.length;
    while (j < text.length && !text.startsWith(close, j)) {
      const quote = text[j];
      // A string closed on the same line (an apostrophe in a tag's text, `{{ don't }}`, opens none).
      const ends = quote === "'" || quote === '"' ? text.indexOf(quote, j + 1) : -1;
      const line = text.indexOf('\n', j);
      if (ends < 0 || (line >= 0 && line < ends)) {
        j++;
        continue;
      }
      if (!ONLY_DELIMITERS.test(text.slice(j + 1, ends))) {
        // Another string of the tag, closed before the tag is: passed over whole. A quote that the tag's end comes
        // before (an apostrophe, `{{ don't }}`) opens none.
        const closes = text.indexOf(close, j);
        j = closes >= 0 && ends < closes ? ends + 1 : j + 1;
        continue;
      }
      for (let k = j + 1; k < ends; k++) {
        const delimiter = delimiters.find((candidate) => text.startsWith(candidate, k));
        if (delimiter === undefined || k + delimiter.length > ends) continue;
        out += text.slice(copied, k) + ' '.repeat(delimiter.length);
        copied = k + delimiter.length;
        k += delimiter.length - 1;
      }
      j = ends + 1;
    }
    i = j + close.length - 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** One inline script and its blocks: as written, and with its template tags blanked when it has any. */
interface ScriptBlocks {
  script: InlineScript;
  raw: number;
  blanked: number | null;
  /** Does the script hold template syntax (a tag, closed or not, or a Blade directive)? */
  templated: boolean;
}

/**
 * What `preprocess` split a file into, by file: its inline scripts' blocks, whether it blanked PHP blocks (a PHP file),
 * and the pieces it rewrote before parsing (PHP blocks, Razor code in start tags; fixes into them are dropped in
 * `postprocess`).
 */
const pending = new Map<string, { plan: ScriptBlocks[]; php: boolean; rewritten: ReadonlyArray<[number, number]> }>();

/**
 * Is this the page block (`page.blade.php/0_page.blade.php`) that `preprocess` returned for a page? ESLint lints a
 * block whose text differs from the file's (template comments blanked) with the file's config again, this processor
 * included; its scripts were already split off.
 */
function isPageBlock(filename: string): boolean {
  const parts = filename.split(/[\\/]/);
  const block = parts[parts.length - 1] ?? '';
  return block.startsWith('0_') && hasExtension(parts[parts.length - 2] ?? '', HTML_EXTENSIONS);
}

/** Razor code in a script (`'@Model.Key'`, `@Html.Raw(json)`, `@{ … }`, `@(…)`); `@@` is an escaped `@`. */
const RAZOR_CODE = /(?<!@)@(?:[A-Za-z_({]|\*)/;
/**
 * A Smarty tag (PrestaShop's `.tpl` templates): `{$var}`, `{* comment *}`, `{literal}` / `{/literal}`, `{if …}`,
 * `{foreach …}`, `{l s='…'}`… A `.tpl` script holding one is templated: its code is only known once Smarty renders it.
 */
const SMARTY_TAG = /\{(?:\$|\*|\/?(?:literal|if|else|elseif|foreach|foreachelse|section|sectionelse|block|include|assign|capture|strip|ldelim|rdelim|l|nocache|function|call|while|extends)\b)/;

/**
 * A page as the processor lints it: its engine's template markers, its text with Thymeleaf's and TinyMCE's `{#` braces, template
 * comments, ERB's closing braces and PHP blocks blanked, and Razor code in start tags replaced by stand-ins (every
 * character at its offset; the ranges of PHP blocks in `php`, of all these rewritten pieces in `rewritten`), and its
 * inline scripts.
 */
function pageOf(
  original: string,
  filename: string,
): { markers: Readonly<Record<string, string>>; text: string; php: Array<[number, number]>; rewritten: Array<[number, number]>; scripts: InlineScript[] } {
  const markers = templateMarkersOf(filename);
  const braces = blankQuotedDelimiters(blankTinyMcePlaceholders(blankThymeleafBraces(original, markers), markers), markers);
  const commentsBlanked = blankErbClosingBraces(blankTemplateComments(braces, markers), markers);
  const php: Array<[number, number]> = [];
  const rewritten: Array<[number, number]> = [];
  let text = commentsBlanked;
  if (isPhpFile(filename)) {
    text = blankPhpBlocks(commentsBlanked, php);
    rewritten.push(...php);
  } else if (isRazorFile(filename)) text = razorStandIns(commentsBlanked, rewritten);
  return { markers, text, php, rewritten, scripts: inlineScripts(text, markers) };
}

/** The inline scripts of a page (`filename` picks its template engine) that `processors.html` lints as JavaScript blocks. */
export const pageScripts = (original: string, filename: string): InlineScript[] => pageOf(original, filename).scripts;

/** The name of an inline script's block: a module as `script.mjs`, a classic script as `script.js`. */
export const scriptBlockName = (script: InlineScript): string => (script.module ? 'script.mjs' : 'script.js');

export const htmlProcessor: Linter.Processor = {
  meta: { name: 'stripe-pci/html' },
  supportsAutofix: true,
  preprocess(original, filename) {
    if (isPageBlock(filename)) {
      // The page block of a page split here, linted again by ESLint because its text changed: lint it as it is.
      pending.set(filename, { plan: [], php: false, rewritten: [] });
      return [original];
    }
    const { markers, text, php, rewritten, scripts } = pageOf(original, filename);
    const blade = isBladeView(filename);
    const tpl = filename.toLowerCase().endsWith('.tpl');
    const razor = isRazorFile(filename);
    const page = filename.split(/[\\/]/).pop() || 'page.html';
    const blocks: Array<{ text: string; filename: string }> = [{ text, filename: page }];
    const plan: ScriptBlocks[] = [];
    for (const script of scripts) {
      const name = scriptBlockName(script);
      const raw = blocks.push({ text: script.text, filename: name }) - 1;
      const tagsBlanked = blankTemplateTags(script.text, markers);
      const blankedText = blade ? blankBladeDirectives(tagsBlanked) : tagsBlanked;
      const blanked = blankedText === script.text ? null : blocks.push({ text: blankedText, filename: name }) - 1;
      // A script with PHP in it (blanked already) is templated too: PHP may print code where its blank cannot stand.
      const withPhp = php.some(([start, end]) => start < script.offset + script.text.length && end > script.offset);
      const smarty = tpl && SMARTY_TAG.test(script.text);
      const razorCode = razor && RAZOR_CODE.test(script.text);
      plan.push({ script, raw, blanked, templated: withPhp || smarty || razorCode || blankedText !== script.text || TEMPLATE_MARKER.test(script.text) });
    }
    pending.set(filename, { plan, php: php.length > 0, rewritten });
    return blocks;
  },
  postprocess(messageLists, filename) {
    const { plan, php, rewritten } = pending.get(filename) ?? { plan: [], php: false, rewritten: [] };
    pending.delete(filename);
    // A PHP file whose markup does not parse once its PHP is blanked (PHP that prints tags, markup split across blocks)
    // is left out, as a templated script is: the parse error would be about the blanks, not the user's code.
    const page = messageLists[0] ?? [];
    const out = php ? page.filter((message) => !message.fatal) : [...page];
    for (const { script, raw, blanked, templated } of plan) {
      const messages = messageLists[raw] ?? [];
      if (!messages.some((m) => m.fatal) || !templated) {
        for (const message of messages) out.push(shiftMessage(message, script));
        continue;
      }
      // A script that parses only once its template tags are blanked: its findings, at the same offsets, but no fix or
      // suggestion, which would be computed from the blanked text and could overwrite a tag.
      const fallback = blanked === null ? [] : (messageLists[blanked] ?? []);
      if (fallback.some((m) => m.fatal)) continue;
      for (const message of fallback) {
        const { fix: _fix, suggestions: _suggestions, ...reportOnly } = shiftMessage(message, script);
        out.push(reportOnly);
      }
    }
    const kept = rewritten.length > 0 ? out.map((message) => withoutFixesInto(message, rewritten)) : out;
    return kept.sort((a, b) => a.line - b.line || a.column - b.column);
  },
};
