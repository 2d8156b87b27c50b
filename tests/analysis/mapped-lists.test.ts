import { describe, expect, it } from 'vitest';
import { mappedListOf, reachedForEveryEntry, valueForEntry } from '../../src/analysis/mapped-lists.js';
import { staticString } from '../../src/analysis/values.js';
import { probeArguments } from './helpers.js';

/** For each `probe(x)`: the static string `x` stands for with each entry of its list in turn; null where it is read off no known list. */
const perEntry = (code: string): Array<Array<string | null> | null> =>
  probeArguments(code, (node, sourceCode) => {
    const list = mappedListOf(node, sourceCode);
    return list && list.entries.map((entry) => {
      const value = valueForEntry(node, list, entry, sourceCode);
      return value && staticString(value, sourceCode);
    });
  });

/** For each `probe(x)` read off a known list: is the probe reached on every call of its callback? */
const reached = (code: string): Array<boolean | null> =>
  probeArguments(code, (node, sourceCode) => {
    const list = mappedListOf(node, sourceCode);
    return list && reachedForEveryEntry(node, list.callback);
  });

describe('mappedListOf / valueForEntry', () => {
  it('reads a member, a destructured name and the parameter itself, entry by entry', () => {
    expect(
      perEntry(`
        const FIELDS = [
          { name: 'cardNumber', label: 'Card number', attrs: { autoComplete: 'cc-number' } },
          { name: 'cvc', label: 'CVC' },
        ];
        FIELDS.map((field) => probe(field.name));
        FIELDS.map((field) => probe(field['label']));
        FIELDS.map((field) => probe(field.attrs.autoComplete));
        FIELDS.map(({ name, label: text }) => probe(text));
        FIELDS?.flatMap(function (field) { return probe(field.name); });
        ['email', 'cvv'].map((n) => probe(n));
      `),
    ).toEqual([
      ['cardNumber', 'cvc'],
      ['Card number', 'CVC'],
      ['cc-number', null],
      ['Card number', 'CVC'],
      ['cardNumber', 'cvc'],
      ['email', 'cvv'],
    ]);
  });

  it('follows consts an entry names, and skips holes and spreads', () => {
    expect(
      perEntry(`
        const NUMBER = { name: 'cardNumber' };
        const REST = [{ name: 'zip' }];
        const FIELDS = [NUMBER, , ...REST, { name: 'cvc' }];
        FIELDS.map((f) => probe(f.name));
      `),
    ).toEqual([['cardNumber', 'cvc']]);
  });

  it('knows no list that may change or is not an array literal, and no other parameter', () => {
    expect(
      perEntry(`
        let fields = [{ name: 'cvc' }];
        fields = load();
        fields.map((f) => probe(f.name));
        const FIELDS = [{ name: 'cvc' }];
        FIELDS.filter(Boolean).map((f) => probe(f.name));
        FIELDS.forEach((f) => probe(f.name));
        FIELDS.map((f, i) => probe(i));
        FIELDS.map((f) => { f = other; return probe(f.name); });
        FIELDS.map(([name]) => probe(name));
        FIELDS.map((f = {}) => probe(f.name));
        props.fields.map((f) => probe(f.name));
        FIELDS.map((f) => probe(other.name));
        FIELDS.map((f) => probe(f.missing));
        Array.from({ length: 70 }, (_, i) => i);
        [${Array.from({ length: 65 }, (_, i) => `'f${i}'`).join(', ')}].map((f) => probe(f));
      `),
    ).toEqual([null, null, null, null, null, null, null, null, null, [null], null]);
  });
});

describe('reachedForEveryEntry', () => {
  it('a plain body or straight statements before the return: every entry', () => {
    expect(
      reached(`
        const FIELDS = [{ name: 'cvc' }];
        FIELDS.map((f) => probe(f.name));
        FIELDS.map((f) => { const id = 'x'; log(id); return wrap(probe(f.name)); });
        FIELDS.map((f) => (f.hidden ? null : 1) + probe(f.name));
      `),
    ).toEqual([true, true, true]);
  });

  it('a branch, an earlier exit, a loop or a nested function: some entries only', () => {
    expect(
      reached(`
        const FIELDS = [{ name: 'cvc' }];
        FIELDS.map((f) => (f.name === 'cvc' ? other : probe(f.name)));
        FIELDS.map((f) => f.visible && probe(f.name));
        FIELDS.map((f) => { if (f.hidden) return null; return probe(f.name); });
        FIELDS.map((f) => { if (f.shown) { return probe(f.name); } return null; });
        FIELDS.map((f) => { for (const x of xs) probe(f.name); });
        FIELDS.map((f) => () => probe(f.name));
        FIELDS.map((f) => { switch (f.kind) { case 'a': return probe(f.name); } });
      `),
    ).toEqual([false, false, false, false, false, false, false]);
  });
});
