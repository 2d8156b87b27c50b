/**
 * Wording given by a translation, read by its key: a field's placeholder or label written as `t('stepPayment.cardNumber')`
 * (react-i18next, next-intl, vue-i18n's `$t`), `intl.formatMessage({ id, defaultMessage })` (react-intl) or Angular's
 * `'PAYMENT.CARD_NUMBER' | translate` (ngx-translate). The key's words say what the text is, as a Laravel view's
 * `__('payment.card_number')` does (view-helpers.ts): by its last segment (`stepPayment.cardNumber` → `cardNumber`), so
 * that an app's own objects named in the namespace say nothing (`card.number` is a kanban card's number; regression
 * probe 290), unless the whole key names another kind of card (`loyalty.cardNumber`, `giftCard.number`), then read
 * whole as that card's (mutation study 287: two of six localised checkouts named their card fields only through keys).
 */
import { namesOtherKindOfCard } from './card-fields.js';

/** A key's wording: its last segment (`.` and `:` separate them), or the whole key where it names another kind of card. */
function keyWording(key: string): string {
  const last = key.slice(Math.max(key.lastIndexOf('.'), key.lastIndexOf(':')) + 1);
  return last === key || namesOtherKindOfCard(key) ? key : last;
}

/** Attributes whose value is wording that a translation may give (normalised names). */
export const TRANSLATABLE_WORDING: ReadonlySet<string> = new Set(['placeholder', 'aria-label', 'label']);

/** Functions and methods that translate a key: i18next's and next-intl's `t`, vue-i18n's `$t` / `tc` / `$tc`, `translate`, `__`. */
const TRANSLATING_CALLS: ReadonlySet<string> = new Set(['t', '$t', 'tc', '$tc', 'translate', '__']);

/** An ESTree node as the script and template parsers give it (the template ones loosely typed). */
interface EsNode {
  type: string;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is EsNode => typeof value === 'object' && value !== null && typeof (value as EsNode).type === 'string';

/** A string literal's text, or a template literal's without holes; null otherwise. */
function literalText(node: unknown): string | null {
  if (!isNode(node)) return null;
  if (node.type === 'Literal') return typeof node.value === 'string' ? node.value : null;
  if (node.type !== 'TemplateLiteral' || !Array.isArray(node.expressions) || node.expressions.length > 0 || !Array.isArray(node.quasis)) return null;
  const cooked = (node.quasis[0] as { value?: { cooked?: unknown } } | undefined)?.value?.cooked;
  return typeof cooked === 'string' ? cooked : null;
}

/** Strip TypeScript's type wrappers and parentheses' stand-ins (`t('x') as string`, `t('x')!`). */
function unwrapped(node: EsNode): EsNode {
  let current = node;
  for (let depth = 0; depth < 8 && /^TS(?:As|NonNull|Satisfies|TypeAssertion)Expression$/.test(current.type) && isNode(current.expression); depth++) {
    current = current.expression;
  }
  return current;
}

/** The name a call calls (`t`, `i18n.t`, `this.$t`), when written plainly. */
function calledName(callee: unknown): string | null {
  if (!isNode(callee)) return null;
  if (callee.type === 'Identifier') return typeof callee.name === 'string' ? callee.name : null;
  if (callee.type !== 'MemberExpression' || callee.computed === true || !isNode(callee.property) || callee.property.type !== 'Identifier') return null;
  return typeof callee.property.name === 'string' ? callee.property.name : null;
}

/**
 * The text a translation call stands for: its literal key's wording (`t('stepPayment.cardNumber')`, `i18n.t(…)`,
 * `this.$t(…)`, `$tc(…)`), or react-intl's `formatMessage({ id, defaultMessage })` (the default message where written,
 * else the id's wording); null for any other node.
 */
export function translationKeyText(node: unknown): string | null {
  if (!isNode(node)) return null;
  const call = unwrapped(node);
  if (call.type !== 'CallExpression' || !Array.isArray(call.arguments)) return null;
  const name = calledName(call.callee);
  const [first] = call.arguments as unknown[];
  if (name === 'formatMessage' && isNode(first) && first.type === 'ObjectExpression' && Array.isArray(first.properties)) {
    const entries = new Map<string, string | null>();
    for (const property of first.properties as unknown[]) {
      if (!isNode(property) || property.type !== 'Property' || property.computed === true || !isNode(property.key)) continue;
      const key = property.key.type === 'Identifier' ? property.key.name : literalText(property.key);
      if (typeof key === 'string') entries.set(key, literalText(property.value));
    }
    const id = entries.get('id');
    return entries.get('defaultMessage') ?? (id ? keyWording(id) : null);
  }
  const key = name !== null && TRANSLATING_CALLS.has(name) ? literalText(first) : null;
  return key ? keyWording(key) : null;
}

/** ngx-translate's pipe given a literal key, as an Angular binding's value is written: `'PAYMENT.CARD_NUMBER' | translate`. */
const TRANSLATE_PIPE = /^\s*(['"])([^'"]+)\1\s*\|\s*translate\s*(?::[^|]*)?$/;

/** The wording of `'KEY' | translate`, an Angular binding's whole value (its key's, `keyWording`); null for any other text. */
export function translatePipeKey(text: string): string | null {
  const key = TRANSLATE_PIPE.exec(text)?.[2];
  return key ? keyWording(key) : null;
}

/** An Angular property binding of a wording attribute (`[placeholder]`, `[attr.aria-label]`): the attribute's name, else null. */
export function boundWordingName(name: string): string | null {
  const bound = /^\[(?:attr\.)?([\w-]+)\]$/.exec(name)?.[1] ?? null;
  return bound !== null && TRANSLATABLE_WORDING.has(bound) ? bound : null;
}
