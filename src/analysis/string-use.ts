/**
 * How a string value is used. A string that is only compared or searched for (`url.startsWith('http://…')`,
 * `key === 'sk_live_…'`, `case 'http://…':`) describes other data; it is not a value the program sends anywhere,
 * and rewriting it would change what the check does.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { memberName } from './values.js';

type Node = TSESTree.Node;

const EQUALITY = new Set(['==', '!=', '===', '!==']);
/** String / array methods whose argument is something to look for, not data to use. */
const SEARCH_METHODS = new Set([
  'startsWith',
  'endsWith',
  'includes',
  'indexOf',
  'lastIndexOf',
  'replace',
  'replaceAll',
  'split',
  'match',
  'matchAll',
  'search',
]);

const WRAPPERS = new Set<string>([
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSTypeAssertion,
]);

/** The node and its parent, skipping TS wrappers around `node`. */
function outer(node: Node): { node: Node; parent: Node | undefined } {
  let current = node;
  while (current.parent && WRAPPERS.has(current.parent.type)) current = current.parent;
  return { node: current, parent: current.parent };
}

/**
 * True when `node` is an operand of `==` / `===` / `!=` / `!==`, a `case` test, or the first argument of a search
 * method (`startsWith`, `includes`, `indexOf`, `replace`, `split`, `match`…).
 */
export function isComparedOrSearched(node: Node): boolean {
  const { node: self, parent } = outer(node);
  if (!parent) return false;
  if (parent.type === AST_NODE_TYPES.BinaryExpression) return EQUALITY.has(parent.operator);
  if (parent.type === AST_NODE_TYPES.SwitchCase) return parent.test === self;
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === self) {
    const callee = parent.callee.type === AST_NODE_TYPES.ChainExpression ? parent.callee.expression : parent.callee;
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const name = memberName(callee);
    return name !== null && SEARCH_METHODS.has(name);
  }
  return false;
}

export interface StringPiece {
  /** Cooked text of the piece. */
  text: string;
  /** Raw source text of the piece, or `null` when its position in the source could not be confirmed. */
  raw: string | null;
  /** Absolute source offset where `raw` starts. */
  rawStart: number;
  /** Nothing dynamic comes before this piece. */
  leading: boolean;
  /** Nothing dynamic comes after this piece. */
  trailing: boolean;
}

/**
 * The static pieces of a string literal (one piece) or template literal (one per quasi), with where their raw text
 * sits in the source, so a rule can report and fix a substring precisely.
 */
export function stringPieces(node: TSESTree.Literal | TSESTree.TemplateLiteral, sourceText: string): StringPiece[] {
  if (node.type === AST_NODE_TYPES.Literal) {
    if (typeof node.value !== 'string') return [];
    const rawStart = node.range[0] + 1;
    return [{ text: node.value, raw: sourceText.slice(rawStart, node.range[1] - 1), rawStart, leading: true, trailing: true }];
  }
  return node.quasis.map((quasi, i) => {
    const rawStart = quasi.range[0] + 1;
    const raw = sourceText.slice(rawStart, rawStart + quasi.value.raw.length) === quasi.value.raw ? quasi.value.raw : null;
    return {
      text: quasi.value.cooked ?? quasi.value.raw,
      raw,
      rawStart,
      leading: i === 0,
      trailing: i === node.quasis.length - 1,
    };
  });
}
