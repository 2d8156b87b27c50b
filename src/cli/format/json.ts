// `--format json`: a stable, documented shape (docs/cli.md, "JSON output"). Bump JSON_SCHEMA_VERSION on any
// change that removes or renames a field; adding fields is not a breaking change.
import type { SkipReason } from '../files.js';
import type { SaqImpact, SaqType } from '../saq.js';
import type { Finding, ScanReport } from '../scan.js';
import { displayPath, ESTIMATE_DISCLAIMER, skippedCounts, TOOL_NAME, TOOL_PACKAGE, TOOL_VERSION } from './common.js';

export const JSON_SCHEMA_VERSION = 1;

export interface JsonFinding {
  ruleId: string;
  rule: string;
  messageId: string | null;
  severity: 'error' | 'warning';
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number | null;
  endColumn: number | null;
  saqImpact: SaqImpact;
  helpUrl: string | null;
  suppressions?: string[];
}

export interface JsonEvidence {
  ruleId: string;
  messageId: string | null;
  file: string;
  line: number;
  column: number;
  saqImpact: SaqImpact;
  why: string;
}

export interface JsonReport {
  schemaVersion: number;
  tool: { name: string; package: string; version: string; eslintVersion: string; preset: string };
  cwd: string;
  verdict: {
    saq: SaqType;
    summary: string;
    estimate: true;
    disclaimer: string;
    complete: boolean;
    decisive: JsonEvidence[];
    alsoRaising: JsonEvidence[];
    requirements: JsonEvidence[];
  };
  findings: JsonFinding[];
  suppressed: JsonFinding[];
  skipped: { file: string; reason: SkipReason; detail: string; line: number | null; column: number | null }[];
  stats: {
    filesScanned: number;
    filesSkipped: number;
    filesScannedInPart: number;
    errorCount: number;
    warningCount: number;
    suppressedCount: number;
    durationMs: number;
    filesPerSecond: number;
    concurrency: string;
  };
}

export function filesPerSecond(report: ScanReport): number {
  return report.lintDurationMs > 0 ? Math.round((report.filesScanned / report.lintDurationMs) * 1000) : 0;
}

export function toJsonReport(report: ScanReport): JsonReport {
  const rel = (file: string): string => displayPath(report.cwd, file);
  const finding = (f: Finding): JsonFinding => ({
    ruleId: `stripe-pci/${f.rule}`,
    rule: f.rule,
    messageId: f.messageId ?? null,
    severity: f.severity,
    message: f.message,
    file: rel(f.file),
    line: f.line,
    column: f.column,
    endLine: f.endLine ?? null,
    endColumn: f.endColumn ?? null,
    saqImpact: f.impact,
    helpUrl: report.rules[f.rule]?.url ?? null,
    ...(f.suppressions ? { suppressions: [...f.suppressions] } : {}),
  });
  const evidence = ({ finding: f, effect, why }: ScanReport['verdict']['decisive'][number]): JsonEvidence => ({
    ruleId: `stripe-pci/${f.rule}`,
    messageId: f.messageId ?? null,
    file: rel(f.file),
    line: f.line,
    column: f.column,
    saqImpact: effect,
    why,
  });
  const { verdict } = report;
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: {
      name: TOOL_NAME,
      package: TOOL_PACKAGE,
      version: TOOL_VERSION,
      eslintVersion: report.eslintVersion,
      preset: report.preset,
    },
    cwd: report.cwd,
    verdict: {
      saq: verdict.saq,
      summary: verdict.summary,
      estimate: true,
      disclaimer: ESTIMATE_DISCLAIMER,
      complete: report.skipped.length === 0 && report.suppressed.length === 0,
      decisive: verdict.decisive.map(evidence),
      alsoRaising: verdict.alsoRaising.map(evidence),
      requirements: verdict.requirements.map(evidence),
    },
    findings: report.findings.map(finding),
    suppressed: report.suppressed.map(finding),
    skipped: report.skipped.map((s) => ({
      file: rel(s.file),
      reason: s.reason,
      detail: s.detail,
      line: s.line ?? null,
      column: s.column ?? null,
    })),
    stats: {
      filesScanned: report.filesScanned,
      filesSkipped: skippedCounts(report.skipped).whole,
      filesScannedInPart: skippedCounts(report.skipped).inPart,
      errorCount: report.findings.filter((f) => f.severity === 'error').length,
      warningCount: report.findings.filter((f) => f.severity === 'warning').length,
      suppressedCount: report.suppressed.length,
      durationMs: Math.round(report.durationMs),
      filesPerSecond: filesPerSecond(report),
      concurrency: String(report.concurrency),
    },
  };
}

export function formatJson(report: ScanReport): string {
  return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}
