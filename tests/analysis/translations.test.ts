import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { boundWordingName, translatePipeKey, translationKeyText } from '../../src/analysis/translations.js';
import { runWithRule } from './helpers.js';

/** `translationKeyText` of the first argument of every `probe(...)` call. */
function keys(code: string): (string | null)[] {
  const out: (string | null)[] = [];
  runWithRule(code, () => ({
    CallExpression(node: TSESTree.CallExpression) {
      if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'probe') out.push(translationKeyText(node.arguments[0]));
    },
  }));
  return out;
}

describe('translationKeyText', () => {
  it("reads a translation call's literal key by its last segment, or react-intl's default message, else its id", () => {
    expect(
      keys(`
        probe(t('stepPayment.cardNumber'));
        probe(i18n.t('payment:cvc'));
        probe(this.$t(\`checkout.cardNumber\`));
        probe($tc('card.number', 1));
        probe(translate('PAYMENT.CVC') as string);
        probe(__('payment.card_number'));
        probe(intl.formatMessage({ id: 'checkout.cvc', defaultMessage: 'Security code' }));
        probe(intl.formatMessage({ id: 'checkout.cardNumber' }));
      `),
    ).toEqual(['cardNumber', 'cvc', 'cardNumber', 'number', 'CVC', 'card_number', 'Security code', 'cardNumber']);
  });

  it('a key that names another kind of card is read whole; one without a namespace as it is', () => {
    expect(keys(`probe(t('loyalty.cardNumber')); probe($t('giftCard.number')); probe(t('cardNumber')); probe(t('card.number'));`)).toEqual([
      'loyalty.cardNumber',
      'giftCard.number',
      'cardNumber',
      'number',
    ]);
  });

  it('nothing for a key built at run time, another function, or no call', () => {
    expect(
      keys(`
        probe(t(key));
        probe(t(\`checkout.\${field}\`));
        probe(format('checkout.cardNumber'));
        probe(messages.t);
        probe(obj[t]('x'));
        probe(intl.formatMessage(descriptor));
        probe('checkout.cardNumber');
      `),
    ).toEqual([null, null, null, null, null, null, null]);
  });
});

describe('translatePipeKey and boundWordingName', () => {
  it("ngx-translate's pipe on a literal key, with or without arguments; Angular bindings of wording attributes", () => {
    expect(translatePipeKey("'PAYMENT.CARD_NUMBER' | translate")).toBe('CARD_NUMBER');
    expect(translatePipeKey(` "checkout.cvc"|translate:{ brand: 'Visa' }`)).toBe('cvc');
    expect(translatePipeKey("'LOYALTY.CARD_NUMBER' | translate")).toBe('LOYALTY.CARD_NUMBER');
    expect(translatePipeKey("'PAYMENT.CARD_NUMBER' | uppercase")).toBeNull();
    expect(translatePipeKey("key | translate")).toBeNull();
    expect(translatePipeKey("'a' | translate | uppercase")).toBeNull();
    expect(['[placeholder]', '[attr.aria-label]', '[label]', '[value]', 'placeholder', '[attr.title]'].map(boundWordingName)).toEqual([
      'placeholder',
      'aria-label',
      'label',
      null,
      null,
      null,
    ]);
  });
});
