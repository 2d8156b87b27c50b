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
