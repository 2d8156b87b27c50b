import * as htmlParser from '@html-eslint/parser';
import * as vueParser from 'vue-eslint-parser';
import * as svelteParser from 'svelte-eslint-parser';
import { describe, expect, it } from 'vitest';
import { VALUE_BINDING } from '../../src/analysis/inputs.js';
import {
  enclosingMarkupForm,
  enclosingMarkupGroup,
  htmlElement,
  markupAttribute,
  markupLabelTexts,
  prefixRange,
  svelteElement,
  vueElement,
  type HtmlElementNode,
  type MarkupAttribute,
  type SvelteElementNode,
  type VueElementNode,
} from '../../src/analysis/markup.js';
import { HTML_TEMPLATE_SYNTAX } from '../../src/markup-configs.js';
import { runWithRule } from './helpers.js';

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

  it('treats a template block among the attributes as unknown attributes; HTML keeps the first copy of an attribute', () => {
    const element = htmlElement(firstHtmlElement('<input name="cvc" {% if x %}name="other"{% endif %}>'));
    expect(element.attributes[0]!.name).toBe('name');
    expect(element.attributes.slice(1).every((a) => a.name === null)).toBe(true);
    expect(element.firstAttributeWins).toBe(true);
    // The block can only add attributes: the name written before it is the one the browser keeps.
    expect(markupAttribute(element, 'name')?.value).toBe('cvc');
    // Before it, the block may write the name first.
    expect(markupAttribute(htmlElement(firstHtmlElement('<input {% if x %}name="other"{% endif %} name="cvc">')), 'name')).toBeNull();
    expect(markupAttribute(htmlElement(firstHtmlElement('<input name="a" name="b">')), 'name')?.value).toBe('a');
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

  it('reads the Razor stand-in of the `html` processor as the boolean attributes it names, each maybe there, or as an unknown attribute', () => {
    const razor = (code: string): HtmlElementNode => {
      const { ast } = htmlParser.parseForESLint(code, { templateEngineSyntax: { '@*': '*@' } as never });
      return (ast.body[0] as unknown as { children: HtmlElementNode[] }).children[0]!;
    };
    const element = htmlElement(razor('<input @*readonly disabled*@    name="cvc">'));
    expect(element.attributes.map((a) => [a.name, a.value])).toEqual([
      ['readonly', null],
      ['disabled', null],
      ['name', 'cvc'],
    ]);
    expect(markupAttribute(element, 'name')?.value).toBe('cvc');
    // Nothing named, or a name no boolean attribute has: anything may be written, the name first.
    expect(markupAttribute(htmlElement(razor('<input @**@      name="cvc">')), 'name')).toBeNull();
    expect(markupAttribute(htmlElement(razor('<input @*name*@      name="cvc">')), 'name')).toBeNull();
    // Elsewhere `@*` is text: an attribute so named.
    expect(htmlElement(firstHtmlElement('<input @*readonly*@ name="cvc">')).attributes.map((a) => a.name)).toEqual(['@*readonly*@', 'name']);
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

describe('svelteElement', () => {
  it('reads static attributes, {\'literal\'} values (marked as script literals), bound paths, spreads and shorthands', () => {
    const code =
      '<input name="a &amp; b" autocomplete={\'cc-csc\'} id={fieldId} src="https://js.stripe.com/{v}/" {...attrs} bind:value={form.cvc} on:input={x} class:active={on} disabled />' +
      '<input value={card?.number} /><input {value} /><input value={format(card.cvc)} />';
    const { ast } = svelteParser.parseForESLint(code, {});
    const [first, ...others] = (ast as unknown as { body: SvelteElementNode[] }).body.map((node) => svelteElement(node, sourceCodeOf(code)));
    expect(first!.tag).toBe('input');
    const read = (a: MarkupAttribute) => [a.name, a.value, a.prefix, a.pieces[0]!.start, a.pieces[0]!.script ?? false];
    expect(first!.attributes.map(read)).toEqual([
      ['name', 'a & b', 'a & b', null, false],
      ['autocomplete', 'cc-csc', 'cc-csc', code.indexOf('cc-csc'), true],
      ['id', null, '', null, false],
      ['src', null, 'https://js.stripe.com/', code.indexOf('https://'), false],
      [null, null, '', null, false],
      [VALUE_BINDING, 'form.cvc', 'form.cvc', null, false],
      ['disabled', '', '', null, false],
    ]);
    expect(others.map((element) => element.attributes.map(read))).toEqual([
      [[VALUE_BINDING, 'card.number', 'card.number', null, false]],
      [[VALUE_BINDING, 'value', 'value', null, false]],
      [['value', null, '', null, false]],
    ]);
  });

  it('names components and special elements as written', () => {
    const code = '<CardInput name="cvc" /><svelte:element this="input" name="cardNumber" />';
    const { ast } = svelteParser.parseForESLint(code, {});
    const [component, special] = (ast as unknown as { body: SvelteElementNode[] }).body;
    expect(svelteElement(component!, sourceCodeOf(code)).tag).toBe('cardinput');
    expect(svelteElement(special!, sourceCodeOf(code)).tag).toBe('svelte:element');
  });
});

/** The tags of an HTML text, linked to their parents as ESLint links them while it traverses (this parser sets no `parent`). */
function linkedHtmlTags(code: string): HtmlElementNode[] {
  const { ast } = htmlParser.parseForESLint(code, { templateEngineSyntax: HTML_TEMPLATE_SYNTAX as never });
  const tags: HtmlElementNode[] = [];
  const visit = (node: { type?: string; children?: unknown[] }): void => {
    if (node.type === 'Tag') tags.push(node as HtmlElementNode);
    for (const child of (node.children ?? []) as { parent?: unknown }[]) {
      child.parent = node;
      visit(child as never);
    }
  };
  for (const node of ast.body) visit(node as never);
  return tags;
}

describe('enclosingMarkupForm', () => {
  const describeForm = (found: ReturnType<typeof enclosingMarkupForm>): string[] | null =>
    found && found.elements().map((e) => `${e.tag}:${markupAttribute(e, 'name')?.value ?? ''}`);

  it("HTML: the nearest form around an element and every element inside it; outside every form, the page's elements outside its forms", () => {
    const code =
      '<form id="outer"><div><input name="number"><textarea name="note"></textarea></div><form id="inner"><input name="cvc"></form></form><div><input name="free"><span><input name="other"></span></div>';
    const inputs = linkedHtmlTags(code)
      .filter((t) => t.name === 'input')
      .map((t) => htmlElement(t));
    expect(inputs.map((input) => describeForm(enclosingMarkupForm(input, sourceCodeOf(code))))).toEqual([
      ['div:', 'input:number', 'textarea:note', 'form:', 'input:cvc'],
      ['input:cvc'],
      ['div:', 'input:free', 'span:', 'input:other'],
      ['div:', 'input:free', 'span:', 'input:other'],
    ]);
  });

  it('Vue and Svelte: the same through their parsers\' elements', () => {
    const vueCode = '<template><form><input name="cardNumber"><p><input name="cvc"></p></form></template>';
    const { ast } = vueParser.parseForESLint(vueCode, { ecmaVersion: 'latest', sourceType: 'module' });
    const form = (ast as unknown as { templateBody: { children: (VueElementNode & { children: (VueElementNode & { children: VueElementNode[] })[] })[] } }).templateBody.children[0]!;
    const nested = vueElement(form.children[1]!.children[0]!, sourceCodeOf(vueCode));
    expect(describeForm(enclosingMarkupForm(nested, sourceCodeOf(vueCode)))).toEqual(['input:cardNumber', 'p:', 'input:cvc']);

    const svelteCode = '<form><input name="cardNumber" />{#if ok}<input name="cvc" />{/if}</form>';
    const parsed = svelteParser.parseForESLint(svelteCode, {});
    const svelteForm = (parsed.ast as unknown as { body: (SvelteElementNode & { children: SvelteElementNode[] })[] }).body[0]!;
    const first = svelteElement(svelteForm.children[0]!, sourceCodeOf(svelteCode));
    expect(describeForm(enclosingMarkupForm(first, sourceCodeOf(svelteCode)))).toEqual(['input:cardNumber', 'input:cvc']);
  });
});

describe('enclosingMarkupGroup', () => {
  it('HTML: the smallest element around an input that holds another text entry, in a form or not; none for a lone input', () => {
    const code = '<div id="wallet"><p><input name="number"></p><p><label>PIN <input name="pin"></label></p></div><section><input name="alone"></section><section><div><input name="a"></div><textarea name="b"></textarea></section>';
    const inputs = linkedHtmlTags(code)
      .filter((t) => t.name === 'input')
      .map((t) => htmlElement(t));
    const names = (group: ReturnType<typeof enclosingMarkupGroup>): string[] | null => group && group.elements.map((e) => `${e.tag}:${markupAttribute(e, 'name')?.value ?? ''}`);
    expect(inputs.map((input) => names(enclosingMarkupGroup(input, sourceCodeOf(code))))).toEqual([
      ['p:', 'input:number', 'p:', 'label:', 'input:pin'],
      ['p:', 'input:number', 'p:', 'label:', 'input:pin'],
      null,
      ['div:', 'input:a', 'textarea:b'],
    ]);
  });

  it('gives the inputs of one group the same group, listed once', () => {
    const code = '<form><input name="cardNumber"><input name="pin"><input name="email"></form>';
    const sourceCode = sourceCodeOf(code);
    const [first, second, third] = linkedHtmlTags(code)
      .filter((t) => t.name === 'input')
      .map((t) => htmlElement(t));
    const group = enclosingMarkupGroup(first!, sourceCode);
    expect(group?.elements).toHaveLength(3);
    expect(enclosingMarkupGroup(second!, sourceCode)).toBe(group);
    expect(enclosingMarkupGroup(third!, sourceCode)).toBe(group);
  });
});

/** The `<input>` tags of an HTML document whose first node is linked up to the program, as ESLint links them. */
function linkedHtmlInputs(code: string): HtmlElementNode[] {
  const { ast } = htmlParser.parseForESLint(code, { templateEngineSyntax: HTML_TEMPLATE_SYNTAX as never });
  const inputs: HtmlElementNode[] = [];
  const link = (node: { type?: string; name?: string; children?: unknown[] }): void => {
    if (node.type === 'Tag' && node.name === 'input') inputs.push(node as HtmlElementNode);
    for (const child of (node.children ?? []) as { parent?: unknown }[]) {
      child.parent = node;
      link(child as never);
    }
  };
  const program = ast as unknown as { body: { parent?: unknown }[] };
  program.body[0]!.parent = program;
  link(program.body[0] as never);
  return inputs;
}

describe('markupLabelTexts', () => {
  it('the text of the label around an element and of each label for its id (HTML, Vue, Svelte)', () => {
    const htmlCode = '<form><label for="g">Gift <b>card</b> number</label><p><input id="g"></p><label>Loyalty card <input></label></form><label for="g">again</label>';
    const inputs = linkedHtmlInputs(htmlCode);
    expect(inputs.map((input) => markupLabelTexts(htmlElement(input), sourceCodeOf(htmlCode)))).toEqual([['Gift card number', 'again'], ['Loyalty card']]);

    const vueCode = '<template><div><label for="c">Card number</label><input id="c"></div></template>';
    const vue = vueParser.parseForESLint(vueCode, { ecmaVersion: 'latest', sourceType: 'module' });
    const div = (vue.ast as unknown as { templateBody: { children: (VueElementNode & { children: VueElementNode[] })[] } }).templateBody.children[0]!;
    expect(markupLabelTexts(vueElement(div.children[1]!, sourceCodeOf(vueCode)), sourceCodeOf(vueCode))).toEqual(['Card number']);

    const svelteCode = '<label for="c">Gift card</label>\n<input id="c" />';
    const svelte = svelteParser.parseForESLint(svelteCode, {});
    const input = (svelte.ast as unknown as { body: SvelteElementNode[] }).body.find((node) => node.type === 'SvelteElement' && svelteCode.slice(node.range[0], node.range[0] + 6) === '<input')!;
    expect(markupLabelTexts(svelteElement(input, sourceCodeOf(svelteCode)), sourceCodeOf(svelteCode))).toEqual(['Gift card']);
  });

  it("a Svelte label whose `for` reads the same variable as the input's `id`: a prop, an each block's item, a template of them", () => {
    const out: string[] = [];
    runWithRule(
      [
        '<script lang="ts">',
        "  export let id = 'card';",
        '  let { other } = $props();',
        '  let fields = [];',
        '</script>',
        '<label for={id}>Card number</label>',
        '<input {id} />',
        '<label for="{id}-cvc">Security code</label>',
        '<input id="{id}-cvc" />',
        '{#each fields as field}',
        '  <label for={field.id}>Expiry</label>',
        '  <input id={field.id} />',
        '{/each}',
        '{#each fields as field}<label for={field.id}>Name on card</label>{/each}',
        '{#each fields as field}<input id={field.id} />{/each}',
        '<label for={other}>CVC</label>',
        '<input id={other + ""} />',
        '<label for={crypto.randomUUID()}>PIN</label>',
        '<input id={crypto.randomUUID()} />',
      ].join('\n'),
      (context) => ({
        SvelteElement(node: SvelteElementNode) {
          const element = svelteElement(node, context.sourceCode as never);
          if (element.tag === 'input') out.push(markupLabelTexts(element, context.sourceCode as never).join(' | '));
        },
      }) as never,
      { parser: 'svelte' },
    );
    // The two each blocks' `field`s are two variables; an operator and a call are not followed.
    expect(out).toEqual(['Card number', 'Security code', 'Expiry', '', '', '']);
  });

  it('where no label names or holds it, the caption written right before it (real-world batch 202)', () => {
    const htmlCode = [
      '<form>',
      "<div class='info'>Credit or debit <b>card number</b>*&nbsp;</div> <input id='namec' type='number'>",
      "<div id='sec'>Security code* <input id='cvv'></div>",
      '<p>We never keep your card. Enter it here:</p> <input>',
      '<h3>Card number</h3> <input>',
      '<div class="info">Card number</div> <label for="named">Name on card</label> <input id="named">',
      '<label>Card number <input name="x"></label>',
      '</form>',
    ].join('\n');
    const inputs = linkedHtmlInputs(htmlCode);
    // A sentence and a heading caption nothing; a label's own text is the label's.
    expect(inputs.map((input) => markupLabelTexts(htmlElement(input), sourceCodeOf(htmlCode)))).toEqual([
      ['Credit or debit card number *'],
      ['Security code*'],
      [],
      [],
      ['Name on card'],
      ['Card number'],
    ]);
  });

  it('leaves out a Razor expression that prints a member’s value, not a call that may look a label up (real-world batch 217)', () => {
    const htmlCode = [
      '<form>',
      '<div>@Model.CardNumber</div> <input id="a">',
      '<div>Card @item?.Order.Number (masked)</div> <input id="b">',
      '<label for="c">@T("Payment.CardNumber")</label> <input id="c">',
      '<label for="d">@Model.Labels.CardCode</label> <input id="d">',
      '<div>billing@example.com</div> <input id="e">',
      '</form>',
    ].join('\n');
    const inputs = linkedHtmlInputs(htmlCode);
    expect(inputs.map((input) => markupLabelTexts(htmlElement(input), sourceCodeOf(htmlCode)))).toEqual([
      [],
      ['Card (masked)'],
      ['@T("Payment.CardNumber")'],
      // (a label whose text is all code: empty, which names nothing)
      [''],
      ['billing@example.com'],
    ]);
  });
});
