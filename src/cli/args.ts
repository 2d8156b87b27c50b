// Command-line arguments of `stripe-pci-scan`.
import { parseArgs } from 'node:util';
import { PRESETS } from '../configs.js';
import { DEFAULT_MAX_FILE_BYTES } from './files.js';
import type { ScanOptions } from './scan.js';

export type Concurrency = number | 'auto' | 'off';

export function parseConcurrency(value: string): Concurrency | undefined {
  if (value === 'auto' || value === 'off') return value;
  if (!/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

export const FORMATS = ['pretty', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** What to scan (the scan's own options), and how to report it. */
export interface CliArgs extends Omit<ScanOptions, 'cwd' | 'onProgress'> {
  readonly format: Format;
  readonly output: string | undefined;
  readonly quiet: boolean;
  readonly verbose: boolean;
  readonly exitZero: boolean;
  /** undefined: decide from the terminal and NO_COLOR / FORCE_COLOR. */
  readonly color: boolean | undefined;
  readonly help: boolean;
  readonly version: boolean;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const HELP = `Usage: stripe-pci-scan [options] [paths...]

Scans JavaScript and TypeScript files (default path: .), and HTML pages and templates, Vue, Svelte and
Astro components where their parsers are installed, with eslint-plugin-stripe-pci and estimates the
PCI DSS self-assessment questionnaire (SAQ A, A-EP or D) the code implies. Ignores the project's own
ESLint config; skips node_modules, build output and .gitignored files. Never runs the scanned code.

Options:
  -f, --format <pretty|json|sarif>  output format (default: pretty)
      --preset <recommended|strict|all>
                                    rule preset (default: recommended)
      --ignore <pattern>            skip files matching a .gitignore-style pattern (repeatable)
      --concurrency <auto|off|N>    lint in N worker threads, or let ESLint decide (default: auto)
      --max-file-size <size>        skip larger files, e.g. 500kb, 2mb (default: 1mb)
      --no-gitignore                also scan files listed in .gitignore files
      --no-inline-config            ignore eslint-disable and /* eslint */ comments in scanned files
  -o, --output <file>               write the report to a file instead of stdout
  -q, --quiet                       no progress indicator or notes on stderr
      --verbose                     timings and files per second on stderr
      --exit-zero                   exit 0 even with findings (usage errors still exit 2)
      --color, --no-color           force or disable colours (default: on a terminal)
  -h, --help                        show this help
  -v, --version                     show the version

Exit codes: 0 no findings, 1 findings at error level, 2 usage error, nothing to scan or internal error.
Docs: https://github.com/stripe-pci/eslint-plugin-stripe-pci/blob/main/docs/cli.md`;

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

export function parseSize(value: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  if (!match) return undefined;
  const unit = SIZE_UNITS[(match[2] ?? '').toLowerCase()];
  if (unit === undefined) return undefined;
  const bytes = Math.floor(Number(match[1]) * unit);
  return bytes > 0 ? bytes : undefined;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  const found = allowed.find((a) => a === value);
  if (!found) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return found;
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        preset: { type: 'string' },
        ignore: { type: 'string', multiple: true },
        concurrency: { type: 'string' },
        'max-file-size': { type: 'string' },
        'no-gitignore': { type: 'boolean' },
        'no-inline-config': { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        quiet: { type: 'boolean', short: 'q' },
        verbose: { type: 'boolean' },
        'exit-zero': { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;

  const concurrencyText = values.concurrency ?? 'auto';
  const concurrency = parseConcurrency(concurrencyText);
  if (concurrency === undefined) {
    throw new UsageError(`--concurrency must be auto, off or a positive integer (got "${concurrencyText}")`);
  }
  const sizeText = values['max-file-size'];
  const maxFileBytes = sizeText === undefined ? DEFAULT_MAX_FILE_BYTES : parseSize(sizeText);
  if (maxFileBytes === undefined) {
    throw new UsageError(`--max-file-size must be a size such as 500kb or 2mb (got "${sizeText}")`);
  }
  if (values.color && values['no-color']) throw new UsageError('--color and --no-color exclude each other');
  if (values.output === '') throw new UsageError('--output needs a file name');

  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    format: oneOf('format', values.format, FORMATS, 'pretty'),
    preset: oneOf('preset', values.preset, PRESETS, 'recommended'),
    ignore: values.ignore ?? [],
    concurrency,
    maxFileBytes,
    gitignore: !values['no-gitignore'],
    inlineConfig: !values['no-inline-config'],
    output: values.output,
    quiet: values.quiet ?? false,
    verbose: values.verbose ?? false,
    exitZero: values['exit-zero'] ?? false,
    color: values.color ? true : values['no-color'] ? false : undefined,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}
