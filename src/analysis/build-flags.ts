/**
 * Code that only development builds hold: guarded by a flag the bundler writes in as a constant, so that a production
 * build drops the branch as dead code. Vite's (and so Astro's, SvelteKit's, Nuxt's) `import.meta.env.DEV` and
 * `import.meta.env.PROD`, SvelteKit's `dev` from `$app/environment`, and `__DEV__` (React Native's Metro, and the
 * webpack apps that define it). A run-time check (`process.env.NODE_ENV !== 'production'`) is no such flag: a server
 * started without the variable runs the branch in production.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isImportMetaEnv } from './env-vars.js';
import { isGlobalReference } from './globals.js';
import { moduleRefOf } from './modules.js';
import { memberName, unwrap } from './values.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** What a condition says of the build: true only in development builds, only in production builds, or either. */
type BuildKind = 'development' | 'production' | null;

const flip = (kind: BuildKind): BuildKind => (kind === 'development' ? 'production' : kind === 'production' ? 'development' : null);

/** Which builds a condition holds in, when a build flag decides it (`import.meta.env.DEV && url.startsWith(…)`). */
function buildKindOf(test: Node, sourceCode: SourceCode, depth = 0): BuildKind {
  if (depth > 8) return null;
  const node = unwrap(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') return flip(buildKindOf(node.argument, sourceCode, depth + 1));
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator !== '??') {
    const left = buildKindOf(node.left, sourceCode, depth + 1);
    const right = buildKindOf(node.right, sourceCode, depth + 1);
    // `a && b` holds only where each holds; `a || b` only where both can.
    if (node.operator === '&&') return left ?? right;
    return left !== null && left === right ? left : null;
  }
  if (node.type === AST_NODE_TYPES.MemberExpression && isImportMetaEnv(node.object)) {
    const flag = memberName(node, sourceCode);
    return flag === 'DEV' ? 'development' : flag === 'PROD' ? 'production' : null;
  }
  if (node.type === AST_NODE_TYPES.Identifier) {
    if (node.name === '__DEV__' && isGlobalReference(sourceCode, node)) return 'development';
    const ref = moduleRefOf(node, sourceCode);
    if (ref?.module === '$app/environment' && ref.path.length === 1 && ref.path[0] === 'dev') return 'development';
  }
  return null;
}

/**
 * Is `node` in a branch that only development builds hold: the consequent of an `if`, `?:` or `&&` whose condition a
 * development flag decides (`if (import.meta.env.DEV && url.startsWith('https://'))`), or the other branch of one a
 * production flag decides (`if (import.meta.env.PROD) … else …`)? Followed up through functions too: a function written
 * in such a branch exists only there.
 */
export function isInDevelopmentBuildOnly(node: Node, sourceCode: SourceCode): boolean {
  for (let child: Node = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    let kind: BuildKind = null;
    let branch: 'then' | 'else' | null = null;
    if (parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) {
      branch = child === parent.consequent ? 'then' : child === parent.alternate ? 'else' : null;
      if (branch) kind = buildKindOf(parent.test, sourceCode);
    } else if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator === '&&' && child === parent.right) {
      branch = 'then';
      kind = buildKindOf(parent.left, sourceCode);
    }
    if ((branch === 'then' && kind === 'development') || (branch === 'else' && kind === 'production')) return true;
  }
  return false;
}
