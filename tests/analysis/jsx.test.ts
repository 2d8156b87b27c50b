import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  enclosingJsxElement,
  jsxLabelTexts,
  fullCardDetailsElement,
  fullCardDetailsKey,
  importedComponentName,
  isFullCardDetailsParameter,
  jsxFieldGroup,
  jsxNativeCaption,
  jsxAttributeName,
  jsxAttributeValue,
  jsxElementName,
  jsxElementsWithin,
  rendersWithReact,
  styledTarget,
  forwardingInputComponent,
} from '../../src/analysis/jsx.js';
import { runWithRule } from './helpers.js';

describe('jsx names and values', () => {
  it('element names, attribute names and value expressions as written', () => {
    const out: string[] = [];
    runWithRule(
      `const x = <>
        <input name="cvc" autoComplete={'cc-csc'} disabled data-stripe={\`number\`} value={/* empty */ x} />
        <Form.Control aria-label="Card number" />
        <svg:path xlink:href="#a" />
      </>;`,
      (context) => ({
        JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
          out.push(`<${jsxElementName(node.name)}>`);
        },
        JSXAttribute(node: TSESTree.JSXAttribute) {
          const value = jsxAttributeValue(node);
          out.push(`${jsxAttributeName(node)}=${value ? context.sourceCode.getText(value) : 'null'}`);
        },
      }),
      { parser: 'espree' },
    );
    expect(out).toEqual([
      '<input>',
      'name="cvc"',
      "autoComplete='cc-csc'",
      'disabled=null',
      'data-stripe=`number`',
      'value=x',
      '<Form.Control>',
      'aria-label="Card number"',
      '<svg:path>',
      'xlink:href="#a"',
    ]);
  });
});

describe('importedComponentName', () => {
  it("a component's name as its module exports it: aliases, namespaces, a default import of a component's module; null as written or unknown", () => {
    const out: Array<string | null> = [];
    runWithRule(
      `import * as M from '@mui/material';
      import { TextField as MuiTextField, Select } from '@mui/material';
      import CardField from '@mui/material/TextField';
      import api from './api';
      import { Form as BootstrapForm } from 'react-bootstrap';
      const Local = () => null;
      const x = <>
        <M.TextField /><MuiTextField /><CardField /><BootstrapForm.Control /><Select /><Local /><Unbound.Input /><input /><api.Field />
      </>;
      const y = { as: MuiTextField, other: M.Input };`,
      (context) => ({
        JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
          out.push(importedComponentName(node.name, context.sourceCode));
        },
        Property(node: TSESTree.Property) {
          if (node.value.type === 'Identifier' || node.value.type === 'MemberExpression') out.push(importedComponentName(node.value, context.sourceCode));
        },
      }),
    );
    expect(out).toEqual(['TextField', 'TextField', 'TextField', 'Form.Control', null, null, null, null, null, 'TextField', 'Input']);
  });
});

describe('JSX nesting', () => {
  it('elements within a form through fragments, containers, && and ?:, but not through callbacks', () => {
    const out: string[] = [];
    runWithRule(
      `const x = (
        <form id="pay">
          <label>Card <input name="n" /></label>
          <>{show && <input name="c" />}</>
          {mode ? <input name="a" /> : <select name="b" />}
          {fields.map((f) => <input name={f} />)}
          <Child />
        </form>
      );
      const y = <div><input name="outside" /></div>;`,
      (context) => ({
        JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
          const element = node.parent as TSESTree.JSXElement;
          if (jsxElementName(node.name) === 'form') {
            out.push(`within: ${jsxElementsWithin(element).map((e) => jsxElementName(e.openingElement.name)).join(' ')}`);
          } else {
            const form = enclosingJsxElement(element, 'form');
            out.push(`${context.sourceCode.getText(node)} in form: ${form !== null}`);
          }
        },
      }),
    );
    expect(out).toEqual([
      'within: label input input input select Child',
      '<label> in form: true',
      '<input name="n" /> in form: true',
      '<input name="c" /> in form: true',
      '<input name="a" /> in form: true',
      '<select name="b" /> in form: true',
      '<input name={f} /> in form: false',
      '<Child /> in form: true',
      '<div> in form: false',
      '<input name="outside" /> in form: false',
    ]);
  });
});

describe('enclosingJsxElement with a name test', () => {
  it('the nearest element whose name the test accepts, through JSX nesting only', () => {
    const out: string[] = [];
    runWithRule(
      `const x = (
        <Formik.Form id="outer">
          <Form.Item><input name="a" /></Form.Item>
          <PaymentForm id="inner">{ok && <input name="b" />}</PaymentForm>
        </Formik.Form>
      );`,
      () => ({
        JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
          if (jsxElementName(node.name) !== 'input') return;
          const form = enclosingJsxElement(node.parent, (name) => /(?:^|[.a-z])Form$/.test(name));
          out.push(form ? jsxElementName(form.openingElement.name) : 'none');
        },
      }),
    );
    expect(out).toEqual(['Formik.Form', 'PaymentForm']);
  });
});

describe('jsxLabelTexts', () => {
  it('the text of a wrapping label and of each label for the input\'s id in the same JSX tree', () => {
    const out: string[] = [];
    runWithRule(
      `const page = (
        <div>
          <label htmlFor="card_no">Gift <b>card</b> number</label>
          <p><input id="card_no" /></p>
          <label>Loyalty card <input name="loyalty" /></label>
          <label for="other">Card number</label>
          <input id="other" />
          <input id={dynamicId} />
        </div>
      );
      const elsewhere = <label htmlFor="card_no">Not this tree</label>;`,
      (context) => ({
        JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
          if (jsxElementName(node.name) === 'input') out.push(jsxLabelTexts(node.parent as TSESTree.JSXElement, context.sourceCode).join(' | '));
        },
      }),
    );
    expect(out).toEqual(['Gift card number', 'Loyalty card', 'Card number', '']);
  });

  it("a label for the input's id written with the same binding: `useId()`'s id, a template of it, a prop's member", () => {
    const out: string[] = [];
    runWithRule(
      `function CardFields({ field, name }: Props) {
        const id = useId();
        let moving = 'a';
        moving = 'b';
        return (
          <fieldset>
            <label htmlFor={id}>Card number</label>
            <input id={id} />
            <label htmlFor={\`\${id}-cvc\`}>CVC</label>
            <input id={\`\${id}-cvc\`} />
            <label htmlFor={field.id}>Expiry</label>
            <input id={field.id} />
            <label htmlFor={'static'}>Name on card</label>
            <input id="static" />
            <label htmlFor={useId()}>Not the same call</label>
            <input id={useId()} />
            <label htmlFor={moving}>Reassigned</label>
            <input id={moving} />
            <label htmlFor={field[name]}>Computed</label>
            <input id={field[name]} />
            <label htmlFor={\`\${id}-zip\`}>Postal code</label>
            <input id={\`\${id}-cvc2\`} />
          </fieldset>
        );
      }`,
      (context) => ({
        JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
          if (jsxElementName(node.name) === 'input') out.push(jsxLabelTexts(node.parent as TSESTree.JSXElement, context.sourceCode).join(' | '));
        },
      }),
    );
    // (A label right before its input also counts as its label where it has no \`for\`; these all have one.)
    expect(out).toEqual(['Card number', 'CVC', 'Expiry', 'Name on card', '', '', '', '']);
  });

  it('where no label names or holds it, the caption written right before it: text, or a text-only div / p / span', () => {
    const out: string[] = [];
    runWithRule(
      `const page = (
        <div>
          <div className="info">Credit or debit <b>card number</b>*</div>
          <input />
          <p>Security code:</p> <input />
          Expires <input />
          <p>We never keep it. Type it here:</p>
          <input />
          <div><img src="visa.png" /> Card number</div>
          <input />
          <p>Card number</p>
          <label htmlFor="named">Name on card</label>
          <input id="named" />
          <label>Card number {hint} <input /></label>
        </div>
      );`,
      (context) => ({
        JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
          if (jsxElementName(node.name) === 'input') out.push(jsxLabelTexts(node.parent as TSESTree.JSXElement, context.sourceCode).join(' | '));
        },
      }),
    );
    // A sentence, an element with an image in it, and text inside a label (the label's own) caption nothing.
    expect(out).toEqual(['Credit or debit card number *', 'Security code:', 'Expires', '', '', 'Name on card', 'Card number']);
  });

  it("an input a render prop returns is labelled in the tree around the prop's element (real-world batch FF)", () => {
    const out: string[] = [];
    runWithRule(
      `const form = (
        <div>
          <label htmlFor="gc">Gift card number</label>
          <Controller name="cardNumber" render={({ field }) => <input id="gc" {...field} />} />
          <label htmlFor="pin">PIN</label>
          <Controller name="pin" render={({ field }) => {
            if (!field) return null;
            return <span><input id="pin" {...field} /></span>;
          }} />
          <Other onRender={() => <input id="nowhere" />} />
        </div>
      );`,
      (context) => ({
        JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
          if (jsxElementName(node.name) === 'input') out.push(jsxLabelTexts(node.parent as TSESTree.JSXElement, context.sourceCode).join(' | '));
        },
      }),
    );
    expect(out).toEqual(['Gift card number', 'PIN', '']);
  });

  it("a field group's label: shadcn/ui's FormItem and MUI's FormControl around one input (real-world batch FF)", () => {
    const out: string[] = [];
    runWithRule(
      `const form = (
        <div>
          <FormItem>
            <FormLabel>Membership card number</FormLabel>
            <FormControl><input {...field} /></FormControl>
            <FormMessage />
          </FormItem>
          <FormControl>
            <InputLabel>Gift card</InputLabel>
            <input />
            <FormHelperText>On the back</FormHelperText>
          </FormControl>
          <FormControl>
            <InputLabel>Card</InputLabel>
            <input name="a" />
            <input name="b" />
          </FormControl>
        </div>
      );`,
      (context) => ({
        JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
          if (jsxElementName(node.name) === 'input') out.push(jsxLabelTexts(node.parent as TSESTree.JSXElement, context.sourceCode).join(' | '));
        },
      }),
    );
    expect(out).toEqual(['Membership card number', 'Gift card', '', '']);
  });
});

describe('jsxFieldGroup', () => {
  it("React Bootstrap's Form.Group (labels and controlId), Mantine's Input.Wrapper (label prop), Chakra's hints beside the field", () => {
    const out: unknown[] = [];
    runWithRule(
      `const form = (
        <div>
          <Form.Group controlId="formCVC"><Form.Label>CVC</Form.Label><Form.Control /><Form.Text>3 digits</Form.Text></Form.Group>
          <Input.Wrapper label="Card number" description="16 digits"><TextInput /></Input.Wrapper>
          <FormControl><FormLabel>Expiry</FormLabel><Input /><FormErrorMessage>Required</FormErrorMessage></FormControl>
          <Form.Group controlId={id}><Form.Label>Name</Form.Label><Form.Control />{extra}</Form.Group>
          <Stack><Input /></Stack>
        </div>
      );`,
      (context) => ({
        JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
          if (['Form.Control', 'TextInput', 'Input'].includes(jsxElementName(node.name))) out.push(jsxFieldGroup(node.parent as TSESTree.JSXElement, context.sourceCode));
        },
      }),
    );
    expect(out).toEqual([
      { labels: ['CVC'], id: 'formCVC' },
      { labels: ['Card number'], id: null },
      { labels: ['Expiry'], id: null },
      null,
      null,
    ]);
  });

  it('a group imported under another name: an aliased React Bootstrap Form (regression probe 273)', () => {
    const out: unknown[] = [];
    runWithRule(
      `import { Form as BForm } from 'react-bootstrap';
      const form = <BForm.Group controlId="formCvc"><BForm.Label>CVC</BForm.Label><BForm.Control /></BForm.Group>;`,
      (context) => ({
        JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
          if (jsxElementName(node.name) === 'BForm.Control') out.push(jsxFieldGroup(node.parent as TSESTree.JSXElement, context.sourceCode));
        },
      }),
    );
    expect(out).toEqual([{ labels: ['CVC'], id: 'formCvc' }]);
  });

  it("an input group with add-ons only around the input (Chakra's InputGroup, regression probe 273); not one holding another field", () => {
    const out: unknown[] = [];
    runWithRule(
      `const form = (
        <div>
          <FormControl><FormLabel>Card number</FormLabel><InputGroup><InputLeftElement>💳</InputLeftElement><Input name="a" /></InputGroup></FormControl>
          <FormControl><FormLabel>Card number</FormLabel><InputGroup><Input name="b" /><Select /></InputGroup></FormControl>
        </div>
      );`,
      (context) => ({
        JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
          if (jsxElementName(node.name) === 'Input') out.push(jsxFieldGroup(node.parent as TSESTree.JSXElement, context.sourceCode));
        },
      }),
    );
    expect(out).toEqual([{ labels: ['Card number'], id: null }, null]);
  });
});

describe('jsxNativeCaption', () => {
  it("a react-native or React Native Paper Text holding a short text right before the input, or before a View holding only it; not an app's own Text or a sentence", () => {
    const out: Array<string | null> = [];
    runWithRule(
      `import { Text, TextInput, View } from 'react-native';
      import { Text as Own } from './Text';
      const screen = (
        <View>
          <Text>CARD NUMBER</Text>
          <TextInput />
          <Own>CVV</Own>
          <TextInput />
          <Text>Type the number printed on the back of your card, then tap the button.</Text>
          <TextInput />
          <TextInput />
          <Text>CVV</Text>
          <View style={{ borderWidth: 1 }}>
            <TextInput />
          </View>
          <Text>Expiry</Text>
          <View><TextInput /><TextInput /></View>
        </View>
      );`,
      (context) => ({
        JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
          if (jsxElementName(node.name) === 'TextInput') out.push(jsxNativeCaption(node.parent as TSESTree.JSXElement, context.sourceCode));
        },
      }),
    );
    expect(out).toEqual(['CARD NUMBER', null, null, null, 'CVV', null, null]);
  });
});

describe('Stripe React Native full card details (stripe-facts §1.6)', () => {
  it('CardField / CardForm with dangerouslyGetFullCardDetails on, and the details parameter of their callbacks', () => {
    const elements: string[] = [];
    const parameters: string[] = [];
    runWithRule(
      `import { CardField, CardForm as Form } from '@stripe/stripe-react-native';
      import { CardField as Other } from './other';
      const on = true;
      export const A = () => <>
        <CardField dangerouslyGetFullCardDetails onCardChange={(details) => use(details)} />
        <Form dangerouslyGetFullCardDetails={on} onFormComplete={function (card) { use(card); }} />
        <CardField dangerouslyGetFullCardDetails={false} onCardChange={(off) => use(off)} />
        <Other dangerouslyGetFullCardDetails onCardChange={(other) => use(other)} />
        <CardField dangerouslyGetFullCardDetails onFocus={(field) => use(field)} />
      </>;`,
      (context) => ({
        JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
          const found = fullCardDetailsElement(node, context.sourceCode);
          elements.push(found ? found.component : '-');
        },
        'CallExpression[callee.name="use"] > Identifier.arguments'(node: TSESTree.Identifier) {
          parameters.push(`${node.name}:${isFullCardDetailsParameter(node, context.sourceCode)}`);
        },
      }),
    );
    expect(elements).toEqual(['CardField', 'CardForm', '-', '-', 'CardField']);
    expect(parameters).toEqual(['details:true', 'card:true', 'off:false', 'other:false', 'field:false']);
  });

  it('the key of the details a name is taken out as in the parameter (real-world batch 234)', () => {
    const keys: string[] = [];
    runWithRule(
      `import { CardField } from '@stripe/stripe-react-native';
      export const A = () => <>
        <CardField dangerouslyGetFullCardDetails onCardChange={({ number, cvc: code, last4 = '' }) => use(number, code, last4)} />
        <CardField dangerouslyGetFullCardDetails onCardChange={({ complete }, other) => use(complete, other)} />
        <CardField onCardChange={({ number }) => use(number)} />
        <CardField dangerouslyGetFullCardDetails onCardChange={(details) => { const { number } = details; use(number); }} />
      </>;`,
      (context) => ({
        'CallExpression[callee.name="use"] > Identifier.arguments'(node: TSESTree.Identifier) {
          keys.push(`${node.name}:${fullCardDetailsKey(node, context.sourceCode) ?? '-'}`);
        },
      }),
    );
    // (A const destructured from the details in the body is read through the member it takes: not this key.)
    expect(keys).toEqual(['number:number', 'code:cvc', 'last4:last4', 'complete:complete', 'other:-', 'number:-', 'number:-']);
  });
});

describe('styledTarget', () => {
  it('reads what a styled component renders, for the CSS-in-JS packages only', () => {
    const out: string[] = [];
    runWithRule(
      `
        import styled from 'styled-components';
        import emotion from '@emotion/styled';
        import { styled as mui } from '@mui/material/styles';
        import tw from 'twin.macro';
        import { styled as local } from './styled';
        import { Input } from './ui';
        const A = styled.input\`border: 0;\`;
        const B = styled.input.attrs({ type: 'text' })\`padding: 0;\`;
        const C = emotion.textarea({ resize: 'none' });
        const D = mui('input')({ width: 40 });
        const E = styled(Input).attrs(() => ({}))\`width: 4rem;\`;
        const F = tw.input\`border\`;
        const G = local.input\`border: 0;\`;
        let H = styled.input\`border: 0;\`;
        const I = styled.button\`border: 0;\`;
        const J = styled(A)\`color: red;\`;
        const K = styled.input;
        export const all = <>{[<A />, <B />, <C />, <D />, <E />, <F />, <G />, <H />, <I />, <J />, <K />]}</>;
      `,
      (context) => ({
        JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
          if (node.name.type !== 'JSXIdentifier') return;
          const target = styledTarget(node.name, context.sourceCode);
          out.push(`${node.name.name}:${target === null ? '-' : target.kind === 'intrinsic' ? target.tag : `<${target.node.name}>`}${target?.attrs.length ? `+${target.attrs.length}` : ''}`);
        },
      }),
    );
    // B's static attrs are kept; E's are a function's, not read
    expect(out).toEqual(['A:input', 'B:input+1', 'C:textarea', 'D:input', 'E:<Input>', 'F:input', 'G:-', 'H:-', 'I:button', 'J:<A>', 'K:-']);
  });
});

describe('rendersWithReact', () => {
  const renders = (code: string): boolean => {
    let out: boolean | null = null;
    runWithRule(code, (context) => ({ Program() { out = rendersWithReact(context.sourceCode); } }), { parser: 'espree' });
    return out!;
  };

  it('says React where the file imports React, a renderer or a UI kit only React renders', () => {
    expect(
      [
        `import { useState } from 'react';`,
        `import TextField from '@mui/material/TextField';`,
        `import { TextInput } from 'react-native';`,
        `import Link from 'next/link';`,
        `/** @jsxImportSource @emotion/react */\nimport { Button } from 'antd';`,
      ].map(renders),
    ).toEqual([true, true, true, true, true]);
  });

  it('says nothing where no import names React, or another JSX runtime renders the file', () => {
    expect(
      [
        `export const Pay = () => <input name="cvc" value="" />;`,
        `import { useState } from 'preact/hooks';\nimport { forwardRef } from 'react';`,
        `/** @jsxImportSource preact */\nimport { useState } from 'react';`,
        `import { createSignal } from 'solid-js';\nimport clsx from 'clsx';`,
        `const React = require('react');`,
      ].map(renders),
    ).toEqual([false, false, false, false, false]);
  });
});

describe('forwardingInputComponent', () => {
  it('a component of the file around one native input: the props it hands the input, all where it spreads them (real-world batch 337); not one it makes hidden or read-only', () => {
    const out: string[] = [];
    runWithRule(
      `import { forwardRef, memo } from 'react';
      function A(props) { return <input name={props.name} autoComplete={props.autoComplete} aria-label={props.label} />; }
      const B = ({ name, autoComplete: ac, ...rest }) => <textarea name={name} autoComplete={ac} {...rest} />;
      const C = forwardRef(function C(props, ref) { return <input ref={ref} {...props} />; });
      const D = memo(({ name }) => <input name={name} />);
      function E({ label, ...rest }) { return <label>{label}<input {...rest} /></label>; }
      function F(props) { if (props.multi) return <textarea {...props} />; return <input {...props} />; }
      const G = (props) => <input name={props.field} />;
      let H = (props) => <input {...props} />;
      const I = (props) => <input {...props} type="hidden" />;
      const J = ({ value, ...rest }) => <input value={value} readOnly {...rest} />;
      const x = <><A /><B /><C /><D /><E /><F /><G /><H /><I /><J /><input /><Missing /></>;`,
      (context) => ({
        JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
          if (node.name.type !== 'JSXIdentifier' || node.parent.parent?.type !== 'JSXFragment') return;
          const found = forwardingInputComponent(node.name, context.sourceCode);
          out.push(`${node.name.name}: ${found ? `${found.tag} ${found.forwarded === 'all' ? 'all' : [...found.forwarded].join(',')}` : '-'}`);
        },
      }),
    );
    expect(out).toEqual(['A: input name,autoComplete', 'B: textarea all', 'C: input all', 'D: input name', 'E: -', 'F: -', 'G: -', 'H: -', 'I: -', 'J: -', 'input: -', 'Missing: -']);
  });
});
