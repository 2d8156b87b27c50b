/** JSX names and attribute values as plain strings / expressions, for rules that treat JSX like markup. */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

type Node = TSESTree.Node;

/** JSX element name as written: `script`, `Script`, `Foo.Bar`, `svg:path`. */
export function jsxElementName(name: TSESTree.JSXTagNameExpression): string {
  switch (name.type) {
    case AST_NODE_TYPES.JSXIdentifier:
      return name.name;
    case AST_NODE_TYPES.JSXNamespacedName:
      return `${name.namespace.name}:${name.name.name}`;
    case AST_NODE_TYPES.JSXMemberExpression:
      return `${jsxElementName(name.object)}.${name.property.name}`;
  }
}

/** JSX attribute name as written: `src`, `data-stripe`, `xlink:href`. */
export function jsxAttributeName(attribute: TSESTree.JSXAttribute): string {
  return attribute.name.type === AST_NODE_TYPES.JSXIdentifier
    ? attribute.name.name
    : `${attribute.name.namespace.name}:${attribute.name.name.name}`;
}

/** The value expression of a JSX attribute: the string literal, or the expression in `{…}`; null when absent / empty. */
export function jsxAttributeValue(attribute: TSESTree.JSXAttribute): Node | null {
  const value = attribute.value;
  if (!value) return null;
  if (value.type === AST_NODE_TYPES.JSXExpressionContainer) {
    return value.expression.type === AST_NODE_TYPES.JSXEmptyExpression ? null : value.expression;
  }
  return value;
}

/** Nodes through which JSX nests JSX without leaving the markup: children, `{…}`, `cond && <x/>`, `c ? <a/> : <b/>`. */
const isJsxNesting = (node: Node): boolean =>
  node.type === AST_NODE_TYPES.JSXElement ||
  node.type === AST_NODE_TYPES.JSXFragment ||
  node.type === AST_NODE_TYPES.JSXExpressionContainer ||
  node.type === AST_NODE_TYPES.LogicalExpression ||
  node.type === AST_NODE_TYPES.ConditionalExpression;

/** The nearest enclosing JSX element named `name` (as written), reached through JSX nesting only; else null. */
export function enclosingJsxElement(node: Node, name: string): TSESTree.JSXElement | null {
  for (let current = node.parent; current && isJsxNesting(current); current = current.parent) {
    if (current.type === AST_NODE_TYPES.JSXElement && jsxElementName(current.openingElement.name) === name) return current;
  }
  return null;
}

/**
 * The JSX elements written inside `root` (not `root` itself), in source order, through JSX nesting only: not inside
 * mapped callbacks, variables or child components.
 */
export function jsxElementsWithin(root: TSESTree.JSXElement | TSESTree.JSXFragment): TSESTree.JSXElement[] {
  const found: TSESTree.JSXElement[] = [];
  const visit = (node: Node): void => {
    switch (node.type) {
      case AST_NODE_TYPES.JSXElement:
        found.push(node);
        node.children.forEach(visit);
        return;
      case AST_NODE_TYPES.JSXFragment:
        node.children.forEach(visit);
        return;
      case AST_NODE_TYPES.JSXExpressionContainer:
        visit(node.expression);
        return;
      case AST_NODE_TYPES.LogicalExpression:
        visit(node.right);
        return;
      case AST_NODE_TYPES.ConditionalExpression:
        visit(node.consequent);
        visit(node.alternate);
        return;
      default:
        return;
    }
  };
  root.children.forEach(visit);
  return found;
}
