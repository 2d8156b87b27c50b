/**
 * Which module member an expression refers to: `https.request` → `{ module: 'https', path: ['request'] }`.
 * Resolves ESM default / namespace / named imports (aliases too), `import x = require()`, CommonJS `require('m')`,
 * `require('m').x`, destructuring `const { x: y } = require('m')`, `await import('m')`, and const aliases of any
 * of those. Node built-ins lose their `node:` prefix. A default import or `.default` member is the module itself
 * (what Node hands ESM code for a CommonJS module), so `import https from 'https'` and `import * as https` agree.
 *
 * Unknown shapes (parameters, reassigned variables, dynamic specifiers) resolve to `null`.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { physicalFilenameOf } from './file-cache.js';
import { isConfiguredAppModule, isWorkspaceDependency } from './package-json.js';
import { constInit, destructuredBinding, memberName, requiredModule, unwrap, variableOf } from './values.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

export interface ModuleRef {
  /** Module specifier, `node:` prefix removed (`'https'`, `'undici'`, `'got'`). */
  module: string;
  /** Members read from the module's export object, `[]` for the module itself. */
  path: string[];
}

const MAX_DEPTH = 10;

export const normalizeModule = (specifier: string): string => specifier.replace(/^node:/, '');

const withMember = (ref: ModuleRef | null, name: string | null): ModuleRef | null => {
  if (!ref || name === null) return null;
  // `.default` of a module (CJS interop, `require('got').default`) is the module's main export.
  if (name === 'default' && ref.path.length === 0) return ref;
  return { module: ref.module, path: [...ref.path, name] };
};

/** The module member `node` evaluates to, or `null` when it is not provably one. */
export function moduleRefOf(node: Node, sourceCode: SourceCode, depth = 0): ModuleRef | null {
  if (depth > MAX_DEPTH) return null;
  const target = unwrap(node);
  switch (target.type) {
    case AST_NODE_TYPES.Identifier:
      return identifierRef(target, sourceCode, depth);
    case AST_NODE_TYPES.MemberExpression:
      return withMember(moduleRefOf(target.object, sourceCode, depth + 1), memberName(target, sourceCode));
    case AST_NODE_TYPES.CallExpression: {
      const source = requiredModule(target);
      return source !== null ? { module: normalizeModule(source), path: [] } : null;
    }
    case AST_NODE_TYPES.AwaitExpression: {
      const inner = unwrap(target.argument);
      if (inner.type === AST_NODE_TYPES.ImportExpression && inner.source.type === AST_NODE_TYPES.Literal && typeof inner.source.value === 'string') {
        return { module: normalizeModule(inner.source.value), path: [] };
      }
      return null;
    }
    default:
      return null;
  }
}

/**
 * What a name is imported as (`importBinding` of its one definition): `useMutation` from `@apollo/client`, a JSX
 * element's `TextInput` from `react-native`; null for a local, a parameter or a global.
 */
export function importedAs(id: TSESTree.Identifier | TSESTree.JSXIdentifier, sourceCode: Readonly<TSESLint.SourceCode>): { source: string; name: string } | null {
  const variable = variableOf(id, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  return def ? importBinding(def) : null;
}

/**
 * What an import binding imports: the module specifier as written and the imported name — `'default'`, `'*'` for a
 * namespace or `import x = require()`, or the named export.
 */
export function importBinding(def: TSESLint.Scope.Definition): { source: string; name: string } | null {
  if (def.type !== 'ImportBinding') return null;
  const decl = def.parent;
  if (decl.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
    const ref = decl.moduleReference;
    return ref.type === AST_NODE_TYPES.TSExternalModuleReference && ref.expression.type === AST_NODE_TYPES.Literal
      ? { source: String(ref.expression.value), name: '*' }
      : null;
  }
  if (decl.type !== AST_NODE_TYPES.ImportDeclaration) return null;
  const spec = def.node;
  const name =
    spec.type === AST_NODE_TYPES.ImportDefaultSpecifier
      ? 'default'
      : spec.type === AST_NODE_TYPES.ImportNamespaceSpecifier
        ? '*'
        : spec.type === AST_NODE_TYPES.ImportSpecifier
          ? spec.imported.type === AST_NODE_TYPES.Identifier
            ? spec.imported.name
            : String(spec.imported.value)
          : null;
  return name === null ? null : { source: String(decl.source.value), name };
}

function identifierRef(id: TSESTree.Identifier, sourceCode: SourceCode, depth: number): ModuleRef | null {
  const variable = variableOf(id, sourceCode);
  if (!variable || variable.defs.length !== 1) return null;
  const def = variable.defs[0]!;
  if (def.type === 'ImportBinding') {
    const binding = importBinding(def);
    if (!binding) return null;
    const module = normalizeModule(binding.source);
    return binding.name === 'default' || binding.name === '*' ? { module, path: [] } : { module, path: [binding.name] };
  }
  if (def.type !== 'Variable') return null;
  const declarator = def.node;
  if (declarator.id.type === AST_NODE_TYPES.Identifier) {
    const init = constInit(variable);
    return init ? moduleRefOf(init, sourceCode, depth + 1) : null;
  }
  // const { request, Agent: HttpsAgent } = require('https')
  const binding = destructuredBinding(variable, sourceCode);
  return binding ? withMember(moduleRefOf(binding.init, sourceCode, depth + 1), binding.key) : null;
}

/** True when `ref` is `module` (any of them) followed exactly by `path`. */
export function isModuleRef(ref: ModuleRef | null, modules: readonly string[], path: readonly string[]): boolean {
  return (
    ref !== null &&
    modules.includes(ref.module) &&
    ref.path.length === path.length &&
    ref.path.every((segment, i) => segment === path[i])
  );
}

/**
 * `process.env.NAME` / `process.env['NAME']`, with `process` the global (undeclared or declared without a
 * definition) or imported from `process`; also `env.NAME` with `import { env } from 'node:process'`.
 */
export function isProcessEnvMember(node: Node, name: string, sourceCode: SourceCode): boolean {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.MemberExpression || memberName(target, sourceCode) !== name) return false;
  return isProcessEnv(target.object, sourceCode);
}

/** `process.env` itself (`process` the global or imported from `process`), or `env` imported from `node:process`. */
export function isProcessEnv(node: Node, sourceCode: SourceCode): boolean {
  const env = unwrap(node);
  if (isModuleRef(moduleRefOf(env, sourceCode), ['process'], ['env'])) return true;
  if (env.type !== AST_NODE_TYPES.MemberExpression || memberName(env) !== 'env') return false;
  const proc = unwrap(env.object);
  if (proc.type !== AST_NODE_TYPES.Identifier || proc.name !== 'process') return false;
  const variable = variableOf(proc, sourceCode);
  return variable === null || variable.defs.length === 0 || isModuleRef(moduleRefOf(proc, sourceCode), ['process'], []);
}

/** `App/` is AdonisJS 5's alias of the app's directory (`import Card from 'App/Models/Card'`). */
const LOCAL_SPECIFIER = /^(?:\.|\/|@\/|~|#|src\/|app\/|App\/|lib\/|server\/)/;
/** The scopes workspace templates give an app's own packages: Turborepo's `@repo/`, create-t3-turbo's `@acme/`, MakerKit's `@kit/`, NestJS monorepos' `@app/`. */
const WORKSPACE_SCOPES = /^@(?:repo|acme|kit|app|workspace|internal)\//;

/**
 * Imports of the app's own modules (`./db`, `@/lib/redis`, `~/server/db`, `#db`, `src/cache`), and of its workspace's
 * packages (real-world batch ES: a monorepo's `@repo/api-client`): by a template's scope, or, for the file `sourceCode`
 * was read from, as its `package.json` declares them (`"@documenso/lib": "workspace:*"`), or as its package's
 * `tsconfig.json` / `jsconfig.json` names them (`paths` aliases; bare names under `baseUrl`: `import api from 'api'`).
 */
export const isLocalSource = (source: string, sourceCode?: SourceCode): boolean =>
  LOCAL_SPECIFIER.test(source) ||
  WORKSPACE_SCOPES.test(source) ||
  (sourceCode !== undefined &&
    !source.startsWith('node:') &&
    (isWorkspaceDependency(physicalFilenameOf(sourceCode), source) || isConfiguredAppModule(physicalFilenameOf(sourceCode), source)));
