// `--format pretty`: findings grouped by rule with file:line:col, message and a source excerpt; a summary
// table; skipped files; the SAQ estimate last, where a terminal leaves it in view.
import { readFileSync } from 'node:fs';
import type { SaqEvidence } from '../saq.js';
import type { Finding, ScanReport } from '../scan.js';
import { displayPath, ESTIMATE_DISCLAIMER, SKIP_REASON_LABEL, skippedCounts, TOOL_NAME, TOOL_VERSION } from './common.js';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
}

const wrap =
  (open: number, close: number) =>
  (s: string): string =>
    `\u001b[${open}m${s}\u001b[${close}m`;

export function createStyle(color: boolean): Style {
  if (!color) {
    const id = (s: string): string => s;
    return { bold: id, dim: id, red: id, yellow: id, green: id, cyan: id };
  }
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), cyan: wrap(36, 39) };
}

const EXCERPT_WIDTH = 100;

/** One source line around the finding's column, and a caret under it. */
export function excerpt(lineText: string, column: number): [string, string] {
  const text = lineText.replace(/\t/g, ' ').replace(/\r$/, '');
  let start = 0;
  const col = Math.max(column - 1, 0);
  if (text.length > EXCERPT_WIDTH) start = Math.max(0, Math.min(col - 30, text.length - EXCERPT_WIDTH));
  const head = start > 0 ? '…' : '';
  const tail = start + EXCERPT_WIDTH < text.length ? '…' : '';
  const shown = head + text.slice(start, start + EXCERPT_WIDTH) + tail;
  const caret = ' '.repeat(head.length + col - start) + '^';
  return [shown.trimEnd(), caret];
}

function sourceLines(file: string, cache: Map<string, string[] | undefined>): string[] | undefined {
  if (!cache.has(file)) {
    try {
      cache.set(file, readFileSync(file, 'utf8').split('\n'));
    } catch {
      cache.set(file, undefined);
    }
  }
  return cache.get(file);
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(width - s.length, 0));
}

const IMPACT_LABEL = { D: 'SAQ D', 'A-EP': 'SAQ A-EP', requirement: 'requirement' } as const;

export function formatPretty(report: ScanReport, style: Style): string {
  const out: string[] = [];
  const rel = (file: string): string => displayPath(report.cwd, file);
  const lines = new Map<string, string[] | undefined>();

  out.push(
    style.bold(`${TOOL_NAME} ${TOOL_VERSION}`) +
      style.dim(` · preset ${report.preset} · ESLint ${report.eslintVersion}`),
    '',
  );

  // Findings grouped by rule, rules in order of SAQ impact then name.
  const byRule = new Map<string, Finding[]>();
  for (const f of report.findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const rank = { D: 0, 'A-EP': 1, requirement: 2 } as const;
  const ruleOrder = [...byRule.keys()].sort((a, b) => {
    const ia = Math.min(...(byRule.get(a) ?? []).map((f) => rank[f.impact]));
    const ib = Math.min(...(byRule.get(b) ?? []).map((f) => rank[f.impact]));
    return ia - ib || a.localeCompare(b);
  });
  for (const rule of ruleOrder) {
    const group = byRule.get(rule) ?? [];
    const impacts = [...new Set(group.map((f) => IMPACT_LABEL[f.impact]))].join(', ');
    out.push(`${style.bold(style.red(rule))} ${style.dim(`(${impacts}) · ${group.length} finding${group.length === 1 ? '' : 's'}`)}`);
    for (const f of group) {
      out.push(`  ${style.cyan(`${rel(f.file)}:${f.line}:${f.column}`)}  ${f.message}`);
      const text = sourceLines(f.file, lines)?.[f.line - 1];
      if (text !== undefined && text.trim() !== '') {
        const [shown, caret] = excerpt(text, f.column);
        const gutter = `${f.line} │ `;
        out.push(`    ${style.dim(gutter)}${shown}`, `    ${' '.repeat(gutter.length)}${style.red(caret)}`);
      }
    }
    const url = report.rules[rule]?.url;
    if (url) out.push(`  ${style.dim(`docs: ${url}`)}`);
    out.push('');
  }

  // Summary table.
  const rows = ruleOrder.map((rule) => {
    const group = byRule.get(rule) ?? [];
    return [rule, String(group.length), [...new Set(group.map((f) => IMPACT_LABEL[f.impact]))].join(', ')];
  });
  const head = ['rule', 'findings', 'SAQ effect'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  out.push(style.bold('Summary'));
  if (rows.length > 0) {
    out.push(`  ${style.dim(head.map((h, i) => pad(h, widths[i] ?? 0)).join('  ').trimEnd())}`);
    for (const r of rows) out.push(`  ${r.map((c, i) => pad(c, widths[i] ?? 0)).join('  ')}`.trimEnd());
  } else {
    out.push(`  ${style.green('no findings')}`);
  }
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.length - errors;
  const skips = skippedCounts(report.skipped);
  out.push(
    `  ${report.filesScanned} file${report.filesScanned === 1 ? '' : 's'} scanned` +
      `${skips.inPart > 0 ? ` (${skips.inPart} in part)` : ''} · ${skips.whole} skipped · ` +
      `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ` +
      `${warnings} warning${warnings === 1 ? '' : 's'}) · ${report.suppressed.length} suppressed in source`,
    '',
  );

  if (report.skipped.length > 0) {
    out.push(style.bold(style.yellow(skips.inPart === 0 ? 'Skipped files' : skips.whole === 0 ? 'Skipped scripts' : 'Skipped files and scripts')));
    for (const s of report.skipped) {
      const where = s.line ? `${rel(s.file)}:${s.line}${s.column ? `:${s.column}` : ''}` : rel(s.file);
      out.push(`  ${style.yellow(where)}  ${SKIP_REASON_LABEL[s.reason]}: ${s.detail}`);
    }
    out.push('');
  }

  if (report.suppressed.length > 0) {
    out.push(style.bold('Suppressed in source') + style.dim(' (not counted; --no-inline-config counts them)'));
    for (const f of report.suppressed) {
      const why = f.suppressions?.filter(Boolean).join('; ');
      out.push(`  ${rel(f.file)}:${f.line}:${f.column}  ${f.rule}${why ? style.dim(` — ${why}`) : ''}`);
    }
    out.push('');
  }

  out.push(...formatVerdict(report, style));
  return `${out.join('\n')}\n`;
}

/** Evidence entries listed under the verdict before "… and N more". */
const EVIDENCE_LIMIT = 10;

/** One line per rule and file:line (a rule reporting the number and the CVC of one call is one piece of evidence). */
function evidenceLines(items: readonly SaqEvidence<Finding>[], report: ScanReport, style: Style): string[] {
  const seen = new Set<string>();
  const unique = items.filter((e) => {
    const key = `${e.finding.rule}\0${e.finding.file}\0${e.finding.line}`;
    return !seen.has(key) && seen.add(key);
  });
  const lines = unique
    .slice(0, EVIDENCE_LIMIT)
    .map((e) => `    ${e.finding.rule}  ${style.cyan(`${displayPath(report.cwd, e.finding.file)}:${e.finding.line}`)}  ${style.dim(e.why)}`);
  if (unique.length > EVIDENCE_LIMIT) lines.push(`    ${style.dim(`… and ${unique.length - EVIDENCE_LIMIT} more (listed above)`)}`);
  return lines;
}

export function formatVerdict(report: ScanReport, style: Style): string[] {
  const { verdict } = report;
  const colour = verdict.saq === 'A' ? style.green : verdict.saq === 'A-EP' ? style.yellow : style.red;
  const out = [`${style.bold('Estimated SAQ:')} ${style.bold(colour(verdict.saq))}`, `  ${verdict.summary}`];
  if (verdict.decisive.length > 0) {
    out.push(`  Decided by:`, ...evidenceLines(verdict.decisive, report, style));
  }
  if (verdict.alsoRaising.length > 0) {
    out.push(`  Also pointing away from SAQ A:`, ...evidenceLines(verdict.alsoRaising, report, style));
  }
  if (verdict.requirements.length > 0) {
    out.push(`  Requirement findings (the SAQ type stays, the requirements are broken):`, ...evidenceLines(verdict.requirements, report, style));
  }
  const { whole, inPart } = skippedCounts(report.skipped);
  if (whole > 0 || inPart > 0) {
    const parts = [
      ...(whole > 0 ? [`${whole} file${whole === 1 ? ' was' : 's were'} skipped`] : []),
      ...(inPart > 0 ? [`${inPart} file${inPart === 1 ? ' was' : 's were'} scanned in part (a script does not parse)`] : []),
    ];
    out.push(`  ${style.yellow(`${parts.join(' and ')}: the estimate covers the scanned code only.`)}`);
  }
  if (report.suppressed.length > 0) {
    out.push(`  ${style.yellow(`${report.suppressed.length} finding${report.suppressed.length === 1 ? ' is' : 's are'} suppressed by comments in the code and not counted.`)}`);
  }
  out.push(`  ${style.dim(ESTIMATE_DISCLAIMER)}`);
  return out;
}
