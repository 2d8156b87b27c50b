/** JSX names and attribute values as plain strings / expressions, for rules that treat JSX like markup. */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { enclosingFunction, indexInSource, returnedValues, type FunctionNode } from './ast.js';
import { CAPTION_TAGS, captionText, INLINE_TEXT_TAGS, LABEL_WRAPPER_TAGS, LABELABLE_TAGS, MAX_LABEL_WRAPPERS } from './inputs.js';
import { importedAs } from './modules.js';
import { perFile } from './file-cache.js';
import { containsText } from './static-text.js';
import { calleeName, sameValueKey, staticValue, variableOf } from './values.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

type Node = TSESTree.Node;

/** JSX element name as written: `script`, `Script`, `Foo.Bar`, `svg:path`. */
export function jsxElementName(name: TSESTree.JSXTagNameExpression): string {
  switch (name.type) {
    case AST_NODE_TYPES.JSXIdentifier:
      return name.name;
    case AST_NODE_TYPES.JSXNamespacedName:
      return `${name.namespace.name}:${name.name.name}`;
    case AST_NODE_TYPES.JSXMemberExpression:
      return `${jsxElementName(name.object)}.${name.property.name}`;
  }
}

/**
 * A component's name as its module exports it, where the file imports it under another (real-world batch 271):
 * `<MuiTextField>` for `import { TextField as MuiTextField }` → `TextField`; `<M.TextField>` for a namespace import →
 * `TextField`; `<BootstrapForm.Control>` for `import { Form as BootstrapForm }` → `Form.Control`; a default import of a
 * module named for a component (`import TF from '@mui/material/TextField'`) → `TextField`. Null where the root is no
 * import, or the name is as written. Also for a component written as a value (Formik's `as={MuiTextField}`).
 */
export function importedComponentName(
  name: TSESTree.JSXTagNameExpression | TSESTree.Identifier | TSESTree.MemberExpression,
  sourceCode: SourceCode,
): string | null {
  const path: string[] = [];
  let root: Node = name;
  for (;;) {
    if (root.type === AST_NODE_TYPES.JSXMemberExpression) {
      path.unshift(root.property.name);
      root = root.object;
    } else if (root.type === AST_NODE_TYPES.MemberExpression && !root.computed && root.property.type === AST_NODE_TYPES.Identifier) {
      path.unshift(root.property.name);
      root = root.object;
    } else break;
  }
  if (root.type !== AST_NODE_TYPES.JSXIdentifier && root.type !== AST_NODE_TYPES.Identifier) return null;
  const imported = importedAs(root, sourceCode);
  if (imported === null) return null;
  let head: string | null = imported.name;
  if (head === '*') head = null;
  else if (head === 'default') {
    const last = imported.source.slice(imported.source.lastIndexOf('/') + 1);
    if (!/^[A-Z][\w$]*$/.test(last)) return null;
    head = last;
  }
  const canonical = [...(head === null ? [] : [head]), ...path].join('.');
  return canonical === '' || canonical === [root.name, ...path].join('.') ? null : canonical;
}

/** JSX attribute name as written: `src`, `data-stripe`, `xlink:href`. */
export function jsxAttributeName(attribute: TSESTree.JSXAttribute): string {
  return attribute.name.type === AST_NODE_TYPES.JSXIdentifier
    ? attribute.name.name
    : `${attribute.name.namespace.name}:${attribute.name.name.name}`;
}

/** The first attribute of an element named one of `names` (as `jsxAttributeName` writes them), if any. */
export function jsxAttributeNamed(opening: TSESTree.JSXOpeningElement, ...names: string[]): TSESTree.JSXAttribute | undefined {
  return opening.attributes.find((a): a is TSESTree.JSXAttribute => a.type === AST_NODE_TYPES.JSXAttribute && names.includes(jsxAttributeName(a)));
}

/** The value expression of a JSX attribute: the string literal, or the expression in `{…}`; null when absent / empty. */
export function jsxAttributeValue(attribute: TSESTree.JSXAttribute): Node | null {
  const value = attribute.value;
  if (!value) return null;
  if (value.type === AST_NODE_TYPES.JSXExpressionContainer) {
    return value.expression.type === AST_NODE_TYPES.JSXEmptyExpression ? null : value.expression;
  }
  return value;
}

/** The value of an element's attribute named `name`, when static (`editable={false}`: false; `as="select"`); else undefined. */
export function jsxStaticAttribute(opening: TSESTree.JSXOpeningElement, name: string, sourceCode: SourceCode): unknown {
  const attribute = jsxAttributeNamed(opening, name);
  const value = attribute ? jsxAttributeValue(attribute) : null;
  return value ? staticValue(value, sourceCode) : undefined;
}

/** A JSX child that is only blanks between elements (line breaks and indentation). */
const isBlankJsxText = (child: Node): boolean => child.type === AST_NODE_TYPES.JSXText && child.value.trim() === '';

/** Nodes through which JSX nests JSX without leaving the markup: children, `{…}`, `cond && <x/>`, `c ? <a/> : <b/>`. */
export const isJsxNesting = (node: Node): boolean =>
  node.type === AST_NODE_TYPES.JSXElement ||
  node.type === AST_NODE_TYPES.JSXFragment ||
  node.type === AST_NODE_TYPES.JSXExpressionContainer ||
  node.type === AST_NODE_TYPES.LogicalExpression ||
  node.type === AST_NODE_TYPES.ConditionalExpression;

/** The outermost JSX element or fragment around `node` (or `node` itself) reached through JSX nesting only. */
export function jsxTreeRoot(node: TSESTree.JSXElement | TSESTree.JSXFragment): TSESTree.JSXElement | TSESTree.JSXFragment {
  let root = node;
  for (let current: Node | undefined = node.parent; current && isJsxNesting(current); current = current.parent) {
    if (current.type === AST_NODE_TYPES.JSXElement || current.type === AST_NODE_TYPES.JSXFragment) root = current;
  }
  return root;
}

/**
 * The nearest enclosing JSX element named `name` (as written; or whose name `name` accepts), reached through JSX
 * nesting only; else null.
 */
export function enclosingJsxElement(node: Node, name: string | ((written: string) => boolean)): TSESTree.JSXElement | null {
  const accepts = typeof name === 'string' ? (written: string) => written === name : name;
  for (let current = node.parent; current && isJsxNesting(current); current = current.parent) {
    if (current.type === AST_NODE_TYPES.JSXElement && accepts(jsxElementName(current.openingElement.name))) return current;
  }
  return null;
}

/**
 * The JSX elements written inside `root` (not `root` itself), in source order, through JSX nesting only: not inside
 * mapped callbacks, variables or child components.
 */
export function jsxElementsWithin(root: TSESTree.JSXElement | TSESTree.JSXFragment): TSESTree.JSXElement[] {
  const found: TSESTree.JSXElement[] = [];
  const visit = (node: Node): void => {
    switch (node.type) {
      case AST_NODE_TYPES.JSXElement:
        found.push(node);
        node.children.forEach(visit);
        return;
      case AST_NODE_TYPES.JSXFragment:
        node.children.forEach(visit);
        return;
      case AST_NODE_TYPES.JSXExpressionContainer:
        visit(node.expression);
        return;
      case AST_NODE_TYPES.LogicalExpression:
        visit(node.right);
        return;
      case AST_NODE_TYPES.ConditionalExpression:
        visit(node.consequent);
        visit(node.alternate);
        return;
      default:
        return;
    }
  };
  root.children.forEach(visit);
  return found;
}

/** The static text of an element's children (`<label>Gift card number</label>`), nested elements' text included. */
function staticChildText(element: TSESTree.JSXElement): string {
  let text = '';
  for (const child of element.children) {
    if (child.type === AST_NODE_TYPES.JSXText) text += child.value;
    else if (child.type === AST_NODE_TYPES.JSXElement) text += ` ${staticChildText(child)} `;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The visible labels of an input element: the text of the `<label>` that wraps it, of the label written right before
 * it (`precedingLabel`), and of each `<label htmlFor>` (or `for`) naming its `id` (static, or the same binding: `attributeValueKey`) in the same JSX tree (the
 * outermost element reached through JSX nesting). With
 * `ownOnly`, a wrapping label counts only where the input is the one labelable element in it: the label's text is
 * then the input's own name.
 */
export function jsxLabelTexts(input: TSESTree.JSXElement, sourceCode: SourceCode, { ownOnly = false }: { ownOnly?: boolean } = {}): string[] {
  const texts: string[] = [];
  const wrapping = enclosingJsxElement(input, 'label');
  // (A spread on the label may give it a `for` that points elsewhere.)
  const own = (label: TSESTree.JSXElement): boolean =>
    labelablesWithin(label) === 1 && label.openingElement.attributes.every((a) => a.type === AST_NODE_TYPES.JSXAttribute);
  if (wrapping && (!ownOnly || own(wrapping))) texts.push(staticChildText(wrapping));
  let root: TSESTree.JSXElement | TSESTree.JSXFragment | null = null;
  for (let current: Node | undefined = input.parent; current && isJsxNesting(current); current = current.parent) {
    if (current.type === AST_NODE_TYPES.JSXElement || current.type === AST_NODE_TYPES.JSXFragment) root = current;
  }
  const before = precedingLabel(input, root);
  if (before) texts.push(staticChildText(before));
  texts.push(...jsxFieldGroupLabels(input, sourceCode));
  const id = attributeValueKey(jsxAttributeNamed(input.openingElement, 'id'), sourceCode);
  if (id !== null) {
    if (root) texts.push(...(labelsByTarget(root, sourceCode).get(id) ?? []));
    // An input a render prop returns (react-hook-form's `<Controller render={({ field }) => <input id="gc" {...field} />} />`):
    // its label may sit in the tree around the Controller (real-world batch FF).
    const outer = renderPropOwnerRoot(root ?? input);
    if (outer) texts.push(...(labelsByTarget(outer, sourceCode).get(id) ?? []));
  }
  // Where no label names it, nor holds it (a label's text is read as the label's, above), the caption written right
  // before it.
  const caption = texts.length === 0 && !wrapping ? precedingCaption(input) : null;
  if (caption !== null) texts.push(caption);
  return texts;
}

/**
 * The text written right before an input that captions it (markup.ts `markupCaption`): text in the same parent
 * (`Card number: <input />`), or a `div`, `span`, `p`… sibling that holds only text and inline formatting
 * (`<p>Card number</p> <input />`), short and no sentence (`captionText`). Null for anything else.
 */
function precedingCaption(input: TSESTree.JSXElement, isCaption: (element: TSESTree.JSXElement) => boolean = (element) => CAPTION_TAGS.has(jsxElementName(element.openingElement.name))): string | null {
  const parent = input.parent;
  if (parent.type !== AST_NODE_TYPES.JSXElement && parent.type !== AST_NODE_TYPES.JSXFragment) return null;
  const siblings = parent.children;
  for (let i = indexInSource(siblings, input) - 1; i >= 0; i--) {
    const sibling = siblings[i]!;
    if (sibling.type === AST_NODE_TYPES.JSXText) {
      if (sibling.value.trim() === '') continue;
      return captionText(sibling.value);
    }
    if (sibling.type !== AST_NODE_TYPES.JSXElement || !isCaption(sibling)) return null;
    const inline = (element: TSESTree.JSXElement): boolean =>
      element.children.every(
        (child) => child.type === AST_NODE_TYPES.JSXText || (child.type === AST_NODE_TYPES.JSXElement && INLINE_TEXT_TAGS.has(jsxElementName(child.openingElement.name)) && inline(child)),
      );
    return inline(sibling) ? captionText(staticChildText(sibling)) : null;
  }
  return null;
}

/** The modules whose `Text` a React Native screen captions its fields with. */
const NATIVE_TEXT_MODULES: ReadonlySet<string> = new Set(['react-native', 'react-native-paper', 'native-base']);

/**
 * The caption a React Native screen writes right before a text input: a `<Text>` of react-native (or React Native
 * Paper) that holds only text, its previous sibling (`<Text>CARD NUMBER</Text><TextInput … />`; real-world batch
 * 271), short and no sentence (`captionText`). Null for anything else.
 */
export function jsxNativeCaption(input: TSESTree.JSXElement, sourceCode: SourceCode): string | null {
  const isNative = (element: TSESTree.JSXElement, exported: string): boolean => {
    const name = element.openingElement.name;
    // (By what it imports, under any local name: `import { Text as NbText } from 'native-base'`.)
    if (name.type !== AST_NODE_TYPES.JSXIdentifier) return false;
    const imported = importedAs(name, sourceCode);
    return imported !== null && imported.name === exported && NATIVE_TEXT_MODULES.has(imported.source);
  };
  // The input alone in a react-native `View` (a styled box: `<Text>Card number</Text><View style={s.box}><TextInput
  // /></View>`; regression probe 273): the caption is the box's.
  const box = input.parent;
  const boxed =
    box.type === AST_NODE_TYPES.JSXElement &&
    isNative(box, 'View') &&
    box.children.every((child) => child === input || isBlankJsxText(child));
  return precedingCaption(boxed ? box : input, (element) => isNative(element, 'Text'));
}

/**
 * The labels a form field's group gives the one input in it: shadcn/ui's `<FormItem><FormLabel>…</FormLabel>
 * <FormControl><Input /></FormControl></FormItem>` (its `FormControl` sets the input's id, its `FormLabel` points at
 * it; real-world batch FF), MUI's and Chakra's `<FormControl><InputLabel>…</InputLabel><Input /></FormControl>` (or
 * `FormLabel`), React Bootstrap's `<Form.Group controlId="cvc"><Form.Label>…</Form.Label><Form.Control /></Form.Group>`
 * (its `controlId` is the control's id) and Mantine's `<Input.Wrapper label="CVC">` (real-world batch 271). Nothing
 * where the group holds another field, or an expression that may render one.
 */
export function jsxFieldGroupLabels(input: TSESTree.JSXElement, sourceCode: SourceCode): string[] {
  return jsxFieldGroup(input, sourceCode)?.labels ?? [];
}

/** The field group around an input (`jsxFieldGroupLabels`): its labels, and the id it gives its control (`controlId`). */
export function jsxFieldGroup(input: TSESTree.JSXElement, sourceCode: SourceCode): { labels: string[]; id: string | null } | null {
  // An input group around the input, with its add-ons only (Chakra's `<InputGroup><InputLeftElement />…<Input />`,
  // React Bootstrap's `<InputGroup><InputGroup.Text>…`): the group's field is that input (regression probe 273).
  const wrapper = input.parent;
  const wrapped =
    wrapper.type === AST_NODE_TYPES.JSXElement &&
    jsxElementName(wrapper.openingElement.name) === 'InputGroup' &&
    wrapper.children.every(
      (child) =>
        child === input ||
        isBlankJsxText(child) ||
        (child.type === AST_NODE_TYPES.JSXElement && INPUT_GROUP_ADDONS.has(jsxElementName(child.openingElement.name))),
    );
  const control = wrapped ? wrapper.parent : input.parent;
  if (control.type !== AST_NODE_TYPES.JSXElement) return null;
  // Named as its module exports it where the file imports it under another name (`BForm.Group`, regression probe 273).
  const nameOf = (element: TSESTree.JSXElement): string => {
    const written = jsxElementName(element.openingElement.name);
    return FIELD_GROUP_ELEMENTS.has(written) || /^[a-z]/.test(written) ? written : (importedComponentName(element.openingElement.name, sourceCode) ?? written);
  };
  const group = FIELD_GROUPS.get(nameOf(control));
  if (!group) return null;
  // The one field of the group: every other element in it a label or a hint.
  const fields = control.children.filter((child) => {
    if (child.type !== AST_NODE_TYPES.JSXElement) return false;
    const name = nameOf(child);
    return !group.labels.has(name) && !FIELD_HINTS.has(name);
  });
  if (fields.length !== 1 || control.children.some((child) => child.type === AST_NODE_TYPES.JSXExpressionContainer && child.expression.type !== AST_NODE_TYPES.JSXEmptyExpression)) return null;
  const labelsIn = (holder: TSESTree.JSXElement, names: ReadonlySet<string>): string[] =>
    holder.children.flatMap((child) => (child.type === AST_NODE_TYPES.JSXElement && names.has(nameOf(child)) ? [staticChildText(child)] : []));
  const item = control.parent;
  if (control.openingElement.name.type === AST_NODE_TYPES.JSXIdentifier && control.openingElement.name.name === 'FormControl' && item.type === AST_NODE_TYPES.JSXElement && jsxElementName(item.openingElement.name) === 'FormItem') {
    return { labels: labelsIn(item, SHADCN_FIELD_LABELS), id: null };
  }
  const propText = (prop: string | null): string | null => {
    const text = prop === null ? undefined : jsxStaticAttribute(control.openingElement, prop, sourceCode);
    return typeof text === 'string' ? text : null;
  };
  const label = propText(group.label);
  return { labels: [...labelsIn(control, group.labels), ...(label === null ? [] : [label])], id: propText(group.id) };
}
const SHADCN_FIELD_LABELS: ReadonlySet<string> = new Set(['FormLabel']);
/** Field groups by their element's name: the elements in them that label the field, the prop that labels it, the prop that is its id. */
const FIELD_GROUPS: ReadonlyMap<string, { labels: ReadonlySet<string>; label: string | null; id: string | null }> = new Map([
  ['FormControl', { labels: new Set(['InputLabel', 'FormLabel']), label: null, id: null }],
  ['Form.Group', { labels: new Set(['Form.Label', 'FormLabel']), label: null, id: 'controlId' }],
  ['FormGroup', { labels: new Set(['Form.Label', 'FormLabel']), label: null, id: 'controlId' }],
  ['Input.Wrapper', { labels: new Set(['Input.Label']), label: 'label', id: null }],
]);
/** Every element name a field group is made of, as written where the file imports them under their own names. */
const FIELD_GROUP_ELEMENTS: ReadonlySet<string> = new Set([
  'FormControl', 'Form.Group', 'FormGroup', 'Input.Wrapper', 'InputLabel', 'FormLabel', 'Form.Label', 'Input.Label', 'FormItem',
]);
/** The add-ons an input group holds beside its input: icons, texts, buttons shown at its ends. */
const INPUT_GROUP_ADDONS: ReadonlySet<string> = new Set([
  'InputLeftElement', 'InputRightElement', 'InputLeftAddon', 'InputRightAddon', 'InputGroup.Text', 'InputGroupText', 'InputAddon',
]);
/** A group's hints and messages, beside its field. */
const FIELD_HINTS: ReadonlySet<string> = new Set(['FormHelperText', 'FormErrorMessage', 'Form.Text', 'FormText', 'Form.Control.Feedback', 'FormMessage', 'Input.Description', 'Input.Error']);

/**
 * The JSX tree around the element whose render prop returns `node`'s tree (`<Controller render={(…) => tree} />`, also
 * a block body's `return`), or null when `node` is not such a tree.
 */
function renderPropOwnerRoot(node: TSESTree.JSXElement | TSESTree.JSXFragment): TSESTree.JSXElement | TSESTree.JSXFragment | null {
  let fn: Node | undefined = node.parent;
  if (fn?.type === AST_NODE_TYPES.ReturnStatement) fn = enclosingFunction(fn) ?? undefined;
  if (fn?.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn?.type !== AST_NODE_TYPES.FunctionExpression) return null;
  const container = fn.parent;
  if (container?.type !== AST_NODE_TYPES.JSXExpressionContainer || container.parent?.type !== AST_NODE_TYPES.JSXAttribute) return null;
  const owner = container.parent.parent.parent; // JSXAttribute → JSXOpeningElement → JSXElement
  if (owner?.type !== AST_NODE_TYPES.JSXElement) return null;
  return jsxTreeRoot(owner);
}

/**
 * The `<label>` written right before an input, its previous sibling with only blanks between, when it labels nothing
 * else: no `for` / `htmlFor` but one that points nowhere (nor a spread that may set one) and no labelable element inside (`<label>Card Number:</label>
 * <input type="text" />`, real-world batches DD and DE). Not tied to the input for the browser, but put there for it.
 */
function precedingLabel(input: TSESTree.JSXElement, root: TSESTree.JSXElement | TSESTree.JSXFragment | null, level = 0): TSESTree.JSXElement | null {
  const parent = input.parent;
  if (parent.type !== AST_NODE_TYPES.JSXElement && parent.type !== AST_NODE_TYPES.JSXFragment) return null;
  const siblings = parent.children;
  const at = indexInSource(siblings, input);
  // Also the label right before the layout wrapper the input is the first and only labelable child of (Bootstrap's
  // `<label>Card Number</label><div className="col-sm-8"><input /></div>`; real-world batch 328), up to two wrappers out.
  if (siblings.slice(0, at).every(isBlankJsxText)) {
    const wrapped =
      level < MAX_LABEL_WRAPPERS &&
      parent.type === AST_NODE_TYPES.JSXElement &&
      LABEL_WRAPPER_TAGS.has(jsxElementName(parent.openingElement.name) ?? '') &&
      labelablesWithin(parent) === 1;
    return wrapped ? precedingLabel(parent, root, level + 1) : null;
  }
  for (let i = at - 1; i >= 0; i--) {
    const sibling = siblings[i]!;
    if (isBlankJsxText(sibling)) continue;
    if (sibling.type !== AST_NODE_TYPES.JSXElement || jsxElementName(sibling.openingElement.name) !== 'label') return null;
    // A `for` that points nowhere is none: empty (`htmlFor=""`, real-world batch EH), or naming an id that no element
    // of the tree has, where every id of the tree is known (`htmlFor="cardnumber"` on an input without an id,
    // real-world batch EI).
    const pointsNowhere = (value: unknown): boolean =>
      typeof value === 'string' && (value.trim() === '' || (root !== null && treeIds(root)?.has(value) === false));
    const free = sibling.openingElement.attributes.every(
      (a) =>
        a.type === AST_NODE_TYPES.JSXAttribute &&
        (!FOR_ATTRIBUTES.has(a.name.type === AST_NODE_TYPES.JSXIdentifier ? a.name.name : '') || (a.value?.type === AST_NODE_TYPES.Literal && pointsNowhere(a.value.value))),
    );
    return free && labelablesWithin(sibling) === 0 ? sibling : null;
  }
  return null;
}

/** The static ids of a JSX tree's elements; null when one may have an id not known here (a spread, a bound id). */
const idsByRoot = new WeakMap<TSESTree.JSXElement | TSESTree.JSXFragment, Set<string> | null>();
function treeIds(root: TSESTree.JSXElement | TSESTree.JSXFragment): Set<string> | null {
  if (idsByRoot.has(root)) return idsByRoot.get(root)!;
  let ids: Set<string> | null = new Set();
  for (const element of jsxElementsWithin(root)) {
    for (const attribute of element.openingElement.attributes) {
      if (attribute.type === AST_NODE_TYPES.JSXSpreadAttribute) ids = null;
      else if (attribute.name.type === AST_NODE_TYPES.JSXIdentifier && attribute.name.name === 'id') {
        if (attribute.value?.type === AST_NODE_TYPES.Literal && typeof attribute.value.value === 'string') ids?.add(attribute.value.value);
        else ids = null;
      }
      if (ids === null) break;
    }
    if (ids === null) break;
  }
  idsByRoot.set(root, ids);
  return ids;
}
const FOR_ATTRIBUTES: ReadonlySet<string> = new Set(['htmlFor', 'for']);

/** How many labelable elements a `<label>` holds, counted once per label (a label around thousands of inputs). */
const labelableCounts = new WeakMap<TSESTree.JSXElement, number>();
function labelablesWithin(label: TSESTree.JSXElement): number {
  let count = labelableCounts.get(label);
  if (count === undefined) {
    count = jsxElementsWithin(label).filter((element) => LABELABLE_TAGS.has(jsxElementName(element.openingElement.name))).length;
    labelableCounts.set(label, count);
  }
  return count;
}

/**
 * An `id` or `htmlFor` value as a key (values.ts `sameValueKey`): the static text (`"cvc"`, `{'cvc'}`), or what a
 * binding gives in this render (`{id}` of `const id = useId()`, `` {`${id}-cvc`} ``, `{field.id}`); null otherwise.
 */
function attributeValueKey(attribute: TSESTree.JSXAttribute | null | undefined, sourceCode: SourceCode): string | null {
  const value = attribute?.value;
  if (value?.type === AST_NODE_TYPES.Literal) return typeof value.value === 'string' ? value.value : null;
  if (value?.type !== AST_NODE_TYPES.JSXExpressionContainer || value.expression.type === AST_NODE_TYPES.JSXEmptyExpression) return null;
  return sameValueKey(value.expression, sourceCode);
}

/** Per JSX tree: the texts of its `<label htmlFor>` (or `for`) elements by their target's key (`attributeValueKey`), read in one walk. */
const labelsByRoot = new WeakMap<TSESTree.JSXElement | TSESTree.JSXFragment, Map<string, string[]>>();
function labelsByTarget(root: TSESTree.JSXElement | TSESTree.JSXFragment, sourceCode: SourceCode): Map<string, string[]> {
  let byTarget = labelsByRoot.get(root);
  if (!byTarget) {
    byTarget = new Map();
    for (const element of jsxElementsWithin(root)) {
      if (jsxElementName(element.openingElement.name) !== 'label') continue;
      const target = attributeValueKey(jsxAttributeNamed(element.openingElement, 'htmlFor', 'for'), sourceCode);
      if (target === null) continue;
      const list = byTarget.get(target) ?? [];
      list.push(staticChildText(element));
      byTarget.set(target, list);
    }
    labelsByRoot.set(root, byTarget);
  }
  return byTarget;
}

/**
 * stripe-facts §1.6: `@stripe/stripe-react-native` `CardField` / `CardForm` "return full card details only when the prop
 * `dangerouslyGetFullCardDetails` is true" (CardFormView.Details doc: "Only do this if you're certain that you fulfill
 * the necessary PCI compliance requirements").
 */
export const STRIPE_REACT_NATIVE = '@stripe/stripe-react-native';
/** The prop itself: a file that does not spell it has no such element (a text prefilter for rules). */
export const FULL_DETAILS_PROP = 'dangerouslyGetFullCardDetails';
const FULL_DETAILS_COMPONENTS: ReadonlySet<string> = new Set(['CardField', 'CardForm']);
/** The callbacks that receive the card details (`CardFieldInput.Details`, `CardFormView.Details`). */
const CARD_DETAILS_CALLBACKS: ReadonlySet<string> = new Set(['onCardChange', 'onFormComplete']);

/**
 * A `CardField` / `CardForm` of `@stripe/stripe-react-native` (aliases too) with `dangerouslyGetFullCardDetails` on
 * (bare, or an expression that is statically `true`): the component's name and the prop; else null.
 */
export function fullCardDetailsElement(
  opening: TSESTree.JSXOpeningElement,
  sourceCode: SourceCode,
): { component: string; attribute: TSESTree.JSXAttribute } | null {
  if (opening.name.type !== AST_NODE_TYPES.JSXIdentifier) return null;
  const attribute = jsxAttributeNamed(opening, FULL_DETAILS_PROP);
  if (!attribute) return null;
  const value = attribute.value;
  const on =
    value === null ||
    (value.type === AST_NODE_TYPES.JSXExpressionContainer && value.expression.type !== AST_NODE_TYPES.JSXEmptyExpression && staticValue(value.expression, sourceCode) === true);
  if (!on) return null;
  const component = stripeReactNativeComponent(opening, sourceCode);
  return component !== null && FULL_DETAILS_COMPONENTS.has(component) ? { component, attribute } : null;
}

/** The `@stripe/stripe-react-native` export an element is (`<CardField>`, an alias of `StripeProvider`), else null. */
export function stripeReactNativeComponent(opening: TSESTree.JSXOpeningElement, sourceCode: SourceCode): string | null {
  const binding = importedComponent(opening, sourceCode);
  return binding?.source === STRIPE_REACT_NATIVE ? binding.name : null;
}

/**
 * The module and export an element's name is imported as (`<TextInput>` with `import { TextInput as Field } from
 * 'react-native'` → `{ source: 'react-native', name: 'TextInput' }`); null for a member name, a local or a global.
 */
export function importedComponent(opening: TSESTree.JSXOpeningElement, sourceCode: SourceCode): { source: string; name: string } | null {
  return opening.name.type === AST_NODE_TYPES.JSXIdentifier ? importedAs(opening.name, sourceCode) : null;
}

/** Is `fn` the \`onCardChange\` / \`onFormComplete\` callback of such an element, written in its attribute? */
function isFullCardDetailsCallback(fn: Node, sourceCode: SourceCode): boolean {
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) return false;
  const container = fn.parent;
  const attribute = container?.type === AST_NODE_TYPES.JSXExpressionContainer ? container.parent : undefined;
  if (attribute?.type !== AST_NODE_TYPES.JSXAttribute || attribute.name.type !== AST_NODE_TYPES.JSXIdentifier || !CARD_DETAILS_CALLBACKS.has(attribute.name.name)) return false;
  return attribute.parent.type === AST_NODE_TYPES.JSXOpeningElement && fullCardDetailsElement(attribute.parent, sourceCode) !== null;
}

/** The parameter definition of a name bound once by a function's first parameter, with that function; else null. */
function firstParameterDef(id: TSESTree.Identifier, sourceCode: SourceCode): { name: Node; fn: TSESTree.FunctionLike } | null {
  // Only a file that spells the prop has such a callback: most files stop here, before any scope lookup.
  if (!perFile(sourceCode, 'jsx:spells-full-details', () => containsText(sourceCode.text, FULL_DETAILS_PROP))) return null;
  const variable = variableOf(id, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  return def?.type === 'Parameter' ? { name: def.name as Node, fn: def.node as TSESTree.FunctionLike } : null;
}

/**
 * Is `id` the details parameter of such an element's `onCardChange` / `onFormComplete` callback
 * (`<CardField dangerouslyGetFullCardDetails onCardChange={(details) => …} />`)? Its `number` and `cvc` are the card's,
 * and the object holds them (\`console.log(details)\`; real-world batch 234).
 */
export function isFullCardDetailsParameter(id: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const def = firstParameterDef(id, sourceCode);
  return def !== null && def.fn.params[0] === def.name && isFullCardDetailsCallback(def.fn, sourceCode);
}

/**
 * The key of the details a name is taken out as in such a callback's parameter (\`onCardChange={({ number, cvc: code })
 * => …}\` → \`number\` for \`number\`, \`cvc\` for \`code\`; real-world batch 234), else null.
 */
export function fullCardDetailsKey(id: TSESTree.Identifier, sourceCode: SourceCode): string | null {
  const def = firstParameterDef(id, sourceCode);
  const pattern = def?.fn.params[0];
  if (!def || pattern?.type !== AST_NODE_TYPES.ObjectPattern) return null;
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed || property.key.type !== AST_NODE_TYPES.Identifier) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value === def.name) return isFullCardDetailsCallback(def.fn, sourceCode) ? property.key.name : null;
  }
  return null;
}

/** The CSS-in-JS packages whose `styled` (or twin.macro's `tw`) makes a component that renders what it wraps. */
const STYLED_MODULES: ReadonlySet<string> = new Set([
  'styled-components', '@emotion/styled', '@emotion/styled/base', '@mui/material/styles', '@mui/system', '@mui/styled-engine',
  '@stitches/react', 'goober', 'twin.macro', '@linaria/react', 'solid-styled-components', '@xstyled/styled-components',
]);
const STYLED_EXPORTS: ReadonlySet<string> = new Set(['default', 'styled', 'tw']);
/** Calls on a styled factory that give a factory of the same element: `styled.input.attrs({ type: 'text' })`. */
const FACTORY_OPTIONS: ReadonlySet<string> = new Set(['attrs', 'withConfig']);

/**
 * What a styled component renders: an intrinsic element by its tag, or the component it wraps, by the name it is
 * referenced with; `attrs`, the static props its `.attrs({ … })` calls give it (a function's are not read).
 */
export type StyledTarget = ({ kind: 'intrinsic'; tag: string } | { kind: 'component'; node: TSESTree.Identifier }) & { attrs: TSESTree.ObjectExpression[] };

const styledTargets = new WeakMap<object, StyledTarget | null>();

/**
 * What a JSX element's component renders when it is a styled component the file declares: `const CardInput =
 * styled.input`…``, `styled.input.attrs({…})`…``, `styled('input')`…``, emotion's `styled.input({…})`, `tw.input`…``
 * → `input`; `styled(Input)`…`` → the `Input` it wraps. `styled` must be imported from a CSS-in-JS package
 * (STYLED_MODULES) and the component a never-reassigned variable. Null for anything else.
 */
export function styledTarget(name: TSESTree.JSXIdentifier | TSESTree.Identifier, sourceCode: SourceCode): StyledTarget | null {
  const variable = variableOf(name, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || def?.type !== 'Variable' || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init || def.parent.kind !== 'const') return null;
  const known = styledTargets.get(variable);
  if (known !== undefined) return known;
  styledTargets.set(variable, null); // a cycle (`const A = styled(B); const B = styled(A)`) ends here
  let init: Node = def.node.init;
  while (init.type === AST_NODE_TYPES.TSAsExpression || init.type === AST_NODE_TYPES.TSNonNullExpression || init.type === AST_NODE_TYPES.TSSatisfiesExpression) init = init.expression;
  const target =
    init.type === AST_NODE_TYPES.TaggedTemplateExpression
      ? factoryTarget(init.tag, sourceCode)
      : init.type === AST_NODE_TYPES.CallExpression
        ? factoryTarget(init.callee, sourceCode)
        : null;
  styledTargets.set(variable, target);
  return target;
}

/** The element a styled factory makes: `styled.input` → input, `styled(Input)` → Input, through `.attrs(…)`. */
function factoryTarget(node: Node, sourceCode: SourceCode): StyledTarget | null {
  if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.property.type === AST_NODE_TYPES.Identifier) {
    if (FACTORY_OPTIONS.has(node.property.name)) return null;
    return isStyled(node.object, sourceCode) ? { kind: 'intrinsic', tag: node.property.name, attrs: [] } : null;
  }
  if (node.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = node.callee;
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier && FACTORY_OPTIONS.has(callee.property.name)) {
    const inner = factoryTarget(callee.object, sourceCode);
    const [props] = node.arguments;
    return inner && callee.property.name === 'attrs' && props?.type === AST_NODE_TYPES.ObjectExpression ? { ...inner, attrs: [...inner.attrs, props] } : inner;
  }
  const [wrapped] = node.arguments;
  if (!wrapped || !isStyled(callee, sourceCode)) return null;
  if (wrapped.type === AST_NODE_TYPES.Literal && typeof wrapped.value === 'string') return { kind: 'intrinsic', tag: wrapped.value, attrs: [] };
  return wrapped.type === AST_NODE_TYPES.Identifier ? { kind: 'component', node: wrapped, attrs: [] } : null;
}

/** `styled` / `tw` imported from a CSS-in-JS package. */
function isStyled(node: Node, sourceCode: SourceCode): boolean {
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const imported = importedAs(node, sourceCode);
  return imported !== null && STYLED_MODULES.has(imported.source) && STYLED_EXPORTS.has(imported.name);
}

/**
 * Modules only React renders (React itself, React DOM and Native, Next.js, and UI kits built on React), and the JSX
 * runtimes that are not React's (a file that imports one of these renders with it).
 */
const REACT_MODULE = /^(?:react(?:-dom|-native)?(?:\/.*)?|next\/.+|@mui\/.+|@material-ui\/.+|@chakra-ui\/.+|@mantine\/.+|antd|react-bootstrap|reactstrap|semantic-ui-react|@headlessui\/react|@radix-ui\/.+|@nextui-org\/.+|@heroui\/.+)$/;
const OTHER_JSX_MODULE = /^(?:preact|solid-js|vue|inferno|@builder\.io\/qwik|@stencil\/core|hono\/jsx)(?:\/.*)?$/;

/**
 * Does the file render its JSX with React (it imports React or a module only React renders, and no other JSX
 * runtime, nor names one in a `@jsxImportSource` pragma)? In React a field's `value` is what it shows after
 * every render: a field written with a static `value` cannot be typed into.
 */
export function rendersWithReact(sourceCode: SourceCode): boolean {
  return perFile(sourceCode, 'jsx:rendersWithReact', () => {
    let react = false;
    for (const statement of (sourceCode.ast as TSESTree.Program).body ?? []) {
      if (statement.type !== AST_NODE_TYPES.ImportDeclaration) continue;
      const source = String(statement.source.value);
      if (OTHER_JSX_MODULE.test(source)) return false;
      if (REACT_MODULE.test(source)) react = true;
    }
    const pragma = react ? /@jsxImportSource\s+(\S+)/.exec(sourceCode.text) : null;
    return react && !(pragma && OTHER_JSX_MODULE.test(pragma[1]!));
  });
}

/** A component of the file around a native input (`forwardingInputComponent`): the input's tag and the props it gets. */
export interface ForwardingInput {
  readonly tag: 'input' | 'textarea';
  readonly forwarded: ReadonlySet<string> | 'all';
}

const forwardingInputs = new WeakMap<object, ForwardingInput | null>();
const COMPONENT_WRAPPERS: ReadonlySet<string> = new Set(['forwardRef', 'memo']);

/**
 * A component of the file that renders one native `<input>` / `<textarea>` and hands it its props: the element's tag
 * and the props it forwards (`'all'` where it spreads its props: `<input {...props} />`; else the attribute names set
 * from the props object, `name={props.name}`, or from names destructured off it, `({ name, autoComplete }) => <input
 * name={name} autoComplete={autoComplete} />`). Its element's attributes, those forwarded, are the input's (real-world
 * batch 337: a checkout's `InputField`). A function declaration or a const function, also inside `forwardRef` / `memo`;
 * its every return the one element. Null for anything else, and for an input it makes hidden or read-only itself.
 */
export function forwardingInputComponent(name: TSESTree.JSXIdentifier, sourceCode: SourceCode): ForwardingInput | null {
  if (!/^[A-Z]/.test(name.name)) return null;
  const variable = variableOf(name, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || !def) return null;
  const known = forwardingInputs.get(variable);
  if (known !== undefined) return known;
  let fn: FunctionNode | null = null;
  if (def.type === 'FunctionName' && def.node.type === AST_NODE_TYPES.FunctionDeclaration) fn = def.node;
  else if (def.type === 'Variable' && def.node.init && def.parent.kind === 'const') {
    let init: TSESTree.Node = def.node.init;
    // `forwardRef((props, ref) => …)`, `React.memo(function Field(props) { … })`.
    if (init.type === AST_NODE_TYPES.CallExpression && init.arguments.length === 1 && COMPONENT_WRAPPERS.has(calleeName(init, sourceCode) ?? '')) init = init.arguments[0]!;
    if (init.type === AST_NODE_TYPES.ArrowFunctionExpression || init.type === AST_NODE_TYPES.FunctionExpression) fn = init;
  }
  const found = fn ? forwardingInputOf(fn, sourceCode) : null;
  forwardingInputs.set(variable, found);
  return found;
}

function forwardingInputOf(fn: FunctionNode, sourceCode: SourceCode): ForwardingInput | null {
  const param = fn.params[0];
  if (!param) return null;
  const returned = returnedValues(fn, sourceCode);
  if (returned.length !== 1) return null;
  const element = returned[0]!;
  if (element.type !== AST_NODE_TYPES.JSXElement) return null;
  const opening = element.openingElement;
  if (opening.name.type !== AST_NODE_TYPES.JSXIdentifier) return null;
  const tag = opening.name.name;
  if (tag !== 'input' && tag !== 'textarea') return null;
  // The props object's name, and the names destructured off it by key (`{ name, autoComplete: ac, ...rest }`).
  const propsName = param.type === AST_NODE_TYPES.Identifier ? param.name : null;
  const byLocal = new Map<string, string>();
  let rest: string | null = null;
  if (param.type === AST_NODE_TYPES.ObjectPattern) {
    for (const property of param.properties) {
      if (property.type === AST_NODE_TYPES.RestElement) {
        if (property.argument.type === AST_NODE_TYPES.Identifier) rest = property.argument.name;
        continue;
      }
      const key = !property.computed && property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : null;
      const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
      if (key !== null && value.type === AST_NODE_TYPES.Identifier) byLocal.set(value.name, key);
    }
  }
  // An input the component makes hidden or read-only itself takes nothing typed, whatever it is handed.
  const bare = (name: string): boolean => jsxAttributeNamed(opening, name)?.value === null;
  if (jsxStaticAttribute(opening, 'type', sourceCode) === 'hidden' || bare('readOnly') || bare('disabled')) return null;
  const forwarded = new Set<string>();
  for (const attribute of opening.attributes) {
    if (attribute.type === AST_NODE_TYPES.JSXSpreadAttribute) {
      const spread = attribute.argument;
      if (spread.type === AST_NODE_TYPES.Identifier && (spread.name === propsName || spread.name === rest)) return { tag, forwarded: 'all' };
      continue;
    }
    if (attribute.name.type !== AST_NODE_TYPES.JSXIdentifier || attribute.value?.type !== AST_NODE_TYPES.JSXExpressionContainer) continue;
    const value = attribute.value.expression;
    const prop =
      value.type === AST_NODE_TYPES.Identifier
        ? byLocal.get(value.name)
        : value.type === AST_NODE_TYPES.MemberExpression && !value.computed && value.object.type === AST_NODE_TYPES.Identifier && value.object.name === propsName && value.property.type === AST_NODE_TYPES.Identifier
          ? value.property.name
          : undefined;
    // (Forwarded under the same name only: `name={props.label}` hands the input another prop's value.)
    if (prop !== undefined && prop === attribute.name.name) forwarded.add(prop);
  }
  return forwarded.size > 0 ? { tag, forwarded } : null;
}
