/**
 * Razor code inside a start tag, which the HTML parser cannot read: `<option @if (selected) { <text>selected</text> }>`
 * (a `<` inside the tag: the parser rejects the whole view), `<input disabled=@(page <= 1)>` (an unquoted value
 * holding `<` or `>`). The `html` processor writes a stand-in over each such piece before parsing a Razor view: a Razor
 * comment (`@* … *@`, a template marker of the view's engine, so the parser reads it as template output) of the same
 * length, line breaks kept, naming the boolean attributes the code can write (`@*selected*@`) when that is all it
 * writes; the markup reading (`htmlElement`) turns that into boolean attributes that may be present, and any other
 * stand-in into an attribute it cannot name (real-world batch 217: 141 of 146 unparsable views, Hotcakes' card forms
 * among them). The same in a quoted attribute value, where the code's own quotes would end the value early: an unknown
 * piece of the value.
 */
import { BOOLEAN_ATTRIBUTES } from '../analysis/markup.js';

/** `text` blanked at its offsets: a space for every character but line breaks, which stay (also the `html` processor's). */
export const blankedKeepingLines = (text: string): string => text.replace(/[^\r\n]/g, ' ');

/** A Razor statement with a parenthesised head and a block: `@if (x) { … }`, `@foreach (var y in z) { … }`. */
const BLOCK_STATEMENT = /@(if|foreach|for|while|switch|using|lock)\b[ \t]*\(/y;
/** `else if (` or `else {` after an `@if` block. */
const ELSE = /\s*else\b\s*/y;
/** Razor code longer than this in one start tag is left as written. */
const CODE_LIMIT = 4_000;
/**
 * Characters the bracket matching may read per view, beyond the view's own length: hostile text (thousands of `@(`
 * that never close, each read up to CODE_LIMIT) then stops being read as code, and the scan stays linear. Set for the
 * duration of `razorCodeInTags`; unlimited otherwise.
 */
let bracketBudget = Infinity;

/** The end of the bracketed C# code opening at `open` (`(`, `[` or `{`): after its closing bracket, strings and characters skipped; -1 when it does not close. */
export function bracketEnd(text: string, open: number): number {
  const opener = text[open];
  const closer = opener === '(' ? ')' : opener === '[' ? ']' : '}';
  const limit = Math.min(text.length, open + CODE_LIMIT, open + bracketBudget);
  let depth = 0;
  for (let at = open; at < limit; at++) {
    bracketBudget--;
    const ch = text[at];
    if (ch === '"') {
      const verbatim = text[at - 1] === '@';
      for (at++; at < limit; at++) {
        if (text[at] === '"') {
          if (verbatim && text[at + 1] === '"') at++;
          else break;
        } else if (!verbatim && text[at] === '\\') at++;
      }
    } else if (ch === "'") {
      // A C# character ('x', '\n'); a lone apostrophe is text (`<text>don't</text>`).
      const char = /^'(?:\\.|[^'\\\r\n])'/.exec(text.slice(at, at + 4));
      if (char) at += char[0].length - 1;
    } else if (ch === opener) depth++;
    else if (ch === closer && --depth === 0) return at + 1;
  }
  return -1;
}

/** The markup a Razor block writes (`{ <text> selected="selected" </text> }` → ` selected="selected" `), or null when it runs other code. */
function blockOutput(block: string): string | null {
  const body = block.slice(1, -1).trim();
  const text = /^<text>([\s\S]*)<\/text>$/.exec(body);
  if (text) return text[1]!.includes('<') || text[1]!.includes('@') ? null : text[1]!;
  const line = /^@:([^\r\n]*)$/.exec(body);
  return line && !line[1]!.includes('@') ? line[1]! : null;
}

/** `selected="selected" disabled` → its names, when each is a boolean attribute (lower case); null otherwise. */
function booleanNames(markup: string): string[] | null {
  const names: string[] = [];
  const attribute = /\s*([A-Za-z][\w-]*)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?\s*/y;
  for (let at = 0; at < markup.length; ) {
    attribute.lastIndex = at;
    const found = attribute.exec(markup);
    if (!found || found[0].length === 0) return null;
    const name = found[1]!.toLowerCase();
    if (!BOOLEAN_ATTRIBUTES.has(name)) return null;
    if (!names.includes(name)) names.push(name);
    at = attribute.lastIndex;
  }
  return names;
}

/** The boolean attributes that markup pieces (a statement's branches, the strings an expression may print) write, when each writes only such; null otherwise, or when they write none. */
function booleansWritten(pieces: readonly string[]): string[] | null {
  const names = new Set<string>();
  for (const piece of pieces) {
    const written = booleanNames(piece);
    if (written === null) return null;
    for (const name of written) names.add(name);
  }
  return names.size > 0 ? [...names] : null;
}

interface TagCode {
  start: number;
  end: number;
  /** The boolean attributes the code may write, when that is all it writes; null when it may write anything. */
  writes: string[] | null;
  /** A C# comment (blanked, no stand-in). */
  comment?: true;
  /** Text written in place of the code, padded with spaces: a localized text's key (`LOCALIZED_TEXT`). */
  key?: string;
}

/**
 * A localized text looked up by a key written plainly, the whole of an implicit expression: a localizer's indexer
 * (`@Localizer["cardNumber"]`, `@SharedLocalizer["Cvv"]`, `@L["Card number"]`, `@T["…"]`), nopCommerce's and Orchard's
 * `@T("Payment.CardNumber")`, a resource's `@Localization.GetString("CardNumber")`. The key names the text, as a
 * label's own `@T("Payment.CardNumber")` is read (real-world batch 220: Fluent UI's `Placeholder="@Localizer["cardNumber"]"`).
 * Not another lookup (`@ViewData["CardNumber"]` prints a value; `@Model.IsErr("cvc")` a CSS class).
 */
const LOCALIZED_TEXT = /^@(?:(?:[A-Za-z_]\w*\.)*(?:\w*Localizer|L|T)\["([^"\\\r\n]*)"\]|T\("([^"\\\r\n]*)"\)|(?:[A-Za-z_]\w*\.)*GetString\("([^"\\\r\n]*)"\))$/;

/** A C# comment starting a line, a line comment or a block comment, in a code block (`@code { }`, `@{ }`, a statement's block). */
const LINE_COMMENT = /^[ \t]*\/[/*]/gm;

/** A Razor statement (`@if (…) { … } else { … }`, `@foreach (…) { … }`) or code block (`@{ … }`) at `at` in a start tag's attribute list. */
function statementAt(text: string, at: number): TagCode | null {
  let end: number;
  const blocks: string[] = [];
  if (text.startsWith('@{', at)) {
    end = bracketEnd(text, at + 1);
    if (end < 0) return null;
    return { start: at, end, writes: null };
  }
  BLOCK_STATEMENT.lastIndex = at;
  const head = BLOCK_STATEMENT.exec(text);
  if (!head) return null;
  const chain = head[1] === 'if';
  let next = at + head[0].length - 1;
  for (;;) {
    const condition = bracketEnd(text, next);
    if (condition < 0) return null;
    const open = skipSpace(text, condition);
    if (text[open] !== '{') return null;
    end = bracketEnd(text, open);
    if (end < 0) return null;
    blocks.push(text.slice(open, end));
    if (!chain) break;
    ELSE.lastIndex = end;
    const otherwise = ELSE.exec(text);
    if (!otherwise) break;
    next = ELSE.lastIndex;
    if (text.startsWith('if', next) && /^if\s*\(/.test(text.slice(next, next + 20))) {
      next = text.indexOf('(', next);
      continue;
    }
    if (text[next] !== '{') break;
    end = bracketEnd(text, next);
    if (end < 0) return null;
    blocks.push(text.slice(next, end));
    break;
  }
  const outputs = blocks.map(blockOutput);
  return { start: at, end, writes: outputs.includes(null) ? null : booleansWritten(outputs as string[]) };
}

/** An explicit expression `@( … )` at `at` that the HTML parser misreads (it holds `<` or `>`, or quotes); null otherwise. */
function expressionAt(text: string, at: number): TagCode | null {
  if (!text.startsWith('@(', at)) return null;
  const end = bracketEnd(text, at + 1);
  if (end < 0) return null;
  const code = text.slice(at, end);
  if (!/[<>"'=]/.test(code)) return null;
  // `@(Model.Locked ? "disabled" : "")`: the strings it may print, when each is boolean attributes or nothing.
  const strings = /\?/.test(code) ? [...code.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!.replaceAll('\\"', '"')) : [];
  return { start: at, end, writes: booleansWritten(strings) };
}

/** An implicit expression at `at` (`@Model.IsErr("cvc")`, `@item.Attrs["x"]`): a name, then members, calls and indexes; null for a bare `@`. */
function implicitAt(text: string, at: number): TagCode | null {
  const name = /@[A-Za-z_]\w*/y;
  name.lastIndex = at;
  if (!name.exec(text)) return null;
  let end = name.lastIndex;
  const member = /\??\.[A-Za-z_]\w*/y;
  for (;;) {
    member.lastIndex = end;
    if (member.exec(text)) end = member.lastIndex;
    else if (text[end] === '(' || text[end] === '[') {
      const close = bracketEnd(text, end);
      if (close < 0) return null;
      end = close;
    } else break;
  }
  return { start: at, end, writes: null };
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}

/**
 * The end of the quoted attribute value opening at `open`, after its closing quote (the text's end when none). Razor
 * code in it that the HTML parser would misread goes to `found` as an unknown piece of the value: a statement
 * (`class="@if (check == "true") { <text>hasGallery</text> }"`, whose quotes would end the value early; grandnode2's
 * menus, real-world batch 217), and an expression holding the quote (`class="@(x ? "a" : "b")"`, Hotcakes'
 * `class="form-control @Model.IsErr("cccardnumber")"`).
 */
function quotedValueEnd(text: string, open: number, found: TagCode[]): number {
  const quote = text[open]!;
  for (let at = open + 1; at < text.length; at++) {
    const ch = text[at];
    if (ch === quote) return at + 1;
    if (ch !== '@') continue;
    const statement = statementAt(text, at);
    const code = statement ?? expressionAt(text, at) ?? implicitAt(text, at);
    if (code && (statement || text.slice(at, code.end).includes(quote))) {
      const localized = statement ? null : LOCALIZED_TEXT.exec(text.slice(at, code.end));
      const key = localized?.[1] ?? localized?.[2] ?? localized?.[3];
      found.push(key !== undefined && !key.includes(quote) ? { ...code, writes: null, key } : { ...code, writes: null });
      at = code.end - 1;
    }
  }
  return text.length;
}

/** Elements whose content is raw text, where no tag starts until their end tag. */
const RAW_TEXT = /^(?:script|style|textarea|title|xmp)$/;

/** The Razor code in the view's start tags that the HTML parser cannot read, in order. */
export function razorCodeInTags(text: string): TagCode[] {
  const found: TagCode[] = [];
  if (!text.includes('@')) return found;
  bracketBudget = 2 * text.length + 100_000;
  try {
    scanTags(text, found);
  } finally {
    bracketBudget = Infinity;
  }
  return found;
}

/** `razorCodeInTags`' walk over the view's tags, text and C# comments. */
function scanTags(text: string, found: TagCode[]): void {
  const length = text.length;
  let lower: string | undefined;
  let i = 0;
  let comment: RegExpExecArray | null | undefined;
  while (i < length) {
    const lt = text.indexOf('<', i);
    // A C# comment that starts a line before the next tag: markup commented out in a code block (`// <input
    // name="cvc" />`) is no markup; markup text seldom starts a line with `//` or `/*` (real-world batch 219).
    if (comment !== null && (comment === undefined || comment.index < i)) {
      LINE_COMMENT.lastIndex = i;
      comment = LINE_COMMENT.exec(text);
    }
    if (comment && (lt < 0 || comment.index < lt)) {
      const start = comment.index + comment[0].length - 2;
      const close = text[start + 1] === '/' ? text.indexOf('\n', start) : text.indexOf('*/', start + 2);
      const end = close < 0 ? (text[start + 1] === '/' ? length : -1) : text[start + 1] === '/' ? close : close + 2;
      if (end > 0) found.push({ start, end, writes: null, comment: true });
      i = end > 0 ? end : start + 2;
      continue;
    }
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      const close = text.indexOf('-->', lt + 4);
      if (close < 0) break;
      i = close + 3;
      continue;
    }
    if (!/[A-Za-z]/.test(text[lt + 1] ?? '')) {
      i = lt + 1;
      continue;
    }
    let j = lt + 1;
    while (j < length && !/[\s/>]/.test(text[j]!)) j++;
    const name = text.slice(lt + 1, j).toLowerCase();
    while (j < length) {
      while (j < length && (/\s/.test(text[j]!) || text[j] === '/')) j++;
      if (j >= length) break;
      if (text[j] === '>') {
        j++;
        break;
      }
      if (text[j] === '@') {
        const code = statementAt(text, j) ?? expressionAt(text, j);
        if (code) {
          found.push(code);
          j = code.end;
          continue;
        }
      }
      // An attribute's name (a leading `=` is part of it, as the HTML tokenizer reads it), then its value.
      if (text[j] === '=') j++;
      while (j < length && !/[\s/>=]/.test(text[j]!)) j++;
      const equals = skipSpace(text, j);
      if (text[equals] !== '=') continue;
      j = skipSpace(text, equals + 1);
      const quote = text[j];
      if (quote === '"' || quote === "'") {
        j = quotedValueEnd(text, j, found);
        continue;
      }
      const code = text[j] === '@' ? expressionAt(text, j) : null;
      if (code) {
        found.push({ ...code, writes: null });
        j = code.end;
        continue;
      }
      while (j < length && !/[\s>]/.test(text[j]!)) j++;
    }
    i = j;
    if (RAW_TEXT.test(name)) {
      lower ??= text.toLowerCase();
      const close = lower.indexOf(`</${name}`, j);
      i = close < 0 ? length : close;
    }
  }
}

/**
 * `text` (a Razor view, its comments blanked) with a stand-in over each piece of Razor code in a start tag that the
 * HTML parser cannot read (see the module's comment): `@*` and `*@` around the boolean attributes it may write, on one
 * line of the code, the rest blanked to spaces, line breaks kept. Each piece's range goes to `blocks` (fixes into it
 * are dropped).
 */
export function razorStandIns(text: string, blocks: Array<[number, number]> = []): string {
  const code = razorCodeInTags(text);
  if (code.length === 0) return text;
  let out = '';
  let done = 0;
  for (const { start, end, writes, comment, key } of code) {
    const piece = text.slice(start, end);
    if (comment || key !== undefined) {
      // (A key is one line, as the expression it stands for is.)
      out += text.slice(done, start) + (key === undefined ? blankedKeepingLines(piece) : key.padEnd(piece.length));
      blocks.push([start, end]);
      done = end;
      continue;
    }
    const names = writes?.join(' ') ?? '';
    // The stand-in goes on the first line of the code with room for it (names dropped when none has room for them).
    const lines = piece.split(/(\r?\n)/);
    const fits = (need: number) => lines.findIndex((line, index) => index % 2 === 0 && line.length >= need);
    let line = fits(names.length + 4);
    const standIn = line >= 0 ? `@*${names}*@` : '@**@';
    if (line < 0) line = fits(4);
    if (line < 0) {
      out += text.slice(done, end);
      done = end;
      continue;
    }
    const written = lines.map((part, index) => (index % 2 === 1 ? part : index === line ? standIn + ' '.repeat(part.length - standIn.length) : ' '.repeat(part.length)));
    out += text.slice(done, start) + written.join('');
    blocks.push([start, end]);
    done = end;
  }
  return out + text.slice(done);
}
