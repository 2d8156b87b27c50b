// Parse errors inside one script of a page or component. `processors.html` and `processors.astro` lint each script
// as a block of its own, so a script that does not parse leaves the rest of the file linted: its markup and its other
// scripts. The scanner reports such a file as scanned in part, and keeps the findings of the parts that parsed.
import path from 'node:path';
import { ASTRO_EXTENSIONS, hasExtension, HTML_EXTENSIONS, PUG_EXTENSIONS } from '../markup-configs.js';
import { astroScripts, BLOCK_NAME } from '../processors/astro.js';
import { pageScripts, scriptBlockName } from '../processors/html.js';
import { pugScripts } from '../processors/pug.js';

interface ScriptBlock {
  readonly offset: number;
  readonly text: string;
  /** The block's name as the processor gives it (`script.ts`, `script.js`, `script.mjs`, `script.cjs`): its config and parser follow from it. */
  readonly name: string;
}

/**
 * Does a script block's text parse on its own, as the scan's config parses a block of that name (`page.html/1_script.js`)?
 * The position of a parse error alone does not say whose it is: astro-eslint-parser places a template's error (a stray
 * closing tag) wherever its compiler stopped, inside a script too (regression check of the twenty-third session).
 */
export type BlockParses = (text: string, blockFilename: string) => boolean;

/** The script blocks of a file that a processor splits into scripts; none for any other file. */
function scriptBlocks(file: string, text: string): ScriptBlock[] {
  try {
    if (hasExtension(file, ASTRO_EXTENSIONS)) {
      return astroScripts(text).map((s) => ({ offset: s.offset, text: s.text, name: BLOCK_NAME[s.kind] }));
    }
    // A Pug template's `script.` blocks, as the stretches of the template their code came from.
    if (hasExtension(file, PUG_EXTENSIONS)) return pugScripts(text, file);
    if (hasExtension(file, HTML_EXTENSIONS)) {
      return pageScripts(text, file).map((s) => ({ offset: s.offset, text: s.text, name: scriptBlockName(s) }));
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
 * For each parse error at `line` / `column` (as ESLint gives it, after the processor moved it into the page): is it
 * one of a script block's, inside the block, whose text does not parse on its own (`parses`)? Then the rest of the
 * file was linted, and its findings stand. Null where the error is the page's or component's own (its markup or
 * frontmatter does not parse: nothing of it was linted but its scripts). The file's scripts are found once.
 */
export function scriptParseErrors(
  file: string,
  text: string,
  errors: ReadonlyArray<{ readonly line: number; readonly column: number }>,
  parses: BlockParses,
): Array<ScriptParseError | null> {
  const blocks = scriptBlocks(file, text);
  return errors.map(({ line, column }) => {
    const start = lineStart(text, line);
    if (start < 0) return null;
    // The column's base differs by parser; a script's first or last character is one off at most, so a block's bounds
    // are taken one wider.
    const at = start + Math.max(column - 1, 0);
    const block = blocks.find((b) => at >= b.offset - 1 && at <= b.offset + b.text.length);
    if (!block || parses(block.text, `${path.basename(file)}/1_${block.name}`)) return null;
    // Processed Astro scripts are TypeScript, read by @typescript-eslint/parser (0-based columns); the rest by espree.
    return { column: block.name.endsWith('.ts') ? column + 1 : column };
  });
}
