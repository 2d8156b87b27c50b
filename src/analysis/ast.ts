/**
 * Small generic AST helpers: child nodes through the parser's visitor keys, function nodes, what a function returns,
 * and searches that stay inside one function body.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The properties among the elements `T` of an object literal's or pattern's list (not its spreads / rest elements).
 * Taken from the list's own element type: typescript-eslint 8.74 types them apart (`ObjectExpressionProperty`,
 * `ObjectPatternProperty`), where 8.72 had one `Property` for both.
 */
export type PropertyOf<T extends { type: string }> = Extract<T, { type: AST_NODE_TYPES.Property }>;

export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

export function isFunctionNode(node: Node | null | undefined): node is FunctionNode {
  return (
    node?.type === AST_NODE_TYPES.FunctionDeclaration ||
    node?.type === AST_NODE_TYPES.FunctionExpression ||
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

/** Does a body's directive prologue (a program's, a function's) hold `directive` (`'use client'`, `'use server'`)? */
export function hasDirective(body: readonly Node[], directive: string): boolean {
  for (const statement of body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || typeof statement.directive !== 'string') return false;
    if (statement.directive === directive) return true;
  }
  return false;
}

export const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/** Was this file parsed by svelte-eslint-parser (a Svelte component, whose template is part of its AST)? */
export function isSvelteComponent(sourceCode: SourceCode): boolean {
  return (sourceCode.parserServices as { isSvelte?: unknown } | undefined)?.isSvelte === true;
}

/**
 * Is the file an Astro component (astro-eslint-parser)? Its template is JSX elements in the program, after the
 * frontmatter's statements, but it renders HTML on the server: no React there.
 */
export function isAstroComponent(sourceCode: SourceCode): boolean {
  return (sourceCode.parserServices as { isAstro?: unknown } | undefined)?.isAstro === true;
}

/**
 * The top-level statements of the file's scripts: the program's body, or in a Svelte component (svelte-eslint-parser,
 * whose program holds the template's nodes too) the bodies of its `<script>` blocks.
 */
export function topLevelStatements(sourceCode: SourceCode): readonly TSESTree.ProgramStatement[] {
  const body = (sourceCode.ast as { body?: unknown }).body;
  if (!Array.isArray(body)) return [];
  if (!isSvelteComponent(sourceCode)) return body as TSESTree.ProgramStatement[];
  const out: TSESTree.ProgramStatement[] = [];
  for (const node of body as { type: string; body?: unknown }[]) {
    if (node.type === 'SvelteScriptElement' && Array.isArray(node.body)) out.push(...(node.body as TSESTree.ProgramStatement[]));
  }
  return out;
}

/** The child nodes of `node`, in source order, through the parser's visitor keys. */
export function childNodes(node: Node, sourceCode: SourceCode): Node[] {
  const out: Node[] = [];
  for (const key of sourceCode.visitorKeys[node.type] ?? []) {
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) out.push(item);
    } else if (isNode(value)) {
      out.push(value);
    }
  }
  return out;
}

/** Keys ESLint's own traversal skips when a node type has no visitor keys (eslint-visitor-keys `getKeys`). */
const SKIPPED_KEYS = new Set(['parent', 'leadingComments', 'trailingComments']);

/**
 * Call `visit` on `root` and on every node below it, in the order ESLint's traversal enters them (the parser's visitor
 * keys, with ESLint's fallback for unknown node types), without allocating a child list per node. A visit that returns
 * true ends the walk (what it looked for is found).
 */
export function forEachNode(root: Node, sourceCode: SourceCode, visit: (node: Node) => boolean | void): void {
  const stack: Node[] = [root];
  const visitorKeys = sourceCode.visitorKeys;
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) === true) return;
    const keys = visitorKeys[node.type] ?? Object.keys(node).filter((key) => !SKIPPED_KEYS.has(key) && !key.startsWith('_'));
    for (let k = keys.length - 1; k >= 0; k--) {
      const value = (node as unknown as Record<string, unknown>)[keys[k]!];
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) if (isNode(value[i])) stack.push(value[i] as Node);
      } else if (isNode(value)) {
        stack.push(value);
      }
    }
  }
}

/** Does `node` or a descendant (not inside a nested function) satisfy `test`? */
export function someInBody(node: Node, sourceCode: SourceCode, test: (n: Node) => boolean): boolean {
  if (test(node)) return true;
  return childNodes(node, sourceCode).some((child) => !isFunctionNode(child) && someInBody(child, sourceCode, test));
}

/** What a function returns: its expression body, or the arguments of its own `return` statements. */
export function returnedValues(fn: FunctionNode, sourceCode: SourceCode): Node[] {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  const out: Node[] = [];
  someInBody(fn.body, sourceCode, (n) => {
    if (n.type === AST_NODE_TYPES.ReturnStatement && n.argument) out.push(n.argument);
    return false;
  });
  return out;
}

/** Does `node` or any descendant, nested functions included, satisfy `test`? Stops at the first match. */
export function someNode(node: Node, sourceCode: SourceCode, test: (n: Node) => boolean): boolean {
  if (test(node)) return true;
  return childNodes(node, sourceCode).some((child) => someNode(child, sourceCode, test));
}

/**
 * True when nothing in `fn` runs after `statement` completes: it is the last statement of its block, and so is every
 * enclosing block, `if` branch, `try` block or `catch` clause, up to the function body. A loop, `switch`, label or
 * `finally` in between makes it false (more code may run after it).
 */
export function isLastInFunction(statement: Node, fn: FunctionNode): boolean {
  let child: Node = statement;
  for (let current = statement.parent; current; child = current, current = current.parent) {
    switch (current.type) {
      case AST_NODE_TYPES.BlockStatement:
        if (current.body[current.body.length - 1] !== child) return false;
        if (current === fn.body) return true;
        break;
      case AST_NODE_TYPES.IfStatement:
        if (child === current.test) return false;
        break;
      case AST_NODE_TYPES.CatchClause:
        if (child !== current.body) return false;
        break;
      case AST_NODE_TYPES.TryStatement:
        if (current.finalizer || child === current.finalizer) return false;
        break;
      default:
        return false;
    }
  }
  return false;
}

/** The body of the class whose `this` is seen at `node` (through arrows and methods, not plain functions). */
export function enclosingClassBody(node: Node): TSESTree.ClassBody | null {
  let current: Node | undefined = node.parent;
  while (current) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
    // `this` inside a plain function is not the class instance.
    if (current.type === AST_NODE_TYPES.FunctionDeclaration) return null;
    if (current.type === AST_NODE_TYPES.FunctionExpression && current.parent?.type !== AST_NODE_TYPES.MethodDefinition) return null;
    current = current.parent;
  }
  return null;
}

/**
 * The index of `node` in `list`, nodes in source order that do not overlap (a block's statements, an element's
 * children): found by its position, so that asking it of each of thousands of siblings stays linear in all (a form of
 * 1,200 inputs on one line asked 720,000 comparisons of `indexOf`). -1 when it is not there; a list without positions
 * is searched in full.
 */
export function indexInSource(list: readonly unknown[], node: unknown): number {
  const start = startOf(node);
  if (start === null) return list.indexOf(node);
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = startOf(list[middle]);
    if (at === null) return list.indexOf(node);
    if (at < start) low = middle + 1;
    else if (at > start) high = middle - 1;
    else return list[middle] === node ? middle : list.indexOf(node);
  }
  return -1;
}
const startOf = (node: unknown): number | null => {
  const range = typeof node === 'object' && node !== null ? (node as { range?: unknown }).range : undefined;
  return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : null;
};

/** Does `outer` span `inner` (the same node included)? */
export const contains = (outer: Node, inner: Node): boolean => inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];

/**
 * The identifier a function is declared under, the one reading of it the analyses share: `function f() {}`, or the
 * const / let / var it initialises (`const f = () => {}`, `const f = function () {}`); null for an anonymous function
 * and for any other place (an argument, a property, a destructuring pattern).
 */
export function declaredIdentifier(fn: FunctionNode): TSESTree.Identifier | null {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id;
  const declarator = fn.parent;
  return declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === fn && declarator.id.type === AST_NODE_TYPES.Identifier
    ? declarator.id
    : null;
}

/**
 * What gives `this` its value at `node`: the nearest function that is no arrow, class field initialiser or static block
 * around it, else the program (arrows inherit `this`). Undefined only for a node outside a tree.
 */
export type ThisScope = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.PropertyDefinition | TSESTree.StaticBlock | TSESTree.Program;
export function thisScope(node: Node): ThisScope | undefined {
  for (let current = node.parent; current; current = current.parent) if (THIS_SCOPES.has(current.type)) return current as ThisScope;
  return undefined;
}
const THIS_SCOPES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.FunctionDeclaration,
  AST_NODE_TYPES.FunctionExpression,
  AST_NODE_TYPES.PropertyDefinition,
  AST_NODE_TYPES.StaticBlock,
  AST_NODE_TYPES.Program,
]);

/** The function whose body holds `node` (null: the program's top level). */
export function enclosingFunction(node: Node): FunctionNode | null {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
  return null;
}

/**
 * A node's source text where it is short and written without spaces (`router.push`, `this.stripe.createCardToken`), for
 * a message to quote as it is; null where a message should name it otherwise (a long chain, one spread over lines).
 */
export function shortText(node: Node, sourceCode: SourceCode, max = 40): string | null {
  const text = sourceCode.getText(node);
  return text.length <= max && !/\s/.test(text) ? text : null;
}

/**
 * What a choice may evaluate to, left to right, through nested choices: both sides of `||` / `??` and both branches of
 * a conditional; of `&&`, the right side, and the left one too where `andLeft` (it gives a falsy left side itself).
 * Iterative: a chain of thousands of `||` parses, and recursing through it overflowed the stack (real-world batch 279).
 */
export function choiceLeaves(node: TSESTree.LogicalExpression | TSESTree.ConditionalExpression, andLeft: boolean): Node[] {
  const leaves: Node[] = [];
  const pending: Node[] = [node];
  while (pending.length > 0) {
    const current = pending.pop()!;
    if (current.type === AST_NODE_TYPES.LogicalExpression) {
      pending.push(current.right);
      if (andLeft || current.operator !== '&&') pending.push(current.left);
    } else if (current.type === AST_NODE_TYPES.ConditionalExpression) {
      pending.push(current.alternate, current.consequent);
    } else {
      leaves.push(current);
    }
  }
  return leaves;
}

/** The equality and inequality operators (`===`, `==`, `!==`, `!=`). */
export const EQUALITY_OPERATORS: ReadonlySet<string> = new Set(['===', '==', '!==', '!=']);
