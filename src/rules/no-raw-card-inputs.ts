import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { CARD_FIELD_LABEL, classifyCardField, mentionsCardWord, namesOtherKindOfCard, splitWords, type CardFieldKind } from '../analysis/card-fields.js';
import { collectibleCardNumber } from '../analysis/card-data.js';
import { domCreatedTag, domElementWrites, jqueryElementWrites, mentionsCreateElement } from '../analysis/dom-elements.js';
import { spreadFieldName } from '../analysis/form-libraries.js';
import { changedPath, constInit, contentsChanged, localFunctionOf, objectEntry, propertyKey, resolveValue, shownPath, staticValue, unwrap, variableOf, writtenName } from '../analysis/values.js';
import {
  classifyCvcInCardForm,
  classifyPanInCardForm,
  lastBracketSegment,
  classifyInputAttributes,
  hostedFieldTargets,
  INPUT_EVIDENCE_ATTRIBUTES,
  isHostedFieldPlaceholder,
  NAMELESS_FIELD_WORDS,
  CHANGE_BINDING,
  VALUE_BINDING,
  MASK_CHARACTERS,
  RECORD_SOURCE_BINDING,
  normalizeAttributeName,
  TEXT_ENTRY_TAGS,
  WEB_COMPONENT_TEXT_FIELDS,
  type InputAttribute,
  type InputVerdict,
  type InPageLibrary,
} from '../analysis/inputs.js';
import {
  enclosingJsxElement,
  FULL_DETAILS_PROP,
  fullCardDetailsElement,
  importedComponentName,
  jsxFieldGroup,
  jsxNativeCaption,
  jsxStaticAttribute,
  jsxAttributeName,
  jsxAttributeNamed,
  jsxAttributeValue,
  jsxElementName,
  isJsxNesting,
  jsxTreeRoot,
  jsxElementsWithin,
  jsxLabelTexts,
  rendersWithReact,
  styledTarget,
  forwardingInputComponent,
  type ForwardingInput,
} from '../analysis/jsx.js';
import { RAZOR_HELPER_MARK, razorInputFields, razorLabels, templateBuilder, templateInputField, templateLabel, type HelperField } from '../analysis/view-helpers.js';
import {
  enclosingMarkupForm,
  enclosingMarkupGroup,
  htmlScriptContent,
  isHtmlDocument,
  isMarkupFile,
  locOf,
  markupAttribute,
  markupPageElements,
  markupPageTitles,
  markupLabelTexts,
  vueElement,
  withMarkupListeners,
  type MarkupElement,
  type MarkupNode,
  type MarkupValuePiece,
  type MarkupVisitor,
  kebabCase,
} from '../analysis/markup.js';
import {
  angularTemplateOf,
  componentTemplateOf,
  DOCUMENT_WRITE_METHODS,
  HTML_METHOD,
  HTML_PROPERTIES,
  htmlOfAssignment,
  htmlOfCall,
  htmlStringElements,
  htmlTextElements,
  isTemplateScript,
  JQUERY_HTML_METHODS,
  jqueryCreation,
  mayImportHtmlTag,
  scriptRunningHtmlOf,
  taggedHtmlTemplateOf,
  type HtmlStringNode,
} from '../analysis/html-strings.js';
import { JQUERY_NAMES } from '../analysis/globals.js';
import { namesPattern } from '../analysis/selectors.js';
import { containsText, staticTextPieces } from '../analysis/static-text.js';
import { sourceMaySpell, spellingTerm } from '../analysis/string-use.js';
import { textFinder } from '../analysis/text-search.js';
import { importedAs } from '../analysis/modules.js';
import { enclosingFunction, forEachNode, isAstroComponent, returnedValues, topLevelStatements } from '../analysis/ast.js';
import { layoutLoadsLegacyStripeJs, pageLoadsLegacyStripeJs } from '../analysis/script-loads.js';
import { mappedListOf, reachedForEveryEntry, valueForEntry, type MappedList } from '../analysis/mapped-lists.js';
import { isTestSource } from '../analysis/test-files.js';
import { boundWordingName, TRANSLATABLE_WORDING, translatePipeKey, translationKeyText } from '../analysis/translations.js';
import { createRule } from '../util/create-rule.js';
import { planNamedImport } from '../util/imports.js';

type Node = TSESTree.Node;

/** What reads a card field in the page, as the `cardInputReadInPage` message names it. */
const IN_PAGE_LIBRARY_NAMES: Readonly<Record<InPageLibrary, string>> = {
  'data-stripe': 'Stripe.js v2',
  'stripe-js-v2': 'Stripe.js v2',
  'data-encrypted-name': 'client-side encryption (`data-encrypted-name`)',
  'data-braintree-name': 'Braintree.js v2 (`data-braintree-name`)',
  'data-cp': "CloudPayments' checkout script (`data-cp`)",
  'data-checkout': "Mercado Pago's SDK v1 (`data-checkout`)",
  'data-conekta': 'Conekta.js (`data-conekta`)',
  'data-openpay-card': 'Openpay.js (`data-openpay-card`)',
  'data-culqi': 'Culqi.js (`data-culqi`)',
};

/** Stable ids: the scanner maps `rawCardInput` to SAQ D. */
export const MESSAGE_IDS = ['rawCardInput', 'cardInputReadInPage', 'rawCardInputNative', 'fullCardDetails'] as const;
export type MessageId = (typeof MESSAGE_IDS)[number] | 'replaceWithElement' | 'replaceFormWithPaymentElement' | 'removeFullCardDetails';

const REACT_STRIPE_JS = '@stripe/react-stripe-js';

/** Props through which a design system's field takes the component it renders as its input (MUI, Material UI v4/v5). */
const INPUT_COMPONENT_PROPS: ReadonlySet<string> = new Set(['InputProps', 'inputProps', 'slotProps', 'inputComponent']);

/**
 * Does a field's input-component prop name a component of react-stripe-js anywhere inside (`InputProps={{
 * inputComponent: StripeInput, inputProps: { component: CardNumberElement } }}`)? Then its input is Stripe's Element.
 */
function rendersStripeElement(opening: TSESTree.JSXOpeningElement, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const namesElement = (node: Node, depth: number): boolean => {
    const target = unwrap(node);
    if (target.type === AST_NODE_TYPES.Identifier) return importedAs(target, sourceCode)?.source === REACT_STRIPE_JS;
    if (target.type !== AST_NODE_TYPES.ObjectExpression || depth > 3) return false;
    return target.properties.some((property) => property.type === AST_NODE_TYPES.Property && namesElement(property.value, depth + 1));
  };
  return opening.attributes.some(
    (attribute) =>
      attribute.type === AST_NODE_TYPES.JSXAttribute &&
      attribute.name.type === AST_NODE_TYPES.JSXIdentifier &&
      INPUT_COMPONENT_PROPS.has(attribute.name.name) &&
      attribute.value?.type === AST_NODE_TYPES.JSXExpressionContainer &&
      attribute.value.expression.type !== AST_NODE_TYPES.JSXEmptyExpression &&
      namesElement(attribute.value.expression, 0),
  );
}

/** The split Elements component that collects each reported kind (react-stripe-js `src/index.ts`). */
const ELEMENT_COMPONENT: Partial<Record<CardFieldKind, string>> = {
  pan: 'CardNumberElement',
  cvc: 'CardCvcElement',
};
/** Same, for Stripe.js without React (`elements.create(type)`). */
const ELEMENT_TYPE: Partial<Record<CardFieldKind, string>> = { pan: 'cardNumber', cvc: 'cardCvc' };

const isRange = (at: Node | readonly [number, number]): at is readonly [number, number] => Array.isArray(at);

/** The replacement named in a message where the input is not JSX (markup, DOM-built, a Rails helper's field). */
const mountInstead = (kind: 'pan' | 'cvc', what: 'input' | 'field'): string =>
  `mount \`elements.create('${ELEMENT_TYPE[kind]!}')\`, or the Payment Element \`elements.create('payment')\`, in place of the ${what}`;

/** JSX attributes an Elements component also takes and that mean the same there. */
const CARRIED_ATTRIBUTES = new Set(['id', 'className']);
/** The fewest digits of a card number (12 to 19). */
const SHORTEST_PAN = 12;

const isReported = (verdict: InputVerdict | null): verdict is InputVerdict & { kind: 'pan' | 'cvc' } =>
  verdict !== null && (verdict.kind === 'pan' || verdict.kind === 'cvc');

export interface Options {
  /** Components (JSX, Vue, Svelte) that render a text input and pass its attributes through. */
  inputComponents?: string[];
}

/** `Form.Item` / `FormItem`: Ant Design's form field wrapper, which names the input inside it. */
function isFormItem(name: TSESTree.JSXTagNameExpression): boolean {
  if (name.type === AST_NODE_TYPES.JSXIdentifier) return name.name === 'FormItem';
  return (
    name.type === AST_NODE_TYPES.JSXMemberExpression &&
    name.object.type === AST_NODE_TYPES.JSXIdentifier &&
    name.object.name === 'Form' &&
    name.property.name === 'Item'
  );
}

/** Change handlers whose function may set a state with the input's value (React's `onChange`, React Native's `onChangeText`). */
const CHANGE_HANDLERS: ReadonlySet<string> = new Set(['onchange', 'oninput', 'onchangetext']);

/** Does a text name an `input` / `textarea` tag (any case: HTML tag names are case-free)? */
/** A markup value that is a path in single braces (`{cardNumber}`, `{ payment.cvv }`): a template's binding. */
const BRACED_PATH = /^\{\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\}$/;
const mayNameTextEntryTag = textFinder(['input', 'textarea', 'text-field', 'textfield', 'text-area'], { ignoreCase: true, everyFile: true });
/** React Native's text field (`import { TextInput } from 'react-native'`), an input wherever it is rendered. */
const NATIVE_TEXT_INPUT = 'TextInput';
/** React Native UI kits, whose text fields are native ones: React Native itself, native-base, Paper, RNE, UI Kitten, gluestack, Tamagui. */
const NATIVE_UI_MODULES = /^(?:react-native(?:-paper|-elements|-ui-lib)?$|native-base$|@rneui\/|@ui-kitten\/|@gluestack-ui\/|tamagui$|@tamagui\/)/;
/** Input components known by their module and export (`module:export`). */
const NATIVE_TEXT_INPUT_IMPORT = 'react-native:TextInput';
/** react-native-masked-text's `TextInputMask`, which takes `type="credit-card"`. */
const MASKED_INPUT_IMPORT = 'react-native-masked-text:TextInputMask';
/** Formik's field components, which render an `<input>` by default. */
const FORMIK_FIELD_IMPORTS: ReadonlySet<string> = new Set(['formik:Field', 'formik:FastField']);
/**
 * vee-validate's `Field` in a Vue template (`import { Field } from 'vee-validate'`): it renders an `<input>` with the
 * attributes it is given (`name`, `id`, `placeholder`, `type`…), unless `as` names another element or a component, or
 * its slot renders the field itself.
 */
const VEE_FIELD_IMPORT = 'vee-validate:Field';
/**
 * redux-form's and React Final Form's `Field`, which render what their `component` prop names: an `<input>` with the
 * field's props for `component="input"` (real-world batch 82).
 */
const COMPONENT_FIELD_IMPORTS: ReadonlySet<string> = new Set(['redux-form:Field', 'redux-form/immutable:Field', 'react-final-form:Field']);
/**
 * react-native-credit-card-input's card forms: JavaScript text fields for the number, expiry and CVC whose values its
 * `onChange` hands to the app (real-world batch AO; common in React Native Stripe tutorials before stripe-react-native).
 */
const CARD_FORM_MODULE = 'react-native-credit-card-input';
/**
 * ...and the like: rn-credit-card's default export (`import CreditCardForm from 'rn-credit-card'`, its number, expiry
 * and CVV fields kept in the app's react-hook-form; real-world batch 189), react-native-credit-cards' `CreditCardForm`
 * (controlled: the app holds `values` and `handleChange`).
 */
const CARD_FORM_IMPORTS: ReadonlySet<string> = new Set([
  `${CARD_FORM_MODULE}:CreditCardInput`,
  `${CARD_FORM_MODULE}:LiteCreditCardInput`,
  'rn-credit-card:default',
  'react-native-credit-cards:CreditCardForm',
]);
/**
 * react-credit-card-input, its web counterpart: its default export renders the number, expiry and CVC `<input>`s, whose
 * values the app holds (`cardNumberInputProps={{ value, onChange }}`; real-world batch AU).
 */
const WEB_CARD_FORM_IMPORT = 'react-credit-card-input:default';
/**
 * react-number-format's components (v5's `PatternFormat`, `NumericFormat`, `NumberFormatBase`; v4's default export),
 * which render an `<input>` with the props they are given, or their `customInput` (real-world batch DL), unless
 * `displayType="text"` makes them a `<span>` that shows the value.
 */
const NUMBER_FORMAT_IMPORTS: ReadonlySet<string> = new Set([
  'react-number-format:PatternFormat',
  'react-number-format:NumericFormat',
  'react-number-format:NumberFormatBase',
  'react-number-format:default',
]);
/** Cleave.js's React input (real-world batch HC: an admin template's card-payment form). */
const CLEAVE_IMPORT = 'cleave.js/react:default';
/** Cleave's options that mask the field as a card number: `options={{ creditCard: true }}`, also held in a const. */
function cleaveMasksCardNumber(options: Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const value = objectEntry(resolveValue(options, sourceCode), sourceCode, 'creditCard')?.value;
  const flag = value && unwrap(value);
  return flag?.type === AST_NODE_TYPES.Literal && flag.value === true;
}
/**
 * Input-mask components that render a native `<input>` with the props they are given: react-input-mask's and
 * react-text-mask's default exports, react-imask's `IMaskInput` (real-world batch AY). Checked like `<input>`.
 */
const MASK_INPUT_IMPORTS: ReadonlySet<string> = new Set([
  'react-input-mask:default',
  'react-text-mask:default',
  'react-imask:IMaskInput',
  // Base Web's inputs, which render a native `<input>` / `<textarea>` with the props they are given (real-world batch DG).
  'baseui/input:Input',
  'baseui/input:MaskedInput',
  'baseui/input:StatefulInput',
  'baseui/textarea:Textarea',
  ...NUMBER_FORMAT_IMPORTS,
  CLEAVE_IMPORT,
]);
/**
 * Base Web's payment-card input (`baseui/payment-card`): a text field for the card number alone, formatted and with the
 * brand's icon, whose value the app holds (real-world batch DG).
 */
const CARD_NUMBER_INPUT_IMPORTS: ReadonlySet<string> = new Set(['baseui/payment-card:PaymentCard', 'baseui/payment-card:StatefulPaymentCard']);
/**
 * shadcn/ui's `Input` and `Textarea`, which the shadcn CLI writes into the app as `components/ui/input.tsx` /
 * `textarea.tsx`: each renders a native `<input>` / `<textarea>` with the props it is given (real-world batch 95: the
 * card forms of apps made with AI app builders); and its input group's control, `InputGroupInput` /
 * `InputGroupTextarea` (`ui/input-group.tsx`, shadcn-vue's `ui/input-group/index.ts`), which renders that `Input` /
 * `Textarea` with its props: shadcn-svelte's index also exports it as `Input` / `TextArea`, used through a namespace
 * (`<InputGroup.Input>`; real-world batch 221). Known by the module's path (`@/components/ui/input`, `../ui/input`,
 * a monorepo's `@repo/ui/input`, `$lib/components/ui/input-group/index.js`) and the export; keyed `module:export` as
 * the others.
 */
const SHADCN_INPUT_MODULE = /(?:^|\/)ui(?:-rtl)?\/(input|textarea|input-group)(?:\/index)?(?:\.[jt]sx?)?$/;
const SHADCN_INPUT_EXPORTS: Readonly<Record<string, readonly string[]>> = {
  input: ['Input'],
  textarea: ['Textarea'],
  'input-group': ['InputGroupInput', 'InputGroupTextarea', 'InputGroupTextArea', 'Input', 'TextArea'],
};
/**
 * The text input that Laravel's starter kits write into the app, a default export rendering one `<input>` with the
 * attributes it is given: Jetstream's `@/Jetstream/Input.vue` (`<jet-input>`), Breeze's and Jetstream 2's
 * `@/Components/TextInput.vue` (or `.jsx`), Breeze 1's `@/Components/Input.vue` (real-world batch HD: Inertia donation
 * and checkout pages).
 */
const STARTER_KIT_INPUT_MODULE = /(?:^|\/)(?:Jetstream\/Input|Components\/(?:Text)?Input)(?:\.vue|\.[jt]sx?)?$/;
/**
 * Is a `module:export` key an input component the app's own code holds, known by its module: shadcn/ui's `Input` or
 * `Textarea`, each from its own module, or a Laravel starter kit's input?
 */
function isAppInputImport(key: string): boolean {
  const colon = key.lastIndexOf(':');
  const module = key.slice(0, colon);
  const kind = SHADCN_INPUT_MODULE.exec(module)?.[1];
  if (kind !== undefined) return SHADCN_INPUT_EXPORTS[kind]!.includes(key.slice(colon + 1));
  return key.slice(colon + 1) === 'default' && STARTER_KIT_INPUT_MODULE.test(module);
}
const isAppInputModule = (source: string): boolean => SHADCN_INPUT_MODULE.test(source) || STARTER_KIT_INPUT_MODULE.test(source);
/**
 * react-admin's text inputs (also from `ra-ui-materialui`, which react-admin re-exports): MUI text fields bound to the
 * record field their `source` names (`<TextInput source="cardNumber" />`, the shape Amplication's generated admin UIs
 * write; real-world batch FE). Its display components (`TextField`, `NumberField`) show a value and are no inputs.
 */
const RECORD_INPUT_IMPORTS: ReadonlySet<string> = new Set(
  ['react-admin', 'ra-ui-materialui'].flatMap((module) => ['TextInput', 'NumberInput', 'PasswordInput'].map((name) => `${module}:${name}`)),
);
/**
 * Ionic's React and Vue text fields, the components behind `<ion-input>` / `<ion-textarea>` (read in markup): they
 * take a native field's attributes and show a `label` (real-world batch 246: Ionic React checkouts).
 */
const IONIC_INPUT_IMPORTS: ReadonlySet<string> = new Set(['@ionic/react', '@ionic/vue'].flatMap((module) => ['IonInput', 'IonTextarea'].map((name) => `${module}:${name}`)));
const INPUT_IMPORTS: ReadonlySet<string> = new Set([
  NATIVE_TEXT_INPUT_IMPORT,
  ...IONIC_INPUT_IMPORTS,
  ...RECORD_INPUT_IMPORTS,
  MASKED_INPUT_IMPORT,
  ...FORMIK_FIELD_IMPORTS,
  ...COMPONENT_FIELD_IMPORTS,
  ...CARD_FORM_IMPORTS,
  WEB_CARD_FORM_IMPORT,
  ...MASK_INPUT_IMPORTS,
  ...CARD_NUMBER_INPUT_IMPORTS,
  VEE_FIELD_IMPORT,
]);
const INPUT_IMPORT_MODULES: ReadonlySet<string> = new Set([...INPUT_IMPORTS].map((key) => key.slice(0, key.lastIndexOf(':'))));

/**
 * The local names the file's import declarations give the input components known by their import
 * (`import { TextInput as Field } from 'react-native'` → `Field` → `react-native:TextInput`), and the members of a
 * namespace import of an app's own input module (`import * as InputGroup from '$lib/components/ui/input-group'` →
 * `InputGroup.Input`). A `require`, or a namespace of a library (`<RN.TextInput>`), is not read.
 */
function importedInputNames(sourceCode: Readonly<TSESLint.SourceCode>): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const statement of topLevelStatements(sourceCode)) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration) continue;
    const source = statement.source.value;
    if (!INPUT_IMPORT_MODULES.has(source) && !isAppInputModule(source)) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) {
        const kind = SHADCN_INPUT_MODULE.exec(source)?.[1];
        for (const name of kind === undefined ? [] : SHADCN_INPUT_EXPORTS[kind]!) names.set(`${specifier.local.name}.${name}`, `${source}:${name}`);
        continue;
      }
      const imported =
        specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier
          ? 'default'
          : specifier.imported.type === AST_NODE_TYPES.Identifier
            ? specifier.imported.name
            : String(specifier.imported.value);
      const key = `${source}:${imported}`;
      if (INPUT_IMPORTS.has(key) || isAppInputImport(key)) names.set(specifier.local.name, key);
    }
  }
  return names;
}
/** A JSX element name that says a form: `form`, `Form`, `Formik.Form`, `PaymentForm` (not `FormItem`, `Form.Item`). */
const namesForm = (name: string): boolean => name === 'form' || /(?:^|[.a-z])Form$/.test(name);
/**
 * Does a page's text call a view helper that renders a text field (`text_field_tag`, `f.number_field`, `text_area`,
 * simple_form's `f.input`, `Form::text`, ASP.NET's `@Html.TextBoxFor`)?
 */
const mayCallFieldHelper = textFinder(['_field', 'text_area', '.input', '{{input', '{{textarea', 'Form::', RAZOR_HELPER_MARK]);
/** Does the text name a CSS-in-JS factory (`styled.input`, twin.macro's `tw.input`)? */
const mayUseStyled = textFinder(['styled', 'tw.']);

/**
 * The configured input components: as JSX names them (exactly), as templates name them (`markupKeys`, see
 * `markupComponentKey`), and a test for a text naming one (by its last segment: `Form.Control`, in each spelling a
 * Vue template accepts: `VTextField`, `v-text-field`) where no `input` / `textarea` is written.
 */
interface Components {
  inputComponents: ReadonlySet<string>;
  markupKeys: ReadonlySet<string>;
  mayNameInputComponent: (text: string) => boolean;
}

/**
 * A component's name as templates compare it: Vue resolves `<v-text-field>` and `<VTextField>` to one component, and
 * markup elements carry their tag in lower case, so case and hyphens are dropped (`vtextfield`).
 */
const markupComponentKey = (name: string): string => name.toLowerCase().replace(/-/g, '');
/** `v-text-field` → `VTextField` (Vue's hyphenation undone; markup.ts' `kebabCase` does it). */
const pascalCase = (name: string): string => name.replace(/(?:^|-)([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * The last bracket segment of a markup value written after its last template part (`{{ prefix }}[cvc]` → `cvc`), or
 * null when the value does not end so.
 */
function staticBracketTail(pieces: readonly MarkupValuePiece[]): string | null {
  let tail = '';
  for (let i = pieces.length - 1; i >= 0 && !pieces[i]!.template; i--) tail = pieces[i]!.text + tail;
  return lastBracketSegment(tail);
}

/** Per options object: createRule hands every file with the same options the same object. */
const componentsByOptions = new WeakMap<Options, Components>();
/**
 * The attributes with the input's own label after them as an `aria-label` (`node`: where a finding it decides points),
 * where the input has one label text (a `<label>` that wraps only it, one `for` its static id, or one without `for`
 * written right before it), no `aria-label` of its own, which would name it instead, and no unknown attribute; else
 * `attributes` itself. Read only where the attributes say nothing.
 */
function withOwnLabel<T extends InputAttribute>(attributes: T[], texts: readonly string[], node: TSESTree.Node | null): T[] {
  const written = [...new Set(texts.filter((text) => text !== ''))];
  // An unknown attribute (a spread, template output) may name the input itself.
  if (written.length !== 1 || attributes.some((a) => a.name === null || a.name.toLowerCase() === 'aria-label')) return attributes;
  return [...attributes, { name: 'aria-label', value: written[0]!, ...(node ? { node } : {}) } as T];
}

/** React Native keyboards of another field than a card's: a phone's, an e-mail's, a web address's. */
const OTHER_KEYBOARDS: ReadonlySet<string> = new Set(['phone-pad', 'email-address', 'url', 'name-phone-pad', 'web-search']);

/**
 * Wording made of mask characters only, an `X` for each character to type (`placeholder="XXX"`, `"XXXX XXXX XXXX
 * XXXX"`, `"xxx-xxx"`): no word, as `123` or `•••` are none (probe 307: a React Native CVV field under its caption).
 */
const MASK_WORDING = new RegExp(`^[\\s\\d${MASK_CHARACTERS}/-]+$`);

/** The attributes that name a field in words, by their normalised names. */
const OWN_WORDING: ReadonlySet<string> = new Set(['name', 'id', 'placeholder', 'aria-label', 'label']);
/** The words of a bound value's name that say nothing of what it holds (`value={number}`, `value={text}`). */
const GENERIC_BINDING_WORDS: ReadonlySet<string> = new Set([...NAMELESS_FIELD_WORDS, 'code', 'security', 'state', 'v']);

/**
 * Do an input's own name, id, wording and bound value say nothing, or only a card (`placeholder="1234 5678 1234"`,
 * `value={number}`, `label="Card"`)? Then a caption or its field group's label may name it; `placeholder="Amount"`,
 * `name="couponCode"`, `value={memberId}` say another field (regression probe 273).
 */
function ownWordsSayNothingElse(attributes: readonly InputAttribute[]): boolean {
  return attributes.every(({ name, value }) => {
    if (name === null || value === null) return true;
    const normalized = normalizeAttributeName(name);
    if (OWN_WORDING.has(normalized)) return !/\p{L}/u.test(value) || MASK_WORDING.test(value) || mentionsCardWord(value);
    if (normalized !== VALUE_BINDING && normalized !== CHANGE_BINDING) return true;
    const words = splitWords(value.slice(value.lastIndexOf('.') + 1));
    return mentionsCardWord(value) || classifyCardField(value) !== null || words.every((word) => GENERIC_BINDING_WORDS.has(word));
  });
}

/** How many elements of a group read as each kind of card field (undefined, null: none): one more of `kind`. */
function countKind(kinds: Map<string | null | undefined, number>, kind: string | null | undefined): void {
  kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
}

/** How many elements a group's kind counts count. */
function total(kinds: ReadonlyMap<string | null | undefined, number>): number {
  let sum = 0;
  for (const n of kinds.values()) sum += n;
  return sum;
}

/**
 * Do the other elements of a group (its kind counts less the element's own, `own`, when it is among them) hold a PIN
 * input and neither a security code nor an expiry input?
 */
function pinOnlyBesides(kinds: ReadonlyMap<string | null | undefined, number>, own: { kind: string | null | undefined } | null): boolean {
  const others = (kind: string): number => (kinds.get(kind) ?? 0) - (own?.kind === kind ? 1 : 0);
  return others('pin') > 0 && others('cvc') === 0 && others('expiry') === 0;
}

function componentsOf(options: Options): Components {
  let components = componentsByOptions.get(options);
  if (components === undefined) {
    const inputComponents = new Set(options.inputComponents ?? []);
    // Asked where no `input` is written (in any case): `TextInput` cannot be there, and `Control` covers `FormControl`.
    const lastSegments = [...inputComponents].map((name) => name.split('.').pop()!);
    const spellings = lastSegments.flatMap((name) => [name, kebabCase(name), pascalCase(name)]);
    const names = [...new Set(spellings)].filter((name) => !mayNameTextEntryTag(name));
    const finder = textFinder(names.filter((name) => !names.some((other) => other !== name && name.includes(other))));
    components = {
      inputComponents,
      markupKeys: new Set([...inputComponents].map(markupComponentKey)),
      mayNameInputComponent: inputComponents.size === 0 ? () => false : finder,
    };
    componentsByOptions.set(options, components);
  }
  return components;
}

/** What every HTML-string sink's name spells: `innerHTML`, `outerHTML`, `insertAdjacentHTML`. */
const HTML_SINK_TERMS = [spellingTerm(['HTML'], { everyFile: true })];
/** What a component's inline template is written under (`componentTemplateOf`). */
const mayNameTemplate = textFinder(['template:', 'template :', "'template'", '"template"'], { everyFile: true });
const HTML_CALL_SELECTOR = `CallExpression[callee.type="MemberExpression"][callee.property.name="${HTML_METHOD}"]`;
const HTML_ASSIGNMENT_SELECTOR = `AssignmentExpression[left.type="MemberExpression"][left.property.name=${namesPattern(HTML_PROPERTIES)}]`;
/** jQuery's insertion methods and `document.write`, whose string argument the page parses as HTML (`scriptRunningHtmlOf`). */
const HTML_INSERTION_SELECTOR = `CallExpression[callee.type="MemberExpression"][callee.property.name=${namesPattern([...JQUERY_HTML_METHODS, ...DOCUMENT_WRITE_METHODS])}]`;
/** jQuery's element factory given markup (`$('<input>', { name: 'cvc' })`), by its written name (also `window.$`). */
const JQUERY_FACTORY_SELECTOR = `CallExpression[callee.name=${namesPattern(JQUERY_NAMES)}], CallExpression[callee.property.name=${namesPattern(JQUERY_NAMES)}]`;

/**
 * Common design-system text inputs, for `strict`: React (MUI, Ant Design, Chakra, React Bootstrap, React Native
 * Paper…), Vue (Vuetify, Element Plus, Quasar, BootstrapVue, Ant Design Vue, Naive UI, Nuxt UI, PrimeVue), Svelte (Svelte
 * Material UI, Carbon, Flowbite) and Blazor (its own `InputText` / `InputNumber`, MudBlazor, Radzen, Syncfusion,
 * Telerik, DevExpress, Fluent UI, Blazorise, MASA Blazor, Bit; real-world batches 218 and 220).
 */
const COMMON_INPUT_COMPONENTS = [
  'Input',
  'TextField',
  'TextInput',
  'FormControl',
  'Form.Control',
  'VTextField',
  'ElInput',
  'QInput',
  'BFormInput',
  'AInput',
  'NInput',
  // Nuxt UI's, auto-imported (real-world batch 245)
  'UInput',
  'InputText',
  'Textfield',
  // PrimeReact's masked input, Blueprint's text input, Semantic UI React's form input (real-world batch DG)
  'InputMask',
  'InputGroup',
  'Form.Input',
  'InputNumber',
  'MudTextField',
  'MudNumericField',
  'RadzenTextBox',
  'RadzenMask',
  'RadzenNumeric',
  'RadzenPassword',
  'SfTextBox',
  'SfMaskedTextBox',
  'SfNumericTextBox',
  'TelerikTextBox',
  'TelerikMaskedTextbox',
  'TelerikNumericTextBox',
  'DxTextBox',
  'DxMaskedInput',
  'DxSpinEdit',
  'FluentTextField',
  'FluentNumberField',
  'TextEdit',
  'NumericEdit',
  'MTextField',
  'BitTextField',
];

export default createRule<[Options], MessageId>({
  name: 'no-raw-card-inputs',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow your own inputs for card numbers and security codes; use Stripe Elements',
      recommended: 'recommended',
      saq: 'D',
      markup: true,
      strictOptions: [{ inputComponents: COMMON_INPUT_COMPONENTS }],
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          inputComponents: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              'Components that render a text input and pass `name` / `id` / `autoComplete` / `placeholder` through: JSX names as written (`TextField`, `Form.Control`; also imported under another name: `<MuiTextField>`, `<M.TextField>`, `<BootstrapForm.Control>`), template components by name in any case or hyphenation (`VTextField` is also `<v-text-field>` in a Vue template). They are checked like `<input>`, and their `label` counts like `aria-label`.',
          },
        },
      },
    ],
    defaultOptions: [{ inputComponents: [] }],
    messages: {
      rawCardInput:
        'This <{{element}}> collects the {{field}} in your own page, so card data passes through your DOM and your servers: PCI SAQ D instead of SAQ A. Collect it in Stripe\'s iframe with Elements: {{replacement}}.',
      cardInputReadInPage:
        "This <{{element}}> collects the {{field}} in your own page for {{library}} to read: the form never posts it, but the card data is in your page, where every script on it can reach it: PCI SAQ A-EP instead of SAQ A. Collect it in Stripe's iframe with Elements: {{replacement}}.",
      rawCardInputNative:
        "This React Native <{{element}}> collects the {{field}} in your own app, so card data passes through your code and your servers: PCI SAQ D instead of SAQ A. Collect it in Stripe's native UI: `<CardField />` or `<CardForm />` from @stripe/stripe-react-native, or the Payment Sheet.",
      fullCardDetails:
        "`dangerouslyGetFullCardDetails` makes Stripe's <{{component}}> hand the full card number and CVC to your JavaScript (its change and complete callbacks), so card data passes through your app: PCI SAQ D instead of SAQ A. Remove it; the field's PaymentMethod (`createPaymentMethod` / `confirmPayment` with the field) never needs the raw details.",
      removeFullCardDetails: 'Remove `dangerouslyGetFullCardDetails`.',
      replaceWithElement: 'Replace this <{{element}}> with `<{{component}} />` from @stripe/react-stripe-js (render it inside `<Elements>`).',
      replaceFormWithPaymentElement:
        "Replace this form's card inputs with one `<PaymentElement />` from @stripe/react-stripe-js (render it inside `<Elements>`).",
    },
  },
  defaultOptions: [{ inputComponents: [] }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    // A component test renders the form it tests (real-world batch 96): test code takes no customer's card.
    const reportOutsideTests = (descriptor: Parameters<typeof context.report>[0]): void => {
      if (!isTestSource(context)) context.report(descriptor);
    };
    const { inputComponents, markupKeys, mayNameInputComponent } = componentsOf(options);
    // Every finding is an `input` / `textarea` tag or createElement argument, a configured component, React Native's
    // `TextInput` or Formik's `Field` (imported from `formik`): the file's text must name one. Asked once, and only where a finding is possible at all (below).
    let namesEntryTag: boolean | undefined;
    const mayNameEntryTag = (): boolean => (namesEntryTag ??= mayNameTextEntryTag(sourceCode.text));
    let namesInputs: boolean | undefined;
    // The local names of input components known by their import (`importedInputNames`), read once.
    let importedInputs: ReadonlyMap<string, string> | undefined;
    const mayNameInputs = (): boolean =>
      (namesInputs ??= mayNameEntryTag() || mayNameInputComponent(sourceCode.text) || (importedInputs ??= importedInputNames(sourceCode)).size > 0);
    // An ERB view may render its inputs with Rails' field helpers (`<%= text_field_tag :card_number %>`).
    const mayRenderFields = isHtmlDocument(sourceCode) && mayCallFieldHelper(sourceCode.text);
    if (isMarkupFile(sourceCode) && !mayNameInputs() && !mayRenderFields) return {};
    // DOM-built and createElement inputs need the name `createElement` in the file. JSX elements exist only in JSX
    // files, so the JSX path asks at the file's first element: most files have neither and pay one search.
    const mayCreateElements = mentionsCreateElement(sourceCode.text) && mayNameInputs();
    // The elements a hosted-fields SDK of the file replaces with its secure fields (Gr4vy's, Mastercard's), read at the
    // first card input.
    let hostedIds: ReadonlySet<string> | undefined;
    const hostedTargets = (): ReadonlySet<string> => (hostedIds ??= hostedFieldTargets(sourceCode.text));
    // A page that loads Stripe.js v1 / v2 with its own `<script src>` (read at its first card input).
    let legacyPage: boolean | undefined;
    const legacyStripeJsPage = (): boolean =>
      (legacyPage ??= isMarkupFile(sourceCode) && (pageLoadsLegacyStripeJs(sourceCode.text) || layoutLoadsLegacyStripeJs(context.physicalFilename, sourceCode.text)));

    /**
     * While an element rendered by a callback mapped over a known list is read for one entry of the list, that entry:
     * what the callback's parameter stands for (`ownReading`).
     */
    let binding: { list: MappedList; entry: Node } | null = null;
    const boundValue = (node: Node): Node => (binding && valueForEntry(node, binding.list, binding.entry, sourceCode)) || node;

    const staticText = (node: Node): string | null => {
      const value = boundValue(node);
      // A template built from the entry (``name={`card[${field.id}]`}``): each hole read for the entry.
      if (binding && value.type === AST_NODE_TYPES.TemplateLiteral && value.expressions.length > 0) return boundTemplateText(value);
      const pieces = staticTextPieces(value, sourceCode);
      return pieces?.complete ? pieces.text : null;
    };
    const boundTemplateText = (template: TSESTree.TemplateLiteral): string | null => {
      let text = '';
      for (const [i, quasi] of template.quasis.entries()) {
        if (quasi.value.cooked === null) return null;
        text += quasi.value.cooked;
        const expression = template.expressions[i];
        if (!expression) continue;
        const part = staticText(expression);
        if (part === null) return null;
        text += part;
      }
      return text;
    };

    /** An attribute (or an object-literal property) as evidence: only the names that can be evidence are evaluated. */
    const evidence = (name: string, value: Node | null, bare: boolean): InputAttribute => {
      const normalized = normalizeAttributeName(name);
      // React renders a static `value` back after every keystroke (`<TextField label="Card number" value="4242 4242 4242
      // 4242" />`, a receipt's, also spread from a list's entry; real-world batch 310): the field shows it and takes no
      // typing, as a read-only one.
      if (name === 'value' && value && staticText(value) !== null && rendersWithReact(sourceCode)) return { name: 'readOnly', value: '' };
      if (normalized === 'value' || normalized === 'defaultvalue') {
        // A controlled input's `value={card.cvc}` (also `card.cvc || ''`) binds it like `v-model`; a static `value="…"` is an initial value.
        const path = value && value.type !== AST_NODE_TYPES.Literal ? shownPath(value, sourceCode) : null;
        return path === null ? { name, value: null } : { name: VALUE_BINDING, value: path };
      }
      if (CHANGE_HANDLERS.has(normalized)) {
        // An uncontrolled input whose change handler sets a state (`onChange={(e) => setCcv(e.target.value)}`) edits it.
        const path = value ? changedPath(value, sourceCode) : null;
        return path === null ? { name, value: null } : { name: CHANGE_BINDING, value: path };
      }
      if (!INPUT_EVIDENCE_ATTRIBUTES.has(normalized)) return { name, value: null };
      // `readOnly={true}` / `{false}`: a boolean, which is no static text.
      const literal = value && unwrap(value);
      if (literal?.type === AST_NODE_TYPES.Literal && typeof literal.value === 'boolean') return { name, value: String(literal.value) };
      const text = bare ? '' : value ? staticText(value) : null;
      // Wording given by a translation (`placeholder={t('stepPayment.cardNumber')}`): its key says what it is.
      return { name, value: text === null && value && TRANSLATABLE_WORDING.has(normalized) ? translationKeyText(value) : text };
    };

    /** The object literal a const of the file holds, where the file never changes it after the literal; else null. */
    const constObject = (node: Node): TSESTree.ObjectExpression | null => {
      const target = unwrap(node);
      const variable = target.type === AST_NODE_TYPES.Identifier ? variableOf(target, sourceCode) : null;
      const init = variable ? constInit(variable) : null;
      const object = init ? unwrap(init) : null;
      return object?.type === AST_NODE_TYPES.ObjectExpression && !contentsChanged(variable!, sourceCode) ? object : null;
    };
    /** The object literal a call of a function of the file returns, where that is the only thing it returns; else null. */
    const returnedObject = (node: Node): TSESTree.ObjectExpression | null => {
      const fn = node.type === AST_NODE_TYPES.CallExpression ? localFunctionOf(node.callee, sourceCode) : null;
      const returned = fn ? returnedValues(fn, sourceCode) : [];
      const object = returned.length === 1 ? unwrap(returned[0]!) : null;
      return object?.type === AST_NODE_TYPES.ObjectExpression ? object : null;
    };
    /** `inputProps={{ … }}` / `slotProps={{ htmlInput: { … } }}`: the object literal of attributes for the native input, else null. */
    const nativeInputProps = (name: string, value: Node): TSESTree.ObjectExpression | null => {
      const object = unwrap(value);
      if (object.type !== AST_NODE_TYPES.ObjectExpression) return null;
      if (name === 'inputProps') return object;
      if (name !== 'slotProps') return null;
      const html = objectEntry(object, sourceCode, 'htmlInput');
      const inner = html ? unwrap(html.value) : null;
      return inner?.type === AST_NODE_TYPES.ObjectExpression ? inner : null;
    };

    /**
     * The element's attributes in order, each with the node a report points at. A spread of an object literal
     * (`{...{ name: 'cvc', placeholder }}`) adds its properties; a form library's field props set the name and nothing
     * else that is evidence; any other spread is unknown.
     */
    function jsxAttributes(opening: TSESTree.JSXOpeningElement): Array<InputAttribute & { node: Node }> {
      let recordInput: boolean | undefined;
      /** An object literal's properties as attributes, each reported at `at(property)`. */
      const objectAttributes = (object: TSESTree.ObjectExpression, at: (property: Node) => Node): Array<InputAttribute & { node: Node }> =>
        object.properties.map((property) => {
          const name = property.type === AST_NODE_TYPES.Property && property.kind === 'init' && !property.computed ? propertyKey(property, sourceCode) : null;
          if (name === null || property.type !== AST_NODE_TYPES.Property) return { name: null, value: null, node: at(property) }; // `...rest`, `[key]: v`, getters
          return { ...evidence(name, property.value, false), node: at(property) };
        });
      return opening.attributes.flatMap((attribute): Array<InputAttribute & { node: Node }> => {
        if (attribute.type !== AST_NODE_TYPES.JSXSpreadAttribute) {
          const name = jsxAttributeName(attribute);
          const value = jsxAttributeValue(attribute);
          // The attributes a component hands its native input (MUI's `inputProps={{ autoComplete: 'cc-number' }}`, v6's
          // `slotProps={{ htmlInput: { … } }}`; mutation study 287), as written in the element.
          const native = value ? nativeInputProps(name, value) : null;
          if (native) return objectAttributes(native, (property) => property);
          // react-admin's `source`: the record field the input edits, a bound path.
          if (name === 'source' && value && (recordInput ??= RECORD_INPUT_IMPORTS.has(importedInputOf(opening) ?? ''))) {
            return [{ name: RECORD_SOURCE_BINDING, value: staticText(value), node: attribute }];
          }
          // Cleave's card-number mask says the field as `autocomplete="cc-number"` would.
          if (name === 'options' && value && importedInputOf(opening) === CLEAVE_IMPORT && cleaveMasksCardNumber(value, sourceCode)) {
            return [{ name: 'autocomplete', value: 'cc-number', node: attribute }];
          }
          return [{ ...evidence(name, value, attribute.value === null), node: attribute }];
        }
        const written = unwrap(attribute.argument);
        // A const object of the file that it never changes after its literal (`const cvcInputProps = { name: 'cvc' }`
        // spread into `<input {...cvcInputProps} />`; mutation study 287), an entry of a mapped list, or the one object
        // literal a function of the file returns (`{...field('cvc')}` of `function field(name) { return { value:
        // form[name], onChange } }`; frequency study 292): its keys are all it adds.
        const spread = unwrap(constObject(written) ?? returnedObject(written) ?? boundValue(written));
        if (spread.type === AST_NODE_TYPES.ObjectExpression) {
          // An entry of a mapped list (`{...field}`) or a const's literal is reported at the spread: the element is what
          // collects the data.
          return objectAttributes(spread, (property) => (spread === written ? property : attribute));
        }
        const field = spreadFieldName(attribute.argument, sourceCode);
        return [field === null ? { name: null, value: null, node: attribute } : { name: 'name', value: field, node: attribute }];
      });
    }

    // Input components known by their import (React Native's `TextInput`, Formik's `Field`, react-native-masked-text's
    // `TextInputMask`): the local names the file's import declarations give them, read once from the top-level
    // statements; an element named so is confirmed by a scope lookup (`importedAs`), other elements cost nothing.
    const importedInputKey = (name: TSESTree.JSXIdentifier | TSESTree.Identifier): string | null => {
      importedInputs ??= importedInputNames(sourceCode);
      const known = importedInputs.get(name.name);
      if (known === undefined) return null;
      const imported = importedAs(name, sourceCode);
      return imported !== null && `${imported.source}:${imported.name}` === known ? known : null;
    };
    /** `<Input>` by its import, or `<InputGroup.Input>` by its namespace's (`importedInputNames`). */
    const importedInputOf = (opening: TSESTree.JSXOpeningElement): string | null => {
      const name = opening.name;
      if (name.type === AST_NODE_TYPES.JSXIdentifier) return importedInputKey(name);
      if (name.type !== AST_NODE_TYPES.JSXMemberExpression || name.object.type !== AST_NODE_TYPES.JSXIdentifier) return null;
      importedInputs ??= importedInputNames(sourceCode);
      const known = importedInputs.get(`${name.object.name}.${name.property.name}`);
      if (known === undefined) return null;
      const imported = importedAs(name.object, sourceCode);
      return imported?.name === '*' && known.startsWith(`${imported.source}:`) ? known : null;
    };
    // React Native's own text field.
    const isNativeTextInput = (opening: TSESTree.JSXOpeningElement): boolean => importedInputOf(opening) === NATIVE_TEXT_INPUT_IMPORT;
    // A React Native UI kit's text field (native-base's `Input`, React Native Paper's `TextInput`; real-world batch 206),
    // where it is an input (`jsxTag`): a native one too.
    const isNativeKitField = (opening: TSESTree.JSXOpeningElement): boolean => {
      if (opening.name.type !== AST_NODE_TYPES.JSXIdentifier || !/^[A-Z]/.test(opening.name.name)) return false;
      const imported = importedAs(opening.name, sourceCode);
      return imported !== null && NATIVE_UI_MODULES.test(imported.source);
    };
    // react-native-masked-text's `<TextInputMask type="credit-card" />`: a text field masked as a card number.
    const checkMaskedCardInput = (opening: TSESTree.JSXOpeningElement): boolean => {
      if (importedInputOf(opening) !== MASKED_INPUT_IMPORT) return false;
      const type = jsxAttributeNamed(opening, 'type');
      const value = type ? jsxAttributeValue(type) : null;
      if (!type || !value || staticText(value) !== 'credit-card') return false;
      reportOutsideTests({ node: type, messageId: 'rawCardInputNative', data: { element: 'TextInputMask', field: CARD_FIELD_LABEL.pan } });
      return true;
    };
    // react-native-credit-card-input's `<CreditCardInput />` / `<LiteCreditCardInput />`: a whole card form in JavaScript;
    // react-credit-card-input's on the web.
    const checkCardFormComponent = (opening: TSESTree.JSXOpeningElement): boolean => {
      const imported = importedInputOf(opening);
      if (imported === WEB_CARD_FORM_IMPORT) {
        reportOutsideTests({
          node: opening.name,
          messageId: 'rawCardInput',
          data: {
            element: sourceCode.getText(opening.name),
            field: `${CARD_FIELD_LABEL.pan} and ${CARD_FIELD_LABEL.cvc}`,
            replacement: 'render `<PaymentElement />` (or `<CardElement />`) from @stripe/react-stripe-js inside `<Elements>` in its place',
          },
        });
        return true;
      }
      if (imported !== null && CARD_NUMBER_INPUT_IMPORTS.has(imported)) {
        reportOutsideTests({
          node: opening.name,
          messageId: 'rawCardInput',
          data: {
            element: sourceCode.getText(opening.name),
            field: CARD_FIELD_LABEL.pan,
            replacement: `\`<${ELEMENT_COMPONENT.pan!} />\` from @stripe/react-stripe-js, or \`<PaymentElement />\` for the whole card form`,
          },
        });
        return true;
      }
      if (imported === null || !CARD_FORM_IMPORTS.has(imported)) return false;
      // (A default export is named as the file imports it: `CreditCardForm`.)
      const exported = imported.slice(imported.lastIndexOf(':') + 1);
      const element = exported === 'default' ? sourceCode.getText(opening.name) : exported;
      reportOutsideTests({ node: opening.name, messageId: 'rawCardInputNative', data: { element, field: `${CARD_FIELD_LABEL.pan} and ${CARD_FIELD_LABEL.cvc}` } });
      return true;
    };
    // Formik's `<Field name="cardNumber" />` renders an `<input>` with its props, unless told to render something else
    // (but for an input component of the options: `as={Form.Control}`, real-world batch 266); redux-form's and React
    // Final Form's `<Field name="cvc" component="input" />` only when told to render one.
    const isFieldInput = (opening: TSESTree.JSXOpeningElement): boolean => {
      const imported = importedInputOf(opening) ?? '';
      const formik = FORMIK_FIELD_IMPORTS.has(imported);
      if (!formik && !COMPONENT_FIELD_IMPORTS.has(imported)) return false;
      const element = opening.parent;
      if (element.type === AST_NODE_TYPES.JSXElement && element.children.some((child) => child.type === AST_NODE_TYPES.JSXExpressionContainer)) return false;
      let rendersInput = formik;
      for (const a of opening.attributes) {
        if (a.type !== AST_NODE_TYPES.JSXAttribute) continue;
        const name = jsxAttributeName(a);
        if (name === 'render') return false;
        if (name !== 'component' && !(formik && name === 'as')) continue;
        const value = jsxAttributeValue(a);
        const rendered = value ? staticText(value) : null;
        const component = formik && name === 'as' && rendered === null && value ? unwrap(value) : null;
        const inputComponent = (component?.type === AST_NODE_TYPES.Identifier || component?.type === AST_NODE_TYPES.MemberExpression) && isInputComponent(component, sourceCode.getText(component));
        if (rendered !== 'input' && rendered !== 'textarea' && !inputComponent) return false;
        rendersInput = true;
      }
      return rendersInput;
    };

    /**
     * Is a component, `written` so, one of the options' input components, as written or under the name its module
     * exports it by (`<MuiTextField>` imported as `TextField`, `<M.TextField>`, `<BootstrapForm.Control>`)?
     */
    function isInputComponent(name: TSESTree.JSXTagNameExpression | TSESTree.Identifier | TSESTree.MemberExpression, written: string): boolean {
      if (inputComponents.has(written)) return true;
      // (An intrinsic element, `<div>`, is no import: no scope lookup.)
      if (name.type === AST_NODE_TYPES.JSXIdentifier && !/^[A-Z]/.test(name.name)) return false;
      const canonical = importedComponentName(name, sourceCode);
      return canonical !== null && inputComponents.has(canonical);
    }

    /**
     * `input` / `textarea`, React Native's `TextInput`, or a configured input component (`TextField`, `Form.Control`);
     * null for anything else.
     */
    function jsxTag(opening: TSESTree.JSXOpeningElement): string | null {
      if (opening.name.type === AST_NODE_TYPES.JSXIdentifier && TEXT_ENTRY_TAGS.has(opening.name.name)) return opening.name.name;
      if (isNativeTextInput(opening)) return NATIVE_TEXT_INPUT;
      const imported = importedInputOf(opening) ?? '';
      if (isFieldInput(opening) || MASK_INPUT_IMPORTS.has(imported) || RECORD_INPUT_IMPORTS.has(imported) || IONIC_INPUT_IMPORTS.has(imported) || isAppInputImport(imported)) {
        // A react-number-format element that shows its value as text (`displayType="text"`) is no input.
        const display = NUMBER_FORMAT_IMPORTS.has(imported) ? jsxAttributeNamed(opening, 'displayType') : undefined;
        const shown = display ? jsxAttributeValue(display) : null;
        if (shown && staticText(shown) === 'text') return null;
        if (opening.name.type === AST_NODE_TYPES.JSXIdentifier) return opening.name.name;
        // (A namespace's member: shadcn's `<InputGroup.Input>`, known by its module only.)
        return isAppInputImport(imported) ? jsxElementName(opening.name) : null;
      }
      const styled = styledInputTag(opening);
      if (styled !== null) return styled;
      // A component of the file that hands its props to the one native input it renders (real-world batch 337).
      const local = opening.name.type === AST_NODE_TYPES.JSXIdentifier && (rendersNativeInput ??= /<(?:input|textarea)\b/.test(sourceCode.text)) ? forwardingInputComponent(opening.name, sourceCode) : null;
      if (local) {
        forwardedProps.set(opening, local.forwarded);
        return local.tag;
      }
      if (inputComponents.size === 0) return null;
      const name = jsxElementName(opening.name);
      // A component that wraps elements is a field's group, not its input: Chakra's and MUI's `<FormControl>` hold a
      // label and the input (a Stripe Element, a native input judged on its own); React Bootstrap's is self-closing.
      if (!isInputComponent(opening.name, name) || opening.parent.children.some((child) => child.type === AST_NODE_TYPES.JSXElement)) return null;
      // Rendered as another element (`<Input as="select">`, `<Form.Control as="select">`; regression probe 273).
      const element = jsxStaticAttribute(opening, 'as', sourceCode);
      if (typeof element === 'string' && element !== 'input' && element !== 'textarea') return null;
      return name;
    }

    let usesStyled: boolean | undefined;
    /** Does the file render a native input, as a component of its own that forwards its props to one must? */
    let rendersNativeInput: boolean | undefined;
    /** The props such a component forwards to its input, by its elements (`forwardingInputComponent`). */
    const forwardedProps = new WeakMap<TSESTree.JSXOpeningElement, ForwardingInput['forwarded']>();
    /** The static `.attrs({ … })` objects of a styled input element's component, innermost first (styledInputTag). */
    const styledAttrs = new WeakMap<TSESTree.JSXOpeningElement, TSESTree.ObjectExpression[]>();

    /**
     * The props a styled input's `.attrs({ … })` give it, as attributes of the element (reported at its name), for the
     * names the element does not set itself: which of the two wins where both do differs between styled-components
     * versions. Nothing where the element spreads unknown props.
     */
    function styledAttributes(opening: TSESTree.JSXOpeningElement, own: readonly InputAttribute[]): Array<InputAttribute & { node: Node }> {
      const objects = styledAttrs.get(opening);
      if (!objects || own.some((attribute) => attribute.name === null)) return [];
      const written = new Set(own.map((attribute) => normalizeAttributeName(attribute.name!)));
      const out: Array<InputAttribute & { node: Node }> = [];
      for (const object of objects) {
        for (const property of object.properties) {
          const name = property.type === AST_NODE_TYPES.Property && property.kind === 'init' && !property.computed ? propertyKey(property, sourceCode) : null;
          if (name === null || property.type !== AST_NODE_TYPES.Property || written.has(normalizeAttributeName(name))) continue;
          out.push({ ...evidence(name, property.value, false), node: opening.name });
        }
      }
      return out;
    }
    /**
     * A styled component the file declares that renders an `<input>` / `<textarea>` (`styled.input`…``) or a configured
     * input component (`styled(TextField)`…``), through styled components of styled components: that tag or name.
     */
    /**
     * A component a styled component wraps that renders an input with its props, known by its import
     * (`styled(PatternFormat)`, `styled(InputMask)`; real-world batch DM).
     */
    function wrapsInputImport(node: TSESTree.Identifier): boolean {
      const key = importedInputKey(node);
      return key !== null && (MASK_INPUT_IMPORTS.has(key) || isAppInputImport(key));
    }

    function styledInputTag(opening: TSESTree.JSXOpeningElement): string | null {
      // The text search runs once per file, at its first component element.
      if (opening.name.type !== AST_NODE_TYPES.JSXIdentifier || !/^[A-Z]/.test(opening.name.name) || !(usesStyled ??= mayUseStyled(sourceCode.text))) return null;
      let target = styledTarget(opening.name, sourceCode);
      const attrs: TSESTree.ObjectExpression[] = [];
      const found = (tag: string): string => {
        if (attrs.length > 0) styledAttrs.set(opening, attrs);
        return tag;
      };
      for (let depth = 0; target?.kind === 'component' && depth < 4; depth++) {
        attrs.unshift(...target.attrs);
        if (inputComponents.has(target.node.name) || wrapsInputImport(target.node)) return found(target.node.name);
        target = styledTarget(target.node, sourceCode);
      }
      if (target?.kind !== 'intrinsic' || !TEXT_ENTRY_TAGS.has(target.tag)) return null;
      attrs.unshift(...target.attrs);
      return found(target.tag);
    }

    const verdicts = new WeakMap<TSESTree.JSXOpeningElement, (InputVerdict & { node: Node }) | null>();

    /**
     * The field an Ant Design `<Form.Item name="cvv">` binds its one child input to (antd sets the child's `id`, value
     * and change handler from it): a name, or a name path (`name={['card', 'number']}`) read like a bound value. Read
     * before the input's own attributes, reported at the input.
     */
    function formItemBinding(opening: TSESTree.JSXOpeningElement): (InputAttribute & { node: Node }) | null {
      const element = opening.parent;
      const item = element.parent;
      if (item?.type !== AST_NODE_TYPES.JSXElement || !isFormItem(item.openingElement.name)) return null;
      const children = item.children.filter((child) => child.type !== AST_NODE_TYPES.JSXText || child.value.trim() !== '');
      if (children.length !== 1 || children[0] !== element) return null;
      const attribute = jsxAttributeNamed(item.openingElement, 'name');
      const value = attribute ? jsxAttributeValue(attribute) : null;
      if (!value) return null;
      const target = unwrap(value);
      if (target.type === AST_NODE_TYPES.ArrayExpression) {
        const segments = target.elements.map((segment) => (segment && segment.type !== AST_NODE_TYPES.SpreadElement ? staticText(segment) : null));
        return segments.length > 0 && segments.every((segment) => segment !== null && /^[A-Za-z_$][\w$]*$/.test(segment))
          ? { name: VALUE_BINDING, value: segments.join('.'), node: opening.name }
          : null;
      }
      const name = staticText(value);
      return name === null ? null : { name: 'name', value: name, node: opening.name };
    }

    /**
     * The element's verdict and the node that decided it (an attribute, or a property of a spread object literal),
     * computed once (the form scan for the Payment Element suggestion asks again).
     */
    function jsxVerdict(opening: TSESTree.JSXOpeningElement): (InputVerdict & { node: Node }) | null {
      let verdict = verdicts.get(opening);
      if (verdict === undefined) {
        const own = ownReading(opening);
        let found = own && own.verdict;
        // An input that names no card field of its own, in a form that takes a card number: a CVC by its card form.
        if (own && found === null && formHolds(opening, 'pan')) found = classifyCvcInCardForm(own.attributes, own.options);
        // ...and `name="pan"` in a form that takes a CVC: the card number.
        const pan = own && found === null ? classifyPanInCardForm(own.attributes, own.options) : null;
        if (pan && formHolds(opening, 'cvc')) found = pan;
        // A label that names another kind of card (`<label htmlFor="card_no">Gift card number</label>`) settles it.
        if (found && found.kind !== 'safe' && labelNamesOtherCard(opening)) found = null;
        // A card number with no CVC beside it, in a file that names a barcode: a loyalty or membership card's number,
        // typed in or scanned (real-world batch FR: a loyalty-card wallet's `cardNumber` saved as the card's `barcode`).
        if (found?.kind === 'pan' && namesBarcode() && !formHolds(opening, 'cvc') && !componentHoldsCvc(opening)) found = null;
        // A card number beside a PIN, with no security code or expiry: a gift, library or SIM card's (as in markup).
        if (found?.kind === 'pan' && jsxNumberBesidePinOnly(opening)) found = null;
        verdict = found && own ? { ...found, node: own.attributes[found.index]!.node } : null;
        verdicts.set(opening, verdict);
      }
      return verdict;
    }

    /** Per form: does it hold an input that its own attributes name a card number (a CVC)? */
    const cardNumberForms = new WeakMap<TSESTree.JSXElement | TSESTree.JSXFragment, boolean>();
    const cvcForms = new WeakMap<TSESTree.JSXElement | TSESTree.JSXFragment, boolean>();
    /**
     * Is the input in a form that holds an input named a card number (a CVC) by its own attributes (not by its form)? A
     * form is a `<form>`, or a component named as one (Formik's and antd's `<Form>`, a styled `<PaymentForm>`).
     */
    function formHolds(opening: TSESTree.JSXOpeningElement, kind: 'pan' | 'cvc'): boolean {
      // Outside every form, the JSX tree's fields outside its forms stand for one (a component that posts its fields
      // from a click handler renders no `<form>`; real-world batch 205, the same in markup).
      const enclosing = enclosingJsxElement(opening.parent, namesForm);
      const formless = enclosing === null;
      const form = enclosing ?? jsxTreeRoot(opening.parent);
      const memo = kind === 'pan' ? cardNumberForms : cvcForms;
      let known = memo.get(form);
      if (known === undefined) {
        known = jsxElementsWithin(form).some(
          (child) => ownVerdictKind(child.openingElement) === kind && (!formless || enclosingJsxElement(child, namesForm) === null),
        );
        memo.set(form, known);
      }
      return known;
    }

    /**
     * An input element's attributes (an antd `Form.Item`'s binding first) and what they say alone; null for an element
     * that is no input.
     */
    type OwnReading = { attributes: Array<InputAttribute & { node: Node }>; options: { component: boolean }; verdict: InputVerdict | null };
    /** Inputs whose verdict holds for one entry of the list they are rendered from: no edit fits them all. */
    const mappedInputs = new WeakSet<TSESTree.JSXOpeningElement>();

    /**
     * Is a card-number input in a group of fields (the smallest JSX element around it that holds another input) with a
     * PIN input and neither a security code nor an expiry input, by their own attributes (precision probe GH)?
     */
    function jsxNumberBesidePinOnly(opening: TSESTree.JSXOpeningElement): boolean {
      const element = opening.parent;
      const own = ownReading(opening);
      for (let current: Node | undefined = element.parent; current && isJsxNesting(current); current = current.parent) {
        if (current.type !== AST_NODE_TYPES.JSXElement && current.type !== AST_NODE_TYPES.JSXFragment) continue;
        let kinds = jsxGroupKinds.get(current);
        if (!kinds) {
          kinds = new Map();
          for (const inner of jsxElementsWithin(current)) {
            const reading = ownReading(inner.openingElement);
            if (reading) countKind(kinds, reading.verdict?.kind);
          }
          jsxGroupKinds.set(current, kinds);
        }
        // Its own reading is among them: the group holds another input when there is more than that one.
        if (total(kinds) - (own ? 1 : 0) === 0) continue;
        return pinOnlyBesides(kinds, own ? { kind: own.verdict?.kind ?? null } : null);
      }
      return false;
    }
    /**
     * Per JSX element: how many of the inputs within it read as each kind of card field by their own attributes (null
     * for none), listed once however many inputs ask (a form of thousands of card inputs).
     */
    const jsxGroupKinds = new WeakMap<Node, Map<string | null | undefined, number>>();

    /**
     * Per input: its own reading, made once however many ask (its verdict, its form's and its group's listing, each
     * card number's PIN check: four readings of each input of a form of card inputs before).
     */
    const ownReadings = new WeakMap<TSESTree.JSXOpeningElement, OwnReading | null>();
    function ownReading(opening: TSESTree.JSXOpeningElement): OwnReading | null {
      // (Read for one entry of a mapped list, a reading holds for that entry only.)
      if (binding !== null) return readOwn(opening);
      let reading = ownReadings.get(opening);
      if (reading === undefined) {
        reading = readOwn(opening);
        ownReadings.set(opening, reading);
      }
      return reading;
    }
    function readOwn(opening: TSESTree.JSXOpeningElement): OwnReading | null {
      const tag = jsxTag(opening);
      if (tag === null) return null;
      const reading = attributeReading(opening, tag);
      if (reading.verdict !== null || binding !== null) return reading;
      // Rendered once per entry of a known list (`FIELDS.map((field) => <input name={field.name} />)`): read for each
      // entry; the first that names a card number or code (else expiry) decides.
      const list = mappedListOfElement(opening);
      if (!list) return reading;
      let found: OwnReading | null = null;
      for (const entry of list.entries) {
        binding = { list, entry };
        let read: OwnReading;
        try {
          read = attributeReading(opening, tag);
        } finally {
          binding = null;
        }
        const kind = read.verdict?.kind;
        if (kind === 'pan' || kind === 'cvc') {
          found = read;
          break;
        }
        if (kind !== undefined && kind !== 'safe' && found === null) found = read;
      }
      if (!found) return reading;
      mappedInputs.add(opening);
      return found;
    }

    /** The known list an element is rendered from, by an evidence attribute or a spread read off the callback's parameter. */
    function mappedListOfElement(opening: TSESTree.JSXOpeningElement): MappedList | null {
      for (const attribute of opening.attributes) {
        const value =
          attribute.type === AST_NODE_TYPES.JSXSpreadAttribute
            ? attribute.argument
            : INPUT_EVIDENCE_ATTRIBUTES.has(normalizeAttributeName(jsxAttributeName(attribute)))
              ? jsxAttributeValue(attribute)
              : null;
        const target = value && unwrap(value);
        // A value read off the parameter, or a template with such a hole (``name={`card[${field.id}]`}``).
        const reads = target?.type === AST_NODE_TYPES.TemplateLiteral ? target.expressions : target ? [target] : [];
        for (const read of reads) {
          const root = unwrap(read);
          if (root.type !== AST_NODE_TYPES.Identifier && root.type !== AST_NODE_TYPES.MemberExpression) continue;
          const list = mappedListOf(root, sourceCode);
          if (list) return reachedForEveryEntry(opening, list.callback) ? list : null;
        }
      }
      return null;
    }

    function attributeReading(opening: TSESTree.JSXOpeningElement, tag: string): OwnReading {
      const bound = formItemBinding(opening);
      // A local component's element: only the props it forwards to its input are the input's.
      const forwarded = forwardedProps.get(opening);
      const own =
        forwarded === undefined || forwarded === 'all'
          ? jsxAttributes(opening)
          : jsxAttributes(opening).filter(({ node }) => node.type === AST_NODE_TYPES.JSXAttribute && forwarded.has(jsxAttributeName(node)));
      const attributes = [...(bound ? [bound] : []), ...styledAttributes(opening, own), ...own];
      // A component (and a web component's text field) is also named by its `label`.
      const options = { component: !TEXT_ENTRY_TAGS.has(tag) || WEB_COMPONENT_TEXT_FIELDS.has(tag) };
      // (An `<input>`'s label is read before a name that says only "credit card": `bareCardName`.)
      const element = opening.parent;
      const labelFirst = TEXT_ENTRY_TAGS.has(tag) && element.type === AST_NODE_TYPES.JSXElement;
      const verdict = classifyInputAttributes(attributes, { ...options, bareCardName: !labelFirst });
      if (verdict === null && !labelFirst && element.type === AST_NODE_TYPES.JSXElement) {
        // A component is named by its field group's label, as an `<input>` is (`<FormControl><FormLabel>CVV</FormLabel>
        // <Input /></FormControl>`, React Bootstrap's `Form.Group`, Mantine's `Input.Wrapper`; real-world batch 271).
        // (Only where its own name, wording and bound value say nothing, or a card: `placeholder="Amount"`, `name=
        // "couponCode"`, `value={memberId}` say another field, whatever the caption or the group's label; regression
        // probe 273.)
        const saysNothingElse = ownWordsSayNothingElse(attributes);
        // React Native's text input (or a UI kit's: native-base's `Input`, probe 307), by the `<Text>` caption written
        // right before it: not a read-only display's (`editable={false}`), nor a phone's or an e-mail's field, by its
        // keyboard (`keyboardType="phone-pad"`).
        const takesCardEntry =
          saysNothingElse &&
          jsxStaticAttribute(opening, 'editable', sourceCode) !== false &&
          !OTHER_KEYBOARDS.has(String(jsxStaticAttribute(opening, 'keyboardType', sourceCode))) &&
          ((tag === NATIVE_TEXT_INPUT && isNativeTextInput(opening)) || isNativeKitField(opening));
        const caption = takesCardEntry ? jsxNativeCaption(element, sourceCode) : null;
        if (caption !== null) {
          const labelled = withOwnLabel(attributes, [caption], opening.name);
          return { attributes: labelled, options, verdict: classifyInputAttributes(labelled, options) };
        }
        const group = saysNothingElse ? jsxFieldGroup(element, sourceCode) : null;
        if (group !== null) {
          // (React Bootstrap's `controlId` is the control's `id`, where it sets none itself.)
          const id = group.id !== null && !attributes.some((a) => a.name === 'id') ? [{ name: 'id', value: group.id, node: opening.name }] : [];
          const labelled = withOwnLabel([...attributes, ...id], group.labels, opening.name);
          return { attributes: labelled, options, verdict: classifyInputAttributes(labelled, options) };
        }
      }
      if (verdict !== null || !labelFirst) return { attributes, options, verdict };
      // Where its attributes say nothing, an `<input>`'s own label names it, as an `aria-label` would (at the tag's name).
      const labelled = withOwnLabel(attributes, jsxLabelTexts(element, sourceCode, { ownOnly: true }), opening.name);
      return { attributes: labelled, options, verdict: classifyInputAttributes(labelled, options) };
    }

    /** What an input collects by its own attributes and labels, not by its form. */
    function ownVerdictKind(opening: TSESTree.JSXOpeningElement): InputVerdict['kind'] | null {
      const known = verdicts.get(opening);
      if (known !== undefined) return known?.kind ?? null;
      const kind = ownReading(opening)?.verdict?.kind ?? null;
      return kind !== null && kind !== 'safe' && labelNamesOtherCard(opening) ? null : kind;
    }

    /** Does the function that renders the input render an input its own attributes name a CVC? */
    function componentHoldsCvc(opening: TSESTree.JSXOpeningElement): boolean {
      const component = enclosingFunction(opening);
      let holds = false;
      if (component) {
        forEachNode(component.body, sourceCode, (node) => {
          holds = node.type === AST_NODE_TYPES.JSXOpeningElement && node !== opening && ownVerdictKind(node) === 'cvc';
          return holds;
        });
      }
      return holds;
    }

    let barcode: boolean | undefined;
    /** Does the file's text name a barcode (`BarcodeFormat`, `barcode_type`)? Read once. */
    const namesBarcode = (): boolean => (barcode ??= /barcode/i.test(sourceCode.text));

    /** Does a visible label of the input (one wrapping it, one `htmlFor` its id) name another kind of card? */
    const labelNamesOtherCard = (opening: TSESTree.JSXOpeningElement): boolean =>
      opening.parent.type === AST_NODE_TYPES.JSXElement && jsxLabelTexts(opening.parent, sourceCode).some(namesOtherKindOfCard);

    /**
     * Remove a JSX element: in child position it vanishes (with its line when it stands alone on it); elsewhere
     * (`cond && <input/>`) it becomes `null` so the expression still parses.
     */
    function removeElement(fixer: TSESLint.RuleFixer, element: TSESTree.JSXElement): TSESLint.RuleFix {
      const parent = element.parent;
      if (parent.type !== AST_NODE_TYPES.JSXElement && parent.type !== AST_NODE_TYPES.JSXFragment) return fixer.replaceText(element, 'null');
      // Alone on its line (only blanks around it up to a line break before and one, or the end, after): its line goes.
      // Scanned outwards from the element to the first other character, not to the line's ends: a form written on one
      // line is read once per input, and each reported input's suggestion removes all of them.
      const text = sourceCode.text;
      const isBlank = (at: number): boolean => text[at] === ' ' || text[at] === '\t';
      let before = element.range[0];
      while (before > 0 && isBlank(before - 1)) before--;
      let after = element.range[1];
      while (after < text.length && isBlank(after)) after++;
      const alone =
        before > 0 && text[before - 1] === '\n' && (after === text.length || text[after] === '\n' || (text[after] === '\r' && text[after + 1] === '\n'));
      // The line break before it goes too, `\r\n` whole.
      const lineBreak = before > 1 && text[before - 2] === '\r' ? before - 2 : before - 1;
      return alone ? fixer.removeRange([lineBreak, element.range[1]]) : fixer.remove(element);
    }

    function elementText(reference: string, opening: TSESTree.JSXOpeningElement): string {
      const carried = opening.attributes
        .filter((a): a is TSESTree.JSXAttribute => a.type === AST_NODE_TYPES.JSXAttribute && CARRIED_ATTRIBUTES.has(jsxAttributeName(a)))
        .map((a) => ` ${sourceCode.getText(a)}`)
        .join('');
      return `<${reference}${carried} />`;
    }

    type FormInput = { element: TSESTree.JSXElement; verdict: InputVerdict };
    /**
     * A form's card inputs, and whether the Payment Element can stand for all of them: the fields of one card (a form
     * of several card numbers or codes takes several cards, which one Payment Element does not).
     */
    type FormInputs = { inputs: FormInput[]; oneCard: boolean };
    const formInputsCache = new WeakMap<Node, FormInputs>();

    /** The card inputs (PAN, CVC, expiry) directly in the JSX of the nearest enclosing `<form>`, in source order. */
    function formCardInputs(element: TSESTree.JSXElement): FormInputs | null {
      const form = enclosingJsxElement(element, 'form');
      if (!form) return null;
      let found = formInputsCache.get(form);
      if (!found) {
        const inputs: FormInput[] = [];
        for (const child of jsxElementsWithin(form)) {
          const verdict = jsxVerdict(child.openingElement);
          if (verdict && (verdict.kind === 'pan' || verdict.kind === 'cvc' || verdict.kind === 'expiry')) inputs.push({ element: child, verdict });
        }
        // Once per form: each of its inputs asks. One card is one number, at most one security code and at most two
        // expiry fields (month and year): also what keeps each suggestion, which removes the others, to a few edits.
        const count = (kind: string): number => inputs.filter((i) => i.verdict.kind === kind).length;
        // An input rendered once per entry of a list stands for several: not one card's field.
        const oneCard = inputs.length > 1 && count('pan') === 1 && count('cvc') <= 1 && count('expiry') <= 2;
        found = { inputs, oneCard: oneCard && !inputs.some((input) => mappedInputs.has(input.element.openingElement)) };
        formInputsCache.set(form, found);
      }
      return found;
    }

    /**
     * Does this card-number input take only a part of the number (`maxLength={4}`: one of four boxes)? A card number
     * has 12 to 19 digits. One Card Number Element in its place would leave the other parts behind.
     */
    function takesPartOfNumber(opening: TSESTree.JSXOpeningElement): boolean {
      for (const attribute of opening.attributes) {
        if (attribute.type !== AST_NODE_TYPES.JSXAttribute || jsxAttributeName(attribute).toLowerCase() !== 'maxlength') continue;
        const value = jsxAttributeValue(attribute);
        const limit = value === null ? null : staticValue(value, sourceCode);
        const digits = typeof limit === 'number' ? limit : typeof limit === 'string' && /^\d+$/.test(limit.trim()) ? Number(limit) : NaN;
        return digits > 0 && digits < SHORTEST_PAN;
      }
      return false;
    }

    function jsxSuggestions(element: TSESTree.JSXElement, kind: 'pan' | 'cvc'): TSESLint.SuggestionReportDescriptor<MessageId>[] {
      const suggestions: TSESLint.SuggestionReportDescriptor<MessageId>[] = [];
      const component = ELEMENT_COMPONENT[kind]!;
      const tag = jsxElementName(element.openingElement.name);
      const plan = kind === 'pan' && takesPartOfNumber(element.openingElement) ? null : planNamedImport(sourceCode, element, REACT_STRIPE_JS, component);
      if (plan) {
        suggestions.push({
          messageId: 'replaceWithElement',
          data: { element: tag, component },
          fix: (fixer) => {
            const fixes = [fixer.replaceText(element, elementText(plan.reference, element.openingElement))];
            if (plan.fix) fixes.push(plan.fix(fixer));
            return fixes;
          },
        });
      }
      const form = formCardInputs(element);
      if (form?.oneCard) {
        const { inputs } = form;
        const payment = planNamedImport(sourceCode, element, REACT_STRIPE_JS, 'PaymentElement');
        if (payment) {
          suggestions.push({
            messageId: 'replaceFormWithPaymentElement',
            fix: (fixer) => {
              const fixes = inputs.map((input, i) =>
                i === 0 ? fixer.replaceText(input.element, `<${payment.reference} />`) : removeElement(fixer, input.element),
              );
              if (payment.fix) fixes.push(payment.fix(fixer));
              return fixes;
            },
          });
        }
      }
      return suggestions;
    }

    /** The finding on an input (`at` a node, or a source range in markup and template tags). */
    function report(
      at: Node | readonly [number, number],
      element: string,
      verdict: InputVerdict & { kind: 'pan' | 'cvc' },
      replacement: string,
      suggest: TSESLint.SuggestionReportDescriptor<MessageId>[] = [],
    ): void {
      // A collectible card's number (a trading card's collector number, in a file about such cards).
      if (collectibleCardNumber(verdict.kind, sourceCode)) return;
      const field = CARD_FIELD_LABEL[verdict.kind];
      const library = verdict.readInPageOnly ? IN_PAGE_LIBRARY_NAMES[verdict.readInPageOnly] : null;
      const messageId = library === null ? 'rawCardInput' : 'cardInputReadInPage';
      const data = library === null ? { element, field, replacement } : { element, field, library, replacement };
      // Written out, not spread from a place object: a spread of objects of two shapes took some 6 µs per report (a
      // form of 1,200 card inputs on one line).
      reportOutsideTests(isRange(at) ? { loc: locOf(sourceCode, at), messageId, data, suggest } : { node: at, messageId, data, suggest });
    }

    /** `React.createElement('input', { name: 'cardNumber' })` / `createElement('textarea', props)`. */
    function checkReactCreateElement(call: TSESTree.CallExpression): void {
      const callee = unwrap(call.callee);
      const name = writtenName(callee);
      if (name !== 'createElement' || call.arguments.length < 2) return;
      const [tagNode, props] = call.arguments;
      const tag = tagNode ? staticText(tagNode) : null;
      if (tag === null || !TEXT_ENTRY_TAGS.has(tag) || !props) return;
      const object = unwrap(props);
      if (object.type !== AST_NODE_TYPES.ObjectExpression) return;
      const attributes: InputAttribute[] = object.properties.map((prop) => {
        if (prop.type !== AST_NODE_TYPES.Property || prop.kind !== 'init') return { name: null, value: null };
        const key = prop.computed ? staticText(prop.key) : prop.key.type === AST_NODE_TYPES.Identifier ? prop.key.name : prop.key.type === AST_NODE_TYPES.Literal ? String(prop.key.value) : null;
        return { name: key, value: staticText(prop.value) };
      });
      const verdict = classifyInputAttributes(attributes);
      if (isReported(verdict)) {
        const component = ELEMENT_COMPONENT[verdict.kind]!;
        report(object.properties[verdict.index]!, tag, verdict, `\`createElement(${component})\` with \`${component}\` from @stripe/react-stripe-js, or the Payment Element`);
      }
    }

    /** What a markup element collects by its own attributes: null for an element that is no text entry. */
    function markupVerdict(
      element: MarkupElement,
    ): { verdict: InputVerdict | null; attributes: InputAttribute[]; options: { firstWins: boolean; component: boolean; legacyStripeJsPage: boolean } } | null {
      const entry = TEXT_ENTRY_TAGS.has(element.tag) || isVeeFieldInput(element);
      if (!entry && !isAppInputElement(element.tag) && (markupKeys.size === 0 || !markupKeys.has(markupComponentKey(element.tag)))) return null;
      let attributes: InputAttribute[] = element.attributes.map(({ name, value, pieces }) => {
        // A Lightning web component's (or Riot's) bound value, written in braces: `value={cardNumber}` (real-world batch DQ).
        const bound = name === 'value' && value !== null ? BRACED_PATH.exec(value)?.[1] : undefined;
        if (bound !== undefined) return { name: VALUE_BINDING, value: bound };
        // Wording given by a translation: Vue's `:placeholder="$t('payment.cardNumber')"`, Angular's
        // `[placeholder]="'PAYMENT.CARD_NUMBER' | translate"` (mutation study 287): the key says what it is.
        const boundWording = name === null ? null : boundWordingName(name);
        const key = boundWording !== null && value !== null ? translatePipeKey(value) : null;
        if (key !== null) return { name: boundWording, value: key };
        if (value === null && name !== null && TRANSLATABLE_WORDING.has(name) && pieces.length === 1 && pieces[0]!.expression) {
          return { name, value: translationKeyText(pieces[0]!.expression) };
        }
        // A name or id whose template prefix is unknown but whose last bracket segment is written (`name="{{ code
        // }}[cc_number]"`, real-world batch ED): that segment names the field.
        return { name, value: value === null && (name === 'name' || name === 'id') ? staticBracketTail(pieces) : value };
      });
      if (TEXT_ENTRY_TAGS.has(element.tag) && element.node.type === 'VElement' && veeFieldKeys?.size !== 0) attributes = withSlotFieldName(element, attributes);
      const options = {
        firstWins: element.firstAttributeWins === true,
        // (A vee-validate `<Field>` is a component too: its `label` names the field in its error messages.)
        component: !TEXT_ENTRY_TAGS.has(element.tag) || WEB_COMPONENT_TEXT_FIELDS.has(element.tag),
        legacyStripeJsPage: legacyStripeJsPage(),
      };
      // (An `<input>`'s label is read before a name that says only "credit card": `bareCardName`.)
      const verdict = classifyInputAttributes(attributes, { ...options, bareCardName: !entry });
      if (verdict !== null || !entry) return { verdict, attributes, options };
      // Where its attributes say nothing, an `<input>`'s own label names it, as an `aria-label` would.
      const labelled = withOwnLabel(attributes, markupLabelTexts(element, sourceCode, { ownOnly: true }), null);
      return { verdict: classifyInputAttributes(labelled, options), attributes: labelled, options };
    }

    /**
     * A Vue template's vee-validate `<Field>` (by the local name the script imports it under, in either spelling Vue
     * resolves: `<Field>`, `<field>`) that renders an `<input>`: no `as`, or `as="input"` / `"textarea"`, and no slot
     * of its own (`<Field v-slot="{ field }"><input v-bind="field"></Field>`: the slot's element is the input).
     */
    function isVeeFieldInput(element: MarkupElement): boolean {
      if (element.written === undefined || TEXT_ENTRY_TAGS.has(element.tag) || !isVeeField(element.tag)) return false;
      const children = (element.node as { children?: readonly { type: string }[] }).children ?? [];
      if (children.some((child) => child.type === 'VElement')) return false;
      const rendered = element.attributes.find((attribute) => attribute.name === 'as' || attribute.name === null);
      if (rendered === undefined) return true;
      return rendered.name === 'as' && (rendered.value === 'input' || rendered.value === 'textarea');
    }
    /** How templates name the components the script imports whose `module:export` key passes `test` (`markupComponentKey`). */
    const importedTemplateKeys = (test: (key: string) => boolean): Set<string> =>
      new Set([...(importedInputs ??= importedInputNames(sourceCode))].filter(([, key]) => test(key)).map(([local]) => markupComponentKey(local)));
    let appInputKeys: Set<string> | undefined;
    /** Is a template's tag an input component of the app's own code (`isAppInputImport`), by the local name its script imports? */
    function isAppInputElement(tag: string): boolean {
      appInputKeys ??= importedTemplateKeys(isAppInputImport);
      return appInputKeys.size > 0 && appInputKeys.has(markupComponentKey(tag));
    }
    let veeFieldKeys: Set<string> | undefined;
    /** Is a Vue template's tag vee-validate's `Field`, by the local name the script imports it under? */
    function isVeeField(tag: string): boolean {
      veeFieldKeys ??= importedTemplateKeys((key) => key === VEE_FIELD_IMPORT);
      return veeFieldKeys.size > 0 && veeFieldKeys.has(markupComponentKey(tag));
    }

    /**
     * An input inside a vee-validate `<Field>`'s slot that binds the slot's field (`<Field name="cardNumber" v-slot="{
     * field }"><input v-bind="field" /></Field>`): `v-bind="field"` gives it the Field's `name`. Its attributes with
     * that binding read as the Field's static `name`, at the binding's place; others as they are.
     */
    function withSlotFieldName(element: MarkupElement, attributes: InputAttribute[]): InputAttribute[] {
      const index = element.attributes.findIndex((attribute) => attribute.name === null);
      if (index < 0 || element.node.type !== 'VElement') return attributes;
      const bound = /^v-bind\s*=\s*["']\s*([A-Za-z_$][\w$]*)\s*["']$/.exec(sourceCode.text.slice(element.attributes[index]!.node.range[0], element.attributes[index]!.node.range[1]));
      if (!bound) return attributes;
      let current = (element.node as { parent?: MarkupNode | null }).parent;
      for (let depth = 0; current && depth < 4; depth++, current = (current as { parent?: MarkupNode | null }).parent) {
        if (current.type !== element.node.type) return attributes;
        const field = vueElement(current as never, sourceCode);
        if (!isVeeField(field.tag)) continue;
        // The slot's props name the binding: `v-slot="{ field }"`, `#default="{ field, errors }"`.
        const start = (current as { startTag?: MarkupNode }).startTag;
        const tagText = start ? sourceCode.text.slice(start.range[0], start.range[1]) : '';
        const slot = /(?:v-slot(?::default)?|#default)\s*=\s*["']\s*\{([^}]*)\}/.exec(tagText);
        if (!slot || !slot[1]!.split(',').some((prop) => prop.trim() === bound[1])) return attributes;
        const name = markupAttribute(field, 'name')?.value;
        if (!name) return attributes;
        return attributes.map((attribute, i) => (i === index ? { name: 'name', value: name } : attribute));
      }
      return attributes;
    }

    /** Does a visible label of the markup element (one around it, one `for` its id) name another kind of card? */
    const markupLabelNamesOtherCard = (element: MarkupElement): boolean => markupLabelTexts(element, sourceCode).some(namesOtherKindOfCard);

    /**
     * Is the element on a page whose title, headings or legends name another kind of card (`<title>Add New Opal
     * Card</title>`, `<h3>Recharge Your Metro Card Online!</h3>`, `<h2>GIFT CARD BALANCE</h2>`) and that asks for no
     * expiry (precision probe 204: transit, library and gift-card pages)? Every payment card form asks for the expiry; a
     * page that sells gift cards and takes the payment card's expiry is still checked.
     */
    function pageOfOtherCard(element: MarkupElement): boolean {
      const { page, titles } = markupPageTitles(element, sourceCode);
      let known = otherCardPages.get(page);
      if (known === undefined) {
        known = titles.some(namesOtherKindOfCard) && !pageAsksExpiry(element);
        otherCardPages.set(page, known);
      }
      return known;
    }
    const otherCardPages = new WeakMap<object, boolean>();
    /** Does the element's page hold a field that says an expiry: an input by its own attributes, or a `<select>` by its name or id? */
    const pageAsksExpiry = (element: MarkupElement): boolean =>
      markupPageElements(element, sourceCode).some((inner) =>
        inner.tag === 'select'
          ? ['name', 'id'].some((name) => {
              const value = markupAttribute(inner, name)?.value;
              return value != null && classifyCardField(value, { cardContext: true }) === 'expiry';
            })
          : markupVerdict(inner)?.verdict?.kind === 'expiry',
      );

    /** Per markup form: does it hold an element that its own attributes name a card number (a CVC)? */
    const markupCardNumberForms = new WeakMap<object, boolean>();
    const markupCvcForms = new WeakMap<object, boolean>();
    function markupFormHolds(element: MarkupElement, kind: 'pan' | 'cvc'): boolean {
      const found = enclosingMarkupForm(element, sourceCode);
      if (!found) return false;
      const memo = kind === 'pan' ? markupCardNumberForms : markupCvcForms;
      let known = memo.get(found.form);
      if (known === undefined) {
        known = found.elements().some((inner) => markupVerdict(inner)?.verdict?.kind === kind && !markupLabelNamesOtherCard(inner));
        memo.set(found.form, known);
      }
      return known;
    }

    /**
     * Is a card-number input in a group of fields (`enclosingMarkupGroup`) with a PIN input and neither a security code
     * nor an expiry input (precision probe GH: a gift-card wallet's `id="cardNumber"` beside `id="cardPin"`)? Every
     * payment card form asks for the expiry or the code; a gift, library or SIM card's asks for a PIN.
     */
    function numberBesidePinOnly(element: MarkupElement): boolean {
      const group = enclosingMarkupGroup(element, sourceCode);
      if (group === null) return false;
      let kinds = markupGroupKinds.get(group.node);
      if (!kinds) {
        kinds = new Map();
        for (const inner of group.elements) countKind(kinds, markupVerdict(inner)?.verdict?.kind);
        markupGroupKinds.set(group.node, kinds);
      }
      return pinOnlyBesides(kinds, { kind: markupVerdict(element)?.verdict?.kind });
    }
    /** Per group of fields: how many of its elements read as each kind of card field (`numberBesidePinOnly`). */
    const markupGroupKinds = new WeakMap<object, Map<string | null | undefined, number>>();

    /**
     * `<input name="card_number">` in HTML, a Vue or a Svelte template, or a configured input component there
     * (`<v-text-field label="Card number">`). No suggestion: the replacement is script work.
     */
    function checkMarkupElement(element: MarkupElement, inCardTemplate?: () => boolean): void {
      const own = markupVerdict(element);
      if (own === null) return;
      // An input that names no card field of its own, in a form (or an HTML string) that takes a card number: a CVC by
      // its card form; and `name="pan"` in a form that takes a CVC: the card number.
      const inCardForm = own.verdict === null && (markupFormHolds(element, 'pan') || inCardTemplate?.() === true);
      const pan = own.verdict === null ? classifyPanInCardForm(own.attributes, own.options) : null;
      const verdict = own.verdict ?? (inCardForm ? classifyCvcInCardForm(own.attributes, own.options) : null) ?? (pan && markupFormHolds(element, 'cvc') ? pan : null);
      // A label that names another kind of card (`<label for="card_no">Gift card number</label>`) settles it, and so
      // does a PIN beside a number with no security code or expiry: a gift, library or SIM card's login.
      if (
        isReported(verdict) &&
        !markupLabelNamesOtherCard(element) &&
        !(verdict.kind === 'pan' && numberBesidePinOnly(element)) &&
        !pageOfOtherCard(element) &&
        !isHostedFieldPlaceholder(own.attributes, hostedTargets())
      ) {
        // Decided by an attribute, or by its label (after them): then the finding is on the element's open tag name.
        const start = element.node.range[0];
        const at = element.attributes[verdict.index]?.node.range ?? [start, start + 1 + element.tag.length];
        report(at, element.written ?? element.tag, verdict, mountInstead(verdict.kind, 'input'));
      }
    }

    // `<CardField dangerouslyGetFullCardDetails />` needs the prop's name written: asked at the file's first element.
    let namesFullDetails: boolean | undefined;
    /** Stripe React Native's CardField / CardForm told to hand the raw card to JavaScript (stripe-facts §1.6). */
    function checkFullCardDetails(opening: TSESTree.JSXOpeningElement): void {
      const found = fullCardDetailsElement(opening, sourceCode);
      if (!found) return;
      const attribute = found.attribute;
      reportOutsideTests({
        node: attribute,
        messageId: 'fullCardDetails',
        data: { component: found.component },
        suggest: [{ messageId: 'removeFullCardDetails', fix: (fixer) => fixer.removeRange([sourceCode.getTokenBefore(attribute)!.range[1], attribute.range[1]]) }],
      });
    }

    /** `<%= text_field_tag :card_number, nil, name: nil %>`, `{!! Form::text('cvc') !!}`: the `<input>` a view helper renders. */
    function checkTemplateFields(pieces: readonly MarkupValuePiece[]): void {
      for (const piece of pieces) {
        if (piece.start === null) continue;
        if (!piece.template) {
          // ASP.NET MVC's HTML helpers are text to the markup parser (`@Html.TextBoxFor(m => m.CardNumber)`).
          if (piece.text.includes(RAZOR_HELPER_MARK)) for (const field of razorInputFields(piece.text)) checkHelperField(field, piece.start);
          continue;
        }
        const field = templateInputField(piece.text, builderObjectAt(piece.start));
        if (field) checkHelperField(field, piece.start);
      }
    }
    /** A field a view helper renders, its attributes at offsets from `offset` in the source. */
    function checkHelperField(field: HelperField, offset: number): void {
      const { verdict, attributes } = templateFieldVerdict(field);
      // A field that says no card field alone, in a template whose helpers render a card number (the template's
      // helpers read as one form, as a page's fields outside its forms are): its CVC by its card (`card_code`,
      // `card_security` labelled `__('lang_v1.security_code')`; real-world batch HE).
      const found = verdict ?? (templateTakesCardNumber() ? classifyCvcInCardForm(attributes) : null);
      if (!isReported(found)) return;
      // A field whose label helper names another kind of card (`label_tag :card_number, 'Gift card number'`), as a
      // page's `<label>` does.
      if (fieldLabels(field).some(namesOtherKindOfCard)) return;
      const attribute = field.attributes[found.index] ?? field.attributes[0]!;
      report([offset + attribute.start, offset + attribute.end], field.tag, found, mountInstead(found.kind, 'field'));
    }
    /**
     * What a view helper's field collects by its own attributes or, where they say nothing, by the text of the label
     * helper written for it (`label_tag :card_code, "Security Code on Card (CVV)"`): the report goes to the field's name.
     */
    function templateFieldVerdict(field: HelperField): { verdict: InputVerdict | null; attributes: readonly InputAttribute[] } {
      const verdict = classifyInputAttributes(field.attributes);
      const texts = verdict === null ? fieldLabels(field) : [];
      if (texts.length === 0) return { verdict, attributes: field.attributes };
      const labelled = withOwnLabel(field.attributes, texts, null);
      return { verdict: labelled === field.attributes ? null : classifyInputAttributes(labelled), attributes: labelled };
    }
    /** The texts of a view helper's field's labels: its label helpers', and the one it renders itself. */
    const fieldLabels = (field: HelperField): string[] => [
      ...(field.labelKey ? (templateLabels().get(field.labelKey) ?? []) : []),
      ...(field.labelText !== undefined ? [field.labelText] : []),
    ];
    let tags: Array<{ text: string; at: number }> | undefined;
    /** The template's output tags (`<%= … %>`, Blade's `{!! … !!}` and `{{ … }}`) and their offsets, read once. */
    const templateTags = (): Array<{ text: string; at: number }> =>
      (tags ??= [...sourceCode.text.matchAll(/<%==?(?:[^%]|%(?!>))*%>|\{!!(?:[^!]|!(?!!\}))*!!\}|\{\{(?:[^}]|\}(?!\}))*\}\}/g)].map((match) => ({ text: match[0], at: match.index })));
    let builders: Array<{ receiver: string; object: string; at: number }> | undefined;
    /**
     * The object a form builder's fields are named under at `offset`: the last block helper before it that yields a
     * builder of that name (`<%= f.simple_fields_for :credit_card do |cc| %>`: `cc.input :number` is
     * `credit_card[number]`), read once.
     */
    const builderObjectAt =
      (offset: number) =>
      (receiver: string): string | null => {
        builders ??= templateTags().flatMap(({ text, at }) => {
          const builder = text.includes('|') ? templateBuilder(text) : null;
          return builder ? [{ ...builder, at }] : [];
        });
        return builders.findLast((builder) => builder.at < offset && builder.receiver === receiver)?.object ?? null;
      };
    let labels: Map<string, Set<string>> | undefined;
    /** The texts of the template's label helpers by the field they are for (`templateLabel`), read once. */
    function templateLabels(): Map<string, Set<string>> {
      if (labels) return labels;
      const found = templateTags().flatMap(({ text: tag }) => templateLabel(tag) ?? []);
      // ASP.NET MVC's label helpers, text to the markup parser (`@Html.LabelFor(m => m.Code, "CVV")`).
      if (sourceCode.text.includes(RAZOR_HELPER_MARK)) found.push(...razorLabels(sourceCode.text));
      labels = new Map();
      for (const { key, text } of found) labels.set(key, (labels.get(key) ?? new Set()).add(text));
      return labels;
    }
    let takesCardNumber: boolean | undefined;
    /**
     * Does a view helper of the template render a card-number field: an ERB or Blade tag's, or an ASP.NET MVC HTML
     * helper's (`@Html.TextBoxFor(m => m.CardNumber)`, whose form makes nopCommerce's `m => m.CardCode` its CVC;
     * real-world batch 218)? Read once.
     */
    const templateTakesCardNumber = (): boolean =>
      (takesCardNumber ??=
        templateTags().some(({ text, at }) => {
          const field = templateInputField(text, builderObjectAt(at));
          return field !== null && templateFieldVerdict(field).verdict?.kind === 'pan';
        }) ||
        (sourceCode.text.includes(RAZOR_HELPER_MARK) && razorInputFields(sourceCode.text).some((field) => templateFieldVerdict(field).verdict?.kind === 'pan')));

    /**
     * A page's element; a template `<script>`'s content (`type="text/template"`, `text/x-handlebars-template`,
     * `text/ng-template`…: markup the page's scripts render, real-world batch EH) is read as an HTML string's, one
     * card form.
     */
    function checkPageElement(element: MarkupElement): void {
      if (element.tag !== 'script' || !isTemplateScript(markupAttribute(element, 'type')?.value ?? null)) {
        checkMarkupElement(element);
        return;
      }
      const content = htmlScriptContent(element.node);
      if (content !== null && content.value.includes('<')) checkTemplateElements(htmlTextElements(content.value, content.range[0], sourceCode, TEXT_ENTRY_TAGS));
    }

    /** The elements of one piece of markup a script renders (an HTML string, a template script): one card form. */
    function checkTemplateElements(elements: readonly MarkupElement[]): void {
      let takesCardNumber: boolean | undefined;
      const cardTemplate = (): boolean => (takesCardNumber ??= elements.some((inner) => markupVerdict(inner)?.verdict?.kind === 'pan'));
      for (const element of elements) checkMarkupElement(element, cardTemplate);
    }

    let astro: boolean | undefined;
    const markup: MarkupVisitor = { element: checkPageElement, ...(mayRenderFields ? { text: checkTemplateFields } : {}) };
    return withMarkupListeners(sourceCode, markup, () => {
    const listeners: TSESLint.RuleListener = {
      JSXOpeningElement(node) {
        if ((namesFullDetails ??= containsText(sourceCode.text, FULL_DETAILS_PROP))) checkFullCardDetails(node);
        if (!mayNameInputs()) return;
        if (checkMaskedCardInput(node) || checkCardFormComponent(node)) return;
        const tag = jsxTag(node);
        if (tag === null) return;
        const verdict = jsxVerdict(node);
        if (!isReported(verdict)) return;
        // A placeholder that a hosted-fields SDK of the file replaces with its secure field (precision probe 289).
        if (hostedTargets().size > 0 && isHostedFieldPlaceholder(jsxAttributes(node), hostedTargets())) return;
        // A design system's field whose input is a Stripe Element (real-world batch FN: MUI's `<TextField
        // InputProps={{ inputComponent: StripeInput, inputProps: { component: CardNumberElement } }} />`): Stripe's iframe.
        if (rendersStripeElement(node, sourceCode)) return;
        // React Native's own `TextInput` (a configured web component of that name gets the web advice).
        if (tag === NATIVE_TEXT_INPUT && isNativeTextInput(node)) {
          reportOutsideTests({ node: verdict.node, messageId: 'rawCardInputNative', data: { element: NATIVE_TEXT_INPUT, field: CARD_FIELD_LABEL[verdict.kind] } });
          return;
        }
        // A React Native UI kit's text field: the native advice too.
        if (isNativeKitField(node)) {
          reportOutsideTests({ node: verdict.node, messageId: 'rawCardInputNative', data: { element: tag, field: CARD_FIELD_LABEL[verdict.kind] } });
          return;
        }
        // An Astro component's template renders HTML, not React: Stripe.js mounts the Element there, from a script.
        if ((astro ??= isAstroComponent(sourceCode))) {
          report(verdict.node, tag, verdict, mountInstead(verdict.kind, 'input'));
          return;
        }
        const component = ELEMENT_COMPONENT[verdict.kind]!;
        report(
          verdict.node,
          // (A component of the file around a native input is named as written: `<InputField>`.)
          forwardedProps.has(node) ? jsxElementName(node.name) : tag,
          verdict,
          `\`<${component} />\` from @stripe/react-stripe-js, or \`<PaymentElement />\` for the whole card form`,
          node.parent.type === AST_NODE_TYPES.JSXElement && !mappedInputs.has(node) ? jsxSuggestions(node.parent, verdict.kind) : [],
        );
      },
    };
    // DOM-built and createElement inputs: only in a file that names `createElement` (set up above).
    if (mayCreateElements) {
      listeners.CallExpression = (node) => {
        if (node.arguments.length === 0) return;
        const callee = node.callee;
        const calleeName =
          writtenName(callee);
        if (calleeName !== 'createElement') return;
        const tag = domCreatedTag(node, sourceCode);
        if (tag === null) {
          checkReactCreateElement(node);
          return;
        }
        if (!TEXT_ENTRY_TAGS.has(tag)) return;
        const writes = domElementWrites(node, sourceCode);
        if (!writes) return;
        const verdict = classifyInputAttributes(writes);
        if (!isReported(verdict)) return;
        report(writes[verdict.index]!.node, tag, verdict, mountInstead(verdict.kind, 'input'));
      };
    }
    // HTML strings the page renders (`el.innerHTML = '<input name="cvc">'`, an Angular component's inline template, a
    // Lit template): their elements are checked as markup. Only where the text names such a sink (exact, escapes
    // included).
    // A string is one component's or one widget's markup: a card number written in it gives a CVC beside it its card, as a
    // form does (real-world batches DO, DQ: a Vaadin checkout view's "Security code" beside its "Card number").
    const checkHtml = (html: HtmlStringNode | null): void => {
      if (html !== null && mayNameInputs()) checkTemplateElements(htmlStringElements(html, sourceCode, TEXT_ENTRY_TAGS));
    };
    /**
     * An element jQuery's factory makes from markup (mutation study 287): its markup read as an HTML string's, or, where
     * attributes are set on it (an object given with a single tag, `.attr(…)` chained on the result), the one element
     * with those writes after its own attributes, read as a DOM-built input's.
     */
    const checkJqueryCreation = (node: TSESTree.CallExpression): void => {
      const created = jqueryCreation(node, sourceCode);
      if (created === null || !mayNameInputs()) return;
      const writes = jqueryElementWrites(node, created.singleTag === null ? undefined : node.arguments[1], sourceCode);
      if (writes.length === 0) {
        checkHtml(created.html);
        return;
      }
      let tag = created.singleTag;
      const attributes: InputAttribute[] = [];
      const places: Array<Node | readonly [number, number]> = [];
      if (tag === null) {
        const elements = htmlStringElements(created.html, sourceCode);
        if (elements.length !== 1) {
          checkHtml(created.html);
          return;
        }
        tag = elements[0]!.tag;
        for (const attribute of elements[0]!.attributes) {
          attributes.push({ name: attribute.name, value: attribute.value });
          places.push(attribute.node.range);
        }
      }
      if (!TEXT_ENTRY_TAGS.has(tag)) return;
      for (const write of writes) {
        attributes.push(write);
        places.push(write.node);
      }
      const verdict = classifyInputAttributes(attributes);
      if (isReported(verdict)) report(places[verdict.index]!, tag, verdict, mountInstead(verdict.kind, 'input'));
    };
    // Narrowed by name (computed names such as `el['innerHTML']` are not followed: docs, Limitations).
    if (sourceMaySpell(sourceCode, HTML_SINK_TERMS)) {
      listeners[HTML_CALL_SELECTOR] = (node: TSESTree.CallExpression) => checkHtml(htmlOfCall(node, sourceCode));
      listeners[HTML_ASSIGNMENT_SELECTOR] = (node: TSESTree.AssignmentExpression) => checkHtml(htmlOfAssignment(node, sourceCode));
    }
    // ...and what jQuery inserts (`$('#pay').html('<input id="numero" …>')`) or `document.write` writes (real-world batch HG).
    // (Only where the text names an input's tag: the string must, and most files name none.)
    if (mayNameEntryTag()) {
      listeners[HTML_INSERTION_SELECTOR] = (node: TSESTree.CallExpression) => checkHtml(scriptRunningHtmlOf(node, sourceCode));
      listeners[JQUERY_FACTORY_SELECTOR] = checkJqueryCreation;
    }
    listeners.Decorator = (node) => checkHtml(angularTemplateOf(node, sourceCode));
    // AngularJS's and Vue 2's inline templates, where the text names a template and an input's tag (answered from the
    // shared scan: a search of its own over every file cost the rule a third more over the bench corpus).
    if (mayNameTemplate(sourceCode.text) && mayNameEntryTag()) {
      listeners.Property = (node: TSESTree.Property) => checkHtml(componentTemplateOf(node, sourceCode));
    }
    // Lit / htm templates: tagged templates are few, and the tag's module is resolved only on them, in a file that
    // spells such a module.
    let importsHtmlTag: boolean | undefined;
    listeners.TaggedTemplateExpression = (node) => {
      if ((importsHtmlTag ??= mayImportHtmlTag(sourceCode.text))) checkHtml(taggedHtmlTemplateOf(node, sourceCode));
    };
    return listeners;
    });
  },
});
