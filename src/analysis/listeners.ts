/**
 * Event listeners and the field each one listens on, so that what a listener reads off its element (`this.value`,
 * `event.target.value`, `$(this).val()`) is known as that field's content:
 *
 * ```js
 * $('#cvc').on('blur', function () { … this.value … });            // jQuery: on / one / bind, and the shorthands
 * $('.card-number').keyup(function () { … $(this).val() … });      //   (keyup, change, blur, input, paste…)
 * $(document).on('input', '#card-number', function (e) { … });     // a delegated handler: the selector's element
 * cvcInput.addEventListener('input', (e) => … e.target.value …);   // the DOM, `cvcInput` a const holding a lookup
 * cvcInput.oninput = function () { … };                             // a handler property
 * <input name="cvc" onChange={(e) => … e.currentTarget.value …} />  // JSX: the element's static `name`, else `id`
 * function onCvc(e) { … }  cvcInput.addEventListener('input', onCvc) // a function of this file registered by name,
 * <input name="cvc" onChange={this.handleChange} />                 //   or a class's member read as `this.name`
 * ```
 *
 * A handler registered on several fields (`onChange={handleChange}` on every input of a form) reads each in turn.
 *
 * The element is known only by a field name: a DOM lookup's (`document.getElementById('cvc')`, `$('#cvc')`, a const
 * holding one), a delegated selector's, a JSX element's. Anything else names nothing: a Stripe Element's
 * `on('change')` (its event carries no value), a socket's `on('message')`, an element of a list (`inputs.forEach(…)`).
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { declaredIdentifier, EQUALITY_OPERATORS, forEachNode, isFunctionNode, thisScope, type FunctionNode } from './ast.js';
import { domLookupName, selectorFieldName } from './dom-elements.js';
import { jsxAttributeName, jsxAttributeNamed, jsxAttributeValue } from './jsx.js';
import { memberName, resolveValue, staticString, unwrap, variableOf } from './values.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** jQuery's binding methods: `.on(type, [selector], [data], fn)`; `.delegate(selector, type, fn)` names the selector first. */
const JQUERY_BINDERS = new Set(['on', 'one', 'bind']);
/** jQuery's shorthands for the events a text field's value is read in: `.keyup(fn)`, `.change(fn)`. */
const JQUERY_SHORTHANDS = new Set(['keyup', 'keydown', 'keypress', 'input', 'change', 'blur', 'focusout', 'paste']);
/** Handler properties of the same events: `input.oninput = fn`. */
const HANDLER_PROPERTIES = new Set(['oninput', 'onchange', 'onkeyup', 'onkeydown', 'onkeypress', 'onblur', 'onfocusout', 'onpaste']);
/** The members of an event that are the element it fired on. */
const EVENT_ELEMENTS = new Set(['target', 'currentTarget']);
const JQUERY = new Set(['$', 'jQuery']);
const MAX_DEPTH = 4;

/**
 * The fields whose element `node` is inside a listener bound to them: `this` (in the listener itself, or an arrow
 * within it), `event.target` / `event.currentTarget` (the listener's first parameter), either wrapped by jQuery
 * (`$(this)`, `jQuery(e.target)`), or destructured from the event (`({ target }) => …`). A handler of this file bound
 * to several fields by name (`onChange={handleChange}` on each input of a form) reads each of them in turn. Empty for
 * anything else, and for a listener whose element names no field.
 */
export function listenedFields(node: Node, sourceCode: SourceCode): readonly string[] {
  let target = unwrap(node);
  if (target.type === AST_NODE_TYPES.CallExpression && target.arguments.length === 1) {
    const callee = unwrap(target.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier || !JQUERY.has(callee.name)) return NONE;
    target = unwrap(target.arguments[0]!);
  }
  if (target.type === AST_NODE_TYPES.ThisExpression) {
    const fn = thisBinder(target);
    return fn ? fieldsListenedBy(fn, sourceCode, true) : NONE;
  }
  // `({ target }) => … target.value`: the event's element destructured in the parameter.
  if (target.type === AST_NODE_TYPES.Identifier) {
    const def = parameterDef(target, sourceCode);
    const pattern = def?.node.params[0];
    if (!def || pattern?.type !== AST_NODE_TYPES.ObjectPattern) return NONE;
    const destructured = pattern.properties.some(
      (p) => p.type === AST_NODE_TYPES.Property && p.value === def.name && !p.computed && p.key.type === AST_NODE_TYPES.Identifier && EVENT_ELEMENTS.has(p.key.name),
    );
    return destructured ? fieldsListenedBy(def.node, sourceCode, false) : NONE;
  }
  if (target.type !== AST_NODE_TYPES.MemberExpression || !EVENT_ELEMENTS.has(memberName(target, sourceCode) ?? '')) return NONE;
  const event = unwrap(target.object);
  const def = event.type === AST_NODE_TYPES.Identifier ? parameterDef(event, sourceCode) : null;
  return def && def.node.params[0] === def.name ? fieldsListenedBy(def.node, sourceCode, false) : NONE;
}

const NONE: readonly string[] = [];

/** The definition of a function's parameter that `id` refers to, with its function; null for anything else. */
function parameterDef(id: TSESTree.Identifier, sourceCode: SourceCode): { node: FunctionNode; name: Node } | null {
  const variable = variableOf(id, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0]! : null;
  return def?.type === 'Parameter' && isFunctionNode(def.node) ? { node: def.node, name: def.name } : null;
}

/**
 * The function whose `this` a `this` is: the nearest enclosing non-arrow function; null inside a class field or block,
 * and in a class's method, whose `this` is the instance.
 */
function thisBinder(node: TSESTree.ThisExpression): FunctionNode | null {
  const scope = thisScope(node);
  return scope && isFunctionNode(scope) && scope.parent?.type !== AST_NODE_TYPES.MethodDefinition ? scope : null;
}

const listenedByEvent = new WeakMap<FunctionNode, readonly string[]>();
const listenedByThis = new WeakMap<FunctionNode, readonly string[]>();

/**
 * The fields a listener function listens on: where it is written as the listener, or, for a function of this file
 * (a function or const, a class's method or field read as `this.handle`), wherever a use of its name registers it.
 * `viaThis`: for what `this` is, which a JSX handler (React calls it without one) and a bound function
 * (`this.onInput.bind(this)`) do not make the element. Memoised.
 */
function fieldsListenedBy(fn: FunctionNode, sourceCode: SourceCode, viaThis: boolean): readonly string[] {
  const memo = viaThis ? listenedByThis : listenedByEvent;
  let fields = memo.get(fn);
  if (fields === undefined) {
    const found = new Set<string>();
    const direct = registeredField(fn, sourceCode, viaThis);
    if (direct !== null) found.add(direct);
    else for (const use of namedUses(fn, sourceCode)) {
      const field = registeredField(viaThis ? use : boundCall(use), sourceCode, viaThis);
      if (field !== null) found.add(field);
    }
    // (The body is walked only for a listener that names a field.)
    fields = found.size > 0 && !comparesToOption(fn, sourceCode) ? [...found] : NONE;
    memo.set(fn, fields);
  }
  return fields;
}

/**
 * Does a listener compare what its element holds with an option's value (`if (this.value === "-1")`, `e.target.value
 * == 'new'`)? Then the element is a chooser (a `<select>` of saved cards, real-world batch ED), whatever its name: no
 * card number or code is compared with such a value. An empty text (`this.value === ''`) and digits (a test card) are
 * what a text field is compared with too, and say nothing.
 */
function comparesToOption(fn: FunctionNode, sourceCode: SourceCode): boolean {
  let found = false;
  forEachNode(fn.body, sourceCode, (node) => {
    if (node.type !== AST_NODE_TYPES.BinaryExpression || !EQUALITY_OPERATORS.has(node.operator)) return false;
    const [read, other] = isOptionValue(node.right) ? [node.left, node.right] : isOptionValue(node.left) ? [node.right, node.left] : [null, null];
    found = read !== null && other !== null && readsElementValue(read as Node, sourceCode);
    return found;
  });
  return found;
}

/** A literal an option of a `<select>` has and no card field does: `'-1'`, `'new'`, `0`; not `''` nor digits. */
function isOptionValue(node: Node): boolean {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.UnaryExpression && target.operator === '-') return unwrap(target.argument).type === AST_NODE_TYPES.Literal;
  if (target.type !== AST_NODE_TYPES.Literal) return false;
  if (typeof target.value === 'number') return target.value < 100;
  return typeof target.value === 'string' && target.value.trim() !== '' && !/^\d{3,}$/.test(target.value.trim());
}

/** `this.value`, `e.target.value`, `$(this).val()`: a read of the element's value by a listener. */
function readsElementValue(node: Node, sourceCode: SourceCode): boolean {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.MemberExpression && memberName(target, sourceCode) === 'value') {
    const object = unwrap(target.object);
    return object.type === AST_NODE_TYPES.ThisExpression || (object.type === AST_NODE_TYPES.MemberExpression && EVENT_ELEMENTS.has(memberName(object, sourceCode) ?? ''));
  }
  if (target.type !== AST_NODE_TYPES.CallExpression || target.callee.type !== AST_NODE_TYPES.MemberExpression || memberName(target.callee, sourceCode) !== 'val') return false;
  const wrapped = unwrap(target.callee.object);
  return wrapped.type === AST_NODE_TYPES.CallExpression && wrapped.arguments.length === 1 && unwrap(wrapped.arguments[0]!).type === AST_NODE_TYPES.ThisExpression;
}

/** Where a function of this file is used by name: its variable's references, or a class member's `this.name` reads. */
function namedUses(fn: FunctionNode, sourceCode: SourceCode): Node[] {
  const id = declaredIdentifier(fn);
  if (id) return (variableOf(id, sourceCode)?.references ?? []).filter((ref) => !ref.init).map((ref) => ref.identifier);
  const member = fn.parent;
  if ((member?.type !== AST_NODE_TYPES.PropertyDefinition && member?.type !== AST_NODE_TYPES.MethodDefinition) || member.value !== fn) return [];
  if (member.computed || member.static || member.key.type !== AST_NODE_TYPES.Identifier) return [];
  return thisMembers(member.parent, sourceCode).get(member.key.name) ?? [];
}

const classMembers = new WeakMap<TSESTree.ClassBody, Map<string, Node[]>>();

/** Every `this.name` read in a class body, by name. Memoised per class. */
function thisMembers(body: TSESTree.ClassBody, sourceCode: SourceCode): Map<string, Node[]> {
  let reads = classMembers.get(body);
  if (!reads) {
    const found = new Map<string, Node[]>();
    forEachNode(body, sourceCode, (node) => {
      if (node.type !== AST_NODE_TYPES.MemberExpression || node.computed || node.object.type !== AST_NODE_TYPES.ThisExpression) return;
      if (node.property.type !== AST_NODE_TYPES.Identifier) return;
      const list = found.get(node.property.name);
      if (list) list.push(node);
      else found.set(node.property.name, [node]);
    });
    reads = found;
    classMembers.set(body, reads);
  }
  return reads;
}

/** `handle.bind(this)` around a use of a function's name: the call, which is what is registered; else the use. */
function boundCall(use: Node): Node {
  const member = use.parent;
  const call = member?.parent;
  return member?.type === AST_NODE_TYPES.MemberExpression && member.object === use && memberName(member) === 'bind' && call?.type === AST_NODE_TYPES.CallExpression && call.callee === member
    ? call
    : use;
}

/**
 * The field `listener` (a function, a name of one, or a bound one) is registered on by its parent, or null. A JSX
 * handler's `this` is no element (`viaThis`).
 */
function registeredField(listener: Node, sourceCode: SourceCode, viaThis: boolean): string | null {
  const parent = listener.parent;
  if (!parent) return null;
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(listener as TSESTree.CallExpressionArgument)) {
    const callee = unwrap(parent.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
    const method = memberName(callee, sourceCode);
    const args = parent.arguments;
    const index = args.indexOf(listener as TSESTree.CallExpressionArgument);
    if (method === 'addEventListener') return index === 1 ? elementField(callee.object, sourceCode, 0) : null;
    if (method === 'delegate') return index === 2 ? staticSelectorField(args[0]!, sourceCode) : null;
    if (method !== null && JQUERY_SHORTHANDS.has(method)) return index === args.length - 1 ? elementField(callee.object, sourceCode, 0) : null;
    if (method === null || !JQUERY_BINDERS.has(method) || index === 0 || index !== args.length - 1) return null;
    // `.on(type, selector, fn)` delegates to the selector's element; `.on(type, fn)` and `.on(type, data, fn)` with
    // data that is no string listen on the receiver.
    const selector = index >= 2 ? staticString(args[1]!, sourceCode) : null;
    return selector !== null ? selectorFieldName(selector) : elementField(callee.object, sourceCode, 0);
  }
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === listener && parent.operator === '=') {
    const left = parent.left;
    return left.type === AST_NODE_TYPES.MemberExpression && HANDLER_PROPERTIES.has(memberName(left, sourceCode) ?? '') ? elementField(left.object, sourceCode, 0) : null;
  }
  if (!viaThis && parent.type === AST_NODE_TYPES.JSXExpressionContainer && parent.parent?.type === AST_NODE_TYPES.JSXAttribute) {
    const attribute = parent.parent;
    const opening = attribute.parent;
    if (opening?.type !== AST_NODE_TYPES.JSXOpeningElement || !/^on[A-Z]/.test(jsxAttributeName(attribute))) return null;
    for (const name of ['name', 'id']) {
      const value = jsxAttributeNamed(opening, name);
      const written = value ? jsxAttributeValue(value) : null;
      if (value) return written ? staticString(written, sourceCode) : null;
    }
  }
  return null;
}

function staticSelectorField(node: Node, sourceCode: SourceCode): string | null {
  const selector = staticString(node, sourceCode);
  return selector === null ? null : selectorFieldName(selector);
}

/** The field an element expression looks up: `$('#cvc')`, `document.querySelector('[name=cvc]')`, `$(input)`, a const of one. */
function elementField(node: Node, sourceCode: SourceCode, depth: number): string | null {
  const target = resolveValue(node, sourceCode);
  if (target.type !== AST_NODE_TYPES.CallExpression || depth > MAX_DEPTH) return null;
  const lookup = domLookupName(target, sourceCode);
  if (lookup !== null) return lookup;
  const callee = unwrap(target.callee);
  const [only] = target.arguments;
  if (callee.type !== AST_NODE_TYPES.Identifier || !JQUERY.has(callee.name) || target.arguments.length !== 1 || only!.type === AST_NODE_TYPES.SpreadElement) return null;
  return elementField(only!, sourceCode, depth + 1);
}
