/**
 * `processors.haml`: lint a Haml view (Rails' `.html.haml`, `.haml`) as the page it renders, an ERB page: each tag is
 * written out as HTML, Ruby output (`= f.text_field :card_number`, `!= …`, `&= …`, `~ …`) as the ERB tag `<%= … %>`
 * that renders the same, so the field, label and script helpers `configs.html` reads in ERB views are read here too,
 * and a `:javascript` filter as an inline `<script>`. The page is linted with `configs.haml`'s HTML entry (the ERB
 * engine's markers, the `html` processor for its scripts) and messages go back to the template (page-writer.ts).
 *
 * Read: `%tag`, `.class` / `#id` shorthands (merged), attribute hashes in both Ruby syntaxes (`{ type: 'text',
 * 'data-stripe' => 'number', data: { stripe: 'cvc' } }`, over several lines too) and HTML-style lists (`(name="cvc")`),
 * text after a tag or alone, `#{…}` interpolation (an unknown value), `!!!`. An attribute's value is known when it is a
 * string without interpolation, a symbol, a number or `true`; `false` and `nil` drop it; anything else is unknown.
 * Ruby code (`- if …`) is not run: every branch is read. Not read: the blocks of `-#` and `/` comments and of filters
 * other than `:javascript` / `:css`, object references (`[@user]`), a partial's content (`= render 'card_fields'`: the
 * partial is linted on its own).
 */
import { rubyHashEntries, rubyTokens, type RubyHashEntry } from '../analysis/view-helpers.js';
import { pageProcessor, PageWriter, scanCode, VOID_ELEMENTS } from './page-writer.js';

/** Ruby output, unknown: ERB's output tag. */
const UNKNOWN = '<%= _ %>';

interface Place {
  line: number;
  column: number;
}

/**
 * A stretch of the template read as one (a tag's line, with the lines its attribute hash runs over): its text joined
 * with `\n`, and where each of its characters is in the template.
 */
class Stretch {
  constructor(
    readonly text: string,
    private readonly starts: ReadonlyArray<{ offset: number; line: number; column: number }>,
  ) {}

  place(offset: number): Place {
    let start = this.starts[0]!;
    for (const candidate of this.starts) if (candidate.offset <= offset) start = candidate;
    return { line: start.line, column: start.column + offset - start.offset };
  }
}

/** Where the bracket opened at `open` closes (`{…}`, `(…)`, `[…]`), outside Ruby strings; -1 when it does not. */
function closingBracket(text: string, open: number): number {
  const pairs: Record<string, string> = { '{': '}', '(': ')', '[': ']' };
  const stack: string[] = [];
  return scanCode(
    text,
    (ch) => {
      if (pairs[ch]) stack.push(pairs[ch]);
      else if (ch === stack.at(-1)) {
        stack.pop();
        return stack.length === 0;
      }
      return false;
    },
    open,
  );
}

/** A value as the page gets it: known text (where a plain string literal's text is: `at`), null for a boolean attribute, undefined when not rendered. */
type AttributeValue = { text: string; at: number | null; quote?: string } | null | undefined;

/** The value a Ruby expression gives an attribute (see the module's comment). */
function rubyValue(source: string, at: number): AttributeValue {
  const value = source.trim();
  const lead = at + source.indexOf(value);
  const literal = /^(["'])(.*)\1$/s.exec(value);
  if (literal) {
    const inner = literal[2]!;
    if (!inner.includes('\\') && !inner.includes(literal[1]!)) {
      if (literal[1] === '"' && inner.includes('#{')) return { text: inner.replace(/#\{[^}]*\}/g, UNKNOWN), at: null };
      return { text: inner, at: lead + 1, quote: literal[1]! };
    }
    return { text: UNKNOWN, at: null };
  }
  if (/^:\w+$/.test(value)) return { text: value.slice(1), at: null };
  // A quoted symbol (`:'Card number'`), as a symbol; unknown where escaped or interpolated.
  const symbol = /^:(["'])(.*)\1$/s.exec(value);
  if (symbol) {
    const inner = symbol[2]!;
    const plain = !inner.includes('\\') && !inner.includes(symbol[1]!) && !(symbol[1] === '"' && inner.includes('#{'));
    return { text: plain ? inner : UNKNOWN, at: null };
  }
  if (/^-?\d+(?:\.\d+)?$/.test(value)) return { text: value, at: null };
  if (value === 'true') return null;
  if (value === 'false' || value === 'nil') return undefined;
  return { text: UNKNOWN, at: null };
}

interface Attribute {
  name: string;
  value: AttributeValue;
  /** Offset of the attribute's key in the stretch. */
  at: number;
}

/**
 * The attributes of a Ruby hash's entries between `from` and `to` (`type: 'text'`, `'data-stripe' => 'number'`,
 * `data: { stripe: 'cvc' }`, whose keys Haml hyphenates), read as Rails' view helpers' options are (`rubyHashEntries`).
 */
function hashAttributes(text: string, from: number, to: number): { attributes: Attribute[]; unknown: boolean } {
  const { entries, skipped } = rubyHashEntries(rubyTokens(text, from, to));
  return { attributes: entryAttributes(text, entries, ''), unknown: skipped };
}

function entryAttributes(text: string, entries: readonly RubyHashEntry[], prefix: string): Attribute[] {
  const out: Attribute[] = [];
  for (const entry of entries) {
    const key = entry.key;
    if (entry.nested && (key === 'data' || key === 'aria') && !prefix) {
      out.push(...entryAttributes(text, entry.nested, `${key}-`));
      continue;
    }
    const name = prefix + (prefix ? key.replace(/_/g, '-') : key);
    out.push({ name, value: rubyValue(text.slice(entry.valueFrom, entry.valueTo), entry.valueFrom), at: entry.keyToken.start });
  }
  return out;
}

/** The attributes of an HTML-style list (`(type="text" name=field disabled)`). */
function htmlStyleAttributes(text: string, from: number, to: number): Attribute[] {
  const out: Attribute[] = [];
  const pattern = /([\w:@.-]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s)]+))?/g;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    const value = match[2];
    out.push({ name: match[1]!, value: value === undefined ? null : rubyValue(value, match.index + match[0].length - value.length), at: match.index });
  }
  return out;
}

/** Reads a Haml template line by line and writes its page. */
class HamlPage {
  readonly writer = new PageWriter();
  private readonly lines: string[];
  /** Open elements: their indentation and closing tag. */
  private readonly open: Array<{ indent: number; close: string; at: Place }> = [];

  constructor(text: string) {
    this.lines = text.split(/\r\n|\r|\n/);
  }

  /** The index of the first line after `index` that is indented no deeper than `indent` (blank lines belong to the block). */
  private blockEnd(index: number, indent: number): number {
    let i = index + 1;
    for (; i < this.lines.length; i++) {
      const body = this.lines[i]!.trimStart();
      if (body !== '' && this.lines[i]!.length - body.length <= indent) break;
    }
    return i;
  }

  /** Text with `#{…}` interpolations as unknown output, the rest copied. */
  private text(stretch: Stretch, from: number, to = stretch.text.length): void {
    const source = stretch.text;
    let at = from;
    for (let hole = source.indexOf('#{', at); hole >= 0 && hole < to; hole = source.indexOf('#{', at)) {
      if (source[hole - 1] === '\\') {
        this.copy(stretch, at, hole - 1);
        this.copy(stretch, hole, hole + 2);
        at = hole + 2;
        continue;
      }
      const close = closingBracket(source, hole + 1);
      this.copy(stretch, at, hole);
      this.writer.write(UNKNOWN, stretch.place(hole), stretch.place(close < 0 ? to : close + 1));
      if (close < 0 || close >= to) return;
      at = close + 1;
    }
    this.copy(stretch, at, to);
  }

  /** Copies a stretch's text as it is, line by line (each line maps character by character). */
  private copy(stretch: Stretch, from: number, to: number): void {
    let at = from;
    while (at < to) {
      const lineEnd = stretch.text.indexOf('\n', at);
      const end = lineEnd < 0 || lineEnd >= to ? to : lineEnd;
      const start = stretch.place(at);
      this.writer.write(stretch.text.slice(at, end), start, { line: start.line, column: start.column + end - at }, true);
      if (end < to) this.writer.write('\n', stretch.place(end));
      at = end + 1;
    }
  }

  /** Ruby output (`= helper …`, from its marker at `from`) as the ERB tag that prints it, its code copied. */
  private output(stretch: Stretch, from: number): void {
    const marker = /^(?:[!&]=|[=~])\s*/.exec(stretch.text.slice(from))!;
    from += marker[0].length;
    const start = stretch.place(from);
    const end = stretch.place(stretch.text.length);
    this.writer.write('<%= ', start, end);
    this.copy(stretch, from, stretch.text.length);
    this.writer.write(' %>', start, end);
  }

  /** A line and the lines a trailing `,` or an open attribute hash carries it over. */
  private stretchAt(index: number, indent: number): { stretch: Stretch; next: number } {
    const first = this.lines[index]!.slice(indent);
    const starts = [{ offset: 0, line: index + 1, column: indent + 1 }];
    let text = first;
    let next = index + 1;
    // An attribute hash or HTML-style list left open at the line's end goes on; so does Ruby output ending in a comma.
    const unbalanced = (): boolean => {
      const head = /^[%.#][\w:-]*(?:[.#][\w-]+)*/.exec(text);
      let at = head ? head[0].length : -1;
      while (head && (text[at] === '{' || text[at] === '(')) {
        const close = closingBracket(text, at);
        if (close < 0) return true;
        at = close + 1;
      }
      return /^[!&]?[=~].*,\s*$/s.test(text);
    };
    while (next < this.lines.length && unbalanced()) {
      starts.push({ offset: text.length + 1, line: next + 1, column: 1 });
      text += `\n${this.lines[next]}`;
      next++;
    }
    return { stretch: new Stretch(text, starts), next };
  }

  private closeTo(indent: number): void {
    while (this.open.length > 0 && this.open.at(-1)!.indent >= indent) {
      const element = this.open.pop()!;
      this.writer.write(element.close, element.at);
    }
  }

  write(): void {
    for (let i = 0; i < this.lines.length; ) {
      const line = this.lines[i]!;
      const body = line.trimStart();
      if (body === '') {
        i++;
        continue;
      }
      const indent = line.length - body.length;
      this.closeTo(indent);
      const at = { line: i + 1, column: indent + 1 };
      if (body.startsWith('-#') || body.startsWith('/')) {
        i = this.blockEnd(i, indent); // comments: their block is not rendered (or not read as markup)
        continue;
      }
      const filter = /^:([\w-]+)/.exec(body);
      if (filter) {
        const end = this.blockEnd(i, indent);
        const tag = filter[1] === 'javascript' ? 'script' : filter[1] === 'css' ? 'style' : null;
        if (tag) {
          this.writer.write(`<${tag}>`, at);
          for (let j = i + 1; j < end; j++) {
            const content = this.lines[j]!;
            this.text(new Stretch(content, [{ offset: 0, line: j + 1, column: 1 }]), 0);
            this.writer.write('\n', { line: j + 1, column: content.length + 1 });
          }
          this.writer.write(`</${tag}>`, at);
        }
        i = end;
        continue;
      }
      if (body.startsWith('!!!')) {
        this.writer.write('<!DOCTYPE html>', at);
        i++;
        continue;
      }
      const { stretch, next } = this.stretchAt(i, indent);
      let close = '';
      if (/^(?:[!&]=|[=~])/.test(body)) this.output(stretch, 0);
      else if (body.startsWith('-')) {
        // Ruby code: not run; what it wraps is read.
      } else if (/^[%.#][\w-]/.test(body)) close = this.tag(stretch);
      else this.text(stretch, body.startsWith('\\') ? 1 : 0);
      // Whatever is indented under the line is its content (a tag's children, a block's body).
      this.open.push({ indent, close, at });
      i = next;
    }
    this.closeTo(-1);
  }

  /** A tag line: its start tag and inline content; returns its closing tag (none for a void or self-closed one). */
  private tag(stretch: Stretch): string {
    const source = stretch.text;
    const head = /^(?:%([\w:-]+))?((?:[.#][\w-]+)*)/.exec(source)!;
    const name = head[1] ?? 'div';
    const classes: string[] = [];
    let id: Attribute | null = null;
    const attributes: Attribute[] = [];
    let classAt: number | null = null;
    for (const shorthand of head[2]!.matchAll(/([.#])([\w-]+)/g)) {
      const offset = (head[1] ? head[1].length + 1 : 0) + shorthand.index;
      if (shorthand[1] === '.') {
        classes.push(shorthand[2]!);
        classAt ??= offset;
      } else id = { name: 'id', value: { text: shorthand[2]!, at: null }, at: offset };
    }
    let position = head[0].length;
    let unknownAttributes = false;
    // Attribute hashes, HTML-style lists and object references (`[@user]`, not read), in any order.
    while (position < source.length && '{(['.includes(source[position]!)) {
      const close = closingBracket(source, position);
      if (close < 0) break;
      if (source[position] === '{') {
        const hash = hashAttributes(source, position + 1, close);
        // A hash that is not all `key => value` pairs (a method call, a splat: `{ **field_options, name: 'cvc' }`) may
        // set anything.
        if (hash.unknown) unknownAttributes = true;
        attributes.push(...hash.attributes);
      } else if (source[position] === '(') attributes.push(...htmlStyleAttributes(source, position + 1, close));
      position = close + 1;
    }
    for (const attribute of attributes) {
      if (attribute.name === 'class' && attribute.value) {
        classes.push(attribute.value.text);
        classAt ??= attribute.at;
      } else if (attribute.name === 'id') id = attribute;
    }
    const selfClosing = source[position] === '/';
    while (position < source.length && '<>/'.includes(source[position]!)) position++;
    const start = stretch.place(0);
    const headEnd = stretch.place(position);
    const writer = this.writer;
    writer.write(`<${name}`, start, headEnd);
    const written = attributes.filter((a) => a.name !== 'class' && a.name !== 'id');
    if (id) written.unshift(id);
    if (classAt !== null) written.unshift({ name: 'class', value: { text: classes.join(' '), at: null }, at: classAt });
    for (const { name: attributeName, value, at: keyAt } of written.sort((a, b) => a.at - b.at)) {
      if (value === undefined || !/^[^\s"'<>/=]+$/.test(attributeName)) continue;
      const from = stretch.place(keyAt);
      if (value === null) {
        writer.write(` ${attributeName}`, from, headEnd);
        continue;
      }
      const quote = value.text.includes('"') ? "'" : '"';
      writer.write(` ${attributeName}=${quote}`, from, headEnd);
      if (value.at !== null) {
        // The literal's text, and its closing quote, where they are written.
        const valueFrom = stretch.place(value.at);
        const valueEnd = { line: valueFrom.line, column: valueFrom.column + value.text.length };
        writer.write(value.text, valueFrom, valueEnd, true, value.quote);
        writer.write(quote, valueEnd, { line: valueEnd.line, column: valueEnd.column + 1 });
      } else {
        writer.write(value.text, from, headEnd);
        writer.write(quote, from, headEnd);
      }
    }
    if (unknownAttributes) writer.write(` ${UNKNOWN}`, start, headEnd);
    writer.write(selfClosing ? '/>' : '>', start, headEnd);
    const rest = source.slice(position);
    if (/^(?:[!&]=|[=~])/.test(rest)) this.output(stretch, position);
    else if (rest.trim() !== '') this.text(stretch, position + (rest.length - rest.trimStart().length));
    return selfClosing || VOID_ELEMENTS.has(name.toLowerCase()) ? '' : `</${name}>`;
  }
}

/** The page of a Haml template (never rejected: what is not read is left out). */
export function hamlPage(text: string): { page: PageWriter } {
  const page = new HamlPage(text);
  page.write();
  return { page: page.writer };
}

export const hamlProcessor = pageProcessor('stripe-pci/haml', '.html.erb', (text) => hamlPage(text));
