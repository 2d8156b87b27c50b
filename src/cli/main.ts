// `stripe-pci-scan`: arguments → scan → report → exit code (0 clean, 1 error findings, 2 usage / nothing to scan).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type CliArgs, HELP, parseCliArgs, UsageError } from './args.js';
import { MissingPathError } from './files.js';
import { TOOL_NAME, TOOL_VERSION } from './format/common.js';
import { filesPerSecond, formatJson } from './format/json.js';
import { createStyle, formatPretty } from './format/pretty.js';
import { formatSarif } from './format/sarif.js';
import type { ScanReport } from './scan.js';

export interface CliStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean | undefined;
}

export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

function useColor(args: CliArgs, io: CliIo): boolean {
  if (args.color !== undefined) return args.color;
  if (args.output !== undefined) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return io.stdout.isTTY === true;
}

function render(report: ScanReport, args: CliArgs, color: boolean): string {
  switch (args.format) {
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report);
    default:
      return formatPretty(report, createStyle(color));
  }
}

function progressReporter(io: CliIo): { update: (done: number, total: number) => void; clear: () => void } {
  let shown = false;
  return {
    update(done, total) {
      shown = true;
      io.stderr.write(`\r\u001b[2K${TOOL_NAME}: linted ${done}/${total} files`);
    },
    clear() {
      if (shown) io.stderr.write('\r\u001b[2K');
    },
  };
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${TOOL_NAME}: ${error.message}\nRun "${TOOL_NAME} --help" for usage.\n`);
    return EXIT_USAGE;
  }
  if (args.help) {
    io.stdout.write(`${HELP}\n`);
    return EXIT_OK;
  }
  if (args.version) {
    io.stdout.write(`${TOOL_VERSION}\n`);
    return EXIT_OK;
  }

  // Loaded after argument parsing: ESLint, the parser and TypeScript take most of the start-up time.
  const { scan } = await import('./scan.js');
  const progress = !args.quiet && io.stderr.isTTY === true ? progressReporter(io) : undefined;
  let report: ScanReport;
  try {
    report = await scan({
      paths: args.paths,
      cwd: io.cwd,
      preset: args.preset,
      ignore: args.ignore,
      maxFileBytes: args.maxFileBytes,
      concurrency: args.concurrency,
      inlineConfig: args.inlineConfig,
      gitignore: args.gitignore,
      ...(progress ? { onProgress: progress.update } : {}),
    });
  } catch (error) {
    if (!(error instanceof MissingPathError)) throw error;
    io.stderr.write(`${TOOL_NAME}: ${error.message}\n`);
    return EXIT_USAGE;
  } finally {
    progress?.clear();
  }

  const nothingScanned = report.filesScanned === 0;
  if (nothingScanned && report.skipped.length === 0) {
    io.stderr.write(`${TOOL_NAME}: no JavaScript, TypeScript, markup or config files to scan in ${args.paths.join(', ')}\n`);
    return EXIT_USAGE;
  }

  const text = render(report, args, useColor(args, io));
  if (args.output !== undefined) {
    await writeFile(path.resolve(io.cwd, args.output), text);
  } else {
    io.stdout.write(text);
  }

  if (!args.quiet) {
    if (args.concurrency !== 'off' && args.concurrency !== 'auto' && report.concurrency === 'off') {
      io.stderr.write(
        `${TOOL_NAME}: ESLint ${report.eslintVersion} cannot lint in worker threads (ESLint 9.34 or later can); linted on one thread\n`,
      );
    }
    if (args.verbose) {
      io.stderr.write(
        `${TOOL_NAME}: ${report.filesScanned} files linted in ${Math.round(report.lintDurationMs)} ms ` +
          `(${filesPerSecond(report)} files/s), ${report.skipped.length} skipped, ` +
          `${Math.round(report.durationMs)} ms in total; ESLint ${report.eslintVersion}, concurrency ${report.concurrency}\n`,
      );
    }
    if (nothingScanned) io.stderr.write(`${TOOL_NAME}: every file was skipped; nothing was scanned\n`);
  }
  if (nothingScanned) return EXIT_USAGE;
  return report.findings.some((f) => f.severity === 'error') && !args.exitZero ? EXIT_FINDINGS : EXIT_OK;
}
