/**
 * Field props that form libraries hand to an input through a JSX spread. `{...register('cardNumber')}`
 * (react-hook-form) and `{...formik.getFieldProps('cvc')}` (Formik) set the input's `name` to their first argument
 * (Mantine's `{...form.getInputProps('cvc')}` binds the input to that field),
 * and no other attribute that says what the input collects: the rest are handlers, `ref`, `value`, `checked` and
 * validation constraints (react-hook-form `UseFormRegisterReturn`: `onChange`, `onBlur`, `ref`, `name`, `min`, `max`,
 * `maxLength`, `minLength`, `pattern`, `required`, `disabled`; Formik `FieldInputProps`: `value`, `name`, `multiple`,
 * `checked`, `onChange`, `onBlur`).
 *
 * Only a function proven to come from the library counts: destructured from, or a member of, the result of the
 * library's hook (`const { register } = useForm()`, `const formik = useFormik({...})`), imported from the library's
 * module; or a prop or parameter that the file's TypeScript annotations type as the library's
 * (`{ register }: { register: UseFormRegister<Values> }`, `form: UseFormReturn<Values>`, `formik: FormikProps<Values>`).
 * A `register` received as a prop or parameter without such a type is unknown.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { declaredTypeOf } from './declared-types.js';
import { importedAs, moduleRefOf } from './modules.js';
import { constInit, destructuredBinding, memberName, staticString, unwrap, variableOf } from './values.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

interface FieldPropsLibrary {
  module: string;
  /** Hooks whose result holds the function. */
  hooks: ReadonlySet<string>;
  /** The function that returns an input's field props, the field's name first. */
  method?: string;
  /** The library's exported types of that function (`UseFormRegister`) and of the hook's result that holds it (`UseFormReturn`). */
  methodTypes?: ReadonlySet<string>;
  resultTypes?: ReadonlySet<string>;
  /**
   * Functions that return one field's props, by the name they set: react-payment-inputs' `getCardNumberProps()` sets
   * `name: 'cardNumber'` and `autoComplete: 'cc-number'`, `getCVCProps()` `cvc` and `cc-csc` (src/usePaymentInputs.js).
   * Their argument is spread after those, so one that may set `name` or `autoComplete` leaves the field unknown.
   */
  getters?: Readonly<Record<string, string>>;
  /**
   * Components whose function child receives the hook's result (`<PaymentInputsContainer>{({ getCardNumberProps }) =>
   * …}</PaymentInputsContainer>`, real-world batch DL): its destructured getters are the library's.
   */
  containers?: ReadonlySet<string>;
}

const LIBRARIES: readonly FieldPropsLibrary[] = [
  {
    module: 'react-hook-form',
    hooks: new Set(['useForm', 'useFormContext']),
    method: 'register',
    methodTypes: new Set(['UseFormRegister']),
    resultTypes: new Set(['UseFormReturn']),
  },
  { module: 'formik', hooks: new Set(['useFormik', 'useFormikContext']), method: 'getFieldProps', resultTypes: new Set(['FormikProps']) },
  // Mantine's `form.getInputProps('cardNumber')` binds the input's value to that field (value, onChange, error, onFocus,
  // onBlur; no name): the field names the input as a model binding does (real-world batch DG).
  { module: '@mantine/form', hooks: new Set(['useForm']), method: 'getInputProps', resultTypes: new Set(['UseFormReturnType']) },
  {
    module: 'react-payment-inputs',
    hooks: new Set(['usePaymentInputs']),
    containers: new Set(['PaymentInputsContainer']),
    getters: { getCardNumberProps: 'cardNumber', getCVCProps: 'cvc', getExpiryDateProps: 'expiryDate', getZIPProps: 'zip' },
  },
];

const libraryOf = (method: string | null): FieldPropsLibrary | undefined =>
  method === null ? undefined : LIBRARIES.find((library) => library.method === method || (library.getters !== undefined && Object.hasOwn(library.getters, method)));

/** `useForm()` / `useFormik({...})`, called through an import of the library (any import style). */
function isHookCall(node: Node, sourceCode: SourceCode, library: FieldPropsLibrary): boolean {
  const call = unwrap(node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const ref = moduleRefOf(call.callee, sourceCode);
  return ref !== null && ref.module === library.module && ref.path.length === 1 && library.hooks.has(ref.path[0]!);
}

/** `form` in `form.register(...)`: a never-reassigned variable holding the hook's result, or the hook call itself. */
function isHookResult(node: Node, sourceCode: SourceCode, library: FieldPropsLibrary): boolean {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.CallExpression) return isHookCall(target, sourceCode, library);
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(target, sourceCode);
  const init = variable ? constInit(variable) : null;
  return init !== null && isHookCall(init, sourceCode, library);
}

/**
 * Is `node` (a parameter, a name destructured from one, a member of it) annotated with one of `types` exported by the
 * library (`UseFormRegister<Values>`, `RHF.UseFormReturn<Values>`, `import type` or not), in this file's declarations?
 */
function typedAsLibrary(node: Node, sourceCode: SourceCode, library: FieldPropsLibrary, types: ReadonlySet<string> | undefined): boolean {
  if (!types) return false;
  const type = declaredTypeOf(node, sourceCode);
  if (type?.type !== AST_NODE_TYPES.TSTypeReference) return false;
  const name = type.typeName;
  if (name.type === AST_NODE_TYPES.Identifier) {
    const imported = importedAs(name, sourceCode);
    return imported !== null && imported.source === library.module && types.has(imported.name);
  }
  if (name.type !== AST_NODE_TYPES.TSQualifiedName || name.left.type !== AST_NODE_TYPES.Identifier) return false;
  const namespace = importedAs(name.left, sourceCode);
  return namespace !== null && namespace.source === library.module && namespace.name === '*' && types.has(name.right.name);
}

/**
 * The library and function that `callee` provably is: `register`, `form.register`, `formik.getFieldProps`,
 * `getCardNumberProps` destructured from `usePaymentInputs()`, a prop typed as the library's function or hook result.
 */
function fieldPropsFunction(callee: Node, sourceCode: SourceCode): { library: FieldPropsLibrary; method: string } | null {
  const target = unwrap(callee);
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const method = memberName(target, sourceCode);
    const library = libraryOf(method);
    if (library && isHookResult(target.object, sourceCode, library)) return { library, method: method! };
    // `props.register` typed `UseFormRegister<…>`, `form.register` on a `form: UseFormReturn<…>`.
    if (library && (typedAsLibrary(target, sourceCode, library, library.methodTypes) || typedAsLibrary(target.object, sourceCode, library, library.resultTypes))) {
      return { library, method: method! };
    }
    // `props.getCardNumberProps()` on the parameter of a container's function child
    const object = unwrap(target.object);
    const param = object.type === AST_NODE_TYPES.Identifier ? variableOf(object, sourceCode)?.defs[0] : undefined;
    const container = param?.type === 'Parameter' ? containerOfChild(param.name.parent ?? undefined, param.name, sourceCode) : null;
    return method !== null ? getterOf(container, method) : null;
  }
  if (target.type !== AST_NODE_TYPES.Identifier) return null;
  // const { register, handleSubmit } = useForm();   const { register: field } = useFormContext();
  const variable = variableOf(target, sourceCode);
  const binding = variable && destructuredBinding(variable, sourceCode);
  const library = binding ? libraryOf(binding.key) : undefined;
  // (also `const { register } = form` with `const form = useForm()`)
  if (binding && library && isHookResult(binding.init, sourceCode, library)) return { library, method: binding.key! };
  // `({ register }: { register: UseFormRegister<Values> })`: the name is free, the type says what it is.
  const typed = LIBRARIES.find((candidate) => typedAsLibrary(target, sourceCode, candidate, candidate.methodTypes));
  if (typed) return { library: typed, method: typed.method! };
  return variable ? containerGetter(variable, sourceCode) : null;
}

/**
 * A getter destructured from the first parameter of a library container's function child:
 * `<PaymentInputsContainer>{({ getCVCProps }) => <input {...getCVCProps()} />}</PaymentInputsContainer>`.
 */
function containerGetter(variable: TSESLint.Scope.Variable, sourceCode: SourceCode): { library: FieldPropsLibrary; method: string } | null {
  const def = variable.defs.length === 1 ? variable.defs[0]! : null;
  const property = def?.type === 'Parameter' ? def.name.parent : null;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== def!.name || property.computed || property.key.type !== AST_NODE_TYPES.Identifier) return null;
  return getterOf(containerOfChild(property.parent.parent, property.parent, sourceCode), property.key.name);
}

/** `method` as one of a container's library's getters, if it is one. */
const getterOf = (library: FieldPropsLibrary | null, method: string): { library: FieldPropsLibrary; method: string } | null =>
  library?.getters && Object.hasOwn(library.getters, method) ? { library, method } : null;

/**
 * The library whose container element `fn` is the function child of, `param` being its first parameter
 * (`<PaymentInputsContainer>{(props) => …}</PaymentInputsContainer>`); null for any other function.
 */
function containerOfChild(fn: Node | undefined, param: Node, sourceCode: SourceCode): FieldPropsLibrary | null {
  if (
    !fn ||
    (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) ||
    fn.params[0] !== param ||
    fn.parent?.type !== AST_NODE_TYPES.JSXExpressionContainer ||
    fn.parent.parent?.type !== AST_NODE_TYPES.JSXElement
  ) {
    return null;
  }
  const name = fn.parent.parent.openingElement.name;
  const imported = name.type === AST_NODE_TYPES.JSXIdentifier ? importedAs(name, sourceCode) : null;
  return (imported && LIBRARIES.find((l) => l.module === imported.source && l.containers?.has(imported.name))) ?? null;
}

/** A getter's argument that cannot set `name` or `autoComplete`: none, or an object literal of other plain keys. */
function keepsGetterName(argument: TSESTree.CallExpressionArgument | undefined, sourceCode: SourceCode): boolean {
  if (!argument) return true;
  const object = unwrap(argument);
  return (
    object.type === AST_NODE_TYPES.ObjectExpression &&
    object.properties.every((property) => {
      if (property.type !== AST_NODE_TYPES.Property) return false;
      const key = property.computed ? staticString(property.key, sourceCode) : property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : staticString(property.key, sourceCode);
      return key !== null && key !== 'name' && key !== 'autoComplete';
    })
  );
}

/**
 * The field name a JSX spread's argument sets as the input's `name`, when it is a form library's field props called
 * with a static name (`{...register('cardNumber', { required: true })}`) or a getter of one field's props
 * (`{...getCVCProps()}`); null for any other spread.
 */
export function spreadFieldName(argument: Node, sourceCode: SourceCode): string | null {
  const call = unwrap(argument);
  if (call.type !== AST_NODE_TYPES.CallExpression) return controllerFieldName(call, sourceCode);
  const found = fieldPropsFunction(call.callee, sourceCode);
  if (!found) return null;
  const first = call.arguments[0];
  const fixed = found.library.getters?.[found.method];
  if (fixed !== undefined) return keepsGetterName(first, sourceCode) ? fixed : null;
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return null;
  return staticString(first, sourceCode);
}

/** react-hook-form's controlled field component: its `render` function receives `{ field }`, the field's props. */
const CONTROLLER = { source: 'react-hook-form', name: 'Controller' };
/**
 * shadcn/ui's `FormField`, which the shadcn CLI writes into the app as `components/ui/form.tsx`: it hands all its props
 * to `Controller` (inside a context provider that holds the name), so its `render` function gets the same `field`.
 */
const SHADCN_FORM_FIELD = { module: /(?:^|\/)ui\/form(?:\.[jt]sx?)?$/, name: 'FormField' };

/** A react-hook-form `Controller`, or shadcn/ui's `FormField` around it. */
function isControllerElement(opening: TSESTree.JSXOpeningElement, sourceCode: SourceCode): boolean {
  if (opening.name.type !== AST_NODE_TYPES.JSXIdentifier) return false;
  const imported = importedAs(opening.name, sourceCode);
  if (!imported) return false;
  if (imported.source === CONTROLLER.source) return imported.name === CONTROLLER.name;
  return imported.name === SHADCN_FORM_FIELD.name && SHADCN_FORM_FIELD.module.test(imported.source);
}
const CONTROLLER_RENDER = 'render';
const CONTROLLER_FIELD = 'field';

/**
 * The name a react-hook-form `Controller`'s field props set, spread on the input its `render` function returns:
 * `<Controller name="cardNumber" render={({ field }) => <input {...field} />} />`, also shadcn/ui's `<FormField>` (and
 * `{...props.field}` of the parameter whole, and `({ field: f })`). The props are `onChange`, `onBlur`, `value`, `disabled`, `name` (the
 * Controller's) and `ref` (`ControllerRenderProps`): nothing else that says what the input collects. Real-world batch
 * 88. Null for anything else, and where the Controller's `name` is not a static string.
 */
function controllerFieldName(node: Node, sourceCode: SourceCode): string | null {
  let id: TSESTree.Identifier;
  let whole: boolean; // `props.field`: the parameter itself
  if (node.type === AST_NODE_TYPES.Identifier) [id, whole] = [node, false];
  else if (node.type === AST_NODE_TYPES.MemberExpression && memberName(node, sourceCode) === CONTROLLER_FIELD && unwrap(node.object).type === AST_NODE_TYPES.Identifier) {
    [id, whole] = [unwrap(node.object) as TSESTree.Identifier, true];
  } else return null;
  const variable = variableOf(id, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Parameter') return null;
  const fn = def.node;
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) return null;
  const param = fn.params[0];
  if (whole ? param !== def.name : !isFieldOfPattern(param, def.name)) return null;
  const container = fn.parent;
  const attribute = container?.type === AST_NODE_TYPES.JSXExpressionContainer ? container.parent : undefined;
  if (attribute?.type !== AST_NODE_TYPES.JSXAttribute || attribute.name.type !== AST_NODE_TYPES.JSXIdentifier || attribute.name.name !== CONTROLLER_RENDER) return null;
  const opening = attribute.parent;
  if (opening.type !== AST_NODE_TYPES.JSXOpeningElement || !isControllerElement(opening, sourceCode)) return null;
  const names = opening.attributes.filter((a): a is TSESTree.JSXAttribute => a.type === AST_NODE_TYPES.JSXAttribute && a.name.type === AST_NODE_TYPES.JSXIdentifier && a.name.name === 'name');
  // A spread on the Controller may set its name too.
  if (names.length !== 1 || opening.attributes.some((a) => a.type === AST_NODE_TYPES.JSXSpreadAttribute)) return null;
  const value = names[0]!.value;
  if (value?.type === AST_NODE_TYPES.Literal) return typeof value.value === 'string' ? value.value : null;
  if (value?.type === AST_NODE_TYPES.JSXExpressionContainer && value.expression.type !== AST_NODE_TYPES.JSXEmptyExpression) return staticString(value.expression, sourceCode);
  return null;
}

/** Is `name` the `field` property of the object pattern `param` (`{ field }`, `{ field: f, fieldState }`)? */
function isFieldOfPattern(param: TSESTree.Parameter | undefined, name: TSESTree.BindingName): boolean {
  if (param?.type !== AST_NODE_TYPES.ObjectPattern) return false;
  return param.properties.some(
    (property) =>
      property.type === AST_NODE_TYPES.Property &&
      !property.computed &&
      property.key.type === AST_NODE_TYPES.Identifier &&
      property.key.name === CONTROLLER_FIELD &&
      property.value === name,
  );
}
