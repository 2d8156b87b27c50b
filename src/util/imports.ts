/**
 * Make a named export of a module usable at a node, for suggestions: reuse an existing import (named, namespace or
 * `require` destructuring) when one is in scope there, else pick a free local name and add it to an existing
 * `import { … } from 'module'` or insert a new import (a `require` in script files). Never duplicates an import.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { perFile } from '../analysis/file-cache.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;
type Fixer = TSESLint.RuleFixer;

export interface NamedImportPlan {
  /** Expression to write at the node: `CardNumberElement`, `StripeCardNumberElement`, `ReactStripe.CardNumberElement`. */
  reference: string;
  /** The edit that makes `reference` valid (null when it already is). */
  fix: ((fixer: Fixer) => TSESLint.RuleFix) | null;
}

const specifierName = (node: TSESTree.Identifier | TSESTree.StringLiteral): string =>
  node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;

/** The variable a name refers to at `scope` (walking up), or null. */
function lookup(scope: Scope, name: string): Variable | null {
  for (let s: Scope | null = scope; s; s = s.upper) {
    const variable = s.set.get(name);
    if (variable) return variable;
  }
  return null;
}

function globalScopeOf(scope: Scope): Scope {
  let s = scope;
  while (s.upper) s = s.upper;
  return s;
}

/** Names the file uses without declaring them (undeclared globals), once per file. */
function undeclaredNames(sourceCode: SourceCode, scope: Scope): ReadonlySet<string> {
  return perFile(sourceCode, 'undeclared-names', () => new Set(globalScopeOf(scope).through.map((ref) => ref.identifier.name)));
}

/** A name that no scope around `scope` declares and no code in the file uses as an undeclared global. */
export function isFreeName(sourceCode: SourceCode, scope: Scope, name: string): boolean {
  return lookup(scope, name) === null && !undeclaredNames(sourceCode, scope).has(name);
}

function isValueImport(declaration: TSESTree.ImportDeclaration): boolean {
  return declaration.importKind !== 'type';
}

/** `import … from '<module>'` declarations that bind values. */
function importsOf(program: TSESTree.Program, module: string): TSESTree.ImportDeclaration[] {
  return program.body.filter(
    (s): s is TSESTree.ImportDeclaration => s.type === AST_NODE_TYPES.ImportDeclaration && s.source.value === module && isValueImport(s),
  );
}

/** `const { a, b: c } = require('<module>')` declarators. */
function requiresOf(program: TSESTree.Program, module: string): TSESTree.VariableDeclarator[] {
  const out: TSESTree.VariableDeclarator[] = [];
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const declarator of statement.declarations) {
      const init = declarator.init;
      if (
        declarator.id.type === AST_NODE_TYPES.ObjectPattern &&
        init?.type === AST_NODE_TYPES.CallExpression &&
        init.callee.type === AST_NODE_TYPES.Identifier &&
        init.callee.name === 'require' &&
        init.arguments[0]?.type === AST_NODE_TYPES.Literal &&
        init.arguments[0].value === module
      ) {
        out.push(declarator);
      }
    }
  }
  return out;
}

/** The variable bound by `node` (an identifier in an import specifier or pattern), for shadowing checks. */
function isSameBinding(scope: Scope, local: string, bindingNode: TSESTree.Node): boolean {
  const variable = lookup(scope, local);
  return variable !== null && variable.defs.some((def) => def.name === bindingNode);
}

/**
 * Plan how to refer to `imported` from `module` at `at`. Returns null when no safe plan exists (every candidate
 * local name is taken).
 */
export function planNamedImport(sourceCode: SourceCode, at: TSESTree.Node, module: string, imported: string): NamedImportPlan | null {
  // Once per scope, module and name: each of a form's inputs asks again, and the plan reads the whole program (its
  // imports, its last import). A plan's edit is the same edit for every node of the scope.
  const scope = sourceCode.getScope(at);
  let byModule = plansByScope.get(scope);
  if (!byModule) plansByScope.set(scope, (byModule = new Map()));
  let byName = byModule.get(module);
  if (!byName) byModule.set(module, (byName = new Map()));
  let plan = byName.get(imported);
  if (plan === undefined) byName.set(imported, (plan = planInScope(sourceCode, scope, module, imported)));
  return plan;
}
const plansByScope = new WeakMap<Scope, Map<string, Map<string, NamedImportPlan | null>>>();

function planInScope(sourceCode: SourceCode, scope: Scope, module: string, imported: string): NamedImportPlan | null {
  const program = sourceCode.ast;
  const { imports, requires } = perFile(sourceCode, `imports-of:${module}`, () => ({
    imports: importsOf(program, module),
    requires: requiresOf(program, module),
  }));

  // 1. Already imported (named first, then namespace) and not shadowed here.
  const specifiers = imports.flatMap((declaration) => declaration.specifiers);
  for (const specifier of specifiers) {
    if (
      specifier.type === AST_NODE_TYPES.ImportSpecifier &&
      specifier.importKind !== 'type' &&
      specifierName(specifier.imported) === imported &&
      isSameBinding(scope, specifier.local.name, specifier.local)
    ) {
      return { reference: specifier.local.name, fix: null };
    }
  }
  for (const specifier of specifiers) {
    if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier && isSameBinding(scope, specifier.local.name, specifier.local)) {
      return { reference: `${specifier.local.name}.${imported}`, fix: null };
    }
  }
  for (const declarator of requires) {
    for (const property of (declarator.id as TSESTree.ObjectPattern).properties) {
      if (
        property.type === AST_NODE_TYPES.Property &&
        !property.computed &&
        property.key.type === AST_NODE_TYPES.Identifier &&
        property.key.name === imported &&
        property.value.type === AST_NODE_TYPES.Identifier &&
        isSameBinding(scope, property.value.name, property.value)
      ) {
        return { reference: property.value.name, fix: null };
      }
    }
  }

  // 2. Pick a free local name.
  const local = [imported, `Stripe${imported}`].find((name) => isFreeName(sourceCode, scope, name));
  if (local === undefined) return null;
  const specifierText = local === imported ? imported : `${imported} as ${local}`;

  // 3. Extend an existing `import { … } from module` / `import X from module`.
  const extendable = imports.find((d) => !d.specifiers.some((s) => s.type === AST_NODE_TYPES.ImportNamespaceSpecifier) && d.specifiers.length > 0);
  if (extendable) {
    const named = extendable.specifiers.filter((s): s is TSESTree.ImportSpecifier => s.type === AST_NODE_TYPES.ImportSpecifier);
    const last = named[named.length - 1];
    if (last) return { reference: local, fix: (fixer) => fixer.insertTextAfter(last, `, ${specifierText}`) };
    const defaultSpecifier = extendable.specifiers[0]!;
    return { reference: local, fix: (fixer) => fixer.insertTextAfter(defaultSpecifier, `, { ${specifierText} }`) };
  }
  const requireDeclarator = requires.find((d) => (d.id as TSESTree.ObjectPattern).properties.every((p) => p.type === AST_NODE_TYPES.Property));
  if (requireDeclarator) {
    const pattern = requireDeclarator.id as TSESTree.ObjectPattern;
    const last = pattern.properties[pattern.properties.length - 1];
    const text = local === imported ? imported : `${imported}: ${local}`;
    if (last) return { reference: local, fix: (fixer) => fixer.insertTextAfter(last, `, ${text}`) };
  }

  // 4. A new import after the last import (or after the directive prologue), in the file's quote, semicolon and line
  // break style (`\r\n` when the first line ends in one).
  const lastImport = program.body.findLast((s) => s.type === AST_NODE_TYPES.ImportDeclaration);
  const quote = lastImport?.type === AST_NODE_TYPES.ImportDeclaration && sourceCode.getText(lastImport.source).startsWith('"') ? '"' : "'";
  const semi = lastImport && !sourceCode.getText(lastImport).endsWith(';') ? '' : ';';
  const statement =
    program.sourceType === 'module'
      ? `import { ${specifierText} } from ${quote}${module}${quote}${semi}`
      : `const { ${local === imported ? imported : `${imported}: ${local}`} } = require(${quote}${module}${quote})${semi}`;
  const firstBreak = sourceCode.text.indexOf('\n');
  const eol = firstBreak > 0 && sourceCode.text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
  if (lastImport) return { reference: local, fix: (fixer) => fixer.insertTextAfter(lastImport, `${eol}${statement}`) };
  const directives = program.body.filter(
    (s): s is TSESTree.ExpressionStatement => s.type === AST_NODE_TYPES.ExpressionStatement && 'directive' in s && typeof s.directive === 'string',
  );
  const lastDirective = directives.length > 0 && program.body.indexOf(directives[directives.length - 1]!) === directives.length - 1 ? directives[directives.length - 1] : undefined;
  if (lastDirective) return { reference: local, fix: (fixer) => fixer.insertTextAfter(lastDirective, `${eol}${statement}`) };
  const first = program.body[0];
  if (first) return { reference: local, fix: (fixer) => fixer.insertTextBefore(first, `${statement}${eol}`) };
  return { reference: local, fix: (fixer) => fixer.insertTextAfterRange([0, 0], `${statement}${eol}`) };
}
