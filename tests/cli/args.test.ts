import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP, parseCliArgs, parseSize, UsageError } from '../../src/cli/args.js';
import { root } from './run-cli.js';

describe('parseCliArgs', () => {
  it('defaults to scanning . with the recommended preset, pretty output and auto concurrency', () => {
    expect(parseCliArgs([])).toEqual({
      paths: ['.'],
      format: 'pretty',
      preset: 'recommended',
      ignore: [],
      concurrency: 'auto',
      maxFileBytes: 1024 * 1024,
      gitignore: true,
      inlineConfig: true,
      output: undefined,
      quiet: false,
      verbose: false,
      exitZero: false,
      color: undefined,
      help: false,
      version: false,
    });
  });

  it('reads every option', () => {
    expect(
      parseCliArgs([
        'src', '-f', 'sarif', '--preset', 'all', '--ignore', 'a/', '--ignore', '*.gen.ts', '--concurrency', '4',
        '--max-file-size', '512kb', '--no-gitignore', '--no-inline-config', '-o', 'out.sarif', '-q', '--verbose',
        '--exit-zero', '--no-color', 'web',
      ]),
    ).toEqual({
      paths: ['src', 'web'],
      format: 'sarif',
      preset: 'all',
      ignore: ['a/', '*.gen.ts'],
      concurrency: 4,
      maxFileBytes: 512 * 1024,
      gitignore: false,
      inlineConfig: false,
      output: 'out.sarif',
      quiet: true,
      verbose: true,
      exitZero: true,
      color: false,
      help: false,
      version: false,
    });
    expect(parseCliArgs(['--concurrency', 'off', '--color']).concurrency).toBe('off');
    expect(parseCliArgs(['--color']).color).toBe(true);
  });

  it.each([
    [['--concurrency', '0']],
    [['--concurrency', '1.5']],
    [['--max-file-size', '0']],
    [['--max-file-size', '3 parsecs']],
    [['--color', '--no-color']],
    [['-o', '']],
    [['--format']],
    [['--unknown']],
  ])('rejects %j', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
  });
});

describe('parseSize', () => {
  it('reads bytes and binary units', () => {
    expect(parseSize('2048')).toBe(2048);
    expect(parseSize('2kb')).toBe(2048);
    expect(parseSize('1.5 MB')).toBe(1.5 * 1024 * 1024);
    expect(parseSize('1g')).toBe(1024 ** 3);
    expect(parseSize('-1')).toBeUndefined();
    expect(parseSize('kb')).toBeUndefined();
  });
});

describe('docs/cli.md', () => {
  it('lists every option of --help', () => {
    const doc = readFileSync(path.join(root, 'docs/cli.md'), 'utf8');
    const options = HELP.split('\n').filter((line) => /^ {2}(-\w, )?--|^ {6}--/.test(line));
    expect(options.length).toBeGreaterThan(10);
    for (const line of options) expect(doc).toContain(line);
  });
});
