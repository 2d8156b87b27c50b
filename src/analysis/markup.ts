/**
 * Markup adapter: elements of HTML (@html-eslint/parser), Vue templates (vue-eslint-parser) and Svelte components
 * (svelte-eslint-parser) as tag names and
 * attribute strings, so the string-level checks shared with JSX (`classifyInputAttributes`, `findStripeScriptUrl`,
 * `findUrls`, CSP parsing, key patterns) run on markup unchanged. No rule names here.
 *
 * Attribute values are kept as pieces of raw source text: a piece is either literal text (with its source offset)
 * or a template marker (`{{ x }}`, `{% … %}`, `<% … %>`) whose output is unknown. `value` is the whole value only
 * when nothing in it is unknown; `prefix` is the known text before the first marker.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { indexInSource, isSvelteComponent } from './ast.js';
import { CAPTION_TAGS, captionText, INLINE_TEXT_TAGS, LABEL_WRAPPER_TAGS, LABELABLE_TAGS, MAX_LABEL_WRAPPERS, VALUE_BINDING, WEB_COMPONENT_TEXT_FIELDS } from './inputs.js';
import { boundPath, sameValueKey, variableOf, type BindingOf } from './values.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A node of a markup AST (not ESTree): what ESLint needs to report on it. */
export interface MarkupNode {
  type: string;
  range: [number, number];
  loc: TSESTree.SourceLocation;
}

export interface MarkupValuePiece {
  text: string;
  /** Source offset of `text[0]`; null when the text is not written as-is in the source (entities, escapes). */
  start: number | null;
  /** A template marker: its output is unknown. */
  template: boolean;
  /**
   * A string literal of a Svelte `{'…'}` value: an ESTree node of the component's program, which the rules' JavaScript
   * listeners visit too (rules that check every string literal skip such pieces, or they would report it twice).
   */
  script?: true;
  /**
   * An unknown piece a bound expression writes (Svelte's `{id}`, Vue's `:id="id"`): the expression, whose value a
   * label's `for` may share (`markupValueKey`); with Vue's, the template's references (its `v-for` variables).
   */
  expression?: MarkupNode;
  references?: readonly VueReference[];
}

/** A reference of a Vue template expression: to a template variable (`v-for`, slot scope), or else (null) to a member of the component. */
interface VueReference {
  id: MarkupNode;
  variable: object | null;
}

export interface MarkupAttribute {
  /**
   * Name as written, lower-cased; null for attributes a template or `v-bind="obj"` may add (unknown names); `''` for
   * the nameless attribute of `<b ="x">`.
   */
  name: string | null;
  /** The static value (`''` for a bare attribute); null when any part of it is unknown. */
  value: string | null;
  /** Known text before the first unknown part (the whole value when it is static). */
  prefix: string;
  pieces: readonly MarkupValuePiece[];
  /** The attribute (for reports). */
  node: MarkupNode;
  /** The value (for reports), or the attribute when there is none. */
  valueNode: MarkupNode;
}

export interface MarkupElement {
  /** Lower-case tag name. */
  tag: string;
  /** The tag name as written, where the template language tells components by case (`VTextField` in Vue, Svelte). */
  written?: string;
  attributes: readonly MarkupAttribute[];
  node: MarkupNode;
  /**
   * HTML: the parser keeps the first of repeated attributes, so an unknown attribute (template output) cannot
   * override one written before it; it can only add attributes, or set one before its later copy. Vue's
   * `v-bind="obj"` and Svelte's `{...spread}` override what comes before them instead (false).
   */
  firstAttributeWins?: boolean;
  /**
   * An element of an HTML string (html-strings.ts): the texts of the string's labels of it (its id's `for`, one around
   * it), which `markupLabelTexts` gives; there is no tree to read them from.
   */
  labels?: readonly string[];
}

/** Where template syntax starts: `{{`, `{%`, `{#`, `<%`, Blade's `{!!`. */
export const TEMPLATE_MARKER = /\{\{|\{%|\{#|<%|\{!!/;

/**
 * The attribute named `name` (lower-case) as the browser or framework sees it, when that is known: in HTML its first
 * copy, unless an unknown attribute comes before it (template output may set the name first); elsewhere its last
 * copy, unless an unknown attribute (a spread) comes after it.
 */
export function markupAttribute(element: MarkupElement, name: string): MarkupAttribute | null {
  if (element.firstAttributeWins) {
    for (const attribute of element.attributes) {
      if (attribute.name === null) return null;
      if (attribute.name === name) return attribute;
    }
    return null;
  }
  let found: MarkupAttribute | null = null;
  for (const attribute of element.attributes) {
    if (attribute.name === null) found = null;
    else if (attribute.name === name) found = attribute;
  }
  return found;
}

/** Source range of `[from, to)` of a value's known prefix, when those characters are written as-is. */
export function prefixRange(attribute: MarkupAttribute, from: number, to: number): [number, number] | null {
  let offset = 0;
  for (const piece of attribute.pieces) {
    if (piece.template) return null;
    const end = offset + piece.text.length;
    if (from >= offset && to <= end) return piece.start === null ? null : [piece.start + from - offset, piece.start + to - offset];
    if (from < end) return null;
    offset = end;
  }
  return null;
}

function fromPieces(name: string | null, pieces: MarkupValuePiece[], node: MarkupNode, valueNode: MarkupNode): MarkupAttribute {
  const firstUnknown = pieces.findIndex((p) => p.template);
  const known = firstUnknown < 0 ? pieces : pieces.slice(0, firstUnknown);
  const prefix = known.map((p) => p.text).join('');
  return { name, value: firstUnknown < 0 ? prefix : null, prefix, pieces, node, valueNode };
}

// ---------------------------------------------------------------------------------------------------------------
// HTML (@html-eslint/parser)

interface HtmlPart {
  type: string;
  value: string;
  range: [number, number];
}

interface HtmlTextNode extends MarkupNode {
  value: string;
  parts?: HtmlPart[];
}

interface HtmlAttributeNode extends MarkupNode {
  /** Absent for `<b ="x">`: an attribute the browser names after its text, `="x"`, which no check looks for. */
  key?: HtmlTextNode;
  value?: HtmlTextNode;
}

export interface HtmlElementNode extends MarkupNode {
  name?: string;
  attributes?: HtmlAttributeNode[];
}

/** Is this file's AST an HTML document from @html-eslint/parser (whose root is also called `Program`)? */
export function isHtmlDocument(sourceCode: SourceCode): boolean {
  // Asked by every rule of a file in turn (createRule): the last answer is kept, as perFile keeps the last file's cache.
  if (sourceCode === lastAsked) return lastWasHtml;
  const body = (sourceCode.ast as { body?: readonly { type: string }[] }).body;
  lastAsked = sourceCode;
  lastWasHtml = Array.isArray(body) && body[0]?.type === 'Document';
  return lastWasHtml;
}
let lastAsked: SourceCode | undefined;
let lastWasHtml = false;

/** Is this file an ESTree program (not an HTML document)? JS-only analysis must bail out otherwise. */
export function isJsProgram(sourceCode: SourceCode): boolean {
  return sourceCode.ast.type === 'Program' && !isHtmlDocument(sourceCode);
}

function htmlPieces(text: HtmlTextNode): MarkupValuePiece[] {
  const parts = text.parts ?? [];
  if (parts.length === 0) return [{ text: text.value, start: text.range[0], template: false }];
  return parts.map((p) => ({ text: p.value, start: p.range[0], template: p.type === 'Template' }));
}

/**
 * Boolean attributes, which template output in a tag's attribute list may write by their own name (Blaze's and
 * Handlebars' `{{disabled}}`, a conditional's `{{#if locked}}disabled{{/if}}`): nothing else is written there.
 */
export const BOOLEAN_ATTRIBUTES: ReadonlySet<string> = new Set([
  'disabled', 'readonly', 'required', 'checked', 'autofocus', 'selected', 'multiple', 'hidden', 'novalidate', 'formnovalidate',
]);
/** Template output that is one name: `{{disabled}}`, `{{{readonly}}}`, `{{ required }}`. */
const OUTPUT_OF_NAME = /^\{\{\{?\s*([a-z]+)\s*\}?\}\}$/i;
/** A template tag that opens, divides or closes a conditional: `{{#if x}}`, `{{else}}`, `{{/unless}}`, `{% if x %}`, `{% endif %}`. */
const CONDITIONAL_TAG = /^(?:\{\{~?\s*(?:#(?:if|unless)\b[^}]*|else\b[^}]*|\/(?:if|unless))\s*~?\}\}|\{%-?\s*(?:if|elif|elsif|else|endif|unless|endunless)\b[^%]*-?%\})$/;

/**
 * The `html` processor's stand-in for Razor code in a start tag that can only write boolean attributes
 * (`@if (x) { <text>selected="selected"</text> }` → `@*selected*@`; processors/razor.ts).
 */
const RAZOR_STAND_IN = /^@\*([a-z]+(?: [a-z]+)*)\*@$/;

/**
 * The boolean attributes that template output in an attribute's name position can only write (`{{disabled}}`, a
 * conditional whose branches write boolean attribute names alone), lower case; null when it may write anything
 * (`{{attrs}}`, `{{> partial}}`, a conditional that writes `name="…"`).
 */
function templateBooleanAttributes(key: HtmlTextNode): string[] | null {
  const parts = key.parts ?? [];
  const output = parts.length === 1 ? OUTPUT_OF_NAME.exec(key.value.trim()) : null;
  if (output) return BOOLEAN_ATTRIBUTES.has(output[1]!.toLowerCase()) ? [output[1]!.toLowerCase()] : null;
  const names = new Set<string>();
  for (const part of parts) {
    if (part.type === 'Template') {
      const standIn = RAZOR_STAND_IN.exec(part.value);
      if (standIn) {
        for (const name of standIn[1]!.split(' ')) {
          if (!BOOLEAN_ATTRIBUTES.has(name)) return null;
          names.add(name);
        }
      } else if (!CONDITIONAL_TAG.test(part.value.trim())) return null;
      continue;
    }
    for (const word of part.value.split(/\s+/)) {
      if (word === '') continue;
      if (!BOOLEAN_ATTRIBUTES.has(word.toLowerCase())) return null;
      names.add(word.toLowerCase());
    }
  }
  return names.size > 0 ? [...names] : null;
}

/** A `Tag`, `ScriptTag` or `StyleTag` node of @html-eslint/parser as a markup element. */
export function htmlElement(node: HtmlElementNode): MarkupElement {
  const tag = node.type === 'ScriptTag' ? 'script' : node.type === 'StyleTag' ? 'style' : (node.name ?? '').toLowerCase();
  const attributes = (node.attributes ?? []).flatMap((attribute): MarkupAttribute[] => {
    const key = attribute.key;
    const templated = key?.parts?.some((p) => p.type === 'Template') === true;
    const value = attribute.value;
    // Template output that can only write boolean attributes: each may be there or not (its value unknown).
    const booleans = templated && !value ? templateBooleanAttributes(key!) : null;
    if (booleans) return booleans.map((name) => fromPieces(name, [{ text: '', start: null, template: true }], attribute, attribute));
    const name = !key ? '' : templated ? null : key.value.toLowerCase();
    if (!value) return [fromPieces(name, [{ text: '', start: null, template: false }], attribute, attribute)];
    return [fromPieces(name, htmlPieces(value), attribute, value)];
  });
  return { tag, attributes, node, firstAttributeWins: true };
}

/** Text of an inline `<script>` (the `ScriptTagContent` child), with its source offset. */
export function htmlScriptContent(node: MarkupNode): HtmlTextNode | null {
  const content = (node as { value?: HtmlTextNode }).value;
  return content && content.type === 'ScriptTagContent' ? content : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Vue (vue-eslint-parser)

interface VueNode extends MarkupNode {
  [key: string]: unknown;
}

interface VueAttributeNode extends MarkupNode {
  directive: boolean;
  key: VueNode & { name?: unknown; rawName?: string; argument?: (VueNode & { name?: string }) | null };
  value: (VueNode & { value?: unknown; expression?: VueNode | null; references?: unknown }) | null;
}

export interface VueElementNode extends MarkupNode {
  rawName: string;
  startTag: { attributes: VueAttributeNode[] };
}

/** Parser services of vue-eslint-parser, when this file was parsed by it. */
export interface VueParserServices {
  defineTemplateBodyVisitor(templateVisitor: Record<string, (node: never) => void>, scriptVisitor?: TSESLint.RuleListener): TSESLint.RuleListener;
}

export function vueServices(sourceCode: SourceCode): VueParserServices | null {
  const services = sourceCode.parserServices as Partial<VueParserServices> | undefined;
  return typeof services?.defineTemplateBodyVisitor === 'function' ? (services as VueParserServices) : null;
}

/** A literal's text as written (without quotes) when it matches its value, so offsets map onto the source. */
function literalPiece(value: string, node: MarkupNode, sourceCode: SourceCode): MarkupValuePiece {
  const raw = sourceCode.text.slice(node.range[0], node.range[1]);
  const quoted = raw.length >= 2 && /^["'`]$/.test(raw[0]!) && raw.at(-1) === raw[0];
  const inner = quoted ? raw.slice(1, -1) : raw;
  return { text: value, start: inner === value ? node.range[0] + (quoted ? 1 : 0) : null, template: false };
}

const UNKNOWN_PIECE: MarkupValuePiece = { text: '', start: null, template: true };

/** A bound expression as the template parsers give it (ESTree, loosely typed here). */
type ExpressionNode = MarkupNode & { value?: unknown; quasis?: unknown[]; expressions?: unknown[] };

/** A bound expression's text when it is a string literal or a template without holes (Vue `:a="'x'"`, Svelte `a={'x'}`), else null. */
function expressionPiece(expression: ExpressionNode | null | undefined, sourceCode: SourceCode): MarkupValuePiece | null {
  if (expression?.type === 'Literal' && typeof expression.value === 'string') return literalPiece(expression.value, expression, sourceCode);
  if (expression?.type === 'TemplateLiteral' && expression.expressions?.length === 0) {
    const quasi = expression.quasis?.[0] as { value?: { cooked?: string } } | undefined;
    if (typeof quasi?.value?.cooked === 'string') return literalPiece(quasi.value.cooked, expression, sourceCode);
  }
  return null;
}

/** A `VElement` of vue-eslint-parser's template AST as a markup element: static attributes and `:attr="'literal'"`. */
export function vueElement(node: VueElementNode, sourceCode: SourceCode): MarkupElement {
  const attributes: MarkupAttribute[] = [];
  for (const attribute of node.startTag.attributes) {
    const value = attribute.value;
    if (!attribute.directive) {
      const name = typeof attribute.key.rawName === 'string' ? attribute.key.rawName.toLowerCase() : null;
      if (!value) attributes.push(fromPieces(name, [{ text: '', start: null, template: false }], attribute, attribute));
      else attributes.push(fromPieces(name, [literalPiece(String(value.value ?? ''), value, sourceCode)], attribute, value));
      continue;
    }
    const directive = attribute.key.name as { name?: string } | undefined;
    if (directive?.name === 'model') {
      // `v-model="form.cvc"`: the bound path, as written, for the input rules (a path names the field like `name`).
      const expression = value?.expression as VueNode | null | undefined;
      const piece = expression ? { text: sourceCode.text.slice(expression.range[0], expression.range[1]), start: null, template: false } : UNKNOWN_PIECE;
      attributes.push(fromPieces('v-model', [piece], attribute, expression ?? attribute));
      continue;
    }
    if (directive?.name !== 'bind') continue; // v-on, v-if…: not attributes
    const argument = attribute.key.argument;
    if (!argument || argument.type !== 'VIdentifier' || typeof argument.name !== 'string') {
      attributes.push(fromPieces(null, [UNKNOWN_PIECE], attribute, attribute)); // v-bind="obj", :[dynamic]
      continue;
    }
    const expression = value?.expression as ExpressionNode | null | undefined;
    const piece =
      expressionPiece(expression, sourceCode) ??
      (expression ? { ...UNKNOWN_PIECE, expression, references: Array.isArray(value?.references) ? (value.references as VueReference[]) : [] } : UNKNOWN_PIECE);
    const valueNode = piece.template ? (value ?? attribute) : expression!;
    const name = argument.name.toLowerCase();
    // `:value="form.cvc"`: a bound path, read like a JSX controlled value (inputs.ts VALUE_BINDING).
    const path = name === 'value' && piece.template && expression ? boundPath(expression as unknown as TSESTree.Node, sourceCode) : null;
    if (path !== null) attributes.push(fromPieces(VALUE_BINDING, [{ text: path, start: null, template: false }], attribute, expression!));
    else attributes.push(fromPieces(name, [piece], attribute, valueNode));
  }
  return { tag: vueTag(node.rawName), written: node.rawName, attributes, node };
}

/**
 * A Vue template element's tag: its name in lower case, and a web component's text field written as Vue names the
 * component that wraps it (`<IonInput>` of `@ionic/vue` is `<ion-input>`; real-world batch 246).
 */
function vueTag(rawName: string): string {
  const lower = rawName.toLowerCase();
  if (!/^[A-Z]/.test(rawName)) return lower;
  const kebab = kebabCase(rawName);
  return WEB_COMPONENT_TEXT_FIELDS.has(kebab) ? kebab : lower;
}

/** `VTextField` → `v-text-field`: a component's name as Vue hyphenates it. */
export const kebabCase = (name: string): string => name.replace(/\B([A-Z])/g, '-$1').toLowerCase();

// ---------------------------------------------------------------------------------------------------------------
// Svelte (svelte-eslint-parser)

interface SvelteValueNode extends MarkupNode {
  /** `SvelteLiteral`'s text; for `SvelteMustacheTag` (`{expr}`) see `expression`. */
  value?: unknown;
  expression?: ExpressionNode;
}

interface SvelteAttributeNode extends MarkupNode {
  key?: MarkupNode & { name?: unknown };
  /** `SvelteAttribute`: the pieces of the value; `SvelteShorthandAttribute` (`{value}`): the identifier. */
  value?: SvelteValueNode[] | SvelteValueNode;
  boolean?: boolean;
  /** `SvelteDirective`: `Binding` for `bind:value={…}`, `EventHandler`, `Class`… */
  kind?: string;
  expression?: MarkupNode | null;
}

export interface SvelteElementNode extends MarkupNode {
  /** `html`, `component` (`<Input>`) or `special` (`<svelte:head>`). */
  kind: string;
  name: MarkupNode;
  startTag: { attributes: SvelteAttributeNode[] };
}

/** A `{expr}` value: its text when it is a string literal or a template without holes (a script literal), else unknown. */
function svelteExpressionPiece(expression: ExpressionNode | undefined, sourceCode: SourceCode): MarkupValuePiece {
  const piece = expressionPiece(expression, sourceCode);
  return piece ? { ...piece, script: true } : expression ? { ...UNKNOWN_PIECE, expression } : UNKNOWN_PIECE;
}

/** A bound path (`value={form.cvc}`, `bind:value={card.number}`) as the `VALUE_BINDING` attribute, else null. */
function svelteValueBinding(expression: MarkupNode | null | undefined, attribute: MarkupNode, sourceCode: SourceCode): MarkupAttribute | null {
  const path = expression ? boundPath(expression as unknown as TSESTree.Node, sourceCode) : null;
  return path === null ? null : fromPieces(VALUE_BINDING, [{ text: path, start: null, template: false }], attribute, expression!);
}

/** A Svelte element's name as written (`Input`, `svelte:head`). */
const svelteWrittenName = (node: SvelteElementNode, sourceCode: SourceCode): string => sourceCode.text.slice(node.name.range[0], node.name.range[1]);

/**
 * A `SvelteElement` as a markup element: static attributes, `{'literal'}` values, and an input's bound value
 * (`value={form.cvc}`, `bind:value={card.number}`, read like a JSX controlled value). Spreads (`{...props}`) may add
 * any attribute; other directives (`on:`, `class:`, `use:`) are not attributes.
 */
export function svelteElement(node: SvelteElementNode, sourceCode: SourceCode): MarkupElement {
  const attributes: MarkupAttribute[] = [];
  for (const attribute of node.startTag.attributes) {
    const keyName = typeof attribute.key?.name === 'string' ? attribute.key.name.toLowerCase() : null;
    switch (attribute.type) {
      case 'SvelteAttribute': {
        const parts = Array.isArray(attribute.value) ? attribute.value : [];
        if (attribute.boolean === true || parts.length === 0) {
          attributes.push(fromPieces(keyName, [{ text: '', start: null, template: false }], attribute, attribute));
          break;
        }
        const only = parts.length === 1 ? parts[0]! : null;
        const binding = keyName === 'value' && only?.type === 'SvelteMustacheTag' ? svelteValueBinding(only.expression, attribute, sourceCode) : null;
        if (binding) {
          attributes.push(binding);
          break;
        }
        const pieces = parts.map((part) =>
          part.type === 'SvelteLiteral' && typeof part.value === 'string' ? literalPiece(part.value, part, sourceCode) : svelteExpressionPiece(part.expression, sourceCode),
        );
        attributes.push(fromPieces(keyName, pieces, attribute, only ?? attribute));
        break;
      }
      case 'SvelteShorthandAttribute': // `{value}`: the variable of the same name
        attributes.push(
          (keyName === 'value' && !Array.isArray(attribute.value) && svelteValueBinding(attribute.value, attribute, sourceCode)) ||
            fromPieces(keyName, [Array.isArray(attribute.value) || !attribute.value ? UNKNOWN_PIECE : { ...UNKNOWN_PIECE, expression: attribute.value }], attribute, attribute),
        );
        break;
      case 'SvelteSpreadAttribute':
        attributes.push(fromPieces(null, [UNKNOWN_PIECE], attribute, attribute));
        break;
      case 'SvelteDirective': {
        const directiveKey = attribute.key as (MarkupNode & { name?: MarkupNode & { name?: unknown } }) | undefined;
        if (attribute.kind === 'Binding' && directiveKey?.name?.name === 'value') {
          const binding = svelteValueBinding(attribute.expression, attribute, sourceCode);
          if (binding) attributes.push(binding);
        }
        break;
      }
      default:
        break; // style:, {@attach}, this=…: not attributes a check reads
    }
  }
  const written = svelteWrittenName(node, sourceCode);
  return { tag: written.toLowerCase(), written, attributes, node };
}

/**
 * The text of a text node or HTML comment (Svelte's `SvelteText` / `SvelteHTMLComment`, Vue's `VText` / `HTMLComment`
 * token, JSX's `JSXText`, Astro's `AstroHTMLComment`) as one piece, placed where it is written (a comment's range
 * includes its `<!--` and `-->`; text with character references is not written as-is: no place).
 */
export function textNodePieces(node: MarkupNode & { value?: unknown }, sourceCode: SourceCode): MarkupValuePiece[] {
  const text = typeof node.value === 'string' ? node.value : '';
  const raw = sourceCode.text.slice(node.range[0], node.range[1]);
  const offset = node.type.endsWith('HTMLComment') && raw.startsWith('<!--') ? 4 : 0;
  if (raw.startsWith(text, offset)) return [{ text, start: node.range[0] + offset, template: false }];
  // vue-eslint-parser gives text and comments with `\r\n` read as `\n`: the source as written, where that is all
  // that differs (the words of the text sit at their places in it).
  const written = raw.slice(offset, offset === 4 && raw.endsWith('-->') ? raw.length - 3 : raw.length);
  if (written.includes('\r') && written.replace(/\r\n?/g, '\n') === text) return [{ text: written, start: node.range[0] + offset, template: false }];
  return [{ text, start: null, template: false }];
}

// ---------------------------------------------------------------------------------------------------------------
// Forms

/** A markup AST node as the three parsers link them: its parent and its children (a program's: its body). */
interface LinkedMarkupNode extends MarkupNode {
  parent?: LinkedMarkupNode | null;
  children?: LinkedMarkupNode[];
  body?: unknown;
}

const childrenOf = (node: LinkedMarkupNode): readonly LinkedMarkupNode[] | null =>
  node.type === 'Program' ? (Array.isArray(node.body) ? (node.body as LinkedMarkupNode[]) : null) : Array.isArray(node.children) ? node.children : null;

/** The nodes inside `root` at any depth, in source order. */
function descendants(root: LinkedMarkupNode): LinkedMarkupNode[] {
  const found: LinkedMarkupNode[] = [];
  const visit = (node: LinkedMarkupNode): void => {
    for (const child of childrenOf(node) ?? []) {
      found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/** The element node types of the three parsers, each with its converter (see `MarkupElement`) and its tag name. */
const ELEMENT_CONVERTERS: Readonly<Record<string, { convert: (node: never, sourceCode: SourceCode) => MarkupElement; tag: (node: never, sourceCode: SourceCode) => string }>> = {
  Tag: { convert: (node: HtmlElementNode) => htmlElement(node), tag: (node: HtmlElementNode) => (node.name ?? '').toLowerCase() },
  VElement: { convert: (node: VueElementNode, sourceCode) => vueElement(node, sourceCode), tag: (node: VueElementNode) => vueTag(node.rawName) },
  SvelteElement: {
    convert: (node: SvelteElementNode, sourceCode) => svelteElement(node, sourceCode),
    tag: (node: SvelteElementNode, sourceCode) => svelteWrittenName(node, sourceCode).toLowerCase(),
  },
};

/** The elements of `elementType` under `root`, at any depth, as markup elements. */
function elementsUnder(root: LinkedMarkupNode, elementType: string, sourceCode: SourceCode): MarkupElement[] {
  const dialect = ELEMENT_CONVERTERS[elementType];
  return dialect ? descendants(root).flatMap((node) => (node.type === elementType ? [dialect.convert(node as never, sourceCode)] : [])) : [];
}

/**
 * The nearest `<form>` element around a markup element (an HTML tag, a Vue template element, a Svelte element), and
 * the elements written inside it at any depth, as markup elements (read when asked). Where no form encloses it, the
 * page's (or template's) elements outside every form stand for one: a page that posts its fields with script has no
 * `<form>` (real-world batch 205: a checkout's `placeholder="Card Number"` and `placeholder="Security Code"` inputs in
 * `<div>`s). Vue and Svelte components inside the form are elements too (their own templates are not read).
 */
export function enclosingMarkupForm(element: MarkupElement, sourceCode: SourceCode): { form: MarkupNode; elements: () => MarkupElement[] } | null {
  const dialect = ELEMENT_CONVERTERS[element.node.type];
  if (!dialect) return null;
  const { convert, tag } = dialect;
  let form: LinkedMarkupNode | null = null;
  for (let current = (element.node as LinkedMarkupNode).parent; current && !form; current = current.parent) {
    if (current.type === element.node.type && tag(current as never, sourceCode) === 'form') form = current;
  }
  if (form) {
    const within = form;
    return { form, elements: () => elementsUnder(within, element.node.type, sourceCode) };
  }
  const page = markupRootOf(element.node as LinkedMarkupNode);
  if (page === element.node) return null;
  return { form: page, elements: () => formlessElements(page, element.node.type, sourceCode).map((node) => convert(node as never, sourceCode)) };
}

/** The outermost node above `node` (or `node`) that holds children: HTML's program, Vue's template fragment, Svelte's program. */
function markupRootOf(node: LinkedMarkupNode): LinkedMarkupNode {
  let root = node;
  for (let current = node.parent; current; current = current.parent) if (childrenOf(current) !== null) root = current;
  return root;
}

/** Tags whose text titles a page or a part of it: `<title>`, headings, a fieldset's `<legend>`. */
const TITLE_TAGS: ReadonlySet<string> = new Set(['title', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend']);

/** Per page root: its titles' texts (`markupPageTitles`). */
const pageTitlesByRoot = new WeakMap<object, { page: object; titles: string[] }>();

/**
 * The page (document, Vue or Svelte template) a markup element is in, and the texts of its `<title>`, headings and
 * legends, read once per page: what the page says it is for (`<title>Add New Opal Card</title>`, `<h3>Recharge Your
 * Metro Card Online!</h3>`).
 */
export function markupPageTitles(element: MarkupElement, sourceCode: SourceCode): { page: object; titles: string[] } {
  const root = markupRootOf(element.node as LinkedMarkupNode);
  let known = pageTitlesByRoot.get(root);
  if (!known) {
    const dialect = ELEMENT_CONVERTERS[element.node.type];
    const titles = dialect
      ? descendants(root)
          .filter((node) => node.type === element.node.type && TITLE_TAGS.has(dialect.tag(node as never, sourceCode)))
          .map(markupTextWithin)
      : [];
    known = { page: root, titles };
    pageTitlesByRoot.set(root, known);
  }
  return known;
}

/** Per page root: its elements (`markupPageElements`). */
const pageElementsByRoot = new WeakMap<object, MarkupElement[]>();

/** Every element of the page (document, Vue or Svelte template) a markup element is in, listed once per page. */
export function markupPageElements(element: MarkupElement, sourceCode: SourceCode): MarkupElement[] {
  const root = markupRootOf(element.node as LinkedMarkupNode);
  let known = pageElementsByRoot.get(root);
  if (!known) {
    known = elementsUnder(root, element.node.type, sourceCode);
    pageElementsByRoot.set(root, known);
  }
  return known;
}

/** The elements of `elementType` under `root`, at any depth, that no `<form>` holds (nor the forms themselves). */
function formlessElements(root: LinkedMarkupNode, elementType: string, sourceCode: SourceCode): LinkedMarkupNode[] {
  const dialect = ELEMENT_CONVERTERS[elementType]!;
  const found: LinkedMarkupNode[] = [];
  const stack = [...(childrenOf(root) ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === elementType) {
      if (dialect.tag(node as never, sourceCode) === 'form') continue;
      found.push(node);
    }
    const children = childrenOf(node);
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

/** Tags of the text entries `enclosingMarkupGroup` counts. */
const GROUP_ENTRY_TAGS: ReadonlySet<string> = new Set(['input', 'textarea']);

/** A group of fields (`enclosingMarkupGroup`): the element around them, and its elements. */
export interface MarkupGroup {
  /** The element around the group: one object per element, so a rule can keep what it reads of a group by it. */
  node: object;
  /** The elements within it, at any depth. */
  elements: MarkupElement[];
}

/** Per markup element: its elements at any depth and how many text entries they count (`enclosingMarkupGroup`). */
const groupsByNode = new WeakMap<object, { group: MarkupGroup; entries: number }>();

/**
 * The smallest element around a markup element that holds another text entry (`<input>`, `<textarea>`) besides it:
 * the group of fields it belongs to, in a `<form>` or not (`<div>` of a widget). Null where no ancestor holds another
 * entry. Each ancestor's elements are listed once per file, however many inputs it holds (a form of thousands).
 */
export function enclosingMarkupGroup(element: MarkupElement, sourceCode: SourceCode): MarkupGroup | null {
  const dialect = ELEMENT_CONVERTERS[element.node.type];
  if (!dialect) return null;
  const { convert, tag } = dialect;
  const ownEntry = GROUP_ENTRY_TAGS.has(tag(element.node as never, sourceCode)) ? 1 : 0;
  for (let current = (element.node as LinkedMarkupNode).parent; current; current = current.parent) {
    if (current.type !== element.node.type) continue;
    let known = groupsByNode.get(current);
    if (!known) {
      const inner = descendants(current).filter((node) => node.type === element.node.type);
      const entries = inner.filter((node) => GROUP_ENTRY_TAGS.has(tag(node as never, sourceCode))).length;
      known = { group: { node: current, elements: inner.map((node) => convert(node as never, sourceCode)) }, entries };
      groupsByNode.set(current, known);
    }
    if (known.entries - ownEntry > 0) return known.group;
  }
  return null;
}

/** The text nodes of the three parsers (`value`: the text, entities decoded). */
const TEXT_NODE_TYPES: ReadonlySet<string> = new Set(['Text', 'VText', 'SvelteText']);

/** The text inside a markup node, at any depth, blanks collapsed. */
function markupTextWithin(node: LinkedMarkupNode): string {
  const texts = descendants(node).filter((inner) => TEXT_NODE_TYPES.has(inner.type));
  return withoutPrintedMembers(decodeCharacterReferences(texts.map((text) => String((text as { value?: unknown }).value ?? '')).join(' ')))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A Razor expression that prints a member's value (`@Model.CardNumber`, `@item?.Order.Total`): text the page shows
 * once rendered, not words that name a field (Smartstore's admin order page captions a card-number input with the
 * value it holds, real-world batch 217; its `model` read as "model card", another kind of card). Not a call, which
 * may look up a label by a key naming the field (`@T("Payment.CardNumber")`).
 */
const PRINTED_MEMBER = /(?<![\w@])@[A-Za-z_]\w*(?:\??\.[A-Za-z_]\w*)+(?![\w(])/g;

/** Label or caption text without its Razor value outputs (`PRINTED_MEMBER`). */
const withoutPrintedMembers = (text: string): string => (text.includes('@') ? text.replace(PRINTED_MEMBER, ' ') : text);

/** A character reference in HTML text: named (`&nbsp;`, `&eacute;`) or numeric (`&#160;`, `&#xe9;`). */
const CHARACTER_REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]*));/g;
/** Named references of an accented Latin letter: its letter, as the card-field classifier folds accents anyway. */
const ACCENTED_LETTER = /^([A-Za-z])(?:acute|grave|circ|tilde|uml|cedil|ring|slash)$/;
const NAMED_CHARACTERS: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * HTML text as the browser shows it, for the words of a label (real-world batch EI: `*&nbsp;Security Number`, whose
 * `nbsp` read as a word): @html-eslint/parser keeps the source's references. Other named references (`&copy;`) read
 * as a space.
 */
function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(CHARACTER_REFERENCE, (_match, hex?: string, decimal?: string, name?: string) => {
    if (name !== undefined) return NAMED_CHARACTERS[name] ?? ACCENTED_LETTER.exec(name)?.[1] ?? ' ';
    const code = hex !== undefined ? parseInt(hex, 16) : parseInt(decimal!, 10);
    return code > 0x20 && code <= 0x10ffff && code !== 0xa0 ? String.fromCodePoint(code) : ' ';
  });
}

/**
 * An `id` or `for` value as a key (values.ts `sameValueKey`): its static text, or the text and bindings it is written
 * with where each bound part reads a binding of this render (Svelte's `for={id}`, `{id}`, `"{id}-cvc"`; Vue's
 * `:for="id"`, a `v-for` variable's `:id="card.id"`); null where a part is unknown (template output, a call).
 */
export function markupValueKey(attribute: MarkupAttribute | null | undefined, sourceCode: SourceCode): string | null {
  if (!attribute) return null;
  if (attribute.value !== null) return attribute.value;
  let key = '';
  for (const piece of attribute.pieces) {
    if (!piece.template) {
      if (piece.text.includes('\0')) return null;
      key += piece.text;
      continue;
    }
    if (!piece.expression) return null;
    const part = sameValueKey(piece.expression as unknown as TSESTree.Node, sourceCode, piece.references ? vueBindings(piece.references) : svelteBindings(sourceCode));
    if (part === null) return null;
    key += part;
  }
  return key;
}

/**
 * What an identifier of a Svelte template reads: its variable, reassigned or not (a prop, which the parent writes; a
 * `let` a handler sets): Svelte updates every attribute that reads a variable in one flush, so a label's `for` and its
 * input's `id` never show two values of it.
 */
const svelteBindings =
  (sourceCode: SourceCode): BindingOf =>
  (identifier) => {
    const variable = variableOf(identifier, sourceCode);
    return variable && variable.defs.length > 0 ? variable : null;
  };

/** What an identifier of a Vue template expression reads: its template variable, else the component's member of that name. */
const vueBindings =
  (references: readonly VueReference[]): BindingOf =>
  (identifier) => {
    const reference = references.find((candidate) => candidate.id === identifier);
    return reference ? (reference.variable ?? `vue:${identifier.name}`) : null;
  };

/** Per document or template root: its `<label for>` texts by target (`markupLabelTexts`). */
interface MarkupLabels {
  /** The texts of the `<label for>` elements by their target. */
  byTarget: Map<string, string[]>;
  /** The static ids of the elements; null when one may have an id not known here (template output, a bound id). */
  ids: Set<string> | null;
}
const markupLabelsByRoot = new WeakMap<object, MarkupLabels>();

/** Per document or template: its `<label for>` texts by target and its elements' ids, read in one walk. */
function markupLabels(root: LinkedMarkupNode, type: string, sourceCode: SourceCode): MarkupLabels {
  let labels = markupLabelsByRoot.get(root);
  const dialect = ELEMENT_CONVERTERS[type];
  if (!labels && dialect) {
    const { convert, tag } = dialect;
    labels = { byTarget: new Map(), ids: new Set() };
    for (const node of descendants(root)) {
      if (node.type !== type) continue;
      const element = convert(node as never, sourceCode);
      for (const attribute of element.attributes) {
        if (attribute.name === null || (attribute.name === 'id' && attribute.value === null)) labels.ids = null;
        else if (attribute.name === 'id' && labels.ids) labels.ids.add(attribute.value!);
      }
      if (tag(node as never, sourceCode) !== 'label') continue;
      const target = markupValueKey(markupAttribute(element, 'for'), sourceCode);
      if (!target) continue;
      const list = labels.byTarget.get(target) ?? [];
      list.push(markupTextWithin(node));
      labels.byTarget.set(target, list);
    }
    markupLabelsByRoot.set(root, labels);
  }
  return labels ?? { byTarget: new Map(), ids: null };
}
/** Per `<label>` node: how many labelable elements it holds (`markupLabelTexts`). */
const labelableCounts = new WeakMap<object, number>();

/**
 * The visible labels of a markup element: the text of the `<label>` around it, of a label without `for` (or with one
 * naming no element) written right before it, and of each `<label for>` naming its
 * `id` (static, or written with the same bindings: `markupValueKey`) in the same document or template; where none does,
 * the caption written right before it (`markupCaption`).
 * With `ownOnly`, a label around it counts only where it is the one
 * labelable element in that label (`LABELABLE_TAGS`): the label's text is then its own name.
 */
export function markupLabelTexts(element: MarkupElement, sourceCode: SourceCode, { ownOnly = false }: { ownOnly?: boolean } = {}): string[] {
  if (element.labels) return [...element.labels];
  const dialect = ELEMENT_CONVERTERS[element.node.type];
  if (!dialect) return [];
  const { convert, tag } = dialect;
  const texts: string[] = [];
  // Counted once per label (a label around thousands of inputs).
  const labelables = (label: LinkedMarkupNode): number => {
    let count = labelableCounts.get(label);
    if (count === undefined) {
      count = descendants(label).filter((node) => node.type === element.node.type && LABELABLE_TAGS.has(tag(node as never, sourceCode))).length;
      labelableCounts.set(label, count);
    }
    return count;
  };
  // A label around the element that labels only it: no other labelable element in it, and no unknown attribute
  // (template output, a spread) that may give it a `for` pointing elsewhere.
  const labelsOnlyIt = (label: LinkedMarkupNode): boolean =>
    labelables(label) === 1 && convert(label as never, sourceCode).attributes.every((attribute) => attribute.name !== null);
  // The outermost node that holds children (HTML's program, Vue's template fragment, Svelte's program).
  let root = element.node as LinkedMarkupNode;
  let insideLabel = false;
  for (let current = root.parent; current; current = current.parent) {
    const label = current.type === element.node.type && tag(current as never, sourceCode) === 'label';
    insideLabel ||= label;
    if (label && (!ownOnly || labelsOnlyIt(current))) texts.push(markupTextWithin(current));
    // Angular Material's `<mat-label>` names the one control of its `<mat-form-field>` (`<input matInput>`).
    if (current.type === element.node.type && tag(current as never, sourceCode) === 'mat-form-field' && labelables(current) === 1) {
      for (const child of childrenOf(current) ?? []) {
        if (child.type === element.node.type && tag(child as never, sourceCode) === 'mat-label') texts.push(markupTextWithin(child));
      }
    }
    if (childrenOf(current) !== null) root = current;
  }
  // The label written right before it (its previous sibling, only blanks between) that labels nothing else (else the
  // caption written there, `markupCaption`): no `for` but one that points nowhere (`for=""`, real-world batch EH), no unknown attribute, no labelable element inside
  // (real-world batches DD and DE).
  // Also the label right before the wrapper the element is the first and only labelable child of (Bootstrap's
  // `<label>Card Number</label><div class="col-sm-8"><input id="input_number"></div>`; real-world batch 328), up to two
  // wrappers out; a caption only right before the element itself.
  let node = element.node as LinkedMarkupNode;
  let caption: string | null = null;
  for (let level = 0; level <= MAX_LABEL_WRAPPERS; level++) {
    const siblings = node.parent ? (childrenOf(node.parent) ?? []) : [];
    let previous: LinkedMarkupNode | null = null;
    for (let i = indexInSource(siblings, node) - 1; i >= 0 && previous === null; i--) {
      const sibling = siblings[i]!;
      if (!(TEXT_NODE_TYPES.has(sibling.type) && String((sibling as { value?: unknown }).value ?? '').trim() === '')) previous = sibling;
    }
    if (previous === null) {
      const wrapper = node.parent;
      const wrapperTag = wrapper && wrapper.type === element.node.type ? tag(wrapper as never, sourceCode) : null;
      if (wrapperTag === null || !LABEL_WRAPPER_TAGS.has(wrapperTag) || labelables(wrapper!) !== 1) break;
      node = wrapper!;
      continue;
    }
    // (Also Ionic's `<ion-label>` before an `<ion-input>` in an `<ion-item>`, the pattern before Ionic 7's `label`.)
    const siblingTag = previous.type === element.node.type ? tag(previous as never, sourceCode) : null;
    if ((siblingTag === 'label' || (siblingTag === 'ion-label' && element.tag.startsWith('ion-'))) && labelables(previous) === 0) {
      const attributes = convert(previous as never, sourceCode).attributes;
      // (A `for` naming no element's id, where every id is known, points nowhere too: real-world batch EI.)
      const pointsNowhere = (value: string | null): boolean =>
        value !== null && (value.trim() === '' || markupLabels(root, element.node.type, sourceCode).ids?.has(value) === false);
      if (attributes.every((attribute) => attribute.name !== null && (attribute.name !== 'for' || pointsNowhere(attribute.value)))) texts.push(markupTextWithin(previous));
    } else if (!insideLabel && level === 0) caption = markupCaption(previous, element.node.type, sourceCode);
    break;
  }
  const id = markupValueKey(markupAttribute(element, 'id'), sourceCode);
  if (id) texts.push(...(markupLabels(root, element.node.type, sourceCode).byTarget.get(id) ?? []));
  // A caption counts only where no label names the element, nor holds it (a label's text is read as the label's, above).
  if (texts.length === 0 && caption !== null) texts.push(caption);
  return texts;
}

/**
 * The text written right before an input that captions it where no label does (real-world batch 202: a course
 * checkout's `<div class="info">Credit or debit card number*</div> <input id="namec" type="number">`, and text before
 * the input in its own parent: `Security code* <input>`): a text node, or an element of `CAPTION_TAGS` that holds only
 * text and inline formatting. Null for anything else.
 */
function markupCaption(sibling: LinkedMarkupNode, elementType: string, sourceCode: SourceCode): string | null {
  if (TEXT_NODE_TYPES.has(sibling.type)) return captionText(withoutPrintedMembers(decodeCharacterReferences(String((sibling as { value?: unknown }).value ?? ''))));
  const dialect = ELEMENT_CONVERTERS[sibling.type];
  if (sibling.type !== elementType || !dialect || !CAPTION_TAGS.has(dialect.tag(sibling as never, sourceCode))) return null;
  const inline = descendants(sibling).every(
    (inner) => inner === sibling || TEXT_NODE_TYPES.has(inner.type) || (inner.type === elementType && INLINE_TEXT_TAGS.has(dialect.tag(inner as never, sourceCode))),
  );
  return inline ? captionText(markupTextWithin(sibling)) : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Listeners

export interface MarkupVisitor {
  /** Every element (HTML tags, script and style tags; Vue template elements). */
  element?: (element: MarkupElement) => void;
  /** HTML comments and text outside scripts and styles, as pieces (template markers are unknown pieces). */
  text?: (pieces: readonly MarkupValuePiece[], node: MarkupNode) => void;
}

/** Is this file markup with elements to check: an HTML document, a Vue SFC or a Svelte component? */
export function isMarkupFile(sourceCode: SourceCode): boolean {
  return isHtmlDocument(sourceCode) || vueServices(sourceCode) !== null || isSvelteComponent(sourceCode);
}

/**
 * Is this file a component whose template parser decodes character references in attribute values itself (a Vue SFC,
 * a Svelte component), so that its text may spell a word only with entities?
 */
export function isComponentFile(sourceCode: SourceCode): boolean {
  return vueServices(sourceCode) !== null || isSvelteComponent(sourceCode);
}

/**
 * The listeners of a rule that also checks markup: on an HTML document only the markup visitor runs (the JS
 * listeners have nothing to visit, and inline scripts are linted as their own blocks by the `html` processor); on
 * a Vue SFC the template visitor runs beside the JS listeners of the `<script>` blocks; on a Svelte component, whose
 * AST holds the template's elements beside the scripts' statements, the markup listeners are added to the JS ones;
 * elsewhere the JS listeners.
 */
export function withMarkupListeners(
  sourceCode: SourceCode,
  visitor: MarkupVisitor,
  jsListeners: () => TSESLint.RuleListener,
): TSESLint.RuleListener {
  const { element, text } = visitor;
  if (isHtmlDocument(sourceCode)) {
    const listeners: Record<string, (node: never) => void> = {};
    if (element) {
      const onElement = (node: HtmlElementNode): void => element(htmlElement(node));
      listeners.Tag = onElement;
      listeners.ScriptTag = onElement;
      listeners.StyleTag = onElement;
    }
    if (text) {
      listeners.Text = (node: HtmlTextNode) => text(htmlPieces(node), node);
      listeners.CommentContent = (node: HtmlTextNode) => text(htmlPieces(node), node);
    }
    return listeners as TSESLint.RuleListener;
  }
  const vue = vueServices(sourceCode);
  if (vue && (element || text)) {
    const template: Record<string, (node: never) => void> = {};
    // A template's HTML comments are tokens, not nodes: read once, at its first element (the `<template>` itself).
    const comments = (sourceCode.ast as unknown as { templateBody?: { comments?: Array<MarkupNode & { value?: unknown }> } }).templateBody?.comments ?? [];
    let commentsRead = !text;
    template.VElement = (node: VueElementNode) => {
      if (!commentsRead) {
        commentsRead = true;
        for (const comment of comments) if (comment.type === 'HTMLComment') text!(textNodePieces(comment, sourceCode), comment);
      }
      element?.(vueElement(node, sourceCode));
    };
    if (text) template.VText = (node: MarkupNode & { value?: unknown }) => text(textNodePieces(node, sourceCode), node);
    return vue.defineTemplateBodyVisitor(template, jsListeners());
  }
  if (isSvelteComponent(sourceCode)) {
    const listeners: Record<string, (node: never) => void> = { ...(jsListeners() as Record<string, (node: never) => void>) };
    if (element) listeners.SvelteElement = (node: SvelteElementNode) => element(svelteElement(node, sourceCode));
    if (text) {
      const onText = (node: MarkupNode & { value?: unknown }): void => text(textNodePieces(node, sourceCode), node);
      listeners.SvelteText = onText;
      listeners.SvelteHTMLComment = onText;
    }
    return listeners as TSESLint.RuleListener;
  }
  return jsListeners();
}

/** `loc` for a source range (markup reports are made by location: markup nodes are not ESTree nodes). */
export function locOf(sourceCode: SourceCode, range: readonly [number, number]): TSESTree.SourceLocation {
  return { start: sourceCode.getLocFromIndex(range[0]), end: sourceCode.getLocFromIndex(range[1]) };
}
