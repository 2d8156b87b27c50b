import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { choiceLeaves, forEachNode, indexInSource, isFunctionNode, isLastInFunction, thisScope, topLevelStatements, type FunctionNode } from '../../src/analysis/ast.js';
import { runWithRule } from './helpers.js';

/** For each `try` statement of `code`: is it the last thing its enclosing function runs? */
function lastTries(code: string): boolean[] {
  const out: boolean[] = [];
  runWithRule(code, () => ({
    TryStatement(node: TSESTree.TryStatement) {
      let fn: TSESTree.Node | undefined = node.parent;
      while (fn && !isFunctionNode(fn)) fn = fn.parent;
      out.push(fn !== undefined && isLastInFunction(node, fn as FunctionNode));
    },
  }));
  return out;
}

describe('isLastInFunction', () => {
  it('last statement of the body, of an if branch, of a try block or catch clause', () => {
    expect(
      lastTries(`
        async function a(req, res) { const sig = req.headers.sig; try { verify(sig); } catch { log(); } }
        const b = (req) => { if (req.body) { try { verify(); } catch { log(); } } else { return; } };
        function c() { try { try { verify(); } catch { log(); } } catch { log(); } }
        function d() { try { step(); } catch { try { verify(); } catch { log(); } } }
      `),
    ).toEqual([true, true, true, true, true, true]);
  });

  it('not when code follows, or a loop, switch, label or finally encloses it', () => {
    expect(
      lastTries(`
        function a() { try { verify(); } catch { log(); } handle(); }
        function b() { for (const e of events) { try { verify(e); } catch { log(); } } }
        function c(t) { switch (t) { case 1: try { verify(); } catch { log(); } } }
        function d() { outer: { try { verify(); } catch { log(); } } }
        function e() { try { try { verify(); } catch { log(); } } finally { handle(); } }
        function f() { if (ok) { try { verify(); } catch { log(); } } handle(); }
      `),
    ).toEqual([false, false, false, false, true, false, false]); // e: the outer try is last, the inner one is not
  });

  it('a statement outside the function is not its last statement', () => {
    const out: boolean[] = [];
    runWithRule('function f() { return 1; } try { f(); } catch { }', () => ({
      TryStatement(node: TSESTree.TryStatement) {
        const program = node.parent as TSESTree.Program;
        const fn = program.body[0] as TSESTree.FunctionDeclaration;
        out.push(fn.type === AST_NODE_TYPES.FunctionDeclaration && isLastInFunction(node, fn));
      },
    }));
    expect(out).toEqual([false]);
  });
});

describe('forEachNode', () => {
  /** Nodes in the order ESLint's traversal enters them, and in the order forEachNode visits them. */
  function orders(code: string, options?: Parameters<typeof runWithRule>[2]): [TSESTree.Node[], TSESTree.Node[]] {
    const entered: TSESTree.Node[] = [];
    const visited: TSESTree.Node[] = [];
    runWithRule(
      code,
      (context) => ({
        '*'(node: TSESTree.Node) {
          entered.push(node);
        },
        'Program:exit'(node: TSESTree.Program) {
          forEachNode(node, context.sourceCode, (n) => {
            visited.push(n);
          });
        },
      }),
      options,
    );
    return [entered, visited];
  }

  it('visits every node in the order ESLint enters them (TS, decorators, JSX, optional chains)', () => {
    const [entered, visited] = orders(`
      import { Controller, Post } from '@nestjs/common';
      @Controller('x') export class C<T> { constructor(private readonly s: Stripe) {} @Post() h(@Body() b: T): void { this.s?.a?.(b as never)!; } }
      export const Page = () => <div onClick={() => go({ ...props, [k]: \`\${v}\` })}>{items.map((i) => <span key={i}>{i}</span>)}</div>;
      type U = { a: (x: number) => string } | [string, ...number[]];
      for (const [a = 1, { b }] of list) label: while (a) break label;
    `);
    expect(visited).toEqual(entered);
  });

  it('also under espree', () => {
    const [entered, visited] = orders('async function* f(a, { b = 2 } = {}) { for await (const x of y) yield* x?.z; } class K { #p = 1; static { this.#p; } }', { parser: 'espree' });
    expect(visited).toEqual(entered);
  });

  it('ends the walk at the first visit that returns true', () => {
    const seen: string[] = [];
    runWithRule('const a = f(1); const b = g(2); const c = h(3);', (context) => ({
      'Program:exit'(node: TSESTree.Program) {
        forEachNode(node, context.sourceCode, (n) => {
          if (n.type === AST_NODE_TYPES.Identifier) seen.push(n.name);
          return n.type === AST_NODE_TYPES.Identifier && n.name === 'g';
        });
      },
    }));
    expect(seen).toEqual(['a', 'f', 'b', 'g']);
  });
});

describe('topLevelStatements', () => {
  const statementsOf = (code: string, options: Parameters<typeof runWithRule>[2]): string[] => {
    const out: string[] = [];
    runWithRule(code, (context) => ({ 'Program:exit'() { out.push(...topLevelStatements(context.sourceCode).map((s) => s.type)); } }), options);
    return out;
  };

  it("is the program's body in a script", () => {
    expect(statementsOf("import a from 'a';\nconst b = a();", { parser: 'espree' })).toEqual(['ImportDeclaration', 'VariableDeclaration']);
  });

  it("is the bodies of a Svelte component's scripts (module and instance), not its template", () => {
    const component = `<script context="module">
  export const prerender = false;
</script>
<script lang="ts">
  import pino from 'pino';
  const log = pino();
</script>
<p>{log}</p>`;
    expect(statementsOf(component, { parser: 'svelte' })).toEqual(['ExportNamedDeclaration', 'ImportDeclaration', 'VariableDeclaration']);
  });
});

describe('thisScope', () => {
  it('the nearest function that is no arrow, class field initialiser or static block, else the program', () => {
    const scopes: string[] = [];
    runWithRule(
      `
      this.a;
      function f() { this.b; const g = () => this.c; }
      const h = function named() { [1].map(() => this.d); };
      class C { field = this.e; arrow = () => this.f; static { this.g; } method() { this.h; } }
      `,
      () => ({
        ThisExpression(node: TSESTree.ThisExpression) {
          const scope = thisScope(node);
          const name = scope && 'id' in scope && scope.id ? `:${scope.id.name}` : '';
          scopes.push(`${scope?.type ?? 'none'}${name}`);
        },
      }),
    );
    expect(scopes).toEqual([
      'Program',
      'FunctionDeclaration:f',
      'FunctionDeclaration:f',
      'FunctionExpression:named',
      'PropertyDefinition',
      'PropertyDefinition',
      'StaticBlock',
      'FunctionExpression',
    ]);
  });
});

describe('indexInSource', () => {
  it("finds each child of a one-line form by its position, as indexOf does; -1 for a node that is not one", () => {
    const found: Array<[number, number]> = [];
    runWithRule(`const form = <form><label>Card</label><input name="a" /> <input name="b" />{x}<input name="c" /></form>;`, () => ({
      'JSXElement[openingElement.name.name="form"]'(form: TSESTree.JSXElement) {
        for (const child of form.children) found.push([indexInSource(form.children, child), form.children.indexOf(child)]);
        found.push([indexInSource(form.children, form), -1]);
        found.push([indexInSource(form.children, form.openingElement), -1]);
      },
    }));
    expect(found).toEqual([[0, 0], [1, 1], [2, 2], [3, 3], [4, 4], [5, 5], [-1, -1], [-1, -1]]);
  });

  it('reads a list without positions in full', () => {
    const a = { type: 'Text' };
    const b = { type: 'Element' };
    expect([indexInSource([a, b], b), indexInSource([a, b], { type: 'Other' })]).toEqual([1, -1]);
  });
});

describe('choiceLeaves', () => {
  it('what a choice may give, left to right, through nested choices; the left of && only when asked', () => {
    const out: string[][] = [];
    runWithRule('probe(a || (b ?? (c ? d : e))); probe(f && g); probe(ok ? h && i : j || k);', (context) => ({
      CallExpression(node: TSESTree.CallExpression) {
        const [arg] = node.arguments;
        if (arg?.type !== AST_NODE_TYPES.LogicalExpression && arg?.type !== AST_NODE_TYPES.ConditionalExpression) return;
        out.push(choiceLeaves(arg, false).map((leaf) => context.sourceCode.getText(leaf)));
        out.push(choiceLeaves(arg, true).map((leaf) => context.sourceCode.getText(leaf)));
      },
    }));
    expect(out).toEqual([
      ['a', 'b', 'd', 'e'],
      ['a', 'b', 'd', 'e'],
      ['g'],
      ['f', 'g'],
      ['i', 'j', 'k'],
      ['h', 'i', 'j', 'k'],
    ]);
  });

  it('a chain of thousands of operands, without recursion (real-world batch 279)', () => {
    let count = 0;
    runWithRule(`probe(${Array.from({ length: 2_500 }, (_, i) => `v${i}`).join(' || ')});`, () => ({
      CallExpression(node: TSESTree.CallExpression) {
        const [arg] = node.arguments;
        if (arg?.type === AST_NODE_TYPES.LogicalExpression) count = choiceLeaves(arg, false).length;
      },
    }), { parser: 'espree' });
    expect(count).toBe(2_500);
  });
});
