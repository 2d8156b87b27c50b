/**
 * Values that stand for each entry of a known list in turn: the element parameter of a callback mapped over an array
 * literal (`FIELDS.map((field) => <input name={field.name} />)`). Where the list is written inline or held in a
 * never-reassigned const, each entry is known, and an expression read off the parameter (`field.name`, a name
 * destructured from it, the parameter itself) denotes one node of each entry: the callback runs once with each.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { isNeverReassigned, memberName, objectEntry, propertyKey, resolveValue, unwrap, variableOf } from './values.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;
export type ListCallback = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression;

/** A callback mapped over a known list, and that list's entries (each unwrapped, consts followed). */
export interface MappedList {
  callback: ListCallback;
  entries: readonly Node[];
}

/** Array methods that call their callback once with each entry, in order, and whose result holds what it returns. */
export const MAPPING_METHODS: ReadonlySet<string> = new Set(['map', 'flatMap']);
/** Longer lists are tables of data, not a form's fields: not read. */
const MAX_ENTRIES = 64;
const MAX_DEPTH = 4;

const lists = new WeakMap<ListCallback, MappedList | null>();

/** The array literal a list expression is: written inline, or held in a never-reassigned const (`resolveValue`). */
function arrayLiteral(node: Node, sourceCode: SourceCode): TSESTree.ArrayExpression | null {
  const value = resolveValue(node, sourceCode);
  return value.type === AST_NODE_TYPES.ArrayExpression ? value : null;
}

/** The known list a callback is mapped over (`list.map(callback)`, `list?.flatMap(callback)`), computed once per callback. */
function listOf(callback: ListCallback, sourceCode: SourceCode): MappedList | null {
  let known = lists.get(callback);
  if (known !== undefined) return known;
  known = null;
  const call = callback.parent;
  if (call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === callback) {
    const callee = unwrap(call.callee);
    const method = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee, sourceCode) : null;
    const array = method !== null && MAPPING_METHODS.has(method) ? arrayLiteral((callee as TSESTree.MemberExpression).object, sourceCode) : null;
    if (array && array.elements.length <= MAX_ENTRIES) {
      const entries = array.elements.flatMap((element) => (element && element.type !== AST_NODE_TYPES.SpreadElement ? [resolveValue(element, sourceCode)] : []));
      if (entries.length > 0) known = { callback, entries };
    }
  }
  lists.set(callback, known);
  return known;
}

/**
 * The parameter binding an identifier refers to, when it is a mapping callback's first parameter or a name
 * destructured from it (`({ name, label }) => …`): the callback and the key it was destructured by (null for the
 * parameter itself); null for anything else (also a parameter that is reassigned, or a default or nested pattern).
 */
function parameterBinding(identifier: TSESTree.Identifier, sourceCode: SourceCode): { callback: ListCallback; key: string | null } | null {
  const variable = variableOf(identifier, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || def?.type !== 'Parameter' || !isNeverReassigned(variable)) return null;
  const callback = def.node;
  if (callback.type !== AST_NODE_TYPES.ArrowFunctionExpression && callback.type !== AST_NODE_TYPES.FunctionExpression) return null;
  const param = callback.params[0];
  if (param === def.name) return { callback, key: null };
  if (param?.type !== AST_NODE_TYPES.ObjectPattern) return null;
  for (const property of param.properties) {
    if (property.type === AST_NODE_TYPES.Property && property.value === def.name) {
      const key = propertyKey(property, sourceCode);
      return key === null ? null : { callback, key };
    }
  }
  return null;
}

/**
 * The known list an expression is read from the entries of: its root identifier is the element parameter of a
 * callback mapped over a known list (or a name destructured from it). `field.name`, `field`, `name` → that list; null
 * for anything else.
 */
export function mappedListOf(node: Node, sourceCode: SourceCode): MappedList | null {
  let target = unwrap(node);
  for (let depth = 0; target.type === AST_NODE_TYPES.MemberExpression && depth < MAX_DEPTH; depth++) target = unwrap(target.object);
  if (target.type !== AST_NODE_TYPES.Identifier) return null;
  const binding = parameterBinding(target, sourceCode);
  return binding ? listOf(binding.callback, sourceCode) : null;
}

/**
 * What an expression read off a mapping callback's element parameter is when the parameter is `entry`: `field` → the
 * entry, `field.name` → the entry's `name` value, `name` destructured from it → the same; null where that is not
 * known (no such key, a computed key, another callback's parameter).
 */
export function valueForEntry(node: Node, list: MappedList, entry: Node, sourceCode: SourceCode, depth = 0): Node | null {
  const target = unwrap(node);
  if (depth > MAX_DEPTH) return null;
  if (target.type === AST_NODE_TYPES.Identifier) {
    const binding = parameterBinding(target, sourceCode);
    if (binding?.callback !== list.callback) return null;
    return binding.key === null ? entry : keyOf(entry, binding.key, sourceCode);
  }
  if (target.type !== AST_NODE_TYPES.MemberExpression) return null;
  const key = memberName(target, sourceCode);
  const owner = key === null ? null : valueForEntry(target.object, list, entry, sourceCode, depth + 1);
  return owner && key !== null ? keyOf(owner, key, sourceCode) : null;
}

function keyOf(object: Node, key: string, sourceCode: SourceCode): Node | null {
  if (unwrap(object).type !== AST_NODE_TYPES.ObjectExpression) return null;
  const value = objectEntry(object, sourceCode, key)?.value;
  return value ? unwrap(value) : null;
}

/** Statements that run in order, without leaving the callback or choosing a path. */
const STRAIGHT_STATEMENTS: ReadonlySet<string> = new Set([AST_NODE_TYPES.VariableDeclaration, AST_NODE_TYPES.ExpressionStatement, AST_NODE_TYPES.EmptyStatement]);

/**
 * Is `node` reached on every call of the callback, whatever the entry: no condition, loop or earlier exit between
 * them (`f.kind === 'card' ? <CardElement /> : <input name={f.name} />` renders the input for some entries only, and
 * which is not read).
 */
export function reachedForEveryEntry(node: Node, callback: ListCallback): boolean {
  let child: Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent === callback) return child === callback.body || callback.params.includes(child as never);
    switch (parent.type) {
      case AST_NODE_TYPES.ConditionalExpression:
        if (child !== parent.test) return false;
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (child !== parent.left) return false;
        break;
      case AST_NODE_TYPES.BlockStatement: {
        if (parent.parent !== callback) return false;
        const at = parent.body.indexOf(child as TSESTree.Statement);
        if (at < 0 || parent.body.slice(0, at).some((statement) => !STRAIGHT_STATEMENTS.has(statement.type))) return false;
        break;
      }
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.SwitchCase:
      case AST_NODE_TYPES.SwitchStatement:
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.TryStatement:
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.FunctionDeclaration:
        return false;
      default:
        break;
    }
  }
  return false;
}
