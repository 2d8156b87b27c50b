/**
 * The page a template renders, written out piece by piece with where each piece came from, and the processor that
 * lints it as an HTML page and moves the messages back: shared by `processors.pug` and `processors.haml`, whose
 * templates are not HTML but render it. A piece copied from the template as it is (text, a string literal, a script's
 * code) maps character by character, and fixes and suggestions inside it are kept; any other piece (a tag, an
 * attribute written out from the template's syntax) maps to the construct it came from, and edits there are dropped.
 */
import type { Linter } from 'eslint';

/** HTML's void elements: no closing tag. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** A stretch of the page and where it came from: 1-based line and column in the template. */
export interface Segment {
  /** Offset in the page. */
  at: number;
  line: number;
  column: number;
  /** Where the construct ends in the template (a message's end inside the piece goes there). */
  endLine: number;
  endColumn: number;
  /** Text copied from the template as it is, on one line: each character maps to its own. */
  copied: boolean;
  /** For an attribute's string literal copied into the page: its quote, which an edit there may not write. */
  quote?: string;
}

/** The page a template renders, built piece by piece with where each piece came from. */
export class PageWriter {
  text = '';
  readonly segments: Segment[] = [];

  /** `shifts`: per line, the columns taken away from the template before it was read (Pug's `jadeOneAsPug`). */
  constructor(private readonly shifts: readonly number[] = []) {}

  write(piece: string, from: { line: number; column: number }, to = from, copied = false, quote?: string): void {
    if (piece === '') return;
    const fromColumn = from.column + (this.shifts[from.line - 1] ?? 0);
    const toColumn = to.column + (this.shifts[to.line - 1] ?? 0);
    const segment: Segment = { at: this.text.length, line: from.line, column: fromColumn, endLine: to.line, endColumn: toColumn, copied: copied && !piece.includes('\n') };
    if (quote !== undefined) segment.quote = quote;
    this.segments.push(segment);
    this.text += piece;
  }

  /** The index of the segment holding a page offset (the last that starts at or before it), or -1. */
  private segmentAt(offset: number): number {
    const segments = this.segments;
    let low = 0;
    let high = segments.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (segments[mid]!.at <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  }

  /** Where a page offset came from; `end`: the offset ends a range (the character before it is the one mapped). */
  source(offset: number, end: boolean): { line: number; column: number } | null {
    const probe = end ? offset - 1 : offset;
    const segment = this.segments[Math.max(0, this.segmentAt(probe))];
    if (!segment) return null;
    if (segment.copied && probe >= segment.at) return { line: segment.line, column: segment.column + (probe - segment.at) + (end ? 1 : 0) };
    return end ? { line: segment.endLine, column: segment.endColumn } : { line: segment.line, column: segment.column };
  }

  /** The copied segment holding a whole range of the page, if one does (an insertion may be at its end). */
  copiedSegmentOf(start: number, end: number): Segment | null {
    const index = this.segmentAt(start);
    for (const candidate of start === end ? [index, index - 1] : [index]) {
      const segment = this.segments[candidate];
      if (!segment?.copied) continue;
      const segmentEnd = this.segments[candidate + 1]?.at ?? this.text.length;
      if (start >= segment.at && end <= segmentEnd) return segment;
    }
    return null;
  }
}


/** A template that its reader rejects: the message and place. */
export interface TemplateSyntaxError {
  message: string;
  line: number;
  column: number;
}


/**
 * Calls `visit` with each character of template code (a Pug attribute's JavaScript, a Haml hash's Ruby) outside its
 * string literals (`'…'`, `"…"`, `` `…` ``, with backslash escapes), and its index, from `from`; stops where `visit`
 * returns true and returns that index, else -1.
 */
export function scanCode(source: string, visit: (ch: string, index: number) => boolean | void, from = 0): number {
  let quote: string | null = null;
  for (let i = from; i < source.length; i++) {
    const ch = source[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (visit(ch, i) === true) return i;
  }
  return -1;
}

/** Line breaks as ESLint counts them: `\r\n`, `\n`, `\r`, U+2028, U+2029. */
export const ESLINT_LINE_BREAKS = /\r\n|[\n\r\u2028\u2029]/g;
/**
 * Line breaks as template languages (Pug, Haml) and config files count them: `\r\n`, `\r`, `\n`, not U+2028 and
 * U+2029. The places a template's reader gives (`Place`) are in these lines.
 */
export const TEMPLATE_LINE_BREAKS = /\r\n|[\n\r]/g;

/** Offsets of the starts of lines, as ESLint counts them or by `breaks` (a global pattern). */
export function lineStarts(text: string, breaks: RegExp = ESLINT_LINE_BREAKS): number[] {
  const starts = [0];
  for (const match of text.matchAll(breaks)) starts.push(match.index + match[0].length);
  return starts;
}

/**
 * A template's place as ESLint counts it: the same where the template holds no U+2028 / U+2029 (nearly always), else
 * found again from its offset (`offsetOf`, in the template's own lines) among ESLint's lines.
 */
function eslintPlaces(
  original: string,
): (at: { line: number; column: number } | null, offsetOf: (at: { line: number; column: number }) => number) => { line: number; column: number } | null {
  if (!/[\u2028\u2029]/.test(original)) return (at) => at;
  const starts = lineStarts(original);
  return (at, offsetOf) => {
    if (at === null) return null;
    const offset = offsetOf(at);
    let line = 0;
    while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
    return { line: line + 1, column: offset - starts[line]! + 1 };
  };
}

/**
 * A processor that lints a template as the HTML page `read` writes out for it, in one block named by the template and
 * `extension` (`checkout.pug` → `checkout.pug.html`), and moves the block's messages back onto the template. A
 * template `read` rejects gets one fatal message, a parse error at the place given.
 */
export function pageProcessor(
  name: string,
  extension: string,
  read: (text: string, filename: string) => { page: PageWriter } | { error: TemplateSyntaxError },
): Linter.Processor {
  /** What `preprocess` made of each file, for `postprocess`. */
  const pending = new Map<string, { original: string; page: PageWriter } | { original: string; error: TemplateSyntaxError }>();
  return {
    meta: { name },
    supportsAutofix: true,
    preprocess(original, filename) {
      const result = read(original, filename);
      if ('error' in result) {
        pending.set(filename, { original, error: result.error });
        return [];
      }
      pending.set(filename, { original, page: result.page });
      return [{ text: result.page.text, filename: `${filename.split(/[\\/]/).pop() || 'template'}${extension}` }];
    },
    postprocess(messageLists, filename) {
      const state = pending.get(filename);
      pending.delete(filename);
      if (!state) return [];
      // The template's places count lines as its language does (`\r\n`, `\r`, `\n`); ESLint also breaks lines at
      // U+2028 and U+2029, so a template that holds one has its places moved to ESLint's lines (markup fuzz seed 6902: a
      // Haml view starting with U+2028 had a fix written a line too early).
      const { original } = state;
      const toEslint = eslintPlaces(original);
      const templateLines = lineStarts(original, TEMPLATE_LINE_BREAKS);
      const originalOffset = (at: { line: number; column: number }): number => (templateLines[at.line - 1] ?? original.length) + at.column - 1;
      if ('error' in state) {
        const at = toEslint(state.error, originalOffset) ?? state.error;
        return [{ ruleId: null, fatal: true, severity: 2, message: `Parsing error: ${state.error.message}`, line: at.line, column: at.column }];
      }
      const { page } = state;
      const pageLines = lineStarts(page.text);
      const pageOffset = (line: number, column: number): number => (pageLines[line - 1] ?? page.text.length) + column - 1;
      /** A fix of the page, as the same edit of the template: only within text copied as it is. */
      const moveFix = (fix: Linter.LintMessage['fix']): Linter.LintMessage['fix'] | null => {
        if (!fix) return null;
        const segment = page.copiedSegmentOf(fix.range[0], fix.range[1]);
        if (!segment) return null;
        // In an attribute's string literal, an edit may not close the literal or start an escape.
        if (segment.quote !== undefined && (fix.text.includes(segment.quote) || fix.text.includes('\\'))) return null;
        const from = originalOffset(segment) + (fix.range[0] - segment.at);
        const to = from + (fix.range[1] - fix.range[0]);
        // The template's characters there must be the page's (they are: copied), else the edit is dropped.
        if (original.slice(from, to) !== page.text.slice(fix.range[0], fix.range[1])) return null;
        return { range: [from, to], text: fix.text };
      };
      const out: Linter.LintMessage[] = [];
      for (const message of messageLists[0] ?? []) {
        const moved: Linter.LintMessage = { ...message };
        if (typeof message.line === 'number' && typeof message.column === 'number') {
          const start = toEslint(page.source(pageOffset(message.line, message.column), false), originalOffset);
          if (start) {
            moved.line = start.line;
            moved.column = start.column;
          }
          if (typeof message.endLine === 'number' && typeof message.endColumn === 'number') {
            const end = toEslint(page.source(pageOffset(message.endLine, message.endColumn), true), originalOffset);
            if (end && start && (end.line > start.line || (end.line === start.line && end.column >= start.column))) {
              moved.endLine = end.line;
              moved.endColumn = end.column;
            } else if (start) {
              moved.endLine = start.line;
              moved.endColumn = start.column;
            }
          }
        }
        delete moved.fix;
        delete moved.suggestions;
        const fix = moveFix(message.fix);
        if (fix) moved.fix = fix;
        const suggestions = (message.suggestions ?? []).flatMap((suggestion) => {
          const moves = moveFix(suggestion.fix);
          return moves ? [{ ...suggestion, fix: moves }] : [];
        });
        if (suggestions.length > 0) moved.suggestions = suggestions;
        out.push(moved);
      }
      return out.sort((a, b) => a.line - b.line || a.column - b.column);
    },
  };
}
