/**
 * What value reaches a node: consts and aliases, TS wrappers, static strings, object entries through spreads and
 * shorthand, and the fields of request bodies in any encoding Stripe accepts (objects, bracket keys,
 * URLSearchParams, qs / querystring, JSON.stringify, hand-built form strings). stripe-facts.md §1.5.
 *
 * Everything here is conservative: what cannot be resolved is returned as unknown (`null` / skipped), never guessed.
 */
import { getStaticValue } from '@eslint-community/eslint-utils';
import { contains, enclosingClassBody, enclosingFunction, forEachNode, hasDirective, indexInSource, isFunctionNode, isSvelteComponent, returnedValues, thisScope, type FunctionNode, type PropertyOf } from './ast.js';
import { perFile } from './file-cache.js';
import { importedAs, isModuleRef, moduleRefOf, type ModuleRef } from './modules.js';
import { splitWords } from './card-fields.js';
import { declaredTypeOf, valueMembers, type ValueMember } from './declared-types.js';
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

const MAX_DEPTH = 12;

/** Strip TS-only wrappers and parentheses-equivalents: `x as T`, `x satisfies T`, `x!`, `<T>x`, `x<T>`, `a?.b` chains. */
export function unwrap(node: Node): Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSInstantiationExpression:
        current = current.expression;
        break;
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** `null`, `undefined`, `void 0`. */
export function isNullish(node: Node): boolean {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Literal) return target.value === null && !('regex' in target);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name === 'undefined';
  return target.type === AST_NODE_TYPES.UnaryExpression && target.operator === 'void';
}

/**
 * Memo per identifier node: several rules ask for the same identifiers (a `stripe` client, a `card` object), and a
 * lookup walks the tree up to the enclosing scope and the scope chain up to the declaration. Nodes belong to one
 * parse, so the answer never changes.
 */
const variables = new WeakMap<Node, Variable | null>();

/** The variable an identifier refers to, searched from the identifier's own scope. */
export function variableOf(id: TSESTree.Identifier | TSESTree.JSXIdentifier, sourceCode: SourceCode): Variable | null {
  const known = variables.get(id);
  if (known !== undefined) return known;
  let variable: Variable | null;
  try {
    // A name that is no reference (a key, \`{ headers: … }\`; a member's name, \`o.headers\`) stands for no variable,
    // whatever variable of that name is in scope (real-world batch 232).
    variable = isNameOnly(id) ? null : ASTUtils.findVariable(scopeOf(id, sourceCode), id.name);
  } catch {
    variable = null;
  }
  variables.set(id, variable);
  return variable;
}

/** Is the identifier a property's key (not shorthand), a member's or a class member's name: a name, no reference? */
function isNameOnly(id: TSESTree.Identifier | TSESTree.JSXIdentifier): boolean {
  const parent = id.parent;
  if (!parent) return false;
  if (parent.type === AST_NODE_TYPES.MemberExpression) return parent.property === id && !parent.computed;
  if (parent.type === AST_NODE_TYPES.Property) return parent.key === id && !parent.computed && !parent.shorthand;
  if (parent.type === AST_NODE_TYPES.MethodDefinition || parent.type === AST_NODE_TYPES.PropertyDefinition) return parent.key === id && !parent.computed;
  return false;
}

type Scope = TSESLint.Scope.Scope;

/**
 * `sourceCode.getScope(node)`, the same scope, found faster: ESLint's walks up from the node and asks the scope manager
 * at every ancestor (a lookup and a closure each, 1.7 µs per identifier of the Stripe-dense bench file); this one asks
 * only at the ancestors that are some scope's block, listed once per file (0.6 µs). A `function-expression-name` scope
 * gives way to its function's, as in ESLint. The Program node, or a tree without a scope manager, is ESLint's to answer.
 */
export function scopeOf(node: Node, sourceCode: SourceCode): Scope {
  const manager = sourceCode.scopeManager;
  if (!manager || node.type === AST_NODE_TYPES.Program) return sourceCode.getScope(node);
  const blocks = perFile(sourceCode, 'values:scope-blocks', () => new Set<Node>(manager.scopes.map((scope) => scope.block as Node)));
  for (let current: Node | undefined = node; current; current = current.parent) {
    if (!blocks.has(current)) continue;
    const scope = manager.acquire(current, true);
    if (scope) return scope.type === 'function-expression-name' ? (scope.childScopes[0] ?? scope) : scope;
  }
  return manager.scopes[0] ?? sourceCode.getScope(node);
}

const writesOf = new WeakMap<Variable, readonly Node[] | null>();

/**
 * Every value a variable declared with an identifier is given: its initialiser and each `name = value` after it (one
 * list per variable, memoised). Null where a write is of another kind (`+=`, `++`, a destructuring or loop target),
 * or the variable is no `var` / `let` / `const`.
 */
export function variableWrites(variable: Variable): readonly Node[] | null {
  let known = writesOf.get(variable);
  if (known === undefined) {
    const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
    let writes: Node[] | null = def?.type === 'Variable' && def.node.id.type === AST_NODE_TYPES.Identifier ? (def.node.init ? [def.node.init] : []) : null;
    for (const ref of variable.references) {
      if (!writes) break;
      if (!ref.isWrite() || ref.init) continue;
      const assignment = ref.identifier.parent;
      if (assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.operator === '=' && assignment.left === ref.identifier) writes.push(assignment.right);
      else writes = null;
    }
    writesOf.set(variable, (known = writes));
  }
  return known;
}

/**
 * The values a read of a variable can see (`variableWrites`, memoised with it), less those a statement before the read
 * always overwrites: `let url = ''; if (single) url = '/sales/card'; else url = '/sales/subscriptions'; post(url)`
 * reads one of the two paths, never `''` (precision probe 294). Such a statement is a sibling before the statement
 * holding the read, in the same function: an assignment `url = …` (also in a comma list), a block holding one, an `if`
 * whose both branches do, a `try` whose block and handler do (or whose `finally` does). What it overwrites are the
 * writes written before it in the same function (a loop can only run code after it before the read; a closure may
 * run any time, so its writes are kept). Null where `variableWrites` is, or the read is no variable's. (`valueReaching`
 * answers another question, for the objects the card rules read: one value the read may see.)
 */
export function reachingWrites(id: TSESTree.Identifier, sourceCode: SourceCode): readonly Node[] | null {
  const variable = variableOf(id, sourceCode);
  const writes = variable ? variableWrites(variable) : null;
  if (!variable || !writes || writes.length < 2) return writes;
  const killer = overwritingStatementBefore(id, variable, sourceCode);
  if (!killer) return writes;
  const owner = enclosingFunction(killer);
  return writes.filter((write) => write.range[1] > killer.range[0] || enclosingFunction(write) !== owner);
}

/** The nearest statement before the read (a sibling of one of its enclosing statements, in its function) that always assigns the variable. */
function overwritingStatementBefore(id: Node, variable: Variable, sourceCode: SourceCode): Node | null {
  for (let child: Node = id, parent = id.parent; parent && !isFunctionNode(child); child = parent, parent = parent.parent) {
    const list =
      parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program || parent.type === AST_NODE_TYPES.StaticBlock
        ? parent.body
        : parent.type === AST_NODE_TYPES.SwitchCase
          ? parent.consequent
          : null;
    if (!list) continue;
    for (let i = (list as readonly Node[]).indexOf(child) - 1; i >= 0; i--) {
      if (alwaysAssigns(list[i]!, variable, sourceCode)) return list[i]!;
    }
  }
  return null;
}

/** Does the statement assign the variable (`=`) on every way it completes normally? Labelled statements, loops and switches are not read. */
function alwaysAssigns(statement: Node, variable: Variable, sourceCode: SourceCode): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ExpressionStatement: {
      const expression = statement.expression;
      const assigns = (e: Node): boolean =>
        e.type === AST_NODE_TYPES.AssignmentExpression &&
        e.operator === '=' &&
        e.left.type === AST_NODE_TYPES.Identifier &&
        variableOf(e.left, sourceCode) === variable;
      return expression.type === AST_NODE_TYPES.SequenceExpression ? expression.expressions.some(assigns) : assigns(expression);
    }
    case AST_NODE_TYPES.BlockStatement:
      return statement.body.some((s) => alwaysAssigns(s, variable, sourceCode));
    case AST_NODE_TYPES.IfStatement:
      return statement.alternate !== null && alwaysAssigns(statement.consequent, variable, sourceCode) && alwaysAssigns(statement.alternate, variable, sourceCode);
    case AST_NODE_TYPES.TryStatement:
      return (
        (statement.finalizer !== null && alwaysAssigns(statement.finalizer, variable, sourceCode)) ||
        (alwaysAssigns(statement.block, variable, sourceCode) && (statement.handler === null || alwaysAssigns(statement.handler.body, variable, sourceCode)))
      );
    default:
      return false;
  }
}

const neverReassigned = new WeakMap<Variable, boolean>();

/** True when nothing but the declaration writes the variable (a `const`, or a `let` never reassigned). Memoised. */
export function isNeverReassigned(variable: Variable): boolean {
  let known = neverReassigned.get(variable);
  if (known === undefined) {
    known = variable.references.every((ref) => ref.init === true || !ref.isWrite());
    neverReassigned.set(variable, known);
  }
  return known;
}

/** Numbers standing for bindings in `sameValueKey`: scope variables, template variables (Vue's `v-for`), by identity. */
const bindingNumbers = new WeakMap<object, number>();
let nextBindingNumber = 0;
const bindingNumber = (binding: object): number => {
  let known = bindingNumbers.get(binding);
  if (known === undefined) bindingNumbers.set(binding, (known = nextBindingNumber++));
  return known;
};

/**
 * What an identifier of `sameValueKey` reads: a binding (an object: a scope variable, a template variable) or a name
 * that means one value throughout the evaluation (a Vue template's component member); null when unknown.
 */
export type BindingOf = (identifier: TSESTree.Identifier) => object | string | null;

/**
 * A key for the string an expression gives, equal for two expressions of one evaluation (one render of a component)
 * that give the same string: the text of string literals, and for each binding read (`id`, `props.id`, `field.id` of a
 * never-reassigned variable, also in a template: `` `${id}-cvc` ``) a marker between NUL characters. A static text is
 * its own key. Null for anything else: a call gives a new value each time (`useId()` twice is two ids), a reassigned
 * variable may change between the two reads, computed members and operators are not followed. `bindingOf` reads
 * identifiers where the scope manager does not (Vue templates); by default, never-reassigned scope variables.
 */
export function sameValueKey(node: Node, sourceCode: SourceCode, bindingOf?: BindingOf): string | null {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Literal) return typeof target.value === 'string' && !target.value.includes('\0') ? target.value : null;
  if (target.type === AST_NODE_TYPES.TemplateLiteral) {
    let key = '';
    for (const [index, quasi] of target.quasis.entries()) {
      if (typeof quasi.value.cooked !== 'string' || quasi.value.cooked.includes('\0')) return null;
      key += quasi.value.cooked;
      const expression = target.expressions[index];
      if (!expression) continue;
      const part = sameValueKey(expression, sourceCode, bindingOf);
      if (part === null) return null;
      key += part;
    }
    return key;
  }
  const path = bindingPath(target, sourceCode, bindingOf);
  return path === null ? null : `\0${path}\0`;
}

/** `id`, `props.field.id`: the binding's marker and the member names (`sameValueKey`), else null. */
function bindingPath(node: Node, sourceCode: SourceCode, bindingOf: BindingOf | undefined): string | null {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    if (target.computed || target.property.type !== AST_NODE_TYPES.Identifier) return null;
    const object = bindingPath(target.object, sourceCode, bindingOf);
    return object === null ? null : `${object}.${target.property.name}`;
  }
  if (target.type !== AST_NODE_TYPES.Identifier) return null;
  if (bindingOf) {
    const binding = bindingOf(target);
    return binding === null ? null : typeof binding === 'string' ? `=${binding}` : String(bindingNumber(binding));
  }
  const variable = variableOf(target, sourceCode);
  return variable && variable.defs.length > 0 && isNeverReassigned(variable) ? String(bindingNumber(variable)) : null;
}

/** `const x = <init>` (or a never-reassigned `let` / `var`) with a plain identifier target: its init. */
export function constInit(variable: Variable): TSESTree.Expression | null {
  if (variable.defs.length !== 1) return null;
  const def = variable.defs[0]!;
  if (def.type !== 'Variable') return null;
  const declarator = def.node;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return null;
  if (!isNeverReassigned(variable)) return null;
  return declarator.init;
}

/**
 * The function `callee` names when it is declared in this file: a function declaration, or a const (never reassigned)
 * holding an arrow or function expression. Null for anything else (parameters, imports, members, reassigned `let`s).
 */
export function localFunctionOf(
  callee: Node,
  sourceCode: SourceCode,
): TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | null {
  const target = unwrap(callee);
  if (target.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = variableOf(target, sourceCode);
  const def = variable?.defs[0];
  if (!variable || !def || variable.defs.length !== 1) return null;
  if (def.type === 'FunctionName') return def.node.type === AST_NODE_TYPES.FunctionDeclaration ? def.node : null;
  const init = constInit(variable);
  const fn = init ? unwrap(init) : null;
  return fn?.type === AST_NODE_TYPES.ArrowFunctionExpression || fn?.type === AST_NODE_TYPES.FunctionExpression ? fn : null;
}

/**
 * The method a call reaches on a class of this file: `this.build(…)` inside the class (an instance method; a static
 * one from a static method or block), `Gateway.build(…)` for a class declared as `Gateway` (a static method); or on
 * an object literal of the file: `this.build(…)` in one of its methods, `helper.build(…)` for a const holding it (real-
 * world batch 264); a class field holding a function (`log = (...args) => console.log(...args)`, real-world batch 288)
 * counts as a method. Null for anything else: getters, overloads without a body, computed names, other objects.
 */
export function ownMethodOf(callee: Node, sourceCode: SourceCode): TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | null {
  const member = unwrap(callee);
  if (member.type !== AST_NODE_TYPES.MemberExpression) return null;
  const name = memberName(member, sourceCode);
  if (name === null) return null;
  const object = unwrap(member.object);
  let body: TSESTree.ClassBody | null = null;
  let isStatic = true;
  if (object.type === AST_NODE_TYPES.ThisExpression) {
    body = enclosingClassBody(member);
    const holder = body?.body.find((element) => contains(element, member));
    if (!holder) return prototypeMethodOf(member, name) ?? objectMethodOf(member, name, sourceCode);
    isStatic = holder.type === AST_NODE_TYPES.StaticBlock || ('static' in holder && holder.static);
  } else if (object.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(object, sourceCode);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (def?.type === 'ClassName') body = def.node.body;
    else {
      // `helper.log(…)` with `const helper = { log(value) { … } }`: the literal's method.
      const literal = variable ? constInit(variable) : null;
      if (literal) return literalMethod(unwrap(literal), name, sourceCode);
    }
  }
  for (const element of body?.body ?? []) {
    if (
      element.type === AST_NODE_TYPES.MethodDefinition &&
      element.kind === 'method' &&
      element.static === isStatic &&
      element.value.type === AST_NODE_TYPES.FunctionExpression &&
      propertyKey(element, sourceCode) === name
    ) {
      return element.value;
    }
    if (element.type === AST_NODE_TYPES.PropertyDefinition && element.static === isStatic && element.value && propertyKey(element, sourceCode) === name) {
      const value = unwrap(element.value);
      if (value.type === AST_NODE_TYPES.ArrowFunctionExpression || value.type === AST_NODE_TYPES.FunctionExpression) return value;
    }
  }
  return null;
}

/**
 * The method an object literal holds under `name` (`name(…) { … }`, `name: function (…) { … }`), as the literal ends up:
 * the last key of that name; null for anything else, or where a spread after it may replace it (regression probe 265).
 */
function literalMethod(literal: Node, name: string, sourceCode: SourceCode): TSESTree.FunctionExpression | null {
  if (literal.type !== AST_NODE_TYPES.ObjectExpression) return null;
  let found: TSESTree.FunctionExpression | null = null;
  for (const property of literal.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) found = null;
    else if (propertyKey(property, sourceCode) === name) {
      found = property.kind === 'init' && property.value.type === AST_NODE_TYPES.FunctionExpression ? property.value : null;
    }
  }
  return found;
}

/**
 * `this.name(…)` in a method written on a constructor's prototype (`Token.prototype.getToken = function () { …
 * this.getData() … }`, the RequireJS / Magento way to write a class; real-world batch ED): the function assigned to
 * `Token.prototype.name` among the statements beside that one. Null for anything else.
 */
function prototypeMethodOf(member: TSESTree.MemberExpression, name: string): TSESTree.FunctionExpression | null {
  const fn = thisScope(member);
  return (fn && prototypeMethods(fn)?.byName.get(name)) ?? null;
}

/**
 * `this.name(…)` in a method of an object literal (`{ submit() { this.charge(card) }, charge(card) {…} }`: a Vue
 * component's `methods`, `Gateway.prototype = { … }`, a module's exported API object): the function the literal holds
 * under `name`. Null for anything else (an arrow, whose `this` is not the literal's; getters; computed names).
 */
function objectMethodOf(member: TSESTree.MemberExpression, name: string, sourceCode: SourceCode): TSESTree.FunctionExpression | null {
  const fn = thisScope(member);
  const object = fn && objectMethodSlot(fn, sourceCode)?.object;
  const inLiteral = (literal: TSESTree.ObjectExpression | null | undefined): TSESTree.FunctionExpression | null => {
    for (const property of literal?.properties ?? []) {
      if (property.type === AST_NODE_TYPES.Property && objectMethodSlot(property.value, sourceCode)?.name === name) return property.value as TSESTree.FunctionExpression;
    }
    return null;
  };
  const own = inLiteral(object);
  if (own || !object) return own;
  // A Vue component's hook (`mounted()`), watch handler or computed getter calling one of its `methods`.
  const component = vueComponentOf(object, sourceCode);
  const methods = component?.properties.find((p) => p.type === AST_NODE_TYPES.Property && !p.computed && propertyKey(p, sourceCode) === 'methods');
  return methods?.type === AST_NODE_TYPES.Property && methods.value.type === AST_NODE_TYPES.ObjectExpression && methods.value !== object ? inLiteral(methods.value) : null;
}

/**
 * The options object of the Vue component (one with a `methods: { … }` literal) that `literal` is, or whose `watch`
 * or `computed` literal it is; null for any other literal.
 */
function vueComponentOf(literal: TSESTree.ObjectExpression, sourceCode: SourceCode): TSESTree.ObjectExpression | null {
  const hasMethods = (object: TSESTree.ObjectExpression): boolean =>
    object.properties.some((p) => p.type === AST_NODE_TYPES.Property && !p.computed && propertyKey(p, sourceCode) === 'methods' && p.value.type === AST_NODE_TYPES.ObjectExpression);
  if (hasMethods(literal)) return literal;
  const options = optionsHolding(literal, VUE_THIS_OPTIONS, sourceCode);
  return options && hasMethods(options) ? options : null;
}

/** A component's options whose functions' `this` is the component besides its hooks: `watch` handlers, `computed` getters. */
const VUE_THIS_OPTIONS: ReadonlySet<string> = new Set(['watch', 'computed']);
const VUE_METHODS: ReadonlySet<string> = new Set(['methods']);

/** The object literal that holds `literal` under one of `keys` (`{ methods: literal }`, not computed); null for any other place. */
function optionsHolding(literal: TSESTree.ObjectExpression, keys: ReadonlySet<string>, sourceCode: SourceCode): TSESTree.ObjectExpression | null {
  const property = literal.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== literal || property.computed || property.parent.type !== AST_NODE_TYPES.ObjectExpression) return null;
  return keys.has(propertyKey(property, sourceCode) ?? '') ? property.parent : null;
}

/** For a function written as a method of an object literal (`pay(card) {…}`, `pay: function (card) {…}`): the literal and the method's name; null for any other place. */
export function objectMethodSlot(fn: Node, sourceCode: SourceCode): { object: TSESTree.ObjectExpression; name: string } | null {
  const property = fn.parent;
  if (fn.type !== AST_NODE_TYPES.FunctionExpression || property?.type !== AST_NODE_TYPES.Property || property.value !== fn || property.kind !== 'init' || property.computed) return null;
  const name = propertyKey(property, sourceCode);
  return name === null || property.parent.type !== AST_NODE_TYPES.ObjectExpression ? null : { object: property.parent, name };
}

interface PrototypeMethods {
  slot: { constructor: string; name: string };
  methods: TSESTree.FunctionExpression[];
  /** The first function written to each slot. */
  byName: Map<string, TSESTree.FunctionExpression>;
}

/** Per statement list, per constructor: its prototype's methods written there (one pass over the list). */
const prototypeMethodsByList = new WeakMap<Node, Map<string, Omit<PrototypeMethods, 'slot'>>>();

/**
 * For `fn` written as `X.prototype.name = fn`: its slot, and every function assigned to a slot of `X.prototype` by the
 * statements beside that one (`fn` among them). Null for any other function.
 */
function prototypeMethods(fn: Node): PrototypeMethods | null {
  const slot = prototypeSlot(fn);
  const statement = fn.parent?.parent;
  const list = statement?.parent;
  if (!slot || statement?.type !== AST_NODE_TYPES.ExpressionStatement || (list?.type !== AST_NODE_TYPES.BlockStatement && list?.type !== AST_NODE_TYPES.Program)) return null;
  let byConstructor = prototypeMethodsByList.get(list);
  if (!byConstructor) {
    byConstructor = new Map();
    for (const sibling of list.body) {
      const value = sibling.type === AST_NODE_TYPES.ExpressionStatement && sibling.expression.type === AST_NODE_TYPES.AssignmentExpression ? sibling.expression.right : null;
      const owner = value?.type === AST_NODE_TYPES.FunctionExpression ? prototypeSlot(value) : null;
      if (!owner) continue;
      let group = byConstructor.get(owner.constructor);
      if (!group) byConstructor.set(owner.constructor, (group = { methods: [], byName: new Map() }));
      group.methods.push(value as TSESTree.FunctionExpression);
      if (!group.byName.has(owner.name)) group.byName.set(owner.name, value as TSESTree.FunctionExpression);
    }
    prototypeMethodsByList.set(list, byConstructor);
  }
  const group = byConstructor.get(slot.constructor);
  return group ? { slot, ...group } : null;
}

/** `X.prototype.name = <fn>`: the constructor's name and the method's; null for any other place of `fn`. */
export function prototypeSlot(fn: Node): { constructor: string; name: string } | null {
  const assignment = fn.parent;
  if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== '=' || assignment.right !== fn) return null;
  const left = assignment.left;
  if (left.type !== AST_NODE_TYPES.MemberExpression || left.object.type !== AST_NODE_TYPES.MemberExpression) return null;
  const proto = left.object;
  const name = memberName(left);
  if (name === null || memberName(proto) !== 'prototype' || proto.object.type !== AST_NODE_TYPES.Identifier) return null;
  return { constructor: proto.object.name, name };
}

/**
 * The objects that a helper of this file builds and `node` (a resolved value) calls for: `buildCard(body)`,
 * `Gateway.cardData(p)`, `await this.cardFrom(input)`. Empty for anything else.
 */
export function builtObjects(node: Node, sourceCode: SourceCode): readonly TSESTree.ObjectExpression[] {
  if (node.type === AST_NODE_TYPES.CallExpression) return returnedObjects(node, sourceCode, false);
  if (node.type !== AST_NODE_TYPES.AwaitExpression) return [];
  const call = unwrap(node.argument);
  return call.type === AST_NODE_TYPES.CallExpression ? returnedObjects(call, sourceCode, true) : [];
}

/**
 * The serialised bodies a call of a function or method of this file returns: its returned values that are texts
 * (a template, a `+` concatenation, a string) or a serialisation (`JSON.stringify(…)`, a query string's), which the
 * payload reads as written there (a gateway's XML body built by a helper, `body: xml(p)`; real-world batch 332).
 * `awaited` as for `builtObjects`. Empty for anything else.
 */
export function builtTexts(node: Node, sourceCode: SourceCode): readonly Node[] {
  const awaited = node.type === AST_NODE_TYPES.AwaitExpression;
  const call = awaited ? unwrap(node.argument) : node;
  if (call.type !== AST_NODE_TYPES.CallExpression) return [];
  return helperReturns(call, sourceCode, awaited, returnedTextsOf, (value) => {
    const target = unwrap(value);
    const serialised =
      target.type === AST_NODE_TYPES.CallExpression && (isJsonStringify(unwrap(target.callee)) || isQueryStringStringify(unwrap(target.callee), sourceCode));
    const text =
      target.type === AST_NODE_TYPES.TemplateLiteral ||
      (target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+') ||
      (target.type === AST_NODE_TYPES.Literal && typeof target.value === 'string');
    return serialised || text ? target : null;
  });
}
const returnedTextsOf = new WeakMap<FunctionNode, Node[]>();

/**
 * The objects a call of a function or method of this file returns (`localFunctionOf`, `ownMethodOf`): its returned
 * values that are object literals, through consts and `let`s as `mayHoldObject` reads them. `awaited`: the call is
 * awaited, so an async function's returns count too. Empty for anything else.
 */
function returnedObjects(call: TSESTree.CallExpression, sourceCode: SourceCode, awaited: boolean): readonly TSESTree.ObjectExpression[] {
  return helperReturns(call, sourceCode, awaited, returnedObjectsOf, (value) => {
    const object = mayHoldObject(value, sourceCode);
    return object.type === AST_NODE_TYPES.ObjectExpression ? object : null;
  });
}
const returnedObjectsOf = new WeakMap<FunctionNode, TSESTree.ObjectExpression[]>();

/**
 * What `pick` keeps of the values a function or method of this file (`localFunctionOf`, `ownMethodOf`) that `call`
 * calls returns, once per function (`memo`); an async one's only where the call is `awaited`.
 */
function helperReturns<T extends Node>(
  call: TSESTree.CallExpression,
  sourceCode: SourceCode,
  awaited: boolean,
  memo: WeakMap<FunctionNode, T[]>,
  pick: (value: Node) => T | null,
): readonly T[] {
  const fn = localFunctionOf(call.callee, sourceCode) ?? ownMethodOf(call.callee, sourceCode);
  if (!fn || fn.generator || (fn.async && !awaited)) return [];
  let kept = memo.get(fn);
  if (!kept) {
    kept = [];
    memo.set(fn, kept); // a helper that returns its own call (recursion) returns nothing more
    for (const value of returnedValues(fn, sourceCode)) {
      const picked = pick(value);
      if (picked) kept.push(picked);
    }
  }
  return kept;
}

/**
 * The one value a call of a function or method of this file returns (`localFunctionOf`, `ownMethodOf`): `makeClient()`
 * with `function makeClient() { return axios.create(…) }` (real-world batch 256: an HTTP client from an awaited factory
 * of the app's); an async one's only where the call is awaited. Null for a function with several returns or none, or
 * a generator.
 */
export function returnedValueOfCall(call: TSESTree.CallExpression, sourceCode: SourceCode): Node | null {
  const fn = localFunctionOf(call.callee, sourceCode) ?? ownMethodOf(call.callee, sourceCode);
  if (!fn || fn.generator || (fn.async && withTypeWrappers(call).parent?.type !== AST_NODE_TYPES.AwaitExpression)) return null;
  const returned = returnedValues(fn, sourceCode);
  return returned.length === 1 ? returned[0]! : null;
}

/**
 * What is added to a list that a call of a function or method of this file returns (`const cards = []; for (…)
 * cards.push({ number, expiry, cvc }); return cards`; real-world batch 248: an extension's card import, stored by its
 * caller), awaited or not. Empty for anything else.
 */
export function returnedListValues(node: Node, sourceCode: SourceCode): readonly Node[] {
  let call = unwrap(node);
  const awaited = call.type === AST_NODE_TYPES.AwaitExpression;
  if (call.type === AST_NODE_TYPES.AwaitExpression) call = unwrap(call.argument);
  if (call.type !== AST_NODE_TYPES.CallExpression) return [];
  const fn = localFunctionOf(call.callee, sourceCode) ?? ownMethodOf(call.callee, sourceCode);
  if (!fn || fn.generator || (fn.async && !awaited)) return [];
  let values = returnedListValuesOf.get(fn);
  if (!values) {
    values = [];
    returnedListValuesOf.set(fn, values);
    for (const value of returnedValues(fn, sourceCode)) {
      const list = unwrap(value);
      if (list.type === AST_NODE_TYPES.Identifier && unwrap(mayHoldObject(list, sourceCode)).type === AST_NODE_TYPES.ArrayExpression) values.push(...pushedValues(list, sourceCode));
    }
  }
  return values;
}
const returnedListValuesOf = new WeakMap<Node, Node[]>();

const TYPE_WRAPPERS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSTypeAssertion,
]);

/** `node` with the TypeScript type wrappers written around it (`x as T`, `x!`, `x satisfies T`, `<T>x`): what its parent sees. */
export function withTypeWrappers(node: Node): Node {
  let current = node;
  while (current.parent && TYPE_WRAPPERS.has(current.parent.type)) current = current.parent;
  return current;
}

/**
 * Follow an expression to the value it is bound to: unwrap TS wrappers, follow identifiers to their const init
 * (`const card = {...}; create({ card })`), aliases of aliases. Returns the last node reached.
 */
export function resolveValue(node: Node, sourceCode: SourceCode): Node {
  let current = unwrap(node);
  const seen = new Set<Node>();
  for (let depth = 0; depth < MAX_DEPTH && !seen.has(current); depth++) {
    seen.add(current);
    if (current.type === AST_NODE_TYPES.CallExpression) {
      const copied = copiedValue(current);
      if (!copied) break;
      current = unwrap(copied);
      continue;
    }
    if (current.type !== AST_NODE_TYPES.Identifier) break;
    const variable = variableOf(current, sourceCode);
    const init = variable ? constInit(variable) : null;
    if (!init) break;
    current = unwrap(init);
  }
  return current;
}

/** Libraries' copy functions by their global or conventional name: `angular.copy(x)`, `_.clone(x)`, `_.cloneDeep(x)`, `ko.toJS(x)`. */
const COPY_FUNCTIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['angular', new Set(['copy'])],
  // Knockout's plain copy of a view model, its observables read (`ko.toJS(self)`, `ko.toJSON(self)`)
  ['ko', new Set(['toJS', 'toJSON'])],
  ['_', new Set(['clone', 'cloneDeep'])],
  ['lodash', new Set(['clone', 'cloneDeep'])],
]);

/**
 * The value a copy call copies, whose fields the copy has (real-world batch EH: a card object copied with
 * `angular.copy` and posted): `structuredClone(x)`, `angular.copy(x)`, `_.clone(x)` / `_.cloneDeep(x)`,
 * `Object.assign({}, x)`, `Object.fromEntries(x)` of a form or a map, and `JSON.parse(JSON.stringify(x))`; also the object
 * itself that `Object.freeze(x)`, `Object.seal(x)` and `Object.preventExtensions(x)` return. Null for any other call
 * (and for a copy with more than one source, or a replacer).
 */
const RETURNS_ITS_ARGUMENT: ReadonlySet<string> = new Set(['freeze', 'seal', 'preventExtensions']);

/** Is `call` `Object.assign(<first>, ...)` (with `sourceCode`, also a computed key a const names)? */
export function isObjectAssign(call: TSESTree.CallExpression, sourceCode?: SourceCode): boolean {
  const callee = unwrap(call.callee);
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    memberName(callee, sourceCode) === 'assign' &&
    unwrap(callee.object).type === AST_NODE_TYPES.Identifier &&
    (unwrap(callee.object) as TSESTree.Identifier).name === 'Object'
  );
}

export function copiedValue(call: TSESTree.CallExpression): Node | null {
  const [first, second] = call.arguments;
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return null;
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name === 'structuredClone' && call.arguments.length === 1 ? first : null;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier) return null;
  const method = memberName(callee);
  if (method === null) return null;
  if (COPY_FUNCTIONS.get(callee.object.name)?.has(method)) return call.arguments.length <= 2 ? first : null;
  // \`Object.freeze(card)\`, \`Object.seal(card)\`: the object itself, returned.
  if (callee.object.name === 'Object' && RETURNS_ITS_ARGUMENT.has(method)) return call.arguments.length === 1 ? first : null;
  // \`Object.fromEntries(formData)\`: an object of a form's (a map's) entries, under the same keys (real-world batch 239).
  if (callee.object.name === 'Object' && method === 'fromEntries') {
    return call.arguments.length === 1 && unwrap(first).type !== AST_NODE_TYPES.ArrayExpression ? first : null;
  }
  if (callee.object.name === 'Object' && method === 'assign') {
    const target = unwrap(first);
    const empty = target.type === AST_NODE_TYPES.ObjectExpression && target.properties.length === 0;
    return empty && call.arguments.length === 2 && second && second.type !== AST_NODE_TYPES.SpreadElement ? second : null;
  }
  if (isJsonParse(callee) && call.arguments.length === 1) {
    const inner = unwrap(first);
    if (inner.type !== AST_NODE_TYPES.CallExpression || !isJsonStringify(inner.callee) || inner.arguments.length !== 1) return null;
    const text = inner.arguments[0]!;
    return text.type === AST_NODE_TYPES.SpreadElement ? null : text;
  }
  return null;
}

/**
 * The path an expression reads, as written without spaces (`cardDetails.cvv`, `this.state.cvc`, `form?.values.number`
 * → `form.values.number`), or null when it is anything but a chain of names: `getCard().number` says nothing.
 */
export function boundPath(node: Node, sourceCode: SourceCode): string | null {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type === AST_NODE_TYPES.ThisExpression) return 'this';
  if (target.type !== AST_NODE_TYPES.MemberExpression) return null;
  const name = memberName(target, sourceCode);
  const base = name === null ? null : boundPath(target.object, sourceCode);
  return base === null ? null : `${base}.${name}`;
}

/**
 * The path a bound value shows (a controlled input's `value`): `boundPath`, also behind a fallback or a guard of its
 * own object (`form.cvc || ''`, `form.cvc ?? ''`, `info && info.cardNumber`, `info ? info.cardNumber : ''`). Null
 * for anything else (`a || b` of two paths, `ok && card.cvc` guarded by another object).
 */
export function shownPath(node: Node, sourceCode: SourceCode): string | null {
  const target = unwrap(node);
  const isFallback = (n: Node): boolean => {
    const f = unwrap(n);
    return f.type === AST_NODE_TYPES.Literal || (f.type === AST_NODE_TYPES.TemplateLiteral && f.expressions.length === 0) || (f.type === AST_NODE_TYPES.Identifier && f.name === 'undefined');
  };
  const guardedBy = (guard: Node, shown: Node): string | null => {
    const base = boundPath(guard, sourceCode);
    const path = boundPath(shown, sourceCode);
    return base !== null && path !== null && path.startsWith(`${base}.`) ? path : null;
  };
  if (target.type === AST_NODE_TYPES.LogicalExpression) {
    if ((target.operator === '||' || target.operator === '??') && isFallback(target.right)) return boundPath(target.left, sourceCode);
    if (target.operator === '&&') return guardedBy(target.left, target.right);
    return null;
  }
  if (target.type === AST_NODE_TYPES.ConditionalExpression) return isFallback(target.alternate) ? guardedBy(target.test, target.consequent) : null;
  return boundPath(target, sourceCode);
}

/**
 * The state a change handler writes with what it is given: `(e) => setCcv(e.target.value)` → `ccv` (the state of a
 * `useState` setter), `(e) => setCard({ ...card, cvc: e.target.value })` and `setCard((c) => ({ ...c, cvc: … }))` →
 * `card.cvc`, React Native's `(text) => setCvc(text)`. The value may be formatted on the way (`e.target.value.trim()`,
 * `format(e.target.value)`). Null for anything else.
 */
export function changedPath(handler: Node, sourceCode: SourceCode): string | null {
  const fn = unwrap(handler);
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) return null;
  const param = fn.params[0];
  if (param?.type !== AST_NODE_TYPES.Identifier) return null;
  let body: Node = fn.body;
  if (body.type === AST_NODE_TYPES.BlockStatement) {
    const [only] = body.body;
    if (body.body.length !== 1 || only?.type !== AST_NODE_TYPES.ExpressionStatement) return null;
    body = only.expression;
  }
  const call = unwrap(body);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length !== 1) return null;
  const state = stateOfSetter(call.callee, sourceCode);
  const [arg] = call.arguments;
  if (state === null || !arg || arg.type === AST_NODE_TYPES.SpreadElement) return null;
  if (carriesInput(arg, param.name)) return state;
  // `{ ...card, cvc: value }`, or the same returned by an updater `(c) => ({ ...c, cvc: value })`
  let next = unwrap(arg);
  if (next.type === AST_NODE_TYPES.ArrowFunctionExpression && next.body.type !== AST_NODE_TYPES.BlockStatement) next = unwrap(next.body);
  const key = next.type === AST_NODE_TYPES.ObjectExpression ? inputKeyPath(next, param.name, sourceCode, 0) : null;
  return key === null ? null : `${state}.${key}`;
}

/**
 * The key path of the one property of a new state object that takes the input, also in an object nested in it
 * (`{ ...payment, card: { ...payment.card, cvc: e.target.value } }` → `card.cvc`; real-world batch DE). Null when
 * none or several do.
 */
function inputKeyPath(object: TSESTree.ObjectExpression, param: string, sourceCode: SourceCode, depth: number): string | null {
  let found: string | null = null;
  for (const p of object.properties) {
    if (p.type !== AST_NODE_TYPES.Property) continue;
    const value = unwrap(p.value);
    const inner = carriesInput(value, param) ? '' : value.type === AST_NODE_TYPES.ObjectExpression && depth < 3 ? inputKeyPath(value, param, sourceCode, depth + 1) : null;
    if (inner === null) continue;
    const key = propertyKey(p, sourceCode);
    if (found !== null || key === null) return null;
    found = inner === '' ? key : `${key}.${inner}`;
  }
  return found;
}

/** `param.target.value` (also `currentTarget`), `param.nativeEvent.text`, `param` itself, or one of those formatted. */
function carriesInput(node: Node, param: string, depth = 0): boolean {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name === param;
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(target);
    const object = unwrap(target.object);
    const base = object.type === AST_NODE_TYPES.MemberExpression ? memberName(object) : null;
    const root = object.type === AST_NODE_TYPES.MemberExpression ? unwrap(object.object) : null;
    return (
      root?.type === AST_NODE_TYPES.Identifier &&
      root.name === param &&
      ((name === 'value' && (base === 'target' || base === 'currentTarget')) || (name === 'text' && base === 'nativeEvent'))
    );
  }
  if (target.type !== AST_NODE_TYPES.CallExpression || depth > 3) return false;
  const callee = unwrap(target.callee);
  const first = target.arguments[0];
  if (callee.type === AST_NODE_TYPES.MemberExpression && carriesInput(callee.object, param, depth + 1)) return true;
  return first !== undefined && first.type !== AST_NODE_TYPES.SpreadElement && carriesInput(first, param, depth + 1);
}

/** The state a `useState` setter sets: `ccv` for `setCcv` of `const [ccv, setCcv] = useState('')`; else null. */
function stateOfSetter(callee: Node, sourceCode: SourceCode): string | null {
  const setter = unwrap(callee);
  if (setter.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = variableOf(setter, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Variable' || def.node.id.type !== AST_NODE_TYPES.ArrayPattern || def.node.id.elements[1] !== def.name) return null;
  const init = def.node.init ? unwrap(def.node.init) : null;
  const state = def.node.id.elements[0];
  if (init?.type !== AST_NODE_TYPES.CallExpression || !STATE_HOOKS.has(calleeName(init) ?? '')) return null;
  return state?.type === AST_NODE_TYPES.Identifier ? state.name : null;
}

const staticValues = new WeakMap<Node, { value: unknown }>();

/**
 * The static value of an expression (literals, templates, `+`, consts, `as const` members), or `undefined`.
 * Plain literals and templates without expressions are read directly (no scope lookup); other results are memoised
 * per node, since several rules evaluate the same arguments.
 */
export function staticValue(node: Node, sourceCode: SourceCode): unknown {
  if (node.type === AST_NODE_TYPES.Literal) {
    // RegExp and BigInt literals go through getStaticValue, which builds their values.
    if (typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean') return node.value;
  } else if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    const cooked = node.quasis[0]?.value.cooked;
    if (typeof cooked === 'string') return cooked;
  }
  const known = staticValues.get(node);
  if (known) return known.value;
  let value: unknown;
  try {
    const result = getStaticValue(node as never, scopeOf(node, sourceCode) as never);
    value = result ? result.value : undefined;
  } catch {
    value = undefined;
  }
  staticValues.set(node, { value });
  return value;
}

/**
 * The property an Ember getter reads off `this` by name: `this.get('stripe')`, `Ember.get(this, 'stripe')`, `get(this,
 * 'stripe')` with `get` of `@ember/object`; what classic Ember code writes for `this.stripe` (an injected service).
 * Null for anything else.
 */
export function emberGetOfThis(call: TSESTree.CallExpression, sourceCode: SourceCode): string | null {
  const callee = unwrap(call.callee);
  const [first, second] = call.arguments;
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return null;
  // `this.get('stripe')`
  const object = callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee, sourceCode) === 'get' ? unwrap(callee.object) : null;
  if (object?.type === AST_NODE_TYPES.ThisExpression) return call.arguments.length === 1 ? staticString(first, sourceCode) : null;
  // `Ember.get(this, 'stripe')`, `get(this, 'stripe')`
  const ref = object === null && callee.type === AST_NODE_TYPES.Identifier ? moduleRefOf(callee, sourceCode) : null;
  const getter = object !== null ? object.type === AST_NODE_TYPES.Identifier && object.name === 'Ember' : ref?.module === '@ember/object' && ref.path.join('.') === 'get';
  if (!getter || call.arguments.length !== 2 || !second || second.type === AST_NODE_TYPES.SpreadElement) return null;
  return unwrap(first).type === AST_NODE_TYPES.ThisExpression ? staticString(second, sourceCode) : null;
}

/** The static string value of an expression, or `null`. */
export function staticString(node: Node, sourceCode: SourceCode): string | null {
  const value = staticValue(node, sourceCode);
  return typeof value === 'string' ? value : null;
}

/**
 * The static text of a string-ish expression for prefix checks: the whole string when static, otherwise the
 * leading static part of a template / `+` chain (`complete: false`). `null` when nothing static leads.
 */
export function staticPrefix(node: Node, sourceCode: SourceCode): { text: string; complete: boolean } | null {
  const whole = staticString(node, sourceCode);
  if (whole !== null) return { text: whole, complete: true };
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.TemplateLiteral) {
    // The quasis and the static values between them, up to the first value not known (`` `http://${HOST}/v1/${id}` ``
    // with a const `HOST`: `http://api.stripe.com/v1/`).
    let text = '';
    for (const [i, quasi] of target.quasis.entries()) {
      text += quasi.value.cooked ?? quasi.value.raw;
      const expression = target.expressions[i];
      const value = expression ? staticString(expression, sourceCode) : null;
      if (value === null) break;
      text += value;
    }
    return target.quasis.length > 0 ? { text, complete: false } : null;
  }
  if (target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+') {
    const left = staticPrefix(target.left, sourceCode);
    if (!left) return null;
    if (!left.complete) return left;
    const right = staticPrefix(target.right, sourceCode);
    return right ? { text: left.text + right.text, complete: false } : { text: left.text, complete: false };
  }
  return null;
}

/**
 * Name of a class member's key as `memberName` names its reads: an identifier's, a private one's with its `#`
 * (`#stripe` for `this.#stripe`); null for a computed or literal key.
 */
export function classMemberName(element: { key: Node; computed: boolean }): string | null {
  if (element.computed) return null;
  if (element.key.type === AST_NODE_TYPES.Identifier) return element.key.name;
  return element.key.type === AST_NODE_TYPES.PrivateIdentifier ? `#${element.key.name}` : null;
}

/**
 * Name of a property key: identifier (non-computed), string / number literal, or a statically known computed key (read
 * only with `sourceCode`; without it a computed key has no name).
 */
export function propertyKey(
  property: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition | TSESTree.TSPropertySignature | TSESTree.AccessorProperty,
  sourceCode?: SourceCode,
): string | null {
  const key = property.key;
  if (!property.computed) {
    if (key.type === AST_NODE_TYPES.Identifier) return key.name;
    if (key.type === AST_NODE_TYPES.Literal) return String(key.value);
    if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
    return null;
  }
  if (!sourceCode) return null;
  const value = staticValue(key, sourceCode);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/** The names of an object literal's or pattern's keys, in order (`''` for a key with no static name); spreads and rests left out. */
export const propertyKeys = (node: TSESTree.ObjectExpression | TSESTree.ObjectPattern, sourceCode?: SourceCode): string[] =>
  node.properties.flatMap((p) => (p.type === AST_NODE_TYPES.Property ? [propertyKey(p, sourceCode) ?? ''] : []));

/**
 * A variable bound by destructuring a declarator's init and never reassigned (`const { request, Agent: HttpsAgent } =
 * require('https')`, `const { register: field = f } = useForm()`): the init and the key it was read from (null when
 * the key is not static); null for any other variable.
 */
export function destructuredBinding(variable: Variable, sourceCode: SourceCode): { init: TSESTree.Expression; key: string | null } | null {
  const def = variable.defs[0];
  if (variable.defs.length !== 1 || def?.type !== 'Variable') return null;
  const declarator = def.node;
  if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern || !declarator.init || !isNeverReassigned(variable)) return null;
  for (const property of declarator.id.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value.type === AST_NODE_TYPES.Identifier && value.name === variable.name) return { init: declarator.init, key: propertyKey(property, sourceCode) };
  }
  return null;
}

/**
 * A variable bound by a rest element of a declarator's object pattern and never reassigned (`const { id, ...card } =
 * req.body as CardDto`): the init it takes the rest of and the keys the pattern takes out first; null for any other
 * variable, or when a key taken out is not static.
 */
export function restBinding(variable: Variable, sourceCode: SourceCode): { init: TSESTree.Expression; omitted: ReadonlySet<string> } | null {
  const def = variable.defs[0];
  if (variable.defs.length !== 1 || def?.type !== 'Variable') return null;
  const declarator = def.node;
  if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern || !declarator.init) return null;
  const rest = declarator.id.properties[declarator.id.properties.length - 1];
  if (rest?.type !== AST_NODE_TYPES.RestElement || rest.argument !== def.name || !isNeverReassigned(variable)) return null;
  const omitted = new Set<string>();
  for (const property of declarator.id.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const key = propertyKey(property, sourceCode);
    if (key === null) return null;
    omitted.add(key);
  }
  return { init: declarator.init, omitted };
}

/** The name a decorator is written with: `Component` in `@Component({…})`, `Post` in `@nest.Post()`; null when computed. */
export function decoratorName(decorator: TSESTree.Decorator): string | null {
  const expression = unwrap(decorator.expression);
  const callee = expression.type === AST_NODE_TYPES.CallExpression ? unwrap(expression.callee) : expression;
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression) return memberName(callee);
  return null;
}

/** Array methods that add their arguments to the list. */
const ADDING_METHODS: ReadonlySet<string> = new Set(['push', 'unshift']);
/** How many of a variable's references `pushedValues` looks at. */
const MAX_PUSH_REFERENCES = 64;

/**
 * What the file adds to a list held by a never-reassigned variable: the arguments (a spread's list) of its `push(…)` / `unshift(…)`
 * calls (`const cards = load(); cards.push({ number, cvc })`), wherever in the variable's scope they are. Empty for
 * anything else (a reassigned `let`, a parameter's list is still read: what this function pushes is in the list).
 */
export function pushedValues(id: TSESTree.Identifier, sourceCode: SourceCode): Node[] {
  const variable = variableOf(id, sourceCode);
  if (!variable || !isNeverReassigned(variable) || variable.references.length > MAX_PUSH_REFERENCES) return [];
  const out: Node[] = [];
  for (const reference of variable.references) {
    const call = reference.identifier.parent?.parent;
    if (call?.type === AST_NODE_TYPES.CallExpression && listAddedTo(call) === reference.identifier) out.push(...addedValues(call));
  }
  return out;
}

/** The list a `list.push(…)` / `list.unshift(…)` call adds to (`list`, as written), or null for any other call. */
export function listAddedTo(call: TSESTree.CallExpression): Node | null {
  const callee = call.callee;
  return callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier && ADDING_METHODS.has(callee.property.name)
    ? callee.object
    : null;
}

/** What such a call adds: its arguments, and for a spread the list spread (`push(...lines.map(parse))`). */
const addedValues = (call: TSESTree.CallExpression): Node[] => call.arguments.map((arg) => (arg.type === AST_NODE_TYPES.SpreadElement ? arg.argument : arg));

/**
 * An object literal of a form's initial values, a form's empty model: every value a blank (`''`, `null`, `undefined`),
 * a flag or a number (a class component's `this.state = { open: false, amount: 0, cardNumber: '', cvv: '' }`; real-world
 * batch 228), or such an object, and at least one a blank. (Keys that start as flags or counts hold flags and counts:
 * `collectObjectParts` reads a shape so.)
 */
function isBlankForm(node: Node, depth = 0): boolean {
  if (node.type !== AST_NODE_TYPES.ObjectExpression || node.properties.length === 0 || depth > 2) return false;
  let blank = false;
  const initial = node.properties.every((property) => {
    if (property.type !== AST_NODE_TYPES.Property || property.kind !== 'init' || property.method) return false;
    const value = unwrap(property.value);
    if (value.type === AST_NODE_TYPES.ObjectExpression) return isBlankForm(value, depth + 1) && (blank = true);
    if (value.type === AST_NODE_TYPES.Identifier) return value.name === 'undefined' && (blank = true);
    if (value.type === AST_NODE_TYPES.TemplateLiteral) return value.expressions.length === 0 && value.quasis.every((quasi) => quasi.value.cooked === '') && (blank = true);
    if (value.type !== AST_NODE_TYPES.Literal) return false;
    if (value.value === '' || value.value === null) return (blank = true);
    return typeof value.value === 'boolean' || typeof value.value === 'number';
  });
  return initial && blank;
}

/** Words of a name for what is kept about a form's fields rather than their values: its errors, flags, messages. */
const FORM_METADATA_WORDS: ReadonlySet<string> = new Set([
  'error', 'errors', 'err', 'errs', 'touched', 'dirty', 'valid', 'invalid', 'validation', 'validations', 'validity', 'message', 'messages', 'msg', 'msgs',
  'label', 'labels', 'placeholder', 'placeholders', 'hint', 'hints', 'mask', 'masks', 'pattern', 'patterns', 'rule', 'rules', 'warning', 'warnings', 'status', 'focus', 'focused',
]);
const namesFormMetadata = (name: string): boolean => splitWords(name).some((word) => FORM_METADATA_WORDS.has(word));

/**
 * A form's model: a field of the instance written once, as an object of blanks (an Angular component's `paymentForm =
 * { cardNumber: '', cvv: '' }` that its template binds, `[(ngModel)]="paymentForm.cvv"`; real-world batch 228), whose
 * keys say what it holds once filled in, as a form state's do (`stateShape`). Not a record of errors, flags or
 * messages. For logging and storage (card-data.ts) and for a request's body (`this.http.post(url, this.card)`,
 * real-world batch 246).
 */
export function formModelOf(member: TSESTree.MemberExpression, sourceCode: SourceCode): TSESTree.ObjectExpression | null {
  const writes = fieldWrites(member, sourceCode);
  if (writes.length !== 1) return null;
  const written = unwrap(resolveValue(writes[0]!, sourceCode));
  if (written.type !== AST_NODE_TYPES.ObjectExpression || !isBlankForm(written)) return null;
  return namesFormMetadata(memberName(member, sourceCode) ?? '') ? null : written;
}

/** Per class body (or AngularJS controller): what each field is set to or given (`fieldWrites`), found in one walk. */
const fieldWritesByOwner = new WeakMap<Node, Map<string, Node[]>>();

/**
 * What a class's methods write to a field of the instance, for `this.name` read in one of them: the values assigned
 * (`this.cards = lines.map(…)`, the field's initialiser) and the arguments pushed into it (`this.cards.push({ … })`),
 * wherever in the class (real-world batch 92: cards parsed in one method, saved in another). The same for an AngularJS
 * controller's `$scope.name`, written anywhere in the function that takes `$scope` (real-world batch 237:
 * `$scope.payment = { card: { number, cvc } }`, then `$http.post(url, angular.copy($scope.payment))`). Empty otherwise.
 */
export function fieldWrites(member: TSESTree.MemberExpression, sourceCode: SourceCode): Node[] {
  const fieldName = member.computed ? null : memberName(member);
  if (fieldName === null) return [];
  const object = unwrap(member.object);
  let owner: Node | null = null;
  let isInstance: (node: Node) => boolean;
  if (object.type === AST_NODE_TYPES.ThisExpression) {
    owner = enclosingClassBody(member);
    isInstance = (node) => unwrap(node).type === AST_NODE_TYPES.ThisExpression;
  } else if (object.type === AST_NODE_TYPES.Identifier && object.name === ANGULAR_SCOPE) {
    const variable = variableOf(object, sourceCode);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    owner = def?.type === 'Parameter' ? def.node : null;
    isInstance = (node) => {
      const target = unwrap(node);
      return target.type === AST_NODE_TYPES.Identifier && target.name === ANGULAR_SCOPE && variableOf(target, sourceCode) === variable;
    };
  } else {
    return [];
  }
  if (!owner) return [];
  let byName = fieldWritesByOwner.get(owner);
  if (!byName) {
    byName = new Map();
    const add = (name: string, value: Node): void => {
      const list = byName!.get(name);
      if (list) list.push(value);
      else byName!.set(name, [value]);
    };
    const fieldOf = (node: Node): string | null =>
      node.type === AST_NODE_TYPES.MemberExpression && isInstance(node.object) && !node.computed ? memberName(node) : null;
    forEachNode(owner, sourceCode, (node) => {
      if (node.type === AST_NODE_TYPES.PropertyDefinition) {
        const name = node.parent === owner && !node.static && node.value ? classMemberName(node) : null;
        if (name !== null) add(name, node.value!);
      } else if (node.type === AST_NODE_TYPES.AssignmentExpression && node.operator === '=') {
        const name = fieldOf(node.left);
        if (name !== null) add(name, node.right);
      } else if (node.type === AST_NODE_TYPES.CallExpression) {
        const list = listAddedTo(node);
        const name = list === null ? null : fieldOf(unwrap(list));
        if (name !== null) for (const value of addedValues(node)) add(name, value);
      }
    });
    fieldWritesByOwner.set(owner, byName);
  }
  return byName.get(fieldName) ?? [];
}

/** Per Vue component's options object: what each field is set to by `this.<name> = …` in its functions (`instanceFieldWrites`). */
const componentWritesByOptions = new WeakMap<Node, Map<string, Node[]>>();

/**
 * Everything this file writes to the field that `this.<name>` reads: in a class, what `fieldWrites` finds; in a Vue
 * component written with the Options API, what `data()` starts it as and what `this.<name> = …` sets it to in the
 * component's hooks, methods, watchers and computed getters (`mounted() { this.cardNumber = elements.create(…) }`).
 * Null where `member` is no such read (another object, a computed name, `this` of no class or component). A field
 * that a template binds (`v-model`, `[(ngModel)]`) is also written where this cannot see.
 */
export function instanceFieldWrites(member: TSESTree.MemberExpression, sourceCode: SourceCode): Node[] | null {
  if (member.computed || unwrap(member.object).type !== AST_NODE_TYPES.ThisExpression) return null;
  const name = memberName(member);
  if (name === null) return null;
  const body = enclosingClassBody(member);
  if (body) return everyUseSeen([body], name, fieldWrites(member, sourceCode), (m) => enclosingClassBody(m) === body, sourceCode);
  const prototype = prototypeFieldWrites(member, sourceCode);
  if (prototype) {
    const owners = new Set(prototype.owners);
    return everyUseSeen(prototype.owners, name, prototype.fields.get(name) ?? [], (m) => owners.has(thisScope(m) as Node), sourceCode);
  }
  const component = vueComponentOfThis(member, sourceCode);
  if (!component) return null;
  let byName = componentWritesByOptions.get(component);
  if (!byName) {
    byName = new Map();
    collectThisWrites(component, (written) => vueComponentOfThis(written, sourceCode) === component, byName, sourceCode);
    componentWritesByOptions.set(component, byName);
  }
  let writes = componentFieldWrites.get(component)?.get(name);
  if (!writes) {
    writes = [...vueDataValues(member, name, sourceCode), ...(byName.get(name) ?? [])];
    const lists = componentFieldWrites.get(component) ?? new Map<string, Node[]>();
    componentFieldWrites.set(component, lists.set(name, writes));
  }
  return everyUseSeen([component], name, writes, (m) => vueComponentOfThis(m, sourceCode) === component, sourceCode);
}

/** Per owner (class body, component, constructor), per field: whether `everyUseSeen` found every use. */
const usesSeen = new WeakMap<Node, Map<string, boolean>>();

/**
 * `writes` when the file's text spells the field's name nowhere but where they were read: `this.<name>` of the same
 * instance (`isOwn`) read, or written with `=` (those writes are `writes`), its declaration (a class field, a key of
 * `data()`'s object, whose value is one of `writes`), a type's member, or another object's member read. Any other use
 * may write the field unseen (`vm.cardNumber = v`, `this.$set(this, 'cardNumber', v)`, `Object.assign(this, { cardNumber
 * })`, `this.cardNumber ??= v`, a template's `v-model="cardNumber"`, a write from outside the class): then null.
 */
function everyUseSeen(owners: readonly Node[], name: string, writes: Node[], isOwn: (member: TSESTree.MemberExpression) => boolean, sourceCode: SourceCode): Node[] | null {
  const key = owners[0]!;
  let byName = usesSeen.get(key);
  if (!byName) usesSeen.set(key, (byName = new Map()));
  let seen = byName.get(name);
  if (seen === undefined) {
    seen = true;
    const text = sourceCode.text;
    const comments = commentRanges(sourceCode);
    // A private name is written with its `#`; a public one never follows a `#` (`this.#cardNumber` is another field).
    for (let at = text.indexOf(name); at >= 0 && seen; at = text.indexOf(name, at + name.length)) {
      if (IDENTIFIER_CHARACTER.test(text[at + name.length] ?? '') || /[\w$#]/.test(text[at - 1] ?? '')) continue;
      if (comments.some(([start, end]) => start <= at && at < end)) continue;
      // A component template's `ref="cardNumber"` (the element an Element mounts on) names no field.
      if (TEMPLATE_REF.test(text.slice(Math.max(0, at - 5), at)) && text[at + name.length] === text[at - 1]) continue;
      seen = isSeenUse(sourceCode.getNodeByRangeIndex(at) as Node | null, name, writes, isOwn, owners, sourceCode);
    }
    byName.set(name, seen);
  }
  return seen ? writes : null;
}

const IDENTIFIER_CHARACTER = /[\w$]/;
const TEMPLATE_REF = /\bref=["']$/;
/**
 * Calls that may write an object's fields: by a name in a string (`this.$set(this, 'cardNumber', v)`, Ember's `set`,
 * `Object.defineProperty`) or by copying an object's keys in (`Object.assign`, lodash's `merge`, `_.extend`).
 */
const FIELD_WRITING_CALLS: ReadonlySet<string> = new Set([
  'assign', 'extend', 'merge', 'defaults', 'defaultsDeep', 'mixin', 'set', '$set', 'setState',
  'defineProperty', 'defineProperties', 'setProperty', 'setProperties',
]);

/** The ranges of the file's comments. */
const commentRanges = (sourceCode: SourceCode): readonly (readonly [number, number])[] =>
  perFile(sourceCode, 'values:comment-ranges', () => sourceCode.getAllComments().map((comment) => comment.range));

/** A use of a field's name that `everyUseSeen` can vouch for. */
function isSeenUse(node: Node | null, name: string, writes: readonly Node[], isOwn: (member: TSESTree.MemberExpression) => boolean, owners: readonly Node[], sourceCode: SourceCode): boolean {
  // A string that says the name (`elements.create('cardNumber')`, `querySelector('#cardNumber')`), unless it names the
  // field: a computed key (`this['cardNumber']`) or a setter's argument (`this.$set(this, 'cardNumber', v)`, Ember's
  // `this.set('cardNumber', v)`, `Reflect.set`, `Object.defineProperty`).
  if (node?.type === AST_NODE_TYPES.Literal || node?.type === AST_NODE_TYPES.TemplateElement) {
    const holder = node.type === AST_NODE_TYPES.TemplateElement ? node.parent : node;
    const parent = holder?.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression) return parent.property !== holder;
    return parent?.type !== AST_NODE_TYPES.CallExpression || !FIELD_WRITING_CALLS.has(calleeName(parent) ?? '');
  }
  if (!node || (node.type !== AST_NODE_TYPES.Identifier && node.type !== AST_NODE_TYPES.PrivateIdentifier)) return false;
  const parent = node.parent;
  if (!parent) return false;
  // `data()`'s values are listed resolved (`cardNumber: null as StripeCardNumberElement | null`).
  const written = (value: Node): boolean => writes.includes(value) || writes.includes(unwrap(resolveValue(value, sourceCode)));
  if (parent.type === AST_NODE_TYPES.TSPropertySignature) return parent.key === node;
  // A class field's declaration: this one's, or another class's (which writes other instances); a method or accessor
  // of the name may write it.
  if (parent.type === AST_NODE_TYPES.PropertyDefinition) return parent.key === node && !parent.computed && (!owners.includes(parent.parent) || !parent.value || written(parent.value));
  if (parent.type === AST_NODE_TYPES.MethodDefinition || parent.type === AST_NODE_TYPES.AccessorProperty) return false;
  // A key of `data()`'s object, or of any object but one merged into an instance (`Object.assign(this, { cardNumber })`,
  // `_.extend`, `Object.defineProperties`): a payload's (`$.post(url, { cardNumber: this.cardNumber })`).
  if (parent.type === AST_NODE_TYPES.Property && (parent.key === node || parent.shorthand)) {
    if (parent.computed) return false;
    if (written(parent.value)) return true;
    const call = withTypeWrappers(parent.parent).parent;
    return call?.type !== AST_NODE_TYPES.CallExpression || !FIELD_WRITING_CALLS.has(calleeName(call) ?? '');
  }
  // A variable of the name (`const cardNumber = this.cardNumber`, `let cardNumber = ''` elsewhere): no field.
  if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.property !== node) return node.type === AST_NODE_TYPES.Identifier;
  if (parent.computed || memberName(parent) !== name) return false;
  const self = unwrap(parent.object).type === AST_NODE_TYPES.ThisExpression;
  const own = self && isOwn(parent);
  const outer = withTypeWrappers(parent);
  const use = outer.parent;
  // A write through `this` of another function inside the owner may be the instance's (`function () { this.cardNumber =
  // v }.bind(this)`); outside it, `this` is another class's or component's.
  if (isWriteTarget(parent)) {
    if (own) return use?.type === AST_NODE_TYPES.AssignmentExpression && use.operator === '=' && writes.includes(use.right);
    return self && !owners.some((owner) => contains(owner, parent));
  }
  // A destructuring target, `for (this.x of …)`: a write of another kind.
  if (use && (use.type === AST_NODE_TYPES.ArrayPattern || use.type === AST_NODE_TYPES.AssignmentPattern || use.type === AST_NODE_TYPES.RestElement || use.type === AST_NODE_TYPES.ForInStatement || use.type === AST_NODE_TYPES.ForOfStatement)) return false;
  if (use?.type === AST_NODE_TYPES.Property && use.value === outer && use.parent.type === AST_NODE_TYPES.ObjectPattern) return false;
  return true;
}

/** Per Vue component's options object: `instanceFieldWrites`' answer per field, one list each. */
const componentFieldWrites = new WeakMap<Node, Map<string, Node[]>>();

/** Per statement list, per constructor: `prototypeFieldWrites`' fields. */
const prototypeWritesByList = new WeakMap<Node, Map<string, { owners: Node[]; fields: Map<string, Node[]> }>>();

/**
 * For `this.x` in a constructor function or in a method written on its prototype beside it (`function Form(el) {…}`,
 * `Form.prototype.init = function () { this.cardNumber = elements.create('cardNumber') }`; a jQuery plugin's): what
 * each field is set to by `this.<name> = …` in the constructor and in those methods. Null for `this` anywhere else.
 */
function prototypeFieldWrites(member: TSESTree.MemberExpression, sourceCode: SourceCode): { owners: Node[]; fields: ReadonlyMap<string, Node[]> } | null {
  const fn = thisScope(member);
  if (!fn) return null;
  const group = prototypeMethods(fn);
  let constructor = group?.slot.constructor ?? null;
  let list = group ? fn.parent?.parent?.parent : undefined;
  if (!group) {
    if (fn.type !== AST_NODE_TYPES.FunctionDeclaration || !fn.id) return null;
    constructor = fn.id.name;
    list = fn.parent;
  }
  if (constructor === null || (list?.type !== AST_NODE_TYPES.BlockStatement && list?.type !== AST_NODE_TYPES.Program)) return null;
  let byConstructor = prototypeWritesByList.get(list);
  if (!byConstructor) prototypeWritesByList.set(list, (byConstructor = new Map()));
  let known = byConstructor.get(constructor);
  if (!known) {
    const found = new Map<string, Node[]>();
    const owners: Node[] = [];
    for (const statement of list.body) {
      if (statement.type === AST_NODE_TYPES.FunctionDeclaration && statement.id?.name === constructor) owners.push(statement);
      const assigned = statement.type === AST_NODE_TYPES.ExpressionStatement && statement.expression.type === AST_NODE_TYPES.AssignmentExpression ? unwrap(statement.expression.right) : null;
      if (assigned?.type === AST_NODE_TYPES.FunctionExpression && prototypeSlot(assigned)?.constructor === constructor) owners.push(assigned);
    }
    // A constructor without methods on its prototype beside it is no more than a function.
    if (owners.length >= 2) for (const owner of owners) collectThisWrites(owner, (written) => thisScope(written) === owner, found, sourceCode);
    byConstructor.set(constructor, (known = { owners: owners.length >= 2 ? owners : [], fields: found }));
  }
  return known.owners.length > 0 ? known : null;
}

/** Adds to `into` each `this.<name> = value` under `root` whose `this` is the instance (`isOwn`), by name. */
function collectThisWrites(root: Node, isOwn: (written: TSESTree.MemberExpression) => boolean, into: Map<string, Node[]>, sourceCode: SourceCode): void {
  forEachNode(root, sourceCode, (node) => {
    if (node.type !== AST_NODE_TYPES.AssignmentExpression || node.operator !== '=' || node.left.type !== AST_NODE_TYPES.MemberExpression) return;
    const written = node.left;
    const key = !written.computed && unwrap(written.object).type === AST_NODE_TYPES.ThisExpression && isOwn(written) ? memberName(written) : null;
    if (key === null) return;
    const values = into.get(key);
    if (values) values.push(node.right);
    else into.set(key, [node.right]);
  });
}

/**
 * The options object of the Vue component whose instance `this` is at `node` (a `this.x` read or write): the function
 * around it (arrows see through) is a function option of a literal with a `data` function or another Vue option
 * (`mounted() {…}`), or one of the `methods`, `watch` or `computed` of such a literal. Null for anything else.
 */
function vueComponentOfThis(node: Node, sourceCode: SourceCode): TSESTree.ObjectExpression | null {
  const fn = thisScope(node);
  const slot = fn ? objectMethodSlot(fn, sourceCode) : null;
  if (!slot) return null;
  const isComponent = (options: TSESTree.ObjectExpression): boolean =>
    options.properties.some((p) => p.type === AST_NODE_TYPES.Property && !p.computed && (VUE_OPTIONS.has(propertyKey(p, sourceCode) ?? '') || (propertyKey(p, sourceCode) === 'data' && isFunctionNode(unwrap(p.value)))));
  const holder = optionsHolding(slot.object, VUE_INSTANCE_OPTIONS, sourceCode);
  if (holder) return isComponent(holder) ? holder : null;
  return isComponent(slot.object) ? slot.object : null;
}

/** A component's options whose functions' `this` is the component, besides its hooks. */
const VUE_INSTANCE_OPTIONS: ReadonlySet<string> = new Set([...VUE_METHODS, ...VUE_THIS_OPTIONS]);

/** AngularJS's injected scope of a controller, whose fields its template binds. */
const ANGULAR_SCOPE = '$scope';

/**
 * The names a value is given where it is written, nearest first: the variable, property, class field, assignment
 * target or JSX attribute that holds it, then the properties of the objects around it and the call or element it is
 * given to (`createClerkClient({ secretKey: 'sk_…' })` → secretKey, createClerkClient; `const CLERK_KEY = 'sk_…'` →
 * CLERK_KEY). Through templates, `+`, fallbacks, conditionals, arrays and TypeScript's expression wrappers; the first
 * declarator, assignment, call or element ends it. At most `limit` names.
 */
export function namesAround(node: Node, sourceCode: SourceCode, limit = 4): string[] {
  const names: string[] = [];
  const add = (name: string | null): void => {
    if (name !== null) names.push(name);
  };
  let current: Node = node;
  for (let parent = current.parent; parent && names.length < limit; current = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.TemplateLiteral:
      case AST_NODE_TYPES.BinaryExpression:
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.ConditionalExpression:
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.ObjectExpression:
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.JSXExpressionContainer:
        continue;
      case AST_NODE_TYPES.Property:
      case AST_NODE_TYPES.PropertyDefinition:
        if (parent.value === current) add(propertyKey(parent, sourceCode));
        if (parent.type === AST_NODE_TYPES.PropertyDefinition) return names;
        continue;
      case AST_NODE_TYPES.VariableDeclarator:
        if (parent.init === current && parent.id.type === AST_NODE_TYPES.Identifier) add(parent.id.name);
        return names;
      case AST_NODE_TYPES.AssignmentExpression: {
        const target = parent.left;
        if (parent.right === current) add(target.type === AST_NODE_TYPES.Identifier ? target.name : target.type === AST_NODE_TYPES.MemberExpression ? memberName(target, sourceCode) : null);
        return names;
      }
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression: {
        if (parent.callee === current) return names;
        const callee = unwrap(parent.callee);
        add(callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee, sourceCode) : null);
        return names;
      }
      case AST_NODE_TYPES.JSXAttribute: {
        add(parent.name.type === AST_NODE_TYPES.JSXIdentifier ? parent.name.name : parent.name.name.name);
        const element = parent.parent;
        if (element.type === AST_NODE_TYPES.JSXOpeningElement && element.name.type === AST_NODE_TYPES.JSXIdentifier) add(element.name.name);
        return names;
      }
      default:
        return names;
    }
  }
  return names;
}

/** Name-like segments of an expression: `req.body.card.number` → ['req', 'body', 'card', 'number']. */
export function nameSegments(node: Node, sourceCode?: SourceCode): string[] | null {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) return [target.name];
  if (target.type === AST_NODE_TYPES.ThisExpression) return ['this'];
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(target, sourceCode);
    if (name === null) return null;
    const base = nameSegments(target.object, sourceCode);
    return base ? [...base, name] : [name];
  }
  return null;
}

/**
 * The name a node is written with: an identifier's, or a member's (`memberName`: computed keys resolved with
 * `sourceCode`); null for anything else. The node as given: unwrap it first where wrappers may stand around it.
 */
export function writtenName(node: Node, sourceCode?: SourceCode): string | null {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.type === AST_NODE_TYPES.MemberExpression ? memberName(node, sourceCode) : null;
}

/** Name of a non-computed or statically known member property: `a.b` → `b`, `a['b']` → `b`. */
export function memberName(member: TSESTree.MemberExpression, sourceCode?: SourceCode): string | null {
  if (!member.computed) {
    // A private member keeps its `#`: `this.#cvc` is named `#cvc` (a card field's name to the classifier, which reads
    // its words), and never a public member's name (`this.#log(…)` is no `log` method; real-world batch 279).
    if (member.property.type === AST_NODE_TYPES.PrivateIdentifier) return `#${member.property.name}`;
    return member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : null;
  }
  if (member.property.type === AST_NODE_TYPES.Literal) {
    const v = member.property.value;
    return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
  }
  if (!sourceCode) return null;
  const value = staticValue(member.property, sourceCode);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

export interface ObjectEntry {
  key: string;
  keyNode: Node;
  /** The property's value expression (unresolved; call `resolveValue` to follow it). */
  value: Node;
  /** The property of the object literal; null for an entry assigned after it (`params.card = {…}`). */
  property: TSESTree.Property | null;
  /** Assigned on one path only (in an `if`): it adds a key the literal lacks, and replaces none. */
  conditional?: true;
  /** For a conditional entry: the branches it is written in, outermost first (an `if`'s consequent or alternate). */
  branches?: readonly Node[];
}

const assignedEntriesOf = new WeakMap<TSESTree.ObjectExpression, ObjectEntry[]>();

/**
 * Entries a builder adds to a variable's object literal before anything else reads the variable:
 * `var params = {}; params.card = { number, cvc }; stripe.tokens.create(params)`. Only `name.key = value` statements
 * (a static key, plain `=`) in the declaration's own statement list, in a `try` block or `finally` there, or in the
 * branches of an `if` there (two levels), after it and before the variable's first other reference; a property set
 * later, in another nested block (a loop, a callback, a `catch`), or through an alias is not seen.
 */
function assignedEntries(object: TSESTree.ObjectExpression, sourceCode: SourceCode): ObjectEntry[] {
  const known = assignedEntriesOf.get(object);
  if (known) return known;
  const out: ObjectEntry[] = [];
  assignedEntriesOf.set(object, out);
  // `const params = {} as Params` / `satisfies Params`: the literal under its type wrappers.
  const init = withTypeWrappers(object);
  const declarator = init.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== init || declarator.id.type !== AST_NODE_TYPES.Identifier) return out;
  const name = declarator.id.name;
  const declaration = declarator.parent;
  const container = declaration?.parent;
  const list = container?.type === AST_NODE_TYPES.BlockStatement || container?.type === AST_NODE_TYPES.Program ? container.body : container?.type === AST_NODE_TYPES.SwitchCase ? container.consequent : null;
  const at = list ? indexInSource(list, declaration) : -1;
  if (!list || at < 0) return out;
  const variable = sourceCode.scopeManager?.getDeclaredVariables(declarator).find((v) => v.name === name);
  if (!variable) return out;
  const assignmentOf = (statement: Node): TSESTree.AssignmentExpression | null => {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return null;
    const expression = statement.expression;
    if (expression.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== '=') return null;
    const left = expression.left;
    return left.type === AST_NODE_TYPES.MemberExpression && left.object.type === AST_NODE_TYPES.Identifier && left.object.name === name ? expression : null;
  };
  // The first reference that is neither the declaration nor such an assignment's target ends the builder.
  let firstUse = Infinity;
  for (const ref of variable.references) {
    if (ref.init) continue;
    const member = ref.identifier.parent;
    const isTarget = member?.type === AST_NODE_TYPES.MemberExpression && member.object === ref.identifier && member.parent?.type === AST_NODE_TYPES.AssignmentExpression && member.parent.left === member && member.parent.operator === '=';
    if (!isTarget) firstUse = Math.min(firstUse, ref.identifier.range[0]);
  }
  const add = (statement: Node, branches: readonly Node[]): void => {
    const conditional = branches.length > 0 ? { conditional: true as const, branches } : {};
    // `if (card) { params.card = { number, cvc }; }`: set on one path, so it may be sent (real-world batch EB: an
    // edge function that adds the card to the gateway's payload when one was given); also `else`, two levels deep.
    if (statement.type === AST_NODE_TYPES.IfStatement && branches.length < 2) {
      for (const branch of [statement.consequent, statement.alternate]) {
        if (!branch) continue;
        const path = [...branches, branch];
        if (branch.type === AST_NODE_TYPES.BlockStatement) for (const inner of branch.body) add(inner, path);
        else add(branch, path);
      }
      return;
    }
    // `try { cardInfo.cardNumber = field.value; } catch (err) {}`: the block runs as the statements around it do, unless
    // something in it throws (real-world batch 254: a checkout reading each field in a `try` of its own); so does a
    // `finally`. A `catch` runs only on a throw: not read.
    if (statement.type === AST_NODE_TYPES.TryStatement) {
      for (const inner of statement.block.body) add(inner, branches);
      if (statement.finalizer) for (const inner of statement.finalizer.body) add(inner, branches);
      return;
    }
    const assignment = assignmentOf(statement);
    if (!assignment) return;
    const left = assignment.left as TSESTree.MemberExpression;
    const key = memberName(left, sourceCode);
    if (key !== null) out.push({ key, keyNode: left.property, value: assignment.right, property: null, ...conditional });
  };
  for (let i = at + 1; i < list.length && list[i]!.range[1] <= firstUse; i++) add(list[i]!, []);
  return out;
}

/**
 * Statically known entries of an object expression (after resolving identifiers), spreads of resolvable objects
 * flattened in order (later keys win). Unknown spreads and unknown computed keys are skipped. `null` when the node
 * is not an object. `withConditional`: also the keys a builder adds in an `if` (`assignedEntries`), which replace none.
 */
export function objectEntries(node: Node, sourceCode: SourceCode, depth = 0, withConditional = false): ObjectEntry[] | null {
  const object = resolveValue(node, sourceCode);
  if (depth > MAX_DEPTH) return null;
  // A member of an object known here (`new https.Agent(cfg.tls)` with `const cfg = { tls: { … } }`; real-world batch 283),
  // unless the file changes it through the path (`cfg.tls.rejectUnauthorized = true`; regression probe 286).
  if (object.type === AST_NODE_TYPES.MemberExpression) {
    if (writtenThrough(object, sourceCode)) return null;
    const key = memberName(object, sourceCode);
    const entry = key === null ? undefined : objectEntries(object.object, sourceCode, depth + 1)?.find((e) => e.key === key);
    return entry ? objectEntries(entry.value, sourceCode, depth + 1, withConditional) : null;
  }
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const byKey = new Map<string, ObjectEntry>();
  for (const prop of object.properties) {
    if (prop.type === AST_NODE_TYPES.SpreadElement) {
      for (const entry of objectEntries(prop.argument, sourceCode, depth + 1) ?? []) {
        byKey.delete(entry.key);
        byKey.set(entry.key, entry);
      }
      continue;
    }
    if (prop.kind !== 'init') continue; // getters / setters: value unknown
    const key = propertyKey(prop, sourceCode);
    if (key === null) continue;
    byKey.delete(key);
    byKey.set(key, { key, keyNode: prop.key, value: prop.value, property: prop });
  }
  for (const entry of assignedEntries(object, sourceCode)) {
    if (entry.conditional && (!withConditional || byKey.has(entry.key))) continue;
    byKey.delete(entry.key);
    byKey.set(entry.key, entry);
  }
  return [...byKey.values()];
}

/** Is `node` (a member) written where it stands: assigned, incremented, deleted? */
function isWriteTarget(node: Node): boolean {
  const outer = withTypeWrappers(node);
  const use = outer.parent;
  return (
    (use?.type === AST_NODE_TYPES.AssignmentExpression && use.left === outer) ||
    use?.type === AST_NODE_TYPES.UpdateExpression ||
    (use?.type === AST_NODE_TYPES.UnaryExpression && use.operator === 'delete')
  );
}

/** The call that merges into `node` or writes its fields by name, `node` its first argument (`Object.assign(cfg, …)`, `_.merge(cfg.tls, …)`), else null. */
function mergedInto(node: Node, sourceCode: SourceCode): TSESTree.CallExpression | null {
  const outer = withTypeWrappers(node);
  const call = outer.parent;
  return call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === outer && FIELD_WRITING_CALLS.has(calleeName(call, sourceCode) ?? '') ? call : null;
}

/** Methods that change the array, Set or Map they are called on. */
const CONTENT_CHANGING_METHODS: ReadonlySet<string> = new Set(['push', 'unshift', 'splice', 'pop', 'shift', 'fill', 'copyWithin', 'reverse', 'sort', 'add', 'delete', 'clear', 'set']);

/**
 * Does the file change what a variable holds after its literal, anywhere inside it: a member written at any depth
 * (`directives.connectSrc = […]`, `delete x.y`, `x.y.n++`), a method that changes an array, Set or Map called on it or
 * on a member (`directives.connectSrc.push(…)`, `sources.add(…)`), or a merge into it or into a member
 * (`Object.assign(directives, …)`)? Aliases (`const d = directives; d.x.push(…)`) are not followed. `harmless`, given the
 * values a change writes (empty for `delete` and `++`) and what it writes into (the member assigned, the list a method
 * changes, the object merged into), sets aside the changes that cannot matter to the caller.
 */
export function contentsChanged(
  variable: Variable,
  sourceCode: SourceCode,
  harmless?: (written: readonly Node[], target: Node) => boolean,
): boolean {
  /** The values a change writes into `target` (what is assigned, pushed or merged); `harmless` may set the change aside by them. */
  const counts = (written: readonly Node[], target: Node): boolean => harmless === undefined || !harmless(written, target);
  return variable.references.some((reference) => {
    if (reference.init) return false;
    let node: Node = reference.identifier;
    for (let depth = 0; depth < 16; depth++) {
      const merge = mergedInto(node, sourceCode);
      if (merge) return counts(merge.arguments.slice(1), node);
      const outer = withTypeWrappers(node);
      const parent = outer.parent;
      if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== outer) return false;
      if (isWriteTarget(parent)) {
        const use = withTypeWrappers(parent).parent;
        return counts(use?.type === AST_NODE_TYPES.AssignmentExpression && use.operator === '=' ? [use.right] : [], parent);
      }
      const call = withTypeWrappers(parent).parent;
      if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === withTypeWrappers(parent) && CONTENT_CHANGING_METHODS.has(memberName(parent, sourceCode) ?? '')) {
        return counts(call.arguments, outer);
      }
      node = parent;
    }
    return false;
  });
}

/**
 * Does the file change the object a member path reads (`cfg.tls` of `const cfg = {…}`) through that path: a write to it
 * or to one of its keys (`cfg.tls = …`, `cfg.tls.rejectUnauthorized = true`, `delete cfg.tls.x`, `cfg.tls.n++`), or a
 * merge into it or into an object on the way (`Object.assign(cfg.tls, …)`, `_.merge(cfg, …)`)? True where the path
 * has no root variable to search.
 */
function writtenThrough(member: TSESTree.MemberExpression, sourceCode: SourceCode): boolean {
  const path: string[] = [];
  let base: Node = member;
  while (base.type === AST_NODE_TYPES.MemberExpression) {
    const key = memberName(base, sourceCode);
    if (key === null) return true;
    path.unshift(key);
    base = unwrap(base.object);
  }
  const variable = base.type === AST_NODE_TYPES.Identifier ? variableOf(base, sourceCode) : null;
  if (!variable) return true;
  return variable.references.some((reference) => {
    let node: Node = reference.identifier;
    for (const key of path) {
      if (mergedInto(node, sourceCode)) return true;
      const outer = withTypeWrappers(node);
      const parent = outer.parent;
      if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== outer || memberName(parent, sourceCode) !== key) return false;
      node = parent;
    }
    if (isWriteTarget(node) || mergedInto(node, sourceCode)) return true;
    const outer = withTypeWrappers(node);
    const parent = outer.parent;
    return parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === outer && isWriteTarget(parent);
  });
}

/**
 * The entries a builder adds to an object literal in an \`if\` only (\`if (mock) { config.host = 'localhost' }\`), each
 * as written, including those that replace a key of the literal (which \`objectEntries\` leaves out).
 */
export function conditionalEntries(node: Node, sourceCode: SourceCode): ObjectEntry[] {
  const object = resolveValue(node, sourceCode);
  return object.type === AST_NODE_TYPES.ObjectExpression ? assignedEntries(object, sourceCode).filter((entry) => entry.conditional) : [];
}

/**
 * Does an entry set in an \`if\` apply wherever another is set: written in the same branch or in one around it
 * (\`if (mock) { config.host = …; if (!tls) config.protocol = … }\`)? An unconditional entry applies everywhere.
 */
export function appliesAlongside(entry: ObjectEntry, other: ObjectEntry): boolean {
  const outer = entry.branches ?? [];
  const inner = other.branches ?? [];
  return outer.length <= inner.length && outer.every((branch, i) => inner[i] === branch);
}

/** One entry of an object by key, if statically known. */
export function objectEntry(node: Node, sourceCode: SourceCode, key: string): ObjectEntry | undefined {
  return objectEntries(node, sourceCode)?.find((entry) => entry.key === key);
}

export interface PayloadField {
  /** Path of keys from the payload root: `{card: {number}}` and `'card[number]'` both give `['card', 'number']`. */
  path: string[];
  /** Node to report: the key, or the string that spells the key. */
  keyNode: Node;
  /** Value expression when known (object properties, `append(k, v)`), else null. */
  value: Node | null;
  /**
   * The name of the object the field was read off where the path does not say it: a component's form model sent whole
   * (`this.card`, whose keys are the body's own), for card context (`{ number, securityCode }` of a `card`).
   */
  container?: string;
}

/** Split a bracket key `payment_method_data[card][number]` into `['payment_method_data', 'card', 'number']`. */
export function splitBracketKey(key: string): string[] {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
  if (!match) return [key];
  const rest = [...(match[2] ?? '').matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!);
  return [match[1]!, ...rest];
}

const QS_MODULES = new Set(['qs', 'querystring', 'node:querystring', 'query-string', 'querystringify']);
const QS_NAMES = new Set(['qs', 'querystring', 'queryString', 'QueryString', 'Qs', 'querystringify']);

/** Module specifier that an identifier was imported / required from, when it is an import binding. */
export function importSourceOf(id: TSESTree.Identifier, sourceCode: SourceCode): string | null {
  const variable = variableOf(id, sourceCode);
  const def = variable?.defs[0];
  if (!def) return null;
  if (def.type === 'ImportBinding') {
    const decl = def.parent;
    if (decl.type === AST_NODE_TYPES.ImportDeclaration) return String(decl.source.value);
    if (decl.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
      const ref = decl.moduleReference;
      return ref.type === AST_NODE_TYPES.TSExternalModuleReference && ref.expression.type === AST_NODE_TYPES.Literal
        ? String(ref.expression.value)
        : null;
    }
    return null;
  }
  if (def.type === 'Variable' && def.node.init) {
    return requiredModule(def.node.init);
  }
  return null;
}

/** `require('x')`, `require('x').y` → `'x'`. */
export function requiredModule(node: Node): string | null {
  let current = unwrap(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) current = unwrap(current.object);
  if (
    current.type === AST_NODE_TYPES.CallExpression &&
    current.callee.type === AST_NODE_TYPES.Identifier &&
    current.callee.name === 'require' &&
    current.arguments.length === 1 &&
    current.arguments[0]!.type === AST_NODE_TYPES.Literal &&
    typeof current.arguments[0]!.value === 'string'
  ) {
    return current.arguments[0]!.value;
  }
  return null;
}

function isQueryStringStringify(callee: Node, sourceCode: SourceCode): boolean {
  const target = unwrap(callee);
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    if (memberName(target) !== 'stringify') return false;
    const object = unwrap(target.object);
    if (object.type !== AST_NODE_TYPES.Identifier) return requiredModule(object) !== null && QS_MODULES.has(requiredModule(object)!);
    const source = importSourceOf(object, sourceCode);
    return source !== null ? QS_MODULES.has(source) : QS_NAMES.has(object.name);
  }
  if (target.type === AST_NODE_TYPES.Identifier && target.name === 'stringify') {
    const source = importSourceOf(target, sourceCode);
    return source !== null && QS_MODULES.has(source);
  }
  return false;
}

/** A call that serialises or encodes what it is given as a payload's text: `JSON.stringify`, `qs.stringify`, `btoa`… */
function isSerialised(node: Node, sourceCode: SourceCode): boolean {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.CallExpression) return false;
  return isJsonStringify(target.callee) || isQueryStringStringify(target.callee, sourceCode) || encodedArgument(target, sourceCode) !== null;
}

/** `JSON.stringify` as a callee. */
export const isJsonStringify = (callee: Node): boolean => isJsonMethod(callee, 'stringify');
/** `JSON.parse` (a text's fields read back). */
export const isJsonParse = (callee: Node): boolean => isJsonMethod(callee, 'parse');
function isJsonMethod(callee: Node, method: string): boolean {
  const target = unwrap(callee);
  return (
    target.type === AST_NODE_TYPES.MemberExpression &&
    target.object.type === AST_NODE_TYPES.Identifier &&
    target.object.name === 'JSON' &&
    memberName(target) === method
  );
}

/** `encodeURIComponent` / `encodeURI` / `escape`: a form piece's key or value may be wrapped in one. */
const URI_ENCODERS: ReadonlySet<string> = new Set(['encodeURIComponent', 'encodeURI', 'escape']);
/** Global functions that encode a text without hiding it: what they are given is what is sent. */
const TEXT_ENCODERS: ReadonlySet<string> = new Set(['btoa', ...URI_ENCODERS]);
const GLOBAL_OBJECT_NAMES: ReadonlySet<string> = new Set(['window', 'globalThis', 'self']);
const BUFFER_ENCODINGS: ReadonlySet<string> = new Set(['base64', 'base64url', 'hex', 'utf8', 'utf-8', 'binary', 'latin1']);

/**
 * What a call encodes without hiding it (base64 and URI encodings are read back by anyone): `btoa(x)` (also
 * `window.btoa`), `encodeURIComponent(x)` / `encodeURI` / `escape`, `Buffer.from(x).toString('base64')`, js-base64's
 * `Base64.encode(x)`: `x`; null for anything else, and for a global the file redeclares.
 */
export function encodedArgument(node: Node, sourceCode: SourceCode): Node | null {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = unwrap(target.callee);
  const first = target.arguments[0];
  const arg = first && first.type !== AST_NODE_TYPES.SpreadElement ? first : null;
  if (callee.type === AST_NODE_TYPES.Identifier) {
    if (TEXT_ENCODERS.has(callee.name) && variableOf(callee, sourceCode)?.defs.length !== 1) return arg;
    return isJsonWebTokenSign(callee, sourceCode) ? arg : null;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = memberName(callee, sourceCode);
  const object = unwrap(callee.object);
  // A JSON Web Token's payload, base64url-encoded in the clear (real-world batch 331): jsonwebtoken's `jwt.sign(payload,
  // secret)`, jose's `new SignJWT(payload)…sign(key)`.
  if (method === 'sign') {
    if (isJsonWebTokenSign(callee, sourceCode)) return arg;
    const made = signedJwtPayload(object, sourceCode);
    if (made) return made;
  }
  if (object.type === AST_NODE_TYPES.Identifier) {
    if (method === 'btoa' && GLOBAL_OBJECT_NAMES.has(object.name)) return arg;
    if ((method === 'encode' || method === 'encodeURI') && object.name === 'Base64') return arg;
  }
  // `Buffer.from(x).toString('base64')`
  if (method !== 'toString' || !arg || !BUFFER_ENCODINGS.has(staticString(arg, sourceCode) ?? '')) return null;
  return bufferedValue(object, sourceCode);
}

const JSONWEBTOKEN = 'jsonwebtoken';

/**
 * jsonwebtoken's `sign` (`jwt.sign(payload, secret)`, or imported alone under any name), looked up only in a file that
 * names the module: most payloads' calls are of other functions.
 */
const isJsonWebTokenSign = (callee: Node, sourceCode: SourceCode): boolean =>
  perFile(sourceCode, 'values:jsonwebtoken', () => sourceCode.text.includes(JSONWEBTOKEN)) && isModuleRef(moduleRefOf(callee, sourceCode), [JSONWEBTOKEN], ['sign']);

/** The payload of jose's `new SignJWT(payload)`, through the setters chained on it (`.setProtectedHeader(…).setExpirationTime(…)`). */
function signedJwtPayload(node: Node, sourceCode: SourceCode): Node | null {
  let target = unwrap(node);
  for (let i = 0; i < 10 && target.type === AST_NODE_TYPES.CallExpression; i++) {
    const callee = unwrap(target.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
    target = unwrap(callee.object);
  }
  if (target.type !== AST_NODE_TYPES.NewExpression || !isModuleRef(moduleRefOf(target.callee, sourceCode), ['jose'], ['SignJWT'])) return null;
  const payload = target.arguments[0];
  return payload && payload.type !== AST_NODE_TYPES.SpreadElement ? payload : null;
}

/** What `Buffer.from(x)` is made of: `x`; null for anything else. */
export function bufferedValue(node: Node, sourceCode: SourceCode): Node | null {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.CallExpression) return null;
  const from = unwrap(target.callee);
  const buffer = from.type === AST_NODE_TYPES.MemberExpression ? unwrap(from.object) : null;
  const buffered = target.arguments[0];
  const isBufferFrom = buffer?.type === AST_NODE_TYPES.Identifier && buffer.name === 'Buffer' && memberName(from as TSESTree.MemberExpression, sourceCode) === 'from';
  return isBufferFrom && buffered && buffered.type !== AST_NODE_TYPES.SpreadElement ? buffered : null;
}

const FORM_CONSTRUCTORS = new Set(['URLSearchParams', 'FormData']);

/**
 * Form data a value holds: `new FormData(form)` / `new URLSearchParams(…)`, what a request's or a response's
 * `formData()` gives (`await request.formData()`: Astro endpoints and actions, Remix, SvelteKit, Next.js route
 * handlers and server actions), or a URL's `searchParams`. Through consts; a parameter or another value is unknown.
 */
function isFormData(node: Node, sourceCode: SourceCode): boolean {
  const resolved = resolveValue(node, sourceCode);
  if (isDeclaredFormData(node, sourceCode) || (resolved !== node && isDeclaredFormData(resolved, sourceCode))) return true;
  if (isServerActionFormData(node, sourceCode)) return true;
  let target = unwrap(resolved);
  if (formConstructorName(target) !== null) return true;
  if (target.type === AST_NODE_TYPES.MemberExpression) return memberName(target, sourceCode) === 'searchParams';
  if (target.type === AST_NODE_TYPES.AwaitExpression) target = unwrap(target.argument);
  if (target.type !== AST_NODE_TYPES.CallExpression || target.arguments.length > 0) return false;
  const callee = unwrap(target.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee, sourceCode) === 'formData';
}

/**
 * An untyped `formData` parameter of a server action, a function with React's `'use server'` directive or in a
 * module that starts with it (`export async function addCard(formData) { … formData.get('cvc') }`, a JavaScript
 * Next.js app; real-world batch 247): what a form's action is handed.
 */
function isServerActionFormData(node: Node, sourceCode: SourceCode): boolean {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.Identifier || target.name !== 'formData') return false;
  const def = variableOf(target, sourceCode)?.defs[0];
  if (def?.type !== 'Parameter' || def.name.type !== AST_NODE_TYPES.Identifier || def.name.typeAnnotation || !isFunctionNode(def.node)) return false;
  if (def.node.body.type === AST_NODE_TYPES.BlockStatement && hasDirective(def.node.body.body, 'use server')) return true;
  const program = sourceCode.ast;
  return program.type === AST_NODE_TYPES.Program && hasDirective(program.body, 'use server');
}

/**
 * A value declared as the global `FormData` (a Next.js server action's `formData: FormData`, `(data as FormData)`):
 * real-world batch 88. Not where the file binds the name itself (`import FormData from 'form-data'`, a multipart body
 * built for an outgoing request, or a type of its own).
 */
function isDeclaredFormData(node: Node, sourceCode: SourceCode): boolean {
  const type = declaredTypeOf(node, sourceCode);
  if (type?.type !== AST_NODE_TYPES.TSTypeReference || type.typeName.type !== AST_NODE_TYPES.Identifier || type.typeName.name !== 'FormData') return false;
  const global = sourceCode.scopeManager?.globalScope;
  if (!global) return false;
  return [global, ...global.childScopes.filter((scope) => scope.type === 'module')].every((scope) => (scope.set.get('FormData')?.defs.length ?? 0) === 0);
}

/**
 * The field a call reads from form data by name, `form.get('cardNumber')` on a `const form = await
 * request.formData()` (`isFormData`): its value is what the form's `cardNumber` field held. Else null.
 */
export function formDataFieldRead(call: TSESTree.CallExpression, sourceCode: SourceCode): string | null {
  const callee = unwrap(call.callee);
  const arg = call.arguments[0];
  if (callee.type !== AST_NODE_TYPES.MemberExpression || call.arguments.length !== 1 || !arg || arg.type === AST_NODE_TYPES.SpreadElement) return null;
  if (memberName(callee, sourceCode) !== 'get') return null;
  const name = staticString(arg, sourceCode);
  return name !== null && isFormData(callee.object, sourceCode) ? name : null;
}

export function formConstructorName(node: Node): string | null {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.NewExpression) return null;
  const callee = unwrap(target.callee);
  if (callee.type === AST_NODE_TYPES.Identifier && FORM_CONSTRUCTORS.has(callee.name)) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(callee);
    if (name !== null && FORM_CONSTRUCTORS.has(name)) return name;
  }
  return null;
}

/**
 * The fields a request body / params argument carries, in any encoding: object literals (nested or with bracket
 * keys), `new URLSearchParams(obj | pairs)` and later `.append / .set` on it, `qs.stringify(obj)`,
 * `querystring.stringify(obj)`, `JSON.stringify(obj)`, `.toString()` of those, `Object.keys(o).map(…).join('&')`,
 * and hand-built form strings / templates / concatenations (`'card[number]=' + n + '&card[cvc]=' + c`).
 */
export function payloadFields(node: Node, sourceCode: SourceCode): PayloadField[] {
  const out: PayloadField[] = [];
  collectPayload(node, sourceCode, [], out, 0);
  return out;
}

function collectPayload(node: Node, sourceCode: SourceCode, prefix: string[], out: PayloadField[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  const original = unwrap(node);
  if (
    (original.type === AST_NODE_TYPES.Identifier || original.type === AST_NODE_TYPES.MemberExpression || original.type === AST_NODE_TYPES.CallExpression) &&
    collectState(original, sourceCode, prefix, original, out, depth)
  ) {
    return;
  }
  if (original.type === AST_NODE_TYPES.Identifier && (collectRest(original, sourceCode, prefix, out, depth) || collectPassedIn(original, sourceCode, prefix, out, depth))) return;
  if (original.type === AST_NODE_TYPES.MemberExpression && collectPassedIn(original, sourceCode, prefix, out, depth)) return;
  // A component's form model sent whole (`this.http.post(url, this.card)` with `card = { cardNumber: '', cvv: '' }`):
  // its keys, of what the form holds once filled in, placed at the model (as a state's: `collectState`).
  const model = modelMember(original, sourceCode);
  if (model) {
    const fields: PayloadField[] = [];
    collectPayload(model.object, sourceCode, prefix, fields, depth + 1);
    for (const field of fields) out.push({ path: field.path, keyNode: original, value: isCountLiteral(field.value) ? field.value : null, container: model.name });
    return;
  }
  const target = resolveValue(original, sourceCode);
  switch (target.type) {
    case AST_NODE_TYPES.ObjectExpression: {
      collectSpreadShapes(target, sourceCode, prefix, out, depth);
      // A request body may carry what one path sets on it (`if (card) body.creditCard = {…}`).
      for (const entry of objectEntries(target, sourceCode, depth, true) ?? []) {
        const path = [...prefix, ...splitBracketKey(entry.key)];
        const value = mayHoldObject(entry.value, sourceCode);
        // Each object the value may hold: also every one a \`let\` is given on a path to here (\`let card = { token }; if
        // (dto.number) card = { number, cvc }\` sent as \`{ type: 'card', card }\`; real-world batch 329), as for a whole body.
        if (forEachObjectHeld(entry.value, sourceCode, (object) => collectPayload(object, sourceCode, path, out, depth + 1), value)) continue;
        let built = builtObjects(value, sourceCode);
        // `credit_card: creditCard` where `const creditCard = raw ? { card: { … } } : { card_id }`: either object.
        if (built.length === 0) built = choiceObjects(value, sourceCode);
        // A form's nested group (`payment: this.fb.group({ cardNumber: [''] })`): its controls.
        const group = built.length === 0 ? angularFormGroupOf(value, sourceCode) : null;
        if (group) built = [group];
        // `{ data: JSON.stringify(card) }`, `{ data: btoa(JSON.stringify(card)) }`: the encoded object's fields, under the key.
        if (built.length === 0 && isSerialised(value, sourceCode)) {
          collectPayload(value, sourceCode, path, out, depth + 1);
          continue;
        }
        if (built.length > 0) {
          for (const object of built) collectPayload(object, sourceCode, path, out, depth + 1);
        } else if (
          !collectState(entry.value, sourceCode, path, entry.keyNode, out, depth + 1) &&
          !((value.type === AST_NODE_TYPES.Identifier || value.type === AST_NODE_TYPES.MemberExpression) && collectPassedIn(value, sourceCode, path, out, depth + 1)) &&
          !collectDeclared([entry.value, value], sourceCode, path, entry.keyNode, out, depth + 1)
        ) {
          out.push({ path, keyNode: entry.keyNode, value: entry.value });
        }
      }
      return;
    }
    case AST_NODE_TYPES.ArrayExpression: {
      // Pairs: [['card[number]', n], ...] (URLSearchParams / FormData init, Object.fromEntries input).
      for (const element of target.elements) {
        if (!element || element.type !== AST_NODE_TYPES.ArrayExpression || element.elements.length < 1) continue;
        const keyNode = element.elements[0];
        if (!keyNode || keyNode.type === AST_NODE_TYPES.SpreadElement) continue;
        const key = staticString(keyNode, sourceCode);
        if (key === null) continue;
        const value = element.elements[1];
        out.push({
          path: [...prefix, ...splitBracketKey(key)],
          keyNode,
          value: value && value.type !== AST_NODE_TYPES.SpreadElement ? value : null,
        });
      }
      return;
    }
    case AST_NODE_TYPES.NewExpression: {
      // Angular's `new HttpParams({ fromObject })` alone (with `.set` calls: `collectChainedSets`).
      if (collectChainedSets(target, sourceCode, prefix, out, depth)) return;
      if (formConstructorName(target) === null) return;
      const init = target.arguments[0];
      if (init && init.type !== AST_NODE_TYPES.SpreadElement) collectPayload(init, sourceCode, prefix, out, depth + 1);
      collectAppends(original, target, sourceCode, prefix, out);
      return;
    }
    case AST_NODE_TYPES.CallExpression: {
      const callee = unwrap(target.callee);
      const arg = target.arguments[0];
      if ((isQueryStringStringify(callee, sourceCode) || isJsonStringify(callee)) && arg && arg.type !== AST_NODE_TYPES.SpreadElement) {
        collectPayload(arg, sourceCode, prefix, out, depth + 1);
        return;
      }
      const encoded = encodedArgument(target, sourceCode);
      if (encoded) {
        collectPayload(encoded, sourceCode, prefix, out, depth + 1);
        return;
      }
      if (callee.type === AST_NODE_TYPES.MemberExpression) {
        const method = memberName(callee);
        if (method === 'toString' && target.arguments.length === 0) {
          collectPayload(callee.object, sourceCode, prefix, out, depth + 1);
          return;
        }
        if ((method === 'set' || method === 'append') && collectChainedSets(target, sourceCode, prefix, out, depth)) return;
        if (method === 'join') {
          const list = unwrap(callee.object);
          const listed = list.type === AST_NODE_TYPES.Identifier ? resolveValue(list, sourceCode) : list;
          // `['card[number]=' + n, 'card[cvc]=' + c].join('&')`: each piece (real-world batch 278); and what a loop pushes
          // into the list (`pushedKeysSource`).
          if (listed.type === AST_NODE_TYPES.ArrayExpression) {
            for (const element of listed.elements) if (element && element.type !== AST_NODE_TYPES.SpreadElement) collectPayload(element, sourceCode, prefix, out, depth + 1);
          }
          const source = keysMapSource(list, sourceCode) ?? (list.type === AST_NODE_TYPES.Identifier ? pushedKeysSource(list, sourceCode) : null);
          if (source) collectPayload(source.object, sourceCode, source.key === null ? prefix : [...prefix, source.key], out, depth + 1);
          return;
        }
      }
      for (const built of [...builtObjects(target, sourceCode), ...builtTexts(target, sourceCode)]) collectPayload(built, sourceCode, prefix, out, depth + 1);
      return;
    }
    case AST_NODE_TYPES.AwaitExpression: {
      for (const built of [...builtObjects(target, sourceCode), ...builtTexts(target, sourceCode)]) collectPayload(built, sourceCode, prefix, out, depth + 1);
      return;
    }
    // `data ? JSON.stringify(data) : ''`, `JSON.stringify(data) || ''`, `body ?? form`: what either side may be is sent;
    // `ok && body` sends the right side or a flag (real-world batch EK).
    case AST_NODE_TYPES.ConditionalExpression:
      collectPayload(target.consequent, sourceCode, prefix, out, depth + 1);
      collectPayload(target.alternate, sourceCode, prefix, out, depth + 1);
      return;
    case AST_NODE_TYPES.LogicalExpression:
      if (target.operator !== '&&') collectPayload(target.left, sourceCode, prefix, out, depth + 1);
      collectPayload(target.right, sourceCode, prefix, out, depth + 1);
      return;
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.BinaryExpression: {
      const text = formText(target, sourceCode);
      if (text === null) return;
      for (const key of formKeys(text)) {
        out.push({ path: [...prefix, ...splitBracketKey(key)], keyNode: target, value: null });
      }
      if (text.includes('</')) out.push(...xmlFields(target, prefix));
      return;
    }
    default: {
      if (forEachObjectHeld(target, sourceCode, (object) => collectPayload(object, sourceCode, prefix, out, depth + 1))) return;
      // `this.submitted` of a class whose methods set it to an object (real-world batch EG: a web component's form
      // kept in a field, then sent): each object it is set to.
      if (target.type === AST_NODE_TYPES.MemberExpression) {
        const objects = fieldWrites(target, sourceCode)
          .map((write) => mayHoldObject(write, sourceCode))
          .filter((write) => write.type === AST_NODE_TYPES.ObjectExpression);
        if (objects.length > 0) {
          for (const object of objects) collectPayload(object, sourceCode, prefix, out, depth + 1);
          return;
        }
      }
      // A form string built up piece by piece (`let body = 'card[number]=' + n; body += '&card[cvc]=' + c;`).
      if (target.type === AST_NODE_TYPES.Identifier) {
        const pieces = appendedText(target, sourceCode);
        if (pieces) {
          for (const piece of pieces) collectPayload(piece, sourceCode, prefix, out, depth + 1);
          return;
        }
        // A list joined in place (`formBody = formBody.join('&')`: the stock React Native snippet that posts a card to
        // Stripe's tokens endpoint, real-world batch 278).
        const reaching = valueReaching(target, sourceCode);
        const joined = reaching ? unwrap(reaching) : null;
        if (joined?.type === AST_NODE_TYPES.CallExpression && joined.callee.type === AST_NODE_TYPES.MemberExpression && memberName(joined.callee) === 'join') {
          collectPayload(joined, sourceCode, prefix, out, depth + 1);
          return;
        }
      }
      collectDeclared([node, target], sourceCode, prefix, original, out, depth + 1);
      return;
    }
  }
}

/**
 * The pieces of a string a `let` or `var` is built from, in the function it is used in: its declaration's init and
 * what each `+=` appends (`let body = 'amount=' + a; body += '&card[number]=' + n;`), each written as text (a string,
 * a template or a concatenation). Null where the variable is written otherwise (`body = …`), elsewhere, or a piece is
 * no text.
 */
function appendedText(use: TSESTree.Identifier, sourceCode: SourceCode): Node[] | null {
  const variable = variableOf(use, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || def?.type !== 'Variable' || def.node.id !== def.name || !def.node.init) return null;
  const writes = variable.references.filter((ref) => ref.isWrite());
  if (writes.length < 2) return null;
  const inFunction = enclosingFunction(use);
  const pieces: Node[] = [];
  for (const ref of writes) {
    const id = ref.identifier;
    const parent = id.parent;
    const piece =
      ref.init === true ? def.node.init : parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.operator === '+=' && parent.left === id ? parent.right : null;
    if (!piece || enclosingFunction(id) !== inFunction || !TEXT_PIECES.has(unwrap(piece).type)) return null;
    pieces.push(piece);
  }
  return pieces;
}
const TEXT_PIECES: ReadonlySet<string> = new Set([AST_NODE_TYPES.Literal, AST_NODE_TYPES.TemplateLiteral, AST_NODE_TYPES.BinaryExpression]);

/**
 * `resolveValue`, and for a reassigned `let` the object of its last write that every path to the use runs, which may
 * reach the use (`valueReaching`): `let card = { number, cvc }; if (saved) card = …`, `card = { number, cvc }`.
 */
export function mayHoldObject(node: Node, sourceCode: SourceCode): Node {
  const value = resolveValue(node, sourceCode);
  if (value.type !== AST_NODE_TYPES.Identifier) return value;
  const reaching = valueReaching(value, sourceCode);
  const object = reaching ? resolveValue(reaching, sourceCode) : null;
  return object?.type === AST_NODE_TYPES.ObjectExpression ? object : value;
}

/** How many values of a `let` `forEachObjectHeld` reads (more is a table, not one variable's choices). */
const MAX_HELD_WRITES = 8;
/** Variables whose objects `forEachObjectHeld` is visiting (`body = { ...body, cvc }` reads its own objects: once). */
const visitingHeld = new Set<Variable>();

/**
 * Visit each object literal a read may hold: `mayHoldObject`'s, and for a `let` every object written to it that can
 * reach the read (`reachingWrites`): `let body = {}; if (card) body = { number, cvc }; post(body)` may send the card,
 * as may a write in a `try`, a loop or a callback (sixty-eighth session). A `let` written from itself (`body = {
 * ...body, cvc }`) is read once. False, visiting nothing, where none is an object literal. `held` is the node's
 * `mayHoldObject`, for a caller that reads it on where this visits nothing.
 */
export function forEachObjectHeld(
  node: Node,
  sourceCode: SourceCode,
  visit: (object: TSESTree.ObjectExpression) => void,
  held: Node = mayHoldObject(node, sourceCode),
): boolean {
  const objects = held.type === AST_NODE_TYPES.ObjectExpression ? [held] : [];
  const value = held.type === AST_NODE_TYPES.Identifier ? held : resolveValue(node, sourceCode);
  const variable = value.type === AST_NODE_TYPES.Identifier ? variableOf(value, sourceCode) : null;
  const writes = variable && !visitingHeld.has(variable) ? reachingWrites(value as TSESTree.Identifier, sourceCode) : null;
  if (writes && writes.length > 1 && writes.length <= MAX_HELD_WRITES) {
    for (const write of writes) {
      const object = resolveValue(write, sourceCode);
      if (object.type === AST_NODE_TYPES.ObjectExpression && !objects.includes(object)) objects.push(object);
    }
  }
  if (objects.length === 0) return false;
  const guard = variable && !visitingHeld.has(variable) ? variable : null;
  if (guard) visitingHeld.add(guard);
  try {
    for (const object of objects) visit(object);
  } finally {
    if (guard) visitingHeld.delete(guard);
  }
  return true;
}

/**
 * The objects a choice may be, either side of a conditional or a fallback, through consts (`raw ? { card: { number,
 * cvv } } : { card_id: id }`, `saved ?? { number, cvc }`; real-world batch EQ): empty where no side is an object
 * literal. `ok && { … }` gives its right side or a flag.
 */
export function choiceObjects(node: Node, sourceCode: SourceCode, depth = 0): TSESTree.ObjectExpression[] {
  const target = unwrap(node);
  let sides: Node[];
  if (target.type === AST_NODE_TYPES.ConditionalExpression) sides = [target.consequent, target.alternate];
  else if (target.type === AST_NODE_TYPES.LogicalExpression) sides = target.operator === '&&' ? [target.right] : [target.left, target.right];
  else return [];
  const out: TSESTree.ObjectExpression[] = [];
  for (const side of sides) {
    const value = resolveValue(side, sourceCode);
    if (value.type === AST_NODE_TYPES.ObjectExpression) out.push(value);
    else if (depth < MAX_DEPTH) out.push(...choiceObjects(value, sourceCode, depth + 1));
  }
  return out;
}

/** Statements and expressions that run their parts on some paths only. */
const BRANCHES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.IfStatement,
  AST_NODE_TYPES.ConditionalExpression,
  AST_NODE_TYPES.LogicalExpression,
  AST_NODE_TYPES.SwitchCase,
  AST_NODE_TYPES.CatchClause,
]);

/** Lists of statements that run in order: a statement directly in one runs whenever the list runs past it. */
const STATEMENT_LISTS: ReadonlySet<string> = new Set([AST_NODE_TYPES.BlockStatement, AST_NODE_TYPES.Program, AST_NODE_TYPES.StaticBlock]);

/**
 * The value a `let` (or `var`) may hold at `use`: that of its last write before the use that every path to the use
 * runs (its declaration's init, or an assignment statement `card = { … }` in a block around the use), where every
 * write between the two runs only on paths that do not lead to the use (inside an `if`, a `?:`, a `&&` / `||`, a
 * `case` or a `catch` that does not contain the use). Null for a variable never reassigned (`resolveValue` reads
 * those), where a write can come between (in a loop, a `try`, on the way to the use), where a statement between
 * overwrites it on every way to the use (`if (saved) card = …; else card = …`: `reachingWrites`), or where a write or
 * the use sits in another function than the rest (a callback runs at any time).
 */
function valueReaching(use: TSESTree.Identifier, sourceCode: SourceCode): TSESTree.Expression | null {
  const variable = variableOf(use, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || def?.type !== 'Variable' || def.node.id.type !== AST_NODE_TYPES.Identifier) return null;
  const writes = variable.references.filter((ref) => ref.isWrite());
  if (!writes.some((ref) => ref.init !== true)) return null;
  const inFunction = enclosingFunction(use);
  let last: { at: number; value: TSESTree.Expression } | null = null;
  for (const ref of writes) {
    const id = ref.identifier;
    if (enclosingFunction(id) !== inFunction) return null;
    if (id.range[0] > use.range[0] || (last && id.range[0] < last.at)) continue;
    const value = ref.init === true ? initRunBefore(def.node, use) : assignmentRunBefore(id, use);
    if (value) last = { at: id.range[0], value };
  }
  if (!last) return null;
  const { at } = last;
  // A statement between that overwrites it on every way to the use (both branches of an `if`): that value never
  // reaches it (`reachingWrites`).
  const overwriting = overwritingStatementBefore(use, variable, sourceCode);
  if (overwriting && at < overwriting.range[0]) return null;
  const between = writes.filter((ref) => ref.identifier.range[0] > at && ref.identifier.range[0] < use.range[0]);
  return between.every((ref) => onPathAwayFrom(ref.identifier, use)) ? last.value : null;
}

/** A declaration's init, when its declaration runs before `use` on every path (a `var` in a block aside does not). */
function initRunBefore(declarator: TSESTree.VariableDeclarator, use: Node): TSESTree.Expression | null {
  const declaration = declarator.parent;
  return declarator.init && declaration.parent && contains(declaration.parent, use) ? declarator.init : null;
}

/** `id = value` as a statement of a block around `use`: its value. */
function assignmentRunBefore(id: Node, use: Node): TSESTree.Expression | null {
  const assignment = id.parent;
  if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== '=' || assignment.left !== id) return null;
  const statement = assignment.parent;
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement || !statement.parent) return null;
  return STATEMENT_LISTS.has(statement.parent.type) && contains(statement.parent, use) ? assignment.right : null;
}

/** A write inside a branch that does not contain `use`: it runs only on paths that do not reach the use after it. */
function onPathAwayFrom(write: Node, use: Node): boolean {
  for (let node: Node | undefined = write.parent; node && !contains(node, use); node = node.parent) {
    if (BRANCHES.has(node.type)) return true;
  }
  return false;
}

/**
 * The fields of a rest binding (`const { id, ...card } = source`): the source's, but for the keys taken out first;
 * those whose value is unknown placed at the binding's use. False for any other name.
 */
function collectRest(id: TSESTree.Identifier, sourceCode: SourceCode, prefix: string[], out: PayloadField[], depth: number): boolean {
  const variable = variableOf(id, sourceCode);
  const rest = variable ? restBinding(variable, sourceCode) : null;
  if (!rest) return false;
  const fields: PayloadField[] = [];
  collectPayload(rest.init, sourceCode, prefix, fields, depth + 1);
  for (const field of fields) {
    if (!rest.omitted.has(field.path[prefix.length] ?? '')) out.push(field.value === null ? { ...field, keyNode: id } : field);
  }
  return true;
}

/**
 * A parameter of a function of this file (a declaration, a const holding an arrow / function expression, or a class's
 * method called as `this.name(…)`): the
 * fields of what its calls in this file pass in that position (`function pay(card) { $.post('/pay', card) }` with
 * `pay({ number, cvc })`), placed where the callers write them (`passedInArguments`). False for any other name, and
 * where the calls pass nothing with fields (a number, an opaque value: the parameter's own name, or its declared
 * type, may say more).
 */
function collectPassedIn(id: TSESTree.Identifier | TSESTree.MemberExpression, sourceCode: SourceCode, prefix: string[], out: PayloadField[], depth: number): boolean {
  const args = id.type === AST_NODE_TYPES.Identifier ? passedInArguments(id, sourceCode) : passedInMembers(id, sourceCode);
  if (args === null) return false;
  const before = out.length;
  for (const arg of args) collectPayload(arg, sourceCode, prefix, out, depth + 1);
  return out.length > before;
}

/**
 * What the calls of this file pass for a parameter of one of its functions (a declaration, a const holding an arrow /
 * function expression, or a class's method or function field, called as `this.name(…)` in its class): `{ number, cvc }` for `card` in `function pay(card) {…}` with `pay({ number, cvc })`.
 * Calls from inside the function itself, calls with a spread before the position, and uses other than calls (a
 * callback handed on) add nothing. Null for any other name, and for a parameter written again in the function.
 */
export function passedInArguments(id: TSESTree.Identifier, sourceCode: SourceCode): Node[] | null {
  const variable = variableOf(id, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || def?.type !== 'Parameter' || !isNeverReassigned(variable)) return null;
  const fn = def.node;
  // (Svelte's template variables are parameters of no function: `{#each items as item}`, `{:then value}`, `let:x`;
  // real-world batch 268.)
  if (!isFunctionNode(fn)) return null;
  let position = fn.params.findIndex((param) => param === def.name || (param.type === AST_NODE_TYPES.AssignmentPattern && param.left === def.name));
  // A property of a destructured parameter (`_request({ method, path, body })`): that property of what the calls pass.
  let key: string | null = null;
  if (position < 0) {
    position = fn.params.findIndex((param) => {
      key = destructuredKey(param, def.name, sourceCode);
      return key !== null;
    });
  }
  if (position < 0) return null;
  const callable = calledName(fn, sourceCode);
  const calls: TSESTree.CallExpression[] = [];
  if (callable) {
    for (const ref of callable.references) {
      const call = ref.identifier.parent;
      if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === ref.identifier && !contains(fn, call)) calls.push(call);
    }
  } else {
    const own = ownMethodCalls(fn, sourceCode) ?? prototypeMethodCalls(fn, sourceCode) ?? objectMethodCalls(fn, sourceCode);
    if (own) calls.push(...own.filter((call) => !contains(fn, call)));
    else if (position === 0) calls.push(...mutateCalls(fn, sourceCode));
  }
  const passed: Node[] = [];
  for (const call of calls) {
    const args = call.arguments.slice(0, position + 1);
    const arg = args[position];
    if (!arg || args.some((a) => a.type === AST_NODE_TYPES.SpreadElement)) continue;
    const value = key === null ? arg : objectEntry(arg, sourceCode, key)?.value;
    if (value) passed.push(value);
  }
  return passed;
}

/**
 * What the calls of this file pass under a key of a parameter that is an options object (`opts.body` in `request(opts)
 * { return fetch(url, { body: JSON.stringify(opts.body) }) }` with `this.request({ path, body: card })`): the values of
 * that key in the objects passed (`passedInArguments`). Null for anything but a parameter's member read by name.
 */
function passedInMembers(member: TSESTree.MemberExpression, sourceCode: SourceCode): Node[] | null {
  const object = unwrap(member.object);
  const key = object.type === AST_NODE_TYPES.Identifier ? memberName(member, sourceCode) : null;
  const args = key === null ? null : passedInArguments(object as TSESTree.Identifier, sourceCode);
  return args && args.flatMap((arg) => objectEntry(arg, sourceCode, key!)?.value ?? []);
}

/** The key a parameter destructures `name` from, one level down (`{ body }`, `{ body: payload = {} }`), or null. */
function destructuredKey(param: TSESTree.Parameter, name: Node, sourceCode: SourceCode): string | null {
  const pattern = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
  if (pattern.type !== AST_NODE_TYPES.ObjectPattern) return null;
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    if (property.value === name || (property.value.type === AST_NODE_TYPES.AssignmentPattern && property.value.left === name)) return propertyKey(property, sourceCode);
  }
  return null;
}

/** Per class body: the calls `this.name(…)` its own methods and fields make, by name (`collectThisCalls`), found in one walk. */
const thisCallsByClass = new WeakMap<TSESTree.ClassBody, Map<string, TSESTree.CallExpression[]>>();

const memberKeyName = (key: Node): string | null =>
  key.type === AST_NODE_TYPES.Identifier ? key.name : key.type === AST_NODE_TYPES.PrivateIdentifier ? `#${key.name}` : null;

/**
 * The calls of a class's method, or of an arrow or function held in an instance field, that the class makes itself:
 * `this.request('/charges', { card })` for `request(path, body) { return fetch(…) }` (real-world batch FN: a payment
 * API client class that sends through its own helper). Calls on an instance from outside the class are not seen.
 * Null for any other function.
 */
function ownMethodCalls(fn: Node, sourceCode: SourceCode): TSESTree.CallExpression[] | null {
  const member = fn.parent;
  const isMember =
    (member?.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'method') || member?.type === AST_NODE_TYPES.PropertyDefinition;
  if (!isMember || member.static || member.computed || member.value !== fn || member.parent.type !== AST_NODE_TYPES.ClassBody) return null;
  const name = memberKeyName(member.key);
  if (name === null) return null;
  const body = member.parent;
  let byName = thisCallsByClass.get(body);
  if (!byName) {
    byName = new Map();
    // `this` in a plain function inside a method, or in a nested class, is not this class's instance.
    collectThisCalls(body, sourceCode, (self) => enclosingClassBody(self) === body, byName);
    thisCallsByClass.set(body, byName);
  }
  return byName.get(name) ?? [];
}

/**
 * Adds to `found`, by the called member's name (`#name` for a private one), the calls under `root` made on `this` or on
 * a variable holding it (`self.post(…)` with `var self = this`) whose `this` `binds` accepts as the instance's.
 */
function collectThisCalls(root: Node, sourceCode: SourceCode, binds: (self: TSESTree.ThisExpression) => boolean, found: Map<string, TSESTree.CallExpression[]>): void {
  forEachNode(root, sourceCode, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression) return;
    const callee = unwrap(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return;
    const called = memberKeyName(callee.property);
    const self = called === null ? null : thisOf(callee.object, sourceCode);
    if (!self || !binds(self)) return;
    const calls = found.get(called!);
    if (calls) calls.push(node);
    else found.set(called!, [node]);
  });
}

/** `this`, or a const / var that holds it and is never written again (`var self = this`): the `this` expression. */
function thisOf(node: Node, sourceCode: SourceCode): TSESTree.ThisExpression | null {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.ThisExpression) return target;
  if (target.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = variableOf(target, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  const init = def?.type === 'Variable' && def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.id === def.name ? def.node.init : null;
  return init && unwrap(init).type === AST_NODE_TYPES.ThisExpression && isNeverReassigned(variable!) ? (unwrap(init) as TSESTree.ThisExpression) : null;
}

/** Per statement list, per constructor: the calls its prototype methods make on their instance, by method name (one walk). */
const prototypeCallsByList = new WeakMap<Node, Map<string, Map<string, TSESTree.CallExpression[]>>>();

/**
 * The calls of a method written on a constructor's prototype (`Gateway.prototype._post = function (path, body) {…}`)
 * that the constructor's other prototype methods, written beside it, make on their instance (`this._post(…)`, `self.
 * _post(…)` with `var self = this`): the RequireJS / pre-class way to write a gateway client (real-world batch FT).
 * Null for any other function.
 */
function prototypeMethodCalls(fn: Node, sourceCode: SourceCode): TSESTree.CallExpression[] | null {
  const prototype = prototypeMethods(fn);
  if (!prototype) return null;
  const list = fn.parent!.parent!.parent!;
  let byConstructor = prototypeCallsByList.get(list);
  if (!byConstructor) prototypeCallsByList.set(list, (byConstructor = new Map()));
  let byName = byConstructor.get(prototype.slot.constructor);
  if (!byName) {
    byName = new Map();
    for (const method of prototype.methods) collectThisCalls(method.body, sourceCode, (self) => thisScope(self) === method, byName);
    byConstructor.set(prototype.slot.constructor, byName);
  }
  return byName.get(prototype.slot.name) ?? [];
}

/** Per object literal: the calls its methods make on the literal, by method name (one walk). */
const objectCallsByLiteral = new WeakMap<TSESTree.ObjectExpression, Map<string, TSESTree.CallExpression[]>>();

/**
 * The calls of a method of an object literal that the literal's other methods make on it: `this.charge(…)` in
 * `submit()` for `charge(card) {…}` beside it (a Vue component's `methods`, `Gateway.prototype = { … }`). Null for
 * any other function.
 */
function objectMethodCalls(fn: Node, sourceCode: SourceCode): TSESTree.CallExpression[] | null {
  const slot = objectMethodSlot(fn, sourceCode);
  if (!slot) return null;
  let byName = objectCallsByLiteral.get(slot.object);
  if (!byName) {
    byName = new Map();
    const found = byName;
    const scan = (object: TSESTree.ObjectExpression): void => {
      for (const property of object.properties) {
        const method = property.type === AST_NODE_TYPES.Property && property.kind === 'init' ? property.value : null;
        if (method?.type === AST_NODE_TYPES.FunctionExpression) collectThisCalls(method.body, sourceCode, (self) => thisScope(self) === method, found);
      }
    };
    scan(slot.object);
    // A Vue component's `methods` are called on `this` from its other options too: its lifecycle hooks (`mounted()`),
    // its `watch` handlers and its `computed` getters.
    const component = optionsHolding(slot.object, VUE_METHODS, sourceCode);
    if (component) {
      scan(component);
      for (const entry of component.properties) {
        if (entry.type !== AST_NODE_TYPES.Property || entry.computed || entry.value.type !== AST_NODE_TYPES.ObjectExpression) continue;
        if (VUE_THIS_OPTIONS.has(propertyKey(entry, sourceCode) ?? '')) scan(entry.value);
      }
    }
    objectCallsByLiteral.set(slot.object, byName);
  }
  return byName.get(slot.name) ?? [];
}

/** TanStack Query's packages (and react-query, its name up to v3), whose `useMutation` runs `mutationFn(variables)`. */
const QUERY_MODULE = /^(?:@tanstack\/(?:react|vue|solid|svelte|preact|angular)-query(?:-experimental)?|react-query)$/;
const MUTATE_METHODS: ReadonlySet<string> = new Set(['mutate', 'mutateAsync']);

/**
 * The calls that hand a TanStack Query mutation function its variables: `fn` is the `mutationFn` of `useMutation({
 * mutationFn: (card) => axios.post('/cards', card) })` (or react-query 3's `useMutation(fn, options)`), and the calls
 * are the `mutate(…)` / `mutateAsync(…)` of the hook's result in this file: `const save = useMutation(…)` then
 * `save.mutate({ number, cvc })`, or `const { mutate } = useMutation(…)` then `mutate(…)`. Real-world batch 96.
 */
function mutateCalls(fn: Node, sourceCode: SourceCode): TSESTree.CallExpression[] {
  let hook: Node | undefined;
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.Property && parent.value === fn && !parent.computed && propertyKey(parent, sourceCode) === 'mutationFn') {
    const options = parent.parent;
    hook = options.type === AST_NODE_TYPES.ObjectExpression && options.parent?.type === AST_NODE_TYPES.CallExpression && options.parent.arguments[0] === options ? options.parent : undefined;
  } else if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === fn) hook = parent;
  if (hook?.type !== AST_NODE_TYPES.CallExpression) return [];
  const callee = unwrap(hook.callee);
  const imported = callee.type === AST_NODE_TYPES.Identifier ? importedAs(callee, sourceCode) : null;
  if (!imported || imported.name !== 'useMutation' || !QUERY_MODULE.test(imported.source)) return [];
  const declarator = hook.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== hook) return [];
  const calls: TSESTree.CallExpression[] = [];
  const called = (id: TSESTree.Identifier, member: boolean): void => {
    const variable = variableOf(id, sourceCode);
    if (!variable || !isNeverReassigned(variable)) return;
    for (const ref of variable.references) {
      let callee: Node = ref.identifier;
      if (member) {
        const access = ref.identifier.parent;
        if (access?.type !== AST_NODE_TYPES.MemberExpression || access.object !== ref.identifier || !MUTATE_METHODS.has(memberName(access, sourceCode) ?? '')) continue;
        callee = access;
      }
      const call = callee.parent;
      if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === callee) calls.push(call);
    }
  };
  if (declarator.id.type === AST_NODE_TYPES.Identifier) called(declarator.id, true);
  else if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
    for (const property of declarator.id.properties) {
      if (property.type !== AST_NODE_TYPES.Property || !MUTATE_METHODS.has(propertyKey(property, sourceCode) ?? '')) continue;
      const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
      if (value.type === AST_NODE_TYPES.Identifier) called(value, false);
    }
  }
  return calls;
}

/** The variable a function is called by in this file: a function declaration's name, a const's that holds it. */
const calledName = (fn: Node, sourceCode: SourceCode): Variable | null => (isFunctionNode(fn) ? heldName(fn, sourceCode) : null);

/**
 * The variable that names `value` in this file, never reassigned: a function declaration's name, or the const whose
 * initialiser `value` is (a function, or the `useCallback(fn)` that keeps one).
 */
function heldName(value: Node, sourceCode: SourceCode): Variable | null {
  const declarator = value.parent;
  const named =
    value.type === AST_NODE_TYPES.FunctionDeclaration
      ? value.id && value
      : declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === value && declarator.id.type === AST_NODE_TYPES.Identifier
        ? declarator
        : null;
  if (!named) return null;
  const variable = sourceCode.scopeManager?.getDeclaredVariables(named).find((v) => v.defs[0]?.node === named && v.defs[0]?.type !== 'Parameter');
  return variable && variable.defs.length === 1 && isNeverReassigned(variable) ? variable : null;
}

/**
 * The object a spread adds its keys from when a condition holds, and nothing otherwise: `body && { body }`,
 * `body ? { body } : {}`. Null for anything else.
 */
export function optionalObject(node: Node): Node | null {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.LogicalExpression && target.operator === '&&') return target.right;
  if (target.type !== AST_NODE_TYPES.ConditionalExpression) return null;
  const nothing = (branch: Node): boolean => {
    const value = unwrap(branch);
    return (
      (value.type === AST_NODE_TYPES.ObjectExpression && value.properties.length === 0) ||
      (value.type === AST_NODE_TYPES.Literal && (value.value === null || value.value === false)) ||
      (value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined')
    );
  };
  return nothing(target.alternate) ? target.consequent : nothing(target.consequent) ? target.alternate : null;
}

/**
 * Spreads that `objectEntries` cannot list (`{ ...form, amount }` with `form` a form's state or a typed DTO): their
 * fields by shape or declared type, of unknown value, at the spread; keys the object also writes itself are its own.
 */
function collectSpreadShapes(object: TSESTree.ObjectExpression, sourceCode: SourceCode, prefix: string[], out: PayloadField[], depth: number): void {
  let own: Set<string> | undefined;
  for (const prop of object.properties) {
    if (prop.type !== AST_NODE_TYPES.SpreadElement) continue;
    // A component's form model spread (`{ ...this.card, orderId }`): what the form holds once filled in (`formModelOf`).
    const spread = unwrap(prop.argument);
    if (modelMember(spread, sourceCode)) {
      own ??= new Set(propertyKeys(object, sourceCode));
      const fields: PayloadField[] = [];
      collectPayload(spread, sourceCode, prefix, fields, depth + 1);
      for (const field of fields) if (!own.has(field.path[prefix.length] ?? '')) out.push(field);
      continue;
    }
    if (resolveValue(prop.argument, sourceCode).type === AST_NODE_TYPES.ObjectExpression) continue;
    // `...(p.cvv && { cvv: p.cvv })`: keys added when a condition holds may be sent (real-world batch 101).
    const optional = optionalObject(prop.argument);
    if (optional) {
      collectPayload(optional, sourceCode, prefix, out, depth + 1);
      continue;
    }
    own ??= new Set(propertyKeys(object, sourceCode));
    const argument = unwrap(prop.argument);
    const fields: PayloadField[] = [];
    // `...creditCard` where `const creditCard = raw ? { card: { … } } : { card_id }`: the keys of either object.
    const choices = choiceObjects(resolveValue(argument, sourceCode), sourceCode);
    for (const choice of choices) collectPayload(choice, sourceCode, prefix, fields, depth + 1);
    // ...or a parameter of a function the file calls with an object (`card: { ...cardDetails }` in
    // `attachCard(id, cardDetails)`, called with `{ number, cvc }`; real-world batch 331): placed where it is passed.
    // (A declared type first: its fields stay at the spread, where the body is sent.)
    if (
      choices.length === 0 &&
      !collectState(argument, sourceCode, prefix, argument, fields, depth + 1) &&
      !collectDeclared([prop.argument, argument], sourceCode, prefix, argument, fields, depth + 1) &&
      (argument.type === AST_NODE_TYPES.Identifier || argument.type === AST_NODE_TYPES.MemberExpression)
    ) {
      collectPassedIn(argument, sourceCode, prefix, fields, depth + 1);
    }
    for (const field of fields) if (!own.has(field.path[prefix.length] ?? '')) out.push(field);
  }
}

/**
 * A value whose declared type this file declares (declared-types.ts: `card: CardDto`, `req.body as CardDto`), as
 * written or as resolved (the first of `values` with such a type): the type's members as fields of unknown value
 * (`card.number`, `card.cvc`), nested types followed, all placed at `keyNode` (where the value is used). False when
 * no type says anything.
 */
function collectDeclared(values: readonly Node[], sourceCode: SourceCode, prefix: string[], keyNode: Node, out: PayloadField[], depth: number): boolean {
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (i > 0 && value === values[i - 1]) continue; // nothing resolved it: the same node again
    if (collectMembers(valueMembers(value, sourceCode), prefix, keyNode, out, depth)) return true;
  }
  return false;
}

function collectMembers(members: readonly ValueMember[] | null, prefix: string[], keyNode: Node, out: PayloadField[], depth: number): boolean {
  if (!members || depth > MAX_DEPTH) return false;
  for (const member of members) {
    const path = [...prefix, member.name];
    if (!collectMembers(member.members(), path, keyNode, out, depth + 1)) out.push({ path, keyNode, value: null });
  }
  return true;
}

/**
 * The name a call's callee ends in: `useState` for `useState(…)` and `React.useState(…)`; with `sourceCode`, also a
 * computed member whose key is static (`crypto['encrypt'](…)`).
 */
export function calleeName(call: TSESTree.CallExpression, sourceCode?: SourceCode): string | null {
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  return callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee, sourceCode) : null;
}

/** React / Preact state hooks: `const [value, setValue] = useState(initial)`. */
export const STATE_HOOKS: ReadonlySet<string> = new Set(['useState']);
/** Vue's reactive state: `const form = reactive(initial)`; a ref's value is `form.value`. */
// Svelte 5's \`$state({ … })\` rune too: a deep reactive object of the same keys (real-world batch 239).
const REACTIVE_CALLS: ReadonlySet<string> = new Set(['reactive', 'shallowReactive', '$state']);
const REF_CALLS: ReadonlySet<string> = new Set(['ref', 'shallowRef']);

/** The object a state call starts from: `useState({ … })`, `useState(() => ({ … }))`, `reactive(initialForm)`. */
function initialObject(call: Node, names: ReadonlySet<string>, sourceCode: SourceCode): TSESTree.ObjectExpression | null {
  if (call.type !== AST_NODE_TYPES.CallExpression || !names.has(calleeName(call) ?? '')) return null;
  const arg = call.arguments[0];
  if (!arg || arg.type === AST_NODE_TYPES.SpreadElement) return null;
  let initial = resolveValue(arg, sourceCode);
  if (initial.type === AST_NODE_TYPES.ArrowFunctionExpression && initial.body.type !== AST_NODE_TYPES.BlockStatement) initial = unwrap(initial.body);
  return initial.type === AST_NODE_TYPES.ObjectExpression ? initial : null;
}

/**
 * UI state that holds a form, by its initial object: React's `const [form, setForm] = useState({ cardNumber: '', cvc:
 * '' })` (also `React.useState`, `useState<T>(…)`, a lazy initialiser, an initial object held in a const), Vue's
 * `const form = reactive({ … })` and `const form = ref({ … })` read as `form.value`, the values a form library
 * hands its submit handler (`submittedValues`), and react-hook-form's `watch()` / `getValues()` (`formValuesRead`). The state keeps the initial
 * object's keys while its values change (they are what the user types), so only the keys say anything. Null for
 * anything else.
 */
export function stateShape(node: Node, sourceCode: SourceCode): TSESTree.ObjectExpression | null {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.MemberExpression && unwrap(target.object).type === AST_NODE_TYPES.ThisExpression) {
    const name = memberName(target);
    return name === null ? null : vueDataShape(target, name, sourceCode);
  }
  if (target.type === AST_NODE_TYPES.CallExpression) {
    // A Svelte store's value read once: \`get(checkout)\` (real-world batch 239).
    const store = svelteStoreRead(target, sourceCode);
    if (store) return storeInitial(variableOf(store, sourceCode), sourceCode);
    // An Angular form's `getRawValue()`: its values, disabled controls' too; react-hook-form's `watch()` / `getValues()`.
    const callee = unwrap(target.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && target.arguments.length === 0 && memberName(callee) === 'getRawValue') return angularFormGroup(callee.object, sourceCode);
    return formValuesRead(target, sourceCode) ?? inertiaFormData(target, sourceCode);
  }
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const member = memberName(target);
    // A Vuex module's state read in its mutations, getters and actions (real-world batch 243).
    const vuex = member === null ? null : vuexStateField(target, member, sourceCode);
    if (vuex) return vuex;
    if (member === 'value' && target.object.type !== AST_NODE_TYPES.Identifier) return angularFormGroup(target.object, sourceCode);
    if ((member !== 'value' && member !== ZOD_SAFE_DATA) || target.object.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = variableOf(target.object, sourceCode);
    const init = variable ? constInit(variable) : null;
    if (!init) return null;
    if (member !== 'value') return zodParsedShape(init, ZOD_SAFE_PARSE, sourceCode);
    return initialObject(unwrap(init), REF_CALLS, sourceCode) ?? angularFormGroupOf(init, sourceCode);
  }
  if (target.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = variableOf(target, sourceCode);
  // A Svelte component's \`$checkout\`: the value of its store \`checkout\` (real-world batch 239).
  if (!variable && target.name.length > 1 && target.name.startsWith('$') && isSvelteComponent(sourceCode)) {
    return storeInitial(ASTUtils.findVariable(scopeOf(target, sourceCode), target.name.slice(1)), sourceCode);
  }
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type === 'Parameter') {
    return (
      submittedValues(def.name, def.node, sourceCode) ??
      convexArgs(def.name, def.node, sourceCode) ??
      trpcInput(def.name, def.node, sourceCode) ??
      subscribedValue(def.name, def.node, sourceCode) ??
      mstSelf(def.name, def.node, sourceCode)
    );
  }
  if (!variable || def?.type !== 'Variable' || !def.node.init) return null;
  const { id, init } = def.node;
  if (id.type === AST_NODE_TYPES.ArrayPattern) return id.elements[0] === def.name ? initialObject(unwrap(init), STATE_HOOKS, sourceCode) : null;
  if (id !== def.name || !isNeverReassigned(variable)) return null;
  return (
    initialObject(unwrap(init), REACTIVE_CALLS, sourceCode) ??
    inertiaFormData(init, sourceCode) ??
    zodParsedShape(init, ZOD_PARSE, sourceCode) ??
    heldFormValue(init, sourceCode) ??
    (unwrap(init).type === AST_NODE_TYPES.CallExpression ? formValuesRead(unwrap(init) as TSESTree.CallExpression, sourceCode) : null)
  );
}

/**
 * A const holding an Angular form's value: `const v = this.form.value`, `const raw = form.getRawValue()` (precision
 * probe ER), also a copy of it (`Object.assign({}, this.form.value)`, `structuredClone(form.value)`; real-world batch 334).
 */
function heldFormValue(init: Node, sourceCode: SourceCode, depth = 0): TSESTree.ObjectExpression | null {
  const target = unwrap(init);
  const copied = target.type === AST_NODE_TYPES.CallExpression && depth < 2 ? copiedValue(target) : null;
  if (copied) return heldFormValue(copied, sourceCode, depth + 1);
  const callee = target.type === AST_NODE_TYPES.CallExpression ? unwrap(target.callee) : null;
  const reads =
    (target.type === AST_NODE_TYPES.MemberExpression && memberName(target) === 'value') ||
    (callee?.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'getRawValue');
  return reads ? stateShape(target, sourceCode) : null;
}

/** Angular's form group classes (`@angular/forms`), whose first argument names the form's controls. */
const ANGULAR_FORM_GROUPS: ReadonlySet<string> = new Set(['FormGroup', 'UntypedFormGroup', 'FormRecord']);
/** Angular's form builders, whose `group({ … })` makes a form group. */
const ANGULAR_FORM_BUILDERS: ReadonlySet<string> = new Set(['FormBuilder', 'UntypedFormBuilder', 'NonNullableFormBuilder']);

/** Can the file use Angular's forms: does its text name `@angular/forms`? (Asked before any other reading of a form.) */
const mayUseAngularForms = (sourceCode: SourceCode): boolean => perFile(sourceCode, 'values:angular-forms', () => sourceCode.text.includes('@angular/forms'));

/** Does the file import one of Angular's form builders (`import { FormBuilder } from '@angular/forms'`)? */
const importsAngularFormBuilder = (sourceCode: SourceCode): boolean =>
  perFile(sourceCode, 'values:angular-form-builder', () => sourceCode.ast.body.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ImportDeclaration &&
      statement.source.value === '@angular/forms' &&
      statement.specifiers.some(
        (specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier && ANGULAR_FORM_BUILDERS.has(specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value),
      ),
  ));

/**
 * The controls an Angular reactive form is made with, for its `value` (real-world batch EP: a shop's checkout posting
 * `this.checkoutForm.value`): the object given to `new FormGroup({ … })` (imported from `@angular/forms`) or to a
 * form builder's `group({ … })` (`this.fb.group`, `fb.nonNullable.group`, `inject(FormBuilder).group`, in a file that
 * imports one), that a const holds or a class's field is set to. Its keys are the form's fields. Null for anything else.
 */
export function angularFormGroup(form: Node, sourceCode: SourceCode): TSESTree.ObjectExpression | null {
  if (!mayUseAngularForms(sourceCode)) return null;
  const target = unwrap(form);
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    for (const written of fieldWrites(target, sourceCode)) {
      const group = angularFormGroupOf(written, sourceCode);
      if (group) return group;
    }
    return null;
  }
  if (target.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = variableOf(target, sourceCode);
  const init = variable ? constInit(variable) : null;
  return init ? angularFormGroupOf(init, sourceCode) : null;
}

/**
 * The controls object of `new FormGroup({ … })` or a form builder's `group({ … })` (`angularFormGroup`), also as a
 * function or method of the file returns it (`this.paymentForm = this.createPaymentForm()`; precision probe ER).
 */
export function angularFormGroupOf(value: Node, sourceCode: SourceCode, depth = 0): TSESTree.ObjectExpression | null {
  if (!mayUseAngularForms(sourceCode)) return null;
  const made = unwrap(value);
  if (made.type !== AST_NODE_TYPES.NewExpression && made.type !== AST_NODE_TYPES.CallExpression) return null;
  const [first] = made.arguments;
  const callee = unwrap(made.callee);
  if (made.type === AST_NODE_TYPES.CallExpression && depth < 2 && !(callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'group')) {
    const fn = localFunctionOf(callee, sourceCode) ?? ownMethodOf(callee, sourceCode);
    if (!fn) return null;
    for (const returned of returnedValues(fn, sourceCode)) {
      const group = angularFormGroupOf(returned, sourceCode, depth + 1);
      if (group) return group;
    }
    return null;
  }
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return null;
  if (made.type === AST_NODE_TYPES.NewExpression) {
    const imported = callee.type === AST_NODE_TYPES.Identifier ? importedAs(callee, sourceCode) : null;
    if (imported?.source !== '@angular/forms' || !ANGULAR_FORM_GROUPS.has(imported.name)) return null;
  } else if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== 'group' || !importsAngularFormBuilder(sourceCode)) {
    return null;
  }
  const controls = resolveValue(first, sourceCode);
  return controls.type === AST_NODE_TYPES.ObjectExpression ? controls : null;
}

/** The parts of a Vuex module (or store options) whose functions are handed its state. */
const VUEX_HANDLERS: ReadonlySet<string> = new Set(['mutations', 'getters', 'actions']);

/**
 * \`state.<name>\` in a Vuex module's mutation or getter (\`save(state) { … state.card … }\`) or action (\`pay({ state })\`),
 * by the object the module's \`state\` (an object, or a function returning one) starts \`<name>\` as: its keys stay
 * while the values change. Null for anything else.
 */
function vuexStateField(member: TSESTree.MemberExpression, name: string, sourceCode: SourceCode): TSESTree.ObjectExpression | null {
  const object = unwrap(member.object);
  if (object.type !== AST_NODE_TYPES.Identifier || object.name !== 'state') return null;
  const def = variableOf(object, sourceCode)?.defs[0];
  if (def?.type !== 'Parameter') return null;
  const fn = def.node;
  const first = fn.params[0];
  const destructured =
    first?.type === AST_NODE_TYPES.ObjectPattern &&
    first.properties.some((p) => p.type === AST_NODE_TYPES.Property && p.value === def.name && !p.computed && p.key.type === AST_NODE_TYPES.Identifier && p.key.name === 'state');
  if (first !== def.name && !destructured) return null;
  // The handler is a property (or method) of the module's `mutations` / `getters` / `actions` object.
  const handler = fn.parent?.type === AST_NODE_TYPES.Property ? fn.parent : null;
  const group = handler?.parent?.type === AST_NODE_TYPES.ObjectExpression ? handler.parent : null;
  // Written in the module (\`mutations: { … }\`) or held in a const the module names (\`const mutations = { … };
  // export default { state, mutations }\`, Vuex 3's usual layout).
  let groupProperty = group?.parent?.type === AST_NODE_TYPES.Property ? group.parent : null;
  if (!groupProperty && group?.parent?.type === AST_NODE_TYPES.VariableDeclarator && group.parent.id.type === AST_NODE_TYPES.Identifier) {
    const held = sourceCode.scopeManager?.getDeclaredVariables(group.parent)[0];
    const use = held?.references.find((ref) => ref.identifier.parent?.type === AST_NODE_TYPES.Property && ref.identifier.parent.value === ref.identifier);
    groupProperty = (use?.identifier.parent as TSESTree.Property | undefined) ?? null;
  }
  const module = groupProperty?.parent?.type === AST_NODE_TYPES.ObjectExpression ? groupProperty.parent : null;
  if (!module || !groupProperty || !VUEX_HANDLERS.has(propertyKey(groupProperty, sourceCode) ?? '')) return null;
  const stateEntry = objectEntry(module, sourceCode, 'state');
  if (!stateEntry) return null;
  const initial = unwrap(resolveValue(stateEntry.value, sourceCode));
  const states = isFunctionNode(initial) ? returnedValues(initial, sourceCode) : [initial];
  for (const state of states) {
    const value = objectEntry(state, sourceCode, name)?.value;
    const resolved = value ? unwrap(resolveValue(value, sourceCode)) : null;
    if (resolved?.type === AST_NODE_TYPES.ObjectExpression) return resolved;
  }
  return null;
}

/** A Pinia options store's own options beside its `state`. */
const PINIA_OPTIONS: ReadonlySet<string> = new Set(['actions', 'getters']);

/** The options object given to Pinia's `defineStore(id, { state, actions })` (also `defineStore({ id, … })`). */
function isPiniaStoreOptions(object: TSESTree.ObjectExpression, sourceCode: SourceCode): boolean {
  const call = object.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(object)) return false;
  const callee = unwrap(call.callee);
  const imported = callee.type === AST_NODE_TYPES.Identifier ? importedAs(callee, sourceCode) : null;
  // Nuxt auto-imports it: a \`defineStore\` the file does not declare.
  return imported ? imported.name === 'defineStore' && imported.source === 'pinia' : callee.type === AST_NODE_TYPES.Identifier && callee.name === 'defineStore' && !variableOf(callee, sourceCode);
}

/** Options of a Vue component besides `data` that say an object literal is one (the Options API). */
const VUE_OPTIONS: ReadonlySet<string> = new Set(['methods', 'watch', 'computed', 'props', 'components', 'template', 'render', 'created', 'mounted', 'beforeMount', 'setup', 'emits']);

/**
 * `this.profile` in a Vue component written with the Options API, whose `data()` returns `{ profile: { cardNumber: '',
 * cvv: '' } }` (real-world batch EC: an autofill extension's popup): the object it starts as, a form's state that the
 * template binds (`v-model="profile.cvv"`). The component is the nearest object around `this` with a `data` function
 * and another Vue option; null for anything else.
 */
function vueDataShape(member: TSESTree.MemberExpression, name: string, sourceCode: SourceCode): TSESTree.ObjectExpression | null {
  for (const value of vueDataValues(member, name, sourceCode)) {
    if (value.type === AST_NODE_TYPES.ObjectExpression) return value;
    // An Inertia form kept in `data()` (`form: this.$inertia.form({ … })`): the data it starts with.
    const data = inertiaFormData(value, sourceCode);
    if (data) return data;
  }
  return null;
}

/** What each return of `data()` of the Vue component around `this.<name>` (see `vueDataShape`) gives it, resolved. */
export function vueDataValues(member: TSESTree.MemberExpression, name: string, sourceCode: SourceCode): Node[] {
  let levels = 0;
  for (let current: Node | undefined = member.parent; current && levels < 4; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody || current.type === AST_NODE_TYPES.Program) return [];
    if (current.type !== AST_NODE_TYPES.ObjectExpression) continue;
    levels++;
    const options = current.properties.filter((p): p is PropertyOf<typeof p> => p.type === AST_NODE_TYPES.Property);
    // A Pinia options store's `state()`, which its actions and getters read as `this.<name>` and `this.$state`
    // (real-world batch 243: a checkout store's `formState` posted from an action).
    const pinia = options.some((p) => PINIA_OPTIONS.has(propertyKey(p, sourceCode) ?? '')) && isPiniaStoreOptions(current, sourceCode);
    const data = options.find((p) => propertyKey(p, sourceCode) === (pinia ? 'state' : 'data'));
    const fn = data && unwrap(data.value);
    if (!fn || !isFunctionNode(fn) || !(pinia || options.some((p) => VUE_OPTIONS.has(propertyKey(p, sourceCode) ?? '')))) continue;
    return returnedValues(fn, sourceCode).flatMap((returned) => {
      if (pinia && name === '$state') return [unwrap(resolveValue(returned, sourceCode))];
      const value = objectEntry(returned, sourceCode, name)?.value;
      return value ? [unwrap(resolveValue(value, sourceCode))] : [];
    });
  }
  return [];
}

/** Inertia's packages: its form helper (`useForm`) and router, and version 0's `Inertia` object. */
const INERTIA_MODULES: ReadonlySet<string> = new Set([
  '@inertiajs/vue3', '@inertiajs/react', '@inertiajs/svelte', '@inertiajs/core', '@inertiajs/inertia',
  '@inertiajs/inertia-vue3', '@inertiajs/inertia-vue', '@inertiajs/inertia-react', '@inertiajs/inertia-svelte',
]);

/** Is the identifier `name` as imported from one of Inertia's packages (`import { router } from '@inertiajs/vue3'`)? */
function importedFromInertia(node: Node, name: string, sourceCode: SourceCode): boolean {
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const imported = importedAs(node, sourceCode);
  return imported !== null && imported.name === name && INERTIA_MODULES.has(imported.source);
}

/**
 * Inertia's router, which visits the app's own server: `router` imported from an Inertia package, version 0's
 * `Inertia`, and Vue's global `this.$inertia` (real-world batch HD).
 */
export function isInertiaRouter(node: Node, sourceCode: SourceCode): boolean {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.MemberExpression) return unwrap(target.object).type === AST_NODE_TYPES.ThisExpression && memberName(target) === '$inertia';
  return importedFromInertia(target, 'router', sourceCode) || importedFromInertia(target, 'Inertia', sourceCode);
}

/**
 * The data an Inertia form starts with, whose keys it keeps while the page binds its fields, and which its `post` /
 * `put` / `patch` / `submit` send to the app's server (real-world batch HD): `useForm({ card_number: '', cvc: '' })`
 * imported from Inertia (also with a remember key first, `useForm('Checkout', { … })`), `this.$inertia.form({ … })`,
 * version 0's `Inertia.form({ … })`. Null for anything else.
 */
export function inertiaFormData(node: Node, sourceCode: SourceCode): TSESTree.ObjectExpression | null {
  const call = unwrap(node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = unwrap(call.callee);
  const makesForm =
    callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) === 'form' && isInertiaRouter(callee.object, sourceCode) : importedFromInertia(callee, 'useForm', sourceCode);
  if (!makesForm) return null;
  const [first, second] = call.arguments;
  const data = first && first.type !== AST_NODE_TYPES.SpreadElement && staticString(first, sourceCode) !== null ? second : first;
  if (!data || data.type === AST_NODE_TYPES.SpreadElement) return null;
  const value = resolveValue(data, sourceCode);
  return value.type === AST_NODE_TYPES.ObjectExpression ? value : null;
}

/**
 * The value a Svelte store hands its subscriber, by the object the store starts as: `checkout.subscribe((value) => …)`
 * with `const checkout = writable({ cardNumber: '', cvv: '' })` from `svelte/store` (also `writable(saved || { … })`,
 * a persisted store's fallback). The store keeps the initial object's keys while its values change. Null for any other
 * parameter.
 */
function subscribedValue(param: TSESTree.BindingName, fn: Node, sourceCode: SourceCode): TSESTree.ObjectExpression | null {
  if ((fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) || fn.params[0] !== param) return null;
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return null;
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== 'subscribe') return null;
  const store = unwrap(callee.object);
  if (store.type !== AST_NODE_TYPES.Identifier) return null;
  return storeInitial(variableOf(store, sourceCode), sourceCode);
}

/**
 * The object a Svelte store starts as, which its value keeps the keys of: \`const checkout = writable({ cardNumber: '',
 * cvv: '' })\` from \`svelte/store\` (also \`writable(saved || { … })\`, a persisted store's fallback). Null for any other
 * variable.
 */
function storeInitial(variable: Variable | null, sourceCode: SourceCode): TSESTree.ObjectExpression | null {
  const init = variable && isNeverReassigned(variable) ? constInit(variable) : null;
  const made = init ? unwrap(init) : null;
  if (made?.type !== AST_NODE_TYPES.CallExpression) return null;
  const maker = unwrap(made.callee);
  const imported = maker.type === AST_NODE_TYPES.Identifier ? importedAs(maker, sourceCode) : null;
  if (!imported || imported.name !== 'writable' || imported.source !== 'svelte/store') return null;
  const first = made.arguments[0];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return null;
  let initial = resolveValue(first, sourceCode);
  // `writable(JSON.parse(saved) || { … })`: the object it falls back to.
  if (initial.type === AST_NODE_TYPES.LogicalExpression && initial.operator !== '&&') initial = resolveValue(initial.right, sourceCode);
  return initial.type === AST_NODE_TYPES.ObjectExpression ? initial : null;
}

/** The store a call reads once, \`get(store)\` with \`get\` from \`svelte/store\`; else null. */
function svelteStoreRead(call: TSESTree.CallExpression, sourceCode: SourceCode): TSESTree.Identifier | null {
  const callee = unwrap(call.callee);
  const arg = call.arguments[0];
  if (callee.type !== AST_NODE_TYPES.Identifier || call.arguments.length !== 1 || arg?.type !== AST_NODE_TYPES.Identifier) return null;
  const imported = importedAs(callee, sourceCode);
  return imported?.name === 'get' && imported.source === 'svelte/store' ? arg : null;
}

/** The function makers of Convex's generated server module whose handler gets `(ctx, args)` validated by `args`. */
const CONVEX_FUNCTIONS: ReadonlySet<string> = new Set(['mutation', 'internalMutation', 'action', 'internalAction', 'query', 'internalQuery']);
/** Convex's server module: the app's generated `_generated/server` or `convex/server` (shared with sinks.ts). */
export const isConvexServerModule = (source: string): boolean => source === 'convex/server' || /(?:^|\/)_generated\/server(?:\.[cm]?[jt]s)?$/.test(source);

/**
 * The validators a Convex function's `args` declares, for its handler's second parameter: `mutation({ args: {
 * cardNumber: v.string(), cvc: v.string() }, handler: async (ctx, args) => … })` with `mutation` imported from the
 * generated server module (real-world batch 94). The handler gets exactly those keys.
 */
function convexArgs(param: TSESTree.BindingName, fn: Node, sourceCode: SourceCode): TSESTree.ObjectExpression | null {
  if ((fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) || fn.params[1] !== param) return null;
  const property = fn.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== fn || propertyKey(property, sourceCode) !== 'handler') return null;
  const config = property.parent;
  const call = config?.parent;
  if (config?.type !== AST_NODE_TYPES.ObjectExpression || call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== config) return null;
  const callee = unwrap(call.callee);
  const imported = callee.type === AST_NODE_TYPES.Identifier ? importedAs(callee, sourceCode) : null;
  if (!imported || !CONVEX_FUNCTIONS.has(imported.name) || !isConvexServerModule(imported.source)) return null;
  const args = config.properties.find((p): p is PropertyOf<typeof p> => p.type === AST_NODE_TYPES.Property && propertyKey(p, sourceCode) === 'args');
  const shape = args ? unwrap(resolveValue(args.value, sourceCode)) : null;
  return shape?.type === AST_NODE_TYPES.ObjectExpression ? shape : null;
}

/** The methods of a mobx-state-tree model type whose callback gets the instance, `self`. */
const MST_SELF_METHODS: ReadonlySet<string> = new Set(['actions', 'views', 'volatile', 'extend', 'preProcessSnapshot']);

/**
 * mobx-state-tree's `self` in a model's `actions` / `views` / `extend` callback: the properties its `types.model(name,
 * { … })` declares (`types.model('Payment', { ccNumber: types.string, ccCvv: types.string }).actions((self) => ({ pay()
 * { return axios.post(url, self) } }))`; real-world recall probe B, 2026-12-07), which its snapshot holds.
 */
function mstSelf(param: TSESTree.BindingName, fn: Node, sourceCode: SourceCode): TSESTree.ObjectExpression | null {
  if ((fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) || fn.params[0] !== param) return null;
  const model = chainCallBelow(fn, MST_SELF_METHODS, 'model', sourceCode);
  const ref = model ? moduleRefOf(model.callee.object, sourceCode) : null;
  if (ref?.module !== 'mobx-state-tree' || ref.path.join('.') !== 'types') return null;
  const props = model!.call.arguments[model!.call.arguments.length - 1];
  const shape = props && props.type !== AST_NODE_TYPES.SpreadElement ? unwrap(resolveValue(props, sourceCode)) : null;
  return shape?.type === AST_NODE_TYPES.ObjectExpression ? shape : null;
}

/**
 * The nearest call named `name` further down the method chain whose `.method(fn)` (one of `methods`) takes the callback
 * `fn` first, within eight links: the `.input(schema)` under a tRPC resolver's `.mutation(fn)`, the `types.model(…)`
 * under a mobx-state-tree model's `.actions(fn)`. Null where `fn` is no such callback or the chain has no such call.
 */
function chainCallBelow(
  fn: Node,
  methods: ReadonlySet<string>,
  name: string,
  sourceCode: SourceCode,
): { call: TSESTree.CallExpression; callee: TSESTree.MemberExpression } | null {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return null;
  let callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !methods.has(memberName(callee, sourceCode) ?? '')) return null;
  for (let step = unwrap(callee.object), hops = 0; step.type === AST_NODE_TYPES.CallExpression && hops < 8; step = unwrap(callee.object), hops++) {
    callee = unwrap(step.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
    if (memberName(callee, sourceCode) === name) return { call: step, callee };
  }
  return null;
}

/** A tRPC procedure's resolvers (\`.mutation(({ ctx, input }) => …)\`). */
const TRPC_RESOLVERS: ReadonlySet<string> = new Set(['mutation', 'query', 'subscription']);

/**
 * What a tRPC procedure's resolver gets as \`input\`: the keys of the zod object schema its \`.input(…)\` declares
 * (\`procedure.input(z.object({ cardNumber: z.string(), cvv: z.string() })).mutation(async ({ ctx, input }) => …)\`;
 * real-world batch 231), which tRPC parses the input with. The \`input\` destructured from the resolver's parameter; the
 * nearest \`.input\` of the chain (a later one's keys are added to an earlier one's).
 */
function trpcInput(param: TSESTree.BindingName, fn: Node, sourceCode: SourceCode): TSESTree.ObjectExpression | null {
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) return null;
  const pattern = fn.params[0];
  if (pattern?.type !== AST_NODE_TYPES.ObjectPattern) return null;
  const property = param.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== param || property.parent !== pattern || propertyKey(property, sourceCode) !== 'input') return null;
  const schema = chainCallBelow(fn, TRPC_RESOLVERS, 'input', sourceCode)?.call.arguments[0];
  return schema && schema.type !== AST_NODE_TYPES.SpreadElement ? zodObjectKeys(schema, sourceCode, 0) : null;
}

/** zod's schema methods whose result is the data parsed (`parse`), or a result whose `data` is (`safeParse`). */
const ZOD_PARSE: ReadonlySet<string> = new Set(['parse', 'parseAsync']);
const ZOD_SAFE_PARSE: ReadonlySet<string> = new Set(['safeParse', 'safeParseAsync']);
const ZOD_SAFE_DATA = 'data';
/** Methods of a zod object schema that keep its keys (`z.object({ … }).strict()`). */
const ZOD_SAME_KEYS: ReadonlySet<string> = new Set(['strict', 'strip', 'passthrough', 'required', 'partial', 'readonly', 'describe', 'refine', 'superRefine']);

/**
 * What a zod object schema's `parse` gives: an object with the schema's keys (unknown keys are stripped), whatever was
 * parsed. `Schema.parse(x)` (also awaited `parseAsync`), `Schema.safeParse(x).data`, with `Schema` a const holding
 * `z.object({ … })` of the `zod` module (and what keeps its keys: `.strict()`, `.partial()`…). Real-world batch 88: a
 * form's card fields validated, then logged.
 */
function zodParsedShape(init: Node, methods: ReadonlySet<string>, sourceCode: SourceCode): TSESTree.ObjectExpression | null {
  let call = unwrap(init);
  if (call.type === AST_NODE_TYPES.AwaitExpression) call = unwrap(call.argument);
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !methods.has(memberName(callee, sourceCode) ?? '')) return null;
  return zodObjectKeys(callee.object, sourceCode, 0);
}

/** A module reference into zod (`zod`, `zod/v4`, `zod/mini`). */
const isZodRef = (ref: ModuleRef | null): ref is ModuleRef => ref !== null && (ref.module === 'zod' || ref.module.startsWith('zod/'));

/** Modifiers of a zod schema that keep what it parses to (`z.boolean().optional()`, `.default(false)`). */
const ZOD_SAME_TYPE: ReadonlySet<string> = new Set(['optional', 'nullable', 'nullish', 'default', 'catch', 'describe', 'readonly']);

/** A zod schema of a boolean (`z.boolean()`, `z.coerce.boolean()`, with modifiers): what it parses to is a flag. */
export function isZodBooleanSchema(node: Node, sourceCode: SourceCode): boolean {
  let target = unwrap(node);
  for (let steps = 0; target.type === AST_NODE_TYPES.CallExpression && steps < 8; steps++) {
    const callee = unwrap(target.callee);
    const name = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee, sourceCode) : null;
    if (name === null || !ZOD_SAME_TYPE.has(name) || callee.type !== AST_NODE_TYPES.MemberExpression) {
      const ref = moduleRefOf(callee, sourceCode);
      // Also Convex's validator `v.boolean()` (convex/values).
      return ref !== null && ref.path.at(-1) === 'boolean' && (ref.module === 'convex/values' || isZodRef(ref));
    }
    target = unwrap(callee.object);
  }
  return false;
}

/** The object literal of keys a zod object schema is made from, or null. */
export function zodObjectKeys(node: Node, sourceCode: SourceCode, depth = 0): TSESTree.ObjectExpression | null {
  if (depth > 8) return null;
  let target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(target, sourceCode);
    const init = variable ? constInit(variable) : null;
    return init ? zodObjectKeys(init, sourceCode, depth + 1) : null;
  }
  if (target.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = unwrap(target.callee);
  const name = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee, sourceCode) : null;
  if (name !== null && ZOD_SAME_KEYS.has(name) && callee.type === AST_NODE_TYPES.MemberExpression) return zodObjectKeys(callee.object, sourceCode, depth + 1);
  const ref = moduleRefOf(callee, sourceCode);
  if (!isZodRef(ref) || ref.path.at(-1) !== 'object' || ref.path.length > 2) return null;
  const shape = target.arguments[0];
  if (!shape || shape.type === AST_NODE_TYPES.SpreadElement) return null;
  target = resolveValue(shape, sourceCode);
  return target.type === AST_NODE_TYPES.ObjectExpression ? target : null;
}

/**
 * The values a form library hands its submit handler, by the form's initial values: Formik's `useFormik({
 * initialValues, onSubmit: (values) => … })` and `<Formik initialValues={…} onSubmit={(values) => …}>`,
 * react-hook-form's `handleSubmit((data) => …)` with `handleSubmit` from `useForm({ defaultValues })` (destructured, or
 * `form.handleSubmit` of `const form = useForm(…)`), Mantine's `form.onSubmit((values) => …)` with `useForm({
 * initialValues })`, or else by the zod schema of its `resolver: zodResolver(schema)`.
 * The handler is written in place or named: a function declaration, or a const holding it (also in React's
 * `useCallback`), every read of which hands it to a form (`handleSubmit(onSubmit)`, `onSubmit: handleSubmit`).
 * Null for any other parameter.
 */
function submittedValues(param: Node, fn: Node, sourceCode: SourceCode): TSESTree.ObjectExpression | null {
  if (!isFunctionNode(fn) || fn.params[0] !== param) return null;
  const places = placesHandedOn(fn, sourceCode);
  if (places === null) return null;
  let values: TSESTree.ObjectExpression | null = null;
  for (const place of places) {
    // Handed on elsewhere too: its parameter may hold anything there.
    const here = formValuesAt(place, sourceCode);
    if (here === null) return null;
    values ??= here;
  }
  return values;
}

/** React's hook that keeps a callback across renders: `useCallback(fn, deps)` holds `fn`. */
const CALLBACK_HOOKS: ReadonlySet<string> = new Set(['useCallback']);

/**
 * Where a function is handed on: where it is written, or, for a function declaration or a const holding it (directly
 * or through `useCallback`), each read of its name; null where a name is never read or may be reassigned.
 */
function placesHandedOn(fn: FunctionNode, sourceCode: SourceCode): Node[] | null {
  const call = fn.parent;
  const held = call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === fn && CALLBACK_HOOKS.has(calleeName(call) ?? '') ? call : fn;
  const variable = heldName(held, sourceCode);
  // No name to follow: handed on where it is written (for a function a reassigned variable holds, no form's slot).
  if (!variable) return held === fn ? [fn] : null;
  const reads = variable.references.filter((ref) => !ref.init && ref.isRead()).map((ref) => ref.identifier as Node);
  return reads.length > 0 ? reads : null;
}

/** The values a form hands the function at `place` (a submit handler's slot), or null where `place` is none. */
function formValuesAt(place: Node, sourceCode: SourceCode): TSESTree.ObjectExpression | null {
  const parent = place.parent;
  const initial = (node: Node | undefined | null): TSESTree.ObjectExpression | null => {
    const value = node ? resolveValue(node, sourceCode) : null;
    return value?.type === AST_NODE_TYPES.ObjectExpression ? value : null;
  };
  // useFormik({ initialValues, onSubmit })
  if (parent?.type === AST_NODE_TYPES.Property && parent.value === place && propertyKey(parent, sourceCode) === 'onSubmit') {
    const options = parent.parent;
    const call = options.parent;
    if (options.type !== AST_NODE_TYPES.ObjectExpression || call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== options) return null;
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== 'useFormik') return null;
    return initial(objectEntries(options, sourceCode)?.find((entry) => entry.key === 'initialValues')?.value);
  }
  // <Formik initialValues={…} onSubmit={(values) => …}>, React Final Form's <Form initialValues={…} onSubmit={…}>
  const attribute = parent?.type === AST_NODE_TYPES.JSXExpressionContainer ? parent.parent : null;
  if (attribute?.type === AST_NODE_TYPES.JSXAttribute && attribute.name.type === AST_NODE_TYPES.JSXIdentifier && attribute.name.name === 'onSubmit') {
    const element = attribute.parent;
    if (element.type !== AST_NODE_TYPES.JSXOpeningElement || element.name.type !== AST_NODE_TYPES.JSXIdentifier || !isInitialValuesForm(element.name, sourceCode)) return null;
    const values = element.attributes.find(
      (a): a is TSESTree.JSXAttribute => a.type === AST_NODE_TYPES.JSXAttribute && a.name.type === AST_NODE_TYPES.JSXIdentifier && a.name.name === 'initialValues',
    );
    const container = values?.value;
    return container?.type === AST_NODE_TYPES.JSXExpressionContainer && container.expression.type !== AST_NODE_TYPES.JSXEmptyExpression ? initial(container.expression) : null;
  }
  // handleSubmit((data) => …) with `const { handleSubmit } = useForm({ defaultValues })`, or `form.handleSubmit(…)`
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === place) return useFormValues(reactHookForm(parent.callee, FORM_SUBMIT_METHODS, sourceCode), sourceCode);
  return null;
}

/**
 * The values of a `useForm(…)` form, by its options: react-hook-form's `defaultValues`, Mantine's `initialValues`
 * (real-world batch DG), or else what the zod schema of its `resolver: zodResolver(schema)` parses to.
 */
function useFormValues(form: TSESTree.CallExpression | null, sourceCode: SourceCode): TSESTree.ObjectExpression | null {
  if (!form) return null;
  const options = form.arguments[0];
  // No options: the fields it registers (`register('cardNumber')`).
  if (!options) return registeredFields(form, sourceCode);
  if (options.type === AST_NODE_TYPES.SpreadElement) return null;
  const entries = objectEntries(options, sourceCode);
  const defaults = entries?.find((entry) => entry.key === 'defaultValues' || entry.key === 'initialValues')?.value;
  let value = defaults ? resolveValue(defaults, sourceCode) : null;
  // `defaultValues: loadDraft() ?? EMPTY_CARD`: the fallback's keys are the form's.
  if (value?.type === AST_NODE_TYPES.LogicalExpression && value.operator !== '&&') value = resolveValue(value.right, sourceCode);
  if (value?.type === AST_NODE_TYPES.ObjectExpression) return value;
  const resolver = entries?.find((entry) => entry.key === 'resolver')?.value;
  const validation = resolver ? unwrap(resolver) : null;
  const schema = validation?.type === AST_NODE_TYPES.CallExpression && calleeName(validation) === 'zodResolver' ? validation.arguments[0] : undefined;
  // Else the fields it registers (`useForm({ mode: 'onBlur', resolver: yupResolver(schema) })` with `register('cvc')`).
  return (schema && schema.type !== AST_NODE_TYPES.SpreadElement ? zodObjectKeys(schema, sourceCode, 0) : null) ?? registeredFields(form, sourceCode);
}

const registeredForms = new WeakMap<TSESTree.CallExpression, TSESTree.ObjectExpression | null>();

/**
 * A react-hook-form form's fields by its `register('cardNumber')` calls, where its options give no values (`const {
 * register, handleSubmit } = useForm()`, or `form.register(…)` with `const form = useForm()`): the values its submit
 * handler and `watch()` get have those keys. As an object whose keys are the registered names (each key and value the
 * name's string, so nothing in it reads as a value); null where the form registers no static name.
 */
function registeredFields(form: TSESTree.CallExpression, sourceCode: SourceCode): TSESTree.ObjectExpression | null {
  const known = registeredForms.get(form);
  if (known !== undefined) return known;
  const names: TSESTree.StringLiteral[] = [];
  const addCall = (call: Node | undefined, callee: Node): void => {
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== callee) return;
    const first = call.arguments[0];
    if (first?.type === AST_NODE_TYPES.Literal && typeof first.value === 'string' && first.value !== '') names.push(first as TSESTree.StringLiteral);
  };
  const declarator = form.parent;
  if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === form) {
    if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
      for (const property of declarator.id.properties) {
        if (property.type !== AST_NODE_TYPES.Property || property.computed || propertyKey(property, sourceCode) !== 'register') continue;
        const local = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
        const variable = local.type === AST_NODE_TYPES.Identifier ? variableOf(local, sourceCode) : null;
        for (const reference of variable?.references ?? []) addCall(reference.identifier.parent, reference.identifier);
      }
    } else if (declarator.id.type === AST_NODE_TYPES.Identifier) {
      const variable = variableOf(declarator.id, sourceCode);
      for (const reference of variable?.references ?? []) {
        const member = reference.identifier.parent;
        if (member?.type === AST_NODE_TYPES.MemberExpression && member.object === reference.identifier && memberName(member, sourceCode) === 'register') addCall(member.parent, member);
      }
    }
  }
  let object: TSESTree.ObjectExpression | null = null;
  if (names.length > 0) {
    object = { type: AST_NODE_TYPES.ObjectExpression, properties: [], range: form.range, loc: form.loc, parent: form.parent } as TSESTree.ObjectExpression;
    const seen = new Set<string>();
    for (const name of names) {
      if (seen.has(name.value)) continue;
      seen.add(name.value);
      object.properties.push({
        type: AST_NODE_TYPES.Property,
        key: name,
        value: name,
        computed: false,
        method: false,
        shorthand: false,
        optional: false,
        kind: 'init',
        range: name.range,
        loc: name.loc,
        parent: object,
      } as PropertyOf<TSESTree.ObjectLiteralElement>);
    }
  }
  registeredForms.set(form, object);
  return object;
}

/** react-hook-form's reads of all the form's values: `watch()`, `getValues()`. */
const FORM_VALUE_READS: ReadonlySet<string> = new Set(['watch', 'getValues']);

/**
 * The values object a read of all of a `useForm(…)` form's values holds (`watch()`, `getValues()`, from `const {
 * watch } = useForm({ defaultValues })` or `form.getValues()`): its values by the form's options (`useFormValues`);
 * null for any other call.
 */
function formValuesRead(call: TSESTree.CallExpression, sourceCode: SourceCode): TSESTree.ObjectExpression | null {
  if (call.arguments.length !== 0) return null;
  const callee = unwrap(call.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee, sourceCode) : null;
  // (Its local name may differ from the method's: `const { watch: values } = useForm()`; the binding is checked below.)
  if (name === null || (callee.type === AST_NODE_TYPES.MemberExpression && !FORM_VALUE_READS.has(name))) return null;
  return useFormValues(reactHookForm(callee, FORM_VALUE_READS, sourceCode), sourceCode);
}

/** Functions that make a promise-returning copy of a callback function: Node's `util.promisify`, `pify`, Bluebird's `Promise.promisify`. */
const PROMISIFIERS: ReadonlySet<string> = new Set(['promisify', 'pify']);

/**
 * The call that made the promisified copy a const holds (`const post = util.promisify(request.post)`, `const sale =
 * Promise.promisify(gateway.transaction.sale, { context })`), or null for anything else.
 */
export function promisifyingCall(node: Node, sourceCode: SourceCode): TSESTree.CallExpression | null {
  if (node.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = variableOf(node, sourceCode);
  const init = variable ? constInit(variable) : null;
  const call = init ? unwrap(init) : null;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments.length === 0 || call.arguments[0]!.type === AST_NODE_TYPES.SpreadElement) return null;
  const callee = unwrap(call.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee, sourceCode) : null;
  return name !== null && PROMISIFIERS.has(name) ? call : null;
}

/**
 * The field a read of one of a `useForm(…)` form's values names: react-hook-form's `watch('cardNumber')`,
 * `getValues('card.cvc')` (`const { watch } = useForm()`, `form.getValues(…)`); null for any other call. The value is
 * what the user typed into that field.
 */
export function formFieldRead(call: TSESTree.CallExpression, sourceCode: SourceCode): string | null {
  const [arg] = call.arguments;
  if (call.arguments.length !== 1 || !arg || arg.type === AST_NODE_TYPES.SpreadElement) return null;
  const callee = unwrap(call.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee, sourceCode) : null;
  // (The local name may differ from the method's: `const { watch: read } = useForm()`; `reactHookForm` checks the binding.)
  if (name === null || (callee.type === AST_NODE_TYPES.MemberExpression && !FORM_VALUE_READS.has(name))) return null;
  const field = staticString(arg, sourceCode);
  return field !== null && reactHookForm(callee, FORM_VALUE_READS, sourceCode) !== null ? field : null;
}

/**
 * A form component that hands its submit handler the values it started from (`initialValues`): Formik's `<Formik>`,
 * React Final Form's `<Form>` imported from `react-final-form` (real-world batch DL; a `Form` of another library hands
 * its `onSubmit` an event, or is unknown).
 */
function isInitialValuesForm(name: TSESTree.JSXIdentifier, sourceCode: SourceCode): boolean {
  if (name.name === 'Formik') return true;
  const imported = importedAs(name, sourceCode);
  return imported !== null && imported.source === 'react-final-form' && imported.name === 'Form';
}

/** A form's submit wrapper: react-hook-form's `form.handleSubmit(fn)`, Mantine's `form.onSubmit(fn)`. */
const FORM_SUBMIT_METHODS: ReadonlySet<string> = new Set(['handleSubmit', 'onSubmit']);

/**
 * The `useForm(…)` call whose submit wrapper a callee is: `handleSubmit` destructured from it (`const { handleSubmit }
 * = useForm(…)`, also from a const holding it: `const { handleSubmit } = form`), or `form.handleSubmit` / Mantine's `form.onSubmit` with `const form = useForm(…)`. Null for anything
 * else.
 */
function reactHookForm(callee: Node, methods: ReadonlySet<string>, sourceCode: SourceCode): TSESTree.CallExpression | null {
  const target = unwrap(callee);
  let form: Node | null = null;
  if (target.type === AST_NODE_TYPES.Identifier) {
    const handle = variableOf(target, sourceCode);
    const binding = handle ? destructuredBinding(handle, sourceCode) : null;
    form = binding?.key != null && methods.has(binding.key) && binding.key !== 'onSubmit' ? binding.init : null;
  } else if (target.type === AST_NODE_TYPES.MemberExpression && target.object.type === AST_NODE_TYPES.Identifier && methods.has(memberName(target, sourceCode) ?? '')) {
    const variable = variableOf(target.object, sourceCode);
    form = variable ? constInit(variable) : null;
  }
  // `const form = useForm(…); const { handleSubmit } = form`: the const's init.
  const held = form ? unwrap(form) : null;
  if (held?.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(held, sourceCode);
    form = variable ? constInit(variable) : null;
  }
  const call = form ? unwrap(form) : null;
  return call?.type === AST_NODE_TYPES.CallExpression && unwrap(call.callee).type === AST_NODE_TYPES.Identifier && (unwrap(call.callee) as TSESTree.Identifier).name === 'useForm' ? call : null;
}

/**
 * A number literal too small to be a card number (`0`, `1`): a count or a position (`useState({ cardNumber: 0 })` in a
 * flash-card deck). Card numbers have 12 to 19 digits.
 */
export function isCountLiteral(node: Node | null): boolean {
  const target = node && unwrap(node);
  return target?.type === AST_NODE_TYPES.Literal && typeof target.value === 'number' && Math.abs(target.value) < 1e11;
}

/**
 * A state object's fields (`stateShape`), as fields of unknown value placed at `keyNode` (those that start as a count
 * keep it: `cardNumber: 0` is a position, `isCountLiteral`); false for anything else.
 */
function collectState(node: Node, sourceCode: SourceCode, prefix: string[], keyNode: Node, out: PayloadField[], depth: number): boolean {
  const state = stateShape(node, sourceCode);
  if (!state) return false;
  const fields: PayloadField[] = [];
  collectPayload(state, sourceCode, prefix, fields, depth + 1);
  for (const field of fields) {
    const initial = field.value && angularControlInitial(field.value);
    out.push({ path: field.path, keyNode, value: isCountLiteral(initial) ? initial : null });
  }
  return true;
}

/**
 * The form model (`formModelOf`) an expression names: `this.card`, or a const holding it (`const body = this.card`;
 * real-world batch 251).
 */
function modelMember(node: Node, sourceCode: SourceCode): { object: TSESTree.ObjectExpression; name: string } | null {
  let target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(target, sourceCode);
    const init = variable ? constInit(variable) : null;
    if (!init) return null;
    target = unwrap(init);
  }
  if (target.type !== AST_NODE_TYPES.MemberExpression) return null;
  const object = formModelOf(target, sourceCode);
  return object && { object, name: memberName(target, sourceCode) ?? '' };
}

/**
 * What an Angular form control starts as: `new FormControl(0)`, a form builder's `[0, Validators.required]` or
 * `fb.control(0)`, `{ value: 0, disabled: true }` (a count's control is a count: real-world batch 251); the value
 * itself for anything else.
 */
function angularControlInitial(control: Node): Node | null {
  const target = unwrap(control);
  let initial: Node | null | undefined = target;
  if (target.type === AST_NODE_TYPES.ArrayExpression) initial = target.elements[0];
  else if (target.type === AST_NODE_TYPES.NewExpression || target.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(target.callee);
    const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : null;
    if (name !== null && ANGULAR_CONTROL_MAKERS.has(name)) initial = target.arguments[0];
  }
  if (!initial || initial.type === AST_NODE_TYPES.SpreadElement) return null;
  const boxed = unwrap(initial);
  if (boxed.type === AST_NODE_TYPES.ObjectExpression) {
    const value = boxed.properties.find((p) => p.type === AST_NODE_TYPES.Property && !p.computed && p.key.type === AST_NODE_TYPES.Identifier && p.key.name === 'value');
    if (value?.type === AST_NODE_TYPES.Property) return value.value;
  }
  return initial;
}
const ANGULAR_CONTROL_MAKERS: ReadonlySet<string> = new Set(['FormControl', 'UntypedFormControl', 'control']);

/** lodash / underscore, whose `map` over an object and `keys` / `toPairs` / `entries` read its keys. */
const LODASH_SOURCES = new Set(['lodash', 'lodash-es', 'underscore']);
const LODASH_MAP_SOURCES = new Set(['lodash/map', 'lodash.map', 'lodash-es/map']);
const LODASH_KEY_LISTS = new Set(['keys', 'toPairs', 'entries']);

/**
 * The lodash / underscore function a callee is (`modules.moduleRefOf`: `_.map` with `_` imported or required,
 * `map` imported or destructured from lodash, the default export of `lodash/map`), or a member of the undeclared `_` of
 * a page that loads it; else null.
 */
function lodashFunction(callee: Node, sourceCode: SourceCode): string | null {
  const ref = moduleRefOf(callee, sourceCode);
  if (ref) {
    if (LODASH_MAP_SOURCES.has(ref.module) && ref.path.length === 0) return 'map';
    return LODASH_SOURCES.has(ref.module) && ref.path.length === 1 ? ref.path[0]! : null;
  }
  const target = unwrap(callee);
  if (target.type !== AST_NODE_TYPES.MemberExpression) return null;
  const owner = unwrap(target.object);
  return owner.type === AST_NODE_TYPES.Identifier && owner.name === '_' && (variableOf(owner, sourceCode)?.defs.length ?? 0) === 0 ? memberName(target) : null;
}

/**
 * An object whose keys a form list is built from, and the bracket name each key is put in (`card` for
 * `` `card[${key}]=${value}` ``), or null where the key is written as it is.
 */
interface KeysSource {
  object: Node;
  key: string | null;
}

/**
 * The object whose keys a `.join(…)`ed list is built from: `Object.keys(o).map(...)`, `Object.entries(o).map(...)`,
 * lodash's `_.map(o, fn)` (also `map` imported from lodash or `lodash/map`) and `_.toPairs(o).map(...)` → `o`; with the
 * bracket name the callback puts each key in (`` ([k, v]) => `card[${k}]=${v}` ``: react-native-stripe-api's shape,
 * real-world batch 278).
 */
function keysMapSource(node: Node, sourceCode: SourceCode): KeysSource | null {
  const call = unwrap(node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const arg = (list: TSESTree.CallExpressionArgument[], i: number): Node | null => (list[i] && list[i].type !== AST_NODE_TYPES.SpreadElement ? list[i] : null);
  const source = (object: Node | null, callback: Node | null): KeysSource | null => (object ? { object, key: callback ? mappedKeyBracket(callback) : null } : null);
  // `_.map(o, fn)`, `map(o, fn)`
  if (call.arguments.length === 2 && lodashFunction(call.callee, sourceCode) === 'map') return source(arg(call.arguments, 0), arg(call.arguments, 1));
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== 'map') return null;
  const inner = unwrap(callee.object);
  if (inner.type !== AST_NODE_TYPES.CallExpression) return null;
  const listed = objectKeysListed(inner);
  if (listed) return source(listed, arg(call.arguments, 0));
  const innerCallee = unwrap(inner.callee);
  if (innerCallee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const lodashList = lodashFunction(innerCallee, sourceCode);
  return lodashList !== null && LODASH_KEY_LISTS.has(lodashList) ? source(arg(inner.arguments, 0), arg(call.arguments, 0)) : null;
}

/** `Object.keys(o)` / `Object.entries(o)`: `o`; null for anything else. */
function objectKeysListed(node: Node): Node | null {
  const call = unwrap(node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const owner = unwrap(callee.object);
  const list = memberName(callee);
  const [object] = call.arguments;
  return owner.type === AST_NODE_TYPES.Identifier && owner.name === 'Object' && (list === 'keys' || list === 'entries') && object && object.type !== AST_NODE_TYPES.SpreadElement
    ? object
    : null;
}

/** The key a callback over an object's keys or entries is handed: its first parameter, or the first of its pair (`([k, v]) =>`). */
function keyParameter(fn: TSESTree.FunctionLike): TSESTree.Identifier | null {
  const [param] = fn.params;
  const key = param?.type === AST_NODE_TYPES.ArrayPattern ? param.elements[0] : param;
  return key?.type === AST_NODE_TYPES.Identifier ? key : null;
}

/** The name a map callback's key (`keyParameter`) is bracketed in. */
function mappedKeyBracket(callback: Node): string | null {
  const fn = unwrap(callback);
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) return null;
  const key = keyParameter(fn);
  if (!key) return null;
  const body = fn.body.type === AST_NODE_TYPES.BlockStatement ? fn.body.body.find((s) => s.type === AST_NODE_TYPES.ReturnStatement)?.argument : fn.body;
  return body ? keyBracketIn(body, key.name) : null;
}

/**
 * In a piece of a form (`` `card[${key}]=${value}` ``, `'card[' + key + ']=' + value`), the name the identifier `key` is
 * bracketed in: the text right before it ends with `name[` and the text right after starts with `]`.
 */
function keyBracketIn(node: Node, key: string): string | null {
  const parts: Node[] = [];
  const flatten = (part: Node): void => {
    const target = unwrap(part);
    if (target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+') {
      flatten(target.left);
      flatten(target.right);
    } else if (target.type === AST_NODE_TYPES.TemplateLiteral) {
      target.quasis.forEach((quasi, i) => {
        parts.push(quasi);
        if (i < target.expressions.length) flatten(target.expressions[i]!);
      });
    } else if (target.type === AST_NODE_TYPES.CallExpression && target.arguments.length === 1 && isUriEncoder(target.callee)) {
      flatten(target.arguments[0]!);
    } else {
      parts.push(target);
    }
  };
  flatten(node);
  const text = (part: Node | undefined): string | null =>
    part?.type === AST_NODE_TYPES.TemplateElement ? (part.value.cooked ?? part.value.raw) : part?.type === AST_NODE_TYPES.Literal && typeof part.value === 'string' ? part.value : null;
  for (let i = 1; i + 1 < parts.length; i++) {
    const part = parts[i]!;
    if (part.type !== AST_NODE_TYPES.Identifier || part.name !== key) continue;
    const name = /(?:^|[&?])([A-Za-z_][\w-]*)\[$/.exec(text(parts[i - 1]) ?? '')?.[1];
    if (name !== undefined && (text(parts[i + 1]) ?? '').startsWith(']')) return name;
  }
  return null;
}

/** A call of a URI encoder (URI_ENCODERS): what a form piece's key may be wrapped in. */
function isUriEncoder(callee: Node): boolean {
  const target = unwrap(callee);
  return target.type === AST_NODE_TYPES.Identifier && URI_ENCODERS.has(target.name);
}

/**
 * The object whose keys a list is filled from in a loop, where each piece pushed names the loop's key: `for (const p
 * in details) formBody.push(encodeURIComponent(p) + '=' + …)`, `Object.keys(details).forEach((k) => parts.push(…))`
 * (the stock React Native snippet that posts a card to Stripe's tokens endpoint, real-world batch 278).
 */
function pushedKeysSource(list: TSESTree.Identifier, sourceCode: SourceCode): KeysSource | null {
  const variable = variableOf(list, sourceCode);
  if (!variable) return null;
  for (const ref of variable.references) {
    const member = ref.identifier.parent;
    const push = member?.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== ref.identifier || memberName(member) !== 'push') continue;
    if (push?.type !== AST_NODE_TYPES.CallExpression || push.callee !== member || push.arguments.length !== 1) continue;
    const piece = push.arguments[0]!;
    for (let at: Node | undefined = push.parent; at && !isFunctionNode(at); at = at.parent) {
      if (at.type !== AST_NODE_TYPES.ForInStatement) continue;
      const declared = at.left.type === AST_NODE_TYPES.VariableDeclaration ? at.left.declarations[0]?.id : at.left;
      if (declared?.type !== AST_NODE_TYPES.Identifier || !mentionsName(piece, declared.name)) break;
      return { object: at.right, key: keyBracketIn(piece, declared.name) };
    }
    // `Object.keys(o).forEach((k) => list.push(…))`
    const callback = enclosingFunction(push);
    const each = callback?.parent;
    if (each?.type !== AST_NODE_TYPES.CallExpression || each.arguments[0] !== callback || each.callee.type !== AST_NODE_TYPES.MemberExpression || memberName(each.callee) !== 'forEach') continue;
    const keyName = keyParameter(callback);
    if (!keyName || !mentionsName(piece, keyName.name)) continue;
    const object = objectKeysListed(each.callee.object);
    if (object) return { object, key: keyBracketIn(piece, keyName.name) };
  }
  return null;
}

/** Does an expression read the identifier `name` anywhere (a shallow walk of its expressions)? */
function mentionsName(node: Node, name: string, depth = 0): boolean {
  if (depth > 8) return false;
  const target = unwrap(node);
  switch (target.type) {
    case AST_NODE_TYPES.Identifier:
      return target.name === name;
    case AST_NODE_TYPES.BinaryExpression:
      return mentionsName(target.left, name, depth + 1) || mentionsName(target.right, name, depth + 1);
    case AST_NODE_TYPES.TemplateLiteral:
      return target.expressions.some((e) => mentionsName(e, name, depth + 1));
    case AST_NODE_TYPES.CallExpression:
      return target.arguments.some((a) => mentionsName(a, name, depth + 1));
    case AST_NODE_TYPES.MemberExpression:
      return mentionsName(target.object, name, depth + 1) || (target.computed && mentionsName(target.property, name, depth + 1));
    default:
      return false;
  }
}

/**
 * Chained `.set(key, value)` / `.append(key, value)` calls on a new Angular `HttpParams`, immutable, each returning the
 * next (`new HttpParams().set('card[number]', n).set('card[cvc]', c)`, real-world batch 278): each key, and those of
 * its `{ fromObject }`. False where the chain does not start at such a construction (`URLSearchParams` and `FormData`
 * return nothing from `set`: their later calls are read on the variable, `collectAppends`).
 */
function collectChainedSets(call: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: SourceCode, prefix: string[], out: PayloadField[], depth: number): boolean {
  const sets: TSESTree.CallExpression[] = [];
  let current: Node = call;
  for (let i = 0; i < 64; i++) {
    const target = unwrap(current);
    if (target.type !== AST_NODE_TYPES.CallExpression) {
      current = target;
      break;
    }
    const callee = unwrap(target.callee);
    const method = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : null;
    if (callee.type !== AST_NODE_TYPES.MemberExpression || (method !== 'set' && method !== 'append')) return false;
    sets.push(target);
    current = callee.object;
  }
  if (current.type !== AST_NODE_TYPES.NewExpression) return false;
  const callee = unwrap(current.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : null;
  if (name !== 'HttpParams') return false;
  const [init] = current.arguments;
  const options = init && init.type !== AST_NODE_TYPES.SpreadElement ? resolveValue(init, sourceCode) : null;
  const fromObject = options?.type === AST_NODE_TYPES.ObjectExpression ? objectEntries(options, sourceCode)?.find((entry) => entry.key === 'fromObject') : undefined;
  if (fromObject) collectPayload(fromObject.value, sourceCode, prefix, out, depth + 1);
  for (const set of sets.reverse()) {
    const [keyNode, value] = set.arguments;
    if (!keyNode || keyNode.type === AST_NODE_TYPES.SpreadElement) continue;
    const key = staticString(keyNode, sourceCode);
    if (key === null) continue;
    out.push({ path: [...prefix, ...splitBracketKey(key)], keyNode, value: value && value.type !== AST_NODE_TYPES.SpreadElement ? value : null });
  }
  return true;
}

/** `params.append('card[number]', n)` / `.set(...)` on a `const params = new URLSearchParams()` / `new FormData()`. */
function collectAppends(original: Node, construction: TSESTree.NewExpression, sourceCode: SourceCode, prefix: string[], out: PayloadField[]): void {
  const declarator = construction.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return;
  if (original.type !== AST_NODE_TYPES.Identifier && original !== construction) return;
  const variable = variableOf(declarator.id, sourceCode);
  if (!variable) return;
  for (const ref of variable.references) {
    const member = ref.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== ref.identifier) continue;
    const field = appendedField(member, prefix, sourceCode);
    if (field) out.push(field);
  }
}

/**
 * The field a `.append(key, value)` / `.set(…)` call made through `member` writes (on form data, URL parameters), under
 * `prefix`; null for another member or call, or a key not written statically.
 */
function appendedField(member: TSESTree.MemberExpression, prefix: readonly string[], sourceCode: SourceCode): PayloadField | null {
  const method = memberName(member);
  const call = member.parent;
  if ((method !== 'append' && method !== 'set') || call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return null;
  const [keyNode, value] = call.arguments;
  const key = keyNode && keyNode.type !== AST_NODE_TYPES.SpreadElement ? staticString(keyNode, sourceCode) : null;
  if (key === null) return null;
  return { path: [...prefix, ...splitBracketKey(key)], keyNode: keyNode!, value: value && value.type !== AST_NODE_TYPES.SpreadElement ? value : null };
}

/** The object whose text `node` reads as a URL object's is read (`url` of `url.toString()`, `url.href`), else null. */
export function objectWhoseTextIsRead(node: Node): Node | null {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.CallExpression) {
    const callee = target.arguments.length === 0 ? unwrap(target.callee) : null;
    return callee?.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'toString' ? callee.object : null;
  }
  return target.type === AST_NODE_TYPES.MemberExpression && memberName(target) === 'href' ? target.object : null;
}

/**
 * The fields set on a URL object's query string after it is made (frequency study 292: card fields appended to a GET
 * request's URL): `url.searchParams.append('cvv', cvv)` / `.set(…)` on the `const url = new URL(…)` that `node` names
 * (also as `url.href`, `url.toString()`), each at its key. Empty for anything else.
 */
export function urlObjectQueryFields(node: Node, sourceCode: SourceCode): PayloadField[] {
  const target = unwrap(objectWhoseTextIsRead(node) ?? node);
  if (target.type !== AST_NODE_TYPES.Identifier) return [];
  const variable = variableOf(target, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Variable' || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init || !isNeverReassigned(variable!)) return [];
  const made = unwrap(def.node.init);
  if (made.type !== AST_NODE_TYPES.NewExpression || made.callee.type !== AST_NODE_TYPES.Identifier || made.callee.name !== 'URL') return [];
  const out: PayloadField[] = [];
  for (const ref of variable!.references) {
    const params = ref.identifier.parent;
    if (params?.type !== AST_NODE_TYPES.MemberExpression || params.object !== ref.identifier || memberName(params) !== 'searchParams') continue;
    const member = params.parent;
    const field = member?.type === AST_NODE_TYPES.MemberExpression && member.object === params ? appendedField(member, [], sourceCode) : null;
    if (field) out.push(field);
  }
  return out;
}

const HOLE = '\u0000';

/** Static text and computed values of a template or a `+` chain, in order (a value: its expression). */
function textSequence(node: Node, out: Array<string | Node> = []): Array<string | Node> {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.TemplateLiteral) {
    target.quasis.forEach((quasi, i) => {
      out.push(quasi.value.cooked ?? quasi.value.raw);
      const expression = target.expressions[i];
      if (expression) out.push(expression);
    });
  } else if (target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+') {
    textSequence(target.left, out);
    textSequence(target.right, out);
  } else if (target.type === AST_NODE_TYPES.Literal && typeof target.value === 'string') {
    out.push(target.value);
  } else out.push(target);
  return out;
}

/** HTML's elements of text formatting, as written in HTML (lower case). */
const HTML_TEXT_TAGS: ReadonlySet<string> = new Set(['b', 'i', 'u', 's', 'em', 'strong', 'code', 'pre', 'span', 'tt', 'kbd', 'mark', 'small', 'sub', 'sup', 'p', 'div', 'td', 'th', 'li', 'a', 'font', 'del', 'ins']);

/** An XML element's start tag at the end of a text (`<cardNumber>`, `<ns:cvv attr="x">`): its local name. */
const XML_OPEN_AT_END = /<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)(?:\s[^<>]*)?>\s*$/;

/**
 * The elements of an XML or SOAP body written as a template or a `+` chain whose content is one computed value
 * (`<cardNumber>${p.card_number}</cardNumber>`): the element's local name as the key, the value where it is written
 * (real-world batch 99: MOTO gateways' SOAP requests).
 */
function xmlFields(node: Node, prefix: readonly string[]): PayloadField[] {
  const sequence = textSequence(node);
  const out: PayloadField[] = [];
  for (let i = 1; i + 1 < sequence.length; i++) {
    const value = sequence[i]!;
    const before = sequence[i - 1];
    const after = sequence[i + 1];
    if (typeof value === 'string' || typeof before !== 'string' || typeof after !== 'string') continue;
    const name = XML_OPEN_AT_END.exec(before)?.[1];
    // HTML's text formatting (`<code>${card.cvc}</code>` in a chat message sent as HTML; real-world batch 336) names no
    // field: the value is named by its own path (`card.cvc`), where it has one.
    if (name !== undefined && HTML_TEXT_TAGS.has(name)) {
      const own = nameSegments(value);
      if (own) out.push({ path: [...prefix, ...own], keyNode: value, value });
      continue;
    }
    if (name === undefined || !new RegExp(`^\\s*</(?:[A-Za-z_][\\w.-]*:)?${name.replace(/[.-]/g, '\\$&')}\\s*>`).test(after)) continue;
    out.push({ path: [...prefix, name], keyNode: value, value });
  }
  return out;
}

/** Static text of a string / template / `+` chain with unknown parts replaced by a hole marker. */
function formText(node: Node, sourceCode: SourceCode): string | null {
  const known = staticString(node, sourceCode);
  if (known !== null) return known;
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.TemplateLiteral) {
    return target.quasis.map((q) => q.value.cooked ?? q.value.raw).join(HOLE);
  }
  if (target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+') {
    const left = formText(target.left, sourceCode) ?? HOLE;
    const right = formText(target.right, sourceCode) ?? HOLE;
    return left + right;
  }
  return null;
}

/**
 * The fields a URL's query string carries (`/pay?cardNumber=${n}&cvv=${c}`), each reported at `node` (the URL
 * expression): the keys after the first `?` before the fragment (`#`, never sent) of the URL's text. Where no `?` is
 * written, it may sit in an unknown part (`${base}cardnumber=${n}&cvv=${c}`): the whole text is read, and a path
 * segment never gives a key (a key has no `/`, and none after an unknown part). Only keys whose value is computed
 * count, each with the expression written as its value where the URL is a template or a concatenation (so that a BIN,
 * a last4 or a count is told from a card number); a value written in the URL itself is no card the user typed.
 */
export function urlQueryFields(url: string, node: Node, sourceCode: SourceCode): PayloadField[] {
  const hash = url.indexOf('#');
  const sent = hash < 0 ? url : url.slice(0, hash);
  const query = sent.slice(sent.indexOf('?') + 1);
  const values = queryValueNodes(node, sourceCode);
  const fields: PayloadField[] = [];
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0 || !pair.includes(HOLE, eq)) continue;
    const key = formKey(pair.slice(0, eq).replace(/^\?/, ''));
    if (key === null) continue;
    const value = values.get(key) ?? null;
    // An object serialised and encoded into the parameter (`?token=' + btoa(JSON.stringify({ cardNumber, cvv }))`, also
    // held in a const first): its fields under the key, as in a body (real-world batch 331).
    const held = value === null ? null : resolveValue(value, sourceCode);
    const encoded = held?.type === AST_NODE_TYPES.AwaitExpression ? unwrap(held.argument) : held; // jose's `await new SignJWT(…).sign(key)`
    if (encoded !== null && isSerialised(encoded, sourceCode)) collectPayload(encoded, sourceCode, splitBracketKey(key), fields, 1);
    else fields.push({ path: splitBracketKey(key), keyNode: node, value });
  }
  return fields;
}

/** A URL template's or concatenation's pieces in order: its known texts, and the expressions it computes (consts followed). */
function urlPieces(node: Node, sourceCode: SourceCode): (string | Node)[] {
  const pieces: (string | Node)[] = [];
  const flatten = (part: Node, depth: number): void => {
    const known = staticString(part, sourceCode);
    if (known !== null) {
      if (known !== '') pieces.push(known);
      return;
    }
    const target = unwrap(part);
    if (depth < MAX_DEPTH && target.type === AST_NODE_TYPES.TemplateLiteral) {
      target.quasis.forEach((quasi, i) => {
        const text = quasi.value.cooked ?? quasi.value.raw;
        if (text !== '') pieces.push(text);
        const expression = target.expressions[i];
        if (expression) flatten(expression, depth + 1);
      });
    } else if (depth < MAX_DEPTH && target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+') {
      flatten(target.left, depth + 1);
      flatten(target.right, depth + 1);
    } else {
      pieces.push(target);
    }
  };
  flatten(resolveValue(node, sourceCode), 0);
  return pieces;
}

/**
 * The encoded forms a URL appends as its query string, or as a part of it (`'/pay?' + new URLSearchParams(card)`,
 * `` `/pay?id=${id}&${qs.stringify(card)}` ``, `params.toString()` of a const): each right after the `?` or a `&`.
 * `payloadFields` reads their fields.
 */
export function urlQueryEncodings(node: Node, sourceCode: SourceCode): Node[] {
  const pieces = urlPieces(node, sourceCode);
  const encodings: Node[] = [];
  for (let i = 1; i < pieces.length; i++) {
    const [before, piece] = [pieces[i - 1], pieces[i]!];
    if (typeof before !== 'string' || typeof piece === 'string' || !/[?&]$/.test(before)) continue;
    if (isFormEncoding(piece, sourceCode)) encodings.push(piece);
  }
  return encodings;
}

/** `new URLSearchParams(…)`, `qs.stringify(…)` / `querystring.stringify(…)`, or `.toString()` of one, through consts. */
function isFormEncoding(node: Node, sourceCode: SourceCode, depth = 0): boolean {
  const target = resolveValue(node, sourceCode);
  if (formConstructorName(target) === 'URLSearchParams') return true;
  if (target.type !== AST_NODE_TYPES.CallExpression || depth > 1) return false;
  const callee = unwrap(target.callee);
  if (isQueryStringStringify(callee, sourceCode)) return true;
  return callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'toString' && target.arguments.length === 0 && isFormEncoding(callee.object, sourceCode, depth + 1);
}

/**
 * The expression written right after `key=` in a URL template or concatenation, as the whole value of its parameter
 * (`?cardNumber=${n}&…`), by key.
 */
function queryValueNodes(node: Node, sourceCode: SourceCode): Map<string, Node> {
  const pieces = urlPieces(node, sourceCode);
  const values = new Map<string, Node>();
  for (let i = 1; i < pieces.length; i++) {
    const [before, value, after = ''] = [pieces[i - 1], pieces[i]!, pieces[i + 1]];
    // The expression is the parameter's whole value: a key and `=` right before it, the URL's end, `&` or `#` after it.
    if (typeof before !== 'string' || typeof value === 'string' || typeof after !== 'string' || !/^(?:$|[&#])/.test(after)) continue;
    const raw = /(?:^|[?&])([^?&=]+)=$/.exec(before)?.[1];
    const key = raw === undefined ? null : formKey(raw);
    if (key !== null) values.set(key, value);
  }
  return values;
}

/** A form key as written (`card%5Bcvc%5D`), decoded, if it can name a field (`card[cvc]`); null for a hole or a path. */
function formKey(raw: string): string | null {
  if (raw.includes(HOLE)) return null;
  let key = raw;
  try {
    key = decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    // keep the raw key
  }
  return /^[\w.[\]-]+$/.test(key) ? key : null;
}

/** Keys of an `application/x-www-form-urlencoded` string: `card[number]=…&card[cvc]=…`. Holes end a key. */
function formKeys(text: string): string[] {
  if (!text.includes('=')) return [];
  const keys: string[] = [];
  for (const pair of text.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const key = formKey(pair.slice(0, eq).replace(/^\?/, ''));
    if (key !== null) keys.push(key);
  }
  return keys;
}
