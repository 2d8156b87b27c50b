// Parse errors inside one script of a page or component. `processors.html` and `processors.astro` lint each script
// as a block of its own, so a script that does not parse leaves the rest of the file linted: its markup and its other
// scripts. The scanner reports such a file as scanned in part, and keeps the findings of the parts that parsed.
import { ASTRO_EXTENSIONS, HTML_EXTENSIONS } from '../markup-configs.js';
import { astroScripts } from '../processors/astro.js';
import { pageScripts } from '../processors/html.js';

/** The parser a script block is read with in a scan (eslint-options.ts): the TypeScript parser for Astro's processed scripts, espree for the scripts the browser runs as written. */
type ScriptParser = 'espree' | 'typescript';

interface ScriptBlock {
  readonly offset: number;
  readonly length: number;
  readonly parser: ScriptParser;
}

const endsWithAny = (file: string, extensions: readonly string[]): boolean => {
  const name = file.toLowerCase();
  return extensions.some((extension) => name.endsWith(extension));
};

/** The script blocks of a file that a processor splits into scripts; none for any other file. */
function scriptBlocks(file: string, text: string): ScriptBlock[] {
  try {
    if (endsWithAny(file, ASTRO_EXTENSIONS)) {
      return astroScripts(text).map((s) => ({ offset: s.offset, length: s.text.length, parser: s.kind === 'processed' ? 'typescript' : 'espree' }));
    }
    if (endsWithAny(file, HTML_EXTENSIONS)) {
      return pageScripts(text, file).map((s) => ({ offset: s.offset, length: s.text.length, parser: 'espree' }));
    }
  } catch {
    // The markup parser is missing or throws: the error is then the file's own.
  }
  return [];
}

/** Offset of a 1-based line's first character; -1 past the text's last line. */
function lineStart(text: string, line: number): number {
  let at = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return -1;
    at = next + 1;
  }
  return at;
}

export interface ScriptParseError {
  /** The error's column, 1-based (the TypeScript parser gives 0-based columns; espree 1-based ones). */
  readonly column: number;
}

/**
 * Is the parse error at `line` / `column` (as ESLint gives it, after the processor moved it into the page) inside one
 * of the file's script blocks? Then the rest of the file was linted, and its findings stand. Null where the error is
 * the page's or component's own (its markup or frontmatter does not parse: nothing of it was linted but its scripts).
 */
export function scriptParseError(file: string, text: string, line: number, column: number): ScriptParseError | null {
  const start = lineStart(text, line);
  if (start < 0) return null;
  // The column's base differs by parser; a script's first or last character is one off at most, so a block's bounds
  // are taken one wider.
  const at = start + Math.max(column - 1, 0);
  const block = scriptBlocks(file, text).find((b) => at >= b.offset - 1 && at <= b.offset + b.length);
  if (!block) return null;
  return { column: block.parser === 'typescript' ? column + 1 : column };
}
