/**
 * Elements built with the DOM API and the attributes the same file gives them:
 *
 * ```js
 * const input = document.createElement('input');
 * input.name = 'cardnumber';                       // property write
 * input.setAttribute('autocomplete', 'cc-number'); // setAttribute
 * input.dataset.stripe = 'number';                 // data-* through dataset
 * Object.assign(input, { placeholder: 'CVC' });    // Object.assign
 * ```
 *
 * Provable only when the element is held in a variable that is never reassigned (or built inline inside
 * `Object.assign(document.createElement(tag), {...})`). Writes whose attribute name is not static are kept as
 * unknown entries (`name: null`), so a caller can refuse to trust what came before them.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { classMemberName, fieldWrites, isObjectAssign, memberName, staticString, unwrap, writtenName } from './values.js';
import { enclosingClassBody, forEachNode } from './ast.js';
import { staticTextPieces } from './static-text.js';
import { textFinder } from './text-search.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

export interface AttributeWrite {
  /** Attribute name (`name`, `autocomplete`, `aria-label`, `data-stripe`…); null when not static. */
  name: string | null;
  /** Static value, or null. */
  value: string | null;
  /** The write: an assignment, a `setAttribute` call, the property inside `Object.assign`, a value given to jQuery's `.attr()`. */
  node: Node;
}

/**
 * Does `text` contain `createElement` (what every DOM-built or `React.createElement` element is made with, written
 * plainly)? The answer of `text.includes('createElement')`, found from its rare capital `E` (`textFinder`).
 */
export const mentionsCreateElement = textFinder(['createElement'], { everyFile: true });

/** `X.createElement('tag')` with a single static argument (the DOM form; React's takes props as well): the tag. */
export function domCreatedTag(call: TSESTree.CallExpression, sourceCode: SourceCode): string | null {
  if (call.arguments.length !== 1) return null;
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== 'createElement') return null;
  const tag = staticTextPieces(call.arguments[0]!, sourceCode);
  return tag?.complete ? tag.text.toLowerCase() : null;
}

/** DOM property → attribute: `autocomplete`, `ariaLabel` → `aria-label`, `htmlFor` → `for`; others as written. */
function propertyToAttribute(property: string): string {
  if (property === 'ariaLabel') return 'aria-label';
  if (property === 'htmlFor') return 'for';
  return property;
}

/** `dataset.fooBar` → `data-foo-bar`. */
const datasetAttribute = (key: string): string => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

function staticText(node: Node, sourceCode: SourceCode): string | null {
  const pieces = staticTextPieces(node, sourceCode);
  return pieces?.complete ? pieces.text : null;
}

function objectAssignWrites(object: Node, sourceCode: SourceCode, out: AttributeWrite[]): void {
  const target = unwrap(object);
  if (target.type !== AST_NODE_TYPES.ObjectExpression) {
    out.push({ name: null, value: null, node: object });
    return;
  }
  for (const prop of target.properties) {
    if (prop.type !== AST_NODE_TYPES.Property || prop.kind !== 'init') {
      out.push({ name: null, value: null, node: prop });
      continue;
    }
    const key = prop.computed
      ? staticText(prop.key, sourceCode)
      : prop.key.type === AST_NODE_TYPES.Identifier
        ? prop.key.name
        : prop.key.type === AST_NODE_TYPES.Literal
          ? String(prop.key.value)
          : null;
    out.push({ name: key === null ? null : propertyToAttribute(key), value: staticText(prop.value, sourceCode), node: prop });
  }
}

/**
 * jQuery methods that return the set they are called on, so that a call chained after them still works on the element
 * made (`$('<input>').addClass('form-control').attr('name', 'cvc')`). A chain through any other method (`.parent()`,
 * `.find()`, a plugin's) is not followed.
 */
const JQUERY_SAME_SET_METHODS: ReadonlySet<string> = new Set([
  'attr', 'prop', 'removeAttr', 'addClass', 'removeClass', 'toggleClass', 'css', 'val', 'text', 'data', 'on', 'off', 'one', 'trigger',
  'appendTo', 'prependTo', 'insertAfter', 'insertBefore', 'append', 'prepend', 'after', 'before', 'show', 'hide',
]);

/**
 * The attribute writes to the element a jQuery factory call makes (`created`, `$('<input>', …)`): the attributes
 * object it is given (`attributes`, for a single tag), then `.attr(…)` / `.prop(…)` / `.removeAttr(…)` calls chained on
 * its result, in order (`$('<input/>').attr({ name: 'card_number' })`, `.attr('name', 'cvc')`). Calls on a variable
 * holding it are not followed.
 */
export function jqueryElementWrites(created: TSESTree.CallExpression, attributes: Node | undefined, sourceCode: SourceCode): AttributeWrite[] {
  const out: AttributeWrite[] = [];
  if (attributes && attributes.type !== AST_NODE_TYPES.SpreadElement) objectAssignWrites(attributes, sourceCode, out);
  for (let expr: Node = outerWrapped(created); ; ) {
    const member = expr.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== expr) break;
    const call = member.parent;
    const method = memberName(member);
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member || method === null || !JQUERY_SAME_SET_METHODS.has(method)) break;
    const [name, value] = call.arguments;
    if (method === 'attr' || method === 'prop' || method === 'removeAttr') {
      if (!name || name.type === AST_NODE_TYPES.SpreadElement) break;
      const written = staticText(name, sourceCode);
      // (Placed at the value written, or the name removed: the call's node spans the whole chain before it.)
      if (method === 'removeAttr') out.push({ name: written, value: null, node: name });
      else if (value && value.type !== AST_NODE_TYPES.SpreadElement) out.push({ name: written === null ? null : propertyToAttribute(written), value: staticText(value, sourceCode), node: value });
      // One argument: an object of writes, or a name whose value is read (`.attr('name')`: no longer the element).
      else if (written === null) objectAssignWrites(name, sourceCode, out);
      else break;
    }
    expr = outerWrapped(call);
  }
  return out;
}

/** One use of the element (`use` is the expression that evaluates to it): the attribute writes it performs. */
function writesAt(use: Node, sourceCode: SourceCode, out: AttributeWrite[]): void {
  const expr = outerWrapped(use);
  const parent = expr.parent;
  if (!parent) return;
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === expr && isObjectAssign(parent)) {
    for (const source of parent.arguments.slice(1)) objectAssignWrites(source, sourceCode, out);
    return;
  }
  if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== expr) return;
  const property = memberName(parent);
  const grand = parent.parent;
  if (property === 'setAttribute' && grand?.type === AST_NODE_TYPES.CallExpression && grand.callee === parent) {
    const [name, value] = grand.arguments;
    if (!name || !value) return;
    const attribute = staticText(name, sourceCode);
    out.push({ name: attribute, value: staticText(value, sourceCode), node: grand });
    return;
  }
  if (property === 'dataset' && grand?.type === AST_NODE_TYPES.MemberExpression && grand.object === parent) {
    const key = memberName(grand);
    const assignment = grand.parent;
    if (assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.left === grand && assignment.operator === '=') {
      out.push({ name: key === null ? null : datasetAttribute(key), value: staticText(assignment.right, sourceCode), node: assignment });
    }
    return;
  }
  if (grand?.type === AST_NODE_TYPES.AssignmentExpression && grand.left === parent && grand.operator === '=') {
    out.push({ name: property === null ? null : propertyToAttribute(property), value: staticText(grand.right, sourceCode), node: grand });
  }
}

/** The outermost `x!` / `x as T` around an expression (what its parent sees). */
function outerWrapped(node: Node): Node {
  let expr = node;
  while (expr.parent && (expr.parent.type === AST_NODE_TYPES.TSNonNullExpression || expr.parent.type === AST_NODE_TYPES.TSAsExpression)) {
    expr = expr.parent;
  }
  return expr;
}

/**
 * The attribute writes to the element that `element` evaluates to (a `createElement` call), in source order; null
 * when the element does not stay in a never-reassigned variable or an inline `Object.assign`, so its attributes
 * cannot be followed.
 */
export function domElementWrites(element: Node, sourceCode: SourceCode): AttributeWrite[] | null {
  const expr = outerWrapped(element);
  const parent = expr.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === expr && isObjectAssign(parent)) {
    const out: AttributeWrite[] = [];
    for (const source of parent.arguments.slice(1)) objectAssignWrites(source, sourceCode, out);
    // Object.assign returns the element: `const el = Object.assign(document.createElement('input'), {...})`.
    return [...out, ...(domElementWrites(parent, sourceCode) ?? [])];
  }
  // A field of the instance it is made for, set once (`inputElement = document.createElement('input')`, or
  // `this.input = …` in the constructor): its writes through `this` anywhere in the class (real-world batch EW: a
  // custom element's card-number input).
  const field = instanceField(expr, parent);
  if (field) {
    const uses: TSESTree.MemberExpression[] = [];
    forEachNode(field.body, sourceCode, (node) => {
      if (
        node.type === AST_NODE_TYPES.MemberExpression &&
        node !== field.assigned &&
        !node.computed &&
        memberName(node) === field.name &&
        unwrap(node.object).type === AST_NODE_TYPES.ThisExpression
      ) {
        uses.push(node);
      }
    });
    // Set once, by this element: the class writes no other value to the field.
    if (uses.length === 0 || fieldWrites(uses[0]!, sourceCode).length !== 1) return null;
    const out: AttributeWrite[] = [];
    for (const use of uses) writesAt(use, sourceCode, out);
    return out.sort((a, b) => a.node.range[0] - b.node.range[0]);
  }
  if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== expr || parent.id.type !== AST_NODE_TYPES.Identifier) {
    return null;
  }
  const name = parent.id.name;
  const variable = sourceCode.getDeclaredVariables(parent).find((v) => v.name === name);
  if (!variable || !variable.references.every((ref) => ref.init === true || !ref.isWrite())) return null;
  const out: AttributeWrite[] = [];
  for (const ref of variable.references) {
    if (!ref.init) writesAt(ref.identifier, sourceCode, out);
  }
  return out.sort((a, b) => a.node.range[0] - b.node.range[0]);
}

/**
 * The instance field an element is made for: a class field's initialiser (`input = document.createElement('input')`)
 * or `this.input = document.createElement('input')` in a method; its name, its class body, and the member written.
 */
function instanceField(expr: Node, parent: Node | undefined): { name: string; body: TSESTree.ClassBody; assigned: Node | null } | null {
  // Private fields too, by their `#` names (`#input = document.createElement('input')`).
  if (parent?.type === AST_NODE_TYPES.PropertyDefinition && parent.value === expr && !parent.static) {
    const name = classMemberName(parent);
    return name !== null && parent.parent.type === AST_NODE_TYPES.ClassBody ? { name, body: parent.parent, assigned: null } : null;
  }
  if (parent?.type !== AST_NODE_TYPES.AssignmentExpression || parent.right !== expr || parent.operator !== '=') return null;
  const left = parent.left;
  const name = left.type === AST_NODE_TYPES.MemberExpression && !left.computed && unwrap(left.object).type === AST_NODE_TYPES.ThisExpression ? memberName(left) : null;
  const body = name === null ? null : enclosingClassBody(left);
  return body && name !== null ? { name, body, assigned: left } : null;
}

/** DOM / jQuery lookups whose argument names the field: `getElementById('cvc')`, `$('#card-number')`. */
const DOM_LOOKUPS = new Set(['getElementById', 'querySelector', 'namedItem', '$', 'jQuery']);

/**
 * The field name a DOM lookup targets: `document.getElementById('cvc')` → cvc, `form.elements.namedItem('cvc')` → cvc,
 * `$('#checkout .cc-number')` / `querySelector('input[name="card_number"]')` → the last element's name, id or class
 * (`selectorFieldName`).
 */
export function domLookupName(call: TSESTree.CallExpression, sourceCode: SourceCode): string | null {
  const callee = unwrap(call.callee);
  const name = writtenName(callee, sourceCode);
  const arg = call.arguments[0];
  if (name === null || !DOM_LOOKUPS.has(name) || !arg) return null;
  const text = staticString(arg, sourceCode);
  if (text === null) return null;
  return name === 'getElementById' || name === 'namedItem' ? text : selectorFieldName(text);
}

/** The field a CSS selector's last element names: its `[name=…]`, else its id, else its last class; null for none. */
export function selectorFieldName(selector: string): string | null {
  const last = selector.trim().split(/\s*[\s>+~,]\s*/).pop() ?? '';
  const byName = /\[name\s*=\s*["']?([^"'\]]+)/.exec(last);
  if (byName) return byName[1]!;
  const id = /#([\w-]+)/.exec(last);
  if (id) return id[1]!;
  const classes = [...last.matchAll(/\.([\w-]+)/g)];
  return classes.length > 0 ? classes[classes.length - 1]![1]! : null;
}
