// `--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it (rule metadata with help URLs and
// security-severity, relative URIs under %SRCROOT%, in-source suppressions, skipped files as tool
// notifications, the SAQ estimate in run.properties). Typed with @types/sarif; validated against the
// SARIF 2.1.0 JSON schema in tests/cli/sarif.test.ts.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { NAMESPACE } from '../../meta.js';
import { type SaqImpact, saqRowFor } from '../saq.js';
import type { Finding, ScanReport } from '../scan.js';
import {
  displayPath,
  ESTIMATE_DISCLAIMER,
  SAQ_DOC_URL,
  SKIP_REASON_LABEL,
  TOOL_INFO_URL,
  TOOL_NAME,
  TOOL_VERSION,
  skippedCounts,
} from './common.js';

const SRCROOT = '%SRCROOT%';

/** GitHub's scale: 9.0+ critical, 7.0–8.9 high. */
const SECURITY_SEVERITY: Record<SaqImpact, string> = { D: '9.0', 'A-EP': '7.5', requirement: '7.0' };
const IMPACT_RANK: Record<SaqImpact, number> = { requirement: 0, 'A-EP': 1, D: 2 };

function artifactLocation(cwd: string, file: string): Sarif.ArtifactLocation {
  const rel = path.relative(cwd, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return { uri: pathToFileURL(file).href };
  return { uri: displayPath(cwd, file).split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function ruleDescriptor(name: string, report: ScanReport): Sarif.ReportingDescriptor {
  const info = report.rules[name];
  const impacts = info?.impacts.length ? info.impacts : (['requirement'] as const);
  const top = impacts.reduce((a, b) => (IMPACT_RANK[b] > IMPACT_RANK[a] ? b : a));
  const why = saqRowFor(name)?.why;
  const description = info?.description || name;
  const url = info?.url;
  return {
    id: `${NAMESPACE}/${name}`,
    name,
    shortDescription: { text: description },
    fullDescription: { text: why ? `${description}. A finding ${why}.` : `${description}.` },
    ...(url ? { helpUri: url } : {}),
    help: {
      text: `${description}. SAQ effect: ${impacts.join(', ')}. ${url ? `Docs: ${url}` : ''}`.trim(),
      markdown: `${description}. SAQ effect: ${impacts.map((i) => `**${i}**`).join(', ')} ([what this means](${SAQ_DOC_URL}))${url ? `. [Rule documentation](${url})` : ''}.`,
    },
    defaultConfiguration: { level: 'error' },
    properties: {
      tags: ['security', 'pci-dss', ...impacts.map((i) => `saq-${i}`)],
      precision: 'high',
      'problem.severity': 'error',
      'security-severity': SECURITY_SEVERITY[top],
    },
  };
}

function region(f: Finding): Sarif.Region {
  const r: Sarif.Region = { startLine: Math.max(f.line, 1), startColumn: Math.max(f.column, 1) };
  if (f.endLine !== undefined && f.endColumn !== undefined && f.endLine >= 1 && f.endColumn >= 1) {
    r.endLine = f.endLine;
    r.endColumn = f.endColumn;
  }
  return r;
}

export function formatSarif(report: ScanReport): string {
  const ruleNames = [
    ...new Set([...Object.keys(report.rules), ...report.findings.map((f) => f.rule), ...report.suppressed.map((f) => f.rule)]),
  ].sort();
  const ruleIndex = new Map(ruleNames.map((name, i) => [name, i]));

  const result = (f: Finding): Sarif.Result => ({
    ruleId: `${NAMESPACE}/${f.rule}`,
    ruleIndex: ruleIndex.get(f.rule) ?? -1,
    level: f.severity === 'error' ? 'error' : 'warning',
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(report.cwd, f.file), region: region(f) } }],
    properties: { saqImpact: f.impact, ...(f.messageId ? { messageId: f.messageId } : {}) },
    ...(f.suppressions
      ? {
          suppressions: f.suppressions.map((justification): Sarif.Suppression => ({
            kind: 'inSource',
            ...(justification ? { justification } : {}),
          })),
        }
      : {}),
  });

  const notifications = report.skipped.map(
    (s): Sarif.Notification => ({
      descriptor: { id: `skipped/${s.reason}` },
      level: 'warning',
      message: {
        text: `Skipped ${displayPath(report.cwd, s.file)} (${SKIP_REASON_LABEL[s.reason]}): ${s.detail}`,
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(report.cwd, s.file),
            ...(s.line ? { region: { startLine: s.line, ...(s.column ? { startColumn: s.column } : {}) } } : {}),
          },
        },
      ],
    }),
  );

  const { verdict } = report;
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            semanticVersion: TOOL_VERSION,
            version: TOOL_VERSION,
            informationUri: TOOL_INFO_URL,
            rules: ruleNames.map((name) => ruleDescriptor(name, report)),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(report.cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results: [...report.findings.map(result), ...report.suppressed.map(result)],
        properties: {
          saq: verdict.saq,
          saqSummary: verdict.summary,
          saqEstimateDisclaimer: ESTIMATE_DISCLAIMER,
          saqDecisive: verdict.decisive.map((e) => `${e.finding.rule} ${displayPath(report.cwd, e.finding.file)}:${e.finding.line}`),
          preset: report.preset,
          eslintVersion: report.eslintVersion,
          filesScanned: report.filesScanned,
          filesSkipped: skippedCounts(report.skipped).whole,
          filesScannedInPart: skippedCounts(report.skipped).inPart,
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
