/**
 * HTML written in JavaScript strings that a page renders: `el.innerHTML = '…'` / `outerHTML` (also `+=`),
 * `el.insertAdjacentHTML(position, '…')`, an Angular component's inline
 * `template` (`@Component({ template: `…` })`, `Component` from @angular/core), and Lit / htm templates
 * (``html`<input name="cvc">` `` with `html` from lit, lit-html, lit-element or htm). The strings' start tags are read as
 * markup elements (tag and attributes, as markup.ts gives them for HTML files), so the markup checks run on them.
 *
 * A string is read where it is written or through consts (`resolveValue`); a `${…}` hole is an unknown piece (an
 * attribute named by one is unknown, a value holding one has only its prefix), and so is each operand of a `+`
 * concatenation that is not a string literal or template (`'<input name="' + name + '">'`). Strings built elsewhere
 * (an array's `join`, a function's result) are not read. HTML comments are skipped. Positions are exact where the string's raw text equals its
 * value (no escapes); otherwise a report points at the whole string.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { jqueryRootName } from './globals.js';
import type { MarkupAttribute, MarkupElement, MarkupNode, MarkupValuePiece } from './markup.js';
import { moduleRefOf } from './modules.js';
import { stringPieces } from './string-use.js';
import { textFinder } from './text-search.js';
import { decoratorName, fieldWrites, memberName, objectEntry, resolveValue, unwrap } from './values.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
/**
 * A string literal, an untagged template, or a `+` chain with one of them among its operands (`'<input name="' + name +
 * '">'`: each other operand is a hole, as a template's `${…}` is).
 */
export type HtmlStringNode = TSESTree.StringLiteral | TSESTree.TemplateLiteral | TSESTree.BinaryExpression;

/**
 * The operands of a `+` chain, left to right (`a + (b + c)` too: inside a string concatenation each joins it). The
 * chain's left spine is walked in a loop (a generated file's concatenation of thousands of strings); past
 * MAX_CONCATENATION_OPERANDS, what is left is one operand.
 */
function concatenationOperands(node: TSESTree.Node): TSESTree.Node[] {
  const rights: TSESTree.Node[] = [];
  let left = unwrap(node);
  while (left.type === AST_NODE_TYPES.BinaryExpression && left.operator === '+' && rights.length < MAX_CONCATENATION_OPERANDS) {
    rights.push(left.right);
    left = unwrap(left.left);
  }
  const out = [left];
  for (let i = rights.length - 1; i >= 0; i--) {
    const right = unwrap(rights[i]!);
    if (right.type === AST_NODE_TYPES.BinaryExpression && right.operator === '+') out.push(...concatenationOperands(right));
    else out.push(right);
  }
  return out;
}
/** Operands read of one concatenation's left spine. */
const MAX_CONCATENATION_OPERANDS = 10_000;

const isStringOperand = (node: TSESTree.Node): node is TSESTree.StringLiteral | TSESTree.TemplateLiteral =>
  (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') ||
  (node.type === AST_NODE_TYPES.TemplateLiteral && node.parent?.type !== AST_NODE_TYPES.TaggedTemplateExpression);

/** A piece of an HTML string's text, and whether a hole (an unknown value) comes before it. */
interface HtmlPiece {
  readonly text: string;
  readonly raw: string | null;
  readonly rawStart: number;
  readonly afterHole: boolean;
}

/** The static pieces of an HTML string, in order, each marked where an unknown value comes before it. */
function htmlPieces(node: HtmlStringNode, sourceText: string): HtmlPiece[] {
  if (node.type !== AST_NODE_TYPES.BinaryExpression) return stringPieces(node, sourceText).map((piece, i) => ({ ...piece, afterHole: i > 0 }));
  const out: HtmlPiece[] = [];
  let hole = false;
  for (const operand of concatenationOperands(node)) {
    if (!isStringOperand(operand)) {
      hole = true;
      continue;
    }
    stringPieces(operand, sourceText).forEach((piece, i) => out.push({ ...piece, afterHole: i > 0 || hole }));
    hole = false;
  }
  // An unknown value after the last string (`'<input name="cc_' + field`): an empty piece after it.
  if (hole) out.push({ text: '', raw: '', rawStart: node.range[1], afterHole: true });
  return out;
}

/** Properties whose assignment renders HTML. */
export const HTML_PROPERTIES: ReadonlySet<string> = new Set(['innerHTML', 'outerHTML']);
/** The method whose second argument is rendered as HTML. */
export const HTML_METHOD = 'insertAdjacentHTML';
/** The string (literal or template, directly or through consts) that `value` is, or null. */
function stringNode(value: TSESTree.Node | undefined, sourceCode: SourceCode): HtmlStringNode | null {
  if (!value || value.type === AST_NODE_TYPES.SpreadElement) return null;
  let resolved = resolveValue(value, sourceCode);
  // A field of the instance the class sets once (`this.template = \`<form>…\``, then `this.innerHTML = this.template`;
  // real-world batch EW: a custom element).
  if (resolved.type === AST_NODE_TYPES.MemberExpression) {
    const writes = fieldWrites(resolved, sourceCode);
    if (writes.length === 1) resolved = resolveValue(writes[0]!, sourceCode);
  }
  if (isStringOperand(resolved)) return resolved;
  // A concatenation (`'<input type="text" name="card_number" id="' + id + '">'`; real-world batch 297: AngularJS
  // directives' and jQuery shops' markup) with a string among its operands.
  if (resolved.type === AST_NODE_TYPES.BinaryExpression && resolved.operator === '+' && concatenationOperands(resolved).some(isStringOperand)) return resolved;
  return null;
}

/** `el.innerHTML = html`, `el.outerHTML += html`: the HTML string. */
export function htmlOfAssignment(node: TSESTree.AssignmentExpression, sourceCode: SourceCode): HtmlStringNode | null {
  if ((node.operator !== '=' && node.operator !== '+=') || node.left.type !== AST_NODE_TYPES.MemberExpression) return null;
  const name = memberName(node.left);
  return name !== null && HTML_PROPERTIES.has(name) ? stringNode(node.right, sourceCode) : null;
}

/** `el.insertAdjacentHTML('beforeend', html)`: the HTML string. */
export function htmlOfCall(node: TSESTree.CallExpression, sourceCode: SourceCode): HtmlStringNode | null {
  const callee = unwrap(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== HTML_METHOD) return null;
  return stringNode(node.arguments[1], sourceCode);
}

/** `document.write` / `writeln`: their arguments are written into the page as HTML. */
export const DOCUMENT_WRITE_METHODS: ReadonlySet<string> = new Set(['write', 'writeln']);
/** jQuery's insertion methods, whose string argument is parsed as HTML (`$('head').append('<script …>')`). */
export const JQUERY_HTML_METHODS: ReadonlySet<string> = new Set(['append', 'prepend', 'html', 'after', 'before', 'replaceWith']);

/**
 * The HTML string a call writes into the page so that its scripts run: `document.write(html)` / `writeln` (on
 * `document` or `window.document`) and jQuery's insertion methods on a `$(…)` / `jQuery(…)` result
 * (`$('head').append(html)`, which loads and runs the scripts it inserts). Not `innerHTML` or `insertAdjacentHTML`:
 * scripts they insert never run (HTML spec). Null for anything else.
 */
export function scriptRunningHtmlOf(node: TSESTree.CallExpression, sourceCode: SourceCode): HtmlStringNode | null {
  const callee = unwrap(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = memberName(callee);
  if (method === null) return null;
  const receiver = unwrap(callee.object);
  if (DOCUMENT_WRITE_METHODS.has(method)) {
    const name = receiver.type === AST_NODE_TYPES.Identifier ? receiver.name : receiver.type === AST_NODE_TYPES.MemberExpression ? memberName(receiver) : null;
    return name === 'document' ? stringNode(node.arguments[0], sourceCode) : null;
  }
  if (JQUERY_HTML_METHODS.has(method) && receiver.type === AST_NODE_TYPES.CallExpression) {
    if (jqueryRootName(receiver.callee) !== null) return stringNode(node.arguments[0], sourceCode);
  }
  return null;
}

/** A string that jQuery's element factory reads as one tag and nothing else (its `rsingleTag`): `<input>`, `<input/>`, `<input></input>`. */
const JQUERY_SINGLE_TAG = /^<([a-z][^/\0>:\x20\t\r\n\f]*)[\x20\t\r\n\f]*\/?>(?:<\/\1>|)$/i;

/** What jQuery's element factory is given: its markup, and the tag when that markup is a single tag with no attributes. */
export interface JqueryCreation {
  html: HtmlStringNode;
  /** The tag (lower case) of markup that is one tag alone (`'<input>'`): jQuery sets the attributes of an object argument on it. */
  singleTag: string | null;
}

/**
 * jQuery's element factory given markup: `$('<input name="cvc">')`, `jQuery(html)` (also `window.$`), `$('<input>', {
 * name: 'cvc' })`. jQuery reads a string that starts with `<` (after white space) as HTML, any other as a selector
 * (`$('#pay')`). Null for anything else.
 */
export function jqueryCreation(call: TSESTree.CallExpression, sourceCode: SourceCode): JqueryCreation | null {
  if (jqueryRootName(call.callee) === null) return null;
  const html = stringNode(call.arguments[0], sourceCode);
  if (html === null) return null;
  const pieces = htmlPieces(html, sourceCode.text);
  const first = pieces[0] && !pieces[0].afterHole ? pieces[0].text : null;
  if (first === null || !first.trimStart().startsWith('<')) return null;
  const whole = pieces.length === 1 && html.type !== AST_NODE_TYPES.BinaryExpression ? first : null;
  const single = whole === null ? null : JQUERY_SINGLE_TAG.exec(whole.trim());
  return { html, singleTag: single ? single[1]!.toLowerCase() : null };
}

/**
 * Modules whose `html` tag renders its template as HTML: Lit (`lit`, `lit-html`, `lit-element`, the old
 * `@polymer/lit-element`, and their static variants) and htm's prebound `htm/preact` / `htm/react`.
 */
export const HTML_TAG_MODULES: ReadonlySet<string> = new Set([
  'lit',
  'lit/html.js',
  'lit/static-html.js',
  'lit-html',
  'lit-html/static.js',
  'lit-element',
  '@polymer/lit-element',
  'htm/preact',
  'htm/react',
]);
const HTML_TAG_EXPORT = 'html';
/** What every HTML_TAG_MODULES specifier spells (`lit`, `lit-html`, `@polymer/lit-element`, `htm/preact`). */
export const mayImportHtmlTag = textFinder(['lit', 'htm/']);

/**
 * ``html`…` `` whose tag is `html` of a Lit or htm module (HTML_TAG_MODULES; imported under any name): the template,
 * read like an HTML string (its `${…}` holes are unknown, so a bound `.value=${…}` says nothing).
 */
export function taggedHtmlTemplateOf(node: TSESTree.TaggedTemplateExpression, sourceCode: SourceCode): HtmlStringNode | null {
  if (node.tag.type !== AST_NODE_TYPES.Identifier && node.tag.type !== AST_NODE_TYPES.MemberExpression) return null;
  const ref = moduleRefOf(node.tag, sourceCode);
  return ref !== null && HTML_TAG_MODULES.has(ref.module) && ref.path.length === 1 && ref.path[0] === HTML_TAG_EXPORT ? node.quasi : null;
}

/**
 * `@Component({ template: `…` })` with `Component` from @angular/core: the inline template. The written name is checked
 * before the module is resolved.
 */
export function angularTemplateOf(decorator: TSESTree.Decorator, sourceCode: SourceCode): HtmlStringNode | null {
  const call = unwrap(decorator.expression);
  if (call.type !== AST_NODE_TYPES.CallExpression || decoratorName(decorator) !== 'Component') return null;
  const ref = moduleRefOf(call.callee, sourceCode);
  if (ref?.module !== '@angular/core' || ref.path.length !== 1 || ref.path[0] !== 'Component') return null;
  const template = call.arguments[0] ? objectEntry(call.arguments[0], sourceCode, 'template') : null;
  return template ? stringNode(template.value, sourceCode) : null;
}

/**
 * A component's or directive's inline `template`, which the framework renders as the page's markup: AngularJS's
 * `module.component('name', { template })` and the definition a directive's factory returns (`module.directive('name',
 * function () { return { template }; })`, also the factory last in an injection array), Vue 2's `Vue.component('name',
 * { template })`, `Vue.extend({ template })` and `new Vue({ template })` (real-world batch 297: an AngularJS card
 * directive's concatenated template). Null for a `template` elsewhere (a mail's, a config's).
 */
export function componentTemplateOf(property: TSESTree.Property, sourceCode: SourceCode): HtmlStringNode | null {
  if (property.computed || property.kind !== 'init' || property.parent.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const key = property.key;
  if ((key.type === AST_NODE_TYPES.Identifier ? key.name : key.type === AST_NODE_TYPES.Literal ? key.value : null) !== 'template') return null;
  return isComponentDefinition(property.parent) ? stringNode(property.value, sourceCode) : null;
}

const isNamed = (node: TSESTree.Node, name: string): boolean => node.type === AST_NODE_TYPES.Identifier && node.name === name;

/** Is `object` a component's or directive's definition (see `componentTemplateOf`)? */
function isComponentDefinition(object: TSESTree.ObjectExpression): boolean {
  const parent = object.parent;
  if (parent.type === AST_NODE_TYPES.NewExpression) return isNamed(parent.callee, 'Vue') && parent.arguments[0] === object;
  if (parent.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(parent.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const method = memberName(callee);
    if (method === 'component') return parent.arguments[1] === object && parent.arguments[0]?.type === AST_NODE_TYPES.Literal;
    return method === 'extend' && isNamed(unwrap(callee.object), 'Vue') && parent.arguments[0] === object;
  }
  // A directive's definition: what its factory returns.
  let factory: TSESTree.Node | undefined;
  if (parent.type === AST_NODE_TYPES.ReturnStatement) {
    for (let up: TSESTree.Node | undefined = parent.parent; up; up = up.parent) {
      if (up.type === AST_NODE_TYPES.FunctionExpression || up.type === AST_NODE_TYPES.ArrowFunctionExpression || up.type === AST_NODE_TYPES.FunctionDeclaration) {
        factory = up;
        break;
      }
    }
  } else if (parent.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === object) factory = parent;
  if (!factory || factory.type === AST_NODE_TYPES.FunctionDeclaration) return false;
  let given: TSESTree.Node = factory;
  if (given.parent?.type === AST_NODE_TYPES.ArrayExpression && given.parent.elements.at(-1) === given) given = given.parent;
  const call = given.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[1] !== given || call.arguments[0]?.type !== AST_NODE_TYPES.Literal) return false;
  const callee = unwrap(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'directive';
}

/** A hole (`${…}`) in the text being scanned: never part of HTML syntax. */
const HOLE = '\u0000';
const SPACE = /[\t\n\f\r ]/;

/**
 * The start tags written in an HTML string, as markup elements. `onlyTags`: the tags wanted (lower case); others are
 * skipped without reading their attributes.
 */
/**
 * Where each character of a string's value (`cooked`) is written in its source text (`raw`, between the quotes): its
 * own offset, or its escape's (`\\`, `\n`, `\x41`, `\u0041`, `\u{1F600}`, a legacy octal); a line continuation
 * writes none. Null from the first character the reading cannot place (a value that is not this text's).
 */
export function cookedOffsets(raw: string, cooked: string): (number | null)[] {
  return cookedRanges(raw, cooked).map((range) => range?.[0] ?? null);
}

/** `cookedOffsets` with each character's end: after its escape for an escaped one. */
function cookedRanges(raw: string, cooked: string): ([number, number] | null)[] {
  const out: ([number, number] | null)[] = [];
  let j = 0;
  let i = 0;
  while (i < cooked.length && j < raw.length) {
    if (raw[j] !== '\\') {
      if (raw[j] === cooked[i]) {
        out.push([j, j + 1]);
        j++;
        i++;
        continue;
      }
      // A template's CR LF reads as LF.
      if (raw[j] === '\r' && raw[j + 1] === '\n' && cooked[i] === '\n') {
        out.push([j + 1, j + 2]);
        j += 2;
        i++;
        continue;
      }
      break;
    }
    const next = raw[j + 1];
    let length = 2;
    let produced = 1;
    if (next === 'x') length = 4;
    else if (next === 'u' && raw[j + 2] === '{') {
      const close = raw.indexOf('}', j + 3);
      if (close < 0) break;
      length = close - j + 1;
      produced = Number.parseInt(raw.slice(j + 3, close), 16) > 0xffff ? 2 : 1;
    } else if (next === 'u') length = 6;
    else if (next === '\r') [length, produced] = [raw[j + 2] === '\n' ? 3 : 2, 0];
    else if (next === '\n' || next === '\u2028' || next === '\u2029') produced = 0;
    else if (next !== undefined && next >= '0' && next <= '7') length = 1 + (/^(?:[0-3][0-7]{0,2}|[4-7][0-7]?)/.exec(raw.slice(j + 1))?.[0].length ?? 1);
    for (let k = 0; k < produced; k++) out.push([j, j + length]);
    i += produced;
    j += length;
  }
  while (out.length < cooked.length) out.push(null);
  return out.slice(0, cooked.length);
}

export function htmlStringElements(node: HtmlStringNode, sourceCode: SourceCode, onlyTags?: ReadonlySet<string>): MarkupElement[] {
  return piecesElements(htmlPieces(node, sourceCode.text), node.range, sourceCode, onlyTags);
}

/**
 * `type`s of a `<script>` that holds markup for the page's scripts to render (a client-side template): any with
 * `template` in it (`text/template`, `text/x-handlebars-template`, `text/ng-template`, `text/x-template`,
 * `text/x-jquery-tmpl` aside), and Ember's, Knockout's and CanJS's own.
 */
const TEMPLATE_SCRIPT_TYPES: ReadonlySet<string> = new Set(['text/html', 'text/x-handlebars', 'text/x-jquery-tmpl', 'text/stache', 'text/mustache', 'text/x-mustache']);
export const isTemplateScript = (type: string | null): boolean => {
  const value = type?.trim().toLowerCase() ?? '';
  return value.startsWith('text/') && (value.includes('template') || TEMPLATE_SCRIPT_TYPES.has(value));
};

/**
 * The elements of markup written as text of the page itself, at `start` (a template `<script type="text/template">`'s
 * content: Backbone's, Handlebars', AngularJS's `text/ng-template`, Vue's `text/x-template`), read as an HTML string's.
 */
export function htmlTextElements(text: string, start: number, sourceCode: SourceCode, onlyTags?: ReadonlySet<string>): MarkupElement[] {
  return piecesElements([{ text, raw: text, rawStart: start, afterHole: false }], [start, start + text.length], sourceCode, onlyTags);
}

function piecesElements(
  stringPiecesOfText: readonly HtmlPiece[],
  wholeRange: readonly [number, number],
  sourceCode: SourceCode,
  onlyTags?: ReadonlySet<string>,
): MarkupElement[] {
  const node = { range: wholeRange };
  // The string's text with each hole as HOLE, and each character's source range (null where it cannot be placed).
  let text = '';
  const offsets: (number | null)[] = [];
  const ends: (number | null)[] = [];
  stringPiecesOfText.forEach((piece) => {
    if (piece.afterHole) {
      text += HOLE;
      offsets.push(null);
      ends.push(null);
    }
    // Each character at its source offset; one written as an escape (`<\/script>`, `\\d`) at its escape's.
    for (const range of cookedRanges(piece.raw ?? '', piece.text)) {
      offsets.push(range === null ? null : piece.rawStart + range[0]);
      ends.push(range === null ? null : piece.rawStart + range[1]);
    }
    text += piece.text;
  });
  const markupNode = (start: number, end: number): MarkupNode => {
    const from = offsets[start];
    const to = end > start ? ends[end - 1] : from != null ? from + 1 : null;
    const range: [number, number] = from != null && to != null ? [from, to] : [node.range[0], node.range[1]];
    return { type: 'HtmlStringNode', range, loc: { start: sourceCode.getLocFromIndex(range[0]), end: sourceCode.getLocFromIndex(range[1]) } };
  };
  const pieceOf = (start: number, end: number): MarkupValuePiece[] => {
    const pieces: MarkupValuePiece[] = [];
    let at = start;
    while (at < end) {
      const hole = text.indexOf(HOLE, at);
      const stop = hole < 0 || hole >= end ? end : hole;
      if (stop > at) pieces.push({ text: text.slice(at, stop), start: offsets[at] ?? null, template: false });
      if (stop < end) pieces.push({ text: '', start: null, template: true });
      at = stop + 1;
    }
    return pieces;
  };

  const elements: MarkupElement[] = [];
  const length = text.length;
  // The string's labels, read once at its first labelable element.
  let labels: StringLabel[] | undefined;
  const labelsOf = (at: number, attributes: readonly MarkupAttribute[]): string[] => labelTextsOf((labels ??= stringLabels(text)), at, attributes, text);
  for (let at = text.indexOf('<'); at >= 0 && at < length; at = text.indexOf('<', at + 1)) {
    if (text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at + 4);
      if (close < 0) break;
      at = close + 2;
      continue;
    }
    const tagMatch = /^<([A-Za-z][A-Za-z0-9:-]*)/.exec(text.slice(at, at + 64));
    if (!tagMatch) continue;
    const tag = tagMatch[1]!.toLowerCase();
    let pos = at + tagMatch[0].length;
    const next = text[pos];
    if (next !== undefined && !SPACE.test(next) && next !== '/' && next !== '>') continue; // `<input${x}`: the tag is unknown
    if (onlyTags && !onlyTags.has(tag)) continue;
    const attributes: MarkupAttribute[] = [];
    for (;;) {
      while (pos < length && (SPACE.test(text[pos]!) || (text[pos] === '/' && text[pos + 1] !== '>'))) pos++;
      if (pos >= length || text[pos] === '>' || text.startsWith('/>', pos)) break;
      const nameStart = pos;
      while (pos < length && !SPACE.test(text[pos]!) && !'=>"\''.includes(text[pos]!) && !text.startsWith('/>', pos)) pos++;
      if (pos === nameStart) pos++; // a stray quote: skip it
      const rawName = text.slice(nameStart, pos);
      let valueStart = -1;
      let valueEnd = -1;
      let after = pos;
      while (after < length && SPACE.test(text[after]!)) after++;
      if (text[after] === '=') {
        pos = after + 1;
        while (pos < length && SPACE.test(text[pos]!)) pos++;
        const quote = text[pos];
        if (quote === '"' || quote === "'") {
          valueStart = pos + 1;
          const close = text.indexOf(quote, valueStart);
          valueEnd = close < 0 ? length : close;
          pos = close < 0 ? length : close + 1;
        } else {
          valueStart = pos;
          while (pos < length && !SPACE.test(text[pos]!) && text[pos] !== '>') pos++;
          valueEnd = pos;
        }
      }
      const nameKnown = !rawName.includes(HOLE) && !rawName.includes('"') && !rawName.includes("'");
      const pieces = valueStart < 0 ? [] : pieceOf(valueStart, valueEnd);
      const known = pieces.every((piece) => !piece.template);
      const firstHole = pieces.findIndex((piece) => piece.template);
      // The attribute ends after its value's closing quote (`pos`), or after its name when it has no value.
      const attributeNode = markupNode(nameStart, valueStart < 0 ? nameStart + rawName.length : pos);
      attributes.push({
        name: nameKnown ? rawName.toLowerCase() : null,
        value: !nameKnown ? null : valueStart < 0 ? '' : known ? text.slice(valueStart, valueEnd) : null,
        prefix: (firstHole < 0 ? pieces : pieces.slice(0, firstHole)).map((piece) => piece.text).join(''),
        pieces,
        node: attributeNode,
        valueNode: valueStart < 0 ? attributeNode : markupNode(valueStart, valueEnd),
      });
    }
    const element: MarkupElement = { tag, attributes, node: markupNode(at, Math.min(pos + 1, length)), firstAttributeWins: true };
    if (LABELABLE.has(tag)) element.labels = labelsOf(at, attributes);
    elements.push(element);
    at = pos;
  }
  return elements;
}

const LABELABLE: ReadonlySet<string> = new Set(['input', 'textarea', 'select']);
const LABEL = /<label\b([^>]*)>([\s\S]*?)<\/label\s*>/gi;
const FOR_ATTRIBUTE = /(?:^|[\t\n\f\r ])for\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/** A `<label>` of an HTML string: where it stands in the string's text, the id its `for` names (null: none or a hole), its text. */
interface StringLabel {
  readonly start: number;
  readonly end: number;
  readonly target: string | null;
  /** It labels nothing by itself: no `for` (nor one written with a hole), no field inside. */
  readonly free: boolean;
  readonly text: string;
}
const FIELD_TAG = /<(?:input|select|textarea)\b/i;
/** How far after a label the field it is written for may start: blanks only, and not many. */
const MAX_BLANKS_AFTER_LABEL = 200;

/** The labels of an HTML string's text; a label's text is its text without tags, each hole a space. */
function stringLabels(text: string): StringLabel[] {
  if (!/<label/i.test(text)) return [];
  return [...text.matchAll(LABEL)].map((match) => {
    const named = FOR_ATTRIBUTE.exec(match[1]!);
    const target = named ? (named[1] ?? named[2] ?? named[3]!) : null;
    return {
      start: match.index,
      end: match.index + match[0].length,
      target: target === null || target.includes(HOLE) ? null : target,
      free: named === null && !match[1]!.includes(HOLE) && !FIELD_TAG.test(match[2]!),
      text: match[2]!.replace(/<[^>]*>/g, ' ').replaceAll(HOLE, ' ').replace(/\s+/g, ' ').trim(),
    };
  });
}

/**
 * The texts of the labels of the element at `at` (its tag's offset in the string's text): those whose `for` is its
 * `id`, one around it, and a free one written right before it (only blanks between: `<label>CVC</label> <input>`;
 * real-world batch 330), as a page's labels are read (probe 302: a gift card's label in a concatenated string).
 */
function labelTextsOf(labels: readonly StringLabel[], at: number, attributes: readonly MarkupAttribute[], text: string): string[] {
  if (labels.length === 0) return [];
  const id = attributes.find((attribute) => attribute.name === 'id')?.value ?? null;
  return labels
    .filter((label) => (label.start < at && at < label.end) || (id !== null && label.target === id) || (label.free && label.end <= at && at - label.end <= MAX_BLANKS_AFTER_LABEL && text.slice(label.end, at).trim() === ''))
    .map((label) => label.text);
}
