import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  cookedOffsets,
  angularTemplateOf,
  componentTemplateOf,
  HTML_TAG_MODULES,
  htmlOfAssignment,
  htmlOfCall,
  htmlStringElements,
  jqueryCreation,
  mayImportHtmlTag,
  scriptRunningHtmlOf,
  taggedHtmlTemplateOf,
  type HtmlStringNode,
} from '../../src/analysis/html-strings.js';
import { runWithRule } from './helpers.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Every HTML string the sinks of `code` render, as `tag name=value…` per element (`?` for unknown names, values). */
function rendered(code: string, filename = 'page.ts'): string[][] {
  const out: string[][] = [];
  const add = (html: HtmlStringNode | null, sourceCode: SourceCode): void => {
    if (html === null) return;
    out.push(
      htmlStringElements(html, sourceCode).map(
        (element) => `${element.tag}${element.attributes.map((a) => ` ${a.name ?? '?'}=${a.value ?? `?${a.prefix}`}`).join('')}`,
      ),
    );
  };
  runWithRule(
    code,
    (context) => ({
      AssignmentExpression: (node: TSESTree.AssignmentExpression) => add(htmlOfAssignment(node, context.sourceCode), context.sourceCode),
      CallExpression: (node: TSESTree.CallExpression) => add(htmlOfCall(node, context.sourceCode), context.sourceCode),
      Decorator: (node: TSESTree.Decorator) => add(angularTemplateOf(node, context.sourceCode), context.sourceCode),
      Property: (node: TSESTree.Property) => add(componentTemplateOf(node, context.sourceCode), context.sourceCode),
    }),
    { filename },
  );
  return out;
}

describe('HTML string sinks', () => {
  it('innerHTML / outerHTML (= and +=), insertAdjacentHTML, through consts', () => {
    expect(
      rendered(`
        const form = '<input name="card_number">';
        el.innerHTML = '<p>Pay</p>';
        el.innerHTML += form;
        el.outerHTML = \`<textarea id="notes"></textarea>\`;
        el.insertAdjacentHTML('beforeend', '<input id=cvc>');
      `),
    ).toEqual([['p'], ['input name=card_number'], ['textarea id=notes'], ['input id=cvc']]);
  });

  it("a concatenation: its strings in order, each other operand a hole, as a template's \${…} (real-world batch 297)", () => {
    expect(
      rendered(`
        el.innerHTML = '<input name="' + field + '">';
        el.innerHTML = '<div class="row">' + '<input type="text" name="card_number" ' + 'id="' + id + '">' + '</div>';
        const row = '<label>CVC</label>' + \`<input name="cvc" value="\${value}">\`;
        el.innerHTML += row;
        el.innerHTML = '<input name="cc_' + field;
        el.innerHTML = attributes + ' name="cvc">';
        el.innerHTML = 1 + 2 + '<input id="amount">';
        el.innerHTML = label + count;
      `),
    ).toEqual([
      ['input name=?'],
      ['div class=row', 'input type=text name=card_number id=?'],
      ['label', 'input name=cvc value=?'],
      ['input name=?cc_'],
      [],
      ['input id=amount'],
    ]);
  });

  it("AngularJS's and Vue 2's inline templates: a component's, a directive's definition, Vue.extend and new Vue (real-world batch 297)", () => {
    expect(
      rendered(
        `
        angular.module('shop').component('cardForm', {
          template: '<form>' + '<input name="card_number">' + '</form>',
          controller: CardFormController,
        });
        angular.module('shop').directive('cvcField', function () {
          return { restrict: 'E', template: '<input type="text" id="cvc" maxlength="4">' };
        });
        angular.module('shop').directive('expiryField', ['$timeout', ($timeout) => ({ template: '<input name="exp">' })]);
        Vue.component('pay-form', { template: \`<input name="cc-number">\` });
        const Base = Vue.extend({ template: '<textarea id="notes"></textarea>' });
        new Vue({ el: '#app', template: '<input id="cardholder">' });
      `,
        'app.js',
      ),
    ).toEqual([['form', 'input name=card_number'], ['input type=text id=cvc maxlength=4'], ['input name=exp'], ['input name=cc-number'], ['textarea id=notes'], ['input id=cardholder']]);
  });

  it('not a template elsewhere: a mail, a config, a computed key, a function declaration, a call of another method', () => {
    expect(
      rendered(
        `
        mailer.send({ to, template: '<p>Your card <input name="card_number"></p>' });
        const config = { template: '<input name="cvc">' };
        app.component(name, { template: '<input name="cvc">' });
        angular.module('shop').component('x', { ['template']: '<input name="cvc">' });
        function directive() { return { template: '<input name="cvc">' }; }
        angular.module('shop').factory('cards', function () { return { template: '<input name="cvc">' }; });
      `,
        'app.js',
      ),
    ).toEqual([]);
  });

  it("an input's labels in the string: by its id's for, or around it; a for with a hole names none (probe 302)", () => {
    const labels: Array<readonly string[] | undefined> = [];
    runWithRule(
      `el.innerHTML = '<label for="gc">Gift <b>card</b> number</label><input id="gc" name="card_number">' +
        '<LABEL>Library card <input name="n2"></LABEL><label for="' + id + '">Discount card</label><input id="x" name="n3">' +
        '<textarea id="gc"></textarea><p>no label</p>';`,
      (context) => ({
        AssignmentExpression: (node: TSESTree.AssignmentExpression) => {
          const html = htmlOfAssignment(node, context.sourceCode);
          if (html) for (const element of htmlStringElements(html, context.sourceCode)) if (element.tag !== 'label' && element.tag !== 'b' && element.tag !== 'p') labels.push(element.labels);
        },
      }),
    );
    expect(labels).toEqual([['Gift card number'], ['Library card'], [], ['Gift card number']]);
  });

  it('a label without for written right before an input labels it; not one that holds a field, nor one with text between (real-world batch 330)', () => {
    const labels: Array<readonly string[] | undefined> = [];
    runWithRule(
      `el.innerHTML = \`<div><label>Card Number</label>
          <input type="text" maxlength="19"></div>
        <label>CVC <input name="inner"></label> <input name="after">
        <label>Expiry</label> (MM/YY) <input name="exp">
        <label for="note">Note</label><input name="other">\`;`,
      (context) => ({
        AssignmentExpression: (node: TSESTree.AssignmentExpression) => {
          const html = htmlOfAssignment(node, context.sourceCode);
          if (html) for (const element of htmlStringElements(html, context.sourceCode)) if (element.tag === 'input') labels.push(element.labels);
        },
      }),
    );
    expect(labels).toEqual([['Card Number'], ['CVC'], [], [], []]);
  });

  it('a long concatenation (generated code) is read in a loop', () => {
    const parts = Array.from({ length: 600 }, (_, i) => `'<p id="p${i}">'`);
    const [elements] = rendered(`el.innerHTML = '<input name="cvc">' + ${parts.join(' + ')};`);
    expect(elements?.[0]).toBe('input name=cvc');
    expect(elements?.length).toBe(601);
  });

  it('not a sink: other members, document.write, tagged templates, unknown values', () => {
    expect(
      rendered(`
        el.textContent = '<input name="cvc">';
        el['innerHTML'] = html;
        el.innerHTML = html\`<input name="cvc">\`;
        el.innerHTML = markup;
        file.write('<input name="cvc">');
        document.write('<input name="cvc">');
        el.insertAdjacentHTML('<input name="cvc">');
        stream.insertAdjacent('<input name="cvc">');
      `),
    ).toEqual([]);
  });

  it('HTML written so that its scripts run: document.write / writeln and jQuery insertion on $(…), jQuery(…), window.$(…)', () => {
    const written: string[][] = [];
    runWithRule(
      `
        const v2 = '<script src="https://js.stripe.com/v2/"></script>';
        document.write(v2);
        window.document.writeln('<script src="/pay.js"></script>');
        $('head').append('<script src="a.js"></script>');
        jQuery(document.body).prepend('<p>x</p>');
        window.$('#slot').html('<b>y</b>');
        el.innerHTML = '<script src="b.js"></script>';
        el.append('<script src="c.js"></script>');
        other('head').append('<script src="d.js"></script>');
        $.append('<script src="e.js"></script>');
        document.write(markup);
      `,
      (context) => ({
        CallExpression: (node: TSESTree.CallExpression) => {
          const html = scriptRunningHtmlOf(node, context.sourceCode);
          if (html) written.push(htmlStringElements(html, context.sourceCode).map((element) => element.tag));
        },
      }),
      { filename: 'legacy.js' },
    );
    expect(written).toEqual([['script'], ['script'], ['script'], ['p'], ['b']]);
  });

  it("an Angular component's inline template: Component from @angular/core only", () => {
    expect(
      rendered(`
        import { Component } from '@angular/core';
        import * as core from '@angular/core';
        import { Component as Other } from './decorators';
        @Component({ selector: 'app-pay', template: \`<input formControlName="cvc">\` }) export class Pay {}
        @core.Component({ template: '<input name="zip">' }) export class Zip {}
        @Other({ template: '<input name="cvc">' }) export class NotAngular {}
        @Component({ selector: 'app-x', templateUrl: './x.html' }) export class External {}
      `),
    ).toEqual([['input formcontrolname=cvc'], ['input name=zip']]);
  });
});

describe('jqueryCreation', () => {
  /** For every call jQuery's factory is given markup in: the markup's source text, and its single tag or `-`. */
  function created(code: string): string[] {
    const out: string[] = [];
    runWithRule(code, (context) => ({
      CallExpression(node: TSESTree.CallExpression) {
        const found = jqueryCreation(node, context.sourceCode);
        if (found) out.push(`${context.sourceCode.getText(found.html)} ${found.singleTag ?? '-'}`);
      },
    }));
    return out;
  }

  it('markup given to $, jQuery or window.$ (white space before the tag too, through consts); single tags told apart', () => {
    expect(
      created(`
        const field = '<input type="tel" name="cvc">';
        $('<input>', { name: 'cvc' });
        jQuery('<INPUT />');
        window.$('  <textarea></textarea>');
        $(field);
        $(\`<input name="\${name}">\`);
        $('<input>   ');
      `),
    ).toEqual([`'<input>' input`, `'<INPUT />' input`, `'  <textarea></textarea>' textarea`, `'<input type="tel" name="cvc">' -`, '`<input name="${name}">` -', `'<input>   ' input`]);
  });

  it('selectors, other functions, unknown values: none', () => {
    expect(created(`$('#pay'); $('input[name="cvc"]'); $(html); _('<input>'); el.$('<input>'); $(); $(...args); document.querySelector('<input>');`)).toEqual([]);
  });
});

describe('cookedOffsets', () => {
  it('places each character of a value at its source offset, escaped ones at their escape (real-world batch DQ)', () => {
    const at = (raw: string, cooked: string): (number | null)[] => cookedOffsets(raw, cooked);
    expect(at('ab', 'ab')).toEqual([0, 1]);
    expect(at(String.raw`[\\d ]*x`, '[\\d ]*x')).toEqual([0, 1, 3, 4, 5, 6, 7]);
    expect(at(String.raw`a\nb`, 'a\nb')).toEqual([0, 1, 3]);
    expect(at(String.raw`\x41\u0042\u{43}d`, 'ABCd')).toEqual([0, 4, 10, 16]);
    expect(at(String.raw`\u{1F600}!`, '\u{1F600}!')).toEqual([0, 0, 9]);
    expect(at('a\\\nb', 'ab')).toEqual([0, 3]);
    expect(at(String.raw`\101\0x`, 'A\0x')).toEqual([0, 4, 6]);
    expect(at('a\r\nb', 'a\nb')).toEqual([0, 2, 3]);
    // a value that is not the text's: placed up to where they part
    expect(at('abc', 'abd')).toEqual([0, 1, null]);
  });
});

describe('htmlStringElements', () => {
  it('attributes: quoted, unquoted, bare, self-closing; Angular bindings; comments skipped', () => {
    expect(
      rendered(`el.innerHTML = \`
        <!-- <input name="old_cvc"> -->
        <form action="/pay" novalidate>
          <input type="text" name=cardNumber placeholder='1234 1234 1234 1234' required/>
          <input [(ngModel)]="card.cvc" (input)="check()" #cvc>
          <INPUT Name="Exp">
        </form>\`;`),
    ).toEqual([
      [
        'form action=/pay novalidate=',
        'input type=text name=cardNumber placeholder=1234 1234 1234 1234 required=',
        'input [(ngmodel)]=card.cvc (input)=check() #cvc=',
        'input name=Exp',
      ],
    ]);
  });

  it('holes: an unknown attribute, an unknown value with its prefix, an unknown tag', () => {
    expect(rendered('el.innerHTML = `<input ${attrs} name="cvc"><input name="card_${kind}" id=x${n}><in${t}put name="cvc"><input${rest}>`;')).toEqual([
      ['input ?=? name=cvc', 'input name=?card_ id=?x'],
    ]);
  });

  it('never loops or throws on broken markup', () => {
    for (const markup of ['<', '<input', '<input name="cvc', "<input ='x' \"y\" =>", '<!--', '<<input name=a>>', '<input/ name=a>', '<-input>']) {
      expect(() => rendered(`el.innerHTML = ${JSON.stringify(markup)};`)).not.toThrow();
    }
    expect(rendered(`el.innerHTML = "<input name='cvc";`)).toEqual([['input name=cvc']]);
  });

  it('positions: exact, an escaped character at its escape (real-world batch DQ: a Lit template after a `pattern`)', () => {
    const ranges: [string, string][] = [];
    const code = `el.innerHTML = '<input name="cvc">';\nel.innerHTML = "<input name=\\"cvc\\">";\nel.innerHTML = \`\n  <input id="pan" \${x}>\`;`;
    runWithRule(
      code,
      (context) => ({
        AssignmentExpression(node: TSESTree.AssignmentExpression) {
          const html = htmlOfAssignment(node, context.sourceCode);
          if (!html) return;
          for (const element of htmlStringElements(html, context.sourceCode)) {
            const attribute = element.attributes[0]!;
            ranges.push([code.slice(...attribute.node.range), code.slice(...attribute.valueNode.range)]);
          }
        },
      }),
      { filename: 'page.ts' },
    );
    expect(ranges).toEqual([
      ['name="cvc"', 'cvc'],
      ['name=\\"cvc\\"', 'cvc'],
      ['id="pan"', 'pan'],
    ]);
  });
});

describe('taggedHtmlTemplateOf', () => {
  const templates = (code: string): string[] => {
    const out: string[] = [];
    runWithRule(code, (context) => ({
      TaggedTemplateExpression(node: TSESTree.TaggedTemplateExpression) {
        const html = taggedHtmlTemplateOf(node, context.sourceCode);
        if (html) out.push(context.sourceCode.getText(html));
      },
    }));
    return out;
  };

  it('reads html`…` of lit, lit-html, lit-element and htm, under any local name; not other tags', () => {
    expect(
      templates(`
        import { html } from 'lit';
        import { html as litHtml } from 'lit-html';
        import * as le from 'lit-element';
        import { html as h } from 'htm/preact';
        import { html as indent } from 'common-tags';
        import { css } from 'lit';
        html\`<input name="a">\`; litHtml\`<input name="b">\`; le.html\`<input name="c">\`; h\`<input name="d">\`;
        indent\`<input name="e">\`; css\`input { }\`; html2\`<input name="f">\`;
      `),
    ).toEqual(['`<input name="a">`', '`<input name="b">`', '`<input name="c">`', '`<input name="d">`']);
  });

  it('every module whose html tag is read spells the file gate', () => {
    for (const module of HTML_TAG_MODULES) expect(mayImportHtmlTag(`import { html } from '${module}';`), module).toBe(true);
  });
});

