import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { callSelector, memberSelector, namesPattern, selectListeners } from '../../src/analysis/selectors.js';
import { memberName, unwrap } from '../../src/analysis/values.js';
import { runWithRule } from './helpers.js';

/** Source texts of the nodes of `type` that `selector` matches, and of all of them. */
function matched(code: string, selector: string, type: 'CallExpression' | 'MemberExpression', parser: 'ts' | 'espree' = 'ts'): { hit: string[]; all: TSESTree.Node[] } {
  const hit: string[] = [];
  const all: TSESTree.Node[] = [];
  runWithRule(
    code,
    (context) => ({
      [selector](node: TSESTree.Node) {
        hit.push(context.sourceCode.getText(node));
      },
      [type](node: TSESTree.Node) {
        all.push(node);
      },
    }),
    { parser },
  );
  return { hit, all };
}

/** The callee name a listener reads without scope work: `f`, `a.f`, `a['f']`, through TS wrappers and chains. */
function writtenCalleeName(call: TSESTree.CallExpression): string | null {
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  return callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : null;
}

describe('namesPattern', () => {
  it('matches exactly the identifier names, `$` escaped', () => {
    const pattern = namesPattern(['loadScript', '$script', 'load-stripe', 'loadScript'])!;
    expect(pattern).toBe('/^(?:\\$script|loadScript)$/');
    const re = new RegExp(pattern.slice(1, -1));
    expect(['$script', 'loadScript'].every((name) => re.test(name))).toBe(true);
    expect(['script', 'xloadScript', 'loadScripts', 'load-stripe'].some((name) => re.test(name))).toBe(false);
  });

  it('is null when no name can be written as an identifier', () => {
    expect(namesPattern([])).toBeNull();
    expect(namesPattern(['a-b', '1x', ''])).toBeNull();
  });

  it('answers each list by its own names, however often and in whatever order it is asked', () => {
    expect(namesPattern(['a b'])).toBeNull();
    expect(namesPattern(['a', 'b'])).toBe('/^(?:a|b)$/');
    expect(namesPattern(['b', 'a'])).toBe('/^(?:a|b)$/');
    expect(namesPattern(['a b'])).toBeNull();
    expect(namesPattern(new Set(['a', 'b']))).toBe('/^(?:a|b)$/');
    // more lists than it remembers
    for (let i = 0; i < 600; i++) expect(namesPattern([`n${i}`, '-'])).toBe(`/^(?:n${i})$/`);
    expect(namesPattern(['a', 'b'])).toBe('/^(?:a|b)$/');
  });
});

describe('callSelector', () => {
  const CODE = `
loadScript(u); window.loadScript(u); window['loadScript'](u); w[key](u); (loadScript as L)(u); loadScript!(u);
(w?.loadScript)(u); w?.loadScript(u); loadScript?.(u); $script(u); other(u); w.other(u); w.other.loadScript(u);
require('x')(u); new loadScript(u); (0, loadScript)(u); super_.loadScript<T>(u);
`;

  it('matches every call whose callee, unwrapped, is written with one of the names, and computed callees', () => {
    const { hit, all } = matched(CODE, callSelector(['loadScript', '$script']), 'CallExpression');
    const wanted = all.filter((node) => {
      const call = node as TSESTree.CallExpression;
      const name = writtenCalleeName(call);
      return name === 'loadScript' || name === '$script' || (unwrap(call.callee).type === AST_NODE_TYPES.MemberExpression && name === null);
    });
    expect(wanted.length).toBeGreaterThan(10);
    for (const node of wanted) expect(hit).toContain(CODE.slice(node.range[0], node.range[1]));
    expect(hit).not.toContain('other(u)');
    expect(hit).not.toContain('w.other(u)');
    expect(hit).not.toContain("require('x')(u)");
  });

  it('with anyBareCall and calledResults, also every bare call and every call of a call', () => {
    const { hit } = matched(CODE, callSelector([], { anyBareCall: true, calledResults: true }), 'CallExpression');
    expect(hit).toContain('other(u)');
    expect(hit).toContain("require('x')(u)");
    expect(hit).toContain("require('x')");
    expect(hit).not.toContain('w.other(u)');
  });

  it('works with espree', () => {
    const { hit } = matched('a.loadScript(u); a.b(u); a["loadScript"](u);', callSelector(['loadScript']), 'CallExpression', 'espree');
    expect(hit).toEqual(['a.loadScript(u)', 'a["loadScript"](u)']);
  });
});

describe('memberSelector', () => {
  it('matches members written with one of the names, and every computed member', () => {
    const { hit } = matched('Stripe.card; Stripe.other; Stripe["card"]; Stripe[k]; a?.card; S.card.createToken;', memberSelector(['card']), 'MemberExpression');
    expect(hit).toEqual(['Stripe.card', 'Stripe["card"]', 'Stripe[k]', 'a?.card', 'S.card']);
  });

  it('matches only computed members when no name can be written', () => {
    const { hit } = matched('a.b; a["b"];', memberSelector([]), 'MemberExpression');
    expect(hit).toEqual(['a["b"]']);
  });
});

describe('selectListeners', () => {
  it('moves, drops and keeps listeners in a new object, in their order', () => {
    const onCall = (): void => undefined;
    const onMember = (): void => undefined;
    const onImport = (): void => undefined;
    const listeners = { CallExpression: onCall, MemberExpression: onMember, ImportDeclaration: onImport };
    const selected = selectListeners(listeners, { CallExpression: 'CallExpression[callee.name="require"]', MemberExpression: null });
    expect(Object.entries(selected)).toEqual([
      ['CallExpression[callee.name="require"]', onCall],
      ['ImportDeclaration', onImport],
    ]);
    // The listeners' own object is left as it was.
    expect(Object.keys(listeners)).toEqual(['CallExpression', 'MemberExpression', 'ImportDeclaration']);
  });

  it('runs a moved listener on the nodes of its narrower selector only', () => {
    const { hit } = matched(
      "require('jquery.payment'); load('x'); a.require('y');",
      Object.keys(selectListeners({ CallExpression: () => undefined }, { CallExpression: callSelector(['require']) }))[0]!,
      'CallExpression',
    );
    expect(hit).toEqual(["require('jquery.payment')", "a.require('y')"]);
  });
});

describe('namesPattern', () => {
  it('keeps apart lists whose names joined would read alike', () => {
    // A configured name may hold any character; remembered patterns must not mix up these two lists.
    expect(namesPattern(['load\nScript'])).toBeNull();
    expect(namesPattern(['load', 'Script'])).toBe('/^(?:Script|load)$/');
    expect(namesPattern(['ab', 'c'])).toBe('/^(?:ab|c)$/');
    expect(namesPattern(['a', 'bc'])).toBe('/^(?:a|bc)$/');
  });
});
