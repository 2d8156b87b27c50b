/**
 * URLs that an HTTP mocking library intercepts. `nock('http://stripe.com').get('/test')`,
 * `http.get('http://api.stripe.com/v1/tokens', resolver)` (msw) and `fetchMock.post(url, response)` (fetch-mock)
 * describe requests to answer locally: nothing is sent to that URL, and rewriting it (http → https) would make the
 * mock stop matching the code under test. Found in stripe/stripe-node's own HTTP-client tests.
 *
 * Only calls whose callee resolves to the library's import or require count; a function merely named `nock` does not.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { moduleRefOf } from './modules.js';
import { variableOf, withTypeWrappers } from './values.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

const MSW_METHODS = new Set(['all', 'get', 'post', 'put', 'patch', 'delete', 'head', 'options']);
const FETCH_MOCK_METHODS = new Set(['mock', 'route', 'get', 'post', 'put', 'patch', 'delete', 'head', 'any']);

/** True when `path` (members read from `module`) is a call that takes a URL matcher as its first argument. */
function takesUrlMatcher(module: string, path: readonly string[]): boolean {
  switch (module) {
    case 'nock':
      return path.length === 0; // nock(origin, options?)
    case 'msw':
      return path.length === 2 && (path[0] === 'http' || path[0] === 'rest') && MSW_METHODS.has(path[1]!);
    case 'fetch-mock': {
      const method = path.length === 1 ? path[0]!.replace(/Once$/, '') : null;
      return method !== null && FETCH_MOCK_METHODS.has(method);
    }
    default:
      return false;
  }
}

function isMatcherArgument(node: Node, sourceCode: SourceCode): boolean {
  const self = withTypeWrappers(node);
  const call = self.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== self) return false;
  const ref = moduleRefOf(call.callee, sourceCode);
  return ref !== null && takesUrlMatcher(ref.module, ref.path);
}

/**
 * True when the string `node` (a literal, a template, a `+` chain) is only a URL that an HTTP mock intercepts: the
 * first argument of `nock(...)`, of msw's `http.<method>(...)` / `rest.<method>(...)`, or of fetch-mock's
 * `fetchMock.<method>(...)`; or the init of a never-reassigned variable whose every read is such an argument.
 */
export function isHttpMockMatcher(node: TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.BinaryExpression, sourceCode: SourceCode): boolean {
  if (isMatcherArgument(node, sourceCode)) return true;
  const self = withTypeWrappers(node);
  const declarator = self.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== self) return false;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
  // An exported const may be read by other modules for anything.
  if (declarator.parent.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration) return false;
  const variable = variableOf(declarator.id, sourceCode);
  if (!variable || variable.defs.length !== 1) return false;
  const reads = variable.references.filter((ref) => !ref.init);
  return (
    reads.length > 0 &&
    reads.every((ref) => !ref.isWrite() && isMatcherArgument(ref.identifier as TSESTree.Identifier, sourceCode))
  );
}
