/**
 * What a TypeScript annotation says an object carries, read from the declarations of the same file: the members of
 * a parameter's declared type (`card: CardDto` with `class CardDto { number: string; cvc: string }` above it), for
 * analyses that need a value's field names where the value itself is unknown (a request DTO, a GraphQL input type, a
 * tRPC input). Only what the file declares is read: a type imported from another module, a generic, a union or an
 * inherited member says nothing.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { enclosingClassBody, enclosingFunction, isFunctionNode, topLevelStatements } from './ast.js';
import { perFile } from './file-cache.js';
import { namesFieldSettings } from './card-fields.js';
import { isFullCardDetailsParameter } from './jsx.js';
import { importedAs } from './modules.js';
import {
  classMemberName,
  destructuredBinding,
  isNeverReassigned,
  localFunctionOf,
  memberName as readMemberName,
  propertyKey,
  propertyKeys,
  resolveValue,
  unwrap,
  variableOf,
  zodObjectKeys,
} from './values.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** How deep member types are followed (`ChargeDto.card: CardDto`), and aliases resolved. */
const MAX_DEPTH = 4;

export interface DeclaredMember {
  name: string;
  /** The member's annotation, if it has one. */
  type: TSESTree.TypeNode | null;
}

type TypeDeclaration = TSESTree.ClassDeclaration | TSESTree.TSInterfaceDeclaration | TSESTree.TSTypeAliasDeclaration;

/** The file's top-level classes, interfaces and type aliases by name (exported or not), once per file. */
function typeDeclarations(sourceCode: SourceCode): ReadonlyMap<string, TypeDeclaration> {
  return perFile(sourceCode, 'declared-types', () => {
    const out = new Map<string, TypeDeclaration>();
    const repeated = new Set<string>();
    for (const statement of topLevelStatements(sourceCode)) {
      const declaration =
        statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration
          ? statement.declaration
          : statement;
      if (
        (declaration?.type === AST_NODE_TYPES.ClassDeclaration ||
          declaration?.type === AST_NODE_TYPES.TSInterfaceDeclaration ||
          declaration?.type === AST_NODE_TYPES.TSTypeAliasDeclaration) &&
        declaration.id
      ) {
        if (out.has(declaration.id.name)) repeated.add(declaration.id.name);
        out.set(declaration.id.name, declaration);
      }
    }
    // Two declarations of one name (interface merging, a class and its interface): no one of them lists its members.
    for (const name of repeated) out.delete(name);
    return out;
  });
}

/** A member's name as written: `number`, `'card_number'`; null for a computed or private key. */
const memberName = (key: Node, computed: boolean): string | null => {
  if (computed) return null;
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') return key.value;
  return null;
};

function signatureMembers(members: readonly TSESTree.TypeElement[]): DeclaredMember[] {
  const out: DeclaredMember[] = [];
  for (const member of members) {
    if (member.type !== AST_NODE_TYPES.TSPropertySignature) continue;
    const name = memberName(member.key, member.computed);
    if (name !== null) out.push({ name, type: member.typeAnnotation?.typeAnnotation ?? null });
  }
  return out;
}

/** The global list types: `Array<Card>`, `ReadonlyArray<Card>`. */
const ARRAY_TYPES: ReadonlySet<string> = new Set(['Array', 'ReadonlyArray']);
/** Global types that keep their argument's members (optional, required or read-only): `Partial<User>`. */
const SAME_MEMBER_TYPES: ReadonlySet<string> = new Set(['Partial', 'Required', 'Readonly', 'NonNullable']);

/**
 * The members an annotation declares: an object type literal's, or those of a class, interface or type alias of this
 * file named by it (own instance fields of a class; an interface's own members, not those it extends); for a list of
 * such a type, its elements' members; `Partial<T>`, `Required<T>`, `Readonly<T>`, `NonNullable<T>` have `T`'s, `Omit<T, K>`
 * and `Pick<T, K>` those but for or only the keys `K` writes. Null when the type says nothing this file shows (`string`,
 * `Stripe.Card`, `Pick<T, keyof U>`, a union, an imported type).
 */
export function declaredMembers(type: TSESTree.TypeNode | null | undefined, sourceCode: SourceCode, depth = 0): DeclaredMember[] | null {
  if (!type || depth > MAX_DEPTH) return null;
  if (type.type === AST_NODE_TYPES.TSTypeLiteral) return signatureMembers(type.members);
  // A list of them (`Card[]`, `readonly Card[]`, `Array<Card>`): every element holds those members, and a list written
  // whole writes each element's (real-world batch 88: a card vault's `cards: Card[]` stored in user metadata). So do
  // `Partial<User>` and the other global types that keep their argument's members (real-world batch 91).
  if (type.type === AST_NODE_TYPES.TSArrayType) return declaredMembers(type.elementType, sourceCode, depth + 1);
  if (type.type === AST_NODE_TYPES.TSTypeOperator && type.operator === 'readonly') return declaredMembers(type.typeAnnotation, sourceCode, depth + 1);
  if (
    type.type === AST_NODE_TYPES.TSTypeReference &&
    type.typeName.type === AST_NODE_TYPES.Identifier &&
    (ARRAY_TYPES.has(type.typeName.name) || SAME_MEMBER_TYPES.has(type.typeName.name)) &&
    type.typeArguments?.params.length === 1 &&
    !typeDeclarations(sourceCode).has(type.typeName.name)
  ) {
    return declaredMembers(type.typeArguments.params[0], sourceCode, depth + 1);
  }
  // `Omit<Card, 'id'>` and `Pick<Card, 'number' | 'cvc'>`: the argument's members but for, or only, the keys written
  // (real-world batch 98).
  if (
    type.type === AST_NODE_TYPES.TSTypeReference &&
    type.typeName.type === AST_NODE_TYPES.Identifier &&
    KEY_FILTER_TYPES.has(type.typeName.name) &&
    type.typeArguments?.params.length === 2 &&
    !typeDeclarations(sourceCode).has(type.typeName.name)
  ) {
    const pick = type.typeName.name === 'Pick';
    const keys = literalKeys(type.typeArguments.params[1]!);
    const members = keys && declaredMembers(type.typeArguments.params[0], sourceCode, depth + 1);
    return members ? members.filter((member) => keys.has(member.name) === pick) : null;
  }
  // `z.infer<typeof PaymentSchema>` (also `z.input`, `z.output`, `z.TypeOf`): the keys of the zod object schema.
  if (type.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.TSQualifiedName) return zodInferredMembers(type, sourceCode);
  if (type.type !== AST_NODE_TYPES.TSTypeReference || type.typeName.type !== AST_NODE_TYPES.Identifier || type.typeArguments) return null;
  const declaration = typeDeclarations(sourceCode).get(type.typeName.name);
  if (!declaration) return null;
  switch (declaration.type) {
    case AST_NODE_TYPES.TSTypeAliasDeclaration:
      return declaration.typeParameters ? null : declaredMembers(declaration.typeAnnotation, sourceCode, depth + 1);
    case AST_NODE_TYPES.TSInterfaceDeclaration:
      return declaration.typeParameters ? null : signatureMembers(declaration.body.body);
    case AST_NODE_TYPES.ClassDeclaration: {
      if (declaration.typeParameters) return null;
      const out: DeclaredMember[] = [];
      for (const element of declaration.body.body) {
        if (element.type !== AST_NODE_TYPES.PropertyDefinition || element.static) continue;
        const name = memberName(element.key, element.computed);
        if (name !== null) out.push({ name, type: element.typeAnnotation?.typeAnnotation ?? null });
      }
      return out;
    }
    default:
      return null;
  }
}

/** zod's types of what a schema parses (`z.infer<typeof S>`), on the namespace imported from zod. */
const ZOD_INFER_TYPES: ReadonlySet<string> = new Set(['infer', 'input', 'output', 'TypeOf']);

function zodInferredMembers(type: TSESTree.TSTypeReference, sourceCode: SourceCode): DeclaredMember[] | null {
  const name = type.typeName as TSESTree.TSQualifiedName;
  const query = type.typeArguments?.params.length === 1 ? type.typeArguments.params[0] : undefined;
  if (name.left.type !== AST_NODE_TYPES.Identifier || !ZOD_INFER_TYPES.has(name.right.name) || query?.type !== AST_NODE_TYPES.TSTypeQuery) return null;
  const source = importedAs(name.left, sourceCode)?.source;
  if (source !== 'zod' && !source?.startsWith('zod/')) return null;
  const schema = query.exprName.type === AST_NODE_TYPES.Identifier ? zodObjectKeys(query.exprName, sourceCode) : null;
  if (!schema) return null;
  const out: DeclaredMember[] = [];
  for (const property of schema.properties) {
    const key = property.type === AST_NODE_TYPES.Property ? memberName(property.key, property.computed) : null;
    if (key !== null) out.push({ name: key, type: null });
  }
  return out;
}

/** Global types that keep some of their first argument's members, by the keys of their second: `Omit<T, K>`, `Pick<T, K>`. */
const KEY_FILTER_TYPES: ReadonlySet<string> = new Set(['Omit', 'Pick']);

/** The keys a type of string literals names (`'id'`, `'id' | 'createdAt'`), or null for any other type. */
function literalKeys(type: TSESTree.TypeNode): Set<string> | null {
  const parts = type.type === AST_NODE_TYPES.TSUnionType ? type.types : [type];
  const keys = new Set<string>();
  for (const part of parts) {
    if (part.type !== AST_NODE_TYPES.TSLiteralType || part.literal.type !== AST_NODE_TYPES.Literal || typeof part.literal.value !== 'string') return null;
    keys.add(part.literal.value);
  }
  return keys;
}

/** `value as T`, `<T>value`, `value satisfies T`: an expression that states its type. */
export const isTypeAssertion = (node: Node): node is TSESTree.TSAsExpression | TSESTree.TSTypeAssertion | TSESTree.TSSatisfiesExpression =>
  node.type === AST_NODE_TYPES.TSAsExpression || node.type === AST_NODE_TYPES.TSTypeAssertion || node.type === AST_NODE_TYPES.TSSatisfiesExpression;

/**
 * The declared type of a value: a type assertion's (`req.body as CardDto`), a parameter's or an annotated variable's
 * (`const dto: ChargeDto = req.body`), or that of a name destructured from one (`{ card }: ChargeDto` → ChargeDto's
 * `card` member's type, also through defaults and nested patterns), or of a member path on such a value
 * (`dto.card`). Null for anything else.
 */
export function declaredTypeOf(node: Node, sourceCode: SourceCode, depth = 0): TSESTree.TypeNode | null {
  if (depth > MAX_DEPTH) return null;
  if (isTypeAssertion(node)) return node.typeAnnotation;
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    if (node.computed) return null;
    // `this.x` in a class: the type its field declares (`cardNumber!: StripeCardNumberElement`, `#cvc?: …`).
    if (unwrap(node.object).type === AST_NODE_TYPES.ThisExpression) return classFieldType(node);
    if (node.property.type !== AST_NODE_TYPES.Identifier) return null;
    const name = node.property.name;
    return declaredMembers(declaredTypeOf(node.object, sourceCode, depth + 1), sourceCode)?.find((m) => m.name === name)?.type ?? null;
  }
  if (node.type === AST_NODE_TYPES.TSNonNullExpression) return declaredTypeOf(node.expression, sourceCode, depth + 1);
  if (node.type !== AST_NODE_TYPES.Identifier) return null;
  // Most names are bound without an annotation: those are ruled out by name before any scope lookup.
  if (!annotatedNames(sourceCode).has(node.name)) return null;
  const variable = variableOf(node, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if ((def?.type !== 'Parameter' && def?.type !== 'Variable') || def.name.type !== AST_NODE_TYPES.Identifier) return null;
  const annotated = bindingAnnotation(def.name, variable ?? undefined, sourceCode);
  if (!annotated) return null;
  let type: TSESTree.TypeNode | null = annotated.type;
  for (const key of annotated.keys) {
    type = declaredMembers(type, sourceCode)?.find((m) => m.name === key)?.type ?? null;
    if (type === null) return null;
  }
  return type;
}

/**
 * The annotation over a bound name: its own (`card: CardDto`), or that of the pattern it is destructured from with
 * the keys leading to it (`{ card: { number } }: ChargeDto` → ChargeDto, `['card', 'number']`), through defaults; or
 * the type its initial value asserts (`const dto = body as ChargeDto`); or, for a const holding a parsed response
 * that its function returns as it is, the function's declared return type (`returnedAsDeclared`).
 */
function bindingAnnotation(name: TSESTree.Identifier, variable?: Variable, sourceCode?: SourceCode): { type: TSESTree.TypeNode; keys: string[] } | null {
  const keys: string[] = [];
  let current: Node = name;
  for (;;) {
    const annotation = (current as { typeAnnotation?: TSESTree.TSTypeAnnotation }).typeAnnotation;
    if (annotation) return { type: annotation.typeAnnotation, keys };
    const parent: Node | undefined = current.parent;
    // `const dto = JSON.parse(raw) as CardDto`, `const { card } = <ChargeDto>req.body`: the asserted type is the variable's.
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id === current && parent.init && isTypeAssertion(parent.init)) {
      return { type: parent.init.typeAnnotation, keys };
    }
    if (variable && current === name && parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id === current) {
      const returned = returnedAsDeclared(parent, variable) ?? (sourceCode ? resultOfDeclared(parent, sourceCode) : null);
      return returned && { type: returned, keys };
    }
    if (parent?.type === AST_NODE_TYPES.AssignmentPattern && parent.left === current) {
      current = parent;
      continue;
    }
    if (parent?.type === AST_NODE_TYPES.Property && parent.value === current && parent.parent.type === AST_NODE_TYPES.ObjectPattern) {
      const key = memberName(parent.key, parent.computed);
      if (key === null) return null;
      keys.unshift(key);
      current = parent.parent;
      continue;
    }
    return null;
  }
}

/** The type annotation of the class field that `this.<name>` reads, in a class of the file; null for anything else. */
function classFieldType(member: TSESTree.MemberExpression): TSESTree.TypeNode | null {
  const name = readMemberName(member);
  const body = name === null ? null : enclosingClassBody(member);
  for (const element of body?.body ?? []) {
    if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.static && classMemberName(element) === name) return element.typeAnnotation?.typeAnnotation ?? null;
  }
  return null;
}

/** The class or alias a type annotation names as a plain identifier (`HttpClient`, not `ns.X` or `Partial<X>['y']`). */
export const typeReferenceName = (type: TSESTree.TypeNode | undefined): TSESTree.Identifier | null =>
  type?.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier ? type.typeName : null;

/** A function's declared return type, its promise's value type for `Promise<T>`: what a call of it gives, awaited. */
function declaredResult(fn: { returnType?: TSESTree.TSTypeAnnotation | undefined }): TSESTree.TypeNode | null {
  const type = fn.returnType?.typeAnnotation;
  if (typeReferenceName(type)?.name === 'Promise') return (type as TSESTree.TSTypeReference).typeArguments?.params[0] ?? null;
  return type ?? null;
}

/** The initial value of a `const` declarator, awaited or not (`const card = await load(id)` → `load(id)`); null for a `let` or `var`. */
function constInitValue(declarator: TSESTree.VariableDeclarator): Node | null {
  if (declarator.parent.type !== AST_NODE_TYPES.VariableDeclaration || declarator.parent.kind !== 'const' || !declarator.init) return null;
  return unwrap(declarator.init.type === AST_NODE_TYPES.AwaitExpression ? declarator.init.argument : declarator.init);
}

/**
 * `const card = await fetchCard(id)` (or without `await`) for a function of this file declared to return `T` or
 * `Promise<T>`: `T` (real-world batch FM). Only a const: a `let` may be set to something else.
 */
function resultOfDeclared(declarator: TSESTree.VariableDeclarator, sourceCode: SourceCode): TSESTree.TypeNode | null {
  const init = constInitValue(declarator);
  if (init?.type !== AST_NODE_TYPES.CallExpression || unwrap(init.callee).type !== AST_NODE_TYPES.Identifier) return null;
  const fn = localFunctionOf(init.callee, sourceCode);
  return fn ? declaredResult(fn) : null;
}

/**
 * `const data = await res.json()` (or `JSON.parse(text)`: a value of no type) in a function declared to return `T`
 * or `Promise<T>` that returns `data` as it is: `T`, the type the function says the value has.
 */
function returnedAsDeclared(declarator: TSESTree.VariableDeclarator, variable: Variable): TSESTree.TypeNode | null {
  const init = constInitValue(declarator);
  const callee = init?.type === AST_NODE_TYPES.CallExpression ? unwrap(init.callee) : null;
  if (callee?.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = memberName(callee.property, callee.computed);
  const parsed = method === 'json' || (method === 'parse' && callee.object.type === AST_NODE_TYPES.Identifier && callee.object.name === 'JSON');
  const fn = parsed ? enclosingFunction(declarator) : null;
  const type = fn ? declaredResult(fn) : null;
  if (!fn || !type) return null;
  const returnsIt = variable.references.some((reference) => {
    const statement = reference.identifier.parent;
    return statement?.type === AST_NODE_TYPES.ReturnStatement && statement.argument === reference.identifier && enclosingFunction(statement) === fn;
  });
  return returnsIt ? type : null;
}

/** The names of the file's parameters and variables that carry an annotation (`bindingAnnotation`), once per file. */
function annotatedNames(sourceCode: SourceCode): ReadonlySet<string> {
  return perFile(sourceCode, 'declared-types:annotated-names', () => {
    const names = new Set<string>();
    for (const scope of sourceCode.scopeManager?.scopes ?? []) {
      for (const variable of scope.variables) {
        if (names.has(variable.name)) continue;
        for (const def of variable.defs) {
          if ((def.type === 'Parameter' || def.type === 'Variable') && def.name.type === AST_NODE_TYPES.Identifier && bindingAnnotation(def.name, variable, sourceCode)) {
            names.add(variable.name);
            break;
          }
        }
      }
    }
    return names;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Members of a value, for analyses: the file's declarations first, then the type checker where the user's config
// gives one (typed linting: `parserOptions.projectService` / `project`).

/** A member of a value's type, its own members asked only when needed. */
export interface ValueMember {
  name: string;
  members: () => readonly ValueMember[] | null;
  /** Declared as a number (`number: number`): a position or a count, no card number (a PAN is kept as text). */
  numeric?: boolean;
  /** A default's number other than 0 (`{ cvv: 4 }`): a length or a count written for the field, not a value to come. */
  setting?: boolean;
}

function fromDeclared(members: readonly DeclaredMember[] | null, sourceCode: SourceCode, depth: number): ValueMember[] | null {
  if (!members || depth > MAX_DEPTH) return null;
  return members.map((member) => ({
    name: member.name,
    members: () => fromDeclared(declaredMembers(member.type, sourceCode), sourceCode, depth + 1),
    ...(member.type?.type === AST_NODE_TYPES.TSNumberKeyword ? { numeric: true } : {}),
  }));
}

/** The parts of TypeScript's checker API this module calls (no import of `typescript`: the user's program brings it). */
interface TsSymbol {
  flags: number;
  getName(): string;
  declarations?: readonly { getSourceFile(): { isDeclarationFile: boolean } }[];
}
interface TsType {
  getProperties(): readonly TsSymbol[];
  getSymbol(): TsSymbol | undefined;
}
interface TsChecker {
  getTypeAtLocation(node: unknown): TsType;
  getTypeOfSymbolAtLocation(symbol: TsSymbol, node: unknown): TsType;
  getNonNullableType(type: TsType): TsType;
}
interface TypedServices {
  program?: { getTypeChecker(): TsChecker } | null;
  esTreeNodeToTSNodeMap?: { get(node: Node): unknown };
}

/** `ts.SymbolFlags.Property`, a value of TypeScript's public enum that has not moved since 1.x (its `TypeFlags` do move). */
const SYMBOL_FLAGS_PROPERTY = 1 << 2;

/**
 * The properties of an object type that the project itself declares (a class, interface, type alias or literal in
 * its own source: not a package's `.d.ts`, whose types, such as Stripe's own API objects, are for the rules' Stripe
 * knowledge to judge), each with its own type's members; null for anything else (primitives, `any`, unions of
 * several object types, library types).
 */
function checkedMembers(type: () => TsType, checker: TsChecker, location: unknown, depth: number): ValueMember[] | null {
  if (depth > MAX_DEPTH) return null;
  try {
    const target = checker.getNonNullableType(type());
    // Primitives, `any` and unions have no symbol; a class, interface or object literal type has its declaration's.
    const declaration = target.getSymbol()?.declarations?.[0];
    if (!declaration || declaration.getSourceFile().isDeclarationFile) return null;
    return target
      .getProperties()
      .filter((symbol) => (symbol.flags & SYMBOL_FLAGS_PROPERTY) !== 0)
      .map((symbol) => ({
        name: symbol.getName(),
        members: () => checkedMembers(() => checker.getTypeOfSymbolAtLocation(symbol, location), checker, location, depth + 1),
      }));
  } catch {
    return null; // a checker that cannot answer (a broken program, an unexpected node) says nothing
  }
}

/**
 * Is the file linted with type information (a TypeScript program behind the parser)? Then a value's type may bring
 * member names that the file's text never spells, and text prefilters over names must let the file through.
 */
export function hasTypeInformation(sourceCode: SourceCode): boolean {
  return Boolean((sourceCode.parserServices as TypedServices | undefined)?.program);
}

/** The type checker's answer for `node`, where linting is typed; null where it is not, or on any checker error. */
function typeCheckedMembers(node: Node, sourceCode: SourceCode): ValueMember[] | null {
  const services = sourceCode.parserServices as TypedServices | undefined;
  const program = services?.program;
  const map = services?.esTreeNodeToTSNodeMap;
  if (!program || !map) return null;
  try {
    const location = map.get(node);
    if (!location) return null;
    const checker = program.getTypeChecker();
    return checkedMembers(() => checker.getTypeAtLocation(location), checker, location, 0);
  } catch {
    return null; // no checker, or no TypeScript node for this one: nothing is known
  }
}

/**
 * The members a value's type gives it (`card: CardDto` → `number`, `cvc`…): read from the declarations of this file
 * (`declaredTypeOf`, `declaredMembers`), else from the type checker when the user lints with type information (then
 * also types declared in other files of the project, inherited members and aliases). Null when neither knows.
 */
export function valueMembers(node: Node, sourceCode: SourceCode, depth = 0): readonly ValueMember[] | null {
  return (
    fromDeclared(declaredMembers(declaredTypeOf(node, sourceCode), sourceCode), sourceCode, 0) ??
    typeCheckedMembers(node, sourceCode) ??
    sdkGivenMembers(node, sourceCode) ??
    defaultShapeMembers(node, sourceCode) ??
    (depth < MAX_DEPTH ? partMembers(node, sourceCode, depth + 1) : null)
  );
}

/**
 * The members of a part of a value whose members are known: a member read off it (`payment.card` of `(payment = {
 * card: { number: '', cvc: '' } })`) or taken out of it (`const { card } = payment`), by that member's own members.
 */
function partMembers(node: Node, sourceCode: SourceCode, depth: number): readonly ValueMember[] | null {
  const target = unwrap(node);
  let whole: Node | null = null;
  let key: string | null = null;
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    whole = target.object;
    key = readMemberName(target, sourceCode);
  } else if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(target, sourceCode);
    const bound = variable ? destructuredBinding(variable, sourceCode) : null;
    whole = bound?.init ?? null;
    key = bound?.key ?? null;
  }
  if (whole === null || key === null) return null;
  return valueMembers(whole, sourceCode, depth)?.find((member) => member.name === key)?.members() ?? null;
}

/**
 * The shape a parameter's default gives it where nothing declares its type, JavaScript's annotation: `(card = {
 * card_number: '', cvv: '' }) => axios.request({ data: card })` (real-world batch 304: a React Native wrapper of a
 * gateway's token call), a reducer's `(state = initialState, action)` with `const initialState = { cardNumber: '' }`.
 * Callers pass a value of that shape; the default's own values (empty strings) say nothing. Only a parameter of one
 * definition that the function never assigns; null when the default is no object literal with a named key.
 */
function defaultShapeMembers(node: Node, sourceCode: SourceCode): readonly ValueMember[] | null {
  if (node.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = variableOf(node, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  const pattern = def?.type === 'Parameter' ? def.name.parent : undefined;
  if (pattern?.type !== AST_NODE_TYPES.AssignmentPattern || pattern.left !== def!.name || !isNeverReassigned(variable!)) return null;
  return objectShape(pattern.right, sourceCode, 0);
}

/**
 * A default that is a flag, a callback or a pattern (`{ cvc: false }`, `{ onNumber() {} }`, `{ cvv: /^\d{3,4}$/ }`), or
 * words (a label, a placeholder, a selector: `{ cardNumber: 'Card number' }`): an option or text about a field, no
 * field's value, which is digits (an empty string or `null` is a value to come).
 */
const isOptionOrText = (value: Node): boolean =>
  isFunctionNode(value) ||
  (value.type === AST_NODE_TYPES.Literal && (typeof value.value === 'boolean' || 'regex' in value || /[^\d\s-]/.test(String(value.value ?? ''))));

/** A field's settings (`cvv: { selector: '#cvv' }`, a Hosted Fields config): an object literal of metadata keys only. */
export function isFieldSettings(value: Node, sourceCode: SourceCode): boolean {
  const object = resolveValue(value, sourceCode);
  return object.type === AST_NODE_TYPES.ObjectExpression && object.properties.every((p) => p.type === AST_NODE_TYPES.Property) && namesFieldSettings(propertyKeys(object, sourceCode));
}

/**
 * The keys of an object literal (as written, or a const's), each with its value's own keys, but for a field's
 * settings, flags, callbacks, patterns and words; null for anything else.
 */
function objectShape(node: Node, sourceCode: SourceCode, depth: number): ValueMember[] | null {
  const object = depth > MAX_DEPTH ? null : resolveValue(node, sourceCode);
  if (object?.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const out: ValueMember[] = [];
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.kind !== 'init' || property.method) continue;
    const name = propertyKey(property, sourceCode);
    if (name === null) continue;
    const value = property.value;
    if (isOptionOrText(value) || isFieldSettings(value, sourceCode)) continue;
    out.push({
      name,
      members: () => objectShape(value, sourceCode, depth + 1),
      ...(value.type === AST_NODE_TYPES.Literal && typeof value.value === 'number' ? { numeric: true, ...(value.value !== 0 ? { setting: true } : {}) } : {}),
    });
  }
  return out.length > 0 ? out : null;
}

/**
 * The members of \`CardFieldInput.Details\` / \`CardFormView.Details\` (@stripe/stripe-react-native), with the card's
 * \`number\` and \`cvc\` that \`dangerouslyGetFullCardDetails\` adds (stripe-facts §1.6).
 */
const FULL_CARD_DETAILS_MEMBERS: readonly ValueMember[] = [
  'last4', 'expiryMonth', 'expiryYear', 'postalCode', 'brand', 'complete', 'validExpiryDate', 'validCVC', 'validNumber', 'number', 'cvc',
].map((name) => ({ name, members: () => null }));

/**
 * The type an SDK gives a value the file does not declare: a CardField's full details in its \`onCardChange\` callback
 * (\`(details) => console.log(details)\`, written to a log, a request or storage whole; real-world batch 234).
 */
function sdkGivenMembers(node: Node, sourceCode: SourceCode): readonly ValueMember[] | null {
  return node.type === AST_NODE_TYPES.Identifier && isFullCardDetailsParameter(node, sourceCode) ? FULL_CARD_DETAILS_MEMBERS : null;
}
