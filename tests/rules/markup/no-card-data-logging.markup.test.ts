import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-card-data-logging.js';
import { vue } from './parsers.js';

const ruleTester = new RuleTester();

ruleTester.run('no-card-data-logging (Vue)', rule, {
  valid: [],
  invalid: [
    {
      // Stripe Elements kept in a component's fields: the one a template also binds (\`v-model="cardNumber"\`) may hold
      // what the customer typed and is read by its name; the one the template only names as the element's \`ref\` holds
      // the Element alone (regression probe 285)
      code: `<template>
  <form @submit.prevent="pay">
    <input v-model="cardNumber" placeholder="Card number" />
    <div ref="cardCvc"></div>
  </form>
</template>

<script>
import { loadStripe } from '@stripe/stripe-js';

export default {
  data() {
    return { cardNumber: null, cardCvc: null };
  },
  async mounted() {
    const stripe = await loadStripe(process.env.VUE_APP_STRIPE_KEY);
    this.cardNumber = stripe.elements().create('cardNumber');
    this.cardCvc = stripe.elements().create('cardCvc');
    this.cardCvc.mount(this.$refs.cardCvc);
  },
  methods: {
    pay() {
      console.log('paying', this.cardNumber, this.cardCvc);
    },
  },
};
</script>
`,
      filename: 'src/components/Pay.vue',
      languageOptions: vue,
      output: null,
      errors: [
        { messageId: 'panLogged', data: { name: 'this.cardNumber', kind: 'card number (PAN)', sink: 'the console' }, line: 23, column: 29, endLine: 23, endColumn: 44 },
      ],
    },
  ],
});
