import { fileURLToPath } from 'node:url';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-raw-card-inputs.js';
import { blade, html, svelte, vue } from './parsers.js';

/** A donation form's card fields as placeholders that Gr4vy Secure Fields replaces (precision probe 289). */
const GRAVY_CARD_FORM = `<template>
  <label for="cc-number">Card number</label>
  <input id="cc-number">
  <label for="cc-cvv">Security code</label>
  <input id="cc-cvv">
</template>

<script>
import { SecureFields } from '@gr4vy/secure-fields';

export default {
  props: ['sessionId'],
  mounted() {
    const fields = new SecureFields({ gr4vyId: 'acme', environment: 'production', sessionId: this.sessionId });
    fields.addCardNumberField('#cc-number');
    fields.addSecurityCodeField('#cc-cvv');
  },
};
</script>
`;

const ruleTester = new RuleTester();
/** A billing template of a Stripe.js v2 app, its card fields unnamed, under the layout `extend` names. */
const billingPage = (extend: string, block: string): string => `${extend}

{% block ${block} %}
<form id="card-form" action="/user/plan" method="POST">
  <input type="hidden" name="_csrf" value="{{ _csrf }}">
  <label for="card-num">Card number</label>
  <input id="card-num" type="text" class="form-control" maxlength="16">
  <label for="card-cvc">CVC</label>
  <input id="card-cvc" type="text" class="form-control" maxlength="4">
  <button type="submit">Save card</button>
</form>
{% endblock %}
`;
/** Templates beside layouts on disk (tests/fixtures/projects/swig-billing/views): the rule reads the layout a template extends. */
const LAYOUT_VIEWS = fileURLToPath(new URL('../../fixtures/projects/swig-billing/views/', import.meta.url));
const PAN = 'card number (PAN)';
const CVC = 'card security code (CVC)';
const replacement = (type: string): string =>
  `mount \`elements.create('${type}')\`, or the Payment Element \`elements.create('payment')\`, in place of the input`;
const helperReplacement = (type: string): string =>
  `mount \`elements.create('${type}')\`, or the Payment Element \`elements.create('payment')\`, in place of the field`;

ruleTester.run('no-raw-card-inputs (HTML, Vue, Svelte)', rule, {
  valid: [
    // Placeholders that a hosted-fields SDK of the component replaces with its secure fields (precision probe 289: a
    // donation form with Gr4vy Secure Fields, \`addCardNumberField('#cc-number')\`): the card never reaches the page
    {
      code: GRAVY_CARD_FORM,
      filename: 'modules/comboWiki/components/GravyCardForm.vue',
      languageOptions: vue,
    },
    // Pages that say what card they are for in their title or headings and ask for no expiry (precision probe 204):
    // a transit card linked with its number and security code, a metro card recharged, a gift card's balance checked.
    {
      code: `<html>
<head><title>Add New Opal Card</title></head>
<body>
  <form action="AddOpalCardServlet" method="post">
    <label for="cardNumber">Card Number:</label>
    <input type="text" id="cardNumber" name="cardNumber" class="form-control" required>
    <label for="securityCode">Security Code:</label>
    <input type="text" id="securityCode" name="cardSecurityCode" class="form-control" required>
  </form>
</body>
</html>
`,
      languageOptions: html,
      filename: 'src/main/webapp/addCard.jsp',
    },
    {
      code: `<form action="rechargecardpay.jsp" method="post">
  <h3>Recharge Your Metro Card Online!</h3>
  <input type="text" name="cardno" class="form-control">
  <input type="number" name="amount" class="form-control">
</form>
`,
      languageOptions: html,
      filename: 'web/rechargecard.jsp',
    },
    // A budget's debt-to-income calculator: a yearly amount labelled "Credit Cards: (Per Year)" (precision probe 204).
    {
      code: '<label for="credit-cards">Credit Cards: (Per Year)</label>\n<input type="number" id="credit-cards" name="credit-cards" value="0">\n',
      languageOptions: html,
      filename: 'Calculators/DTI-Ratio-Calculator/index.html',
    },
    // A card number that a label says is another kind of card's: a Vue template's \`<label for>\`, a Svelte label around
    // the input.
    {
      code: `<template>
  <form>
    <label for="gift">Gift card number</label>
    <input id="gift" v-model="form.cardNumber" />
  </form>
</template>
`,
      languageOptions: vue,
      filename: 'src/components/GiftCard.vue',
    },
    { code: '<label>Library card <input name="cardNumber" /></label>\n', languageOptions: svelte, filename: 'src/lib/LibraryCard.svelte' },
    // A label that is a sentence saying a code's acronym and nothing of a card or a code: the acronym is something else's
    // (real-world batch HH: a Slack bridge's form for "the CSC Radio")
    {
      code: `<form action="/subscribe" method="post">
  <label for="webhook">Add the url for the incoming webhook that you created, so that you can receive messages sent to the CSC Radio</label>
  <input id="webhook" size="150" type="text" name="webhook" required>
</form>
`,
      languageOptions: html,
      filename: 'views/subscribe.html',
    },
    // vee-validate's \`<Field>\` that renders no input of its own: \`as="select"\`, a component (\`:as\`); a \`<Field>\` of
    // another module (the app's own); a slot's input that binds something other than the slot's field, or a checkbox
    {
      code: `<template>
  <Form @submit="save">
    <Field name="cvv" as="select"><option v-for="n in 12" :key="n">{{ n }}</option></Field>
    <Field name="card_number" :as="MaskedInput" />
    <Field name="securityCode" v-slot="{ value }"><input v-bind="inputAttrs" /></Field>
    <Field name="cvc" v-slot="{ field }"><input v-bind="field" type="checkbox" /></Field>
    <AppField name="cardNumber" />
  </Form>
</template>
<script setup>
import { Form, Field } from 'vee-validate';
import AppField from './AppField.vue';
import MaskedInput from './MaskedInput.vue';
const inputAttrs = {};
const save = () => undefined;
</script>
`,
      languageOptions: vue,
      filename: 'src/components/CardSettings.vue',
    },
    {
      code: `<template>
  <Field name="cardNumber" />
</template>
<script setup>
import Field from './Field.vue';
</script>
`,
      languageOptions: vue,
      filename: 'src/components/OwnField.vue',
    },
    // A label names no input with unknown attributes of its own, nor through a label with some (a \`for\` may point elsewhere).
    {
      code: `<template>
  <label v-bind="labelAttrs">Card number <input type="text"></label>
  <label>CVV <input v-bind="inputAttrs"></label>
</template>
`,
      languageOptions: vue,
      filename: 'src/components/LabelledField.vue',
    },
    // A builder's object settles a field's name only where the template names it, and only the last block that yields
    // that builder name counts: an address's and a billing record's numbers are no card's.
    {
      code: `<%= form_for :card, url: cards_path do |f| %>
  <%= f.hidden_field :token %>
<% end %>
<%= form_for :address, url: addresses_path do |f| %>
  <%= f.text_field :number %>
  <%= f.fields_for :billing do |b| %>
    <%= b.text_field :number %>
  <% end %>
<% end %>`,
      filename: 'app/views/addresses/new.html.erb',
      languageOptions: html,
    },
    // limitation: a builder for a model in a variable (\`form_for @credit_card\`, \`form_with model:\`) is named after the
    // model's class, which the template does not say: its \`number\` field is not read as a card's.
    {
      code: `<%= form_for @credit_card do |f| %>
  <%= f.text_field :number %>
<% end %>
<%= form_with model: @card do |form| %>
  <%= form.text_field :number %>
<% end %>`,
      filename: 'app/views/credit_cards/new.html.erb',
      languageOptions: html,
    },
    // A gift card's code alone in a template: no card number beside it, so no CVC (real-world batch HE).
    {
      code: `<%= label_tag :card_code %>
<%= text_field_tag :card_code %>
{!! Form::text('card_security', null) !!}`,
      filename: 'app/views/gift_cards/redeem.html.erb',
      languageOptions: html,
    },
    // A field whose label helper names another kind of card, as a page's <label> does (real-world batch HI, in Haml):
    // a gift card's balance form.
    {
      code: `<h1>Check a gift card balance</h1>
<%= form_tag gift_cards_balance_path do %>
  <%= label_tag :card_number, 'Gift card number' %>
  <%= text_field_tag :card_number %>
  <%= label_tag :pin, 'PIN' %>
  <%= text_field_tag :pin %>
<% end %>`,
      filename: 'app/views/gift_cards/balance.html.erb',
      languageOptions: html,
    },
    // simple_form fields that take no card data: a gift card's number by its \`label:\`, a hidden token, a select of
    // card types, a type not written plainly (limitation: unknown)
    {
      code: `<%= simple_form_for @redemption do |f| %>
  <%= f.input :card_number, label: 'Gift card number' %>
  <%= f.input :card_number, as: :hidden %>
  <%= f.input :card_type, as: :select, collection: %w[visa amex] %>
  <%= f.input :cvv, as: field_type %>
<% end %>`,
      filename: 'app/views/redemptions/new.html.erb',
      languageOptions: html,
    },
    // Rails helpers that render no card field: a hidden token field, a select, a field whose name is a variable
    // (limitation: unknown), a statement tag that prints nothing.
    {
      code: `<%= hidden_field_tag :card_number, @token %>
<%= select_tag :card_type, options_for_select(%w[visa amex]) %>
<%= text_field_tag field_name, nil, name: nil %>
<% text_field_tag :cvc %>`,
      filename: 'app/views/payments/_form.html.erb',
      languageOptions: html,
    },
    // Svelte: bindings that are not card fields, a name from a variable (limitation: unknown), a radio group, components
    // and \`<svelte:element>\` (limitation: its tag is a value)
    {
      code: `<script>
  let email = '';
  let card = { last4: '4242' };
  export let fieldName;
</script>
<input type="email" name="email" bind:value={email} />
<input bind:value={card.last4} readonly />
<input name={fieldName} autocomplete="off" />
<input bind:group={card.number} type="radio" />
<svelte:element this="input" name="cardNumber" />
<CardNumberInput bind:value={card.number} />
<div id="card-element"></div>`,
      filename: 'Checkout.svelte',
      languageOptions: svelte,
    },
    // Ionic's other form components (\`<ion-select>\`, \`<ion-checkbox>\`) do not take typed text
    { code: '<ion-select name="card_type"><ion-select-option>Visa</ion-select-option></ion-select>\n<ion-checkbox name="save_card_number"></ion-checkbox>', languageOptions: html },
    { code: '<div id="card-element"></div>\n<input name="cardholder_name" autocomplete="cc-name">', languageOptions: html },
    { code: '<input type="checkbox" name="save_card_number">', languageOptions: html },
    // limitation: a name written by the template engine is unknown.
    { code: '<input name="{{ field_name }}" autocomplete="off">', languageOptions: html },
    // limitation: a template block among the attributes may write any attribute first (HTML keeps the first copy), so
    // the attributes after it are not trusted; nor is an input whose type only the block may set. (A block that can
    // only write boolean attributes, \`{{#if required}}required{{/if}}\`, writes neither: invalid below.)
    { code: '<input {{#if x}}type="checkbox"{{/if}} type="text" name="cc_cvv">', languageOptions: html },
    { code: '<input name="cc_cvv" {{attrs}}>', languageOptions: html },
    // limitation: bound expressions other than string literals are not evaluated; a model binding counts only as a path
    // that names a card field (`card` alone does not).
    { code: '<template><input :name="fieldName" v-model="card"><input v-model="getCard().number"></template>', languageOptions: vue },
    // `:value` bound to something that is not a card field, to a call, or to a literal.
    { code: '<template><input :value="card.last4" readonly><input :value="format(card.cvc)"><input :value="\'cvc\'"></template>', languageOptions: vue },
    // A label and an input in two `v-for` loops (or two each blocks) read two variables of one name: not one id. And
    // limitation: an id written with a call (`:id="uid()"`), an operator or a template engine's output is not paired.
    {
      code: `<template>
  <div v-for="f in labels"><label :for="f.id">Security code</label></div>
  <div v-for="f in inputs"><input :id="f.id" v-model="f.value" /></div>
  <label :for="uid('cvc')">CVC</label>
  <input :id="uid('cvc')" />
  <label :for="'cvc-' + n">CVV</label>
  <input :id="'cvc-' + n" />
</template>
`,
      languageOptions: vue,
    },
    {
      code: '{#each a as f}<label for={f.id}>Security code</label>{/each}\n{#each b as f}<input id={f.id} />{/each}\n',
      languageOptions: svelte,
    },
    { code: '<label for="{{ id }}">Card number</label>\n<input id="{{ id }}">\n', languageOptions: html, filename: 'templates/pay.html.twig' },
    // Angular: a control or model that is not a card field.
    { code: '<input type="text" formControlName="cardHolder" [(ngModel)]="search">', languageOptions: html },
    { code: '<template><div ref="cardElement" /></template>\n<script setup>\nconst x = 1;\n</script>', languageOptions: vue },
    // limitation: design-system inputs are read only when listed in \`inputComponents\` (the strict preset lists the
    // common ones): a template does not say what a component renders.
    { code: '<template><v-text-field v-model="card.number" label="Card number" /></template>', languageOptions: vue },
    // Listed components whose wording names no PAN / CVC (a cardholder name, a bare "Card", an email), and components
    // that are not listed (\`<v-select>\`); \`label\` is no attribute of a native input, which it does not name.
    {
      code: `<template>
  <v-text-field v-model="card.name" label="Name on card" />
  <q-input label="Card" />
  <VTextField label="Email" type="email" />
  <v-select label="Card number" :items="savedCards" />
  <input label="Card number" name="nickname">
</template>`,
      languageOptions: vue,
      options: [{ inputComponents: ['VTextField', 'QInput'] }],
    },
    {
      code: `<script>
  import Textfield from '@smui/textfield';
  let email = '';
</script>
<Textfield bind:value={email} label="Email" />
<Textfield label="Gift card number" />`,
      filename: 'Signup.svelte',
      languageOptions: svelte,
      options: [{ inputComponents: ['Textfield'] }],
    },
    // A hidden input takes no typing: Adyen's script writes its encrypted state into Magento's card-number slot
    // (real-world batch ED); a disabled field showing a saved card's masked number collects none either
    {
      code: `<form action="<?= $block->getUrl('multishipping/checkout/overviewPost') ?>" method="post" id="multishipping-billing-form">
    <!-- Adyen plugin customization -->
    <input name="payment[cc_number]" id="stateData" type="hidden">
    <div id="cc_actionContainer"></div>
</form>
<div class="control">
    <input type="text" id="card_number" disabled="disabled" value="<?= $escaper->escapeHtml($card->getCardNumber()) ?>" />
</div>
`,
      languageOptions: html,
      filename: 'view/frontend/templates/checkout/multishipping/billing.phtml',
    },
    // A read-only field shows a value and collects none: a test-card generator's output (real-world batch 92, an
    // extension's popup: its placeholder describes the format of the cards it writes there).
    {
      code: `<div class="output">
  <textarea readonly rows="6" placeholder="Format: number|expiry|CVV"></textarea>
  <input readonly="readonly" id="generated-cvv" placeholder="CVV">
</div>
`,
      languageOptions: html,
      filename: 'extension/popup.html',
    },
  ],
  invalid: [
    {
      // A grading service's own payment page (real-world batch 343): a page about PSA grading that also asks the CVC
      // takes a payment card's number, whatever else it is about
      code: `<h1>Pay for your PSA grading order</h1>
<form action="/orders/pay" method="post">
  <label for="card">Card number</label>
  <input id="card" name="card_number" placeholder="1234 5678 9012 3456">
  <label for="cvc">CVC</label>
  <input id="cvc" name="cvc" placeholder="123">
</form>
`,
      languageOptions: html,
      filename: 'public/pay.html',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 4, column: 20, endLine: 4, endColumn: 38 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 6, column: 19, endLine: 6, endColumn: 29 },
      ],
    },
    {
      // A placeholder advising Stripe's test cards is no test card's field: it takes whatever card number is typed, beside
      // the CVC (real-world batch 325: an Ionic AngularJS form tokenised with Stripe.js v2)
      code: `<form ng-submit="charge(payment)">
  <section class="form-group">
    <label>Card number:</label>
    <input class="form-control" ng-model="payment.card.number" type="text" placeholder="use one of Stripe's test card numbers" required>
  </section>
  <section class="form-group">
    <label>CVC:</label>
    <input class="form-control" ng-model="payment.card.cvc" placeholder="random CVC number" type="text" required>
  </section>
</form>
`,
      languageOptions: html,
      filename: 'www/templates/tab-dash.html',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 4, column: 33, endLine: 4, endColumn: 63 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 8, column: 61, endLine: 8, endColumn: 92 },
      ],
    },
    {
      // The same component binding one of them with \`v-model\`: the page reads what is typed there
      code: GRAVY_CARD_FORM.replace('<input id="cc-number">', '<input id="cc-number" v-model="number">').replace('  mounted() {', "  data: () => ({ number: '' }),\n  mounted() {"),
      filename: 'modules/comboWiki/components/GravyCardForm.vue',
      languageOptions: vue,
      errors: [{ messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 3, column: 10, endLine: 3, endColumn: 24 }],
    },
    {
      // A page whose card number is asked in a form and whose sign-in code is asked outside it: the code has no card form.
      code: `<form id="pay"><input name="cardNumber" autocomplete="cc-number"></form>
<div class="two-factor"><input id="otp" placeholder="Security code"></div>
`,
      languageOptions: html,
      filename: 'views/account.html',
      errors: [{ messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 1, column: 41, endLine: 1, endColumn: 65 }],
    },
    {
      // A page that sells gift cards takes the buyer's payment card: it asks for the expiry (a \`<select>\`), so its title
      // says what is sold, not what card is typed.
      code: `<title>Buy a Gift Card</title>
<form action="/gift-cards/buy" method="post">
  <input name="amount" type="number">
  <input name="card_number" placeholder="Card number">
  <select name="exp_month"><option>01</option></select>
  <input name="cvc" placeholder="CVC">
</form>
`,
      languageOptions: html,
      filename: 'views/gift-cards/buy.html',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 4, column: 10, endLine: 4, endColumn: 28 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 6, column: 10, endLine: 6, endColumn: 20 },
      ],
    },
    {
      // A page that posts its fields from script has no \`<form>\` (real-world batch 205, an EJS checkout): its fields
      // outside every form stand for one, so the security code beside the card number is its CVC. A sign-in code in a
      // form of its own, and one on a page whose card number sits in a form, are not.
      code: `<div class="checkout">
  <div><input id="card_id" class="py-3 border-2" placeholder="Card Number" /></div>
  <div class="ml-4">
    <input id="card_security" class="border-2 h-14 w-48" placeholder="Security Code" />
  </div>
  <form action="/verify"><input name="code" placeholder="Security code" /></form>
</div>
`,
      languageOptions: html,
      filename: 'views/checkout.ejs',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 2, column: 50, endLine: 2, endColumn: 75 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 4, column: 58, endLine: 4, endColumn: 85 },
      ],
    },
    {
      // A course checkout written by hand (real-world batch 202): each input is captioned by the text right before it,
      // a \`div\` of its own or text in the same \`div\`, and named nothing (\`id='namec'\`); the names and the country
      // captions say no card field.
      code: `<form id='form'>
  <div class='info'>First name* </div>
  <input id='namef' type='text'/> <div id='wrongf'></div>
  <div class='info'>Credit or debit card number* </div>
  <input id='namec' type='number'/> <div id='wrongc'></div>
  <div id='i-flex'>
    <div id='exp' class='info'>Expiration date* <input id='expdate'/></div>
    <div id='sec' class='info'>Security code* <input id='sc' type='number'/></div>
  </div>
  <div class='info'>Country* </div>
  <input id='country' type='text'/>
</form>
`,
      languageOptions: html,
      filename: 'html/checkout.html',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 5, column: 3, endLine: 5, endColumn: 9 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 8, column: 47, endLine: 8, endColumn: 53 },
      ],
    },
    {
      // A rental's check-in form (real-world batch 203): the label says "Credit Card" with an aside in parentheses, the
      // input binds \`creditCard\`; a text field named only "credit card" (no wording) takes the number too. A field
      // so named that its label says holds another part (the holder's name) does not.
      code: `<template>
  <form @submit.prevent="checkIn">
    <div class="mb-3">
      <label for="creditCard" class="form-label"><b>Credit Card</b> (an automatic deposit of 500 dollars is taken)</label>
      <input v-model="creditCard" type="text" class="form-control" id="creditCard" required />
    </div>
    <input v-model="deposit.debitCard" type="text" class="form-control" />
    <label for="ccName">Cardholder name</label>
    <input id="ccName" v-model="creditCardName" type="text" />
    <label for="backupCard">Name on the card</label>
    <input id="backupCard" name="credit_card" type="text" />
  </form>
</template>
`,
      languageOptions: vue,
      filename: 'src/views/CheckIn.vue',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 5, column: 7, endLine: 5, endColumn: 13 },
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 7, column: 12, endLine: 7, endColumn: 39 },
      ],
    },
    {
      // A gift-card wallet's page (precision probe GH, an Apps Script page): its number beside a PIN, with no security
      // code or expiry, is a gift card's; the checkout below it, whose number has an expiry beside it, is a payment card's.
      code: `<h1>Gift Card Wallet</h1>
<div class="add-card">
  <label>Card Number (Optional):</label>
  <input type="text" id="cardNumber" placeholder="e.g. 123456789">
  <label>PIN (Optional):</label>
  <input type="text" id="cardPin">
  <label>Check Balance URL (Optional):</label>
  <input type="url" id="balanceUrl">
</div>
<form action="/buy" method="post">
  <input name="card_number" autocomplete="cc-number">
  <input name="card_pin">
  <input name="exp" autocomplete="cc-exp">
</form>
`,
      languageOptions: html,
      filename: 'apps/sheets/Index.html',
      errors: [{ messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 11, column: 29, endLine: 11, endColumn: 53 }],
    },
    {
      // \`name="pan"\` in a form that takes a CVC is the card number (real-world batch ED: OpenCart's Cardinity
      // form); in a KYC form it is India's PAN card
      code: `<form class="form-horizontal" id="payment">
  <input type="text" autocomplete="off" maxlength="19" name="pan" placeholder="{{ entry_pan }}" class="form-control" id="input-pan"/>
  <input type="text" autocomplete="off" maxlength="4" name="cvc" placeholder="{{ entry_cvc }}" class="form-control" id="input-cvc"/>
</form>
<form id="kyc">
  <input type="text" name="pan" placeholder="PAN card number" />
  <input type="text" name="aadhaar" />
</form>
`,
      languageOptions: html,
      filename: 'catalog/view/theme/default/template/extension/payment/cardinity.twig',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 2, column: 56, endLine: 2, endColumn: 66 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 3, column: 55, endLine: 3, endColumn: 65 },
      ],
    },
    {
      // Braintree.js v2's custom integration reads its card fields by \`data-braintree-name\` (real-world batch FX): unnamed,
      // they stay in the page (A-EP); the expiry and postal code are not reported
      code: `<script src="https://js.braintreegateway.com/v2/braintree.js"></script>
<form id="checkout" action="/checkout" method="post">
  <input data-braintree-name="number" value="">
  <input data-braintree-name="cvv" value="">
  <input data-braintree-name="expiration_date" value="">
  <input data-braintree-name="postal_code" value="">
  <input type="submit" id="submit" value="Pay">
</form>
<script>braintree.setup(CLIENT_TOKEN, 'custom', { id: 'checkout' });</script>
`,
      languageOptions: html,
      filename: 'views/checkout.html',
      errors: [
        { messageId: 'cardInputReadInPage', data: { element: 'input', field: PAN, library: 'Braintree.js v2 (\`data-braintree-name\`)', replacement: replacement('cardNumber') }, line: 3, column: 10, endLine: 3, endColumn: 38 },
        { messageId: 'cardInputReadInPage', data: { element: 'input', field: CVC, library: 'Braintree.js v2 (\`data-braintree-name\`)', replacement: replacement('cardCvc') }, line: 4, column: 10, endLine: 4, endColumn: 35 },
      ],
    },
    {
      // Mercado Pago's SDK v1 reads its card fields by \`data-checkout\` (real-world batch ED: a PrestaShop module's
      // Smarty view): unnamed, they stay in the page (A-EP); a named one is posted (D); a document number is no card field
      code: `<div id="mercadopago-form">
  <input id="id-card-number" class="form-control" type="text" maxlength="24" autocomplete="off" data-checkout="cardNumber" />
  <input id="id-security-code" class="form-control" type="text" autocomplete="off" data-checkout="securityCode" placeholder="CVV" />
  <input id="docNumber" type="text" data-checkout="docNumber" />
  <input type="text" name="card_number" data-checkout="cardNumber" />
</div>
`,
      languageOptions: html,
      filename: 'views/templates/hook/seven/custom.tpl',
      errors: [
        { messageId: 'cardInputReadInPage', data: { element: 'input', field: PAN, library: "Mercado Pago's SDK v1 (\`data-checkout\`)", replacement: replacement('cardNumber') }, line: 2, column: 97, endLine: 2, endColumn: 123 },
        { messageId: 'cardInputReadInPage', data: { element: 'input', field: CVC, library: "Mercado Pago's SDK v1 (\`data-checkout\`)", replacement: replacement('cardCvc') }, line: 3, column: 84, endLine: 3, endColumn: 112 },
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 5, column: 41, endLine: 5, endColumn: 67 },
      ],
    },
    {
      // Conekta.js and Openpay.js tokenise the fields they read by \`data-conekta\` / \`data-openpay-card\` in the page
      // (real-world batch HH: Express apps' Jade views): unnamed, they stay in the page (A-EP); the holder's name and
      // the expiry are not reported; a label that is a sentence still names a card's code when it says the card
      code: `<form action="/charge" method="POST" id="card-form">
  <input type="text" data-conekta="card[name]">
  <input type="text" maxlength="16" data-conekta="card[number]">
  <input type="text" maxlength="4" data-conekta="card[cvc]">
  <input type="text" maxlength="2" data-conekta="card[exp_month]">
  <input type="text" data-openpay-card="card_number">
  <label for="code">Enter the CVV printed on the back of your credit card here</label>
  <input type="text" id="code" name="code">
</form>
`,
      languageOptions: html,
      filename: 'views/pay.html',
      errors: [
        { messageId: 'cardInputReadInPage', data: { element: 'input', field: PAN, library: 'Conekta.js (\`data-conekta\`)', replacement: replacement('cardNumber') }, line: 3, column: 37, endLine: 3, endColumn: 64 },
        { messageId: 'cardInputReadInPage', data: { element: 'input', field: CVC, library: 'Conekta.js (\`data-conekta\`)', replacement: replacement('cardCvc') }, line: 4, column: 36, endLine: 4, endColumn: 60 },
        { messageId: 'cardInputReadInPage', data: { element: 'input', field: PAN, library: 'Openpay.js (\`data-openpay-card\`)', replacement: replacement('cardNumber') }, line: 6, column: 22, endLine: 6, endColumn: 53 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 8, column: 3, endLine: 8, endColumn: 9 },
      ],
    },
    {
      // Culqi.js v2's custom form reads its fields by \`data-culqi\` in the page (probe 307: an insurer's payment page)
      code: `<form action="/pagar" method="post" id="culqi-card-form">
  <label for="card[email]">Correo electrónico</label>
  <input type="text" size="50" data-culqi="card[email]" id="card[email]">
  <label for="card[number]">Número de tarjeta</label>
  <input type="text" size="20" data-culqi="card[number]" id="card[number]">
  <label for="card[cvv]">CVV</label>
  <input type="text" size="4" data-culqi="card[cvv]" id="card[cvv]">
  <input type="text" size="2" data-culqi="card[exp_month]" id="card[exp_month]">
  <input type="text" name="" required size="20" data-culqi="card[number]" id="card-number-2">
  <input type="text" name="number" size="20" data-culqi="card[number]" id="card-number-3">
</form>
<script src="https://checkout.culqi.com/v2"></script>
`,
      languageOptions: html,
      filename: 'pagar.html',
      errors: [
        { messageId: 'cardInputReadInPage', data: { element: 'input', field: PAN, library: 'Culqi.js (\`data-culqi\`)', replacement: replacement('cardNumber') }, line: 5, column: 32, endLine: 5, endColumn: 57 },
        { messageId: 'cardInputReadInPage', data: { element: 'input', field: CVC, library: 'Culqi.js (\`data-culqi\`)', replacement: replacement('cardCvc') }, line: 7, column: 31, endLine: 7, endColumn: 53 },
        // (an empty name is none: the form leaves the field out; a name posts it)
        { messageId: 'cardInputReadInPage', data: { element: 'input', field: PAN, library: 'Culqi.js (\`data-culqi\`)', replacement: replacement('cardNumber') }, line: 9, column: 49, endLine: 9, endColumn: 74 },
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 10, column: 46, endLine: 10, endColumn: 71 },
      ],
    },
    {
      // Bracket names (real-world batch ED): a card-form code word in the last segment (`unlimit_custom[securityCode]`),
      // and a name whose template prefix is unknown but whose last segment is written (`{{ prefix }}[cvc]`)
      code: `<form method="post" id="ul-form">
    <input type="text" id="cardNumber" name="unlimit_custom[cardNumber]" autocomplete="off"/>
    <input type="password" id="securityCode" name="unlimit_custom[securityCode]" autocomplete="off" maxlength="4"/>
    <input type="password" name="{{ prefix }}[cvc]" />
    <input type="password" name="{{ prefix }}[securityCode]" />
    <input type="text" name="{{ prefix }}[number]" />
</form>
`,
      languageOptions: html,
      filename: 'catalog/view/template/payment/ul_card.twig',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 2, column: 40, endLine: 2, endColumn: 73 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 3, column: 46, endLine: 3, endColumn: 81 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 4, column: 28, endLine: 4, endColumn: 52 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 5, column: 28, endLine: 5, endColumn: 61 },
      ],
    },
    {
      // Magento's CVC name beside its card number (real-world batch ED: eleven payment modules' card forms)
      code: `<form id="co-payment-form">
    <input type="number" name="payment[cc_number]" class="input-text" value="">
    <input type="number" name="payment[cc_cid]" class="input-text cvv" value="">
</form>
`,
      languageOptions: html,
      filename: 'view/frontend/templates/form/cc.phtml',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 2, column: 26, endLine: 2, endColumn: 51 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 3, column: 26, endLine: 3, endColumn: 48 },
      ],
    },
    {
      // A hidden input the server writes a card number into carries it through the page (a second step of a card form);
      // a disabled field written without a value may be enabled by the page's script before the user types
      code: `<form action="/checkout/confirm" method="post">
  <input type="hidden" name="card_number" value="<?= htmlspecialchars($_POST['card_number']) ?>">
  <input type="text" name="cvc" disabled>
</form>
`,
      languageOptions: html,
      filename: 'checkout/confirm.php',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 2, column: 24, endLine: 2, endColumn: 42 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 3, column: 22, endLine: 3, endColumn: 32 },
      ],
    },
    {
      // \`readonly="false"\` is read-only in HTML (a boolean attribute), but only a plain field is trusted to collect
      // nothing: the attribute's value is read as written, and a written \`false\` keeps the report.
      code: `<form action="/pay" method="post">
  <input name="cardNumber" readonly="false">
</form>
`,
      languageOptions: html,
      filename: 'public/pay.html',
      errors: [{ messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 2, column: 10, endLine: 2, endColumn: 27 }],
    },
    {
      // In a page, a gift card's number said by its \`<label for>\` and a loyalty card's by the label around it are not
      // payment cards, so their form is no card form either (its security code is the gift card's); the payment form's
      // card number, labelled so, is reported.
      code: `<form action="/gift-cards/redeem" method="post">
  <label for="card_no">Gift card number</label>
  <input type="text" id="card_no" name="user_card_no" placeholder="XXXX XXXX XXXX XXXX">
  <input type="text" id="securityCode" placeholder="Security code">
  <label>Loyalty card <input name="cardNumber" placeholder="1234 5678 9012 3456"></label>
</form>
<form action="/pay" method="post">
  <label for="pan">Card number</label>
  <input type="text" id="pan" placeholder="XXXX XXXX XXXX XXXX">
</form>
`,
      languageOptions: html,
      filename: 'public/gift-cards.html',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 9, column: 31, endLine: 9, endColumn: 64 },
      ],
    },
    {
      // Inputs named only by their own label (real-world batch DE's tuition page): one around it, one \`for\` its id; the
      // finding is on the open tag. A label around two inputs names neither, and a name on card is no card data.
      code: `<form action="/tuition/pay" method="post">
  <label>Card number <input type="text" maxlength="19"></label>
  <label for="sec">CVV</label>
  <input type="text" id="sec">
  <label>Name on card <input type="text"></label>
  <label>Expiry <input type="text" size="2"> / <input type="text" size="2"></label>
</form>
`,
      languageOptions: html,
      filename: 'public/tuition/pay.html',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 2, column: 22, endLine: 2, endColumn: 28 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 4, column: 3, endLine: 4, endColumn: 9 },
      ],
    },
    {
      // A Spring view's Thymeleaf form (the "Spring in Action" taco order page, copied in many repositories; real-world
      // batch DF): \`th:field="*{ccNumber}"\` renders the input's id and name from the path. The expiry and the delivery
      // name are not sensitive card data.
      code: `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org">
<body>
<form method="POST" th:action="@{/orders}" th:object="\${tacoOrder}">
  <h3>Here's how I'll pay...</h3>
  <label for="ccNumber">Credit Card #: </label>
  <input type="text" th:field="*{ccNumber}"/>
  <span class="validationError" th:if="\${#fields.hasErrors('ccNumber')}" th:errors="*{ccNumber}">CC Num Error</span>
  <br/>
  <label for="ccExpiration">Expiration: </label>
  <input type="text" th:field="*{ccExpiration}"/>
  <label for="ccCVV">CVV: </label>
  <input type="text" th:field="*{ccCVV}"/>
  <label for="deliveryName">Name: </label>
  <input type="text" data-th-field="\${tacoOrder.deliveryName}"/>
  <input type="submit" value="Submit Order"/>
</form>
</body>
</html>
`,
      languageOptions: html,
      filename: 'src/main/resources/templates/orderForm.html',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 7, column: 22, endLine: 7, endColumn: 44 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 13, column: 22, endLine: 13, endColumn: 41 },
      ],
    },
    {
      // Labels written right before their inputs, tied by nothing (real-world batches DD and DE): not one after its input,
      // one \`for\` another id, a checkbox's, a cardholder's.
      code: `<form action="/book" method="post">
  <label>Card Number:</label>
  <input type="text">
  <label>CVV:</label> <input type="text" size="4">
  <label>Save this card</label>
  <input type="checkbox">
  <label for="promo">Card number</label>
  <input type="text">
  <input type="text"><label>CVC</label>
  <label>Card holder</label>
  <input type="text">
  <p id="promo">Promotions apply at checkout.</p>
</form>
`,
      languageOptions: html,
      filename: 'public/book.html',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 3, column: 3, endLine: 3, endColumn: 9 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 4, column: 23, endLine: 4, endColumn: 29 },
      ],
    },
    {
      // A label written before the wrapper its input is the only field of (a Bootstrap-style virtual terminal, real-world
      // batch 328), up to two wrappers out; not before a wrapper of two fields, nor three wrappers out
      code: `<form id="payment_form">
  <label>Card Number</label>
  <div class="form_input"><input id="input_number" type="text" pattern="[0-9]*"></div>
  <label>CVC</label>
  <div class="col-sm-4"><span class="input-group"><input id="input_code" type="text"></span></div>
  <label>Card number</label>
  <div class="row"><input id="first" type="text"><input id="second" type="text"></div>
  <label>Security code</label>
  <div><div><p><input id="deep" type="text"></p></div></div>
</form>
`,
      languageOptions: html,
      filename: 'public/terminal.html',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 3, column: 27, endLine: 3, endColumn: 33 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 5, column: 51, endLine: 5, endColumn: 57 },
      ],
    },
    {
      // Ember's classic input helpers (real-world batch EH): \`value=cardNumber\` binds the input to that path; the
      // holder's name, a checkbox and a notes area are not card fields
      code: `<form {{action "process" on="submit"}}>
  {{input type="text" value=cardNumber}}
  {{input type="text" value=cvc size="4"}}
  {{input type="text" value=name}}
  {{input type="checkbox" checked=saveCard}}
  {{textarea value=notes}}
</form>
`,
      languageOptions: html,
      filename: 'app/templates/components/purchase-form.hbs',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: helperReplacement('cardNumber') }, line: 2, column: 29, endLine: 2, endColumn: 39 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: helperReplacement('cardCvc') }, line: 3, column: 29, endLine: 3, endColumn: 32 },
      ],
    },
    {
      // A template the page's scripts render (real-world batch EH: a Backbone checkout wizard's underscore template, a
      // Handlebars one) is read as markup, one card form; JSON and JavaScript scripts are not
      code: `<!doctype html>
<html>
<body>
<div id="app"></div>
<script type="text/template" id="payment-template">
  <form>
    <label>Number <input id="cc-number" type="text" /></label>
    <label>Security Code <input id="cc-security-code" type="text" /></label>
  </form>
</script>
<script type="text/x-handlebars-template" id="cvc-template">
  <input type="text" name="cvc" value="{{cvc}}">
</script>
<script type="application/json">{"field": "<input name='cvc'>"}</script>
<script>var field = '<input name="cvv">';</script>
</body>
</html>
`,
      languageOptions: html,
      filename: 'app/index.html',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 7, column: 26, endLine: 7, endColumn: 40 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 8, column: 33, endLine: 8, endColumn: 54 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 12, column: 22, endLine: 12, endColumn: 32 },
      ],
    },
    {
      // Knockout's value bindings name the field by the bound path (real-world batch EH: a donation widget's
      // \`data-bind="value: cardNumber"\`); the expiry, the holder's name and other bindings are not reported
      code: `<form data-bind="submit: pay">
  <input type="text" data-bind="value: cardNumber, valueUpdate: 'keyup'" />
  <input type="text" data-bind="textInput: payment.cvc" />
  <input type="text" data-bind="value: expiry" />
  <input type="text" data-bind="value: cardholderName" />
  <input type="text" data-bind="attr: { placeholder: cardNumberHint }, value: promo" />
  <button type="submit">Donate</button>
</form>
`,
      languageOptions: html,
      filename: 'src/templates/donation-form.html',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 2, column: 22, endLine: 2, endColumn: 73 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 3, column: 22, endLine: 3, endColumn: 56 },
      ],
    },
    {
      // A Knockout card form's CVC bound as \`securityCode\`, named by the card form around it (left from the
      // thirty-second session: the binding's path was read whole, \`textInput: securityCode\`).
      code: `<form data-bind="submit: pay">
  <input type="text" data-bind="textInput: cardNumber" />
  <input type="text" data-bind="textInput: expiry" />
  <input type="text" data-bind="textInput: securityCode" />
  <button type="submit">Pay</button>
</form>
`,
      languageOptions: html,
      filename: 'src/templates/card-form.html',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 2, column: 22, endLine: 2, endColumn: 55 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 4, column: 22, endLine: 4, endColumn: 57 },
      ],
    },
    {
      // A car rental's Angular card form asks for the "Security Number" (real-world batch EI, its label written with
      // \`&nbsp;\`): its CVC; a Social Security number beside it is not
      code: `<form [formGroup]="paymentForm" (ngSubmit)="pay()">
  <label class="form-label" for="">Card Number</label>
  <input class="form-control" type="number" formControlName="cardNumber" />
  <label class="form-label" for="">*&nbsp;Security Number</label>
  <input class="form-control security-input" type="number" formControlName="securityNumber" />
  <label class="form-label">Social Security Number</label>
  <input class="form-control" type="text" formControlName="socialSecurityNumber" />
</form>
`,
      languageOptions: html,
      filename: 'src/app/payment-form/payment-form.component.html',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 3, column: 45, endLine: 3, endColumn: 73 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 5, column: 3, endLine: 5, endColumn: 9 },
      ],
    },
    {
      // A label \`for\` nothing (\`for=""\`, an invoicing app's template, real-world batch EH; or an id no element has, a
      // booking page, batch EI) labels the input after it as one without \`for\` does; one \`for\` another element's id
      // still does not.
      code: `<form action="" method="get" class="new-card">
  <label for="">Credit Card Number</label>
  <input type="text" name="number" value="" id="" size="50">
  <label for=" ">CVV</label> <input type="text" name="code" size="4">
  <label for="exp">Card number</label>
  <input type="text" name="memo">
  <label for="cardcvc">CVC</label>
  <input type="text" name="check">
  <div id="exp"></div>
</form>
`,
      languageOptions: html,
      filename: 'www/js/app/templates/account/new_card_tpl.html',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 3, column: 3, endLine: 3, endColumn: 9 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 4, column: 30, endLine: 4, endColumn: 36 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 8, column: 3, endLine: 8, endColumn: 9 },
      ],
    },
    {
      code: `<template>
  <form @submit.prevent="pay">
    <label>Card number <input v-model="num" type="text"></label>
    <label for="cvc-field">Security code</label>
    <input id="cvc-field" v-model="sec" type="text">
  </form>
</template>
`,
      languageOptions: vue,
      filename: 'src/components/PayFees.vue',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 3, column: 24, endLine: 3, endColumn: 30 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 5, column: 12, endLine: 5, endColumn: 26 },
      ],
    },
    {
      code: `<form on:submit|preventDefault>
  <label>Card number <input bind:value={num} type="text" /></label>
  <label for="c">CVC</label>
  <input id="c" bind:value={sec} />
</form>
`,
      languageOptions: svelte,
      filename: 'src/routes/pay/+page.svelte',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 2, column: 22, endLine: 2, endColumn: 28 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 4, column: 3, endLine: 4, endColumn: 9 },
      ],
    },
    {
      // A reusable card-fields component (real-world batch 216's Svelte library): its labels point at ids built from
      // the \`id\` prop, written the same way on the inputs (\`{id}\`, \`"{id}-cvc"\`), and an each block's field id.
      code: `<script lang="ts">
  let { id = 'card', extra = [] }: { id?: string; extra?: { id: string; label: string }[] } = $props();
  let number = $state('');
  let code = $state('');
</script>

<fieldset>
  <label for={id}>Card number</label>
  <input {id} inputmode="numeric" bind:value={number} />
  <label for="{id}-cvc">Security code</label>
  <input id="{id}-cvc" inputmode="numeric" bind:value={code} />
  {#each extra as field (field.id)}
    <label for={field.id}>{field.label}</label>
    <input id={field.id} />
  {/each}
</fieldset>
`,
      languageOptions: svelte,
      filename: 'src/lib/CardFields.svelte',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 9, column: 3, endLine: 9, endColumn: 9 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 11, column: 3, endLine: 11, endColumn: 9 },
      ],
    },
    {
      // shadcn-svelte's input group control, used through the namespace its index is imported as, and shadcn-vue's by
      // name (real-world batch 221: shadcn-svelte's "input group" demo, originui-vue's card fields)
      code: `<script lang="ts">
  import * as InputGroup from '$lib/components/ui/input-group/index.js';
  import CreditCardIcon from '@lucide/svelte/icons/credit-card';
</script>

<InputGroup.Root>
  <InputGroup.Input placeholder="Card number" />
  <InputGroup.Addon><CreditCardIcon /></InputGroup.Addon>
</InputGroup.Root>
<InputGroup.Root>
  <InputGroup.Input placeholder="Search..." />
  <InputGroup.Text>Card number</InputGroup.Text>
</InputGroup.Root>
`,
      languageOptions: svelte,
      filename: 'src/lib/registry/examples/input-group-icon-demo.svelte',
      errors: [{ messageId: 'rawCardInput', data: { element: 'InputGroup.Input', field: PAN, replacement: replacement('cardNumber') }, line: 7, column: 21, endLine: 7, endColumn: 46 }],
    },
    {
      code: `<script setup lang="ts">
import { ref } from 'vue'
import { InputGroup, InputGroupAddon, InputGroupInput } from '@/components/ui/input-group'
const cardNumber = ref('')
</script>

<template>
  <InputGroup>
    <InputGroupInput v-model="cardNumber" placeholder="0000 0000 0000 0000" />
    <InputGroupAddon>VISA</InputGroupAddon>
  </InputGroup>
</template>
`,
      languageOptions: vue,
      filename: 'src/components/comp-47.vue',
      errors: [{ messageId: 'rawCardInput', data: { element: 'InputGroupInput', field: PAN, replacement: replacement('cardNumber') }, line: 9, column: 43, endLine: 9, endColumn: 76 }],
    },
    {
      // Vue 3.5's \`useId()\` in \`<script setup>\`, and a \`v-for\` row's key: a label's \`:for\` and its input's \`:id\`
      // read the same bindings (the models' bare \`number\` and \`code\` say nothing by themselves).
      code: `<script setup>
import { useId } from 'vue';
const id = useId();
const number = defineModel('number');
const code = defineModel('code');
const rows = [{ key: 'code', text: 'Security code' }];
</script>

<template>
  <form @submit.prevent="pay">
    <label :for="id">Card number</label>
    <input :id="id" v-model="number" />
    <div v-for="row in rows" :key="row.key">
      <label :for="\`\${id}-\${row.key}\`">CVC</label>
      <input :id="\`\${id}-\${row.key}\`" v-model="code" />
    </div>
  </form>
</template>
`,
      languageOptions: vue,
      filename: 'src/components/CardForm.vue',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 12, column: 5, endLine: 12, endColumn: 11 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 15, column: 7, endLine: 15, endColumn: 13 },
      ],
    },
    {
      // A CVC known by its card form, in a page: \`id="securityCode"\` beside an input named a card number. An SMS code in
      // the same form, and a security code in a form without a card number, are not the card's.
      code: `<form action="/charge" method="post">
  <input type="text" name="card_number" placeholder="Card number">
  <input type="text" id="securityCode" maxlength="4">
  <input type="text" name="sms" placeholder="SMS verification code">
</form>
<form action="/login" method="post">
  <input type="text" name="securityCode" placeholder="Security code">
</form>
`,
      languageOptions: html,
      filename: 'public/pay.html',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 2, column: 22, endLine: 2, endColumn: 40 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 3, column: 22, endLine: 3, endColumn: 39 },
      ],
    },
    {
      // vee-validate's \`<Field>\` renders an \`<input>\` with its attributes (real-world batch 189's miss), in either
      // spelling Vue resolves; its \`label\` names the field
      code: `<template>
  <Form :validation-schema="schema" @submit="onSubmit">
    <label for="cardNumber">Card number</label>
    <Field id="cardNumber" name="cardNumber" type="text" placeholder="1234 5678 9012 3456" />
    <ErrorMessage name="cardNumber" />
    <Field name="expiry" placeholder="MM/YY" />
    <field name="code" label="CVC" />
    <Field name="cardholder" label="Name on card" />
    <button type="submit">Pay</button>
  </Form>
</template>

<script setup>
import { Form, Field, ErrorMessage } from 'vee-validate';
import * as yup from 'yup';

const schema = yup.object({ cardNumber: yup.string().required(), expiry: yup.string().required(), code: yup.string().required() });
const onSubmit = (values) => fetch('/api/pay', { method: 'POST', body: JSON.stringify(values) });
</script>
`,
      languageOptions: vue,
      filename: 'src/components/CheckoutForm.vue',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'Field', field: PAN, replacement: replacement('cardNumber') }, line: 4, column: 28, endLine: 4, endColumn: 45 },
        { messageId: 'rawCardInput', data: { element: 'field', field: CVC, replacement: replacement('cardCvc') }, line: 7, column: 24, endLine: 7, endColumn: 35 },
      ],
    },
    {
      // A vee-validate \`<Field>\` whose slot renders the input: \`v-bind="field"\` gives it the Field's name (reported at
      // the binding); the slot's prop may be destructured beside others, or under \`#default\`
      code: `<template>
  <Form @submit="pay">
    <Field name="cardNumber" v-slot="{ field, errors }">
      <div class="control">
        <input v-bind="field" type="text" class="input" inputmode="numeric" />
        <span class="error">{{ errors[0] }}</span>
      </div>
    </Field>
    <Field name="cvc" #default="{ field }">
      <input v-bind="field" maxlength="4" />
    </Field>
    <Field name="email" v-slot="{ field }"><input v-bind="field" type="email" /></Field>
  </Form>
</template>
<script setup>
import { Form, Field } from 'vee-validate';
const pay = (values) => fetch('/api/pay', { method: 'POST', body: JSON.stringify(values) });
</script>
`,
      languageOptions: vue,
      filename: 'src/components/SlotCheckout.vue',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 5, column: 16, endLine: 5, endColumn: 30 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 10, column: 14, endLine: 10, endColumn: 28 },
      ],
    },
    {
      // A carrier's payment page (real-world batch 189): the expiry year's input took the CVC's \`autocomplete\` by a
      // copy-paste slip, but its id, name, label, placeholder and model all say the expiry year, so it is the expiry's
      // (not reported, as the month's is not); the card number and the CVC are.
      code: `<template>
  <form class="payment-form" @submit.prevent="submitPayment">
    <input autocomplete="cc-number" id="cardNumber" name="cardNumber" placeholder="Card Number" v-model="cardNumber" maxlength="19">
    <div class="expiry">
      <input autocomplete="cc-exp-month" id="expMonth" name="expMonth" aria-label="Month" placeholder="MM" v-model="expMonth" maxlength="2">
      <input autocomplete="cc-csc" id="expYear" name="expYear" aria-label="Year" placeholder="Expiry Year" v-model="expYear" maxlength="2">
    </div>
    <input autocomplete="cc-csc" id="cvc" name="cvc" placeholder="CVC" v-model="cvc" maxlength="4">
    <button type="submit">Pay {{ amount }}</button>
  </form>
</template>
<script>
export default {
  props: ['amount'],
  data: () => ({ cardNumber: '', expMonth: '', expYear: '', cvc: '' }),
  methods: { submitPayment() { this.$emit('pay', { number: this.cardNumber, month: this.expMonth, year: this.expYear, cvc: this.cvc }); } },
};
</script>
`,
      languageOptions: vue,
      filename: 'src/views/PaymentPage.vue',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 3, column: 12, endLine: 3, endColumn: 36 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 8, column: 12, endLine: 8, endColumn: 33 },
      ],
    },
    {
      // The same in a Vue template (a model binding) and a Svelte component (an id beside a bound card number).
      code: `<template>
  <form @submit.prevent="pay">
    <input v-model="form.cardNumber" placeholder="Card number" />
    <input v-model="form.securityCode" maxlength="4" />
  </form>
</template>
<script setup lang="ts">
import { reactive } from 'vue';
const form = reactive({ cardNumber: '', securityCode: '' });
const pay = () => undefined;
</script>
`,
      languageOptions: vue,
      filename: 'src/components/PayForm.vue',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 3, column: 38, endLine: 3, endColumn: 63 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 4, column: 12, endLine: 4, endColumn: 39 },
      ],
    },
    {
      code: `<script lang="ts">
  let cardNumber = '';
  let securityCode = '';
</script>
<form on:submit|preventDefault={() => undefined}>
  <input bind:value={cardNumber} placeholder="Card number" />
  <input id="securityCode" bind:value={securityCode} />
</form>
`,
      languageOptions: svelte,
      filename: 'src/routes/Pay.svelte',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 6, column: 34, endLine: 6, endColumn: 59 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 7, column: 10, endLine: 7, endColumn: 27 },
      ],
    },
    {
      // AngularJS / Angular card-form libraries mark their fields by directive, whatever the model is named:
      // angular-credit-cards, angular-payments (real-world batch BE's angular-payments page), angular-card,
      // angular-cc-library; the expiry fields are not reported
      code: `<form name="paymentForm" ng-submit="vm.pay()" novalidate>
  <input type="text" ng-model="vm.n" cc-number cc-type="cardType" ng-required="true">
  <input type="text" ng-model="vm.exp" cc-exp>
  <input type="text" ng-model="vm.c" cc-cvc cc-type="paymentForm.ccNumber.$ccType">
  <input type="text" ng-model="number" payments-validate="card" payments-format="card">
  <input type="text" ng-model="expiry" payments-validate="expiry" payments-format="expiry">
  <input type="text" ng-model="code" payments-validate="cvc" payments-format="cvc">
  <input type="text" card-number data-ng-model="form.a">
  <input type="text" card-cvc data-ng-model="form.b">
  <input type="tel" ccNumber formControlName="digits">
  <input type="tel" ccCVC formControlName="check">
</form>`,
      filename: 'app/views/checkout.html',
      languageOptions: html,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 2, column: 38, endLine: 2, endColumn: 47 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 4, column: 38, endLine: 4, endColumn: 44 },
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 5, column: 65, endLine: 5, endColumn: 87 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 7, column: 62, endLine: 7, endColumn: 83 },
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 8, column: 22, endLine: 8, endColumn: 33 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 9, column: 22, endLine: 9, endColumn: 30 },
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 10, column: 21, endLine: 10, endColumn: 29 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 11, column: 21, endLine: 11, endColumn: 26 },
      ],
    },
    {
      // A template whose layout loads Stripe.js v2 (\`{% extends './layouts/dashboard.html' %}\`, also through a layout
      // that extends it, named under the views folder): its unnamed card fields are read in the page, SAQ A-EP (real-world
      // batch 331); a layout that loads no Stripe.js leaves them the app's own
      code: billingPage("{% extends './layouts/dashboard.html' %}", 'content'),
      languageOptions: html,
      filename: `${LAYOUT_VIEWS}billing.html`,
      errors: [
        { messageId: 'cardInputReadInPage', data: { element: 'input', field: PAN, library: 'Stripe.js v2', replacement: replacement('cardNumber') }, line: 7, column: 10, endLine: 7, endColumn: 23 },
        { messageId: 'cardInputReadInPage', data: { element: 'input', field: CVC, library: 'Stripe.js v2', replacement: replacement('cardCvc') }, line: 9, column: 10, endLine: 9, endColumn: 23 },
      ],
    },
    {
      code: billingPage("{% extends 'layouts/account.html' %}", 'account'),
      languageOptions: html,
      filename: `${LAYOUT_VIEWS}account/billing.html`,
      errors: [
        { messageId: 'cardInputReadInPage', data: { element: 'input', field: PAN, library: 'Stripe.js v2', replacement: replacement('cardNumber') }, line: 7, column: 10, endLine: 7, endColumn: 23 },
        { messageId: 'cardInputReadInPage', data: { element: 'input', field: CVC, library: 'Stripe.js v2', replacement: replacement('cardCvc') }, line: 9, column: 10, endLine: 9, endColumn: 23 },
      ],
    },
    {
      code: billingPage("{% extends './layouts/plain.html' %}", 'content'),
      languageOptions: html,
      filename: `${LAYOUT_VIEWS}shop-billing.html`,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 7, column: 10, endLine: 7, endColumn: 23 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 9, column: 10, endLine: 9, endColumn: 23 },
      ],
    },
    {
      // HTML keeps the first copy of an attribute: template output after the card attributes can only add others
      // (a Blaze / Handlebars \`{{disabled}}\`, real-world batch AD). Output that can only write boolean attributes
      // (\`{{disabled}}\`, a conditional writing \`readonly\`) adds no \`name\`: a Stripe.js v2 field so written is still
      // never posted (real-world batch EF's Meteor page); other output (\`{{attrs}}\`, a conditional writing a
      // \`name\`) may add one
      code: `<input type="text" data-stripe="number" id="number" {{disabled}}/>
<input type="text" name="cc_cvv" {{#if required}}required{{/if}}>
<input type="text" data-stripe="cvc" {{#if locked}}disabled readonly{{else}}required{{/if}}>
<input type="text" data-stripe="number" {{attrs}}>
<input type="text" data-stripe="cvc" {{#if named}}name="cvc"{{/if}}>
<input {{#if required}}required{{/if}} type="text" name="cc_cvv">
<input name="cc_cvv" {{#if required}}required{{/if}}>`,
      languageOptions: html,
      errors: [
        { messageId: 'cardInputReadInPage', data: { element: 'input', field: PAN, library: 'Stripe.js v2', replacement: replacement('cardNumber') }, line: 1, column: 20, endLine: 1, endColumn: 40 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 2, column: 20, endLine: 2, endColumn: 33 },
        { messageId: 'cardInputReadInPage', data: { element: 'input', field: CVC, library: 'Stripe.js v2', replacement: replacement('cardCvc') }, line: 3, column: 20, endLine: 3, endColumn: 37 },
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 4, column: 20, endLine: 4, endColumn: 40 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 5, column: 20, endLine: 5, endColumn: 37 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 6, column: 52, endLine: 6, endColumn: 65 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 7, column: 8, endLine: 7, endColumn: 21 },
      ],
    },
    {
      // A Rails view in the style of the classic Stripe.js v2 tutorials: card fields rendered by Rails' helpers, unnamed
      // (\`name: nil\`) so the form never posts them, but typed into the page's own inputs all the same; the hidden
      // token field, a \`card_code\` without card-field evidence and the email field are not reported
      code: `<%= form_for @subscription do |f| %>
  <%= f.hidden_field :stripe_card_token %>
  <div class="field">
    <%= label_tag :card_number, "Credit Card Number" %>
    <%= text_field_tag :card_number, nil, name: nil %>
  </div>
  <div class="field">
    <%= label_tag :card_code, "Security Code on Card (CVV)" %>
    <%= text_field_tag :card_code, nil, name: nil, data: { stripe: 'cvc' } %>
    <%= text_field_tag :card_code_hint, nil, name: nil %>
  </div>
  <%= f.email_field :email, autocomplete: 'email' %>
<% end %>`,
      filename: 'app/views/subscriptions/new.html.erb',
      languageOptions: html,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: helperReplacement('cardNumber') }, line: 5, column: 25, endLine: 5, endColumn: 36 },
        // read by Stripe.js v2 (\`data-stripe\`) and never posted: SAQ A-EP
        { messageId: 'cardInputReadInPage', data: { element: 'input', field: CVC, library: 'Stripe.js v2', replacement: helperReplacement('cardCvc') }, line: 9, column: 69, endLine: 9, endColumn: 72 },
      ],
    },
    {
      // The Railscasts #288 form (real-world batch 341, three apps): the options in braces and \`data-stripe\` keyed by a
      // quoted symbol; unnamed fields that Stripe.js v2 reads (before, the braces and the quoted key were not read: the
      // fields' ids made them posted SAQ D fields). A field that says it takes a card number only in its braced options.
      code: `<%= form_for @charge do |f| %>
  <%= text_field_tag :card_number, nil, { :name => nil, :'data-stripe' => "number", class: "form-control" } %>
  <%= text_field_tag :card_code, nil, { :name => nil, :"data-stripe" => "cvc", class: "form-control" } %>
  <%= text_field_tag :num, nil, { :autocomplete => 'cc-number' } %>
<% end %>`,
      filename: 'app/views/charges/_form.html.erb',
      languageOptions: html,
      errors: [
        { messageId: 'cardInputReadInPage', data: { element: 'input', field: PAN, library: 'Stripe.js v2', replacement: helperReplacement('cardNumber') }, line: 2, column: 76, endLine: 2, endColumn: 82 },
        { messageId: 'cardInputReadInPage', data: { element: 'input', field: CVC, library: 'Stripe.js v2', replacement: helperReplacement('cardCvc') }, line: 3, column: 74, endLine: 3, endColumn: 77 },
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: helperReplacement('cardNumber') }, line: 4, column: 53, endLine: 4, endColumn: 62 },
      ],
    },
    {
      // The Railscasts form for Stripe.js v2 (real-world batch HA), without \`data-stripe\`: \`card_code\` says no CVC by
      // its name, its label helper's text does; a builder's field by its builder's label, an object form's by its
      // object's; a label for another field, a label whose text Rails makes from the name (limitation: not read) and a
      // label of another builder name nothing
      code: `<%= form_for @subscription do |f| %>
  <p>
    <%= label_tag :card_code, "Security Code on Card (CVV)" %>
    <%= text_field_tag :card_code, nil, name: nil %>
  </p>
  <%= f.label :verification, 'CVC' %>
  <%= f.text_field :verification, maxlength: 4 %>
  <%= label :payment, :code, "CVV2" %>
  <%= text_field :payment, :code %>
  <%= label_tag :gift_code, "Gift card code" %>
  <%= text_field_tag :promo_code %>
  <%= label_tag :code %>
  <%= text_field_tag :code %>
  <%= fields_for :billing do |b| %>
    <%= f.label :token, 'CVC' %>
    <%= b.text_field :token %>
  <% end %>
<% end %>`,
      filename: 'app/views/subscriptions/new.html.erb',
      languageOptions: html,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: helperReplacement('cardCvc') }, line: 4, column: 25, endLine: 4, endColumn: 34 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: helperReplacement('cardCvc') }, line: 7, column: 21, endLine: 7, endColumn: 33 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: helperReplacement('cardCvc') }, line: 9, column: 29, endLine: 9, endColumn: 33 },
      ],
    },
    {
      // simple_form's builder (real-world batch HI, in Haml views): \`f.input\` by its field, \`input_html\`'s attributes
      // (unnamed for Stripe.js v2: read in the page) or its \`label:\`, a nested builder's \`input_field\`
      code: `<%= simple_form_for @order, html: { id: 'payment-form' } do |f| %>
  <%= f.input :email %>
  <%= f.input :card_number, input_html: { name: nil, data: { stripe: 'number' } } %>
  <%= f.input :code, label: 'Security code (CVC)', as: :string %>
  <%= f.simple_fields_for :card do |cc| %>
    <%= cc.input_field :cvv, class: 'form-control' %>
  <% end %>
<% end %>`,
      filename: 'app/views/orders/new.html.erb',
      languageOptions: html,
      errors: [
        { messageId: 'cardInputReadInPage', data: { element: 'input', field: PAN, library: 'Stripe.js v2', replacement: helperReplacement('cardNumber') }, line: 3, column: 71, endLine: 3, endColumn: 77 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: helperReplacement('cardCvc') }, line: 4, column: 16, endLine: 4, endColumn: 20 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: helperReplacement('cardCvc') }, line: 6, column: 25, endLine: 6, endColumn: 28 },
      ],
    },
    {
      // simple_form's \`f.input\` alone, in a template that calls no other field helper (it was not read: the page's
      // helper gate looked for \`_field\` and \`text_area\` only)
      code: `<%= simple_form_for @order do |f| %>
  <%= f.input :cvc, label: 'CVC' %>
  <%= f.input :card_number %>
<% end %>`,
      filename: 'app/views/orders/new.html.erb',
      languageOptions: html,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: helperReplacement('cardCvc') }, line: 2, column: 16, endLine: 2, endColumn: 19 },
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: helperReplacement('cardNumber') }, line: 3, column: 16, endLine: 3, endColumn: 27 },
      ],
    },
    {
      // Builders named for a card (real-world batch HI's Braintree example, \`f.simple_fields_for :credit_card\`): a field
      // a builder renders is named under the builder's object (\`credit_card[number]\`), by the last block that yields
      // that builder name; \`form_with scope:\` and \`fields_for\` as well
      code: `<%= simple_form_for @transaction, url: transactions_path do |f| %>
  <%= f.input :amount %>
  <%= f.simple_fields_for :credit_card, @transaction.credit_card do |cc| %>
    <%= cc.input :number, input_html: { autocomplete: 'off' } %>
    <%= cc.input :cardholder_name %>
    <%= cc.input :expiration_month, as: :string %>
  <% end %>
<% end %>
<%= form_with scope: :card, url: pay_path, local: true do |form| %>
  <%= form.text_field :number %>
  <%= form.text_field :postal_code %>
<% end %>
<%= fields_for 'payment_card' do |pc| %>
  <%= pc.telephone_field :number, class: 'form-control' %>
<% end %>`,
      filename: 'app/views/transactions/_form.html.erb',
      languageOptions: html,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: helperReplacement('cardNumber') }, line: 4, column: 19, endLine: 4, endColumn: 25 },
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: helperReplacement('cardNumber') }, line: 10, column: 24, endLine: 10, endColumn: 30 },
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: helperReplacement('cardNumber') }, line: 14, column: 27, endLine: 14, endColumn: 33 },
      ],
    },
    {
      // A Laravel checkout with LaravelCollective's form helpers (the Laravel 5 era's Stripe tutorials): each text field
      // by its name, its options or its \`Form::label\`; a gift card's number, which a translation key in its options
      // names, a hidden token, a select and a field named by a variable are not reported
      code: `{!! Form::open(['url' => 'checkout', 'id' => 'payment-form']) !!}
  {!! Form::label('card_number', 'Card Number') !!}
  {!! Form::text('card_number', null, ['class' => 'form-control', 'required']) !!}
  {{ Form::label('code', 'Security Code (CVV)', array('class' => 'col-sm-4 control-label')) }}
  {{ Form::password('code', array('class' => 'form-control', 'maxlength' => 4)) }}
  {!! Form::input('tel', 'card', null, ['autocomplete' => 'cc-number']) !!}
  {!! Form::text('gift_card', null, ['placeholder' => __('lang_v1.gift_card_number')]) !!}
  {!! Form::hidden('stripeToken') !!}
  {!! Form::select('exp_month', $months) !!}
  {!! Form::text($field) !!}
{!! Form::close() !!}`,
      filename: 'resources/views/checkout.blade.php',
      languageOptions: blade,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: helperReplacement('cardNumber') }, line: 3, column: 19, endLine: 3, endColumn: 30 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: helperReplacement('cardCvc') }, line: 5, column: 22, endLine: 5, endColumn: 26 },
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: helperReplacement('cardNumber') }, line: 6, column: 60, endLine: 6, endColumn: 69 },
      ],
    },
    {
      // A Jetstream donation page (real-world batch HD): the starter kits' own inputs, known by the module the script
      // imports them from (\`@/Jetstream/Input.vue\`, \`@/Components/TextInput.vue\`, \`@/Components/Input.vue\`), in
      // either spelling of their name; another local component (limitation: unless listed in \`inputComponents\`) is not
      code: `<template>
  <form @submit.prevent="donate">
    <jet-label for="card_no" value="Card No." />
    <jet-input id="card_no" type="text" v-model="form.card_no" />
    <jet-label for="card_ccv" value="CCV" />
    <jet-input id="card_ccv" type="text" v-model="form.card_ccv" />
    <TextInput id="amount" type="number" v-model="form.amount" />
    <breeze-input id="name" v-model="form.card_name" />
    <app-input id="cvc" v-model="form.cvc" />
  </form>
</template>

<script>
import JetInput from '@/Jetstream/Input.vue';
import JetLabel from '@/Jetstream/Label.vue';
import TextInput from '@/Components/TextInput.vue';
import BreezeInput from '@/Components/Input.vue';
import AppInput from '@/Shared/AppInput.vue';

export default {
  components: { JetInput, JetLabel, TextInput, BreezeInput, AppInput },
  data() {
    return { form: this.$inertia.form({ card_name: '', card_no: '', card_ccv: '', amount: 25, cvc: '' }) };
  },
  methods: {
    donate() {
      this.form.post(this.route('donate'));
    },
  },
};
</script>
`,
      filename: 'resources/js/Pages/Donations/Donate.vue',
      languageOptions: vue,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'jet-input', field: PAN, replacement: replacement('cardNumber') }, line: 4, column: 16, endLine: 4, endColumn: 28 },
        { messageId: 'rawCardInput', data: { element: 'jet-input', field: CVC, replacement: replacement('cardCvc') }, line: 6, column: 16, endLine: 6, endColumn: 29 },
      ],
    },
    {
      // A point-of-sale payment row (real-world batch HE): the template's helpers read as one form, so a field its name
      // and label name only a code of (\`card_security\` labelled by the translation key \`lang_v1.security_code\`) is the
      // CVC beside the card number; the holder's name and the transaction number are not card data
      code: `<div class="row">
  {!! Form::label("card_number_0", __('lang_v1.card_no')) !!}
  {!! Form::text("payment[0][card_number]", null, ['class' => 'form-control', 'id' => "card_number_0"]) !!}
  {!! Form::label("card_holder_name_0", __('lang_v1.card_holder_name')) !!}
  {!! Form::text("payment[0][card_holder_name]", null, ['class' => 'form-control', 'id' => "card_holder_name_0"]) !!}
  {!! Form::label("card_transaction_number_0", __('lang_v1.card_transaction_no')) !!}
  {!! Form::text("payment[0][card_transaction_number]", null, ['class' => 'form-control', 'id' => "card_transaction_number_0"]) !!}
  {!! Form::label("card_security_0", __('lang_v1.security_code')) !!}
  {!! Form::text("payment[0][card_security]", null, ['class' => 'form-control', 'id' => "card_security_0"]) !!}
</div>`,
      filename: 'resources/views/sale_pos/partials/payment_type_details.blade.php',
      languageOptions: blade,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: helperReplacement('cardNumber') }, line: 3, column: 19, endLine: 3, endColumn: 42 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: helperReplacement('cardCvc') }, line: 9, column: 19, endLine: 9, endColumn: 44 },
      ],
    },
    {
      // The Railscasts form whose \`card_code\` label says only its name (\`label_tag :card_code\`, real-world batch HE):
      // the CVC beside the template's card number; alone in a template, a card's code says nothing (below, valid)
      code: `<%= label_tag :card_number, "Credit Card Number" %>
<%= text_field_tag :card_number, nil, name: nil %>
<%= label_tag :card_code %>
<%= text_field_tag :card_code, nil, name: nil %>`,
      filename: 'app/views/orders/_payment_details.html.erb',
      languageOptions: html,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: helperReplacement('cardNumber') }, line: 2, column: 21, endLine: 2, endColumn: 32 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: helperReplacement('cardCvc') }, line: 4, column: 21, endLine: 4, endColumn: 30 },
      ],
    },
    {
      // Svelte 5 card form: \`bind:value\` and \`value={…}\` name the field like a JSX controlled value; a spread may add
      // any attribute, so what comes before it is not trusted (limitation), what comes after it is
      code: `<script lang="ts">
  let card = $state({ number: '', cvc: '' });
  let { fieldProps } = $props();
</script>

<form>
  <input bind:value={card.number} inputmode="numeric" />
  <input name="cvc" placeholder="CVC" />
  <input value={card.cvc} oninput={(e) => (card.cvc = e.currentTarget.value)} />
  <input {...fieldProps} name="card_number" />
  <input autocomplete="cc-number" {...fieldProps} />
</form>`,
      filename: 'CardForm.svelte',
      languageOptions: svelte,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 7, column: 10, endLine: 7, endColumn: 34 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 8, column: 10, endLine: 8, endColumn: 20 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 9, column: 10, endLine: 9, endColumn: 26 },
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 10, column: 26, endLine: 10, endColumn: 44 },
      ],
    },
    {
      // A hand-written Stripe.js v2 page whose inputs are named only by class (real-world batch M); a cardholder class,
      // a masked display and a div are not card inputs
      code: `<form id="payment-form">
  <label>Card Number</label> <input autocomplete="off" class="form-control card-number" size="20" type="text">
  <label>CVC</label> <input autocomplete="off" class="form-control card-cvc" placeholder="ex. 311" size="4" type="text">
  <input class="form-control card-holder" name="name" type="text">
  <input class="masked-card-number" name="display" type="text" readonly>
  <div class="card-number">**** 4242</div>
</form>`,
      languageOptions: html,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 2, column: 56, endLine: 2, endColumn: 88 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 3, column: 48, endLine: 3, endColumn: 77 },
      ],
    },
    {
      // Nuxt UI's auto-imported `UInput` under the strict preset's components (real-world batch 245: a Nuxt shop's
      // billing page); its email field is no card data
      code: `<template>
  <UForm :state="billing" @submit="pay">
    <UFormField label="Email"><UInput v-model="billing.email" type="email" /></UFormField>
    <UFormField label="Card number"><UInput v-model="billing.cardNumber" placeholder="1234 5678 9012 3456" /></UFormField>
    <UFormField label="CVV"><UInput v-model="billing.cvv" maxlength="4" /></UFormField>
  </UForm>
</template>
`,
      languageOptions: vue,
      filename: 'pages/checkout/billing.vue',
      options: rule.meta.docs!.strictOptions as [{ inputComponents: string[] }],
      errors: [
        { messageId: 'rawCardInput', data: { element: 'UInput', field: PAN, replacement: replacement('cardNumber') }, line: 4, column: 74, endLine: 4, endColumn: 107 },
        { messageId: 'rawCardInput', data: { element: 'UInput', field: CVC, replacement: replacement('cardCvc') }, line: 5, column: 37, endLine: 5, endColumn: 58 },
      ],
    },
    {
      // Ionic Vue: `<IonInput>` is the component behind `<ion-input>` (real-world batch 246), written either way
      code: `<template>
  <ion-page>
    <IonInput label="Card number" v-model="card.number" />
    <ion-input label="CVC" v-model="card.cvc"></ion-input>
  </ion-page>
</template>
<script setup lang="ts">
import { IonInput, IonPage } from '@ionic/vue';
import { reactive } from 'vue';
const card = reactive({ number: '', cvc: '' });
</script>
`,
      languageOptions: vue,
      filename: 'src/views/PayPage.vue',
      errors: [
        { messageId: 'rawCardInput', data: { element: 'IonInput', field: PAN, replacement: replacement('cardNumber') }, line: 3, column: 15, endLine: 3, endColumn: 34 },
        { messageId: 'rawCardInput', data: { element: 'ion-input', field: CVC, replacement: replacement('cardCvc') }, line: 4, column: 16, endLine: 4, endColumn: 27 },
      ],
    },
    {
      // Ionic (Angular) page: \`<ion-input>\` is a text input (real-world batch J); a cardholder-name field is not card data
      code: `<ion-header><ion-toolbar><ion-title>Pay</ion-title></ion-toolbar></ion-header>
<ion-content>
  <ion-item>
    <ion-label position="floating">Card number</ion-label>
    <ion-input type="text" [(ngModel)]="card.number"></ion-input>
  </ion-item>
  <ion-item>
    <ion-input type="number" placeholder="CVV"></ion-input>
  </ion-item>
  <ion-item>
    <ion-input type="text" name="cardholder" placeholder="Name on card"></ion-input>
  </ion-item>
  <ion-button (click)="pay()">Pay</ion-button>
</ion-content>`,
      languageOptions: html,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'ion-input', field: PAN, replacement: replacement('cardNumber') }, line: 5, column: 28, endLine: 5, endColumn: 53 },
        { messageId: 'rawCardInput', data: { element: 'ion-input', field: CVC, replacement: replacement('cardCvc') }, line: 8, column: 30, endLine: 8, endColumn: 47 },
      ],
    },
    {
      // Fields worded only through translation keys (mutation study 287): ngx-translate's pipe on a bound placeholder
      // or aria-label; a loyalty card's key and an amount's are not a payment card's
      code: `<form [formGroup]="paymentForm" (ngSubmit)="pay()">
  <input type="text" formControlName="number" [placeholder]="'PAYMENT.CARD_NUMBER' | translate" />
  <input type="text" formControlName="code" [attr.aria-label]="'PAYMENT.CVC' | translate" />
  <input type="text" formControlName="member" [placeholder]="'LOYALTY.CARD_NUMBER' | translate" />
  <input type="text" formControlName="total" [placeholder]="'PAYMENT.AMOUNT' | translate" />
</form>`,
      filename: 'src/app/payment/payment-form.component.html',
      languageOptions: html,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 2, column: 47, endLine: 2, endColumn: 96 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 3, column: 45, endLine: 3, endColumn: 90 },
      ],
    },
    {
      // The same in a Vue template through vue-i18n's \`$t\`
      code: `<template>
  <form @submit.prevent="pay">
    <input v-model="form.holder" :placeholder="$t('checkout.cardHolder')" />
    <input v-model="form.a1" :placeholder="$t('checkout.cardNumber')" />
    <input v-model="form.a2" :aria-label="$t('checkout.cardSecurityCode')" />
    <input v-model="form.code" :placeholder="$t('loyalty.cardNumber')" />
  </form>
</template>
`,
      filename: 'src/components/PaymentForm.vue',
      languageOptions: vue,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 4, column: 30, endLine: 4, endColumn: 70 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 5, column: 30, endLine: 5, endColumn: 75 },
      ],
    },
    {
      // Angular reactive and template-driven forms, AngularJS: the form model's field names the input
      code: `<form [formGroup]="paymentForm" (ngSubmit)="pay()">
  <label for="bathrooms">Card number</label>
  <input type="number" class="form-control" id="bathrooms" formControlName="cardNumber" />
  <input type="text" class="form-control" [(ngModel)]="payment.cvc" name="code" />
  <input type="text" formControlName="cardHolder" />
  <input type="text" ng-model="vm.card.number" />
</form>`,
      languageOptions: html,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 3, column: 60, endLine: 3, endColumn: 88 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 4, column: 43, endLine: 4, endColumn: 68 },
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 6, column: 22, endLine: 6, endColumn: 47 },
      ],
    },
    {
      // A Spanish card form (real-world batch 276: a car wash's checkout with Cleave.js): the security code is named and
      // labelled only in Spanish, beside the card number (its label's \`for\` points at no id, and it sits right before
      // it); a Portuguese one named alone; a verification code (a text message's as often) is not read as the card's,
      // in Spanish as in English, unless it names the card (\`codigoVerificacionTarjeta\`)
      code: `<form id="form">
  <div><label for="Tarjeta">Nro. Tarjeta</label>
  <input type="text" placeholder="Ingrese su tarjeta" id="tarjeta"></div>
  <div><label for="C-seg">Codigo de Seguridad</label>
  <input type="text" id="codSeg"></div>
  <input type="text" name="codigoSeguranca">
  <input type="text" name="codigo_verificacion">
  <input type="text" name="codigoVerificacionTarjeta">
</form>`,
      filename: 'comprar.html',
      languageOptions: html,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 3, column: 3, endLine: 3, endColumn: 9 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 5, column: 3, endLine: 5, endColumn: 9 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 6, column: 22, endLine: 6, endColumn: 44 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 8, column: 22, endLine: 8, endColumn: 54 },
      ],
    },
    {
      // Wording that gives the number's format (real-world batch 276: an Angular text-mask form's placeholder); a last4's
      // wording stays a last4's (an admin's search by the last four, regression probe 280)
      code: `<form (ngSubmit)="pay()">
  <input type="text" [textMask]="{ mask: mask }" placeholder="Enter the 16 digits card number">
  <input type="text" placeholder="Card number (digits only)">
  <input type="text" placeholder="Last 4 digits of your card number">
  <input type="text" placeholder="Card number (4 digits)">
  <input type="text" placeholder="Card number: 4 digits only">
</form>`,
      filename: 'src/app/payment/payment.component.html',
      languageOptions: html,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 2, column: 50, endLine: 2, endColumn: 95 },
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 3, column: 22, endLine: 3, endColumn: 61 },
      ],
    },
    {
      // An Angular checkout in Portuguese (real-world batch DN): the model's card object (\`cartaoCredito\`) names its
      // number and security code; the holder and the expiry are not reported
      code: `<form (ngSubmit)="finalizarCompra()">
  <input type="text" name="cartao_numero" [(ngModel)]="cartaoCredito.numero" placeholder="Número do cartão">
  <input type="text" name="cartao_titular" [(ngModel)]="cartaoCredito.titular">
  <input type="text" name="cartao_codigo_seguranca" [(ngModel)]="cartaoCredito.codigoSeguranca">
  <input type="text" name="cartao_validade" [(ngModel)]="cartaoCredito.validade">
</form>`,
      filename: 'src/app/checkout/checkout.component.html',
      languageOptions: html,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 2, column: 22, endLine: 2, endColumn: 42 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 4, column: 22, endLine: 4, endColumn: 52 },
      ],
    },
    {
      // A model bound on a path that names another kind of card (\`giftcard.number\`) settles it, whatever a label calls
      // the field (precision probe GA: an Ionic café app's gift-card form); a payment's number so labelled is a card's
      code: `<form [formGroup]="newGiftCardForm">
  <ion-item>
    <ion-label stacked>Card Number</ion-label>
    <ion-input type="text" formControlName="number" [(ngModel)]="giftcard.number"></ion-input>
  </ion-item>
  <label for="n">Card Number</label>
  <input id="n" [(ngModel)]="giftcard.number">
  <label for="m">Card Number</label>
  <input id="m" [(ngModel)]="payment.number">
</form>`,
      filename: 'src/pages/giftcard-add/giftcard-add.html',
      languageOptions: html,
      errors: [{ messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 9, column: 3, endLine: 9, endColumn: 9 }],
    },
    {
      // Angular Material: a \`<mat-label>\` names the one control of its \`<mat-form-field>\` (here \`<input matInput>\`s
      // bound to \`number\` and \`code\`); a gift card's number and the name on the card are not card data
      code: `<form [formGroup]="paymentForm" (ngSubmit)="pay()">
  <mat-form-field appearance="outline">
    <mat-label>Card number</mat-label>
    <input matInput formControlName="number" inputmode="numeric" maxlength="19">
  </mat-form-field>
  <mat-form-field appearance="outline">
    <mat-label>Security code</mat-label>
    <input matInput formControlName="code" maxlength="4">
  </mat-form-field>
  <mat-form-field>
    <mat-label>Gift card number</mat-label>
    <input matInput formControlName="gift">
  </mat-form-field>
  <mat-form-field>
    <mat-label>Name on card</mat-label>
    <input matInput formControlName="name">
  </mat-form-field>
  <button mat-raised-button type="submit">Pay</button>
</form>`,
      filename: 'src/app/checkout/payment-form.component.html',
      languageOptions: html,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 4, column: 5, endLine: 4, endColumn: 11 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 8, column: 5, endLine: 8, endColumn: 11 },
      ],
    },
    {
      // Ionic before version 7: an \`<ion-label>\` written right before an \`<ion-input>\` in an \`<ion-item>\` is its label
      // (real-world batch DQ); the name on the card is not card data
      code: `<ion-list>
  <ion-item>
    <ion-label position="floating">Card number</ion-label>
    <ion-input [(ngModel)]="payment.digits" inputmode="numeric"></ion-input>
  </ion-item>
  <ion-item>
    <ion-label position="floating">CVV</ion-label>
    <ion-input [(ngModel)]="payment.code" type="password"></ion-input>
  </ion-item>
  <ion-item>
    <ion-label>Name on card</ion-label>
    <ion-input [(ngModel)]="payment.holder"></ion-input>
  </ion-item>
</ion-list>`,
      filename: 'src/app/pay/pay.page.html',
      languageOptions: html,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'ion-input', field: PAN, replacement: replacement('cardNumber') }, line: 4, column: 5, endLine: 4, endColumn: 15 },
        { messageId: 'rawCardInput', data: { element: 'ion-input', field: CVC, replacement: replacement('cardCvc') }, line: 8, column: 5, endLine: 8, endColumn: 15 },
      ],
    },
    {
      // A Lightning web component's bound values (\`value={cardNumber}\`) name its fields (real-world batch DQ); a box
      // bound to \`box2\`, an e-mail and a Handlebars value say nothing
      code: `<template>
  <div class="card-boxes">
    <lightning-input type="text" label="Card" value={cardNumber} onchange={handleNumber}></lightning-input>
    <lightning-input type="text" value={box2} onchange={handleBox}></lightning-input>
    <lightning-input type="text" label="Security" value={cvv} onchange={handleCvv}></lightning-input>
    <lightning-input type="text" label="Email" value={email}></lightning-input>
    <input type="text" value="{{cardNumber}}">
  </div>
</template>`,
      filename: 'force-app/main/default/lwc/cardForm/cardForm.html',
      languageOptions: html,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'lightning-input', field: PAN, replacement: replacement('cardNumber') }, line: 3, column: 47, endLine: 3, endColumn: 65 },
        { messageId: 'rawCardInput', data: { element: 'lightning-input', field: CVC, replacement: replacement('cardCvc') }, line: 5, column: 51, endLine: 5, endColumn: 62 },
      ],
    },
    {
      // A Lightning web component: a saved card shown in a read-only field (LWC spells it \`read-only\`), an Ionic field
      // made read-only by Angular's \`[readonly]="true"\`; the new card's number is collected (real-world batch DQ)
      code: `<template>
  <lightning-card title="Saved card">
    <lightning-input label="Card Number" read-only value={maskedNumber}></lightning-input>
    <lightning-input label="Card Number" name="newCardNumber"></lightning-input>
  </lightning-card>
  <ion-input [readonly]="true" placeholder="CVV"></ion-input>
</template>`,
      filename: 'force-app/main/default/lwc/savedCard/savedCard.html',
      languageOptions: html,
      errors: [{ messageId: 'rawCardInput', data: { element: 'lightning-input', field: PAN, replacement: replacement('cardNumber') }, line: 4, column: 42, endLine: 4, endColumn: 62 }],
    },
    {
      // Material Web's and Shoelace's text fields, named by their \`label\` or \`name\` (real-world batch DJ); the name on
      // the card and a Lightning e-mail field are not card data
      code: `<form id="pay">
  <md-outlined-text-field label="Card number" inputmode="numeric"></md-outlined-text-field>
  <md-outlined-text-field label="Name on card"></md-outlined-text-field>
  <sl-input name="cvc" label="Security code"></sl-input>
  <lightning-input type="text" label="Email"></lightning-input>
</form>`,
      filename: 'public/pay.html',
      languageOptions: html,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'md-outlined-text-field', field: PAN, replacement: replacement('cardNumber') }, line: 2, column: 27, endLine: 2, endColumn: 46 },
        { messageId: 'rawCardInput', data: { element: 'sl-input', field: CVC, replacement: replacement('cardCvc') }, line: 4, column: 13, endLine: 4, endColumn: 23 },
      ],
    },
    {
      // Alpine.js's \`x-model\` and Livewire's \`wire:model\` bind an input to a field as \`v-model\` does, modifiers and
      // all (real-world batch DJ: a Laravel payment page); the expiry and a coupon are not card data
      code: `<div x-data="{ card: { number: '', cvv: '', expiry: '' } }">
  <input type="text" x-model="card.number" inputmode="numeric">
  <input type="text" x-model.lazy="card.cvv">
  <input type="text" x-model="card.expiry" placeholder="MM/YY">
</div>
<form wire:submit.prevent="pay">
  <input type="text" wire:model.defer="cardInfo.cvc">
  <input type="text" wire:model="cardNumber">
  <input type="text" wire:model.live.debounce.500ms="couponCode">
</form>`,
      filename: 'resources/views/livewire/checkout.blade.html',
      languageOptions: html,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 2, column: 22, endLine: 2, endColumn: 43 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 3, column: 22, endLine: 3, endColumn: 45 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 7, column: 22, endLine: 7, endColumn: 53 },
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 8, column: 22, endLine: 8, endColumn: 45 },
      ],
    },
    {
      // Vue: `v-model` binds the input to a field of the store
      code: `<template>
  <form @submit.prevent="pay">
    <input v-model="paymentStore.cardNumber" type="text">
    <input v-model.trim="paymentStore.cvc" type="text" placeholder="Enter a three number">
    <input v-model="search" type="text">
  </form>
</template>`,
      languageOptions: vue,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 3, column: 12, endLine: 3, endColumn: 45 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 4, column: 12, endLine: 4, endColumn: 43 },
      ],
    },
    {
      // Vue: design-system inputs listed in \`inputComponents\`, in either spelling Vue resolves (\`v-text-field\` /
      // \`VTextField\`), named by their \`label\`, a model binding (a bare "Security code" label names no card field) or a
      // placeholder; the message names the tag as written
      code: `<template>
  <v-form @submit.prevent="pay">
    <v-text-field label="Card number" v-model="card.number" />
    <VTextField v-model="card.cvc" label="Security code" maxlength="4" />
    <el-input v-model="form.cvc" placeholder="CVC" />
  </v-form>
</template>`,
      languageOptions: vue,
      options: [{ inputComponents: ['v-text-field', 'ElInput'] }],
      errors: [
        { messageId: 'rawCardInput', data: { element: 'v-text-field', field: PAN, replacement: replacement('cardNumber') }, line: 3, column: 19, endLine: 3, endColumn: 38 },
        { messageId: 'rawCardInput', data: { element: 'VTextField', field: CVC, replacement: replacement('cardCvc') }, line: 4, column: 17, endLine: 4, endColumn: 35 },
        { messageId: 'rawCardInput', data: { element: 'el-input', field: CVC, replacement: replacement('cardCvc') }, line: 5, column: 34, endLine: 5, endColumn: 51 },
      ],
    },
    {
      // Svelte: listed components (Svelte Material UI's Textfield, Carbon's TextInput) with a bound card field or a label
      code: `<script>
  import Textfield from '@smui/textfield';
  import { TextInput } from 'carbon-components-svelte';
  let card = { number: '', cvc: '' };
</script>

<Textfield bind:value={card.number} variant="outlined" />
<TextInput labelText="CVC" bind:value={card.cvc} />
<Textfield label="Credit card" />`,
      filename: 'Pay.svelte',
      languageOptions: svelte,
      options: [{ inputComponents: ['Textfield', 'TextInput'] }],
      errors: [
        { messageId: 'rawCardInput', data: { element: 'Textfield', field: PAN, replacement: replacement('cardNumber') }, line: 7, column: 12, endLine: 7, endColumn: 36 },
        { messageId: 'rawCardInput', data: { element: 'TextInput', field: CVC, replacement: replacement('cardCvc') }, line: 8, column: 28, endLine: 8, endColumn: 49 },
        { messageId: 'rawCardInput', data: { element: 'Textfield', field: PAN, replacement: replacement('cardNumber') }, line: 9, column: 12, endLine: 9, endColumn: 31 },
      ],
    },
    {
      // Vue: a one-way `:value` with an input handler binds the input to the field like `v-model`
      code: `<template>
  <input type="password" maxlength="4" :value="form.cvc" @input="form.cvc = $event.target.value">
</template>`,
      languageOptions: vue,
      errors: [{ messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 2, column: 40, endLine: 2, endColumn: 57 }],
    },
    {
      // Jinja server template
      code: `{% block content %}
<form action="{{ url_for('charge') }}" method="post">
  <input name="card[number]" value="{{ form.number }}">
  <input class="{% if err %}error{% endif %}" data-stripe="cvc">
</form>
{% endblock %}`,
      languageOptions: html,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 3, column: 10, endLine: 3, endColumn: 29 },
        { messageId: 'cardInputReadInPage', data: { element: 'input', field: CVC, library: 'Stripe.js v2', replacement: replacement('cardCvc') }, line: 4, column: 47, endLine: 4, endColumn: 64 },
      ],
    },
    {
      // Handlebars partial
      code: `{{#if showCard}}
<input type="tel" name="{{prefix}}_number" placeholder="1234 1234 1234 1234">
{{/if}}`,
      languageOptions: html,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 2, column: 44, endLine: 2, endColumn: 77 },
      ],
    },
    {
      code: `<template>
  <form @submit.prevent="pay">
    <input v-model="card" name="cardNumber">
    <input :autocomplete="'cc-csc'">
    <textarea aria-label="Card number"></textarea>
  </form>
</template>`,
      languageOptions: vue,
      errors: [
        { messageId: 'rawCardInput', data: { element: 'input', field: PAN, replacement: replacement('cardNumber') }, line: 3, column: 27, endLine: 3, endColumn: 44 },
        { messageId: 'rawCardInput', data: { element: 'input', field: CVC, replacement: replacement('cardCvc') }, line: 4, column: 12, endLine: 4, endColumn: 36 },
        { messageId: 'rawCardInput', data: { element: 'textarea', field: PAN, replacement: replacement('cardNumber') }, line: 5, column: 15, endLine: 5, endColumn: 39 },
      ],
    },
  ],
});
