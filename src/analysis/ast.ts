/**
 * Small generic AST helpers: child nodes through the parser's visitor keys, function nodes, what a function returns,
 * and searches that stay inside one function body.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

export function isFunctionNode(node: Node | null | undefined): node is FunctionNode {
  return (
    node?.type === AST_NODE_TYPES.FunctionDeclaration ||
    node?.type === AST_NODE_TYPES.FunctionExpression ||
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

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
