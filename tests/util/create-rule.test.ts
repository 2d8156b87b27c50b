// createRule: options merged with their defaults once per distinct options, whatever objects ESLint hands each file.
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { createRule, memoisedDefaults, reportOnce } from '../../src/util/create-rule.js';

type Options = [{ allowTestKeys?: boolean; hosts?: string[] }];

function recordingRule(seen: unknown[]) {
  return createRule<Options, 'x'>({
    name: 'recording',
    meta: {
      type: 'problem',
      docs: { description: 'Record options' },
      messages: { x: 'x' },
      schema: [{ type: 'object', properties: { allowTestKeys: { type: 'boolean' }, hosts: { type: 'array', items: { type: 'string' } } }, additionalProperties: false }],
      defaultOptions: [{ allowTestKeys: true, hosts: [] }],
    },
    defaultOptions: [{ allowTestKeys: true, hosts: [] }],
    create(_context, [options]) {
      seen.push(options);
      return {};
    },
  });
}

function lintFiles(rule: ReturnType<typeof recordingRule>, setting: Linter.RuleEntry, count: number): void {
  const config: Linter.Config = { plugins: { t: { rules: { recording: rule as never } } }, rules: { 't/recording': setting } };
  const linter = new Linter();
  for (let i = 0; i < count; i++) linter.verify(`const a${i} = ${i};`, config, `file${i}.js`);
}

describe('createRule options', () => {
  it('merges the defaults once for the same configured options, across files', () => {
    const seen: unknown[] = [];
    lintFiles(recordingRule(seen), ['error', { allowTestKeys: false }], 3);
    expect(seen).toHaveLength(3);
    expect(seen[0]).toEqual({ allowTestKeys: false, hosts: [] });
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).toBe(seen[0]);
  });

  it('different options give different merged options; no options give the defaults', () => {
    const seen: unknown[] = [];
    const rule = recordingRule(seen);
    lintFiles(rule, ['error', { hosts: ['a.test'] }], 1);
    lintFiles(rule, ['error', { hosts: ['b.test'] }], 1);
    lintFiles(rule, 'error', 2);
    expect(seen).toEqual([
      { allowTestKeys: true, hosts: ['a.test'] },
      { allowTestKeys: true, hosts: ['b.test'] },
      { allowTestKeys: true, hosts: [] },
      { allowTestKeys: true, hosts: [] },
    ]);
    expect(seen[3]).toBe(seen[2]);
  });

  it('freezes the default options, which ESLint hands unconfigured rules on every file as they are', () => {
    const seen: unknown[] = [];
    const rule = recordingRule(seen);
    const defaults = rule.meta.defaultOptions as [{ hosts: string[] }];
    expect(Object.isFrozen(defaults)).toBe(true);
    expect(Object.isFrozen(defaults[0])).toBe(true);
    expect(Object.isFrozen(defaults[0].hosts)).toBe(true);
    lintFiles(rule, 'error', 2);
    lintFiles(rule, ['error'], 1);
    expect(seen).toEqual([{ allowTestKeys: true, hosts: [] }, { allowTestKeys: true, hosts: [] }, { allowTestKeys: true, hosts: [] }]);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).toBe(seen[0]);
  });

  it('recognises the same options by content: key order, fresh objects each file, several configs in turn', () => {
    const seen: unknown[] = [];
    const rule = recordingRule(seen);
    lintFiles(rule, ['error', { allowTestKeys: false, hosts: ['a.test'] }], 2);
    lintFiles(rule, ['error', { hosts: ['a.test'], allowTestKeys: false }], 1);
    lintFiles(rule, ['error', { hosts: ['b.test'] }], 1);
    lintFiles(rule, ['error', { allowTestKeys: false, hosts: ['a.test'] }], 1);
    expect(seen).toEqual([
      { allowTestKeys: false, hosts: ['a.test'] },
      { allowTestKeys: false, hosts: ['a.test'] },
      { allowTestKeys: false, hosts: ['a.test'] },
      { allowTestKeys: true, hosts: ['b.test'] },
      { allowTestKeys: false, hosts: ['a.test'] },
    ]);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).toBe(seen[0]);
    expect(seen[4]).toBe(seen[0]);
  });

  it('options that differ only deep inside, or in length, are not confused; more configs than it remembers stay right', () => {
    const seen: unknown[] = [];
    const rule = recordingRule(seen);
    const hostLists = [['a.test'], ['a.test', 'b.test'], ['b.test'], [], ...Array.from({ length: 10 }, (_, i) => [`h${i}.test`])];
    for (const hosts of [...hostLists, ...hostLists]) lintFiles(rule, ['error', { hosts }], 1);
    expect(seen).toEqual([...hostLists, ...hostLists].map((hosts) => ({ allowTestKeys: true, hosts })));
  });

  it('an option object seen before is known by identity, not compared again (the ESLint class hands every file the same one)', () => {
    const withDefaults = memoisedDefaults(Object.freeze([Object.freeze({ allowTestKeys: true, hosts: Object.freeze([]) })]));
    let reads = 0;
    const counted = <T extends object>(target: T): T =>
      new Proxy(target, {
        get: (object, key) => (reads++, Reflect.get(object, key)),
        ownKeys: (object) => (reads++, Reflect.ownKeys(object)),
        getOwnPropertyDescriptor: (object, key) => (reads++, Reflect.getOwnPropertyDescriptor(object, key)),
      });
    const configured = { allowTestKeys: false, hosts: ['a.test'] };
    const first = withDefaults([configured]);
    expect(first).toEqual([{ allowTestKeys: false, hosts: ['a.test'] }]);
    expect(withDefaults([configured])).toBe(first);
    // The same content in a fresh object is compared once, then known by identity too.
    const fresh = counted({ hosts: ['a.test'], allowTestKeys: false });
    expect(withDefaults([fresh])).toBe(first);
    expect(reads).toBeGreaterThan(0);
    reads = 0;
    expect(withDefaults([fresh])).toBe(first);
    expect(reads).toBe(0);
    // Other options are still told apart.
    expect(withDefaults([{ allowTestKeys: false, hosts: ['b.test'] }])).toEqual([{ allowTestKeys: false, hosts: ['b.test'] }]);
    expect(withDefaults([fresh])).toBe(first);
  });

  it("a fresh object per file holding the configured values (ESLint's merge of meta.defaultOptions) is matched value by value, its lists unread", () => {
    const withDefaults = memoisedDefaults(Object.freeze([Object.freeze({ allowTestKeys: true, hosts: Object.freeze([]) })]));
    let reads = 0;
    // (Its entries count their reads: a list compared by content is read entry by entry.)
    const hosts = ['a.test', 'b.test'];
    hosts.forEach((host, index) => Object.defineProperty(hosts, index, { get: () => (reads++, host), enumerable: true }));
    const configured = { allowTestKeys: false, hosts };
    const defaults: { allowTestKeys: boolean } = { allowTestKeys: true };
    const first = withDefaults([{ ...configured }]);
    expect(first).toEqual([{ allowTestKeys: false, hosts: ['a.test', 'b.test'] }]);
    reads = 0;
    // What ESLint 9.15+ hands each file: `{ ...defaults, ...configured }`, a new object with the configured list in it.
    for (let file = 0; file < 3; file++) expect(withDefaults([{ ...defaults, ...configured }])).toBe(first);
    expect(reads).toBe(0);
    // A list of the same content in another array is compared by content, and found; another list is not.
    expect(withDefaults([{ allowTestKeys: false, hosts: ['a.test', 'b.test'] }])).toBe(first);
    expect(withDefaults([{ allowTestKeys: false, hosts: ['a.test'] }])).toEqual([{ allowTestKeys: false, hosts: ['a.test'] }]);
    expect(withDefaults([{ ...defaults, ...configured }])).toBe(first);
  });
});

describe('reportOnce', () => {
  /** A rule that reports each `report(…)` call's first argument: the call, its string as data, a place within it. */
  const reportingRule = createRule<[], 'said' | 'other'>({
    name: 'reporting',
    meta: { type: 'problem', docs: { description: 'Report calls' }, messages: { said: 'said {{what}}', other: 'other' }, schema: [] },
    defaultOptions: [],
    create(context) {
      const report = reportOnce(context);
      return {
        CallExpression(node) {
          const [first] = node.arguments;
          if (first?.type !== 'Literal') return;
          const data = { what: String(first.value) };
          // The same report made twice (a value reaching two sinks), then others at the same node.
          report({ node: first, messageId: 'said', data });
          report({ node: first, messageId: 'said', data });
          report({ node: first, messageId: 'said', data: { what: 'else' } });
          report({ node: first, messageId: 'other' });
          report({ node: first, loc: node.callee.loc, messageId: 'other' });
        },
      };
    },
  });

  it('drops a report that repeats one made before in the file (same message, data and place)', () => {
    const config: Linter.Config = { plugins: { t: { rules: { reporting: reportingRule as never } } }, rules: { 't/reporting': 'error' } };
    const messages = new Linter().verify("report('a');\nreport('a');", config, 'file.js');
    expect(messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([
      '1:1 other',
      '1:8 said a',
      '1:8 said else',
      '1:8 other',
      '2:1 other',
      '2:8 said a',
      '2:8 said else',
      '2:8 other',
    ]);
    // Each file starts afresh.
    expect(new Linter().verify("report('a');", config, 'other.js')).toHaveLength(4);
  });
});
