import path from 'node:path';
import { PLUGIN_NAME, PLUGIN_VERSION } from '../../meta.js';
import type { SkippedFile, SkipReason } from '../files.js';

export const TOOL_NAME = 'stripe-pci-scan';
export const TOOL_VERSION = PLUGIN_VERSION;
export const TOOL_PACKAGE = PLUGIN_NAME;
export const TOOL_INFO_URL = 'https://github.com/stripe-pci/eslint-plugin-stripe-pci';
export const SAQ_DOC_URL = `${TOOL_INFO_URL}/blob/main/docs/saq.md`;

/** Said with every verdict, in every format. */
export const ESTIMATE_DISCLAIMER =
  'This is an estimate from static analysis of the scanned code, not a PCI DSS assessment: which SAQ applies ' +
  'is decided with your acquirer or QSA and covers your whole payment environment, not only this code.';

/** A path as shown to people and written to reports: relative to the scan's cwd, with `/` separators. */
export function displayPath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  const shown = rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
  return shown.split(path.sep).join('/');
}

export const SKIP_REASON_LABEL: Record<SkipReason, string> = {
  unreadable: 'unreadable',
  'not-a-file': 'not a regular file',
  unsupported: 'unsupported file type',
  binary: 'binary',
  'too-large': 'too large',
  'parse-error': 'parse error',
  'script-parse-error': 'a script does not parse',
  'lint-error': 'lint error',
};

/**
 * The skipped entries split: files left out whole, and files scanned in part (a page or component one of whose
 * scripts does not parse: its markup and other scripts were scanned, and are counted among the files scanned).
 */
export function skippedCounts(skipped: readonly SkippedFile[]): { whole: number; inPart: number } {
  const inPart = skipped.filter((s) => s.reason === 'script-parse-error').length;
  return { whole: skipped.length - inPart, inPart };
}
