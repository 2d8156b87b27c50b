import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { razorInputFields, razorLabels, templateBuilder, templateInputField, templateLabel, templateScriptSources } from '../../src/analysis/view-helpers.js';

describe('templateScriptSources', () => {
  it("reads the source literals of Rails' javascript_include_tag in an output tag, with their offsets", () => {
    const tag = `<%= javascript_include_tag 'https://js.stripe.com/v2/', "application", 'data-turbo-track': 'reload', defer: "true" %>`;
    expect(templateScriptSources(tag)).toEqual([
      { text: 'https://js.stripe.com/v2/', start: tag.indexOf('https') },
      { text: 'application', start: tag.indexOf('application') },
    ]);
    expect(templateScriptSources(`<%== javascript_include_tag('a.js', 'b' => 'c.js') %>`)).toEqual([{ text: 'a.js', start: 29 }]);
  });

  it('skips other helpers, tags that print nothing, interpolated and escaped literals', () => {
    expect(templateScriptSources(`<%= stylesheet_link_tag 'https://js.stripe.com/v2/' %>`)).toEqual([]);
    expect(templateScriptSources(`<% javascript_include_tag 'https://js.stripe.com/v2/' %>`)).toEqual([]);
    expect(templateScriptSources(`<%= javascript_include_tag "https://js.stripe.com/#{v}/" %>`)).toEqual([]);
    expect(templateScriptSources(`<%= javascript_include_tag 'it\\'s.js' %>`)).toEqual([]);
    expect(templateScriptSources(`<%= javascript_include_tags 'x.js' %>`)).toEqual([]);
  });
});

describe('templateInputField', () => {
  /** `[name, value, the text that sets it]` of each rendered attribute. */
  const fieldOf = (tag: string) => {
    const field = templateInputField(tag);
    return field && { tag: field.tag, attributes: field.attributes.map((a) => [a.name, a.value, tag.slice(a.start, a.end)]) };
  };

  it("renders Rails' *_field_tag helpers: the field names the input, `name: nil` unnames it, data / aria hashes nest", () => {
    expect(fieldOf(`<%= text_field_tag :card_number, nil, name: nil, data: { stripe: 'number' }, placeholder: "Card number" %>`)).toEqual({
      tag: 'input',
      attributes: [
        ['id', 'card_number', 'card_number'],
        ['data-stripe', 'number', 'number'],
        ['placeholder', 'Card number', 'Card number'],
      ],
    });
    expect(fieldOf(`<%= telephone_field_tag('cvc', '', :class => 'form-control', 'aria-label' => 'CVC', :data => {:stripe => 'cvc'}) %>`)).toEqual({
      tag: 'input',
      attributes: [
        ['name', 'cvc', 'cvc'],
        ['id', 'cvc', 'cvc'],
        ['class', 'form-control', 'form-control'],
        ['aria-label', 'CVC', 'CVC'],
        ['data-stripe', 'cvc', 'cvc'],
      ],
    });
    expect(fieldOf(`<%= password_field_tag :card_code, nil, id: 'security',name:nil, autocomplete: 'off' %>`)).toEqual({
      tag: 'input',
      attributes: [
        ['id', 'security', 'security'],
        ['autocomplete', 'off', 'off'],
      ],
    });
  });

  it('reads options in braces, keys written as quoted symbols and JSON-style keys (real-world batch 341)', () => {
    expect(fieldOf(`<%= text_field_tag :card_number, nil, { :name => nil, :'data-stripe' => "number", class: "form-control" } %>`)?.attributes).toEqual([
      ['id', 'card_number', 'card_number'],
      ['data-stripe', 'number', 'number'],
      ['class', 'form-control', 'form-control'],
    ]);
    expect(fieldOf(`<%= f.text_field :cvc, { :"aria-label" => :'CVC', "data-stripe":"cvc" } %>`)?.attributes).toEqual([
      ['name', 'cvc', 'cvc'],
      ['id', 'cvc', 'cvc'],
      ['aria-label', 'CVC', 'CVC'],
      ['data-stripe', 'cvc', 'cvc'],
    ]);
    // An interpolated quoted symbol names no key it can be sure of; a hash in the value's place is the value.
    expect(fieldOf(`<%= text_field_tag :x, nil, :"data-#{kind}" => 'cvc' %>`)?.attributes.map(([name]) => name)).toEqual(['name', 'id']);
    expect(fieldOf(`<%= text_field_tag :x, { placeholder: 'CVC' } %>`)?.attributes.map(([name]) => name)).toEqual(['name', 'id']);
  });

  it('renders the form builder (f.text_field :cvc) and the old object form (text_field(:payment, :card_number))', () => {
    expect(fieldOf(`<%= f.text_field :cvc, placeholder: 'CVC', class: "input" %>`)?.attributes).toEqual([
      ['name', 'cvc', 'cvc'],
      ['id', 'cvc', 'cvc'],
      ['placeholder', 'CVC', 'CVC'],
      ['class', 'input', 'input'],
    ]);
    expect(fieldOf(`<%= text_field(:payment, :card_number, size: 20) %>`)?.attributes.slice(0, 2)).toEqual([
      ['name', 'card_number', 'card_number'],
      ['id', 'card_number', 'card_number'],
    ]);
    expect(fieldOf(`<%= form.text_area :notes %>`)?.tag).toBe('textarea');
  });

  it("renders simple_form's f.input and f.input_field: input_html holds the input's attributes, as: its type, label: its label", () => {
    const tag = `<%= cc.input :card_number, label: 'Card number', required: true, input_html: { autocomplete: 'cc-number', data: { stripe: 'number' } } %>`;
    expect(fieldOf(tag)).toEqual({
      tag: 'input',
      attributes: [
        ['name', 'card_number', 'card_number'],
        ['id', 'card_number', 'card_number'],
        ['autocomplete', 'cc-number', 'cc-number'],
        ['data-stripe', 'number', 'number'],
      ],
    });
    expect(templateInputField(tag)?.labelText).toBe('Card number');
    expect(templateInputField(tag)?.labelKey).toBe('cc.card_number');
    expect(fieldOf(`<%= f.input :cvv, as: :password, placeholder: 'CVV' %>`)?.attributes.map(([name]) => name)).toEqual(['name', 'id', 'placeholder']);
    expect(fieldOf(`<%= f.input :notes, as: :text %>`)?.tag).toBe('textarea');
    expect(fieldOf(`<%= f.input_field :cvc, class: 'cvc' %>`)?.attributes).toEqual([
      ['name', 'cvc', 'cvc'],
      ['id', 'cvc', 'cvc'],
      ['class', 'cvc', 'cvc'],
    ]);
    // No typing, or a type not written plainly: no field. Not a builder's method: no field.
    expect(fieldOf(`<%= f.input :card_number, as: :hidden %>`)).toBeNull();
    expect(fieldOf(`<%= f.input :card_type, as: :select, collection: types %>`)).toBeNull();
    expect(fieldOf(`<%= f.input :card_number, as: kind %>`)).toBeNull();
    // Options from a method (a select of the customer's saved cards, real-world batch HI) or a splat: type unknown.
    expect(fieldOf(`<%= f.input :credit_card, options_for_credit_card_select(@customer) %>`)).toBeNull();
    expect(fieldOf(`<%= f.input :cvv, **cvv_options %>`)).toBeNull();
    expect(fieldOf(`<%= f.text_field :cvv, cvv_options %>`)?.attributes.map(([name]) => name)).toEqual(['name', 'id']);
    expect(fieldOf(`<%= input :card_number %>`)).toBeNull();
    expect(fieldOf(`<%= input_tag :card_number %>`)).toBeNull();
  });

  it('a value is known when it is one literal: a string, a symbol or a number, not an expression that starts with one', () => {
    expect(fieldOf(`<%= number_field_tag :card_number, nil, max: 52, placeholder: 'Card ' + n, class: :wide, id: 'x'.upcase %>`)?.attributes).toEqual([
      ['name', 'card_number', 'card_number'],
      ['id', null, 'x'],
      ['max', '52', '52'],
      ['placeholder', null, 'Card '],
      ['class', 'wide', 'wide'],
    ]);
  });

  it('reads hashes nested ten thousand deep without overflowing the stack', () => {
    const deep = `<%= f.text_field :cvc, ${'a: { '.repeat(10_000)}${'} '.repeat(10_000)}, placeholder: 'CVC' %>`;
    expect(fieldOf(deep)?.attributes.map(([name]) => name)).toEqual(['name', 'id', 'a', 'placeholder']);
  });

  it('reads options with a stray closing bracket and ends (it looped forever: the forty-ninth session\'s markup fuzzing)', () => {
    expect(fieldOf(`<%= text_field_tag :x, nil, ] %>`)?.attributes.map(([name]) => name)).toEqual(['name', 'id']);
    expect(fieldOf(`<%= f.text_field :cvc, ], placeholder: 'CVC' %>`)?.attributes.map(([name]) => name)).toEqual(['name', 'id', 'placeholder']);
  });

  it('unknown values stay unknown: variables, interpolation, method calls', () => {
    expect(fieldOf(`<%= text_field_tag field_name, nil, placeholder: "#{label}", data: opts %>`)).toEqual({
      tag: 'input',
      attributes: [
        ['name', null, 'field_name'],
        ['placeholder', null, '#{label}'],
        ['data', null, 'opts'],
      ],
    });
  });

  it('other helpers and tags are no field: hidden fields, selects, statements, other receivers of *_tag', () => {
    expect(fieldOf(`<%= hidden_field_tag :card_number %>`)).toBeNull();
    expect(fieldOf(`<%= select_tag :card_type, options %>`)).toBeNull();
    expect(fieldOf(`<% text_field_tag :card_number %>`)).toBeNull();
    expect(fieldOf(`<%= x.text_field_tag :card_number %>`)).toBeNull();
    expect(fieldOf(`<%= text_field :card_number %>`)).toBeNull(); // the object form needs an object
    expect(fieldOf(`<%= text_fields :card_number %>`)).toBeNull();
  });

  it("renders Ember's {{input}} / {{textarea}} helpers (real-world batch EH): strings are attributes, value= binds a path", () => {
    expect(fieldOf(`{{input type="text" value=cardNumber placeholder='Card number' size=size}}`)).toEqual({
      tag: 'input',
      attributes: [
        ['type', 'text', 'text'],
        ['value={}', 'cardNumber', 'cardNumber'],
        ['placeholder', 'Card number', 'Card number'],
        ['size', null, 'size'],
      ],
    });
    expect(fieldOf(`{{textarea value=notes}}`)).toEqual({ tag: 'textarea', attributes: [['value={}', 'notes', 'notes']] });
    expect(fieldOf(`{{input value=(readonly cvc)}}`)).toBeNull();
    expect(fieldOf(`{{card-number-field value=number}}`)).toBeNull();
  });

  it("names a builder's field under the object its builder is for, where the template says it (templateBuilder)", () => {
    const builders: Record<string, string> = { cc: 'credit_card', f: 'order' };
    const withBuilders = (tag: string) => templateInputField(tag, (receiver) => builders[receiver] ?? null)?.attributes.slice(0, 2).map((a) => [a.name, a.value, tag.slice(a.start, a.end)]);
    expect(withBuilders(`<%= cc.input :number, input_html: { 'data-encrypted-name' => true } %>`)).toEqual([
      ['name', 'credit_card[number]', 'number'],
      ['id', 'credit_card_number', 'number'],
    ]);
    expect(withBuilders(`<%= f.text_field 'card-code' %>`)).toEqual([
      ['name', 'order[card-code]', 'card-code'],
      ['id', 'order_card-code', 'card-code'],
    ]);
    // A builder the template does not name, a field named by a variable, the `*_tag` and object forms: as before.
    expect(withBuilders(`<%= form.text_field :number %>`)?.[0]).toEqual(['name', 'number', 'number']);
    expect(withBuilders(`<%= cc.text_field field_name %>`)?.[0]).toEqual(['name', null, 'field_name']);
    expect(withBuilders(`<%= text_field_tag :number %>`)?.[0]).toEqual(['name', 'number', 'number']);
    expect(withBuilders(`<%= text_field :cc, :number %>`)?.[0]).toEqual(['name', 'number', 'number']);
  });

  it('never throws, and places every attribute inside the tag, whatever follows the helper', () => {
    const rest = fc.array(fc.constantFrom(':card_number', "'cvc'", '"#{x}"', 'nil', ',', ' ', ':', '=>', '{', '}', '(', ')', 'data', 'name', 'stripe', "'\\''", '%>', 'x', 'value=', '=', '"', '}}', '[', ']', '4', '-1', '**'), { maxLength: 14 });
    fc.assert(
      fc.property(fc.constantFrom('<%= text_field_tag ', '<%= f.text_field ', '<%== text_area(', '<%= number_field ', '{{input ', '{{textarea '), rest, fc.string({ maxLength: 6 }), (head, parts, tail) => {
        const tag = head + parts.join('') + tail;
        for (const attribute of templateInputField(tag)?.attributes ?? []) {
          expect(attribute.start).toBeGreaterThanOrEqual(0);
          expect(attribute.end).toBeLessThanOrEqual(tag.length);
          expect(attribute.start).toBeLessThanOrEqual(attribute.end);
        }
      }),
      { numRuns: 2000, seed: 20261129 },
    );
  });
});

describe('templateBuilder', () => {
  it("reads the builder a block helper yields and the object it is for: form_for / fields_for by a symbol or string, form_with and fields by scope:", () => {
    expect(templateBuilder(`<%= form_for :credit_card, url: charges_path, html: { id: 'payment-form' } do |f| %>`)).toEqual({ receiver: 'f', object: 'credit_card' });
    expect(templateBuilder(`<%= f.simple_fields_for :credit_card, @transaction.credit_card do |cc| %>`)).toEqual({ receiver: 'cc', object: 'credit_card' });
    expect(templateBuilder(`<%= fields_for('card') do |card_form| -%>`)).toEqual({ receiver: 'card_form', object: 'card' });
    expect(templateBuilder(`<%= form_with scope: :payment, url: pay_path, local: true do |form| %>`)).toEqual({ receiver: 'form', object: 'payment' });
    expect(templateBuilder(`<%= fields :card do |c| %>`)).toEqual({ receiver: 'c', object: 'card' });
    expect(templateBuilder(`<%= fields scope: 'card' do |c| %>`)).toEqual({ receiver: 'c', object: 'card' });
    expect(templateBuilder(`<%= bootstrap_form_for(:card, layout: :horizontal) do |f, extra| %>`)).toEqual({ receiver: 'f', object: 'card' });
  });

  it('null where the object is a model in a variable (Rails names it by its class), not plain, or no builder is yielded', () => {
    expect(templateBuilder(`<%= form_for @subscription do |f| %>`)).toBeNull();
    expect(templateBuilder(`<%= simple_form_for(resource, as: resource_name) do |f| %>`)).toBeNull();
    expect(templateBuilder(`<%= form_with model: @card do |form| %>`)).toBeNull();
    expect(templateBuilder(`<%= form_with url: pay_path do |form| %>`)).toBeNull();
    expect(templateBuilder(`<%= form_with :card do |form| %>`)).toBeNull();
    expect(templateBuilder(`<%= form_for "card_#{id}" do |f| %>`)).toBeNull();
    expect(templateBuilder(`<%= form_for :card %>`)).toBeNull();
    expect(templateBuilder(`<%= f.fields_for :card, url: x %>`)).toBeNull();
    expect(templateBuilder(`<% @cards.each do |card| %>`)).toBeNull();
    expect(templateBuilder(`<%= link_to :card do |f| %>`)).toBeNull();
    expect(templateBuilder(`<%= form_for :card do |f| f.text_field :x %>`)).toBeNull();
  });

  it('reads a tag of many blocks in linear time, and never throws', () => {
    const many = `<%= form_for :card ${'do |a '.repeat(50_000)}%>`;
    const started = performance.now();
    expect(templateBuilder(many)).toBeNull();
    expect(performance.now() - started).toBeLessThan(500);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('<%= ', 'form_for', 'f.fields_for', 'form_with', ' ', ':card', "'card'", 'scope:', '(', ')', ',', 'do', '|', 'f', '%>', '-', '#{', '@x'), { maxLength: 16 }), (parts) => {
        const builder = templateBuilder(parts.join(''));
        if (builder) expect(builder.receiver).toMatch(/^[a-z_]\w*$/);
      }),
      { numRuns: 2000, seed: 20261204 },
    );
  });
});

describe('razorInputFields', () => {
  const fieldsOf = (text: string) => razorInputFields(text).map((field) => [field.tag, field.attributes.map((a) => [a.name, a.value, text.slice(a.start, a.end)])]);

  it("renders ASP.NET MVC's TextBox / Password / TextArea helpers: the name from the model expression or string, attributes from an anonymous object", () => {
    const text = `<div class="form-group">
  @Html.TextBoxFor(m => m.Payment.CardNumber, new { @class = "form-control", placeholder = "Card number", data_stripe = "number" })
  @Html.PasswordFor(model => model.Cvv, new { maxlength = 4, autocomplete = "off" })
  @Html.TextBox("ExpiryDate", null, new { @class = Model.Css })
  @Html.TextAreaFor(m => m.Notes)
</div>`;
    expect(fieldsOf(text)).toEqual([
      [
        'input',
        [
          ['name', 'Payment.CardNumber', 'Payment.CardNumber'],
          ['id', 'Payment_CardNumber', 'Payment.CardNumber'],
          ['class', 'form-control', 'form-control'],
          ['placeholder', 'Card number', 'Card number'],
          ['data-stripe', 'number', 'number'],
        ],
      ],
      [
        'input',
        [
          ['name', 'Cvv', 'Cvv'],
          ['id', 'Cvv', 'Cvv'],
          ['type', 'password', '@Html.PasswordFor('],
          ['maxlength', null, '4'],
          ['autocomplete', 'off', 'off'],
        ],
      ],
      [
        'input',
        [
          ['name', 'ExpiryDate', 'ExpiryDate'],
          ['id', 'ExpiryDate', 'ExpiryDate'],
          ['class', null, 'Model.Css'],
        ],
      ],
      ['textarea', [['name', 'Notes', 'Notes'], ['id', 'Notes', 'Notes']]],
    ]);
  });

  it('reads a helper written as an explicit expression, and a parenthesised lambda parameter (real-world batch 218 probes)', () => {
    const text = '<td>@(Html.TextBoxFor((m) => m.CardNumber))</td> <td>@( Html.PasswordFor(x => x.Cvv, new { maxlength = 4 }) )</td>';
    expect(fieldsOf(text)).toEqual([
      ['input', [['name', 'CardNumber', 'CardNumber'], ['id', 'CardNumber', 'CardNumber']]],
      [
        'input',
        [
          ['name', 'Cvv', 'Cvv'],
          ['id', 'Cvv', 'Cvv'],
          ['type', 'password', '@( Html.PasswordFor('],
          ['maxlength', null, '4'],
        ],
      ],
    ]);
    expect(fieldsOf('@Html.TextBoxFor((m, n) => m.CardNumber) @Html.TextBoxFor((m) => n.CardNumber)').map((field) => field[1]![0]![1])).toEqual([null, null]);
  });

  it("keys each field by the id MVC renders, as its label helpers' texts are keyed (`razorLabels`)", () => {
    const text = `@Html.LabelFor(m => m.Payment.Code, "CVV") @Html.TextBoxFor(m => m.Payment.Code)
@Html.Label("SecurityCode", "Security code", new { @class = "control-label" }) @Html.TextBox("SecurityCode")
@Html.LabelFor(m => m.CardNumber) @Html.LabelFor(m => m.Cvc, new { @class = "x" }) @Html.LabelFor(m => m.Other, "") @(Html.LabelFor((m) => m.Pin, "PIN"))
@Html.LabelFor(m => m.Name, Model.Caption)`;
    expect(razorInputFields(text).map((field) => field.labelKey)).toEqual(['#Payment_Code', '#SecurityCode']);
    expect(razorLabels(text)).toEqual([
      { key: '#Payment_Code', text: 'CVV' },
      { key: '#SecurityCode', text: 'Security code' },
      { key: '#Pin', text: 'PIN' },
    ]);
  });

  it('a name not written plainly is unknown; other helpers render no text field', () => {
    expect(fieldsOf('@Html.TextBoxFor(m => GetField(m))')).toEqual([['input', [['name', null, 'm => GetField(m)']]]]);
    expect(fieldsOf('@Html.TextBox(fieldName)')).toEqual([['input', [['name', null, 'fieldName']]]]);
    expect(fieldsOf('@Html.TextBoxFor(m => other.CardNumber)')).toEqual([['input', [['name', null, 'm => other.CardNumber']]]]);
    expect(fieldsOf('@Html.HiddenFor(m => m.CardNumber) @Html.EditorFor(m => m.CreditCard) @Html.LabelFor(m => m.Cvv) Html.TextBox("cvc")')).toEqual([]);
    expect(fieldsOf('@Html.TextBoxFor()')).toEqual([]);
  });

  it('reads a text of many helpers in linear time, and never throws', () => {
    const many = '@Html.TextBoxFor(m => m.CardNumber, new { a = "'.repeat(5_000);
    const started = performance.now();
    expect(razorInputFields(many)).toHaveLength(5_000);
    expect(performance.now() - started).toBeLessThan(2000);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('@Html.TextBoxFor(', '@Html.TextBox(', 'm', ' => ', '.', 'Card', '"cvc"', 'new', ' { ', ' } ', '@class', ' = ', ',', ')', '(', '$"x"'), { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        for (const field of razorInputFields(text)) {
          for (const attribute of field.attributes) {
            expect(attribute.start).toBeGreaterThanOrEqual(0);
            expect(attribute.end).toBeLessThanOrEqual(text.length);
          }
        }
      }),
      { numRuns: 2000, seed: 20261204 },
    );
  });
});

describe('templateLabel', () => {
  it("reads a label helper's written text and the field it is for, by the key the field helper gives (labelKey)", () => {
    const pairs: Array<[string, string]> = [
      [`<%= label_tag :card_code, "Security Code on Card (CVV)" %>`, `<%= text_field_tag :card_code, nil, name: nil %>`],
      [`<%= label_tag('card[cvc]', 'CVC', class: 'form-label') %>`, `<%= text_field_tag 'card[cvc]' %>`],
      [`<%= f.label :code, 'Security code' %>`, `<%= f.text_field :code, class: 'input' %>`],
      [`<%= label :payment, :code, 'CVV' %>`, `<%= text_field(:payment, :code) %>`],
      [`<%= label_tag :code, 'CVV', for: 'security' %>`, `<%= password_field_tag :card_code, nil, id: 'security' %>`],
    ];
    for (const [label, field] of pairs) {
      const read = templateLabel(label);
      expect(read?.key, label).toBeTruthy();
      expect(read?.key, label).toBe(templateInputField(field)?.labelKey);
    }
    expect(pairs.map(([label]) => templateLabel(label)?.text)).toEqual(['Security Code on Card (CVV)', 'CVC', 'Security code', 'CVV', 'CVV']);
    expect(templateLabel(`<%= label_tag :card_code, "Security Code" %>`)?.key).not.toBe(templateInputField(`<%= f.text_field :card_code %>`)?.labelKey);
    expect(templateLabel(`<%= f.label :code, 'CVV' %>`)?.key).not.toBe(templateInputField(`<%= g.text_field :code %>`)?.labelKey);
  });

  it('null where Rails makes the text from the name, or the text or field is not written plainly', () => {
    for (const tag of [
      `<%= label_tag :card_code %>`,
      `<%= f.label :cvc, class: 'label' %>`,
      `<%= label_tag :card_code, t('.cvc') %>`,
      `<%= label_tag :card_code, "#{name} code" %>`,
      `<%= label_tag field, 'CVV' %>`,
      `<%= label_tag :card_code, nil %>`,
      `<%= x.label_tag :card_code, 'CVV' %>`,
      `<%= label_tag :code, 'CVV', for: nil %>`,
      `<%= text_field_tag :card_code %>`,
    ]) {
      expect(templateLabel(tag), tag).toBeNull();
    }
  });
});

describe("LaravelCollective's Form helpers in Blade echoes", () => {
  /** `[name, value, the text that sets it]` of each rendered attribute. */
  const fieldOf = (tag: string) => {
    const field = templateInputField(tag);
    return field && { tag: field.tag, labelKey: field.labelKey, attributes: field.attributes.map((a) => [a.name, a.value, tag.slice(a.start, a.end)]) };
  };

  it('renders Form::text / number / tel / password / textarea / input: the name, the type, the options array', () => {
    expect(fieldOf(`{!! Form::text('card_number', null, ['class' => 'form-control', 'required', 'data-stripe' => "number"]) !!}`)).toEqual({
      tag: 'input',
      labelKey: '#card_number',
      attributes: [
        ['name', 'card_number', 'card_number'],
        ['class', 'form-control', 'form-control'],
        ['required', '', 'required'],
        ['data-stripe', 'number', 'number'],
      ],
    });
    expect(fieldOf(`{{ Form::password('cvc', array('id' => 'cvc-field', 'placeholder' => __('checkout.security_code'))) }}`)).toEqual({
      tag: 'input',
      labelKey: '#cvc-field',
      attributes: [
        ['name', 'cvc', 'cvc'],
        ['type', 'password', 'password'],
        ['id', 'cvc-field', 'cvc-field'],
        ['placeholder', 'security_code', "__('checkout.security_code')"],
      ],
    });
    expect(fieldOf(`{!! Form::input('tel', 'cc_number', old('cc_number'), ['autocomplete' => 'cc-number']) !!}`)?.attributes).toEqual([
      ['name', 'cc_number', 'cc_number'],
      ['type', 'tel', 'tel'],
      ['autocomplete', 'cc-number', 'cc-number'],
    ]);
    expect(fieldOf(`{!! Form::textarea('notes') !!}`)?.tag).toBe('textarea');
  });

  it('unknown values stay unknown; other helpers and inputs render no text field', () => {
    expect(fieldOf(`{!! Form::text($field, $card->number, ['placeholder' => $hint, 'title' => "Card {$n}"]) !!}`)).toEqual({
      tag: 'input',
      labelKey: null,
      attributes: [
        ['name', null, '$field'],
        ['placeholder', null, '$hint'],
        ['title', null, 'Card {$n}'],
      ],
    });
    for (const tag of [`{!! Form::hidden('card_number', $token) !!}`, `{!! Form::select('card_type', $types) !!}`, `{!! Form::input('checkbox', 'save_card') !!}`, `{!! Form::text() !!}`, `{{ $form->text('cvc') }}`]) {
      expect(templateInputField(tag), tag).toBeNull();
    }
  });

  it("Form::label names the field of its name, by its written text or its translation key", () => {
    expect(templateLabel(`{!! Form::label('code', 'Security Code (CVV)', ['class' => 'control-label']) !!}`)).toEqual({ key: '#code', text: 'Security Code (CVV)' });
    expect(templateLabel(`{{ Form::label('card_number', __('lang_v1.gift_card_number')) }}`)).toEqual({ key: '#card_number', text: 'gift_card_number' });
    expect(templateLabel(`{!! Form::label('code', 'CVV') !!}`)?.key).toBe(templateInputField(`{!! Form::text('code') !!}`)?.labelKey);
    for (const tag of [`{!! Form::label('code') !!}`, `{!! Form::label('code', $label) !!}`, `{!! Form::label($name, 'CVV') !!}`, `{!! Form::label('code', __('x') . ':*') !!}`]) {
      expect(templateLabel(tag), tag).toBeNull();
    }
  });
});
