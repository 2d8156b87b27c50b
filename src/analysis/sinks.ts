/**
 * Persistence and logging sinks: the calls, assignments, declarations and SQL strings through which a value ends up
 * stored (databases, caches, browser storage, cookies, files) or logged (console, loggers). Rule-agnostic: a sink says
 * what it is (`label`, for messages) and what it keeps: declared field / column names (`fields`) and written value
 * expressions (`values`). Whether any of that is card data is card-data / card-fields' business.
 *
 * Precision: a sink is recognised only with evidence that the receiver is one: where it comes from (an import of
 * `redis`, `new Schema` from `mongoose`, `fs.createWriteStream`), a shape specific to the API (`{ TableName, Item }`,
 * Prisma's `X.model.create({ data })`, a doc ref as first argument), or, when its origin cannot be resolved in the file
 * (parameters, `this.x`, imports from the app's own modules), a receiver named after the store (`redis`, `cache`,
 * `logger`). A `Map#set` is not storage; `stripe.customers.create` is not a database.
 *
 * Table / model / collection names give card context to bare field names (`number` in a `cards` table) only when the
 * sibling fields corroborate a payment card (expiry, CVC, last4, brand...): a Kanban `Card` has a `number` too.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { contains, declaredIdentifier, enclosingClassBody, isFunctionNode, returnedValues, someInBody, topLevelStatements, type FunctionNode } from './ast.js';
import { classifyCardField, isCardCollectionName, isCardContainerName, isSafeDerivativeName, isSensitiveKind, splitWords } from './card-fields.js';
import { decodeEscapes } from './escapes.js';
import { perFile, physicalFilenameOf } from './file-cache.js';
import { isAzureFunctionScript, ownPackageDeclares, resolveAppModule } from './package-json.js';
import { prismaModelsFor, type PrismaColumn, type PrismaModel, type PrismaModels } from './prisma-schema.js';
import { declaredMembers, typeReferenceName, type DeclaredMember } from './declared-types.js';
import { isDurableObjectClass, isModuleExports, requestHandler } from './handlers.js';
import { importBinding, isLocalSource, moduleRefOf, normalizeModule } from './modules.js';
import { identifierEscapesSpell } from './static-text.js';
import { namesPattern } from './selectors.js';
import { caseFreeWordsFinder, textFinder } from './text-search.js';
import { MAX_SOURCE_BYTES, readTextFile, withoutComments } from '../util/files.js';
import { SDK_ONLY_CALL_NAMES, TELEMETRY_CALLBACK_METHODS, TELEMETRY_METHOD_NAMES, TELEMETRY_NESTED_METHOD_NAMES, telemetryServiceOf } from './telemetry.js';
import { constructorAssignment, isStripeSourceContainer, parameterProperty, stripeKindOf } from './stripe-clients.js';
import {
  constInit,
  destructuredBinding,
  importSourceOf,
  isConvexServerModule,
  isCountLiteral,
  isJsonStringify,
  isNeverReassigned,
  isNullish,
  localFunctionOf,
  returnedValueOfCall,
  memberName,
  classMemberName,
  objectEntries as entriesOfObject,
  objectEntry,
  objectMethodSlot,
  ownMethodOf,
  prototypeSlot,
  propertyKey,
  resolveValue as valueOf,
  staticPrefix,
  staticString,
  staticValue,
  stateShape,
  unwrap,
  variableOf,
  withTypeWrappers,
  type ObjectEntry,
  calleeName,
} from './values.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

const MAX_DEPTH = 10;

// ---------------------------------------------------------------------------------------------------------------
// Per-file text facts: cheap, exact preconditions checked before any origin work.

/**
 * A per-file fact (through `perFile`), with the last file's answer kept at hand: these are asked for every call of a
 * file, and files are linted one at a time.
 */
function fileFact<T>(key: string, compute: (sourceCode: SourceCode) => T): (sourceCode: SourceCode) => T {
  let lastSource: SourceCode | null = null;
  let lastValue: T;
  return (sourceCode) => {
    if (sourceCode !== lastSource) {
      lastValue = perFile(sourceCode, key, () => compute(sourceCode));
      lastSource = sourceCode;
    }
    return lastValue;
  };
}

/** A per-file yes / no precondition (text or module facts), computed once per file. */
type FileGate = (sourceCode: SourceCode) => boolean;

/** Does the file's text contain one of `needles` (plain substring search, the cheapest scan)? Read as written. */
const textGate = (name: string, needles: readonly string[]): FileGate =>
  fileFact(`sinks:mentions:${name}`, (sourceCode) => needles.some((needle) => sourceCode.text.includes(needle)));

const fileMentions = (sourceCode: SourceCode, gate: FileGate): boolean => gate(sourceCode);

interface DeclaredNames {
  /** Names declared anywhere in the file (variables, functions, classes, imports, parameters, types). */
  all: ReadonlySet<string>;
  /** Names of variables first declared by a variable declaration or an import: the ones an origin can follow to a value. */
  bound: ReadonlySet<string>;
}

const declared = fileFact('sinks:declared-names', (sourceCode): DeclaredNames => {
  const all = new Set<string>();
  const bound = new Set<string>();
  for (const scope of sourceCode.scopeManager?.scopes ?? []) {
    for (const variable of scope.variables) {
      const def = variable.defs[0];
      if (def === undefined) continue;
      all.add(variable.name);
      if (def.type === 'Variable' || def.type === 'ImportBinding') bound.add(variable.name);
    }
  }
  return { all, bound };
});

const declaredNames = (sourceCode: SourceCode): ReadonlySet<string> => declared(sourceCode).all;

/**
 * Can the origin of identifier `name` have a module root or any steps? Only when some variable of that name is
 * declared by a variable declaration or an import (`variableOrigin`): parameters, functions, classes and globals
 * have no steps, and only imports / requires give a module root.
 */
const mayHaveOrigin = (name: string, sourceCode: SourceCode): boolean => declared(sourceCode).bound.has(name);

/**
 * The module specifiers an origin of this file can start at, as `normalizeModule` leaves them (`node:` prefix
 * dropped). Origins start at string literals only: import declarations and `import x = require('x')` (read from the
 * program body), `require('x')` and `import('x')` (found in the text: both words are jumped to with `indexOf`, then the
 * literal argument after blanks, comments, `(` and `?.` is read). A specifier written with escapes is kept both as
 * written and decoded. Where the text cannot be read that way (a `require` spelled with escapes, an unusual blank),
 * every string literal of the file is taken instead; `null` when there are no tokens either.
 */
const moduleSpecifiers = fileFact('sinks:module-specifiers', (sourceCode): ReadonlySet<string> | null => {
  const out = new Set<string>();
  const add = (raw: string): void => addSpecifier(out, raw);
  declaredSpecifiers(topLevelStatements(sourceCode), add);
  const text = sourceCode.text;
  if (identifierEscapesSpell(text, REQUIRE_NAME) || !calledSpecifiers(text, 'require', add) || !calledSpecifiers(text, 'import', add)) {
    return stringLiteralValues(sourceCode);
  }
  return out;
});

const REQUIRE_NAME: ReadonlySet<string> = new Set(['require']);

/** Import declarations and `import x = require('x')` of a program or TS module body. */
function declaredSpecifiers(statements: readonly Node[], add: (raw: string) => void): void {
  for (const statement of statements) {
    const node = statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.declaration ? statement.declaration : statement;
    if (node.type === AST_NODE_TYPES.ImportDeclaration) add(String(node.source.value));
    else if (node.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
      const ref = node.moduleReference;
      if (ref.type === AST_NODE_TYPES.TSExternalModuleReference && ref.expression.type === AST_NODE_TYPES.Literal) add(String(ref.expression.value));
    } else if (node.type === AST_NODE_TYPES.TSModuleDeclaration) {
      // `namespace a.b {}` nests declarations in older parsers.
      let inner = node.body as Node | undefined;
      while (inner?.type === AST_NODE_TYPES.TSModuleDeclaration) inner = (inner as TSESTree.TSModuleDeclaration).body as Node | undefined;
      if (inner?.type === AST_NODE_TYPES.TSModuleBlock) declaredSpecifiers(inner.body, add);
    }
  }
}

const isIdentifierPart = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36 || code === 92 || code > 127;

/**
 * The string literal argument after each `word(` of the text (`require('x')`, `import("x")`), passed to `add` as
 * written. False when an argument cannot be read (a non-ASCII character where the argument starts).
 */
function calledSpecifiers(text: string, word: string, add: (raw: string) => void): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    if (at > 0 && isIdentifierPart(text.charCodeAt(at - 1))) continue;
    let i = at + word.length;
    if (isIdentifierPart(text.charCodeAt(i))) continue;
    // Blanks, comments, parentheses and `?.` up to the argument.
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 40) i++;
      else if (c === 63 && text.charCodeAt(i + 1) === 46) i += 2;
      else if (c === 47 && text.charCodeAt(i + 1) === 42) {
        const end = text.indexOf('*/', i + 2);
        if (end < 0) break;
        i = end + 2;
      } else if (c === 47 && text.charCodeAt(i + 1) === 47) {
        for (let c2 = text.charCodeAt(i); i < text.length && c2 !== 10 && c2 !== 13 && c2 !== 0x2028 && c2 !== 0x2029; c2 = text.charCodeAt(++i));
      } else break;
    }
    const quote = text.charCodeAt(i);
    if (quote > 127) return false;
    if (quote !== 39 && quote !== 34) continue;
    let end = i + 1;
    for (; end < text.length; end++) {
      const c = text.charCodeAt(end);
      if (c === 92) end++;
      else if (c === quote || c === 10 || c === 13) break;
    }
    if (text.charCodeAt(end) === quote) add(text.slice(i + 1, end));
  }
  return true;
}

/** Every string literal value of the file (from its tokens), or null when the parser gave no tokens. */
function stringLiteralValues(sourceCode: SourceCode): Set<string> | null {
  const tokens = (sourceCode.ast as { tokens?: readonly { type: string; value: string }[] }).tokens;
  if (!Array.isArray(tokens)) return null;
  const values = new Set<string>();
  for (const token of tokens) if (token.type === 'String') addSpecifier(values, token.value.slice(1, -1));
  return values;
}

/** A specifier as written (a string literal's raw text), normalised; one written with escapes also decoded. */
function addSpecifier(out: Set<string>, raw: string): void {
  out.add(normalizeModule(raw));
  if (raw.includes('\\')) out.add(normalizeModule(decodeEscapes(raw)));
}

/**
 * Can an origin of this file start at a module that `accepts`? Exact: one of the file's module specifiers is such a
 * module (or the file could not be read to tell).
 */
const moduleGate = (name: string, accepts: (source: string) => boolean): FileGate =>
  fileFact(`sinks:modules:${name}`, (sourceCode) => {
    const values = moduleSpecifiers(sourceCode);
    if (values === null) return true;
    for (const value of values) if (accepts(value)) return true;
    return false;
  });

const entriesMemo = new WeakMap<Node, ObjectEntry[] | null>();

/** values.objectEntries, memoised per node: several sink families read the same argument. */
function objectEntries(node: Node, sourceCode: SourceCode): ObjectEntry[] | null {
  let cached = entriesMemo.get(node);
  if (cached === undefined) {
    cached = entriesOfObject(node, sourceCode);
    entriesMemo.set(node, cached);
  }
  return cached;
}

/** values.resolveValue; a name the file never declares (`String`, `undefined`) resolves to itself without a lookup. */
function resolveValue(node: Node, sourceCode: SourceCode): Node {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier && !declaredNames(sourceCode).has(target.name)) return target;
  return valueOf(node, sourceCode);
}

// ---------------------------------------------------------------------------------------------------------------
// Origins: where an expression comes from, as a root (module, global, typed binding, class...) and the member reads
// and calls applied to it. `redis.createClient().multi()` → module `redis`, [get createClient, call, get multi, call].

export type OriginRoot =
  | { type: 'module'; source: string }
  | { type: 'global'; name: string }
  /** A parameter / field with a type annotation; `source` is where the type was imported from. */
  | { type: 'typed'; typeName: string; source: string | null; typeArgument: string | null }
  | { type: 'class'; node: TSESTree.ClassDeclaration | TSESTree.ClassExpression }
  /** Literals, object / array / function expressions: not a store. */
  | { type: 'value' }
  | { type: 'unknown' };

export type OriginStep =
  | { type: 'get'; name: string | null }
  | { type: 'call'; name: string | null; node: TSESTree.CallExpression }
  | { type: 'new'; name: string | null; node: TSESTree.NewExpression };

export interface Origin {
  root: OriginRoot;
  steps: OriginStep[];
}

const UNKNOWN: Origin = { root: { type: 'unknown' }, steps: [] };

const origins = new WeakMap<Node, Origin>();

/**
 * Where an expression comes from: consts, destructuring, imports / requires, `this.x` fields, typed parameters.
 * Memoised per node (the AST does not change while a file is linted; several sink families and rules ask).
 */
export function originOf(node: Node, sourceCode: SourceCode): Origin {
  let cached = origins.get(node);
  if (cached === undefined) {
    cached = origin(node, sourceCode, 0);
    origins.set(node, cached);
  }
  return cached;
}

function extend(base: Origin, step: OriginStep): Origin {
  return { root: base.root, steps: [...base.steps, step] };
}

function lastGetName(o: Origin): string | null {
  const last = o.steps[o.steps.length - 1];
  return last?.type === 'get' ? last.name : null;
}

function origin(node: Node, sourceCode: SourceCode, depth: number): Origin {
  if (depth > MAX_DEPTH) return UNKNOWN;
  const target = unwrap(node);
  switch (target.type) {
    case AST_NODE_TYPES.Identifier:
      return identifierOrigin(target, sourceCode, depth);
    case AST_NODE_TYPES.MemberExpression: {
      const name = memberName(target, sourceCode);
      if (unwrap(target.object).type === AST_NODE_TYPES.ThisExpression && name !== null) {
        const field = thisFieldOrigin(target, name, sourceCode, depth);
        if (field) return field;
      }
      return extend(origin(target.object, sourceCode, depth + 1), { type: 'get', name });
    }
    case AST_NODE_TYPES.CallExpression: {
      const callee = unwrap(target.callee);
      const arg = target.arguments[0];
      if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'require' && arg?.type === AST_NODE_TYPES.Literal && typeof arg.value === 'string') {
        return { root: { type: 'module', source: normalizeModule(arg.value) }, steps: [] };
      }
      // A factory of the file's: what it returns (`makeClient()`, `await this.connect()`), where that says where it comes
      // from. A literal or an unknown returned (`return { db: new PrismaClient() }`) leaves the call as it was read
      // before: a call of the name, which the sinks' name fallbacks read (regression probe 265).
      const made = returnedValueOfCall(target, sourceCode);
      if (made) {
        const returned = origin(made, sourceCode, depth + 1);
        if (returned.root.type !== 'value' && returned.root.type !== 'unknown') return returned;
      }
      const base = origin(callee, sourceCode, depth + 1);
      const memoised = memoisedValue(target, base, sourceCode);
      if (memoised) return origin(memoised, sourceCode, depth + 1);
      return extend(base, { type: 'call', name: lastGetName(base), node: target });
    }
    case AST_NODE_TYPES.NewExpression: {
      const base = origin(target.callee, sourceCode, depth + 1);
      return extend(base, { type: 'new', name: lastGetName(base), node: target });
    }
    case AST_NODE_TYPES.AwaitExpression:
      return origin(target.argument, sourceCode, depth + 1);
    case AST_NODE_TYPES.ImportExpression:
      return target.source.type === AST_NODE_TYPES.Literal && typeof target.source.value === 'string'
        ? { root: { type: 'module', source: normalizeModule(target.source.value) }, steps: [] }
        : UNKNOWN;
    case AST_NODE_TYPES.ClassExpression:
      return { root: { type: 'class', node: target }, steps: [] };
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
      return { root: { type: 'value' }, steps: [] };
    default:
      return UNKNOWN;
  }
}

/** Modules whose `useMemo` hook returns what its callback returns. */
const MEMO_HOOK_MODULES: ReadonlySet<string> = new Set(['react', 'preact/hooks', 'preact/compat']);

/**
 * What a React `useMemo(() => value, deps)` call holds: the one value its callback returns (`const supabase =
 * useMemo(() => createBrowserClient(url, key), [])`, real-world batch 91), `useMemo` imported from React (or
 * Preact), also as `React.useMemo`. Null for any other call.
 */
function memoisedValue(call: TSESTree.CallExpression, callee: Origin, sourceCode: SourceCode): Node | null {
  if (callee.steps.length !== 1 || lastGetName(callee) !== 'useMemo') return null;
  const source = rootSource(callee);
  if (source === null || callee.root.type !== 'module' || !MEMO_HOOK_MODULES.has(source)) return null;
  const fn = call.arguments[0];
  if (fn?.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn?.type !== AST_NODE_TYPES.FunctionExpression) return null;
  const returned = returnedValues(fn, sourceCode);
  return returned.length === 1 ? returned[0]! : null;
}

/** Origins of variables, by the depth they were asked at (the depth limit can cut a chain short): every use shares. */
const variableOrigins = new WeakMap<TSESLint.Scope.Variable, Origin[]>();

function identifierOrigin(id: TSESTree.Identifier, sourceCode: SourceCode, depth: number): Origin {
  // A name no scope of the file declares is a global (`console`, `localStorage`, `process`): no scope lookup needed.
  if (!declaredNames(sourceCode).has(id.name)) return { root: { type: 'global', name: id.name }, steps: [] };
  const variable = variableOf(id, sourceCode);
  if (!variable || variable.defs.length === 0) return { root: { type: 'global', name: id.name }, steps: [] };
  let byDepth = variableOrigins.get(variable);
  if (!byDepth) {
    byDepth = [];
    variableOrigins.set(variable, byDepth);
  }
  let cached = byDepth[depth];
  if (cached === undefined) {
    cached = variableOrigin(variable, id, sourceCode, depth);
    byDepth[depth] = cached;
  }
  return cached;
}

function variableOrigin(variable: TSESLint.Scope.Variable, id: TSESTree.Identifier, sourceCode: SourceCode, depth: number): Origin {
  const def = variable.defs[0]!;
  switch (def.type) {
    case 'ImportBinding': {
      const binding = importBinding(def);
      if (!binding) return UNKNOWN;
      const root: OriginRoot = { type: 'module', source: normalizeModule(binding.source) };
      return binding.name === 'default' || binding.name === '*' ? { root, steps: [] } : { root, steps: [{ type: 'get', name: binding.name }] };
    }
    case 'Variable': {
      const declarator = def.node;
      if (!declarator.init || !isNeverReassigned(variable)) return UNKNOWN;
      if (declarator.id.type === AST_NODE_TYPES.Identifier) return origin(declarator.init, sourceCode, depth + 1);
      if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
        for (const property of declarator.id.properties) {
          if (property.type !== AST_NODE_TYPES.Property) continue;
          const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
          if (value.type !== AST_NODE_TYPES.Identifier || value.name !== id.name) continue;
          const key = propertyKey(property, sourceCode);
          return extend(origin(declarator.init, sourceCode, depth + 1), { type: 'get', name: key });
        }
      }
      return UNKNOWN;
    }
    case 'Parameter':
      return typedOrigin(def.name.type === AST_NODE_TYPES.Identifier ? def.name.typeAnnotation?.typeAnnotation : undefined, sourceCode) ?? importedModuleParameter(def.node as Node, def.name, sourceCode, depth) ?? UNKNOWN;
    case 'ClassName':
      return { root: { type: 'class', node: def.node }, steps: [] };
    default:
      return UNKNOWN;
  }
}

/**
 * The module a dynamic import's callback is handed: `m` of `import('@sentry/browser').then((m) => …)`, also through a
 * const holding the promise (`const EventualSentry = import(…)`; `EventualSentry.then((Sentry) => …)`). Null otherwise.
 */
function importedModuleParameter(fn: Node, param: Node, sourceCode: SourceCode, depth: number): Origin | null {
  const call = callbackCallOf(fn, param);
  if (!call || call.arguments[0] !== fn) return null;
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee, sourceCode) !== 'then') return null;
  const promised = origin(callee.object, sourceCode, depth + 1);
  return promised.root.type === 'module' && promised.steps.length === 0 && isDynamicImport(callee.object, sourceCode) ? promised : null;
}

/**
 * The call a function is written in as an argument, when `param` is its first parameter (`then` of
 * `promise.then((m) => …)`, `withScope` of `Sentry.withScope((scope) => …)`); null otherwise.
 */
function callbackCallOf(fn: Node, param: Node): TSESTree.CallExpression | null {
  if (!isFunctionNode(fn) || fn.params[0] !== param) return null;
  const call = fn.parent;
  return call?.type === AST_NODE_TYPES.CallExpression && call.arguments.some((argument) => argument === fn) ? call : null;
}

/** `import('x')`, or a const holding one. */
function isDynamicImport(node: Node, sourceCode: SourceCode): boolean {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.ImportExpression) return true;
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(target, sourceCode);
  const init = variable ? constInit(variable) : null;
  return init !== null && unwrap(init).type === AST_NODE_TYPES.ImportExpression;
}

function typedOrigin(written: TSESTree.TypeNode | undefined, sourceCode: SourceCode): Origin | null {
  const type = withoutNullish(written);
  if (type?.type !== AST_NODE_TYPES.TSTypeReference) return null;
  let typeName: TSESTree.EntityName = type.typeName;
  while (typeName.type === AST_NODE_TYPES.TSQualifiedName) typeName = typeName.left;
  if (typeName.type !== AST_NODE_TYPES.Identifier) return null;
  const name = type.typeName.type === AST_NODE_TYPES.TSQualifiedName ? type.typeName.right.name : typeName.name;
  const argument = type.typeArguments?.params[0];
  const typeArgument =
    argument?.type === AST_NODE_TYPES.TSTypeReference && argument.typeName.type === AST_NODE_TYPES.Identifier ? argument.typeName.name : null;
  const source = importSourceOf(typeName, sourceCode);
  return { root: { type: 'typed', typeName: name, source: source === null ? null : normalizeModule(source), typeArgument }, steps: [] };
}

/** The one type of a union with `null` / `undefined` (`Storage | null`: a field set once it is ready), or the type itself. */
function withoutNullish(type: TSESTree.TypeNode | undefined): TSESTree.TypeNode | undefined {
  if (type?.type !== AST_NODE_TYPES.TSUnionType) return type;
  const others = type.types.filter((member) => member.type !== AST_NODE_TYPES.TSNullKeyword && member.type !== AST_NODE_TYPES.TSUndefinedKeyword);
  return others.length === 1 ? others[0] : type;
}

/** `this.x` in a class: field initialiser or type, constructor parameter property, `this.x = …` in the constructor. */
function thisFieldOrigin(member: TSESTree.MemberExpression, name: string, sourceCode: SourceCode, depth: number): Origin | null {
  const classBody = enclosingClassBody(member);
  if (!classBody) return null;
  // A field declared without a value (`database: any;`) and set in the constructor (`this.database =
  // firebase.database().ref()`, real-world batch GC): what the constructor sets, else its declared type.
  let declared: TSESTree.PropertyDefinition | null = null;
  for (const element of classBody.body) {
    if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.computed && propertyKey(element, sourceCode) === name) {
      // (A field that starts empty, `private _storage: Storage | null = null`, is set later: real-world batch 246.)
      if (element.value && !isNullish(element.value)) return origin(element.value, sourceCode, depth + 1);
      declared ??= element;
    }
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor') {
      const property = parameterProperty(element.value, name);
      if (property) return typedOrigin(property.typeAnnotation?.typeAnnotation, sourceCode);
      const assigned = constructorAssignment(element.value.body, name);
      if (assigned) return origin(assigned, sourceCode, depth + 1);
    }
  }
  return declared && typedOrigin(declared.typeAnnotation?.typeAnnotation, sourceCode);
}

/**
 * For an origin rooted at a class of this file (`new WalletDB()`), the module its superclass comes from, through
 * classes of this file that extend one another; null for anything else.
 */
function superclassSource(o: Origin, sourceCode: SourceCode): string | null {
  let root = o.root;
  for (let depth = 0; root.type === 'class' && depth < 4; depth++) {
    const superClass = root.node.superClass;
    if (!superClass) return null;
    const base = originOf(superClass, sourceCode);
    // (`extends Dexie`, default or named import: `import { Dexie } from 'dexie'`)
    if (base.root.type === 'module' && (base.steps.length === 0 || (base.steps.length === 1 && base.steps[0]!.type === 'get'))) return base.root.source;
    if (base.steps.length > 0) return null;
    root = base.root;
  }
  return null;
}

/**
 * `this.cards` in a method of a database class that extends Dexie (directly or through classes of this file), whose
 * tables are made by `this.version(1).stores({ cards: '…' })` and need no declaration in JavaScript.
 */
function isOwnTableOfDexieClass(receiver: Node, o: Origin, sourceCode: SourceCode): boolean {
  if (o.root.type !== 'unknown' || receiver.type !== AST_NODE_TYPES.MemberExpression || unwrap(receiver.object).type !== AST_NODE_TYPES.ThisExpression) return false;
  const classBody = enclosingClassBody(receiver);
  return classBody !== null && superclassSource({ root: { type: 'class', node: classBody.parent }, steps: [] }, sourceCode) === 'dexie';
}

/** The module an origin starts at: imported or required, or the one its root's declared type comes from. */
export const rootSource = (o: Origin): string | null => (o.root.type === 'module' || o.root.type === 'typed' ? o.root.source : null);
/** Does the origin call one of `names` on the way (`nodemailer.createTransport(…)`)? */
export const hasCall = (o: Origin, names: ReadonlySet<string>): boolean => o.steps.some((s) => s.type === 'call' && s.name !== null && names.has(s.name));
const constructs = (o: Origin): boolean => o.steps.some((s) => s.type === 'call' || s.type === 'new');

const BUILTIN_TYPES = new Set(['Map', 'WeakMap', 'Set', 'WeakSet', 'Record', 'Array', 'Object', 'ReadonlyMap', 'Partial']);

/** The name a receiver is written with: `redis` → redis, `this.redisClient` → redisClient, `getCache()` → getCache. */
export function receiverName(node: Node, sourceCode: SourceCode): string | null {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type === AST_NODE_TYPES.MemberExpression) return memberName(target, sourceCode);
  if (target.type === AST_NODE_TYPES.CallExpression) return receiverName(target.callee, sourceCode);
  return null;
}

/**
 * Is `node` a receiver of a family: its origin is one of the family's modules, or — when its origin cannot be proven
 * to be something else (a global constructor like `new Map()`, another package's client, a literal) — its name says so.
 */
function receiverIs(
  node: Node,
  sourceCode: SourceCode,
  family: ModuleFamily,
  names: (words: string[], name: string) => boolean,
): boolean {
  // A name that does not say so needs a module of the family in the file (checked after the name: cheaper).
  const name = receiverName(node, sourceCode);
  const named = name !== null && names(splitWords(name), name);
  if (!named && !fileMentions(sourceCode, family.specifiers)) return false;
  const modules = family.accepts;
  const o = originOf(node, sourceCode);
  const source = rootSource(o);
  if (source !== null && modules(source)) return true;
  if (source !== null && !isLocalSource(source, sourceCode) && constructs(o)) return false;
  if (o.root.type === 'typed' && source !== null && !isLocalSource(source, sourceCode)) return false;
  if (o.root.type === 'typed' && BUILTIN_TYPES.has(o.root.typeName)) return false;
  if (o.root.type === 'value' || (o.root.type === 'global' && constructs(o))) return false;
  return named;
}

/** Modules of one kind of store: which specifiers it accepts, and a text pattern every such specifier matches. */
interface ModuleFamily {
  accepts: (source: string) => boolean;
  specifiers: FileGate;
}

const isStripe = (node: Node, sourceCode: SourceCode): boolean => {
  let root = unwrap(node);
  while (root.type === AST_NODE_TYPES.MemberExpression || root.type === AST_NODE_TYPES.CallExpression) {
    root = unwrap(root.type === AST_NODE_TYPES.MemberExpression ? root.object : root.callee);
  }
  return stripeKindOf(root, sourceCode) !== null;
};

// ---------------------------------------------------------------------------------------------------------------
// Storage sinks

export interface StoredField {
  /** Field / column / key name as declared or written. */
  name: string;
  /** Node to report (the key, or the string that spells the name). */
  node: Node;
  /** Exact location when the name is a part of a longer string (SQL column lists). */
  loc?: TSESTree.SourceLocation;
  /** The name sits in a corroborated card container (`number` in a `cards` table next to `exp_month`). */
  cardContext: boolean;
  /** For key-value writes (`setItem('cvc', v)`, cookies, `hset`): the value stored under this name. */
  value?: Node;
  /** A column name override (`@Column({ name: 'card_number' })`) of the field with this name. */
  aliasOf?: string;
  /** The most characters the column holds, where its declaration says (Knex's `table.string('card_number', 4)`). */
  maxLength?: number;
  /** For a SQL INSERT's column: the literal values its rows write (`VALUES ('VISA', '0001')`), when every row writes one. */
  literals?: readonly string[];
  /**
   * For a SQL INSERT's column written by a placeholder of its one row (`VALUES (?)`, `$1`): the value the call binds
   * there (`db.execute(sql, [await bcrypt.hash(number, 10)])`), judged as the column's content.
   */
  boundValue?: Node;
  /** The table, model or class the field is declared in or written to (`gift_card_balance_checks`); null or absent: not known. */
  container?: string | null;
  /**
   * Declared with a small number as its default (`cardNumber: { type: Number, default: 0 }`, Sequelize's
   * `defaultValue: 1`): a counter or a position (a kanban card's number, real-world batch DG), no card number.
   */
  counter?: boolean;
  /**
   * Declared as a reference to another record (mongoose's `{ type: ObjectId, ref: 'Card' }`, Sequelize's `references`):
   * it holds that record's id, no card data whatever its name.
   */
  reference?: boolean;
  /** Declared as a nested path (`creditCard: { number: String, cvc: String }`): its fields are the data, each read alone. */
  nested?: boolean;
  /**
   * Declared a boolean (mongoose's `creditCard: Boolean` or `{ type: Boolean }`, Sequelize's `DataTypes.BOOLEAN`): a
   * flag, no card data whatever its name (regression probe 267).
   */
  flag?: boolean;
}

export interface StoredValue {
  node: Node;
  cardContext: boolean;
  /** The table, collection or model the value is written to, when its name is known (`gift_cards`). */
  container?: string | null;
  /**
   * A Prisma `create`'s data that the file does not spell out (`data: dto`, `{ ...dto, userId }`): the required columns
   * of its model (prisma-schema.ts) that no key of the file writes. Each created row keeps them.
   */
  requiredColumns?: OpenColumns;
}

/** The required columns of a Prisma model that a create's data leaves to what the file does not show, and where that is. */
export interface OpenColumns {
  model: PrismaModel;
  columns: readonly PrismaColumn[];
  /** The part of the data that holds them: the value itself, or the unknown spread of an object (`...dto`). */
  at: Node;
}

export interface StorageSink {
  /** What keeps the data, for messages: "a mongoose schema", "Redis", "localStorage", "a file"... */
  label: string;
  fields: StoredField[];
  values: StoredValue[];
}

export interface StorageSinkOptions {
  /** Extra receiver names treated as key-value stores (like Redis): `set(key, value)`, `hset(...)`. */
  storeNames?: readonly string[];
}

/**
 * Do sibling field names corroborate a payment card: an expiry, CVC, track / PIN, a last4 / brand / fingerprint, or a
 * card holder? Used before reading a bare `number` in a `cards` table as a PAN.
 */
export function isCardShaped(names: readonly string[]): boolean {
  return names.some((name) => {
    const kind = classifyCardField(name, { cardContext: true });
    if (kind === 'expiry' || kind === 'cvc' || kind === 'track' || kind === 'pin') return true;
    const words = splitWords(name);
    return isSafeDerivativeName(name) || words.includes('cardholder') || (words.includes('holder') && words.length <= 3);
  });
}

/** Card context of fields declared / written under a table / collection / model name. */
export function tableCardContext(container: string | null, names: readonly string[]): boolean {
  return container !== null && isCardCollectionName(container) && isCardShaped(names);
}

/**
 * The keys of a written object (of a list's first element): its own, and those of a spread whose shape is known (a
 * form's state, a zod-parsed or tRPC \`input\`: \`values({ ...input, userId })\`, real-world batch 231).
 */
export function entryNames(node: Node, sourceCode: SourceCode): string[] {
  const target = resolveValue(node, sourceCode);
  const object = target.type === AST_NODE_TYPES.ArrayExpression ? target.elements[0] : target;
  if (!object || object.type === AST_NODE_TYPES.SpreadElement) return [];
  const names = (objectEntries(object, sourceCode) ?? []).map((e) => e.key);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return names;
  for (const property of object.properties) {
    const shape = property.type === AST_NODE_TYPES.SpreadElement ? stateShape(property.argument, sourceCode) : null;
    if (shape) names.push(...(objectEntries(shape, sourceCode) ?? []).map((e) => e.key));
  }
  return names;
}

function valuesIn(container: string | null, nodes: readonly (Node | undefined)[], sourceCode: SourceCode): StoredValue[] {
  const out: StoredValue[] = [];
  for (const node of nodes) {
    if (!node || node.type === AST_NODE_TYPES.SpreadElement) continue;
    out.push({ node, cardContext: tableCardContext(container, entryNames(node, sourceCode)), container });
  }
  return out;
}

function sink(label: string, fields: StoredField[], values: StoredValue[]): StorageSink {
  return { label, fields, values };
}

/** Static name of an argument: a string, or an identifier / member (`pgTable(cards)`, `getRepository(Card)`). */
function nameOfArg(node: Node | undefined, sourceCode: SourceCode): string | null {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return null;
  const text = staticString(node, sourceCode);
  if (text !== null) return text;
  return receiverName(node, sourceCode);
}

/**
 * A column type that is a boolean: `Boolean`, `'boolean'` (TypeORM's `'bool'` too), Sequelize's `DataTypes.BOOLEAN`
 * (`Sequelize.BOOLEAN`).
 */
function isBooleanType(node: Node, sourceCode: SourceCode): boolean {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name === 'Boolean';
  if (target.type === AST_NODE_TYPES.MemberExpression) return memberName(target, sourceCode) === 'BOOLEAN';
  const text = staticString(target, sourceCode)?.toLowerCase();
  return text === 'boolean' || text === 'bool';
}

/** A schema field declared a boolean: `pin: Boolean`, `pin: { type: Boolean, default: false }`, `[Boolean]`. */
function declaresBoolean(declared: Node, sourceCode: SourceCode): boolean {
  let value = resolveValue(declared, sourceCode);
  if (value.type === AST_NODE_TYPES.ArrayExpression && value.elements[0] && value.elements[0].type !== AST_NODE_TYPES.SpreadElement) {
    value = resolveValue(value.elements[0], sourceCode);
  }
  if (isBooleanType(value, sourceCode)) return true;
  if (value.type !== AST_NODE_TYPES.ObjectExpression) return false;
  const type = (objectEntries(value, sourceCode) ?? []).find((o) => o.key === 'type');
  return type !== undefined && !isFieldSpec(type.value, sourceCode) && isBooleanType(type.value, sourceCode);
}

/** Declared fields of a schema / attributes object, nested (mongoose) or flat (Sequelize), with column overrides. */
function declaredFields(node: Node, container: string | null, sourceCode: SourceCode, nested: boolean, out: StoredField[] = [], depth = 0, nestedInCard = false): StoredField[] {
  const entries = objectEntries(node, sourceCode);
  if (!entries || depth > 4) return out;
  // A field declared a boolean is a flag (`pin: { type: Boolean }`, pinned to a board): no card field to corroborate
  // a bare `number` either (real-world batch 331).
  const flags = entries.map((entry) => declaresBoolean(entry.value, sourceCode));
  const cardContext = nestedInCard || tableCardContext(container, entries.filter((_, i) => !flags[i]).map((e) => e.key));
  for (const [index, entry] of entries.entries()) {
    const field: StoredField = { name: entry.key, node: entry.keyNode, cardContext, container };
    out.push(field);
    if (flags[index]) field.flag = true;
    let value = resolveValue(entry.value, sourceCode);
    if (value.type === AST_NODE_TYPES.ArrayExpression && value.elements[0] && value.elements[0].type !== AST_NODE_TYPES.SpreadElement) {
      value = resolveValue(value.elements[0], sourceCode);
    }
    if (value.type !== AST_NODE_TYPES.ObjectExpression) continue;
    const options = objectEntries(value, sourceCode) ?? [];
    // A `type` key is the field's type unless it is itself a field spec: mongoose reads `{ type: { type: String },
    // cardNumber: … }` as a nested path with a field named `type` (real-world batch DR).
    const isSpec = options.some((o) => o.key === 'type' && !isFieldSpec(o.value, sourceCode));
    if (isSpec && options.some((o) => (o.key === 'default' || o.key === 'defaultValue') && isCountLiteral(o.value))) field.counter = true;
    if (isSpec && options.some((o) => o.key === 'ref' || o.key === 'references')) field.reference = true;
    if (!isSpec) field.nested = true;
    for (const option of options) {
      // Column name overrides: Sequelize `field`, TypeORM / Knex-style `name`, MikroORM `fieldName`.
      if (!isSpec || (option.key !== 'field' && option.key !== 'fieldName' && option.key !== 'columnName')) continue;
      const column = staticString(option.value, sourceCode);
      if (column !== null) out.push({ name: column, node: option.value, cardContext, aliasOf: entry.key, container });
    }
    if (nested && !isSpec) {
      declaredFields(value, entry.key, sourceCode, true, out, depth + 1, isCardContainerName(entry.key) || isStripeSourceContainer(entry.key, sourceCode));
    }
  }
  return out;
}

/** An object literal with a `type` key (`{ type: String }`): a field's spec. */
function isFieldSpec(node: Node, sourceCode: SourceCode): boolean {
  const value = resolveValue(node, sourceCode);
  return value.type === AST_NODE_TYPES.ObjectExpression && (objectEntries(value, sourceCode) ?? []).some((o) => o.key === 'type');
}

/** The name a declaration is bound to: `const cardSchema = …`, `model('Card', …)`, `CardSchema: …`, `exports.X = …`. */
function containerNameOf(node: Node, sourceCode: SourceCode): string | null {
  let current: Node = node;
  for (let i = 0; i < 4 && current.parent; i++) {
    const parent: Node = current.parent;
    if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
    if (parent.type === AST_NODE_TYPES.PropertyDefinition || parent.type === AST_NODE_TYPES.Property) return propertyKey(parent, sourceCode);
    if (parent.type === AST_NODE_TYPES.AssignmentExpression) return receiverName(parent.left, sourceCode);
    if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(current as TSESTree.CallExpressionArgument)) {
      const name = receiverName(parent.callee, sourceCode);
      if (name === 'model' || name === 'define') return nameOfArg(parent.arguments[0], sourceCode);
      return null;
    }
    if (parent.type !== AST_NODE_TYPES.TSAsExpression && parent.type !== AST_NODE_TYPES.TSSatisfiesExpression && parent.type !== AST_NODE_TYPES.ExportDefaultDeclaration) {
      return null;
    }
    current = parent;
  }
  return null;
}

// --- module catalogues -------------------------------------------------------------------------------------------

const MONGOOSE = (s: string): boolean => s === 'mongoose';
const MONGO_SOURCES = new Set(['mongodb', 'mongoose']);
const SEQUELIZE_SOURCES = new Set(['sequelize', 'sequelize-typescript', '@sequelize/core']);
const KV_SOURCES = new Set([
  'redis', 'ioredis', '@redis/client', '@upstash/redis', '@vercel/kv', 'keyv', '@keyv/redis', 'cache-manager',
  '@nestjs/cache-manager', 'memcached', 'memjs', '@nestjs-modules/ioredis', '@liaoliaots/nestjs-redis', 'redis-om',
]);
const KV_WORDS = new Set(['redis', 'ioredis', 'cache', 'kv', 'valkey', 'keydb', 'upstash', 'memcache', 'memcached']);
/** Module specifiers are compared without Node's `node:` prefix (modules.normalizeModule). */
const FS_SOURCES = new Set(['fs', 'fs/promises', 'fs-extra', 'graceful-fs', 'mz/fs']);
const FIRESTORE_SOURCES = new Set(['firebase/firestore', 'firebase/firestore/lite', '@firebase/firestore', 'firebase-admin/firestore']);
const RTDB_SOURCES = new Set(['firebase/database', '@firebase/database']);
const RTDB_ADMIN_SOURCE = 'firebase-admin/database';
const DYNAMO_SOURCES = new Set(['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb']);
const ASYNC_STORAGE_SOURCES = new Set(['@react-native-async-storage/async-storage', '@react-native-community/async-storage']);
const IONIC_STORAGE_SOURCES: ReadonlySet<string> = new Set(['@ionic/storage', '@ionic/storage-angular']);
const PREFERENCES_SOURCES: ReadonlySet<string> = new Set(['@capacitor/preferences', '@capacitor/storage']);
/**
 * Desktop apps' key-value stores, kept in a file on the user's disk: electron-store and conf (`new Store()`,
 * `store.set(key, value)` or `store.set({ … })`), electron-settings (the module itself: `settings.set(keyPath,
 * value)`, 4.x's `setSync`; real-world batch 258), Tauri's store plugin (`await load('settings.json')`, `new
 * LazyStore(…)`, `store.set(key, value)`; real-world batch EC).
 */
const DESKTOP_STORES: ReadonlyMap<string, string> = new Map([
  ['electron-store', 'electron-store'],
  ['electron-settings', 'electron-settings'],
  ['conf', 'a conf store'],
  ['@tauri-apps/plugin-store', 'the Tauri store'],
]);
const DEVICE_STORAGE_MODULES = moduleGate('device-storage', (s) => IONIC_STORAGE_SOURCES.has(s) || PREFERENCES_SOURCES.has(s) || DESKTOP_STORES.has(s));
/**
 * React Native's encrypted key-value stores, by module: `SecureStore.setItemAsync(key, value)` (and the synchronous
 * `setItem`) of expo-secure-store, `EncryptedStorage.setItem(key, value)`. Encrypted or not, a stored CVC is kept
 * sensitive authentication data, and a stored PAN takes the app out of SAQ A.
 */
const SECURE_STORES: ReadonlyMap<string, string> = new Map([
  ['expo-secure-store', 'SecureStore'],
  ['react-native-encrypted-storage', 'EncryptedStorage'],
]);
const isDrizzle = (s: string): boolean => s === 'drizzle-orm' || s.startsWith('drizzle-orm/');
const isPrismaSource = (s: string): boolean => s === '@prisma/client' || /(?:^|[/@])prisma(?:[/-]|$)/.test(s);
const familyOf = (name: string, accepts: (source: string) => boolean): ModuleFamily => ({ accepts, specifiers: moduleGate(name, accepts) });
const SEQUELIZE_FAMILY = familyOf('sequelize', (s) => SEQUELIZE_SOURCES.has(s));
const PRISMA_FAMILY = familyOf('prisma', isPrismaSource);
const KV_FAMILY = familyOf('kv', (s) => KV_SOURCES.has(s) || /(?:^|[/-])redis(?:$|[/-])/.test(s));
const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self', 'global']);
/** Job queues kept in Redis: BullMQ, Bull and Bee-Queue. A job's data stays there until removed (and is shown in dashboards). */
const JOB_QUEUE_SOURCES: ReadonlySet<string> = new Set(['bullmq', 'bull', 'bee-queue', 'bullmq-pro', '@taskforcesh/bullmq-pro']);
const JOB_QUEUE_FAMILY = familyOf('job-queue', (s) => JOB_QUEUE_SOURCES.has(s));
/** The methods that add a job to such a queue. */
const JOB_QUEUE_WRITES: ReadonlySet<string> = new Set(['add', 'addBulk', 'createJob']);
/**
 * The app's own module that holds its queues (`./queue`, `../queues`, `@/lib/payment-queue`): a queue imported from it
 * is one of the above (real-world batch ET: `const fila = require('./queue')`, made there with BullMQ's `new Queue`)...
 */
const LOCAL_QUEUE_MODULE = /(?:^|[/_.-])queues?(?:\.[cm]?[jt]s)?$/i;
/** ...where the file's package depends on one of those queues (an in-memory queue module is no store). */
const JOB_QUEUE_PACKAGES: readonly string[] = [...JOB_QUEUE_SOURCES];
/**
 * Job stores of other kinds, by module: the data argument of each method that adds a job (Agenda's `now(name, data)`,
 * `schedule(when, name, data)`, `every(interval, name, data)`, `create(name, data)`; pg-boss' `send(name, data)` and
 * its variants, `publish(event, data)`; Kue's `queue.create(type, data)`), and where the job's data is kept.
 */
const JOB_STORES: ReadonlyArray<{ modules: ReadonlySet<string>; store: string; data: ReadonlyMap<string, number>; oneObject?: true }> = [
  { modules: new Set(['agenda', '@hokify/agenda']), store: 'MongoDB', data: new Map([['now', 1], ['schedule', 2], ['every', 2], ['create', 1]]) },
  {
    modules: new Set(['pg-boss']),
    store: 'Postgres',
    data: new Map([['send', 1], ['sendAfter', 1], ['sendThrottled', 1], ['sendDebounced', 1], ['sendSingleton', 1], ['publish', 1]]),
    // pg-boss also takes one object: `send({ name, data, options })`.
    oneObject: true,
  },
  { modules: new Set(['kue']), store: 'Redis', data: new Map([['create', 1]]) },
];
const JOB_STORE_WRITES: ReadonlySet<string> = new Set(JOB_STORES.flatMap((store) => [...store.data.keys()]));
const JOB_STORE_MODULES = moduleGate('job-store', (s) => JOB_STORES.some((store) => store.modules.has(s)));

const WEB_STORAGE_NAMES = textGate('web-storage', ['localStorage', 'sessionStorage']);

/** `localStorage` / `window.sessionStorage` as the global Web Storage object: its name, else null. */
function webStorageName(node: Node, sourceCode: SourceCode): string | null {
  const o = originOf(node, sourceCode);
  if (o.root.type !== 'global') return null;
  const names = [o.root.name, ...o.steps.map((s) => (s.type === 'get' ? s.name : null))];
  if (names.some((n) => n === null)) return null;
  const path = names.filter((n) => !GLOBAL_OBJECTS.has(n!));
  return path.length === 1 && (path[0] === 'localStorage' || path[0] === 'sessionStorage') ? path[0] : null;
}

/** `chrome.storage.local` / `browser.storage.sync` / `.session` (the globals, unbound): the storage area's name. */
function extensionStorageName(node: Node, sourceCode: SourceCode): string | null {
  const o = originOf(node, sourceCode);
  if (o.root.type !== 'global' || (o.root.name !== 'chrome' && o.root.name !== 'browser') || o.steps.length !== 2) return null;
  const [storage, area] = o.steps;
  return storage?.type === 'get' && storage.name === 'storage' && area?.type === 'get' && EXTENSION_STORAGE_AREAS.has(area.name ?? '') ? area.name : null;
}
const EXTENSION_STORAGE_AREAS = new Set(['local', 'sync', 'session', 'managed']);

/** A global object by name, directly or through `window.` / `globalThis.` (`document`, `console`, `process`). */
function isGlobalPath(node: Node, sourceCode: SourceCode, path: readonly string[]): boolean {
  const o = originOf(node, sourceCode);
  if (o.root.type !== 'global') return false;
  const names = [o.root.name, ...o.steps.map((s) => (s.type === 'get' ? s.name : '\0'))];
  while (names.length > path.length && GLOBAL_OBJECTS.has(names[0]!)) names.shift();
  return names.length === path.length && names.every((n, i) => n === path[i]);
}

// --- bare calls: Drizzle tables, Firestore / RTDB modular API, idb-keyval, fs named imports, cookie helpers ----------

const DRIZZLE_TABLES = new Set(['pgTable', 'mysqlTable', 'sqliteTable', 'singlestoreTable', 'gelTable', 'table']);
/** Drizzle's makers of a table function with prefixed names (`pgTableCreator`: create-t3-app's `createTable`). */
const DRIZZLE_TABLE_CREATORS = new Set(['pgTableCreator', 'mysqlTableCreator', 'sqliteTableCreator', 'singlestoreTableCreator', 'gelTableCreator']);
/** Method tables are Maps: a plain object would also answer for `toString`, `constructor`, `hasOwnProperty`... */
const FS_WRITES: ReadonlyMap<string, number> = new Map(Object.entries({
  writeFile: 1, writeFileSync: 1, appendFile: 1, appendFileSync: 1, outputFile: 1, outputFileSync: 1, writeJson: 1,
  writeJsonSync: 1, writeJSON: 1, writeJSONSync: 1, outputJson: 1, outputJsonSync: 1, outputJSON: 1, outputJSONSync: 1,
  write: 1, writeSync: 1,
}));

/** The modules bareCallSink reads: a bare call is a sink only when its callee comes from one of them. */
/** Keystone 6's core module, whose `list({ fields })` declares a list: a database table (`keystoneList`). */
const KEYSTONE_CORE = '@keystone-6/core';

/**
 * A Keystone 6 list's fields (`list({ fields: { cardNumber: text(), cvc: text() } })`), named as the const or the
 * `lists` key that holds it; `checkbox()` fields are flags. Real-world batch 338 (a scope gap met in no repository).
 */
function keystoneList(node: TSESTree.CallExpression, config: Node, sourceCode: SourceCode): StorageSink | null {
  const fields = objectEntry(resolveValue(config, sourceCode), sourceCode, 'fields')?.value;
  if (!fields) return null;
  const holder = node.parent;
  const container =
    holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.id.type === AST_NODE_TYPES.Identifier
      ? holder.id.name
      : holder?.type === AST_NODE_TYPES.Property && holder.value === node
        ? propertyKey(holder, sourceCode)
        : null;
  const declared = declaredFields(fields, container, sourceCode, false);
  const entries = objectEntries(fields, sourceCode) ?? [];
  for (const field of declared) {
    const value = entries.find((entry) => entry.keyNode === field.node)?.value;
    const made = value ? unwrap(value) : null;
    if (made?.type === AST_NODE_TYPES.CallExpression && calleeName(made, sourceCode) === 'checkbox') field.flag = true;
  }
  return sink('a Keystone list', declared, []);
}

const BARE_CALL_MODULES = moduleGate(
  'bare-call',
  (s) =>
    MONGOOSE(s) ||
    isDrizzle(s) ||
    FIRESTORE_SOURCES.has(s) ||
    RTDB_SOURCES.has(s) ||
    FS_SOURCES.has(s) ||
    s === 'cookie' ||
    s === 'cookies-next' ||
    s === 'idb-keyval' ||
    s === ZUSTAND_MIDDLEWARE ||
    s === 'pinia' ||
    JOTAI_UTILS.has(s) ||
    s === 'recoil' ||
    s === 'vuex' ||
    s === KEYSTONE_CORE,
);

function bareCallSink(node: TSESTree.CallExpression, callee: TSESTree.Identifier, sourceCode: SourceCode): StorageSink | null {
  if (fileMentions(sourceCode, STORAGE_HOOK_WORDS)) {
    const hook = vueUseStorageSink(node, sourceCode) ?? reactStorageHookSink(node, sourceCode) ?? reactStorageSetterSink(node, callee, sourceCode);
    if (hook) return hook;
  }
  // The callee's origin must be an import / require of one of the modules below: their specifier is in the text,
  // and the callee is a name that an import or a variable declaration binds.
  if (!mayHaveOrigin(callee.name, sourceCode) || !fileMentions(sourceCode, BARE_CALL_MODULES)) return null;
  const o = originOf(callee, sourceCode);
  const source = rootSource(o);
  if (source === null || o.root.type !== 'module') return null;
  const imported = lastGetName(o) ?? callee.name;
  const [first, second] = node.arguments;
  if (MONGOOSE(source) && imported === 'Schema' && first) return mongooseSchema(node, sourceCode);
  if (isDrizzle(source)) {
    if (DRIZZLE_TABLES.has(imported) && o.steps.length <= 1) return drizzleTable(node, sourceCode);
    // A table function a creator made (`const createTable = pgTableCreator((name) => `app_${name}`)`; real-world batch 323).
    const [made, call] = o.steps;
    if (o.steps.length === 2 && made?.type === 'get' && DRIZZLE_TABLE_CREATORS.has(made.name ?? '') && call?.type === 'call') return drizzleTable(node, sourceCode);
  }
  if (FIRESTORE_SOURCES.has(source) && (imported === 'setDoc' || imported === 'addDoc' || imported === 'updateDoc')) {
    return sink('a Firestore write', [], valuesIn(firestorePathName(first, sourceCode), [second], sourceCode));
  }
  if (RTDB_SOURCES.has(source) && (imported === 'set' || imported === 'update' || imported === 'push')) {
    return sink('a Realtime Database write', [], valuesIn(firestorePathName(first, sourceCode), [second], sourceCode));
  }
  // idb-keyval: `set(key, value)` keeps the value in IndexedDB.
  if (source === 'idb-keyval' && imported === 'set' && second) return keyValueSink('IndexedDB', node.arguments, sourceCode);
  const fsIndex = FS_WRITES.get(imported);
  if (FS_SOURCES.has(source) && fsIndex !== undefined && o.steps.length <= 2) {
    return sink('a file', [], valuesIn(null, [node.arguments[fsIndex]], sourceCode));
  }
  if ((source === 'cookie' && imported === 'serialize') || (source === 'cookies-next' && imported === 'setCookie')) {
    return cookieSink(first, second, sourceCode);
  }
  if (source === ZUSTAND_MIDDLEWARE && imported === 'persist' && first) return zustandPersistSink(node, sourceCode);
  if (source === 'pinia' && imported === 'defineStore' && first) return piniaPersistSink(node, sourceCode);
  if (JOTAI_UTILS.has(source) && imported === 'atomWithStorage') return jotaiStorageSink(node, sourceCode);
  if (source === 'recoil' && imported === 'atom' && first && first.type !== AST_NODE_TYPES.SpreadElement) return recoilPersistSink(node, sourceCode);
  if (source === 'vuex' && imported === 'createStore' && first && first.type !== AST_NODE_TYPES.SpreadElement) return vuexPersistSink(first, sourceCode);
  if (source === KEYSTONE_CORE && imported === 'list' && first && first.type !== AST_NODE_TYPES.SpreadElement) return keystoneList(node, first, sourceCode);
  return null;
}

const JOTAI_UTILS: ReadonlySet<string> = new Set(['jotai/utils', 'jotai/vanilla/utils']);

const ZUSTAND_MIDDLEWARE = 'zustand/middleware';

/** VueUse's storage composables, by the storage each keeps its ref in unless given another. */
const VUEUSE_STORAGES: ReadonlyMap<string, string> = new Map([
  ['useLocalStorage', 'localStorage'],
  ['useSessionStorage', 'sessionStorage'],
  ['useStorage', 'localStorage'],
  ['useStorageAsync', 'localStorage'],
]);
/** VueUse's storage composables' names: the gate of the writes to their refs' `value`. */
const STORAGE_HOOK_NAMES = textGate('storage-hooks', [...VUEUSE_STORAGES.keys()]);

/** How a React storage hook is given its key and initial value. */
type StorageHookForm =
  /** `useLocalStorage(key, initial?)` */
  | 'key'
  /** `useLocalStorageState(key, { defaultValue })` */
  | 'key-options'
  /** `useLocalStorage({ key, defaultValue })` */
  | 'options';

const storageHooks = (form: StorageHookForm, hooks: Record<string, string>): ReadonlyMap<string, { storage: string; form: StorageHookForm }> =>
  new Map(Object.entries(hooks).map(([name, storage]) => [name, { storage, form }]));
const USEHOOKS = storageHooks('key', { useLocalStorage: 'localStorage', useSessionStorage: 'sessionStorage' });

/**
 * React hooks that keep a state in the browser's storage under a key, by module and exported name (`default`: the
 * module's default export), with the storage each keeps it in (precision probe 292: card numbers and CVCs kept with
 * `useLocalStorage` in card forms). Each returns `[value, setValue, …]`.
 */
const REACT_STORAGE_HOOKS: ReadonlyMap<string, ReadonlyMap<string, { storage: string; form: StorageHookForm }>> = new Map([
  ['usehooks-ts', USEHOOKS],
  ['@uidotdev/usehooks', USEHOOKS],
  ['react-use', USEHOOKS],
  ['react-use/lib/useLocalStorage', storageHooks('key', { default: 'localStorage' })],
  ['react-use/lib/useSessionStorage', storageHooks('key', { default: 'sessionStorage' })],
  ['@rehooks/local-storage', storageHooks('key', { useLocalStorage: 'localStorage' })],
  ['use-local-storage', storageHooks('key', { default: 'localStorage' })],
  ['use-local-storage-state', storageHooks('key-options', { default: 'localStorage', useLocalStorageState: 'localStorage' })],
  ['ahooks', storageHooks('key-options', { useLocalStorageState: 'localStorage', useSessionStorageState: 'sessionStorage' })],
  ['@mantine/hooks', storageHooks('options', { useLocalStorage: 'localStorage', useSessionStorage: 'sessionStorage' })],
]);

/**
 * The name of an app's own storage hook, as imported (`useLocalStorage`, `useLocalState`, `usePersistedState`,
 * `useSessionStorage`, `useStoredValue`, `useStickyState`, `useStorage`; not `useLocale` or `useSession`), and the words
 * a file that calls any storage hook spells (VueUse's and the React libraries' names contain them too: one gate).
 */
const OWN_STORAGE_HOOK_NAME = /^use(?:Local|Session|Persist|Stored|Sticky)\w*(?:Storage|State|Store|Value)$|^useStorage(?:State)?$/;
const STORAGE_HOOK_WORDS = textGate('storage-hook-words', ['useLocal', 'useSession', 'usePersist', 'useStored', 'useSticky', 'useStorage']);

/** Where a module's text writes the browser's storage (`localStorage.setItem(`, `window.sessionStorage.setItem(`). */
const WEB_STORAGE_WRITE = /\b(local|session)Storage\s*\.\s*setItem\s*\(/g;

/** The storage an app's module writes, by its file: `localStorage`, `sessionStorage`, `the browser's storage` (both), or null. */
const moduleStorages = new Map<string, string | null>();

/**
 * The storage the app's own module `source` (a relative import of the file, or one its package's `tsconfig.json` /
 * `jsconfig.json` resolves: `@/hooks/useLocalStorage`) writes, read from its text: a module too big, not found (a
 * package's) or writing neither gives null.
 */
function localModuleStorage(source: string, sourceCode: SourceCode): string | null {
  const file = resolveAppModule(physicalFilenameOf(sourceCode), source);
  if (file === null) return null;
  let storage = moduleStorages.get(file);
  if (storage === undefined) {
    // (Comments blanked: a write commented out writes nothing.)
    const text = readTextFile(file);
    const kinds = new Set(text === null || text.length > MAX_SOURCE_BYTES ? [] : [...withoutComments(text).matchAll(WEB_STORAGE_WRITE)].map((match) => match[1]));
    storage = kinds.size === 0 ? null : kinds.size === 2 ? "the browser's storage" : `${[...kinds][0]}Storage`;
    if (moduleStorages.size >= 1024) moduleStorages.clear();
    moduleStorages.set(file, storage);
  }
  return storage;
}

/**
 * A call of a React storage hook (`REACT_STORAGE_HOOKS`), imported or required under any name: its storage's label, and
 * its key and initial value as written (null where not given or not readable). Also an app's own hook, imported by a
 * relative path from a module that writes the browser's storage, under a name that says it keeps its state there
 * (`OWN_STORAGE_HOOK_NAME`; precision probe 292: `useLocalState(initial, key)` of `../utile/useLocaleState`): its
 * arguments' order is its own, so its first static string is read as the key and its first object as the initial
 * value. Null for any other call.
 */
function reactStorageHook(call: TSESTree.CallExpression, sourceCode: SourceCode): { label: string; key: Node | null; initial: Node | null } | null {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return null;
  const o = originOf(callee, sourceCode);
  const source = rootSource(o);
  if (source === null || o.root.type !== 'module' || o.steps.length > 1) return null;
  const name = o.steps.length === 0 ? 'default' : lastGetName(o);
  const given = (node: TSESTree.CallExpressionArgument | undefined): Node | null => (node && node.type !== AST_NODE_TYPES.SpreadElement ? node : null);
  const shownName = name === 'default' || name === null ? callee.name : name;
  if (OWN_STORAGE_HOOK_NAME.test(shownName) && !REACT_STORAGE_HOOKS.has(source)) {
    const storage = localModuleStorage(source, sourceCode);
    if (storage === null) return null;
    const args = call.arguments.map(given).filter((node): node is Node => node !== null);
    return {
      label: `${storage}, through the app's \`${shownName}\``,
      key: args.find((node) => staticString(node, sourceCode) !== null) ?? null,
      initial: args.find((node) => resolveValue(node, sourceCode).type === AST_NODE_TYPES.ObjectExpression) ?? null,
    };
  }
  const hook = name === null ? undefined : REACT_STORAGE_HOOKS.get(source)?.get(name);
  if (!hook) return null;
  const [first, second] = call.arguments;
  const option = (node: TSESTree.CallExpressionArgument | undefined, key: string): Node | null => {
    const entries = given(node) && objectEntries(resolveValue(node as Node, sourceCode), sourceCode);
    return entries?.find((entry) => entry.key === key)?.value ?? null;
  };
  const label = `${hook.storage}, through ${source}'s \`${name === 'default' ? callee.name : name}\``;
  if (hook.form === 'options') return { label, key: option(first, 'key'), initial: option(first, 'defaultValue') };
  return { label, key: given(first), initial: hook.form === 'key' ? given(second) : option(second, 'defaultValue') };
}

/** `useLocalStorage('cvc', '')`, `useLocalStorage('card', { number: '', cvc: '' })`: a React storage hook's key and initial value. */
function reactStorageHookSink(node: TSESTree.CallExpression, sourceCode: SourceCode): StorageSink | null {
  const hook = reactStorageHook(node, sourceCode);
  return hook && hook.key ? keyedInitialSink(hook.label, hook.key, hook.initial, sourceCode) : null;
}

/**
 * `setCard({ number, cvc })`, `setCards((cards) => [...cards, card])`: the setter a React storage hook returns (`const
 * [cards, setCards] = useLocalStorage('cards', [])`) keeps what it is given, or what its updater returns, in the hook's
 * storage under its key.
 */
function reactStorageSetterSink(node: TSESTree.CallExpression, callee: TSESTree.Identifier, sourceCode: SourceCode): StorageSink | null {
  const [value] = node.arguments;
  if (!value || value.type === AST_NODE_TYPES.SpreadElement || !mayHaveOrigin(callee.name, sourceCode)) return null;
  const variable = variableOf(callee, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Variable' || def.node.id.type !== AST_NODE_TYPES.ArrayPattern || def.node.id.elements[1] !== def.name || !def.node.init) return null;
  const made = unwrap(def.node.init);
  const hook = made.type === AST_NODE_TYPES.CallExpression ? reactStorageHook(made, sourceCode) : null;
  if (!hook) return null;
  const update = unwrap(value);
  const values = update.type === AST_NODE_TYPES.ArrowFunctionExpression || update.type === AST_NODE_TYPES.FunctionExpression ? returnedValues(update, sourceCode) : [value];
  return sink(hook.label, [], valuesIn(hook.key && staticString(hook.key, sourceCode), values, sourceCode));
}

/**
 * A call of one of VueUse's storage composables, `useLocalStorage(key, initial, options?)`, `useSessionStorage`,
 * `useStorage(key, initial, storage?)` (from `@vueuse/core`, or auto-imported as `@vueuse/nuxt` does: a name
 * the file does not bind; Nitro's own auto-imported `useStorage(base?)` takes no initial value): the ref it returns
 * is kept in that storage under the key, whatever is later written to its `value`. The storage's label and the key's
 * name, or null.
 */
function vueUseStorage(call: TSESTree.CallExpression, sourceCode: SourceCode): { label: string; key: string | null } | null {
  const callee = unwrap(call.callee);
  const [key, initial, storage] = call.arguments;
  if (callee.type !== AST_NODE_TYPES.Identifier || !key || !initial || initial.type === AST_NODE_TYPES.SpreadElement) return null;
  const o = originOf(callee, sourceCode);
  const name = o.root.type === 'module' && o.root.source === '@vueuse/core' && o.steps.length === 1 ? lastGetName(o) : o.root.type === 'global' && o.steps.length === 0 ? o.root.name : null;
  const kept = name === null ? undefined : VUEUSE_STORAGES.get(name);
  if (kept === undefined) return null;
  // (Only `useStorage` takes a storage; the others' third argument is their options.)
  const label = name === 'useStorage' || name === 'useStorageAsync' ? givenStorage(storage, kept, sourceCode) : kept;
  return { label: `${label}, through VueUse's \`${name}\``, key: staticString(key, sourceCode) };
}

/**
 * `useLocalStorage('checkout', { cardNumber: '', cvc: '' })`: the initial object's keys are the stored state's, as
 * a persisted store's (`persistedStateFields`); a key that names a card field itself (`useLocalStorage('cvc', '')`)
 * is where that field is kept.
 */
function vueUseStorageSink(node: TSESTree.CallExpression, sourceCode: SourceCode): StorageSink | null {
  const storage = vueUseStorage(node, sourceCode);
  return storage ? keyedInitialSink(storage.label, node.arguments[0]!, node.arguments[1]!, sourceCode) : null;
}

/**
 * A value kept under a key from its initial value on (VueUse's storage refs, jotai's `atomWithStorage`): an initial
 * object's keys are the stored state's, as a persisted store's (`persistedStateFields`); a key that names a card field
 * itself (`useLocalStorage('cvc', '')`) is where that field is kept.
 */
function keyedInitialSink(label: string, keyNode: Node, initialNode: Node | null, sourceCode: SourceCode): StorageSink | null {
  const key = staticString(keyNode, sourceCode);
  const initial = initialNode && resolveValue(initialNode, sourceCode);
  if (initial?.type === AST_NODE_TYPES.ObjectExpression) {
    const fields = persistedStateFields(initial, key, () => true, sourceCode, [], isCardContainerName(key ?? ''));
    return fields.length > 0 ? sink(label, fields, []) : null;
  }
  return key !== null ? sink(label, [{ name: key, node: keyNode, cardContext: false }], []) : null;
}

/**
 * jotai's `atomWithStorage(key, initial, storage?)` (`jotai/utils`): kept in localStorage under the key, or in the
 * storage it is given (`createJSONStorage(() => sessionStorage)`; real-world batch 245).
 */
function jotaiStorageSink(node: TSESTree.CallExpression, sourceCode: SourceCode): StorageSink | null {
  const [key, initial, storage] = node.arguments;
  if (!key || !initial || key.type === AST_NODE_TYPES.SpreadElement || initial.type === AST_NODE_TYPES.SpreadElement) return null;
  return keyedInitialSink(`${givenStorage(storage, 'localStorage', sourceCode)}, through jotai's \`atomWithStorage\``, key, initial, sourceCode);
}

/** The Web Storage a storage argument names (`sessionStorage`, `createJSONStorage(() => sessionStorage)`), `fallback` without one. */
function givenStorage(storage: TSESTree.CallExpressionArgument | undefined, fallback: string, sourceCode: SourceCode): string {
  if (!storage) return fallback;
  const given = storage.type === AST_NODE_TYPES.SpreadElement ? '' : sourceCode.getText(storage);
  if (given.includes('sessionStorage')) return 'sessionStorage';
  return given.includes('localStorage') ? 'localStorage' : 'its storage';
}

/**
 * A Recoil atom persisted by recoil-persist (real-world batch 245): `atom({ key, default: { … }, effects: [persistAtom]
 * })` (also `effects_UNSTABLE`), `persistAtom` taken from `recoilPersist(options?)`: its default's keys end up in
 * localStorage, or the storage the options name.
 */
function recoilPersistSink(node: TSESTree.CallExpression, sourceCode: SourceCode): StorageSink | null {
  const options = objectEntries(resolveValue(node.arguments[0]!, sourceCode), sourceCode);
  const effects = options?.find((option) => option.key === 'effects' || option.key === 'effects_UNSTABLE');
  const initial = options?.find((option) => option.key === 'default');
  const list = effects ? resolveValue(effects.value, sourceCode) : null;
  if (!initial || list?.type !== AST_NODE_TYPES.ArrayExpression) return null;
  let persisted: TSESTree.CallExpression | null = null;
  for (const element of list.elements) {
    if (!element || element.type === AST_NODE_TYPES.SpreadElement) continue;
    const o = originOf(element, sourceCode);
    const made = o.steps[o.steps.length - 2];
    if (rootSource(o) === 'recoil-persist' && lastGetName(o) === 'persistAtom' && made?.type === 'call') persisted = made.node;
  }
  const state = persisted ? resolveValue(initial.value, sourceCode) : null;
  if (state?.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const settings = persisted!.arguments[0] && persisted!.arguments[0].type !== AST_NODE_TYPES.SpreadElement ? objectEntries(resolveValue(persisted!.arguments[0], sourceCode), sourceCode) : [];
  const keyOption = options?.find((option) => option.key === 'key');
  const key = keyOption ? staticString(keyOption.value, sourceCode) : null;
  const fields = persistedStateFields(state, key, () => true, sourceCode, [], isCardContainerName(key ?? ''));
  return fields.length > 0 ? sink(`${persistStorageLabel(settings ?? [], sourceCode)}, through recoil-persist`, fields, []) : null;
}

/**
 * A Vuex store with vuex-persistedstate among its plugins (`createStore({ state, plugins: [createPersistedState()] })`,
 * `new Vuex.Store({ … })`; real-world batch 245): its state's keys end up in localStorage, or the storage the plugin's
 * options name, all of them or those its `paths` keep. A module's state, or a plugin added in another file, is not read.
 */
function vuexPersistSink(optionsNode: Node, sourceCode: SourceCode): StorageSink | null {
  const options = objectEntries(resolveValue(optionsNode, sourceCode), sourceCode);
  const plugins = options?.find((option) => option.key === 'plugins');
  const stateOption = options?.find((option) => option.key === 'state');
  const list = plugins ? resolveValue(plugins.value, sourceCode) : null;
  if (!stateOption || list?.type !== AST_NODE_TYPES.ArrayExpression) return null;
  const plugin = list.elements.find((element): element is TSESTree.CallExpression => {
    const call = element && element.type !== AST_NODE_TYPES.SpreadElement ? unwrap(element) : null;
    return call?.type === AST_NODE_TYPES.CallExpression && rootSource(originOf(call.callee, sourceCode)) === 'vuex-persistedstate';
  });
  const state = plugin ? initialStateOf(stateOption.value, sourceCode, 3) : null;
  if (!state) return null;
  const given = plugin!.arguments[0];
  const settings = given && given.type !== AST_NODE_TYPES.SpreadElement ? objectEntries(resolveValue(given, sourceCode), sourceCode) : [];
  if (!settings) return null;
  const paths = statePaths(settings, 'paths', sourceCode);
  if (paths === null) return null;
  const fields = persistedStateFields(state, storeVariableName(optionsNode.parent ?? optionsNode), keepsPaths(paths, undefined), sourceCode);
  return fields.length > 0 ? sink(`${persistStorageLabel(settings, sourceCode)}, through vuex-persistedstate`, fields, []) : null;
}

/**
 * The VueUse storage ref an expression names (`checkout` of `const checkout = useLocalStorage(…)`), for the writes to
 * its `value`; null otherwise.
 */
function vueUseStorageOfRef(node: Node, sourceCode: SourceCode): { label: string; key: string | null } | null {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.Identifier || !fileMentions(sourceCode, STORAGE_HOOK_NAMES)) return null;
  const variable = variableOf(target, sourceCode);
  const init = variable ? constInit(variable) : null;
  return init?.type === AST_NODE_TYPES.CallExpression ? vueUseStorage(init, sourceCode) : null;
}

/**
 * A client store's state that a plugin keeps in the browser's storage: its initial object's keys, which the state keeps
 * while their values change (what the user types). Not its actions (functions); a nested object's keys too, in card
 * context under a card's name (`card: { number: '', cvc: '' }`). `keep` says which paths the plugin writes. Keys that
 * start as a small number (`cardNumber: 0`) are counters.
 */
function persistedStateFields(
  node: Node,
  container: string | null,
  keep: (path: readonly string[]) => boolean,
  sourceCode: SourceCode,
  path: readonly string[] = [],
  cardContext = false,
  stateOf: (value: Node) => Node | null = (value) => value,
  typed: readonly DeclaredMember[] | null = null,
): StoredField[] {
  const entries = objectEntries(node, sourceCode);
  if (!entries || path.length > 2) return [];
  const out: StoredField[] = [];
  for (const entry of entries) {
    const fieldPath = [...path, entry.key];
    if (!keep(fieldPath)) continue;
    const resolved = resolveValue(entry.value, sourceCode);
    const value = path.length === 0 ? stateOf(resolved) : resolved;
    if (value === null || isFunctionNode(value)) continue;
    out.push({ name: entry.key, node: entry.keyNode, cardContext, container, ...(isCountLiteral(value) ? { counter: true } : {}) });
    if (value.type === AST_NODE_TYPES.ObjectExpression) {
      out.push(...persistedStateFields(value, entry.key, keep, sourceCode, fieldPath, isCardContainerName(entry.key)));
      continue;
    }
    // A key that starts empty (`savedCards: []`, `card: null`) holds what the store's declared type says it does
    // (`savedCards: Card[]` with `type Card = { cardNumber: string; … }`), reported at the key.
    const members = declaredMembers(typed?.find((member) => member.name === entry.key)?.type, sourceCode);
    for (const member of members ?? []) {
      out.push({ name: member.name, node: entry.keyNode, cardContext: isCardContainerName(entry.key), container: entry.key });
    }
  }
  return out;
}

/**
 * The members of the state type a zustand store is made with, `create<PaymentState>()(persist(…))` (also
 * `create<T>(persist(…))`, `createStore`), through the middlewares around `persist`; null where none is written.
 */
function zustandStateMembers(node: TSESTree.CallExpression, sourceCode: SourceCode): DeclaredMember[] | null {
  let current: Node = node;
  for (let i = 0; i < 6; i++) {
    const parent: Node | undefined = current.parent;
    if (parent?.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.includes(current as TSESTree.CallExpressionArgument)) return null;
    const callee = unwrap(parent.callee);
    const typeArguments = callee.type === AST_NODE_TYPES.CallExpression ? callee.typeArguments : parent.typeArguments;
    const maker = callee.type === AST_NODE_TYPES.CallExpression ? unwrap(callee.callee) : callee;
    if (typeArguments && maker.type === AST_NODE_TYPES.Identifier && (maker.name === 'create' || maker.name === 'createStore')) {
      return declaredMembers(typeArguments.params[0], sourceCode);
    }
    current = parent;
  }
  return null;
}

/** The object a store's state function starts with: `(set) => ({ … })`, `function () { return { … } }`. */
function initialStateOf(node: Node | undefined, sourceCode: SourceCode, depth = 0): Node | null {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement || depth > 3) return null;
  const target = resolveValue(node, sourceCode);
  if (target.type === AST_NODE_TYPES.ObjectExpression) return target;
  if (isFunctionNode(target)) {
    const returned = returnedValues(target, sourceCode);
    const object = returned.length === 1 ? resolveValue(returned[0]!, sourceCode) : null;
    return object?.type === AST_NODE_TYPES.ObjectExpression ? object : null;
  }
  // Another middleware around the state function (`devtools(…)`, `immer(…)`, `subscribeWithSelector(…)`), or
  // zustand's `combine(initialState, actions)`.
  if (target.type === AST_NODE_TYPES.CallExpression) return initialStateOf(target.arguments[0], sourceCode, depth + 1);
  return null;
}

/** The storage a persist plugin's options name: `createJSONStorage(() => sessionStorage)`, `storage: sessionStorage`. */
function persistStorageLabel(options: readonly ObjectEntry[], sourceCode: SourceCode): string {
  const storage = options.find((option) => option.key === 'storage' || option.key === 'getStorage');
  if (!storage) return 'localStorage';
  const text = sourceCode.getText(storage.value);
  for (const name of ['sessionStorage', 'localStorage', 'AsyncStorage']) if (text.includes(name)) return name;
  return 'its storage';
}

/** The store's name: the variable it is bound to through its wrappers (`const useCheckout = create(persist(…))`). */
function storeVariableName(node: Node): string | null {
  let current: Node = node;
  for (let i = 0; i < 6 && current.parent; i++) {
    const parent: Node = current.parent;
    if (parent.type === AST_NODE_TYPES.VariableDeclarator) return parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : null;
    if (parent.type !== AST_NODE_TYPES.CallExpression && parent.type !== AST_NODE_TYPES.TSAsExpression) return null;
    current = parent;
  }
  return null;
}

/**
 * zustand's `persist(stateCreator, { name, storage?, partialize? })` from `zustand/middleware` (real-world batch 189):
 * the state's keys end up in localStorage (or the storage it is given), all of them, or those a `partialize` that
 * returns an object literal keeps (`(state) => ({ cart: state.cart })`). Options or a `partialize` that cannot be read:
 * unknown, no sink.
 */
function zustandPersistSink(node: TSESTree.CallExpression, sourceCode: SourceCode): StorageSink | null {
  const state = initialStateOf(node.arguments[0], sourceCode);
  const optionsNode = node.arguments[1];
  if (!state || !optionsNode || optionsNode.type === AST_NODE_TYPES.SpreadElement) return null;
  const options = objectEntries(resolveValue(optionsNode, sourceCode), sourceCode);
  if (!options) return null;
  let keep: (path: readonly string[]) => boolean = () => true;
  const partialize = options.find((option) => option.key === 'partialize');
  if (partialize) {
    const kept = initialStateOf(partialize.value, sourceCode, 3);
    const keys = kept ? objectEntries(kept, sourceCode) : null;
    if (!keys) return null;
    const names = new Set(keys.map((key) => key.key));
    keep = (path) => names.has(path[0]!);
  }
  const name = options.find((option) => option.key === 'name');
  const container = (name && staticString(name.value, sourceCode)) ?? storeVariableName(node);
  const fields = persistedStateFields(state, container, keep, sourceCode, [], false, undefined, zustandStateMembers(node, sourceCode));
  return fields.length > 0 ? sink(`${persistStorageLabel(options, sourceCode)}, through zustand's \`persist\``, fields, []) : null;
}

/**
 * A persist plugin's list of state paths under `key` (`pick`, `paths`, `omit`): undefined where it is not set, null
 * where it is no list of static strings (then what is kept is unknown).
 */
function statePaths(settings: readonly ObjectEntry[], key: string, sourceCode: SourceCode): string[] | null | undefined {
  const option = settings.find((setting) => setting.key === key);
  if (!option) return undefined;
  const list = resolveValue(option.value, sourceCode);
  if (list.type !== AST_NODE_TYPES.ArrayExpression) return null;
  const out = list.elements.map((element) => (element && element.type !== AST_NODE_TYPES.SpreadElement ? staticString(element, sourceCode) : null));
  return out.every((path): path is string => path !== null) ? out : null;
}

/** A dotted state path at or under `prefix` (`card.cvc` under `card`). */
const underPath = (path: string, prefix: string): boolean => path === prefix || path.startsWith(`${prefix}.`);

/**
 * Which state paths a persist plugin keeps: those a `pick` list names, holds or is held by (`card` keeps `card.cvc`,
 * and `card.cvc` keeps `card` on the way to it; every path without the list), less those under an `omit` entry.
 */
function keepsPaths(pick: readonly string[] | undefined, omit: readonly string[] | undefined): (fieldPath: readonly string[]) => boolean {
  return (fieldPath) => {
    const joined = fieldPath.join('.');
    if (omit?.some((omitted) => underPath(joined, omitted))) return false;
    return !pick || pick.some((kept) => underPath(joined, kept) || underPath(kept, joined));
  };
}

/**
 * A Pinia options store persisted by pinia-plugin-persistedstate (`defineStore('checkout', { state: () => ({ … }),
 * persist: true })`, or `defineStore({ id, state, persist })`): its state's keys end up in localStorage (or the
 * `storage` it names), all of them or those its `pick` / `paths` keep, less those its `omit` leaves out. A setup store
 * (`defineStore('id', () => { … }, { persist: true })`) or options that cannot be read: unknown, no sink.
 */
function piniaPersistSink(node: TSESTree.CallExpression, sourceCode: SourceCode): StorageSink | null {
  const [first, second, third] = node.arguments;
  const definition = second ?? first;
  if (!definition || definition.type === AST_NODE_TYPES.SpreadElement) return null;
  const resolvedDefinition = resolveValue(definition, sourceCode);
  // A setup store (`defineStore('id', () => { const cvc = ref(''); return { cvc } }, { persist: true })`): its state
  // is the refs and reactive objects it returns.
  const setup = isFunctionNode(resolvedDefinition);
  const optionsNode = setup ? third : definition;
  if (!optionsNode || optionsNode.type === AST_NODE_TYPES.SpreadElement) return null;
  const options = objectEntries(setup ? resolveValue(optionsNode, sourceCode) : resolvedDefinition, sourceCode);
  const persist = options?.find((option) => option.key === 'persist');
  const stateOption = setup ? { value: resolvedDefinition } : options?.find((option) => option.key === 'state');
  if (!persist || !stateOption) return null;
  const state = initialStateOf(stateOption.value, sourceCode, 3);
  if (!state) return null;
  const persisted = resolveValue(persist.value, sourceCode);
  let settings: ObjectEntry[] = [];
  if (persisted.type === AST_NODE_TYPES.ObjectExpression) {
    const entries = objectEntries(persisted, sourceCode);
    if (!entries) return null;
    settings = entries;
  } else if (!(persisted.type === AST_NODE_TYPES.Literal && persisted.value === true)) return null;
  // pinia-plugin-persist's settings (`{ enabled: true, strategies: [{ storage, paths }] }`, sessionStorage unless a
  // strategy names another): persisted only when enabled, each strategy keeping its paths.
  const pluginPersist = settings.some((setting) => setting.key === 'enabled' || setting.key === 'strategies');
  let strategies: (readonly ObjectEntry[])[] = [settings];
  if (pluginPersist) {
    const enabled = settings.find((setting) => setting.key === 'enabled');
    if (!enabled || staticValue(enabled.value, sourceCode) !== true) return null;
    const listed = settings.find((setting) => setting.key === 'strategies');
    if (listed) {
      const list = resolveValue(listed.value, sourceCode);
      if (list.type !== AST_NODE_TYPES.ArrayExpression) return null;
      strategies = [];
      for (const element of list.elements) {
        const strategy = element && element.type !== AST_NODE_TYPES.SpreadElement ? objectEntries(resolveValue(element, sourceCode), sourceCode) : null;
        if (!strategy) return null;
        strategies.push(strategy);
      }
    }
  }
  const keeps: ((fieldPath: readonly string[]) => boolean)[] = [];
  const labels = new Set<string>();
  for (const strategy of strategies) {
    const picked = statePaths(strategy, 'pick', sourceCode);
    const pick = picked === undefined ? statePaths(strategy, 'paths', sourceCode) : picked;
    const omit = statePaths(strategy, 'omit', sourceCode);
    if (pick === null || omit === null) return null;
    keeps.push(keepsPaths(pick, omit));
    const label = persistStorageLabel(strategy, sourceCode);
    labels.add(pluginPersist && !strategy.some((setting) => setting.key === 'storage') ? 'sessionStorage' : label);
  }
  const keep = (fieldPath: readonly string[]): boolean => keeps.some((kept) => kept(fieldPath));
  const idNode = second ? first : options?.find((option) => option.key === 'id')?.value;
  const id = idNode && idNode.type !== AST_NODE_TYPES.SpreadElement ? staticString(idNode, sourceCode) : null;
  const fields = persistedStateFields(state, id ?? storeVariableName(node), keep, sourceCode, [], false, setup ? setupStoreState : undefined);
  return fields.length > 0 ? sink(`${[...labels].join(' and ')}, through Pinia's persisted state`, fields, []) : null;
}

/** Vue's state makers: a setup store's state is what it returns of theirs (`computed`, functions are not state). */
const VUE_STATE_MAKERS: ReadonlySet<string> = new Set(['ref', 'shallowRef', 'reactive', 'shallowReactive']);

/** A setup store's returned value as state: `ref(initial)` → `initial` (its keys, if an object), `reactive(object)` → `object`; else null. */
function setupStoreState(value: Node): Node | null {
  if (value.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = unwrap(value.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier || !VUE_STATE_MAKERS.has(callee.name)) return null;
  const initial = value.arguments[0];
  return initial && initial.type !== AST_NODE_TYPES.SpreadElement ? initial : value;
}

function drizzleTable(node: TSESTree.CallExpression, sourceCode: SourceCode): StorageSink | null {
  const [nameArg, columnsArg] = node.arguments;
  if (!columnsArg || columnsArg.type === AST_NODE_TYPES.SpreadElement) return null;
  let columns: Node = columnsArg;
  if (
    (columns.type === AST_NODE_TYPES.ArrowFunctionExpression || columns.type === AST_NODE_TYPES.FunctionExpression) &&
    columns.body.type !== AST_NODE_TYPES.BlockStatement
  ) {
    columns = columns.body;
  }
  const container = nameOfArg(nameArg, sourceCode);
  const entries = objectEntries(columns, sourceCode) ?? [];
  const cardContext = tableCardContext(container, entries.map((e) => e.key));
  const fields: StoredField[] = [];
  for (const entry of entries) {
    fields.push({ name: entry.key, node: entry.keyNode, cardContext, container });
    // text('card_number'): the column's own name.
    let builder = unwrap(entry.value);
    while (builder.type === AST_NODE_TYPES.CallExpression && unwrap(builder.callee).type === AST_NODE_TYPES.MemberExpression) {
      builder = unwrap((unwrap(builder.callee) as TSESTree.MemberExpression).object);
    }
    if (builder.type === AST_NODE_TYPES.CallExpression && builder.arguments[0]) {
      const column = staticString(builder.arguments[0], sourceCode);
      if (column !== null && column !== entry.key) fields.push({ name: column, node: builder.arguments[0], cardContext, aliasOf: entry.key, container });
    }
  }
  return sink('a Drizzle table', fields, []);
}

/** `doc(db, 'cards', id)`, `collection(db, 'cards')`, `db.collection('cards').doc(id)`, `ref(db, 'cards/' + id)`. */
function firestorePathName(node: Node | undefined, sourceCode: SourceCode): string | null {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return null;
  const o = originOf(node, sourceCode);
  for (let i = o.steps.length - 1; i >= 0; i--) {
    const step = o.steps[i]!;
    if (step.type !== 'call') continue;
    if (step.name === 'collection' || step.name === 'ref' || step.name === 'child') {
      const arg = step.node.arguments[0];
      const text = arg ? (staticPrefix(arg, sourceCode)?.text ?? null) : null;
      if (text) return text.split('/').filter(Boolean)[0] ?? null;
    }
    if (step.name === 'doc' || step.name === 'collection' || step.name === 'ref') {
      for (const arg of step.node.arguments.slice(1)) {
        const text = staticPrefix(arg, sourceCode)?.text ?? null;
        if (text) return text.split('/').filter(Boolean)[0] ?? null;
      }
    }
  }
  return null;
}


function cookieSink(name: Node | undefined, value: Node | undefined, sourceCode: SourceCode): StorageSink | null {
  if (!name || name.type === AST_NODE_TYPES.SpreadElement) return null;
  const cookieName = staticString(name, sourceCode);
  const fields: StoredField[] = cookieName !== null ? [{ name: cookieName, node: name, cardContext: false, value }] : [];
  return sink('a cookie', fields, valuesIn(null, [value], sourceCode));
}

// --- member calls -------------------------------------------------------------------------------------------------

const PRISMA_WRITES = new Set(['create', 'createMany', 'createManyAndReturn', 'update', 'updateMany', 'updateManyAndReturn', 'upsert']);
const PRISMA_NAME_WORDS = new Set(['prisma', 'db', 'database', 'tx', 'trx', 'transaction']);
const BUILDER_WRITES = new Set([
  'insert', 'update', 'upsert', 'patch', 'insertAndFetch', 'patchAndFetch', 'updateAndFetch', 'insertGraph',
  'insertGraphAndFetch', 'upsertGraph', 'upsertGraphAndFetch',
]);
/** An `@supabase/…` package, also as Deno imports it: `npm:`, `jsr:`, `https://esm.sh/@supabase/supabase-js@2`. */
const SUPABASE_PACKAGE = /^(?:npm:|jsr:|https:\/\/(?:esm\.sh|cdn\.jsdelivr\.net\/npm|unpkg\.com|cdn\.skypack\.dev)\/)?@supabase\//;
/** An app module for its Supabase client: `@/lib/supabase`, `~/utils/supabase/server`, `./supabaseClient`, `#supabase/server`. */
const SUPABASE_MODULE = /(?:^|[/._#-])supabase(?:$|[/._-]|Client|Server|Browser|Admin)/i;
/**
 * Names of a query builder from the app's own module, called with a table (`db('cards')`): also `connection` / `conn`,
 * as in \`const connection = require('../database/connection')\` (real-world batch 231: a Knex instance).
 */
const KNEX_NAME_WORDS = new Set(['knex', 'db', 'database', 'trx', 'tx', 'transaction', 'qb', 'sql', 'pg', 'mysql', 'query', 'builder', 'connection', 'conn']);
const MONGO_WRITES: ReadonlyMap<string, number> = new Map(Object.entries({
  insertOne: 0, insertMany: 0, bulkWrite: 0, updateOne: 1, updateMany: 1, replaceOne: 1, findOneAndUpdate: 1,
  findOneAndReplace: 1, findByIdAndUpdate: 1,
}));
/**
 * The MongoDB driver's writes before version 4 (`insert`, `update`, `save`; real-world batch 270): names too common to
 * read on anything but a collection the call chain takes by name (`db.collection('payments').insert(doc)`).
 */
const LEGACY_MONGO_WRITES: ReadonlyMap<string, number> = new Map(Object.entries({ insert: 0, update: 1, save: 0 }));
/** NeDB and its maintained forks, a datastore kept in a file with MongoDB's API. */
const NEDB_SOURCES: ReadonlySet<string> = new Set(['nedb', '@seald-io/nedb', 'nedb-promises', 'nedb-core', '@yetzt/nedb']);
const MODEL_WRITES = new Set(['create', 'bulkCreate', 'upsert', 'findOrCreate', 'insertMany']);
const REPOSITORY_WRITES: ReadonlyMap<string, number> = new Map(Object.entries({ save: 0, insert: 0, upsert: 0, create: 0, update: 1 }));
const REPOSITORY_TYPES = new Set(['Repository', 'MongoRepository', 'TreeRepository', 'EntityRepository']);
const MANAGER_WRITES = new Set(['save', 'insert', 'upsert', 'create', 'update', 'nativeInsert', 'nativeUpdate', 'persist', 'assign']);
const KV_WRITES: ReadonlyMap<string, 'value1' | 'value2' | 'pairs' | 'rest'> = new Map(Object.entries({
  set: 'value1', setnx: 'value1', setNX: 'value1', getset: 'value1', getSet: 'value1', setex: 'value2', setEx: 'value2',
  psetex: 'value2', pSetEx: 'value2', hset: 'pairs', hSet: 'pairs', hmset: 'pairs', hmSet: 'pairs', hsetnx: 'pairs',
  hSetNX: 'pairs', mset: 'pairs', mSet: 'pairs', msetnx: 'pairs', lpush: 'rest', rpush: 'rest', lPush: 'rest',
  rPush: 'rest', sadd: 'rest', sAdd: 'rest', append: 'rest', xadd: 'rest', xAdd: 'rest', lset: 'value2', lSet: 'value2',
} as const));
const KNEX_COLUMN_TYPES = new Set([
  'string', 'text', 'integer', 'bigInteger', 'bigint', 'tinyint', 'smallint', 'mediumint', 'float', 'double',
  'decimal', 'boolean', 'date', 'datetime', 'time', 'timestamp', 'binary', 'json', 'jsonb', 'uuid', 'specificType',
  'enu', 'enum', 'varchar', 'char', 'mediumtext', 'longtext', 'integer', 'bigIncrements', 'increments', 'geometry',
]);
const DYNAMO_CALLS = new Set(['put', 'putItem', 'update', 'updateItem', 'batchWrite', 'batchWriteItem', 'transactWrite', 'transactWriteItems']);
const DYNAMO_COMMANDS = new Set([
  'PutItemCommand', 'PutCommand', 'UpdateItemCommand', 'UpdateCommand', 'BatchWriteItemCommand', 'BatchWriteCommand',
  'TransactWriteItemsCommand', 'TransactWriteCommand',
]);

/**
 * Back ends as a service (backendServiceSink): Convex's `ctx.db` (its generated server module, or `convex/server`),
 * PocketBase, Appwrite (Databases' documents and TablesDB's rows), Payload CMS's local API.
 */
const CONVEX_SERVER = moduleGate('convex', isConvexServerModule);
/** (Not `replace(id, doc)`: the name of every string's `replace`, which the rule's listener would then see.) */
const CONVEX_WRITES: ReadonlyMap<string, number> = new Map([['insert', 1], ['patch', 1]]);
const POCKETBASE_FAMILY = familyOf('pocketbase', (s) => s === 'pocketbase');
const POCKETBASE_WORDS: ReadonlySet<string> = new Set(['pb', 'pocketbase']);
const APPWRITE_FAMILY = familyOf('appwrite', (s) => s === 'appwrite' || s === 'node-appwrite' || s === 'react-native-appwrite');
/** Appwrite's writes: the positional argument that holds the data (the 1.x SDKs), or `data` of one object (later ones). */
const APPWRITE_WRITES: ReadonlyMap<string, number> = new Map([
  ['createDocument', 3], ['updateDocument', 3], ['upsertDocument', 3], ['createRow', 3], ['updateRow', 3], ['upsertRow', 3],
]);
const APPWRITE_WORDS: ReadonlySet<string> = new Set(['appwrite', 'databases', 'database', 'db', 'tables']);

/** Clerk's backend API writes (clerkSink) and the metadata objects they keep. */
const CLERK_WRITES: ReadonlySet<string> = new Set(['updateUserMetadata', 'updateUser', 'updateOrganizationMetadata', 'updateOrganization']);
const CLERK_METADATA: ReadonlySet<string> = new Set(['privateMetadata', 'publicMetadata', 'unsafeMetadata']);
const CLERK_CLIENTS: ReadonlySet<string> = new Set(['clerkClient', 'createClerkClient']);

/** Redis OM repositories' writes: 0.3's `createAndSave(data)` (and `createEntity(data)`, saved later), 0.4's `save(data)`. */
const REDIS_OM_WRITES: ReadonlySet<string> = new Set(['createAndSave', 'createEntity', 'save']);

/**
 * Every method name a member-call sink family below accepts (schemaCallSink's cases, PRISMA_WRITES, BUILDER_WRITES,
 * MONGO_WRITES, MODEL_WRITES, REPOSITORY_WRITES, MANAGER_WRITES, firebaseSink's, DYNAMO_CALLS, KV_WRITES, browserSink's,
 * cookieCallSink's, FS_WRITES, sqlObjectSink's, bulkInsertSink's, CLERK_WRITES, edgeStoreSink's): checked before any
 * origin is resolved.
 */
/** Keystone 6's list writes (`keystoneSink`). */
const KEYSTONE_WRITES: ReadonlySet<string> = new Set(['createOne', 'updateOne', 'createMany', 'updateMany']);

const STORAGE_METHODS: ReadonlySet<string> = new Set([
  'Schema', 'model', 'add', 'define', 'init', 'createTable', 'createTableIfNotExists', 'alterTable', 'table', 'addColumn', 'addColumns', 'changeColumn',
  ...PRISMA_WRITES, 'values', 'set', ...BUILDER_WRITES, ...MONGO_WRITES.keys(), ...MODEL_WRITES, 'update',
  ...REPOSITORY_WRITES.keys(), ...MANAGER_WRITES, 'create', 'push', ...DYNAMO_CALLS, ...KV_WRITES.keys(),
  'setItem', 'setItemAsync', 'put', 'post', 'bulkDocs', 'bulkPut', 'bulkAdd', 'cookie', 'setCookie', ...FS_WRITES.keys(), 'end', 'query', 'execute',
  'bulkInsert', ...CLERK_WRITES, ...CONVEX_WRITES.keys(), ...APPWRITE_WRITES.keys(), ...JOB_QUEUE_WRITES, ...JOB_STORE_WRITES,
  'setString', 'setPassword', 'serialize', ...REDIS_OM_WRITES, 'setSync', 'setJSON', ...KEYSTONE_WRITES,
]);

/** Can a member call named `method` be a storage sink? (`toString`, `constructor`... never are.) */
const mayBeStorageMethod = (method: string): boolean => STORAGE_METHODS.has(method);

/** The storage sink a call writes to, or null. */
export function storageSinkOfCall(node: TSESTree.CallExpression, sourceCode: SourceCode, options: StorageSinkOptions = {}): StorageSink | null {
  return storageSinkAt(node, sourceCode, options, 0);
}

function storageSinkAt(node: TSESTree.CallExpression, sourceCode: SourceCode, options: StorageSinkOptions, depth: number): StorageSink | null {
  const callee = unwrap(node.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    return (
      bareCallSink(node, callee, sourceCode) ??
      (mayBeForwarderCall(STORAGE_FORWARDERS, callee.name, sourceCode) ? forwardedStorageSink(node, localFunctionOf(callee, sourceCode), callee.name, sourceCode, options, depth) : null)
    );
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = memberName(callee, sourceCode);
  if (method === null) return null;
  // this.persist(…) / CardStore.save(…): a method of a class of this file that hands its parameters to a store.
  const forwarded = (): StorageSink | null =>
    mayBeForwarderCall(STORAGE_FORWARDERS, method, sourceCode) ? forwardedStorageSink(node, ownMethodOf(callee, sourceCode), method, sourceCode, options, depth) : null;
  if (!mayBeStorageMethod(method)) return forwarded();
  const receiver = unwrap(callee.object);
  const args = node.arguments;
  return (
    schemaCallSink(node, method, receiver, sourceCode) ??
    // (Before Prisma's: Keystone's context names its API `db`, a Prisma client's name, and shares `updateMany`.)
    keystoneSink(method, receiver, args, sourceCode) ??
    prismaSink(method, receiver, args, sourceCode) ??
    builderSink(node, method, receiver, args, sourceCode) ??
    mongoSink(method, receiver, args, sourceCode) ??
    ormSink(method, receiver, args, sourceCode) ??
    firebaseSink(method, receiver, args, sourceCode) ??
    dynamoCallSink(method, args, sourceCode) ??
    edgeStoreSink(method, receiver, args, sourceCode) ??
    kvSink(method, receiver, args, sourceCode, options) ??
    browserSink(method, receiver, args, sourceCode) ??
    mobileStoreSink(method, receiver, args, sourceCode) ??
    cookieCallSink(method, receiver, args, sourceCode) ??
    fileSink(method, receiver, args, sourceCode) ??
    sqlObjectSink(method, args, sourceCode) ??
    bulkInsertSink(method, args, sourceCode) ??
    clerkSink(method, receiver, args, sourceCode) ??
    backendServiceSink(method, receiver, args, sourceCode) ??
    jobQueueSink(method, receiver, args, sourceCode) ??
    redisOmSink(method, receiver, args, sourceCode) ??
    forwarded()
  );
}

/**
 * A Redis OM repository's write (real-world batch 256): 0.3's `client.fetchRepository(cardSchema).createAndSave({ … })`
 * and `createEntity({ … })`, 0.4's `new Repository(cardSchema, redis).save({ … })` (also `save(id, { … })`), the
 * repository made from the `redis-om` module. The entity is kept in Redis as a hash or a JSON document.
 */
function redisOmSink(method: string, receiver: Node, args: TSESTree.CallExpressionArgument[], sourceCode: SourceCode): StorageSink | null {
  if (!REDIS_OM_WRITES.has(method) || args.length === 0 || !fileMentions(sourceCode, REDIS_OM_MODULE)) return null;
  const o = originOf(receiver, sourceCode);
  if (rootSource(o) !== 'redis-om') return null;
  const made = o.steps.find((s) => (s.type === 'call' && s.name === 'fetchRepository') || (s.type === 'new' && s.name === 'Repository'));
  if (made === undefined || made.type === 'get') return null;
  const value = method === 'save' ? args[args.length - 1] : args[0];
  if (!value || value.type === AST_NODE_TYPES.SpreadElement) return null;
  return sink('a Redis OM repository', [], valuesIn(nameOfArg(made.node.arguments[0], sourceCode), [value], sourceCode));
}
const REDIS_OM_MODULE = textGate('redis-om', ['redis-om']);

/** Redis OM's `new Schema(Card, { number: { type: 'string' }, … })` (0.3; 0.4 names it, `new Schema('card', …)`): its fields, flat. */
function redisOmSchema(node: TSESTree.NewExpression, sourceCode: SourceCode): StorageSink | null {
  const [entity, fields] = node.arguments;
  if (!fields || fields.type === AST_NODE_TYPES.SpreadElement) return null;
  return sink('a Redis OM schema', declaredFields(fields, nameOfArg(entity, sourceCode), sourceCode, false), []);
}

/**
 * A job added to a queue kept in Redis (real-world batch EQ): BullMQ's and Bull's `queue.add(name, data, opts)` (Bull
 * also `queue.add(data)`), `addBulk([{ name, data }])`, a BullMQ `FlowProducer`'s `add({ name, queueName, data })`,
 * Bee-Queue's `queue.createJob(data)`. The queue is one of theirs: made from the module (`new Queue('charges')`), or
 * named for a queue in a file that imports one. The job's data stays in Redis after the job runs, unless removed.
 */
function jobQueueSink(method: string, receiver: Node, args: TSESTree.CallExpressionArgument[], sourceCode: SourceCode): StorageSink | null {
  const [first, second] = args;
  if (JOB_STORE_WRITES.has(method) && fileMentions(sourceCode, JOB_STORE_MODULES)) {
    const stored = jobStoreSink(method, receiver, args, sourceCode);
    if (stored) return stored;
  }
  if (!JOB_QUEUE_WRITES.has(method) || !first) return null;
  const imported = (): boolean => {
    const source = rootSource(originOf(receiver, sourceCode));
    return (
      source !== null &&
      LOCAL_QUEUE_MODULE.test(source) &&
      isLocalSource(source, sourceCode) &&
      ownPackageDeclares(physicalFilenameOf(sourceCode), JOB_QUEUE_PACKAGES) === true
    );
  };
  if (!(fileMentions(sourceCode, JOB_QUEUE_FAMILY.specifiers) && receiverIs(receiver, sourceCode, JOB_QUEUE_FAMILY, (words) => words.some((w) => w === 'queue' || w === 'flow' || w === 'producer'))) && !imported()) {
    return null;
  }
  // `add(name, data)`, or Bull's `add(data)` (the first argument no name), a flow's `add({ data })`.
  const data = method === 'add' && second && first.type !== AST_NODE_TYPES.ObjectExpression ? second : first;
  // The queue's names say what it holds (`giftCardQueue`, `new Queue('gift-card-redemptions')`: another kind of card).
  const made = originOf(receiver, sourceCode).steps.find((step) => step.type === 'new');
  const madeName = made?.type === 'new' && made.node.arguments[0] ? staticString(made.node.arguments[0], sourceCode) : null;
  const names = [receiverName(receiver, sourceCode), madeName].filter((name) => name !== null).join(' ');
  return sink('a job queue (Redis)', [], valuesIn(names || null, [data], sourceCode));
}

/** A job added to Agenda, pg-boss or Kue (JOB_STORES), on a receiver made from the module: where its data is kept. */
function jobStoreSink(method: string, receiver: Node, args: TSESTree.CallExpressionArgument[], sourceCode: SourceCode): StorageSink | null {
  const source = rootSource(originOf(receiver, sourceCode));
  const store = source === null ? undefined : JOB_STORES.find((candidate) => candidate.modules.has(source));
  const index = store?.data.get(method);
  if (!store || index === undefined) return null;
  const only = store.oneObject && args.length === 1 ? unwrap(args[0]!) : null;
  const data = only?.type === AST_NODE_TYPES.ObjectExpression ? objectEntry(only, sourceCode, 'data')?.value : args[index];
  if (!data || data.type === AST_NODE_TYPES.SpreadElement) return null;
  const name = args[index - 1] && args[index - 1]!.type !== AST_NODE_TYPES.SpreadElement ? staticString(args[index - 1] as Node, sourceCode) : null;
  return sink(`a job queue (${store.store})`, [], valuesIn([receiverName(receiver, sourceCode), name].filter((n) => n !== null).join(' ') || null, [data], sourceCode));
}

/**
 * Back ends as a service, each by its own call shape and client:
 * - Convex: `ctx.db.insert('cards', doc)`, `ctx.db.patch(id, doc)` (also `db.…` after
 *   `const { db } = ctx`), in a file that imports Convex's generated server module or `convex/server`.
 * - PocketBase: `pb.collection('cards').create(data)` / `.update(id, data)` on a client of `pocketbase`, or named `pb`
 *   / `pocketbase` (`import { pb } from '@/lib/pocketbase'`).
 * - Appwrite: `databases.createDocument(databaseId, collectionId, documentId, data)` and `updateDocument` /
 *   `upsertDocument`, TablesDB's `createRow` / `updateRow` / `upsertRow`, positional or one object's `data`.
 * - Payload CMS: `payload.create({ collection, data })` / `payload.update({ collection, id, data })`.
 * - Strapi (`strapiSink`).
 */
function backendServiceSink(method: string, receiver: Node, args: TSESTree.CallExpressionArgument[], sourceCode: SourceCode): StorageSink | null {
  const strapi = strapiSink(method, receiver, args, sourceCode);
  if (strapi) return strapi;
  const convexIndex = CONVEX_WRITES.get(method);
  if (convexIndex !== undefined && args.length === 2 && receiverName(receiver, sourceCode) === 'db' && receiver.type !== AST_NODE_TYPES.CallExpression) {
    if (!fileMentions(sourceCode, CONVEX_SERVER)) return null;
    const table = method === 'insert' ? staticString(args[0]!, sourceCode) : null;
    return sink('a Convex write', [], valuesIn(table, [args[convexIndex]], sourceCode));
  }
  const appwriteIndex = APPWRITE_WRITES.get(method);
  if (appwriteIndex !== undefined) {
    if (!receiverIs(receiver, sourceCode, APPWRITE_FAMILY, (words) => words.some((w) => APPWRITE_WORDS.has(w)))) return null;
    const [only] = args;
    if (args.length === 1 && only) {
      const entries = objectEntries(only, sourceCode);
      const data = entries?.find((e) => e.key === 'data');
      if (!entries || !data) return null;
      const collection = entries.find((e) => e.key === 'collectionId' || e.key === 'tableId');
      return sink('an Appwrite write', [], valuesIn(collection ? staticString(collection.value, sourceCode) : null, [data.value], sourceCode));
    }
    const collection = args[1];
    return sink('an Appwrite write', [], valuesIn(collection ? staticString(collection, sourceCode) : null, [args[appwriteIndex]], sourceCode));
  }
  if (method !== 'create' && method !== 'update') return null;
  // Payload's local API: one object with the collection and the data.
  if (args.length === 1 && args[0] && receiverName(receiver, sourceCode) === 'payload') {
    const entries = objectEntries(args[0], sourceCode);
    const collection = entries?.find((e) => e.key === 'collection');
    const data = entries?.find((e) => e.key === 'data');
    if (!collection || !data) return null;
    return sink('a Payload write', [], valuesIn(staticString(collection.value, sourceCode), [data.value], sourceCode));
  }
  // PocketBase: `pb.collection('cards').create(data)`.
  if (receiver.type !== AST_NODE_TYPES.CallExpression) return null;
  const collectionCall = unwrap(receiver.callee);
  if (collectionCall.type !== AST_NODE_TYPES.MemberExpression || memberName(collectionCall, sourceCode) !== 'collection') return null;
  const name = receiver.arguments[0] ? staticString(receiver.arguments[0], sourceCode) : null;
  const data = args[method === 'create' ? 0 : 1];
  if (name === null || !data) return null;
  if (!receiverIs(collectionCall.object, sourceCode, POCKETBASE_FAMILY, (words) => words.some((w) => POCKETBASE_WORDS.has(w)))) return null;
  return sink('a PocketBase write', [], valuesIn(name, [data], sourceCode));
}

/** The `data` of a call's one options object (`{ data }`, `{ where, data }`). */
function dataOption(arg: TSESTree.CallExpressionArgument | undefined, sourceCode: SourceCode): Node | undefined {
  return arg && arg.type !== AST_NODE_TYPES.SpreadElement ? objectEntries(arg, sourceCode)?.find((e) => e.key === 'data')?.value : undefined;
}

/** Strapi's writes that take `{ data }`, and the index of that options object among their arguments. */
const STRAPI_ENTITY_SERVICE_WRITES: ReadonlyMap<string, number> = new Map([['create', 1], ['update', 2]]);
const STRAPI_QUERY_WRITES: ReadonlySet<string> = new Set(['create', 'update', 'createMany', 'updateMany']);

/**
 * Strapi's own database layers, on the `strapi` instance (its global, or `this.strapi` / a plugin's `{ strapi }`):
 * `strapi.entityService.create(uid, { data })` / `update(uid, id, { data })` (v4), `strapi.db.query(uid).create({ data })`
 * (the Query Engine), and `strapi.documents(uid).create({ data })` / `update({ documentId, data })` (v5's Document
 * Service). Real-world batch 338 (a scope gap met in no repository).
 */
function strapiSink(method: string, receiver: Node, args: TSESTree.CallExpressionArgument[], sourceCode: SourceCode): StorageSink | null {
  const target = unwrap(receiver);
  const isStrapi = (node: Node): boolean => receiverName(node, sourceCode) === 'strapi' && unwrap(node).type !== AST_NODE_TYPES.CallExpression;
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const index = STRAPI_ENTITY_SERVICE_WRITES.get(method);
    if (index === undefined || memberName(target, sourceCode) !== 'entityService' || !isStrapi(target.object)) return null;
    const uid = args[0] ? staticString(args[0] as Node, sourceCode) : null;
    const data = dataOption(args[index], sourceCode);
    return data ? sink('a Strapi write', [], valuesIn(uid, [data], sourceCode)) : null;
  }
  if (target.type !== AST_NODE_TYPES.CallExpression || !STRAPI_QUERY_WRITES.has(method)) return null;
  const callee = unwrap(target.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const layer = memberName(callee, sourceCode);
  const base = unwrap(callee.object);
  const onStrapi =
    layer === 'documents'
      ? isStrapi(base)
      : layer === 'query' && base.type === AST_NODE_TYPES.MemberExpression && memberName(base, sourceCode) === 'db' && isStrapi(base.object);
  if (!onStrapi) return null;
  const data = dataOption(args[0], sourceCode);
  const uid = target.arguments[0] ? staticString(target.arguments[0] as Node, sourceCode) : null;
  return data ? sink('a Strapi write', [], valuesIn(uid, [data], sourceCode)) : null;
}

/**
 * Keystone 6's list APIs on its context: `context.db.CreditCard.createOne({ data })`, `updateOne({ where, data })`,
 * `createMany({ data: [...] })`, and the same under `context.query` (also `context.sudo().db…`): the context named
 * `context` or `ctx`. Real-world batch 338 (a scope gap met in no repository).
 */
function keystoneSink(method: string, receiver: Node, args: TSESTree.CallExpressionArgument[], sourceCode: SourceCode): StorageSink | null {
  const list = unwrap(receiver);
  if (!KEYSTONE_WRITES.has(method) || list.type !== AST_NODE_TYPES.MemberExpression) return null;
  const api = unwrap(list.object);
  const apiName = api.type === AST_NODE_TYPES.MemberExpression ? memberName(api, sourceCode) : null;
  if (api.type !== AST_NODE_TYPES.MemberExpression || (apiName !== 'db' && apiName !== 'query')) return null;
  let context = unwrap(api.object);
  // `context.sudo()`: the same context, its access control off.
  const sudo = context.type === AST_NODE_TYPES.CallExpression ? unwrap(context.callee) : null;
  if (sudo?.type === AST_NODE_TYPES.MemberExpression && memberName(sudo, sourceCode) === 'sudo') context = unwrap(sudo.object);
  const contextName = receiverName(context, sourceCode);
  if (contextName !== 'context' && contextName !== 'ctx') return null;
  const data = dataOption(args[0], sourceCode);
  if (!data) return null;
  // `updateMany({ data: [{ where, data }] })`: each update's own data.
  const unwrapped = unwrap(data);
  const values = method === 'updateMany' && unwrapped.type === AST_NODE_TYPES.ArrayExpression ? unwrapped.elements.map((element) => (element ? dataOption(element, sourceCode) : undefined)) : [data];
  return sink('a Keystone write', [], valuesIn(memberName(list, sourceCode), values, sourceCode));
}

/**
 * Clerk's backend API keeps what it is given with the user or organisation: `clerkClient.users.updateUserMetadata(id,
 * { privateMetadata, publicMetadata, unsafeMetadata })`, `users.updateUser(id, { … })`, `organizations.update…`. The
 * client is Clerk's: `clerkClient` (a client, or in Clerk 6 a function giving one: `await clerkClient()`) or
 * `createClerkClient(…)` from an `@clerk/…` package, also through a const. Real-world batch 88: a card vault in
 * private metadata.
 */
function clerkSink(method: string, receiver: Node, args: TSESTree.CallExpressionArgument[], sourceCode: SourceCode): StorageSink | null {
  if (!CLERK_WRITES.has(method) || receiver.type !== AST_NODE_TYPES.MemberExpression) return null;
  const group = memberName(receiver, sourceCode);
  if ((group !== 'users' && group !== 'organizations') || !isClerkClient(receiver.object, sourceCode, 0)) return null;
  const data = args[1];
  if (!data || data.type === AST_NODE_TYPES.SpreadElement) return null;
  const kept = objectEntries(data, sourceCode);
  // Its metadata objects, where the second argument is written out; else the whole argument.
  const metadata = kept === null ? [data] : kept.filter((entry) => entry.key !== null && CLERK_METADATA.has(entry.key)).map((entry) => entry.value);
  return metadata.length === 0 ? null : sink('Clerk metadata', [], valuesIn(null, metadata, sourceCode));
}

/** `clerkClient`, `await clerkClient()`, `createClerkClient({ secretKey })` of an `@clerk/…` package, or a const holding one. */
function isClerkClient(node: Node, sourceCode: SourceCode, depth: number): boolean {
  if (depth > 3) return false;
  let target = unwrap(node);
  if (target.type === AST_NODE_TYPES.AwaitExpression) target = unwrap(target.argument);
  if (target.type === AST_NODE_TYPES.CallExpression) target = unwrap(target.callee);
  const ref = moduleRefOf(target, sourceCode);
  if (ref) return ref.module.startsWith('@clerk/') && ref.path.length === 1 && CLERK_CLIENTS.has(ref.path[0]!);
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(target, sourceCode);
  const init = variable ? constInit(variable) : null;
  return init !== null && isClerkClient(init, sourceCode, depth + 1);
}

/**
 * Sequelize `queryInterface.bulkInsert('Cards', [{ card_number, cvv }])` (seeders, migrations): every row is written to
 * the table named by a static string.
 */
function bulkInsertSink(method: string, args: TSESTree.CallExpressionArgument[], sourceCode: SourceCode): StorageSink | null {
  if (method !== 'bulkInsert' || !args[0] || !args[1] || args[1].type === AST_NODE_TYPES.SpreadElement) return null;
  const table = staticString(args[0], sourceCode);
  if (table === null || resolveValue(args[1], sourceCode).type !== AST_NODE_TYPES.ArrayExpression) return null;
  return sink('a database table', [], valuesIn(table, [args[1]], sourceCode));
}

/** mysql / mysql2 `connection.query('INSERT INTO cards SET ?', { card_number, cvv })`: the object is the row. */
function sqlObjectSink(method: string, args: TSESTree.CallExpressionArgument[], sourceCode: SourceCode): StorageSink | null {
  if ((method !== 'query' && method !== 'execute') || args.length < 2 || !args[0]) return null;
  const text = staticString(args[0], sourceCode);
  const match = text === null ? null : /^\s*(?:INSERT(?:\s+IGNORE)?\s+INTO|REPLACE\s+INTO|UPDATE)\s+[`"]?([\w$]+)[`"]?\s+SET\s+\?/i.exec(text);
  if (!match) return null;
  const params = resolveValue(args[1]!, sourceCode);
  // `[row, id]` parameter arrays: the first element is the row.
  const row = params.type === AST_NODE_TYPES.ArrayExpression ? params.elements[0] : args[1];
  return sink('a SQL statement', [], valuesIn(match[1]!, [row ?? undefined], sourceCode));
}

/** The options object of TypeORM's `new Table({ name, columns })` / `new TableColumn({ name, type })` (from typeorm), else null. */
function typeormSchemaOptions(node: Node | undefined, className: 'Table' | 'TableColumn', sourceCode: SourceCode): Node | null {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return null;
  const target = resolveValue(node, sourceCode);
  if (target.type !== AST_NODE_TYPES.NewExpression || !target.arguments[0]) return null;
  const o = originOf(target, sourceCode);
  const last = o.steps[o.steps.length - 1];
  return rootSource(o) === 'typeorm' && last?.type === 'new' && last.name === className ? target.arguments[0] : null;
}

/** The columns of TypeORM migration column options (`{ name: 'card_number', type: 'varchar' }` or `new TableColumn(…)`). */
function typeormColumns(columns: readonly (Node | null | undefined)[], container: string | null, sourceCode: SourceCode): StoredField[] {
  const named: { name: string; node: Node }[] = [];
  for (const column of columns) {
    if (!column || column.type === AST_NODE_TYPES.SpreadElement) continue;
    const options = typeormSchemaOptions(column, 'TableColumn', sourceCode) ?? column;
    const name = (objectEntries(options, sourceCode) ?? []).find((e) => e.key === 'name');
    const text = name ? staticString(name.value, sourceCode) : null;
    if (name && text !== null) named.push({ name: text, node: name.value });
  }
  const cardContext = tableCardContext(container, named.map((c) => c.name));
  return named.map((c) => ({ ...c, cardContext, container }));
}

/** TypeORM `queryRunner.createTable(new Table({ name, columns: [...] }))`. */
function typeormTable(table: Node, sourceCode: SourceCode): StorageSink {
  const entries = objectEntries(table, sourceCode) ?? [];
  const name = entries.find((e) => e.key === 'name');
  const columns = entries.find((e) => e.key === 'columns');
  const list = columns ? resolveValue(columns.value, sourceCode) : null;
  const container = name ? staticString(name.value, sourceCode) : null;
  return sink('a TypeORM migration', list?.type === AST_NODE_TYPES.ArrayExpression ? typeormColumns(list.elements, container, sourceCode) : [], []);
}

/**
 * mongoose `schema.add` and `mongoose.model(name, { … })`, Sequelize `define` / `Model.init` / `queryInterface.createTable|addColumn`, Knex / Drizzle
 * schema builders, TypeORM migrations (`queryRunner.createTable(new Table(…))`, `addColumn(s)`, `changeColumn`).
 */
function schemaCallSink(node: TSESTree.CallExpression, method: string, receiver: Node, sourceCode: SourceCode): StorageSink | null {
  const [first, second, third] = node.arguments;
  switch (method) {
    case 'Schema':
      // `mongoose.Schema({...})` without `new` (mongoose accepts both).
      return first && isMongooseItself(receiver, node.callee, sourceCode) ? mongooseSchema(node, sourceCode) : null;
    case 'model': {
      // `mongoose.model('Card', { number: String, cvv: String })`: mongoose makes the schema of a plain object.
      if (!second || second.type === AST_NODE_TYPES.SpreadElement || !isMongooseItself(receiver, node.callee, sourceCode)) return null;
      if (resolveValue(second, sourceCode).type !== AST_NODE_TYPES.ObjectExpression) return null;
      return sink('a mongoose schema', declaredFields(second, nameOfArg(first, sourceCode), sourceCode, true), []);
    }
    case 'add': {
      if (!first) return null;
      const o = originOf(receiver, sourceCode);
      const last = o.steps[o.steps.length - 1];
      const made = rootSource(o) !== null && MONGOOSE(rootSource(o)!) && last?.type === 'new' && last.name === 'Schema';
      if (!made && !isPluginSchema(receiver, sourceCode)) return null;
      return sink('a mongoose schema', declaredFields(first, receiverName(receiver, sourceCode), sourceCode, true), []);
    }
    case 'define': {
      if (!second || !isSequelizeDefine(receiver, second, sourceCode)) return null;
      return sink('a Sequelize model', declaredFields(second, nameOfArg(first, sourceCode), sourceCode, false), []);
    }
    case 'init': {
      if (!first || resolveValue(first, sourceCode).type !== AST_NODE_TYPES.ObjectExpression) return null;
      const optionKeys = second ? (objectEntries(second, sourceCode) ?? []) : [];
      const byOptions = optionKeys.some((e) => e.key === 'sequelize');
      if (!byOptions && !extendsFrom(receiver, sourceCode, (s) => SEQUELIZE_SOURCES.has(s), 'Model')) return null;
      const tableName = optionKeys.find((e) => e.key === 'tableName' || e.key === 'modelName');
      const container = (tableName && staticString(tableName.value, sourceCode)) ?? receiverName(receiver, sourceCode);
      return sink('a Sequelize model', declaredFields(first, container, sourceCode, false), []);
    }
    case 'createTable':
    case 'createTableIfNotExists':
    case 'alterTable':
    case 'table': {
      const typeorm = method === 'createTable' ? typeormSchemaOptions(first, 'Table', sourceCode) : null;
      if (typeorm) return typeormTable(typeorm, sourceCode);
      if (!second || second.type === AST_NODE_TYPES.SpreadElement) return null;
      const o = originOf(receiver, sourceCode);
      // Drizzle `pgSchema('billing').table('cards', {...})`.
      const source = rootSource(o);
      if (method === 'table' && source !== null && isDrizzle(source) && hasCall(o, new Set(['pgSchema', 'mysqlSchema']))) return drizzleTable(node, sourceCode);
      // Knex `table(name, fn)` only on `knex.schema`; createTable / alterTable are distinctive.
      if (method === 'table' && !o.steps.some((s) => s.type === 'get' && s.name === 'schema')) return null;
      const container = nameOfArg(first, sourceCode);
      const callback = unwrap(second);
      if (callback.type === AST_NODE_TYPES.ArrowFunctionExpression || callback.type === AST_NODE_TYPES.FunctionExpression) {
        return sink('a Knex schema', knexColumns(callback, container, sourceCode), []);
      }
      if (method !== 'table' && resolveValue(callback, sourceCode).type === AST_NODE_TYPES.ObjectExpression) {
        return sink('a database migration', declaredFields(callback, container, sourceCode, false), []);
      }
      return null;
    }
    case 'addColumns': {
      // TypeORM `queryRunner.addColumns('orders', [new TableColumn({ name: 'card_cvv' })])`
      const list = second && second.type !== AST_NODE_TYPES.SpreadElement ? resolveValue(second, sourceCode) : null;
      if (list?.type !== AST_NODE_TYPES.ArrayExpression || !list.elements.some((e) => typeormSchemaOptions(e ?? undefined, 'TableColumn', sourceCode))) return null;
      return sink('a TypeORM migration', typeormColumns(list.elements, nameOfArg(first, sourceCode), sourceCode), []);
    }
    case 'addColumn':
    case 'changeColumn': {
      // TypeORM `queryRunner.addColumn('orders', new TableColumn({...}))`, `changeColumn(table, old, new TableColumn({...}))`
      const typeorm = method === 'addColumn' ? second : third;
      if (typeormSchemaOptions(typeorm, 'TableColumn', sourceCode)) {
        return sink('a TypeORM migration', typeormColumns([typeorm], nameOfArg(first, sourceCode), sourceCode), []);
      }
      const column = first && second ? staticString(second, sourceCode) : null;
      if (column === null || !third || staticString(first!, sourceCode) === null) return null;
      return sink('a database migration', [{ name: column, node: second!, cardContext: false }], []);
    }
    default:
      return null;
  }
}

/** Class `X` (receiver) declared in this file as `class X extends <base>` with `<base>` from one of the modules. */
function extendsFrom(node: Node, sourceCode: SourceCode, modules: (source: string) => boolean, base: string): boolean {
  const o = originOf(node, sourceCode);
  if (o.root.type !== 'class' || o.steps.length > 0 || !o.root.node.superClass) return false;
  const superOrigin = originOf(o.root.node.superClass, sourceCode);
  const source = rootSource(superOrigin);
  return source !== null && modules(source) && lastGetName(superOrigin) === base;
}

/** `table.string('card_number')` calls on the builder parameter of a Knex `createTable` callback. */
function knexColumns(callback: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression, container: string | null, sourceCode: SourceCode): StoredField[] {
  const param = callback.params[0];
  if (param?.type !== AST_NODE_TYPES.Identifier) return [];
  const variable = sourceCode.getDeclaredVariables(callback).find((v) => v.name === param.name);
  const columns: { name: string; node: Node; maxLength?: number }[] = [];
  for (const ref of variable?.references ?? []) {
    const member = ref.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== ref.identifier) continue;
    const call = member.parent;
    const type = memberName(member, sourceCode);
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member || type === null || !KNEX_COLUMN_TYPES.has(type)) continue;
    const arg = call.arguments[0];
    const name = arg ? staticString(arg, sourceCode) : null;
    const length = type === 'string' ? call.arguments[1] : undefined;
    const maxLength = length?.type === AST_NODE_TYPES.Literal && typeof length.value === 'number' ? length.value : undefined;
    if (name !== null) columns.push({ name, node: arg!, ...(maxLength === undefined ? {} : { maxLength }) });
  }
  const cardContext = tableCardContext(container, columns.map((c) => c.name));
  return columns.map((c) => ({ ...c, cardContext, container }));
}

/** A Prisma client (of the Prisma package family, or named as one: `prisma`, `tx`, `db`…), and no Stripe client. */
function isPrismaClient(client: Node, sourceCode: SourceCode): boolean {
  const target = unwrap(client);
  return receiverIs(target, sourceCode, PRISMA_FAMILY, (words) => words.some((w) => PRISMA_NAME_WORDS.has(w))) && !isStripe(target, sourceCode);
}

/** `prisma.card.create({ data })`, `tx.user.update({ where, data })`, `upsert({ create, update })`, `createMany({ data: [...] })`. */
function prismaSink(method: string, receiver: Node, args: TSESTree.CallExpressionArgument[], sourceCode: SourceCode): StorageSink | null {
  if (!PRISMA_WRITES.has(method) || receiver.type !== AST_NODE_TYPES.MemberExpression) return null;
  if (!isPrismaClient(receiver.object, sourceCode)) return null;
  const written = (args[0] ? objectEntries(args[0], sourceCode) : null)?.filter(
    (e) => e.key === 'data' || (method === 'upsert' && (e.key === 'create' || e.key === 'update')),
  );
  if (!written || written.length === 0) return null;
  const model = memberName(receiver, sourceCode);
  const values = valuesIn(model, written.map((e) => e.value), sourceCode);
  // What a row must keep, by the schema, where the file leaves the data open (not for updates, `upsert`'s included:
  // they require nothing).
  const declared = model !== null && PRISMA_CREATES.has(method) ? prismaModelsOf(sourceCode).get(model) : undefined;
  if (declared) {
    for (const value of values) {
      if (method === 'upsert' && written.find((e) => e.value === value.node)?.key !== 'create') continue;
      const open = columnsLeftOpen(declared, value.node, sourceCode);
      if (open) value.requiredColumns = open;
    }
  }
  return sink('a Prisma write', [], values);
}

/** The Prisma models of the file's package (prisma-schema.ts), looked up once per file. */
const prismaModelsOf = (sourceCode: SourceCode): PrismaModels => perFile(sourceCode, 'sinks:prisma-models', () => prismaModelsFor(physicalFilenameOf(sourceCode)));

const PRISMA_CREATES = new Set(['create', 'createMany', 'createManyAndReturn', 'upsert']);
/**
 * The calls that can be Prisma creates (see mayCreatePrismaCardRow): a create method of a member (`prisma.payment`,
 * `this.prisma.payment`, `tx.payment!`), not of a name or `this` (`Model.create`, `Object.create`, `this.create`).
 */
const ON_A_MEMBER = '[callee.object.type!="Identifier"][callee.object.type!="ThisExpression"]';
export const PRISMA_CREATE_CALLS = {
  named: `CallExpression[callee.type="MemberExpression"][callee.computed=false][callee.property.name=${namesPattern(PRISMA_CREATES)}]${ON_A_MEMBER}`,
  computed: `CallExpression[callee.type="MemberExpression"][callee.computed=true]${ON_A_MEMBER}`,
  wrapped: 'CallExpression[callee.type!="MemberExpression"][callee.type!="Identifier"]',
} as const;

/**
 * The required columns of `model` that a create's data (`data: dto`, `[...]` for `createMany`) leaves to what the file
 * does not show: all of them for a value it cannot resolve to an object, those no key writes for an object with an
 * unknown spread (`{ ...dto, userId }`, at the spread), none for an object it reads whole (its keys are checked as
 * written). Null when none is left open.
 */
function columnsLeftOpen(model: PrismaModel, node: Node, sourceCode: SourceCode, depth = 0): OpenColumns | null {
  const required = model.columns.filter((c) => c.required);
  const value = resolveValue(node, sourceCode);
  if (required.length === 0) return null;
  if (value.type === AST_NODE_TYPES.ArrayExpression && depth === 0) {
    for (const element of value.elements) {
      if (!element) continue;
      const open = element.type === AST_NODE_TYPES.SpreadElement ? { model, columns: required, at: element.argument } : columnsLeftOpen(model, element, sourceCode, 1);
      if (open) return open;
    }
    return null;
  }
  if (value.type !== AST_NODE_TYPES.ObjectExpression) return { model, columns: required, at: node };
  const unknown = value.properties.find((p) => p.type === AST_NODE_TYPES.SpreadElement && objectEntries(p.argument, sourceCode) === null);
  if (!unknown || unknown.type !== AST_NODE_TYPES.SpreadElement) return null;
  const written = new Set((objectEntries(value, sourceCode) ?? []).map((e) => e.key));
  const columns = required.filter((c) => !written.has(c.name));
  return columns.length > 0 ? { model, columns, at: unknown.argument } : null;
}

/** The names of PRISMA_CREATES (`createMany` and `createManyAndReturn` contain `create`), as a file spells them. */
const spellsPrismaCreate = textFinder(['create', 'upsert'], { everyFile: true });
/**
 * What a file that holds a Prisma client spells (isPrismaClient): its module's name (`@prisma/client`, a
 * `PrismaService`), or a receiver name with a word of PRISMA_NAME_WORDS as `splitWords` reads it (`prisma`, `this.db`,
 * `getDb()`, `tx`, `DATABASE`; not `ctx`, `txn`).
 */
const spellsPrismaClient = caseFreeWordsFinder(
  new Map([
    ['prisma', /[Pp]risma|PRISMA/y],
    ['database', /[Dd]atabase|DATABASE/y],
    ['transaction', /[Tt]ransaction|TRANSACTION/y],
    // Lower case not after a letter, capitalised or upper case anywhere, and not before a lower-case letter.
    ...['db', 'tx', 'trx'].map((word): [string, RegExp] => [word, new RegExp(`(?<![A-Za-z])${word}(?![a-z])|(?:${word[0]!.toUpperCase()}${word.slice(1)}|${word.toUpperCase()})(?![a-z])`, 'y')]),
  ]),
  // Asked of every file that spells a create: one scan shared with the other prefilters, where a regular expression
  // tried at every position took about 20 ms over the bench corpus (3 ms now).
  { everyFile: true },
);

/**
 * Can the file create Prisma rows: does it spell a create (PRISMA_CREATES) and a Prisma client (spellsPrismaClient)?
 * A text test, once per file, for the storage rule's file gate: about 380 of the bench corpus's 3,065 files pass.
 */
export const mayCreatePrismaRows = (sourceCode: SourceCode): boolean =>
  perFile(sourceCode, 'sinks:prisma-creates', () => spellsPrismaCreate(sourceCode.text) && spellsPrismaClient(sourceCode.text));

/**
 * Can the file write a Prisma model whose schema requires a column named as card data (`cardNumber`, `cvv`), by its
 * client name (`.payment.`)? Once per file; false where the package has no Prisma schema.
 */
const mayWritePrismaCardModel = (sourceCode: SourceCode): boolean =>
  perFile(sourceCode, 'sinks:prisma-card-model', () => {
    const models = prismaModelsOf(sourceCode);
    if (models.size === 0) return false;
    const text = sourceCode.text;
    // Read in card context: a superset of what the storage rule reports.
    const sensitive = (name: string | null): boolean => name !== null && isSensitiveKind(classifyCardField(name, { cardContext: true }));
    for (const [clientName, model] of models) {
      if (!text.includes(`.${clientName}`)) continue;
      if (model.columns.some((c) => c.required && (sensitive(c.name) || sensitive(c.mapped)))) return true;
    }
    return false;
  });

/**
 * Can the call create a row of a Prisma model whose schema requires a card column: a create (PRISMA_CREATES) of a
 * model of a Prisma client (`prisma.payment.create(…)`, as prismaSink reads it), in a package whose schema has such a
 * model under a name the file spells? For a file that names no card data, where only such a create can keep one (the
 * columns its data leaves to the schema): the schema is looked up at the file's first create of a Prisma client, not in
 * every file that may have one (a walk up its folders for its package, one `stat` each on a first lint: 60–107 ms over
 * the bench corpus, whose files create no Prisma row).
 */
export function mayCreatePrismaCardRow(node: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const callee = unwrap(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = memberName(callee, sourceCode);
  if (method === null || !PRISMA_CREATES.has(method)) return false;
  const receiver = unwrap(callee.object);
  return receiver.type === AST_NODE_TYPES.MemberExpression && isPrismaClient(receiver.object, sourceCode) && mayWritePrismaCardModel(sourceCode);
}

/** Knex / Objection / Drizzle / Kysely / TypeORM query builders: `knex('cards').insert({...})`, `db.insert(cards).values({...})`. */
function builderSink(node: TSESTree.CallExpression, method: string, receiver: Node, args: TSESTree.CallExpressionArgument[], sourceCode: SourceCode): StorageSink | null {
  const value = args[0];
  if (!value || value.type === AST_NODE_TYPES.SpreadElement) return null;
  if (method !== 'values' && method !== 'set' && !BUILDER_WRITES.has(method)) return null;
  const o = originOf(receiver, sourceCode);
  const calls = o.steps.filter((s): s is Extract<OriginStep, { type: 'call' }> => s.type === 'call');
  const label = 'a query-builder write';
  if (method === 'values' || method === 'set') {
    const opener = calls.find((s) => (method === 'values' ? s.name === 'insert' || s.name === 'insertInto' : s.name === 'update' || s.name === 'updateTable') && s.node.arguments.length > 0);
    if (opener) return sink(label, [], valuesIn(nameOfArg(opener.node.arguments[0], sourceCode), [value], sourceCode));
    const queryBuilder = calls.some((s) => s.name === 'createQueryBuilder') && calls.some((s) => s.name === 'insert' || s.name === 'update');
    if (queryBuilder) {
      const into = calls.find((s) => s.name === 'into' || s.name === 'update');
      return sink(label, [], valuesIn(into ? nameOfArg(into.node.arguments[0], sourceCode) : null, [value], sourceCode));
    }
    return null;
  }
  if (!BUILDER_WRITES.has(method) || (method === 'update' && args.length > 1)) return null;
  const objection = calls.some((s) => s.name === 'query' || s.name === 'relatedQuery' || s.name === '$query' || s.name === '$relatedQuery');
  // `knex.insert({...}).into('cards')`: the table may come after the write.
  const into = node.parent.type === AST_NODE_TYPES.MemberExpression && node.parent.parent.type === AST_NODE_TYPES.CallExpression && memberName(node.parent, sourceCode) === 'into' ? node.parent.parent : null;
  const tableCall = [...calls, ...(into ? [{ type: 'call' as const, name: 'into', node: into }] : [])].find(
    (s) => (s.name === 'into' || s.name === 'table' || s.name === 'from' || s.name === null) && s.node.arguments[0] && staticString(s.node.arguments[0], sourceCode) !== null,
  );
  const source = rootSource(o);
  const named = o.root.type === 'unknown' || o.root.type === 'global' || (source !== null && isLocalSource(source, sourceCode)) ? rootWords(receiver, sourceCode) : [];
  // Supabase's `supabase.from('cards').insert({...})` (`.upsert`, `.update`).
  const fromCallee = tableCall?.name === 'from' ? unwrap(tableCall.node.callee) : null;
  const supabase = fromCallee?.type === AST_NODE_TYPES.MemberExpression && isSupabaseClient(fromCallee.object, sourceCode);
  const knexRoot = (source !== null && (source === 'knex' || source === 'objection')) || named.some((w) => KNEX_NAME_WORDS.has(w));
  if (!objection && !(tableCall && (knexRoot || supabase))) return null;
  const container = tableCall ? staticString(tableCall.node.arguments[0]!, sourceCode) : objectionModel(receiver, sourceCode);
  return sink(supabase ? 'a Supabase write' : label, [], valuesIn(container, [value], sourceCode));
}

/**
 * Is a value a Supabase client (the receiver of `.from('table')`, `.functions`, `.storage`): one made by an
 * `@supabase/…` package (as Deno imports it too), handed out by the app's own module for it (`import { supabase } from
 * '@/lib/supabase'`, `createClient` of `@/utils/supabase/server`, Nuxt's `#supabase/server`), or, where the client
 * comes from no other package, named for it (`supabase`, `supabaseAdmin`, `locals.supabase`, `this.supabase`, a
 * parameter `supabase: ReturnType<typeof createClient>`), or Nuxt's auto-imported `useSupabaseClient()` /
 * `serverSupabaseClient()` / `serverSupabaseServiceRole()`.
 */
export function isSupabaseClient(client: Node, sourceCode: SourceCode): boolean {
  const o = originOf(client, sourceCode);
  const source = rootSource(o);
  if (source !== null && (SUPABASE_PACKAGE.test(source) || (isLocalSource(source, sourceCode) && SUPABASE_MODULE.test(source)))) return true;
  if (o.root.type === 'global' && NUXT_SUPABASE_CLIENTS.has(o.root.name)) return true;
  if (source !== null && !isLocalSource(source, sourceCode)) return false;
  const name = receiverName(client, sourceCode);
  return rootWords(client, sourceCode).includes('supabase') || (name !== null && splitWords(name).includes('supabase'));
}
const NUXT_SUPABASE_CLIENTS: ReadonlySet<string> = new Set(['useSupabaseClient', 'serverSupabaseClient', 'serverSupabaseServiceRole']);

/** Words of the root name of a chain: `knex('cards').where(...)` → knex; `this.db('cards')` → db. */
function rootWords(node: Node, sourceCode: SourceCode): string[] {
  let current = unwrap(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.CallExpression) current = unwrap(current.callee);
    else if (current.type === AST_NODE_TYPES.MemberExpression && unwrap(current.object).type !== AST_NODE_TYPES.ThisExpression) current = unwrap(current.object);
    else break;
  }
  const name = receiverName(current, sourceCode);
  return name === null ? [] : splitWords(name);
}

function objectionModel(node: Node, sourceCode: SourceCode): string | null {
  let current = unwrap(node);
  while (current.type === AST_NODE_TYPES.CallExpression || current.type === AST_NODE_TYPES.MemberExpression) {
    current = unwrap(current.type === AST_NODE_TYPES.CallExpression ? current.callee : current.object);
  }
  return receiverName(current, sourceCode);
}

/** MongoDB driver / mongoose: `db.collection('cards').insertOne(doc)`, `Card.updateOne(filter, { $set })`. */
function mongoSink(method: string, receiver: Node, args: TSESTree.CallExpressionArgument[], sourceCode: SourceCode): StorageSink | null {
  const legacy = LEGACY_MONGO_WRITES.get(method);
  const index = MONGO_WRITES.get(method) ?? legacy;
  if (index === undefined || !args[index] || isStripe(receiver, sourceCode)) return null;
  const o = originOf(receiver, sourceCode);
  const collection = [...o.steps].reverse().find((s) => s.type === 'call' && (s.name === 'collection' || s.name === 'model'));
  // The receiver must be a collection or a model, not a service that happens to name a method `updateOne`.
  const source = rootSource(o);
  // (A legacy write's name also PocketBase's `collection(name).update(id, data)`: only a driver's or an unknown root's.)
  const legacyCollection = collection?.type === 'call' && collection.name === 'collection' && (source === null || MONGO_SOURCES.has(source));
  // NeDB, MongoDB's API over a file (`const db = new Datastore({ filename: 'cards.db' })`, `Datastore.create(…)` of
  // nedb-promises): its `insert(doc)` and `update(query, doc)` keep the document (real-world recall probe B, 2026-12-07).
  if (legacy !== undefined && source !== null && NEDB_SOURCES.has(source) && o.steps.some((step) => step.type === 'new' || (step.type === 'call' && step.name === 'create'))) {
    return isFunctionNode(unwrap(args[index])) ? null : sink('an NeDB datastore', [], valuesIn(receiverName(receiver, sourceCode), [args[index]], sourceCode));
  }
  if (legacy !== undefined && (!legacyCollection || isFunctionNode(unwrap(args[index])))) return null;
  const name = receiverName(receiver, sourceCode) ?? '';
  const words = splitWords(name);
  const isCollection =
    collection !== undefined ||
    (source !== null && MONGO_SOURCES.has(source)) ||
    isModel(receiver, sourceCode) ||
    words.some((w) => w === 'collection' || w === 'coll' || w === 'model') ||
    (/^[A-Z][a-z]/.test(name) && !words.some((w) => w === 'service' || w === 'api' || w === 'client'));
  if (!isCollection) return null;
  const container = collection?.type === 'call' ? nameOfArg(collection.node.arguments[0], sourceCode) : receiverName(receiver, sourceCode);
  return sink('a MongoDB write', [], valuesIn(container, [args[index]], sourceCode));
}

/** ORM model statics (`Card.create({...})`), TypeORM / MikroORM repositories and entity managers. */
function ormSink(method: string, receiver: Node, args: TSESTree.CallExpressionArgument[], sourceCode: SourceCode): StorageSink | null {
  // Sequelize `Model.update(values, { where })`.
  const sequelizeUpdate = method === 'update' && args.length === 2 && args[1] && objectEntries(args[1], sourceCode)?.some((e) => e.key === 'where');
  // An entity class's static `create` makes an object without writing it (TypeORM's `BaseEntity.create`, a domain factory).
  if ((MODEL_WRITES.has(method) || sequelizeUpdate) && isModel(receiver, sourceCode) && !(method === 'create' && isEntityClass(receiver, sourceCode))) {
    return sink('a database model', [], valuesIn(receiverName(receiver, sourceCode), [args[0]], sourceCode));
  }
  const repoIndex = REPOSITORY_WRITES.get(method);
  if (repoIndex !== undefined && args[repoIndex]) {
    const o = originOf(receiver, sourceCode);
    const viaCall = [...o.steps].reverse().find((s) => s.type === 'call' && s.name !== null && /^get\w*Repository$|^withRepository$/.test(s.name));
    const typed = o.root.type === 'typed' && REPOSITORY_TYPES.has(o.root.typeName) && o.steps.length === 0 ? o.root : null;
    const lastWord = splitWords(receiverName(receiver, sourceCode) ?? '').pop();
    const named = (o.root.type === 'unknown' || o.root.type === 'typed') && (lastWord === 'repo' || lastWord === 'repository');
    if (viaCall || typed || named) {
      const entity = viaCall?.type === 'call' ? nameOfArg(viaCall.node.arguments[0], sourceCode) : (typed?.typeArgument ?? receiverName(receiver, sourceCode));
      return sink('an ORM repository', [], valuesIn(entity, [args[repoIndex], madeFrom(args[repoIndex], sourceCode)], sourceCode));
    }
  }
  // Active Record: `const user = await User.findById(id); user.cardNumber = number; await user.save()` (mongoose,
  // Sequelize, TypeORM's BaseEntity): the document is stored whole, with every field set on it.
  if (method === 'save' && args.every(isSaveOption)) {
    const model = documentModel(receiver, sourceCode);
    if (model !== null) return sink('a database model', [], valuesIn(receiverName(model, sourceCode), [receiver, madeFrom(receiver, sourceCode)], sourceCode));
    // Passport's user on a route handler's request, saved: the app's user document (a plain object has no `save`).
    if (isRequestUser(receiver, sourceCode)) return sink('a database model', [], valuesIn('user', [receiver], sourceCode));
    // `Card({ … }).save()`: made without `new` and saved where it is made, as `new Card({ … }).save()` is.
    if (receiver.type === AST_NODE_TYPES.CallExpression) {
      const called = modelCalled(receiver, sourceCode);
      const from = receiver.arguments[0];
      if (called && from && from.type !== AST_NODE_TYPES.SpreadElement && resolveValue(from, sourceCode).type === AST_NODE_TYPES.ObjectExpression) {
        return sink('a database model', [], valuesIn(receiverName(called, sourceCode), [from], sourceCode));
      }
      // `Card.create({ … }).save()`: TypeORM's BaseEntity makes the document and saves it in one chain (real-world
      // batch 241: a type-graphql resolver), as the same through a const is: read as `documentMadeBy` reads a model's
      // `create` / `build` (what it was made from is the call's own argument, not a Prisma row's `data`).
      const made = unwrap(receiver.callee).type === AST_NODE_TYPES.MemberExpression ? documentMadeBy(receiver, sourceCode) : undefined;
      if (made && made.from === from) return sink('a database model', [], valuesIn(receiverName(made.model, sourceCode), [made.from], sourceCode));
    }
  }
  if (MANAGER_WRITES.has(method) && args.length >= 2 && isEntityManager(receiver, sourceCode)) {
    const entity = nameOfArg(args[0], sourceCode);
    const rest = args.slice(1).filter((a) => resolveValue(a, sourceCode).type === AST_NODE_TYPES.ObjectExpression || a.type === AST_NODE_TYPES.Identifier);
    return sink('an ORM entity manager', [], valuesIn(entity, rest, sourceCode));
  }
  return null;
}

/**
 * Passport's `req.user` on a route handler's request (`isHandlerRequest`), or a const holding it (`const user =
 * req.user`, `const { user } = req`): the user record the app's `deserializeUser` loaded, a model's document where the handler saves it
 * (real-world batch 244: Express boilerplates with mongoose users). Koa's `ctx.state.user` is not read.
 */
function isRequestUser(node: Node, sourceCode: SourceCode): boolean {
  let target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(target, sourceCode);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (def?.type !== 'Variable' || def.node.init === null || !isNeverReassigned(variable!)) return false;
    // `const { user } = req`
    const pattern = def.node.id;
    if (pattern.type === AST_NODE_TYPES.ObjectPattern) {
      const property = pattern.properties.find((p) => p.type === AST_NODE_TYPES.Property && p.value === def.name);
      return property?.type === AST_NODE_TYPES.Property && propertyKey(property, sourceCode) === 'user' && isHandlerRequest(unwrap(def.node.init), sourceCode);
    }
    if (pattern !== def.name) return false;
    target = unwrap(def.node.init);
  }
  return target.type === AST_NODE_TYPES.MemberExpression && memberName(target, sourceCode) === 'user' && isHandlerRequest(unwrap(target.object), sourceCode);
}

/** `doc.save(options)`, `doc.save(callback)`: what a document's own `save` takes (not a value to store). */
const isSaveOption = (arg: TSESTree.CallExpressionArgument): boolean =>
  arg.type === AST_NODE_TYPES.ObjectExpression || arg.type === AST_NODE_TYPES.ArrowFunctionExpression || arg.type === AST_NODE_TYPES.FunctionExpression;

/** Model methods that return one document of the model (or make one). */
const DOCUMENT_MAKERS = new Set(['findById', 'findOne', 'findByPk', 'findOneBy', 'findOneOrFail', 'findOneByOrFail', 'build', 'create', 'hydrate']);

/**
 * What the variable `node` names was made by: its const initialiser, awaited (`await User.findById(id)`, `new Card()`),
 * or the call that hands it to a callback: a mongoose query's node-style callback (`User.findById(id, (err, user) =>
 * …)`) or its promise's `then` (`User.findById(id).then((user) => …)`; real-world batch 244: the boilerplates' way).
 */
function initialMaker(node: Node | undefined, sourceCode: SourceCode): Node | null {
  if (node?.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = variableOf(node, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type === 'Parameter') return callbackMaker(def.name, def.node, sourceCode);
  const init = variable ? constInit(variable) : null;
  if (!init) return null;
  const made = unwrap(init);
  return made.type === AST_NODE_TYPES.AwaitExpression ? unwrap(made.argument) : made;
}

/** The call whose result a callback's parameter receives: \`Model.findById(id, (err, doc) => …)\`, \`Model.findById(id).then((doc) => …)\`. */
function callbackMaker(param: Node, fn: Node, sourceCode: SourceCode): Node | null {
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) return null;
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[call.arguments.length - 1] !== fn) return null;
  const callee = unwrap(call.callee);
  // `.then((doc) => …)` on the query: the query's call.
  if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee, sourceCode) === 'then' && call.arguments[0] === fn && fn.params[0] === param) {
    const query = unwrap(callee.object);
    return query.type === AST_NODE_TYPES.CallExpression ? query : null;
  }
  // A node-style callback, `(err, doc)`, last among the query's arguments.
  return fn.params.length >= 2 && fn.params[1] === param && call.arguments.length >= 2 ? call : null;
}

/**
 * The model (`isModel`) whose document the variable `node` holds: `const user = await User.findById(id)`,
 * `new Card()`, `Card.build({…})`; else null.
 */
function documentModel(node: Node, sourceCode: SourceCode): Node | null {
  const made = initialMaker(node, sourceCode);
  if (made?.type === AST_NODE_TYPES.NewExpression) {
    const model = unwrap(made.callee);
    return constructsModel(model, sourceCode) ? model : null;
  }
  if (made?.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(made.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && DOCUMENT_MAKERS.has(memberName(callee, sourceCode) ?? '') && isModel(callee.object, sourceCode)) return unwrap(callee.object);
    return modelCalled(made, sourceCode);
  }
  return null;
}

/**
 * The model a call without `new` makes a document of: `cardModel({ … })`, which mongoose's compiled model turns into
 * `new cardModel({ … })` (real-world batch 228). A model by `isModel`, no entity class (a class called without `new`
 * throws); the callee a plain name. Null otherwise.
 */
function modelCalled(call: TSESTree.CallExpression, sourceCode: SourceCode): Node | null {
  const callee = unwrap(call.callee);
  return callee.type === AST_NODE_TYPES.Identifier && isModel(callee, sourceCode) && !isEntityClass(callee, sourceCode) ? callee : null;
}

/** A class whose `new` makes a model's document: a model (`isModel`), or one of the app's models module (`isConstructedModel`). */
const constructsModel = (callee: Node, sourceCode: SourceCode): boolean => isModel(callee, sourceCode) || isConstructedModel(callee, sourceCode);

/**
 * A class made with `new` that comes from the app's models or schemas module, whatever its local name
 * (`const cardData = require('../Schemas/paymentSchema'); new cardData({ … })`, real-world batch EZ): what such a
 * module exports and code constructs is a model (a schema object is not constructed).
 */
function isConstructedModel(callee: Node, sourceCode: SourceCode): boolean {
  const o = originOf(callee, sourceCode);
  return o.root.type === 'module' && o.steps.length <= 1 && isLocalSource(o.root.source, sourceCode) && MODEL_MODULE_PATH.test(o.root.source) && !ENTITY_MODULE_PATH.test(o.root.source);
}

/**
 * The object a model's document was made from, what the document holds: for what saving it writes, and what logging it
 * writes (a card document logged after it is created: real-world batch EZ). `const card = Card.create({ … })` or
 * `Card.build({ … })`, `new Card({ … })` of a model that is no entity class (an entity's constructor may change what it
 * is given: `this.cardNumber = dto.cardNumber.slice(-4)`). Undefined otherwise.
 */
export function madeFrom(node: Node | undefined, sourceCode: SourceCode): Node | undefined {
  const made = initialMaker(node, sourceCode);
  return made ? documentMadeBy(made, sourceCode)?.from : undefined;
}

/**
 * The object the document an expression gives was made from, and the model that made it (see `madeFrom`): `new
 * Card({ … })`, `Card.create({ … })`, awaited, and saved, since `save()` gives the document it saves (mongoose,
 * Sequelize): `await new Card({ … }).save()` logged whole (real-world batch HA). Undefined otherwise.
 */
export function documentMadeBy(expression: Node, sourceCode: SourceCode): { from: Node; model: Node } | undefined {
  let made = unwrap(expression);
  if (made.type === AST_NODE_TYPES.AwaitExpression) made = unwrap(made.argument);
  if (made.type === AST_NODE_TYPES.CallExpression && made.arguments.length === 0) {
    const callee = unwrap(made.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee, sourceCode) === 'save') made = unwrap(callee.object);
  }
  if (made.type !== AST_NODE_TYPES.NewExpression && made.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const from = made.arguments[0];
  if (!from || from.type === AST_NODE_TYPES.SpreadElement) return undefined;
  if (made.type === AST_NODE_TYPES.NewExpression) {
    return constructsModel(made.callee, sourceCode) && !isEntityClass(made.callee, sourceCode) ? { from, model: made.callee } : undefined;
  }
  const callee = unwrap(made.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) {
    const model = modelCalled(made, sourceCode);
    return model ? { from, model } : undefined;
  }
  const method = memberName(callee, sourceCode);
  if (method === 'create' && callee.object.type === AST_NODE_TYPES.MemberExpression) {
    const prisma = prismaCreated(callee.object, from, sourceCode);
    if (prisma) return { from: prisma, model: callee.object };
  }
  return (method === 'create' || method === 'build') && isModel(callee.object, sourceCode) ? { from, model: callee.object } : undefined;
}

/**
 * The \`data\` a Prisma \`create\` makes its row from, which the row it returns holds (\`const card = await
 * prisma.card.create({ data: { cardNumber, cvv } })\` logged; real-world batch 231); undefined for another client, or
 * where \`select\` / \`omit\` choose what comes back.
 */
function prismaCreated(delegate: TSESTree.MemberExpression, args: Node, sourceCode: SourceCode): Node | undefined {
  if (!isPrismaClient(delegate.object, sourceCode)) return undefined;
  const entries = objectEntries(args, sourceCode);
  if (!entries || entries.some((e) => e.key === 'select' || e.key === 'omit')) return undefined;
  return entries.find((e) => e.key === 'data')?.value;
}

/**
 * A model known only by the app's module it comes from being an entities one (`./entities/transaction.entity`, a
 * clean architecture's `domain/entities`, not a models or schemas one): a TypeORM / MikroORM entity or a domain class,
 * whose `new` and static `create` make an object without writing it (a repository's save does).
 */
function isEntityClass(node: Node, sourceCode: SourceCode): boolean {
  const o = originOf(node, sourceCode);
  return (
    o.root.type === 'module' &&
    isLocalSource(o.root.source, sourceCode) &&
    ENTITY_MODULE_PATH.test(o.root.source) &&
    !MODEL_MODULE_PATH.test(o.root.source)
  );
}

function isEntityManager(node: Node, sourceCode: SourceCode): boolean {
  const o = originOf(node, sourceCode);
  if (o.root.type === 'typed' && o.steps.length === 0) return /EntityManager$/.test(o.root.typeName);
  if (o.root.type !== 'unknown' && o.root.type !== 'global') return lastGetName(o) === 'manager' || lastGetName(o) === 'em';
  const name = receiverName(node, sourceCode);
  return name === 'em' || name === 'manager' || name === 'entityManager';
}

/** A model class as code names it: capitalised (`Card`, `PaymentModel`) or ending in the word model (`cardModel`). */
const isModelName = (name: string): boolean => /^[A-Z]/.test(name) || splitWords(name).at(-1) === 'model';

/**
 * `sequelize.define(name, attributes)`: the receiver is a Sequelize instance (from a Sequelize module, or named like
 * one: `sequelize`, `db`, `database`, `orm`, `connection`, `conn` (real-world batch 88), also when imported from the
 * app's own `./db`), and the attributes are an object. The same test makes the call a schema and its result a model.
 */
function isSequelizeDefine(receiver: Node, attributes: Node, sourceCode: SourceCode): boolean {
  return (
    resolveValue(attributes, sourceCode).type === AST_NODE_TYPES.ObjectExpression &&
    receiverIs(receiver, sourceCode, SEQUELIZE_FAMILY, (words) =>
      words.some((w) => w === 'sequelize' || w === 'db' || w === 'database' || w === 'orm' || w === 'connection' || w === 'conn'),
    )
  );
}

/**
 * The app's modules that hold models or schemas (`../models/card`, `./schemas/payment.schema`; in Spanish and
 * Portuguese `../modelo/modelo_tarjeta`, `./modelos/cartao`, real-world batch 310), or entities.
 */
const MODEL_MODULE_PATH = /(?:^|[/.#])(?:models?|schemas?|modelos?|esquemas?)(?:[/.]|$)/i;
const ENTITY_MODULE_PATH = /(?:^|[/.])entit(?:y|ies)(?:[/.]|$)/i;
/** The app's database module, which Sequelize apps often make export their models (`const db = require('../db'); db.Card`). */
const DB_MODULE_PATH = /(?:^|[/.])(?:db|database)(?:[/.]|$)/i;

/**
 * A model class: `mongoose.model(...)`, `sequelize.define(...)`, `class X extends Model`, imported from a models /
 * entities module, or typed as mongoose's `Model<X>`.
 */
function isModel(node: Node, sourceCode: SourceCode): boolean {
  const o = originOf(node, sourceCode);
  const source = rootSource(o);
  if (hasCall(o, new Set(['model'])) && (source === 'mongoose' || o.root.type === 'unknown')) return true;
  if (hasCall(o, new Set(['define'])) && source !== null && SEQUELIZE_SOURCES.has(source)) return true;
  // `const Card = sequelize.define('Card', {…})` on an instance of the app's own (`import { sequelize } from './db'`).
  const last = o.steps.at(-1);
  if (last?.type === 'call' && last.name === 'define') {
    const callee = unwrap(last.node.callee);
    const attributes = last.node.arguments[1];
    if (callee.type === AST_NODE_TYPES.MemberExpression && attributes && isSequelizeDefine(callee.object, attributes, sourceCode)) return true;
  }
  // Sequelize 4–5's loader of a model file (`const Source = sequelize.import('../models/source')`; real-world batch 324).
  if (last?.type === 'call' && last.name === 'import' && isModelName(receiverName(node, sourceCode) ?? '')) {
    const [path] = last.node.arguments;
    const file = path ? staticString(path, sourceCode) : null;
    if (file !== null && isLocalSource(file, sourceCode) && MODEL_MODULE_PATH.test(file)) return true;
  }
  if (o.root.type === 'class' && o.steps.length === 0 && o.root.node.superClass) {
    const superOrigin = originOf(o.root.node.superClass, sourceCode);
    const superSource = rootSource(superOrigin);
    return superSource !== null && (SEQUELIZE_SOURCES.has(superSource) || superSource === 'typeorm' || superSource === 'objection');
  }
  if (isContextModel(node, o)) return true;
  if (isWaterlineModel(node, o, sourceCode)) return true;
  // A model typed as mongoose's (`@InjectModel(User.name) private userModel: Model<User>`, NestJS; real-world batch 258).
  if (o.root.type === 'typed' && o.steps.length === 0 && o.root.typeName === 'Model' && o.root.source !== null && MONGOOSE(o.root.source)) return true;
  if (o.root.type !== 'module' || o.steps.length > 1 || !isLocalSource(o.root.source, sourceCode)) return false;
  // A module named for one model (`../model/paymentModel`, `./payment.model`), imported whole: its export is the model,
  // whatever the local name (`const payment1 = require('../model/paymentModel')`, real-world batch EL).
  if (o.steps.length === 0 && moduleNamesModel(o.root.source)) return true;
  return (
    (MODEL_MODULE_PATH.test(o.root.source) || ENTITY_MODULE_PATH.test(o.root.source) || (o.steps.length === 1 && DB_MODULE_PATH.test(o.root.source))) &&
    isModelName(receiverName(node, sourceCode) ?? '')
  );
}

/**
 * A Sails app's model, a global its framework defines from `api/models/Card.js` (`await Card.create({ … }).fetch()`,
 * Waterline): a capitalised name no code of the file declares, in a package that declares `sails`.
 */
function isWaterlineModel(node: Node, o: Origin, sourceCode: SourceCode): boolean {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.Identifier || !/^[A-Z][a-z]/.test(target.name) || o.root.type !== 'global' || o.steps.length > 0) return false;
  return inSailsApp(sourceCode);
}
const SAILS_PACKAGES: readonly string[] = ['sails'];
/** Is the file in a package that declares `sails`? Once per file. */
const inSailsApp = (sourceCode: SourceCode): boolean =>
  perFile(sourceCode, 'sinks:sails-package', () => ownPackageDeclares(physicalFilenameOf(sourceCode), SAILS_PACKAGES) === true);

/** The model file of a Sails app: a file under `api/models/` of a package that declares `sails`. Once per file. */
export const mayDefineWaterlineModel = (sourceCode: SourceCode): boolean =>
  perFile(sourceCode, 'sinks:waterline-model-file', () => /(?:^|[\\/])api[\\/]models[\\/][^\\/]+\.[cm]?[jt]s$/.test(physicalFilenameOf(sourceCode)) && inSailsApp(sourceCode));

/**
 * A Sails model's definition (Waterline): the attributes of `module.exports = { attributes: { cardNumber: { type:
 * 'string' }, … } }`, under the model's name (its file's); real-world batch GD.
 */
function waterlineModelSink(definition: Node, sourceCode: SourceCode): StorageSink | null {
  const attributes = objectEntries(definition, sourceCode)?.find((entry) => entry.key === 'attributes')?.value;
  if (!attributes || valueOf(attributes, sourceCode).type !== AST_NODE_TYPES.ObjectExpression) return null;
  const model = physicalFilenameOf(sourceCode).replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return sink('a Waterline model', declaredFields(attributes, model, sourceCode, true), []);
}

/**
 * A capitalised member of the app's `models` registry handed in by a framework (`{ models }` of an Apollo resolver's
 * context, `ctx.models.Card`; real-world batch FD): `models.PaymentInfo.create({ … })`. Not a registry that comes from
 * a module (a package's, or the app's own `sequelize.models`): only one whose origin is unknown or typed.
 */
function isContextModel(node: Node, o: Origin): boolean {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.MemberExpression || target.computed || target.property.type !== AST_NODE_TYPES.Identifier) return false;
  if (!/^[A-Z]/.test(target.property.name) || (o.root.type !== 'unknown' && o.root.type !== 'typed')) return false;
  const registry = unwrap(target.object);
  const name = registry.type === AST_NODE_TYPES.Identifier ? registry.name : registry.type === AST_NODE_TYPES.MemberExpression && !registry.computed && registry.property.type === AST_NODE_TYPES.Identifier ? registry.property.name : null;
  return name === 'models';
}

/** Is a module path's last segment named for a model (`paymentModel`, `payment.model`, `payment-model.js`)? */
function moduleNamesModel(source: string): boolean {
  const file = source.slice(source.lastIndexOf('/') + 1).replace(/\.[cm]?[jt]sx?$/, '');
  return splitWords(file).at(-1) === 'model';
}

/**
 * Firestore `ref.set/add/update/create(data)`, `batch.set(docRef, data)`, RTDB `db.ref('x').set/push/update(data)`
 * (`admin.database()`, `firebase.database()`, firebase-admin/database's `getDatabase()`).
 */
function firebaseSink(method: string, receiver: Node, args: TSESTree.CallExpressionArgument[], sourceCode: SourceCode): StorageSink | null {
  if (method !== 'set' && method !== 'add' && method !== 'update' && method !== 'create' && method !== 'push') return null;
  const o = originOf(receiver, sourceCode);
  const callNames = new Set(o.steps.map((s) => (s.type === 'call' ? s.name : null)));
  // batch / transaction: first argument is a document reference.
  if (args.length >= 2 && method !== 'add' && method !== 'push') {
    const ref = originOf(args[0]!, sourceCode);
    const refCalls = ref.steps.filter((s) => s.type === 'call');
    const isDocRef = refCalls.some((s) => s.name === 'doc') && (ref.root.type !== 'module' || FIRESTORE_SOURCES.has(ref.root.source) || refCalls.some((s) => s.name === 'collection'));
    if (isDocRef) return sink('a Firestore write', [], valuesIn(firestorePathName(args[0], sourceCode), [args[1]], sourceCode));
  }
  // The Admin SDK's modular entry point: `getDatabase().ref(path).set(…)` (firebase-admin/database; real-world batch FQ).
  const database = callNames.has('database') || (o.root.type === 'module' && o.root.source === RTDB_ADMIN_SOURCE);
  if (method === 'push' || (callNames.has('ref') && database)) {
    if (!(callNames.has('ref') || callNames.has('child')) || !database) return null;
    return sink('a Realtime Database write', [], valuesIn(firestorePathName(receiver, sourceCode), [args[0]], sourceCode));
  }
  const last = [...o.steps].reverse().find((s) => s.type === 'call');
  const onDoc = last?.type === 'call' && (method === 'add' ? last.name === 'collection' : last.name === 'doc');
  if (!onDoc || isStripe(receiver, sourceCode)) return null;
  return sink('a Firestore write', [], valuesIn(firestorePathName(receiver, sourceCode), [args[0]], sourceCode));
}

function dynamoCallSink(method: string, args: TSESTree.CallExpressionArgument[], sourceCode: SourceCode): StorageSink | null {
  return DYNAMO_CALLS.has(method) && args[0] ? dynamoParams(args[0], sourceCode) : null;
}

/** `{ TableName, Item }`, `{ TableName, UpdateExpression, ExpressionAttributeValues }`, `{ RequestItems }`, `{ TransactItems }`. */
function dynamoParams(node: Node, sourceCode: SourceCode): StorageSink | null {
  const entries = objectEntries(node, sourceCode);
  if (!entries) return null;
  const keys = new Set(entries.map((e) => e.key));
  const isWrite = (keys.has('TableName') && (keys.has('Item') || keys.has('UpdateExpression'))) || keys.has('RequestItems') || keys.has('TransactItems');
  if (!isWrite) return null;
  const table = entries.find((e) => e.key === 'TableName');
  const container = table ? staticString(table.value, sourceCode) : null;
  const fields: StoredField[] = [];
  const update = entries.find((e) => e.key === 'UpdateExpression');
  if (update) {
    const text = staticString(update.value, sourceCode);
    const names = new Map((objectEntries(entries.find((e) => e.key === 'ExpressionAttributeNames')?.value ?? update.value, sourceCode) ?? []).map((e) => [e.key, e.value]));
    for (const column of text !== null ? setListColumns(text.replace(/^\s*SET\b/i, 'SET'), 0) : []) {
      const alias = names.get(column.name);
      const name = alias ? staticString(alias, sourceCode) : column.name;
      if (name !== null) fields.push({ name, node: alias ?? update.value, cardContext: false });
    }
  }
  const values = entries.filter((e) => e.key !== 'UpdateExpression' && e.key !== 'ExpressionAttributeNames' && e.key !== 'TableName').map((e) => e.value);
  return sink('a DynamoDB write', fields, valuesIn(container, values, sourceCode));
}

/**
 * Stores of edge runtimes (real-world batch FA): a Cloudflare Workers KV namespace's or R2 bucket's `put(key, value)` on
 * a binding of the Worker's `env` (`env.CARDS.put`, Hono's `c.env.KV.put`, a Pages Function's `context.env.KV.put`;
 * every `put` of an `env` binding writes a KV namespace or an R2 bucket), a Durable Object's own
 * `this.ctx.storage.put(key, value)` / `put({ … })`, Deno KV's `kv.set(key, value)` on `await Deno.openKv()`, and a
 * Netlify Blobs store's `set` / `setJSON`.
 */
/** The methods of a Deno KV atomic operation that return it, so that a chain of them ends in a `set` on it. */
const DENO_ATOMIC_STEPS: ReadonlySet<string> = new Set(['check', 'set', 'delete', 'sum', 'min', 'max', 'enqueue']);

/** Netlify Blobs' store makers (`@netlify/blobs`): `getStore(name)`, `getStore({ name, consistency })`, `getDeployStore(…)`. */
const NETLIFY_STORE_MAKERS: ReadonlySet<string> = new Set(['getStore', 'getDeployStore']);

function edgeStoreSink(method: string, receiver: Node, args: TSESTree.CallExpressionArgument[], sourceCode: SourceCode): StorageSink | null {
  if (method === 'set' || method === 'setJSON') {
    const o = args.length >= 2 ? originOf(receiver, sourceCode) : null;
    // A Netlify Blobs store's `set(key, value)` / `setJSON(key, value)` (real-world batch 331).
    const netlify = o !== null && rootSource(o) === '@netlify/blobs' && o.steps.length === 2 && NETLIFY_STORE_MAKERS.has(stepNameAt(o, 0) ?? '') && o.steps[1]!.type === 'call';
    if (netlify) return sink('Netlify Blobs', [], valuesIn(null, [args[1]], sourceCode));
    if (method === 'setJSON') return null;
    const opened = o?.root.type === 'global' && o.root.name === 'Deno' && o.steps.length >= 2 && o.steps[1]!.type === 'call' && o.steps[1]!.name === 'openKv';
    // `kv.set(key, value)`, or in an atomic operation's chain: `kv.atomic().check(entry).set(key, value).commit()`.
    const chained = (steps: readonly OriginStep[]): boolean =>
      steps.length === 0 ||
      (steps.length >= 2 && steps[0]!.type === 'get' && steps[0]!.name === 'atomic' && steps[1]!.type === 'call' &&
        steps.slice(2).every((step, i) => (i % 2 === 0 ? step.type === 'get' && DENO_ATOMIC_STEPS.has(step.name ?? '') : step.type === 'call')));
    return opened && chained(o.steps.slice(2)) ? sink('Deno KV', [], valuesIn(null, [args[1]], sourceCode)) : null;
  }
  if (method !== 'put' || args.length === 0) return null;
  if (receiver.type === AST_NODE_TYPES.Identifier) {
    // A binding taken out of the environment first (`const { CARDS } = c.env`, `const { CARDS } = env`).
    const variable = args.length >= 2 ? variableOf(receiver, sourceCode) : null;
    const binding = variable && destructuredBinding(variable, sourceCode);
    return binding && isWorkerEnv(unwrap(binding.init), sourceCode) ? sink('Workers KV / R2', [], valuesIn(null, [args[1]], sourceCode)) : null;
  }
  if (receiver.type !== AST_NODE_TYPES.MemberExpression) return null;
  if (memberName(receiver, sourceCode) === 'storage') {
    const body = enclosingClassBody(receiver);
    const inObject = body !== null && isDurableObjectClass(body.parent, sourceCode);
    return inObject ? sink("a Durable Object's storage", [], valuesIn(null, [args.length >= 2 ? args[1] : args[0]], sourceCode)) : null;
  }
  if (args.length < 2) return null;
  return isWorkerEnv(unwrap(receiver.object), sourceCode) ? sink('Workers KV / R2', [], valuesIn(null, [args[1]], sourceCode)) : null;
}

/** A Worker's bindings: `env` (the fetch handler's parameter), or `c.env` / `this.env` / `context.env`, not `process.env`. */
const isWorkerEnv = (holder: Node, sourceCode: SourceCode): boolean =>
  (holder.type === AST_NODE_TYPES.Identifier && holder.name === 'env') ||
  (holder.type === AST_NODE_TYPES.MemberExpression && memberName(holder, sourceCode) === 'env' && !isGlobalPath(holder.object, sourceCode, ['process']));

/** Redis (`redis`, `ioredis`, `@upstash/redis`, `@vercel/kv`), cache-manager, Keyv, memcached: `set`, `hset`, `lpush`... */
function kvSink(method: string, receiver: Node, args: TSESTree.CallExpressionArgument[], sourceCode: SourceCode, options: StorageSinkOptions): StorageSink | null {
  const shape = KV_WRITES.get(method);
  if (shape === undefined || args.length === 0) return null;
  // `client.json.set(key, '$', doc)` (RedisJSON)
  const json = receiver.type === AST_NODE_TYPES.MemberExpression && memberName(receiver, sourceCode) === 'json' && method === 'set';
  const client = json ? unwrap((receiver as TSESTree.MemberExpression).object) : receiver;
  const extra = new Set(options.storeNames ?? []);
  const isStore = receiverIs(client, sourceCode, KV_FAMILY, (words, name) => extra.has(name) || words.some((w) => KV_WORDS.has(w) || w.endsWith('redis')));
  if (!isStore) return null;
  const fields: StoredField[] = [];
  let values: (Node | undefined)[];
  if (json) values = [args[2]];
  else if (shape === 'value1') values = [args[1]];
  else if (shape === 'value2') values = [args[2]];
  else if (shape === 'rest') values = args.slice(1);
  else {
    const start = method.startsWith('m') ? 0 : 1; // mset(k, v, ...) vs hset(key, f, v, ...)
    if (args.length === start + 1) values = [args[start]];
    else {
      values = [];
      for (let i = start; i + 1 < args.length; i += 2) {
        const name = staticString(args[i]!, sourceCode);
        if (name !== null && start === 1) fields.push({ name, node: args[i]!, cardContext: false, value: args[i + 1] });
        values.push(args[i + 1]);
      }
    }
  }
  return sink('a Redis / cache store', fields, valuesIn(null, values, sourceCode));
}

const POUCHDB_SOURCES: ReadonlySet<string> = new Set(['pouchdb', 'pouchdb-browser', 'pouchdb-node', 'pouchdb-core']);

/**
 * Mobile apps' on-device stores, by module: MMKV (`new MMKV()` / `createMMKV()`, `storage.set(key, value)`), Cordova's
 * NativeStorage (`nativeStorage.setItem(key, value)`, the Ionic Native / Awesome Cordova Plugins wrapper, injected by
 * type), Realm (`realm.create('Card', values)`) and RxDB (`db.cards.insert(doc)`, `upsert`, `bulkInsert`, on a database
 * made with `createRxDatabase`). Kept in the app's files on the phone, often backed up.
 */
const MMKV_SOURCES: ReadonlySet<string> = new Set(['react-native-mmkv', 'react-native-mmkv-storage']);
const NATIVE_STORAGE_SOURCES: ReadonlySet<string> = new Set([
  '@awesome-cordova-plugins/native-storage', '@awesome-cordova-plugins/native-storage/ngx', '@ionic-native/native-storage',
  '@ionic-native/native-storage/ngx',
]);
const RXDB_WRITES: ReadonlySet<string> = new Set(['insert', 'upsert', 'bulkInsert', 'bulkUpsert']);
/**
 * ...and, kept on the device too (encrypted or not, a stored CVC is still kept): Cordova's SecureStorage (`(await
 * secureStorage.create('wallet')).set(key, value)`, its Ionic Native / Awesome Cordova Plugins wrapper, injected by type),
 * NativeScript's `ApplicationSettings.setString(key, value)`, and a desktop app's system keychain through keytar
 * (`keytar.setPassword(service, account, secret)`; real-world batches 246 and 248).
 */
const SECURE_STORAGE_SOURCES: ReadonlySet<string> = new Set(
  // (and its `-echo` fork's wrapper, real-world batch 249)
  ['secure-storage', 'secure-storage-echo'].flatMap((plugin) =>
    ['@awesome-cordova-plugins', '@ionic-native'].flatMap((scope) => [`${scope}/${plugin}`, `${scope}/${plugin}/ngx`]),
  ),
);
const SECURE_STORAGE_CREATE: ReadonlySet<string> = new Set(['create']);
const APPLICATION_SETTINGS_SOURCES: ReadonlySet<string> = new Set(['@nativescript/core', '@nativescript/core/application-settings', 'tns-core-modules/application-settings']);
const MOBILE_STORE_MODULES = moduleGate(
  'mobile-store',
  (s) =>
    MMKV_SOURCES.has(s) ||
    NATIVE_STORAGE_SOURCES.has(s) ||
    SECURE_STORAGE_SOURCES.has(s) ||
    APPLICATION_SETTINGS_SOURCES.has(s) ||
    s === 'keytar' ||
    s === 'realm' ||
    s === 'rxdb' ||
    s.startsWith('rxdb/'),
);

/** A write to one of the mobile stores above, in a file that imports one. */
function mobileStoreSink(method: string, receiver: Node, args: TSESTree.CallExpressionArgument[], sourceCode: SourceCode): StorageSink | null {
  if (method !== 'set' && method !== 'setItem' && method !== 'create' && method !== 'setString' && method !== 'setPassword' && !RXDB_WRITES.has(method)) return null;
  if (!MOBILE_STORE_MODULES(sourceCode)) return null;
  const o = originOf(receiver, sourceCode);
  const source = rootSource(o);
  if (source === null) return null;
  if (method === 'setString') return APPLICATION_SETTINGS_SOURCES.has(source) ? keyValueSink('ApplicationSettings', args, sourceCode) : null;
  // keytar's secret under its account's name.
  if (method === 'setPassword') return source === 'keytar' && args.length >= 3 ? keyValueSink('the system keychain (keytar)', args.slice(1), sourceCode) : null;
  // The storage `create` makes, also handed to a callback typed as one (`.then((store: SecureStorageObject) => …)`).
  const secureStore = hasCall(o, SECURE_STORAGE_CREATE) || (o.root.type === 'typed' && o.root.typeName === 'SecureStorageObject' && o.steps.length === 0);
  if (method === 'set' && SECURE_STORAGE_SOURCES.has(source) && secureStore) return keyValueSink('SecureStorage', args, sourceCode);
  if (method === 'set') return MMKV_SOURCES.has(source) ? keyValueSink('MMKV', args, sourceCode) : null;
  if (method === 'setItem') return NATIVE_STORAGE_SOURCES.has(source) ? keyValueSink('NativeStorage', args, sourceCode) : null;
  if (method === 'create') return source === 'realm' && args.length >= 2 ? sink('Realm', [], valuesIn(nameOfArg(args[0], sourceCode), [args[1]], sourceCode)) : null;
  return source === 'rxdb' || source.startsWith('rxdb/') ? sink('RxDB', [], valuesIn(lastGetName(originOf(receiver, sourceCode)), [args[0]], sourceCode)) : null;
}

/** Web Storage, AsyncStorage, localForage, SecureStore `setItem(key, value)`; IndexedDB / idb / Dexie `put` / `add`; PouchDB. */
function browserSink(method: string, receiver: Node, args: TSESTree.CallExpressionArgument[], sourceCode: SourceCode): StorageSink | null {
  if (method === 'setSync') {
    const source = DEVICE_STORAGE_MODULES(sourceCode) ? rootSource(originOf(receiver, sourceCode)) : null;
    return source === 'electron-settings' ? keyValueSink('electron-settings', args, sourceCode) : null;
  }
  if (method === 'set') {
    // A browser extension's storage: `chrome.storage.local.set({ … })`, `browser.storage.sync.set(…)` (WebExtensions).
    if (extensionStorageName(receiver, sourceCode) !== null) return sink('extension storage', [], valuesIn(null, [args[0]], sourceCode));
    // Ionic Storage (`this.storage.set('cards', cards)`, the service injected by type or made with `new Storage()`;
    // real-world batch DQ), Capacitor Preferences (`Preferences.set({ key, value })`) and desktop stores
    // (DESKTOP_STORES), in a file that imports one:
    // every `Map#set` is no reason to follow a receiver.
    if (!DEVICE_STORAGE_MODULES(sourceCode)) return null;
    const source = rootSource(originOf(receiver, sourceCode));
    if (source !== null && IONIC_STORAGE_SOURCES.has(source)) return keyValueSink('Ionic Storage', args, sourceCode);
    const desktop = source !== null ? DESKTOP_STORES.get(source) : undefined;
    if (desktop !== undefined) return args.length === 1 ? sink(desktop, [], valuesIn(null, [args[0]], sourceCode)) : keyValueSink(desktop, args, sourceCode);
    return source !== null && PREFERENCES_SOURCES.has(source) ? sink('Capacitor Preferences', [], valuesIn(null, [args[0]], sourceCode)) : null;
  }
  if (method === 'setItem' || method === 'setItemAsync') {
    let label = method === 'setItem' ? webStorageName(receiver, sourceCode) : null;
    if (label === null) {
      const o = originOf(receiver, sourceCode);
      const source = rootSource(o);
      if (source !== null && SECURE_STORES.has(source)) label = SECURE_STORES.get(source)!;
      else if (method === 'setItemAsync') return null;
      else if (source !== null && ASYNC_STORAGE_SOURCES.has(source)) label = 'AsyncStorage';
      else if (source === 'localforage') label = 'localForage';
      else if (source === 'unstorage' || isNitroStorage(o)) label = source === 'unstorage' ? 'unstorage' : "Nitro's storage";
      else return null;
    }
    return keyValueSink(label, args, sourceCode);
  }
  // PouchDB (`new PouchDB('payments')`, kept in the browser's IndexedDB and often synced to a CouchDB): `put(doc)`,
  // `post(doc)`, `bulkDocs(docs)` (real-world batch GB).
  if (method === 'put' || method === 'post' || method === 'bulkDocs') {
    const made = originOf(receiver, sourceCode);
    const source = rootSource(made);
    const created = made.steps.length === 1 ? made.steps[0] : undefined;
    if (source !== null && POUCHDB_SOURCES.has(source) && (created?.type === 'new' || created?.type === 'call')) {
      return sink('PouchDB', [], valuesIn(nameOfArg(created.node.arguments[0], sourceCode), [args[0]], sourceCode));
    }
    if (method !== 'put') return null;
  }
  if (method !== 'put' && method !== 'add' && method !== 'bulkPut' && method !== 'bulkAdd') return null;
  const o = originOf(receiver, sourceCode);
  const store = [...o.steps].reverse().find((s) => s.type === 'call' && s.name === 'objectStore');
  if (store?.type === 'call' || (lastGetName(o) === 'store' && hasCall(o, new Set(['transaction'])))) {
    const container = store?.type === 'call' ? nameOfArg(store.node.arguments[0], sourceCode) : null;
    return sink('IndexedDB', [], valuesIn(container, [args[0]], sourceCode));
  }
  const source = rootSource(o);
  if (source === 'idb' && hasCall(o, new Set(['openDB'])) && args.length >= 2) {
    return sink('IndexedDB', [], valuesIn(nameOfArg(args[0], sourceCode), [args[1]], sourceCode));
  }
  // Dexie, or a database class of this file that extends it (`class WalletDB extends Dexie { cards!: Table<Card> }`,
  // then `db.cards.add(…)`).
  if (source === 'dexie' || superclassSource(o, sourceCode) === 'dexie' || isOwnTableOfDexieClass(receiver, o, sourceCode)) {
    const table = lastGetName(o);
    return sink('IndexedDB', [], valuesIn(table, [args[0]], sourceCode));
  }
  return null;
}

/** Modules Nitro's `useStorage` is imported from where it is not auto-imported. */
const NITRO_STORAGE_SOURCES: ReadonlySet<string> = new Set(['nitropack/runtime', '#imports', 'nitro/runtime', 'nitro/storage', '#internal/nitro']);

/**
 * Nitro's (Nuxt's server) key-value storage: what `useStorage()` / `useStorage('redis')` gives, auto-imported (a name
 * the file does not bind) or from Nitro's runtime (real-world batch 245). Its mounts keep what is set in Redis, a file,
 * a KV namespace or memory. VueUse's `useStorage(key, initial)` gives a ref, which has no `setItem`.
 */
function isNitroStorage(o: Origin): boolean {
  const made = o.steps[o.root.type === 'module' ? 1 : 0];
  const named = o.root.type === 'global' ? o.root.name === 'useStorage' && o.steps.length === 1 : o.root.type === 'module' && NITRO_STORAGE_SOURCES.has(o.root.source) && o.steps.length === 2 && stepNameAt(o, 0) === 'useStorage';
  return named && made?.type === 'call' && made.node.arguments.length <= 1;
}
const stepNameAt = (o: Origin, index: number): string | null => {
  const step = o.steps[index];
  return step?.type === 'get' ? step.name : null;
};

/**
 * A store's `(key, value)` write: the value stored under its key's name (when static) and read for its own content
 * (the key gives no card context), the key's name being where it is kept (`setItem('loyaltyCard', …)` keeps a loyalty
 * card's number).
 */
function keyValueSink(label: string, args: TSESTree.CallExpressionArgument[], sourceCode: SourceCode): StorageSink {
  const [key, value] = args;
  const name = key ? staticString(key, sourceCode) : null;
  const values = value && value.type !== AST_NODE_TYPES.SpreadElement ? [{ node: value, cardContext: false, container: name }] : [];
  return sink(label, name !== null ? [{ name, node: key!, cardContext: false, value }] : [], values);
}

const RESPONSE_NAMES = new Set(['res', 'response', 'resp', 'reply', 'rep']);

/** Remix's and React Router's server runtimes, whose session storages and cookies keep what they are given. */
const REMIX_MODULES: ReadonlySet<string> = new Set([
  '@remix-run/node', '@remix-run/cloudflare', '@remix-run/deno', '@remix-run/server-runtime', 'remix', 'react-router', '@react-router/node',
  '@react-router/cloudflare',
]);
const REMIX_SESSION_STORAGES: ReadonlySet<string> = new Set([
  'createCookieSessionStorage', 'createSessionStorage', 'createMemorySessionStorage', 'createFileSessionStorage', 'createWorkersKVSessionStorage',
  'createArcTableSessionStorage',
]);
const GET_SESSION: ReadonlySet<string> = new Set(['getSession']);

/**
 * A session `getSession` gives: of a session storage made with Remix's or React Router's makers in the file, or imported
 * from the app's sessions module (`import { getSession } from '~/sessions.server'`, the docs' layout).
 */
function isRemixSession(o: Origin, source: string | null, sourceCode: SourceCode): boolean {
  if (source === null || !hasCall(o, GET_SESSION)) return false;
  if (REMIX_MODULES.has(source)) return hasCall(o, REMIX_SESSION_STORAGES);
  return isLocalSource(source, sourceCode) && /session/i.test(source);
}

/** `cardCookie.serialize(value)` of a Remix / React Router `createCookie(name)`: the value in the cookie (real-world batch 252). */
function remixCookieSink(receiver: Node, value: TSESTree.CallExpressionArgument | undefined, sourceCode: SourceCode): StorageSink | null {
  const o = originOf(receiver, sourceCode);
  const source = rootSource(o);
  const made = o.steps[o.steps.length - 1];
  if (source === null || !REMIX_MODULES.has(source) || made?.type !== 'call' || made.name !== 'createCookie' || !value || value.type === AST_NODE_TYPES.SpreadElement) return null;
  return sink('a cookie', [], valuesIn(nameOfArg(made.node.arguments[0], sourceCode), [value], sourceCode));
}
const NEXT_COOKIES: ReadonlySet<string> = new Set(['cookies']);

/** Express `res.cookie(name, value)`, Fastify `reply.setCookie`, Koa / Next `x.cookies.set`, `cookies().set`, js-cookie. */
function cookieCallSink(method: string, receiver: Node, args: TSESTree.CallExpressionArgument[], sourceCode: SourceCode): StorageSink | null {
  const [name, value] = args;
  if (method === 'cookie' || method === 'setCookie') {
    const receiverText = receiverName(receiver, sourceCode);
    return receiverText !== null && RESPONSE_NAMES.has(receiverText) ? cookieSink(name, value, sourceCode) : null;
  }
  if (method === 'serialize') return remixCookieSink(receiver, name, sourceCode);
  if (method !== 'set') return null;
  const o = originOf(receiver, sourceCode);
  const source = rootSource(o);
  // A Remix / React Router session (`session.set('cvc', …)` on what `getSession` gives), kept in its cookie or its
  // store (real-world batch 252).
  if (isRemixSession(o, source, sourceCode)) return keyValueSink('the session', args, sourceCode);
  // Next.js' cookie store under any name, awaited or not (`const cookieStore = await cookies(); cookieStore.set(…)`,
  // `(await cookies()).set(…)`), also given one object (`set({ name, value, httpOnly })`; real-world batch 247).
  if (source === 'next/headers' && hasCall(o, NEXT_COOKIES)) {
    if (args.length === 1) {
      const entries = objectEntries(resolveValue(args[0]!, sourceCode), sourceCode);
      const named = entries?.find((entry) => entry.key === 'name');
      const given = entries?.find((entry) => entry.key === 'value');
      return given ? cookieSink(named?.value, given.value, sourceCode) : null;
    }
    return cookieSink(name, value, sourceCode);
  }
  const cookieJar = o.root.type === 'unknown' || (o.root.type === 'global' && !constructs(o)) || (source !== null && (source === 'next/headers' || isLocalSource(source, sourceCode)));
  if (receiverName(receiver, sourceCode) === 'cookies' && cookieJar) {
    return cookieSink(name, value, sourceCode);
  }
  if (source === 'js-cookie' || source === 'universal-cookie' || source === 'typescript-cookie') return cookieSink(name, value, sourceCode);
  return null;
}

/** `fs.writeFile(path, data)` and friends, `fs.promises.appendFile`, write streams `stream.write(data)`. */
function fileSink(method: string, receiver: Node, args: TSESTree.CallExpressionArgument[], sourceCode: SourceCode): StorageSink | null {
  if (!FS_WRITES.has(method) && method !== 'end') return null;
  const o = originOf(receiver, sourceCode);
  const source = rootSource(o);
  const isFs = (source !== null && FS_SOURCES.has(source)) || (o.root.type === 'global' && (o.root.name === 'fs' || o.root.name === 'fse'));
  if (!isFs) return null;
  if ((method === 'write' || method === 'end') && hasCall(o, new Set(['createWriteStream']))) {
    return sink('a file', [], valuesIn(null, [args[0]], sourceCode));
  }
  const index = FS_WRITES.get(method);
  if (index === undefined || constructs(o)) return null;
  return sink('a file', [], valuesIn(null, [args[index]], sourceCode));
}

/** Payload CMS's modules: a collection's config is typed from `payload` (`CollectionConfig`) or written for a plugin. */
const PAYLOAD_MODULES = moduleGate('payload', (s) => s === 'payload' || s.startsWith('payload/') || s.startsWith('@payloadcms/'));

/** Can the file declare a Payload collection (`storageSinkOfCollection`)? It imports from Payload. */
export const mayDeclarePayloadCollection = (sourceCode: SourceCode): boolean => fileMentions(sourceCode, PAYLOAD_MODULES);

/** Payload's field types that hold other fields: a group's and an array's are kept under its name, a row's and a collapsible's beside it. */
const PAYLOAD_FIELD_HOLDERS: ReadonlySet<string> = new Set(['group', 'array', 'row', 'collapsible']);

/**
 * A Payload CMS collection's config (`{ slug: 'credit-cards', fields: [{ name: 'number', type: 'text' }, …] }`), in a
 * file that imports from Payload: its fields are a table's columns, the collection named by its slug; a `checkbox` field
 * is a flag. The fields of groups, arrays, rows and collapsibles are read too. Real-world batch 338 (a scope gap).
 */
export function storageSinkOfCollection(node: TSESTree.ObjectExpression, sourceCode: SourceCode): StorageSink | null {
  const entries = objectEntries(node, sourceCode);
  const slug = entries?.find((entry) => entry.key === 'slug');
  const list = entries?.find((entry) => entry.key === 'fields');
  const container = slug ? staticString(slug.value, sourceCode) : null;
  if (container === null || !list) return null;
  const declared: Array<{ name: string; node: Node; flag: boolean }> = [];
  const read = (fields: Node, depth: number): void => {
    const array = resolveValue(fields, sourceCode);
    if (array.type !== AST_NODE_TYPES.ArrayExpression || depth > 3) return;
    for (const element of array.elements) {
      if (!element || element.type === AST_NODE_TYPES.SpreadElement) continue;
      const field = objectEntries(element, sourceCode);
      const type = field?.find((entry) => entry.key === 'type');
      const typeName = type ? staticString(type.value, sourceCode) : null;
      if (typeName !== null && PAYLOAD_FIELD_HOLDERS.has(typeName)) {
        const nested = field?.find((entry) => entry.key === 'fields');
        if (nested) read(nested.value, depth + 1);
        continue;
      }
      const name = field?.find((entry) => entry.key === 'name');
      const written = name ? staticString(name.value, sourceCode) : null;
      if (written !== null) declared.push({ name: written, node: name!.value, flag: typeName === 'checkbox' });
    }
  };
  read(list.value, 0);
  if (declared.length === 0) return null;
  const cardContext = tableCardContext(container, declared.filter((field) => !field.flag).map((field) => field.name));
  return sink(
    'a Payload collection',
    declared.map((field) => ({ name: field.name, node: field.node, cardContext, container, ...(field.flag ? { flag: true } : {}) })),
    [],
  );
}

/** `new Schema({...})` (mongoose), DynamoDB commands, `new Model({...})` of a proven model. */
export function storageSinkOfNew(node: TSESTree.NewExpression, sourceCode: SourceCode): StorageSink | null {
  const first = node.arguments[0];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return null;
  const o = originOf(node.callee, sourceCode);
  const source = rootSource(o);
  const name = lastGetName(o) ?? receiverName(node.callee, sourceCode);
  if (source !== null && name === 'Schema' && (MONGOOSE(source) || isLocalMongoose(source, node.callee))) return mongooseSchema(node, sourceCode);
  if (source === 'redis-om' && name === 'Schema') return redisOmSchema(node, sourceCode);
  // Vuex 3's `new Vuex.Store({ state, plugins: [createPersistedState()] })`.
  if (source === 'vuex' && name === 'Store') return vuexPersistSink(first, sourceCode);
  if (name !== null && DYNAMO_COMMANDS.has(name) && (source === null ? o.root.type !== 'value' : DYNAMO_SOURCES.has(source))) {
    return dynamoParams(first, sourceCode);
  }
  if (
    (isModel(node.callee, sourceCode) || (savedAtOnce(node, sourceCode) && isConstructedModel(node.callee, sourceCode))) &&
    !isEntityClass(node.callee, sourceCode) &&
    resolveValue(first, sourceCode).type === AST_NODE_TYPES.ObjectExpression &&
    !isUnusedDocument(node, sourceCode)
  ) {
    return sink('a database model', [], valuesIn(receiverName(node.callee, sourceCode), [first], sourceCode));
  }
  return null;
}

/** `new X({ … }).save()`: a document saved where it is made (real-world batch FF), whatever `X`'s local name. */
function savedAtOnce(node: TSESTree.NewExpression, sourceCode: SourceCode): boolean {
  const member = withTypeWrappers(node).parent;
  return (
    member?.type === AST_NODE_TYPES.MemberExpression &&
    memberName(member, sourceCode) === 'save' &&
    member.parent.type === AST_NODE_TYPES.CallExpression &&
    member.parent.callee === member &&
    member.parent.arguments.every(isSaveOption)
  );
}

/**
 * A document made into a const or let that nothing reads (`const order = new Visa({ card, cvv })`, then a query with
 * the same fields: real-world batch EL): never saved, so nothing is stored. A document used in any way (`.save()`,
 * returned, handed on) counts as stored.
 */
function isUnusedDocument(node: TSESTree.NewExpression, sourceCode: SourceCode): boolean {
  const declarator = withTypeWrappers(node).parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier || unwrap(declarator.init ?? node) !== node) return false;
  // An exported document, or a script's global, may be read by other files.
  if (declarator.parent.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration) return false;
  const variable = sourceCode.getDeclaredVariables(declarator).find((v) => v.name === (declarator.id as TSESTree.Identifier).name);
  return variable !== undefined && variable.scope.type !== 'global' && variable.references.every((reference) => reference.init === true);
}

/** `receiver` is mongoose itself (`mongoose` in `mongoose.Schema(…)`), from the package or a local module that hands it out. */
function isMongooseItself(receiver: Node, callee: Node, sourceCode: SourceCode): boolean {
  const o = originOf(receiver, sourceCode);
  const source = rootSource(o);
  return source !== null && o.steps.length === 0 && (MONGOOSE(source) || isLocalMongoose(source, callee));
}

/**
 * A local module that hands out mongoose, as its path or the name it is bound to says: `require('../lib/mongoose')`,
 * `const mongoose = require('../config/db')` (a connection module that exports the configured mongoose).
 */
function isLocalMongoose(source: string, callee: Node): boolean {
  if (!isLocalSource(source)) return false;
  if (/(?:^|\/)mongoose(?:\.[cm]?[jt]s)?$/.test(source)) return true;
  const target = unwrap(callee);
  if (target.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = unwrap(target.object);
  return object.type === AST_NODE_TYPES.Identifier && object.name === 'mongoose';
}

/** `new Schema({...})` / `Schema({...})`: the fields of the definition object. */
function mongooseSchema(node: TSESTree.NewExpression | TSESTree.CallExpression, sourceCode: SourceCode): StorageSink | null {
  const first = node.arguments[0];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return null;
  return sink('a mongoose schema', declaredFields(first, containerNameOf(node, sourceCode), sourceCode, true), []);
}

/** `document.cookie = …`, `localStorage.cardNumber = …`, `localStorage['cvc'] = …`. */
export function storageSinkOfAssignment(node: TSESTree.AssignmentExpression, sourceCode: SourceCode): StorageSink | null {
  const left = unwrap(node.left);
  if (left.type !== AST_NODE_TYPES.MemberExpression) return null;
  const name = memberName(left, sourceCode);
  // A VueUse storage ref's value, whole or one key of it (`checkout.value = { … }`, `checkout.value.cvc = cvc`).
  if (node.operator === '=' && name !== null) {
    const whole = name === 'value' ? vueUseStorageOfRef(left.object, sourceCode) : null;
    if (whole) return sink(whole.label, [], valuesIn(whole.key, [node.right], sourceCode));
    const inner = unwrap(left.object);
    const keyed = inner.type === AST_NODE_TYPES.MemberExpression && memberName(inner, sourceCode) === 'value' ? vueUseStorageOfRef(inner.object, sourceCode) : null;
    if (keyed) {
      const field: StoredField = { name, node: left.property, cardContext: isCardContainerName(keyed.key ?? ''), value: node.right };
      return sink(keyed.label, [field], valuesIn(null, [node.right], sourceCode));
    }
  }
  if (name === 'cookie' && isGlobalPath(left.object, sourceCode, ['document'])) {
    const text = staticPrefix(node.right, sourceCode)?.text ?? null;
    const cookieName = text !== null && text.includes('=') ? text.slice(0, text.indexOf('=')).trim() : null;
    const fields: StoredField[] = cookieName ? [{ name: cookieName, node: node.right, cardContext: false, value: node.right }] : [];
    return sink('a cookie', fields, valuesIn(null, [node.right], sourceCode));
  }
  // A request's session (\`req.session.card = { number, cvc }\`, Koa's \`ctx.session.cvc\`): express-session keeps it in
  // its store (MemoryStore, connect-mongo, Redis), cookie-session and koa-session in the cookie (real-world batch 244).
  if (name !== null && node.operator === '=' && isSessionOfRequest(left.object, sourceCode)) {
    return sink('the session', [{ name, node: left.property, cardContext: false, value: node.right }], valuesIn(null, [node.right], sourceCode));
  }
  // A Sails app's model definition (`module.exports = { attributes: { … } }` in `api/models/`).
  if (name === 'exports' && node.operator === '=' && mayDefineWaterlineModel(sourceCode) && isModuleExports(left, sourceCode)) return waterlineModelSink(node.right, sourceCode);
  // Web Storage is reached through the global names `localStorage` / `sessionStorage`, written in the file.
  if (name === null || !fileMentions(sourceCode, WEB_STORAGE_NAMES)) return null;
  const storage = webStorageName(left.object, sourceCode);
  if (storage !== null) {
    return sink(storage, [{ name, node: left.property, cardContext: false, value: node.right }], valuesIn(null, [node.right], sourceCode));
  }
  return null;
}

/** What a mongoose plugin does with its schema besides adding fields: hooks, methods, statics, virtuals, indexes. */
const SCHEMA_PLUGIN_USES: ReadonlySet<string> = new Set(['pre', 'post', 'methods', 'statics', 'virtual', 'index', 'plugin', 'path']);

/**
 * A mongoose plugin's schema: the first parameter of a function, named for a schema, that the function also uses as
 * one (\`schema.pre('save', …)\`, \`schema.methods.x = …\`, \`schema.statics\`, \`schema.virtual\`: real-world batch 244,
 * \`function stripeCustomer(schema, options) { schema.add({ stripe: { … } }) … }\`).
 */
function isPluginSchema(node: Node, sourceCode: SourceCode): boolean {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.Identifier || !/schema$/i.test(target.name)) return false;
  const variable = variableOf(target, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Parameter' || def.node.params[0] !== def.name) return false;
  return variable!.references.some((ref) => {
    const member = ref.identifier.parent;
    return member?.type === AST_NODE_TYPES.MemberExpression && member.object === ref.identifier && SCHEMA_PLUGIN_USES.has(memberName(member, sourceCode) ?? '');
  });
}

/** Names a route handler's request or context goes by, whose \`session\` is the user's session. */
const SESSION_OWNERS = /^(?:req|request|ctx|context)$/;

/** \`req.session\`, \`request.session\`, Koa's \`ctx.session\`: the session of the request a handler is given. */
function isSessionOfRequest(node: Node, sourceCode: SourceCode): boolean {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.MemberExpression || memberName(target, sourceCode) !== 'session') return false;
  const owner = unwrap(target.object);
  return owner.type === AST_NODE_TYPES.Identifier && SESSION_OWNERS.test(owner.name) && variableOf(owner, sourceCode)?.defs[0]?.type === 'Parameter';
}

// --- decorated class properties: TypeORM, MikroORM, sequelize-typescript, @nestjs/mongoose, Typegoose, LoopBack 4 ----

/** LoopBack 4's module: `@property` on a class that extends its `Entity` (`loopbackEntity`). */
const LOOPBACK_REPOSITORY = '@loopback/repository';

const PROPERTY_DECORATORS: readonly {
  sources: (s: string) => boolean;
  names: ReadonlySet<string>;
  label: string;
  /** The class must be one of this family's persisted classes (LoopBack: an `Entity`, not a plain `Model`). */
  persisted?: (classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression, sourceCode: SourceCode) => boolean;
}[] = [
  { sources: (s) => s === 'typeorm', names: new Set(['Column', 'PrimaryColumn', 'ViewColumn']), label: 'a TypeORM entity' },
  { sources: (s) => s.startsWith('@mikro-orm/'), names: new Set(['Property', 'PrimaryKey']), label: 'a MikroORM entity' },
  { sources: (s) => s === 'sequelize-typescript' || s.startsWith('@sequelize/core'), names: new Set(['Column', 'Attribute']), label: 'a sequelize-typescript model' },
  { sources: (s) => s === '@nestjs/mongoose', names: new Set(['Prop']), label: 'a mongoose schema' },
  { sources: (s) => s === '@typegoose/typegoose', names: new Set(['prop']), label: 'a Typegoose model' },
  { sources: (s) => s === LOOPBACK_REPOSITORY, names: new Set(['property']), label: 'a LoopBack entity', persisted: (c, sourceCode) => loopbackEntity(c, sourceCode) },
];

/**
 * A LoopBack 4 class that its repositories persist: it extends `Entity` of @loopback/repository (real-world batch DC).
 * A class extending `Model` is a value object (a request body's schema, an embedded document), so are its properties.
 */
function loopbackEntity(classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression, sourceCode: SourceCode): boolean {
  const base = classNode.superClass;
  if (!base) return false;
  const o = originOf(base, sourceCode);
  return rootSource(o) === LOOPBACK_REPOSITORY && lastGetName(o) === 'Entity';
}
const COLUMN_NAME_OPTIONS = new Set(['name', 'fieldName', 'field', 'columnName']);

/** A class property decorated as a persisted column (`@Column() cardNumber: string`). */
export function storageSinkOfProperty(node: TSESTree.PropertyDefinition, sourceCode: SourceCode): StorageSink | null {
  // espree has no `decorators` on class members.
  if (!node.decorators?.length) return null;
  for (const decorator of node.decorators) {
    const expression = unwrap(decorator.expression);
    const callee = expression.type === AST_NODE_TYPES.CallExpression ? expression.callee : expression;
    const o = originOf(callee, sourceCode);
    const source = rootSource(o);
    const name = lastGetName(o);
    if (source === null || name === null) continue;
    const family = PROPERTY_DECORATORS.find((f) => f.sources(source) && f.names.has(name));
    if (!family) continue;
    const key = propertyKey(node, sourceCode);
    const classNode = node.parent.parent;
    if (family.persisted && !((classNode.type === AST_NODE_TYPES.ClassDeclaration || classNode.type === AST_NODE_TYPES.ClassExpression) && family.persisted(classNode, sourceCode))) return null;
    const container = classNode.type === AST_NODE_TYPES.ClassDeclaration || classNode.type === AST_NODE_TYPES.ClassExpression ? classTableNames(classNode, sourceCode) : [];
    // Flags (`@Column() pin: boolean`, pinned to a board) corroborate no card: they are no card field (real-world
    // batch 331).
    const siblings = node.parent.body.flatMap((e) => (e.type === AST_NODE_TYPES.PropertyDefinition && !declaredBooleanProperty(e, sourceCode) ? [propertyKey(e, sourceCode) ?? ''] : []));
    const cardContext = container.some((c) => tableCardContext(c, siblings));
    const tables = container.length > 0 ? container.join(' ') : null;
    const flag = declaredBooleanProperty(node, sourceCode);
    const fields: StoredField[] = key !== null ? [{ name: key, node: node.key, cardContext, container: tables, ...(flag ? { flag } : {}) }] : [];
    if (expression.type === AST_NODE_TYPES.CallExpression) {
      for (const arg of expression.arguments) {
        for (const entry of objectEntries(arg, sourceCode) ?? []) {
          const column = COLUMN_NAME_OPTIONS.has(entry.key) ? staticString(entry.value, sourceCode) : null;
          if (column !== null && column !== key) fields.push({ name: column, node: entry.value, cardContext, aliasOf: key ?? undefined, container: tables });
        }
      }
    }
    return sink(family.label, fields, []);
  }
  return null;
}

/**
 * A class property declared a boolean: typed `boolean`, or its decorator's column type is one (`@Column('boolean')`,
 * `@Column({ type: 'bool' })`, `@Column(DataType.BOOLEAN)`, `@Prop({ type: Boolean })`).
 */
function declaredBooleanProperty(node: TSESTree.PropertyDefinition, sourceCode: SourceCode): boolean {
  if (node.typeAnnotation?.typeAnnotation.type === AST_NODE_TYPES.TSBooleanKeyword) return true;
  for (const decorator of node.decorators ?? []) {
    const expression = unwrap(decorator.expression);
    if (expression.type !== AST_NODE_TYPES.CallExpression) continue;
    for (const arg of expression.arguments) {
      if (isBooleanType(arg, sourceCode)) return true;
      const type = (objectEntries(arg, sourceCode) ?? []).find((entry) => entry.key === 'type');
      if (type && isBooleanType(type.value, sourceCode)) return true;
    }
  }
  return false;
}

/** Class name and the table name its class decorator gives: `@Entity('cards')`, `@Table({ tableName: 'cards' })`. */
function classTableNames(classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression, sourceCode: SourceCode): string[] {
  const names = classNode.id ? [classNode.id.name] : [];
  for (const decorator of classNode.decorators ?? []) {
    const expression = unwrap(decorator.expression);
    if (expression.type !== AST_NODE_TYPES.CallExpression) continue;
    for (const arg of expression.arguments) {
      const text = staticString(arg, sourceCode);
      if (text !== null) names.push(text);
      for (const entry of objectEntries(arg, sourceCode) ?? []) {
        if (entry.key !== 'name' && entry.key !== 'tableName' && entry.key !== 'collection') continue;
        const value = staticString(entry.value, sourceCode);
        if (value !== null) names.push(value);
      }
    }
  }
  return names;
}

// --- SQL strings ----------------------------------------------------------------------------------------------------

const SQL_HINT = /\b(?:insert|update|replace|create|alter)\b/i;
const IDENT = '[`"\\[]?([A-Za-z_][\\w$]*)[`"\\]]?';
const STATEMENT = new RegExp(
  String.raw`(?:^|;)\s*(INSERT\s+(?:IGNORE\s+|OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE(?:\s+ONLY)?|CREATE\s+(?:TEMP(?:ORARY)?\s+)?TABLE(?:\s+IF\s+NOT\s+EXISTS)?|ALTER\s+TABLE(?:\s+ONLY)?(?:\s+IF\s+EXISTS)?)\s+(?:${IDENT}\s*\.\s*)?${IDENT}`,
  'gi',
);
const NOT_COLUMNS = new Set(['constraint', 'primary', 'foreign', 'unique', 'check', 'key', 'index', 'exclude', 'like', 'fulltext', 'spatial', 'period']);

interface SqlColumn {
  name: string;
  index: number;
  /** For an INSERT's column: the literal every row of its VALUES gives it (`'0001'` → `0001`, NULL → ''), when all do. */
  literals?: string[];
  /** For an INSERT's column in a statement of one row: the parameter its placeholder stands for (0-based), if it is one. */
  param?: number;
}

/** Columns a SQL text writes or declares: INSERT / REPLACE column lists, UPDATE … SET, CREATE TABLE, ALTER TABLE … ADD. */
export function sqlWrites(text: string): { table: string; columns: SqlColumn[]; unlisted?: true }[] {
  if (!SQL_HINT.test(text)) return [];
  const out: { table: string; columns: SqlColumn[]; unlisted?: true }[] = [];
  for (const match of text.matchAll(STATEMENT)) {
    const keyword = match[1]!.toUpperCase();
    const table = match[3]!;
    let position = match.index + match[0].length;
    const columns: SqlColumn[] = [];
    if (keyword.startsWith('INSERT') || keyword.startsWith('REPLACE')) {
      const rest = /^\s*/.exec(text.slice(position))![0].length;
      position += rest;
      if (text[position] === '(') {
        const listed = listColumns(text, position, false);
        const rows = valuesRows(text, closingParen(text, position));
        for (const [i, column] of listed.entries()) {
          const literals = rows.map((row) => (row.length === listed.length ? row[i]!.literal : null));
          const param = rows.length === 1 && rows[0]!.length === listed.length ? rows[0]![i]!.param : null;
          columns.push({
            ...column,
            ...(rows.length > 0 && literals.every((v) => v !== null) ? { literals: literals as string[] } : {}),
            ...(param !== null ? { param } : {}),
          });
        }
      } else if (/^SET\b/i.test(text.slice(position))) columns.push(...setListColumns(text, position));
      else if (/^VALUES\b/i.test(text.slice(position))) {
        // `INSERT INTO account VALUES (…)`: every column of the table, in its order, none named here.
        out.push({ table, columns, unlisted: true });
        continue;
      }
      const upsert = /\b(?:DO\s+UPDATE\s+SET|ON\s+DUPLICATE\s+KEY\s+UPDATE)\b/i.exec(statementText(text, position));
      if (upsert) {
        const after = position + upsert.index + upsert[0].length;
        const hasSet = /SET$/i.test(upsert[0]);
        columns.push(...setListColumns(text, hasSet ? after - 3 : after, !hasSet));
      }
    } else if (keyword.startsWith('UPDATE')) {
      const set = /\bSET\b/i.exec(statementText(text, position));
      if (set) columns.push(...setListColumns(text, position + set.index));
    } else if (keyword.startsWith('CREATE')) {
      const open = text.indexOf('(', position);
      if (open >= 0 && /^\s*$/.test(text.slice(position, open))) columns.push(...listColumns(text, open, true));
    } else {
      const statement = statementText(text, position);
      for (const add of statement.matchAll(new RegExp(String.raw`\bADD\s+(?:COLUMN\s+)?(?:IF\s+NOT\s+EXISTS\s+)?${IDENT}`, 'gi'))) {
        const name = add[1]!;
        if (!NOT_COLUMNS.has(name.toLowerCase())) columns.push({ name, index: position + add.index + add[0].lastIndexOf(name) });
      }
    }
    out.push({ table, columns });
  }
  return out;
}

function statementText(text: string, from: number): string {
  const end = text.indexOf(';', from);
  return text.slice(from, end < 0 ? text.length : end);
}

/** `(a, b, "c")` at `open`; for CREATE TABLE the first word of each definition, skipping constraints. */
function listColumns(text: string, open: number, definitions: boolean): SqlColumn[] {
  const out: SqlColumn[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' || (c === ',' && depth === 1)) {
      if (depth === 1) {
        const item = new RegExp(String.raw`^\s*${IDENT}`).exec(text.slice(start, i));
        if (item && !(definitions && NOT_COLUMNS.has(item[1]!.toLowerCase()))) {
          out.push({ name: item[1]!, index: start + item[0].lastIndexOf(item[1]!) });
        }
        start = i + 1;
      }
      if (c === ')' && --depth === 0) return out;
    }
  }
  return out;
}

/** The index of the `)` that closes the `(` at `open` (quotes skipped), or -1. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "'") i = closingQuote(text, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The index of the `'` that closes a SQL string opened at `open` (`''` is a quote inside it), or the text's end. */
function closingQuote(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] !== "'") continue;
    if (text[i + 1] === "'") i++;
    else return i;
  }
  return text.length;
}

const SQL_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/** A value of a VALUES row: its literal text (`sqlLiteral`), and the parameter a placeholder stands for (0-based). */
interface SqlValue {
  literal: string | null;
  param: number | null;
}

/**
 * The rows of a `VALUES (…), (…)` right after `after` (an INSERT's column list): each value's literal text (a string's
 * content, a number, `''` for NULL), or null for anything else (a placeholder, a call, an expression), and a
 * placeholder's parameter: `$2` the second, `?` the one after the `?`s written before it. Empty when no such list follows.
 */
function valuesRows(text: string, after: number): SqlValue[][] {
  if (after < 0) return [];
  const head = /^\s*VALUES\s*/i.exec(text.slice(after + 1));
  if (!head) return [];
  const rows: SqlValue[][] = [];
  let i = after + 1 + head[0].length;
  // The `?`s written so far (outside quoted strings), counted once up to here and then as the rows are read.
  let marks = questionMarksBefore(text, i);
  while (text[i] === '(') {
    const close = closingParen(text, i);
    if (close < 0) return [];
    const row: SqlValue[] = [];
    let start = i + 1;
    let marksAtStart = marks;
    let depth = 0;
    for (let j = i + 1; j <= close; j++) {
      const c = text[j];
      if (c === "'") j = closingQuote(text, j);
      else if (c === '?') marks++;
      else if (c === '(') depth++;
      else if (c === ')' && j < close) depth--;
      else if ((c === ',' && depth === 0) || j === close) {
        const value = text.slice(start, j).trim();
        const numbered = /^\$(\d+)$/.exec(value);
        const param = numbered ? Number(numbered[1]) - 1 : value === '?' ? marksAtStart : null;
        row.push({ literal: sqlLiteral(value), param });
        start = j + 1;
        marksAtStart = marks;
      }
    }
    rows.push(row);
    const next = /^\s*,\s*/.exec(text.slice(close + 1));
    if (!next) break;
    i = close + 1 + next[0].length;
  }
  return rows;
}

/** The `?` placeholders written before `end`, outside quoted strings. */
function questionMarksBefore(text: string, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) {
    if (text[i] === "'") i = closingQuote(text, i);
    else if (text[i] === '?') count++;
  }
  return count;
}

/** A SQL value's literal text: a string's content, a number, `''` for NULL; null for anything else. */
function sqlLiteral(value: string): string | null {
  if (/^NULL$/i.test(value)) return '';
  if (SQL_NUMBER.test(value)) return value;
  if (value.length >= 2 && value.startsWith("'") && closingQuote(value, 0) === value.length - 1) return value.slice(1, -1).replace(/''/g, "'");
  return null;
}

/** `SET a = ?, t.b = $2` starting at the SET keyword: the assigned columns. */
export function setListColumns(text: string, setIndex: number, noKeyword = false): SqlColumn[] {
  const out: SqlColumn[] = [];
  let i = setIndex + (noKeyword ? 0 : 3);
  const end = /\b(?:WHERE|RETURNING|FROM|ORDER|LIMIT|ON\s+CONFLICT|REMOVE|DELETE|ADD)\b|;/i.exec(text.slice(i));
  const stop = end ? i + end.index : text.length;
  let depth = 0;
  let start = i;
  for (; i <= stop; i++) {
    const c = i === stop ? ',' : text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      const item = new RegExp(String.raw`^\s*(?:${IDENT}\s*\.\s*)?(#?[A-Za-z_][\w$]*|[\`"\[][A-Za-z_][\w$]*[\`"\]])\s*=`).exec(text.slice(start, i));
      if (item) {
        const name = item[2]!.replace(/^[`"[]|[`"\]]$/g, '');
        out.push({ name, index: start + item[0].lastIndexOf(name) });
      }
      start = i + 1;
    }
  }
  return out;
}

/** SQL text of a string literal or template with its source offsets kept: quotes, `${…}` and escapes blanked. */
function sqlSourceText(node: TSESTree.StringLiteral | TSESTree.TemplateLiteral, sourceCode: SourceCode): string {
  const start = node.range[0];
  const source = sourceCode.text.slice(start, node.range[1]);
  if (node.type === AST_NODE_TYPES.Literal) return ` ${source.slice(1, -1)} `.replace(/\\[nrt]/g, '  ');
  // Keep the quasis' text; each `${…}` becomes a `?` placeholder followed by blanks (same length, same offsets).
  const chars = new Array<string>(source.length).fill(' ');
  for (const quasi of node.quasis) {
    const from = quasi.range[0] + 1 - start;
    const to = quasi.range[1] - (quasi.tail ? 1 : 2) - start;
    for (let i = from; i < to; i++) chars[i] = source[i]!;
    if (!quasi.tail) chars[to] = '?';
  }
  return chars.join('').replace(/\\[nrt]/g, '  ');
}

/**
 * Can any string or template of this file be a SQL write (`storageSinkOfString`)? Its statement keyword starts the
 * string or follows a `;`, with only blanks (or `\n` / `\r` / `\t` escapes) before it: the same reading as `STATEMENT`
 * on `sqlSourceText`, over the raw source text.
 */
export const mayHoldSqlWrites = (sourceCode: SourceCode): boolean =>
  perFile(sourceCode, 'sinks:sql-writes', () => SQL_STATEMENT_START.test(sourceCode.text));
const SQL_STATEMENT_START = /(?:insert|replace|update|create|alter)(?<=['"`;](?:\s|\\[nrt])*[a-z]{5,7})/i;

/** Columns written / declared by a SQL string (`INSERT INTO cards (card_number, cvv) …`), located in the source. */
export function storageSinkOfString(node: TSESTree.StringLiteral | TSESTree.TemplateLiteral, sourceCode: SourceCode): StorageSink | null {
  if (node.type === AST_NODE_TYPES.Literal ? !SQL_HINT.test(node.value) : !node.quasis.some((q) => SQL_HINT.test(q.value.raw))) return null;
  const text = sqlSourceText(node, sourceCode);
  const fields: StoredField[] = [];
  // A plain string's placeholders stand for the elements of the array the call passes right after it (`db.execute(sql,
  // [a, b])`), also a template without holes (a multi-line statement); a template's holes are written as `?` too, so
  // its placeholders are not counted.
  const call = node.parent;
  const at = call?.type === AST_NODE_TYPES.CallExpression ? call.arguments.indexOf(node) : -1;
  const plain = node.type === AST_NODE_TYPES.Literal || node.expressions.length === 0;
  const params = at >= 0 && plain ? (call as TSESTree.CallExpression).arguments[at + 1] : undefined;
  const bound = (param: number | undefined): Node | undefined => {
    if (param === undefined || params?.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
    const element = params.elements[param];
    return element && element.type !== AST_NODE_TYPES.SpreadElement ? element : undefined;
  };
  const values: StoredValue[] = [];
  for (const statement of sqlWrites(text)) {
    const cardContext = tableCardContext(statement.table, statement.columns.map((c) => c.name));
    if (statement.unlisted) {
      // A row written without a column list (`INSERT INTO Account VALUES ('${cardNumber}', …)`, real-world recall probe
      // B, 2026-12-07): the values it writes, known by their own names and provenance, a template's holes or the
      // elements bound to a plain string's placeholders.
      const written = plain ? (params?.type === AST_NODE_TYPES.ArrayExpression ? params.elements : []) : node.type === AST_NODE_TYPES.TemplateLiteral ? node.expressions : [];
      for (const value of written) if (value && value.type !== AST_NODE_TYPES.SpreadElement) values.push({ node: value, cardContext, container: statement.table });
      continue;
    }
    for (const column of statement.columns) {
      const from = node.range[0] + column.index;
      const boundValue = bound(column.param);
      // A record bound to a column that names no card field (a JSON column: `vcc_details` bound to `{ cardNumber, cvv }`
      // or its `JSON.stringify`; real-world batch GG): what the record holds is stored.
      if (boundValue && classifyCardField(column.name, { cardContext }) === null && boundRecord(boundValue, sourceCode)) {
        values.push({ node: boundValue, cardContext: false, container: statement.table });
      }
      fields.push({
        name: column.name,
        node,
        loc: { start: sourceCode.getLocFromIndex(from), end: sourceCode.getLocFromIndex(from + column.name.length) },
        cardContext,
        container: statement.table,
        ...(column.literals ? { literals: column.literals } : {}),
        ...(boundValue ? { boundValue } : {}),
      });
    }
  }
  return fields.length > 0 || values.length > 0 ? sink('a SQL statement', fields, values) : null;
}

/** Is a bound value an object literal (through consts), or `JSON.stringify` of one? */
function boundRecord(value: Node, sourceCode: SourceCode): boolean {
  let target = unwrap(value);
  if (target.type === AST_NODE_TYPES.CallExpression && target.arguments.length > 0 && target.arguments[0]!.type !== AST_NODE_TYPES.SpreadElement) {
    const callee = unwrap(target.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee, sourceCode) !== 'stringify' || unwrap(callee.object).type !== AST_NODE_TYPES.Identifier) return false;
    if ((unwrap(callee.object) as TSESTree.Identifier).name !== 'JSON') return false;
    target = unwrap(target.arguments[0]!);
  }
  return unwrap(resolveValue(target, sourceCode)).type === AST_NODE_TYPES.ObjectExpression;
}

// ---------------------------------------------------------------------------------------------------------------
// Logging sinks

export interface LogSink {
  /** "the console", "a logger", "a pino logger", "a debug() logger", "stdout". */
  label: string;
  /** Arguments whose content is logged. */
  args: Node[];
  /** Spread arguments that are logged (`console.log(...parts)`): what they hold is not known at the call. */
  spreads: TSESTree.SpreadElement[];
}

export interface LogSinkOptions {
  /** Extra receiver names treated as loggers. */
  loggerNames?: readonly string[];
}

const CONSOLE_METHODS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table', 'dirxml', 'assert', 'group', 'groupCollapsed']);
const LOG_METHODS = new Set(['info', 'warn', 'warning', 'error', 'debug', 'trace', 'fatal', 'log', 'verbose', 'silly', 'notice', 'critical', 'crit', 'alert', 'emerg', 'http']);
const LOGGER_SOURCES = new Set([
  'winston', 'pino', 'bunyan', 'log4js', 'loglevel', 'signale', 'consola', 'tslog', 'npmlog', 'roarr', 'electron-log',
  '@aws-lambda-powertools/logger', 'pino-http', 'fastify', '@nestjs/common', 'log', 'loggly', 'bole', 'caterpillar',
  // NestJS's pino and winston modules: a provider's injected `PinoLogger` / `WinstonLogger` (real-world batch 329)
  'nestjs-pino', 'nest-winston',
]);
const LOGGER_WORDS = new Set(['logger', 'log', 'logging', 'loggers']);
/** The last segment of a module path, in words: `@/utils/payment-logger` → ['payment', 'logger']. */
const moduleNameWords = (source: string): string[] => splitWords(source.slice(source.lastIndexOf('/') + 1).replace(/\.[cm]?[jt]sx?$/, ''));
/** An import of the app's own logging module (`@/utils/payment-logger`, `../lib/log`, `./logging`). */
const isAppLoggerModule = (source: string): boolean => isLocalSource(source) && moduleNameWords(source).some((word) => LOGGER_WORDS.has(word));
const APP_LOGGER_MODULES = moduleGate('app-logger', isAppLoggerModule);
/** Words of a function's name that say it logs (`logInfo`, `logPaymentError`, `auditError`, `warn`). */
const LOGGING_FUNCTION_WORDS: ReadonlySet<string> = new Set([...LOGGER_WORDS, ...LOG_METHODS, 'audit']);
/**
 * A method name that says it logs, besides a logger's own method names (`LOG_METHODS`): `log` or `audit` is a word of
 * it (`logCard`, `_log`, `debugLog`, `writeLog`, `logInfo`, `auditTrail`; real-world batch 288), not a word's part
 * (`login`, `catalog`, `dialog`). A method so named is followed as a forwarder of the file (its body must hand its
 * parameters to a logger as they are), never taken for a logger itself.
 */
export const LOG_NAMED_METHOD = /^_*(?:log|audit)(?:[A-Z0-9_$]|$)|[a-z0-9](?:Log|Audit)(?:[A-Z0-9_$]|$)/;
const LOGGER_SPECIFIERS = moduleGate('logger', (s) => LOGGER_SOURCES.has(s));
const AZURE_FUNCTIONS = '@azure/functions';
const AZURE_FUNCTIONS_MODULE = moduleGate('azure-functions', (s) => s === AZURE_FUNCTIONS);
/** The types of an Azure Functions handler's context: v4's `InvocationContext`, v3's `Context`. */
const AZURE_CONTEXT_TYPES: ReadonlySet<string> = new Set(['InvocationContext', 'Context']);
const CONSOLE = textGate('console', ['console']);
const PROCESS = textGate('process', ['process']);
const DEBUG_MODULE = moduleGate('debug', (s) => s === 'debug');

const CONSOLE_OR_DEBUG: FileGate = (sourceCode) => CONSOLE(sourceCode) || DEBUG_MODULE(sourceCode);
/** Does the file import an error tracker's, a monitoring or an analytics SDK (telemetry.ts)? */
const TELEMETRY_MODULES = moduleGate('telemetry', (s) => telemetryServiceOf(s) !== null);
/** The SDKs' methods named alone (`track`), and those named with their object as text patterns (`people\s*\.\s*set`). */
const TELEMETRY_PLAIN_NAMES: readonly string[] = [...TELEMETRY_METHOD_NAMES].filter((name) => !name.includes('.'));
const TELEMETRY_NESTED_PATTERNS: readonly string[] = [...TELEMETRY_METHOD_NAMES].filter((name) => name.includes('.')).map((name) => name.split('.').join('\\s*\\.\\s*'));
/** The SDKs' methods by the name a call ends with (`people.set` → `set`): what a log call's callee may be named. */
const TELEMETRY_CALLED_NAMES: readonly string[] = [...new Set([...TELEMETRY_PLAIN_NAMES, ...TELEMETRY_NESTED_METHOD_NAMES])];
/**
 * The shape every log call's text has: `console` followed by `.` or `[`, a call of a console or logger method, of
 * `write` or of a telemetry SDK's sending method (`.info(`, `.write(`, `.captureException(`), or a bare `log(` /
 * `debug(` (a console alias, a `debug` logger) or any of those sending methods (an SDK's function imported by name,
 * `captureException(`, Amplitude's `track(`, or one taken out of its object: `const { capture } = posthog`).
 */
const LOG_CALL_WORD = new RegExp(
  `\\bconsole\\s*[.[]|\\.\\s*(?:write|${[...new Set([...CONSOLE_METHODS, ...LOG_METHODS, ...TELEMETRY_PLAIN_NAMES, ...TELEMETRY_NESTED_PATTERNS])].join('|')})\\s*\\(|(?:^|[^\\w$.])(?:${[...new Set(['log', 'debug', ...TELEMETRY_PLAIN_NAMES])].join('|')})\\s*\\(`,
);

/** The arguments a log call writes, from `skipFirst` on: spread ones apart (their content is unknown at the call). */
function logArgs(args: readonly TSESTree.CallExpressionArgument[], skipFirst = false): Pick<LogSink, 'args' | 'spreads'> {
  const out: Pick<LogSink, 'args' | 'spreads'> = { args: [], spreads: [] };
  for (const arg of args.slice(skipFirst ? 1 : 0)) {
    if (arg.type === AST_NODE_TYPES.SpreadElement) out.spreads.push(arg);
    else out.args.push(arg);
  }
  return out;
}

/** The logging sink a call writes to, or null: console, stdout / stderr, loggers (winston, pino, bunyan, Nest...), debug(). */
export function logSinkOfCall(node: TSESTree.CallExpression, sourceCode: SourceCode, options: LogSinkOptions = NO_LOG_OPTIONS): LogSink | null {
  return logSinkAt(node, sourceCode, options, 0);
}

const NO_LOG_OPTIONS: LogSinkOptions = {};

function logSinkAt(node: TSESTree.CallExpression, sourceCode: SourceCode, options: LogSinkOptions, depth: number): LogSink | null {
  if (node.arguments.length === 0) return null;
  const callee = unwrap(node.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    // Aliases of the global `console` or calls of a `debug` module logger: both are named in the text, and both are
    // held in variables.
    if (mayHaveOrigin(callee.name, sourceCode) && fileMentions(sourceCode, CONSOLE_OR_DEBUG)) {
      const o = originOf(callee, sourceCode);
      // const log = console.log; const { error } = console;
      if (o.root.type === 'global' && o.root.name === 'console' && o.steps.length === 1 && CONSOLE_METHODS.has(lastGetName(o) ?? '')) {
        return { label: 'the console', ...logArgs(node.arguments, lastGetName(o) === 'assert') };
      }
      // const debug = require('debug')('app:payments'); debug('…', x)
      if (rootSource(o) === 'debug' && o.steps.some((s) => s.type === 'call')) return { label: 'a debug() logger', ...logArgs(node.arguments) };
    }
    // An error tracker's or analytics SDK's function imported by name (`captureException(error, { extra })` of
    // `@sentry/react`, `logEvent(analytics, name, params)` of `firebase/analytics`) or taken out of its object
    // (`const { track } = useAnalytics()` of `@segment/analytics-react-native`).
    if (mayHaveOrigin(callee.name, sourceCode) && fileMentions(sourceCode, TELEMETRY_MODULES)) {
      const o = originOf(callee, sourceCode);
      const label = sendingServiceLabel(o.root.type === 'module' ? o.root.source : null, lastGetName(o));
      if (label !== null) return { label, ...logArgs(node.arguments) };
    }
    // A function of the app's own logging module, imported or required by a name that says it logs (`import { logInfo }
    // from '@/utils/payment-logger'`, `const { logInfo } = require('../utils/logger')`; real-world batches 270 and 283):
    // what it is handed goes to the app's logs.
    if (fileMentions(sourceCode, APP_LOGGER_MODULES) && splitWords(callee.name).some((word) => LOGGING_FUNCTION_WORDS.has(word))) {
      const imported = moduleRefOf(callee, sourceCode);
      if (imported !== null && imported.path.length <= 1 && isAppLoggerModule(imported.module)) return { label: `the app's logger, through \`${callee.name}()\``, ...logArgs(node.arguments) };
    }
    return mayBeForwarderCall(LOG_FORWARDERS, callee.name, sourceCode) ? forwardedLogSink(node, localFunctionOf(callee, sourceCode), callee.name, sourceCode, options, depth) : null;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = memberName(callee, sourceCode);
  if (method === null) return null;
  // A private method of the class named as a logger's (`this.#log(…)`, `this.#track(…)`): no logger itself, a
  // forwarder when its body hands its parameters to one.
  if (method.startsWith('#')) {
    const bare = method.slice(1);
    return (LOG_METHODS.has(bare) || TELEMETRY_METHOD_NAMES.has(bare) || LOG_NAMED_METHOD.test(bare)) && mayBeForwarderCall(LOG_FORWARDERS, method, sourceCode)
      ? forwardedLogSink(node, ownMethodOf(callee, sourceCode), method, sourceCode, options, depth)
      : null;
  }
  const receiver = unwrap(callee.object);
  // Global paths are written with their names: `console.log`, `window.console.error`, `process.stdout.write`.
  if (CONSOLE_METHODS.has(method) && fileMentions(sourceCode, CONSOLE) && isGlobalPath(receiver, sourceCode, ['console'])) {
    return { label: 'the console', ...logArgs(node.arguments, method === 'assert') };
  }
  if (
    method === 'write' &&
    fileMentions(sourceCode, PROCESS) &&
    (isGlobalPath(receiver, sourceCode, ['process', 'stdout']) || isGlobalPath(receiver, sourceCode, ['process', 'stderr']))
  ) {
    const first = logArgs(node.arguments.slice(0, 1));
    return { label: 'the process output', ...first };
  }
  if (TELEMETRY_METHOD_NAMES.has(method) && fileMentions(sourceCode, TELEMETRY_MODULES)) {
    const label = telemetryLabel(receiver, method, sourceCode);
    if (label !== null) return { label, ...logArgs(node.arguments) };
  }
  // A method of an SDK's object named with it: Mixpanel's `mixpanel.people.set({ … })`.
  if (receiver.type === AST_NODE_TYPES.MemberExpression && TELEMETRY_NESTED_METHOD_NAMES.has(method) && fileMentions(sourceCode, TELEMETRY_MODULES)) {
    const object = memberName(receiver, sourceCode);
    const label = object === null ? null : telemetryLabel(unwrap(receiver.object), `${object}.${method}`, sourceCode);
    if (label !== null) return { label, ...logArgs(node.arguments) };
  }
  if (LOG_METHODS.has(method)) {
    const logger = loggerOf(receiver, sourceCode, options);
    if (logger !== null) return { label: logger, ...logArgs(node.arguments) };
    // A logger called as a function: Sails' global `sails.log('…', value)`, hapi's `request.log(tags, data)` on a route
    // handler's request (and any request whose own `log` is called).
    if (method === 'log' && (isGlobalPath(receiver, sourceCode, ['sails']) || isHandlerRequest(receiver, sourceCode) || isHapiServer(receiver, sourceCode))) {
      return { label: 'a logger', ...logArgs(node.arguments) };
    }
  } else if (!TELEMETRY_METHOD_NAMES.has(method) && !LOG_NAMED_METHOD.test(method)) return null;
  // this.log(…) / Payments.log(…) / this.track(…) / this.logCard(…): a method of a class of this file (or of a const
  // object literal) that hands its parameters to a log call or an SDK's.
  return mayBeForwarderCall(LOG_FORWARDERS, method, sourceCode) ? forwardedLogSink(node, ownMethodOf(callee, sourceCode), method, sourceCode, options, depth) : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Forwarders: a small function of the file that hands its parameters to a sink, as they are (`function log(...args) {
// console.log('[pay]', ...args) }`, `const remember = (card) => localStorage.setItem('card', JSON.stringify(card))`):
// a call of it is that sink for the arguments in the forwarded positions (`log(card.number)`, `remember({ cvc })`).

/** Which parameters of a function reach a sink in its own body, unchanged, and which sink. */
interface Forwarding {
  label: string;
  /** Parameter positions passed on as they are, or inside a template, a concatenation, an object or array literal. */
  positions: ReadonlySet<number>;
  /** A rest parameter spread into the sink call: every argument from this position on. */
  restFrom: number | null;
}

/** What a sink in a forwarder's body writes: its label, the written values, and spread arguments. */
interface SinkWrites {
  label: string;
  args: readonly Node[];
  spreads: readonly TSESTree.SpreadElement[];
}

/** A kind of sink that functions of the file can forward to (logs, stores), with its memos. */
interface ForwarderFamily<O extends object> {
  /** The shape every direct sink of the family has in text: a body without it reaches none directly. */
  word: RegExp;
  /** The sink a node of a forwarder's body is (itself maybe a call of another forwarder, `depth` levels down). */
  sinkIn(node: Node, sourceCode: SourceCode, options: O, depth: number): SinkWrites | null;
  direct: WeakMap<FunctionNode, boolean>;
  indirect: WeakMap<FunctionNode, boolean>;
  forwardings: WeakMap<O, WeakMap<FunctionNode, Forwarding | null>>;
}

/** Forwarders are small: a function whose text is longer than this is not one (and is not read). */
const MAX_FORWARDER_LENGTH = 1200;
const MAX_FORWARDING_DEPTH = 2;

/**
 * The functions and methods of this file that may forward their parameters to a sink, by name: named, with
 * parameters, at most `MAX_FORWARDER_LENGTH` characters long. From the scopes alone; `mayForward` then reads the text
 * of those a call names, and `forwarding` the body of the one it reaches.
 */
const forwarderCandidates = fileFact('sinks:forwarder-candidates', (sourceCode): ReadonlyMap<string, FunctionNode[]> => {
  const out = new Map<string, FunctionNode[]>();
  for (const scope of sourceCode.scopeManager?.scopes ?? []) {
    if (scope.type !== 'function') continue;
    const fn = scope.block as Node;
    if (!isFunctionNode(fn) || fn.params.length === 0 || fn.range[1] - fn.range[0] > MAX_FORWARDER_LENGTH) continue;
    const name = forwarderName(fn, sourceCode);
    if (name === null) continue;
    const list = out.get(name);
    if (list) list.push(fn);
    else out.set(name, [fn]);
  }
  return out;
});

/** Is a call by this name worth resolving: does a function of the file so named look like it may forward to the family? */
const mayBeForwarderCall = <O extends object>(family: ForwarderFamily<O>, name: string, sourceCode: SourceCode): boolean =>
  forwarderCandidates(sourceCode).get(name)?.some((fn) => mayForward(family, fn, sourceCode)) === true;

/** Does the text of `fn`'s body hold the shape of one of the family's sinks? Memoised. */
function reachesDirectly<O extends object>(family: ForwarderFamily<O>, fn: FunctionNode, sourceCode: SourceCode): boolean {
  let known = family.direct.get(fn);
  if (known === undefined) {
    known = family.word.test(sourceCode.text.slice(fn.body.range[0], fn.body.range[1]));
    family.direct.set(fn, known);
  }
  return known;
}

/** A name called bare (`persist(`), or a private method called on the instance (`this.#persist(`). */
const CALLED_NAME = /(?:^|[^\w$.#])([A-Za-z_$][\w$]*)\s*\(|\.(#[A-Za-z_$][\w$]*)\s*\(/g;

/**
 * Can the body of `fn` hold one of the family's sinks, or a call of another forwarder (`MAX_FORWARDING_DEPTH`
 * levels)? Its text has a sink's shape, or calls by name a function of the file whose text has one.
 */
function mayForward<O extends object>(family: ForwarderFamily<O>, fn: FunctionNode, sourceCode: SourceCode): boolean {
  if (reachesDirectly(family, fn, sourceCode)) return true;
  let known = family.indirect.get(fn);
  if (known === undefined) {
    known = false;
    const candidates = forwarderCandidates(sourceCode);
    for (const match of sourceCode.text.slice(fn.body.range[0], fn.body.range[1]).matchAll(CALLED_NAME)) {
      if (candidates.get((match[1] ?? match[2])!)?.some((other) => other !== fn && reachesDirectly(family, other, sourceCode))) {
        known = true;
        break;
      }
    }
    family.indirect.set(fn, known);
  }
  return known;
}

/** The name a forwarder is called by: the one it is declared under (`declaredIdentifier`), or a method's. */
function forwarderName(fn: FunctionNode, sourceCode: SourceCode): string | null {
  const declared = declaredIdentifier(fn);
  if (declared) return declared.name;
  const parent = fn.parent;
  // A class's method, private ones by their `#` names (`#log(…) {…}`, called as `this.#log(…)`), or a class field
  // holding a function (`log = (...args) => console.log(...args)`; real-world batch 288), as `ownMethodOf` reaches them.
  if (parent?.type === AST_NODE_TYPES.MethodDefinition && parent.kind === 'method') return classMemberName(parent);
  if (parent?.type === AST_NODE_TYPES.PropertyDefinition && parent.value === fn) return classMemberName(parent);
  // An object literal's method (`{ debug(label, value) {…} }`, a Vue component's `methods`) or a prototype's
  // (`Logger.prototype.debug = function (…) {…}`): `ownMethodOf` reaches both from `this.debug(…)`.
  return objectMethodSlot(fn, sourceCode)?.name ?? prototypeSlot(fn)?.name ?? null;
}

/** A call of a forwarder of the family (`fn`, called as `name`): what it writes, the call's arguments in the forwarded positions. */
function forwardedWrites<O extends object>(
  family: ForwarderFamily<O>,
  call: TSESTree.CallExpression,
  fn: FunctionNode | null,
  name: string,
  sourceCode: SourceCode,
  options: O,
  depth: number,
): { label: string; args: Node[]; spreads: TSESTree.SpreadElement[] } | null {
  if (fn === null || depth >= MAX_FORWARDING_DEPTH) return null;
  const forwarded = forwarding(family, fn, sourceCode, options, depth + 1);
  if (forwarded === null) return null;
  const out = { label: `${forwarded.label}, through \`${name}()\``, args: [] as Node[], spreads: [] as TSESTree.SpreadElement[] };
  call.arguments.forEach((arg, i) => {
    const spread = arg.type === AST_NODE_TYPES.SpreadElement;
    // A spread argument fills positions not known here: it is written only when it lands in the rest parameter.
    if (forwarded.restFrom !== null && i >= forwarded.restFrom) {
      if (spread) out.spreads.push(arg);
      else out.args.push(arg);
    } else if (!spread && forwarded.positions.has(i) && !call.arguments.slice(0, i).some((a) => a.type === AST_NODE_TYPES.SpreadElement)) out.args.push(arg);
  });
  return out.args.length > 0 || out.spreads.length > 0 ? out : null;
}

function forwarding<O extends object>(family: ForwarderFamily<O>, fn: FunctionNode, sourceCode: SourceCode, options: O, depth: number): Forwarding | null {
  let cache = family.forwardings.get(options);
  if (!cache) family.forwardings.set(options, (cache = new WeakMap()));
  if (cache.has(fn)) return cache.get(fn)!;
  cache.set(fn, null); // a recursive forwarder reads as none while it is being read
  if (!mayForward(family, fn, sourceCode)) return null;
  const params = new Map<Variable, number>();
  const rest: { variable: Variable | null; from: number } = { variable: null, from: -1 };
  fn.params.forEach((param, i) => {
    const id = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param.type === AST_NODE_TYPES.RestElement ? param.argument : param;
    if (id.type !== AST_NODE_TYPES.Identifier) return;
    const variable = variableOf(id, sourceCode);
    if (!variable || !isNeverReassigned(variable)) return;
    if (param.type === AST_NODE_TYPES.RestElement) Object.assign(rest, { variable, from: i });
    else params.set(variable, i);
  });
  const positionOf = (node: Node): number | undefined => {
    const target = unwrap(node);
    if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = variableOf(target, sourceCode);
    return variable ? params.get(variable) : undefined;
  };
  const found: { label: string; positions: Set<number>; restFrom: number | null } = { label: '', positions: new Set(), restFrom: null };
  const visit = (n: Node): boolean => {
    // A callback the body hands to a call runs with the parameters in scope: `chrome.storage.local.get(keys, (result) =>
    // { chrome.storage.local.set({ data: { profile } }) })`, a read before the write (real-world batch FH).
    if (n.type === AST_NODE_TYPES.CallExpression) {
      for (const arg of n.arguments) if (isFunctionNode(arg)) someInBody(arg.body, sourceCode, visit);
    }
    const sink = family.sinkIn(n, sourceCode, options, depth);
    if (sink === null) return false;
    const before = found.positions.size + (found.restFrom === null ? 0 : 1);
    for (const arg of sink.args) for (const part of textParts(arg)) {
      for (const value of [part, ...memberWritesOfLocal(part, fn, sourceCode)]) {
        const position = positionOf(value);
        if (position !== undefined) found.positions.add(position);
      }
    }
    for (const spread of sink.spreads) {
      const target = unwrap(spread.argument);
      if (rest.variable && target.type === AST_NODE_TYPES.Identifier && variableOf(target, sourceCode) === rest.variable) found.restFrom = rest.from;
    }
    if (found.label === '' && found.positions.size + (found.restFrom === null ? 0 : 1) > before) found.label = sink.label;
    return false;
  };
  someInBody(fn.body, sourceCode, visit);
  const result = found.label === '' ? null : found;
  cache.set(fn, result);
  return result;
}

/**
 * What the function puts into a value it then writes whole (real-world batches FH, FM): the values of `data.profile =
 * profile` for a `data` declared in `fn` (`const data = {}`, `const data = result.data || {}`), and the values the
 * function pushes onto a list (`cards.push(card)`, `unshift`), wherever the list is declared. Nothing for any other node.
 */
function memberWritesOfLocal(node: Node, fn: FunctionNode, sourceCode: SourceCode): Node[] {
  if (node.type !== AST_NODE_TYPES.Identifier) return [];
  const variable = variableOf(node, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || def?.type !== 'Variable') return [];
  const local = contains(fn, def.node);
  const values: Node[] = [];
  for (const reference of variable.references) {
    const member = reference.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
    const use = member.parent;
    if (local && use?.type === AST_NODE_TYPES.AssignmentExpression && use.left === member && use.operator === '=') values.push(use.right);
    if (use?.type === AST_NODE_TYPES.CallExpression && use.callee === member && LIST_ADDS.has(memberName(member) ?? '') && contains(fn, use)) {
      for (const arg of use.arguments) values.push(arg.type === AST_NODE_TYPES.SpreadElement ? arg.argument : arg);
    }
  }
  return values;
}

/** Array methods that add their arguments to the list. */
const LIST_ADDS: ReadonlySet<string> = new Set(['push', 'unshift']);

/** Log forwarders: functions and methods of the file that hand a parameter to a log call. */
const LOG_FORWARDERS: ForwarderFamily<LogSinkOptions> = {
  word: LOG_CALL_WORD,
  sinkIn: (node, sourceCode, options, depth) => (node.type === AST_NODE_TYPES.CallExpression ? logSinkAt(node, sourceCode, options, depth) : null),
  direct: new WeakMap(),
  indirect: new WeakMap(),
  forwardings: new WeakMap(),
};

/**
 * The shape every storage write a forwarder can hold has in text: a call of a storage method (STORAGE_METHODS) or of
 * a store module's function (`bareCallSink`'s: `setDoc(`, `writeFile(`, `serialize(`…), or an assignment to
 * `document.cookie` or into Web Storage.
 */
const STORAGE_CALL_WORD = new RegExp(
  `\\.\\s*(?:${[...STORAGE_METHODS].join('|')})\\s*\\(|(?:^|[^\\w$.])(?:setDoc|addDoc|updateDoc|set|update|push|serialize|setCookie|${[...FS_WRITES.keys()].join('|')})\\s*\\(|\\bcookie\\s*=[^=]|Storage\\s*(?:\\.\\s*[\\w$]+|\\[[^\\]]*\\])\\s*=[^=]`,
);

/** The values a storage sink writes: its values, and the values of its key-value fields. */
function storedNodes(sink: StorageSink): Node[] {
  const out = new Set<Node>(sink.values.map((value) => value.node));
  for (const field of sink.fields) if (field.value) out.add(field.value);
  return [...out];
}

/** Storage forwarders: functions and methods of the file that hand a parameter to a store (a call or an assignment). */
const STORAGE_FORWARDERS: ForwarderFamily<StorageSinkOptions> = {
  word: STORAGE_CALL_WORD,
  sinkIn: (node, sourceCode, options, depth) => {
    const sink =
      node.type === AST_NODE_TYPES.CallExpression
        ? storageSinkAt(node, sourceCode, options, depth)
        : node.type === AST_NODE_TYPES.AssignmentExpression
          ? storageSinkOfAssignment(node, sourceCode)
          : null;
    return sink && { label: sink.label, args: storedNodes(sink), spreads: [] };
  },
  direct: new WeakMap(),
  indirect: new WeakMap(),
  forwardings: new WeakMap(),
};

function forwardedStorageSink(
  call: TSESTree.CallExpression,
  fn: FunctionNode | null,
  name: string,
  sourceCode: SourceCode,
  options: StorageSinkOptions,
  depth: number,
): StorageSink | null {
  const writes = forwardedWrites(STORAGE_FORWARDERS, call, fn, name, sourceCode, options, depth);
  // The helper's name says where the value goes (`saveGiftCard(…)`: a gift card's number and PIN, real-world batch FM).
  return writes && writes.args.length > 0 ? sink(writes.label, [], writes.args.map((node) => ({ node, cardContext: false, container: name }))) : null;
}

/**
 * The names the file's storage forwarders are called by (`saveCard`, `this.persist`), for the calls a rule listens
 * to: `bare` when one is a function (called by an identifier), `methods` the names of methods that are not storage
 * methods already (STORAGE_CALL_METHODS).
 */
export const storageForwarderNames = fileFact('sinks:storage-forwarder-names', (sourceCode): { bare: boolean; methods: readonly string[] } => {
  let bare = false;
  const methods: string[] = [];
  for (const [name, fns] of forwarderCandidates(sourceCode)) {
    for (const fn of fns) {
      if (!mayForward(STORAGE_FORWARDERS, fn, sourceCode)) continue;
      if (fn.parent?.type === AST_NODE_TYPES.MethodDefinition) {
        if (!STORAGE_METHODS.has(name) && !methods.includes(name)) methods.push(name);
      } else bare = true;
    }
  }
  return { bare, methods };
});

function forwardedLogSink(call: TSESTree.CallExpression, fn: FunctionNode | null, name: string, sourceCode: SourceCode, options: LogSinkOptions, depth: number): LogSink | null {
  return forwardedWrites(LOG_FORWARDERS, call, fn, name, sourceCode, options, depth);
}

/**
 * The values a logged or stored argument writes as they are: itself, a template's expressions, a `+` concatenation's
 * operands, an object literal's property values (`{ detail }`) and spreads, an array's elements, what `JSON.stringify` is given.
 */
function textParts(node: Node, depth = 0): Node[] {
  const target = unwrap(node);
  if (depth > 4) return [];
  switch (target.type) {
    case AST_NODE_TYPES.TemplateLiteral:
      return target.expressions.flatMap((e) => textParts(e, depth + 1));
    case AST_NODE_TYPES.BinaryExpression:
      return target.operator === '+' ? [...textParts(target.left, depth + 1), ...textParts(target.right, depth + 1)] : [target];
    case AST_NODE_TYPES.ObjectExpression:
      // A spread copies the object's own fields: `{ ...order, savedAt }` writes `order`'s.
      return target.properties.flatMap((p) => textParts(p.type === AST_NODE_TYPES.Property ? p.value : p.argument, depth + 1));
    case AST_NODE_TYPES.ArrayExpression:
      return target.elements.flatMap((e) => (e ? textParts(e.type === AST_NODE_TYPES.SpreadElement ? e.argument : e, depth + 1) : []));
    case AST_NODE_TYPES.CallExpression: {
      const argument = target.arguments[0];
      return isJsonStringify(unwrap(target.callee)) && argument && argument.type !== AST_NODE_TYPES.SpreadElement ? textParts(argument, depth + 1) : [target];
    }
    default:
      return [target];
  }
}

/** A hapi server made in the file (\`Hapi.server({ … })\`, \`new Hapi.Server()\`), whose \`log(tags, data)\` writes its log. */
function isHapiServer(node: Node, sourceCode: SourceCode): boolean {
  if (!fileMentions(sourceCode, HAPI_MODULE)) return false;
  const o = originOf(node, sourceCode);
  const source = rootSource(o);
  const made = o.steps[o.steps.length - 1];
  return source !== null && HAPI_SOURCES.has(source) && (made?.type === 'call' || made?.type === 'new') && (made.name === 'server' || made.name === 'Server');
}
const HAPI_SOURCES: ReadonlySet<string> = new Set(['@hapi/hapi', 'hapi']);
const HAPI_MODULE = moduleGate('hapi', (s) => HAPI_SOURCES.has(s));

/**
 * A route handler's request parameter, named like one (`request` in hapi's `handler: (request, h) => …`). A function
 * that is a handler by its parameters alone needs a response toolkit beside the request (`(request, h)`, `(req, res)`):
 * a callback's `request` is not one.
 */
export function isHandlerRequest(node: Node, sourceCode: SourceCode): boolean {
  if (node.type !== AST_NODE_TYPES.Identifier || !REQUEST_NAMES.has(node.name)) return false;
  const variable = variableOf(node, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Parameter' || !isFunctionNode(def.node)) return false;
  const handler = requestHandler(def.node, sourceCode);
  if (!handler?.requests.includes(variable!)) return false;
  const second = def.node.params[1];
  return handler.kind !== 'request-params' || (second?.type === AST_NODE_TYPES.Identifier && (second.name === 'h' || RESPONSE_NAMES.has(second.name)));
}
const REQUEST_NAMES: ReadonlySet<string> = new Set(['req', 'request']);

/**
 * The logger a receiver's `child()` calls are made on (`logger.child({ requestId })` → `logger`), and whether one of
 * them is given options of its own (a second argument, which may replace the parent's redaction).
 */
function childLoggerParent(receiver: Node, sourceCode: SourceCode): { parent: Node; withOptions: boolean } {
  let parent = unwrap(receiver);
  let withOptions = false;
  while (parent.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(parent.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee, sourceCode) !== 'child') break;
    withOptions ||= parent.arguments.length > 1;
    parent = unwrap(callee.object);
  }
  return { parent, withOptions };
}

function loggerOf(receiver: Node, sourceCode: SourceCode, options: LogSinkOptions): string | null {
  // logger.child({ requestId }).info(...)
  const target = childLoggerParent(receiver, sourceCode).parent;
  // A receiver whose name does not say logger needs a logger module in the file (checked after the name: cheaper).
  const name = receiverName(target, sourceCode);
  const named = name !== null && (options.loggerNames?.includes(name) === true || splitWords(name).some((w) => LOGGER_WORDS.has(w)));
  const azure = fileMentions(sourceCode, AZURE_FUNCTIONS_MODULE);
  if (azure ? isAzureFunctionsLog(target, sourceCode) : isClassicAzureContext(target, sourceCode)) return 'the Azure Functions log';
  if (!named && !azure && !fileMentions(sourceCode, LOGGER_SPECIFIERS)) return null;
  const o = originOf(target, sourceCode);
  const source = rootSource(o);
  if (source !== null && LOGGER_SOURCES.has(source)) {
    if (o.root.type === 'typed') return 'a logger';
    const first = o.steps[0];
    if (source === '@nestjs/common' && !(first?.type === 'get' && first.name === 'Logger')) return null;
    if (source === 'fastify' && o.steps.every((s) => s.type !== 'get' || s.name !== 'log')) return null;
    return source === '@nestjs/common' || source === 'fastify' ? 'a logger' : `${/^[aeiou]/.test(source) ? 'an' : 'a'} ${source} logger`;
  }
  if (o.root.type === 'value' || (source !== null && !isLocalSource(source, sourceCode) && constructs(o))) return null;
  if (o.root.type === 'typed' && source !== null && !isLocalSource(source, sourceCode) && o.root.typeName !== 'Logger') return null;
  return named ? 'a logger' : null;
}

/**
 * The service whose SDK the receiver of a `method` call is, when that SDK sends data with the method (telemetry.ts):
 * the module it comes from, or the object an SDK call hands its callback as its first parameter (a Sentry scope, a
 * Bugsnag event). Null otherwise.
 */
function telemetryLabel(receiver: Node, method: string, sourceCode: SourceCode): string | null {
  return sendingServiceLabel(rootSource(originOf(receiver, sourceCode)) ?? sdkCallbackSource(receiver, sourceCode), method);
}

/** The label of the service whose SDK `source` is, when the SDK sends data with `method`; null otherwise. */
function sendingServiceLabel(source: string | null, method: string | null): string | null {
  const found = source !== null ? telemetryServiceOf(source) : null;
  return found && method !== null && found.methods.has(method) ? found.label : null;
}

/**
 * `scope` of `Sentry.withScope((scope) => …)`, `event` of `Bugsnag.notify(error, (event) => …)`: the module of the SDK
 * call (TELEMETRY_CALLBACK_METHODS) whose callback, written in place, declares it first. Null otherwise.
 */
function sdkCallbackSource(receiver: Node, sourceCode: SourceCode): string | null {
  if (receiver.type !== AST_NODE_TYPES.Identifier) return null;
  const def = variableOf(receiver, sourceCode)?.defs[0];
  const call = def?.type === 'Parameter' ? callbackCallOf(def.node as Node, def.name) : null;
  if (!call) return null;
  const o = originOf(call.callee, sourceCode);
  const name = lastGetName(o);
  return name !== null && TELEMETRY_CALLBACK_METHODS.has(name) ? rootSource(o) : null;
}

/**
 * The segments of a path of pino's `redact` option (fast-redact's syntax): `'req.body.cardNumber'`,
 * `'card["cvc"]'`, `'cards[*].number'`, `'*.cvv'` (`*`: any one key). Null for a path it cannot read.
 */
export function redactPathSegments(path: string): string[] | null {
  const segments: string[] = [];
  let at = 0;
  while (at < path.length) {
    if (path[at] === '[') {
      const close = path.indexOf(']', at);
      if (close < 0) return null;
      const inner = path.slice(at + 1, close).trim();
      const quoted = /^(["'`])(.*)\1$/.exec(inner);
      if (quoted) segments.push(quoted[2]!);
      else if (/^(?:\d+|\*)$/.test(inner)) segments.push(inner);
      else return null;
      at = close + 1;
      if (at < path.length && path[at] === '.') at++;
      continue;
    }
    let end = at;
    while (end < path.length && path[end] !== '.' && path[end] !== '[') end++;
    const segment = path.slice(at, end).trim();
    if (segment === '' || /[\]"'`]/.test(segment)) return null;
    segments.push(segment);
    at = end < path.length && path[end] === '.' ? end + 1 : end;
  }
  return segments.length > 0 ? segments : null;
}

/** Does one of the `redact` paths name `keys` or a key above it (`*` any one key)? The value there is censored or removed. */
export function redactsKeyPath(paths: readonly (readonly string[])[], keys: readonly string[]): boolean {
  return paths.some((path) => path.length <= keys.length && path.every((segment, i) => segment === '*' || segment === keys[i]));
}

/**
 * The `redact` paths of the pino logger a log call's receiver is (`const logger = pino({ redact: ['card.number',
 * '*.cvc'] })`, also `{ redact: { paths } }`, an options object held in a const, and its `child()` loggers, which keep
 * the redaction unless given options of their own), each as segments; null where the logger is not created in the
 * file with a list whose every path is a static string (then nothing is known to be hidden).
 */
function pinoRedactPaths(receiver: Node, sourceCode: SourceCode): string[][] | null {
  const { parent, withOptions } = childLoggerParent(receiver, sourceCode);
  // (A logger made in the call itself, `pino(options).info(…)`, is not read.)
  if (withOptions || parent.type === AST_NODE_TYPES.CallExpression) return null;
  const o = originOf(parent, sourceCode);
  if (o.root.type !== 'module' || o.root.source !== 'pino') return null;
  let created: TSESTree.CallExpression | null = null;
  for (let i = 0; i < o.steps.length; i++) {
    const step = o.steps[i]!;
    if (created === null) {
      if (step.type === 'get' && (step.name === 'default' || step.name === 'pino')) continue;
      if (step.type !== 'call') return null;
      created = step.node;
    } else if (!(step.type === 'get' && step.name === 'child' && o.steps[i + 1]?.type === 'call' && (o.steps[i + 1] as { node: TSESTree.CallExpression }).node.arguments.length <= 1)) return null;
    else i++;
  }
  const options = created?.arguments[0];
  if (!options || options.type === AST_NODE_TYPES.SpreadElement) return null;
  let redact = entriesOfObject(options, sourceCode)?.find((entry) => entry.key === 'redact')?.value;
  if (!redact) return null;
  const paths = entriesOfObject(redact, sourceCode)?.find((entry) => entry.key === 'paths')?.value;
  if (paths) redact = paths;
  const list = valueOf(redact, sourceCode);
  if (list.type !== AST_NODE_TYPES.ArrayExpression) return null;
  const out: string[][] = [];
  for (const element of list.elements) {
    const text = element && element.type !== AST_NODE_TYPES.SpreadElement ? staticString(element, sourceCode) : null;
    const segments = text === null ? null : redactPathSegments(text);
    if (segments === null) return null;
    out.push(segments);
  }
  return out;
}

/**
 * The keys under which pino writes `node`, a part of a log call's first argument `merged` (its merging object, whose
 * keys become the log line's): the keys of the object and array literals down to it, cut at the first value that is
 * not one (`{ card: mask({ number }) }` gives `['card']`). Null where `node` is not inside `merged`, or `merged` is the
 * message (a string).
 */
function mergedKeyPath(node: Node, merged: Node, sourceCode: SourceCode): string[] | null {
  if (!contains(merged, node) || merged.type === AST_NODE_TYPES.Literal || merged.type === AST_NODE_TYPES.TemplateLiteral) return null;
  let keys: string[] = [];
  let child: Node = node;
  for (let current = node.parent; current && child !== merged; child = current, current = current.parent) {
    if (current.type === AST_NODE_TYPES.Property && current.parent?.type === AST_NODE_TYPES.ObjectExpression) {
      const key = current.kind === 'init' ? propertyKey(current, sourceCode) : null;
      keys = key === null ? [] : [key, ...keys];
    } else if (current.type === AST_NODE_TYPES.ArrayExpression) {
      const index = current.elements.indexOf(child as never);
      keys = index < 0 || current.elements.slice(0, index).some((e) => e?.type === AST_NODE_TYPES.SpreadElement) ? [] : [String(index), ...keys];
    } else if (current.type !== AST_NODE_TYPES.ObjectExpression && !(current.type === AST_NODE_TYPES.SpreadElement && current.parent?.type === AST_NODE_TYPES.ObjectExpression)) {
      keys = [];
    }
  }
  return keys;
}

/**
 * For a call of a pino logger created in the file with a `redact` list: does the list hide `node`, a logged part of
 * the call's arguments (a key or value of the merging object, or below it)? Asked only of a part about to be reported.
 */
export function redactedByLogger(call: TSESTree.CallExpression, node: Node, sourceCode: SourceCode): boolean {
  const callee = unwrap(call.callee);
  const merged = call.arguments[0];
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !merged || merged.type === AST_NODE_TYPES.SpreadElement) return false;
  const keys = mergedKeyPath(node, merged, sourceCode);
  if (keys === null || keys.length === 0) return false;
  const paths = pinoRedactPaths(callee.object, sourceCode);
  return paths !== null && redactsKeyPath(paths, keys);
}

/**
 * The parameter definition a log call's receiver is, as a handler's context (`context`, or v3's `context.log`), where
 * it is one parameter of a function; null for anything else.
 */
function logContextParameter(receiver: Node, sourceCode: SourceCode): { name: TSESTree.BindingName; fn: FunctionNode } | null {
  const context = receiver.type === AST_NODE_TYPES.MemberExpression && memberName(receiver, sourceCode) === 'log' ? unwrap(receiver.object) : receiver;
  if (context.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = variableOf(context, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  return def?.type === 'Parameter' && isFunctionNode(def.node) ? { name: def.name, fn: def.node } : null;
}

/**
 * An Azure Functions handler's context, whose `log` / `error` / `warn` / `info` / `debug` / `trace` write to the
 * function's logs (Application Insights): `context` typed `InvocationContext` (v4) or `Context` (v3) from
 * `@azure/functions`, or its `context.log` (v3's `context.log.error(…)`); or the second parameter of a handler
 * registered with v4's `app.http(name, { handler })` (any trigger), inline or a function of the file named there.
 */
function isAzureFunctionsLog(receiver: Node, sourceCode: SourceCode): boolean {
  const param = logContextParameter(receiver, sourceCode);
  if (!param) return false;
  const annotation = param.name.type === AST_NODE_TYPES.Identifier ? param.name.typeAnnotation?.typeAnnotation : undefined;
  if (annotation) {
    const typeName = typeReferenceName(annotation);
    return typeName !== null && AZURE_CONTEXT_TYPES.has(typeName.name) && importSourceOf(typeName, sourceCode) === AZURE_FUNCTIONS;
  }
  return param.fn.params[1] === param.name && usedAs(param.fn, sourceCode, (value) => registersAzureHandler(value, sourceCode));
}

/**
 * The context of a classic (v1–v3) Azure Functions script with no import of `@azure/functions`: the first parameter
 * of the function the module exports (`module.exports = async function (context, req) { context.log(…) }`, also
 * `context.log.error(…)`), in a file whose directory holds the function's `function.json` (real-world batch FM).
 */
function isClassicAzureContext(receiver: Node, sourceCode: SourceCode): boolean {
  const param = logContextParameter(receiver, sourceCode);
  if (!param || param.fn.params[0] !== param.name) return false;
  // Then the file's `function.json` (once per file, read once per directory): a look on disk costs more inside a lint
  // (some 50 µs) than the scope lookups of a file's log calls, and most files log through no function's first parameter.
  if (!perFile(sourceCode, 'sinks:azure-function-script', () => isAzureFunctionScript(physicalFilenameOf(sourceCode)))) return false;
  return usedAs(param.fn, sourceCode, (value) => {
    const parent = value.parent;
    return (
      (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === value && isModuleExports(parent.left, sourceCode)) ||
      (parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration && parent.declaration === value)
    );
  });
}

/** Is `fn` used as `test` says: written there itself, or named by its declaration and referenced there (`handler: pay`). */
function usedAs(fn: FunctionNode, sourceCode: SourceCode, test: (value: Node) => boolean): boolean {
  if (test(fn)) return true;
  const name = declaredIdentifier(fn);
  const variable = name && variableOf(name, sourceCode);
  return variable?.references.some((reference) => test(reference.identifier)) === true;
}

/** `value` is the handler v4 registers (`app.http('pay', { handler: value })`, with `app` from `@azure/functions`). */
function registersAzureHandler(value: Node, sourceCode: SourceCode): boolean {
  const property = value.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== value || propertyKey(property, sourceCode) !== 'handler') return false;
  const call = property.parent.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(property.parent as TSESTree.ObjectExpression)) return false;
  const callee = unwrap(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && moduleRefOf(callee.object, sourceCode)?.module === AZURE_FUNCTIONS;
}

// ---------------------------------------------------------------------------------------------------------------
// Listener selectors: which calls a sink can be, told apart by callee shape and method name before a listener runs

/** Every method name a member-call storage sink accepts (`storageSinkOfCall` returns null for any other). */
export const STORAGE_CALL_METHODS: ReadonlySet<string> = STORAGE_METHODS;
/** Every method name a member-call log sink accepts (`logSinkOfCall` returns null for any other). */
export const LOG_CALL_METHODS: ReadonlySet<string> = new Set([...CONSOLE_METHODS, ...LOG_METHODS, 'write', ...TELEMETRY_CALLED_NAMES]);
/** LOG_CALL_METHODS less the SDK methods named like other objects' (`send`, `set`): what a file without an SDK may log with. */
export const LOG_CALL_METHODS_WITHOUT_SDK: ReadonlySet<string> = new Set([...LOG_CALL_METHODS].filter((name) => !SDK_ONLY_CALL_NAMES.has(name) || CONSOLE_METHODS.has(name) || LOG_METHODS.has(name)));
/** Does the file import an error tracker's, a monitoring or an analytics SDK (telemetry.ts)? */
export const mayLogToTelemetry = (sourceCode: SourceCode): boolean => fileMentions(sourceCode, TELEMETRY_MODULES);

/**
 * Selectors for the calls a sink family can be, disjoint, together matching every call whose callee, unwrapped, is a
 * member named one of `methods` (`named`: a plain `x.method(...)`; `computed`: `x['method'](...)`, any computed member;
 * `wrapped`: callees in TS wrappers or optional chains, `(x.method as F)(...)`), plus `bare` for identifier callees.
 */
export interface CallSelectors {
  named: string;
  computed: string;
  wrapped: string;
  bare: string;
}

/** `also`: a pattern of more method names (no `/` in it), matched anywhere in the name. */
export function callSelectors(methods: ReadonlySet<string>, also?: RegExp): CallSelectors {
  // A private method's call (`this.#save(…)`) has a PrivateIdentifier named without its `#`.
  const names = [...new Set([...methods].map((name) => name.replace(/^#/, '').replace(/\$/g, '\\$')))].join('|');
  return {
    named: `CallExpression[callee.type="MemberExpression"][callee.computed=false][callee.property.name=/^(?:${names})$${also ? `|${also.source}` : ''}/]`,
    computed: 'CallExpression[callee.type="MemberExpression"][callee.computed=true]',
    wrapped: 'CallExpression[callee.type!="MemberExpression"][callee.type!="Identifier"]',
    bare: 'CallExpression[callee.type="Identifier"]',
  };
}

/** Can a call with an identifier callee be a storage sink in this file (`bareCallSink`'s module condition)? */
export const mayStoreThroughBareCalls = (sourceCode: SourceCode): boolean =>
  fileMentions(sourceCode, BARE_CALL_MODULES) || fileMentions(sourceCode, STORAGE_HOOK_WORDS);
/**
 * Can a call with an identifier callee be a log sink in this file: a console alias, a `debug` logger, an error
 * tracker's or analytics SDK's function imported by name, or a forwarder of the file, asked about only where the file
 * names `console` or imports `debug` or such an SDK (bare calls are the commonest calls; measured: asking in every file
 * that names a logger costs the rule a tenth of its time)?
 */
export const mayLogThroughBareCalls = (sourceCode: SourceCode): boolean =>
  fileMentions(sourceCode, CONSOLE_OR_DEBUG) || fileMentions(sourceCode, TELEMETRY_MODULES) || fileMentions(sourceCode, APP_LOGGER_MODULES);
/**
 * Can an assignment other than `document.cookie = …` be a storage sink in this file (Web Storage or a VueUse storage
 * composable named in it)?
 */
export const mayWriteWebStorage = (sourceCode: SourceCode): boolean => fileMentions(sourceCode, WEB_STORAGE_NAMES) || fileMentions(sourceCode, STORAGE_HOOK_NAMES);

/**
 * `SQL_STATEMENT_START` for a string's value: a necessary condition of `storageSinkOfString` finding a statement in
 * a string literal (the statement keyword starts the value or follows a `;`, after blanks).
 */
export const SQL_LITERAL_SELECTOR = 'Literal[value=/(?:^|;)\\s*(?:insert|replace|update|create|alter)/i]';
/**
 * The same for templates: a quasi whose raw text has a statement keyword at its start or after a `;`, after blanks
 * or `\\n` / `\\r` / `\\t` escapes (a `${…}` before it reads as `?`, which no statement follows).
 */
export const SQL_TEMPLATE_ELEMENT_SELECTOR = 'TemplateElement[value.raw=/(?:^|;)(?:\\s|\\\\[nrt])*(?:insert|replace|update|create|alter)/i]';
