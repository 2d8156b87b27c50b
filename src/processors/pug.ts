/**
 * `processors.pug`: lint a Pug (or Jade) template as the HTML it renders. The template is read with Pug's own lexer and
 * parser (`pug-lexer`, `pug-parser`: optional peer dependencies) and written out as one HTML page, which ESLint lints
 * with `configs.pug`'s HTML entry (@html-eslint/parser and the `html` processor, so its `script.` blocks are linted as
 * JavaScript); messages are moved back to where their code is in the template.
 *
 * What the page holds: every tag with its attributes (`.class` / `#id` shorthands merged as Pug merges them), text and
 * raw HTML lines as written, both branches of every conditional and the body of every loop and case (each as if
 * rendered once), buffered comments; a mixin defined in the template at each call, with the string literals the call
 * passes as its parameters' values (`+field('Card number', 'card_number')`: `input(name=name)` is named), at the call's
 * place; a mixin the template defines but never calls (a library of mixins) as one call would render it. What Pug only
 * knows when it renders is template output, `{{ _ }}`, which the rules read as an unknown value: an attribute whose
 * value is an expression other than a string literal or a known parameter (a template literal's other holes),
 * `&attributes(…)`, buffered code (`= x`, `#{x}`), a tag whose name is interpolated. Not rendered: unbuffered code
 * (`- x`), includes and layouts (each file is linted on its own), filters, a call of a mixin defined in another file
 * (its block only).
 *
 * A template Pug rejects is read again as Jade 1 read it (`jadeOneAsPug`), the views of older Express apps.
 *
 * Positions: every piece of the page remembers where it came from. A message on a tag, an attribute or text points at
 * it in the template; inside text and scripts, at the same character. Fixes and suggestions are kept where they
 * rewrite text copied from the template as it is (a script's code), else dropped: they would rewrite the page, not the
 * template.
 */
import { requirePug, type PugToolkit } from '../markup-configs.js';
import { inlineScripts, scriptBlockName } from './html.js';
import { lineStarts, pageProcessor, PageWriter, scanCode, TEMPLATE_LINE_BREAKS, VOID_ELEMENTS, type TemplateSyntaxError } from './page-writer.js';

/** A node of pug-parser's tree, as far as it is read here (every field checked before use). */
interface PugNode {
  type?: unknown;
  name?: unknown;
  val?: unknown;
  buffer?: unknown;
  call?: unknown;
  selfClosing?: unknown;
  line?: unknown;
  column?: unknown;
  attrs?: unknown;
  attributeBlocks?: unknown;
  block?: unknown;
  nodes?: unknown;
  consequent?: unknown;
  alternate?: unknown;
  /** A mixin's parameters (definition) or arguments (call), as written. */
  args?: unknown;
}
interface PugAttribute {
  name?: unknown;
  val?: unknown;
  line?: unknown;
  column?: unknown;
}

/** Template output, read by the rules as an unknown value. */
const OUTPUT = '{{ _ }}';
/** A JavaScript name, as a mixin's parameter is written. */
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** Pug's tree is as deep as the template's indentation; a deeper one is not read further. */
const MAX_DEPTH = 2000;

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';
const positive = (value: unknown): number => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 1);

/**
 * The value of a JavaScript string literal as Pug evaluates an attribute's (`"card_number"`, `'cvc'`), or a template
 * literal's pieces with its holes as template output (`` `cvc${i}` `` → `cvc{{ _ }}`); null for any other expression.
 * `known`: the values of names (a mixin's parameters), for a hole that is one name.
 */
export function staticAttributeValue(expression: string, known?: (name: string) => string | null): string | null {
  const source = expression.trim();
  const quote = source[0];
  if ((quote !== '"' && quote !== "'" && quote !== '`') || source.length < 2 || source.at(-1) !== quote) return null;
  let out = '';
  for (let i = 1; i < source.length - 1; i++) {
    const ch = source[i]!;
    if (ch === quote) return null; // `'a' + 'b'`: more than one literal
    if (quote === '`' && ch === '$' && source[i + 1] === '{') {
      let depth = 0;
      let end = i + 1;
      for (; end < source.length - 1; end++) {
        if (source[end] === '{') depth++;
        else if (source[end] === '}' && --depth === 0) break;
      }
      if (depth !== 0) return null;
      const hole = source.slice(i + 2, end).trim();
      out += (IDENTIFIER.test(hole) ? known?.(hole) : null) ?? OUTPUT;
      i = end;
      continue;
    }
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = source[++i];
    if (next === undefined) return null;
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
    if (next in simple) out += simple[next];
    else if (next === 'x' && /^[\da-f]{2}$/i.test(source.slice(i + 1, i + 3))) {
      out += String.fromCharCode(parseInt(source.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (next === 'u' && /^[\da-f]{4}$/i.test(source.slice(i + 1, i + 5))) {
      out += String.fromCharCode(parseInt(source.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (next === '\n' || next === '\r') continue; // a line continuation
    else out += next;
  }
  return out;
}

/** An attribute value written out for the page: quoted, template output as it is. */
function quoted(value: string): string {
  if (!value.includes('"')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  return `"${value.replace(/"/g, '&quot;')}"`;
}

/** Where an attribute ends in the template: after its name, or its `name=value` / `.class` / `#id` as written. */
function attributeEnd(attribute: PugAttribute, start: { line: number; column: number }, lineText: string): { line: number; column: number } {
  const name = typeof attribute.name === 'string' ? attribute.name : '';
  const val = attribute.val;
  const marker = lineText[start.column - 1];
  if ((marker === '.' || marker === '#') && typeof val === 'string') {
    const shorthand = staticAttributeValue(val);
    if (shorthand !== null) return { line: start.line, column: start.column + 1 + shorthand.length };
  }
  const length = val === true || typeof val !== 'string' ? name.length : name.length + 1 + val.length;
  return { line: start.line, column: Math.min(start.column + length, lineText.length + 1) };
}

/** A mixin call being written out: the values its string arguments give the parameters, and where the call is. */
interface Expansion {
  values: ReadonlyMap<string, string | null>;
  /** The call's block, which the mixin's `block` renders. */
  block: unknown;
  start: { line: number; column: number };
  end: { line: number; column: number };
  /** The mixins being expanded (a mixin that calls itself is not expanded again). */
  names: ReadonlySet<string>;
  /** The expansion the call itself was written in, if any: its block is written there. */
  caller: Expansion | null;
}

/** The mixin definitions of a tree by name (the last one wins, as in Pug), and the names it calls. */
function mixinsOf(root: unknown): { definitions: Map<string, PugNode>; called: Set<string> } {
  const definitions = new Map<string, PugNode>();
  const called = new Set<string>();
  const stack: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, depth } = item;
    if (!isObject(value) || depth > MAX_DEPTH) continue;
    if (value.type === 'Mixin' && typeof value.name === 'string') {
      if (value.call === true) called.add(value.name);
      else definitions.set(value.name, value as PugNode);
    }
    for (const key of ['nodes', 'block', 'consequent', 'alternate'] as const) {
      const child = value[key];
      if (Array.isArray(child)) for (const c of child) stack.push({ value: c, depth: depth + 1 });
      else if (isObject(child)) stack.push({ value: child, depth: depth + 1 });
    }
  }
  return { definitions, called };
}

/** A mixin call's arguments (`'Card number', 'card_number', opts`), split at their top-level commas. */
function splitArguments(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  scanCode(source, (ch, i) => {
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  });
  out.push(source.slice(start));
  return out.map((argument) => argument.trim());
}

/** Writes a Pug tree out as the HTML page it renders (see the module's comment). */
class PugPage {
  readonly writer: PageWriter;
  private definitions = new Map<string, PugNode>();
  private called = new Set<string>();
  /** The mixin call being written out, if any. */
  private expansion: Expansion | null = null;

  constructor(
    private readonly lines: readonly string[],
    shifts: readonly number[] = [],
  ) {
    this.writer = new PageWriter(shifts);
  }

  /** The page of a whole tree: its mixins are found first, so that a call before its mixin's definition expands. */
  write(root: unknown): void {
    ({ definitions: this.definitions, called: this.called } = mixinsOf(root));
    this.node(root, 0);
  }

  private lineText(line: number): string {
    return this.lines[line - 1] ?? '';
  }

  /** Where a node is; inside a mixin's expansion, the call (its place stands for everything the mixin renders). */
  private at(node: PugNode | PugAttribute): { line: number; column: number } {
    return this.expansion?.start ?? { line: positive(node.line), column: positive(node.column) };
  }

  /**
   * Text as written, line by line: raw HTML lines one after another are one text node (`<input name="a">\n<input
   * name="b">`), each line found where it is written.
   */
  private copyText(text: string, where: { line: number; column: number }): void {
    text.split('\n').forEach((piece, index) => {
      const line = where.line + index;
      if (index > 0) this.writer.write('\n', { line, column: 1 });
      const found = index === 0 ? where.column - 1 : this.lineText(line).indexOf(piece);
      const copied = found >= 0 && this.lineText(line).startsWith(piece, found);
      const column = found < 0 ? 1 : found + 1;
      this.writer.write(piece, { line, column }, { line, column: copied ? column + piece.length : column }, copied);
    });
  }

  /** The value of a name inside a mixin's expansion: a string argument, else null. */
  private readonly known = (name: string): string | null => this.expansion?.values.get(name) ?? null;

  /**
   * A mixin call written out where the mixin is defined in this file: its body with the parameters that the call
   * passes string literals for (`+field('Card number', 'card_number')`) known, everything at the call's place.
   */
  private call(node: PugNode, depth: number): void {
    const name = typeof node.name === 'string' ? node.name : '';
    const definition = this.definitions.get(name);
    if (!definition || this.expansion?.names.has(name)) {
      this.block(node.block, depth);
      return;
    }
    const parameters = typeof definition.args === 'string' ? definition.args : '';
    const passed = typeof node.args === 'string' ? splitArguments(node.args) : [];
    const values = new Map<string, string | null>();
    splitArguments(parameters).forEach((parameter, index) => {
      // `type = "text"`: a default, for a call that passes nothing there.
      const equals = parameter.indexOf('=');
      const parameterName = (equals < 0 ? parameter : parameter.slice(0, equals)).trim();
      if (!IDENTIFIER.test(parameterName)) return;
      const argument = passed[index] ?? (equals < 0 ? undefined : parameter.slice(equals + 1));
      values.set(parameterName, argument === undefined ? null : staticAttributeValue(argument, this.known));
    });
    const start = this.at(node);
    const line = this.lineText(start.line);
    const outer = this.expansion;
    this.expansion = {
      values,
      block: node.block,
      start,
      end: outer?.end ?? { line: start.line, column: Math.max(start.column, line.trimEnd().length + 1) },
      names: new Set([...(outer?.names ?? []), name]),
      caller: outer,
    };
    try {
      this.block(definition.block, depth);
    } finally {
      this.expansion = outer;
    }
  }

  block(node: unknown, depth: number): void {
    if (!isObject(node) || depth > MAX_DEPTH) return;
    if (Array.isArray(node.nodes)) for (const child of node.nodes) this.node(child, depth + 1);
  }

  node(value: unknown, depth: number): void {
    if (!isObject(value) || depth > MAX_DEPTH) return;
    const node = value as PugNode;
    const where = this.at(node);
    switch (node.type) {
      case 'Block':
      case 'NamedBlock':
        this.block(node, depth);
        return;
      case 'Doctype':
        if (node.val === undefined || node.val === '' || node.val === 'html' || node.val === '5') this.writer.write('<!DOCTYPE html>', where);
        return;
      case 'Tag':
        this.tag(node, depth);
        return;
      case 'InterpolatedTag':
        this.block(node.block, depth);
        return;
      case 'Text':
        if (typeof node.val === 'string') {
          if (this.expansion) this.writer.write(node.val, where, this.expansion.end);
          else this.copyText(node.val, where);
        }
        return;
      case 'Code':
        // `= label` / `#{label}` of a parameter the call passes a string for: that string.
        if (node.buffer === true) this.writer.write((typeof node.val === 'string' && IDENTIFIER.test(node.val.trim()) ? this.known(node.val.trim()) : null) ?? OUTPUT, where, this.expansion?.end);
        this.block(node.block, depth);
        return;
      case 'Comment':
        if (node.buffer === true && typeof node.val === 'string' && !this.expansion) {
          this.writer.write('<!--', where);
          this.writer.write(node.val, { line: where.line, column: where.column + 2 }, { line: where.line, column: where.column + 2 + node.val.length }, true);
          this.writer.write('-->', where);
        }
        return;
      case 'BlockComment':
        if (node.buffer === true) {
          this.writer.write('<!--', where);
          if (typeof node.val === 'string') this.writer.write(node.val, where);
          this.block(node.block, depth);
          this.writer.write('-->', where);
        }
        return;
      case 'Conditional':
        this.block(node.consequent, depth);
        this.node(node.alternate, depth + 1);
        return;
      case 'Each':
      case 'EachOf':
        this.block(node.block, depth);
        this.block(node.alternate, depth);
        return;
      case 'Mixin':
        if (node.call === true) this.call(node, depth);
        // A definition that this file never calls (a library of mixins), as one call would render it.
        else if (!this.called.has(typeof node.name === 'string' ? node.name : '')) this.block(node.block, depth);
        return;
      case 'MixinBlock':
        // `block` in a mixin: the block the call passes.
        if (this.expansion) {
          const inner = this.expansion;
          this.expansion = inner.caller;
          try {
            this.block(inner.block, depth);
          } finally {
            this.expansion = inner;
          }
        }
        return;
      case 'Include':
        // The block an include passes fills the included template's `yield`: it renders here.
        this.block(node.block, depth);
        return;
      case 'RawInclude':
      case 'Extends':
      case 'Filter':
      case 'YieldBlock':
        return;
      default:
        // While, Case, When and any node of a later Pug: their block.
        this.block(node.block, depth);
    }
  }

  private tag(node: PugNode, depth: number): void {
    const writer = this.writer;
    const name = typeof node.name === 'string' && /^[A-Za-z][\w:.-]*$/.test(node.name) ? node.name : null;
    if (name === null) {
      this.block(node.block, depth);
      return;
    }
    const start = this.at(node);
    const expansion = this.expansion;
    let headEnd = expansion?.end ?? { line: start.line, column: start.column + name.length };
    writer.write(`<${name}`, start, headEnd);
    const attributes = (Array.isArray(node.attrs) ? node.attrs : []).filter(isObject) as PugAttribute[];
    // Pug renders one `class` (its shorthands and `class=` joined) and one `id`; the first one's place stands for them.
    const classes: string[] = [];
    let classAt: PugAttribute | null = null;
    let idValue: string | null = null;
    let idAt: PugAttribute | null = null;
    const written: Array<{ attribute: PugAttribute; text: string; literal?: string }> = [];
    for (const attribute of attributes) {
      if (typeof attribute.name !== 'string' || attribute.name === '') continue;
      const attributeName = attribute.name;
      const val = attribute.val;
      let value: string | null | undefined; // undefined: not rendered; null: a boolean attribute
      if (val === true || val === 'true') value = null;
      else if (typeof val !== 'string' || val === 'false' || val === 'null' || val === 'undefined') value = undefined;
      else value = staticAttributeValue(val, this.known) ?? (IDENTIFIER.test(val.trim()) ? this.known(val.trim()) : null) ?? (/^-?\d+(?:\.\d+)?$/.test(val.trim()) ? val.trim() : OUTPUT);
      if (value === undefined) continue;
      if (attributeName === 'class') {
        classes.push(value ?? '');
        classAt ??= attribute;
        continue;
      }
      if (attributeName === 'id') {
        idValue = value ?? '';
        idAt ??= attribute;
        continue;
      }
      if (!/^[^\s"'<>/=]+$/.test(attributeName)) continue;
      // A string literal written without escapes is copied as it is: messages and edits inside it find their place.
      // (A template literal holding both quotes is written out as any value is: one of them as an entity.)
      const copyable = typeof val === 'string' && value !== null && val.length === value.length + 2 && val.slice(1, -1) === value && !(value.includes('"') && value.includes("'"));
      const literal = copyable ? val : undefined;
      written.push({ attribute, text: value === null ? attributeName : `${attributeName}=${quoted(value)}`, ...(literal ? { literal } : {}) });
    }
    if (idAt) written.push({ attribute: idAt, text: `id=${quoted(idValue ?? '')}` });
    if (classAt) written.push({ attribute: classAt, text: `class=${quoted(classes.filter(Boolean).join(' '))}` });
    written.sort((a, b) => positive(a.attribute.line) - positive(b.attribute.line) || positive(a.attribute.column) - positive(b.attribute.column));
    for (const { attribute, text, literal } of written) {
      if (expansion) {
        // Everything a mixin renders is at its call.
        writer.write(` ${text}`, expansion.start, expansion.end);
        continue;
      }
      const from = this.at(attribute);
      const lineText = this.lineText(from.line);
      const to = attributeEnd(attribute, from, lineText);
      const name = attribute.name as string;
      // `name="value"` as written at the attribute's place (`name = "value"` is not looked for).
      const literalAt = from.column - 1 + name.length + 1;
      if (literal !== undefined && lineText.startsWith(`${name}=${literal}`, from.column - 1)) {
        const inner = literal.slice(1, -1);
        const quote = inner.includes('"') ? "'" : '"';
        const valueFrom = { line: from.line, column: literalAt + 2 };
        writer.write(` ${name}=${quote}`, from, to);
        writer.write(inner, valueFrom, { line: from.line, column: valueFrom.column + inner.length }, true, literal[0]);
        writer.write(quote, to);
      } else writer.write(` ${text}`, from, to);
      if (to.line > headEnd.line || (to.line === headEnd.line && to.column > headEnd.column)) headEnd = to;
    }
    // `&attributes(…)`: attributes known only when the template renders.
    if (Array.isArray(node.attributeBlocks) && node.attributeBlocks.length > 0) writer.write(` ${OUTPUT}`, start, headEnd);
    const lower = name.toLowerCase();
    const selfClosing = node.selfClosing === true;
    writer.write(selfClosing ? '/>' : '>', start, headEnd);
    this.block(node.block, depth);
    if (!selfClosing && !VOID_ELEMENTS.has(lower)) writer.write(`</${name}>`, start, headEnd);
  }
}

/** The characters of `line` outside string literals that open minus those that close a parenthesis. */
function parenthesisBalance(line: string): number {
  let balance = 0;
  scanCode(line, (ch) => {
    if (ch === '(') balance++;
    else if (ch === ')') balance--;
  });
  return balance;
}

/** The indentation of the next line that is not blank after line `index`, or -1. */
function indentOfNextLine(lines: readonly string[], index: number): number {
  for (let i = index + 1; i < lines.length; i++) {
    const body = lines[i]!.trimStart();
    if (body !== '') return lines[i]!.length - body.length;
  }
  return -1;
}

/** A line whose indented lines are text, not tags: a tag ending in `.` (`script.`, `p.`), a comment, a filter. */
const TEXT_BLOCK_HEAD = /^(?:[\w.#:-]+(?:\(.*\))?\.|\/\/.*|:[\w-]+.*)$/;

/**
 * A template written for Jade 1 as Pug 2 and later read it, or null when there is nothing to change: `!!! 5` is
 * `doctype html`, `- each` / `- for` lose their dash, a `script` or `style` tag with an indented block gets the dot
 * that makes the block text (as Jade 1 read it), and a line indented to no open level is
 * read as Jade 1 read it, at the level it closes back to (its indentation cut to that level's; `shifts` says by how
 * many columns, per line). Text blocks (`script.`, comments, filters) and attribute lists over several lines are left
 * as they are. Asked only of a template Pug rejects.
 */
export function jadeOneAsPug(text: string): { text: string; shifts: number[] } | null {
  const lines = text.split(/\r\n|\r|\n/);
  const shifts = lines.map(() => 0);
  const levels = [0];
  let textBlockIndent = -1;
  let openParentheses = 0;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const body = line.trimStart();
    if (body === '') continue;
    const indent = line.length - body.length;
    if (openParentheses > 0) {
      openParentheses += parenthesisBalance(line);
      continue;
    }
    if (textBlockIndent >= 0 && indent > textBlockIndent) continue;
    textBlockIndent = -1;
    let level = indent;
    if (indent > levels.at(-1)!) levels.push(indent);
    else if (indent < levels.at(-1)!) {
      while (levels.length > 1 && levels.at(-1)! > indent) levels.pop();
      // Closed back past a level, to none that is open: Jade 1 read the line at the level it closed back to.
      if (levels.at(-1)! !== indent) {
        level = levels.at(-1)!;
        shifts[i] = indent - level;
        changed = true;
      }
    }
    let rewritten = body;
    if (/^!!!/.test(body)) rewritten = body.replace(/^!!!\s*\S*/, 'doctype html');
    else if (/^-\s*(?:each|for)\b/.test(body)) {
      rewritten = body.replace(/^-\s*/, '');
      shifts[i]! += body.length - rewritten.length;
    }
    // Jade 1 read the block of a `script` or `style` tag as text without the dot that Pug asks for.
    if (/^(?:script|style)(?:\(.*\))?$/.test(rewritten.trimEnd()) && indentOfNextLine(lines, i) > indent) rewritten = `${rewritten.trimEnd()}.`;
    // ...and an `include` of a path without an extension as a template's, whose block fills the included one's `yield`
    // (Pug reads it as a raw file's, which takes no block).
    else if (/^include\s+(?:\S*\/)?[^\s./]+\s*$/.test(rewritten) && indentOfNextLine(lines, i) > indent) rewritten = `${rewritten.trimEnd()}.pug`;
    if (rewritten !== body) changed = true;
    lines[i] = line.slice(0, level) + rewritten;
    openParentheses = Math.max(0, parenthesisBalance(rewritten));
    if (TEXT_BLOCK_HEAD.test(rewritten.trimEnd())) textBlockIndent = level;
  }
  return changed ? { text: lines.join('\n'), shifts } : null;
}

/** How many lines of plain text (`withPlainTextLine`) a template may have: each costs another reading of it. */
const MAX_PLAIN_TEXT_LINES = 16;

/**
 * The template with the line Pug stopped at as text (`| ` before it), where it stopped at the line's first character
 * with "unexpected text" (`$25`, `&nbsp;`, `!{html}` alone on a line): Jade before 1.0 read a line that is no tag as
 * text without the `|`. Null for any other error.
 */
function withPlainTextLine(read: { text: string; shifts: number[] }, error: unknown): { text: string; shifts: number[] } | null {
  const problem = error as { code?: unknown; line?: unknown; column?: unknown };
  if (problem.code !== 'PUG:UNEXPECTED_TEXT' || typeof problem.line !== 'number' || typeof problem.column !== 'number') return null;
  const lines = read.text.split('\n');
  const line = lines[problem.line - 1];
  if (line === undefined) return null;
  const indent = line.length - line.trimStart().length;
  if (problem.column !== indent + 1 || line.trimStart().startsWith('|')) return null;
  lines[problem.line - 1] = `${line.slice(0, indent)}| ${line.slice(indent)}`;
  const shifts = [...read.shifts];
  shifts[problem.line - 1] = (shifts[problem.line - 1] ?? 0) - 2;
  return { text: lines.join('\n'), shifts };
}

/** The tree of a template as Pug's lexer and parser read it (style warnings dropped); throws Pug's error. */
function pugTree(text: string, filename: string, { lex, parse }: PugToolkit): unknown {
  const tokens = lex(text, { filename });
  // pug-parser warns on the console about style (`.jade` includes, a tag with two attribute lists): a linter's
  // output is its messages, so the warnings are dropped while it runs.
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return parse(tokens, { filename, src: text });
  } finally {
    console.warn = warn;
  }
}

/**
 * The page of a Pug template, or why it cannot be read. A template Pug rejects is read again as Jade 1 read it
 * (`jadeOneAsPug`: the views of older Express apps); if that fails too, Pug's first error stands. `pug`: Pug's lexer
 * and parser (tests pass their own).
 */
export function pugPage(text: string, filename: string, pug: PugToolkit = requirePug()): { page: PageWriter } | { error: TemplateSyntaxError } {
  let tree: unknown;
  let lines = text.split(/\r\n|\r|\n/);
  let shifts: number[] = [];
  try {
    tree = pugTree(text, filename, pug);
  } catch (error) {
    // Read again as Jade read it; then, as Jade before 1.0, each line Pug stops at with "unexpected text" as text.
    let read = jadeOneAsPug(text) ?? withPlainTextLine({ text: lines.join('\n'), shifts: lines.map(() => 0) }, error);
    for (let retries = 0; read !== null && tree === undefined; retries++) {
      try {
        tree = pugTree(read.text, filename, pug);
        lines = read.text.split('\n');
        shifts = read.shifts;
      } catch (retryError) {
        read = retries < MAX_PLAIN_TEXT_LINES ? withPlainTextLine(read, retryError) : null;
      }
    }
    if (tree === undefined) {
      const problem = error as { msg?: unknown; message?: unknown; line?: unknown; column?: unknown };
      const message = typeof problem.msg === 'string' ? problem.msg : typeof problem.message === 'string' ? problem.message.split('\n')[0]! : 'unreadable template';
      return { error: { message, line: positive(problem.line), column: positive(problem.column) } };
    }
  }
  const page = new PugPage(lines, shifts);
  page.write(tree);
  return { page: page.writer };
}

/**
 * The inline scripts of a template's page, each as the stretch of the template its code came from (from its first
 * character to its last: a `script.` block's lines with their indentation), for the scanner to tell a script's parse
 * error from the template's. None for a template Pug rejects.
 */
export function pugScripts(text: string, filename: string): Array<{ offset: number; text: string; name: string }> {
  const result = pugPage(text, filename);
  if ('error' in result) return [];
  const { page } = result;
  // The page's places are in the template's own lines (a U+2028 in it breaks no line).
  const starts = lineStarts(text, TEMPLATE_LINE_BREAKS);
  const offsetOf = (at: { line: number; column: number }): number => (starts[at.line - 1] ?? text.length) + at.column - 1;
  return inlineScripts(page.text, { '{{': '}}' }).flatMap((script) => {
    const from = page.source(script.offset, false);
    const to = page.source(script.offset + script.text.length, true);
    if (!from || !to) return [];
    const offset = offsetOf(from);
    const end = offsetOf(to);
    return end > offset ? [{ offset, text: text.slice(offset, end), name: scriptBlockName(script) }] : [];
  });
}

export const pugProcessor = pageProcessor('stripe-pci/pug', '.html', (text, filename) => pugPage(text, filename));
