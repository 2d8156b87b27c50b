import * as htmlParser from '@html-eslint/parser';
import * as vueParser from 'vue-eslint-parser';
import { describe, expect, it } from 'vitest';
import { VALUE_BINDING } from '../../src/analysis/inputs.js';
import { htmlElement, markupAttribute, prefixRange, vueElement, type HtmlElementNode, type VueElementNode } from '../../src/analysis/markup.js';
import { HTML_TEMPLATE_SYNTAX } from '../../src/markup-configs.js';

const firstHtmlElement = (code: string): HtmlElementNode => {
  const { ast } = htmlParser.parseForESLint(code, { templateEngineSyntax: HTML_TEMPLATE_SYNTAX as never });
  return (ast.body[0] as unknown as { children: HtmlElementNode[] }).children[0]!;
};

const sourceCodeOf = (text: string) => ({ text }) as never;

describe('htmlElement', () => {
  it('gives the tag, lower-case names, static values, template prefixes and offsets', () => {
    const code = '<INPUT Name="card_number" src="https://js.stripe.com/v2/{{ v }}" class="{{ c }}" required>';
    const element = htmlElement(firstHtmlElement(code));
    expect(element.tag).toBe('input');
    expect(element.attributes.map((a) => [a.name, a.value, a.prefix])).toEqual([
      ['name', 'card_number', 'card_number'],
      ['src', null, 'https://js.stripe.com/v2/'],
      ['class', null, ''],
      ['required', '', ''],
    ]);
    const src = element.attributes[1]!;
    expect(prefixRange(src, 8, 21)).toEqual([code.indexOf('js.stripe.com'), code.indexOf('js.stripe.com') + 13]);
    expect(prefixRange(src, 8, 40)).toBeNull();
  });

  it('treats a template block among the attributes as unknown attributes', () => {
    const element = htmlElement(firstHtmlElement('<input name="cvc" {% if x %}name="other"{% endif %}>'));
    expect(element.attributes[0]!.name).toBe('name');
    expect(element.attributes.slice(1).every((a) => a.name === null)).toBe(true);
    expect(markupAttribute(element, 'name')).toBeNull();
  });

  it('reads an attribute without a name (`<b ="x">`, which the browser names `="x"`) as a nameless attribute, not an unknown one', () => {
    // Found by fuzzing: @html-eslint/parser gives such an attribute no `key`.
    const element = htmlElement(firstHtmlElement('<form action="/pay" ="x" method="post">'));
    expect(element.attributes.map((a) => [a.name, a.value])).toEqual([
      ['action', '/pay'],
      ['', 'x'],
      ['method', 'post'],
    ]);
    expect(markupAttribute(element, 'action')?.value).toBe('/pay');
  });

  it('names script and style tags', () => {
    expect(htmlElement(firstHtmlElement('<script src="a.js"></script>')).tag).toBe('script');
    expect(htmlElement(firstHtmlElement('<style>a{}</style>')).tag).toBe('style');
  });
});

describe('vueElement', () => {
  it('reads static attributes, string-literal bindings and the paths of v-model and :value; other bindings are unknown', () => {
    const code = '<template><input name="a &amp; b" :autocomplete="\'cc-csc\'" :id="fieldId" v-bind="attrs" v-model="form.cvc" :value="card?.number" :value="fmt(x)" @input="x"></template>';
    const { ast } = vueParser.parseForESLint(code, { ecmaVersion: 'latest', sourceType: 'module' });
    const node = (ast as unknown as { templateBody: { children: VueElementNode[] } }).templateBody.children[0]!;
    const element = vueElement(node, sourceCodeOf(code));
    expect(element.tag).toBe('input');
    expect(element.attributes.map((a) => [a.name, a.value, a.pieces[0]!.start])).toEqual([
      ['name', 'a & b', null],
      ['autocomplete', 'cc-csc', code.indexOf('cc-csc')],
      ['id', null, null],
      [null, null, null],
      ['v-model', 'form.cvc', null],
      [VALUE_BINDING, 'card.number', null],
      ['value', null, null],
    ]);
  });
});
