/**
 * Field props that form libraries hand to an input through a JSX spread. `{...register('cardNumber')}`
 * (react-hook-form) and `{...formik.getFieldProps('cvc')}` (Formik) set the input's `name` to their first argument,
 * and no other attribute that says what the input collects: the rest are handlers, `ref`, `value`, `checked` and
 * validation constraints (react-hook-form `UseFormRegisterReturn`: `onChange`, `onBlur`, `ref`, `name`, `min`, `max`,
 * `maxLength`, `minLength`, `pattern`, `required`, `disabled`; Formik `FieldInputProps`: `value`, `name`, `multiple`,
 * `checked`, `onChange`, `onBlur`).
 *
 * Only a function proven to come from the library counts: destructured from, or a member of, the result of the
 * library's hook (`const { register } = useForm()`, `const formik = useFormik({...})`), imported from the library's
 * module. A `register` received as a prop or parameter is unknown.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { moduleRefOf } from './modules.js';
import { constInit, destructuredBinding, memberName, staticString, unwrap, variableOf } from './values.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

interface FieldPropsLibrary {
  module: string;
  /** Hooks whose result holds the function. */
  hooks: ReadonlySet<string>;
  /** The function that returns an input's field props, the field's name first. */
  method: string;
}

const LIBRARIES: readonly FieldPropsLibrary[] = [
  { module: 'react-hook-form', hooks: new Set(['useForm', 'useFormContext']), method: 'register' },
  { module: 'formik', hooks: new Set(['useFormik', 'useFormikContext']), method: 'getFieldProps' },
];

const libraryOf = (method: string | null): FieldPropsLibrary | undefined => LIBRARIES.find((library) => library.method === method);

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

/** The library whose field-props function `callee` provably is: `register`, `form.register`, `formik.getFieldProps`. */
function fieldPropsLibrary(callee: Node, sourceCode: SourceCode): FieldPropsLibrary | null {
  const target = unwrap(callee);
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const library = libraryOf(memberName(target, sourceCode));
    return library && isHookResult(target.object, sourceCode, library) ? library : null;
  }
  if (target.type !== AST_NODE_TYPES.Identifier) return null;
  // const { register, handleSubmit } = useForm();   const { register: field } = useFormContext();
  const variable = variableOf(target, sourceCode);
  const binding = variable && destructuredBinding(variable, sourceCode);
  const library = binding ? libraryOf(binding.key) : undefined;
  return binding && library && isHookCall(binding.init, sourceCode, library) ? library : null;
}

/**
 * The field name a JSX spread's argument sets as the input's `name`, when it is a form library's field props called
 * with a static name (`{...register('cardNumber', { required: true })}`); null for any other spread.
 */
export function spreadFieldName(argument: Node, sourceCode: SourceCode): string | null {
  const call = unwrap(argument);
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const first = call.arguments[0];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return null;
  if (!fieldPropsLibrary(call.callee, sourceCode)) return null;
  return staticString(first, sourceCode);
}
