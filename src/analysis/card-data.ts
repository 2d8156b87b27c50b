/**
 * Is a value card data? Combines the name classifier (card-fields) with value resolution (values):
 * by key (`{ cardNumber }`), by provenance (`req.body.cardNumber`, `card.number` where `card` is card-shaped,
 * `form.cvc.value`), through consts, templates, concatenation, `JSON.stringify`, spreads and nested objects.
 * Masked forms (`slice(-4)`, names with last4 / masked) and safe fields are never card data.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  CARD_NAME_PATTERNS,
  classifyCardField,
  classifyNamePathSegments,
  namesOtherCardHolder,
  namesOtherCardRecord,
  CONTENT_MEMBERS,
  isCardContainerName,
  namesFieldMetadata,
  namesFieldSettings,
  namesOtherKindOfCard,
  pathNamesOtherKindOfCard,
  recordKindNamesOtherCard,
  titleNamesOtherKindOfCard,
  isCvcBesideCardNumber,
  kindBesideSiblings,
  isSafeDerivativeName,
  isSensitiveKind,
  splitWords,
  type CardFieldKind,
  type Classification,
  type SensitiveKind,
} from './card-fields.js';
import { domLookupName } from './dom-elements.js';
import { importedAs } from './modules.js';
import { passesLuhn } from './inputs.js';
import { FULL_DETAILS_PROP, fullCardDetailsKey, isFullCardDetailsParameter } from './jsx.js';
import { containsText } from './static-text.js';
import { listenedFields } from './listeners.js';
import { declaredTypeOf, hasTypeInformation, isFieldSettings, isTypeAssertion, valueMembers, type ValueMember } from './declared-types.js';
import { decodedEscapeRegions, escapeRegions } from './escapes.js';
import { isEnvironmentObject } from './env-vars.js';
import { perFile } from './file-cache.js';
import { documentMadeBy, entryNames, isCardShaped, isHandlerRequest, madeFrom, receiverName } from './sinks.js';
import { textFinder } from './text-search.js';
import { stripeTestCard } from '../stripe/test-cards.js';
import { STRIPE_ELEMENT_TYPES } from '../stripe/elements.js';
import { gatewayCallOf, gatewaySetterOf, readsGatewayResponse } from './gateway-sdks.js';
import { httpRequestOf } from './http-calls.js';
import { MAPPING_METHODS } from './mapped-lists.js';
import { isStripeSourceContainer, mentionsStripe, STRIPE_JS_SOURCES, stripeKindOf, stripeMethodCall } from './stripe-clients.js';
import { choiceLeaves, enclosingFunction, forEachNode, isFunctionNode, returnedValues, thisScope } from './ast.js';
import {
  boundPath,
  angularFormGroup,
  angularFormGroupOf,
  builtObjects,
  choiceObjects,
  formConstructorName,
  calleeName,
  constInit,
  destructuredBinding,
  copiedValue,
  formDataFieldRead,
  formFieldRead,
  importSourceOf,
  isJsonParse,
  isJsonStringify,
  isNeverReassigned,
  isZodBooleanSchema,
  forEachObjectHeld,
  mayHoldObject,
  memberName,
  fieldWrites,
  formModelOf,
  listAddedTo,
  objectEntries,
  pushedValues,
  returnedListValues,
  propertyKey,
  propertyKeys,
  isCountLiteral,
  resolveValue,
  STATE_HOOKS,
  stateShape,
  staticString,
  staticValue,
  unwrap,
  isNullish,
  instanceFieldWrites,
  variableWrites,
  variableOf,
  withTypeWrappers,
  writtenName,
  type PayloadField,
  nameSegments,
} from './values.js';

type Node = TSESTree.Node;
type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

const MAX_DEPTH = 8;

/** Methods that return the same digits: `x.trim()`, `x.toString()`, `x.replace(/\s/g, '')`. */
/** Methods that keep every character: formatting (`trim`, `split(' ').join('')`), conversions, jQuery's `val()`. */
const PASSTHROUGH_METHODS = new Set(['trim', 'trimStart', 'trimEnd', 'toString', 'valueOf', 'toUpperCase', 'toLowerCase', 'normalize', 'val', 'split', 'join']);
/** Methods that cut a value down: masking / truncation (`slice(-4)`, `substring(len - 4)`, `padStart`). */
const MASKING_METHODS = new Set(['slice', 'substr', 'substring', 'at', 'charAt', 'padStart', 'padEnd', 'repeat']);
/** Names of functions and methods that return a safe form of their argument: masked, hashed, encrypted, a token. */
const SAFE_FORM_FUNCTIONS = /mask|redact|truncat|last4|lastfour|obfuscat|hash|encrypt|tokeni[sz]e/i;
/** A database function that encrypts or hashes: `PGP_SYM_ENCRYPT`, `AES_ENCRYPT`, `ENCRYPTBYKEY`, `SHA2`, `MD5`, `CRYPT`; not `AES_DECRYPT`. */
const SQL_ENCRYPTING_FUNCTION = /^(?!\w*decrypt)(?:\w*(?:encrypt|hash|digest)\w*|crypt|sha\d*|md5)$/i;

/**
 * The values a database function that encrypts or hashes is given, where the app calls it as it stores them (real-world
 * batch 270): Sequelize's `fn('PGP_SYM_ENCRYPT', cvv, key)` (its arguments after the function's name) and Knex's or
 * Sequelize's `raw('AES_ENCRYPT(?, ?)', [cvv, key])` (its bindings, where the statement is that function's call and
 * nothing else). Null for any other call.
 */
export function sqlEncryptedValues(call: TSESTree.CallExpression, sourceCode: SourceCode): Node[] | null {
  const callee = unwrap(call.callee);
  const method = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee, sourceCode) : null;
  const [first, ...rest] = call.arguments;
  if ((method !== 'fn' && method !== 'raw') || !first || first.type === AST_NODE_TYPES.SpreadElement) return null;
  const text = staticString(first, sourceCode)?.trim();
  if (text === undefined) return null;
  const values = rest.filter((arg): arg is TSESTree.Expression => arg.type !== AST_NODE_TYPES.SpreadElement);
  if (method === 'fn') return SQL_ENCRYPTING_FUNCTION.test(text) ? values : null;
  const statement = /^([\w.]+)\s*\((?:\s*(?:\?|'[^']*'|"[^"]*"|[\w.$:]+)\s*,?)*\)$/.exec(text);
  if (!statement || !SQL_ENCRYPTING_FUNCTION.test(statement[1]!.slice(statement[1]!.lastIndexOf('.') + 1))) return null;
  const bindings = values[0] ? unwrap(values[0]) : null;
  return bindings?.type === AST_NODE_TYPES.ArrayExpression ? bindings.elements.filter((e): e is TSESTree.Expression => e !== null && e.type !== AST_NODE_TYPES.SpreadElement) : values;
}
/** Global converters that keep the digits. */
const PASSTHROUGH_FUNCTIONS = new Set(['String', 'Number', 'parseInt', 'parseFloat', 'BigInt', 'encodeURIComponent', 'encodeURI']);

/** Files written with observables (Knockout's `ko.observable`, Mithril's `m.prop` and `mithril/stream`): their accessors are read by calls. */
const OBSERVABLE_SPELLING = textFinder(['observable(', 'm.prop(', 'mithril/stream']);
/** Files of Backbone or Ember, whose models are read with `get('name')`. */
const MODEL_GET_SPELLING = textFinder(['Backbone', 'Ember', '@angular/forms']);

/**
 * The name path a model accessor call reads (real-world batch EH): a Knockout observable or a Mithril prop called
 * bare (`self.cardNumber()`, `card.cvc()`), in a file that makes observables; Backbone's and Ember's `get`
 * (`this.model.get('cardNumber')`, `this.get('cvc')`, `Ember.get(card, 'number')`), in a file that names them, and an
 * Angular form's control (`this.form.get('cvv')`, read as `.value`), in a file that imports `@angular/forms`. Else
 * null.
 */
function accessorPath(call: TSESTree.CallExpression, sourceCode: SourceCode): string[] | null {
  const callee = unwrap(call.callee);
  if (call.arguments.length === 0) {
    if (!perFile(sourceCode, 'card-data:observables', () => OBSERVABLE_SPELLING(sourceCode.text))) return null;
    return nameSegments(callee, sourceCode);
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee, sourceCode) !== 'get' || call.arguments.length > 2) return null;
  if (!perFile(sourceCode, 'card-data:model-get', () => MODEL_GET_SPELLING(sourceCode.text))) return null;
  const [first, second] = call.arguments;
  const object = unwrap(callee.object);
  // `Ember.get(card, 'number')`
  if (object.type === AST_NODE_TYPES.Identifier && object.name === 'Ember' && second) {
    if (first!.type === AST_NODE_TYPES.SpreadElement || second.type === AST_NODE_TYPES.SpreadElement) return null;
    const name = staticString(second, sourceCode);
    const base = nameSegments(first!, sourceCode);
    return name !== null && base ? [...base, name] : null;
  }
  if (call.arguments.length !== 1 || first!.type === AST_NODE_TYPES.SpreadElement) return null;
  const name = staticString(first!, sourceCode);
  const base = nameSegments(object, sourceCode);
  return name !== null && base ? [...base, name] : null;
}

/** Is `segments` (a name path) card data? `card.number` is a PAN because `card` is a card container, as is Stripe's `source`. */
export const classifyNamePath = (segments: readonly string[], sourceCode: SourceCode): Classification =>
  classifyNamePathSegments(segments, (name) => isStripeSourceContainer(name, sourceCode));

/**
 * Classify one value expression by its provenance. Returns the card-field kind, `'safe'` when it is provably a
 * safe form (masked, last4...), or `null` when unknown.
 */
export function classifyValue(node: Node, sourceCode: SourceCode, depth = 0): Classification {
  if (depth > MAX_DEPTH) return null;
  const target = unwrap(node);
  // `!!cardNumberElement`, `cvc.length === 3`, `true`: a boolean holds no card number or code; nor does a value the
  // file declares a boolean (`state.complete` of `state: { complete: boolean }`, a Stripe Element's change event's;
  // regression probe 265).
  if (isFlag(target) || isDeclaredBoolean(target, sourceCode)) return 'safe';
  // A value the file declares a Stripe.js Element (`cardNumber: StripeCardNumberElement`): a handle on Stripe's iframe.
  if (isDeclaredStripeElement(target, sourceCode)) return 'safe';
  switch (target.type) {
    case AST_NODE_TYPES.Identifier: {
      // A variable named as a predicate (`allValid`, `isComplete`) holds a flag, whatever an `&&` chain it is set to
      // ends with (`const allValid = state.ccnumber && state.ccexp && state.cvv`; real-world batch 332).
      if (namesPredicate(target.name)) return 'safe';
      // Asked at each read of a variable, and answered by the variable alone (its name, declaration and uses): once per
      // variable and depth (a template of thousands of reads of one card number).
      const variable = variableOf(target, sourceCode);
      if (!variable) return classifyIdentifier(target, null, sourceCode, depth);
      // Read from one of its own writes (`n = n || body.cvc`): nothing more than the other writes say, and not kept.
      if (readingVariables.has(variable)) return null;
      let byDepth = identifierClassifications.get(variable);
      if (!byDepth) identifierClassifications.set(variable, (byDepth = []));
      const known = byDepth[depth];
      if (known !== undefined) return known;
      return (byDepth[depth] = classifyIdentifier(target, variable, sourceCode, depth));
    }
    case AST_NODE_TYPES.MemberExpression: {
      if (stripeApiResultOf(target, sourceCode) === 'safe' || readsGatewayResponse(target, sourceCode) || isEnumMember(target, sourceCode)) return 'safe';
      const segments = nameSegments(target, sourceCode);
      if (segments) {
        // A field of a card held encrypted (`encryptedCard.number`, `ENCRYPTED_CARD.cvc`: a vault's ciphertexts, sent
        // through its relay; real-world batches EO and EQ).
        if (segments.some((segment, i) => i < segments.length - 1 && splitWords(segment).some((word) => ENCRYPTED_HOLDER_WORDS.has(word)))) return 'safe';
        const byPath = classifyNamePath(segments, sourceCode);
        // A form state's key that starts as a count (`useState({ cardNumber: 0 })`: a flash-card position), or as a flag
        // (`useState({ cardNumber: false })`: a hosted field's validity; real-world batch 332).
        const starts = isSensitiveKind(byPath) ? stateKeyStart(target, sourceCode) : null;
        if ((byPath === 'pan' && starts === 'count') || starts === 'flag') return 'safe';
        // A const made with a safe form under the key (`const t = new Transaction({ card_number: last4 })`, then
        // `t.card_number`; real-world batch DM).
        if (isSensitiveKind(byPath) && segments.length === 2 && madeSafe(target, segments[1]!, sourceCode, depth)) return 'safe';
        if (isSensitiveKind(byPath) && maskedInPlace(target, byPath, sourceCode, depth)) return 'safe';
        if (byPath !== null) return byPath;
        // `details.number` in `<CardField dangerouslyGetFullCardDetails onCardChange={(details) => …} />`.
        const inCard = segments.length === 2 ? classifyCardField(segments[1]!, { cardContext: true }) : null;
        const root = unwrap(target.object);
        if (isSensitiveKind(inCard) && root.type === AST_NODE_TYPES.Identifier && isFullCardDetailsParameter(root, sourceCode)) return inCard;
        const last = segments[segments.length - 1];
        if (last !== undefined && isSafeFormName(last)) return 'safe';
      }
      // `cardInput.value`, `refs.cvc.current.value`: the content of a named field.
      const name = memberName(target, sourceCode);
      if (name !== null && CONTENT_MEMBERS.has(name)) return listenedContent(target.object, sourceCode) ?? classifyValue(target.object, sourceCode, depth + 1);
      return null;
    }
    case AST_NODE_TYPES.CallExpression: {
      const callee = unwrap(target.callee);
      const lookup = domLookupName(target, sourceCode) ?? formDataFieldRead(target, sourceCode) ?? requestParamRead(target, sourceCode) ?? formFieldRead(target, sourceCode);
      if (lookup !== null) return classifyCardField(lookup);
      const accessed = accessorPath(target, sourceCode);
      if (accessed !== null) {
        const byPath = classifyNamePath(accessed, sourceCode);
        if (byPath !== null) return byPath;
      }
      // A terminal colour wrapper keeps every character (`chalk.blue.bold(number)`, real-world batch EC); so does
      // `JSON.stringify(value)` (a string, a Stripe Element's serialised handle: `JSON.stringify(cardCvc)`).
      const [first] = target.arguments;
      if (first && first.type !== AST_NODE_TYPES.SpreadElement && target.arguments.length === 1 && isJsonStringifyCall(target)) return classifyValue(first, sourceCode, depth + 1);
      if (first && first.type !== AST_NODE_TYPES.SpreadElement && isColorWrapper(callee, sourceCode)) return classifyValue(first, sourceCode, depth + 1);
      if (callee.type === AST_NODE_TYPES.MemberExpression) {
        const method = memberName(callee, sourceCode);
        if (method === null) return null;
        // A method named for a safe form, as a function is (`cipher.encrypt(number)`, `this.vault.tokenize(pan)`).
        if (SAFE_FORM_FUNCTIONS.test(method)) return 'safe';
        // A database function named so, run where the value is stored: Sequelize's `fn('PGP_SYM_ENCRYPT', pan, key)`,
        // Knex's and Sequelize's `raw('AES_ENCRYPT(?, ?)', …)` (real-world batch 270).
        if (sqlEncryptedValues(target, sourceCode) !== null) return 'safe';
        const inner = (method === 'val' ? listenedContent(callee.object, sourceCode) : null) ?? classifyValue(callee.object, sourceCode, depth + 1);
        const replace = method === 'replace' || method === 'replaceAll' ? method : null;
        // A cut of any value (`number.slice(-4)`, `'*'.repeat(12)`) is no whole card number or code, whatever it cut; nor
        // is what a written-out mask makes of it.
        if (inner === null) {
          if (MASKING_METHODS.has(method)) return 'safe';
          return replace && replaceMasksCardNumber(target, replace, sourceCode) ? 'safe' : null;
        }
        if (inner === 'safe') return inner;
        if (PASSTHROUGH_METHODS.has(method)) return inner;
        if (MASKING_METHODS.has(method)) return 'safe';
        if (replace === null) return null;
        if (isFormattingReplace(target, sourceCode)) return inner;
        // A "mask" that leaves the number whole (`n.replace(/(\d{4})(.*?)(\d{4})/, '$1********$3')` masks nothing of
        // a 16-digit number but inserts stars; real-world batch EL).
        return inner === 'pan' && replaceKeepsCardNumber(target, replace, sourceCode) ? inner : 'safe';
      }
      if (callee.type === AST_NODE_TYPES.Identifier) {
        const arg = target.arguments[0];
        if (PASSTHROUGH_FUNCTIONS.has(callee.name) && arg && arg.type !== AST_NODE_TYPES.SpreadElement) {
          return classifyValue(arg, sourceCode, depth + 1);
        }
        if (SAFE_FORM_FUNCTIONS.test(callee.name)) return 'safe';
      }
      return null;
    }
    case AST_NODE_TYPES.LogicalExpression: {
      // `card.cvc ?? 'none'`, and the fallback too: `saved ?? card.cvc` may be the card's field (real-world batch 279).
      // Of `&&`, the right side: the left one is the value only when falsy, an empty field (`card.number &&
      // card.number.slice(-4)` logs a last4; regression probe 281).
      const right = classifyValue(target.right, sourceCode, depth + 1);
      if (target.operator === '&&') return right;
      const left = classifyValue(target.left, sourceCode, depth + 1);
      if (isSensitiveKind(left)) return left;
      return isSensitiveKind(right) ? right : left;
    }
    case AST_NODE_TYPES.ConditionalExpression: {
      // `cvc ? '***' : ''` and `n ? '***' : undefined` are safe (an empty branch holds nothing; real-world batch 91: a
      // log of whether a row has a card number); `saved ? card.number : ''` is a PAN.
      const a = classifyValue(target.consequent, sourceCode, depth + 1);
      const b = classifyValue(target.alternate, sourceCode, depth + 1);
      if (isSensitiveKind(a)) return a;
      if (isSensitiveKind(b)) return b;
      return (a === 'safe' || isEmptyValue(target.consequent)) && (b === 'safe' || isEmptyValue(target.alternate)) ? 'safe' : null;
    }
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral: {
      // A string without a single digit ('***', '', 'redacted') carries no card number or code.
      const text = staticString(target, sourceCode);
      if (text !== null) return !/\d/.test(text) ? 'safe' : null;
      // ``**** ${last4}``: digit-free text around safe values.
      if (target.type !== AST_NODE_TYPES.TemplateLiteral || target.quasis.some((quasi) => /\d/.test(quasi.value.cooked ?? quasi.value.raw))) return null;
      return target.expressions.every((expression) => classifyValue(expression, sourceCode, depth + 1) === 'safe') ? 'safe' : null;
    }
    case AST_NODE_TYPES.BinaryExpression:
      // `'************' + number.slice(-4)`: a concatenation of safe parts (mask characters, a cut) is safe.
      return target.operator === '+' &&
        classifyValue(target.left, sourceCode, depth + 1) === 'safe' &&
        classifyValue(target.right, sourceCode, depth + 1) === 'safe'
        ? 'safe'
        : null;
    case AST_NODE_TYPES.AwaitExpression:
      // What a promise resolves to is known only where the call says a safe form (`await bcrypt.hash(number, 10)`).
      return classifyValue(target.argument, sourceCode, depth + 1) === 'safe' ? 'safe' : null;
    default:
      return null;
  }
}

const identifierClassifications = new WeakMap<Variable, Classification[]>();

/** `classifyValue` of a read of `variable` (null: a global or unresolved name), by its name and its declaration. */
function classifyIdentifier(target: TSESTree.Identifier, variable: Variable | null, sourceCode: SourceCode, depth: number): Classification {
  if (stripeApiResultOf(target, sourceCode) === 'safe') return 'safe';
  // A field taken out of a CardField's full details in its callback's parameter (`({ number, cvc }) => …`).
  const detailsKey = variable?.defs[0]?.type === 'Parameter' ? fullCardDetailsKey(target, sourceCode) : null;
  if (detailsKey !== null) return classifyCardField(detailsKey, { cardContext: true });
  const byName = classifyCardField(target.name);
  // A name that says masked or last 4 (`maskedCardNumber`) is believed, unless the const is a "mask" written out
  // that leaves the number whole (real-world batch EL).
  if (byName !== null && !isSensitiveKind(byName)) return keepsCardNumberUnderName(target, sourceCode, depth) ? 'pan' : byName;
  if (isQuantity(target, sourceCode)) return 'safe';
  if (byName === null && isSafeFormName(target.name)) return keepsCardNumberUnderName(target, sourceCode, depth) ? 'pan' : 'safe';
  const init = variable ? constInit(variable) : null;
  const provenance = init
    ? classifyValue(init, sourceCode, depth + 1)
    : variable && byName === null
      ? (destructuredContent(variable, sourceCode) ?? writtenContent(variable, sourceCode, depth))
      : null;
  // A const holding a masked form is safe whatever its name (`const cardNumber = card.number.slice(-4)`).
  if (byName !== null) return provenance !== 'safe' ? byName : provenance;
  // A value the code itself hands a payment API as a card field (`stripe.tokens.create({ card: { number: num } })`).
  return provenance ?? (variable ? kindByPaymentUse(variable, sourceCode) : null);
}

/** Variables whose writes are being read (`writtenContent`): a value written from the variable itself is none. */
const readingVariables = new Set<Variable>();

/**
 * What a variable holds that is not a const, by every value written to it (`let num; num = req.body.cardNumber`): the
 * one sensitive kind all of them are (an empty initialiser aside: `let num = ''`); null for anything else (a kind and a
 * masked form, an unknown value, another kind of write, a value cleared later, `num = null`: regression probe 286).
 * Real-world batch 283.
 */
function writtenContent(variable: Variable, sourceCode: SourceCode, depth: number): Classification {
  const def = variable.defs[0];
  const initialiser = def?.type === 'Variable' ? def.node.init : null;
  const writes = variableWrites(variable)?.filter((write) => write !== initialiser || !isEmptyValue(write));
  if (!writes || writes.length === 0 || readingVariables.has(variable)) return null;
  readingVariables.add(variable);
  try {
    let kind: Classification = null;
    for (const write of writes) {
      const written = classifyValue(write, sourceCode, depth + 1);
      if (!isSensitiveKind(written) || (kind !== null && written !== kind)) return null;
      kind = written;
    }
    return kind;
  } finally {
    readingVariables.delete(variable);
  }
}

/**
 * A name that says a safe form of a card field: a safe derivative's (`last4`, `maskedPan`, `pan_alias`), or a field
 * name that only card context makes one, qualified as something else (`panToken`, `number_alias`, `numberValid`; a
 * vault's stand-ins, real-world batch EO), as `cardNumberToken` is by its own words.
 */
const isSafeFormName = (name: string): boolean => isSafeDerivativeName(name) || classifyCardField(name, { cardContext: true }) === 'safe';

/** Names of imported enums by their last word (`CirclePaymentVerificationOptions`, `PaymentMethodType`, `CheckMode`). */
const ENUM_NAME = /^[A-Z][A-Za-z0-9]*(?:Options?|Methods?|Types?|Kinds?|Modes?|Enum|Status(?:es)?)$/;

/**
 * A member of an enum: a label, not the field's data (`VerificationOptions.cvv` says which check to run; precision
 * probe ER). The enum is a TypeScript `enum` of the file, or an imported name that says it is one by its last word
 * (`CirclePaymentVerificationOptions` from a schemas package).
 */
function isEnumMember(member: TSESTree.MemberExpression, sourceCode: SourceCode): boolean {
  const object = unwrap(member.object);
  if (object.type !== AST_NODE_TYPES.Identifier) return false;
  const def = variableOf(object, sourceCode)?.defs[0];
  if (def?.type === 'TSEnumName') return true;
  return def?.type === 'ImportBinding' && ENUM_NAME.test(object.name);
}

/** What `kindByPaymentUse` found for each variable. */
const paymentUses = new WeakMap<Variable, Classification>();

/**
 * The card field a variable is, by what its own code does with it: a value handed to a Stripe API call as a card's
 * field (`stripe.tokens.create({ card: { number: num, cvc: code } })`) or to another gateway's SDK call or card setter
 * (`gateway.transaction.sale({ creditCard: { number: num } })`, `creditCard.setCardNumber(num)`) is that field wherever
 * its binding is read, before the call too (real-world batch GD: a number logged before the call that tokenizes it).
 * Only a binding never assigned again; a PAN, CVC, track data or PIN, never an expiry.
 */
function kindByPaymentUse(variable: Variable, sourceCode: SourceCode): Classification {
  const known = paymentUses.get(variable);
  if (known !== undefined) return known;
  let kind: Classification = null;
  if (isNeverReassigned(variable)) {
    // A request's keys name only a value the file does not show: not a const written as a literal (`const COPIES =
    // ['accounts@shop.example']` sent as a receipt's `cc` beside a `cvv`).
    const sent = !isWrittenOut(constInit(variable));
    for (const reference of variable.references) {
      kind = paymentFieldAt(reference.identifier, sourceCode) ?? (sent ? sentFieldAt(reference.identifier, sourceCode) : null);
      if (kind !== null) break;
    }
  }
  paymentUses.set(variable, kind);
  return kind;
}

/** The card field that `id` is written as in a payment API call's argument (`kindByPaymentUse`), or null. */
function paymentFieldAt(id: TSESTree.Identifier | TSESTree.JSXIdentifier, sourceCode: SourceCode): Classification {
  let node: Node = id;
  const path: string[] = [];
  // Up through the object literals it is a value of: `{ card: { number: num } }` → card, number.
  while (node.parent?.type === AST_NODE_TYPES.Property && node.parent.value === node && node.parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
    const key = propertyKey(node.parent, sourceCode);
    if (key === null) return null;
    path.unshift(key);
    node = node.parent.parent;
  }
  const call = node.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(node as TSESTree.Expression)) return null;
  if (path.length === 0) {
    const setter = call.arguments[0] === node ? gatewaySetterOf(call, sourceCode) : null;
    return setter?.kind ?? null;
  }
  if (stripeMethodCall(call, sourceCode) === null && gatewayCallOf(call, sourceCode) === null) return null;
  const kind = classifyNamePathSegments(path, (name) => isStripeSourceContainer(name, sourceCode));
  return isSensitiveKind(kind) ? kind : null;
}

/** A value written out in the code: a literal, a list, an object, a function or a class. */
const isWrittenOut = (node: Node | null): boolean =>
  node !== null &&
  (node.type === AST_NODE_TYPES.Literal ||
    node.type === AST_NODE_TYPES.TemplateLiteral ||
    node.type === AST_NODE_TYPES.ArrayExpression ||
    node.type === AST_NODE_TYPES.ObjectExpression ||
    node.type === AST_NODE_TYPES.ClassExpression ||
    isFunctionNode(node));

/** How deep in a request's body a value is looked for (`{ payment: { card: { number: n } } }`). */
const MAX_BODY_DEPTH = 4;

/**
 * The card field that `id` is sent as in an HTTP request's body, written in place (`axios({ url, data: { numeroTarjeta:
 * tarjeta, codSeguridad: code } })`, `fetch(url, { body: JSON.stringify({ cvv: code }) })`, `new URLSearchParams({ … })`;
 * real-world batch 307: the values logged before the request that posts them to the app's own server) or held in a const
 * first (`const payload = { … }`; batch 311's kept miss): the key's kind, a bare name read beside its
 * siblings (a security code beside the card number), not a board's or another kind of card's record. Null for anything else.
 */
function sentFieldAt(id: TSESTree.Identifier | TSESTree.JSXIdentifier, sourceCode: SourceCode): Classification {
  let node: Node = id;
  const path: string[] = [];
  let siblings: string[] = [];
  for (let level = 0; level < MAX_BODY_DEPTH; level++) {
    const property: Node | undefined = node.parent;
    if (property?.type !== AST_NODE_TYPES.Property || property.value !== node || property.parent.type !== AST_NODE_TYPES.ObjectExpression) return null;
    const key = propertyKey(property, sourceCode);
    if (key === null) return null;
    path.unshift(key);
    if (level === 0) siblings = propertyKeys(property.parent, sourceCode);
    node = property.parent;
    if (!isRequestBody(serialisedInPlace(node), sourceCode) && !heldAsRequestBody(node, sourceCode)) continue;
    const kind = path.length === 1 ? (kindBesideSiblings(path[0]!, siblings) ?? classifyCardField(path[0]!)) : classifyNamePathSegments(path);
    return isSensitiveKind(kind) && !namesOtherCardRecord(siblings) ? kind : null;
  }
  return null;
}

/**
 * What carries a value where it is serialised in place (`JSON.stringify(value)`, `new URLSearchParams(value)`): that
 * call; else the value itself.
 */
function serialisedInPlace(value: Node): Node {
  const parent = value.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && isJsonStringifyCall(parent)) return parent;
  const urlEncoded = parent?.type === AST_NODE_TYPES.NewExpression && parent.arguments[0] === value && formConstructorName(parent) === 'URLSearchParams';
  return urlEncoded ? parent : value;
}

/**
 * Is an object literal a const's, built before the request that carries it (`const payload = { numeroTarjeta:
 * tarjeta }; await fetch(url, { body: JSON.stringify(payload) })`)? The const is read as the body, as written or
 * serialised in place.
 */
function heldAsRequestBody(object: TSESTree.ObjectExpression, sourceCode: SourceCode): boolean {
  const declarator = object.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== object || declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(declarator.id, sourceCode);
  if (!variable || constInit(variable) !== object) return false;
  return variable.references.some((reference) => reference.isRead() && isRequestBody(serialisedInPlace(reference.identifier), sourceCode));
}

/** Is `node`, as written, the body an HTTP request carries (`axios.post(url, node)`, `fetch(url, { body: node })`)? */
function isRequestBody(node: Node, sourceCode: SourceCode): boolean {
  let call = node.parent;
  // ...or a value of its options object (`{ data: node }`, `{ body: node }`)
  if (call?.type === AST_NODE_TYPES.Property && call.value === node && call.parent.type === AST_NODE_TYPES.ObjectExpression) call = call.parent.parent;
  return call?.type === AST_NODE_TYPES.CallExpression && (httpRequestOf(call, sourceCode)?.bodies.includes(node) ?? false);
}

/** `const { value } = e.target` in a listener: the content of the field listened on (`listenedContent`). */
function destructuredContent(variable: TSESLint.Scope.Variable, sourceCode: SourceCode): Classification {
  const bound = destructuredBinding(variable, sourceCode);
  if (bound?.key == null) return null;
  if (CONTENT_MEMBERS.has(bound.key)) return listenedContent(bound.init, sourceCode);
  // Out of a CardField's full details (`const { number, cvc } = details` in its callback; real-world batch 234).
  const init = unwrap(bound.init);
  if (init.type === AST_NODE_TYPES.Identifier && isFullCardDetailsParameter(init, sourceCode)) return classifyCardField(bound.key, { cardContext: true });
  // A field taken out of a card (`const { number } = req.body.card`), or a bare `number` taken out beside a card's
  // expiry (`const { number, exp_month, exp_year } = req.body`), as the member read would be: not out of another kind
  // of card (`req.body.giftCard`), nor out of a record whose other keys, taken out beside it, read off it in the
  // function or declared by its type, say it is one (`const { number, suit } = card`; precision probe GA).
  const segments = nameSegments(bound.init, sourceCode);
  if (segments !== null && pathNamesOtherKindOfCard(segments.join('.'))) return null;
  const pattern = (variable.defs[0]!.node as TSESTree.VariableDeclarator).id as TSESTree.ObjectPattern;
  const siblings = propertyKeys(pattern, sourceCode);
  const byPath = segments ? classifyNamePath([...segments, bound.key], sourceCode) : null;
  // The pattern's keys are the record's names, with no values to say more: read as a model's declared fields (a bare
  // `number` beside a CVC: `const { number, expiry, cvc } = this.value`, react-credit-cards' field names; real-world
  // batch 340).
  const kind = byPath !== null ? (isSensitiveKind(byPath) ? byPath : null) : kindBesideSiblings(bound.key, siblings, { declaredFields: true });
  if ((kind !== 'pan' && kind !== 'pin') || !namesOtherCardRecordOf(bound.init, siblings, sourceCode)) return kind;
  return null;
}

/** Do the keys of a record (`known`, and those read off `object` in its function or declared by its type) say it is another kind of card's? */
function namesOtherCardRecordOf(object: Node, known: readonly string[], sourceCode: SourceCode): boolean {
  if (namesOtherCardRecord(known)) return true;
  const read = memberNamesReadFrom(object, sourceCode);
  if (read !== null && namesOtherCardRecord([...known, ...read])) return true;
  const declared = valueMembers(object, sourceCode);
  return declared !== null && namesOtherCardRecord(declared.map((member) => member.name));
}

/**
 * The kind of the field whose content is read off `element` in a listener bound to it (`listenedFields`): `this` in
 * `this.value`, `e.target` in `e.target.value`, `$(this)` in `$(this).val()`, also held in a const first (`const input
 * = e.target`). Only the content: the element itself (`console.log(e.target)`) writes a node, not what was typed. A
 * handler bound to several fields reads each: the strictest of their kinds (a CVC before a card number).
 */
function listenedContent(element: Node, sourceCode: SourceCode): Classification {
  let kind: Classification = null;
  for (const field of listenedFields(resolveValue(element, sourceCode), sourceCode)) {
    const fieldKind = classifyCardField(field);
    if (isSensitiveKind(fieldKind) && (kind === null || kind === 'pan')) kind = fieldKind;
  }
  return kind;
}

/**
 * The name a route handler reads off its request with `req.param(name)` (Sails, Express 3: a body, route or query
 * parameter by name: `req.param('card_number')`), else null.
 */
function requestParamRead(call: TSESTree.CallExpression, sourceCode: SourceCode): string | null {
  const callee = unwrap(call.callee);
  const arg = call.arguments[0];
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !arg || arg.type === AST_NODE_TYPES.SpreadElement || memberName(callee, sourceCode) !== 'param') return null;
  const name = staticString(arg, sourceCode);
  return name !== null && isHandlerRequest(unwrap(callee.object), sourceCode) ? name : null;
}

/** Terminal colour libraries, whose functions wrap a text in escape codes: `chalk.red(x)`, `pc.bold(x)`, `red(x)`. */
const COLOR_MODULES: ReadonlySet<string> = new Set(['chalk', 'picocolors', 'kleur', 'kleur/colors', 'colorette', 'ansi-colors', 'colors', 'colors/safe', 'cli-color', 'yoctocolors']);

/** Is `callee` a function of a terminal colour library, by the module its root name is imported or required from? */
function isColorWrapper(callee: Node, sourceCode: SourceCode): boolean {
  const root = pathRoot(callee);
  if (root?.type !== AST_NODE_TYPES.Identifier) return false;
  const source = importSourceOf(root, sourceCode);
  return source !== null && COLOR_MODULES.has(source.replace(/^node:/, ''));
}

/** Is `member`'s object a const made with a safe form under `key` (`constMadeWith`)? */
function madeSafe(member: TSESTree.MemberExpression, key: string, sourceCode: SourceCode, depth: number): boolean {
  const object = unwrap(member.object);
  const variable = object.type === AST_NODE_TYPES.Identifier ? variableOf(object, sourceCode) : null;
  const value = variable ? constMadeWith(variable, key, sourceCode) : null;
  return value !== null && depth < MAX_DEPTH && isDerivedSafeForm(value, sourceCode) && classifyValue(value, sourceCode, depth + 1) === 'safe';
}

const keyAssignments = new WeakMap<Node, Map<string, boolean>>();
const SPACE = /\s/;

/**
 * Might a function's text set a member of that name with `=` (`.key =`, `['key'] =`)? A search of its text
 * for the key followed by `=` (not `==` or `=>`), once per function and key: no walk of a function whose reads
 * of a card field are never written (a `const key = …` also passes, for the index to tell).
 */
function mayAssignKey(scope: Node, key: string, sourceCode: SourceCode): boolean {
  let byKey = keyAssignments.get(scope);
  if (!byKey) keyAssignments.set(scope, (byKey = new Map()));
  const known = byKey.get(key);
  if (known !== undefined) return known;
  const text = sourceCode.text;
  const end = scope.range[1];
  let found = false;
  for (let at = text.indexOf(key, scope.range[0]); !found && at >= 0 && at < end; at = text.indexOf(key, at + key.length)) {
    let i = at + key.length;
    if (text[i] === "'" || text[i] === '"' || text[i] === '`') i++;
    if (text[i] === ']') i++;
    while (i < end && SPACE.test(text[i]!)) i++;
    found = text[i] === '=' && text[i + 1] !== '=' && text[i + 1] !== '>';
  }
  byKey.set(key, found);
  return found;
}

/**
 * Is a member read after the function set it to a safe form in place, on every path to the read (`card.number =
 * card.number.slice(-4); save({ last4: card.number })`; real-world batch 233)? The last write to the member before
 * the read decides, where it runs whenever the read does (`clearsField`); an empty value is not read as one (a
 * field cleared is often filled again before it is read).
 */
function maskedInPlace(member: TSESTree.MemberExpression, kind: CardFieldKind, sourceCode: SourceCode, depth: number): boolean {
  const key = memberName(member, sourceCode);
  if (key === null || depth >= MAX_DEPTH) return false;
  // Most reads have no write to the key in their function: told by its text, then by its index, before the binding.
  const scope = enclosingFunction(member) ?? sourceCode.ast;
  if (!mayAssignKey(scope, key, sourceCode)) return false;
  const path = boundPath(member.object, sourceCode);
  if (path === null || !accessIndex(scope, sourceCode).get(path)?.assigned.has(key)) return false;
  const found = objectPath(member.object, sourceCode);
  if (!found) return false;
  let last: TSESTree.AssignmentExpression | null = null;
  for (const access of memberAccessesOf(found, sourceCode)) {
    if (access.key !== key || !assignedValue(access.keyNode.parent)) continue;
    const assignment = access.keyNode.parent!.parent as TSESTree.AssignmentExpression;
    if (assignment.range[1] <= member.range[0] && (!last || assignment.range[0] > last.range[0])) last = assignment;
  }
  return (
    last !== null &&
    clearsField(last, member, key!, found, sourceCode) &&
    !isEmptyValue(last.right) &&
    holdsNoCardData(kind, last.right, sourceCode, depth + 1)
  );
}

/**
 * Is a value an object was made with computed from something (`number.slice(-4)`, `mask(n)`, a const holding one),
 * not a placeholder written in place (`''`, `null`, `'****'`)? A field made empty is filled later (a form's state
 * bound to its inputs: Svelte's `$state({ number: '' })`), so only a derived safe form says what the field holds.
 */
function isDerivedSafeForm(value: Node, sourceCode: SourceCode): boolean {
  return !isEmptyValue(value) && staticString(value, sourceCode) === null;
}

/**
 * An encrypted or hashed form of a value (`encrypt(cvc)`, `crypto.encrypt(…)`, `hashCvc(cvc)`, also held in a const):
 * safe for a PAN (PCI DSS 3.4 asks for it to be unreadable), but sensitive authentication data may not be kept after
 * authorisation even encrypted (PCI DSS 3.3), and a hashed three-digit code is read back by trying all thousand.
 */
export function isEncryptedForm(node: Node, sourceCode: SourceCode, depth = 0): boolean {
  let target = unwrap(resolveValue(node, sourceCode));
  if (target.type === AST_NODE_TYPES.AwaitExpression) target = unwrap(target.argument);
  // A value named for it (`encryptedCvv`, `cvvHash`, `cipher.content`), and a member of such a value or call
  // (`encryptedCvv.encrypted` of `const encryptedCvv = encrypt(cvv)`: real-world batch 100).
  const segments = nameSegments(target, sourceCode);
  if (segments?.some((segment) => ENCRYPTED_WORDS.test(segment))) return true;
  if (target.type === AST_NODE_TYPES.MemberExpression) return depth < MAX_DEPTH && isEncryptedForm(target.object, sourceCode, depth + 1);
  // A call that returns its argument, or a copy of it, encrypts nothing (`Object.seal(card)`).
  if (target.type !== AST_NODE_TYPES.CallExpression || copiedValue(target) !== null) return false;
  if (sqlEncryptedValues(target, sourceCode) !== null) return true;
  const name = calleeName(target, sourceCode);
  return name !== null && ENCRYPTED_WORDS.test(name);
}
/**
 * Words of a name saying its value is encrypted or hashed, also inside longer words (`cvvHash`, `createCipheriv`), but
 * not those saying it is not (`unencrypted`, `nonEncrypted`, `unhashed`, `unsealed`: a value in the clear). A
 * decipher's call (`decipher.update(stored.cvc)`) is read as an encryption's: what it is given, a CVC, is kept.
 */
const ENCRYPTED_WORDS = /(?<!un|non|not)encrypt|(?<!un)hash|cipher|(?<!un)seal/i;
/** Words of a holder's name saying its fields are encrypted (whole words: an `unencryptedCard`'s are not). */
const ENCRYPTED_HOLDER_WORDS: ReadonlySet<string> = new Set(['encrypted', 'ciphertext', 'ciphered', 'sealed', 'tokenized']);

/** Sensitive authentication data kept in an encrypted or hashed form: still kept (`isEncryptedForm`). */
export const keptEncrypted = (kind: CardFieldKind, value: Node, sourceCode: SourceCode): boolean => kind !== 'pan' && isEncryptedForm(value, sourceCode);

/**
 * A value under a card field's name that holds no card data: empty (`cvc: undefined`, `''`), a string literal that
 * cannot be that data (`cardNumber: '**** **** **** 4242'`, `literalCannotBe`), or provably a safe form
 * (`pm.card.last4`, `mask(n)`) that is no encrypted CVC (`keptEncrypted`).
 */
export function holdsNoCardData(kind: CardFieldKind, value: Node, sourceCode: SourceCode, depth = 0): boolean {
  if (isEmptyValue(value)) return true;
  const target = unwrap(value);
  if (target.type === AST_NODE_TYPES.Literal && typeof target.value === 'string' && literalCannotBe(kind, target.value)) return true;
  // A field's settings (`cvv: { selector: '#cvv' }`, a Hosted Fields config), no field's value; nor an object of flags
  // and type names about it (`cvvDebug: { cvvType: typeof v, cvvTruthy: !!v }`; real-world batch 332).
  if (isFieldSettings(target, sourceCode) || isFlagRecord(target)) return true;
  // A placeholder encrypted in place (`cvv: this.encrypt('***')`, real-world batch 326): every argument a literal that
  // cannot be that data.
  if (
    target.type === AST_NODE_TYPES.CallExpression &&
    target.arguments.length > 0 &&
    target.arguments.every((argument) => argument.type === AST_NODE_TYPES.Literal && typeof argument.value === 'string' && (argument.value === '' || literalCannotBe(kind, argument.value))) &&
    isEncryptedForm(target, sourceCode)
  ) {
    return true;
  }
  return classifyValue(value, sourceCode, depth) === 'safe' && !keptEncrypted(kind, value, sourceCode);
}

/** An object literal whose every value is a flag or a `typeof` (`{ cvvType: typeof v, cvvStrictCheck: v === true }`). */
function isFlagRecord(node: Node): boolean {
  if (node.type !== AST_NODE_TYPES.ObjectExpression || node.properties.length === 0) return false;
  return node.properties.every((property) => {
    if (property.type !== AST_NODE_TYPES.Property) return false;
    const value = unwrap(property.value);
    return isFlag(value) || (value.type === AST_NODE_TYPES.UnaryExpression && value.operator === 'typeof');
  });
}

/**
 * Can a literal written under a card field's name not be that data? Empty text never is; a PAN has 12 to 19 digits
 * (spaces or dashes between them), a CVC 3 or 4 (a seed's `'0001'` card number is none). Other kinds are not judged.
 * `checksum`: a PAN's digits must also pass the Luhn check, as every issued card's do (a demo's `'111111111111'`,
 * real-world batch 189) — for data kept, not for a payload sent to a card API, which is the finding whatever it holds.
 */
export function literalCannotBe(kind: CardFieldKind, text: string, checksum = false): boolean {
  const value = text.trim();
  if (value === '') return true;
  if (kind === 'pan') return !/^\d(?:[ -]?\d){11,18}$/.test(value) || (checksum && !passesLuhn(value.replace(/[ -]/g, '')));
  if (kind === 'cvc') return !/^\d{3,4}$/.test(value);
  return false;
}

/**
 * Can a value written under a card field's key not be that data as a whole? A string that cannot be
 * (`literalCannotBe`: a vault's alias `'tok_sandbox_…'`), also held in a const; or a template literal whose written
 * text holds a character that data never has (a letter beside a card number's digits, spaces and dashes; anything
 * beside a CVC's digits), none of its parts card data by name or provenance: a vault proxy's expression
 * `` `{{ ${tokenId} | json: "$.data.number" }}` `` (also concatenated: `'{{ ' + tokenId + ' }}'`), which the proxy
 * replaces with the card number on its way out (real-world batch EO). A template that writes one in a text
 * (`` `PAN ${cardNumber}` ``) still carries it.
 */
export function writtenValueCannotBe(kind: CardFieldKind, value: Node, sourceCode: SourceCode, checksum = false): boolean {
  if (kind !== 'pan' && kind !== 'cvc') return false;
  const target = unwrap(value);
  // A tracker's item's number read off it (`{ card: { number: issue.number, title } }`: a board's card; Trello's
  // `card.idShort`; real-world batch EX).
  if (kind === 'pan' && target.type === AST_NODE_TYPES.MemberExpression) {
    const property = memberName(target, sourceCode);
    const object = unwrap(target.object);
    const owner = writtenName(object, sourceCode);
    if (property !== null && splitWords(property).join('') === 'idshort') return true;
    if (owner !== null && splitWords(owner).some((word) => TRACKER_ITEM_WORDS.has(word))) return true;
  }
  const text = staticString(target, sourceCode);
  if (text !== null) return literalCannotBe(kind, text, checksum);
  if (target.type !== AST_NODE_TYPES.TemplateLiteral && !(target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+')) return false;
  // The written text and the values put in it: a template's, or a `+` concatenation's (`'{{ ' + tokenId + ' }}'`).
  const written: string[] = [];
  const values: Node[] = [];
  for (const piece of textPieces(target, written)) {
    const pieceText = piece.type === AST_NODE_TYPES.Literal ? staticString(piece, sourceCode) : null;
    if (pieceText !== null) written.push(pieceText);
    else values.push(piece);
  }
  const foreign = kind === 'pan' ? /[^\d\s-]/ : /[^\d\s]/;
  return written.some((piece) => foreign.test(piece)) && values.every((part) => !isSensitiveKind(classifyValue(part, sourceCode)));
}

/**
 * A made-up card number: a literal (or a const's) of digits that no issued card has, with a card number's 12 to 19
 * digits that fail the Luhn check every issued card passes (a demo's `'111111111111'`, `'4242 4242 4242 4241'`;
 * real-world batch 189), or too few or too many of them (a seed's `number: '123456'`; real-world batch 310). A literal
 * security code or PIN kept beside one is the same demo's.
 */
export function isMadeUpCardNumber(value: Node, sourceCode: SourceCode): boolean {
  const text = staticString(value, sourceCode)?.trim();
  return text !== undefined && /^\d(?:[ -]?\d)*$/.test(text) && literalCannotBe('pan', text, true);
}

/** An issue tracker's or a board's items, whose `number` is theirs: a pull request's, an issue's, a ticket's. */
const TRACKER_ITEM_WORDS: ReadonlySet<string> = new Set(['issue', 'issues', 'ticket', 'tickets', 'task', 'tasks', 'story', 'stories', 'pr', 'pull', 'trello', 'kanban', 'jira']);

const COMPARISONS = new Set(['==', '!=', '===', '!==', '<', '<=', '>', '>=', 'in', 'instanceof']);

/** Errors' constructors: the global ones, and classes named as errors (`PaymentError`, `CardDeclinedException`). */
const ERROR_CLASS = /^(?:[A-Z][\w$]*)?(?:Error|Exception)$/;

/**
 * The message an error is made with (`new Error(`declined: ${cardNumber}`)`, `new PaymentError({ cardNumber })`): its
 * first argument, for a constructor named as an error; null for anything else.
 */
function errorMessage(made: TSESTree.NewExpression): Node | null {
  const callee = unwrap(made.callee);
  const [message] = made.arguments;
  return callee.type === AST_NODE_TYPES.Identifier && ERROR_CLASS.test(callee.name) && message && message.type !== AST_NODE_TYPES.SpreadElement ? message : null;
}

/**
 * Does the file declare `node` (a name, a parameter, a member path, a class field read as `this.x`) of a type that `is`
 * accepts, alone or in a union with `null` / `undefined`?
 */
function isDeclaredAs(node: Node, sourceCode: SourceCode, is: (type: TSESTree.TypeNode) => boolean): boolean {
  if (node.type !== AST_NODE_TYPES.Identifier && node.type !== AST_NODE_TYPES.MemberExpression) return false;
  const type = declaredTypeOf(node, sourceCode);
  const nullish = (t: TSESTree.TypeNode): boolean => t.type === AST_NODE_TYPES.TSNullKeyword || t.type === AST_NODE_TYPES.TSUndefinedKeyword;
  if (!type) return false;
  if (type.type === AST_NODE_TYPES.TSUnionType) return type.types.some(is) && type.types.every((t) => is(t) || nullish(t));
  return is(type);
}

/** Stripe.js's Element types (`StripeCardNumberElement`, `StripePaymentElement`, `StripeElement`), as `@stripe/stripe-js` exports them. */
const STRIPE_ELEMENT_TYPE = /^Stripe\w*Element$/;
/** Where Stripe.js's types are imported from: its modules, and the `types` folder of its older versions. */
const STRIPE_JS_TYPE_MODULES: ReadonlySet<string> = new Set([...STRIPE_JS_SOURCES, '@stripe/stripe-js/types']);

/** Does the file declare `node` one of Stripe.js's Element types imported from `@stripe/stripe-js`? */
const isDeclaredStripeElement = (node: Node, sourceCode: SourceCode): boolean =>
  isDeclaredAs(node, sourceCode, (t) => {
    if (t.type !== AST_NODE_TYPES.TSTypeReference || t.typeName.type !== AST_NODE_TYPES.Identifier || !STRIPE_ELEMENT_TYPE.test(t.typeName.name)) return false;
    const imported = importedAs(t.typeName, sourceCode);
    return imported !== null && imported.name === t.typeName.name && STRIPE_JS_TYPE_MODULES.has(imported.source);
  });

/** A name or member path whose type the file declares `boolean` (or `true` / `false`, maybe with `null` / `undefined`). */
const isDeclaredBoolean = (node: Node, sourceCode: SourceCode): boolean =>
  isDeclaredAs(
    node,
    sourceCode,
    (t) => t.type === AST_NODE_TYPES.TSBooleanKeyword || (t.type === AST_NODE_TYPES.TSLiteralType && t.literal.type === AST_NODE_TYPES.Literal && typeof t.literal.value === 'boolean'),
  );

/** The first words of a predicate's name (`isValid`, `hasCard`), and the last words (`allValid`, `formComplete`). */
const PREDICATE_FIRST_WORDS: ReadonlySet<string> = new Set(['is', 'has', 'are', 'can', 'should', 'did', 'was', 'were']);
const PREDICATE_LAST_WORDS: ReadonlySet<string> = new Set(['valid', 'invalid', 'complete', 'completed', 'ready', 'empty', 'filled']);

/** A name that says its value is a flag, and no card field's (`allValid`, `isComplete`; not `cvvValid`, read as one). */
const namesPredicate = (name: string): boolean => {
  const words = splitWords(name);
  return words.length >= 2 && (PREDICATE_FIRST_WORDS.has(words[0]!) || PREDICATE_LAST_WORDS.has(words[words.length - 1]!)) && classifyCardField(name) === null;
};

/** A boolean by its shape: `true`, `!x`, a comparison, `Boolean(x)`, or `&&` / `||` of those. */
function isFlag(node: Node): boolean {
  const target = unwrap(node);
  switch (target.type) {
    case AST_NODE_TYPES.Literal:
      return typeof target.value === 'boolean';
    case AST_NODE_TYPES.UnaryExpression:
      return target.operator === '!';
    case AST_NODE_TYPES.BinaryExpression:
      return COMPARISONS.has(target.operator);
    case AST_NODE_TYPES.CallExpression:
      return target.callee.type === AST_NODE_TYPES.Identifier && target.callee.name === 'Boolean' && target.arguments.length === 1;
    case AST_NODE_TYPES.LogicalExpression:
      return target.operator !== '??' && isFlag(target.left) && isFlag(target.right);
    default:
      return false;
  }
}

/**
 * A value that is a count or a position, never a card number (12 to 19 digits): a small number (`cardNumber: 1`),
 * arithmetic (`number: cards.length + 1`), or a count computed otherwise (`number: members.length`, `indexOf(…)`,
 * `Math.max(…)`; real-world batch 242: a dashboard's stats card). For card-number fields only: an expiry month or a
 * CVC is a small number.
 */
export function isCountValue(node: Node): boolean {
  const target = unwrap(node);
  if (isCountLiteral(target) || isComputedCount(target)) return true;
  if (target.type !== AST_NODE_TYPES.BinaryExpression) return false;
  return QUANTITY_OPERATORS.has(target.operator) || (target.operator === '+' && (isCountLiteral(target.left) || isCountLiteral(target.right)));
}

/**
 * The keys a form's state starts as a count (`useState({ cardNumber: 0 })` → `cardNumber`: positions, not card numbers)
 * and those it starts as a flag (`useState({ cvc: false })`, a zod boolean: a hosted field's validity, no value).
 */
function stateKeys(node: Node, sourceCode: SourceCode): { counts: string[]; flags: string[] } {
  const state = stateShape(node, sourceCode);
  const entries = state ? (objectEntries(state, sourceCode) ?? []) : [];
  return {
    counts: entries.filter((entry) => isCountLiteral(entry.value)).map((entry) => entry.key),
    flags: entries.filter((entry) => isFlag(entry.value) || isZodBooleanSchema(entry.value, sourceCode)).map((entry) => entry.key),
  };
}

/**
 * What `state.key` starts as, where `state` is a form's state whose initial object gives `key` a count or a flag
 * (`stateKeys`); null for anything else.
 */
function stateKeyStart(member: TSESTree.MemberExpression, sourceCode: SourceCode): 'count' | 'flag' | null {
  const { counts, flags } = stateKeys(member.object, sourceCode);
  const key = counts.length > 0 || flags.length > 0 ? memberName(member, sourceCode) : null;
  return key === null ? null : counts.includes(key) ? 'count' : flags.includes(key) ? 'flag' : null;
}

/** A member read used as a number: `x.key + 1`, `x.key * 2`, `x.key++`, `x.key += 1`, `x.key < 3`. */
function isCountedRead(read: Node | undefined): boolean {
  const parent = read?.parent;
  if (!read || !parent) return false;
  if (parent.type === AST_NODE_TYPES.UpdateExpression) return true;
  if (parent.type === AST_NODE_TYPES.AssignmentExpression) return parent.left === read && parent.operator !== '=' && isCountLiteral(parent.right);
  if (parent.type !== AST_NODE_TYPES.BinaryExpression) return false;
  if (QUANTITY_OPERATORS.has(parent.operator)) return true;
  return parent.operator === '+' && isCountLiteral(parent.left === read ? parent.right : parent.left);
}

const QUANTITY_OPERATORS = new Set(['-', '*', '/', '%', '**', '<', '>', '<=', '>=']);

/**
 * A variable used as a quantity is a counter or an index, never a PAN or CVC (card numbers are identifiers, not
 * amounts): `cardNumber++`, `cardNumber -= 1`, `cardNumber + 1`, `cardNumber / total`, `cardNumber < max`, or a
 * declaration initialised to a number below any PAN (`let cardNumber = 0`). Playing-card and flash-card code. So is
 * one initialised to a boolean (`const hasCardNumber = !!element`).
 */
function isQuantity(id: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const variable = variableOf(id, sourceCode);
  if (!variable) return false;
  // Asked at each read of the variable, and the answer reads all of them: once per variable, or a file that logs one
  // variable at each of thousands of lines costs seconds.
  let known = quantities.get(variable);
  if (known === undefined) {
    known = usedAsQuantity(variable);
    quantities.set(variable, known);
  }
  return known;
}

const quantities = new WeakMap<Variable, boolean>();

function usedAsQuantity(variable: Variable): boolean {
  const isNumber = (node: Node): boolean => {
    const n = unwrap(node);
    return n.type === AST_NODE_TYPES.Literal && typeof n.value === 'number';
  };
  for (const def of variable.defs) {
    if (def.type !== 'Variable' || !def.node.init) continue;
    const init = unwrap(def.node.init);
    if (init.type === AST_NODE_TYPES.Literal && typeof init.value === 'number' && Math.abs(init.value) < 1e11) return true;
    if (isFlag(init)) return true; // `const hasCardNumber = !!element`: a flag, no more a PAN than a counter is
    if (isComputedCount(init)) return true; // `const numberCard = cards.length`, `deck.indexOf(card)` (real-world batch FF)
    // `const [position, setPosition] = useState(0)`: a React state that starts as a count (real-world batch DG).
    if (
      def.node.id.type === AST_NODE_TYPES.ArrayPattern &&
      def.node.id.elements[0] === def.name &&
      init.type === AST_NODE_TYPES.CallExpression &&
      STATE_HOOKS.has(calleeName(init) ?? '') &&
      isCountLiteral(init.arguments[0] ?? null)
    ) {
      return true;
    }
  }
  for (const ref of variable.references) {
    const identifier = ref.identifier;
    const parent = identifier.parent;
    if (!parent) continue;
    if (parent.type === AST_NODE_TYPES.UpdateExpression) return true;
    if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === identifier && parent.operator !== '=' && isNumber(parent.right)) return true;
    if (parent.type === AST_NODE_TYPES.BinaryExpression) {
      if (QUANTITY_OPERATORS.has(parent.operator)) return true;
      const other = parent.left === identifier ? parent.right : parent.left;
      if (parent.operator === '+' && isNumber(other)) return true;
    }
  }
  return false;
}

/** Methods whose result is a position or a count (`deck.indexOf(card)`, `cards.findIndex(…)`). */
const COUNTING_METHODS: ReadonlySet<string> = new Set(['indexOf', 'lastIndexOf', 'findIndex', 'findLastIndex', 'countDocuments', 'estimatedDocumentCount']);
/** Arithmetic that only numbers come out of (a PAN is text, and a number of its size is no longer exact). */
const NUMERIC_OPERATORS: ReadonlySet<string> = new Set(['-', '*', '/', '%', '**', '|', '&', '^', '<<', '>>', '>>>']);

/**
 * Is an initial value a number the code computes: a list's `.length` or a set's `.size`, a position (`indexOf`,
 * `findIndex`), `Math.*(…)`, arithmetic, or such a number plus a literal (`cards.length + 1`)? Never card data, whatever
 * the variable's name (`const numberCard = cards.length`, real-world batch FF). `Number(field.value)` and `parseInt`
 * may still hold a typed PAN: not counted.
 */
function isComputedCount(node: Node, depth = 0): boolean {
  const n = unwrap(node);
  if (depth > 3) return false;
  if (n.type === AST_NODE_TYPES.MemberExpression) return !n.computed && n.property.type === AST_NODE_TYPES.Identifier && (n.property.name === 'length' || n.property.name === 'size');
  if (n.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(n.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return false;
    if (COUNTING_METHODS.has(callee.property.name)) return true;
    const object = unwrap(callee.object);
    return object.type === AST_NODE_TYPES.Identifier && object.name === 'Math';
  }
  if (n.type !== AST_NODE_TYPES.BinaryExpression || n.left.type === AST_NODE_TYPES.PrivateIdentifier) return false;
  if (NUMERIC_OPERATORS.has(n.operator)) return true;
  if (n.operator !== '+') return false;
  const numeric = (side: Node): boolean => {
    const u = unwrap(side);
    return (u.type === AST_NODE_TYPES.Literal && typeof u.value === 'number') || isComputedCount(u, depth + 1);
  };
  return numeric(n.left) && numeric(n.right);
}

/** Is `id` a const made with a `replace` of a card number that leaves it whole (`replaceKeepsCardNumber`)? */
function keepsCardNumberUnderName(id: TSESTree.Identifier, sourceCode: SourceCode, depth: number): boolean {
  const variable = variableOf(id, sourceCode);
  const init = variable ? constInit(variable) : null;
  if (!init || depth >= MAX_DEPTH) return false;
  // ...also in a branch of a choice (`typeof n === 'string' ? n.replace(/\D+/g, '') : ''`; real-world batch 337).
  const value = unwrap(init);
  const leaves = value.type === AST_NODE_TYPES.ConditionalExpression || value.type === AST_NODE_TYPES.LogicalExpression ? choiceLeaves(value, false) : [value];
  return leaves.some((leaf) => {
    const call = unwrap(leaf);
    if (call.type !== AST_NODE_TYPES.CallExpression) return false;
    const callee = unwrap(call.callee);
    const method = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee, sourceCode) : null;
    return (method === 'replace' || method === 'replaceAll') && classifyValue(call, sourceCode, depth + 1) === 'pan';
  });
}

/** Card numbers in the formats a form hands over: plain (16 and 15 digits), spaced, dashed (Stripe's test numbers). */
const CARD_NUMBER_SAMPLES = ['4242424242424242', '378282246310005', '4242 4242 4242 4242', '4242-4242-4242-4242'];
/** More digits than any masked form shows (PCI DSS 3.4.1: at most the BIN, up to 8 digits, and the last 4). */
const MASKED_DIGITS_AT_MOST = 12;
/** A group with a quantifier inside, itself quantified (`(\d+)*`): backtracking that grows fast with the input. */
const NESTED_QUANTIFIER = /\([^()]*(?:[*+?]|\{\d)[^()]*\)(?:[*+]|\{\d)/;

/**
 * What a `replace` / `replaceAll` whose search (a regular expression or a string) and replacement are written out
 * makes of `CARD_NUMBER_SAMPLES`, in order (a few characters each; patterns with nested quantifiers are not run); null
 * where anything is not written out (a replacement function, a pattern built at run time).
 */
function replacedSamples(call: TSESTree.CallExpression, method: 'replace' | 'replaceAll', sourceCode: SourceCode): string[] | null {
  const [pattern, replacement] = call.arguments;
  if (!pattern || !replacement || pattern.type === AST_NODE_TYPES.SpreadElement || replacement.type === AST_NODE_TYPES.SpreadElement) return null;
  const by = staticValue(replacement, sourceCode);
  if (typeof by !== 'string') return null;
  // A fresh expression for each sample: a sticky one (`y`) would start the next sample where the last match ended.
  let search: () => RegExp | string;
  if (pattern.type === AST_NODE_TYPES.Literal && 'regex' in pattern && pattern.regex) {
    const { pattern: source, flags } = pattern.regex;
    if (NESTED_QUANTIFIER.test(source)) return null;
    try {
      new RegExp(source, flags);
    } catch {
      return null; // a flag or syntax this Node does not know
    }
    search = () => new RegExp(source, flags);
  } else {
    const text = staticValue(pattern, sourceCode);
    if (typeof text !== 'string') return null;
    search = () => text;
  }
  try {
    return CARD_NUMBER_SAMPLES.map((sample) => (method === 'replaceAll' ? sample.replaceAll(search(), by) : sample.replace(search(), by)));
  } catch {
    return null; // `replaceAll` with a regular expression that is not global throws
  }
}

function digitCount(text: string): number {
  let digits = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) digits++;
  return digits;
}

/** Does a written-out replace leave more digits of a card number than any masked form shows, in every format? */
function replaceKeepsCardNumber(call: TSESTree.CallExpression, method: 'replace' | 'replaceAll', sourceCode: SourceCode): boolean {
  return replacedSamples(call, method, sourceCode)?.every((out) => digitCount(out) > MASKED_DIGITS_AT_MOST) ?? false;
}

/**
 * Does a written-out replace mask a card number written as digits alone (`/\d(?=\d{4})/g` → `'*'`), leaving no more
 * digits than a masked form shows? Asked where what it is applied to is not known (`num.replace(…)` under a
 * `cardNumber` key; real-world batch EN).
 */
function replaceMasksCardNumber(call: TSESTree.CallExpression, method: 'replace' | 'replaceAll', sourceCode: SourceCode): boolean {
  const outputs = replacedSamples(call, method, sourceCode);
  return outputs !== null && CARD_NUMBER_SAMPLES.every((sample, i) => !/^\d+$/.test(sample) || digitCount(outputs[i]!) <= MASKED_DIGITS_AT_MOST);
}

/** A regular expression's source that matches separators or non-digits only: `\s`, `-`, `[\s.-]+`, `\D`, `[^0-9]+`. */
const KEEPS_DIGITS = /^(?:\[?(?:\\s|\\D|-|\\-| |\\\.|\.)+\]?[+*]?|\[\^(?:0-9|\\d)+\][+*]?)$/;

/**
 * `x.replace(/\s/g, '')`, `x.replace(/-|\s/g, '')`, `x.replace(/[^0-9]+/g, '')`: strips formatting, keeps the
 * digits.
 */
function isFormattingReplace(call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const [pattern, replacement] = call.arguments;
  if (!pattern || !replacement) return false;
  const replacementValue = staticValue(replacement, sourceCode);
  if (replacementValue !== '' && replacementValue !== ' ') return false;
  if (pattern.type === AST_NODE_TYPES.Literal && 'regex' in pattern && pattern.regex) {
    // Each alternative (`/-|\s/`, real-world batch ED) removes separators or whatever is no digit (`/[^0-9]+/`).
    return pattern.regex.pattern.split('|').every((alternative) => KEEPS_DIGITS.test(alternative));
  }
  const text = staticValue(pattern, sourceCode);
  return text === ' ' || text === '-';
}

export interface CardDataPart {
  kind: SensitiveKind;
  /** The node that carries it: a key, or a value expression. */
  node: Node;
  /** The name that identified it (key or last name segment). */
  name: string;
}

/** A sensitive field of an object that a function reads (`req.body.cvc`) or sets (`user.cardNumber = number`). */
export interface HeldField extends CardDataPart {
  access: 'reads' | 'sets';
}

const fieldReads = new WeakMap<Node, Map<string, HeldField | null>>();

/** The value assigned to the member whose `=` assignment target `member` is (`user.cvc = value`), else null. */
function assignedValue(member: Node | undefined): Node | null {
  const parent = member?.parent;
  return member?.type === AST_NODE_TYPES.MemberExpression && parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.operator === '=' && parent.left === member
    ? parent.right
    : null;
}

/**
 * Is `assignment` (`o.cvv = …`) a statement that runs whenever `write` (where the object is written) does: in a block
 * of statements that also holds the write (`try { o.cvv = '***'; log(o) } catch {}`, real-world batch 231), or in
 * an enclosing one, or at the function's (the program's) top? Or whenever the field holds something (`if (o.cvv)
 * o.cvv = '***'`, `if (o && o.cvv) …`)? Loops, `try` blocks, callbacks and other tests that leave the write out may
 * not run it.
 */
function clearsField(assignment: TSESTree.AssignmentExpression, write: Node, key: string, found: ObjectPath, sourceCode: SourceCode): boolean {
  let child: Node = assignment;
  for (let current = assignment.parent; current !== undefined; child = current, current = current.parent) {
    if (current === found.scope) return true;
    if (current.type === AST_NODE_TYPES.BlockStatement && current.range[0] <= write.range[0] && write.range[1] <= current.range[1]) return true;
    if (current.type === AST_NODE_TYPES.ExpressionStatement || current.type === AST_NODE_TYPES.BlockStatement) continue;
    if (current.type === AST_NODE_TYPES.IfStatement && child === current.consequent && testsFieldHeld(current.test, key, found, sourceCode)) continue;
    return false;
  }
  return false;
}

/** Is `test` true only where the field `key` of the path holds something: the field itself, or a `&&` with it? */
function testsFieldHeld(test: Node, key: string, found: ObjectPath, sourceCode: SourceCode): boolean {
  const target = unwrap(test);
  if (target.type === AST_NODE_TYPES.LogicalExpression && target.operator === '&&') {
    return testsFieldHeld(target.left, key, found, sourceCode) || testsFieldHeld(target.right, key, found, sourceCode);
  }
  return target.type === AST_NODE_TYPES.MemberExpression && memberAccessesOf(found, sourceCode).some((access) => access.key === key && access.keyNode.parent === target);
}

/** What an object's member is set to (`assignedValue`), or what is added to it as a list (`member.push(value)`, `unshift`). */
function putValue(member: Node | undefined): Node | null {
  const assigned = assignedValue(member);
  if (assigned || member?.type !== AST_NODE_TYPES.MemberExpression) return assigned;
  const call = member.parent?.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || listAddedTo(call) !== member) return null;
  const first = call.arguments[0];
  return first && first.type !== AST_NODE_TYPES.SpreadElement ? first : null;
}

/** `JSON.stringify` / `String`: calls whose result carries every field of their first argument. */
function isSerialisation(callee: Node): boolean {
  const target = unwrap(callee);
  return target.type === AST_NODE_TYPES.Identifier ? target.name === 'String' : isJsonStringify(target);
}

/**
 * The value a serialisation writes out whole: `x` of `JSON.stringify(x)`, `JSON.stringify(x, null, 2)`, `String(x)`;
 * null for none, a spread, or a replacer, which picks or rewrites what is written (`JSON.stringify(order, ['id',
 * 'total'])`, a redacting function: precision probe, real-world batch 90).
 */
function serialisedArgument(call: TSESTree.CallExpression): Node | null {
  const [arg, replacer] = call.arguments;
  if (!arg || arg.type === AST_NODE_TYPES.SpreadElement || !isSerialisation(call.callee)) return null;
  if (replacer && !isNullish(replacer)) return null;
  return arg;
}

/** `JSON.stringify(x)`: the object's fields as text (`String(x)` of a plain object is `[object Object]`). */
const isJsonStringifyCall = (node: Node): boolean =>
  node.type === AST_NODE_TYPES.CallExpression && serialisedArgument(node) !== null && isJsonStringify(unwrap(node.callee));

/**
 * The pieces of a text built by a `+` chain and template literals (`'a' + b + `c ${d}``: `'a'`, `b`, `d`), each
 * unwrapped; walked without recursion (a chain of thousands of `+` is a real shape). The templates' own text goes to
 * `quasis`, when given (`'c '`).
 */
function textPieces(node: Node, quasis?: string[]): Node[] {
  const pieces: Node[] = [];
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = unwrap(stack.pop()!);
    if (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+') stack.push(current.right, current.left);
    else if (current.type === AST_NODE_TYPES.TemplateLiteral) {
      for (let i = current.expressions.length - 1; i >= 0; i--) stack.push(current.expressions[i]!);
      if (quasis) for (const quasi of current.quasis) quasis.push(quasi.value.cooked ?? quasi.value.raw);
    } else pieces.push(current);
  }
  return pieces;
}

/** Text made of other values: a template with holes, a `+` concatenation, `JSON.stringify(x)` / `String(x)`. */
function isTextBuild(node: Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.length > 0;
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator === '+';
    case AST_NODE_TYPES.CallExpression:
      return isSerialisation(node.callee);
    default:
      return false;
  }
}

/** The identifier or `this` a plain path starts from (`req` in `req.body`, `this` in `this.state`), or null (`getReq().body`). */
function pathRoot(node: Node): TSESTree.Identifier | TSESTree.ThisExpression | null {
  let current = unwrap(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) current = unwrap(current.object);
  return current.type === AST_NODE_TYPES.Identifier || current.type === AST_NODE_TYPES.ThisExpression ? current : null;
}

/** What `this` is bound by at `node`: the nearest function that is no arrow, class member initialiser or class; else the program. */
function thisBinder(node: Node): Node | undefined {
  const current = thisScope(node);
  // A class member's initialiser and its methods share the instance: bind `this` to the class.
  if (current?.type === AST_NODE_TYPES.PropertyDefinition) return current.parent;
  if (current?.type === AST_NODE_TYPES.FunctionExpression && current.parent?.type === AST_NODE_TYPES.MethodDefinition && !current.parent.static) return current.parent.parent;
  return current;
}

interface ObjectPath {
  path: string;
  scope: Node;
  /** What the path's root is bound to: its variable, the node that binds its `this`, or null (a global). */
  binding: object | null;
  /** The root's variable, when the root is one. */
  variable: Variable | null;
  isSame: (other: Node) => boolean;
}

/**
 * The plain path `object` names (`req.body`, `this.state`), the function (or program) around it, and a test for
 * another expression naming the same object there: the same path from the same binding (`this` of the same instance).
 * Null when `object` is no plain path.
 */
function objectPath(object: Node, sourceCode: SourceCode): ObjectPath | null {
  const path = boundPath(object, sourceCode);
  const root = pathRoot(object);
  if (path === null || root === null) return null;
  const rootVariable = root.type === AST_NODE_TYPES.Identifier ? variableOf(root, sourceCode) : null;
  // The function the root is bound in, callbacks and all: `req.body` logged in a `.catch` callback of the handler that
  // reads `req.body.cardNumber` (real-world batch 270); else (a module's object, read and written by any function of
  // it: a flashcard's `card.number` set in one and the card logged in another, regression probe 272) the function
  // around the read.
  const bound = rootVariable?.scope.variableScope;
  const scope: Node = (bound && bound.type === 'function' ? (bound.block as Node) : null) ?? enclosingFunction(object) ?? sourceCode.ast;
  const rootBinder = root.type === AST_NODE_TYPES.ThisExpression ? thisBinder(root) : undefined;
  const isSame = (other: Node): boolean => {
    if (boundPath(other, sourceCode) !== path) return false;
    const otherRoot = pathRoot(other);
    if (otherRoot === null || otherRoot.type !== root.type) return false;
    // `this.state` read where `this` is the same object (the instance of one class, or one function's `this`)
    if (otherRoot.type === AST_NODE_TYPES.ThisExpression) return thisBinder(otherRoot) === rootBinder;
    return rootVariable === null ? variableOf(otherRoot, sourceCode) === null : variableOf(otherRoot, sourceCode) === rootVariable;
  };
  return { path, scope, binding: rootVariable ?? rootBinder ?? null, variable: rootVariable, isSame };
}

/** A member read (or set) off an object: its name (null: computed) and the node that names it. */
interface MemberAccess {
  key: string | null;
  keyNode: Node;
}

/**
 * The member accesses of one function (or the program) made on objects of one plain path, with the objects, and the
 * accesses of each binding of that path once asked for.
 */
interface PathAccesses {
  all: { object: Node; access: MemberAccess }[];
  byBinding: Map<object | null, readonly MemberAccess[]>;
  /** The keys set with `=` off the path (`object.key = value`), of any binding: a cheap test before `objectPath`. */
  assigned: Set<string | null>;
}

/** Per function (or program): its member accesses by the plain path of the object they are made on. */
const accessIndexes = new WeakMap<Node, Map<string, PathAccesses>>();

function accessIndex(scope: Node, sourceCode: SourceCode): Map<string, PathAccesses> {
  let index = accessIndexes.get(scope);
  if (index) return index;
  const byPath = new Map<string, PathAccesses>();
  const add = (object: Node, access: MemberAccess): void => {
    const path = boundPath(object, sourceCode);
    if (path === null) return;
    let accesses = byPath.get(path);
    if (!accesses) byPath.set(path, (accesses = { all: [], byBinding: new Map(), assigned: new Set() }));
    accesses.all.push({ object, access });
    if (assignedValue(access.keyNode.parent)) accesses.assigned.add(access.key);
  };
  forEachNode(scope, sourceCode, (n) => {
    if (n.type === AST_NODE_TYPES.MemberExpression) add(n.object, { key: memberName(n, sourceCode), keyNode: n.property });
    // A form data's field read by name (`data.get('cvc')` of `await request.formData()`; real-world batch 239).
    else if (n.type === AST_NODE_TYPES.CallExpression && n.arguments.length === 1 && n.callee.type === AST_NODE_TYPES.MemberExpression) {
      const field = formDataFieldRead(n, sourceCode);
      if (field !== null) add(n.callee.object, { key: field, keyNode: n.arguments[0]! });
    }
    else if (n.type === AST_NODE_TYPES.VariableDeclarator && n.id.type === AST_NODE_TYPES.ObjectPattern && n.init) {
      for (const property of n.id.properties) if (property.type === AST_NODE_TYPES.Property) add(n.init, { key: propertyKey(property, sourceCode), keyNode: property.key });
    }
  });
  index = byPath;
  accessIndexes.set(scope, index);
  return index;
}

/**
 * Each member read or set off the object `found` names (`object.key`, `object.key = v`, `const { key } = object`) in
 * its function, with the node that names it. One walk per function indexes every path's accesses (a walk per path
 * made a function that reads thousands of paths quadratic); the object must be the same binding's, and each binding's
 * list is kept (a function may ask about one path at each read).
 */
function memberAccessesOf(found: ObjectPath, sourceCode: SourceCode): readonly MemberAccess[] {
  const accesses = accessIndex(found.scope, sourceCode).get(found.path);
  if (!accesses) return [];
  let known = accesses.byBinding.get(found.binding);
  if (!known) {
    known = accesses.all.filter((indexed) => found.isSame(indexed.object)).map((indexed) => indexed.access);
    accesses.byBinding.set(found.binding, known);
  }
  return known;
}

/**
 * The member names the function around `object` reads from the object it names (`card` → `name`, `number`, `rarity`
 * for `card.name`, `card.number`, `card.rarity`, also destructured: `const { rarity } = card`); null when `object` is
 * no plain path.
 */
function memberNamesReadFrom(object: Node, sourceCode: SourceCode): readonly string[] | null {
  const found = objectPath(object, sourceCode);
  return found && memberAccessesOf(found, sourceCode).map((access) => access.key ?? '');
}

/**
 * Is `node` a card number read off an object whose other members, read in the same function or declared by its type,
 * say it is another kind of card's record (`card.number` beside `card.rarity` or `card.set_code`: a trading card's
 * collector number; `card: { number: number; listId: string }`: a kanban card; `namesOtherCardRecord`)?
 */
function readsOtherCardRecord(node: Node, sourceCode: SourceCode): boolean {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.MemberExpression) return false;
  // A number its type declares a number (`card: { number: number; title: string }`): a position or a count, as no
  // card number is (real-world batch 249: a kanban card's).
  const key = memberName(target, sourceCode);
  const declared = key === null ? undefined : valueMembers(target.object, sourceCode)?.find((member) => member.name === key);
  if (declared?.numeric === true) return true;
  return namesOtherCardRecordOf(target.object, [], sourceCode);
}

/**
 * The const that a never-reassigned variable's text is parsed into (`const payload = JSON.parse(text)`, also with a
 * type: `const payload: Dto = JSON.parse(text)`), as its declared identifier; null for anything else.
 */
function parsedInto(id: TSESTree.Identifier, sourceCode: SourceCode): TSESTree.Identifier | TSESTree.ObjectPattern | null {
  const variable = variableOf(id, sourceCode);
  if (!variable || !isNeverReassigned(variable)) return null;
  for (const ref of variable.references) {
    const call = ref.identifier.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== ref.identifier || !isJsonParse(call.callee)) continue;
    const into = parseTarget(call);
    if (into) return into;
  }
  return null;
}

/** What a `JSON.parse(…)` call's result is declared as: a const (`const payload = …`) or a pattern (`const { cvc } = …`). */
function parseTarget(call: TSESTree.CallExpression): TSESTree.Identifier | TSESTree.ObjectPattern | null {
  const declarator = withTypeWrappers(call).parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator) return null;
  return declarator.id.type === AST_NODE_TYPES.Identifier || declarator.id.type === AST_NODE_TYPES.ObjectPattern ? declarator.id : null;
}

/**
 * The parse of the same text in the same function, for a member path or a call on one that reads a text
 * (`console.log(record.body); const body = JSON.parse(record.body)`; amqplib's `msg.content.toString()` logged and then
 * parsed; real-world batch ET: a queue's consumer). The path must start at one binding in both places (same text, in
 * one function).
 */
function parsedSameText(node: TSESTree.MemberExpression | TSESTree.CallExpression, sourceCode: SourceCode): TSESTree.Identifier | TSESTree.ObjectPattern | null {
  const root = textPathRoot(node);
  if (root === null) return null;
  const scope = enclosingFunction(node) ?? sourceCode.ast;
  let parses = parsesByScope.get(scope);
  if (parses === undefined) {
    parses = new Map();
    const found = parses;
    forEachNode(scope, sourceCode, (inner) => {
      if (inner.type === AST_NODE_TYPES.CallExpression && inner.arguments.length === 1 && isJsonParse(inner.callee)) {
        const argument = unwrap(inner.arguments[0]!);
        if (argument.type === AST_NODE_TYPES.MemberExpression || argument.type === AST_NODE_TYPES.CallExpression) {
          const text = sourceCode.getText(argument);
          const calls = found.get(text);
          if (calls) calls.push(inner);
          else found.set(text, [inner]);
        }
      }
      return false;
    });
    parsesByScope.set(scope, parses);
  }
  if (parses.size === 0) return null;
  for (const call of parses.get(sourceCode.getText(node)) ?? []) {
    const argumentRoot = textPathRoot(call.arguments[0]!);
    if (argumentRoot === null || variableOf(argumentRoot, sourceCode) !== variableOf(root, sourceCode)) continue;
    const into = parseTarget(call);
    if (into) return into;
  }
  return null;
}
const parsesByScope = new WeakMap<Node, Map<string, TSESTree.CallExpression[]>>();

/** The identifier a member path starts at, through argument-less calls (`msg.content.toString()`); null otherwise. */
function textPathRoot(node: Node): TSESTree.Identifier | null {
  let current = unwrap(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.Identifier) return current;
    if (current.type === AST_NODE_TYPES.MemberExpression && !current.computed) current = unwrap(current.object);
    else if (current.type === AST_NODE_TYPES.CallExpression && current.arguments.length === 0 && current.callee.type === AST_NODE_TYPES.MemberExpression) current = unwrap(current.callee);
    else return null;
  }
}

/** A sensitive card field a destructuring of a parse names (`const { cardNumber, cvc } = JSON.parse(raw)`), CVC first. */
function sensitivePatternField(pattern: TSESTree.ObjectPattern, sourceCode: SourceCode): HeldField | null {
  const fields: HeldField[] = [];
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const key = propertyKey(property, sourceCode);
    const kind = key === null ? null : classifyCardField(key, { cardContext: false });
    if (key !== null && kind !== null && isSensitiveKind(kind)) fields.push({ kind, node: property.key, name: key, access: 'reads' });
  }
  return fields.find((field) => field.kind !== 'pan') ?? fields[0] ?? null;
}

/** How deep `sensitiveFieldReadFrom` looks: object literals' values and card containers' members, two levels. */
const MAX_HELD_DEPTH = 2;

/**
 * A sensitive card field that the function around `node` reads from the object `node` names (`req.body`, `data`,
 * `form.values`): `req.body.cvc`, `req.body['card_number']`, `const { cardNumber } = req.body`, or sets on it
 * (`user.cardNumber = number`; not to a safe form or an empty value: `user.cardNumber = pm.card.last4`,
 * `order.cvc = undefined`). Logging or storing the object whole then writes that field too. The object must be a
 * plain path from the same binding at both places (`this` of the same instance: `this.state` in a class component),
 * and not a Stripe API result; reads in nested functions count, reads through an alias (`const body = req.body;
 * body.cvc`) do not.
 */
export function sensitiveFieldReadFrom(value: Node, sourceCode: SourceCode, depth = 0): (HeldField & { object: string }) | null {
  const own = heldFieldOf(value, sourceCode, depth);
  if (own || depth >= MAX_HELD_DEPTH) return own;
  // ...and a const holding a copy writes what the copy's source holds (`const data = Object.fromEntries(form)` where
  // the function reads `form.get('cvc')`; real-world batch 252: a Remix action's order).
  const target = unwrap(value);
  const variable = target.type === AST_NODE_TYPES.Identifier ? variableOf(target, sourceCode) : null;
  const init = variable ? constInit(variable) : null;
  const made = init ? unwrap(init) : null;
  // ...and a const holding an object literal writes what its values hold (`const payload = { metadata: record }`,
  // where the function sets `record.cvc`; real-world batch 337), as the literal written in place does.
  if (made?.type === AST_NODE_TYPES.ObjectExpression || made?.type === AST_NODE_TYPES.ArrayExpression) return sensitiveFieldReadFrom(made, sourceCode, depth + 1);
  const copied = made?.type === AST_NODE_TYPES.CallExpression ? copiedValue(made) : null;
  return copied ? sensitiveFieldReadFrom(copied, sourceCode, depth + 1) : null;
}

/**
 * Is a field's read read further for one of its settings (`config.cvv.selector`, a Hosted Fields config's): then the
 * field is an object of settings, no value. Not a member every string has (`body.cvc.length`, `body.cvc.trim()`).
 */
function readsFieldSetting(read: Node, sourceCode: SourceCode): boolean {
  const outer = read.parent;
  if (outer?.type !== AST_NODE_TYPES.MemberExpression || outer.object !== read) return false;
  const setting = memberName(outer, sourceCode);
  return setting !== null && !(setting in String.prototype) && namesFieldSettings([setting]);
}

function heldFieldOf(value: Node, sourceCode: SourceCode, depth: number): (HeldField & { object: string }) | null {
  // `JSON.stringify(req.body)` writes the same fields (`String(req.body)` writes `[object Object]`).
  let node = unwrap(value);
  while (isJsonStringifyCall(node)) node = unwrap(serialisedArgument(node as TSESTree.CallExpression)!);
  // A copy writes the fields of what it copies (`Object.fromEntries(formData)`, `structuredClone(card)`; real-world
  // batch 239).
  for (let copies = 0; node.type === AST_NODE_TYPES.CallExpression && copies < MAX_HELD_DEPTH; copies++) {
    const copied = copiedValue(node);
    if (!copied) break;
    node = unwrap(copied);
  }
  // `'order: ' + JSON.stringify(order)`, `` `order ${JSON.stringify(order)}` ``: a `JSON.stringify` piece of a text writes
  // the object's fields (real-world batch 88). An object itself in a text writes `[object Object]`: no field.
  if ((node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+') || node.type === AST_NODE_TYPES.TemplateLiteral) {
    if (depth >= MAX_HELD_DEPTH) return null;
    for (const piece of textPieces(node)) {
      const held = isJsonStringifyCall(piece) ? sensitiveFieldReadFrom(piece, sourceCode, depth + 1) : null;
      if (held) return held;
    }
    return null;
  }
  // `{ room, card }`: each property's value is written whole with it; so are the fields a spread copies
  // (`{ ...req.body, status }`; real-world batch 91), unless a later key of the literal replaces the field
  // (`{ ...req.body, cvv: undefined }`).
  if (node.type === AST_NODE_TYPES.ObjectExpression) {
    if (depth >= MAX_HELD_DEPTH) return null;
    for (const [index, property] of node.properties.entries()) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        const held = sensitiveFieldReadFrom(property.argument, sourceCode, depth + 1);
        const key = held?.name.split('.')[0];
        const replaced = node.properties.slice(index + 1).some((later) => later.type === AST_NODE_TYPES.Property && propertyKey(later, sourceCode) === key);
        if (held && !replaced) return held;
        continue;
      }
      const held = sensitiveFieldReadFrom(property.value, sourceCode, depth + 1);
      if (held) return held;
    }
    return null;
  }
  // `insert([req.body])`: each element is written whole.
  if (node.type === AST_NODE_TYPES.ArrayExpression) {
    if (depth >= MAX_HELD_DEPTH) return null;
    for (const element of node.elements) {
      const held = element && element.type !== AST_NODE_TYPES.SpreadElement ? sensitiveFieldReadFrom(element, sourceCode, depth + 1) : null;
      if (held) return held;
    }
    return null;
  }
  // `metadata || {}`, `body ?? {}`, `saved ? card : null` (real-world batch EB): what either side may be is written;
  // `ok && req.body` writes the right side or a flag.
  // The sides are gathered without recursion: a chain of thousands of `||` parses (batch 279: a stack overflow).
  if (node.type === AST_NODE_TYPES.LogicalExpression || node.type === AST_NODE_TYPES.ConditionalExpression) {
    for (const side of choiceLeaves(node, false)) {
      const held = sensitiveFieldReadFrom(side, sourceCode, depth);
      if (held) return held;
    }
    return null;
  }
  // `const text = await req.text(); log(text); const payload = JSON.parse(text)`: the text holds what its parse does
  // (real-world batch EB).
  // Also a message's member path or text read (`record.body`, `msg.content.toString()`) parsed in the same function,
  // and a parse destructured (`const { cardNumber } = JSON.parse(raw)`; real-world batch ET).
  const parsed =
    depth >= MAX_HELD_DEPTH
      ? null
      : node.type === AST_NODE_TYPES.Identifier
        ? parsedInto(node, sourceCode)
        : node.type === AST_NODE_TYPES.MemberExpression || node.type === AST_NODE_TYPES.CallExpression
          ? parsedSameText(node, sourceCode)
          : null;
  if (parsed) {
    const held = parsed.type === AST_NODE_TYPES.ObjectPattern ? sensitivePatternField(parsed, sourceCode) : sensitiveFieldReadFrom(parsed, sourceCode, depth + 1);
    // Named as read: the const it is parsed into, or the parse a pattern takes its fields from.
    if (held) return { ...held, object: parsed.type === AST_NODE_TYPES.Identifier ? parsed.name : `JSON.parse(${sourceCode.getText(node)})` };
  }
  const found = objectPath(node, sourceCode);
  // What the Stripe API returns may be stored and logged (its `number` is not the PAN: stripe-facts §7.2).
  if (!found || stripeApiResultOf(node, sourceCode) === 'safe') return null;
  const { path, scope } = found;
  const segments = path.split('.');
  // A DOM event's element or a form's controls (`event.target.elements`): DOM objects, whose controls hold what the page
  // shows, not data the object carries where it is written (a logged event, `JSON.stringify(form.elements)`: `{}`).
  // Precision probe 292: `console.log(event)` beside `const { card_cvv } = event.target.elements`.
  if (leadsToDomObject(segments)) return null;
  const container = segments[segments.length - 1]!;
  // An object about the fields, keyed by their names (`schema.shape`, `errors`, `LABELS`): what it holds is no card
  // data (real-world batch 279: `JSON.stringify(schema.shape)` logged where `schema.shape.cardNumber` is read).
  if (namesFieldMetadata(container)) return null;
  const cardContext = isCardContainerName(container) || isStripeSourceContainer(container, sourceCode);
  // Keys the function deletes (`delete req.body.cvc`): the object written no longer holds them (real-world batch 94);
  // nor does it a key the function masks or clears before it is written, unconditionally or where the key holds
  // something (`if (o.cvv) o.cvv = '***'`, `o.cardNumber = o.cardNumber ? mask(o.cardNumber) : null`; real-world batch
  // FW). (Not one masked after it: `log(o); o.cvv = undefined`, precision probe GA.)
  const deleted = new Set<string>();
  let masks = false;
  for (const { key, keyNode } of memberAccessesOf(found, sourceCode)) {
    if (key === null) continue;
    if (keyNode.parent?.parent?.type === AST_NODE_TYPES.UnaryExpression && keyNode.parent.parent.operator === 'delete') deleted.add(key);
    const assigned = assignedValue(keyNode.parent);
    const assignment = keyNode.parent!.parent as TSESTree.AssignmentExpression;
    if (!assigned || !clearsField(assignment, node, key, found, sourceCode)) continue;
    const kind = classifyCardField(key, { cardContext });
    if (!isSensitiveKind(kind) || !holdsNoCardData(kind, assigned, sourceCode)) continue;
    masks = true;
    if (assignment.range[1] <= node.range[0]) deleted.add(key);
  }
  // Remembered per function and path for the whole look (depth 0) only (a nested look goes less deep), where no mask
  // makes the answer depend on where the object is written.
  const remember = depth === 0 && !masks;
  const known = remember ? fieldReads.get(scope)?.get(path) : undefined;
  if (known !== undefined) return known && { ...known, object: path };
  const candidates: HeldField[] = [];
  const names: string[] = [];
  // Keys read as numbers (`session.cardNumber + 1`, `deck.cardNumber++`): a count or a position, not a card number; so
  // is a key a form's state starts as a number (`useState({ cardNumber: 0 })`). A key it starts as a flag holds a
  // field's validity (`useState({ cvc: false })`, then `setValid((prev) => ({ ...prev, [field]: ok }))`).
  const initial = stateKeys(node, sourceCode);
  const counted = new Set<string>(initial.counts);
  for (const { key, keyNode } of memberAccessesOf(found, sourceCode)) {
    names.push(key ?? '');
    if (key === null || deleted.has(key)) continue;
    if (isCountedRead(keyNode.parent)) counted.add(key);
    const kind = classifyCardField(key, { cardContext });
    if (!isSensitiveKind(kind)) {
      // A card object set on it or added to a list of it (`patient.card = { cardNumber, cvv }`, `patient.cards.push({
      // cardNumber, cvv })`): held with it (real-world batch 102).
      const put = kind === 'safe' ? null : putValue(keyNode.parent);
      // Under a card's name, its fields are read in card context (`user.card = { number, exp }`).
      const parts = put && depth < MAX_HELD_DEPTH ? sensitiveParts(put, sourceCode, { cardContext: isCardContainerName(key) }) : [];
      const part = parts.find((p) => p.kind !== 'pan') ?? parts[0];
      if (part) candidates.push({ kind: part.kind, node: part.node, name: `${key}.${part.name}`, access: 'sets' });
      continue;
    }
    // A field set to a safe form or cleared (`user.cardNumber = pm.card.last4`, `order.cvc = undefined`) holds no card
    // data; nor does one read back off an object made with a safe form there (`const doc = new Payment({ card_number:
    // n.slice(-4) })` then `doc.card_number`; real-world batch DI).
    if (initial.flags.includes(key)) continue;
    const assigned = assignedValue(keyNode.parent);
    if (assigned && holdsNoCardData(kind, assigned, sourceCode)) continue;
    if (readsFieldSetting(keyNode.parent!, sourceCode)) continue;
    const madeWith = assigned ? null : valueMadeWith(found, key, sourceCode);
    if (madeWith && isDerivedSafeForm(madeWith, sourceCode) && holdsNoCardData(kind, madeWith, sourceCode)) continue;
    // (A form data's field is named as it is read: `data.get('cvc')`.)
    const name = keyNode.parent?.type === AST_NODE_TYPES.CallExpression ? `get('${key}')` : key;
    candidates.push({ kind, node: keyNode, name, access: assigned ? 'sets' : 'reads' });
  }
  // The one report names the sensitive authentication data over the PAN (authDataFirst).
  const hit: { part: HeldField | null } = {
    part: candidates.find((part) => part.kind !== 'pan') ?? candidates.find((part) => !counted.has(part.name)) ?? null,
  };
  // A trading card's record (`card.number` beside `card.rarity`): its number is no PAN.
  if (hit.part?.kind === 'pan' && namesOtherCardRecord(names)) hit.part = null;
  // A card object held under a container's name (`order.card.cvc` read, `order` written whole), also destructured first
  // (`const { cardData } = body; cardData.cvv`, real-world batch 95); then a field held under any other name, where
  // its own name says card data without a card container (`req.body.details.cardSecurityCode`, a Payment Request
  // response's fields read off the request body; real-world batch EK): a nested look outside a card container reads
  // `number` or `code` as nothing.
  if (!hit.part && depth < MAX_HELD_DEPTH) {
    const accesses = memberAccessesOf(found, sourceCode);
    const looked = new Set<string>(); // each key's accesses name one path: looked at once
    for (const cardContainers of [true, false]) {
      for (const { key, keyNode } of accesses) {
        if (key === null || isCardContainerName(key) !== cardContainers || deleted.has(key) || looked.has(key) || leadsToDomObject([...segments, key])) continue;
        const holder = containerRead(keyNode);
        if (!holder) continue;
        looked.add(key);
        const nested = sensitiveFieldReadFrom(holder, sourceCode, depth + 1);
        if (nested) {
          hit.part = { kind: nested.kind, node: nested.node, name: `${key}.${nested.name}`, access: nested.access };
          break;
        }
      }
      if (hit.part) break;
    }
  }
  // A const that names a member path (`const cardData = req.body.payment`, then `Cards.create(cardData)`, where the
  // function reads `req.body.payment.cardNumber`; precision probe EN): what that path holds.
  if (!hit.part && node.type === AST_NODE_TYPES.Identifier && depth < MAX_HELD_DEPTH) {
    const variable = variableOf(node, sourceCode);
    const init = variable ? constInit(variable) : null;
    if (init && unwrap(init).type === AST_NODE_TYPES.MemberExpression) {
      const aliased = sensitiveFieldReadFrom(init, sourceCode, depth + 1);
      if (aliased) return aliased; // (not remembered: the path is the const's, the object named is the member's)
    }
  }
  if (remember) {
    const byPath = fieldReads.get(scope) ?? new Map<string, HeldField | null>();
    byPath.set(path, hit.part);
    fieldReads.set(scope, byPath);
  }
  return hit.part && { ...hit.part, object: path };
}

/** An event's element. */
const EVENT_TARGETS: ReadonlySet<string> = new Set(['target', 'currentTarget', 'srcElement']);
/** A name for an event (`e`, `evt`, `event`, Vue's `$event`, `submitEvent`). */
const EVENT_NAME = /^(?:e|ev|evt|event|\$event|[a-z][\w$]*Event)$/;
/** A name for a form (`form`, `this.form`, `paymentForm`). */
const FORM_NAME = /^(?:form|[\w$]*Form)$/;

/**
 * Does a name path lead to a DOM object: an event's element (`event.target`, `e.currentTarget`), or a form's controls
 * (`event.target.elements`, `form.elements`)? Not a key of data that happens to share the word (`body.target` of a
 * transfer, `state.payment.elements`; regression probe 293).
 */
function leadsToDomObject(segments: readonly string[]): boolean {
  for (let i = 1; i < segments.length; i++) {
    const segment = segments[i]!;
    if (i === 1 && EVENT_TARGETS.has(segment) && EVENT_NAME.test(segments[0]!)) return true;
    if (segment === 'elements' && ((EVENT_TARGETS.has(segments[i - 1]!) && i === 2 && EVENT_NAME.test(segments[0]!)) || FORM_NAME.test(segments[i - 1]!))) return true;
  }
  return false;
}

/**
 * The value written under `key` in the object literal a const was made from: itself (`const doc = { card_number: … }`),
 * or the first argument of the constructor or factory that made it (`new Payment({ … })`, `await Payment.create({ … })`).
 * Null where the path is not a plain const so made, or the literal does not write the key.
 */
function valueMadeWith(found: ObjectPath, key: string, sourceCode: SourceCode): Node | null {
  return found.variable === null || found.path.includes('.') ? null : constMadeWith(found.variable, key, sourceCode);
}

/**
 * `valueMadeWith` of a const's variable; null where the code also sets that key on it (`t.card_number = number`: what
 * the key holds then depends on where it is read).
 */
function constMadeWith(variable: Variable, key: string, sourceCode: SourceCode): Node | null {
  const setsKey = variable.references.some((reference) => {
    const member = reference.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier || memberName(member, sourceCode) !== key) return false;
    const write = member.parent;
    return (write?.type === AST_NODE_TYPES.AssignmentExpression && write.left === member) || write?.type === AST_NODE_TYPES.UpdateExpression;
  });
  if (setsKey) return null;
  let init: Node | null = constInit(variable);
  if (init?.type === AST_NODE_TYPES.AwaitExpression) init = init.argument;
  if (init?.type === AST_NODE_TYPES.NewExpression || init?.type === AST_NODE_TYPES.CallExpression) init = init.arguments[0] ?? null;
  if (init?.type !== AST_NODE_TYPES.ObjectExpression) return null;
  let value: Node | null = null;
  for (const property of init.properties) {
    // A spread after the key may write it again.
    if (property.type === AST_NODE_TYPES.SpreadElement) value = null;
    else if (propertyKey(property, sourceCode) === key) value = property.value;
  }
  return value;
}

/** A string literal that is one of Stripe's documented test card numbers (`'4242 4242 4242 4242'`). */
const isTestCardLiteral = (node: Node | null, sourceCode: SourceCode): boolean => {
  const text = node ? staticString(node, sourceCode) : null;
  return text !== null && stripeTestCard(text) !== undefined;
};

/**
 * Does `node` hold one of Stripe's documented test cards, as the file writes it: a const set to a test card number
 * (`const cardNumber = '4000002500003155'`), or a field of a const object literal that holds one, the card's other
 * fields written as literals too (`card.number`, `card.cvc` of `const card = { number: '4242424242424242', cvc:
 * '123' }`)? A test card is no cardholder data: logged, it gives away nothing of a customer's card (a browser
 * automation script paying with one; thirty-second session).
 */
export function holdsStripeTestCard(node: Node, sourceCode: SourceCode): boolean {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(target, sourceCode);
    return variable !== null && isTestCardLiteral(constInit(variable), sourceCode);
  }
  if (target.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = unwrap(target.object);
  const key = memberName(target, sourceCode);
  const variable = object.type === AST_NODE_TYPES.Identifier ? variableOf(object, sourceCode) : null;
  const value = variable && key !== null ? constMadeWith(variable, key, sourceCode) : null;
  if (value === null || staticString(value, sourceCode) === null) return false;
  if (isTestCardLiteral(value, sourceCode)) return true;
  const init = constInit(variable!);
  return init?.type === AST_NODE_TYPES.ObjectExpression && init.properties.some((p) => p.type === AST_NODE_TYPES.Property && isTestCardLiteral(p.value, sourceCode));
}

/**
 * What names a member read off an object, for reading that member's own fields: the member expression (`order.card`
 * of `order.card.cvc`), or the variable a destructuring binds it to (`cardData` of `const { cardData } = body`).
 */
function containerRead(keyNode: Node): Node | null {
  const parent = keyNode.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.property === keyNode) return parent;
  if (parent?.type !== AST_NODE_TYPES.Property || parent.key !== keyNode || parent.parent?.type !== AST_NODE_TYPES.ObjectPattern) return null;
  const value = parent.value.type === AST_NODE_TYPES.AssignmentPattern ? parent.value.left : parent.value;
  return value.type === AST_NODE_TYPES.Identifier ? value : null;
}

/**
 * Is `node` in code named for another kind of card: a function, method, class or object whose name says a gift,
 * loyalty, SIM… card (`giftCardQueries.getByCardNumber`, `class GiftCardService`, `function redeemGiftCard`;
 * card-fields' `pathNamesOtherKindOfCard`)? The card numbers and PINs it handles are that card's (real-world batch 99:
 * a POS's gift-card queries), or inside a dialog's options whose title says another kind of card (`isOtherCardDialog`).
 * Names and titles only, walked up from the node.
 */
export function inOtherKindOfCardCode(node: Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    const name = ownName(current);
    if (name !== null && pathNamesOtherKindOfCard(name)) return true;
    if (current.type === AST_NODE_TYPES.ObjectExpression && isOtherCardDialog(current)) return true;
  }
  return false;
}

/** Keys of a dialog's or prompt's options that hold its title (Ionic's `header` / `title` / `subHeader`, SweetAlert's `title`). */
const DIALOG_TITLE_KEYS: ReadonlySet<string> = new Set(['title', 'header', 'subHeader', 'subTitle', 'subtitle']);

/**
 * Options of a dialog whose title says it is about another kind of card (`alertCtrl.create({ header: 'Add a Loyalty
 * Card', inputs, buttons: [{ handler }] })`, real-world batch GC): the handlers inside get that card's number.
 */
function isOtherCardDialog(object: TSESTree.ObjectExpression): boolean {
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed || property.key.type !== AST_NODE_TYPES.Identifier) continue;
    if (!DIALOG_TITLE_KEYS.has(property.key.name)) continue;
    const value = property.value;
    const title =
      value.type === AST_NODE_TYPES.Literal && typeof value.value === 'string'
        ? value.value
        : value.type === AST_NODE_TYPES.TemplateLiteral && value.expressions.length === 0
          ? value.quasis[0]!.value.cooked
          : null;
    if (title && titleNamesOtherKindOfCard(title)) return true;
  }
  return false;
}

/**
 * Words of a file about collectible cards: trading card games and their catalogues (Pokémon, Yu-Gi-Oh!, Lorcana,
 * Magic, TCGplayer, Scryfall, Cardmarket), graded and sports cards (PSA grades and certificates, Beckett, rookies,
 * autographs), a card's rarity, its collector number (a foil or a holo is as often a wrapping's or a hologram's).
 */
const COLLECTIBLE_CARD_WORDS =
  /pok[eé]mon|yu-?gi-?oh|lorcana|tcg|scryfall|cardmarket|\bmtg\b|magic:? the gathering|rarity|collector[\s_-]?(?:number|no\b|num)|\bpsa[\s_-]?(?:grade|cert|\d)|beckett|(?:trading|sports|baseball)[\s_-]?cards?|\bgrad(?:ed|ing)\b|decklist|\brookie\b|autograph/i;
/**
 * A payment card's other data, as a file may spell it: a CVC, a security code, a cardholder (one word: a graded card's
 * "card holder" is its slab), a credit or debit card, the `cc-` autocomplete tokens, an expiry's month, year or date.
 */
const PAYMENT_CARD_WORDS = /cv[cvn]|\bcsc\b|security[\s_-]?code|card[_-]?holder|credit[\s_-]?card|debit[\s_-]?card|\bcc-(?:number|exp|csc)|exp(?:iry|iration)?[\s_-]?(?:month|date|year)|mm\s*\/\s*yy/i;

/**
 * Is the file about collectible cards (`COLLECTIBLE_CARD_WORDS`) and silent on a payment card's other data
 * (`PAYMENT_CARD_WORDS`)? Then its card numbers are collector numbers, whatever record they are read from, copied into
 * or logged beside (real-world batch 343: a grading app's `card_number` logged, stored and edited in some sixty places;
 * a card shop's checkout form, with its CVC, is still read). Asked only where a card number would be reported.
 */
export const collectibleCardFile = (sourceCode: SourceCode): boolean =>
  perFile(sourceCode, 'card-data:collectible-cards', () => COLLECTIBLE_CARD_WORDS.test(sourceCode.text) && !PAYMENT_CARD_WORDS.test(sourceCode.text));

/** Is a finding of this kind a collectible card's number (`collectibleCardFile`), not a payment card's? */
export const collectibleCardNumber = (kind: Classification, sourceCode: SourceCode): boolean => kind === 'pan' && collectibleCardFile(sourceCode);

/**
 * Is data sent to or kept at `place` (a table, a collection, a request path) by the code around `node` another kind of
 * card's: the place or that code is named for one (`gift_cards`, `/api/gift-cards/redeem`, `giftCardQueries`)?
 */
export const forOtherKindOfCard = (place: string | null | undefined, node: Node): boolean =>
  (place != null && pathNamesOtherKindOfCard(place)) || inOtherKindOfCardCode(node);

/**
 * Does a URL that is partly unknown spell another kind of card's resource in the text it is built from: a default
 * behind a setting (`(process.env.ILT_API_URL ?? 'https://api.ilent.nl/v1/chauffeurspas').replace(/\/$/, '')`, then
 * `${apiUrl}/verify`; real-world batch GF), a branch of a conditional? Each string of the expression and of the consts
 * it reads (two levels), through `+`, templates, `??` / `||`, conditionals and calls on a string (`.replace(…)`).
 */
export function urlSpellsOtherKindOfCard(url: Node, sourceCode: SourceCode): boolean {
  const visit = (node: Node, depth: number): boolean => {
    const target = unwrap(node);
    switch (target.type) {
      case AST_NODE_TYPES.Literal:
        return typeof target.value === 'string' && pathNamesOtherKindOfCard(target.value);
      case AST_NODE_TYPES.TemplateLiteral:
        return target.quasis.some((quasi) => quasi.value.cooked !== null && pathNamesOtherKindOfCard(quasi.value.cooked)) || target.expressions.some((e) => visit(e, depth));
      case AST_NODE_TYPES.BinaryExpression:
        return target.operator === '+' && (visit(target.left, depth) || visit(target.right, depth));
      case AST_NODE_TYPES.LogicalExpression:
        return visit(target.left, depth) || visit(target.right, depth);
      case AST_NODE_TYPES.ConditionalExpression:
        return visit(target.consequent, depth) || visit(target.alternate, depth);
      case AST_NODE_TYPES.CallExpression:
        return target.callee.type === AST_NODE_TYPES.MemberExpression && visit(target.callee.object, depth);
      case AST_NODE_TYPES.Identifier: {
        if (depth >= 2) return false;
        const variable = variableOf(target, sourceCode);
        const init = variable ? constInit(variable) : null;
        return init !== null && visit(init, depth + 1);
      }
      default:
        return false;
    }
  };
  return visit(url, 0);
}

/** The name a declaration or a member gives what it holds: a function's, a class's, a method's or property's key, a variable's. */
function ownName(node: Node): string | null {
  switch (node.type) {
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ClassDeclaration:
    case AST_NODE_TYPES.ClassExpression:
      return node.id?.name ?? null;
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.Property:
      return !node.computed && node.key.type === AST_NODE_TYPES.Identifier ? node.key.name : null;
    case AST_NODE_TYPES.VariableDeclarator:
      return node.id.type === AST_NODE_TYPES.Identifier ? node.id.name : null;
    default:
      return null;
  }
}

/** The object literals values stand for: an object (through consts), or the objects a mapped list holds. */
function listObjects(values: readonly Node[], sourceCode: SourceCode, nested = false): TSESTree.ObjectExpression[] {
  const out: TSESTree.ObjectExpression[] = [];
  for (const value of values) {
    const resolved = unwrap(resolveValue(value, sourceCode));
    if (resolved.type === AST_NODE_TYPES.ObjectExpression) out.push(resolved);
    else {
      out.push(...mappedObjects(resolved, sourceCode));
      // A list a helper of the file fills and returns (`this.cards = this.parseCardData(text)`).
      if (!nested) out.push(...listObjects(returnedListValues(resolved, sourceCode), sourceCode, true));
    }
  }
  return out;
}

/**
 * The object literals a list holds when it is made by mapping with an inline callback: `xs.map((x) => ({ … }))`,
 * `xs.flatMap(…)`, `Array.from(xs, (x) => ({ … }))`; the callback's returned objects (also a const it returns).
 */
function mappedObjects(node: Node, sourceCode: SourceCode): TSESTree.ObjectExpression[] {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.CallExpression) return [];
  const callee = unwrap(target.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return [];
  const method = memberName(callee, sourceCode);
  const isArrayFrom = method === 'from' && unwrap(callee.object).type === AST_NODE_TYPES.Identifier && (unwrap(callee.object) as TSESTree.Identifier).name === 'Array';
  const fn = isArrayFrom ? target.arguments[1] : method !== null && MAPPING_METHODS.has(method) ? target.arguments[0] : undefined;
  if (!fn || !isFunctionNode(fn)) return [];
  return returnedValues(fn, sourceCode)
    .map((value) => unwrap(resolveValue(value, sourceCode)))
    .filter((value): value is TSESTree.ObjectExpression => value.type === AST_NODE_TYPES.ObjectExpression);
}

/**
 * What a list made into text holds (real-world batch EQ: an export script writing card rows to a CSV file): the list
 * a `join` joins (`[r.id, r.card_number].join(',')`), and the values an inline callback returns for a list mapped
 * with it (`rows.map((r) => `${r.card_number},${r.cvv}`)`, `xs.flatMap(…)`, joined or not). Empty for anything else.
 */
function textListParts(node: Node, sourceCode: SourceCode): Node[] {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.CallExpression) return [];
  const callee = unwrap(target.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return [];
  const method = memberName(callee, sourceCode);
  if (method === 'join' && target.arguments.length <= 1) return [callee.object];
  const [fn] = target.arguments;
  return method !== null && MAPPING_METHODS.has(method) && fn && isFunctionNode(fn) ? returnedValues(fn, sourceCode) : [];
}

/**
 * Every sensitive (PAN / CVC / track / PIN) part of a value: the value itself, template and `+` parts, object keys
 * (by key, unless the value is provably safe) and nested values, array elements, `JSON.stringify(...)` / `String(...)`.
 */
export function sensitiveParts(
  node: Node,
  sourceCode: SourceCode,
  options: { cardContext?: boolean; documents?: boolean; encrypted?: boolean } = {},
): CardDataPart[] {
  const out: CardDataPart[] = [];
  collectParts(node, sourceCode, options.cardContext === true, out, 0, { seen: new Set(), encrypted: options.encrypted === true });
  if (out.length === 0 && options.documents === true) collectDocumentParts(node, sourceCode, options.cardContext === true, out);
  // A trading card's `card.number` (logged beside `card.rarity`) is no PAN.
  const parts = out.some((part) => part.kind === 'pan') ? out.filter((part) => part.kind !== 'pan' || !readsOtherCardRecord(part.node, sourceCode)) : out;
  return authDataFirst(parts);
}

/**
 * The security codes among values handed to one call side by side with a card number, named as a record's keys name
 * them beside one (`isCvcBesideCardNumber`): a log's arguments, `console.log('paying', user_id, card_number,
 * security_code)` (probe 307). `partsOfArgs` are each argument's own parts (`sensitiveParts`): the card number must be
 * one of them (not a PaymentMethod's `number` beside its `exp_month`, which Stripe never fills); an argument without
 * any, written as a name, may be the code.
 */
export function partsBesideArguments(args: readonly Node[], partsOfArgs: readonly CardDataPart[][], sourceCode: SourceCode): CardDataPart[][] {
  const cardNumbers = partsOfArgs.flatMap((parts) => parts.filter((part) => part.kind === 'pan').map((part) => part.name));
  if (cardNumbers.length === 0 || partsOfArgs.every((parts) => parts.length > 0)) return partsOfArgs as CardDataPart[][];
  return partsOfArgs.map((parts, index) => {
    const name = parts.length === 0 ? writtenName(unwrap(args[index]!), sourceCode) : null;
    if (name === null || !isCvcBesideCardNumber(name, cardNumbers) || cannotHoldSiblingKind('cvc', name, args[index]!, sourceCode)) return parts;
    return [{ kind: 'cvc', node: args[index]!, name: nameSegments(args[index]!, sourceCode)?.join('.') ?? name }];
  });
}

/** The Firebase modules Firestore's `arrayUnion` is imported from (the web SDK's modular API). */
const FIRESTORE_MODULES = /^(?:firebase\/firestore(?:\/lite)?|@firebase\/firestore)$/;

/**
 * The values Firestore's `arrayUnion` adds to an array field: the Admin SDK's and the namespaced web SDK's
 * `FieldValue.arrayUnion(…)` (`admin.firestore.FieldValue.arrayUnion`, `FieldValue` imported from
 * `firebase-admin/firestore`), the modular web SDK's `arrayUnion(…)` imported from `firebase/firestore`; null for any
 * other call (real-world batch 331: `update({ cards: FieldValue.arrayUnion({ cardNumber, cvc }) })`).
 */
function arrayUnionValues(call: TSESTree.CallExpression, sourceCode: SourceCode): Node[] | null {
  const callee = unwrap(call.callee);
  let firestore = false;
  if (callee.type === AST_NODE_TYPES.Identifier) {
    firestore = callee.name === 'arrayUnion' && FIRESTORE_MODULES.test(importedAs(callee, sourceCode)?.source ?? '');
  } else if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee, sourceCode) === 'arrayUnion') {
    const owner = unwrap(callee.object);
    firestore = (owner.type === AST_NODE_TYPES.Identifier && owner.name === 'FieldValue') || (owner.type === AST_NODE_TYPES.MemberExpression && memberName(owner, sourceCode) === 'FieldValue');
  }
  return firestore ? call.arguments.filter((arg) => arg.type !== AST_NODE_TYPES.SpreadElement) : null;
}

/** One reading of `sensitiveParts`, handed down through `collectParts` and `collectObjectParts`. */
interface Reading {
  /** The nodes read so far (a value reached twice is read once). */
  readonly seen: Set<Node>;
  /**
   * Whether the reading looks inside an encryption or a hash (the `encrypted` option, for what is kept: stored or
   * logged): sensitive authentication data encrypted whole is still kept (PCI DSS 3.3), a card number encrypted is not
   * readable (3.4). A payload sent on is read without it (a gateway's client-side encryption).
   */
  readonly encrypted: boolean;
}

/** An encrypting or hashing call (`isEncryptedForm`), awaited or not. */
function isEncryptionCall(node: Node, sourceCode: SourceCode): boolean {
  let target = unwrap(node);
  if (target.type === AST_NODE_TYPES.AwaitExpression) target = unwrap(target.argument);
  return target.type === AST_NODE_TYPES.CallExpression && isEncryptedForm(target, sourceCode);
}

/** How many words of a text before a value are read for the card it names (`loyalty card ${…}`, `gift card #`). */
const WORDS_BEFORE_VALUE = 4;

/**
 * Does the text right before a value in a template or a `+` name another kind of card (`` `added points to loyalty card
 * ${card.number}` ``, `'Gift card no. ' + code`)? Then the value is that card's (real-world batch FC). Its last few
 * words only: the message may name other things before. With `after`, the text right after the value, by its first few
 * words (pino's and bunyan's message after the merging object: `logger.info({ cardNumber, pin }, 'gift card balance')`).
 */
export function textNamesOtherKindOfCard(text: string | null, after = false): boolean {
  if (!text || !/card|tarjeta|cart[aã]o/i.test(text)) return false;
  // A kind of card (`loyalty`, `gift`), not any other number's word (`New order\nCard: ${…}` is a payment card's).
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return pathNamesOtherKindOfCard((after ? words.slice(0, WORDS_BEFORE_VALUE) : words.slice(-WORDS_BEFORE_VALUE)).join(' '));
}

/**
 * A variable holding a model's document (`const card = await Card.create({ number, cvv })`, `new Card({ … })`), or the
 * expression that makes or saves one (`await new Card({ … }).save()`): the fields of the object it was made from, at
 * the value (real-world batches EZ and HA: a card document logged after it is stored). For `sensitiveParts`'
 * `documents` option: a storage sink reads that object where it is written.
 */
function collectDocumentParts(node: Node, sourceCode: SourceCode, cardContext: boolean, out: CardDataPart[]): void {
  const target = unwrap(node);
  // An Angular reactive form logged whole (`console.log(this.cardForm)`): the console shows its controls and `value`
  // (real-world recall probe B, 2026-12-07), by the controls it is made with, as its `.value` is read.
  const group = angularFormGroup(target, sourceCode);
  if (group) {
    collectObjectParts(group, sourceCode, cardContext, out, 1, { seen: new Set(), encrypted: false }, target, true);
    return;
  }
  // The variable's name gives its fields card context (`card.number`), the model's name those of a document made inline.
  const named = target.type === AST_NODE_TYPES.Identifier;
  const made = named ? { from: madeFrom(target, sourceCode), model: target } : documentMadeBy(target, sourceCode);
  if (!made?.from) return;
  const fields = resolveValue(made.from, sourceCode);
  if (fields.type !== AST_NODE_TYPES.ObjectExpression) return;
  // A card model's name gives its bare fields card context where the storage rule gives it to the same write: with a
  // sibling that corroborates a payment card (a word card's `{ number, words }` is none; real-world batch 233).
  const name = receiverName(made.model, sourceCode);
  collectObjectParts(fields, sourceCode, cardContext || (name !== null && isCardContainerName(name) && isCardShaped(entryNames(fields, sourceCode))), out, 1, { seen: new Set(), encrypted: false }, target);
}

/**
 * Several parts at one node (an object logged or stored whole, `logger.info(card)`): the sensitive authentication
 * data (CVC, track, PIN) before the PAN, so that the one report a rule makes there names the stricter requirement
 * (PCI DSS 3.3: never kept after authorisation, even encrypted). Otherwise in order.
 */
function authDataFirst(parts: CardDataPart[]): CardDataPart[] {
  if (parts.length < 2) return parts;
  // The other parts by node, so that each PAN looks only at its own node's (a template of thousands of parts).
  const othersAt = new Map<Node, CardDataPart[]>();
  for (const part of parts) {
    if (part.kind === 'pan') continue;
    const others = othersAt.get(part.node);
    if (others) others.push(part);
    else othersAt.set(part.node, [part]);
  }
  const ordered: CardDataPart[] = [];
  const placed = new Set<CardDataPart>();
  for (const part of parts) {
    if (placed.has(part)) continue;
    if (part.kind === 'pan') {
      const authData = othersAt.get(part.node)?.find((other) => !placed.has(other));
      if (authData) {
        ordered.push(authData);
        placed.add(authData);
      }
    }
    ordered.push(part);
    placed.add(part);
  }
  return ordered;
}

function collectParts(node: Node, sourceCode: SourceCode, cardContext: boolean, out: CardDataPart[], depth: number, reading: Reading): void {
  if (depth > MAX_DEPTH || reading.seen.has(node)) return;
  reading.seen.add(node);
  const target = unwrap(node);
  switch (target.type) {
    case AST_NODE_TYPES.TemplateLiteral:
      target.expressions.forEach((expression, i) => {
        if (!textNamesOtherKindOfCard(target.quasis[i]!.value.cooked)) collectParts(expression, sourceCode, false, out, depth + 1, reading);
      });
      return;
    case AST_NODE_TYPES.BinaryExpression:
      if (target.operator === '+') {
        collectParts(target.left, sourceCode, false, out, depth + 1, reading);
        const before = unwrap(target.left);
        if (!(before.type === AST_NODE_TYPES.Literal && typeof before.value === 'string' && textNamesOtherKindOfCard(before.value))) {
          collectParts(target.right, sourceCode, false, out, depth + 1, reading);
        }
      }
      return;
    case AST_NODE_TYPES.ArrayExpression:
      for (const element of target.elements) {
        if (element && element.type !== AST_NODE_TYPES.SpreadElement) collectParts(element, sourceCode, cardContext, out, depth + 1, reading);
      }
      return;
    case AST_NODE_TYPES.ObjectExpression:
      collectObjectParts(target, sourceCode, cardContext, out, depth, reading);
      return;
    case AST_NODE_TYPES.NewExpression: {
      // An error made with a message that carries card data: what logs it (or sends it to an error tracker) writes it.
      const message = errorMessage(target);
      if (message) collectParts(message, sourceCode, false, out, depth + 1, reading);
      return;
    }
    case AST_NODE_TYPES.CallExpression: {
      const written = serialisedArgument(target);
      if (written) {
        collectParts(written, sourceCode, cardContext, out, depth + 1, reading);
        return;
      }
      // With a replacer, what is written is the replacer's choice: unknown.
      if (isSerialisation(target.callee)) return;
      const before = out.length;
      pushValue(target, sourceCode, out, depth);
      if (out.length !== before) return;
      // A copy holds what it copies (`structuredClone({ number, cvc })`, `Object.freeze(card)`, written in place).
      const copied = copiedValue(target);
      if (copied) {
        collectParts(copied, sourceCode, cardContext, out, depth + 1, reading);
        return;
      }
      // Firestore's `arrayUnion(…)`: each value it is given is added to the array field it is written to.
      const added = arrayUnionValues(target, sourceCode);
      if (added) {
        for (const value of added) collectParts(value, sourceCode, cardContext, out, depth + 1, reading);
        return;
      }
      // `encrypt(cvv)`, `safeStorage.encryptString(JSON.stringify({ cardNumber, cvv }))` kept whole: its CVC, track data
      // or PIN, not its card number (real-world batch 248).
      // A database function's (`fn('PGP_SYM_ENCRYPT', cvv, key)`): the values it is given after its name.
      const [encrypted] = target.arguments;
      const encryptedValues = sqlEncryptedValues(target, sourceCode) ?? (encrypted && encrypted.type !== AST_NODE_TYPES.SpreadElement ? [encrypted] : []);
      if (reading.encrypted && encryptedValues.length > 0 && isEncryptedForm(target, sourceCode)) {
        const inner: CardDataPart[] = [];
        for (const value of encryptedValues) collectParts(value, sourceCode, cardContext, inner, depth + 1, reading);
        for (const part of inner) if (part.kind !== 'pan') out.push(part);
        return;
      }
      // An Angular form's `getRawValue()`: the form's controls, where it is read.
      const state = stateShape(target, sourceCode);
      if (state) {
        collectObjectParts(state, sourceCode, cardContext, out, depth + 1, reading, target, true);
        return;
      }
      for (const part of textListParts(target, sourceCode)) collectParts(part, sourceCode, cardContext, out, depth + 1, reading);
      return;
    }
    case AST_NODE_TYPES.Identifier: {
      const stripeObject = stripeApiResultOf(target, sourceCode);
      if (stripeObject === 'safe' || isDeclaredStripeElement(target, sourceCode) || readsGatewayResponse(target, sourceCode)) return;
      const kind = classifyCardField(target.name, { cardContext });
      // An Issuing card retrieved with its number and CVC expanded, written whole (`console.log(card)`): both go with it,
      // named by the stricter (real-world batch 336: a bot that hands out virtual cards).
      if (stripeObject === 'issuing-expanded' && !isSensitiveKind(kind)) {
        out.push({ kind: 'cvc', node: target, name: `${target.name}.cvc` });
        return;
      }
      if (isSensitiveKind(kind)) {
        // A card number's const that holds a masked form is none, whatever its name (`const cardNumber = n.slice(-4)`;
        // precision probe GA). (A CVC or PIN encrypted or hashed is still one: PCI DSS 3.3.)
        if (!isQuantity(target, sourceCode) && !(kind === 'pan' && classifyValue(target, sourceCode, depth + 1) === 'safe')) out.push({ kind, node: target, name: target.name });
        return;
      }
      if (kind === 'safe') return;
      // Through consts, and a `let` / `var` by the write that reaches the use (`var card; card = { number, cvc };
      // log(card)`: every variable of compiled CoffeeScript; real-world batch 237), as a request's body is read.
      // ...and every object written to a `let` that can reach the use (`let body = {}; if (card) body = { number, cvc }`).
      const inContext = cardContext || isCardContainerName(target.name);
      const resolved = mayHoldObject(target, sourceCode);
      if (forEachObjectHeld(target, sourceCode, (object) => collectObjectParts(object, sourceCode, inContext, out, depth + 1, reading, target), resolved)) return;
      // `const profile = getFormData()`: the objects a function or method of this file returns (real-world batch EC);
      // `const creditCard = raw ? { card: { number, cvv } } : { card_id }`: either object (real-world batch EQ).
      const built = resolved !== target ? [...builtObjects(resolved, sourceCode), ...choiceObjects(resolved, sourceCode)] : [];
      if (built.length > 0) {
        for (const object of built) collectObjectParts(object, sourceCode, inContext, out, depth + 1, reading, target);
        return;
      }
      const state = stateShape(target, sourceCode);
      if (state) {
        // A state of the form's errors or labels keyed by the fields' names (`const [cardErrors] = useState({ cvc: ''
        // })`): messages, as a const so named is (real-world batch 332).
        if (namesFieldMetadata(target.name)) return;
        collectObjectParts(state, sourceCode, cardContext || isCardContainerName(target.name), out, depth + 1, reading, target, true);
        return;
      }
      if (collectDeclaredParts(target, node, [target.name], sourceCode, cardContext, out)) return;
      // `const cards = lines.map((line) => ({ number, expiry, cvc }))`: a list of the objects its callback returns; and
      // `cards.push({ cardNumber, cvv })`: a list of what the file adds to it.
      // ...and a list a helper of the file fills and returns (`const parsed = this.parseCardData(text)`).
      const pushed = pushedValues(target, sourceCode);
      const elements = [
        ...(resolved !== target ? [...mappedObjects(resolved, sourceCode), ...listObjects(returnedListValues(resolved, sourceCode), sourceCode, true)] : []),
        ...listObjects(pushed, sourceCode),
      ];
      if (elements.length > 0) {
        for (const element of elements) collectObjectParts(element, sourceCode, cardContext || isCardContainerName(target.name), out, depth + 1, reading, target);
        return;
      }
      // `lines.push('card ' + body.cardNumber)`, then `lines.join(' | ')` or the list itself: the other values added to
      // it, read where they are written (real-world batch 283).
      if (pushed.length > 0) {
        const start = out.length;
        for (const value of pushed) collectParts(value, sourceCode, cardContext, out, depth + 1, reading);
        if (out.length > start) return;
      }
      // `const csv = rows.map((r) => `${r.card_number},${r.cvv}`).join('\n')`: the parts of each row's text, where written.
      if (resolved !== target && resolved.type === AST_NODE_TYPES.CallExpression) {
        const start = out.length;
        for (const part of textListParts(resolved, sourceCode)) collectParts(part, sourceCode, cardContext, out, depth + 1, reading);
        if (out.length > start) return;
      }
      // An encryption held in a const (`const sealed = await encrypt(JSON.stringify({ number, cvc }))`), where what is
      // kept is read inside encryptions.
      if (reading.encrypted && resolved !== target && isEncryptionCall(resolved, sourceCode)) {
        collectParts(resolved, sourceCode, cardContext, out, depth + 1, reading);
        return;
      }
      if (resolved !== target && (isTextBuild(resolved) || (resolved.type === AST_NODE_TYPES.NewExpression && errorMessage(resolved) !== null))) {
        // `const line = `cvc ${req.body.cvc}`` then `log(line)`: the parts of the text, reported where it is used (also
        // an error made with such a message: `const error = new Error(…)`, then `Sentry.captureException(error)`).
        const inner: CardDataPart[] = [];
        collectParts(resolved, sourceCode, cardContext, inner, depth + 1, reading);
        for (const part of inner) out.push({ kind: part.kind, node: target, name: part.name });
        return;
      }
      pushValue(target, sourceCode, out, depth);
      return;
    }
    case AST_NODE_TYPES.ConditionalExpression: {
      const before = out.length;
      pushValue(target, sourceCode, out, depth);
      if (out.length !== before) return;
      // `saved ? { cardNumber: s.cardNumber } : { cardNumber: d.cardNumber }`: either branch may be the value.
      collectParts(target.consequent, sourceCode, cardContext, out, depth + 1, reading);
      collectParts(target.alternate, sourceCode, cardContext, out, depth + 1, reading);
      return;
    }
    case AST_NODE_TYPES.MemberExpression: {
      const before = out.length;
      pushValue(target, sourceCode, out, depth);
      if (out.length !== before) return;
      // `card.value` of a Vue `ref({ number: '', cvc: '' })`
      const state = stateShape(target, sourceCode);
      if (state) {
        const named = target.object.type === AST_NODE_TYPES.Identifier && isCardContainerName(target.object.name);
        collectObjectParts(state, sourceCode, cardContext || named, out, depth + 1, reading, target, true);
        return;
      }
      // `this.cards` of a class whose methods set it to a mapped list, or an object, or push objects into it.
      // (Only where that finds a part: a React class's `this.state = { cvc: '' }` holds nothing yet, and its declared
      // type may still say more.)
      const writes = fieldWrites(target, sourceCode);
      const written = listObjects(writes, sourceCode);
      if (written.length > 0) {
        const name = memberName(target, sourceCode) ?? '';
        const start = out.length;
        for (const object of written) collectObjectParts(object, sourceCode, cardContext || isCardContainerName(name), out, depth + 1, reading, target);
        if (out.length > start) return;
        // A form's model (`formModelOf`): its keys say what it holds once filled in, as a form state's do.
        const model = formModelOf(target, sourceCode);
        if (model) {
          collectObjectParts(model, sourceCode, cardContext || isCardContainerName(name), out, depth + 1, reading, target, true);
          if (out.length > start) return;
        }
      }
      const segments = nameSegments(target, sourceCode);
      if (segments) collectDeclaredParts(target, node, segments, sourceCode, cardContext, out);
      return;
    }
    case AST_NODE_TYPES.AwaitExpression: {
      // An encryption awaited (`await encrypt(cvv)`, WebCrypto-style helpers) is read as the call (real-world batch 249).
      if (reading.encrypted && isEncryptionCall(target, sourceCode)) {
        collectParts(target.argument, sourceCode, cardContext, out, depth + 1, reading);
        return;
      }
      pushValue(target, sourceCode, out, depth);
      return;
    }
    default:
      pushValue(target, sourceCode, out, depth);
  }
}


/**
 * A value whose type declares members (declared-types.ts `valueMembers`: this file's DTOs, or the type checker's
 * answer under typed linting): its sensitive members, nested ones included, each a part at the value itself
 * (`logger.log(dto)` with `dto: ChargeDto` → `dto.card.number`). `written` is the value as written, where a type
 * assertion around it (`logger.log(body as ChargeDto)`) states the type first. Card context comes from the names on the
 * path, as for object literals. False when the type says nothing.
 */
function collectDeclaredParts(
  node: TSESTree.Identifier | TSESTree.MemberExpression,
  written: Node,
  path: readonly string[],
  sourceCode: SourceCode,
  cardContext: boolean,
  out: CardDataPart[],
): boolean {
  const members = (written !== node && isTypeAssertion(written) ? valueMembers(written, sourceCode) : null) ?? valueMembers(node, sourceCode);
  if (!members) return false;
  // A form's errors, labels or rules keyed by the fields' names, written whole (`console.log(s.errors)`): messages.
  if (namesFieldMetadata(path[path.length - 1]!)) return true;
  const walk = (list: readonly ValueMember[], prefix: readonly string[], context: boolean, depth: number): void => {
    // A trading card's type (`{ number; rarity }`): its number is no PAN (namesOtherCardRecord).
    let otherRecord: boolean | undefined;
    for (const member of list) {
      const kind = classifyCardField(member.name, { cardContext: context });
      const name = [...prefix, member.name];
      if (kind === 'pan' && (otherRecord ??= namesOtherCardRecord(list.map((m) => m.name)))) continue;
      if (isSensitiveKind(kind)) {
        // (A field's settings, declared or a parameter's default: `cvv: { selector: string }`, `{ cvv: 4 }`.)
        const settings = member.members();
        if (member.setting !== true && (!settings || !namesFieldSettings(settings.map((setting) => setting.name)))) out.push({ kind, node, name: name.join('.') });
      }
      // (A form's errors, labels or rules keyed by the fields' names hold no field's value: `state.errors.cvv`.)
      else if (kind !== 'safe' && depth < MAX_DEPTH && !namesFieldMetadata(member.name)) {
        const nested = member.members();
        if (nested) walk(nested, name, context || isCardContainerName(member.name), depth + 1);
      }
    }
  };
  walk(members, path, cardContext || isCardContainerName(path[path.length - 1]!), 0);
  return true;
}

function pushValue(node: Node, sourceCode: SourceCode, out: CardDataPart[], depth: number): void {
  const kind = classifyValue(node, sourceCode, depth);
  if (!isSensitiveKind(kind)) return;
  out.push({ kind, node, name: valueName(node, sourceCode) });
}

/** How to name a value in a message: its name path, the field a DOM lookup reads, else its source text. */
function valueName(node: Node, sourceCode: SourceCode): string {
  const segments = nameSegments(node, sourceCode);
  if (segments && !(segments.length === 1 && CONTENT_MEMBERS.has(segments[0]!))) return segments.join('.');
  // `document.getElementById('cvc').value`, `$('.cc-number').val()`
  let inner = unwrap(node);
  for (let i = 0; i < 4; i++) {
    if (inner.type === AST_NODE_TYPES.MemberExpression) {
      inner = unwrap(inner.object);
    } else if (inner.type === AST_NODE_TYPES.CallExpression) {
      const lookup = domLookupName(inner, sourceCode);
      if (lookup !== null) return lookup;
      const callee = unwrap(inner.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) break;
      inner = unwrap(callee.object);
    } else {
      break;
    }
  }
  return sourceCode.getText(node);
}

function collectObjectParts(
  object: TSESTree.ObjectExpression,
  sourceCode: SourceCode,
  cardContext: boolean,
  out: CardDataPart[],
  depth: number,
  reading: Reading,
  reportAt?: Node,
  shape = false,
): void {
  if (depth > MAX_DEPTH) return;
  const entries = objectEntries(object, sourceCode, depth) ?? [];
  // A trading card's or a board's record: its `cardNumber` is no PAN (namesOtherCardRecord).
  let otherRecord: boolean | undefined;
  let keys: string[] | undefined;
  const keysOf = (): string[] => (keys ??= entries.map((e) => e.key));
  const isOtherRecord = (): boolean =>
    (otherRecord ??= namesOtherCardRecord(keysOf()) || entries.some((e) => recordKindNamesOtherCard(e.key, staticString(e.value, sourceCode) ?? '')));
  for (const entry of entries) {
    // (`{ card_number, security_code }`: a CVC beside a card number named as one; `{ number, exp_month, exp_year }`: a
    // number beside a card's expiry month and year.)
    const byKey = classifyCardField(entry.key, { cardContext });
    const kind = byKey ?? (cardContext ? null : kindBesideSiblings(entry.key, keysOf));
    if (kind === 'safe') continue;
    // A key read as card data by its siblings only (`security` beside a card number and its expiry) whose value cannot
    // be one: an object or a list (`security: { twoFactor: true }`), or a value named for something longer
    // (`security: req.body.securityQuestion`; real-world batch EN).
    if (byKey === null && isSensitiveKind(kind) && !shape && cannotHoldSiblingKind(kind, entry.key, entry.value, sourceCode)) continue;
    if (kind === 'pan' && isOtherRecord()) continue;
    if (isSensitiveKind(kind)) {
      // By key, unless the value is provably a safe form (`cardNumber: mask(n)`, `cvc: undefined`); a state's initial
      // values are placeholders for what the user types.
      if (kind === 'pan' && isCountValue(entry.value)) continue; // `cardNumber: index + 1`, a state's `cardNumber: 0`
      // A state that starts as a flag (`useState({ cvc: false })`, a zod schema's `cvc: z.boolean()`) holds a flag.
      if (shape && (isFlag(entry.value) || isZodBooleanSchema(entry.value, sourceCode))) continue;
      if (!shape && (holdsNoCardData(kind, entry.value, sourceCode, depth + 1) || writtenValueCannotBe(kind, entry.value, sourceCode, true))) continue;
      // A literal security code or PIN beside a made-up card number is the same demo's (`{ cardNumber: DEMO, cvc: '314' }`).
      if (!shape && (kind === 'cvc' || kind === 'pin') && staticString(entry.value, sourceCode) !== null && entries.some((other) => classifyCardField(other.key, { cardContext }) === 'pan' && isMadeUpCardNumber(other.value, sourceCode))) continue;
      out.push({ kind, node: reportAt ?? entry.keyNode, name: entry.key });
      continue;
    }
    if (kind === 'expiry') continue;
    // A key that names another kind of card qualifies its value (`{ loyaltyCardNumber: member.cardNumber }`, real-world
    // batch EX), and so does one that holds another kind of card (`{ idCard: { cardNumber } }`, `voucher: {…}`).
    if (kind === null && (namesOtherKindOfCard(entry.key) || namesOtherCardHolder(entry.key))) continue;
    const nestedContext = isCardContainerName(entry.key) || isStripeSourceContainer(entry.key, sourceCode);
    // (In a form's shape, a nested Angular group's controls too: `payment: this.fb.group({ cvv: [''] })`.)
    const resolved = shape ? resolveValue(entry.value, sourceCode) : null;
    const nested = resolved && resolved.type !== AST_NODE_TYPES.ObjectExpression ? (angularFormGroupOf(resolved, sourceCode) ?? resolved) : resolved;
    if (nested?.type === AST_NODE_TYPES.ObjectExpression) collectObjectParts(nested, sourceCode, nestedContext, out, depth + 1, reading, reportAt, true);
    else {
      const start = out.length;
      collectParts(entry.value, sourceCode, nestedContext, out, depth + 1, reading);
      // A value named as a card number under another key (`card: cardNo`) of another kind of card's record (`{ memberNo,
      // card: cardNo }`, a club's membership card; real-world batch 335) is no PAN either (not the fields of an object
      // under a key: `paymentCard: { cardNumber }` beside a `voucher`).
      const whole = (part: CardDataPart): boolean => part.kind === 'pan' && (part.node === entry.value || part.node === unwrap(entry.value));
      if (out.slice(start).some(whole) && isOtherRecord()) {
        for (let i = out.length - 1; i >= start; i--) if (whole(out[i]!)) out.splice(i, 1);
      }
    }
  }
  // Spreads that `objectEntries` cannot list: a form's state (`{ ...form, amount }`), by its initial keys; a value whose
  // declared type the file gives (`{ ...dto, userId }` with `dto: CardDto`, real-world batch 96), by its members, but
  // for those a later key of the literal replaces.
  object.properties.forEach((prop, index) => {
    if (prop.type !== AST_NODE_TYPES.SpreadElement) return;
    const state = stateShape(prop.argument, sourceCode);
    if (state) {
      collectObjectParts(state, sourceCode, cardContext, out, depth + 1, reading, reportAt ?? prop.argument, true);
      return;
    }
    // `{ ...creditCard }` where `const creditCard = raw ? { card: { … } } : { card_id }`: the parts of either object,
    // where they are written (real-world batch EQ).
    const choices = choiceObjects(resolveValue(prop.argument, sourceCode), sourceCode);
    if (choices.length > 0) {
      for (const choice of choices) collectObjectParts(choice, sourceCode, cardContext, out, depth + 1, reading, reportAt);
      return;
    }
    const argument = unwrap(prop.argument);
    if (argument.type !== AST_NODE_TYPES.Identifier && argument.type !== AST_NODE_TYPES.MemberExpression) return;
    const path = argument.type === AST_NODE_TYPES.Identifier ? [argument.name] : nameSegments(argument, sourceCode);
    if (!path) return;
    const declared: CardDataPart[] = [];
    if (!collectDeclaredParts(argument, prop.argument, path, sourceCode, cardContext, declared)) return;
    const replaced = new Set(object.properties.slice(index + 1).map((later) => (later.type === AST_NODE_TYPES.Property ? propertyKey(later, sourceCode) : null)));
    for (const part of declared) {
      if (!replaced.has(part.name.split('.')[path.length] ?? null)) out.push(reportAt ? { ...part, node: reportAt } : part);
    }
  });
}

/**
 * Is a value no card number or code, for a key that only its siblings name as one (an object's, a payload's): an
 * object or array literal (also through a const), a string literal that cannot be one, or a value whose name
 * (`securityQuestion` of `req.body.securityQuestion`) holds the key and more words, which say what it is.
 */
function cannotHoldSiblingKind(kind: SensitiveKind, key: string, value: Node, sourceCode: SourceCode): boolean {
  const target = unwrap(value);
  const resolved = unwrap(resolveValue(value, sourceCode));
  if (resolved.type === AST_NODE_TYPES.ObjectExpression || resolved.type === AST_NODE_TYPES.ArrayExpression) return true;
  const text = target.type === AST_NODE_TYPES.Literal || target.type === AST_NODE_TYPES.TemplateLiteral ? staticString(target, sourceCode) : null;
  if (text !== null) return literalCannotBe(kind, text);
  const name = writtenName(target, sourceCode);
  if (name === null) return false;
  const words = splitWords(name);
  const keyWords = splitWords(key);
  return words.length > keyWords.length && keyWords.every((word) => words.includes(word)) && !isSensitiveKind(classifyCardField(name, { cardContext: true }));
}

function isEmptyValue(node: Node): boolean {
  const target = unwrap(node);
  return (
    (target.type === AST_NODE_TYPES.Identifier && target.name === 'undefined') ||
    (target.type === AST_NODE_TYPES.Literal && (target.value === null || target.value === ''))
  );
}

export interface CardPayloadField extends PayloadField {
  kind: CardFieldKind;
  name: string;
}

export interface CardPayloadOptions {
  /**
   * Paths (from the payload root) of the objects whose keys are card fields, e.g. `[['card'], ['source']]` for an
   * API that takes a card hash there. When given, only fields directly inside one of them count, each classified in
   * card context (`external_account.number` is a PAN there); otherwise card context comes from the parent names.
   */
  containers?: readonly (readonly string[])[];
}

/** The last names of the fields directly under `parents` (the keys of one object of a payload). */
function siblingNames(fields: readonly PayloadField[], parents: readonly string[]): string[] {
  return fields.filter((f) => f.path.length === parents.length + 1 && samePath(f.path.slice(0, -1), parents)).map((f) => f.path[parents.length]!);
}

/**
 * Card fields among a payload's fields (values.payloadFields): `card.number`, `card[cvc]`,
 * `payment_method_data.card.number`, `source.number`, `cvc_update.cvc`, and a `number` beside a CVC
 * (`{ number, cvv }`). A field whose value is provably a safe form is dropped, and so is the number of another kind
 * of card's record (`{ number, rarity }`: namesOtherCardRecord).
 */
export function cardFieldsOfPayload(
  fields: readonly PayloadField[],
  sourceCode: SourceCode,
  options: CardPayloadOptions = {},
): CardPayloadField[] {
  const out: CardPayloadField[] = [];
  // An object that carries a CVC is a card: its `number` is the card number (`{ number, cvv, amount }`); and one that
  // carries a card number by its own name holds the card's security code (`{ card_number, security_code }`).
  let withCvc: Set<string> | undefined;
  // The keys beside each field, and whether they say another kind of card's record, once per object (a record may
  // have thousands of keys).
  const records = new Map<string, { names: string[]; other?: boolean }>();
  const recordOf = (parents: readonly string[]): { names: string[]; other?: boolean } => {
    const key = parents.join('\u0000');
    let record = records.get(key);
    if (!record) records.set(key, (record = { names: siblingNames(fields, parents) }));
    return record;
  };
  const siblingsOf = (parents: readonly string[]): string[] => recordOf(parents).names;
  const isOtherCardRecord = (parents: readonly string[]): boolean => {
    const record = recordOf(parents);
    return (record.other ??= namesOtherCardRecord(record.names));
  };
  for (const field of fields) {
    const name = field.path[field.path.length - 1];
    if (name === undefined) continue;
    const parents = field.path.slice(0, -1);
    let cardContext: boolean;
    let beside: 'cvc' | 'pan' | null = null;
    if (options.containers) {
      if (!options.containers.some((container) => samePath(container, parents))) continue;
      cardContext = true;
    } else {
      cardContext =
        parents.some((segment) => isCardContainerName(segment) || isStripeSourceContainer(segment, sourceCode) || segment === 'cvc_update') ||
        // (a form model sent whole, named for a card, that also holds a card's security code or expiry: `card = { number,
        // expiryDate, securityCode }`, `this.http.post(url, this.card)`; real-world batch 246. A `card` of a title and a
        // number is a board's as often.)
        (parents.length === 0 &&
          field.container !== undefined &&
          isCardContainerName(field.container) &&
          siblingsOf(parents).some((sibling) => {
            const kind = classifyCardField(sibling, { cardContext: true });
            return kind === 'cvc' || kind === 'expiry';
          }));
      if (!cardContext) {
        withCvc ??= new Set(fields.filter((f) => f.path.length > 0 && classifyCardField(f.path[f.path.length - 1]!) === 'cvc').map((f) => f.path.slice(0, -1).join('\u0000')));
        beside = kindBesideSiblings(name, () => siblingsOf(parents));
        cardContext = beside !== null || withCvc.has(parents.join('\u0000'));
      }
    }
    // (A name that is card data only by its siblings, and no card field in a card: a bare `cc` beside a CVC.)
    const named = classifyCardField(name, { cardContext });
    const kind = named ?? beside;
    if (kind === null || kind === 'safe') continue;
    // ...holds what can be one (not `{ cc: ['a@b.c'], cvv }`, a mail's copies beside a card's code, nor `cc:
    // mail.ccAddresses`), as an object's keys are read (collectObjectParts).
    if (named === null && field.value && isSensitiveKind(kind) && cannotHoldSiblingKind(kind, name, field.value, sourceCode)) continue;
    if (
      field.value &&
      (isEmptyValue(field.value) ||
        classifyValue(field.value, sourceCode) === 'safe' ||
        writtenValueCannotBe(kind, field.value, sourceCode) ||
        (kind === 'pan' && isCountValue(field.value)))
    ) {
      continue;
    }
    // A trading card's or a board's record (`{ number, rarity }`, `{ cardNumber, setCode }`): its number is no PAN.
    if (kind === 'pan' && isOtherCardRecord(parents)) continue;
    out.push({ ...field, kind, name: field.path.join('.') });
  }
  return out;
}

/**
 * Card data a payload carries in its values under keys that name none: a chat message's or an e-mail's text built
 * from the card (`{ chat_id, text: `CVV: ${cvv}` }`, `{ text: message }` where `message` is such a text), a value
 * that is card data by its own name or provenance (`{ q: cvv }`, `{ value: getElementById('cvc').value }`), each part
 * where it is written (`sensitiveParts`). Keys that name a card field by themselves and the fields found by key
 * (`byKey`) are not read again; a key that names one only inside a card (`PAN`, `number`) is read by its value where
 * no card is around it (`{ PAN: m.card_pan }`, real-world batch 98), a bare `number` there still needing a CVC, a track
 * or an expiry beside it (a trading card's `{ number: card.number, rarity }` is none).
 */
function cardDataInPayloadValues(fields: readonly PayloadField[], byKey: readonly CardPayloadField[], sourceCode: SourceCode): CardPayloadField[] {
  const out: CardPayloadField[] = [];
  const found = new Set(byKey.map((field) => field.keyNode));
  // A bare `number` (`card.number` in a text) is a PAN only beside a CVC, a track or an expiry, as under a key: a card
  // game's `played card ${card.number}` is no payment card's (real-world batch 94).
  const bareNumbers: CardPayloadField[] = [];
  for (const field of fields) {
    const name = field.path[field.path.length - 1];
    if (!field.value || name === undefined || found.has(field.keyNode) || classifyCardField(name) !== null) continue;
    // A key that says its value is encrypted (`{ cartPieEncryptedData: encrypetedCardNo }`, a gateway's client-side
    // encryption; real-world batch DM) carries no raw card data, whatever the value is named; nor does one that names
    // another kind of card (`{ loyaltyCardNumber: member.cardNumber }`, real-world batch EX).
    if (ENCRYPTED_WORDS.test(name) || namesOtherKindOfCard(name)) continue;
    const parts = sensitiveParts(field.value, sourceCode);
    for (const part of parts) {
      // A value read from the environment is configuration (a shop's own transfer card), not a customer's card.
      if (readsEnvironment(part.node, sourceCode)) continue;
      const carried = { ...field, keyNode: part.node, kind: part.kind, name: field.path.join('.') };
      const last = part.name.slice(part.name.lastIndexOf('.') + 1);
      if (part.kind === 'pan' && splitWords(last).join('') === 'number') bareNumbers.push(carried);
      else out.push(carried);
    }
    // A whole object whose card field the function reads (`text: `Order ${JSON.stringify(req.body)}``), as logged.
    const held = parts.length === 0 ? sensitiveFieldReadFrom(field.value, sourceCode) : null;
    if (held) out.push({ ...field, keyNode: field.value, kind: held.kind, name: field.path.join('.') });
  }
  const corroborated = [...byKey, ...out].some((field) => field.kind === 'cvc' || field.kind === 'track' || field.kind === 'expiry');
  return corroborated ? [...out, ...bareNumbers] : out;
}

/**
 * Card data a payload sent anywhere but Stripe carries: by key (`cardFieldsOfPayload`), then by value under the other
 * keys (`cardDataInPayloadValues`).
 */
export function cardDataOfPayload(fields: readonly PayloadField[], sourceCode: SourceCode): CardPayloadField[] {
  const byKey = cardFieldsOfPayload(fields, sourceCode);
  return [...byKey, ...cardDataInPayloadValues(fields, byKey, sourceCode)];
}

/** Is a value read from the environment (`process.env.X`, `import.meta.env.X`, `Deno.env.get('X')`), also through consts? */
function readsEnvironment(node: Node, sourceCode: SourceCode): boolean {
  let target = unwrap(resolveValue(node, sourceCode));
  while (target.type === AST_NODE_TYPES.LogicalExpression) target = unwrap(target.left);
  if (target.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(target.callee);
    return callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee, sourceCode) === 'get' && isEnvironmentObject(callee.object, sourceCode);
  }
  return target.type === AST_NODE_TYPES.MemberExpression && isEnvironmentObject(target.object, sourceCode);
}

/** Stripe objects whose methods return API objects: stripe-node clients, Stripe.js instances, Stripe-named wrappers. */
const STRIPE_RESULT_KINDS = new Set(['node-client', 'js-instance', 'stripe-by-name']);

/**
 * Is `node` (a variable, a member path) part of what a Stripe API call returned: `const pm = await
 * stripe.paymentMethods.retrieve(id)`, `pm.card`, `const { paymentMethod } = await stripe.createPaymentMethod(...)`?
 * Stripe's guide lets you store anything the API returns (stripe-facts §7.1), so such values are `'safe'`, except the
 * PAN / CVC of an Issuing card retrieved with `expand: ['number', 'cvc']` (§1.3, last row): `'issuing-expanded'`.
 * `null` when the value is not (provably) a Stripe API result.
 */
export function stripeApiResultOf(node: Node, sourceCode: SourceCode, depth = 0): StripeObject | null {
  if (depth > MAX_DEPTH || !mentionsStripe(sourceCode)) return null;
  let target = unwrap(node);
  let field: TSESTree.MemberExpression | null = null;
  while (target.type === AST_NODE_TYPES.MemberExpression) {
    field = target;
    target = unwrap(target.object);
  }
  // A field of the instance that only ever holds Stripe objects (`this.cardNumber = elements.create('cardNumber')`).
  if (target.type === AST_NODE_TYPES.ThisExpression) return field ? heldStripeObjects(instanceFieldWrites(field, sourceCode), sourceCode, depth) : null;
  if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(target, sourceCode);
    const def = variable?.defs[0];
    if (!variable || !def || variable.defs.length !== 1 || def.type !== 'Variable') return null;
    if (def.node.init && isNeverReassigned(variable)) return stripeApiResultOf(def.node.init, sourceCode, depth + 1);
    // A `let` set to Stripe objects only (`let cvc = null; … cvc = elements.create('cardCvc')`).
    return heldStripeObjects(variableWrites(variable), sourceCode, depth);
  }
  if (target.type === AST_NODE_TYPES.AwaitExpression) target = unwrap(target.argument);
  if (target.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = unwrap(target.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  // A Stripe Element (`elements.create('cardNumber', { style })`, `elements.getElement('cardNumber')`): a handle on
  // Stripe's iframe, whatever the Elements object was made from (`this.$stripe.elements()`, a plugin's).
  if (isElementLookup(target, callee, sourceCode)) return 'safe';
  const path: string[] = [];
  let receiver: Node = callee;
  while (receiver.type === AST_NODE_TYPES.MemberExpression) {
    path.unshift(memberName(receiver, sourceCode) ?? '');
    receiver = unwrap(receiver.object);
  }
  // `x.then(...)` returns a Promise, and `.then` of a Stripe.js loader is not an API call.
  if (path[path.length - 1] === 'then') return null;
  const kind = stripeKindOf(receiver, sourceCode);
  if (kind === null || !STRIPE_RESULT_KINDS.has(kind)) return null;
  if (path.includes('issuing') && path.includes('cards') && expandsCardSecrets(target, sourceCode)) return 'issuing-expanded';
  return 'safe';
}

type StripeObject = 'safe' | 'issuing-expanded';

/**
 * Is a reported node (a value, or the key written with it) a field read off a Stripe Issuing card retrieved with
 * `expand: ['number', 'cvc']` in this file (`card.number` of `const card = await stripe.issuing.cards.retrieve(…)`)? The
 * card program's own card, whose advice is not a payment's: its id and last4, Issuing Elements to show the details.
 */
export function isIssuedCardDetail(node: Node, sourceCode: SourceCode): boolean {
  const value = node.parent?.type === AST_NODE_TYPES.Property && node.parent.key === node ? node.parent.value : node;
  // (The card itself, written whole, carries its expanded details: `console.log(card)`.)
  return (value.type === AST_NODE_TYPES.MemberExpression || value.type === AST_NODE_TYPES.Identifier) && stripeApiResultOf(value, sourceCode) === 'issuing-expanded';
}

/**
 * `elements.create('<Element type>', …)` or `elements.getElement(…)` (Stripe.js; stripe/elements.ts), called on an
 * Elements group: a value named for one (`elements`, `this.stripeElements`) or made by `.elements(…)`
 * (`stripe.elements()`, `this.$stripe.elements({ clientSecret })`). Not `form.getElement('cardNumber')`.
 */
function isElementLookup(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, sourceCode: SourceCode): boolean {
  const method = memberName(callee, sourceCode);
  const [type] = call.arguments;
  const lookup = method === 'getElement' ? call.arguments.length === 1 : method === 'create' && type?.type === AST_NODE_TYPES.Literal && typeof type.value === 'string' && STRIPE_ELEMENT_TYPES.has(type.value);
  if (!lookup) return false;
  const name = receiverName(callee.object, sourceCode);
  return name !== null && ELEMENTS_GROUP_NAME.test(name);
}

/** The name of Stripe.js's Elements group, or of the call that makes one (`elements()`). */
const ELEMENTS_GROUP_NAME = /elements$/i;

/** Write lists being read: a value written back into its own variable or field (`this.x = this.x`) is none. */
const readingWrites = new Set<readonly Node[]>();

/**
 * What a variable or field holds when every value written to it is a Stripe object (`stripeApiResultOf`) or
 * nullish, and one at least is: that object's verdict (`'issuing-expanded'` when one write is). Null for anything
 * else: no write seen, one unknown (an input's value, a parameter, a template binding's `''`).
 */
function heldStripeObjects(writes: readonly Node[] | null, sourceCode: SourceCode, depth: number): StripeObject | null {
  if (!writes || writes.length === 0 || readingWrites.has(writes)) return null;
  const known = heldObjects.get(writes);
  if (known !== undefined) return known;
  readingWrites.add(writes);
  let held: StripeObject | null = null;
  try {
    for (const write of writes) {
      if (isNullish(write)) continue;
      const object = stripeApiResultOf(write, sourceCode, depth + 1);
      held = object === null ? null : held === 'issuing-expanded' ? held : object;
      if (held === null) break;
    }
  } finally {
    readingWrites.delete(writes);
  }
  // An answer found while another list was being read may have met that list as unknown: kept only from the outermost.
  if (readingWrites.size === 0) heldObjects.set(writes, held);
  return held;
}

const heldObjects = new WeakMap<readonly Node[], StripeObject | null>();

/**
 * Exact file-level prefilter on the text: can any name in it be classified as sensitive card data (PAN, CVC, track,
 * PIN) by `classifyCardField`, given the card context the file can provide? Names are read as written, word by word
 * (see card-fields' CARD_NAME_PATTERNS for what is not seen; accented letters are not folded here, as `splitWords`
 * folds them: `númeroCartão` passes only in a file that spells a card word in ASCII). A `source` name provides card context only in a file
 * that mentions Stripe (`stripeMentioned`; isStripeSourceContainer), a `source[…]` bracket name in any file.
 */
export function textMayNameCardData(
  text: string,
  regions: () => string | null = () => decodedEscapeRegions(text),
  stripeMentioned: boolean | (() => boolean) = true,
): boolean {
  const patterns = CARD_NAME_PATTERNS;
  const { standaloneHint, standalone, provider, stripeSource, contextual } = patterns;
  const mentions = typeof stripeMentioned === 'function' ? stripeMentioned : () => stripeMentioned;
  // A bracket name's `source` segment is also a whole-name `source`.
  const sourceProvides = (t: string): boolean =>
    mentions() ? stripeSource.test(t) : patterns.bracketSourceHint(t) && patterns.bracketSource.test(t) && stripeSource.test(t);
  const provides = (t: string): boolean => provider.test(t) || sourceProvides(t);
  // Most files spell no card word: then no provider either, and only the other words can make a standalone spelling.
  const cardWords = patterns.cardWordsHint(text);
  const provided = (cardWords && provider.test(text)) || sourceProvides(text);
  if (provided && contextual.test(text)) return true;
  // Where no provider is, no standalone spelling contains a provider word: the cheaper hint covers the rest.
  const unprovidedMayBe = (): boolean =>
    (cardWords && patterns.unprovidedCardHint.test(text)) || patterns.otherWordsHint(text);
  if ((provided ? standaloneHint.test(text) : unprovidedMayBe()) && standalone.test(text)) return true;
  // A CardField with its full details on hands out a card's number and CVC under no name the file need spell
  // (`(details) => console.log(details)`; real-world batch 234). Its prop spells `Card`: only such files look.
  if (cardWords && containsText(text, FULL_DETAILS_PROP)) return true;
  // Names spelled with escapes (`'\x63vc'`, `\u0063ardNumber`, `&#99;vc`): read where the escapes are, decoded.
  const escaped = regions();
  if (escaped === null) return false;
  if (standaloneHint.test(escaped) && standalone.test(escaped)) return true;
  // (Where a provider is written plainly, the plain text has no contextual spelling: only the escaped ones can add one.)
  return (provided || provides(escaped)) && (contextual.test(escaped) || (!provided && contextual.test(text)));
}

/** `textMayNameCardData` of the file, computed once per file (its escape regions shared with other prefilters); true under typed linting. */
export const mayNameCardData = (sourceCode: SourceCode): boolean =>
  perFile(
    sourceCode,
    'card-data:names-card-data',
    // Under typed linting a value's type may name card fields declared in another file (declared-types.ts).
    () => hasTypeInformation(sourceCode) || textMayNameCardData(sourceCode.text, () => escapeRegions(sourceCode), () => mentionsStripe(sourceCode)),
  );

/** `{ expand: ['number', 'cvc'] }` among the call's arguments. */
function expandsCardSecrets(call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  for (const arg of call.arguments) {
    const expand = objectEntries(arg, sourceCode)?.find((entry) => entry.key === 'expand');
    if (!expand) continue;
    const list = resolveValue(expand.value, sourceCode);
    if (list.type !== AST_NODE_TYPES.ArrayExpression) return true; // unknown list: keep the fields sensitive
    if (list.elements.some((e) => e && e.type !== AST_NODE_TYPES.SpreadElement && ['number', 'cvc'].includes(staticString(e, sourceCode) ?? ''))) {
      return true;
    }
  }
  return false;
}

/** Two name paths (`['card', 'number']`) with the same segments. */
export function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}
